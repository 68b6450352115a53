"""`inbox fetch` reads every account from its stored cursor, page by page, never twice;
rate limits are shared with flush; an account without a listening API says where to read
it; exit codes as flush."""

from __future__ import annotations

import asyncio

import pytest

from medsocial_tui.home.practice import open_practice
from medsocial_tui.listening import inbox
from medsocial_tui.publishing import flush, queue
from medsocial_tui.testing import inbox_reference
from medsocial_tui.testing.fakeapi import Fault

from .conftest import fetch, make_home, open_as


def _stored(home) -> list[str]:
    practice = open_practice(home, extra_plugins=(inbox_reference,))
    try:
        return [
            r["remote_id"]
            for r in practice.store.query("SELECT remote_id FROM inbox_items ORDER BY id")
        ]
    finally:
        practice.close()


def test_pages_are_read_from_the_cursor_and_nothing_twice(home, network):
    for n in range(12):
        network.write(f"comment {n}")
    report = fetch(home)
    assert report.exit_code == 0
    assert report.new == 12 and report.accounts[0].pages == 3
    assert _stored(home) == [str(n) for n in range(1, 13)]
    before = len(network.calls("GET", "/v1/activity"))
    again = fetch(home)
    assert again.new == 0
    assert network.calls("GET", "/v1/activity")[before].arg("after") == "12"
    network.write("one more", kind="message")
    third = fetch(home)
    assert third.new == 1 and third.accounts[0].new_by_kind == {"message": 1}
    assert _stored(home)[-1] == "13"


def test_items_keep_what_the_network_said_and_the_audit_keeps_no_words(home, network):
    network.write("My crown fell out", kind="review", author="Jane Doe", rating=2, handle="jd")
    fetch(home)
    practice = open_practice(home, extra_plugins=(inbox_reference,))
    try:
        (item,) = inbox.items(practice.store)
        assert (item.kind, item.author_name, item.rating, item.text) == (
            "review",
            "Jane Doe",
            2,
            "My crown fell out",
        )
        assert item.thread == {"item": "1"} and item.state.value == "new"
        assert item.assigned_to == "owner"  # the designated manager
        events = practice.store.query("SELECT action, details FROM events")
        assert any(e["action"] == "inbox.received" for e in events)
        blob = str(events)
        assert "Jane" not in blob and "crown" not in blob
    finally:
        practice.close()


def test_a_rate_limit_waits_and_holds_flush_for_that_account_too(home, network, monkeypatch):
    network.write("first")
    network.inject(
        Fault.status(429, headers={"Retry-After": "600"}), method="GET", path="/v1/activity"
    )
    report = fetch(home)
    assert report.accounts[0].state == "waiting" and report.exit_code == 0
    assert fetch(home).accounts[0].state == "waiting"
    assert len(network.calls("GET", "/v1/activity")) == 1
    practice = open_as(home, "frontdesk", monkeypatch)
    post = queue.create(practice, queue.Compose(text="Flu shots all week.", accounts=["page"]))
    queue.submit(practice, post.id)
    practice.close()
    practice = open_as(home, "drpatel", monkeypatch)
    try:
        queue.approve(practice, post.id)
        flushed = asyncio.run(flush.run(practice))
    finally:
        practice.close()
    assert [o.state for o in flushed.outcomes] == ["deferred"]
    assert not network.calls("POST", "/v1/posts")


def test_an_account_without_a_listening_api_says_where_to_read_it(tmp_path, network):
    home = make_home(tmp_path / "h", network, quiet=True)
    report = fetch(home)
    quiet = next(a for a in report.accounts if a.account_id == "quiet")
    assert quiet.state == "not_listening"
    assert "read them in its app" in quiet.detail
    assert report.exit_code == 0


def test_a_refused_token_fails_the_account_in_words_and_exits_1(home, network):
    network.write("hello")
    network.inject(Fault.unauthorized(), method="GET", path="/v1/activity")
    report = fetch(home)
    assert report.accounts[0].state == "failed"
    assert "reconnecting" in report.accounts[0].detail
    assert report.exit_code == 1
    assert fetch(home).new == 1


def test_a_server_error_mid_way_keeps_the_pages_already_read(home, network):
    for n in range(12):
        network.write(f"comment {n}")
    network.inject(Fault.status(500), method="GET", path="/v1/activity", after=1)
    report = fetch(home)
    assert report.accounts[0].new == 5
    assert report.accounts[0].state == "waiting"
    practice = open_practice(home, extra_plugins=(inbox_reference,))
    with practice.store.write() as db:
        db.conn.execute("DELETE FROM account_waits")
    practice.close()
    assert fetch(home).new == 7
    assert _stored(home) == [str(n) for n in range(1, 13)]


