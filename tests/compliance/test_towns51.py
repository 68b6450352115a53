"""A town tied to one person, where the guard had no cue for the person (towns51): an age
glued to "yo" or written "y/o", a case's age and sex before their work, a lone "kid"; a
beach's, a market's or a flight's town where a person of the text was hurt, saw their own
clinician or fell ill; and the clean twins that stay clean."""

from __future__ import annotations

import pytest
from blocked_view import blocked_identifiers
from blocked_view import blocked_words as _blocked

from medsocial_tui.compliance.person_cues import person_in

# A person cue the guard lacked: each sentence is about someone.
PERSON_CUES = [
    ("33yo tattoo artist, hep C positive at the health dept", "33yo"),
    ("Case: 48 y/o taxi driver, fasting and new insulin", "y/o"),
    ("pt 71y/o retired teacher, new AF", "71y"),
    ("36M welder on an offshore rig, fume fever after a shift", "36M"),
    ("57F cashier, diabetic, painless foot wound", "57F"),
    ("hx of rheumatic fever as a kid, now short of breath", "kid"),
]

# No person there: a sum, a count, a temperature, a thing for children.
NO_PERSON = [
    "Our 10M campaign reached clinics in five provinces.",
    "24M people live within an hour of a trauma centre.",
    "It was 20F in Leeds this morning.",
    "The $44M from the state will fund a new wing.",
    "A kid-friendly waiting room with toys and books.",
]


@pytest.mark.parametrize(("text", "cue"), PERSON_CUES)
def test_an_age_a_case_or_a_kid_makes_the_sentence_about_someone(text: str, cue: str) -> None:
    at = text.index(cue)
    assert person_in(text, at, at + len(cue))


@pytest.mark.parametrize("text", NO_PERSON)
def test_sums_counts_and_things_are_no_one(text: str) -> None:
    assert not person_in(text, 0, len(text))


FOUND = [
    # an aged case's town, with no other cue
    (
        "hx of rheumatic fever as a kid in Kumasi, now 55 and breathless on stairs",
        "Kumasi",
    ),
    ("29yo nurse, needlestick injury at work in Tamale, source pt HIV+", "Tamale"),
    ("Case: 52 y/o fisherman from Lerwick with a hand wound, which antibiotic?", "Lerwick"),
    # a case's flight (the trip veto yields to a person's age)
    ("44F flew in to Darwin yesterday, now calf swelling and short of breath", "Darwin"),
    ("36M welder, fume fever after a shift, flew in to Houma last night", "Houma"),
    # a mishap at a beach or a market (the venue veto yields to place.mishap_in)
    ("my little one got stung at the beach in Raglan, eye swollen shut", "Raglan"),
    ("my son was bitten by a dog at the market in Kisumu on Saturday", "Kisumu"),
    # one's own clinician met at a venue
    ("saw my old pediatrician at the farmers market in Decorah and cried a bit", "Decorah"),
    ("bumped into my GP at the pub in Ballarat, awkward since my smear", "Ballarat"),
]

CLEAN = [
    # a thing's age, a venue with no one in it, a trip question (the project's clean twins)
    "A 96-year-old bakery in Kraków still makes sugar-free pączki for diabetics.",
    "The best coffee shop in Ballarat just opened a second store.",
    "Can I fly to Denver two days after a tooth extraction?",
    "Our 10M campaign from Cape Town reached clinics in five provinces.",
    "Our hygienist ran the market stall in Kisumu for Oral Health Month.",
]


@pytest.mark.parametrize(("text", "town"), FOUND)
def test_a_town_tied_to_a_person_is_blocked(text: str, town: str) -> None:
    assert town in _blocked(text)


@pytest.mark.parametrize("text", CLEAN)
def test_the_clean_twins_stay_clean(text: str) -> None:
    assert not blocked_identifiers(text)


@pytest.mark.parametrize(
    "text",
    [
        "18F ballet dancer with stress fracture of the 2nd metatarsal. Return to dance?",
        "My son broke the 3rd finger of his left hand playing netball.",
        "45M had the 2nd dose of the vaccine and now has a sore arm.",
    ],
)
def test_an_ordinal_of_a_bone_or_a_dose_is_no_day(text: str) -> None:
    assert not {w for w in _blocked(text) if w[-2:] in ("st", "nd", "rd", "th")}


def test_a_day_after_the_ordinal_is_still_a_day() -> None:
    assert "the 2nd" in _blocked("my son is booked in on the 2nd at 3pm")


