"""The inbox item and reply state machines, as data (like :mod:`states` for deliveries).

An inbox item is one thing someone wrote to one of the practice's accounts (a comment, a
message, a review, a mention). Only the transitions listed here are possible; every move is
a compare-and-set on the current state (:meth:`Machine.move`, the one mechanism of
:mod:`machine`) with its audit event.
"""

from __future__ import annotations

import enum

from medsocial_tui.machine import declare


class InboxState(enum.StrEnum):
    NEW = "new"
    SEEN = "seen"
    REPLIED = "replied"
    FOLLOW_UP = "needs_follow_up"
    ESCALATED = "escalated"
    HIDDEN = "hidden"
    CLOSED = "closed"


N = InboxState

ITEMS = declare(
    InboxState,
    "an inbox item",
    "inbox_items.state",
    """
    new: not looked at yet
        -> seen replied needs_follow_up escalated hidden closed
    seen: read, not answered
        -> replied needs_follow_up escalated hidden closed
    needs_follow_up: needs a follow-up
        -> replied escalated hidden closed
    escalated: handed to a named staff member
        -> replied needs_follow_up escalated hidden closed
    replied: answered
        -> needs_follow_up escalated hidden closed
    hidden: hidden on the network
        -> seen closed
    closed: done, no answer needed
        -> needs_follow_up seen
    """,
)
TRANSITIONS = ITEMS.moves

UNANSWERED = frozenset({N.NEW, N.SEEN, N.FOLLOW_UP, N.ESCALATED})
"""Items still waiting for the practice: counted in the header, by doctor and the alert."""

DESCRIPTIONS = ITEMS.words


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

REPLIES = declare(
    ReplyState,
    "a reply",
    "inbox_replies.state",
    """
    waiting_approval: waiting for an approver
        -> approved rejected canceled
    approved: approved, to be sent
        # approved -> failed: found unsendable before any request (its approval no longer
        # holds, the reply guard stops it now)
        -> sending canceled failed
    sending: being sent
        -> sent unknown failed approved
    unknown: its answer was lost: the thread is read back before it is sent again
        -> sent failed approved
    failed: failed
        -> canceled
    rejected: sent back by the approver
    sent: sent
    canceled: canceled
    """,
)
REPLY_TRANSITIONS = REPLIES.moves

REPLY_WORDS = REPLIES.words
"""A reply's state as the people reading the inbox say it (the stored name is a code),
written beside its moves in the table, as the items' and the deliveries' are."""

OPEN_REPLIES = frozenset({R.WAITING, R.APPROVED, R.SENDING, R.UNKNOWN})
"""A reply in one of these states stops another reply to the same item being written."""


can_move_reply = REPLIES.can_move
