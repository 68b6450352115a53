"""Typing on a form types, never commands; ticked accounts read [x] without colour; Space then
Down in one burst ticks the row Space was pressed on; accounts that cannot post say so where
the person chooses them."""

from __future__ import annotations

import pytest
from textual import events
from textual.app import App
from textual.keys import _character_to_key
from textual.screen import Screen
from textual.widget import Widget
from textual.widgets import Input, Static, TextArea

from medsocial_tui.publishing import queue
from medsocial_tui.tui.app import create_app
from medsocial_tui.tui.widgets.ticks import Ticks

from .test_compose_and_review import settle

SENTENCE = "The quick brown fox jumps over the lazy dog? How often: 1, 2 / [x] vs (y)!"
"""Every letter, and the punctuation that are keys elsewhere (?, :, /, [, ])."""


@pytest.fixture
def with_templates(monkeypatch):
    monkeypatch.setenv("MEDSOCIAL_PLUGINS", "manual,mastodon,templates")


async def burst(pilot, text: str) -> None:
    """Keys as they arrive over SSH: all queued at once, then handled."""
    for character in text:
        pilot.app.post_message(events.Key(_character_to_key(character), character))
    await pilot.pause()
    await pilot.pause()


def focus_stops(screen: Screen) -> list[Widget]:
    return [w for w in screen.focus_chain if w.focusable]


async def open_compose(app: App, pilot) -> None:
    await pilot.press("n")


async def open_template_fields(app: App, pilot) -> None:
    app.action_go("templates")  # type: ignore[attr-defined]
    await pilot.pause()
    await pilot.press("enter")


async def open_hours(app: App, pilot) -> None:
    await pilot.press("o")


async def open_find(app: App, pilot) -> None:
    await pilot.press("slash")


async def open_reschedule(app: App, pilot) -> None:
    await pilot.press("s")


async def open_staff_form(app: App, pilot) -> None:
    await pilot.press("p")
    await pilot.pause()
    await pilot.press("s")
    await pilot.pause()
    await pilot.press("n")


FORMS = {
    "compose": ("jreyes", open_compose, "ComposeScreen"),
    "template": ("jreyes", open_template_fields, "TemplatesScreen"),
    "hours": ("jreyes", open_hours, "HoursScreen"),
    "find": ("jreyes", open_find, "FilterScreen"),
    "reschedule": ("jreyes", open_reschedule, "Ask"),
    "staff": ("ppatel", open_staff_form, "FormScreen"),
}


@pytest.mark.parametrize("form", sorted(FORMS))
async def test_a_sentence_typed_at_every_focus_stop_of_a_form_runs_no_command(
    practice_as, with_templates, form
):
    login, open_form, screen_name = FORMS[form]
    app = create_app(practice=practice_as(login))
    ran: list[tuple[str, object]] = []
    async with app.run_test(size=(80, 24)) as pilot:
        await open_form(app, pilot)
        await settle(pilot)
        form_screen = app.screen
        assert type(form_screen).__name__ == screen_name
        original = app.run_action

        async def recorded(action, default_namespace=None):  # type: ignore[no-untyped-def]
            ran.append((str(action), default_namespace))
            return await original(action, default_namespace)

        app.run_action = recorded  # type: ignore[method-assign]
        stops = focus_stops(form_screen)
        assert stops, f"{form} has nothing to type in"
        for stop in stops:
            stop.focus()
            await pilot.pause()
            ran.clear()
            await burst(pilot, SENTENCE)
            assert app.screen is form_screen or not isinstance(app.screen, Screen), (
                f"typing on {stop!r} left the {form} form for {type(app.screen).__name__}"
            )
            commands = [a for a, where in ran if where is app or isinstance(where, Screen)]
            assert commands == [], f"typing on {stop!r} of {form} ran {commands}"
            if isinstance(stop, Input | TextArea):
                assert SENTENCE in (stop.value if isinstance(stop, Input) else stop.text)


async def test_the_template_form_has_no_invisible_focus_stop(practice_as, with_templates):
    app = create_app(practice=practice_as("jreyes"))
    async with app.run_test(size=(80, 24)) as pilot:
        await open_template_fields(app, pilot)
        await pilot.pause()
        for _ in range(4):
            await pilot.press("tab")
            await pilot.pause()
            focused = app.focused
            assert focused is not None and focused.region.area > 0
            assert focused.id in ("template-list",) or isinstance(focused, Input)


