"""Every installed channel that listens goes through the inbox core against its loopback
fake, from its contract kit: `inbox fetch` stores what was written once (a second run finds
nothing new), a guarded reply goes out once and is filed where it belongs, and where the
network allows it a comment is hidden. A channel without a listening API says where its
activity is read instead."""

from __future__ import annotations

import asyncio
from concurrent.futures import ThreadPoolExecutor

import pytest

from medsocial_tui import demo, inbox, inbox_fetch
from medsocial_tui.channel import Capability
from medsocial_tui.config import write_secrets
from medsocial_tui.practice import open_practice
from medsocial_tui.testing.contract import discover_kits

from .conftest import OWNER

KITS = discover_kits()
REPLY = "Thank you for writing. Please call us at 312-555-0142."


def _value(value) -> str:
    import json

    return json.dumps(value)


def _home(root, account):
    home = demo.create_home(root, "Maple Dental", "America/Chicago", login=OWNER, kind="test")
    lines = [
        '[practice]\nname = "Maple Dental"\ntimezone = "America/Chicago"',
        'phone = "312-555-0142"\none_person_practice = true',
        "[publishing]\nrequest_timeout_seconds = 3.0",
        "[inbox]\nnegative_review_approval = false",
        "[[accounts]]",
        f"id = {_value(account.id)}\nchannel = {_value(account.channel)}",
        f"name = {_value(account.id)}\nbase_url = {_value(account.base_url)}",
    ]
    if account.settings:
        lines.append("[accounts.settings]")
        lines += [f"{k} = {_value(v)}" for k, v in account.settings.items()]
    home.config_path.write_text("\n".join(lines) + "\n", "utf-8")
    write_secrets(home, {account.id: dict(account.credentials)})
    return home


def _in_thread(home, fn):
    def run():
        practice = open_practice(home)
        try:
            return fn(practice)
        finally:
            practice.close()

    with ThreadPoolExecutor(1) as pool:
        return pool.submit(run).result()


def _fetch(practice):
    return asyncio.run(inbox_fetch.run(practice, alert=False))


@pytest.mark.parametrize("name", sorted(KITS))
def test_the_channel_lists_fetches_and_replies_through_the_inbox(name, tmp_path, monkeypatch):
    kit = KITS[name]
    channel = kit.make_channel()
    monkeypatch.setenv("MEDSOCIAL_USER", OWNER)
    monkeypatch.delenv("MEDSOCIAL_PLUGINS")  # every installed plugin, as a practice has
    if Capability.LISTEN not in channel.capabilities:
        assert channel.listening_note, f"{name} neither listens nor says where to read"
        return
    assert kit.make_fake is not None and kit.seed_activity is not None
    fake = kit.make_fake()
    fake.start()
    try:
        account = kit.account_for(fake.base_url)
        home = _home(tmp_path / "h", account)
        kit.seed_activity(fake, 3)
        first = _in_thread(home, _fetch)
        assert first.exit_code == 0, first.as_json()
        assert first.new >= 1, first.as_json()
        second = _in_thread(home, _fetch)
        assert second.new == 0, second.as_json()
        if Capability.REPLY not in channel.capabilities:
            return

        def answer(practice):
            item = inbox.items(practice.store)[0]
            return item, inbox.write_reply(practice, item.id, REPLY)

        item, result = _in_thread(home, answer)
        assert result.sent, result.words
        if kit.replied_to is not None:
            assert kit.replied_to(fake, result.reply.remote_id) is not None
        if Capability.HIDE in channel.capabilities and kit.is_hidden is not None:
            comment = _in_thread(
                home,
                lambda p: next((i for i in inbox.items(p.store) if i.kind == "comment"), None),
            )
            if comment is not None:
                hidden = _in_thread(home, lambda p: inbox.hide(p, comment.id))
                assert hidden.state.value == "hidden"
                assert kit.is_hidden(fake, comment.remote_id)
    finally:
        fake.stop()
