"""Hours changes: "closed today because of the snow" on every connected account in a minute.

One change writes one post (fitted to each network's limits, due at once with a short
tolerance: an "opening late" notice hours late is worse than none) and sets the day's special
hours on every account whose channel has them, remembering what was there before. Undo puts
those periods back and posts a correction.

Special hours are an immediate call, not a queued delivery, so they run here with an httpx
client; one account failing never stops the others or the post.
"""

from __future__ import annotations

import asyncio
import enum
import json
import re
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import Any

import httpx

from medsocial_tui import clock
from medsocial_tui.accounts import plugin_calls
from medsocial_tui.accounts.connections import readiness
from medsocial_tui.channel import (
    Capability,
    Channel,
    ChannelError,
    Draft,
    Media,
    Problem,
    SpecialHours,
    SpecialHoursUncertain,
)
from medsocial_tui.errors import ComplianceBlocked, InvalidTransition, NotFound, UsageError
from medsocial_tui.home.config import WEEKDAYS
from medsocial_tui.home.practice import Practice
from medsocial_tui.publishing import guard, queue
from medsocial_tui.records import audit
from medsocial_tui.records.staff import Action, require

NOTICE_TOLERANCE_MINUTES = 30
"""An hours notice that cannot go out within this long waits for a person."""
MAX_DAYS = 14


class Reason(enum.StrEnum):
    """Why the hours change, in the practice's words."""

    INCLEMENT_WEATHER = "inclement_weather"
    POWER_OUTAGE = "power_outage"
    STAFF_SHORTAGE = "staff_shortage"
    ROAD_CONSTRUCTION = "road_construction"
    POLICE_FIRE = "police_fire_activity"
    EMERGENCY_DECLARATION = "emergency_declaration"
    EQUIPMENT_FAILURE = "equipment_failure"
    OTHER = "other"

    @property
    def label(self) -> str:
        return REASON_LABELS[self]


REASON_LABELS = {
    Reason.INCLEMENT_WEATHER: "inclement weather (snow, ice)",
    Reason.POWER_OUTAGE: "power outage",
    Reason.STAFF_SHORTAGE: "staff shortage",
    Reason.ROAD_CONSTRUCTION: "road construction",
    Reason.POLICE_FIRE: "police or fire activity",
    Reason.EMERGENCY_DECLARATION: "local emergency declaration",
    Reason.EQUIPMENT_FAILURE: "equipment failure",
    Reason.OTHER: "other (say why below)",
}

_BECAUSE = {
    Reason.INCLEMENT_WEATHER: "because of the weather",
    Reason.POWER_OUTAGE: "because of a power outage",
    Reason.STAFF_SHORTAGE: "because of a staff shortage",
    Reason.ROAD_CONSTRUCTION: "because of road construction nearby",
    Reason.POLICE_FIRE: "because of police and fire department activity nearby",
    Reason.EMERGENCY_DECLARATION: "because of the local emergency declaration",
    Reason.EQUIPMENT_FAILURE: "because of an equipment failure",
    Reason.OTHER: "",
}

_ALIASES: dict[str, Reason] = {
    "snow": Reason.INCLEMENT_WEATHER,
    "ice": Reason.INCLEMENT_WEATHER,
    "storm": Reason.INCLEMENT_WEATHER,
    "weather": Reason.INCLEMENT_WEATHER,
    "flood": Reason.INCLEMENT_WEATHER,
    "hurricane": Reason.INCLEMENT_WEATHER,
    "power": Reason.POWER_OUTAGE,
    "outage": Reason.POWER_OUTAGE,
    "staff": Reason.STAFF_SHORTAGE,
    "road": Reason.ROAD_CONSTRUCTION,
    "construction": Reason.ROAD_CONSTRUCTION,
    "roadwork": Reason.ROAD_CONSTRUCTION,
    "police": Reason.POLICE_FIRE,
    "fire": Reason.POLICE_FIRE,
    "emergency": Reason.EMERGENCY_DECLARATION,
    "equipment": Reason.EQUIPMENT_FAILURE,
    "water": Reason.EQUIPMENT_FAILURE,
}
_CAUSES = {"snow", "ice", "storm", "flood", "hurricane"}


