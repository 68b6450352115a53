"""The audit chain's newest event, read without the chain's machinery (hashing, the record
key, its dataclasses): opening a practice notes it, so that closing can tell whether the
chain moved (:mod:`audit_head`), and the queue's first frame should not wait on the rest."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from medsocial_tui.store import Database


def head(db: Database) -> tuple[int, str] | None:
    """The newest event's id and hash."""
    row = db.conn.execute("SELECT id, hash FROM events ORDER BY id DESC LIMIT 1").fetchone()
    return (int(row[0]), str(row[1])) if row else None
