"""The app frame: the queue lists real posts from the store, help lists the keys, the
keyboard alone drives it, at 80x24."""

from __future__ import annotations

from textual.widgets import DataTable

from medsocial_tui.tui.app import create_app
from medsocial_tui.tui.pilot import workers_done


async def test_the_queue_shows_the_demo_posts_with_states_in_words(demo_practice):
    app = create_app(practice=demo_practice)
    async with app.run_test(size=(80, 24)) as pilot:
        await workers_done(app)
        await pilot.pause()
        table = app.screen.query_one(DataTable)
        assert table.row_count == 12
        status = str(app.screen.query_one("#status-line").render())
        assert "row 1 of 12" in status and "need a person" in status


async def test_filter_shows_only_what_needs_a_person(demo_practice):
    app = create_app(practice=demo_practice)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("f")
        await workers_done(app)
        await pilot.pause()
        assert "needs a person" in str(app.screen.query_one("#status-line").render())
        assert app.screen.query_one(DataTable).row_count == 4


async def test_help_lists_keys_and_closes_with_escape(demo_practice):
    app = create_app(practice=demo_practice)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("question_mark")
        await pilot.pause()
        assert type(app.screen).__name__ == "HelpScreen"
        await pilot.press("escape")
        await pilot.pause()
        assert type(app.screen).__name__ == "QueueScreen"


async def test_another_process_committing_shows_up_without_a_keypress(demo_practice):
    app = create_app(practice=demo_practice)
    async with app.run_test(size=(80, 24)) as pilot:
        other = demo_practice.reopen_store()
        with other.write() as db:
            db.conn.execute("UPDATE posts SET text='Changed elsewhere' WHERE id=1")
        other.close()
        # the app asks about other processes' commits once per turn of its loop: a commit
        # made during a turn shows from the next (as the queue's timer would ask then)
        await pilot.pause()
        app.screen.poll_changes()
        await workers_done(app)
        await pilot.pause()
        texts = [p.text for p in app.screen.loaded]
        assert "Changed elsewhere" in texts
