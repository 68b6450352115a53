"""A loopback TikTok Content Posting API: creator info with the privacy levels an audited or
unaudited app gets, video init with TikTok's chunk rules, chunked PUT with Content-Range, photo
posts pulled from URLs, status by publish_id moving from processing to complete, 6 inits a
minute, the ``{"data", "error"}`` envelope on every answer, and token refresh.
"""

from __future__ import annotations

import itertools
import re
import tempfile
import time
from pathlib import Path
from typing import Any

from medsocial_tui import channelkit as kit
from medsocial_tui.testing.contract import ContractKit
from medsocial_tui.testing.fakeapi import FakeAPI, RecordedRequest, Reply
from medsocial_tui.testing.fakes import (
    configured,
    oauth_refused,
    oauth_token,
    read_upload,
    routes_behind,
)

TOKEN = "act.fake-tiktok-token"
CLIENT_KEY = "fakeclientkey"
CLIENT_SECRET = "fake-client-secret"
REFRESH_TOKEN = "rft.fake-refresh-token"
ALL_LEVELS = ["PUBLIC_TO_EVERYONE", "MUTUAL_FOLLOW_FRIENDS", "FOLLOWER_OF_CREATOR", "SELF_ONLY"]
INITS_PER_MINUTE = 6
VIDEO_TYPES = {"video/mp4", "video/quicktime", "video/webm"}
"""The Content-Types TikTok's media transfer guide accepts on an upload PUT."""
MAX_CHUNK = 64 * 1024 * 1024
MAX_LAST_CHUNK = 128 * 1024 * 1024
MAX_CHUNKS = 1000
MAX_VIDEO_BYTES = 4 * 1024**3
"""TikTok takes videos up to 4 GB."""
MAX_VIDEO_TITLE = 2200
MAX_PHOTO_TITLE = 90
MAX_PHOTO_DESCRIPTION = 4000
MAX_PHOTOS = 35
VIDEO_ONLY = {"disable_duet", "disable_stitch", "is_aigc", "video_cover_timestamp_ms"}
"""``post_info`` fields of video posts that a photo post may not carry."""


def utf16(text: str) -> int:
    """A text's length as TikTok counts it (UTF-16 units: an emoji is 2)."""
    return len(text.encode("utf-16-le")) // 2


MIN_SECONDS = 3


def container_of(head: bytes) -> str | None:
    """The video type the first bytes of a file say (None when they say nothing known)."""
    if head[4:8] == b"ftyp":
        return "video/quicktime" if head[8:10] == b"qt" else "video/mp4"
    if head[:4] == b"\x1aE\xdf\xa3":
        return "video/webm"
    return None


def answer(data: Any = None, code: str = "ok", message: str = "", status: int = 200) -> Reply:
    return Reply(
        status, {"data": data or {}, "error": {"code": code, "message": message, "log_id": "fake"}}
    )


