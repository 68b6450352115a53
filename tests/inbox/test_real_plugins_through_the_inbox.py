"""The built-in plugins through the inbox core, against their loopback fakes: a Google
review is fetched once, a reply that names the treatment is stopped, the template waits for
an approver and lands as the one owner reply; a Mastodon mention is fetched once and
answered once."""

from __future__ import annotations

import asyncio
from concurrent.futures import ThreadPoolExecutor

import pytest

from medsocial_tui.home import demo
from medsocial_tui.home.config import write_secrets
from medsocial_tui.home.practice import open_practice
from medsocial_tui.listening import inbox, inbox_fetch, inbox_replies, inbox_templates
from medsocial_tui.models import Role
from medsocial_tui.records import staff
from medsocial_tui.records.acting import ActingAs

from .conftest import DOCTOR, OWNER

google_fake = pytest.importorskip("medsocial_google_business.fake")
mastodon_fake = pytest.importorskip("medsocial_mastodon.fake")


def _toml(account) -> str:
    lines = [
        "[[accounts]]",
        f'id = "{account.id}"',
        f'channel = "{account.channel}"',
        f'name = "{account.id}"',
        f'base_url = "{account.base_url}"',
    ]
    if account.settings:
        lines.append("[accounts.settings]")
        lines += [f'{k} = "{v}"' for k, v in account.settings.items()]
    return "\n".join(lines) + "\n"


def _home(root, *accounts):
    home = demo.create_home(root, "Maple Dental", "America/Chicago", login=OWNER, kind="test")
    home.config_path.write_text(
        '[practice]\nname = "Maple Dental"\ntimezone = "America/Chicago"\n'
        'phone = "312-555-0142"\n\n[publishing]\nrequest_timeout_seconds = 3.0\n\n'
        + "\n".join(_toml(a) for a in accounts),
        "utf-8",
    )
    write_secrets(home, {a.id: dict(a.credentials) for a in accounts})
    practice = open_practice(home)
    try:
        staff.add(
            ActingAs(practice.store, OWNER),
            login=DOCTOR,
            name="Anita Patel",
            roles=frozenset({Role.AUTHOR, Role.APPROVER}),
        )
    finally:
        practice.close()
    return home


def _as(home, login, monkeypatch, fn):
    monkeypatch.setenv("MEDSOCIAL_USER", login)

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


def test_a_google_review_is_answered_once_and_only_safely(tmp_path, monkeypatch):
    monkeypatch.setenv("MEDSOCIAL_PLUGINS", "google_business")
    with google_fake.FakeGoogleBusiness() as fake:
        home = _home(tmp_path / "h", google_fake.account_for(fake.base_url))
        fake.review(stars=1, comment="My crown fell out after a week")
        first = _as(home, OWNER, monkeypatch, _fetch)
        assert first.exit_code == 0, first.as_json()
        assert first.new == 1 and _as(home, OWNER, monkeypatch, _fetch).new == 0

        def stopped(practice):
            (item,) = inbox.items(practice.store)
            with pytest.raises(inbox_replies.ReplyBlocked) as refused:
                inbox_replies.write_reply(practice, item.id, "Sorry your crown fell out!")
            written = inbox_replies.write_reply(
                practice,
                item.id,
                inbox_templates.filled_template(practice, refused.value.verdict.rewrite_key),
            )
            return written.reply

        reply = _as(home, OWNER, monkeypatch, stopped)
        assert reply.state.value == "waiting_approval"
        assert not any(r.get("reviewReply") for r in fake.reviews)
        sent = _as(home, DOCTOR, monkeypatch, lambda p: inbox_replies.approve(p, reply.id))
        assert sent.sent, sent.words
        (review,) = fake.reviews
        assert "can't discuss anyone's care" in review["reviewReply"]["comment"]
        assert "crown" not in review["reviewReply"]["comment"]


def test_a_mastodon_mention_is_fetched_once_and_answered_once(tmp_path, monkeypatch):
    monkeypatch.setenv("MEDSOCIAL_PLUGINS", "mastodon")
    with mastodon_fake.FakeMastodon() as fake:
        home = _home(tmp_path / "h", mastodon_fake.account_for(fake.base_url))
        [status] = fake.mention(1, text="Do you see kids on Saturdays?")
        assert _as(home, OWNER, monkeypatch, _fetch).new == 1
        assert _as(home, OWNER, monkeypatch, _fetch).new == 0

        def answer(practice):
            (item,) = inbox.items(practice.store)
            return inbox_replies.write_reply(
                practice, item.id, "Thank you for asking! Please call us at 312-555-0142."
            )

        result = _as(home, OWNER, monkeypatch, answer)
        assert result.sent, result.words
        assert len(fake.replies_to(status["id"])) == 1
