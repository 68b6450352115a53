"""A loopback Graph API for one Facebook Page and its linked Instagram account.

It behaves as docs/reference describe the real one: ids like ``{page}_{post}``, errors in the
``{"error": {"message", "type", "code", "error_subcode", "fbtrace_id"}}`` shape (a bad token
is HTTP 400 with code 190, a repeated text code 506), ``X-App-Usage`` and
``X-Business-Use-Case-Usage`` on every answer, and Instagram containers that go
``IN_PROGRESS -> FINISHED -> PUBLISHED`` with a publishing quota. The inbox: comments on
Page posts (``filter=stream``, ``order=reverse_chronological``, replies one level deep,
``is_hidden``), Messenger conversations with the 24-hour window enforced on
``/{page}/messages`` (code 10, subcode 2018278 outside it), and Instagram comments with
their ``replies`` edge and ``hide``. Tests, demos and third parties reuse it; ``throttle``
and ``FakeAPI.inject`` make it misbehave.
"""

from __future__ import annotations

import base64
import itertools
import json
import re
import time
from datetime import UTC, datetime
from pathlib import Path
from typing import Any
from urllib.parse import urlencode

from medsocial_tui import channelkit as kit
from medsocial_tui.testing.contract import ContractKit
from medsocial_tui.testing.fakeapi import (
    FakeAPI,
    Fault,
    Handler,
    RecordedRequest,
    Reply,
    multipart_fields,
    multipart_files,
)
from medsocial_tui.testing.fakes import configured

PAGE_ID = "104233558812345"
PAGE_NAME = "Maple Street Dental"
PAGE_TOKEN = "EAAfakePageToken0123456789"
IG_USER_ID = "17841400000000001"
IG_USERNAME = "maplestreetdental"
IG_TOKEN = "EAAfakeInstagramToken0123456789"
VERSION = r"/v\d+\.\d+"


def graph_error(
    code: int, message: str, *, subcode: int | None = None, kind: str = "OAuthException"
) -> dict[str, Any]:
    error: dict[str, Any] = {
        "message": message,
        "type": kind,
        "code": code,
        "fbtrace_id": "AfakeTrace",
    }
    if subcode is not None:
        error["error_subcode"] = subcode
    return {"error": error}


