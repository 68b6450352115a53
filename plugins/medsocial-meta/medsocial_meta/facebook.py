"""Facebook Pages: text, link and photo posts through the Graph API.

Photos are uploaded unpublished (``/{page}/photos``, ``published=false``) and then attached to
one feed post (``attached_media``), so a follower sees one post whatever the number of
photos. Only the feed post makes something visible; trouble before it is retried later, and
trouble after it is reconciled against the page's published posts.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import timedelta
from pathlib import Path
from typing import Any

import httpx

from medsocial_meta import insights, listening
from medsocial_meta.graph import (
    DEFAULT_BASE_URL,
    GRAPH_VERSION,
    DuplicatePost,
    Graph,
    Missing,
    PermissionMissing,
    edge_page,
    same_text,
)
from medsocial_meta.node import GraphNodeChannel
from medsocial_tui import channelkit as kit
from medsocial_tui import clock

MAX_CHARS = 63_206
MAX_PHOTOS = 10
MAX_PHOTO_BYTES = 4 * kit.MIB
PHOTO_TYPES = {"image/jpeg", "image/png"}
LOOKBACK = timedelta(minutes=30)
"""How far before the claim the page's posts are searched when reconciling."""
PAGE_SIZE = 25
"""Graph's default page size for a Page's posts."""


