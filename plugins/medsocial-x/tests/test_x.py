"""The X channel against a loopback X API v2 that checks signatures and behaves as documented."""

from __future__ import annotations

import dataclasses
import json
import time
from pathlib import Path

import httpx
import pytest
from medsocial_x import X, oauth1
from medsocial_x.fake import CREDENTIALS, FakeX, account_for, usage_capped
from medsocial_x.text import weighted_length

from medsocial_tui import channelkit as kit
from medsocial_tui.testing.channel_tests import channel_fixtures, found_once_published, publish
from medsocial_tui.testing.contract import publish_request
from medsocial_tui.testing.fakeapi import Fault

fake, account, channel = channel_fixtures(FakeX, account_for, X)


# Counting as X counts


@pytest.mark.parametrize(
    ("text", "weight"),
    [
        ("Open late Thursday", 18),
        ("診療時間", 8),
        ("👨‍👩‍👧 family day", 13),
        ("👍🏽", 2),
        ("🇺🇸", 2),
        ("Book at https://maplestreet.dental/book/appointments?from=x now", 35),
        ("maplestreet.dental has the hours.", 38),
        ("email front@maple.com", 21),
        ("Cafe\u0301", 4),
    ],
)
def test_weighted_length_follows_twitter_text(text, weight):
    assert weighted_length(text) == weight


@pytest.mark.parametrize(
    ("text", "weight"),
    [
        ("see example.xyz now", 31),
        ("book at maple.health or maple.clinic", 58),
        ("the 23andme.app results", 35),
        ("(see https://maple.dental/flu).", 30),
        ("https://maplestreet.example/book is no link: .example is reserved", 65),
        ("notes.txt is not a link", 23),
    ],
)
def test_links_on_every_official_top_level_domain_count_23(text, weight):
    assert weighted_length(text) == weight


CONFORMANCE = json.loads((Path(__file__).parent / "conformance/weighted.json").read_text("utf-8"))


@pytest.mark.parametrize(
    "case",
    [case for group in CONFORMANCE.values() for case in group],
    ids=lambda case: case["description"][:50],
)
def test_weighted_length_matches_twitter_texts_conformance_data(case):
    assert weighted_length(case["text"]) == case["weightedLength"]


async def test_a_text_x_counts_over_280_is_refused_before_sending(channel, account, fake):
    text = "x" * 249 + " see example.xyz now"
    problems = [p.message for p in channel.validate(kit.Draft(text), account) if p.blocking]
    assert problems == [
        "281 of 280 X characters (a link counts 23; CJK and emoji count 2): shorten the text"
    ]
    with pytest.raises(kit.Rejected, match="too long"):
        await publish(channel, account, kit.Draft(text))
    fits = "x" * 248 + " see example.xyz now"
    assert not [p for p in channel.validate(kit.Draft(fits), account) if p.blocking]
    await publish(channel, account, kit.Draft(fits))
    assert [t["text"] for t in fake.tweets] == [fits]


def test_validate_counts_the_link_and_blocks_over_280(channel, account):
    assert not channel.validate(kit.Draft(text="x" * 255, link="https://cdc.gov/flu"), account)
    problems = channel.validate(kit.Draft(text="x" * 256, link="https://cdc.gov/flu"), account)
    assert [p.message for p in problems] == [
        "281 of 280 X characters (a link counts 23; CJK and emoji count 2): shorten the text"
    ]
    assert any(p.blocking for p in channel.validate(kit.Draft(text="診" * 141), account))


def test_validate_refuses_a_video_mixed_with_photos(channel, account, tmp_path):
    media = (kit.Media(tmp_path / "a.jpg", "a"), kit.Media(tmp_path / "b.mp4"))
    assert any(p.field == "media" and p.blocking for p in channel.validate(kit.Draft("Hi", media)))


