"""flush sends a delivery only on an approval of exactly what it would publish: a delivery set
to scheduled in the database, a post changed after approval, a swapped image or a changed
review rule are held for a person with the reason in words, and nothing reaches the network."""

from __future__ import annotations

import hashlib
import json

import pytest

from medsocial_tui import clock
from medsocial_tui.errors import InvalidTransition
from medsocial_tui.publishing import approvals, queue, queue_views

from .conftest import LOGIN, make_home, open_with_reference, run_flush, states


def _held(report) -> list:
    return [o for o in report.outcomes if o.state == "held"]


@pytest.mark.tampers
def test_a_delivery_set_to_scheduled_in_the_database_is_held_not_sent(tmp_path, network):
    home = make_home(tmp_path / "h", network, accounts=1, posts=0)
    practice = open_with_reference(home)
    draft = queue.create(
        practice,
        queue.Compose(text="Never reviewed", accounts=["page-0"], scheduled_at=clock.now()),
    )
    with practice.store.write() as db:
        db.conn.execute(
            "UPDATE deliveries SET state='scheduled', next_attempt_at=? WHERE post_id=?",
            (clock.to_iso(clock.now()), draft.id),
        )
    practice.close()
    report = run_flush(home)
    assert network.calls("POST") == []
    [held] = _held(report)
    assert "nobody approved it" in held.detail
    assert f"medsocial post submit {draft.id}" in held.detail
    assert set(states(home).values()) == {"held"}


def test_a_post_changed_in_the_database_after_approval_is_held(tmp_path, network):
    home = make_home(tmp_path / "h", network, accounts=2, posts=1)
    practice = open_with_reference(home)
    with practice.store.write() as db:
        db.conn.execute("UPDATE posts SET overrides=? WHERE id=1", (json.dumps({"page-1": "Hi"}),))
    practice.close()
    report = run_flush(home)
    assert network.calls("POST") == []
    assert len(_held(report)) == 2
    assert all("changed after it was approved" in o.detail for o in _held(report))


def test_a_delivery_added_to_an_approved_post_in_the_database_is_held(tmp_path, network):
    home = make_home(tmp_path / "h", network, accounts=2, posts=0)
    practice = open_with_reference(home)
    post_id = queue.create(
        practice, queue.Compose(text="For page 0", accounts=["page-0"], scheduled_at=clock.now())
    ).id
    queue.submit(practice, post_id)
    queue.approve(practice, post_id)
    with practice.store.write() as db:
        db.conn.execute(
            "INSERT INTO deliveries (post_id, account_id, state, scheduled_at, next_attempt_at,"
            " idempotency_key, updated_at) VALUES (?, 'page-1', 'scheduled', ?, ?, 'k', ?)",
            (post_id, *(clock.to_iso(clock.now()),) * 3),
        )
    practice.close()
    report = run_flush(home)
    assert network.calls("POST") == []
    assert len(_held(report)) == 2


def test_a_swapped_image_does_not_go_out_on_the_old_approval(tmp_path, network):
    home = make_home(tmp_path / "h", network, accounts=1, posts=0)
    picture = home.media_dir / "clinic.png"
    picture.write_bytes(b"\x89PNG approved picture")
    practice = open_with_reference(home)
    entry = {"path": "media/clinic.png", "alt_text": "Our clinic", "mime_type": "image/png"}
    post_id = queue.create(
        practice,
        queue.Compose(
            text="Our new clinic", accounts=["page-0"], media=[entry], scheduled_at=clock.now()
        ),
    ).id
    queue.submit(practice, post_id)
    queue.approve(practice, post_id)
    picture.write_bytes(b"\x89PNG another picture")
    practice.close()
    report = run_flush(home)
    assert network.calls("POST") == []
    assert "changed after it was approved" in _held(report)[0].detail


def test_approval_binds_the_stored_media_digest(tmp_path, network):
    """With the digest stored at attach time, changing it in the database (to match a
    swapped file) breaks the approval too."""
    home = make_home(tmp_path / "h", network, accounts=1, posts=0)
    data = b"\x89PNG approved picture"
    (home.media_dir / "a.png").write_bytes(data)
    practice = open_with_reference(home)
    entry = {"path": "media/a.png", "sha256": hashlib.sha256(data).hexdigest()}
    post_id = queue.create(
        practice,
        queue.Compose(text="Clinic", accounts=["page-0"], media=[entry], scheduled_at=clock.now()),
    ).id
    queue.submit(practice, post_id)
    queue.approve(practice, post_id)
    root = practice.home.root
    assert approvals.why_not_sendable(practice.store.db, root, practice.config, post_id) is None
    swapped = {**entry, "sha256": hashlib.sha256(b"other").hexdigest()}
    with practice.store.write() as db:
        db.conn.execute("UPDATE posts SET media=? WHERE id=?", (json.dumps([swapped]), post_id))
    why = approvals.why_not_sendable(practice.store.db, root, practice.config, post_id)
    assert why and "changed after it was approved" in why
    practice.close()


