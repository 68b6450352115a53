"""Chores every channel plugin repeats, done once: reading an answer that may not be the
API's (a proxy's HTML page, a truncated body), reading ``Retry-After`` in both its forms, and
keeping tokens out of the words people see.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from datetime import UTC, datetime, timedelta
from email.utils import parsedate_to_datetime
from typing import Any

import httpx

from medsocial_tui import clock
from medsocial_tui.channel import Account

HIDDEN = "[hidden]"
_TOKEN_PARAMS = re.compile(
    r"(?i)\b(access_token|refresh_token|client_secret|input_token|fb_exchange_token|key)=[^&\s\"']+"
)
_BEARER = re.compile(r"(?i)\bbearer\s+[A-Za-z0-9._~+/=-]+")


def json_body(response: httpx.Response) -> Any | None:
    """The decoded JSON body, or None when the body is not JSON (an HTML page, garbage)."""
    try:
        return response.json()
    except (ValueError, UnicodeDecodeError):
        return None


def body_kind(response: httpx.Response) -> str:
    """The body's media type in words, for messages: ``text/html``, ``an empty``."""
    if not response.content:
        return "an empty"
    kind = response.headers.get("content-type", "").split(";")[0].strip()
    return f"a {kind}" if kind else "an untyped"


def unlike_the_api(response: httpx.Response) -> str:
    """Words for an answer that is not the API's own (usually a proxy or a wrong base_url),
    without the network's name: for messages that already say who answered
    ("X answered HTTP 502 with a text/html body instead of the API's answer")."""
    return (
        f"HTTP {response.status_code} with {body_kind(response)} body instead of the API's answer"
    )


def not_the_api(network: str, response: httpx.Response) -> str:
    """The same words as a whole sentence that names who answered."""
    return f"{network} answered {unlike_the_api(response)}"


def retry_after(headers: Mapping[str, str], now: datetime | None = None) -> datetime | None:
    """When ``Retry-After`` says to come back: delay-seconds or an HTTP-date (RFC 9110)."""
    value = (headers.get("retry-after") or "").strip()
    if not value:
        return None
    now = now or clock.now()
    if value.isdigit():
        return now + timedelta(seconds=int(value))
    try:
        moment = parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return None
    return moment if moment.tzinfo else moment.replace(tzinfo=UTC)


def reset_at(headers: Mapping[str, str], name: str) -> datetime | None:
    """When a rate-limit window ends: the network's own Unix-seconds ``name`` header, else a
    ``Retry-After`` (a proxy in front of the API may send one), else None."""
    value = (headers.get(name) or "").strip()
    if value.isdigit():
        return datetime.fromtimestamp(int(value), UTC)
    return retry_after(headers)


def after(seconds: float, now: datetime | None = None) -> datetime:
    return (now or clock.now()) + timedelta(seconds=seconds)


def secrets_of(account: Account | None) -> list[str]:
    """The account's credential values worth hiding (very short ones would hide words)."""
    if account is None:
        return []
    return [v for v in account.credentials.values() if isinstance(v, str) and len(v) >= 6]


def scrub(text: str, secrets: Iterable[str] = ()) -> str:
    """``text`` without tokens: known secret values, ``access_token=…`` style parameters and
    bearer headers are replaced by a marker."""
    for secret in sorted(set(secrets), key=len, reverse=True):
        text = text.replace(secret, HIDDEN)
    text = _TOKEN_PARAMS.sub(lambda m: f"{m.group(1)}={HIDDEN}", text)
    return _BEARER.sub(f"Bearer {HIDDEN}", text)
