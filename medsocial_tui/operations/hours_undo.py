"""The hours changes made, and undoing one: the special hours put back as they were, what
of the notice has not gone out stopped, and a correction posted where it may be seen."""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

import httpx

from medsocial_tui import clock
from medsocial_tui.channel import SpecialHours
from medsocial_tui.errors import InvalidTransition
from medsocial_tui.home.practice import Practice
from medsocial_tui.models import Post, from_row
from medsocial_tui.operations.hours import (
    NOTICE_TOLERANCE_MINUTES,
    AccountOutcome,
    ChangeKind,
    HoursChange,
    HoursResult,
    Reason,
    hours_from_json,
)
from medsocial_tui.operations.hours_apply import HoursAnswer, set_everywhere
from medsocial_tui.operations.hours_plan import plan
from medsocial_tui.operations.hours_words import core_sentence, correction_texts, post_words
from medsocial_tui.publishing import queue
from medsocial_tui.records import audit
from medsocial_tui.records.staff import Action, require_login


@dataclass(frozen=True)
class HoursRecord:
    """One hours change as stored."""

    id: int
    reason: Reason
    kind: ChangeKind
    days: tuple[date, ...]
    details: dict[str, Any]
    """The change's times and note as stored (``opens``, ``closes``...)."""
    previous: dict[str, list[dict[str, Any]]]
    """Per account id, the special-hours periods the changed days had before (as JSON):
    what an undo sets again."""
    post_id: int | None
    """The notice posted about the change; None when no account was to post one."""
    correction_post_id: int | None
    """The correction its undo posted where the notice may have been seen; None before an
    undo, or when no account that may have shown the notice could take one."""
    created_by: str
    created_at: datetime
    undone_at: datetime | None

    def change(self) -> HoursChange:
        """The change as made (its reason, kind, days and times)."""
        return HoursChange(
            self.reason,
            self.kind,
            self.days,
            self.details.get("opens"),
            self.details.get("closes"),
        )

    def describe(self, today: date | None = None) -> str:
        return f"{core_sentence(self.change(), today)} ({self.reason.label.split(' (')[0]})"


def _record(row: dict[str, Any]) -> HoursRecord:
    return from_row(
        HoursRecord,
        row,
        reason=Reason(row["reason"]),
        kind=ChangeKind(row["change"]),
        days=tuple(date.fromisoformat(d) for d in json.loads(row["days"])),
        details=json.loads(row["details"]),
        previous=json.loads(row["previous_special_hours"]),
        created_at=clock.parse_utc(row["created_at"]),
        undone_at=clock.parse_utc(row["undone_at"]) if row["undone_at"] else None,
    )


def get(practice: Practice, change_id: int) -> HoursRecord:
    fix = "`medsocial hours-change list`"
    return _record(practice.store.by_id("hours_changes", change_id, "hours change", fix))


def recent(practice: Practice, limit: int = 20) -> list[HoursRecord]:
    rows = practice.store.query("SELECT * FROM hours_changes ORDER BY id DESC LIMIT ?", (limit,))
    return [_record(r) for r in rows]


def last_undoable(practice: Practice) -> HoursRecord | None:
    row = practice.store.one(
        "SELECT * FROM hours_changes WHERE undone_at IS NULL ORDER BY id DESC LIMIT 1"
    )
    return _record(row) if row else None


def _stop_unsent(practice: Practice, post_id: int) -> set[str]:
    """Cancel what of the notice has not gone out; the accounts where it may be out."""
    try:
        queue.cancel(practice, post_id, reason="hours change undone")
    except InvalidTransition:
        pass
    post = queue.get(practice.store, post_id)
    return {d.account_id for d in post.deliveries if d.state.value != "canceled"}


async def undo(
    practice: Practice, change_id: int, *, client: httpx.AsyncClient | None = None
) -> HoursResult:
    """Put back the special hours as they were, stop what has not gone out, and post a
    correction where the notice may already be seen."""
    actor = require_login(practice.store, practice.login, Action.HOURS_CHANGE)
    record = get(practice, change_id)
    if record.undone_at is not None:
        raise InvalidTransition(f"hours change {change_id} was already undone")
    seen, outcomes = _stop_notice(practice, record)
    correction, told = _post_correction(practice, record, seen)
    outcomes += told
    jobs = _previous_hours(practice, record)
    results = await set_everywhere(practice, jobs, client) if jobs else {}
    outcomes += _record_undo(practice, actor.login, record, results, correction)
    return HoursResult(
        change_id,
        correction.id if correction else None,
        correction.status if correction else "",
        tuple(outcomes),
    )


