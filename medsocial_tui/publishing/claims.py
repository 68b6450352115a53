"""What is due, and taking it: a committed claim (``publishing``, an attempt id and a lease)
before any request; claims whose flush died or whose lease ran out become ``unknown``;
a failed run's claims are released. Each function runs inside an open write transaction
and moves a delivery only from the state it expects (compare-and-set), with its audit
event."""

from __future__ import annotations

import itertools
import os
import socket
import uuid
from collections.abc import Iterator
from contextlib import AbstractContextManager
from dataclasses import dataclass, field
from dataclasses import fields as dataclass_fields
from datetime import datetime, timedelta
from typing import Any

from medsocial_tui import clock
from medsocial_tui.models import Delivery
from medsocial_tui.publishing import states
from medsocial_tui.publishing.states import DeliveryState as S
from medsocial_tui.publishing.states import Sql
from medsocial_tui.records import audit
from medsocial_tui.store import Database, Store, gathering

RUNNER = "flush"
DUE_PAGE = 200
"""Due deliveries a lane reads at a time (see :func:`due_page`): a run holds a page per
account, however many are due."""


def runner_id() -> str:
    return f"{socket.gethostname()}:{os.getpid()}:{uuid.uuid4().hex[:8]}"


class _AttemptIds:
    """Attempt ids, each as unique as a random UUID's 32 hex digits: 64 random bits drawn once
    per process (again after a fork) and a 64-bit count, instead of a read of the system's
    random source per delivery."""

    def __init__(self) -> None:
        self._reset()
        os.register_at_fork(after_in_child=self._reset)

    def _reset(self) -> None:
        self._prefix = uuid.uuid4().hex[:16]
        self._count = itertools.count()

    def next(self) -> str:
        return f"{self._prefix}{next(self._count):016x}"


_attempt_ids = _AttemptIds()


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


@dataclass
class Sent:
    """This run's claims whose request may have left: after a database failure they become
    ``unknown``; the run's other claims are released."""

    runner: str
    attempts: set[str] = field(default_factory=set)


# Transitions. Each runs inside an open write transaction and moves a delivery only from the
# state it expects (compare-and-set), with its audit event.


def sweep_expired_leases(store: Store, now: datetime) -> list[int]:
    """Deliveries whose claim expired, or whose flush died, without an outcome become
    ``unknown``: the request may have reached the network."""
    rows = store.db.conn.execute(
        "SELECT id, lease_owner, lease_expires_at FROM deliveries WHERE state=?",
        (S.PUBLISHING.value,),
    ).fetchall()
    ids = [int(r[0]) for r in rows if (r[2] or "") < clock.to_iso(now) or _owner_is_gone(r[1])]
    for delivery_id in ids:
        sweep_one(store, delivery_id, now, "interrupted")
    return ids


def sweep_one(store: Store, delivery_id: int, now: datetime, why: str) -> None:
    """One claim without an outcome becomes ``unknown``, with what a person does about it."""
    end_attempt(store, delivery_id, None, now, "unknown", why)
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
        updated_at=clock.to_iso(now),
    )
    audit.record(store.db, RUNNER, "delivery.interrupted", "delivery", delivery_id)


_ATTEMPT_ENDS = (
    " ON CONFLICT(attempt_id) DO UPDATE SET finished_at=excluded.finished_at,"
    " outcome=excluded.outcome, detail=excluded.detail"
)
"""How an attempt's record ends where one of the same attempt is there already (written
when it began, by an older version, or by a sweep whose answer came late)."""


def _detail(detail: str) -> str:
    """An attempt record's detail as kept: its first 500 characters."""
    return detail[:500]


def end_attempt(
    store: Store, delivery_id: int, attempt_id: str | None, now: datetime, outcome: str, detail: str
) -> None:
    """Write the attempt's record as it ends (one statement): who claimed it and when come
    from the delivery's claim, which holds them durably while the request is out (the claim's
    audit event names the attempt too). Call before the move that clears the lease. A record
    already there (written when the attempt began, by an older version, or by a sweep whose
    answer came late) is finished instead. An attempt the delivery has since moved past (a
    later claim) only has its record finished."""
    at = clock.to_iso(now)
    cursor = store.db.conn.execute(
        "INSERT INTO attempts (delivery_id, attempt_id, runner, started_at, finished_at,"
        " outcome, detail) SELECT id, attempt_id, coalesce(lease_owner, ''),"
        " coalesce(claimed_at, ?), ?, ?, ? FROM deliveries"
        " WHERE id=? AND attempt_id IS NOT NULL AND attempt_id=coalesce(?, attempt_id)"
        + _ATTEMPT_ENDS,
        (at, at, outcome, _detail(detail), delivery_id, attempt_id),
    )
    if cursor.rowcount == 0 and attempt_id is not None:
        store.db.conn.execute(
            "UPDATE attempts SET finished_at=?, outcome=?, detail=? WHERE attempt_id=?",
            (at, outcome, _detail(detail), attempt_id),
        )


