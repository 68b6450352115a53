"""Replies to what people wrote: checked by the reply guard, approved where the practice
asks for it (sealed to the very text), sent once, and settled when the answer was lost."""

from __future__ import annotations

import asyncio
import hashlib
import json
import uuid
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

import httpx

from medsocial_tui import clock
from medsocial_tui.accounts import plugin_calls
from medsocial_tui.channel import (
    AuthExpired,
    Capability,
    Channel,
    OutcomeUnknown,
    Rejected,
    ReplySent,
    RetryLater,
)
from medsocial_tui.compliance import reply_guard
from medsocial_tui.errors import ComplianceBlocked, InvalidTransition, PermissionDenied, UsageError
from medsocial_tui.home.practice import Practice
from medsocial_tui.listening.inbox import (
    Item,
    Reply,
    channel_words,
    get,
    get_reply,
    network_call,
    replies,
    reply_context,
    require_worker,
)
from medsocial_tui.listening.inbox_states import (
    ITEMS,
    OPEN_REPLIES,
    REPLIES,
    InboxState,
    ReplyState,
    can_move,
    can_move_reply,
)
from medsocial_tui.listening.inbox_states import InboxState as N
from medsocial_tui.listening.inbox_states import ReplyState as R
from medsocial_tui.listening.inbox_templates import template_texts
from medsocial_tui.records import audit, reasons, records_key
from medsocial_tui.records.staff import Action, require_login
from medsocial_tui.store import Database, inserted_id


def check(practice: Practice, item: Item, text: str) -> reply_guard.ReplyVerdict:
    """The reply guard's verdict on ``text`` as an answer to ``item``."""
    settings = practice.config.inbox
    return reply_guard.check_reply(
        text,
        item.subject(),
        reply_context(practice),
        greet_by_name=settings.greet_by_name,
        negative_rating=settings.negative_rating,
        templates=template_texts(practice.store),
        checks=practice.plugins.checks,
    )


class ReplyBlocked(ComplianceBlocked):
    """The reply guard stopped a reply (exit 11): the rules broken and a compliant rewrite."""

    def __init__(self, item_id: int, verdict: reply_guard.ReplyVerdict) -> None:
        rules = "; ".join(verdict.in_words())
        super().__init__(
            f"the reply to inbox item {item_id} was not sent: {rules}",
            fix=f'use the approved "{verdict.rewrite_key}" template instead:\n    '
            f"{verdict.rewrite}\n  (`medsocial inbox reply {item_id} --template "
            f"{verdict.rewrite_key}` sends it)",
        )
        self.verdict = verdict


def is_negative(practice: Practice, item: Item) -> bool:
    return (
        item.kind == "review"
        and item.rating is not None
        and item.rating <= practice.config.inbox.negative_rating
    )


def _approval_seal(key: bytes, reply_id: int, item_id: int, text: str, by: str, at: str) -> str:
    return records_key.mac(
        key, "inbox-reply", reply_id, item_id, hashlib.sha256(text.encode()).hexdigest(), by, at
    )


@dataclass
class ReplyResult:
    reply: Reply
    words: str
    sent: bool = False
    needs_person: bool = False
    extra: dict[str, Any] = field(default_factory=dict)


