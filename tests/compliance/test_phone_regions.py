"""The phone finder parses a candidate only in the regions whose number patterns its digits
can fit (``rules._may_be_valid``), and runs phonenumbers' matcher only for the regions one
stretch of them can fit (``rules._may_hold_valid``); the answers must be those of parsing
and matching in every region."""

from __future__ import annotations

import random

import pytest

from medsocial_tui.compliance import rules

_FIRSTS = ("0", "00", "1", "4", "6", "8", "9", "2", "011", "0011", "44", "61", "91", "353")
_FIRSTS += ("64", "27", "65", "63", "+44", "+1", "(0", "(")
_SEPARATORS = ("", " ", "-", ".", "/")


def _candidates() -> list[str]:
    """Phone-like candidates of every shape the finder passes on: fixed ones, then digits
    after a prefix a region reads specially, grouped at random (seeded: the same ones in
    every run)."""
    rng = random.Random(14)
    found = [
        "446.555.0196",
        "020 7946 0766",
        "(438) 555-0145",
        "377631646",
        "0488 876 788",
        "+61 2 9769 7328",
        "91.125.8.168",
        "041 925 3117",
        "96.51.95.135",
        "(01632) 960 804",
        "0113 496 0498",
        "06155/82823574",
        "9999 9999 9999 9999",
        "5" * 24,
        "1234 5678 9012 3456 7890 1234",
    ]
    while len(found) < 160:
        digits = rng.choice(_FIRSTS) + "".join(rng.choice("0123456789") for _ in range(9))
        groups, at = [], 0
        while at < len(digits):
            step = rng.randint(2, 4)
            groups.append(digits[at : at + step])
            at += step
        found.append(rng.choice(_SEPARATORS).join(groups))
    return found


def test_gate_changes_no_answer(monkeypatch: pytest.MonkeyPatch) -> None:
    match = rules._phone_match.__wrapped__
    gated = [match(c) for c in _candidates()]
    monkeypatch.setattr(rules, "_may_be_valid", lambda digits, region: True)
    monkeypatch.setattr(rules, "_may_hold_valid", lambda digits, region: True)
    assert [match(c) for c in _candidates()] == gated
    assert any(answer is not None for answer in gated)


@pytest.mark.parametrize("region", rules.PHONE_REGIONS)
def test_gate_turns_away_what_cannot_be_a_number(region: str) -> None:
    # Twenty nines fit no national number of any of these regions, nor do three digits.
    assert not rules._may_be_valid("9" * 20, region)
    assert not rules._may_hold_valid("123", region)
