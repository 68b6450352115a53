"""The performance screen: the demo's history drawn at 80x24, the same numbers as the report,
accounts and periods switched by key, the reading done off the UI thread."""

from __future__ import annotations

import threading

from textual_plotext import PlotextPlot

from medsocial_tui.listening import report
from medsocial_tui.tui.app import create_app
from medsocial_tui.tui.safe import TextTable


def rows(app, table_id: str) -> list[list[str]]:
    table = app.screen.query_one(table_id, TextTable)
    return [[str(c) for c in table.get_row_at(i)] for i in range(table.row_count)]


async def wait_for_numbers(pilot) -> None:
    for _ in range(100):
        await pilot.pause(0.05)
        if getattr(pilot.app.screen, "summary", None) is not None:
            await pilot.pause()
            return
    raise AssertionError("the performance screen never showed its numbers")


async def test_the_screen_shows_the_reports_numbers_per_account(practice_as, monkeypatch):
    practice = practice_as("jreyes")
    summary = report.summarise(practice, "week")
    threads: list[str] = []
    original = report.summarise

    def recorded(*args, **kwargs):
        threads.append(threading.current_thread().name)
        return original(*args, **kwargs)

    monkeypatch.setattr(report, "summarise", recorded)
    app = create_app(practice=practice)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("d")
        await wait_for_numbers(pilot)
        assert type(app.screen).__name__ == "PerformanceScreen"
        assert threads and threads[0] != threading.main_thread().name
        table = {r[0]: r for r in rows(app, "#perf-numbers")}
        mastodon = next(a for a in summary.accounts if a.account_id == "mastodon")
        assert table["mastodon"][1] == str(mastodon.posts)
        expected = sum(
            v for k, v in mastodon.counts.items() if k in ("likes", "comments", "shares")
        )
        assert table["mastodon"][2] == str(expected)
        # a network whose plugin is not installed says so, never 0
        assert table["facebook"][2] == "not offered"
        chart = app.screen.query_one("#perf-chart", PlotextPlot)
        assert chart.size.height >= 5

        await pilot.press("a")  # facebook, first account in practice.toml
        await wait_for_numbers(pilot)
        while app.screen.account != "mastodon":
            await pilot.press("a")
            await pilot.pause(0.2)
        await wait_for_numbers(pilot)
        counters = {r[0]: r for r in rows(app, "#perf-numbers")}
        assert counters["likes"][1] == str(mastodon.counts.get("likes", 0))
        assert "not offered" not in str(counters)


async def test_a_year_of_daily_figures_is_charted_for_an_account(practice_as):
    practice = practice_as("jreyes")
    app = create_app(practice=practice)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("d")
        await wait_for_numbers(pilot)
        await pilot.press("y")
        await pilot.pause(0.3)
        while app.screen.account != "mastodon":
            await pilot.press("a")
            await pilot.pause(0.2)
        await wait_for_numbers(pilot)
        assert app.screen.summary.period == "year"
        series = app.screen.series
        assert len(next(iter(series.values()))) >= 360
        await pilot.press("k")
        await pilot.pause()
        header = [
            str(c.label) for c in app.screen.query_one("#perf-numbers", TextTable).columns.values()
        ]
        assert header[:2] == ["Account", "Kind"]
        await pilot.press("escape")
        await pilot.pause()
        assert type(app.screen).__name__ == "QueueScreen"