def write_reply(practice: Practice, item_id: int, text: str) -> ReplyResult:
    """Guard ``text`` and record it as the item's reply: sent at once, or waiting for an
    approver when it answers a negative review and the practice wants that. Raises
    :class:`ReplyBlocked` (exit 11) when the guard stops it (nothing is recorded but the
    rules it broke)."""
    member = require_worker(practice)
    item = get(practice.store, item_id)
    channel = practice.channel_for(item.account_id)
    if Capability.REPLY not in channel.capabilities:
        note = channel.listening_note or f"{channel.title} does not let an app reply"
        raise UsageError(
            f"inbox item {item_id} cannot be answered from medsocial: {note}",
            fix="answer it in the network's own app (the guard's rules still apply), then "
            f"`medsocial inbox close {item_id}`",
        )
    if item.state in (N.HIDDEN, N.CLOSED):
        raise InvalidTransition(
            f"inbox item {item_id} is {item.state.value}",
            fix=f"`medsocial inbox reopen {item_id}` first",
        )
    text = text.strip()
    if not text:
        raise UsageError("the reply is empty")
    open_reply = next(
        (r for r in replies(practice.store, item_id) if r.state in OPEN_REPLIES), None
    )
    if open_reply is not None:
        raise InvalidTransition(
            f"inbox item {item_id} already has reply {open_reply.id} ({open_reply.state.value})",
            fix=f"wait for it, or cancel it with `medsocial inbox cancel-reply {open_reply.id}`",
        )
    if item.reply_window_ends is not None and item.reply_window_ends <= clock.now():
        raise UsageError(
            f"{channel.title} no longer accepts a reply to this {item.kind}: its reply window "
            f"ended {clock.show(item.reply_window_ends, practice.tz)}",
            fix="answer through another channel (call, patient portal), then close the item",
        )
    verdict = check(practice, item, text)
    if verdict.blocking:
        with practice.store.write() as db:
            audit.record(
                db,
                member.login,
                "inbox.reply_blocked",
                "inbox_item",
                item_id,
                rules=verdict.rules,
                offered=verdict.rewrite_key,
            )
        raise ReplyBlocked(item_id, verdict)
    needs_approval = is_negative(practice, item) and practice.config.inbox.negative_review_approval
    state = R.WAITING if needs_approval else R.APPROVED
    now = clock.to_iso(clock.now())
    with practice.store.write() as db:
        reply_id = inserted_id(
            db.conn.execute(
                "INSERT INTO inbox_replies (item_id, text, written_by, written_at, guard, state,"
                " updated_at) VALUES (?, ?, ?, ?, ?, ?, ?)",
                (item_id, text, member.login, now, json.dumps(verdict.to_dict()), state.value, now),
            )
        )
        if state is R.APPROVED:
            _seal_approval(db, reply_id, item_id, text, member.login, now, basis="no_review")
        audit.record(
            db,
            member.login,
            "inbox.reply_written",
            "inbox_item",
            item_id,
            reply=reply_id,
            needs_approval=needs_approval,
            digest=hashlib.sha256(text.encode()).hexdigest(),
        )
    if needs_approval:
        return ReplyResult(
            get_reply(practice.store, reply_id),
            # how an approver approves it is the caller's to say: a command on the command
            # line, a key in the app (the app named the command; found on the newcomer's walk)
            f"reply {reply_id} waits for an approver (it answers a {item.rating}-star review)",
            needs_person=False,
        )
    return send(practice, reply_id)


def _seal_approval(
    db: Any, reply_id: int, item_id: int, text: str, by: str, at: str, *, basis: str
) -> None:
    key = records_key.key_for(db)
    if key is None:
        raise UsageError("replies need the practice's record key (audit.key)")
    db.conn.execute(
        "UPDATE inbox_replies SET approved_by=?, approved_at=?, seal=? WHERE id=?",
        (by, at, _approval_seal(key, reply_id, item_id, text, by, at), reply_id),
    )
    audit.record(db, by, "inbox.reply_approved", "inbox_reply", reply_id, basis=basis)


def approve(practice: Practice, reply_id: int) -> ReplyResult:
    """An approver lets a reply to a negative review go out, and it is sent."""
    member = require_login(practice.store, practice.login, Action.APPROVE)
    reply = get_reply(practice.store, reply_id)
    if reply.state is not R.WAITING:
        raise InvalidTransition(f"reply {reply_id} is {reply.state.value}, not waiting")
    if reply.written_by == member.login and not practice.config.one_person_practice:
        raise PermissionDenied(
            "you wrote this reply; another approver must approve it",
            fix="ask a colleague with the approver role",
        )
    item = get(practice.store, reply.item_id)
    verdict = check(practice, item, reply.text)
    if verdict.blocking:
        raise ReplyBlocked(item.id, verdict)
    now = clock.to_iso(clock.now())
    with practice.store.write() as db:
        if not REPLIES.move(db, reply_id, R.WAITING, R.APPROVED, updated_at=now):
            raise InvalidTransition(f"reply {reply_id} changed meanwhile; look again")
        _seal_approval(db, reply_id, item.id, reply.text, member.login, now, basis="approver")
    return send(practice, reply_id)


def _move_reply(
    db: Database, reply_id: int, from_: ReplyState, to: ReplyState, **fields: Any
) -> bool:
    """:meth:`Machine.move` for one reply, stamped with the time of the change."""
    return REPLIES.move(db, reply_id, from_, to, updated_at=clock.to_iso(clock.now()), **fields)


def reject(practice: Practice, reply_id: int, note: str = "") -> Reply:
    member = require_login(practice.store, practice.login, Action.APPROVE)
    reply = get_reply(practice.store, reply_id)
    if not can_move_reply(reply.state, R.REJECTED):
        raise InvalidTransition(f"reply {reply_id} is {reply.state.value}")
    note = reasons.check(practice, note, "note for the reply's writer")
    with practice.store.write() as db:
        # the note is kept in last_error; inbox.detail labels it "Sent back: ..." by the state
        _move_reply(db, reply_id, reply.state, R.REJECTED, last_error=note)
        reasons.record_with_reason(
            db,
            (member.login, "inbox.reply_rejected", "inbox_reply", reply_id),
            note,
            "reply_sent_back",
        )
    return get_reply(practice.store, reply_id)


