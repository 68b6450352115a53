"""(addresses59) A street address or a flat of one person, in a sentence that also names an
organisation or calls the place by its kind: a home with a loan, a let or a tax on it, a
family's place, the reader's address on a firm's file, a flat, a refund's address, the street
of the place where someone was cared for. Each with its clean twin, an organisation's own
address said to the public."""

from __future__ import annotations

import pytest

from medsocial_tui.compliance import find_phi, identifiers, rules
from medsocial_tui.compliance.context import EMPTY_CONTEXT


def _blocked(text: str) -> list[str]:
    return [text[f.start : f.end] for f in find_phi(text, EMPTY_CONTEXT) if f.severity == "block"]


@pytest.mark.parametrize(
    ("text", "address"),
    [
        (
            "Loan officer Priya at the branch called about the mortgage on 118 Juniper Hollow"
            " Rd, she needs the insurance papers.",
            "118 Juniper Hollow Rd",
        ),
        (
            "Council tax letter for Apartment 6, 40 Quay Street, Galway went to the surgery by"
            " mistake, please forward it.",
            "40 Quay Street",
        ),
        (
            "We have you down at 9 Calle Olmo, Sevilla for the posted kit, is that still right?",
            "9 Calle Olmo",
        ),
        (
            "Our records team has updated it to Blk 204 Bedok North Ave 1, #07-112, Singapore"
            " 460204 as you asked.",
            "Bedok North Ave",
        ),
        (
            "Party's at our place, 14 Banksia Rd, Mullumbimby, Sat from 6, the pharmacy crew"
            " are all coming!",
            "14 Banksia Rd",
        ),
        (
            "Tenancy ref: Ifeoma Obi rented from us at Flat 5, 12 Marlborough Road, Oxford for"
            " two years.",
            "12 Marlborough Road",
        ),
        (
            "Please mail the refund cheque to PO Box 881, Whangarei 0140, attn Hemi Walker.",
            "PO Box 881",
        ),
        (
            "the clinic on 27 Ponsonby Road is where my sister had her root canal and it was awful",
            "27 Ponsonby Road",
        ),
        (
            "my grandma goes to the pharmacy on Calle Bolivar 118 every Friday for her pills",
            "Calle Bolivar 118",
        ),
    ],
)
def test_a_persons_address_beside_an_organisation_is_theirs(text: str, address: str) -> None:
    assert any(address in found for found in _blocked(text)), _blocked(text)


@pytest.mark.parametrize(
    "text",
    [
        "The branch at 118 Juniper Hollow Rd handles mortgages and savings, Mon to Fri 9-5.",
        "Come to our place, 14 Banksia Rd, Mullumbimby, for fresh bread every Saturday, the"
        " bakery's open from 7.",
        "Refunds are processed by our accounts team at PO Box 881, Whangarei 0140 within 10 days.",
        "Payments to PO Box 4410, Auckland 1140; our billing team answers on weekdays.",
        "Our clinic is at 27 Ponsonby Road, open Saturdays for check-ups.",
        "The clinic on Allen Avenue runs free dental checks for schoolchildren this week.",
        "The pharmacy on Calle Bolivar 118 is open late on Fridays for everyone.",
        "Our Bedok branch is at Blk 204 Bedok North Ave 1, #01-112, Singapore 460204.",
        "Office space for rent at 12 Harbour View Tce, Wellington, call our agents.",
    ],
)
def test_an_organisations_own_address_is_no_ones(text: str) -> None:
    assert not _blocked(text)


def test_a_homes_dealings_are_read_right_before_the_address() -> None:
    """The loan's word before the address makes it a home's; after it, a branch's trade."""
    before = "about the mortgage on "
    assert rules.A_HOMES_DEALINGS_BEFORE.search(before) is not None
    assert rules.A_HOMES_DEALINGS_BEFORE.search("office space for rent at ") is None
    assert rules.A_HOMES_DEALINGS_BEFORE.search("the branch handles mortgages. ") is None


def test_a_care_place_by_its_street_is_someones_only_in_a_sentence_about_them() -> None:
    mine = "the clinic on 27 Ponsonby Road is where my sister had her root canal"
    ours = "we're the clinic on 27 Ponsonby Road, where my team does root canals"
    for text, own in ((mine, False), (ours, True)):
        end = text.index("27")
        assert identifiers.own_address_cue(text, 0, end) is own, text


@pytest.mark.parametrize(
    ("text", "home"),
    [
        (
            "Mum fell at her care home, Oakridge House in Harrogate, and the ward wants her GP"
            " letter.",
            "Oakridge House",
        ),
        (
            "Quick update. Mum fell at her care home, Oakridge House in Harrogate again.",
            "Oakridge House",
        ),
        ("she's settled at her nursing home, The Beeches near Sligo, but won't eat", "Beeches"),
    ],
)
def test_ones_care_home_named_before_its_town_is_found(text: str, home: str) -> None:
    assert any(home in found for found in _blocked(text)), _blocked(text)


@pytest.mark.parametrize(
    "text",
    [
        "The council runs a care home, Oakridge House in Harrogate, with 40 new beds.",
        "Our new care home, Willow Court in Ballarat, opens to residents in March.",
    ],
)
def test_a_care_home_of_no_one_stays_clean(text: str) -> None:
    assert not _blocked(text)
