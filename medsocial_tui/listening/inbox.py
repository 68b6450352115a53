"""The inbox: what people wrote to the practice's accounts, its states, and the replies.

Items arrive through :mod:`inbox_fetch`. Every change here is a compare-and-set on the item's
(or reply's) state inside ``BEGIN IMMEDIATE`` with its audit event; the events say who did
what to which item, never what anyone wrote (that stays in the inbox tables).

A reply passes the reply guard (:mod:`compliance.reply_guard`) when it is written and again
just before it is sent; a reply to a negative review waits for an approver when the practice
wants it (``[inbox] negative_review_approval``), with the approval sealed with the record key
and bound to the reply's text. Sending is at most once: the reply is claimed (``sending``)
in a committed transaction before the request leaves; a lost answer makes it ``unknown``,
and the thread is read back (``find_reply``) before anything is sent again.
"""

from __future__ import annotations

import asyncio
import contextlib
import hashlib
import json
import uuid
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import Any

import httpx

from medsocial_tui import clock
from medsocial_tui.accounts import plugin_calls
from medsocial_tui.channel import (
    Activity,
    AuthExpired,
    Capability,
    Channel,
    ChannelError,
    OutcomeUnknown,
    Rejected,
    ReplySent,
    RetryLater,
)
from medsocial_tui.compliance import reply_guard
from medsocial_tui.errors import (
    ComplianceBlocked,
    InvalidTransition,
    NotFound,
    PermissionDenied,
    UsageError,
)
from medsocial_tui.home.practice import Practice
from medsocial_tui.listening.inbox_states import (
    ITEMS,
    OPEN_REPLIES,
    REPLIES,
    UNANSWERED,
    InboxState,
    ReplyState,
    can_move,
    can_move_reply,
)
from medsocial_tui.models import Role, StaffMember
from medsocial_tui.records import audit, records_key
from medsocial_tui.records.staff import Action, by_login, decide, require
from medsocial_tui.store import Store

N = InboxState
R = ReplyState
CALL_DEADLINE_SECONDS = 60.0


@dataclass(frozen=True)
class Item:
    id: int
    account_id: str
    remote_id: str
    kind: str
    author_name: str
    author_handle: str | None
    text: str
    permalink: str | None
    on_remote_id: str | None
    rating: int | None
    thread: Mapping[str, str]
    reply_window_ends: datetime | None
    existing_reply: str | None
    created_at: datetime
    fetched_at: datetime
    state: InboxState
    assigned_to: str | None
    escalated_to: str | None
    answered_at: datetime | None

    @classmethod
    def from_row(cls, row: Mapping[str, Any]) -> Item:
        def when(value: Any) -> datetime | None:
            return clock.parse_utc(value) if value else None

        return cls(
            id=int(row["id"]),
            account_id=row["account_id"],
            remote_id=row["remote_id"],
            kind=row["kind"],
            author_name=row["author_name"],
            author_handle=row["author_handle"],
            text=row["text"],
            permalink=row["permalink"],
            on_remote_id=row["on_remote_id"],
            rating=row["rating"],
            thread=json.loads(row["thread"] or "{}"),
            reply_window_ends=when(row["reply_window_ends"]),
            existing_reply=row["existing_reply"],
            created_at=clock.parse_utc(row["created_at"]),
            fetched_at=clock.parse_utc(row["fetched_at"]),
            state=InboxState(row["state"]),
            assigned_to=row["assigned_to"],
            escalated_to=row["escalated_to"],
            answered_at=when(row.get("answered_at")),
        )

    def activity(self) -> Activity:
        """The item as its channel plugin knows it (to reply to it or hide it)."""
        return Activity(
            remote_id=self.remote_id,
            kind=self.kind,
            author_name=self.author_name,
            text=self.text,
            created_at=self.created_at,
            author_handle=self.author_handle,
            permalink=self.permalink,
            on_remote_id=self.on_remote_id,
            rating=self.rating,
            reply_window_ends=self.reply_window_ends,
            thread=dict(self.thread),
            existing_reply=self.existing_reply,
        )

    def subject(self) -> reply_guard.Subject:
        return reply_guard.Subject(
            text=self.text,
            author_name=self.author_name,
            author_handle=self.author_handle,
            kind=self.kind,
            rating=self.rating,
        )

    @property
    def unanswered(self) -> bool:
        return self.state in UNANSWERED


