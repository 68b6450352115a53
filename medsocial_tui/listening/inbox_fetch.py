"""``medsocial inbox fetch``: read every account's new activity, for cron beside ``flush``.

Each account is read from its stored cursor, a page at a time. A page's items and the
cursor after them are committed in ONE transaction, and the cursor moves only from the value
this run read (compare-and-set): a crash or a kill between pages loses nothing (the cursor
still points before the uncommitted page, which is read again) and duplicates nothing (an
item is unique per account, and a committed page is never read again). Two fetches at once
cannot both store a page: the second finds the cursor moved and leaves that account.

Rate limits are shared with publishing (:mod:`rate_waits`): an account a network asked to
wait is not read until then, and a wait the inbox is told about holds flush too.
"""

from __future__ import annotations

import asyncio
import json
import sqlite3
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime
from functools import partial
from typing import Any

import httpx

from medsocial_tui import clock
from medsocial_tui.accounts import plugin_calls, rate_waits
from medsocial_tui.channel import (
    ActivityPage,
    AuthExpired,
    Capability,
    Channel,
    Rejected,
    RetryLater,
)
from medsocial_tui.home.practice import Practice
from medsocial_tui.listening import account_json, inbox, inbox_replies
from medsocial_tui.listening.inbox_states import ReplyState
from medsocial_tui.records import audit
from medsocial_tui.records.audit import ChainCheck
from medsocial_tui.store import Store
from medsocial_tui.store.trouble import explain, kind_of

ACTOR = "inbox-fetch"
READ_DEADLINE_SECONDS = 120.0
RECORDS_BROKEN_EXIT = 12
BAD = frozenset({"failed", "skipped"})


@dataclass
class AccountRead:
    """What one account gave in this run."""

    account_id: str
    channel: str
    state: str
    """``read``, ``not_listening`` (no API: read in the app), ``waiting`` (rate limit),
    ``not_connected``, ``failed``, ``skipped`` (no plugin), ``stopped``."""
    detail: str = ""
    new: int = 0
    pages: int = 0
    new_by_kind: Counter[str] = field(default_factory=Counter)
    retry_at: datetime | None = None

    def as_json(self) -> dict[str, Any]:
        return {
            **account_json(self),
            "new_by_kind": dict(self.new_by_kind),
            "retry_at": clock.to_iso(self.retry_at) if self.retry_at else None,
        }


@dataclass
class FetchReport:
    started_at: datetime
    accounts: list[AccountRead] = field(default_factory=list)
    replies: list[inbox_replies.ReplyResult] = field(default_factory=list)
    unanswered: int = 0
    overdue: int = 0
    newly_overdue: int = 0
    alerts: list[str] = field(default_factory=list)
    alert_failed: bool = False
    records: ChainCheck | None = None

    @property
    def new(self) -> int:
        return sum(a.new for a in self.accounts)

    @property
    def exit_code(self) -> int:
        """As flush: 12 when the audit chain does not hold; 1 when an account could not be
        read (failed, not connected, no plugin), a reply failed or is unknown, or an alert
        could not be sent; else 0 (an account waiting for its rate limit is fine)."""
        if self.records is not None and not self.records.ok:
            return RECORDS_BROKEN_EXIT
        bad = any(a.state in BAD or a.state == "not_connected" for a in self.accounts)
        bad = bad or any(r.needs_person for r in self.replies) or self.alert_failed
        return 1 if bad else 0

    def as_json(self) -> dict[str, Any]:
        return {
            "started_at": clock.to_iso(self.started_at),
            "new": self.new,
            "unanswered": self.unanswered,
            "overdue": self.overdue,
            "accounts": [a.as_json() for a in self.accounts],
            "replies": [
                {"reply": r.reply.id, "state": r.reply.state.value, "words": r.words}
                for r in self.replies
            ],
            "alerts": self.alerts,
            "records": self.records.as_json() if self.records else None,
        }


