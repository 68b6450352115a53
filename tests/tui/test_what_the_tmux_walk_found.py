"""What a staff member met walking the app over tmux at 80x24 (session 2026-12-02 b), each
found by hand first and then pinned here with Pilot."""

from __future__ import annotations

from textual.widgets import Static

from medsocial_tui.tui.app import create_app

from .test_compose_and_review import settle, type_post


def when_words(app) -> str:
    return str(app.screen.query_one("#when-words", Static).render())


async def test_a_day_without_a_time_asks_for_the_time(practice_as):
    """ "tomorrow" alone was read as this very minute of tomorrow (08:29 typed at 08:29) and
    "next Monday" as midnight; compose showed it in grey and the post went out then."""
    app = create_app(practice=practice_as("jreyes"))
    async with app.run_test(size=(80, 24)) as pilot:
        await type_post(pilot, "Flu shots this week", [3], "tomorrow")
        said = when_words(app)
        assert "names a day but not the time of day" in said, said
        assert '"tomorrow 9am"' in said
        await pilot.press(*" 9am")
        await settle(pilot)
        assert "tomorrow, Sat 28 Nov 2026 09:00" in when_words(app)
