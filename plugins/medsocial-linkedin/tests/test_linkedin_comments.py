"""LinkedIn comments in the inbox: members' comments and the replies under them read once,
the page's own left out, answers posted as the organisation one level deep."""

from __future__ import annotations

import httpx
import pytest
from medsocial_linkedin import LinkedIn
from medsocial_linkedin.fake import ORGANIZATION_ID, FakeLinkedIn, account_for


@pytest.fixture
def fake():
    with FakeLinkedIn() as server:
        yield server


async def read(channel, account, cursor=None):
    async with httpx.AsyncClient(timeout=3) as client:
        page = await channel.read_activity(client, account, cursor)
    assert not page.more
    return page.items, page.cursor


async def test_comments_and_replies_are_read_and_the_pages_own_are_not(fake):
    channel, account = LinkedIn(), account_for(fake.base_url)
    [comment] = fake.comment_on(text="Do you see children?")
    fake.reply_under(comment, "Me too, asking for my son")
    items, cursor = await read(channel, account)
    assert [(i.kind, i.text) for i in items] == [
        ("comment", "Do you see children? 0"),
        ("reply", "Me too, asking for my son"),
    ]
    assert items[0].author_name == "A LinkedIn member"
    async with httpx.AsyncClient(timeout=3) as client:
        await channel.reply(client, account, items[0], "Yes, from age 3.")
    assert (await read(channel, account, cursor))[0] == []


async def test_a_reply_to_a_reply_goes_under_the_top_level_comment_as_the_page(fake):
    channel, account = LinkedIn(), account_for(fake.base_url)
    [comment] = fake.comment_on()
    fake.reply_under(comment)
    _top, nested = (await read(channel, account))[0]
    async with httpx.AsyncClient(timeout=3) as client:
        sent = await channel.reply(client, account, nested, "Please call us.")
        found = await channel.find_reply(client, account, nested, "Please call us.")
    ours = next(c for c in fake.comments if c["commentUrn"] == sent.remote_id)
    assert ours["actor"] == f"urn:li:organization:{ORGANIZATION_ID}"
    assert ours["parentComment"] == comment["commentUrn"]
    assert ours["object"] == comment["object"]
    assert found is not None and found.remote_id == sent.remote_id