def test_the_signer_matches_xs_published_example():
    params = [
        ("status", "Hello Ladies + Gentlemen, a signed OAuth request!"),
        ("include_entities", "true"),
        ("oauth_consumer_key", "xvz1evFS4wEEPTGEFPHBog"),
        ("oauth_nonce", "kYjzVBB8Y0ZFabxSWbWovY3uYSQ2pTgmZeNu2VS4cg"),
        ("oauth_signature_method", "HMAC-SHA1"),
        ("oauth_timestamp", "1318622958"),
        ("oauth_token", "370773112-GmHxMAgYyLbNEtIKZeRNFsMKPR9EyMZeS9weJAEb"),
        ("oauth_version", "1.0"),
    ]
    assert (
        oauth1.signature(
            "POST",
            "https://api.twitter.com/1.1/statuses/update.json",
            params,
            "kAcSOqF21Fu85e7zjz7ZN2U4ZRhfV3WpwPAoE3Z7kBw",
            "LswwdoUaIvS8ltyTt5jkRh4J50vUPVVHtR2YPi5kE",
        )
        == "hCtSmYh+iHYCEqBWrE7C7hYmtUk="
    )


# Requests


async def test_a_post_is_json_to_2_tweets_signed_with_oauth1(channel, account, fake):
    result = await publish(
        channel, account, kit.Draft(text="Closed today: snow", link="https://cdc.gov")
    )
    call = fake.calls("POST", "/2/tweets")[0]
    assert call.json() == {"text": "Closed today: snow\n\nhttps://cdc.gov"}
    assert call.headers["content-type"] == "application/json"
    fields = oauth1.parse_header(call.headers["authorization"])
    assert fields["oauth_signature_method"] == "HMAC-SHA1"
    assert fields["oauth_token"] == CREDENTIALS["access_token"]
    assert result.remote_id == fake.tweets[0]["id"]
    assert result.url == f"https://x.com/i/web/status/{result.remote_id}"


async def test_images_are_uploaded_described_and_attached(channel, account, fake, tmp_path):
    image = tmp_path / "hours.jpg"
    image.write_bytes(b"\xff\xd8\xff" + b"0" * 2000)
    request = publish_request(
        account, kit.Draft("New hours", (kit.Media(image, "Opening hours card"),))
    )
    await publish(channel, account, request)
    upload = fake.calls("POST", "/2/media/upload")[0]
    assert upload.headers["content-type"].startswith("multipart/form-data")
    media_id = fake.tweets[0]["media_ids"]
    assert fake.alt_texts == {media_id: "Opening hours card"}
    assert fake.calls("POST", "/2/tweets")[0].json()["media"] == {"media_ids": [media_id]}
    assert request.progress["media_ids"] == [media_id]


async def test_a_video_goes_up_in_segments_and_waits_for_processing(
    channel, account, fake, tmp_path
):
    video = tmp_path / "tour.mp4"
    video.write_bytes(b"v" * 2500)
    channel.upload_chunk_bytes = 1000
    await publish(channel, account, kit.Draft("Office tour", (kit.Media(video),)))
    init = fake.calls("POST", "/2/media/upload/initialize")[0].json()
    assert init == {"media_type": "video/mp4", "total_bytes": 2500, "media_category": "tweet_video"}
    assert len(fake.calls("POST", r"/2/media/upload/\d+/append")) == 3
    assert fake.calls("GET", "/2/media/upload")[0].arg("command") == "STATUS"
    assert len(fake.tweets) == 1


async def _second_post_waits(channel: X, fake: FakeX) -> kit.RetryLater:
    """Post once, then the refusal of a second post (the fake allows one)."""
    account = kit.Account("x", "x", "@p", fake.base_url, credentials=CREDENTIALS)
    await publish(channel, account, kit.Draft("First"))
    with pytest.raises(kit.RetryLater) as error:
        await publish(channel, account, kit.Draft("Second"), key="key-2")
    assert error.value.retry_at is not None
    assert len(fake.tweets) == 1
    return error.value


async def test_a_used_up_window_is_retry_later_at_the_reset_header(channel):
    with FakeX(tweet_limit=1) as fake:
        waiting = await _second_post_waits(channel, fake)
    assert abs(waiting.retry_at.timestamp() - (time.time() + 900)) < 60
    assert "resets at" in waiting.message
    assert "1 requests per window" in waiting.message


async def test_a_used_up_day_cap_waits_for_its_own_reset_not_the_windows(channel):
    """X caps posts per 24 hours too: past that cap its 429 says so in the
    x-app-limit-24hour-* headers while the 15-minute window still has room; trying again at
    the window's reset would only meet the same 429."""
    with FakeX(day_limit=1) as fake:
        waiting = await _second_post_waits(channel, fake)
    assert abs(waiting.retry_at.timestamp() - (time.time() + 86_400)) < 60
    assert "1 requests per 24 hours" in waiting.message


