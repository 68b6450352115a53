"""X (Twitter API v2): posts with media, the weighted length X counts, rate limits from the
``x-rate-limit-*`` headers, and a duplicate refusal answered by looking for the post.

X has no idempotency key. An unanswered ``POST /2/tweets`` becomes ``unknown`` and is
reconciled by listing the account's recent posts and matching the text; a 403 "duplicate
content" on a later attempt is the same question ("is it already there?"), not a failure.
Signed with OAuth 1.0a user tokens, which do not expire (see docs/channels/x.md).
"""

from __future__ import annotations

import asyncio
import html
import unicodedata
from collections.abc import Sequence
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any

import httpx
from medsocial_twitter_text import Flavour, prepare

from medsocial_tui import channelkit as kit
from medsocial_tui import clock
from medsocial_tui.hookspecs import RegisterChannel, hookimpl
from medsocial_x import oauth1
from medsocial_x.text import MAX_WEIGHTED, weighted_length, without_links

API_VERSION = "2"
"""The X API version this plugin speaks; every path below starts with it."""
API = f"/{API_VERSION}"
IMAGE_TYPES = {"image/jpeg", "image/png", "image/webp"}
GIF_TYPE = "image/gif"
VIDEO_TYPES = {"video/mp4", "video/quicktime"}
ALT_TEXT_LIMIT = 1000
MEDIA_ID_LIFETIME = timedelta(hours=20)
"""X keeps an uploaded media id for 24 h; older ones are uploaded again."""
MATCH_SKEW = timedelta(minutes=2)
PAGE_SIZE = 100
"""Posts a page when reading the account's timeline (X allows 5 to 100, default 10)."""
POST_URL = "https://x.com/i/web/status/{id}"
MENTIONS_PAGE = 100
"""Mentions a page (X allows 5 to 100)."""
MENTION_FIELDS = {
    "tweet.fields": "author_id,conversation_id,created_at,in_reply_to_user_id,referenced_tweets",
    "expansions": "author_id",
    "user.fields": "name,username",
}


def comparable(text: str) -> str:
    """Text as X shows it back, reduced for matching: links removed (X rewrites them to
    t.co), entities unescaped, NFC, whitespace collapsed."""
    text = unicodedata.normalize("NFC", html.unescape(text))
    return " ".join(without_links(text).split())


def _said(body: Any) -> str | None:
    """X's own words (problem JSON ``detail``/``title``, or v1.1 ``errors``)."""
    if not isinstance(body, dict):
        return None
    if body.get("detail") or body.get("title"):
        return str(body.get("detail") or body.get("title"))
    errors = body.get("errors")
    if isinstance(errors, list) and errors and isinstance(errors[0], dict):
        return str(errors[0].get("message") or errors[0].get("detail"))
    return None


X_API = kit.Network(
    "X", said=_said, reset_header="x-rate-limit-reset", auth_words="refused the account's keys"
)
"""X's answers: problem JSON or v1.1 ``errors``; ``x-rate-limit-reset`` in Unix seconds (X
sends no Retry-After; a proxy in front of it might, so that is read as a fallback)."""


DAY_CAPS = ("x-app-limit-24hour", "x-user-limit-24hour")
"""X's 24-hour caps on creating posts (the app's, and on some tiers each user's): their
``-remaining`` at 0 means waiting for their ``-reset`` (Unix seconds), not the window's."""


USAGE_CAPPED = "https://api.x.com/2/problems/usage-capped"
CAP_RECHECK = timedelta(days=1)
"""How long a post waits after X's usage cap (a month's or a day's posts on the app's plan)
is used up: X does not say when the cap ends, and the window's reset only meets the cap."""


def usage_cap(response: httpx.Response) -> kit.RetryLater | None:
    """X's ``UsageCapExceeded`` (its problem ``type`` ends in ``usage-capped``, on
    api.x.com or the older api.twitter.com): a long wait, in words saying what lifts it."""
    body = kit.json_body(response)
    if not isinstance(body, dict) or not str(body.get("type", "")).endswith("/usage-capped"):
        return None
    period = str(body.get("period") or "").lower() or "plan's"
    title = body.get("title") or "usage capped"
    return kit.RetryLater(
        f"X's {period} usage cap for this app's plan is used up ({title}): "
        "posts wait and are tried again in a day; a higher plan in the X developer console "
        "lifts it",
        kit.after(CAP_RECHECK.total_seconds()),
    )


