"""What the third tmux walk at 80x24 found (session 2026-12-02 c): the snow-day staff member,
the practice manager and a newcomer, each defect seen by hand first and then pinned here with
Pilot."""

from __future__ import annotations

from textual.coordinate import Coordinate
from textual.geometry import Region
from textual.widgets import DataTable, Static, TextArea

from medsocial_tui.listening import inbox
from medsocial_tui.models import DeliveryState
from medsocial_tui.publishing import queue
from medsocial_tui.records import authorisations, policy, staff
from medsocial_tui.tui.app import create_app
from medsocial_tui.tui.pilot import settle

from .test_authorisations_screen import _published_on_snapchat
from .test_channels import open_channels
from .test_what_a_newcomer_misreads import notices
from .test_what_a_newcomer_trips_over import to_an_item_that_can_be_answered


def on_screen(app) -> str:
    """Every line of text the top screen shows, joined."""
    return "\n".join(str(s.render()) for s in app.screen.query(Static))


def status_line(app) -> str:
    return str(app.screen.query_one("#policy-status", Static).render())


async def to_inbox_item(pilot, account: str, kind: str) -> None:
    """The inbox, its cursor on the first item of ``kind`` on ``account``."""
    await pilot.press("i")
    await settle(pilot)
    kinds = [(item.account_id, item.kind) for item in pilot.app.screen.shown]
    pilot.app.screen.query_one(DataTable).move_cursor(row=kinds.index((account, kind)))
    await settle(pilot)


async def test_the_policy_shows_the_version_just_published_before_it_is_acknowledged(
    practice_as,
):
    """Publishing draft 2 (p v, p, y) and going back with Esc left the policy screen showing
    version 1 as current, its text and "You acknowledged it", while a there asked to
    acknowledge version 2: a signed record of reading a text the screen had not shown."""
    app = create_app(practice=practice_as("lbrooks"))
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        await pilot.press("p")
        await settle(pilot)
        assert status_line(app).startswith("Version 1 · current")
        await pilot.press("v")
        await settle(pilot)
        while not app.screen.selected().is_draft:
            await pilot.press("down")
        await pilot.press("p")
        await settle(pilot)
        await pilot.press("y")
        await settle(pilot)
        await pilot.press("escape")
        await settle(pilot)
        assert type(app.screen).__name__ == "PolicyScreen"
        shown = status_line(app)
        assert shown.startswith("Version 2 · current"), shown
        assert "You have not acknowledged it" in shown
        await pilot.press("a")
        await settle(pilot)
        assert "Acknowledge policy version 2" in on_screen(app)


async def test_a_version_published_elsewhere_is_not_acknowledged_unseen(practice_as):
    """With the policy screen open on version 1, another admin published version 2 (at the
    command line); a then acknowledged version 2, which the screen had never shown. The
    screen now shows version 2 (the database is followed) and a acknowledges what is shown."""
    practice = practice_as("lbrooks")
    app = create_app(practice=practice)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        await pilot.press("p")
        await settle(pilot)
        other = practice_as("ppatel")
        draft = next(v for v in policy.versions(other.store) if v.is_draft)
        policy.publish(other, draft.number, effective=other.today())
        await pilot.press("a")  # most often before the app has looked at the database again
        await settle(pilot)
        if type(app.screen).__name__ == "Confirm":
            assert f"version {draft.number}" in on_screen(app)
            under = app.screen_stack[-2].query_one("#policy-status", Static)
            assert str(under.render()).startswith(f"Version {draft.number} · current")
            await pilot.press("n")
        else:
            assert "it is shown here. Read it, then press a." in notices(app), notices(app)
        await settle(pilot, 1.5)
        shown = status_line(app)
        assert shown.startswith(f"Version {draft.number} · current"), shown


async def test_a_to_do_with_no_address_is_marked_out(practice_as):
    """A Foursquare listing's edit (and a story) has no address: m on its to-do refused an
    empty answer ("Type an answer first") while a wrong one was refused with "or leave it
    empty", so the to-do stayed in Channels for good. Enter on nothing marks it out."""
    practice = practice_as("jreyes")
    app = create_app(practice=practice)
    async with app.run_test(size=(80, 24)) as pilot:
        await open_channels(pilot)
        await pilot.press("tab")
        await settle(pilot)
        assert len(app.screen.todos) == 1
        todo = app.screen.todos[0].delivery.id
        await pilot.press("m")
        await settle(pilot)
        assert "empty: it has no address" in on_screen(app)
        await pilot.press("enter")
        await settle(pilot)
        assert type(app.screen).__name__ == "ChannelsScreen"
        assert app.screen.todos == []
    delivery = queue.get_delivery(practice.store, todo)
    assert delivery.state is DeliveryState.PUBLISHED and delivery.remote_url is None


