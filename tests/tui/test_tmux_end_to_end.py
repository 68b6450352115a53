"""A person at a terminal: the real `medsocial` in tmux at 80x24, driven by keystrokes and
read from the screen. Compose for three accounts, schedule "tomorrow 9am", have another
staff member approve it in their own session, and find it in the queue."""

from __future__ import annotations

import shutil
import subprocess
import sys
import time
from pathlib import Path

import pytest

pytestmark = pytest.mark.skipif(shutil.which("tmux") is None, reason="tmux is not installed")

MEDSOCIAL = str(Path(sys.executable).parent / "medsocial")


class Terminal:
    """One tmux session running medsocial as a given OS login."""

    def __init__(self, name: str, home: Path, login: str, socket: str) -> None:
        self.name = name
        self.socket = socket
        env = (
            f"MEDSOCIAL_HOME={home} MEDSOCIAL_USER={login} MEDSOCIAL_PLUGINS=manual,mastodon "
            "TERM=xterm-256color TEXTUAL_ANIMATIONS=none"
        )
        self.tmux("new-session", "-d", "-s", name, "-x", "80", "-y", "24", f"env {env} {MEDSOCIAL}")

    def tmux(self, *args: str) -> str:
        return subprocess.run(
            ["tmux", "-L", self.socket, *args], capture_output=True, text=True, check=True
        ).stdout

    def keys(self, *keys: str, literal: bool = False) -> None:
        self.tmux("send-keys", "-t", self.name, *(["-l"] if literal else []), *keys)
        time.sleep(0.3)

    def screen(self) -> str:
        return self.tmux("capture-pane", "-t", self.name, "-p")

    def wait_for(self, text: str, seconds: float = 15.0) -> str:
        deadline = time.monotonic() + seconds
        while time.monotonic() < deadline:
            shown = self.screen()
            if text in shown:
                return shown
            time.sleep(0.2)
        raise AssertionError(f"{text!r} never appeared; the screen shows:\n{self.screen()}")


@pytest.fixture
def tmux_socket():
    name = f"medsocial-test-{time.monotonic_ns()}"
    yield name
    subprocess.run(["tmux", "-L", name, "kill-server"], capture_output=True)


def test_compose_schedule_approve_and_find_it_in_the_queue(demo_home, tmux_socket):
    author = Terminal("author", demo_home, "jreyes", tmux_socket)
    author.wait_for("all posts: 12 of 12")
    author.keys("n")
    author.wait_for("New post")
    author.keys("Walk-in flu shots all week at the office.", literal=True)
    author.keys("Tab")
    author.keys("Down", "Down", "Down")
    for _ in range(2):
        author.keys("Space")
        author.keys("Down")
    author.keys("Space")
    shown = author.wait_for("foursquare     ")
    assert "mastodon       " in shown and "snapchat       " in shown
    author.keys("Tab")
    author.keys("tomorrow 9am", literal=True)
    shown = author.wait_for("tomorrow,")
    assert "09:00" in shown
    author.keys("F4")
    shown = author.wait_for("all posts: 13 of 13")
    assert "Walk-in flu shots" in shown

    approver = Terminal("approver", demo_home, "mchen", tmux_socket)
    approver.wait_for("all posts: 13 of 13")
    approver.keys("v")
    approver.wait_for("waiting for your review")
    for _ in range(5):
        if "Walk-in flu shots all week" in approver.screen().split("─")[-1]:
            break
        approver.keys("Down")
    approver.keys("a")
    approver.wait_for("approved: goes out")

    deadline = time.monotonic() + 10
    row = ""
    while time.monotonic() < deadline and "3 scheduled" not in row:
        row = next(line for line in author.screen().splitlines() if "Walk-in flu" in line)
        time.sleep(0.3)
    assert "3 scheduled" in row
    author.keys("q")
    approver.keys("Escape")
    approver.keys("q")
