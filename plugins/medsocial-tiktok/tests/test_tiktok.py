"""The TikTok channel against a loopback Content Posting API."""

from __future__ import annotations

import dataclasses
from datetime import date
from pathlib import Path

import httpx
import pytest
from medsocial_tiktok import MAX_PHOTO_TITLE, UNAUDITED, photo_title_and_description
from medsocial_tiktok.fake import (
    CLIENT_KEY,
    CLIENT_SECRET,
    REFRESH_TOKEN,
    TOKEN,
    FakeTikTok,
    account_for,
    contract_kit,
)

from medsocial_tui import channelkit as kit
from medsocial_tui.testing.channel_tests import channel_fixtures, publish
from medsocial_tui.testing.contract import publish_request
from medsocial_tui.testing.fakeapi import Fault

fake, account, channel = channel_fixtures(FakeTikTok, account_for, contract_kit().make_channel)

INIT = "/v2/post/publish/video/init/"
STATUS = "/v2/post/publish/status/fetch/"


@pytest.fixture
def video(tmp_path):
    path = tmp_path / "tour.mp4"
    path.write_bytes(b"\x00\x00\x00\x18ftypmp42" + b"v" * 3000)
    return path


async def test_creator_info_comes_first_then_init_upload_and_status(channel, account, fake, video):
    request = publish_request(account, kit.Draft("Office tour #dentist", (kit.Media(video),)))
    result = await publish(channel, account, request)
    assert [(r.method, r.path.split("?")[0]) for r in fake.requests] == [
        ("POST", "/v2/post/publish/creator_info/query/"),
        ("POST", INIT),
        ("PUT", "/upload/1"),
        ("POST", STATUS),
    ]
    init = fake.calls("POST", INIT)[0]
    assert init.headers["authorization"] == f"Bearer {TOKEN}"
    assert init.headers["content-type"] == "application/json; charset=UTF-8"
    body = init.json()
    size = video.stat().st_size
    assert body["source_info"] == {
        "source": "FILE_UPLOAD",
        "video_size": size,
        "chunk_size": size,
        "total_chunk_count": 1,
    }
    assert body["post_info"]["title"] == "Office tour #dentist"
    assert body["post_info"]["privacy_level"] == "PUBLIC_TO_EVERYONE"
    put = fake.calls("PUT")[0]
    assert put.headers["content-range"] == f"bytes 0-{size - 1}/{size}"
    assert put.headers["content-type"] == "video/mp4"
    assert fake.calls("POST", STATUS)[0].json() == {"publish_id": request.progress["publish_id"]}
    assert result.remote_id == "7345000001"
    assert result.url == "https://www.tiktok.com/@maplestdental/video/7345000001"


async def test_a_large_video_goes_up_in_ordered_chunks(channel, account, tmp_path):
    path = tmp_path / "long.mp4"
    path.write_bytes(b"v" * 1100)
    channel.single_chunk_max, channel.chunk_bytes = 1000, 400
    with FakeTikTok(min_chunk=400) as fake:
        account = dataclasses.replace(account, base_url=fake.base_url)
        await publish(channel, account, kit.Draft("Long", (kit.Media(path),)))
        source = fake.calls("POST", INIT)[0].json()["source_info"]
        assert (source["chunk_size"], source["total_chunk_count"]) == (400, 2)
        ranges = [p.headers["content-range"] for p in fake.calls("PUT")]
        assert ranges == ["bytes 0-399/1100", "bytes 400-1099/1100"]


async def test_an_upload_that_broke_off_midway_starts_again_instead_of_staying_unknown(
    channel, account, tmp_path
):
    """A slow or cut link breaks a chunk: TikTok's status says how many bytes arrived, and a
    post missing bytes can never go out, so the next attempt uploads afresh; it was left
    unknown, and reconcile only ever saw it processing."""
    path = tmp_path / "long.mp4"
    path.write_bytes(b"\x00\x00\x00\x18ftypmp42" + b"v" * 1088)
    channel.single_chunk_max, channel.chunk_bytes = 1000, 400
    with FakeTikTok(min_chunk=400) as fake:
        account = dataclasses.replace(account, base_url=fake.base_url)
        request = publish_request(account, kit.Draft("Long", (kit.Media(path),)))
        fake.inject(Fault.drop_before_handling(), method="PUT", after=1)
        with pytest.raises(kit.RetryLater, match="starts again"):
            await publish(channel, account, request)
        assert request.progress["publish_id"] is None
        result = await publish(channel, account, request)
        assert len(fake.calls("POST", INIT)) == 2
        assert result.remote_id == "7345000002"


