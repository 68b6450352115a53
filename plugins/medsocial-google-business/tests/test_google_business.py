"""The Google Business Profile channel against a loopback Google (token, v4 posts, v1 hours)."""

from __future__ import annotations

import dataclasses
from datetime import date, timedelta

import httpx
import pytest
from medsocial_google_business import GoogleBusinessProfile, period_of
from medsocial_google_business.fake import (
    ACCOUNT_ID,
    CLIENT_ID,
    LOCATION_ID,
    REFRESH_TOKEN,
    FakeGoogleBusiness,
    account_for,
    quota_error,
)

from medsocial_tui import channelkit as kit
from medsocial_tui.testing.channel_tests import channel_fixtures, publish
from medsocial_tui.testing.contract import publish_request
from medsocial_tui.testing.fakeapi import Fault

fake, account, channel = channel_fixtures(FakeGoogleBusiness, account_for, GoogleBusinessProfile)

POSTS = f"/v4/accounts/{ACCOUNT_ID}/locations/{LOCATION_ID}/localPosts"
LOCATION = f"/v1/locations/{LOCATION_ID}"


async def test_a_standard_post_signs_in_then_posts_with_the_link_as_a_button(
    channel, account, fake
):
    result = await publish(
        channel, account, kit.Draft(text="Flu shots this week", link="https://maple.example/flu")
    )
    token, post = fake.requests
    assert (token.method, token.path) == ("POST", "/token")
    assert token.form() == {
        "grant_type": "refresh_token",
        "client_id": CLIENT_ID,
        "client_secret": "GOCSPX-fake-client-secret",
        "refresh_token": REFRESH_TOKEN,
    }
    assert (post.method, post.path) == ("POST", POSTS)
    assert post.headers["authorization"].startswith("Bearer ya29.fake-access-")
    assert post.json() == {
        "languageCode": "en",
        "summary": "Flu shots this week",
        "topicType": "STANDARD",
        "callToAction": {"actionType": "LEARN_MORE", "url": "https://maple.example/flu"},
    }
    assert result.remote_id == fake.posts[0]["name"]
    assert result.url.startswith("https://local.google.com/")


async def test_the_access_token_is_reused_until_google_refuses_it(channel, account, fake):
    await publish(channel, account, kit.Draft(text="One"))
    await publish(channel, account, kit.Draft(text="Two"))
    assert len(fake.calls("POST", "/token")) == 1
    fake.revoke_access_tokens()
    await publish(channel, account, kit.Draft(text="Three"))
    assert len(fake.calls("POST", "/token")) == 2
    assert len(fake.posts) == 3


async def test_a_revoked_refresh_token_is_auth_expired_in_googles_words(channel, account, fake):
    bad = dataclasses.replace(
        account, credentials={**account.credentials, "refresh_token": "1//revoked-token"}
    )
    with pytest.raises(kit.AuthExpired, match="Token has been expired or revoked") as error:
        await publish(channel, bad, kit.Draft(text="Hi"))
    assert "1//revoked-token" not in error.value.message
    assert fake.posts == []


async def test_an_event_with_a_call_button(channel, account, fake):
    draft = kit.Draft(
        text="Open house: meet our hygienists",
        options={
            "topic": "event",
            "call_to_action": "CALL",
            "event_title": "Open house",
            "event_start": "2026-12-05T09:00",
            "event_end": "2026-12-05T12:30",
        },
    )
    await publish(channel, account, draft)
    body = fake.calls("POST", POSTS)[0].json()
    assert body["topicType"] == "EVENT"
    assert body["callToAction"] == {"actionType": "CALL"}
    assert body["event"] == {
        "title": "Open house",
        "schedule": {
            "startDate": {"year": 2026, "month": 12, "day": 5},
            "endDate": {"year": 2026, "month": 12, "day": 5},
            "startTime": {"hours": 9, "minutes": 0},
            "endTime": {"hours": 12, "minutes": 30},
        },
    }


async def test_an_offer_and_an_alert(channel, account, fake):
    offer = kit.Draft(
        text="20% off whitening in December",
        link="https://maple.example/whitening",
        options={
            "topic": "OFFER",
            "call_to_action": "GET_OFFER",
            "event_title": "Whitening month",
            "event_start": "2026-12-01",
            "event_end": "2026-12-31",
            "offer_coupon_code": "SMILE20",
            "offer_terms": "New patients only",
        },
    )
    await publish(channel, account, offer)
    alert = kit.Draft(text="Masks are required in the office this week", options={"topic": "alert"})
    await publish(channel, account, alert)
    first, second = (c.json() for c in fake.calls("POST", POSTS))
    assert first["offer"] == {"couponCode": "SMILE20", "termsConditions": "New patients only"}
    assert first["callToAction"]["actionType"] == "GET_OFFER"
    assert "startTime" not in first["event"]["schedule"]
    assert second["alertType"] == "COVID_19"