class FakeGraph(FakeAPI):
    """The Graph API for ``PAGE_ID`` and ``IG_USER_ID``; state is public for assertions."""

    def __init__(self, *, quota_total: int = 50, processing_polls: int = 1) -> None:
        super().__init__()
        self.app_usage = {"call_count": 3, "total_cputime": 1, "total_time": 2}
        self.page_usage = {"call_count": 2, "total_cputime": 1, "total_time": 1, "regain": 0}
        self.page_posts: list[dict[str, Any]] = []
        self.photos: dict[str, dict[str, Any]] = {}
        self.containers: dict[str, dict[str, Any]] = {}
        self.ig_media: list[dict[str, Any]] = []
        self.quota_total = quota_total
        self.quota_usage = 0
        self.processing_polls = processing_polls
        self.image_error: str | None = None
        """A subcode such as ``"2207009"``: new containers end in ERROR with it."""
        self.versions: set[str] = set()
        self.counts: dict[str, dict[str, int]] = {}
        """Counters by post or media id (reactions, comments, shares, or insight names)."""
        self.daily: dict[str, int] = {}
        """A daily insight's value every day (5 unless set)."""
        self._ids = itertools.count(1)
        routes = (
            ("POST", rf"{VERSION}/(\d+)/feed", self._feed),
            ("POST", rf"{VERSION}/(\d+)/photos", self._photo),
            ("GET", rf"{VERSION}/(\d+)/published_posts", self._published_posts),
            ("POST", rf"{VERSION}/(\d+)/media", self._container),
            ("POST", rf"{VERSION}/(\d+)/media_publish", self._media_publish),
            ("GET", rf"{VERSION}/(\d+)/content_publishing_limit", self._quota),
            ("GET", rf"{VERSION}/(\d+)/media", self._media_list),
            ("GET", rf"{VERSION}/([\d_]+)/insights", self._insights),
            ("GET", rf"{VERSION}/([\d_]+)", self._node),
            ("DELETE", rf"{VERSION}/([\d_]+)", self._delete),
            ("GET", rf"{VERSION}/([\d_]+)/comments", self._list_comments),
            ("POST", rf"{VERSION}/([\d_]+)/comments", self._fb_reply),
            ("GET", rf"{VERSION}/([\d_]+)/replies", self._ig_replies),
            ("POST", rf"{VERSION}/([\d_]+)/replies", self._ig_reply),
            ("POST", rf"{VERSION}/([\d_]+)", self._update_comment),
            ("GET", rf"{VERSION}/(\d+)/conversations", self._conversations),
            ("GET", rf"{VERSION}/(t_\w+)", self._conversation),
            ("POST", rf"{VERSION}/(\d+)/messages", self._send_message),
        )
        self.comments: list[dict[str, Any]] = []
        self.conversations: dict[str, dict[str, Any]] = {}
        self.page_cap = 100
        self.messaging_allowed = True
        """False: the Page token lacks pages_messaging, and conversations answer code 10."""
        self.deletable: set[str] | None = None
        """Post ids the Page token may delete (None: all). Graph refuses the others with the
        same code 100/33 as a post that is gone (made by another app, a missing
        pages_manage_posts), though a GET still reads them."""
        self._people = itertools.count(1)
        for method, pattern, handler in routes:
            self.route(method, pattern)(self._guarded(handler))

    def headers(
        self, *, page_call_count: int | None = None, regain: int | None = None
    ) -> dict[str, Any]:
        """The usage headers Meta sends, with this fake's current percentages."""
        usage = dict(self.page_usage)
        if page_call_count is not None:
            usage["call_count"] = page_call_count
        minutes = usage.pop("regain") if regain is None else regain
        buc = {PAGE_ID: [{"type": "pages", **usage, "estimated_time_to_regain_access": minutes}]}
        return {
            "X-App-Usage": json.dumps(self.app_usage),
            "X-Business-Use-Case-Usage": json.dumps(buc),
        }

    def error(self, status: int, code: int, message: str, subcode: int | None = None) -> Reply:
        return Reply(status, graph_error(code, message, subcode=subcode), self.headers())

    def throttle(self, *, code: int = 80001, regain_minutes: int = 7, times: int = 1) -> None:
        """The next ``times`` requests are refused as over the Page's rate limit."""
        body = graph_error(
            code,
            f"(#{code}) There have been too many calls to this Page account. Wait a bit and "
            "try again.",
            subcode=0,
        )
        self.inject(
            Fault.status(400, body, self.headers(page_call_count=100, regain=regain_minutes)),
            times=times,
        )

    def _guarded(self, handler: Handler) -> Handler:
        def serve(request: RecordedRequest) -> Reply:
            version = request.path.split("/")[1]
            self.versions.add(version)
            token = _token(request)
            if token not in (PAGE_TOKEN, IG_TOKEN):
                return self.error(
                    400,
                    190,
                    "Error validating access token: Session has expired on Thursday, "
                    "26-Nov-26 09:00:00 PST.",
                    subcode=463,
                )
            with self.state_lock:
                return handler(request)

        return serve

    def _next(self) -> int:
        return next(self._ids)

    def _feed(self, request: RecordedRequest) -> Reply:
        if request.part(1) != PAGE_ID:
            return self.error(400, 100, "(#100) Unsupported post request.", 33)
        body = _body(request)
        message = str(body.get("message") or "")
        attached = body.get("attached_media") or []
        if isinstance(attached, str):
            attached = json.loads(attached)
        if not message and not body.get("link") and not attached:
            return self.error(400, 100, "(#100) Missing message or attachment")
        if len(message) > 63_206:
            return self.error(400, 100, "(#100) The message is too long (63206 characters)")
        for item in attached:
            photo = self.photos.get(str(item.get("media_fbid")))
            if photo is None or photo["published"]:
                return self.error(400, 100, "(#100) Param attached_media[0] must be a valid photo")
        if self.page_posts and message and self.page_posts[-1]["message"] == message:
            return self.error(400, 506, "(#506) Duplicate status message")
        number = self._next()
        now = time.time()
        post: dict[str, Any] = {
            "id": f"{PAGE_ID}_{number}",
            "message": message,
            "link": body.get("link"),
            "attached_media": [str(a["media_fbid"]) for a in attached],
            "created_time": datetime.fromtimestamp(now, UTC).strftime("%Y-%m-%dT%H:%M:%S+0000"),
            "created_unix": now,
            "permalink_url": f"https://www.facebook.com/{PAGE_ID}/posts/{number}",
        }
        for photo_id in post["attached_media"]:
            self.photos[photo_id]["published"] = True
        self.page_posts.append(post)
        return Reply(200, {"id": post["id"]}, self.headers())

    def _photo(self, request: RecordedRequest) -> Reply:
        ctype = request.headers.get("content-type", "")
        fields = multipart_fields(request) if "multipart" in ctype else _body(request)
        source = fields.get("source") or fields.get("url")
        if not source:
            return self.error(400, 324, "(#324) Requires upload file")
        upload = multipart_files(request).get("source")
        too_big = len(request.body) > 4 * 1024 * 1024
        if "multipart" in ctype and (
            too_big or upload is None or upload.content_type not in ("image/jpeg", "image/png")
        ):
            return self.error(400, 100, "Photos must be JPG or PNG and smaller than 4 MB", 1366046)
        published = str(fields.get("published", "true")).lower() not in ("false", "0")
        photo_id = str(self._next() + 900_000)
        self.photos[photo_id] = {"id": photo_id, "source": source, "published": published}
        return Reply(200, {"id": photo_id}, self.headers())

    def _published_posts(self, request: RecordedRequest) -> Reply:
        """Newest first; ``since``/``until`` (Unix seconds) bound the time, ``limit`` is 25
        unless asked (at most 100), and ``after`` continues where a page ended. ``paging``
        carries ``cursors`` and, only while more posts follow, ``next``."""
        posts = [
            {
                **{k: p[k] for k in ("id", "message", "created_time", "permalink_url")},
                "updated_time": self._time(
                    max(
                        [
                            p["created_unix"],
                            *(c["unix"] for c in self.comments if c["on"] == p["id"]),
                        ]
                    )
                ),
            }
            for p in reversed(self.page_posts)
            if float(request.arg("since") or 0)
            <= p["created_unix"]
            <= float(request.arg("until") or "inf")
        ]
        return Reply(200, self.paged(request, posts), self.headers())

    def paged(self, request: RecordedRequest, items: list[dict[str, Any]]) -> dict[str, Any]:
        """One page of ``items`` as Graph pages an edge: cursor-based, 25 by default."""
        limit = min(int(request.arg("limit") or 25), 100)
        start = _cursor_offset(request.arg("after"))
        page = items[start : start + limit]
        paging: dict[str, Any] = {}
        if page:
            paging["cursors"] = {
                "before": _cursor(start),
                "after": _cursor(start + len(page)),
            }
        if start + limit < len(items):
            query = {k: v[-1] for k, v in request.query.items() if k != "after"}
            query["after"] = _cursor(start + len(page))
            paging["next"] = f"{self.base_url}{request.path}?{urlencode(query)}"
        return {"data": page, "paging": paging}

    def post_by_someone_else(self, count: int, text: str = "Another post") -> None:
        """Posts made on the page and on Instagram by other staff or later runs, newer than
        all before."""
        with self.state_lock:
            for n in range(count):
                self.ig_media.append(
                    {
                        "id": str(17_920_000_000 + self._next()),
                        "caption": f"{text} {n}",
                        "timestamp": datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%S+0000"),
                        "permalink": f"https://www.instagram.com/p/OTHER{n}/",
                        "container": "",
                    }
                )
                number = self._next()
                now = time.time()
                self.page_posts.append(
                    {
                        "id": f"{PAGE_ID}_{number}",
                        "message": f"{text} {n}",
                        "link": None,
                        "attached_media": [],
                        "created_time": datetime.fromtimestamp(now, UTC).strftime(
                            "%Y-%m-%dT%H:%M:%S+0000"
                        ),
                        "created_unix": now,
                        "permalink_url": f"https://www.facebook.com/{PAGE_ID}/posts/{number}",
                    }
                )

    def _container(self, request: RecordedRequest) -> Reply:
        if request.part(1) != IG_USER_ID:
            return self.error(400, 100, "(#100) Unsupported post request.", 33)
        image_url = request.param("image_url")
        if not image_url:
            return self.error(400, 100, "(#100) The parameter image_url is required")
        caption = request.param("caption") or ""
        if len(caption) > 2200:
            return self.error(400, 100, "The caption is too long", 2207010)
        if (
            len(re.findall(r"(?<![\w&])#\w+", caption)) > 30
            or len(re.findall(r"(?<![\w@])@[\w.]+", caption)) > 20
        ):
            return self.error(
                400, 100, "The caption has more than 30 hashtags or 20 mentions", 2207010
            )
        container_id = str(17_889_000_000 + self._next())
        self.containers[container_id] = {
            "id": container_id,
            "image_url": image_url,
            "caption": caption,
            "alt_text": request.param("alt_text"),
            "status_code": "ERROR" if self.image_error else "IN_PROGRESS",
            "status": f"Error: {self.image_error}" if self.image_error else "",
            "polls": 0,
        }
        return Reply(200, {"id": container_id}, self.headers())

    def _media_publish(self, request: RecordedRequest) -> Reply:
        container = self.containers.get(request.param("creation_id") or "")
        if container is None:
            return self.error(400, 100, "(#100) Param creation_id must be a valid container", 33)
        if self.quota_usage >= self.quota_total:
            return self.error(
                400,
                4,
                "Application request limit reached: maximum number of posts in 24 hours",
                2207042,
            )
        if container["status_code"] != "FINISHED":
            return self.error(
                400,
                9007,
                "The media is not ready for publishing, please wait for a moment",
                2207027,
            )
        number = self._next()
        media = {
            "id": str(17_920_000_000 + number),
            "caption": container["caption"],
            "timestamp": datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%S+0000"),
            "permalink": f"https://www.instagram.com/p/FAKE{number}/",
            "container": container["id"],
        }
        container["status_code"] = "PUBLISHED"
        self.ig_media.append(media)
        self.quota_usage += 1
        return Reply(200, {"id": media["id"]}, self.headers())

    def _quota(self, request: RecordedRequest) -> Reply:
        entry = {
            "quota_usage": self.quota_usage,
            "config": {"quota_total": self.quota_total, "quota_duration": 86400},
        }
        return Reply(200, {"data": [entry]}, self.headers())

    def _media_list(self, request: RecordedRequest) -> Reply:
        """The account's media, newest first, 25 a page with ``after`` cursors."""
        data = [
            {
                **{k: m[k] for k in ("id", "caption", "timestamp", "permalink")},
                "comments_count": sum(c["on"] == m["id"] for c in self.comments),
            }
            for m in reversed(self.ig_media)
        ]
        return Reply(200, self.paged(request, data), self.headers())

    def _node(self, request: RecordedRequest) -> Reply:
        node = request.part(1)
        if node == PAGE_ID:
            return Reply(200, {"id": PAGE_ID, "name": PAGE_NAME}, self.headers())
        if node == IG_USER_ID:
            return Reply(200, {"id": IG_USER_ID, "username": IG_USERNAME}, self.headers())
        if node in self.containers:
            container = self.containers[node]
            container["polls"] += 1
            if (
                container["status_code"] == "IN_PROGRESS"
                and container["polls"] >= self.processing_polls
            ):
                container["status_code"] = "FINISHED"
            answer = {"id": node, "status_code": container["status_code"]}
            if container["status"]:
                answer["status"] = container["status"]
            return Reply(200, answer, self.headers())
        for media in self.ig_media:
            if media["id"] == node:
                return Reply(200, {"id": node, "permalink": media["permalink"]}, self.headers())
        for post in self.page_posts:
            if post["id"] == node:
                answer = {"id": node, "message": post["message"]}
                fields = request.arg("fields") or ""
                counts = self.counts.get(node, {})
                if "reactions.summary" in fields:
                    answer["reactions"] = _summary(counts.get("reactions", 0))
                if "comments.summary" in fields:
                    answer["comments"] = _summary(counts.get("comments", 0))
                if "shares" in fields.split(",") and counts.get("shares"):
                    answer["shares"] = {"count": counts["shares"]}
                return Reply(200, answer, self.headers())
        return self._missing(node)

    def _insights(self, request: RecordedRequest) -> Reply:
        """Post, media, Page and Instagram account insights as Graph v23 answers them: a
        retired metric (impressions, plays, video_views) is an error (#100), as on Graph."""
        node = request.part(1)
        metrics = [m for m in (request.arg("metric") or "").split(",") if m]
        retired = [m for m in metrics if m in RETIRED_METRICS]
        if retired:
            return self.error(
                400, 100, f"(#100) The value must be a valid insights metric: {retired[0]}"
            )
        counts = self.counts.get(node, {})
        if node in (PAGE_ID, IG_USER_ID):
            since = int(request.arg("since") or "0")
            until = int(request.arg("until") or "0")
            days = INSIGHTS_SPAN_DAYS[node]
            if until - since > days * 86400:
                return self.error(
                    400,
                    100,
                    f"(#100) There cannot be more than {days} days ({days * 86400} s) between "
                    "since and until",
                )
            data = []
            for metric in metrics:
                values = []
                day = since + 86400
                while day <= until:
                    end = datetime.fromtimestamp(day, UTC).strftime("%Y-%m-%dT%H:%M:%S+0000")
                    values.append({"value": self.daily.get(metric, 5), "end_time": end})
                    day += 86400
                data.append({"name": metric, "period": "day", "values": values})
            return Reply(200, {"data": data}, self.headers())
        known = any(p["id"] == node for p in self.page_posts) or any(
            m["id"] == node for m in self.ig_media
        )
        if not known:
            return self._missing(node)
        data = [
            {"name": m, "period": "lifetime", "values": [{"value": counts.get(m, 0)}]}
            for m in metrics
        ]
        return Reply(200, {"data": data}, self.headers())

    def _delete(self, request: RecordedRequest) -> Reply:
        node = request.part(1)
        for post in self.page_posts:
            if post["id"] == node and (self.deletable is None or node in self.deletable):
                self.page_posts.remove(post)
                return Reply(200, {"success": True}, self.headers())
        return self._missing(node, "delete")

    # The inbox

    @staticmethod
    def _time(unix: float) -> str:
        return datetime.fromtimestamp(unix, UTC).strftime("%Y-%m-%dT%H:%M:%S+0000")

    def _person(self) -> dict[str, str]:
        n = next(self._people)
        return {
            "id": str(7_000_000_000_000_000 + n),
            "name": f"Person {n}",
            "username": f"person{n}",
        }

    def comment_on_page(
        self, count: int = 1, *, post_id: str | None = None, text: str = "Open Saturday?"
    ) -> list[dict[str, Any]]:
        """``count`` people's comments on a Page post (a new one when not named)."""
        return self._comments_by_people("facebook", post_id, count, text)

    def reply_on_page(self, comment: dict[str, Any], text: str = "Me too!") -> dict[str, Any]:
        return self._reply_by_someone("facebook", comment, text)

    def comment_on_media(
        self, count: int = 1, *, media_id: str | None = None, text: str = "Love this"
    ) -> list[dict[str, Any]]:
        """``count`` people's comments on an Instagram media (a new one when not named)."""
        return self._comments_by_people("instagram", media_id, count, text)

    def reply_on_media(self, comment: dict[str, Any], text: str = "Same here") -> dict[str, Any]:
        return self._reply_by_someone("instagram", comment, text)

    def _comments_by_people(
        self, network: str, on: str | None, count: int, text: str
    ) -> list[dict[str, Any]]:
        if on is None:
            self.post_by_someone_else(1, "Flu shots all week")
            on = (self.page_posts if network == "facebook" else self.ig_media)[-1]["id"]
        with self.state_lock:
            return [
                self._add_comment(network, on, None, self._person(), f"{text} {n}")
                for n in range(count)
            ]

    def _reply_by_someone(self, network: str, comment: dict[str, Any], text: str) -> dict[str, Any]:
        with self.state_lock:
            return self._add_comment(network, comment["on"], comment["id"], self._person(), text)

    def _add_comment(
        self, network: str, on: str, parent: str | None, author: dict[str, str], text: str
    ) -> dict[str, Any]:
        number = self._next()
        later = max([time.time(), *(c["unix"] + 1e-3 for c in self.comments)])
        comment = {
            "id": f"{on.split('_')[-1]}_{number}"
            if network == "facebook"
            else str(18_000_000_000 + number),
            "network": network,
            "on": on,
            "parent": parent,
            "from": author,
            "text": text,
            "unix": later,
            "hidden": False,
        }
        self.comments.append(comment)
        return comment

    def _comment(self, comment_id: str) -> dict[str, Any] | None:
        return next((c for c in self.comments if c["id"] == comment_id), None)

    def _shown(self, comment: dict[str, Any], fields: str) -> dict[str, Any]:
        if comment["network"] == "facebook":
            shown: dict[str, Any] = {
                "id": comment["id"],
                "message": comment["text"],
                "created_time": self._time(comment["unix"]),
                "permalink_url": f"https://www.facebook.com/{comment['on']}?comment_id={comment['id']}",
                "is_hidden": comment["hidden"],
                "from": {k: comment["from"][k] for k in ("id", "name")},
            }
            if comment["parent"]:
                shown["parent"] = {"id": comment["parent"]}
            return shown
        shown = {
            "id": comment["id"],
            "text": comment["text"],
            "timestamp": self._time(comment["unix"]),
            "username": comment["from"]["username"],
            "from": {"id": comment["from"]["id"], "username": comment["from"]["username"]},
            "hidden": comment["hidden"],
        }
        if comment["parent"]:
            shown["parent_id"] = comment["parent"]
        if "replies{" in fields and not comment["parent"]:
            replies = [c for c in self.comments if c["parent"] == comment["id"]]
            shown["replies"] = {"data": [self._shown(r, "") for r in replies]}
        return shown

    def _page_of(self, request: RecordedRequest, items: list[dict[str, Any]]) -> dict[str, Any]:
        capped = dict(request.query)
        capped["limit"] = [str(min(int(request.arg("limit") or 25), self.page_cap))]
        request = RecordedRequest(
            request.method, request.path, capped, request.headers, request.body, request.received_at
        )
        return self.paged(request, items)

    def _list_comments(self, request: RecordedRequest) -> Reply:
        """A Page post's comments (``filter=stream``: replies too; ``order``), a Page
        comment's replies, or an Instagram media's comments with ``replies{…}``."""
        node = request.part(1)
        fields = request.arg("fields") or ""
        if any(p["id"] == node for p in self.page_posts):
            found = [
                c
                for c in self.comments
                if c["on"] == node and (request.arg("filter") == "stream" or not c["parent"])
            ]
        elif any(m["id"] == node for m in self.ig_media):
            found = [c for c in self.comments if c["on"] == node and not c["parent"]]
        elif self._comment(node) is not None:
            found = [c for c in self.comments if c["parent"] == node]
        else:
            return self._missing(node)
        found.sort(key=lambda c: c["unix"], reverse=request.arg("order") == "reverse_chronological")
        data = [self._shown(c, fields) for c in found]
        return Reply(200, self._page_of(request, data), self.headers())

    def _fb_reply(self, request: RecordedRequest) -> Reply:
        comment = self._comment(request.part(1))
        if comment is None or comment["network"] != "facebook":
            return self._missing(request.part(1))
        if comment["parent"]:
            return self.error(400, 100, "(#100) Replies can only be made to top-level comments")
        message = str(_body(request).get("message") or "")
        if not message.strip():
            return self.error(400, 100, "(#100) Missing message")
        page = {"id": PAGE_ID, "name": PAGE_NAME, "username": PAGE_NAME}
        made = self._add_comment("facebook", comment["on"], comment["id"], page, message)
        return Reply(200, {"id": made["id"]}, self.headers())

    def _ig_replies(self, request: RecordedRequest) -> Reply:
        comment = self._comment(request.part(1))
        if comment is None or comment["network"] != "instagram":
            return self._missing(request.part(1))
        replies = [self._shown(c, "") for c in self.comments if c["parent"] == comment["id"]]
        return Reply(200, self._page_of(request, replies), self.headers())

    def _ig_reply(self, request: RecordedRequest) -> Reply:
        comment = self._comment(request.part(1))
        if comment is None or comment["network"] != "instagram" or comment["parent"]:
            return self._missing(request.part(1))
        if comment["hidden"]:
            return self.error(400, 100, "(#100) Cannot reply to a hidden comment")
        message = str(request.param("message") or "")
        if not message.strip():
            return self.error(400, 100, "(#100) The parameter message is required")
        us = {"id": IG_USER_ID, "name": IG_USERNAME, "username": IG_USERNAME}
        made = self._add_comment("instagram", comment["on"], comment["id"], us, message)
        return Reply(200, {"id": made["id"]}, self.headers())

    def _update_comment(self, request: RecordedRequest) -> Reply:
        """``is_hidden`` (Facebook) or ``hide`` (Instagram) on a comment."""
        comment = self._comment(request.part(1))
        if comment is None:
            return self._missing(request.part(1))
        field = "is_hidden" if comment["network"] == "facebook" else "hide"
        value = _body(request).get(field) or request.arg(field)
        if value is None:
            return self.error(400, 100, f"(#100) The parameter {field} is required")
        comment["hidden"] = str(value).lower() == "true"
        return Reply(200, {"success": True}, self.headers())

    def message_page(
        self, count: int = 1, *, hours_ago: float = 0, text: str = "Can I move my visit?"
    ) -> list[dict[str, Any]]:
        """``count`` people each start a Messenger conversation with the Page."""
        made = []
        with self.state_lock:
            for n in range(count):
                person = self._person()
                conversation_id = f"t_{self._next()}"
                sent = (
                    max(
                        [
                            time.time(),
                            *(
                                m["unix"] + 1e-3
                                for c in self.conversations.values()
                                for m in c["messages"]
                            ),
                        ]
                    )
                    - hours_ago * 3600
                )
                message = {
                    "id": f"m_{self._next()}",
                    "message": f"{text} {n}",
                    "from": person,
                    "unix": sent,
                }
                self.conversations[conversation_id] = {
                    "id": conversation_id,
                    "psid": person["id"],
                    "messages": [message],
                }
                made.append({**message, "conversation": conversation_id})
        return made

    def _conversation_shown(self, conversation: dict[str, Any]) -> dict[str, Any]:
        newest = sorted(conversation["messages"], key=lambda m: m["unix"], reverse=True)[:20]
        return {
            "id": conversation["id"],
            "updated_time": self._time(max(m["unix"] for m in conversation["messages"])),
            "messages": {
                "data": [
                    {
                        "id": m["id"],
                        "message": m["message"],
                        "from": {k: m["from"][k] for k in ("id", "name")},
                        "created_time": self._time(m["unix"]),
                    }
                    for m in newest
                ]
            },
        }

    def _conversations(self, request: RecordedRequest) -> Reply:
        if request.part(1) != PAGE_ID:
            return self._missing(request.part(1))
        if not self.messaging_allowed:
            return self.error(
                400, 10, "(#10) This endpoint requires the 'pages_messaging' permission"
            )
        if request.arg("platform") not in (None, "messenger"):
            return Reply(200, {"data": []}, self.headers())
        ordered = sorted(
            self.conversations.values(),
            key=lambda c: max(m["unix"] for m in c["messages"]),
            reverse=True,
        )
        data = [self._conversation_shown(c) for c in ordered]
        return Reply(200, self._page_of(request, data), self.headers())

    def _conversation(self, request: RecordedRequest) -> Reply:
        conversation = self.conversations.get(request.part(1))
        if conversation is None:
            return self._missing(request.part(1))
        return Reply(200, self._conversation_shown(conversation), self.headers())

    def _send_message(self, request: RecordedRequest) -> Reply:
        """The Send API: ``RESPONSE`` messages only within 24 hours of the person's last."""
        if request.part(1) != PAGE_ID:
            return self._missing(request.part(1))
        body = _body(request)
        psid = str((body.get("recipient") or {}).get("id") or "")
        conversation = next((c for c in self.conversations.values() if c["psid"] == psid), None)
        if conversation is None:
            return self.error(400, 100, "(#100) No matching user found", 2018001)
        if body.get("messaging_type") != "RESPONSE":
            return self.error(400, 100, "(#100) messaging_type must be RESPONSE here")
        theirs = [m["unix"] for m in conversation["messages"] if m["from"]["id"] == psid]
        if time.time() - max(theirs) > 24 * 3600:
            return self.error(
                400, 10, "(#10) This message is sent outside of allowed window.", 2018278
            )
        text = str((body.get("message") or {}).get("text") or "")
        page = {"id": PAGE_ID, "name": PAGE_NAME, "username": PAGE_NAME}
        message = {"id": f"m_{self._next()}", "message": text, "from": page, "unix": time.time()}
        conversation["messages"].append(message)
        return Reply(200, {"recipient_id": psid, "message_id": message["id"]}, self.headers())

    def answered(self, reply_id: str) -> str | None:
        """What the Page's reply ``reply_id`` answers: a comment's parent, or the
        conversation a message went to."""
        comment = self._comment(reply_id)
        if comment is not None:
            parent: str | None = comment["parent"]
            return parent
        for conversation in self.conversations.values():
            if any(m["id"] == reply_id for m in conversation["messages"]):
                conversation_id: str = conversation["id"]
                return conversation_id
        return None

    def _missing(self, node: str, verb: str = "get") -> Reply:
        return self.error(
            400,
            100,
            f"Unsupported {verb} request. Object with ID '{node}' does not exist, cannot be "
            "loaded due to missing permissions, or does not support this operation.",
            33,
        )


