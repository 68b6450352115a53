"""What a walk through every screen at 80x24, as the practice's staff and as a careless
colleague, found: each test is one thing a person saw, named for what should happen."""

from __future__ import annotations

from medsocial_tui.publishing import queue
from medsocial_tui.tui.app import create_app
from medsocial_tui.tui.pilot import settle
from medsocial_tui.tui.safe import TextInput


def _notices(app) -> str:
    """Every notice shown so far, title and words."""
    return "\n".join(f"{n.title}: {n.message}" for n in app._notifications)


async def test_a_post_moved_to_9_is_asked_about_not_sent_to_september(practice_as) -> None:
    """'s' on a post, "9" (nine o'clock) and Enter moved the post to 2 Sep of next year."""
    practice = practice_as("jreyes")
    app = create_app(practice=practice)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        post = app.screen.selected_post()
        assert post is not None and post.scheduled_at is not None
        await pilot.press("s")
        await settle(pilot)
        assert type(app.screen).__name__ == "Ask"
        app.screen.query_one(TextInput).value = "9"
        await pilot.press("enter")
        await settle(pilot)
        assert type(app.screen).__name__ == "Ask", "the question stays to be answered plainly"
        hint = str(app.screen.query_one(".hint").render())
        assert "9am" in hint and "Dec 9" in hint, hint
        await pilot.press("escape")
        await settle(pilot)
        assert queue.get(practice.store, post.id).scheduled_at == post.scheduled_at


async def _open_the_draft_policy(pilot) -> None:
    """p, v: the versions, the cursor on the draft (version 2 in the demo)."""
    await settle(pilot)
    for key in ("p", "v"):
        await pilot.press(key)
        await settle(pilot)
    assert pilot.app.screen.selected().is_draft


async def test_an_author_is_not_let_into_the_policy_editor_to_lose_their_work(
    practice_as,
) -> None:
    """e on a draft opened the editor for an author; they typed, and only F4 said "manage
    policy needs the admin role". The key is dimmed and says why, as n, p, r and x do."""
    app = create_app(practice=practice_as("jreyes"))
    async with app.run_test(size=(80, 24)) as pilot:
        await _open_the_draft_policy(pilot)
        await pilot.press("e")
        await settle(pilot)
        assert type(app.screen).__name__ == "VersionsScreen"
        assert "admin role" in _notices(app), _notices(app)


async def test_esc_in_the_policy_editor_asks_before_throwing_changes_away(practice_as) -> None:
    """An admin's edits to a draft vanished on Esc, without a word; compose asks first."""
    from textual.widgets import TextArea

    from medsocial_tui.records import policy

    practice = practice_as("lbrooks")
    before = policy.to_markdown(policy.editable_draft(practice.store, 2), keys=True)
    app = create_app(practice=practice)
    async with app.run_test(size=(80, 24)) as pilot:
        await _open_the_draft_policy(pilot)
        await pilot.press("e")
        await settle(pilot)
        assert type(app.screen).__name__ == "PolicyEditorScreen"
        await pilot.press("escape")  # nothing changed: leaves at once
        await settle(pilot)
        assert type(app.screen).__name__ == "VersionsScreen"
        await pilot.press("e")
        await settle(pilot)
        app.screen.query_one(TextArea).insert("A new opening line.\n\n")
        await pilot.press("escape")
        await settle(pilot)
        assert type(app.screen).__name__ == "Choose"
        await pilot.press("n")  # stay
        await settle(pilot)
        assert type(app.screen).__name__ == "PolicyEditorScreen"
        assert "A new opening line." in app.screen.query_one(TextArea).text
        await pilot.press("escape")
        await settle(pilot)
        await pilot.press("y")  # throw it away
        await settle(pilot)
        assert type(app.screen).__name__ == "VersionsScreen"
    after = policy.to_markdown(policy.editable_draft(practice.store, 2), keys=True)
    assert after == before


