"""Cadence: an account quiet longer than quiet_after_days looks closed, and both the doctor
and the app's screens say so."""

from __future__ import annotations

from datetime import timedelta

from medsocial_tui import clock
from medsocial_tui.home import demo, health
from medsocial_tui.home.practice import open_practice


def _last_post(practice, account_id: str, days_ago: int | None) -> None:
    when = clock.to_iso(clock.now() - timedelta(days=days_ago)) if days_ago is not None else None
    with practice.store.write() as db:
        db.conn.execute("UPDATE accounts SET last_published_at=? WHERE id=?", (when, account_id))


def test_quiet_accounts_are_listed_with_their_days(practice):
    _last_post(practice, "page", 20)
    _last_post(practice, "short", 3)
    quiet = {q.account_id: q for q in health.quiet_accounts(practice)}
    assert quiet["page"].in_words() == "page (20 days since the last post)"
    assert "short" not in quiet
    assert quiet["maps"].in_words() == "maps (nothing published yet)"
    assert "byhand" not in quiet, "a by-hand account with no post yet is not nagged"


def test_the_doctor_flags_a_page_quiet_for_too_long(tmp_path, monkeypatch):
    monkeypatch.setenv("MEDSOCIAL_USER", "jreyes")
    monkeypatch.setenv("MEDSOCIAL_PLUGINS", "manual,mastodon")
    home = demo.build(tmp_path / "demo", login="jreyes")
    practice = open_practice(home)
    _last_post(practice, "mastodon", 30)
    practice.close()
    findings = [f for f in health.diagnose(home) if f.area == "account mastodon"]
    assert any(
        f.severity == "warning" and f.message.startswith("quiet for 30 days") for f in findings
    )
