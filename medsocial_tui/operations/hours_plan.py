"""What an hours change will do on every account, before anything is sent: the special
hours each day gets, and the longest notice each account's network accepts."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from medsocial_tui.accounts import plugin_calls
from medsocial_tui.accounts.connections import readiness
from medsocial_tui.channel import Capability, Channel, Draft, Media, Problem, SpecialHours
from medsocial_tui.home.config import WEEKDAYS
from medsocial_tui.home.practice import Practice
from medsocial_tui.operations.hours import AccountPlan, ChangeKind, HoursChange, HoursPlan
from medsocial_tui.operations.hours_words import missing_contact_notes, notice_texts


def regular_hours(practice: Practice, day: date) -> tuple[str, str] | None:
    """The day's regular opening and closing time, or None (closed, or not in the config)."""
    value = practice.config.hours.get(WEEKDAYS[day.weekday()])
    if not value or value == "closed":
        return None
    opens, closes = value.split("-")
    return opens, closes


def periods_for(practice: Practice, change: HoursChange) -> tuple[list[SpecialHours], list[str]]:
    """The special hours each day gets, and words for days that cannot get them."""
    periods: list[SpecialHours] = []
    warnings: list[str] = []
    for day in change.days:
        if change.kind is ChangeKind.CLOSED:
            periods.append(SpecialHours(day))
            continue
        if change.kind is ChangeKind.NEW_HOURS:
            periods.append(SpecialHours(day, False, change.opens, change.closes))
            continue
        regular = regular_hours(practice, day)
        stamp = day.strftime("%a %-d %b")
        if regular is None:
            warnings.append(
                f"{stamp}: no regular hours in practice.toml [hours], so special hours are "
                "not set for it (the post still goes out)"
            )
            continue
        opens, closes = regular
        if change.kind is ChangeKind.OPENING_LATE:
            opens = change.opens or opens
        else:
            closes = change.closes or closes
        if opens >= closes:
            warnings.append(f"{stamp}: opening at {opens} and closing at {closes} leaves no hours")
            continue
        periods.append(SpecialHours(day, False, opens, closes))
    return periods, warnings


def connected_accounts(practice: Practice) -> list[str]:
    """Enabled accounts whose plugin is loaded and which have their credentials and settings."""
    return [a.id for a in practice.config.accounts if readiness(practice, a.id).can_post]


def _fit(
    channel: Channel,
    practice: Practice,
    account_id: str,
    texts: list[str],
    media: tuple[Media, ...],
) -> tuple[str, list[Problem]]:
    """The longest text this account's channel accepts, with its remaining problems."""
    account = practice.account(account_id)
    problems: list[Problem] = []
    for text in texts:
        problems = plugin_calls.validate(
            channel, Draft(text=text, media=media, kind="hours_change"), account
        )
        if not any(p.blocking for p in problems):
            return text, problems
    return texts[-1], problems


def _media(practice: Practice, change: HoursChange) -> tuple[Media, ...]:
    if not change.photo:
        return ()
    path = str(change.photo["path"])
    return (
        Media(
            path=Path(path) if path.startswith("/") else practice.home.root / path,
            alt_text=change.photo.get("alt_text", ""),
            mime_type=change.photo.get("mime_type", ""),
            width=change.photo.get("width"),
            height=change.photo.get("height"),
            size_bytes=change.photo.get("size_bytes"),
        ),
    )


def plan(practice: Practice, change: HoursChange, texts: list[str] | None = None) -> HoursPlan:
    """What the change will do on every account, before anything is sent."""
    today = practice.today()
    written_by_us = not texts
    texts = texts or notice_texts(practice, change, today)
    periods, warnings = periods_for(practice, change)
    if written_by_us:
        warnings.extend(missing_contact_notes(practice))
    media = _media(practice, change)
    accounts: list[AccountPlan] = []
    for config in practice.config.accounts:
        if not config.enabled:
            continue
        channel = practice.plugins.channels.get(config.channel)
        if channel is None:
            accounts.append(
                AccountPlan(config.id, config.name, skipped=f"no plugin for {config.channel!r}")
            )
            continue
        problem = readiness(practice, config.id).problem()
        if problem:
            accounts.append(AccountPlan(config.id, config.name, skipped=problem))
            continue
        text, problems = _fit(channel, practice, config.id, texts, media)
        blocking = [p.message for p in problems if p.blocking]
        accounts.append(
            AccountPlan(
                config.id,
                config.name,
                text=text,
                problems=tuple(problems),
                posts=not blocking,
                special_hours=Capability.SPECIAL_HOURS in channel.capabilities and bool(periods),
                skipped="; ".join(blocking),
                by_hand=Capability.MANUAL in channel.capabilities,
            )
        )
    return HoursPlan(change, tuple(periods), tuple(accounts), texts[0], tuple(warnings))
