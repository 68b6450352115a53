"""A loopback LinkedIn Posts API for one organization page: version headers required, the
post URN in ``x-restli-id`` on a 201 with no body, commentary silently cut at the first
unescaped reserved character (as LinkedIn does), 422 ``DUPLICATE_POST`` naming the earlier
URN, ghost duplicates after a delete, images by initializeUpload then PUT, and comments:
``/rest/socialActions/{target}/comments`` on a post (top level) or a comment (the replies
under it, one level), oldest first with ``count``/``start`` paging and ``paging.total``;
a comment as the page needs the organisation as ``actor``, the post as ``object`` and the
comment answered as ``parentComment``.
"""

from __future__ import annotations

import itertools
import re
import time
from typing import Any
from urllib.parse import unquote

from medsocial_tui import channelkit as kit
from medsocial_tui.testing.contract import ContractKit
from medsocial_tui.testing.fakeapi import FakeAPI, Fault, RecordedRequest, Reply
from medsocial_tui.testing.fakes import configured, read_upload, routes_behind

TOKEN = "AQV-fake-linkedin-token"
ORGANIZATION_ID = "5515715"
RESERVED = set("\\|{}@[]()<>#*_~")
MENTION = re.compile(r"@\[[^\]]+\]\(urn:li:(?:organization|person):\d+\)")
MAX_COMMENTARY = 3000
MAX_PIXELS = 36_152_320
"""LinkedIn's image ceiling (width x height)."""
MAX_GIF_FRAMES = 250
"""The frames an animated GIF may have; LinkedIn fails to process a longer one."""


def error(status: int, message: str, code: int = 0, **extra: Any) -> Reply:
    return Reply(status, {"message": message, "serviceErrorCode": code, "status": status, **extra})


def shown(commentary: str) -> str:
    """What LinkedIn keeps: everything before the first reserved character that is neither
    escaped nor part of mention markup."""
    kept = 0
    while kept < len(commentary):
        mention = MENTION.match(commentary, kept)
        if mention:
            kept = mention.end()
        elif commentary[kept] == "\\":
            kept += 2
        elif commentary[kept] in RESERVED:
            break
        else:
            kept += 1
    return commentary[:kept]


