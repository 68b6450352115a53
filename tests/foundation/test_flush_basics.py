"""`medsocial flush` on the demo practice: the manual channel turns due posts into to-dos,
late posts wait for a person, unconnected accounts fail in words, exit codes tell cron."""

from __future__ import annotations

import asyncio
import json
import sqlite3

from medsocial_tui.publishing import flush

from .conftest import run_cli


def states(home, post_id: int) -> dict[str, str]:
    db = sqlite3.connect(home / "medsocial.db")
    rows = db.execute("SELECT account_id, state FROM deliveries WHERE post_id=?", (post_id,))
    return dict(rows.fetchall())


def due_post_id(home) -> int:
    db = sqlite3.connect(home / "medsocial.db")
    return db.execute(
        "SELECT post_id FROM deliveries WHERE state='scheduled' ORDER BY next_attempt_at LIMIT 1"
    ).fetchone()[0]


def test_dry_run_lists_what_is_due_and_changes_nothing(demo_home):
    before = (demo_home / "medsocial.db").read_bytes()
    result = run_cli("flush", "--dry-run", "--json", home=demo_home)
    assert result.returncode == 0, result.stderr
    report = json.loads(result.stdout)
    assert report["dry_run"] is True
    assert report["counts"] == {"would_publish": 3}
    assert (demo_home / "medsocial.db").read_bytes() == before


def test_run_asked_for_a_dry_run_gives_the_dry_run_report(demo_practice):
    """``flush.run(dry_run=True)``, as a script would call it: its flag once hid the
    ``dry_run`` function it hands the work to (mypy found it)."""
    before = demo_practice.home.database_path.read_bytes()
    report = asyncio.run(flush.run(demo_practice, dry_run=True))
    assert report.dry_run and report.counts() == {"would_publish": 3}
    assert demo_practice.home.database_path.read_bytes() == before


def test_flush_turns_manual_deliveries_into_todos_and_fails_unconnected_ones(demo_home):
    post_id = due_post_id(demo_home)
    result = run_cli("flush", "--json", home=demo_home, env={"MEDSOCIAL_PLUGINS": "manual"})
    report = json.loads(result.stdout)
    assert result.returncode == 1
    by_account = {d["account_id"]: d for d in report["deliveries"]}
    assert by_account["snapchat"]["state"] == "todo"
    assert "Snapchat by hand" in by_account["snapchat"]["detail"]
    assert by_account["facebook"]["state"] == "skipped"
    assert states(demo_home, post_id)["snapchat"] == "todo"
    assert states(demo_home, post_id)["facebook"] == "scheduled"


def test_a_second_flush_finds_nothing_to_send_again(demo_home):
    run_cli("flush", home=demo_home, env={"MEDSOCIAL_PLUGINS": "manual"})
    again = run_cli("flush", "--json", home=demo_home, env={"MEDSOCIAL_PLUGINS": "manual"})
    report = json.loads(again.stdout)
    assert [d for d in report["deliveries"] if d["state"] == "todo"] == []


def test_a_post_that_missed_its_slot_is_held_not_sent_late(demo_home):
    db = sqlite3.connect(demo_home / "medsocial.db")
    db.execute(
        "UPDATE deliveries SET next_attempt_at='2020-01-01T00:00:00.000000Z',"
        " scheduled_at='2020-01-01T00:00:00.000000Z' WHERE state='scheduled'"
    )
    db.commit()
    result = run_cli("flush", "--json", home=demo_home, env={"MEDSOCIAL_PLUGINS": "manual"})
    report = json.loads(result.stdout)
    held = [d for d in report["deliveries"] if d["state"] == "held"]
    assert held and all("missed its time" in d["detail"] for d in held)


def test_flush_exits_2_with_words_when_the_home_is_missing(tmp_path):
    result = run_cli("flush", home=tmp_path / "nope")
    assert result.returncode == 2
    assert "does not exist" in result.stderr
    assert "Traceback" not in result.stderr
