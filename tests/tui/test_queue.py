"""The queue at 80x24: pages from the database, filters by state, account, author and date,
failures in words with the next action on a key, and the post in full on Enter."""

from __future__ import annotations

import threading

from textual.widgets import DataTable, Select

from medsocial_tui.publishing import queue, queue_views
from medsocial_tui.tui.app import create_app
from medsocial_tui.tui.pilot import settle, workers_done
from medsocial_tui.tui.screens.queue import PAGE_SIZE, WINDOW, QueueScreen
from medsocial_tui.tui.screens.queue_filter import PRESETS

from .conftest import add_published_posts


def status(app) -> str:
    return str(app.screen.query_one("#status-line").render())


def detail(app) -> str:
    return str(app.screen.query_one("#detail").render())


async def point_at(pilot, predicate) -> None:
    screen = pilot.app.screen
    row = next(i for i, p in enumerate(screen.loaded) if predicate(p))
    screen.query_one(DataTable).move_cursor(row=row)
    await pilot.pause()


async def every_view_once(pilot) -> None:
    """`f` through every view, back to the one shown, each settled."""
    for _ in range(6):
        await pilot.press("f")
        await settle(pilot)


def has_state(state: str):
    return lambda post: any(d.state.value == state for d in post.deliveries)


async def ask_about(pilot, predicate, key: str) -> int:
    """Point at the first post ``predicate`` accepts and press ``key``, which asks a question
    about it; the post's id, once the question is open."""
    await point_at(pilot, predicate)
    post_id = pilot.app.screen.selected_post().id
    await pilot.press(key)
    await settle(pilot)
    return post_id


async def test_rows_come_a_page_at_a_time_and_more_on_the_way_down(practice_as):
    practice = practice_as("jreyes")
    add_published_posts(practice, 2 * PAGE_SIZE)
    app = create_app(practice=practice)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        assert len(app.screen.loaded) == PAGE_SIZE
        assert f"row 1 of {2 * PAGE_SIZE + 12}" in status(app)
        table = app.screen.query_one(DataTable)
        while table.cursor_row < PAGE_SIZE // 2:
            await pilot.press("pagedown")
            await settle(pilot)
        assert len(app.screen.loaded) == 2 * PAGE_SIZE
        ids = [p.id for p in app.screen.loaded]
        assert len(ids) == len(set(ids))


async def test_a_view_shows_a_screenful_first_and_reads_the_rest_of_its_page_after(
    practice_as, monkeypatch
):
    """Another view's first read is what the table shows at once, so it is read, laid out
    and drawn quickly; the rest of its first page is read once those rows are on screen,
    and the page below only when the cursor comes near it, after the frame that moved it."""
    practice = practice_as("jreyes")
    add_published_posts(practice, 2 * PAGE_SIZE)
    limits: list[int] = []
    real_page_after = queue_views.page_after

    def page_after(store, f, after=None, *, limit):
        limits.append(limit)
        return real_page_after(store, f, after, limit=limit)

    app = create_app(practice=practice)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        screen = app.screen
        table = screen.query_one(DataTable)
        monkeypatch.setattr(queue_views, "page_after", page_after)
        for _ in range(4):  # to "published"
            await pilot.press("f")
            await settle(pilot)
        limits.clear()
        shown: list[int] = []
        real_replace = screen._replace

        def replace(posts, *args, **kwargs):
            shown.append(len(posts))
            return real_replace(posts, *args, **kwargs)

        monkeypatch.setattr(screen, "_replace", replace)
        await pilot.press("f", "f")  # "drafts and sent back", then "all posts"
        await settle(pilot)
        visible = table.scrollable_content_region.height
        # "all posts" read a screenful ahead (while "drafts and sent back" showed), then once
        # it showed the rest of its page and the screenful of the view `f` shows next (two
        # workers, in either order)
        assert limits[-3] == visible
        assert sorted(limits[-2:]) == sorted([PAGE_SIZE - visible, visible])
        assert shown[-1] == visible
        assert len(screen.loaded) == PAGE_SIZE
        assert screen.shown_view.name == "all posts"
        table.move_cursor(row=PAGE_SIZE - 1)
        assert screen._reading is None  # not before the frame that shows the cursor there
        await settle(pilot)
        assert len(screen.loaded) == 2 * PAGE_SIZE


