"""Reconcile: ask the networks that can tell whether ``unknown`` deliveries went out, and
settle them; the others wait for a person, with the reason."""

from __future__ import annotations

from collections.abc import Awaitable, Callable, Iterable
from datetime import timedelta
from typing import TYPE_CHECKING, Any, TypeVar

from medsocial_tui import clock
from medsocial_tui.accounts import plugin_calls
from medsocial_tui.channel import (
    CannotTell,
    Capability,
    Channel,
    ChannelError,
    Published,
    PublishRequest,
)
from medsocial_tui.home.practice import Practice
from medsocial_tui.models import Delivery
from medsocial_tui.publishing.outcomes import Outcome, note_unknown, outcome_of, settle
from medsocial_tui.publishing.queue import draft_for, get
from medsocial_tui.publishing.states import DeliveryState as S
from medsocial_tui.store import Store

if TYPE_CHECKING:  # httpx is imported where a run sends, not by a dry run
    import httpx

RECONCILE_DEADLINE_SECONDS = 60.0
DEDUPE_WINDOW = timedelta(minutes=50)
"""How long after an attempt a network that drops repeated requests still recognises its key
(an hour is the usual retention; we stay inside it)."""

T = TypeVar("T")
Write = Callable[[Callable[[Store], T]], Awaitable[T]]
"""Runs a function inside a committed write transaction and returns its result."""


def can_reconcile(channel: Channel) -> bool:
    return Capability.RECONCILE in channel.capabilities


def _inline_writes(practice: Practice) -> Write[Any]:
    async def write(fn: Callable[[Store], T]) -> T:
        with practice.store.write():
            return fn(practice.store)

    return write


async def reconcile(
    practice: Practice,
    client: httpx.AsyncClient,
    delivery_ids: list[int] | None = None,
    *,
    grace: timedelta | None = None,
    write: Write[Any] | None = None,
) -> list[Outcome]:
    """Ask the networks that can tell whether unknown deliveries went out.

    Found: published. Surely absent, and the attempt is older than the grace period (a
    network's list may lag behind a create): scheduled again. Otherwise the delivery keeps
    waiting for a person, with the reason. Deliveries of one account are checked as many at
    a time as its channel allows; accounts are checked side by side."""
    import asyncio

    write = write or _inline_writes(practice)
    grace = (
        grace if grace is not None else timedelta(seconds=practice.config.reconcile_grace_seconds)
    )
    where = "state=?"
    params: list[Any] = [S.UNKNOWN.value]
    if delivery_ids:
        where += f" AND id IN ({','.join('?' * len(delivery_ids))})"
        params.extend(delivery_ids)
    rows = await write(
        lambda store: store.query(f"SELECT * FROM deliveries WHERE {where} ORDER BY id", params)
    )
    limits: dict[str, asyncio.Semaphore] = {}
    outcomes: list[Outcome] = []

    async def check(row: dict[str, Any]) -> None:
        delivery = Delivery.from_row(row)
        try:
            channel = practice.channel_for(delivery.account_id)
        except Exception as exc:  # noqa: BLE001 - no plugin: a person decides
            message = getattr(exc, "what", type(exc).__name__)
            await write(lambda s: note_unknown(s, delivery.id, f"cannot be checked: {message}"))
            return
        claimed = clock.parse_utc(row["claimed_at"]) if row["claimed_at"] else None
        if channel.dedupes_retries and not can_reconcile(channel):
            if claimed is not None and clock.now() - claimed < DEDUPE_WINDOW:
                settled = await write(lambda s: settle(s, delivery, S.SCHEDULED, clock.now()))
                if settled:
                    outcomes.append(settled)
                return
        if not can_reconcile(channel):
            await write(
                lambda s: note_unknown(
                    s,
                    delivery.id,
                    f"{channel.title} offers no way to check whether it went out: look at "
                    "the page, then mark it published or retry anyway",
                )
            )
            return
        sem = limits.setdefault(delivery.account_id, asyncio.Semaphore(channel.max_concurrency))
        async with sem:
            await _check_one(practice, client, channel, delivery, row, grace, write, outcomes)

    await all_or_none(check(row) for row in rows)
    return sorted(outcomes, key=lambda o: o.delivery_id)


async def _check_one(
    practice: Practice,
    client: httpx.AsyncClient,
    channel: Channel,
    delivery: Delivery,
    row: dict[str, Any],
    grace: timedelta,
    write: Write[Any],
    outcomes: list[Outcome],
) -> None:
    import httpx

    post = await write(lambda s: get(s, delivery.post_id))
    claimed_at = clock.parse_utc(row["claimed_at"]) if row["claimed_at"] else clock.now()
    request = PublishRequest(
        delivery_id=delivery.id,
        attempt_id=row["attempt_id"] or "",
        idempotency_key=delivery.idempotency_key,
        account=practice.account(delivery.account_id),
        draft=draft_for(practice, post, delivery.account_id),
        scheduled_at=delivery.scheduled_at,
        claimed_at=claimed_at,
        progress=dict(delivery.progress),
    )
    past_grace = clock.now() - claimed_at >= grace

    async def find() -> Published | None:
        return await channel.find_existing(client, request)

    async def look() -> Published | None:
        if not past_grace:
            return await find()
        from medsocial_tui import channelkit

        return await channelkit.absent_twice(find, practice.config.reconcile_recheck_seconds)

    try:
        found = await plugin_calls.call_channel(
            channel,
            request.account,
            look,
            plugin_calls.checked_found,
            deadline=RECONCILE_DEADLINE_SECONDS,
        )
    except CannotTell as exc:
        words = f"{exc.message}: look at the page, then mark it published or retry anyway"
        await write(lambda s: note_unknown(s, delivery.id, words))
        outcomes.append(outcome_of(delivery, S.UNKNOWN.value, words))
        return
    except (ChannelError, httpx.HTTPError, TimeoutError) as exc:
        message = getattr(exc, "message", type(exc).__name__)
        await write(
            lambda s: note_unknown(
                s,
                delivery.id,
                f"could not check with {channel.title} ({message}); it will be checked again "
                "at the next flush",
            )
        )
        return
    except Exception as exc:  # noqa: BLE001 - a plugin bug must not stop the others
        kind = type(exc).__name__
        await write(
            lambda s: note_unknown(
                s,
                delivery.id,
                f"the {channel.plugin_name} plugin failed to check ({kind}); "
                "look at the page, then mark it published or retry anyway",
            )
        )
        return
    now = clock.now()
    settled: Outcome | None = None
    if found is not None:
        settled = await write(lambda s: settle(s, delivery, S.PUBLISHED, now, published=found))
    elif past_grace:
        settled = await write(lambda s: settle(s, delivery, S.SCHEDULED, now))
    else:
        await write(
            lambda s: note_unknown(
                s,
                delivery.id,
                f"not on {channel.title} yet; checking again at the next flush before "
                "sending again",
            )
        )
    if settled:
        outcomes.append(settled)


async def all_or_none(coros: Iterable[Awaitable[Any]]) -> None:
    """Run side by side; when one fails, cancel the others and raise its error."""
    import asyncio

    tasks = [asyncio.ensure_future(c) for c in coros]
    try:
        await asyncio.gather(*tasks)
    except BaseException:
        for task in tasks:
            task.cancel()
        await asyncio.gather(*tasks, return_exceptions=True)
        raise
