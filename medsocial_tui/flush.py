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
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import Any

import httpx

from medsocial_tui import audit, clock
from medsocial_tui.channel import (
    AuthExpired,
    Channel,
    HandOff,
    OutcomeUnknown,
    Published,
    PublishRequest,
    Rejected,
    RetryLater,
)
from medsocial_tui.models import Delivery
from medsocial_tui.practice import Practice
from medsocial_tui.queue import draft_for, get
from medsocial_tui.states import DeliveryState as S

RUNNER = "flush"
REQUEST_TIMEOUT = httpx.Timeout(30.0, connect=10.0)
BACKOFF_SECONDS = (60, 300, 900, 3600)
PUBLISH_DEADLINE_SECONDS = 300.0


@dataclass
class Outcome:
    """What happened to one delivery in this run."""

    delivery_id: int
    post_id: int
    account_id: str
    state: str
    detail: str = ""
    remote_url: str | None = None


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
            "deliveries": [o.__dict__ for o in self.outcomes],
        }


def _iso(moment: datetime) -> str:
    return clock.to_iso(moment)


def runner_id() -> str:
    return f"{socket.gethostname()}:{os.getpid()}:{uuid.uuid4().hex[:8]}"


def sweep_expired_leases(practice: Practice, now: datetime) -> list[int]:
    """Deliveries whose claim expired without an outcome become ``unknown``."""
    with practice.store.write() as db:
        rows = db.conn.execute(
            "SELECT id FROM deliveries WHERE state='publishing' AND lease_expires_at < ?",
            (_iso(now),),
        ).fetchall()
        ids = [int(r[0]) for r in rows]
        for delivery_id in ids:
            db.conn.execute(
                "UPDATE deliveries SET state='unknown', error_kind='lost',"
                " last_error=?, updated_at=? WHERE id=? AND state='publishing'",
                (
                    "the last attempt stopped before its answer was recorded; it may be out: "
                    "check the page, then mark it published or retry anyway",
                    _iso(now),
                    delivery_id,
                ),
            )
            db.conn.execute(
                "UPDATE attempts SET finished_at=?, outcome='unknown', detail='lease expired'"
                " WHERE delivery_id=? AND finished_at IS NULL",
                (_iso(now), delivery_id),
            )
            audit.record(db, RUNNER, "delivery.lease_expired", "delivery", delivery_id)
    return ids


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


def hold_if_late(practice: Practice, delivery: Delivery, now: datetime) -> Outcome | None:
    """A delivery past its post's tolerance waits for a person instead of going out late."""
    post = practice.store.one("SELECT tolerance_minutes FROM posts WHERE id=?", (delivery.post_id,))
    if delivery.scheduled_at is None or post is None:
        return None
    late_by = now - delivery.scheduled_at
    if late_by <= _tolerance(practice, post["tolerance_minutes"]):
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
    )


def _backoff(attempts: int) -> timedelta:
    return timedelta(seconds=BACKOFF_SECONDS[min(attempts, len(BACKOFF_SECONDS)) - 1])


