"""Approvals and overrides belong to what was approved: the last editor cannot approve, an
override covers the very text it was given for and no edit survives it, a column set by
hand skips nothing, and reasons pass the guard and live outside the chain."""

from __future__ import annotations

import pytest

from medsocial_tui.errors import ComplianceBlocked, PermissionDenied
from medsocial_tui.publishing import approvals, queue, queue_views
from medsocial_tui.records import audit, reasons

from .conftest import as_

PHI = "Call Maria Lopez back at 217-555-0199 about her crown"


def _compose(text: str = "Flu shots all week, walk in any time.", **more) -> queue.Compose:
    return queue.Compose(text=text, accounts=["mastodon"], **more)


def test_an_approver_who_rewrote_a_colleagues_post_cannot_approve_it(practice):
    post = queue.create(as_(practice, "jreyes"), _compose())
    queue.edit(as_(practice, "lbrooks"), post.id, _compose("Flu shots all week, from 8am."))
    assert queue.get(practice.store, post.id).edited_by == "lbrooks"
    queue.submit(practice, post.id)
    assert post.id not in queue_views.ids(queue_views.reviewable(practice))
    with pytest.raises(PermissionDenied, match="you changed post .* last"):
        queue.approve(practice, post.id)
    assert queue.approve(as_(practice, "ppatel"), post.id).status == "approved"
    approval = approvals.latest(practice.store.db, post.id)
    assert approval is not None and approval.by == "ppatel"


def test_an_edit_clears_the_approval(practice):
    post = queue.create(as_(practice, "jreyes"), _compose())
    queue.submit(practice, post.id)
    queue.approve(as_(practice, "ppatel"), post.id)
    assert approvals.latest(practice.store.db, post.id) is not None
    queue.edit(as_(practice, "jreyes"), post.id, _compose("Flu shots all week, from 9am."))
    assert approvals.latest(practice.store.db, post.id) is None
    assert "approval.cleared" in [e.action for e in audit.recent(practice.store.db, limit=3)]


def test_setting_the_override_column_by_hand_does_not_skip_the_guard(practice):
    post = queue.create(as_(practice, "jreyes"), _compose(PHI))
    with practice.store.write() as db:
        db.conn.execute("UPDATE posts SET compliance_override_by='ppatel' WHERE id=?", (post.id,))
    with pytest.raises(ComplianceBlocked):
        queue.submit(practice, post.id)


def test_an_override_covers_its_text_and_does_not_survive_an_edit(practice):
    post = queue.create(as_(practice, "jreyes"), _compose(PHI))
    with pytest.raises(ComplianceBlocked):
        queue.submit(practice, post.id)
    queue.override_guard(
        as_(practice, "ppatel"), post.id, "A role-play line from our staff training video."
    )
    assert queue.submit(as_(practice, "jreyes"), post.id).status == "in_review"
    queue.edit(practice, post.id, _compose(PHI, link="https://maplestreetdental.example"))
    with pytest.raises(ComplianceBlocked):
        queue.submit(practice, post.id)
    event = audit.recent(practice.store.db, limit=10)
    overridden = next(e for e in event if e.action == "post.guard_overridden")
    assert "reason" not in overridden.details
    assert overridden.details["reason_digest"] and overridden.details["digest"]


def test_a_reason_that_may_name_a_patient_is_refused_in_words(practice):
    post = queue.create(as_(practice, "jreyes"), _compose())
    with pytest.raises(ComplianceBlocked, match="reason for canceling may identify a patient"):
        queue.cancel(practice, post.id, "Maria Lopez (DOB 03/04/1980) asked us to take it down")
    assert queue.get(practice.store, post.id).status == "draft"
    queue.submit(practice, post.id)
    with pytest.raises(ComplianceBlocked, match="sending it back"):
        queue.send_back(as_(practice, "ppatel"), post.id, "Call Maria Lopez at 217-555-0199")


def test_reasons_live_outside_the_chain_and_can_be_redacted(practice):
    post = queue.create(as_(practice, "jreyes"), _compose())
    queue.submit(practice, post.id)
    queue.send_back(as_(practice, "ppatel"), post.id, "Please shorten the second sentence.")
    sent_back = audit.recent(practice.store.db, limit=1)[0]
    assert sent_back.action == "post.sent_back"
    assert "shorten" not in str(sent_back.details)
    kept = reasons.get(practice.store.db, sent_back.details["reason_id"])
    assert kept.text == "Please shorten the second sentence."
    assert kept.digest == sent_back.details["reason_digest"]
    reasons.redact(practice, kept.id)
    assert reasons.get(practice.store.db, kept.id).text is None
    assert queue.get(practice.store, post.id).review_note == ""
    assert audit.recent(practice.store.db, limit=1)[0].action == "reason.redacted"
    assert audit.verify(practice.store.db).ok


def test_only_an_admin_redacts_a_reason(practice):
    post = queue.create(as_(practice, "jreyes"), _compose())
    queue.cancel(practice, post.id, "We decided to run it next month instead.")
    reason_id = reasons.listing(practice.store.db)[0].id
    with pytest.raises(PermissionDenied):
        reasons.redact(as_(practice, "jreyes"), reason_id)


def test_a_reason_changed_in_the_database_is_found(practice):
    post = queue.create(as_(practice, "jreyes"), _compose())
    queue.cancel(practice, post.id, "We decided to run it next month instead.")
    latest = reasons.listing(practice.store.db)[0].id
    assert reasons.tampered(practice.store.db) == []
    with practice.store.write() as db:
        db.conn.execute("UPDATE reasons SET text='Something else entirely' WHERE id=?", (latest,))
    assert reasons.tampered(practice.store.db) == [latest]


