"""A busy, full or read-only database never hangs `medsocial flush` and never shows a
traceback: flush says what is wrong in words, once, exits 2, and loses nothing; SIGTERM ends
it within seconds even while it waits for the lock. Every command does the same with its own
exit code (6, database).

The lock is held by a real second process (as a backup or a `sqlite3` shell would), for 45 s
unless the test ends it sooner. A full disk is a size-limited tmpfs (when this test runs as
root and can mount one); a read-only home is a tmpfs remounted read-only, or a folder without
write permission for other users."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest

from medsocial_tui.testing.fakeapi import Fault

from .conftest import flush_env, flush_process, make_home, medsocial_exe, states

pytestmark = pytest.mark.slow

HOLD_SECONDS = 45
HOLDER = """
import sqlite3, sys, time
conn = sqlite3.connect(sys.argv[1], isolation_level=None)
if sys.argv[2] == "write":
    conn.execute("BEGIN IMMEDIATE")
else:
    conn.execute("BEGIN")
    conn.execute("SELECT count(*) FROM deliveries").fetchone()
print("held", flush=True)
time.sleep(float(sys.argv[3]))
"""


@contextmanager
def lock_held(database: Path, kind: str = "write") -> Iterator[subprocess.Popen[str]]:
    """Another process holding the database: a write lock (``BEGIN IMMEDIATE``) or an open
    read transaction, for up to 45 s."""
    holder = subprocess.Popen(
        [sys.executable, "-c", HOLDER, str(database), kind, str(HOLD_SECONDS)],
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert holder.stdout is not None and holder.stdout.readline().strip() == "held"
        yield holder
    finally:
        holder.kill()
        holder.wait(10)


def finish(proc: subprocess.Popen[str], timeout: float = 60) -> tuple[int, str, str, float]:
    began = time.monotonic()
    out, err = proc.communicate(timeout=timeout)
    return proc.returncode, out, err, time.monotonic() - began


@pytest.mark.parametrize("kind", ["write", "read"])
def test_a_database_held_by_another_process_is_said_busy_with_exit_2_not_a_hang(
    tmp_path, network, entry_point_path, kind
):
    home = make_home(tmp_path / "h", network, accounts=2, posts=3, busy=1)
    with lock_held(home.database_path, kind):
        began = time.monotonic()
        code, out, err, _ = finish(flush_process(home, entry_point_path))
        took = time.monotonic() - began
    assert code == 2, (out, err)
    assert "Traceback" not in err
    assert err.count("the database is busy (held by another process for") == 1, err
    assert took < HOLD_SECONDS / 2
    assert network.calls("POST") == []
    assert set(states(home).values()) == {"scheduled"}
    code, _out, err = _flush_again(home, entry_point_path)
    assert code == 0, err
    assert set(states(home).values()) == {"published"}
    assert network.duplicates() == {}


def _flush_again(home, site) -> tuple[int, str, str]:
    proc = flush_process(home, site)
    out, err = proc.communicate(timeout=60)
    return proc.returncode, out, err


def test_a_lock_taken_while_requests_are_in_flight_fails_the_run_and_loses_nothing(
    tmp_path, network, entry_point_path
):
    home = make_home(tmp_path / "h", network, accounts=1, posts=4, busy=1)
    network.inject(Fault.latency(0.3), method="POST", times=100)
    proc = flush_process(home, entry_point_path)
    while not network.calls("POST") and proc.poll() is None:
        time.sleep(0.005)
    with lock_held(home.database_path):
        code, _out, err, took = finish(proc)
    assert code == 2, err
    assert "Traceback" not in err
    assert err.count("the database is busy") == 1, err
    assert took < HOLD_SECONDS / 2
    assert network.wait_idle(10)
    for _ in range(2):
        code, _out, err = _flush_again(home, entry_point_path)
    assert code == 0, err
    assert set(states(home).values()) == {"published"}
    assert network.duplicates() == {}
    assert len(network.posts) == 4


def test_sigterm_while_flush_waits_for_a_busy_database_ends_it_within_seconds(
    tmp_path, network, entry_point_path
):
    home = make_home(tmp_path / "h", network, accounts=1, posts=2, busy=30)
    with lock_held(home.database_path):
        proc = flush_process(home, entry_point_path)
        _wait_for_its_writer_thread(proc)
        time.sleep(0.5)
        assert proc.poll() is None, "flush should be waiting for the lock"
        proc.send_signal(signal.SIGTERM)
        code, _out, err, took = finish(proc, timeout=30)
    assert took < 15, took  # well inside the 30 s busy timeout: the signal ended it
    assert code == 2, err
    assert "Traceback" not in err
    assert err.count("asked to stop while it waited for the database") == 1, err
    assert set(states(home).values()) == {"scheduled"}


def _wait_for_its_writer_thread(proc: subprocess.Popen[str], limit: float = 30.0) -> None:
    """Until flush runs (its writer thread started, so its signal handler is set): on a busy
    machine start-up alone can take seconds."""
    tasks = Path(f"/proc/{proc.pid}/task")
    deadline = time.monotonic() + limit
    while time.monotonic() < deadline and proc.poll() is None:
        if not tasks.exists():
            time.sleep(3.0)
            return
        if len(list(tasks.iterdir())) >= 2:
            return
        time.sleep(0.02)


# Full and read-only disks: real file systems where this machine allows mounting them.


def _can_mount() -> bool:
    return hasattr(os, "geteuid") and os.geteuid() == 0 and sys.platform.startswith("linux")


@contextmanager
def tmpfs(path: Path, size_kib: int) -> Iterator[Path]:
    path.mkdir(parents=True, exist_ok=True)
    mounted = subprocess.run(
        ["mount", "-t", "tmpfs", "-o", f"size={size_kib}k", "tmpfs", str(path)],
        capture_output=True,
    )
    if mounted.returncode != 0:
        pytest.skip(f"cannot mount a tmpfs here: {mounted.stderr.decode().strip()}")
    try:
        yield path
    finally:
        subprocess.run(["umount", "-l", str(path)], capture_output=True)


def _remount(path: Path, mode: str) -> None:
    subprocess.run(["mount", "-o", f"remount,{mode}", str(path)], check=True)


def _fill(folder: Path, leave_kib: int) -> Path:
    """Fill the file system holding ``folder`` until ``leave_kib`` KiB are free."""
    import shutil

    filler = folder / "filler"
    free = shutil.disk_usage(folder).free
    with open(filler, "wb") as handle:
        handle.write(b"\0" * max(0, free - leave_kib * 1024))
    return filler


def medsocial_run(home, site, *args: str) -> tuple[int, str, str]:
    proc = subprocess.run(
        [medsocial_exe(), *args],
        env=flush_env(home, site),
        capture_output=True,
        text=True,
        timeout=60,
    )
    return proc.returncode, proc.stdout, proc.stderr


@pytest.mark.skipif(not _can_mount(), reason="mounting a size-limited tmpfs needs root")
@pytest.mark.parametrize("leave_kib", [0, 32])
def test_a_full_disk_is_said_in_words_with_exit_2_and_loses_nothing(
    tmp_path, network, entry_point_path, leave_kib
):
    with tmpfs(tmp_path / "disk", 16 * 1024) as disk:
        home = make_home(disk / "h", network, accounts=2, posts=4, busy=1)
        filler = _fill(disk, leave_kib)
        network.inject(Fault.latency(0.01), method="POST", times=100)
        code, out, err = medsocial_run(home, entry_point_path, "flush")
        if code == 0:
            pytest.skip(f"{leave_kib} KiB were enough for this run")
        assert code == 2, (out, err)
        assert "Traceback" not in err and "savepoint" not in err
        assert err.count("the disk is full (") == 1, err
        code, _out, err = medsocial_run(home, entry_point_path, "post", "add", "x", "-a", "page-0")
        assert (code, "Traceback" in err) in ((6, False), (0, False)), err
        filler.unlink()
        for _ in range(2):
            code, _out, err = medsocial_run(home, entry_point_path, "flush")
        assert code == 0, err
        code, out, err = medsocial_run(home, entry_point_path, "doctor")
        assert "quick_check" in out, (out, err)
    assert network.duplicates() == {}
    assert len(network.posts) == 8


@contextmanager
def read_only(folder: Path) -> Iterator[None]:
    """``folder`` (a mount point when root can mount, else a plain folder) made read-only."""
    if _can_mount():
        _remount(folder, "ro")
        try:
            yield
        finally:
            _remount(folder, "rw")
        return
    modes = {p: p.stat().st_mode for p in [folder, *folder.rglob("*")]}
    for p in modes:
        p.chmod(modes[p] & ~0o222)
    try:
        yield
    finally:
        for p, mode in modes.items():
            p.chmod(mode)


@contextmanager
def home_disk(tmp_path: Path) -> Iterator[Path]:
    if _can_mount():
        with tmpfs(tmp_path / "disk", 16 * 1024) as disk:
            yield disk
    else:
        disk = tmp_path / "disk"
        disk.mkdir()
        yield disk


def test_a_read_only_home_is_said_in_words_by_every_command(tmp_path, network, entry_point_path):
    with home_disk(tmp_path) as disk:
        home = make_home(disk / "h", network, accounts=1, posts=2)
        with read_only(disk):
            add = medsocial_run(home, entry_point_path, "post", "add", "Open late", "-a", "page-0")
            flush = medsocial_run(home, entry_point_path, "flush")
            doctor = medsocial_run(home, entry_point_path, "doctor")
        assert add[0] == 6, add
        assert flush[0] == 2, flush
        for _code, _out, err in (add, flush):
            assert "Traceback" not in err
            assert err.count("read-only") >= 1, err
        assert "read-only" in doctor[1] and doctor[0] != 0, doctor
        assert set(states(home).values()) == {"scheduled"}
        assert network.calls("POST") == []


HOT_JOURNAL = """
import os, signal, sqlite3, sys
conn = sqlite3.connect(sys.argv[1], isolation_level=None)
conn.execute("PRAGMA cache_size=1")
conn.execute("BEGIN IMMEDIATE")
conn.execute("UPDATE posts SET text = text || ' '")
conn.execute("INSERT INTO posts SELECT * FROM posts WHERE 0")
conn.execute("CREATE TABLE scratch AS WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i+1 FROM n WHERE i < 5000) SELECT i, randomblob(200) FROM n")
os.kill(os.getpid(), signal.SIGKILL)
"""


def test_a_hot_journal_on_a_read_only_home_is_said_in_words(tmp_path, network, entry_point_path):
    with home_disk(tmp_path) as disk:
        home = make_home(disk / "h", network, accounts=1, posts=1)
        subprocess.run([sys.executable, "-c", HOT_JOURNAL, str(home.database_path)])
        journal = home.database_path.with_name(home.database_path.name + "-journal")
        if not journal.exists():
            pytest.skip("this SQLite left no hot journal behind")
        with read_only(disk):
            listing = medsocial_run(home, entry_point_path, "post", "list")
            flush = medsocial_run(home, entry_point_path, "flush")
        assert listing[0] == 6, listing
        assert flush[0] == 2, flush
        for _code, _out, err in (listing, flush):
            assert "Traceback" not in err
            assert "read-only" in err, err
        code, _out, err = medsocial_run(home, entry_point_path, "flush")
        assert code == 0, err
        # rolled back: the journal is gone, or (TRUNCATE mode) empty, which is never hot
        assert not journal.exists() or journal.stat().st_size == 0
