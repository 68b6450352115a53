"""What a channel plugin's own tests share: the loopback fake, the account and the channel
as pytest fixtures, one publish through a real client, one read of every page of activity,
a reply whose answer is lost, and a real practice home around the fake for tests through
the core's flush (:func:`practice_against`).

In a plugin's test module::

    from medsocial_tui.testing.channel_tests import channel_fixtures, publish, read_all

    fake, account, channel = channel_fixtures(FakeAcme, account_for, Acme)
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import httpx
import pytest

from medsocial_tui.channel import (
    Account,
    Activity,
    Channel,
    Draft,
    OutcomeUnknown,
    Published,
    PublishRequest,
    ReplySent,
)
from medsocial_tui.home.practice import Practice
from medsocial_tui.testing.contract import publish_request
from medsocial_tui.testing.fakeapi import FakeAPI
from medsocial_tui.testing.practice_home import LOGIN, practice_for


def channel_fixtures(
    make_fake: Callable[[], FakeAPI],
    account_for: Callable[[str], Account],
    make_channel: Callable[[], Channel],
    **fake_settings: Any,
) -> tuple[Any, Any, Any]:
    """The ``fake`` (started, with ``fake_settings`` set on it, stopped after the test),
    ``account`` (pointed at the fake) and ``channel`` fixtures; assign them to those names."""

    @pytest.fixture(name="fake")
    def fake_fixture() -> Iterator[FakeAPI]:
        server = make_fake()
        for name, value in fake_settings.items():
            setattr(server, name, value)
        with server:
            yield server

    @pytest.fixture(name="account")
    def account_fixture(fake: FakeAPI) -> Account:
        return account_for(fake.base_url)

    @pytest.fixture(name="channel")
    def channel_fixture() -> Channel:
        return make_channel()

    return fake_fixture, account_fixture, channel_fixture


async def publish(
    channel: Channel,
    account: Account,
    what: Draft | PublishRequest,
    *,
    key: str = "key-1",
    timeout: float = 3.0,
) -> Published:
    """``channel.publish`` through a real client: ``what`` is a request (kept across tries,
    as the core keeps it) or a draft the core would send under ``key``."""
    request = what if isinstance(what, PublishRequest) else publish_request(account, what, key)
    async with httpx.AsyncClient(timeout=timeout) as client:
        return await channel.publish(client, request)


async def found_once_published(
    channel: Channel, account: Account, draft: Draft
) -> tuple[PublishRequest, Published]:
    """Publish ``draft`` as the core would, with ``find_existing`` finding nothing before and
    the very post after (reconcile finds what publish made); the request and the post."""
    request = publish_request(account, draft)
    async with httpx.AsyncClient(timeout=3) as client:
        assert await channel.find_existing(client, request) is None
        published = await channel.publish(client, request)
        assert await channel.find_existing(client, request) == published
    return request, published


async def read_all(
    channel: Channel, account: Account, cursor: str | None = None, *, pages: int = 20
) -> tuple[list[Activity], str | None]:
    """Every item of activity from ``cursor`` on, following ``more``, and the last cursor;
    fails when the channel still has more after ``pages`` pages."""
    items: list[Activity] = []
    async with httpx.AsyncClient(timeout=3) as client:
        for _ in range(pages):
            page = await channel.read_activity(client, account, cursor)
            items.extend(page.items)
            cursor = page.cursor if page.cursor is not None else cursor
            if not page.more:
                return items, cursor
    raise AssertionError(f"read_activity still had more after {pages} pages")


async def reply_after_a_lost_answer(
    channel: Channel, account: Account, item: Activity, text: str
) -> ReplySent:
    """Reply once with a short client timeout (inject a ``Fault.timeout_after_handling`` on
    the reply's request first): it must not look sent. Then ``find_reply`` must find it and
    replying again must name the same reply, not make a second one; returns that reply."""
    async with httpx.AsyncClient(timeout=0.5) as client:
        with pytest.raises((OutcomeUnknown, httpx.TimeoutException)):
            await channel.reply(client, account, item, text)
    async with httpx.AsyncClient(timeout=3) as client:
        found = await channel.find_reply(client, account, item, text)
        again = await channel.reply(client, account, item, text)
    assert found is not None and again.remote_id == found.remote_id
    return again


@contextmanager
def practice_on(
    monkeypatch: pytest.MonkeyPatch, root: Path, account: Account, **options: Any
) -> Iterator[Practice]:
    """A real one-person practice home under ``root`` with ``account`` (as the plugin's fake
    builds it), used as :data:`~medsocial_tui.testing.practice_home.LOGIN`, closed
    afterwards; ``options`` as :func:`~medsocial_tui.testing.practice_home.practice_for`
    takes them (``request_timeout=0.5``)."""
    monkeypatch.setenv("MEDSOCIAL_USER", LOGIN)
    practice = practice_for(root / "home", account, **options)
    try:
        yield practice
    finally:
        practice.close()


@contextmanager
def practice_against(
    fake: FakeAPI,
    account_for: Callable[[str], Account],
    monkeypatch: pytest.MonkeyPatch,
    root: Path,
    **options: Any,
) -> Iterator[Practice]:
    """``fake`` started, and a real practice home (as :func:`practice_on`) whose account is
    ``account_for`` the fake's address; the home closed and the fake stopped afterwards::

        fake = FakeAcme()
        with practice_against(fake, account_for, monkeypatch, tmp_path) as practice:
    """
    with fake, practice_on(monkeypatch, root, account_for(fake.base_url), **options) as practice:
        yield practice
