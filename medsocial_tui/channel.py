"""The channel contract: what a network plugin declares and does.

A plugin subclasses :class:`Channel` and registers it through the ``register_channels``
hook. The core never names a network; it only talks to channels through this module.

Publishing is at-most-once: the core commits a claim before calling :meth:`Channel.publish`
and commits the outcome right after. A plugin reports trouble by raising one of the typed
errors below so the core knows whether to wait, ask a person, or reconcile.
"""

from __future__ import annotations

import enum
import unicodedata
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any, ClassVar, Generic, TypeVar

if TYPE_CHECKING:
    import httpx


class Capability(enum.StrEnum):
    """What a channel can do beyond validating a draft."""

    PUBLISH = "publish"
    DELETE = "delete"
    RECONCILE = "reconcile"
    LISTEN = "listen"
    """Reads new comments, messages, mentions and reviews since a cursor (``read_activity``)."""
    REPLY = "reply"
    """Answers one of them in public or in the conversation (``reply``)."""
    HIDE = "hide"
    """Hides (and unhides) a comment from the public without deleting it (``hide``)."""
    METRICS = "metrics"
    SPECIAL_HOURS = "special_hours"
    MANUAL = "manual"


class MediaRule(enum.StrEnum):
    """Whether a network's posts carry images or video (``Channel.validate`` checks it)."""

    NONE = "none"
    """Text only: a post with media is refused."""
    OPTIONAL = "optional"
    """A post may carry images or video, or go out as text alone."""
    REQUIRED = "required"
    """Every post needs an image or video."""


@dataclass(frozen=True)
class Limits:
    """A network's limits as a person needs to know them while writing."""

    max_chars: int | None
    """The most a post's text may hold, as :meth:`Channel.count` counts; None, no limit."""
    counted_as: str = "characters"
    """What :meth:`Channel.count` counts, in the words the compose counter shows after the
    number ("graphemes (what you see as one character)")."""
    media: MediaRule = MediaRule.OPTIONAL
    max_media: int = 4
    """The most images or videos one post may carry."""
    clickable_links: bool = True
    alt_text: bool = False
    """The network shows a description of each image to screen readers: the core then
    requires one for every attached image, and the guard reads it like the post's text."""


@dataclass(frozen=True)
class Field:
    """A credential or setting an account of this channel needs."""

    name: str
    label: str
    help: str = ""
    required: bool = True


@dataclass(frozen=True)
class Media:
    """A file attached to a post.

    ``url`` is where the same file can be fetched publicly (the practice website, a CDN):
    some networks do not take uploads and fetch the image from a public address instead."""

    path: Path
    alt_text: str = ""
    mime_type: str = ""
    width: int | None = None
    height: int | None = None
    size_bytes: int | None = None
    url: str | None = None


@dataclass(frozen=True)
class Draft:
    """The text and attachments one channel will publish for one post."""

    text: str
    media: tuple[Media, ...] = ()
    link: str | None = None
    kind: str = "general"
    options: Mapping[str, Any] = field(default_factory=dict)


@dataclass(frozen=True)
class Problem:
    """Something the offline validation found: an ``error`` blocks, a ``warning`` informs."""

    message: str
    severity: str = "error"
    field: str = "text"

    @property
    def blocking(self) -> bool:
        return self.severity == "error"


@dataclass(frozen=True)
class Account:
    """One connected page or profile, as the plugin sees it.

    ``base_url`` is always set (the account's override or the channel's default), so the same
    plugin can run against a loopback server in tests.
    """

    id: str
    channel: str
    name: str
    base_url: str
    settings: Mapping[str, Any] = field(default_factory=dict)
    credentials: Mapping[str, str] = field(default_factory=dict, repr=False)
    sessions_path: Path | None = field(default=None, repr=False, compare=False)
    """Where the practice keeps what plugins renew between runs (``sessions.json``); a
    plugin reaches it through ``channelkit.kept_session(account)``, never directly. None
    outside a practice (tests): kept in this process only."""


