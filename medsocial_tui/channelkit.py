"""Chores every channel plugin repeats, done once: reading an answer that may not be the
API's (a proxy's HTML page, a truncated body), mapping an answer to the core's error kinds
(:class:`Network`), reading ``Retry-After`` in both its forms, keeping tokens out of the
words people see, a media's size and pixels, sending media files without holding them in
memory, merging special hours, paging back through an account's posts far enough to prove an
unanswered post absent (and keeping a check that cannot answer now from reading as an answer),
and reading a newest-first listing down to what the last fetch saw.
"""

from __future__ import annotations

import asyncio
import base64
import binascii
import json
import mimetypes
import os
import re
import secrets as _secrets
from collections.abc import (
    AsyncIterator,
    Awaitable,
    Callable,
    Iterable,
    Iterator,
    Mapping,
    Sequence,
)
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from email.utils import parsedate_to_datetime
from pathlib import Path
from typing import Any, Literal, TypeVar

import httpx

from medsocial_tui import clock
from medsocial_tui.channel import (
    ACTIVITY_KINDS,
    COUNTER_WORDS,
    Account,
    AccountHealth,
    Activity,
    ActivityPage,
    AuthExpired,
    CannotTell,
    Capability,
    Channel,
    ChannelError,
    DailyCounts,
    Draft,
    Field,
    HandOff,
    HoursMerge,
    Limits,
    Media,
    MediaRule,
    OutcomeUnknown,
    PostCounts,
    Problem,
    Published,
    PublishRequest,
    Rejected,
    ReplySent,
    ReplyWindowClosed,
    RetryLater,
    SpecialHours,
    SpecialHoursUncertain,
    check_special_hours,
    merge_special_hours,
)
from medsocial_tui.home.kept_sessions import KeptSession, seen_values

__all__ = [
    # The channel contract (medsocial_tui.channel), so that a plugin imports one module,
    # ``from medsocial_tui import channelkit as kit``, and writes kit.Account, kit.Rejected
    # and kit.Network alike.
    "ACTIVITY_KINDS",
    "Account",
    "AccountHealth",
    "Activity",
    "ActivityPage",
    "AuthExpired",
    "COUNTER_WORDS",
    "CannotTell",
    "Capability",
    "Channel",
    "ChannelError",
    "DailyCounts",
    "Draft",
    "Field",
    "HandOff",
    "Limits",
    "Media",
    "MediaRule",
    "OutcomeUnknown",
    "PostCounts",
    "Problem",
    "PublishRequest",
    "Published",
    "Rejected",
    "ReplySent",
    "ReplyWindowClosed",
    "RetryLater",
    "SpecialHours",
    "SpecialHoursUncertain",
    # The chores, done once.
    "ErrorKind",
    "FileBytes",
    "HIDDEN",
    "HoursMerge",
    "KeptSession",
    "MAX_PAGES",
    "MIB",
    "MultipartFile",
    "NOTHING_YET",
    "Network",
    "Page",
    "UPLOAD_CHUNK_BYTES",
    "UnknownUntil",
    "Unread",
    "Watermark",
    "absent_twice",
    "account_health",
    "after",
    "bearer",
    "body_kind",
    "can",
    "check_special_hours",
    "count_of",
    "counters",
    "cursor_parts",
    "cursor_text",
    "file_part",
    "first_send",
    "json_body",
    "kept_session",
    "list_in",
    "longest_first",
    "look_back",
    "mark_first_send",
    "media_dimensions",
    "media_duration",
    "media_frames",
    "media_size",
    "media_type",
    "merge_special_hours",
    "message_of",
    "not_the_api",
    "object_in",
    "parse_time",
    "read_newer",
    "request_secrets",
    "reset_at",
    "retry_after",
    "save_progress",
    "scrub",
    "scrub_ordered",
    "secrets_of",
    "still_unknown",
    "text_with_link",
    "unlike_the_api",
    "was_sent",
    "without_credentials",
    "without_web_address",
]

HIDDEN = "[hidden]"
_TOKEN_PARAMS = re.compile(
    r"(?i)\b(access_token|refresh_token|client_secret|input_token|fb_exchange_token|key)=[^&\s\"']+"
)
_BEARER = re.compile(r"(?i)\bbearer\s+[A-Za-z0-9._~+/=-]+")
_SECRET_FIELD = re.compile(r"(?i)token|secret|password|passwd|key|assertion|code_verifier")
_OAUTH_PARAM = re.compile(r'(\w+)="([^"]*)"')


