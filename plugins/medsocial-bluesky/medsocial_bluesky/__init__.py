"""Bluesky (AT Protocol): a session per account kept between runs and refreshed, posts written
with a record key we choose, so an unanswered request is retried safely and reconciled with
``getRecord``.

Sessions are kept between runs (``channelkit.kept_session``, the practice's 0600
``sessions.json``): a run reuses the stored access token, refreshes it with the refresh token
when it has expired (storing the rotated pair), and logs in with the app password only when
there is no session or the refresh is refused. ``createSession`` allows 30 logins per 5
minutes and 300 a day per account, which a login per ``flush`` run (cron every 5 minutes:
288 a day) plus the app's checks would exhaust.
"""

from __future__ import annotations

import asyncio
import hashlib
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

import httpx

from medsocial_bluesky import metadata, richtext, tid
from medsocial_tui import channelkit as kit
from medsocial_tui import clock
from medsocial_tui.hookspecs import RegisterChannel, hookimpl

API_VERSION = "com.atproto / app.bsky.feed.post"
"""XRPC methods and the post lexicon this plugin writes (the AT Protocol has no version path)."""
COLLECTION = "app.bsky.feed.post"
MAX_IMAGES = 4
MAX_IMAGE_BYTES = 1_000_000
AUTH_ERRORS = {"AuthMissing", "AuthenticationRequired", "InvalidToken", "ExpiredToken"}
REFRESHABLE = {"ExpiredToken", "InvalidToken"}
POST_URL = "https://bsky.app/profile/{who}/post/{rkey}"
REASONS = {"mention": "mention", "reply": "reply", "quote": "quote"}
"""Notification reasons the inbox reads, and the kind each becomes."""
NOTIFICATIONS_PAGE = 50
MAX_NOTIFICATION_PAGES = 20
"""Pages read back per fetch to reach the last one seen (1 000 notifications); older new
ones are not read (a fetch every few minutes never meets so many)."""

GET_POSTS = 25
"""Posts one ``app.bsky.feed.getPosts`` may ask for."""


@dataclass
class Session:
    did: str
    handle: str
    access_jwt: str
    refresh_jwt: str
    pds: str

    def kept(self) -> dict[str, str]:
        return {
            "did": self.did,
            "handle": self.handle,
            "accessJwt": self.access_jwt,
            "refreshJwt": self.refresh_jwt,
            "pds": self.pds,
        }

    @classmethod
    def from_kept(cls, kept: dict[str, str] | None) -> Session | None:
        """The session a run kept, or None when there is none or not all of it."""
        needed = ("did", "accessJwt", "refreshJwt", "pds")
        if not kept or not all(kept.get(k) for k in needed):
            return None
        return cls(
            kept["did"], kept.get("handle", ""), kept["accessJwt"], kept["refreshJwt"], kept["pds"]
        )


def _error(response: httpx.Response) -> str:
    body = kit.json_body(response)
    return str(body.get("error", "")) if isinstance(body, dict) else ""


def _said(body: Any) -> str | None:
    if not isinstance(body, dict) or not (body.get("error") or body.get("message")):
        return None
    error, message = body.get("error"), body.get("message")
    return f"{message} ({error})" if message and error else str(message or error)


def _kind(body: Any) -> kit.ErrorKind | None:
    return "auth" if isinstance(body, dict) and body.get("error") in AUTH_ERRORS else None


BLUESKY = kit.Network(
    "Bluesky",
    said=_said,
    kind=_kind,
    reset_header="ratelimit-reset",
    auth_words="refused the sign-in",
)
"""XRPC answers: ``{"error", "message"}`` bodies, ``RateLimit-Reset`` in Unix seconds (some
edge 429s carry only Retry-After or nothing)."""


