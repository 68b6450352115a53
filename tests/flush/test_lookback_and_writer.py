"""Reconcile proves a post absent only from a listing that reaches back to the attempt, read
twice; the writer never leaves a caller waiting without a deadline. Real loopback HTTP and
real SQLite files; a second connection holds the lock as another process would."""

from __future__ import annotations

import asyncio
import sqlite3
import time
from datetime import UTC, datetime, timedelta

import pytest

from medsocial_tui import channelkit, clock
from medsocial_tui.channel import CannotTell, Published
from medsocial_tui.channelkit import Page, absent_twice, look_back
from medsocial_tui.store.writer import GroupWriter, WriterFailed, WriterStopped
from medsocial_tui.testing.fakeapi import Fault

from .conftest import make_home, open_with_reference, run_flush, states

# Paging back


def _pages(posts: list[dict], size: int):
    """A listing newest first, ``size`` a page, the cursor an offset."""

    async def read(cursor):
        start = cursor or 0
        page = posts[start : start + size]
        return Page(page, start + size if start + size < len(posts) else None)

    return read


def _posts(count: int, newest: float, step: float = 60.0) -> list[dict]:
    return [{"id": str(n), "at": newest - n * step} for n in range(count)]


def _when(post: dict) -> datetime:
    return datetime.fromtimestamp(post["at"], UTC)


async def test_look_back_pages_until_a_post_older_than_the_attempt():
    now = time.time()
    posts = _posts(100, now)
    read = _pages(posts, 25)
    calls = []

    async def counted(cursor):
        calls.append(cursor)
        return await read(cursor)

    since = clock.now() - timedelta(minutes=40)
    found = await look_back(
        "Net", counted, since=since, created_of=_when, match=lambda p: None, max_pages=10
    )
    assert found is None
    assert calls == [None, 25]


async def test_look_back_finds_our_post_below_the_first_page():
    posts = _posts(60, time.time())
    ours = posts[45]
    found = await look_back(
        "Net",
        _pages(posts, 25),
        since=clock.now() - timedelta(hours=2),
        created_of=_when,
        match=lambda p: Published(p["id"]) if p is ours else None,
    )
    assert found == Published("45")


async def test_look_back_that_cannot_reach_the_attempt_cannot_tell():
    posts = _posts(300, time.time(), step=1.0)
    with pytest.raises(CannotTell) as error:
        await look_back(
            "Net",
            _pages(posts, 25),
            since=clock.now() - timedelta(hours=1),
            created_of=_when,
            match=lambda p: None,
            max_pages=4,
        )
    assert "did not reach back" in error.value.message
    assert "4 pages (100 newer posts)" in error.value.message


async def test_a_listing_of_unknown_order_proves_absence_only_at_its_end():
    posts = _posts(60, time.time(), step=3600.0)
    calls = []
    read = _pages(posts, 25)

    async def counted(cursor):
        calls.append(cursor)
        return await read(cursor)

    found = await look_back(
        "Net",
        counted,
        since=clock.now() - timedelta(minutes=30),
        created_of=_when,
        match=lambda p: None,
        newest_first=False,
    )
    assert found is None
    assert calls == [None, 25, 50]


async def test_a_post_listed_without_its_time_cannot_prove_absence():
    with pytest.raises(CannotTell):
        await look_back(
            "Net",
            _pages([{"id": "1", "at": None}], 25),
            since=clock.now(),
            created_of=lambda p: None,
            match=lambda p: None,
        )


async def test_absent_needs_two_reads_and_a_second_read_can_find_it():
    answers = [None, Published("late")]

    async def find():
        return answers.pop(0)

    assert await absent_twice(find, 0.0) == Published("late")
    assert answers == []


# Reconcile through flush


def test_reconcile_reads_twice_before_sending_again(tmp_path, network):
    home = make_home(tmp_path / "h", network, accounts=1, posts=1)
    network.inject(Fault.drop_before_handling(), method="POST")
    assert run_flush(home).counts() == {"unknown": 1}
    lists_before = len(network.calls("GET"))
    report = run_flush(home)
    assert [o.state for o in report.outcomes] == ["reconciled_scheduled", "published"]
    assert len(network.calls("GET")) - lists_before >= 2
    assert len(network.posts) == 1


def test_a_listing_that_cannot_reach_back_leaves_the_post_unknown_for_a_person(
    tmp_path, network, monkeypatch
):
    monkeypatch.setattr(channelkit, "MAX_PAGES", 2)
    home = make_home(tmp_path / "h", network, accounts=1, posts=1)
    network.inject(Fault.drop_before_handling(), method="POST")
    assert run_flush(home).counts() == {"unknown": 1}
    network.post_by_someone_else(60)
    report = run_flush(home)
    assert [o.state for o in report.outcomes] == ["unknown"]
    assert report.exit_code == 1
    assert set(states(home).values()) == {"unknown"}
    practice = open_with_reference(home)
    row = practice.store.one("SELECT state, last_error FROM deliveries")
    practice.close()
    assert row["state"] == "unknown"
    assert "did not reach back" in row["last_error"]
    assert "mark it published or retry anyway" in row["last_error"]
    assert network.calls("POST") and len(network.posts) == 60