SETUP_PROBLEMS = {
    "oauth1-permissions": "the app's keys may only read: in the X developer portal set the "
    "app's User authentication to Read and write, then regenerate the access token and "
    "secret (tokens made before stay read only) and put them in secrets.toml",
    "client-not-enrolled": "the app is not in a Project with API access: attach it to a "
    "Project in the X developer portal",
}
"""X's problem types for a setup that cannot write (its ``type`` ends in the key): no post
can go until a person changes the app, so the account needs reconnecting."""


def setup_problem(response: httpx.Response) -> kit.AuthExpired | None:
    """The account's setup refused, in words saying what to change; None otherwise."""
    body = kit.json_body(response)
    kind = str(body.get("type", "")).rsplit("/", 1)[-1] if isinstance(body, dict) else ""
    if response.status_code != 403 or kind not in SETUP_PROBLEMS:
        return None
    return kit.AuthExpired(f"X refused the account's keys ({kind}): {SETUP_PROBLEMS[kind]}")


def raise_for(response: httpx.Response, *, posting: bool) -> None:
    """Map an X answer to the core's error kinds. ``posting`` is True for the request that
    creates the post: only there may a broken answer mean it went out. A good answer with a
    body must be JSON; the rate limit says how many requests the window allowed, and a used
    up usage cap is said as one."""
    if response.status_code == 429:
        capped = usage_cap(response)
        if capped is not None:
            raise capped
        reset, limit, window = X_API.retry_at(response), "", "window"
        headers = response.headers
        for cap in DAY_CAPS:  # a used-up daily cap outlasts the 15-minute window
            day_reset = kit.reset_at(headers, f"{cap}-reset")
            if headers.get(f"{cap}-remaining") == "0" and day_reset is not None:
                if reset is None or day_reset > reset:
                    reset, limit, window = day_reset, headers.get(f"{cap}-limit", ""), "24 hours"
        limit = limit or headers.get("x-rate-limit-limit", "")
        when = f"; it resets at {reset.astimezone(UTC):%Y-%m-%d %H:%M} UTC" if reset else ""
        used = f" ({limit} requests per {window} used up)" if limit else ""
        raise kit.RetryLater(f"X rate limit reached{used}{when}", reset)
    refused = setup_problem(response)
    if refused is not None:
        raise refused
    X_API.raise_for_status(response, creates=posting)
    if response.content and kit.json_body(response) is None:
        raise X_API.unclear(response, creates=posting)


def is_duplicate(response: httpx.Response) -> bool:
    if response.status_code != 403:
        return False
    body = kit.json_body(response)
    return isinstance(body, dict) and "duplicate" in str(body.get("detail", "")).lower()


