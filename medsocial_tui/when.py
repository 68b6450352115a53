"""Times in plain words ("tomorrow 8am", "next Monday 7:30") in the practice's timezone.

Every time a person types goes through :func:`parse_when`, which is the one place that decides
whether it makes sense: the words must be read in full (``25:00`` is not quietly dropped), a
schedule must lie ahead, and no year may be absurd. :func:`understood` says back what was read.
"""

from __future__ import annotations

import re
from datetime import UTC, datetime, timedelta
from zoneinfo import ZoneInfo

from medsocial_tui import clock
from medsocial_tui.errors import UsageError

EARLIEST_YEAR = 2000
"""No post, filter or record of this product lies before this year."""

FURTHEST_AHEAD = timedelta(days=2 * 366)
"""How far ahead a post may be scheduled; networks schedule a few months at most."""

PAST_GRACE = timedelta(minutes=1)
""""now" typed a moment ago is still now."""

EXAMPLES = '"tomorrow 8am", "next Monday 7:30", "Dec 24 9:00" or "2026-12-01 09:00"'

_CLOCK = re.compile(r"(?<![\d:+\-])(\d{1,2}):(\d{2})(?::\d{2})?(?![\d:])\s*([ap]\.?m\.?)?", re.I)
_HOUR_ONLY = re.compile(r"(?<![\d:])(\d{1,2})\s*([ap])\.?m\b\.?", re.I)
_ISO_YEAR = re.compile(r"(?<!\d)(\d{1,6})-\d{1,2}-\d{1,2}(?!\d)")
_TOKEN = re.compile(r"[^\s,]+")
_MONTH = re.compile(r"(jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?", re.I)
_BESIDE_A_NUMBER = re.compile(
    r"[ap]\.?m\.?|in|mins?|minutes?|hrs?|hours?|days?|weeks?|months?|years?", re.I
)
_TIME_WORDS = frozenset(
    {"now", "noon", "midday", "midnight", "morning", "afternoon", "evening", "tonight", "night"}
)
_TIME_UNIT = re.compile(r"mins?|minutes?|hrs?|hours?", re.I)
_WEEKDAYS = {
    name: number
    for number, names in enumerate(
        (
            ("monday", "mon"),
            ("tuesday", "tue", "tues"),
            ("wednesday", "wed"),
            ("thursday", "thu", "thur", "thurs"),
            ("friday", "fri"),
            ("saturday", "sat"),
            ("sunday", "sun"),
        )
    )
    for name in names
}


def parse_when(
    text: str,
    tz: ZoneInfo,
    *,
    base: datetime | None = None,
    prefer: str = "future",
    allow_past: bool | None = None,
    needs_time: bool = False,
) -> datetime:
    """The moment ``text`` names, read in ``tz``, as UTC. ``prefer`` ("future" for a schedule,
    "past" for a filter) settles "Monday" or "Nov 1" when either would fit; a schedule
    (``allow_past`` defaults to ``prefer != "past"`` refusing) may not lie in the past.
    ``needs_time`` (a post's time) asks for the time of day when only a day is written."""
    import dateparser

    words = " ".join(text.split())
    if not words:
        raise UsageError("no time given", fix=f"write a time such as {EXAMPLES}")
    if allow_past is None:
        allow_past = prefer == "past"
    now = base or clock.now()
    _check_clock_words(words)
    _check_year_words(words)
    _check_lone_letters(words)
    _check_bare_numbers(words)
    reference = now.astimezone(tz)
    try:
        parsed = dateparser.parse(
            words,
            languages=["en"],
            settings={
                "PREFER_DATES_FROM": prefer,
                "TIMEZONE": str(tz.key),
                "RETURN_AS_TIMEZONE_AWARE": True,
                "RELATIVE_BASE": reference.replace(tzinfo=None),
            },
        )
    except (OverflowError, ValueError):
        parsed = None
    if parsed is None:
        raise UsageError(f"cannot read {words!r} as a time", fix=f"try {EXAMPLES}")
    if needs_time:
        _check_time_of_day(words)
    if parsed.tzinfo is None:
        parsed = parsed.replace(tzinfo=tz)
    try:
        _check_clock_meaning(words, parsed.astimezone(tz), tz)
        _check_weekday_meaning(words, parsed.astimezone(tz), tz)
        moment: datetime = parsed.astimezone(UTC)
    except OverflowError:
        raise UsageError(
            f"{words!r} is outside any calendar a practice uses", fix=f"try {EXAMPLES}"
        ) from None
    check_moment(moment, tz, now=now, allow_past=allow_past, words=words)
    return moment


def check_moment(
    moment: datetime,
    tz: ZoneInfo,
    *,
    now: datetime | None = None,
    allow_past: bool = False,
    words: str | None = None,
) -> None:
    """Refuse a moment outside what a practice could mean: before 2000, more than two years
    ahead for a schedule, or (unless ``allow_past``) already gone."""
    now = now or clock.now()
    said = f"{words!r} ({understood(moment, tz)})" if words else understood(moment, tz)
    if moment.year < EARLIEST_YEAR:
        raise UsageError(
            f"{said} is before {EARLIEST_YEAR}",
            fix=f"give a date with its full year, or {EXAMPLES}",
        )
    if allow_past:
        if moment - now > timedelta(days=100 * 366):
            raise UsageError(f"{said} is too far ahead", fix="give a year in this century")
        return
    if moment < now - PAST_GRACE:
        raise UsageError(
            f"{said} is in the past",
            fix=f"give a time still ahead (it is now {understood(now, tz)})",
        )
    if moment - now > FURTHEST_AHEAD:
        raise UsageError(
            f"{said} is more than two years ahead",
            fix="schedule it nearer; no network keeps a post that long",
        )


