"""Outcomes nobody waits for yet share a commit with the jobs after them (issue 18: fewer
fsyncs per delivery), and never wait long: an urgent job (a claim a worker needs now) or a
short linger commits them; the flush crash trials check nothing is lost when killed."""

from __future__ import annotations

import time

import pytest

from medsocial_tui.store import writer as writer_module
from medsocial_tui.store.writer import GroupWriter

from .conftest import make_home, open_with_reference


def test_jobs_nobody_waits_for_share_the_commit_of_the_urgent_one(tmp_path, network, monkeypatch):
    monkeypatch.setattr(writer_module, "LINGER_SECONDS", 5.0)  # only the urgent job ends it
    home = make_home(tmp_path / "h", network, accounts=1, posts=1)
    practice = open_with_reference(home)
    writer = GroupWriter(practice.reopen_store).start()
    try:
        writer.call(lambda s: None)  # the connection is open: the writer is idle now
        before = writer.transactions
        lazy = [writer.submit(lambda s: s.query("SELECT 1"), urgent=False) for _ in range(4)]
        time.sleep(0.05)
        urgent = writer.submit(lambda s: s.query("SELECT 2"))
        urgent.result(10)
        assert all(job.result(10) == [{"1": 1}] for job in lazy)
        assert writer.transactions - before == 1
    finally:
        assert writer.close(5)
        practice.close()


def test_a_job_nobody_waits_for_is_committed_after_a_short_linger(tmp_path, network):
    home = make_home(tmp_path / "h", network, accounts=1, posts=1)
    practice = open_with_reference(home)
    writer = GroupWriter(practice.reopen_store).start()
    try:
        writer.call(lambda s: None)
        before = writer.transactions
        lazy = writer.submit(lambda s: s.query("SELECT 1"), urgent=False)
        assert lazy.result(10) == [{"1": 1}]
        assert writer.transactions - before == 1
    finally:
        assert writer.close(5)
        practice.close()


def _scheduled_note(store) -> str:
    return store.db.conn.execute("SELECT last_error FROM deliveries ORDER BY id").fetchone()[0]


def test_a_job_without_a_savepoint_that_raises_before_writing_fails_alone(tmp_path, network):
    """Flush's outcome jobs run without a savepoint of their own (two statements less
    each): one that raises before it writes fails alone, as with a savepoint."""
    home = make_home(tmp_path / "h", network, accounts=1, posts=1)
    practice = open_with_reference(home)
    writer = GroupWriter(practice.reopen_store)

    def note(store):
        store.db.conn.execute("UPDATE deliveries SET last_error='kept'")

    def refuses(store):
        raise LookupError("before any write")

    kept = writer.submit(note, savepoint=False)
    failed = writer.submit(refuses, savepoint=False)
    writer.start()
    try:
        kept.result(10)
        with pytest.raises(LookupError):
            failed.result(10)
        assert writer.call(_scheduled_note) == "kept"
    finally:
        assert writer.close(5)
        practice.close()


def test_a_job_without_a_savepoint_that_raises_after_writing_undoes_the_whole_batch(
    tmp_path, network
):
    """What it wrote cannot be undone alone: nothing of its transaction is committed, and
    every job in it learns why."""
    home = make_home(tmp_path / "h", network, accounts=1, posts=1)
    practice = open_with_reference(home)
    writer = GroupWriter(practice.reopen_store)

    def note(store):
        store.db.conn.execute("UPDATE deliveries SET last_error='not kept'")

    def half_written(store):
        store.db.conn.execute("UPDATE deliveries SET last_error='half'")
        raise LookupError("after a write")

    other = writer.submit(note, savepoint=False)
    failed = writer.submit(half_written, savepoint=False)
    writer.start()
    try:
        for job in (other, failed):
            with pytest.raises(LookupError):
                job.result(10)
        assert writer.call(_scheduled_note) == ""
    finally:
        assert writer.close(5)
        practice.close()
