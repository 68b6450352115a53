"""The contract every channel plugin keeps, as a pytest suite a plugin runs against itself.

The short way: describe your channel and its loopback fake in a :class:`ContractKit` and let
:func:`contract_for` build the test class::

    from medsocial_tui.testing.contract import ContractKit, contract_for

    def my_kit() -> ContractKit:
        return ContractKit(
            make_channel=MyNetwork,
            make_fake=FakeMyNetwork,                  # a FakeAPI subclass, not started
            account_for=lambda base_url: Account(id="page", channel="mynetwork", name="Page",
                                                 base_url=base_url, credentials={...}),
            good_draft=Draft(text="Flu shots all week"),
        )

    TestMyNetworkContract = contract_for(my_kit())

Declare the kit under the ``medsocial.contract`` entry-point group too
(``mynetwork = "my_package.fake:my_kit"``): medsocial's own suite then runs the contract on
every installed channel it finds.

The long way: subclass :class:`ChannelContract` and provide the fixtures ``channel``,
``account`` (its ``base_url`` pointing at your running fake), ``good_draft`` and
``recorded`` (the requests your fake received) yourself; set ``echo_credentials`` on your fake
so that its error answers quote the request's credentials back, as some networks do.

The tests need pytest and pytest-asyncio in auto mode.
"""

from __future__ import annotations

import contextlib
import dataclasses
import json
import re
import socket
import time
from collections.abc import AsyncIterator, Awaitable, Callable, Iterator
from datetime import UTC, date, datetime, timedelta
from functools import partial
from importlib.metadata import entry_points
from typing import Any, ClassVar, Generic, TypeVar

import httpx
import pytest

from medsocial_tui.channel import (
    ACTIVITY_KINDS,
    Account,
    AccountHealth,
    Activity,
    ActivityPage,
    AuthExpired,
    Capability,
    Channel,
    ChannelError,
    Draft,
    Field,
    HandOff,
    Limits,
    MediaRule,
    OutcomeUnknown,
    Problem,
    Published,
    PublishRequest,
    ReplySent,
    RetryLater,
    SpecialHours,
)
from medsocial_tui.channelkit import UnknownUntil
from medsocial_tui.plugin_host import PluginHost, PluginReport, _register_one
from medsocial_tui.testing.fakeapi import FakeAPI, Fault, RecordedRequest, sent_credentials

SeedActivity = Callable[[Any, int], object] | None
"""Makes ``n`` new items of activity appear on the fake (None: the channel does not listen)."""
RepliedTo = Callable[[Any, str], str | None] | None
"""The id of the item the fake filed a reply under (None: the channel does not reply)."""
IsHidden = Callable[[Any, str], bool] | None
"""Whether the fake shows an item as hidden (None: the channel does not hide)."""
RateLimited = Callable[[], Fault]
"""The network's own rate-limit answer."""
Raised = TypeVar("Raised", bound=BaseException)


@dataclasses.dataclass(frozen=True)
class Listening:
    """What the tests of a channel that reads activity get from its kit."""

    seed: Callable[[Any, int], object]
    """Makes ``n`` new items of activity appear on the fake."""
    replied_to: RepliedTo
    is_hidden: IsHidden

    def replies(self, channel: Channel) -> Callable[[Any, str], str | None]:
        """``replied_to``; skips a channel that cannot reply, fails a kit without it."""
        _skip_unless(channel, Capability.REPLY)
        assert self.replied_to is not None, "a channel that replies needs replied_to in its kit"
        return self.replied_to

    def hides(self, channel: Channel) -> Callable[[Any, str], bool]:
        """``is_hidden``; skips a channel that cannot hide, fails a kit without it."""
        _skip_unless(channel, Capability.HIDE)
        assert self.is_hidden is not None, "a channel that hides needs is_hidden in its kit"
        return self.is_hidden


def _skip_unless(channel: Channel, capability: Capability) -> None:
    if capability not in channel.capabilities:
        pytest.skip(f"this channel cannot {capability.value}")


SECRET_MARK = "s3cret-never-shown"
CONTRACT_GROUP = "medsocial.contract"
FIELD_NAME = r"^[a-z][a-z0-9_]*$"
SECRET_LOOKING = re.compile(r"token|secret|password|key", re.IGNORECASE)
"""Setting names the config loader refuses, since they look like secrets (secrets.toml)."""
DOUBLED = re.compile(r"\b(\w+(?: \w+)?) \1\b")
"""A word or two said twice in a row ("X answered X answered HTTP 502")."""


LOST_ANSWERS: dict[str, Callable[[], Fault]] = {
    "lost": Fault.drop_after_handling,
    "unavailable": lambda: Fault.status_after_handling(
        503, {"error": "Service Unavailable"}, {"Retry-After": "600"}
    ),
}
"""Ways the answer to a request the network did may never reach the plugin: the connection
dropped, or a proxy answered 503 with ``Retry-After`` once the network had made the post."""


def not_the_api(kind: str) -> Fault:
    """An answer that is not the API's: a proxy's page (``html``, or ``html_ok`` behind a
    200), ``garbage`` behind a 200, or a bare ``server_error``."""
    return {
        "html": Fault.html(502),
        "html_ok": Fault.html(200),
        "garbage": Fault.garbage(200),
        "server_error": Fault.status(500, {"error": "internal"}),
    }[kind]


def publish_request(account: Account, draft: Draft, key: str = "contract-key-1") -> PublishRequest:
    """A request as the core builds it for a claimed delivery. ``checkpoint`` behaves as the
    core's: progress must survive a round trip through JSON, and is kept on the request."""
    request = PublishRequest(
        delivery_id=1,
        attempt_id="contract-attempt",
        idempotency_key=key,
        account=account,
        draft=draft,
        scheduled_at=None,
        claimed_at=datetime.now(UTC),
    )

    def checkpoint(update: dict[str, Any]) -> None:
        request.progress = json.loads(json.dumps({**request.progress, **update}))

    request.checkpoint = checkpoint
    return request


