"""What is due, and taking it: a committed claim (``publishing``, an attempt id and a lease)
before any request; claims whose flush died or whose lease ran out become ``unknown``;
a failed run's claims are released. Each function runs inside an open write transaction
and moves a delivery only from the state it expects (compare-and-set), with its audit
event."""

from __future__ import annotations

import os
import socket
import uuid
from dataclasses import dataclass
from datetime import datetime, timedelta

from medsocial_tui import clock
from medsocial_tui.models import Delivery
from medsocial_tui.publishing import states
from medsocial_tui.publishing.states import DeliveryState as S
from medsocial_tui.publishing.states import Sql
from medsocial_tui.records import audit
from medsocial_tui.store import Store

RUNNER = "flush"


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
    ids = [int(r[0]) for r in rows if (r[2] or "") < clock.to_iso(now) or _owner_is_gone(r[1])]
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
        updated_at=clock.to_iso(now),
    )
    store.db.conn.execute(
        "UPDATE attempts SET finished_at=?, outcome='unknown', detail=?"
        " WHERE delivery_id=? AND finished_at IS NULL",
        (clock.to_iso(now), why, delivery_id),
    )
    audit.record(store.db, RUNNER, "delivery.interrupted", "delivery", delivery_id)


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
        (clock.to_iso(now),),
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
        where_params=(clock.to_iso(now),),
        attempt_id=attempt_id,
        lease_owner=runner,
        lease_expires_at=clock.to_iso(lease),
        claimed_at=clock.to_iso(now),
        attempts=Sql("attempts+1"),
        updated_at=clock.to_iso(now),
    )
    if not moved:
        return None
    store.db.conn.execute(
        "INSERT INTO attempts (delivery_id, attempt_id, runner, started_at) VALUES (?, ?, ?, ?)",
        (delivery.id, attempt_id, runner, clock.to_iso(now)),
    )
    audit.record(store.db, RUNNER, "delivery.claimed", "delivery", delivery.id, attempt=attempt_id)
    return attempt_id


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
        store.db.conn.execute(
            "UPDATE attempts SET finished_at=?, outcome='released', detail='not sent'"
            " WHERE attempt_id=?",
            (clock.to_iso(now), row["attempt_id"]),
        )
