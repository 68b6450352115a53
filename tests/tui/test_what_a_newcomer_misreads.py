"""What a new staff member misread at 80x24, driving the demo practice as each role: a draft
moved in time said it "now goes out", a retry on an account still not connected said it
"goes out at the next send round", a reply to an unconnected account gave no warning and
left the item "not looked at yet", and an empty find did not say the way back."""

from __future__ import annotations

from textual.widgets import DataTable, Static, TextArea

from medsocial_tui.home import demo
from medsocial_tui.home.practice import open_practice
from medsocial_tui.tui.app import create_app
from medsocial_tui.tui.pilot import settle

from .conftest import one_app


def notices(app) -> str:
    return "\n".join(str(n.message) for n in app._notifications)


async def press_each(pilot, *keys: str) -> None:
    """Each key, and what it started done, before the next."""
    for key in keys:
        await pilot.press(key)
        await settle(pilot)


async def to_post(pilot, starts: str) -> None:
    loaded = pilot.app.screen.loaded
    row = [p.text.startswith(starts) for p in loaded].index(True)
    pilot.app.screen.query_one(DataTable).move_cursor(row=row)
    await settle(pilot)


async def test_a_draft_moved_in_time_is_not_said_to_go_out(practice_as):
    """'s' on a draft said "Post 12 now goes out Fri 04 Dec 10:00": it never would, being a
    draft; the words now say it must be submitted first, with the key to edit it."""
    app = create_app(practice=practice_as("jreyes"))
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        await to_post(pilot, "Parking lot repaving")
        assert app.screen.selected_post().status == "draft"
        await pilot.press("s", *"friday 10am", "enter")
        await settle(pilot)
        said = notices(app)
        assert "now goes out" not in said
        assert "draft" in said and "e: edit it, then submit" in said


async def test_a_retry_on_an_account_not_connected_says_it_will_fail_again(practice_as):
    """'t' on the failed facebook delivery said only "goes out at the next send round"; the
    account still had no credential, and the retry failed as before."""
    app = create_app(practice=practice_as("jreyes"))
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        await to_post(pilot, "Dr. Chen is away")
        failed = [d for d in app.screen.selected_post().deliveries if d.state == "failed"]
        assert [d.account_id for d in failed] == ["facebook"]
        await pilot.press("t")
        await settle(pilot)
        said = notices(app)
        assert "facebook: goes out at the next send round, but it is not connected" in said
        assert "will fail again" in said and "Channels (h)" in said


async def test_answering_an_item_says_its_account_is_not_connected_and_marks_it_seen(
    practice_as, monkeypatch
):
    """'r' on a new item: the reply screen said nothing of the account having no credential
    (F5 then said "could not reach ..."), and the item still read "new (not looked at yet)"."""
    monkeypatch.setenv("MEDSOCIAL_PLUGINS", "manual,mastodon,meta")
    app = create_app(practice=practice_as("jreyes"))
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("i")
        await settle(pilot)
        shown = app.screen.shown
        row = [(i.account_id, i.state.value) for i in shown].index(("facebook", "new"))
        item_id = shown[row].id
        app.screen.query_one(DataTable).move_cursor(row=row)
        await settle(pilot)
        await pilot.press("r")
        await settle(pilot)
        assert type(app.screen).__name__ == "ReplyScreen", notices(app)
        hint = str(app.screen.query_one("#reply-verdict", Static).render())
        assert "facebook is not connected (missing page_access_token)" in hint
        await pilot.press("escape")
        await settle(pilot)
        item = next(item for item in app.screen.shown if item.id == item_id)
        assert item.state.value == "seen"


async def test_a_find_that_matched_nothing_says_the_way_back(practice_as):
    """'/' then words no post has: the empty list said "f: other views; /: find", not that
    Esc brings every post back."""
    app = create_app(practice=practice_as("jreyes"))
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        await pilot.press("slash", *"zzzz", "enter")
        await settle(pilot)
        assert app.screen.loaded == []
        detail = str(app.screen.query_one("#detail", Static).render())
        assert "No posts match this view. Esc: all posts" in detail
        await pilot.press("escape")
        await settle(pilot)
        assert app.screen.loaded


