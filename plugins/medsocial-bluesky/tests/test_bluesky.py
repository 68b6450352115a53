"""The Bluesky channel against a loopback PDS that behaves as the AT Protocol documents."""

from __future__ import annotations

import dataclasses
import io
import itertools
import time
from datetime import UTC, datetime

import httpx
import pytest
from medsocial_bluesky import Bluesky, richtext, tid
from medsocial_bluesky.fake import ACCOUNT_PASSWORD, DID, HANDLE, FakeBluesky, account_for
from PIL import Image

from medsocial_tui import channelkit as kit
from medsocial_tui.testing.channel_tests import channel_fixtures, found_once_published, publish
from medsocial_tui.testing.contract import publish_request
from medsocial_tui.testing.fakeapi import Fault

fake, account, channel = channel_fixtures(FakeBluesky, account_for, Bluesky)


# Text


def test_graphemes_count_what_people_see(channel):
    assert channel.count("👨‍👩‍👧") == 1
    assert channel.count("🇺🇸 ok") == 4
    assert channel.count("Cafe\u0301") == channel.count("Café") == 4
    assert not channel.validate(kit.Draft("👍🏽" * 300))
    assert any(p.blocking for p in channel.validate(kit.Draft("a" * 301)))


def test_link_and_tag_facets_use_utf8_byte_offsets():
    text = "Flu 💉 info: https://cdc.gov/flu. #FluSeason"
    found = richtext.facets(text)
    link_start = len("Flu 💉 info: ".encode())
    assert found[0] == {
        "index": {"byteStart": link_start, "byteEnd": link_start + len("https://cdc.gov/flu")},
        "features": [{"$type": "app.bsky.richtext.facet#link", "uri": "https://cdc.gov/flu"}],
    }
    tag = found[1]
    assert text.encode()[tag["index"]["byteStart"] : tag["index"]["byteEnd"]] == b"#FluSeason"
    assert tag["features"] == [{"$type": "app.bsky.richtext.facet#tag", "tag": "FluSeason"}]


def test_record_keys_are_tids_fixed_per_delivery():
    moment = datetime(2026, 5, 1, 9, 0, tzinfo=UTC)
    key = tid.for_delivery(7, "uuid-a", moment)
    assert tid.is_tid(key)
    assert key == tid.for_delivery(7, "uuid-a", moment)
    assert key != tid.for_delivery(8, "uuid-b", moment)
    micros = sum(tid.ALPHABET.index(c) << (5 * i) for i, c in enumerate(reversed(key))) >> 10
    assert 0 <= micros / 1e6 - moment.timestamp() < 1


# Requests


async def test_a_post_is_a_create_record_with_our_tid_and_facets(channel, account, fake):
    request = publish_request(account, kit.Draft("Vaccination info: https://clinic.example/vax"))
    result = await publish(channel, account, request)
    call = fake.calls("POST", r"/xrpc/com\.atproto\.repo\.createRecord")[0]
    body = call.json()
    assert call.headers["authorization"] == "Bearer access-1"
    assert body["repo"] == DID and body["collection"] == "app.bsky.feed.post"
    assert body["rkey"] == request.progress["rkey"] and tid.is_tid(body["rkey"])
    record = body["record"]
    assert record["$type"] == "app.bsky.feed.post"
    assert record["createdAt"] == request.progress["created_at"]
    assert record["facets"][0]["index"] == {"byteStart": 18, "byteEnd": 44}
    assert result.remote_id == f"at://{DID}/app.bsky.feed.post/{body['rkey']}"
    assert result.url == f"https://bsky.app/profile/{HANDLE}/post/{body['rkey']}"
    assert fake.indexed == [body["rkey"]]


async def test_one_login_serves_many_posts(channel, account, fake):
    for n in range(3):
        await publish(channel, account, kit.Draft(f"Post {n}"), key=f"k{n}")
    assert fake.logins == 1
    assert len(fake.records) == 3