async def test_a_photo_is_sent_by_its_public_address(channel, account, fake, tmp_path):
    media = kit.Media(
        path=tmp_path / "x.jpg", url="https://maple.example/x.jpg", mime_type="image/jpeg"
    )
    await publish(channel, account, kit.Draft(text="Our new chairs", media=(media,)))
    body = fake.calls("POST", POSTS)[0].json()
    assert body["media"] == [{"mediaFormat": "PHOTO", "sourceUrl": "https://maple.example/x.jpg"}]


def test_validation_explains_googles_post_rules(channel, account, tmp_path):
    def words(**kwargs) -> str:
        draft = kit.Draft(text=kwargs.pop("text", "Hello"), **kwargs)
        return " | ".join(p.message for p in channel.validate(draft, account) if p.blocking)

    assert "needs a link" in words(options={"call_to_action": "BOOK"})
    assert "takes no link" in words(
        options={"call_to_action": "CALL", "call_to_action_url": "https://x.example"}
    )
    assert "unknown button" in words(options={"call_to_action": "DANCE"})
    assert "needs a title" in words(options={"topic": "EVENT", "event_start": "2026-01-01"})
    assert "ends before it starts" in words(
        options={
            "topic": "EVENT",
            "event_title": "x",
            "event_start": "2026-02-01",
            "event_end": "2026-01-01",
        }
    )
    assert "public https address" in words(media=(kit.Media(path=tmp_path / "x.jpg"),))
    assert "1500" in words(text="x" * 1501)
    alert = channel.validate(kit.Draft(text="x", options={"topic": "ALERT"}), account)
    assert [p.severity for p in alert] == ["warning"]


async def test_googles_errors_are_typed_in_googles_words(channel, account, fake):
    fake.inject(
        Fault.status(
            429,
            {"error": {"code": 429, "message": "Quota exceeded", "status": "RESOURCE_EXHAUSTED"}},
            {"Retry-After": "30"},
        ),
        path=POSTS,
    )
    with pytest.raises(kit.RetryLater, match="Quota exceeded") as error:
        await publish(channel, account, kit.Draft(text="Hi"))
    assert error.value.retry_at is not None
    fake.inject(
        Fault.status(
            403,
            {
                "error": {
                    "code": 403,
                    "message": "The caller does not have permission",
                    "status": "PERMISSION_DENIED",
                }
            },
        ),
        path=POSTS,
    )
    with pytest.raises(kit.Rejected, match="does not have permission.*manages the location"):
        await publish(channel, account, kit.Draft(text="Hi"))
    fake.inject(Fault.html(503), path=POSTS)
    with pytest.raises(kit.OutcomeUnknown, match="HTTP 503 with a text/html body"):
        await publish(channel, account, kit.Draft(text="Hi"))


async def test_a_lost_answer_is_found_in_the_location_posts_before_posting_again(
    channel, account, fake
):
    draft = kit.Draft(text="Closed today: snow")
    request = publish_request(account, draft)
    fake.inject(Fault.timeout_after_handling(1.0), path=POSTS)
    with pytest.raises(kit.OutcomeUnknown):
        await publish(channel, account, request, timeout=0.5)
    result = await publish(channel, account, request, timeout=0.5)
    assert result.remote_id == fake.posts[0]["name"]
    assert len(fake.posts) == 1


async def test_delete_and_check_account(channel, account, fake):
    async with httpx.AsyncClient(timeout=1) as client:
        published = await channel.publish(client, publish_request(account, kit.Draft(text="Oops")))
        await channel.delete(client, account, published.remote_id)
        assert fake.posts == []
        assert fake.calls("DELETE")[0].path == f"/v4/{published.remote_id}"
        health = await channel.check_account(client, account)
    assert health.ok and "Maple Street Dental" in health.message


async def test_deleting_a_post_google_no_longer_has_is_done(channel, account, fake):
    """Removed in the dashboard first, or an earlier delete's answer lost: Google's
    NOT_FOUND is what was asked for; any other refusal still says no."""
    async with httpx.AsyncClient(timeout=1) as client:
        published = await channel.publish(client, publish_request(account, kit.Draft(text="Oops")))
        await channel.delete(client, account, published.remote_id)
        await channel.delete(client, account, published.remote_id)
        fake.inject(
            Fault.status(
                403,
                {"error": {"code": 403, "message": "denied", "status": "PERMISSION_DENIED"}},
            ),
            method="DELETE",
        )
        with pytest.raises(kit.Rejected, match="denied"):
            await channel.delete(client, account, published.remote_id)


