"""Mastodon: statuses with an Idempotency-Key, so an unanswered request is retried safely.

API: ``/api/v1`` (media upload ``/api/v2/media``), per instance; the account's ``base_url`` is
the instance (``https://mastodon.social``). Tokens do not expire; a 401 means revoked.
"""

from __future__ import annotations

import asyncio
import hashlib
import html
import re
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path
from typing import Any

import httpx
from medsocial_twitter_text import Flavour, prepare

from medsocial_mastodon.text import URL_WEIGHT, status_length, without_domains
from medsocial_tui import channelkit as kit
from medsocial_tui import clock
from medsocial_tui.hookspecs import RegisterChannel, hookimpl

API = "/api/v1"
MEDIA_API = "/api/v2/media"
INSTANCE_API = "/api/v2/instance"
DEFAULT_MAX_CHARS = 500
ALT_TEXT_LIMIT = 1500
MEDIA_POLLS = 10
DEFAULT_IMAGE_BYTES = 16_777_216
DEFAULT_VIDEO_BYTES = 103_809_024
DEFAULT_IMAGE_PIXELS = 33_177_600
"""Mastodon's default media size limits (bytes; an image's width times height), until the
instance says its own."""
MANY_STATUSES = 20
"""Statuses one ``GET /api/v1/statuses?id[]=`` may ask for."""
MEDIA_POLL_SECONDS = 1.0
PAGE_SIZE = 40
"""Statuses a page when looking back (Mastodon's most; 20 unless asked)."""
MATCH_SKEW = timedelta(minutes=2)
KEY_TRUSTED = timedelta(minutes=50)
"""How long after the first send a resend may rely on the Idempotency-Key alone: Mastodon
keeps a key "for up to 1 hour" (less a margin for the two clocks); after that the same key
makes a second status, so the account's statuses are read first."""
NOTIFICATIONS_PAGE = 40
"""Notifications a page (Mastodon gives up to 80; 40 unless asked)."""
REPLY_VISIBILITY = {"public": "public", "unlisted": "unlisted", "private": "direct"}
"""The visibility of a reply to a status of this visibility: never wider than what it
answers; a followers-only status is answered in private to its author alone (the practice's
followers are not the author's), and a direct message stays direct."""


def _said(body: Any) -> str | None:
    if not isinstance(body, dict):
        return None
    return str(body.get("error") or body.get("error_description") or body)


@dataclass(frozen=True)
class MediaRules:
    """What an instance takes as attachments: how many a post, which types (None: it did
    not say, none is refused), the largest image and video, the most pixels an image may
    have, the longest description."""

    max_media: int = 4
    types: tuple[str, ...] | None = None
    image_bytes: int = DEFAULT_IMAGE_BYTES
    video_bytes: int = DEFAULT_VIDEO_BYTES
    image_pixels: int = DEFAULT_IMAGE_PIXELS
    described: int = ALT_TEXT_LIMIT

    @classmethod
    def of(cls, media: dict[str, Any], statuses: dict[str, Any]) -> MediaRules:
        """From the instance API's ``configuration.media_attachments`` and ``statuses``."""
        types = media.get("supported_mime_types")
        return cls(
            max_media=_int(statuses.get("max_media_attachments"), cls.max_media),
            types=tuple(types) if isinstance(types, list) else None,
            image_bytes=_int(media.get("image_size_limit"), cls.image_bytes),
            video_bytes=_int(media.get("video_size_limit"), cls.video_bytes),
            image_pixels=_int(media.get("image_matrix_limit"), cls.image_pixels),
            described=_int(media.get("description_limit"), cls.described),
        )


DEFAULT_RULES = MediaRules()

MASTODON = kit.Network(
    "Mastodon", said=_said, reset_header="x-ratelimit-reset", auth_words="refused the token"
)
"""Mastodon's answers: ``{"error", "error_description"}`` bodies and an ISO 8601
``X-RateLimit-Reset``."""


