"""Example Network: a template channel plugin for medsocial.

Copy this folder, rename ``example``/``Example`` to your network, and replace the API calls
with your network's. The API this template talks to is the tiny one in ``fake.py``:
``POST /api/v1/media`` takes an image (multipart ``file`` and ``alt``), ``POST /api/v1/posts``
creates a post, ``GET /api/v1/posts`` lists recent ones, ``DELETE /api/v1/posts/{id}``
removes one, ``GET /api/v1/me`` says who the token belongs to, and ``GET``/``PUT
/api/v1/hours`` read and replace the whole list of special opening hours.

Everything every plugin needs beyond its network's own rules comes from one module,
imported as ``kit``: the channel contract (``kit.Channel``, ``kit.Account``, the errors such
as ``kit.Rejected``) and the chores every plugin would otherwise repeat.
:class:`~medsocial_tui.channelkit.Network` maps answers to the core's error kinds in the
network's words (``raise_for_status``, ``object``, ``quietly``, ``sending``), ``file_part``
streams a media file from disk, ``still_unknown`` keeps a check that cannot answer now
from reading as an answer, and ``kit.Channel.set_special_hours`` merges a day's hours into
the list a network replaces whole (the plugin only sends it: ``replace_special_hours``).
"""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

import httpx

from medsocial_tui import channelkit as kit
from medsocial_tui.hookspecs import RegisterChannel, hookimpl

API_VERSION = "v1"
"""Pin your network's API version in one place."""

MAX_IMAGE_BYTES = 5_000_000
"""The network's own limit on an image, checked offline in ``validate``."""

EXAMPLE = kit.Network("Example Network", reset_header="x-ratelimit-reset")
"""How the network answers. Its error bodies are ``{"message": ...}``, which the kit reads by
default; pass ``said=`` for another shape, ``kind=`` when error codes in the body say more
than the HTTP status (a rate limit behind a 400), and ``reset_header=`` for the header that
says when a rate limit ends."""


