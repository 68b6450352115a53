"""A person at a terminal: the real `medsocial` in tmux at 80x24, driven by keystrokes and
read from the screen. Compose for three accounts, schedule "tomorrow 9am", have another
staff member approve it in their own session (screen-256color, 16 colours), and find it in
the queue and in the calendar."""

from __future__ import annotations

import shutil
import sys
import time
from pathlib import Path

import pytest

from medsocial_tui.home.practice import open_practice
from medsocial_tui.records import training
from medsocial_tui.testing.tmux import TmuxTerminal, kill_server

from .conftest import NOW

pytestmark = pytest.mark.skipif(
    shutil.which("tmux") is None, reason="tmux is not installed: the end-to-end run needs it"
)

MEDSOCIAL = str(Path(sys.executable).parent / "medsocial")


class Terminal(TmuxTerminal):
    """One tmux session running medsocial as a given OS login."""

    def __init__(
        self,
        name: str,
        home: Path,
        login: str,
        socket: str,
        term: str,
        colours: str,
        plugins: str = "manual,mastodon",
    ) -> None:
        env = (
            f"MEDSOCIAL_HOME={home} MEDSOCIAL_USER={login} MEDSOCIAL_PLUGINS={plugins} "
            f"MEDSOCIAL_NOW={NOW} TERM={term} TEXTUAL_COLOR_SYSTEM={colours} "
            "TEXTUAL_ANIMATIONS=none"
        )
        super().__init__(name, socket, env, MEDSOCIAL)


@pytest.fixture
def tmux_socket():
    name = f"medsocial-test-{time.monotonic_ns()}"
    yield name
    kill_server(name)


def test_compose_schedule_approve_and_find_it_in_queue_and_calendar(demo_home, tmux_socket):
    author = Terminal("author", demo_home, "jreyes", tmux_socket, "xterm-256color", "256")
    author.wait_for(" of 12  ")
    author.keys("n")
    author.wait_for("New post")
    author.keys(
        "Walk-in flu shots all week at the office. Call Maria at 217-555-0199.", literal=True
    )
    author.keys("Tab", "Down", "Down", "Down", "Space", "Down", "Space", "Down", "Space")
    shown = author.wait_for_all("foursquare     ", "mastodon       ", "snapchat       ")
    assert "BLOCKS: phone" in shown

    author.keys("F4")
    author.wait_for("saved as a draft")

    author.keys("BTab", "End")
    author.keys(*["BSpace"] * len(" Call Maria at 217-555-0199."))
    shown = author.wait_for("ready")
    assert "BLOCKS" not in shown and "Walk-in flu shots all week at the office." in shown

    author.keys("Tab", "Tab")
    author.keys("tomorrow 9am", literal=True)
    shown = author.wait_for("tomorrow, Sat 28 Nov 2026 09:00")
    author.keys("F4")
    shown = author.wait_for(" of 13  ")
    assert "Walk-in flu shots" in shown

    approver = Terminal("approver", demo_home, "mchen", tmux_socket, "screen-256color", "standard")
    approver.wait_for(" of 13  ")
    approver.keys("v")
    approver.wait_for("waiting for your review")
    for _ in range(5):
        if "Walk-in flu shots all week" in approver.screen().split("─")[-1]:
            break
        approver.keys("Down")
    # approving waits for the guard's findings on the post under the cursor, as a person does
    approver.wait_for("Guard: nothing found now")
    approver.keys("a")
    approver.wait_for("2 waiting for your review")

    deadline = time.monotonic() + 10
    row = ""
    while time.monotonic() < deadline and "3 scheduled" not in row:
        row = next(line for line in author.screen().splitlines() if "Walk-in flu" in line)
        time.sleep(0.3)
    assert "Sat 28 Nov 09:00" in row and "3 scheduled" in row

    author.keys("c")
    shown = author.wait_for("Week of Mon 23 Nov 2026")
    nine = next(line for line in shown.splitlines() if line.startswith(" 09h"))
    assert "2 posts" in nine
    author.keys("Right")
    author.wait_for("Sat 28 Nov 09:00 post 13 (approved)")
    author.keys("Escape", "q")
    approver.keys("Escape", "q")


