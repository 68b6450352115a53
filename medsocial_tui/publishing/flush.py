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
"""

from __future__ import annotations

import json
import os
import socket
import sqlite3
import sys
import threading
import uuid
from collections import defaultdict, deque
from collections.abc import Awaitable, Callable, Iterable
from dataclasses import dataclass, field, replace
from datetime import datetime, timedelta
from functools import partial
from typing import TYPE_CHECKING, Any, TypeVar

from medsocial_tui import clock
from medsocial_tui.accounts import plugin_calls, rate_waits
from medsocial_tui.accounts.connections import readiness
from medsocial_tui.channel import (
    AuthExpired,
    CannotTell,
    Capability,
    Channel,
    ChannelError,
    HandOff,
    OutcomeUnknown,
    Published,
    PublishRequest,
    Rejected,
    RetryLater,
)
from medsocial_tui.errors import ComplianceBlocked, DatabaseError
from medsocial_tui.home.practice import Practice
from medsocial_tui.models import Delivery, Post
from medsocial_tui.publishing import approvals, states
from medsocial_tui.publishing.queue import draft_for, get
from medsocial_tui.publishing.states import DeliveryState as S
from medsocial_tui.publishing.states import Sql
from medsocial_tui.records import audit
from medsocial_tui.records.audit import ChainCheck
from medsocial_tui.store import Store
from medsocial_tui.store.trouble import explain, kind_of
from medsocial_tui.store.writer import GroupWriter, WriterFailed, WriterStopped
from medsocial_tui.when import duration_words

if TYPE_CHECKING:  # asyncio and httpx are imported where a run sends, not by a dry run
    import asyncio

    import httpx

RUNNER = "flush"
BACKOFF_SECONDS = (60, 300, 900, 3600)
PUBLISH_DEADLINE_SECONDS = 300.0
RECONCILE_DEADLINE_SECONDS = 60.0
DEDUPE_WINDOW = timedelta(minutes=50)
"""How long after an attempt a network that drops repeated requests still recognises its key
(an hour is the usual retention; we stay inside it)."""
DEDUPE_RETRY_DELAY = timedelta(seconds=30)
AHEAD = 2
"""Deliveries each worker keeps claimed beyond the one in flight, where a claim cut short by a
crash can be settled without a person (see :class:`_Lane`)."""

SWITCH_INTERVAL = 0.0005
"""Seconds a thread may hold the GIL while another waits (Python's default is 0.005). The
writer thread releases it for every SQLite call; with the default, each of those can wait
behind the event loop for up to 5 ms, and a delivery makes about fifteen of them."""

T = TypeVar("T")
Write = Callable[[Callable[[Store], T]], Awaitable[T]]
"""Runs a function inside a committed write transaction and returns its result."""


@dataclass(slots=True)
class Outcome:
    """What happened to one delivery in this run."""

    delivery_id: int
    post_id: int
    account_id: str
    state: str
    detail: str = ""
    remote_url: str | None = None
    retry_at: datetime | None = field(default=None, repr=False)

    def as_json(self) -> dict[str, Any]:
        return {
            "delivery_id": self.delivery_id,
            "post_id": self.post_id,
            "account_id": self.account_id,
            "state": self.state,
            "detail": self.detail,
            "remote_url": self.remote_url,
            "retry_at": clock.to_iso(self.retry_at) if self.retry_at else None,
        }


ANSWERABLE = frozenset({S.PUBLISHING, S.UNKNOWN})
"""A network's answer to an attempt is recorded while the delivery is being sent, or after
its lease ran out meanwhile (swept to ``unknown``): it is the answer to that very attempt."""

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

    def as_json(self) -> dict[str, Any]:
        return {
            "started_at": clock.to_iso(self.started_at),
            "dry_run": self.dry_run,
            "counts": self.counts(),
            "swept_to_unknown": self.swept_unknown,
            "left_unknown": self.left_unknown,
            "records": self.records.as_json() if self.records else None,
            "deliveries": [o.as_json() for o in self.outcomes],
        }


def _iso(moment: datetime) -> str:
    return clock.to_iso(moment)


def _outcome(delivery: Delivery | DueRef, state: str, detail: str = "", **more: Any) -> Outcome:
    return Outcome(delivery.id, delivery.post_id, delivery.account_id, state, detail, **more)


def runner_id() -> str:
    return f"{socket.gethostname()}:{os.getpid()}:{uuid.uuid4().hex[:8]}"


def _owner_is_gone(owner: str | None) -> bool:
    """True when the lease belongs to a flush on this host whose process no longer exists.
    A reused process id only makes us wait for the lease to expire: the safe direction."""
    if not owner:
        return True
    host, _, rest = owner.partition(":")
    pid_text = rest.partition(":")[0]
    if host != socket.gethostname() or not pid_text.isdigit():
        return False
    try:
        os.kill(int(pid_text), 0)
    except ProcessLookupError:
        return True
    except PermissionError:
        return False
    return False


# Transitions. Each runs inside an open write transaction and moves a delivery only from the
# state it expects (compare-and-set), with its audit event.


def sweep_expired_leases(store: Store, now: datetime) -> list[int]:
    """Deliveries whose claim expired, or whose flush died, without an outcome become
    ``unknown``: the request may have reached the network."""
    rows = store.db.conn.execute(
        "SELECT id, lease_owner, lease_expires_at FROM deliveries WHERE state=?",
        (S.PUBLISHING.value,),
    ).fetchall()
    ids = [int(r[0]) for r in rows if (r[2] or "") < _iso(now) or _owner_is_gone(r[1])]
    for delivery_id in ids:
        sweep_one(store, delivery_id, now, "interrupted")
    return ids


def sweep_one(store: Store, delivery_id: int, now: datetime, why: str) -> None:
    """One claim without an outcome becomes ``unknown``, with what a person does about it."""
    states.move(
        store.db,
        delivery_id,
        S.PUBLISHING,
        S.UNKNOWN,
        error_kind="lost",
        last_error="the last attempt stopped before its answer was recorded; it may be out: "
        "check the page, then mark it published or retry anyway",
        lease_owner=None,
        lease_expires_at=None,
        updated_at=_iso(now),
    )
    store.db.conn.execute(
        "UPDATE attempts SET finished_at=?, outcome='unknown', detail=?"
        " WHERE delivery_id=? AND finished_at IS NULL",
        (_iso(now), why, delivery_id),
    )
    audit.record(store.db, RUNNER, "delivery.interrupted", "delivery", delivery_id)


def due(store: Store, now: datetime, limit: int = 10_000) -> list[Delivery]:
    rows = store.query(
        "SELECT d.* FROM deliveries d JOIN accounts a ON a.id = d.account_id"
        f" WHERE d.state IN {states.sql_in(states.SENDABLE)} AND d.next_attempt_at <= ?"
        " ORDER BY d.next_attempt_at, d.id LIMIT ?",
        (_iso(now), limit),
    )
    return [Delivery.from_row(r) for r in rows]


@dataclass(frozen=True, slots=True)
class DueRef:
    """A due delivery as a run holds it until its lane claims it: what an outcome names."""

    id: int
    post_id: int
    account_id: str


def due_refs(store: Store, now: datetime) -> list[DueRef]:
    """Every delivery due at ``now``, in the order they fell due, streamed from the cursor
    into compact references (the rows are read when each is claimed): 50,000 due
    deliveries cost a few megabytes, not a row object each."""
    cursor = store.db.conn.execute(
        "SELECT d.id, d.post_id, d.account_id FROM deliveries d"
        " JOIN accounts a ON a.id = d.account_id"
        f" WHERE d.state IN {states.sql_in(states.SENDABLE)} AND d.next_attempt_at <= ?"
        " ORDER BY d.next_attempt_at, d.id",
        (_iso(now),),
    )
    return [DueRef(int(r[0]), int(r[1]), str(r[2])) for r in cursor]


def claim(
    store: Store, delivery: Delivery, runner: str, now: datetime, lease_seconds: int
) -> str | None:
    """Take one delivery for this run; None when another run took it or it changed."""
    attempt_id = uuid.uuid4().hex
    lease = now + timedelta(seconds=lease_seconds)
    moved = states.move(
        store.db,
        delivery.id,
        states.SENDABLE,
        S.PUBLISHING,
        where="next_attempt_at <= ?",
        where_params=(_iso(now),),
        attempt_id=attempt_id,
        lease_owner=runner,
        lease_expires_at=_iso(lease),
        claimed_at=_iso(now),
        attempts=Sql("attempts+1"),
        updated_at=_iso(now),
    )
    if not moved:
        return None
    store.db.conn.execute(
        "INSERT INTO attempts (delivery_id, attempt_id, runner, started_at) VALUES (?, ?, ?, ?)",
        (delivery.id, attempt_id, runner, _iso(now)),
    )
    audit.record(store.db, RUNNER, "delivery.claimed", "delivery", delivery.id, attempt=attempt_id)
    return attempt_id


def late_by(delivery: Delivery, tolerance: timedelta, now: datetime) -> timedelta | None:
    """How late the delivery would go out, when that is beyond its post's tolerance."""
    if delivery.scheduled_at is None:
        return None
    late = now - delivery.scheduled_at
    return late if late > tolerance else None


def hold(store: Store, delivery: Delivery, late: timedelta, now: datetime) -> Outcome | None:
    """A delivery past its post's tolerance waits for a person instead of going out late."""
    message = f"missed its time by {duration_words(late)}; publish now or cancel"
    moved = states.move(
        store.db,
        delivery.id,
        states.SENDABLE,
        S.HELD,
        error_kind="late",
        last_error=message,
        updated_at=_iso(now),
    )
    if not moved:
        return None
    audit.record(
        store.db,
        RUNNER,
        "delivery.held",
        "delivery",
        delivery.id,
        late_minutes=int(late.total_seconds() // 60),
    )
    return _outcome(delivery, S.HELD.value, message)


def hold_unapproved(store: Store, delivery: Delivery, why: str, now: datetime) -> Outcome | None:
    """A delivery whose approval does not match what it would publish waits for a person:
    it is never sent on an approval of something else."""
    message = (
        f"not sent: {why}; an approver must look at it again "
        f"(`medsocial post submit {delivery.post_id}` sends it for review)"
    )
    moved = states.move(
        store.db,
        delivery.id,
        states.SENDABLE,
        S.HELD,
        error_kind="approval",
        last_error=message,
        updated_at=_iso(now),
    )
    if not moved:
        return None
    audit.record(store.db, RUNNER, "delivery.held", "delivery", delivery.id, why="approval")
    return _outcome(delivery, S.HELD.value, message)


def defer(
    store: Store, delivery: Delivery, until: datetime, reason: str, kind: str, now: datetime
) -> Outcome | None:
    """Wait without sending: the account is rate-limited or unreachable in this run."""
    moved = states.move(
        store.db,
        delivery.id,
        states.SENDABLE,
        S.DEFERRED,
        next_attempt_at=_iso(until),
        error_kind=kind,
        last_error=reason,
        updated_at=_iso(now),
    )
    if not moved:
        return None
    audit.record(store.db, RUNNER, "delivery.deferred", "delivery", delivery.id, kind=kind)
    return _outcome(delivery, S.DEFERRED.value, reason, retry_at=until)


def fail_unsent(
    store: Store, delivery: Delivery, message: str, kind: str, now: datetime
) -> Outcome | None:
    """Fail a delivery before any request: it cannot go out as things stand."""
    moved = states.move(
        store.db,
        delivery.id,
        states.SENDABLE,
        S.FAILED,
        error_kind=kind,
        last_error=message,
        updated_at=_iso(now),
    )
    if not moved:
        return None
    if kind == "auth":
        store.db.conn.execute(
            "UPDATE accounts SET auth_status=CASE WHEN auth_status='expired' THEN 'expired'"
            " ELSE 'missing' END, auth_message=? WHERE id=?",
            (message, delivery.account_id),
        )
    audit.record(store.db, RUNNER, "delivery.failed_unsent", "delivery", delivery.id, kind=kind)
    return _outcome(delivery, S.FAILED.value, message)


def record_outcome(
    store: Store,
    delivery: Delivery,
    attempt_id: str,
    state: S,
    *,
    detail: str = "",
    error_kind: str | None = None,
    published: Published | None = None,
    next_attempt_at: datetime | None = None,
) -> Outcome:
    """Commit what the network answered to this attempt. The attempt id must still be the
    delivery's; a delivery swept to ``unknown`` meanwhile (its lease ran out) still takes
    the answer, since it is the answer to that very attempt."""
    now = clock.now()
    more: dict[str, Any] = {}
    if published is not None:
        more.update(remote_id=published.remote_id, remote_url=published.url)
    if next_attempt_at is not None:
        more["next_attempt_at"] = _iso(next_attempt_at)
    changed = states.move(
        store.db,
        delivery.id,
        ANSWERABLE,
        state,
        where="attempt_id=?",
        where_params=(attempt_id,),
        error_kind=error_kind,
        last_error=detail,
        published_at=_iso(now) if state is S.PUBLISHED else None,
        lease_owner=None,
        lease_expires_at=None,
        updated_at=_iso(now),
        **more,
    )
    store.db.conn.execute(
        "UPDATE attempts SET finished_at=?, outcome=?, detail=? WHERE attempt_id=?",
        (_iso(now), state.value, detail[:500], attempt_id),
    )
    if not changed:
        return _outcome(delivery, "superseded", "changed by someone else while it was sent")
    if state is S.PUBLISHED:
        store.db.conn.execute(
            "UPDATE accounts SET last_published_at=?, auth_status='ok', auth_message='' WHERE id=?",
            (_iso(now), delivery.account_id),
        )
    if error_kind == "auth":
        store.db.conn.execute(
            "UPDATE accounts SET auth_status='expired', auth_message=? WHERE id=?",
            (detail, delivery.account_id),
        )
    audit.record(
        store.db,
        RUNNER,
        f"delivery.{state.value}",
        "delivery",
        delivery.id,
        attempt=attempt_id,
        kind=error_kind or "",
    )
    return _outcome(
        delivery,
        state.value,
        detail,
        remote_url=published.url if published else None,
        retry_at=next_attempt_at if state is S.DEFERRED else None,
    )


def settle(
    store: Store,
    delivery: Delivery,
    state: S,
    now: datetime,
    published: Published | None = None,
) -> Outcome | None:
    """Resolve an unknown delivery from what the network said: out, or surely not out."""
    if state is S.PUBLISHED:
        assert published is not None
        changed = states.move(
            store.db,
            delivery.id,
            S.UNKNOWN,
            S.PUBLISHED,
            remote_id=published.remote_id,
            remote_url=published.url,
            published_at=_iso(now),
            error_kind=None,
            last_error="",
            updated_at=_iso(now),
        )
        if changed:
            store.db.conn.execute(
                "UPDATE accounts SET last_published_at=? WHERE id=?",
                (_iso(now), delivery.account_id),
            )
        detail = "it had gone out: found on the network"
    else:
        changed = states.move(
            store.db,
            delivery.id,
            S.UNKNOWN,
            S.SCHEDULED,
            next_attempt_at=_iso(now),
            error_kind=None,
            last_error="",
            updated_at=_iso(now),
        )
        detail = "it had not gone out: the network confirmed; it will be sent"
    if not changed:
        return None
    audit.record(store.db, RUNNER, f"delivery.reconciled_{state.value}", "delivery", delivery.id)
    return _outcome(
        delivery,
        f"reconciled_{state.value}",
        detail,
        remote_url=published.url if published else None,
    )


def note_unknown(store: Store, delivery_id: int, message: str) -> None:
    """Say why an unknown delivery is still waiting (not a change of state)."""
    states.move(
        store.db,
        delivery_id,
        S.UNKNOWN,
        S.UNKNOWN,
        last_error=message,
        updated_at=_iso(clock.now()),
    )


def _save_progress(
    store: Store, delivery_id: int, attempt_id: str, progress: dict[str, Any]
) -> None:
    store.db.conn.execute(
        "UPDATE deliveries SET progress=? WHERE id=? AND attempt_id=?",
        (json.dumps(progress), delivery_id, attempt_id),
    )


# What a publish attempt's failure means.


def _backoff(attempts: int) -> timedelta:
    return timedelta(seconds=BACKOFF_SECONDS[min(max(attempts, 1), len(BACKOFF_SECONDS)) - 1])


def classify(channel: Channel, delivery: Delivery, exc: BaseException) -> tuple[S, dict[str, Any]]:
    """The state and words for a failed publish, from the plugin's typed error. Anything not
    recognised may have reached the network, so it is ``unknown``; a network that drops
    repeated requests gets the same request again a little later instead."""
    state, fields = _classify(channel, delivery, exc)
    if state is S.UNKNOWN and channel.dedupes_retries and delivery.attempts < len(BACKOFF_SECONDS):
        return S.DEFERRED, {
            "error_kind": "retry_safe",
            "detail": f"{fields['detail']}; {channel.title} drops repeats, so it will be sent "
            "again safely",
            "next_attempt_at": clock.now() + DEDUPE_RETRY_DELAY,
        }
    if state is S.UNKNOWN:
        fields["detail"] += (
            "; it may be out: check the page, then mark it published or retry anyway"
        )
    return state, fields


def _classify(channel: Channel, delivery: Delivery, exc: BaseException) -> tuple[S, dict[str, Any]]:
    later = clock.now() + _backoff(delivery.attempts + 1)
    if isinstance(exc, RetryLater):
        return S.DEFERRED, {
            "detail": exc.message,
            "error_kind": "rate",
            "next_attempt_at": exc.retry_at or later,
        }
    if isinstance(exc, AuthExpired):
        return S.FAILED, {
            "detail": f"the account needs reconnecting: {exc.message}",
            "error_kind": "auth",
        }
    if isinstance(exc, Rejected):
        return S.FAILED, {"detail": exc.message, "error_kind": "rejected"}
    if isinstance(exc, HandOff):
        return S.TODO, {"detail": exc.message, "error_kind": "manual"}
    if isinstance(exc, OutcomeUnknown):
        return S.UNKNOWN, {"detail": exc.message, "error_kind": "unknown"}
    import httpx

    if isinstance(exc, (httpx.ConnectError, httpx.ConnectTimeout)):
        return S.DEFERRED, {
            "detail": f"could not reach {channel.title}: {type(exc).__name__}",
            "error_kind": "network",
            "next_attempt_at": later,
        }
    if isinstance(exc, (httpx.HTTPError, TimeoutError)):
        return S.UNKNOWN, {
            "detail": f"no answer from {channel.title} ({type(exc).__name__})",
            "error_kind": "unknown",
        }
    return S.UNKNOWN, {
        "detail": f"the {channel.plugin_name} plugin failed: {type(exc).__name__}",
        "error_kind": "unknown",
    }


# Reconcile: ask the networks about unknown deliveries.


def _can_reconcile(channel: Channel) -> bool:
    return Capability.RECONCILE in channel.capabilities


def _inline_writes(practice: Practice) -> Write[Any]:
    async def write(fn: Callable[[Store], T]) -> T:
        with practice.store.write():
            return fn(practice.store)

    return write


async def reconcile(
    practice: Practice,
    client: httpx.AsyncClient,
    delivery_ids: list[int] | None = None,
    *,
    grace: timedelta | None = None,
    write: Write[Any] | None = None,
) -> list[Outcome]:
    """Ask the networks that can tell whether unknown deliveries went out.

    Found: published. Surely absent, and the attempt is older than the grace period (a
    network's list may lag behind a create): scheduled again. Otherwise the delivery keeps
    waiting for a person, with the reason. Deliveries of one account are checked as many at
    a time as its channel allows; accounts are checked side by side."""
    import asyncio

    write = write or _inline_writes(practice)
    grace = (
        grace if grace is not None else timedelta(seconds=practice.config.reconcile_grace_seconds)
    )
    where = "state=?"
    params: list[Any] = [S.UNKNOWN.value]
    if delivery_ids:
        where += f" AND id IN ({','.join('?' * len(delivery_ids))})"
        params.extend(delivery_ids)
    rows = await write(
        lambda store: store.query(f"SELECT * FROM deliveries WHERE {where} ORDER BY id", params)
    )
    limits: dict[str, asyncio.Semaphore] = {}
    outcomes: list[Outcome] = []

    async def check(row: dict[str, Any]) -> None:
        delivery = Delivery.from_row(row)
        try:
            channel = practice.channel_for(delivery.account_id)
        except Exception as exc:  # noqa: BLE001 - no plugin: a person decides
            message = getattr(exc, "what", type(exc).__name__)
            await write(lambda s: note_unknown(s, delivery.id, f"cannot be checked: {message}"))
            return
        claimed = clock.parse_utc(row["claimed_at"]) if row["claimed_at"] else None
        if channel.dedupes_retries and not _can_reconcile(channel):
            if claimed is not None and clock.now() - claimed < DEDUPE_WINDOW:
                settled = await write(lambda s: settle(s, delivery, S.SCHEDULED, clock.now()))
                if settled:
                    outcomes.append(settled)
                return
        if not _can_reconcile(channel):
            await write(
                lambda s: note_unknown(
                    s,
                    delivery.id,
                    f"{channel.title} offers no way to check whether it went out: look at "
                    "the page, then mark it published or retry anyway",
                )
            )
            return
        sem = limits.setdefault(delivery.account_id, asyncio.Semaphore(channel.max_concurrency))
        async with sem:
            await _check_one(practice, client, channel, delivery, row, grace, write, outcomes)

    await all_or_none(check(row) for row in rows)
    return sorted(outcomes, key=lambda o: o.delivery_id)


async def _check_one(
    practice: Practice,
    client: httpx.AsyncClient,
    channel: Channel,
    delivery: Delivery,
    row: dict[str, Any],
    grace: timedelta,
    write: Write[Any],
    outcomes: list[Outcome],
) -> None:
    import httpx

    post = await write(lambda s: get(s, delivery.post_id))
    claimed_at = clock.parse_utc(row["claimed_at"]) if row["claimed_at"] else clock.now()
    request = PublishRequest(
        delivery_id=delivery.id,
        attempt_id=row["attempt_id"] or "",
        idempotency_key=delivery.idempotency_key,
        account=practice.account(delivery.account_id),
        draft=draft_for(practice, post, delivery.account_id),
        scheduled_at=delivery.scheduled_at,
        claimed_at=claimed_at,
        progress=dict(delivery.progress),
    )
    past_grace = clock.now() - claimed_at >= grace

    async def find() -> Published | None:
        return await channel.find_existing(client, request)

    async def look() -> Published | None:
        if not past_grace:
            return await find()
        from medsocial_tui import channelkit

        return await channelkit.absent_twice(find, practice.config.reconcile_recheck_seconds)

    try:
        found = await plugin_calls.call_channel(
            channel,
            request.account,
            look,
            plugin_calls.checked_found,
            deadline=RECONCILE_DEADLINE_SECONDS,
        )
    except CannotTell as exc:
        words = f"{exc.message}: look at the page, then mark it published or retry anyway"
        await write(lambda s: note_unknown(s, delivery.id, words))
        outcomes.append(_outcome(delivery, S.UNKNOWN.value, words))
        return
    except (ChannelError, httpx.HTTPError, TimeoutError) as exc:
        message = getattr(exc, "message", type(exc).__name__)
        await write(
            lambda s: note_unknown(
                s,
                delivery.id,
                f"could not check with {channel.title} ({message}); it will be checked again "
                "at the next flush",
            )
        )
        return
    except Exception as exc:  # noqa: BLE001 - a plugin bug must not stop the others
        kind = type(exc).__name__
        await write(
            lambda s: note_unknown(
                s,
                delivery.id,
                f"the {channel.plugin_name} plugin failed to check ({kind}); "
                "look at the page, then mark it published or retry anyway",
            )
        )
        return
    now = clock.now()
    settled: Outcome | None = None
    if found is not None:
        settled = await write(lambda s: settle(s, delivery, S.PUBLISHED, now, published=found))
    elif past_grace:
        settled = await write(lambda s: settle(s, delivery, S.SCHEDULED, now))
    else:
        await write(
            lambda s: note_unknown(
                s,
                delivery.id,
                f"not on {channel.title} yet; checking again at the next flush before "
                "sending again",
            )
        )
    if settled:
        outcomes.append(settled)


# One run.


@dataclass
class _Ticket:
    """A delivery claimed by this run: committed, so its request may be sent."""

    delivery: Delivery
    attempt_id: str
    post: Post
    claimed_at: datetime


@dataclass(frozen=True)
class _Block:
    """Why an account's other deliveries are not sent in this run."""

    kind: str
    reason: str
    until: datetime | None = None


@dataclass
class _Lane:
    """One account's due deliveries in this run, and what this run learned about it.

    ``ahead`` is how many deliveries each worker keeps claimed beyond the one in flight, so
    the next request leaves while the last outcome commits. Only where the network can say
    later whether a post went out (reconcile, or it drops repeats): a claim made ahead and cut
    short by a crash is then settled without a person."""

    account_id: str
    channel: Channel
    waiting: deque[int]
    not_connected: str | None = None
    block: _Block | None = None

    @property
    def ahead(self) -> int:
        recoverable = _can_reconcile(self.channel) or self.channel.dedupes_retries
        return AHEAD if recoverable else 0

    @property
    def workers(self) -> int:
        return max(1, min(self.channel.max_concurrency, len(self.waiting)))

    def learn(self, verdict: tuple[S, dict[str, Any]]) -> None:
        """Once an account is rate-limited, unreachable or refused, its other deliveries in
        this run are not sent: they wait for the reset, or fail with the same reason."""
        state, fields = verdict
        kind = fields.get("error_kind")
        if state is S.DEFERRED and kind in ("rate", "network"):
            until = fields.get("next_attempt_at") or clock.now()
            current = self.block
            if current is None or (current.until is not None and until > current.until):
                self.block = _Block(kind, fields["detail"], until)
        elif state is S.FAILED and kind == "auth":
            self.block = _Block("auth", fields["detail"])

    def unsent_verdict(self, now: datetime) -> tuple[S, dict[str, Any]] | None:
        """The outcome for a delivery this run will not send, or None to send it."""
        block = self.block
        if block is None:
            return None
        if block.kind == "auth":
            detail = (
                block.reason
                if block.reason.startswith("not sent")
                else (f"not sent: {block.reason}")
            )
            return S.FAILED, {"detail": detail, "error_kind": "auth"}
        if block.until is not None and block.until > now:
            return S.DEFERRED, {
                "detail": block.reason,
                "error_kind": block.kind,
                "next_attempt_at": block.until,
            }
        return None


class _Recent(dict):  # type: ignore[type-arg]
    """A dict that forgets its oldest entries beyond ``size``: a post's deliveries to its
    accounts are prepared close together, so a run's memory stays flat however many posts."""

    def __init__(self, size: int = 256) -> None:
        super().__init__()
        self.size = size

    def __setitem__(self, key: Any, value: Any) -> None:
        super().__setitem__(key, value)
        while len(self) > self.size:
            del self[next(iter(self))]


class _Preparer:
    """Everything before a request, on the writer thread, in the transaction that claims."""

    def __init__(self, practice: Practice, runner: str) -> None:
        self.practice = practice
        self.runner = runner
        self._posts: dict[int, tuple[str, Post]] = _Recent()
        self._on_writer: Practice | None = None
        self._verdicts: dict[tuple[int, str, str], str | None] = _Recent(1024)
        self._approved: dict[tuple[int, str], str | None] = _Recent()

    def _post(self, store: Store, post_id: int, stamp: str) -> Post:
        """The post, read again only when it changed since this run last read it."""
        cached = self._posts.get(post_id)
        if cached is not None and cached[0] == stamp:
            return cached[1]
        post = get(store, post_id)
        self._posts[post_id] = (stamp, post)
        return post

    def claim_next(
        self, store: Store, lane: _Lane, want: int
    ) -> tuple[list[_Ticket], list[Outcome]]:
        """Claim up to ``want`` of the lane's sendable deliveries. Deliveries that must not go
        out now (late, not connected, the account blocked, the guard) are settled on the way."""
        tickets: list[_Ticket] = []
        stopped: list[Outcome] = []
        while lane.waiting and len(tickets) < want:
            delivery_id = lane.waiting.popleft()
            store.db.conn.execute("SAVEPOINT prepare")
            try:
                ticket, outcome = self._prepare(store, lane, delivery_id)
            except Exception as exc:  # noqa: BLE001 - one bad delivery must not stop the lane
                if kind_of(exc) is not None or not store.db.conn.in_transaction:
                    raise
                store.db.conn.execute("ROLLBACK TO prepare")
                ticket, outcome = None, self._skipped(store, delivery_id, exc)
            store.db.conn.execute("RELEASE prepare")
            if outcome is not None:
                stopped.append(outcome)
            if ticket is not None:
                tickets.append(ticket)
        return tickets, stopped

    def _skipped(self, store: Store, delivery_id: int, exc: Exception) -> Outcome | None:
        row = store.one("SELECT * FROM deliveries WHERE id=?", (delivery_id,))
        if row is None:
            return None
        words = getattr(exc, "what", None) or type(exc).__name__
        return _outcome(Delivery.from_row(row), "skipped", f"not sent: could not prepare ({words})")

    def _prepare(
        self, store: Store, lane: _Lane, delivery_id: int
    ) -> tuple[_Ticket | None, Outcome | None]:
        now = clock.now()
        row = store.one(
            "SELECT d.*, p.updated_at AS post_updated_at FROM deliveries d"
            " JOIN posts p ON p.id = d.post_id WHERE d.id=?",
            (delivery_id,),
        )
        if (
            row is None
            or row["state"] not in states.SENDABLE
            or not row["next_attempt_at"]
            or row["next_attempt_at"] > _iso(now)
        ):
            return None, None
        delivery = Delivery.from_row(row)
        post = self._post(store, delivery.post_id, row["post_updated_at"])
        stamp = (post.id, row["post_updated_at"])
        if stamp not in self._approved:
            self._approved[stamp] = approvals.why_not_sendable(
                store.db, self.practice.home.root, self.practice.config, post.id
            )
        unapproved = self._approved[stamp]
        if unapproved is not None:
            return None, hold_unapproved(store, delivery, unapproved, now)
        minutes = (
            self.practice.config.late_tolerance_minutes
            if post.tolerance_minutes is None
            else post.tolerance_minutes
        )
        late = late_by(delivery, timedelta(minutes=minutes), now)
        if late is not None:
            return None, hold(store, delivery, late, now)
        if lane.not_connected:
            return None, fail_unsent(store, delivery, lane.not_connected, "auth", now)
        unsent = lane.unsent_verdict(now)
        if unsent is not None:
            state, fields = unsent
            if state is S.FAILED:
                return None, fail_unsent(store, delivery, fields["detail"], "auth", now)
            until, kind = fields["next_attempt_at"], fields["error_kind"]
            return None, defer(store, delivery, until, fields["detail"], kind, now)
        blocked = self._guard(store, delivery, post, now)
        if blocked is not None:
            return None, blocked
        media_problem = self._media(post)
        if media_problem is not None:
            return None, fail_unsent(store, delivery, media_problem, "media", now)
        attempt_id = claim(store, delivery, self.runner, now, self.practice.config.lease_seconds)
        if attempt_id is None:
            return None, None
        return _Ticket(delivery, attempt_id, post, now), None

    def _media(self, post: Post) -> str | None:
        """Each attachment is the file that was attached (its SHA-256), a plain file inside
        media/; checked once per version of the post in a run."""
        from medsocial_tui.compose import media

        key = (post.id, self._posts[post.id][0], "\x00media")
        if key not in self._verdicts:
            self._verdicts[key] = media.sending_problem(self.practice, post.media)
        return self._verdicts[key]

    def _guard(self, store: Store, delivery: Delivery, post: Post, now: datetime) -> Outcome | None:
        """The compliance guard runs again just before sending (the roster may have changed).
        A blocked delivery fails with the kinds of identifiers found, never the text. A post
        going to several accounts with the same text is checked once per version of it."""
        from medsocial_tui.publishing import guard

        if self._on_writer is None or self._on_writer.store is not store:
            self._on_writer = replace(self.practice, store=store)
        account = self.practice.config.account(delivery.account_id)
        text = post.text_for(delivery.account_id, account.channel if account else "")
        key = (post.id, self._posts[post.id][0], text)
        if key not in self._verdicts:
            try:
                guard.require_clean(self._on_writer, post, only_account=delivery.account_id)
                self._verdicts[key] = None
            except ComplianceBlocked as exc:
                self._verdicts[key] = f"{exc.what}; {exc.fix}"
        blocked = self._verdicts[key]
        if blocked is None:
            return None
        return fail_unsent(store, delivery, blocked, "compliance", now)


def dry_run_report(practice: Practice, started: datetime, *, keep: bool = True) -> FlushReport:
    """What a flush would do now, changing nothing."""
    report = FlushReport(started_at=started, dry_run=True, keep=keep)
    posts: dict[int, Post] = {}
    verdicts: dict[int, str | None] = {}
    for d in due(practice.store, started):
        if d.post_id not in posts:
            posts[d.post_id] = get(practice.store, d.post_id)
        post = posts[d.post_id]
        minutes = (
            practice.config.late_tolerance_minutes
            if post.tolerance_minutes is None
            else post.tolerance_minutes
        )
        late = late_by(d, timedelta(minutes=minutes), started)
        if d.post_id not in verdicts:
            verdicts[d.post_id] = approvals.why_not_sendable(
                practice.store.db, practice.home.root, practice.config, d.post_id
            )
        unapproved = verdicts[d.post_id]
        if unapproved is not None:
            report.add(_outcome(d, "would_hold", f"not sent: {unapproved}"))
        elif late is not None:
            report.add(_outcome(d, "would_hold", f"missed its time by {duration_words(late)}"))
        else:
            report.add(_outcome(d, "would_publish"))
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
    import asyncio

    if dry_run:
        return dry_run(practice, keep=keep)
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
    sent = _Sent(runner_id())
    own_client = client is None
    client = client or practice.http_client()
    failure: WriterFailed | WriterStopped | None = None
    try:
        if records.ok and records.checked:
            await writer.run(lambda s: audit.advance_checkpoint(s.db, records))
        report.swept_unknown = await writer.run(lambda s: sweep_expired_leases(s, clock.now()))
        for outcome in await reconcile(practice, client, write=writer.run):
            tell(outcome)
        if stop is None or not stop.is_set():
            candidates = await writer.run(lambda s: due_refs(s, clock.now()))
            await _publish(practice, client, writer, candidates, tell, stop, sent)
            del candidates
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
        if own_client:
            await client.aclose()
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


@dataclass
class _Sent:
    """This run's claims whose request may have left: after a database failure they become
    ``unknown``; the run's other claims are released."""

    runner: str
    attempts: set[str] = field(default_factory=set)


def _recorded(sent: _Sent, attempt_id: str, future: asyncio.Future[Any]) -> None:
    """Once an attempt's outcome is committed it is no longer in flight: forget it, so the
    run keeps only what is in flight however many deliveries it sends."""
    if not future.cancelled() and future.exception() is None:
        sent.attempts.discard(attempt_id)


def _writer_for(practice: Practice, stop_now: threading.Event | None) -> GroupWriter:
    writer = GroupWriter(
        practice.reopen_store,
        busy_seconds=practice.config.busy_timeout_seconds,
        path=practice.home.database_path,
    )
    if stop_now is not None:
        writer.stop = stop_now
    return writer.start()


async def _relay_stop(stop: asyncio.Event, writer: GroupWriter) -> None:
    """A stop asked of the run also makes the writer give up waiting for a busy database."""
    await stop.wait()
    writer.stop.set()


def release_claims(store: Store, runner: str, sent: set[str], now: datetime) -> None:
    """After a failed run: claims whose request may have left become ``unknown``; the
    others go back to ``scheduled`` as if never claimed."""
    rows = store.query(
        "SELECT id, attempt_id FROM deliveries WHERE state=? AND lease_owner=?",
        (S.PUBLISHING.value, runner),
    )
    for row in rows:
        if row["attempt_id"] in sent:
            sweep_one(store, int(row["id"]), now, "flush stopped before the answer was recorded")
            continue
        states.move(
            store.db,
            int(row["id"]),
            S.PUBLISHING,
            S.SCHEDULED,
            where="attempt_id=?",
            where_params=(row["attempt_id"],),
            attempts=Sql("max(attempts-1, 0)"),
            lease_owner=None,
            lease_expires_at=None,
            updated_at=_iso(now),
        )
        store.db.conn.execute(
            "UPDATE attempts SET finished_at=?, outcome='released', detail='not sent'"
            " WHERE attempt_id=?",
            (_iso(now), row["attempt_id"]),
        )


async def _release_after_failure(practice: Practice, sent: _Sent) -> None:
    """Try once, briefly, on a fresh connection; a database still failing leaves the claims
    to the next run, which sees their flush is gone."""
    import asyncio

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


async def all_or_none(coros: Iterable[Awaitable[Any]]) -> None:
    """Run side by side; when one fails, cancel the others and raise its error."""
    import asyncio

    tasks = [asyncio.ensure_future(c) for c in coros]
    try:
        await asyncio.gather(*tasks)
    except BaseException:
        for task in tasks:
            task.cancel()
        await asyncio.gather(*tasks, return_exceptions=True)
        raise


def _unknown_ids(store: Store) -> list[int]:
    rows = store.query("SELECT id FROM deliveries WHERE state = ? ORDER BY id", [S.UNKNOWN.value])
    return [int(row["id"]) for row in rows]


async def _publish(
    practice: Practice,
    client: httpx.AsyncClient,
    writer: GroupWriter,
    candidates: list[DueRef],
    tell: Callable[[Outcome | None], None],
    stop: asyncio.Event | None,
    sent: _Sent,
) -> None:
    """Send the due deliveries, each account in its own lane, all lanes side by side."""
    import asyncio

    preparer = _Preparer(practice, sent.runner)
    deadline = min(PUBLISH_DEADLINE_SECONDS, practice.config.lease_seconds * 0.8)
    by_account: dict[str, list[DueRef]] = defaultdict(list)
    for d in candidates:
        by_account[d.account_id].append(d)
    candidates.clear()
    lanes: list[_Lane] = []
    for account_id, deliveries in by_account.items():
        try:
            channel = practice.channel_for(account_id)
            not_connected = readiness(practice, account_id).what_to_do()
        except Exception as exc:  # noqa: BLE001 - no plugin or account: say so, send nothing
            words = getattr(exc, "what", None) or type(exc).__name__
            for d in deliveries:
                tell(_outcome(d, "skipped", words))
            continue
        lane = _Lane(account_id, channel, deque(d.id for d in deliveries), not_connected)
        wait = await writer.run(partial(_shared_wait, account_id=account_id))
        if wait is not None:
            lane.block = _Block("rate", wait.reason, wait.until)
        lanes.append(lane)
    by_account.clear()

    def stopping() -> bool:
        return stop is not None and stop.is_set()

    async def collect(
        pending: Awaitable[tuple[Outcome, list[_Ticket], list[Outcome]]],
    ) -> list[_Ticket]:
        outcome, tickets, stopped = await pending
        for each in (outcome, *stopped):
            tell(each)
        return tickets

    async def worker(lane: _Lane) -> None:
        """Send the lane's deliveries one at a time. Each outcome is handed to the writer the
        moment it is known; the next claimed delivery leaves without waiting for that commit."""
        first = 0 if stopping() else 1 + lane.ahead
        tickets, stopped = await writer.run(lambda s: preparer.claim_next(s, lane, first))
        for outcome in stopped:
            tell(outcome)
        claimed = deque(tickets)
        pending: deque[tuple[asyncio.Future[Any], int]] = deque()
        try:
            while claimed or pending:
                if not claimed:
                    claimed.extend(await collect(pending.popleft()[0]))
                    continue
                ticket = claimed.popleft()
                verdict = lane.unsent_verdict(clock.now())
                if verdict is None:
                    sent.attempts.add(ticket.attempt_id)
                    verdict = await _send(practice, client, lane.channel, ticket, writer, deadline)
                lane.learn(verdict)
                while pending and pending[0][0].done():
                    claimed.extend(await collect(pending.popleft()[0]))
                expected = sum(want for _future, want in pending)
                want = 0 if stopping() else max(0, 1 + lane.ahead - len(claimed) - expected)
                job = partial(
                    _finish, preparer=preparer, lane=lane, ticket=ticket, verdict=verdict, want=want
                )
                # nobody waits for this commit while the worker has claimed deliveries to
                # send: it may share a later one (the claims it makes are handed over only
                # once committed, so every request still leaves after its durable claim)
                urgent = not claimed or stopping() or lane.ahead == 0
                future = asyncio.ensure_future(writer.run(job, urgent=urgent))
                future.add_done_callback(partial(_recorded, sent, ticket.attempt_id))
                pending.append((future, want))
        finally:
            for future, _want in pending:
                future.cancel()
            await asyncio.gather(*(f for f, _ in pending), return_exceptions=True)

    await all_or_none(worker(lane) for lane in lanes for _ in range(lane.workers))


def _shared_wait(store: Store, account_id: str) -> rate_waits.Wait | None:
    """A rate-limit wait the inbox recorded for the account (see :mod:`rate_waits`)."""
    return rate_waits.account_wait(store, account_id, deliveries=False)


def _finish(
    store: Store,
    preparer: _Preparer,
    lane: _Lane,
    ticket: _Ticket,
    verdict: tuple[S, dict[str, Any]],
    want: int,
) -> tuple[Outcome, list[_Ticket], list[Outcome]]:
    """Record a sent delivery's outcome and claim the lane's next ones, in one transaction:
    nothing but database work sits between the answer and its commit."""
    state, fields = verdict
    outcome = record_outcome(store, ticket.delivery, ticket.attempt_id, state, **fields)
    tickets, stopped = preparer.claim_next(store, lane, want)
    return outcome, tickets, stopped


async def _send(
    practice: Practice,
    client: httpx.AsyncClient,
    channel: Channel,
    ticket: _Ticket,
    writer: GroupWriter,
    deadline: float,
) -> tuple[S, dict[str, Any]]:
    """Send one claimed delivery; the state and fields its outcome will be recorded with."""
    import asyncio

    delivery = ticket.delivery

    account = practice.account(delivery.account_id)
    hide = plugin_calls.scrub_for(account)

    def checkpoint(update: dict[str, Any]) -> None:
        request.progress = {**request.progress, **plugin_calls.scrub_value(update, hide)}
        progress = dict(request.progress)
        writer.call(lambda s: _save_progress(s, delivery.id, ticket.attempt_id, progress))

    request = PublishRequest(
        delivery_id=delivery.id,
        attempt_id=ticket.attempt_id,
        idempotency_key=delivery.idempotency_key,
        account=account,
        draft=draft_for(practice, ticket.post, delivery.account_id),
        scheduled_at=delivery.scheduled_at,
        claimed_at=ticket.claimed_at,
        progress=dict(delivery.progress),
        checkpoint=checkpoint,
    )
    try:
        published = await plugin_calls.call_channel(
            channel,
            account,
            lambda: channel.publish(client, request),
            plugin_calls.checked_published,
            deadline=deadline,
        )
    except (KeyboardInterrupt, SystemExit, asyncio.CancelledError, WriterFailed, WriterStopped):
        raise
    except BaseException as exc:  # noqa: BLE001 - every failure is classified and recorded
        return classify(channel, delivery, exc)
    return S.PUBLISHED, {"published": published}
