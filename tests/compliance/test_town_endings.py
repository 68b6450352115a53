"""(lead, session eleven) A town whose name ends in a word a firm's or a building's name can
end in too (Grove, Heights, Island, Valley, County, Mills, Ridge, Beach), after "from" in a
sentence about a person, is that person's town: ``_not_a_town_word`` no longer vetoes it
for that last word, or for an everyday or health word before it ("Crown Heights", "Long
Beach"). A firm's, a care place's or a staff word in the run still vetoes it."""

from __future__ import annotations

import pytest

from medsocial_tui.compliance import find_phi


def _blocked(text: str) -> set[str]:
    return {
        text[f.start : f.end]
        for f in find_phi(text, None)
        if f.severity == "block" and f.label in ("geo", "address")
    }


@pytest.mark.parametrize(
    ("text", "town"),
    [
        # (these two passed before: "Crown" is a dental word, "Island" a firm's ending)
        ("a woman from Crown Heights with sickle cell crisis, fluids or not?", "Crown Heights"),
        ("a man from Lagos Island with persistent malaria despite ACT", "Lagos Island"),
        ("my mum is from Garden Grove and her BP is 180/100 this morning", "Garden Grove"),
        ("a 30 year old man from Owings Mills with new onset asthma", "Owings Mills"),
        ("a woman from Basking Ridge with recurrent UTIs, what next?", "Basking Ridge"),
    ],
)
def test_a_persons_town_with_a_town_ending_is_found(text: str, town: str) -> None:
    assert town in _blocked(text)


@pytest.mark.parametrize(
    "text",
    [
        "Garden Grove Dental is open Saturday mornings for new patients.",
        "Join us at Crown Heights Park on Sunday for a free blood pressure check.",
        "The Moreno Valley Clinic will close early on Friday for staff training.",
        "Flu shots are available at Owings Mills Pharmacy this week.",
    ],
)
def test_a_firms_or_a_notices_town_stays_clean(text: str) -> None:
    assert _blocked(text) == set()
