"""A loopback Mastodon instance: statuses with idempotency keys kept per account, media that
is processed synchronously (images) or asynchronously (video: 202, then 206, then 200), the
instance's limits, X-RateLimit-* headers on every answer, and an inbox: mention
notifications (paged with ``min_id``/``max_id``/``since_id`` and a ``Link`` header; private
mentions from strangers filtered unless ``include_filtered``), status threads
(``/statuses/:id/context``) and replies that must name a status that exists."""

from __future__ import annotations

import itertools
import re
import time
from datetime import UTC, datetime, timedelta
from typing import Any

from medsocial_mastodon.text import status_length
from medsocial_tui import channelkit as kit
from medsocial_tui.testing.contract import ContractKit
from medsocial_tui.testing.fakeapi import (
    FakeAPI,
    Fault,
    FilePart,
    RecordedRequest,
    Reply,
    multipart_fields,
    multipart_files,
)
from medsocial_tui.testing.fakes import configured, read_upload, routes_behind, utc_millis

TOKEN = "mastodon-good-token"
SUPPORTED_MIME_TYPES = {
    "image/jpeg",
    "image/png",
    "image/gif",
    "image/heic",
    "image/heif",
    "image/webp",
    "image/avif",
    "video/webm",
    "video/mp4",
    "video/quicktime",
    "video/ogg",
    "audio/wave",
    "audio/wav",
    "audio/ogg",
    "audio/mpeg",
    "audio/mp3",
    "audio/webm",
    "audio/flac",
    "audio/aac",
    "audio/m4a",
    "audio/x-m4a",
    "audio/mp4",
    "audio/3gpp",
    "video/x-ms-asf",
}
PRACTICE = {"id": "1", "acct": "maplestreetdental", "username": "maplestreetdental"}