async def test_the_queue_holds_a_bounded_window_however_far_one_scrolls(practice_as):
    """Down to the oldest post and back up to the newest: never more than WINDOW rows held,
    and the rows met on the way are the queue in order, each once."""
    practice = practice_as("jreyes")
    add_published_posts(practice, 7 * PAGE_SIZE)
    everything = [p.id for p in queue_views.page(practice.store, limit=10 * PAGE_SIZE)]
    app = create_app(practice=practice)
    async with app.run_test(size=(80, 24)) as pilot:
        screen = app.screen
        table = screen.query_one(DataTable)
        met = [p.id for p in screen.loaded]
        while screen.next_mark is not None:
            table.move_cursor(row=len(screen.loaded) - 1)
            await settle(pilot)
            assert len(screen.loaded) <= WINDOW
            met += [p.id for p in screen.loaded if p.id not in met]
        table.move_cursor(row=len(screen.loaded) - 1)
        await settle(pilot)
        assert met == everything
        assert screen.selected_post().id == everything[-1]
        assert f"row {len(everything)} of {len(everything)}" in status(app)
        going_up = []
        while screen.above is not None:
            table.move_cursor(row=0)
            await settle(pilot)
            assert len(screen.loaded) <= WINDOW
            going_up = [p.id for p in screen.loaded]
        assert going_up == everything[: len(going_up)]
        table.move_cursor(row=0)
        await settle(pilot)
        assert screen.selected_post().id == everything[0]
        assert f"row 1 of {len(everything)}" in status(app)


async def test_a_failure_is_explained_with_the_keys_that_act_on_it(practice_as):
    app = create_app(practice=practice_as("jreyes"))
    async with app.run_test(size=(80, 24)) as pilot:
        await point_at(pilot, has_state("failed"))
        shown = detail(app)
        assert "Session has expired" in shown
        assert "t retry, m mark" in shown
        assert "next: fix what the network said" in shown


async def test_retry_sends_a_failed_delivery_again(practice_as):
    practice = practice_as("jreyes")
    app = create_app(practice=practice)
    async with app.run_test(size=(80, 24)) as pilot:
        await point_at(pilot, has_state("failed"))
        post_id = app.screen.selected_post().id
        await pilot.press("t")
        await pilot.pause()
    states = {d.account_id: d.state.value for d in queue.get(practice.store, post_id).deliveries}
    assert "failed" not in states.values() and "scheduled" in states.values()


async def test_an_unknown_is_sent_again_only_after_typing_yes(practice_as):
    practice = practice_as("jreyes")
    app = create_app(practice=practice)
    async with app.run_test(size=(80, 24)) as pilot:
        await point_at(pilot, has_state("unknown"))
        post_id = app.screen.selected_post().id
        await pilot.press("t")
        await pilot.pause()
        assert "may already have it" in str(app.screen.query_one("Label").render())
        await pilot.press("escape")
        await pilot.pause()
        assert has_state("unknown")(queue.get(practice.store, post_id))
        await pilot.press("t")
        await pilot.pause()
        await pilot.press(*"yes", "enter")
        await pilot.pause()
    assert not has_state("unknown")(queue.get(practice.store, post_id))


