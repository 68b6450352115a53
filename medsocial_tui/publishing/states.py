"""The delivery and post state machines of DESIGN.md, as data, and the only code that moves
a delivery or a post from one state to another.

A delivery is one post to one account. Only the transitions listed in :data:`TRANSITIONS` are
possible: :func:`move` checks the table and builds the compare-and-set UPDATE from it, so two
processes (the TUI and ``flush``) can never both move the same delivery. A post's status is
what its deliveries say (:func:`post_status_of`); :func:`move_post` checks the post table and
that the two agree.
"""

from __future__ import annotations

import enum
from collections.abc import Collection, Iterable
from typing import TYPE_CHECKING, Any

from medsocial_tui.machine import NotInTable as NotInTable  # callers name it as states'
from medsocial_tui.machine import Sql as Sql
from medsocial_tui.machine import declare

if TYPE_CHECKING:
    from medsocial_tui.store import Database


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

DELIVERIES = declare(
    DeliveryState,
    "a delivery",
    "deliveries.state",
    """
    draft: being written
        -> in_review scheduled canceled
    in_review: waiting for approval
        -> scheduled rejected draft canceled
    rejected: sent back by the approver
        # rejected -> scheduled: submitted again in a practice that (now) needs no review
        -> draft in_review scheduled canceled
    scheduled: will go out at its time
        # scheduled -> deferred: the account is rate-limited or unreachable in this run, so
        # its other deliveries wait without a request; scheduled -> failed: it cannot go out
        # as things stand (not connected, the guard, its media), found before any request
        -> publishing deferred failed held todo canceled draft in_review
    deferred: waiting for the network's rate limit
        # deferred -> failed: as scheduled -> failed, found when its wait is over
        -> publishing failed held canceled
    publishing: being sent now
        # publishing -> scheduled: a run the database failed releases the claims whose
        # request never left, as if never claimed
        -> published failed unknown deferred todo scheduled
    unknown: may have gone out; check before sending again
        # unknown -> deferred / todo: the lease ran out while the request was in flight, then
        # the network's answer to that very attempt arrived (rate-limited: nothing went out;
        # hand-off: a person posts it)
        -> published failed scheduled publishing deferred todo
    failed: the network said no; a person decides
        -> scheduled canceled published
    held: missed its time; a person decides
        -> scheduled canceled published draft
    todo: to post by hand (no API)
        -> published canceled
    published: out
    canceled: canceled
    """,
)
TRANSITIONS = DELIVERIES.moves

WAITING_FOR_A_PERSON = frozenset({S.FAILED, S.UNKNOWN, S.HELD, S.TODO})
"""States that need someone to look: shown prominently in the queue and by doctor."""
WAITING = WAITING_FOR_A_PERSON

FINAL = DELIVERIES.final
"""Nothing moves a delivery out of these (published, canceled)."""

SENDABLE = frozenset({S.SCHEDULED, S.DEFERRED})
"""Due deliveries ``flush`` claims when their next attempt time has come."""

BEFORE_APPROVAL = frozenset({S.DRAFT, S.IN_REVIEW, S.REJECTED})
"""The post is still being written or reviewed: approval makes these ``scheduled``."""

CANCELABLE = frozenset(s for s, targets in TRANSITIONS.items() if S.CANCELED in targets)
"""What a cancel stops: everything that has not gone out or started going out."""

RESCHEDULABLE = frozenset({S.SCHEDULED, S.HELD})
"""Deliveries a new time makes due again (held ones were waiting for a person's decision)."""

RETRYABLE = frozenset({S.FAILED, S.HELD})
"""Sent again at the next flush when a person asks."""

RETRY_ANYWAY = frozenset({S.UNKNOWN})
"""May already be out: sent again only when a person confirms they checked the page."""

RESOLVABLE = frozenset({S.FAILED, S.UNKNOWN, S.HELD, S.TODO})
"""A person may say what happened: it is out (with its URL), or it failed."""

NEXT_STEP: dict[DeliveryState, str] = {
    S.FAILED: "fix what the network said, then retry; or mark it failed for good",
    S.UNKNOWN: "look at the page: mark it out with its URL, or retry anyway if it is not there",
    S.HELD: "send it late after all, move it to another time, or cancel it",
    S.TODO: "post it by hand, then mark it out with its URL",
    S.REJECTED: "edit it as the approver asked, then submit it again",
    S.DEFERRED: "nothing: it goes out when the network allows",
}
"""What a person does next about a delivery in this state, in words."""

