"""The practice's internet and social-media use policy: versions and acknowledgements.

Drafts are edited; a published version is immutable. Every staff member must acknowledge the
current (latest published, not retired) version before composing, approving or replying.
"""

from __future__ import annotations

import json
import tomllib
from dataclasses import dataclass
from datetime import date, timedelta
from importlib import resources
from typing import Any

from medsocial_tui import audit, clock
from medsocial_tui.errors import InvalidTransition, NotFound, UsageError
from medsocial_tui.store import Store

REVIEW_AFTER_DAYS = 365


@dataclass(frozen=True)
class Section:
    key: str
    title: str
    body: str


def template_sections(practice_name: str = "the practice") -> list[Section]:
    """The default policy from the template shipped with medsocial (see config/)."""
    text = resources.files("medsocial_tui.data").joinpath("policy_template.toml").read_text("utf-8")
    data = tomllib.loads(text)
    return [
        Section(s["key"], s["title"], s["body"].replace("{practice}", practice_name).strip())
        for s in data["sections"]
    ]


def current_version(store: Store) -> dict[str, Any] | None:
    return store.one(
        "SELECT * FROM policy_versions WHERE status = 'published' ORDER BY number DESC LIMIT 1"
    )


def unacknowledged_version(store: Store, staff_id: int) -> dict[str, Any] | None:
    """The current version when ``staff_id`` has not acknowledged it, else None."""
    current = current_version(store)
    if current is None:
        return None
    acked = store.one(
        "SELECT 1 FROM acknowledgements WHERE staff_id = ? AND policy_version_id = ?",
        (staff_id, current["id"]),
    )
    return None if acked else current


def sections_of(version: dict[str, Any]) -> list[Section]:
    return [Section(**s) for s in json.loads(version["sections"])]


def create_draft(store: Store, actor: str, title: str, sections: list[Section]) -> dict[str, Any]:
    with store.write() as db:
        row = db.conn.execute("SELECT coalesce(max(number), 0) + 1 FROM policy_versions").fetchone()
        number = int(row[0])
        cursor = db.conn.execute(
            "INSERT INTO policy_versions (number, title, status, sections, created_by, created_at)"
            " VALUES (?, ?, 'draft', ?, ?, ?)",
            (
                number,
                title,
                json.dumps([s.__dict__ for s in sections]),
                actor,
                clock.to_iso(clock.now()),
            ),
        )
        audit.record(db, actor, "policy.drafted", "policy_version", cursor.lastrowid, number=number)
    return get_version(store, number)


def get_version(store: Store, number: int) -> dict[str, Any]:
    row = store.one("SELECT * FROM policy_versions WHERE number = ?", (number,))
    if row is None:
        raise NotFound(f"no policy version {number}")
    return row


def update_draft(
    store: Store, actor: str, number: int, sections: list[Section], title: str | None = None
) -> dict[str, Any]:
    version = get_version(store, number)
    if version["status"] != "draft":
        raise InvalidTransition(
            f"policy version {number} is {version['status']}; published versions never change",
            fix="start a new draft from it (`medsocial policy draft --from N`)",
        )
    with store.write() as db:
        db.conn.execute(
            "UPDATE policy_versions SET sections = ?, title = ? WHERE id = ? AND status = 'draft'",
            (json.dumps([s.__dict__ for s in sections]), title or version["title"], version["id"]),
        )
        audit.record(db, actor, "policy.edited", "policy_version", version["id"], number=number)
    return get_version(store, number)


def publish(
    store: Store,
    actor: str,
    number: int,
    effective: date | None = None,
    review_after_days: int = REVIEW_AFTER_DAYS,
) -> dict[str, Any]:
    version = get_version(store, number)
    if version["status"] != "draft":
        raise InvalidTransition(f"policy version {number} is already {version['status']}")
    if not json.loads(version["sections"]):
        raise UsageError(f"policy version {number} has no sections")
    effective = effective or clock.now().date()
    with store.write() as db:
        db.conn.execute(
            "UPDATE policy_versions SET status = 'published', effective_date = ?,"
            " next_review_date = ?, published_by = ?, published_at = ? WHERE id = ?",
            (
                effective.isoformat(),
                (effective + timedelta(days=review_after_days)).isoformat(),
                actor,
                clock.to_iso(clock.now()),
                version["id"],
            ),
        )
        audit.record(db, actor, "policy.published", "policy_version", version["id"], number=number)
    return get_version(store, number)


def acknowledge(store: Store, actor_login: str, staff_id: int, number: int) -> None:
    version = get_version(store, number)
    if version["status"] != "published":
        raise InvalidTransition(f"policy version {number} is {version['status']}, not published")
    with store.write() as db:
        cursor = db.conn.execute(
            "INSERT OR IGNORE INTO acknowledgements (staff_id, policy_version_id, acknowledged_at)"
            " VALUES (?, ?, ?)",
            (staff_id, version["id"], clock.to_iso(clock.now())),
        )
        if cursor.rowcount:
            audit.record(
                db,
                actor_login,
                "policy.acknowledged",
                "policy_version",
                version["id"],
                number=number,
                staff_id=staff_id,
            )


def not_acknowledged(store: Store) -> list[dict[str, Any]]:
    """Active staff who have not acknowledged the current version."""
    current = current_version(store)
    if current is None:
        return []
    return store.query(
        "SELECT s.* FROM staff s WHERE s.active = 1 AND NOT EXISTS (SELECT 1 FROM"
        " acknowledgements a WHERE a.staff_id = s.id AND a.policy_version_id = ?) ORDER BY s.name",
        (current["id"],),
    )
