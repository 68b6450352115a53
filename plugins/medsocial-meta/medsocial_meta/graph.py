"""The Meta Graph API as both Meta channels use it: the pinned version, the bearer token, the
error codes mapped to the core's error kinds, and the usage headers that say when to slow down.
"""

from __future__ import annotations

import json
import unicodedata
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import Any

import httpx

from medsocial_tui import channelkit as kit
from medsocial_tui import clock

GRAPH_VERSION = "v23.0"
"""The one place the Graph API version is pinned; an account may override it with the
``graph_version`` setting while Meta retires versions."""
DEFAULT_BASE_URL = "https://graph.facebook.com"

USAGE_CEILING = 95
"""Percent of a Graph quota at which we stop sending until Meta says the quota is back."""
DEFAULT_PAUSE = timedelta(hours=1)
"""How long to wait when Meta throttles without saying for how long (Mixpost's rule)."""
POSTING_TOO_FAST_PAUSE = timedelta(minutes=10)

AUTH_CODES = {102, 190, 10} | set(range(200, 300))
PERMISSION_CODES = {10} | set(range(200, 300))
"""The token works but lacks a permission (a task on the Page, ``pages_messaging``…)."""
RATE_CODES = {
    *(4, 17, 32, 341, 368, 613),
    *(80001, 80002, 80003, 80004, 80005, 80006, 80008, 80009, 80014),
}
"""Throttles, and 368 (temporarily blocked for policy): wait, then try again."""
RATE_SUBCODES = {1390008, 2207042, 2207051}
TRANSIENT_CODES = {1, 2}
NOT_READY_SUBCODE = 2207027
"""Instagram's "the media is not ready for publishing, please wait": nothing was made."""
NOT_READY_WAIT = timedelta(minutes=1)
TRANSIENT_SUBCODES = {2207001, 2207003, 2207032, 2207053}
"""Instagram errors Meta documents as passing (a server error, a download that timed out, a
create that failed, an unknown upload error): tried again, never a refusal."""
DUPLICATE_CODE = 506
MISSING_SUBCODE = 33


class PermissionMissing(kit.AuthExpired):
    """Graph codes 10 and 200-299: the token is valid but lacks a permission this call
    needs; a person reconnects with it (or stops asking for what needs it)."""


class DuplicatePost(kit.Rejected):
    """Graph code 506: the page's last post has the same text. It may be our own earlier,
    unanswered attempt, so the channel looks for it before saying no."""


class Missing(kit.Rejected):
    """Graph code 100, subcode 33: the object does not exist (deleted) or may not be read."""


@dataclass
class GraphError:
    """The ``error`` object of a Graph answer."""

    code: int
    subcode: int
    message: str
    user_message: str
    transient: bool

    @classmethod
    def from_body(cls, body: Any) -> GraphError | None:
        error = body.get("error") if isinstance(body, dict) else None
        if not isinstance(error, dict):
            return None
        return cls(
            code=_int(error.get("code")),
            subcode=_int(error.get("error_subcode")),
            message=str(error.get("message") or "no message"),
            user_message=str(error.get("error_user_msg") or ""),
            transient=bool(error.get("is_transient")),
        )

    def words(self) -> str:
        codes = f"code {self.code}" + (f"/{self.subcode}" if self.subcode else "")
        said = self.user_message or self.message
        return f"{said} ({codes})"


def _said(body: Any) -> str | None:
    error = GraphError.from_body(body)
    return error.words() if error else None


def _int(value: Any) -> int:
    try:
        return int(value)
    except (TypeError, ValueError):
        return 0


def _usage_json(value: str | None) -> Any:
    if not value:
        return None
    try:
        return json.loads(value)
    except ValueError:
        return None


def usage_pause(headers: httpx.Headers) -> tuple[timedelta, str] | None:
    """How long to hold off, read from ``X-App-Usage``, ``X-Page-Usage`` and
    ``X-Business-Use-Case-Usage``: the estimated time to regain access when Meta gives one,
    or an hour once any quota is at ``USAGE_CEILING`` percent. None when all is well."""
    worst = 0
    regain_minutes = 0
    for name in ("x-app-usage", "x-page-usage"):
        data = _usage_json(headers.get(name))
        if isinstance(data, dict):
            worst = max([worst, *(_int(v) for v in data.values())])
    buc = _usage_json(headers.get("x-business-use-case-usage"))
    if isinstance(buc, dict):
        for entries in buc.values():
            for entry in entries if isinstance(entries, list) else []:
                if not isinstance(entry, dict):
                    continue
                worst = max(
                    worst,
                    *(_int(entry.get(k)) for k in ("call_count", "total_cputime", "total_time")),
                )
                regain_minutes = max(
                    regain_minutes, _int(entry.get("estimated_time_to_regain_access"))
                )
    if regain_minutes > 0:
        return timedelta(
            minutes=regain_minutes
        ), f"Meta says the quota is back in {regain_minutes} min"
    if worst >= USAGE_CEILING:
        return DEFAULT_PAUSE, f"{worst}% of Meta's API quota is used"
    return None