async def test_hiding_on_an_account_that_is_not_connected_says_what_it_needs(
    practice_as, monkeypatch
):
    """d, y on a Facebook comment, the page without its token, asked the network anyway and
    said "no answer from Facebook Page (ConnectError) · try again later", which never helps:
    it says the account is not connected and what to add, and asks no network."""
    monkeypatch.setenv("MEDSOCIAL_PLUGINS", "manual,mastodon,meta")
    practice = practice_as("jreyes")
    app = create_app(practice=practice)
    async with app.run_test(size=(80, 24)) as pilot:
        await to_inbox_item(pilot, "facebook", "comment")
        await pilot.press("d")
        await settle(pilot)
        await pilot.press("y")
        await settle(pilot)
        said = notices(app)
        assert "facebook is not connected (missing page_access_token)" in said, said
        assert "add page_access_token under [accounts.facebook] in secrets.toml" in said
        assert "try again later" not in said


async def test_a_template_tried_on_a_typed_reply_can_be_taken_back(practice_as):
    """F4 and a template on a reply the guard stopped replaced it for good: ctrl+z did
    nothing (the template was loaded as a new text, which clears the history). It is an
    edit now: ctrl+z brings the typed reply back, and a notice says so."""
    app = create_app(practice=practice_as("jreyes"))
    async with app.run_test(size=(80, 24)) as pilot:
        await to_an_item_that_can_be_answered(pilot)
        await pilot.press("r")
        await settle(pilot)
        typed = "Sure, your cleaning moves to Tuesday"
        await pilot.press(*typed)
        await settle(pilot)
        await pilot.press("f4")
        await settle(pilot)
        await pilot.press("c")
        await settle(pilot)
        area = app.screen.query_one("#reply-text", TextArea)
        assert area.text.startswith("Thank you for your message."), area.text
        assert "ctrl+z brings back what you had typed" in notices(app)
        await pilot.press("ctrl+z")
        await settle(pilot)
        assert area.text == typed


async def test_a_takedown_removed_by_hand_is_marked_done_in_the_app(practice_as):
    """Revoking an authorisation left "delivery 33 on snapchat: to remove by hand" on its
    takedown list, and only `medsocial authorisation done` could mark it removed: the
    manager who revoked it here could not finish the list here. d does, once asked."""
    practice = practice_as("lbrooks")
    made = authorisations.add(
        practice,
        "Ann Smith",
        scope=["text"],
        networks=["all"],
        signed_on="2026-11-20",
        expires_on=None,
        form_location="binder 3",
    )
    _published_on_snapchat(practice, made.id)
    authorisations.revoke(practice, made.id)
    await authorisations.take_down(practice, made.id)
    app = create_app(practice=practice)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("p", "w")
        await settle(pilot)
        detail = str(app.screen.query_one("#detail").render())
        assert "to remove by hand" in detail and "d marks it done" in detail, detail
        await pilot.press("d")
        await settle(pilot)
        assert "Is the post on snapchat removed" in on_screen(app)
        await pilot.press("y")
        await settle(pilot)
        detail = str(app.screen.query_one("#detail").render())
        assert "to remove by hand" not in detail, detail
    (item,) = authorisations.takedowns(practice, made.id)
    assert item.state is authorisations.TakedownState.DONE


async def test_esc_on_an_hours_change_with_words_typed_asks_first(practice_as):
    """Esc on the hours change, an extra line typed ("Emergencies: call the on-call line"),
    left at once and the line was gone when o opened it again; compose asks, and so does
    this now (n stays with the words; y leaves). Nothing typed: Esc leaves at once."""
    app = create_app(practice=practice_as("jreyes"))
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        await pilot.press("o")
        await settle(pilot)
        await pilot.press("escape")
        await settle(pilot)
        assert type(app.screen).__name__ == "QueueScreen"
        await pilot.press("o")
        await settle(pilot)
        app.screen.query_one("#note").focus()
        await pilot.press(*"Emergencies: call the on-call line")
        await pilot.press("escape")
        await settle(pilot)
        assert "Leave without posting the hours change?" in on_screen(app)
        await pilot.press("n")
        await settle(pilot)
        assert type(app.screen).__name__ == "HoursScreen"
        assert app.screen.query_one("#note").value == "Emergencies: call the on-call line"
        await pilot.press("escape")
        await settle(pilot)
        await pilot.press("y")
        await settle(pilot)
        assert type(app.screen).__name__ == "QueueScreen"


async def test_the_calendar_shows_each_post_of_a_day_on_a_line_of_its_own(practice_as):
    """The calendar's detail cut each text at 60 characters, which wrapped mid-word at 80x24
    ("Did you know? Fluoride varnish takes two / minutes and protect") and pushed a day's
    second post below the detail's rows. One line a post, ended with an ellipsis."""
    app = create_app(practice=practice_as("jreyes"))
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        await pilot.press("c", "m")
        await settle(pilot)
        table = app.screen.query_one(DataTable)
        at = next(
            Coordinate(row, col)
            for row in range(table.row_count)
            for col in range(1, 8)
            if str(table.get_cell_at(Coordinate(row, col))) == "26 (2)"
        )
        table.cursor_coordinate = at
        await settle(pilot)
        shown = app.screen.query_one("#detail", Static)
        lines = [s.text.rstrip() for s in shown.render_lines(Region(0, 0, *shown.outer_size))]
        posts = [line for line in lines if " post " in line]
        assert len(posts) == 2 and lines[1 : 1 + len(posts)] == posts, lines
        assert all(line.endswith("…") for line in posts), lines


