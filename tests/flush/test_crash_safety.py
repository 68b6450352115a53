"""`medsocial flush` killed at random moments never publishes a delivery twice and never
loses one; two flushes at once never send the same delivery; a writer working like the TUI
beside a flush never meets 'database is locked'.

The server side counts creates per delivery key: that is the duplicate check a person would
see on the page."""

from __future__ import annotations

import os
import random
import signal
import threading
import time

from medsocial_tui import queue
from medsocial_tui.testing.fakeapi import Fault

from .conftest import add_due_post, flush_process, make_home, open_with_reference, run_flush

SETTLED = {"published", "failed", "deferred", "scheduled", "unknown"}
TRIALS = int(os.environ.get("MEDSOCIAL_KILL_TRIALS", "30"))


def test_flush_killed_at_random_moments_never_duplicates_or_loses(
    tmp_path, network, entry_point_path
):
    rng = random.Random(20261127)
    kills = 0
    for trial in range(TRIALS):
        home = make_home(tmp_path / f"t{trial}", network, accounts=2, posts=3)
        network.clear_faults()
        network.inject(Fault.latency(rng.uniform(0.0, 0.08)), method="POST", times=3)
        proc = flush_process(home, entry_point_path)
        time.sleep(rng.uniform(0.05, 0.9))
        if proc.poll() is None:
            proc.send_signal(signal.SIGKILL)
            kills += 1
        proc.communicate(timeout=30)
        report = run_flush(home)
        practice = open_with_reference(home)
        rows = practice.store.query("SELECT id, state, idempotency_key FROM deliveries")
        practice.close()
        assert {r["state"] for r in rows} <= SETTLED, (trial, rows)
        assert "publishing" not in {r["state"] for r in rows}
        assert report.exit_code in (0, 1)
        assert {r["state"] for r in rows} == {"published"}, (trial, rows)
        keys = {r["idempotency_key"] for r in rows}
        published = [k for k in network.creates if k in keys]
        assert sorted(published) == sorted(keys), trial
        assert network.duplicates() == {}, trial
    assert kills >= TRIALS // 3


def test_two_flushes_at_once_never_send_the_same_delivery(tmp_path, network, entry_point_path):
    home = make_home(tmp_path / "h", network, accounts=4, posts=10)
    network.inject(Fault.latency(0.01), method="POST", times=1000)
    procs = [flush_process(home, entry_point_path, "--json") for _ in range(2)]
    outputs = [p.communicate(timeout=120) for p in procs]
    assert all(p.returncode == 0 for p in procs), outputs
    assert not any("locked" in err for _, err in outputs)
    assert len(network.posts) == 40
    assert network.duplicates() == {}


def test_a_writer_beside_a_running_flush_loses_nothing(tmp_path, network, entry_point_path):
    home = make_home(tmp_path / "h", network, accounts=2, posts=20)
    network.inject(Fault.latency(0.02), method="POST", times=1000)
    errors: list[BaseException] = []
    written: list[int] = []

    def tui_like_writer() -> None:
        practice = open_with_reference(home)
        try:
            for n in range(25):
                written.append(add_due_post(practice, f"Written during flush {n}", 2))
                queue.page(practice.store, limit=50)
        except BaseException as exc:  # noqa: BLE001 - reported to the test thread
            errors.append(exc)
        finally:
            practice.close()

    proc = flush_process(home, entry_point_path)
    writer = threading.Thread(target=tui_like_writer)
    writer.start()
    writer.join(timeout=120)
    out, err = proc.communicate(timeout=120)
    assert errors == []
    assert "locked" not in err
    assert len(written) == 25
    run_flush(home)
    practice = open_with_reference(home)
    count = practice.store.one("SELECT count(*) AS n FROM posts")["n"]
    states = {r["state"] for r in practice.store.query("SELECT state FROM deliveries")}
    practice.close()
    assert count == 45
    assert states == {"published"}
    assert network.duplicates() == {}