@dataclass
class PublishRequest:
    """One delivery being published: one post to one account.

    ``progress`` holds what earlier attempts saved with ``checkpoint`` (for example an
    upload container id). ``checkpoint`` commits more progress to the database at once,
    so a crash after it is reconciled rather than repeated.
    """

    delivery_id: int
    attempt_id: str
    idempotency_key: str
    account: Account
    draft: Draft
    scheduled_at: datetime | None
    claimed_at: datetime
    progress: dict[str, Any] = field(default_factory=dict)
    checkpoint: Callable[[dict[str, Any]], None] = lambda _update: None


@dataclass(frozen=True)
class Published:
    """The network accepted the post."""

    remote_id: str
    url: str | None = None


@dataclass(frozen=True)
class SpecialHours:
    """Opening hours for one day that differ from the regular week (snow day, holiday).
    ``closed`` with no times, or open between ``opens`` and ``closes`` ("HH:MM", local)."""

    day: date
    closed: bool = True
    opens: str | None = None
    closes: str | None = None


@dataclass(frozen=True)
class AccountHealth:
    """What ``medsocial doctor`` and the channels screen say about an account."""

    ok: bool
    message: str


COUNTER_WORDS: dict[str, str] = {
    "reactions": "reactions (likes and the rest)",
    "likes": "likes",
    "comments": "comments",
    "shares": "shares, reposts or boosts",
    "quotes": "quotes",
    "saves": "saves or bookmarks",
    "views": "views or plays",
    "reach": "people reached",
    "impressions": "times shown",
    "clicks": "clicks",
    "followers": "followers",
    "follows": "new followers",
    "engagements": "interactions with posts",
    "searches": "profile found in Google Search",
    "map_views": "profile shown on Google Maps",
    "calls": "calls from the profile",
    "website_clicks": "website clicks from the profile",
    "direction_requests": "direction requests",
}
"""The counters medsocial knows by name, in words. A channel reports any subset; a
counter a network does not give is absent, never zero. A plugin may add its own names."""


@dataclass(frozen=True)
class PostCounts:
    """A published post's counters as the network reported them at one moment."""

    remote_id: str
    counts: Mapping[str, int]


@dataclass(frozen=True)
class DailyCounts:
    """The account's counters for one day in the practice's calendar (e.g. Google's
    calls and direction requests, followers at the end of the day)."""

    day: date
    counts: Mapping[str, int]


ACTIVITY_KINDS = frozenset({"comment", "message", "review", "mention", "reply", "quote"})
"""What an :class:`Activity` can be: a comment on one of the account's posts, a private
message, a review of the practice, a mention of the account, a reply to one of its posts,
and a quote of one of them."""


@dataclass(frozen=True)
class Activity:
    """One thing someone else wrote to or about the account, as the network gave it.

    Everything here is someone else's words: the core shows it as text, never markup, and
    never puts ``text`` or ``author_name`` in a log, an audit event or an alert."""

    remote_id: str
    """The network's id of the item, unique within the account."""
    kind: str
    """One of :data:`ACTIVITY_KINDS`."""
    author_name: str
    """The author's name as the network shows it."""
    text: str
    """What they wrote, as plain text (a network's HTML or rich text already turned into
    words); an empty string for a review with stars alone."""
    created_at: datetime
    """When it was written, UTC-aware."""
    author_handle: str | None = None
    """The author's handle where the network has handles (``@name``, as the network writes
    it); None where it shows only a name (a Google review)."""
    permalink: str | None = None
    """A link a person can open to see the item on the network; None when it has none."""
    on_remote_id: str | None = None
    """The post, media, conversation or review it belongs to."""
    rating: int | None = None
    """A review's stars, 1 to 5."""
    reply_window_ends: datetime | None = None
    """When the network stops accepting a reply (Messenger's 24-hour window); None when
    there is no such limit."""
    thread: Mapping[str, str] = field(default_factory=dict)
    """Network-specific references a reply needs (a thread's root and parent ids, a
    conversation's recipient id, a status's visibility, …). Text only: the core stores them."""
    existing_reply: str | None = None
    """The account's current reply where the network keeps one per item (a Google review's
    owner reply)."""


