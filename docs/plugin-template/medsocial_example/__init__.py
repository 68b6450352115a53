"""Example Network: a template channel plugin for medsocial.

Copy this folder, rename ``example``/``Example`` to your network, and replace the API calls
with your network's. The API this template talks to is the tiny one in ``fake.py``:
``POST /api/v1/posts`` creates a post, ``GET /api/v1/posts`` lists recent ones,
``DELETE /api/v1/posts/{id}`` removes one, ``GET /api/v1/me`` says who the token belongs to.
"""

from __future__ import annotations

import httpx

from medsocial_tui.channel import (
    Account,
    AccountHealth,
    AuthExpired,
    Capability,
    Channel,
    ChannelError,
    Field,
    Limits,
    MediaRule,
    OutcomeUnknown,
    Published,
    PublishRequest,
    Rejected,
    RetryLater,
)
from medsocial_tui.channelkit import json_body, not_the_api, retry_after, scrub, secrets_of
from medsocial_tui.hookspecs import hookimpl

API_VERSION = "v1"
"""Pin your network's API version in one place."""


class ExampleChannel(Channel):
    name = "example"
    title = "Example Network"
    default_base_url = "https://api.example.invalid"
    api_version = API_VERSION
    capabilities = frozenset({Capability.PUBLISH, Capability.DELETE, Capability.RECONCILE})
    credentials = (Field("api_token", "API token", "Settings > Developer > New token"),)
    settings = (Field("handle", "Handle", "the profile's @handle", required=False),)
    listening_note = "Example Network's API has no comments or messages; read them in its app."
    """Say where people read activity when the network gives apps none; a network that does
    declares Capability.LISTEN (and REPLY, HIDE) and implements read_activity instead."""
    credentials_help = (
        "Sign in to Example Network, open Settings > Developer, create a token with the "
        "'post' permission and put it in secrets.toml as api_token. Tokens last a year."
    )

    def limits(self, account: Account | None = None) -> Limits:
        return Limits(max_chars=280, media=MediaRule.NONE, max_media=0)

    def _url(self, account: Account, path: str) -> str:
        return f"{account.base_url}/api/{API_VERSION}/{path}"

    def _headers(self, account: Account) -> dict[str, str]:
        return {"Authorization": f"Bearer {account.credentials.get('api_token', '')}"}

    def _read(self, response: httpx.Response, account: Account, *, creates: bool) -> dict:
        """Map the network's answer to the core's error kinds, in the network's words."""
        body = json_body(response)
        status = response.status_code
        if status < 300 and isinstance(body, dict):
            return body
        said = body.get("message") if isinstance(body, dict) else None
        words = (
            scrub(f"Example Network said: {said}", secrets_of(account))
            if said
            else not_the_api("Example Network", response)
        )
        if status == 401:
            raise AuthExpired(words)
        if status == 429:
            raise RetryLater(words, retry_after(response.headers))
        if status < 300 or status >= 500:
            if creates:
                raise OutcomeUnknown(words)
            raise RetryLater(words)
        raise Rejected(words)

    async def publish(self, client: httpx.AsyncClient, request: PublishRequest) -> Published:
        account = request.account
        try:
            response = await client.post(
                self._url(account, "posts"),
                headers=self._headers(account),
                json={"text": request.draft.text},
            )
        except httpx.TimeoutException:
            raise OutcomeUnknown("no answer from Example Network after sending") from None
        post = self._read(response, account, creates=True)
        return Published(str(post["id"]), post.get("url"))

    async def find_existing(
        self, client: httpx.AsyncClient, request: PublishRequest
    ) -> Published | None:
        account = request.account
        response = await client.get(self._url(account, "posts"), headers=self._headers(account))
        for post in self._read(response, account, creates=False).get("posts", []):
            if post.get("text") == request.draft.text:
                return Published(str(post["id"]), post.get("url"))
        return None

    async def delete(self, client: httpx.AsyncClient, account: Account, remote_id: str) -> None:
        response = await client.delete(
            self._url(account, f"posts/{remote_id}"), headers=self._headers(account)
        )
        self._read(response, account, creates=False)

    async def check_account(self, client: httpx.AsyncClient, account: Account) -> AccountHealth:
        try:
            response = await client.get(self._url(account, "me"), headers=self._headers(account))
            me = self._read(response, account, creates=False)
        except ChannelError as exc:
            return AccountHealth(False, exc.message)
        return AccountHealth(True, f"signed in as @{me.get('handle', '?')}")


@hookimpl
def register_channels(register) -> None:
    register(ExampleChannel)