class ExampleChannel(kit.Channel):
    name = "example"
    title = "Example Network"
    default_base_url = "https://api.example.invalid"
    api_version = API_VERSION
    capabilities = kit.can("publish", "delete", "reconcile", "special_hours")
    credentials = (kit.Field("api_token", "API token", "Settings > Developer > New token"),)
    settings = (kit.Field("handle", "Handle", "the profile's @handle", required=False),)
    listening_note = "Example Network's API has no comments or messages; read them in its app."
    """Say where people read activity when the network gives apps none; a network that does
    can "listen" (and "reply", "hide") and implements read_activity instead."""
    credentials_help = (
        "Sign in to Example Network, open Settings > Developer, create a token with the "
        "'post' permission and put it in secrets.toml as api_token. Tokens last a year."
    )

    def limits(self, account: kit.Account | None = None) -> kit.Limits:
        return kit.Limits(max_chars=280, media=kit.MediaRule.OPTIONAL, max_media=4, alt_text=True)

    def validate(self, draft: kit.Draft, account: kit.Account | None = None) -> list[kit.Problem]:
        """The kit's checks of ``limits`` (length, how many attachments), then the network's
        own rules, offline: ``kit.media_size`` (and ``kit.media_dimensions`` for a network
        with pixel limits) read what the draft gave or the file on disk."""
        problems = super().validate(draft, account)
        for media in draft.media:
            size = kit.media_size(media)
            if size is not None and size > MAX_IMAGE_BYTES:
                name = Path(media.path).name
                problems.append(kit.Problem(f"{name} is over Example's 5 MB", field="media"))
        return problems

    def _url(self, account: kit.Account, path: str) -> str:
        return f"{account.base_url}/api/{API_VERSION}/{path}"

    async def _image(
        self, client: httpx.AsyncClient, account: kit.Account, media: kit.Media
    ) -> str:
        """Upload one image, streamed from disk (media files may be hundreds of MB)."""
        mime = kit.media_type(media, "application/octet-stream")
        body = kit.file_part(media.path, name="file", mime=mime, fields={"alt": media.alt_text})
        response = await EXAMPLE.quietly(
            client.post(
                self._url(account, "media"),
                headers={**kit.bearer(account, "api_token"), **body.headers},
                content=body,
            ),
            "uploading an image",
        )
        return str(EXAMPLE.object(response, creates=False, account=account)["id"])

    async def publish(
        self, client: httpx.AsyncClient, request: kit.PublishRequest
    ) -> kit.Published:
        account = request.account
        media_ids: list[str] = list(request.progress.get("media_ids", []))
        for media in request.draft.media[len(media_ids) :]:
            media_ids.append(await self._image(client, account, media))
            kit.save_progress(request, {"media_ids": media_ids})  # the next attempt skips these
        payload: dict[str, Any] = {"text": request.draft.text}
        if media_ids:
            payload["media_ids"] = media_ids
        response = await EXAMPLE.sending(
            client.post(
                self._url(account, "posts"), headers=kit.bearer(account, "api_token"), json=payload
            ),
            creates=True,
        )
        post = EXAMPLE.object(response, creates=True, account=account)
        return kit.Published(str(post["id"]), post.get("url"))

    async def find_existing(
        self, client: httpx.AsyncClient, request: kit.PublishRequest
    ) -> kit.Published | None:
        """The post, when the account's recent posts hold its text. A read that cannot
        answer now (a rate limit, a 5xx, a lost answer) leaves the outcome unknown."""
        account = request.account
        with kit.still_unknown():
            response = await EXAMPLE.quietly(
                client.get(self._url(account, "posts"), headers=kit.bearer(account, "api_token")),
                "reading recent posts",
            )
            posts = EXAMPLE.object(response, creates=False, account=account).get("posts", [])
        for post in posts:
            if post.get("text") == request.draft.text:
                return kit.Published(str(post["id"]), post.get("url"))
        return None

    async def delete(self, client: httpx.AsyncClient, account: kit.Account, remote_id: str) -> None:
        response = await client.delete(
            self._url(account, f"posts/{remote_id}"), headers=kit.bearer(account, "api_token")
        )
        if response.status_code == 404 and kit.json_body(response) is not None:
            return  # the API's own "no such post": gone already (a lost answer, the app)
        # the API answers {"deleted": true}: a proxy's page behind a 200 is no deletion
        EXAMPLE.object(response, creates=False, account=account)

    async def check_account(
        self, client: httpx.AsyncClient, account: kit.Account
    ) -> kit.AccountHealth:
        async def me() -> dict[str, Any]:
            response = await EXAMPLE.quietly(
                client.get(self._url(account, "me"), headers=kit.bearer(account, "api_token")),
                "reading the profile",
            )
            return EXAMPLE.object(response, creates=False, account=account)

        return await kit.account_health(
            me(),
            lambda profile: f"signed in as @{profile.get('handle', '?')}",
            failing=(kit.ChannelError,),
        )

    async def get_special_hours(
        self, client: httpx.AsyncClient, account: kit.Account
    ) -> list[kit.SpecialHours]:
        response = await client.get(
            self._url(account, "hours"), headers=kit.bearer(account, "api_token")
        )
        days = EXAMPLE.object(response, creates=False, account=account).get("days", [])
        return [hours_of(day) for day in days]

    async def replace_special_hours(
        self, client: httpx.AsyncClient, account: kit.Account, hours: list[kit.SpecialHours]
    ) -> None:
        """The network replaces the whole list: ``kit.Channel.set_special_hours`` reads it,
        merges the change in and hands the whole list here. (A network whose answer can be
        lost overrides ``set_special_hours`` to read the hours back then; see the Google
        plugin.)"""
        response = await client.put(
            self._url(account, "hours"),
            headers=kit.bearer(account, "api_token"),
            json={"days": [day_of(h) for h in hours]},
        )
        EXAMPLE.raise_for_status(response, creates=True, account=account)


def hours_of(day: dict[str, Any]) -> kit.SpecialHours:
    """One of the network's days as medsocial's ``SpecialHours``."""
    return kit.SpecialHours(
        date.fromisoformat(day["date"]),
        bool(day.get("closed")),
        day.get("opens"),
        day.get("closes"),
    )


def day_of(hours: kit.SpecialHours) -> dict[str, Any]:
    """``SpecialHours`` as one of the network's days."""
    day: dict[str, Any] = {"date": hours.day.isoformat(), "closed": hours.closed}
    if not hours.closed:
        day.update(opens=hours.opens, closes=hours.closes)
    return day


@hookimpl
def register_channels(register: RegisterChannel) -> None:
    register(ExampleChannel)
