"""A loopback Bluesky PDS: app-password sessions with expiring access tokens and rotating
refresh tokens, ``createRecord`` that answers 500 when the record key is taken (as the real
PDS does today), ``getRecord``/``deleteRecord``, ``uploadBlob`` with the 1 MB image limit,
``RateLimit-*`` headers, and the inbox: ``listNotifications`` (newest first, paged with
its own cursor, filtered by ``reasons``) and replies whose root and parent strong references
must name posts that exist with those cids.
"""

from __future__ import annotations

import hashlib
import itertools
import time
from datetime import UTC, datetime, timedelta
from typing import Any

import regex

from medsocial_bluesky.tid import is_tid
from medsocial_tui import channelkit as kit
from medsocial_tui.testing.contract import ContractKit
from medsocial_tui.testing.fakeapi import FakeAPI, Fault, RecordedRequest, Reply
from medsocial_tui.testing.fakes import configured, routes_behind, utc_millis

HANDLE = "maplestreetdental.bsky.social"
PASSWORD = "abcd-efgh-ijkl-mnop"
ACCOUNT_PASSWORD = "the-account's-own-password"
"""The account's own password, with email sign-in codes on: Bluesky answers
``AuthFactorTokenRequired`` and emails a code; an app password skips it."""
DID = "did:plc:maple4dental7example"
LOGIN_LIMITS = ((30, 300), (300, 86400))
"""createSession per account: 30 per 5 minutes and 300 per day (channel-apis.md §8.1)."""


def xrpc_error(status: int, error: str, message: str, **headers: str) -> Reply:
    return Reply(status, {"error": error, "message": message}, dict(headers))


