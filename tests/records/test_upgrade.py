"""A practice made before approvals were bound and events keyed: its approved posts keep
their approval, bound to what they hold at the upgrade, and its old events verify as legacy
up to the first keyed one."""

from __future__ import annotations

import sqlite3

from sqlite_utils import Database

from medsocial_tui import clock
from medsocial_tui.home.config import PracticeConfig
from medsocial_tui.publishing import approvals
from medsocial_tui.records import audit, records_key
from medsocial_tui.store import open_store
from medsocial_tui.store.migrations import migrations


def _old_database(path) -> None:
    """A database as the release before 0020 left it, with an approved post due and two
    unkeyed events."""
    conn = sqlite3.connect(path)
    db = Database(conn)
    migrations.apply(db, stop_before="0020_bound_approvals_and_kept_reasons")
    now = clock.to_iso(clock.now())
    conn.execute(
        "INSERT INTO accounts (id, channel, name, updated_at) VALUES ('page', 'loopback', 'P', ?)",
        (now,),
    )
    conn.execute(
        "INSERT INTO posts (id, text, author, status, approved_by, created_at, updated_at)"
        " VALUES (1, 'Closed Monday', 'amy', 'approved', 'bob', ?, ?)",
        (now, now),
    )
    conn.execute(
        "INSERT INTO deliveries (post_id, account_id, state, next_attempt_at, idempotency_key,"
        " updated_at) VALUES (1, 'page', 'scheduled', ?, 'k', ?)",
        (now, now),
    )
    prev = audit.GENESIS
    for action in ("post.created", "post.approved"):
        digest = audit._legacy_digest(prev, now, "amy", action, "post:1", "{}")
        conn.execute(
            "INSERT INTO events (at, actor, action, subject_type, subject_id, details,"
            " prev_hash, hash) VALUES (?, 'amy', ?, 'post', '1', '{}', ?, ?)",
            (now, action, prev, digest),
        )
        prev = digest
    conn.commit()
    conn.close()


def test_an_upgrade_keeps_approvals_and_verifies_old_events_as_legacy(tmp_path):
    path = tmp_path / "medsocial.db"
    _old_database(path)
    assert not (tmp_path / records_key.KEY_NAME).exists()
    store = open_store(path)
    assert (tmp_path / records_key.KEY_NAME).exists()
    config = PracticeConfig(name="Old", timezone="America/Chicago")
    assert approvals.why_not_sendable(store.db, tmp_path, config, 1) is None
    approval = approvals.latest(store.db, 1)
    assert approval is not None and approval.basis is approvals.Basis.LEGACY
    assert approval.by == "bob"
    newest = audit.recent(store.db, limit=1)[0]
    assert (newest.actor, newest.action) == ("upgrade", "approval.granted")
    check = audit.verify(store.db)
    assert check.ok and check.legacy_through == 2
    store.close()
