"""What a failed SQLite call means for people: the database is busy, the disk is full, the
home is read-only, or the file cannot be opened. Each becomes a :class:`DatabaseError` with
words (what, where, what to do), never a traceback.
"""

from __future__ import annotations

import errno
import os
import shutil
import sqlite3
from pathlib import Path

from medsocial_tui.errors import DatabaseError

LOW_SPACE_KIB = 10 * 1024
"""Below this much free space a write may fail half-way; ``doctor`` warns."""


class DatabaseBusy(DatabaseError, title="Database busy"): ...


class DiskFull(DatabaseError, title="Disk full"): ...


class ReadOnlyHome(DatabaseError, title="Read-only home"): ...


BUSY_NAMES = frozenset({"SQLITE_BUSY", "SQLITE_LOCKED", "SQLITE_BUSY_SNAPSHOT"})
FULL_NAMES = frozenset({"SQLITE_FULL"})
READONLY_NAMES = frozenset(
    {
        "SQLITE_READONLY",
        "SQLITE_READONLY_RECOVERY",
        "SQLITE_READONLY_CANTLOCK",
        "SQLITE_READONLY_ROLLBACK",
        "SQLITE_READONLY_DBMOVED",
        "SQLITE_READONLY_CANTINIT",
        "SQLITE_READONLY_DIRECTORY",
    }
)


def free_kib(path: Path) -> int | None:
    """Free space on the file system holding ``path`` (or its nearest existing parent)."""
    probe = Path(path)
    while not probe.exists() and probe != probe.parent:
        probe = probe.parent
    try:
        return shutil.disk_usage(probe).free // 1024
    except OSError:
        return None


def writable(path: Path) -> bool:
    """Whether this process may write ``path`` (a read-only mount says no even to root);
    nothing is created to find out."""
    return os.access(path, os.W_OK)


def kind_of(exc: BaseException) -> str | None:
    """``busy``, ``full``, ``readonly`` or ``io`` for an SQLite or OS error about the
    database as a whole (not about one statement); None otherwise."""
    if isinstance(exc, OSError):
        if exc.errno in (errno.ENOSPC, errno.EDQUOT):
            return "full"
        if exc.errno == errno.EROFS:
            return "readonly"
        return None
    if not isinstance(exc, sqlite3.Error):
        return None
    name = getattr(exc, "sqlite_errorname", "") or ""
    text = str(exc).lower()
    if name in BUSY_NAMES or "database is locked" in text or "database is busy" in text:
        return "busy"
    if name in FULL_NAMES or "disk is full" in text:
        return "full"
    if name in READONLY_NAMES or "readonly database" in text or "read-only" in text:
        return "readonly"
    if name.startswith("SQLITE_IOERR") or name.startswith("SQLITE_CANTOPEN"):
        return "io"
    if "unable to open database file" in text or "disk i/o error" in text:
        return "io"
    return None


_ANSWERS: dict[str, tuple[type[DatabaseError], str]] = {
    "busy": (
        DatabaseBusy,
        "a backup, an open `sqlite3` shell or another medsocial is holding it: "
        "let it finish (or close it), then run this again",
    ),
    "full": (
        DiskFull,
        "free some space on that disk; nothing half-written was kept, so run this again afterwards",
    ),
    "readonly": (
        ReadOnlyHome,
        "remount the disk read-write, or give the service account write access to "
        "the home folder and its database (a hot journal beside the database also needs "
        "a writable folder to be rolled back)",
    ),
    "io": (
        DatabaseError,
        "check the disk (dmesg, df) and that the home folder is on a local disk",
    ),
}
"""Each kind of trouble: the error raised and what to do about it."""


def _what(kind: str, exc: BaseException, path: Path | None, waited: float | None) -> str:
    if kind == "busy":
        held = f" (held by another process for {waited:.0f} s)" if waited is not None else ""
        return f"the database is busy{held}"
    if kind == "full":
        free = free_kib(path) if path else None
        room = f" ({free} KiB free)" if free is not None else ""
        return f"the disk is full{room}"
    if kind == "readonly":
        return "the practice home is read-only: medsocial cannot write its database"
    return f"the database could not be read or written ({exc})"


def explain(exc: BaseException, path: Path | None, *, waited: float | None = None) -> DatabaseError:
    """``exc`` in words for people. ``waited`` is how long we waited for the lock."""
    kind = kind_of(exc)
    where = str(path) if path else "the practice database"
    if kind is None:
        return DatabaseError(f"the database refused a change ({exc})", where=where)
    error, fix = _ANSWERS[kind]
    return error(_what(kind, exc, path, waited), where=where, fix=fix)