def test_a_failure_reason_that_may_name_a_patient_is_refused(practice):
    unknown = next(d for d in queue_views.attention(practice.store) if d.state.value == "unknown")
    with pytest.raises(ComplianceBlocked, match="reason it failed"):
        queue.resolve(
            as_(practice, "jreyes"),
            unknown.id,
            failed_reason="Maria Lopez (DOB 03/04/1980) complained, so we removed it",
        )
    assert queue.get_delivery(practice.store, unknown.id).state.value == "unknown"


def test_an_approval_note_that_may_name_a_patient_is_refused_and_the_post_waits(practice):
    post = queue.create(as_(practice, "jreyes"), _compose())
    queue.submit(practice, post.id)
    before = reasons.listing(practice.store.db)
    with pytest.raises(ComplianceBlocked, match="approval note may identify a patient"):
        queue.approve(as_(practice, "ppatel"), post.id, "OK'd by Maria Lopez, 217-555-0199")
    assert queue.get(practice.store, post.id).status == "in_review"
    assert reasons.listing(practice.store.db) == before


def test_an_approval_note_is_kept_apart_from_the_chain_and_can_be_redacted(practice):
    post = queue.create(as_(practice, "jreyes"), _compose())
    queue.submit(practice, post.id)
    queue.approve(as_(practice, "ppatel"), post.id, "  Checked the clinic times with the desk. ")
    approved = audit.recent(practice.store.db, limit=5)
    event = next(e for e in approved if e.action == "post.approved")
    assert "clinic times" not in str(event.details)
    kept = reasons.get(practice.store.db, event.details["reason_id"])
    assert kept.text == "Checked the clinic times with the desk." and kept.purpose == "approved"
    assert queue.get(practice.store, post.id).review_note == kept.text
    reasons.redact(practice, kept.id)
    assert queue.get(practice.store, post.id).review_note == ""
    assert audit.verify(practice.store.db).ok


def test_an_approvers_note_goes_with_the_approval_when_the_post_is_edited(practice):
    """Edited after approval, the post is a draft again: the approver's note must not come
    back as a reason for sending it back (it stays among the practice's reasons)."""
    post = queue.create(as_(practice, "jreyes"), _compose())
    queue.submit(practice, post.id)
    queue.approve(as_(practice, "ppatel"), post.id, "Checked the clinic times with the desk.")
    queue.edit(as_(practice, "jreyes"), post.id, _compose("Flu shots all week, from 9am."))
    edited = queue.get(practice.store, post.id)
    assert edited.status == "draft" and edited.review_note == ""
    assert queue.submit(practice, post.id).review_note == ""
    assert any(
        r.text == "Checked the clinic times with the desk."
        for r in reasons.listing(practice.store.db)
    )


def test_a_reason_for_sending_back_stays_with_the_draft_for_its_author(practice):
    post = queue.create(as_(practice, "jreyes"), _compose())
    queue.submit(practice, post.id)
    queue.send_back(as_(practice, "ppatel"), post.id, "Please add the walk-in hours.")
    queue.edit(as_(practice, "jreyes"), post.id, _compose("Flu shots all week, 8am to 6pm."))
    assert queue.get(practice.store, post.id).review_note == "Please add the walk-in hours."


def test_an_approval_without_a_note_keeps_no_reason(practice):
    post = queue.create(as_(practice, "jreyes"), _compose())
    queue.submit(practice, post.id)
    before = reasons.listing(practice.store.db)
    queue.approve(as_(practice, "ppatel"), post.id, "   ")
    event = next(e for e in audit.recent(practice.store.db, limit=5) if e.action == "post.approved")
    assert "reason_id" not in event.details
    assert reasons.listing(practice.store.db) == before


def test_a_cancel_reason_is_kept_apart_from_the_chain(practice):
    post = queue.create(as_(practice, "jreyes"), _compose())
    queue.cancel(practice, post.id, "The flu clinic moved to next month.")
    canceled = audit.recent(practice.store.db, limit=1)[0]
    assert canceled.action == "post.canceled"
    assert "flu clinic" not in str(canceled.details)
    assert reasons.get(practice.store.db, canceled.details["reason_id"]).text == (
        "The flu clinic moved to next month."
    )


def test_who_may_approve_is_judged_once_per_author_and_is_the_same_for_each_post(
    practice, monkeypatch
):
    """A page of the queue holds many posts in review: the staff are judged once per author,
    and each post's answer is what review_wait gives for it alone."""
    from medsocial_tui.publishing import approvers

    posts = []
    for login in ("jreyes", "jreyes", "lbrooks"):
        post = queue.create(as_(practice, login), _compose())
        posts.append(queue.submit(as_(practice, login), post.id))
    draft = queue.create(as_(practice, "jreyes"), _compose())
    one_by_one = {p.id: approvers.review_wait(practice, p) for p in posts}
    judged: list[str] = []
    real = approvers._approvers_for

    def counted(practice_, store, author):
        judged.append(author)
        return real(practice_, store, author)

    monkeypatch.setattr(approvers, "_approvers_for", counted)
    waits = approvers.review_waits(practice, [*posts, draft])
    assert waits == one_by_one and draft.id not in waits
    assert sorted(judged) == ["jreyes", "lbrooks"]
    assert "jreyes" not in waits[posts[0].id].approvers
    assert "lbrooks" in waits[posts[0].id].approvers