def _pds_of(body: dict[str, Any], fallback: str) -> str:
    """The account's own PDS from the session's DID document, else the login address."""
    for service in (body.get("didDoc") or {}).get("service", []) or []:
        if str(service.get("id", "")).endswith("#atproto_pds") and service.get("serviceEndpoint"):
            return str(service["serviceEndpoint"]).rstrip("/")
    return fallback


class Bluesky(kit.Channel):
    name = "bluesky"
    title = "Bluesky"
    default_base_url = "https://bsky.social"
    api_version = API_VERSION
    capabilities = kit.can("publish", "delete", "reconcile", "listen", "reply", "metrics")
    metrics_offered = ("likes", "shares", "comments", "quotes", "saves")
    account_metrics_offered = ("followers",)
    metrics_note = (
        "Bluesky gives no views, reach or clicks; followers are read as they stand when "
        "fetched, with no history"
    )
    credentials = (
        kit.Field(
            "app_password",
            "App password",
            "Settings > Privacy and security > App passwords > Add App Password",
        ),
    )
    settings = (
        kit.Field("handle", "Handle", "the account's handle, e.g. maplestreetdental.bsky.social"),
    )
    dedupes_retries = True
    max_concurrency = 2
    credentials_help = (
        "In Bluesky: Settings > Privacy and security > App passwords > Add App Password "
        "(never the account's main password). Put the handle in practice.toml under "
        "[accounts.settings] and the app password in secrets.toml as app_password. Sessions "
        "are refreshed automatically; revoking the app password stops them. See "
        "docs/channels/bluesky.md."
    )

    def __init__(self) -> None:
        self._sessions: dict[str, Session] = {}
        self._locks: dict[tuple[str, int], asyncio.Lock] = {}
        self.logins = 0

    # Offline

    def limits(self, account: kit.Account | None = None) -> kit.Limits:
        return kit.Limits(
            max_chars=richtext.MAX_GRAPHEMES,
            counted_as="graphemes (what you see as one character)",
            media=kit.MediaRule.OPTIONAL,
            max_media=MAX_IMAGES,
            alt_text=True,
        )

    def count(self, text: str) -> int:
        return richtext.graphemes(text)

    text_of = staticmethod(kit.text_with_link)

    def validate(self, draft: kit.Draft, account: kit.Account | None = None) -> list[kit.Problem]:
        text = self.text_of(draft)
        problems = super().validate(kit.Draft(text, draft.media, draft.link), account)
        if len(text.encode("utf-8")) > richtext.MAX_BYTES:
            problems.append(kit.Problem(f"over {richtext.MAX_BYTES} bytes: shorten the text"))
        for media in draft.media:
            kind = kit.media_type(media, "application/octet-stream")
            name = Path(media.path).name
            if not kind.startswith("image/"):
                problems.append(
                    kit.Problem(f"{name}: this plugin posts images only, not video", field="media")
                )
            size = kit.media_size(media)
            if size is not None and size > MAX_IMAGE_BYTES:
                problems.append(
                    kit.Problem(f"{name} is over 1 MB, Bluesky's image limit", field="media")
                )
        return problems

    # Sessions

    @staticmethod
    def _key(account: kit.Account) -> str:
        secret = hashlib.sha256(account.credentials.get("app_password", "").encode()).hexdigest()
        return f"{account.base_url}|{account.settings.get('handle', '')}|{secret[:16]}"

    def _lock(self, key: str) -> asyncio.Lock:
        slot = (key, id(asyncio.get_running_loop()))
        return self._locks.setdefault(slot, asyncio.Lock())

    def _kept(self, account: kit.Account) -> kit.KeptSession:
        """The session kept between runs, for this address, handle and app password."""
        return kit.kept_session(account, made_from=self._key(account))

    async def _login(self, client: httpx.AsyncClient, account: kit.Account) -> Session:
        """A new session from the app password (rate limited: 30 per 5 minutes, 300 a day),
        kept for the next runs."""
        session = await self._sign_in(client, account)
        self._kept(account).put(session.kept())
        return session

    async def _sign_in(self, client: httpx.AsyncClient, account: kit.Account) -> Session:
        self.logins += 1
        response = await BLUESKY.quietly(
            client.post(
                f"{account.base_url}/xrpc/com.atproto.server.createSession",
                json={
                    "identifier": account.settings.get("handle", ""),
                    "password": account.credentials.get("app_password", ""),
                },
            ),
            "signing in",
        )
        if response.status_code in (400, 401) and kit.json_body(response) is not None:
            self._kept(account).forget()
            if _error(response) == "AuthFactorTokenRequired":
                raise kit.AuthExpired(
                    "Bluesky emailed a sign-in code, so the password in secrets.toml is the "
                    "account's own: make an app password (Bluesky: Settings > Privacy and "
                    "security > App passwords) and put it there as app_password "
                    f"({BLUESKY.words(response, account)})"
                )
            raise kit.AuthExpired(f"Bluesky refused the app password: {BLUESKY.words(response)}")
        return self._session_from(response, account.base_url)

    @staticmethod
    def _session_from(response: httpx.Response, fallback: str) -> Session:
        body = BLUESKY.object(response, creates=False)
        if not body.get("accessJwt") or not body.get("did"):
            raise kit.RetryLater("Bluesky's sign-in answer had no session; nothing was posted yet")
        return Session(
            did=str(body["did"]),
            handle=str(body.get("handle", "")),
            access_jwt=str(body["accessJwt"]),
            refresh_jwt=str(body.get("refreshJwt", "")),
            pds=_pds_of(body, fallback),
        )

    async def session(self, client: httpx.AsyncClient, account: kit.Account) -> Session:
        """The account's session: the one this process holds, else the one an earlier run
        kept, else a new login."""
        key = self._key(account)
        async with self._lock(key):
            if key not in self._sessions:
                kept = Session.from_kept(self._kept(account).get())
                self._sessions[key] = kept or await self._login(client, account)
            return self._sessions[key]

    async def _renew(
        self, client: httpx.AsyncClient, account: kit.Account, stale: Session
    ) -> Session:
        """Refresh an expired session (the refresh token rotates); log in again only when the
        refresh token is refused too."""
        key = self._key(account)
        async with self._lock(key):
            current = self._sessions.get(key)
            if current is not None and current.access_jwt != stale.access_jwt:
                return current
            kept = Session.from_kept(self._kept(account).get())
            if kept is not None and kept.access_jwt != stale.access_jwt:
                self._sessions[key] = kept  # another process (flush, the app) renewed it
                return kept
            response = await BLUESKY.quietly(
                client.post(
                    f"{stale.pds}/xrpc/com.atproto.server.refreshSession",
                    headers={"Authorization": f"Bearer {stale.refresh_jwt}"},
                ),
                "refreshing the session",
            )
            if response.status_code < 300:
                renewed = self._session_from(response, stale.pds)
                renewed.pds = stale.pds
                self._kept(account).put(renewed.kept())
            elif _error(response) in AUTH_ERRORS or response.status_code == 401:
                renewed = await self._login(client, account)
            else:
                BLUESKY.raise_for_status(response, creates=False)
                raise kit.RetryLater("Bluesky did not refresh the session")
            self._sessions[key] = renewed
            return renewed

    async def _xrpc(
        self,
        client: httpx.AsyncClient,
        account: kit.Account,
        method: str,
        nsid: str,
        **kwargs: Any,
    ) -> tuple[httpx.Response, Session]:
        """One call with the account's session; an expired access token is refreshed and the
        call sent once more (the server refused the first, so nothing happened)."""
        session = await self.session(client, account)
        extra = kwargs.pop("headers", {})
        for attempt in range(2):
            headers = {"Authorization": f"Bearer {session.access_jwt}", **extra}
            response = await client.request(
                method, f"{session.pds}/xrpc/{nsid}", headers=headers, **kwargs
            )
            if attempt == 0 and _error(response) in REFRESHABLE:
                session = await self._renew(client, account, session)
                continue
            break
        return response, session

    # Records

    @staticmethod
    def record_key(request: kit.PublishRequest) -> str:
        saved = request.progress.get("rkey")
        if saved:
            return str(saved)
        moment = request.scheduled_at or request.claimed_at
        return tid.for_delivery(request.delivery_id, request.idempotency_key, moment)

    def _found(
        self, response: httpx.Response, session: Session, request: kit.PublishRequest, rkey: str
    ) -> kit.Published | None:
        """The post at our record key from a getRecord answer, None when there is none; a
        record there with other text is not ours, which only a person can sort out."""
        if response.status_code == 400 and _error(response) == "RecordNotFound":
            return None
        body = BLUESKY.object(response, creates=False)
        text = str((body.get("value") or {}).get("text", ""))
        if text != self.text_of(request.draft):
            raise kit.OutcomeUnknown(
                f"another post already uses record key {rkey} on this account; check the page"
            )
        return self._published(session, str(body.get("uri", "")), rkey)

    @staticmethod
    def _published(session: Session, uri: str, rkey: str) -> kit.Published:
        uri = uri or f"at://{session.did}/{COLLECTION}/{rkey}"
        return kit.Published(uri, POST_URL.format(who=session.handle or session.did, rkey=rkey))

    async def _lookup(
        self, client: httpx.AsyncClient, request: kit.PublishRequest, rkey: str
    ) -> kit.Published | None:
        session = await self.session(client, request.account)
        response, session = await self._xrpc(
            client,
            request.account,
            "GET",
            "com.atproto.repo.getRecord",
            params={"repo": session.did, "collection": COLLECTION, "rkey": rkey},
        )
        return self._found(response, session, request, rkey)

    async def _blob(
        self, client: httpx.AsyncClient, account: kit.Account, media: kit.Media
    ) -> dict[str, Any]:
        """Upload the image without its EXIF, XMP and IPTC (where a phone photo was taken,
        the device): Bluesky keeps a blob's bytes as sent and asks clients to strip them.
        Images are at most 1 MB here, read off the event loop."""
        data = await asyncio.to_thread(metadata.without_metadata, Path(media.path))
        response, _ = await self._xrpc(
            client,
            account,
            "POST",
            "com.atproto.repo.uploadBlob",
            content=data,
            headers={"Content-Type": kit.media_type(media, "application/octet-stream")},
        )
        blob = BLUESKY.object(response, creates=False).get("blob")
        if not isinstance(blob, dict):
            raise kit.RetryLater(
                "Bluesky answered an upload without a blob; nothing was posted yet"
            )
        return blob

    async def _images(
        self, client: httpx.AsyncClient, request: kit.PublishRequest
    ) -> dict[str, Any] | None:
        """The images embed. Blobs are uploaded on every attempt: an unreferenced blob is
        dropped by the PDS after a while, and the same bytes give the same blob."""
        if not request.draft.media:
            return None
        images = []
        for media in request.draft.media:
            blob = await BLUESKY.quietly(
                self._blob(client, request.account, media), "uploading an image"
            )
            image: dict[str, Any] = {"alt": media.alt_text, "image": blob}
            size = kit.media_dimensions(media)  # as shown, after the EXIF orientation
            if size:
                image["aspectRatio"] = {"width": size[0], "height": size[1]}
            images.append(image)
        return {"$type": "app.bsky.embed.images", "images": images}

    # The contract

    async def publish(
        self, client: httpx.AsyncClient, request: kit.PublishRequest
    ) -> kit.Published:
        account = request.account
        rkey = self.record_key(request)
        if "rkey" not in request.progress:
            kit.save_progress(request, {"rkey": rkey, "created_at": clock.to_iso(clock.now())})
        session = await BLUESKY.quietly(self.session(client, account), "signing in")
        if request.progress.get("sent"):
            found = await BLUESKY.quietly(
                self._lookup(client, request, rkey), "looking for the earlier attempt"
            )
            if found is not None:
                return found
        record = _post_record(self.text_of(request.draft), request.progress["created_at"])
        langs = request.draft.options.get("langs")
        if langs:
            record["langs"] = list(langs)[:3]
        embed = await self._images(client, request)
        if embed:
            record["embed"] = embed
        if not request.progress.get("sent"):
            kit.save_progress(request, {"sent": True})
        response, session, answer = await self._create(client, account, session, rkey, record)
        if answer is not None:
            return self._published(session, str(answer.get("uri", "")), rkey)
        if response.status_code >= 500 or response.status_code < 300:
            try:
                found = await self._lookup(client, request, rkey)
            except (httpx.HTTPError, kit.RetryLater):
                found = None
            if found is not None:
                return found
        BLUESKY.raise_for_status(response, creates=True)
        raise BLUESKY.unclear(response, creates=True)

    async def _create(
        self,
        client: httpx.AsyncClient,
        account: kit.Account,
        session: Session,
        rkey: str,
        record: dict[str, Any],
    ) -> tuple[httpx.Response, Session, dict[str, Any] | None]:
        """``createRecord`` of a post at ``rkey``: the answer, the session it went with, and
        the decoded answer when it is a success (None otherwise)."""
        response, session = await self._xrpc(
            client,
            account,
            "POST",
            "com.atproto.repo.createRecord",
            json={"repo": session.did, "collection": COLLECTION, "rkey": rkey, "record": record},
        )
        body = kit.json_body(response)
        good = response.status_code < 300 and isinstance(body, dict)
        return response, session, body if good else None

    async def find_existing(
        self, client: httpx.AsyncClient, request: kit.PublishRequest
    ) -> kit.Published | None:
        if "rkey" not in request.progress:
            return None
        with kit.still_unknown():
            return await self._lookup(client, request, str(request.progress["rkey"]))

    async def delete(self, client: httpx.AsyncClient, account: kit.Account, remote_id: str) -> None:
        session = await self.session(client, account)
        response, _ = await self._xrpc(
            client,
            account,
            "POST",
            "com.atproto.repo.deleteRecord",
            json={
                "repo": session.did,
                "collection": COLLECTION,
                "rkey": remote_id.rsplit("/", 1)[-1],
            },
        )
        BLUESKY.object(response, creates=False)  # a page behind a 200 is no deletion

    async def check_account(
        self, client: httpx.AsyncClient, account: kit.Account
    ) -> kit.AccountHealth:
        async def signed_in() -> Session:
            response, session = await self._xrpc(
                client, account, "GET", "com.atproto.server.getSession"
            )
            BLUESKY.object(response, creates=False)
            return session

        return await kit.account_health(signed_in(), lambda s: f"signed in as @{s.handle}")

    async def read_post_metrics(
        self, client: httpx.AsyncClient, account: kit.Account, remote_ids: Sequence[str]
    ) -> list[kit.PostCounts]:
        """``app.bsky.feed.getPosts`` 25 at a time; a deleted post is not in the answer."""
        found: list[kit.PostCounts] = []
        for start in range(0, len(remote_ids), GET_POSTS):
            uris = remote_ids[start : start + GET_POSTS]
            response, _ = await self._xrpc(
                client,
                account,
                "GET",
                "app.bsky.feed.getPosts",
                params=[("uris", uri) for uri in uris],
            )
            body = BLUESKY.object(response, creates=False)
            if not isinstance(body.get("posts"), list):
                raise BLUESKY.unclear(response, creates=False)
            for view in body["posts"]:
                if isinstance(view, dict) and isinstance(view.get("uri"), str):
                    found.append(
                        kit.PostCounts(
                            view["uri"],
                            {
                                name: kit.count_of(view, key)
                                for name, key in (
                                    ("likes", "likeCount"),
                                    ("shares", "repostCount"),
                                    ("comments", "replyCount"),
                                    ("quotes", "quoteCount"),
                                    ("saves", "bookmarkCount"),
                                )
                                if key in view
                            },
                        )
                    )
        return found

    async def read_account_metrics(
        self, client: httpx.AsyncClient, account: kit.Account, first: date, last: date
    ) -> list[kit.DailyCounts]:
        """``app.bsky.actor.getProfile``: followers now, given for ``last``."""
        session = await self.session(client, account)
        response, _ = await self._xrpc(
            client, account, "GET", "app.bsky.actor.getProfile", params={"actor": session.did}
        )
        profile = BLUESKY.object(response, creates=False)
        followers = kit.counters(profile, [("followers", "followersCount")])
        return [kit.DailyCounts(last, followers)] if followers else []

    # Listening: notifications (mention, reply, quote) and replies in their thread.

    async def read_activity(
        self, client: httpx.AsyncClient, account: kit.Account, cursor: str | None
    ) -> kit.ActivityPage:
        """``app.bsky.notification.listNotifications`` for mentions, replies and quotes.
        The list runs newest first with its own cursor towards older ones, so a fetch pages
        back until it meets the newest notification the last fetch saw; ``cursor`` is that
        moment (``indexedAt``) with the notifications seen at exactly it."""
        mark = kit.Watermark.parse(cursor)

        async def read(page_cursor: Any | None) -> kit.Page:
            params: list[tuple[str, str | int]] = [
                ("limit", NOTIFICATIONS_PAGE),
                *(("reasons", r) for r in REASONS),
            ]
            if page_cursor:
                params.append(("cursor", page_cursor))
            response, _session = await BLUESKY.quietly(
                self._xrpc(
                    client,
                    account,
                    "GET",
                    "app.bsky.notification.listNotifications",
                    params=params,
                ),
                "reading notifications",
            )
            body = BLUESKY.object(response, creates=False)
            found = body.get("notifications")
            if not isinstance(found, list):
                raise kit.RetryLater("Bluesky answered its notifications in an unexpected shape")
            following = body.get("cursor") if isinstance(body.get("cursor"), str) else None
            return kit.Page(found, following if found else None)

        new = await kit.read_newer(
            read,
            mark,
            time_of=lambda note: note.get("indexedAt"),
            id_of=lambda note: note.get("uri"),
            max_pages=MAX_NOTIFICATION_PAGES,
        )
        items = [a for note in new if (a := _notified(note.item)) is not None]
        items.sort(key=lambda a: (a.thread["indexed_at"], a.remote_id))
        after = mark.after((note.at, note.id) for note in new)
        return kit.ActivityPage(items=items, cursor=after.text())

    @staticmethod
    def reply_key(item: kit.Activity, text: str) -> str:
        """The reply's record key: the same for every attempt at the same answer."""
        return tid.for_delivery(0, f"reply:{item.remote_id}:{text}", item.created_at)

    async def reply(
        self, client: httpx.AsyncClient, account: kit.Account, item: kit.Activity, text: str
    ) -> kit.ReplySent:
        """A post with ``reply.root`` (the thread's first post) and ``reply.parent`` (the
        post answered) as strong references (uri and cid), at a record key derived from the
        item and the text, so a resend after a lost answer finds the first one."""
        refs = _reply_refs(item)
        rkey = self.reply_key(item, text)
        found = await self.find_reply(client, account, item, text)
        if found is not None:
            return found
        session = await self.session(client, account)
        record = _post_record(text, clock.to_iso(clock.now()), reply=refs)
        response, session, body = await self._create(client, account, session, rkey, record)
        if body is not None:
            uri = str(body.get("uri") or f"at://{session.did}/{COLLECTION}/{rkey}")
            return kit.ReplySent(uri, POST_URL.format(who=session.handle or session.did, rkey=rkey))
        if response.status_code >= 500:
            again = await self.find_reply(client, account, item, text)
            if again is not None:
                return again
        BLUESKY.raise_for_status(response, creates=True)
        raise BLUESKY.unclear(response, creates=True)

    async def find_reply(
        self, client: httpx.AsyncClient, account: kit.Account, item: kit.Activity, text: str
    ) -> kit.ReplySent | None:
        """The reply at its record key (``getRecord``), if it answers this item with this
        text; None when there is none."""
        rkey = self.reply_key(item, text)
        session = await self.session(client, account)
        response, session = await self._xrpc(
            client,
            account,
            "GET",
            "com.atproto.repo.getRecord",
            params={"repo": session.did, "collection": COLLECTION, "rkey": rkey},
        )
        if response.status_code == 400 and _error(response) == "RecordNotFound":
            return None
        with kit.still_unknown():
            body = BLUESKY.object(response, creates=False)
        value = body.get("value") or {}
        parent = ((value.get("reply") or {}).get("parent") or {}).get("uri")
        if value.get("text") != text or parent != item.thread.get("parent_uri"):
            raise kit.OutcomeUnknown(
                f"another post already uses record key {rkey} on this account; check the page"
            )
        uri = str(body.get("uri") or f"at://{session.did}/{COLLECTION}/{rkey}")
        return kit.ReplySent(uri, POST_URL.format(who=session.handle or session.did, rkey=rkey))


