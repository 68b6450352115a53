"""Metrics through the real core: posts published by flush to a loopback Mastodon, their
counters read a day and a week later, each sample once, the network's request to wait
shared, and the report and `metrics show` saying the same numbers."""

from __future__ import annotations

import asyncio
import json
import os
import subprocess
import sys
from datetime import datetime, time, timedelta
from pathlib import Path

import pytest
from medsocial_mastodon.fake import TOKEN, FakeMastodon

from medsocial_tui import clock
from medsocial_tui.accounts import rate_waits
from medsocial_tui.home import demo
from medsocial_tui.home.config import write_secrets
from medsocial_tui.home.practice import open_practice
from medsocial_tui.listening import metrics, report
from medsocial_tui.publishing import flush, queue
from medsocial_tui.testing.cli import installs_signal_handlers, invoke, run_process
from medsocial_tui.testing.fakeapi import Fault


@pytest.fixture
def fake():
    with FakeMastodon() as api:
        yield api


@pytest.fixture
def home(tmp_path, monkeypatch, fake):
    monkeypatch.setenv("MEDSOCIAL_USER", "owner")
    built = demo.create_home(tmp_path / "h", "Maple", "America/Chicago", login="owner", kind="test")
    built.config_path.write_text(
        '[practice]\nname = "Maple"\ntimezone = "America/Chicago"\none_person_practice = true\n'
        f'[[accounts]]\nid = "mastodon"\nchannel = "mastodon"\nname = "@maple"\n'
        f'base_url = "{fake.base_url}"\n'
    )
    write_secrets(built, {"mastodon": {"access_token": TOKEN}})
    return built


def publish(home, texts: list[str]) -> list[str]:
    practice = open_practice(home)
    try:
        for text in texts:
            post = queue.create(
                practice,
                queue.Compose(
                    text=text, accounts=["mastodon"], scheduled_at=clock.now(), kind="education"
                ),
            )
            queue.submit(practice, post.id)
            queue.approve(practice, post.id)
        outcome = asyncio.run(flush.run(practice))
        assert {o.state for o in outcome.outcomes} == {"published"}
        return [
            r["remote_id"]
            for r in practice.store.query("SELECT remote_id FROM deliveries ORDER BY id")
        ]
    finally:
        practice.close()


def fetch_at(home, moment):
    practice = open_practice(home)
    try:
        return asyncio.run(metrics.fetch(practice, now=moment))
    finally:
        practice.close()


def samples(home) -> list[tuple[int, str, dict]]:
    practice = open_practice(home)
    try:
        return [
            (r["delivery_id"], r["age"], json.loads(r["counts"]))
            for r in practice.store.query(
                "SELECT delivery_id, age, counts FROM post_metrics ORDER BY delivery_id, age"
            )
        ]
    finally:
        practice.close()


def test_each_post_is_read_a_day_and_a_week_after_and_never_twice(home, fake):
    ids = publish(home, ["Floss daily: here is why", "Why we take X-rays", "Mouthguards"])
    for n, remote in enumerate(ids):
        fake.set_counts(remote, likes=10 + n, boosts=n, replies=1)
    now = clock.now()
    early = fetch_at(home, now + timedelta(hours=2))
    assert early.accounts[0].posts_read == 0, "nothing is due before a day has passed"

    first = fetch_at(home, now + timedelta(days=1, minutes=1))
    assert first.exit_code == 0
    assert first.accounts[0].posts_read == 3
    # followers are read for the practice's yesterday, once a day (the early read may
    # already have had the same yesterday, depending on the hour in Chicago)
    assert early.accounts[0].days_read == 1
    assert first.accounts[0].days_read in (0, 1)
    again = fetch_at(home, now + timedelta(days=1, minutes=5))
    assert again.accounts[0].posts_read == 0
    reads = len(fake.calls("GET", "/api/v1/statuses"))
    assert reads == 1, "three posts are one request (id[] batching)"

    fake.set_counts(ids[0], likes=40, boosts=5, replies=2)
    fetch_at(home, now + timedelta(days=8))
    got = samples(home)
    assert [(d, a) for d, a, _ in got] == [
        (1, "day"),
        (1, "week"),
        (2, "day"),
        (2, "week"),
        (3, "day"),
        (3, "week"),
    ]
    assert got[0][2] == {"likes": 10, "shares": 0, "comments": 1}
    assert got[1][2] == {"likes": 40, "shares": 5, "comments": 2}


