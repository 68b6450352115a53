"""How posts performed: counters read from the networks and kept as time-stamped samples.

A published post is read three times, a day, a week and a month after it went out (the
``ages``); a post first read late gets the oldest age it has reached, never an earlier one
made up. Each account's daily series (Google's calls and direction requests, followers) is
read from the day after the last one stored. ``medsocial metrics fetch`` runs this from cron
beside ``flush`` and the inbox fetch: each batch of answers is written (in one short
transaction with whatever other accounts handed in meanwhile) while the next is read, so a
run killed half-way keeps what it committed and the next run reads only what is missing; a network's request to wait is shared with the other processes (:mod:`rate_waits`).

What a network does not give is absent from its samples, never stored as zero: the report and
the screen say "not offered" from the channel's ``metrics_offered`` and ``metrics_note``.
"""

from __future__ import annotations

import asyncio
import json
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from functools import partial
from typing import TYPE_CHECKING, Any, TypeVar

from medsocial_tui import clock
from medsocial_tui.accounts import rate_waits
from medsocial_tui.accounts.connections import readiness
from medsocial_tui.channel import (
    AuthExpired,
    Capability,
    Channel,
    ChannelError,
    DailyCounts,
    PostCounts,
    Rejected,
    RetryLater,
)
from medsocial_tui.listening import account_json
from medsocial_tui.publishing.states import DeliveryState

if TYPE_CHECKING:
    import httpx

    from medsocial_tui.home.practice import Practice
    from medsocial_tui.store import Store

AGES: tuple[tuple[str, timedelta], ...] = (
    ("month", timedelta(days=30)),
    ("week", timedelta(days=7)),
    ("day", timedelta(days=1)),
)
"""Oldest first: a post is sampled at the oldest age it has reached and not yet been read at."""
AGE_WORDS = {"day": "a day after", "week": "a week after", "month": "a month after"}
BATCH = 100
"""Posts a call: X reads 100 tweets at once; the other plugins loop inside one call."""
FIRST_DAYS = 28
"""Days of an account's series read the first time (Google keeps 18 months; four weeks give
the report its last period)."""
CALL_SECONDS = 60.0


class BadMetrics(ChannelError):
    """A plugin answered with something that is not counters."""


@dataclass
class AccountRead:
    """What one account's read did, in words for people and numbers for ``--json``."""

    account_id: str
    network: str
    state: str = "read"
    """``read``, ``paused`` (the network asked to wait), ``not offered`` (no counters from
    this network), ``not connected``, ``failed``."""
    posts_read: int = 0
    days_read: int = 0
    words: str = ""

    def as_json(self) -> dict[str, Any]:
        return account_json(self)


@dataclass
class FetchReport:
    accounts: list[AccountRead] = field(default_factory=list)

    @property
    def exit_code(self) -> int:
        """As ``flush`` and ``inbox fetch``: 0 when nothing failed (waiting for a rate limit
        is not failing, nor a network that gives no counters), 1 when an account could not be
        read, including one whose credentials or settings are missing (cron mails it)."""
        return 1 if any(a.state in ("failed", "not connected") for a in self.accounts) else 0

    def as_json(self) -> dict[str, Any]:
        return {
            "posts_read": sum(a.posts_read for a in self.accounts),
            "days_read": sum(a.days_read for a in self.accounts),
            "accounts": [a.as_json() for a in self.accounts],
        }


@dataclass(frozen=True)
class Due:
    delivery_id: int
    remote_id: str
    age: str


def due(store: Store, now: datetime) -> dict[str, list[Due]]:
    """Published deliveries whose next sample is due, by account. One indexed pass over the
    published deliveries a day old or more; each needs the oldest age it has reached."""
    bounds = {age: clock.to_iso(now - delta) for age, delta in AGES}
    bounds["published"] = DeliveryState.PUBLISHED.value
    rows = store.db.conn.execute(
        """
SELECT d.id, d.account_id, d.remote_id,
       CASE WHEN d.published_at <= :month THEN 'month'
            WHEN d.published_at <= :week THEN 'week' ELSE 'day' END AS age
FROM deliveries d
WHERE d.state = :published AND d.published_at <= :day
  AND d.remote_id IS NOT NULL AND d.remote_id != ''
  AND NOT EXISTS (
    SELECT 1 FROM post_metrics m WHERE m.delivery_id = d.id AND m.age IN (
      CASE WHEN d.published_at <= :month THEN 'month'
           WHEN d.published_at <= :week THEN 'week' ELSE 'day' END,
      CASE WHEN d.published_at <= :month THEN '-'
           WHEN d.published_at <= :week THEN 'month' ELSE 'week' END,
      'month'))
ORDER BY d.account_id, d.published_at
""",
        bounds,
    ).fetchall()
    by_account: dict[str, list[Due]] = {}
    for delivery_id, account_id, remote_id, age in rows:
        by_account.setdefault(account_id, []).append(Due(delivery_id, remote_id, age))
    return by_account