class FakeBluesky(FakeAPI):
    """``records`` maps rkey to the stored record; ``logins`` counts createSession calls;
    ``indexed`` lists the record keys the App View would show (TIDs only)."""

    def __init__(self) -> None:
        super().__init__()
        self.records: dict[str, dict[str, Any]] = {}
        self.blobs: dict[str, bytes] = {}
        self.logins = 0
        self.login_times: list[float] = []
        self.refreshes = 0
        self._access: set[str] = set()
        self._expired: set[str] = set()
        self._refresh: set[str] = set()
        self._tokens = itertools.count(1)
        api = routes_behind(self, self._auth)
        self.route("POST", r"/xrpc/com\.atproto\.server\.createSession")(self._create_session)
        self.route("POST", r"/xrpc/com\.atproto\.server\.refreshSession")(self._refresh_session)
        api("GET", r"/xrpc/com\.atproto\.server\.getSession", self._get_session)
        api("POST", r"/xrpc/com\.atproto\.repo\.createRecord", self._create_record)
        self.route("GET", r"/xrpc/com\.atproto\.repo\.getRecord")(self._get_record)
        api("POST", r"/xrpc/com\.atproto\.repo\.deleteRecord", self._delete_record)
        api("POST", r"/xrpc/com\.atproto\.repo\.uploadBlob", self._upload_blob)
        api("GET", r"/xrpc/app\.bsky\.feed\.getPosts", self._get_posts)
        api("GET", r"/xrpc/app\.bsky\.actor\.getProfile", self._get_profile)
        self.counts: dict[str, dict[str, int]] = {}
        self.followers = 321
        api("GET", r"/xrpc/app\.bsky\.notification\.listNotifications", self._notifications)
        self.others: dict[str, dict[str, Any]] = {}
        self.notifications: list[dict[str, Any]] = []
        self.page_cap = 100
        self._people = itertools.count(1)
        self._moment = datetime.now(UTC)

    @property
    def indexed(self) -> list[str]:
        return [k for k in self.records if is_tid(k)]

    def expire_access_tokens(self) -> None:
        """Every access token issued so far answers ExpiredToken from now on."""
        with self.state_lock:
            self._expired |= self._access
            self._access.clear()

    def _session(self) -> dict[str, Any]:
        n = next(self._tokens)
        access, refresh = f"access-{n}", f"refresh-{n}"
        self._access.add(access)
        self._refresh.add(refresh)
        return {
            "did": DID,
            "handle": HANDLE,
            "accessJwt": access,
            "refreshJwt": refresh,
            "active": True,
            "didDoc": {
                "id": DID,
                "service": [
                    {
                        "id": "#atproto_pds",
                        "type": "AtprotoPersonalDataServer",
                        "serviceEndpoint": self.base_url,
                    }
                ],
            },
        }

    def _bearer(self, request: RecordedRequest) -> str:
        return request.headers.get("authorization", "").removeprefix("Bearer ")

    def _auth(self, request: RecordedRequest) -> Reply | None:
        token = self._bearer(request)
        with self.state_lock:
            if token in self._access:
                return None
            if token in self._expired:
                return xrpc_error(400, "ExpiredToken", "Token has expired")
        return xrpc_error(401, "AuthMissing", "Authentication Required")

    def _limit_headers(self) -> dict[str, str]:
        return {
            "RateLimit-Limit": "5000",
            "RateLimit-Remaining": str(5000 - 3 * len(self.records)),
            "RateLimit-Reset": str(int(time.time()) + 3600),
            "RateLimit-Policy": "5000;w=3600",
        }

    def _create_session(self, request: RecordedRequest) -> Reply:
        body = request.json() or {}
        with self.state_lock:
            self.logins += 1
            now = time.time()
            for limit, window in LOGIN_LIMITS:
                recent = sorted(t for t in self.login_times if t > now - window)
                if len(recent) >= limit:
                    return xrpc_error(
                        429,
                        "RateLimitExceeded",
                        "Rate Limit Exceeded",
                        **{
                            "RateLimit-Limit": str(limit),
                            "RateLimit-Remaining": "0",
                            "RateLimit-Reset": str(int(recent[0] + window) + 1),
                            "RateLimit-Policy": f"{limit};w={window}",
                        },
                    )
            self.login_times.append(now)
            if body.get("identifier") == HANDLE and body.get("password") == ACCOUNT_PASSWORD:
                return xrpc_error(
                    401,
                    "AuthFactorTokenRequired",
                    "A sign in code has been sent to your email address",
                )
            if body.get("identifier") != HANDLE or body.get("password") != PASSWORD:
                return xrpc_error(401, "AuthenticationRequired", "Invalid identifier or password")
            return Reply(200, self._session())

    def _refresh_session(self, request: RecordedRequest) -> Reply:
        token = self._bearer(request)
        with self.state_lock:
            if token not in self._refresh:
                return xrpc_error(400, "ExpiredToken", "Token has been revoked")
            self._refresh.discard(token)
            self.refreshes += 1
            return Reply(200, self._session())

    def _get_session(self, request: RecordedRequest) -> Reply:
        return Reply(200, {"did": DID, "handle": HANDLE, "active": True})

    def _create_record(self, request: RecordedRequest) -> Reply:
        body = request.json() or {}
        record = body.get("record") or {}
        rkey = body.get("rkey") or f"3l{next(self._tokens):011d}"
        text = str(record.get("text", ""))
        if body.get("repo") != DID or body.get("collection") != "app.bsky.feed.post":
            return xrpc_error(400, "InvalidRequest", "Invalid repo or collection")
        if len(regex.findall(r"\X", text)) > 300 or len(text.encode()) > 3000:
            return xrpc_error(
                400, "InvalidRequest", "Invalid app.bsky.feed.post record: text too long"
            )
        size = len(text.encode())
        for facet in record.get("facets", []):
            index = facet["index"]
            if not 0 <= index["byteStart"] < index["byteEnd"] <= size:
                return xrpc_error(400, "InvalidRequest", "facet index out of range")
        invalid = _invalid_post(record)
        if invalid:
            return xrpc_error(
                400, "InvalidRequest", f"Invalid app.bsky.feed.post record: {invalid}"
            )
        reply = record.get("reply")
        if reply is not None:
            for part in ("root", "parent"):
                ref = reply.get(part) or {}
                if self._cid_of(str(ref.get("uri", ""))) != ref.get("cid") or not ref.get("cid"):
                    return xrpc_error(
                        400, "InvalidRequest", f"Invalid app.bsky.feed.post record: bad {part}"
                    )
        for image in (record.get("embed") or {}).get("images", []):
            if image["image"]["ref"]["$link"] not in self.blobs:
                return xrpc_error(400, "InvalidRequest", "Could not find blob")
        with self.state_lock:
            if rkey in self.records:
                return xrpc_error(500, "InternalServerError", "Internal Server Error")
            self.records[rkey] = record
        uri = f"at://{DID}/app.bsky.feed.post/{rkey}"
        return Reply(
            200,
            {"uri": uri, "cid": _cid(record), "validationStatus": "valid"},
            self._limit_headers(),
        )

    def _get_posts(self, request: RecordedRequest) -> Reply:
        """The App View's post views (through the PDS): at most 25 ``uris``; deleted or
        unknown posts are left out."""
        uris = request.query.get("uris", [])
        if len(uris) > 25:
            return xrpc_error(400, "InvalidRequest", "uris must not have more than 25 elements")
        views = []
        for uri in uris:
            rkey = uri.rsplit("/", 1)[-1]
            if rkey in self.records:
                counts = self.counts.get(rkey, {})
                views.append(
                    {
                        "uri": uri,
                        "cid": _cid(self.records[rkey]),
                        "likeCount": counts.get("likes", 0),
                        "repostCount": counts.get("reposts", 0),
                        "replyCount": counts.get("replies", 0),
                        "quoteCount": counts.get("quotes", 0),
                        "bookmarkCount": counts.get("bookmarks", 0),
                    }
                )
        return Reply(200, {"posts": views}, self._limit_headers())

    def _get_profile(self, request: RecordedRequest) -> Reply:
        return Reply(
            200,
            {"did": DID, "handle": HANDLE, "followersCount": self.followers},
            self._limit_headers(),
        )

    def _get_record(self, request: RecordedRequest) -> Reply:
        rkey = request.arg("rkey", "")
        record = self.records.get(rkey)
        if request.arg("repo") != DID or record is None:
            return xrpc_error(
                400,
                "RecordNotFound",
                f"Could not locate record: at://{DID}/app.bsky.feed.post/{rkey}",
            )
        uri = f"at://{DID}/app.bsky.feed.post/{rkey}"
        return Reply(200, {"uri": uri, "cid": _cid(record), "value": record})

    def _delete_record(self, request: RecordedRequest) -> Reply:
        with self.state_lock:
            self.records.pop((request.json() or {}).get("rkey", ""), None)
        return Reply(200, {"commit": {"cid": "bafyreifake", "rev": "3l000000000"}})

    def _upload_blob(self, request: RecordedRequest) -> Reply:
        kind = request.headers.get("content-type", "")
        if len(request.body) > 1_000_000:
            return xrpc_error(400, "BlobTooLarge", "This file is too large")
        link = "bafkrei" + hashlib.sha256(request.body).hexdigest()[:40]
        self.blobs[link] = request.body
        blob = {
            "$type": "blob",
            "ref": {"$link": link},
            "mimeType": kind,
            "size": len(request.body),
        }
        return Reply(200, {"blob": blob})

    # The inbox

    def _cid_of(self, uri: str) -> str | None:
        """The cid of the post at ``uri``: someone else's or one of the practice's."""
        if uri in self.others:
            cid: str = self.others[uri]["cid"]
            return cid
        own = f"at://{DID}/app.bsky.feed.post/"
        if uri.startswith(own) and uri.removeprefix(own) in self.records:
            return _cid(self.records[uri.removeprefix(own)])
        return None

    def own_post(self, text: str = "Flu shots all week") -> tuple[str, str]:
        """A post of the practice's (uri, cid), as if published earlier."""
        rkey = f"3l{next(self._tokens):011d}"
        self.records[rkey] = {
            "$type": "app.bsky.feed.post",
            "text": text,
            "createdAt": utc_millis(),
        }
        return f"at://{DID}/app.bsky.feed.post/{rkey}", _cid(self.records[rkey])

    def notify(
        self,
        count: int = 1,
        reason: str = "mention",
        *,
        text: str = "Are you open on Saturday?",
        to: tuple[str, str] | None = None,
    ) -> list[dict[str, Any]]:
        """``count`` posts by other people that mention, answer or quote the practice
        (``to``: the practice's post they answer or quote; one is made when needed), each
        with its notification, newer than all before."""
        made = []
        for n in range(count):
            person = next(self._people)
            did = f"did:plc:person{person:04d}"
            record: dict[str, Any] = {
                "$type": "app.bsky.feed.post",
                "text": f"@{HANDLE} {text} {n}" if reason == "mention" else f"{text} {n}",
                "createdAt": utc_millis(),
            }
            subject = None
            if reason in ("reply", "quote"):
                target = to or self.own_post()
                subject = target[0]
                if reason == "reply":
                    ref = {"uri": target[0], "cid": target[1]}
                    record["reply"] = {"root": ref, "parent": ref}
                else:
                    record["embed"] = {
                        "$type": "app.bsky.embed.record",
                        "record": {"uri": target[0], "cid": target[1]},
                    }
            uri = f"at://{did}/app.bsky.feed.post/3m{next(self._tokens):011d}"
            cid = _cid(record)
            with self.state_lock:
                self.others[uri] = {"record": record, "cid": cid}
                self._moment += timedelta(milliseconds=1)
                note = {
                    "uri": uri,
                    "cid": cid,
                    "author": {
                        "did": did,
                        "handle": f"person{person}.bsky.social",
                        "displayName": f"Person {person}",
                    },
                    "reason": reason,
                    "record": record,
                    "isRead": False,
                    "indexedAt": utc_millis(self._moment),
                    "labels": [],
                }
                if subject:
                    note["reasonSubject"] = subject
                self.notifications.append(note)
            made.append(note)
        return made

    def _notifications(self, request: RecordedRequest) -> Reply:
        """Newest first; ``cursor`` gives those indexed before it; ``limit`` 50 unless asked
        (1 to 100); ``reasons`` filters."""
        limit = int(request.arg("limit") or 50)
        if not 1 <= limit <= 100:
            return xrpc_error(400, "InvalidRequest", "limit must be between 1 and 100")
        limit = min(limit, self.page_cap)
        reasons = request.query.get("reasons") or []
        before = request.arg("cursor")
        with self.state_lock:
            found = [
                n
                for n in reversed(self.notifications)
                if (not reasons or n["reason"] in reasons)
                and (not before or n["indexedAt"] < before)
            ]
        page = found[:limit]
        body: dict[str, Any] = {"notifications": page, "priority": False}
        if len(found) > limit:
            body["cursor"] = page[-1]["indexedAt"]
        return Reply(200, body, self._limit_headers())

    def replies_to(self, uri: str) -> list[dict[str, Any]]:
        """The practice's posts whose parent is ``uri``."""
        return [
            r
            for r in self.records.values()
            if ((r.get("reply") or {}).get("parent") or {}).get("uri") == uri
        ]


