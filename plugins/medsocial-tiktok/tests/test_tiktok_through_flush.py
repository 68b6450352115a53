"""TikTok through the real core: a post still processing is followed by its publish_id on the
next run, and TikTok sees one init."""

from __future__ import annotations

from medsocial_tiktok import TikTok
from medsocial_tiktok.fake import TOKEN, FakeTikTok

from medsocial_tui import flush, media
from medsocial_tui.testing.practice_home import (
    LOGIN,
    approved_post,
    delivery,
    make_due_again,
    practice_with_account,
)


async def test_a_processing_post_is_followed_not_posted_again(tmp_path, monkeypatch):
    monkeypatch.setenv("MEDSOCIAL_USER", LOGIN)
    monkeypatch.setattr(TikTok, "poll_seconds", 0)
    monkeypatch.setattr(TikTok, "status_polls", 1)
    video = tmp_path / "tour.mp4"
    video.write_bytes(b"v" * 4000)
    with FakeTikTok(polls_to_complete=2) as fake:
        practice = practice_with_account(
            tmp_path / "home",
            account_id="tiktok",
            channel="tiktok",
            base_url=fake.base_url,
            settings={"app_audited": "true"},
            secrets={"access_token": TOKEN},
        )
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
        practice.close()
