"""Sending what a run claimed: each account is a lane with as many workers as its channel
allows in flight. Everything before a request (approval, lateness, the guard, media)
is checked on the writer thread in the transaction that claims; a worker's outcome and
its next claim share one transaction, so requests keep flowing while commits wait for
the disk."""

from __future__ import annotations

import time
from collections import deque
from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import datetime, timedelta
from functools import partial
from typing import TYPE_CHECKING, Any

from medsocial_tui import clock
from medsocial_tui.accounts import plugin_calls, rate_waits
from medsocial_tui.accounts.connections import readiness
from medsocial_tui.channel import Account, Channel, Draft, PublishRequest
from medsocial_tui.errors import ComplianceBlocked, UsageError
from medsocial_tui.home.practice import Practice
from medsocial_tui.models import Delivery, Post
from medsocial_tui.publishing import approvals, states
from medsocial_tui.publishing.claims import (
    DELIVERY_COLUMNS,
    DueRef,
    Sent,
    claim,
    claim_as_read,
    due_accounts,
    due_page,
    late_by,
)
from medsocial_tui.publishing.outcomes import (
    Outcome,
    Verdict,
    classify,
    defer,
    fail_unsent,
    hold,
    hold_unapproved,
    note_published,
    outcome_of,
    record_outcome,
    save_progress,
)
from medsocial_tui.publishing.queue import draft_for, get
from medsocial_tui.publishing.reconcile import all_or_none, can_reconcile
from medsocial_tui.publishing.states import DeliveryState as S
from medsocial_tui.records import records_key
from medsocial_tui.store import Store
from medsocial_tui.store.writer import GroupWriter, WriterFailed, WriterStopped, nothing_to_undo

if TYPE_CHECKING:  # asyncio and httpx are imported where a run sends, not by a dry run
    import asyncio

    import httpx

    from medsocial_tui.compliance import PracticeContext

PUBLISH_DEADLINE_SECONDS = 300.0

RUNNING_LOW = 1
"""Claimed deliveries a worker has left to send at or below which its outcome is committed
at once rather than lingering for company: a commit that waits out the linger, then an fsync
on a busy disk, outlasts a single request, and the worker would wait for its next claim
with nothing in flight. Above it the worker has requests to send while the commit lingers."""

AHEAD = 4
"""Deliveries each worker keeps claimed beyond the one in flight, where a claim cut short by a
crash can be settled without a person (see :class:`_Lane`): enough requests to send while a
commit waits for a slow disk, so a worker rarely waits for its next claim. With three, a
worker came down to RUNNING_LOW about as often as a lingering commit came back, so most
commits were the urgent ones (0.114 commits per delivery over 2,000; 0.088 with four)."""


@dataclass
class _Ticket:
    """A delivery claimed by this run: committed, so its request may be sent."""

    delivery: Delivery
    attempt_id: str
    claimed_at: datetime
    draft: Draft
    """What the account's channel publishes, rendered on the writer thread as it claims:
    nothing but the request is left to the event loop, where every worker waits its turn."""


@dataclass(frozen=True)
class _Block:
    """Why an account's other deliveries are not sent in this run."""

    kind: str
    reason: str
    until: datetime | None = None