class ChangeKind(enum.StrEnum):
    CLOSED = "closed"
    OPENING_LATE = "opening_late"
    CLOSING_EARLY = "closing_early"
    NEW_HOURS = "new_hours"

    @property
    def label(self) -> str:
        return {
            ChangeKind.CLOSED: "closed",
            ChangeKind.OPENING_LATE: "opening late",
            ChangeKind.CLOSING_EARLY: "closing early",
            ChangeKind.NEW_HOURS: "new hours for the day",
        }[self]


@dataclass(frozen=True)
class HoursChange:
    """What the person chose: why, which days, and how the hours change."""

    reason: Reason
    kind: ChangeKind
    days: tuple[date, ...]
    opens: str | None = None
    closes: str | None = None
    note: str = ""
    cause: str = ""
    photo: dict[str, Any] | None = None


@dataclass(frozen=True)
class AccountPlan:
    """What the change will do on one account, shown before confirming."""

    account_id: str
    name: str
    text: str = ""
    problems: tuple[Problem, ...] = ()
    posts: bool = False
    special_hours: bool = False
    skipped: str = ""
    by_hand: bool = False


@dataclass(frozen=True)
class HoursPlan:
    change: HoursChange
    periods: tuple[SpecialHours, ...]
    accounts: tuple[AccountPlan, ...]
    master_text: str
    warnings: tuple[str, ...] = ()

    @property
    def posting(self) -> list[AccountPlan]:
        return [a for a in self.accounts if a.posts]

    @property
    def special(self) -> list[AccountPlan]:
        return [a for a in self.accounts if a.special_hours]


@dataclass(frozen=True)
class AccountOutcome:
    """What happened on one account, in words."""

    account_id: str
    ok: bool
    message: str


@dataclass(frozen=True)
class HoursResult:
    change_id: int
    post_id: int | None
    post_status: str
    outcomes: tuple[AccountOutcome, ...] = ()


@dataclass(frozen=True)
class HoursRecord:
    """One hours change as stored."""

    id: int
    reason: Reason
    kind: ChangeKind
    days: tuple[date, ...]
    details: dict[str, Any]
    previous: dict[str, list[dict[str, Any]]]
    post_id: int | None
    correction_post_id: int | None
    created_by: str
    created_at: datetime
    undone_at: datetime | None

    def describe(self, today: date | None = None) -> str:
        change = HoursChange(
            self.reason,
            self.kind,
            self.days,
            self.details.get("opens"),
            self.details.get("closes"),
        )
        return f"{core_sentence(change, today)} ({self.reason.label.split(' (')[0]})"


# ----------------------------------------------------------------------------- parsing


def parse_reason(text: str) -> tuple[Reason, str]:
    """A reason from its value, its label or a word such as 'snow'; with the word kept as
    the cause ('because of the snow') where it says more than the category."""
    words = text.strip().lower().replace("-", "_")
    for reason in Reason:
        if words in (reason.value, reason.label.lower(), reason.label.split(" (")[0].lower()):
            return reason, ""
    key = words.replace("_", " ").split()[0] if words else ""
    if key in _ALIASES:
        return _ALIASES[key], key if key in _CAUSES else ""
    raise UsageError(
        f"unknown reason {text!r}",
        fix="use snow, ice, storm, power, staff, road, police, fire, emergency, equipment, "
        "other, or one of: " + ", ".join(r.value for r in Reason),
    )


_TIME = re.compile(r"^(\d{1,2})(?:[:.h](\d{2}))?\s*(am|pm|a\.m\.|p\.m\.)?$")


def parse_time(text: str) -> str:
    """'10', '10am', '10:30', '2 pm', '14:00' -> 'HH:MM' (24-hour)."""
    words = text.strip().lower().replace(" ", "")
    match = _TIME.match(words)
    if not match:
        raise UsageError(f"cannot read {text!r} as a time", fix="write 10am, 10:30 or 14:00")
    hour, minute = int(match.group(1)), int(match.group(2) or 0)
    suffix = (match.group(3) or "").replace(".", "")
    if suffix == "pm" and hour < 12:
        hour += 12
    elif suffix == "am" and hour == 12:
        hour = 0
    if hour > 23 or minute > 59:
        raise UsageError(f"{text!r} is not a time of day", fix="write 10am, 10:30 or 14:00")
    return f"{hour:02d}:{minute:02d}"


