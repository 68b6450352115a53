"""Where a channel plugin's answers enter the core, whatever the plugin does.

Every call the core makes to a network through a plugin (publish, find_existing,
check_account, special hours, and the inbox's read_activity, reply, find_reply, hide and
delete_reply) goes through :func:`call_channel`, which

- bounds it in time, so a plugin that never answers cannot stall a flush or the app;
- checks the type of what came back (a ``Published`` with a text id, an ``AccountHealth``, a
  list of ``SpecialHours``, an ``ActivityPage`` of well-formed ``Activity`` items, a
  ``ReplySent``), so garbage fails that delivery in words instead of crashing
  the run;
- hides the account's secrets in everything the plugin says or returns (error messages,
  URLs, health words): every credential value of the account, and its common encodings
  (URL-encoded, JSON-escaped, base64, base64 of ``user:password`` pairs), before anything
  is stored or shown.

A plugin is expected to keep tokens out of its words itself (``channelkit``); this is the
core's own guarantee for the plugins that do not.
"""

from __future__ import annotations

import base64
import json
from collections.abc import Awaitable, Callable, Mapping
from datetime import datetime
from itertools import permutations
from typing import Any, TypeVar
from urllib.parse import quote, quote_plus

from medsocial_tui.channel import (
    ACTIVITY_KINDS,
    Account,
    AccountHealth,
    Activity,
    ActivityPage,
    Channel,
    ChannelError,
    Draft,
    Limits,
    OutcomeUnknown,
    Problem,
    Published,
    ReplySent,
    RetryLater,
    SpecialHours,
)
from medsocial_tui.home.kept_sessions import seen_values

T = TypeVar("T")
Hide = Callable[[str], str]
"""Hides an account's secrets in a text."""

MIN_SECRET_LENGTH = 4
"""Shorter credential values are not hidden: they would hide ordinary words."""


class BadAnswer(OutcomeUnknown):
    """A plugin returned something the core cannot use. The request may have gone out, so a
    publish that ends this way is ``unknown``: a person checks the page."""


def secret_forms(account: Account) -> list[str]:
    """Every form in which one of the account's secrets could appear in a network's words,
    longest first (so a longer form is hidden before a shorter one inside it)."""
    values = [
        v
        for v in [*account.credentials.values(), *seen_values(account.id)]
        if isinstance(v, str) and len(v) >= MIN_SECRET_LENGTH
    ]
    forms: set[str] = set()
    for value in values:
        forms.update(
            {
                value,
                quote(value, safe=""),
                quote_plus(value),
                json.dumps(value)[1:-1],
                base64.b64encode(value.encode()).decode(),
                base64.urlsafe_b64encode(value.encode()).decode().rstrip("="),
            }
        )
    every = [v for v in account.credentials.values() if isinstance(v, str) and v]
    for user, password in permutations(every, 2):
        if len(password) >= MIN_SECRET_LENGTH:
            forms.add(base64.b64encode(f"{user}:{password}".encode()).decode())
    return sorted(forms, key=len, reverse=True)


_FORMS: dict[tuple[tuple[str, str], ...], list[str]] = {}


def scrub_for(account: Account) -> Callable[[str], str]:
    """A function that hides the account's secrets (and bearer tokens, token parameters)."""
    key = (
        *sorted((str(k), str(v)) for k, v in account.credentials.items()),
        *(("", v) for v in seen_values(account.id)),
    )
    # brings httpx: only where a call is made
    from medsocial_tui.channelkit import scrub_ordered

    forms = _FORMS.get(key)
    if forms is None:
        # secret_forms gives them as scrub_ordered wants them: each once, the longest first
        forms = _FORMS[key] = secret_forms(account)

    def hide(text: str) -> str:
        return scrub_ordered(text if isinstance(text, str) else str(text), forms)

    return hide


def scrub_value(value: Any, hide: Callable[[str], str]) -> Any:
    """``value`` (text, or lists and dicts of it, as in a checkpoint) with secrets hidden."""
    if isinstance(value, str):
        return hide(value)
    if isinstance(value, list):
        return [scrub_value(v, hide) for v in value]
    if isinstance(value, dict):
        return {k: scrub_value(v, hide) for k, v in value.items()}
    return value


def scrub_exception(exc: BaseException, hide: Callable[[str], str]) -> BaseException:
    """Hide secrets in the exception's words in place (its type, and so what the core
    decides from it, stay); a typed error's ``message`` becomes text and ``retry_at`` a
    time or None."""
    if isinstance(exc, ChannelError):
        exc.message = hide(exc.message if isinstance(exc.message, str) else repr(exc.message))
        exc.args = (exc.message,)
        if isinstance(exc, RetryLater) and not (
            isinstance(exc.retry_at, datetime) and exc.retry_at.tzinfo is not None
        ):
            exc.retry_at = None
    else:
        exc.args = tuple(hide(str(a)) for a in exc.args)
    exc.__cause__ = exc.__context__ = None
    return exc


