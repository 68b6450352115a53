"""The patterns that read a practice's or an organisation's place by its noun ("our clinic",
"the surgery's line", "joined the practice") share one list, ``lexicon.ORGANISATION_NOUNS``:
each knows every noun of it."""

from __future__ import annotations

import re

import pytest

from medsocial_tui.compliance import general_vetoes, identifiers, lexicon, rules

NOUNS = ["practice", "clinic", "surgery", "office", "pharmacy", "hospital", "lab", "centre"]
NOUNS += ["center"]


def test_the_list_is_what_these_cases_name() -> None:
    listed = re.compile(rf"(?:{lexicon.ORGANISATION_NOUNS})")
    assert all(listed.fullmatch(noun) for noun in NOUNS)


@pytest.mark.parametrize("noun", NOUNS)
def test_every_organisation_pattern_knows_every_noun(noun: str) -> None:
    assert identifiers.OWN_PHONE_CUE.search(f"the {noun}'s number ")
    assert identifiers.PLACE_IS_AT.search(f"The new {noun} is at ")
    assert general_vetoes._FROM_THE_PRACTICE.match(f" from the {noun}")
    assert rules._PROVIDER_MARK.search(f"joined the {noun}")
    assert rules._BOX_KEEPER.search(f"our {noun}")
    assert rules._NO_PERSONS_LABEL_BEFORE.search(f"the {noun}'s ")
    assert rules._PUBLIC_LINE_BEFORE.search(f"Please call the {noun} on ")
    assert rules._ORG_LINE_BEFORE.search(f"the {noun}'s main line is ")
    assert rules._PUBLIC_CUE.search(f"the {noun}")
    assert rules._ORGANISATION_CUE.search(f"the {noun}")
    assert rules._ORGANISATIONS_PLACE.search(f"the {noun}")


@pytest.mark.parametrize(
    "text",
    [
        "Jurong Polyclinic will be closed on 25 December.",
        "Riverside Dermatology is closed on Monday 4 May.",
        "Northgate Imaging opens at 7am from 1 June.",
        "Lost cat! If found please call Ponsonby Vets on 09 555 0158, they have the owner's details.",
    ],
)
def test_a_clinic_named_by_its_kind_of_care_is_no_persons_name(text: str) -> None:
    """(lead) A name that ends in a kind of care (Polyclinic, Dermatology, Imaging,
    ``lexicon.ORG_SUFFIXES``) is a clinic's, not a given and a family name: the name finder
    read "Jurong Polyclinic" as a person, which made its own notice a patient's."""
    from medsocial_tui.compliance import find_phi

    assert find_phi(text) == []


def test_a_patient_at_such_a_clinic_is_still_found() -> None:
    from medsocial_tui.compliance import find_phi

    text = "My son was treated at Jurong Polyclinic on 25 December."
    assert "Jurong Polyclinic" in [text[f.start : f.end] for f in find_phi(text)]
