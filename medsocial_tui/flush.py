"""Publish what is due, at most once per delivery, with every outcome recorded at once.

For each due delivery: a committed claim (``publishing``, an attempt id and a lease) comes
before the request, and the outcome is committed right after it. A lease that expires with no
outcome means ``unknown`` (the request may have reached the network), never a blind retry.
"""

from __future__ import annotations

import asyncio
import json
import os
import socket
import uuid
from collections import defaultdict
from collections.abc import Awaitable, Callable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field, replace
from datetime import datetime, timedelta
from typing import Any

import httpx

from medsocial_tui import audit, clock
from medsocial_tui.channel import (
    AuthExpired,
    Capability,
    Channel,
    ChannelError,
    HandOff,
    OutcomeUnknown,
    Published,
    PublishRequest,
    Rejected,
    RetryLater,
)
from medsocial_tui.models import Delivery, Post
from medsocial_tui.practice import Practice
from medsocial_tui.queue import draft_for, get
from medsocial_tui.states import DeliveryState as S

RUNNER = "flush"
BACKOFF_SECONDS = (60, 300, 900, 3600)
PUBLISH_DEADLINE_SECONDS = 300.0
DEDUPE_WINDOW = timedelta(minutes=50)
"""How long after an attempt a network that drops repeated requests still recognises its key
(an hour is the usual retention; we stay inside it)."""


@dataclass
class Outcome:
    """What happened to one delivery in this run."""

    delivery_id: int
    post_id: int
    account_id: str
    state: str
    detail: str = ""
    remote_url: str | None = None
    retry_at: datetime | None = field(default=None, repr=False)


@dataclass
class FlushReport:
    started_at: datetime
    dry_run: bool = False
    outcomes: list[Outcome] = field(default_factory=list)
    swept_unknown: list[int] = field(default_factory=list)

    def counts(self) -> dict[str, int]:
        counts: dict[str, int] = defaultdict(int)
        for o in self.outcomes:
            counts[o.state] += 1
        return dict(counts)

    @property
    def exit_code(self) -> int:
        bad = {S.FAILED.value, S.UNKNOWN.value, "skipped"}
        return 1 if any(o.state in bad for o in self.outcomes) or self.swept_unknown else 0

    def as_json(self) -> dict[str, Any]:
        return {
            "started_at": clock.to_iso(self.started_at),
            "dry_run": self.dry_run,
            "counts": self.counts(),
            "swept_to_unknown": self.swept_unknown,
            "deliveries": [
                {k: v for k, v in o.__dict__.items() if k != "retry_at"}
                | {"retry_at": clock.to_iso(o.retry_at) if o.retry_at else None}
                for o in self.outcomes
            ],
        }


def _iso(moment: datetime) -> str:
    return clock.to_iso(moment)


def runner_id() -> str:
    return f"{socket.gethostname()}:{os.getpid()}:{uuid.uuid4().hex[:8]}"


def _owner_is_gone(owner: str | None) -> bool:
    """True when the lease belongs to a flush on this host whose process no longer exists.
    A reused process id only makes us wait for the lease to expire: the safe direction."""
    if not owner:
        return True
    host, _, rest = owner.partition(":")
    pid_text = rest.partition(":")[0]
    if host != socket.gethostname() or not pid_text.isdigit():
        return False
    try:
        os.kill(int(pid_text), 0)
    except ProcessLookupError:
        return True
    except PermissionError:
        return False
    return False


def sweep_expired_leases(practice: Practice, now: datetime) -> list[int]:
    """Deliveries whose claim expired, or whose flush died, without an outcome become
    ``unknown``: the request may have reached the network."""
    with practice.store.write() as db:
        rows = db.conn.execute(
            "SELECT id, lease_owner, lease_expires_at FROM deliveries WHERE state='publishing'"
        ).fetchall()
        ids = [int(r[0]) for r in rows if (r[2] or "") < _iso(now) or _owner_is_gone(r[1])]
        for delivery_id in ids:
            db.conn.execute(
                "UPDATE deliveries SET state='unknown', error_kind='lost',"
                " last_error=?, lease_owner=NULL, lease_expires_at=NULL, updated_at=?"
                " WHERE id=? AND state='publishing'",
                (
                    "the last attempt stopped before its answer was recorded; it may be out: "
                    "check the page, then mark it published or retry anyway",
                    _iso(now),
                    delivery_id,
                ),
            )
            db.conn.execute(
                "UPDATE attempts SET finished_at=?, outcome='unknown', detail='interrupted'"
                " WHERE delivery_id=? AND finished_at IS NULL",
                (_iso(now), delivery_id),
            )
            audit.record(db, RUNNER, "delivery.interrupted", "delivery", delivery_id)
    return ids