async def test_mark_failed_for_good_asks_why(practice_as):
    practice = practice_as("jreyes")
    app = create_app(practice=practice)
    async with app.run_test(size=(80, 24)) as pilot:
        await point_at(pilot, has_state("unknown"))
        post_id = app.screen.selected_post().id
        await pilot.press("m", "f")
        await pilot.pause()
        await pilot.press(*"not on the page", "enter")
        await pilot.pause()
    delivery = next(d for d in queue.get(practice.store, post_id).deliveries if d.attempts)
    assert delivery.state.value == "failed" and delivery.last_error == "not on the page"


async def test_held_posts_move_with_a_time_in_words(practice_as):
    practice = practice_as("lbrooks")
    app = create_app(practice=practice)
    async with app.run_test(size=(80, 24)) as pilot:
        post_id = await ask_about(pilot, has_state("held"), "s")
        await pilot.press(*"tomorrow 10am", "enter")
        await pilot.pause()
    post = queue.get(practice.store, post_id)
    assert post.scheduled_at.isoformat().startswith("2026-11-28T16:00")
    assert {d.state.value for d in post.deliveries} == {"scheduled"}


async def test_cancel_asks_for_a_reason_and_checks_it_off_the_ui_thread(practice_as, monkeypatch):
    import threading

    from medsocial_tui.publishing import guard

    threads: list[str] = []
    real = guard.report_for

    def watched(*args, **kwargs):
        threads.append(threading.current_thread().name)
        return real(*args, **kwargs)

    monkeypatch.setattr(guard, "report_for", watched)
    practice = practice_as("jreyes")
    app = create_app(practice=practice)
    async with app.run_test(size=(80, 24)) as pilot:
        post_id = await ask_about(pilot, lambda p: p.status == "draft", "x")
        await pilot.press(*"repaving moved", "enter")
        await workers_done(app)
        await pilot.pause()
    assert queue.get(practice.store, post_id).status == "canceled"
    # The reason is read by the guard (it must not name a patient), never on the UI thread.
    assert threads and threading.main_thread().name not in threads


async def test_the_filter_form_shows_one_account_and_state(practice_as):
    app = create_app(practice=practice_as("jreyes"))
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("slash")
        await pilot.pause()
        form = app.screen
        form.query_one("#f-state", Select).value = "published"
        form.query_one("#f-account", Select).value = "google"
        form.action_show()
        await settle(pilot)
        posts = app.screen.loaded
        assert posts and all(any(d.account_id == "google" for d in p.deliveries) for p in posts)
        assert all(has_state("published")(p) for p in posts)
        assert "published google" in status(app)


async def test_the_filter_form_reads_dates_in_words(practice_as):
    app = create_app(practice=practice_as("jreyes"))
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("slash")
        await pilot.pause()
        await pilot.press("tab", "tab", "tab", "tab", "tab")  # past state, status, account, author
        await pilot.press(*"today 00:00", "tab", *"in 3 days", "enter")
        await settle(pilot)
        shown = [p.scheduled_at for p in app.screen.loaded]
        assert shown and all(s is not None and s.isoformat() >= "2026-11-27" for s in shown)
        assert "from 27 Nov" in status(app)


async def test_enter_opens_the_post_and_keys_act_on_the_delivery_under_the_cursor(practice_as):
    practice = practice_as("jreyes")
    app = create_app(practice=practice)
    async with app.run_test(size=(80, 24)) as pilot:
        await point_at(pilot, has_state("todo"))
        await pilot.press("enter")
        await pilot.pause()
        assert type(app.screen).__name__ == "PostScreen"
        table = app.screen.query_one(DataTable)
        todo_row = next(
            i for i, d in enumerate(app.screen.post.deliveries) if d.state.value == "todo"
        )
        table.move_cursor(row=todo_row)
        await pilot.pause()
        assert "post it by hand" in str(app.screen.query_one("#post-text").render())
        await pilot.press("m", "o")
        await pilot.pause()
        await pilot.press(*"https://snapchat.example/p/1", "enter")
        await pilot.pause()
        assert "out" in str(table.get_row_at(todo_row)[1])
        await pilot.press("escape")
        await pilot.pause()
        assert type(app.screen).__name__ == "QueueScreen"


