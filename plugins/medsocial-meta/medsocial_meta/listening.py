"""Listening on Meta: comments on a Facebook Page's posts and on an Instagram account's
media, Messenger conversations, and the replies, hiding and window rules each allows.

Graph lists run newest first (``order=reverse_chronological`` for comments,
``updated_time`` for conversations), so a fetch pages back until it meets what the last
fetch handed over (a :class:`~medsocial_tui.channelkit.Watermark`); the cursor the core keeps
is the JSON of one mark per source.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

from medsocial_meta.graph import Graph, edge_page, graph_page
from medsocial_tui import channelkit as kit
from medsocial_tui import clock

RECENT_POSTS = 25
"""The page's (or account's) latest posts whose comments a fetch reads."""
COMMENTS_PAGE = 100
MAX_PAGES = 10
"""Pages read back per edge and fetch to reach what the last fetch saw."""
CONVERSATIONS_PAGE = 25
MESSAGES_PER_CONVERSATION = 20
MESSAGING_WINDOW = timedelta(hours=24)
"""Messenger's standard messaging window: a Page may answer within 24 hours of the
person's last message; after it, only message tags (not for this use) are allowed."""
FB_COMMENT_FIELDS = "id,message,from,created_time,parent{id},permalink_url,is_hidden"
IG_COMMENT_FIELDS = "id,text,timestamp,username,from,hidden,parent_id"


def marks(cursor: str | None) -> dict[str, kit.Watermark]:
    """One mark per source (``comments``, ``messages``) from the core's cursor."""
    return {
        key: kit.Watermark.parse(value)
        for key, value in kit.cursor_parts(cursor).items()
        if isinstance(value, str)
    }


def counts(cursor: str | None) -> dict[str, int]:
    """Each media's comment count as the last fetch saw it (kept in the cursor)."""
    found = kit.cursor_parts(cursor).get("counts")
    if not isinstance(found, dict):
        return {}
    return {str(k): v for k, v in found.items() if isinstance(v, int)}


def cursor_of(found: dict[str, kit.Watermark], seen: dict[str, int] | None = None) -> str | None:
    kept: dict[str, object] = {key: mark.text() for key, mark in found.items() if mark.text()}
    if seen:
        kept["counts"] = seen
    return kit.cursor_text(kept) if kept else None


async def walk_back(
    graph: Graph,
    path: str,
    params: dict[str, Any],
    step: str,
    mark: kit.Watermark,
    time_field: str,
) -> list[dict[str, Any]]:
    """The entries of a newest-first Graph edge (``GET path`` with ``params``) newer than
    ``mark`` by their ``time_field``, following ``after`` cursors until the edge goes below
    the mark or ends (at most :data:`MAX_PAGES` pages)."""

    async def read(after: Any | None) -> kit.Page:
        return await edge_page(graph, path, params, after, step)

    unread = await kit.read_newer(
        read,
        mark,
        time_of=lambda e: e.get(time_field),
        id_of=lambda e: e.get("id"),
        max_pages=MAX_PAGES,
    )
    return [u.item for u in unread]


async def hide_comment(graph: Graph, item: kit.Activity, field: str, hidden: bool) -> None:
    """``POST /{comment-id}`` with ``field`` (Facebook's ``is_hidden``, Instagram's
    ``hide``) set to true or false."""
    await graph.call(
        "POST",
        item.remote_id,
        data={field: "true" if hidden else "false"},
        step="hiding the comment" if hidden else "showing the comment",
    )


async def latest_posts(graph: Graph, path: str, fields: str, step: str) -> list[dict[str, Any]]:
    """The account's latest posts (or media) with an id, whose comments a fetch reads."""
    answer = await graph.call(
        "GET", path, params={"fields": fields, "limit": RECENT_POSTS}, step=step
    )
    return [p for p in graph_page(answer).posts if isinstance(p, dict) and p.get("id")]


# Facebook Page comments


