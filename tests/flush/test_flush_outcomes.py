"""What flush does with each answer a network can give, against a real loopback network."""

from __future__ import annotations

import json
from datetime import timedelta

from medsocial_tui import clock
from medsocial_tui.publishing import approvals
from medsocial_tui.testing.fakeapi import Fault

from .conftest import LOGIN, flush_process, make_home, open_with_reference, run_flush, states


def test_every_due_delivery_goes_out_once_with_its_remote_id(tmp_path, network):
    home = make_home(tmp_path / "h", network, accounts=2, posts=3)
    report = run_flush(home)
    assert report.counts() == {"published": 6}
    assert report.exit_code == 0
    assert len(network.posts) == 6
    assert network.duplicates() == {}
    practice = open_with_reference(home)
    rows = practice.store.query("SELECT remote_id, remote_url, published_at FROM deliveries")
    practice.close()
    assert all(r["remote_id"] and r["remote_url"] and r["published_at"] for r in rows)
    assert run_flush(home).outcomes == []


def test_a_rate_limit_defers_to_the_reset_and_spares_the_accounts_other_posts(tmp_path, network):
    home = make_home(tmp_path / "h", network, accounts=1, posts=4)
    network.inject(
        Fault.status(
            429, {"error": {"code": "rate", "message": "Slow down"}}, {"Retry-After": "900"}
        ),
        method="POST",
        times=10,
    )
    report = run_flush(home)
    assert set(report.counts()) == {"deferred"}
    assert len(network.calls("POST")) <= 2
    practice = open_with_reference(home)
    rows = practice.store.query("SELECT next_attempt_at, last_error FROM deliveries")
    practice.close()
    for row in rows:
        wait = clock.parse_utc(row["next_attempt_at"]) - clock.now()
        assert timedelta(minutes=13) < wait <= timedelta(minutes=15)
        assert "Slow down" in row["last_error"]


def test_refused_credentials_fail_the_delivery_and_flag_the_account(tmp_path, network):
    home = make_home(tmp_path / "h", network, accounts=1, posts=1)
    network.inject(
        Fault.unauthorized({"error": {"code": "invalid_token", "message": "Token expired"}})
    )
    report = run_flush(home)
    assert report.counts() == {"failed": 1}
    assert report.exit_code == 1
    [outcome] = report.outcomes
    assert outcome.detail.startswith("the account needs reconnecting: ")
    assert "Token expired" in outcome.detail
    # what to do, and where (it ended with the network's words)
    assert "under [accounts.page-0] in secrets.toml" in outcome.detail
    assert outcome.detail.endswith("then retry")
    practice = open_with_reference(home)
    account = practice.store.one("SELECT auth_status, auth_message FROM accounts")
    practice.close()
    assert account["auth_status"] == "expired"
    assert "Token expired" in account["auth_message"]
    assert "secrets.toml" not in account["auth_message"]  # the network's words; doctor adds the fix


def test_a_rejection_keeps_the_networks_own_words(tmp_path, network):
    home = make_home(tmp_path / "h", network, accounts=1, posts=1)
    network.inject(Fault.status(422, {"error": {"code": "spam", "message": "Looks like spam"}}))
    report = run_flush(home)
    assert report.outcomes[0].state == "failed"
    assert "Looks like spam" in report.outcomes[0].detail


def test_an_html_page_instead_of_an_answer_is_an_unknown_outcome_in_words(tmp_path, network):
    home = make_home(tmp_path / "h", network, accounts=1, posts=1)
    network.inject(Fault.html(502))
    report = run_flush(home)
    assert report.outcomes[0].state == "unknown"
    assert "text/html body" in report.outcomes[0].detail


def test_a_lost_answer_is_unknown_then_found_by_reconcile_never_sent_twice(tmp_path, network):
    home = make_home(tmp_path / "h", network, accounts=1, posts=1, timeout=0.5)
    network.inject(Fault.timeout_after_handling(2.0))
    first = run_flush(home)
    assert first.outcomes[0].state == "unknown"
    assert len(network.posts) == 1
    second = run_flush(home)
    assert [o.state for o in second.outcomes] == ["reconciled_published"]
    assert len(network.posts) == 1
    assert set(states(home).values()) == {"published"}


