"""The SQLite store shared by the TUI and ``medsocial flush``.

Two processes write the same file, so every read-then-write runs in ``BEGIN IMMEDIATE``
(see :meth:`Store.write`), with a busy timeout and ``synchronous=FULL``. WAL is used only on
SQLite builds without the WAL-reset bug (3.51.3+, 3.50.7+, 3.44.6+); older builds, like the
3.40.1 linked by Python 3.11 here, use the rollback journal in TRUNCATE mode (see
:func:`journal_mode`).

The core reads and writes through plain ``sqlite3`` (:class:`Database` is the connection and
the one helper the core uses); sqlite_utils, with its imports, is loaded only when there is a
migration to apply, so a command that reads (``post list``, ``flush --dry-run``, the app's
first frame) never pays for it.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable, Hashable, Iterator
from contextlib import contextmanager
from datetime import UTC, tzinfo
from pathlib import Path
from typing import Any, TypeVar, cast

from medsocial_tui.errors import DatabaseError, DatabaseTooNew, NotFound
from medsocial_tui.store.gather import gathering as gathering
from medsocial_tui.store.migrations import (
    MIGRATION_SET,
    MIGRATIONS_TABLE,
    migratable,
    migrations,
)
from medsocial_tui.store.trouble import explain, kind_of

T = TypeVar("T")

BUSY_TIMEOUT_SECONDS = 30.0


def wal_is_safe(version: tuple[int, int, int] = sqlite3.sqlite_version_info) -> bool:
    """False on SQLite versions with the WAL-reset corruption bug."""
    return (
        version >= (3, 51, 3)
        or (3, 50, 7) <= version < (3, 51, 0)
        or (3, 44, 6) <= version < (3, 45, 0)
    )


def inserted_id(cursor: sqlite3.Cursor) -> int:
    """The rowid of the row an ``INSERT`` just made."""
    if cursor.lastrowid is None:
        raise DatabaseError("the database made no row for an insert")
    return cursor.lastrowid


def journal_mode(version: tuple[int, int, int] = sqlite3.sqlite_version_info) -> str:
    """WAL where SQLite has no WAL-reset bug; else the rollback journal in TRUNCATE mode.

    Not DELETE: there a commit is the journal's unlink, and with ``synchronous=FULL`` SQLite
    does not sync the directory after it (only ``EXTRA`` does), so a power cut just after a
    commit can bring the journal back and roll the commit back: a claim whose request was
    already sent could return to ``scheduled`` and go out twice. In TRUNCATE mode a commit
    truncates the journal and, with ``FULL``, syncs that before the commit returns (SQLite's
    ``pager_end_transaction``); it also spares each commit a file create and unlink. The
    empty ``medsocial.db-journal`` stays in the home between commits: it is not a hot
    journal, and never to be deleted by hand while medsocial runs."""
    return "wal" if wal_is_safe(version) else "truncate"


class Database:
    """A connection as the core uses it: ``conn`` (every statement goes through it) and
    :meth:`query`. The same two names as sqlite_utils' ``Database``, which wraps the same
    connection only to migrate it (:func:`apply_migrations`)."""

    def __init__(self, conn: sqlite3.Connection) -> None:
        self.conn = conn
        self.functions: dict[str, object] = {}
        """The SQL functions given to this connection, each with what it was made from
        (the audit chain's hash holds the record key), so each is given once."""
        self.chain_head: tuple[bytes | None, str] | None = None
        """The audit chain's last hash as this connection last appended it (with the key
        it was made with): a guess, checked by the insert that uses it (see
        :func:`medsocial_tui.records.audit.record`)."""
        self.gathered_events: list[tuple[bytes | None, tuple[str, ...]]] | None = None
        """Audit events recorded on this connection and not written yet, each with the key
        it was chained with, while :func:`medsocial_tui.records.audit.gathering` runs."""
        self.gathered_attempts: list[tuple[Any, ...]] | None = None
        """Attempt records ended on this connection and not written yet, while
        :func:`medsocial_tui.publishing.claims.gathering_attempts` runs."""
        self.remembered: tuple[tuple[int, int], dict[Hashable, Any]] | None = None
        """Answers read on this connection, and the data stamp they hold for (see
        :meth:`Store.remembered`)."""

    def query(self, sql: str, params: Any = ()) -> Iterator[dict[str, Any]]:
        """Each row as a dict of column name to value; the statement runs now, the rows are
        read as they are iterated."""
        cursor = self.conn.execute(sql, params)
        keys = [d[0] for d in cursor.description or ()]
        return (dict(zip(keys, row, strict=True)) for row in cursor)

    def execute(self, sql: str, params: Any = ()) -> sqlite3.Cursor:
        return self.conn.execute(sql, params)


class Store:
    """One connection to the practice database. Not shared between threads."""

    def __init__(self, db: Database, path: Path) -> None:
        self.db = db
        self.path = path
        self.tz: tzinfo = UTC
        """The practice's timezone, for "today" in records kept by date (training, reviews);
        set by the practice that opens the store (UTC until then)."""

    @contextmanager
    def write(self) -> Iterator[Database]:
        """A write transaction that takes the lock up front, so it never fails half-way
        with 'database is locked'; it waits for the other process instead."""
        conn = self.db.conn
        if conn.in_transaction:
            raise RuntimeError("nested write transaction")
        conn.execute("BEGIN IMMEDIATE")
        try:
            yield self.db
        except BaseException:
            conn.rollback()
            raise
        else:
            conn.commit()

    def query(self, sql: str, params: Any = ()) -> list[dict[str, Any]]:
        """Read rows fully (never leave a cursor open across UI ticks)."""
        return list(self.db.query(sql, params))

    def one(self, sql: str, params: Any = ()) -> dict[str, Any] | None:
        rows = self.query(sql, params)
        return rows[0] if rows else None

    def by_id(self, table: str, row_id: int, what: str, fix: str | None = None) -> dict[str, Any]:
        """The row of ``table`` with this id; when there is none, NotFound saying "no
        {what} {id}" (``what`` names the row: "post", "inbox item"), with ``fix``."""
        row = self.one(f"SELECT * FROM {table} WHERE id = ?", (row_id,))
        if row is None:
            raise NotFound(f"no {what} {row_id}", fix=fix)
        return row

    def data_version(self) -> int:
        """Changes when another connection commits; cheap to poll from the TUI."""
        return int(self.db.conn.execute("PRAGMA data_version").fetchone()[0])

    def data_stamp(self) -> tuple[int, int]:
        """Changes whenever the data may have: another connection committed
        (:meth:`data_version`), or this one wrote (its ``total_changes``)."""
        return (self.data_version(), self.db.conn.total_changes)

    def remembered(self, key: Hashable, read: Callable[[], T]) -> T:
        """``read()``, remembered on this connection under ``key`` until the data changes
        (:meth:`data_stamp`); at most 32 answers are kept at once."""
        stamp = self.data_stamp()
        known = self.db.remembered
        if known is None or known[0] != stamp or len(known[1]) >= 32:
            known = self.db.remembered = (stamp, {})
        if key not in known[1]:
            known[1][key] = read()
        return cast(T, known[1][key])

    def close(self) -> None:
        """Close, first letting SQLite refresh the planner's statistics where the queries
        this connection ran would gain from it (cheap: usually nothing to do). Only a
        connection that changed something does: a reading command (``post list``,
        ``flush --dry-run``) leaves the file exactly as it found it."""
        conn = self.db.conn
        try:
            if not conn.in_transaction and conn.total_changes > 0:
                conn.execute("PRAGMA optimize")
        except sqlite3.Error:
            pass  # a read-only or busy database keeps its statistics; nothing is lost
        conn.close()


def _prepared(conn: sqlite3.Connection, busy_seconds: float) -> sqlite3.Connection:
    """What every connection sets: the busy timeout, and recursive triggers (as sqlite_utils
    has always set them on the connections the store opened)."""
    conn.execute(f"PRAGMA busy_timeout={int(busy_seconds * 1000)}")
    conn.execute("PRAGMA recursive_triggers=on")
    return conn


def _connect(path: Path, busy_seconds: float = BUSY_TIMEOUT_SECONDS) -> sqlite3.Connection:
    return _prepared(sqlite3.connect(str(path), timeout=busy_seconds), busy_seconds)


def open_store(
    path: Path,
    *,
    create: bool = False,
    migrate: bool = True,
    verify: bool = False,
    busy_seconds: float = BUSY_TIMEOUT_SECONDS,
) -> Store:
    """Open (and migrate) the database at ``path``; only ``init`` and ``demo`` (and tests)
    pass ``create``: a missing database is an error, never a fresh start.

    A file that is not a SQLite database, or one written by a newer medsocial, is refused
    before anything is written to it. ``verify`` also runs ``PRAGMA quick_check`` (a full
    read: flush and doctor do it; the app's start does not wait for it).
    """
    if not path.exists() and not create:
        raise DatabaseError(
            f"the database {path.name} is missing from the practice home; medsocial never "
            "starts an empty one in its place (that would lose the staff list, the posts and "
            "the audit log)",
            where=str(path),
            fix="restore medsocial.db from your backup; if this folder is not a practice, "
            "check --home / MEDSOCIAL_HOME (`medsocial init` makes a new practice)",
        )
    try:
        conn = _connect(path, busy_seconds)
        db = Database(conn)
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
        check = conn.execute("PRAGMA quick_check").fetchone()[0] if verify else "ok"
    except sqlite3.DatabaseError as exc:
        if kind_of(exc) is not None:
            raise explain(exc, path, waited=busy_seconds) from None
        raise DatabaseError(
            f"{path.name} is not a readable medsocial database ({exc})",
            where=str(path),
            fix="restore it from a backup; medsocial has not changed the file. "
            "Move it aside to start empty.",
        ) from None
    if check != "ok":
        conn.close()
        raise DatabaseError(
            f"{path.name} is damaged: {check}",
            where=str(path),
            fix="restore it from a backup (medsocial has not changed the file)",
        )
    _refuse_newer(db, path)
    try:
        mode = journal_mode()
        current = conn.execute("PRAGMA journal_mode").fetchone()[0]
        if current != mode:
            conn.execute(f"PRAGMA journal_mode={mode}")
        conn.execute("PRAGMA synchronous=FULL")
        conn.execute("PRAGMA foreign_keys=ON")
    except sqlite3.OperationalError as exc:
        if kind_of(exc) is not None:
            raise explain(exc, path, waited=busy_seconds) from None
        raise DatabaseError(f"cannot prepare {path.name}: {exc}", where=str(path)) from None
    store = Store(db, path)
    if migrate:
        try:
            apply_migrations(store)
        except sqlite3.OperationalError as exc:
            if kind_of(exc) is None:
                raise
            conn.close()
            raise explain(exc, path, waited=busy_seconds) from None
    return store


def open_reader(path: Path) -> Store:
    """A read-only connection for a worker thread (connections are per thread): no checks,
    no migrations, so it opens in a millisecond; the main connection did those already."""
    conn = sqlite3.connect(f"{path.as_uri()}?mode=ro", uri=True, timeout=BUSY_TIMEOUT_SECONDS)
    return Store(Database(_prepared(conn, BUSY_TIMEOUT_SECONDS)), path)


def known_migrations() -> set[str]:
    """Every migration this version knows."""
    return set(migrations.names())


def applied_migrations(conn: sqlite3.Connection) -> list[str]:
    """The migrations applied to this database, in the order they were applied (what
    sqlite_utils' ``Migrations.applied`` reads, without importing it)."""
    exists = conn.execute(
        "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?", (MIGRATIONS_TABLE,)
    ).fetchone()
    if not exists:
        return []
    rows = conn.execute(
        f"SELECT name FROM [{MIGRATIONS_TABLE}] WHERE migration_set = ? ORDER BY rowid",
        (MIGRATION_SET,),
    )
    return [name for (name,) in rows]


def _refuse_newer(db: Database, path: Path) -> None:
    known = known_migrations()
    unknown = [name for name in applied_migrations(db.conn) if name not in known]
    if unknown:
        db.conn.close()
        raise DatabaseTooNew(
            f"{path.name} has changes this version does not know ({', '.join(unknown)})",
            where=str(path),
            # medsocial is installed from its checkout (docs/deploy.md), not from a package
            # index: `pip install -U medsocial` would fetch whatever bears that name there
            fix="update this medsocial (in its checkout: `git pull && make install`), or run "
            "the newer one that wrote it: cron, systemd and the staff's SSH keys should all "
            "run the same program; the database was left untouched",
        )


def apply_migrations(store: Store) -> None:
    """Apply pending migrations under one immediate lock, so a TUI and a flush starting
    together do not both try. sqlite_utils is imported only when one is pending."""
    if known_migrations() <= set(applied_migrations(store.db.conn)):
        return
    db = migratable(store.db)
    with store.write():
        # inside the lock, pending is asked again: another process may have just applied them
        migrations.apply(db)


__all__ = [
    "MIGRATION_SET",
    "Database",
    "Store",
    "journal_mode",
    "open_reader",
    "open_store",
    "wal_is_safe",
]
