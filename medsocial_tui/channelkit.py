"""Chores every channel plugin repeats, done once: reading an answer that may not be the
API's (a proxy's HTML page, a truncated body), reading ``Retry-After`` in both its forms,
keeping tokens out of the words people see, and paging back through an account's posts far
enough to prove an unanswered post absent.
"""

from __future__ import annotations

import asyncio
import base64
import binascii
import json
import re
from collections.abc import Awaitable, Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from email.utils import parsedate_to_datetime
from typing import Any

import httpx

from medsocial_tui import clock
from medsocial_tui.channel import Account, CannotTell, Published

HIDDEN = "[hidden]"
_TOKEN_PARAMS = re.compile(
    r"(?i)\b(access_token|refresh_token|client_secret|input_token|fb_exchange_token|key)=[^&\s\"']+"
)
_BEARER = re.compile(r"(?i)\bbearer\s+[A-Za-z0-9._~+/=-]+")
_SECRET_FIELD = re.compile(r"(?i)token|secret|password|passwd|key|assertion|code_verifier")
_OAUTH_PARAM = re.compile(r'(\w+)="([^"]*)"')


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


def _authorization_secrets(value: str) -> list[str]:
    scheme, _, rest = value.strip().partition(" ")
    found = [value.strip(), rest.strip()]
    if scheme.lower() == "basic":
        try:
            pair = base64.b64decode(rest.strip(), validate=True).decode("utf-8")
        except (binascii.Error, UnicodeDecodeError):
            pair = ""
        found.extend([pair, *pair.split(":", 1)] if pair else [])
    elif scheme.lower() == "oauth":
        found.extend(v for k, v in _OAUTH_PARAM.findall(rest) if k != "oauth_signature_method")
    return found


def request_secrets(request: httpx.Request) -> list[str]:
    """The credentials a request carried: its ``Authorization`` header (a bearer token, the
    user and password of Basic, the OAuth 1 token and key), and the token-, secret- and
    password-like fields of its query string and of a small form or JSON body."""
    found: list[str] = []
    auth = request.headers.get("authorization")
    if auth:
        found.extend(_authorization_secrets(auth))
    found.extend(v for k, v in request.url.params.multi_items() if _SECRET_FIELD.search(k))
    ctype = request.headers.get("content-type", "")
    try:
        content = request.content
    except httpx.RequestNotRead:
        content = b""
    if content and len(content) < 65536:
        fields: Any = {}
        if "json" in ctype:
            try:
                fields = json.loads(content)
            except ValueError:
                fields = {}
        elif "x-www-form-urlencoded" in ctype:
            fields = dict(httpx.QueryParams(content.decode("utf-8", "replace")).multi_items())
        if isinstance(fields, dict):
            found.extend(
                v for k, v in fields.items() if _SECRET_FIELD.search(str(k)) and isinstance(v, str)
            )
    return [f for f in found if len(f) >= 6]


def without_credentials(text: str, response: httpx.Response) -> str:
    """A network's words about ``response`` with every credential its request carried
    hidden: some networks quote the token back in their error text."""
    try:
        request = response.request
    except RuntimeError:
        return scrub(text)
    return scrub(text, request_secrets(request))


# Proving a post absent by paging back through the account's posts.

MAX_PAGES = 10
"""Pages read back through an account's posts before a person is asked instead: a busy
day of a practice fits (10 pages of 20 to 100 posts), and a reconcile never walks a whole
history."""


@dataclass(frozen=True)
class Page:
    """One page of an account's posts, newest first, and the cursor to the next (older)
    page: a URL, a token, an id, an offset; None when the listing ends here."""

    posts: Sequence[Any]
    next: Any | None = None


