"""The Facebook Page channel against a loopback Graph API that answers as Meta documents."""

from __future__ import annotations

import json
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import httpx
import pytest
from medsocial_meta import FacebookPage
from medsocial_meta.fake import PAGE_ID, PAGE_TOKEN, FakeGraph, facebook_account
from medsocial_meta.graph import GRAPH_VERSION, usage_pause
from PIL import Image

from medsocial_tui import channelkit as kit
from medsocial_tui.testing.channel_tests import channel_fixtures, publish
from medsocial_tui.testing.contract import publish_request
from medsocial_tui.testing.fakeapi import Fault

fake, account, channel = channel_fixtures(FakeGraph, facebook_account, FacebookPage)


def photo(tmp_path: Path, name: str = "card.jpg", size=(1200, 1200)) -> kit.Media:
    path = tmp_path / name
    Image.new("RGB", size, "#1f6f8b").save(path)
    return kit.Media(path=path, alt_text="Q and A card", mime_type="image/jpeg")


async def test_a_text_post_is_one_feed_call_with_the_bearer_token(channel, account, fake):
    result = await publish(channel, account, kit.Draft(text="Flu shots all week."))
    (call,) = fake.requests
    assert call.method == "POST"
    assert call.path == f"/{GRAPH_VERSION}/{PAGE_ID}/feed"
    assert call.headers["authorization"] == f"Bearer {PAGE_TOKEN}"
    assert "access_token" not in call.query
    assert call.json() == {"message": "Flu shots all week.", "published": True}
    assert result.remote_id == fake.page_posts[0]["id"]
    assert result.url == f"https://www.facebook.com/{PAGE_ID}/posts/1"


async def test_a_link_post_sends_the_link_for_its_preview(channel, account, fake):
    await publish(channel, account, kit.Draft(text="Flu facts", link="https://www.cdc.gov/flu/"))
    assert fake.requests[0].json()["link"] == "https://www.cdc.gov/flu/"


async def test_photos_are_uploaded_unpublished_then_attached_to_one_post(
    channel, account, fake, tmp_path
):
    media = (photo(tmp_path, "a.jpg"), photo(tmp_path, "b.jpg"))
    draft = kit.Draft(text="Our new waiting room", media=media, link="https://maple.example/tour")
    await publish(channel, account, draft)
    uploads = fake.calls("POST", rf"/{GRAPH_VERSION}/{PAGE_ID}/photos")
    assert len(uploads) == 2
    from medsocial_tui.testing.fakeapi import multipart_fields

    fields = multipart_fields(uploads[0])
    assert fields["published"] == "false"
    assert fields["source"].startswith("<file ")
    feed = fake.calls("POST", rf"/{GRAPH_VERSION}/{PAGE_ID}/feed")[0].json()
    assert feed["attached_media"] == [{"media_fbid": pid} for pid in fake.photos]
    assert feed["message"] == "Our new waiting room\n\nhttps://maple.example/tour"
    assert "link" not in feed
    assert len(fake.page_posts) == 1


async def test_an_expired_token_code_190_is_auth_expired_without_the_token(channel, account, fake):
    bad = facebook_account(fake.base_url)
    bad = bad.__class__(**{**bad.__dict__, "credentials": {"page_access_token": "EAAexpired123"}})
    with pytest.raises(kit.AuthExpired) as error:
        await publish(channel, bad, kit.Draft(text="Hi"))
    assert "Session has expired" in error.value.message
    assert "(code 190/463, HTTP 400)" in error.value.message
    assert "EAAexpired123" not in error.value.message


@pytest.mark.parametrize("code", [4, 17, 32, 613, 80001])
async def test_graph_throttle_codes_wait_the_estimated_time_to_regain_access(
    channel, account, fake, code
):
    fake.throttle(code=code, regain_minutes=7)
    before = datetime.now(UTC)
    with pytest.raises(kit.RetryLater) as error:
        await publish(channel, account, kit.Draft(text="Hi"))
    wait = error.value.retry_at - before
    assert timedelta(minutes=6) < wait <= timedelta(minutes=7, seconds=5)
    assert f"code {code}" in error.value.message


async def test_a_throttle_without_an_estimate_waits_an_hour(channel, account, fake):
    fake.inject(
        Fault.status(
            400, {"error": {"message": "(#4) Application request limit reached", "code": 4}}
        )
    )
    with pytest.raises(kit.RetryLater) as error:
        await publish(channel, account, kit.Draft(text="Hi"))
    assert error.value.retry_at - datetime.now(UTC) > timedelta(minutes=59)