@dataclass
class _Lane:
    """One account's due deliveries in this run, and what this run learned about it.

    ``ahead`` is how many deliveries each worker keeps claimed beyond the one in flight, so
    the next request leaves while the last outcome commits. Only where the network can say
    later whether a post went out (reconcile, or it drops repeats): a claim made ahead and cut
    short by a crash is then settled without a person."""

    account_id: str
    channel: Channel
    waiting: deque[DueRef]
    not_connected: str | None = None
    block: _Block | None = None
    until: str = ""
    """The run's due time: the lane's later pages are read up to it."""
    after: tuple[str, int] | None = None
    """Where the lane's last page ended; None once the last page was read."""
    _account: tuple[Account, Callable[[str], str]] | None = None
    noted: float | None = None
    """When (``time.monotonic``) this run last noted a publish on the account's row; only
    the writer thread reads and writes it, as it does :attr:`unnoted`."""
    unnoted: str | None = None
    """The moment of the latest publish not noted on the account's row since (ISO UTC):
    noted once the lane is done (see :func:`_note_lanes`)."""

    def account(self, practice: Practice) -> tuple[Account, Callable[[str], str]]:
        """The account as the plugin sees it, and what hides its secrets: read once a run
        (when the lane first sends), not once a delivery."""
        if self._account is None:
            account = practice.account(self.account_id)
            self._account = account, plugin_calls.scrub_for(account)
        return self._account

    def refill(self, store: Store) -> bool:
        """Read the lane's next page of due deliveries; False when none is left."""
        if self.after is None:
            return False
        page, self.after = due_page(store, self.account_id, self.until, self.after)
        self.waiting.extend(page)
        return bool(page)

    @property
    def ahead(self) -> int:
        recoverable = can_reconcile(self.channel) or self.channel.dedupes_retries
        return AHEAD if recoverable else 0

    @property
    def workers(self) -> int:
        return max(1, min(self.channel.max_concurrency, len(self.waiting)))

    def learn(self, verdict: Verdict) -> None:
        """Once an account is rate-limited, unreachable or refused, its other deliveries in
        this run are not sent: they wait for the reset, or fail with the same reason."""
        state, fields = verdict
        kind = fields.get("error_kind")
        if state is S.DEFERRED and kind in ("rate", "network"):
            until = fields.get("next_attempt_at") or clock.now()
            current = self.block
            if current is None or (current.until is not None and until > current.until):
                self.block = _Block(kind, fields["detail"], until)
        elif state is S.FAILED and kind == "auth":
            self.block = _Block("auth", fields["detail"])

    def unsent_verdict(self, now: datetime | None = None) -> Verdict | None:
        """The outcome for a delivery this run will not send, or None to send it (``now``:
        the clock's, when the lane is blocked)."""
        block = self.block
        if block is None:
            return None
        now = now or clock.now()
        if block.kind == "auth":
            detail = (
                block.reason
                if block.reason.startswith("not sent")
                else (f"not sent: {block.reason}")
            )
            # the account's record keeps the words of the refusal that blocked the lane
            return S.FAILED, {"detail": detail, "error_kind": "auth", "account_words": ""}
        if block.until is not None and block.until > now:
            return S.DEFERRED, {
                "detail": block.reason,
                "error_kind": block.kind,
                "next_attempt_at": block.until,
            }
        return None


class _Recent(dict):  # type: ignore[type-arg]
    """A dict that forgets its oldest entries beyond ``size``: a post's deliveries to its
    accounts are prepared close together, so a run's memory stays flat however many posts."""

    def __init__(self, size: int = 256) -> None:
        super().__init__()
        self.size = size

    def __setitem__(self, key: Any, value: Any) -> None:
        super().__setitem__(key, value)
        while len(self) > self.size:
            del self[next(iter(self))]


_PREPARE_SQL = (
    f"SELECT {', '.join(f'd.{c}' for c in DELIVERY_COLUMNS)}, p.updated_at FROM deliveries d"
    " JOIN posts p ON p.id = d.post_id WHERE d.id=?"
)
"""A delivery as :class:`_Preparer` reads it before claiming it, with its post's stamp; the
columns named once (a ``SELECT d.*`` cursor builds its description again per delivery)."""
_PREPARE_NAMES = (*DELIVERY_COLUMNS, "post_updated_at")