def store_page(
    store: Store,
    account_id: str,
    read_from: str | None,
    page: ActivityPage,
    assign_to: str | None = None,
) -> tuple[int, Counter[str]] | None:
    """Commit one page: its new items (given to ``assign_to``, the designated manager; one
    the account already answered on the network arrives ``replied``) and the cursor after
    it, in one transaction, only if the account's cursor is still ``read_from``. None when
    another run moved it first."""
    now = clock.to_iso(clock.now())
    kinds: Counter[str] = Counter()
    new_ids: list[int] = []
    with store.write() as db:
        row = db.conn.execute(
            "SELECT cursor FROM inbox_cursors WHERE account_id=?", (account_id,)
        ).fetchone()
        if (row[0] if row else None) != read_from:
            return None
        for item in page.items:
            existing = db.conn.execute(
                "SELECT id, existing_reply FROM inbox_items WHERE account_id=? AND remote_id=?",
                (account_id, item.remote_id),
            ).fetchone()
            if existing is not None:
                if item.existing_reply is not None and item.existing_reply != existing[1]:
                    db.conn.execute(
                        "UPDATE inbox_items SET existing_reply=?, updated_at=? WHERE id=?",
                        (item.existing_reply, now, existing[0]),
                    )
                continue
            cursor = db.conn.execute(
                "INSERT INTO inbox_items (account_id, remote_id, kind, author_name, author_handle,"
                " text, permalink, on_remote_id, rating, thread, reply_window_ends,"
                " existing_reply, created_at, fetched_at, state, assigned_to, updated_at)"
                " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (
                    account_id,
                    item.remote_id,
                    item.kind,
                    item.author_name,
                    item.author_handle,
                    item.text,
                    item.permalink,
                    item.on_remote_id,
                    item.rating,
                    json.dumps(dict(item.thread), sort_keys=True),
                    clock.to_iso(item.reply_window_ends) if item.reply_window_ends else None,
                    item.existing_reply,
                    clock.to_iso(item.created_at),
                    now,
                    "replied" if item.existing_reply else "new",
                    assign_to,
                    now,
                ),
            )
            new_ids.append(int(cursor.lastrowid or 0))
            kinds[item.kind] += 1
        cursor_after = page.cursor if page.cursor is not None else read_from
        db.conn.execute(
            "INSERT INTO inbox_cursors (account_id, cursor, fetched_at, last_error, updated_at)"
            " VALUES (?, ?, ?, '', ?) ON CONFLICT(account_id) DO UPDATE SET"
            " cursor=excluded.cursor, fetched_at=excluded.fetched_at, last_error='',"
            " updated_at=excluded.updated_at",
            (account_id, cursor_after, now, now),
        )
        if new_ids:
            audit.record(
                db,
                ACTOR,
                "inbox.received",
                "account",
                account_id,
                items=new_ids,
                kinds=dict(kinds),
                assigned_to=assign_to,
            )
    return len(new_ids), kinds


def _note_error(store: Store, account_id: str, words: str) -> None:
    now = clock.to_iso(clock.now())
    with store.write() as db:
        db.conn.execute(
            "INSERT INTO inbox_cursors (account_id, cursor, last_error, updated_at)"
            " VALUES (?, NULL, ?, ?) ON CONFLICT(account_id) DO UPDATE SET"
            " last_error=excluded.last_error, updated_at=excluded.updated_at",
            (account_id, words, now),
        )


def _not_connected(practice: Practice, channel: Channel, account_id: str) -> str | None:
    """What the account lacks before it can be read, in flush's words; None when ready."""
    from medsocial_tui.accounts.connections import readiness

    words = readiness(practice, account_id).what_to_do()
    return None if words is None else words.removesuffix(", then retry") + " to read its inbox"


def _manager(practice: Practice) -> str | None:
    """The designated social-media manager, who new items are given to."""
    from medsocial_tui.records.staff import manager

    member = manager(practice.store)
    return member.login if member else None