def _one_day(word: str, today: date) -> date:
    word = word.strip().lower()
    if word in ("today", "now", "tonight"):
        return today
    if word == "tomorrow":
        return today + timedelta(days=1)
    names = {name: index for index, name in enumerate(WEEKDAYS)}
    short = word[:3]
    if short in names and word.isalpha():
        return today + timedelta(days=(names[short] - today.weekday()) % 7)
    try:
        return date.fromisoformat(word)
    except ValueError:
        pass
    import dateparser

    parsed = dateparser.parse(
        word,
        languages=["en"],
        settings={"PREFER_DATES_FROM": "future", "RELATIVE_BASE": datetime(*today.timetuple()[:3])},
    )
    if parsed is None:
        raise UsageError(
            f"cannot read {word!r} as a day",
            fix="write today, tomorrow, a weekday (fri), a date (2026-01-06) or a range "
            "(today to fri)",
        )
    return parsed.date()


def parse_days(text: str, today: date) -> tuple[date, ...]:
    """'today', 'today, tomorrow', 'mon to wed', '2026-01-06' -> sorted days from today on."""
    days: set[date] = set()
    for part in re.split(r",|\band\b|;", text.strip().lower()):
        part = part.strip()
        if not part:
            continue
        bounds = re.split(r"\s+(?:to|through|until|-)\s+|\.\.", part)
        if len(bounds) == 2:
            first, last = _one_day(bounds[0], today), _one_day(bounds[1], today)
            if last < first:
                raise UsageError(f"{part!r} ends before it starts")
            days.update(first + timedelta(days=n) for n in range((last - first).days + 1))
        else:
            days.add(_one_day(part, today))
    if not days:
        raise UsageError("no day given", fix="write today, tomorrow or a date")
    if min(days) < today:
        raise UsageError(
            f"{min(days).isoformat()} is in the past", fix="an hours change is for today or later"
        )
    if len(days) > MAX_DAYS:
        raise UsageError(f"{len(days)} days is more than {MAX_DAYS}", fix="split it in two")
    return tuple(sorted(days))


def make_change(
    practice: Practice,
    *,
    reason: str,
    kind: str,
    days: str,
    at: str = "",
    until: str = "",
    note: str = "",
    photo: dict[str, Any] | None = None,
) -> HoursChange:
    """An :class:`HoursChange` from words (the CLI's flags, the TUI's fields)."""
    parsed_reason, cause = parse_reason(reason)
    try:
        change_kind = ChangeKind(kind.strip().lower().replace(" ", "_").replace("-", "_"))
    except ValueError:
        raise UsageError(
            f"unknown change {kind!r}", fix="closed, opening_late, closing_early or new_hours"
        ) from None
    today = practice.today()
    opens = closes = None
    if change_kind is ChangeKind.OPENING_LATE:
        opens = parse_time(_needed(at, "the time you open"))
    elif change_kind is ChangeKind.CLOSING_EARLY:
        closes = parse_time(_needed(at, "the time you close"))
    elif change_kind is ChangeKind.NEW_HOURS:
        opens = parse_time(_needed(at, "the time you open"))
        closes = parse_time(_needed(until, "the time you close"))
        if closes <= opens:
            raise UsageError(f"closing at {closes} is not after opening at {opens}")
    if parsed_reason is Reason.OTHER and not note.strip():
        raise UsageError("say why in the extra line", fix="e.g. 'A water main broke nearby.'")
    return HoursChange(
        reason=parsed_reason,
        kind=change_kind,
        days=parse_days(days, today),
        opens=opens,
        closes=closes,
        note=" ".join(note.split()),
        cause=cause,
        photo=photo,
    )


def _needed(value: str, what: str) -> str:
    if not value.strip():
        raise UsageError(f"say {what}", fix="e.g. 10am or 14:30")
    return value


