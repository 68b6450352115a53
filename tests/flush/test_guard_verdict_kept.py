"""The guard's verdict kept with the approval: flush runs the guard again only when the text,
the guard or its context (the practice's details, staff, roster) differs from when the post
was approved, while the patient's written permission is still asked once per network."""

from __future__ import annotations

import hashlib
import json

import pytest

from medsocial_tui import clock, compliance
from medsocial_tui.compliance.roster import import_roster
from medsocial_tui.publishing import approvals, guard, queue
from medsocial_tui.records import staff

from .conftest import add_due_post, make_home, open_with_reference, run_flush

BLOCKED = "Call Maria Lopez back at 217-555-0199 about her crown"
"""A text the guard blocks."""
ALT = "Our front desk team at the new counter"

TEXT = "Say hello to Hope Baker at the front desk this week!"
"""A text the guard finds clean."""


@pytest.fixture
def guard_runs(monkeypatch) -> list[str]:
    """Every text the guard reads (it still answers as it would)."""
    seen: list[str] = []
    real = compliance.check_text

    def counted(text, *args, **kwargs):
        seen.append(text)
        return real(text, *args, **kwargs)

    monkeypatch.setattr(compliance, "check_text", counted)
    return seen


def approved_home(tmp_path, network, accounts: int = 2):
    home = make_home(tmp_path / "h", network, accounts=accounts, posts=0)
    practice = open_with_reference(home)
    try:
        post_id = add_due_post(practice, TEXT, accounts)
    finally:
        practice.close()
    return home, post_id


def test_approving_keeps_what_the_guard_found_clean(tmp_path, network):
    home, post_id = approved_home(tmp_path, network)
    practice = open_with_reference(home)
    try:
        post = queue.get(practice.store, post_id)
        context = guard.context_for(practice)
        clean = approvals.clean_texts(
            practice.store.db,
            post_id,
            approvals.digest_of(home.root, post),
            guard.version(practice.plugins.checks),
            guard.context_digest(context),
        )
    finally:
        practice.close()
    assert clean == {approvals.text_digest(TEXT)}


def test_an_approved_post_goes_out_without_the_guard_reading_it_again(
    tmp_path, network, guard_runs, monkeypatch
):
    """Nothing changed since approval: no text is read by the guard, and the permission
    check still runs once for each network (two accounts on two networks: twice)."""
    home = make_home(
        tmp_path / "h", network, accounts=2, posts=0, channels=("loopback", "loopback-dedupe")
    )
    practice = open_with_reference(home)
    try:
        add_due_post(practice, TEXT, 2)
    finally:
        practice.close()
    asked: list[str | None] = []
    real = guard.require_permission

    def permission(practice, post, only_account=None):
        asked.append(only_account)
        return real(practice, post, only_account)

    monkeypatch.setattr(guard, "require_permission", permission)
    guard_runs.clear()
    report = run_flush(home)
    assert report.counts() == {"published": 2}
    assert guard_runs == []
    assert sorted(asked) == ["page-0", "page-1"]


def _roster_imported(practice, home, post_id, monkeypatch) -> None:
    import_roster(practice.store, home.root, b"first,last\nHope,Baker\n", actor="frontdesk")


def _staff_member_added(practice, home, post_id, monkeypatch) -> None:
    staff.add(practice, login="maria", name="Maria Gomez")


def _another_guard(practice, home, post_id, monkeypatch) -> None:
    real = guard.version
    monkeypatch.setattr(guard, "version", lambda checks: "another " + real(checks))


def _verdict_for_another_text(practice, home, post_id, monkeypatch) -> None:
    """The account's own text differs from what the guard cleared (a verdict kept for
    another text of the same content)."""
    verdict = guard.CleanVerdict(
        frozenset({approvals.text_digest("another text")}),
        guard.version(practice.plugins.checks),
        guard.context_digest(guard.context_for(practice)),
    )
    with practice.store.write() as db:
        approvals.record_clean(db, home.root, post_id, verdict)


def _verdict_edited_by_hand(practice, home, post_id, monkeypatch) -> None:
    """Its seal no longer holds."""
    with practice.store.write() as db:
        db.conn.execute("UPDATE guard_verdicts SET at=?", ("2020-01-01T00:00:00.000000Z",))


def _practice_detail(key: str, value: str):
    """A detail of ``practice.toml`` the guard's context reads (its own phone, address and
    site are never a patient's), changed since approval."""

    def change(practice, home, post_id, monkeypatch) -> None:
        text = home.config_path.read_text("utf-8")
        line = "one_person_practice = true\n"
        assert line in text
        home.config_path.write_text(text.replace(line, f"{line}{key} = {json.dumps(value)}\n"))

    return change


