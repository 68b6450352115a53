"""A lane claims a delivery on what its page said of it (one statement claims and reads it),
but only while that still holds: a delivery or post changed after the page was read is read
again and decided on as it is now, and nothing that stops a delivery is written on a page."""

from __future__ import annotations

from collections import deque
from datetime import timedelta

from medsocial_tui import clock
from medsocial_tui.publishing import claims, sending
from medsocial_tui.publishing.claims import due_page

from .conftest import make_home, open_with_reference


def _lane_and_preparer(practice):
    until = clock.to_iso(clock.now())
    page, after = due_page(practice.store, "page-0", until)
    channel = practice.channel_for("page-0")
    lane = sending._Lane("page-0", channel, deque(page), until=until, after=after)
    return lane, sending._Preparer(practice, claims.runner_id()), page


def _claim(practice, lane, preparer, want: int = 1):
    statements: list[str] = []
    conn = practice.store.db.conn
    conn.set_trace_callback(statements.append)
    try:
        with practice.store.write():
            tickets, stopped = preparer.claim_next(practice.store, lane, want)
    finally:
        conn.set_trace_callback(None)
    return tickets, stopped, statements


def _state(practice, delivery_id: int) -> tuple[str, int]:
    return practice.store.db.conn.execute(
        "SELECT state, attempts FROM deliveries WHERE id=?", (delivery_id,)
    ).fetchone()


def test_an_unchanged_delivery_is_claimed_without_reading_it_again(tmp_path, network):
    home = make_home(tmp_path / "h", network, accounts=1, posts=2)
    practice = open_with_reference(home)
    try:
        lane, preparer, page = _lane_and_preparer(practice)
        _claim(practice, lane, preparer)  # the first post's checks: the guard, its approval
        tickets, stopped, statements = _claim(practice, lane, preparer)
        state = _state(practice, page[1].id)
    finally:
        practice.close()
    assert stopped == [] and [t.delivery.id for t in tickets] == [page[1].id]
    read_again = sending._PREPARE_SQL.split(" WHERE")[0]  # the read before a claim
    assert not [s for s in statements if s.startswith(read_again)]
    assert state == ("publishing", 1)
    # the ticket's delivery is as it was before the claim (its outcome's backoff counts the
    # attempts before this one), with its key and what it holds
    assert tickets[0].delivery.attempts == 0 and tickets[0].delivery.idempotency_key


def _held_after_page(tmp_path, network, change) -> str:
    """Read a lane's page, ``change(practice, due)`` behind it, then claim: the delivery must
    be held (on what it is now), never claimed; what the hold says."""
    home = make_home(tmp_path / "h", network, accounts=1, posts=1)
    practice = open_with_reference(home)
    try:
        lane, preparer, page = _lane_and_preparer(practice)
        # the run knows the post as the page found it (approved), as after its other accounts
        post = preparer._post(practice.store, page[0].post_id, page[0].post_stamp)
        assert preparer._unapproved(practice.store, post, page[0].post_stamp) is None
        with practice.store.write() as db:
            change(db.conn, page[0])
        tickets, stopped, _ = _claim(practice, lane, preparer)
        state = _state(practice, page[0].id)
    finally:
        practice.close()
    assert tickets == [] and [o.state for o in stopped] == ["held"] and state == ("held", 0)
    return stopped[0].detail


def test_a_delivery_made_late_after_its_page_is_held_on_what_it_is_now(tmp_path, network):
    long_ago = clock.to_iso(clock.now() - timedelta(days=3))

    def reschedule(conn, due) -> None:
        conn.execute("UPDATE deliveries SET scheduled_at=? WHERE id=?", (long_ago, due.id))

    assert "missed its time" in _held_after_page(tmp_path, network, reschedule)


def test_a_post_changed_after_its_page_is_not_sent_on_its_old_approval(tmp_path, network):
    later = clock.to_iso(clock.now() + timedelta(seconds=1))

    def edit_behind_the_approval(conn, due) -> None:
        conn.execute(
            "UPDATE posts SET text='Changed after approval', updated_at=? WHERE id=?",
            (later, due.post_id),
        )

    assert "not sent" in _held_after_page(tmp_path, network, edit_behind_the_approval)