def _variant(draft: Draft, words: str) -> Draft:
    """``draft`` with ``words`` added, so a network that refuses a repeated text takes it."""
    return dataclasses.replace(draft, text=f"{draft.text} ({words})")


async def _recovered(
    channel: Channel,
    client: httpx.AsyncClient,
    request: PublishRequest,
    rounds: int = 4,
    *,
    made: Callable[[], int] | None = None,
) -> Published | ChannelError:
    """What the core's next attempts make of ``request``: publish; after an unknown outcome
    (a typed one, or an answer lost in httpx) a channel that dedupes retries is sent the same
    request again, a reconciling channel is asked ``find_existing`` (found: done; absent:
    sent again), and one that can do neither stays unknown; a "later" (or a connection never
    made) is sent again with the progress kept. The last outcome after ``rounds``.

    ``made`` counts the posts the network made since: a first attempt that says "later"
    must have made none, since the core sends a "later" again without looking."""
    outcome: Published | ChannelError = OutcomeUnknown("not tried")
    for round_ in range(rounds):
        try:
            try:
                return await channel.publish(client, request)
            except (httpx.ConnectError, httpx.ConnectTimeout) as exc:
                raise RetryLater(f"not reached: {exc!r}") from None  # never sent: again
            except httpx.HTTPError as exc:
                raise OutcomeUnknown(f"no answer: {exc!r}") from None  # as the core reads it
        except RetryLater as exc:
            outcome = exc
            if made is not None and round_ == 0:
                assert made() == 0, f"the post was made, yet the plugin said later: {exc!r}"
        except OutcomeUnknown as exc:
            outcome = exc
            if channel.dedupes_retries:
                continue  # the core sends the same request again first (outcomes.classify)
            if Capability.RECONCILE not in channel.capabilities:
                return exc
            try:
                found = await channel.find_existing(client, request)
            except ChannelError as cannot:
                return cannot
            if found is not None:
                return found
        except ChannelError as exc:
            return exc
    return outcome


def _made_since(counted: Callable[[Any], int], fake: FakeAPI, held: int) -> int:
    """How many posts ``fake`` holds beyond the ``held`` it had."""
    return counted(fake) - held


def _secrets(account: Account) -> list[str]:
    return [v for v in account.credentials.values() if v and len(v) >= 6]


def assert_no_secret(error: BaseException, account: Account) -> None:
    """Neither the message nor the exception text may carry a credential or a token param."""
    for text in (getattr(error, "message", ""), str(error)):
        for secret in [SECRET_MARK, *_secrets(account)]:
            assert secret not in text, f"a credential appears in the error: {text!r}"
        assert "access_token=" not in text.lower().replace("access_token=[hidden]", "")


def recorded_credentials(fake: FakeAPI) -> list[str]:
    return [c for request in fake.requests for c in sent_credentials(request)]


def _publishes(channel: Channel) -> bool:
    return Capability.PUBLISH in channel.capabilities


