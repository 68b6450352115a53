"""The check digits of national numbers come from python-stdnum: every validator the guard
names imports, and one that cannot be imported stops the guard instead of letting numbers by."""

from __future__ import annotations

import pytest

from medsocial_tui.compliance import general_vetoes


@pytest.mark.parametrize("kind", sorted(general_vetoes._VALIDATORS))
def test_every_validator_the_guard_names_imports(kind: str) -> None:
    assert callable(general_vetoes._validator(kind).is_valid)


def test_a_valid_and_an_invalid_check_digit() -> None:
    assert general_vetoes.check_digit_holds("card", "4539 1488 0343 6467")
    assert not general_vetoes.check_digit_holds("card", "4539 1488 0343 6468")
    assert not general_vetoes.check_digit_holds("aadhaar", "not a number")


def test_a_validator_that_cannot_be_imported_fails_loudly_not_open(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setitem(general_vetoes._VALIDATORS, "card", "stdnum_gone.luhn")
    general_vetoes._validator.cache_clear()
    try:
        with pytest.raises(ModuleNotFoundError):
            general_vetoes.check_digit_holds("card", "4539 1488 0343 6467")
    finally:
        general_vetoes._validator.cache_clear()