async def test_a_send_back_reason_the_guard_stops_stays_to_be_rewritten(practice_as) -> None:
    """v, b, a reason naming an account handle, Enter: the guard stopped it, the dialog
    closed and the approver had to type the reason again from nothing."""
    reason = "Ask @robin_m before we post this"
    app = create_app(practice=practice_as("mchen"))
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        await pilot.press("v")
        await settle(pilot)
        post = app.screen.selected()
        await pilot.press("b")
        await settle(pilot)
        app.screen.query_one(TextInput).value = reason
        await pilot.press("enter")
        await settle(pilot)
        assert type(app.screen).__name__ == "Ask"
        assert app.screen.query_one(TextInput).value == reason
        hint = str(app.screen.query_one(".hint").render())
        assert "compliance guard" in hint.lower() or "identify a patient" in hint, hint
        app.screen.query_one(TextInput).value = "Say who pays for it"
        await pilot.press("enter")
        await settle(pilot)
        assert type(app.screen).__name__ == "ReviewScreen"
        assert f"Post {post.id} sent back" in _notices(app)


HIDDEN = "Open late\x0bSaturday\x07 9am to 1pm."
"""A vertical tab (a slide's soft line break, pasted) and a bell: both go to the network."""


async def test_the_approver_sees_every_character_that_goes_out(practice_as) -> None:
    """Rich drops BEL, BS, VT, FF and CR from a text it is given: review and the post showed
    "Open lateSaturday 9am", and the approver approved characters they could not see. ESC
    already showed as \\x1b; these now show the same way."""
    author = practice_as("jreyes")
    post = queue.create(author, queue.Compose(text=HIDDEN, accounts=["snapchat"]))
    queue.submit(author, post.id)
    app = create_app(practice=practice_as("mchen"))
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        await pilot.press("v")
        await settle(pilot)
        while app.screen.selected().id != post.id:
            await pilot.press("down")
        await settle(pilot)
        detail = str(app.screen.query_one("#detail").render())
        assert "late\\x0bSaturday\\x07 9am" in detail, detail
        await pilot.press("escape")
        await settle(pilot)
        app.screen.query_one("#queue").move_cursor(row=0)
        while app.screen.selected_post().id != post.id:
            await pilot.press("down")
        await pilot.press("enter")
        await settle(pilot)
        text = str(app.screen.query_one("#post-text").render())
        assert "late\\x0bSaturday\\x07 9am" in text, text


def test_shown_keeps_the_characters_rich_would_drop() -> None:
    from medsocial_tui.tui.safe import shown

    assert shown("a\x07b\x08c\x0bd\x0ce\rf").plain == "a\\x07b\\x08c\\x0bd\\x0ce\\x0df"


def test_compose_marks_the_finding_itself_when_the_text_holds_a_control_character(
    practice_as,
) -> None:
    """Rich dropped the bell from the marked text, so the red underline of a finding fell
    one character to the right of what the guard found."""
    from medsocial_tui.tui.screens.compose import Written, build_preview

    text = "Call\x07 @robin_m today"
    written = Written(text, {}, ("snapchat",), "general", "", "", (), "")
    body = build_preview(practice_as("jreyes"), written).body
    marked = [
        body.plain[span.start : span.end] for span in body.spans if "underline" in str(span.style)
    ]
    assert "@robin_m" in marked, (body.plain, marked)


async def test_the_authorisation_form_speaks_of_the_app_not_of_command_line_flags(
    practice_as,
) -> None:
    """The form said "what to do: --form ..." when the form's place was left empty, and
    "name it on the post (--authorisation 1)" when saved: flags nobody at the app types."""
    app = create_app(practice=practice_as("lbrooks"))
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        for key in ("p", "w", "n"):
            await pilot.press(key)
            await settle(pilot)
        await pilot.press(*"Sample Person", "enter")
        await pilot.press("enter", "enter", "enter", "enter", "enter")
        await settle(pilot)
        said = "\n".join(str(w.render()) for w in app.screen.query("Static"))
        assert "signed form" in said and "--" not in said, said
        await pilot.press(*"binder 2", "enter")
        await settle(pilot)
        assert type(app.screen).__name__ == "AuthorisationsScreen"
        notices = _notices(app)
        assert "Authorisation 1 recorded" in notices and "--" not in notices, notices
        assert "authorisation #" in notices


