"""Typing ahead into the palette: a person who presses : (or F2) and types at once, fast
over SSH or by pasting, finds every key in the palette's search field, in order. The keys
reach the app in one burst, as a terminal sends them, with nothing settling in between
(Pilot's ``press`` waits for the app after each key, which no terminal does)."""

from __future__ import annotations

import pytest
from textual import events
from textual.command import CommandInput
from textual.widgets import TextArea

from medsocial_tui.tui.app import create_app
from medsocial_tui.tui.commands import Palette
from medsocial_tui.tui.pilot import settle

CHARACTERS = {"colon": ":", "space": " "}


def burst(app, *keys: str) -> None:
    """Post ``keys`` to the app at once, as its terminal driver does for a burst of input."""
    for key in keys:
        app.post_message(events.Key(key, CHARACTERS.get(key, key if len(key) == 1 else None)))


def search_field(app) -> str:
    assert isinstance(app.screen, Palette), type(app.screen).__name__
    return app.screen.query_one(CommandInput).value


@pytest.mark.parametrize("opener", ["colon", "f2"])
async def test_keys_typed_with_the_palette_key_land_in_its_search_field(practice_as, opener):
    app = create_app(practice=practice_as("jreyes"))
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        # c, a and d open areas on the queue: none of them may run on the way to the field
        burst(app, opener, *"card", "space", *"qa")
        await settle(pilot)
        assert search_field(app) == "card qa"
        assert [type(s).__name__ for s in app.screen_stack] == ["QueueScreen", "Palette"]


async def test_a_burst_that_opens_the_palette_twice_opens_it_once(practice_as):
    app = create_app(practice=practice_as("jreyes"))
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        burst(app, "f2", *"ab", "f2", *"c")
        await settle(pilot)
        assert search_field(app) == "abc"
        assert [type(s).__name__ for s in app.screen_stack] == ["QueueScreen", "Palette"]


async def test_a_colon_typed_in_a_post_stays_in_the_post_and_f2_still_opens_the_palette(
    practice_as,
):
    app = create_app(practice=practice_as("jreyes"))
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        await pilot.press("n")
        await settle(pilot)
        burst(app, *"Note", "colon", "space", *"closed")
        await settle(pilot)
        assert type(app.screen).__name__ == "ComposeScreen"
        assert app.screen.query_one(TextArea).text == "Note: closed"
        burst(app, "f2", *"hours")
        await settle(pilot)
        assert search_field(app) == "hours"