Counted = TypeVar("Counted", PostCounts, DailyCounts)


def _checked(
    kind: type[Counted], words: str
) -> Callable[[str, object, Callable[[str], str]], list[Counted]]:
    """A check of a plugin's answer: a list of ``kind`` whose counters are whole numbers."""

    def check(plugin: str, answer: object, hide: Callable[[str], str]) -> list[Counted]:
        if not isinstance(answer, list | tuple) or not all(isinstance(a, kind) for a in answer):
            raise BadMetrics(
                f"the {plugin} plugin answered {words} with {type(answer).__name__} "
                f"instead of a list of {kind.__name__}"
            )
        for item in answer:
            _check_counts(plugin, item.counts)
        return list(answer)

    return check


_checked_posts = _checked(PostCounts, "post counters")
_checked_days = _checked(DailyCounts, "daily counters")


def _check_counts(plugin: str, counts: object) -> None:
    if not isinstance(counts, Mapping) or not all(
        isinstance(k, str) and isinstance(v, int) and not isinstance(v, bool) and v >= 0
        for k, v in counts.items()
    ):
        raise BadMetrics(f"the {plugin} plugin gave counters that are not whole numbers")


def _write_posts(
    store: Store, account_id: str, batch: Sequence[Due], read: list[PostCounts]
) -> int:
    by_remote = {p.remote_id: p for p in read}
    taken = clock.to_iso(clock.now())
    rows = [
        (d.delivery_id, d.age, account_id, taken, json.dumps(dict(by_remote[d.remote_id].counts)))
        for d in batch
        if d.remote_id in by_remote
    ]
    store.db.conn.executemany(
        "INSERT OR REPLACE INTO post_metrics (delivery_id, age, account_id, taken_at, counts)"
        " VALUES (?, ?, ?, ?, ?)",
        rows,
    )
    return len(rows)


def _write_days(store: Store, account_id: str, days: list[DailyCounts]) -> int:
    taken = clock.to_iso(clock.now())
    rows = [
        (account_id, d.day.isoformat(), name, value, taken)
        for d in days
        for name, value in d.counts.items()
    ]
    store.db.conn.executemany(
        "INSERT OR REPLACE INTO account_metrics (account_id, day, name, value, taken_at)"
        " VALUES (?, ?, ?, ?, ?)",
        rows,
    )
    return len({d.day for d in days})


def _first_day(store: Store, account_id: str, yesterday: date) -> date:
    row = store.db.conn.execute(
        "SELECT max(day) FROM account_metrics WHERE account_id = ?", (account_id,)
    ).fetchone()
    if row and row[0]:
        return date.fromisoformat(row[0]) + timedelta(days=1)
    return yesterday - timedelta(days=FIRST_DAYS - 1)


def _note_run(store: Store, account_id: str, error: str) -> None:
    store.db.conn.execute(
        "INSERT INTO metric_reads (account_id, last_run_at, last_error) VALUES (?, ?, ?)"
        " ON CONFLICT (account_id) DO UPDATE SET last_run_at = excluded.last_run_at,"
        " last_error = excluded.last_error",
        (account_id, clock.to_iso(clock.now()), error[:500]),
    )


class _Writer:
    """Writes on a thread of their own with their own connection (:class:`GroupWriter`): a
    durable commit waits for the disk (several ms), and on the event loop it would hold every
    account's requests. What the accounts hand it while it commits shares the next commit
    (each job in its own savepoint), so eight accounts' batches cost one wait for the disk,
    not eight."""

    def __init__(self, practice: Practice) -> None:
        from medsocial_tui.store.writer import GroupWriter

        self.writer = GroupWriter(
            practice.reopen_store,
            busy_seconds=practice.config.busy_timeout_seconds,
            path=practice.home.database_path,
        )

    async def __aenter__(self) -> _Writer:
        self.writer.start()
        return self

    async def __aexit__(self, *exc: object) -> None:
        await asyncio.get_running_loop().run_in_executor(None, self.writer.close)

    async def __call__(self, fn: Callable[..., Any], *args: Any, urgent: bool = True) -> Any:
        """``fn(store, *args)`` in the writer's next transaction, once that committed; one
        nobody waits for yet (``urgent=False``) may wait a moment for others to share it."""
        return await self.writer.run(lambda store: fn(store, *args), urgent=urgent)


