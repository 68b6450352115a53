"""Flush's writer process: chosen on Linux unless the practice turns it off (else the writer
thread, with the same transactions); a job is plain data, its answer comes after its commit,
and the writer holds none of the account secrets."""

from __future__ import annotations

import asyncio
import os
import pickle

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


async def _close(writer: GroupWriter) -> None:
    await asyncio.get_running_loop().run_in_executor(None, writer.close, 5.0)


@linux
def test_the_writer_is_a_process_of_its_own_without_the_secrets(tmp_path, network):
    home = make_home(tmp_path / "h", network, accounts=2, posts=1)
    practice, writer = _writer(home)

    async def ask() -> tuple[int, dict[str, object]]:
        try:
            return await writer.run(bind(_pid_and_secrets, 0))
        finally:
            await _close(writer)

    try:
        assert isinstance(writer, writer_process.ProcessWriter)
        assert practice.secrets.by_account  # the flush process has them, to send
        pid, seen = asyncio.run(ask())
    finally:
        practice.close()
    assert pid == writer.pid != os.getpid()
    assert seen == {"deliveries": 2, "secrets": {}}
    assert writer.transactions == 1


@linux
def test_a_job_that_is_not_data_is_refused_at_once(tmp_path, network):
    home = make_home(tmp_path / "h", network, accounts=1, posts=1)
    practice, writer = _writer(home)

    async def ask() -> None:
        try:
            with pytest.raises((pickle.PicklingError, AttributeError)):  # a lambda
                await writer.run(lambda store: 1)
        finally:
            await _close(writer)

    try:
        asyncio.run(ask())
    finally:
        practice.close()


@linux
def test_a_writer_process_killed_fails_what_waits_in_words(tmp_path, network):
    import signal

    home = make_home(tmp_path / "h", network, accounts=1, posts=1)
    practice, writer = _writer(home)

    async def ask() -> WriterFailed:
        try:
            os.kill(writer.pid, signal.SIGKILL)
            with pytest.raises(WriterFailed) as failed:
                await writer.run(bind(_pid_and_secrets, 0))
            return failed.value
        finally:
            await _close(writer)

    try:
        error = asyncio.run(ask())
    finally:
        practice.close()
    assert "the writer process has ended" in error.error.what


def test_off_or_where_it_cannot_fork_the_writer_is_a_thread(tmp_path, network, monkeypatch):
    home = make_home(tmp_path / "h", network, accounts=1, posts=1, writer_process=False)
    practice, writer = _writer(home)
    try:
        assert type(writer) is GroupWriter
        writer.close(5.0)
    finally:
        practice.close()
    home = make_home(tmp_path / "h2", network, accounts=1, posts=1)
    monkeypatch.setattr(writer_process, "available", lambda: False)
    practice, writer = _writer(home)
    try:
        assert type(writer) is GroupWriter
        writer.close(5.0)
    finally:
        practice.close()
    assert run_flush(home).counts() == {"published": 1}


def _not_data(_store, _ignored: int) -> object:
    return lambda: None


@linux
def test_an_answer_that_is_not_data_fails_its_caller_alone(tmp_path, network):
    home = make_home(tmp_path / "h", network, accounts=1, posts=1)
    practice, writer = _writer(home)

    async def ask() -> tuple[str, int]:
        try:
            with pytest.raises(RuntimeError) as failed:
                await writer.run(bind(_not_data, 0))
            pid, _seen = await writer.run(bind(_pid_and_secrets, 0))
            return str(failed.value), pid
        finally:
            await _close(writer)

    try:
        words, pid = asyncio.run(ask())
    finally:
        practice.close()
    assert "cannot be sent" in words
    assert pid == writer.pid
