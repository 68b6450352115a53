"""What a channel plugin's own tests share: the loopback fake, the account and the channel
as pytest fixtures, one publish through a real client, one read of every page of activity.

In a plugin's test module::

    from medsocial_tui.testing.channel_tests import channel_fixtures, publish, read_all

    fake, account, channel = channel_fixtures(FakeAcme, account_for, Acme)
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import Any

import httpx
import pytest

from medsocial_tui.channel import Account, Activity, Channel, Draft, Published, PublishRequest
from medsocial_tui.testing.contract import publish_request
from medsocial_tui.testing.fakeapi import FakeAPI


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
