"""(namesrec37) The person a record is about, whose own contact, licence or vehicle the
record gives, is blocked (``name.record_subject``) even where a trade, a degree or a post
beside the name reads as a staff bio's or a firm's person; a bio, a notice and a public
programme's contact, whose numbers no finder blocks or whose names other vetoes rule out,
stay as they were."""

from __future__ import annotations

import pytest

from medsocial_tui.compliance import find_phi

RULE = "[name.record_subject]"


def _subjects(text: str) -> list[str]:
    return [
        text[f.start : f.end]
        for f in find_phi(text)
        if f.severity == "block" and f.reason.endswith(RULE)
    ]


def _names(text: str) -> list[str]:
    return [text[f.start : f.end] for f in find_phi(text) if f.label == "name"]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "CV — Aroha Ngata, dental nurse. Email: aroha.ngata@gmail.com, mobile 021 555 0199",
            "Aroha Ngata",
        ),
        ("Ngozi Eze, RDH — licence no. 77120, expires 31 March 2025", "Ngozi Eze"),
        ("Resume: Dmitri Volkov, hygienist, phone 0412 555 019, Perth", "Dmitri Volkov"),
        ("Kenji Watanabe, DMD. License #DN-50012, expiration 06/30/2026.", "Kenji Watanabe"),
        (
            "Incident report: driver Kwabena Asante, licence plate KX19 ABC, taken to St James.",
            "Kwabena Asante",
        ),
        # one of the team giving their own line ("my new extension", "my mobile")
        (
            "Hi team, Lars Eriksen from payroll here, my new mobile is 07700 900 412.",
            "Lars Eriksen",
        ),
    ],
)
def test_a_records_subject_with_their_own_number_is_blocked(text: str, name: str) -> None:
    assert name in _subjects(text), find_phi(text)


@pytest.mark.parametrize(
    "text",
    [
        # the practice's bio: its line is no personal number, nothing blocks
        "Meet Dr. Anjali Mehta, our new orthodontist. Call 020 7946 0018 to book with her.",
        "Our hygienist Tom Baker, RDH, loves hiking. Call the front desk on 020 7946 0018.",
        # a public programme's coordinator: named after their role as well
        "Contact the Smile Train coordinator, Mr. Hassan Omar, on 0722 555 091.",
        "Hi all, the front desk team here: call us on 020 7946 0018 to book.",
        # no number of the person's in the record
        "Bogdan Kowalczyk, BDS, joins the practice in May as our associate dentist.",
    ],
)
def test_a_bio_or_a_public_contact_gets_no_record_subject(text: str) -> None:
    assert _subjects(text) == [], find_phi(text)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Visitor log: Fr. Declan Moriarty visiting room 14 at 3pm.", "Declan Moriarty"),
        (
            "Character reference — Mei Ling Tan, volunteer at the food bank since 2020.",
            "Mei Ling Tan",
        ),
        (
            "Reference letter: I have known Khadija Benali since September 2019 when she joined "
            "our practice in Roubaix.",
            "Khadija Benali",
        ),
        ("Insurance claim — Fr. Patrick Byrne, windscreen damage, 12 May", "Patrick Byrne"),
        (
            "Reference from Mrs. Efua Quaye, head teacher at Cape Coast Primary: reliable.",
            "Efua Quaye",
        ),
    ],
)
def test_a_record_headings_subject_is_blocked(text: str, name: str) -> None:
    """A post, a team's or a story's word after a record's heading is the record's."""
    assert name in _subjects(text), find_phi(text)


@pytest.mark.parametrize(
    "text",
    [
        "Staff spotlight: Marisol Vega has kept our schedule running for 15 years!",
        "Father Tomasz Wiśniewski will bless the new wing on Sunday.",
        "CV writing workshop with career coach Anna Kowalski this Thursday at the library.",
        "Reference: Dr. Ada Lovelace Institute report on AI in care, 2023.",
        "Application deadline for the Dr. Maya Angelou scholarship is Friday.",
    ],
)
def test_a_notice_a_workshop_or_a_citation_has_no_record_heading(text: str) -> None:
    assert _subjects(text) == [], find_phi(text)