def scheduled_time(text: str | None, post_id: int) -> datetime | None:
    """A delivery's scheduled time as stored (None: it has none). One that cannot be read
    (written by hand, or by another program) raises :class:`UsageError` in words: nobody can
    tell whether the delivery is late, so it is not sent, and it is left as it is (nothing
    written, nothing lost): every run says so until a person sets its time again. The
    queue's readers show such a time as none (``models._when``); sending must not read it so,
    since a delivery with no time is never late."""
    if not text:
        return None
    try:
        return clock.parse_utc(text)
    except (ValueError, OverflowError):
        raise UsageError(
            f"its scheduled time cannot be read ({text[:40]!r})",
            fix=f"set its time again: medsocial post reschedule {post_id} WHEN",
        ) from None


class _Preparer:
    """Everything before a request, on the writer thread, in the transaction that claims."""

    def __init__(
        self, practice: Practice, runner: str, transaction: Callable[[], int] | None = None
    ) -> None:
        self.practice = practice
        self.runner = runner
        self._transaction = transaction
        """Which of the writer's transactions is running (its count of those begun)."""
        self._version: tuple[int, int] | None = None
        self._posts: dict[int, tuple[str, Post]] = _Recent()
        self._on_writer: Practice | None = None
        self._verdicts: dict[tuple[object, ...], str | None] = _Recent(1024)
        self._approved: dict[tuple[int, str], str | None] = _Recent()
        self._context: tuple[int, PracticeContext, str] | None = None
        self._digests: dict[tuple[int, str], str] = _Recent()
        self._guard_version: str | None = None
        self._channels: dict[str, str] = {}
        """Each account's channel, as the run's config names it."""

    def _post(self, store: Store, post_id: int, stamp: str) -> Post:
        """The post, read again only when it changed since this run last read it."""
        cached = self._posts.get(post_id)
        if cached is not None and cached[0] == stamp:
            return cached[1]
        post = get(store, post_id)
        self._posts[post_id] = (stamp, post)
        return post

    def claim_next(
        self, store: Store, lane: _Lane, want: int, *, key_read: bool = False
    ) -> tuple[list[_Ticket], list[Outcome]]:
        """Claim up to ``want`` of the lane's sendable deliveries. Deliveries that must not go
        out now (late, not connected, the account blocked, the guard) are settled on the way.

        A delivery whose checks fail (its post unreadable, a plugin's check raising ...) is
        skipped, and the lane goes on. The checks only read, and each delivery's one write
        (its claim, or what stopped it, with its audit event) comes last, after the record
        key is known to be there: so no savepoint is needed around each delivery (two
        statements, each a wait for the interpreter lock while requests are handled). Should
        a failure ever follow a write (the connection's count of changed rows moved), the
        whole job fails instead, and its transaction (or the writer's savepoint for it)
        undoes it. ``key_read``: the caller read the record key in this job already (else
        each delivery's checks read it, and a key gone skips the delivery)."""
        tickets: list[_Ticket] = []
        stopped: list[Outcome] = []
        conn = store.db.conn
        while len(tickets) < want and (lane.waiting or lane.refill(store)):
            due = lane.waiting.popleft()
            changes = conn.total_changes
            try:
                ticket, outcome = self._prepare(store, lane, due, key_read)
            except Exception as exc:  # noqa: BLE001 - one bad delivery must not stop the lane
                if not nothing_to_undo(conn, changes, exc):
                    raise
                ticket, outcome = None, self._skipped(store, due.id, exc)
            if outcome is not None:
                stopped.append(outcome)
            if ticket is not None:
                tickets.append(ticket)
        return tickets, stopped

    def _skipped(self, store: Store, delivery_id: int, exc: Exception) -> Outcome | None:
        row = store.one("SELECT * FROM deliveries WHERE id=?", (delivery_id,))
        if row is None:
            return None
        words = getattr(exc, "what", None) or type(exc).__name__
        fix = getattr(exc, "fix", None)
        return outcome_of(
            Delivery.from_row(row),
            "skipped",
            f"not sent: could not prepare ({words})" + (f"; {fix}" if fix else ""),
        )

    def _prepare(
        self, store: Store, lane: _Lane, due: DueRef, key_read: bool = False
    ) -> tuple[_Ticket | None, Outcome | None]:
        now = clock.now()
        if due.post_stamp is not None:
            ticket = self._claim_as_read(store, lane, due, key_read, now)
            if ticket is not None:
                return ticket, None
        # not store.one: no savepoint around one read
        found = store.db.conn.execute(_PREPARE_SQL, (due.id,)).fetchone()
        row = dict(zip(_PREPARE_NAMES, found, strict=True)) if found else None
        if (
            row is None
            or row["state"] not in states.SENDABLE
            or not row["next_attempt_at"]
            or row["next_attempt_at"] > clock.to_iso(now)
        ):
            return None, None
        scheduled_time(row["scheduled_at"], row["post_id"])  # unreadable: skipped, in words
        delivery = Delivery.from_row(row)
        if not key_read:
            records_key.key_for(store.db)  # the write below records an event: no key, no write
        post = self._post(store, delivery.post_id, row["post_updated_at"])
        unapproved = self._unapproved(store, post, row["post_updated_at"])
        if unapproved is not None:
            return None, hold_unapproved(store, delivery, unapproved, now)
        late = late_by(delivery, self._tolerance(post), now)
        if late is not None:
            return None, hold(store, delivery, late, now)
        if lane.not_connected:
            return None, fail_unsent(store, delivery, lane.not_connected, "auth", now)
        unsent = lane.unsent_verdict(now)
        if unsent is not None:
            state, fields = unsent
            if state is S.FAILED:
                return None, fail_unsent(store, delivery, fields["detail"], "auth", now)
            until, kind = fields["next_attempt_at"], fields["error_kind"]
            return None, defer(store, delivery, until, fields["detail"], kind, now)
        blocked = self._guard(store, delivery.account_id, post)
        if blocked is not None:
            return None, fail_unsent(store, delivery, blocked, "compliance", now)
        media_problem = self._media(post)
        if media_problem is not None:
            return None, fail_unsent(store, delivery, media_problem, "media", now)
        attempt_id = claim(store, delivery, self.runner, now, self.practice.config.lease_seconds)
        if attempt_id is None:
            return None, None
        return _Ticket(delivery, attempt_id, now, self._draft(post, delivery)), None

    def _claim_as_read(
        self, store: Store, lane: _Lane, due: DueRef, key_read: bool, now: datetime
    ) -> _Ticket | None:
        """Claim the delivery on what its page said of it, when every check passes on that:
        its claim's statement also checks it is unchanged since (its time, its post's version)
        and reads it, so the usual read before the claim is spared. None when a check does
        not pass or it changed, a scheduled time the page shows unreadable included: the
        caller reads it as it is now and decides on that (what stops a delivery is never
        written, nor said, on what a page said)."""
        if due.next_attempt_at > clock.to_iso(now) or lane.not_connected:
            return None
        if lane.unsent_verdict(now) is not None:
            return None
        assert due.post_stamp is not None
        post = self._post(store, due.post_id, due.post_stamp)
        if self._unapproved(store, post, due.post_stamp) is not None:
            return None
        try:
            scheduled = scheduled_time(due.scheduled_at, due.post_id)
        except UsageError:
            return None  # the caller's own read says so, if the time is still unreadable
        if scheduled is not None and now - scheduled > self._tolerance(post):
            return None
        if self._guard(store, due.account_id, post) or self._media(post):
            return None
        if not key_read:
            records_key.key_for(store.db)  # the claim records an event: no key, no claim
        config = self.practice.config
        claimed = claim_as_read(store, due, self.runner, now, config.lease_seconds)
        if claimed is None:
            return None
        attempt_id, delivery = claimed
        return _Ticket(delivery, attempt_id, now, self._draft(post, delivery))

    def _draft(self, post: Post, delivery: Delivery) -> Draft:
        return draft_for(self.practice, post, delivery.account_id)

    def _unapproved(self, store: Store, post: Post, stamp: str) -> str | None:
        """Why the post's approval does not let it go out (None: it does); asked once per
        version of the post in a run."""
        key = (post.id, stamp)
        if key not in self._approved:
            self._approved[key] = approvals.why_not_sendable(
                store.db,
                self.practice.home.root,
                self.practice.config,
                post.id,
                self._digest(post, stamp),
            )
        return self._approved[key]

    def _digest(self, post: Post, stamp: str) -> str:
        """The post's content digest (what its approval is bound to), once per version."""
        key = (post.id, stamp)
        if key not in self._digests:
            self._digests[key] = approvals.digest_of(self.practice.home.root, post)
        return self._digests[key]

    def _tolerance(self, post: Post) -> timedelta:
        minutes = (
            self.practice.config.late_tolerance_minutes
            if post.tolerance_minutes is None
            else post.tolerance_minutes
        )
        return timedelta(minutes=minutes)

    def _guard_context(self, store: Store) -> PracticeContext:
        """The guard's context (the practice's details, its staff, the roster), built again
        only when another process committed since it was built (``PRAGMA data_version``):
        an added patient or staff member counts from the next delivery on, and a run does
        not read the whole roster once per post. Its digest is kept beside it."""
        from medsocial_tui.publishing import guard

        assert self._on_writer is not None
        version = self.data_version(store)
        if self._context is None or self._context[0] != version:
            context = guard.context_for(self._on_writer)
            self._context = (version, context, guard.context_digest(context))
        return self._context[1]

    def data_version(self, store: Store) -> int:
        """``PRAGMA data_version``, read once per transaction of the writer: while it holds
        the write lock no other connection commits, so the answer cannot change (read each
        time without a writer to ask)."""
        if self._transaction is None:
            return store.data_version()
        now = self._transaction()
        if self._version is None or self._version[0] != now:
            self._version = (now, store.data_version())
        return self._version[1]

    def _cleared(self, store: Store, post: Post, account_id: str) -> bool:
        """Whether the guard's verdict kept with the approval still holds for every text
        this delivery sends (the account's own text and the alt texts): the same texts,
        the same guard, the same context. Then the guard need not run again (nor load its
        word lists and patterns, a large part of a short run)."""
        from medsocial_tui.publishing import guard

        assert self._on_writer is not None
        self._guard_context(store)
        assert self._context is not None
        context = self._context[2]
        if self._guard_version is None:  # the plugins' checks do not change in a run
            self._guard_version = guard.version(self.practice.plugins.checks)
        version = self._guard_version
        stamp = self._posts[post.id][0]
        clean = approvals.clean_texts(
            store.db, post.id, self._digest(post, stamp), version, context
        )
        texts = guard.texts_of(self._on_writer, post, account_id)
        return bool(clean) and all(approvals.text_digest(t) in clean for t in texts)

    def _media(self, post: Post) -> str | None:
        """Each attachment is the file that was attached (its SHA-256), a plain file inside
        media/; checked once per version of the post in a run."""
        from medsocial_tui.compose import media

        key = ("media", post.id, self._posts[post.id][0])
        if key not in self._verdicts:
            self._verdicts[key] = media.sending_problem(self.practice, post.media)
        return self._verdicts[key]

    def _guard(self, store: Store, account_id: str, post: Post) -> str | None:
        """The compliance guard runs again just before sending (the roster may have changed):
        what blocks sending to ``account_id``, in words (the kinds of identifiers found,
        never the text), or None. Each
        version of a post is checked once per text it sends (the same text to several
        accounts is read once) and once per network for the patient's permission, which
        may cover one network and not another."""
        from medsocial_tui.publishing import guard

        if self._on_writer is None or self._on_writer.store is not store:
            self._on_writer = replace(self.practice, store=store)
        practice = self._on_writer
        channel = self._channels.get(account_id)
        if channel is None:  # the config is read once a run: its accounts do not change
            account = self.practice.config.account(account_id)
            channel = self._channels[account_id] = account.channel if account else ""
        text = post.text_for(account_id, channel)
        version = self._posts[post.id][0]
        return self._verdict(
            ("permission", post.id, version, channel, text),
            lambda: guard.require_permission(practice, post, only_account=account_id),
        ) or self._verdict(
            ("text", post.id, version, text),
            lambda: (
                self._cleared(store, post, account_id)
                or guard.require_clean_texts(
                    practice, post, only_account=account_id, context=self._guard_context(store)
                )
            ),
        )

    def _verdict(self, key: tuple[object, ...], check: Callable[[], object]) -> str | None:
        """What blocks sending by ``check`` (ComplianceBlocked's words), or None: asked once
        per ``key`` while it is remembered."""
        if key not in self._verdicts:
            try:
                check()
                self._verdicts[key] = None
            except ComplianceBlocked as exc:
                self._verdicts[key] = f"{exc.what}; {exc.fix}"
        return self._verdicts[key]


