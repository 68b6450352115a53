"""A run keeps what is in flight and what a person must read, not a record per delivery
(issue 18): without ``keep`` (cron's ``medsocial flush``), published deliveries are counted;
each account's due deliveries are read a page at a time; the preparer's caches forget old posts;
attempts leave the in-flight set once their outcome is committed."""

from __future__ import annotations

import asyncio

from medsocial_tui.home.practice import open_practice
from medsocial_tui.publishing import claims, flush, sending
from medsocial_tui.testing import reference
from medsocial_tui.testing.fakeapi import Fault

from .conftest import flush_process, make_home, states


def run_quietly(home, **kw) -> flush.FlushReport:
    practice = open_practice(home, extra_plugins=(reference,))
    try:
        return asyncio.run(flush.run(practice, keep=False, **kw))
    finally:
        practice.close()


def test_a_quiet_run_counts_what_went_out_and_keeps_what_needs_a_person(tmp_path, network):
    home = make_home(tmp_path / "h", network, accounts=2, posts=4)
    network.inject(Fault.status(400, {"error": {"message": "Looks like spam"}}), times=1)
    report = run_quietly(home)
    assert report.counts() == {"published": 7, "failed": 1}
    assert [o.state for o in report.outcomes] == ["failed"]
    assert report.final_states() == {report.outcomes[0].delivery_id: "failed"}
    assert report.exit_code == 1
    assert sorted(states(home).values()) == ["failed"] + ["published"] * 7


def test_a_run_that_keeps_has_every_outcome(tmp_path, network):
    home = make_home(tmp_path / "h", network, accounts=2, posts=2)
    practice = open_practice(home, extra_plugins=(reference,))
    try:
        report = asyncio.run(flush.run(practice))
    finally:
        practice.close()
    assert [o.state for o in report.outcomes] == ["published"] * 4
    assert report.as_json()["deliveries"][0]["retry_at"] is None


def test_a_lane_reads_its_due_deliveries_a_page_at_a_time_in_due_order(tmp_path, network):
    """Deliveries due at the same moment are paged by id: none is read twice or missed."""
    home = make_home(tmp_path / "h", network, accounts=2, posts=7)
    practice = open_practice(home, extra_plugins=(reference,))
    try:
        now = flush.clock.now()
        with practice.store.write() as db:
            db.conn.execute(
                "UPDATE deliveries SET next_attempt_at=? WHERE post_id > 3",
                (flush.clock.to_iso(now),),
            )
        until = flush.clock.to_iso(now)
        accounts = claims.due_accounts(practice.store, until)
        rows = [d for d in claims.due(practice.store, now) if d.account_id == "page-1"]
        pages, after = [], ("", 0)
        while True:
            page, after = claims.due_page(practice.store, "page-1", until, after, limit=3)
            pages.append(page)
            if len(page) < 3:
                break
    finally:
        practice.close()
    assert accounts == ["page-0", "page-1"]
    assert [len(p) for p in pages] == [3, 3, 1]
    assert [(r.id, r.post_id, r.account_id) for p in pages for r in p] == [
        (d.id, d.post_id, d.account_id) for d in rows
    ]
    assert not hasattr(pages[0][0], "__dict__")


def test_a_run_reads_pages_and_sends_every_due_delivery_once(tmp_path, network, monkeypatch):
    monkeypatch.setattr(claims, "DUE_PAGE", 2)
    home = make_home(tmp_path / "h", network, accounts=2, posts=5)
    pages: list[int] = []
    real = claims.due_page

    def spy(*args, **kwargs):
        page, after = real(*args, **kwargs)
        pages.append(len(page))
        return page, after

    monkeypatch.setattr(sending, "due_page", spy)
    report = run_quietly(home)
    assert report.counts() == {"published": 10}
    assert sorted(pages) == [1, 1, 2, 2, 2, 2]  # each account: 2, 2, then the last 1
    assert network.duplicates() == {}
    assert len(network.posts) == 10


def test_the_preparer_forgets_its_oldest_posts():
    recent = sending._Recent(3)
    for n in range(10):
        recent[n] = str(n)
    assert list(recent) == [7, 8, 9]


def test_the_command_without_json_prints_nothing_when_all_went_out(
    tmp_path, network, entry_point_path
):
    home = make_home(tmp_path / "h", network, accounts=2, posts=3)
    proc = flush_process(home, entry_point_path)
    out, err = proc.communicate(timeout=120)
    assert proc.returncode == 0, err
    assert out == ""
    assert set(states(home).values()) == {"published"}


def test_a_dry_run_reads_every_due_delivery_a_page_at_a_time(tmp_path, network, monkeypatch):
    """It once read the first 10,000 due deliveries at once and said nothing of the rest."""
    monkeypatch.setattr(claims, "DUE_PAGE", 2)
    home = make_home(tmp_path / "h", network, accounts=2, posts=5)
    practice = open_practice(home, extra_plugins=(reference,))
    try:
        report = flush.dry_run(practice, keep=True)
    finally:
        practice.close()
    assert report.counts() == {"would_publish": 10}
    assert sorted(o.delivery_id for o in report.outcomes) == sorted(states(home))
    assert set(states(home).values()) == {"scheduled"}
