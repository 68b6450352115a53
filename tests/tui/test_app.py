"""The app as a whole over SSH: areas on letters with Esc leading home, a palette with
"Group: Verb" titles that says why an action is not yours, a help screen of every key, keys
remapped from practice.toml, and no emoji-width glyph anywhere on screen."""

from __future__ import annotations

import unicodedata

import pytest
from textual.command import CommandPalette
from textual.geometry import Region

from medsocial_tui.home.practice import open_practice
from medsocial_tui.publishing import queue
from medsocial_tui.tui.app import create_app
from medsocial_tui.tui.commands import ActionCommands
from medsocial_tui.tui.pilot import plain_text, settle
from medsocial_tui.tui.screens.help import AFTER_ESC

from .conftest import one_app


async def palette_titles(app) -> dict[str, str]:
    provider = ActionCommands(app.screen)
    return {title: words for title, _command, words in provider._commands()}


@one_app("ppatel")
async def test_letters_open_each_area_and_escape_leads_home(pilot) -> None:
    for key, area in (("c", "Calendar"), ("h", "Channels"), ("v", "Review")):
        await pilot.press(key)
        await pilot.pause()
        assert type(pilot.app.screen).__name__ == f"{area}Screen"
        # the queue is the pilot.app's first screen, and one area at a time lies on it
        assert [type(s).__name__ for s in pilot.app.screen_stack] == [
            "QueueScreen",
            f"{area}Screen",
        ]
    await pilot.press("escape")
    await pilot.pause()
    assert type(pilot.app.screen).__name__ == "QueueScreen"


@one_app("jreyes")
async def test_the_palette_names_every_action_as_group_and_verb(pilot) -> None:
    titles = await palette_titles(pilot.app)
    for title in ("Queue: New", "Queue: Retry", "Queue: Find", "Go: Calendar", "Go: Help"):
        assert title in titles
    assert titles["Go: Review"].startswith("not for you: approve needs the approver role")
    await pilot.press("colon")
    await pilot.pause()
    assert isinstance(pilot.app.screen, CommandPalette)
    await pilot.press(*"calendar", "enter")
    await pilot.pause()
    await pilot.pause()
    assert type(pilot.app.screen).__name__ == "CalendarScreen"


async def test_help_lists_the_keys_of_the_screen_and_why_some_are_not_yours(practice_as):
    app = create_app(practice=practice_as("sokafor"))
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("f1")
        await pilot.pause()
        text = plain_text(app.screen.body())
        assert "Retry: Send a failed or held delivery again" in text
        assert "not for you: read and acknowledge policy version" in text
        assert "queue.retry" in text


@pytest.mark.parametrize("width", [80, 120])
async def test_a_long_description_in_help_wraps_under_itself_not_under_the_keys(practice_as, width):
    """Drawn at the terminal's width: every line of a key's description starts in the
    description's column (sokafor's keys carry long "not for you" reasons, so some wrap)."""
    app = create_app(practice=practice_as("sokafor"))
    async with app.run_test(size=(width, 24)) as pilot:
        await pilot.press("f1")
        await settle(pilot)
        shown = app.screen.query_one("#help-text")
        lines = [strip.text.rstrip() for strip in shown.render_lines(Region(0, 0, *shown.size))]
        first = lines.index("Queue") + 1
        keys = lines[first : lines.index("Everywhere", first)]
        column = next(line for line in keys if line.startswith("  r / F5")).index("Refresh")
        indents = [len(line) - len(line.lstrip()) for line in keys if line]
        assert set(indents) == {2, column}, "\n".join(keys)
        assert all(len(line) <= width for line in lines)


