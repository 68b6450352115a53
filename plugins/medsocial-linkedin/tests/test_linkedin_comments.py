"""LinkedIn comments in the inbox: members' comments and the replies under them read once,
the page's own left out, answers posted as the organisation one level deep."""

from __future__ import annotations

import httpx
from medsocial_linkedin import LinkedIn
from medsocial_linkedin.fake import ORGANIZATION_ID, FakeLinkedIn, account_for

from medsocial_tui.testing.channel_tests import channel_fixtures, read_all
from medsocial_tui.testing.fakeapi import Fault

fake, account, channel = channel_fixtures(FakeLinkedIn, account_for, LinkedIn)


async def test_comments_and_replies_are_read_and_the_pages_own_are_not(fake, account, channel):
    [comment] = fake.comment_on(text="Do you see children?")
    fake.reply_under(comment, "Me too, asking for my son")
    items, cursor = await read_all(channel, account)
    assert [(i.kind, i.text) for i in items] == [
        ("comment", "Do you see children? 0"),
        ("reply", "Me too, asking for my son"),
    ]
    assert items[0].author_name == "A LinkedIn member"
    async with httpx.AsyncClient(timeout=3) as client:
        await channel.reply(client, account, items[0], "Yes, from age 3.")
    assert (await read_all(channel, account, cursor))[0] == []


async def test_a_reply_to_a_reply_goes_under_the_top_level_comment_as_the_page(
    fake, account, channel
):
    [comment] = fake.comment_on()
    fake.reply_under(comment)
    _top, nested = (await read_all(channel, account))[0]
    async with httpx.AsyncClient(timeout=3) as client:
        sent = await channel.reply(client, account, nested, "Please call us.")
        found = await channel.find_reply(client, account, nested, "Please call us.")
    ours = next(c for c in fake.comments if c["commentUrn"] == sent.remote_id)
    assert ours["actor"] == f"urn:li:organization:{ORGANIZATION_ID}"
    assert ours["parentComment"] == comment["commentUrn"]
    assert ours["object"] == comment["object"]
    assert found is not None and found.remote_id == sent.remote_id


async def test_a_post_whose_comment_count_has_not_moved_is_not_read_again(fake, account, channel):
    [quiet] = fake.comment_on(text="First")
    [busy] = fake.comment_on(text="Second")
    _items, cursor = await read_all(channel, account)
    before = len(fake.requests)
    assert (await read_all(channel, account, cursor))[0] == []
    assert [r.path for r in fake.requests[before:]] == ["/rest/posts", "/rest/socialActions"]
    fake.reply_under(busy, "A follow-up question")
    before = len(fake.requests)
    [item], _cursor = await read_all(channel, account, cursor)
    assert item.text == "A follow-up question"
    assert not [r for r in fake.requests[before:] if quiet["object"].split(":")[-1] in r.path]


async def test_without_the_batch_count_every_post_is_read(fake, account, channel):
    fake.comment_on(count=2)
    fake.inject(
        Fault.status(403, {"message": "Not enough permissions", "status": 403}),
        path=r"/rest/socialActions",
        times=10,
    )
    items, _cursor = await read_all(channel, account)
    assert len(items) == 2
