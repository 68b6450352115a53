"""The compliance guard: finds what must not leave the practice (patient identifiers,
undisclosed endorsements, unverified sources, care discussed in public replies).

No Textual here and no network named: the TUI and the CLI both call these functions.
The names below are imported on first use, so loading one part of the guard (the built-in
checks, which plugin loading registers) does not load the PHI rules and word lists.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from medsocial_tui.compliance.context import PracticeContext, RosterChecker
    from medsocial_tui.compliance.findings import BLOCK, WARN, Finding, Report
    from medsocial_tui.compliance.phi import find_phi
    from medsocial_tui.compliance.report import check_text

_HOMES = {
    "PracticeContext": "context",
    "RosterChecker": "context",
    "BLOCK": "findings",
    "WARN": "findings",
    "Finding": "findings",
    "Report": "findings",
    "find_phi": "phi",
    "check_text": "report",
}

__all__ = [
    "BLOCK",
    "WARN",
    "Finding",
    "PracticeContext",
    "Report",
    "RosterChecker",
    "check_text",
    "find_phi",
]


def __getattr__(name: str) -> Any:
    if name not in _HOMES:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(f"{__name__}.{_HOMES[name]}"), name)
    globals()[name] = value
    return value