Answer = TypeVar("Answer")
"""What a step awaited by :meth:`Network.quietly` gives: a response, or what a helper read."""


def can(*names: str) -> frozenset[Capability]:
    """A channel's ``capabilities`` by their names, as :class:`~medsocial_tui.channel.Capability`
    spells them: ``capabilities = can("publish", "delete", "reconcile")``. A name that is not
    a capability fails when the plugin loads, naming the ones there are."""
    try:
        return frozenset(Capability(name) for name in names)
    except ValueError:
        known = ", ".join(c.value for c in Capability)
        wrong = ", ".join(n for n in names if n not in {c.value for c in Capability})
        raise ValueError(f"not a capability: {wrong} (there are: {known})") from None


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
    if not kind:
        return "an untyped"
    return f"an {kind}" if kind[0] in "aeiou" else f"a {kind}"


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
    """When a rate-limit window ends: the network's own ``name`` header (Unix seconds, or an
    ISO 8601 time), else a ``Retry-After`` (a proxy in front of the API may send one), else
    None."""
    value = (headers.get(name) or "").strip() if name else ""
    if value.isdigit():
        return datetime.fromtimestamp(int(value), UTC)
    return parse_time(value) or retry_after(headers)


def after(seconds: float, now: datetime | None = None) -> datetime:
    return (now or clock.now()) + timedelta(seconds=seconds)


def secrets_of(account: Account | None) -> list[str]:
    """The account's credential values worth hiding (very short ones would hide words), with
    what its :func:`kept_session` holds."""
    if account is None:
        return []
    values = [*account.credentials.values(), *seen_values(account.id)]
    return [v for v in values if isinstance(v, str) and len(v) >= 6]


def kept_session(account: Account, made_from: str = "") -> KeptSession:
    """Where the channel keeps a renewable credential of ``account`` between runs (a session,
    a refresh token the network rotated), so a run does not sign in again: ``get()`` the
    values last put (a dict of text, or None: never kept, forgotten, made from other
    settings, or the file unreadable), ``put({...})`` new ones, ``forget()`` them when the
    network refuses them. ``made_from`` names the settings the values come from (an address
    and a password, a refresh token): values put from others read as none, so a practice that
    changes them starts over. Kept in the practice home's ``sessions.json`` (mode 0600, the
    service account's), never in the config, logs or audit; the kit's and the core's
    scrubbing hide the values."""
    return KeptSession(account.id, account.channel, account.sessions_path, made_from)


def scrub(text: str, secrets: Iterable[str] = ()) -> str:
    """``text`` without tokens: known secret values, ``access_token=…`` style parameters and
    bearer headers are replaced by a marker."""
    return scrub_ordered(text, longest_first(secrets))


def longest_first(secrets: Iterable[str]) -> list[str]:
    """The secrets as :func:`scrub` replaces them: each once, the longest first."""
    return sorted(set(secrets), key=len, reverse=True)


def scrub_ordered(text: str, secrets: Sequence[str]) -> str:
    """:func:`scrub` with the secrets already as :func:`longest_first` orders them: a caller
    that hides text for one account again and again (flush: the id and link of every post
    it publishes) orders them once."""
    for secret in secrets:
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


Found = TypeVar("Found")
"""What :func:`look_back` looks for: a ``Published`` post, a ``ReplySent`` reply."""


def _time_at(key: str) -> Callable[[Any], datetime | None]:
    def created(post: Any) -> datetime | None:
        return parse_time(post.get(key)) if isinstance(post, dict) else None

    return created


