"""(lead, session ten) Two widenings found on the fresh sets 43-47 before anyone tuned on them:
a ride sent to where the writer is keeps that address a person's (the word "taxi" had made
it a taxi firm's), and imaging and lab work are care, so two rare words that read as a name
beside them are a person's name (a firm's or an author's pair stays clean in a text that
names no care)."""

from __future__ import annotations

import pytest
from blocked_view import blocked_identifiers


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "im at Unit 4, 88 Carlton St, Ballarat VIC 3350, pls send the taxi here",
            "address:Unit 4, 88 Carlton St, Ballarat VIC 3350",
        ),
        (
            "stuck at 12 Haddon Rd, Kettering NN15 6AB, can you send a cab to us",
            "address:12 Haddon Rd, Kettering NN15 6AB",
        ),
        (
            "Server logs show 2a02:c7f::19 downloaded Tuilagi Fonoti's radiographs",
            "name:Tuilagi Fonoti",
        ),
        (
            "Server logs show 2a02:c7f::19 opened Keanu Makoa's ultrasound",
            "name:Keanu Makoa",
        ),
    ],
)
def test_a_ride_to_the_writer_and_imaging_keep_their_person(text: str, expected: str) -> None:
    assert expected in blocked_identifiers(text)


@pytest.mark.parametrize(
    "text",
    [
        "Our taxi rank is outside 45 George St, Dunedin 9016, open all night.",
        "Boehringer Ingelheim makes Jardiance, now with a new patient leaflet.",
        "Enid Blyton books for kids are on the table in our waiting room.",
    ],
)
def test_a_firms_address_and_a_pair_without_care_stay_clean(text: str) -> None:
    assert blocked_identifiers(text) == []
