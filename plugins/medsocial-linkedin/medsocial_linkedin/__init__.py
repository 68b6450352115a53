"""LinkedIn organization pages: ``/rest/posts`` with a pinned ``LinkedIn-Version``, images
(initializeUpload, then PUT), commentary escaped so LinkedIn does not silently cut the post,
and a 422 ``DUPLICATE_POST`` read for the URN it names.

LinkedIn has no idempotency key: an unanswered create is reconciled by listing the page's
recent posts and matching the commentary.
"""

from __future__ import annotations

import asyncio
import re
import unicodedata
from collections.abc import Sequence
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any
from urllib.parse import quote

import httpx

from medsocial_tui import channelkit as kit
from medsocial_tui import clock
from medsocial_tui.hookspecs import RegisterChannel, hookimpl

LINKEDIN_VERSION = "202601"
"""The ``LinkedIn-Version`` (YYYYMM) this plugin is written against; an account may pin
another with the ``api_version`` setting when LinkedIn retires this one."""
RESTLI_VERSION = "2.0.0"
MAX_CHARS = 3000
MAX_IMAGES = 20
IMAGE_TYPES = {"image/jpeg", "image/png", "image/gif"}
MAX_PIXELS = 36_152_320
"""LinkedIn's image ceiling: width times height below this."""
MAX_GIF_FRAMES = 250
"""Frames an animated GIF may have; LinkedIn fails to process a longer one."""
RESERVED = set("\\|{}@[]()<>#*_~")
MENTION = re.compile(r"@\[[^\]]+\]\(urn:li:(?:organization|person):\d+\)")
URN = re.compile(r"urn:li:(?:share|ugcPost):\d+")
MATCH_SKEW = timedelta(minutes=2)
PAGE_SIZE = 50
"""Posts a page when listing the page's posts (LinkedIn allows up to 100)."""
POST_URL = "https://www.linkedin.com/feed/update/{urn}/"
RECENT_POSTS = 20
"""The page's most recently changed posts whose comments a fetch reads."""
COMMENTS_PAGE = 100
MAX_COMMENT_PAGES = 10


def escape(text: str) -> str:
    """Commentary in LinkedIn's "little text" format: every reserved character backslashed,
    except inside mention markup ``@[Name](urn:li:organization:123)``."""
    out: list[str] = []
    position = 0
    for match in MENTION.finditer(text):
        out.append(
            "".join(f"\\{c}" if c in RESERVED else c for c in text[position : match.start()])
        )
        out.append(match.group())
        position = match.end()
    out.append("".join(f"\\{c}" if c in RESERVED else c for c in text[position:]))
    return "".join(out)


def unescape(text: str) -> str:
    return re.sub(r"\\(.)", r"\1", text)


def _said(body: Any) -> str | None:
    if not isinstance(body, dict) or not body.get("message"):
        return None
    code = body.get("serviceErrorCode") or body.get("code")
    if code == "NONEXISTENT_VERSION":
        return retired_version_words(str(body["message"]))
    return f"{body['message']} ({code})" if code else str(body["message"])


def retired_version_words(message: str) -> str:
    """LinkedIn's 426 for a ``LinkedIn-Version`` it no longer serves (each monthly version
    lives about a year), said as what to do."""
    found = re.search(r"\b(\d{6})\b", message)
    version = found.group(1) if found else "asked for"
    return (
        f"LinkedIn no longer serves API version {version}: set api_version in this account's "
        "settings in practice.toml to a current YYYYMM (see LinkedIn's versioning page), or "
        "update medsocial (NONEXISTENT_VERSION)"
    )


def next_midnight_utc() -> datetime:
    """LinkedIn's daily limits reset at midnight UTC."""
    today = clock.now().astimezone(UTC).date()
    return datetime(today.year, today.month, today.day, tzinfo=UTC) + timedelta(days=1)


LINKEDIN = kit.Network(
    "LinkedIn", said=_said, rate_wait=next_midnight_utc, auth_words="refused the token"
)
"""Rest.li answers: ``{"message", "serviceErrorCode"}`` bodies; a 429 without Retry-After
waits for the daily reset."""


