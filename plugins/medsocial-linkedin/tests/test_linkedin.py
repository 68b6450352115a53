"""The LinkedIn channel against a loopback Posts API that behaves as LinkedIn does."""

from __future__ import annotations

import dataclasses
from datetime import UTC, datetime, timedelta
from urllib.parse import quote

import httpx
import pytest
from medsocial_linkedin import LINKEDIN_VERSION, LinkedIn, escape, unescape
from medsocial_linkedin.fake import ORGANIZATION_ID, TOKEN, FakeLinkedIn, account_for
from PIL import Image

from medsocial_tui import channelkit as kit
from medsocial_tui.testing.channel_tests import channel_fixtures, found_once_published, publish
from medsocial_tui.testing.contract import publish_request
from medsocial_tui.testing.fakeapi import Fault

fake, account, channel = channel_fixtures(FakeLinkedIn, account_for, LinkedIn)


def test_reserved_characters_are_escaped_except_mentions():
    text = r"Saturday (9:00-12:00) #health a_b *new* [x] {y} <z> ~ | \ @[Maple](urn:li:organization:5515715)"
    escaped = escape(text)
    assert escaped.startswith(
        r"Saturday \(9:00-12:00\) \#health a\_b \*new\* \[x\] \{y\} \<z\> \~ \| \\ "
    )
    assert escaped.endswith("@[Maple](urn:li:organization:5515715)")
    assert unescape(escaped) == text


async def test_a_post_carries_the_version_headers_and_the_organization(channel, account, fake):
    text = "Saturday clinic (9:00-12:00) now open #health"
    result = await publish(channel, account, kit.Draft(text))
    call = fake.calls("POST", "/rest/posts")[0]
    assert call.headers["linkedin-version"] == LINKEDIN_VERSION
    assert call.headers["x-restli-protocol-version"] == "2.0.0"
    assert call.headers["authorization"] == f"Bearer {TOKEN}"
    body = call.json()
    assert body["author"] == f"urn:li:organization:{ORGANIZATION_ID}"
    assert body["commentary"] == r"Saturday clinic \(9:00-12:00\) now open \#health"
    assert body["visibility"] == "PUBLIC" and body["lifecycleState"] == "PUBLISHED"
    assert body["distribution"]["feedDistribution"] == "MAIN_FEED"
    assert result.remote_id == next(iter(fake.posts))
    assert result.url == f"https://www.linkedin.com/feed/update/{result.remote_id}/"
    assert unescape(fake.posts[result.remote_id]["commentary"]) == text, "nothing was cut"


async def test_the_fake_cuts_unescaped_text_as_linkedin_does(fake):
    from medsocial_linkedin.fake import shown

    assert shown("Open (9-12) today") == "Open "


async def test_an_account_can_pin_another_linkedin_version(channel, account, fake):
    pinned = dataclasses.replace(account, settings={**account.settings, "api_version": "202611"})
    await publish(channel, pinned, kit.Draft("Hello"))
    assert fake.calls("POST", "/rest/posts")[0].headers["linkedin-version"] == "202611"


async def test_a_retired_linkedin_version_says_what_to_set(channel, account, fake):
    """LinkedIn serves each monthly version about a year, then answers every call 426
    NONEXISTENT_VERSION: the post fails in words that say which setting to change, and the
    account check says the same."""
    fake.active_versions = ("209901", "209912")
    with pytest.raises(kit.Rejected) as refused:
        await publish(channel, account, kit.Draft(text="Closed Friday"))
    words = refused.value.message
    assert f"no longer serves API version {LINKEDIN_VERSION}" in words
    assert "api_version" in words and "NONEXISTENT_VERSION" in words
    assert not fake.posts
    async with httpx.AsyncClient() as client:
        health = await channel.check_account(client, account)
    assert not health.ok and "api_version" in health.message


async def test_images_are_initialized_put_and_attached(channel, account, fake, tmp_path):
    first, second = tmp_path / "a.jpg", tmp_path / "b.png"
    first.write_bytes(b"\xff\xd8jpeg")
    second.write_bytes(b"\x89PNGpng")
    request = publish_request(
        account,
        kit.Draft("Our team", (kit.Media(first, "Front desk"), kit.Media(second, "Dr. Lee"))),
    )
    await publish(channel, account, request)
    init = fake.calls("POST", "/rest/images")[0]
    assert init.arg("action") == "initializeUpload"
    assert init.json() == {
        "initializeUploadRequest": {"owner": f"urn:li:organization:{ORGANIZATION_ID}"}
    }
    puts = fake.calls("PUT", r"/dms-uploads/\d+")
    assert [p.body for p in puts] == [first.read_bytes(), second.read_bytes()]
    content = fake.calls("POST", "/rest/posts")[0].json()["content"]
    assert content == {
        "multiImage": {
            "images": [
                {"id": request.progress["images"][0], "altText": "Front desk"},
                {"id": request.progress["images"][1], "altText": "Dr. Lee"},
            ]
        }
    }