async def test_a_person_who_has_not_acknowledged_the_policy_sees_why_not(practice_as):
    app = create_app(practice=practice_as("sokafor"))
    async with app.run_test(size=(80, 24)) as pilot:
        assert app.screen.check_action("compose", ()) is None
        await pilot.press("n")
        await pilot.pause()
        assert type(app.screen).__name__ == "QueueScreen"
        reason = app.screen.decision("compose").reason
        assert "acknowledge policy version" in reason


async def test_a_commit_elsewhere_shows_up_and_keeps_the_cursor(practice_as):
    practice = practice_as("jreyes")
    app = create_app(practice=practice)
    async with app.run_test(size=(80, 24)) as pilot:
        await point_at(pilot, has_state("failed"))
        selected = app.screen.selected_post().id
        draft = next(p.id for p in app.screen.loaded if p.status == "draft")
        queue.cancel(practice_as("ppatel"), draft, "changed elsewhere")
        await pilot.pause()  # a turn passes: commits are read once a turn (data_stamp)
        app.screen.poll_changes()
        await settle(pilot)
        assert app.screen.selected_post().id == selected
        assert any(p.id == draft and p.status == "canceled" for p in app.screen.loaded)


async def test_the_next_view_is_read_ahead_and_shown_on_f_without_a_read(practice_as, monkeypatch):
    """While one view shows, the view `f` shows next is read (and laid out) in a worker:
    the key shows its rows in its own frame, with no read between the key and the rows."""
    app = create_app(practice=practice_as("jreyes"))
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        screen = app.screen
        reads: list[int] = []
        real_page_after = queue_views.page_after

        def page_after(store, f, after=None, *, limit):
            reads.append(limit)
            return real_page_after(store, f, after, limit=limit)

        monkeypatch.setattr(queue_views, "page_after", page_after)
        read_before_shown: list[list[int]] = []
        real_apply = QueueScreen._apply

        def apply(self, kind, *args, **kwargs):
            if kind == "view":
                read_before_shown.append(list(reads))
            real_apply(self, kind, *args, **kwargs)

        monkeypatch.setattr(QueueScreen, "_apply", apply)
        for name in ("needs a person", "waiting for review", "scheduled"):
            reads.clear()
            await pilot.press("f")
            assert screen.shown_view.name == name  # in the key's own handling
            await settle(pilot)
        assert read_before_shown == [[], [], []]
        assert screen._ahead is not None and screen._ahead.view.name == "published"


async def test_a_view_read_ahead_is_read_again_once_the_data_changed(practice_as):
    """A view read ahead is shown by `f` only while nothing changed since: a post cancelled
    in between (by a colleague) is shown as it is now, not as it was read."""
    practice = practice_as("jreyes")
    app = create_app(practice=practice)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        screen = app.screen
        ahead = screen._ahead
        assert ahead is not None and ahead.view.name == "needs a person"
        post = next(p.id for p in ahead.page.posts if has_state("held")(p))
        queue.cancel(practice_as("ppatel"), post, "changed elsewhere")
        await pilot.press("f")
        await settle(pilot)
        assert screen.shown_view.name == "needs a person"
        assert all(p.id != post or p.status == "canceled" for p in screen.loaded)
        assert any(p.id == post for p in ahead.page.posts)  # what was read ahead, unshown