@dataclass(frozen=True)
class Reply:
    id: int
    item_id: int
    text: str
    written_by: str
    written_at: datetime
    state: ReplyState
    guard: Mapping[str, Any]
    approved_by: str | None
    remote_id: str | None
    permalink: str | None
    last_error: str

    @classmethod
    def from_row(cls, row: Mapping[str, Any]) -> Reply:
        return cls(
            id=int(row["id"]),
            item_id=int(row["item_id"]),
            text=row["text"],
            written_by=row["written_by"],
            written_at=clock.parse_utc(row["written_at"]),
            state=ReplyState(row["state"]),
            guard=json.loads(row["guard"] or "{}"),
            approved_by=row["approved_by"],
            remote_id=row["remote_id"],
            permalink=row["permalink"],
            last_error=row["last_error"],
        )


KIND_WORDS = {
    "comment": ("comment", "comments"),
    "message": ("message", "messages"),
    "review": ("review", "reviews"),
    "mention": ("mention", "mentions"),
    "reply": ("reply", "replies"),
    "quote": ("quote", "quotes"),
}


def _now() -> str:
    return clock.to_iso(clock.now())


def me(practice: Practice) -> StaffMember | None:
    return by_login(practice.store, practice.login)


def require_reader(practice: Practice) -> StaffMember:
    """Anyone on the staff list may read the inbox; nobody else (it holds what people wrote)."""
    member = me(practice)
    if member is None or not member.active:
        raise PermissionDenied(
            "the inbox holds what people wrote to the practice: only its staff may read it",
            fix="ask an admin to add you (`medsocial staff add`)",
        )
    return member


# Reading.


def get(store: Store, item_id: int) -> Item:
    row = store.one("SELECT * FROM inbox_items WHERE id=?", (item_id,))
    if row is None:
        raise NotFound(
            f"no inbox item {item_id}", fix="`medsocial inbox list` shows the items and ids"
        )
    return Item.from_row(row)


def items(
    store: Store,
    *,
    state: str | None = None,
    account: str | None = None,
    limit: int = 500,
    offset: int = 0,
) -> list[Item]:
    """Newest first. ``state`` may also be ``unanswered``."""
    where, params = [], []
    if state == "unanswered":
        where.append(f"state IN ({','.join('?' * len(UNANSWERED))})")
        params.extend(sorted(s.value for s in UNANSWERED))
    elif state:
        try:
            where.append("state = ?")
            params.append(InboxState(state).value)
        except ValueError:
            raise UsageError(
                f"{state!r} is not an inbox state",
                fix="use one of: unanswered, " + ", ".join(s.value for s in InboxState),
            ) from None
    if account:
        where.append("account_id = ?")
        params.append(account)
    sql = "SELECT * FROM inbox_items"
    if where:
        sql += " WHERE " + " AND ".join(where)
    sql += " ORDER BY created_at DESC, id DESC LIMIT ? OFFSET ?"
    return [Item.from_row(r) for r in store.query(sql, (*params, limit, offset))]


def replies(store: Store, item_id: int) -> list[Reply]:
    return [
        Reply.from_row(r)
        for r in store.query("SELECT * FROM inbox_replies WHERE item_id=? ORDER BY id", (item_id,))
    ]


def get_reply(store: Store, reply_id: int) -> Reply:
    row = store.one("SELECT * FROM inbox_replies WHERE id=?", (reply_id,))
    if row is None:
        raise NotFound(f"no reply {reply_id}", fix="`medsocial inbox show ITEM` lists its replies")
    return Reply.from_row(row)