class FakeTikTok(FakeAPI):
    """``posts`` maps publish_id to its state; ``audited`` decides the privacy options."""

    def __init__(
        self, *, audited: bool = True, polls_to_complete: int = 1, min_chunk: int = 5_000_000
    ) -> None:
        super().__init__()
        self.audited = audited
        self.polls_to_complete = polls_to_complete
        self.max_duration = 600
        """The creator's ``max_video_post_duration_sec``; a longer (or under 3 s) upload
        ends FAILED with ``duration_check_failed``."""
        self.min_chunk = min_chunk
        self.posts: dict[str, dict[str, Any]] = {}
        self.tokens = {TOKEN}
        self.refresh_tokens = {REFRESH_TOKEN}
        """Refresh tokens TikTok accepts now: each renewal rotates it, revoking the one used."""
        self._inits: list[float] = []
        self._ids = itertools.count(1)
        api = routes_behind(self, self._refused)
        api("POST", r"/v2/post/publish/creator_info/query/", self._creator_info)
        api("POST", r"/v2/post/publish/video/init/", self._video_init)
        api("POST", r"/v2/post/publish/content/init/", self._photo_init)
        self.route("PUT", r"/upload/(\d+)")(self._upload)
        api("POST", r"/v2/post/publish/status/fetch/", self._status)
        self.route("POST", r"/v2/oauth/token/")(self._token)
        api("POST", r"/v2/video/query/", self._video_query)
        self.route("GET", r"/v2/user/info/")(self._user_info)
        self.video_counts: dict[str, dict[str, int]] = {}
        self.followers = 512

    def _refused(self, request: RecordedRequest) -> Reply | None:
        token = request.headers.get("authorization", "").removeprefix("Bearer ")
        if token not in self.tokens:
            return answer(
                code="access_token_invalid",
                message="The access token is invalid or not found in the request.",
                status=401,
            )
        if not request.headers.get("content-type", "").startswith("application/json"):
            return answer(code="invalid_params", message="Content-Type must be JSON", status=400)
        return None

    def _levels(self) -> list[str]:
        return ALL_LEVELS if self.audited else ["SELF_ONLY"]

    def _creator_info(self, request: RecordedRequest) -> Reply:
        return answer(
            {
                "creator_username": "maplestdental",
                "creator_nickname": "Maple Street Dental",
                "creator_avatar_url": "https://p16.tiktokcdn.example/a.jpg",
                "privacy_level_options": self._levels(),
                "comment_disabled": False,
                "duet_disabled": False,
                "stitch_disabled": True,
                "max_video_post_duration_sec": self.max_duration,
            }
        )

    def _start(self, request: RecordedRequest) -> Reply | None:
        with self.state_lock:
            now = time.time()
            self._inits = [t for t in self._inits if now - t < 60]
            if len(self._inits) >= INITS_PER_MINUTE:
                return answer(code="rate_limit_exceeded", message="Too many requests", status=429)
            self._inits.append(now)
        privacy = ((request.json() or {}).get("post_info") or {}).get("privacy_level")
        if privacy not in self._levels():
            return answer(
                code="privacy_level_option_mismatch",
                message="privacy_level is not one of the creator's options",
                status=400,
            )
        return None

    def _new_post(self, **fields: Any) -> str:
        prefix = "v_pub_file~v2-1." if fields["kind"] == "video" else "p_pub_url~v2-1."
        number = next(self._ids)
        publish_id = f"{prefix}{number}"
        self.posts[publish_id] = {"number": number, "polls": 0, "received": 0, **fields}
        return publish_id

    def _video_init(self, request: RecordedRequest) -> Reply:
        refused = self._start(request)
        if refused:
            return refused
        source = (request.json() or {}).get("source_info") or {}
        size, chunk, count = (
            source.get("video_size", 0),
            source.get("chunk_size", 0),
            source.get("total_chunk_count", 0),
        )
        single = count == 1 and chunk == size and size <= MAX_CHUNK
        chunked = (
            self.min_chunk <= chunk <= MAX_CHUNK
            and count == size // chunk
            and 1 <= count <= MAX_CHUNKS
            and size - chunk * (count - 1) <= MAX_LAST_CHUNK
        )
        if source.get("source") != "FILE_UPLOAD" or not size or not (single or chunked):
            return answer(code="invalid_params", message="chunk rules not met", status=400)
        if size > MAX_VIDEO_BYTES:
            return answer(code="invalid_params", message="video_size is over 4 GB", status=400)
        title = str(((request.json() or {}).get("post_info") or {}).get("title", ""))
        if utf16(title) > MAX_VIDEO_TITLE:
            return answer(
                code="invalid_params",
                message=f"title is longer than {MAX_VIDEO_TITLE} UTF-16 characters",
                status=400,
            )
        publish_id = self._new_post(
            kind="video", size=size, chunk=chunk, count=count, post_info=request.json()["post_info"]
        )
        number = self.posts[publish_id]["number"]
        return answer(
            {
                "publish_id": publish_id,
                "upload_url": f"{self.base_url}/upload/{number}?upload_token=fake-upload-token",
            }
        )

    def _photo_init(self, request: RecordedRequest) -> Reply:
        refused = self._start(request)
        if refused:
            return refused
        body = request.json() or {}
        source = body.get("source_info") or {}
        images = source.get("photo_images") or []
        info = body.get("post_info") or {}
        cover = source.get("photo_cover_index")
        if (
            body.get("media_type") != "PHOTO"
            or body.get("post_mode") not in ("DIRECT_POST", "MEDIA_UPLOAD")
            or source.get("source") != "PULL_FROM_URL"
            or not 1 <= len(images) <= MAX_PHOTOS
            or not isinstance(cover, int)
            or not 0 <= cover < len(images)
            or utf16(str(info.get("title", ""))) > MAX_PHOTO_TITLE
            or utf16(str(info.get("description", ""))) > MAX_PHOTO_DESCRIPTION
            or VIDEO_ONLY & set(info)
        ):
            return answer(code="invalid_params", message="invalid photo post", status=400)
        publish_id = self._new_post(kind="photo", images=images, post_info=body["post_info"])
        self.posts[publish_id]["received"] = -1
        return answer({"publish_id": publish_id})

    def _upload(self, request: RecordedRequest) -> Reply:
        post = next((p for p in self.posts.values() if str(p["number"]) == request.part(1)), None)
        if post is None or request.arg("upload_token") != "fake-upload-token":
            return Reply(404, {"error": "unknown upload"})
        match = re.fullmatch(r"bytes (\d+)-(\d+)/(\d+)", request.headers.get("content-range", ""))
        if not match or int(match.group(1)) != post["received"]:
            return Reply(416, {"error": "chunks must arrive in order"})
        start, end, total = (int(g) for g in match.groups())
        if total != post["size"] or end - start + 1 != len(request.body):
            return Reply(400, {"error": "Content-Range does not match the body"})
        kind = request.headers.get("content-type", "").split(";")[0].strip()
        if start == 0:
            post["type"] = container_of(request.body[:16])
        if kind not in VIDEO_TYPES or post.get("type") not in (None, kind):
            return Reply(
                415, {"error": f"Content-Type {kind or 'missing'} is not the video's type"}
            )
        post["received"] = end + 1
        post["bytes"] = post.get("bytes", b"") + request.body
        if post["received"] == total:
            seconds = read_upload(post["bytes"], kit.media_duration)
            if seconds is not None and not MIN_SECONDS <= seconds <= self.max_duration:
                post["fail_reason"] = "duration_check_failed"
        return Reply(201 if post["received"] == total else 206)

    def _status(self, request: RecordedRequest) -> Reply:
        post = self.posts.get((request.json() or {}).get("publish_id", ""))
        if post is None:
            return answer(code="invalid_params", message="publish_id not found", status=400)
        uploaded = post["kind"] == "photo" or post["received"] == post["size"]
        if uploaded:
            post["polls"] += 1
        done = uploaded and post["polls"] >= self.polls_to_complete
        public = post["post_info"]["privacy_level"] != "SELF_ONLY"
        if done and post.get("fail_reason"):
            return answer({"status": "FAILED", "fail_reason": post["fail_reason"]})
        return answer(
            {
                "status": "PUBLISH_COMPLETE" if done else "PROCESSING_UPLOAD",
                "fail_reason": "",
                "publicaly_available_post_id": [7345000000 + post["number"]]
                if done and public
                else [],
                "uploaded_bytes": max(post["received"], 0),
                "downloaded_bytes": 0,
            }
        )

    def _video_query(self, request: RecordedRequest) -> Reply:
        """Public videos by id (at most 20), with the fields asked; unknown ids are left
        out, as the Display API does."""
        ids = ((request.json() or {}).get("filters") or {}).get("video_ids") or []
        if len(ids) > 20:
            return answer(code="invalid_params", message="video_ids: at most 20", status=400)
        fields = (request.arg("fields") or "").split(",")
        public = {
            str(7345000000 + p["number"])
            for p in self.posts.values()
            if p["post_info"]["privacy_level"] != "SELF_ONLY" and p.get("polls", 0) >= 1
        }
        videos = []
        for video_id in ids:
            if str(video_id) not in public:
                continue
            counts = self.video_counts.get(str(video_id), {})
            video: dict[str, Any] = {"id": str(video_id)}
            for field in ("like_count", "comment_count", "share_count", "view_count"):
                if field in fields:
                    video[field] = counts.get(field, 0)
            videos.append(video)
        return answer({"videos": videos, "cursor": 0, "has_more": False})

    def _user_info(self, request: RecordedRequest) -> Reply:
        token = request.headers.get("authorization", "").removeprefix("Bearer ")
        if token not in self.tokens:
            return answer(
                code="access_token_invalid", message="The access token is invalid.", status=401
            )
        return answer({"user": {"follower_count": self.followers}})

    def _token(self, request: RecordedRequest) -> Reply:
        form = request.form()
        if (
            form.get("client_key") != CLIENT_KEY
            or form.get("client_secret") != CLIENT_SECRET
            or form.get("grant_type") != "refresh_token"
            or form.get("refresh_token") not in self.refresh_tokens
        ):
            return oauth_refused("invalid_grant", "Refresh token is invalid or expired.")
        n = next(self._ids)
        fresh, rotated = f"act.renewed-{n}", f"rft.rotated-{n}"
        with self.state_lock:
            self.tokens.add(fresh)
            self.refresh_tokens = {rotated}  # the one used is revoked
        return oauth_token(
            fresh,
            86400,
            "user.info.basic,video.publish",
            open_id="fake-open-id",
            refresh_token=rotated,
            refresh_expires_in=31536000,
        )


def account_for(base_url: str) -> kit.Account:
    return kit.Account(
        id="tiktok",
        channel="tiktok",
        name="@maplestdental",
        base_url=base_url,
        settings={"app_audited": "true"},
        credentials={"access_token": TOKEN},
    )


def published_posts(fake: FakeTikTok) -> int:
    """Posts TikTok goes on to publish: a photo post from its init, a video once all its
    bytes arrived (an init whose upload never came publishes nothing)."""
    return sum(1 for p in fake.posts.values() if p["kind"] == "photo" or p["received"] == p["size"])


def contract_kit() -> ContractKit[FakeTikTok]:
    """TikTok needs a video on disk: a small one is written to the temp folder."""
    from medsocial_tiktok import TikTok

    video = Path(tempfile.gettempdir()) / "medsocial-tiktok-contract.mp4"
    video.write_bytes(b"\x00\x00\x00\x18ftypmp42" + b"v" * 3000)

    return ContractKit(
        make_channel=configured(TikTok, poll_seconds=0),
        make_fake=FakeTikTok,
        posts=published_posts,
        account_for=account_for,
        good_draft=kit.Draft(text="A tour of the new office #dentist", media=(kit.Media(video),)),
    )
