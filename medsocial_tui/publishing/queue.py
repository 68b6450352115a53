"""The post queue: compose once for many accounts, review, schedule, and handle what failed.

Every change is a compare-and-set on the current state inside ``BEGIN IMMEDIATE`` with its
audit event, so a TUI edit and a running ``flush`` never overwrite each other. Reading the
queue in lists (filters, pages, counts, to-dos) is in :mod:`.queue_views`.
"""

from __future__ import annotations

import json
import uuid
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from medsocial_tui import clock
from medsocial_tui.accounts import plugin_calls
from medsocial_tui.channel import Account, Channel, Draft, Media, Problem
from medsocial_tui.errors import InvalidTransition, PermissionDenied, UsageError
from medsocial_tui.home.config import POST_KINDS
from medsocial_tui.home.practice import Practice
from medsocial_tui.models import Delivery, Post, StaffMember
from medsocial_tui.publishing import approvals, states
from medsocial_tui.publishing.approvals import Basis
from medsocial_tui.publishing.states import RESOLVABLE, RETRY_ANYWAY, RETRYABLE, can_move
from medsocial_tui.publishing.states import DeliveryState as S
from medsocial_tui.publishing.states import PostStatus as P
from medsocial_tui.records import audit, reasons
from medsocial_tui.records.staff import Action, by_login, require_login
from medsocial_tui.store import Database, Store, inserted_id

if TYPE_CHECKING:
    from medsocial_tui.publishing.guard import CleanVerdict

MOVABLE = states.BEFORE_APPROVAL | states.RESCHEDULABLE
"""Delivery states that ``reschedule`` moves to another time."""


@dataclass(frozen=True)
class Compose:
    """What a person wrote: one text for several accounts, with per-channel overrides."""

    text: str
    accounts: Sequence[str]
    kind: str = "general"
    link: str | None = None
    media: Sequence[Mapping[str, Any]] = ()
    overrides: Mapping[str, str] = field(default_factory=dict)
    options: Mapping[str, Any] = field(default_factory=dict)
    scheduled_at: datetime | None = None
    tolerance_minutes: int | None = None


def me(practice: Practice) -> StaffMember | None:
    """The signed-in staff member (the OS user)."""
    return by_login(practice.store, practice.login)


def draft_for(practice: Practice, post: Compose | Post, account_id: str) -> Draft:
    """The draft one account's channel validates and publishes."""
    channel_name = practice.config.account(account_id).channel  # type: ignore[union-attr]
    if isinstance(post, Post):
        text = post.text_for(account_id, channel_name)
    else:
        text = post.overrides.get(account_id) or post.overrides.get(channel_name) or post.text
    media = tuple(
        Media(
            path=practice.home.media_dir / Path(str(m["path"])).name,
            alt_text=m.get("alt_text", ""),
            mime_type=m.get("mime_type", ""),
            width=m.get("width"),
            height=m.get("height"),
            size_bytes=m.get("size_bytes"),
            url=m.get("url"),
        )
        for m in post.media
    )
    return Draft(text=text, media=media, link=post.link, kind=post.kind, options=dict(post.options))


def preview(practice: Practice, compose: Compose) -> dict[str, list[Problem]]:
    """Each account's offline validation problems, for the live preview and on submit."""
    problems: dict[str, list[Problem]] = {}
    for account_id in compose.accounts:
        try:
            channel = practice.channel_for(account_id)
            account = practice.account(account_id)
            draft = draft_for(practice, compose, account_id)
            problems[account_id] = plugin_calls.validate(
                channel, draft, account
            ) + alt_text_problems(channel, draft, account)
        except UsageError as exc:
            problems[account_id] = [Problem(exc.what)]
    return problems


IMAGE_SUFFIXES = frozenset({".jpg", ".jpeg", ".png", ".gif", ".webp", ".heic", ".tif", ".tiff"})


def is_image(item: Media) -> bool:
    if item.mime_type:
        return item.mime_type.startswith("image/")
    return Path(str(item.path)).suffix.lower() in IMAGE_SUFFIXES


