"""One state machine: every transition function moves deliveries and posts only along the
table in ``states.py``, through ``states.move``; an unlisted move raises; a move is a
compare-and-set, so of two processes only one moves a delivery."""

from __future__ import annotations

import re
import sqlite3
from datetime import timedelta
from pathlib import Path

import pytest

import medsocial_tui
from medsocial_tui import clock, machine
from medsocial_tui.channel import Published
from medsocial_tui.publishing import claims, outcomes, queue, states
from medsocial_tui.publishing.states import DeliveryState as S
from medsocial_tui.publishing.states import PostStatus as P
from medsocial_tui.testing import transitions

from .conftest import make_home, open_with_reference


@pytest.fixture
def practice(tmp_path, network):
    home = make_home(tmp_path / "h", network, accounts=1, posts=0)
    practice = open_with_reference(home)
    yield practice
    practice.close()


def _post(practice, text: str) -> int:
    post = queue.create(
        practice, queue.Compose(text=text, accounts=["page-0"], scheduled_at=clock.now())
    )
    queue.submit(practice, post.id)
    return queue.approve(practice, post.id).deliveries[0].id


def _write(practice, fn):
    with practice.store.write():
        return fn(practice.store)


def _delivery(practice, delivery_id):
    return queue.get_delivery(practice.store, delivery_id)


def _claim(practice, delivery_id) -> str:
    d = _delivery(practice, delivery_id)
    attempt = _write(practice, lambda s: claims.claim(s, d, "test:1:x", clock.now(), 600))
    assert attempt is not None
    return attempt


def _answer(practice, delivery_id, attempt, state, **fields):
    d = _delivery(practice, delivery_id)
    return _write(practice, lambda s: outcomes.record_outcome(s, d, attempt, (state, fields)))


def _sweep(practice, delivery_id):
    _write(practice, lambda s: claims.sweep_one(s, delivery_id, clock.now(), "test"))


def _due_now(practice, delivery_id):
    with practice.store.write() as db:
        db.conn.execute(
            "UPDATE deliveries SET next_attempt_at=? WHERE id=?",
            (clock.to_iso(clock.now()), delivery_id),
        )


OUT = Published(remote_id="r1", url="https://example.test/r1")


