"""What an approver should know about a post before approving it, beyond its text: what is
attached (and where it lies), why it was sent back before, what the guard stopped or an
approver overrode earlier, and which accounts cannot post."""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from medsocial_tui.accounts.connections import connection_problem
from medsocial_tui.home.practice import Practice
from medsocial_tui.models import Post


def size_words(size: int) -> str:
    """'12.3 MB', '842 KB', '120 bytes'."""
    if size >= 1_000_000:
        return f"{size / 1_000_000:.1f} MB"
    if size >= 1_000:
        return f"{size / 1_000:.0f} KB"
    return f"{size} bytes"


@dataclass(frozen=True)
class Attachment:
    """A post's file as a person finds it: full path, size, pixels when known."""

    name: str
    path: Path
    size: int | None
    width: int | None
    height: int | None

    def in_words(self) -> str:
        size = size_words(self.size) if self.size is not None else "missing"
        pixels = f", {self.width}x{self.height}" if self.width and self.height else ""
        return f"{self.name} ({size}{pixels}) at {self.path}"


def attachments(practice: Practice, media: list[dict[str, Any]]) -> list[Attachment]:
    found = []
    for entry in media:
        path = practice.home.root / str(entry.get("path", ""))
        size = path.stat().st_size if path.is_file() else None
        width, height = entry.get("width"), entry.get("height")
        found.append(
            Attachment(
                str(entry.get("name") or path.name),
                path,
                size,
                int(width) if isinstance(width, int) else None,
                int(height) if isinstance(height, int) else None,
            )
        )
    return found


def guard_history(practice: Practice, post: Post) -> list[str]:
    """Earlier guard stops at flush and overrides by an approver, in words."""
    lines: list[str] = []
    ids = [str(d.id) for d in post.deliveries]
    by_delivery = {str(d.id): d.account_id for d in post.deliveries}
    if ids:
        marks = ",".join("?" * len(ids))
        rows = practice.store.query(
            "SELECT subject_id, details, at FROM events WHERE action = 'delivery.failed_unsent'"
            f" AND subject_type = 'delivery' AND subject_id IN ({marks}) ORDER BY id",
            ids,
        )
        for row in rows:
            try:
                kind = json.loads(row["details"]).get("kind")
            except ValueError:
                kind = None
            if kind == "compliance":
                account = by_delivery.get(str(row["subject_id"]), "?")
                lines.append(f"the guard stopped it on {account} at sending ({row['at'][:16]})")
    # The override in force: bound to the post's current content (an edit clears it), its
    # reason kept outside the audit chain, where an admin may have redacted it.
    override = practice.store.one(
        "SELECT o.by, r.text AS reason, r.redacted_at FROM guard_overrides o"
        " LEFT JOIN reasons r ON r.id = o.reason_id"
        " WHERE o.post_id = ? AND o.cleared_at IS NULL ORDER BY o.id DESC LIMIT 1",
        (post.id,),
    )
    if override:
        reason = override["reason"] or "(reason removed by an admin)"
        lines.append(f"the guard's stop was overridden by {override['by']}: {reason}")
    return lines


def review_facts(practice: Practice, post: Post) -> list[str]:
    """Lines for the review screen, most important first."""
    lines: list[str] = []
    if post.review_note:
        lines.append(f"Sent back before: {post.review_note}")
    lines.extend(f"Guard before: {line}" for line in guard_history(practice, post))
    for account_id in sorted({d.account_id for d in post.deliveries}):
        problem = connection_problem(practice, account_id)
        if problem:
            lines.append(f"{account_id}: {problem}; it will fail there")
    for attachment in attachments(practice, post.media):
        lines.append(f"Attached: {attachment.in_words()}")
    if not post.media:
        lines.append("No attachments.")
    return lines
