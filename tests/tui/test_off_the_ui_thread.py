"""Database and network work runs in thread workers that post messages back: the queue's
reads (views, the next page, a reload after another process wrote) and a person's changes
(retry, a staff form). Each test records on which thread the core was called."""

from __future__ import annotations

import threading

from textual.widgets import DataTable

from medsocial_tui.publishing import queue, queue_views
from medsocial_tui.records import staff
from medsocial_tui.records.acting import ActingAs
from medsocial_tui.tui.app import create_app
from medsocial_tui.tui.pilot import settle


def on_main_thread(monkeypatch, module, name: str) -> list[bool]:
    """Wrap ``module.name``: each call appends whether it ran on the UI (main) thread."""
    seen: list[bool] = []
    real = getattr(module, name)

    def recorded(*args, **kwargs):
        seen.append(threading.current_thread() is threading.main_thread())
        return real(*args, **kwargs)

    monkeypatch.setattr(module, name, recorded)
    return seen


async def test_views_and_reloads_are_read_in_worker_threads(practice_as, monkeypatch):
    practice = practice_as("jreyes")
    app = create_app(practice=practice)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        reads = on_main_thread(monkeypatch, queue_views, "page_after")
        draft = next(p.id for p in app.screen.loaded if p.status == "draft")
        queue.cancel(practice_as("ppatel"), draft, "changed elsewhere")
        await pilot.pause()  # a turn passes: commits are read once a turn (data_stamp)
        app.screen.poll_changes()
        await settle(pilot)
        assert any(p.id == draft and p.status == "canceled" for p in app.screen.loaded)
        await pilot.press("f")
        await settle(pilot)
        assert "needs a person" in str(app.screen.query_one("#status-line").render())
    # the reload and the view (read when `f` came, or ahead of it after the reload), and the
    # view after it read ahead: none on the UI thread
    assert len(reads) >= 2 and not any(reads)


async def test_a_retry_is_written_in_a_worker_thread(practice_as, monkeypatch):
    practice = practice_as("jreyes")
    writes = on_main_thread(monkeypatch, queue, "retry")
    app = create_app(practice=practice)
    async with app.run_test(size=(80, 24)) as pilot:
        screen = app.screen
        row = next(
            i
            for i, p in enumerate(screen.loaded)
            if any(d.state.value == "failed" for d in p.deliveries)
        )
        screen.query_one(DataTable).move_cursor(row=row)
        post_id = screen.loaded[row].id
        await pilot.press("t")
        await settle(pilot)
        shown = next(p for p in screen.loaded if p.id == post_id)
    assert writes == [False]
    assert all(d.state.value != "failed" for d in queue.get(practice.store, post_id).deliveries)
    assert all(d.state.value != "failed" for d in shown.deliveries)


async def test_a_staff_form_saves_in_a_worker_thread(practice_as, monkeypatch):
    practice = practice_as("ppatel")
    writes = on_main_thread(monkeypatch, staff, "add")
    app = create_app(practice=practice)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("p")
        await pilot.pause()
        await pilot.press("s")
        await pilot.pause()
        await pilot.press("n")
        await pilot.pause()
        assert type(app.screen).__name__ == "FormScreen"
        await pilot.press(*"npark", "enter", *"Nia Park", "enter")
        await pilot.pause()
        await pilot.press("f9")
        await settle(pilot)
        problem = [str(w.render()) for w in app.screen.query("#form-error, Input")]
        assert type(app.screen).__name__ == "StaffScreen", (writes, problem[-1])
    assert writes == [False]
    assert staff.by_login(practice.store, "npark") is not None


async def test_a_view_change_reads_nothing_on_the_ui_thread(practice_as, monkeypatch):
    """Another view (f) is read in a worker, and so is who may approve each post in review
    among its rows: the detail pane of 'waiting for review' says who, from what was read."""
    owner = practice_as("ppatel")
    staff.deactivate(ActingAs(owner.store, "ppatel"), "mchen")
    staff.deactivate(ActingAs(owner.store, "ppatel"), "lbrooks")
    post = queue.create(owner, queue.Compose(text="Open Saturday 9 to 1.", accounts=["snapchat"]))
    queue.submit(owner, post.id)
    from medsocial_tui.tui.screens import queue as queue_screen

    app = create_app(practice=owner)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        reads = on_main_thread(monkeypatch, queue_views, "page_after")
        waits = on_main_thread(monkeypatch, queue_screen, "review_waits")
        await pilot.press("f", "f")  # "waiting for review"
        await settle(pilot)
        screen = app.screen
        assert screen.shown_view.name == "waiting for review"
        screen.query_one(DataTable).move_cursor(
            row=next(i for i, p in enumerate(screen.loaded) if p.id == post.id)
        )
        await pilot.pause()
        assert f"Nobody can approve post {post.id}" in str(screen.query_one("#detail").render())
    assert reads and not any(reads)
    assert waits and not any(waits)