@dataclass(frozen=True)
class ActivityPage:
    """What one ``read_activity`` call found, oldest or newest first as the network gives it.

    ``cursor`` is opaque to the core: it stores it and passes it back on the next call, so
    reading again from it gives nothing twice. It is never a credential or a URL carrying one.
    ``more`` says another page is waiting now (the core may read again at once). An item the
    network changed (an edited review) may come again with the same ``remote_id``: the core
    keeps one item per ``remote_id`` and updates it."""

    items: list[Activity]
    cursor: str | None
    more: bool = False


@dataclass(frozen=True)
class ReplySent:
    """The network accepted a reply: its id there, and where people can see it."""

    remote_id: str
    permalink: str | None = None


class ChannelError(Exception):
    """Base of the typed errors a plugin raises. ``message`` is shown to people: the
    network's own words, never a token or a full URL with secrets."""

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


class RetryLater(ChannelError):
    """The request was not accepted yet and may be sent again at ``retry_at`` (or after a
    short backoff when None): a rate limit, a 503 with Retry-After, or a request that provably
    never left this machine (connection refused)."""

    def __init__(self, message: str, retry_at: datetime | None = None) -> None:
        super().__init__(message)
        self.retry_at = retry_at


class AuthExpired(ChannelError):
    """The account's credentials were refused; a person must reconnect it."""


class Rejected(ChannelError):
    """The network said no for good (validation, policy, permission); a person decides."""


class OutcomeUnknown(ChannelError):
    """The request may have reached the network (timeout after sending, reset, 5xx).
    Never resent blindly: the delivery goes to ``unknown`` and is reconciled."""


class CannotTell(OutcomeUnknown):
    """The network cannot prove the post absent (its listing does not reach back to the
    attempt, or it has no way to look a post up): a person looks at the page and decides.
    ``message`` says what was looked at."""


class ReplyWindowClosed(Rejected):
    """The network no longer accepts a reply to this item (Messenger's 24-hour standard
    messaging window has ended). Raised before anything is sent; ``message`` says so in
    words and what to do instead."""


class HandOff(ChannelError):
    """This channel has no publishing API: the delivery becomes a to-do for a person, with
    ``message`` saying what to do."""


class SpecialHoursUncertain(OutcomeUnknown):
    """Raised by ``set_special_hours`` when the change was sent but its answer was lost and
    reading the hours back did not show it in place. ``previous`` is what the named days had
    before, so an undo can put them back whatever happened; ``holds`` is what the network
    showed for those days when read back, or None when that read failed too."""

    def __init__(
        self,
        message: str,
        previous: Sequence[SpecialHours],
        holds: Sequence[SpecialHours] | None = None,
    ) -> None:
        super().__init__(message)
        self.previous = list(previous)
        self.holds = None if holds is None else list(holds)


# Special hours: networks that replace the whole list take it back merged.

Item = TypeVar("Item")


@dataclass(frozen=True)
class HoursMerge(Generic[Item]):
    """What to send back to a network that replaces its special hours whole (``merged``,
    sorted by day), and what the named days held before (``previous``), for an undo."""

    merged: list[Item]
    previous: list[Item]
    touched: set[date]


def check_special_hours(hours: Iterable[SpecialHours]) -> None:
    """Refuse, before anything is read or sent, a day neither closed nor given both times."""
    for h in hours:
        if not h.closed and not (h.opens and h.closes):
            raise Rejected(f"{h.day}: give opening and closing times, or mark it closed")


def merge_special_hours(
    current: Sequence[Item],
    hours: Sequence[SpecialHours],
    *,
    remove: Iterable[date] = (),
    day_of: Callable[[Item], date | None],
    item_of: Callable[[SpecialHours], Item],
) -> HoursMerge[Item]:
    """``current`` (the network's items, of its own shape) with the days ``hours`` name
    replaced by ``hours`` and the days in ``remove`` dropped; every other day kept as the
    network sent it. Raises :class:`Rejected` for a day neither closed nor given both times."""
    check_special_hours(hours)
    named = {h.day for h in hours}
    touched = named | set(remove)
    previous = [item for item in current if day_of(item) in named]
    kept = [item for item in current if day_of(item) not in touched]

    def by_day(item: Item) -> tuple[bool, date]:
        day = day_of(item)
        return day is None, day or date.min

    merged = sorted([*kept, *(item_of(h) for h in hours)], key=by_day)
    return HoursMerge(merged, previous, touched)