def end_claimed_attempt(
    store: Store,
    delivery_id: int,
    attempt_id: str,
    claim: tuple[str, str],
    now: datetime,
    outcome: str,
    detail: str,
) -> None:
    """:func:`end_attempt` for an attempt whose claim the caller holds (``claim``: the runner
    and the claim's moment, ISO UTC, as the claim wrote them on the delivery), after the
    move that settled it: the record needs nothing read from the delivery, so inside
    :func:`gathering_attempts` it waits to be written with the transaction's others (one
    statement for them all, before it commits)."""
    at = clock.to_iso(now)
    row = (delivery_id, attempt_id, claim[0], claim[1], at, outcome, _detail(detail))
    gathered = store.db.gathered_attempts
    if gathered is not None:
        gathered.append(row)
    else:
        _write_attempts(store.db, [row])


def gathering_attempts(db: Database) -> AbstractContextManager[None]:
    """Attempt records ended inside (:func:`end_claimed_attempt`) are written together when
    it ends without an error, still inside the transaction of the moves they record, as
    :func:`medsocial_tui.records.audit.gathering` writes events (see
    :func:`medsocial_tui.store.gathering`: a piece of work inside another that ends with an
    error drops its own)."""
    return gathering(db, "gathered_attempts", _write_attempts)


GATHERED_ATTEMPTS = 32
"""Attempt records written by one statement at most (a statement per count is kept)."""
_ATTEMPTS_SQL: dict[int, str] = {}


def _write_attempts(db: Database, rows: list[tuple[Any, ...]]) -> None:
    """Each record inserted, or finished where one of the same attempt is there already."""
    for start in range(0, len(rows), GATHERED_ATTEMPTS):
        chunk = rows[start : start + GATHERED_ATTEMPTS]
        sql = _ATTEMPTS_SQL.get(len(chunk))
        if sql is None:
            sql = _ATTEMPTS_SQL[len(chunk)] = (
                "INSERT INTO attempts (delivery_id, attempt_id, runner, started_at,"
                " finished_at, outcome, detail) VALUES "
                + ", ".join(["(?, ?, ?, ?, ?, ?, ?)"] * len(chunk))
                + _ATTEMPT_ENDS
            )
        db.conn.execute(sql, [value for row in chunk for value in row])


def due(store: Store, now: datetime, limit: int = 10_000) -> list[Delivery]:
    rows = store.query(
        "SELECT d.* FROM deliveries d JOIN accounts a ON a.id = d.account_id"
        f" WHERE d.state IN {states.sql_in(states.SENDABLE)} AND d.next_attempt_at <= ?"
        " ORDER BY d.next_attempt_at, d.id LIMIT ?",
        (clock.to_iso(now), limit),
    )
    return [Delivery.from_row(r) for r in rows]


@dataclass(frozen=True, slots=True)
class DueRef:
    """A due delivery as a run holds it until its lane claims it: what an outcome names, and
    what its page said of it (see :func:`claim_as_read`)."""

    id: int
    post_id: int
    account_id: str
    next_attempt_at: str = ""
    scheduled_at: str | None = None
    post_stamp: str | None = None
    """Its post's ``updated_at`` when the page was read (None: not read)."""


DUE_ACCOUNTS_SQL = (
    "SELECT a.id FROM accounts a WHERE EXISTS (SELECT 1 FROM deliveries d"
    f" WHERE d.account_id = a.id AND d.state IN {states.sql_in(states.SENDABLE)}"
    " AND d.next_attempt_at <= ?) ORDER BY a.id"
)
DUE_PAGE_SQL = (
    "SELECT d.id, d.post_id, d.next_attempt_at, d.scheduled_at,"
    " (SELECT p.updated_at FROM posts p WHERE p.id = d.post_id)"
    " FROM deliveries d WHERE d.account_id = ?"
    f" AND d.state IN {states.sql_in(states.SENDABLE)} AND d.next_attempt_at <= ?"
    " AND (d.next_attempt_at, d.id) > (?, ?) ORDER BY d.next_attempt_at, d.id LIMIT ?"
)
"""One page of an account's due deliveries after a point, from the index of waiting
deliveries (migration 0301): the statement's ``state IN`` must stay the index's."""


def due_accounts(store: Store, until: str) -> list[str]:
    """The accounts with a delivery due at ``until`` (ISO UTC)."""
    return [str(r[0]) for r in store.db.conn.execute(DUE_ACCOUNTS_SQL, (until,))]