async def test_a_view_is_counted_after_its_rows_show_and_again_only_once_data_changed(
    practice_as, monkeypatch
):
    practice = practice_as("jreyes")
    counted: list[tuple[tuple[str, ...], bool]] = []
    real_count = queue_views.count_posts

    def count_posts(store, f):
        shown = app.screen.shown_view.filter == f  # the view's rows were on screen first
        counted.append((f.states, shown))
        return real_count(store, f)

    monkeypatch.setattr(queue_views, "count_posts", count_posts)
    app = create_app(practice=practice)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        await every_view_once(pilot)
        assert len(counted) == 6 and all(shown for _, shown in counted), counted
        assert status(app).startswith("all posts: row 1 of ")
        await pilot.press("f")  # "needs a person" again: nothing changed, no count
        await settle(pilot)
        assert len(counted) == 6
        assert status(app).startswith("needs a person: row 1 of ")
        draft = practice.store.db.conn.execute(
            "SELECT id FROM posts WHERE status = 'draft' LIMIT 1"
        ).fetchone()[0]
        queue.cancel(practice_as("ppatel"), draft, "changed elsewhere")
        # the app reads another process's commits once a turn of its loop (data_stamp): a
        # turn must pass, as it does before the poll timer fires, or this turn's answer
        # from before the commit is read and the change is seen only at the next poll
        await pilot.pause()
        app.screen.poll_changes()
        await settle(pilot)
        assert len(counted) == 7, counted


async def test_a_view_counted_before_shows_its_count_with_its_rows(practice_as, monkeypatch):
    """Coming back to a view while nothing changed, its count is in the status line as its
    rows show (one frame), not put there by a second frame after them."""
    practice = practice_as("jreyes")
    add_published_posts(practice, 2 * PAGE_SIZE)
    app = create_app(practice=practice)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        await every_view_once(pilot)
        seen: list[str] = []
        real_apply = QueueScreen._apply  # a view's rows shown, read then or read ahead

        def apply(self, kind, *args, **kwargs):
            real_apply(self, kind, *args, **kwargs)
            if kind == "view":
                seen.append(status(app))

        monkeypatch.setattr(QueueScreen, "_apply", apply)
        await every_view_once(pilot)
        assert len(seen) == 6
        big = [line for line in seen if line.startswith(("all posts:", "published:"))]
        assert len(big) == 2
        assert all("+" not in line.split("|")[0] for line in seen), seen
        assert f"all posts: row 1 of {2 * PAGE_SIZE + 12:,}" in seen[-1]


async def test_the_status_line_says_the_waiting_count_is_of_deliveries_not_posts(practice_as):
    """The "needs a person" view lists posts (4 in the demo) and the count beside it is of
    deliveries (6): said as the same words, the two read as one count that disagrees."""
    app = create_app(practice=practice_as("jreyes"))
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        await pilot.press("f")
        await settle(pilot)
        line = status(app)
        assert line.startswith("needs a person: row 1 of 4  6 deliveries need a person  |  ")
        assert len(line) <= 78


async def test_a_delivery_s_state_is_said_once(practice_as):
    """The detail read "google: out (out)" and "sent back (sent back by the approver)"."""
    app = create_app(practice=practice_as("jreyes"))
    async with app.run_test(size=(80, 24)) as pilot:
        await point_at(pilot, has_state("published"))
        shown = detail(app)
        assert ": out\n" in shown + "\n" and "(out)" not in shown
        await point_at(pilot, lambda p: p.status == "rejected")
        shown = detail(app)
        assert ": sent back by the approver" in shown and "sent back (sent back" not in shown


async def test_mark_asks_about_a_to_do_in_the_queue_s_words(practice_as):
    app = create_app(practice=practice_as("jreyes"))
    async with app.run_test(size=(80, 24)) as pilot:
        await ask_about(pilot, has_state("todo"), "m")
        assert app.screen.question == "snapchat: TO DO. What happened?"


async def test_the_cancel_question_says_what_enter_and_esc_do_and_enter_alone_says_type(
    practice_as,
):
    """ "Esc to cancel" in a dialog that cancels a post read both ways; and the example in the
    field looks typed, so Enter on it did nothing, silently."""
    practice = practice_as("jreyes")
    app = create_app(practice=practice)
    async with app.run_test(size=(80, 24)) as pilot:
        post_id = await ask_about(pilot, lambda p: p.status == "draft", "x")
        hint = app.screen.query_one(".hint")
        assert str(hint.render()) == "Enter cancels the post, Esc keeps it"
        await pilot.press("enter")
        await settle(pilot)
        assert type(app.screen).__name__ == "Ask"
        assert str(hint.render()).startswith("Type an answer first")
        await pilot.press("escape")
        await settle(pilot)
    assert queue.get(practice.store, post_id).status == "draft"


