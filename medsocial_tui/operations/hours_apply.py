"""Making an hours change: the notice queued on every account that can take it (due at
once), and special hours set where channels have them, remembering what was there
before. Special hours are an immediate call, not a queued delivery; one account failing
never stops the others or the post."""

from __future__ import annotations

import asyncio
import json
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

import httpx

from medsocial_tui import clock
from medsocial_tui.accounts import plugin_calls
from medsocial_tui.channel import Channel, ChannelError, SpecialHours, SpecialHoursUncertain
from medsocial_tui.errors import ComplianceBlocked, UsageError
from medsocial_tui.home.practice import Practice
from medsocial_tui.models import Post
from medsocial_tui.operations.hours import (
    NOTICE_TOLERANCE_MINUTES,
    AccountOutcome,
    HoursChange,
    HoursPlan,
    HoursResult,
    hours_to_json,
)
from medsocial_tui.operations.hours_plan import plan
from medsocial_tui.operations.hours_words import post_words
from medsocial_tui.publishing import guard, queue
from medsocial_tui.records import audit
from medsocial_tui.records.staff import Action, require_login
from medsocial_tui.store import inserted_id


def _failure_words(exc: BaseException, channel: Channel) -> str:
    if isinstance(exc, ChannelError):
        return exc.message
    if isinstance(exc, httpx.TimeoutException):
        return "no answer from the network in time; check the page and try again"
    if isinstance(exc, httpx.HTTPError):
        return f"could not reach the network ({type(exc).__name__})"
    return f"the {channel.plugin_name} plugin failed: {type(exc).__name__}: {exc}"


@dataclass(frozen=True)
class HoursAnswer:
    """How setting special hours on one account went. ``previous`` (what the named days had
    before) is known when set, and also when the answer was lost (``unsure``), so an undo
    can put the days back whatever the network did."""

    ok: bool
    words: str = ""
    previous: list[SpecialHours] | None = None
    unsure: bool = False


async def set_everywhere(
    practice: Practice,
    jobs: dict[str, tuple[list[SpecialHours], list[date]]],
    client: httpx.AsyncClient | None,
) -> dict[str, HoursAnswer]:
    """Set special hours on several accounts at once: ``jobs`` maps an account to the
    periods it gets and the days to clear. Without ``client``, one is opened and closed."""
    own = client is None
    client = client or practice.http_client()
    try:
        return await _set_all(practice, client, jobs)
    finally:
        if own:
            await client.aclose()


async def _set_all(
    practice: Practice,
    client: httpx.AsyncClient,
    jobs: dict[str, tuple[list[SpecialHours], list[date]]],
) -> dict[str, HoursAnswer]:

    async def one(
        account_id: str, hours: list[SpecialHours], remove: list[date]
    ) -> tuple[str, HoursAnswer]:
        channel = practice.channel_for(account_id)
        account = practice.account(account_id)
        try:
            previous = await plugin_calls.call_channel(
                channel,
                account,
                lambda: channel.set_special_hours(client, account, hours, remove=remove),
                plugin_calls.checked_hours,
                deadline=practice.config.request_timeout_seconds * 4,
            )
            return account_id, HoursAnswer(True, previous=list(previous))
        except SpecialHoursUncertain as exc:
            earlier = [h for h in exc.previous if isinstance(h, SpecialHours)]
            return account_id, HoursAnswer(False, exc.message, previous=earlier, unsure=True)
        except Exception as exc:  # noqa: BLE001 - reported per account in words
            return account_id, HoursAnswer(False, _failure_words(exc, channel))

    results = await asyncio.gather(*(one(a, h, r) for a, (h, r) in jobs.items()))
    return dict(results)


def _hours_words(periods: Sequence[SpecialHours]) -> str:
    parts = []
    for p in periods:
        stamp = p.day.strftime("%a %-d %b")
        parts.append(f"{stamp} closed" if p.closed else f"{stamp} {p.opens}-{p.closes}")
    return ", ".join(parts)


async def apply(
    practice: Practice, change: HoursChange, *, client: httpx.AsyncClient | None = None
) -> HoursResult:
    """Post the notice everywhere it can go and set special hours where channels have them."""
    actor = require_login(practice.store, practice.login, Action.HOURS_CHANGE)
    the_plan = plan(practice, change)
    _check_plan(practice, the_plan)
    now = clock.now()
    post = _queue_notice(practice, change, the_plan, now)
    change_id = _record_change(practice, actor.login, change, the_plan, post, now)
    posting = the_plan.posting
    outcomes = [
        AccountOutcome(a.account_id, True, post_words(a, post.status if post else ""))
        for a in posting
    ]
    outcomes += [
        AccountOutcome(a.account_id, False, f"no notice: {a.skipped}")
        for a in the_plan.accounts
        if not a.posts
    ]
    if the_plan.special:
        outcomes += await _apply_special_hours(practice, actor.login, change_id, the_plan, client)
    return HoursResult(
        change_id, post.id if post else None, post.status if post else "", tuple(outcomes)
    )