def test_typing_on_forms_never_runs_commands_and_bursts_tick_the_right_row(demo_home, tmux_socket):
    """Over a real terminal: ticks read [x] and [ ], Space then Down sent in one burst ticks
    the row Space was pressed on, and a sentence typed where a list has the focus (compose's
    accounts, the template form after a Tab) opens nothing."""
    term = Terminal(
        "forms",
        demo_home,
        "jreyes",
        tmux_socket,
        "screen-256color",
        "standard",
        plugins="manual,mastodon,templates",
    )
    term.wait_for(" of 12  ")
    term.keys("n")
    term.wait_for("Accounts: none ticked yet")
    term.keys("Tab")
    term.tmux("send-keys", "-t", "forms", "Space", "Down", "Space", "Down")
    shown = term.wait_for("Accounts: 2 ticked")
    rows = [line.split("│")[0] for line in shown.splitlines() if line.startswith("[")]
    assert rows[0].startswith("[x] facebook") and rows[1].startswith("[x] instagram")
    assert all(row.startswith("[ ] ") for row in rows[2:])
    term.keys("How often should I floss? Every day: hygienists say so.", literal=True)
    time.sleep(1.0)
    shown = term.screen()
    assert "New post: text for every account" in shown and "Every action has a" not in shown
    term.keys("Escape")
    term.wait_for("Leave without saving what you changed?")
    term.keys("y")
    term.wait_for(" of 12  ")

    # The palette's key and a search typed at once, in one burst: every key lands in it.
    term.keys(":card", literal=True)
    shown = term.wait_for("Templates")
    assert "  >  card" in shown
    term.keys("Enter")
    term.wait_for("Share an article")
    term.keys("Enter")
    term.wait_for("Article address")
    term.keys("Tab")
    term.keys("How often should I floss? The hygienist says: daily.", literal=True)
    shown = term.wait_for("The hygienist says: daily.")
    assert "Goes to:" in shown and "Account " not in shown and "Every action" not in shown
    term.keys("Escape", "q")


def test_markup_like_text_is_only_text_and_a_form_typed_in_one_burst_fills_each_field(
    demo_home, tmux_socket
):
    """A newcomer's walk: a post holding '[link=...]' is checked and previewed (it once
    ended the app as it was typed), and an admin's training record typed in one burst over
    the terminal lands field by field and is saved."""
    term = Terminal("walk", demo_home, "ppatel", tmux_socket, "xterm-256color", "256")
    term.wait_for(" of 12  ")
    term.keys("n")
    term.wait_for("New post")
    term.keys("Snow day [link=https://evil.example]click[/link] [bold red]x[/]", literal=True)
    term.keys("Tab", "Down", "Down", "Down", "Space")
    shown = term.wait_for("mastodon       ")
    assert "[link=https://evil.example]click[/link] [bold red]x[/]" in shown
    term.keys("Escape")
    term.wait_for("Leave without saving what you changed?")
    term.keys("y")
    term.wait_for(" of 12  ")

    term.keys("p")
    term.wait_for("Acknowledge")
    term.keys("s")
    term.wait_for("manager: Jordan Reyes")
    term.keys("t")
    term.wait_for("Completed on (YYYY-MM-DD)")
    term.tmux("send-keys", "-t", "walk", "Tab", "Tab", "Ann Lee", "Enter", "in person", "Enter")
    term.wait_for("Training recorded for")
    term.keys("Escape", "Escape", "q")
    practice = open_practice(demo_home)
    try:
        newest = max(training.records(practice.store), key=lambda r: r.id)
    finally:
        practice.close()
    assert (newest.trainer, newest.notes) == ("Ann Lee", "in person")