async def test_usage_at_95_percent_holds_the_next_post_before_sending(channel, account, fake):
    fake.app_usage = {"call_count": 96, "total_cputime": 10, "total_time": 12}
    await publish(channel, account, kit.Draft(text="First"))
    sent = len(fake.requests)
    with pytest.raises(kit.RetryLater, match="96% of Meta's API quota"):
        await publish(channel, account, kit.Draft(text="Second"))
    assert len(fake.requests) == sent, "nothing may be sent while the quota is nearly spent"


def test_usage_headers_are_read_as_meta_documents_them():
    calm = httpx.Headers({"X-App-Usage": json.dumps({"call_count": 28, "total_time": 25})})
    assert usage_pause(calm) is None
    buc = {"1": [{"type": "pages", "call_count": 40, "estimated_time_to_regain_access": 12}]}
    pause = usage_pause(httpx.Headers({"X-Business-Use-Case-Usage": json.dumps(buc)}))
    assert pause[0] == timedelta(minutes=12)
    legacy = httpx.Headers({"X-Page-Usage": json.dumps({"call_count": 97})})
    assert usage_pause(legacy)[0] == timedelta(hours=1)
    assert usage_pause(httpx.Headers({"X-App-Usage": "not json"})) is None


async def test_a_duplicate_of_our_own_lost_post_is_reconciled_not_refused(channel, account, fake):
    draft = kit.Draft(text="Closed today: snow")
    first = publish_request(account, draft)
    fake.inject(Fault.drop_after_handling(), path=r".*/feed")
    with pytest.raises(kit.OutcomeUnknown):
        await publish(channel, account, first)
    again = publish_request(account, draft)
    result = await publish(channel, account, again)
    assert result.remote_id == fake.page_posts[0]["id"]
    assert len(fake.page_posts) == 1


async def test_a_duplicate_of_an_older_post_is_rejected_in_words(channel, account, fake):
    old = datetime.now(UTC) - timedelta(days=2)
    fake.page_posts.append(
        {
            "id": f"{PAGE_ID}_9",
            "message": "Happy holidays",
            "created_time": old.isoformat(),
            "created_unix": old.timestamp(),
            "permalink_url": "x",
            "attached_media": [],
        }
    )
    with pytest.raises(kit.Rejected, match="Duplicate status message.*change the wording"):
        await publish(channel, account, kit.Draft(text="Happy holidays"))


async def test_a_retry_after_a_lost_answer_looks_before_posting(channel, account, fake):
    draft = kit.Draft(text="Open late Thursday")
    request = publish_request(account, draft)
    fake.inject(Fault.timeout_after_handling(1.0), path=r".*/feed")
    with pytest.raises(kit.OutcomeUnknown, match="no answer from Facebook Page while posting"):
        await publish(channel, account, request, timeout=0.5)
    assert request.progress.get("feed_post_sent_at")
    result = await publish(channel, account, request, timeout=0.5)
    assert result.remote_id == fake.page_posts[0]["id"]
    assert len(fake.calls("POST", r".*/feed")) == 1


async def test_a_timeout_while_uploading_a_photo_is_retried_later(channel, account, fake, tmp_path):
    fake.inject(Fault.timeout_after_handling(1.0), path=r".*/photos")
    with pytest.raises(kit.RetryLater, match="nothing was posted"):
        await publish(channel, account, kit.Draft(text="Tour", media=(photo(tmp_path),)))
    assert fake.page_posts == []


async def test_a_proxy_page_is_an_unknown_outcome_in_words(channel, account, fake):
    fake.inject(Fault.html(502))
    with pytest.raises(kit.OutcomeUnknown, match="HTTP 502 with a text/html body"):
        await publish(channel, account, kit.Draft(text="Hi"))


async def test_a_graph_validation_error_keeps_metas_words(channel, account, fake):
    with pytest.raises(kit.Rejected, match=r"Missing message or attachment \(code 100, HTTP 400\)"):
        await publish(channel, account, kit.Draft(text=""))


async def test_reconcile_and_delete(channel, account, fake):
    draft = kit.Draft(text="Staff training day: closed at noon")
    request = publish_request(account, draft)
    async with httpx.AsyncClient(timeout=1) as client:
        assert await channel.find_existing(client, request) is None
        published = await channel.publish(client, request)
        found = await channel.find_existing(client, request)
        assert found.remote_id == published.remote_id
        await channel.delete(client, account, published.remote_id)
    listing = fake.calls("GET", r".*/published_posts")[0]
    assert int(listing.arg("since")) <= int(request.claimed_at.timestamp()) - 1800
    assert fake.page_posts == []