class FakeLinkedIn(FakeAPI):
    """``posts`` maps URN to the stored post; ``uploads`` maps image URN to its bytes."""

    def __init__(self, *, processing_reads: int = 0) -> None:
        super().__init__()
        self.active_versions = ("202512", "202612")
        """The oldest and newest ``LinkedIn-Version`` served (LinkedIn keeps each monthly
        version about a year); any other answers 426 NONEXISTENT_VERSION."""
        self.processing_reads = processing_reads
        """Reads of ``GET /rest/images/{urn}`` an uploaded image stays PROCESSING for."""
        self.image_status: dict[str, dict[str, Any]] = {}
        self.posts: dict[str, dict[str, Any]] = {}
        self.deleted: set[str] = set()
        self.uploads: dict[str, bytes] = {}
        self._pending: dict[str, str] = {}
        self._ids = itertools.count(7180000000000000001)
        api = routes_behind(self, self._refused)
        api("POST", r"/rest/posts", self._create)
        api("GET", r"/rest/posts", self._list)
        api("GET", r"/rest/posts/(.+)", self._get)
        api("DELETE", r"/rest/posts/(.+)", self._delete)
        api("POST", r"/rest/images", self._initialize)
        api("GET", r"/rest/images/([^/]+)", self._image)
        self.route("PUT", r"/dms-uploads/(\d+)")(self._upload)
        api("GET", r"/rest/organizations/(\d+)", self._organization)
        api("GET", r"/rest/socialActions", self._batch_social_actions)
        api("GET", r"/rest/organizationalEntityShareStatistics", self._share_statistics)
        api("GET", r"/rest/organizationalEntityFollowerStatistics", self._follower_statistics)
        self.statistics: dict[str, dict[str, int]] = {}
        self.follower_gain = 4
        api("GET", r"/rest/socialActions/([^/]+)/comments", self._list_comments)
        api("POST", r"/rest/socialActions/([^/]+)/comments", self._comment)
        self.comments: list[dict[str, Any]] = []
        self.page_cap = 100
        self._comment_ids = itertools.count(6900000000000000001)
        self._people = itertools.count(1)

    def _refused(self, request: RecordedRequest) -> Reply | None:
        if request.headers.get("authorization") != f"Bearer {TOKEN}":
            return error(401, "Invalid access token", 65600)
        if not re.fullmatch(r"\d{6}", request.headers.get("linkedin-version", "")):
            return error(
                400,
                "A version must be present. Please specify a version by adding the LinkedIn-Version header.",
                100,
            )
        version = request.headers["linkedin-version"]
        if not self.active_versions[0] <= version <= self.active_versions[1]:
            return Reply(
                426,
                {
                    "status": 426,
                    "code": "NONEXISTENT_VERSION",
                    "message": f"Requested version {version} is not active",
                },
            )
        if request.headers.get("x-restli-protocol-version") != "2.0.0":
            return error(400, "Restli protocol version 2.0.0 required", 100)
        return None

    def _create(self, request: RecordedRequest) -> Reply:
        body = request.json() or {}
        if body.get("author") != f"urn:li:organization:{ORGANIZATION_ID}":
            return error(403, "Not enough permissions to post as this organization", 100)
        refused = _invalid_post(body)
        if refused:
            return error(422, refused, 0)
        commentary = shown(str(body.get("commentary", "")))
        for image in _images(body):
            if image not in self.uploads:
                return error(422, f"Image {image} is not uploaded", 0)
            if self.image_status[image]["reads_left"] > 0:
                return error(422, f"Image {image} is still processing; it is not AVAILABLE", 0)
        with self.state_lock:
            earlier = next(
                (u for u, p in self.posts.items() if p["commentary"] == commentary), None
            )
            if earlier is None and commentary in self.deleted:
                earlier = f"urn:li:share:{next(self._ids)}"
            if earlier is not None:
                return Reply(
                    422,
                    {
                        "errorDetailType": "com.linkedin.common.error.BadRequest",
                        "message": "com.linkedin.content.common.exception.BadRequestResponseException: "
                        f"Content is a duplicate of {earlier}",
                        "errorDetails": {
                            "inputErrors": [
                                {
                                    "description": "Duplicate post is detected",
                                    "input": {},
                                    "code": "DUPLICATE_POST",
                                }
                            ]
                        },
                        "status": 422,
                    },
                )
            urn = f"urn:li:share:{next(self._ids)}"
            self.posts[urn] = {
                "id": urn,
                "author": body["author"],
                "commentary": commentary,
                "content": body.get("content"),
                "createdAt": int(time.time() * 1000),
                "lifecycleState": "PUBLISHED",
                "visibility": body.get("visibility"),
            }
        return Reply(201, None, {"x-restli-id": urn})

    def _share_statistics(self, request: RecordedRequest) -> Reply:
        """Share statistics for ``shares=List(…)``/``ugcPosts=List(…)`` of the organisation's
        own posts (Rest.li 2.0 list syntax, URNs encoded inside it)."""
        if request.arg("q") != "organizationalEntity" or not request.arg("organizationalEntity"):
            return error(400, "Missing q=organizationalEntity", 0)
        elements = []
        for kind in ("shares", "ugcPosts"):
            listed = request.arg(kind)
            if not listed:
                continue
            if not (listed.startswith("List(") and listed.endswith(")")):
                return error(400, f"Invalid Rest.li list for {kind}", 0)
            for urn in (unquote(u) for u in listed[5:-1].split(",") if u):
                if urn in self.posts:
                    counts = self.statistics.get(urn, {})
                    elements.append(
                        {
                            "organizationalEntity": request.arg("organizationalEntity"),
                            kind[:-1]: urn,
                            "totalShareStatistics": {
                                "impressionCount": counts.get("impressions", 0),
                                "uniqueImpressionsCount": counts.get("reach", 0),
                                "clickCount": counts.get("clicks", 0),
                                "likeCount": counts.get("likes", 0),
                                "commentCount": counts.get("comments", 0),
                                "shareCount": counts.get("shares", 0),
                                "engagement": 0.0,
                            },
                        }
                    )
        return Reply(200, {"paging": {"count": 10, "start": 0}, "elements": elements})

    def _follower_statistics(self, request: RecordedRequest) -> Reply:
        found = re.search(r"start:(\d+),end:(\d+)", request.arg("timeIntervals") or "")
        if not found:
            return error(400, "timeIntervals is required for daily statistics", 0)
        start, end = int(found.group(1)), int(found.group(2))
        elements = []
        day = start
        while day < end:
            elements.append(
                {
                    "timeRange": {"start": day, "end": day + 86_400_000},
                    "followerGains": {
                        "organicFollowerGain": self.follower_gain,
                        "paidFollowerGain": 0,
                    },
                }
            )
            day += 86_400_000
        return Reply(200, {"elements": elements})

    def _get(self, request: RecordedRequest) -> Reply:
        if ":" in request.part(1):
            return error(400, "The post URN in the path must be URL-encoded", 0)
        post = self.posts.get(unquote(request.part(1)))
        return Reply(200, post) if post else error(404, "Not Found", 0)

    def _list(self, request: RecordedRequest) -> Reply:
        if (
            request.arg("q") != "author"
            or request.arg("author") != f"urn:li:organization:{ORGANIZATION_ID}"
        ):
            return error(400, "q=author and author are required", 0)
        count = int(request.arg("count", "10"))
        start = int(request.arg("start", "0"))
        if not 0 < count <= 100 or start < 0:
            return error(400, "count must be 1 to 100 and start 0 or more", 0)
        with self.state_lock:
            changed = request.arg("sortBy") == "LAST_MODIFIED"
            newest = sorted(
                self.posts.values(),
                key=lambda p: (
                    p.get("lastModifiedAt", p["createdAt"]) if changed else p["createdAt"]
                ),
                reverse=True,
            )
        page = newest[start : start + count]
        links = []
        if start + count < len(newest):
            links.append(
                {
                    "type": "application/json",
                    "rel": "next",
                    "href": f"/rest/posts?q=author&count={count}&start={start + count}",
                }
            )
        return Reply(
            200, {"elements": page, "paging": {"count": count, "start": start, "links": links}}
        )

    def post_by_someone_else(self, count: int, text: str = "Another post") -> None:
        """Posts made on the page elsewhere (the LinkedIn app, other tools), newest last."""
        with self.state_lock:
            for n in range(count):
                urn = f"urn:li:share:{next(self._ids)}"
                self.posts[urn] = {
                    "id": urn,
                    "author": f"urn:li:organization:{ORGANIZATION_ID}",
                    "commentary": f"{text} {n}",
                    "content": None,
                    "createdAt": int(time.time() * 1000) + n,
                    "lifecycleState": "PUBLISHED",
                    "visibility": "PUBLIC",
                }

    def _delete(self, request: RecordedRequest) -> Reply:
        if ":" in request.part(1):
            return error(400, "The post URN in the path must be URL-encoded", 0)
        with self.state_lock:
            post = self.posts.pop(unquote(request.part(1)), None)
            if post:
                self.deleted.add(post["commentary"])
        return Reply(204)

    def _initialize(self, request: RecordedRequest) -> Reply:
        owner = ((request.json() or {}).get("initializeUploadRequest") or {}).get("owner")
        if (
            request.arg("action") != "initializeUpload"
            or owner != f"urn:li:organization:{ORGANIZATION_ID}"
        ):
            return error(400, "action=initializeUpload with the organization as owner", 0)
        number = str(next(self._ids))
        urn = f"urn:li:image:C4D10AQ{number}"
        self._pending[number] = urn
        return Reply(
            200,
            {
                "value": {
                    "uploadUrlExpiresAt": int(time.time() * 1000) + 3600_000,
                    "uploadUrl": f"{self.base_url}/dms-uploads/{number}",
                    "image": urn,
                }
            },
        )

    def _upload(self, request: RecordedRequest) -> Reply:
        if request.headers.get("authorization") != f"Bearer {TOKEN}":
            return error(401, "Invalid access token", 65600)
        urn = self._pending.pop(request.part(1), None)
        if urn is None or not request.body:
            return error(400, "Unknown upload", 0)
        size = _pixels(request.body)
        if size is not None and size > MAX_PIXELS:
            return error(400, f"Image has {size} pixels; the maximum is {MAX_PIXELS}", 0)
        self.uploads[urn] = request.body
        frames = read_upload(request.body, kit.media_frames) or 1
        self.image_status[urn] = {
            "reads_left": self.processing_reads,
            "failed": frames > MAX_GIF_FRAMES,
        }
        return Reply(201)

    def _image(self, request: RecordedRequest) -> Reply:
        """An image's status: WAITING_UPLOAD before its PUT, PROCESSING for
        ``processing_reads`` reads after it, then AVAILABLE."""
        if ":" in request.part(1):
            return error(400, "The image URN in the path must be URL-encoded", 0)
        urn = unquote(request.part(1))
        with self.state_lock:
            state = self.image_status.get(urn)
            if state is None:
                waiting = urn in self._pending.values()
                if not waiting:
                    return error(404, "Not Found", 0)
                return Reply(200, {"id": urn, "status": "WAITING_UPLOAD"})
            status = "PROCESSING" if state["reads_left"] > 0 else "AVAILABLE"
            if state.get("failed") and status == "AVAILABLE":
                status = "PROCESSING_FAILED"  # a GIF of more frames than LinkedIn takes
            state["reads_left"] = max(state["reads_left"] - 1, 0)
        return Reply(200, {"id": urn, "status": status})

    def _organization(self, request: RecordedRequest) -> Reply:
        if request.part(1) != ORGANIZATION_ID:
            return error(403, "Not enough permissions to access this organization", 100)
        return Reply(200, {"id": int(ORGANIZATION_ID), "localizedName": "Maple Street Dental"})

    # Comments

    def comment_on(
        self, post: str | None = None, count: int = 1, *, text: str = "Do you take new patients?"
    ) -> list[dict[str, Any]]:
        """``count`` members' comments on ``post`` (a post of the page's, made when None)."""
        if post is None:
            self.post_by_someone_else(1, "Flu shots all week")
            post = list(self.posts)[-1]
        made = []
        with self.state_lock:
            for n in range(count):
                made.append(
                    self._add_comment(
                        f"urn:li:person:member{next(self._people)}", post, None, f"{text} {n}"
                    )
                )
            self.posts[post]["lastModifiedAt"] = int(time.time() * 1000)
        return made

    def reply_under(self, comment: dict[str, Any], text: str = "Thanks!") -> dict[str, Any]:
        """A member's reply under ``comment``."""
        with self.state_lock:
            return self._add_comment(
                f"urn:li:person:member{next(self._people)}",
                comment["object"],
                comment["commentUrn"],
                text,
            )

    def _add_comment(self, actor: str, post: str, parent: str | None, text: str) -> dict[str, Any]:
        number = next(self._comment_ids)
        activity = post.replace("urn:li:share:", "urn:li:activity:")
        moment = max([int(time.time() * 1000), *(c["created"]["time"] + 1 for c in self.comments)])
        comment: dict[str, Any] = {
            "id": str(number),
            "commentUrn": f"urn:li:comment:({activity},{number})",
            "actor": actor,
            "object": post,
            "message": {"text": text},
            "created": {"actor": actor, "time": moment},
            "lastModified": {"actor": actor, "time": moment},
            "commentsSummary": {"totalFirstLevelComments": 0, "aggregatedTotalComments": 0},
        }
        if parent:
            comment["parentComment"] = parent
            for above in self.comments:
                if above["commentUrn"] == parent:
                    above["commentsSummary"]["totalFirstLevelComments"] += 1
        self.comments.append(comment)
        return comment

    def _batch_social_actions(self, request: RecordedRequest) -> Reply:
        """``?ids=List(urn,…)``: each post's likes and comments summary."""
        listed = re.fullmatch(r"List\((.*)\)", request.arg("ids") or "")
        if not listed:
            return error(400, "ids=List(...) is required", 0)
        results, errors = {}, {}
        with self.state_lock:
            for urn in filter(None, (unquote(u) for u in listed.group(1).split(","))):
                if urn not in self.posts:
                    errors[urn] = {"status": 404, "message": "Not Found"}
                    continue
                on_post = [c for c in self.comments if c["object"] == urn]
                results[urn] = {
                    "target": urn,
                    "likesSummary": {"totalLikes": 0, "likedByCurrentUser": False},
                    "commentsSummary": {
                        "totalFirstLevelComments": sum(not c.get("parentComment") for c in on_post),
                        "aggregatedTotalComments": len(on_post),
                    },
                }
        return Reply(200, {"results": results, "statuses": {}, "errors": errors})

    def _list_comments(self, request: RecordedRequest) -> Reply:
        target = unquote(request.part(1))
        count = min(int(request.arg("count", "10")), self.page_cap)
        start = int(request.arg("start", "0"))
        with self.state_lock:
            if target.startswith("urn:li:comment:"):
                found = [c for c in self.comments if c.get("parentComment") == target]
            elif target in self.posts:
                found = [
                    c for c in self.comments if c["object"] == target and not c.get("parentComment")
                ]
            else:
                return error(404, f"Not found: {target}", 0)
        page = found[start : start + count]
        return Reply(
            200,
            {"elements": page, "paging": {"count": count, "start": start, "total": len(found)}},
        )

    def _comment(self, request: RecordedRequest) -> Reply:
        target = unquote(request.part(1))
        body = request.json() or {}
        if body.get("actor") != f"urn:li:organization:{ORGANIZATION_ID}":
            return error(403, "Not enough permissions to comment as this actor", 100)
        text = str((body.get("message") or {}).get("text") or "")
        if not text.strip():
            return error(422, "message.text is required", 0)
        with self.state_lock:
            if target.startswith("urn:li:comment:"):
                parent = next((c for c in self.comments if c["commentUrn"] == target), None)
                if parent is None or body.get("parentComment") != target:
                    return error(400, "parentComment must be the comment in the path", 0)
                if parent.get("parentComment"):
                    return error(400, "Comments can only be nested one level", 0)
                if body.get("object") != parent["object"]:
                    return error(400, "object must be the post of the parent comment", 0)
            elif target not in self.posts or body.get("object") != target:
                return error(400, "object must be the post in the path", 0)
            comment = self._add_comment(
                body["actor"], str(body["object"]), body.get("parentComment"), text
            )
        return Reply(201, comment, {"x-restli-id": comment["commentUrn"]})


