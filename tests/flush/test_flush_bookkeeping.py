"""Flush's own bookkeeping stays small and indexed (issue 18): each lane's page of due
deliveries is an index search of only the waiting deliveries, in due order without a sort;
an attempt's record is written once, when it ends, with who claimed it and when, and a claim
cut short still gets one."""

from __future__ import annotations

import asyncio
from dataclasses import replace

import pytest

from medsocial_tui import clock
from medsocial_tui.home.practice import open_practice
from medsocial_tui.publishing import claims, flush, states
from medsocial_tui.store.plans import plan, plan_problems
from medsocial_tui.testing import reference
from medsocial_tui.testing.fakeapi import Fault

from .conftest import make_home, open_with_reference, run_flush
from .conftest import states as delivery_states


def test_a_lanes_due_page_is_an_index_search_of_the_waiting_deliveries(tmp_path, network):
    home = make_home(tmp_path / "h", network, accounts=2, posts=30)
    practice = open_with_reference(home)
    try:
        conn = practice.store.db.conn
        for analysed in (False, True):
            if analysed:
                conn.execute("ANALYZE")
            until = clock.to_iso(clock.now())
            page = claims.DUE_PAGE_SQL
            params = ("page-0", until, "", 0, 200)
            assert plan_problems(conn, page, params) == []
            assert any("deliveries_waiting" in line for line in plan(conn, page, params))
            assert plan_problems(conn, claims.DUE_ACCOUNTS_SQL, (until,)) == []
    finally:
        practice.close()


def test_the_waiting_index_holds_only_deliveries_waiting_to_be_sent(tmp_path, network):
    home = make_home(tmp_path / "h", network, accounts=2, posts=3)
    practice = open_practice(home, extra_plugins=(reference,))
    try:
        asyncio.run(flush.run(practice, keep=False))
        conn = practice.store.db.conn
        held = conn.execute(
            "SELECT count(*) FROM deliveries INDEXED BY deliveries_waiting"
            f" WHERE state IN {states.sql_in(states.SENDABLE)} AND account_id IN (?, ?)",
            ("page-0", "page-1"),
        ).fetchone()[0]
    finally:
        practice.close()
    assert held == 0


def test_each_attempt_is_recorded_once_when_it_ends(tmp_path, network):
    home = make_home(tmp_path / "h", network, accounts=2, posts=2)
    network.inject(Fault.status(400, {"error": {"message": "Looks like spam"}}), times=1)
    practice = open_practice(home, extra_plugins=(reference,))
    try:
        asyncio.run(flush.run(practice, keep=False))
        rows = practice.store.query(
            "SELECT a.*, d.attempt_id AS current, d.claimed_at FROM attempts a"
            " JOIN deliveries d ON d.id = a.delivery_id ORDER BY a.id"
        )
    finally:
        practice.close()
    assert len(rows) == 4
    assert sorted(r["outcome"] for r in rows) == ["failed", "published", "published", "published"]
    for row in rows:
        assert row["attempt_id"] == row["current"]
        assert row["runner"].count(":") == 2
        assert row["started_at"] == row["claimed_at"] <= row["finished_at"]


def test_a_claim_cut_short_gets_its_attempt_record_when_swept(tmp_path, network):
    home = make_home(tmp_path / "h", network, accounts=1, posts=2)
    practice = open_with_reference(home)
    try:
        store = practice.store
        rows = claims.due(store, clock.now())
        gone = "nohost:1:dead"
        with store.write():
            attempt = claims.claim(store, rows[0], gone, clock.now(), -60)  # lease ran out
        assert store.query("SELECT * FROM attempts") == []
        with store.write():
            swept = claims.sweep_expired_leases(store, clock.now())
        recorded = store.query("SELECT * FROM attempts")
    finally:
        practice.close()
    assert swept == [rows[0].id]
    assert [(r["attempt_id"], r["runner"], r["outcome"]) for r in recorded] == [
        (attempt, gone, "unknown")
    ]


def test_the_guards_context_is_built_again_once_another_process_changed_the_database(
    tmp_path, network
):
    """Flush builds the guard's context (staff, roster) once, not once a post; a roster
    imported meanwhile by another connection (the TUI) counts from the next delivery on."""
    from medsocial_tui.compliance.roster import import_roster
    from medsocial_tui.publishing.sending import _Preparer

    home = make_home(tmp_path / "h", network, accounts=1, posts=1)
    practice = open_with_reference(home)
    writer_store = practice.reopen_store()
    try:
        preparer = _Preparer(practice, "runner")
        preparer._on_writer = replace(practice, store=writer_store)
        first = preparer._guard_context(writer_store)
        assert first.roster is None
        assert preparer._guard_context(writer_store) is first
        import_roster(practice.store, home.root, b"first,last\nHope,Baker\n", actor="bench")
        again = preparer._guard_context(writer_store)
        assert again is not first and again.roster is not None
    finally:
        writer_store.close()
        practice.close()


def test_a_delivery_whose_checks_fail_is_skipped_whole_and_the_lane_goes_on(
    tmp_path, network, monkeypatch
):
    """No savepoint wraps each delivery: its checks only read, so one that raises leaves
    nothing half-written; the delivery stays scheduled and the others go out."""
    from medsocial_tui.publishing import sending

    home = make_home(tmp_path / "h", network, accounts=1, posts=3)
    before = delivery_states(home)
    broken = sorted(before)[1]
    real = sending.approvals.why_not_sendable

    def why_not(db, root, config, post_id, digest=None):
        row = db.conn.execute("SELECT id FROM deliveries WHERE post_id=?", (post_id,)).fetchone()
        if row[0] == broken:
            raise LookupError("a check that fails")
        return real(db, root, config, post_id, digest)

    monkeypatch.setattr(sending.approvals, "why_not_sendable", why_not)
    report = run_flush(home)
    assert report.final_states() == {broken: "skipped"}
    assert any("could not prepare (LookupError)" in o.detail for o in report.outcomes)
    after = delivery_states(home)
    assert after.pop(broken) == "scheduled"
    assert set(after.values()) == {"published"}