def _check_plan(practice: Practice, the_plan: HoursPlan) -> None:
    """Refuse a change no account can take, or whose words the guard blocks."""
    posting = the_plan.posting
    if not posting and not the_plan.special:
        reasons = "; ".join(f"{a.account_id}: {a.skipped}" for a in the_plan.accounts)
        raise UsageError(
            "no connected account can take this notice" + (f" ({reasons})" if reasons else ""),
            fix="connect an account (`medsocial doctor` says what is missing)",
        )
    for text in {a.text for a in posting} | {the_plan.master_text}:
        if guard.report_for(practice, text).blocking:
            raise ComplianceBlocked(
                "the extra line may identify a patient",
                fix="remove names, dates of birth, phone numbers and the like from it",
            )


def _queue_notice(
    practice: Practice, change: HoursChange, the_plan: HoursPlan, now: datetime
) -> Post | None:
    """The notice as one post to every account that can take it, due now, sent for review
    only where the practice reviews hours changes."""
    posting = the_plan.posting
    if not posting:
        return None
    compose = queue.Compose(
        text=the_plan.master_text,
        accounts=[a.account_id for a in posting],
        kind="hours_change",
        media=[change.photo] if change.photo else (),
        overrides={a.account_id: a.text for a in posting if a.text != the_plan.master_text},
        options={"hours_change": True},
        scheduled_at=now,
        tolerance_minutes=NOTICE_TOLERANCE_MINUTES,
    )
    post = queue.create(practice, compose, action=Action.HOURS_CHANGE)
    return queue.submit_urgent(
        practice,
        post.id,
        action=Action.HOURS_CHANGE,
        review=practice.config.hours_change_review,
    )


def _record_change(
    practice: Practice,
    actor: str,
    change: HoursChange,
    the_plan: HoursPlan,
    post: Post | None,
    now: datetime,
) -> int:
    """The change as a row of ``hours_changes`` with its audit event; its id."""
    details = {
        "opens": change.opens,
        "closes": change.closes,
        "note": change.note,
        "cause": change.cause,
        "special_hours_accounts": [a.account_id for a in the_plan.special],
    }
    with practice.store.write() as db:
        cursor = db.conn.execute(
            "INSERT INTO hours_changes (reason, change, days, details, post_id, created_by,"
            " created_at) VALUES (?, ?, ?, ?, ?, ?, ?)",
            (
                change.reason.value,
                change.kind.value,
                json.dumps([d.isoformat() for d in change.days]),
                json.dumps(details),
                post.id if post else None,
                actor,
                clock.to_iso(now),
            ),
        )
        change_id = inserted_id(cursor)
        audit.record(
            db,
            actor,
            "hours_change.created",
            "hours_change",
            change_id,
            reason=change.reason.value,
            change=change.kind.value,
            days=[d.isoformat() for d in change.days],
            post_id=post.id if post else None,
            accounts=[a.account_id for a in the_plan.posting],
        )
    return change_id


async def _apply_special_hours(
    practice: Practice,
    actor: str,
    change_id: int,
    the_plan: HoursPlan,
    client: httpx.AsyncClient | None,
) -> list[AccountOutcome]:
    periods = list(the_plan.periods)
    jobs: dict[str, tuple[list[SpecialHours], list[date]]] = {
        a.account_id: (periods, []) for a in the_plan.special
    }
    results = await set_everywhere(practice, jobs, client)
    previous: dict[str, list[dict[str, Any]]] = {}
    outcomes: list[AccountOutcome] = []
    with practice.store.write() as db:
        for account_id, answer in results.items():
            if answer.previous is not None:
                previous[account_id] = hours_to_json(answer.previous)
            if answer.ok:
                words = f"special hours set: {_hours_words(periods)}"
                event = "hours_change.special_hours_set"
            elif answer.unsure:
                words = (
                    f"special hours UNSURE: {answer.words}. Undo puts these days back as they "
                    "were, whatever the network did"
                )
                event = "hours_change.special_hours_unsure"
            else:
                words = f"special hours NOT set: {answer.words}"
                event = "hours_change.special_hours_failed"
            outcomes.append(AccountOutcome(account_id, answer.ok, words))
            audit.record(
                db,
                actor,
                event,
                "hours_change",
                change_id,
                account=account_id,
                days=[p.day.isoformat() for p in periods],
                **({} if answer.ok else {"error": answer.words[:200]}),
            )
        db.conn.execute(
            "UPDATE hours_changes SET previous_special_hours=? WHERE id=?",
            (json.dumps(previous), change_id),
        )
    return outcomes
