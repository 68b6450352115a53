"""A loopback Bluesky PDS: app-password sessions with expiring access tokens and rotating
refresh tokens, ``createRecord`` that answers 500 when the record key is taken (as the real
PDS does today), ``getRecord``/``deleteRecord``, ``uploadBlob`` with the 1 MB image limit,
and ``RateLimit-*`` headers.
"""

from __future__ import annotations

import hashlib
import itertools
import threading
import time
from typing import Any

import regex

from medsocial_bluesky.tid import is_tid
from medsocial_tui.channel import Account, Draft
from medsocial_tui.testing.contract import ContractKit
from medsocial_tui.testing.fakeapi import FakeAPI, RecordedRequest, Reply

HANDLE = "maplestreetdental.bsky.social"
PASSWORD = "abcd-efgh-ijkl-mnop"
DID = "did:plc:maple4dental7example"
LOGIN_LIMIT = 30


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
        self.refreshes = 0
        self._access: set[str] = set()
        self._expired: set[str] = set()
        self._refresh: set[str] = set()
        self._tokens = itertools.count(1)
        self._lock = threading.Lock()
        self.route("POST", r"/xrpc/com\.atproto\.server\.createSession")(self._create_session)
        self.route("POST", r"/xrpc/com\.atproto\.server\.refreshSession")(self._refresh_session)
        self.route("GET", r"/xrpc/com\.atproto\.server\.getSession")(self._get_session)
        self.route("POST", r"/xrpc/com\.atproto\.repo\.createRecord")(self._create_record)
        self.route("GET", r"/xrpc/com\.atproto\.repo\.getRecord")(self._get_record)
        self.route("POST", r"/xrpc/com\.atproto\.repo\.deleteRecord")(self._delete_record)
        self.route("POST", r"/xrpc/com\.atproto\.repo\.uploadBlob")(self._upload_blob)
        self.route("GET", r"/xrpc/app\.bsky\.feed\.getPosts")(self._get_posts)
        self.route("GET", r"/xrpc/app\.bsky\.actor\.getProfile")(self._get_profile)
        self.counts: dict[str, dict[str, int]] = {}
        self.followers = 321

    @property
    def indexed(self) -> list[str]:
        return [k for k in self.records if is_tid(k)]

    def expire_access_tokens(self) -> None:
        """Every access token issued so far answers ExpiredToken from now on."""
        with self._lock:
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
        with self._lock:
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
        with self._lock:
            self.logins += 1
            if self.logins > LOGIN_LIMIT:
                return xrpc_error(
                    429,
                    "RateLimitExceeded",
                    "Rate Limit Exceeded",
                    **{"RateLimit-Reset": str(int(time.time()) + 300)},
                )
            if body.get("identifier") != HANDLE or body.get("password") != PASSWORD:
                return xrpc_error(401, "AuthenticationRequired", "Invalid identifier or password")
            return Reply(200, self._session())

    def _refresh_session(self, request: RecordedRequest) -> Reply:
        token = self._bearer(request)
        with self._lock:
            if token not in self._refresh:
                return xrpc_error(400, "ExpiredToken", "Token has been revoked")
            self._refresh.discard(token)
            self.refreshes += 1
            return Reply(200, self._session())

    def _get_session(self, request: RecordedRequest) -> Reply:
        return self._auth(request) or Reply(200, {"did": DID, "handle": HANDLE, "active": True})

    def _create_record(self, request: RecordedRequest) -> Reply:
        refused = self._auth(request)
        if refused:
            return refused
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
        for image in (record.get("embed") or {}).get("images", []):
            if image["image"]["ref"]["$link"] not in self.blobs:
                return xrpc_error(400, "InvalidRequest", "Could not find blob")
        with self._lock:
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
        refused = self._auth(request)
        if refused:
            return refused
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
        refused = self._auth(request)
        if refused:
            return refused
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
        refused = self._auth(request)
        if refused:
            return refused
        with self._lock:
            self.records.pop((request.json() or {}).get("rkey", ""), None)
        return Reply(200, {"commit": {"cid": "bafyreifake", "rev": "3l000000000"}})

    def _upload_blob(self, request: RecordedRequest) -> Reply:
        refused = self._auth(request)
        if refused:
            return refused
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


def _cid(record: dict[str, Any]) -> str:
    return "bafyrei" + hashlib.sha256(repr(sorted(record.items())).encode()).hexdigest()[:40]


def account_for(base_url: str) -> Account:
    return Account(
        id="bluesky",
        channel="bluesky",
        name="@maplestreetdental",
        base_url=base_url,
        settings={"handle": HANDLE},
        credentials={"app_password": PASSWORD},
    )


def contract_kit() -> ContractKit:
    from medsocial_bluesky import Bluesky

    return ContractKit(
        make_channel=Bluesky,
        make_fake=FakeBluesky,
        account_for=account_for,
        good_draft=Draft(text="Flu shots all week, no appointment needed. https://cdc.gov/flu"),
    )