def _recorded(sent: Sent, attempt_id: str, future: asyncio.Future[Any]) -> None:
    """Once an attempt's outcome is committed it is no longer in flight: forget it, so the
    run keeps only what is in flight however many deliveries it sends."""
    if not future.cancelled() and future.exception() is None:
        sent.attempts.discard(attempt_id)


async def publish_due(
    practice: Practice,
    client: httpx.AsyncClient,
    writer: GroupWriter,
    until: str,
    tell: Callable[[Outcome | None], None],
    stop: asyncio.Event | None,
    sent: Sent,
    accounts: list[str] | None = None,
) -> None:
    """Send the deliveries due at ``until`` (to ``accounts``, when the caller read them
    already), each account in its own lane, all lanes side by side; each lane reads its
    deliveries a page at a time as it claims them."""
    deadline = min(PUBLISH_DEADLINE_SECONDS, practice.config.lease_seconds * 0.8)
    preparer = _Preparer(practice, sent.runner, lambda: writer.began)
    run = _Sending(practice, client, writer, tell, stop, sent, preparer)
    if accounts is None:
        accounts = await writer.run(lambda s: due_accounts(s, until))
    # every lane's first page and shared wait in one job: one wait for the writer, not two
    # per account before the first claim
    firsts = await writer.run(partial(_first_pages, accounts=accounts, until=until))
    lanes = [
        lane
        for account_id, first, wait in firsts
        if (lane := await _open_lane(practice, writer, account_id, until, tell, first, wait))
        is not None
    ]
    await all_or_none(run.work(lane, deadline) for lane in lanes for _ in range(lane.workers))
    if any(lane.unnoted is not None for lane in lanes):
        await writer.run(partial(_note_lanes, lanes=lanes))


