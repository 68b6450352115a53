"""What staff meet around the posting flow, found walking it at 80x24 over SSH: the inbox
says a reply's state in words and, in the app, how an approver approves it."""

from __future__ import annotations

from textual.widgets import TextArea

from medsocial_tui.listening import inbox
from medsocial_tui.listening.inbox_states import REPLY_WORDS, ReplyState
from medsocial_tui.records.staff import ACTION_WORDS, Action
from medsocial_tui.testing.cli import invoke
from medsocial_tui.tui.app import create_app
from medsocial_tui.tui.pilot import settle

APOLOGY = "We are sorry to hear about the wait. Please call the office so we can look into it."


def test_every_reply_state_has_words() -> None:
    assert set(REPLY_WORDS) == set(ReplyState)


async def test_a_reply_to_a_bad_review_says_how_the_app_approves_it(
    practice_as, monkeypatch
) -> None:
    monkeypatch.setenv("MEDSOCIAL_PLUGINS", "manual,google_business")  # the review's network
    app = create_app(practice=practice_as("jreyes"))
    practice = app.practice
    async with app.run_test(size=(80, 24)) as pilot:
        for keys in (("i",), ("down", "down", "down")):  # the inbox; the 1-star review
            await settle(pilot)
            await pilot.press(*keys)
        await settle(pilot)
        item = app.screen.selected()
        assert item is not None and item.rating == 1
        await pilot.press("r")
        await settle(pilot)
        app.screen.query_one(TextArea).insert(APOLOGY)
        await pilot.press("f5")
        await settle(pilot)
        assert type(app.screen).__name__ == "InboxScreen"
        notices = "\n".join(str(n.message) for n in app._notifications)
        assert "waits for an approver" in notices, notices
        # the person is at the app: the key, not a command line they may not have
        assert "with y" in notices and "medsocial inbox approve" not in notices
        detail = "\n".join(line for line, _ in inbox.detail(practice, item))
        assert "waiting for an approver" in detail and "waiting_approval" not in detail


def test_on_the_command_line_the_waiting_reply_names_the_command(demo_home, monkeypatch) -> None:
    monkeypatch.setenv("MEDSOCIAL_PLUGINS", "manual,google_business")
    result = invoke("inbox", "reply", "3", APOLOGY, home=demo_home, login="jreyes")
    assert result.returncode == 0, result.stderr
    assert "waits for an approver" in result.stdout
    assert "`medsocial inbox approve " in result.stdout
    shown = invoke("inbox", "show", "3", home=demo_home, login="jreyes")
    assert "by jreyes, waiting for an approver: We are sorry" in shown.stdout


async def test_a_person_whose_training_is_missing_is_told_on_opening(practice_as) -> None:
    """Only the staff screen said Sam had no training on record; Sam never opened it."""
    app = create_app(practice=practice_as("sokafor"))
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        notices = "\n".join(str(n.message) for n in app._notifications)
        assert "Read and acknowledge policy version 1" in notices
        assert "Your social-media training: no training on record" in notices


async def test_someone_trained_is_not_told_about_training(practice_as) -> None:
    app = create_app(practice=practice_as("jreyes"))
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        notices = "\n".join(str(n.message) for n in app._notifications)
        assert "training" not in notices


async def test_someone_whose_training_is_due_soon_is_told_when(practice_as) -> None:
    from datetime import timedelta

    from medsocial_tui.records import training
    from medsocial_tui.records.acting import ActingAs

    practice = practice_as("jreyes")
    today = practice.today()
    due = today + timedelta(days=training.DUE_SOON_DAYS)
    training.record(ActingAs(practice.store, "ppatel"), "jreyes", completed_on=today, next_due=due)
    app = create_app(practice=practice)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        notices = "\n".join(str(n.message) for n in app._notifications)
        assert f"Your social-media training: due {due.isoformat()}" in notices


def test_every_right_has_words() -> None:
    assert set(ACTION_WORDS) == set(Action)
