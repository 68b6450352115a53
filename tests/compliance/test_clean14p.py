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