# The writer


def _hold_lock(path) -> sqlite3.Connection:
    holder = sqlite3.connect(str(path), isolation_level=None)
    holder.execute("BEGIN IMMEDIATE")
    return holder


def test_a_writer_that_cannot_get_the_lock_fails_every_waiting_job_in_words(tmp_path, network):
    home = make_home(tmp_path / "h", network, accounts=1, posts=1)
    practice = open_with_reference(home)
    holder = _hold_lock(home.database_path)
    writer = GroupWriter(practice.reopen_store, busy_seconds=0.5).start()
    try:
        jobs = [writer.submit(lambda s: s.query("SELECT 1")) for _ in range(5)]
        for job in jobs:
            with pytest.raises(WriterFailed) as failed:
                job.result(10)
        assert "the database is busy (held by another process for" in failed.value.error.what
        with pytest.raises(WriterFailed):
            writer.call(lambda s: None, timeout=5)
    finally:
        holder.rollback()
        holder.close()
        assert writer.close(5)
        practice.close()


def test_a_stop_makes_a_writer_waiting_for_the_lock_give_up_at_once(tmp_path, network):
    home = make_home(tmp_path / "h", network, accounts=1, posts=1)
    practice = open_with_reference(home)
    holder = _hold_lock(home.database_path)
    writer = GroupWriter(practice.reopen_store, busy_seconds=60).start()
    try:
        job = writer.submit(lambda s: None)
        time.sleep(0.3)
        began = time.monotonic()
        writer.stop.set()
        with pytest.raises(WriterStopped):
            job.result(10)
        assert time.monotonic() - began < 30  # the stop ended it, not the 60 s deadline
    finally:
        holder.rollback()
        holder.close()
        writer.close(5)
        practice.close()


def test_a_job_submitted_after_the_writer_closed_fails_instead_of_waiting(tmp_path, network):
    home = make_home(tmp_path / "h", network, accounts=1, posts=1)
    practice = open_with_reference(home)
    writer = GroupWriter(practice.reopen_store).start()
    assert writer.close(5)
    with pytest.raises(WriterFailed) as failed:
        writer.call(lambda s: None, timeout=5)
    assert "ended" in failed.value.error.what
    practice.close()


def test_a_failure_of_the_whole_transaction_fails_its_jobs_without_a_savepoint_error(
    tmp_path, network
):
    home = make_home(tmp_path / "h", network, accounts=1, posts=1)
    practice = open_with_reference(home)
    writer = GroupWriter(practice.reopen_store)

    def disk_full(store):
        raise sqlite3.OperationalError("database or disk is full")

    ok = writer.submit(lambda s: s.query("SELECT 1"))
    full = writer.submit(disk_full)
    writer.start()
    for job in (ok, full):
        with pytest.raises(WriterFailed) as failed:
            job.result(10)
    assert failed.value.error.what.startswith("the disk is full (")
    writer.close(5)
    practice.close()


def test_flush_run_fails_in_words_when_the_database_stays_busy(tmp_path, network):
    from medsocial_tui.publishing import flush

    home = make_home(tmp_path / "h", network, accounts=1, posts=2, busy=0.5)
    practice = open_with_reference(home)
    holder = _hold_lock(home.database_path)
    try:
        with pytest.raises(flush.RunFailed) as failed:
            asyncio.run(flush.run(practice))
    finally:
        holder.rollback()
        holder.close()
        practice.close()
    assert "busy" in failed.value.error.for_people()
    assert set(states(home).values()) == {"scheduled"}


def test_claims_of_a_failed_run_are_released_or_left_unknown(tmp_path, network):
    from medsocial_tui.publishing import claims

    home = make_home(tmp_path / "h", network, accounts=1, posts=2)
    practice = open_with_reference(home)
    runner = "test-host:1:abc"
    with practice.store.write():
        rows = claims.due(practice.store, clock.now())
        attempts = [claims.claim(practice.store, d, runner, clock.now(), 600) for d in rows]
    with practice.store.write():
        claims.release_claims(practice.store, runner, {attempts[0]}, clock.now())
    after = {
        r["id"]: (r["state"], r["attempts"])
        for r in practice.store.query("SELECT id, state, attempts FROM deliveries ORDER BY id")
    }
    practice.close()
    assert list(after.values()) == [("unknown", 1), ("scheduled", 0)]
