"""Patients' written permission: testimonials and posts featuring a patient need a valid
authorisation covering their scope and networks; revoking one lists every delivery that used
it, deletes where the network can (over loopback) and leaves to-dos where it cannot."""

from __future__ import annotations

import asyncio
from datetime import date

import pytest
from medsocial_mastodon.fake import TOKEN, FakeMastodon

from medsocial_tui import clock
from medsocial_tui.compliance.testimonial import find_testimonial
from medsocial_tui.errors import ComplianceBlocked, InvalidTransition, UsageError
from medsocial_tui.home import demo
from medsocial_tui.home.config import write_secrets
from medsocial_tui.home.practice import Practice, open_practice
from medsocial_tui.publishing import flush, queue
from medsocial_tui.records import audit, authorisations

OWNER = "owner"


@pytest.fixture
def fake():
    with FakeMastodon() as api:
        yield api


@pytest.fixture
def practice(tmp_path, monkeypatch, fake):
    monkeypatch.setenv("MEDSOCIAL_USER", OWNER)
    home = demo.create_home(tmp_path / "h", "Maple", "America/Chicago", login=OWNER, kind="test")
    home.config_path.write_text(
        '[practice]\nname = "Maple"\ntimezone = "America/Chicago"\none_person_practice = true\n'
        "[publishing]\nrequest_timeout_seconds = 2\n"
        f'[[accounts]]\nid = "mastodon"\nchannel = "mastodon"\nname = "@maple"\n'
        f'base_url = "{fake.base_url}"\n'
        '[[accounts]]\nid = "snap"\nchannel = "manual"\nname = "Snapchat"\n'
        'base_url = "http://127.0.0.1:9"\n'
    )
    write_secrets(home, {"mastodon": {"access_token": TOKEN}})
    opened = open_practice(home)
    yield opened
    opened.close()


def _add(practice: Practice, **more) -> authorisations.Authorisation:
    values = dict(
        scope=["text"],
        networks=["mastodon", "manual"],
        signed_on="2026-01-05",
        expires_on=None,
        form_location="binder 2, tab 14",
    )
    values.update(more)
    return authorisations.add(practice, "Maria Lopez", **values)


def _post(practice: Practice, text: str, accounts=("mastodon",), **options) -> int:
    post = queue.create(
        practice,
        queue.Compose(
            text=text, accounts=list(accounts), scheduled_at=clock.now(), options=options
        ),
    )
    return post.id


def _send(practice: Practice, post_id: int) -> str:
    """Submit and approve (a one-person practice approves its own posts)."""
    queue.submit(practice, post_id)
    return queue.approve(practice, post_id).status


@pytest.mark.parametrize(
    ("text", "rule"),
    [
        ("Our patient Maria says the new aligners changed her smile!", "testimonial.our_patient"),
        ("Another success story from the hygiene team.", "testimonial.story"),
        ("Before and after: six months of whitening.", "testimonial.before_after"),
        ("Before & after: six months of whitening.", "testimonial.before_after"),
        ("Tom shares his story of beating dental anxiety.", "testimonial.shares_story"),
        (
            '"Best dentist in town, I was never nervous once" - Karen D.',
            "testimonial.quote_attributed",
        ),
        ("Thank you to our patient Lisa for the kind words!", "testimonial.thanks_from"),
        ("Ｏｕｒ ｐａｔｉｅｎｔ Maria says hello", "testimonial.our_patient"),
    ],
)
def test_testimonial_wording_is_recognised_with_the_rule_named(text, rule):
    assert rule in [c.rule for c in find_testimonial(text)]


@pytest.mark.parametrize(
    "text",
    [
        "We are closed Monday for the holiday.",
        "Flu shots are in: book online.",
        "Our patients can now book online at any hour.",
        "Dr. Patel says flossing daily matters more than the brand of floss.",
    ],
)
def test_ordinary_posts_are_not_testimonials(text):
    assert find_testimonial(text) == []