async def test_deleting_a_post_already_gone_is_done(channel, account, fake):
    """Graph answers code 100/33 both for a post that is gone and for one the token may not
    delete: the post no longer reads while the Page does, so it is gone (deleted on
    Facebook, or a lost answer to our own delete) and the delete is done."""
    published = await publish(channel, account, kit.Draft(text="Closed for inventory"))
    async with httpx.AsyncClient(timeout=1) as client:
        await channel.delete(client, account, published.remote_id)
        await channel.delete(client, account, published.remote_id)
    assert fake.page_posts == []


async def test_a_post_the_token_may_not_delete_is_not_reported_deleted(channel, account, fake):
    """The same code 100/33 for a post that still reads: the token lacks the right (a post
    made by another app, no pages_manage_posts); staff are told what to do, and the post
    is not marked deleted."""
    published = await publish(channel, account, kit.Draft(text="Parking lot resurfacing"))
    fake.deletable = set()
    async with httpx.AsyncClient(timeout=1) as client:
        with pytest.raises(kit.Rejected) as refused:
            await channel.delete(client, account, published.remote_id)
    words = refused.value.message
    assert "still on the Page" in words and "delete it on Facebook" in words
    assert PAGE_TOKEN not in words
    assert [p["id"] for p in fake.page_posts] == [published.remote_id]


async def test_check_account_names_the_page(channel, account, fake):
    async with httpx.AsyncClient(timeout=1) as client:
        health = await channel.check_account(client, account)
    assert health.ok and "Maple Street Dental" in health.message
    assert fake.requests[0].arg("fields") == "id,name"


async def test_the_graph_version_can_be_overridden_per_account(channel, account, fake):
    newer = account.__class__(
        **{**account.__dict__, "settings": {**account.settings, "graph_version": "v25.0"}}
    )
    await publish(channel, newer, kit.Draft(text="Hi"))
    assert fake.versions == {"v25.0"}


def test_validation_knows_facebooks_photo_rules(channel, account, tmp_path):
    big = tmp_path / "big.jpg"
    big.write_bytes(b"\xff\xd8" + b"0" * (4 * 1024 * 1024))
    gif = kit.Media(path=tmp_path / "a.gif", mime_type="image/gif", url="https://x.example/a.gif")
    problems = channel.validate(
        kit.Draft(text="x", media=(kit.Media(path=big), gif), link="https://facebook.com/events/1"),
        account,
    )
    words = " | ".join(p.message for p in problems)
    assert "under 4 MB" in words
    assert "JPEG or PNG" in words
    assert any(p.severity == "warning" and p.field == "link" for p in problems)
    too_many = kit.Draft(
        text="x", media=tuple(photo(tmp_path, f"{i}.jpg", (10, 10)) for i in range(11))
    )
    assert any("at most 10" in p.message for p in channel.validate(too_many, account))


async def test_a_temporary_policy_block_code_368_waits_instead_of_failing(channel, account, fake):
    fake.inject(
        Fault.status(
            400,
            {
                "error": {
                    "message": "It looks like you were misusing this feature by going too fast.",
                    "code": 368,
                }
            },
        )
    )
    with pytest.raises(kit.RetryLater, match="code 368"):
        await publish(channel, account, kit.Draft(text="Hi"))


async def test_the_fake_refuses_a_photo_facebook_refuses(account, fake, tmp_path):
    gif = tmp_path / "wave.gif"
    Image.new("RGB", (10, 10)).save(gif)
    part = kit.file_part(gif, name="source", mime="image/gif", fields={"published": "false"})
    async with httpx.AsyncClient() as client:
        response = await client.post(
            f"{fake.base_url}/{GRAPH_VERSION}/{PAGE_ID}/photos",
            headers={"Authorization": f"Bearer {PAGE_TOKEN}", **part.headers},
            content=part,
        )
    assert response.status_code == 400
    assert response.json()["error"]["error_subcode"] == 1366046


async def test_the_fake_refuses_a_message_over_63206_characters(channel, account, fake):
    with pytest.raises(kit.Rejected, match="too long"):
        await publish(channel, account, kit.Draft(text="a" * 63_207))


async def test_months_of_page_insights_are_read_in_stretches_graph_takes(channel, account, fake):
    """Graph refuses a daily insights call spanning more than 93 days; 200 days unread
    are read in stretches within it, every day once."""
    last = date(2026, 11, 30)
    first = last - timedelta(days=199)
    async with httpx.AsyncClient(timeout=1) as client:
        days = await channel.read_account_metrics(client, account, first, last)
    assert [d.day for d in days] == [first + timedelta(days=n) for n in range(200)]
    calls = fake.calls("GET", rf"/{GRAPH_VERSION}/{PAGE_ID}/insights")
    assert len(calls) == 3
    assert all(int(c.arg("until")) - int(c.arg("since")) <= 93 * 86400 for c in calls)
