"""The guard's verdict kept with the approval: flush runs the guard again only when the text,
the guard or its context (the practice's details, staff, roster) differs from when the post
was approved, while the patient's written permission is still asked once per network."""

from __future__ import annotations

import pytest

from medsocial_tui import compliance
from medsocial_tui.compliance.roster import import_roster
from medsocial_tui.publishing import approvals, guard, queue
from medsocial_tui.records import staff

from .conftest import add_due_post, make_home, open_with_reference, run_flush

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


CHANGES = {
    "a roster imported": _roster_imported,
    "a staff member added": _staff_member_added,
    "another version of the guard": _another_guard,
    "a verdict for another text": _verdict_for_another_text,
    "the verdict edited by hand": _verdict_edited_by_hand,
}
"""What makes the verdict kept at approval no longer hold, by name (the test ids)."""


@pytest.mark.parametrize("change", sorted(CHANGES))
def test_after_a_change_since_approval_the_guard_reads_the_text_again(
    tmp_path, network, guard_runs, monkeypatch, change
):
    home, post_id = approved_home(tmp_path, network, accounts=1)
    practice = open_with_reference(home)
    try:
        CHANGES[change](practice, home, post_id, monkeypatch)
    finally:
        practice.close()
    guard_runs.clear()
    report = run_flush(home)
    assert guard_runs == [TEXT]
    assert report.counts() == {"published": 1}


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
