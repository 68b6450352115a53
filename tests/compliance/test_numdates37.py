"""numdates37: addresses, dates and numbers as confirmations, letters and messages write
them, each with the clean look-alike it must leave alone."""

from __future__ import annotations

import pytest

from medsocial_tui.compliance import find_phi


def blocked(text: str) -> list[str]:
    return [text[f.start : f.end] for f in find_phi(text) if f.severity == "block"]


@pytest.mark.parametrize(
    ("text", "words"),
    [
        # the reader's door, named after their ride or their insurance claim
        (
            "Your airport shuttle from 27 Larchmont Ave, Rye, NY 10580 is confirmed for 4:15 am.",
            "27 Larchmont Ave, Rye, NY 10580",
        ),
        (
            "Pickup confirmed: your transfer from 9 Oakhill Rd, Bendigo VIC 3550 departs 6:30 am.",
            "9 Oakhill Rd, Bendigo VIC 3550",
        ),
        (
            "We have received your claim for storm damage at 14 Kowhai Street, Hamilton.",
            "14 Kowhai Street, Hamilton",
        ),
        # "March" the month is no march held at the address
        (
            "Our letter: your claim dated 2 March 2024 for fire damage at 8 Elm Close, Leeds.",
            "8 Elm Close, Leeds",
        ),
        # someone at home at the address a thing is dropped off at
        (
            "drop off the insulin at 22 Ridgeview Crescent, she'll be home after 6",
            "22 Ridgeview Crescent",
        ),
        ("can you drop-off his inhaler at 5 Tui Grove, mum is home all day", "5 Tui Grove"),
        # an age over 89 in years after the person's word, no "old"
        ("Patient 101 yrs, lives in a nursing home, bed sore on sacrum.", "101"),
        ("pt 93 years, on warfarin, INR 3.1", "93"),
        # a fond family word abroad says whose age it is
        ("mi abuelito tiene 97 años y no puede masticar bien", "97"),
        ("minha vozinha tem 95 anos e usa dentadura", "95"),
    ],
)
def test_numdates37_identifier_is_blocked(text: str, words: str) -> None:
    assert words in blocked(text)


@pytest.mark.parametrize(
    "text",
    [
        "Your shuttle to the conference leaves from the Hilton lobby at 7:30 am.",
        "Shuttle pickups run from 100 Terminal Drive every 20 minutes, 5 am to 11 pm.",
        "Send your claim form to 12 Hall Road, Leeds; we reply within 10 days.",
        "Please drop off donations at 14 Market Street between 9 am and 5 pm.",
        "Drop off forms at 12 Hall Road, the office is open until 5.",
        "The March for Science at 12 Hall Road starts at noon.",
        "We have served this town for 100 yrs.",
        "The practice celebrates 90 yrs of care this month.",
        "A man 100 years later found the letter in the wall.",
        "el edificio tiene 100 años y lo están renovando",
    ],
)
def test_numdates37_lookalike_stays_clean(text: str) -> None:
    assert blocked(text) == []