def test_a_run_notes_each_accounts_latest_publish_without_a_statement_per_delivery(
    tmp_path, network, monkeypatch
):
    """The account's row says when it last published (and that its credentials work) as of
    the run's latest publish, though the run wrote it once per NOTE_SECONDS, not per
    delivery: here once at the first publish and once as the lane ended."""
    from medsocial_tui.publishing import outcomes, sending

    home = make_home(tmp_path / "h", network, accounts=1, posts=6)
    practice = open_practice(home, extra_plugins=(reference,))
    try:
        with practice.store.write() as db:
            db.conn.execute("UPDATE accounts SET auth_status='expired', auth_message='Expired'")
        notes: list[str] = []
        real = sending.note_published

        def counted(store, account_id, at):  # noqa: ANN001, ANN202 - the same signature
            notes.append(at)
            real(store, account_id, at)

        monkeypatch.setattr(outcomes, "note_published", counted)
        monkeypatch.setattr(sending, "note_published", counted)
        monkeypatch.setattr(sending, "NOTE_SECONDS", 3600.0)
        asyncio.run(flush.run(practice, keep=False))
        account = practice.store.one(
            "SELECT last_published_at, auth_status, auth_message FROM accounts"
        )
        latest = practice.store.one("SELECT max(published_at) AS at FROM deliveries")
    finally:
        practice.close()
    assert sorted(delivery_states(home).values()) == ["published"] * 6
    assert len(notes) == 2  # the first publish, and the lane's last one when it ended
    assert account == {
        "last_published_at": latest["at"],
        "auth_status": "ok",
        "auth_message": "",
    }


def test_a_transactions_attempt_records_are_written_together(tmp_path, network):
    """Flush writes the attempt records of a transaction in one statement before it
    commits (as it writes its audit events), not one statement per delivery."""
    home = make_home(tmp_path / "h", network, accounts=2, posts=6)
    statements: list[str] = []
    practice = open_practice(home, extra_plugins=(reference,))
    real = practice.reopen_store

    def traced():
        store = real()
        store.db.conn.set_trace_callback(statements.append)
        return store

    try:
        practice.reopen_store = traced  # type: ignore[method-assign]
        report = asyncio.run(flush.run(practice, keep=False))
        recorded = practice.store.query("SELECT outcome FROM attempts")
    finally:
        practice.close()
    inserts = [s for s in statements if s.startswith("INSERT INTO attempts")]
    assert report.counts() == {"published": 12}
    assert [r["outcome"] for r in recorded] == ["published"] * 12
    assert 0 < len(inserts) < 12
    assert all("VALUES" in s for s in inserts)


def test_a_piece_of_work_that_fails_drops_its_gathered_attempt_records(tmp_path, network):
    home = make_home(tmp_path / "h", network, accounts=1, posts=2)
    practice = open_with_reference(home)
    try:
        store = practice.store
        first, second = claims.due(store, clock.now())
        with store.write():
            a = claims.claim(store, first, "here:1:run", clock.now(), 600)
            b = claims.claim(store, second, "here:1:run", clock.now(), 600)
        with store.write(), claims.gathering_attempts(store.db):
            assert a is not None and b is not None
            claim = ("here:1:run", clock.now_iso())
            claims.end_claimed_attempt(store, first.id, a, claim, clock.now(), "published", "")
            with pytest.raises(LookupError), claims.gathering_attempts(store.db):
                claims.end_claimed_attempt(store, second.id, b, claim, clock.now(), "failed", "")
                raise LookupError("the job failed")
            assert store.query("SELECT * FROM attempts") == []  # not written yet
        recorded = store.query("SELECT attempt_id, outcome FROM attempts")
    finally:
        practice.close()
    assert [(r["attempt_id"], r["outcome"]) for r in recorded] == [(a, "published")]


def test_the_data_version_is_read_once_per_transaction_of_the_writer(tmp_path, network):
    """While the writer holds the write lock no other connection commits, so flush asks
    ``PRAGMA data_version`` once per transaction; a roster imported between two of them
    still counts from the next one on."""
    from medsocial_tui.compliance.roster import import_roster
    from medsocial_tui.publishing.sending import _Preparer

    home = make_home(tmp_path / "h", network, accounts=1, posts=1)
    practice = open_with_reference(home)
    writer_store = practice.reopen_store()
    asked: list[str] = []
    writer_store.db.conn.set_trace_callback(asked.append)
    transaction = [1]
    try:
        preparer = _Preparer(practice, "runner", lambda: transaction[0])
        preparer._on_writer = replace(practice, store=writer_store)
        first = preparer._guard_context(writer_store)
        for _ in range(3):
            assert preparer._guard_context(writer_store) is first
        import_roster(practice.store, home.root, b"first,last\nHope,Baker\n", actor="bench")
        assert preparer._guard_context(writer_store) is first  # the same transaction
        transaction[0] += 1
        again = preparer._guard_context(writer_store)
    finally:
        writer_store.close()
        practice.close()
    assert again is not first and again.roster is not None
    assert [s for s in asked if s == "PRAGMA data_version"] == ["PRAGMA data_version"] * 2