FACET_FEATURES = {
    "app.bsky.richtext.facet#link": "uri",
    "app.bsky.richtext.facet#mention": "did",
    "app.bsky.richtext.facet#tag": "tag",
}


def _invalid_post(record: dict[str, Any]) -> str | None:
    """What the ``app.bsky.feed.post`` lexicon refuses in ``record`` (None when valid):
    ``$type`` and ``createdAt`` required, at most 3 ``langs`` and 8 ``tags``, facets with
    known features that do not overlap, and an images embed of 1 to 4 images, each with an
    ``alt`` string, an uploaded ``image/*`` blob of at most 1 000 000 bytes and a positive
    ``aspectRatio`` when given."""
    if record.get("$type") != "app.bsky.feed.post":
        return "$type must be app.bsky.feed.post"
    try:
        datetime.fromisoformat(str(record.get("createdAt", "")).replace("Z", "+00:00"))
    except ValueError:
        return "createdAt must be a datetime"
    if len(record.get("langs") or []) > 3 or len(record.get("tags") or []) > 8:
        return "too many langs or tags"
    spans = sorted(
        (f["index"]["byteStart"], f["index"]["byteEnd"]) for f in record.get("facets", [])
    )
    if any(end > start for (_, end), (start, _) in itertools.pairwise(spans)):
        return "facets overlap"
    for facet in record.get("facets", []):
        features = facet.get("features") or []
        if not features or any(
            not isinstance(f, dict) or not f.get(FACET_FEATURES.get(str(f.get("$type")), "?"))
            for f in features
        ):
            return "facet features must be link, mention or tag with their value"
    embed = record.get("embed")
    if not isinstance(embed, dict) or embed.get("$type") != "app.bsky.embed.images":
        return None
    images = embed.get("images") or []
    if not 1 <= len(images) <= 4:
        return "embed.images takes 1 to 4 images"
    for image in images:
        blob = image.get("image") or {}
        ratio = image.get("aspectRatio")
        if not isinstance(image.get("alt"), str):
            return "embed.images[].alt is required (it may be empty)"
        if blob.get("$type") != "blob" or not str(blob.get("mimeType", "")).startswith("image/"):
            return "embed.images[].image must be an image blob"
        if int(blob.get("size", 0)) > 1_000_000:
            return "embed.images[].image is over 1000000 bytes"
        if ratio is not None and not (
            isinstance(ratio.get("width"), int)
            and isinstance(ratio.get("height"), int)
            and ratio["width"] >= 1
            and ratio["height"] >= 1
        ):
            return "embed.images[].aspectRatio needs a positive width and height"
    return None


