"""Flush's writer process: chosen on Linux unless the practice turns it off (else the writer
thread, with the same transactions); a job is plain data, its answer comes after its commit,
and the writer holds none of the account secrets."""

from __future__ import annotations

import asyncio
import os
import pickle
import signal
from collections.abc import Awaitable, Callable
from typing import Any

import pytest

from medsocial_tui.home.practice import open_practice
from medsocial_tui.publishing import flush
from medsocial_tui.store import writer_process
from medsocial_tui.store.writer import GroupWriter, WriterFailed, bind, context
from medsocial_tui.testing import reference

from .conftest import make_home, run_flush

linux = pytest.mark.skipif(not writer_process.available(), reason="no fork (not Linux)")


def _pid_and_secrets(store, _ignored: int) -> tuple[int, dict[str, object]]:
    practice = context()["practice"]
    row = store.db.conn.execute("SELECT count(*) FROM deliveries").fetchone()
    return os.getpid(), {"deliveries": row[0], "secrets": dict(practice.secrets.by_account)}


def _writer(home):
    practice = open_practice(home, extra_plugins=(reference,))
    return practice, flush._writer_for(practice, None)


def _with_writer(home, use: Callable[[Any, Any], Awaitable[Any]]) -> tuple[Any, Any]:
    """What ``use(practice, writer)`` returns, run in an event loop with the run's writer for
    ``home`` (closed after, with the practice); and the writer."""
    practice, writer = _writer(home)

    async def ask() -> Any:
        try:
            return await use(practice, writer)
        finally:
            await asyncio.get_running_loop().run_in_executor(None, writer.close, 5.0)

    try:
        return asyncio.run(ask()), writer
    finally:
        practice.close()


@linux
def test_the_writer_is_a_process_of_its_own_without_the_secrets(tmp_path, network):
    home = make_home(tmp_path / "h", network, accounts=2, posts=1)

    async def ask(practice, writer) -> tuple[int, dict[str, object]]:
        assert isinstance(writer, writer_process.ProcessWriter)
        assert practice.secrets.by_account  # the flush process has them, to send
        return await writer.run(bind(_pid_and_secrets, 0))

    (pid, seen), writer = _with_writer(home, ask)
    assert pid == writer.pid != os.getpid()
    assert seen == {"deliveries": 2, "secrets": {}}
    assert writer.transactions == 1


@linux
def test_a_job_that_is_not_data_is_refused_at_once(tmp_path, network):
    async def ask(_practice, writer) -> None:
        with pytest.raises((pickle.PicklingError, AttributeError)):  # a lambda
            await writer.run(lambda store: 1)

    _with_writer(make_home(tmp_path / "h", network, accounts=1, posts=1), ask)


@linux
def test_a_writer_process_killed_fails_what_waits_in_words(tmp_path, network):
    async def ask(_practice, writer) -> WriterFailed:
        os.kill(writer.pid, signal.SIGKILL)
        with pytest.raises(WriterFailed) as failed:
            await writer.run(bind(_pid_and_secrets, 0))
        return failed.value

    error, _writer = _with_writer(make_home(tmp_path / "h", network, accounts=1, posts=1), ask)
    assert "the writer process has ended" in error.error.what


def test_off_or_where_it_cannot_fork_the_writer_is_a_thread(tmp_path, network, monkeypatch):
    off = make_home(tmp_path / "off", network, accounts=1, posts=1, writer_process=False)
    cannot = make_home(tmp_path / "cannot", network, accounts=1, posts=1)
    for home in (off, cannot):
        if home is cannot:
            monkeypatch.setattr(writer_process, "available", lambda: False)
        practice, writer = _writer(home)
        try:
            assert type(writer) is GroupWriter
            writer.close(5.0)
        finally:
            practice.close()
    assert run_flush(cannot).counts() == {"published": 1}


def _not_data(_store, _ignored: int) -> object:
    return lambda: None


@linux
def test_an_answer_that_is_not_data_fails_its_caller_alone(tmp_path, network):
    async def ask(_practice, writer) -> tuple[str, int]:
        with pytest.raises(RuntimeError) as failed:
            await writer.run(bind(_not_data, 0))
        pid, _seen = await writer.run(bind(_pid_and_secrets, 0))
        return str(failed.value), pid

    (words, pid), writer = _with_writer(make_home(tmp_path / "h", network, accounts=1), ask)
    assert "cannot be sent" in words
    assert pid == writer.pid
