"""Bluesky's inbox: mentions, replies and quotes read once, answered with the right root
and parent strong references, never posted twice, against the loopback PDS."""

from __future__ import annotations

import httpx
from medsocial_bluesky import Bluesky
from medsocial_bluesky.fake import FakeBluesky, account_for

from medsocial_tui.testing.channel_tests import (
    channel_fixtures,
    read_all,
    reply_after_a_lost_answer,
)
from medsocial_tui.testing.fakeapi import Fault

fake, account, channel = channel_fixtures(FakeBluesky, account_for, Bluesky, page_cap=2)


async def test_only_mentions_replies_and_quotes_are_read_oldest_first(fake, account, channel):
    fake.notify(1, "mention")
    fake.notify(1, "like")
    fake.notify(1, "reply", text="Do I need to book?")
    fake.notify(1, "quote")
    items, _cursor = await read_all(channel, account)
    assert [i.kind for i in items] == ["mention", "reply", "quote"]
    assert items[1].text == "Do I need to book? 0"
    assert items[1].author_name.startswith("Person ") and items[1].author_handle.startswith("@")
    assert items[1].on_remote_id.startswith("at://did:plc:maple")


async def test_a_reply_deep_in_a_thread_keeps_the_threads_root(fake, account, channel):
    """Someone answers a reply to the practice's post: our answer's parent is their post,
    its root the practice's first post."""
    root = fake.own_post("Flu shots all week")
    fake.notify(1, "reply", to=root, text="Thanks!")
    [item], _cursor = await read_all(channel, account)
    async with httpx.AsyncClient(timeout=3) as client:
        await channel.reply(client, account, item, "You are welcome.")
    [reply] = fake.replies_to(item.remote_id)
    assert reply["reply"]["root"] == {"uri": root[0], "cid": root[1]}
    assert reply["reply"]["parent"] == {
        "uri": item.remote_id,
        "cid": item.thread["parent_cid"],
    }


async def test_a_mention_is_its_own_root(fake, account, channel):
    fake.notify(1, "mention")
    [item], _cursor = await read_all(channel, account)
    async with httpx.AsyncClient(timeout=3) as client:
        await channel.reply(client, account, item, "Yes, 9 to 12.")
    [reply] = fake.replies_to(item.remote_id)
    assert reply["reply"]["root"] == reply["reply"]["parent"]


async def test_a_reply_whose_answer_was_lost_is_not_posted_twice(fake, account, channel):
    fake.notify(1, "mention")
    [item], _cursor = await read_all(channel, account)
    fake.inject(
        Fault.timeout_after_handling(2), path=r"/xrpc/com\.atproto\.repo\.createRecord", times=1
    )
    await reply_after_a_lost_answer(channel, account, item, "Yes, 9 to 12.")
    assert len(fake.replies_to(item.remote_id)) == 1


async def test_notifications_indexed_in_the_same_millisecond_are_each_read_once(
    fake, account, channel
):
    fake.notify(2, "mention")
    first, cursor = await read_all(channel, account)
    fake.notify(1, "mention")
    fake.notifications[-1]["indexedAt"] = fake.notifications[-2]["indexedAt"]
    later, _cursor = await read_all(channel, account, cursor)
    assert [i.remote_id for i in later] == [fake.notifications[-1]["uri"]]
    assert len(first) == 2