class FakeMastodon(FakeAPI):
    def __init__(
        self,
        *,
        max_characters: int = 500,
        remaining: int = 299,
        page_cap: int = 80,
        image_size_limit: int = 16_777_216,
    ) -> None:
        super().__init__()
        self.image_size_limit = image_size_limit
        self.video_size_limit = 103_809_024
        self.image_matrix_limit = 33_177_600
        """Pixels (width times height) an image may have; a larger one is refused."""
        self.max_media_attachments = 4
        self.description_limit = 1500
        self.page_cap = page_cap
        self.others: dict[str, dict[str, Any]] = {}
        self.notifications: list[dict[str, Any]] = []
        self._people = itertools.count(2)
        self.max_characters = max_characters
        self.characters_reserved_per_url = 23
        """What a link counts on this instance, as its instance API says and as its
        validator counts."""
        self.remaining = remaining
        self.statuses: list[dict[str, Any]] = []
        self.media: dict[str, dict[str, Any]] = {}
        self.keys: dict[str, tuple[float, dict[str, Any]]] = {}
        """Idempotency keys with when they were first used and the status they made."""
        self.key_lifetime_seconds = 3600.0
        """How long a key is kept (Mastodon: "stored for up to 1 hour"); a repeat after that
        makes a new status."""
        self.replay_fails = False
        """True: the instance has mastodon#40399 (2026-09): a repeat of a kept key is
        recognised, but answered with a 500 instead of the status it made."""
        self.software = ("4.3.2", "https://github.com/mastodon/mastodon")
        """The ``version`` and ``source_url`` the instance API states."""
        self.honours_keys = True
        """False: a server speaking Mastodon's API without its Idempotency-Key (GoToSocial
        asked for it in #2723): a repeat makes a second status."""
        self._ids = itertools.count(110_000_000_000_000_001)
        self.followers = 1234
        self.route("GET", r"/api/v2/instance")(self._instance)  # public, as on a real instance
        api = routes_behind(self, self._unauthorised)
        api("POST", r"/api/v1/statuses", self._post_status)
        api("DELETE", r"/api/v1/statuses/(\d+)", self._delete_status)
        api("POST", r"/api/v2/media", self._upload)
        api("GET", r"/api/v1/media/(\d+)", self._media)
        api("GET", r"/api/v1/accounts/verify_credentials", self._me)
        api("GET", r"/api/v1/accounts/1/statuses", self._list)
        api("GET", r"/api/v1/statuses", self._many)
        api("GET", r"/api/v1/notifications", self._notifications)
        api("GET", r"/api/v1/statuses/(\d+)/context", self._context)

    def _headers(self) -> dict[str, str]:
        reset = (datetime.now(UTC) + timedelta(minutes=5)).strftime("%Y-%m-%dT%H:%M:%S.%fZ")
        return {
            "X-RateLimit-Limit": "300",
            "X-RateLimit-Remaining": str(self.remaining),
            "X-RateLimit-Reset": reset,
        }

    def _unauthorised(self, request: RecordedRequest) -> Reply | None:
        if request.headers.get("authorization") != f"Bearer {TOKEN}":
            return Reply(401, {"error": "The access token is invalid"}, self._headers())
        return None

    def _post_status(self, request: RecordedRequest) -> Reply:
        form = request.form()
        key = request.headers.get("idempotency-key")
        with self.state_lock:
            kept = self.keys.get(key) if key and self.honours_keys else None
            if kept and time.monotonic() - kept[0] < self.key_lifetime_seconds:
                if self.replay_fails:
                    return Reply(500, {"error": "Internal server error"}, self._headers())
                return Reply(200, kept[1], self._headers())
            text = form.get("status", "")
            if not text.strip():
                return Reply(
                    422, {"error": "Validation failed: Text can't be blank"}, self._headers()
                )
            used = status_length(
                text, form.get("spoiler_text", ""), url_weight=self.characters_reserved_per_url
            )
            if used > self.max_characters:
                return Reply(
                    422,
                    {
                        "error": "Validation failed: Text character limit of "
                        f"{self.max_characters} exceeded"
                    },
                    self._headers(),
                )
            media_ids = [v for k, v in _pairs(request) if k == "media_ids[]"]
            if len(media_ids) > self.max_media_attachments:
                return Reply(
                    422,
                    {"error": f"Cannot attach more than {self.max_media_attachments} files"},
                    self._headers(),
                )
            for media_id in media_ids:
                if self.media.get(media_id, {}).get("url") is None:
                    return Reply(
                        422,
                        {
                            "error": "Cannot attach files that have not finished "
                            "processing. Try again in a moment!"
                        },
                        self._headers(),
                    )
            in_reply_to = form.get("in_reply_to_id")
            parent = self._status(in_reply_to) if in_reply_to else None
            if in_reply_to and not parent:
                return Reply(404, {"error": "Record not found"}, self._headers())
            status_id = str(next(self._ids))
            status = {
                "id": status_id,
                "created_at": utc_millis(),
                "content": f"<p>{_escape(text)}</p>",
                "url": f"https://fake.social/@practice/{status_id}",
                "visibility": form.get("visibility", "public"),
                "media_attachments": [self.media[m] for m in media_ids],
                "replies_count": 0,
                "reblogs_count": 0,
                "favourites_count": 0,
                "account": PRACTICE,
                "in_reply_to_id": in_reply_to,
                "in_reply_to_account_id": parent["account"]["id"] if parent else None,
            }
            self.statuses.append(status)
            if key:
                self.keys[key] = (time.monotonic(), status)
        return Reply(200, status, self._headers())

    def _delete_status(self, request: RecordedRequest) -> Reply:
        status_id = request.part(1) if request.match else ""
        with self.state_lock:
            found = next((s for s in self.statuses if s["id"] == status_id), None)
            if found is None:
                return Reply(404, {"error": "Record not found"}, self._headers())
            self.statuses.remove(found)
        return Reply(200, found, self._headers())

    def _upload(self, request: RecordedRequest) -> Reply:
        fields = multipart_fields(request)
        upload = multipart_files(request).get("file")
        video = upload is not None and upload.content_type.startswith("video/")
        refused = self._refused_upload(request, fields, upload, video)
        if refused:
            return Reply(422, {"error": f"Validation failed: {refused}"}, self._headers())
        media_id = str(next(self._ids))
        media = {
            "id": media_id,
            "type": "video" if video else "image",
            "description": fields.get("description"),
            "polls": 0,
            "url": None if video else f"https://fake.social/media/{media_id}",
        }
        with self.state_lock:
            self.media[media_id] = media
        return Reply(202 if video else 200, media, self._headers())

    def _refused_upload(
        self,
        request: RecordedRequest,
        fields: dict[str, str],
        upload: FilePart | None,
        video: bool,
    ) -> str | None:
        """Mastodon's refusal of an upload: no file, a type it does not take, a file over
        the instance's size limit, an image of more pixels than ``image_matrix_limit``, a
        description over ``description_limit``."""
        if upload is None:
            return "File can't be blank"
        if upload.content_type not in SUPPORTED_MIME_TYPES:
            return "File content type is invalid"
        limit = self.video_size_limit if video else self.image_size_limit
        if len(request.body) > limit:
            return f"File file size must be less than {limit // 1_048_576} MB"
        pixels = None if video else read_upload(upload.data, kit.media_dimensions)
        if pixels and pixels[0] * pixels[1] > self.image_matrix_limit:
            return f"{pixels[0]}x{pixels[1]} images are not supported"
        if len(fields.get("description") or "") > self.description_limit:
            return f"Description is too long (maximum is {self.description_limit} characters)"
        return None

    def _media(self, request: RecordedRequest) -> Reply:
        media = self.media.get(request.part(1) if request.match else "")
        if media is None:
            return Reply(404, {"error": "Record not found"}, self._headers())
        media["polls"] += 1
        if media["url"] is None and media["polls"] >= 2:
            media["url"] = f"https://fake.social/media/{media['id']}"
        return Reply(200 if media["url"] else 206, media, self._headers())

    def _me(self, request: RecordedRequest) -> Reply:
        return Reply(
            200,
            {"id": "1", "acct": "maplestreetdental", "followers_count": self.followers},
            self._headers(),
        )

    def _many(self, request: RecordedRequest) -> Reply:
        """``GET /api/v1/statuses?id[]=…`` (Mastodon 4.3): the statuses that still exist, in
        the order asked, at most 20 ids a request (422 beyond)."""
        wanted = request.query.get("id[]", [])
        if len(wanted) > 20:
            return Reply(422, {"error": "Too many ids (at most 20)"}, self._headers())
        with self.state_lock:
            by_id = {s["id"]: s for s in self.statuses}
        return Reply(200, [by_id[i] for i in wanted if i in by_id], self._headers())

    def set_counts(self, status_id: str, *, likes: int, boosts: int, replies: int) -> None:
        with self.state_lock:
            for status in self.statuses:
                if status["id"] == status_id:
                    status.update(
                        favourites_count=likes, reblogs_count=boosts, replies_count=replies
                    )

    def _list(self, request: RecordedRequest) -> Reply:
        """The account's statuses, newest first: ``limit`` 20 unless asked (at most 40),
        ``max_id`` for older ones, ``since_id`` for newer; a ``Link`` header names the next
        (older) page whenever this one is not empty."""
        limit = min(int(request.arg("limit") or 20), 40)
        max_id, since_id = request.arg("max_id"), request.arg("since_id")
        with self.state_lock:
            newest = [
                s
                for s in reversed(self.statuses)
                if (not max_id or int(s["id"]) < int(max_id))
                and (not since_id or int(s["id"]) > int(since_id))
            ]
        page = newest[:limit]
        return self._page(request, page, limit)

    def post_by_someone_else(self, count: int, text: str = "Another post") -> None:
        """Statuses posted from other apps, newer than all before."""
        with self.state_lock:
            for n in range(count):
                status_id = str(next(self._ids))
                self.statuses.append(
                    {
                        "id": status_id,
                        "created_at": utc_millis(),
                        "content": f"<p>{_escape(f'{text} {n}')}</p>",
                        "url": f"https://fake.social/@practice/{status_id}",
                        "visibility": "public",
                        "media_attachments": [],
                        "account": PRACTICE,
                    }
                )

    # The inbox

    def _status(self, status_id: str) -> dict[str, Any] | None:
        return self.others.get(status_id) or next(
            (s for s in self.statuses if s["id"] == status_id), None
        )

    def mention(
        self,
        count: int = 1,
        *,
        visibility: str = "public",
        text: str = "Are you open on Saturday?",
        in_reply_to_id: str | None = None,
        stranger: bool = False,
    ) -> list[dict[str, Any]]:
        """``count`` statuses by other people mentioning the practice, each with its
        mention notification (newer than all before). A private mention from a stranger is
        filtered by the notification policy, as Mastodon 4.3 does by default."""
        made = []
        with self.state_lock:
            for n in range(count):
                person = next(self._people)
                author = {
                    "id": str(person),
                    "acct": f"person{person}@other.example",
                    "username": f"person{person}",
                    "display_name": f"Person {person}",
                }
                status_id = str(next(self._ids))
                replied = self._status(in_reply_to_id) if in_reply_to_id else None
                status = {
                    "id": status_id,
                    "created_at": utc_millis(),
                    "content": (
                        '<p><span class="h-card"><a href="https://fake.social/@practice" '
                        f'class="u-url mention">@<span>practice</span></a></span> '
                        f"{_escape(f'{text} {n}')}</p>"
                    ),
                    "url": f"https://other.example/@person{person}/{status_id}",
                    "visibility": visibility,
                    "account": author,
                    "in_reply_to_id": in_reply_to_id,
                    "in_reply_to_account_id": replied["account"]["id"] if replied else None,
                }
                self.others[status_id] = status
                self.notifications.append(
                    {
                        "id": str(next(self._ids)),
                        "type": "mention",
                        "created_at": status["created_at"],
                        "account": author,
                        "status": status,
                        "filtered": stranger and visibility == "direct",
                    }
                )
                made.append(status)
        return made

    def _notifications(self, request: RecordedRequest) -> Reply:
        """Newest first; ``min_id`` gives the page just newer than it, ``max_id`` older
        ones, ``since_id`` the newest ones above it; ``types[]`` filters; ``limit`` 40
        unless asked, at most 80."""
        limit = min(int(request.arg("limit") or 40), 80, self.page_cap)
        types = request.query.get("types[]") or []
        filtered = request.arg("include_filtered") == "true"
        min_id, max_id, since_id = (request.arg(k) for k in ("min_id", "max_id", "since_id"))
        with self.state_lock:
            found = [
                n
                for n in self.notifications
                if (not types or n["type"] in types)
                and (filtered or not n["filtered"])
                and (not min_id or int(n["id"]) > int(min_id))
                and (not max_id or int(n["id"]) < int(max_id))
                and (not since_id or int(n["id"]) > int(since_id))
            ]
        found.sort(key=lambda n: int(n["id"]))
        page = found[:limit] if min_id else found[-limit:]
        page = [{k: v for k, v in n.items() if k != "filtered"} for n in reversed(page)]
        return self._page(request, page, limit)

    def _page(self, request: RecordedRequest, page: list[dict[str, Any]], limit: int) -> Reply:
        """A page of a listing, newest first, with the ``Link`` header Mastodon sends: the
        next (older) page by ``max_id`` and the previous (newer) one by ``min_id``."""
        headers = self._headers()
        if page:
            older = f"{self.base_url}{request.path}?limit={limit}&max_id={page[-1]['id']}"
            newer = f"{self.base_url}{request.path}?limit={limit}&min_id={page[0]['id']}"
            headers["Link"] = f'<{older}>; rel="next", <{newer}>; rel="prev"'
        return Reply(200, page, headers)

    def _context(self, request: RecordedRequest) -> Reply:
        status_id = request.part(1) if request.match else ""
        with self.state_lock:
            if not self._status(status_id):
                return Reply(404, {"error": "Record not found"}, self._headers())
            every = [*self.others.values(), *self.statuses]
            descendants, wanted = [], {status_id}
            for status in sorted(every, key=lambda s: int(s["id"])):
                if status.get("in_reply_to_id") in wanted:
                    descendants.append(status)
                    wanted.add(status["id"])
        return Reply(200, {"ancestors": [], "descendants": descendants}, self._headers())

    def replies_to(self, status_id: str) -> list[dict[str, Any]]:
        """The practice's statuses that answer ``status_id``."""
        return [s for s in self.statuses if s.get("in_reply_to_id") == status_id]

    def _instance(self, request: RecordedRequest) -> Reply:
        return Reply(
            200,
            {
                "domain": "fake.social",
                "version": self.software[0],
                "source_url": self.software[1],
                "configuration": {
                    "statuses": {
                        "max_characters": self.max_characters,
                        "max_media_attachments": self.max_media_attachments,
                        "characters_reserved_per_url": self.characters_reserved_per_url,
                    },
                    "media_attachments": {
                        "supported_mime_types": sorted(SUPPORTED_MIME_TYPES),
                        "image_size_limit": self.image_size_limit,
                        "image_matrix_limit": self.image_matrix_limit,
                        "video_size_limit": self.video_size_limit,
                        "description_limit": self.description_limit,
                    },
                },
            },
        )


