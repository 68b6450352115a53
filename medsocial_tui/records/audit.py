"""The append-only, keyed audit chain: who changed what, when. No PHI, no secrets.

Each event is written inside the same transaction as the change it records, so a change
without its event (or the reverse) cannot exist. Each row carries the hash of the previous
one, keyed with the practice's record key (HMAC-SHA256, see :mod:`records_key`): an edited,
inserted or removed row breaks the chain, and re-hashing it takes the key, which only the
service account reads. Chains written before keys existed verify as *legacy* up to their
first keyed event.

Two anchors catch what a chain alone cannot (its newest events deleted, or all of it
rewritten): a checkpoint sealed with the key, advanced by every ``flush`` that finds the
chain whole (so the next one checks only what is new), and the head written outside the
database (syslog, or a file the admin chooses: :mod:`audit_head`).
"""

from __future__ import annotations

import hashlib
import json
import json.encoder
from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from dataclasses import asdict, dataclass
from typing import TYPE_CHECKING, Any

from medsocial_tui import clock
from medsocial_tui.errors import MedsocialError
from medsocial_tui.records import records_key
from medsocial_tui.records.chain_head import head as head
from medsocial_tui.records.records_key import KEYED_PREFIX

if TYPE_CHECKING:
    from medsocial_tui.store import Database

GENESIS = "0" * 64
_DETAILS = json.JSONEncoder(sort_keys=True, default=str)
"""How an event's details are written: ``json.dumps(details, sort_keys=True, default=str)``;
the fallback when :data:`_DETAILS_C` cannot be made."""


def _c_details_encoder() -> Any:
    """The C encoder :data:`_DETAILS` makes afresh for each dict it writes, made once (flush
    records two events per delivery: 5 µs an event instead of 13): the same text, with no
    check for a details dict that holds itself, which keyword arguments never do. It is
    CPython's private ``json.encoder.c_make_encoder``: where it is missing or takes other
    arguments, None, and events are written by :data:`_DETAILS` (a test compares both with
    ``json.dumps``)."""
    make = getattr(json.encoder, "c_make_encoder", None)
    strings = getattr(json.encoder, "c_encode_basestring_ascii", None)
    if make is None or strings is None:
        return None
    try:
        return make(None, str, strings, None, ": ", ", ", True, False, True)
    except TypeError:
        return None


_DETAILS_C = _c_details_encoder()


def _details_text(details: dict[str, Any]) -> str:
    """An event's details as written (see :data:`_DETAILS`)."""
    if _DETAILS_C is None:
        return _DETAILS.encode(details)
    return "".join(_DETAILS_C(details, 0))


@dataclass(frozen=True)
class Event:
    id: int
    at: str
    actor: str
    action: str
    subject_type: str
    subject_id: str
    details: dict[str, Any]


def _legacy_digest(
    prev_hash: str, at: str, actor: str, action: str, subject: str, details: str
) -> str:
    payload = "\x1f".join((prev_hash, at, actor, action, subject, details))
    return hashlib.sha256(payload.encode("utf-8")).hexdigest()


def _keyed_digest(
    key: bytes, prev_hash: str, at: str, actor: str, action: str, subject: str, details: str
) -> str:
    return KEYED_PREFIX + records_key.mac(
        key, "event", prev_hash, at, actor, action, subject, details
    )


def record(
    db: Database,
    actor: str,
    action: str,
    subject_type: str = "",
    subject_id: object = "",
    **details: Any,
) -> None:
    """Append one event. Call inside the write transaction of the change it records."""
    record_at(db, clock.to_iso(clock.now()), (actor, action, subject_type, subject_id), **details)


def record_at(
    db: Database, at: str, event: tuple[str, str, str, object], /, **details: Any
) -> None:
    """:func:`record` at ``at`` (ISO UTC, as :func:`clock.to_iso` writes it), the moment the
    caller read for the change it records (flush, twice per delivery); ``event`` is who did
    what to what: (actor, action, subject type, subject id)."""
    actor, action, subject_type, subject_id = event
    if not db.conn.in_transaction:
        raise RuntimeError("audit.record must run inside the change's write transaction")
    key = records_key.key_for(db)
    detail_text = _details_text(details)
    fields = (at, actor, action, subject_type, str(subject_id), detail_text)
    guess = db.chain_head
    gathered = db.gathered_events
    if gathered is not None:
        prev = guess[1] if guess is not None else (head(db) or (0, GENESIS))[1]
        digest = _event_digest(key, prev, *fields)
        gathered.append((key, (*fields, prev, digest)))
        db.chain_head = (key, digest)
        return
    if guess is not None and guess[0] == key:
        digest = _event_digest(key, guess[1], *fields)
        if db.conn.execute(GUESSED_INSERT, (*fields, guess[1], digest)).rowcount == 1:
            db.chain_head = (key, digest)
            return
    db.chain_head = None
    _chain_function(db, key)
    (digest,) = db.conn.execute(CHAINED_INSERT + " RETURNING hash", fields).fetchone()
    db.chain_head = (key, digest)