async def test_an_upload_whose_last_answer_was_lost_is_followed_not_restarted(
    channel, account, fake, video
):
    request = publish_request(account, kit.Draft("Tour", (kit.Media(video),)))
    fake.inject(Fault.drop_after_handling(), method="PUT")
    result = await publish(channel, account, request)
    assert len(fake.calls("POST", INIT)) == 1 and result.remote_id == "7345000001"


async def test_photos_are_pulled_from_their_public_urls(channel, account, fake, tmp_path):
    photos = tuple(
        kit.Media(tmp_path / f"{n}.jpg", url=f"https://maple.example/img/{n}.jpg") for n in (1, 2)
    )
    text = "New opening hours from May\nMon–Fri 8–6, Sat 9–12"
    assert not [p for p in channel.validate(kit.Draft(text, photos), account) if p.blocking]
    await publish(channel, account, kit.Draft(text, photos))
    body = fake.calls("POST", "/v2/post/publish/content/init/")[0].json()
    assert body["media_type"] == "PHOTO" and body["post_mode"] == "DIRECT_POST"
    assert body["source_info"] == {
        "source": "PULL_FROM_URL",
        "photo_cover_index": 0,
        "photo_images": ["https://maple.example/img/1.jpg", "https://maple.example/img/2.jpg"],
    }
    assert body["post_info"]["title"] == "New opening hours from May"
    assert body["post_info"]["description"] == "Mon–Fri 8–6, Sat 9–12"


async def test_a_photo_title_too_long_for_tiktok_ends_at_a_word(channel, account, fake, tmp_path):
    photo = (kit.Media(tmp_path / "1.jpg", url="https://maple.example/img/1.jpg"),)
    text = (
        "Our hygienists explain what happens at a cleaning visit, why we take x-rays once a "
        "year, and how to keep gums healthy between visits\n#dentist #smile"
    )
    await publish(channel, account, kit.Draft(text, photo))
    info = fake.calls("POST", "/v2/post/publish/content/init/")[0].json()["post_info"]
    assert info["title"] == (
        "Our hygienists explain what happens at a cleaning visit, why we take x-rays once a year…"
    )
    assert len(info["title"]) <= MAX_PHOTO_TITLE
    assert info["description"] == text


def test_a_one_line_photo_text_is_the_title_alone():
    assert photo_title_and_description("Closed Monday for the holiday") == (
        "Closed Monday for the holiday",
        "",
    )
    title, description = photo_title_and_description("x" * 200)
    assert title == "x" * (MAX_PHOTO_TITLE - 1) + "…" and description == "x" * 200


def test_photos_must_be_jpg_or_webp_with_a_public_url(channel, account, tmp_path):
    problems = channel.validate(kit.Draft("Hi", (kit.Media(tmp_path / "a.png"),)), account)
    messages = " ".join(p.message for p in problems if p.blocking)
    assert "no PNG" in messages and "public https address" in messages


def test_the_preview_says_plainly_what_an_unaudited_app_may_do(channel, video):
    warnings = [p for p in channel.validate(kit.Draft("Hi", (kit.Media(video),))) if not p.blocking]
    assert warnings[0].message.startswith(
        "TikTok lets an app it has not audited post only privately"
    )