async def facebook_comments(graph: Graph, page_id: str, mark: kit.Watermark) -> list[kit.Activity]:
    """New comments (and replies to comments) on the Page's latest posts, the Page's own
    left out. ``filter=stream`` lists replies beside top-level comments; posts whose
    ``updated_time`` (moved by a new comment) is older than the mark are skipped."""
    posts = await latest_posts(
        graph,
        f"{page_id}/published_posts",
        "id,permalink_url,updated_time",
        "reading the page's posts",
    )
    items: list[kit.Activity] = []
    for post in posts:
        # A post's updated_time moves when someone comments: one untouched since the last
        # fetch has nothing new, and its comments are not read.
        updated = kit.parse_time(post.get("updated_time"))
        if updated is not None and mark.passed(updated):
            continue
        post_id = str(post["id"])
        comments = await walk_back(
            graph,
            f"{post_id}/comments",
            {
                "fields": FB_COMMENT_FIELDS,
                "filter": "stream",
                "order": "reverse_chronological",
                "limit": COMMENTS_PAGE,
            },
            "reading comments",
            mark,
            "created_time",
        )
        for comment in comments:
            item = _facebook_comment(comment, post_id, page_id)
            if item is not None:
                items.append(item)
    return items


def _facebook_comment(comment: dict[str, Any], post_id: str, page_id: str) -> kit.Activity | None:
    author = kit.object_in(comment, "from")
    created = kit.parse_time(comment.get("created_time"))
    if created is None or str(author.get("id")) == str(page_id):
        return None
    parent = kit.object_in(comment, "parent")
    return kit.Activity(
        remote_id=str(comment["id"]),
        kind="reply" if parent.get("id") else "comment",
        # Graph leaves ``from`` out for people who have not allowed the app to see them.
        author_name=str(author.get("name") or "A Facebook user"),
        text=str(comment.get("message") or ""),
        created_at=created,
        permalink=comment.get("permalink_url")
        if isinstance(comment.get("permalink_url"), str)
        else None,
        on_remote_id=post_id,
        thread={
            "post_id": post_id,
            **({"parent_id": str(parent["id"])} if parent.get("id") else {}),
        },
    )


# Messenger


async def messenger_messages(graph: Graph, page_id: str, mark: kit.Watermark) -> list[kit.Activity]:
    """New messages people sent the Page, from ``/{page-id}/conversations`` (most recently
    updated first) with each conversation's latest messages."""

    conversations = await walk_back(
        graph,
        f"{page_id}/conversations",
        {
            "platform": "messenger",
            "fields": (
                f"id,updated_time,messages.limit({MESSAGES_PER_CONVERSATION})"
                "{id,message,from,created_time}"
            ),
            "limit": CONVERSATIONS_PAGE,
        },
        "reading conversations",
        mark,
        "updated_time",
    )
    items: list[kit.Activity] = []
    for conversation in conversations:
        messages = (conversation.get("messages") or {}).get("data") or []
        theirs = [
            (created, m)
            for m in messages
            if isinstance(m, dict)
            and str((m.get("from") or {}).get("id")) != str(page_id)
            and (created := kit.parse_time(m.get("created_time"))) is not None
        ]
        if not theirs:
            continue
        last = max(created for created, _ in theirs)
        for created, message in theirs:
            if not mark.is_new(created, str(message.get("id"))):
                continue
            sender = message.get("from") or {}
            items.append(
                kit.Activity(
                    remote_id=str(message["id"]),
                    kind="message",
                    author_name=str(sender.get("name") or "A Messenger user"),
                    text=str(message.get("message") or ""),
                    created_at=created,
                    on_remote_id=str(conversation["id"]),
                    reply_window_ends=last + MESSAGING_WINDOW,
                    thread={
                        "psid": str(sender.get("id") or ""),
                        "conversation_id": str(conversation["id"]),
                    },
                )
            )
    return items


