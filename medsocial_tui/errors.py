"""Errors for people: each says what happened, where, and what to do next.

The faces (CLI, TUI) show these; the core raises them. Every kind has its own exit code so a
cron job or a script can tell them apart.
"""

from __future__ import annotations

from typing import Any


class MedsocialError(Exception):
    """Base of every error medsocial shows to a person."""

    exit_code: int = 2
    title: str = "medsocial could not do that"

    def __init__(self, what: str, *, where: str | None = None, fix: str | None = None) -> None:
        super().__init__(what)
        self.what = what
        self.where = where
        self.fix = fix

    def __init_subclass__(
        cls, *, code: int | None = None, title: str | None = None, **kwargs: Any
    ) -> None:
        """A kind of error as one line, ``class HomeError(MedsocialError, code=3, title=...)``:
        its exit code and the heading a person reads (left out: its parent's)."""
        super().__init_subclass__(**kwargs)
        if code is not None:
            cls.exit_code = code
        if title is not None:
            cls.title = title

    def for_people(self) -> str:
        """The whole message as lines a person reads top to bottom."""
        lines = [f"{self.title}: {self.what}"]
        if self.where:
            lines.append(f"  where: {self.where}")
        if self.fix:
            lines.append(f"  what to do: {self.fix}")
        return "\n".join(lines)


class UsageError(MedsocialError, code=2, title="Cannot do that"): ...


class HomeError(MedsocialError, code=3, title="Practice home folder problem"): ...


class ConfigError(MedsocialError, code=4, title="Practice config problem"): ...


class SecretsError(MedsocialError, code=5, title="Secrets problem"): ...


class DatabaseError(MedsocialError, code=6, title="Database problem"): ...


class DatabaseTooNew(DatabaseError, code=7, title="Database written by a newer medsocial"): ...


class PermissionDenied(MedsocialError, code=8, title="Not allowed"): ...


class NotFound(MedsocialError, code=9, title="Not found"): ...


class InvalidTransition(MedsocialError, code=10, title="That change is not possible now"): ...


class ComplianceBlocked(MedsocialError, code=11, title="Stopped by the compliance guard"): ...


class RecordsBroken(MedsocialError, code=12, title="The audit records do not hold"): ...


class NoTerminal(MedsocialError, code=13, title="No terminal to open the app in"): ...


class GuardBroken(MedsocialError, code=14, title="The compliance guard cannot run"): ...