async def test_approve_pressed_twice_approves_once_and_says_nothing_wrong(practice_as) -> None:
    """v, then a a in one breath: the first approved the post, the second (on the same
    post, still under the cursor while the first ran) said "Not approved: post 9 is
    approved, not waiting for review". Another writer holds the database here, so the first
    approval is surely still running when the second a arrives."""
    import sqlite3

    practice = practice_as("mchen")
    app = create_app(practice=practice)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        await pilot.press("v")
        await settle(pilot)
        first = app.screen.selected()
        waiting = len(app.screen.rows)
        other_writer = sqlite3.connect(practice.home.database_path, isolation_level=None)
        try:
            other_writer.execute("BEGIN IMMEDIATE")
            await pilot.press("a", "a")
        finally:
            other_writer.execute("ROLLBACK")
            other_writer.close()
        await settle(pilot)
        notices = _notices(app)
        assert f"Post {first.id} approved" in notices
        assert "Not approved" not in notices, notices
        assert len(app.screen.rows) == waiting - 1


async def test_the_inbox_shows_every_character_a_network_sent(practice_as) -> None:
    """A review's bell (and the one ending an OSC 8 link) vanished from the inbox's detail
    and from the reply screen: the words around it ran together."""
    practice = practice_as("jreyes")
    now = "2026-11-27T14:40:00Z"
    with practice.store.write() as db:
        db.conn.execute(
            "INSERT INTO inbox_items (account_id, remote_id, kind, author_name, text,"
            " created_at, fetched_at, state, updated_at, rating)"
            " VALUES ('mastodon', 'walk-1', 'mention', ?, ?, ?, ?, 'new', ?, NULL)",
            ("Ro\x07bin", "Great\x07service", now, now, now),
        )
    app = create_app(practice=practice)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        await pilot.press("i")
        await settle(pilot)
        while "Great" not in app.screen.selected().text:
            await pilot.press("down")
        await settle(pilot)
        detail = str(app.screen.query_one("#inbox-detail").render())
        assert "Great\\x07service" in detail and "Ro\\x07bin" in detail, detail
        await pilot.press("r")
        await settle(pilot)
        item = str(app.screen.query_one("#reply-item").render())
        assert "Great\\x07service" in item and "Ro\\x07bin" in item, item


async def test_ctrl_c_outside_a_field_says_how_to_leave(practice_as) -> None:
    """ctrl+c, the reflex for leaving a terminal program, did nothing at all on the queue
    (Textual binds it to copy a selection, and there was none), and the queue's footer
    has no room to show q."""
    app = create_app(practice=practice_as("jreyes"))
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        await pilot.press("ctrl+c")
        await settle(pilot)
        assert type(app.screen).__name__ == "QueueScreen"
        notices = _notices(app)
        assert "q" in notices and "quit" in notices.lower(), notices
        assert "[b]" not in notices


async def test_a_second_a_does_not_approve_the_next_post_unread(practice_as, monkeypatch) -> None:
    """a a in one breath, the first approval done before the second key: the second a
    landed on the next post, which had moved under the cursor and whose guard findings the
    approver had not seen, and approved it. Approving now waits for the selected post's
    findings to be on screen. The guard's reading of every post after the first is held
    here (at most 10 s) so the second a surely comes before it (the first post is read
    again when the screen refreshes: held, that reading cost the test the whole 10 s)."""
    import threading

    from medsocial_tui.tui.screens import review

    release = threading.Event()
    real = review.guard_detail
    calls = []

    def held(practice, post):
        calls.append(post.id)
        if post.id != calls[0]:
            release.wait(10)
        return real(practice, post)

    monkeypatch.setattr(review, "guard_detail", held)
    app = create_app(practice=practice_as("mchen"))
    try:
        async with app.run_test(size=(80, 24)) as pilot:
            await settle(pilot)
            await pilot.press("v")
            await settle(pilot)
            waiting = len(app.screen.rows)
            assert waiting >= 2, "the demo has two posts waiting for review"
            first = app.screen.selected()
            assert "Guard: checking" not in str(app.screen.query_one("#detail").render())
            await pilot.press("a")
            for _ in range(100):  # the approval, at most 10 s
                if f"Post {first.id} approved" in _notices(app):
                    break
                await pilot.pause(0.1)
            following = app.screen.selected()
            assert following is not None and following.id != first.id
            await pilot.press("a")
            await pilot.pause(0.2)
            notices = _notices(app)
            assert f"Post {following.id} is not approved" in notices, notices
            assert f"Post {following.id} approved" not in notices
            assert len(app.screen.rows) == waiting - 1
            release.set()
            await settle(pilot)
            assert "Guard: checking" not in str(app.screen.query_one("#detail").render())
            await pilot.press("a")
            await settle(pilot)
            assert f"Post {following.id} approved" in _notices(app)
    finally:
        release.set()