def alt_text_problems(channel: Channel, draft: Draft, account: Account | None) -> list[Problem]:
    """One blocking problem per image without alt text, on a network that shows alt text
    (the channel declares it in its limits)."""
    limits = plugin_calls.limits_of(channel, account)
    if limits is None or not limits.alt_text:
        return []
    return [
        Problem(
            f"{Path(str(item.path)).name} has no alt text: {channel.title} describes images "
            "to screen readers, so write one (it is checked by the guard like the post)",
            field="media",
        )
        for item in draft.media
        if is_image(item) and not item.alt_text.strip()
    ]


def _check_compose(practice: Practice, compose: Compose) -> None:
    if compose.kind not in POST_KINDS:
        raise UsageError(
            f"unknown post kind {compose.kind!r}", fix="use one of " + ", ".join(POST_KINDS)
        )
    if not compose.accounts:
        raise UsageError("choose at least one account", fix="`medsocial accounts` lists them")
    unknown = [a for a in compose.accounts if practice.config.account(a) is None]
    if unknown:
        raise UsageError(
            f"no account {unknown[0]!r} in the config",
            fix="pick one of: " + ", ".join(a.id for a in practice.config.accounts),
        )
    if len(set(compose.accounts)) != len(compose.accounts):
        raise UsageError("an account is chosen twice")


def _blocking(problems: dict[str, list[Problem]]) -> list[str]:
    return [f"{acc}: {p.message}" for acc, items in problems.items() for p in items if p.blocking]


def _content(compose: Compose) -> tuple[Any, ...]:
    """The post columns that come from what the person wrote, in table order."""
    return (
        compose.kind,
        compose.text,
        compose.link,
        json.dumps(list(compose.media)),
        json.dumps(dict(compose.overrides)),
        json.dumps(dict(compose.options)),
        clock.to_iso(compose.scheduled_at) if compose.scheduled_at else None,
        compose.tolerance_minutes,
    )


def create(practice: Practice, compose: Compose, *, action: Action = Action.COMPOSE) -> Post:
    """Save a new post as a draft with one delivery per chosen account. ``action`` is what
    the author must be allowed to do (an hours change is allowed to more people than a post)."""
    author = require_login(practice.store, practice.login, action)
    _check_compose(practice, compose)
    now = clock.now_iso()
    with practice.store.write() as db:
        cursor = db.conn.execute(
            "INSERT INTO posts (kind, text, link, media, overrides, options, scheduled_at,"
            " tolerance_minutes, author, edited_by, status, created_at, updated_at)"
            " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (*_content(compose), author.login, author.login, P.DRAFT.value, now, now),
        )
        post_id = inserted_id(cursor)
        for account_id in compose.accounts:
            db.conn.execute(
                "INSERT INTO deliveries (post_id, account_id, state, scheduled_at,"
                " idempotency_key, updated_at) VALUES (?, ?, ?, ?, ?, ?)",
                (
                    post_id,
                    account_id,
                    S.DRAFT.value,
                    clock.to_iso(compose.scheduled_at) if compose.scheduled_at else None,
                    uuid.uuid4().hex,
                    now,
                ),
            )
        audit.record(
            db,
            author.login,
            "post.created",
            "post",
            post_id,
            kind=compose.kind,
            accounts=list(compose.accounts),
        )
    return get(practice.store, post_id)


def _note_kept(post: Post) -> str:
    """The review note a post keeps when it is edited: a reason it was sent back stays for
    its author; an approver's note goes with the approval it was written for (it stays in
    the practice's reasons), so it is never shown as a reason for sending the post back."""
    return "" if post.status == P.APPROVED else post.review_note


