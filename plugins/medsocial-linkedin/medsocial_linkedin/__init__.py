"""LinkedIn organization pages: ``/rest/posts`` with a pinned ``LinkedIn-Version``, images
(initializeUpload, then PUT), commentary escaped so LinkedIn does not silently cut the post,
and a 422 ``DUPLICATE_POST`` read for the URN it names.

LinkedIn has no idempotency key: an unanswered create is reconciled by listing the page's
recent posts and matching the commentary.
"""

from __future__ import annotations

import mimetypes
import re
import unicodedata
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any
from urllib.parse import quote

import httpx

from medsocial_tui import clock
from medsocial_tui.channel import (
    Account,
    AccountHealth,
    Activity,
    ActivityPage,
    AuthExpired,
    Capability,
    Channel,
    Draft,
    Field,
    Limits,
    MediaRule,
    OutcomeUnknown,
    Problem,
    Published,
    PublishRequest,
    Rejected,
    ReplySent,
    RetryLater,
)
from medsocial_tui.channelkit import (
    Page,
    Watermark,
    look_back,
    parse_time,
    retry_after,
    unlike_the_api,
    without_credentials,
)
from medsocial_tui.hookspecs import hookimpl

LINKEDIN_VERSION = "202601"
"""The ``LinkedIn-Version`` (YYYYMM) this plugin is written against; an account may pin
another with the ``api_version`` setting when LinkedIn retires this one."""
RESTLI_VERSION = "2.0.0"
MAX_CHARS = 3000
MAX_IMAGES = 20
IMAGE_TYPES = {"image/jpeg", "image/png", "image/gif"}
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


def _json(response: httpx.Response) -> Any | None:
    try:
        return response.json()
    except (ValueError, UnicodeDecodeError):
        return None


def _words(response: httpx.Response) -> str:
    """The network's words for an error answer, without any credential it quoted back."""
    return without_credentials(_said(response), response)


def _said(response: httpx.Response) -> str:
    body = _json(response)
    if isinstance(body, dict) and body.get("message"):
        code = body.get("serviceErrorCode") or body.get("code") or response.status_code
        return f"{body['message']} ({code})"
    return unlike_the_api(response)


def next_midnight_utc() -> datetime:
    """LinkedIn's daily limits reset at midnight UTC."""
    today = clock.now().astimezone(UTC).date()
    return datetime(today.year, today.month, today.day, tzinfo=UTC) + timedelta(days=1)


def raise_for(response: httpx.Response, *, posting: bool) -> None:
    status = response.status_code
    if status < 300:
        return
    if status == 429:
        when = retry_after(response.headers) or next_midnight_utc()
        raise RetryLater(f"LinkedIn rate limit: {_words(response)}", when)
    if status == 401:
        raise AuthExpired(f"LinkedIn refused the token: {_words(response)}")
    if 400 <= status < 500:
        raise Rejected(f"LinkedIn said no: {_words(response)}")
    if posting:
        raise OutcomeUnknown(f"LinkedIn answered {_words(response)}")
    raise RetryLater(f"LinkedIn answered {_words(response)}; nothing was posted yet")


def duplicate_of(response: httpx.Response) -> str | None:
    """The URN a 422 DUPLICATE_POST names (its message says "Content is a duplicate of …")."""
    if response.status_code != 422:
        return None
    body = _json(response)
    if not isinstance(body, dict) or "DUPLICATE_POST" not in str(body):
        return None
    match = URN.search(str(body.get("message", "")))
    return match.group() if match else ""


async def quietly(step: Any, what: str) -> httpx.Response:
    try:
        return await step
    except httpx.TransportError as exc:
        raise RetryLater(f"no answer from LinkedIn while {what} ({type(exc).__name__})") from None


