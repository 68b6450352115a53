"""TikTok (Content Posting API v2): ask ``creator_info`` first, then a photo post (TikTok
pulls the images from public URLs) or a video post (init, then the file in chunks), and
follow it by its ``publish_id``.

The ``publish_id`` is checkpointed the moment TikTok returns it; a later attempt or a
reconcile only polls its status and never starts a second post. An app TikTok has not
audited can only post privately (``SELF_ONLY``) to private accounts; this is said plainly in
the preview and in the refusal, never hidden.

A renewed access token and the refresh token TikTok returns with it (it may rotate) are kept
between runs (``channelkit.kept_session``), so the next run uses them and not the refresh
token from ``secrets.toml``, which the rotation revoked.
"""

from __future__ import annotations

import asyncio
import hashlib
import unicodedata
from collections.abc import Awaitable, Callable, Sequence
from datetime import date, timedelta
from pathlib import Path
from typing import Any

import httpx

from medsocial_tui import channelkit as kit
from medsocial_tui import clock
from medsocial_tui.hookspecs import RegisterChannel, hookimpl

API_VERSION = "v2"
API = f"/{API_VERSION}"
MAX_CAPTION = 2200
MAX_PHOTO_TITLE = 90
MAX_PHOTO_DESCRIPTION = 4000
MAX_PHOTOS = 35
MIN_VIDEO_SECONDS = 3
MAX_VIDEO_BYTES = 4 * 1024**3
"""TikTok's largest video (4 GB)."""
ELLIPSIS = "…"
PHOTO_TYPES = {"image/jpeg", "image/webp"}
VIDEO_TYPES = {"video/mp4", "video/quicktime", "video/webm"}
PRIVATE = "SELF_ONLY"
UNAUDITED = (
    "TikTok lets an app it has not audited post only privately (SELF_ONLY: seen by the "
    "account alone), and only to private accounts, at most 5 people a day; public posts "
    "need the app to pass TikTok's audit"
)
AUTH_CODES = {"access_token_invalid", "scope_not_authorized", "scope_permission_missed"}
RATE_CODES = {"rate_limit_exceeded"}
POSTING_CAPS = {"spam_risk_too_many_posts", "spam_risk_too_many_pending_share"}
"""TikTok's caps on a creator's posts a day and on posts still pending: the post is fine,
it goes once the cap has room again."""
CAP_WAIT = timedelta(hours=1)
REASONS = {
    "file_format_check_failed": "TikTok could not read the video's format: export it as an "
    "MP4 (H.264 video, AAC sound)",
    "duration_check_failed": "the video is too short or too long for this account "
    "(3 seconds up to the account's longest)",
    "frame_rate_check_failed": "the video's frame rate is outside 23 to 60 frames a second",
    "picture_size_check_failed": "the video's size is outside 360 to 4096 pixels a side",
    "photo_pull_failed": "TikTok could not fetch a photo from its address: check that the "
    "image's URL opens and is on the domain verified with TikTok",
    "spam_risk_text": "TikTok took the caption for spam: change the wording",
    "spam_risk_user_banned_from_posting": "TikTok has stopped this account from posting "
    "for now: see the notices in the TikTok app",
}
"""TikTok's reasons for a failed post (``fail_reason``, or the error code), in words that
say what to change; the code itself stays in brackets."""


def reason_words(code: str) -> str:
    """A failure code in words a person can act on, with the code for support."""
    return f"{REASONS[code]} ({code})" if code in REASONS else code


DONE = "PUBLISH_COMPLETE"
FAILED = "FAILED"


def _error(response: httpx.Response) -> tuple[str, str]:
    """``(code, message)`` of TikTok's ``{"error": {"code", "message"}}``; ``("", "")``."""
    body = kit.json_body(response)
    error = body.get("error") if isinstance(body, dict) else None
    if isinstance(error, dict):
        return str(error.get("code", "")), str(error.get("message", ""))
    return "", ""


def _said(body: Any) -> str | None:
    error = body.get("error") if isinstance(body, dict) else None
    if isinstance(error, dict) and error.get("code"):
        code = str(error["code"])
        if code in REASONS:
            return f"{REASONS[code]}; TikTok said: {error.get('message') or code} ({code})"
        return f"{error.get('message') or code} ({code})"
    return kit.message_of(body)