def _can_reconcile(channel: Channel) -> bool:
    return Capability.RECONCILE in channel.capabilities


async def reconcile(
    practice: Practice,
    client: httpx.AsyncClient,
    delivery_ids: list[int] | None = None,
    *,
    grace: timedelta | None = None,
) -> list[Outcome]:
    """Ask the networks that can tell whether unknown deliveries went out.

    Found: published. Surely absent, and the attempt is older than the grace period (a
    network's list may lag behind a create): scheduled again. Otherwise the delivery keeps
    waiting for a person, with the reason."""
    grace = (
        grace if grace is not None else timedelta(seconds=practice.config.reconcile_grace_seconds)
    )
    where = "state='unknown'"
    params: list[Any] = []
    if delivery_ids:
        where += f" AND id IN ({','.join('?' * len(delivery_ids))})"
        params.extend(delivery_ids)
    rows = practice.store.query(f"SELECT * FROM deliveries WHERE {where} ORDER BY id", params)
    outcomes: list[Outcome] = []
    for row in rows:
        delivery = Delivery.from_row(row)
        try:
            channel = practice.channel_for(delivery.account_id)
        except Exception:  # noqa: BLE001
            continue
        claimed = clock.parse_utc(row["claimed_at"]) if row["claimed_at"] else None
        if (
            channel.dedupes_retries
            and not _can_reconcile(channel)
            and claimed is not None
            and clock.now() - claimed < DEDUPE_WINDOW
        ):
            outcomes.append(_settle(practice, delivery, "scheduled", clock.now()))
            continue
        if not _can_reconcile(channel):
            _note(
                practice,
                delivery,
                f"{channel.title} offers no way to check whether it went "
                "out: look at the page, then mark it published or retry anyway",
            )
            continue
        post = get(practice.store, delivery.post_id)
        request = PublishRequest(
            delivery_id=delivery.id,
            attempt_id=row["attempt_id"] or "",
            idempotency_key=delivery.idempotency_key,
            account=practice.account(delivery.account_id),
            draft=draft_for(practice, post, delivery.account_id),
            scheduled_at=delivery.scheduled_at,
            claimed_at=clock.parse_utc(row["claimed_at"]) if row["claimed_at"] else clock.now(),
            progress=dict(delivery.progress),
        )
        try:
            found = await asyncio.wait_for(channel.find_existing(client, request), 60)
        except (ChannelError, httpx.HTTPError, TimeoutError) as exc:
            message = getattr(exc, "message", type(exc).__name__)
            _note(
                practice,
                delivery,
                f"could not check with {channel.title} ({message}); "
                "it will be checked again at the next flush",
            )
            continue
        except Exception as exc:  # noqa: BLE001 - a plugin bug must not stop the others
            _note(practice, delivery, f"the {channel.plugin_name} plugin failed to check: {exc!r}")
            continue
        now = clock.now()
        if found is not None:
            outcomes.append(_settle(practice, delivery, "published", now, published=found))
        elif now - request.claimed_at >= grace:
            outcomes.append(_settle(practice, delivery, "scheduled", now))
        else:
            _note(
                practice,
                delivery,
                f"not on {channel.title} yet; checking again at the next "
                "flush before sending again",
            )
    return outcomes


def _note(practice: Practice, delivery: Delivery, message: str) -> None:
    with practice.store.write() as db:
        db.conn.execute(
            "UPDATE deliveries SET last_error=?, updated_at=? WHERE id=? AND state='unknown'",
            (message, _iso(clock.now()), delivery.id),
        )