async def test_an_unaudited_app_asking_for_public_is_refused_in_plain_words(
    channel, account, video
):
    with FakeTikTok(audited=False) as fake:
        account = dataclasses.replace(account, base_url=fake.base_url)
        with pytest.raises(kit.Rejected) as error:
            await publish(channel, account, kit.Draft("Tour", (kit.Media(video),)))
        assert UNAUDITED in error.value.message
        assert 'privacy_level = "SELF_ONLY"' in error.value.message
        assert fake.calls("POST", INIT) == []
        private = dataclasses.replace(account, settings={"privacy_level": "SELF_ONLY"})
        result = await publish(channel, private, kit.Draft("Tour", (kit.Media(video),)), key="k2")
        assert result.remote_id.startswith("v_pub_file~")


async def test_a_lost_status_answer_is_followed_up_never_re_initialised(
    channel, account, fake, video
):
    request = publish_request(account, kit.Draft("Tour", (kit.Media(video),)))
    fake.inject(Fault.drop_before_handling(), path=STATUS)
    with pytest.raises(kit.RetryLater) as error:
        await publish(channel, account, request)
    assert request.progress["publish_id"]
    assert "nothing was posted" not in error.value.message
    assert "the post is started at TikTok" in error.value.message
    result = await publish(channel, account, request)
    assert result.remote_id == "7345000001"
    assert len(fake.calls("POST", INIT)) == 1


async def test_a_status_read_that_fails_says_the_post_is_started(channel, account, fake, video):
    request = publish_request(account, kit.Draft("Tour", (kit.Media(video),)))
    fake.inject(Fault.html(502), path=STATUS)
    with pytest.raises(kit.RetryLater) as error:
        await publish(channel, account, request)
    words = error.value.message
    assert words.startswith("TikTok answered HTTP 502 with a text/html body")
    assert "nothing was posted" not in words
    assert request.progress["publish_id"] in words and "never started twice" in words


async def test_still_processing_is_retry_later_and_the_next_attempt_only_polls(
    channel, account, video
):
    channel.status_polls = 2
    with FakeTikTok(polls_to_complete=3) as fake:
        account = dataclasses.replace(account, base_url=fake.base_url)
        request = publish_request(account, kit.Draft("Tour", (kit.Media(video),)))
        with pytest.raises(kit.RetryLater):
            await publish(channel, account, request)
        await publish(channel, account, request)
        assert len(fake.calls("POST", INIT)) == 1
        assert len(fake.calls("POST", "/v2/post/publish/creator_info/query/")) == 1


async def test_a_lost_init_answer_is_unknown_and_cannot_be_looked_up(channel, account, fake, video):
    request = publish_request(account, kit.Draft("Tour", (kit.Media(video),)))
    fake.inject(Fault.timeout_after_handling(1.0), path=INIT)
    with pytest.raises(httpx.ReadTimeout):
        await publish(channel, account, request, timeout=0.3)
    async with httpx.AsyncClient(timeout=3) as client:
        with pytest.raises(kit.OutcomeUnknown) as error:
            await channel.find_existing(client, request)
    assert "check the TikTok app" in error.value.message
    assert isinstance(error.value, kit.CannotTell)


async def test_too_many_inits_is_retry_later(channel, account, fake, video):
    fake.inject(
        Fault.status(
            429,
            {
                "data": {},
                "error": {"code": "rate_limit_exceeded", "message": "Too many", "log_id": "x"},
            },
        ),
        path=INIT,
    )
    with pytest.raises(kit.RetryLater) as error:
        await publish(channel, account, kit.Draft("Tour", (kit.Media(video),)))
    assert "rate_limit_exceeded" in error.value.message


async def test_a_failed_post_is_rejected_with_the_reason(channel, account, fake, video):
    request = publish_request(account, kit.Draft("Tour", (kit.Media(video),)))
    fake.inject(
        Fault.status(
            200,
            {
                "data": {"status": "FAILED", "fail_reason": "file_format_check_failed"},
                "error": {"code": "ok", "message": "", "log_id": "x"},
            },
        ),
        path=STATUS,
    )
    with pytest.raises(kit.Rejected) as error:
        await publish(channel, account, request)
    assert "file_format_check_failed" in error.value.message
    assert "export it as an MP4" in error.value.message
    assert request.progress["publish_id"] is None


