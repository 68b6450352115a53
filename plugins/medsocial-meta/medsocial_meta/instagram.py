"""Instagram professional accounts: one image with a caption, through the Graph API's
two-step publishing.

1. read ``content_publishing_limit`` (a full daily quota waits instead of failing);
2. create a media container from the image's public URL (Meta fetches it; no upload), and
   checkpoint its id at once;
3. poll the container until ``FINISHED``;
4. ``media_publish`` it.

Only step 4 makes a post. A later attempt, or the core's reconcile, reads the checkpointed
container first: ``PUBLISHED`` means the post is out and is never published again.
"""

from __future__ import annotations

import asyncio
import re
from collections.abc import Sequence
from datetime import timedelta
from pathlib import Path
from typing import Any

import httpx

from medsocial_meta import insights, listening
from medsocial_meta.graph import (
    DEFAULT_BASE_URL,
    GRAPH_VERSION,
    Graph,
    edge_page,
    same_text,
)
from medsocial_meta.node import GraphNodeChannel
from medsocial_tui import channelkit as kit

MATCH_SKEW = timedelta(minutes=2)
"""How far before the claim a published media may be dated (clocks differ)."""

MAX_CAPTION = 2_200
MAX_HASHTAGS = 30
MAX_MENTIONS = 20
MAX_IMAGE_BYTES = 8 * kit.MIB
MIN_RATIO = 4 / 5
MAX_RATIO = 1.91
HASHTAG = re.compile(r"(?<![\w&])#\w+")
MENTION = re.compile(r"(?<![\w@])@[\w.]+")
QUOTA_FULL_WAIT_SECONDS = 3600

# Subcodes Meta puts in a container's ``status`` when it could not take the image.
CONTAINER_ERRORS = {
    "2207001": "Meta had a server error",
    "2207003": "Meta could not download the image in time; check the image URL",
    "2207004": "the image is larger than 8 MB",
    "2207005": "the image format is not supported (use JPEG)",
    "2207006": "Meta could not find the image at its URL",
    "2207009": "the image's aspect ratio is outside 4:5 to 1.91:1",
    "2207010": "the caption is too long",
    "2207020": "the container expired",
    "2207026": "the video format is not supported",
    "2207032": "Meta could not create the media",
    "2207053": "Meta had an unknown upload error",
}
RETRY_CONTAINER = {"2207001", "2207003", "2207020", "2207032", "2207053"}
"""Container errors Meta documents as passing (a server error, a download that timed out,
an expired or failed create, an unknown upload error): a new container is made next time."""