INSIGHTS_SPAN_DAYS = {PAGE_ID: 93, IG_USER_ID: 30}
"""The longest ``since``..``until`` a daily insights call may span: 93 days for a Page, 30
for an Instagram account; Graph refuses a longer one with (#100)."""
RETIRED_METRICS = {"impressions", "plays", "video_views", "post_impressions", "page_impressions"}


def _summary(total: int) -> dict[str, Any]:
    return {"data": [], "summary": {"total_count": total}}


def _cursor(offset: int) -> str:
    """An opaque cursor, as Graph's are."""
    return base64.urlsafe_b64encode(f"offset:{offset}".encode()).decode().rstrip("=")


def _cursor_offset(cursor: str | None) -> int:
    if not cursor:
        return 0
    try:
        text = base64.urlsafe_b64decode(cursor + "=" * (-len(cursor) % 4)).decode()
        return max(0, int(text.partition(":")[2]))
    except ValueError:
        return 0


def _token(request: RecordedRequest) -> str:
    header = request.headers.get("authorization", "")
    if header.lower().startswith("bearer "):
        return header[7:]
    return request.param("access_token") or ""


def _body(request: RecordedRequest) -> dict[str, Any]:
    ctype = request.headers.get("content-type", "")
    if "json" in ctype:
        body = request.json()
        return body if isinstance(body, dict) else {}
    if "multipart" in ctype:
        return multipart_fields(request)
    return request.form()