async def look_back(
    network: str,
    read_page: Callable[[Any | None], Awaitable[Page]],
    *,
    since: datetime,
    created_of: str | Callable[[Any], datetime | None],
    match: Callable[[Any], Found | None],
    max_pages: int | None = None,
    newest_first: bool = True,
) -> Found | None:
    """Page back through an account's posts, newest first, for the post (or reply) an
    unanswered attempt made at ``since`` (minus any clock skew the caller allows).

    Returns what ``match`` recognises (a ``Published``, a ``ReplySent``), or None once the listing is proven to reach back
    before ``since`` (a post older than it, or the listing's end). Raises
    :class:`~medsocial_tui.channel.CannotTell` when ``max_pages`` pages were read without
    reaching back, or a post comes without its time: absence is then not proven.

    ``newest_first=False`` is for a listing whose order the network does not promise: only
    its end proves absence, and a post older than ``since`` does not stop the search.

    ``created_of`` reads a post's time; a name (``"created_at"``) is the key of a JSON
    object that holds it (anything but an object has no time)."""
    if isinstance(created_of, str):
        created_of = _time_at(created_of)
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


class UnknownUntil(OutcomeUnknown):
    """An unknown outcome whose answer also said when to come back: a 503 with
    ``Retry-After`` to the request that creates the post. A proxy or load balancer may give
    it after the network made the post, so it is an unknown outcome like any 5xx there (a
    reconciling channel looks for the post before sending it again; one that dedupes
    retries sends the same request again), never a blind "later". ``retry_at`` is the time
    the answer asked for."""

    def __init__(self, message: str, retry_at: datetime) -> None:
        super().__init__(message)
        self.retry_at = retry_at


@contextmanager
def still_unknown() -> Iterator[None]:
    """Around the reads of ``find_existing`` and ``find_reply``, which ask whether a post or
    a reply went out: a read that cannot answer now (a rate limit, a 5xx, a lost answer, as
    :meth:`Network.object` and :meth:`Network.quietly` raise :class:`RetryLater` for them)
    leaves that question open, so it comes out as :class:`OutcomeUnknown` in the same words,
    the error the contract names for "cannot tell now"; errors of other kinds pass
    unchanged::

        with kit.still_unknown():
            body = ACME.object(await client.get(url), creates=False)
    """
    try:
        yield
    except RetryLater as exc:
        raise OutcomeUnknown(exc.message) from None


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


# Mapping a network's answers to the core's error kinds.

NOTHING_YET = "nothing was posted yet"
"""What a failed step that makes nothing visible (an upload, a status read) leaves behind."""

_MESSAGE_KEYS = ("message", "detail", "error_description", "title", "error")


def message_of(body: Any) -> str | None:
    """The words most JSON APIs put in an error body (``message``, ``detail``,
    ``error_description``, ``title`` or a string ``error``); None when there are none."""
    if not isinstance(body, dict):
        return None
    for key in _MESSAGE_KEYS:
        value = body.get(key)
        if isinstance(value, str) and value.strip():
            return value.strip()
    return None


ErrorKind = Literal["rate", "auth", "rejected"]
"""What a network's own error code means, when it says more than the HTTP status."""


def _by_status(body: Any) -> ErrorKind | None:
    return None


