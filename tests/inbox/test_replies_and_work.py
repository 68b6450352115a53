"""Inbox work through the real CLI and the core: states, assignment, escalation, hiding,
guarded replies (exit 11 with the rule and a rewrite), a negative review's reply waiting for
an approver, and a reply whose answer was lost never posted twice."""

from __future__ import annotations

import json

import pytest

from medsocial_tui.errors import PermissionDenied
from medsocial_tui.listening import inbox, inbox_replies
from medsocial_tui.testing.fakeapi import Fault

from .conftest import DESK, DOCTOR, OWNER, fetch, open_as, run_cli

BAD_REPLY = "Sorry your root canal hurt, Jane. Dr. Patel will call you."


@pytest.fixture
def review(home, network):
    network.write(
        "Dr Patel did my root canal and my jaw pain is worse. Avoid!",
        kind="review",
        author="Jane Doe",
        rating=1,
    )
    network.write("Are you open Saturday?", kind="comment", author="Ann Lee")
    fetch(home)
    return home


def test_list_show_and_states_through_the_cli(review, entry_point_path):
    listed = run_cli(review, entry_point_path, "inbox", "list", "--json")
    assert listed.returncode == 0, listed.stderr
    items = json.loads(listed.stdout)
    assert [i["state"] for i in items] == ["new", "new"]
    review_id = next(i["id"] for i in items if i["kind"] == "review")
    shown = run_cli(review, entry_point_path, "inbox", "show", str(review_id))
    assert "root canal" in shown.stdout and "state: seen" in shown.stdout
    unanswered = run_cli(review, entry_point_path, "inbox", "list", "--state", "unanswered")
    assert unanswered.stdout.count("\n") >= 3
    bad_state = run_cli(review, entry_point_path, "inbox", "list", "--state", "nope")
    assert bad_state.returncode == 2 and "unanswered" in bad_state.stderr
    closed = run_cli(review, entry_point_path, "inbox", "close", str(review_id))
    assert closed.stdout.strip() == f"item {review_id} is closed"
    again = run_cli(review, entry_point_path, "inbox", "close", str(review_id))
    assert again.returncode == 10
    assert run_cli(review, entry_point_path, "inbox", "reopen", str(review_id)).returncode == 0


def test_a_handle_is_shown_as_the_network_writes_it(review, monkeypatch):
    """X, Mastodon, Bluesky and Instagram store "@name": the detail showed "(@@name)"."""
    from dataclasses import replace

    practice = open_as(review, OWNER, monkeypatch)
    try:
        item = inbox.get(practice.store, 1)
        lines = [
            line for line, _ in inbox.detail(practice, replace(item, author_handle="@ann.lee"))
        ]
        assert any("(@ann.lee)" in line for line in lines if line.startswith("from: ")), lines
        assert not any("@@" in line for line in lines)
    finally:
        practice.close()


def test_a_reply_the_guard_stops_exits_11_with_the_rule_and_a_rewrite(
    review, network, entry_point_path
):
    review_id = 1
    stopped = run_cli(review, entry_point_path, "inbox", "reply", str(review_id), BAD_REPLY)
    assert stopped.returncode == 11
    assert "never confirm or imply that the person is a patient" in stopped.stderr
    assert "no names or handles" in stopped.stderr
    assert "never repeat a health detail" in stopped.stderr
    assert "--template call_us" in stopped.stderr
    assert "312-555-0142" in stopped.stderr
    assert not network.replies


def test_a_stopped_reply_leaves_rules_in_the_audit_and_no_words(review, monkeypatch):
    practice = open_as(review, OWNER, monkeypatch)
    try:
        with pytest.raises(inbox_replies.ReplyBlocked):
            inbox_replies.write_reply(practice, 1, BAD_REPLY)
        events = practice.store.query("SELECT action, details FROM events")
    finally:
        practice.close()
    blocked = [e for e in events if e["action"] == "inbox.reply_blocked"]
    assert blocked and "implies_patient" in blocked[0]["details"]
    assert "Jane" not in str(events) and "root canal" not in str(events)


