"""(clean51) Clean texts the guard blocked, each passed by one widened veto, and their twins
where a person with the same name is really there, still found: a medicine sold under a
given name said to cause a symptom, have side effects or interact with a food, chosen over
or weighed against another medicine, switched to from another brand or used; an app a
question asks is a good one; an illness by its eponym in a question ("Is Gilbert's
syndrome …?") or with a word only an eponym's illness takes ("Addison's crisis"). No
practice is configured."""

from __future__ import annotations

import pytest
from blocked_view import blocked_identifiers

CLEAN = [
    # names.a_medicine_by_name: what the medicine does (_MEDICINE_EFFECT_AFTER)
    "does Allegra cause drowsiness like Benadryl does",
    "Can Yasmin cause high potassium in someone on spironolactone?",
    "Will Camila cause spotting in the first month?",
    "Heather side effects in teens, anyone know?",
    "Does Allegra make you sleepy if you take it at night?",
    "Does Allegra interact with grapefruit juice?",
    # weighed against or chosen over another (_MEDICINE_JOINED_AFTER, _MEDICINE_JOIN)
    "Is Allegra better than Claritin for kids?",
    "Does anyone still use Allegra over Zyrtec for seasonal allergies?",
    # switched to from another brand (_ON_OR_OFF_BEFORE), used (_TAKEN_BEFORE)
    "pt switched from Camila to Heather and is spotting. Same drug, different filler?",
    "changed from Yasmin to Nikki last month, any difference in mood?",
    "anyone use Nikki or Lo Loestrin for PCOS?",
    # names.said_to_be_a_thing: what kind of thing it is
    "Is Flo a good period tracker or are those apps bad for privacy?",
    "Flo is a period tracking app, not a medical device.",
    # names.an_illness_by_eponym, names.eponym_disease
    "Is Gilbert's syndrome something a 19yo needs to tell the anaesthetist about?",
    "Addison's crisis in a 40yo: hydrocortisone 100mg IV then what?",
    "Can Addison's crisis happen after a dental extraction?",
]


@pytest.mark.parametrize("text", CLEAN)
def test_clean_text_passes(text: str) -> None:
    assert blocked_identifiers(text) == []


STILL_FOUND = [
    ("Did Allegra cause the scratch on her brother's arm?", "Allegra"),
    ("Does Nikki cause trouble at school? she bites other kids", "Nikki"),
    ("Allegra caused a scene at the clinic yesterday, she's 6", "Allegra"),
    ("Heather's crown fell out during lunch", "Heather"),
    ("Can Yasmin come in on Tuesday for her cleaning?", "Yasmin"),
    ("Is Heather a good fit for the braces program? she is 12", "Heather"),
    ("Sarah is the brand manager and she broke her wrist", "Sarah"),
    ("Is Flo coming to her appointment on Friday?", "Flo"),
    ("Does Gilbert need a booster before school?", "Gilbert"),
    ("Is Gilbert's tooth infected? he is 9", "Gilbert"),
    ("Addison's crown came off yesterday", "Addison"),
    ("Sarah's crisis last night scared us, she is 15", "Sarah"),
]


@pytest.mark.parametrize(("text", "words"), STILL_FOUND)
def test_identifier_still_found(text: str, words: str) -> None:
    assert any(words in found for found in blocked_identifiers(text)), blocked_identifiers(text)


def test_a_pill_gone_to_from_another_is_no_one() -> None:
    assert blocked_identifiers("Went from Portia to Camila last spring, more acne since.") == []
    assert blocked_identifiers("we switched her from Cerazette to Heather") == []
    assert any(
        "Heather" in w
        for w in blocked_identifiers(
            "I went to Heather for a cleaning and she found a cavity in my son"
        )
    )