def _first_pages(
    store: Store, accounts: list[str], until: str
) -> list[tuple[str, tuple[list[DueRef], tuple[str, int] | None], rate_waits.Wait | None]]:
    """Each account's first page of deliveries due at ``until`` and the rate-limit wait the
    inbox recorded for it."""
    return [
        (account_id, due_page(store, account_id, until), _shared_wait(store, account_id))
        for account_id in accounts
    ]


async def _open_lane(
    practice: Practice,
    writer: GroupWriter,
    account_id: str,
    until: str,
    tell: Callable[[Outcome | None], None],
    first: tuple[list[DueRef], tuple[str, int] | None],
    wait: rate_waits.Wait | None,
) -> _Lane | None:
    """The account's lane with its ``first`` page of due deliveries and the ``wait`` the
    inbox recorded for it; None when the account has no plugin or no settings (each of its
    due deliveries is skipped, with the reason)."""
    page, after = first
    try:
        channel = practice.channel_for(account_id)
        not_connected = readiness(practice, account_id).what_to_do()
    except Exception as exc:  # noqa: BLE001 - no plugin or account: say so, send nothing
        words = getattr(exc, "what", None) or type(exc).__name__
        while True:
            for d in page:
                tell(outcome_of(d, "skipped", words))
            if after is None:
                return None
            page, after = await writer.run(
                partial(due_page, account_id=account_id, until=until, after=after)
            )
    lane = _Lane(account_id, channel, deque(page), not_connected, until=until, after=after)
    if wait is not None:
        lane.block = _Block("rate", wait.reason, wait.until)
    return lane


