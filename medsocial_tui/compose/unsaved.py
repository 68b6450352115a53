"""What a person was writing in compose and has not saved as a post: kept in the database as
they type (a dropped SSH connection kills the app), offered back the next time they compose.

Only the person who wrote it gets it back; saving, submitting or throwing it away forgets it."""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from medsocial_tui import clock
from medsocial_tui.store import Store

NEW_POST = 0


@dataclass(frozen=True)
class UnsavedCompose:
    login: str
    post_id: int | None
    content: dict[str, Any]
    saved_at: datetime


def keep(store: Store, login: str, post_id: int | None, content: dict[str, Any]) -> None:
    """Replace this person's unsaved text for this post (None: a new post)."""
    with store.write() as db:
        db.conn.execute(
            "INSERT INTO unsaved_compose (login, post_id, content, saved_at) VALUES (?, ?, ?, ?)"
            " ON CONFLICT (login, post_id) DO UPDATE SET content = excluded.content,"
            " saved_at = excluded.saved_at",
            (login, post_id or NEW_POST, json.dumps(content), clock.to_iso(clock.now())),
        )


def find(store: Store, login: str, post_id: int | None) -> UnsavedCompose | None:
    row = store.one(
        "SELECT * FROM unsaved_compose WHERE login = ? AND post_id = ?",
        (login, post_id or NEW_POST),
    )
    if row is None:
        return None
    try:
        content = json.loads(row["content"])
    except ValueError:
        return None
    if not isinstance(content, dict):
        return None
    return UnsavedCompose(login, post_id, content, clock.parse_utc(row["saved_at"]))


def forget(store: Store, login: str, post_id: int | None) -> None:
    with store.write() as db:
        db.conn.execute(
            "DELETE FROM unsaved_compose WHERE login = ? AND post_id = ?",
            (login, post_id or NEW_POST),
        )