def edit(practice: Practice, post_id: int, compose: Compose) -> Post:
    """Change a post that has not started going out. An approved post goes back to review."""
    actor = require_login(practice.store, practice.login, Action.COMPOSE)
    _check_compose(practice, compose)
    post = get(practice.store, post_id)
    if post.status == P.CANCELED:
        raise InvalidTransition(f"post {post_id} is {post.status} and can no longer be edited")
    started = [d for d in post.deliveries if d.state not in states.EDITABLE | {S.CANCELED}]
    if started:
        raise InvalidTransition(
            f"post {post_id} has already started going out ({started[0].account_id}: "
            f"{started[0].state.value}); write a new post instead"
        )
    was = P(post.status)
    back_to_draft = was in (P.APPROVED, P.IN_REVIEW) and practice.config.review_required
    new_status = P.DRAFT if back_to_draft else was
    state = states.DELIVERY_STATE_FOR[new_status]
    now = clock.now_iso()
    when = clock.to_iso(compose.scheduled_at) if compose.scheduled_at else None
    due_at = (when or now) if state is S.SCHEDULED else None
    with practice.store.write() as db:
        changed = db.conn.execute(
            "UPDATE posts SET kind=?, text=?, link=?, media=?, overrides=?, options=?,"
            " scheduled_at=?, tolerance_minutes=?, approved_by=NULL, approved_at=NULL,"
            " review_note=?, edited_by=?, updated_at=? WHERE id=? AND status=?",
            (*_content(compose), _note_kept(post), actor.login, now, post_id, post.status),
        ).rowcount
        _refuse_if_moved(changed, post_id)
        started_now = db.conn.execute(
            "SELECT account_id, state FROM deliveries WHERE post_id=? AND state NOT IN"
            f" {states.sql_in(states.EDITABLE | {S.CANCELED})} LIMIT 1",
            (post_id,),
        ).fetchone()
        if started_now:
            raise InvalidTransition(
                f"post {post_id} started going out meanwhile ({started_now[0]}: "
                f"{started_now[1]}); write a new post instead"
            )
        keep = list(dict.fromkeys(compose.accounts))
        marks = ",".join("?" * len(keep))
        db.conn.execute(
            f"DELETE FROM deliveries WHERE post_id=? AND attempts=0 AND account_id NOT IN ({marks})",
            (post_id, *keep),
        )
        for account_id in keep:
            db.conn.execute(
                "INSERT INTO deliveries (post_id, account_id, state, scheduled_at, next_attempt_at,"
                " idempotency_key, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?)"
                " ON CONFLICT(post_id, account_id) DO NOTHING",
                (post_id, account_id, state.value, due_at or when, due_at, uuid.uuid4().hex, now),
            )
        states.move_post_deliveries(
            db,
            post_id,
            {states.DELIVERY_STATE_FOR[was], state},
            state,
            where=f"account_id IN ({marks})",
            where_params=keep,
            scheduled_at=due_at or when,
            next_attempt_at=due_at,
            updated_at=now,
        )
        states.move_post(db, post_id, was, new_status)
        audit.record(
            db,
            actor.login,
            "post.edited",
            "post",
            post_id,
            accounts=list(compose.accounts),
            back_to_draft=back_to_draft,
        )
        approvals.clear(db, post_id, actor.login, "edited")
        if state is S.SCHEDULED:
            approvals.grant(db, practice.home.root, post_id, Basis.NO_REVIEW, actor.login)
    return get(practice.store, post_id)


def submit(practice: Practice, post_id: int) -> Post:
    """Send a draft for review, or straight to the schedule when the practice needs none.
    An approved post whose deliveries ``flush`` held for want of a matching approval goes
    back to review the same way."""
    actor = require_login(practice.store, practice.login, Action.COMPOSE)
    post = get(practice.store, post_id)
    if post.status == P.APPROVED and _held_for_approval(post):
        _back_to_review(practice, actor.login, post)
        post = get(practice.store, post_id)
    if post.status not in (P.DRAFT, P.REJECTED):
        raise InvalidTransition(f"post {post_id} is {post.status}; only drafts are submitted")
    verdict = _may_go_out(
        practice, post, "the post", "fix what the preview shows, then submit again"
    )
    if practice.config.review_required:
        # the reason it was sent back stays with it until approval: the approver reads it again
        _move_post(
            practice.store,
            actor.login,
            post,
            P.IN_REVIEW,
            "post.submitted",
            review_note=post.review_note,
        )
    else:
        _schedule(practice, actor.login, post, "post.submitted", Basis.NO_REVIEW, verdict=verdict)
    return get(practice.store, post_id)