def _pause(store: Store, account_id: str, until: datetime, reason: str) -> None:
    rate_waits.record(store.db, account_id, until, reason)


async def _read_account(
    practice: Practice,
    client: httpx.AsyncClient,
    write: _Writer,
    account_id: str,
    channel: Channel,
    waiting: list[Due],
    now: datetime,
) -> AccountRead:
    from medsocial_tui.accounts import plugin_calls

    result = AccountRead(account_id, channel.title)
    account = practice.account(account_id)
    store = practice.store
    if Capability.METRICS not in channel.capabilities:
        result.state = "not offered"
        result.words = channel.metrics_note or f"{channel.title} gives apps no counters"
        return result
    if not readiness(practice, account_id).connected:
        result.state = "not connected"
        result.words = "credentials or settings missing: see `medsocial doctor`"
        return result
    held = rate_waits.account_wait(store, account_id, now)
    if held is not None:
        result.state = "paused"
        result.words = (
            f"{channel.title} asked to wait until {clock.show(held.until, practice.tz)} "
            f"({held.reason})"
        )
        return result
    writes: list[asyncio.Future[int]] = []
    """Batches read and being written: the next batch is read meanwhile (a run killed now
    reads again next time only what was not committed)."""
    try:
        for start in range(0, len(waiting), BATCH):
            batch = waiting[start : start + BATCH]
            read = await plugin_calls.call_channel(
                channel,
                account,
                partial(channel.read_post_metrics, client, account, [d.remote_id for d in batch]),
                _checked_posts,
                deadline=CALL_SECONDS,
            )
            writes.append(
                asyncio.ensure_future(write(_write_posts, account_id, batch, read, urgent=False))
            )
        result.posts_read += sum(await asyncio.gather(*writes))
        writes = []
        if channel.account_metrics_offered:
            yesterday = clock.local(now, practice.tz).date() - timedelta(days=1)
            # on the writer's connection: a read here could wait on its commit in the loop
            first = await write(_first_day, account_id, yesterday)
            if first <= yesterday:
                days = await plugin_calls.call_channel(
                    channel,
                    account,
                    lambda: channel.read_account_metrics(client, account, first, yesterday),
                    _checked_days,
                    deadline=CALL_SECONDS,
                )
                result.days_read = await write(_write_days, account_id, days)
    except RetryLater as exc:
        if exc.retry_at is None:
            # Trouble on the network's side (a 5xx, a page instead of its answer): try again
            # next run; it is no rate limit, so nothing else is held back by it.
            result.state = "failed"
            said = exc.message
            result.words = said if channel.title in said else f"{channel.title}: {said}"
        else:
            await write(_pause, account_id, exc.retry_at, exc.message)
            result.state = "paused"
            result.words = (
                f"{channel.title} asked to wait until {clock.show(exc.retry_at, practice.tz)}"
            )
    except AuthExpired as exc:
        result.state = "failed"
        result.words = f"the account needs reconnecting: {exc.message}"
    except (Rejected, ChannelError) as exc:
        result.state = "failed"
        said = exc.message
        result.words = said if channel.title in said else f"{channel.title}: {said}"
    except TimeoutError:
        result.state = "failed"
        result.words = f"{channel.title} did not answer within {CALL_SECONDS:.0f} s"
    except Exception as exc:  # noqa: BLE001 - one account's trouble must not stop the others
        import httpx

        result.state = "failed"
        if isinstance(exc, httpx.HTTPError):
            result.words = f"could not reach {channel.title} ({type(exc).__name__})"
        else:
            result.words = f"the {channel.plugin_name or channel.name} plugin failed: {exc}"
    for written in await asyncio.gather(*writes, return_exceptions=True):
        if isinstance(written, int):  # batches read before the trouble are kept
            result.posts_read += written
    await write(_note_run, account_id, result.words if result.state == "failed" else "")
    if not result.words:
        result.words = f"{result.posts_read} posts, {result.days_read} days"
    return result