def test_a_negative_reviews_reply_waits_for_an_approver_then_goes_out_once(
    review, network, entry_point_path
):
    written = run_cli(
        review, entry_point_path, "inbox", "reply", "1", "--template", "call_us", login=DESK
    )
    assert written.returncode == 0, written.stderr
    assert "waits for an approver" in written.stdout
    assert not network.replies
    own = run_cli(review, entry_point_path, "inbox", "approve", "1", login=DESK)
    assert own.returncode == 8
    approved = run_cli(review, entry_point_path, "inbox", "approve", "1", login=DOCTOR)
    assert approved.returncode == 0, approved.stderr
    assert "sent" in approved.stdout
    assert [len(v) for v in network.replies.values()] == [1]
    assert run_cli(review, entry_point_path, "inbox", "approve", "1", login=DOCTOR).returncode == 10
    shown = json.loads(run_cli(review, entry_point_path, "inbox", "show", "1", "--json").stdout)
    assert shown["state"] == "replied"
    assert shown["replies"][0]["approved_by"] == DOCTOR


def test_a_reply_to_a_comment_goes_out_at_once(review, network, monkeypatch):
    practice = open_as(review, DESK, monkeypatch)
    try:
        result = inbox_replies.write_reply(
            practice, 2, "Thank you for asking! Our hours are on our website."
        )
        assert result.sent
        assert inbox.get(practice.store, 2).state.value == "replied"
    finally:
        practice.close()
    assert network.replies["2"][0]["text"].startswith("Thank you for asking")


def test_a_lost_answer_is_read_back_and_never_posted_twice(review, network, monkeypatch):
    practice = open_as(review, OWNER, monkeypatch)
    try:
        network.inject(Fault.drop_after_handling(), method="POST", path=r"/v1/activity/2/replies")
        result = inbox_replies.write_reply(
            practice, 2, "Thank you for asking! Please call the office."
        )
        assert result.reply.state.value == "unknown"
        network.wait_idle(10)
        assert len(network.replies["2"]) == 1
        settled = inbox_replies.send(practice, result.reply.id)
        assert settled.reply.state.value == "sent"
        assert "read back" in settled.reply.last_error
    finally:
        practice.close()
    assert len(network.replies["2"]) == 1


def test_a_lost_request_that_never_arrived_is_sent_once_after_reading_back(
    review, network, monkeypatch
):
    practice = open_as(review, OWNER, monkeypatch)
    try:
        network.inject(Fault.drop_before_handling(), method="POST", path=r"/v1/activity/2/replies")
        result = inbox_replies.write_reply(
            practice, 2, "Thank you for asking! Please call the office."
        )
        assert result.reply.state.value == "unknown"
        assert not network.replies
    finally:
        practice.close()
    report = fetch(review)
    assert [r.reply.state.value for r in report.replies] == ["sent"]
    assert len(network.replies["2"]) == 1
    assert fetch(review).replies == []


def test_assign_escalate_and_hide(review, network, monkeypatch, entry_point_path):
    assigned = run_cli(review, entry_point_path, "inbox", "assign", "2")
    assert assigned.stdout.strip() == f"item 2 assigned to {OWNER}"
    escalated = run_cli(review, entry_point_path, "inbox", "escalate", "1", "--to", DOCTOR)
    assert escalated.returncode == 0 and DOCTOR in escalated.stdout
    nobody = run_cli(review, entry_point_path, "inbox", "escalate", "1", "--to", "ghost")
    assert nobody.returncode == 2 and DOCTOR in nobody.stderr
    hidden = run_cli(review, entry_point_path, "inbox", "hide", "2")
    assert hidden.stdout.strip() == "item 2 is hidden"
    assert network.hidden == {"2"}
    practice = open_as(review, OWNER, monkeypatch)
    try:
        actions = [
            r["action"]
            for r in practice.store.query(
                "SELECT action FROM events WHERE subject_type='inbox_item' ORDER BY id"
            )
        ]
    finally:
        practice.close()
    assert actions.count("inbox.state_changed") >= 2 and "inbox.assigned" in actions


def test_someone_not_on_the_staff_cannot_read_or_answer(review, monkeypatch):
    practice = open_as(review, OWNER, monkeypatch)
    practice.login = "stranger"
    try:
        with pytest.raises(PermissionDenied):
            inbox.require_reader(practice)
        with pytest.raises(PermissionDenied):
            inbox_replies.write_reply(practice, 2, "Thank you!")
    finally:
        practice.close()


