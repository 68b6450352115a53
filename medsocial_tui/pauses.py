"""When a network asked medsocial to wait, one record per account, shared by every process.

``flush``, ``metrics fetch`` (and the inbox fetch) call the same networks with the same
tokens, so a rate limit met by one is a rate limit for all: each writes the time the network
gave here, and each reads it before calling, so no process spends the other's allowance or
provokes a longer ban.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlite_utils import Database

from medsocial_tui import clock


@dataclass(frozen=True)
class Pause:
    account_id: str
    until: datetime
    reason: str
    set_by: str


def pause(db: Database, account_id: str, until: datetime, reason: str, set_by: str) -> None:
    """Record that ``account_id``'s network asked to wait until ``until``. A later time
    already recorded is kept (the longest wait wins). Call inside a write transaction."""
    db.conn.execute(
        "INSERT INTO account_pauses (account_id, until, reason, set_by, set_at)"
        " VALUES (?, ?, ?, ?, ?)"
        " ON CONFLICT (account_id) DO UPDATE SET until = excluded.until,"
        " reason = excluded.reason, set_by = excluded.set_by, set_at = excluded.set_at"
        " WHERE excluded.until > account_pauses.until",
        (account_id, clock.to_iso(until), reason[:500], set_by, clock.to_iso(clock.now())),
    )


def paused(db: Database, account_id: str, now: datetime | None = None) -> Pause | None:
    """The wait in force for ``account_id`` at ``now``, or None."""
    row = db.conn.execute(
        "SELECT until, reason, set_by FROM account_pauses WHERE account_id = ? AND until > ?",
        (account_id, clock.to_iso(now or clock.now())),
    ).fetchone()
    if row is None:
        return None
    return Pause(account_id, clock.parse_utc(row[0]), row[1], row[2])