@contextmanager
def gathering(db: Database) -> Iterator[None]:
    """Events recorded on ``db`` inside are written together when it ends without an error
    (:func:`medsocial_tui.store.gather.gathering`): one statement for a whole transaction of
    flush's (two events per delivery, each a wait for the interpreter lock on the writer
    thread). Call inside that transaction; nothing inside may read the events table (flush's
    jobs do not). Each is chained on the one before, from the head this connection last
    wrote (as :func:`record_at` guesses it), and they are written only while that head is
    still the chain's last hash; else one at a time, each on the real head. A piece of work
    inside another ``gathering`` that ends with an error drops its events and its guess of
    the head."""
    from medsocial_tui.store.gather import gathering as gathered

    head_before = db.chain_head
    try:
        with gathered(db, "gathered_events", _write):
            yield
    except BaseException:
        db.chain_head = head_before
        raise


GATHERED_ROWS = 32
"""Events written by one statement at most (a statement per count is kept prepared)."""


def _write(db: Database, events: list[tuple[bytes | None, tuple[str, ...]]]) -> None:
    for start in range(0, len(events), GATHERED_ROWS):
        chunk = events[start : start + GATHERED_ROWS]
        params = [value for _key, row in chunk for value in row]
        params.append(chunk[0][1][6])
        if db.conn.execute(_gathered_insert(len(chunk)), params).rowcount == len(chunk):
            continue
        # the guess went stale (another process appended since this connection last did, or
        # its transaction rolled back): nothing of this chunk was written
        db.chain_head = None
        for key, row in events[start:]:
            _chain_function(db, key)
            (digest,) = db.conn.execute(CHAINED_INSERT + " RETURNING hash", row[:6]).fetchone()
            db.chain_head = (key, digest)
        return


def _gathered_insert(rows: int) -> str:
    found = _GATHERED_SQL.get(rows)
    if found is None:
        values = ", ".join(["(?, ?, ?, ?, ?, ?, ?, ?)"] * rows)
        found = _GATHERED_SQL[rows] = (
            "INSERT INTO events (at, actor, action, subject_type, subject_id, details,"
            " prev_hash, hash) SELECT * FROM (VALUES " + values + ") WHERE"
            f" coalesce((SELECT hash FROM events ORDER BY id DESC LIMIT 1), '{GENESIS}') = ?"
        )
    return found


_GATHERED_SQL: dict[int, str] = {}
"""Events chained in order, each on the hash computed for the one before, inserted only
while the first one's previous hash is still the chain's last (the head is read once, before
any row is inserted: all or none of them go in)."""


def _event_digest(
    key: bytes | None,
    prev_hash: str,
    at: str,
    actor: str,
    action: str,
    kind: str,
    subject_id: str,
    details: str,
) -> str:
    subject = f"{kind}:{subject_id}"
    if key is not None:
        return _keyed_digest(key, prev_hash, at, actor, action, subject, details)
    return _legacy_digest(prev_hash, at, actor, action, subject, details)


GUESSED_INSERT = (
    "INSERT INTO events (at, actor, action, subject_type, subject_id, details, prev_hash, hash)"
    " SELECT ?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8 WHERE"
    f" coalesce((SELECT hash FROM events ORDER BY id DESC LIMIT 1), '{GENESIS}') = ?7"
)
"""An event appended after the head this connection last wrote (``Database.chain_head``),
with its hash computed before the statement: it is inserted only while that head is still
the chain's last hash, so a guess gone stale (another process appended since, or the
transaction that wrote it rolled back) inserts nothing, and :data:`CHAINED_INSERT` is used
instead. No SQL function runs inside the statement: flush appends two events per delivery
from its writer thread, and a Python function called by SQLite waits for the interpreter
lock while the event loop holds it."""

CHAINED_INSERT = (
    "INSERT INTO events (at, actor, action, subject_type, subject_id, details, prev_hash, hash)"
    " SELECT ?1, ?2, ?3, ?4, ?5, ?6, prev, medsocial_event_hash(prev, ?1, ?2, ?3, ?4, ?5, ?6)"
    f" FROM (SELECT coalesce((SELECT hash FROM events ORDER BY id DESC LIMIT 1), '{GENESIS}')"
    " AS prev)"
)
"""One statement appends an event: the previous hash is read and the new one computed (by
:func:`_chain_function`'s SQL function) inside the insert, inside the change's write
transaction, so no other writer can come between; flush appends two events per delivery."""


