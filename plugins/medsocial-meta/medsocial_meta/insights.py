"""Reading Graph counters: a node's fields and its insights, shared by the Facebook Page and
Instagram channels. Graph answers one node a call here: a multi-id lookup (``?ids=``) fails
whole when one post was deleted, and a deleted post must only be left out."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date, datetime, time, timedelta
from typing import Any

from medsocial_meta.graph import Graph, Missing
from medsocial_tui import channelkit as kit


async def node(graph: Graph, path: str, params: dict[str, Any], step: str) -> dict[str, Any] | None:
    """A node's answer, or None when Graph says it does not exist (deleted)."""
    try:
        return await graph.call("GET", path, params=params, step=step)
    except Missing:
        return None


def insight_values(body: dict[str, Any] | None, names: dict[str, str]) -> dict[str, int]:
    """``{"data": [{"name": ..., "values": [{"value": n}]}]}`` as counters, by the names
    given (Graph name -> medsocial name). A value that is a breakdown (reactions by type) is
    summed; a metric Graph did not answer is left out, never 0."""
    found: dict[str, int] = {}
    for item in (body or {}).get("data") or []:
        if not isinstance(item, dict) or item.get("name") not in names:
            continue
        values = item.get("values") or []
        value = values[-1].get("value") if values and isinstance(values[-1], dict) else None
        total = _whole(value)
        if total is not None:
            found[names[item["name"]]] = total
    return found


def daily_values(
    body: dict[str, Any] | None, names: dict[str, str], first: date, last: date
) -> dict[date, dict[str, int]]:
    """Daily insights by day: Graph stamps each day's value with the end of that day
    (``end_time`` is the next midnight, Pacific time), so the day is the one before it."""
    days: dict[date, dict[str, int]] = {}
    for item in (body or {}).get("data") or []:
        if not isinstance(item, dict) or item.get("name") not in names:
            continue
        for point in item.get("values") or []:
            if not isinstance(point, dict):
                continue
            end = _time(point.get("end_time"))
            total = _whole(point.get("value"))
            if end is None or total is None:
                continue
            day = end.date() - timedelta(days=1)
            if first <= day <= last:
                days.setdefault(day, {})[names[item["name"]]] = total
    return days


async def daily(
    graph: Graph,
    node_id: str,
    names: dict[str, str],
    first: date,
    last: date,
    step: str,
    span_days: int,
) -> list[kit.DailyCounts]:
    """``/{node}/insights?metric=…&period=day`` from ``first`` to ``last`` as days, one call
    for each stretch Graph takes (``since``..``until`` at most ``span_days`` apart: 93 for a
    Page, 30 for an Instagram account; Graph refuses a longer one with #100)."""
    days: dict[date, dict[str, int]] = {}
    for start, end in stretches(first, last, span_days - RANGE_MARGIN_DAYS):
        body = await graph.call(
            "GET",
            f"{node_id}/insights",
            params={"metric": ",".join(names), "period": "day"} | unix_range(start, end),
            step=step,
        )
        days |= daily_values(body, names, start, end)
    return [kit.DailyCounts(day, counts) for day, counts in sorted(days.items())]


RANGE_MARGIN_DAYS = 3
"""Days ``unix_range`` adds around the days asked (the day after, stamped at its end, and a
local midnight), kept out of a stretch so its ``since``..``until`` stays within the span."""


def stretches(first: date, last: date, days: int) -> list[tuple[date, date]]:
    """``first``..``last`` cut into consecutive stretches of at most ``days`` days."""
    found: list[tuple[date, date]] = []
    start = first
    while start <= last:
        end = min(start + timedelta(days=days - 1), last)
        found.append((start, end))
        start = end + timedelta(days=1)
    return found


def unix_range(first: date, last: date) -> dict[str, str]:
    """``since``/``until`` for a daily insights call covering ``first`` to ``last``."""
    since = datetime.combine(first, time(0))
    until = datetime.combine(last + timedelta(days=2), time(0))
    return {"since": str(int(since.timestamp())), "until": str(int(until.timestamp()))}


def summary_count(body: dict[str, Any], edge: str) -> int | None:
    """``reactions.summary(total_count)`` and the like: ``{edge: {"summary": {"total_count"}}}``."""
    total = ((body.get(edge) or {}).get("summary") or {}).get("total_count")
    return _whole(total)


def _whole(value: Any) -> int | None:
    if isinstance(value, bool):
        return None
    if isinstance(value, int):
        return value if value >= 0 else None
    if isinstance(value, dict):
        parts = [v for v in value.values() if isinstance(v, int) and not isinstance(v, bool)]
        return sum(parts) if parts else None
    return None


def _time(value: Any) -> datetime | None:
    if not isinstance(value, str):
        return None
    try:
        return datetime.strptime(value, "%Y-%m-%dT%H:%M:%S%z")
    except ValueError:
        return None


def present(counts: Iterable[tuple[str, int | None]]) -> dict[str, int]:
    return {name: value for name, value in counts if value is not None}
