"""Google's side of the channel: the pinned API versions and hosts, the OAuth refresh, and
Google's JSON error envelope mapped to the core's error kinds."""

from __future__ import annotations

import time
from dataclasses import dataclass, field
from datetime import timedelta
from typing import Any

import httpx

from medsocial_tui import channelkit as kit
from medsocial_tui import clock

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

    def key(self, account: kit.Account) -> tuple[str, str]:
        return account.id, account.credentials.get("refresh_token", "")

    def forget(self, account: kit.Account) -> None:
        self.cache.pop(self.key(account), None)

    async def get(self, client: httpx.AsyncClient, account: kit.Account) -> str:
        cached = self.cache.get(self.key(account))
        if cached and cached[1] > time.monotonic():
            return cached[0]
        url = str(account.settings.get("oauth_url") or DEFAULT_TOKEN_URL)
        response = await GOOGLE.sending(
            client.post(
                url,
                data={
                    "grant_type": "refresh_token",
                    "client_id": account.credentials.get("client_id", ""),
                    "client_secret": account.credentials.get("client_secret", ""),
                    "refresh_token": account.credentials.get("refresh_token", ""),
                },
            ),
            "signing in",
            creates=False,
        )
        body = kit.json_body(response)
        secrets = kit.secrets_of(account)
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
            raise kit.AuthExpired(kit.scrub(f"Google refused the sign-in: {words}", secrets))
        if response.status_code == 429 or response.status_code >= 500 or response.status_code < 300:
            raise kit.RetryLater(
                kit.not_the_api("Google's sign-in", response),
                kit.retry_after(response.headers)
                or (
                    clock.now() + timedelta(seconds=RATE_WAIT_SECONDS)
                    if response.status_code == 429
                    else None
                ),
            )
        raise kit.AuthExpired(
            kit.scrub(f"Google refused the sign-in: {kit.not_the_api(NETWORK, response)}", secrets)
        )


def google_words(body: Any) -> tuple[str, str] | None:
    """``(status, message)`` from Google's ``{"error": {"code", "message", "status"}}``."""
    error = body.get("error") if isinstance(body, dict) else None
    if not isinstance(error, dict):
        return None
    return str(error.get("status") or ""), str(error.get("message") or "no message")


def _said(body: Any) -> str | None:
    found = google_words(body)
    if not found:
        return None
    return f"{found[1]} ({found[0]})" if found[0] else found[1]


def _kind(body: Any) -> kit.ErrorKind | None:
    found = google_words(body)
    status = found[0] if found else ""
    if status == "UNAUTHENTICATED":
        return "auth"
    if status == "RESOURCE_EXHAUSTED":
        return "rate"
    return None


GOOGLE = kit.Network(
    NETWORK,
    said=_said,
    kind=_kind,
    rate_wait=timedelta(seconds=RATE_WAIT_SECONDS),
    auth_words="refused the sign-in",
)
"""Google's answers: ``{"error": {"code", "message", "status"}}``, ``status`` naming the kind
(``UNAUTHENTICATED``, ``RESOURCE_EXHAUSTED``)."""

HINTS = {
    403: "check that this Google account manages the location and that Google has approved "
    "API access for the project",
    404: "check account_id and location_id in practice.toml",
}


NOT_APPROVED = (
    "Google has not approved this project's Business Profile API access yet (its quota is "
    "0), so nothing can be sent or read: ask for access with Google's access request form "
    "(docs/channels/google_business.md, step 1), then try again"
)


def _quota_is_zero(body: Any) -> bool:
    """Whether a ``RESOURCE_EXHAUSTED`` answer names a quota whose limit is 0 (the
    ``google.rpc.ErrorInfo`` detail's ``quota_limit_value``): Google's sign that the
    project's API access is not approved, which no wait ends."""
    error = body.get("error") if isinstance(body, dict) else None
    details = error.get("details") if isinstance(error, dict) else None
    for detail in details if isinstance(details, list) else []:
        metadata = detail.get("metadata") if isinstance(detail, dict) else None
        if isinstance(metadata, dict) and str(metadata.get("quota_limit_value")) == "0":
            return True
    return False


def raise_for(response: httpx.Response, account: kit.Account, *, creates: bool) -> dict[str, Any]:
    """The JSON body of a good answer (``{}`` for an empty one, except to the request that
    creates); otherwise the typed error in Google's words, with what to check for a 403 or
    404 that Google itself sent, and a quota of 0 said as the unapproved access it is."""
    body = kit.json_body(response)
    status = response.status_code
    if status == 429 and _quota_is_zero(body):
        raise kit.Rejected(f"{NOT_APPROVED} ({GOOGLE.words(response, account)})")
    if status in HINTS and google_words(body) and _kind(body) is None:
        raise kit.Rejected(f"Google said no: {GOOGLE.words(response, account)}; {HINTS[status]}")
    if status < 300 and not response.content and not creates:
        return {}
    return GOOGLE.object(response, creates=creates, account=account)