def facebook_account(base_url: str) -> kit.Account:
    return kit.Account(
        id="facebook",
        channel="facebook",
        name=PAGE_NAME,
        base_url=base_url,
        settings={"page_id": PAGE_ID},
        credentials={"page_access_token": PAGE_TOKEN},
    )


def instagram_account(base_url: str) -> kit.Account:
    return kit.Account(
        id="instagram",
        channel="instagram",
        name=f"@{IG_USERNAME}",
        base_url=base_url,
        settings={"ig_user_id": IG_USER_ID},
        credentials={"access_token": IG_TOKEN},
    )


def flyer(url: str = "https://maplestreetdental.example/media/flyer.jpg") -> kit.Media:
    """A portrait JPEG on the practice's website, described without opening a file."""
    return kit.Media(
        path=Path("flyer.jpg"),
        alt_text="Flu shots this week",
        mime_type="image/jpeg",
        width=1080,
        height=1350,
        size_bytes=240_000,
        url=url,
    )


def _hidden(fake: FakeGraph, comment_id: str) -> bool:
    comment = fake._comment(comment_id)
    if comment is None:
        raise LookupError(f"the fake has no comment {comment_id}")
    return bool(comment["hidden"])


def facebook_contract_kit() -> ContractKit[FakeGraph]:
    from medsocial_meta.facebook import FacebookPage

    return ContractKit(
        make_channel=FacebookPage,
        make_fake=configured(FakeGraph, page_cap=3),
        posts=lambda fake: len(fake.page_posts),
        bury=lambda fake: fake.post_by_someone_else(30),  # reconcile reads pages of 25
        account_for=facebook_account,
        good_draft=kit.Draft(text="Flu shots all week, no appointment needed."),
        seed_activity=_seed_facebook,
        replied_to=lambda fake, reply_id: fake.answered(reply_id),
        is_hidden=_hidden,
        rate_limited=_throttled,
    )