def _cid(record: dict[str, Any]) -> str:
    return "bafyrei" + hashlib.sha256(repr(sorted(record.items())).encode()).hexdigest()[:40]


def account_for(base_url: str) -> kit.Account:
    return kit.Account(
        id="bluesky",
        channel="bluesky",
        name="@maplestreetdental",
        base_url=base_url,
        settings={"handle": HANDLE},
        credentials={"app_password": PASSWORD},
    )


def contract_kit() -> ContractKit[FakeBluesky]:
    from medsocial_bluesky import Bluesky

    return ContractKit(
        make_channel=Bluesky,
        make_fake=configured(FakeBluesky, page_cap=5),
        posts=lambda fake: len(fake.records),
        account_for=account_for,
        good_draft=kit.Draft(text="Flu shots all week, no appointment needed. https://cdc.gov/flu"),
        seed_activity=_seed,
        replied_to=_replied_to,
        rate_limited=lambda: Fault.status(
            429,
            {"error": "RateLimitExceeded", "message": "Rate Limit Exceeded"},
            {
                "RateLimit-Limit": "3000",
                "RateLimit-Remaining": "0",
                "RateLimit-Reset": str(int(time.time()) + 240),
                "RateLimit-Policy": "3000;w=300",
            },
        ),
    )


def _seed(fake: FakeBluesky, count: int) -> None:
    for n in range(count):
        fake.notify(1, ("mention", "reply", "quote")[n % 3])


def _replied_to(fake: FakeBluesky, uri: str) -> str | None:
    record = fake.records.get(uri.rsplit("/", 1)[-1]) or {}
    return ((record.get("reply") or {}).get("parent") or {}).get("uri")
