"""A loopback network that people write to, and its channel, for testing the inbox core.

``InboxNetwork`` extends the reference network (so publishing and listening share one
account and one rate limit) with what a typical listening API does:

- ``GET /v1/activity?after=ID&limit=N``: activity oldest first after a cursor (an item id),
  ``{"data": [...], "cursor": "ID", "more": true|false}``; 429 with ``Retry-After`` when a
  test injects it;
- ``POST /v1/activity/ID/replies``: the account's reply (counted per item, so a test proves
  nothing was answered twice); ``GET`` the same path reads the thread back;
- ``POST /v1/activity/ID/hide`` with ``{"hidden": true|false}``.

``LoopbackInboxChannel`` (``loopback-inbox``) listens, replies and hides; ``QuietChannel``
(``loopback-quiet``) publishes only and says where its activity is read instead.
"""

from __future__ import annotations

import itertools
import threading
from collections import defaultdict
from datetime import UTC, datetime, timedelta
from typing import Any

import httpx

from medsocial_tui.channel import (
    Account,
    Activity,
    ActivityPage,
    AuthExpired,
    Capability,
    OutcomeUnknown,
    Rejected,
    ReplySent,
    RetryLater,
)
from medsocial_tui.channelkit import retry_after
from medsocial_tui.hookspecs import RegisterChannel, hookimpl
from medsocial_tui.testing.fakeapi import RecordedRequest, Reply
from medsocial_tui.testing.reference import ReferenceChannel, ReferenceNetwork

PAGE_SIZE = 5


class InboxNetwork(ReferenceNetwork):
    """``activity`` holds what people wrote (ids ascending); ``replies`` what the account
    answered, per item id."""

    def __init__(self, page_size: int = PAGE_SIZE) -> None:
        super().__init__()
        self.page_size = page_size
        self.activity: list[dict[str, Any]] = []
        self.replies: dict[str, list[dict[str, Any]]] = defaultdict(list)
        self.hidden: set[str] = set()
        self._activity_ids = itertools.count(1)
        self._reply_ids = itertools.count(1)
        self._activity_lock = threading.Lock()
        self.route("GET", r"/v1/activity")(self._read)
        self.route("POST", r"/v1/activity/(?P<item>[^/]+)/replies")(self._reply)
        self.route("GET", r"/v1/activity/(?P<item>[^/]+)/replies")(self._read_thread)
        self.route("POST", r"/v1/activity/(?P<item>[^/]+)/hide")(self._hide)

    def write(
        self,
        text: str,
        *,
        kind: str = "comment",
        author: str = "Someone",
        handle: str | None = None,
        rating: int | None = None,
        on: str | None = "1",
        age: timedelta = timedelta(minutes=5),
    ) -> str:
        """Someone writes to the account; the item's id."""
        with self._activity_lock:
            item_id = str(next(self._activity_ids))
            self.activity.append(
                {
                    "id": item_id,
                    "kind": kind,
                    "author": author,
                    "handle": handle,
                    "text": text,
                    "rating": rating,
                    "on": on,
                    "created_at": (datetime.now(UTC) - age).isoformat(),
                }
            )
        return item_id

    def _read(self, request: RecordedRequest) -> Reply:
        if not self._authorised(request):
            return Reply(401, {"error": {"code": "invalid_token", "message": "Token expired"}})
        after = int(request.arg("after") or 0)
        limit = min(int(request.arg("limit") or self.page_size), 50)
        with self._activity_lock:
            newer = [a for a in self.activity if int(a["id"]) > after]
        page = newer[:limit]
        cursor = page[-1]["id"] if page else str(after)
        return Reply(200, {"data": page, "cursor": cursor, "more": len(newer) > limit})

    def _reply(self, request: RecordedRequest) -> Reply:
        item = request.part("item")
        if not self._authorised(request):
            return Reply(401, {"error": {"code": "invalid_token", "message": "Token expired"}})
        text = request.json().get("text", "")
        if not text:
            return Reply(422, {"error": {"code": "empty", "message": "Text is required"}})
        with self._activity_lock:
            if not any(a["id"] == item for a in self.activity):
                return Reply(404, {"error": {"code": "gone", "message": "No such item"}})
            reply = {"id": f"r{next(self._reply_ids)}", "text": text}
            self.replies[item].append(reply)
        return Reply(200, {**reply, "url": f"https://loopback.example/a/{item}#{reply['id']}"})

    def _read_thread(self, request: RecordedRequest) -> Reply:
        item = request.part("item")
        with self._activity_lock:
            return Reply(200, {"data": list(self.replies.get(item, []))})

    def _hide(self, request: RecordedRequest) -> Reply:
        item = request.part("item")
        hidden = bool(request.json().get("hidden", True))
        with self._activity_lock:
            (self.hidden.add if hidden else self.hidden.discard)(item)
        return Reply(200, {"ok": True})

    def answered_twice(self) -> dict[str, int]:
        return {k: len(v) for k, v in self.replies.items() if len(v) > 1}


