"""Meta's inbox against the loopback Graph API: Page comments and Messenger read once,
the 24-hour window kept (nothing sent outside it), Instagram comments answered and hidden."""

from __future__ import annotations

import dataclasses
import time

import httpx
import pytest
from medsocial_meta.facebook import FacebookPage
from medsocial_meta.fake import FakeGraph, facebook_account, instagram_account
from medsocial_meta.instagram import Instagram

from medsocial_tui import channelkit as kit
from medsocial_tui.testing.channel_tests import read_all


@pytest.fixture
def fake():
    with FakeGraph() as server:
        server.page_cap = 2
        yield server


def sends(fake):
    return [r for r in fake.requests if r.method == "POST" and r.path.endswith("/messages")]


async def test_a_message_older_than_24_hours_is_never_answered(fake):
    channel, account = FacebookPage(), facebook_account(fake.base_url)
    fake.message_page(1, hours_ago=25, text="Can I move my visit?")
    [item], _cursor = await read_all(channel, account)
    assert item.kind == "message" and item.reply_window_ends.timestamp() < time.time()
    async with httpx.AsyncClient(timeout=3) as client:
        with pytest.raises(kit.ReplyWindowClosed) as refused:
            await channel.reply(client, account, item, "Yes, call us.")
    assert "24 hours" in refused.value.message and "Nothing was sent" in refused.value.message
    assert sends(fake) == []


async def test_a_newer_message_from_the_person_reopens_the_window(fake):
    channel, account = FacebookPage(), facebook_account(fake.base_url)
    [old] = fake.message_page(1, hours_ago=30)
    [item], _cursor = await read_all(channel, account)
    conversation = fake.conversations[old["conversation"]]
    conversation["messages"].append(
        {**old, "id": "m_later", "message": "Hello?", "unix": time.time()}
    )
    async with httpx.AsyncClient(timeout=3) as client:
        sent = await channel.reply(client, account, item, "Hello, how can we help?")
        found = await channel.find_reply(client, account, item, "Hello, how can we help?")
    assert [r.json()["recipient"]["id"] for r in sends(fake)] == [conversation["psid"]]
    assert sends(fake)[0].json()["messaging_type"] == "RESPONSE"
    assert found is not None and found.remote_id == sent.remote_id


async def test_comments_in_the_same_second_are_read_once_and_the_pages_own_never(fake):
    channel, account = FacebookPage(), facebook_account(fake.base_url)
    [first] = fake.comment_on_page(1)
    _items, cursor = await read_all(channel, account)
    fake.comment_on_page(1, post_id=first["on"], text="Second")
    fake.comments[-1]["unix"] = first["unix"]
    async with httpx.AsyncClient(timeout=3) as client:
        [item], cursor = await read_all(channel, account, cursor)
        await channel.reply(client, account, item, "Thank you!")
    assert item.text == "Second 0" and item.author_name.startswith("Person ")
    assert (await read_all(channel, account, cursor))[0] == []


async def test_a_reply_to_a_reply_goes_under_the_top_level_comment(fake):
    channel, account = FacebookPage(), facebook_account(fake.base_url)
    [top] = fake.comment_on_page(1)
    fake.reply_on_page(top)
    items, _cursor = await read_all(channel, account)
    nested = next(i for i in items if i.kind == "reply")
    async with httpx.AsyncClient(timeout=3) as client:
        sent = await channel.reply(client, account, nested, "Please call us.")
    assert fake.answered(sent.remote_id) == top["id"]


async def test_a_message_cannot_be_hidden(fake):
    channel, account = FacebookPage(), facebook_account(fake.base_url)
    fake.message_page(1)
    [item], _cursor = await read_all(channel, account)
    async with httpx.AsyncClient(timeout=3) as client:
        with pytest.raises(kit.Rejected):
            await channel.hide(client, account, item)


async def test_instagram_comments_and_replies_are_answered_under_the_comment(fake):
    channel, account = Instagram(), instagram_account(fake.base_url)
    [top] = fake.comment_on_media(1, text="Do you whiten teeth?")
    fake.reply_on_media(top, "Asking too")
    items, cursor = await read_all(channel, account)
    assert [(i.kind, i.author_handle[:7]) for i in items] == [
        ("comment", "@person"),
        ("reply", "@person"),
    ]
    async with httpx.AsyncClient(timeout=3) as client:
        sent = await channel.reply(client, account, items[1], "Yes, please call us.")
    assert fake.answered(sent.remote_id) == top["id"]
    assert (await read_all(channel, account, cursor))[0] == []


async def test_a_hidden_instagram_comment_cannot_be_answered(fake):
    """Instagram refuses replies to hidden comments: the person sees Meta's words."""
    channel, account = Instagram(), instagram_account(fake.base_url)
    fake.comment_on_media(1)
    [item], _cursor = await read_all(channel, account)
    async with httpx.AsyncClient(timeout=3) as client:
        await channel.hide(client, account, item)
        with pytest.raises(kit.Rejected) as refused:
            await channel.reply(client, account, item, "Thanks")
    assert "hidden" in refused.value.message


async def test_a_post_nobody_commented_on_since_the_last_fetch_is_not_read_again(fake):
    """A post's updated_time moves with each comment: one older than the last fetch's
    newest comment is skipped (the post holding that newest comment is read again, since
    Graph's times are whole seconds)."""
    channel, account = FacebookPage(), facebook_account(fake.base_url)
    [quiet] = fake.comment_on_page(1)
    for made in [quiet, *fake.page_posts]:
        made["unix" if "unix" in made else "created_unix"] -= 300
    fake.comment_on_page(1)
    _items, cursor = await read_all(channel, account)
    fake.comment_on_page(1, text="New one")
    before = len(fake.requests)
    [item], _cursor = await read_all(channel, account, cursor)
    read_posts = [
        r.path.split("/")[2] for r in fake.requests[before:] if r.path.endswith("/comments")
    ]
    assert item.text == "New one 0"
    assert quiet["on"] not in read_posts and len(read_posts) == 2


async def test_a_token_without_messenger_permission_says_what_to_do(fake):
    """Without pages_messaging the read stops in words that name both ways out; with
    messenger = "no" the Page's comments are read and conversations are never asked for."""
    channel, account = FacebookPage(), facebook_account(fake.base_url)
    fake.messaging_allowed = False
    fake.comment_on_page(1)
    async with httpx.AsyncClient(timeout=3) as client:
        with pytest.raises(kit.AuthExpired) as refused:
            await channel.read_activity(client, account, None)
    assert (
        "pages_messaging" in refused.value.message and 'messenger = "no"' in refused.value.message
    )
    quiet = dataclasses.replace(account, settings={**account.settings, "messenger": "no"})
    before = len(fake.requests)
    [item], _cursor = await read_all(channel, quiet)
    assert item.kind == "comment"
    assert not [r for r in fake.requests[before:] if r.path.endswith("/conversations")]


async def test_instagram_media_whose_comment_count_has_not_moved_is_not_read_again(fake):
    channel, account = Instagram(), instagram_account(fake.base_url)
    [quiet] = fake.comment_on_media(1)
    [busy] = fake.comment_on_media(1)
    _items, cursor = await read_all(channel, account)
    before = len(fake.requests)
    assert (await read_all(channel, account, cursor))[0] == []
    assert len(fake.requests) - before == 1
    fake.reply_on_media(busy, "Me too")
    before = len(fake.requests)
    [item], _cursor = await read_all(channel, account, cursor)
    read_media = [r.path.split("/")[2] for r in fake.requests[before:]]
    assert item.text == "Me too" and quiet["on"] not in read_media and busy["on"] in read_media
