"""A fast typist's Enter and the letters after it arrive in one read (over SSH, over tmux):
the letters after an Enter belong to the next field, not to the one it left. Each test types
the whole sequence in one burst, posted to the app at once as its terminal driver does
(Pilot's ``press`` waits for the app after each key, which no terminal does, and passed
before the fix), as a walk of the app over tmux did when the templates' form put "Kids and
cavitiestomorrowour office" in its first field."""

from __future__ import annotations

from textual import events
from textual.keys import _character_to_key
from textual.widgets import Input, OptionList

from medsocial_tui.tui.app import create_app
from medsocial_tui.tui.pilot import settle, workers_done


async def burst(pilot, *keys: str) -> None:
    """``keys`` (single characters are typed, longer names pressed) at once, then settled."""
    for key in keys:
        if len(key) == 1:
            pilot.app.post_message(events.Key(_character_to_key(key), key))
        else:
            pilot.app.post_message(events.Key(key, "\r" if key == "enter" else None))
    await settle(pilot)


def values(app) -> dict[str, str]:
    return {i.id or "": i.value for i in app.screen.query(Input)}


async def test_a_template_s_fields_typed_in_one_burst_fill_each_field(practice_as, monkeypatch):
    monkeypatch.setenv("MEDSOCIAL_PLUGINS", "manual,mastodon,templates")
    app = create_app(practice=practice_as("jreyes"))
    async with app.run_test(size=(80, 24)) as pilot:
        app.action_go("templates")  # type: ignore[attr-defined]
        await settle(pilot)
        listing = app.screen.query_one("#template-list", OptionList)
        while listing.highlighted_option.id != "live_session":
            await pilot.press("down")
            await settle(pilot)
        await pilot.press("enter")
        await settle(pilot)
        assert app.focused is app.screen.query_one("#field-topic")
        await burst(pilot, *"Kids and cavities", "enter", *"thu 6pm", "enter", *"our office")
        typed = values(app)
        assert (typed["field-topic"], typed["field-starts"], typed["field-where"]) == (
            "Kids and cavities",
            "thu 6pm",
            "our office",
        )
        assert app.focused is app.screen.query_one("#field-where")


async def test_the_last_field_s_enter_writes_what_was_typed_before_it(practice_as, monkeypatch):
    """Enter on the last field writes the drafts with every letter typed ahead of it."""
    monkeypatch.setenv("MEDSOCIAL_PLUGINS", "manual,mastodon,templates")
    app = create_app(practice=practice_as("jreyes"))
    async with app.run_test(size=(80, 24)) as pilot:
        app.action_go("templates")  # type: ignore[attr-defined]
        await settle(pilot)
        assert app.screen.query_one("#template-list", OptionList).highlighted_option.id == (
            "article"
        )
        await pilot.press("enter")
        await settle(pilot)
        await burst(
            pilot, *"https://example.org/floss", "enter", *"Good advice on flossing.", "enter"
        )
        await workers_done(app)
        await settle(pilot)
        assert type(app.screen).__name__ == "ComposeScreen"
        assert "Good advice on flossing." in app.screen.post.text


async def test_the_hours_change_typed_in_one_burst_fills_each_field(practice_as):
    """Why, what (opening late), the days, the time and a note, in one burst from the
    queue: the time and the note land in their own fields, and nothing is posted before
    the last Enter."""
    app = create_app(practice=practice_as("jreyes"))
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        await burst(pilot, "o", "enter", "down", "enter", "enter", *"10am", "enter", *"Staff")
        assert type(app.screen).__name__ == "HoursScreen"
        typed = values(app)
        assert (typed["days"], typed["at"], typed["note"]) == ("today", "10am", "Staff")
        assert app.focused is app.screen.query_one("#note")


async def test_a_staff_member_typed_in_one_burst_fills_each_field(practice_as):
    """The staff screen's forms move on as Enter is read (the form's priority Enter): from
    the queue, the staff screen, its new-member form and three fields in one burst."""
    app = create_app(practice=practice_as("ppatel"))
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        await burst(pilot, "p", "s", "n", *"npark", "enter", *"Nia Park", "enter", *"Front desk")
        assert type(app.screen).__name__ == "FormScreen"
        typed = values(app)
        assert (typed["f-login"], typed["f-name"], typed["f-title"]) == (
            "npark",
            "Nia Park",
            "Front desk",
        )


async def test_an_authorisation_typed_in_one_burst_fills_each_field(practice_as):
    """From the queue, the authorisations, the new form, a name, Enter past four fields
    (their values kept) and where the signed form is, in one burst."""
    app = create_app(practice=practice_as("ppatel"))
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        enters = ["enter"] * 5
        await burst(pilot, "p", "w", "n", *"Ana Lima", *enters, *"binder 2")
        assert type(app.screen).__name__ == "FormScreen"
        typed = values(app)
        assert (typed["f-patient"], typed["f-scope"], typed["f-networks"], typed["f-form"]) == (
            "Ana Lima",
            "text",
            "all",
            "binder 2",
        )
        assert typed["f-expires"] == ""


async def test_the_filter_form_chosen_in_one_burst_shows_what_was_chosen(practice_as):
    """The filter form opened, closed and opened again, then Tab, Tab, Enter (the status
    list opens), "app" (picks approved), Enter, Shift+Tab twice back to the text, a word and
    Enter, in one burst: the queue shows that word among approved posts. Before, the Tabs
    went up to the app's binding a message at a time while the field took the Enter behind
    them (the form closed on "all posts", and "p" opened the policy), and the list took the
    focus behind the letters meant for it (they were dropped)."""
    app = create_app(practice=practice_as("jreyes"))
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        await burst(pilot, "/", "escape", "/")
        assert type(app.screen).__name__ == "FilterScreen"
        await burst(pilot, "tab", "tab", "enter", *"app", "enter")
        await burst(pilot, "shift+tab", "shift+tab", *"fluoride", "enter")
        await workers_done(app)
        await settle(pilot)
        assert type(app.screen).__name__ == "QueueScreen"
        assert app.screen.view.name == '"fluoride" status approved'
        assert app.screen.view.filter.status == "approved"


async def test_a_post_s_kind_chosen_in_one_burst_leaves_the_text_as_typed(practice_as):
    """In compose, the kind list opened from the keyboard and an entry picked by its first
    letters, then back to the text with Shift+Tab, in one burst: the kind is the one typed
    and the letters are in no field they were not typed into."""
    app = create_app(practice=practice_as("jreyes"))
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        await burst(pilot, "n", *"Open late Thursday")
        assert type(app.screen).__name__ == "ComposeScreen"
        kind = app.screen.query_one("#kind")
        kind.focus()
        await settle(pilot)
        await burst(pilot, "enter", *"hours", "enter")
        assert str(kind.value) == "hours_change"
        assert app.focused is kind