def _pairs(request: RecordedRequest) -> list[tuple[str, str]]:
    from urllib.parse import parse_qsl

    return parse_qsl(request.body.decode("utf-8", "replace"), keep_blank_values=True)


REMOTE_MENTION = re.compile(r"(?<![=/\w])@(\w+)@([\w.-]+\w)")


def _escape(text: str) -> str:
    """The status's text as Mastodon renders its ``content``: escaped, line breaks as
    ``<br>``, and a mention of another server's account linked and shown as its ``@user``
    part alone."""
    import html

    shown = html.escape(text).replace("\n", "<br>")
    return REMOTE_MENTION.sub(
        lambda m: (
            f'<span class="h-card" translate="no"><a href="https://{m.group(2)}/@'
            f'{m.group(1)}" class="u-url mention">@<span>{m.group(1)}</span></a></span>'
        ),
        shown,
    )


def account_for(base_url: str) -> kit.Account:
    return kit.Account(
        id="mastodon",
        channel="mastodon",
        name="@practice",
        base_url=base_url,
        credentials={"access_token": TOKEN},
    )


def contract_kit() -> ContractKit[FakeMastodon]:
    from medsocial_mastodon import Mastodon

    return ContractKit(
        make_channel=Mastodon,
        make_fake=configured(FakeMastodon, page_cap=5),
        posts=lambda fake: len(fake.statuses),
        bury=lambda fake: fake.post_by_someone_else(45),  # reconcile reads pages of 40
        account_for=account_for,
        good_draft=kit.Draft(text="Flu shots all week, no appointment needed."),
        seed_activity=lambda fake, n: fake.mention(n),
        replied_to=_replied_to,
        rate_limited=lambda: Fault.status(
            429,
            {"error": "Too many requests"},
            {
                "X-RateLimit-Limit": "300",
                "X-RateLimit-Remaining": "0",
                "X-RateLimit-Reset": (datetime.now(UTC) + timedelta(minutes=3)).strftime(
                    "%Y-%m-%dT%H:%M:%S.%fZ"
                ),
            },
        ),
    )


def _replied_to(fake: FakeMastodon, reply_id: str) -> str | None:
    status = next((s for s in fake.statuses if s["id"] == reply_id), None)
    return status.get("in_reply_to_id") if status else None
