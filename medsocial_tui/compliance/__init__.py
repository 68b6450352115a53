"""The compliance guard: finds what must not leave the practice (patient identifiers,
undisclosed endorsements, unverified sources, care discussed in public replies).

No Textual here and no network named: the TUI and the CLI both call these functions.
"""

from __future__ import annotations

from medsocial_tui.compliance.context import PracticeContext, RosterChecker
from medsocial_tui.compliance.findings import BLOCK, WARN, Finding, Report
from medsocial_tui.compliance.phi import find_phi
from medsocial_tui.compliance.report import check_text

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