def duplicate_of(response: httpx.Response) -> str | None:
    """The URN a 422 DUPLICATE_POST names (its message says "Content is a duplicate of …")."""
    if response.status_code != 422:
        return None
    body = kit.json_body(response)
    if not isinstance(body, dict) or "DUPLICATE_POST" not in str(body):
        return None
    match = URN.search(str(body.get("message", "")))
    return match.group() if match else ""


class LinkedIn(kit.Channel):
    name = "linkedin"
    title = "LinkedIn"
    default_base_url = "https://api.linkedin.com"
    api_version = LINKEDIN_VERSION
    capabilities = kit.can("publish", "delete", "reconcile", "listen", "reply", "metrics")
    metrics_offered = ("impressions", "reach", "clicks", "likes", "comments", "shares")
    account_metrics_offered = ("follows",)
    metrics_note = (
        "LinkedIn gives share statistics to organisation admins (rw_organization_admin); "
        "saves and video views are not given; follows are daily new followers, organic "
        "and paid together"
    )
    credentials = (
        kit.Field(
            "access_token",
            "Access token",
            "a 3-legged OAuth token with w_organization_social and r_organization_social",
        ),
    )
    settings = (
        kit.Field("organization_id", "Organization id", "the number in the page's admin URL"),
        kit.Field(
            "api_version",
            "LinkedIn-Version",
            f"YYYYMM; leave empty for {LINKEDIN_VERSION}",
            required=False,
        ),
    )
    max_concurrency = 1
    credentials_help = (
        "Create an app at linkedin.com/developers, verify it with the practice's page, add the "
        "Community Management API, and get a token for a page admin with the scopes "
        "w_organization_social and r_organization_social. Tokens last 60 days; refresh tokens "
        "exist only for approved partners, so renew the token before it lapses. See "
        "docs/channels/linkedin.md."
    )

    image_polls = 10
    image_poll_seconds = 1.0

    def limits(self, account: kit.Account | None = None) -> kit.Limits:
        return kit.Limits(
            max_chars=MAX_CHARS,
            counted_as="characters",
            media=kit.MediaRule.OPTIONAL,
            max_media=MAX_IMAGES,
            alt_text=True,
        )

    text_of = staticmethod(kit.text_with_link)

    def validate(self, draft: kit.Draft, account: kit.Account | None = None) -> list[kit.Problem]:
        text = self.text_of(draft)
        problems = super().validate(kit.Draft(text, draft.media, draft.link), account)
        escaped = len(unicodedata.normalize("NFC", escape(text)))
        if escaped > MAX_CHARS >= self.count(text):
            problems.append(
                kit.Problem(
                    f"{escaped} of {MAX_CHARS} characters once LinkedIn's reserved characters "
                    "are escaped: shorten the text"
                )
            )
        for media in draft.media:
            kind = kit.media_type(media)
            if kind not in IMAGE_TYPES:
                problems.append(
                    kit.Problem(
                        f"{Path(media.path).name}: this plugin posts JPG, PNG or GIF images",
                        field="media",
                    )
                )
            size = kit.media_dimensions(media) if kind in IMAGE_TYPES else None
            if size and size[0] * size[1] > MAX_PIXELS:
                problems.append(
                    kit.Problem(
                        f"{Path(media.path).name} is {size[0]}x{size[1]}: over LinkedIn's "
                        f"{MAX_PIXELS:,} pixels; make it smaller",
                        field="media",
                    )
                )
            frames = kit.media_frames(media) if kind == "image/gif" else None
            if frames and frames > MAX_GIF_FRAMES:
                problems.append(
                    kit.Problem(
                        f"{Path(media.path).name} has {frames} frames: LinkedIn takes GIFs of "
                        f"up to {MAX_GIF_FRAMES}; shorten it",
                        field="media",
                    )
                )
        return problems

    # HTTP

    @staticmethod
    def _headers(account: kit.Account) -> dict[str, str]:
        return {
            **kit.bearer(account),
            "LinkedIn-Version": str(account.settings.get("api_version") or LINKEDIN_VERSION),
            "X-Restli-Protocol-Version": RESTLI_VERSION,
        }

    @staticmethod
    def author(account: kit.Account) -> str:
        return f"urn:li:organization:{account.settings.get('organization_id', '')}"

    async def _image(self, client: httpx.AsyncClient, account: kit.Account, path: Path) -> str:
        response = await LINKEDIN.quietly(
            client.post(
                f"{account.base_url}/rest/images",
                params={"action": "initializeUpload"},
                headers=self._headers(account),
                json={"initializeUploadRequest": {"owner": self.author(account)}},
            ),
            "starting an image upload",
        )
        value = LINKEDIN.object(response, creates=False).get("value") or {}
        if not value.get("uploadUrl") or not value.get("image"):
            raise kit.RetryLater(
                "LinkedIn's upload answer had no upload URL; nothing was posted yet"
            )
        image = kit.FileBytes(path)
        put = await LINKEDIN.quietly(
            client.put(
                value["uploadUrl"],
                content=image,
                headers={"Authorization": self._headers(account)["Authorization"], **image.headers},
            ),
            "uploading an image",
        )
        LINKEDIN.raise_for_status(put, creates=False)
        return str(value["image"])

    async def _images(self, client: httpx.AsyncClient, request: kit.PublishRequest) -> list[str]:
        urns: list[str] = list(request.progress.get("images", []))
        for media in request.draft.media[len(urns) :]:
            urns.append(await self._image(client, request.account, Path(media.path)))
            kit.save_progress(request, {"images": urns})
        for urn in urns:
            await self._wait_available(client, request.account, urn)
        return urns

    async def _wait_available(
        self, client: httpx.AsyncClient, account: kit.Account, urn: str
    ) -> None:
        """Read the image until LinkedIn says it is ``AVAILABLE`` (a post naming an image
        still processing is refused); the uploads are kept, so a later attempt only reads."""
        for attempt in range(self.image_polls):
            response = await LINKEDIN.quietly(
                client.get(
                    f"{account.base_url}/rest/images/{quote(urn, safe='')}",
                    headers=self._headers(account),
                ),
                "checking an uploaded image",
            )
            status = str(LINKEDIN.object(response, creates=False).get("status", ""))
            if status == "AVAILABLE":
                return
            if status == "PROCESSING_FAILED":
                raise kit.Rejected("LinkedIn could not process the image; try another file")
            if attempt + 1 < self.image_polls:
                await asyncio.sleep(self.image_poll_seconds)
        raise kit.RetryLater(
            f"LinkedIn is still processing the image; {kit.NOTHING_YET}, checking again shortly"
        )

    def _body(self, request: kit.PublishRequest, images: list[str]) -> dict[str, Any]:
        body: dict[str, Any] = {
            "author": self.author(request.account),
            "commentary": escape(self.text_of(request.draft)),
            "visibility": "PUBLIC",
            "distribution": {
                "feedDistribution": "MAIN_FEED",
                "targetEntities": [],
                "thirdPartyDistributionChannels": [],
            },
            "lifecycleState": "PUBLISHED",
            "isReshareDisabledByAuthor": False,
        }
        alts = [m.alt_text for m in request.draft.media]
        if len(images) == 1:
            body["content"] = {"media": {"id": images[0], "altText": alts[0]}}
        elif images:
            body["content"] = {
                "multiImage": {
                    "images": [{"id": u, "altText": a} for u, a in zip(images, alts, strict=True)]
                }
            }
        return body

    async def publish(
        self, client: httpx.AsyncClient, request: kit.PublishRequest
    ) -> kit.Published:
        account = request.account
        refused = [p.message for p in self.validate(request.draft, account) if p.blocking]
        if refused:  # what LinkedIn would refuse, or fail to process after the upload
            raise kit.Rejected("; ".join(refused))
        images = await self._images(client, request) if request.draft.media else []
        kit.mark_first_send(request)
        response = await client.post(
            f"{account.base_url}/rest/posts",
            headers=self._headers(account),
            json=self._body(request, images),
        )
        duplicate = duplicate_of(response)
        if duplicate is not None:
            return await self._after_duplicate(client, request, duplicate)
        LINKEDIN.raise_for_status(response, creates=True)
        urn = response.headers.get("x-restli-id", "")
        if not URN.fullmatch(urn):
            raise kit.OutcomeUnknown("LinkedIn accepted the post but sent no post id (x-restli-id)")
        return kit.Published(urn, POST_URL.format(urn=urn))

    async def _after_duplicate(
        self, client: httpx.AsyncClient, request: kit.PublishRequest, urn: str
    ) -> kit.Published:
        """LinkedIn says the content is already on the page. If the URN resolves and our own
        earlier attempt is why, it is ours; a URN that 404s is LinkedIn's ghost duplicate."""
        post = await self._read(client, request.account, urn) if urn else None
        if post is None:
            raise kit.Rejected(
                "LinkedIn refuses this as a duplicate of a post that no longer exists (a known "
                "LinkedIn problem after deleting a post; it clears in a day or two). Change the "
                "text a little and retry"
            )
        if self._ours(request, post):
            return kit.Published(urn, POST_URL.format(urn=urn))
        raise kit.Rejected(
            f"LinkedIn refuses this as a duplicate of an earlier post ({POST_URL.format(urn=urn)}). "
            "Change the text, or mark this delivery published with that URL"
        )

    def _ours(self, request: kit.PublishRequest, post: dict[str, Any]) -> bool:
        """Same commentary, created since our first attempt (with some clock skew)."""
        if unescape(str(post.get("commentary", ""))) != self.text_of(request.draft):
            return False
        since = kit.first_send(request) - MATCH_SKEW
        created = post.get("createdAt")
        return not isinstance(created, int) or created >= since.timestamp() * 1000

    async def _read(
        self, client: httpx.AsyncClient, account: kit.Account, urn: str
    ) -> dict[str, Any] | None:
        response = await LINKEDIN.quietly(
            client.get(
                f"{account.base_url}/rest/posts/{quote(urn, safe='')}",
                headers=self._headers(account),
            ),
            "reading a post",
        )
        if response.status_code == 404:
            return None
        return LINKEDIN.object(response, creates=False)

    async def find_existing(
        self, client: httpx.AsyncClient, request: kit.PublishRequest
    ) -> kit.Published | None:
        """The page's posts, newest first (``sortBy=CREATED``), ``count`` a page with
        ``start`` moving back, until a post older than the first attempt or the list's end."""
        if not kit.was_sent(request):
            return None
        account = request.account
        since = kit.first_send(request) - MATCH_SKEW

        async def read(start: int | None) -> kit.Page:
            offset = start or 0
            with kit.still_unknown():
                response = await LINKEDIN.quietly(
                    client.get(
                        f"{account.base_url}/rest/posts",
                        params={
                            "q": "author",
                            "author": self.author(account),
                            "count": str(PAGE_SIZE),
                            "start": str(offset),
                            "sortBy": "CREATED",
                        },
                        headers={**self._headers(account), "X-RestLi-Method": "FINDER"},
                    ),
                    "listing the page's posts",
                )
                body = LINKEDIN.object(response, creates=False)
            if not isinstance(body.get("elements"), list):
                raise kit.OutcomeUnknown("LinkedIn's list of posts was unreadable")
            elements = body["elements"]
            paging = kit.object_in(body, "paging")
            links = kit.list_in(paging, "links")
            more = any(isinstance(link, dict) and link.get("rel") == "next" for link in links)
            return kit.Page(elements, offset + len(elements) if more and elements else None)

        def ours(post: Any) -> kit.Published | None:
            if isinstance(post, dict) and self._ours(request, post):
                return kit.Published(str(post["id"]), POST_URL.format(urn=post["id"]))
            return None

        def created(post: Any) -> datetime | None:
            value = post.get("createdAt") if isinstance(post, dict) else None
            return kit.parse_time(value / 1000) if isinstance(value, int) else None

        return await kit.look_back(self.title, read, since=since, created_of=created, match=ours)

    async def delete(self, client: httpx.AsyncClient, account: kit.Account, remote_id: str) -> None:
        response = await client.delete(
            f"{account.base_url}/rest/posts/{quote(remote_id, safe='')}",
            headers={**self._headers(account), "X-RestLi-Method": "DELETE"},
        )
        if response.status_code == 404:
            return
        LINKEDIN.raise_for_status(response, creates=False)
        if response.status_code != 204 and kit.json_body(response) is None:
            raise LINKEDIN.unclear(response, creates=False)  # LinkedIn answers 204, no page

    async def check_account(
        self, client: httpx.AsyncClient, account: kit.Account
    ) -> kit.AccountHealth:
        async def page() -> dict[str, Any]:
            response = await LINKEDIN.quietly(
                client.get(
                    f"{account.base_url}/rest/organizations/{account.settings.get('organization_id', '')}",
                    headers=self._headers(account),
                ),
                "reading the page",
            )
            return LINKEDIN.object(response, creates=False)

        return await kit.account_health(
            page(), lambda body: f"can post as {body.get('localizedName', 'the page')}"
        )

    async def read_post_metrics(
        self, client: httpx.AsyncClient, account: kit.Account, remote_ids: Sequence[str]
    ) -> list[kit.PostCounts]:
        """``/rest/organizationalEntityShareStatistics`` for the organisation's posts,
        twenty at a time (share URNs under ``shares``, ugcPost URNs under ``ugcPosts``); a
        deleted post has no element and is left out."""
        found: list[kit.PostCounts] = []
        for start in range(0, len(remote_ids), STATISTICS_BATCH):
            batch = remote_ids[start : start + STATISTICS_BATCH]
            query = [
                "q=organizationalEntity",
                f"organizationalEntity={quote(self.author(account), safe='')}",
            ]
            for kind, prefix in (("shares", "urn:li:share:"), ("ugcPosts", "urn:li:ugcPost:")):
                urns = [u for u in batch if u.startswith(prefix)]
                if urns:
                    query.append(f"{kind}=List({','.join(quote(u, safe='') for u in urns)})")
            for element in await self._statistics(
                client,
                account,
                f"/rest/organizationalEntityShareStatistics?{'&'.join(query)}",
                "reading post statistics",
            ):
                if not isinstance(element, dict):
                    continue
                urn = element.get("share") or element.get("ugcPost")
                stats = element.get("totalShareStatistics")
                if not isinstance(urn, str) or not isinstance(stats, dict):
                    continue
                found.append(
                    kit.PostCounts(
                        urn,
                        kit.counters(stats, SHARE_STATISTICS),
                    )
                )
        return found

    async def read_account_metrics(
        self, client: httpx.AsyncClient, account: kit.Account, first: date, last: date
    ) -> list[kit.DailyCounts]:
        """``/rest/organizationalEntityFollowerStatistics`` by day: new followers."""
        start = datetime(first.year, first.month, first.day, tzinfo=UTC)
        end = datetime(last.year, last.month, last.day, tzinfo=UTC) + timedelta(days=1)
        query = (
            "q=organizationalEntity"
            f"&organizationalEntity={quote(self.author(account), safe='')}"
            "&timeIntervals=(timeRange:(start:"
            f"{int(start.timestamp() * 1000)},end:{int(end.timestamp() * 1000)}),"
            "timeGranularityType:DAY)"
        )
        days: list[kit.DailyCounts] = []
        for element in await self._statistics(
            client,
            account,
            f"/rest/organizationalEntityFollowerStatistics?{query}",
            "reading follower statistics",
        ):
            begins = ((element or {}).get("timeRange") or {}).get("start")
            gains = (element or {}).get("followerGains") or {}
            if not isinstance(begins, int):
                continue
            day = datetime.fromtimestamp(begins / 1000, UTC).date()
            total = sum(
                v
                for v in (gains.get("organicFollowerGain"), gains.get("paidFollowerGain"))
                if isinstance(v, int) and v >= 0
            )
            if first <= day <= last:
                days.append(kit.DailyCounts(day, {"follows": total}))
        return days

    # Listening: comments on the page's posts, and replies as the page.

    async def _statistics(
        self, client: httpx.AsyncClient, account: kit.Account, path: str, what: str
    ) -> list[Any]:
        """The ``elements`` of a statistics answer (``path`` carries its Rest.li query,
        written out as LinkedIn wants it, not encoded again by httpx)."""
        response = await LINKEDIN.quietly(
            client.get(f"{account.base_url}{path}", headers=self._headers(account)), what
        )
        body = LINKEDIN.object(response, creates=False)
        if not isinstance(body.get("elements"), list):
            raise LINKEDIN.unclear(response, creates=False)
        return list(body["elements"])

    async def _get(
        self, client: httpx.AsyncClient, account: kit.Account, path: str, params: dict[str, str]
    ) -> dict[str, Any]:
        response = await LINKEDIN.quietly(
            client.get(f"{account.base_url}{path}", params=params, headers=self._headers(account)),
            "reading comments",
        )
        body = LINKEDIN.object(response, creates=False)
        if not isinstance(body.get("elements"), list):
            raise LINKEDIN.unclear(response, creates=False)
        return body

    async def _comments(
        self, client: httpx.AsyncClient, account: kit.Account, target: str
    ) -> list[dict[str, Any]]:
        """Every comment on ``target`` (a post, or a comment for the replies under it),
        ``count`` a page with ``start`` moving on until ``paging.total``."""
        found: list[dict[str, Any]] = []
        for _page in range(MAX_COMMENT_PAGES):
            body = await self._get(
                client,
                account,
                f"/rest/socialActions/{quote(target, safe='')}/comments",
                {"count": str(COMMENTS_PAGE), "start": str(len(found))},
            )
            elements = [e for e in body["elements"] if isinstance(e, dict)]
            found.extend(elements)
            paging = kit.object_in(body, "paging")
            total = paging.get("total")
            if not elements or (isinstance(total, int) and len(found) >= total):
                break
        return found

    async def _counts(
        self, client: httpx.AsyncClient, account: kit.Account, urns: list[str]
    ) -> dict[str, int] | None:
        """Each post's total comments (replies included) in one batch read of
        ``/rest/socialActions?ids=List(…)``; None when LinkedIn does not answer it, and
        every post's comments are read instead."""
        if not urns:
            return {}
        ids = ",".join(quote(urn, safe="") for urn in urns)
        try:
            response = await LINKEDIN.quietly(
                client.get(
                    f"{account.base_url}/rest/socialActions?ids=List({ids})",
                    headers={**self._headers(account), "X-RestLi-Method": "BATCH_GET"},
                ),
                "reading comment counts",
            )
            LINKEDIN.raise_for_status(response, creates=False)
        except kit.Rejected:
            return None
        body = kit.json_body(response)
        results = body.get("results") if isinstance(body, dict) else None
        if not isinstance(results, dict):
            return None
        counts: dict[str, int] = {}
        for urn, actions in results.items():
            summary = (actions or {}).get("commentsSummary") if isinstance(actions, dict) else None
            total = (summary or {}).get("aggregatedTotalComments")
            if isinstance(total, int):
                counts[str(urn)] = total
        return counts

    async def read_activity(
        self, client: httpx.AsyncClient, account: kit.Account, cursor: str | None
    ) -> kit.ActivityPage:
        """Comments on the page's 20 most recently changed posts (``/rest/posts?q=author``,
        ``sortBy=LAST_MODIFIED``), from ``/rest/socialActions/{post}/comments``, and the
        replies under each comment that has some; the page's own comments are left out.
        A post whose comment count (one batch read for all 20) is what the last fetch saw
        is not read again. ``cursor``: the newest ``created.time`` handed over with the
        comments at it, and each post's count."""
        saved = kit.cursor_parts(cursor)
        mark = kit.Watermark.parse(saved.get("mark"))
        seen_counts = kit.object_in(saved, "counts")
        me = self.author(account)
        posts = await self._get(
            client,
            account,
            "/rest/posts",
            {
                "q": "author",
                "author": me,
                "count": str(RECENT_POSTS),
                "sortBy": "LAST_MODIFIED",
            },
        )
        urns = [str(p["id"]) for p in posts["elements"] if isinstance(p, dict) and p.get("id")]
        counts = await self._counts(client, account, urns)
        new: list[tuple[datetime, kit.Activity]] = []
        for post_urn in urns:
            if counts is not None and post_urn in counts:
                if counts[post_urn] == seen_counts.get(post_urn, 0):
                    continue
            for comment in await self._comments(client, account, post_urn):
                nested: list[dict[str, Any]] = []
                summary = comment.get("commentsSummary") or {}
                if summary.get("totalFirstLevelComments") and comment.get("commentUrn"):
                    nested = await self._comments(client, account, str(comment["commentUrn"]))
                for each in [comment, *nested]:
                    item = _comment(each, post_urn, me)
                    if item is not None and mark.is_new(item.created_at, item.remote_id):
                        new.append((item.created_at, item))
        new.sort(key=lambda pair: pair[0])
        after = mark.after((moment, item.remote_id) for moment, item in new)
        kept = {"mark": after.text(), "counts": counts or {}}
        return kit.ActivityPage(
            items=[item for _m, item in new],
            cursor=kit.cursor_text(kept),
        )

    async def reply(
        self, client: httpx.AsyncClient, account: kit.Account, item: kit.Activity, text: str
    ) -> kit.ReplySent:
        """A comment as the organisation (``actor``) under the comment answered: LinkedIn
        nests one level, so a reply to a reply goes under the same top-level comment."""
        parent = item.thread.get("parent_urn") or item.thread.get("comment_urn")
        post = item.thread.get("post_urn") or item.on_remote_id
        if not parent or not post:
            raise kit.Rejected("this LinkedIn comment lacks the references a reply needs")
        response = await LINKEDIN.sending(
            client.post(
                f"{account.base_url}/rest/socialActions/{quote(parent, safe='')}/comments",
                headers=self._headers(account),
                json={
                    "actor": self.author(account),
                    "object": post,
                    "parentComment": parent,
                    "message": {"text": text},
                },
            ),
            creates=True,
        )
        LINKEDIN.raise_for_status(response, creates=True)
        body = kit.json_body(response)
        urn = body.get("commentUrn") if isinstance(body, dict) else None
        urn = urn or response.headers.get("x-restli-id")
        if not urn:
            raise kit.OutcomeUnknown("LinkedIn answered without the comment's URN")
        return kit.ReplySent(str(urn), POST_URL.format(urn=post))

    async def find_reply(
        self, client: httpx.AsyncClient, account: kit.Account, item: kit.Activity, text: str
    ) -> kit.ReplySent | None:
        """The organisation's comment with these words under the comment answered."""
        parent = item.thread.get("parent_urn") or item.thread.get("comment_urn")
        if not parent:
            return None
        with kit.still_unknown():
            comments = await self._comments(client, account, parent)
        for comment in comments:
            if (
                comment.get("actor") == self.author(account)
                and str((comment.get("message") or {}).get("text", "")) == text
            ):
                post = item.thread.get("post_urn") or item.on_remote_id or ""
                return kit.ReplySent(str(comment.get("commentUrn")), POST_URL.format(urn=post))
        return None


