"""The Instagram channel against a loopback Graph API with containers and a daily quota."""

from __future__ import annotations

import dataclasses
from pathlib import Path

import httpx
import pytest
from medsocial_meta.fake import (
    IG_TOKEN,
    IG_USER_ID,
    FakeGraph,
    flyer,
    instagram_account,
    instagram_contract_kit,
)
from medsocial_meta.graph import GRAPH_VERSION
from PIL import Image

from medsocial_tui import channelkit as kit
from medsocial_tui.testing.channel_tests import channel_fixtures, publish
from medsocial_tui.testing.contract import publish_request
from medsocial_tui.testing.fakeapi import Fault

V = GRAPH_VERSION

fake, account, channel = channel_fixtures(
    FakeGraph, instagram_account, instagram_contract_kit().make_channel, processing_polls=2
)


def draft(text: str = "Flu shots all week #flushot #dental") -> kit.Draft:
    return kit.Draft(text=text, media=(flyer(),))


async def test_quota_then_container_then_polling_then_publish(channel, account, fake):
    request = publish_request(account, draft())
    result = await publish(channel, account, request)
    steps = [(r.method, r.path) for r in fake.requests]
    container = request.progress["container_id"]
    assert steps == [
        ("GET", f"/{V}/{IG_USER_ID}/content_publishing_limit"),
        ("POST", f"/{V}/{IG_USER_ID}/media"),
        ("GET", f"/{V}/{container}"),
        ("GET", f"/{V}/{container}"),
        ("GET", f"/{V}/{IG_USER_ID}/content_publishing_limit"),
        ("POST", f"/{V}/{IG_USER_ID}/media_publish"),
        ("GET", f"/{V}/{result.remote_id}"),
    ]
    create = fake.requests[1]
    assert create.headers["authorization"] == f"Bearer {IG_TOKEN}"
    assert create.form() == {
        "image_url": "https://maplestreetdental.example/media/flyer.jpg",
        "caption": "Flu shots all week #flushot #dental",
        "alt_text": "Flu shots this week",
    }
    assert not any("access_token" in r.query for r in fake.requests)
    assert fake.requests[5].form() == {"creation_id": container}
    assert result.url.startswith("https://www.instagram.com/p/FAKE")
    assert fake.quota_usage == 1


async def test_a_full_daily_quota_waits_without_creating_anything(channel, account, fake):
    fake.quota_usage = fake.quota_total = 50
    with pytest.raises(kit.RetryLater, match="50 of 50 posts in 24 hours"):
        await publish(channel, account, publish_request(account, draft()), timeout=0.5)
    assert fake.containers == {}


async def test_a_lost_publish_answer_is_reconciled_never_published_twice(channel, account, fake):
    request = publish_request(account, draft())
    fake.inject(Fault.timeout_after_handling(1.0), path=rf"/{V}/\d+/media_publish")
    with pytest.raises(kit.OutcomeUnknown):
        await publish(channel, account, request, timeout=0.5)
    assert len(fake.ig_media) == 1
    async with httpx.AsyncClient(timeout=1) as client:
        found = await channel.find_existing(client, request)
    assert found.remote_id == fake.ig_media[0]["id"]
    again = await publish(channel, account, request)
    assert again.remote_id == fake.ig_media[0]["id"]
    assert len(fake.calls("POST", rf"/{V}/\d+/media_publish")) == 1
    assert len(fake.ig_media) == 1


async def test_a_lost_publish_answer_under_30_newer_posts_finds_the_media_by_paging(
    channel, account, fake
):
    request = publish_request(account, draft())
    fake.inject(Fault.timeout_after_handling(1.0), path=rf"/{V}/\d+/media_publish")
    with pytest.raises(kit.OutcomeUnknown):
        await publish(channel, account, request, timeout=0.5)
    ours = fake.ig_media[0]["id"]
    fake.post_by_someone_else(30)
    async with httpx.AsyncClient(timeout=1) as client:
        found = await channel.find_existing(client, request)
    assert found.remote_id == ours
    pages = fake.calls("GET", rf"/{V}/\d+/media")
    assert len(pages) == 2 and pages[1].arg("after")


async def test_a_finished_container_from_an_earlier_attempt_is_reused(channel, account, fake):
    request = publish_request(account, draft())
    fake.inject(
        Fault.status(500, {"error": {"message": "An unknown error", "code": 1}}),
        path=rf"/{V}/\d+/media_publish",
    )
    with pytest.raises(kit.OutcomeUnknown, match="code 1"):
        await publish(channel, account, request, timeout=0.5)
    async with httpx.AsyncClient(timeout=1) as client:
        assert await channel.find_existing(client, request) is None
    await publish(channel, account, request)
    assert len(fake.calls("POST", rf"/{V}/\d+/media")) == 1
    assert len(fake.ig_media) == 1


async def test_a_timeout_creating_the_container_is_retried_later(channel, account, fake):
    fake.inject(Fault.timeout_after_handling(1.0), path=rf"/{V}/\d+/media")
    with pytest.raises(kit.RetryLater, match="nothing was posted"):
        await publish(channel, account, publish_request(account, draft()), timeout=0.5)
    assert fake.ig_media == []


async def test_a_container_error_is_rejected_with_the_reason(channel, account, fake):
    fake.image_error = "2207009"
    with pytest.raises(kit.Rejected, match="aspect ratio is outside 4:5 to 1.91:1"):
        await publish(channel, account, publish_request(account, draft()), timeout=0.5)