def due_page(
    store: Store,
    account_id: str,
    until: str,
    after: tuple[str, int] = ("", 0),
    limit: int | None = None,
) -> tuple[list[DueRef], tuple[str, int] | None]:
    """Up to ``limit`` (DUE_PAGE) of the account's deliveries due at ``until``, in the order
    they fell due, after ``after``; and where the next page starts (None when this one was
    the last): a lane reads its deliveries a page at a time, so a run holds one page per
    account however many are due. A delivery claimed, held or deferred meanwhile leaves the
    index; one that moved behind the point was handled already."""
    limit = limit or DUE_PAGE
    rows = store.db.conn.execute(DUE_PAGE_SQL, (account_id, until, *after, limit)).fetchall()
    more = (str(rows[-1][2]), int(rows[-1][0])) if len(rows) == limit else None
    return [DueRef(int(r[0]), int(r[1]), account_id, r[2], r[3], r[4]) for r in rows], more


def due_deliveries(store: Store, until: str) -> Iterator[Delivery]:
    """Every delivery due at ``until`` (ISO UTC), account by account in the order they fell
    due, read a page (DUE_PAGE) at a time as :func:`due_page` reads them: a dry run of
    50,000 due deliveries holds one page, and shows them all."""
    for account_id in due_accounts(store, until):
        after: tuple[str, int] | None = ("", 0)
        while after is not None:
            page, after = due_page(store, account_id, until, after)
            if not page:
                break
            marks = ",".join("?" * len(page))
            rows = {
                int(r["id"]): r
                for r in store.query(
                    f"SELECT * FROM deliveries WHERE id IN ({marks})", [d.id for d in page]
                )
            }
            yield from (Delivery.from_row(rows[d.id]) for d in page if d.id in rows)


def claim(
    store: Store, delivery: Delivery, runner: str, now: datetime, lease_seconds: int
) -> str | None:
    """Take one delivery for this run; None when another run took it or it changed."""
    attempt_id, at, fields = _claim_fields(runner, now, lease_seconds)
    moved = states.move(
        store.db,
        delivery.id,
        states.SENDABLE,
        S.PUBLISHING,
        where="next_attempt_at <= ?",
        where_params=(at,),
        **fields,
    )
    if not moved:
        return None
    _claimed(store, delivery.id, at, attempt_id)
    return attempt_id


_CLAIMED_COLUMNS = ", ".join(
    "attempts - 1" if f.name == "attempts" else f.name for f in dataclass_fields(Delivery)
)
"""The delivery as it was before its claim, read by the claim's statement: the claim counts
one more attempt, and what the attempt's outcome decides (its backoff) counts those before."""
DELIVERY_COLUMNS = tuple(f.name for f in dataclass_fields(Delivery))
"""A delivery's columns in the order ``Delivery`` declares its fields."""


def claim_as_read(
    store: Store, due: DueRef, runner: str, now: datetime, lease_seconds: int
) -> tuple[str, Delivery] | None:
    """Take one delivery for this run on what its page said of it (:func:`due_page`): only
    while it is still sendable and due, its time is still the one read, and its post is still
    the version read (``updated_at``, which any change of the post moves). The caller checked
    everything else before sending on those; one statement claims it and reads it. None when
    it changed since (or another run took it): read it again, then decide."""
    attempt_id, at, fields = _claim_fields(runner, now, lease_seconds)
    row = states.DELIVERIES.move_returning(
        store.db,
        due.id,
        states.SENDABLE,
        S.PUBLISHING,
        _CLAIMED_COLUMNS,
        where="next_attempt_at <= ? AND scheduled_at IS ?"
        " AND (SELECT p.updated_at FROM posts p WHERE p.id = post_id) IS ?",
        where_params=(at, due.scheduled_at, due.post_stamp),
        **fields,
    )
    if row is None:
        return None
    _claimed(store, due.id, at, attempt_id)
    return attempt_id, Delivery.from_row(dict(zip(DELIVERY_COLUMNS, row, strict=True)))


def _claim_fields(
    runner: str, now: datetime, lease_seconds: int
) -> tuple[str, str, dict[str, Any]]:
    """A new attempt id, the claim's moment (ISO UTC), and what a claim sets."""
    attempt_id = _attempt_ids.next()
    at = clock.to_iso(now)
    fields = {
        "attempt_id": attempt_id,
        "lease_owner": runner,
        "lease_expires_at": clock.to_iso(now + timedelta(seconds=lease_seconds)),
        "claimed_at": at,
        "attempts": Sql("attempts+1"),
        "updated_at": at,
    }
    return attempt_id, at, fields


def _claimed(store: Store, delivery_id: int, at: str, attempt_id: str) -> None:
    event = (RUNNER, "delivery.claimed", "delivery", delivery_id)
    audit.record_at(store.db, at, event, attempt=attempt_id)


def late_by(delivery: Delivery, tolerance: timedelta, now: datetime) -> timedelta | None:
    """How late the delivery would go out, when that is beyond its post's tolerance."""
    if delivery.scheduled_at is None:
        return None
    late = now - delivery.scheduled_at
    return late if late > tolerance else None


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
        end_attempt(store, int(row["id"]), row["attempt_id"], now, "released", "not sent")
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
            updated_at=clock.to_iso(now),
        )