STATISTICS_BATCH = 20
SHARE_STATISTICS = (
    ("impressions", "impressionCount"),
    ("reach", "uniqueImpressionsCount"),
    ("clicks", "clickCount"),
    ("likes", "likeCount"),
    ("comments", "commentCount"),
    ("shares", "shareCount"),
)
"""``totalShareStatistics`` keys by medsocial's counter names."""


def _comment(comment: dict[str, Any], post_urn: str, me: str) -> kit.Activity | None:
    """One comment as an inbox item; LinkedIn gives the author as a URN only (a member's
    name needs a permission apps like this do not get)."""
    urn = comment.get("commentUrn")
    actor = str(comment.get("actor") or "")
    millis = (comment.get("created") or {}).get("time")
    moment = kit.parse_time(millis / 1000) if isinstance(millis, int) else None
    if not urn or moment is None or actor == me:
        return None
    parent = comment.get("parentComment")
    return kit.Activity(
        remote_id=str(urn),
        kind="reply" if parent else "comment",
        author_name="A LinkedIn page" if ":organization:" in actor else "A LinkedIn member",
        author_handle=actor or None,
        text=str((comment.get("message") or {}).get("text") or ""),
        created_at=moment,
        permalink=POST_URL.format(urn=post_urn),
        on_remote_id=post_urn,
        thread={
            "post_urn": post_urn,
            "comment_urn": str(urn),
            **({"parent_urn": str(parent)} if parent else {}),
        },
    )


@hookimpl
def register_channels(register: RegisterChannel) -> None:
    register(LinkedIn)
