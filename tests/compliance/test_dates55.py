"""dates55: a day of the month of one person's event, as people write it, each with the
clean look-alikes it must leave alone: a practice's closing day, a priest's blessing, a
note's count of days, a clinician's own calendar."""

from __future__ import annotations

import pytest
from blocked_view import blocked_words as blocked

from medsocial_tui.compliance import find_phi
from medsocial_tui.compliance.person_cues import one_person_beyond_titles


@pytest.mark.parametrize(
    ("text", "words"),
    [
        # date.short_personal_text: the message is one person's, its day is theirs
        ("63M on lisinopril, angioedema in chair on 10/14, EMS to the ER", "10/14"),
        ("my nan fell on 22/09 and the hip still isn't right", "22/09"),
        ("Seen at the walk-in on 3 March. My husband still can't hear from that ear", "3 March"),
        ("tbh the ER saved my life on 4th July", "4th July"),
        ("Op was on the 14th. Mum still can't keep food down", "the 14th"),
    ],
)
def test_a_day_of_one_persons_event_blocks(text: str, words: str) -> None:
    assert words in blocked(text)


@pytest.mark.parametrize(
    "text",
    [
        "Our clinic is closed on 25 December and 1 January.",
        "We are open on the 28th for emergencies only.",
        # a priest's title is no one's parent
        "Father Tomasz Wiśniewski will bless the new wing on Sunday, 7 December.",
        # "3/7 hx": three days, as British notes count them
        "Case: 51F, 3/7 hx of facial swelling after an extraction.",
        # a clinician's own calendar
        "I'll be back on 3 March; my colleague Dr Shah will see my patients until then.",
    ],
)
def test_a_day_no_ones_event_passes(text: str) -> None:
    assert not [f for f in find_phi(text) if f.label == "date" and f.severity == "block"]


def test_a_title_of_faith_is_no_ones_relative() -> None:
    """``one_person_beyond_titles`` reads "Father Tomasz" as a priest, "my father" as kin."""
    assert not one_person_beyond_titles("Father Tomasz will bless the wing on 7 December.")
    assert one_person_beyond_titles("My father will be at the wing on 7 December.")