async def test_keys_are_remapped_from_practice_toml(demo_home, monkeypatch):
    config = demo_home / "practice.toml"
    config.write_text(
        config.read_text().replace("[keys]\n", '[keys]\n"queue.retry" = "f9"\n'), "utf-8"
    )
    monkeypatch.setenv("MEDSOCIAL_USER", "jreyes")
    practice = open_practice(demo_home)
    app = create_app(practice=practice)
    try:
        async with app.run_test(size=(80, 24)) as pilot:
            screen = app.screen
            row = next(
                i
                for i, p in enumerate(screen.loaded)
                if any(d.state.value == "failed" for d in p.deliveries)
            )
            screen.query_one("DataTable").move_cursor(row=row)
            post_id = screen.loaded[row].id
            await pilot.press("f9")
            await pilot.pause()
        states = {d.state.value for d in queue.get(practice.store, post_id).deliveries}
        assert "failed" not in states
    finally:
        practice.close()


async def test_quit_and_areas_wait_while_compose_holds_unsaved_text(practice_as):
    app = create_app(practice=practice_as("jreyes"))
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("n")
        await pilot.pause()
        await pilot.press(*"Closed today", "tab")
        await pilot.press("q", "c")
        await pilot.pause()
        assert type(app.screen).__name__ == "ComposeScreen"
        await pilot.press("escape")
        await pilot.pause()
        assert type(app.screen).__name__ == "Choose"
        await pilot.press("n")
        await pilot.pause()
        assert type(app.screen).__name__ == "ComposeScreen"


@one_app("ppatel")
async def test_no_screen_shows_a_double_width_glyph(pilot) -> None:
    for keys in ((), ("c",), ("h",), ("v",), ("escape", "n"), ("escape", "y", "colon")):
        await pilot.press(*keys)
        await pilot.pause()
        svg = pilot.app.export_screenshot()
        wide = {ch for ch in svg if unicodedata.east_asian_width(ch) in "WF"}
        assert wide == set(), (type(pilot.app.screen).__name__, wide)


@one_app("ppatel")
async def test_help_and_the_palette_leave_out_an_app_key_the_screen_takes_for_its_own(
    pilot,
) -> None:
    """On the staff list c changes roles and i shows inactive staff: help listing "c
    Calendar" and "i Inbox" under "Everywhere" (and the palette "Go: Calendar ... (c)") sent
    a newcomer to the wrong key."""
    for key in ("p", "s", "f1"):
        await pilot.press(key)
        await settle(pilot)
    sections = dict(pilot.app.screen.sections())
    assert ("c", "Roles") in {(e.key, e.what.split(":")[0]) for e in sections["Staff"]}
    everywhere = {e.what.split(":")[0]: e.key for e in sections["Everywhere"]}
    assert "Calendar" not in everywhere and "Inbox" not in everywhere
    assert everywhere["Review"] == "v" and everywhere["Hours"] == "o / F6"
    await pilot.press("escape")
    await settle(pilot)
    titles = await palette_titles(pilot.app)
    assert titles["Go: Calendar"] == "Week and month views"  # no "(c)": c is Roles here
    assert titles["Go: Hours"].endswith("(o / F6)")
    assert titles["Staff: Roles"].endswith("(c)")


@one_app("jreyes")
async def test_help_on_a_screen_of_fields_lists_only_the_app_keys_that_work_there(pilot) -> None:
    """In compose a letter goes into the text: "c  Calendar" and "? / F1" listed keys that
    type a letter there; the F-keys are the ones that reach the pilot.app."""
    for key in ("n", "f1"):
        await pilot.press(key)
        await settle(pilot)
    sections = dict(pilot.app.screen.sections())
    everywhere = {e.what.split(":")[0]: e.key for e in sections["Everywhere"]}
    after_esc = {e.what.split(":")[0]: e.key for e in sections[AFTER_ESC]}
    assert "Calendar" not in everywhere | after_esc and "Inbox" not in everywhere | after_esc
    # the areas wait while compose holds the post: listed after Esc, not "Everywhere"
    assert everywhere["Help"] == "F1" and after_esc["Hours"] == "F6"
    await pilot.press("escape")
    await settle(pilot)
    titles = await palette_titles(pilot.app)  # the palette says the same as help
    assert titles["Go: Help"] == "List every key (F1)"  # ? would go into the text