def _stop_notice(practice: Practice, record: HoursRecord) -> tuple[set[str], list[AccountOutcome]]:
    """Stop what of the notice has not gone out: the accounts where it may be seen, and a
    line for each account where it was stopped in time."""
    if not record.post_id:
        return set(), []
    seen = _stop_unsent(practice, record.post_id)
    post = queue.get(practice.store, record.post_id)
    stopped = [
        AccountOutcome(d.account_id, True, "notice stopped before it went out")
        for d in post.deliveries
        if d.account_id not in seen
    ]
    return seen, stopped


def _post_correction(
    practice: Practice, record: HoursRecord, seen: set[str]
) -> tuple[Post | None, list[AccountOutcome]]:
    """A correction on every account where the notice may be seen and which can take it."""
    usable = [a for a in sorted(seen) if practice.config.account(a) is not None]
    if not usable:
        return None, []
    outcomes: list[AccountOutcome] = []
    today = practice.today()
    change = record.change()
    the_plan = plan(practice, change, correction_texts(practice, change, today))
    fits = {a.account_id: a for a in the_plan.accounts}
    targets = [a for a in usable if a in fits and fits[a].posts]
    for account_id in usable:
        if account_id not in targets:
            words = fits[account_id].skipped if account_id in fits else "account not found"
            outcomes.append(AccountOutcome(account_id, False, f"no correction: {words}"))
    if not targets:
        return None, outcomes
    compose = queue.Compose(
        text=the_plan.master_text,
        accounts=targets,
        kind="hours_change",
        overrides={a: fits[a].text for a in targets if fits[a].text != the_plan.master_text},
        options={"hours_change_correction": record.id},
        scheduled_at=clock.now(),
        tolerance_minutes=NOTICE_TOLERANCE_MINUTES,
    )
    correction = queue.create(practice, compose, action=Action.HOURS_CHANGE)
    correction = queue.submit_urgent(
        practice,
        correction.id,
        action=Action.HOURS_CHANGE,
        review=practice.config.hours_change_review,
    )
    for account_id in targets:
        words = post_words(fits[account_id], correction.status).removeprefix("notice ")
        outcomes.append(AccountOutcome(account_id, True, "correction " + words))
    return correction, outcomes


def _previous_hours(
    practice: Practice, record: HoursRecord
) -> dict[str, tuple[list[SpecialHours], list[date]]]:
    """What each account still configured had on the changed days: its earlier periods to
    set again, and the days that had none to clear."""
    jobs: dict[str, tuple[list[SpecialHours], list[date]]] = {}
    for account_id, items in record.previous.items():
        if practice.config.account(account_id) is None:
            continue
        before = hours_from_json(items)
        had = {h.day for h in before}
        jobs[account_id] = (before, [d for d in record.days if d not in had])
    return jobs


def _record_undo(
    practice: Practice,
    actor: str,
    record: HoursRecord,
    results: dict[str, HoursAnswer],
    correction: Post | None,
) -> list[AccountOutcome]:
    """Record the undo and what each account's special hours did, in one transaction; a
    change undone meanwhile by someone else is refused."""
    change_id = record.id
    outcomes: list[AccountOutcome] = []
    with practice.store.write() as db:
        for account_id, answer in results.items():
            if answer.ok:
                words = "special hours put back as they were"
            elif answer.unsure:
                words = f"special hours UNSURE, maybe not put back: {answer.words}"
            else:
                words = f"special hours NOT put back: {answer.words}"
            outcomes.append(AccountOutcome(account_id, answer.ok, words))
            audit.record(
                db,
                actor,
                "hours_change.special_hours_restored"
                if answer.ok
                else "hours_change.restore_failed",
                "hours_change",
                change_id,
                account=account_id,
                **({} if answer.ok else {"error": answer.words[:200]}),
            )
        changed = db.conn.execute(
            "UPDATE hours_changes SET undone_at=?, correction_post_id=? WHERE id=? AND"
            " undone_at IS NULL",
            (clock.to_iso(clock.now()), correction.id if correction else None, change_id),
        ).rowcount
        if not changed:
            raise InvalidTransition(f"hours change {change_id} was undone meanwhile")
        audit.record(
            db,
            actor,
            "hours_change.undone",
            "hours_change",
            change_id,
            correction_post_id=correction.id if correction else None,
            restored=[a for a, answer in results.items() if answer.ok],
        )
    return outcomes
