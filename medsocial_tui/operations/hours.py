"""Hours changes: "closed today because of the snow" on every connected account in a minute.

One change writes one post (fitted to each network's limits, due at once with a short
tolerance: an "opening late" notice hours late is worse than none) and sets the day's special
hours on every account whose channel has them, remembering what was there before. Undo puts
those periods back and posts a correction.

Special hours are an immediate call, not a queued delivery, so they run with an httpx
client; one account failing never stops the others or the post.

This module says what a change is and reads it from what a person typed; its words are in
:mod:`.hours_words`, the plan in :mod:`.hours_plan`, making it in :mod:`.hours_apply`, and
the changes made and their undo in :mod:`.hours_undo`.
"""

from __future__ import annotations

import enum
import re
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from typing import Any

from medsocial_tui.channel import Problem, SpecialHours
from medsocial_tui.errors import UsageError
from medsocial_tui.home.config import WEEKDAYS
from medsocial_tui.home.practice import Practice

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
    """The account took the change (or its undo); False, ``message`` says why not."""
    message: str


@dataclass(frozen=True)
class HoursResult:
    change_id: int
    post_id: int | None
    post_status: str
    outcomes: tuple[AccountOutcome, ...] = ()


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


__all__ = [
    "AccountOutcome",
    "AccountPlan",
    "ChangeKind",
    "HoursChange",
    "HoursPlan",
    "HoursResult",
    "Reason",
    "make_change",
]
