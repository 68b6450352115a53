"""End to end at a terminal: a 1-star review arrives through the real `medsocial inbox
fetch`; the front desk, in the real app in tmux at 80x24, tries a reply that names the
reviewer's treatment, is stopped, picks the template; the doctor approves it in their own
session; the reply goes out once."""

from __future__ import annotations

import shutil
import time

import pytest

from medsocial_tui.testing.tmux import TmuxTerminal, kill_server

from .conftest import DESK, DOCTOR, medsocial_exe, run_process

pytestmark = pytest.mark.skipif(
    shutil.which("tmux") is None, reason="tmux is not installed: the end-to-end run needs it"
)


class Terminal(TmuxTerminal):
    wait_seconds = 20.0

    def __init__(self, name: str, home, login: str, socket: str, site) -> None:
        env = (
            f"MEDSOCIAL_HOME={home.root} MEDSOCIAL_USER={login} "
            f"MEDSOCIAL_PLUGINS=loopback-inbox PYTHONPATH={site} TERM=xterm-256color "
            "TEXTUAL_ANIMATIONS=none"
        )
        super().__init__(name, socket, env, medsocial_exe())


@pytest.fixture
def tmux_socket():
    name = f"medsocial-inbox-{time.monotonic_ns()}"
    yield name
    kill_server(name)


def test_a_one_star_review_is_answered_safely_once(home, network, entry_point_path, tmux_socket):
    network.write(
        "My root canal with Dr Patel still hurts. One star.",
        kind="review",
        author="Jane Doe",
        rating=1,
    )
    fetched = run_process(home, entry_point_path, "inbox", "fetch", "--no-alert")
    assert fetched.returncode == 0, fetched.stderr

    desk = Terminal("desk", home, DESK, tmux_socket, entry_point_path)
    desk.wait_for("inbox 1")
    desk.keys("i")
    desk.wait_for("Jane Doe")
    desk.keys("r")
    desk.wait_for("Write the reply")
    desk.keys("Sorry your root canal still hurts, Jane.", literal=True)
    shown = desk.wait_for("would stop this")
    assert "never confirm or imply" in shown
    desk.keys("F5")
    time.sleep(1.0)
    assert not network.replies
    desk.keys("F4")
    desk.wait_for("Which approved reply?")
    desk.keys("b")
    desk.wait_for("finds nothing to stop")
    desk.keys("F5")
    desk.wait_for("waits for an approver")
    assert not network.replies

    doctor = Terminal("doctor", home, DOCTOR, tmux_socket, entry_point_path)
    doctor.wait_for("inbox 1, 1 to approve")
    doctor.keys("i")
    doctor.wait_for("waiting for an approver")
    doctor.keys("y")
    doctor.wait_for("sent")
    deadline = time.monotonic() + 10
    while time.monotonic() < deadline and not network.replies:
        time.sleep(0.2)
    assert [len(v) for v in network.replies.values()] == [1]
    assert "can't discuss anyone's care" in network.replies["1"][0]["text"]
