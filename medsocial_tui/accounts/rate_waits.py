"""One rate-limit wait per account, shared by publishing (``flush``) and the inbox.

A network counts an app's requests per account, whichever command sends them: when it asks
``flush`` or ``inbox fetch`` to wait (429 with reset headers, 503 with Retry-After), neither
sends to that account again until the time it named. Flush records its waits on the
deliveries it defers (``next_attempt_at`` with ``error_kind = 'rate'``); the inbox records
its own here; each reads both.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any

from medsocial_tui import clock
from medsocial_tui.publishing.states import DeliveryState
from medsocial_tui.store import Store


@dataclass(frozen=True)
class Wait:
    until: datetime
    reason: str


def record(db: Any, account_id: str, until: datetime, reason: str) -> None:
    """Inside a write transaction: no request to ``account_id`` before ``until`` (a later
    wait already on record is kept)."""
    at = clock.to_iso(until)
    db.conn.execute(
        "INSERT INTO account_waits (account_id, until, reason, updated_at) VALUES (?, ?, ?, ?)"
        " ON CONFLICT(account_id) DO UPDATE SET until=max(until, excluded.until),"
        " reason=CASE WHEN excluded.until >= until THEN excluded.reason ELSE reason END,"
        " updated_at=excluded.updated_at",
        (account_id, at, reason, clock.to_iso(clock.now())),
    )


def account_wait(
    store: Store, account_id: str, now: datetime | None = None, *, deliveries: bool = True
) -> Wait | None:
    """The latest wait on the account still in force, from either side; None when free.
    Flush passes ``deliveries=False``: it keeps its own deliveries' waits already."""
    now_text = clock.to_iso(now or clock.now())
    found: list[Wait] = []
    row = store.one(
        "SELECT until, reason FROM account_waits WHERE account_id=? AND until > ?",
        (account_id, now_text),
    )
    if row:
        found.append(Wait(clock.parse_utc(row["until"]), row["reason"]))
    row = (
        None
        if not deliveries
        else store.one(
            "SELECT next_attempt_at AS until, last_error AS reason FROM deliveries"
            " WHERE account_id=? AND state=? AND error_kind='rate' AND next_attempt_at > ?"
            " ORDER BY next_attempt_at DESC LIMIT 1",
            (account_id, DeliveryState.DEFERRED.value, now_text),
        )
    )
    if row:
        found.append(Wait(clock.parse_utc(row["until"]), row["reason"]))
    return max(found, key=lambda w: w.until) if found else None