async def test_a_time_that_cannot_be_read_keeps_the_question_open_to_fix_it(practice_as):
    """A typo in the new time closed the dialog with an error notice: the time had to be
    asked for again and typed again from the start."""
    practice = practice_as("lbrooks")
    app = create_app(practice=practice)
    async with app.run_test(size=(80, 24)) as pilot:
        post_id = await ask_about(pilot, has_state("held"), "s")
        await pilot.press(*"tomorow 10am", "enter")
        await settle(pilot)
        assert type(app.screen).__name__ == "Ask"
        assert "cannot read 'tomorow 10am' as a time" in str(
            app.screen.query_one(".problem").render()
        )
        await pilot.press("home", *["right"] * 4, "r", "enter")  # tomo|row
        await settle(pilot)
        assert type(app.screen).__name__ == "QueueScreen"
    assert (
        queue.get(practice.store, post_id).scheduled_at.isoformat().startswith("2026-11-28T16:00")
    )


async def test_a_read_ahead_replaced_by_a_newer_one_is_dropped_when_it_replies(practice_as):
    """A read ahead's worker cancelled by a newer one may still reply: the reply is dropped,
    not kept over the newer read ahead."""
    app = create_app(practice=practice_as("jreyes"))
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        screen = app.screen
        newest = screen._ahead
        assert newest is not None and newest.number == screen._ahead_number
        older = QueueScreen.ReadAhead(
            newest.number - 1, newest.view, newest.stamp, newest.limit, newest.page, [], {}
        )
        screen.post_message(older)
        await settle(pilot)
        assert screen._ahead is newest


async def test_a_reload_of_the_window_reads_no_view_ahead(practice_as, monkeypatch):
    """A change written elsewhere reloads the window, and reads no other view's screenful
    ahead (each poll that found a change would): `f` reads what changed itself."""
    practice = practice_as("jreyes")
    app = create_app(practice=practice)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        screen = app.screen
        started: list[int] = []
        real_read_ahead = QueueScreen._read_ahead

        def read_ahead(self):
            started.append(1)
            real_read_ahead(self)

        monkeypatch.setattr(QueueScreen, "_read_ahead", read_ahead)
        draft = next(p.id for p in screen.loaded if p.status == "draft")
        queue.cancel(practice_as("ppatel"), draft, "changed elsewhere")
        await pilot.pause()  # a turn passes: commits are read once a turn (data_stamp)
        screen.poll_changes()
        await settle(pilot)
        assert any(p.id == draft and p.status == "canceled" for p in screen.loaded)
        assert started == []
        await pilot.press("f")
        await settle(pilot)
        assert screen.shown_view.name == "needs a person"
        assert started == [1]  # after a view's read, the next one is read ahead


async def test_work_after_a_frame_waits_in_order_under_another_screen(practice_as):
    """Work whose frame was drawn while another screen came on top goes back to wait for
    this screen's next frame, before any work that came since, with its timer armed."""
    from textual.screen import Screen

    app = create_app(practice=practice_as("jreyes"))
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        screen = app.screen
        ran: list[str] = []
        # two screens on top (Textual counts the screen just below the top one as shown)
        await app.push_screen(Screen())
        await app.push_screen(Screen())
        await pilot.pause()
        assert not screen.is_current
        screen._after_the_write.append((ran.append, ("earlier",)))
        screen.after_frame(ran.append, "later")
        screen._run_after_write()
        assert [args for _, args in screen._after_the_frame] == [("earlier",), ("later",)]
        app.pop_screen()
        app.pop_screen()
        await settle(pilot)
        assert ran == ["earlier", "later"]


