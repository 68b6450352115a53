"""The queue operations a person uses around flush: editing races a claim, retry sends now,
resolve follows the state diagram, reschedule frees a held delivery; each change is audited."""

from __future__ import annotations

from datetime import timedelta

import pytest

from medsocial_tui import clock
from medsocial_tui.errors import InvalidTransition, UsageError
from medsocial_tui.publishing import queue
from medsocial_tui.publishing.claims import claim
from medsocial_tui.publishing.states import DeliveryState as S
from medsocial_tui.records import audit

from .conftest import make_home, open_with_reference, run_flush


def _age(home, hours: float) -> None:
    """Make every scheduled delivery due ``hours`` ago."""
    practice = open_with_reference(home)
    then = clock.to_iso(clock.now() - timedelta(hours=hours))
    with practice.store.write() as db:
        db.conn.execute(
            "UPDATE deliveries SET scheduled_at=?, next_attempt_at=? WHERE state='scheduled'",
            (then, then),
        )
    practice.close()


def _actions(practice, delivery_or_post: str) -> list[str]:
    return [e.action for e in audit.recent(practice.store.db) if e.subject_type == delivery_or_post]


def test_an_edit_that_races_a_flush_claim_is_refused_and_the_claim_stands(
    tmp_path, network, monkeypatch
):
    home = make_home(tmp_path / "h", network, accounts=1, posts=1)
    editor = open_with_reference(home)
    flusher = open_with_reference(home)
    post = queue.get(editor.store, 1)
    real_get = queue.get

    def read_then_flush_claims(store, post_id):
        seen = real_get(store, post_id)
        with flusher.store.write():
            assert claim(flusher.store, seen.deliveries[0], "other:1:x", clock.now(), 600)
        return seen

    monkeypatch.setattr(queue, "get", read_then_flush_claims)
    with pytest.raises(InvalidTransition, match="started going out meanwhile"):
        queue.edit(editor, post.id, queue.Compose(text="Changed text", accounts=["page-0"]))
    monkeypatch.setattr(queue, "get", real_get)
    after = queue.get(editor.store, post.id)
    assert after.text == post.text
    assert after.deliveries[0].state is S.PUBLISHING
    editor.close()
    flusher.close()


def test_retrying_a_failed_delivery_sends_it_now_instead_of_holding_it_for_its_old_time(
    tmp_path, network
):
    home = make_home(tmp_path / "h", network, accounts=1, posts=1)
    _age(home, 5)
    practice = open_with_reference(home)
    with practice.store.write() as db:
        db.conn.execute("UPDATE deliveries SET state='failed', error_kind='auth'")
    queue.retry(practice, 1)
    practice.close()
    report = run_flush(home)
    assert [o.state for o in report.outcomes] == ["published"]


def test_a_held_or_to_do_delivery_is_canceled_not_marked_failed(tmp_path, network):
    home = make_home(tmp_path / "h", network, accounts=1, posts=1)
    _age(home, 5)
    assert [o.state for o in run_flush(home).outcomes] == ["held"]
    practice = open_with_reference(home)
    with pytest.raises(InvalidTransition, match="cancel it instead"):
        queue.resolve(practice, 1, failed_reason="too late")
    queue.cancel(practice, 1, reason="too late")
    assert queue.get_delivery(practice.store, 1).state is S.CANCELED
    practice.close()


def test_marking_a_delivery_published_needs_a_web_address(tmp_path, network):
    home = make_home(tmp_path / "h", network, accounts=1, posts=1)
    _age(home, 5)
    run_flush(home)
    practice = open_with_reference(home)
    with pytest.raises(UsageError, match="not a web address"):
        queue.resolve(practice, 1, published_url="posted it")
    resolved = queue.resolve(practice, 1, published_url="https://loopback.example/p/9")
    assert resolved.state is S.PUBLISHED
    assert resolved.remote_url == "https://loopback.example/p/9"
    assert "delivery.resolved" in _actions(practice, "delivery")
    practice.close()


def test_rescheduling_a_held_post_puts_it_back_on_the_schedule_and_it_goes_out(tmp_path, network):
    home = make_home(tmp_path / "h", network, accounts=2, posts=1)
    _age(home, 5)
    assert {o.state for o in run_flush(home).outcomes} == {"held"}
    practice = open_with_reference(home)
    post = queue.reschedule(practice, 1, clock.now())
    assert {d.state for d in post.deliveries} == {S.SCHEDULED}
    assert "post.rescheduled" in _actions(practice, "post")
    practice.close()
    assert {o.state for o in run_flush(home).outcomes} == {"published"}
    assert len(network.posts) == 2


@pytest.mark.tampers
def test_an_unknown_delivery_is_not_canceled_or_retried_without_saying_anyway(tmp_path, network):
    home = make_home(tmp_path / "h", network, accounts=1, posts=1)
    practice = open_with_reference(home)
    with practice.store.write() as db:
        db.conn.execute("UPDATE deliveries SET state='unknown'")
    with pytest.raises(InvalidTransition, match="retry anyway"):
        queue.retry(practice, 1)
    with pytest.raises(InvalidTransition):
        queue.cancel(practice, 1)
    assert queue.retry(practice, 1, anyway=True).state is S.SCHEDULED
    event = audit.recent(practice.store.db, limit=1)[0]
    assert (event.action, event.details["anyway"]) == ("delivery.retried", True)
    practice.close()
