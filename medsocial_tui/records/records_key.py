"""The practice's record key: the secret that keys the audit chain and seals approvals.

It lives beside the database as ``audit.key`` (mode 0600), so only the service account that
owns the home can read it. ``init`` and ``demo`` create it; a home made before keys existed
gets one the first time it is opened, as long as its chain holds no keyed event yet (a
missing key after that is an error, never a silent new key: the chain could not be checked).
Whoever holds the database without the key can change rows, but cannot make the changes
verify.
"""

from __future__ import annotations

import hashlib
import hmac
import os
import secrets
import stat
from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from pathlib import Path
from typing import TYPE_CHECKING, cast

from medsocial_tui.errors import SecretsError

if TYPE_CHECKING:
    from medsocial_tui.store import Database

KEY_NAME = "audit.key"
KEYED_PREFIX = "hmac:"
"""How a keyed hash is written in the events table (legacy ones are bare SHA-256 hex)."""

_cache: dict[Path, tuple[tuple[int, int, int], bytes]] = {}
_held: ContextVar[tuple[Database, list[bytes | None]] | None] = ContextVar("held_key", default=None)
"""The key :func:`held` read for one piece of work on one connection (see there), or the box
:func:`read_once` keeps it in once it was first asked for (empty until then)."""


def database_file(db: Database) -> Path | None:
    """The file of the connection's main database; None for an in-memory one. Asked of the
    connection once (a connection's main file never changes): flush records two events per
    delivery."""
    known: object = getattr(db, "_medsocial_file", False)
    if known is not False:
        return cast("Path | None", known)
    found: Path | None = None
    for _seq, name, file in db.conn.execute("PRAGMA database_list").fetchall():
        if name == "main":
            found = Path(file) if file else None
            break
    db._medsocial_file = found  # type: ignore[attr-defined]
    return found


def key_path_for(db: Database) -> Path | None:
    known: object = getattr(db, "_medsocial_key_path", False)
    if known is False:
        file = database_file(db)
        known = file.parent / KEY_NAME if file else None
        db._medsocial_key_path = known  # type: ignore[attr-defined]
    return cast("Path | None", known)


def read_key(path: Path) -> bytes | None:
    """The key in ``path``; None when there is none. Refused when others can read it."""
    try:
        info = path.stat()
    except FileNotFoundError:
        return None
    mode = stat.S_IMODE(info.st_mode)
    if mode & 0o077:
        raise SecretsError(
            f"the record key {path.name} can be read by other users (mode {mode:o})",
            where=str(path),
            fix=f"run `chmod 600 {path}` as the account that owns the practice home",
        )
    signature = (info.st_ino, info.st_size, info.st_mtime_ns)
    cached = _cache.get(path)
    if cached and cached[0] == signature:
        return cached[1]
    try:
        text = path.read_text("ascii").strip()
        key = bytes.fromhex(text)
    except (OSError, ValueError):
        raise SecretsError(
            f"the record key {path.name} cannot be read",
            where=str(path),
            fix="restore it from the backup of the practice home",
        ) from None
    if len(key) < 32:
        raise SecretsError(
            f"the record key {path.name} is too short",
            where=str(path),
            fix="restore it from the backup of the practice home",
        )
    _cache[path] = (signature, key)
    return key


def create_key(path: Path) -> bytes:
    """Write a new random key, mode 0600 from its first byte; never over an existing one."""
    key = secrets.token_bytes(32)
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    with os.fdopen(fd, "w", encoding="ascii") as handle:
        handle.write(key.hex() + "\n")
        handle.flush()
        os.fsync(handle.fileno())
    return key


def _has_keyed_events(db: Database) -> bool:
    try:
        row = db.conn.execute(
            "SELECT 1 FROM events WHERE hash LIKE ? LIMIT 1", (KEYED_PREFIX + "%",)
        ).fetchone()
    except Exception:  # noqa: BLE001 - no events table yet: nothing is keyed
        return False
    return row is not None


def key_for(db: Database, *, create: bool = True) -> bytes | None:
    """The key of this database's home. Made when missing and nothing was keyed yet (and
    ``create``); a missing key once events are keyed raises, since nothing could verify.
    Inside :func:`held` or :func:`read_once` for the same connection, the key read there."""
    held_now = _held.get()
    if held_now is not None and held_now[0] is db:
        if held_now[1]:
            return held_now[1][0]
        key = _read_for(db, create=create)
        if key is not None:  # a key not made yet (``create=False``) is looked for again
            held_now[1].append(key)
        return key
    return _read_for(db, create=create)


def _read_for(db: Database, *, create: bool) -> bytes | None:
    path = key_path_for(db)
    if path is None:
        return None
    key = read_key(path)
    if key is not None:
        return key
    if _has_keyed_events(db):
        raise SecretsError(
            f"the record key {path.name} is missing, and the audit log was written with it",
            where=str(path),
            fix="restore audit.key from the backup of the practice home; without it no "
            "record can be checked or added",
        )
    if not create:
        return None
    try:
        return create_key(path)
    except FileExistsError:
        return read_key(path)


@contextmanager
def held(db: Database) -> Iterator[bytes | None]:
    """Read the key once (as :func:`key_for`, raising before anything is written when it is
    gone) for a piece of work that records several events in one transaction: inside, each
    :func:`key_for` of this connection (on this thread) is answered with it, without looking
    at the file again. Flush records two events and checks the key once per delivery."""
    key = key_for(db)
    token = _held.set((db, [key]))
    try:
        yield key
    finally:
        _held.reset(token)


@contextmanager
def read_once(db: Database) -> Iterator[None]:
    """Read the key at most once for a piece of work on one connection (flush's writer: one
    transaction of many deliveries): the first :func:`key_for` inside reads the file as
    usual (raising before its caller writes when the key is gone or others can read it), and
    later ones are answered with what it read. Work that asks for no key reads no file.
    Inside :func:`held` or another ``read_once`` for the same connection, nothing changes."""
    held_now = _held.get()
    if held_now is not None and held_now[0] is db:
        yield
        return
    token = _held.set((db, []))
    try:
        yield
    finally:
        _held.reset(token)


def is_read_once(db: Database) -> bool:
    """Whether :func:`read_once` (or :func:`held`) is in force for ``db`` on this thread: a
    ``read_once`` inside changes nothing."""
    held_now = _held.get()
    return held_now is not None and held_now[0] is db


def mac(key: bytes, *parts: object) -> str:
    """HMAC-SHA256 of the parts, separated so that no two different lists read the same."""
    payload = "\x1f".join(map(str, parts)).encode("utf-8")
    keyed = _keyed.get(key)
    if keyed is None:
        if len(_keyed) >= 8:
            _keyed.clear()
        keyed = _keyed[key] = hmac.new(key, digestmod=hashlib.sha256)
    each = keyed.copy()
    each.update(payload)
    return each.hexdigest()


_keyed: dict[bytes, hmac.HMAC] = {}
"""An HMAC already keyed with each key :func:`mac` was given, copied for each payload:
``hmac.digest`` sets the key up again for every call and lets go of the interpreter lock
while it does, so flush's writer thread (two events per delivery) waited for the lock
twice per delivery behind the event loop. A copy keeps the lock for payloads this short
(OpenSSL releases it only from 2 KiB)."""


def same(a: str, b: str) -> bool:
    return hmac.compare_digest(a.encode(), b.encode())
