"""The inbox item and reply state machines, as data (like :mod:`states` for deliveries).

An inbox item is one thing someone wrote to one of the practice's accounts (a comment, a
message, a review, a mention). Only the transitions listed here are possible; every move is
a compare-and-set on the current state (:meth:`Machine.move`, the one mechanism of
:mod:`machine`) with its audit event.
"""

from __future__ import annotations

import enum

from medsocial_tui.machine import Machine


class InboxState(enum.StrEnum):
    NEW = "new"
    SEEN = "seen"
    REPLIED = "replied"
    FOLLOW_UP = "needs_follow_up"
    ESCALATED = "escalated"
    HIDDEN = "hidden"
    CLOSED = "closed"


N = InboxState

ITEMS: Machine[InboxState] = Machine(
    "an inbox item",
    InboxState,
    "inbox_items",
    "state",
    {
        N.NEW: frozenset({N.SEEN, N.REPLIED, N.FOLLOW_UP, N.ESCALATED, N.HIDDEN, N.CLOSED}),
        N.SEEN: frozenset({N.REPLIED, N.FOLLOW_UP, N.ESCALATED, N.HIDDEN, N.CLOSED}),
        N.FOLLOW_UP: frozenset({N.REPLIED, N.ESCALATED, N.HIDDEN, N.CLOSED}),
        N.ESCALATED: frozenset({N.REPLIED, N.FOLLOW_UP, N.ESCALATED, N.HIDDEN, N.CLOSED}),
        N.REPLIED: frozenset({N.FOLLOW_UP, N.ESCALATED, N.HIDDEN, N.CLOSED}),
        N.HIDDEN: frozenset({N.SEEN, N.CLOSED}),
        N.CLOSED: frozenset({N.FOLLOW_UP, N.SEEN}),
    },
)
TRANSITIONS = ITEMS.moves

UNANSWERED = frozenset({N.NEW, N.SEEN, N.FOLLOW_UP, N.ESCALATED})
"""Items still waiting for the practice: counted in the header, by doctor and the alert."""

DESCRIPTIONS: dict[InboxState, str] = {
    N.NEW: "not looked at yet",
    N.SEEN: "read, not answered",
    N.REPLIED: "answered",
    N.FOLLOW_UP: "needs a follow-up",
    N.ESCALATED: "handed to a named staff member",
    N.HIDDEN: "hidden on the network",
    N.CLOSED: "done, no answer needed",
}


can_move = ITEMS.can_move


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

REPLIES: Machine[ReplyState] = Machine(
    "a reply",
    ReplyState,
    "inbox_replies",
    "state",
    {
        R.WAITING: frozenset({R.APPROVED, R.REJECTED, R.CANCELED}),
        # approved -> failed: found unsendable before any request (its approval no longer
        # holds, the reply guard stops it now)
        R.APPROVED: frozenset({R.SENDING, R.CANCELED, R.FAILED}),
        R.SENDING: frozenset({R.SENT, R.UNKNOWN, R.FAILED, R.APPROVED}),
        R.UNKNOWN: frozenset({R.SENT, R.FAILED, R.APPROVED}),
        R.FAILED: frozenset({R.CANCELED}),
        R.REJECTED: frozenset(),
        R.SENT: frozenset(),
        R.CANCELED: frozenset(),
    },
)
REPLY_TRANSITIONS = REPLIES.moves

OPEN_REPLIES = frozenset({R.WAITING, R.APPROVED, R.SENDING, R.UNKNOWN})
"""A reply in one of these states stops another reply to the same item being written."""


can_move_reply = REPLIES.can_move
