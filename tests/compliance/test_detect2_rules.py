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