@pytest.mark.parametrize(
    ("text", "town"),
    [
        # the writer's "I" in French, and French "né" before a date or "à"
        ("Ça fait trois semaines que j'attends le dentiste à Lyon, c'est fou", "Lyon"),
        ("Dossier: Koffi Mensah, né le 12 juillet 1994 à Lomé", "Lomé"),
        # a town's clinics the writer went to or was turned away by
        (
            "Johannesburg clinics are so overwhelmed, went to three before one could see me",
            "Johannesburg",
        ),
        ("Lagos hospitals turned my dad away twice, now he is at home", "Lagos"),
        ("Boise urgent cares all sent me home with nothing, what now?", "Boise"),
        # a town of 5,000 to 15,000 people naming one child's school or one person's ER
        (
            "Kia ora, your child's dental therapist visit at Te Awamutu school is next week.",
            "Te Awamutu",
        ),
    ],
)
def test_a_writer_abroad_or_a_towns_clinics_tie_the_town(text: str, town: str) -> None:
    assert town in _blocked(text)


@pytest.mark.parametrize(
    "text",
    [
        "Johannesburg clinics will extend their hours over the holidays.",
        "Our Leeds clinics are open Saturday, book now.",
        "Lagos hospitals are short of oxygen, the ministry said.",
        "Our Mosgiel clinic is open on Saturday mornings.",
        "Le cabinet dentaire à Lyon ouvre le samedi.",
        "Ich heiße Petra und bin Ihre Ansprechpartnerin für Termine in der Praxis Dr. Schneider.",
        "Grace joined the clinic when it had two chairs on Moi Avenue.",
    ],
)
def test_a_towns_clinics_in_news_or_a_notice_stay_clean(text: str) -> None:
    assert not blocked_identifiers(text)


@pytest.mark.parametrize(
    ("text", "town"),
    [
        # a family's clinic or health centre, its kind in lower case, in Spanish
        (
            "Mi hijo tiene fiebre, la clínica en Pacoima no tiene citas. ¿lo llevo a urgencias?",
            "Pacoima",
        ),
        ("Mi hija tiene una muela picada, la llevamos al centro de salud de Soledad", "Soledad"),
    ],
)
def test_a_familys_clinic_abroad_ties_its_town(text: str, town: str) -> None:
    assert town in _blocked(text)


@pytest.mark.parametrize(
    "text",
    [
        "La clínica en Pacoima abre los sábados de 8 a 14.",
        "El centro de salud de Soledad amplía su horario en enero.",
    ],
)
def test_a_clinics_own_notice_abroad_stays_clean(text: str) -> None:
    assert not blocked_identifiers(text)


@pytest.mark.parametrize(
    ("text", "town"),
    [
        # a short message opening with the writer's deed, the subject left out
        ("stung by a jellyfish at the beach in Durban yesterday, still burning", "Durban"),
        ("landed in Accra this morning with a fever, malaria?", "Accra"),
        ("worked 20 years in the mines at Kalgoorlie, now short of breath", "Kalgoorlie"),
        ("ran the whole 5k in Sioux Falls today one year after chemo", "Sioux Falls"),
        # a town's health department where one person was tested
        ("tested positive at the Tulsa health dept last week, what now", "Tulsa"),
        # a trip done, and what befell the body there
        ("was on holiday in Phuket when my tooth cracked", "Phuket"),
    ],
)
def test_the_writers_own_deed_ties_the_town(text: str, town: str) -> None:
    assert town in _blocked(text)


@pytest.mark.parametrize(
    "text",
    [
        "Ran a free screening day in Leeds with our team, 40 people checked for diabetes.",
        "Closed Monday in Leeds for staff training.",
        "Spent the day at the Leeds conference learning about gum disease.",
        "The Tulsa health dept will run free flu shots on Saturday.",
        "I'm travelling to Lima next month; which vaccines do I need?",
        "went to Paris for the weekend, lovely",
    ],
)
def test_a_practices_deed_a_notice_or_a_plan_stays_clean(text: str) -> None:
    assert not blocked_identifiers(text)


@pytest.mark.parametrize(
    ("text", "town"),
    [
        # one worker of a trade abroad, before where they work or come from
        ("Bäckerin aus Gelsenkirchen, 45, Mehlallergie", "Gelsenkirchen"),
        ("pescador em Peniche, 47 anos, lesões nas mãos", "Peniche"),
        ("Landwirt aus Cloppenburg, 58, Farmerlunge?", "Cloppenburg"),
    ],
)
def test_a_trade_abroad_ties_its_town(text: str, town: str) -> None:
    assert town in _blocked(text)


def test_a_trades_plural_is_no_one() -> None:
    assert not blocked_identifiers("Os pescadores de Peniche protestam contra as quotas.")
