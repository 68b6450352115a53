"""Mastodon: statuses with an Idempotency-Key, so an unanswered request is retried safely.

API: ``/api/v1`` (media upload ``/api/v2/media``), per instance; the account's ``base_url`` is
the instance (``https://mastodon.social``). Tokens do not expire; a 401 means revoked.
"""

from __future__ import annotations

import asyncio
import html
import mimetypes
import re
from datetime import timedelta
from typing import Any

import httpx
from medsocial_twitter_text import Flavour, prepare

from medsocial_mastodon.text import status_length
from medsocial_tui.channel import (
    Account,
    AccountHealth,
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
    RetryLater,
)
from medsocial_tui.channelkit import (
    NOTHING_YET,
    Network,
    Page,
    file_part,
    json_body,
    look_back,
    parse_time,
)
from medsocial_tui.hookspecs import hookimpl

API = "/api/v1"
MEDIA_API = "/api/v2/media"
INSTANCE_API = "/api/v2/instance"
DEFAULT_MAX_CHARS = 500
ALT_TEXT_LIMIT = 1500
MEDIA_POLLS = 10
MEDIA_POLL_SECONDS = 1.0
PAGE_SIZE = 40
"""Statuses a page when looking back (Mastodon's most; 20 unless asked)."""
MATCH_SKEW = timedelta(minutes=2)


def _said(body: Any) -> str | None:
    if not isinstance(body, dict):
        return None
    return str(body.get("error") or body.get("error_description") or body)


MASTODON = Network(
    "Mastodon", said=_said, reset_header="x-ratelimit-reset", auth_words="refused the token"
)
"""Mastodon's answers: ``{"error", "error_description"}`` bodies and an ISO 8601
``X-RateLimit-Reset``."""


def plain(content: str) -> str:
    """A status's HTML content as plain text, for matching what we sent."""
    text = re.sub(r"<br\s*/?>", "\n", content)
    text = re.sub(r"</p>\s*<p>", "\n\n", text)
    return " ".join(html.unescape(re.sub(r"<[^>]+>", "", text)).split())