def test_a_post_first_read_late_gets_its_own_age_not_an_earlier_one(home, fake):
    publish(home, ["Hours for the holidays"])
    fetch_at(home, clock.now() + timedelta(days=40))
    assert [a for _, a, _ in samples(home)] == ["month"]


def test_a_deleted_status_is_left_out_not_stored_as_zero(home, fake):
    ids = publish(home, ["One", "Two"])
    fake.statuses[:] = [s for s in fake.statuses if s["id"] != ids[1]]
    fetch_at(home, clock.now() + timedelta(days=1, minutes=1))
    assert [d for d, _, _ in samples(home)] == [1]


def test_a_rate_limit_pauses_the_account_for_every_process(home, fake):
    publish(home, ["One"])
    later = clock.now() + timedelta(days=1, minutes=1)
    reset = (later + timedelta(hours=1)).strftime("%Y-%m-%dT%H:%M:%S.%fZ")
    fake.inject(
        Fault.status(429, {"error": "Too many requests"}, {"X-RateLimit-Reset": reset}),
        path="/api/v1/statuses",
    )
    first = fetch_at(home, later)
    assert first.accounts[0].state == "paused"
    assert first.exit_code == 0
    practice = open_practice(home)
    try:
        held = rate_waits.account_wait(practice.store, "mastodon", later)
        assert held is not None and "rate limit" in held.reason
    finally:
        practice.close()
    calls = len(fake.requests)
    second = fetch_at(home, later + timedelta(minutes=5))
    assert second.accounts[0].state == "paused"
    assert len(fake.requests) == calls, "a paused account is not asked again"
    third = fetch_at(home, later + timedelta(hours=2))
    assert third.accounts[0].posts_read == 1


@pytest.mark.parametrize("fault", [Fault.html(502), Fault.garbage(200)])
def test_html_or_garbage_is_a_failed_account_in_words(home, fake, fault):
    publish(home, ["One"])
    fake.inject(fault, path="/api/v1/statuses")
    result = fetch_at(home, clock.now() + timedelta(days=1, minutes=1))
    assert result.exit_code == 1
    assert result.accounts[0].state == "failed"
    assert "Mastodon" in result.accounts[0].words
    assert TOKEN not in result.accounts[0].words
    assert samples(home) == []


def test_an_account_without_its_token_is_named_and_fails_the_run_as_inbox_fetch_does(home, fake):
    publish(home, ["One"])
    write_secrets(home, {})
    asked = len(fake.requests)
    result = fetch_at(home, clock.now() + timedelta(days=1, minutes=1))
    assert result.accounts[0].state == "not connected"
    assert "medsocial doctor" in result.accounts[0].words
    assert result.exit_code == 1, "cron must hear of an account it cannot read"
    assert len(fake.requests) == asked, "nothing is sent without the account's token"


def run_cli(home: Path, *args: str, now) -> subprocess.CompletedProcess[str]:
    """``metrics fetch`` as a real process (it installs signal handlers), the rest in this
    process with click's runner."""
    env = {"MEDSOCIAL_NOW": clock.to_iso(now)}
    run = run_process if installs_signal_handlers(args) else invoke
    return run(*args, home=home.root, login="owner", env=env)