def _throttled() -> Fault:
    body = graph_error(
        80001,
        "(#80001) There have been too many calls to this Page account. Wait a bit and try again.",
        subcode=0,
    )
    usage = {"type": "pages", "call_count": 100, "total_cputime": 20, "total_time": 20}
    buc = {PAGE_ID: [{**usage, "estimated_time_to_regain_access": 7}]}
    return Fault.status(400, body, {"X-Business-Use-Case-Usage": json.dumps(buc)})


def _seed_facebook(fake: FakeGraph, count: int) -> None:
    """Comments, a reply under one, and Messenger messages, in turn."""
    for n in range(count):
        if n % 3 == 0:
            fake.comment_on_page(1)
        elif n % 3 == 1:
            fake.reply_on_page(next(c for c in reversed(fake.comments) if not c["parent"]))
        else:
            fake.message_page(1)


def _seed_instagram(fake: FakeGraph, count: int) -> None:
    for n in range(count):
        if n % 2 == 0:
            fake.comment_on_media(1)
        else:
            fake.reply_on_media(
                next(
                    c
                    for c in reversed(fake.comments)
                    if not c["parent"] and c["network"] == "instagram"
                )
            )


def instagram_contract_kit() -> ContractKit[FakeGraph]:
    from medsocial_meta.instagram import Instagram

    return ContractKit(
        make_channel=configured(Instagram, poll_seconds=0.01),
        make_fake=configured(FakeGraph, page_cap=3),
        posts=lambda fake: len(fake.ig_media),
        seed_activity=_seed_instagram,
        replied_to=lambda fake, reply_id: fake.answered(reply_id),
        is_hidden=_hidden,
        rate_limited=_throttled,
        account_for=instagram_account,
        good_draft=kit.Draft(text="Flu shots all week #flushot", media=(flyer(),)),
    )