def _wrong(plugin: str, what: str, answer: object, instead: str) -> BadAnswer:
    return BadAnswer(
        f"the {plugin} plugin answered {what} with {type(answer).__name__} instead of {instead}"
    )


def _sent_where(
    plugin: str, what: str, sent: tuple[object, object], words: tuple[str, str], hide: Hide
) -> tuple[str, str | None]:
    """The id and the link (or None) of what a plugin sent, checked, secrets hidden;
    ``words`` name them in a refusal ("the post's", "URL")."""
    remote_id, link = sent
    whose, link_word = words
    if not isinstance(remote_id, str | int) or not str(remote_id).strip():
        raise BadAnswer(f"the {plugin} plugin answered {what} without {whose} id")
    if link is not None and not _text(link):
        raise BadAnswer(f"the {plugin} plugin answered {what} with a {link_word} that is not text")
    return hide(str(remote_id)), hide(link) if isinstance(link, str) else None


def _published(plugin: str, what: str, answer: object, hide: Hide) -> Published:
    if not isinstance(answer, Published):
        raise _wrong(plugin, what, answer, "the post it published")
    sent = (answer.remote_id, answer.url)
    remote_id, url = _sent_where(plugin, what, sent, ("the post's", "URL"), hide)
    return Published(remote_id=remote_id, url=url)


def checked_published(plugin: str, answer: object, hide: Callable[[str], str]) -> Published:
    return _published(plugin, "publish", answer, hide)


def checked_found(plugin: str, answer: object, hide: Callable[[str], str]) -> Published | None:
    return None if answer is None else _published(plugin, "find_existing", answer, hide)


def checked_health(plugin: str, answer: object, hide: Callable[[str], str]) -> AccountHealth:
    if not isinstance(answer, AccountHealth) or not isinstance(answer.message, str):
        raise _wrong(plugin, "check_account", answer, "the account's health")
    return AccountHealth(bool(answer.ok), hide(answer.message))


def checked_hours(plugin: str, answer: object, hide: Callable[[str], str]) -> list[SpecialHours]:
    if not isinstance(answer, list | tuple) or not all(isinstance(h, SpecialHours) for h in answer):
        raise _wrong(plugin, "special hours", answer, "a list of days")
    return list(answer)


def _text(value: object) -> bool:
    return isinstance(value, str)


def _aware(value: object) -> bool:
    return isinstance(value, datetime) and value.tzinfo is not None


def _activity_fault(item: object) -> str | None:
    """What is wrong with one item a plugin gave as activity, or None."""
    if not isinstance(item, Activity):
        return f"{type(item).__name__} instead of an Activity"
    if not _text(item.remote_id) or not item.remote_id.strip():
        return "an item without its id"
    if item.kind not in ACTIVITY_KINDS:
        return f"an item of unknown kind {str(item.kind)[:20]!r}"
    if not _text(item.author_name) or not _text(item.text):
        return "an item whose author or text is not text"
    if not _aware(item.created_at):
        return "an item without a UTC-aware time"
    if item.reply_window_ends is not None and not _aware(item.reply_window_ends):
        return "an item whose reply window is not a UTC-aware time"
    if item.rating is not None and (
        isinstance(item.rating, bool)
        or not isinstance(item.rating, int)
        or not 1 <= item.rating <= 5
    ):
        return "a rating outside 1 to 5"
    for name in ("author_handle", "permalink", "on_remote_id", "existing_reply"):
        value = getattr(item, name)
        if value is not None and not _text(value):
            return f"an item whose {name} is not text"
    if not isinstance(item.thread, Mapping) or not all(
        _text(k) and _text(v) for k, v in item.thread.items()
    ):
        return "an item whose thread references are not text"
    return None


def _hidden_activity(item: Activity, hide: Callable[[str], str]) -> Activity:
    def opt(value: str | None) -> str | None:
        return None if value is None else hide(value)

    return Activity(
        remote_id=hide(item.remote_id),
        kind=item.kind,
        author_name=hide(item.author_name),
        text=hide(item.text),
        created_at=item.created_at,
        author_handle=opt(item.author_handle),
        permalink=opt(item.permalink),
        on_remote_id=opt(item.on_remote_id),
        rating=item.rating,
        reply_window_ends=item.reply_window_ends,
        thread={hide(k): hide(v) for k, v in item.thread.items()},
        existing_reply=opt(item.existing_reply),
    )


def checked_activity(plugin: str, answer: object, hide: Callable[[str], str]) -> ActivityPage:
    """A ``read_activity`` answer, checked and with secrets hidden. A cursor that carries a
    credential is refused (it would be stored), rather than stored broken."""
    if not isinstance(answer, ActivityPage) or not isinstance(answer.items, list | tuple):
        raise _wrong(plugin, "read_activity", answer, "a page of activity")
    for item in answer.items:
        fault = _activity_fault(item)
        if fault is not None:
            raise BadAnswer(f"the {plugin} plugin answered read_activity with {fault}")
    cursor = answer.cursor
    if cursor is not None and not _text(cursor):
        raise BadAnswer(
            f"the {plugin} plugin answered read_activity with a cursor that is not text"
        )
    if cursor is not None and hide(cursor) != cursor:
        raise BadAnswer(
            f"the {plugin} plugin answered read_activity with a cursor that carries a "
            "credential; it was not stored"
        )
    return ActivityPage(
        items=[_hidden_activity(item, hide) for item in answer.items],
        cursor=cursor,
        more=bool(answer.more),
    )