@dataclass
class _Sending:
    """What every worker of a run shares."""

    practice: Practice
    client: httpx.AsyncClient
    writer: GroupWriter
    tell: Callable[[Outcome | None], None]
    stop: asyncio.Event | None
    sent: Sent
    preparer: _Preparer

    def stopping(self) -> bool:
        return self.stop is not None and self.stop.is_set()

    async def collect(
        self, pending: asyncio.Future[tuple[Outcome, list[_Ticket], list[Outcome]]]
    ) -> list[_Ticket]:
        """Wait for a committed outcome (within the writer's deadline); tell it (and the
        deliveries settled unsent on the way), and hand over the claims made with it."""
        outcome, tickets, stopped = await self.writer.result(pending)
        for each in (outcome, *stopped):
            self.tell(each)
        return tickets

    async def work(self, lane: _Lane, deadline: float) -> None:
        """Send the lane's deliveries one at a time. Each outcome is handed to the writer the
        moment it is known; the next claimed delivery leaves without waiting for that commit."""
        import asyncio

        first = 0 if self.stopping() else 1 + lane.ahead
        tickets, stopped = await self.writer.run(lambda s: self.preparer.claim_next(s, lane, first))
        for outcome in stopped:
            self.tell(outcome)
        claimed = deque(tickets)
        pending: deque[tuple[asyncio.Future[Any], int]] = deque()
        try:
            while claimed or pending:
                if not claimed:
                    claimed.extend(await self.collect(pending.popleft()[0]))
                    continue
                ticket = claimed.popleft()
                verdict = lane.unsent_verdict()
                if verdict is None:
                    self.sent.attempts.add(ticket.attempt_id)
                    verdict = await _send(
                        self.practice, self.client, lane, ticket, self.writer, deadline
                    )
                lane.learn(verdict)
                while pending and pending[0][0].done():
                    claimed.extend(await self.collect(pending.popleft()[0]))
                pending.append(self._record(lane, ticket, verdict, claimed, pending))
        finally:
            for left, _want in pending:
                left.cancel()
            await asyncio.gather(*(f for f, _ in pending), return_exceptions=True)

    def _record(
        self,
        lane: _Lane,
        ticket: _Ticket,
        verdict: Verdict,
        claimed: deque[_Ticket],
        pending: deque[tuple[asyncio.Future[Any], int]],
    ) -> tuple[asyncio.Future[Any], int]:
        """Hand the outcome to the writer with the claims that keep the worker ``ahead``; the
        future of that commit, and how many claims it was asked for."""

        expected = sum(want for _future, want in pending)
        want = 0 if self.stopping() else max(0, 1 + lane.ahead - len(claimed) - expected)
        job = partial(
            _finish, preparer=self.preparer, lane=lane, ticket=ticket, verdict=verdict, want=want
        )
        # nobody waits for this commit while the worker has claimed deliveries to send: it
        # may share a later one (the claims it makes are handed over only once committed, so
        # every request still leaves after its durable claim). With RUNNING_LOW or fewer left,
        # the worker would run dry before a lingering commit came back on a slow disk
        urgent = len(claimed) <= RUNNING_LOW or self.stopping() or lane.ahead == 0
        future = self.writer.later(job, urgent=urgent, savepoint=False)
        future.add_done_callback(partial(_recorded, self.sent, ticket.attempt_id))
        return future, want


