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

This module holds the items and the reply records; writing, approving and sending replies
is in :mod:`.inbox_replies`, the reply templates in :mod:`.inbox_templates`.
"""

from __future__ import annotations

import asyncio
import contextlib
import json
from collections.abc import Mapping
from dataclasses import dataclass, fields
from datetime import datetime, timedelta
from typing import TYPE_CHECKING, Any

from medsocial_tui import clock
from medsocial_tui.accounts import plugin_calls
from medsocial_tui.channel import Activity, Capability, Channel, ChannelError
from medsocial_tui.errors import (
    InvalidTransition,
    MedsocialError,
    PermissionDenied,
    UsageError,
)
from medsocial_tui.home.practice import Practice
from medsocial_tui.listening.inbox_states import (
    DESCRIPTIONS,
    ITEMS,
    REPLY_WORDS,
    UNANSWERED,
    InboxState,
    ReplyState,
    can_move,
)
from medsocial_tui.models import Role, StaffMember, Stored, optional
from medsocial_tui.records import audit
from medsocial_tui.records.staff import Action, by_login, decide, require_login
from medsocial_tui.store import Store

if TYPE_CHECKING:
    import httpx

    from medsocial_tui.compliance import reply_guard

N = InboxState
R = ReplyState
CALL_DEADLINE_SECONDS = 60.0


@dataclass(frozen=True)
class Item(Stored):
    """What someone wrote to one of the practice's accounts (a comment, mention, message or
    review), as stored in ``inbox_items``."""

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

    READ = {
        "id": int,
        "thread": lambda text: json.loads(text or "{}"),
        "reply_window_ends": optional(clock.parse_utc),
        "created_at": clock.parse_utc,
        "fetched_at": clock.parse_utc,
        "state": InboxState,
        "answered_at": optional(clock.parse_utc),
    }

    def activity(self) -> Activity:
        """The item as its channel plugin knows it (to reply to it or hide it): every field
        the two share."""
        shared = {f.name: getattr(self, f.name) for f in fields(Activity)}
        return Activity(**{**shared, "thread": dict(self.thread)})

    def subject(self) -> reply_guard.Subject:
        from medsocial_tui.compliance import reply_guard  # its word lists: when a reply is read

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
class Reply(Stored):
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

    READ = {
        "id": int,
        "item_id": int,
        "written_at": clock.parse_utc,
        "state": ReplyState,
        "guard": lambda text: json.loads(text or "{}"),
    }


def require_reader(practice: Practice) -> StaffMember:
    """Anyone on the staff list may read the inbox; nobody else (it holds what people wrote)."""
    member = by_login(practice.store, practice.login)
    if member is None or not member.active:
        raise PermissionDenied(
            "the inbox holds what people wrote to the practice: only its staff may read it",
            fix="ask an admin to add you (`medsocial staff add`)",
        )
    return member


def reply_context(practice: Practice) -> Any:
    """The reply guard's context, with the practice's settings."""
    from medsocial_tui.publishing.guard import context_for

    return context_for(practice, is_reply=True)


# Reading.


def get(store: Store, item_id: int) -> Item:
    fix = "`medsocial inbox list` shows the items and ids"
    return Item.from_row(store.by_id("inbox_items", item_id, "inbox item", fix))


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


def age_words(item: Item) -> str:
    """How long ago the item was written, in its shortest words: 5m, 3h, 2d."""
    seconds = max(0, int((clock.now() - item.created_at).total_seconds()))
    if seconds < 3600:
        return f"{seconds // 60}m"
    if seconds < 86400:
        return f"{seconds // 3600}h"
    return f"{seconds // 86400}d"


def detail(practice: Practice, item: Item) -> list[tuple[str, str]]:
    """One item in full with its replies, as both faces show it: lines, each with what it is
    (``title``, ``reply``, ``trouble``, or ``""`` for plain text) so a face may style it."""
    try:
        network = f"{practice.channel_for(item.account_id).title} {item.kind}"
    except MedsocialError:
        network = item.kind
    title = f"item {item.id} · {item.account_id} · {network}"
    author = f"from: {item.author_name}"
    # the handle as its network writes it, with the "@" already there where the network
    # uses one (and none where a handle is a member id)
    author += f" ({item.author_handle})" if item.author_handle else ""
    author += f" · on {item.on_remote_id}" if item.on_remote_id else ""
    lines = [
        (title + (f" · {item.rating} of 5 stars" if item.rating else ""), "title"),
        (author, ""),
        (f"written: {clock.show(item.created_at, practice.tz)} ({age_words(item)} ago)", ""),
        (f"state: {item.state.value} ({DESCRIPTIONS[item.state]})", ""),
    ]
    for label, value in (
        ("assigned to", item.assigned_to),
        ("escalated to", item.escalated_to),
        ("link", item.permalink),
    ):
        if value:
            lines.append((f"{label}: {value}", ""))
    lines += [("", ""), (item.text, "")]
    if item.existing_reply:
        lines += [("", ""), (f"the account's reply on the network: {item.existing_reply}", "")]
    for r in replies(practice.store, item.id):
        lines += [
            ("", ""),
            (f"reply {r.id} by {r.written_by}, {REPLY_WORDS[r.state]}: {r.text}", "reply"),
        ]
        if r.last_error and r.state is R.REJECTED:
            # the approver's note (kept where a network's error would be), said as one
            lines.append((f"  Sent back: {r.last_error}", ""))
        elif r.last_error:
            lines.append((f"  {r.last_error}", "trouble"))
    return lines


def get_reply(store: Store, reply_id: int) -> Reply:
    fix = "`medsocial inbox show ITEM` lists its replies"
    return Reply.from_row(store.by_id("inbox_replies", reply_id, "reply", fix))


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
        if not ITEMS.move(
            db, item_id, item.state, target, updated_at=clock.now_iso(), **(extra or {})
        ):
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


def require_worker(practice: Practice) -> StaffMember:
    """The person signed in, who must be allowed to reply."""
    return require_login(practice.store, practice.login, Action.REPLY)


def mark_seen(practice: Practice, item_id: int) -> Item:
    """A new item someone opened becomes ``seen`` (anyone on the staff may read)."""
    member = require_reader(practice)
    item = get(practice.store, item_id)
    if item.state is not N.NEW:
        return item
    return _move(practice, item_id, N.SEEN, member.login)


def close(practice: Practice, item_id: int) -> Item:
    member = require_worker(practice)
    return _move(practice, item_id, N.CLOSED, member.login)


def follow_up(practice: Practice, item_id: int) -> Item:
    member = require_worker(practice)
    return _move(practice, item_id, N.FOLLOW_UP, member.login)


def reopen(practice: Practice, item_id: int) -> Item:
    member = require_worker(practice)
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

    member = require_worker(practice)
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
            (target.login, clock.now_iso(), item_id),
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
    member = require_worker(practice)
    target = _staff_member(practice, to)
    return _move(
        practice,
        item_id,
        N.ESCALATED,
        member.login,
        extra={"escalated_to": target.login, "assigned_to": target.login},
        details={"to": target.login},
    )


async def network_call(
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
            client = await stack.enter_async_context(practice.http_client())
        return await plugin_calls.call_channel(
            channel,
            account,
            lambda: method(client, account, item.activity(), *args),
            check,
            deadline=CALL_DEADLINE_SECONDS,
        )


def channel_words(channel: Channel, exc: BaseException) -> str:
    if isinstance(exc, ChannelError):
        return exc.message
    import httpx

    if isinstance(exc, httpx.HTTPError | TimeoutError):
        return f"no answer from {channel.title} ({type(exc).__name__})"
    return f"the {channel.plugin_name or channel.name} plugin failed ({type(exc).__name__})"


def hide(practice: Practice, item_id: int, *, hidden: bool = True) -> Item:
    """Hide the item on its network (where the network allows it), then mark it hidden;
    ``hidden=False`` shows it again."""
    member = require_worker(practice)
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
    from medsocial_tui.accounts.connections import readiness

    # asked without its credentials, the network's refusal (or no answer) read "try again
    # later", which never helps: what it needs is said instead (found on the third walk)
    ready = readiness(practice, item.account_id)
    if not ready.connected:
        raise UsageError(
            f"{item.account_id} is {ready.problem()}, so {channel.title} was not asked to "
            f"{'hide' if hidden else 'show'} it",
            fix=ready.what_to_do() or "Channels says what it needs; nothing was changed",
        )
    try:
        asyncio.run(network_call(practice, item, "hide", plugin_calls.checked_done, hidden))
    except (KeyboardInterrupt, SystemExit):
        raise
    except BaseException as exc:  # noqa: BLE001 - said in words, nothing changed here
        raise UsageError(
            f"{channel.title} did not {'hide' if hidden else 'show'} it: "
            f"{channel_words(channel, exc)}",
            fix="try again later; nothing was changed in medsocial",
        ) from None
    return _move(practice, item_id, target, member.login, details={"on_network": True})


def role_can_approve(member: StaffMember | None) -> bool:
    return member is not None and member.has(Role.APPROVER)


def may(practice: Practice, action: Action) -> tuple[bool, str]:
    decision = decide(practice.store, by_login(practice.store, practice.login), action)
    return decision.allowed, decision.reason
