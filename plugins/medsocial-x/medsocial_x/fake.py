"""A loopback X API v2 that behaves as documented: OAuth 1.0a signatures checked, posts
created by ``POST /2/tweets`` (201) and refused with a 403 problem body when the text repeats
a recent post, ``x-rate-limit-*`` headers on every answer and a 429 with no Retry-After when
the window is used up, simple and chunked media upload, links shown back as t.co, and the
inbox: ``GET /2/users/:id/mentions`` (newest first, ``since_id``/``until_id``,
``pagination_token``, authors in ``includes.users``) and replies that must answer a post
that exists.
"""

from __future__ import annotations

import itertools
import time
from datetime import UTC, datetime
from typing import Any

from medsocial_tui import channelkit as kit
from medsocial_tui.testing.contract import ContractKit
from medsocial_tui.testing.fakeapi import (
    FakeAPI,
    Fault,
    RecordedRequest,
    Reply,
    multipart_fields,
    multipart_files,
)
from medsocial_tui.testing.fakes import configured, routes_behind
from medsocial_x import oauth1
from medsocial_x.text import MAX_WEIGHTED, urls, weighted_length

KEYS = oauth1.Keys("fake-consumer-key", "fake-consumer-secret", "fake-token", "fake-token-secret")
CREDENTIALS = {
    "consumer_key": KEYS.consumer_key,
    "consumer_secret": KEYS.consumer_secret,
    "access_token": KEYS.token,
    "access_token_secret": KEYS.token_secret,
}
USER = {"id": "2244994945", "username": "maplestdental", "name": "Maple Street Dental"}
WINDOW_SECONDS = 900
DAY_SECONDS = 86_400


def as_shown(text: str) -> str:
    """The text as X shows it back: each link twitter-text finds becomes a t.co link."""
    for start, end in reversed(urls(text)):
        text = f"{text[:start]}https://t.co/abc123XYZ{text[end:]}"
    return text


def _x_time(value: str) -> str:
    """An RFC 3339 time as the fake stores ``created_at`` (so strings compare in order)."""
    moment = datetime.fromisoformat(value.replace("Z", "+00:00")).astimezone(UTC)
    return moment.strftime("%Y-%m-%dT%H:%M:%S.000Z")


def _limit_refused(limit: int) -> Reply:
    return problem(
        400,
        "Invalid Request",
        f"The `max_results` query parameter value [{limit}] is not between 5 and 100",
    )


def _offset(request: RecordedRequest) -> int:
    """Where a listing's page starts: the ``pagination_token`` this fake handed out."""
    token = request.arg("pagination_token")
    return int(token, 36) if token else 0


def _listing(shown: list[dict[str, Any]], offset: int, limit: int, total: int) -> dict[str, object]:
    """X's answer to a page of a listing: ``meta`` (the count, the newest and oldest id, and
    ``next_token`` while more are waiting) and ``data`` when the page holds any."""
    meta: dict[str, object] = {"result_count": len(shown)}
    if shown:
        meta |= {"newest_id": shown[0]["id"], "oldest_id": shown[-1]["id"]}
    if offset + limit < total:
        meta["next_token"] = _base36(offset + limit)
    body: dict[str, object] = {"meta": meta}
    if shown:
        body["data"] = shown
    return body


def _base36(number: int) -> str:
    digits = "0123456789abcdefghijklmnopqrstuvwxyz"
    text = ""
    while True:
        number, rest = divmod(number, 36)
        text = digits[rest] + text
        if not number:
            return text.rjust(8, "0")


def problem(status: int, title: str, detail: str, kind: str = "about:blank") -> Reply:
    return Reply(status, {"title": title, "detail": detail, "type": kind, "status": status})


def rate_limit_headers(limit: int, used: int, reset: float) -> dict[str, str]:
    """X's ``x-rate-limit-*`` headers for a window of ``limit`` requests, ``used`` of them so
    far, that ends at ``reset`` (Unix seconds)."""
    return {
        "x-rate-limit-limit": str(limit),
        "x-rate-limit-remaining": str(max(limit - used, 0)),
        "x-rate-limit-reset": str(int(reset)),
    }


