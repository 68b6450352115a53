"""What a person sees, pinned as SVG snapshots at 80x24 and at 120x40, with the clock and
the signed-in person fixed and cursors not blinking, so the pictures change only when the
app does. Update with `pytest tests/tui/test_snapshots.py --snapshot-update`."""

from __future__ import annotations

import pytest
from textual.widgets import DataTable, Input, TextArea

from medsocial_tui.home import demo
from medsocial_tui.home.practice import open_practice
from medsocial_tui.tui.app import create_app
from medsocial_tui.tui.pilot import settle as pilot_settle
from medsocial_tui.tui.screens.compose import PREVIEW_DELAY

SMALL, LARGE = (80, 24), (120, 40)


@pytest.fixture
def pinned_home(tmp_path, monkeypatch):
    monkeypatch.setenv("MEDSOCIAL_PLUGINS", "manual,mastodon")
    monkeypatch.setenv("TEXTUAL_ANIMATIONS", "none")
    return demo.build(tmp_path / "demo", login="jreyes").root


@pytest.fixture
def app_as(pinned_home, monkeypatch):
    opened = []

    def make(login: str):
        monkeypatch.setenv("MEDSOCIAL_USER", login)
        practice = open_practice(pinned_home)
        opened.append(practice)
        return create_app(practice=practice)

    yield make
    for practice in opened:
        practice.close()


async def settled(pilot) -> None:
    """Workers done, timers fired, no blinking cursor: the same picture every run."""
    await pilot_settle(pilot, PREVIEW_DELAY + 0.1)
    for widget in pilot.app.screen.query("Input, TextArea"):
        widget.cursor_blink = False
    await pilot.pause()


def keys(*pressed: str):
    async def run_before(pilot) -> None:
        await settled(pilot)
        for key in pressed:
            await pilot.press(key)
            await settled(pilot)

    return run_before


@pytest.mark.parametrize("size", [SMALL, LARGE])
def test_queue_snapshot(snap_compare, app_as, size):
    assert snap_compare(app_as("jreyes"), run_before=keys(), terminal_size=size)


def test_queue_failure_explained_snapshot(snap_compare, app_as):
    async def run_before(pilot) -> None:
        await settled(pilot)
        screen = pilot.app.screen
        row = next(
            i
            for i, p in enumerate(screen.loaded)
            if any(d.state.value == "failed" for d in p.deliveries)
        )
        screen.query_one(DataTable).move_cursor(row=row)
        await settled(pilot)

    assert snap_compare(app_as("jreyes"), run_before=run_before, terminal_size=SMALL)


@pytest.mark.parametrize("size", [SMALL, LARGE])
def test_compose_snapshot(snap_compare, app_as, size):
    async def run_before(pilot) -> None:
        await settled(pilot)
        await pilot.press("n")
        await settled(pilot)
        pilot.app.screen.query_one(TextArea).insert(
            "Flu shots all week. Call Maria at 217-555-0199 about her results."
        )
        await pilot.press("tab", "down", "down", "down", "space", "down", "space", "tab")
        pilot.app.screen.query_one("#when", Input).value = "tomorrow 9am"
        await settled(pilot)

    assert snap_compare(app_as("jreyes"), run_before=run_before, terminal_size=size)


@pytest.mark.parametrize("size", [SMALL, LARGE])
def test_calendar_week_snapshot(snap_compare, app_as, size):
    assert snap_compare(app_as("jreyes"), run_before=keys("c"), terminal_size=size)


def test_calendar_month_snapshot(snap_compare, app_as):
    assert snap_compare(app_as("jreyes"), run_before=keys("c", "m"), terminal_size=SMALL)


def test_review_snapshot(snap_compare, app_as):
    assert snap_compare(app_as("mchen"), run_before=keys("v"), terminal_size=SMALL)


def test_channels_snapshot(snap_compare, app_as):
    assert snap_compare(app_as("jreyes"), run_before=keys("h"), terminal_size=SMALL)


def test_post_snapshot(snap_compare, app_as):
    assert snap_compare(app_as("jreyes"), run_before=keys("enter"), terminal_size=SMALL)


def test_help_snapshot(snap_compare, app_as):
    assert snap_compare(app_as("jreyes"), run_before=keys("f1"), terminal_size=SMALL)