def _a_day_later(account):
    """The account as a run a day after its token was given sees it: the 24 h access token
    TikTok no longer takes, and the refresh token that renews it."""
    return dataclasses.replace(
        account,
        credentials={
            "access_token": "act.yesterday",
            "client_key": CLIENT_KEY,
            "client_secret": CLIENT_SECRET,
            "refresh_token": REFRESH_TOKEN,
        },
    )


async def test_an_expired_day_token_is_renewed_from_the_refresh_token(
    channel, account, fake, video
):
    await publish(channel, _a_day_later(account), kit.Draft("Tour", (kit.Media(video),)))
    token_call = fake.calls("POST", "/v2/oauth/token/")[0]
    assert token_call.form()["grant_type"] == "refresh_token"
    assert fake.calls("POST", INIT)[0].headers["authorization"].startswith("Bearer act.renewed-")


async def test_a_started_post_checked_a_day_later_renews_the_token_instead_of_failing(
    channel, account, fake, video
):
    """A resumed attempt or a reconcile asks only the status: TikTok's 24 h token may have
    lapsed since, which the refresh token renews; it is not an account to reconnect."""
    request = publish_request(account, kit.Draft("Tour", (kit.Media(video),)))
    published = await publish(channel, account, request)
    later = dataclasses.replace(request, account=_a_day_later(account))
    async with httpx.AsyncClient(timeout=3) as client:
        found = await channel.find_existing(client, later)
    assert found == published
    assert fake.calls("POST", "/v2/oauth/token/")
    assert fake.calls("POST", STATUS)[-1].headers["authorization"].startswith("Bearer act.renewed-")


async def test_counters_read_a_day_later_renew_the_token(channel, account, fake):
    async with httpx.AsyncClient(timeout=3) as client:
        days = await channel.read_account_metrics(
            client, _a_day_later(account), date(2026, 11, 1), date(2026, 11, 2)
        )
    assert days == [kit.DailyCounts(date(2026, 11, 2), {"followers": fake.followers})]


async def test_check_account_reports_the_creator(channel, account):
    async with httpx.AsyncClient(timeout=3) as client:
        health = await channel.check_account(client, account)
    assert health.ok and "@maplestdental" in health.message


async def test_a_mov_video_goes_up_as_quicktime_not_mp4(channel, account, fake, tmp_path):
    path = tmp_path / "tour.mov"
    path.write_bytes(b"\x00\x00\x00\x14ftypqt  " + b"v" * 3000)
    await publish(channel, account, kit.Draft("Tour", (kit.Media(path),)))
    assert fake.calls("PUT")[0].headers["content-type"] == "video/quicktime"


async def _init_by_hand(
    client: httpx.AsyncClient, fake: FakeTikTok, size: int, chunk: int
) -> httpx.Response:
    """A private video init sent straight to the fake, for what the fake refuses."""
    return await client.post(
        f"{fake.base_url}{INIT}",
        headers={"Authorization": f"Bearer {TOKEN}", "Content-Type": "application/json"},
        json={
            "post_info": {"title": "t", "privacy_level": "SELF_ONLY"},
            "source_info": {
                "source": "FILE_UPLOAD",
                "video_size": size,
                "chunk_size": chunk,
                "total_chunk_count": size // chunk,
            },
        },
    )


async def test_the_fake_refuses_a_chunk_typed_unlike_the_video(account, fake, video):
    async with httpx.AsyncClient() as client:
        init = await _init_by_hand(client, fake, 3012, 3012)
        put = await client.put(
            init.json()["data"]["upload_url"],
            content=video.read_bytes(),
            headers={"Content-Type": "video/webm", "Content-Range": "bytes 0-3011/3012"},
        )
    assert put.status_code == 415


async def test_a_caption_is_cut_in_utf16_units_as_tiktok_counts(channel, account, fake, video):
    request = publish_request(account, kit.Draft("🦷" * 1500, (kit.Media(video),)))
    await publish(channel, account, request)
    title = fake.calls("POST", INIT)[0].json()["post_info"]["title"]
    assert len(title.encode("utf-16-le")) // 2 <= 2200