async def test_a_used_up_usage_cap_is_said_and_not_tried_every_window(channel, account, fake):
    """X's plans cap posts a month (or a day): past the cap a 429 ``UsageCapExceeded``
    comes with the 15-minute window's reset, which would only meet the same 429. The wait
    is long and the words say what it is and what lifts it."""
    fake.inject(Fault.answer(usage_capped("Monthly")), path="/2/tweets")
    with pytest.raises(kit.RetryLater) as waiting:
        await publish(channel, account, kit.Draft("Closed Monday"))
    words = waiting.value.message
    assert "monthly usage cap" in words and "developer console" in words
    assert waiting.value.retry_at.timestamp() >= time.time() + 23 * 3600
    assert not fake.tweets


async def test_keys_of_a_read_only_app_say_how_to_get_write_access(channel, account, fake):
    """X's 403 ``oauth1-permissions``: the app is set to read only, or the tokens were made
    while it was. Not a refusal of this post: the account needs new tokens, so it is
    AuthExpired (doctor flags it), in words that say what to change in the portal."""
    fake.read_only = True
    with pytest.raises(kit.AuthExpired) as refused:
        await publish(channel, account, kit.Draft("Closed Monday"))
    words = refused.value.message
    assert "Read and write" in words and "regenerate" in words
    assert not fake.tweets


async def test_refused_keys_are_auth_expired(channel, account):
    bad = kit.Account(
        "x", "x", "@p", account.base_url, credentials={**CREDENTIALS, "access_token": "old"}
    )
    with pytest.raises(kit.AuthExpired):
        await publish(channel, bad, kit.Draft("Hello"))


async def test_a_duplicate_of_our_own_lost_attempt_is_published(channel, account, fake):
    request = publish_request(account, kit.Draft("Closed today: snow https://maple.example/x"))
    fake.inject(Fault.timeout_after_handling(1.0), path="/2/tweets")
    with pytest.raises(httpx.ReadTimeout):
        await publish(channel, account, request, timeout=0.3)
    result = await publish(channel, account, request)
    assert result.remote_id == fake.tweets[0]["id"]
    assert len(fake.tweets) == 1
    assert [r.path for r in fake.calls("GET")][-1].endswith("/tweets")


async def test_a_duplicate_of_an_older_post_is_rejected_with_its_url(channel, account, fake):
    await publish(channel, account, kit.Draft("Flu shots today"), key="old")
    fake.tweets[0]["created_at"] = "2020-01-01T00:00:00.000Z"
    with pytest.raises(kit.Rejected) as error:
        await publish(channel, account, kit.Draft("Flu shots today"), key="new")
    assert fake.tweets[0]["id"] in error.value.message


async def test_a_duplicate_refusal_with_nothing_posted_since_waits_for_a_person_not_a_loop(
    channel, account, fake
):
    fake.inject(
        Fault.status(
            403, {"detail": "You are not allowed to create a Tweet with duplicate content."}
        ),
        path="/2/tweets",
    )
    with pytest.raises(kit.Rejected) as error:
        await publish(channel, account, kit.Draft("Never posted"))
    assert "duplicate content" in error.value.message
    assert "Change the text" in error.value.message


async def test_a_duplicate_refusal_that_cannot_be_checked_far_enough_back_stays_unknown(
    channel, account, fake, monkeypatch
):
    monkeypatch.setattr(kit, "MAX_PAGES", 2)
    fake.inject(
        Fault.status(
            403, {"detail": "You are not allowed to create a Tweet with duplicate content."}
        ),
        path="/2/tweets",
    )
    fake.post_by_someone_else(250)
    with pytest.raises(kit.CannotTell) as error:
        await publish(channel, account, kit.Draft("Never posted"))
    assert "did not reach back" in error.value.message


async def test_reconcile_pages_back_past_a_hundred_newer_posts(channel, account, fake):
    draft = kit.Draft("Flu shots all week")
    request = publish_request(account, draft)
    async with httpx.AsyncClient(timeout=3) as client:
        fake.inject(Fault.drop_after_handling(), path="/2/tweets")
        with pytest.raises(httpx.RemoteProtocolError):
            await channel.publish(client, request)
        fake.post_by_someone_else(130)
        found = await channel.find_existing(client, request)
    assert found is not None and found.remote_id == fake.tweets[0]["id"]
    pages = fake.calls("GET", r"/2/users/\d+/tweets")
    assert [r.arg("max_results") for r in pages] == ["100", "100"]
    assert pages[1].arg("pagination_token")