async def publish_one(
    practice: Practice,
    client: httpx.AsyncClient,
    channel: Channel,
    delivery: Delivery,
    attempt_id: str,
) -> Outcome:
    """Send one claimed delivery and record what happened."""
    post = get(practice.store, delivery.post_id)

    def checkpoint(update: dict[str, Any]) -> None:
        progress = {**request.progress, **update}
        request.progress = progress
        with practice.store.write() as db:
            db.conn.execute(
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
    except RetryLater as exc:
        when = exc.retry_at or clock.now() + _backoff(delivery.attempts + 1)
        return record_outcome(
            practice,
            delivery,
            attempt_id,
            S.DEFERRED,
            detail=exc.message,
            error_kind="rate",
            next_attempt_at=when,
        )
    except AuthExpired as exc:
        return record_outcome(
            practice,
            delivery,
            attempt_id,
            S.FAILED,
            detail=f"the account needs reconnecting: {exc.message}",
            error_kind="auth",
        )
    except Rejected as exc:
        return record_outcome(
            practice, delivery, attempt_id, S.FAILED, detail=exc.message, error_kind="rejected"
        )
    except HandOff as exc:
        return record_outcome(
            practice, delivery, attempt_id, S.TODO, detail=exc.message, error_kind="manual"
        )
    except OutcomeUnknown as exc:
        return _unknown(practice, channel, delivery, attempt_id, exc.message)
    except (httpx.ConnectError, httpx.ConnectTimeout) as exc:
        return record_outcome(
            practice,
            delivery,
            attempt_id,
            S.DEFERRED,
            detail=f"could not reach {channel.title}: {type(exc).__name__}",
            error_kind="network",
            next_attempt_at=clock.now() + _backoff(delivery.attempts + 1),
        )
    except (httpx.HTTPError, TimeoutError) as exc:
        return _unknown(
            practice,
            channel,
            delivery,
            attempt_id,
            f"no answer from {channel.title} ({type(exc).__name__})",
        )
    except Exception as exc:  # noqa: BLE001 - a plugin bug after sending is an unknown outcome
        return _unknown(
            practice,
            channel,
            delivery,
            attempt_id,
            f"the {channel.plugin_name} plugin failed: {type(exc).__name__}: {exc}",
        )
    return record_outcome(practice, delivery, attempt_id, S.PUBLISHED, published=published)


def _unknown(
    practice: Practice, channel: Channel, delivery: Delivery, attempt_id: str, message: str
) -> Outcome:
    if channel.dedupes_retries and delivery.attempts < len(BACKOFF_SECONDS):
        return record_outcome(
            practice,
            delivery,
            attempt_id,
            S.DEFERRED,
            error_kind="retry_safe",
            detail=f"{message}; {channel.title} drops repeats, so it will be sent again safely",
            next_attempt_at=clock.now() + timedelta(seconds=30),
        )
    return record_outcome(
        practice,
        delivery,
        attempt_id,
        S.UNKNOWN,
        error_kind="unknown",
        detail=f"{message}; it may be out: check the page, then mark it published or retry anyway",
    )


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
    if not dry_run:
        report.swept_unknown = sweep_expired_leases(practice, started)
    candidates = due(practice, started)
    if dry_run:
        for d in candidates:
            report.outcomes.append(Outcome(d.id, d.post_id, d.account_id, "would_publish"))
        return report
    runner = runner_id()
    own_client = client is None
    client = client or httpx.AsyncClient(timeout=REQUEST_TIMEOUT, follow_redirects=False)
    limits: dict[str, asyncio.Semaphore] = {}

    async def handle(delivery: Delivery) -> None:
        try:
            channel = practice.channel_for(delivery.account_id)
        except Exception as exc:  # noqa: BLE001
            outcome = Outcome(
                delivery.id,
                delivery.post_id,
                delivery.account_id,
                "skipped",
                getattr(exc, "what", str(exc)),
            )
            report.outcomes.append(outcome)
            return
        sem = limits.setdefault(delivery.account_id, asyncio.Semaphore(channel.max_concurrency))
        async with sem:
            now = clock.now()
            held = hold_if_late(practice, delivery, now) or fail_if_not_connected(
                practice, channel, delivery, now
            )
            if held:
                report.outcomes.append(held)
                if on_outcome:
                    on_outcome(held)
                return
            attempt_id = claim(practice, delivery, runner, now)
            if attempt_id is None:
                return
            outcome = await publish_one(practice, client, channel, delivery, attempt_id)
            report.outcomes.append(outcome)
            if on_outcome:
                on_outcome(outcome)

    try:
        await asyncio.gather(*(handle(d) for d in candidates))
    finally:
        if own_client:
            await client.aclose()
    return report