@pytest.mark.parametrize("code", ["spam_risk_too_many_posts", "spam_risk_too_many_pending_share"])
async def test_a_daily_post_cap_waits_instead_of_failing_the_post(
    channel, account, fake, video, code
):
    fake.inject(
        Fault.status(403, {"data": {}, "error": {"code": code, "message": "Too many posts"}}),
        path=INIT,
    )
    with pytest.raises(kit.RetryLater) as error:
        await publish(channel, account, kit.Draft("Tour", (kit.Media(video),)))
    assert code in error.value.message
    assert error.value.retry_at is not None


def test_a_photo_description_is_cut_in_utf16_units():
    _, description = photo_title_and_description("Title\n" + "🦷" * 2100)
    assert len(description.encode("utf-16-le")) // 2 <= 4000


async def test_a_video_longer_than_the_creator_may_post_is_refused_before_init(
    channel, account, fake, tmp_path
):
    from medsocial_tui.testing.fakes import tiny_mp4

    path = tmp_path / "lecture.mp4"
    path.write_bytes(tiny_mp4(900))
    with pytest.raises(kit.Rejected, match="up to 600 s"):
        await publish(channel, account, kit.Draft("Lecture", (kit.Media(path),)))
    assert not fake.calls("POST", INIT)


async def test_the_fake_fails_a_video_over_the_creators_longest(account, fake, tmp_path):
    from medsocial_tui.testing.fakes import tiny_mp4

    path = tmp_path / "lecture.mp4"
    path.write_bytes(tiny_mp4(900, moov_last=True))
    channel = contract_kit().make_channel()
    channel._check_duration = lambda video, info: None  # as a plugin that does not look
    with pytest.raises(kit.Rejected, match="duration_check_failed"):
        await publish(channel, account, kit.Draft("Lecture", (kit.Media(path),)))


def test_a_video_under_three_seconds_is_refused_offline(channel, tmp_path):
    from medsocial_tui.testing.fakes import tiny_mp4

    path = tmp_path / "blip.mp4"
    path.write_bytes(tiny_mp4(1.5))
    problems = channel.validate(kit.Draft("Blip", (kit.Media(path),)))
    assert any(p.blocking and "3 s" in p.message for p in problems)


@pytest.mark.parametrize(
    "change",
    [
        {"post_info": {"title": "Hours", "privacy_level": "SELF_ONLY", "disable_duet": True}},
        {
            "source_info": {
                "source": "PULL_FROM_URL",
                "photo_images": ["https://a.example/1.jpg"] * 36,
                "photo_cover_index": 0,
            }
        },
        {
            "source_info": {
                "source": "PULL_FROM_URL",
                "photo_images": ["https://a.example/1.jpg"],
                "photo_cover_index": 1,
            }
        },
    ],
    ids=["video-field-on-a-photo", "36-photos", "cover-out-of-range"],
)
async def test_the_fake_refuses_photo_posts_tiktok_refuses(fake, change):
    body = {
        "media_type": "PHOTO",
        "post_mode": "DIRECT_POST",
        "post_info": {"title": "Hours", "privacy_level": "SELF_ONLY"},
        "source_info": {
            "source": "PULL_FROM_URL",
            "photo_images": ["https://a.example/1.jpg"],
            "photo_cover_index": 0,
        },
        **change,
    }
    async with httpx.AsyncClient() as client:
        response = await client.post(
            f"{fake.base_url}/v2/post/publish/content/init/",
            headers={"Authorization": f"Bearer {TOKEN}", "Content-Type": "application/json"},
            json=body,
        )
    assert response.status_code == 400 and response.json()["error"]["code"] == "invalid_params"


async def test_a_video_over_4_gb_is_refused_offline_and_by_the_fake(channel, account, fake):
    huge = kit.Media(Path("whole-day.mp4"), mime_type="video/mp4", size_bytes=5 * 1024**3)
    assert any("up to 4 GB" in p.message for p in channel.validate(kit.Draft("Day", (huge,))))
    async with httpx.AsyncClient() as client:
        init = await _init_by_hand(client, fake, 5 * 1024**3, 10_000_000)
    assert init.status_code == 400 and init.json()["error"]["code"] == "invalid_params"
