"""A dropped SSH connection kills the app mid-sentence: what was typed in compose is kept as
it is typed and offered back the next time; saving or throwing it away forgets it. A demo
made in a fresh folder is removed when its app closes, and says so."""

from __future__ import annotations

import shutil
import subprocess
import sys
import time
from pathlib import Path

import pytest
from textual.widgets import Input, TextArea

from medsocial_tui.compose import unsaved
from medsocial_tui.tui.app import create_app
from medsocial_tui.tui.pilot import settle as pilot_settle
from medsocial_tui.tui.screens.compose import KEEP_DELAY, PREVIEW_DELAY
from medsocial_tui.tui.widgets.ticks import Ticks

from .conftest import NOW

MEDSOCIAL = str(Path(sys.executable).parent / "medsocial")


async def settle(pilot, seconds: float = PREVIEW_DELAY + 0.1) -> None:
    await pilot_settle(pilot, seconds)


async def type_unsaved_post(pilot) -> None:
    await pilot.press("n")
    await settle(pilot)
    await pilot.press(*"Closed Monday for the holiday")
    await pilot.press("tab", "down", "down", "down", "down", "space", "tab")
    await pilot.press(*"monday 9am")
    await settle(pilot, KEEP_DELAY + 0.3)


async def test_what_was_typed_comes_back_after_the_app_stopped(practice_as):
    practice = practice_as("jreyes")
    app = create_app(practice=practice)
    async with app.run_test(size=(80, 24)) as pilot:
        await type_unsaved_post(pilot)
    kept = unsaved.find(practice.store, "jreyes", None)
    assert kept is not None and kept.content["text"] == "Closed Monday for the holiday"

    again = create_app(practice=practice_as("jreyes"))
    async with again.run_test(size=(80, 24)) as pilot:
        await pilot.press("n")
        await settle(pilot)
        screen = again.screen
        assert screen.query_one(TextArea).text == "Closed Monday for the holiday"
        assert screen.query_one("#accounts", Ticks).selected == ["snapchat"]
        assert screen.query_one("#when", Input).value == "monday 9am"
        assert "Put back what you were writing" in "\n".join(
            str(n.message) for n in again._notifications
        )
        await pilot.press("f3")
        await settle(pilot)
        assert type(again.screen).__name__ == "QueueScreen"
    assert unsaved.find(practice.store, "jreyes", None) is None


async def test_someone_else_never_gets_another_persons_unsaved_text(practice_as):
    app = create_app(practice=practice_as("jreyes"))
    async with app.run_test(size=(80, 24)) as pilot:
        await type_unsaved_post(pilot)
    other = create_app(practice=practice_as("ppatel"))
    async with other.run_test(size=(80, 24)) as pilot:
        await pilot.press("n")
        await settle(pilot)
        assert other.screen.query_one(TextArea).text == ""


async def test_throwing_it_away_forgets_it(practice_as):
    practice = practice_as("jreyes")
    app = create_app(practice=practice)
    async with app.run_test(size=(80, 24)) as pilot:
        await type_unsaved_post(pilot)
        assert unsaved.find(practice.store, "jreyes", None) is not None
        await pilot.press("escape")
        await pilot.pause()
        await pilot.press("y")
        await settle(pilot)
    assert unsaved.find(practice.store, "jreyes", None) is None


@pytest.mark.skipif(shutil.which("tmux") is None, reason="the demo opens the app in a terminal")
def test_a_demo_in_a_fresh_folder_is_removed_when_its_app_closes(tmp_path):
    scratch = tmp_path / "tmp"
    scratch.mkdir()
    socket = f"medsocial-demo-{time.monotonic_ns()}"
    log = tmp_path / "said.txt"
    env = (
        f"TMPDIR={scratch} MEDSOCIAL_USER=jreyes MEDSOCIAL_PLUGINS=manual,mastodon "
        f"MEDSOCIAL_NOW={NOW} TERM=xterm-256color TEXTUAL_ANIMATIONS=none"
    )
    try:
        subprocess.run(
            [
                "tmux",
                "-L",
                socket,
                "new-session",
                "-d",
                "-s",
                "demo",
                "-x",
                "80",
                "-y",
                "24",
                f"env {env} {MEDSOCIAL} demo; env {env} {MEDSOCIAL} demo --no-open "
                f"> {log} 2>&1; sleep 30",
            ],
            check=True,
        )
        deadline = time.monotonic() + 20
        made = []
        while time.monotonic() < deadline and not made:
            made = [p for p in scratch.iterdir() if p.name.startswith("medsocial-demo-")]
            time.sleep(0.2)
        assert made, "the demo made no folder"
        first = made[0]
        screen = ""
        while time.monotonic() < deadline and "all posts" not in screen:
            screen = subprocess.run(
                ["tmux", "-L", socket, "capture-pane", "-t", "demo", "-p"],
                capture_output=True,
                text=True,
            ).stdout
            time.sleep(0.2)
        subprocess.run(["tmux", "-L", socket, "send-keys", "-t", "demo", "q"], check=True)
        while time.monotonic() < deadline and "was removed" not in screen:
            screen = subprocess.run(
                ["tmux", "-L", socket, "capture-pane", "-t", "demo", "-p", "-J"],
                capture_output=True,
                text=True,
            ).stdout
            time.sleep(0.2)
        assert f"The demo in {first} was removed" in screen.replace("\n", "")
        assert not first.exists()
        while time.monotonic() < deadline and "until you remove it" not in (
            log.read_text() if log.exists() else ""
        ):
            time.sleep(0.2)
        said = log.read_text()
        kept = [p for p in scratch.iterdir() if p.name.startswith("medsocial-demo-")]
        assert len(kept) == 1 and f"rm -r {kept[0]}" in said
    finally:
        subprocess.run(["tmux", "-L", socket, "kill-server"], capture_output=True)