def _chain_function(db: Database, key: bytes | None) -> None:
    """Give the connection ``medsocial_event_hash`` for ``key`` (the key stays in the
    function: it is never a statement's parameter, which a statement trace would show)."""
    made_from = ("record key", key)
    if db.functions.get("medsocial_event_hash") == made_from:
        return

    def event_hash(
        prev_hash: str, at: str, actor: str, action: str, kind: str, subject_id: str, details: str
    ) -> str:
        return _event_digest(key, prev_hash, at, actor, action, kind, subject_id, details)

    db.conn.create_function("medsocial_event_hash", 7, event_hash, deterministic=True)
    db.functions["medsocial_event_hash"] = made_from


def insert(
    db: Database,
    actor: str,
    action: str,
    table: str,
    row: Mapping[str, Any],
    subject_type: str,
    **details: Any,
) -> int:
    """Insert ``row`` into ``table`` and append its event (``action`` on ``subject_type``
    with the new id) in the same write transaction; the new row's id."""
    columns = list(row)
    cursor = db.conn.execute(
        f"INSERT INTO {table} ({', '.join(columns)}) VALUES ({', '.join('?' * len(columns))})",
        tuple(row.values()),
    )
    new_id = int(cursor.lastrowid or 0)
    record(db, actor, action, subject_type, new_id, **details)
    return new_id


def events(db: Database, where: str, params: tuple[object, ...] = ()) -> list[Event]:
    """The events ``where`` picks (its WHERE, ORDER BY and LIMIT: it is SQL), in its order."""
    rows = db.conn.execute(
        f"SELECT id, at, actor, action, subject_type, subject_id, details FROM events {where}",
        params,
    ).fetchall()
    return [Event(r[0], r[1], r[2], r[3], r[4], r[5], json.loads(r[6])) for r in rows]


def recent(db: Database, limit: int = 200, offset: int = 0) -> list[Event]:
    return events(db, "ORDER BY id DESC LIMIT ? OFFSET ?", (limit, offset))


def between(db: Database, start: str, end: str) -> list[Event]:
    """Events at or after ``start`` and before ``end`` (ISO UTC), oldest first."""
    return events(db, "WHERE at >= ? AND at < ? ORDER BY id", (start, end))


# Verification


@dataclass(frozen=True)
class RecordedHead:
    """A head written outside the database, read back to compare."""

    event_id: int
    hash: str
    at: str
    where: str


@dataclass(frozen=True)
class ChainCheck:
    """What a verification found, in words and in figures."""

    ok: bool
    checked: int
    """Events whose hash was recomputed in this check."""
    head_id: int | None
    head_hash: str
    from_id: int = 0
    """Events up to this id were verified by an earlier check (the sealed checkpoint)."""
    legacy_through: int | None = None
    """The last event written before the chain was keyed (plain SHA-256) verified as legacy."""
    broken_at: int | None = None
    problem: str = ""
    head_compared: str = ""
    """Where the head recorded outside the database was read, when it was."""

    def in_words(self) -> str:
        if not self.ok:
            where = f" at event {self.broken_at}" if self.broken_at is not None else ""
            return f"the audit chain is broken{where}: {self.problem}"
        if self.head_id is None:
            return "the audit chain is empty"
        parts = [f"the audit chain holds: {self.head_id} events"]
        if self.from_id:
            parts.append(f"({self.checked} new since the check of event {self.from_id})")
        else:
            parts.append(f"({self.checked} checked)")
        if self.legacy_through is not None:
            parts.append(
                f"; events 1-{self.legacy_through} predate the record key and verify as "
                "legacy (unkeyed SHA-256: they prove order, not who wrote them)"
            )
        if self.head_compared:
            parts.append(f"; the head matches the one recorded in {self.head_compared}")
        return " ".join(parts).replace(" ;", ";")

    def as_json(self) -> dict[str, Any]:
        """Every field, and the check in words."""
        return {**asdict(self), "words": self.in_words()}


def _latest_checkpoint(db: Database, key: bytes | None) -> tuple[int, str, str] | None:
    """The newest checkpoint whose seal holds: (event id, hash, at)."""
    if key is None:
        return None
    rows = db.conn.execute(
        "SELECT event_id, hash, at, seal FROM audit_checkpoints ORDER BY id DESC LIMIT 20"
    ).fetchall()
    for event_id, digest, at, seal in rows:
        if records_key.same(seal, records_key.mac(key, "checkpoint", event_id, digest, at)):
            return int(event_id), str(digest), str(at)
    return None