def test_a_template_and_an_hours_change_typed_in_one_send_keys_fill_each_field(
    demo_home, tmux_socket
):
    """Over a real terminal at 80x24, fields and Enters sent in one send-keys: each field
    gets its own words (the templates' form put "Kids and cavitiestomorrowour office" in its
    first field, and the hours change lost the time and the note)."""
    term = Terminal(
        "fields",
        demo_home,
        "jreyes",
        tmux_socket,
        "screen-256color",
        "standard",
        plugins="manual,mastodon,templates",
    )
    term.wait_for(" of 12  ")
    term.keys(":live session", literal=True)
    term.wait_for("Templates")
    term.keys("Enter")
    term.wait_for("Share an article")
    term.keys("Down", "Down", "Down", "Down")
    term.wait_for("Topic: e.g. Kids and cavities")
    term.keys("Enter")
    time.sleep(0.5)
    term.tmux(
        "send-keys", "-t", "fields", "Kids and cavities", "Enter", "thu 6pm", "Enter", "our office"
    )
    shown = term.wait_for("our office")
    fields = [line.split("│")[-1].strip() for line in shown.splitlines() if "│" in line]
    assert {"Kids and cavities", "thu 6pm", "our office"} <= set(fields), shown
    term.keys("Escape")
    term.wait_for(" of 12  ")
    term.tmux(
        "send-keys",
        "-t",
        "fields",
        "o",
        "Enter",
        "Down",
        "Enter",
        "Enter",
        "10am",
        "Enter",
        "Staff meeting",
    )
    shown = term.wait_for("Staff meeting")
    fields = [line.split("│")[0].strip() for line in shown.splitlines() if "│" in line]
    assert {"today", "10am", "Staff meeting"} <= set(fields), shown
    term.keys("Escape")
    term.wait_for("Leave without posting the hours change?")
    term.keys("y", "q")


def gone(term: Terminal, text: str, seconds: float = 10.0) -> str:
    """The first screen that no longer shows ``text``."""
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        shown = term.screen()
        if text not in shown:
            return shown
        time.sleep(0.2)
    raise AssertionError(f"{text!r} stayed on the screen:\n{term.screen()}")


def test_the_filter_form_leaves_no_trace_when_it_closes(demo_home, tmux_socket):
    """The queue shows through around the filter form, and only what the form covered is
    drawn again as it closes: after Esc (nothing else changed) and after Enter (its rows),
    no line of the form stays on the terminal. (After Esc it stayed, in a first try of this,
    until another key drew a frame: Pilot's keys draw a frame each, tmux's do not.)"""
    term = Terminal("find", demo_home, "jreyes", tmux_socket, "xterm-256color", "256")
    term.wait_for(" of 12  ")
    term.keys("/")
    term.wait_for("Show posts where")
    term.keys("Escape")
    shown = gone(term, "Show posts where")
    assert "╭" not in shown and "all posts: row 1 of 12" in shown
    term.keys("/")
    term.wait_for("Show posts where")
    term.keys("Tab", "Tab", "Enter")  # the status list opens
    term.keys("app", literal=True)
    term.keys("Enter", "F3")
    shown = term.wait_for("status approved: row 1 of ")
    shown = gone(term, "Show posts where")
    assert "╭" not in shown and "F3 or Enter shows" not in shown


def test_the_filter_form_typed_in_one_write_shows_what_was_typed(demo_home, tmux_socket):
    """The whole find typed at once, as keys reach the app over a slow SSH link: open the
    form, Tab twice to the status, open its list, "app", Enter, back to the text, a word,
    Enter. The queue shows that word among the approved posts (the Tabs ran after the Enter
    behind them, and the letters meant for the list were dropped, before)."""
    term = Terminal("burst", demo_home, "jreyes", tmux_socket, "xterm-256color", "256")
    term.wait_for(" of 12  ")
    term.burst("/", "Tab", "Tab", "Enter", *"app", "Enter", "BTab", "BTab")
    term.burst(*"fluoride", "Enter")
    shown = term.wait_for('"fluoride" status approved: row 1 of 1')
    assert "Show posts where" not in shown and "Fluoride varnish" in shown
