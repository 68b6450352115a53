"""`medsocial flush` killed at random moments never publishes a delivery twice and never
loses one, even when many newer posts land on the page before the next flush reconciles; two flushes at once never send the same delivery; a writer working like the TUI
beside a flush never meets 'database is locked'.

The server side counts creates per delivery key: that is the duplicate check a person would
see on the page."""

from __future__ import annotations

import os
import random
import signal
import threading
import time
from datetime import timedelta

import pytest

from medsocial_tui import clock
from medsocial_tui.publishing import queue, queue_views
from medsocial_tui.testing.fakeapi import Fault

from .conftest import add_due_post, flush_process, make_home, open_with_reference, run_flush

SETTLED = {"published", "failed", "deferred", "scheduled", "unknown"}
# 36 trials in CI (48 until the fresh-clone CI reached 673-746 s of its 600 on two cores);
# MEDSOCIAL_KILL_TRIALS=480 runs ten times as many, as a release check
TRIALS = int(os.environ.get("MEDSOCIAL_KILL_TRIALS", "36"))
CHUNKS = 6  # the trials in six tests: the four workers share them, none runs a minute alone
CHANNELS = ("loopback", "loopback-dedupe", "loopback-blind")
"""One account that reconciles, one whose network drops repeats, one that can do neither."""
FAULTS = (
    lambda: Fault.timeout_after_handling(1.0),
    Fault.drop_after_handling,
    Fault.drop_before_handling,
    lambda: Fault.status(503),
    lambda: Fault.html(502),
)


def _settled_server(network) -> None:
    """Let the server finish requests a killed flush left it handling (as a person or the
    next flush would only look after the grace period)."""
    for _ in range(2):
        assert network.wait_idle(30)
        time.sleep(0.01)


def _kill_at_a_random_moment(home, network, site, rng: random.Random) -> bool:
    """Start `medsocial flush` and SIGKILL it after a random number of requests reached the
    server, plus a random instant: during start-up, reconcile, a claim, a request or a commit."""
    network.clear_faults()
    network.inject(Fault.latency(rng.uniform(0.0, 0.05)), method="POST", times=rng.randint(0, 9))
    if rng.random() < 0.4:
        network.inject(rng.choice(FAULTS)(), method="POST")
    target = len(network.requests) + rng.randint(0, 10)
    proc = flush_process(home, site)
    while proc.poll() is None and len(network.requests) < target:
        time.sleep(0.002)
    time.sleep(rng.uniform(0.0, 0.03))
    killed = proc.poll() is None
    if killed:
        proc.send_signal(signal.SIGKILL)
    proc.communicate(timeout=60)
    _settled_server(network)
    return killed


def _settle_like_the_practice(home, network) -> None:
    """What happens after a crash: the next flushes run (time passes, so deferred deliveries
    come due), reconcile settles what the networks can tell, and a person settles the rest
    by looking at the page: mark it published, or retry anyway."""
    for _round in range(4):
        practice = open_with_reference(home)
        with practice.store.write() as db:
            db.conn.execute(
                "UPDATE deliveries SET next_attempt_at=? WHERE state='deferred'",
                (clock.to_iso(clock.now()),),
            )
        practice.close()
        report = run_flush(home)
        assert report.exit_code in (0, 1)
        _settled_server(network)
        practice = open_with_reference(home)
        rows = practice.store.query("SELECT id, state, idempotency_key FROM deliveries")
        assert {r["state"] for r in rows} <= SETTLED, rows
        for row in rows:
            if row["state"] != "unknown":
                continue
            if network.creates[row["idempotency_key"]]:
                queue.resolve(practice, row["id"], published_url="https://loopback.example/p")
            else:
                queue.retry(practice, row["id"], anyway=True)
        practice.close()
        if {r["state"] for r in rows} == {"published"}:
            return
    raise AssertionError(f"not settled after four flushes: {rows}")