def unanswered_count(store: Store) -> int:
    row = store.one(
        f"SELECT count(*) AS n FROM inbox_items WHERE state IN ({','.join('?' * len(UNANSWERED))})",
        tuple(sorted(s.value for s in UNANSWERED)),
    )
    return int(row["n"]) if row else 0


def waiting_approval(store: Store) -> list[Reply]:
    return [
        Reply.from_row(r)
        for r in store.query(
            "SELECT * FROM inbox_replies WHERE state=? ORDER BY id", (R.WAITING.value,)
        )
    ]


# Working hours: how long an item has waited, counted in the practice's opening hours.


def working_hours_between(
    start: datetime, end: datetime, hours: Mapping[str, str], tz: Any
) -> float:
    """Hours between ``start`` and ``end`` that fall inside the practice's opening hours
    (``[hours]`` in practice.toml); plain hours when none are set."""
    if end <= start:
        return 0.0
    if not hours:
        return (end - start).total_seconds() / 3600
    days = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")
    total = 0.0
    local_start = start.astimezone(tz)
    local_end = end.astimezone(tz)
    day = local_start.date()
    while day <= local_end.date():
        spec = hours.get(days[day.weekday()], "closed")
        if spec != "closed":
            opens, closes = spec.split("-")
            o = datetime.combine(day, datetime.strptime(opens, "%H:%M").time(), tz)
            c = datetime.combine(day, datetime.strptime(closes, "%H:%M").time(), tz)
            lo, hi = max(o, local_start), min(c, local_end)
            if hi > lo:
                total += (hi - lo).total_seconds() / 3600
        day += timedelta(days=1)
        if (day - local_start.date()).days > 366:
            break
    return total


def overdue(practice: Practice, now: datetime | None = None) -> list[Item]:
    """Unanswered items older than the practice's target (``[inbox] answer_within_hours``
    working hours)."""
    now = now or clock.now()
    target = practice.config.inbox.answer_within_hours
    found = []
    for item in items(practice.store, state="unanswered", limit=10_000):
        waited = working_hours_between(item.created_at, now, practice.config.hours, practice.tz)
        if waited > target:
            found.append(item)
    return found


def target_words(practice: Practice) -> str:
    target = practice.config.inbox.answer_within_hours
    unit = "working hour" if practice.config.hours else "hour"
    return f"{target:g} {unit}{'' if target == 1 else 's'}"


# State changes.


def _move(
    practice: Practice,
    item_id: int,
    target: InboxState,
    actor: str,
    *,
    extra: Mapping[str, Any] | None = None,
    details: Mapping[str, Any] | None = None,
) -> Item:
    item = get(practice.store, item_id)
    if not can_move(item.state, target) and not (item.state is target and extra):
        raise InvalidTransition(
            f"inbox item {item_id} is {item.state.value}; it cannot become {target.value}",
            fix="`medsocial inbox show ID` says what it is waiting for",
        )
    with practice.store.write() as db:
        if not ITEMS.move(db, item_id, item.state, target, updated_at=_now(), **(extra or {})):
            raise InvalidTransition(
                f"inbox item {item_id} changed while you were looking; look again",
            )
        audit.record(
            db,
            actor,
            "inbox.state_changed",
            "inbox_item",
            item_id,
            before=item.state.value,
            after=target.value,
            **(details or {}),
        )
    return get(practice.store, item_id)


def _worker(practice: Practice) -> StaffMember:
    return require(practice.store, me(practice), Action.REPLY)


def mark_seen(practice: Practice, item_id: int) -> Item:
    """A new item someone opened becomes ``seen`` (anyone on the staff may read)."""
    member = require_reader(practice)
    item = get(practice.store, item_id)
    if item.state is not N.NEW:
        return item
    return _move(practice, item_id, N.SEEN, member.login)


def close(practice: Practice, item_id: int) -> Item:
    member = _worker(practice)
    return _move(practice, item_id, N.CLOSED, member.login)


def follow_up(practice: Practice, item_id: int) -> Item:
    member = _worker(practice)
    return _move(practice, item_id, N.FOLLOW_UP, member.login)


