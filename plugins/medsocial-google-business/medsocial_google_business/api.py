"""Google's side of the channel: the pinned API versions and hosts, the OAuth refresh, and
Google's JSON error envelope mapped to the core's error kinds."""

from __future__ import annotations

import time
from dataclasses import dataclass, field
from datetime import timedelta
from typing import Any

import httpx

from medsocial_tui import clock
from medsocial_tui.channel import Account, AuthExpired, OutcomeUnknown, Rejected, RetryLater
from medsocial_tui.channelkit import json_body, not_the_api, retry_after, scrub, secrets_of

POSTS_VERSION = "v4"
"""My Business API version for local posts (``base_url``)."""
INFO_VERSION = "v1"
"""Business Information API version for location data and special hours."""
DEFAULT_POSTS_URL = "https://mybusiness.googleapis.com"
DEFAULT_INFO_URL = "https://mybusinessbusinessinformation.googleapis.com"
DEFAULT_TOKEN_URL = "https://oauth2.googleapis.com/token"
NETWORK = "Google"
TOKEN_SLACK_SECONDS = 60
RATE_WAIT_SECONDS = 60


@dataclass
class Tokens:
    """Access tokens from the refresh token, per account, kept in memory until they near
    their end (about an hour). Google does not rotate refresh tokens, so two processes
    refreshing at once do no harm."""

    cache: dict[tuple[str, str], tuple[str, float]] = field(default_factory=dict)

    def key(self, account: Account) -> tuple[str, str]:
        return account.id, account.credentials.get("refresh_token", "")

    def forget(self, account: Account) -> None:
        self.cache.pop(self.key(account), None)

    async def get(self, client: httpx.AsyncClient, account: Account) -> str:
        cached = self.cache.get(self.key(account))
        if cached and cached[1] > time.monotonic():
            return cached[0]
        url = str(account.settings.get("oauth_url") or DEFAULT_TOKEN_URL)
        try:
            response = await client.post(
                url,
                data={
                    "grant_type": "refresh_token",
                    "client_id": account.credentials.get("client_id", ""),
                    "client_secret": account.credentials.get("client_secret", ""),
                    "refresh_token": account.credentials.get("refresh_token", ""),
                },
            )
        except (httpx.ConnectError, httpx.ConnectTimeout):
            raise
        except httpx.TransportError as exc:
            raise RetryLater(
                f"no answer from Google's sign-in ({type(exc).__name__}); nothing was posted"
            ) from None
        body = json_body(response)
        secrets = secrets_of(account)
        if response.status_code == 200 and isinstance(body, dict) and body.get("access_token"):
            lifetime = float(body.get("expires_in") or 3600) - TOKEN_SLACK_SECONDS
            self.cache[self.key(account)] = (
                str(body["access_token"]),
                time.monotonic() + max(lifetime, 0),
            )
            return str(body["access_token"])
        if isinstance(body, dict) and body.get("error") in (
            "invalid_grant",
            "invalid_client",
            "unauthorized_client",
        ):
            words = body.get("error_description") or body["error"]
            raise AuthExpired(scrub(f"Google refused the sign-in: {words}", secrets))
        if response.status_code == 429 or response.status_code >= 500 or response.status_code < 300:
            raise RetryLater(
                not_the_api("Google's sign-in", response),
                retry_after(response.headers)
                or (
                    clock.now() + timedelta(seconds=RATE_WAIT_SECONDS)
                    if response.status_code == 429
                    else None
                ),
            )
        raise AuthExpired(
            scrub(f"Google refused the sign-in: {not_the_api(NETWORK, response)}", secrets)
        )


def google_words(body: Any) -> tuple[str, str] | None:
    """``(status, message)`` from Google's ``{"error": {"code", "message", "status"}}``."""
    error = body.get("error") if isinstance(body, dict) else None
    if not isinstance(error, dict):
        return None
    return str(error.get("status") or ""), str(error.get("message") or "no message")


def raise_for(response: httpx.Response, account: Account, *, creates: bool) -> dict[str, Any]:
    """The JSON body of a good answer; otherwise the typed error in Google's words."""
    body = json_body(response)
    status = response.status_code
    if status < 300:
        if isinstance(body, dict):
            return body
        if not response.content and not creates:
            return {}
        if creates:
            raise OutcomeUnknown(not_the_api(NETWORK, response))
        raise RetryLater(not_the_api(NETWORK, response))
    found = google_words(body)
    words = (
        scrub(f"Google said: {found[1]} ({found[0] or status})", secrets_of(account))
        if found
        else not_the_api(NETWORK, response)
    )
    kind = found[0] if found else ""
    if status == 401 or kind == "UNAUTHENTICATED":
        raise AuthExpired(words)
    if status == 429 or kind == "RESOURCE_EXHAUSTED":
        raise RetryLater(
            words,
            retry_after(response.headers) or clock.now() + timedelta(seconds=RATE_WAIT_SECONDS),
        )
    if status >= 500:
        if creates:
            raise OutcomeUnknown(words)
        raise RetryLater(words)
    if status == 403:
        raise Rejected(
            f"{words}; check that this Google account manages the location and that "
            "Google has approved API access for the project"
        )
    if status == 404:
        raise Rejected(f"{words}; check account_id and location_id in practice.toml")
    if not found:
        raise Rejected(f"{words}; check the account's base_url")
    raise Rejected(words)
