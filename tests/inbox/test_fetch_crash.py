"""A real `medsocial inbox fetch` killed (SIGKILL) mid-way against a slow network loses
nothing and duplicates nothing: each page and the cursor after it are one transaction, so
what a kill leaves is always whole pages with the cursor right after them, and the next run
reads on from there.

Each kill trial is a test of its own (the workers share them): trial N starts where the
trials before it left the practice, every item they wrote fetched and the cursor after the
last, read here by an in-process fetch."""

from __future__ import annotations

import random
import signal
import time

import pytest

from medsocial_tui.home.practice import open_practice
from medsocial_tui.testing import inbox_reference
from medsocial_tui.testing.fakeapi import Fault

from .conftest import fetch, fetch_process

PAGE = 5
TRIALS = 4


def _state(home) -> tuple[list[int], str | None]:
    practice = open_practice(home, extra_plugins=(inbox_reference,))
    try:
        ids = [
            int(r["remote_id"])
            for r in practice.store.query("SELECT remote_id FROM inbox_items ORDER BY id")
        ]
        row = practice.store.one("SELECT cursor FROM inbox_cursors WHERE account_id='page'")
        return ids, (row["cursor"] if row else None)
    finally:
        practice.close()


@pytest.mark.parametrize("trial", range(TRIALS))
def test_a_killed_fetch_loses_nothing_and_duplicates_nothing(
    home, network, entry_point_path, trial
):
    rng = random.Random(f"inbox-kill-{trial}")
    written = 0
    for _ in range(40 * trial):  # what the trials before this one wrote and read
        network.write(f"comment {written}")
        written += 1
    for _run in range(trial):  # a run reads so many pages at most
        if _state(home)[1] == str(written):
            break
        fetch(home, alert=False)
    assert _state(home) == (list(range(1, written + 1)), str(written) if written else None)
    for _ in range(40):
        network.write(f"comment {written}")
        written += 1
    network.clear_faults()
    network.inject(Fault.latency(0.15), method="GET", path="/v1/activity", times=100)
    before = len(network.calls("GET", "/v1/activity"))
    proc = fetch_process(home, entry_point_path, "--no-alert")
    target = before + rng.randint(1, 5)
    deadline = time.monotonic() + 60
    while proc.poll() is None and len(network.calls("GET", "/v1/activity")) < target:
        assert time.monotonic() < deadline
        time.sleep(0.005)
    time.sleep(rng.uniform(0.0, 0.15))
    killed = proc.poll() is None
    proc.send_signal(signal.SIGKILL)
    out, err = proc.communicate(timeout=60)
    assert killed, (trial, out, err)
    network.wait_idle(30)

    ids, cursor = _state(home)
    assert len(ids) == len(set(ids)), "an item was stored twice"
    assert ids == list(range(1, len(ids) + 1)), "a gap: an item was lost"
    assert len(ids) % PAGE == 0 or len(ids) == written, "half a page was stored"
    assert cursor == (str(ids[-1]) if ids else None), "the cursor and the items disagree"
    assert len(ids) < written, "the kill came too late to test anything"

    network.clear_faults()
    rerun = fetch_process(home, entry_point_path, "--no-alert", "--json")
    out, err = rerun.communicate(timeout=120)
    assert rerun.returncode == 0, err
    ids, cursor = _state(home)
    assert ids == list(range(1, written + 1))
    assert cursor == str(written)
