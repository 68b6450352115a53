"""The check digits of national numbers come from python-stdnum: every validator the guard
names imports, and one that cannot be imported stops the guard instead of letting numbers by."""

from __future__ import annotations

import re

import pytest

from medsocial_tui.compliance import find_phi, general_vetoes, rules
from medsocial_tui.compliance.context import EMPTY_CONTEXT


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


def test_a_match_with_no_validators_group_stops_instead_of_dropping_it() -> None:
    """A rule-table mistake (a group renamed) must not silently rule out every match."""
    m = re.search(r"(?P<number>\d{4} \d{4} \d{4})", "5448 3478 2450")
    assert m is not None
    with pytest.raises(LookupError):
        general_vetoes._failed_check_digit(m.string, m, EMPTY_CONTEXT)


def test_the_rule_table_refuses_a_check_digit_veto_with_no_validators_group() -> None:
    table = """
[[identifier]]
name = 'id.bad'
label = 'record_number'
pattern = '(?P<number>\\d{12})'
reason = 'x'
vetoes = ['failed_check_digit']
"""
    with pytest.raises(rules.RuleTableError, match="failed_check_digit"):
        rules.load_tables(table)


def test_every_validator_is_a_group_of_a_rule_it_checks() -> None:
    """No validator is named for a group no rule has (an "imei" with no IMEI rule)."""
    veto = general_vetoes._failed_check_digit
    groups: set[str] = set()
    for rule in rules.IDENTIFIER_RULES + rules.NAME_RULES + rules.FACILITY_RULES:
        if veto in rule.vetoes:
            groups |= set(rule.pattern.groupindex)
    assert set(general_vetoes._VALIDATORS) <= groups


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("Please send it to someone like 5448 3478 2450 who can help.", True),
        ("Sure, I would like 5448 3478 2450 on file.", True),
        ("It looks like 5448 3478 2450 on the card.", False),
        ("The format is like 5448 3478 2450, twelve digits.", False),
        ("Codes like 5448 3478 2450 are twelve digits.", False),
    ],
)
def test_a_bare_like_is_no_example(text: str, found: bool) -> None:
    assert ("5448 3478 2450" in [text[f.start : f.end] for f in find_phi(text)]) is found


@pytest.mark.parametrize(
    ("kind", "valid", "invalid"),
    [
        # (ids9) shapes of one country each, and eleven digits read by three countries
        ("rrn", "971013-9019902", "971013-9019903"),
        ("ric", "360426199101010071", "360426199101010072"),
        ("nric", "770305-02-1234", "770399-02-1234"),
        ("thpin", "1-2345-45678-78-1", "1-2345-45678-78-2"),
        ("hetu", "131052-308T", "131052-308U"),
        ("rut", "12.531.909-2", "12.531.909-3"),
        ("pesel", "44051401359", "44051401358"),  # Poland's PESEL
        ("pesel", "15108695088", "15108695089"),  # Norway's fødselsnummer
        ("pesel", "17291716060", "17291716061"),  # Turkey's T.C. kimlik number
    ],
)
def test_national_shapes_of_many_countries(kind: str, valid: str, invalid: str) -> None:
    assert general_vetoes.check_digit_holds(kind, valid)
    assert not general_vetoes.check_digit_holds(kind, invalid)


@pytest.mark.parametrize(
    ("text", "number"),
    [
        ("Her details: 971013-9019902, admitted Monday.", "971013-9019902"),
        ("Please update my wife's file: 360426199101010071.", "360426199101010071"),
        ("Her details: 770305-02-1234, admitted Monday.", "770305-02-1234"),
        ("For my mum: 1-2345-45678-78-1", "1-2345-45678-78-1"),
        ("Her details: 131052-308T, admitted Monday.", "131052-308T"),
        ("She wrote 17291716060 on the form.", "17291716060"),
        ("Her father, 34201-0891231-8, needs a root canal.", "34201-0891231-8"),
    ],
)
def test_a_bare_national_number_of_another_country_blocks(text: str, number: str) -> None:
    assert number in [text[f.start : f.end] for f in find_phi(text)]


@pytest.mark.parametrize(
    "text",
    [
        # (ids9) the same shapes as a thing's number, a wrong check digit, an example
        "Order 34201-0891231-8 has shipped.",
        "Your parcel 971013-9019902 is out for delivery.",
        "Part no. 770305-02-1234 fits the older model.",
        "Batch 34201-0891231-8 was recalled by the manufacturer.",
        "A Chilean RUT looks like 12.531.909-2.",
        "She wrote 17291716061 on the form.",
    ],
)
def test_a_national_shape_of_no_one_stays_clean(text: str) -> None:
    assert find_phi(text) == []


@pytest.mark.parametrize(
    ("written", "an_organisation"),
    [
        ("Vårdcentralen Majorna", True),  # a health centre, read as "Vardcentralen"
        ("Sağlık Ocağı", True),  # a health post, read as "Saglik Ocagi"
        ("Kwame Mensah", False),  # a person's rare pair stays a name
    ],
)
def test_a_rare_pair_reads_foreign_clinic_words_as_the_guard_folds_them(
    written: str, an_organisation: bool
) -> None:
    """``_not_rare_pair`` is asked about the folded text; the foreign clinic words it reads
    (written with their accents) are matched in both spellings, as
    ``_a_business_by_its_kind`` matches them."""
    from medsocial_tui.compliance import rules
    from medsocial_tui.compliance.context import PracticeContext
    from medsocial_tui.compliance.normalize import normalize

    folded = normalize(written).text
    match = re.match(r"(?P<name>.+)", folded)
    assert match is not None
    assert rules._not_rare_pair(folded, match, PracticeContext()) is an_organisation