def _images(body: dict[str, Any]) -> list[str]:
    content = body.get("content") or {}
    if "media" in content:
        return [content["media"]["id"]]
    return [i["id"] for i in (content.get("multiImage") or {}).get("images", [])]


def account_for(base_url: str) -> kit.Account:
    return kit.Account(
        id="linkedin",
        channel="linkedin",
        name="Maple Street Dental",
        base_url=base_url,
        settings={"organization_id": ORGANIZATION_ID},
        credentials={"access_token": TOKEN},
    )


def contract_kit() -> ContractKit[FakeLinkedIn]:
    from medsocial_linkedin import LinkedIn

    return ContractKit(
        make_channel=LinkedIn,
        make_fake=configured(FakeLinkedIn, page_cap=2),
        posts=lambda fake: len(fake.posts),
        bury=lambda fake: fake.post_by_someone_else(55),  # reconcile reads pages of 50
        account_for=account_for,
        good_draft=kit.Draft(text="Flu shots all week (no appointment needed) #health"),
        seed_activity=_seed,
        replied_to=lambda fake, urn: next(
            (c.get("parentComment") for c in fake.comments if c["commentUrn"] == urn), None
        ),
        rate_limited=lambda: Fault.answer(
            error(429, "Resource level throttle limit for calls to this resource is reached.", 101),
        ),
    )