class X(kit.Channel):
    name = "x"
    title = "X"
    default_base_url = "https://api.x.com"
    api_version = API_VERSION
    capabilities = kit.can("publish", "delete", "reconcile", "listen", "reply", "hide", "metrics")
    metrics_offered = ("likes", "shares", "comments", "quotes", "saves", "impressions")
    account_metrics_offered = ("followers",)
    metrics_note = (
        "X gives public counts (likes, reposts, replies, quotes, bookmarks, impressions); "
        "clicks and profile visits are private metrics of paid tiers and are not read; "
        "followers are read as they stand when fetched"
    )
    credentials = (
        kit.Field("consumer_key", "API key", "the app's API key (consumer key)"),
        kit.Field("consumer_secret", "API key secret", "the app's API key secret"),
        kit.Field("access_token", "Access token", "the practice account's OAuth 1.0a access token"),
        kit.Field("access_token_secret", "Access token secret", "its secret"),
    )
    dedupes_retries = False
    max_concurrency = 1
    credentials_help = (
        "developer.x.com > Projects & Apps > your app: set User authentication to Read and "
        "write, then under Keys and tokens copy the API key and secret and generate the Access "
        "token and secret while signed in as the practice account. OAuth 1.0a tokens do not "
        "expire; regenerating them or revoking the app stops them. See docs/channels/x.md."
    )
    upload_chunk_bytes = 4 * 1024 * 1024
    poll_limit_seconds = 60.0
    """Longest wait for X to finish processing a video in one attempt."""

    def __init__(self) -> None:
        self._users: dict[str, tuple[str, str]] = {}

    def warm_up(self) -> None:
        prepare(Flavour.X)  # the link patterns: a tenth of a second, once per process

    def limits(self, account: kit.Account | None = None) -> kit.Limits:
        return kit.Limits(
            max_chars=MAX_WEIGHTED,
            counted_as="X characters (a link counts 23; CJK and emoji count 2)",
            media=kit.MediaRule.OPTIONAL,
            max_media=4,
            alt_text=True,
        )

    def count(self, text: str) -> int:
        return weighted_length(text)

    text_of = staticmethod(kit.text_with_link)

    def validate(self, draft: kit.Draft, account: kit.Account | None = None) -> list[kit.Problem]:
        problems = super().validate(
            kit.Draft(self.text_of(draft), draft.media, draft.link), account
        )
        kinds = [kit.media_type(m, "application/octet-stream") for m in draft.media]
        moving = [k for k in kinds if k in VIDEO_TYPES or k == GIF_TYPE]
        if moving and len(kinds) > 1:
            problems.append(
                kit.Problem(
                    "X takes four photos, or one GIF, or one video: not a mix", field="media"
                )
            )
        for media, kind in zip(draft.media, kinds, strict=True):
            if kind not in IMAGE_TYPES | VIDEO_TYPES | {GIF_TYPE}:
                problems.append(
                    kit.Problem(f"X cannot show {Path(media.path).name}", field="media")
                )
            if len(media.alt_text) > ALT_TEXT_LIMIT:
                problems.append(
                    kit.Problem(f"alt text over {ALT_TEXT_LIMIT} characters", field="media")
                )
        return problems

    # HTTP plumbing

    @staticmethod
    def _keys(account: kit.Account) -> oauth1.Keys:
        c = account.credentials
        return oauth1.Keys(
            c.get("consumer_key", ""),
            c.get("consumer_secret", ""),
            c.get("access_token", ""),
            c.get("access_token_secret", ""),
        )

    def _signed(
        self, account: kit.Account, method: str, path: str, params: dict[str, str] | None = None
    ) -> dict[str, str]:
        url = f"{account.base_url}{path}"
        return {"Authorization": oauth1.authorization(method, url, self._keys(account), params)}

    async def _get(
        self,
        client: httpx.AsyncClient,
        account: kit.Account,
        path: str,
        params: dict[str, str],
        what: str,
    ) -> httpx.Response:
        """A signed ``GET`` that publishes nothing: a good answer, or the error it maps to; a
        lost answer is "try later" naming ``what`` ("reading mentions")."""
        response = await X_API.quietly(
            client.get(
                f"{account.base_url}{path}",
                params=params,
                headers=self._signed(account, "GET", path, params),
            ),
            what,
        )
        raise_for(response, posting=False)
        return response

    async def _me(
        self, client: httpx.AsyncClient, account: kit.Account, *, afresh: bool = False
    ) -> tuple[str, str]:
        """The account's user id and @name (read once per process, or ``afresh``)."""
        key = f"{account.base_url}|{account.credentials.get('access_token', '')}"
        if key not in self._users or afresh:
            response = await self._get(
                client, account, f"{API}/users/me", {}, "reading the account"
            )
            data = (kit.json_body(response) or {}).get("data") or {}
            if "id" not in data:
                raise kit.RetryLater("X answered without the account's id")
            self._users[key] = (str(data["id"]), str(data.get("username", "")))
        return self._users[key]

    async def _own_listing(
        self,
        client: httpx.AsyncClient,
        account: kit.Account,
        listing: str,
        params: dict[str, str | None],
        what: str,
    ) -> tuple[str, dict[str, Any]]:
        """``GET /2/users/:id/{listing}`` of the signed-in account (``tweets``,
        ``mentions``) with those ``params`` that have a value: the account's user id and the
        answer's body."""
        user_id, _ = await self._me(client, account)
        given = {name: value for name, value in params.items() if value}
        response = await self._get(client, account, f"{API}/users/{user_id}/{listing}", given, what)
        return user_id, X_API.object(response, creates=False)

    # Media

    async def _upload_step(
        self,
        client: httpx.AsyncClient,
        account: kit.Account,
        endpoint: str,
        what: str,
        *,
        part: kit.MultipartFile | None = None,
        body: dict[str, Any] | None = None,
    ) -> httpx.Response:
        """One signed ``POST`` of an upload (a file ``part`` or a JSON ``body``): it makes
        nothing visible, so a lost answer is "try later" naming ``what``."""
        headers = self._signed(account, "POST", endpoint)
        if part is not None:
            headers |= part.headers
        response = await X_API.quietly(
            client.post(f"{account.base_url}{endpoint}", headers=headers, content=part, json=body),
            what,
        )
        raise_for(response, posting=False)
        return response

    async def _upload_one(
        self, client: httpx.AsyncClient, account: kit.Account, path: Path, kind: str
    ) -> tuple[str, httpx.Response]:
        """Upload one file: its media id and X's last answer (a video's or GIF's finalize
        answer carries ``processing_info``; processing is awaited by the caller)."""
        size = path.stat().st_size
        if kind in IMAGE_TYPES:
            image = kit.file_part(
                path, name="media", mime=kind, fields={"media_category": "tweet_image"}
            )
            response = await self._upload_step(
                client, account, f"{API}/media/upload", "uploading an image", part=image
            )
            return self._media_id(response), response
        category = "tweet_gif" if kind == GIF_TYPE else "tweet_video"
        response = await self._upload_step(
            client,
            account,
            f"{API}/media/upload/initialize",
            "starting a video upload",
            body={"media_type": kind, "total_bytes": size, "media_category": category},
        )
        media_id = self._media_id(response)
        step = self.upload_chunk_bytes
        for index, start in enumerate(range(0, size, step)):
            segment = kit.file_part(
                path,
                name="media",
                mime=kind,
                fields={"segment_index": str(index)},
                start=start,
                end=min(start + step, size),
            )
            await self._upload_step(
                client,
                account,
                f"{API}/media/upload/{media_id}/append",
                "uploading a video",
                part=segment,
            )
        response = await self._upload_step(
            client, account, f"{API}/media/upload/{media_id}/finalize", "finishing a video upload"
        )
        return media_id, response

    @staticmethod
    def _media_id(response: httpx.Response) -> str:
        data = (kit.json_body(response) or {}).get("data") or {}
        if "id" not in data:
            raise kit.RetryLater("X answered an upload without a media id; nothing was posted yet")
        return str(data["id"])

    async def _wait_processed(
        self, client: httpx.AsyncClient, account: kit.Account, media_id: str, answer: httpx.Response
    ) -> None:
        waited = 0.0
        while True:
            info = ((kit.json_body(answer) or {}).get("data") or {}).get("processing_info")
            if not info or info.get("state") == "succeeded":
                return
            if info.get("state") == "failed":
                error = info.get("error") or {}
                raise kit.Rejected(
                    f"X could not process the video: {error.get('message', 'failed')}"
                )
            asked = info.get("check_after_secs")
            pause = float(asked) if isinstance(asked, int | float) and asked >= 0 else 1.0
            if waited + pause > self.poll_limit_seconds:
                raise kit.RetryLater("X is still processing the video; trying again shortly")
            await asyncio.sleep(pause)
            waited += pause
            params = {"command": "STATUS", "media_id": media_id}
            answer = await self._get(
                client, account, f"{API}/media/upload", params, "checking a video"
            )

    async def _describe(
        self, client: httpx.AsyncClient, account: kit.Account, media_id: str, alt: str
    ) -> None:
        endpoint = f"{API}/media/metadata"
        response = await X_API.quietly(
            client.post(
                f"{account.base_url}{endpoint}",
                headers=self._signed(account, "POST", endpoint),
                json={"id": media_id, "metadata": {"alt_text": {"text": alt[:ALT_TEXT_LIMIT]}}},
            ),
            "adding alt text",
        )
        raise_for(response, posting=False)

    async def _media_ids(self, client: httpx.AsyncClient, request: kit.PublishRequest) -> list[str]:
        """Upload each attachment once per day: ids are checkpointed with their time the
        moment X gives them, before a video's processing is awaited, so an attempt that
        gives up waiting leaves the upload for the next one, which asks X where processing
        stands (``STATUS``) instead of uploading again. An id counts as ready (in
        ``media_ready``) once processed and described."""
        progress = request.progress
        uploaded_at = progress.get("media_uploaded_at")
        fresh = uploaded_at and clock.now() - clock.parse_utc(uploaded_at) < MEDIA_ID_LIFETIME
        ids: list[str] = list(progress.get("media_ids", [])) if fresh else []
        ready: set[str] = set(progress.get("media_ready", [])) if fresh else set()
        answers: dict[str, httpx.Response] = {}
        for media in request.draft.media[len(ids) :]:
            path = Path(media.path)
            media_id, answers[media_id] = await self._upload_one(
                client, request.account, path, kit.media_type(media, "application/octet-stream")
            )
            ids.append(media_id)
            kit.save_progress(
                request,
                {
                    "media_ids": ids,
                    "media_uploaded_at": uploaded_at or clock.now_iso(),
                    "media_ready": sorted(ready),
                },
            )
            uploaded_at = request.progress["media_uploaded_at"]
        for media, media_id in zip(request.draft.media, ids, strict=True):
            if media_id in ready:
                continue
            answer = answers.get(media_id)
            if answer is None and kit.media_type(media) not in IMAGE_TYPES:
                answer = await self._get(
                    client,
                    request.account,
                    f"{API}/media/upload",
                    {"command": "STATUS", "media_id": media_id},
                    "checking a video",
                )
            if answer is not None:
                try:
                    await self._wait_processed(client, request.account, media_id, answer)
                except kit.Rejected:  # X will never take this upload: a retry starts afresh
                    kit.save_progress(
                        request, {"media_ids": [], "media_uploaded_at": None, "media_ready": []}
                    )
                    raise
            if media.alt_text:
                await self._describe(client, request.account, media_id, media.alt_text)
            ready.add(media_id)
            kit.save_progress(request, {"media_ready": sorted(ready)})
        return ids

    # The contract

    async def publish(
        self, client: httpx.AsyncClient, request: kit.PublishRequest
    ) -> kit.Published:
        account = request.account
        media_ids = await self._media_ids(client, request) if request.draft.media else []
        body: dict[str, Any] = {"text": self.text_of(request.draft)}
        if media_ids:
            body["media"] = {"media_ids": media_ids}
        kit.mark_first_send(request)
        endpoint = f"{API}/tweets"
        response = await client.post(
            f"{account.base_url}{endpoint}",
            headers=self._signed(account, "POST", endpoint),
            json=body,
        )
        if is_duplicate(response):
            return await self._after_duplicate(client, request, response)
        raise_for(response, posting=True)
        data = (kit.json_body(response) or {}).get("data") or {}
        if "id" not in data:
            raise kit.OutcomeUnknown("X answered without the new post's id")
        return kit.Published(remote_id=str(data["id"]), url=POST_URL.format(id=data["id"]))

    async def _after_duplicate(
        self, client: httpx.AsyncClient, request: kit.PublishRequest, response: httpx.Response
    ) -> kit.Published:
        """X refused the text as a duplicate: the first attempt may have landed. Found since
        the first attempt: it is ours. Proven absent since then: X keeps an earlier (or a
        similar) post, and a person decides, so the refusal never turns into a loop of
        sends. Not provable: the delivery stays unknown for a person."""
        try:
            ours = await self._ours(client, request)
        except kit.CannotTell as exc:
            raise kit.CannotTell(
                f"X says this text is already posted ({X_API.words(response)}); {exc.message}"
            ) from None
        except (kit.RetryLater, kit.Rejected, kit.AuthExpired) as exc:
            raise kit.OutcomeUnknown(
                f"X says this text is already posted ({X_API.words(response)}), and the account's "
                f"posts could not be read to check: {exc.message}"
            ) from None
        if ours is not None:
            return ours
        earlier = await self._earlier_copy(client, request)
        where = f" ({earlier.url})" if earlier is not None else ""
        raise kit.Rejected(
            "X refused it as duplicate content, and it has not gone out since the first "
            f"attempt: an earlier post has the same or a similar text{where}. Change the "
            "text, or mark this delivery published with that post's URL"
        )

    def _since(self, request: kit.PublishRequest) -> datetime:
        return kit.first_send(request) - MATCH_SKEW

    async def _timeline(
        self,
        client: httpx.AsyncClient,
        account: kit.Account,
        fields: str,
        since: datetime | None = None,
        token: str | None = None,
    ) -> kit.Page:
        """One page of the account's posts (100), newest first, with ``fields``, written
        since ``since`` when given; the cursor is ``next_token``."""
        start = since.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ") if since else None
        _, body = await self._own_listing(
            client,
            account,
            "tweets",
            {
                "max_results": str(PAGE_SIZE),
                "tweet.fields": fields,
                "start_time": start,
                "pagination_token": token,
            },
            "reading recent posts",
        )
        meta = kit.object_in(body, "meta")
        return kit.Page(kit.list_in(body, "data"), meta.get("next_token") or None)

    async def _ours(
        self, client: httpx.AsyncClient, request: kit.PublishRequest
    ) -> kit.Published | None:
        """Our post among the account's posts since the first attempt: X's ``start_time``
        bounds the listing, 100 a page, following ``pagination_token`` until X says there is
        no next page. Raises ``CannotTell`` when the pages run out first."""
        since = self._since(request)
        wanted = comparable(self.text_of(request.draft))

        async def read(token: str | None) -> kit.Page:
            return await self._timeline(client, request.account, "created_at,text", since, token)

        def ours(post: Any) -> kit.Published | None:
            if not isinstance(post, dict) or comparable(str(post.get("text", ""))) != wanted:
                return None
            created = kit.parse_time(post.get("created_at"))
            if created is not None and created < since:
                return None
            return kit.Published(str(post["id"]), POST_URL.format(id=post["id"]))

        return await kit.look_back(
            self.title, read, since=since, created_of="created_at", match=ours
        )

    async def _earlier_copy(
        self, client: httpx.AsyncClient, request: kit.PublishRequest
    ) -> kit.Published | None:
        """The earlier post with our text among the latest 100, for the words only."""
        wanted = comparable(self.text_of(request.draft))
        try:
            page = await self._timeline(client, request.account, "created_at,text")
        except (kit.RetryLater, kit.Rejected, kit.AuthExpired):
            return None
        for post in page.posts:
            if isinstance(post, dict) and comparable(str(post.get("text", ""))) == wanted:
                return kit.Published(str(post["id"]), POST_URL.format(id=post["id"]))
        return None

    async def find_existing(
        self, client: httpx.AsyncClient, request: kit.PublishRequest
    ) -> kit.Published | None:
        if not kit.was_sent(request):
            return None
        with kit.still_unknown():
            return await self._ours(client, request)

    async def delete(self, client: httpx.AsyncClient, account: kit.Account, remote_id: str) -> None:
        endpoint = f"{API}/tweets/{remote_id}"
        response = await client.delete(
            f"{account.base_url}{endpoint}", headers=self._signed(account, "DELETE", endpoint)
        )
        if response.status_code == 404:
            return
        raise_for(response, posting=False)

    async def check_account(
        self, client: httpx.AsyncClient, account: kit.Account
    ) -> kit.AccountHealth:
        return await kit.account_health(
            self._me(client, account, afresh=True), lambda me: f"signed in as @{me[1]}"
        )

    async def read_post_metrics(
        self, client: httpx.AsyncClient, account: kit.Account, remote_ids: Sequence[str]
    ) -> list[kit.PostCounts]:
        """``GET /2/tweets?ids=…&tweet.fields=public_metrics``, 100 ids a call; deleted
        posts come back under ``errors`` and are left out."""
        found: list[kit.PostCounts] = []
        for start in range(0, len(remote_ids), PAGE_SIZE):
            ids = ",".join(remote_ids[start : start + PAGE_SIZE])
            response = await self._get(
                client,
                account,
                f"{API}/tweets",
                {"ids": ids, "tweet.fields": "public_metrics"},
                "reading post counts",
            )
            for tweet in (kit.json_body(response) or {}).get("data") or []:
                metrics = tweet.get("public_metrics") if isinstance(tweet, dict) else None
                if not isinstance(metrics, dict) or "id" not in tweet:
                    continue
                found.append(
                    kit.PostCounts(str(tweet["id"]), kit.counters(metrics, PUBLIC_METRICS))
                )
        return found

    async def read_account_metrics(
        self, client: httpx.AsyncClient, account: kit.Account, first: date, last: date
    ) -> list[kit.DailyCounts]:
        """``GET /2/users/me?user.fields=public_metrics``: followers now, given for ``last``."""
        response = await self._get(
            client,
            account,
            f"{API}/users/me",
            {"user.fields": "public_metrics"},
            "reading the account's counts",
        )
        data = (kit.json_body(response) or {}).get("data") or {}
        followers = (data.get("public_metrics") or {}).get("followers_count")
        if not isinstance(followers, int):
            return []
        return [kit.DailyCounts(last, {"followers": followers})]

    # Listening: mentions, and replies in their conversation.

    async def read_activity(
        self, client: httpx.AsyncClient, account: kit.Account, cursor: str | None
    ) -> kit.ActivityPage:
        """``GET /2/users/:id/mentions``, newest first, bounded below by ``since_id`` (the
        newest mention a finished fetch saw). A fetch that finds more than a page walks down
        with ``until_id`` (the oldest mention returned so far), one page a call with
        ``more``, so each call's cursor says exactly what was handed over; a pagination token
        that expires cannot lose or repeat anything. Cursor: ``since`` when settled,
        ``since:until:top`` in the middle of a walk."""
        since, until, top = _walk(cursor)
        user_id, body = await self._own_listing(
            client,
            account,
            "mentions",
            {
                "max_results": str(MENTIONS_PAGE),
                **MENTION_FIELDS,
                "since_id": since,
                "until_id": until,
            },
            "reading mentions",
        )
        data = kit.list_in(body, "data")
        users = {
            str(u.get("id")): u
            for u in ((body.get("includes") or {}).get("users") or [])
            if isinstance(u, dict)
        }
        items = [a for t in data if (a := _mentioned(t, users, user_id)) is not None]
        ids = [int(t["id"]) for t in data if isinstance(t, dict) and str(t.get("id")).isdigit()]
        if not ids:
            return kit.ActivityPage([], top or since or None)
        top = str(max([*ids, int(top or 0)]))
        meta = kit.object_in(body, "meta")
        if meta.get("next_token"):
            return kit.ActivityPage(items, f"{since or ''}:{min(ids)}:{top}", more=True)
        return kit.ActivityPage(items, top)

    async def reply(
        self, client: httpx.AsyncClient, account: kit.Account, item: kit.Activity, text: str
    ) -> kit.ReplySent:
        """``POST /2/tweets`` with ``reply.in_reply_to_tweet_id``. X refuses a repeated text
        as a duplicate: then the earlier reply is looked for and returned when it answers
        this item."""
        endpoint = f"{API}/tweets"
        response = await client.post(
            f"{account.base_url}{endpoint}",
            headers=self._signed(account, "POST", endpoint),
            json={"text": text, "reply": {"in_reply_to_tweet_id": item.remote_id}},
        )
        if is_duplicate(response):
            found = await self.find_reply(client, account, item, text)
            if found is not None:
                return found
        raise_for(response, posting=True)
        data = (kit.json_body(response) or {}).get("data") or {}
        if "id" not in data:
            raise kit.OutcomeUnknown("X answered without the reply's id")
        return kit.ReplySent(str(data["id"]), POST_URL.format(id=data["id"]))

    async def find_reply(
        self, client: httpx.AsyncClient, account: kit.Account, item: kit.Activity, text: str
    ) -> kit.ReplySent | None:
        """The account's post answering ``item`` with ``text``, among its posts since the
        item was written (``start_time``), 100 a page."""
        await self._me(client, account)  # a failure to read the account stays "try later"
        since = item.created_at - MATCH_SKEW
        wanted = comparable(text)

        async def read(token: str | None) -> kit.Page:
            with kit.still_unknown():
                return await self._timeline(
                    client, account, "created_at,text,referenced_tweets", since, token
                )

        def ours(post: Any) -> kit.ReplySent | None:
            if not isinstance(post, dict) or comparable(str(post.get("text", ""))) != wanted:
                return None
            answers = {
                str(r.get("id"))
                for r in post.get("referenced_tweets") or []
                if isinstance(r, dict) and r.get("type") == "replied_to"
            }
            if item.remote_id not in answers:
                return None
            return kit.ReplySent(str(post["id"]), POST_URL.format(id=post["id"]))

        found = await kit.look_back(
            self.title, read, since=since, created_of="created_at", match=ours
        )
        return found

    async def hide(
        self,
        client: httpx.AsyncClient,
        account: kit.Account,
        item: kit.Activity,
        hidden: bool = True,
    ) -> None:
        """``PUT /2/tweets/:id/hidden``: X lets an account hide replies in conversations it
        started (not other mentions; X then answers 403, shown in its words)."""
        endpoint = f"{API}/tweets/{item.remote_id}/hidden"
        response = await client.put(
            f"{account.base_url}{endpoint}",
            headers=self._signed(account, "PUT", endpoint),
            json={"hidden": hidden},
        )
        raise_for(response, posting=False)