async def test_special_hours_read_first_and_merge_keeping_other_holidays(channel, account, fake):
    christmas = {"startDate": {"year": 2026, "month": 12, "day": 25}, "closed": True}
    fake.special_hour_periods = [christmas]
    snow = kit.SpecialHours(date(2026, 12, 3), closed=False, opens="10:00", closes="14:00")
    async with httpx.AsyncClient(timeout=1) as client:
        previous = await channel.set_special_hours(client, account, [snow])
    read, patch = fake.calls(path=LOCATION)
    assert (read.method, read.arg("readMask")) == ("GET", "specialHours")
    assert (patch.method, patch.arg("updateMask")) == ("PATCH", "specialHours")
    assert patch.json() == {
        "specialHours": {
            "specialHourPeriods": [
                {
                    "startDate": {"year": 2026, "month": 12, "day": 3},
                    "openTime": {"hours": 10, "minutes": 0},
                    "closeTime": {"hours": 14, "minutes": 0},
                },
                christmas,
            ]
        }
    }
    assert previous == []


async def test_changing_a_day_returns_what_it_was_so_it_can_be_undone(channel, account, fake):
    day = date(2026, 12, 3)
    fake.special_hour_periods = [
        period_of(kit.SpecialHours(day, closed=False, opens="08:00", closes="12:00"))
    ]
    async with httpx.AsyncClient(timeout=1) as client:
        previous = await channel.set_special_hours(client, account, [kit.SpecialHours(day)])
        assert fake.special_hour_periods == [
            {"startDate": {"year": 2026, "month": 12, "day": 3}, "closed": True}
        ]
        await channel.set_special_hours(client, account, previous)
    assert previous == [kit.SpecialHours(day, closed=False, opens="08:00", closes="12:00")]
    assert fake.special_hour_periods[0]["openTime"] == {"hours": 8, "minutes": 0}


async def test_a_lost_answer_to_a_change_google_made_is_read_back_as_done(channel, account, fake):
    day = date(2026, 12, 3)
    fake.inject(Fault.timeout_after_handling(1.0), method="PATCH", path=LOCATION)
    async with httpx.AsyncClient(timeout=0.3) as client:
        previous = await channel.set_special_hours(client, account, [kit.SpecialHours(day)])
    assert previous == []
    assert [c.method for c in fake.calls(path=LOCATION)] == ["GET", "PATCH", "GET"]
    assert len(fake.calls("PATCH")) == 1, "read back, never sent twice"


async def test_a_lost_answer_to_a_change_google_did_not_make_says_what_google_holds(
    channel, account, fake
):
    day = date(2026, 12, 3)
    fake.special_hour_periods = [
        period_of(kit.SpecialHours(day, closed=False, opens="08:00", closes="12:00"))
    ]
    fake.inject(Fault.html(502), method="PATCH", path=LOCATION)
    async with httpx.AsyncClient(timeout=1) as client:
        with pytest.raises(kit.SpecialHoursUncertain) as raised:
            await channel.set_special_hours(client, account, [kit.SpecialHours(day)])
    error = raised.value
    assert "Google holds Thu 3 Dec 08:00-12:00" in error.message
    assert "Google answered HTTP 502 with a text/html body" in error.message
    assert error.previous == [kit.SpecialHours(day, closed=False, opens="08:00", closes="12:00")]
    assert error.holds == error.previous


async def test_a_lost_answer_and_a_failed_read_back_is_unsure_with_the_earlier_hours(
    channel, account, fake
):
    day = date(2026, 12, 3)
    before = kit.SpecialHours(day, closed=False, opens="08:00", closes="12:00")
    fake.special_hour_periods = [period_of(before)]
    fake.inject(Fault.timeout_after_handling(1.0), method="PATCH", path=LOCATION)
    fake.inject(Fault.html(503), method="GET", path=LOCATION, after=1)
    async with httpx.AsyncClient(timeout=0.3) as client:
        with pytest.raises(kit.SpecialHoursUncertain) as raised:
            await channel.set_special_hours(client, account, [kit.SpecialHours(day)])
    assert "could not be read back" in raised.value.message
    assert "they may be set or not" in raised.value.message
    assert raised.value.holds is None
    assert raised.value.previous == [before]


def test_an_overnight_period_ends_the_next_day():
    period = period_of(
        kit.SpecialHours(date(2026, 12, 31), closed=False, opens="18:00", closes="02:00")
    )
    assert period["endDate"] == {"year": 2027, "month": 1, "day": 1}


