"""Publish what is due, at most once per delivery, with every outcome recorded at once.

For each due delivery: a committed claim (``publishing``, an attempt id and a lease) comes
before the request, and the outcome is committed right after it. A lease that expires, or
whose flush died, with no outcome means ``unknown`` (the request may have reached the
network), never a blind retry; unknown deliveries are reconciled with the networks that can
tell, and wait for a person otherwise.

Each account is a lane with as many workers as its channel allows in flight. Database work
runs on one writer thread (:class:`~medsocial_tui.store.writer.GroupWriter`), so requests keep
flowing while commits wait for the disk; a worker's outcome and its next claim share one
transaction, and transactions that are ready together share one fsync.

This module is the run (and its report); what is due and claiming it is in :mod:`.claims`,
sending in :mod:`.sending`, recording outcomes in :mod:`.outcomes`, and asking the networks
about unknown deliveries in :mod:`.reconcile`.
"""

from __future__ import annotations

import sqlite3
import sys
import threading
from collections import defaultdict
from collections.abc import Callable, Iterator
from contextlib import AbstractContextManager, contextmanager
from dataclasses import dataclass, field
from datetime import datetime, timedelta, tzinfo
from functools import partial
from typing import TYPE_CHECKING, Any

from medsocial_tui import clock
from medsocial_tui.errors import DatabaseError
from medsocial_tui.home.practice import Practice
from medsocial_tui.publishing.claims import (
    due_accounts,
    due_deliveries,
    gathering_attempts,
    late_by,
    sweep_expired_leases,
)
from medsocial_tui.publishing.outcomes import Outcome, outcome_of
from medsocial_tui.publishing.states import DeliveryState as S
from medsocial_tui.records import audit, records_key
from medsocial_tui.store.trouble import explain
from medsocial_tui.when import duration_words

if TYPE_CHECKING:  # what only a run that sends needs: a dry run imports none of it
    import asyncio

    import httpx

    from medsocial_tui.publishing.claims import Sent
    from medsocial_tui.records.audit import ChainCheck
    from medsocial_tui.store import Database, Store
    from medsocial_tui.store.writer import GroupWriter, WriterFailed, WriterStopped

SWITCH_INTERVAL = 0.0005
"""Seconds a thread may hold the GIL while another waits (Python's default is 0.005). The
writer thread releases it for every SQLite call; with the default, each of those can wait
behind the event loop for up to 5 ms, and a delivery makes about fifteen of them."""

RECORDS_BROKEN_EXIT = 12
BAD = frozenset({S.FAILED.value, S.UNKNOWN.value, "skipped"})
QUIET = frozenset({S.PUBLISHED.value, "reconciled_published", "would_publish"})
"""Outcomes a run without ``keep`` only counts: nothing about them needs a person."""


@dataclass
class FlushReport:
    started_at: datetime
    dry_run: bool = False
    outcomes: list[Outcome] = field(default_factory=list)
    """Every outcome when ``keep`` (``--json``, tests); else only those a person may need to
    read (failed, unknown, held, deferred ...): a run of 50,000 deliveries keeps counts, not
    50,000 records."""
    swept_unknown: list[int] = field(default_factory=list)
    left_unknown: list[int] = field(default_factory=list)
    """Every delivery still ``unknown`` when the run ended, this run's or an earlier one's."""
    db_seconds: float = 0.0
    """Time the writer thread spent on this run's database work (off the event loop)."""
    db_transactions: int = 0
    records: ChainCheck | None = None
    """The audit chain as this run found it (checked from the last sealed checkpoint)."""
    keep: bool = True
    _counts: dict[str, int] = field(default_factory=lambda: defaultdict(int), repr=False)
    _last: dict[int, str] = field(default_factory=dict, repr=False)
    """The last state of each delivery handled whose last state is not a quiet one (or that
    this run swept to unknown: its later outcome says it is settled)."""

    def add(self, outcome: Outcome) -> None:
        self._counts[outcome.state] += 1
        if outcome.state in QUIET and outcome.delivery_id not in self.swept_unknown:
            self._last.pop(outcome.delivery_id, None)
        else:
            self._last[outcome.delivery_id] = outcome.state
        if self.keep or outcome.state not in QUIET:
            self.outcomes.append(outcome)

    def counts(self) -> dict[str, int]:
        return dict(self._counts)

    def final_states(self) -> dict[int, str]:
        """Each delivery handled whose last outcome in this run is not a quiet one
        (published), with that outcome; swept deliveries not handled since are unknown."""
        last = {delivery_id: S.UNKNOWN.value for delivery_id in self.swept_unknown}
        last.update(self._last)
        return last

    @property
    def exit_code(self) -> int:
        """12 when the audit chain does not hold; else 1 when a delivery this run touched is
        left failed or skipped, or when any delivery is still unknown (until reconcile or a
        person settles it, every run says so)."""
        if self.records is not None and not self.records.ok:
            return RECORDS_BROKEN_EXIT
        return 1 if BAD & set(self.final_states().values()) or self.left_unknown else 0

    def as_json(self, tz: tzinfo | None = None) -> dict[str, Any]:
        """The run as one JSON object; with ``tz`` (the practice's zone) each delivery also
        has ``retry_at_local``."""
        return {
            "started_at": clock.to_iso(self.started_at),
            "dry_run": self.dry_run,
            "counts": self.counts(),
            "swept_to_unknown": self.swept_unknown,
            "left_unknown": self.left_unknown,
            "records": self.records.as_json() if self.records else None,
            "deliveries": [o.as_json(tz) for o in self.outcomes],
        }