@dataclass(frozen=True)
class Network:
    """How one network answers, said once per plugin: its name in messages, where its own
    words sit in an error body, what its error codes mean, and which header says when a rate
    limit ends.

    ``said(body)`` takes a decoded JSON body and returns the network's words (with its own
    error code if it has one), or None; the kit adds the HTTP status. ``kind(body)`` says
    what the body's error code means (``"rate"``, ``"auth"``, ``"rejected"``) for networks
    that answer some errors with a 200 or a generic 400; None goes by the status.
    ``reset_header`` is the network's rate-limit reset header (Unix seconds or ISO 8601);
    ``Retry-After`` is always read too. ``rate_wait`` is how long to wait after a rate limit
    whose answer says nothing about when (or a function giving the time, such as the next
    midnight UTC for daily limits). Every word that reaches a message has the
    credentials the request carried (and the account's, when given) hidden."""

    name: str
    said: Callable[[Any], str | None] = message_of
    kind: Callable[[Any], ErrorKind | None] = _by_status
    reset_header: str = ""
    rate_wait: timedelta | Callable[[], datetime] | None = None
    auth_words: str = "refused the credentials"

    def words(self, response: httpx.Response, account: Account | None = None) -> str:
        """The network's words for an answer and its status (``Token expired (HTTP 401)``,
        ``Token expired (ExpiredToken, HTTP 400)``), or, when the body is not the API's,
        what came instead; never a credential."""
        body = json_body(response)
        try:
            own = self.said(body) if body is not None else None
        except (AttributeError, IndexError, KeyError, TypeError, ValueError):
            own = None  # an error body of an unexpected shape: describe the answer instead
        status = f"HTTP {response.status_code}"
        if not own:
            text = unlike_the_api(response)
        elif own.endswith(")") and "(" in own:  # "Token expired (ExpiredToken, HTTP 400)"
            text = f"{own[:-1]}, {status})"
        else:
            text = f"{own} ({status})"
        return scrub(without_credentials(text, response), secrets_of(account))

    def retry_at(self, response: httpx.Response) -> datetime | None:
        """When to come back after a rate limit: the reset header, ``Retry-After``, or
        ``rate_wait`` from now; None when nothing says."""
        moment = reset_at(response.headers, self.reset_header)
        if moment is not None or self.rate_wait is None:
            return moment
        if isinstance(self.rate_wait, timedelta):
            return after(self.rate_wait.total_seconds())
        return self.rate_wait()

    def unclear(
        self,
        response: httpx.Response,
        *,
        creates: bool,
        after: str = NOTHING_YET,
        account: Account | None = None,
    ) -> ChannelError:
        """The error for an answer that does not say what happened (a 5xx, an HTML page, a
        body that is not JSON): an unknown outcome for the request that ``creates`` the post,
        otherwise "try later" with ``after`` saying what is left behind."""
        words = f"{self.name} answered {self.words(response, account)}"
        if creates:
            return OutcomeUnknown(words)
        return RetryLater(f"{words}; {after}" if after else words)

    def raise_for_status(
        self,
        response: httpx.Response,
        *,
        creates: bool,
        account: Account | None = None,
        after: str = NOTHING_YET,
    ) -> None:
        """Return on a 1xx or 2xx answer; otherwise raise the core's error kind for it:

        ==========================================  ==========================================
        the answer                                  raises
        ==========================================  ==========================================
        429, or ``kind`` says ``"rate"``            :class:`RetryLater` at the reset time
        503 with ``Retry-After``                    :class:`UnknownUntil` (an unknown outcome
                                                    carrying that time) when ``creates``, else
                                                    :class:`RetryLater` at that time
        401, or ``kind`` says ``"auth"``            :class:`AuthExpired`
        other 4xx, or ``kind`` says ``"rejected"``  :class:`Rejected` in the network's words
        (and the status is not a 5xx)
        3xx, other 5xx                              :class:`OutcomeUnknown` when ``creates``,
                                                    else :class:`RetryLater`
        ==========================================  ==========================================
        """
        self._checked_body(response, creates=creates, account=account, after=after)

    def _checked_body(
        self,
        response: httpx.Response,
        *,
        creates: bool,
        account: Account | None,
        after: str,
    ) -> Any | None:
        """:meth:`raise_for_status`, returning the decoded body it read (None when it is not
        JSON): :meth:`json` takes it from here instead of decoding the body again, once per
        delivery on the event loop."""
        status = response.status_code
        body = json_body(response)
        try:
            kind = self.kind(body) if body is not None else None
        except (AttributeError, IndexError, KeyError, TypeError, ValueError):
            kind = None
        if status == 429 or kind == "rate":
            when = self.retry_at(response)
            until = f"; it resets at {when.astimezone(UTC):%H:%M} UTC" if when else ""
            raise RetryLater(
                f"{self.name} rate limit: {self.words(response, account)}{until}", when
            )
        unavailable = self.unavailable(response, account, creates=creates)
        if unavailable is not None:
            raise unavailable
        if status == 401 or kind == "auth":
            raise AuthExpired(f"{self.name} {self.auth_words}: {self.words(response, account)}")
        if (kind == "rejected" and status < 500) or 400 <= status < 500:
            hint = "" if body is not None else "; check the account's base_url"
            raise Rejected(f"{self.name} said no: {self.words(response, account)}{hint}")
        if status < 300:
            return body
        raise self.unclear(response, creates=creates, after=after, account=account)

    def unavailable(
        self, response: httpx.Response, account: Account | None = None, *, creates: bool
    ) -> RetryLater | UnknownUntil | None:
        """A 503 with ``Retry-After`` (maintenance, overload), which says when to come back:
        :class:`RetryLater` at that time for a request that makes nothing a follower sees;
        :class:`UnknownUntil` carrying that time for the request that ``creates`` the post,
        because a proxy's 503 may come after the network made it (the core then looks for
        the post, or resends to a network that drops repeats, instead of sending blind).
        None for any other answer."""
        when = retry_after(response.headers) if response.status_code == 503 else None
        if when is None:
            return None
        words = (
            f"{self.name} is unavailable: {self.words(response, account)}; it asks to come "
            f"back at {when.astimezone(UTC):%H:%M} UTC"
        )
        if creates:
            return UnknownUntil(f"{words}; the post may have been made before that answer", when)
        return RetryLater(words, when)

    def json(
        self,
        response: httpx.Response,
        *,
        creates: bool,
        account: Account | None = None,
        after: str = NOTHING_YET,
    ) -> Any:
        """The decoded JSON body of a good answer. A bad status raises as
        :meth:`raise_for_status` does; a good status with an HTML page, garbage or nothing
        instead of JSON raises :meth:`unclear`, naming the network and the status."""
        body = self._checked_body(response, creates=creates, account=account, after=after)
        if body is None:
            raise self.unclear(response, creates=creates, after=after, account=account)
        return body

    def object(
        self,
        response: httpx.Response,
        *,
        creates: bool,
        account: Account | None = None,
        after: str = NOTHING_YET,
    ) -> dict[str, Any]:
        """As :meth:`json`, for an API whose answers are JSON objects."""
        body = self.json(response, creates=creates, account=account, after=after)
        if not isinstance(body, dict):
            raise self.unclear(response, creates=creates, after=after, account=account)
        return body

    async def quietly(self, step: Awaitable[Answer], what: str, *, after: str = "") -> Answer:
        """Await a request that publishes nothing (an upload, a status read, a sign-in, or a
        step made of such requests): a lost answer or connection only means "try later",
        noted in words naming the step."""
        try:
            return await step
        except httpx.TransportError as exc:
            words = f"no answer from {self.name} while {what} ({type(exc).__name__})"
            raise RetryLater(f"{words}; {after}" if after else words) from None

    async def sending(
        self, step: Awaitable[httpx.Response], what: str = "", *, creates: bool
    ) -> httpx.Response:
        """Await a request that may make a post visible when ``creates``. A connection that
        was never made propagates (nothing was sent; the core tries again later); an answer
        lost after sending is an unknown outcome when ``creates``, else "try later"."""
        try:
            return await step
        except (httpx.ConnectError, httpx.ConnectTimeout):
            raise
        except httpx.TransportError as exc:
            words = f"no answer from {self.name}{f' while {what}' if what else ''}"
            words = f"{words} ({type(exc).__name__})"
            if creates:
                raise OutcomeUnknown(words) from None
            raise RetryLater(f"{words}; {NOTHING_YET}") from None