def test_the_cli_report_and_show_say_the_same_numbers(home, fake, tmp_path):
    ids = publish(home, ["Floss daily", "Brush twice"])
    fake.set_counts(ids[0], likes=7, boosts=2, replies=1)
    fake.set_counts(ids[1], likes=3, boosts=0, replies=0)
    # Read the posts on the Tuesday after the week they went out in (two to eight days on),
    # then report that week: "last week" on that day, whatever the day of publishing (on a
    # Sunday, eight days on was a Monday whose last whole week began after it).
    published_on = clock.local(clock.now(), summary_tz(home)).date()
    moment = clock.now() + timedelta(days=8 - published_on.weekday())
    fetched = run_cli(home, "metrics", "fetch", "--json", now=moment)
    assert fetched.returncode == 0, fetched.stderr
    assert json.loads(fetched.stdout)["posts_read"] == 2

    practice = open_practice(home)
    try:
        summary = report.summarise(practice, "week", today=clock.local(moment, practice.tz).date())
    finally:
        practice.close()
    published_week = summary.start <= clock.local(clock.now(), summary_tz(home)).date()
    assert published_week
    (account,) = summary.accounts
    assert account.counts == {"likes": 10, "shares": 2, "comments": 1}

    shown = run_cli(home, "metrics", "show", "--json", now=moment)
    assert shown.returncode == 0, shown.stderr
    assert json.loads(shown.stdout)["accounts"][0]["counts"] == account.counts

    md = run_cli(home, "report", "--out", str(tmp_path / "r.md"), now=moment)
    assert md.returncode == 0, md.stderr
    text = (tmp_path / "r.md").read_text()
    assert "| likes | 10 |" in text
    assert (
        "views" not in text.split("## Best posts")[0].split("| counter")[1].split("Not offered")[0]
    )
    assert "Mastodon gives no views" in text

    pdf = run_cli(home, "report", "--format", "pdf", "--out", str(tmp_path / "r.pdf"), now=moment)
    assert pdf.returncode == 0, pdf.stderr
    assert (tmp_path / "r.pdf").read_bytes().startswith(b"%PDF")
    html = run_cli(home, "report", "--format", "html", "--out", "-", now=moment)
    assert html.returncode == 0, html.stderr
    assert "<td>10</td>" in html.stdout


def summary_tz(home):
    practice = open_practice(home)
    try:
        return practice.tz
    finally:
        practice.close()


def due_post(home, text: str) -> None:
    practice = open_practice(home)
    try:
        post = queue.create(
            practice, queue.Compose(text=text, accounts=["mastodon"], scheduled_at=clock.now())
        )
        queue.submit(practice, post.id)
        queue.approve(practice, post.id)
    finally:
        practice.close()


def test_flush_waits_for_a_rate_limit_that_metrics_met(home, fake):
    practice = open_practice(home)
    try:
        with practice.store.write() as db:
            rate_waits.record(db, "mastodon", clock.now() + timedelta(minutes=30), "Too many")
    finally:
        practice.close()
    due_post(home, "Closed today: snow")
    practice = open_practice(home)
    try:
        outcome = asyncio.run(flush.run(practice))
    finally:
        practice.close()
    assert [o.state for o in outcome.outcomes] == ["deferred"]
    assert outcome.outcomes[0].detail == "Too many"
    assert fake.calls("POST", "/api/v1/statuses") == []


def test_metrics_waits_for_a_rate_limit_that_flush_met(home, fake):
    publish(home, ["One"])
    due_post(home, "Two")
    reset = (clock.now() + timedelta(days=2)).strftime("%Y-%m-%dT%H:%M:%S.%fZ")
    fake.inject(
        Fault.status(429, {"error": "Too many requests"}, {"X-RateLimit-Reset": reset}),
        path="/api/v1/statuses",
    )
    practice = open_practice(home)
    try:
        outcome = asyncio.run(flush.run(practice))
    finally:
        practice.close()
    assert [o.state for o in outcome.outcomes] == ["deferred"]
    before = len(fake.requests)
    read = fetch_at(home, clock.now() + timedelta(days=1, minutes=1))
    assert read.accounts[0].state == "paused"
    assert len(fake.requests) == before


