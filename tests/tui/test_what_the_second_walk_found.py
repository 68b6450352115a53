"""What the second tmux walk at 80x24 confirmed of what the first one left (session
2026-12-02 c), each seen by hand first and then pinned here with Pilot."""

from __future__ import annotations

from textual.geometry import Region
from textual.widgets import Input, OptionList, Static, TextArea

from medsocial_tui.records import policy
from medsocial_tui.tui.app import create_app
from medsocial_tui.tui.pilot import settle, workers_done

from .test_compose_and_review import type_post
from .test_what_a_newcomer_misreads import notices, to_post
from .test_what_a_newcomer_trips_over import to_an_item_that_can_be_answered
from .test_what_the_tmux_walk_found import open_the_draft, policy_editor


def detail(app) -> str:
    return str(app.screen.query_one("#detail", Static).render())


async def test_the_demo_s_held_delivery_says_how_late_it_really_is(practice_as):
    """The held Thanksgiving reminder (yesterday 06:00) said "missed its time by 4 h 10 min"
    whatever the time: over tmux it was 26 h late. At the pinned 09:00 it is 27 h."""
    app = create_app(practice=practice_as("jreyes"))
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        await to_post(pilot, "Reminder: our office is closed")
        shown = detail(app)
        assert "missed its time by 27 h; publish now or cancel" in shown, shown
        assert "4 h 10 min" not in shown


async def test_a_held_delivery_sent_after_all_says_when_it_goes(practice_as):
    """'t' then '2' on the held reminder's google delivery left it reading "scheduled (will
    go out at its time)" under the post's time, yesterday 06:00: it goes at the next round."""
    app = create_app(practice=practice_as("jreyes"))
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        await to_post(pilot, "Reminder: our office is closed")
        await pilot.press("t")
        await settle(pilot)
        await pilot.press("2")
        await settle(pilot)
        shown = detail(app)
        assert "google: scheduled (due now: goes out at the next send round)" in shown, shown
        assert "will go out at its time" not in shown
        await to_post(pilot, "Our new hygienist Tina")
        assert "will go out at its time" in detail(app), "a post still to come says so"


async def test_a_template_s_start_time_asks_for_the_time_of_a_day_alone(practice_as, monkeypatch):
    """The live session template's "Starts" took "tomorrow" and announced the session for
    this very minute tomorrow (09:00); it asks for the time as compose does."""
    monkeypatch.setenv("MEDSOCIAL_PLUGINS", "manual,mastodon,templates")
    app = create_app(practice=practice_as("jreyes"))
    async with app.run_test(size=(80, 24)) as pilot:
        app.action_go("templates")
        await settle(pilot)
        listing = app.screen.query_one("#template-list", OptionList)
        listing.highlighted = listing.get_option_index("live_session")
        await settle(pilot)
        await pilot.press("enter")
        await pilot.press(*"Kids and cavities", "enter", *"tomorrow", "enter")
        await pilot.press(*"our office", "enter", "enter", "enter")
        await workers_done(app)
        await settle(pilot)
        assert type(app.screen).__name__ == "TemplatesScreen"
        assert "'tomorrow' has no time" in notices(app), notices(app)
        starts = app.screen.query_one("#field-starts", Input)
        starts.value = "tomorrow 6pm"
        await pilot.press("f4")
        await workers_done(app)
        await settle(pilot)
        assert type(app.screen).__name__ == "ComposeScreen"


async def test_a_section_typed_above_the_policy_title_is_refused(practice_as):
    """ "## Oops" typed above the draft's "# Title" line saved the title as the first line
    of a new section "Oops" (8 sections); the editor refuses it and says why."""
    practice = policy_editor(practice_as)
    app = create_app(practice=practice)
    async with app.run_test(size=(80, 24)) as pilot:
        draft = await open_the_draft(pilot)
        await pilot.press("ctrl+home", *"## Oops", "enter", "f4")
        await settle(pilot)
        shown = [(n.title, n.message) for n in app._notifications]
        assert shown[-1][0] == "Not saved", shown
        assert "the '# Title' line is below a section" in shown[-1][1]
        assert type(app.screen).__name__ == "PolicyEditorScreen"
    kept = next(v for v in policy.versions(practice.store) if v.number == draft.number)
    assert kept.title == draft.title and len(kept.sections) == len(draft.sections)


async def test_compose_s_help_lists_the_area_keys_after_esc(practice_as):
    """In compose, F7 on the accounts did nothing (compose holds the post: areas wait) while
    its help listed "F7 Policy" under "Everywhere". The help lists the keys that leave
    under their own title, and F7 there still leaves compose be."""
    app = create_app(practice=practice_as("jreyes"))
    async with app.run_test(size=(80, 24)) as pilot:
        await type_post(pilot, "Flu shots this week", [3], "tomorrow 9am")
        await pilot.press("shift+tab")
        await pilot.press("f7")
        await settle(pilot)
        assert type(app.screen).__name__ == "ComposeScreen"
        await pilot.press("f1")
        await settle(pilot)
        shown = app.screen.query_one("#help-text")
        lines = [strip.text.strip() for strip in shown.render_lines(Region(0, 0, *shown.size))]
        everywhere = lines.index("Everywhere")
        after_esc = lines.index("After Esc (they wait while this is being written)")
        assert everywhere < after_esc
        policy = next(n for n, line in enumerate(lines) if line.startswith("F7 "))
        assert policy > after_esc, lines
        helped = next(n for n, line in enumerate(lines) if line.startswith("F1 "))
        assert everywhere < helped < after_esc, "help itself works everywhere"


async def test_the_reply_s_help_says_f7_selects_all_of_it(practice_as):
    """F7 in a reply selects all of it (to rewrite it whole), as in compose, but neither the
    reply's help nor docs/tui.md said so."""
    app = create_app(practice=practice_as("jreyes"))
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        await to_an_item_that_can_be_answered(pilot)
        await pilot.press("r")
        await settle(pilot)
        assert type(app.screen).__name__ == "ReplyScreen"
        await pilot.press(*"Thank you")
        await pilot.press("f7")
        await settle(pilot)
        assert app.screen.query_one(TextArea).selected_text == "Thank you"
        await pilot.press("f1")
        await settle(pilot)
        shown = app.screen.query_one("#help-text")
        lines = [strip.text for strip in shown.render_lines(Region(0, 0, *shown.size))]
        assert "In the reply, F7 selects all of it" in " ".join(" ".join(lines).split())


async def test_arrowing_through_the_templates_does_not_end_the_app(practice_as, monkeypatch):
    """Down four times at once on the template list (over the health alerts, which each ask
    for a link) ended the app with DuplicateIds 'field-link': each template's fields were
    mounted before the last one's had gone."""
    monkeypatch.setenv("MEDSOCIAL_PLUGINS", "manual,mastodon,templates")
    app = create_app(practice=practice_as("jreyes"))
    async with app.run_test(size=(80, 24)) as pilot:
        app.action_go("templates")
        await settle(pilot)
        await pilot.press("down", "down", "down", "down")
        await settle(pilot)
        assert type(app.screen).__name__ == "TemplatesScreen"
        listing = app.screen.query_one("#template-list", OptionList)
        assert listing.highlighted == 4
        shown = [i.id for i in app.screen.query("#template-fields Input")]
        asked = app.screen.available[app.screen.key].fields
        assert shown == [f"field-{spec.name}" for spec in asked]