async def test_special_hours_need_times_unless_closed(channel, account, fake):
    async with httpx.AsyncClient(timeout=1) as client:
        with pytest.raises(kit.Rejected, match="opening and closing times"):
            await channel.set_special_hours(
                client, account, [kit.SpecialHours(date(2026, 12, 3), closed=False, opens="09:00")]
            )
    assert fake.calls("PATCH") == []


async def test_a_project_google_has_not_approved_is_said_not_waited_on(channel, account, fake):
    """Until Google approves the project's API access every quota is 0: each call answers
    429 with ``quota_limit_value`` "0". Waiting a minute would never end, so the post
    fails, and the account check says, what to do."""
    fake.approved = False
    with pytest.raises(kit.Rejected, match="not approved") as refused:
        await publish(channel, account, kit.Draft(text="Flu shots this week"))
    assert not isinstance(refused.value, kit.RetryLater)
    assert "access request form" in refused.value.message
    async with httpx.AsyncClient(timeout=1) as client:
        health = await channel.check_account(client, account)
    assert not health.ok and "not approved" in health.message
    fake.approved = True
    fake.inject(Fault.answer(quota_error(300)), path=POSTS)
    with pytest.raises(kit.RetryLater, match="Quota exceeded"):
        await publish(channel, account, kit.Draft(text="Flu shots this week"))


async def test_too_many_edits_a_minute_waits(channel, account, fake):
    fake.edits = [__import__("time").monotonic()] * 10
    async with httpx.AsyncClient(timeout=1) as client:
        with pytest.raises(kit.RetryLater, match="RESOURCE_EXHAUSTED"):
            await channel.set_special_hours(client, account, [kit.SpecialHours(date(2026, 12, 3))])


async def test_the_hours_api_host_is_its_own_setting(channel, fake):
    with FakeGoogleBusiness() as other:
        account = account_for(fake.base_url)
        account = dataclasses.replace(
            account, settings={**account.settings, "business_information_url": other.base_url}
        )
        async with httpx.AsyncClient(timeout=1) as client:
            with pytest.raises(kit.AuthExpired):
                await channel.get_special_hours(client, account)
        assert other.calls("GET", LOCATION)
        assert not fake.calls("GET", LOCATION)


async def test_special_hours_of_a_whole_day_are_refused_before_anything_is_sent(
    channel, account, fake
):
    day = date(2026, 12, 24)
    async with httpx.AsyncClient() as client:
        with pytest.raises(kit.Rejected, match="shorter than a whole day"):
            await channel.set_special_hours(
                client,
                account,
                [kit.SpecialHours(day, closed=False, opens="08:00", closes="08:00")],
            )
    assert not fake.calls("PATCH")


@pytest.mark.parametrize(
    ("opens", "closes", "end_offset", "ok"),
    [
        ("18:00", "02:00", 1, True),
        ("08:00", "08:00", 1, False),
        ("12:00", "09:00", 0, False),
        ("08:00", "09:00", 2, False),
    ],
    ids=["overnight", "whole-day", "closes-before-opening", "two-days"],
)
async def test_the_fake_refuses_periods_google_refuses(
    channel, account, fake, opens, closes, end_offset, ok
):
    day = date(2026, 12, 31)
    period = period_of(kit.SpecialHours(day, closed=False, opens=opens, closes=closes))
    end = day + timedelta(days=end_offset)
    period["endDate"] = {"year": end.year, "month": end.month, "day": end.day}
    async with httpx.AsyncClient() as client:
        token = await channel.tokens.get(client, account)
        response = await client.patch(
            f"{fake.base_url}/v1/locations/{LOCATION_ID}",
            params={"updateMask": "specialHours"},
            headers={"Authorization": f"Bearer {token}"},
            json={"specialHours": {"specialHourPeriods": [period]}},
        )
    assert (response.status_code == 200) is ok


@pytest.mark.parametrize(
    "extra",
    [{"alertType": "COVID_19"}, {"offer": {"couponCode": "FLU10"}}],
    ids=["alert-type-on-standard", "offer-on-standard"],
)
async def test_the_fake_refuses_fields_of_another_post_type(channel, account, fake, extra):
    body = {"languageCode": "en", "summary": "Flu shots", "topicType": "STANDARD", **extra}
    async with httpx.AsyncClient() as client:
        token = await channel.tokens.get(client, account)
        response = await client.post(
            f"{fake.base_url}{POSTS}", headers={"Authorization": f"Bearer {token}"}, json=body
        )
    assert response.status_code == 400