def media_type(media: Media, unknown: str = "") -> str:
    """The media's MIME type: the one it was given, else the one its file name says, else
    ``unknown`` (``"application/octet-stream"`` where an upload must name one)."""
    return media.mime_type or mimetypes.guess_type(str(media.path))[0] or unknown


MIB = 1024 * 1024
"""A mebibyte: the "MB" of the networks' limits on media files."""


def media_size(media: Media) -> int | None:
    """The media's size in bytes, for ``validate``: the one it was given, else the file's;
    None when neither is known (no such file on this computer)."""
    if media.size_bytes is not None:
        return media.size_bytes
    path = Path(media.path)
    return path.stat().st_size if path.is_file() else None


_QUARTER_TURNS = {5, 6, 7, 8}
"""EXIF orientations that show the stored image turned a quarter: width and height swap."""


def media_dimensions(media: Media) -> tuple[int, int] | None:
    """The image's width and height as it is shown: the ones it was given, else read from
    the file's header (Pillow reads only the header, so this stays fast enough for
    ``validate``), swapped when its EXIF orientation turns it a quarter (a phone photo
    stored on its side; networks check the shape they show); None when the file is missing
    or is not an image Pillow can read."""
    if media.width and media.height:
        return media.width, media.height
    path = Path(media.path)
    if not path.is_file():
        return None
    from PIL import Image

    try:
        with Image.open(path) as image:
            width, height = image.size
            turned = image.getexif().get(0x0112) in _QUARTER_TURNS  # Orientation
    except Exception:  # noqa: BLE001 - not a readable image (garbage, a bomb, a cut file)
        return None
    return (height, width) if turned else (width, height)


