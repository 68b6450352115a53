"""Training on the policy: who was trained on what, when, and when they are due again.

Everyone is trained when hired and every year after (annual by default). A person with no
training on record counts as due, so a new hire shows up on the overdue list until trained.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING

from medsocial_tui import clock
from medsocial_tui.errors import InvalidTransition, UsageError
from medsocial_tui.models import Stored
from medsocial_tui.records import staff as staff_core
from medsocial_tui.records.acting import guard_context
from medsocial_tui.records.audit_notes import refuse_patient_information
from medsocial_tui.records.policy import add_months, day_so_far, today
from medsocial_tui.store import Store

if TYPE_CHECKING:
    from medsocial_tui.records.acting import Acting

DEFAULT_TOPIC = "Social-media and internet-use policy"
REPEAT_AFTER_MONTHS = 12
DUE_SOON_DAYS = 30


@dataclass(frozen=True)
class TrainingRecord(staff_core.RecordAboutStaff, Stored):
    topic: str
    completed_on: date
    next_due: date
    trainer: str
    notes: str
    recorded_by: str
    recorded_at: str

    READ = {"completed_on": date.fromisoformat, "next_due": date.fromisoformat}


@dataclass(frozen=True)
class TrainingStatus:
    """Where one active person stands on one topic (``topic`` is None: nothing on record)."""

    staff_id: int
    login: str
    name: str
    topic: str | None
    last_completed: date | None
    next_due: date | None

    def overdue(self, on: date) -> bool:
        return self.next_due is None or self.next_due < on

    def due_soon(self, on: date) -> bool:
        """Not overdue yet, but due within ``DUE_SOON_DAYS`` of ``on``."""
        return self.next_due is not None and 0 <= (self.next_due - on).days <= DUE_SOON_DAYS

    def words(self, on: date) -> str:
        if self.next_due is None:
            return "no training on record"
        if self.next_due < on:
            return f"OVERDUE since {self.next_due.isoformat()}"
        if self.due_soon(on):
            return f"due {self.next_due.isoformat()}"
        return f"trained {self.last_completed.isoformat() if self.last_completed else '?'}"


_TRAINING = staff_core.RecordsAboutStaff(
    "training", staff_core.Action.RECORD_TRAINING, newest_first="completed_on", subject="training"
)


def record(
    by: Acting,
    login: str,
    *,
    topic: str = DEFAULT_TOPIC,
    completed_on: date | None = None,
    next_due: date | None = None,
    trainer: str = "",
    notes: str = "",
) -> TrainingRecord:
    """Record a training session (admins only). Next due defaults to a year later. The
    guard reads the notes first (see :func:`.audit_notes.refuse_patient_information`)."""
    store, actor = by.store, by.login
    member = _TRAINING.about(store, actor, login)
    if not member.active:
        raise InvalidTransition(f"{member.name} is deactivated")
    if not topic.strip():
        raise UsageError("a training record needs a topic")
    completed_on = day_so_far(
        store, completed_on, "training completed on", fix="record it once it has happened"
    )
    next_due = next_due or add_months(completed_on, REPEAT_AFTER_MONTHS)
    if next_due <= completed_on:
        raise UsageError(f"next due ({next_due}) must come after completion ({completed_on})")
    refuse_patient_information(notes, guard_context(by), "training note")
    row = _TRAINING.add(
        store,
        actor,
        member,
        "training.recorded",
        {
            "trainer": trainer.strip(),
            "notes": notes.strip(),
            "recorded_by": actor,
            "recorded_at": clock.to_iso(clock.now()),
        },
        topic=topic.strip(),
        completed_on=completed_on.isoformat(),
        next_due=next_due.isoformat(),
    )
    return TrainingRecord.from_row(row)


def records(store: Store, login: str | None = None) -> list[TrainingRecord]:
    """Training on record (everyone's, or one person's), newest first."""
    return [TrainingRecord.from_row(r) for r in _TRAINING.rows(store, login)]


def statuses(store: Store) -> list[TrainingStatus]:
    """Each active person's latest training per topic; people with none get one empty row."""
    latest: dict[tuple[int, str], TrainingRecord] = {}
    for r in sorted(records(store), key=lambda r: (r.completed_on, r.id)):
        latest[(r.staff_id, r.topic)] = r
    result: list[TrainingStatus] = []
    for member in staff_core.everyone(store):
        mine = [r for (sid, _), r in latest.items() if sid == member.id]
        if not mine:
            result.append(TrainingStatus(member.id, member.login, member.name, None, None, None))
        for r in sorted(mine, key=lambda r: r.topic):
            result.append(
                TrainingStatus(
                    member.id, member.login, member.name, r.topic, r.completed_on, r.next_due
                )
            )
    return result


def person_status(store: Store, staff_id: int) -> TrainingStatus | None:
    """The one line that matters for a person: their most pressing topic."""
    mine = [s for s in statuses(store) if s.staff_id == staff_id]
    if not mine:
        return None
    return min(mine, key=lambda s: s.next_due or date.min)


def overdue(store: Store, on: date | None = None) -> list[TrainingStatus]:
    """Active people whose training is past due, or who have none on record."""
    on = on or today(store)
    return [s for s in statuses(store) if s.overdue(on)]