async def read_account(
    practice: Practice,
    client: httpx.AsyncClient,
    account_id: str,
    stop: asyncio.Event | None = None,
    on_page: Callable[[AccountRead], None] | None = None,
) -> AccountRead:
    """Read one account from its cursor until the network has nothing more (or the run's
    page budget is spent)."""
    try:
        channel = practice.channel_for(account_id)
    except Exception as exc:  # noqa: BLE001 - no plugin: said, nothing read
        return AccountRead(account_id, "?", "skipped", getattr(exc, "what", str(exc)))
    read = AccountRead(account_id, channel.title, "read")
    if Capability.LISTEN not in channel.capabilities:
        read.state = "not_listening"
        read.detail = channel.listening_note or (
            f"{channel.title} gives apps no way to read activity: read it in its own app"
        )
        return read
    missing = _not_connected(practice, channel, account_id)
    if missing:
        read.state, read.detail = "not_connected", missing
        return read
    wait = rate_waits.account_wait(practice.store, account_id)
    if wait is not None:
        read.state, read.retry_at = "waiting", wait.until
        read.detail = f"waits for {channel.title}'s rate limit until {clock.to_iso(wait.until)}"
        return read
    account = practice.account(account_id)
    for _ in range(practice.config.inbox.pages_per_run):
        if stop is not None and stop.is_set():
            read.state = "stopped"
            break
        row = practice.store.one(
            "SELECT cursor FROM inbox_cursors WHERE account_id=?", (account_id,)
        )
        cursor = row["cursor"] if row else None
        try:
            page = await plugin_calls.call_channel(
                channel,
                account,
                partial(channel.read_activity, client, account, cursor),
                plugin_calls.checked_activity,
                deadline=READ_DEADLINE_SECONDS,
            )
        except (KeyboardInterrupt, SystemExit, asyncio.CancelledError):
            raise
        except RetryLater as exc:
            until = exc.retry_at or clock.now()
            with practice.store.write() as db:
                rate_waits.record(db, account_id, until, exc.message)
            read.state, read.retry_at = "waiting", exc.retry_at
            read.detail = f"{channel.title} asked to wait: {exc.message}"
            break
        except BaseException as exc:  # noqa: BLE001 - a read is safe to repeat next run
            words = inbox.channel_words(channel, exc)
            if isinstance(exc, AuthExpired):
                words = f"the account needs reconnecting: {words}"
            elif isinstance(exc, Rejected):
                words = f"{channel.title} refused the read: {words}"
            read.state, read.detail = "failed", words
            _note_error(practice.store, account_id, words)
            break
        stored = store_page(practice.store, account_id, cursor, page, _manager(practice))
        if stored is None:
            read.detail = "another inbox fetch is reading this account; it left it to that one"
            break
        read.pages += 1
        read.new += stored[0]
        read.new_by_kind.update(stored[1])
        if on_page is not None:
            on_page(read)
        if not page.more:
            break
    return read


async def _replies_due(
    practice: Practice, client: httpx.AsyncClient
) -> list[inbox_replies.ReplyResult]:
    """Approved replies the network asked to wait for, and replies whose answer was lost."""
    results = []
    rows = practice.store.query(
        "SELECT r.id, i.account_id FROM inbox_replies r JOIN inbox_items i ON i.id = r.item_id"
        " WHERE r.state IN (?, ?) ORDER BY r.id",
        (ReplyState.APPROVED.value, ReplyState.UNKNOWN.value),
    )
    for row in rows:
        if rate_waits.account_wait(practice.store, row["account_id"]) is not None:
            continue
        try:
            results.append(await inbox_replies.send_async(practice, int(row["id"]), client))
        except (KeyboardInterrupt, SystemExit, asyncio.CancelledError):
            raise
        except sqlite3.Error:
            raise
        except Exception as exc:  # noqa: BLE001 - one reply must not stop the rest
            reply = inbox.get_reply(practice.store, int(row["id"]))
            results.append(
                inbox_replies.ReplyResult(
                    reply, getattr(exc, "what", type(exc).__name__), needs_person=True
                )
            )
    return results