PUBLIC_METRICS = (
    ("likes", "like_count"),
    ("shares", "retweet_count"),
    ("comments", "reply_count"),
    ("quotes", "quote_count"),
    ("saves", "bookmark_count"),
    ("impressions", "impression_count"),
)
"""X's ``public_metrics`` keys by medsocial's counter names."""


def _walk(cursor: str | None) -> tuple[str, str, str]:
    """``since``, ``until`` and ``top`` from a cursor (empty when absent)."""
    parts = [p if p.isdigit() else "" for p in (cursor or "").split(":")]
    if len(parts) == 3:
        return parts[0], parts[1], parts[2]
    return parts[0], "", ""


def _mentioned(tweet: Any, users: dict[str, Any], me: str) -> kit.Activity | None:
    """One mention as an inbox item: a reply to the account's post, a quote of one, or a
    mention. The account's own posts (a thread it continues) are not activity."""
    if not isinstance(tweet, dict) or "id" not in tweet or str(tweet.get("author_id")) == me:
        return None
    created = kit.parse_time(tweet.get("created_at"))
    if created is None:
        return None
    refs = {
        str(r.get("type")): str(r.get("id"))
        for r in tweet.get("referenced_tweets") or []
        if isinstance(r, dict)
    }
    kind = "mention"
    if "replied_to" in refs and str(tweet.get("in_reply_to_user_id")) == me:
        kind = "reply"
    elif "quoted" in refs:
        kind = "quote"
    author = users.get(str(tweet.get("author_id")), {})
    username = str(author.get("username") or "")
    return kit.Activity(
        remote_id=str(tweet["id"]),
        kind=kind,
        author_name=str(author.get("name") or username or "someone on X"),
        author_handle=f"@{username}" if username else None,
        text=html.unescape(str(tweet.get("text") or "")),
        created_at=created,
        permalink=POST_URL.format(id=tweet["id"]),
        on_remote_id=refs.get("replied_to") or refs.get("quoted") or tweet.get("conversation_id"),
        thread={"conversation_id": str(tweet.get("conversation_id") or tweet["id"])},
    )


@hookimpl
def register_channels(register: RegisterChannel) -> None:
    register(X)
