"""Approvals and guard overrides, bound to exactly what was approved.

An approval (or the practice's no-review rule, when it applies) and a guard override record
a digest of the post's content (kind, text, per-account texts, link, media digests, options
and the accounts it goes to), sealed with the practice's record key. Any edit clears them;
``flush`` sends a delivery only while an approval's digest matches what it would publish
now, so a delivery set to ``scheduled`` by hand, or a post changed after approval, waits for
a person instead of going out.
"""

from __future__ import annotations

import enum
import hashlib
import json
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from medsocial_tui import clock
from medsocial_tui.errors import MedsocialError
from medsocial_tui.home.config import PracticeConfig
from medsocial_tui.records import audit, records_key
from medsocial_tui.when import describe

if TYPE_CHECKING:
    from zoneinfo import ZoneInfo

    from medsocial_tui.models import Post
    from medsocial_tui.publishing.guard import CleanVerdict
    from medsocial_tui.store import Database


class Basis(enum.StrEnum):
    """Why a post may go out."""

    APPROVER = "approver"
    """An approver (not its author or last editor, unless a one-person practice) approved it."""
    NO_REVIEW = "no_review"
    """The practice's config says posts need no review (``review_required = false``)."""
    URGENT = "urgent"
    """An hours change sent at once (``hours_change_review = false``)."""
    LEGACY = "legacy"
    """Approved before approvals were bound; bound to the content at the upgrade."""


BASIS_WORDS = {
    Basis.APPROVER: "approved by",
    Basis.NO_REVIEW: "sent without review (review_required = false) by",
    Basis.URGENT: "sent at once as an hours change by",
    Basis.LEGACY: "approved before this version by",
}


@dataclass(frozen=True)
class Approval:
    """One approval of a post, or the rule that let it go out without one."""

    id: int
    post_id: int
    basis: Basis
    by: str
    at: str
    """When, as stored: ISO 8601, UTC."""
    digest: str
    """The sealed digest of the content approved: a delivery goes out only while it matches."""

    def in_words(self, tz: ZoneInfo | None = None) -> str:
        """'approved by ana at today, Wed 02 Dec 2026 09:14 (America/Chicago)': in the
        practice's timezone when it is given (what a person reads), else as stored in UTC
        (what an export keeps)."""
        if tz is None:
            return f"{BASIS_WORDS[self.basis]} {self.by} at {self.at[:16]} UTC"
        moment = datetime.fromisoformat(self.at)
        if moment.tzinfo is None:
            moment = moment.replace(tzinfo=UTC)
        return f"{BASIS_WORDS[self.basis]} {self.by} at {describe(moment, tz)}"


