"""What a staff member met walking the app over tmux at 80x24 (session 2026-12-02 b), each
found by hand first and then pinned here with Pilot."""

from __future__ import annotations

from datetime import datetime, timedelta

from textual.coordinate import Coordinate
from textual.geometry import Region
from textual.widgets import DataTable, Static, TextArea

from medsocial_tui.home.identity import Access, Identity
from medsocial_tui.publishing import queue
from medsocial_tui.records import policy
from medsocial_tui.tui.app import create_app
from medsocial_tui.tui.pilot import settle as pilot_settle

from .test_compose_and_review import settle, type_post
from .test_performance_screen import wait_for_numbers
from .test_what_a_newcomer_misreads import notices, to_post


def policy_editor(practice_as):
    """The practice as lbrooks, who may edit the policy, signed in over SSH."""
    practice = practice_as("lbrooks")
    practice.identity = Identity("lbrooks", Access.SSH)
    return practice


async def open_the_draft(pilot) -> policy.PolicyVersion:
    """p v, down to the policy's draft, e: the draft open in the editor (returned)."""
    app = pilot.app
    draft = next(v for v in policy.versions(app.practice.store) if v.is_draft)
    await pilot.press("p", "v")
    await pilot_settle(pilot)
    while app.screen.selected().number != draft.number:
        await pilot.press("down")
    await pilot.press("e")
    await pilot_settle(pilot)
    return draft


def when_words(app) -> str:
    """The line under 'when' as it shows on screen (cut at the column's width)."""
    shown = app.screen.query_one("#when-words", Static)
    return "".join(strip.text for strip in shown.render_lines(Region(0, 0, *shown.size)))


async def test_a_day_without_a_time_asks_for_the_time(practice_as):
    """ "tomorrow" alone was read as this very minute of tomorrow (08:29 typed at 08:29) and
    "next Monday" as midnight; compose showed it in grey and the post went out then."""
    app = create_app(practice=practice_as("jreyes"))
    async with app.run_test(size=(80, 24)) as pilot:
        await type_post(pilot, "Flu shots this week", [3], "tomorrow")
        said = when_words(app)
        assert "has no time" in said, said
        assert 'try "tomorrow 9am"' in said, "the example fits the line at 80x24"
        await pilot.press(*" 9am")
        await settle(pilot)
        assert "tomorrow, Sat 28 Nov 2026 09:00" in when_words(app)


async def test_sending_a_held_delivery_does_not_say_it_failed_before(practice_as):
    """'t' on the held Thanksgiving reminder's facebook delivery said "so it will fail
    again": it had never been sent (it missed its time), and its next step said "retry"."""
    app = create_app(practice=practice_as("jreyes"))
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot_settle(pilot)
        await to_post(pilot, "Reminder: our office is closed")
        held = [d.account_id for d in app.screen.selected_post().deliveries if d.state == "held"]
        assert held[0] == "facebook"
        detail = str(app.screen.query_one("#detail", Static).render())
        assert "retry" not in detail and "send it late after all" in detail
        await pilot.press("t")
        await pilot_settle(pilot)
        await pilot.press("1")
        await pilot_settle(pilot)
        said = notices(app)
        assert "facebook: goes out at the next send round, but it is not connected" in said
        assert "so it will fail unless it is connected first" in said


async def test_a_policy_draft_that_cannot_be_read_says_not_saved_once(practice_as):
    """F4 on a draft with text before its first section showed "Cannot do that" above
    "Cannot do that: text before the first section"; a draft refused on saving (two sections
    with one key) reads "Not saved" above the reason, and so does this one now."""
    app = create_app(practice=policy_editor(practice_as))
    async with app.run_test(size=(80, 24)) as pilot:
        await open_the_draft(pilot)
        app.screen.query_one(TextArea).load_text("Our policy, before any section.")
        await pilot.press("f4")
        await pilot_settle(pilot)
        shown = [(n.title, n.message) for n in app._notifications]
        assert shown[-1][0] == "Not saved", shown
        assert shown[-1][1].startswith("Cannot do that: text before the first section")
        assert type(app.screen).__name__ == "PolicyEditorScreen"