def test_a_fetch_killed_half_way_keeps_what_it_read_and_the_next_reads_the_rest(home, fake):
    """A real `medsocial metrics fetch` process killed mid-way: the pages it committed stay,
    the next run reads only what is missing, and no sample is stored twice."""
    import signal
    import time

    practice = open_practice(home)
    published = clock.to_iso(clock.now() - timedelta(days=2))
    with practice.store.write() as db:
        for n in range(300):
            status_id = str(130_000_000_000_000_000 + n)
            fake.statuses.append({"id": status_id, "content": "<p>x</p>", "favourites_count": n})
            post_id = db.conn.execute(
                "INSERT INTO posts (kind, text, author, status, created_at, updated_at)"
                " VALUES ('education', ?, 'owner', 'approved', ?, ?)",
                (f"Post {n}", published, published),
            ).lastrowid
            db.conn.execute(
                "INSERT INTO deliveries (post_id, account_id, state, idempotency_key, remote_id,"
                " published_at, updated_at) VALUES (?, 'mastodon', 'published', ?, ?, ?, ?)",
                (post_id, f"k{n}", status_id, published, published),
            )
    practice.close()
    fake.inject(Fault.latency(0.15), path="/api/v1/statuses", times=10**6)
    env = {**os.environ, "MEDSOCIAL_HOME": str(home.root), "MEDSOCIAL_USER": "owner"}
    exe = Path(sys.executable).parent / "medsocial"
    child = subprocess.Popen(
        [str(exe), "metrics", "fetch"],
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    deadline = time.monotonic() + 60
    while len(fake.calls("GET", "/api/v1/statuses")) < 7 and time.monotonic() < deadline:
        time.sleep(0.05)
    child.send_signal(signal.SIGKILL)
    child.wait(timeout=30)
    fake.wait_idle()
    kept = len(samples(home))
    assert 0 < kept < 300, kept
    asked_before = len(fake.calls("GET", "/api/v1/statuses"))
    done = subprocess.run(
        [str(exe), "metrics", "fetch", "--json"],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode == 0, done.stderr
    assert json.loads(done.stdout)["posts_read"] == 300 - kept
    got = samples(home)
    assert len(got) == 300 and len({d for d, _, _ in got}) == 300
    assert len(fake.calls("GET", "/api/v1/statuses")) - asked_before == -(-(300 - kept) // 20)


def test_doctor_says_when_counters_are_not_read_and_which_account_failed(home, fake, monkeypatch):
    from medsocial_tui.home import health

    publish(home, ["One"])
    later = clock.now() + timedelta(days=3)
    practice = open_practice(home)
    monkeypatch.setenv("MEDSOCIAL_NOW", clock.to_iso(later))
    try:
        found = health.metrics_findings(practice)
    finally:
        monkeypatch.delenv("MEDSOCIAL_NOW")
        practice.close()
    assert any("no counters were ever read" in f.message for f in found)
    fake.inject(Fault.html(502), path="/api/v1/statuses")
    fetch_at(home, clock.now() + timedelta(days=1, minutes=1))
    practice = open_practice(home)
    try:
        found = health.metrics_findings(practice)
    finally:
        practice.close()
    failed = [f for f in found if not f.ok]
    assert failed and "mastodon: counters could not be read" in failed[0].message
    assert TOKEN not in failed[0].message


def test_the_report_counts_inbox_items_and_how_fast_they_were_answered(home, fake):
    """Counts and hours only: nobody's words reach the owner's report.

    The comments arrive at noon on the Wednesday of the last whole week (the week a report
    counts): placed 20 hours before now, as they once were, they fell in the week before
    it whenever the suite ran on a Monday before 8 pm."""
    practice = open_practice(home)
    today = clock.local(clock.now(), practice.tz).date()
    start, _end, _before = report.period_bounds("week", today)
    midweek = datetime.combine(start + timedelta(days=2), time(12), tzinfo=practice.tz)
    try:
        with practice.store.write() as db:
            for n, (hours, answered) in enumerate([(1, True), (3, True), (10, True), (0, False)]):
                created = midweek - timedelta(seconds=n)
                db.conn.execute(
                    "INSERT INTO inbox_items (account_id, remote_id, kind, author_name, text,"
                    " created_at, fetched_at, state, answered_at, updated_at)"
                    " VALUES ('mastodon', ?, 'comment', 'Pat Doe', 'my crown hurts', ?, ?, ?, ?, ?)",
                    (
                        f"r{n}",
                        clock.to_iso(created),
                        clock.to_iso(created),
                        "replied" if answered else "new",
                        clock.to_iso(created + timedelta(hours=hours)) if answered else None,
                        clock.to_iso(created),
                    ),
                )
        summary = report.summarise(practice, "week", today=today)
    finally:
        practice.close()
    this = summary.inbox["this"]
    assert (this["received"], this["answered"], this["still_waiting"]) == (4, 3, 1)
    assert (this["median_hours"], this["slowest_hours"]) == (3.0, 10.0)
    text = report.as_markdown(summary)
    assert "4 arrived (4 comments" in text and "half within 3.0 h" in text
    assert "Pat" not in text and "crown" not in text