async def last_message_from(graph: Graph, conversation_id: str, psid: str) -> datetime | None:
    """When the person last wrote in the conversation, read now (a newer message reopens
    the window an older item shows closed)."""
    answer = await graph.call(
        "GET",
        conversation_id,
        params={"fields": f"messages.limit({MESSAGES_PER_CONVERSATION}){{id,from,created_time}}"},
        step="reading the conversation",
    )
    times = [
        kit.parse_time(m.get("created_time"))
        for m in (answer.get("messages") or {}).get("data") or []
        if isinstance(m, dict) and str((m.get("from") or {}).get("id")) == psid
    ]
    known = [t for t in times if t is not None]
    return max(known) if known else None


async def send_message(graph: Graph, page_id: str, item: kit.Activity, text: str) -> kit.ReplySent:
    """``POST /{page-id}/messages`` with ``messaging_type=RESPONSE``, only inside the 24-hour
    window measured from the person's last message, read just before sending."""
    psid = item.thread.get("psid")
    conversation = item.thread.get("conversation_id") or item.on_remote_id
    if not psid or not conversation:
        raise kit.Rejected("this message lacks the sender's id; fetch it again")
    last = await last_message_from(graph, conversation, psid) or item.created_at
    if clock.now() > last + MESSAGING_WINDOW:
        raise kit.ReplyWindowClosed(
            f"{graph.network}: the person last wrote on {last:%Y-%m-%d at %H:%M} UTC, more than "
            "24 hours ago, and Messenger lets a Page answer only within 24 hours of the "
            "person's last message. Nothing was sent. Answer them in Meta Business Suite, or "
            "by phone if they left a number."
        )
    answer = await graph.call(
        "POST",
        f"{page_id}/messages",
        creates=True,
        json_payload={
            "recipient": {"id": psid},
            "messaging_type": "RESPONSE",
            "message": {"text": text},
        },
        step="sending the message",
    )
    message_id = str(answer.get("message_id") or "")
    if not message_id:
        raise kit.OutcomeUnknown(f"{graph.network} accepted the message but sent no id")
    return kit.ReplySent(message_id)


async def find_message(
    graph: Graph, page_id: str, item: kit.Activity, text: str
) -> kit.ReplySent | None:
    """The Page's message with these words in the conversation, sent after the item."""
    conversation = item.thread.get("conversation_id") or item.on_remote_id
    answer = await graph.call(
        "GET",
        str(conversation),
        params={
            "fields": f"messages.limit({MESSAGES_PER_CONVERSATION}){{id,message,from,created_time}}"
        },
        step="reading the conversation",
    )
    for message in (answer.get("messages") or {}).get("data") or []:
        created = kit.parse_time(message.get("created_time")) if isinstance(message, dict) else None
        if (
            created is not None
            and created >= item.created_at
            and str((message.get("from") or {}).get("id")) == str(page_id)
            and same_words(message.get("message"), text)
        ):
            return kit.ReplySent(str(message["id"]))
    return None


# Instagram comments


async def instagram_comments(
    graph: Graph, user_id: str, mark: kit.Watermark, seen: dict[str, int] | None = None
) -> tuple[list[kit.Activity], dict[str, int]]:
    """New comments and replies on the account's latest media, the account's own left out,
    and each media's ``comments_count``. Replies come through the ``replies`` edge of each
    comment; a media whose count is what ``seen`` says the last fetch saw is not read."""
    seen = seen or {}
    counts: dict[str, int] = {}
    media = await latest_posts(
        graph, f"{user_id}/media", "id,permalink,comments_count", "reading the account's media"
    )
    items: list[kit.Activity] = []
    for each in media:
        media_id = str(each["id"])
        count = each.get("comments_count")
        if isinstance(count, int):
            counts[media_id] = count
            if count == 0 or count == seen.get(media_id):
                continue
        link = each.get("permalink") if isinstance(each.get("permalink"), str) else None
        # A new reply may sit under an old comment: read the whole edge (bounded by
        # MAX_PAGES), and keep what is new among comments and replies alike.
        comments = await walk_back(
            graph,
            f"{media_id}/comments",
            {
                "fields": f"{IG_COMMENT_FIELDS},replies{{{IG_COMMENT_FIELDS}}}",
                "limit": COMMENTS_PAGE,
            },
            "reading comments",
            kit.Watermark(),
            "timestamp",
        )
        for comment in comments:
            replies = (comment.get("replies") or {}).get("data") or []
            for entry in [comment, *replies]:
                item = _instagram_comment(entry, media_id, link, user_id, comment)
                if item is not None and mark.is_new(item.created_at, item.remote_id):
                    items.append(item)
    return items, counts


