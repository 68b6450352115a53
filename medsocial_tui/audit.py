"""The append-only, hash-chained audit log: who changed what, when. No PHI, no secrets.

Each event is written inside the same transaction as the change it records, so a change
without its event (or the reverse) cannot exist. Each row carries the hash of the previous
one: an edited or removed row breaks the chain, and :func:`verify_chain` says where.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass
from typing import Any

from sqlite_utils import Database

from medsocial_tui import clock

GENESIS = "0" * 64


@dataclass(frozen=True)
class Event:
    id: int
    at: str
    actor: str
    action: str
    subject_type: str
    subject_id: str
    details: dict[str, Any]


def _digest(prev_hash: str, at: str, actor: str, action: str, subject: str, details: str) -> str:
    payload = "\x1f".join((prev_hash, at, actor, action, subject, details))
    return hashlib.sha256(payload.encode("utf-8")).hexdigest()


def record(
    db: Database,
    actor: str,
    action: str,
    subject_type: str = "",
    subject_id: object = "",
    **details: Any,
) -> None:
    """Append one event. Call inside the write transaction of the change it records."""
    if not db.conn.in_transaction:
        raise RuntimeError("audit.record must run inside the change's write transaction")
    row = db.conn.execute("SELECT hash FROM events ORDER BY id DESC LIMIT 1").fetchone()
    prev_hash = row[0] if row else GENESIS
    at = clock.to_iso(clock.now())
    detail_text = json.dumps(details, sort_keys=True, default=str)
    subject = f"{subject_type}:{subject_id}"
    db.conn.execute(
        "INSERT INTO events (at, actor, action, subject_type, subject_id, details, prev_hash, hash)"
        " VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
        (
            at,
            actor,
            action,
            subject_type,
            str(subject_id),
            detail_text,
            prev_hash,
            _digest(prev_hash, at, actor, action, subject, detail_text),
        ),
    )


def recent(db: Database, limit: int = 200, offset: int = 0) -> list[Event]:
    rows = db.conn.execute(
        "SELECT id, at, actor, action, subject_type, subject_id, details FROM events"
        " ORDER BY id DESC LIMIT ? OFFSET ?",
        (limit, offset),
    ).fetchall()
    return [Event(r[0], r[1], r[2], r[3], r[4], r[5], json.loads(r[6])) for r in rows]


def verify_chain(db: Database) -> int | None:
    """The id of the first event whose hash does not match, or None when the chain holds."""
    prev = GENESIS
    for row in db.conn.execute(
        "SELECT id, at, actor, action, subject_type, subject_id, details, prev_hash, hash"
        " FROM events ORDER BY id"
    ):
        event_id, at, actor, action, stype, sid, details, prev_hash, digest = row
        expected = _digest(prev, at, actor, action, f"{stype}:{sid}", details)
        if prev_hash != prev or digest != expected:
            return int(event_id)
        prev = digest
    return None