EDITABLE = frozenset({S.DRAFT, S.REJECTED, S.IN_REVIEW, S.SCHEDULED})
"""A post may be edited only while none of its deliveries has been attempted."""

DESCRIPTIONS = DELIVERIES.words


can_move = DELIVERIES.can_move
move = DELIVERIES.move
"""Move one delivery (:meth:`Machine.move`): compare-and-set, True when it moved."""
check = DELIVERIES.check
"""Raise :class:`NotInTable` unless the table lists every ``from_`` -> ``to``."""


def sql_in(states: Iterable[DeliveryState | str]) -> str:
    """``('a','b')`` for ``state IN ...``: the named sets above, spelled once."""
    return "(" + ",".join(f"'{DeliveryState(s).value}'" for s in sorted(states)) + ")"


def move_post_deliveries(
    db: Database,
    post_id: int,
    from_: DeliveryState | str | Collection[DeliveryState | str],
    to: DeliveryState | str,
    **options: Any,
) -> int:
    """:func:`move` for every delivery of one post in ``from_`` (the same options); how many
    moved."""
    return DELIVERIES.update(db, "post_id=?", (post_id,), from_, to, **options)


class PostStatus(enum.StrEnum):
    """Where a post stands as a whole; what its deliveries say (:func:`post_status_of`)."""

    DRAFT = "draft"
    IN_REVIEW = "in_review"
    REJECTED = "rejected"
    APPROVED = "approved"
    CANCELED = "canceled"


P = PostStatus

POSTS = declare(
    PostStatus,
    "a post",
    "posts.status",
    """
    draft
        -> in_review approved canceled
    in_review
        -> approved rejected draft canceled
    rejected
        -> in_review approved draft canceled
    approved
        # approved -> draft: edited where review is needed, or held by flush for an approval
        # that no longer matches it, so it is approved anew
        -> draft canceled
    canceled
    """,
)
POST_TRANSITIONS = POSTS.moves

DELIVERY_STATE_FOR: dict[PostStatus, DeliveryState] = {
    P.DRAFT: S.DRAFT,
    P.IN_REVIEW: S.IN_REVIEW,
    P.REJECTED: S.REJECTED,
    P.APPROVED: S.SCHEDULED,
    P.CANCELED: S.CANCELED,
}
"""The state a post's waiting deliveries take when the post reaches a status."""


def post_status_of(delivery_states: Iterable[DeliveryState | str]) -> PostStatus | None:
    """A post's status from its deliveries: still being written, reviewed or sent back while
    any delivery is; canceled when every one is; approved otherwise (scheduled, going out,
    out, or waiting for a person). None for a post without deliveries."""
    found = {DeliveryState(s) for s in delivery_states}
    if not found:
        return None
    for state, status in ((S.DRAFT, P.DRAFT), (S.REJECTED, P.REJECTED), (S.IN_REVIEW, P.IN_REVIEW)):
        if state in found:
            return status
    if found == {S.CANCELED}:
        return P.CANCELED
    return P.APPROVED


def post_status_in_db(db: Database, post_id: int) -> PostStatus | None:
    rows = db.conn.execute("SELECT state FROM deliveries WHERE post_id=?", (post_id,))
    return post_status_of(r[0] for r in rows)


class PostOutOfStep(RuntimeError):
    """A post's stored status disagrees with its deliveries: a bug in the caller."""


def move_post(
    db: Database, post_id: int, from_: PostStatus | str, to: PostStatus | str, **fields: Any
) -> bool:
    """Set a post's status from ``from_`` to ``to`` (compare-and-set, with ``fields``), after
    its deliveries moved in the same transaction; False when the post is no longer ``from_``.
    Raises :class:`NotInTable` for a change the post table does not list, and
    :class:`PostOutOfStep` (the caller's transaction then rolls back) when the deliveries
    say otherwise."""
    target = PostStatus(to)
    if not POSTS.move(db, post_id, from_, target, **fields):
        return False
    derived = post_status_in_db(db, post_id)
    if derived is not None and derived is not target:
        raise PostOutOfStep(
            f"post {post_id} would be {target.value} while its deliveries say {derived.value}"
        )
    return True