def _instagram_comment(
    entry: Any, media_id: str, link: str | None, user_id: str, top: dict[str, Any]
) -> kit.Activity | None:
    if not isinstance(entry, dict) or not entry.get("id"):
        return None
    created = kit.parse_time(entry.get("timestamp"))
    author = kit.object_in(entry, "from")
    if created is None or str(author.get("id")) == str(user_id):
        return None
    username = str(entry.get("username") or author.get("username") or "")
    is_reply = entry is not top
    return kit.Activity(
        remote_id=str(entry["id"]),
        kind="reply" if is_reply else "comment",
        author_name=username or "An Instagram user",
        author_handle=f"@{username}" if username else None,
        text=str(entry.get("text") or ""),
        created_at=created,
        permalink=link,
        on_remote_id=media_id,
        thread={
            "media_id": media_id,
            **({"parent_id": str(top["id"])} if is_reply else {}),
        },
    )


# Answers to comments, on either network


@dataclass(frozen=True)
class CommentReplies:
    """Where a network keeps the answers to a comment, and how it spells them: Facebook
    nests them under ``/{comment-id}/comments`` with a ``message``, Instagram under
    ``/{comment-id}/replies`` with a ``text``. Both nest one level, so an answer to a reply
    goes under its top-level comment."""

    edge: str
    fields: str
    text_key: str


FACEBOOK_REPLIES = CommentReplies("comments", "id,message,from,created_time", "message")
INSTAGRAM_REPLIES = CommentReplies("replies", "id,text,username,from,timestamp", "text")


def same_words(written: object, text: str) -> bool:
    """The network's copy says what was sent, white space aside."""
    return " ".join(str(written or "").split()) == " ".join(text.split())


async def reply_to_comment(
    graph: Graph, replies: CommentReplies, item: kit.Activity, text: str
) -> kit.ReplySent:
    """``POST /{comment-id}/{edge}`` as the account, under the item's top-level comment."""
    target = item.thread.get("parent_id") or item.remote_id
    answer = await graph.call(
        "POST", f"{target}/{replies.edge}", creates=True, data={"message": text}, step="replying"
    )
    reply_id = str(answer.get("id") or "")
    if not reply_id:
        raise kit.OutcomeUnknown(f"{graph.network} accepted the reply but sent no id")
    return kit.ReplySent(reply_id, item.permalink)


async def find_reply(
    graph: Graph, replies: CommentReplies, owner_id: str, item: kit.Activity, text: str
) -> kit.ReplySent | None:
    """The account's own answer with these words under the item's comment, if it is there
    (a reply whose answer was lost is looked for before it is sent again)."""
    target = item.thread.get("parent_id") or item.remote_id
    answer = await graph.call(
        "GET",
        f"{target}/{replies.edge}",
        params={"fields": replies.fields, "limit": COMMENTS_PAGE},
        step="reading replies",
    )
    for reply in graph_page(answer).posts:
        if (
            isinstance(reply, dict)
            and str((reply.get("from") or {}).get("id")) == str(owner_id)
            and same_words(reply.get(replies.text_key), text)
        ):
            return kit.ReplySent(str(reply["id"]), item.permalink)
    return None
