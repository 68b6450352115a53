"""A reference network and its channel, for testing the core and as a worked example.

``ReferenceNetwork`` is a loopback API that behaves like a typical social network: it creates
a post per ``POST /v1/posts``, answers 429 with ``Retry-After``, 401 for a bad token, 422 for a
rejected post, and lists the account's posts newest first, 25 a page with a ``before`` cursor,
so a client can page back to check whether an earlier attempt landed. It counts creates per
client key, so a test can prove nothing was published twice; ``post_by_someone_else`` adds
posts as a busy practice's other staff would.

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
import time
from collections import Counter
from datetime import timedelta
from typing import Any

import httpx

from medsocial_tui.channel import (
    Account,
    Capability,
    Channel,
    Field,
    Limits,
    Published,
    PublishRequest,
)
from medsocial_tui.channelkit import Network, Page, look_back, parse_time
from medsocial_tui.hookspecs import RegisterChannel, hookimpl
from medsocial_tui.testing.fakeapi import FakeAPI, RecordedRequest, Reply

PAGE_SIZE = 25
MATCH_SKEW = timedelta(minutes=2)


class ReferenceNetwork(FakeAPI):
    """The loopback network: ``posts`` holds what is live, ``creates`` counts per client key.
    A create carrying an ``Idempotency-Key`` already seen returns the first post instead."""

    def __init__(self) -> None:
        super().__init__()
        self.posts: list[dict[str, Any]] = []
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
            post = self._new(body["text"], key)
            self.creates[key] += 1
        return Reply(200, {**post, "url": f"https://loopback.example/p/{post['id']}"})

    def _new(self, text: str, key: str) -> dict[str, Any]:
        post = {"id": str(next(self._ids)), "text": text, "key": key, "created_at": time.time()}
        self.posts.append(post)
        return post

    def post_by_someone_else(self, count: int, text: str = "Another post") -> None:
        """Posts made on the page by others (or by later runs), newer than all before."""
        with self._post_lock:
            for n in range(count):
                self._new(f"{text} {n}", f"other-{next(self._ids)}")

    def _list(self, request: RecordedRequest) -> Reply:
        """Newest first, ``limit`` a page (25 unless asked, at most 100), older ones after
        the ``before`` cursor (a post id); ``next`` is absent on the last page."""
        if not self._authorised(request):
            return Reply(401, {"error": {"code": "invalid_token", "message": "Token expired"}})
        limit = min(int(request.arg("limit") or PAGE_SIZE), 100)
        before = request.arg("before")
        with self._post_lock:
            newest = list(reversed(self.posts))
        if before:
            newest = [p for p in newest if int(p["id"]) < int(before)]
        page = newest[:limit]
        body: dict[str, object] = {"data": page}
        if len(newest) > limit:
            body["next"] = page[-1]["id"]
        return Reply(200, body)

    def _me(self, request: RecordedRequest) -> Reply:
        if not self._authorised(request):
            return Reply(401, {"error": {"code": "invalid_token", "message": "Token expired"}})
        return Reply(200, {"id": "me", "name": "Reference page"})

    def duplicates(self) -> dict[str, int]:
        """Client keys published more than once (should always be empty)."""
        return {k: n for k, n in self.creates.items() if n > 1}


def _said(body: Any) -> str | None:
    error = body.get("error") if isinstance(body, dict) else None
    if not isinstance(error, dict):
        return None
    code = error.get("code")
    message = error.get("message", "error")
    return f"{message} ({code})" if isinstance(code, str) and code else str(message)


LOOPBACK = Network("The loopback network", said=_said)
"""The loopback network's answers: ``{"error": {"code", "message"}}``, Retry-After on 429."""


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
        body = LOOPBACK.object(response, creates=True)
        if "id" not in body:
            raise LOOPBACK.unclear(response, creates=True)
        return Published(remote_id=str(body["id"]), url=body.get("url"))

    async def find_existing(
        self, client: httpx.AsyncClient, request: PublishRequest
    ) -> Published | None:
        """Page back (``before``) until the listing is older than the claim."""

        async def read(cursor: str | None) -> Page:
            response = await client.get(
                f"{request.account.base_url}/v1/posts",
                params={"before": cursor} if cursor else {},
                headers={"Authorization": f"Bearer {request.account.credentials['access_token']}"},
            )
            body = LOOPBACK.object(response, creates=False)
            return Page(body["data"], body.get("next"))

        def ours(post: dict[str, Any]) -> Published | None:
            return (
                Published(remote_id=post["id"]) if post["key"] == request.idempotency_key else None
            )

        return await look_back(
            self.title,
            read,
            since=request.claimed_at - MATCH_SKEW,
            created_of=lambda post: parse_time(post.get("created_at")),
            match=ours,
        )


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
def register_channels(register: RegisterChannel) -> None:
    register(ReferenceChannel)
    register(DedupingReferenceChannel)
    register(BlindReferenceChannel)