def dry_run_report(practice: Practice, started: datetime, *, keep: bool = True) -> FlushReport:
    """What a flush would do now, changing nothing."""
    from medsocial_tui.publishing import approvals

    report = FlushReport(started_at=started, dry_run=True, keep=keep)
    tolerances: dict[int, int | None] = {}
    verdicts: dict[int, str | None] = {}
    for d in due_deliveries(practice.store, clock.to_iso(started)):
        if d.post_id not in tolerances:
            row = practice.store.db.conn.execute(
                "SELECT tolerance_minutes FROM posts WHERE id=?", (d.post_id,)
            ).fetchone()
            tolerances[d.post_id] = row[0] if row else None
        tolerance = tolerances[d.post_id]
        minutes = practice.config.late_tolerance_minutes if tolerance is None else tolerance
        late = late_by(d, timedelta(minutes=minutes), started)
        if d.post_id not in verdicts:
            verdicts[d.post_id] = approvals.why_not_sendable(
                practice.store.db, practice.home.root, practice.config, d.post_id
            )
        unapproved = verdicts[d.post_id]
        if unapproved is not None:
            report.add(outcome_of(d, "would_hold", f"not sent: {unapproved}"))
        elif late is not None:
            report.add(outcome_of(d, "would_hold", f"missed its time by {duration_words(late)}"))
        else:
            report.add(outcome_of(d, "would_publish"))
    return report


def _records(practice: Practice) -> ChainCheck:
    """The audit chain from its last sealed checkpoint, as every run checks it first."""
    from medsocial_tui.records import audit_head

    try:
        return audit_head.check(practice, incremental=True)
    except sqlite3.Error as exc:
        raise explain(exc, practice.home.database_path) from None


def dry_run(practice: Practice, *, keep: bool = True) -> FlushReport:
    """What a flush would do now, changing nothing (no event loop, no network library)."""
    started = clock.now()
    records = _records(practice)
    report = dry_run_report(practice, started, keep=keep)
    report.records = records
    return report


_preview = dry_run
""":func:`dry_run` under a name :func:`run` can reach: its ``dry_run`` flag hides it."""


