"""The inbox in the app, at 80x24: one key from anywhere, newest first, people's words shown
as text, the reply guard's verdict live as the reply is typed, templates one key away, and
the unanswered count in the header."""

from __future__ import annotations

from textual.widgets import DataTable, TextArea

from medsocial_tui.listening import inbox, inbox_replies
from medsocial_tui.tui.app import create_app

from .conftest import DESK, DOCTOR, fetch, open_as

HOSTILE = "[bold red]Dr Patel[/] did my root canal \x1b[2J and my jaw pain is worse"


async def settle(pilot, app, until, tries: int = 60) -> None:
    for _ in range(tries):
        await pilot.pause(0.05)
        if until():
            return
    raise AssertionError("the screen did not get there")


async def open_a_reply(pilot, app) -> None:
    """i, then r on the first item: its reply screen open."""
    await pilot.press("i")
    await settle(pilot, app, lambda: type(app.screen).__name__ == "InboxScreen")
    await pilot.press("r")
    await settle(pilot, app, lambda: type(app.screen).__name__ == "ReplyScreen")


def rendered(app, selector: str) -> str:
    return str(app.screen.query_one(selector).render())


async def test_inbox_list_detail_and_header(home, network, monkeypatch):
    network.write("Are you open Saturday?", author="Ann Lee")
    network.write(HOSTILE, kind="review", author="Jane [i]Doe[/i]", rating=1)
    fetch(home, alert=False)
    practice = open_as(home, DESK, monkeypatch)
    app = create_app(practice=practice)
    try:
        async with app.run_test(size=(80, 24)) as pilot:
            await settle(pilot, app, lambda: "inbox 2" in app.sub_title)
            await pilot.press("i")
            await settle(pilot, app, lambda: type(app.screen).__name__ == "InboxScreen")
            table = app.screen.query_one("#inbox-list", DataTable)
            assert table.row_count == 2
            first = [str(c) for c in table.get_row_at(0)]
            assert first[1] == "review 1★" and first[2] == "Jane [i]Doe[/i]"
            detail = rendered(app, "#inbox-detail")
            assert "[bold red]Dr Patel[/]" in detail and "\x1b" not in detail
            await pilot.press("enter")
            await settle(pilot, app, lambda: inbox.get(practice.store, 2).state.value == "seen")
            await pilot.press("down", "x")
            await settle(pilot, app, lambda: inbox.get(practice.store, 1).state.value == "closed")
            await settle(pilot, app, lambda: "inbox 1" in app.sub_title)
    finally:
        practice.close()


async def test_reply_shows_the_guard_live_and_a_template_is_one_key_away(
    home, network, monkeypatch
):
    network.write(HOSTILE, kind="review", author="Jane Doe", rating=1)
    fetch(home, alert=False)
    practice = open_as(home, DESK, monkeypatch)
    app = create_app(practice=practice)
    try:
        async with app.run_test(size=(80, 24)) as pilot:
            await open_a_reply(pilot, app)
            # leaving a reply typed asks with compose's keys: y throws it away, n stays
            app.screen.query_one("#reply-text", TextArea).insert("Thanks")
            await pilot.press("escape")
            await settle(pilot, app, lambda: type(app.screen).__name__ == "Choose")
            await pilot.press("n")
            await settle(pilot, app, lambda: type(app.screen).__name__ == "ReplyScreen")
            assert app.screen.query_one("#reply-text", TextArea).text == "Thanks"
            await pilot.press("escape")
            await settle(pilot, app, lambda: type(app.screen).__name__ == "Choose")
            await pilot.press("y")
            await settle(pilot, app, lambda: type(app.screen).__name__ == "InboxScreen")
            await pilot.press("r")
            await settle(pilot, app, lambda: type(app.screen).__name__ == "ReplyScreen")
            editor = app.screen.query_one("#reply-text", TextArea)
            assert editor.text == ""
            editor.insert("Sorry your root canal hurt, Jane.")
            await settle(pilot, app, lambda: "would stop this" in rendered(app, "#reply-verdict"))
            verdict = rendered(app, "#reply-verdict")
            assert "never confirm or imply that the person is a patient" in verdict
            assert "call_us" in verdict
            await pilot.press("ctrl+s")
            await pilot.pause(0.5)
            assert not network.replies
            assert type(app.screen).__name__ == "ReplyScreen"
            await pilot.press("ctrl+t")
            await settle(pilot, app, lambda: type(app.screen).__name__ == "Choose")
            await pilot.press("b")
            await settle(
                pilot, app, lambda: "finds nothing to stop" in rendered(app, "#reply-verdict")
            )
            assert "312-555-0142" in app.screen.query_one("#reply-text", TextArea).text
            await pilot.press("ctrl+s")
            await settle(pilot, app, lambda: type(app.screen).__name__ == "InboxScreen")
        (reply,) = inbox.replies(practice.store, 1)
    finally:
        practice.close()
    assert reply.state.value == "waiting_approval"
    assert _in_a_thread(lambda: _approve(home, reply.id, monkeypatch)).sent
    assert [len(v) for v in network.replies.values()] == [1]


