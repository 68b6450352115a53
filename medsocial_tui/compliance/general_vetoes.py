"""Vetoes of the rules written for general text (rules.toml's ``id.national_checksum``,
``vehicle.plate_shape``, ``handle.self_named``, ``place.relative_in``,
``name.relation_caps`` …), kept apart from rules.py's own.

A national number written with no label is taken only when its check digit holds
(python-stdnum: a CURP, a codice fiscale, a Spanish DNI or NIE, an Aadhaar number, a French
NIR, a Brazilian CPF, a South African ID, a Canadian SIN): a random run of digits of the
same shape passes one time in ten to one in ninety-seven, so "order 123 456 789" is left
alone. A number labelled as what it is ("SIN:", "Aadhaar no.") needs no check digit: people
mistype them, and the label already says whose number it is. Every validator is imported
the first time a text holds a number of its shape.
"""

from __future__ import annotations

import re
from functools import cache
from importlib import import_module
from typing import Protocol

from medsocial_tui.compliance import lazy
from medsocial_tui.compliance import lexicon as lx
from medsocial_tui.compliance.context import PracticeContext


class _Validator(Protocol):
    def is_valid(self, number: str) -> bool: ...


# The named group of ``id.national_checksum`` (or ``id.card_number``'s "card") that
# matched -> the stdnum module for it. A rule vetoed by ``failed_check_digit`` must have one
# of these groups (``rules.py`` checks it as it reads the table).
_VALIDATORS = {
    "curp": "stdnum.mx.curp",
    "cf": "stdnum.it.codicefiscale",
    "nie": "stdnum.es.nie",
    "dni": "stdnum.es.dni",
    "aadhaar": "stdnum.in_.aadhaar",
    "nir": "stdnum.fr.nir",
    "cpf": "stdnum.br.cpf",
    "za": "stdnum.za.idnr",
    "sin": "stdnum.ca.sin",
    "idnr": "stdnum.de.idnr",
    "pesel": "stdnum.pl.pesel",
    "card": "stdnum.luhn",
}


_SEPARATORS = lazy.compile(r"[\s.-]")


@cache
def _validator(kind: str) -> _Validator:
    module: _Validator = import_module(_VALIDATORS[kind])
    return module


def check_digit_holds(kind: str, value: str) -> bool:
    """Whether ``value`` is a valid number of ``kind`` (a key of ``_VALIDATORS``)."""
    # Outside the ``try``: a validator that cannot be imported (python-stdnum missing) must
    # stop the guard in words, never read as "no check digit holds", which lets every bare
    # national number through.
    validator = _validator(kind)
    try:
        # (stdnum.luhn reads digits only; the others strip these separators themselves)
        return bool(validator.is_valid(_SEPARATORS.sub("", value)))
    except ValueError:  # stdnum's ValidationError, on shapes it cannot read: "not valid"
        return False


def _failed_check_digit(text: str, m: re.Match[str], ctx: PracticeContext) -> bool:
    """ "GOMA850312HDFRRN09", "5448 3478 2450": the bare number's check digit does not hold
    for the country its shape is of (the matched group names the country)."""
    for kind, value in m.groupdict().items():
        if value is not None and kind in _VALIDATORS:
            return not check_digit_holds(kind, value)
    # A rule-table mistake (a group renamed, a rule given this veto by error) would otherwise
    # drop every match of the rule without a word.
    raise LookupError(
        "failed_check_digit: no group of the match names a validator "
        f"({', '.join(sorted(_VALIDATORS))})"
    )


def check_digit_groups() -> frozenset[str]:
    """The group names ``failed_check_digit`` knows a check digit for."""
    return frozenset(_VALIDATORS)


# Just before a value: it is shown as an example of a format, no one's ("looks like
# QQ 12 34 56 C", "for example AAAPZ1234C", "e.g. MH 12 AB 1234", "a number like …"). A
# bare "like" is no example: "send it to someone like 5448 3478 2450" gives the number.
_EXAMPLE_BEFORE = lazy.compile(
    r"(?:\blooks?[ \t]+like|\b(?:numbers?|codes?|ones?|formats?)(?:[ \t]+(?:is|are))?,?[ \t]+like"
    r"|\be\.?g\.?|\bfor[ \t]+(?:example|instance)|\bsuch[ \t]+as"
    r"|\bformat(?:ted)?(?:[ \t]+(?:is|as|of))?|\bsample|\bexample|\bspecimen|\bi\.e\."
    # "Example number for the form: …", "the placeholder …", "write it like this: …"
    r"|\b(?:example|sample|placeholder)[ \t]+(?:number|phone|mobile|format)\b[^.!?\n:]{0,25}:"
    r"|\bplaceholder|\blike[ \t]+(?:this|so)"
    # "is 10 digits, like …", "How to write a UK number: …"
    r"|\b(?:digits|characters|letters),?[ \t]+like"
    r"|\bhow[ \t]+to[ \t]+(?:write|dial|format|type|enter)\b[^.!?\n]{0,30}?[ \t]*:)"
    r"[ \t]*[:,(]?[ \t]*$",
    re.IGNORECASE,
)


