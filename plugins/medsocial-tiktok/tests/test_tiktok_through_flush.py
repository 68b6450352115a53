"""TikTok through the real core: a post still processing is followed by its publish_id on the
next run, and TikTok sees one init; a lost init answer tells the person what to do."""

from __future__ import annotations

import dataclasses
import json
import stat

from medsocial_tiktok import TikTok
from medsocial_tiktok.fake import CLIENT_KEY, CLIENT_SECRET, REFRESH_TOKEN, FakeTikTok, account_for

from medsocial_tui.compose import media
from medsocial_tui.publishing import flush
from medsocial_tui.testing.channel_tests import practice_against, practice_on
from medsocial_tui.testing.fakeapi import Fault
from medsocial_tui.testing.practice_home import approved_post, delivery, make_due_again


async def test_a_processing_post_is_followed_not_posted_again(tmp_path, monkeypatch):
    monkeypatch.setattr(TikTok, "poll_seconds", 0)
    monkeypatch.setattr(TikTok, "status_polls", 1)
    video = tmp_path / "tour.mp4"
    video.write_bytes(b"v" * 4000)
    fake = FakeTikTok(polls_to_complete=2)
    with practice_against(fake, account_for, monkeypatch, tmp_path) as practice:
        post_id = approved_post(
            practice,
            "A tour of the new office",
            ["tiktok"],
            media=[media.attach(practice, video)],
        )
        first = await flush.run(practice)
        assert [o.state for o in first.outcomes] == ["deferred"]
        assert '"publish_id"' in delivery(practice, post_id)["progress"]

        make_due_again(practice)
        second = await flush.run(practice)
        assert [o.state for o in second.outcomes] == ["published"]
        row = delivery(practice, post_id)
        assert row["remote_id"] == "7345000001"
        assert row["remote_url"] == "https://www.tiktok.com/@maplestdental/video/7345000001"
        assert len(fake.calls("POST", "/v2/post/publish/video/init/")) == 1


async def test_a_lost_init_answer_tells_the_person_what_to_do_not_to_wait(tmp_path, monkeypatch):
    video = tmp_path / "tour.mp4"
    video.write_bytes(b"v" * 4000)
    fake = FakeTikTok()
    with practice_against(
        fake, account_for, monkeypatch, tmp_path, request_timeout=0.3
    ) as practice:
        post_id = approved_post(
            practice,
            "A tour of the new office",
            ["tiktok"],
            media=[media.attach(practice, video)],
        )
        fake.inject(Fault.timeout_after_handling(1.0), path="/v2/post/publish/video/init/")
        first = await flush.run(practice)
        assert [o.state for o in first.outcomes] == ["unknown"]
        fake.wait_idle()
        second = await flush.run(practice)
        assert [o.state for o in second.outcomes] == ["unknown"] and second.exit_code == 1
        row = delivery(practice, post_id)
        assert row["state"] == "unknown"
        words = row["last_error"]
        assert "checked again" not in words
        assert words.endswith(
            "check the TikTok app: look at the page, then mark it published or retry anyway"
        )
        assert len(fake.calls("POST", "/v2/post/publish/video/init/")) == 1


async def test_a_rotated_refresh_token_is_kept_for_the_next_run(tmp_path, monkeypatch):
    monkeypatch.setattr(TikTok, "poll_seconds", 0)
    video = tmp_path / "tour.mp4"
    video.write_bytes(b"v" * 4000)
    with FakeTikTok() as fake:
        account = dataclasses.replace(
            account_for(fake.base_url),
            credentials={
                "access_token": "act.yesterday",
                "client_key": CLIENT_KEY,
                "client_secret": CLIENT_SECRET,
                "refresh_token": REFRESH_TOKEN,
            },
        )
        with practice_on(monkeypatch, tmp_path, account) as practice:
            for n in range(2):
                practice.plugin_host = None  # each run a new process, as cron starts it
                attached = [media.attach(practice, video)]
                approved_post(practice, f"Tour {n}", ["tiktok"], media=attached)
                result = await flush.run(practice)
                assert [o.state for o in result.outcomes] == ["published"]
                fake.tokens.clear()  # the day token expires before the next run
            renewals = [c.form()["refresh_token"] for c in fake.calls("POST", "/v2/oauth/token/")]
            assert renewals[0] == REFRESH_TOKEN and renewals[1].startswith("rft.rotated-")
            path = practice.home.sessions_path
            assert stat.S_IMODE(path.stat().st_mode) == 0o600
            kept = json.loads(path.read_text())["tiktok"]["values"]
            assert {kept["refresh_token"]} == fake.refresh_tokens
            stored = "\n".join(practice.store.db.conn.iterdump())
            assert "rft.rotated" not in stored and "act.renewed" not in stored