def _to_alert(practice: Practice) -> tuple[list[int], Counter[tuple[str, str]], list[int]]:
    """Items no alert has told about yet: (new item ids, their counts by network and kind,
    ids of unanswered items past the target not yet told about)."""
    rows = practice.store.query(
        "SELECT id, account_id, kind FROM inbox_items WHERE alerted_new_at IS NULL"
    )
    counts: Counter[tuple[str, str]] = Counter()
    for row in rows:
        try:
            title = practice.channel_for(row["account_id"]).title
        except Exception:  # noqa: BLE001 - an account without its plugin is still counted
            title = row["account_id"]
        counts[(title, row["kind"])] += 1
    late = [
        item.id
        for item in inbox.overdue(practice)
        if practice.store.one(
            "SELECT 1 AS x FROM inbox_items WHERE id=? AND alerted_overdue_at IS NULL",
            (item.id,),
        )
    ]
    return [int(r["id"]) for r in rows], counts, late


def _mark_alerted(practice: Practice, new: list[int], late: list[int]) -> None:
    now = clock.to_iso(clock.now())
    with practice.store.write() as db:
        for item_id in new:
            db.conn.execute(
                "UPDATE inbox_items SET alerted_new_at=? WHERE id=? AND alerted_new_at IS NULL",
                (now, item_id),
            )
        for item_id in late:
            db.conn.execute(
                "UPDATE inbox_items SET alerted_overdue_at=? WHERE id=?", (now, item_id)
            )
            audit.record(db, ACTOR, "inbox.overdue", "inbox_item", item_id)


async def run(
    practice: Practice,
    *,
    client: httpx.AsyncClient | None = None,
    stop: asyncio.Event | None = None,
    alert: bool = True,
    on_account: Callable[[AccountRead], None] | None = None,
) -> FetchReport:
    """One fetch: every enabled account, then the replies that wait to be sent, then the
    alert. Database trouble (busy past its deadline, disk full, read-only) raises a
    :class:`~medsocial_tui.errors.DatabaseError` in words; what was committed stays."""
    from medsocial_tui.listening import alerts
    from medsocial_tui.records import audit_head

    report = FetchReport(started_at=clock.now())
    try:
        report.records = audit_head.check(practice, incremental=True)
    except sqlite3.Error as exc:
        raise explain(exc, practice.home.database_path) from None
    own = client is None
    client = client or practice.http_client()
    try:
        for account in practice.config.accounts:
            if not account.enabled:
                continue
            read = await read_account(practice, client, account.id, stop)
            report.accounts.append(read)
            if on_account is not None:
                on_account(read)
        if stop is None or not stop.is_set():
            report.replies = await _replies_due(practice, client)
        report.unanswered = inbox.unanswered_count(practice.store)
        report.overdue = len(inbox.overdue(practice))
        new_ids, counts, late_ids = _to_alert(practice)
        report.newly_overdue = len(late_ids)
    except sqlite3.Error as exc:
        if kind_of(exc) is None:
            raise
        raise explain(exc, practice.home.database_path) from None
    finally:
        if own:
            await client.aclose()
    if alert:
        message = alerts.summary(practice, counts, report)
        outcome = alerts.send(practice, message) if message is not None else None
        if outcome is not None:
            report.alerts = outcome.words
            report.alert_failed = not outcome.ok
        if outcome is None or outcome.ok:
            try:
                _mark_alerted(practice, new_ids, late_ids)
            except sqlite3.Error as exc:
                if kind_of(exc) is None:
                    raise
                raise explain(exc, practice.home.database_path) from None
    return report
