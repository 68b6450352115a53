"""The compliance guard (first cut: structured identifiers only; names come with issue 7)."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any


@dataclass(frozen=True)
class Finding:
    start: int
    end: int
    label: str
    reason: str
    severity: str = "block"


@dataclass(frozen=True)
class PracticeContext:
    phones: tuple[str, ...] = ()
    website: str = ""


@dataclass(frozen=True)
class Report:
    findings: list[Finding] = field(default_factory=list)

    @property
    def blocking(self) -> bool:
        return any(f.severity == "block" for f in self.findings)


_PATTERNS = (
    ("ssn", re.compile(r"\b\d{3}-\d{2}-\d{4}\b"), "a Social Security number"),
    ("email", re.compile(r"\b[\w.+-]+@[\w-]+\.[\w.]+\b"), "an email address"),
    ("phone", re.compile(r"\(?\b\d{3}\)?[ .-]\d{3}[ .-]\d{4}\b"), "a phone number"),
)


def find_phi(text: str, context: PracticeContext | None = None) -> list[Finding]:
    digits_own = {re.sub(r"\D", "", p)[-10:] for p in (context.phones if context else ())}
    found = []
    for label, pattern, what in _PATTERNS:
        for m in pattern.finditer(text):
            if label == "phone" and re.sub(r"\D", "", m.group())[-10:] in digits_own:
                continue
            found.append(Finding(m.start(), m.end(), label, f"looks like {what}"))
    return sorted(found, key=lambda f: f.start)


def check_text(
    text: str, context: PracticeContext | None = None, checks: Any = (), *, is_reply: bool = False
) -> Report:
    return Report(find_phi(text, context))
