"""A reference network and its channel, for testing the core and as a worked example.

``ReferenceNetwork`` is a loopback API that behaves like a typical social network: it creates
a post per ``POST /v1/posts``, answers 429 with ``Retry-After``, 401 for a bad token, 422 for a
rejected post, and lets a client list recent posts to check whether an earlier attempt landed.
It counts creates per client key, so a test can prove nothing was published twice.

Three plugins talk to it, one per kind of network the core must handle:

- ``ReferenceChannel`` (``loopback``): no idempotency, but it can list recent posts, so an
  unknown outcome is reconciled;
- ``DedupingReferenceChannel`` (``loopback-dedupe``): sends an ``Idempotency-Key`` the network
  honours, so an unknown outcome is simply sent again;
- ``BlindReferenceChannel`` (``loopback-blind``): neither, so an unknown outcome waits for a
  person.

Tests pass this module as an extra plugin, or put a dist-info declaring it under the
``medsocial`` entry-point group on ``PYTHONPATH`` for a ``medsocial flush`` subprocess.
"""

from __future__ import annotations

import itertools
import threading
from collections import Counter

import httpx

from medsocial_tui.channel import (
    Account,
    AuthExpired,
    Capability,
    Channel,
    Field,
    Limits,
    OutcomeUnknown,
    Published,
    PublishRequest,
    Rejected,
    RetryLater,
)
from medsocial_tui.channelkit import not_the_api, retry_after
from medsocial_tui.hookspecs import hookimpl
from medsocial_tui.testing.fakeapi import FakeAPI, RecordedRequest, Reply


class ReferenceNetwork(FakeAPI):
    """The loopback network: ``posts`` holds what is live, ``creates`` counts per client key.
    A create carrying an ``Idempotency-Key`` already seen returns the first post instead."""

    def __init__(self) -> None:
        super().__init__()
        self.posts: list[dict[str, str]] = []
        self.creates: Counter[str] = Counter()
        self._ids = itertools.count(1)
        self._post_lock = threading.Lock()
        self.route("POST", r"/v1/posts")(self._create)
        self.route("GET", r"/v1/posts")(self._list)
        self.route("GET", r"/v1/me")(self._me)

    def _authorised(self, request: RecordedRequest) -> bool:
        return request.headers.get("authorization") == "Bearer good-token"

    def _create(self, request: RecordedRequest) -> Reply:
        if not self._authorised(request):
            return Reply(401, {"error": {"code": "invalid_token", "message": "Token expired"}})
        body = request.json()
        idempotency_key = request.headers.get("idempotency-key")
        key = idempotency_key or body.get("client_key", "")
        with self._post_lock:
            if idempotency_key:
                existing = next((p for p in self.posts if p["key"] == key), None)
                if existing is not None:
                    return Reply(200, existing)
            if not body.get("text"):
                return Reply(422, {"error": {"code": "empty", "message": "Text is required"}})
            post = {"id": str(next(self._ids)), "text": body["text"], "key": key}
            self.posts.append(post)
            self.creates[key] += 1
        return Reply(200, {**post, "url": f"https://loopback.example/p/{post['id']}"})

    def _list(self, request: RecordedRequest) -> Reply:
        if not self._authorised(request):
            return Reply(401, {"error": {"code": "invalid_token", "message": "Token expired"}})
        with self._post_lock:
            return Reply(200, {"data": list(self.posts)})

    def _me(self, request: RecordedRequest) -> Reply:
        if not self._authorised(request):
            return Reply(401, {"error": {"code": "invalid_token", "message": "Token expired"}})
        return Reply(200, {"id": "me", "name": "Reference page"})

    def duplicates(self) -> dict[str, int]:
        """Client keys published more than once (should always be empty)."""
        return {k: n for k, n in self.creates.items() if n > 1}


def _words(response: httpx.Response) -> str:
    try:
        error = response.json().get("error", {})
        return f"{error.get('message', 'error')} ({error.get('code', response.status_code)})"
    except ValueError:
        return not_the_api("The loopback network", response)


class ReferenceChannel(Channel):
    """The plugin for :class:`ReferenceNetwork`: no idempotency; reconciles by listing."""

    name = "loopback"
    title = "Loopback network"
    capabilities = frozenset({Capability.PUBLISH, Capability.RECONCILE})
    credentials = (Field("access_token", "Access token"),)
    max_concurrency = 2

    def limits(self, account: Account | None = None) -> Limits:
        return Limits(max_chars=500)

    def _headers(self, request: PublishRequest) -> dict[str, str]:
        headers = {"Authorization": f"Bearer {request.account.credentials['access_token']}"}
        if self.dedupes_retries:
            headers["Idempotency-Key"] = request.idempotency_key
        return headers

    async def publish(self, client: httpx.AsyncClient, request: PublishRequest) -> Published:
        response = await client.post(
            f"{request.account.base_url}/v1/posts",
            json={"text": request.draft.text, "client_key": request.idempotency_key},
            headers=self._headers(request),
        )
        if response.status_code == 429:
            raise RetryLater(f"rate limited: {_words(response)}", retry_after(response.headers))
        if response.status_code == 401:
            raise AuthExpired(_words(response))
        if 400 <= response.status_code < 500:
            raise Rejected(_words(response))
        if response.status_code >= 500:
            raise OutcomeUnknown(_words(response))
        try:
            body = response.json()
            return Published(remote_id=str(body["id"]), url=body.get("url"))
        except (ValueError, KeyError, TypeError):
            raise OutcomeUnknown(_words(response)) from None

    async def find_existing(
        self, client: httpx.AsyncClient, request: PublishRequest
    ) -> Published | None:
        response = await client.get(
            f"{request.account.base_url}/v1/posts",
            headers={"Authorization": f"Bearer {request.account.credentials['access_token']}"},
        )
        if response.status_code != 200:
            raise OutcomeUnknown(_words(response))
        for post in response.json()["data"]:
            if post["key"] == request.idempotency_key:
                return Published(remote_id=post["id"])
        return None


class DedupingReferenceChannel(ReferenceChannel):
    """The same network used with its ``Idempotency-Key``: a repeat returns the first post."""

    name = "loopback-dedupe"
    title = "Loopback network (idempotent)"
    capabilities = frozenset({Capability.PUBLISH})
    dedupes_retries = True


class BlindReferenceChannel(ReferenceChannel):
    """The same network without any way to tell whether an unanswered post landed."""

    name = "loopback-blind"
    title = "Loopback network (no reconcile)"
    capabilities = frozenset({Capability.PUBLISH})

    async def find_existing(
        self, client: httpx.AsyncClient, request: PublishRequest
    ) -> Published | None:
        return await Channel.find_existing(self, client, request)


@hookimpl
def register_channels(register) -> None:
    register(ReferenceChannel)
    register(DedupingReferenceChannel)
    register(BlindReferenceChannel)