def test_templates_are_listed_edited_and_must_pass_the_guard(review, entry_point_path):
    listed = run_cli(review, entry_point_path, "inbox", "templates")
    assert "call_us" in listed.stdout and "portal" in listed.stdout
    bad = run_cli(
        review,
        entry_point_path,
        "inbox",
        "templates",
        "set",
        "thanks",
        "Thanks for visiting us, we loved treating you!",
    )
    assert bad.returncode == 11
    good = run_cli(
        review,
        entry_point_path,
        "inbox",
        "templates",
        "set",
        "thanks",
        "Thank you so much for the kind words! - {practice}",
    )
    assert good.returncode == 0, good.stderr
    listed = run_cli(review, entry_point_path, "inbox", "templates")
    assert "Thank you so much for the kind words! - {practice}" in listed.stdout
    desk = run_cli(
        review, entry_point_path, "inbox", "templates", "set", "thanks", "Hi!", login=DESK
    )
    assert desk.returncode == 8


def test_a_reply_the_network_asks_to_delay_waits_and_goes_out_with_the_next_fetch(
    review, network, monkeypatch
):
    practice = open_as(review, OWNER, monkeypatch)
    try:
        network.inject(
            Fault.status(429, headers={"Retry-After": "600"}),
            method="POST",
            path=r"/v1/activity/2/replies",
        )
        result = inbox_replies.write_reply(
            practice, 2, "Thank you for asking! Please call the office."
        )
        assert result.reply.state.value == "approved"
        assert "asked to wait" in result.reply.last_error
        assert not network.replies
        assert fetch(review).replies == []
        with practice.store.write() as db:
            db.conn.execute("UPDATE account_waits SET until='2000-01-01T00:00:00.000000Z'")
    finally:
        practice.close()
    report = fetch(review)
    assert [r.reply.state.value for r in report.replies] == ["sent"]
    assert len(network.replies["2"]) == 1


def test_a_note_sending_a_reply_back_passes_the_guard_and_can_be_redacted(
    review, monkeypatch, entry_point_path
):
    """The note an approver writes when sending a reply back is free text a person wrote:
    it is refused when it may name a patient, kept apart from the chain, and an admin can
    remove it (it was stored unchecked in the reply's row)."""
    written = run_cli(
        review, entry_point_path, "inbox", "reply", "1", "--template", "call_us", login=DESK
    )
    assert written.returncode == 0, written.stderr
    refused = run_cli(
        review,
        entry_point_path,
        "inbox",
        "reject",
        "1",
        "--note",
        "Jane Doe (DOB 03/04/1980) says it was her molar",
        login=DOCTOR,
    )
    assert refused.returncode == 11 and "may identify a patient" in refused.stderr
    assert "Jane Doe" not in refused.stderr
    practice = open_as(review, DOCTOR, monkeypatch)
    try:
        assert inbox_replies.get_reply(practice.store, 1).state.value == "waiting_approval"
        inbox_replies.reject(practice, 1, "Please offer a call instead of an apology.")
        note = "Please offer a call instead of an apology."
        assert inbox_replies.get_reply(practice.store, 1).last_error == note
        # shown (the TUI's pane and `inbox show`) as the approver's note, not as trouble
        lines = inbox.detail(practice, inbox.get(practice.store, 1))
        assert (f"  Sent back: {note}", "") in lines
        assert not any(note in line for line, what in lines if what == "trouble")
        from medsocial_tui.records import audit, reasons

        event = audit.recent(practice.store.db, limit=1)[0]
        assert event.action == "inbox.reply_rejected" and "offer a call" not in str(event.details)
        kept = reasons.get(practice.store.db, event.details["reason_id"])
        assert kept.text == note and kept.subject_type == "inbox_reply"
    finally:
        practice.close()
    owner = open_as(review, OWNER, monkeypatch)
    try:
        reasons.redact(owner, kept.id)
        assert inbox_replies.get_reply(owner.store, 1).last_error == ""
        assert audit.verify(owner.store.db).ok
    finally:
        owner.close()