def test_a_request_that_never_arrived_is_sent_again_after_reconcile_confirms(tmp_path, network):
    home = make_home(tmp_path / "h", network, accounts=1, posts=1)
    network.inject(Fault.drop_before_handling())
    assert run_flush(home).outcomes[0].state == "unknown"
    second = run_flush(home)
    assert [o.state for o in second.outcomes] == ["reconciled_scheduled", "published"]
    assert len(network.posts) == 1 and network.duplicates() == {}


def test_a_network_that_drops_repeats_is_retried_safely_with_the_same_key(tmp_path, network):
    home = make_home(
        tmp_path / "h", network, accounts=1, posts=1, timeout=0.5, channels=("loopback-dedupe",)
    )
    network.inject(Fault.timeout_after_handling(2.0))
    first = run_flush(home)
    assert first.outcomes[0].state == "deferred"
    practice = open_with_reference(home)
    with practice.store.write() as db:
        db.conn.execute("UPDATE deliveries SET next_attempt_at=?", (clock.to_iso(clock.now()),))
    practice.close()
    run_flush(home)
    keys = {r.headers["idempotency-key"] for r in network.calls("POST")}
    assert len(network.calls("POST")) == 2 and len(keys) == 1
    assert len(network.posts) == 1
    assert set(states(home).values()) == {"published"}


def test_the_guard_checks_again_just_before_sending(tmp_path, network):
    """Even a text an approval matches (here: approved before the guard knew better) is
    checked again before it goes out."""
    home = make_home(tmp_path / "h", network, accounts=1, posts=1)
    practice = open_with_reference(home)
    with practice.store.write() as db:
        db.conn.execute("UPDATE posts SET text='Call Maria back at 217-555-0199 about her crown'")
        approvals.grant(db, practice.home.root, 1, approvals.Basis.APPROVER, LOGIN)
    practice.close()
    report = run_flush(home)
    assert report.outcomes[0].state == "failed"
    assert "may identify a patient" in report.outcomes[0].detail
    assert "217-555-0199" not in report.outcomes[0].detail
    assert network.calls("POST") == []


def test_json_output_has_counts_and_one_entry_per_delivery(tmp_path, network, entry_point_path):
    home = make_home(tmp_path / "h", network, accounts=2, posts=1)
    proc = flush_process(home, entry_point_path, "--json")
    out, err = proc.communicate(timeout=60)
    assert proc.returncode == 0, err
    report = json.loads(out)
    assert report["counts"] == {"published": 2}
    assert {d["state"] for d in report["deliveries"]} == {"published"}
    assert err == ""


def test_an_account_it_cannot_reach_waits_then_is_held_in_words_that_say_why(
    tmp_path, network, monkeypatch
):
    """A wrong base_url or a network down: each run waits (deferred, trying again later),
    and once the post's tolerance is past it is held for a person with the reason it is
    late, which cron mails (before, it said only "missed its time")."""
    import socket

    with socket.socket() as closed:
        closed.bind(("127.0.0.1", 0))
        port = closed.getsockname()[1]
    home = make_home(tmp_path / "h", network, accounts=1, posts=1)
    config = home.config_path.read_text("utf-8")
    home.config_path.write_text(config.replace(network.base_url, f"http://127.0.0.1:{port}"))
    first = run_flush(home)
    assert [(o.state, o.detail) for o in first.outcomes] == [
        ("deferred", "could not reach Loopback network: ConnectError")
    ]
    assert first.exit_code == 0 and states(home) == {1: "deferred"}
    monkeypatch.setenv("MEDSOCIAL_NOW", clock.to_iso(clock.now() + timedelta(hours=3)))
    later = run_flush(home)
    assert [(o.state, o.detail) for o in later.outcomes] == [
        (
            "held",
            "missed its time by 3 h while waiting (could not reach Loopback network: "
            "ConnectError); publish now or cancel",
        )
    ]
    assert states(home) == {1: "held"} and not network.calls("POST")


def test_the_account_keeps_the_words_of_the_refusal_not_of_the_posts_held_behind_it(
    tmp_path, network
):
    home = make_home(tmp_path / "h", network, accounts=1, posts=2)
    network.inject(
        Fault.unauthorized({"error": {"code": "invalid_token", "message": "Token expired"}})
    )
    report = run_flush(home)
    assert report.counts() == {"failed": 2}
    assert sum(o.detail.startswith("not sent: ") for o in report.outcomes) == 1
    practice = open_with_reference(home)
    account = practice.store.one("SELECT auth_message FROM accounts")
    practice.close()
    assert account["auth_message"].startswith("The loopback network refused the credentials")
