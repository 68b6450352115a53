"""One line of the doctor's report, as every health check returns it (the guard's findings are
:mod:`medsocial_tui.compliance.findings`)."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Finding:
    """One line of the doctor's report."""

    area: str
    """What was looked at: permissions, config, an account, the inbox..."""
    ok: bool
    """Nothing to do: the report still lists what was checked."""
    message: str
    """What was found, in words; never a secret or a patient's details."""
    fix: str = ""
    """What to do about it (a command to run, a file to edit); empty when there is nothing to do."""
    severity: str = "problem"
    """Of a finding that is not ok: problem, warning or notice."""

    @classmethod
    def warning(cls, area: str, message: str, fix: str = "") -> Finding:
        """Something to put right soon; medsocial still works meanwhile."""
        return cls(area, False, message, fix, severity="warning")