async def test_one_image_is_content_media(channel, account, fake, tmp_path):
    image = tmp_path / "a.jpg"
    image.write_bytes(b"\xff\xd8jpeg")
    await publish(channel, account, kit.Draft("Hi", (kit.Media(image, "Sign"),)))
    media = fake.calls("POST", "/rest/posts")[0].json()["content"]["media"]
    assert media["altText"] == "Sign" and media["id"].startswith("urn:li:image:")


async def test_a_duplicate_of_our_lost_attempt_is_published_with_its_urn(channel, account, fake):
    request = publish_request(account, kit.Draft("Closed today: snow"))
    fake.inject(Fault.timeout_after_handling(1.0), path="/rest/posts", method="POST")
    with pytest.raises(httpx.ReadTimeout):
        await publish(channel, account, request, timeout=0.3)
    result = await publish(channel, account, request)
    assert result.remote_id == next(iter(fake.posts))
    assert len(fake.posts) == 1


async def test_a_duplicate_of_an_older_post_is_rejected_with_its_url(channel, account, fake):
    first = await publish(channel, account, kit.Draft("Flu shots today"), key="a")
    fake.posts[first.remote_id]["createdAt"] = 0
    with pytest.raises(kit.Rejected) as error:
        await publish(channel, account, kit.Draft("Flu shots today"), key="b")
    assert first.remote_id in error.value.message


async def test_a_ghost_duplicate_after_a_delete_is_explained(channel, account, fake):
    first = await publish(channel, account, kit.Draft("Flu shots today"), key="a")
    async with httpx.AsyncClient(timeout=3) as client:
        await channel.delete(client, account, first.remote_id)
    with pytest.raises(kit.Rejected) as error:
        await publish(channel, account, kit.Draft("Flu shots today"), key="b")
    assert "no longer exists" in error.value.message


async def test_429_waits_until_midnight_utc(channel, account, fake):
    fake.inject(
        Fault.status(
            429,
            {
                "status": 429,
                "serviceErrorCode": 101,
                "message": "Resource level throttle limit for calls to this resource is reached.",
            },
        ),
        path="/rest/posts",
    )
    with pytest.raises(kit.RetryLater) as error:
        await publish(channel, account, kit.Draft("Hello"))
    now = datetime.now(UTC)
    assert error.value.retry_at == datetime(now.year, now.month, now.day, tzinfo=UTC) + timedelta(
        days=1
    )
    assert "throttle" in error.value.message


async def test_an_expired_token_is_auth_expired(channel, account):
    bad = dataclasses.replace(account, credentials={"access_token": "expired-token-xyz"})
    with pytest.raises(kit.AuthExpired) as error:
        await publish(channel, bad, kit.Draft("Hello"))
    assert "expired-token-xyz" not in str(error.value)


@pytest.mark.parametrize(
    "fault", [Fault.html(502), Fault.status(504, {"message": "Gateway timeout"})]
)
async def test_a_broken_answer_to_the_create_is_unknown(channel, account, fake, fault):
    fake.inject(fault, path="/rest/posts", method="POST")
    with pytest.raises(kit.OutcomeUnknown) as error:
        await publish(channel, account, kit.Draft("Hello"))
    assert "<html" not in error.value.message


async def test_a_201_without_x_restli_id_is_unknown(channel, account, fake):
    fake.inject(Fault.status(201, None), path="/rest/posts", method="POST")
    with pytest.raises(kit.OutcomeUnknown):
        await publish(channel, account, kit.Draft("Hello"))


async def test_reconcile_lists_the_pages_posts(channel, account, fake):
    await found_once_published(channel, account, kit.Draft("Q&A live (Thursday) #teeth"))
    async with httpx.AsyncClient(timeout=3) as client:
        health = await channel.check_account(client, account)
    listing = fake.calls("GET", "/rest/posts")[0]
    assert listing.arg("q") == "author"
    assert listing.arg("author") == f"urn:li:organization:{ORGANIZATION_ID}"
    assert health.ok and "Maple Street Dental" in health.message


def test_video_is_refused_offline(channel, tmp_path):
    problems = channel.validate(kit.Draft("Tour", (kit.Media(tmp_path / "tour.mp4", "tour"),)))
    assert any(p.blocking and p.field == "media" for p in problems)


def test_an_image_over_linkedins_pixel_ceiling_is_refused_offline(channel, tmp_path):
    big = kit.Media(tmp_path / "wall.jpg", "Waiting room", width=7000, height=6000)
    fine = kit.Media(tmp_path / "desk.jpg", "Front desk", width=4000, height=3000)
    assert any(
        p.blocking and p.field == "media" and "pixels" in p.message
        for p in channel.validate(kit.Draft("Our team", (big,)))
    )
    assert not any(p.blocking for p in channel.validate(kit.Draft("Our team", (fine,))))


def gif(tmp_path, frames: int):
    path = tmp_path / "waving.gif"
    pictures = [Image.new("RGB", (8, 8), "#1f6f8b" if n % 2 else "#fff") for n in range(frames)]
    pictures[0].save(path, save_all=True, append_images=pictures[1:], duration=20)
    return kit.Media(path=path, alt_text="Waving tooth", mime_type="image/gif")