def _settle(
    practice: Practice,
    delivery: Delivery,
    state: str,
    now: datetime,
    published: Published | None = None,
) -> Outcome:
    """Resolve an unknown delivery from what the network said."""
    with practice.store.write() as db:
        if state == "published":
            assert published is not None
            changed = db.conn.execute(
                "UPDATE deliveries SET state='published', remote_id=?, remote_url=?,"
                " published_at=?, error_kind=NULL, last_error='', updated_at=?"
                " WHERE id=? AND state='unknown'",
                (published.remote_id, published.url, _iso(now), _iso(now), delivery.id),
            ).rowcount
            if changed:
                db.conn.execute(
                    "UPDATE accounts SET last_published_at=? WHERE id=?",
                    (_iso(now), delivery.account_id),
                )
            detail = "it had gone out: found on the network"
        else:
            changed = db.conn.execute(
                "UPDATE deliveries SET state='scheduled', next_attempt_at=?, error_kind=NULL,"
                " last_error='', updated_at=? WHERE id=? AND state='unknown'",
                (_iso(now), _iso(now), delivery.id),
            ).rowcount
            detail = "it had not gone out: the network confirmed; it will be sent"
        if changed:
            audit.record(db, RUNNER, f"delivery.reconciled_{state}", "delivery", delivery.id)
    return Outcome(
        delivery.id,
        delivery.post_id,
        delivery.account_id,
        f"reconciled_{state}",
        detail,
        published.url if published else None,
    )


def due(practice: Practice, now: datetime, limit: int = 10_000) -> list[Delivery]:
    rows = practice.store.query(
        "SELECT d.* FROM deliveries d JOIN accounts a ON a.id = d.account_id"
        " WHERE d.state IN ('scheduled','deferred') AND d.next_attempt_at <= ?"
        " ORDER BY d.next_attempt_at, d.id LIMIT ?",
        (_iso(now), limit),
    )
    return [Delivery.from_row(r) for r in rows]


def _tolerance(practice: Practice, post_tolerance: int | None) -> timedelta:
    minutes = practice.config.late_tolerance_minutes if post_tolerance is None else post_tolerance
    return timedelta(minutes=minutes)


def claim(practice: Practice, delivery: Delivery, runner: str, now: datetime) -> str | None:
    """Take one delivery for this run; None when another run took it or it changed."""
    attempt_id = uuid.uuid4().hex
    lease = now + timedelta(seconds=practice.config.lease_seconds)
    with practice.store.write() as db:
        changed = db.conn.execute(
            "UPDATE deliveries SET state='publishing', attempt_id=?, lease_owner=?,"
            " lease_expires_at=?, claimed_at=?, attempts=attempts+1, updated_at=?"
            " WHERE id=? AND state IN ('scheduled','deferred') AND next_attempt_at <= ?",
            (attempt_id, runner, _iso(lease), _iso(now), _iso(now), delivery.id, _iso(now)),
        ).rowcount
        if changed != 1:
            return None
        db.conn.execute(
            "INSERT INTO attempts (delivery_id, attempt_id, runner, started_at) VALUES (?, ?, ?, ?)",
            (delivery.id, attempt_id, runner, _iso(now)),
        )
    return attempt_id


