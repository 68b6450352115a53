"""What a new staff member tripped over at 80x24: keys typed right after the key that opens
a screen with a field, dialogs that blanked the screen they ask about, notices lying over
the post just acted on, roles in two-letter marks, and a list of keys copied by hand."""

from __future__ import annotations

import asyncio

import pytest
from textual import events
from textual.widgets import DataTable, Input, Static, TextArea
from textual.widgets._toast import Toast

from medsocial_tui.listening import inbox
from medsocial_tui.listening.inbox_states import InboxState
from medsocial_tui.tui.app import create_app
from medsocial_tui.tui.pilot import settle
from medsocial_tui.tui.screens.help import HelpScreen
from medsocial_tui.tui.screens.queue_filter import PRESETS, FilterScreen
from medsocial_tui.tui.widgets.ask import Ask
from medsocial_tui.tui.widgets.choose import Choose
from medsocial_tui.tui.widgets.confirm import Confirm
from medsocial_tui.tui.widgets.forms import Field, FormScreen

KEY_NAMES = {" ": "space", "/": "slash", ",": "comma", ".": "full_stop", ":": "colon"}


def arrive_at_once(app, typed: str) -> None:
    """Keys as they come in one read over SSH (or pasted): all of them are queued before the
    app handles the first."""
    for character in typed:
        app.post_message(events.Key(KEY_NAMES.get(character, character), character))


def with_keys(home, keys: dict[str, str]) -> None:
    config = home / "practice.toml"
    lines = "".join(f'"{binding_id}" = "{key}"\n' for binding_id, key in keys.items())
    config.write_text(config.read_text().replace("[keys]\n", "[keys]\n" + lines), "utf-8")


async def to_an_item_that_can_be_answered(pilot) -> None:
    """The inbox, on the item from mastodon (the test practice loads that network), which
    the demo has closed: reopened first, as a colleague would (r on a closed item asks)."""
    practice = pilot.app.practice
    for item in inbox.items(practice.store):
        if item.account_id == "mastodon" and item.state is InboxState.CLOSED:
            inbox.reopen(practice, item.id)
    await pilot.press("i")
    await settle(pilot)
    mastodon = [item.account_id for item in pilot.app.screen.shown].index("mastodon")
    pilot.app.screen.query_one(DataTable).move_cursor(row=mastodon)
    await settle(pilot)


@pytest.mark.parametrize(
    ("inbox_first", "typed", "screen", "field"),
    [
        (False, "nFlu shots all week", "ComposeScreen", "#text"),
        (False, "/flu shots", "FilterScreen", "#f-text"),
        (True, "rThank you for writing", "ReplyScreen", "#reply-text"),
    ],
    ids=["new-post", "find", "reply"],
)
async def test_keys_typed_right_after_the_key_that_opens_a_field_are_in_that_field(
    practice_as, inbox_first, typed, screen, field
):
    """Before, they reached the screen below (where 'h' or 'o' open other areas) or nothing."""
    app = create_app(practice=practice_as("jreyes"))
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        if inbox_first:
            await to_an_item_that_can_be_answered(pilot)
        arrive_at_once(app, typed)
        await settle(pilot)
        assert type(app.screen).__name__ == screen
        found = app.screen.query_one(field)
        assert (found.text if isinstance(found, TextArea) else found.value) == typed[1:]


async def test_a_url_typed_right_after_o_it_is_out_is_the_url(practice_as):
    """m, then o (it is out) in the dialog, then the URL at once: the URL went to the post's
    screen below as keys (h opened the channels, t asked every network)."""
    app = create_app(practice=practice_as("jreyes"))
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        live = [p.text.startswith("Join Dr. Patel live") for p in app.screen.loaded].index(True)
        app.screen.query_one(DataTable).move_cursor(row=live)  # its facebook is UNKNOWN
        await settle(pilot)
        arrive_at_once(app, "mohttps://example.org/p/1")
        await settle(pilot)
        assert type(app.screen).__name__ == "Ask"
        assert app.screen.query_one(Input).value == "https://example.org/p/1"


DIALOGS = {
    "ask": lambda: Ask("Why is post 3 sent back?"),
    "choose": lambda: Choose("Leave?", [("y", "yes"), ("n", "no")]),
    "confirm": lambda: Confirm("Cancel post 3?"),
    "form": lambda: FormScreen("Add a staff member", [Field("login", "Login")], lambda p, v: None),
    "find": lambda: FilterScreen(PRESETS[0]),
}


OVERLAYS = [*DIALOGS, "help"]


async def background_alpha(pilot, overlay: str) -> tuple[object, float]:
    """The screen over the queue (a dialog pushed, or help on its key) and how opaque it is."""
    if overlay == "help":
        await pilot.press("f1")
    else:
        await pilot.app.push_screen(DIALOGS[overlay]())
    await settle(pilot)
    return pilot.app.screen, pilot.app.screen.styles.background.a


@pytest.mark.parametrize("dialog", DIALOGS)
async def test_a_question_lets_the_screen_it_asks_about_show_through(seen_once, dialog):
    screen, alpha = await seen_once("jreyes", OVERLAYS, background_alpha, dialog)
    assert alpha < 1, type(screen).__name__