def _approve(home, reply_id, monkeypatch):
    approver = open_as(home, DOCTOR, monkeypatch)
    try:
        return inbox_replies.approve(approver, reply_id)
    finally:
        approver.close()


def _in_a_thread(fn):
    """Core calls that run their own event loop, from an async test."""
    from concurrent.futures import ThreadPoolExecutor

    with ThreadPoolExecutor(1) as pool:
        return pool.submit(fn).result()


async def test_the_header_flags_items_past_the_target(tmp_path, network, monkeypatch):
    from datetime import timedelta

    from .conftest import make_home

    home = make_home(tmp_path / "h", network, extra="[inbox]\nanswer_within_hours = 1\n")
    network.write("old question", age=timedelta(hours=5))
    network.write("new question", age=timedelta(minutes=1))
    fetch(home, alert=False)
    practice = open_as(home, DESK, monkeypatch)
    app = create_app(practice=practice)
    try:
        async with app.run_test(size=(80, 24)) as pilot:
            await settle(pilot, app, lambda: "inbox 2 (1 late)" in app.sub_title)
    finally:
        practice.close()


async def test_a_reply_sent_before_the_guard_looked_is_stopped_in_one_line(
    home, network, monkeypatch
):
    """F5 right after typing a reply the guard stops gave an eight-line "Stopped by the
    compliance guard" notice repeating what the screen shows under the reply, and it stayed
    up after the approved template's reply went (found on the second tmux walk). Now the
    guard's verdict shows under the reply, one line says it was not sent, and that line
    goes once the reply is sent."""
    network.write("Are you open Saturday?", author="Ann Lee")
    fetch(home, alert=False)
    practice = open_as(home, DESK, monkeypatch)
    app = create_app(practice=practice)

    def notices() -> list[str]:
        return [str(n.message) for n in app._notifications]

    try:
        async with app.run_test(size=(80, 24)) as pilot:
            await open_a_reply(pilot, app)
            editor = app.screen.query_one("#reply-text", TextArea)
            editor.insert("Thanks Ann, your crown fitting on Tuesday went well.")
            await pilot.press("f5")
            await settle(pilot, app, lambda: "would stop this" in rendered(app, "#reply-verdict"))
            await settle(pilot, app, lambda: "Not sent" in "\n".join(notices()))
            assert not any("compliance guard" in said for said in notices()), notices()
            assert notices()[-1] == "Not sent: the reply guard stops it (see under the reply)"
            assert not network.replies and type(app.screen).__name__ == "ReplyScreen"
            await pilot.press("ctrl+t")
            await settle(pilot, app, lambda: type(app.screen).__name__ == "Choose")
            await pilot.press("b")
            await settle(
                pilot, app, lambda: "finds nothing to stop" in rendered(app, "#reply-verdict")
            )
            await pilot.press("f5")
            await settle(pilot, app, lambda: type(app.screen).__name__ == "InboxScreen")
            await settle(pilot, app, lambda: bool(network.replies))
            await pilot.pause(0.1)
            assert not any(said.startswith("Not sent") for said in notices()), notices()
    finally:
        practice.close()
    assert [len(v) for v in network.replies.values()] == [1]
