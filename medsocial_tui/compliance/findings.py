"""What the guard found: one ``Finding`` per span of text, gathered in a ``Report``."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Literal

Severity = Literal["block", "warn"]
BLOCK: Severity = "block"
WARN: Severity = "warn"


@dataclass(frozen=True)
class Finding:
    """A span of ``text[start:end]`` that should not leave the practice as written.

    ``label`` names the kind of identifier (``name``, ``date``, ``phone`` ...) or check
    (``link_source``, ``endorsement``, ``care_in_reply``); ``reason`` says why in words for a
    person and never repeats the text found.
    """

    start: int
    end: int
    label: str
    reason: str
    severity: Severity = BLOCK
    check: str = "phi"

    def to_dict(self) -> dict[str, object]:
        """Offsets and words only: the caller has the text, logs must not."""
        return {
            "start": self.start,
            "end": self.end,
            "label": self.label,
            "severity": self.severity,
            "reason": self.reason,
            "check": self.check,
        }


@dataclass(frozen=True)
class Report:
    """Everything the guard found in one text, in text order."""

    findings: list[Finding] = field(default_factory=list)

    @property
    def blocking(self) -> bool:
        """True when at least one finding must stop the text until an approver overrides."""
        return any(f.severity == BLOCK for f in self.findings)

    @property
    def blocking_labels(self) -> list[str]:
        """The labels that block, for messages and audit events that must not carry text."""
        return sorted({f.label for f in self.findings if f.severity == BLOCK})

    def to_dict(self) -> dict[str, object]:
        return {"blocking": self.blocking, "findings": [f.to_dict() for f in self.findings]}


def group_finding(
    m: re.Match[str], group: int | str, label: str, reason: str, rule: str
) -> Finding:
    """The finding for one group of a rule's match, its reason ending with the rule's id
    (``… [phone.shaped]``), as every finder's reason does."""
    return Finding(m.start(group), m.end(group), label, f"{reason} [{rule}]")