class LinkedIn(Channel):
    name = "linkedin"
    title = "LinkedIn"
    default_base_url = "https://api.linkedin.com"
    api_version = LINKEDIN_VERSION
    capabilities = frozenset(
        {
            Capability.PUBLISH,
            Capability.DELETE,
            Capability.RECONCILE,
            Capability.LISTEN,
            Capability.REPLY,
        }
    )
    credentials = (
        Field(
            "access_token",
            "Access token",
            "a 3-legged OAuth token with w_organization_social and r_organization_social",
        ),
    )
    settings = (
        Field("organization_id", "Organization id", "the number in the page's admin URL"),
        Field(
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

    def limits(self, account: Account | None = None) -> Limits:
        return Limits(
            max_chars=MAX_CHARS,
            counted_as="characters",
            media=MediaRule.OPTIONAL,
            max_media=MAX_IMAGES,
            alt_text=True,
        )

    @staticmethod
    def text_of(draft: Draft) -> str:
        if draft.link and draft.link not in draft.text:
            return f"{draft.text}\n\n{draft.link}".strip()
        return draft.text

    def validate(self, draft: Draft, account: Account | None = None) -> list[Problem]:
        text = self.text_of(draft)
        problems = super().validate(Draft(text, draft.media, draft.link), account)
        escaped = len(unicodedata.normalize("NFC", escape(text)))
        if escaped > MAX_CHARS >= self.count(text):
            problems.append(
                Problem(
                    f"{escaped} of {MAX_CHARS} characters once LinkedIn's reserved characters "
                    "are escaped: shorten the text"
                )
            )
        for media in draft.media:
            kind = media.mime_type or mimetypes.guess_type(str(media.path))[0] or ""
            if kind not in IMAGE_TYPES:
                problems.append(
                    Problem(
                        f"{Path(media.path).name}: this plugin posts JPG, PNG or GIF images",
                        field="media",
                    )
                )
            if not media.alt_text:
                problems.append(Problem("add alt text to the image", "warning", field="media"))
        return problems

    # HTTP

    @staticmethod
    def _headers(account: Account) -> dict[str, str]:
        return {
            "Authorization": f"Bearer {account.credentials.get('access_token', '')}",
            "LinkedIn-Version": str(account.settings.get("api_version") or LINKEDIN_VERSION),
            "X-Restli-Protocol-Version": RESTLI_VERSION,
        }

    @staticmethod
    def author(account: Account) -> str:
        return f"urn:li:organization:{account.settings.get('organization_id', '')}"

    async def _image(self, client: httpx.AsyncClient, account: Account, path: Path) -> str:
        response = await quietly(
            client.post(
                f"{account.base_url}/rest/images",
                params={"action": "initializeUpload"},
                headers=self._headers(account),
                json={"initializeUploadRequest": {"owner": self.author(account)}},
            ),
            "starting an image upload",
        )
        raise_for(response, posting=False)
        value = (_json(response) or {}).get("value") or {}
        if not value.get("uploadUrl") or not value.get("image"):
            raise RetryLater("LinkedIn's upload answer had no upload URL; nothing was posted yet")
        put = await quietly(
            client.put(
                value["uploadUrl"],
                content=path.read_bytes(),
                headers={"Authorization": self._headers(account)["Authorization"]},
            ),
            "uploading an image",
        )
        raise_for(put, posting=False)
        return str(value["image"])

    async def _images(self, client: httpx.AsyncClient, request: PublishRequest) -> list[str]:
        urns: list[str] = list(request.progress.get("images", []))
        for media in request.draft.media[len(urns) :]:
            urns.append(await self._image(client, request.account, Path(media.path)))
            save(request, {"images": urns})
        return urns

    def _body(self, request: PublishRequest, images: list[str]) -> dict[str, Any]:
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

    async def publish(self, client: httpx.AsyncClient, request: PublishRequest) -> Published:
        account = request.account
        images = await self._images(client, request) if request.draft.media else []
        if "sent_at" not in request.progress:
            save(request, {"sent_at": clock.to_iso(clock.now())})
        response = await client.post(
            f"{account.base_url}/rest/posts",
            headers=self._headers(account),
            json=self._body(request, images),
        )
        duplicate = duplicate_of(response)
        if duplicate is not None:
            return await self._after_duplicate(client, request, duplicate)
        raise_for(response, posting=True)
        urn = response.headers.get("x-restli-id", "")
        if not URN.fullmatch(urn):
            raise OutcomeUnknown("LinkedIn accepted the post but sent no post id (x-restli-id)")
        return Published(urn, POST_URL.format(urn=urn))

    async def _after_duplicate(
        self, client: httpx.AsyncClient, request: PublishRequest, urn: str
    ) -> Published:
        """LinkedIn says the content is already on the page. If the URN resolves and our own
        earlier attempt is why, it is ours; a URN that 404s is LinkedIn's ghost duplicate."""
        post = await self._read(client, request.account, urn) if urn else None
        if post is None:
            raise Rejected(
                "LinkedIn refuses this as a duplicate of a post that no longer exists (a known "
                "LinkedIn problem after deleting a post; it clears in a day or two). Change the "
                "text a little and retry"
            )
        if self._ours(request, post):
            return Published(urn, POST_URL.format(urn=urn))
        raise Rejected(
            f"LinkedIn refuses this as a duplicate of an earlier post ({POST_URL.format(urn=urn)}). "
            "Change the text, or mark this delivery published with that URL"
        )

    def _ours(self, request: PublishRequest, post: dict[str, Any]) -> bool:
        """Same commentary, created since our first attempt (with some clock skew)."""
        if unescape(str(post.get("commentary", ""))) != self.text_of(request.draft):
            return False
        sent = request.progress.get("sent_at")
        since = (clock.parse_utc(sent) if sent else request.claimed_at) - MATCH_SKEW
        created = post.get("createdAt")
        return not isinstance(created, int) or created >= since.timestamp() * 1000

    async def _read(
        self, client: httpx.AsyncClient, account: Account, urn: str
    ) -> dict[str, Any] | None:
        response = await quietly(
            client.get(
                f"{account.base_url}/rest/posts/{quote(urn, safe='')}",
                headers=self._headers(account),
            ),
            "reading a post",
        )
        if response.status_code == 404:
            return None
        raise_for(response, posting=False)
        body = _json(response)
        if not isinstance(body, dict):
            raise RetryLater("LinkedIn answered a post lookup with something unreadable")
        return body

    async def find_existing(
        self, client: httpx.AsyncClient, request: PublishRequest
    ) -> Published | None:
        """The page's posts, newest first (``sortBy=CREATED``), ``count`` a page with
        ``start`` moving back, until a post older than the first attempt or the list's end."""
        if "sent_at" not in request.progress:
            return None
        account = request.account
        sent = request.progress.get("sent_at")
        since = (clock.parse_utc(sent) if sent else request.claimed_at) - MATCH_SKEW

        async def read(start: int | None) -> Page:
            offset = start or 0
            try:
                response = await quietly(
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
                raise_for(response, posting=False)
            except RetryLater as exc:
                raise OutcomeUnknown(exc.message) from None
            body = _json(response)
            if not isinstance(body, dict) or not isinstance(body.get("elements"), list):
                raise OutcomeUnknown("LinkedIn's list of posts was unreadable")
            elements = body["elements"]
            paging = body.get("paging") if isinstance(body.get("paging"), dict) else {}
            links = paging.get("links") if isinstance(paging.get("links"), list) else []
            more = any(isinstance(link, dict) and link.get("rel") == "next" for link in links)
            return Page(elements, offset + len(elements) if more and elements else None)

        def ours(post: Any) -> Published | None:
            if isinstance(post, dict) and self._ours(request, post):
                return Published(str(post["id"]), POST_URL.format(urn=post["id"]))
            return None

        def created(post: Any) -> datetime | None:
            value = post.get("createdAt") if isinstance(post, dict) else None
            return parse_time(value / 1000) if isinstance(value, int) else None

        return await look_back(self.title, read, since=since, created_of=created, match=ours)

    async def delete(self, client: httpx.AsyncClient, account: Account, remote_id: str) -> None:
        response = await client.delete(
            f"{account.base_url}/rest/posts/{quote(remote_id, safe='')}",
            headers={**self._headers(account), "X-RestLi-Method": "DELETE"},
        )
        if response.status_code == 404:
            return
        raise_for(response, posting=False)

    async def check_account(self, client: httpx.AsyncClient, account: Account) -> AccountHealth:
        try:
            response = await quietly(
                client.get(
                    f"{account.base_url}/rest/organizations/{account.settings.get('organization_id', '')}",
                    headers=self._headers(account),
                ),
                "reading the page",
            )
            raise_for(response, posting=False)
        except (AuthExpired, Rejected, RetryLater) as exc:
            return AccountHealth(False, exc.message)
        name = (_json(response) or {}).get("localizedName", "the page")
        return AccountHealth(True, f"can post as {name}")

    # Listening: comments on the page's posts, and replies as the page.

    async def _get(
        self, client: httpx.AsyncClient, account: Account, path: str, params: dict[str, str]
    ) -> dict[str, Any]:
        response = await quietly(
            client.get(f"{account.base_url}{path}", params=params, headers=self._headers(account)),
            "reading comments",
        )
        raise_for(response, posting=False)
        body = _json(response)
        if not isinstance(body, dict) or not isinstance(body.get("elements"), list):
            raise RetryLater(f"LinkedIn answered {unlike_the_api(response)}")
        return body

    async def _comments(
        self, client: httpx.AsyncClient, account: Account, target: str
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
            paging = body.get("paging") if isinstance(body.get("paging"), dict) else {}
            total = paging.get("total")
            if not elements or (isinstance(total, int) and len(found) >= total):
                break
        return found

    async def read_activity(
        self, client: httpx.AsyncClient, account: Account, cursor: str | None
    ) -> ActivityPage:
        """Comments on the page's 20 most recently changed posts (``/rest/posts?q=author``,
        ``sortBy=LAST_MODIFIED``), from ``/rest/socialActions/{post}/comments``, and the
        replies under each comment that has some; the page's own comments are left out.
        ``cursor`` is the newest ``created.time`` handed over and the comments at it."""
        mark = Watermark.parse(cursor)
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
        new: list[tuple[datetime, Activity]] = []
        for post in posts["elements"]:
            if not isinstance(post, dict) or not post.get("id"):
                continue
            post_urn = str(post["id"])
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
        return ActivityPage(items=[item for _m, item in new], cursor=after.text())

    async def reply(
        self, client: httpx.AsyncClient, account: Account, item: Activity, text: str
    ) -> ReplySent:
        """A comment as the organisation (``actor``) under the comment answered: LinkedIn
        nests one level, so a reply to a reply goes under the same top-level comment."""
        parent = item.thread.get("parent_urn") or item.thread.get("comment_urn")
        post = item.thread.get("post_urn") or item.on_remote_id
        if not parent or not post:
            raise Rejected("this LinkedIn comment lacks the references a reply needs")
        try:
            response = await client.post(
                f"{account.base_url}/rest/socialActions/{quote(parent, safe='')}/comments",
                headers=self._headers(account),
                json={
                    "actor": self.author(account),
                    "object": post,
                    "parentComment": parent,
                    "message": {"text": text},
                },
            )
        except (httpx.ConnectError, httpx.ConnectTimeout):
            raise
        except httpx.TransportError as exc:
            raise OutcomeUnknown(f"no answer from LinkedIn ({type(exc).__name__})") from None
        raise_for(response, posting=True)
        body = _json(response)
        urn = (body or {}).get("commentUrn") if isinstance(body, dict) else None
        urn = urn or response.headers.get("x-restli-id")
        if not urn:
            raise OutcomeUnknown("LinkedIn answered without the comment's URN")
        return ReplySent(str(urn), POST_URL.format(urn=post))

    async def find_reply(
        self, client: httpx.AsyncClient, account: Account, item: Activity, text: str
    ) -> ReplySent | None:
        """The organisation's comment with these words under the comment answered."""
        parent = item.thread.get("parent_urn") or item.thread.get("comment_urn")
        if not parent:
            return None
        try:
            comments = await self._comments(client, account, parent)
        except RetryLater as exc:
            raise OutcomeUnknown(exc.message) from None
        for comment in comments:
            if (
                comment.get("actor") == self.author(account)
                and str((comment.get("message") or {}).get("text", "")) == text
            ):
                post = item.thread.get("post_urn") or item.on_remote_id or ""
                return ReplySent(str(comment.get("commentUrn")), POST_URL.format(urn=post))
        return None


def _comment(comment: dict[str, Any], post_urn: str, me: str) -> Activity | None:
    """One comment as an inbox item; LinkedIn gives the author as a URN only (a member's
    name needs a permission apps like this do not get)."""
    urn = comment.get("commentUrn")
    actor = str(comment.get("actor") or "")
    created = comment.get("created") or {}
    moment = (
        parse_time(created.get("time") / 1000) if isinstance(created.get("time"), int) else None
    )
    if not urn or moment is None or actor == me:
        return None
    parent = comment.get("parentComment")
    return Activity(
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


def save(request: PublishRequest, update: dict[str, Any]) -> None:
    """Keep progress on the request and commit it through the core at once."""
    request.progress.update(update)
    request.checkpoint(update)


@hookimpl
def register_channels(register) -> None:
    register(LinkedIn)