async def test_reconcile_matches_text_through_tco_links_and_entities(channel, account, fake):
    await found_once_published(
        channel, account, kit.Draft("Q&A <live> at https://maple.example/live")
    )


@pytest.mark.parametrize("fault", [Fault.html(502), Fault.garbage(200), Fault.status(503)])
async def test_a_broken_answer_to_the_post_is_unknown(channel, account, fake, fault):
    fake.inject(fault, path="/2/tweets")
    with pytest.raises(kit.OutcomeUnknown) as error:
        await publish(channel, account, kit.Draft("Hello"))
    assert "<html" not in error.value.message


async def test_a_broken_answer_to_an_upload_is_retry_later_not_unknown(
    channel, account, fake, tmp_path
):
    image = tmp_path / "a.png"
    image.write_bytes(b"\x89PNG" + b"0" * 100)
    fake.inject(Fault.html(502), path="/2/media/upload")
    with pytest.raises(kit.RetryLater) as error:
        await publish(channel, account, kit.Draft("Hello", (kit.Media(image, "a"),)))
    assert "nothing was posted" in error.value.message
    assert fake.calls("POST", "/2/tweets") == []


async def test_delete_and_check_account(channel, account, fake):
    published = await publish(channel, account, kit.Draft("Bye"))
    async with httpx.AsyncClient(timeout=3) as client:
        await channel.delete(client, account, published.remote_id)
        health = await channel.check_account(client, account)
    assert fake.tweets == []
    assert health.ok and "@maplestdental" in health.message


def test_secrets_do_not_leak_into_the_header_values(account):
    header = oauth1.authorization("POST", "https://api.x.com/2/tweets", X._keys(account))
    assert CREDENTIALS["consumer_secret"] not in header
    assert CREDENTIALS["access_token_secret"] not in header


async def test_video_processing_is_polled_no_sooner_than_x_says(account, tmp_path, monkeypatch):
    import asyncio

    import medsocial_x

    pauses: list[float] = []
    real_sleep = asyncio.sleep

    async def noted(seconds: float) -> None:
        pauses.append(seconds)
        await real_sleep(0)

    monkeypatch.setattr(medsocial_x.asyncio, "sleep", noted)
    video = tmp_path / "tour.mp4"
    video.write_bytes(b"v" * 2500)
    channel = X()
    with FakeX(video_polls=2, check_after_secs=8) as fake:
        here = dataclasses.replace(account, base_url=fake.base_url)
        await publish(channel, here, kit.Draft("Office tour", (kit.Media(video),)))
        assert len(fake.calls("GET", "/2/media/upload")) == 2
    assert pauses and min(pauses) >= 8


async def test_the_fake_refuses_more_media_than_x_takes(channel, account, fake):
    ids = [fake._new_media("succeeded", category="tweet_image") for _ in range(5)]
    video = fake._new_media("succeeded", category="tweet_video")
    async with httpx.AsyncClient() as client:
        for media_ids in (ids, [ids[0], video]):
            response = await client.post(
                f"{fake.base_url}/2/tweets",
                headers=channel._signed(account, "POST", "/2/tweets"),
                json={"text": f"Team {len(media_ids)}", "media": {"media_ids": media_ids}},
            )
            assert response.status_code == 400 and "media IDs" in response.json()["detail"]


async def test_a_video_still_processing_is_resumed_not_uploaded_again(account, tmp_path):
    video = tmp_path / "tour.mp4"
    video.write_bytes(b"v" * 2500)
    channel = X()
    with FakeX(video_polls=3, check_after_secs=5) as fake:
        here = dataclasses.replace(account, base_url=fake.base_url)
        request = publish_request(here, kit.Draft("Office tour", (kit.Media(video, "Tour"),)))
        channel.poll_limit_seconds = 1
        with pytest.raises(kit.RetryLater, match="still processing"):
            await publish(channel, here, request)
        assert request.progress["media_ids"] and not fake.tweets
        fake.check_after_secs = 0
        await publish(channel, here, request)
        assert len(fake.calls("POST", "/2/media/upload/initialize")) == 1
        assert len(fake.tweets) == 1
        assert fake.alt_texts == {request.progress["media_ids"][0]: "Tour"}