def _shared_wait(store: Store, account_id: str) -> rate_waits.Wait | None:
    """A rate-limit wait the inbox recorded for the account (see :mod:`rate_waits`)."""
    return rate_waits.account_wait(store, account_id, deliveries=False)


def _finish(
    store: Store,
    preparer: _Preparer,
    lane: _Lane,
    ticket: _Ticket,
    verdict: Verdict,
    want: int,
) -> tuple[Outcome, list[_Ticket], list[Outcome]]:
    """Record a sent delivery's outcome and claim the lane's next ones, in one transaction:
    nothing but database work sits between the answer and its commit. It raises only before
    its first write (the record key is read first; a delivery whose checks fail is skipped
    in :meth:`_Preparer.claim_next`), so the writer runs it without a savepoint of its own."""
    now = clock.now()
    published = verdict[0] is S.PUBLISHED
    moment = time.monotonic()
    note = published and (lane.noted is None or moment - lane.noted >= NOTE_SECONDS)
    with records_key.held(store.db):
        outcome = record_outcome(
            store,
            ticket.delivery,
            ticket.attempt_id,
            verdict,
            note_account=note,
            now=now,
            claim=(preparer.runner, clock.to_iso(ticket.claimed_at)),
        )
        tickets, stopped = preparer.claim_next(store, lane, want, key_read=True)
    if published and outcome.state == S.PUBLISHED.value:
        if note:
            lane.noted, lane.unnoted = moment, None
        else:
            lane.unnoted = clock.to_iso(now)
    elif verdict[1].get("error_kind") == "auth":
        lane.noted = None  # the account was marked expired: the next publish says it works
    return outcome, tickets, stopped


