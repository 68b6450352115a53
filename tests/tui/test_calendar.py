"""The calendar: a week by hour and a month by day in the practice's timezone, and a post
moved to another slot by keyboard alone."""

from __future__ import annotations

from textual.coordinate import Coordinate
from textual.widgets import DataTable

from medsocial_tui.publishing import queue
from medsocial_tui.tui.app import create_app
from medsocial_tui.tui.screens.calendar import FIRST_HOUR

from .conftest import one_app


def cell(app, row: int, col: int) -> str:
    return str(app.screen.query_one(DataTable).get_cell_at(Coordinate(row, col)))


async def open_calendar(pilot) -> None:
    await pilot.press("c")
    await pilot.pause()
    assert type(pilot.app.screen).__name__ == "CalendarScreen"


@one_app("jreyes")
async def test_the_week_shows_posts_in_their_local_hour(pilot) -> None:
    await open_calendar(pilot)
    assert "Week of Mon 23 Nov 2026" in str(pilot.app.screen.query_one("#status-line").render())
    assert cell(pilot.app, 9 - FIRST_HOUR, 6).startswith("Our new")
    assert cell(pilot.app, 8 - FIRST_HOUR, 5).startswith("Did you")


@one_app("jreyes")
async def test_the_month_counts_posts_per_day(pilot) -> None:
    await open_calendar(pilot)
    await pilot.press("m")
    await pilot.pause()
    assert "November 2026" in str(pilot.app.screen.query_one("#status-line").render())
    table = pilot.app.screen.query_one(DataTable)
    days = [str(c) for row in range(table.row_count) for c in table.get_row_at(row)[1:]]
    assert "26 (2)" in days and "28 (1)" in days
    await pilot.press("right_square_bracket")
    await pilot.pause()
    assert "December 2026" in str(pilot.app.screen.query_one("#status-line").render())


async def test_a_post_moves_to_another_day_and_hour_by_keyboard(practice_as):
    practice = practice_as("jreyes")
    app = create_app(practice=practice)
    async with app.run_test(size=(80, 24)) as pilot:
        await open_calendar(pilot)
        app.screen.query_one(DataTable).cursor_coordinate = Coordinate(8 - FIRST_HOUR, 5)
        await pilot.pause()
        post_id = app.screen.slot_posts()[0].id
        await pilot.press("g")
        await pilot.pause()
        assert "Moving post" in str(app.screen.query_one("#status-line").render())
        await pilot.press("right", "down", "down", "g")
        await pilot.pause()
        assert cell(app, 10 - FIRST_HOUR, 6).startswith("Did you")
    moved = queue.get(practice.store, post_id)
    assert moved.scheduled_at.isoformat().startswith("2026-11-28T16:55")
    assert {d.scheduled_at for d in moved.deliveries} == {moved.scheduled_at}


async def test_escape_drops_the_post_without_moving_it(practice_as):
    practice = practice_as("jreyes")
    app = create_app(practice=practice)
    async with app.run_test(size=(80, 24)) as pilot:
        await open_calendar(pilot)
        app.screen.query_one(DataTable).cursor_coordinate = Coordinate(8 - FIRST_HOUR, 5)
        await pilot.pause()
        post = app.screen.slot_posts()[0]
        await pilot.press("g", "right", "escape")
        await pilot.pause()
        assert app.screen.carrying is None
        assert type(app.screen).__name__ == "CalendarScreen"
    assert queue.get(practice.store, post.id).scheduled_at == post.scheduled_at


async def test_a_published_post_cannot_be_moved_and_says_why(practice_as):
    practice = practice_as("jreyes")
    app = create_app(practice=practice)
    notes = []
    async with app.run_test(size=(80, 24)) as pilot:
        app.notify = lambda message, **kw: notes.append(message)  # type: ignore[method-assign]
        await open_calendar(pilot)
        app.screen.query_one(DataTable).cursor_coordinate = Coordinate(10 - FIRST_HOUR, 1)
        await pilot.pause()
        post = app.screen.slot_posts()[0]
        await pilot.press("g", "right", "g")
        await pilot.pause()
    assert any("nothing left to move" in n for n in notes)
    assert queue.get(practice.store, post.id).scheduled_at == post.scheduled_at