def file_digest(path: Path) -> str:
    """SHA-256 of a file, read in blocks (videos may be large)."""
    digest = hashlib.sha256()
    with open(path, "rb") as handle:
        for block in iter(lambda: handle.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def media_digest(root: Path, entry: Mapping[str, Any]) -> str:
    """A media entry's content digest: the one stored with it at attach time, else the
    file's own (a missing or unreadable file is named, so it can never match an approval
    made while the file was there)."""
    stored = entry.get("sha256")
    if isinstance(stored, str) and stored:
        return stored
    if entry.get("url") and not entry.get("path"):
        return "url:" + str(entry["url"])
    raw = str(entry.get("path", ""))
    path = Path(raw) if raw.startswith("/") else root / raw
    try:
        return file_digest(path)
    except OSError:
        return "missing:" + raw


def content_digest(root: Path, post: Mapping[str, Any], accounts: Iterable[str]) -> str:
    """The digest of what a post publishes. ``post`` is its row (or the same fields)."""

    def load(value: Any, default: Any) -> Any:
        return json.loads(value) if isinstance(value, str) else (value or default)

    media = [
        {
            "path": str(m.get("path", "")),
            "sha256": media_digest(root, m),
            "alt_text": str(m.get("alt_text", "")),
        }
        for m in load(post["media"], [])
    ]
    payload = {
        "kind": post["kind"],
        "text": post["text"],
        "link": post["link"] or "",
        "overrides": load(post["overrides"], {}),
        "options": load(post["options"], {}),
        "media": media,
        "accounts": sorted(set(accounts)),
    }
    blob = json.dumps(payload, sort_keys=True, ensure_ascii=False, default=str)
    return hashlib.sha256(blob.encode("utf-8")).hexdigest()


def text_digest(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def _post_row(db: Database, post_id: int) -> dict[str, Any]:
    cursor = db.conn.execute("SELECT * FROM posts WHERE id=?", (post_id,))
    columns = [c[0] for c in cursor.description or ()]
    row = cursor.fetchone()
    if row is None:
        raise LookupError(f"no post {post_id}")
    return dict(zip(columns, row, strict=True))


def _accounts(db: Database, post_id: int) -> list[str]:
    return [
        str(r[0])
        for r in db.conn.execute("SELECT account_id FROM deliveries WHERE post_id=?", (post_id,))
    ]


def current_digest(db: Database, root: Path, post_id: int) -> str:
    """The digest of the post as stored now, with every account it has a delivery for."""
    return content_digest(root, _post_row(db, post_id), _accounts(db, post_id))


def digest_of(root: Path, post: Post) -> str:
    """:func:`current_digest` of a post already read with its deliveries (``queue.get``), in
    the transaction that asks: flush checks each post it sends without reading it twice.
    The post's fields stand in for its row (:func:`content_digest` reads them by name)."""
    return content_digest(root, vars(post), (d.account_id for d in post.deliveries))


def _seal(key: bytes, post_id: int, basis: str, by: str, at: str, digest: str) -> str:
    return records_key.mac(key, "approval", post_id, basis, by, at, digest)


def grant(
    db: Database, root: Path, post_id: int, basis: Basis, by: str, *, actor: str | None = None
) -> str:
    """Record that the post as it stands may go out, on ``basis``, and say so in the audit
    chain with the digest (``actor`` is who records it, when not ``by``). Inside the write
    transaction that schedules it."""
    key = records_key.key_for(db)
    if key is None:
        raise RuntimeError("approvals need a database file with a record key")
    digest = current_digest(db, root, post_id)
    at = clock.to_iso(clock.now())
    db.conn.execute(
        "UPDATE approvals SET cleared_at=? WHERE post_id=? AND cleared_at IS NULL", (at, post_id)
    )
    db.conn.execute(
        "INSERT INTO approvals (post_id, basis, by, at, digest, seal) VALUES (?, ?, ?, ?, ?, ?)",
        (post_id, basis.value, by, at, digest, _seal(key, post_id, basis.value, by, at, digest)),
    )
    audit.record(
        db,
        actor or by,
        "approval.granted",
        "post",
        post_id,
        basis=basis.value,
        by=by,
        digest=digest,
    )
    return digest


def clear(db: Database, post_id: int, by: str, why: str) -> int:
    """An edit clears the post's approvals, its guard overrides and the guard's verdicts
    kept with its approvals (:func:`record_clean`: flush reads the texts again). Returns how
    many approvals and overrides were cleared (what the ``approval.cleared`` event counts);
    the kept verdicts, which go with the approvals, are not counted."""
    at = clock.to_iso(clock.now())
    cleared = db.conn.execute(
        "UPDATE approvals SET cleared_at=? WHERE post_id=? AND cleared_at IS NULL", (at, post_id)
    ).rowcount
    cleared += db.conn.execute(
        "UPDATE guard_overrides SET cleared_at=? WHERE post_id=? AND cleared_at IS NULL",
        (at, post_id),
    ).rowcount
    db.conn.execute(
        "UPDATE guard_verdicts SET cleared_at=? WHERE post_id=? AND cleared_at IS NULL",
        (at, post_id),
    )
    db.conn.execute(
        "UPDATE posts SET compliance_override_by=NULL, compliance_override_reason=NULL WHERE id=?",
        (post_id,),
    )
    if cleared:
        audit.record(db, by, "approval.cleared", "post", post_id, why=why, cleared=cleared)
    return cleared


def _valid_rows(db: Database, table: str, post_id: int) -> list[dict[str, Any]]:
    cursor = db.conn.execute(
        f"SELECT * FROM {table} WHERE post_id=? AND cleared_at IS NULL ORDER BY id DESC",
        (post_id,),
    )
    columns = [c[0] for c in cursor.description or ()]
    return [dict(zip(columns, r, strict=True)) for r in cursor.fetchall()]


def latest(db: Database, post_id: int, *, include_cleared: bool = False) -> Approval | None:
    """The newest approval of the post whose seal holds (cleared ones too, when asked)."""
    key = records_key.key_for(db, create=False)
    if key is None:
        return None
    where = "" if include_cleared else " AND cleared_at IS NULL"
    for r in db.conn.execute(
        f"SELECT id, post_id, basis, by, at, digest, seal FROM approvals WHERE post_id=?{where}"
        " ORDER BY id DESC",
        (post_id,),
    ):
        if records_key.same(r[6], _seal(key, r[1], r[2], r[3], r[4], r[5])):
            return Approval(r[0], r[1], Basis(r[2]), r[3], r[4], r[5])
    return None


def why_not_sendable(
    db: Database, root: Path, config: PracticeConfig, post_id: int, digest: str | None = None
) -> str | None:
    """None when an approval of the post holds for what it would publish now; otherwise why
    not, in words. ``digest`` is the post's current digest when the caller has it."""
    try:
        key = records_key.key_for(db, create=False)
    except MedsocialError as exc:
        return f"approvals cannot be checked: {exc.what}"
    if key is None:
        return "approvals cannot be checked: the record key is missing"
    rows = _valid_rows(db, "approvals", post_id)
    if not rows:
        return "nobody approved it (no approval is on record for this post)"
    now = digest or current_digest(db, root, post_id)
    for row in rows:
        if not records_key.same(
            row["seal"], _seal(key, post_id, row["basis"], row["by"], row["at"], row["digest"])
        ):
            continue
        if row["digest"] != now:
            return (
                "it changed after it was approved (its text, media, link or accounts differ "
                "from what was approved)"
            )
        basis = Basis(row["basis"])
        if basis is Basis.NO_REVIEW and config.review_required:
            return "it went out without review, and the practice now requires review"
        if basis is Basis.URGENT and config.hours_change_review:
            return "it was sent at once as an hours change, and hours changes now need review"
        if basis is Basis.URGENT and _post_row(db, post_id)["kind"] != "hours_change":
            return "it was sent at once without review, and it is not an hours change"
        return None
    return "its approval record does not carry a valid seal (it was not made by medsocial)"


# Guard overrides


def grant_override(
    db: Database,
    root: Path,
    post_id: int,
    by: str,
    texts: Sequence[str],
    labels: Sequence[str],
    reason_id: int,
    reason_digest: str,
) -> None:
    """An approver lets these texts of the post past the guard, bound to the post's content
    as it stands. Inside a write transaction."""
    key = records_key.key_for(db)
    if key is None:
        raise RuntimeError("overrides need a database file with a record key")
    digest = current_digest(db, root, post_id)
    text_digests = json.dumps(sorted({text_digest(t) for t in texts}))
    at = clock.to_iso(clock.now())
    db.conn.execute(
        "INSERT INTO guard_overrides (post_id, digest, texts, labels, by, at, reason_id, seal)"
        " VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
        (
            post_id,
            digest,
            text_digests,
            json.dumps(sorted(labels)),
            by,
            at,
            reason_id,
            records_key.mac(key, "override", post_id, digest, text_digests, by, at, reason_id),
        ),
    )
    db.conn.execute("UPDATE posts SET compliance_override_by=? WHERE id=?", (by, post_id))
    audit.record(
        db,
        by,
        "post.guard_overridden",
        "post",
        post_id,
        labels=sorted(labels),
        digest=digest,
        texts=json.loads(text_digests),
        reason_id=reason_id,
        reason_digest=reason_digest,
    )


def override_covers(db: Database, root: Path, post_id: int, text: str) -> bool:
    """True when a sealed override of this post, made for its current content, covers this
    very text."""
    key = records_key.key_for(db, create=False)
    if key is None:
        return False
    rows = _valid_rows(db, "guard_overrides", post_id)
    if not rows:
        return False
    now = current_digest(db, root, post_id)
    wanted = text_digest(text)
    for row in rows:
        seal = records_key.mac(
            key,
            "override",
            post_id,
            row["digest"],
            row["texts"],
            row["by"],
            row["at"],
            row["reason_id"],
        )
        if not records_key.same(row["seal"], seal) or row["digest"] != now:
            continue
        if wanted in json.loads(row["texts"]):
            return True
    return False


# What the guard found clean at approval


def _verdict_seal(key: bytes, post_id: int, row: Mapping[str, Any]) -> str:
    return records_key.mac(
        key,
        "guard_verdict",
        post_id,
        row["digest"],
        row["texts"],
        row["guard"],
        row["context"],
        row["at"],
    )


def record_clean(db: Database, root: Path, post_id: int, verdict: CleanVerdict) -> None:
    """Keep with the approval what the guard found clean just before it (inside the write
    transaction that grants it), bound to the post's content as it stands and sealed: no
    edit of the database can make ``flush`` skip the guard for a text it never cleared.
    Nothing is kept when the verdict has no guard version (a plugin's check the version
    cannot describe: the guard then runs every time) and any verdict kept before is cleared."""
    key = records_key.key_for(db)
    if key is None:
        raise RuntimeError("guard verdicts need a database file with a record key")
    row = {
        "digest": current_digest(db, root, post_id),
        "texts": json.dumps(sorted(verdict.texts)),
        "guard": verdict.guard,
        "context": verdict.context,
        "at": clock.to_iso(clock.now()),
    }
    db.conn.execute(
        "UPDATE guard_verdicts SET cleared_at=? WHERE post_id=? AND cleared_at IS NULL",
        (row["at"], post_id),
    )
    if verdict.guard is None:
        return
    db.conn.execute(
        "INSERT INTO guard_verdicts (post_id, digest, texts, guard, context, at, seal)"
        " VALUES (?, ?, ?, ?, ?, ?, ?)",
        (post_id, *row.values(), _verdict_seal(key, post_id, row)),
    )


def clean_texts(
    db: Database, post_id: int, digest: str, guard: str | None, context: str
) -> set[str]:
    """The digests of the post's texts the guard found clean at approval, when that verdict
    still holds: its seal, the post's content (``digest``: as it is now), the guard's
    version and its context all the same as then. Empty otherwise (and when ``guard`` is
    None: no verdict holds for a guard :func:`guard.version` cannot describe)."""
    key = records_key.key_for(db, create=False)
    if key is None or guard is None:
        return set()
    for row in _valid_rows(db, "guard_verdicts", post_id):
        if (row["digest"], row["guard"], row["context"]) != (digest, guard, context):
            continue
        if records_key.same(row["seal"], _verdict_seal(key, post_id, row)):
            return set(json.loads(row["texts"]))
    return set()
