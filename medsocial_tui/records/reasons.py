"""Free-text reasons a person writes (why a guard finding is overridden, why a post is sent
back or canceled), kept outside the audit chain.

The chain is append-only, so anything written into it stays forever; a reason may, by
mistake, name a patient. So the chain holds only the reason's keyed digest, and the text
lives here, where an admin can redact it (the digest then still proves what was there,
without saying it). A reason that the compliance guard would block is refused in words
before it is stored.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from medsocial_tui import clock
from medsocial_tui.errors import ComplianceBlocked, NotFound
from medsocial_tui.home.practice import Practice
from medsocial_tui.records import audit, records_key
from medsocial_tui.records.staff import Action, require_login

if TYPE_CHECKING:
    from medsocial_tui.store import Database


@dataclass(frozen=True)
class Reason:
    id: int
    digest: str
    purpose: str
    subject_type: str
    subject_id: str
    text: str | None
    """None once redacted."""
    written_by: str
    written_at: str
    redacted_by: str | None = None
    redacted_at: str | None = None


def check(practice: Practice, text: str, what: str) -> str:
    """Refuse a reason that may identify a patient, naming the kinds found, never the text;
    the reason as it is kept (stripped; "" for none, which is not checked)."""
    from medsocial_tui.publishing import guard

    text = text.strip()
    if not text:
        return ""
    report = guard.report_for(practice, text)
    if report.blocking:
        raise ComplianceBlocked(
            f"the {what} may identify a patient ({', '.join(report.blocking_labels)})",
            fix="write it without names, dates, numbers or places that point to a patient; "
            "reasons are kept as practice records",
        )
    return text


def digest_of(db: Database, text: str) -> str:
    """The keyed digest of a reason (unkeyed, a short reason could be guessed from it)."""
    key = records_key.key_for(db)
    if key is None:
        raise RuntimeError("reasons need a database file with a record key")
    return records_key.mac(key, "reason", text)


def keep(
    db: Database, text: str, by: str, purpose: str, subject_type: str, subject_id: object
) -> tuple[int, str]:
    """Store a reason (already checked); its id and digest for the audit event. Inside the
    write transaction of the change it explains."""
    digest = digest_of(db, text)
    cursor = db.conn.execute(
        "INSERT INTO reasons (digest, purpose, subject_type, subject_id, text, written_by,"
        " written_at) VALUES (?, ?, ?, ?, ?, ?, ?)",
        (digest, purpose, subject_type, str(subject_id), text, by, clock.to_iso(clock.now())),
    )
    return int(cursor.lastrowid or 0), digest


def record_with_reason(
    db: Database,
    event: tuple[str, str, str, object],
    reason: str,
    purpose: str,
    **details: Any,
) -> None:
    """Append the audit event of a change a person explained: ``event`` is (actor, action,
    subject type, subject id) as :func:`audit.record` takes them; ``reason`` (already
    checked), where there is one, is kept (:func:`keep`, for ``purpose``) and the event
    carries its id and digest, never its text. Inside the write transaction of the change."""
    actor, action, subject_type, subject_id = event
    if reason:
        reason_id, digest = keep(db, reason, actor, purpose, subject_type, subject_id)
        details = {**details, "reason_id": reason_id, "reason_digest": digest}
    audit.record(db, actor, action, subject_type, subject_id, **details)


def get(db: Database, reason_id: int) -> Reason:
    row = db.conn.execute(
        "SELECT id, digest, purpose, subject_type, subject_id, text, written_by, written_at,"
        " redacted_by, redacted_at FROM reasons WHERE id=?",
        (reason_id,),
    ).fetchone()
    if row is None:
        raise NotFound(f"no reason {reason_id}", fix="`medsocial audit reasons` lists them")
    return Reason(*row)


def listing(db: Database, limit: int = 100) -> list[Reason]:
    rows = db.conn.execute(
        "SELECT id, digest, purpose, subject_type, subject_id, text, written_by, written_at,"
        " redacted_by, redacted_at FROM reasons ORDER BY id DESC LIMIT ?",
        (limit,),
    ).fetchall()
    return [Reason(*r) for r in rows]


_SHOWN_COPY = {"post": ("posts", "review_note"), "inbox_reply": ("inbox_replies", "last_error")}
"""Where a subject shows its latest reason to people (table, column): emptied with it."""


def redact(practice: Practice, reason_id: int) -> Reason:
    """An admin removes a reason's text (the digest stays, and the audit chain says who
    redacted it and when). A post's review note or a sent-back reply's note, which repeats
    it, is emptied too."""
    admin = require_login(practice.store, practice.login, Action.AUDIT)
    reason = get(practice.store.db, reason_id)
    if reason.text is None:
        return reason
    now = clock.to_iso(clock.now())
    with practice.store.write() as db:
        db.conn.execute(
            "UPDATE reasons SET text=NULL, redacted_by=?, redacted_at=? WHERE id=?",
            (admin.login, now, reason_id),
        )
        copy = _SHOWN_COPY.get(reason.subject_type)
        if copy is not None:
            table, column = copy
            db.conn.execute(
                f"UPDATE {table} SET {column}='' WHERE id=? AND {column}=?",
                (reason.subject_id, reason.text),
            )
        audit.record(db, admin.login, "reason.redacted", "reason", reason_id, digest=reason.digest)
    return get(practice.store.db, reason_id)


def tampered(db: Database) -> list[int]:
    """Reasons whose text no longer matches the digest the chain holds."""
    key = records_key.key_for(db, create=False)
    if key is None:
        return []
    return [
        int(r[0])
        for r in db.conn.execute("SELECT id, digest, text FROM reasons WHERE text IS NOT NULL")
        if not records_key.same(r[1], records_key.mac(key, "reason", r[2]))
    ]