def hold_if_late(
    practice: Practice, delivery: Delivery, now: datetime, post: Post | None = None
) -> Outcome | None:
    """A delivery past its post's tolerance waits for a person instead of going out late."""
    post = post or get(practice.store, delivery.post_id)
    if delivery.scheduled_at is None:
        return None
    late_by = now - delivery.scheduled_at
    if late_by <= _tolerance(practice, post.tolerance_minutes):
        return None
    minutes = int(late_by.total_seconds() // 60)
    words = f"{minutes // 60} h {minutes % 60} min" if minutes >= 60 else f"{minutes} min"
    message = f"missed its time by {words}; publish now or cancel"
    with practice.store.write() as db:
        changed = db.conn.execute(
            "UPDATE deliveries SET state='held', error_kind='late', last_error=?, updated_at=?"
            " WHERE id=? AND state IN ('scheduled','deferred')",
            (message, _iso(now), delivery.id),
        ).rowcount
        if changed:
            audit.record(db, RUNNER, "delivery.held", "delivery", delivery.id, late_minutes=minutes)
    return (
        Outcome(delivery.id, delivery.post_id, delivery.account_id, S.HELD.value, message)
        if changed
        else None
    )


def defer_if_rate_limited(
    practice: Practice,
    delivery: Delivery,
    blocked_until: dict[str, tuple[datetime, str]],
    now: datetime,
) -> Outcome | None:
    """Once an account is rate-limited in this run, its other deliveries wait for the reset
    instead of spending requests the network will refuse."""
    blocked = blocked_until.get(delivery.account_id)
    if blocked is None or blocked[0] <= now:
        return None
    until, reason = blocked
    with practice.store.write() as db:
        changed = db.conn.execute(
            "UPDATE deliveries SET state='deferred', next_attempt_at=?, error_kind='rate',"
            " last_error=?, updated_at=? WHERE id=? AND state IN ('scheduled','deferred')",
            (_iso(until), reason, _iso(now), delivery.id),
        ).rowcount
    if not changed:
        return None
    return Outcome(
        delivery.id, delivery.post_id, delivery.account_id, S.DEFERRED.value, reason, None, until
    )


def block_if_unsafe(
    practice: Practice, delivery: Delivery, now: datetime, post: Post | None = None
) -> Outcome | None:
    """The compliance guard runs again just before sending (the roster may have changed).
    A blocked delivery fails with the kinds of identifiers found, never the text."""
    from medsocial_tui import guard
    from medsocial_tui.errors import ComplianceBlocked

    post = post or get(practice.store, delivery.post_id)
    try:
        guard.require_clean(practice, post, only_account=delivery.account_id)
    except ComplianceBlocked as exc:
        message = f"{exc.what}; {exc.fix}"
        with practice.store.write() as db:
            changed = db.conn.execute(
                "UPDATE deliveries SET state='failed', error_kind='compliance', last_error=?,"
                " updated_at=? WHERE id=? AND state IN ('scheduled','deferred')",
                (message, _iso(now), delivery.id),
            ).rowcount
            if changed:
                audit.record(db, RUNNER, "delivery.blocked_by_guard", "delivery", delivery.id)
        if changed:
            return Outcome(
                delivery.id, delivery.post_id, delivery.account_id, S.FAILED.value, message
            )
    return None


def fail_if_not_connected(
    practice: Practice, channel: Channel, delivery: Delivery, now: datetime
) -> Outcome | None:
    """A delivery whose account lacks credentials or settings fails before any request,
    with what to add and where."""
    account = practice.account(delivery.account_id)
    missing = [f.name for f in channel.missing_credentials(account)]
    missing_settings = [f.name for f in channel.missing_settings(account)]
    if not missing and not missing_settings:
        return None
    parts = []
    if missing:
        parts.append(f"add {', '.join(missing)} under [accounts.{account.id}] in secrets.toml")
    if missing_settings:
        parts.append(f"add {', '.join(missing_settings)} to its settings in practice.toml")
    message = f"{account.name} is not connected: " + " and ".join(parts) + ", then retry"
    with practice.store.write() as db:
        changed = db.conn.execute(
            "UPDATE deliveries SET state='failed', error_kind='auth', last_error=?, updated_at=?"
            " WHERE id=? AND state IN ('scheduled','deferred')",
            (message, _iso(now), delivery.id),
        ).rowcount
        if changed:
            db.conn.execute(
                "UPDATE accounts SET auth_status='missing', auth_message=? WHERE id=?",
                (message, delivery.account_id),
            )
            audit.record(db, RUNNER, "delivery.not_connected", "delivery", delivery.id)
    if not changed:
        return None
    return Outcome(delivery.id, delivery.post_id, delivery.account_id, S.FAILED.value, message)


def record_outcome(
    practice: Practice,
    delivery: Delivery,
    attempt_id: str,
    state: S,
    *,
    detail: str = "",
    error_kind: str | None = None,
    published: Published | None = None,
    next_attempt_at: datetime | None = None,
) -> Outcome:
    now = clock.now()
    with practice.store.write() as db:
        changed = db.conn.execute(
            "UPDATE deliveries SET state=?, error_kind=?, last_error=?, remote_id=coalesce(?, remote_id),"
            " remote_url=coalesce(?, remote_url), published_at=?, next_attempt_at=coalesce(?, next_attempt_at),"
            " lease_owner=NULL, lease_expires_at=NULL, updated_at=?"
            " WHERE id=? AND state='publishing' AND attempt_id=?",
            (
                state.value,
                error_kind,
                detail,
                published.remote_id if published else None,
                published.url if published else None,
                _iso(now) if state is S.PUBLISHED else None,
                _iso(next_attempt_at) if next_attempt_at else None,
                _iso(now),
                delivery.id,
                attempt_id,
            ),
        ).rowcount
        db.conn.execute(
            "UPDATE attempts SET finished_at=?, outcome=?, detail=? WHERE attempt_id=?",
            (_iso(now), state.value, detail[:500], attempt_id),
        )
        if changed and state is S.PUBLISHED:
            db.conn.execute(
                "UPDATE accounts SET last_published_at=?, auth_status='ok', auth_message='' WHERE id=?",
                (_iso(now), delivery.account_id),
            )
        if changed and error_kind == "auth":
            db.conn.execute(
                "UPDATE accounts SET auth_status='expired', auth_message=? WHERE id=?",
                (detail, delivery.account_id),
            )
        audit.record(
            db,
            RUNNER,
            f"delivery.{state.value}",
            "delivery",
            delivery.id,
            attempt=attempt_id,
            kind=error_kind or "",
        )
    return Outcome(
        delivery.id,
        delivery.post_id,
        delivery.account_id,
        state.value,
        detail,
        published.url if published else None,
        next_attempt_at if state is S.DEFERRED else None,
    )


def _backoff(attempts: int) -> timedelta:
    return timedelta(seconds=BACKOFF_SECONDS[min(attempts, len(BACKOFF_SECONDS)) - 1])


DbCall = Callable[..., Awaitable[Any]]


async def _inline(fn: Callable[..., Any], *args: Any, **kwargs: Any) -> Any:
    return fn(*args, **kwargs)


async def publish_one(
    practice: Practice,
    client: httpx.AsyncClient,
    channel: Channel,
    delivery: Delivery,
    attempt_id: str,
    *,
    db: DbCall = _inline,
    post: Any = None,
    on_writer: Practice | None = None,
) -> Outcome:
    """Send one claimed delivery and record what happened. ``db`` runs the database work
    (on flush's writer thread during a run), so the event loop keeps other requests moving."""
    writer = on_writer or practice
    post = post or await db(get, writer.store, delivery.post_id)
    checkpoint_store = practice.store

    def checkpoint(update: dict[str, Any]) -> None:
        progress = {**request.progress, **update}
        request.progress = progress
        with checkpoint_store.write() as tx:
            tx.conn.execute(
                "UPDATE deliveries SET progress=? WHERE id=? AND attempt_id=?",
                (json.dumps(progress), delivery.id, attempt_id),
            )

    request = PublishRequest(
        delivery_id=delivery.id,
        attempt_id=attempt_id,
        idempotency_key=delivery.idempotency_key,
        account=practice.account(delivery.account_id),
        draft=draft_for(practice, post, delivery.account_id),
        scheduled_at=delivery.scheduled_at,
        claimed_at=clock.now(),
        progress=dict(delivery.progress),
        checkpoint=checkpoint,
    )
    try:
        published = await asyncio.wait_for(
            channel.publish(client, request), timeout=PUBLISH_DEADLINE_SECONDS
        )
    except BaseException as exc:  # noqa: BLE001 - every failure is classified and recorded
        if isinstance(exc, (KeyboardInterrupt, SystemExit, asyncio.CancelledError)):
            raise
        state, fields = _classify(channel, delivery, exc)
        if state is S.UNKNOWN and channel.dedupes_retries:
            if delivery.attempts < len(BACKOFF_SECONDS):
                state, fields = (
                    S.DEFERRED,
                    {
                        "error_kind": "retry_safe",
                        "detail": f"{fields['detail']}; {channel.title} drops repeats, so it "
                        "will be sent again safely",
                        "next_attempt_at": clock.now() + timedelta(seconds=30),
                    },
                )
        if state is S.UNKNOWN:
            fields["detail"] += (
                "; it may be out: check the page, then mark it published or retry anyway"
            )
        return await db(record_outcome, writer, delivery, attempt_id, state, **fields)
    return await db(record_outcome, writer, delivery, attempt_id, S.PUBLISHED, published=published)


def _classify(channel: Channel, delivery: Delivery, exc: BaseException) -> tuple[S, dict[str, Any]]:
    """The state and words for a failed publish, from the plugin's typed error."""
    later = clock.now() + _backoff(delivery.attempts + 1)
    if isinstance(exc, RetryLater):
        return S.DEFERRED, {
            "detail": exc.message,
            "error_kind": "rate",
            "next_attempt_at": exc.retry_at or later,
        }
    if isinstance(exc, AuthExpired):
        return S.FAILED, {
            "detail": f"the account needs reconnecting: {exc.message}",
            "error_kind": "auth",
        }
    if isinstance(exc, Rejected):
        return S.FAILED, {"detail": exc.message, "error_kind": "rejected"}
    if isinstance(exc, HandOff):
        return S.TODO, {"detail": exc.message, "error_kind": "manual"}
    if isinstance(exc, OutcomeUnknown):
        return S.UNKNOWN, {"detail": exc.message, "error_kind": "unknown"}
    if isinstance(exc, (httpx.ConnectError, httpx.ConnectTimeout)):
        return S.DEFERRED, {
            "detail": f"could not reach {channel.title}: {type(exc).__name__}",
            "error_kind": "network",
            "next_attempt_at": later,
        }
    if isinstance(exc, (httpx.HTTPError, TimeoutError)):
        return S.UNKNOWN, {
            "detail": f"no answer from {channel.title} ({type(exc).__name__})",
            "error_kind": "unknown",
        }
    return S.UNKNOWN, {
        "detail": f"the {channel.plugin_name} plugin failed: {type(exc).__name__}: {exc}",
        "error_kind": "unknown",
    }


async def run(
    practice: Practice,
    *,
    dry_run: bool = False,
    client: httpx.AsyncClient | None = None,
    on_outcome: Callable[[Outcome], None] | None = None,
) -> FlushReport:
    """One flush: sweep expired leases, hold late deliveries, publish the rest."""
    started = clock.now()
    report = FlushReport(started_at=started, dry_run=dry_run)
    if dry_run:
        for d in due(practice, started):
            report.outcomes.append(Outcome(d.id, d.post_id, d.account_id, "would_publish"))
        return report
    report.swept_unknown = sweep_expired_leases(practice, started)
    runner = runner_id()
    own_client = client is None
    client = client or httpx.AsyncClient(
        timeout=httpx.Timeout(practice.config.request_timeout_seconds, connect=10.0),
        follow_redirects=False,
    )
    limits: dict[str, asyncio.Semaphore] = {}
    blocked_until: dict[str, tuple[datetime, str]] = {}
    for outcome in await reconcile(practice, client):
        report.outcomes.append(outcome)
        if on_outcome:
            on_outcome(outcome)
    candidates = due(practice, clock.now())
    writer = ThreadPoolExecutor(max_workers=1, thread_name_prefix="medsocial-flush-db")
    loop = asyncio.get_running_loop()
    practice.plugins  # noqa: B018 - load once, before the writer's copy shares them
    on_writer: Practice = await loop.run_in_executor(
        writer, lambda: replace(practice, store=practice.reopen_store())
    )

    async def db(fn: Callable[..., Any], *args: Any, **kwargs: Any) -> Any:
        return await loop.run_in_executor(writer, lambda: fn(*args, **kwargs))

    posts: dict[int, Post] = {}

    def prepare(delivery: Delivery, channel: Channel) -> tuple[Outcome | None, str | None, Any]:
        """Everything before the request, in one go on the writer thread: the checks that may
        stop the delivery, then the committed claim."""
        now = clock.now()
        post = posts.get(delivery.post_id)
        if post is None:
            post = posts[delivery.post_id] = get(on_writer.store, delivery.post_id)
        stopped = (
            hold_if_late(on_writer, delivery, now, post)
            or fail_if_not_connected(on_writer, channel, delivery, now)
            or defer_if_rate_limited(on_writer, delivery, blocked_until, now)
            or block_if_unsafe(on_writer, delivery, now, post)
        )
        if stopped:
            return stopped, None, None
        return None, claim(on_writer, delivery, runner, now), post

    def tell(outcome: Outcome) -> None:
        report.outcomes.append(outcome)
        if on_outcome:
            on_outcome(outcome)

    async def handle(delivery: Delivery) -> None:
        try:
            channel = practice.channel_for(delivery.account_id)
        except Exception as exc:  # noqa: BLE001
            tell(
                Outcome(
                    delivery.id,
                    delivery.post_id,
                    delivery.account_id,
                    "skipped",
                    getattr(exc, "what", str(exc)),
                )
            )
            return
        sem = limits.setdefault(delivery.account_id, asyncio.Semaphore(channel.max_concurrency))
        async with sem:
            stopped, attempt_id, post = await db(prepare, delivery, channel)
            if stopped:
                tell(stopped)
                return
            if attempt_id is None:
                return
            outcome = await publish_one(
                practice,
                client,
                channel,
                delivery,
                attempt_id,
                db=db,
                post=post,
                on_writer=on_writer,
            )
            if outcome.state == S.DEFERRED.value and outcome.retry_at is not None:
                blocked_until[delivery.account_id] = (outcome.retry_at, outcome.detail)
            tell(outcome)

    try:
        results = await asyncio.gather(*(handle(d) for d in candidates), return_exceptions=True)
    finally:
        await loop.run_in_executor(writer, on_writer.store.close)
        writer.shutdown(wait=True)
        if own_client:
            await client.aclose()
    failures = [r for r in results if isinstance(r, BaseException)]
    if failures:
        raise failures[0]
    return report