def plain(content: str) -> str:
    """A status's HTML content as plain text, for matching what we sent."""
    text = re.sub(r"<br\s*/?>", "\n", content)
    text = re.sub(r"</p>\s*<p>", "\n\n", text)
    return " ".join(html.unescape(re.sub(r"<[^>]+>", "", text)).split())


def _comparable(text: str) -> str:
    """A status's text reduced for matching what was sent with what Mastodon shows: a
    mention as its ``@user`` part (Mastodon shows a known account so), whitespace
    collapsed."""
    return " ".join(without_domains(text).split())


class Mastodon(kit.Channel):
    name = "mastodon"
    title = "Mastodon"
    default_base_url = "https://mastodon.social"
    api_version = "v1 (media v2)"
    capabilities = kit.can("publish", "delete", "reconcile", "listen", "reply", "metrics")
    metrics_offered = ("likes", "shares", "comments")
    account_metrics_offered = ("followers",)
    metrics_note = (
        "Mastodon gives no views, reach or clicks to anyone; favourites, boosts and replies "
        "are counted on the practice's own instance (other servers' counts may lag); "
        "followers are read as they stand when fetched, with no history"
    )
    credentials = (
        kit.Field(
            "access_token",
            "Access token",
            "from Preferences > Development > New application with write:statuses, "
            "write:media, read:statuses and read:notifications",
        ),
    )
    dedupes_retries = True
    max_concurrency = 2
    credentials_help = (
        "On your instance: Preferences > Development > New application; scopes write:statuses, "
        "write:media, read:statuses, read:notifications (for the inbox). Copy 'Your access token' into secrets.toml as "
        "access_token. Tokens do not expire; revoking the app stops them."
    )

    def __init__(self) -> None:
        self._max_chars: dict[str, int] = {}
        self._url_weights: dict[str, int] = {}
        """Per instance, what a link counts (``characters_reserved_per_url``)."""
        self._media_rules: dict[str, MediaRules] = {}
        """Per instance, what its instance API says about attachments."""
        self._ids: dict[str, str] = {}
        self._software: dict[str, str] = {}
        """Per instance, the ``source_url`` its instance API states (the server's code)."""

    def warm_up(self) -> None:
        prepare(Flavour.MASTODON)  # the link patterns: a tenth of a second, once per process

    def limits(self, account: kit.Account | None = None) -> kit.Limits:
        known = (
            self._max_chars.get(account.base_url, DEFAULT_MAX_CHARS)
            if account
            else DEFAULT_MAX_CHARS
        )
        return kit.Limits(
            max_chars=known,
            counted_as=f"characters (a link counts {self._url_weight(account)})",
            media=kit.MediaRule.OPTIONAL,
            max_media=self._rules(account).max_media,
            alt_text=True,
        )

    def count(self, text: str) -> int:
        """As Mastodon counts: graphemes (a flag is one), every link its rules find is the
        instance's ``characters_reserved_per_url`` (23 until an instance says, or while the
        instances read disagree: publishing counts per instance), a remote mention counts
        only its ``@user`` part."""
        return status_length(text, url_weight=self._url_weight(None))

    def _url_weight(self, account: kit.Account | None) -> int:
        """What a link counts on ``account``'s instance; with no account, on the one
        instance read so far (or the instances read, when they agree)."""
        if account is not None:
            return self._url_weights.get(account.base_url, URL_WEIGHT)
        known = set(self._url_weights.values())
        return known.pop() if len(known) == 1 else URL_WEIGHT

    def validate(self, draft: kit.Draft, account: kit.Account | None = None) -> list[kit.Problem]:
        problems = super().validate(self._with_link(draft), account)
        problems.extend(self._media_problems(draft, account))
        return problems

    def _media_problems(self, draft: kit.Draft, account: kit.Account | None) -> list[kit.Problem]:
        """What the instance's ``media_attachments`` configuration refuses (read from the
        instance; Mastodon's defaults until then): a type it does not take, a file over its
        image or video size limit, an image of more pixels than its ``image_matrix_limit``,
        alt text over its ``description_limit``. An image without
        alt text is the core's to refuse (``Limits.alt_text``); a video or sound without one
        is only worth a word."""
        rules = self._rules(account)
        found: list[kit.Problem] = []
        for media in draft.media:
            name = Path(media.path).name
            kind = kit.media_type(media)
            if rules.types is not None and kind not in rules.types:
                found.append(
                    kit.Problem(
                        f"{name}: this Mastodon instance does not take {kind or 'this file'}",
                        field="media",
                    )
                )
            video = kind.startswith(("video/", "audio/"))
            limit = rules.video_bytes if video else rules.image_bytes
            size = kit.media_size(media)
            if size is not None and size > limit:
                found.append(
                    kit.Problem(
                        f"{name} is {size / kit.MIB:.1f} MB; this Mastodon instance takes up "
                        f"to {limit / kit.MIB:.0f} MB",
                        field="media",
                    )
                )
            pixels = None if video else kit.media_dimensions(media)
            if pixels and pixels[0] * pixels[1] > rules.image_pixels:
                found.append(
                    kit.Problem(
                        f"{name} is {pixels[0]}×{pixels[1]} pixels; this Mastodon instance "
                        f"takes images up to {rules.image_pixels / 1e6:.1f} megapixels: "
                        "export it smaller",
                        field="media",
                    )
                )
            if len(media.alt_text) > rules.described:
                found.append(
                    kit.Problem(f"alt text over {rules.described} characters", field="media")
                )
            elif video and not media.alt_text:
                found.append(
                    kit.Problem(
                        f"add alt text so {name} is described for screen readers",
                        severity="warning",
                        field="media",
                    )
                )
        return found

    @staticmethod
    def _with_link(draft: kit.Draft) -> kit.Draft:
        if draft.link and draft.link not in draft.text:
            return kit.Draft(
                text=f"{draft.text}\n\n{draft.link}".strip(),
                media=draft.media,
                link=draft.link,
                kind=draft.kind,
                options=draft.options,
            )
        return draft

    async def _upload(self, client: httpx.AsyncClient, request: kit.PublishRequest) -> list[str]:
        """Upload each attachment once (ids are checkpointed) and wait until processed."""
        account = request.account
        ids: list[str] = list(request.progress.get("media_ids", []))
        described = self._rules(account).described
        for media in request.draft.media[len(ids) :]:
            mime = kit.media_type(media, "application/octet-stream")
            body = kit.file_part(
                media.path,
                name="file",
                mime=mime,
                fields={"description": media.alt_text[:described]},
            )
            response = await MASTODON.quietly(
                client.post(
                    f"{account.base_url}{MEDIA_API}",
                    headers={**kit.bearer(account), **body.headers},
                    content=body,
                ),
                "uploading an attachment",
                after=kit.NOTHING_YET,
            )
            uploaded = MASTODON.object(response, creates=False)
            if "id" not in uploaded:
                raise kit.RetryLater(
                    f"Mastodon answered an upload without its id; {kit.NOTHING_YET}"
                )
            ids.append(str(uploaded["id"]))
            request.checkpoint({"media_ids": ids})
        for media_id in ids:
            await self._wait_processed(client, account, media_id)
        return ids

    async def _wait_processed(
        self, client: httpx.AsyncClient, account: kit.Account, media_id: str
    ) -> None:
        for _ in range(MEDIA_POLLS):
            response = await MASTODON.quietly(
                client.get(
                    f"{account.base_url}{API}/media/{media_id}", headers=kit.bearer(account)
                ),
                "checking an attachment",
                after=kit.NOTHING_YET,
            )
            if response.status_code == 200 and (kit.json_body(response) or {}).get("url"):
                return
            if response.status_code not in (200, 206):
                MASTODON.raise_for_status(response, creates=False)
            await asyncio.sleep(MEDIA_POLL_SECONDS)
        raise kit.RetryLater("Mastodon is still processing the attachment; trying again shortly")

    async def read_instance_limits(self, client: httpx.AsyncClient, account: kit.Account) -> None:
        """Learn the instance's character limit once per run (a public, unauthenticated
        read); when the instance does not say, the default stays."""
        if account.base_url in self._max_chars:
            return
        try:
            response = await client.get(f"{account.base_url}{INSTANCE_API}")
        except (httpx.ConnectError, httpx.ConnectTimeout):
            raise
        except httpx.HTTPError:
            return
        body = kit.json_body(response) if response.status_code == 200 else None
        statuses = ((body or {}).get("configuration") or {}).get("statuses") or {}
        if isinstance(body, dict) and isinstance(statuses.get("max_characters"), int):
            self._max_chars[account.base_url] = statuses["max_characters"]
        if isinstance(body, dict):
            self._software[account.base_url] = str(body.get("source_url") or "")
        reserved = statuses.get("characters_reserved_per_url")
        if isinstance(reserved, int) and not isinstance(reserved, bool) and reserved >= 0:
            self._url_weights[account.base_url] = reserved
        media = ((body or {}).get("configuration") or {}).get("media_attachments")
        if isinstance(body, dict):
            self._media_rules[account.base_url] = MediaRules.of(
                media if isinstance(media, dict) else {}, statuses
            )

    def keeps_keys(self, account: kit.Account) -> bool:
        """Whether a repeat may rely on the Idempotency-Key: the instance says it runs
        Mastodon (or a fork of it, ``…/mastodon``). Other servers speaking its API may not
        keep keys (GoToSocial was asked to in #2723), nor may one that did not say: for
        them a repeat is sent only once the account's statuses show none."""
        return self._software.get(account.base_url, "").rstrip("/").endswith("/mastodon")

    def _rules(self, account: kit.Account | None) -> MediaRules:
        """What ``account``'s instance said about attachments (Mastodon's defaults until it
        has been read, or with no account)."""
        return self._media_rules.get(account.base_url, DEFAULT_RULES) if account else DEFAULT_RULES

    async def publish(
        self, client: httpx.AsyncClient, request: kit.PublishRequest
    ) -> kit.Published:
        account = request.account
        await self.read_instance_limits(client, account)
        used, limit = (
            status_length(
                self._with_link(request.draft).text, url_weight=self._url_weight(account)
            ),
            self.limits(account).max_chars,
        )
        if limit is not None and used > limit:
            raise kit.Rejected(f"{used} characters; this Mastodon instance allows {limit}")
        allowed = self.limits(account).max_media
        if allowed is not None and len(request.draft.media) > allowed:
            raise kit.Rejected(f"this Mastodon instance takes at most {allowed} attachments")
        refused = [p.message for p in self._media_problems(request.draft, account) if p.blocking]
        if refused:
            raise kit.Rejected("; ".join(refused))
        key_kept = clock.now() - kit.first_send(request) <= KEY_TRUSTED
        repeat = kit.was_sent(request)  # before mark_first_send below makes it true
        if repeat and not (key_kept and self.keeps_keys(account)):
            with kit.still_unknown():
                found = await self._find(client, request)
            if found is not None:
                return found
        media_ids = await self._upload(client, request) if request.draft.media else []
        form: dict[str, str | list[str]] = {
            "status": self._with_link(request.draft).text,
            "visibility": str(request.draft.options.get("visibility", "public")),
        }
        if media_ids:
            form["media_ids[]"] = media_ids
        kit.mark_first_send(request)
        response = await client.post(
            f"{account.base_url}{API}/statuses",
            headers={**kit.bearer(account), "Idempotency-Key": request.idempotency_key},
            data=form,
        )
        if repeat and response.status_code >= 500:
            # mastodon#40399: an instance may answer a repeated key with a 500 instead of
            # the status it made; the status is most likely there, so look for it now
            with kit.still_unknown():
                found = await self._find(client, request)
            if found is not None:
                return found
        body = MASTODON.object(response, creates=True)
        if "id" not in body:
            raise kit.OutcomeUnknown("Mastodon answered without a status id")
        return kit.Published(remote_id=str(body["id"]), url=body.get("url"))

    async def find_existing(
        self, client: httpx.AsyncClient, request: kit.PublishRequest
    ) -> kit.Published | None:
        """The account's statuses, newest first, 40 a page going back with ``max_id``, until
        one is older than the first send (or the list ends); matched on the text."""
        with kit.still_unknown():
            return await self._find(client, request)

    async def _find(
        self, client: httpx.AsyncClient, request: kit.PublishRequest
    ) -> kit.Published | None:
        account = request.account
        me = await MASTODON.quietly(
            client.get(
                f"{account.base_url}{API}/accounts/verify_credentials", headers=kit.bearer(account)
            ),
            "reading the account",
        )
        me_id = MASTODON.object(me, creates=False).get("id")
        wanted = _comparable(self._with_link(request.draft).text)
        since = kit.first_send(request) - MATCH_SKEW

        async def read(max_id: str | None) -> kit.Page:
            params: dict[str, str | int] = {"limit": PAGE_SIZE}
            if max_id:
                params["max_id"] = max_id
            statuses = await MASTODON.quietly(
                client.get(
                    f"{account.base_url}{API}/accounts/{me_id}/statuses",
                    headers=kit.bearer(account),
                    params=params,
                ),
                "listing the account's statuses",
            )
            items = MASTODON.json(statuses, creates=False)
            if not isinstance(items, list):
                raise kit.OutcomeUnknown("Mastodon's list of statuses was unreadable")
            last = items[-1].get("id") if items and isinstance(items[-1], dict) else None
            return kit.Page(items, str(last) if last else None)

        def ours(status: Any) -> kit.Published | None:
            if not isinstance(status, dict):
                return None
            if _comparable(plain(str(status.get("content", "")))) != wanted:
                return None
            created = kit.parse_time(status.get("created_at"))
            if created is not None and created < since:
                return None
            return kit.Published(remote_id=str(status["id"]), url=status.get("url"))

        return await kit.look_back(
            self.title, read, since=since, created_of="created_at", match=ours
        )

    async def delete(self, client: httpx.AsyncClient, account: kit.Account, remote_id: str) -> None:
        response = await client.delete(
            f"{account.base_url}{API}/statuses/{remote_id}", headers=kit.bearer(account)
        )
        if response.status_code == 404 and kit.json_body(response) is not None:
            return  # "Record not found": already deleted (in the app, or a lost answer)
        MASTODON.object(response, creates=False)  # the deleted status; a page is no deletion

    async def check_account(
        self, client: httpx.AsyncClient, account: kit.Account
    ) -> kit.AccountHealth:
        async def signed_in() -> dict[str, Any]:
            me = await client.get(
                f"{account.base_url}{API}/accounts/verify_credentials", headers=kit.bearer(account)
            )
            who = MASTODON.object(me, creates=False)
            self._max_chars.pop(account.base_url, None)
            await self.read_instance_limits(client, account)
            return who

        return await kit.account_health(
            signed_in(),
            lambda who: f"signed in as @{who.get('acct', '?')}",
            failing=(kit.AuthExpired, kit.Rejected, kit.OutcomeUnknown, kit.RetryLater),
        )

    async def read_post_metrics(
        self, client: httpx.AsyncClient, account: kit.Account, remote_ids: Sequence[str]
    ) -> list[kit.PostCounts]:
        """``GET /api/v1/statuses?id[]=`` twenty at a time (Mastodon 4.3); a deleted status
        is simply not in the answer."""
        found: list[kit.PostCounts] = []
        for start in range(0, len(remote_ids), MANY_STATUSES):
            ids = remote_ids[start : start + MANY_STATUSES]
            response = await client.get(
                f"{account.base_url}{API}/statuses",
                params=[("id[]", i) for i in ids],
                headers=kit.bearer(account),
            )
            for status in _list_body(response):
                if not isinstance(status, dict) or not isinstance(status.get("id"), str):
                    continue
                found.append(
                    kit.PostCounts(
                        status["id"],
                        {
                            "likes": kit.count_of(status, "favourites_count"),
                            "shares": kit.count_of(status, "reblogs_count"),
                            "comments": kit.count_of(status, "replies_count"),
                        },
                    )
                )
        return found

    async def read_account_metrics(
        self, client: httpx.AsyncClient, account: kit.Account, first: date, last: date
    ) -> list[kit.DailyCounts]:
        """Followers as they stand now, given for ``last`` (Mastodon keeps no history)."""
        response = await client.get(
            f"{account.base_url}{API}/accounts/verify_credentials", headers=kit.bearer(account)
        )
        body = MASTODON.object(response, creates=False)
        return [kit.DailyCounts(last, {"followers": kit.count_of(body, "followers_count")})]

    # Listening: mentions and direct messages (notifications of type mention).

    async def read_activity(
        self, client: httpx.AsyncClient, account: kit.Account, cursor: str | None
    ) -> kit.ActivityPage:
        """Mention notifications newer than ``cursor`` (the last notification id read),
        oldest page first: ``min_id`` gives the page just after it. A direct message is a
        mention with visibility ``direct``, so ``/api/v1/conversations`` adds nothing;
        ``include_filtered`` keeps the ones the account's notification policy set aside
        (Mastodon 4.3+ files private mentions from strangers there)."""
        params: dict[str, str | int] = {
            "types[]": "mention",
            "limit": NOTIFICATIONS_PAGE,
            "min_id": cursor or "0",
            "include_filtered": "true",
        }
        me = await self._my_id(client, account)
        response = await self._get(client, account, f"{API}/notifications", params)
        body = _list_body(response)
        items = [a for n in body if (a := _activity(n, me)) is not None]
        ids = [int(n["id"]) for n in body if isinstance(n, dict) and str(n.get("id")).isdigit()]
        newest = str(max(ids)) if ids else cursor
        return kit.ActivityPage(
            items=sorted(items, key=lambda a: int(a.thread["notification_id"])),
            cursor=newest,
            more=bool(body),  # an instance may cap pages below the limit asked: read on until empty
        )

    async def _my_id(self, client: httpx.AsyncClient, account: kit.Account) -> str:
        """The account's own id (to tell a reply to it from a mention), read once a run."""
        key = f"{account.base_url} {account.id}"
        if key not in self._ids:
            me = await self._get(client, account, f"{API}/accounts/verify_credentials", {})
            self._ids[key] = str(MASTODON.object(me, creates=False).get("id"))
        return self._ids[key]

    async def _get(
        self, client: httpx.AsyncClient, account: kit.Account, path: str, params: dict[str, Any]
    ) -> httpx.Response:
        """A read: its 5xx and proxy pages are worth trying again later, not unknown."""
        response = await client.get(
            f"{account.base_url}{path}", headers=kit.bearer(account), params=params
        )
        MASTODON.raise_for_status(response, creates=False)
        return response

    async def reply(
        self, client: httpx.AsyncClient, account: kit.Account, item: kit.Activity, text: str
    ) -> kit.ReplySent:
        """A status ``in_reply_to_id`` the mention, addressed to its author (Mastodon
        notifies only the accounts a status mentions), never more visible than the
        mention; the Idempotency-Key is derived from the item and the text, so sending the
        same reply again within the instance's hour returns the first one."""
        status_id = item.thread.get("status_id") or item.remote_id
        visibility = REPLY_VISIBILITY.get(item.thread.get("visibility", "direct"), "direct")
        response = await client.post(
            f"{account.base_url}{API}/statuses",
            headers={**kit.bearer(account), "Idempotency-Key": _reply_key(item, text)},
            data={
                "status": _addressed(item, text),
                "in_reply_to_id": status_id,
                "visibility": visibility,
            },
        )
        body = MASTODON.object(response, creates=True)
        if "id" not in body:
            raise kit.OutcomeUnknown("Mastodon answered without a status id")
        return kit.ReplySent(remote_id=str(body["id"]), permalink=body.get("url"))

    async def find_reply(
        self, client: httpx.AsyncClient, account: kit.Account, item: kit.Activity, text: str
    ) -> kit.ReplySent | None:
        """The account's status with this text among the mention's replies
        (``/statuses/:id/context`` descendants)."""
        status_id = item.thread.get("status_id") or item.remote_id
        my_id = await self._my_id(client, account)
        response = await client.get(
            f"{account.base_url}{API}/statuses/{status_id}/context", headers=kit.bearer(account)
        )
        with kit.still_unknown():
            context = MASTODON.object(response, creates=False)
        wanted = _comparable(_addressed(item, text))
        for status in context.get("descendants") or []:
            if (
                isinstance(status, dict)
                and str((status.get("account") or {}).get("id")) == my_id
                and str(status.get("in_reply_to_id")) == status_id
                and _comparable(plain(str(status.get("content", "")))) == wanted
            ):
                return kit.ReplySent(remote_id=str(status["id"]), permalink=status.get("url"))
        return None


