"""The inbox item and reply state machines, as data (like :mod:`states` for deliveries).

An inbox item is one thing someone wrote to one of the practice's accounts (a comment, a
message, a review, a mention). Only the transitions listed here are possible; every move is
a compare-and-set on the current state with its audit event.
"""

from __future__ import annotations

import enum


class InboxState(enum.StrEnum):
    NEW = "new"
    SEEN = "seen"
    REPLIED = "replied"
    FOLLOW_UP = "needs_follow_up"
    ESCALATED = "escalated"
    HIDDEN = "hidden"
    CLOSED = "closed"


I = InboxState

TRANSITIONS: dict[InboxState, frozenset[InboxState]] = {
    I.NEW: frozenset({I.SEEN, I.REPLIED, I.FOLLOW_UP, I.ESCALATED, I.HIDDEN, I.CLOSED}),
    I.SEEN: frozenset({I.REPLIED, I.FOLLOW_UP, I.ESCALATED, I.HIDDEN, I.CLOSED}),
    I.FOLLOW_UP: frozenset({I.REPLIED, I.ESCALATED, I.HIDDEN, I.CLOSED}),
    I.ESCALATED: frozenset({I.REPLIED, I.FOLLOW_UP, I.ESCALATED, I.HIDDEN, I.CLOSED}),
    I.REPLIED: frozenset({I.FOLLOW_UP, I.ESCALATED, I.HIDDEN, I.CLOSED}),
    I.HIDDEN: frozenset({I.SEEN, I.CLOSED}),
    I.CLOSED: frozenset({I.FOLLOW_UP, I.SEEN}),
}

UNANSWERED = frozenset({I.NEW, I.SEEN, I.FOLLOW_UP, I.ESCALATED})
"""Items still waiting for the practice: counted in the header, by doctor and the alert."""

DESCRIPTIONS: dict[InboxState, str] = {
    I.NEW: "not looked at yet",
    I.SEEN: "read, not answered",
    I.REPLIED: "answered",
    I.FOLLOW_UP: "needs a follow-up",
    I.ESCALATED: "handed to a named staff member",
    I.HIDDEN: "hidden on the network",
    I.CLOSED: "done, no answer needed",
}


def can_move(current: InboxState | str, target: InboxState | str) -> bool:
    return InboxState(target) in TRANSITIONS[InboxState(current)]


class ReplyState(enum.StrEnum):
    WAITING = "waiting_approval"
    """A reply to a negative review, waiting for an approver."""
    APPROVED = "approved"
    """May be sent (approved, or needing no approval); sent at once, or by the next fetch
    when the network asked to wait."""
    SENDING = "sending"
    """Claimed: the request may be on its way. Never sent again blindly."""
    SENT = "sent"
    UNKNOWN = "unknown"
    """The answer was lost: the thread is read back before anything is sent again."""
    FAILED = "failed"
    REJECTED = "rejected"
    """The approver sent it back."""
    CANCELED = "canceled"


R = ReplyState

REPLY_TRANSITIONS: dict[ReplyState, frozenset[ReplyState]] = {
    R.WAITING: frozenset({R.APPROVED, R.REJECTED, R.CANCELED}),
    R.APPROVED: frozenset({R.SENDING, R.CANCELED}),
    R.SENDING: frozenset({R.SENT, R.UNKNOWN, R.FAILED, R.APPROVED}),
    R.UNKNOWN: frozenset({R.SENT, R.FAILED, R.APPROVED}),
    R.FAILED: frozenset({R.CANCELED}),
    R.REJECTED: frozenset(),
    R.SENT: frozenset(),
    R.CANCELED: frozenset(),
}

OPEN_REPLIES = frozenset({R.WAITING, R.APPROVED, R.SENDING, R.UNKNOWN})
"""A reply in one of these states stops another reply to the same item being written."""


def can_move_reply(current: ReplyState | str, target: ReplyState | str) -> bool:
    return ReplyState(target) in REPLY_TRANSITIONS[ReplyState(current)]
