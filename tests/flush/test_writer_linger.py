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


def test_a_full_batchs_worth_of_jobs_ends_the_linger(tmp_path, network, monkeypatch):
    """Jobs nobody waits for do not wake the lingering writer one by one, but a batch's worth
    of them queued does: they are committed without waiting out the linger."""
    monkeypatch.setattr(writer_module, "LINGER_SECONDS", 600.0)
    practice = open_with_reference(make_home(tmp_path / "h", network, accounts=1, posts=1))
    writer = GroupWriter(practice.reopen_store, max_batch=2).start()
    try:
        writer.call(lambda s: None)
        before = writer.transactions
        first, second = (writer.submit(lambda s: s.query("SELECT 1"), urgent=False) for _ in "ab")
        writer.submit(lambda s: s.query("SELECT 3"), urgent=False)  # two queued: a batch's worth
        assert first.result(30) == second.result(30) == [{"1": 1}]
        assert writer.transactions - before == 1
    finally:
        assert writer.close(30)
        practice.close()


def test_closing_ends_the_linger_and_commits_what_waits(tmp_path, network, monkeypatch):
    monkeypatch.setattr(writer_module, "LINGER_SECONDS", 600.0)
    practice = open_with_reference(make_home(tmp_path / "h", network, accounts=1, posts=1))
    writer = GroupWriter(practice.reopen_store).start()
    try:
        writer.call(lambda s: None)
        lazy = writer.submit(_note("kept"), urgent=False)
        while writer._jobs.qsize():  # the writer took it: it lingers for company now
            time.sleep(0.01)
        time.sleep(0.1)
    finally:
        assert writer.close(30)  # it did not wait out the linger
    try:
        lazy.result(0)
        assert practice.store.db.conn.execute(
            "SELECT count(*) FROM deliveries WHERE last_error='kept'"
        ).fetchone()[0]
    finally:
        practice.close()


def _scheduled_note(store) -> str:
    return store.db.conn.execute("SELECT last_error FROM deliveries ORDER BY id").fetchone()[0]


def _note(text: str):
    def note(store):
        store.db.conn.execute("UPDATE deliveries SET last_error=?", (text,))

    return note


def _refuses(store):
    raise LookupError("before any write")


def _half_written(store):
    _note("half")(store)
    raise LookupError("after a write")


@pytest.mark.parametrize(
    ("second", "failing", "committed"),
    [(_refuses, [False, True], "first"), (_half_written, [True, True], "")],
    ids=["raises-before-writing-fails-alone", "raises-after-writing-undoes-the-batch"],
)
def test_jobs_without_a_savepoint(tmp_path, network, second, failing, committed):
    """Flush's outcome jobs run without a savepoint of their own (two statements less
    each): one that raises before it writes fails alone, as with a savepoint; what one
    wrote before raising cannot be undone alone, so nothing of its transaction is
    committed and every job in it learns why."""
    practice = open_with_reference(make_home(tmp_path / "h", network, accounts=1, posts=1))
    writer = GroupWriter(practice.reopen_store)
    jobs = [writer.submit(job, savepoint=False) for job in (_note("first"), second)]
    writer.start()
    try:
        for job, fails in zip(jobs, failing, strict=True):
            if fails:
                with pytest.raises(LookupError):
                    job.result(10)
            else:
                job.result(10)
        assert writer.call(_scheduled_note) == committed
    finally:
        assert writer.close(5)
        practice.close()


def test_the_answers_of_one_transaction_reach_the_event_loop_in_one_call(tmp_path, network):
    """Each call into the loop is a write to its wake-up socket by the writer thread (and a
    wait for the interpreter lock): a transaction of many outcomes makes one."""
    import asyncio

    home = make_home(tmp_path / "h", network, accounts=1, posts=1)
    practice = open_with_reference(home)
    writer = GroupWriter(practice.reopen_store)

    async def main() -> tuple[list[object], int, bool]:
        loop = asyncio.get_running_loop()
        calls = [0]
        real = loop.call_soon_threadsafe

        def counted(*args, **kwargs):  # noqa: ANN002, ANN003 - the loop's own signature
            calls[0] += 1
            return real(*args, **kwargs)

        loop.call_soon_threadsafe = counted  # type: ignore[method-assign]
        jobs = [writer.later(lambda s, n=n: n, urgent=False) for n in range(5)]
        dropped = writer.later(lambda s: "never run", urgent=False)
        dropped.cancel()  # a waiter cancelled before its job started cancels the job
        writer.start()
        answers = [await writer.result(job) for job in jobs]
        return answers, calls[0], dropped.cancelled()

    try:
        answers, calls, cancelled = asyncio.run(main())
    finally:
        assert writer.close(5)
        practice.close()
    assert answers == [0, 1, 2, 3, 4] and cancelled
    assert writer.transactions == 1 and calls == 1


def test_a_failed_transaction_answers_every_waiter_with_its_error(tmp_path, network):
    import asyncio

    home = make_home(tmp_path / "h", network, accounts=1, posts=1)
    practice = open_with_reference(home)
    writer = GroupWriter(practice.reopen_store)

    def breaks_the_batch(store):
        store.db.conn.execute("UPDATE posts SET text='half-done'")
        raise ValueError("after a write: only the whole transaction undoes it")

    async def main() -> list[BaseException | object]:
        jobs = [writer.later(lambda s: 1, urgent=False)]
        jobs.append(writer.later(breaks_the_batch, urgent=False, savepoint=False))
        writer.start()
        return await asyncio.gather(*jobs, return_exceptions=True)

    try:
        answers = asyncio.run(main())
    finally:
        writer.close(5)
        practice.close()
    assert all(isinstance(a, ValueError) for a in answers), answers