def _may_go_out(practice: Practice, post: Post, what: str, fix: str) -> CleanVerdict:
    """Refuse a post its preview finds a blocking problem in, then ask the guard."""
    found = _validate_post(practice, post)
    problems = _blocking(found)
    if problems:
        broken = [
            acc
            for acc, items in found.items()
            if any(p.field == plugin_calls.PLUGIN_FAILED for p in items)
        ]
        if broken:
            fix = (
                f"take {', '.join(broken)} off the post for now, and tell whoever installed "
                "its plugin (`medsocial plugins` names it); no change to the text mends it"
            )
        raise UsageError(f"{what} cannot go out as written: " + "; ".join(problems), fix=fix)
    return _guard(practice, post)


def _held_for_approval(post: Post) -> bool:
    return any(d.state is S.HELD and d.error_kind == "approval" for d in post.deliveries)


def _back_to_review(practice: Practice, actor: str, post: Post) -> None:
    """A post ``flush`` would not send (its approval does not match it) becomes a draft
    again, with the deliveries held for that reason, so it is submitted and approved anew."""
    now = clock.now_iso()
    with practice.store.write() as db:
        cleared: dict[str, Any] = {"error_kind": None, "last_error": "", "updated_at": now}
        states.move_post_deliveries(db, post.id, S.SCHEDULED, S.DRAFT, **cleared)
        states.move_post_deliveries(
            db,
            post.id,
            S.HELD,
            S.DRAFT,
            where="error_kind=?",
            where_params=("approval",),
            **cleared,
        )
        _set_status(db, post, P.DRAFT, approved_by=None, approved_at=None, review_note="")
        approvals.clear(db, post.id, actor, "sent for approval again")
        audit.record(db, actor, "post.reopened", "post", post.id)


def submit_urgent(practice: Practice, post_id: int, *, action: Action, review: bool) -> Post:
    """Send an urgent notice (an hours change) out now: checked like any post, then due at
    once, or into review only when ``review`` (the practice wants even these approved)."""
    actor = require_login(practice.store, practice.login, action)
    post = get(practice.store, post_id)
    if post.status != P.DRAFT:
        raise InvalidTransition(f"post {post_id} is {post.status}; only drafts are submitted")
    verdict = _may_go_out(
        practice, post, "the notice", "shorten the extra line or remove the photo"
    )
    if review:
        _move_post(practice.store, actor.login, post, P.IN_REVIEW, "post.submitted")
    else:
        _schedule(practice, actor.login, post, "post.sent_now", Basis.URGENT, verdict=verdict)
    return get(practice.store, post_id)


def _validate_post(practice: Practice, post: Post) -> dict[str, list[Problem]]:
    problems: dict[str, list[Problem]] = {}
    for d in post.deliveries:
        if d.state is S.CANCELED:
            continue
        try:
            channel = practice.channel_for(d.account_id)
            account = practice.account(d.account_id)
            draft = draft_for(practice, post, d.account_id)
            problems[d.account_id] = plugin_calls.validate(
                channel, draft, account
            ) + alt_text_problems(channel, draft, account)
        except UsageError as exc:
            problems[d.account_id] = [Problem(exc.what)]
    return problems


def _guard(practice: Practice, post: Post) -> CleanVerdict:
    """Run the compliance guard over every text this post will publish; what it found clean
    is kept with the approval (see :func:`_schedule`)."""
    from medsocial_tui.publishing import guard

    return guard.require_clean(practice, post)


def approve(practice: Practice, post_id: int, note: str = "") -> Post:
    approver = require_login(practice.store, practice.login, Action.APPROVE)
    post = get(practice.store, post_id)
    if post.status != P.IN_REVIEW:
        raise InvalidTransition(f"post {post_id} is {post.status}, not waiting for review")
    if post.author == approver.login and not practice.config.one_person_practice:
        raise PermissionDenied(
            "an approver cannot approve their own post",
            fix="ask another approver, or set one_person_practice = true in practice.toml",
        )
    if post.edited_by == approver.login and not practice.config.one_person_practice:
        raise PermissionDenied(
            f"you changed post {post_id} last, so you cannot approve it: an approval is a "
            "second person's look at what goes out",
            fix="ask another approver (or the author) to approve what you wrote",
        )
    note = reasons.check(practice, note, "approval note")
    verdict = _guard(practice, post)
    _schedule(
        practice, approver.login, post, "post.approved", Basis.APPROVER, note=note, verdict=verdict
    )
    return get(practice.store, post_id)