def test_a_delivery_taken_by_another_run_after_its_page_is_left_alone(tmp_path, network):
    home = make_home(tmp_path / "h", network, accounts=1, posts=1)
    practice = open_with_reference(home)
    try:
        lane, preparer, page = _lane_and_preparer(practice)
        other = sending._Preparer(practice, "another-host:1:run")
        other_lane, _, _ = _lane_and_preparer(practice)
        taken, _, _ = _claim(practice, other_lane, other)
        tickets, stopped, _ = _claim(practice, lane, preparer)
        state = _state(practice, page[0].id)
    finally:
        practice.close()
    assert [t.delivery.id for t in taken] == [page[0].id]
    assert tickets == [] and stopped == [] and state == ("publishing", 1)


def test_a_delivery_whose_time_cannot_be_read_is_not_sent_and_says_why(tmp_path, network):
    """Its page's time cannot be read, nor can the time read again: the delivery is skipped
    with the reason in words (nobody can tell whether it is late), nothing is written, and
    the lane goes on with the others."""
    home = make_home(tmp_path / "h", network, accounts=1, posts=2)
    practice = open_with_reference(home)
    try:
        with practice.store.write() as db:
            db.conn.execute("UPDATE deliveries SET scheduled_at='next tuesday' WHERE post_id=1")
        lane, preparer, page = _lane_and_preparer(practice)
        tickets, stopped, _statements = _claim(practice, lane, preparer, want=2)
        broken = page[0].id
        state = _state(practice, broken)
    finally:
        practice.close()
    assert [t.delivery.id for t in tickets] == [page[1].id]
    assert [(o.delivery_id, o.state) for o in stopped] == [(broken, "skipped")]
    assert "its scheduled time cannot be read ('next tuesday')" in stopped[0].detail
    assert "medsocial post reschedule 1" in stopped[0].detail
    assert state == ("scheduled", 0)


def test_a_time_the_page_could_not_read_is_read_again_before_anything_is_said(tmp_path, network):
    """The page's time cannot be read but the delivery's, read again, can (a person set it
    again since): the delivery goes out on the time it has now, not skipped on the page's."""
    home = make_home(tmp_path / "h", network, accounts=1, posts=1)
    practice = open_with_reference(home)
    try:
        lane, preparer, page = _lane_and_preparer(practice)
        first = lane.waiting[0]
        lane.waiting[0] = claims.DueRef(
            first.id,
            first.post_id,
            first.account_id,
            first.next_attempt_at,
            scheduled_at="next tuesday",
            post_stamp=first.post_stamp,
        )
        tickets, stopped, _statements = _claim(practice, lane, preparer)
        state = _state(practice, page[0].id)
    finally:
        practice.close()
    assert stopped == []
    assert [t.delivery.id for t in tickets] == [page[0].id]
    assert state == ("publishing", 1)


def test_the_time_read_again_is_read_as_strictly_as_the_page_s(tmp_path, network):
    """A delivery read again before its claim (its post changed since the page was read)
    with a time that cannot be read is skipped the same way, not sent as if it had none."""
    home = make_home(tmp_path / "h", network, accounts=1, posts=1)
    practice = open_with_reference(home)
    try:
        lane, preparer, page = _lane_and_preparer(practice)
        with practice.store.write() as db:
            db.conn.execute("UPDATE deliveries SET scheduled_at='soon'")
        lane.waiting[0] = claims.DueRef(
            page[0].id, page[0].post_id, "page-0", page[0].next_attempt_at
        )
        tickets, stopped, _statements = _claim(practice, lane, preparer)
        state = _state(practice, page[0].id)
    finally:
        practice.close()
    assert tickets == []
    assert [o.state for o in stopped] == ["skipped"]
    assert "its scheduled time cannot be read ('soon')" in stopped[0].detail
    assert state == ("scheduled", 0)
