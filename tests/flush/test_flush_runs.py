"""How a flush run behaves as a whole: the account's other deliveries after a refusal, late
answers, stopping on SIGTERM, what cron and a terminal are told, reconcile from the command
line, and the writer thread's group commit."""

from __future__ import annotations

import json
import os
import pty
import signal
import socket
import subprocess
import sys
import time
from datetime import timedelta

import pytest

from medsocial_tui import clock
from medsocial_tui.channel import Published
from medsocial_tui.publishing import queue
from medsocial_tui.publishing.claims import claim, sweep_expired_leases
from medsocial_tui.publishing.outcomes import record_outcome
from medsocial_tui.publishing.states import DeliveryState as S
from medsocial_tui.store.writer import GroupWriter
from medsocial_tui.testing.fakeapi import Fault

from .conftest import (
    flush_env,
    flush_process,
    make_home,
    medsocial_exe,
    open_with_reference,
    run_flush,
    states,
)


def test_refused_credentials_fail_the_accounts_other_deliveries_without_sending_them(
    tmp_path, network
):
    home = make_home(tmp_path / "h", network, accounts=1, posts=5)
    network.inject(
        Fault.unauthorized({"error": {"code": "invalid_token", "message": "Token expired"}}),
        times=100,
    )
    report = run_flush(home)
    assert report.counts() == {"failed": 5}
    assert len(network.calls("POST")) <= 2
    assert all("Token expired" in o.detail for o in report.outcomes)


def test_a_late_answer_to_an_attempt_swept_to_unknown_still_settles_it(tmp_path, network):
    home = make_home(tmp_path / "h", network, accounts=1, posts=1)
    practice = open_with_reference(home)
    delivery = queue.get_delivery(practice.store, 1)
    with practice.store.write():
        attempt = claim(practice.store, delivery, "elsewhere:1:x", clock.now(), lease_seconds=1)
    with practice.store.write():
        assert sweep_expired_leases(practice.store, clock.now() + timedelta(seconds=5)) == [1]
    with practice.store.write():
        outcome = record_outcome(
            practice.store,
            delivery,
            attempt,
            (S.PUBLISHED, {"published": Published("7", "https://x/7")}),
        )
    assert outcome.state == "published"
    assert queue.get_delivery(practice.store, 1).remote_url == "https://x/7"
    practice.close()


def test_dry_run_says_which_deliveries_would_be_held_and_changes_nothing(tmp_path, network):
    home = make_home(tmp_path / "h", network, accounts=1, posts=2)
    practice = open_with_reference(home)
    old = clock.to_iso(clock.now() - timedelta(hours=5))
    with practice.store.write() as db:
        db.conn.execute("UPDATE deliveries SET scheduled_at=? WHERE id=1", (old,))
    practice.close()
    before = (home.root / "medsocial.db").read_bytes()
    from medsocial_tui.home.practice import open_practice
    from medsocial_tui.publishing import flush
    from medsocial_tui.testing import reference

    practice = open_practice(home, extra_plugins=(reference,))
    report = flush.dry_run_report(practice, clock.now())
    practice.close()
    assert [(o.delivery_id, o.state) for o in report.outcomes] == [
        (1, "would_hold"),
        (2, "would_publish"),
    ]
    assert "missed its time by 5 h" in report.outcomes[0].detail
    assert (home.root / "medsocial.db").read_bytes() == before
    assert network.requests == []


def test_sigterm_stops_claiming_and_records_the_requests_in_flight(
    tmp_path, network, entry_point_path
):
    home = make_home(tmp_path / "h", network, accounts=1, posts=12)
    network.inject(Fault.latency(0.3), method="POST", times=100)
    proc = flush_process(home, entry_point_path, "--json")
    while not network.calls("POST") and proc.poll() is None:
        time.sleep(0.005)
    proc.send_signal(signal.SIGTERM)
    out, err = proc.communicate(timeout=60)
    assert proc.returncode == 0, err
    final = states(home)
    assert set(final.values()) <= {"published", "scheduled"}
    assert list(final.values()).count("published") == len(network.posts)
    assert 0 < len(network.posts) < 12
    assert json.loads(out)["counts"] == {"published": len(network.posts)}


def test_cron_hears_only_what_needs_a_person(tmp_path, network, entry_point_path):
    home = make_home(tmp_path / "h", network, accounts=2, posts=2)
    quiet = flush_process(home, entry_point_path)
    assert quiet.communicate(timeout=60) == ("", "")
    assert quiet.returncode == 0
    practice = open_with_reference(home)
    post_id = queue.get(practice.store, 1).id
    practice.close()
    home2 = make_home(tmp_path / "h2", network, accounts=1, posts=1)
    network.inject(Fault.status(422, {"error": {"code": "spam", "message": "Looks like spam"}}))
    loud = flush_process(home2, entry_point_path)
    out, err = loud.communicate(timeout=60)
    assert loud.returncode == 1
    assert out.strip() == (
        f"failed: post {post_id} to page-0: The loopback network said no: "
        "Looks like spam (spam, HTTP 422)"
    )
    assert err == ""


