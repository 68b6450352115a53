"""Words a person reads instead of the database's ids: a post's status, counts of things."""

from __future__ import annotations

from medsocial_tui.publishing.states import DeliveryState as S

STATE_SHORT = {
    S.DRAFT: "draft",
    S.IN_REVIEW: "review",
    S.REJECTED: "sent back",
    S.SCHEDULED: "scheduled",
    S.DEFERRED: "waiting",
    S.PUBLISHING: "sending",
    S.PUBLISHED: "out",
    S.FAILED: "FAILED",
    S.UNKNOWN: "UNKNOWN",
    S.HELD: "HELD",
    S.TODO: "TO DO",
    S.CANCELED: "canceled",
}
"""A delivery's state in a word or two, for a table cell (the queue, a post)."""

STATE_STYLE = {
    S.FAILED: "bold red",
    S.UNKNOWN: "bold red",
    S.HELD: "bold yellow",
    S.TODO: "bold yellow",
    S.REJECTED: "yellow",
    S.PUBLISHED: "green",
}
"""How a delivery's state stands out: red or yellow when a person must look."""


POST_STATUS = {
    "draft": "draft",
    "in_review": "waiting for review",
    "rejected": "sent back",
    "approved": "approved",
    "canceled": "canceled",
}


KIND_WORDS = {
    "general": "general",
    "hours_change": "hours change",
    "provider_availability": "provider availability",
    "education": "patient education",
    "qa": "Q&A card",
    "health_news": "health news",
    "live_session": "live session",
}
"""The post types in a person's words (the menu showed the raw ids "qa", "hours_change")."""


def kind_words(kind: str) -> str:
    return KIND_WORDS.get(kind, kind.replace("_", " "))


def review_note_words(status: str, note: str) -> str:
    """The approver's words on a post, as the queue, the post and compose show them: "Sent
    back: ..." while the post waits for its author, "Sent back before: ..." once it is a
    draft or in review again, "Approver's note: ..." once approved (approving replaces the
    note, and an edit after approval clears it, so a draft's note is always a reason it was
    sent back), "Review note: ..." on a canceled post (either kind)."""
    return f"{_REVIEW_NOTE_LABELS.get(status, 'Review note')}: {note}"


_REVIEW_NOTE_LABELS = {
    "rejected": "Sent back",
    "draft": "Sent back before",
    "in_review": "Sent back before",
    "approved": "Approver's note",
}


def accounts_cell(ids: list[str], width: int) -> str:
    """The accounts a post goes to in ``width`` characters, the ones left out counted:
    "facebook +2", where "facebook, snapchat," cut the third off unsaid."""
    for shown in range(len(ids), 0, -1):
        rest = len(ids) - shown
        cell = ", ".join(ids[:shown]) + (f" +{rest}" if rest else "")
        if len(cell) <= width:
            return cell
    return count(len(ids), "account")


def post_status(status: str) -> str:
    """'sent back', not 'rejected'; 'waiting for review', not 'in_review'."""
    return POST_STATUS.get(status, status.replace("_", " "))


def count(n: int, one: str, many: str | None = None) -> str:
    """'1 account', '2 accounts'."""
    return f"{n} {one if n == 1 else (many or one + 's')}"


def width_for(values: list[str], least: int, most: int) -> int:
    """A column as wide as its longest value, between ``least`` and ``most``."""
    return min(max([least, *(len(v) for v in values)]), most)