def test_every_transition_function_moves_only_along_the_table(practice):
    """Drives queue's and flush's transition functions through every change they make; a
    trigger writes down each change, whoever makes it, and each must be in the table."""
    transitions.watch(practice.store.db.conn)
    now = clock.now()

    # the review cycle of a post: submitted, sent back, submitted, edited back to a draft,
    # submitted, approved
    post = queue.create(
        practice, queue.Compose(text="Flu shots", accounts=["page-0"], scheduled_at=now)
    )
    queue.submit(practice, post.id)
    queue.send_back(practice, post.id, "Say which days, please")
    queue.submit(practice, post.id)
    queue.edit(
        practice,
        post.id,
        queue.Compose(text="Flu shots all week", accounts=["page-0"], scheduled_at=now),
    )
    queue.submit(practice, post.id)
    one = queue.approve(practice, post.id).deliveries[0].id

    # claimed, then out
    _answer(practice, one, _claim(practice, one), S.PUBLISHED, published=OUT)

    # rate-limited, failed, retried, handed to a person who posts it
    two = _post(practice, "Two")
    _answer(practice, two, _claim(practice, two), S.DEFERRED, next_attempt_at=clock.now())
    _answer(practice, two, _claim(practice, two), S.FAILED, detail="no", error_kind="rejected")
    queue.retry(practice, two)
    _answer(practice, two, _claim(practice, two), S.TODO, detail="by hand")
    queue.resolve(practice, two, published_url="https://example.test/2")

    # the lease ran out, then the answer to that very attempt came: by hand
    three = _post(practice, "Three")
    attempt = _claim(practice, three)
    _sweep(practice, three)
    _answer(practice, three, attempt, S.TODO, detail="by hand")

    # the lease ran out, then the answer came: rate-limited; held when late; retried; fails
    # before any request; a person says it is out
    four = _post(practice, "Four")
    attempt = _claim(practice, four)
    _sweep(practice, four)
    _answer(practice, four, attempt, S.DEFERRED, next_attempt_at=clock.now())
    d = _delivery(practice, four)
    _write(practice, lambda s: outcomes.hold(s, d, timedelta(hours=2), clock.now()))
    queue.retry(practice, four)
    d = _delivery(practice, four)
    _write(practice, lambda s: outcomes.fail_unsent(s, d, "not connected", "auth", clock.now()))
    queue.resolve(practice, four, published_url="https://example.test/4")

    # waits for the network, then fails before any request; canceled
    five = _post(practice, "Five")
    d = _delivery(practice, five)
    later = clock.now() + timedelta(minutes=5)
    _write(practice, lambda s: outcomes.defer(s, d, later, "rate", "rate", clock.now()))
    _due_now(practice, five)
    d = _delivery(practice, five)
    _write(practice, lambda s: outcomes.fail_unsent(s, d, "media", "media", clock.now()))
    queue.cancel(practice, _delivery(practice, five).post_id)

    # unknown: the network says it is not there (sent again), then that it is out
    six = _post(practice, "Six")
    _answer(practice, six, _claim(practice, six), S.UNKNOWN, detail="timeout")
    d = _delivery(practice, six)
    _write(practice, lambda s: outcomes.note_unknown(s, six, "still looking"))
    _write(practice, lambda s: outcomes.settle(s, d, S.SCHEDULED, clock.now()))
    attempt = _claim(practice, six)
    _sweep(practice, six)
    d = _delivery(practice, six)
    _write(practice, lambda s: outcomes.settle(s, d, S.PUBLISHED, clock.now(), published=OUT))

    # a failed run releases a claim never sent; held for want of approval; rescheduled;
    # held again and the post goes back to review
    seven = _post(practice, "Seven")
    _claim(practice, seven)
    _write(practice, lambda s: claims.release_claims(s, "test:1:x", set(), clock.now()))
    d = _delivery(practice, seven)
    _write(practice, lambda s: outcomes.hold_unapproved(s, d, "edited", clock.now()))
    queue.reschedule(practice, d.post_id, clock.now())
    d = _delivery(practice, seven)
    _write(practice, lambda s: outcomes.hold_unapproved(s, d, "edited", clock.now()))
    queue.submit(practice, d.post_id)

    # unknown: a person says it failed; then retries anyway
    eight = _post(practice, "Eight")
    _answer(practice, eight, _claim(practice, eight), S.UNKNOWN, detail="timeout")
    queue.resolve(practice, eight, failed_reason="it is not on the page")
    queue.retry(practice, eight)

    # unknown, and a person retries anyway
    nine = _post(practice, "Nine")
    attempt = _claim(practice, nine)
    _sweep(practice, nine)
    queue.retry(practice, nine, anyway=True)

    seen = transitions.seen(practice.store.path)
    assert transitions.unlisted(seen) == []
    assert list(transitions.out_of_step(practice.store.path)) == []
    driven = {(o, n) for k, o, n in seen if k == "delivery"}
    expected = {
        ("draft", "in_review"),
        ("in_review", "rejected"),
        ("rejected", "in_review"),
        ("in_review", "draft"),
        ("in_review", "scheduled"),
        ("scheduled", "publishing"),
        ("deferred", "publishing"),
        ("publishing", "published"),
        ("publishing", "deferred"),
        ("publishing", "failed"),
        ("publishing", "todo"),
        ("publishing", "unknown"),
        ("publishing", "scheduled"),
        ("unknown", "todo"),
        ("unknown", "deferred"),
        ("unknown", "scheduled"),
        ("unknown", "published"),
        ("unknown", "failed"),
        ("failed", "scheduled"),
        ("failed", "published"),
        ("todo", "published"),
        ("deferred", "held"),
        ("held", "scheduled"),
        ("held", "draft"),
        ("scheduled", "failed"),
        ("scheduled", "deferred"),
        ("scheduled", "held"),
        ("deferred", "failed"),
        ("failed", "canceled"),
    }
    assert expected - driven == set()
    posts = {(o, n) for k, o, n in seen if k == "post"}
    assert {
        ("draft", "in_review"),
        ("in_review", "rejected"),
        ("rejected", "in_review"),
        ("in_review", "draft"),
        ("in_review", "approved"),
        ("approved", "draft"),
        ("approved", "canceled"),
    } - posts == set()