def _kind(body: Any) -> kit.ErrorKind | None:
    error = body.get("error") if isinstance(body, dict) else None
    code = str(error.get("code", "")) if isinstance(error, dict) else ""
    if code in RATE_CODES:
        return "rate"
    if code in AUTH_CODES:
        return "auth"
    return "rejected" if code not in ("", "ok") else None


TIKTOK = kit.Network(
    "TikTok",
    said=_said,
    kind=_kind,
    rate_wait=timedelta(seconds=60),
    auth_words="refused the token",
)
"""TikTok's answers: ``{"data", "error": {"code", "message"}}``, where ``code`` is ``ok`` on
success and says what went wrong otherwise, sometimes behind an HTTP 200."""


def raise_for(
    response: httpx.Response, *, posting: bool, started: str | None = None
) -> dict[str, Any]:
    """The ``data`` of a TikTok answer, or the core's error kind for it. ``posting`` marks the
    init request, the one that starts a post; ``started`` is the publish_id when the post is
    already started and only its status was asked."""
    code, _ = _error(response)
    body = kit.json_body(response)
    if response.status_code < 300 and isinstance(body, dict) and code in ("ok", ""):
        data = body.get("data")
        if isinstance(data, dict):
            return data
    if code == "privacy_level_option_mismatch":
        raise kit.Rejected(
            f"TikTok refused the privacy level: {TIKTOK.words(response)}. {UNAUDITED}"
        )
    if code in POSTING_CAPS:
        raise kit.RetryLater(
            f"TikTok's limit on this account's posts is reached ({TIKTOK.words(response)}); "
            f"trying again in an hour; {kit.NOTHING_YET}",
            kit.after(CAP_WAIT.total_seconds()),
        )
    TIKTOK.raise_for_status(response, creates=posting, after=_so_far(started))
    raise TIKTOK.unclear(response, creates=posting, after=_so_far(started))


def _so_far(started: str | None) -> str:
    """What a failed request that is not the init leaves behind, in words."""
    if started:
        return (
            f"the post is started at TikTok ({started}) and only its status could not be read; "
            "the status is asked again at the next attempt, the post is never started twice"
        )
    return kit.NOTHING_YET


def utf16_units(text: str) -> int:
    return len(unicodedata.normalize("NFC", text).encode("utf-16-le")) // 2


def cut_to_units(text: str, limit: int) -> str:
    """``text`` (NFC) cut to at most ``limit`` UTF-16 units, never inside a character."""
    text = unicodedata.normalize("NFC", text)
    units = 0
    for index, char in enumerate(text):
        units += 2 if ord(char) > 0xFFFF else 1
        if units > limit:
            return text[:index]
    return text


def photo_title_and_description(text: str) -> tuple[str, str]:
    """A photo post's title and description from one text, nothing said twice: the first
    line is the title and the rest the description; a first line too long for a title is
    shortened at a word with an ellipsis, and the description then keeps the whole text."""
    text = text.strip()
    first, _, rest = text.partition("\n")
    first, rest = first.strip(), rest.strip()
    if utf16_units(first) <= MAX_PHOTO_TITLE:
        return first, cut_to_units(rest, MAX_PHOTO_DESCRIPTION)
    title = ""
    for word in first.split():
        longer = f"{title} {word}".strip()
        if utf16_units(longer + ELLIPSIS) > MAX_PHOTO_TITLE:
            break
        title = longer
    if not title:
        title = first
        while utf16_units(title + ELLIPSIS) > MAX_PHOTO_TITLE:
            title = title[:-1]
    return title.rstrip(" ,;:-–—") + ELLIPSIS, cut_to_units(text, MAX_PHOTO_DESCRIPTION)


