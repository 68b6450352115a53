"""Alerts say counts, never anyone's words: through apprise (to a loopback JSON endpoint, as
a webhook service would receive it), through a command, and through a plugin's notify hook;
an unanswered item past the practice's target is flagged once."""

from __future__ import annotations

import stat
from datetime import timedelta

from medsocial_tui.home.config import load_secrets, write_secrets
from medsocial_tui.home.practice import open_practice
from medsocial_tui.hookspecs import hookimpl
from medsocial_tui.testing import inbox_reference
from medsocial_tui.testing.fakeapi import FakeAPI, Reply

from .conftest import fetch, make_home

WORDS = "My crown cracked and Dr Patel was rude"


def _with_alert_urls(home, urls):
    secrets = load_secrets(home)
    write_secrets(home, secrets.by_account, tuple(urls))


def test_apprise_posts_counts_only_to_the_target(tmp_path, network):
    home = make_home(tmp_path / "h", network)
    with FakeAPI() as hook:
        hook.route("POST", r"/alerts")(lambda request: Reply(200, {"ok": True}))
        _with_alert_urls(home, [f"json://{hook.base_url.split('://', 1)[1]}/alerts"])
        network.write(WORDS, kind="review", author="Jane Doe", rating=1)
        network.write("Hi", kind="review", author="Bo Chen", rating=5)
        network.write("Are you open?", kind="message", author="Al Smith")
        report = fetch(home)
        (call,) = hook.calls("POST", "/alerts")
    body = call.json()
    assert body["title"] == "medsocial: Maple Dental inbox"
    assert body["message"].startswith("2 new Loopback inbox reviews, 1 Loopback inbox message")
    for secret in ("Jane", "crown", "Patel", "Bo Chen", "open?"):
        assert secret not in str(body)
    assert report.alerts == ["alert sent to target 1"] and report.exit_code == 0
    assert fetch(home).alerts == []


def test_a_target_that_fails_is_said_without_its_url(tmp_path, network):
    home = make_home(tmp_path / "h", network)
    with FakeAPI() as hook:
        hook.route("POST", r"/alerts")(lambda request: Reply(500, {"error": "down"}))
        url = f"json://user:s3cret-pass@{hook.base_url.split('://', 1)[1]}/alerts"
        _with_alert_urls(home, [url, "not a url at all"])
        network.write("hello")
        report = fetch(home)
    assert report.alert_failed and report.exit_code == 1
    assert "s3cret" not in " ".join(report.alerts)
    assert any("target 2" in w and "not a URL apprise knows" in w for w in report.alerts)


def test_a_command_gets_the_counts_on_stdin(tmp_path, network):
    out = tmp_path / "alert.txt"
    script = tmp_path / "notify.sh"
    script.write_text(f'#!/bin/sh\ncat > "{out}"\necho "$MEDSOCIAL_ALERT_BODY" >> "{out}"\n')
    script.chmod(script.stat().st_mode | stat.S_IXUSR)
    home = make_home(tmp_path / "h", network, extra=f'[alerts]\ncommand = ["{script}"]\n')
    network.write(WORDS, kind="comment", author="Jane Doe")
    report = fetch(home)
    assert report.alerts == ["alert command ran"]
    said = out.read_text()
    assert "1 new Loopback inbox comment" in said
    assert "Jane" not in said and "crown" not in said


class Pager:
    told: list = []

    @hookimpl
    def notify(self, alert) -> None:
        Pager.told.append(alert)


def test_a_plugins_notify_hook_is_told_and_overdue_items_are_flagged_once(
    tmp_path, network, monkeypatch
):
    home = make_home(tmp_path / "h", network, extra="[inbox]\nanswer_within_hours = 1\n")
    network.write("hello", age=timedelta(hours=3))
    practice = open_practice(home, extra_plugins=(inbox_reference, Pager()))
    try:
        import asyncio

        from medsocial_tui.listening import inbox_fetch

        report = asyncio.run(inbox_fetch.run(practice))
        again = asyncio.run(inbox_fetch.run(practice))
    finally:
        practice.close()
    assert report.overdue == 1 and report.newly_overdue == 1
    (alert,) = Pager.told
    assert "1 item has waited longer than 1 hour for an answer" in alert.body
    assert again.overdue == 1 and again.newly_overdue == 0 and again.alerts == []


def test_doctor_flags_overdue_items_and_replies_that_need_a_person(tmp_path, network):
    from medsocial_tui.home import health

    home = make_home(
        tmp_path / "h",
        network,
        extra='[inbox]\nanswer_within_hours = 2\n\n[hours]\nmon = "08:00-17:00"\n'
        'tue = "08:00-17:00"\nwed = "08:00-17:00"\nthu = "08:00-17:00"\nfri = "08:00-17:00"\n',
    )
    network.write(WORDS, age=timedelta(days=4))
    network.write("new one", age=timedelta(minutes=1))
    fetch(home, alert=False)
    practice = open_practice(home, extra_plugins=(inbox_reference,))
    try:
        (finding,) = health.inbox_findings(practice)
    finally:
        practice.close()
    assert "1 inbox item has waited longer than 2 working hours" in finding.message
    assert "(items 1)" in finding.message and "crown" not in finding.message


def test_items_a_run_fetched_but_never_told_about_are_in_the_next_alert(tmp_path, network):
    """A fetch that dies after storing pages but before its alert (here: one that did not
    alert) leaves its items to the next run's alert; a failed alert is tried again."""
    out = tmp_path / "alert.txt"
    script = tmp_path / "notify.sh"
    script.write_text(f'#!/bin/sh\ncat >> "{out}"\nexit "$(cat {tmp_path}/code)"\n')
    script.chmod(script.stat().st_mode | stat.S_IXUSR)
    (tmp_path / "code").write_text("0")
    home = make_home(tmp_path / "h", network, extra=f'[alerts]\ncommand = ["{script}"]\n')
    network.write("one", kind="review", rating=5)
    network.write("two", kind="review", rating=4)
    assert fetch(home, alert=False).new == 2
    network.write("three", kind="message")
    (tmp_path / "code").write_text("3")
    failed = fetch(home)
    assert failed.alert_failed and failed.exit_code == 1
    (tmp_path / "code").write_text("0")
    told = fetch(home)
    assert told.new == 0 and told.alerts == ["alert command ran"]
    last = out.read_text().strip().splitlines()[-1]
    assert last.startswith("2 new Loopback inbox reviews, 1 Loopback inbox message")
    assert fetch(home).alerts == []