def media_frames(media: Media) -> int | None:
    """How many frames an image has (an animated GIF, WebP or PNG: several; a still: 1),
    read by Pillow without decoding the pictures; None when the file is missing or is not an
    image Pillow can read."""
    path = Path(media.path)
    if not path.is_file():
        return None
    from PIL import Image

    try:
        with Image.open(path) as image:
            return int(getattr(image, "n_frames", 1))
    except Exception:  # noqa: BLE001 - not a readable image (garbage, a bomb, a cut file)
        return None


def media_duration(media: Media) -> float | None:
    """A video's length in seconds, for ``validate``: read from an MP4 or QuickTime file's
    ``moov/mvhd`` header by seeking past the other top-level boxes (the media data is never
    read); None when the file is missing or is not such a video."""
    path = Path(media.path)
    if not path.is_file():
        return None
    try:
        with path.open("rb") as file:
            while header := file.read(8):
                if len(header) < 8:
                    return None
                size, kind = int.from_bytes(header[:4], "big"), header[4:]
                skip = size - 8
                if size == 1:
                    skip = int.from_bytes(file.read(8), "big") - 16
                elif size == 0:
                    skip = -1
                if kind == b"moov":
                    return _mvhd_seconds(file.read(skip if 0 <= skip <= 64_000_000 else 0))
                if skip < 0:
                    return None
                file.seek(skip, 1)
    except OSError:
        return None
    return None


def _mvhd_seconds(moov: bytes) -> float | None:
    """The duration in a ``moov`` box's ``mvhd`` (version 0 or 1), in seconds."""
    at = moov.find(b"mvhd")
    if at < 4:
        return None
    body = moov[at + 4 :]
    if body[:1] == b"\x01":
        scale, length = body[20:24], body[24:32]
    else:
        scale, length = body[12:16], body[16:20]
    timescale = int.from_bytes(scale, "big")
    if len(length) not in (4, 8) or not timescale:
        return None
    return int.from_bytes(length, "big") / timescale


def bearer(account: Account, credential: str = "access_token") -> dict[str, str]:
    """The ``Authorization`` header carrying the account's ``credential`` as a bearer token
    (an empty one when the account has none: the network then refuses it as unsigned)."""
    return {"Authorization": f"Bearer {account.credentials.get(credential, '')}"}


def without_web_address(media: Media, fetcher: str) -> list[Problem]:
    """For networks that fetch a post's media from the web themselves: the problem of a file
    with no public address (``fetcher`` says who fetches what: "Acme fetches the photo
    from the web"), or none."""
    if media.url:
        return []
    return [
        Problem(f"{Path(media.path).name} needs a public https address: {fetcher}", field="media")
    ]


def text_with_link(draft: Draft) -> str:
    """The text as posted where a link is part of the text: the draft's link added on its
    own paragraph when the text does not already carry it."""
    if draft.link and draft.link not in draft.text:
        return f"{draft.text}\n\n{draft.link}".strip()
    return draft.text


def save_progress(request: PublishRequest, update: dict[str, Any]) -> None:
    """Keep ``update`` in ``request.progress`` and have the core commit it at once, so the
    next attempt resumes from it instead of repeating a step."""
    request.progress.update(update)
    request.checkpoint(update)


def mark_first_send(request: PublishRequest) -> None:
    """Before the request that makes the post visible: keep the moment of the first such
    send (``progress["sent_at"]``; a later try leaves it), where a look for the post after a
    lost answer starts (:func:`first_send`)."""
    if "sent_at" not in request.progress:
        save_progress(request, {"sent_at": clock.to_iso(clock.now())})


def was_sent(request: PublishRequest) -> bool:
    """Whether :func:`mark_first_send` saw the post sent on an earlier try: where it did
    not, the network never had it, and a look for it after a lost answer finds nothing."""
    return "sent_at" in request.progress