def reopen(practice: Practice, item_id: int) -> Item:
    member = _worker(practice)
    return _move(practice, item_id, N.SEEN, member.login)


def _staff_member(practice: Practice, login: str) -> StaffMember:
    member = by_login(practice.store, login)
    if member is None or not member.active:
        names = ", ".join(
            m.login
            for m in (
                StaffMember.from_row(r)
                for r in practice.store.query("SELECT * FROM staff WHERE active=1 ORDER BY login")
            )
        )
        raise UsageError(
            f"{login!r} is not an active member of the staff", fix=f"pick one of: {names}"
        )
    return member


def assign(practice: Practice, item_id: int, to: str | None = None) -> Item:
    """Give the item to a staff member (by default the designated social-media manager);
    its state does not change."""
    from medsocial_tui.records.staff import manager

    member = _worker(practice)
    if to is None:
        designated = manager(practice.store)
        if designated is None:
            raise UsageError(
                "the practice has no designated social-media manager",
                fix="name one with `medsocial staff change LOGIN --manager`, or say --to LOGIN",
            )
        to = designated.login
    target = _staff_member(practice, to)
    item = get(practice.store, item_id)
    with practice.store.write() as db:
        db.conn.execute(
            "UPDATE inbox_items SET assigned_to=?, updated_at=? WHERE id=?",
            (target.login, _now(), item_id),
        )
        audit.record(
            db,
            member.login,
            "inbox.assigned",
            "inbox_item",
            item_id,
            to=target.login,
            before=item.assigned_to,
        )
    return get(practice.store, item_id)


def escalate(practice: Practice, item_id: int, to: str) -> Item:
    """Hand the item to a named staff member (the doctor, the office manager)."""
    member = _worker(practice)
    target = _staff_member(practice, to)
    return _move(
        practice,
        item_id,
        N.ESCALATED,
        member.login,
        extra={"escalated_to": target.login, "assigned_to": target.login},
        details={"to": target.login},
    )


async def _network_call(
    practice: Practice,
    item: Item,
    call_name: str,
    check: Any,
    *args: Any,
    client: httpx.AsyncClient | None = None,
) -> Any:
    """``channel.<call_name>(client, account, the item, *args)`` through the plugin call
    guard (deadline, answer checked), on ``client`` or on a client of its own."""
    channel = practice.channel_for(item.account_id)
    account = practice.account(item.account_id)
    method = getattr(channel, call_name)
    async with contextlib.AsyncExitStack() as stack:
        if client is None:
            client = await stack.enter_async_context(_client(practice))
        return await plugin_calls.call_channel(
            channel,
            account,
            lambda: method(client, account, item.activity(), *args),
            check,
            deadline=CALL_DEADLINE_SECONDS,
        )


def _client(practice: Practice) -> httpx.AsyncClient:
    return practice.http_client()


def channel_words(channel: Channel, exc: BaseException) -> str:
    if isinstance(exc, ChannelError):
        return exc.message
    if isinstance(exc, httpx.HTTPError | TimeoutError):
        return f"no answer from {channel.title} ({type(exc).__name__})"
    return f"the {channel.plugin_name or channel.name} plugin failed ({type(exc).__name__})"


def hide(practice: Practice, item_id: int, *, hidden: bool = True) -> Item:
    """Hide the item on its network (where the network allows it), then mark it hidden;
    ``hidden=False`` shows it again."""
    member = _worker(practice)
    item = get(practice.store, item_id)
    channel = practice.channel_for(item.account_id)
    if Capability.HIDE not in channel.capabilities:
        raise UsageError(
            f"{channel.title} does not let an app hide a {item.kind}",
            fix="hide or delete it in the network's own app, then `medsocial inbox close ID`",
        )
    target = N.HIDDEN if hidden else N.SEEN
    if not can_move(item.state, target):
        raise InvalidTransition(f"inbox item {item_id} is {item.state.value}")
    try:
        asyncio.run(_network_call(practice, item, "hide", plugin_calls.checked_done, hidden))
    except (KeyboardInterrupt, SystemExit):
        raise
    except BaseException as exc:  # noqa: BLE001 - said in words, nothing changed here
        raise UsageError(
            f"{channel.title} did not {'hide' if hidden else 'show'} it: "
            f"{channel_words(channel, exc)}",
            fix="try again later; nothing was changed in medsocial",
        ) from None
    return _move(practice, item_id, target, member.login, details={"on_network": True})


