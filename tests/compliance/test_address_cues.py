"""What the sentence before a name says to that person: a personal cue ("sorry", "your
visit") is also a cue of address, so a known given name counts with every personal cue."""

from __future__ import annotations

import pytest

from medsocial_tui.compliance import rules

PERSONAL = ["your", "sorry", "get well", "feel better", "see you", "your visit", "kind words"]
PERSONAL += ["congratulations on", "happy birthday", "trusting us", "5 stars", "feedback"]


@pytest.mark.parametrize("cue", PERSONAL)
def test_every_personal_cue_is_a_cue_of_address(cue: str) -> None:
    sentence = f"Ah, {cue}, "
    assert rules._PERSONAL_ADDRESS_CUE.search(sentence)
    assert rules._ADDRESSED_CUE.search(sentence)


@pytest.mark.parametrize("cue", ["thank you", "welcome", "hi", "hello"])
def test_a_cue_said_to_a_town_or_a_team_too_is_no_personal_cue(cue: str) -> None:
    sentence = f"Ah, {cue}, "
    assert rules._ADDRESSED_CUE.search(sentence)
    assert rules._PERSONAL_ADDRESS_CUE.search(sentence) is None