@pytest.mark.tampers
def test_the_watch_sees_a_move_the_table_does_not_list(practice):
    """The check above can fail: a hand-written UPDATE outside the table is caught."""
    transitions.watch(practice.store.db.conn)
    one = _post(practice, "One")
    with practice.store.write() as db:
        db.conn.execute("UPDATE deliveries SET state='published' WHERE id=?", (one,))
    assert transitions.unlisted(transitions.seen(practice.store.path)) == [
        "delivery: scheduled -> published"
    ]


def test_an_unlisted_move_raises_and_changes_nothing(practice):
    one = _post(practice, "One")
    with pytest.raises(states.NotInTable, match="scheduled to published"):
        with practice.store.write() as db:
            states.move(db, one, S.SCHEDULED, S.PUBLISHED)
    with pytest.raises(states.NotInTable, match="canceled to scheduled"):
        with practice.store.write() as db:
            states.move(db, one, {S.HELD, S.CANCELED}, S.SCHEDULED)
    post_id = _delivery(practice, one).post_id
    with pytest.raises(states.NotInTable, match="post never moves from canceled"):
        with practice.store.write() as db:
            states.move_post(db, post_id, P.CANCELED, P.DRAFT)
    assert _delivery(practice, one).state is S.SCHEDULED


def test_a_post_status_that_disagrees_with_its_deliveries_is_refused(practice):
    one = _post(practice, "One")
    post_id = _delivery(practice, one).post_id
    with pytest.raises(states.PostOutOfStep, match="deliveries say approved"):
        with practice.store.write() as db:
            states.move_post(db, post_id, P.APPROVED, P.DRAFT)
    assert queue.get(practice.store, post_id).status == P.APPROVED


def test_a_move_is_compare_and_set_across_connections(practice):
    """Two processes moving the same delivery: exactly one moves it."""
    one = _post(practice, "One")
    other = sqlite3.connect(practice.store.path, timeout=30)
    try:
        from sqlite_utils import Database

        theirs = Database(other)
        with practice.store.write() as db:
            first = states.move(db, one, states.SENDABLE, S.PUBLISHING, attempt_id="a")
        other.execute("BEGIN IMMEDIATE")
        second = states.move(theirs, one, states.SENDABLE, S.PUBLISHING, attempt_id="b")
        other.commit()
    finally:
        other.close()
    assert (first, second) == (True, False)
    assert _delivery(practice, one).state is S.PUBLISHING


def test_post_status_is_derived_from_deliveries():
    of = states.post_status_of
    assert of([]) is None
    assert of([S.DRAFT, S.CANCELED]) is P.DRAFT
    assert of([S.IN_REVIEW]) is P.IN_REVIEW
    assert of([S.REJECTED, S.IN_REVIEW]) is P.REJECTED
    assert of([S.CANCELED, S.CANCELED]) is P.CANCELED
    assert of([S.PUBLISHED, S.CANCELED]) is P.APPROVED
    assert of([S.SCHEDULED, S.FAILED]) is P.APPROVED


CORE = Path(medsocial_tui.__file__).parent
_STOP = r"(?:(?!WHERE|SELECT|INSERT|UPDATE|DELETE)[^;])*?"
WRITES_STATE = re.compile(
    rf"UPDATE\s+(?:deliveries|inbox_items|inbox_replies)\s+SET\s{_STOP}\bstate\s*="
    rf"|UPDATE\s+posts\s+SET\s{_STOP}\bstatus\s*=",
    re.IGNORECASE,
)
LITERAL_STATES = re.compile(
    r"\b(?:d\.)?state\s*(?:=|IN|NOT IN)\s*\(?\s*'|\bposts\s+(?:p\s+)?WHERE\s+status\s*=\s*'",
    re.IGNORECASE,
)


STATEMENT = re.compile(r"(?=\b(?:SELECT|UPDATE|INSERT|DELETE|WITH)\b)")
"""Where one SQL statement ends and the next begins, in a module's strings."""