async def test_a_gif_of_more_than_250_frames_is_refused_before_uploading(
    channel, account, fake, tmp_path
):
    """LinkedIn takes animated GIFs of up to 250 frames; a longer one uploads, then fails
    processing. It is refused offline, in words, and nothing is uploaded."""
    long = kit.Draft("Happy holidays", (gif(tmp_path, 251),))
    assert [p.message for p in channel.validate(long, account) if p.blocking] == [
        "waving.gif has 251 frames: LinkedIn takes GIFs of up to 250; shorten it"
    ]
    with pytest.raises(kit.Rejected, match="251 frames"):
        await publish(channel, account, long)
    assert not fake.calls("POST", "/rest/images")
    assert not [p for p in channel.validate(kit.Draft("Hi", (gif(tmp_path, 250),)), account)]


async def test_the_fake_fails_processing_a_gif_of_more_than_250_frames(fake, tmp_path):
    headers = {"Authorization": f"Bearer {TOKEN}", "LinkedIn-Version": LINKEDIN_VERSION}
    headers["X-Restli-Protocol-Version"] = "2.0.0"
    owner = {"initializeUploadRequest": {"owner": f"urn:li:organization:{ORGANIZATION_ID}"}}
    async with httpx.AsyncClient(base_url=fake.base_url, headers=headers) as client:
        start = await client.post("/rest/images?action=initializeUpload", json=owner)
        value = start.json()["value"]
        await client.put(value["uploadUrl"], content=gif(tmp_path, 251).path.read_bytes())
        status = await client.get(f"/rest/images/{quote(value['image'], safe='')}")
    assert status.json()["status"] == "PROCESSING_FAILED"


async def test_the_fake_refuses_an_upload_over_the_pixel_ceiling(channel, account, fake, tmp_path):
    from PIL import Image

    path = tmp_path / "wall.png"
    Image.new("1", (6100, 6000)).save(path)
    with pytest.raises(kit.Rejected) as error:
        await publish(channel, account, kit.Draft("Wall", (kit.Media(path, "Wall"),)))
    assert "pixels" in error.value.message
    assert not fake.calls("POST", "/rest/posts")


@pytest.mark.parametrize(
    ("change", "words"),
    [
        (lambda b: b.pop("lifecycleState"), "lifecycleState"),
        (lambda b: b.pop("distribution"), "distribution"),
        (lambda b: b.update(commentary="a" * 3001), "commentary"),
        (
            lambda b: b.update(content={"multiImage": {"images": [{"id": "urn:li:image:1"}]}}),
            "multiImage",
        ),
    ],
    ids=["no-lifecycle", "no-distribution", "long-commentary", "multi-image-of-one"],
)
async def test_the_fake_refuses_what_the_posts_api_refuses(channel, account, fake, change, words):
    request = publish_request(account, kit.Draft("Hi"))
    body = channel._body(request, [])
    change(body)
    async with httpx.AsyncClient() as client:
        response = await client.post(
            f"{fake.base_url}/rest/posts", headers=channel._headers(account), json=body
        )
    assert response.status_code == 422 and words in response.json()["message"]


async def test_post_urns_in_paths_are_url_encoded(channel, account, fake):
    result = await publish(channel, account, kit.Draft("Open Saturday"))
    async with httpx.AsyncClient() as client:
        await channel.delete(client, account, result.remote_id)
        assert not fake.posts
        raw = await client.get(
            f"{fake.base_url}/rest/posts/{result.remote_id}", headers=channel._headers(account)
        )
    assert raw.status_code == 400


async def test_an_image_is_posted_once_linkedin_says_it_is_available(account, tmp_path):
    image = tmp_path / "a.jpg"
    image.write_bytes(b"\xff\xd8jpeg")
    channel = LinkedIn()
    channel.image_poll_seconds = 0
    with FakeLinkedIn(processing_reads=2) as fake:
        here = dataclasses.replace(account, base_url=fake.base_url)
        await publish(channel, here, kit.Draft("Hi", (kit.Media(image, "Sign"),)))
        reads = fake.calls("GET", r"/rest/images/.+")
        assert len(reads) == 3
        assert "%3A" in reads[0].path
        assert len(fake.posts) == 1


async def test_an_image_still_processing_waits_and_is_not_uploaded_again(account, tmp_path):
    image = tmp_path / "a.jpg"
    image.write_bytes(b"\xff\xd8jpeg")
    channel = LinkedIn()
    channel.image_poll_seconds, channel.image_polls = 0, 2
    with FakeLinkedIn(processing_reads=3) as fake:
        here = dataclasses.replace(account, base_url=fake.base_url)
        request = publish_request(here, kit.Draft("Hi", (kit.Media(image, "Sign"),)))
        with pytest.raises(kit.RetryLater, match="still processing"):
            await publish(channel, here, request)
        assert not fake.posts
        await publish(channel, here, request)
        assert len(fake.calls("PUT", r"/dms-uploads/\d+")) == 1 and len(fake.posts) == 1