def first_send(request: PublishRequest) -> datetime:
    """When :func:`mark_first_send` saw the post first sent, else when the core claimed the
    delivery (the earliest it can have gone out)."""
    sent = request.progress.get("sent_at")
    return clock.parse_utc(sent) if sent else request.claimed_at


# Sending media files without holding them in memory.

UPLOAD_CHUNK_BYTES = 1 << 20
"""Bytes read from disk at a time while a file is sent (files reach 512 MB)."""


@dataclass(frozen=True)
class FileBytes:
    """Bytes ``start`` to ``end`` (exclusive; None for the file's end) of a file on disk, as
    an httpx request body: read ``chunk_bytes`` at a time in a worker thread, so the event
    loop never waits on the disk and memory stays flat whatever the file's size. Pass it as
    ``content=`` with :attr:`headers` (a ``Content-Length``, so no chunked encoding); it can
    be sent more than once (a retry after a renewed token reads the file again)."""

    path: Path
    start: int = 0
    end: int | None = None
    chunk_bytes: int = UPLOAD_CHUNK_BYTES

    @property
    def size(self) -> int:
        end = os.stat(self.path).st_size if self.end is None else self.end
        return max(0, end - self.start)

    @property
    def headers(self) -> dict[str, str]:
        return {"Content-Length": str(self.size)}

    def __aiter__(self) -> AsyncIterator[bytes]:
        return self._chunks()

    async def _chunks(self) -> AsyncIterator[bytes]:
        left = self.size
        handle = await asyncio.to_thread(open, self.path, "rb")
        try:
            await asyncio.to_thread(handle.seek, self.start)
            while left > 0:
                chunk = await asyncio.to_thread(handle.read, min(self.chunk_bytes, left))
                if not chunk:
                    raise RetryLater(
                        f"the file {self.path.name} became shorter while it was being sent; "
                        f"it is sent again at the next attempt; {NOTHING_YET}"
                    )
                left -= len(chunk)
                yield chunk
        finally:
            handle.close()


def _form_quoted(value: str) -> str:
    """A name for a ``Content-Disposition`` parameter, as browsers (and httpx) quote it."""
    return value.replace('"', "%22").replace("\r", "%0D").replace("\n", "%0A")


@dataclass(frozen=True)
class MultipartFile:
    """A ``multipart/form-data`` body of text ``fields`` and one file part named ``name``,
    streamed like :class:`FileBytes` (httpx's own ``files=`` reads files on the event loop).
    Pass it as ``content=`` with :attr:`headers`."""

    fields: Mapping[str, str]
    name: str
    file: FileBytes
    filename: str
    mime: str = "application/octet-stream"
    boundary: str = field(default_factory=lambda: _secrets.token_hex(16))

    def _head(self) -> bytes:
        parts = [
            f'--{self.boundary}\r\nContent-Disposition: form-data; name="{_form_quoted(k)}"'
            f"\r\n\r\n{v}\r\n"
            for k, v in self.fields.items()
        ]
        parts.append(
            f'--{self.boundary}\r\nContent-Disposition: form-data; name="{_form_quoted(self.name)}"'
            f'; filename="{_form_quoted(self.filename)}"\r\nContent-Type: {self.mime}\r\n\r\n'
        )
        return "".join(parts).encode("utf-8")

    def _tail(self) -> bytes:
        return f"\r\n--{self.boundary}--\r\n".encode()

    @property
    def headers(self) -> dict[str, str]:
        length = len(self._head()) + self.file.size + len(self._tail())
        return {
            "Content-Type": f"multipart/form-data; boundary={self.boundary}",
            "Content-Length": str(length),
        }

    def __aiter__(self) -> AsyncIterator[bytes]:
        return self._chunks()

    async def _chunks(self) -> AsyncIterator[bytes]:
        yield self._head()
        async for chunk in self.file:
            yield chunk
        yield self._tail()


def file_part(
    path: Path | str,
    *,
    name: str,
    mime: str,
    fields: Mapping[str, str] | None = None,
    start: int = 0,
    end: int | None = None,
) -> MultipartFile:
    """A streamed multipart body carrying bytes ``start``..``end`` of ``path`` as ``name``."""
    path = Path(path)
    return MultipartFile(dict(fields or {}), name, FileBytes(path, start, end), path.name, mime)