async def test_ticked_and_unticked_accounts_differ_without_colour(practice_as):
    app = create_app(practice=practice_as("jreyes"))
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("n")
        await settle(pilot)
        head = app.screen.query_one("#accounts-head", Static)
        assert "none ticked yet" in str(head.render())
        ticks = app.screen.query_one("#accounts", Ticks)
        await pilot.press("tab", "down", "space")
        await pilot.pause()
        rows = [ticks.render_line(y).text for y in range(ticks.option_count)]
        assert rows[1].startswith("[x] ") and rows[0].startswith("[ ] ")
        assert all(r.startswith("[ ] ") for i, r in enumerate(rows) if i != 1)
        assert "1 ticked" in str(head.render())


async def test_templates_say_which_accounts_the_draft_goes_to(practice_as, with_templates):
    app = create_app(practice=practice_as("jreyes"))
    async with app.run_test(size=(80, 24)) as pilot:
        app.action_go("templates")
        await pilot.pause()
        notes = str(app.screen.query_one("#template-notes", Static).render())
        assert "Goes to: snapchat, foursquare (every connected account" in notes


async def test_space_then_down_in_one_burst_ticks_the_row_space_was_pressed_on(practice_as):
    app = create_app(practice=practice_as("jreyes"))
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("n")
        await settle(pilot)
        await pilot.press("tab")
        ticks = app.screen.query_one("#accounts", Ticks)
        assert app.focused is ticks
        for _ in range(3):
            app.post_message(events.Key("space", " "))
            app.post_message(events.Key("down", None))
        await pilot.pause()
        await pilot.pause()
        assert ticks.selected == ["facebook", "instagram", "google"]
        assert ticks.highlighted == 3


async def test_compose_and_review_say_an_account_is_not_connected(practice_as):
    author = practice_as("jreyes")
    app = create_app(practice=author)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("n")
        await settle(pilot)
        app.screen.query_one(TextArea).insert("Flu shots all week.")
        await pilot.press("tab", "down", "down", "down", "space", "down", "space")
        await settle(pilot)
        ticks = app.screen.query_one("#accounts", Ticks)
        assert ticks.render_line(3).text.startswith("[x] mastodon not connected")
        assert "not connected" not in ticks.render_line(4).text
        preview = str(app.screen.query_one("#preview-body", Static).render())
        mastodon_line = next(line for line in preview.splitlines() if line.startswith("mastodon"))
        assert "not connected (missing access_token)" in mastodon_line
        assert "ready" not in mastodon_line
        # Snapchat is posted by hand: never "not connected"; without a photo or video its line
        # says what Snapchat needs (a warning while composing), so it is not "ready" either.
        snapchat_line = next(line for line in preview.splitlines() if line.startswith("snapchat"))
        assert "not connected" not in snapchat_line
        await pilot.press("f4")
        await settle(pilot)
    post = queue.get(author.store, author.store.one("SELECT max(id) AS id FROM posts")["id"])
    assert post.status == "in_review"

    app = create_app(practice=practice_as("mchen"))
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("v")
        await pilot.pause()
        while app.screen.selected().id != post.id:
            await pilot.press("down")
        detail = str(app.screen.query_one("#detail", Static).render())
        assert "mastodon: not connected (missing access_token); it will fail there" in detail
        assert "snapchat: not connected" not in detail


async def test_text_then_tab_in_one_burst_moves_on_before_the_keys_after_it(practice_as):
    """Over SSH a person's typing, Tab and the arrows can arrive in one read: Tab must move
    the focus in the order the keys came, or the arrows and Space after it land in the text
    (Tab bubbling up from the editor behind its own text changes came too late)."""
    app = create_app(practice=practice_as("jreyes"))
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("n")
        await settle(pilot)
        typed = "Flu shots all week at the office."
        for character in typed:
            app.post_message(events.Key(_character_to_key(character), character))
        app.post_message(events.Key("tab", "\t"))
        for key in ("down", "down", "down"):
            app.post_message(events.Key(key, None))
        app.post_message(events.Key("space", " "))
        await settle(pilot)
        ticks = app.screen.query_one("#accounts", Ticks)
        assert (app.focused, ticks.selected) == (ticks, ["mastodon"])
        assert app.screen.query_one(TextArea).text == typed
        app.post_message(events.Key("shift+tab", None))
        for character in " Walk-ins welcome.":
            app.post_message(events.Key(_character_to_key(character), character))
        await settle(pilot)
        assert app.screen.query_one(TextArea).text == typed + " Walk-ins welcome."