class Mastodon(Channel):
    name = "mastodon"
    title = "Mastodon"
    default_base_url = "https://mastodon.social"
    api_version = "v1 (media v2)"
    capabilities = frozenset({Capability.PUBLISH, Capability.DELETE, Capability.RECONCILE})
    credentials = (
        Field(
            "access_token",
            "Access token",
            "from Preferences > Development > New application with write:statuses, "
            "write:media and read:statuses",
        ),
    )
    dedupes_retries = True
    max_concurrency = 2
    credentials_help = (
        "On your instance: Preferences > Development > New application; scopes write:statuses, "
        "write:media, read:statuses. Copy 'Your access token' into secrets.toml as "
        "access_token. Tokens do not expire; revoking the app stops them."
    )

    def __init__(self) -> None:
        self._max_chars: dict[str, int] = {}
        prepare(Flavour.MASTODON)

    def limits(self, account: Account | None = None) -> Limits:
        known = (
            self._max_chars.get(account.base_url, DEFAULT_MAX_CHARS)
            if account
            else DEFAULT_MAX_CHARS
        )
        return Limits(
            max_chars=known,
            counted_as="characters (a link counts 23)",
            media=MediaRule.OPTIONAL,
            max_media=4,
            alt_text=True,
        )

    def count(self, text: str) -> int:
        """As Mastodon counts: graphemes (a flag is one), every link its rules find is 23
        characters, a remote mention counts only its ``@user`` part."""
        return status_length(text)

    def validate(self, draft: Draft, account: Account | None = None) -> list[Problem]:
        problems = super().validate(self._with_link(draft), account)
        for media in draft.media:
            if len(media.alt_text) > ALT_TEXT_LIMIT:
                problems.append(
                    Problem(f"alt text over {ALT_TEXT_LIMIT} characters", field="media")
                )
            if not media.alt_text:
                problems.append(
                    Problem(
                        "add alt text so the image is described for screen readers",
                        severity="warning",
                        field="media",
                    )
                )
        return problems

    @staticmethod
    def _with_link(draft: Draft) -> Draft:
        if draft.link and draft.link not in draft.text:
            return Draft(
                text=f"{draft.text}\n\n{draft.link}".strip(),
                media=draft.media,
                link=draft.link,
                kind=draft.kind,
                options=draft.options,
            )
        return draft

    @staticmethod
    def _auth(account: Account) -> dict[str, str]:
        return {"Authorization": f"Bearer {account.credentials.get('access_token', '')}"}

    async def _upload(self, client: httpx.AsyncClient, request: PublishRequest) -> list[str]:
        """Upload each attachment once (ids are checkpointed) and wait until processed."""
        account = request.account
        ids: list[str] = list(request.progress.get("media_ids", []))
        for media in request.draft.media[len(ids) :]:
            mime = (
                media.mime_type
                or mimetypes.guess_type(str(media.path))[0]
                or "application/octet-stream"
            )
            body = file_part(
                media.path,
                name="file",
                mime=mime,
                fields={"description": media.alt_text[:ALT_TEXT_LIMIT]},
            )
            response = await client.post(
                f"{account.base_url}{MEDIA_API}",
                headers={**self._auth(account), **body.headers},
                content=body,
            )
            uploaded = MASTODON.object(response, creates=False)
            if "id" not in uploaded:
                raise RetryLater(f"Mastodon answered an upload without its id; {NOTHING_YET}")
            ids.append(str(uploaded["id"]))
            request.checkpoint({"media_ids": ids})
        for media_id in ids:
            await self._wait_processed(client, account, media_id)
        return ids

    async def _wait_processed(
        self, client: httpx.AsyncClient, account: Account, media_id: str
    ) -> None:
        for _ in range(MEDIA_POLLS):
            response = await client.get(
                f"{account.base_url}{API}/media/{media_id}", headers=self._auth(account)
            )
            if response.status_code == 200 and (json_body(response) or {}).get("url"):
                return
            if response.status_code not in (200, 206):
                MASTODON.raise_for_status(response, creates=False)
            await asyncio.sleep(MEDIA_POLL_SECONDS)
        raise RetryLater("Mastodon is still processing the attachment; trying again shortly")

    async def read_instance_limits(self, client: httpx.AsyncClient, account: Account) -> None:
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
        body = json_body(response) if response.status_code == 200 else None
        statuses = ((body or {}).get("configuration") or {}).get("statuses") or {}
        if isinstance(body, dict) and isinstance(statuses.get("max_characters"), int):
            self._max_chars[account.base_url] = statuses["max_characters"]

    async def publish(self, client: httpx.AsyncClient, request: PublishRequest) -> Published:
        account = request.account
        await self.read_instance_limits(client, account)
        used, limit = (
            self.count(self._with_link(request.draft).text),
            self.limits(account).max_chars,
        )
        if limit is not None and used > limit:
            raise Rejected(f"{used} characters; this Mastodon instance allows {limit}")
        media_ids = await self._upload(client, request) if request.draft.media else []
        form: dict[str, str | list[str]] = {
            "status": self._with_link(request.draft).text,
            "visibility": str(request.draft.options.get("visibility", "public")),
        }
        if media_ids:
            form["media_ids[]"] = media_ids
        response = await client.post(
            f"{account.base_url}{API}/statuses",
            headers={**self._auth(account), "Idempotency-Key": request.idempotency_key},
            data=form,
        )
        body = MASTODON.object(response, creates=True)
        if "id" not in body:
            raise OutcomeUnknown("Mastodon answered without a status id")
        return Published(remote_id=str(body["id"]), url=body.get("url"))

    async def find_existing(
        self, client: httpx.AsyncClient, request: PublishRequest
    ) -> Published | None:
        """The account's statuses, newest first, 40 a page going back with ``max_id``, until
        one is older than the attempt (or the list ends); matched on the text."""
        account = request.account
        me = await client.get(
            f"{account.base_url}{API}/accounts/verify_credentials", headers=self._auth(account)
        )
        me_id = MASTODON.object(me, creates=False).get("id")
        wanted = " ".join(self._with_link(request.draft).text.split())
        since = request.claimed_at - MATCH_SKEW

        async def read(max_id: str | None) -> Page:
            params: dict[str, str | int] = {"limit": PAGE_SIZE}
            if max_id:
                params["max_id"] = max_id
            statuses = await client.get(
                f"{account.base_url}{API}/accounts/{me_id}/statuses",
                headers=self._auth(account),
                params=params,
            )
            items = MASTODON.json(statuses, creates=False)
            if not isinstance(items, list):
                raise OutcomeUnknown("Mastodon's list of statuses was unreadable")
            last = items[-1].get("id") if items and isinstance(items[-1], dict) else None
            return Page(items, str(last) if last else None)

        def ours(status: Any) -> Published | None:
            if not isinstance(status, dict) or plain(status.get("content", "")) != wanted:
                return None
            created = parse_time(status.get("created_at"))
            if created is not None and created < since:
                return None
            return Published(remote_id=str(status["id"]), url=status.get("url"))

        return await look_back(
            self.title,
            read,
            since=since,
            created_of=lambda status: (
                parse_time(status.get("created_at")) if isinstance(status, dict) else None
            ),
            match=ours,
        )

    async def delete(self, client: httpx.AsyncClient, account: Account, remote_id: str) -> None:
        response = await client.delete(
            f"{account.base_url}{API}/statuses/{remote_id}", headers=self._auth(account)
        )
        MASTODON.raise_for_status(response, creates=False)

    async def check_account(self, client: httpx.AsyncClient, account: Account) -> AccountHealth:
        try:
            me = await client.get(
                f"{account.base_url}{API}/accounts/verify_credentials", headers=self._auth(account)
            )
            who = MASTODON.object(me, creates=False)
            self._max_chars.pop(account.base_url, None)
            await self.read_instance_limits(client, account)
            return AccountHealth(True, f"signed in as @{who.get('acct', '?')}")
        except (AuthExpired, Rejected, OutcomeUnknown, RetryLater) as exc:
            return AccountHealth(False, exc.message)


@hookimpl
def register_channels(register) -> None:
    register(Mastodon)
