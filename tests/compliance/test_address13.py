"""(address13) Addresses read whole where they were cut short, and insurers' names that were
read as places."""

from __future__ import annotations

import pytest

from medsocial_tui.compliance import find_phi


def blocked(text: str) -> list[str]:
    return [text[f.start : f.end] for f in find_phi(text) if f.severity == "block"]


def covered(text: str, words: str) -> bool:
    """Every character of ``words`` lies inside one blocking finding."""
    at = text.index(words)
    return any(
        f.start <= at and at + len(words) <= f.end for f in find_phi(text) if f.severity == "block"
    )


@pytest.mark.parametrize(
    ("text", "words"),
    [
        # the Philippines: purok, block and lot, barangay, subdivision, city, province
        (
            "My mum lives at Purok 3, Brgy. San Isidro, Tanauan City, Batangas and needs a reline.",
            "Purok 3, Brgy. San Isidro, Tanauan City, Batangas",
        ),
        (
            "I live at Blk 12 Lot 3, Mabuhay Homes, Brgy. Dela Paz, Antipolo City.",
            "Blk 12 Lot 3, Mabuhay Homes, Brgy. Dela Paz, Antipolo City",
        ),
        (
            "Certify that Ms. Rowena Cruz, 44, of Sitio 2, Barangay Bagong Silang, Caloocan City,"
            " was seen today.",
            "Sitio 2, Barangay Bagong Silang, Caloocan City",
        ),
        # Ireland: townland, town and county, no house number
        (
            "DOLAN, Patrick, late of Carrowkeel, Ballymote, Co. Sligo, peacefully at home.",
            "Carrowkeel, Ballymote, Co. Sligo",
        ),
        (
            "Patient address: Gortnahoo, Thurles, County Tipperary.",
            "Gortnahoo, Thurles, County Tipperary",
        ),
        ("My nan lives in Ballinrobe, Co. Mayo and can't get to the clinic.", "Ballinrobe, Co. Mayo"),
        # India: the number's word alone before the cross and main roads; a Hyderabad house
        # number of figures joined by dashes
        (
            "We moved to No. 7, 3rd Cross, 4th Main, Indiranagar, Bengaluru 560038 last month.",
            "No. 7, 3rd Cross, 4th Main, Indiranagar, Bengaluru 560038",
        ),
        (
            "Ravi Kumar, H.No. 4-5-67, Ameerpet, Hyderabad, needs a root canal.",
            "H.No. 4-5-67, Ameerpet, Hyderabad",
        ),
    ],
)
def test_addresses_are_read_whole(text: str, words: str) -> None:
    assert covered(text, words), find_phi(text)


@pytest.mark.parametrize(
    "text",
    [
        # a barangay or a county in a sentence about no one
        "Dengue cases rose in Barangay San Roque, Marikina City this week, the health office said.",
        "The ferry to Achill Island in Co. Mayo runs all summer.",
        "Zone 5, the new parking area, opens for patients on Monday.",
        "We ranked No. 1, Main Street Dental in the city survey.",
        # insurers' names in sentences about cover
        "My plan is with Discovery Health and they refused the crown.",
        "I switched to Laya last year, will they pay for braces?",
        "Does Canada Life cover implants for my son?",
    ],
)
def test_look_alikes_stay_clean(text: str) -> None:
    assert not blocked(text), find_phi(text)