async def run(
    practice: Practice,
    *,
    dry_run: bool = False,
    client: httpx.AsyncClient | None = None,
    on_outcome: Callable[[Outcome], None] | None = None,
    stop: asyncio.Event | None = None,
    stop_now: threading.Event | None = None,
    keep: bool = True,
) -> FlushReport:
    """One flush: sweep dead claims, reconcile unknowns, hold late deliveries, publish the
    rest. When ``stop`` is set, nothing new is claimed; requests in flight finish and are
    recorded. ``stop_now`` (set from a signal handler, on any thread) also makes waits for a
    busy database give up at once.

    Raises :class:`RunFailed` when the database fails the run (busy past its deadline, disk
    full, read-only, the writer gone): deliveries whose request may have left become
    ``unknown`` and the others are released, where the database still allows it.
    ``keep`` keeps every outcome in the report; without it, only those a person may need
    (the rest are counted), so memory stays flat however many deliveries are due."""
    if dry_run:
        return _preview(practice, keep=keep)
    import asyncio

    from medsocial_tui.publishing.claims import Sent, runner_id
    from medsocial_tui.store.writer import WriterFailed, WriterStopped

    started = clock.now()
    records = _records(practice)

    report = FlushReport(started_at=started, records=records, keep=keep)
    practice.plugins  # noqa: B018 - load once, before the writer thread's copy shares them

    def tell(outcome: Outcome | None) -> None:
        if outcome is None:
            return
        report.add(outcome)
        if on_outcome:
            on_outcome(outcome)

    switch_interval = sys.getswitchinterval()
    sys.setswitchinterval(min(switch_interval, SWITCH_INTERVAL))
    writer = _writer_for(practice, stop_now)
    relay = asyncio.ensure_future(_relay_stop(stop, writer)) if stop is not None else None
    sent = Sent(runner_id())
    opened: list[httpx.AsyncClient] = []

    def network() -> httpx.AsyncClient:
        """The client, made when the run first has a request to make: a run with nothing
        due and nothing to reconcile imports no network library."""
        if client is not None:
            return client
        if not opened:
            opened.append(practice.http_client())
        return opened[0]

    failure: WriterFailed | WriterStopped | None = None
    try:
        opening = await writer.run(partial(_opening, records=records))
        report.swept_unknown, any_unknown, (until, accounts) = opening
        if any_unknown:
            from medsocial_tui.publishing.reconcile import reconcile

            for outcome in await reconcile(practice, network(), write=writer.run):
                tell(outcome)
            until, accounts = await writer.run(_due_now)  # reconcile may have made some due
        if (stop is None or not stop.is_set()) and accounts:
            from medsocial_tui.publishing.sending import publish_due

            await publish_due(practice, network(), writer, until, tell, stop, sent, accounts)
        report.left_unknown = await writer.run(_unknown_ids)
    except (WriterFailed, WriterStopped) as exc:
        failure = exc
    finally:
        if relay is not None:
            relay.cancel()
        loop = asyncio.get_running_loop()
        await loop.run_in_executor(None, writer.close, CLOSE_SECONDS)
        report.db_seconds, report.db_transactions = writer.busy_seconds, writer.transactions
        sys.setswitchinterval(switch_interval)
        for each in opened:
            await each.aclose()
    if failure is not None:
        await _release_after_failure(practice, sent)
        raise RunFailed(failure, report)
    return report


CLOSE_SECONDS = 5.0
"""How long the end of a run waits for the writer thread to finish its last commit."""
RELEASE_SECONDS = 1.0
"""How long a failed run tries to release its claims before leaving them to the next run."""


class RunFailed(Exception):
    """The database failed the run; ``error`` says why in words, ``report`` holds what
    happened before."""

    def __init__(self, cause: WriterFailed | WriterStopped, report: FlushReport) -> None:
        from medsocial_tui.store.writer import WriterFailed

        if isinstance(cause, WriterFailed):
            error = cause.error
        else:
            error = DatabaseError(
                "flush was asked to stop while it waited for the database",
                fix="nothing was left half-written; the next flush settles what was in flight",
            )
        super().__init__(error.what)
        self.error = error
        self.report = report


def _writer_for(practice: Practice, stop_now: threading.Event | None) -> GroupWriter:
    from medsocial_tui.store.writer import GroupWriter

    writer = GroupWriter(
        practice.reopen_store,
        busy_seconds=practice.config.busy_timeout_seconds,
        path=practice.home.database_path,
        around=_each_transaction,
    )
    if stop_now is not None:
        writer.stop = stop_now
    return writer.start()


def _each_transaction(store: Store) -> AbstractContextManager[object]:
    """Around each of the writer's transactions, and each job in it: the record key is read
    once per transaction (when first asked for: a key gone or readable by others still
    stops the first write that records an event), and the transaction's audit events are
    written in one statement just before it commits (a job undone drops its own), as are
    the records of the attempts it ends. The stat of the key and each statement are a wait
    for the interpreter lock on the writer thread while the event loop sends. Around a job
    inside such a transaction, only what the job gathered is dropped when it fails
    (:class:`_JobMarks`): three nested context managers per delivery did nothing more."""
    db = store.db
    if (
        db.gathered_events is not None
        and db.gathered_attempts is not None
        and records_key.is_read_once(db)
    ):
        return _JobMarks(db)
    return _gathering_transaction(store)