async def test_notices_do_not_stack_over_the_queue(practice_as):
    """Four 't' on posts with nothing to retry left four notices stacked under the queue at
    80x24, with the start's policy reminder: the list kept five of its eleven rows. The two
    newest show; an older notice gives way."""
    app = create_app(practice=practice_as("jreyes"))
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot_settle(pilot)
        table = app.screen.query_one(DataTable)
        rows_alone = table.size.height
        for post in ("Our new hygienist", "Did you know?", "Q: How often", "Teeth whitening"):
            await to_post(pilot, post)
            await pilot.press("t")
            await pilot_settle(pilot)
        said = [str(n.message) for n in app._notifications]
        assert len(said) == 2, said
        last = app.screen.selected_post().id
        assert "has no delivery that is failed" in said[0]
        assert said[1].startswith(f"Retry: post {last} has no delivery")
        await pilot_settle(pilot)
        assert table.size.height >= rows_alone - 3


async def test_the_chart_s_scale_reads_in_even_whole_steps(practice_as):
    """The week's chart at 80x24 was labelled 87.0, 72.5, 43.5, 29.0, 0.0 down its five rows:
    counts of interactions with halves, and two steps missing."""
    app = create_app(practice=practice_as("jreyes"))
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("d")
        await wait_for_numbers(pilot)
        drawn = app.screen.query_one("#perf-chart").render().plain.splitlines()
        scale = [(row, line.split("┤")[0].strip()) for row, line in enumerate(drawn) if "┤" in line]
        assert len(scale) >= 3, drawn
        assert all(label.isdigit() for _, label in scale), scale
        values = [int(label) for _, label in scale]
        rows = [row for row, _ in scale]
        assert len({a - b for a, b in zip(values, values[1:], strict=False)}) == 1, scale
        assert len({b - a for a, b in zip(rows, rows[1:], strict=False)}) == 1, scale
        assert values[-1] == 0


async def test_an_early_post_shows_in_its_own_hour_on_the_week(practice_as):
    """The week's rows ran 06h to 21h: a post at 05:30 showed in the 06h row, and one at
    23:00 in 21h. Every hour has its row; the week opens with 06h at the top."""
    practice = practice_as("jreyes")
    tomorrow = datetime(2026, 11, 28, tzinfo=practice.tz)
    for hour, words in ((5, "Early bird"), (23, "Night owl")):
        queue.create(
            practice,
            queue.Compose(
                text=f"{words} post",
                accounts=["snapchat"],
                scheduled_at=tomorrow + timedelta(hours=hour, minutes=30),
            ),
        )
    app = create_app(practice=practice)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("c")
        await pilot_settle(pilot)
        table = app.screen.query_one(DataTable)
        labels = [str(table.get_row_at(row)[0]) for row in range(table.row_count)]
        saturday = 6
        early = labels.index("05h")
        assert str(table.get_cell_at(Coordinate(early, saturday))).startswith("Early b")
        late = labels.index("23h")
        assert str(table.get_cell_at(Coordinate(late, saturday))).startswith("Night o")
        assert table.scroll_y == labels.index("06h")


async def test_compose_says_how_to_select_all_the_text(practice_as):
    """Compose's help listed F7 as the policy and said nothing of selecting the text: a person
    who wanted to replace what they wrote deleted it a line at a time. F7 in the text selects
    it all, and the help says so."""
    app = create_app(practice=practice_as("jreyes"))
    async with app.run_test(size=(80, 24)) as pilot:
        await type_post(pilot, "Flu shots this week", [3], "tomorrow 9am")
        await pilot.press("shift+tab", "shift+tab")
        area = app.screen.query_one(TextArea)
        assert area.has_focus
        await pilot.press("f7")
        await pilot_settle(pilot)
        assert area.selected_text == "Flu shots this week"
        assert type(app.screen).__name__ == "ComposeScreen"
        await pilot.press("f1")
        await pilot_settle(pilot)
        shown = app.screen.query_one("#help-text")
        lines = [strip.text for strip in shown.render_lines(Region(0, 0, *shown.size))]
        helped = " ".join(" ".join(lines).split())
        assert "In the text, F7 selects all of it" in helped


async def test_the_month_opens_on_the_day_the_week_was_on(practice_as):
    """From the week, m kept the cursor's row and column: the row was an hour there and a
    week here, so the month opened on another week than the day looked at."""
    app = create_app(practice=practice_as("jreyes"))
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("c")
        await pilot_settle(pilot)
        await pilot.press("m")
        await pilot_settle(pilot)
        table = app.screen.query_one(DataTable)
        friday = table.get_cell_at(table.cursor_coordinate)
        assert str(friday).startswith("27"), friday