async def test_help_is_a_screen_of_its_own_not_seen_through(seen_once):
    screen, alpha = await seen_once("jreyes", OVERLAYS, background_alpha, "help")
    assert isinstance(screen, HelpScreen)
    assert alpha == 1


async def test_a_notice_leaves_the_post_s_detail_and_its_row_in_sight(practice_as):
    """The notice takes rows of its own above the keys: the list gives them up and keeps
    the highlighted row in view; the detail of the post just acted on is not covered."""
    app = create_app(practice=practice_as("jreyes"))
    async with app.run_test(size=(80, 24), notifications=True) as pilot:
        await settle(pilot)
        table = app.screen.query_one(DataTable)
        await pilot.press(*["down"] * (table.row_count - 1))
        await settle(pilot)
        await pilot.press("t")  # the last post has nothing to send again: a notice says so
        await settle(pilot)
        toasts = list(app.screen.query(Toast))
        assert toasts
        detail = app.screen.query_one("#detail", Static).region
        assert not any(detail.overlaps(toast.region) for toast in toasts)
        shown_rows = table.scrollable_content_region.height
        assert table.scroll_y <= table.cursor_row < table.scroll_y + shown_rows


async def test_the_staff_list_says_roles_in_words(practice_as):
    app = create_app(practice=practice_as("ppatel"))
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("p", "s")
        await settle(pilot)
        table = app.screen.query_one(DataTable)
        assert str(table.get_row("ppatel")[1]) == "author approver admin"
        roles = list(table.columns.values())[1]
        assert roles.get_render_width(table) - 2 * table.cell_padding >= len(
            "author approver admin"
        )
        assert sum(c.get_render_width(table) for c in table.columns.values()) <= 80


async def test_the_inbox_names_its_other_keys_as_remapped(demo_home, practice_as):
    with_keys(demo_home, {"inbox.hide": "z"})
    app = create_app(practice=practice_as("jreyes"))
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("i")
        await settle(pilot)
        detail = str(app.screen.query_one("#inbox-detail", Static).render())
        assert "Also: z hide · a assign" in detail and "? all keys" in detail


async def test_a_screen_closed_while_its_worker_runs_still_gives_the_worker_the_practice(
    practice_as,
):
    """'t' on the channels asks every network in a worker; Esc right after closed the screen,
    and the worker, asking the closed screen for the practice, ended the app."""
    from medsocial_tui.tui.screens.channels import ChannelsScreen

    app = create_app(practice=practice_as("jreyes"))
    async with app.run_test(size=(80, 24)) as pilot:
        screen = ChannelsScreen()
        await app.push_screen(screen)
        await settle(pilot)
        app.pop_screen()
        await settle(pilot)
        assert not screen.is_attached
        # as a worker thread runs: without the app's context (asyncio.to_thread would copy it)
        in_a_thread = asyncio.get_running_loop().run_in_executor(None, lambda: screen.practice)
        assert await in_a_thread is app.practice


async def test_the_queue_shows_the_post_just_written(practice_as):
    """Back from compose, the cursor stayed on the post it was on: the new post was a row
    somewhere in the list, its detail not shown."""
    app = create_app(practice=practice_as("jreyes"))
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        await pilot.press("n")
        await settle(pilot)
        app.screen.query_one("#text", TextArea).insert("Closed Friday for the holiday")
        await pilot.press("tab", "down", "down", "down", "space", "tab", *"friday 8am")
        await settle(pilot)
        await pilot.press("f3")
        await settle(pilot)
        assert type(app.screen).__name__ == "QueueScreen"
        assert app.screen.selected_post().text == "Closed Friday for the holiday"


async def test_the_policy_reminder_names_the_policy_key_as_remapped(demo_home, practice_as):
    with_keys(demo_home, {"policy": "f12"})
    app = create_app(practice=practice_as("tnguyen"))  # has not acknowledged the policy
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        said = "\n".join(str(n.message) for n in app._notifications)
        assert "press F12." in said and "press p" not in said


async def test_editing_a_post_goes_on_where_its_text_ends(practice_as):
    """e on a post, then words: they went before the post's first word."""
    app = create_app(practice=practice_as("jreyes"))
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        draft = [p.text.startswith("Parking lot") for p in app.screen.loaded].index(True)
        app.screen.query_one(DataTable).move_cursor(row=draft)
        await settle(pilot)
        arrive_at_once(app, "e Thanks")
        await settle(pilot)
        text = app.screen.query_one("#text", TextArea).text
        assert text.startswith("Parking lot") and text.endswith("entrance. Thanks"), text


async def test_a_key_run_as_it_arrives_does_not_overtake_the_keys_before_it(practice_as):
    """'down' then 't' at once: the retry is for the post below, where the cursor went."""
    app = create_app(practice=practice_as("jreyes"))
    async with app.run_test(size=(80, 24), notifications=True) as pilot:
        await settle(pilot)
        second = app.screen.loaded[1]
        app.post_message(events.Key("down", None))
        app.post_message(events.Key("t", "t"))
        await settle(pilot)
        assert app.screen.selected_post().id == second.id
        said = "\n".join(str(n.message) for n in app._notifications)
        assert f"post {second.id} " in said, said
