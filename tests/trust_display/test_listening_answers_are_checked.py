"""What a plugin answers to the inbox's calls passes the same gate as publishing: a deadline,
a type check in words, and the account's secrets hidden (issue 12 item 1)."""

from __future__ import annotations

import asyncio
from datetime import UTC, datetime

import pytest

from medsocial_tui.accounts import plugin_calls
from medsocial_tui.channel import (
    Account,
    Activity,
    ActivityPage,
    Channel,
    ReplySent,
    ReplyWindowClosed,
)

TOKEN = "tok-3b9f1c2a7d"
ACCOUNT = Account("a", "leaky", "Leaky", "http://127.0.0.1:9", credentials={"token": TOKEN})


class Leaky(Channel):
    name = "leaky"
    title = "Leaky"


def item(**changes) -> Activity:
    fields = {
        "remote_id": "c1",
        "kind": "comment",
        "author_name": "Pat",
        "text": f"hello {TOKEN}",
        "created_at": datetime(2026, 12, 1, tzinfo=UTC),
        "thread": {"ref": f"x{TOKEN}"},
    }
    return Activity(**{**fields, **changes})


async def call(answer, check, deadline=2.0):
    async def plugin():
        return answer

    return await plugin_calls.call_channel(Leaky(), ACCOUNT, plugin, check, deadline=deadline)


async def test_a_page_of_activity_comes_back_with_secrets_hidden():
    page = await call(ActivityPage([item()], "42", more=True), plugin_calls.checked_activity)
    assert TOKEN not in page.items[0].text and TOKEN not in page.items[0].thread["ref"]
    assert page.cursor == "42" and page.more


@pytest.mark.parametrize(
    ("answer", "words"),
    [
        ([item()], "instead of a page of activity"),
        (ActivityPage([item(kind="like")], None), "unknown kind"),
        (ActivityPage([item(created_at=datetime(2026, 12, 1))], None), "UTC-aware"),
        (ActivityPage([item(rating=6)], None), "rating outside 1 to 5"),
        (ActivityPage([item(thread={"n": 1})], None), "thread references"),
        (ActivityPage([], f"after={TOKEN}"), "cursor that carries a credential"),
    ],
)
async def test_an_unusable_answer_is_refused_in_words(answer, words):
    with pytest.raises(plugin_calls.BadAnswer) as refused:
        await call(answer, plugin_calls.checked_activity)
    assert words in refused.value.message and TOKEN not in refused.value.message


async def test_a_reply_answer_is_checked_and_hide_must_answer_nothing():
    sent = await call(ReplySent("r1", f"https://x/{TOKEN}"), plugin_calls.checked_reply)
    assert sent.remote_id == "r1" and TOKEN not in sent.permalink
    assert await call(None, plugin_calls.checked_found_reply) is None
    assert await call(None, plugin_calls.checked_done) is None
    with pytest.raises(plugin_calls.BadAnswer):
        await call("done", plugin_calls.checked_done)
    with pytest.raises(plugin_calls.BadAnswer):
        await call({"id": "r1"}, plugin_calls.checked_reply)


async def test_a_closed_window_keeps_its_type_and_loses_the_secret():
    async def plugin():
        raise ReplyWindowClosed(f"too late for {TOKEN}")

    with pytest.raises(ReplyWindowClosed) as closed:
        await plugin_calls.call_channel(
            Leaky(), ACCOUNT, plugin, plugin_calls.checked_reply, deadline=2
        )
    assert TOKEN not in closed.value.message


async def test_a_read_that_never_answers_is_cut_off():
    async def plugin():
        await asyncio.sleep(30)

    with pytest.raises(TimeoutError):
        await plugin_calls.call_channel(
            Leaky(), ACCOUNT, plugin, plugin_calls.checked_activity, deadline=0.2
        )


async def test_what_a_plugin_prints_while_called_goes_to_stderr_and_ours_to_stdout(capsys):
    """A plugin's print during publish (after loading) went to stdout, into `flush --json`;
    what medsocial itself writes meanwhile, in another task of the loop, stays on stdout."""

    async def plugin():
        print("chatty publishes")
        await asyncio.sleep(0.05)
        return ReplySent("r1", None)

    async def ours():
        await asyncio.sleep(0.01)
        print("medsocial's own line")

    await asyncio.gather(call_plugin(plugin), ours())
    said = capsys.readouterr()
    assert "chatty publishes" in said.err and "chatty publishes" not in said.out
    assert "medsocial's own line" in said.out
    print("after")
    assert capsys.readouterr().out == "after\n"


async def call_plugin(plugin):
    return await plugin_calls.call_channel(
        Leaky(), ACCOUNT, plugin, plugin_calls.checked_reply, deadline=2
    )
