"""The queue's rules in the core: review, roles, policy acknowledgement, and the audit log."""

from __future__ import annotations

import pytest

from medsocial_tui.errors import InvalidTransition, PermissionDenied, UsageError
from medsocial_tui.publishing import queue, queue_views
from medsocial_tui.publishing.states import DeliveryState as S
from medsocial_tui.records import audit

from .conftest import switch


def compose(**kw):
    base = {
        "text": "Flu shots are available Monday to Friday, no appointment needed.",
        "accounts": ["snapchat", "foursquare"],
    }
    return queue.Compose(**{**base, **kw})


def test_a_post_is_written_once_for_many_accounts(demo_practice):
    post = queue.create(switch(demo_practice, "jreyes"), compose())
    assert post.status == "draft"
    assert [d.account_id for d in post.deliveries] == ["snapchat", "foursquare"]
    assert {d.state for d in post.deliveries} == {S.DRAFT}


def test_review_then_approval_by_someone_else_schedules_it(demo_practice):
    post = queue.create(switch(demo_practice, "jreyes"), compose())
    post = queue.submit(demo_practice, post.id)
    assert post.status == "in_review"
    post = queue.approve(switch(demo_practice, "ppatel"), post.id)
    assert post.status == "approved"
    assert {d.state for d in post.deliveries} == {S.SCHEDULED}
    assert all(d.next_attempt_at is not None for d in post.deliveries)


def test_an_approver_cannot_approve_their_own_post(demo_practice):
    post = queue.create(switch(demo_practice, "lbrooks"), compose())
    queue.submit(demo_practice, post.id)
    with pytest.raises(PermissionDenied, match="own post"):
        queue.approve(demo_practice, post.id)


def test_an_author_without_the_approver_role_cannot_approve(demo_practice):
    post = queue.create(switch(demo_practice, "lbrooks"), compose())
    queue.submit(demo_practice, post.id)
    with pytest.raises(PermissionDenied, match="approver"):
        queue.approve(switch(demo_practice, "jreyes"), post.id)


def test_staff_who_have_not_acknowledged_the_policy_cannot_compose(demo_practice):
    with pytest.raises(PermissionDenied, match="acknowledge policy version 1"):
        queue.create(switch(demo_practice, "sokafor"), compose())


def test_someone_not_on_staff_cannot_compose(demo_practice):
    with pytest.raises(PermissionDenied, match="not on the practice's staff list"):
        queue.create(switch(demo_practice, "stranger"), compose())


def test_sending_back_needs_a_reason_and_the_author_sees_it(demo_practice):
    post = queue.create(switch(demo_practice, "jreyes"), compose())
    queue.submit(demo_practice, post.id)
    switch(demo_practice, "ppatel")
    with pytest.raises(UsageError):
        queue.send_back(demo_practice, post.id, "  ")
    post = queue.send_back(demo_practice, post.id, "Say which days")
    assert post.status == "rejected"
    assert post.review_note == "Say which days"


def test_unknown_account_is_refused_with_the_choices(demo_practice):
    with pytest.raises(UsageError) as error:
        queue.create(switch(demo_practice, "jreyes"), compose(accounts=["myspace"]))
    assert "snapchat" in error.value.fix


def test_an_unknown_delivery_is_not_retried_without_anyway(demo_practice):
    switch(demo_practice, "jreyes")
    unknown = next(d for d in queue_views.attention(demo_practice.store) if d.state is S.UNKNOWN)
    with pytest.raises(InvalidTransition, match="may already be out"):
        queue.retry(demo_practice, unknown.id)
    assert queue.retry(demo_practice, unknown.id, anyway=True).state is S.SCHEDULED


def test_resolving_a_todo_with_its_url_publishes_it(demo_practice):
    switch(demo_practice, "jreyes")
    todo = next(d for d in queue_views.attention(demo_practice.store) if d.state is S.TODO)
    done = queue.resolve(demo_practice, todo.id, published_url="https://snapchat.example/p/1")
    assert done.state is S.PUBLISHED
    assert done.remote_url == "https://snapchat.example/p/1"


def test_cancel_stops_only_what_has_not_gone_out(demo_practice):
    switch(demo_practice, "jreyes")
    mixed = next(
        p
        for p in queue_views.page(demo_practice.store, limit=50)
        if {d.state for d in p.deliveries} == {S.FAILED, S.PUBLISHED}
    )
    post = queue.cancel(demo_practice, mixed.id, "outdated")
    assert {d.state for d in post.deliveries} == {S.CANCELED, S.PUBLISHED}


def test_every_change_is_in_the_audit_chain_and_tampering_is_detected(demo_practice):
    post = queue.create(switch(demo_practice, "jreyes"), compose())
    queue.submit(demo_practice, post.id)
    actions = [e.action for e in audit.recent(demo_practice.store.db, limit=5)]
    assert actions[:2] == ["post.submitted", "post.created"]
    assert audit.verify_chain(demo_practice.store.db) is None
    with pytest.raises(Exception, match="append-only"):
        with demo_practice.store.write() as db:
            db.conn.execute("UPDATE events SET actor='someone else' WHERE id=1")
    conn = demo_practice.store.db.conn
    conn.execute("DROP TRIGGER events_are_append_only_update")
    conn.execute("UPDATE events SET actor='someone else' WHERE id=3")
    conn.commit()
    assert audit.verify_chain(demo_practice.store.db) == 3


def test_queue_pages_hold_only_what_was_asked(demo_practice):
    first = queue_views.page(demo_practice.store, limit=5)
    second = queue_views.page(demo_practice.store, limit=5, offset=5)
    assert len(first) == 5 and len(second) == 5
    assert not set(queue_views.ids(first)) & set(queue_views.ids(second))
    flt = queue_views.QueueFilter(states=("todo",))
    assert queue_views.count_posts(demo_practice.store, flt) == 1


def test_editing_an_approved_post_sends_it_back_to_review(demo_practice):
    post = queue.create(switch(demo_practice, "jreyes"), compose())
    queue.submit(demo_practice, post.id)
    queue.approve(switch(demo_practice, "ppatel"), post.id)
    edited = queue.edit(switch(demo_practice, "jreyes"), post.id, compose(text="New words"))
    assert edited.status == "draft"
    assert {d.state for d in edited.deliveries} == {S.DRAFT}
    assert edited.approved_by is None


def test_editing_can_drop_and_add_accounts_before_anything_went_out(demo_practice):
    post = queue.create(switch(demo_practice, "jreyes"), compose())
    edited = queue.edit(demo_practice, post.id, compose(accounts=["foursquare"]))
    assert [d.account_id for d in edited.deliveries] == ["foursquare"]