def _list_body(response: httpx.Response) -> list[Any]:
    """The JSON array a listing answers (statuses, notifications); anything else is the
    instance's trouble, to read again later."""
    body = MASTODON.json(response, creates=False)
    if not isinstance(body, list):
        raise MASTODON.unclear(response, creates=False)
    return body


def _activity(notification: Any, me: Any) -> kit.Activity | None:
    """One mention notification as an inbox item (a direct one is a message)."""
    if not isinstance(notification, dict) or notification.get("type") != "mention":
        return None
    status = notification.get("status")
    author = notification.get("account") or {}
    if not isinstance(status, dict) or not isinstance(author, dict) or "id" not in status:
        return None
    created = kit.parse_time(status.get("created_at")) or kit.parse_time(
        notification.get("created_at")
    )
    if created is None:
        return None
    visibility = str(status.get("visibility") or "public")
    kind = "message" if visibility == "direct" else "mention"
    if kind == "mention" and str(status.get("in_reply_to_account_id")) == str(me):
        kind = "reply"
    acct = str(author.get("acct") or author.get("username") or "")
    return kit.Activity(
        remote_id=str(status["id"]),
        kind=kind,
        author_name=str(author.get("display_name") or acct or "someone"),
        author_handle=f"@{acct}" if acct else None,
        text=plain(str(status.get("content") or "")),
        created_at=created,
        permalink=status.get("url") if isinstance(status.get("url"), str) else None,
        on_remote_id=(
            str(status["in_reply_to_id"]) if status.get("in_reply_to_id") is not None else None
        ),
        thread={
            "notification_id": str(notification.get("id")),
            "status_id": str(status["id"]),
            "visibility": visibility,
            "acct": acct,
        },
    )


def _addressed(item: kit.Activity, text: str) -> str:
    """The reply with its author's ``@acct`` in front, as Mastodon's own apps write it; a
    status reaches only the accounts it mentions."""
    acct = item.thread.get("acct", "")
    if not acct or f"@{acct}" in text:
        return text
    return f"@{acct} {text}"


def _reply_key(item: kit.Activity, text: str) -> str:
    digest = hashlib.sha256(f"{item.remote_id}\n{text}".encode()).hexdigest()[:32]
    return f"medsocial-reply-{digest}"


@hookimpl
def register_channels(register: RegisterChannel) -> None:
    register(Mastodon)


def _int(value: Any, default: int) -> int:
    """An instance setting that should be a positive number, else ``default``."""
    return value if isinstance(value, int) and value > 0 else default
