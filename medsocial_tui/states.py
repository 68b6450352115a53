"""The delivery state machine of DESIGN.md, as data.

A delivery is one post to one account. Only the transitions listed here are possible; the
queue and flush modules move deliveries with compare-and-set updates on these states.
"""

from __future__ import annotations

import enum


class DeliveryState(enum.StrEnum):
    DRAFT = "draft"
    IN_REVIEW = "in_review"
    REJECTED = "rejected"
    SCHEDULED = "scheduled"
    DEFERRED = "deferred"
    PUBLISHING = "publishing"
    PUBLISHED = "published"
    FAILED = "failed"
    UNKNOWN = "unknown"
    HELD = "held"
    TODO = "todo"
    CANCELED = "canceled"


S = DeliveryState

TRANSITIONS: dict[DeliveryState, frozenset[DeliveryState]] = {
    S.DRAFT: frozenset({S.IN_REVIEW, S.SCHEDULED, S.CANCELED}),
    S.IN_REVIEW: frozenset({S.SCHEDULED, S.REJECTED, S.DRAFT, S.CANCELED}),
    S.REJECTED: frozenset({S.DRAFT, S.IN_REVIEW, S.CANCELED}),
    S.SCHEDULED: frozenset({S.PUBLISHING, S.HELD, S.TODO, S.CANCELED, S.DRAFT, S.IN_REVIEW}),
    S.DEFERRED: frozenset({S.PUBLISHING, S.HELD, S.CANCELED}),
    S.PUBLISHING: frozenset({S.PUBLISHED, S.FAILED, S.UNKNOWN, S.DEFERRED, S.TODO}),
    S.UNKNOWN: frozenset({S.PUBLISHED, S.FAILED, S.SCHEDULED, S.PUBLISHING}),
    S.FAILED: frozenset({S.SCHEDULED, S.CANCELED, S.PUBLISHED}),
    S.HELD: frozenset({S.SCHEDULED, S.CANCELED, S.PUBLISHED, S.DRAFT}),
    S.TODO: frozenset({S.PUBLISHED, S.CANCELED}),
    S.PUBLISHED: frozenset(),
    S.CANCELED: frozenset(),
}

WAITING_FOR_A_PERSON = frozenset({S.FAILED, S.UNKNOWN, S.HELD, S.TODO})
"""States that need someone to look: shown prominently in the queue and by doctor."""

RETRYABLE = frozenset({S.FAILED, S.HELD})
"""Sent again at the next flush when a person asks."""

RETRY_ANYWAY = frozenset({S.UNKNOWN})
"""May already be out: sent again only when a person confirms they checked the page."""

RESOLVABLE = frozenset({S.FAILED, S.UNKNOWN, S.HELD, S.TODO})
"""A person may say what happened: it is out (with its URL), or it failed."""

NEXT_STEP: dict[DeliveryState, str] = {
    S.FAILED: "fix what the network said, then retry; or mark it failed for good",
    S.UNKNOWN: "look at the page: mark it out with its URL, or retry anyway if it is not there",
    S.HELD: "retry to send it now, reschedule it, or cancel it",
    S.TODO: "post it by hand, then mark it out with its URL",
    S.REJECTED: "edit it as the approver asked, then submit it again",
    S.DEFERRED: "nothing: it goes out when the network allows",
}
"""What a person does next about a delivery in this state, in words."""

EDITABLE = frozenset({S.DRAFT, S.REJECTED, S.IN_REVIEW, S.SCHEDULED})
"""A post may be edited only while none of its deliveries has been attempted."""

DESCRIPTIONS: dict[DeliveryState, str] = {
    S.DRAFT: "being written",
    S.IN_REVIEW: "waiting for approval",
    S.REJECTED: "sent back by the approver",
    S.SCHEDULED: "will go out at its time",
    S.DEFERRED: "waiting for the network's rate limit",
    S.PUBLISHING: "being sent now",
    S.PUBLISHED: "out",
    S.FAILED: "the network said no; a person decides",
    S.UNKNOWN: "may have gone out; check before sending again",
    S.HELD: "missed its time; a person decides",
    S.TODO: "to post by hand (no API)",
    S.CANCELED: "canceled",
}


def can_move(current: DeliveryState | str, target: DeliveryState | str) -> bool:
    return DeliveryState(target) in TRANSITIONS[DeliveryState(current)]