def number_shown_as_example(text: str, start: int) -> bool:
    """Whether the value at ``start`` is shown as an example of its format."""
    return _EXAMPLE_BEFORE.search(text, max(0, start - 45), start) is not None


def _an_example(text: str, m: re.Match[str], ctx: PracticeContext) -> bool:
    """A number or a plate given as an example of its format ("A National Insurance
    number looks like QQ 12 34 56 C")."""
    return number_shown_as_example(text, m.start())


# Words a "handle" written after "I'm" or "as" can be that are no one's account: a
# condition with its number ("type_2", "covid19"), a measure.
_NOT_A_HANDLE = lazy.compile(
    r"(?i:type[\W_]*\d|covid[\W_]*\d+|t[12]d|h1n1|a1c|b12|[a-z]{1,2}\d{1,2}|\d+[a-z]{1,3})"
)


def _not_a_handle(text: str, m: re.Match[str], ctx: PracticeContext) -> bool:
    """ "I'm type1", "posts as covid19": a condition's or a measure's name, not an account."""
    return _NOT_A_HANDLE.fullmatch(m.group("id")) is not None


def _not_a_place_after_relative(text: str, m: re.Match[str], ctx: PracticeContext) -> bool:
    """ "my son in Year 3", "my mum in Heaven", "my daughter in French class", "my
    appointment is at Noon": a school year, a faith, a language, a season or a time of day
    or of the year (``_NOT_PLACES``), not a place."""
    return m.group("place").split()[0].lower() in _NOT_PLACES


_NOT_PLACES = frozenset(
    (
        "year grade class reception form heaven christ god jesus hospital a&e icu intensive"
        " english french spanish german maths math science spring summer autumn fall winter"
        " advent lent ramadan rehab recovery remission labour labor noon midnight christmas"
        " easter thanksgiving halloween diwali eid hanukkah passover"
    ).split()
)


def _not_a_shouted_name(text: str, m: re.Match[str], ctx: PracticeContext) -> bool:
    """ "my son LIAM": a word in capitals is a name only when it is a given name that is no
    everyday word ("my son WILL be fine", "MY SON HAS CROUP"); a second word only when it is
    a name too."""
    words = m.group("name").lower().split()
    if words[0] not in lx.GIVEN_NAMES or words[0] in lx.AMBIGUOUS_NAMES:
        return True
    return any(w not in lx.GIVEN_NAMES and w not in lx.SURNAMES for w in words[1:])


# Addresses that are no device's: the machine itself ("127.0.0.1", "::1"), "any address"
# ("0.0.0.0") and the broadcast address.
_NO_ONES_ADDRESS = lazy.compile(r"127(?:\.\d{1,3}){3}|0\.0\.0\.0|255\.255\.255\.255|::1?")


def _no_ones_address(text: str, m: re.Match[str], ctx: PracticeContext) -> bool:
    """ "Localhost is 127.0.0.1": a loopback, "any" or broadcast address is nobody's device."""
    return _NO_ONES_ADDRESS.fullmatch(m.group(0)) is not None


# A vehicle named near a plate-shaped value ("His van, 4821 BKV, was hit", "Matrícula 2235
# JKL"): the shape alone is also a count and an acronym.
_VEHICLE_WORD = lazy.compile(
    r"\b(?i:cars?|vans?|trucks?|lorry|lorries|vehicles?|plates?|registration|reg|taxis?|cabs?"
    r"|motorbikes?|motorcycles?|scooters?|suv|jeep|coche|matr[ií]cula|parked|parking|drives?"
    r"|driving|drove|clamped|towed)\b"
)


def _no_vehicle_near(text: str, m: re.Match[str], ctx: PracticeContext) -> bool:
    """ "2024 NHS", "1000 BPM": no vehicle, plate or parking named within its sentence's
    reach (60 characters either side)."""
    return _VEHICLE_WORD.search(text, max(0, m.start() - 60), m.end() + 60) is None


# The last word of a district's name that says where in a town it lies ("Bandra West").
_COMPASS = frozenset("north south east west central upper lower".split())


def _a_compass_place(text: str, m: re.Match[str], ctx: PracticeContext) -> bool:
    """ "Bandra West has great food": a district named with a compass word, no person."""
    return m.group("name").split()[-1].lower() in _COMPASS


VETOES = (
    _a_compass_place,
    _no_vehicle_near,
    _no_ones_address,
    _failed_check_digit,
    _an_example,
    _not_a_handle,
    _not_a_place_after_relative,
    _not_a_shouted_name,
)
