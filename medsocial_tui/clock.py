"""Time: stored in UTC as ISO-8601 text, shown in the practice's timezone."""

from __future__ import annotations

import os
from datetime import UTC, date, datetime, timedelta, tzinfo
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

_environment_trusted = False


def trust_environment(trusted: bool) -> None:
    """Let ``MEDSOCIAL_NOW`` pin the time, or not. Only opening or creating a demo or test
    home turns this on (see :mod:`medsocial_tui.home.identity`); a practice's home turns it off,
    so no one can backdate an acknowledgement by setting a variable."""
    global _environment_trusted
    _environment_trusted = trusted


def environment_trusted() -> bool:
    return _environment_trusted


def now() -> datetime:
    """The current UTC time; in demo and test homes MEDSOCIAL_NOW (ISO-8601) pins it."""
    if _environment_trusted:
        pinned = os.environ.get("MEDSOCIAL_NOW")
        if pinned:
            return parse_utc(pinned)
    return datetime.now(UTC)


def today(tz: tzinfo) -> date:
    """The date now where the practice is (its timezone), not in UTC: at 8 pm in New York
    it is still today there, though tomorrow in UTC."""
    return now().astimezone(tz).date()


_last_iso: tuple[datetime | None, str] = (None, "")
"""The last moment :func:`to_iso` wrote, and its text: a flush writes the same moment into
several columns of a delivery, its attempt and its claim's check."""


def to_iso(moment: datetime) -> str:
    """UTC ISO text that sorts correctly as a string."""
    global _last_iso
    last = _last_iso
    if last[0] is moment:
        return last[1]
    if moment.tzinfo is None:
        raise ValueError("naive datetime; attach a timezone first")
    global _last_second
    utc = moment if moment.tzinfo is UTC else moment.astimezone(UTC)
    # isoformat pads the year to four digits; it is written once a second, and the
    # microseconds after it (flush writes several moments per delivery)
    second = (utc.year, utc.month, utc.day, utc.hour, utc.minute, utc.second)
    known = _last_second
    if known[0] != second:
        known = _last_second = (second, utc.isoformat(timespec="seconds")[:-6])
    text = f"{known[1]}.{utc.microsecond:06d}Z"
    _last_iso = (moment, text)
    return text


_last_second: tuple[tuple[int, ...], str] = ((), "")
"""The last second :func:`to_iso` wrote, and its text up to the seconds."""


def parse_utc(text: str) -> datetime:
    """Read ISO text written by :func:`to_iso` (or any ISO text with an offset). Years below
    1000 were once stored unpadded ("1-01-01T…"); they read as what they say."""
    if len(text) == 27 and text[26] == "Z" and text[4] == "-":
        # as to_iso writes it: datetime reads it as UTC as it is (Python 3.11+)
        return datetime.fromisoformat(text)
    year, dash, rest = text.partition("-")
    if dash and year.isdigit() and len(year) < 4:
        text = f"{int(year):04d}-{rest}"
    moment = datetime.fromisoformat(text.replace("Z", "+00:00"))
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=UTC)
    return moment.astimezone(UTC)


def zone(name: str) -> ZoneInfo:
    """A timezone by IANA name; raises KeyError for an unknown one."""
    try:
        return ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError) as exc:
        raise KeyError(name) from exc


def local(moment: datetime, tz: ZoneInfo) -> datetime:
    return moment.astimezone(tz)


def show(moment: datetime | None, tz: ZoneInfo) -> str:
    """A moment as a practice reads it: 'Mon 30 Nov 08:00'."""
    if moment is None:
        return "—"
    return moment.astimezone(tz).strftime("%a %d %b %H:%M")


def iso_in(delta: timedelta) -> str:
    return to_iso(now() + delta)


def now_iso() -> str:
    """Now, as stored (:func:`to_iso`)."""
    return to_iso(now())


def long_day(day: date) -> str:
    """'Tuesday, January 6', for a day in a post: unambiguous, and never mistaken for a name
    or a patient's date by the compliance guard (as '6 Jan' can be)."""
    return day.strftime("%A, %B %-d")
