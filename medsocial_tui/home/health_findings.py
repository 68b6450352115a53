"""One line of the doctor's report, as every health check returns it (the guard's findings are
:mod:`medsocial_tui.compliance.findings`)."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Finding:
    """One line of the doctor's report: ``severity`` is problem, warning or notice."""

    area: str
    ok: bool
    message: str
    fix: str = ""
    severity: str = "problem"

    @classmethod
    def warning(cls, area: str, message: str, fix: str = "") -> Finding:
        """Something to put right soon; medsocial still works meanwhile."""
        return cls(area, False, message, fix, severity="warning")
