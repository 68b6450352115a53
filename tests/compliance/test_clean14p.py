"""clean14p: clean texts blocked by a place, a facility or a date of the practice's own or a
public one. Each case has a twin where the same words are a patient's and stay found."""

from __future__ import annotations

from medsocial_tui.compliance import find_phi


def found_by(text: str, rule: str) -> list[str]:
    return [text[f.start : f.end] for f in find_phi(text) if f.reason.endswith(f"[{rule}]")]


# ``own_practice``: a business thanking its customers for choosing it names itself
def test_a_practice_thanking_for_choosing_it_names_itself() -> None:
    text = "Dear patient, thank you for choosing Harbourside Family Dental. We reopen Monday."
    assert found_by(text, "facility.named") == []
    text = "Dear patients, thanks so much for trusting the Riverside Dental Clinic with your smile."
    assert found_by(text, "facility.named") == []


def test_someone_choosing_a_hospital_for_their_care_keeps_it() -> None:
    text = "I regret choosing Mercy Hospital for my son's surgery."
    assert found_by(text, "facility.named") == ["Mercy Hospital"]


# ``PLACE_IS_AT``: a moving notice opening on a business named by its field's word gives the
# business's new address
def test_a_business_named_by_its_field_moving_gives_its_own_address() -> None:
    text = "Harbour Lights Dental has moved to 3 Marina Walk, Sunderland SR6 0PL; call as usual."
    assert [f for f in find_phi(text) if f.label == "address"] == []
    text = "Riverside Physio is relocating to 14 Mill Lane, Leeds LS1 4AB in June."
    assert [f for f in find_phi(text) if f.label == "address"] == []


def test_a_person_moving_keeps_their_address() -> None:
    text = "Jane Smiles has moved to 3 Marina Walk, Sunderland SR6 0PL and needs a home visit."
    assert [text[f.start : f.end] for f in find_phi(text) if f.label == "address"] == [
        "3 Marina Walk, Sunderland SR6 0PL"
    ]
