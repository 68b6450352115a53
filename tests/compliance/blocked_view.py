"""What the guard blocks in a text, as the clean-text tests compare it: each blocking
finding but health detail, as ``label:words`` ("name:Allegra", "geo:Leeds"), no practice
configured. One helper for the test files that assert a clean text stays clean and its
twin still blocks (before, each of them wrote its own copy); ``blocked_words``, the
words of every blocking finding, for the rule tests that compare those (ten files had a
copy of it); and ``blocked_by_rule``, the words one named rule blocks (two clinician test
files had a copy)."""

from __future__ import annotations

from medsocial_tui.compliance import PracticeContext, find_phi


def blocked_identifiers(text: str) -> list[str]:
    """``label:words`` of every blocking finding of ``text`` but health detail."""
    return [
        f"{f.label}:{text[f.start : f.end]}"
        for f in find_phi(text)
        if f.severity == "block" and f.label != "health_detail"
    ]


def blocked_words(text: str) -> list[str]:
    """The words of every blocking finding of ``text`` (health detail too), in order."""
    return [text[f.start : f.end] for f in find_phi(text) if f.severity == "block"]


def blocked_by_rule(text: str, rule: str, ctx: PracticeContext | None = None) -> list[str]:
    """The words of each blocking finding of ``text`` whose reason ends with ``rule``
    ("[name.clinician_in_care_message]"), with ``ctx`` the practice or none."""
    return [
        text[f.start : f.end]
        for f in find_phi(text, ctx)
        if f.severity == "block" and f.reason.endswith(rule)
    ]