class Instagram(GraphNodeChannel):
    name = "instagram"
    title = "Instagram"
    default_base_url = DEFAULT_BASE_URL
    api_version = GRAPH_VERSION
    capabilities = kit.can("publish", "reconcile", "listen", "reply", "hide", "metrics")
    metrics_offered = ("views", "reach", "likes", "comments", "saves", "shares")
    account_metrics_offered = ("follows", "reach")
    metrics_note = (
        "Meta retired Instagram impressions, plays and video_views for views (2025); "
        "insights need instagram_manage_insights, and posts made before the account became "
        "a business account have none; follows are daily new followers"
    )
    credentials = (
        kit.Field(
            "access_token",
            "Access token",
            "a long-lived token with instagram_basic and instagram_content_publish; "
            "see docs/channels/instagram.md",
        ),
    )
    settings = (
        kit.Field(
            "ig_user_id",
            "Instagram account id",
            "the id from GET /{page-id}?fields=instagram_business_account",
        ),
        kit.Field(
            "graph_version",
            "Graph API version",
            f"leave empty for {GRAPH_VERSION}",
            required=False,
        ),
    )
    max_concurrency = 1
    node_setting = "ig_user_id"
    node_insights = {"follower_count": "follows", "reach": "reach"}
    node_insights_step = "reading the account's insights"
    node_insights_span = 30
    credentials_help = (
        "Instagram professional (business or creator) account linked to the practice's "
        "Facebook Page. In the same Meta app as Facebook, with Facebook Login for Business, "
        "grant instagram_basic, instagram_content_publish, pages_show_list, "
        "pages_read_engagement and, for the inbox, instagram_manage_comments; exchange for a long-lived token (about 60 days, renew before "
        "it ends). Put it in secrets.toml as access_token and the Instagram account id in "
        "practice.toml as ig_user_id. Accounts using Instagram Login instead set base_url = "
        '"https://graph.instagram.com". Images must be at a public https URL (Meta fetches '
        "them). Details: docs/channels/instagram.md."
    )

    poll_seconds: float = 3.0
    """Pause between container status reads."""
    poll_attempts: int = 20
    """Reads before giving the container more time in a later run."""

    def limits(self, account: kit.Account | None = None) -> kit.Limits:
        return kit.Limits(
            max_chars=MAX_CAPTION, media=kit.MediaRule.REQUIRED, max_media=1, alt_text=True
        )

    def validate(self, draft: kit.Draft, account: kit.Account | None = None) -> list[kit.Problem]:
        problems = super().validate(draft, account)
        caption = self.caption_of(draft)
        if self.count(caption) > MAX_CAPTION >= self.count(draft.text):
            problems.append(
                kit.Problem(f"with the link the caption is over {MAX_CAPTION} characters")
            )
        tags = len(HASHTAG.findall(caption))
        if tags > MAX_HASHTAGS:
            problems.append(kit.Problem(f"{tags} hashtags; Instagram allows {MAX_HASHTAGS}"))
        mentions = len(MENTION.findall(caption))
        if mentions > MAX_MENTIONS:
            problems.append(kit.Problem(f"{mentions} @-mentions; Instagram allows {MAX_MENTIONS}"))
        if len(draft.media) > 1:
            problems.append(
                kit.Problem(
                    "medsocial posts one image to Instagram (no carousels yet)", field="media"
                )
            )
        for media in draft.media[:1]:
            problems.extend(self._check_image(media))
        if draft.link:
            problems.append(
                kit.Problem(
                    "links in Instagram captions are not clickable",
                    severity="warning",
                    field="link",
                )
            )
        return problems

    @staticmethod
    def _check_image(media: kit.Media) -> list[kit.Problem]:
        name = Path(media.path).name
        found: list[kit.Problem] = []
        mime = kit.media_type(media)
        if mime and mime != "image/jpeg":
            found.append(
                kit.Problem(
                    f"{name}: Instagram takes JPEG images only; export it as .jpg", field="media"
                )
            )
        found.extend(
            kit.without_web_address(
                media,
                "Instagram fetches the image from the web (put it on the practice website and "
                "add its URL)",
            )
        )
        if media.url and not media.url.startswith("https://"):
            found.append(
                kit.Problem(f"{name}: the image address must start with https://", field="media")
            )
        size = kit.media_size(media)
        if size is not None and size > MAX_IMAGE_BYTES:
            found.append(
                kit.Problem(
                    f"{name} is {size / kit.MIB:.1f} MB; Instagram takes up to 8 MB", field="media"
                )
            )
        dims = kit.media_dimensions(media)
        if dims is None:
            found.append(
                kit.Problem(
                    f"could not read {name}'s size to check its shape",
                    severity="warning",
                    field="media",
                )
            )
        else:
            width, height = dims
            ratio = width / height if height else 0
            if not MIN_RATIO - 0.005 <= ratio <= MAX_RATIO + 0.005:
                found.append(
                    kit.Problem(
                        f"{name} is {width}x{height}; Instagram needs a shape between 4:5 "
                        "(portrait) and 1.91:1 (landscape): crop it",
                        field="media",
                    )
                )
        return found

    caption_of = staticmethod(kit.text_with_link)

    async def publish(
        self, client: httpx.AsyncClient, request: kit.PublishRequest
    ) -> kit.Published:
        if not request.draft.media or not request.draft.media[0].url:
            raise kit.Rejected("Instagram needs an image with a public https address")
        graph = self.graph(client, request.account)
        user = self.node_id(request.account)
        container = str(request.progress.get("container_id") or "")
        status = (await self._status(graph, container))[0] if container else ""
        if status == "PUBLISHED":
            return await self._published_from(graph, request, container)
        if status in ("", "ERROR", "EXPIRED"):
            await self._check_quota(graph, user)
            container = await self._create_container(graph, user, request)
            status = "IN_PROGRESS"
        if status != "FINISHED":
            await self._wait_finished(graph, container)
        await self._check_quota(graph, user)
        answer = await graph.call(
            "POST",
            f"{user}/media_publish",
            creates=True,
            data={"creation_id": container},
            step="publishing",
        )
        media_id = str(answer.get("id") or "")
        if not media_id:
            raise kit.OutcomeUnknown("Instagram answered the publish without a media id")
        return kit.Published(media_id, await self._permalink(graph, media_id))

    async def _check_quota(self, graph: Graph, user: str) -> None:
        """A full 24-hour publishing quota waits an hour rather than spending a failed call."""
        answer = await graph.call(
            "GET",
            f"{user}/content_publishing_limit",
            params={"fields": "quota_usage,config"},
            step="reading the publishing quota",
        )
        for entry in answer.get("data") or []:
            if not isinstance(entry, dict):
                continue
            used = entry.get("quota_usage")
            total = (entry.get("config") or {}).get("quota_total")
            if isinstance(used, int) and isinstance(total, int) and used >= total:
                raise kit.RetryLater(
                    f"Instagram's publishing quota is used up ({used} of {total} posts in "
                    "24 hours); trying again in an hour",
                    kit.after(QUOTA_FULL_WAIT_SECONDS),
                )

    async def _create_container(self, graph: Graph, user: str, request: kit.PublishRequest) -> str:
        media = request.draft.media[0]
        form = {"image_url": media.url or "", "caption": self.caption_of(request.draft)}
        if media.alt_text:
            form["alt_text"] = media.alt_text
        answer = await graph.call("POST", f"{user}/media", data=form, step="preparing the image")
        container = str(answer.get("id") or "")
        if not container:
            raise kit.RetryLater("Instagram did not return a container id; trying again")
        request.checkpoint({"container_id": container})
        return container

    async def _status(self, graph: Graph, container: str) -> tuple[str, str]:
        """The container's ``status_code`` and, for ``ERROR``, Meta's reason."""
        answer = await graph.call(
            "GET",
            container,
            params={"fields": "status_code,status"},
            step="reading the container",
        )
        return str(answer.get("status_code") or ""), str(answer.get("status") or "")

    async def _wait_finished(self, graph: Graph, container: str) -> None:
        for _ in range(self.poll_attempts):
            status, reason = await self._status(graph, container)
            if status == "FINISHED":
                return
            if status == "ERROR" and any(code in reason for code in RETRY_CONTAINER):
                raise kit.RetryLater(
                    f"Instagram could not take the image this time: {error_words(reason)}; "
                    "a new container is made next time"
                )
            if status == "ERROR":
                raise kit.Rejected(f"Instagram could not use the image: {error_words(reason)}")
            if status == "EXPIRED":
                raise kit.RetryLater("the Instagram container expired; a new one is made next time")
            if status == "PUBLISHED":
                raise kit.OutcomeUnknown("the Instagram container was published by another attempt")
            await asyncio.sleep(self.poll_seconds)
        raise kit.RetryLater("Instagram is still processing the image; checking again shortly")

    async def _published_from(
        self, graph: Graph, request: kit.PublishRequest, container: str
    ) -> kit.Published:
        """The media a published container became, found among the account's latest."""
        found = await self._find_media(graph, request)
        if found is not None:
            return found
        return kit.Published(f"container:{container}")

    async def _find_media(self, graph: Graph, request: kit.PublishRequest) -> kit.Published | None:
        """The media our container became, paging back (25 a page, ``after`` cursors) to
        shortly before the claim; None when it is not found there (the container's status
        is what proves the post out or absent, this only finds its id)."""
        user = self.node_id(request.account)
        wanted = self.caption_of(request.draft)
        since = request.claimed_at - MATCH_SKEW

        params = {"fields": "id,caption,timestamp,permalink", "limit": 25}

        async def read(after: str | None) -> kit.Page:
            return await edge_page(graph, f"{user}/media", params, after, "reading recent posts")

        def ours(media: Any) -> kit.Published | None:
            if isinstance(media, dict) and same_text(str(media.get("caption", "")), wanted):
                return kit.Published(str(media["id"]), media.get("permalink"))
            return None

        try:
            return await kit.look_back(
                self.title, read, since=since, created_of="timestamp", match=ours
            )
        except kit.CannotTell:
            return None

    async def _permalink(self, graph: Graph, media_id: str) -> str | None:
        """The post's address; the post is out already, so trouble here only loses the link."""
        try:
            answer = await graph.call(
                "GET", media_id, params={"fields": "permalink"}, step="reading the link"
            )
        except (kit.ChannelError, httpx.HTTPError):
            return None
        link = answer.get("permalink")
        return str(link) if link else None

    async def find_existing(
        self, client: httpx.AsyncClient, request: kit.PublishRequest
    ) -> kit.Published | None:
        """Only a checkpointed container can have become a post: ``PUBLISHED`` means out;
        any other state, or no container at all, means surely not out."""
        container = str(request.progress.get("container_id") or "")
        if not container:
            return None
        graph = self.graph(client, request.account)
        if (await self._status(graph, container))[0] != "PUBLISHED":
            return None
        return await self._published_from(graph, request, container)

    async def delete(self, client: httpx.AsyncClient, account: kit.Account, remote_id: str) -> None:
        raise kit.Rejected(
            "Instagram's API does not let apps delete published posts: delete it in the "
            "Instagram app"
        )

    async def check_account(
        self, client: httpx.AsyncClient, account: kit.Account
    ) -> kit.AccountHealth:
        user = self.node_id(account)
        graph = self.graph(client, account)
        try:
            me = await graph.call(
                "GET", user, params={"fields": "id,username"}, step="reading the account"
            )
        except kit.ChannelError as exc:
            return kit.AccountHealth(False, exc.message)
        try:
            await self._check_quota(graph, user)
        except kit.RetryLater as exc:  # signed in; the day's posts are used up, or Meta is busy
            return kit.AccountHealth(True, f"connected; {exc.message}")
        except kit.ChannelError as exc:
            return kit.AccountHealth(False, exc.message)
        return kit.AccountHealth(True, f"can publish as @{me.get('username', user)}")

    async def read_post_metrics(
        self, client: httpx.AsyncClient, account: kit.Account, remote_ids: Sequence[str]
    ) -> list[kit.PostCounts]:
        """``/{ig-media-id}/insights?metric=views,reach,saved,likes,comments,shares`` a media
        at a time; a deleted media is left out."""
        graph = self.graph(client, account)
        found: list[kit.PostCounts] = []
        for media_id in remote_ids:
            body = await insights.node(
                graph,
                f"{media_id}/insights",
                {"metric": ",".join(MEDIA_INSIGHTS)},
                "reading a post's insights",
            )
            if body is not None:
                found.append(
                    kit.PostCounts(media_id, insights.insight_values(body, MEDIA_INSIGHTS))
                )
        return found

    # Listening: comments on the account's media.

    async def read_activity(
        self, client: httpx.AsyncClient, account: kit.Account, cursor: str | None
    ) -> kit.ActivityPage:
        """New comments and replies on the account's 25 latest media; a media whose
        ``comments_count`` has not moved since the last fetch is not read again."""
        graph = self.graph(client, account)
        mark = listening.marks(cursor).get("comments", kit.Watermark())
        seen = listening.counts(cursor)
        found, counts = await listening.instagram_comments(graph, self.node_id(account), mark, seen)
        after = mark.after((i.created_at, i.remote_id) for i in found)
        items = sorted(found, key=lambda i: i.created_at)
        return kit.ActivityPage(
            items=items, cursor=listening.cursor_of({"comments": after}, counts)
        )

    async def reply(
        self, client: httpx.AsyncClient, account: kit.Account, item: kit.Activity, text: str
    ) -> kit.ReplySent:
        return await listening.reply_to_comment(
            self.graph(client, account), listening.INSTAGRAM_REPLIES, item, text
        )

    async def find_reply(
        self, client: httpx.AsyncClient, account: kit.Account, item: kit.Activity, text: str
    ) -> kit.ReplySent | None:
        return await listening.find_reply(
            self.graph(client, account),
            listening.INSTAGRAM_REPLIES,
            self.node_id(account),
            item,
            text,
        )

    async def hide(
        self,
        client: httpx.AsyncClient,
        account: kit.Account,
        item: kit.Activity,
        hidden: bool = True,
    ) -> None:
        """``POST /{comment-id}?hide=true|false``: hidden from everyone but its author."""
        await listening.hide_comment(self.graph(client, account), item, "hide", hidden)


MEDIA_INSIGHTS = {
    "views": "views",
    "reach": "reach",
    "saved": "saves",
    "likes": "likes",
    "comments": "comments",
    "shares": "shares",
}


def error_words(reason: str) -> str:
    """Meta's container error in words a person can act on."""
    for subcode, words in CONTAINER_ERRORS.items():
        if subcode in reason:
            return f"{words} ({reason})"
    return reason or "no reason given"
