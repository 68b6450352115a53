"""guard-precision2: the day of an event, an opening or a service, and a member of staff's
day out of the office, are no one's dates, whoever the sentence names; a patient's day at
the same kind of event still is."""

from __future__ import annotations

import pytest

from medsocial_tui.compliance import find_phi


def dates(text: str) -> list[str]:
    return [text[f.start : f.end] for f in find_phi(text) if f.label == "date"]


@pytest.mark.parametrize(
    "text",
    [
        "Father Tomasz Wiśniewski will bless the new wing at 11am on Sunday, 7 December.",
        "The Leavers' Dinner will be held at the Royal Hotel on 28 November. Guest: Dame Lorraine Cole.",
        "Sign up for Dry January; Dr. Kofi Mensah shares his recipes on Instagram Live on 3 January.",
        "Our office manager Ms. Beatriz Santos will be out on 10 and 11 December.",
        "Hygienist Bongani Dlamini is on leave until the 14th; his patients will be seen by Sipho.",
        "Training day: Ms. Fatou Diallo from the Dakar Dental Institute demonstrates ART, 15 July.",
    ],
)
def test_an_events_day_is_no_ones(text: str) -> None:
    assert dates(text) == []


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("Father Tomasz visited my mother after her surgery on Sunday, 7 December.", "7 December"),
        ("Mrs. Okafor was admitted during the dinner on 28 November.", "28 November"),
        ("Our hygienist Ms. Ruiz will be out on 10 December with my son's records.", "10 December"),
        ("Nurse Ana is off on 3 May because my son is sick.", "3 May"),
    ],
)
def test_a_patients_day_beside_the_same_words_is_found(text: str, day: str) -> None:
    assert any(day in found for found in dates(text))