def _sql_strings(path: Path) -> str:
    text = path.read_text("utf-8")
    return " ".join(s[1:-1] for s in re.findall(r'"(?:[^"\\\n]|\\.)*"', text))


@pytest.mark.parametrize(
    "path",
    [
        p
        for p in sorted(CORE.rglob("*.py"))
        if p.name not in ("machine.py", "states.py", "migrations.py") and "testing" not in p.parts
    ],
    ids=lambda p: str(p.relative_to(CORE)),
)
def test_only_the_state_machine_writes_states_and_names_them(path):
    """No module but machine.py (the one mechanism; the TUI is checked too) writes the state
    of a delivery, a post, an inbox item or a reply in SQL, and none spells a list of
    delivery states by hand (the named sets in states.py do)."""
    sql = _sql_strings(path)
    assert not WRITES_STATE.search(sql), f"{path.name} writes a state by hand"
    found = [
        m.group(0)
        for statement in STATEMENT.split(sql)
        if re.search(r"\b(deliveries|posts)\b", statement)
        for m in LITERAL_STATES.finditer(statement)
    ]
    assert found == [], f"{path.name} spells states by hand"


def test_the_inbox_moves_through_the_same_machine():
    """Inbox items and replies are held to their tables by the same mechanism: a move the
    table does not list raises before any SQL runs."""
    from medsocial_tui.listening.inbox_states import ITEMS, REPLIES, InboxState, ReplyState

    assert REPLIES.can_move(ReplyState.APPROVED, ReplyState.FAILED)
    with pytest.raises(states.NotInTable, match="a reply never moves from sent to approved"):
        REPLIES.check(ReplyState.SENT, ReplyState.APPROVED)
    with pytest.raises(states.NotInTable, match="an inbox item never moves from hidden"):
        ITEMS.move(None, 1, InboxState.HIDDEN, InboxState.REPLIED)
    assert states.POSTS.final == {P.CANCELED} and states.DELIVERIES.final == states.FINAL


def test_takedowns_move_through_the_same_machine():
    """A takedown's state is held to its table too, with each state's words beside it."""
    from medsocial_tui.records.authorisations import TAKEDOWN_WORDS, TAKEDOWNS, TakedownState

    assert TAKEDOWNS.can_move(TakedownState.PENDING, TakedownState.DONE)
    assert TAKEDOWNS.final == {TakedownState.DELETED, TakedownState.DONE}
    with pytest.raises(states.NotInTable, match="a takedown never moves from to_do to deleted"):
        TAKEDOWNS.move(None, 1, TakedownState.TO_DO, TakedownState.DELETED)
    assert set(TAKEDOWN_WORDS) == set(TakedownState)


@pytest.mark.parametrize(
    ("table", "error"),
    [
        ("draft\n-> approved\nin_review\napproved\nrejected", "no line for canceled"),
        ("draft\ndraft\nin_review\napproved\nrejected\ncanceled", "draft has two lines"),
        ("-> draft\ndraft\nin_review\napproved\nrejected\ncanceled", "moves before any state"),
        ("draft\n-> gone\nin_review\napproved\nrejected\ncanceled", "gone"),
    ],
    ids=["a-state-missing", "a-state-twice", "moves-first", "an-unknown-target"],
)
def test_a_table_in_words_is_refused_unless_it_names_each_state_once(table, error):
    with pytest.raises(ValueError, match=error):
        machine.declare(P, "a post", "posts.status", table)


def test_a_table_in_words_keeps_moves_notes_and_words():
    built = machine.declare(
        P,
        "a post",
        "posts.status",
        """
        draft: being written
            # a note, not a move
            -> in_review
            -> canceled
        in_review
        approved
        rejected
        canceled: stopped
        """,
    )
    assert (built.table, built.column) == ("posts", "status")
    assert built.moves[P.DRAFT] == {P.IN_REVIEW, P.CANCELED}
    assert built.final == {P.IN_REVIEW, P.APPROVED, P.REJECTED, P.CANCELED}
    assert built.words == {P.DRAFT: "being written", P.CANCELED: "stopped"}