def _words(response: httpx.Response) -> str:
    try:
        error = response.json().get("error", {})
    except (ValueError, AttributeError):
        return f"HTTP {response.status_code}"
    if isinstance(error, str):
        return f"{error} ({response.status_code})"
    return f"{error.get('message', 'error')} ({error.get('code', response.status_code)})"


def _raise_for(response: httpx.Response, *, sending: bool) -> None:
    if response.status_code == 429:
        raise RetryLater(f"rate limited: {_words(response)}", retry_after(response.headers))
    if response.status_code == 401:
        raise AuthExpired(_words(response))
    if 400 <= response.status_code < 500:
        raise Rejected(_words(response))
    if response.status_code >= 500:
        if sending:
            raise OutcomeUnknown(_words(response))
        raise RetryLater(_words(response))


class LoopbackInboxChannel(ReferenceChannel):
    name = "loopback-inbox"
    title = "Loopback inbox"
    capabilities = frozenset(
        {
            Capability.PUBLISH,
            Capability.RECONCILE,
            Capability.LISTEN,
            Capability.REPLY,
            Capability.HIDE,
        }
    )

    def _auth(self, account: Account) -> dict[str, str]:
        return {"Authorization": f"Bearer {account.credentials['access_token']}"}

    async def read_activity(
        self, client: httpx.AsyncClient, account: Account, cursor: str | None
    ) -> ActivityPage:
        response = await client.get(
            f"{account.base_url}/v1/activity",
            params={"after": cursor or "0"},
            headers=self._auth(account),
        )
        _raise_for(response, sending=False)
        body = response.json()
        items = [
            Activity(
                remote_id=a["id"],
                kind=a["kind"],
                author_name=a["author"],
                text=a["text"],
                created_at=datetime.fromisoformat(a["created_at"]),
                author_handle=a.get("handle"),
                permalink=f"https://loopback.example/a/{a['id']}",
                on_remote_id=a.get("on"),
                rating=a.get("rating"),
                thread={"item": a["id"]},
            )
            for a in body["data"]
        ]
        return ActivityPage(items, body.get("cursor"), bool(body.get("more")))

    async def reply(
        self, client: httpx.AsyncClient, account: Account, item: Activity, text: str
    ) -> ReplySent:
        answer = await self._post_on(client, account, item, "replies", {"text": text}, sending=True)
        body = answer.json()
        return ReplySent(remote_id=str(body["id"]), permalink=body.get("url"))

    async def find_reply(
        self, client: httpx.AsyncClient, account: Account, item: Activity, text: str
    ) -> ReplySent | None:
        response = await client.get(
            f"{account.base_url}/v1/activity/{item.remote_id}/replies", headers=self._auth(account)
        )
        if response.status_code != 200:
            raise OutcomeUnknown(_words(response))
        for reply in response.json()["data"]:
            if reply["text"] == text:
                return ReplySent(remote_id=reply["id"])
        return None

    async def hide(
        self, client: httpx.AsyncClient, account: Account, item: Activity, hidden: bool = True
    ) -> None:
        await self._post_on(client, account, item, "hide", {"hidden": hidden}, sending=False)

    async def _post_on(
        self,
        client: httpx.AsyncClient,
        account: Account,
        item: Activity,
        what: str,
        body: dict[str, Any],
        *,
        sending: bool,
    ) -> httpx.Response:
        """POST ``body`` to the item's ``what`` (replies, hide); a refusal raises."""
        response = await client.post(
            f"{account.base_url}/v1/activity/{item.remote_id}/{what}",
            json=body,
            headers=self._auth(account),
        )
        _raise_for(response, sending=sending)
        return response


class QuietChannel(ReferenceChannel):
    name = "loopback-quiet"
    title = "Loopback (no listening API)"
    capabilities = frozenset({Capability.PUBLISH})
    listening_note = "Loopback gives apps no way to read comments: read them in its app"


@hookimpl
def register_channels(register: RegisterChannel) -> None:
    register(LoopbackInboxChannel)
    register(QuietChannel)


def one_minute_ago() -> datetime:
    return datetime.now(UTC) - timedelta(minutes=1)
