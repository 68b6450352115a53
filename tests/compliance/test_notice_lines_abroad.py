"""guard-precision2: a business's line given for bookings as notices in other languages
write it ("Para citas llame al …", "Pour prendre rendez-vous, appelez le …") is the
business's (``phone.public_line``); the same verbs after a family's or a patient's words
still give a person's number."""

from __future__ import annotations

import pytest

from medsocial_tui.compliance import find_phi


def phones(text: str) -> list[str]:
    return [text[f.start : f.end] for f in find_phi(text) if f.label == "phone"]


@pytest.mark.parametrize(
    "text",
    [
        "Para citas llame al +34 912 345 678. Nuestra recepcionista, Carmen, le atenderá.",
        "Pour prendre rendez-vous, appelez le 01 45 55 12 34.",
        "Termine unter +49 30 1234 5678.",
        "Para marcações ligue 21 555 0142 (dias úteis).",
    ],
)
def test_a_booking_line_abroad_is_the_businesss(text: str) -> None:
    assert phones(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "Mi hija tiene fiebre, llame al +34 612 555 019 por favor.",
        "Mon mari est malade, appelez le 06 12 55 34 78.",
    ],
)
def test_a_familys_number_with_the_same_verbs_is_found(text: str) -> None:
    assert phones(text)


def test_a_staff_members_title_leaves_the_line_the_practices() -> None:
    """ "Our pharmacist Mr. Osei answers questions on …": a courtesy title right after a
    staff role is that member of staff's; a title after anything else is someone's."""
    assert phones("Our pharmacist Mr. Osei answers medicine questions on 0302 555 014.") == []
    assert phones(
        "Our pharmacist says Mr. Osei can be reached on 0302 555 014 after his operation."
    )


def test_an_events_booking_line_is_the_organisers() -> None:
    text = 'Seminar on 9 May at Hotel Taj: "Aligners" by Dr. Rohan Mehta. Fee ₹2,500; call +91 22 5555 1234.'
    assert phones(text) == []
    assert phones("My son's class fee is late; call me on +91 98450 55512.")
