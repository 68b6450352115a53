"""Audit notes: a respectful, dated record of an occasional review of an employee's public
posts: what was seen and what was done about it.

The compliance guard reads every note before it is stored: a note records the review, never
the patient, so text that may identify a patient is refused and nothing is saved.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING

from medsocial_tui import clock
from medsocial_tui.errors import ComplianceBlocked, UsageError
from medsocial_tui.models import Stored
from medsocial_tui.records import staff as staff_core
from medsocial_tui.records.acting import guard_context
from medsocial_tui.records.policy import day_so_far
from medsocial_tui.store import Store

if TYPE_CHECKING:
    from medsocial_tui import compliance
    from medsocial_tui.records.acting import Acting


@dataclass(frozen=True)
class AuditNote(staff_core.RecordAboutStaff, Stored):
    reviewed_on: date
    reviewer: str
    seen: str
    action: str
    created_at: str

    READ = {"reviewed_on": date.fromisoformat}


def refuse_patient_information(
    text: str, context: compliance.PracticeContext | None, what: str
) -> None:
    """Raise ComplianceBlocked (naming labels, never the text) when the guard would block;
    blank text (an optional field left empty) has nothing to read."""
    if not text.strip():
        return
    from medsocial_tui import compliance  # its patterns are compiled when first needed

    report = compliance.check_text(text, context)
    if report.blocking:
        labels = sorted(
            {f.label.replace("_", " ") for f in report.findings if f.severity == "block"}
        )
        raise ComplianceBlocked(
            f"the {what} may hold patient information ({', '.join(labels)}); nothing was saved",
            fix="describe it without names, contact details, visit dates or other details "
            "of a patient",
        )


_NOTES = staff_core.RecordsAboutStaff(
    "audit_notes", staff_core.Action.AUDIT, newest_first="reviewed_on", subject="audit_note"
)


def add(
    by: Acting,
    login: str,
    *,
    seen: str,
    action: str = "",
    reviewed_on: date | None = None,
) -> AuditNote:
    """Record a review of ``login``'s public posts (admins only), after the guard has read it.

    Raises ComplianceBlocked, saving nothing, when the note may identify a patient."""
    store, actor = by.store, by.login
    member = _NOTES.about(store, actor, login)
    if not seen.strip():
        raise UsageError("say what was seen", fix='e.g. "3 public posts this quarter; all fine"')
    reviewed_on = day_so_far(store, reviewed_on, "the review date")
    context = guard_context(by)
    refuse_patient_information(seen, context, "note")
    refuse_patient_information(action, context, "action taken")
    row = _NOTES.add(
        store,
        actor,
        member,
        "audit_note.added",
        {
            "reviewer": actor,
            "seen": seen.strip(),
            "action": action.strip(),
            "created_at": clock.to_iso(clock.now()),
        },
        reviewed_on=reviewed_on.isoformat(),
    )
    return AuditNote.from_row(row)


def notes(store: Store, login: str | None = None) -> list[AuditNote]:
    """Audit notes (everyone's, or one person's), newest first."""
    return [AuditNote.from_row(r) for r in _NOTES.rows(store, login)]
