"""The Policy & Staff area at 80x24, keyboard only: read and acknowledge, staff and their
flags, and what admins do there."""

from __future__ import annotations

import pytest
from textual.widgets import DataTable, Input

from medsocial_tui.home.practice import open_practice
from medsocial_tui.records import audit_notes, policy, staff, training
from medsocial_tui.tui.app import create_app
from medsocial_tui.tui.pilot import plain_text, settle
from medsocial_tui.tui.screens.help import HelpScreen

SIZE = (80, 24)


@pytest.fixture
def as_user(demo_practice, monkeypatch):
    """The demo practice opened again as another login (MEDSOCIAL_USER)."""
    opened = []

    def open_as(login: str):
        monkeypatch.setenv("MEDSOCIAL_USER", login)
        practice = open_practice(demo_practice.home)
        opened.append(practice)
        return practice

    return open_as


def _fresh(practice):
    """The app closes its practice on exit; read what it wrote through a new connection."""
    return practice.reopen_store()


def _text(app, selector: str) -> str:
    return str(app.screen.query_one(selector).render())


async def _type(pilot, text: str) -> None:
    for ch in text:
        await pilot.press(ch if ch != " " else "space")


async def test_someone_who_has_not_acknowledged_sees_why_and_acknowledges_there(as_user):
    practice = as_user("tnguyen")
    me = staff.by_login(practice.store, "tnguyen")
    assert not staff.decide(practice.store, me, staff.Action.COMPOSE).allowed
    app = create_app(practice=practice)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("p")
        await settle(pilot)
        assert type(app.screen).__name__ == "PolicyScreen"
        assert "cannot compose, approve or reply" in _text(app, "#policy-status")
        await pilot.press("a")
        await settle(pilot)
        assert type(app.screen).__name__ == "Confirm"
        assert "Acknowledge policy version" in app.screen.question
        assert not staff.decide(_fresh(practice), me, staff.Action.COMPOSE).allowed
        await pilot.press("y")
        await settle(pilot)
        assert "You acknowledged it" in _text(app, "#policy-status")
    assert staff.decide(_fresh(practice), me, staff.Action.COMPOSE).allowed


async def test_a_stray_a_on_the_policy_makes_no_acknowledgement(as_user):
    """An acknowledgement is asked for as a signature is: "a" then "n" (or Esc) records
    nothing, and the reminder stays."""
    practice = as_user("tnguyen")
    me = staff.by_login(practice.store, "tnguyen")
    assert me is not None
    app = create_app(practice=practice)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("p")
        await settle(pilot)
        for no in ("n", "escape"):
            await pilot.press("a")
            await settle(pilot)
            assert type(app.screen).__name__ == "Confirm"
            await pilot.press(no)
            await settle(pilot)
            assert type(app.screen).__name__ == "PolicyScreen"
            assert "cannot compose, approve or reply" in _text(app, "#policy-status")
    assert not staff.decide(_fresh(practice), me, staff.Action.COMPOSE).allowed


async def test_the_policy_area_opens_from_f7_and_the_command_palette(demo_practice):
    app = create_app(practice=demo_practice)
    async with app.run_test(size=SIZE) as pilot:
        titles = [c.title for c in app.get_system_commands(app.screen)]
        assert {"Policy: Read and acknowledge", "Policy: Versions", "Staff: List"} <= set(titles)
        await pilot.press("f7")
        await pilot.pause()
        assert type(app.screen).__name__ == "PolicyScreen"
        await pilot.press("escape")
        await pilot.pause()
        assert type(app.screen).__name__ == "QueueScreen"


async def test_the_staff_list_flags_missing_acknowledgements_and_overdue_training(demo_practice):
    app = create_app(practice=demo_practice)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("p", "s")
        await pilot.pause()
        table = app.screen.query_one(DataTable)
        rows = {
            str(table.get_row_at(i)[0]): [str(c) for c in table.get_row_at(i)]
            for i in range(table.row_count)
        }
        assert rows["Sam Okafor"][2] == "MISSING"
        assert rows["Sam Okafor"][3] == "no training on record"
        assert rows["Tina Nguyen"][3].startswith("OVERDUE since")
        assert "2 to acknowledge" in _text(app, "#status-line")


async def test_an_admin_adds_a_new_hire_from_the_keyboard(demo_practice):
    app = create_app(practice=demo_practice)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("p", "s", "n")
        await pilot.pause()
        assert type(app.screen).__name__ == "FormScreen"
        await _type(pilot, "npark")
        await pilot.press("enter")
        await _type(pilot, "Nia Park")
        await pilot.press("enter", "enter", "enter", "enter")
        await pilot.pause()
        assert type(app.screen).__name__ == "StaffScreen"
    store = _fresh(demo_practice)
    hire = staff.by_login(store, "npark")
    assert hire.name == "Nia Park" and policy.unacknowledged_version(store, hire.id)