class Channel:
    """Base class for a network plugin. Subclasses set the class attributes and override
    :meth:`validate`, :meth:`publish` and, where the network allows, the others."""

    name: ClassVar[str]
    title: ClassVar[str]
    default_base_url: ClassVar[str] = ""
    api_version: ClassVar[str | None] = None
    capabilities: ClassVar[frozenset[Capability]] = frozenset({Capability.PUBLISH})
    credentials: ClassVar[tuple[Field, ...]] = ()
    settings: ClassVar[tuple[Field, ...]] = ()
    dedupes_retries: ClassVar[bool] = False
    """True when the network itself drops a repeated request (an Idempotency-Key header, a
    record key we choose), so an unknown outcome may be retried automatically."""
    max_concurrency: ClassVar[int] = 2
    """Requests in flight at once for one account."""
    credentials_help: ClassVar[str] = ""
    """Where a practice gets the credentials: which app, permissions, token lifetime."""
    listening_note: ClassVar[str | None] = None
    """Words the inbox shows for this channel when its network gives no listening API to
    apps like this one (a video network, the manual channel): where a person reads activity
    instead."""

    plugin_name: str = ""

    def limits(self, account: Account | None = None) -> Limits:
        return Limits(max_chars=None)

    def count(self, text: str) -> int:
        """Length as this network counts it. Default: Unicode code points after NFC."""
        return len(unicodedata.normalize("NFC", text))

    def warm_up(self) -> None:
        """Build now what the first :meth:`count` or :meth:`validate` would otherwise pay for
        (compiled patterns, say). The app calls it off the UI thread after loading plugins,
        so the first key typed in compose does not wait; a command that never counts (flush,
        ``metrics fetch``) never calls it. Default: nothing."""

    def validate(self, draft: Draft, account: Account | None = None) -> list[Problem]:
        """Check a draft offline: limits, required media, link rules. Fast and pure."""
        problems: list[Problem] = []
        limits = self.limits(account)
        used = self.count(draft.text)
        if limits.max_chars is not None and used > limits.max_chars:
            problems.append(
                Problem(f"{used} of {limits.max_chars} {limits.counted_as}: shorten the text")
            )
        if not draft.text.strip() and not draft.media:
            problems.append(Problem("the post is empty"))
        if limits.media is MediaRule.REQUIRED and not draft.media:
            problems.append(Problem(f"{self.title} needs an image or video", field="media"))
        if limits.media is MediaRule.NONE and draft.media:
            problems.append(Problem(f"{self.title} posts cannot carry media", field="media"))
        if len(draft.media) > limits.max_media:
            problems.append(
                Problem(f"at most {limits.max_media} attachments on {self.title}", field="media")
            )
        return problems

    async def publish(self, client: httpx.AsyncClient, request: PublishRequest) -> Published:
        raise NotImplementedError

    async def find_existing(
        self, client: httpx.AsyncClient, request: PublishRequest
    ) -> Published | None:
        """Look for a post an earlier, unanswered attempt may have created. Return it, None
        when it is surely absent, or raise ``OutcomeUnknown`` when the network cannot tell."""
        raise OutcomeUnknown(f"{self.title} offers no way to check whether the post went out")

    async def delete(self, client: httpx.AsyncClient, account: Account, remote_id: str) -> None:
        raise Rejected(f"{self.title} posts cannot be deleted from medsocial")

    async def check_account(self, client: httpx.AsyncClient, account: Account) -> AccountHealth:
        """A cheap authorised read that proves the credentials work."""
        return AccountHealth(True, "no online check for this channel")

    def missing_credentials(self, account: Account) -> list[Field]:
        return [f for f in self.credentials if f.required and not account.credentials.get(f.name)]

    def missing_settings(self, account: Account) -> list[Field]:
        return [f for f in self.settings if f.required and not account.settings.get(f.name)]

    metrics_offered: ClassVar[tuple[str, ...]] = ()
    """The post counters this network gives apps (names from ``COUNTER_WORDS``)."""
    account_metrics_offered: ClassVar[tuple[str, ...]] = ()
    """The account's daily counters this network gives apps."""
    metrics_note: ClassVar[str] = ""
    """In words, what the network does not give (deprecated insights, an API without
    counters): shown beside the numbers so a missing counter is never read as zero."""

    async def read_post_metrics(
        self, client: httpx.AsyncClient, account: Account, remote_ids: Sequence[str]
    ) -> list[PostCounts]:
        """The current counters of these published posts (at most 100 a call). A post the
        network no longer has is left out of the answer; raise ``RetryLater`` when asked to
        wait, ``AuthExpired`` when the token no longer reads."""
        raise Rejected(f"{self.title} gives apps no counters for posts")

    async def read_account_metrics(
        self, client: httpx.AsyncClient, account: Account, first: date, last: date
    ) -> list[DailyCounts]:
        """The account's daily counters from ``first`` to ``last`` (inclusive), the days the
        network has figures for."""
        raise Rejected(f"{self.title} gives apps no daily counters for the account")

    async def get_special_hours(
        self, client: httpx.AsyncClient, account: Account
    ) -> list[SpecialHours]:
        raise Rejected(f"{self.title} has no special hours")

    async def set_special_hours(
        self,
        client: httpx.AsyncClient,
        account: Account,
        hours: list[SpecialHours],
        *,
        remove: Sequence[date] = (),
    ) -> list[SpecialHours]:
        """Merge ``hours`` into the account's special hours (days not named are kept; the
        days in ``remove`` lose their special hours) and return the periods the named days
        had before, so the change can be undone: set those again and remove the days that
        had none.

        As written here, for a network that replaces its special hours whole: read them
        (:meth:`get_special_hours`), merge, and send the whole list back with
        :meth:`replace_special_hours`. A network whose answer can be lost overrides this to
        read the hours back then (see the Google plugin)."""
        current = await self.get_special_hours(client, account)
        merge = merge_special_hours(
            current, hours, remove=remove, day_of=lambda h: h.day, item_of=lambda h: h
        )
        await self.replace_special_hours(client, account, merge.merged)
        return merge.previous

    async def replace_special_hours(
        self, client: httpx.AsyncClient, account: Account, hours: list[SpecialHours]
    ) -> None:
        """Send ``hours`` as the account's whole list of special hours (what
        :meth:`set_special_hours` sends back after merging)."""
        raise Rejected(f"{self.title} has no special hours")

    # Listening: capabilities LISTEN, REPLY, HIDE.

    async def read_activity(
        self, client: httpx.AsyncClient, account: Account, cursor: str | None
    ) -> ActivityPage:
        """New activity since ``cursor`` (None: the first read; a network may then give only
        recent items). Returns the items and the cursor to pass next time; an item is never
        given again from the returned cursor. Raises ``RetryLater`` (with ``retry_at`` from
        the network's rate-limit headers), ``AuthExpired`` or ``Rejected``."""
        raise NotImplementedError

    async def reply(
        self, client: httpx.AsyncClient, account: Account, item: Activity, text: str
    ) -> ReplySent:
        """Answer ``item`` as the account, with the references the network needs (from
        ``item.thread`` and ``item.on_remote_id``). Raises ``ReplyWindowClosed`` without
        sending when the network would refuse it for its age, ``OutcomeUnknown`` when the
        request may have reached the network but its answer was lost. A plugin adds only what
        the network needs to deliver the words (the author's ``@handle`` where, without it, a
        reply reaches nobody); it never changes them."""
        raise NotImplementedError

    async def find_reply(
        self, client: httpx.AsyncClient, account: Account, item: Activity, text: str
    ) -> ReplySent | None:
        """After a lost answer to :meth:`reply`, read the thread back: the account's reply
        with ``text`` under ``item`` when it is there, None when it is surely not.
        Raises ``OutcomeUnknown`` (or ``CannotTell``) when the network cannot tell."""
        raise CannotTell(f"{self.title} offers no way to read a reply back")

    async def hide(
        self, client: httpx.AsyncClient, account: Account, item: Activity, hidden: bool = True
    ) -> None:
        """Hide ``item`` from the public (or show it again with ``hidden=False``)."""
        raise NotImplementedError

    async def delete_reply(
        self, client: httpx.AsyncClient, account: Account, item: Activity
    ) -> None:
        """Remove the account's reply to ``item`` (a Google review's owner reply)."""
        raise NotImplementedError
