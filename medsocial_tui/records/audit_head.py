"""The audit chain's head, written where the staff cannot change it, and checks against it.

After a command changes the records, the newest event's id and hash go to syslog/journald
(``logging.handlers.SysLogHandler`` on ``/dev/log``, or the address in ``[audit]``) and,
when the admin names one, to a file the service account appends to and staff cannot write.
Verification reads the last line of that file: deleting the newest events, or rewriting the
database from a copy, leaves a head there that the chain no longer holds.
"""

from __future__ import annotations

import json
import os
import sqlite3
from pathlib import Path
from typing import TYPE_CHECKING

from medsocial_tui import clock
from medsocial_tui.home.config import PracticeConfig
from medsocial_tui.records import audit
from medsocial_tui.records.audit import ChainCheck, RecordedHead

if TYPE_CHECKING:
    from medsocial_tui.home.practice import Practice
    from medsocial_tui.store import Database

SYSLOG_IDENT = "medsocial"


def syslog_enabled(config: PracticeConfig) -> bool:
    if config.audit_syslog is not None:
        return config.audit_syslog
    return os.path.exists(config.audit_syslog_address)


def head_line(home_root: Path, event_id: int, digest: str) -> str:
    return json.dumps(
        {
            "at": clock.to_iso(clock.now()),
            "home": str(home_root),
            "event": event_id,
            "hash": digest,
        },
        sort_keys=True,
    )


def _to_syslog(address: str, line: str) -> str | None:
    import logging  # here: every command closes its practice through this module
    import logging.handlers
    import socket

    handler = None
    try:
        handler = logging.handlers.SysLogHandler(
            address=address,
            facility=logging.handlers.SysLogHandler.LOG_AUTHPRIV,
            socktype=socket.SOCK_DGRAM,
        )
        handler.ident = f"{SYSLOG_IDENT}: "
        record = logging.LogRecord(
            "medsocial.audit", logging.INFO, __file__, 0, "audit head %s", (line,), None
        )
        handler.emit(record)
        return None
    except OSError as exc:
        return f"syslog at {address}: {exc.strerror or exc}"
    finally:
        if handler is not None:
            handler.close()


def _to_file(path: Path, line: str) -> str | None:
    try:
        fd = os.open(path, os.O_WRONLY | os.O_APPEND | os.O_CREAT, 0o640)
        with os.fdopen(fd, "a", encoding="utf-8") as handle:
            handle.write(line + "\n")
            handle.flush()
            os.fsync(handle.fileno())
        return None
    except OSError as exc:
        return f"{path}: {exc.strerror or exc}"


def publish(config: PracticeConfig, home_root: Path, db: Database) -> list[str]:
    """Write the chain's head to syslog and the head file; what could not be written."""
    current = audit.head(db)
    if current is None:
        return []
    line = head_line(home_root, *current)
    problems: list[str] = []
    if syslog_enabled(config):
        problem = _to_syslog(config.audit_syslog_address, line)
        if problem:
            problems.append(problem)
    if config.audit_head_file:
        problem = _to_file(Path(config.audit_head_file), line)
        if problem:
            problems.append(problem)
    return problems


def publish_if_moved(practice: Practice, since: tuple[int, str] | None) -> list[str]:
    """Publish the head when events were added since ``since`` (the head at opening)."""
    try:
        if audit.head(practice.store.db) == since:
            return []
    except sqlite3.Error:
        return []
    return publish(practice.config, practice.home.root, practice.store.db)


def _tail_lines(path: Path, max_bytes: int = 65536) -> list[str]:
    """The last lines of a file (up to ``max_bytes`` of them), newest last."""
    with open(path, "rb") as handle:
        handle.seek(0, os.SEEK_END)
        size = handle.tell()
        handle.seek(max(0, size - max_bytes))
        tail = handle.read()
    lines = tail.splitlines()
    if size > max_bytes and lines:
        lines = lines[1:]
    return [line.decode("utf-8", "replace") for line in lines if line.strip()]


def recorded_head(config: PracticeConfig, home_root: Path) -> RecordedHead | None:
    """The newest head of this home in the admin's head file, when there is one."""
    if not config.audit_head_file:
        return None
    path = Path(config.audit_head_file)
    try:
        lines = _tail_lines(path)
    except OSError:
        return None
    for line in reversed(lines):
        try:
            data = json.loads(line)
            if isinstance(data, dict) and data.get("home") == str(home_root):
                return RecordedHead(
                    int(data["event"]), str(data["hash"]), str(data["at"]), str(path)
                )
        except (KeyError, TypeError, ValueError):
            continue
    return None


def check(practice: Practice, *, incremental: bool = False, advance: bool = False) -> ChainCheck:
    """Verify the chain (from the sealed checkpoint when ``incremental``) against the head
    recorded outside the database; with ``advance``, seal the head it found whole."""
    result = audit.verify(
        practice.store.db,
        incremental=incremental,
        recorded=recorded_head(practice.config, practice.home.root),
    )
    if advance and result.ok and result.checked:
        try:
            with practice.store.write() as db:
                audit.advance_checkpoint(db, result)
        except sqlite3.OperationalError:
            pass  # busy, full or read-only: the next check starts further back, that is all
    return result


def anchor(practice: Practice) -> ChainCheck:
    """After a database was restored from a backup on purpose, an admin records that the
    head written outside it is replaced: the chain must hold on its own, the restore is an
    event in it (naming the head it replaces), and the new head is written out."""
    from medsocial_tui.errors import InvalidTransition, RecordsBroken
    from medsocial_tui.records.staff import Action, require_login

    admin = require_login(practice.store, practice.login, Action.AUDIT)
    own = audit.verify(practice.store.db)
    if not own.ok:
        raise RecordsBroken(
            own.in_words(),
            fix="restore a backup whose chain holds; a broken chain cannot be anchored",
        )
    recorded = recorded_head(practice.config, practice.home.root)
    against = audit.verify(practice.store.db, recorded=recorded)
    if against.ok:
        raise InvalidTransition(
            "the chain already matches the head recorded outside the database; nothing to do"
        )
    assert recorded is not None
    with practice.store.write() as db:
        audit.record(
            db,
            admin.login,
            "audit.anchored",
            "audit",
            "head",
            replaces_event=recorded.event_id,
            replaces_hash=recorded.hash,
            recorded_at=recorded.at,
        )
    problems = publish(practice.config, practice.home.root, practice.store.db)
    if problems:
        raise RecordsBroken(
            "the new head could not be written: " + "; ".join(problems),
            fix="make the head file writable by the service account, then run this again",
        )
    return check(practice)
