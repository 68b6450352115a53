"""Second pass of general cues and vetoes (issue 14): each fires on its own case, names
itself in the reason, and leaves its clean look-alikes alone."""

from __future__ import annotations

import pytest

from medsocial_tui.compliance import find_phi
from medsocial_tui.compliance.rules import country_names


def blocked(text: str) -> list[tuple[str, str]]:
    return [(text[f.start : f.end], f.reason) for f in find_phi(text) if f.severity == "block"]


# (text, the words found, the rule its reason names; "" when any rule may find them)
FOUND = [
    # A name on no list (Ffion is now a listed Welsh given name, found by name.given_name).
    ("Can Eirwen take ibuprofen while breastfeeding?", "Eirwen", "name.question_subject"),
    ("Can Ffion take ibuprofen while breastfeeding?", "Ffion", "name.given_name"),
    ("Our appointment was Thursday 6/12 but nobody called us back.", "6/12", "date.our_care_event"),
    ("Our visit on 9/23 was cancelled without notice.", "9/23", "date.our_care_event"),
    ("Our last scan was on 2/14/2025 and showed no change.", "2/14/2025", "date.our_care_event"),
    ("Our follow-up with the surgeon is on Nov. 4.", "Nov. 4", "date.our_care_event"),
    ("She was at Hoag for three days after the surgery.", "Hoag", "facility.stay_at"),
    (
        "He spent a week at Cedars-Sinai and came home with a catheter.",
        "Cedars-Sinai",
        "facility.stay_at",
    ),
    ("My dad was at Sentara for two nights after his stroke.", "Sentara", "facility.stay_at"),
    ("How long will Ezinne be contagious after antibiotics?", "Ezinne", "name.question_subject"),
    # (givennames37b) a name no list holds: Chidera is a listed given name now
    ("Can Chidubem go back to school after chickenpox?", "Chidubem", "name.question_subject"),
    ("When can Oyelaran eat solid food after the extraction?", "Oyelaran", "name.question_subject"),
    (
        "My stepdad Dr. Alan Whitfield thinks my mole looks fine.",
        "Alan Whitfield",
        "doctor_relative",
    ),
    ("My cousin Dr. Samuel Obi looked at my x-ray and said it was fine.", "Samuel Obi", ""),
    (
        "My question is about Tahu: is his rash from the new detergent?",
        "Tahu",
        "name.after_cue",
    ),
    ("I'm asking for my son Dario: can he swim with an ear infection?", "Dario", ""),
    ("Ama Serwaa was married on 12 December 2015 in Kumasi.", "12 December 2015", "date"),
    ("We adopted her on March 3rd, 2019 from foster care.", "March 3rd, 2019", "date"),
    ("My neighbor moved to Leeds last year.", "Leeds", "place."),
    ("Maria Lopez started a foundation after her son died of leukemia.", "Maria Lopez", ""),
    ("My Uncle Sam had a stroke last week.", "Sam", ""),
]


@pytest.mark.parametrize(("text", "words", "rule"), FOUND)
def test_found_and_named(text: str, words: str, rule: str) -> None:
    found = blocked(text)
    assert any(words in w and rule in r for w, r in found), found


CLEAN = [
    # a practice's own "our" comes before a service, not a visit
    "Our flu clinic runs 9/23 through 10/15 this year.",
    "Our office closes Thursday at noon.",
    # countries are no place smaller than a state
    "Does a child need a booster before traveling to Brazil?",
    "She lives in England with her two kids.",
    # rooms named after flowers
    "The Lily room and the Rose room are on the second floor.",
    "Please wait in the Magnolia room until the nurse calls you.",
    # historical, fictional and brand figures; a public life
    "Mrs. Doubtfire is a comedy about a father in disguise.",
    "Aunt Jemima was renamed Pearl Milling Company in 2021.",
    "The hotel's bar is named after Jack Daniel's, the whiskey.",
    "Stephen Hawking lived with ALS for more than fifty years.",
    "Uncle Sam wants you to get your flu shot!",
    "Tom's of Maine toothpaste has no artificial dyes.",
    "Aunt Flo is a nickname for a period.",
    "Mrs. Brown's Boys is my mum's favourite show.",
    "Arnold Palmer's foundation funds children's hospitals.",
    "Elizabeth Blackwell was the first woman to earn a medical degree in the US.",
    # a stay with no care, or at no named place
    "We were at Disneyland for three days and the kids loved it.",
    "She was at home for three days after the surgery.",
    # a drug or a payer asked about; a doctor alone
    "Can Tylenol be taken with ibuprofen?",
    "Can nursing mothers take ibuprofen while breastfeeding?",
    "Does Medicare cover hearing aids?",
    "My question is about Medicare: does it cover implants?",
    "Dr. Samuel Obi looked at the x-ray and said it was fine.",
    # a street named with a particle; an organisation's own line
    "The museum is at Calle de Alcalá in central Madrid.",
    "The clinic's fax is (212) 555-0100.",
    "The pharmacy's number is 0412 345 678.",
]


@pytest.mark.parametrize("text", CLEAN)
def test_look_alikes_stay_clean(text: str) -> None:
    assert blocked(text) == []


def test_country_names_hold_the_short_names() -> None:
    assert {"brazil", "chad", "uk", "england"} <= country_names()
    assert "leeds" not in country_names()


def test_a_private_chef_is_still_named() -> None:
    assert any("Marco" in w for w, _ in blocked("Chef Marco burned his hand badly at work."))