# rules.drop_organisations_notice (rules._the_notices_own): the notice's ZIP code after its
# state, a number after a line's label, its hours read as a day
NOTICES = [
    "Maple Dental welcomes new patients. 410 Oak Ave, Dayton OH 45402. Call 937-555-0142.",
    "Sunrise Pediatrics is now accepting new patients! 1880 W. Broadway, Anaheim CA 92804.",
    "Horario de la clínica: lunes a viernes de 8 a 18 h. Tel. 915 550 123.",
    "Clínica Dental Sonrisa. Calle Mayor 12, Madrid. Tel.: 912 555 014. Horario: L-V 9-20 h.",
    # rules._HOME_OR_DELIVERY: a practice's "open house" is an event, no one's home;
    # rules._a_state_before_its_zip: Idaho's code with no comma before it
    "Open house Saturday! Cedar Ridge Pediatrics, 310 Elm St, Boise ID 83702. New patients welcome.",
]


@pytest.mark.parametrize("text", NOTICES)
def test_a_practices_notice_passes(text: str) -> None:
    assert blocked_identifiers(text) == []


NOTICE_TWINS = [
    ("My mom lives at 1880 W. Broadway, Anaheim CA 92804, call her at (714) 555-0166.", "92804"),
    ("Mi DNI es 12345678Z y mi teléfono 915 550 123.", "915 550 123"),
    ("Ship it to my house: 410 Oak Ave, Dayton OH 45402, thanks", "45402"),
    ("My son's new address is 310 Elm St, Boise ID 83702, please update his file.", "83702"),
    ("Patient ID 83702 was seen today for a cleaning.", "83702"),
    ("her member ID 83514 is on the card", "83514"),
    ("Patient Anna Weber, Hauptstraße 44, Heidelberg. Tel. 06221 555 010.", "06221 555 010"),
]


@pytest.mark.parametrize(("text", "words"), NOTICE_TWINS)
def test_a_persons_line_or_zip_stays(text: str, words: str) -> None:
    assert any(words in found for found in blocked_identifiers(text)), blocked_identifiers(text)


# rules._opened_by_a_word_abroad (name.rare_pair, name.rare_words): a verb or a preposition
# of another language opening a sentence written in it, before a noun capitalised there
ABROAD = [
    "Ist Xylit-Kaugummi wirklich gut für Kinderzähne oder ist das ein Mythos?",
    "Sind Zahnspangen für Erwachsene wirklich teurer als für Kinder?",
    "Selon Santé publique France, l'épidémie de grippe a atteint son pic la semaine dernière.",
]


@pytest.mark.parametrize("text", ABROAD)
def test_a_sentence_abroad_opened_by_its_everyday_word_passes(text: str) -> None:
    assert blocked_identifiers(text) == []


ABROAD_TWINS = [
    ("Kann Lukas Becker morgen kommen? Er hat Fieber.", "Lukas Becker"),
    ("Mon fils Théo Martin a de la fièvre depuis hier.", "Théo Martin"),
    # (a name no language writes as its word, after a German verb)
    ("Ist Nkemdirim noch krank? Er hatte gestern Fieber.", "Nkemdirim"),
]


@pytest.mark.parametrize(("text", "words"), ABROAD_TWINS)
def test_a_name_abroad_stays(text: str, words: str) -> None:
    assert any(words in found for found in blocked_identifiers(text)), blocked_identifiers(text)


# fame_vetoes._a_story_in_circulation: a full name whose story is in public circulation
FAME = [
    "Meghan Trainor's c-section story is making the rounds, a reminder that birth plans change",
    "Selena Gomez opened up about her lupus and kidney transplant in a new documentary.",
    "Ray Dalio's new book is on the bestseller list again.",
]


@pytest.mark.parametrize("text", FAME)
def test_a_public_persons_story_passes(text: str) -> None:
    assert blocked_identifiers(text) == []


FAME_TWINS = [
    ("My cousin Ana Diaz opened up about her braces in a new podcast.", "Ana Diaz"),
    ("Sarah Jones gave an interview to our newsletter about her implant.", "Sarah Jones"),
    ("Sarah Jones went viral on TikTok after her extraction at your clinic.", "Sarah Jones"),
]


@pytest.mark.parametrize(("text", "words"), FAME_TWINS)
def test_a_private_persons_story_stays(text: str, words: str) -> None:
    assert any(words in found for found in blocked_identifiers(text)), blocked_identifiers(text)