async def test_slow_processing_waits_for_a_later_run_with_the_container_kept(
    channel, account, fake
):
    fake.processing_polls = 100
    channel.poll_attempts = 3
    request = publish_request(account, draft())
    with pytest.raises(kit.RetryLater, match="still processing"):
        await publish(channel, account, request, timeout=0.5)
    fake.processing_polls = 0
    await publish(channel, account, request)
    assert len(fake.containers) == 1 and len(fake.ig_media) == 1


async def test_the_publishing_quota_subcode_waits(channel, account, fake):
    fake.inject(
        Fault.status(
            400,
            {"error": {"message": "maximum posts", "code": 4, "error_subcode": 2207042}},
        ),
        path=rf"/{V}/\d+/media_publish",
    )
    with pytest.raises(kit.RetryLater, match="2207042"):
        await publish(channel, account, publish_request(account, draft()), timeout=0.5)


@pytest.mark.parametrize(
    ("code", "subcode", "kind"),
    [
        (9007, 2207027, kit.RetryLater),  # the media is not ready for publishing: nothing made
        (-2, 2207001, kit.OutcomeUnknown),  # Meta's server error: the container tells later
        (-1, 2207032, kit.OutcomeUnknown),  # "create failed, try again"
    ],
)
async def test_a_passing_publish_error_is_tried_again_not_refused(
    channel, account, fake, code, subcode, kind
):
    """Errors Meta documents as passing, on ``media_publish``: not a refusal a person must
    act on. A 'not ready' made nothing; after the others the container's status says
    whether it was published, so the post comes out once."""
    request = publish_request(account, draft())
    body = {"error": {"message": "Please retry", "code": code, "error_subcode": subcode}}
    fake.inject(Fault.status(400, body), path=rf"/{V}/\d+/media_publish")
    with pytest.raises(kit.ChannelError) as first:
        await publish(channel, account, request)
    assert type(first.value) is kind
    result = await publish(channel, account, request)
    assert [m["id"] for m in fake.ig_media] == [result.remote_id]


async def test_delete_is_refused_in_words_because_the_api_cannot(channel, account):
    assert "delete" not in {c.value for c in channel.capabilities}
    async with httpx.AsyncClient() as client:
        with pytest.raises(kit.Rejected, match="delete it in the Instagram app"):
            await channel.delete(client, account, "1")


def image(tmp_path: Path, size: tuple[int, int], name: str = "a.jpg") -> kit.Media:
    path = tmp_path / name
    Image.new("RGB", size, "white").save(path)
    return kit.Media(path=path, url=f"https://maple.example/{name}")


@pytest.mark.parametrize(
    ("size", "ok"),
    [
        ((1080, 1350), True),
        ((1080, 1080), True),
        ((1910, 1000), True),
        ((1080, 1500), False),
        ((2000, 1000), False),
    ],
)
def test_aspect_ratio_is_read_from_the_file(channel, account, tmp_path, size, ok):
    problems = channel.validate(kit.Draft(text="x", media=(image(tmp_path, size),)), account)
    shape = [p for p in problems if "shape" in p.message]
    assert (not shape) is ok, problems


def test_a_phone_photo_stored_on_its_side_is_checked_as_shown(channel, account, tmp_path):
    """4:3 as stored, with EXIF orientation 6: shown upright it is 3:4, narrower than
    Instagram's 4:5, and Instagram refuses it at the container; validate says so first."""
    path = tmp_path / "portrait.jpg"
    exif = Image.Exif()
    exif[0x0112] = 6
    Image.new("RGB", (1440, 1080), "white").save(path, exif=exif)
    media = kit.Media(path=path, url="https://maple.example/portrait.jpg")
    problems = channel.validate(kit.Draft(text="x", media=(media,)), account)
    assert any("1080x1440" in p.message and "shape" in p.message for p in problems), problems


def test_caption_hashtag_and_image_rules(channel, account, tmp_path):
    no_image = channel.validate(kit.Draft(text="Hello"), account)
    assert any(p.field == "media" and p.blocking for p in no_image)
    tags = " ".join(f"#tag{i}" for i in range(31))
    assert any("31 hashtags" in p.message for p in channel.validate(draft(tags), account))
    png = dataclasses.replace(flyer(), mime_type="image/png")
    no_url = dataclasses.replace(flyer(), url=None)
    words = " | ".join(
        p.message
        for p in channel.validate(kit.Draft(text="x", media=(png,)), account)
        + channel.validate(kit.Draft(text="x", media=(no_url,)), account)
    )
    assert "JPEG images only" in words and "public https address" in words
    heavy = dataclasses.replace(flyer(), size_bytes=9 * 1024 * 1024)
    assert any(
        "8 MB" in p.message for p in channel.validate(kit.Draft(text="x", media=(heavy,)), account)
    )


@pytest.mark.parametrize("subcode", ["2207001", "2207003", "2207032", "2207053"])
async def test_a_passing_container_error_retries_with_a_new_container(
    channel, account, fake, subcode
):
    fake.image_error = subcode
    request = publish_request(account, draft())
    with pytest.raises(kit.RetryLater, match="new container"):
        await publish(channel, account, request, timeout=0.5)
    fake.image_error = None
    await publish(channel, account, request)
    assert len(fake.containers) == 2 and len(fake.ig_media) == 1


async def test_the_fake_refuses_a_caption_with_31_hashtags(channel, account, fake):
    tags = " ".join(f"#tag{n}" for n in range(31))
    with pytest.raises(kit.Rejected, match="hashtags"):
        await publish(channel, account, publish_request(account, draft(f"Hi {tags}")))
    assert fake.containers == {}