async def test_an_expired_token_is_refreshed_not_logged_in_again(channel, account, fake):
    await publish(channel, account, kit.Draft("Before"), key="a")
    fake.expire_access_tokens()
    await publish(channel, account, kit.Draft("After"), key="b")
    assert (fake.logins, fake.refreshes) == (1, 1)
    refresh = fake.calls("POST", r"/xrpc/com\.atproto\.server\.refreshSession")[0]
    assert refresh.headers["authorization"] == "Bearer refresh-1"
    assert refresh.body == b""
    assert len(fake.records) == 2


async def test_a_revoked_refresh_token_means_one_new_login(channel, account, fake):
    await publish(channel, account, kit.Draft("Before"), key="a")
    fake.expire_access_tokens()
    fake._refresh.clear()
    await publish(channel, account, kit.Draft("After"), key="b")
    assert fake.logins == 2


async def test_a_refused_app_password_is_auth_expired_without_it(channel, account):
    bad = dataclasses.replace(account, credentials={"app_password": "wrong-password-123"})
    with pytest.raises(kit.AuthExpired) as error:
        await publish(channel, bad, kit.Draft("Hello"))
    assert "wrong-password-123" not in str(error.value)
    assert "Invalid identifier or password" in error.value.message


async def test_the_accounts_own_password_says_to_make_an_app_password(channel, account):
    """With email sign-in codes on, the account's own password gets AuthFactorTokenRequired
    and a code is emailed, which medsocial cannot type: the words say to make an app
    password (which skips the code) instead of calling it a refused app password."""
    own = dataclasses.replace(account, credentials={"app_password": ACCOUNT_PASSWORD})
    with pytest.raises(kit.AuthExpired) as error:
        await publish(channel, own, kit.Draft("Hello"))
    words = error.value.message
    assert "App passwords" in words and "AuthFactorTokenRequired" in words
    assert ACCOUNT_PASSWORD not in words


async def test_a_rate_limit_is_retry_later_at_ratelimit_reset(channel, account, fake):
    reset = int(time.time()) + 240
    fake.inject(
        Fault.status(
            429,
            {"error": "RateLimitExceeded", "message": "Rate Limit Exceeded"},
            {"RateLimit-Limit": "5000", "RateLimit-Remaining": "0", "RateLimit-Reset": str(reset)},
        ),
        path=r"/xrpc/com\.atproto\.repo\.createRecord",
    )
    with pytest.raises(kit.RetryLater) as error:
        await publish(channel, account, kit.Draft("Hello"))
    assert error.value.retry_at == datetime.fromtimestamp(reset, UTC)


async def test_a_lost_answer_is_retried_with_the_same_key_and_posts_once(channel, account, fake):
    request = publish_request(account, kit.Draft("Closed today: snow"))
    fake.inject(Fault.timeout_after_handling(1.0), path=r"/xrpc/com\.atproto\.repo\.createRecord")
    with pytest.raises(httpx.ReadTimeout):
        await publish(channel, account, request, timeout=0.3)
    again = await publish(channel, account, request)
    assert again.remote_id.endswith(request.progress["rkey"])
    assert len(fake.records) == 1
    assert len(fake.calls("POST", r"/xrpc/com\.atproto\.repo\.createRecord")) == 1


async def test_a_500_is_checked_with_get_record_then_unknown(channel, account, fake):
    request = publish_request(account, kit.Draft("Open late Thursday"))
    fake.inject(
        Fault.status(500, {"error": "InternalServerError", "message": "Internal Server Error"}),
        path=r"/xrpc/com\.atproto\.repo\.createRecord",
    )
    with pytest.raises(kit.OutcomeUnknown):
        await publish(channel, account, request)
    assert fake.calls("GET", r"/xrpc/com\.atproto\.repo\.getRecord")
    assert (await publish(channel, account, request)).remote_id
    assert len(fake.records) == 1