class ChannelContract:
    """Behaviour the core relies on. Override a test only with a reason in its docstring."""

    client_timeout: float = 5.0
    """Seconds a request may take in these tests; the timeout test uses a shorter one."""

    kit: ClassVar[ContractKit[Any] | None] = None
    """Set by :func:`contract_for`; the listening fixtures read it."""

    def client(self, timeout: float | None = None) -> httpx.AsyncClient:
        return httpx.AsyncClient(timeout=timeout or self.client_timeout)

    @staticmethod
    def account_days(channel: Channel, days: int) -> tuple[date, date]:
        """The first and last of the ``days`` days up to yesterday, for asking a channel's
        daily account counters; the test is skipped where the channel gives none."""
        if not channel.account_metrics_offered:
            pytest.skip("this channel gives no daily account counters")
        last = date.today() - timedelta(days=1)
        return last - timedelta(days=days - 1), last

    # What it declares

    def test_declares_who_it_is(self, channel: Channel) -> None:
        assert channel.name and channel.name == channel.name.lower()
        assert channel.title
        assert channel.capabilities
        assert all(isinstance(c, Capability) for c in channel.capabilities)
        assert channel.max_concurrency >= 1
        assert channel.api_version is None or isinstance(channel.api_version, str)

    def test_registers_through_the_hook(self, channel: Channel) -> None:
        module = __import__(type(channel).__module__, fromlist=["register_channels"])
        if not hasattr(module, "register_channels"):
            package = type(channel).__module__.split(".")[0]
            module = __import__(package, fromlist=["register_channels"])
        host = PluginHost()
        report = PluginReport(name="contract", source="contract suite")
        _register_one(host, report, module)
        assert report.error is None
        assert channel.name in host.channels

    def test_names_its_settings_and_credentials_as_fields(self, channel: Channel) -> None:
        fields = [*channel.credentials, *channel.settings]
        assert all(isinstance(f, Field) for f in fields)
        names = [f.name for f in fields]
        assert all(re.match(FIELD_NAME, n) for n in names), names
        assert len(names) == len(set(names)), "a field name is used twice"
        assert all(f.label for f in fields)
        secretish = [f.name for f in channel.settings if SECRET_LOOKING.search(f.name)]
        assert secretish == [], f"practice.toml refuses settings named like secrets: {secretish}"

    def test_names_what_credentials_it_needs(self, channel: Channel, account: Account) -> None:
        empty = dataclasses.replace(account, credentials={})
        required = [f for f in channel.credentials if f.required]
        assert channel.missing_credentials(empty) == required
        assert channel.missing_credentials(account) == []
        assert channel.missing_settings(account) == []
        if required:
            assert channel.credentials_help, "tell a practice where to get the credentials"

    def test_says_what_it_can_do_and_does_it(self, channel: Channel) -> None:
        kind = type(channel)
        promised = {
            Capability.DELETE: "delete",
            Capability.RECONCILE: "find_existing",
            Capability.LISTEN: "read_activity",
            Capability.REPLY: "reply",
            Capability.HIDE: "hide",
        }
        for capability, method in promised.items():
            if capability in channel.capabilities:
                assert getattr(kind, method) is not getattr(Channel, method), (
                    f"{capability.value} is declared but {method} is not implemented"
                )
        if Capability.SPECIAL_HOURS in channel.capabilities:
            assert kind.get_special_hours is not Channel.get_special_hours
            assert (
                kind.set_special_hours is not Channel.set_special_hours
                or kind.replace_special_hours is not Channel.replace_special_hours
            ), "special_hours is declared but neither set_special_hours nor replace_special_hours"
        if Capability.METRICS in channel.capabilities:
            assert channel.metrics_offered or channel.account_metrics_offered, (
                "metrics is declared but no counter is offered"
            )
            if channel.metrics_offered:
                assert kind.read_post_metrics is not Channel.read_post_metrics
            if channel.account_metrics_offered:
                assert kind.read_account_metrics is not Channel.read_account_metrics
        else:
            assert not channel.metrics_offered and not channel.account_metrics_offered
        if Capability.REPLY in channel.capabilities or Capability.HIDE in channel.capabilities:
            assert Capability.LISTEN in channel.capabilities, "replies need something to read"
        if channel.listening_note is not None:
            assert isinstance(channel.listening_note, str) and channel.listening_note.strip()

    # Offline: limits, counting, validation

    def test_limits_are_sane(self, channel: Channel, account: Account) -> None:
        for limits in (channel.limits(account), channel.limits(None)):
            assert isinstance(limits, Limits)
            assert limits.max_chars is None or limits.max_chars > 0
            assert limits.max_media >= 0
            assert isinstance(limits.media, MediaRule)
            assert limits.counted_as
            if limits.media is MediaRule.REQUIRED:
                assert limits.max_media >= 1

    def test_count_grows_with_the_text(self, channel: Channel) -> None:
        assert channel.count("") == 0
        assert channel.count("Open late Thursday") > 0
        assert channel.count("Open late Thursday until 7pm") >= channel.count("Open late Thursday")

    def test_count_is_consistent(self, channel: Channel) -> None:
        """Plain words count one each; composed and decomposed accents count alike."""
        assert channel.count("Open late Thursday") == len("Open late Thursday"), (
            "plain ASCII words should count one a character"
        )
        composed, decomposed = channel.count("Caf\u00e9"), channel.count("Cafe\u0301")
        assert composed == decomposed, (
            f"'Café' counts {composed} typed as é and {decomposed} as e + a combining accent: "
            "count after unicodedata.normalize('NFC', text), as Channel.count does"
        )

    def test_validate_is_fast_and_pure(
        self, channel: Channel, account: Account, good_draft: Draft
    ) -> None:
        channel.warm_up()  # as the app does after loading plugins, before anyone types
        started = time.perf_counter()
        first = channel.validate(good_draft, account)
        second = channel.validate(good_draft, account)
        assert time.perf_counter() - started < 0.5
        assert first == second
        assert all(isinstance(p, Problem) for p in first)
        assert not [p for p in first if p.blocking], first

    def test_validate_works_offline(
        self, channel: Channel, account: Account, good_draft: Draft, monkeypatch: pytest.MonkeyPatch
    ) -> None:
        """The live preview calls validate on every keystroke: no network, ever."""

        def refuse(*_args: object, **_kwargs: object) -> None:
            raise AssertionError("validate tried to open a network connection")

        monkeypatch.setattr(socket.socket, "connect", refuse)
        monkeypatch.setattr(socket, "create_connection", refuse)
        assert isinstance(channel.validate(good_draft, account), list)
        assert isinstance(channel.validate(good_draft, None), list)

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

    def test_validate_flags_missing_required_media(
        self, channel: Channel, account: Account, good_draft: Draft
    ) -> None:
        if channel.limits(account).media is not MediaRule.REQUIRED:
            pytest.skip("media is not required here")
        draft = dataclasses.replace(good_draft, media=())
        assert any(p.blocking and p.field == "media" for p in channel.validate(draft, account))

    # Online, against the plugin's fake

    async def test_publishes_to_the_accounts_base_url(
        self, channel: Channel, account: Account, good_draft: Draft, recorded: list[RecordedRequest]
    ) -> None:
        request = publish_request(account, good_draft)
        async with self.client() as client:
            if not _publishes(channel):
                with pytest.raises(HandOff):
                    await channel.publish(client, request)
                return
            result = await channel.publish(client, request)
        assert isinstance(result, Published)
        assert result.remote_id
        assert recorded, "no request reached the account's base_url"

    async def test_no_credential_travels_in_an_address(
        self, channel: Channel, account: Account, good_draft: Draft, recorded: list[RecordedRequest]
    ) -> None:
        """httpx logs every request's full address: a token in a query string ends up in
        the logs (reliability.md §3.4), so credentials go in headers or bodies only."""
        async with self.client() as client:
            if _publishes(channel):
                await channel.publish(client, publish_request(account, good_draft))
            await channel.check_account(client, account)
        for request in recorded:
            address = f"{request.path}?{json.dumps(request.query)}"
            for secret in _secrets(account):
                assert secret not in address, f"a credential in {request.method} {request.path}"

    async def test_refused_credentials_are_auth_expired_without_the_secret(
        self, channel: Channel, account: Account, good_draft: Draft
    ) -> None:
        if not _publishes(channel) or not channel.credentials:
            pytest.skip("this channel sends nothing that needs credentials")
        bad = dataclasses.replace(
            account, credentials={k: SECRET_MARK for k in account.credentials}
        )
        async with self.client() as client:
            with pytest.raises(AuthExpired) as error:
                await channel.publish(client, publish_request(bad, good_draft, "contract-key-2"))
        assert_no_secret(error.value, bad)

    async def test_an_error_answer_quoting_the_credentials_does_not_carry_them(
        self, channel: Channel, account: Account, good_draft: Draft, fake: FakeAPI
    ) -> None:
        """Some networks quote the request's token back in their error text; the fake does
        too, on every error answer. The plugin's words must not repeat it."""
        if not _publishes(channel) or not channel.credentials:
            pytest.skip("this channel sends nothing that needs credentials")
        for code in (400, 403, 422, 500):
            body = {"error": "invalid_request", "message": "The request was refused"}
            error = await self._publish_with_fault(
                channel, account, good_draft, fake, Fault.status(code, body)
            )
            assert recorded_credentials(fake), "the fake saw no credentials to echo"
            assert_no_secret(error, account)

    async def test_an_unreachable_network_raises_an_httpx_or_typed_error(
        self, channel: Channel, account: Account, good_draft: Draft
    ) -> None:
        nowhere = dataclasses.replace(account, base_url="http://127.0.0.1:9")
        async with self.client(2) as client:
            with pytest.raises((httpx.HTTPError, ChannelError)):
                await channel.publish(
                    client, publish_request(nowhere, good_draft, "contract-key-3")
                )

    async def _publish_with_fault(
        self, channel: Channel, account: Account, draft: Draft, fake: FakeAPI, fault: Fault
    ) -> BaseException:
        fake.inject(fault, times=1000)
        async with self.client(0.5) as client:
            try:
                await channel.publish(client, publish_request(account, draft, "contract-fault"))
            except BaseException as exc:  # noqa: BLE001 - the test inspects what was raised
                return exc
            finally:
                fake.clear_faults()
        raise AssertionError(f"publish succeeded although every answer was {fault.kind}")

    async def _waits(
        self, channel: Channel, account: Account, draft: Draft, fake: FakeAPI, fault: Fault
    ) -> RetryLater:
        """The error of a publish while every answer is ``fault``: ``RetryLater``, without a
        credential in its words."""
        if not _publishes(channel):
            pytest.skip("this channel sends nothing")
        error = await self._publish_with_fault(channel, account, draft, fake, fault)
        assert isinstance(error, RetryLater), repr(error)
        assert_no_secret(error, account)
        return error

    async def test_a_rate_limit_is_retry_later(
        self, channel: Channel, account: Account, good_draft: Draft, fake: FakeAPI
    ) -> None:
        limited = Fault.status(429, {"error": "Too many requests"}, {"Retry-After": "120"})
        error = await self._waits(channel, account, good_draft, fake, limited)
        assert error.retry_at is None or error.retry_at > datetime.now(UTC)

    async def test_an_unavailable_network_is_retried_when_it_says(
        self, channel: Channel, account: Account, good_draft: Draft, fake: FakeAPI
    ) -> None:
        """A 503 with ``Retry-After`` (maintenance, overload) says when to come back:
        ``RetryLater`` at that time, not a guess; to the request that creates the post (the
        first request of some channels) an unknown outcome carrying that time, since a proxy
        may say it after the network made the post."""
        if not _publishes(channel):
            pytest.skip("this channel sends nothing")
        down = Fault.status(503, {"error": "Service Unavailable"}, {"Retry-After": "600"})
        error = await self._publish_with_fault(channel, account, good_draft, fake, down)
        assert isinstance(error, (RetryLater, UnknownUntil)), repr(error)
        assert_no_secret(error, account)
        assert error.retry_at is not None, "Retry-After was not read"
        wait = (error.retry_at - datetime.now(UTC)).total_seconds()
        assert 500 < wait <= 600, f"Retry-After 600 read as {wait:.0f} s"

    @pytest.mark.parametrize("kind", ["html", "html_ok", "garbage", "server_error"])
    async def test_answers_that_are_not_the_apis_are_typed_errors_in_words(
        self, channel: Channel, account: Account, good_draft: Draft, fake: FakeAPI, kind: str
    ) -> None:
        if not _publishes(channel):
            pytest.skip("this channel sends nothing")
        fault = not_the_api(kind)
        error = await self._publish_with_fault(channel, account, good_draft, fake, fault)
        assert isinstance(error, ChannelError), f"{type(error).__name__}: {error}"
        assert not isinstance(error, AuthExpired)
        assert "<html" not in error.message.lower()
        assert error.message.strip()
        assert not DOUBLED.search(error.message), f"words said twice: {error.message}"
        assert_no_secret(error, account)

    async def test_a_timeout_after_sending_is_never_published(
        self, channel: Channel, account: Account, good_draft: Draft, fake: FakeAPI
    ) -> None:
        """The request may have landed: the answer is unknown, or later when the step that
        timed out made nothing visible; never a success."""
        if not _publishes(channel):
            pytest.skip("this channel sends nothing")
        error = await self._publish_with_fault(
            channel, account, good_draft, fake, Fault.timeout_after_handling(1.0)
        )
        assert isinstance(error, (OutcomeUnknown, RetryLater, httpx.TimeoutException)), repr(error)

    async def test_a_lost_answer_at_any_step_ends_in_one_post(
        self, channel: Channel, account: Account, good_draft: Draft, fake: FakeAPI
    ) -> None:
        """The answer to one request of a publish is lost: the network did it, the plugin
        never heard (the connection dropped, or a proxy answered 503 with ``Retry-After``
        after the network made the post). The core then does what the error asks (a
        reconciling channel's ``find_existing`` first after an unknown outcome; a channel
        that dedupes retries sends again; a "later" is sent again with the progress kept),
        and the network ends up with exactly one post: never two, whichever request's answer
        was lost."""
        if not _publishes(channel):
            pytest.skip("this channel sends nothing")
        counted = self.kit.posts if self.kit else None
        if counted is None:
            pytest.skip("the kit does not say how many posts its fake holds")
        async with self.client() as client:
            probe = publish_request(account, _variant(good_draft, "probe"), "contract-probe")
            before = len(fake.requests)
            await channel.publish(client, probe)
            steps = len(fake.requests) - before
            for how, fault in LOST_ANSWERS.items():
                for lost in range(steps):
                    draft = _variant(good_draft, f"{how} {lost + 1}")
                    request = publish_request(account, draft, f"contract-{how}-{lost}")
                    held = counted(fake)
                    fake.inject(fault(), after=lost)
                    outcome = await _recovered(
                        channel,
                        client,
                        request,
                        made=partial(_made_since, counted, fake, held)
                        if how == "unavailable"
                        else None,
                    )
                    fake.clear_faults()
                    made = counted(fake) - held
                    said = f"answer {lost + 1} of {steps} {how}: {made} posts"
                    if isinstance(outcome, Published):
                        assert made == 1, said
                    else:
                        assert made <= 1, said

    async def test_reconcile_finds_what_it_published_and_nothing_else(
        self, channel: Channel, account: Account, good_draft: Draft
    ) -> None:
        if Capability.RECONCILE not in channel.capabilities:
            pytest.skip("this channel cannot tell whether a post went out")
        request = publish_request(account, good_draft, "contract-reconcile")
        other = publish_request(
            account,
            dataclasses.replace(good_draft, text="A text that was never sent anywhere"),
            "contract-other",
        )
        async with self.client() as client:
            assert await channel.find_existing(client, other) is None
            published = await channel.publish(client, request)
            found = await channel.find_existing(client, request)
        assert isinstance(found, Published)
        assert found.remote_id == published.remote_id

    async def test_reconcile_reads_back_through_newer_posts(
        self, channel: Channel, account: Account, good_draft: Draft, fake: FakeAPI
    ) -> None:
        """Posts made elsewhere after ours push it pages down the account's listing: a
        reconcile that reads only the first page would call it absent and send it again."""
        if Capability.RECONCILE not in channel.capabilities:
            pytest.skip("this channel cannot tell whether a post went out")
        bury = self.kit.bury if self.kit else None
        if bury is None:
            pytest.skip("the kit cannot make posts appear on the account")
        request = publish_request(account, good_draft, "contract-buried")
        async with self.client() as client:
            published = await channel.publish(client, request)
            bury(fake)
            found = await channel.find_existing(client, request)
        assert isinstance(found, Published), found
        assert found.remote_id == published.remote_id

    async def test_delete_removes_what_it_published(
        self, channel: Channel, account: Account, good_draft: Draft
    ) -> None:
        if Capability.DELETE not in channel.capabilities:
            pytest.skip("this channel cannot delete")
        async with self.client() as client:
            published = await channel.publish(client, publish_request(account, good_draft))
            await channel.delete(client, account, published.remote_id)

    async def test_deleting_a_post_already_gone_is_done(
        self, channel: Channel, account: Account, good_draft: Draft
    ) -> None:
        """A delete whose answer was lost is tried again, and a post staff removed in the
        network's own app is removed in medsocial too: the second delete finds the post
        gone, and that is done, not an error left on the post."""
        if Capability.DELETE not in channel.capabilities:
            pytest.skip("this channel cannot delete")
        async with self.client() as client:
            published = await channel.publish(client, publish_request(account, good_draft))
            await channel.delete(client, account, published.remote_id)
            await channel.delete(client, account, published.remote_id)

    async def test_a_page_instead_of_the_answer_to_a_delete_is_not_a_deletion(
        self, channel: Channel, account: Account, good_draft: Draft, fake: FakeAPI
    ) -> None:
        """A post taken down because it should never have gone out (a patient's name) must
        not be reported gone on a proxy's page: the delete is tried again instead."""
        if Capability.DELETE not in channel.capabilities:
            pytest.skip("this channel cannot delete")
        async with self.client() as client:
            published = await channel.publish(client, publish_request(account, good_draft))
            await self._each_fault_raises(
                fake,
                account,
                (Fault.html(200), Fault.html(502)),
                lambda: channel.delete(client, account, published.remote_id),
                ChannelError,
                "a page instead of the answer was read as deleted",
            )
            await channel.delete(client, account, published.remote_id)

    async def test_check_account_says_whether_the_credentials_work(
        self, channel: Channel, account: Account
    ) -> None:
        bad = dataclasses.replace(
            account, credentials={k: SECRET_MARK for k in account.credentials}
        )
        async with self.client() as client:
            good = await channel.check_account(client, account)
            refused = await channel.check_account(client, bad)
        assert isinstance(good, AccountHealth) and good.ok, good
        assert isinstance(refused, AccountHealth)
        if channel.credentials and _publishes(channel):
            assert not refused.ok
        assert SECRET_MARK not in refused.message

    @staticmethod
    async def _each_fault_raises(
        fake: FakeAPI,
        account: Account,
        faults: tuple[Fault, ...],
        call: Callable[[], Awaitable[Any]],
        kind: type[ChannelError],
        taken_as: str,
    ) -> None:
        """``call`` while the fake answers each of ``faults`` must raise ``kind`` with no
        credential in its words; an answer means the fault was ``taken_as`` something."""
        for fault in faults:
            fake.inject(fault, times=10)
            try:
                answer = await call()
            except kind as exc:
                assert_no_secret(exc, account)
            else:
                raise AssertionError(f"{fault.kind} ({taken_as}): {answer}")
            finally:
                fake.clear_faults()

    # Metrics: counters read as the API gives them, never made up

    @contextlib.asynccontextmanager
    async def _published_to_count(
        self, channel: Channel, account: Account, draft: Draft
    ) -> AsyncIterator[tuple[httpx.AsyncClient, str]]:
        """A client and the remote id of a post just published, for the post-counter tests;
        skips a channel that gives no post counters."""
        if not channel.metrics_offered:
            pytest.skip("this channel gives no post counters")
        async with self.client() as client:
            published = await channel.publish(client, publish_request(account, draft))
            yield client, published.remote_id

    async def test_metrics_read_what_was_published_and_leave_out_what_is_not_there(
        self, channel: Channel, account: Account, good_draft: Draft
    ) -> None:
        async with self._published_to_count(channel, account, good_draft) as (client, remote_id):
            read = await channel.read_post_metrics(client, account, [remote_id])
        assert [p.remote_id for p in read] == [remote_id], read
        counts = read[0].counts
        assert set(counts) <= set(channel.metrics_offered), (
            f"counters not declared in metrics_offered: {set(counts) - set(channel.metrics_offered)}"
        )
        assert all(isinstance(v, int) and v >= 0 for v in counts.values()), counts

    async def test_metrics_of_a_post_the_network_does_not_have_are_left_out(
        self, channel: Channel, account: Account, good_draft: Draft
    ) -> None:
        async with self._published_to_count(channel, account, good_draft) as (client, remote_id):
            if Capability.DELETE not in channel.capabilities:
                pytest.skip("this channel cannot delete a post to read it missing")
            await channel.delete(client, account, remote_id)
            read = await channel.read_post_metrics(client, account, [remote_id])
        assert read == [], f"a deleted post was answered with counters: {read}"

    async def test_metrics_rate_limit_is_retry_later(
        self, channel: Channel, account: Account, good_draft: Draft, fake: FakeAPI
    ) -> None:
        async with self._published_to_count(channel, account, good_draft) as (client, remote_id):
            await self._each_fault_raises(
                fake,
                account,
                (Fault.status(429, {"error": "Too many requests"}, {"Retry-After": "120"}),),
                lambda: channel.read_post_metrics(client, account, [remote_id]),
                RetryLater,
                "a 429 while reading counters was not RetryLater",
            )

    async def test_a_page_instead_of_the_counters_is_retry_later_not_counters(
        self, channel: Channel, account: Account, good_draft: Draft, fake: FakeAPI
    ) -> None:
        """A proxy's page or garbage behind an HTTP 200 says nothing about the posts: it is
        trouble to read again, never "no such post" (left out) or counters of 0."""
        async with self._published_to_count(channel, account, good_draft) as (client, remote_id):
            await self._each_fault_raises(
                fake,
                account,
                (Fault.html(200), Fault.garbage(200)),
                lambda: channel.read_post_metrics(client, account, [remote_id]),
                RetryLater,
                "a page behind a 200 was read as counters",
            )

    async def test_a_page_instead_of_the_accounts_answer_is_not_healthy(
        self, channel: Channel, account: Account, fake: FakeAPI
    ) -> None:
        """``doctor --online`` must not call an account fine on a proxy's page behind a 200,
        nor on what an earlier check read: each check reads afresh."""
        if type(channel).check_account is Channel.check_account:
            pytest.skip("this channel has no online check")
        async with self.client() as client:
            await channel.check_account(client, account)  # a session, a token: read as usual
            fake.inject(Fault.html(200), times=10)
            try:
                health = await channel.check_account(client, account)
            finally:
                fake.clear_faults()
        assert not health.ok, f"a page instead of the API's answer was healthy: {health}"

    async def test_a_page_instead_of_the_account_counters_is_retry_later(
        self, channel: Channel, account: Account, fake: FakeAPI
    ) -> None:
        _, last = self.account_days(channel, 1)
        async with self.client() as client:
            await channel.check_account(client, account)  # a session, a token: read as usual
            await self._each_fault_raises(
                fake,
                account,
                (Fault.html(200), Fault.garbage(200)),
                lambda: channel.read_account_metrics(client, account, last, last),
                RetryLater,
                "a page behind a 200 was read as account counters",
            )

    async def test_account_metrics_are_days_in_the_range_asked(
        self, channel: Channel, account: Account
    ) -> None:
        first, last = self.account_days(channel, 7)
        async with self.client() as client:
            days = await channel.read_account_metrics(client, account, first, last)
        assert days, "no day was answered"
        for day in days:
            assert first <= day.day <= last, day
            assert set(day.counts) <= set(channel.account_metrics_offered), day.counts
            assert all(isinstance(v, int) and v >= 0 for v in day.counts.values())

    async def test_account_metrics_of_months_unread_are_not_refused(
        self, channel: Channel, account: Account
    ) -> None:
        """The core asks from the day after the last one it holds: after months without a
        fetch that is a long range. Networks cap one call's range (93 days on one, 30 on
        another), so the plugin reads it in pieces; one refusal would refuse every later
        fetch too, since the range only grows. This asks only that such a range is answered
        without an error, inside it and each day once; not that every day was read."""
        first, last = self.account_days(channel, 200)
        async with self.client() as client:
            days = await channel.read_account_metrics(client, account, first, last)
        assert all(first <= day.day <= last for day in days), days
        assert len({day.day for day in days}) == len(days), "a day answered twice"

    async def test_special_hours_merge_and_can_be_undone(
        self, channel: Channel, account: Account
    ) -> None:
        if Capability.SPECIAL_HOURS not in channel.capabilities:
            pytest.skip("this channel has no special hours")
        first_day = date.today() + timedelta(days=30)
        second_day = first_day + timedelta(days=1)
        snow = SpecialHours(first_day, closed=True)
        late = SpecialHours(second_day, closed=False, opens="10:00", closes="14:00")
        async with self.client() as client:
            before = await channel.get_special_hours(client, account)
            assert await channel.set_special_hours(client, account, [snow]) == []
            assert await channel.set_special_hours(client, account, [late]) == []
            now = await channel.get_special_hours(client, account)
            assert snow in now and late in now, now
            assert all(h in now for h in before), "other days' special hours were lost"
            previous = await channel.set_special_hours(
                client,
                account,
                [SpecialHours(first_day, closed=False, opens="12:00", closes="16:00")],
            )
            assert previous == [snow]
            await channel.set_special_hours(client, account, previous, remove=[second_day])
            after = await channel.get_special_hours(client, account)
        assert snow in after and late not in after
        assert all(h in after for h in before)

    # Listening (capabilities listen, reply, hide)

    @pytest.fixture
    def seed_activity(self) -> SeedActivity:
        """Override (or use a ContractKit) when the channel listens."""
        return self.kit.seed_activity if self.kit else None

    @pytest.fixture
    def replied_to(self) -> RepliedTo:
        return self.kit.replied_to if self.kit else None

    @pytest.fixture
    def is_hidden(self) -> IsHidden:
        return self.kit.is_hidden if self.kit else None

    @pytest.fixture
    def rate_limited(self) -> RateLimited:
        own = self.kit.rate_limited if self.kit else None
        return own or (
            lambda: Fault.status(429, {"error": "Too many requests"}, {"Retry-After": "120"})
        )

    @pytest.fixture
    def listening(
        self,
        channel: Channel,
        seed_activity: SeedActivity,
        replied_to: RepliedTo,
        is_hidden: IsHidden,
    ) -> Listening:
        """The kit's listening functions; skips a channel that does not listen, and fails
        one that listens without ``seed_activity``."""
        if Capability.LISTEN not in channel.capabilities:
            pytest.skip("this channel does not read activity")
        if seed_activity is None:
            pytest.fail("a channel that listens needs seed_activity in its contract kit")
        return Listening(seed_activity, replied_to, is_hidden)

    async def _fresh_items(
        self, channel: Channel, account: Account, fake: FakeAPI, listening: Listening, n: int
    ) -> list[Activity]:
        """Every item read after ``n`` new ones appeared."""
        listening.seed(fake, n)
        items, _cursor = await self._read_all(channel, account, None)
        return items

    async def _reading_fails(
        self, channel: Channel, account: Account, fake: FakeAPI, expected: type[Raised]
    ) -> Raised:
        """The error reading activity raises; the fake's faults are cleared afterwards."""
        try:
            async with self.client() as client:
                with pytest.raises(expected) as error:
                    await channel.read_activity(client, account, None)
        finally:
            fake.clear_faults()
        return error.value

    async def _read_all(
        self, channel: Channel, account: Account, cursor: str | None, *, pages: int = 20
    ) -> tuple[list[Activity], str | None]:
        """Every item from ``cursor`` on, following ``more``, and the last cursor."""
        items: list[Activity] = []
        async with self.client() as client:
            for _ in range(pages):
                page = await channel.read_activity(client, account, cursor)
                assert isinstance(page, ActivityPage), page
                assert all(isinstance(item, Activity) for item in page.items)
                items.extend(page.items)
                assert page.cursor is None or isinstance(page.cursor, str)
                cursor = page.cursor if page.cursor is not None else cursor
                if not page.more:
                    return items, cursor
        raise AssertionError(f"read_activity still had more after {pages} pages")

    async def test_activity_is_well_formed_and_read_once(
        self, channel: Channel, account: Account, fake: FakeAPI, listening: Listening
    ) -> None:
        """Items come whole (kind, author, text, UTC time), the cursor moves on, reading
        again from it gives nothing, and only what is new after it comes next time, even
        across pages."""
        listening.seed(fake, 12)
        first, cursor = await self._read_all(channel, account, None)
        ids = [item.remote_id for item in first]
        assert len(ids) == len(set(ids)), "an item came twice"
        assert len(first) >= 12, f"only {len(first)} of 12 items were read"
        assert cursor, "no cursor to read on from"
        for item in first:
            assert item.kind in ACTIVITY_KINDS, item.kind
            assert item.remote_id and item.author_name.strip() and isinstance(item.text, str)
            assert item.created_at.tzinfo is not None
            assert item.rating is None or 1 <= item.rating <= 5
            assert all(isinstance(v, str) for v in item.thread.values())
        again, same = await self._read_all(channel, account, cursor)
        assert again == [], f"read twice: {[i.remote_id for i in again]}"
        listening.seed(fake, 3)
        later, newer = await self._read_all(channel, account, same)
        assert len(later) == 3, [i.remote_id for i in later]
        assert not {i.remote_id for i in later} & set(ids)
        assert (await self._read_all(channel, account, newer))[0] == []

    async def test_a_rate_limit_on_reading_is_retry_later_with_a_time(
        self,
        channel: Channel,
        account: Account,
        fake: FakeAPI,
        listening: Listening,
        rate_limited: RateLimited,
    ) -> None:
        listening.seed(fake, 2)
        fake.inject(rate_limited(), times=1000)
        error = await self._reading_fails(channel, account, fake, RetryLater)
        assert error.retry_at is not None, "the network said when; the plugin lost it"
        assert error.retry_at > datetime.now(UTC)
        assert_no_secret(error, account)

    async def test_refused_credentials_on_reading_are_auth_expired(
        self, channel: Channel, account: Account, fake: FakeAPI, listening: Listening
    ) -> None:
        if not channel.credentials:
            pytest.skip("this channel reads without credentials")
        bad = dataclasses.replace(
            account, credentials={k: SECRET_MARK for k in account.credentials}
        )
        assert_no_secret(await self._reading_fails(channel, bad, fake, AuthExpired), bad)

    @pytest.mark.parametrize("kind", ["html", "html_ok", "garbage", "server_error"])
    async def test_a_broken_answer_to_reading_is_a_typed_error_in_words(
        self,
        channel: Channel,
        account: Account,
        fake: FakeAPI,
        listening: Listening,
        kind: str,
    ) -> None:
        listening.seed(fake, 2)
        fake.inject(not_the_api(kind), times=1000)
        error = await self._reading_fails(channel, account, fake, ChannelError)
        assert not isinstance(error, AuthExpired)
        assert error.message.strip() and "<html" not in error.message.lower()
        assert_no_secret(error, account)

    async def test_a_reply_reaches_the_item_it_answers(
        self, channel: Channel, account: Account, fake: FakeAPI, listening: Listening
    ) -> None:
        """The reply lands on the network under the item (the fake checks the references
        the way the network does), and where the plugin can read replies back it finds
        this one and no other."""
        replied_to = listening.replies(channel)
        items = await self._fresh_items(channel, account, fake, listening, 2)
        text = "Thank you for your kind words. Please call us at 555-0100."
        async with self.client() as client:
            for item in items:
                if item.reply_window_ends is not None and item.reply_window_ends < datetime.now(
                    UTC
                ):
                    continue
                if type(channel).find_reply is not Channel.find_reply:
                    assert await channel.find_reply(client, account, item, text) is None
                sent = await channel.reply(client, account, item, text)
                assert isinstance(sent, ReplySent) and sent.remote_id
                # Under the item itself, the post or conversation it belongs to, or (where
                # the network nests one level) the comment it is a reply to.
                assert replied_to(fake, sent.remote_id) in {
                    item.remote_id,
                    item.on_remote_id,
                    *item.thread.values(),
                }
                if type(channel).find_reply is not Channel.find_reply:
                    found = await channel.find_reply(client, account, item, text)
                    assert found is not None and found.remote_id == sent.remote_id
                return
        raise AssertionError("no item could be answered")

    async def test_a_reply_whose_answer_is_lost_is_unknown_and_found_again(
        self, channel: Channel, account: Account, fake: FakeAPI, listening: Listening
    ) -> None:
        """The network took the reply but its answer never came: never a success, never
        "nothing was sent" (``RetryLater``); ``find_reply``, where the plugin has it, then
        finds the reply that did land, so the core does not send it again."""
        _skip_unless(channel, Capability.REPLY)
        items = await self._fresh_items(channel, account, fake, listening, 1)
        now = datetime.now(UTC)
        item = next(i for i in items if i.reply_window_ends is None or i.reply_window_ends > now)
        text = "Thank you. Please call us at 555-0100."
        for method in ("POST", "PUT"):
            fake.inject(Fault.timeout_after_handling(1.0), method=method, times=1)
        try:
            async with self.client(0.5) as client:
                with pytest.raises((OutcomeUnknown, httpx.TimeoutException)):
                    await channel.reply(client, account, item, text)
        finally:
            fake.clear_faults()
        if type(channel).find_reply is Channel.find_reply:
            return
        async with self.client() as client:
            found = await channel.find_reply(client, account, item, text)
        assert found is not None, "the reply landed but find_reply did not see it"
        assert listening.replies(channel)(fake, found.remote_id) in {
            item.remote_id,
            item.on_remote_id,
            *item.thread.values(),
        }

    async def test_a_deleted_reply_is_gone(
        self, channel: Channel, account: Account, fake: FakeAPI, listening: Listening
    ) -> None:
        """Where the plugin deletes its replies (a Google review's owner reply), the reply
        read back is gone afterwards."""
        if type(channel).delete_reply is Channel.delete_reply:
            pytest.skip("this channel does not delete replies")
        item, *_rest = await self._fresh_items(channel, account, fake, listening, 1)
        text = "Thank you for your feedback."
        async with self.client() as client:
            await channel.reply(client, account, item, text)
            await channel.delete_reply(client, account, item)
            if type(channel).find_reply is not Channel.find_reply:
                assert await channel.find_reply(client, account, item, text) is None

    async def test_hide_hides_and_shows_again(
        self, channel: Channel, account: Account, fake: FakeAPI, listening: Listening
    ) -> None:
        is_hidden = listening.hides(channel)
        items = await self._fresh_items(channel, account, fake, listening, 1)
        item = next(i for i in items if i.kind in ("comment", "reply"))
        async with self.client() as client:
            await channel.hide(client, account, item)
            assert is_hidden(fake, item.remote_id)
            await channel.hide(client, account, item, hidden=False)
            assert not is_hidden(fake, item.remote_id)


