"""What a walk through every screen at 80x24, as the practice's staff and as a careless
colleague, found: each test is one thing a person saw, named for what should happen."""

from __future__ import annotations

from medsocial_tui.publishing import queue
from medsocial_tui.tui.app import create_app
from medsocial_tui.tui.pilot import settle
from medsocial_tui.tui.safe import TextInput


def _notices(app) -> str:
    return "\n".join(str(n.message) for n in app._notifications)


async def test_a_post_moved_to_9_is_asked_about_not_sent_to_september(practice_as) -> None:
    """'s' on a post, "9" (nine o'clock) and Enter moved the post to 2 Sep of next year."""
    practice = practice_as("jreyes")
    app = create_app(practice=practice)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        post = app.screen.selected_post()
        assert post is not None and post.scheduled_at is not None
        await pilot.press("s")
        await settle(pilot)
        assert type(app.screen).__name__ == "Ask"
        app.screen.query_one(TextInput).value = "9"
        await pilot.press("enter")
        await settle(pilot)
        assert type(app.screen).__name__ == "Ask", "the question stays to be answered plainly"
        hint = str(app.screen.query_one(".hint").render())
        assert "9am" in hint and "Dec 9" in hint, hint
        await pilot.press("escape")
        await settle(pilot)
        assert queue.get(practice.store, post.id).scheduled_at == post.scheduled_at
