"""Times in plain words ("tomorrow 8am", "next Monday 7:30") in the practice's timezone."""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

from medsocial_tui import clock
from medsocial_tui.errors import UsageError


def parse_when(text: str, tz: ZoneInfo, *, base: datetime | None = None) -> datetime:
    """The moment ``text`` names, read in ``tz`` and preferring the future, as UTC."""
    import dateparser

    words = text.strip()
    if not words:
        raise UsageError("no time given", fix='write a time such as "tomorrow 8am"')
    reference = (base or clock.now()).astimezone(tz)
    parsed = dateparser.parse(
        words,
        languages=["en"],
        settings={
            "PREFER_DATES_FROM": "future",
            "TIMEZONE": str(tz.key),
            "RETURN_AS_TIMEZONE_AWARE": True,
            "RELATIVE_BASE": reference.replace(tzinfo=None),
        },
    )
    if parsed is None:
        raise UsageError(
            f"cannot read {words!r} as a time",
            fix='try "tomorrow 8am", "next Monday 7:30", "Dec 24 9:00" or "2026-12-01 09:00"',
        )
    if parsed.tzinfo is None:
        parsed = parsed.replace(tzinfo=tz)
    return parsed.astimezone(clock.now().tzinfo or tz)


def describe(moment: datetime, tz: ZoneInfo, *, base: datetime | None = None) -> str:
    """'tomorrow, Sat 28 Nov 08:00 (America/Chicago)' — what a person checks before saving."""
    reference = (base or clock.now()).astimezone(tz).date()
    local = moment.astimezone(tz)
    days = (local.date() - reference).days
    prefix = {0: "today", 1: "tomorrow", -1: "yesterday"}.get(days, "")
    stamp = local.strftime("%a %d %b %Y %H:%M")
    return f"{prefix + ', ' if prefix else ''}{stamp} ({tz.key})"