def photo_entry(practice: Practice, path: str, alt_text: str = "") -> dict[str, Any]:
    """Check a photo and copy it into the practice's media folder (or take one already
    streamed in with ``attach``); the post's media entry."""
    from medsocial_tui.compose import media

    entry = media.attach(practice, path, alt_text)
    if not str(entry.get("mime_type", "")).startswith("image/"):
        raise UsageError(f"{entry['name']} is not an image", fix="attach a JPEG or PNG")
    return entry


# ----------------------------------------------------------------------------- words


def show_time(hhmm: str) -> str:
    """'13:30' -> '1:30 pm', '10:00' -> '10 am'."""
    hour, minute = (int(x) for x in hhmm.split(":"))
    suffix = "am" if hour < 12 else "pm"
    shown = hour % 12 or 12
    return f"{shown}{f':{minute:02d}' if minute else ''} {suffix}"


def long_day(day: date) -> str:
    """'Tuesday, January 6': unambiguous, and never mistaken for a name or a patient's date
    by the compliance guard (as '6 Jan' can be)."""
    return day.strftime("%A, %B %-d")


def _day_words(day: date, today: date | None, compact: bool = False) -> str:
    if compact:
        relative = {0: "today", 1: "tomorrow"}.get((day - today).days if today else -1)
        return relative or day.strftime("%a %b %-d")
    stamp = long_day(day)
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
    contact = []
    if config.phone:
        contact.append(f"call {config.phone}")
    if config.portal_url or config.website:
        contact.append(f"visit {config.portal_url or config.website}")
    reach = f" To reschedule, {' or '.join(contact)}." if contact else ""
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


# ----------------------------------------------------------------------------- planning


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


# ----------------------------------------------------------------------------- doing it


def hours_to_json(hours: Sequence[SpecialHours]) -> list[dict[str, Any]]:
    return [
        {"day": h.day.isoformat(), "closed": h.closed, "opens": h.opens, "closes": h.closes}
        for h in hours
    ]


def hours_from_json(items: Sequence[dict[str, Any]]) -> list[SpecialHours]:
    return [
        SpecialHours(date.fromisoformat(i["day"]), bool(i["closed"]), i["opens"], i["closes"])
        for i in items
    ]


def _client(practice: Practice) -> httpx.AsyncClient:
    return practice.http_client()


def _failure_words(exc: BaseException, channel: Channel) -> str:
    if isinstance(exc, ChannelError):
        return exc.message
    if isinstance(exc, httpx.TimeoutException):
        return "no answer from the network in time; check the page and try again"
    if isinstance(exc, httpx.HTTPError):
        return f"could not reach the network ({type(exc).__name__})"
    return f"the {channel.plugin_name} plugin failed: {type(exc).__name__}: {exc}"


@dataclass(frozen=True)
class _HoursAnswer:
    """How setting special hours on one account went. ``previous`` (what the named days had
    before) is known when set, and also when the answer was lost (``unsure``), so an undo
    can put the days back whatever the network did."""

    ok: bool
    words: str = ""
    previous: list[SpecialHours] | None = None
    unsure: bool = False


async def _set_everywhere(
    practice: Practice,
    client: httpx.AsyncClient,
    jobs: dict[str, tuple[list[SpecialHours], list[date]]],
) -> dict[str, _HoursAnswer]:
    """Set special hours on several accounts at once."""

    async def one(
        account_id: str, hours: list[SpecialHours], remove: list[date]
    ) -> tuple[str, _HoursAnswer]:
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
            return account_id, _HoursAnswer(True, previous=list(previous))
        except SpecialHoursUncertain as exc:
            earlier = [h for h in exc.previous if isinstance(h, SpecialHours)]
            return account_id, _HoursAnswer(False, exc.message, previous=earlier, unsure=True)
        except Exception as exc:  # noqa: BLE001 - reported per account in words
            return account_id, _HoursAnswer(False, _failure_words(exc, channel))

    results = await asyncio.gather(*(one(a, h, r) for a, (h, r) in jobs.items()))
    return dict(results)


def _hours_words(periods: Sequence[SpecialHours]) -> str:
    parts = []
    for p in periods:
        stamp = p.day.strftime("%a %-d %b")
        parts.append(f"{stamp} closed" if p.closed else f"{stamp} {p.opens}-{p.closes}")
    return ", ".join(parts)