Fake = TypeVar("Fake", bound=FakeAPI)


@dataclasses.dataclass(frozen=True)
class ContractKit(Generic[Fake]):
    """Everything the contract suite needs to run against one channel.

    ``make_fake`` returns a not-yet-started :class:`FakeAPI` (None for a channel that sends
    nothing); ``account_for`` builds an account of the channel whose ``base_url`` is the
    given address, with credentials the fake accepts."""

    make_channel: Callable[[], Channel]
    account_for: Callable[[str], Account]
    good_draft: Draft
    make_fake: Callable[[], Fake] | None = None
    seed_activity: Callable[[Fake, int], object] | None = None
    """For a channel that listens: make ``n`` new items of activity appear on the fake,
    newer than everything before (comments, mentions, messages, reviews)."""
    replied_to: Callable[[Fake, str], str | None] | None = None
    """For a channel that replies: the id of the item (or of the post or conversation it
    belongs to, or of a reference in its ``thread``) that the fake filed the reply with this
    id under, from the references the
    reply carried; None when it filed it nowhere."""
    is_hidden: Callable[[Fake, str], bool] | None = None
    """For a channel that hides: whether the fake shows the item with this id as hidden."""
    rate_limited: Callable[[], Fault] | None = None
    """The network's own rate-limit answer (its status, body and reset headers); by default
    a 429 with ``Retry-After: 120``."""
    posts: Callable[[Fake], int] | None = None
    """For a channel that publishes: how many posts the fake holds (a follower would see),
    so the lost-answer test can tell one post from two."""
    bury: Callable[[Fake], object] | None = None
    """For a channel that reconciles: make posts appear on the account, newer than
    everything, as if made elsewhere (the network's app, another tool): more than one page
    of the listing its reconcile reads, so that it is seen reading back through pages."""


