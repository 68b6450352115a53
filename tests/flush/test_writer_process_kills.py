"""Kill trials for the seams of flush's writer process (``[publishing] writer_process``): the
writer killed at random moments (mid-transaction included), the flush process killed while
its writer commits, and both at once. Each trial then settles the practice as the next
flushes and a person would, and checks that no delivery was published twice or lost; the
writer never outlives its flush."""

from __future__ import annotations

import os
import random
import signal
import time

import pytest

from medsocial_tui.store import writer_process

from .conftest import open_with_reference
from .test_crash_safety import (
    _settle_like_the_practice,
    _settled_server,
    start_with_faults,
    trial_home,
)

TRIALS = int(os.environ.get("MEDSOCIAL_WRITER_KILL_TRIALS", "8"))
CHUNKS = 2
WHO = ("writer", "flush", "both")

pytestmark = pytest.mark.skipif(not writer_process.available(), reason="no fork (not Linux)")


def children_of(pid: int) -> list[int]:
    try:
        with open(f"/proc/{pid}/task/{pid}/children", encoding="ascii") as children:
            return [int(each) for each in children.read().split()]
    except OSError:
        return []


def alive(pid: int) -> bool:
    """Running (a zombie waiting to be reaped has ended)."""
    try:
        with open(f"/proc/{pid}/stat", encoding="ascii") as stat:
            return stat.read().rsplit(")", 1)[1].split()[0] != "Z"
    except OSError:
        return False


def _kill(home, network, site, rng: random.Random, who: str) -> tuple[bool, int | None, str]:
    """Start `medsocial flush`; after a random number of requests reached the server, plus a
    random instant, SIGKILL its writer, itself, or both. Whether something was killed, the
    flush's exit code, and what it said on stderr."""
    proc, target = start_with_faults(home, network, site, rng)
    writer: int | None = None
    while proc.poll() is None and (writer is None or len(network.requests) < target):
        writer = writer or next(iter(children_of(proc.pid)), None)
        time.sleep(0.002)
    time.sleep(rng.uniform(0.0, 0.03))
    killed = proc.poll() is None and writer is not None and alive(writer)
    if killed:
        assert writer is not None
        order = {"writer": [writer], "flush": [proc.pid], "both": [writer, proc.pid]}[who]
        for pid in rng.sample(order, len(order)):
            os.kill(pid, signal.SIGKILL)
    _out, err = proc.communicate(timeout=60)
    if writer is not None:
        # a flush killed takes its writer with it: nothing more is committed for it
        ends = time.monotonic() + 5
        while alive(writer) and time.monotonic() < ends:
            time.sleep(0.01)
        assert not alive(writer), "the writer outlived its flush"
    _settled_server(network)
    return killed, proc.returncode, err


@pytest.mark.parametrize("who", WHO)
@pytest.mark.parametrize("chunk", range(CHUNKS))
def test_writer_or_flush_killed_never_publishes_twice_or_loses_a_delivery(
    tmp_path, network, entry_point_path, who, chunk
):
    rng = random.Random(f"medsocial-writer-kill-{who}-{chunk}")
    kills = stopped = 0
    trials = range(chunk, TRIALS, CHUNKS)
    for trial in trials:
        home, keys = trial_home(tmp_path / f"t{trial}", network)
        killed, code, err = _kill(home, network, entry_point_path, rng, who)
        kills += killed
        if killed and who == "writer" and code == 2:
            # the run stops in words, once, and leaves nothing claimed and unsent behind
            assert "writer process has ended" in err, err
            stopped += 1
            practice = open_with_reference(home)
            rows = practice.store.query("SELECT state FROM deliveries")
            practice.close()
            assert "publishing" not in {r["state"] for r in rows}, rows
        elif who == "writer":
            assert code in (0, 1, 2), err
        _settle_like_the_practice(home, network)
        assert {k: network.creates[k] for k in keys} == dict.fromkeys(keys, 1), trial
    assert network.duplicates() == {}
    assert kills >= len(trials) // 2
    assert who != "writer" or stopped >= 1  # a writer killed mid-run stopped its flush