async def test_a_practice_with_no_post_yet_says_how_to_write_one(tmp_path, monkeypatch):
    monkeypatch.setenv("MEDSOCIAL_USER", "owner")
    home = demo.create_home(
        tmp_path / "new", "New Dental", "America/Chicago", login="owner", kind="test"
    )
    practice = open_practice(home.root)
    try:
        app = create_app(practice=practice)
        async with app.run_test(size=(80, 24)) as pilot:
            await settle(pilot)
            assert app.screen.loaded == []
            detail = str(app.screen.query_one("#detail", Static).render())
            assert detail == "No posts yet. n: write the first one."
    finally:
        practice.close()


async def test_the_reminder_to_acknowledge_goes_when_the_policy_is_open(practice_as):
    """It stayed 20 seconds over the last lines of the policy it asked to read."""
    app = create_app(practice=practice_as("tnguyen"))  # has not acknowledged the policy
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        assert "Read and acknowledge policy version 1" in notices(app)
        await pilot.press("p")
        await settle(pilot)
        assert type(app.screen).__name__ == "PolicyScreen"
        assert "Read and acknowledge" not in notices(app)
        status = str(app.screen.query_one("#policy-status", Static).render())
        assert "You have not acknowledged it" in status


@one_app("jreyes")
async def test_the_palette_offers_no_screenshot_nor_textual_s_own_panels(pilot) -> None:
    """':' then "screen" offered Textual's "Screenshot", which writes the screen (a patient's
    message in the inbox) to a file outside the practice home; "Keys" and "Maximize" were
    Textual's, beside '?'."""
    await pilot.press("i")
    await settle(pilot)
    titles = {command.title for command in pilot.app.get_system_commands(pilot.app.screen)}
    assert not titles & {"Screenshot", "Keys", "Maximize", "Minimize"}
    assert "Quit" in titles


@one_app("jreyes")
async def test_a_screen_shows_its_keys_in_its_first_frame(pilot) -> None:
    """Textual's footer drew nothing until a refresh after the screen mounted announced its
    keys, then a refresh later drew them: every screen came up with its bottom line empty,
    half a second behind the rest over a busy SSH box."""
    from textual.widgets._footer import FooterKey

    from medsocial_tui.tui.screens.channels import ChannelsScreen
    from medsocial_tui.tui.widgets.footer import KeyFooter

    await pilot.app.push_screen(ChannelsScreen())  # mounted; no refresh has run since
    keys = pilot.app.screen.query_one(KeyFooter).query(FooterKey)
    assert "Test online" in [key.description for key in keys]


@one_app("jreyes")
async def test_the_hours_form_fits_80x24_and_says_what_the_days_field_takes(pilot) -> None:
    """With "new hours for the day" the optional line fell under the footer, out of reach of
    sight at 80x24; the days' field held "today" with nothing saying it took other days."""
    from textual.widgets import Input, OptionList

    await pilot.press("o")
    await settle(pilot)
    label = str(pilot.app.screen.query_one("#days-label", Static).render())
    assert label == "Days: today, tomorrow, mon to wed"
    assert pilot.app.screen.query_one("#days-label").region.height == 1
    kinds = pilot.app.screen.query_one("#change", OptionList)
    for kind in range(kinds.option_count):
        kinds.highlighted = kind
        await settle(pilot)
        shown = [i for i in pilot.app.screen.query(Input) if i.display]
        assert shown[-1].id == "note"
        assert all(field.region.bottom <= 23 for field in shown), kind  # footer: row 23