def send_back(practice: Practice, post_id: int, reason: str) -> Post:
    approver = require_login(practice.store, practice.login, Action.APPROVE)
    if not reason.strip():
        raise UsageError("say why the post is sent back", fix="the author reads this reason")
    post = get(practice.store, post_id)
    if post.status != P.IN_REVIEW:
        raise InvalidTransition(f"post {post_id} is {post.status}, not waiting for review")
    reasons.check(practice, reason.strip(), "reason for sending it back")
    _move_post(
        practice.store,
        approver.login,
        post,
        P.REJECTED,
        "post.sent_back",
        review_note=reason.strip(),
    )
    return get(practice.store, post_id)


def cancel(practice: Practice, post_id: int, reason: str = "") -> Post:
    """Stop every delivery of the post that has not gone out or started going out."""
    actor = require_login(practice.store, practice.login, Action.CANCEL)
    post = get(practice.store, post_id)
    reason = reasons.check(practice, reason, "reason for canceling")
    with practice.store.write() as db:
        canceled = states.move_post_deliveries(
            db, post_id, states.CANCELABLE, S.CANCELED, updated_at=clock.now_iso()
        )
        if canceled == 0:
            raise InvalidTransition(f"nothing of post {post_id} can be canceled now")
        current = db.conn.execute("SELECT status FROM posts WHERE id=?", (post_id,)).fetchone()
        derived = states.post_status_in_db(db, post_id)
        if derived is not None and derived != current[0]:
            states.move_post(db, post_id, current[0], derived, updated_at=clock.now_iso())
        reasons.record_with_reason(
            db,
            (actor.login, "post.canceled", "post", post_id),
            reason,
            "cancel",
            deliveries=canceled,
        )
    return get(practice.store, post.id)


def reschedule(practice: Practice, post_id: int, when: datetime | None) -> Post:
    """Move a post to another time; deliveries held for missing their slot are rescheduled."""
    actor = require_login(practice.store, practice.login, Action.COMPOSE)
    post = get(practice.store, post_id)
    if post.status == P.CANCELED:
        raise InvalidTransition(f"post {post_id} is canceled")
    if post.deliveries and not any(d.state in MOVABLE for d in post.deliveries):
        raise InvalidTransition(
            f"post {post_id} has nothing left to move: every account is "
            + ", ".join(sorted({d.state.value for d in post.deliveries}))
        )
    iso = clock.to_iso(when) if when else None
    with practice.store.write() as db:
        changed = db.conn.execute(
            "UPDATE posts SET scheduled_at=?, updated_at=? WHERE id=? AND status=?",
            (iso, clock.now_iso(), post_id, post.status),
        ).rowcount
        _refuse_if_moved(changed, post_id)
        db.conn.execute(
            "UPDATE deliveries SET scheduled_at=?, updated_at=? WHERE post_id=? AND state IN"
            f" {states.sql_in(states.BEFORE_APPROVAL)}",
            (iso, clock.now_iso(), post_id),
        )
        moved = states.move_post_deliveries(
            db,
            post_id,
            states.RESCHEDULABLE,
            S.SCHEDULED,
            scheduled_at=iso,
            next_attempt_at=iso or clock.now_iso(),
            last_error="",
            updated_at=clock.now_iso(),
        )
        audit.record(db, actor.login, "post.rescheduled", "post", post_id, to=iso, deliveries=moved)
    return get(practice.store, post_id)


def retry(practice: Practice, delivery_id: int, *, anyway: bool = False) -> Delivery:
    """Send a failed or held delivery again, now: a person decided, so it is not held again
    for its old time. An ``unknown`` one needs ``anyway``: it may already be out, and
    sending again could publish it twice."""
    actor = require_login(practice.store, practice.login, Action.HANDLE_DELIVERY)
    delivery = get_delivery(practice.store, delivery_id)
    retryable = RETRYABLE | (RETRY_ANYWAY if anyway else frozenset())
    if delivery.state not in retryable:
        hint = (
            " (it may already be out: check the page, then use 'retry anyway')"
            if delivery.state is S.UNKNOWN
            else ""
        )
        raise InvalidTransition(f"delivery {delivery_id} is {delivery.state.value}{hint}")
    if delivery.state is S.HELD and delivery.error_kind == "approval":
        raise InvalidTransition(
            f"delivery {delivery_id} was held because its approval does not match what it "
            "would publish",
            fix=f"`medsocial post submit {delivery.post_id}` sends the post for approval "
            "again; or cancel it",
        )
    now = clock.now_iso()
    with practice.store.write() as db:
        _move_delivery(
            db,
            actor.login,
            delivery,
            S.SCHEDULED,
            ("delivery.retried", {"anyway": anyway}),
            scheduled_at=now,
            next_attempt_at=now,
            error_kind=None,
            last_error="",
            updated_at=now,
        )
    return get_delivery(practice.store, delivery_id)


