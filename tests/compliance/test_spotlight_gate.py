"""``rules.drop_vetoed_names`` runs the staff-spotlight veto only in a text holding one of
``_SPOTLIGHT_WORDS``: every way ``_STAFF_SPOTLIGHT`` can match must hold one of them, or
a word added to the pattern alone would be silently skipped."""

from __future__ import annotations

from re import _constants as sre  # type: ignore[attr-defined]
from re import _parser as sre_parse  # type: ignore[attr-defined]
from typing import Any

from medsocial_tui.compliance import rules

WORDS = rules._SPOTLIGHT_WORDS.pattern.split("|")


def _holds_word(items: Any) -> bool:
    """Whether every match of the parsed ``items`` holds one of ``WORDS``: a run of
    literal letters holds one, or a group (or alternation) whose every branch does."""
    run = ""
    for op, value in items:
        if op is sre.LITERAL:
            run += chr(value).lower()
            if any(word in run for word in WORDS):
                return True
            continue
        run = ""
        if op is sre.SUBPATTERN and _holds_word(value[3]):
            return True
        if op is sre.BRANCH and all(_holds_word(branch) for branch in value[1]):
            return True
    return False


def test_every_spotlight_match_holds_a_gate_word() -> None:
    parsed = sre_parse.parse(rules._STAFF_SPOTLIGHT.pattern, rules._STAFF_SPOTLIGHT.flags)
    assert _holds_word(list(parsed))


def test_the_check_can_fail() -> None:
    assert not _holds_word(list(sre_parse.parse(r"\b(?:employee|colleague)\b")))