def contract_for(kit: ContractKit[Any], name: str = "") -> type[ChannelContract]:
    """A ``ChannelContract`` test class wired to ``kit``; assign it to a ``Test…`` name."""

    class Contract(ChannelContract):
        @pytest.fixture
        def fake(self) -> Iterator[FakeAPI]:
            server = kit.make_fake() if kit.make_fake else FakeAPI()
            server.echo_credentials = True
            server.start()
            try:
                yield server
            finally:
                server.stop()

        @pytest.fixture
        def channel(self) -> Channel:
            return kit.make_channel()

        @pytest.fixture
        def account(self, fake: FakeAPI) -> Account:
            return kit.account_for(fake.base_url)

        @pytest.fixture
        def good_draft(self) -> Draft:
            return kit.good_draft

        @pytest.fixture
        def recorded(self, fake: FakeAPI) -> list[RecordedRequest]:
            return fake.requests

    Contract.kit = kit
    Contract.__name__ = Contract.__qualname__ = f"Test{name or 'Channel'}Contract"
    return Contract


def discover_kits() -> dict[str, ContractKit[Any]]:
    """The contract kits installed packages declare under ``medsocial.contract``, by channel
    name; a kit that fails to load is reported as an error for that name."""
    kits: dict[str, ContractKit[Any]] = {}
    for ep in entry_points(group=CONTRACT_GROUP):
        kits[ep.name] = ep.load()()
    return kits