async def look_back(
    network: str,
    read_page: Callable[[Any | None], Awaitable[Page]],
    *,
    since: datetime,
    created_of: Callable[[Any], datetime | None],
    match: Callable[[Any], Published | None],
    max_pages: int | None = None,
    newest_first: bool = True,
) -> Published | None:
    """Page back through an account's posts, newest first, for the post an unanswered
    attempt made at ``since`` (minus any clock skew the caller allows).

    Returns the post ``match`` recognises, or None once the listing is proven to reach back
    before ``since`` (a post older than it, or the listing's end). Raises
    :class:`~medsocial_tui.channel.CannotTell` when ``max_pages`` pages were read without
    reaching back, or a post comes without its time: absence is then not proven.

    ``newest_first=False`` is for a listing whose order the network does not promise: only
    its end proves absence, and a post older than ``since`` does not stop the search."""
    max_pages = max_pages or MAX_PAGES
    cursor: Any | None = None
    seen = 0
    for _page in range(max_pages):
        page = await read_page(cursor)
        for post in page.posts:
            found = match(post)
            if found is not None:
                return found
        seen += len(page.posts)
        times = [created_of(post) for post in page.posts]
        if any(moment is None for moment in times):
            raise CannotTell(
                f"{network} listed the account's posts without their times, so it cannot "
                "show the post is not there"
            )
        if newest_first and any(moment is not None and moment < since for moment in times):
            return None
        if page.next is None:
            return None
        cursor = page.next
    raise CannotTell(
        f"{network}'s list of the account's posts did not reach back to the attempt "
        f"({since.astimezone(UTC):%Y-%m-%d %H:%M} UTC) after {max_pages} pages ({seen} newer "
        "posts)"
    )


async def absent_twice(
    find: Callable[[], Awaitable[Published | None]], pause_seconds: float
) -> Published | None:
    """Two reads, ``pause_seconds`` apart, that must both miss the post before it counts
    as absent: a listing or an index may lag behind a create (reliability.md §1.5)."""
    found = await find()
    if found is not None:
        return found
    await asyncio.sleep(pause_seconds)
    return await find()


def parse_time(value: Any) -> datetime | None:
    """A network's timestamp (ISO 8601 with ``Z``, ``+0000`` or an offset, or Unix seconds)
    as an aware UTC datetime; None when missing or unreadable."""
    if isinstance(value, int | float) and not isinstance(value, bool):
        return datetime.fromtimestamp(value, UTC)
    if not isinstance(value, str) or not value:
        return None
    text = value.strip().replace("Z", "+00:00")
    if re.search(r"[+-]\d{4}$", text):
        text = f"{text[:-2]}:{text[-2:]}"
    try:
        moment = datetime.fromisoformat(text)
    except ValueError:
        return None
    return moment.astimezone(UTC) if moment.tzinfo else moment.replace(tzinfo=UTC)


# Reading activity newer than the last fetch, from listings that run newest first.


@dataclass(frozen=True)
class Watermark:
    """How far a newest-first listing (comments, reviews, notifications) was read: the
    newest moment seen and the ids seen at exactly that moment, so an item that shares its
    second with one already read is still new, and none is read twice. Kept by the core as
    the cursor text (``text()``); a cursor that is not one reads as no mark (a first read)."""

    at: datetime | None = None
    ids: frozenset[str] = frozenset()

    @classmethod
    def parse(cls, cursor: str | None) -> Watermark:
        if not cursor:
            return cls()
        try:
            saved = json.loads(cursor)
            moment = parse_time(saved["t"])
            ids = frozenset(str(i) for i in saved.get("ids", []))
        except (ValueError, KeyError, TypeError, AttributeError):
            return cls()
        return cls(moment, ids) if moment is not None else cls()

    def text(self) -> str | None:
        if self.at is None:
            return None
        moment = self.at.astimezone(UTC).isoformat().replace("+00:00", "Z")
        return json.dumps({"t": moment, "ids": sorted(self.ids)}, separators=(",", ":"))

    def is_new(self, moment: datetime, item_id: str) -> bool:
        """Newer than the mark, or at it and not read yet."""
        if self.at is None:
            return True
        return moment > self.at or (moment == self.at and item_id not in self.ids)

    def passed(self, moment: datetime) -> bool:
        """True once a newest-first listing has gone below the mark: stop paging."""
        return self.at is not None and moment < self.at

    def after(self, seen: Iterable[tuple[datetime, str]]) -> Watermark:
        """The mark once ``seen`` (moment, id) pairs have been handed over too."""
        at, ids = self.at, set(self.ids)
        for moment, item_id in seen:
            if at is None or moment > at:
                at, ids = moment, {item_id}
            elif moment == at:
                ids.add(item_id)
        return Watermark(at, frozenset(ids))