def _refuse_if_moved(changed: int, post_id: int) -> None:
    """Refuse a compare-and-set on a post that found no row: someone changed the post since
    it was read."""
    if not changed:
        raise InvalidTransition(f"post {post_id} changed meanwhile; look again")


def _set_status(db: Database, post: Post, to: P, **fields: Any) -> None:
    """Move ``post`` from the status it was read in to ``to`` (its deliveries moved first, in
    the same transaction ``db``), stamping ``updated_at``; refused when someone moved it
    meanwhile."""
    moved = states.move_post(db, post.id, post.status, to, updated_at=clock.now_iso(), **fields)
    _refuse_if_moved(moved, post.id)


def _move_delivery(
    db: Database,
    actor: str,
    delivery: Delivery,
    to: S,
    event: tuple[str, dict[str, Any]],
    **fields: Any,
) -> None:
    """A person's move of one delivery from the state it was read in, with its audit event
    (the event's name and what it adds); refused when someone moved it meanwhile."""
    if not states.move(db, delivery.id, delivery.state, to, **fields):
        raise InvalidTransition(f"delivery {delivery.id} changed meanwhile; look again")
    action, said = event
    audit.record(db, actor, action, "delivery", delivery.id, was=delivery.state.value, **said)


def resolve(
    practice: Practice,
    delivery_id: int,
    *,
    published_url: str | None = None,
    failed_reason: str | None = None,
) -> Delivery:
    """A person says what happened: an unknown, held, failed or to-do delivery is out (with
    its address, when it has one), or an unknown one did not go out."""
    actor = require_login(practice.store, practice.login, Action.HANDLE_DELIVERY)
    if (published_url is None) == (failed_reason is None):
        raise UsageError("say either the URL where it was published or why it failed")
    if published_url and not published_url.strip().lower().startswith(("https://", "http://")):
        raise UsageError(
            f"{published_url!r} is not a web address",
            fix="paste the post's address from the browser (https://...), or leave it empty",
        )
    if failed_reason:
        reasons.check(practice, failed_reason, "reason it failed")
    delivery = get_delivery(practice.store, delivery_id)
    target = S.PUBLISHED if published_url is not None else S.FAILED
    if delivery.state not in RESOLVABLE or not can_move(delivery.state, target):
        hint = (
            "; cancel it instead"
            if delivery.state in (S.HELD, S.TODO) and target is S.FAILED
            else ""
        )
        raise InvalidTransition(
            f"delivery {delivery_id} is {delivery.state.value} and cannot be marked "
            f"{target.value}{hint}"
        )
    now = clock.now_iso()
    event = ("delivery.resolved", {"outcome": target.value})
    with practice.store.write() as db:
        if published_url is not None:
            _move_delivery(
                db,
                actor.login,
                delivery,
                S.PUBLISHED,
                event,
                remote_url=published_url.strip() or None,
                published_at=now,
                error_kind=None,
                last_error="",
                updated_at=now,
            )
            db.conn.execute(
                "UPDATE accounts SET last_published_at=? WHERE id=?", (now, delivery.account_id)
            )
        else:
            _move_delivery(
                db,
                actor.login,
                delivery,
                S.FAILED,
                event,
                error_kind="person",
                last_error=failed_reason,
                updated_at=now,
            )
    return get_delivery(practice.store, delivery_id)