def test_the_patient_is_kept_as_a_keyed_digest_and_found_by_name(practice):
    made = _add(practice)
    row = practice.store.one("SELECT * FROM authorisations WHERE id = ?", (made.id,))
    assert "maria" not in str(dict(row)).lower() and "lopez" not in str(dict(row)).lower()
    assert [a.id for a in authorisations.find(practice, "maria  LOPEZ")] == [made.id]
    assert authorisations.find(practice, "Mario Lopez") == []
    event = next(e for e in audit.recent(practice.store.db, 5) if e.action == "authorisation.added")
    assert "Maria" not in str(event.details) and event.details["scope"] == ["text"]


def test_bad_input_is_refused_in_words(practice):
    with pytest.raises(UsageError, match="scope"):
        _add(practice, scope=["audio"])
    with pytest.raises(UsageError, match="network"):
        _add(practice, networks=["myspace"])
    with pytest.raises(UsageError, match="not a date"):
        _add(practice, signed_on="5 Jan")
    with pytest.raises(UsageError, match="before it was signed"):
        _add(practice, expires_on="2025-01-01")
    with pytest.raises(UsageError, match="form"):
        _add(practice, form_location=" ")


def test_a_testimonial_without_an_authorisation_is_blocked(practice):
    post_id = _post(practice, "Our patient Maria says she finally loves her smile!")
    with pytest.raises(ComplianceBlocked, match="written authorisation") as stopped:
        queue.submit(practice, post_id)
    assert stopped.value.exit_code == 11


def test_a_post_marked_as_featuring_a_patient_needs_one_too(practice):
    post_id = _post(practice, "A big smile from the chair today.", features_patient=True)
    with pytest.raises(ComplianceBlocked, match="featuring a patient"):
        queue.submit(practice, post_id)


def test_a_valid_authorisation_covering_scope_and_networks_lets_it_through(practice):
    made = _add(practice)
    post_id = _post(practice, "Another success story!", authorisation=made.id)
    assert _send(practice, post_id) == "approved"


def test_the_wrong_scope_network_or_an_expired_one_blocks(practice):
    text_only = _add(practice, networks=["manual"])
    post_id = _post(
        practice,
        "Before and after",
        features_patient=True,
        authorisation=text_only.id,
    )
    with practice.store.write() as db:
        db.conn.execute(
            "UPDATE posts SET media = ? WHERE id = ?",
            (
                '[{"path": "media/a.jpg", "mime_type": "image/jpeg", "alt_text": "A smile"}]',
                post_id,
            ),
        )
    with pytest.raises(ComplianceBlocked) as stopped:
        queue.submit(practice, post_id)
    assert "does not cover photo" in stopped.value.what
    assert "does not cover mastodon" in stopped.value.what
    old = _add(practice, signed_on="2024-01-01", expires_on="2025-01-01")
    late = _post(practice, "Success story!", authorisation=old.id)
    with pytest.raises(ComplianceBlocked, match="expired 2025-01-01"):
        queue.submit(practice, late)


def test_an_approvers_guard_override_does_not_lift_the_permission_gate(practice):
    post_id = _post(practice, "Our patient Maria Lopez says thank you!")
    with pytest.raises(ComplianceBlocked):
        queue.submit(practice, post_id)
    queue.override_guard(practice, post_id, "She asked us to post this, we have it in writing")
    with pytest.raises(ComplianceBlocked, match="authorisation"):
        queue.submit(practice, post_id)