async def test_a_record_key_taken_by_other_text_is_unknown(channel, account, fake):
    request = publish_request(account, kit.Draft("Ours"))
    request.progress.update({"rkey": "3lbbbbbbbbbbb", "created_at": "2026-01-01T00:00:00Z"})
    fake.records["3lbbbbbbbbbbb"] = {"text": "Someone else's"}
    with pytest.raises(kit.OutcomeUnknown) as error:
        await publish(channel, account, request)
    assert "record key" in error.value.message


async def test_images_are_uploaded_as_blobs_with_alt_and_aspect_ratio(
    channel, account, fake, tmp_path
):
    path = tmp_path / "hours.png"
    Image.new("RGB", (120, 60), "white").save(path)
    await publish(
        channel, account, kit.Draft("New hours", (kit.Media(path, "Opening hours card"),))
    )
    upload = fake.calls("POST", r"/xrpc/com\.atproto\.repo\.uploadBlob")[0]
    assert upload.headers["content-type"] == "image/png"
    assert upload.body == path.read_bytes()
    (image,) = next(iter(fake.records.values()))["embed"]["images"]
    assert image["alt"] == "Opening hours card"
    assert image["aspectRatio"] == {"width": 120, "height": 60}
    assert image["image"]["$type"] == "blob"


def _phone_photo(path, orientation):
    """A JPEG as a phone writes it: EXIF with the device, the owner and where it was taken,
    stored on its side with an orientation that turns it upright."""
    exif = Image.Exif()
    exif[0x010F] = "PhoneCo"  # Make
    exif[0x013B] = "Jane Roe"  # Artist
    exif[0x0112] = orientation
    gps = exif.get_ifd(0x8825)
    gps[1], gps[2] = "N", (40.0, 41.0, 21.0)
    Image.new("RGB", (120, 60), "white").save(path, exif=exif, quality=90)
    return path


@pytest.mark.parametrize("orientation", [1, 6], ids=["upright", "on-its-side"])
async def test_a_photos_exif_is_stripped_before_upload_and_its_orientation_kept(
    channel, account, fake, tmp_path, orientation
):
    """Bluesky keeps a blob's bytes as uploaded and asks clients to strip EXIF: the device,
    the owner's name and the place must not go out; the photo still shows upright."""
    path = _phone_photo(tmp_path / "front-desk.jpg", orientation)
    assert b"PhoneCo" in path.read_bytes()
    await publish(channel, account, kit.Draft("Our front desk", (kit.Media(path, "Desk"),)))
    body = fake.calls("POST", r"/xrpc/com\.atproto\.repo\.uploadBlob")[0].body
    assert b"PhoneCo" not in body and b"Jane Roe" not in body
    with Image.open(io.BytesIO(body)) as sent:
        exif = sent.getexif()
        assert sent.size == (120, 60)
        assert exif.get(0x0112, 1) == orientation
        assert 0x8825 not in exif and 0x010F not in exif
    assert body.endswith(path.read_bytes()[path.read_bytes().index(b"\xff\xda") :])
    (image,) = next(iter(fake.records.values()))["embed"]["images"]
    shown = {"width": 60, "height": 120} if orientation == 6 else {"width": 120, "height": 60}
    assert image["aspectRatio"] == shown


async def test_a_png_loses_its_text_and_exif_but_keeps_its_orientation(
    channel, account, fake, tmp_path
):
    from PIL import PngImagePlugin

    path = tmp_path / "card.png"
    text = PngImagePlugin.PngInfo()
    text.add_text("Author", "Jane Roe")
    exif = Image.Exif()
    exif[0x010F], exif[0x0112] = "PhoneCo", 8
    Image.new("RGB", (120, 60), "white").save(path, pnginfo=text, exif=exif)
    await publish(channel, account, kit.Draft("Our card", (kit.Media(path, "Card"),)))
    body = fake.calls("POST", r"/xrpc/com\.atproto\.repo\.uploadBlob")[0].body
    assert b"Jane Roe" not in body and b"PhoneCo" not in body
    with Image.open(io.BytesIO(body)) as sent:
        sent.load()
        assert sent.size == (120, 60) and sent.getexif().get(0x0112) == 8