async def test_escalating_chooses_a_colleague_by_name(practice_as):
    """e in the inbox asked "Hand it to which staff login?" with "drpatel" in grey, a login
    no one has (Dr. Patel is ppatel), and named the logins only after a wrong answer. The
    staff are listed by name, each on a letter."""
    practice = practice_as("jreyes")
    app = create_app(practice=practice)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("i")
        await settle(pilot)
        states = [item.state.value for item in app.screen.shown]
        app.screen.query_one(DataTable).move_cursor(row=states.index("new"))
        await settle(pilot)
        item = app.screen.selected()
        await pilot.press("e")
        await settle(pilot)
        shown = on_screen(app) + "\n".join(
            str(label.render()) for label in app.screen.query(".option")
        )
        assert "drpatel" not in shown
        assert "Dr. Priya Patel (ppatel)" in shown and "(jreyes)" not in shown, shown
        letter = next(key for key, words in app.screen.options if "(ppatel)" in words)
        await pilot.press(letter)
        await settle(pilot)
        assert "escalated to ppatel" in notices(app), notices(app)
    assert inbox.get(practice.store, item.id).escalated_to == "ppatel"


async def test_the_manager_s_lists_show_what_a_colleague_changed_meanwhile(practice_as):
    """With the staff list open, a colleague added 'Aaron Abbott' at the command line: the
    list said nothing of it until left and opened again (the authorisations and the policy
    versions alike). It is read again, and the cursor stays on the person it was on, though
    the new name sorts above."""
    practice = practice_as("lbrooks")
    app = create_app(practice=practice)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        await pilot.press("p", "s")
        await settle(pilot)
        await pilot.press("down", "down")
        await settle(pilot)
        on = app.screen.selected().login
        before = len(app.screen.rows)
        other = practice_as("ppatel")
        staff.add(other, login="aabbott", name="Aaron Abbott")
        await settle(pilot, 1.5)
        assert len(app.screen.rows) == before + 1
        assert "Aaron Abbott" in [m.name for m in app.screen.rows]
        assert app.screen.selected().login == on


async def test_a_network_that_cannot_hide_is_said_at_the_key_in_the_app_s_words(practice_as):
    """d on a Mastodon mention asked "Hide item 5 on mastodon?", and only after y said that
    Mastodon does not let an app hide it, then "`medsocial inbox close ID`", a command line
    to a person at the app. It is said at d, with the app's key to close it."""
    app = create_app(practice=practice_as("jreyes"))
    async with app.run_test(size=(80, 24)) as pilot:
        await to_an_item_that_can_be_answered(pilot)
        await pilot.press("d")
        await settle(pilot)
        assert type(app.screen).__name__ == "InboxScreen", "no question first"
        said = notices(app)
        assert "Mastodon does not let an app hide a mention" in said, said
        assert "then x closes it here" in said and "medsocial inbox" not in said


async def test_a_reply_on_an_account_that_is_not_connected_says_what_it_needs(
    practice_as, monkeypatch
):
    """F5 on a thank-you to a Google review, the profile without its credentials, said
    "could not reach Google Business Profile; the next fetch sends it" (no fetch reads an
    account that is not connected), and on a Facebook message "this message lacks the
    sender's id; fetch it again". It says what the account needs; the reply waits,
    approved, and no network is asked."""
    monkeypatch.setenv("MEDSOCIAL_PLUGINS", "manual,mastodon,meta")
    practice = practice_as("jreyes")
    app = create_app(practice=practice)
    async with app.run_test(size=(80, 24)) as pilot:
        await to_inbox_item(pilot, "facebook", "message")
        await pilot.press("r")
        await settle(pilot)
        await pilot.press(*"Thank you for your message")
        await settle(pilot)
        await pilot.press("f5")
        await settle(pilot)
        said = notices(app)
        assert "add page_access_token under [accounts.facebook] in secrets.toml" in said, said
        assert "lacks the sender's id" not in said and "could not reach" not in said
        item = app.screen.selected()
    (reply,) = inbox.replies(practice.store, item.id)
    assert reply.state.value == "approved"


async def test_r_on_a_closed_item_offers_to_reopen_it(practice_as):
    """r on a closed item (the demo's Mastodon mention) opened the reply; the reply was typed
    in full, and F5 said "`medsocial inbox reopen 5` first", a command line, with no key in
    the app to do it. r asks to reopen it, then opens the reply."""
    practice = practice_as("jreyes")
    app = create_app(practice=practice)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("i")
        await settle(pilot)
        states = [(item.account_id, item.state.value) for item in app.screen.shown]
        app.screen.query_one(DataTable).move_cursor(row=states.index(("mastodon", "closed")))
        await settle(pilot)
        item = app.screen.selected()
        await pilot.press("r")
        await settle(pilot)
        assert f"Item {item.id} is closed. Reopen it to answer it?" in on_screen(app)
        await pilot.press("y")
        await settle(pilot)
        assert type(app.screen).__name__ == "ReplyScreen"
    assert inbox.get(practice.store, item.id).state.value == "seen"