def _alt_text_changed(practice, home, post_id, monkeypatch) -> list[str]:
    """An alt text the kept verdict never saw: the post's content is another (approved
    again, here by hand, without a verdict), so the kept verdict does not hold for it and
    the guard reads the alt text and the text."""
    from PIL import Image

    picture = home.media_dir / "desk.png"
    Image.new("RGB", (4, 4), "white").save(picture)
    sha256 = hashlib.sha256(picture.read_bytes()).hexdigest()
    media = [{"path": "media/desk.png", "sha256": sha256, "alt_text": ALT}]
    with practice.store.write() as db:
        db.conn.execute("UPDATE posts SET media=? WHERE id=?", (json.dumps(media), post_id))
        basis = approvals.latest(db, post_id, include_cleared=True).basis
        approvals.grant(db, home.root, post_id, basis, "frontdesk")
    return [ALT, TEXT]


def _override_on_a_blocked_text(practice, home, post_id, monkeypatch) -> list[str]:
    """The post now says what the guard blocks, overridden by an approver and approved
    again: the overridden text is never kept as clean, so the guard reads it at every
    flush (the override lets it out)."""
    queue.edit(
        practice,
        post_id,
        queue.Compose(text=BLOCKED, accounts=["page-0"], scheduled_at=clock.now()),
    )
    queue.override_guard(practice, post_id, "A role-play line from our staff training video.")
    queue.submit(practice, post_id)
    queue.approve(practice, post_id)
    kept = practice.store.query(
        "SELECT texts FROM guard_verdicts WHERE post_id=? AND cleared_at IS NULL", (post_id,)
    )
    assert [json.loads(r["texts"]) for r in kept] == [[]]
    return [BLOCKED]


CHANGES = {
    "a roster imported": _roster_imported,
    "the practice's phone": _practice_detail("phone", "+1 217 555 0142"),
    "the practice's address": _practice_detail("address", "12 Main Street, Springfield"),
    "the practice's site": _practice_detail("website", "https://loopback-dental.example"),
    "an alt text changed": _alt_text_changed,
    "an override on a blocked text": _override_on_a_blocked_text,
    "a staff member added": _staff_member_added,
    "another version of the guard": _another_guard,
    "a verdict for another text": _verdict_for_another_text,
    "the verdict edited by hand": _verdict_edited_by_hand,
}
"""What makes the verdict kept at approval no longer hold (or never hold, for a text only an
override lets out), by name (the test ids); each returns the texts the guard then reads
(None: the post's text)."""


@pytest.mark.parametrize("change", sorted(CHANGES))
def test_after_a_change_since_approval_the_guard_reads_the_text_again(
    tmp_path, network, guard_runs, monkeypatch, change
):
    home, post_id = approved_home(tmp_path, network, accounts=1)
    practice = open_with_reference(home)
    try:
        read = CHANGES[change](practice, home, post_id, monkeypatch) or [TEXT]
    finally:
        practice.close()
    guard_runs.clear()
    report = run_flush(home)
    assert sorted(guard_runs) == sorted(read)
    assert report.counts() == {"published": 1}, report.outcomes[0].detail


def test_what_the_guard_finds_when_it_reads_again_stops_the_delivery(
    tmp_path, network, monkeypatch
):
    """Another guard than the one that cleared the text at approval, which blocks it: the
    delivery fails unsent, as it would have without a kept verdict."""
    home, _post_id = approved_home(tmp_path, network, accounts=1)
    real_version, real_check = guard.version, compliance.check_text
    monkeypatch.setattr(guard, "version", lambda checks: "stricter " + real_version(checks))
    monkeypatch.setattr(
        compliance, "check_text", lambda text, *a, **k: real_check("Happy birthday Baker!", *a, **k)
    )
    report = run_flush(home)
    assert report.counts() == {"failed": 1}
    assert "may identify a patient" in report.outcomes[0].detail
    assert sum(network.creates.values()) == 0


def test_an_edit_clears_the_kept_verdict(tmp_path, network):
    home, post_id = approved_home(tmp_path, network, accounts=1)
    practice = open_with_reference(home)
    try:
        with practice.store.write() as db:
            approvals.clear(db, post_id, "frontdesk", "edited")
        left = practice.store.query(
            "SELECT id FROM guard_verdicts WHERE post_id=? AND cleared_at IS NULL", (post_id,)
        )
    finally:
        practice.close()
    assert left == []
