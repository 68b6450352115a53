"""Second pass of general cues and vetoes (issue 14): each fires on its own case, names
itself in the reason, and leaves its clean look-alike alone."""

from __future__ import annotations

import pytest

from medsocial_tui.compliance import find_phi
from medsocial_tui.compliance.rules import country_names


def blocked(text: str) -> list[tuple[str, str]]:
    return [(text[f.start : f.end], f.reason) for f in find_phi(text) if f.severity == "block"]


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("Our appointment was Thursday 6/12 but nobody called us back.", "6/12"),
        ("Our visit on 9/23 was cancelled without notice.", "9/23"),
        ("Our last scan was on 2/14/2025 and showed no change.", "2/14/2025"),
    ],
)
def test_our_care_event_date(text: str, words: str) -> None:
    found = blocked(text)
    assert any(words in w and "[date.our_care_event]" in r for w, r in found), found


@pytest.mark.parametrize(
    "text",
    [
        "Our flu clinic runs 9/23 through 10/15 this year.",
        "Our office closes Thursday at noon.",
        "Our newsletter goes out on the first Monday of every month.",
    ],
)
def test_a_practices_own_our_is_not_a_care_event(text: str) -> None:
    assert blocked(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "Does a child need a booster before traveling to Brazil?",
        "My neighbor moved to Canada last year and loves it.",
        "She lives in England with her two kids.",
    ],
)
def test_a_country_is_no_place_smaller_than_a_state(text: str) -> None:
    assert not [w for w, r in blocked(text) if "place." in r], blocked(text)


def test_a_town_tied_to_a_person_still_blocks() -> None:
    assert any("Leeds" in w for w, _ in blocked("My neighbor moved to Leeds last year."))


def test_country_names_hold_the_short_names() -> None:
    assert {"brazil", "chad", "uk", "england"} <= country_names()
    assert "leeds" not in country_names()


@pytest.mark.parametrize(
    "text",
    [
        "The Lily room and the Rose room are on the second floor.",
        "Please wait in the Magnolia room until the nurse calls you.",
        "The Iris suite has a view of the garden.",
    ],
)
def test_room_name_veto(text: str) -> None:
    assert blocked(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "Mrs. Doubtfire is a comedy about a father in disguise.",
        "Aunt Jemima was renamed Pearl Milling Company in 2021.",
        "The hotel's bar is named after Jack Daniel's, the whiskey.",
        "Frida Kahlo lived with chronic pain after a bus accident.",
        "Stephen Hawking lived with ALS for more than fifty years.",
    ],
)
def test_historical_fictional_and_brand_figures_are_public(text: str) -> None:
    assert blocked(text) == []


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("She was at Hoag for three days after the surgery.", "Hoag"),
        ("He spent a week at Cedars-Sinai and came home with a catheter.", "Cedars-Sinai"),
        ("My dad was at Sentara for two nights after his stroke.", "Sentara"),
    ],
)
def test_facility_stay_at(text: str, words: str) -> None:
    found = blocked(text)
    assert any(w == words and "[facility.stay_at]" in r for w, r in found), found


@pytest.mark.parametrize(
    "text",
    [
        "We were at Disneyland for three days and the kids loved it.",
        "She was at home for three days after the surgery.",
        "He spent a week at the beach and came home with a sunburn.",
    ],
)
def test_a_stay_with_no_care_or_no_name_is_no_facility(text: str) -> None:
    assert not [w for w, r in blocked(text) if "facility." in r], blocked(text)


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("How long will Ezinne be contagious after starting antibiotics?", "Ezinne"),
        ("Can Chidera go back to school after chickenpox?", "Chidera"),
        ("When can Oyelaran eat solid food after the extraction?", "Oyelaran"),
    ],
)
def test_a_name_asked_about_with_what_only_a_person_does(text: str, words: str) -> None:
    found = blocked(text)
    assert any(w == words and "[name.question_subject]" in r for w, r in found), found


@pytest.mark.parametrize(
    "text",
    [
        "Can Tylenol be taken with ibuprofen?",
        "Does Medicare cover hearing aids?",
        "Will Zoloft make me sleepy?",
    ],
)
def test_a_drug_or_a_payer_asked_about_is_no_name(text: str) -> None:
    assert blocked(text) == []


def test_a_doctor_who_is_a_relative_is_named() -> None:
    text = "My cousin Dr. Samuel Obi looked at my x-ray and said it was fine."
    assert any("Samuel Obi" in w for w, _ in blocked(text)), blocked(text)


def test_a_doctor_alone_stays_the_practices() -> None:
    assert blocked("Dr. Samuel Obi looked at the x-ray and said it was fine.") == []


def test_a_street_named_with_a_particle_is_no_name() -> None:
    assert blocked("The museum is at Calle de Alcalá in central Madrid.") == []


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("My question is about Thiago: is his rash from the new detergent?", "Thiago"),
        ("I'm asking for my son Dario: can he swim with an ear infection?", "Dario"),
        ("Ama Serwaa was married on 12 December 2015 in Kumasi.", "12 December 2015"),
        ("We adopted her on March 3rd, 2019 from foster care.", "March 3rd, 2019"),
    ],
)
def test_question_cue_and_life_event_dates(text: str, words: str) -> None:
    assert any(words in w for w, _ in blocked(text)), blocked(text)


@pytest.mark.parametrize(
    "text",
    [
        "My question is about Medicare: does it cover implants?",
        "Uncle Sam wants you to get your flu shot!",
        "Tom's of Maine toothpaste has no artificial dyes.",
        "The clinic's fax is (212) 555-0100.",
        "The pharmacy's number is 0412 345 678.",
    ],
)
def test_payers_characters_brands_and_an_organisations_line_are_clean(text: str) -> None:
    assert blocked(text) == []


def test_a_real_uncle_sam_is_still_named() -> None:
    assert any("Sam" in w for w, _ in blocked("My Uncle Sam had a stroke last week."))


@pytest.mark.parametrize(
    "text",
    [
        "Arnold Palmer's foundation funds children's hospitals.",
        "Elizabeth Blackwell was the first woman to earn a medical degree in the US.",
        "Jamie Oliver is a chef who campaigns for healthier school meals.",
    ],
)
def test_a_public_life_foundation_first_or_chef(text: str) -> None:
    assert blocked(text) == []


def test_a_foundation_beside_someone_of_ours_still_names() -> None:
    text = "Maria Lopez started a foundation after her son died of leukemia."
    assert any("Maria Lopez" in w for w, _ in blocked(text))


def test_a_stepdad_doctor_is_named_and_says_why() -> None:
    text = "My stepdad Dr. Alan Whitfield thinks my mole looks fine."
    found = blocked(text)
    assert any("Alan Whitfield" in w and "doctor_relative" in r for w, r in found), found


def test_our_follow_up_with_the_surgeon_is_dated() -> None:
    text = "Our follow-up with the surgeon is on Nov. 4."
    assert any("Nov. 4" in w and "[date.our_care_event]" in r for w, r in blocked(text))


@pytest.mark.parametrize(
    "text",
    ["Aunt Flo is a nickname for a period.", "Mrs. Brown's Boys is my mum's favourite show."],
)
def test_a_nickname_or_a_show_is_no_relative(text: str) -> None:
    assert blocked(text) == []