async def test_the_filter_form_shows_a_status_and_closes_with_its_rows(practice_as, monkeypatch):
    """Enter asks for the view at once and the form closes when its rows have been read, in
    the same handling as they go into the table, so in their frame (closing first drew the
    old rows, the new ones a frame later)."""
    from medsocial_tui.tui.screens.queue_filter import FilterScreen

    app = create_app(practice=practice_as("jreyes"))
    at_close: list[str] = []
    close = FilterScreen._close

    def closing(form) -> None:
        queue = app.screen_stack[0]
        at_close.append(f"{queue.view.name}, read: {queue._reading is None}")
        close(form)

    monkeypatch.setattr(FilterScreen, "_close", closing)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        await pilot.press("slash")
        await pilot.pause()
        app.screen.query_one("#f-status", Select).value = "in_review"
        await pilot.press("enter")
        await settle(pilot)
        assert isinstance(app.screen, QueueScreen)
        assert at_close == ["status waiting for review, read: True"]
        posts = app.screen.loaded
        assert posts and all(p.status == "in_review" for p in posts)
        assert "status waiting for review: row 1" in status(app)


def hold_view_reads(monkeypatch) -> threading.Event:
    """A view's read waits in its worker until the event returned is set (5 s at most), so
    a test can act while the filter form waits for its rows. The next view read ahead in
    the background is not held (it is not what the form waits for; held, it cost each test
    the whole 5 s)."""
    gate = threading.Event()
    read_page = QueueScreen._read_page

    def held(screen, kind, view, mark, limit):
        if kind == "view" and screen._reading == "view":
            gate.wait(5)
        return read_page(screen, kind, view, mark, limit)

    monkeypatch.setattr(QueueScreen, "_read_page", held)
    return gate


async def ask_for_the_review_view(pilot) -> QueueScreen:
    """`/`, status in review, Enter: the queue under the form, its view being read."""
    await settle(pilot)
    queue = pilot.app.screen
    await pilot.press("slash")
    await pilot.pause()
    pilot.app.screen.query_one("#f-status", Select).value = "in_review"
    await pilot.press("enter")
    await pilot.pause()
    assert queue._reading == "view"
    return queue


async def test_a_change_polled_while_the_form_s_view_is_read_still_closes_it(
    practice_as, monkeypatch
):
    """A data change seen while the form's view is read used to read the window instead:
    the view's answer was dropped and the form stayed open over the new view's rows."""
    practice = practice_as("jreyes")
    gate = hold_view_reads(monkeypatch)
    app = create_app(practice=practice)
    async with app.run_test(size=(80, 24)) as pilot:
        queue = await ask_for_the_review_view(pilot)
        add_published_posts(practice, 1)
        queue.poll_changes()
        gate.set()
        await settle(pilot)
        assert app.screen is queue
        assert "status waiting for review: row 1" in status(app)
        assert all(p.status == "in_review" for p in queue.loaded)
        # the change is shown by the next poll, the form gone
        queue.poll_changes()
        await settle(pilot)
        assert queue._data_version == app.data_stamp()


async def test_esc_after_enter_keeps_the_old_view(practice_as, monkeypatch):
    """The form's hint says Esc keeps the old view: so it does after Enter too, while the
    chosen view is still being read."""
    gate = hold_view_reads(monkeypatch)
    app = create_app(practice=practice_as("jreyes"))
    async with app.run_test(size=(80, 24)) as pilot:
        queue = await ask_for_the_review_view(pilot)
        before = list(queue.loaded)
        await pilot.press("escape")
        await pilot.pause()
        gate.set()
        await settle(pilot)
        assert app.screen is queue
        assert queue.view == queue.shown_view == PRESETS[0]
        assert queue.loaded == before
        assert "all posts: row 1" in status(app)