def _notified(note: dict[str, Any]) -> kit.Activity | None:
    """One notification as an inbox item, with the strong references a reply needs."""
    kind = REASONS.get(str(note.get("reason")))
    record = note.get("record")
    author = note.get("author") or {}
    if kind is None or not isinstance(record, dict) or not note.get("uri") or not note.get("cid"):
        return None
    created = kit.parse_time(record.get("createdAt")) or kit.parse_time(note.get("indexedAt"))
    if created is None:
        return None
    uri, cid = str(note["uri"]), str(note["cid"])
    root = (record.get("reply") or {}).get("root") or {}
    root_uri, root_cid = str(root.get("uri") or uri), str(root.get("cid") or cid)
    handle = str(author.get("handle") or "")
    rkey = uri.rsplit("/", 1)[-1]
    subject = note.get("reasonSubject")
    return kit.Activity(
        remote_id=uri,
        kind=kind,
        author_name=str(author.get("displayName") or handle or "someone"),
        author_handle=f"@{handle}" if handle else None,
        text=str(record.get("text") or ""),
        created_at=created,
        permalink=POST_URL.format(who=handle or author.get("did", ""), rkey=rkey),
        on_remote_id=str(subject) if subject else (root_uri if root_uri != uri else None),
        thread={
            "parent_uri": uri,
            "parent_cid": cid,
            "root_uri": root_uri,
            "root_cid": root_cid,
            "indexed_at": str(note.get("indexedAt") or ""),
        },
    )


def _post_record(text: str, created_at: str, **more: Any) -> dict[str, Any]:
    """An ``app.bsky.feed.post`` record of ``text`` with the facets (links, mentions, tags)
    Bluesky needs to show them as such, and ``more`` fields (``reply``, ``langs``)."""
    record: dict[str, Any] = {"$type": COLLECTION, "text": text, "createdAt": created_at}
    found_facets = richtext.facets(text)
    if found_facets:
        record["facets"] = found_facets
    return record | more


def _reply_refs(item: kit.Activity) -> dict[str, dict[str, str]]:
    thread = item.thread
    if not all(thread.get(k) for k in ("parent_uri", "parent_cid", "root_uri", "root_cid")):
        raise kit.Rejected("this Bluesky item lacks the references a reply needs; fetch it again")
    return {
        "root": {"uri": thread["root_uri"], "cid": thread["root_cid"]},
        "parent": {"uri": thread["parent_uri"], "cid": thread["parent_cid"]},
    }


@hookimpl
def register_channels(register: RegisterChannel) -> None:
    register(Bluesky)
