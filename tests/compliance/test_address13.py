"""(address13) Addresses read whole where they were cut short, and insurers' names that were
read as places."""

from __future__ import annotations

import pytest
from blocked_view import blocked_words as blocked

from medsocial_tui.compliance import find_phi


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
        (
            "My nan lives in Ballinrobe, Co. Mayo and can't get to the clinic.",
            "Ballinrobe, Co. Mayo",
        ),
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
        # an Irish townland with its article, and an Eircode ending the townland and town
        (
            "Mam's house is Cnoc na Gréine, Oughterard, Co. Galway, she's 91.",
            "Cnoc na Gréine, Oughterard, Co. Galway",
        ),
        (
            "My father lives at Derrygimlagh, Ballyconneely, H71 X2P4 and can't travel.",
            "Derrygimlagh, Ballyconneely, H71 X2P4",
        ),
        # a rural route's box with the route's word whole
        (
            "Our grandmother, Route 1, Box 40, Cherokee, NC 28719, needs a home visit.",
            "Route 1, Box 40, Cherokee, NC 28719",
        ),
        # a numbered street after the house, as Pakistan and the Gulf write it
        (
            "The patient lives at House 17, Street 4, Gulberg III, Lahore.",
            "House 17, Street 4, Gulberg III, Lahore",
        ),
        # a unit in lower case before the street
        (
            "Ship it to unit 4, 21 Albert St, Mount Gambier SA 5290 for my mum.",
            "unit 4, 21 Albert St, Mount Gambier SA 5290",
        ),
        # Danish and Swedish floors, a house's letter after a space
        ("Mor bor på Nørregade 18, 2. tv, 8000 Aarhus C.", "Nørregade 18, 2. tv, 8000 Aarhus"),
        (
            "Jag bor på Storgatan 14 B, 3 tr, 113 55 Stockholm.",
            "Storgatan 14 B, 3 tr, 113 55 Stockholm",
        ),
        # Singapore's postcode after its name with no comma
        (
            "My dad lives at Blk 223 Bishan St 23 #08-115 Singapore 570223 now.",
            "Blk 223 Bishan St 23 #08-115 Singapore 570223",
        ),
        # Romania: the street's word first, then block, stair and flat
        (
            "The patient lives at Bd. Unirii 21, bl. 4A, sc. 2, ap. 18, Sector 3, București.",
            "Bd. Unirii 21, bl. 4A, sc. 2, ap. 18, Sector 3, București",
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
        "Take the Route 1, Box Hill exit for the clinic.",
        "Route 66, Box Canyon and the Grand Canyon are on our trip.",
        # insurers' names in sentences about cover
        "My plan is with Discovery Health and they refused the crown.",
        "I switched to Laya last year, will they pay for braces?",
        "Does Canada Life cover implants for my son?",
    ],
)
def test_look_alikes_stay_clean(text: str) -> None:
    assert not blocked(text), find_phi(text)


@pytest.mark.parametrize(
    ("text", "number"),
    [
        (
            "The crown came back from the lab on Nov 3 and we tried to reach you at"
            " (902) 555-0188 twice.",
            "(902) 555-0188",
        ),
        ("We're sorry the fax to your home (+92 42 3555 0199) didn't arrive.", "+92 42 3555 0199"),
    ],
)
def test_the_number_the_reader_is_reached_on_is_theirs(text: str, number: str) -> None:
    assert covered(text, number), find_phi(text)


@pytest.mark.parametrize(
    "text",
    [
        "You can reach us at (902) 555-0100 any weekday.",
        "Call us at (902) 555-0100 to book your cleaning.",
        "For bookings, call the clinic on 01632 960 123.",
    ],
)
def test_a_practices_own_line_stays_clean(text: str) -> None:
    assert not blocked(text), find_phi(text)