def test_a_terminal_sees_progress_and_a_summary(tmp_path, network, entry_point_path):
    home = make_home(tmp_path / "h", network, accounts=2, posts=2)
    controller, terminal = pty.openpty()
    proc = subprocess.Popen(
        [medsocial_exe(), "flush"],
        env=flush_env(home, entry_point_path),
        stdin=terminal,
        stdout=terminal,
        stderr=terminal,
    )
    os.close(terminal)
    shown = b""
    while True:
        try:
            chunk = os.read(controller, 4096)
        except OSError:
            break
        if not chunk:
            break
        shown += chunk
    proc.wait(timeout=60)
    os.close(controller)
    text = shown.decode()
    assert proc.returncode == 0
    assert text.count("published") >= 5
    assert "page-1" in text and "4 published" in text


def test_post_reconcile_settles_an_unknown_delivery_from_the_command_line(
    tmp_path, network, entry_point_path
):
    home = make_home(tmp_path / "h", network, accounts=1, posts=1, timeout=0.5)
    network.inject(Fault.timeout_after_handling(1.0))
    assert [o.state for o in run_flush(home).outcomes] == ["unknown"]
    network.wait_idle()
    result = subprocess.run(
        [medsocial_exe(), "post", "reconcile"],
        env=flush_env(home, entry_point_path),
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.returncode == 0, result.stderr
    assert "found on the network" in result.stdout
    assert states(home) == {1: "published"}
    assert len(network.posts) == 1


def test_an_unknown_that_no_one_can_check_waits_for_a_person_with_the_reason(tmp_path, network):
    home = make_home(
        tmp_path / "h", network, accounts=1, posts=1, timeout=0.5, channels=("loopback-blind",)
    )
    network.inject(Fault.timeout_after_handling(1.0))
    assert run_flush(home).exit_code == 1
    again = run_flush(home)
    assert again.outcomes == [] and again.left_unknown == [1] and again.exit_code == 1
    practice = open_with_reference(home)
    delivery = queue.get_delivery(practice.store, 1)
    practice.close()
    assert delivery.state is S.UNKNOWN
    assert "offers no way to check whether it went out" in delivery.last_error
    assert len(network.calls("POST")) == 1


def test_a_swept_delivery_reconciled_as_published_leaves_nothing_for_cron(tmp_path, network):
    home = make_home(tmp_path / "h", network, accounts=1, posts=1)
    practice = open_with_reference(home)
    delivery = queue.get_delivery(practice.store, 1)
    with practice.store.write():
        claim(practice.store, delivery, f"{socket.gethostname()}:999999999:x", clock.now(), 600)
    practice.close()
    network.posts.append({"id": "1", "text": "x", "key": delivery.idempotency_key})
    report = run_flush(home)
    assert report.swept_unknown == [1]
    assert [o.state for o in report.outcomes] == ["reconciled_published"]
    assert report.exit_code == 0


def test_the_writer_undoes_a_failing_job_alone_and_commits_the_others(tmp_path, network):
    home = make_home(tmp_path / "h", network, accounts=1, posts=1)
    practice = open_with_reference(home)
    writer = GroupWriter(practice.reopen_store)

    def mark(text: str):
        return lambda store: store.db.conn.execute("UPDATE posts SET review_note=?", (text,))

    def broken(store):
        store.db.conn.execute("UPDATE posts SET text='half-done'")
        raise ValueError("a job failed")

    first, bad, last = writer.submit(mark("one")), writer.submit(broken), writer.submit(mark("two"))
    writer.start()
    first.result(10), last.result(10)
    with pytest.raises(ValueError):
        bad.result(10)
    writer.close()
    post = queue.get(practice.store, 1)
    practice.close()
    assert (post.review_note, post.text) == ("two", "Post number 0: flu shots all week.")
    assert writer.transactions == 1


def test_a_job_undone_in_flush_s_writer_takes_its_audit_events_and_the_rest_share_one_insert(
    tmp_path, network
):
    from medsocial_tui import clock
    from medsocial_tui.publishing.claims import end_claimed_attempt
    from medsocial_tui.publishing.flush import _each_transaction
    from medsocial_tui.records import audit

    home = make_home(tmp_path / "h", network, accounts=1, posts=1)
    practice = open_with_reference(home)
    writer = GroupWriter(practice.reopen_store, around=_each_transaction)

    def ended(store, attempt: str) -> None:
        claim = ("test-runner", "2026-01-01T00:00:00Z")
        end_claimed_attempt(store, 1, attempt, claim, clock.now(), "published", "")

    def mark(text: str):
        def job(store):
            store.db.conn.execute("UPDATE posts SET review_note=?", (text,))
            audit.record(store.db, "test", "post.marked", "post", 1, text=text)
            ended(store, f"attempt-{text}")

        return job

    def broken(store):
        store.db.conn.execute("UPDATE posts SET text='half-done'")
        audit.record(store.db, "test", "post.broken", "post", 1)
        ended(store, "attempt-broken")
        raise ValueError("a job failed")

    inserts: list[str] = []

    def traced(store):
        store.db.conn.set_trace_callback(
            lambda sql: inserts.append(sql) if sql.startswith("INSERT INTO events") else None
        )

    jobs = [writer.submit(traced), writer.submit(mark("one"))]
    jobs += [writer.submit(broken), writer.submit(mark("two"))]
    writer.start()
    jobs[0].result(10), jobs[1].result(10), jobs[3].result(10)
    with pytest.raises(ValueError):
        jobs[2].result(10)
    writer.close()
    actions = [e.action for e in audit.recent(practice.store.db, limit=3)]
    check = audit.verify(practice.store.db)
    attempts = {
        r[0]
        for r in practice.store.db.conn.execute(
            "SELECT attempt_id FROM attempts WHERE attempt_id LIKE 'attempt-%'"
        )
    }
    practice.close()
    assert writer.transactions == 1 and len(inserts) == 1
    assert actions[:2] == ["post.marked", "post.marked"] and "post.broken" not in actions
    assert check.ok
    # the failed job's attempt record went with it; the others' were written together
    assert attempts == {"attempt-one", "attempt-two"}


def test_every_flush_exits_1_while_a_delivery_is_unknown_but_cron_hears_of_it_once(
    tmp_path, network, entry_point_path
):
    home = make_home(
        tmp_path / "h", network, accounts=1, posts=1, timeout=0.5, channels=("loopback-blind",)
    )
    network.inject(Fault.timeout_after_handling(1.0))
    first = flush_process(home, entry_point_path)
    out, err = first.communicate(timeout=60)
    assert first.returncode == 1 and out.startswith("unknown: post 1 to page-0"), (out, err)
    network.wait_idle()
    second = flush_process(home, entry_point_path)
    assert second.communicate(timeout=60) == ("", "")
    assert second.returncode == 1
    as_json = flush_process(home, entry_point_path, "--json")
    out, err = as_json.communicate(timeout=60)
    assert as_json.returncode == 1 and json.loads(out)["left_unknown"] == [1], err
    resolved = subprocess.run(
        [medsocial_exe(), "post", "resolve", "1", "--published-url", "https://loopback/1"],
        env=flush_env(home, entry_point_path),
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert resolved.returncode == 0, resolved.stderr
    third = flush_process(home, entry_point_path)
    assert third.communicate(timeout=60) == ("", "")
    assert third.returncode == 0


def test_post_show_json_carries_the_remote_id(tmp_path, network, entry_point_path):
    home = make_home(tmp_path / "h", network, accounts=1, posts=1)
    assert run_flush(home).exit_code == 0
    shown = subprocess.run(
        [medsocial_exe(), "post", "show", "1", "--json"],
        env=flush_env(home, entry_point_path),
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert shown.returncode == 0, shown.stderr
    (delivery,) = json.loads(shown.stdout)["deliveries"]
    assert delivery["remote_id"] == network.posts[0]["id"]
    assert delivery["remote_url"].endswith(delivery["remote_id"])


RUN_ONLY = (
    "asyncio",
    "httpx",
    "concurrent.futures",
    "medsocial_tui.publishing.sending",
    "medsocial_tui.publishing.reconcile",
    "medsocial_tui.publishing.queue",
    "medsocial_tui.store.writer",
)
"""What only a run that sends needs: the event loop, the HTTP client, the writer thread."""


def test_dry_run_imports_nothing_a_run_that_sends_needs(tmp_path, network, entry_point_path):
    home = make_home(tmp_path / "h", network, accounts=2, posts=2)
    watch = (
        "import atexit, sys\n"
        f"atexit.register(lambda: print('loaded:', [m for m in {RUN_ONLY!r} if m in sys.modules],"
        " file=sys.stderr))\n"
        "from medsocial_tui.cli import main\n"
        "sys.argv = ['medsocial', 'flush', '--dry-run', '--json']\n"
        "main()\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", watch],
        env=flush_env(home, entry_point_path),
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode == 0, done.stderr
    assert json.loads(done.stdout)["counts"] == {"would_publish": 4}, done.stdout
    assert "loaded: []" in done.stderr, done.stderr
    assert network.requests == []