class FacebookPage(GraphNodeChannel):
    name = "facebook"
    title = "Facebook Page"
    default_base_url = DEFAULT_BASE_URL
    api_version = GRAPH_VERSION
    capabilities = kit.can("publish", "delete", "reconcile", "listen", "reply", "hide", "metrics")
    metrics_offered = ("reactions", "comments", "shares", "reach", "clicks")
    account_metrics_offered = ("follows", "reach", "engagements")
    metrics_note = (
        "Graph v23 retired impressions and post reach; 'reach' here is the unique people "
        "who viewed the post's media (post_total_media_view_unique); saves are not given "
        "for Page posts; insights need the read_insights permission"
    )
    credentials = (
        kit.Field(
            "page_access_token",
            "Page access token",
            "a Page token from /me/accounts for a user with the CREATE_CONTENT task; "
            "see docs/channels/facebook.md",
        ),
    )
    settings = (
        kit.Field("page_id", "Page ID", "the numeric id in the Page's About > Page transparency"),
        kit.Field(
            "graph_version",
            "Graph API version",
            f"leave empty for {GRAPH_VERSION}; set when Meta retires it",
            required=False,
        ),
        kit.Field(
            "messenger",
            "Read Messenger",
            'leave empty to read the Page\'s Messenger conversations in the inbox; "no" to '
            "leave them out (the token then needs no pages_messaging)",
            required=False,
        ),
    )
    max_concurrency = 1
    node_setting = "page_id"
    node_insights = {
        "page_daily_follows": "follows",
        "page_total_media_view_unique": "reach",
        "page_post_engagements": "engagements",
    }
    node_insights_step = "reading the page's insights"
    node_insights_span = 93
    credentials_help = (
        "A Meta app (developers.facebook.com, type Business) with Facebook Login for Business; "
        "permissions pages_show_list, pages_manage_posts, pages_read_engagement, and for the "
        "inbox pages_manage_engagement (reply to and hide comments) and pages_messaging "
        "(Messenger). Log in as a "
        "Page admin, exchange the user token for a long-lived one (about 60 days), then read "
        "the Page token from /me/accounts: a Page token from a long-lived user token does "
        "not expire until the password changes or the app is removed. Put it in secrets.toml "
        "as page_access_token and the Page's id in practice.toml as page_id. "
        "Details: docs/channels/facebook.md."
    )

    def limits(self, account: kit.Account | None = None) -> kit.Limits:
        return kit.Limits(max_chars=MAX_CHARS, media=kit.MediaRule.OPTIONAL, max_media=MAX_PHOTOS)

    def validate(self, draft: kit.Draft, account: kit.Account | None = None) -> list[kit.Problem]:
        problems = super().validate(draft, account)
        for media in draft.media:
            name = Path(media.path).name
            if kit.media_type(media) not in PHOTO_TYPES:
                problems.append(
                    kit.Problem(
                        f"{name}: Facebook posts from medsocial take JPEG or PNG photos only",
                        field="media",
                    )
                )
            size = kit.media_size(media)
            if size is not None and size >= MAX_PHOTO_BYTES:
                problems.append(
                    kit.Problem(
                        f"{name} is {size / kit.MIB:.1f} MB; Facebook takes photos under 4 MB",
                        field="media",
                    )
                )
            if not Path(media.path).is_file() and not media.url:
                problems.append(kit.Problem(f"{name} is not on this computer", field="media"))
        if draft.link and "facebook.com" in draft.link.lower():
            problems.append(
                kit.Problem(
                    "Facebook may refuse links to facebook.com as the post's link; "
                    "put it in the text instead",
                    severity="warning",
                    field="link",
                )
            )
        return problems

    @staticmethod
    def message_of(draft: kit.Draft) -> str:
        """The post's text; with photos the link goes into the text, since a feed post with
        attached photos shows no link preview."""
        if draft.media and draft.link and draft.link not in draft.text:
            return f"{draft.text}\n\n{draft.link}".strip()
        return draft.text

    async def publish(
        self, client: httpx.AsyncClient, request: kit.PublishRequest
    ) -> kit.Published:
        graph = self.graph(client, request.account)
        page_id = self.node_id(request.account)
        if request.progress.get("feed_post_sent_at"):
            found = await self.find_existing(client, request)
            if found is not None:
                return found
        photo_ids = [await self._upload(graph, page_id, media) for media in request.draft.media]
        body: dict[str, object] = {"message": self.message_of(request.draft), "published": True}
        if photo_ids:
            body["attached_media"] = [{"media_fbid": pid} for pid in photo_ids]
        elif request.draft.link:
            body["link"] = request.draft.link
        request.checkpoint({"feed_post_sent_at": clock.to_iso(clock.now())})
        try:
            answer = await graph.call(
                "POST", f"{page_id}/feed", creates=True, json_payload=body, step="posting"
            )
        except DuplicatePost as duplicate:
            found = await self.find_existing(client, request)
            if found is not None:
                return found
            raise kit.Rejected(
                f"{duplicate.message}: the page's latest post has the same text; "
                "change the wording to post it again"
            ) from None
        post_id = str(answer.get("id") or "")
        if not post_id:
            raise kit.Rejected(f"{self.title} accepted the post but sent no id back")
        return kit.Published(post_id, permalink(post_id))

    async def _upload(self, graph: Graph, page_id: str, media: kit.Media) -> str:
        """One unpublished photo; nothing is visible until the feed post attaches it."""
        path = Path(media.path)
        if path.is_file():
            photo = kit.file_part(
                path,
                name="source",
                mime=kit.media_type(media) or "image/jpeg",
                fields={"published": "false"},
            )
            answer = await graph.call(
                "POST", f"{page_id}/photos", upload=photo, step="uploading a photo"
            )
        else:
            answer = await graph.call(
                "POST",
                f"{page_id}/photos",
                json_payload={"url": media.url, "published": False},
                step="uploading a photo",
            )
        return str(answer["id"])

    async def find_existing(
        self, client: httpx.AsyncClient, request: kit.PublishRequest
    ) -> kit.Published | None:
        """The page's posts since shortly before the claim (Graph's ``since``), 25 a page,
        following ``paging.cursors.after`` while Graph says there is a ``next`` page: a
        post missing from every page is proven absent. Matched on the text."""
        graph = self.graph(client, request.account)
        page_id = self.node_id(request.account)
        since = request.claimed_at - LOOKBACK
        wanted = self.message_of(request.draft)

        params = {
            "fields": "id,message,created_time,permalink_url",
            "since": int(since.timestamp()),
            "limit": PAGE_SIZE,
        }

        async def read(after: str | None) -> kit.Page:
            path = f"{page_id}/published_posts"
            return await edge_page(graph, path, params, after, "checking the page's posts")

        def ours(post: Any) -> kit.Published | None:
            if not isinstance(post, dict) or not same_text(str(post.get("message", "")), wanted):
                return None
            created = kit.parse_time(post.get("created_time"))
            if created is not None and created < since:
                return None
            return kit.Published(
                str(post["id"]), post.get("permalink_url") or permalink(post["id"])
            )

        return await kit.look_back(
            self.title, read, since=since, created_of="created_time", match=ours
        )

    async def delete(self, client: httpx.AsyncClient, account: kit.Account, remote_id: str) -> None:
        """``DELETE /{post-id}``. Graph answers code 100/33 both for a post that is gone and
        for one this token may not delete, so the post is read to tell them apart: gone
        (deleted on Facebook, or our earlier delete whose answer was lost) is done; still
        there is a refusal staff can act on."""
        graph = self.graph(client, account)
        try:
            answer = await graph.call("DELETE", remote_id, step="deleting")
        except Missing:
            if await self._gone(graph, account, remote_id):
                return
            raise kit.Rejected(
                "Facebook will not let medsocial delete this post, which is still on the "
                "Page: the Page token lacks the pages_manage_posts permission, or the post "
                "was made outside medsocial; delete it on Facebook"
            ) from None
        if answer.get("success") is False:
            raise kit.Rejected("Facebook answered the delete with success: false; try again")

    async def _gone(self, graph: Graph, account: kit.Account, post_id: str) -> bool:
        """Whether the post no longer reads while the Page still does (a Page that does
        not read raises its own error: an expired token, a throttle)."""
        try:
            await graph.call("GET", post_id, params={"fields": "id"}, step="checking the post")
        except Missing:
            page_id = self.node_id(account)
            await graph.call("GET", page_id, params={"fields": "id"}, step="reading the page")
            return True
        return False

    async def check_account(
        self, client: httpx.AsyncClient, account: kit.Account
    ) -> kit.AccountHealth:
        page_id = self.node_id(account)
        return await kit.account_health(
            self.graph(client, account).call(
                "GET", page_id, params={"fields": "id,name"}, step="reading the page"
            ),
            lambda page: f"can post to the page {page.get('name', page_id)}",
            failing=(kit.ChannelError,),
        )

    async def read_post_metrics(
        self, client: httpx.AsyncClient, account: kit.Account, remote_ids: Sequence[str]
    ) -> list[kit.PostCounts]:
        """Per post: reactions, comments and shares by field expansion, then the media-view
        and click insights Graph v23 still offers. A deleted post is left out."""
        graph = self.graph(client, account)
        found: list[kit.PostCounts] = []
        for post_id in remote_ids:
            body = await insights.node(
                graph, post_id, {"fields": POST_COUNT_FIELDS}, "reading a post's counts"
            )
            if body is None:
                continue
            counts = insights.present(
                [
                    ("reactions", insights.summary_count(body, "reactions")),
                    ("comments", insights.summary_count(body, "comments")),
                    ("shares", (body.get("shares") or {}).get("count", 0)),
                ]
            )
            seen = await insights.node(
                graph,
                f"{post_id}/insights",
                {"metric": ",".join(POST_INSIGHTS)},
                "reading a post's insights",
            )
            counts |= insights.insight_values(seen, POST_INSIGHTS)
            found.append(kit.PostCounts(post_id, counts))
        return found

    # Listening: comments on the Page's posts, and Messenger.

    async def read_activity(
        self, client: httpx.AsyncClient, account: kit.Account, cursor: str | None
    ) -> kit.ActivityPage:
        """New comments on the Page's 25 latest posts and new Messenger messages; the
        cursor holds one mark for each."""
        graph = self.graph(client, account)
        page_id = self.node_id(account)
        marks = listening.marks(cursor)
        comments = await listening.facebook_comments(
            graph, page_id, marks.get("comments", kit.Watermark())
        )
        messages: list[kit.Activity] = []
        if str(account.settings.get("messenger", "")).strip().lower() not in ("no", "false", "off"):
            try:
                messages = await listening.messenger_messages(
                    graph, page_id, marks.get("messages", kit.Watermark())
                )
            except PermissionMissing as exc:
                raise PermissionMissing(
                    f"Messenger: {exc.message}. Give the Page token the pages_messaging "
                    'permission, or set messenger = "no" in this account\'s settings to read '
                    "comments only"
                ) from None
        for key, found in (("comments", comments), ("messages", messages)):
            mark = marks.get(key, kit.Watermark())
            marks[key] = mark.after((i.created_at, i.remote_id) for i in found)
        items = sorted([*comments, *messages], key=lambda i: i.created_at)
        return kit.ActivityPage(items=items, cursor=listening.cursor_of(marks))

    async def reply(
        self, client: httpx.AsyncClient, account: kit.Account, item: kit.Activity, text: str
    ) -> kit.ReplySent:
        graph = self.graph(client, account)
        if item.kind == "message":
            return await listening.send_message(graph, self.node_id(account), item, text)
        return await listening.reply_to_comment(graph, listening.FACEBOOK_REPLIES, item, text)

    async def find_reply(
        self, client: httpx.AsyncClient, account: kit.Account, item: kit.Activity, text: str
    ) -> kit.ReplySent | None:
        graph = self.graph(client, account)
        page_id = self.node_id(account)
        if item.kind == "message":
            return await listening.find_message(graph, page_id, item, text)
        return await listening.find_reply(graph, listening.FACEBOOK_REPLIES, page_id, item, text)

    async def hide(
        self,
        client: httpx.AsyncClient,
        account: kit.Account,
        item: kit.Activity,
        hidden: bool = True,
    ) -> None:
        """``POST /{comment-id}`` with ``is_hidden``: the comment stays visible to its
        author and their friends, hidden from everyone else."""
        if item.kind == "message":
            raise kit.Rejected("a Messenger message cannot be hidden; it is private already")
        await listening.hide_comment(self.graph(client, account), item, "is_hidden", hidden)


POST_COUNT_FIELDS = (
    "reactions.summary(total_count).limit(0),comments.summary(total_count).limit(0),shares"
)
POST_INSIGHTS = {"post_total_media_view_unique": "reach", "post_clicks": "clicks"}


def permalink(post_id: str) -> str:
    """The post's address: Graph ids of page posts are ``{page_id}_{post_id}``."""
    page, _, post = str(post_id).partition("_")
    if post:
        return f"https://www.facebook.com/{page}/posts/{post}"
    return f"https://www.facebook.com/{post_id}"
