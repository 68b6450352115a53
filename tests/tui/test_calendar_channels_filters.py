"""Calendar, channels and the queue's filters, by keyboard at 80x24."""

from __future__ import annotations

from textual.coordinate import Coordinate
from textual.widgets import DataTable, Select, Static

from medsocial_tui import clock
from medsocial_tui.publishing import queue
from medsocial_tui.tui.app import create_app


async def test_the_week_shows_scheduled_posts_in_their_hour(practice_as):
    practice = practice_as("jreyes")
    app = create_app(practice=practice)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("c")
        await pilot.pause()
        screen = app.screen
        assert type(screen).__name__ == "CalendarScreen"
        assert screen.slots, "the demo has posts this week"
        for (row, col), posts in screen.slots.items():
            local = posts[0].scheduled_at.astimezone(practice.tz)
            assert col == local.weekday() + 1
            assert row == local.hour


async def test_a_post_is_moved_to_another_slot_by_keyboard(practice_as):
    practice = practice_as("jreyes")
    app = create_app(practice=practice)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("c")
        await pilot.pause()
        screen = app.screen
        (row, col), posts = next(
            (k, v)
            for k, v in screen.slots.items()
            if v[0].status == "approved" and v[0].scheduled_at > clock.now()
        )
        post = posts[0]
        table = screen.query_one(DataTable)
        table.cursor_coordinate = Coordinate(row, col)
        await pilot.press("g")
        await pilot.press("down", "down")
        await pilot.press("g")
        await pilot.pause()
    moved = queue.get(practice.store, post.id)
    before = post.scheduled_at.astimezone(practice.tz)
    after = moved.scheduled_at.astimezone(practice.tz)
    assert (after.date(), after.hour, after.minute) == (
        before.date(),
        before.hour + 2,
        before.minute,
    )


async def test_channels_flags_missing_plugins_and_credentials(practice_as):
    app = create_app(practice=practice_as("jreyes"))
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("h")
        await pilot.pause()
        notes = str(app.screen.query_one("#notes", Static).render())
        assert "no plugin provides the channel 'facebook'" in notes
        assert "1 to post by hand" in notes
        app.screen.query_one("#accounts", DataTable).move_cursor(row=3)
        await pilot.pause()
        notes = str(app.screen.query_one("#notes", Static).render())
        assert "MEDSOCIAL_SECRET_MASTODON_ACCESS_TOKEN" in notes


async def test_find_filters_by_account_and_state(practice_as):
    app = create_app(practice=practice_as("jreyes"))
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("slash")
        await pilot.pause()
        app.screen.query_one("#f-state", Select).value = "failed"
        app.screen.query_one("#f-account", Select).value = "facebook"
        await pilot.press("f3")
        await pilot.pause()
        screen = app.screen
        assert len(screen.loaded) == 1
        assert "failed facebook" in str(screen.query_one("#status-line").render())


async def test_keys_a_person_may_not_use_are_not_offered(practice_as):
    app = create_app(practice=practice_as("sokafor"))
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("n")
        await pilot.pause()
        assert type(app.screen).__name__ == "QueueScreen"
        assert not app.screen.check_action("compose", ())
        assert app.screen.check_action("calendar", ())
