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
