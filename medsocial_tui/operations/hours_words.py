"""An hours change in words: the notice and correction texts a post carries, the days and
times as people say them, and the plan as lines a person checks before confirming."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, timedelta

from medsocial_tui import clock
from medsocial_tui.home.config import ways_to_reach
from medsocial_tui.home.practice import Practice
from medsocial_tui.operations.hours import _BECAUSE, AccountPlan, ChangeKind, HoursChange, HoursPlan


def show_time(hhmm: str) -> str:
    """'13:30' -> '1:30 pm', '10:00' -> '10 am'."""
    hour, minute = (int(x) for x in hhmm.split(":"))
    suffix = "am" if hour < 12 else "pm"
    shown = hour % 12 or 12
    return f"{shown}{f':{minute:02d}' if minute else ''} {suffix}"


def _day_words(day: date, today: date | None, compact: bool = False) -> str:
    if compact:
        relative = {0: "today", 1: "tomorrow"}.get((day - today).days if today else -1)
        return relative or day.strftime("%a %b %-d")
    stamp = clock.long_day(day)
    if today is not None and day == today:
        return f"today ({stamp})"
    if today is not None and day == today + timedelta(days=1):
        return f"tomorrow ({stamp})"
    return f"on {stamp}"


def days_words(days: Sequence[date], today: date | None, compact: bool = False) -> str:
    """'today (Tuesday, January 6) and tomorrow (...)'; ``compact``: 'today and tomorrow'."""
    parts = [_day_words(d, today, compact) for d in days]
    if len(parts) > 1:
        parts = [parts[0]] + [p.removeprefix("on ") for p in parts[1:]]
    return parts[0] if len(parts) == 1 else ", ".join(parts[:-1]) + " and " + parts[-1]


def core_sentence(change: HoursChange, today: date | None, compact: bool = False) -> str:
    when = days_words(change.days, today, compact)
    if change.kind is ChangeKind.CLOSED:
        return f"closed {when}"
    if change.kind is ChangeKind.OPENING_LATE:
        return f"opening late {when}, at {show_time(change.opens or '')}"
    if change.kind is ChangeKind.CLOSING_EARLY:
        return f"closing early {when}, at {show_time(change.closes or '')}"
    return f"open {show_time(change.opens or '')} to {show_time(change.closes or '')} {when}"


def because(change: HoursChange) -> str:
    if change.cause:
        return f"because of the {change.cause}"
    return _BECAUSE[change.reason]


def missing_contact_notes(practice: Practice) -> list[str]:
    """What the notice leaves out because practice.toml does not say it (never a stand-in)."""
    config = practice.config
    notes = []
    if not config.phone:
        notes.append("the notice gives no phone: practice.phone is empty in practice.toml")
    if not (config.portal_url or config.website):
        notes.append(
            "the notice gives no website: practice.website and practice.portal_url are empty "
            "in practice.toml"
        )
    return notes


def notice_texts(practice: Practice, change: HoursChange, today: date) -> list[str]:
    """The notice from longest to shortest; each account gets the longest that fits."""
    config = practice.config
    sentence = core_sentence(change, today)
    why = because(change)
    head = f"{config.name} is {sentence}{' ' + why if why else ''}."
    note = f" {change.note}" if change.note else ""
    ways = ways_to_reach(config.phone, config.portal_url or config.website)
    reach = f" To reschedule, {ways}." if ways else ""
    sorry = " We are sorry for the inconvenience; stay safe."
    short_head = f"{sentence[0].upper()}{sentence[1:]}{' ' + why if why else ''}."
    compact = core_sentence(change, today, compact=True)
    texts = [
        head + note + sorry + reach,
        head + note + reach,
        head + note,
        head,
        short_head,
        f"{compact[0].upper()}{compact[1:]}{' ' + why if why else ''}.",
        f"{compact[0].upper()}{compact[1:]}.",
    ]
    return list(dict.fromkeys(texts))


def correction_texts(practice: Practice, change: HoursChange, today: date) -> list[str]:
    """The correction after an undo ("We are open after all ..."), longest first."""
    when = days_words(change.days, today)
    name = practice.config.name
    if change.kind is ChangeKind.CLOSED:
        sentence = f"We are open after all {when}, with our regular hours."
    elif change.kind is ChangeKind.OPENING_LATE:
        sentence = f"We are opening at our regular time after all {when}."
    elif change.kind is ChangeKind.CLOSING_EARLY:
        sentence = f"We are not closing early after all {when}: regular hours."
    else:
        sentence = f"We are keeping our regular hours after all {when}."
    sorry = " Sorry for the confusion."
    compact = f"Open after all {days_words(change.days, today, compact=True)}: regular hours."
    return list(
        dict.fromkeys(
            [
                f"Update from {name}: {sentence}{sorry}",
                f"Update: {sentence}{sorry}",
                sentence,
                compact,
            ]
        )
    )


def post_words(plan_: AccountPlan, status: str) -> str:
    if status == "in_review":
        return "notice waits for review (the practice reviews even hours changes)"
    if plan_.by_hand:
        return "notice becomes a to-do to post by hand at the next send round"
    return "notice due now: the next send round posts it (within minutes)"


def in_words(plan_: HoursPlan) -> list[str]:
    """The plan as lines a person checks before confirming."""
    lines = []
    for a in plan_.accounts:
        if a.posts:
            what = "to-do by hand" if a.by_hand else "post now"
            extra = " + special hours" if a.special_hours else ""
            lines.append(f"{a.account_id}: {what}{extra} ({len(a.text)} chars)")
        elif a.special_hours:
            lines.append(f"{a.account_id}: special hours only ({a.skipped})")
        else:
            lines.append(f"{a.account_id}: skipped: {a.skipped}")
    lines.extend(f"note: {w}" for w in plan_.warnings)
    return lines