def test_a_fetch_that_lost_the_race_stores_nothing_twice(home, network, monkeypatch):
    """Two fetches read the same cursor; the second to commit finds it moved."""
    network.write("a")
    practice = open_as(home, "owner", monkeypatch)
    try:
        page = asyncio.run(
            practice.plugins.channel("loopback-inbox").read_activity(
                __import__("httpx").AsyncClient(), practice.account("page"), None
            )
        )
        from medsocial_tui.listening.inbox_fetch import store_page

        assert store_page(practice.store, "page", None, page) == (1, {"comment": 1})
        assert store_page(practice.store, "page", None, page) is None
    finally:
        practice.close()
    assert _stored(home) == ["1"]


HOLDER = """
import sqlite3, sys, time
conn = sqlite3.connect(sys.argv[1], isolation_level=None)
conn.execute("BEGIN IMMEDIATE")
print("held", flush=True)
time.sleep(30)
"""


def test_a_busy_database_is_said_in_words_with_exit_2_and_loses_nothing(
    tmp_path, network, entry_point_path
):
    import subprocess
    import sys

    from .conftest import fetch_process

    home = make_home(tmp_path / "h", network, extra="[database]\nbusy_timeout_seconds = 1\n")
    network.write("hello")
    holder = subprocess.Popen(
        [sys.executable, "-c", HOLDER, str(home.database_path)], stdout=subprocess.PIPE, text=True
    )
    try:
        assert holder.stdout.readline().strip() == "held"
        proc = fetch_process(home, entry_point_path)
        out, err = proc.communicate(timeout=60)
    finally:
        holder.kill()
        holder.wait(10)
    assert proc.returncode == 2, (out, err)
    assert "Traceback" not in err and "the database is busy" in err
    assert fetch(home).new == 1


def test_a_second_fetch_while_one_runs_says_so_and_does_nothing(home, network, entry_point_path):
    from medsocial_tui.publishing import runlock

    from .conftest import fetch_process

    held = runlock.take(home, "inbox fetch")
    try:
        proc = fetch_process(home, entry_point_path)
        out, err = proc.communicate(timeout=60)
    finally:
        held.release()
    assert proc.returncode == 0
    assert "another inbox fetch is running for this practice" in err
    assert network.calls("GET", "/v1/activity") == []


def test_working_hours_count_only_opening_hours():
    from datetime import datetime
    from zoneinfo import ZoneInfo

    tz = ZoneInfo("America/Chicago")
    hours = {"mon": "08:00-17:00", "tue": "08:00-17:00", "sat": "closed"}
    friday_evening = datetime(2026, 11, 27, 18, 0, tzinfo=tz)
    monday_ten = datetime(2026, 11, 30, 10, 0, tzinfo=tz)
    assert inbox.working_hours_between(friday_evening, monday_ten, hours, tz) == 2.0
    tuesday_noon = datetime(2026, 12, 1, 12, 0, tzinfo=tz)
    assert inbox.working_hours_between(friday_evening, tuesday_noon, hours, tz) == 13.0
    assert inbox.working_hours_between(friday_evening, monday_ten, {}, tz) == 64.0


@pytest.mark.tampers
def test_a_rate_limit_flush_was_told_about_holds_the_inbox_too(home, network, monkeypatch):
    from datetime import timedelta

    from medsocial_tui import clock

    network.write("hello")
    practice = open_as(home, "frontdesk", monkeypatch)
    post = queue.create(practice, queue.Compose(text="Flu shots all week.", accounts=["page"]))
    later = clock.to_iso(clock.now() + timedelta(minutes=10))
    with practice.store.write() as db:
        db.conn.execute(
            "UPDATE deliveries SET state='deferred', error_kind='rate', next_attempt_at=?,"
            " last_error='rate limited: slow down' WHERE post_id=?",
            (later, post.id),
        )
    practice.close()
    report = fetch(home)
    assert report.accounts[0].state == "waiting"
    assert report.accounts[0].retry_at is not None
    assert network.calls("GET", "/v1/activity") == []


def test_an_item_already_answered_on_the_network_arrives_replied(home, monkeypatch):
    from datetime import UTC, datetime

    from medsocial_tui.channel import Activity, ActivityPage
    from medsocial_tui.listening.inbox_fetch import store_page

    practice = open_as(home, "owner", monkeypatch)
    try:
        page = ActivityPage(
            [
                Activity("r1", "review", "A", "Nice", datetime.now(UTC), rating=5),
                Activity(
                    "r2",
                    "review",
                    "B",
                    "Good",
                    datetime.now(UTC),
                    rating=4,
                    existing_reply="Thanks!",
                ),
            ],
            "c1",
        )
        assert store_page(practice.store, "page", None, page) == (2, {"review": 2})
        states = {i.remote_id: i.state.value for i in inbox.items(practice.store)}
        assert states == {"r1": "new", "r2": "replied"}
    finally:
        practice.close()
