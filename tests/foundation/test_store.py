"""The database: migrated on first use, refused when newer or damaged, never altered then,
and shared safely by two processes."""

from __future__ import annotations

import hashlib
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from medsocial_tui.errors import DatabaseError, DatabaseTooNew
from medsocial_tui.store import applied_migrations, journal_mode, open_store, wal_is_safe
from medsocial_tui.store.migrations import MIGRATIONS_TABLE, migrations


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_a_blank_database_gets_every_table(tmp_path):
    store = open_store(tmp_path / "m.db", create=True)
    tables = {r["name"] for r in store.query("SELECT name FROM sqlite_master WHERE type='table'")}
    assert {
        "posts",
        "deliveries",
        "staff",
        "accounts",
        "policy_versions",
        "acknowledgements",
        "training",
        "audit_notes",
        "events",
        "attempts",
    } <= tables
    assert migrations.pending(store.db) == []


def test_the_store_reads_what_sqlite_utils_records_of_the_migrations(tmp_path):
    """Opening a database reads the applied steps with plain SQL (no sqlite_utils import):
    the table and the order must be the ones sqlite_utils writes and reads."""
    from sqlite_utils import Database, Migrations

    assert MIGRATIONS_TABLE == Migrations.migrations_table
    path = tmp_path / "m.db"
    conn = sqlite3.connect(path)
    names = migrations.names()
    migrations.apply(Database(conn), stop_before=names[3:])
    assert applied_migrations(conn) == [m.name for m in migrations.applied(Database(conn))]
    assert applied_migrations(conn) == names[:3]
    conn.close()
    store = open_store(path)
    assert applied_migrations(store.db.conn) == [m.name for m in migrations.applied(store.db)]
    assert set(applied_migrations(store.db.conn)) == set(names)
    store.close()


def test_journal_mode_avoids_wal_on_sqlite_with_the_wal_reset_bug(tmp_path):
    store = open_store(tmp_path / "m.db", create=True)
    mode = store.one("PRAGMA journal_mode")["journal_mode"]
    assert mode == ("wal" if wal_is_safe() else "truncate")
    assert journal_mode((3, 40, 1)) == "truncate"  # not delete: see journal_mode
    assert journal_mode((3, 51, 3)) == "wal"
    assert wal_is_safe((3, 40, 1)) is False
    assert wal_is_safe((3, 51, 3)) is True
    assert wal_is_safe((3, 44, 6)) is True


def test_a_database_from_a_newer_medsocial_is_refused_untouched(tmp_path):
    path = tmp_path / "m.db"
    store = open_store(path, create=True)
    with store.write() as db:
        db.conn.execute(
            "INSERT INTO _sqlite_migrations (migration_set, name, applied_at) VALUES (?, ?, ?)",
            ("medsocial", "0099_from_the_future", "2030-01-01"),
        )
    store.close()
    before = digest(path)
    with pytest.raises(DatabaseTooNew) as error:
        open_store(path)
    assert "0099_from_the_future" in error.value.what
    assert "update this medsocial" in error.value.fix and "untouched" in error.value.fix
    assert digest(path) == before


def test_a_file_that_is_not_a_database_is_refused_untouched(tmp_path):
    path = tmp_path / "m.db"
    path.write_bytes(b"this is a spreadsheet, not a database" * 200)
    before = digest(path)
    with pytest.raises(DatabaseError) as error:
        open_store(path)
    assert "backup" in error.value.fix
    assert digest(path) == before


def test_a_damaged_database_is_refused(tmp_path):
    path = tmp_path / "m.db"
    store = open_store(path, create=True)
    with store.write() as db:
        for i in range(300):
            db.conn.execute(
                "INSERT INTO events (at, actor, action, prev_hash, hash) VALUES ('t', 'a', ?, 'p', 'h')",
                (f"x{i}" * 50,),
            )
    store.close()
    data = bytearray(path.read_bytes())
    for offset in range(4096 * 3, min(len(data), 4096 * 6)):
        data[offset] = 0xAB
    path.write_bytes(bytes(data))
    open_store(path, create=True).close()
    with pytest.raises(DatabaseError, match="damaged|not a readable"):
        open_store(path, verify=True)


WRITER = """
import sys
from pathlib import Path
from medsocial_tui.store import open_store
store = open_store(Path(sys.argv[1]), create=True)
for i in range(int(sys.argv[3])):
    with store.write() as db:
        n = db.conn.execute("SELECT count(*) FROM roster_hashes").fetchone()[0]
        db.conn.execute("INSERT INTO roster_hashes (digest, imported_at) VALUES (?, 't')",
                        (f"{sys.argv[2]}-{i}-{n}",))
"""


def test_two_processes_writing_at_once_lose_nothing_and_never_see_locked(tmp_path):
    path = tmp_path / "m.db"
    open_store(path, create=True).close()
    procs = [
        subprocess.Popen(
            [sys.executable, "-c", WRITER, str(path), name, "150"],
            stderr=subprocess.PIPE,
            text=True,
        )
        for name in ("tui", "flush")
    ]
    errors = [p.communicate(timeout=120)[1] for p in procs]
    assert all(p.returncode == 0 for p in procs), errors
    assert not any("locked" in e for e in errors)
    count = sqlite3.connect(path).execute("SELECT count(*) FROM roster_hashes").fetchone()[0]
    assert count == 300
