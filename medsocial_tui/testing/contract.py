"""The contract every channel plugin keeps, as a pytest suite a plugin runs against itself.

In a plugin's tests, subclass :class:`ChannelContract` and provide four fixtures::

    class TestMyNetworkContract(ChannelContract):
        @pytest.fixture
        def channel(self):            # an instance of your Channel subclass
            return MyNetwork()

        @pytest.fixture
        def account(self, fake):      # an Account whose base_url points at your running fake
            return Account(id="page", channel="mynetwork", name="Page",
                           base_url=fake.base_url, credentials={"token": "good"})

        @pytest.fixture
        def good_draft(self):         # a Draft your fake accepts
            return Draft(text="Flu shots all week")

        @pytest.fixture
        def recorded(self, fake):     # the requests your fake received (FakeAPI.requests)
            return fake.requests

pytest collects the inherited tests. They need only pytest and pytest-asyncio (auto mode).
"""

from __future__ import annotations

import dataclasses
import time

import httpx
import pytest

from medsocial_tui.channel import (
    Account,
    AuthExpired,
    Capability,
    Channel,
    ChannelError,
    Draft,
    Limits,
    Problem,
    Published,
    PublishRequest,
)
from medsocial_tui.plugin_host import PluginHost, PluginReport, _register_one

SECRET_MARK = "s3cret-never-shown"


def publish_request(account: Account, draft: Draft, key: str = "contract-key-1") -> PublishRequest:
    """A request as the core builds it for a claimed delivery."""
    from datetime import UTC, datetime

    return PublishRequest(
        delivery_id=1,
        attempt_id="contract-attempt",
        idempotency_key=key,
        account=account,
        draft=draft,
        scheduled_at=None,
        claimed_at=datetime.now(UTC),
    )


class ChannelContract:
    """Behaviour the core relies on. Override a test only with a reason in its docstring."""

    def test_declares_who_it_is(self, channel: Channel) -> None:
        assert channel.name and channel.name == channel.name.lower()
        assert channel.title
        assert channel.capabilities
        assert all(isinstance(c, Capability) for c in channel.capabilities)
        assert channel.max_concurrency >= 1

    def test_registers_through_the_hook(self, channel: Channel) -> None:
        module = __import__(type(channel).__module__, fromlist=["register_channels"])
        host = PluginHost()
        report = PluginReport(name="contract", source="contract suite")
        _register_one(host, report, module)
        assert report.error is None
        assert channel.name in host.channels

    def test_limits_are_sane(self, channel: Channel, account: Account) -> None:
        limits = channel.limits(account)
        assert isinstance(limits, Limits)
        assert limits.max_chars is None or limits.max_chars > 0
        assert limits.max_media >= 0

    def test_count_grows_with_the_text(self, channel: Channel) -> None:
        assert channel.count("") == 0
        assert channel.count("Open late Thursday") > 0
        assert channel.count("Open late Thursday until 7pm") >= channel.count("Open late Thursday")

    def test_validate_is_fast_and_pure(
        self, channel: Channel, account: Account, good_draft: Draft
    ) -> None:
        started = time.perf_counter()
        first = channel.validate(good_draft, account)
        second = channel.validate(good_draft, account)
        assert time.perf_counter() - started < 0.5
        assert first == second
        assert all(isinstance(p, Problem) for p in first)
        assert not [p for p in first if p.blocking], first

    def test_validate_flags_an_empty_post(self, channel: Channel, account: Account) -> None:
        assert any(p.blocking for p in channel.validate(Draft(text=""), account))

    def test_validate_flags_text_over_the_limit(
        self, channel: Channel, account: Account, good_draft: Draft
    ) -> None:
        limit = channel.limits(account).max_chars
        if limit is None:
            pytest.skip("this channel has no length limit")
        long_text = "Flu shots all week. " * (limit // 10 + 10)
        draft = dataclasses.replace(good_draft, text=long_text)
        assert any(p.blocking for p in channel.validate(draft, account))

    async def test_publishes_to_the_accounts_base_url(
        self, channel: Channel, account: Account, good_draft: Draft, recorded: list
    ) -> None:
        async with httpx.AsyncClient(timeout=5) as client:
            result = await channel.publish(client, publish_request(account, good_draft))
        assert isinstance(result, Published)
        assert result.remote_id
        assert recorded, "no request reached the account's base_url"

    async def test_refused_credentials_are_auth_expired_without_the_secret(
        self, channel: Channel, account: Account, good_draft: Draft
    ) -> None:
        bad = dataclasses.replace(
            account, credentials={k: SECRET_MARK for k in account.credentials}
        )
        async with httpx.AsyncClient(timeout=5) as client:
            with pytest.raises(AuthExpired) as error:
                await channel.publish(client, publish_request(bad, good_draft, "contract-key-2"))
        assert SECRET_MARK not in error.value.message
        assert SECRET_MARK not in str(error.value)

    async def test_an_unreachable_network_raises_an_httpx_or_typed_error(
        self, channel: Channel, account: Account, good_draft: Draft
    ) -> None:
        nowhere = dataclasses.replace(account, base_url="http://127.0.0.1:9")
        async with httpx.AsyncClient(timeout=2) as client:
            with pytest.raises((httpx.HTTPError, ChannelError)):
                await channel.publish(
                    client, publish_request(nowhere, good_draft, "contract-key-3")
                )

    def test_names_what_credentials_it_needs(self, channel: Channel, account: Account) -> None:
        empty = dataclasses.replace(account, credentials={})
        required = [f for f in channel.credentials if f.required]
        assert channel.missing_credentials(empty) == required
        if required:
            assert channel.credentials_help, "tell a practice where to get the credentials"