@contextmanager
def _gathering_transaction(store: Store) -> Iterator[None]:
    with (
        records_key.read_once(store.db),
        audit.gathering(store.db),
        gathering_attempts(store.db),
    ):
        yield


class _JobMarks:
    """One job inside a transaction that gathers: what the nested ``read_once``,
    ``audit.gathering`` and ``gathering_attempts`` do there, in one step (the key stays read;
    a job that fails drops the events and attempt records it gathered, and the transaction's
    guess of the chain's head goes back to what it was before the job)."""

    __slots__ = ("_attempts", "_db", "_events", "_head")

    def __init__(self, db: Database) -> None:
        self._db = db
        self._events = self._attempts = 0
        self._head: tuple[bytes | None, str] | None = None

    def __enter__(self) -> None:
        db = self._db
        assert db.gathered_events is not None and db.gathered_attempts is not None
        self._events, self._attempts = len(db.gathered_events), len(db.gathered_attempts)
        self._head = db.chain_head

    def __exit__(self, kind: type[BaseException] | None, *_rest: object) -> None:
        if kind is None:
            return
        db = self._db
        if db.gathered_events is not None:
            del db.gathered_events[self._events :]
        if db.gathered_attempts is not None:
            del db.gathered_attempts[self._attempts :]
        db.chain_head = self._head


async def _relay_stop(stop: asyncio.Event, writer: GroupWriter) -> None:
    """A stop asked of the run also makes the writer give up waiting for a busy database."""
    await stop.wait()
    writer.stop.set()


async def _release_after_failure(practice: Practice, sent: Sent) -> None:
    """Try once, briefly, on a fresh connection; a database still failing leaves the claims
    to the next run, which sees their flush is gone."""
    import asyncio

    from medsocial_tui.publishing.claims import release_claims
    from medsocial_tui.store.writer import GroupWriter, WriterFailed, WriterStopped

    writer = GroupWriter(
        practice.reopen_store,
        busy_seconds=min(RELEASE_SECONDS, practice.config.busy_timeout_seconds),
        path=practice.home.database_path,
    ).start()
    try:
        job = partial(release_claims, runner=sent.runner, sent=sent.attempts, now=clock.now())
        await writer.run(job, timeout=RELEASE_SECONDS * 2)
    except (WriterFailed, WriterStopped):
        pass
    finally:
        await asyncio.get_running_loop().run_in_executor(None, writer.close, CLOSE_SECONDS)


def _opening(store: Store, records: ChainCheck) -> tuple[list[int], bool, tuple[str, list[str]]]:
    """A run's first transaction (one commit, one fsync, one wait for the writer, where
    three were): the head the chain check found whole is sealed as the next checkpoint, the
    claims whose lease ran out or whose flush died become ``unknown``, and whether any
    delivery is unknown; with none, what is due now and the accounts it is due to (else
    those are read after reconcile, which may make some due)."""
    if records.ok and records.checked:
        audit.advance_checkpoint(store.db, records)
    swept = sweep_expired_leases(store, clock.now())
    if _any_unknown(store):
        return swept, True, ("", [])
    return swept, False, _due_now(store)


def _due_now(store: Store) -> tuple[str, list[str]]:
    """The moment (ISO UTC) a run publishes what is due at, and the accounts due by then."""
    until = clock.to_iso(clock.now())
    return until, due_accounts(store, until)


def _any_unknown(store: Store) -> bool:
    """Whether any delivery is ``unknown`` (reconcile has something to ask about)."""
    row = store.db.conn.execute(
        "SELECT 1 FROM deliveries WHERE state = ? LIMIT 1", (S.UNKNOWN.value,)
    ).fetchone()
    return row is not None


def _unknown_ids(store: Store) -> list[int]:
    rows = store.query("SELECT id FROM deliveries WHERE state = ? ORDER BY id", [S.UNKNOWN.value])
    return [int(row["id"]) for row in rows]