def _check_clock_words(words: str) -> None:
    for match in _CLOCK.finditer(words):
        hour, minute, half = int(match.group(1)), int(match.group(2)), match.group(3)
        limit = 12 if half else 23
        if hour > limit or minute > 59 or (half and hour == 0):
            raise UsageError(
                f"{match.group(0).strip()!r} in {words!r} is not a time of day",
                fix="hours run 0–23 (or 1–12 with am/pm) and minutes 0–59",
            )
    for match in _HOUR_ONLY.finditer(words):
        hour = int(match.group(1))
        if not 1 <= hour <= 12:
            raise UsageError(
                f"{match.group(0).strip()!r} in {words!r} is not a time of day",
                fix="with am/pm, hours run 1–12",
            )


def _check_year_words(words: str) -> None:
    """A written year is checked before dateparser, which cannot carry year 1 across zones."""
    for match in _ISO_YEAR.finditer(words):
        year = int(match.group(1))
        if year < EARLIEST_YEAR:
            raise UsageError(
                f"the year {year} in {words!r} is before {EARLIEST_YEAR}",
                fix=f"give a date with its full year, or {EXAMPLES}",
            )


def _check_lone_letters(words: str) -> None:
    """One or two letters alone ("a", "m") are no time: dateparser took "a" for January."""
    if re.fullmatch(r"\s*[a-z]{1,2}\s*", words, re.I):
        raise UsageError(f"cannot read {words!r} as a time", fix=f"try {EXAMPLES}")


def _check_bare_numbers(words: str) -> None:
    """A number alone ("9", "tomorrow 9", "friday 10") is a time to one person and a day to
    another; dateparser took "9" for September next year and dropped "friday" beside it, so
    the post moved months away. Beside a month ("Dec 9"), am/pm ("9 am") or a unit ("in 2
    hours") it is clear."""
    tokens = _TOKEN.findall(words)
    for at, token in enumerate(tokens):
        if not re.fullmatch(r"\d{1,2}", token):
            continue
        beside = tokens[max(at - 1, 0) : at] + tokens[at + 1 : at + 2]
        if any(_MONTH.fullmatch(t) or _BESIDE_A_NUMBER.fullmatch(t) for t in beside):
            continue
        where = "alone" if token == words else f"in {words!r}"
        raise UsageError(
            f"{token!r} {where} could be a time of day or a day of the month",
            fix=f"write the time with am/pm or minutes ({token}am, {token}:00), "
            f"or the day with its month (Dec {token})",
        )


def _check_time_of_day(words: str) -> None:
    """A day alone ("tomorrow", "next Monday", "Dec 24") is no time to post: dateparser put
    "tomorrow" at this minute of tomorrow and "next Monday" at midnight, and the post went
    out then. A clock time, am/pm, "noon" or "morning", "now" or "in 2 hours" is a time."""
    if _CLOCK.search(words) or _HOUR_ONLY.search(words):
        return
    tokens = {token.strip(".").lower() for token in _TOKEN.findall(words)}
    if tokens & _TIME_WORDS or any(_TIME_UNIT.fullmatch(token) for token in tokens):
        return
    # short: compose shows it on one line of 49 columns at 80x24
    raise UsageError(f"{words!r} has no time", fix=f'try "{words} 9am"')


def _check_weekday_meaning(words: str, local: datetime, tz: ZoneInfo) -> None:
    """dateparser drops a weekday it cannot fit; the day read must be the one written."""
    for token in _TOKEN.findall(words.lower()):
        day = _WEEKDAYS.get(token.rstrip("."))
        if day is not None and local.weekday() != day:
            raise UsageError(
                f"{words!r} was read as {understood(local, tz)}, not on a {token}",
                fix=f"write the day and time plainly, such as {EXAMPLES}",
            )


def _check_clock_meaning(words: str, local: datetime, tz: ZoneInfo) -> None:
    """dateparser drops a clock time it cannot use; the time read must be the one written."""
    for match in _CLOCK.finditer(words):
        hour, minute, half = int(match.group(1)), int(match.group(2)), match.group(3)
        if half:
            hour = hour % 12 + (12 if half.lower().startswith("p") else 0)
        if (local.hour, local.minute) != (hour, minute):
            raise UsageError(
                f"{words!r} was read as {understood(local, tz)}, not at {match.group(0).strip()}",
                fix=f"write the day and time plainly, such as {EXAMPLES}",
            )


def understood(moment: datetime, tz: ZoneInfo, *, prefix: str = "") -> str:
    """'Tue 1 Dec 2026 09:00 America/Chicago' — what the words were read as."""
    local = moment.astimezone(tz)
    return f"{prefix}{local:%a} {local.day} {local:%b %Y %H:%M} {tz.key}"


def describe(moment: datetime, tz: ZoneInfo, *, base: datetime | None = None) -> str:
    """'tomorrow, Sat 28 Nov 08:00 (America/Chicago)' — what a person checks before saving."""
    reference = (base or clock.now()).astimezone(tz).date()
    local = moment.astimezone(tz)
    days = (local.date() - reference).days
    prefix = {0: "today", 1: "tomorrow", -1: "yesterday"}.get(days, "")
    stamp = local.strftime("%a %d %b %Y %H:%M")
    return f"{prefix + ', ' if prefix else ''}{stamp} ({tz.key})"


def duration_words(span: timedelta) -> str:
    """A length of time as a person says it: "25 min", "4 h 10 min", "3 days" (the one
    spelling for how late, how long waited, how long ago)."""
    minutes = max(0, int(span.total_seconds() // 60))
    if minutes < 60:
        return f"{minutes} min"
    if minutes < 48 * 60:
        hours, rest = divmod(minutes, 60)
        return f"{hours} h {rest} min" if rest else f"{hours} h"
    return f"{minutes // (24 * 60)} days"