def verify(
    db: Database,
    *,
    incremental: bool = False,
    recorded: RecordedHead | None = None,
) -> ChainCheck:
    """Check the chain: every hash, the link to the one before, keyed events with the key,
    legacy ones only before the first keyed one. ``incremental`` starts at the sealed
    checkpoint (the event there must still hold the hash that was verified). ``recorded``
    is the newest head written outside the database: it must still be in the chain."""
    try:
        key = records_key.key_for(db, create=False)
    except MedsocialError as exc:
        current = head(db)
        return ChainCheck(
            False,
            0,
            current[0] if current else None,
            current[1] if current else "",
            problem=exc.what,
        )
    current = head(db)
    head_id, head_hash = current if current else (None, "")

    def broken(at: int | None, problem: str, checked: int = 0, start: int = 0) -> ChainCheck:
        return ChainCheck(False, checked, head_id, head_hash, start, None, at, problem)

    checkpoint = _latest_checkpoint(db, key)
    if checkpoint is not None:
        cp_id, cp_hash, cp_at = checkpoint
        row = db.conn.execute("SELECT hash FROM events WHERE id=?", (cp_id,)).fetchone()
        if row is None:
            return broken(
                cp_id,
                f"event {cp_id}, verified on {cp_at[:16]} UTC, is gone: newer events were deleted",
            )
        if not records_key.same(str(row[0]), cp_hash):
            return broken(cp_id, f"event {cp_id} changed since it was verified on {cp_at[:16]} UTC")
    start_id, prev = (0, GENESIS)
    seen_keyed = False
    legacy_through: int | None = None
    if incremental and checkpoint is not None:
        start_id, prev = checkpoint[0], checkpoint[1]
        seen_keyed = prev.startswith(KEYED_PREFIX)
        if not seen_keyed:
            legacy_through = start_id
    checked = 0
    for row in db.conn.execute(
        "SELECT id, at, actor, action, subject_type, subject_id, details, prev_hash, hash"
        " FROM events WHERE id > ? ORDER BY id",
        (start_id,),
    ):
        event_id, at, actor, action, stype, sid, details, prev_hash, digest = row
        subject = f"{stype}:{sid}"
        if prev_hash != prev:
            return broken(
                event_id,
                "it does not follow the event before it (an event was removed or inserted)",
                checked,
                start_id,
            )
        if str(digest).startswith(KEYED_PREFIX):
            if key is None:
                return broken(event_id, "it is keyed, and the record key is missing")
            expected = _keyed_digest(key, prev, at, actor, action, subject, details)
            seen_keyed = True
        else:
            if seen_keyed:
                return broken(
                    event_id,
                    "an unkeyed event after keyed ones (written without the record key)",
                    checked,
                    start_id,
                )
            expected = _legacy_digest(prev, at, actor, action, subject, details)
            legacy_through = int(event_id)
        if not records_key.same(str(digest), expected):
            return broken(
                event_id, "its content does not match its hash (it was edited)", checked, start_id
            )
        checked += 1
        prev = str(digest)
    compared = ""
    if recorded is not None:
        row = db.conn.execute("SELECT hash FROM events WHERE id=?", (recorded.event_id,)).fetchone()
        if row is None:
            return broken(
                recorded.event_id,
                f"event {recorded.event_id}, recorded as the head in {recorded.where} at "
                f"{recorded.at[:16]} UTC, is gone: the newest events were deleted",
                checked,
                start_id,
            )
        if not records_key.same(str(row[0]), recorded.hash):
            return broken(
                recorded.event_id,
                f"event {recorded.event_id} differs from the head recorded in {recorded.where} "
                f"at {recorded.at[:16]} UTC: the chain was rewritten",
                checked,
                start_id,
            )
        compared = recorded.where
    return ChainCheck(
        True, checked, head_id, head_hash, start_id, legacy_through, None, "", compared
    )


def verify_chain(db: Database) -> int | None:
    """The id of the first event that does not hold, or None when the chain holds."""
    check = verify(db)
    return None if check.ok else (check.broken_at if check.broken_at is not None else 0)


def advance_checkpoint(db: Database, check: ChainCheck) -> None:
    """Seal the head a check found whole, so the next check starts there. Inside a write."""
    if not check.ok or check.head_id is None:
        return
    key = records_key.key_for(db)
    if key is None:
        return
    at = clock.to_iso(clock.now())
    db.conn.execute(
        "INSERT INTO audit_checkpoints (event_id, hash, at, seal) VALUES (?, ?, ?, ?)",
        (
            check.head_id,
            check.head_hash,
            at,
            records_key.mac(key, "checkpoint", check.head_id, check.head_hash, at),
        ),
    )
    db.conn.execute(
        "DELETE FROM audit_checkpoints WHERE id NOT IN"
        " (SELECT id FROM audit_checkpoints ORDER BY id DESC LIMIT 20)"
    )