NOTE_SECONDS = 5.0
"""How often a run notes on an account's row that it published (``last_published_at``, and
that its credentials work): once a delivery was one more statement per delivery for what the
health page reads in days. A run stopped in between leaves the time seconds behind."""


def _note_lanes(store: Store, lanes: list[_Lane]) -> None:
    """Note each lane's latest publish not noted yet (a run's last statement per account)."""
    for lane in lanes:
        if lane.unnoted is not None:
            note_published(store, lane.account_id, lane.unnoted)
            lane.unnoted = None


async def _send(
    practice: Practice,
    client: httpx.AsyncClient,
    lane: _Lane,
    ticket: _Ticket,
    writer: GroupWriter,
    deadline: float,
) -> Verdict:
    """Send one claimed delivery; the state and fields its outcome will be recorded with."""
    import asyncio

    delivery = ticket.delivery
    channel = lane.channel
    account, hide = lane.account(practice)

    def checkpoint(update: dict[str, Any]) -> None:
        request.progress = {**request.progress, **plugin_calls.scrub_value(update, hide)}
        progress = dict(request.progress)
        writer.call(lambda s: save_progress(s, delivery.id, ticket.attempt_id, progress))

    request = PublishRequest(
        delivery_id=delivery.id,
        attempt_id=ticket.attempt_id,
        idempotency_key=delivery.idempotency_key,
        account=account,
        draft=ticket.draft,
        scheduled_at=delivery.scheduled_at,
        claimed_at=ticket.claimed_at,
        progress=dict(delivery.progress),
        checkpoint=checkpoint,
    )
    try:
        published = await plugin_calls.call_channel(
            channel,
            account,
            lambda: channel.publish(client, request),
            plugin_calls.checked_published,
            deadline=deadline,
            hide=hide,
        )
    except (KeyboardInterrupt, SystemExit, asyncio.CancelledError, WriterFailed, WriterStopped):
        raise
    except BaseException as exc:  # noqa: BLE001 - every failure is classified and recorded
        return classify(channel, delivery, exc)
    return S.PUBLISHED, {"published": published}
