"""`medsocial audit export --from --to` gives an inspector every published post with its
text, media digests, permalink, author, approver, policy version, the author's
acknowledgement and training at the time, and the verification of the records."""

from __future__ import annotations

import json
from datetime import timedelta

from medsocial_tui import clock
from medsocial_tui.records import audit

from .conftest import run_cli


def _period() -> tuple[str, str]:
    today = clock.now().date()
    return (today - timedelta(days=30)).isoformat(), (today + timedelta(days=1)).isoformat()


def test_the_bundle_holds_each_published_post_and_why_it_was_allowed(demo_home, tmp_path):
    start, end = _period()
    out = tmp_path / "inspector"
    result = run_cli(
        "audit",
        "export",
        "--from",
        start,
        "--to",
        end,
        "--out",
        str(out),
        home=demo_home,
        login="ppatel",
    )
    assert result.returncode == 0, result.stderr
    data = json.loads((out / f"evidence-{start}-{end}.json").read_text())
    assert data["records"]["ok"] is True
    assert data["published"], "the demo has published posts"
    item = data["published"][0]
    assert item["text"] and item["published_at"] >= start
    assert item["author"]["login"] and item["author"]["name"]
    assert item["approval"]["sealed"] and item["approval"]["matches_content"]
    assert item["approval"]["by"] in ("ppatel", "lbrooks")
    assert item["policy_version"] is None, "the demo's history predates its policy"
    markdown = (out / f"evidence-{start}-{end}.md").read_text()
    assert "## Verification of the records" in markdown and "**Holds.**" in markdown
    assert item["text"] in markdown
    assert "no inbox" in markdown
    assert "- Policy in force: **none published at the time**" in markdown


def test_the_bundle_says_when_the_records_do_not_hold(demo_home, tmp_path, practice):
    conn = practice.store.db.conn
    conn.execute("DROP TRIGGER events_are_append_only_update")
    conn.execute("UPDATE events SET actor='someone else' WHERE id=5")
    conn.commit()
    start, end = _period()
    result = run_cli(
        "audit",
        "export",
        "--from",
        start,
        "--to",
        end,
        "--out",
        str(tmp_path),
        home=demo_home,
        login="ppatel",
    )
    assert result.returncode == 0, result.stderr
    assert "do not hold" in result.stdout
    markdown = (tmp_path / f"evidence-{start}-{end}.md").read_text()
    assert "**BROKEN.** the audit chain is broken at event 5" in markdown


def test_making_the_bundle_is_recorded_and_only_for_admins(demo_home, tmp_path, practice):
    start, end = _period()
    refused = run_cli(
        "audit",
        "export",
        "--from",
        start,
        "--to",
        end,
        "--out",
        str(tmp_path),
        home=demo_home,
        login="jreyes",
    )
    assert refused.returncode == 8
    made = run_cli(
        "audit",
        "export",
        "--from",
        start,
        "--to",
        end,
        "--out",
        str(tmp_path),
        home=demo_home,
        login="ppatel",
    )
    assert made.returncode == 0
    assert audit.recent(practice.store.db, limit=1)[0].action == "export.written"


def test_a_date_that_is_not_a_date_is_refused_in_words(demo_home):
    result = run_cli(
        "audit",
        "export",
        "--from",
        "last week",
        "--to",
        "2026-01-01",
        home=demo_home,
        login="ppatel",
    )
    assert result.returncode == 2
    assert "--from 'last week' is not a date" in result.stderr
    assert "YYYY-MM-DD" in result.stderr