@pytest.mark.tampers
def test_an_approval_row_written_without_the_key_is_not_trusted(tmp_path, network):
    home = make_home(tmp_path / "h", network, accounts=1, posts=0)
    practice = open_with_reference(home)
    draft = queue.create(
        practice, queue.Compose(text="Forged", accounts=["page-0"], scheduled_at=clock.now())
    )
    digest = approvals.current_digest(practice.store.db, practice.home.root, draft.id)
    with practice.store.write() as db:
        db.conn.execute(
            "INSERT INTO approvals (post_id, basis, by, at, digest, seal) VALUES"
            " (?, 'approver', 'ppatel', ?, ?, ?)",
            (draft.id, clock.to_iso(clock.now()), digest, "0" * 64),
        )
        db.conn.execute(
            "UPDATE deliveries SET state='scheduled', next_attempt_at=? WHERE post_id=?",
            (clock.to_iso(clock.now()), draft.id),
        )
    practice.close()
    report = run_flush(home)
    assert network.calls("POST") == []
    assert "does not carry a valid seal" in _held(report)[0].detail


def test_a_post_held_for_its_approval_is_submitted_again_and_then_goes_out(tmp_path, network):
    home = make_home(tmp_path / "h", network, accounts=1, posts=1)
    practice = open_with_reference(home)
    with practice.store.write() as db:
        db.conn.execute("UPDATE posts SET text='Flu shots all week, walk in any time.'")
    practice.close()
    run_flush(home)
    practice = open_with_reference(home)
    held = queue_views.attention(practice.store)[0]
    try:
        queue.retry(practice, held.id)
        raise AssertionError("retry should refuse a delivery held for its approval")
    except InvalidTransition as exc:
        assert "submit" in (exc.fix or "")
    queue.submit(practice, 1)
    post = queue.approve(practice, 1)
    assert post.status == "approved"
    practice.close()
    run_flush(home)
    assert set(states(home).values()) == {"published"}
    assert network.posts[0]["text"].startswith("Flu shots all week")


@pytest.mark.tampers
def test_the_no_review_rule_sends_and_a_stricter_rule_later_holds(tmp_path, network):
    home = make_home(tmp_path / "h", network, accounts=1, posts=0)
    config = home.config_path.read_text()
    home.config_path.write_text(
        config.replace(
            "one_person_practice = true", "one_person_practice = true\nreview_required = false"
        )
    )
    practice = open_with_reference(home)
    first = queue.create(
        practice,
        queue.Compose(text="No review here", accounts=["page-0"], scheduled_at=clock.now()),
    )
    queue.submit(practice, first.id)
    approval = approvals.latest(practice.store.db, first.id)
    assert approval is not None and approval.basis is approvals.Basis.NO_REVIEW
    assert approval.by == LOGIN
    second = queue.create(
        practice, queue.Compose(text="Second one", accounts=["page-0"], scheduled_at=clock.now())
    )
    queue.submit(practice, second.id)
    practice.close()
    report = run_flush(home)
    assert {o.state for o in report.outcomes} == {"published"}
    home.config_path.write_text(config)
    practice = open_with_reference(home)
    third = queue.create(
        practice, queue.Compose(text="Third one", accounts=["page-0"], scheduled_at=clock.now())
    )
    with practice.store.write() as db:
        approvals.grant(db, practice.home.root, third.id, approvals.Basis.NO_REVIEW, LOGIN)
        db.conn.execute(
            "UPDATE deliveries SET state='scheduled', next_attempt_at=? WHERE post_id=?",
            (clock.to_iso(clock.now()), third.id),
        )
    practice.close()
    report = run_flush(home)
    assert "the practice now requires review" in _held(report)[0].detail


def test_dry_run_says_an_unapproved_delivery_would_be_held(tmp_path, network):
    home = make_home(tmp_path / "h", network, accounts=1, posts=1)
    practice = open_with_reference(home)
    with practice.store.write() as db:
        db.conn.execute("UPDATE posts SET text='Changed behind the approver'")
    from medsocial_tui.publishing import flush

    report = flush.dry_run_report(practice, clock.now())
    practice.close()
    assert [o.state for o in report.outcomes] == ["would_hold"]
    assert "changed after it was approved" in report.outcomes[0].detail