# Templates.


@dataclass(frozen=True)
class Template:
    key: str
    title: str
    text: str
    edited: bool


def templates(store: Store) -> list[Template]:
    """The practice's reply templates: its own edits, else the approved defaults."""
    own = {r["key"]: r for r in store.query("SELECT * FROM inbox_templates")}
    out = []
    for key, (title, text) in reply_guard.DEFAULT_TEMPLATES.items():
        row = own.pop(key, None)
        out.append(
            Template(key, row["title"], row["text"], True)
            if row
            else Template(key, title, text, False)
        )
    out.extend(Template(k, r["title"], r["text"], True) for k, r in sorted(own.items()))
    return out


def template_texts(store: Store) -> dict[str, str]:
    return {t.key: t.text for t in templates(store)}


def filled_template(practice: Practice, key: str) -> str:
    texts = template_texts(practice.store)
    if key not in texts:
        raise NotFound(f"no reply template {key!r}", fix="`medsocial inbox templates` lists them")
    return reply_guard.fill(texts[key], _context(practice))


def set_template(practice: Practice, key: str, text: str, title: str | None = None) -> Template:
    """Change (or add) a reply template. It must pass the reply guard on its own, with the
    practice's details filled in, and use only the known placeholders."""
    import re

    member = require(practice.store, me(practice), Action.APPROVE)
    if not re.fullmatch(r"[a-z0-9_-]{1,40}", key):
        raise UsageError(f"{key!r} is not a usable template key", fix="use a-z, 0-9, - and _")
    unknown = set(re.findall(r"\{([^}]*)\}", text)) - set(reply_guard.PLACEHOLDERS)
    if unknown:
        raise UsageError(
            f"unknown placeholder {{{sorted(unknown)[0]}}}",
            fix="use only " + ", ".join("{" + p + "}" for p in reply_guard.PLACEHOLDERS),
        )
    if not text.strip():
        raise UsageError("a template cannot be empty")
    verdict = reply_guard.check_reply(
        reply_guard.fill(text, _context(practice)),
        reply_guard.Subject(),
        _context(practice),
        checks=practice.plugins.checks,
    )
    if verdict.blocking:
        raise ComplianceBlocked(
            f"template {key!r} breaks the reply guard: " + "; ".join(verdict.in_words()),
            fix="a template speaks to anyone: no names, dates, treatments, costs or visits",
        )
    existing = {t.key: t for t in templates(practice.store)}
    title = title or (existing[key].title if key in existing else key.replace("_", " "))
    with practice.store.write() as db:
        db.conn.execute(
            "INSERT INTO inbox_templates (key, title, text, updated_by, updated_at)"
            " VALUES (?, ?, ?, ?, ?) ON CONFLICT(key) DO UPDATE SET title=excluded.title,"
            " text=excluded.text, updated_by=excluded.updated_by, updated_at=excluded.updated_at",
            (key, title, text, member.login, _now()),
        )
        audit.record(
            db,
            member.login,
            "inbox.template_changed",
            "inbox_template",
            key,
            digest=hashlib.sha256(text.encode()).hexdigest(),
        )
    return next(t for t in templates(practice.store) if t.key == key)


def reset_template(practice: Practice, key: str) -> None:
    member = require(practice.store, me(practice), Action.APPROVE)
    with practice.store.write() as db:
        gone = db.conn.execute("DELETE FROM inbox_templates WHERE key=?", (key,)).rowcount
        if gone:
            audit.record(db, member.login, "inbox.template_reset", "inbox_template", key)


# The reply guard, with the practice's settings.


def _context(practice: Practice) -> Any:
    from medsocial_tui.publishing.guard import context_for

    return context_for(practice, is_reply=True)