async def test_editing_a_post_sent_back_keeps_the_approver_s_reason_in_sight(practice_as):
    """'e' on a post sent back opened compose without the reason: it was on the queue's
    detail only, behind the screen opened to act on it."""
    app = create_app(practice=practice_as("jreyes"))
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        await to_post(pilot, "Measles cases")
        assert app.screen.selected_post().status == "rejected"
        await pilot.press("e")
        await settle(pilot)
        assert type(app.screen).__name__ == "ComposeScreen"
        preview = app.screen.query_one("#preview-body", Static)
        assert str(preview.render()).startswith("Sent back: Please add the county health")
        box = app.screen.query_one("#preview")
        assert box.scroll_y == 0 and box.region.y < 23  # its first line in sight, at 80x24


async def test_a_staff_member_added_in_the_app_is_said_how_to_get_in(practice_as):
    """The notice named only the policy; how the new person reaches the app (their SSH key
    on the service account) was in the docs alone."""
    app = create_app(practice=practice_as("ppatel"))
    async with app.run_test(size=(80, 24)) as pilot:
        await press_each(pilot, "p", "s", "n")
        await pilot.press(*"npark", "enter", *"Nia Park", "enter")
        await settle(pilot)
        await pilot.press("f9")
        await settle(pilot)
        assert type(app.screen).__name__ == "StaffScreen"
        said = [n for n in app._notifications if "Added Nia Park" in str(n.message)]
        assert "medsocial staff key add npark KEY" in str(said[0].message)
        assert said[0].timeout >= len(str(said[0].message)) / 20


async def test_hiding_someone_s_words_on_the_network_asks_first(practice_as, monkeypatch):
    """'d' hid the item on the network at once: done in public, by one stray key."""
    from medsocial_tui.listening import inbox
    from medsocial_tui.tui.widgets.confirm import Confirm

    hidden = []
    monkeypatch.setattr(inbox, "hide", lambda practice, item_id: hidden.append(item_id))
    app = create_app(practice=practice_as("jreyes"))
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("i")
        await settle(pilot)
        item = app.screen.selected()
        await pilot.press("d")
        await settle(pilot)
        assert isinstance(app.screen, Confirm) and hidden == []
        assert f"Hide item {item.id} on {item.account_id}?" == app.screen.question
        await pilot.press("n")
        await settle(pilot)
        assert hidden == []
        await pilot.press("d", "y")
        await settle(pilot)
        assert hidden == [item.id]


async def test_review_counts_the_accounts_its_column_has_no_room_for(practice_as):
    """ "facebook, snapchat," cut the third account off unsaid: an approver could not tell
    where the post would go."""
    from medsocial_tui.tui.words import accounts_cell

    assert accounts_cell(["facebook", "snapchat", "foursquare"], 20) == "facebook +2"
    assert accounts_cell(["facebook", "google", "mastodon"], 20) == "facebook, google +1"
    assert accounts_cell(["facebook", "mastodon"], 20) == "facebook, mastodon"
    author = create_app(practice=practice_as("jreyes"))
    async with author.run_test(size=(80, 24)) as pilot:
        await press_each(pilot, "n")  # mastodon, snapchat and foursquare ticked, then F4
        author.screen.query_one("#text", TextArea).insert("Open late Thursday")
        await press_each(pilot, "tab", *["down"] * 3, *["space", "down"] * 3, "f4")
        assert type(author.screen).__name__ == "QueueScreen", notices(author)
    app = create_app(practice=practice_as("mchen"))
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("v")
        await settle(pilot)
        row = [p.text for p in app.screen.rows].index("Open late Thursday")
        cell = str(app.screen.query_one(DataTable).get_row_at(row)[2])
        assert cell == "mastodon +2"  # "mastodon, snapchat," before


async def test_help_on_the_performance_screen_says_where_the_owner_s_report_is_made(
    practice_as,
):
    """Asked for "the report", a newcomer found the performance screen (':' then "report")
    and nothing there saying the owner's report is `medsocial report`."""
    from medsocial_tui.tui.screens.help import HelpScreen

    app = create_app(practice=practice_as("ppatel"))
    async with app.run_test(size=(80, 24)) as pilot:
        await press_each(pilot, "d", "question_mark")
        assert isinstance(app.screen, HelpScreen)
        assert any("`medsocial report`" in note for note in app.screen.notes())
