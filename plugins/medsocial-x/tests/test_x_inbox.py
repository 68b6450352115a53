"""X's inbox: mentions read once across pages with since_id and until_id, replies with
in_reply_to_tweet_id, never posted twice, against the loopback API."""

from __future__ import annotations

import httpx
import pytest
from medsocial_x import X
from medsocial_x.fake import FakeX, account_for

from medsocial_tui import channelkit as kit
from medsocial_tui.testing.channel_tests import (
    channel_fixtures,
    read_all,
    reply_after_a_lost_answer,
)
from medsocial_tui.testing.fakeapi import Fault

fake, account, channel = channel_fixtures(FakeX, account_for, X, page_cap=5)


async def test_a_walk_interrupted_by_new_mentions_reads_each_once(fake, account, channel):
    """Mentions that arrive while a fetch walks down its pages come with the next fetch."""
    fake.mention(7)
    async with httpx.AsyncClient(timeout=3) as client:
        first = await channel.read_activity(client, account, None)
    assert first.more and len(first.items) == 5
    fake.mention(2, text="later")
    rest, cursor = await read_all(channel, account, first.cursor)
    assert len(rest) == 2
    later, _cursor = await read_all(channel, account, cursor)
    assert [i.text.split(" ", 2)[1] for i in later] == ["later", "later"]
    ids = [i.remote_id for i in [*first.items, *rest, *later]]
    assert len(ids) == len(set(ids)) == 9


async def test_mentions_come_with_author_and_unescaped_text(fake, account, channel):
    fake.post_by_someone_else(1)
    ours = fake.tweets[-1]["id"]
    fake.mention(1, reply_to=ours, text="do I need to book?")
    [item], _cursor = await read_all(channel, account)
    assert item.kind == "reply" and item.on_remote_id == ours
    assert item.author_name.startswith("Person ") and item.author_handle.startswith("@person")
    assert item.text.endswith("& more")


async def test_a_reply_whose_answer_was_lost_is_found_not_resent(fake, account, channel):
    [mention] = fake.mention(1)
    [item], _cursor = await read_all(channel, account)
    fake.inject(Fault.timeout_after_handling(2), path=r"/2/tweets", method="POST", times=1)
    await reply_after_a_lost_answer(channel, account, item, "Please call us.")
    assert [t["in_reply_to"] for t in fake.tweets] == [mention["id"]]


async def test_the_mentions_read_limit_says_when_the_window_resets(fake, account, channel):
    fake.mentions_limit = 1
    fake.mention(1)
    async with httpx.AsyncClient(timeout=3) as client:
        first = await channel.read_activity(client, account, None)
        with pytest.raises(kit.RetryLater) as waiting:
            await channel.read_activity(client, account, first.cursor)
    assert int(waiting.value.retry_at.timestamp()) == int(fake._window_start + 900)