async def fetch(practice: Practice, *, now: datetime | None = None) -> FetchReport:
    """Read every due sample of every account, the accounts at once, each account's
    batches one after another (the network's own pace)."""

    now = now or clock.now()
    waiting = due(practice.store, now)
    report = FetchReport()
    jobs = []
    async with (
        practice.http_client(30.0) as client,
        _Writer(practice) as write,
    ):
        for config in practice.config.accounts:
            channel = practice.plugins.channels.get(config.channel)
            if channel is None:
                report.accounts.append(
                    AccountRead(config.id, config.channel, "failed", words="plugin not installed")
                )
                continue
            jobs.append(
                _read_account(
                    practice, client, write, config.id, channel, waiting.get(config.id, []), now
                )
            )
        report.accounts.extend(await asyncio.gather(*jobs))
    report.accounts.sort(key=lambda a: a.account_id)
    return report


# Reading what was stored -------------------------------------------------------------


@dataclass(frozen=True)
class PostResult:
    """One published delivery and its newest counters."""

    delivery_id: int
    post_id: int
    account_id: str
    kind: str
    text: str
    published_at: datetime
    age: str
    counts: Mapping[str, int]

    @property
    def engagement(self) -> int:
        """Everything a person did with the post (not views or reach: those are seen)."""
        return sum(v for k, v in self.counts.items() if k in ENGAGEMENT)


LEVELS = frozenset({"followers"})
"""Counters that say how many there are on a day, not how many happened that day: a
period's figure is its last day's, never a sum."""
ENGAGEMENT = frozenset({"reactions", "likes", "comments", "shares", "quotes", "saves", "clicks"})
AGE_ORDER = {"day": 0, "week": 1, "month": 2}


def results(store: Store, start: datetime, end: datetime) -> list[PostResult]:
    """Posts that went out in [start, end) with their newest sample (if any was read)."""
    rows = store.db.conn.execute(
        """
SELECT d.id, d.post_id, d.account_id, p.kind, p.text, d.published_at, m.age, m.counts
FROM deliveries d JOIN posts p ON p.id = d.post_id
JOIN post_metrics m ON m.delivery_id = d.id
WHERE d.state = ? AND d.published_at >= ? AND d.published_at < ?
""",
        (DeliveryState.PUBLISHED.value, clock.to_iso(start), clock.to_iso(end)),
    ).fetchall()
    newest: dict[int, tuple[Any, ...]] = {}
    for row in rows:
        held = newest.get(row[0])
        if held is None or AGE_ORDER[row[6]] > AGE_ORDER[held[6]]:
            newest[row[0]] = row
    return [
        PostResult(r[0], r[1], r[2], r[3], r[4], clock.parse_utc(r[5]), r[6], json.loads(r[7]))
        for r in sorted(newest.values(), key=lambda r: r[5])
    ]


def daily(
    store: Store, account_id: str, first: date, last: date
) -> dict[str, list[tuple[date, int]]]:
    """An account's daily series by counter name, from ``first`` to ``last``."""
    series: dict[str, list[tuple[date, int]]] = {}
    for day, name, value in store.db.conn.execute(
        "SELECT day, name, value FROM account_metrics WHERE account_id = ? AND day >= ?"
        " AND day <= ? ORDER BY day",
        (account_id, first.isoformat(), last.isoformat()),
    ):
        series.setdefault(name, []).append((date.fromisoformat(day), value))
    return series


def totals(posts: Sequence[PostResult]) -> dict[str, int]:
    out: dict[str, int] = {}
    for p in posts:
        for name, value in p.counts.items():
            out[name] = out.get(name, 0) + value
    return out


def by_kind(posts: Sequence[PostResult]) -> dict[tuple[str, str], tuple[int, float]]:
    """(account, kind) -> (posts, mean engagement): which kinds work on which network."""
    sums: dict[tuple[str, str], list[int]] = {}
    for p in posts:
        sums.setdefault((p.account_id, p.kind), []).append(p.engagement)
    return {k: (len(v), sum(v) / len(v)) for k, v in sorted(sums.items())}


def best(posts: Sequence[PostResult], n: int = 5) -> list[PostResult]:
    return sorted(posts, key=lambda p: (-p.engagement, p.published_at))[:n]


def offered(channel: Channel | None) -> tuple[tuple[str, ...], str]:
    """What a channel's counters are and what it says it does not give."""
    if channel is None:
        return (), "plugin not installed"
    if Capability.METRICS not in channel.capabilities:
        return (), channel.metrics_note or f"{channel.title} gives apps no counters"
    return channel.metrics_offered + channel.account_metrics_offered, channel.metrics_note