def checked_reply(plugin: str, answer: object, hide: Callable[[str], str]) -> ReplySent:
    """A ``reply`` answer: the reply's id on the network, secrets hidden."""
    if not isinstance(answer, ReplySent):
        raise _wrong(plugin, "reply", answer, "the reply it sent")
    sent = (answer.remote_id, answer.permalink)
    remote_id, link = _sent_where(plugin, "reply", sent, ("the reply's", "link"), hide)
    return ReplySent(remote_id=remote_id, permalink=link)


def checked_found_reply(
    plugin: str, answer: object, hide: Callable[[str], str]
) -> ReplySent | None:
    """A ``find_reply`` answer: the reply read back, or None when it is surely absent."""
    return None if answer is None else checked_reply(plugin, answer, hide)


def checked_done(plugin: str, answer: object, hide: Callable[[str], str]) -> None:
    """A ``hide`` or ``delete_reply`` answer, which is nothing."""
    if answer is not None:
        raise BadAnswer(
            f"the {plugin} plugin answered with {type(answer).__name__} where nothing was due"
        )


async def call_channel(
    channel: Channel,
    account: Account,
    call: Callable[[], Awaitable[object]],
    check: Callable[[str, object, Callable[[str], str]], T],
    *,
    deadline: float,
    hide: Callable[[str], str] | None = None,
) -> T:
    """Run one plugin call for ``account`` within ``deadline`` seconds and return its checked
    answer with the account's secrets hidden. Whatever it raises comes out with its words
    scrubbed; a plugin that tries to exit the process raises ``RuntimeError`` instead; one
    that does not answer in time raises ``TimeoutError``. ``hide``: the account's
    :func:`scrub_for`, when the caller keeps it (flush, once per account a run)."""
    import asyncio  # already loaded: this runs in its event loop

    hide = hide or scrub_for(account)
    plugin = channel.plugin_name or channel.name
    try:
        async with asyncio.timeout(deadline):  # no task of its own per call, as wait_for makes
            answer = await _awaited(call, plugin)
    except (KeyboardInterrupt, asyncio.CancelledError):
        raise
    except BaseException as exc:  # noqa: BLE001 - re-raised with its words scrubbed
        raise scrub_exception(exc, hide) from None
    return check(plugin, answer, hide)


async def _awaited(call: Callable[[], Awaitable[object]], plugin: str) -> object:
    """The plugin's answer. A method that is not a coroutine is a plugin bug in words; a
    ``SystemExit`` is caught here, inside the task, since asyncio lets it end the loop."""
    import asyncio

    try:
        result = call()
        if not asyncio.iscoroutine(result) and not isinstance(result, asyncio.Future):
            raise TypeError(f"{type(result).__name__} returned where a coroutine was expected")
        return await result
    except SystemExit:
        raise RuntimeError(f"the {plugin} plugin tried to exit medsocial") from None


PLUGIN_FAILED = "plugin"
"""The ``field`` of the problem a plugin's failed ``validate`` gives: no change to the post
mends it."""


def validate(channel: Channel, draft: Draft, account: Account | None) -> list[Problem]:
    """The channel's offline problems with ``draft``. A ``validate`` that raises or returns
    something else than a list of ``Problem`` gives one blocking problem naming the plugin:
    a draft nobody could check is not ready to go."""
    plugin = channel.plugin_name or channel.name
    try:
        found = channel.validate(draft, account)
    except Exception as exc:  # noqa: BLE001 - a plugin bug must not break compose or submit
        return [
            Problem(
                f"the {plugin} plugin failed to check this ({type(exc).__name__})",
                field=PLUGIN_FAILED,
            )
        ]
    if not isinstance(found, list | tuple) or not all(isinstance(p, Problem) for p in found):
        return [
            Problem(
                f"the {plugin} plugin answered its check with something unusable",
                field=PLUGIN_FAILED,
            )
        ]
    hide = scrub_for(account) if account is not None else str
    return [Problem(hide(p.message), p.severity, p.field) for p in found]


def limits_of(channel: Channel, account: Account | None = None) -> Limits | None:
    """The channel's limits, or None when its ``limits`` raises or answers garbage."""
    try:
        found = channel.limits(account)
    except Exception:  # noqa: BLE001 - a plugin bug is shown as unknown limits
        return None
    return found if isinstance(found, Limits) else None


def count_of(channel: Channel, text: str) -> int | None:
    """Length of ``text`` as the channel counts it, or None when its ``count`` fails."""
    try:
        used = channel.count(text)
    except Exception:  # noqa: BLE001 - a plugin bug is shown as an unknown count
        return None
    return used if isinstance(used, int) and not isinstance(used, bool) else None