def test_video_and_big_images_are_refused_offline(channel, tmp_path):
    video = kit.Media(tmp_path / "tour.mp4", "tour")
    big = kit.Media(tmp_path / "big.jpg", "big", size_bytes=1_500_000)
    problems = channel.validate(kit.Draft("Hi", (video, big)))
    assert len([p for p in problems if p.blocking and p.field == "media"]) == 2


async def test_html_from_a_proxy_at_sign_in_is_retry_later(channel, account, fake):
    fake.inject(Fault.html(502), path=r"/xrpc/com\.atproto\.server\.createSession")
    with pytest.raises(kit.RetryLater) as error:
        await publish(channel, account, kit.Draft("Hi"))
    assert "<html" not in error.value.message


async def test_reconcile_and_delete(channel, account, fake):
    request, published = await found_once_published(channel, account, kit.Draft("Bye"))
    async with httpx.AsyncClient(timeout=3) as client:
        await channel.delete(client, account, published.remote_id)
        assert await channel.find_existing(client, request) is None
        assert (await channel.check_account(client, account)).ok


def test_a_hash_inside_a_link_or_a_word_is_no_tag():
    text = "Hours: https://clinic.example/#hours (see#this) and #FluSeason"
    found = richtext.facets(text)
    tags = [f["features"][0]["tag"] for f in found if "tag" in f["features"][0]]
    assert tags == ["FluSeason"]
    spans = [(f["index"]["byteStart"], f["index"]["byteEnd"]) for f in found]
    assert all(a_end <= b_start for (_, a_end), (b_start, _) in itertools.pairwise(spans))


async def test_a_link_with_a_fragment_posts_without_overlapping_facets(channel, account, fake):
    await publish(channel, account, kit.Draft("Hours: https://clinic.example/#hours"))
    assert len(fake.records) == 1


def _record(**change):
    record = {"$type": "app.bsky.feed.post", "text": "Hi", "createdAt": "2026-05-01T09:00:00Z"}
    image = {
        "alt": "",
        "image": {"$type": "blob", "ref": {"$link": "x"}, "mimeType": "image/png", "size": 9},
    }
    record["embed"] = {"$type": "app.bsky.embed.images", "images": [image]}
    for key, value in change.items():
        if value is None:
            record.pop(key)
        else:
            record[key] = value(record) if callable(value) else value
    return record


@pytest.mark.parametrize(
    ("record", "words"),
    [
        (_record(createdAt=None), "createdAt"),
        (_record(langs=["en", "es", "fr", "de"]), "langs"),
        (_record(embed=lambda r: {**r["embed"], "images": r["embed"]["images"] * 5}), "1 to 4"),
        (_record(embed=lambda r: {**r["embed"], "images": [{"image": {}}]}), "alt"),
        (
            _record(
                embed=lambda r: {
                    **r["embed"],
                    "images": [
                        {**r["embed"]["images"][0], "image": {"$type": "blob", "mimeType": "x"}}
                    ],
                }
            ),
            "image blob",
        ),
        (
            _record(
                facets=[
                    {
                        "index": {"byteStart": 0, "byteEnd": 2},
                        "features": [{"$type": "app.bsky.richtext.facet#tag", "tag": "Hi"}],
                    },
                    {
                        "index": {"byteStart": 1, "byteEnd": 2},
                        "features": [{"$type": "app.bsky.richtext.facet#tag", "tag": "i"}],
                    },
                ]
            ),
            "overlap",
        ),
    ],
    ids=["no-createdAt", "four-langs", "five-images", "no-alt", "not-an-image", "overlap"],
)
async def test_the_fake_refuses_what_the_post_lexicon_refuses(
    channel, account, fake, record, words
):
    async with httpx.AsyncClient() as client:
        session = await channel.session(client, account)
        response = await client.post(
            f"{fake.base_url}/xrpc/com.atproto.repo.createRecord",
            headers={"Authorization": f"Bearer {session.access_jwt}"},
            json={"repo": DID, "collection": "app.bsky.feed.post", "record": record},
        )
    assert response.status_code == 400 and words in response.json()["message"]
