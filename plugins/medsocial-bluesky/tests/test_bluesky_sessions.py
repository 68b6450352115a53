"""Bluesky keeps its session between runs: cron's ``flush`` every 5 minutes must not spend
``createSession``'s allowance (30 per 5 minutes, 300 a day per account) with a login each."""

from __future__ import annotations

import json
import logging
import stat
import time

import httpx
from medsocial_bluesky import Bluesky
from medsocial_bluesky.fake import HANDLE, PASSWORD, FakeBluesky, account_for

from medsocial_tui.publishing import flush
from medsocial_tui.testing.channel_tests import practice_against
from medsocial_tui.testing.practice_home import approved_post


async def _run_as_a_new_process(practice, text: str) -> list[str]:
    """One ``medsocial flush`` run as cron starts it: a fresh plugin, nothing in memory."""
    practice.plugin_host = None
    approved_post(practice, text, ["bluesky"])
    result = await flush.run(practice)
    return [o.state for o in result.outcomes]


def _everything_kept_outside(practice) -> str:
    """What medsocial stores outside sessions.json: the database (audit events, deliveries,
    checkpoints) and the practice's config."""
    return "\n".join(practice.store.db.conn.iterdump()) + practice.home.config_path.read_text()


async def test_ten_flush_runs_log_in_once(tmp_path, monkeypatch, caplog):
    caplog.set_level(logging.DEBUG)
    fake = FakeBluesky()
    with practice_against(fake, account_for, monkeypatch, tmp_path) as practice:
        plugins = set()
        for n in range(10):
            assert await _run_as_a_new_process(practice, f"Post {n}") == ["published"]
            plugins.add(id(practice.plugins.channel("bluesky")))
        assert len(plugins) == 10
        assert (fake.logins, fake.refreshes) == (1, 0)
        assert len(fake.records) == 10

        path = practice.home.sessions_path
        assert stat.S_IMODE(path.stat().st_mode) == 0o600
        kept = json.loads(path.read_text())["bluesky"]["values"]
        assert (kept["accessJwt"], kept["refreshJwt"]) == ("access-1", "refresh-1")
        outside = _everything_kept_outside(practice) + caplog.text
        assert "access-1" not in outside and "refresh-1" not in outside


async def test_an_expired_token_is_refreshed_in_the_next_run_and_the_new_pair_kept(
    tmp_path, monkeypatch, caplog
):
    caplog.set_level(logging.DEBUG)
    fake = FakeBluesky()
    with practice_against(fake, account_for, monkeypatch, tmp_path) as practice:
        assert await _run_as_a_new_process(practice, "Before") == ["published"]
        fake.expire_access_tokens()
        assert await _run_as_a_new_process(practice, "After") == ["published"]
        assert (fake.logins, fake.refreshes) == (1, 1)
        refresh = fake.calls("POST", r"/xrpc/com\.atproto\.server\.refreshSession")[0]
        assert refresh.headers["authorization"] == "Bearer refresh-1"

        assert await _run_as_a_new_process(practice, "Later") == ["published"]
        assert (fake.logins, fake.refreshes) == (1, 1)
        creates = fake.calls("POST", r"/xrpc/com\.atproto\.repo\.createRecord")
        assert creates[-1].headers["authorization"] == "Bearer access-2"
        outside = _everything_kept_outside(practice) + caplog.text
        assert not any(t in outside for t in ("access-1", "refresh-1", "access-2", "refresh-2"))


async def test_a_refused_refresh_token_logs_in_once_and_keeps_the_new_session(
    tmp_path, monkeypatch
):
    fake = FakeBluesky()
    with practice_against(fake, account_for, monkeypatch, tmp_path) as practice:
        assert await _run_as_a_new_process(practice, "Before") == ["published"]
        fake.expire_access_tokens()
        fake._refresh.clear()
        assert await _run_as_a_new_process(practice, "After") == ["published"]
        assert await _run_as_a_new_process(practice, "Later") == ["published"]
        assert fake.logins == 2
        kept = json.loads(practice.home.sessions_path.read_text())["bluesky"]["values"]
        assert kept["accessJwt"] == "access-2"


async def test_a_corrupt_session_file_means_one_fresh_login_and_the_run_goes_on(
    tmp_path, monkeypatch, caplog
):
    caplog.set_level(logging.DEBUG)
    fake = FakeBluesky()
    with practice_against(fake, account_for, monkeypatch, tmp_path) as practice:
        path = practice.home.sessions_path
        for garbage in (b"\x00{not json", b'{"bluesky": {"channel": "bluesky", "values": 7}}'):
            path.write_bytes(garbage)
            path.chmod(0o600)
            before = fake.logins
            assert await _run_as_a_new_process(practice, f"Post {before}") == ["published"]
            assert fake.logins == before + 1
            assert json.loads(path.read_text())["bluesky"]["values"]["did"]
        assert "Traceback" not in caplog.text


async def test_a_session_file_others_can_read_is_refused_in_words(tmp_path, monkeypatch):
    fake = FakeBluesky()
    with practice_against(fake, account_for, monkeypatch, tmp_path) as practice:
        assert await _run_as_a_new_process(practice, "Before") == ["published"]
        practice.home.sessions_path.chmod(0o644)
        practice.plugin_host = None
        approved_post(practice, "After", ["bluesky"])
        result = await flush.run(practice)
        [outcome] = result.outcomes
        assert outcome.state != "published"
        assert "sessions.json" in outcome.detail and "other users" in outcome.detail
        assert "access-1" not in outcome.detail
        assert fake.logins == 1


def test_the_fake_enforces_bluesky_login_limits_with_its_headers():
    with FakeBluesky() as fake:
        login = {"identifier": HANDLE, "password": PASSWORD}
        url = f"{fake.base_url}/xrpc/com.atproto.server.createSession"
        with httpx.Client() as client:
            answers = [client.post(url, json=login) for _ in range(31)]
            assert [a.status_code for a in answers[:30]] == [200] * 30
            refused = answers[30]
            assert refused.status_code == 429
            assert refused.json()["error"] == "RateLimitExceeded"
            assert refused.headers["ratelimit-policy"] == "30;w=300"
            assert refused.headers["ratelimit-remaining"] == "0"
            assert int(refused.headers["ratelimit-reset"]) > time.time()

            earlier = time.time() - 3600
            with fake.state_lock:
                fake.login_times = [earlier] * 300
            day = client.post(url, json=login)
            assert day.status_code == 429
            assert day.headers["ratelimit-policy"] == "300;w=86400"
        assert fake.logins == 32


async def test_outside_a_practice_nothing_is_kept(tmp_path):
    with FakeBluesky() as fake:
        account = account_for(fake.base_url)
        async with httpx.AsyncClient() as client:
            for _ in range(2):
                await Bluesky().session(client, account)
        assert fake.logins == 2