def test_revoking_lists_deliveries_deletes_where_it_can_and_leaves_to_dos(practice, fake):
    made = _add(practice)
    post_id = _post(
        practice, "Success story of the month!", ("mastodon", "snap"), authorisation=made.id
    )
    _send(practice, post_id)
    asyncio.run(flush.run(practice))
    with practice.store.write() as db:
        db.conn.execute(
            "UPDATE deliveries SET state='published', remote_id='manual-1' WHERE account_id='snap'"
        )
    assert len(fake.statuses) == 1
    unrelated = _post(practice, "Closed Monday for the holiday.")
    _send(practice, unrelated)
    asyncio.run(flush.run(practice))
    assert len(fake.statuses) == 2

    listed = authorisations.revoke(practice, made.id, on=date(2026, 3, 1))
    assert sorted((t.account_id, t.state) for t in listed) == [
        ("mastodon", "pending"),
        ("snap", "to_do"),
    ]
    done = asyncio.run(authorisations.take_down(practice, made.id))
    states = {t.account_id: t.state for t in done}
    assert states == {"mastodon": "deleted", "snap": "to_do"}
    assert len(fake.statuses) == 1
    assert fake.calls("DELETE", r"/api/v1/statuses/\d+")
    snap = next(t for t in done if t.account_id == "snap")
    assert authorisations.mark_done(practice, snap.id).state == "done"
    with pytest.raises(InvalidTransition, match="is already done"):
        authorisations.mark_done(practice, snap.id)
    actions = [e.action for e in audit.recent(practice.store.db, 20)]
    assert {"authorisation.revoked", "takedown.deleted", "takedown.done"} <= set(actions)
    with pytest.raises(InvalidTransition):
        authorisations.revoke(practice, made.id)
    again = _post(practice, "Success story!", authorisation=made.id)
    with pytest.raises(ComplianceBlocked, match="revoked 2026-03-01"):
        queue.submit(practice, again)


def test_a_network_that_refuses_the_delete_leaves_a_to_do_in_its_words(practice, fake):
    from medsocial_tui.testing.fakeapi import Fault

    made = _add(practice)
    post_id = _post(practice, "Success story!", authorisation=made.id)
    _send(practice, post_id)
    asyncio.run(flush.run(practice))
    authorisations.revoke(practice, made.id)
    fake.inject(Fault.status(500), path=r"/api/v1/statuses/\d+")
    (item,) = asyncio.run(authorisations.take_down(practice, made.id))
    assert item.state == "to_do" and "remove it by hand" in item.detail


def test_an_item_settled_meanwhile_by_another_run_leaves_the_rest_taken_down(
    practice, fake, monkeypatch
):
    made = _add(practice)
    for text in ("Success story!", "Another success story!"):
        post_id = _post(practice, text, authorisation=made.id)
        _send(practice, post_id)
        asyncio.run(flush.run(practice))
    listed = authorisations.revoke(practice, made.id)
    assert [t.state for t in listed] == ["pending", "pending"]
    real = authorisations._delete_one
    settled: list[int] = []

    async def another_run_settles_the_first(practice_, client, item):
        if not settled:  # a second `takedown` run finished this one while ours asked
            settled.append(item.id)
            authorisations._set_takedown(
                practice_, item, authorisations.TakedownState.DELETED, "by the other run", "x"
            )
        return await real(practice_, client, item)

    monkeypatch.setattr(authorisations, "_delete_one", another_run_settles_the_first)
    done = asyncio.run(authorisations.take_down(practice, made.id))
    assert [(t.state, t.detail) for t in done][0] == ("deleted", "by the other run")
    assert done[1].state == "deleted" and done[1].detail != "by the other run"


def test_flush_stops_an_approved_post_whose_authorisation_was_revoked_since(practice, fake):
    made = _add(practice)
    post_id = _post(practice, "Success story of the week!", authorisation=made.id)
    _send(practice, post_id)
    authorisations.revoke(practice, made.id)
    report = asyncio.run(flush.run(practice))
    assert [o.state for o in report.outcomes] == ["failed"]
    assert fake.statuses == []
    row = practice.store.one("SELECT last_error FROM deliveries WHERE post_id = ?", (post_id,))
    assert "revoked" in row["last_error"]


def test_the_permission_gate_and_the_text_gate_are_asked_apart(practice):
    """``require_clean`` asks both; ``require_clean_texts`` the texts alone (flush asks the
    permission itself, once per network)."""
    from medsocial_tui.publishing import guard

    post_id = _post(practice, "A big smile from the chair today.", features_patient=True)
    post = queue.get(practice.store, post_id)
    guard.require_clean_texts(practice, post)
    with pytest.raises(ComplianceBlocked, match="featuring a patient"):
        guard.require_clean(practice, post)
    named = _post(practice, "Maria Lopez (DOB 03/14/1962) came in today.", features_patient=True)
    with pytest.raises(ComplianceBlocked, match="may identify a patient"):
        guard.require_clean_texts(practice, queue.get(practice.store, named))