def cancel_reply(practice: Practice, reply_id: int) -> Reply:
    member = require_worker(practice)
    reply = get_reply(practice.store, reply_id)
    if not can_move_reply(reply.state, R.CANCELED):
        raise InvalidTransition(
            f"reply {reply_id} is {reply.state.value}; it cannot be canceled now"
        )
    with practice.store.write() as db:
        _move_reply(db, reply_id, reply.state, R.CANCELED)
        audit.record(db, member.login, "inbox.reply_canceled", "inbox_reply", reply_id)
    return get_reply(practice.store, reply_id)


def _why_not_sendable(practice: Practice, reply: Reply) -> str | None:
    row = practice.store.one("SELECT * FROM inbox_replies WHERE id=?", (reply.id,))
    assert row is not None
    key = records_key.key_for(practice.store.db, create=False)
    if key is None:
        return "the record key (audit.key) is missing, so its approval cannot be checked"
    if not row["seal"] or not row["approved_by"]:
        return "nobody approved it"
    expected = _approval_seal(
        key, reply.id, reply.item_id, reply.text, row["approved_by"], row["approved_at"]
    )
    if not records_key.same(row["seal"], expected):
        return "its approval does not match its text (it changed after approval)"
    return None


def send(practice: Practice, reply_id: int) -> ReplyResult:
    return asyncio.run(send_async(practice, reply_id))


async def send_async(
    practice: Practice, reply_id: int, client: httpx.AsyncClient | None = None
) -> ReplyResult:
    """Send an approved reply, at most once: claimed before the request, recorded right
    after. A lost answer makes it ``unknown``; :func:`reconcile_async` reads the thread back."""
    reply = get_reply(practice.store, reply_id)
    item = get(practice.store, reply.item_id)
    channel = practice.channel_for(item.account_id)
    if reply.state is R.UNKNOWN:
        return await reconcile_async(practice, reply_id, client)
    if reply.state is not R.APPROVED:
        raise InvalidTransition(f"reply {reply_id} is {reply.state.value}; it is not sent")
    why = _why_not_sendable(practice, reply)
    verdict = check(practice, item, reply.text)
    if why is None and verdict.blocking:
        why = "the reply guard stops it now: " + "; ".join(verdict.in_words())
    if why is not None:
        return _finish(practice, reply, item, R.FAILED, f"not sent: {why}")
    from medsocial_tui.accounts.connections import readiness

    # asked without its credentials, the network's refusal read "could not reach Google
    # Business Profile; the next fetch sends it" (no fetch reads an account that is not
    # connected) or failed the reply on some other ground; it waits, approved, and the
    # words say what the account needs (found on the third walk)
    ready = readiness(practice, item.account_id)
    if not ready.connected:
        needs = ready.what_to_do() or f"{item.account_id} is {ready.problem()}"
        return ReplyResult(
            reply,
            f"reply {reply.id} not sent yet: {needs.removesuffix(', then retry')}; it is "
            "sent at the first inbox fetch after that",
            needs_person=True,
        )
    attempt = uuid.uuid4().hex
    with practice.store.write() as db:
        if not _move_reply(db, reply_id, R.APPROVED, R.SENDING, attempt_id=attempt):
            raise InvalidTransition(f"reply {reply_id} is being sent by someone else")
        audit.record(db, "inbox", "inbox.reply_claimed", "inbox_reply", reply_id, attempt=attempt)
    try:
        sent = await network_call(
            practice, item, "reply", plugin_calls.checked_reply, reply.text, client=client
        )
    except (KeyboardInterrupt, SystemExit, asyncio.CancelledError):
        raise
    except BaseException as exc:  # noqa: BLE001 - every failure is recorded in words
        state, words = _classify(channel, exc)
        return _finish(practice, reply, item, state, words, retry_at=getattr(exc, "retry_at", None))
    return _finish(practice, reply, item, R.SENT, "", sent=sent)


def _classify(channel: Channel, exc: BaseException) -> tuple[ReplyState, str]:
    words = channel_words(channel, exc)
    if isinstance(exc, RetryLater):
        return R.APPROVED, f"{channel.title} asked to wait: {words}; the next fetch sends it"
    if isinstance(exc, AuthExpired):
        return R.FAILED, f"the account needs reconnecting: {words}"
    if isinstance(exc, Rejected):
        return R.FAILED, words
    if isinstance(exc, OutcomeUnknown):
        return R.UNKNOWN, f"{words}; it may be out: the thread is read back before any resend"
    if isinstance(exc, httpx.ConnectError | httpx.ConnectTimeout):
        return R.APPROVED, f"could not reach {channel.title}; the next fetch sends it"
    return R.UNKNOWN, f"{words}; it may be out: the thread is read back before any resend"


