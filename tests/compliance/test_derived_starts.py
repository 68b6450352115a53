"""Start words read off a rule's pattern (``rules.derived_starts``, guard-speed7): a rule
with no ``starts`` whose every match opens with a literal word after a word boundary is
tried at those words alone. ``test_rule_gates.py`` checks, for every rule, that it finds
there what a scan of its whole pattern finds; this checks the reading itself."""

from __future__ import annotations

import re

from medsocial_tui.compliance import rules
from medsocial_tui.compliance import text as guard_text


def test_words_after_a_boundary_give_their_heads() -> None:
    assert rules.derived_starts(r"\b(?i:fitted|placed|x-?rayed|had[ \t]+my)[ \t]+on", 0) == (
        "fit had pla x"
    )
    assert rules.derived_starts(r"(?:^|\b)(?:my|our)\s+son", re.I) == "my our"
    # an optional word before: either may open the match
    assert rules.derived_starts(r"\b(?:dear[ \t]+)?(?:mum|dad)\b", 0) == "dad dea mum"


def test_no_heads_where_a_match_may_open_otherwise() -> None:
    assert rules.derived_starts(r"(?i:attended|school),", 0) == ""  # inside a word
    assert rules.derived_starts(r"\b[A-Z]\w+ Clinic", 0) == ""  # a class
    assert rules.derived_starts(r"\b(?:my|[a-z]+'s) doctor", 0) == ""  # one branch a class
    assert rules.derived_starts(r"(?:\(|,)[ \t]*\d+", 0) == ""  # punctuation
    assert rules.derived_starts(r"\b(?:x)?", 0) == ""  # may be empty
    assert rules.derived_starts(r"\bborn", re.ASCII) == ""  # an ASCII-only boundary
    assert rules.derived_starts(r"\b(?:é|e)tat", 0) == ""  # a letter beyond ASCII


def test_a_rule_without_starts_of_its_own_is_tried_at_its_words() -> None:
    rule = next(
        r
        for r in rules.FACILITY_RULES + rules.IDENTIFIER_RULES
        if r.name == "date.care_on_day_month"
    )
    assert "fit" in rule.starts.split() and rule.at_words_only
    text = "My son had his brace fitted on 24/10 and refitted on 3/11."
    starts = guard_text.word_starts(text)
    assert starts is not None
    found = [m.span() for m in rule.matches(text)]
    assert found == [m.span() for m in rule.pattern.finditer(text)]
    assert found  # "fitted on 24/10" (and "refitted" is no start: \b is not inside it)
