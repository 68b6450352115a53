"""Google reviews in the inbox: stars, reviewer and words read once; one owner reply per
review, replaced when sent again, deleted on request; against the loopback API."""

from __future__ import annotations

import httpx
import pytest
from medsocial_google_business import GoogleBusinessProfile
from medsocial_google_business.fake import FakeGoogleBusiness, account_for

from medsocial_tui import channelkit as kit
from medsocial_tui.testing.channel_tests import channel_fixtures, read_all

fake, account, channel = channel_fixtures(
    FakeGoogleBusiness, account_for, GoogleBusinessProfile, page_cap=2
)


async def test_a_review_comes_with_its_stars_reviewer_words_and_current_reply(
    fake, account, channel
):
    [one] = fake.review(1, stars=1, comment="Waited an hour")
    fake.review(1, stars=4, comment=None)
    fake.review(1, stars=5, anonymous=True)
    one["reviewReply"] = {"comment": "We are sorry to hear that.", "updateTime": one["updateTime"]}
    items, _cursor = await read_all(channel, account)
    assert [(i.kind, i.rating) for i in items] == [("review", 1), ("review", 4), ("review", 5)]
    assert items[0].author_name == one["reviewer"]["displayName"]
    assert items[0].text == "Waited an hour 0"
    assert items[0].existing_reply == "We are sorry to hear that."
    assert items[1].text == "" and items[2].author_name == "A Google user"


async def test_an_edited_review_comes_again_with_its_new_words(fake, account, channel):
    [review] = fake.review(1, stars=2)
    _first, cursor = await read_all(channel, account)
    fake.edit_review(review["reviewId"], "Better the second time")
    [again], _cursor = await read_all(channel, account, cursor)
    assert again.remote_id == review["reviewId"] and again.text == "Better the second time"


async def test_one_reply_per_review_replaced_then_deleted(fake, account, channel):
    [review] = fake.review(1, stars=1)
    [item], _cursor = await read_all(channel, account)
    async with httpx.AsyncClient(timeout=3) as client:
        assert await channel.find_reply(client, account, item, "Thank you.") is None
        await channel.reply(client, account, item, "Thank you.")
        await channel.reply(client, account, item, "Thank you for your feedback.")
        assert review["reviewReply"]["comment"] == "Thank you for your feedback."
        found = await channel.find_reply(client, account, item, "Thank you for your feedback.")
        assert found is not None
        await channel.delete_reply(client, account, item)
    assert "reviewReply" not in review
    puts = [r for r in fake.requests if r.method == "PUT"]
    assert [r.json() for r in puts] == [
        {"comment": "Thank you."},
        {"comment": "Thank you for your feedback."},
    ]


async def test_a_reply_longer_than_google_allows_is_refused_before_sending(fake, account, channel):
    fake.review(1)
    [item], _cursor = await read_all(channel, account)
    async with httpx.AsyncClient(timeout=3) as client:
        with pytest.raises(kit.Rejected):
            await channel.reply(client, account, item, "x" * 4097)
    assert not [r for r in fake.requests if r.method == "PUT"]