@pytest.mark.parametrize("chunk", range(CHUNKS))
def test_flush_killed_at_random_moments_never_publishes_twice_or_loses_a_delivery(
    tmp_path, network, entry_point_path, chunk
):
    rng = random.Random(f"medsocial-kill-{chunk}")
    kills = buried = 0
    trials = range(chunk, TRIALS, CHUNKS)
    for trial in trials:
        home = make_home(
            tmp_path / f"t{trial}", network, accounts=3, posts=3, channels=CHANNELS, timeout=0.5
        )
        practice = open_with_reference(home)
        keys = {r["idempotency_key"] for r in practice.store.query("SELECT * FROM deliveries")}
        practice.close()
        for _run in range(rng.choice((1, 1, 2))):
            kills += _kill_at_a_random_moment(home, network, entry_point_path, rng)
        if rng.random() < 0.5:
            buried += 1
            network.post_by_someone_else(rng.randint(26, 80))
        _settle_like_the_practice(home, network)
        assert {k: network.creates[k] for k in keys} == dict.fromkeys(keys, 1), trial
    assert network.duplicates() == {}
    assert kills >= len(trials) // 2
    assert buried >= len(trials) // 4


def test_two_flushes_at_once_never_send_the_same_delivery(tmp_path, network, entry_point_path):
    home = make_home(tmp_path / "h", network, accounts=4, posts=10)
    network.inject(Fault.latency(0.01), method="POST", times=1000)
    procs = [flush_process(home, entry_point_path, "--json") for _ in range(2)]
    outputs = [p.communicate(timeout=120) for p in procs]
    assert all(p.returncode == 0 for p in procs), outputs
    assert not any("locked" in err for _, err in outputs)
    assert len(network.posts) == 40
    assert network.duplicates() == {}


def test_a_writer_working_like_the_tui_beside_a_running_flush_loses_nothing(
    tmp_path, network, entry_point_path
):
    home = make_home(tmp_path / "h", network, accounts=2, posts=20)
    network.inject(Fault.latency(0.02), method="POST", times=1000)
    errors: list[BaseException] = []
    due_posts: list[int] = []
    edited: dict[int, str] = {}
    proc = flush_process(home, entry_point_path)

    def tui_like_writer() -> None:
        """Compose, edit, submit, approve and page through the queue until flush is done."""
        practice = open_with_reference(home)
        later = clock.now() + timedelta(days=1)
        try:
            while not network.calls("POST") and proc.poll() is None:
                time.sleep(0.005)
            n = 0
            while n < 10 or proc.poll() is None:
                due_posts.append(add_due_post(practice, f"Written during flush {n}", 2))
                draft = queue.create(
                    practice, queue.Compose(f"Draft {n}", ["page-0"], scheduled_at=later)
                )
                text = f"Draft {n}, edited while flush ran"
                queue.edit(
                    practice,
                    draft.id,
                    queue.Compose(text, ["page-0", "page-1"], scheduled_at=later),
                )
                queue.submit(practice, draft.id)
                queue.approve(practice, draft.id)
                edited[draft.id] = text
                queue_views.page(practice.store, limit=50)
                n += 1
        except BaseException as exc:  # noqa: BLE001 - reported to the test thread
            errors.append(exc)
        finally:
            practice.close()

    writer = threading.Thread(target=tui_like_writer)
    writer.start()
    out, err = proc.communicate(timeout=120)
    writer.join(timeout=120)
    assert errors == []
    assert proc.returncode == 0, err
    assert "locked" not in err
    run_flush(home)
    practice = open_with_reference(home)
    for post_id, text in edited.items():
        post = queue.get(practice.store, post_id)
        assert (post.text, post.status) == (text, "approved")
        assert [d.state for d in post.deliveries] == ["scheduled", "scheduled"]
    due_states = {
        d.state.value
        for post_id in due_posts
        for d in queue.get(practice.store, post_id).deliveries
    }
    practice.close()
    assert due_states == {"published"}
    assert len(network.posts) == 2 * (20 + len(due_posts))
    assert network.duplicates() == {}
