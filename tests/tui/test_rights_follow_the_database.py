"""What a person may do follows the database while the app runs: a policy published or a role
changed by someone else dims keys and says so; the app's own writes (a template's draft)
show in the queue; keys that are not yours are dimmed before any form or confirm; and an
approver's own post that nobody may approve says so, with the way out."""

from __future__ import annotations

import asyncio
import sqlite3
from datetime import date

import pytest
from textual.widgets import Static

from medsocial_tui.models import Role
from medsocial_tui.publishing import queue
from medsocial_tui.records import policy, staff
from medsocial_tui.records.acting import ActingAs
from medsocial_tui.tui.app import RIGHTS_POLL_SECONDS, create_app
from medsocial_tui.tui.pilot import settle, workers_done


def notices(app) -> str:
    return "\n".join(str(n.message) for n in app._notifications)


async def wait_for_poll(pilot) -> None:
    await pilot.pause(RIGHTS_POLL_SECONDS * 1.6)
    await pilot.pause()


async def test_a_policy_published_by_someone_else_dims_new_post_and_says_why(practice_as):
    app = create_app(practice=practice_as("jreyes"))
    admin = practice_as("ppatel")
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        assert app.screen.active_bindings["n"].enabled
        draft = policy.create_draft(
            ActingAs(admin.store, "ppatel"), from_number=1, practice_name="x"
        )
        policy.publish(ActingAs(admin.store, "ppatel"), draft.number, effective=date(2026, 11, 27))
        await wait_for_poll(pilot)
        assert not app.screen.active_bindings["n"].enabled
        assert f"acknowledge policy version {draft.number}" in notices(app)
        await pilot.press("n")
        await pilot.pause()
        assert type(app.screen).__name__ == "QueueScreen"
        assert "Not for you: read and acknowledge policy version" in notices(app)


async def test_a_role_taken_away_elsewhere_dims_the_key_at_once(practice_as):
    app = create_app(practice=practice_as("jreyes"))
    admin = practice_as("ppatel")
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        staff.change(ActingAs(admin.store, "ppatel"), "jreyes", roles=frozenset({Role.APPROVER}))
        await wait_for_poll(pilot)
        assert not app.screen.active_bindings["n"].enabled
        assert "You can no longer write posts" in notices(app)


@pytest.fixture
def with_templates(monkeypatch):
    monkeypatch.setenv("MEDSOCIAL_PLUGINS", "manual,mastodon,templates")


async def test_a_draft_written_from_a_template_is_in_the_queue_on_return(
    practice_as, with_templates
):
    app = create_app(practice=practice_as("jreyes"))
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        assert len(app.screen.loaded) == 12
        app.action_go("templates")
        await settle(pilot)  # the template list is read in a worker: on a busy machine
        await pilot.press("end", "enter")  # "end" before it arrived picked nothing
        await settle(pilot)
        await pilot.press(*"Why floss?", "enter", *"It cleans gaps.", "enter", "enter")
        await settle(pilot)
        assert type(app.screen).__name__ == "ComposeScreen"
        await workers_done(app)
        await pilot.press("escape")
        await pilot.pause()
        assert type(app.screen).__name__ == "QueueScreen"
        assert len(app.screen.loaded) == 13
        assert any(p.text.startswith("Q: Why floss?") for p in app.screen.loaded)


async def test_hours_are_refused_before_any_form_to_someone_who_has_not_acknowledged(
    practice_as,
):
    app = create_app(practice=practice_as("sokafor"))
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        assert not app.screen.active_bindings["o"].enabled
        await pilot.press("o")
        await pilot.pause()
        assert type(app.screen).__name__ == "QueueScreen"
        assert "Not for you: read and acknowledge policy version 1" in notices(app)


async def test_training_and_staff_keys_are_dimmed_for_someone_who_is_not_an_admin(practice_as):
    app = create_app(practice=practice_as("jreyes"))
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("p")
        await pilot.pause()
        await pilot.press("s")
        await pilot.pause()
        assert type(app.screen).__name__ == "StaffScreen"
        for key in ("t", "n", "c", "u"):
            assert not app.screen.active_bindings[key].enabled, key
        await pilot.press("t")
        await pilot.pause()
        assert type(app.screen).__name__ == "StaffScreen"
        assert "Not for you: record training needs the admin role" in notices(app)