def _post_words(plan_: AccountPlan, status: str) -> str:
    if status == "in_review":
        return "notice waits for review (the practice reviews even hours changes)"
    if plan_.by_hand:
        return "notice becomes a to-do to post by hand when flush runs"
    return "notice due now: the next flush sends it"


async def apply(
    practice: Practice, change: HoursChange, *, client: httpx.AsyncClient | None = None
) -> HoursResult:
    """Post the notice everywhere it can go and set special hours where channels have them."""
    actor = require(practice.store, queue.me(practice), Action.HOURS_CHANGE)
    the_plan = plan(practice, change)
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
    now = clock.now()
    post = None
    if posting:
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
        post = queue.submit_urgent(
            practice,
            post.id,
            action=Action.HOURS_CHANGE,
            review=practice.config.hours_change_review,
        )
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
                actor.login,
                clock.to_iso(now),
            ),
        )
        change_id = int(cursor.lastrowid)
        audit.record(
            db,
            actor.login,
            "hours_change.created",
            "hours_change",
            change_id,
            reason=change.reason.value,
            change=change.kind.value,
            days=[d.isoformat() for d in change.days],
            post_id=post.id if post else None,
            accounts=[a.account_id for a in posting],
        )
    outcomes = [
        AccountOutcome(a.account_id, True, _post_words(a, post.status if post else ""))
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


async def _apply_special_hours(
    practice: Practice,
    actor: str,
    change_id: int,
    the_plan: HoursPlan,
    client: httpx.AsyncClient | None,
) -> list[AccountOutcome]:
    periods = list(the_plan.periods)
    jobs = {a.account_id: (periods, []) for a in the_plan.special}
    own = client is None
    client = client or _client(practice)
    try:
        results = await _set_everywhere(practice, client, jobs)
    finally:
        if own:
            await client.aclose()
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


def _record(row: dict[str, Any]) -> HoursRecord:
    return HoursRecord(
        id=row["id"],
        reason=Reason(row["reason"]),
        kind=ChangeKind(row["change"]),
        days=tuple(date.fromisoformat(d) for d in json.loads(row["days"])),
        details=json.loads(row["details"]),
        previous=json.loads(row["previous_special_hours"]),
        post_id=row["post_id"],
        correction_post_id=row["correction_post_id"],
        created_by=row["created_by"],
        created_at=clock.parse_utc(row["created_at"]),
        undone_at=clock.parse_utc(row["undone_at"]) if row["undone_at"] else None,
    )


def get(practice: Practice, change_id: int) -> HoursRecord:
    row = practice.store.one("SELECT * FROM hours_changes WHERE id = ?", (change_id,))
    if row is None:
        raise NotFound(f"no hours change {change_id}", fix="`medsocial hours-change list`")
    return _record(row)


def recent(practice: Practice, limit: int = 20) -> list[HoursRecord]:
    rows = practice.store.query("SELECT * FROM hours_changes ORDER BY id DESC LIMIT ?", (limit,))
    return [_record(r) for r in rows]


def last_undoable(practice: Practice) -> HoursRecord | None:
    row = practice.store.one(
        "SELECT * FROM hours_changes WHERE undone_at IS NULL ORDER BY id DESC LIMIT 1"
    )
    return _record(row) if row else None


def _stop_unsent(practice: Practice, post_id: int) -> set[str]:
    """Cancel what of the notice has not gone out; the accounts where it may be out."""
    try:
        queue.cancel(practice, post_id, reason="hours change undone")
    except InvalidTransition:
        pass
    post = queue.get(practice.store, post_id)
    return {d.account_id for d in post.deliveries if d.state.value != "canceled"}


async def undo(
    practice: Practice, change_id: int, *, client: httpx.AsyncClient | None = None
) -> HoursResult:
    """Put back the special hours as they were, stop what has not gone out, and post a
    correction where the notice may already be seen."""
    actor = require(practice.store, queue.me(practice), Action.HOURS_CHANGE)
    record = get(practice, change_id)
    if record.undone_at is not None:
        raise InvalidTransition(f"hours change {change_id} was already undone")
    change = HoursChange(
        record.reason,
        record.kind,
        record.days,
        record.details.get("opens"),
        record.details.get("closes"),
    )
    outcomes: list[AccountOutcome] = []
    seen = _stop_unsent(practice, record.post_id) if record.post_id else set()
    if record.post_id:
        post = queue.get(practice.store, record.post_id)
        for d in post.deliveries:
            if d.account_id not in seen:
                outcomes.append(
                    AccountOutcome(d.account_id, True, "notice stopped before it went out")
                )
    correction = None
    usable = [a for a in sorted(seen) if practice.config.account(a) is not None]
    if usable:
        today = practice.today()
        the_plan = plan(practice, change, correction_texts(practice, change, today))
        fits = {a.account_id: a for a in the_plan.accounts}
        targets = [a for a in usable if a in fits and fits[a].posts]
        for account_id in usable:
            if account_id not in targets:
                words = fits[account_id].skipped if account_id in fits else "account not found"
                outcomes.append(AccountOutcome(account_id, False, f"no correction: {words}"))
        if targets:
            compose = queue.Compose(
                text=the_plan.master_text,
                accounts=targets,
                kind="hours_change",
                overrides={
                    a: fits[a].text for a in targets if fits[a].text != the_plan.master_text
                },
                options={"hours_change_correction": change_id},
                scheduled_at=clock.now(),
                tolerance_minutes=NOTICE_TOLERANCE_MINUTES,
            )
            correction = queue.create(practice, compose, action=Action.HOURS_CHANGE)
            correction = queue.submit_urgent(
                practice,
                correction.id,
                action=Action.HOURS_CHANGE,
                review=practice.config.hours_change_review,
            )
            for account_id in targets:
                outcomes.append(
                    AccountOutcome(
                        account_id,
                        True,
                        "correction "
                        + _post_words(fits[account_id], correction.status).removeprefix("notice "),
                    )
                )
    jobs: dict[str, tuple[list[SpecialHours], list[date]]] = {}
    for account_id, items in record.previous.items():
        if practice.config.account(account_id) is None:
            continue
        before = hours_from_json(items)
        had = {h.day for h in before}
        jobs[account_id] = (before, [d for d in record.days if d not in had])
    if jobs:
        own = client is None
        client = client or _client(practice)
        try:
            results = await _set_everywhere(practice, client, jobs)
        finally:
            if own:
                await client.aclose()
    else:
        results = {}
    with practice.store.write() as db:
        for account_id, answer in results.items():
            if answer.ok:
                words = "special hours put back as they were"
            elif answer.unsure:
                words = f"special hours UNSURE, maybe not put back: {answer.words}"
            else:
                words = f"special hours NOT put back: {answer.words}"
            outcomes.append(AccountOutcome(account_id, answer.ok, words))
            audit.record(
                db,
                actor.login,
                "hours_change.special_hours_restored"
                if answer.ok
                else "hours_change.restore_failed",
                "hours_change",
                change_id,
                account=account_id,
                **({} if answer.ok else {"error": answer.words[:200]}),
            )
        changed = db.conn.execute(
            "UPDATE hours_changes SET undone_at=?, correction_post_id=? WHERE id=? AND"
            " undone_at IS NULL",
            (clock.to_iso(clock.now()), correction.id if correction else None, change_id),
        ).rowcount
        if not changed:
            raise InvalidTransition(f"hours change {change_id} was undone meanwhile")
        audit.record(
            db,
            actor.login,
            "hours_change.undone",
            "hours_change",
            change_id,
            correction_post_id=correction.id if correction else None,
            restored=[a for a, answer in results.items() if answer.ok],
        )
    return HoursResult(
        change_id,
        correction.id if correction else None,
        correction.status if correction else "",
        tuple(outcomes),
    )


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


__all__ = [
    "AccountOutcome",
    "AccountPlan",
    "ChangeKind",
    "HoursChange",
    "HoursPlan",
    "HoursRecord",
    "HoursResult",
    "Reason",
    "apply",
    "make_change",
    "plan",
    "undo",
]
