"""Policy versions as stored, and which one a person still has to acknowledge.

Read by the permission check (:mod:`staff`: some actions wait for the acknowledgement) and
by the policy records (:mod:`policy`), which depend on staff; so these live below both, and
neither imports the other in a circle.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import date

from medsocial_tui.errors import NotFound
from medsocial_tui.models import Stored, optional
from medsocial_tui.store import Store


@dataclass(frozen=True)
class Section:
    """One section of the policy."""

    key: str
    """A short name, unique in its version (lower case, digits, - and _): ``--section KEY``."""
    title: str
    body: str
    """Markdown."""


@dataclass(frozen=True)
class PolicyVersion(Stored):
    """One version of the policy."""

    id: int
    number: int
    title: str
    status: str
    """Draft, published or retired."""
    sections: tuple[Section, ...]
    created_by: str
    created_at: str
    effective_date: date | None = None
    next_review_date: date | None = None
    published_by: str | None = None
    published_at: str | None = None
    retired_at: str | None = None

    READ = {
        "sections": lambda text: tuple(Section(**s) for s in json.loads(text)),
        "effective_date": optional(date.fromisoformat),
        "next_review_date": optional(date.fromisoformat),
    }

    @property
    def is_draft(self) -> bool:
        return self.status == "draft"

    def section(self, key: str) -> Section | None:
        return next((s for s in self.sections if s.key == key), None)


def latest(store: Store, status: str) -> PolicyVersion | None:
    """The newest version with this status ("published", "draft"), if any."""
    row = store.one(
        "SELECT * FROM policy_versions WHERE status = ? ORDER BY number DESC LIMIT 1", (status,)
    )
    return PolicyVersion.from_row(row) if row else None


def current_version(store: Store) -> PolicyVersion | None:
    """The version everyone must have acknowledged: the latest published one."""
    return latest(store, "published")


def get_version(store: Store, number: int) -> PolicyVersion:
    row = store.one("SELECT * FROM policy_versions WHERE number = ?", (number,))
    if row is None:
        raise NotFound(
            f"no policy version {number}", fix="`medsocial policy list` shows the versions"
        )
    return PolicyVersion.from_row(row)


def unacknowledged_version(store: Store, staff_id: int) -> PolicyVersion | None:
    """The current version when ``staff_id`` has not acknowledged it, else None. The version
    and who acknowledged it are read once and remembered on the connection until the data
    changes: every action that needs it asks, for the signed-in person and for each approver
    of a post in review (the app read them seven times before its first frame)."""
    current, acknowledged = store.remembered("acknowledged", lambda: _acknowledged(store))
    return None if current is None or staff_id in acknowledged else current


def _acknowledged(store: Store) -> tuple[PolicyVersion | None, frozenset[int]]:
    """The current version and the staff who acknowledged it."""
    current = current_version(store)
    if current is None:
        return None, frozenset()
    rows = store.query(
        "SELECT staff_id FROM acknowledgements WHERE policy_version_id = ?", (current.id,)
    )
    return current, frozenset(int(r["staff_id"]) for r in rows)
