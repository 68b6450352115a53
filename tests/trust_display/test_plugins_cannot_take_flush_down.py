"""A plugin that returns garbage from publish, tries to exit, or never answers fails its own
deliveries in words; the run goes on and the other networks' posts go out."""

from __future__ import annotations

import time

import pytest

from medsocial_tui.compliance import check_text
from medsocial_tui.compliance import report as report_module
from medsocial_tui.errors import MedsocialError
from medsocial_tui.hookspecs import hookimpl
from medsocial_tui.publishing import flush, sending

from .networks import LOGIN, TOKEN, home_with


@pytest.fixture
def practice(tmp_path, monkeypatch):
    monkeypatch.setenv("MEDSOCIAL_USER", LOGIN)
    monkeypatch.setattr(sending, "PUBLISH_DEADLINE_SECONDS", 0.5)
    opened = home_with(
        tmp_path / "home", "http://127.0.0.1:9", ["garbage", "exits", "hangs", "fine"]
    )
    yield opened
    opened.close()


async def test_misbehaving_plugins_fail_their_own_deliveries_in_words(practice):
    report = await flush.run(practice)
    states = {o.account_id: o for o in report.outcomes}
    assert states["fine"].state == "published"
    garbage = states["garbage"]
    assert garbage.state == "unknown"
    assert "the MisbehavingPlugin plugin answered publish with int" in garbage.detail
    assert "check the page" in garbage.detail
    exits = states["exits"]
    assert exits.state == "unknown" and "RuntimeError" in exits.detail
    hangs = states["hangs"]
    assert hangs.state == "unknown" and "no answer from Silent network" in hangs.detail
    rows = {
        r["account_id"]: r
        for r in practice.store.query("SELECT account_id, state, last_error FROM deliveries")
    }
    assert rows["fine"]["state"] == "published"
    assert rows["garbage"]["state"] == "unknown"
    assert "answered publish with int" in rows["garbage"]["last_error"]
    assert report.exit_code == 1


def stuck(text, context):
    time.sleep(30)
    return []


def raising(text, context):
    raise ValueError(text)


def test_a_check_that_hangs_holds_the_text_naming_the_check(monkeypatch):
    monkeypatch.setattr(report_module, "CHECK_DEADLINE_SECONDS", 0.2)
    stuck.name = "acme-slow"
    report = check_text("Open late Thursday", checks=[stuck])
    assert report.blocking
    [failed] = report.findings
    assert "acme-slow did not finish within 0.2 s" in failed.reason


class RaisingCheckPlugin:
    @staticmethod
    @hookimpl
    def register_compliance_checks(register):
        register(raising)


async def test_flush_does_not_send_a_text_a_broken_check_could_not_read(tmp_path, monkeypatch):
    monkeypatch.setenv("MEDSOCIAL_USER", LOGIN)
    practice = home_with(tmp_path / "home", "http://127.0.0.1:9", ["fine"])
    try:
        practice.extra_plugins = (*practice.extra_plugins, RaisingCheckPlugin)
        practice.plugin_host = None
        report = await flush.run(practice)
    finally:
        practice.close()
    [outcome] = report.outcomes
    assert outcome.state == "failed"
    assert "raising failed (ValueError)" in outcome.detail


def test_a_plugin_whose_draft_check_raises_blocks_the_draft_in_words(tmp_path, monkeypatch):
    monkeypatch.setenv("MEDSOCIAL_USER", LOGIN)
    with pytest.raises(MedsocialError) as refused:
        home_with(tmp_path / "home", "http://127.0.0.1:9", ["badcheck"])
    words = refused.value.for_people()
    assert "the MisbehavingPlugin plugin failed to check this (RuntimeError)" in words
    assert TOKEN not in words
    # no edit mends a plugin's failure: the fix says what does (it said "fix what the
    # preview shows, then submit again")
    assert "take badcheck off the post for now" in refused.value.fix
    assert "preview" not in refused.value.fix


async def test_a_plugin_that_cannot_say_what_an_account_needs_is_named_not_a_crash(
    tmp_path, monkeypatch
):
    """Its missing_credentials raising stopped `medsocial accounts`, doctor and flush with a
    traceback; now that account is not connected, in words naming the plugin."""
    from medsocial_tui.accounts.connections import readiness
    from medsocial_tui.home.health_accounts import account_findings, account_statuses

    monkeypatch.setenv("MEDSOCIAL_USER", LOGIN)
    practice = home_with(tmp_path / "home", "http://127.0.0.1:9", ["unsure", "fine"])
    try:
        needs = readiness(practice, "unsure")
        assert not needs.connected
        words = "the MisbehavingPlugin plugin failed to say what the account needs"
        assert needs.problem() == f"not connected ({words} (RuntimeError))"
        found = [f for f in account_findings(practice) if f.area == "account unsure"]
        [finding] = [f for f in found if f.severity == "problem"]
        assert words in finding.message and "MisbehavingPlugin" in finding.fix
        statuses = {s.account_id: s.authorisation for s in account_statuses(practice)}
        assert statuses["unsure"] == "plugin failed"
        report = await flush.run(practice)
        states = {o.account_id: o.state for o in report.outcomes}
        assert states["fine"] == "published"
        assert states["unsure"] != "published"
    finally:
        practice.close()
