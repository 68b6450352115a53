"""Mastodon's inbox: mentions and direct messages read once, answered with the right
visibility and the author addressed, against the loopback instance."""

from __future__ import annotations

import httpx
import pytest
from medsocial_mastodon import Mastodon
from medsocial_mastodon.fake import FakeMastodon, account_for

from medsocial_tui import channelkit as kit
from medsocial_tui.testing.channel_tests import (
    channel_fixtures,
    read_all,
    reply_after_a_lost_answer,
)
from medsocial_tui.testing.fakeapi import Fault

fake, account, channel = channel_fixtures(FakeMastodon, account_for, Mastodon, page_cap=3)


async def test_direct_messages_are_messages_and_a_strangers_filtered_one_is_not_lost(
    fake, account, channel
):
    fake.mention(1, visibility="public")
    fake.mention(1, visibility="direct", stranger=True, text="My tooth hurts")
    items, _cursor = await read_all(channel, account)
    assert [i.kind for i in items] == ["mention", "message"]
    assert items[1].text.endswith("My tooth hurts 0")
    assert items[1].author_handle.startswith("@person")
    assert items[1].thread["visibility"] == "direct"


@pytest.mark.parametrize(
    ("original", "answered"),
    [("direct", "direct"), ("private", "direct"), ("unlisted", "unlisted"), ("public", "public")],
)
async def test_a_reply_is_never_more_visible_than_what_it_answers(
    fake, account, channel, original, answered
):
    [status] = fake.mention(1, visibility=original)
    [item], _cursor = await read_all(channel, account)
    async with httpx.AsyncClient(timeout=3) as client:
        sent = await channel.reply(client, account, item, "Please call us at 555-0100.")
    [reply] = fake.replies_to(status["id"])
    assert reply["id"] == sent.remote_id
    assert reply["visibility"] == answered
    user, _, server = status["account"]["acct"].partition("@")
    assert reply["content"].startswith(
        f'<p><span class="h-card" translate="no"><a href="https://{server}/@{user}" '
        f'class="u-url mention">@<span>{user}</span></a></span> Please call us'
    )


async def test_an_answer_to_our_own_status_is_a_reply(fake, account, channel):
    fake.post_by_someone_else(1, "Flu shots this week")
    ours = fake.statuses[-1]["id"]
    fake.mention(1, in_reply_to_id=ours, text="Do I need to book?")
    [item], _cursor = await read_all(channel, account)
    assert item.kind == "reply" and item.on_remote_id == ours


async def test_a_reply_whose_answer_was_lost_is_sent_once(fake, account, channel):
    """The instance keeps the Idempotency-Key: sending the same reply again returns the
    first status, and find_reply sees it in the thread."""
    [status] = fake.mention(1)
    [item], _cursor = await read_all(channel, account)
    fake.inject(Fault.timeout_after_handling(2), path=r"/api/v1/statuses$", times=1)
    await reply_after_a_lost_answer(channel, account, item, "Thank you.")
    assert len(fake.replies_to(status["id"])) == 1


async def test_a_rate_limit_says_when_from_the_reset_header(fake, account, channel):
    fake.inject(
        Fault.status(
            429,
            {"error": "Too many requests"},
            {"X-RateLimit-Remaining": "0", "X-RateLimit-Reset": "2099-01-01T00:05:00.000000Z"},
        ),
        path=r"/api/v1/notifications",
    )
    async with httpx.AsyncClient(timeout=3) as client:
        with pytest.raises(kit.RetryLater) as error:
            await channel.read_activity(client, account, None)
    assert error.value.retry_at.isoformat().startswith("2099-01-01T00:05")