def cursor_parts(cursor: str | None) -> dict[str, Any]:
    """The parts of a cursor that keeps several things as one JSON object (a mark for each
    source, comment counts…): ``{}`` for no cursor, or one that is not such an object."""
    try:
        saved = json.loads(cursor) if cursor else {}
    except ValueError:
        return {}
    return saved if isinstance(saved, dict) else {}


def cursor_text(parts: Mapping[str, Any]) -> str:
    """``parts`` as a cursor :func:`cursor_parts` reads: compact JSON with its keys sorted,
    so the same parts always make the same text."""
    return json.dumps(parts, separators=(",", ":"), sort_keys=True)


def object_in(body: Mapping[str, Any], key: str) -> dict[str, Any]:
    """The JSON object under ``key``, or an empty one when the answer lacks it or holds
    something else there."""
    value = body.get(key)
    return value if isinstance(value, dict) else {}


def list_in(body: Mapping[str, Any], key: str) -> list[Any]:
    """The JSON array under ``key``, or an empty one when the answer lacks it or holds
    something else there."""
    value = body.get(key)
    return value if isinstance(value, list) else []


def count_of(body: Mapping[str, Any], key: str) -> int:
    """``body[key]`` when it is a whole number of zero or more, else 0."""
    value = body.get(key)
    return value if isinstance(value, int) and value >= 0 else 0


def counters(body: Any, names: Iterable[tuple[str, str]]) -> dict[str, int]:
    """A network's counts by medsocial's counter names: ``names`` pairs each name with the
    network's key (``("likes", "like_count")``). A key the answer lacks, or whose value is not
    a whole number of zero or more, is left out: a counter not reported is never made 0."""
    if not isinstance(body, dict):
        return {}
    found: dict[str, int] = {}
    for name, key in names:
        value = body.get(key)
        if isinstance(value, int) and not isinstance(value, bool) and value >= 0:
            found[name] = value
    return found


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


@dataclass(frozen=True)
class Unread:
    """An item of a newest-first listing that the mark has not handed over yet: its time,
    its id and the item as the network sent it."""

    at: datetime
    id: str
    item: dict[str, Any]


async def read_newer(
    read_page: Callable[[Any | None], Awaitable[Page]],
    mark: Watermark,
    *,
    time_of: Callable[[dict[str, Any]], Any],
    id_of: Callable[[dict[str, Any]], Any],
    max_pages: int = MAX_PAGES,
) -> list[Unread]:
    """The items of a newest-first listing (comments, reviews, notifications) newer than
    ``mark``, in the listing's order: ``read_page(cursor)`` gives a page (``None`` for the
    first) and the cursor to the next, older one; paging stops on the page that goes below
    the mark, at the listing's end or after ``max_pages`` pages. ``time_of`` gives an item's
    time as the network writes it (:func:`parse_time` reads it), ``id_of`` its id; an item
    that is not a JSON object or has no time is passed over. Hand the result to
    ``mark.after((u.at, u.id) for u in unread)`` for the next cursor."""
    found: list[Unread] = []
    cursor: Any | None = None
    for _page in range(max_pages):
        page = await read_page(cursor)
        passed = False
        for item in page.posts:
            moment = parse_time(time_of(item)) if isinstance(item, dict) else None
            if moment is None:
                continue
            if mark.passed(moment):
                passed = True
            elif mark.is_new(moment, item_id := str(id_of(item))):
                found.append(Unread(moment, item_id, item))
        if passed or page.next is None:
            break
        cursor = page.next
    return found


Read = TypeVar("Read")


async def account_health(
    read: Awaitable[Read],
    healthy: Callable[[Read], str],
    *,
    failing: tuple[type[ChannelError], ...] = (AuthExpired, Rejected, RetryLater),
) -> AccountHealth:
    """What ``check_account`` answers, from its one cheap authorised ``read``: healthy, in
    the words ``healthy`` makes of what the read gave ("signed in as @maple"), or not, in the
    words of the error it raised when that is one of ``failing`` (refused credentials, a
    refusal, a network that cannot answer now)::

        return await kit.account_health(self._me(client, account), lambda me: f"@{me['name']}")
    """
    try:
        answer = await read
    except failing as exc:
        return AccountHealth(False, exc.message)
    return AccountHealth(True, healthy(answer))