def _seed(fake: FakeLinkedIn, count: int) -> None:
    """Comments spread over a few posts, some with a member's reply under them."""
    made = 0
    while made < count:
        [comment] = fake.comment_on()
        made += 1
        if made < count:
            fake.reply_under(comment)
            made += 1


def _invalid_post(body: dict[str, Any]) -> str | None:
    """Why LinkedIn's Posts API refuses this body (its required fields, the commentary's
    length, one image as ``media`` and 2 to 20 as ``multiImage``), or None."""
    for field in ("visibility", "distribution", "lifecycleState"):
        if field not in body:
            return f"/{field} :: field is required but not found and has no default value"
    if not isinstance(body["distribution"], dict) or "feedDistribution" not in body["distribution"]:
        return "/distribution/feedDistribution :: field is required"
    if len(str(body.get("commentary", ""))) > MAX_COMMENTARY:
        return f"/commentary :: length exceeds {MAX_COMMENTARY} characters"
    content = body.get("content") or {}
    images = (content.get("multiImage") or {}).get("images")
    if images is not None and not 2 <= len(images) <= 20:
        return "/content/multiImage/images :: a multi-image post takes 2 to 20 images"
    return None


def _pixels(data: bytes) -> int | None:
    """An uploaded image's width times height, from its header (None: not an image)."""
    size = read_upload(data, kit.media_dimensions)
    return size[0] * size[1] if size else None
