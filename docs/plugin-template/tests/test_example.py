"""What this plugin sends: one behaviour a test, against the loopback fake."""

from __future__ import annotations

from datetime import date

import httpx
import pytest
from medsocial_example import ExampleChannel
from medsocial_example.fake import TOKEN, FakeExample, account_for

from medsocial_tui import channelkit as kit
from medsocial_tui.testing.channel_tests import channel_fixtures, publish
from medsocial_tui.testing.contract import publish_request
from medsocial_tui.testing.fakeapi import Fault, multipart_fields

# The loopback fake (started and stopped around each test), an account pointed at it and the
# channel, as the fixtures ``fake``, ``account`` and ``channel``.
fake, account, channel = channel_fixtures(FakeExample, account_for, ExampleChannel)


async def test_a_post_is_sent_as_json_with_the_bearer_token(channel, account, fake):
    result = await publish(channel, account, kit.Draft(text="Open late Thursday"))
    (call,) = fake.requests
    assert (call.method, call.path) == ("POST", "/api/v1/posts")
    assert call.headers["authorization"] == f"Bearer {TOKEN}"
    assert call.json() == {"text": "Open late Thursday"}
    assert result.remote_id == "1"


async def test_a_refused_post_keeps_the_networks_words(channel, account):
    with pytest.raises(kit.Rejected, match="text can't be blank"):
        await publish(channel, account, kit.Draft(text=" "))


async def test_an_image_is_uploaded_from_disk_before_the_post_that_uses_it(
    channel, account, fake, tmp_path
):
    image = tmp_path / "flu.png"
    image.write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(5000))
    draft = kit.Draft(
        text="Flu shots", media=(kit.Media(image, alt_text="A nurse with a vaccine"),)
    )
    await publish(channel, account, draft)
    upload, post = fake.requests
    assert (upload.method, upload.path) == ("POST", "/api/v1/media")
    assert multipart_fields(upload) == {
        "alt": "A nurse with a vaccine",
        "file": "<file 5008 bytes>",
    }
    assert post.json() == {"text": "Flu shots", "media_ids": ["m1"]}


def test_an_image_over_the_networks_size_is_refused_offline(channel, tmp_path):
    small, big = tmp_path / "small.png", tmp_path / "big.png"
    small.write_bytes(bytes(1000))
    big.write_bytes(bytes(5_000_001))
    assert channel.validate(kit.Draft(text="Hi", media=(kit.Media(small),))) == []
    (problem,) = channel.validate(kit.Draft(text="Hi", media=(kit.Media(big),)))
    assert (problem.message, problem.field) == ("big.png is over Example's 5 MB", "media")


async def test_a_check_for_the_post_that_cannot_answer_now_leaves_it_unknown(
    channel, account, fake
):
    fake.inject(
        Fault.status(503, {"message": "try again soon"}), method="GET", path="/api/v1/posts"
    )
    async with httpx.AsyncClient(timeout=2) as client:
        with pytest.raises(kit.OutcomeUnknown, match="try again soon"):
            await channel.find_existing(client, publish_request(account, kit.Draft(text="Hi")))


async def test_special_hours_for_one_day_keep_the_others(channel, account, fake):
    fake.hours = [{"date": "2031-12-24", "closed": True}]
    async with httpx.AsyncClient(timeout=2) as client:
        previous = await channel.set_special_hours(
            client,
            account,
            [kit.SpecialHours(date(2031, 12, 31), closed=False, opens="09:00", closes="12:00")],
        )
    assert previous == []
    assert fake.hours == [
        {"date": "2031-12-24", "closed": True},
        {"date": "2031-12-31", "closed": False, "opens": "09:00", "closes": "12:00"},
    ]