def _move_post(
    store: Store, actor: str, post: Post, status: P, action: str, review_note: str = ""
) -> None:
    """Into review, or sent back: the post and its deliveries waiting for approval."""
    state = states.DELIVERY_STATE_FOR[status]
    waiting = {S.IN_REVIEW, S.REJECTED} if status is P.REJECTED else states.BEFORE_APPROVAL
    with store.write() as db:
        states.move_post_deliveries(db, post.id, waiting, state, updated_at=clock.now_iso())
        _set_status(db, post, status, review_note=review_note)
        reasons.record_with_reason(
            db,
            (actor, action, "post", post.id),
            review_note if action == "post.sent_back" else "",
            "sent_back",
        )


def _schedule(
    practice: Practice,
    actor: str,
    post: Post,
    action: str,
    basis: Basis,
    note: str = "",
    *,
    verdict: CleanVerdict,
) -> None:
    """Approve: deliveries become due at the post's time (now when it has none), and the
    approval is bound to the post's content as it stands in this very transaction, with
    what the guard just found clean (``verdict``): ``flush`` runs the guard again only for
    a text, guard or context that differs."""
    when = clock.to_iso(post.scheduled_at) if post.scheduled_at else clock.now_iso()
    with practice.store.write() as db:
        states.move_post_deliveries(
            db,
            post.id,
            states.BEFORE_APPROVAL,
            S.SCHEDULED,
            scheduled_at=when,
            next_attempt_at=when,
            updated_at=clock.now_iso(),
        )
        _set_status(
            db,
            post,
            P.APPROVED,
            approved_by=actor,
            approved_at=clock.now_iso(),
            review_note=note,
            scheduled_at=when,
        )
        reasons.record_with_reason(
            db, (actor, action, "post", post.id), note, "approved", scheduled_at=when
        )
        approvals.grant(db, practice.home.root, post.id, basis, actor)
        approvals.record_clean(db, practice.home.root, post.id, verdict)


def get(store: Store, post_id: int) -> Post:
    row = store.by_id("posts", post_id, "post")
    deliveries = tuple(
        Delivery.from_row(r)
        for r in store.query("SELECT * FROM deliveries WHERE post_id = ? ORDER BY id", (post_id,))
    )
    return Post.from_row(row, deliveries)


def get_delivery(store: Store, delivery_id: int) -> Delivery:
    return Delivery.from_row(store.by_id("deliveries", delivery_id, "delivery"))


def override_guard(practice: Practice, post_id: int, reason: str) -> Post:
    """An approver lets the texts of a post the guard stopped go out, with a written reason.
    The override is bound to the post's content as it stands (any edit clears it) and to the
    very texts the guard stopped. The audit event records who, when, the kinds of findings
    and the reason's digest; the reason itself is kept apart (it may be redacted)."""
    from medsocial_tui.publishing import guard

    approver = require_login(practice.store, practice.login, Action.OVERRIDE_COMPLIANCE)
    if len(reason.strip()) < 10:
        raise UsageError(
            "write why this is not patient information (at least a sentence)",
            fix='e.g. "Maria is our hygienist, named with her consent"',
        )
    reasons.check(practice, reason.strip(), "reason for the override")
    stamp = practice.store.one("SELECT updated_at FROM posts WHERE id=?", (post_id,))
    post = get(practice.store, post_id)
    stopped: dict[str, list[str]] = {}
    for text in guard.texts_of(practice, post):
        found = guard.report_for(practice, text).blocking_labels
        if found:
            stopped[text] = list(found)
    if not stopped:
        raise InvalidTransition(f"the guard finds nothing to override in post {post_id}")
    labels = sorted({label for found in stopped.values() for label in found})
    with practice.store.write() as db:
        changed = db.conn.execute(
            "UPDATE posts SET updated_at=? WHERE id=? AND updated_at=?",
            (clock.now_iso(), post_id, stamp["updated_at"] if stamp else ""),
        ).rowcount
        _refuse_if_moved(changed, post_id)
        reason_id, reason_digest = reasons.keep(
            db, reason.strip(), approver.login, "guard_override", "post", post_id
        )
        approvals.grant_override(
            db,
            practice.home.root,
            post_id,
            approver.login,
            list(stopped),
            labels,
            reason_id,
            reason_digest,
        )
    return get(practice.store, post_id)