def _finish(
    practice: Practice,
    reply: Reply,
    item: Item,
    state: ReplyState,
    words: str,
    *,
    sent: ReplySent | None = None,
    retry_at: datetime | None = None,
) -> ReplyResult:
    now = clock.to_iso(clock.now())
    with practice.store.write() as db:
        current, remote_id, permalink = db.conn.execute(
            "SELECT state, remote_id, permalink FROM inbox_replies WHERE id=?", (reply.id,)
        ).fetchone()
        REPLIES.move(
            db,
            reply.id,
            current,
            state,
            last_error=words,
            remote_id=sent.remote_id if sent and sent.remote_id is not None else remote_id,
            permalink=sent.permalink if sent and sent.permalink is not None else permalink,
            updated_at=now,
        )
        if state is R.SENT:
            answered = InboxState(item_state(db, item.id))
            if can_move(answered, N.REPLIED):
                ITEMS.move(db, item.id, answered, N.REPLIED, answered_at=now, updated_at=now)
        if retry_at is not None:
            from medsocial_tui.accounts import rate_waits

            rate_waits.record(db, item.account_id, retry_at, words)
        audit.record(
            db,
            "inbox",
            f"inbox.reply_{state.value}",
            "inbox_reply",
            reply.id,
            item=item.id,
            before=current,
            remote_id=sent.remote_id if sent else None,
        )
    fresh = get_reply(practice.store, reply.id)
    if state is R.SENT:
        where = f" ({sent.permalink})" if sent and sent.permalink else ""
        return ReplyResult(fresh, f"reply {reply.id} sent{where}", sent=True)
    return ReplyResult(
        fresh, f"reply {reply.id} {state.value}: {words}", needs_person=state is not R.APPROVED
    )


def item_state(db: Any, item_id: int) -> str:
    return str(
        db.conn.execute("SELECT state FROM inbox_items WHERE id=?", (item_id,)).fetchone()[0]
    )


async def reconcile_async(
    practice: Practice, reply_id: int, client: httpx.AsyncClient | None = None
) -> ReplyResult:
    """A reply whose answer was lost: read the thread back. Found: ``sent``. Surely absent:
    back to ``approved`` and sent again. The network cannot tell: it stays ``unknown`` for a
    person (`medsocial inbox resolve`)."""
    reply = get_reply(practice.store, reply_id)
    item = get(practice.store, reply.item_id)
    channel = practice.channel_for(item.account_id)
    try:
        found = await network_call(
            practice,
            item,
            "find_reply",
            plugin_calls.checked_found_reply,
            reply.text,
            client=client,
        )
    except (KeyboardInterrupt, SystemExit, asyncio.CancelledError):
        raise
    except BaseException as exc:  # noqa: BLE001 - stays unknown, in words
        return ReplyResult(
            reply,
            f"reply {reply_id} may be out and {channel.title} cannot tell: "
            f"{channel_words(channel, exc)}; look at the thread, then `medsocial inbox resolve "
            f"{reply_id} --sent` or `--not-sent`",
            needs_person=True,
        )
    if found is not None:
        return _finish(
            practice, reply, item, R.SENT, "found when the thread was read back", sent=found
        )
    with practice.store.write() as db:
        _move_reply(db, reply_id, R.UNKNOWN, R.APPROVED)
        audit.record(db, "inbox", "inbox.reply_absent", "inbox_reply", reply_id)
    return await send_async(practice, reply_id, client=client)


def resolve(practice: Practice, reply_id: int, *, sent: bool, url: str | None = None) -> Reply:
    """A person looked at the thread: the reply is there (``sent``) or it is not (it goes
    back to ``approved`` and is sent by the next fetch or `inbox send`)."""
    member = require_worker(practice)
    reply = get_reply(practice.store, reply_id)
    if reply.state is not R.UNKNOWN:
        raise InvalidTransition(f"reply {reply_id} is {reply.state.value}, not unknown")
    item = get(practice.store, reply.item_id)
    if sent:
        _finish(
            practice,
            reply,
            item,
            R.SENT,
            f"marked sent by {member.login}",
            sent=ReplySent(remote_id="", permalink=url) if url else None,
        )
    else:
        with practice.store.write() as db:
            _move_reply(db, reply_id, R.UNKNOWN, R.APPROVED)
            audit.record(db, member.login, "inbox.reply_not_sent", "inbox_reply", reply_id)
    return get_reply(practice.store, reply_id)
