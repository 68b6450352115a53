"""What the second tmux walk at 80x24 confirmed of what the first one left (session
2026-12-02 c), each seen by hand first and then pinned here with Pilot."""

from __future__ import annotations

from textual.widgets import Static

from medsocial_tui.tui.app import create_app
from medsocial_tui.tui.pilot import settle

from .test_what_a_newcomer_misreads import to_post


def detail(app) -> str:
    return str(app.screen.query_one("#detail", Static).render())


async def test_the_demo_s_held_delivery_says_how_late_it_really_is(practice_as):
    """The held Thanksgiving reminder (yesterday 06:00) said "missed its time by 4 h 10 min"
    whatever the time: over tmux it was 26 h late. At the pinned 09:00 it is 27 h."""
    app = create_app(practice=practice_as("jreyes"))
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        await to_post(pilot, "Reminder: our office is closed")
        shown = detail(app)
        assert "missed its time by 27 h; publish now or cancel" in shown, shown
        assert "4 h 10 min" not in shown
