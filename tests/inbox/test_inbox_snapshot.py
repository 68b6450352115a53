"""The inbox and the reply screen as a person sees them at 80x24, on the demo practice with
the clock and the signed-in person fixed. Update with
`pytest tests/inbox/test_inbox_snapshot.py --snapshot-update`."""

from __future__ import annotations

import pytest
from textual.widgets import TextArea

from medsocial_tui.home import demo
from medsocial_tui.home.practice import open_practice
from medsocial_tui.tui.app import create_app
from medsocial_tui.tui.pilot import settle

NOW = "2026-11-27T15:00:00Z"


@pytest.fixture
def demo_app(tmp_path, monkeypatch):
    monkeypatch.setenv("MEDSOCIAL_NOW", NOW)
    monkeypatch.setenv("MEDSOCIAL_PLUGINS", "manual,mastodon")
    monkeypatch.setenv("TEXTUAL_ANIMATIONS", "none")
    monkeypatch.setenv("MEDSOCIAL_USER", "jreyes")
    home = demo.build(tmp_path / "demo", login="jreyes").root
    practice = open_practice(home)
    yield create_app(practice=practice)
    practice.close()


async def settled(pilot) -> None:
    await settle(pilot, 0.5)
    for widget in pilot.app.screen.query("TextArea"):
        widget.cursor_blink = False
    await pilot.pause()


def test_inbox_snapshot(snap_compare, demo_app):
    async def run_before(pilot) -> None:
        await settled(pilot)
        await pilot.press("i")
        await settled(pilot)
        await pilot.press("down", "down", "down")
        await settled(pilot)

    assert snap_compare(demo_app, run_before=run_before, terminal_size=(80, 24))


def test_reply_snapshot(snap_compare, demo_app):
    async def run_before(pilot) -> None:
        await settled(pilot)
        await pilot.press("i")
        await settled(pilot)
        await pilot.press("down", "down", "down")
        await settled(pilot)
        from medsocial_tui.tui.screens.inbox import ReplyScreen

        pilot.app.push_screen(ReplyScreen(pilot.app.screen.selected()))
        await settled(pilot)
        pilot.app.screen.query_one(TextArea).insert("Sorry your crown still hurts, Robert!")
        await pilot.pause(0.6)
        await settled(pilot)

    assert snap_compare(demo_app, run_before=run_before, terminal_size=(80, 24))