class TikTok(kit.Channel):
    name = "tiktok"
    title = "TikTok"
    default_base_url = "https://open.tiktokapis.com"
    api_version = API_VERSION
    capabilities = kit.can("publish", "reconcile", "metrics")
    metrics_offered = ("likes", "comments", "shares", "views")
    account_metrics_offered = ("followers",)
    metrics_note = (
        "TikTok's Display API gives likes, comments, shares and views of public videos "
        "(scope video.list); a post still private or in the drafts has none, reach and "
        "saves are not given; followers need user.info.stats and are read as they stand"
    )
    listening_note = (
        "TikTok's API gives no comments or messages to apps like this one; read them, and "
        "answer, in the TikTok app."
    )
    credentials = (
        kit.Field("access_token", "Access token", "a user token with video.publish (lives 24 h)"),
        kit.Field("client_key", "Client key", "the app's client key, to refresh", required=False),
        kit.Field("client_secret", "Client secret", "the app's client secret", required=False),
        kit.Field(
            "refresh_token", "Refresh token", "lives a year; renews the 24 h token", required=False
        ),
    )
    settings = (
        kit.Field(
            "privacy_level",
            "Privacy level",
            "PUBLIC_TO_EVERYONE, MUTUAL_FOLLOW_FRIENDS, FOLLOWER_OF_CREATOR or SELF_ONLY",
            required=False,
        ),
        kit.Field(
            "app_audited",
            "App audited by TikTok",
            "true once TikTok has audited the app; until then posts are private",
            required=False,
        ),
    )
    max_concurrency = 1
    credentials_help = (
        "Register an app at developers.tiktok.com with Login Kit and the Content Posting API "
        "(Direct Post), scope video.publish; authorise it as the practice's TikTok account. "
        "Access tokens last 24 hours: also give client_key, client_secret and refresh_token "
        f"(a year) so medsocial renews it. {UNAUDITED}. See docs/channels/tiktok.md."
    )
    single_chunk_max = 64_000_000
    """Videos up to this size go up in one piece; larger ones in chunks of ``chunk_bytes``."""
    chunk_bytes = 10_000_000
    status_polls = 10
    poll_seconds = 3.0

    def __init__(self) -> None:
        self._renewed: dict[str, dict[str, str]] = {}

    # Offline

    def limits(self, account: kit.Account | None = None) -> kit.Limits:
        return kit.Limits(
            max_chars=MAX_CAPTION,
            counted_as="characters (UTF-16 units; emoji count 2)",
            media=kit.MediaRule.REQUIRED,
            max_media=MAX_PHOTOS,
        )

    def count(self, text: str) -> int:
        return utf16_units(text)

    def validate(self, draft: kit.Draft, account: kit.Account | None = None) -> list[kit.Problem]:
        text = self.text_of(draft)
        problems = super().validate(kit.Draft(text, draft.media, draft.link), account)
        kinds = [kit.media_type(m) for m in draft.media]
        videos = [k for k in kinds if k in VIDEO_TYPES]
        if videos and len(kinds) > 1:
            problems.append(
                kit.Problem("TikTok takes one video, or photos: not both", field="media")
            )
        for media, kind in zip(draft.media, kinds, strict=True):
            size = kit.media_size(media) if kind in VIDEO_TYPES else None
            if size is not None and size > MAX_VIDEO_BYTES:
                problems.append(
                    kit.Problem(
                        f"{Path(media.path).name} is {size / kit.MIB / 1024:.1f} GB; TikTok "
                        "takes videos up to 4 GB: export it smaller",
                        field="media",
                    )
                )
            seconds = kit.media_duration(media) if kind in VIDEO_TYPES else None
            if seconds is not None and seconds < MIN_VIDEO_SECONDS:
                problems.append(
                    kit.Problem(
                        f"{Path(media.path).name} is {seconds:.1f} s; TikTok takes videos of "
                        f"{MIN_VIDEO_SECONDS} s or more",
                        field="media",
                    )
                )
        if not videos and draft.media:
            if self.count(text) > MAX_PHOTO_DESCRIPTION:
                problems.append(
                    kit.Problem(f"a photo post's text is at most {MAX_PHOTO_DESCRIPTION}")
                )
            for media, kind in zip(draft.media, kinds, strict=True):
                name = Path(media.path).name
                if kind not in PHOTO_TYPES:
                    problems.append(
                        kit.Problem(
                            f"{name}: TikTok photos must be JPG or WEBP (no PNG)", field="media"
                        )
                    )
                if not (media.url or "").startswith("https://"):
                    problems.append(
                        kit.Problem(
                            f"{name}: TikTok fetches photos from a public https address; give "
                            "the image's URL on the practice website",
                            field="media",
                        )
                    )
        audited = str((account.settings if account else {}).get("app_audited", "")).lower()
        if audited not in ("true", "1", "yes"):
            problems.append(kit.Problem(f"{UNAUDITED}.", severity="warning", field="privacy"))
        return problems

    text_of = staticmethod(kit.text_with_link)

    # HTTP

    def _token(self, account: kit.Account) -> str:
        renewed = self._renewed_for(account)
        return renewed.get("access_token") or account.credentials.get("access_token", "")

    def _renewed_for(self, account: kit.Account, *, again: bool = False) -> dict[str, str]:
        """The last renewal of the account's tokens: this process's, else the one a run
        kept (read from the file once, and again when ``again``: another process may have
        renewed), else nothing. A renewal made from another refresh token in secrets.toml is ignored."""
        slot = self._slot(account)
        if slot not in self._renewed or again:
            kept = self._kept(account).get() or {}
            if kept.get("access_token") or slot not in self._renewed:
                self._renewed[slot] = kept  # a miss too: the file is read once, not per request
        return self._renewed.get(slot, {})

    @staticmethod
    def _slot(account: kit.Account) -> str:
        refresh = account.credentials.get("refresh_token", "")
        return f"{account.base_url}|{hashlib.sha256(refresh.encode()).hexdigest()[:16]}"

    def _kept(self, account: kit.Account) -> kit.KeptSession:
        """The renewal kept between runs, for this address and secrets.toml refresh token."""
        return kit.kept_session(account, made_from=self._slot(account))

    def _can_renew(self, account: kit.Account) -> bool:
        c = account.credentials
        return all(c.get(k) for k in ("client_key", "client_secret", "refresh_token"))

    async def _renew(self, client: httpx.AsyncClient, account: kit.Account) -> None:
        """A new 24 h access token from the refresh token (the one kept from the last
        renewal, TikTok may rotate it), kept for the next runs; a token another process has
        just renewed is taken instead."""
        c = account.credentials
        slot = self._slot(account)
        used = self._renewed.get(slot, {}).get("access_token")
        renewed = self._renewed_for(account, again=True)
        if renewed.get("access_token") and renewed["access_token"] != used:
            return
        refresh = renewed.get("refresh_token") or c["refresh_token"]
        response = await TIKTOK.quietly(
            client.post(
                f"{account.base_url}{API}/oauth/token/",
                data={
                    "client_key": c["client_key"],
                    "client_secret": c["client_secret"],
                    "grant_type": "refresh_token",
                    "refresh_token": refresh,
                },
            ),
            "renewing the token",
            after=kit.NOTHING_YET,
        )
        body = kit.json_body(response)
        if response.status_code != 200 or not isinstance(body, dict) or "access_token" not in body:
            self._kept(account).forget()
            self._renewed.pop(slot, None)
            raise kit.AuthExpired(f"TikTok refused to renew the token: {TIKTOK.words(response)}")
        self._renewed[slot] = {
            "access_token": str(body["access_token"]),
            "refresh_token": str(body.get("refresh_token") or refresh),
        }
        self._kept(account).put(self._renewed[slot])

    async def _authorised(
        self,
        client: httpx.AsyncClient,
        account: kit.Account,
        send: Callable[[dict[str, str]], Awaitable[httpx.Response]],
    ) -> httpx.Response:
        """``send`` with the account's token; a token TikTok says is invalid (it lives 24 h:
        a started post checked the next day, counters read between posts) is renewed from
        the refresh token and the request sent once more: TikTok refused the first, so
        nothing was done."""
        response = await send({"Authorization": f"Bearer {self._token(account)}"})
        code, _ = _error(response)
        expired = code == "access_token_invalid" or (response.status_code == 401 and not code)
        if expired and self._can_renew(account):
            await self._renew(client, account)
            response = await send({"Authorization": f"Bearer {self._token(account)}"})
        return response

    async def _post(
        self,
        client: httpx.AsyncClient,
        account: kit.Account,
        path: str,
        body: dict[str, Any] | None = None,
    ) -> httpx.Response:
        def send(auth: dict[str, str]) -> Awaitable[httpx.Response]:
            return client.post(
                f"{account.base_url}{API}{path}",
                headers={**auth, "Content-Type": "application/json; charset=UTF-8"},
                json=body or {},
            )

        return await self._authorised(client, account, send)

    async def creator_info(self, client: httpx.AsyncClient, account: kit.Account) -> dict[str, Any]:
        """What this creator may post now: privacy levels, longest video, whether posting is
        allowed. TikTok requires this before every direct post."""
        response = await TIKTOK.quietly(
            self._post(client, account, "/post/publish/creator_info/query/"),
            "asking creator info",
            after=kit.NOTHING_YET,
        )
        return raise_for(response, posting=False)

    def _privacy(self, request: kit.PublishRequest, info: dict[str, Any]) -> str:
        wanted = str(
            request.draft.options.get("privacy_level")
            or request.account.settings.get("privacy_level")
            or "PUBLIC_TO_EVERYONE"
        )
        offered = [str(o) for o in info.get("privacy_level_options") or []]
        if wanted not in offered:
            if offered == [PRIVATE]:
                raise kit.Rejected(
                    f"TikTok offers this account only private posts ({PRIVATE}). {UNAUDITED}. "
                    f'To post privately meanwhile, set privacy_level = "{PRIVATE}"'
                )
            raise kit.Rejected(
                f"TikTok does not offer {wanted} for this account; it offers "
                + ", ".join(offered or ["nothing"])
            )
        return wanted

    # Publishing

    async def publish(
        self, client: httpx.AsyncClient, request: kit.PublishRequest
    ) -> kit.Published:
        publish_id = request.progress.get("publish_id")
        if publish_id:
            return await self._follow(client, request, str(publish_id))
        account = request.account
        info = await self.creator_info(client, account)
        privacy = self._privacy(request, info)
        media = request.draft.media
        is_video = len(media) == 1 and kit.media_type(media[0]) in VIDEO_TYPES
        kit.save_progress(request, {"creator_username": info.get("creator_username", "")})
        video = Path(media[0].path) if is_video else None
        if video is not None:
            self._check_duration(media[0], info)
        chunks: list[tuple[int, int]] = []
        if video is not None:
            path, body, chunks = self._video_init(request, privacy, video.stat().st_size)
        else:
            path, body = self._photo_init(request, privacy)
        kit.save_progress(request, {"init_sent_at": clock.to_iso(clock.now())})
        response = await self._post(client, account, path, body)
        data = raise_for(response, posting=True)
        if not data.get("publish_id"):
            raise kit.OutcomeUnknown("TikTok accepted the post but sent no publish_id")
        publish_id = str(data["publish_id"])
        kit.save_progress(request, {"publish_id": publish_id})
        if video is not None and chunks:
            kind = kit.media_type(media[0])
            try:
                await self._upload(client, str(data.get("upload_url", "")), video, kind, chunks)
            except kit.OutcomeUnknown as broken:
                await self._unless_incomplete(client, request, publish_id, chunks[-1][1], broken)
        return await self._follow(client, request, publish_id)

    async def _unless_incomplete(
        self,
        client: httpx.AsyncClient,
        request: kit.PublishRequest,
        publish_id: str,
        size: int,
        broken: kit.OutcomeUnknown,
    ) -> None:
        """After the upload broke off (a slow link, a lost answer): TikTok's status says how
        many bytes arrived (``uploaded_bytes``). Fewer than the video's means TikTok can never
        publish that post, so the next attempt starts a new one (``RetryLater``); otherwise
        the status decides, as for any started post (a status that cannot be read leaves the
        outcome unknown)."""
        try:
            data = await self._status(client, request.account, publish_id)
        except kit.ChannelError:
            raise broken from None
        arrived = data.get("uploaded_bytes")
        incomplete = isinstance(arrived, int) and arrived < size
        if data.get("status") != "PROCESSING_UPLOAD" or not incomplete:
            return  # all arrived, or TikTok is past the upload: its status decides
        kit.save_progress(
            request,
            {"publish_id": None, "init_sent_at": None, "abandoned_publish_id": publish_id},
        )
        raise kit.RetryLater(
            f"{broken.message}; TikTok has {arrived} of the video's {size} bytes, so that post "
            "can never go out: the upload starts again at the next attempt"
        )

    @staticmethod
    def _check_duration(video: kit.Media, info: dict[str, Any]) -> None:
        """Refuse, before a post is started, a video longer than this creator may post
        (``max_video_post_duration_sec`` from creator info)."""
        seconds = kit.media_duration(video)
        longest = info.get("max_video_post_duration_sec")
        if seconds is not None and isinstance(longest, int) and seconds > longest:
            raise kit.Rejected(
                f"the video is {seconds:.0f} s long; TikTok lets this account post videos of "
                f"up to {longest} s: shorten it"
            )

    def _video_init(
        self, request: kit.PublishRequest, privacy: str, size: int
    ) -> tuple[str, dict[str, Any], list[tuple[int, int]]]:
        if size <= self.single_chunk_max:
            chunk, count = size, 1
        else:
            chunk, count = self.chunk_bytes, size // self.chunk_bytes
        chunks = [(i * chunk, (i + 1) * chunk if i < count - 1 else size) for i in range(count)]
        options = request.draft.options
        body = {
            "post_info": {
                "title": cut_to_units(self.text_of(request.draft), MAX_CAPTION),
                "privacy_level": privacy,
                "disable_duet": bool(options.get("disable_duet", False)),
                "disable_comment": bool(options.get("disable_comment", False)),
                "disable_stitch": bool(options.get("disable_stitch", False)),
                "brand_content_toggle": bool(options.get("brand_content", False)),
                "brand_organic_toggle": bool(options.get("brand_organic", False)),
                "is_aigc": bool(options.get("is_aigc", False)),
            },
            "source_info": {
                "source": "FILE_UPLOAD",
                "video_size": size,
                "chunk_size": chunk,
                "total_chunk_count": count,
            },
        }
        return "/post/publish/video/init/", body, chunks

    def _photo_init(self, request: kit.PublishRequest, privacy: str) -> tuple[str, dict[str, Any]]:
        title, description = photo_title_and_description(self.text_of(request.draft))
        urls = [m.url for m in request.draft.media if m.url]
        if len(urls) != len(request.draft.media):
            raise kit.Rejected("TikTok fetches photos from public URLs; some images have none")
        body = {
            "media_type": "PHOTO",
            "post_mode": "DIRECT_POST",
            "post_info": {
                "title": title,
                "description": description,
                "privacy_level": privacy,
                "disable_comment": bool(request.draft.options.get("disable_comment", False)),
                "auto_add_music": True,
            },
            "source_info": {
                "source": "PULL_FROM_URL",
                "photo_cover_index": 0,
                "photo_images": urls,
            },
        }
        return "/post/publish/content/init/", body

    async def _upload(
        self,
        client: httpx.AsyncClient,
        upload_url: str,
        video: Path,
        kind: str,
        chunks: list[tuple[int, int]],
    ) -> None:
        """PUT the chunks in order, each streamed from the file and typed as the video is
        (``video/mp4``, ``video/quicktime`` or ``video/webm``). A broken upload publishes
        nothing, but the publish_id is spent: it is followed by status, never replaced by a
        second init."""
        if not upload_url:
            raise kit.OutcomeUnknown("TikTok gave no upload address for the video")
        size = chunks[-1][1]
        for start, end in chunks:
            part = kit.FileBytes(video, start, end)
            try:
                response = await client.put(
                    upload_url,
                    content=part,
                    headers={
                        "Content-Type": kind,
                        "Content-Range": f"bytes {start}-{end - 1}/{size}",
                        **part.headers,
                    },
                )
            except httpx.TransportError as exc:
                raise kit.OutcomeUnknown(
                    f"the video upload to TikTok broke off ({type(exc).__name__})"
                ) from None
            if response.status_code not in (200, 201, 206):
                raise kit.OutcomeUnknown(f"TikTok refused a video chunk: {TIKTOK.words(response)}")

    async def _status(
        self, client: httpx.AsyncClient, account: kit.Account, publish_id: str
    ) -> dict[str, Any]:
        response = await TIKTOK.quietly(
            self._post(client, account, "/post/publish/status/fetch/", {"publish_id": publish_id}),
            "checking the post",
            after=_so_far(publish_id),
        )
        return raise_for(response, posting=False, started=publish_id)

    def _published(
        self, request: kit.PublishRequest, publish_id: str, data: dict[str, Any]
    ) -> kit.Published:
        ids = data.get("publicaly_available_post_id") or []
        if not ids:
            return kit.Published(publish_id)
        user = request.progress.get("creator_username") or ""
        url = f"https://www.tiktok.com/@{user}/video/{ids[0]}" if user else None
        return kit.Published(str(ids[0]), url)

    async def _follow(
        self, client: httpx.AsyncClient, request: kit.PublishRequest, publish_id: str
    ) -> kit.Published:
        """Poll the post's status until TikTok says it is out or failed."""
        for attempt in range(self.status_polls):
            data = await self._status(client, request.account, publish_id)
            state = data.get("status")
            if state in (DONE, "SEND_TO_USER_INBOX"):
                return self._published(request, publish_id, data)
            if state == FAILED:
                kit.save_progress(request, {"publish_id": None, "failed_publish_id": publish_id})
                raise kit.Rejected(
                    f"TikTok did not publish it: {reason_words(str(data.get('fail_reason') or 'failed'))}"
                )
            if attempt + 1 < self.status_polls:
                await asyncio.sleep(self.poll_seconds)
        raise kit.RetryLater("TikTok is still processing the post; it will be checked again")

    async def find_existing(
        self, client: httpx.AsyncClient, request: kit.PublishRequest
    ) -> kit.Published | None:
        publish_id = request.progress.get("publish_id")
        if not publish_id:
            if request.progress.get("init_sent_at") and not request.progress.get(
                "failed_publish_id"
            ):
                raise kit.CannotTell(
                    "TikTok's answer to starting the post was lost, and TikTok offers no way "
                    "to look it up: check the TikTok app"
                )
            return None
        with kit.still_unknown():
            data = await self._status(client, request.account, str(publish_id))
        if data.get("status") in (DONE, "SEND_TO_USER_INBOX"):
            return self._published(request, str(publish_id), data)
        if data.get("status") == FAILED:
            return None
        raise kit.OutcomeUnknown("TikTok is still processing the post")

    async def check_account(
        self, client: httpx.AsyncClient, account: kit.Account
    ) -> kit.AccountHealth:
        def posting_as(info: dict[str, Any]) -> str:
            options = info.get("privacy_level_options") or []
            note = f"; {UNAUDITED}" if options == [PRIVATE] else ""
            return f"can post as @{info.get('creator_username', '?')}{note}"

        return await kit.account_health(self.creator_info(client, account), posting_as)

    async def read_post_metrics(
        self, client: httpx.AsyncClient, account: kit.Account, remote_ids: Sequence[str]
    ) -> list[kit.PostCounts]:
        """``POST /v2/video/query/`` twenty video ids at a time. A post known only by its
        publish_id (private, or never made public) has no video to read and is left out."""
        videos = [r for r in remote_ids if r.isdigit()]
        found: list[kit.PostCounts] = []
        for start in range(0, len(videos), VIDEO_QUERY_BATCH):
            response = await TIKTOK.quietly(
                self._post(
                    client,
                    account,
                    f"/video/query/?fields={VIDEO_FIELDS}",
                    {"filters": {"video_ids": videos[start : start + VIDEO_QUERY_BATCH]}},
                ),
                "reading video counts",
            )
            data = raise_for(response, posting=False, started="")
            for video in data.get("videos") or []:
                if not isinstance(video, dict) or video.get("id") is None:
                    continue
                found.append(kit.PostCounts(str(video["id"]), kit.counters(video, VIDEO_COUNTS)))
        return found

    async def read_account_metrics(
        self, client: httpx.AsyncClient, account: kit.Account, first: date, last: date
    ) -> list[kit.DailyCounts]:
        """``GET /v2/user/info/?fields=follower_count``: followers now, for ``last``."""

        def send(auth: dict[str, str]) -> Awaitable[httpx.Response]:
            return client.get(
                f"{account.base_url}{API}/user/info/",
                params={"fields": "follower_count"},
                headers=auth,
            )

        response = await TIKTOK.quietly(
            self._authorised(client, account, send), "reading the account's counts"
        )
        data = raise_for(response, posting=False, started="")
        followers = (data.get("user") or {}).get("follower_count")
        if not isinstance(followers, int) or followers < 0:
            return []
        return [kit.DailyCounts(last, {"followers": followers})]


VIDEO_QUERY_BATCH = 20
VIDEO_FIELDS = "id,like_count,comment_count,share_count,view_count"
VIDEO_COUNTS = (
    ("likes", "like_count"),
    ("comments", "comment_count"),
    ("shares", "share_count"),
    ("views", "view_count"),
)


@hookimpl
def register_channels(register: RegisterChannel) -> None:
    register(TikTok)