async def test_an_admin_records_training_and_the_overdue_flag_goes(demo_practice):
    app = create_app(practice=demo_practice)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("p", "s")
        await pilot.pause()
        table = app.screen.query_one(DataTable)
        names = [str(table.get_row_at(i)[0]) for i in range(table.row_count)]
        table.move_cursor(row=names.index("Tina Nguyen"))
        await pilot.press("t")
        await pilot.pause()
        await pilot.press("f9")
        await pilot.pause()
        assert type(app.screen).__name__ == "StaffScreen"
        row = table.get_row_at(names.index("Tina Nguyen"))
        assert not str(row[3]).startswith("OVERDUE")
    assert "tnguyen" not in {s.login for s in training.overdue(_fresh(demo_practice))}


async def test_an_audit_note_with_patient_information_stays_in_the_form_unsaved(demo_practice):
    app = create_app(practice=demo_practice)
    before = len(audit_notes.notes(demo_practice.store))
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("p", "s", "u")
        await pilot.pause()
        seen = app.screen.query_one("#f-seen", Input)
        seen.value = "Replied to a patient at 555-201-7788"
        await pilot.press("f9")
        await pilot.pause()
        assert type(app.screen).__name__ == "FormScreen"
        assert "nothing was saved" in _text(app, "#form-error")
        seen.value = "Two posts about the office; fine."
        await pilot.press("f9")
        await pilot.pause()
        assert type(app.screen).__name__ == "StaffScreen"
    assert len(audit_notes.notes(_fresh(demo_practice))) == before + 1


async def test_an_author_is_told_in_words_that_managing_staff_needs_an_admin(as_user):
    practice = as_user("jreyes")
    app = create_app(practice=practice)
    async with app.run_test(size=SIZE, notifications=True) as pilot:
        await pilot.press("p", "s", "x")
        await pilot.pause()
        await pilot.press("y")
        await pilot.pause()
        messages = [n.message for n in app._notifications]
        assert any("admin role" in m for m in messages)
    assert all(m.active for m in staff.everyone(_fresh(practice)))


async def test_an_admin_compares_and_publishes_the_draft_and_everyone_acknowledges_again(
    demo_practice,
):
    app = create_app(practice=demo_practice)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("p", "v")
        await pilot.pause()
        assert type(app.screen).__name__ == "VersionsScreen"
        await pilot.press("d")
        await pilot.pause()
        assert type(app.screen).__name__ == "DiffScreen"
        await pilot.press("escape", "p")
        await pilot.pause()
        assert type(app.screen).__name__ == "Confirm"
        await pilot.press("y")
        await pilot.pause()
    store = _fresh(demo_practice)
    assert policy.current_version(store).number == 2
    assert len(policy.not_acknowledged(store)) == len(staff.everyone(store))


async def test_help_lists_the_policy_keys(demo_practice):
    app = create_app(practice=demo_practice)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("p", "question_mark")
        await pilot.pause()
        assert isinstance(app.screen, HelpScreen)
        text = plain_text(app.screen.body())
        assert "Acknowledge" in text and "Policy & staff" in text


async def test_the_queue_says_where_to_acknowledge_and_offers_compose_after(as_user):
    app = create_app(practice=as_user("tnguyen"))
    async with app.run_test(size=SIZE, notifications=True) as pilot:
        await pilot.pause()
        assert any("press p" in n.message for n in app._notifications)
        assert not app.screen.check_action("compose", ())
        await pilot.press("p", "a", "y", "escape")
        await pilot.pause()
        assert type(app.screen).__name__ == "QueueScreen"
        assert app.screen.check_action("compose", ())


def test_a_database_change_before_the_policy_screen_is_drawn_is_no_crash() -> None:
    """The app tells every open screen of another connection's write; one noticed as the
    policy screen opened, before its widgets were there, crashed the app (NoMatches on
    '#policy-status'). Its first drawing reads the database anyway."""
    from medsocial_tui.tui.screens.policy import PolicyScreen

    screen = PolicyScreen()
    screen.database_changed()  # no widgets yet: nothing to redraw, and no error
    assert screen.shown is None


async def test_a_database_change_noticed_as_the_policy_screen_goes_stops_nothing(as_user):
    """The app's timer may notice a change (the acknowledgement just written) while the
    policy screen's widgets are being removed as the app closes: it read '#policy-status'
    there and stopped the app with NoMatches (CI on two cores). Here the widget is gone and
    the change comes: nothing to redraw, nothing raised."""
    practice = as_user("tnguyen")
    app = create_app(practice=practice)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("p")
        await settle(pilot)
        screen = app.screen
        assert type(screen).__name__ == "PolicyScreen"
        await screen.query_one("#policy-status").remove()
        screen.database_changed()
        await settle(pilot)
        assert type(app.screen).__name__ == "PolicyScreen"