def check(practice: Practice, item: Item, text: str) -> reply_guard.ReplyVerdict:
    """The reply guard's verdict on ``text`` as an answer to ``item``."""
    settings = practice.config.inbox
    return reply_guard.check_reply(
        text,
        item.subject(),
        _context(practice),
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
    member = _worker(practice)
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
    now = _now()
    with practice.store.write() as db:
        reply_id = int(
            db.conn.execute(
                "INSERT INTO inbox_replies (item_id, text, written_by, written_at, guard, state,"
                " updated_at) VALUES (?, ?, ?, ?, ?, ?, ?)",
                (item_id, text, member.login, now, json.dumps(verdict.to_dict()), state.value, now),
            ).lastrowid
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
            f"reply {reply_id} waits for an approver (it answers a {item.rating}-star review): "
            f"`medsocial inbox approve {reply_id}`",
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
    member = require(practice.store, me(practice), Action.APPROVE)
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
    now = _now()
    with practice.store.write() as db:
        if not REPLIES.move(db, reply_id, R.WAITING, R.APPROVED, updated_at=now):
            raise InvalidTransition(f"reply {reply_id} changed meanwhile; look again")
        _seal_approval(db, reply_id, item.id, reply.text, member.login, now, basis="approver")
    return send(practice, reply_id)


def reject(practice: Practice, reply_id: int, note: str = "") -> Reply:
    member = require(practice.store, me(practice), Action.APPROVE)
    reply = get_reply(practice.store, reply_id)
    if not can_move_reply(reply.state, R.REJECTED):
        raise InvalidTransition(f"reply {reply_id} is {reply.state.value}")
    with practice.store.write() as db:
        REPLIES.move(db, reply_id, reply.state, R.REJECTED, last_error=note, updated_at=_now())
        audit.record(db, member.login, "inbox.reply_rejected", "inbox_reply", reply_id)
    return get_reply(practice.store, reply_id)


def cancel_reply(practice: Practice, reply_id: int) -> Reply:
    member = _worker(practice)
    reply = get_reply(practice.store, reply_id)
    if not can_move_reply(reply.state, R.CANCELED):
        raise InvalidTransition(
            f"reply {reply_id} is {reply.state.value}; it cannot be canceled now"
        )
    with practice.store.write() as db:
        REPLIES.move(db, reply_id, reply.state, R.CANCELED, updated_at=_now())
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
    attempt = uuid.uuid4().hex
    with practice.store.write() as db:
        claimed = REPLIES.move(
            db, reply_id, R.APPROVED, R.SENDING, attempt_id=attempt, updated_at=_now()
        )
        if not claimed:
            raise InvalidTransition(f"reply {reply_id} is being sent by someone else")
        audit.record(db, "inbox", "inbox.reply_claimed", "inbox_reply", reply_id, attempt=attempt)
    try:
        sent = await _network_call(
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
    now = _now()
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
        found = await _network_call(
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
        REPLIES.move(db, reply_id, R.UNKNOWN, R.APPROVED, updated_at=_now())
        audit.record(db, "inbox", "inbox.reply_absent", "inbox_reply", reply_id)
    return await send_async(practice, reply_id, client=client)


def resolve(practice: Practice, reply_id: int, *, sent: bool, url: str | None = None) -> Reply:
    """A person looked at the thread: the reply is there (``sent``) or it is not (it goes
    back to ``approved`` and is sent by the next fetch or `inbox send`)."""
    member = _worker(practice)
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
            REPLIES.move(db, reply_id, R.UNKNOWN, R.APPROVED, updated_at=_now())
            audit.record(db, member.login, "inbox.reply_not_sent", "inbox_reply", reply_id)
    return get_reply(practice.store, reply_id)


def role_can_approve(member: StaffMember | None) -> bool:
    return member is not None and member.has(Role.APPROVER)


def may(practice: Practice, action: Action) -> tuple[bool, str]:
    decision = decide(practice.store, me(practice), action)
    return decision.allowed, decision.reason
