"""A database made by the first release of the schema (only ``0001_initial``), with rows in
every table, upgrades to the current schema through ``open_store`` and loses nothing."""

from __future__ import annotations

import sqlite3

from sqlite_utils import Database

from medsocial_tui.store import known_migrations, open_store
from medsocial_tui.store.migrations import migrations

FIRST = "0001_initial"
AT = "2025-01-06T09:00:00.000000Z"

ROWS = [
    ("practice", {"id": 1, "name": "Oak Dental", "created_at": AT, "created_by_version": "0.1"}),
    (
        "staff",
        {"id": 1, "login": "amy", "name": "Amy Ortiz", "roles": "author", "created_at": AT},
    ),
    (
        "staff",
        {
            "id": 2,
            "login": "bob",
            "name": "Bob Ng",
            "roles": "admin",
            "active": 0,
            "created_at": AT,
            "deactivated_at": AT,
        },
    ),
    (
        "accounts",
        {"id": "page", "channel": "facebook", "name": "Oak page", "updated_at": AT},
    ),
    (
        "posts",
        {
            "id": 1,
            "kind": "general",
            "text": "Closed Monday for the holiday.",
            "media": '[{"path": "sign.jpg", "alt_text": "Our sign"}]',
            "overrides": '{"page": "Closed Monday!"}',
            "author": "amy",
            "status": "approved",
            "scheduled_at": AT,
            "approved_by": "bob",
            "approved_at": AT,
            "created_at": AT,
            "updated_at": AT,
        },
    ),
    (
        "deliveries",
        {
            "id": 1,
            "post_id": 1,
            "account_id": "page",
            "state": "published",
            "scheduled_at": AT,
            "attempts": 1,
            "attempt_id": "a1",
            "idempotency_key": "k1",
            "remote_id": "r1",
            "remote_url": "https://example.test/r1",
            "published_at": AT,
            "updated_at": AT,
        },
    ),
    (
        "attempts",
        {
            "id": 1,
            "delivery_id": 1,
            "attempt_id": "a1",
            "runner": "host:1:x",
            "started_at": AT,
            "finished_at": AT,
            "outcome": "published",
        },
    ),
    (
        "policy_versions",
        {
            "id": 1,
            "number": 1,
            "title": "Social media policy",
            "status": "published",
            "sections": '[{"title": "Patients", "body": "Never name a patient."}]',
            "effective_date": "2025-01-06",
            "next_review_date": "2026-01-06",
            "created_by": "bob",
            "created_at": AT,
            "published_by": "bob",
            "published_at": AT,
        },
    ),
    (
        "acknowledgements",
        {"id": 1, "staff_id": 1, "policy_version_id": 1, "acknowledged_at": AT},
    ),
    (
        "training",
        {
            "id": 1,
            "staff_id": 1,
            "topic": "Privacy on social media",
            "completed_on": "2025-01-06",
            "next_due": "2026-01-06",
            "trainer": "Bob Ng",
            "recorded_by": "bob",
            "recorded_at": AT,
        },
    ),
    (
        "audit_notes",
        {
            "id": 1,
            "staff_id": 1,
            "reviewed_on": "2025-01-06",
            "reviewer": "bob",
            "seen": "3 posts, all fine",
            "created_at": AT,
        },
    ),
    ("roster_hashes", {"digest": "d" * 64, "imported_at": AT}),
    (
        "hours_changes",
        {
            "id": 1,
            "reason": "holiday",
            "change": "closed",
            "days": '["2025-01-20"]',
            "post_id": 1,
            "created_by": "amy",
            "created_at": AT,
        },
    ),
    (
        "events",
        {
            "id": 1,
            "at": AT,
            "actor": "amy",
            "action": "post.created",
            "subject_type": "post",
            "subject_id": "1",
            "prev_hash": "",
            "hash": "h1",
        },
    ),
]


def _first_release(path) -> dict[str, list[dict]]:
    """The database as the first release left it, with rows; what each table held."""
    conn = sqlite3.connect(path)
    try:
        db = Database(conn)
        names = [m.name for m in migrations.pending(Database(memory=True))]
        assert names[0] == FIRST
        migrations.apply(db, stop_before=names[1:])
        assert [m.name for m in migrations.applied(db)] == [FIRST]
        for table, row in ROWS:
            columns = ", ".join(row)
            marks = ", ".join("?" * len(row))
            conn.execute(f"INSERT INTO {table} ({columns}) VALUES ({marks})", tuple(row.values()))
        conn.commit()
        tables = {table for table, _ in ROWS}
        return {t: list(db.query(f"SELECT * FROM {t} ORDER BY rowid")) for t in sorted(tables)}
    finally:
        conn.close()


def test_every_table_of_the_first_release_has_a_row_here(tmp_path):
    """The test below covers the whole first schema: a table it misses fails here."""
    conn = sqlite3.connect(tmp_path / "first.db")
    try:
        migrations.apply(Database(conn), stop_before=[m for m in known_migrations() if m != FIRST])
        made = {
            r[0]
            for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")
            if not r[0].startswith(("_sqlite", "sqlite_"))
        }
    finally:
        conn.close()
    assert made == {table for table, _ in ROWS}


def test_a_first_release_database_upgrades_and_loses_nothing(tmp_path):
    path = tmp_path / "medsocial.db"
    before = _first_release(path)

    store = open_store(path)
    try:
        assert {m.name for m in migrations.applied(store.db)} == known_migrations()
        assert not migrations.pending(store.db)
        for table, rows in before.items():
            after = store.query(f"SELECT * FROM {table} ORDER BY rowid")
            assert len(after) == len(rows), table
            for old, new in zip(rows, after, strict=True):
                assert {k: new[k] for k in old} == old, table
        assert store.one("SELECT home_kind FROM practice")["home_kind"] == "practice"
    finally:
        store.close()

    again = open_store(path)
    try:
        assert again.query("SELECT count(*) AS n FROM posts") == [{"n": 1}]
    finally:
        again.close()
