"""Every network that listens, through the whole inbox against its own loopback fake: the
core's fetch reads each item once from the plugin's cursor, and a reply written in the core
passes the guard and reaches the fake under the right item, once (issue 12, done when)."""

from __future__ import annotations

import json

import pytest

from medsocial_tui.channel import Capability
from medsocial_tui.home import demo
from medsocial_tui.home.config import write_secrets
from medsocial_tui.home.practice import open_practice
from medsocial_tui.listening import inbox, inbox_replies
from medsocial_tui.testing.contract import discover_kits

from .conftest import OWNER, fetch

KITS = {
    name: kit
    for name, kit in sorted(discover_kits().items())
    if Capability.LISTEN in kit.make_channel().capabilities
}
REPLY = "Thank you for reaching out. Please call us at 312-555-0142."


@pytest.fixture(autouse=True)
def installed_plugins(monkeypatch):
    """The real plugins, found through their entry points as a practice finds them."""
    monkeypatch.delenv("MEDSOCIAL_PLUGINS", raising=False)


def toml_value(value: object) -> str:
    return json.dumps(value) if isinstance(value, str) else str(value).lower()


def make_home(root, account):
    home = demo.create_home(root, "Maple Dental", "America/Chicago", login=OWNER, kind="test")
    settings = "".join(f"{k} = {toml_value(v)}\n" for k, v in account.settings.items())
    home.config_path.write_text(
        '[practice]\nname = "Maple Dental"\ntimezone = "America/Chicago"\n'
        'phone = "312-555-0142"\n\n[publishing]\nrequest_timeout_seconds = 5.0\n\n'
        "[inbox]\nnegative_review_approval = false\n\n"
        f'[[accounts]]\nid = "{account.id}"\nchannel = "{account.channel}"\n'
        f'name = "{account.name}"\nbase_url = "{account.base_url}"\n'
        + (f"[accounts.settings]\n{settings}" if settings else ""),
        "utf-8",
    )
    write_secrets(home, {account.id: dict(account.credentials)})
    return home


@pytest.mark.parametrize("name", sorted(KITS))
def test_the_network_is_fetched_once_and_answered_once_through_the_core(name, tmp_path):
    kit = KITS[name]
    fake = kit.make_fake()
    fake.start()
    try:
        account = kit.account_for(fake.base_url)
        home = make_home(tmp_path / "home", account)
        kit.seed_activity(fake, 3)
        first = fetch(home)
        assert [a.state for a in first.accounts] == ["read"], first.accounts
        assert (first.new, first.exit_code) == (3, 0)
        again = fetch(home)
        assert again.new == 0 and again.exit_code == 0
        practice = open_practice(home)
        try:
            items = inbox.items(practice.store)
            assert len({i.remote_id for i in items}) == len(items) == 3
            item = next(i for i in items if i.kind != "message" or i.reply_window_ends is not None)
            result = inbox_replies.write_reply(practice, item.id, REPLY)
            [sent] = inbox.replies(practice.store, item.id)
        finally:
            practice.close()
        assert sent.state.value == "sent", result
        assert kit.replied_to(fake, sent.remote_id) in {
            item.remote_id,
            item.on_remote_id,
            *item.thread.values(),
        }
        after = fetch(home)
        assert after.new == 0, "the practice's own reply came back as activity"
    finally:
        fake.stop()
