"""Every screen shows what people and networks wrote as text: a post or staff name with
``[/]`` does not crash the app, ``[link=…]`` renders no link, ``[@click=…]`` does nothing, and
no escape sequence or bidi override from the data reaches the terminal."""

from __future__ import annotations

import re

import pytest
from textual.widgets import DataTable

from medsocial_tui.home import demo
from medsocial_tui.home.practice import open_practice
from medsocial_tui.tui.app import create_app

from .hostile import HOSTILE, MARKUP, poison, raw_found

SIZE = (200, 60)


@pytest.fixture
def hostile_practice(tmp_path, monkeypatch):
    monkeypatch.setenv("MEDSOCIAL_NOW", "2026-11-27T15:00:00Z")
    monkeypatch.setenv("MEDSOCIAL_PLUGINS", "manual,mastodon")
    home = demo.build(tmp_path / "demo", login="ppatel").root
    poison(home)
    opened = []

    def open_as(login: str):
        monkeypatch.setenv("MEDSOCIAL_USER", login)
        practice = open_practice(home)
        opened.append(practice)
        return practice

    yield open_as
    for practice in opened:
        practice.close()


def frame(app) -> str:
    """Exactly what the app would write to the terminal for the whole screen now."""
    update = app.screen._compositor.render_update(full=True)
    return update.render_segments(app.console)


def words(shown: str) -> str:
    """The frame without the app's own cursor moves and colours: the text a person reads."""
    return re.sub(r"\x1b\[[0-9;?]*[A-Za-z]", "", shown)


async def look(pilot, *keys: str) -> str:
    await pilot.press(*keys)
    await pilot.pause()
    await pilot.pause()
    shown = frame(pilot.app)
    assert raw_found(shown) == [], f"raw control text on {type(pilot.app.screen).__name__}"
    assert "[@click=app.quit]" not in shown or pilot.app.is_running
    return words(shown)


async def test_every_screen_shows_hostile_text_as_text(hostile_practice):
    app = create_app(practice=hostile_practice("ppatel"))
    visited: dict[str, str] = {}
    async with app.run_test(size=SIZE) as pilot:
        visited["queue"] = await look(pilot)
        for keys, name in (
            (("enter",), "post"),
            (("escape", "c"), "calendar"),
            (("m",), "month"),
            (("escape", "v"), "review"),
            (("escape", "h"), "channels"),
            (("escape", "p"), "policy"),
            (("s",), "staff"),
            (("escape", "v"), "versions"),
            (("d",), "diff"),
            (("escape", "escape", "escape", "o"), "hours"),
            (("escape", "n"), "compose"),
            (("escape", "slash"), "filter"),
            (("escape", "f1"), "help"),
            (("escape", "i"), "inbox"),
        ):
            visited[name] = await look(pilot, *keys)
        await pilot.press("escape")
        app.action_go("templates")
        visited["templates"] = await look(pilot)
        assert type(app.screen).__name__ == "TemplatesScreen"
        assert app.is_running
    for name in ("queue", "post", "review", "staff", "channels", "versions", "diff", "inbox"):
        assert "\\x1b]52;c;aGFja2Vk" in visited[name], name
        assert "\\u202eevil" in visited[name], name
    assert MARKUP in visited["queue"]
    assert "[link=file:///etc/passwd]open me[/link]" in visited["staff"]


async def test_a_table_cell_with_markup_is_stored_and_shown_as_the_same_text(hostile_practice):
    app = create_app(practice=hostile_practice("ppatel"))
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        table = app.screen.query_one(DataTable)
        texts = [str(table.get_row_at(i)[3]) for i in range(table.row_count)]
        assert all(t.startswith(MARKUP) for t in texts)
        detail = app.screen.query_one("#detail")
        spots = []
        for y in range(detail.size.height):
            line = "".join(segment.text for segment in detail.render_line(y))
            at = line.find("[@click=app.quit]quit")
            if at >= 0:
                spots.append((at + len("[@click=app.quit]") + 1, y))
        assert spots, "the action markup is shown as text"
        for spot in spots:
            await pilot.click("#detail", offset=spot)
        await pilot.pause()
        assert app.is_running, "a click on [@click=app.quit] acted"


async def test_a_notice_quoting_hostile_text_is_text(hostile_practice):
    app = create_app(practice=hostile_practice("ppatel"))
    async with app.run_test(size=SIZE) as pilot:
        app.notify(f"failed: {MARKUP} \x1b]52;c;aGk=\x07", title="[/]")
        await pilot.pause()
        shown = frame(app)
        assert raw_found(shown) == []
        assert "[link=file:///etc/passwd]open me[/link]" in words(shown)


async def test_editors_and_form_fields_draw_control_characters_as_pictures(hostile_practice):
    app = create_app(practice=hostile_practice("jreyes"))
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("down", "down")
        edited = await look(pilot, "e")
        assert type(app.screen).__name__ == "ComposeScreen"
        assert "\u241b]52;c;aGFja2Vk" in edited
        text = str(app.screen.query_one("#text").text)
        assert text.startswith(HOSTILE), "the text itself is kept as written"
    app = create_app(practice=hostile_practice("ppatel"))
    async with app.run_test(size=SIZE) as pilot:
        form = await look(pilot, "p", "s", "c")
        assert type(app.screen).__name__ == "FormScreen"
        assert "[@click=app.quit]quit[/] \u241b" in form