@dataclass
class Gate:
    """Per-account pauses learned from Meta's answers, so the next request waits instead of
    spending quota Meta would refuse."""

    paused_until: dict[str, tuple[datetime, str]] = field(default_factory=dict)

    def check(self, account: kit.Account, network: str) -> None:
        paused = self.paused_until.get(account.id)
        if paused and paused[0] > clock.now():
            raise kit.RetryLater(
                f"{network} is near its rate limit ({paused[1]}); waiting", paused[0]
            )

    def observe(self, account: kit.Account, headers: httpx.Headers) -> datetime | None:
        pause = usage_pause(headers)
        if pause is None:
            return None
        until = clock.now() + pause[0]
        self.paused_until[account.id] = (until, pause[1])
        return until


@dataclass
class Graph:
    """One account's Graph API calls, with answers mapped to the core's error kinds."""

    network: str
    account: kit.Account
    client: httpx.AsyncClient
    gate: Gate

    @property
    def version(self) -> str:
        return str(self.account.settings.get("graph_version") or GRAPH_VERSION)

    @property
    def api(self) -> kit.Network:
        """How Graph answers, in this channel's name (Facebook or Instagram); a throttle
        without a time waits ``DEFAULT_PAUSE``."""
        return kit.Network(self.network, said=_said, rate_wait=DEFAULT_PAUSE)

    def url(self, path: str) -> str:
        return f"{self.account.base_url}/{self.version}/{path.lstrip('/')}"

    def _token(self) -> str:
        credentials = self.account.credentials
        return credentials.get("page_access_token") or credentials.get("access_token") or ""

    async def call(
        self,
        method: str,
        path: str,
        *,
        creates: bool = False,
        params: dict[str, Any] | None = None,
        data: dict[str, Any] | None = None,
        json_payload: Any = None,
        upload: kit.MultipartFile | None = None,
        step: str = "",
    ) -> dict[str, Any]:
        """Send one request (``upload``: a file streamed as multipart form data). ``creates``
        marks the call that makes a post visible: trouble after sending it is an unknown
        outcome; trouble on any other call is retried later, because nothing a follower sees
        was made."""
        self.gate.check(self.account, self.network)
        headers = {"Authorization": f"Bearer {self._token()}"}
        response = await self.api.sending(
            self.client.request(
                method,
                self.url(path),
                params=params,
                data=data,
                json=json_payload,
                content=upload,
                headers={**headers, **upload.headers} if upload else headers,
            ),
            step,
            creates=creates,
        )
        paused_until = self.gate.observe(self.account, response.headers)
        return self.read(response, creates=creates, paused_until=paused_until)

    def read(
        self, response: httpx.Response, *, creates: bool, paused_until: datetime | None = None
    ) -> dict[str, Any]:
        body = kit.json_body(response)
        if response.status_code < 300:
            if isinstance(body, dict) and "error" not in body:
                return body
            raise self.api.unclear(response, creates=creates, account=self.account)
        error = GraphError.from_body(body)
        unavailable = self.api.unavailable(response, self.account, creates=creates)
        if unavailable is not None:
            raise unavailable
        if error is None:
            self.api.raise_for_status(response, creates=creates, account=self.account)
            raise self.api.unclear(response, creates=creates, account=self.account)
        said = f"{self.network} said: {self.api.words(response, self.account)}"
        if error.code in PERMISSION_CODES:
            raise PermissionMissing(said)
        if error.code in AUTH_CODES:
            raise kit.AuthExpired(said)
        if error.code in RATE_CODES or error.subcode in RATE_SUBCODES:
            wait = POSTING_TOO_FAST_PAUSE if error.subcode == 1390008 else DEFAULT_PAUSE
            until = paused_until or clock.now() + wait
            self.gate.paused_until[self.account.id] = (until, error.message)
            raise kit.RetryLater(said, until)
        if error.code == DUPLICATE_CODE:
            raise DuplicatePost(said)
        if error.code == 100 and error.subcode == MISSING_SUBCODE:
            raise Missing(said)
        if error.subcode == NOT_READY_SUBCODE:
            raise kit.RetryLater(said, clock.now() + NOT_READY_WAIT)
        if (
            error.code in TRANSIENT_CODES
            or error.subcode in TRANSIENT_SUBCODES
            or error.transient
            or response.status_code >= 500
        ):
            if creates:
                raise kit.OutcomeUnknown(said)
            raise kit.RetryLater(said)
        raise kit.Rejected(said)


def same_text(a: str, b: str) -> bool:
    """Whether two post texts are the same once Unicode and whitespace are normalised."""

    def norm(text: str) -> str:
        return " ".join(unicodedata.normalize("NFC", text).split())

    return norm(a) == norm(b)


def graph_page(answer: dict[str, Any]) -> kit.Page:
    """One page of a Graph edge: its ``data``, and the ``after`` cursor while Graph says a
    ``next`` page exists (the cursor, not the ``next`` URL, so the token is only ever sent to
    the account's own base URL)."""
    paging = kit.object_in(answer, "paging")
    cursors = kit.object_in(paging, "cursors")
    after = cursors.get("after") if paging.get("next") else None
    return kit.Page(kit.list_in(answer, "data"), str(after) if after else None)


async def edge_page(
    graph: Graph, path: str, params: dict[str, Any], after: Any | None, step: str
) -> kit.Page:
    """One page of the Graph edge ``GET path`` from the ``after`` cursor (None for the first
    page), read as :func:`graph_page` reads it."""
    asked = {**params, "after": str(after)} if after else params
    return graph_page(await graph.call("GET", path, params=asked, step=step))