async def test_an_approvers_own_post_says_nobody_can_approve_it_and_the_way_out(practice_as):
    owner = practice_as("ppatel")
    staff.deactivate(ActingAs(owner.store, "ppatel"), "mchen")
    staff.deactivate(ActingAs(owner.store, "ppatel"), "lbrooks")
    post = queue.create(owner, queue.Compose(text="Open Saturday 9 to 1.", accounts=["snapchat"]))
    post = queue.submit(owner, post.id)
    assert post.status == "in_review"
    app = create_app(practice=owner)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        screen = app.screen
        row = next(i for i, p in enumerate(screen.loaded) if p.id == post.id)
        screen.query_one("DataTable").move_cursor(row=row)
        await pilot.pause()
        detail = str(screen.query_one("#detail", Static).render())
        assert f"Nobody can approve post {post.id}" in detail
        await pilot.press("enter")
        await pilot.pause()
        text = str(app.screen.query_one("#post-text", Static).render())
        assert "ppatel may not approve their own post" in text
        assert "adds a second approver" in text and "one_person_practice" in text
        await pilot.press("escape", "v")
        await pilot.pause()
        status = str(app.screen.query_one("#status-line", Static).render())
        assert f"Your post(s) {post.id}: nobody can approve them" in status


async def test_a_post_another_approver_can_take_says_who(practice_as):
    owner = practice_as("ppatel")
    post = queue.create(owner, queue.Compose(text="Open Saturday 9 to 1.", accounts=["snapchat"]))
    queue.submit(owner, post.id)
    app = create_app(practice=owner)
    async with app.run_test(size=(80, 24)) as pilot:
        from medsocial_tui.tui.screens.post import PostScreen

        await app.push_screen(PostScreen(post.id))
        await pilot.pause()
        text = str(app.screen.query_one("#post-text", Static).render())
        assert "Waiting for mchen, lbrooks to approve or send it back." in text


async def test_the_queues_review_key_is_dimmed_for_an_author_and_says_why(practice_as):
    app = create_app(practice=practice_as("jreyes"))
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        assert not app.screen.active_bindings["v"].enabled
        await pilot.press("v")
        await pilot.pause()
        assert type(app.screen).__name__ == "QueueScreen"
        assert "Not for you: approve needs the approver role" in notices(app)


async def test_acknowledging_the_policy_takes_its_reminder_away_and_says_what_it_opened(
    practice_as,
):
    app = create_app(practice=practice_as("sokafor"))
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        assert "Read and acknowledge policy version 1" in notices(app)
        await pilot.press("p")
        await settle(pilot)
        await pilot.press("a", "y")  # acknowledge, and yes to "Acknowledge … as …?"
        await settle(pilot)
        said = notices(app)
        assert "Thank you: version 1 acknowledged." in said
        assert "Read and acknowledge" not in said and "compose now" not in said
        await wait_for_poll(pilot)
        assert "You can now write posts, answer the inbox, post hours changes." in notices(app)


async def test_another_process_s_commit_is_asked_about_once_a_turn_and_seen_at_the_next(
    practice_as,
):
    """On the UI thread the app asks SQLite whether another connection committed once per
    turn of the event loop (one key asked a dozen times: a query each); a commit made
    meanwhile shows at the next turn, and the app's own writes at once."""
    practice = practice_as("jreyes")
    app = create_app(practice=practice)
    conn = practice.store.db.conn
    path = conn.execute("PRAGMA database_list").fetchone()[2]
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        asked: list[str] = []
        conn.set_trace_callback(asked.append)
        other = sqlite3.connect(path)
        try:
            first = app.data_stamp()
            assert all(app.data_stamp() == first for _ in range(10))
            assert sum("data_version" in sql for sql in asked) == 1
            with other:
                other.execute("CREATE TABLE another_process (x)")
            assert app.data_stamp() == first  # the same turn
            await asyncio.sleep(0)
            committed = app.data_stamp()
            assert committed[0] != first[0]
            with conn:
                conn.execute("INSERT INTO another_process VALUES (1)")
            assert app.data_stamp()[1] != committed[1]  # its own write: at once
        finally:
            conn.set_trace_callback(None)
            other.close()