def too_many_requests(headers: dict[str, str]) -> Reply:
    """X's 429 when a window is used up: its problem body, with the window's headers."""
    reply = problem(
        429,
        "Too Many Requests",
        "Too Many Requests",
        "https://api.x.com/2/problems/rate-limit-exceeded",
    )
    reply.headers = headers
    return reply


def usage_capped(period: str = "Monthly", reset: float | None = None) -> Reply:
    """X's 429 when the plan's usage cap (posts read or written a month, or a day) is used
    up: a ``UsageCapExceeded`` problem naming the ``period`` and ``scope``, with the
    15-minute window's headers, which say nothing about when the cap ends."""
    reply = Reply(
        429,
        {
            "title": "UsageCapExceeded",
            "detail": f"Usage cap exceeded: {period} product cap",
            "type": "https://api.x.com/2/problems/usage-capped",
            "period": period,
            "scope": "Product",
        },
    )
    reply.headers = rate_limit_headers(100, 1, reset or time.time() + 900)
    return reply


class FakeX(FakeAPI):
    """``tweets`` is what is live; ``tweet_limit`` is the per-window cap on creating posts."""

    def __init__(
        self,
        *,
        tweet_limit: int = 100,
        video_polls: int = 1,
        check_after_secs: int = 0,
        day_limit: int = 10_000,
    ) -> None:
        super().__init__()
        self.day_limit = day_limit
        """Posts the app may create in 24 hours (X: 10,000 per app; older tiers capped each
        user at as few as 100): past it a 429 whose ``x-app-limit-24hour-*`` headers say
        when the day's cap resets, while the 15-minute window may have room left."""
        self._day_start = time.time()
        self._day_used = 0
        self.check_after_secs = check_after_secs
        """What ``processing_info.check_after_secs`` tells the client to wait between polls."""
        self.tweets: list[dict[str, str]] = []
        self.media: dict[str, dict[str, Any]] = {}
        self.alt_texts: dict[str, str] = {}
        self.tweet_limit = tweet_limit
        self.video_polls = video_polls
        self._window_start = time.time()
        self._used = 0
        self._ids = itertools.count(1790000000000000001)
        self._media_ids = itertools.count(1880000000000000001)
        self.followers = 87
        self.read_only = False
        """True: the app's User authentication is Read only (or the tokens were made while
        it was), so every write is refused with 403 ``oauth1-permissions``."""
        api = routes_behind(self, self._refused)
        api("POST", r"/2/tweets", self._create)
        api("DELETE", r"/2/tweets/(\d+)", self._delete)
        api("GET", r"/2/users/me", self._me)
        api("GET", r"/2/users/(\d+)/tweets", self._timeline)
        api("POST", r"/2/media/upload", self._upload)
        api("GET", r"/2/media/upload", self._status)
        api("POST", r"/2/media/upload/initialize", self._initialize)
        api("POST", r"/2/media/upload/(\d+)/append", self._append)
        api("POST", r"/2/media/upload/(\d+)/finalize", self._finalize)
        api("POST", r"/2/media/metadata", self._metadata)
        api("GET", r"/2/tweets", self._lookup)
        api("GET", r"/2/users/(\d+)/mentions", self._mentions)
        api("PUT", r"/2/tweets/(\d+)/hidden", self._hide)
        self.hidden: set[str] = set()
        self.mentions_limit = 300
        """Mention reads per 15-minute window (X's per-user limit)."""
        self._mention_reads = 0
        self.others: list[dict[str, Any]] = []
        self.people: dict[str, dict[str, str]] = {}
        self.page_cap = 100

    # Auth and limits

    def _signed(self, request: RecordedRequest) -> bool:
        fields = oauth1.parse_header(request.headers.get("authorization", ""))
        if fields.get("oauth_consumer_key") != KEYS.consumer_key:
            return False
        if fields.get("oauth_token") != KEYS.token:
            return False
        params = [(k, v[-1]) for k, v in request.query.items()]
        params += [(k, v) for k, v in fields.items() if k != "oauth_signature"]
        expected = oauth1.signature(
            request.method,
            f"{self.base_url}{request.path}",
            params,
            KEYS.consumer_secret,
            KEYS.token_secret,
        )
        return fields.get("oauth_signature") == expected

    def _refused(self, request: RecordedRequest) -> Reply | None:
        """X's 401 for a request not signed with the practice's OAuth 1.0a keys; its 403
        ``oauth1-permissions`` for a write with keys of an app set to read only."""
        if not self._signed(request):
            return problem(401, "Unauthorized", "Unauthorized")
        if self.read_only and request.method in ("POST", "PUT", "DELETE"):
            return problem(
                403,
                "Forbidden",
                "Your client app is not configured with the appropriate oauth1 app "
                "permissions for this endpoint.",
                "https://api.x.com/2/problems/oauth1-permissions",
            )
        return None

    def _limit_headers(self, used: int) -> dict[str, str]:
        return rate_limit_headers(self.tweet_limit, used, self._window_start + WINDOW_SECONDS)

    def _day_headers(self, used: int) -> dict[str, str]:
        """X's headers for the app's 24-hour cap on creating posts."""
        return {
            "x-app-limit-24hour-limit": str(self.day_limit),
            "x-app-limit-24hour-remaining": str(max(self.day_limit - used, 0)),
            "x-app-limit-24hour-reset": str(int(self._day_start + DAY_SECONDS)),
        }

    # Posts

    def _create(self, request: RecordedRequest) -> Reply:
        body = request.json() or {}
        text = str(body.get("text", ""))
        with self.state_lock:
            if time.time() - self._window_start > WINDOW_SECONDS:
                self._window_start, self._used = time.time(), 0
            if time.time() - self._day_start > DAY_SECONDS:
                self._day_start, self._day_used = time.time(), 0
            if self._day_used >= self.day_limit:
                return too_many_requests(
                    self._limit_headers(self._used + 1) | self._day_headers(self._day_used)
                )
            if self._used >= self.tweet_limit:
                return too_many_requests(
                    self._limit_headers(self._used) | self._day_headers(self._day_used)
                )
            self._used += 1
            self._day_used += 1
            headers = self._limit_headers(self._used) | self._day_headers(self._day_used)
            if not text and not body.get("media"):
                return Reply(400, {"errors": [{"message": "text or media required"}]}, headers)
            if weighted_length(text) > MAX_WEIGHTED:
                reply = problem(
                    403,
                    "Forbidden",
                    "Your Tweet text is too long. For more information on how Twitter determines "
                    "text length see https://github.com/twitter/twitter-text.",
                )
                reply.headers = headers
                return reply
            if any(t["text"] == text for t in self.tweets):
                reply = problem(
                    403,
                    "Forbidden",
                    "You are not allowed to create a Tweet with duplicate content.",
                )
                reply.headers = headers
                return reply
            answers = str((body.get("reply") or {}).get("in_reply_to_tweet_id") or "")
            if answers and not any(t["id"] == answers for t in [*self.tweets, *self.others]):
                return problem(
                    403,
                    "Forbidden",
                    "You attempted to reply to a Tweet that is deleted or not visible to you.",
                )
            media_ids = (body.get("media") or {}).get("media_ids", [])
            for media_id in media_ids:
                if media_id not in self.media or self.media[media_id]["state"] != "succeeded":
                    return problem(400, "Invalid Request", f"media id {media_id} is not ready")
            moving = [m for m in media_ids if self.media[m]["category"] != "tweet_image"]
            if len(media_ids) > 4 or (moving and len(media_ids) > 1):
                return problem(
                    400,
                    "Invalid Request",
                    "Your media IDs are invalid: up to 4 photos, or 1 GIF, or 1 video.",
                )
            tweet = {
                "id": str(next(self._ids)),
                "text": text,
                "created_at": datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%S.000Z"),
                "media_ids": ",".join((body.get("media") or {}).get("media_ids", [])),
                "in_reply_to": answers,
            }
            self.tweets.append(tweet)
        return Reply(201, {"data": {"id": tweet["id"], "text": text}}, headers)

    def _delete(self, request: RecordedRequest) -> Reply:
        tweet_id = request.part(1)
        with self.state_lock:
            self.tweets = [t for t in self.tweets if t["id"] != tweet_id]
        return Reply(200, {"data": {"deleted": True}})

    def _me(self, request: RecordedRequest) -> Reply:
        user: dict[str, Any] = dict(USER)
        if "public_metrics" in (request.arg("user.fields") or ""):
            user["public_metrics"] = {"followers_count": self.followers, "following_count": 3}
        return Reply(200, {"data": user})

    def _lookup(self, request: RecordedRequest) -> Reply:
        """``GET /2/tweets?ids=`` (1 to 100 ids): found posts under ``data``, missing ones
        under ``errors`` as X answers them; ``public_metrics`` when asked."""
        ids = [i for i in (request.arg("ids") or "").split(",") if i]
        if not 1 <= len(ids) <= 100:
            return problem(400, "Invalid Request", "The `ids` query parameter value is invalid")
        with self.state_lock:
            by_id = {t["id"]: t for t in self.tweets}
        data, errors = [], []
        for tweet_id in ids:
            tweet = by_id.get(tweet_id)
            if tweet is None:
                errors.append(
                    {
                        "value": tweet_id,
                        "detail": f"Could not find tweet with ids: [{tweet_id}].",
                        "title": "Not Found Error",
                        "resource_type": "tweet",
                        "type": "https://api.twitter.com/2/problems/resource-not-found",
                    }
                )
                continue
            shown: dict[str, Any] = {"id": tweet_id, "text": as_shown(tweet["text"])}
            if "public_metrics" in (request.arg("tweet.fields") or ""):
                shown["public_metrics"] = {
                    "retweet_count": tweet.get("retweets", 0),
                    "reply_count": tweet.get("replies", 0),
                    "like_count": tweet.get("likes", 0),
                    "quote_count": 0,
                    "bookmark_count": 0,
                    "impression_count": tweet.get("impressions", 0),
                }
            data.append(shown)
        body: dict[str, object] = {}
        if data:
            body["data"] = data
        if errors:
            body["errors"] = errors
        return Reply(200, body)

    def _timeline(self, request: RecordedRequest) -> Reply:
        """The user's posts, newest first, as ``GET /2/users/:id/tweets`` pages them:
        ``max_results`` 5 to 100 (10 unless asked), ``start_time``/``end_time`` and
        ``since_id``/``until_id`` bounds, ``pagination_token`` from ``meta.next_token``."""
        limit = int(request.arg("max_results", "10"))
        if not 5 <= limit <= 100:
            return _limit_refused(limit)
        start, end = request.arg("start_time"), request.arg("end_time")
        since_id, until_id = request.arg("since_id"), request.arg("until_id")
        with self.state_lock:
            newest = [
                t
                for t in reversed(self.tweets)
                if (not start or t["created_at"] >= _x_time(start))
                and (not end or t["created_at"] < _x_time(end))
                and (not since_id or int(t["id"]) > int(since_id))
                and (not until_id or int(t["id"]) < int(until_id))
            ]
        offset = _offset(request)
        page = newest[offset : offset + limit]
        shown = [
            {
                "id": t["id"],
                "created_at": t["created_at"],
                "text": as_shown(t["text"])
                .replace("&", "&amp;")
                .replace("<", "&lt;")
                .replace(">", "&gt;"),
                **(
                    {"referenced_tweets": [{"type": "replied_to", "id": t["in_reply_to"]}]}
                    if t.get("in_reply_to")
                    and "referenced_tweets" in (request.arg("tweet.fields") or "")
                    else {}
                ),
            }
            for t in page
        ]
        return Reply(200, _listing(shown, offset, limit, len(newest)))

    def post_by_someone_else(self, count: int, text: str = "Another post") -> None:
        """Posts made on the account elsewhere (the app, other tools), newer than all."""
        with self.state_lock:
            for n in range(count):
                self.tweets.append(
                    {
                        "id": str(next(self._ids)),
                        "text": f"{text} {n}",
                        "created_at": datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%S.000Z"),
                        "media_ids": "",
                    }
                )

    # The inbox

    def mention(
        self, count: int = 1, *, text: str = "are you open Saturday?", reply_to: str = ""
    ) -> list[dict[str, Any]]:
        """``count`` posts by other people naming @maplestdental (or answering the practice's
        post ``reply_to``), newer than all before."""
        made = []
        with self.state_lock:
            for n in range(count):
                person = str(1_500_000 + len(self.people))
                self.people[person] = {
                    "id": person,
                    "username": f"person{person}",
                    "name": f"Person {person}",
                }
                tweet_id = str(next(self._ids))
                tweet: dict[str, Any] = {
                    "id": tweet_id,
                    "text": f"@{USER['username']} {text} {n} & more",
                    "created_at": datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%S.000Z"),
                    "author_id": person,
                    "conversation_id": reply_to or tweet_id,
                }
                if reply_to:
                    tweet["referenced_tweets"] = [{"type": "replied_to", "id": reply_to}]
                    tweet["in_reply_to_user_id"] = USER["id"]
                self.others.append(tweet)
                made.append(tweet)
        return made

    def _mentions(self, request: RecordedRequest) -> Reply:
        """Mentions of the user, newest first: ``max_results`` 5 to 100 (10 unless asked),
        ``since_id``/``until_id`` bounds, ``pagination_token`` from ``meta.next_token``."""
        if request.part(1) != USER["id"]:
            return problem(403, "Forbidden", "You can only read your own mentions")
        limit = int(request.arg("max_results", "10"))
        if not 5 <= limit <= 100:
            return _limit_refused(limit)
        limit = min(limit, self.page_cap)
        with self.state_lock:
            self._mention_reads += 1
            reads = self._mention_reads
        headers = rate_limit_headers(
            self.mentions_limit, reads, self._window_start + WINDOW_SECONDS
        )
        if reads > self.mentions_limit:
            return too_many_requests(headers)
        since_id, until_id = request.arg("since_id"), request.arg("until_id")
        with self.state_lock:
            newest = [
                t
                for t in reversed(self.others)
                if (not since_id or int(t["id"]) > int(since_id))
                and (not until_id or int(t["id"]) < int(until_id))
            ]
        offset = _offset(request)
        page = newest[offset : offset + limit]
        fields = set((request.arg("tweet.fields") or "").split(","))
        shown = [
            {
                "id": t["id"],
                "text": t["text"].replace("&", "&amp;"),
                **{k: v for k, v in t.items() if k in fields},
            }
            for t in page
        ]
        body = _listing(shown, offset, limit, len(newest))
        if shown and "author_id" in (request.arg("expansions") or ""):
            body["includes"] = {"users": [self.people[a] for a in {t["author_id"] for t in page}]}
        return Reply(200, body, headers)

    def _hide(self, request: RecordedRequest) -> Reply:
        """Hide or show a reply in a conversation the user started; 403 otherwise."""
        tweet_id = request.part(1)
        reply = next((t for t in self.others if t["id"] == tweet_id), None)
        ours = {t["id"] for t in self.tweets}
        if reply is None or reply["conversation_id"] not in ours:
            return problem(
                403,
                "Forbidden",
                "You attempted to hide a reply to a conversation you did not start.",
            )
        hidden = bool((request.json() or {}).get("hidden"))
        with self.state_lock:
            (self.hidden.add if hidden else self.hidden.discard)(tweet_id)
        return Reply(200, {"data": {"hidden": hidden}})

    def reply_to_ours(self, count: int = 1) -> list[dict[str, Any]]:
        """Replies by other people to a post of the practice's (made here)."""
        self.post_by_someone_else(1, "Flu shots this week")
        return self.mention(count, reply_to=self.tweets[-1]["id"], text="do I need to book?")

    # Media

    def _new_media(self, state: str, **extra: object) -> str:
        media_id = str(next(self._media_ids))
        self.media[media_id] = {"state": state, "polls": 0, "chunks": [], **extra}
        return media_id

    def _upload(self, request: RecordedRequest) -> Reply:
        fields = multipart_fields(request)
        if "media" not in fields or fields.get("media_category") != "tweet_image":
            return problem(400, "Invalid Request", "media and media_category are required")
        media_id = self._new_media("succeeded", category="tweet_image")
        return Reply(
            200,
            {"data": {"id": media_id, "media_key": f"3_{media_id}", "expires_after_secs": 86400}},
        )

    def _initialize(self, request: RecordedRequest) -> Reply:
        body = request.json() or {}
        if not body.get("total_bytes") or not body.get("media_type"):
            return problem(400, "Invalid Request", "media_type and total_bytes are required")
        if body.get("media_category") not in ("tweet_video", "tweet_gif", "tweet_image"):
            return problem(400, "Invalid Request", "media_category is invalid")
        media_id = self._new_media(
            "initialized", total=int(body["total_bytes"]), category=body.get("media_category")
        )
        return Reply(200, {"data": {"id": media_id, "expires_after_secs": 86400}})

    def _append(self, request: RecordedRequest) -> Reply:
        media = self.media.get(request.part(1))
        fields = multipart_fields(request)
        chunk = multipart_files(request).get("media")
        if media is None or chunk is None:
            return problem(400, "Invalid Request", "unknown media id or no media part")
        if int(fields.get("segment_index", "-1")) != len(media["chunks"]):
            return problem(400, "Invalid Request", "segments must be sent in order")
        media["chunks"].append(len(chunk.data))
        return Reply(204)

    def _finalize(self, request: RecordedRequest) -> Reply:
        media = self.media.get(request.part(1))
        if media is None or sum(media["chunks"]) != media["total"]:
            return problem(400, "Invalid Request", "the segments do not add up to total_bytes")
        media["state"] = "pending" if self.video_polls else "succeeded"
        info = (
            {"state": "pending", "check_after_secs": self.check_after_secs}
            if self.video_polls
            else None
        )
        data: dict[str, Any] = {"id": request.part(1)}
        if info:
            data["processing_info"] = info
        return Reply(200, {"data": data})

    def _status(self, request: RecordedRequest) -> Reply:
        media = self.media.get(request.arg("media_id") or "")
        if media is None or request.arg("command") != "STATUS":
            return problem(400, "Invalid Request", "unknown media id")
        media["polls"] += 1
        if media["polls"] >= self.video_polls:
            media["state"] = "succeeded"
        info: dict[str, Any] = {"state": media["state"]}
        if media["state"] != "succeeded":
            info["check_after_secs"] = self.check_after_secs
        return Reply(200, {"data": {"id": request.arg("media_id"), "processing_info": info}})

    def _metadata(self, request: RecordedRequest) -> Reply:
        body = request.json() or {}
        self.alt_texts[str(body.get("id"))] = body["metadata"]["alt_text"]["text"]
        return Reply(200, {"data": {"id": body.get("id")}})


def account_for(base_url: str) -> kit.Account:
    return kit.Account(
        id="x", channel="x", name="@maplestdental", base_url=base_url, credentials=CREDENTIALS
    )


def contract_kit() -> ContractKit[FakeX]:
    from medsocial_x import X

    return ContractKit(
        make_channel=X,
        make_fake=configured(FakeX, page_cap=5),
        posts=lambda fake: len(fake.tweets),
        bury=lambda fake: fake.post_by_someone_else(105),  # reconcile reads pages of 100
        account_for=account_for,
        good_draft=kit.Draft(text="Flu shots all week, no appointment needed."),
        seed_activity=_seed,
        is_hidden=lambda fake, tweet_id: tweet_id in fake.hidden,
        replied_to=lambda fake, reply_id: next(
            (t.get("in_reply_to") for t in fake.tweets if t["id"] == reply_id), None
        ),
        rate_limited=_rate_limited,
    )


def _rate_limited() -> Fault:
    return Fault.answer(too_many_requests(rate_limit_headers(300, 300, time.time() + 600)))


def _seed(fake: FakeX, count: int) -> None:
    for n in range(count):
        fake.mention(1) if n % 2 else fake.reply_to_ours(1)
