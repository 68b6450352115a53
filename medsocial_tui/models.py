"""The practice's things as plain data: staff, posts, deliveries."""

from __future__ import annotations

import dataclasses
import enum
import functools
import json
from collections.abc import Callable, Mapping
from dataclasses import MISSING, dataclass, field
from datetime import datetime
from typing import TYPE_CHECKING, Any, ClassVar, Self, TypeVar

from medsocial_tui import clock
from medsocial_tui.publishing.states import DeliveryState

if TYPE_CHECKING:
    from _typeshed import DataclassInstance

Record = TypeVar("Record", bound="DataclassInstance")
Value = TypeVar("Value")


def from_row(cls: type[Record], row: Mapping[str, Any], **read: Any) -> Record:
    """A record built from a database row whose columns are named as its fields. ``read``
    gives the fields that need reading (dates, enums, JSON); a field with a default may be
    absent from the row, and columns that are not fields are left out."""
    for name, required in _fields(cls):
        if name not in read and (required or name in row):
            read[name] = row[name]
    return cls(**read)


class Stored:
    """A record read from its table's rows by :func:`from_row`. ``READ`` names the columns
    that need reading (dates, enums, JSON), each with what reads its stored value; the other
    fields are taken from the columns of the same name as they are."""

    READ: ClassVar[Mapping[str, Callable[[Any], Any]]] = {}

    if TYPE_CHECKING:  # every Stored record is a dataclass: from_row reads its fields
        __dataclass_fields__: ClassVar[dict[str, dataclasses.Field[Any]]]

    @classmethod
    def from_row(cls, row: Mapping[str, Any]) -> Self:
        return from_row(cls, row, **{name: read(row[name]) for name, read in cls.READ.items()})


def optional(read: Callable[[str], Value]) -> Callable[[str | None], Value | None]:
    """``read`` for a column that may hold nothing: None where it is empty or NULL."""

    def read_given(text: str | None) -> Value | None:
        return read(text) if text else None

    return read_given


@functools.cache
def _fields(cls: type[DataclassInstance]) -> tuple[tuple[str, bool], ...]:
    """Each field set by the constructor, and whether it is required (has no default)."""
    return tuple(
        (f.name, f.default is MISSING and f.default_factory is MISSING)
        for f in dataclasses.fields(cls)
        if f.init
    )


class Role(enum.StrEnum):
    """What a member of staff may do (``records.staff.NEEDS_ROLE`` maps actions to roles)."""

    AUTHOR = "author"
    """Writes posts and replies."""
    APPROVER = "approver"
    """Approves posts for publishing and may override the compliance guard."""
    ADMIN = "admin"
    """Manages staff, the policy and training records, and audits."""


@dataclass(frozen=True)
class StaffMember(Stored):
    """A person on the practice's staff list: who may act in medsocial, and as what."""

    id: int
    login: str
    """Their OS user name: how an SSH key or sudo rule tells medsocial who they are."""
    name: str
    roles: frozenset[Role]
    email: str = ""
    is_manager: bool = False
    """The designated social-media manager, who new inbox items are given to (one at most:
    naming another hands it over)."""
    is_provider: bool = False
    """A doctor or clinician: post templates (provider availability) list them by name and
    title. The guard reads every staff name as the practice's, provider or not."""
    title: str = ""
    """As templates show it after the name: "DDS", "Front desk"."""
    active: bool = True
    """False once deactivated: they can no longer act, and their records stay."""

    READ = {
        "roles": lambda text: frozenset(Role(r) for r in text.split(",") if r),
        "is_manager": bool,
        "is_provider": bool,
        "active": bool,
    }

    def has(self, role: Role) -> bool:
        return self.active and role in self.roles


def _when(text: str | None) -> datetime | None:
    """A stored moment; one that cannot be read (written by hand, or by an old version) is
    shown as no time rather than stopping every reader of the queue."""
    if not text:
        return None
    try:
        return clock.parse_utc(text)
    except (ValueError, OverflowError):
        return None


@dataclass(frozen=True)
class Delivery:
    id: int
    post_id: int
    account_id: str
    state: DeliveryState
    scheduled_at: datetime | None
    next_attempt_at: datetime | None
    attempts: int
    remote_id: str | None
    remote_url: str | None
    error_kind: str | None
    last_error: str
    published_at: datetime | None
    idempotency_key: str
    progress: dict[str, Any] = field(default_factory=dict)

    @classmethod
    def from_row(cls, row: Mapping[str, Any]) -> Delivery:
        """Every field by name (flush reads a delivery or more per delivery it sends: the
        generic :func:`from_row` took twice as long)."""
        progress = row["progress"]
        return cls(
            id=row["id"],
            post_id=row["post_id"],
            account_id=row["account_id"],
            state=DeliveryState(row["state"]),
            scheduled_at=_when(row["scheduled_at"]),
            next_attempt_at=_when(row["next_attempt_at"]),
            attempts=row["attempts"],
            remote_id=row["remote_id"],
            remote_url=row["remote_url"],
            error_kind=row["error_kind"],
            last_error=row["last_error"],
            published_at=_when(row["published_at"]),
            idempotency_key=row["idempotency_key"],
            progress=json.loads(progress) if progress and progress != "{}" else {},
        )


@dataclass(frozen=True)
class Post:
    id: int
    kind: str
    text: str
    link: str | None
    media: list[dict[str, Any]]
    overrides: dict[str, str]
    options: dict[str, Any]
    author: str
    status: str
    scheduled_at: datetime | None
    tolerance_minutes: int | None
    review_note: str
    approved_by: str | None
    created_at: datetime
    deliveries: tuple[Delivery, ...] = ()
    edited_by: str | None = None
    """Who changed the post last (its author until someone edits it)."""

    def text_for(self, account_id: str, channel: str) -> str:
        """The text one account publishes: its own override, its channel's, or the master."""
        return self.overrides.get(account_id) or self.overrides.get(channel) or self.text

    @classmethod
    def from_row(cls, row: dict[str, Any], deliveries: tuple[Delivery, ...] = ()) -> Post:
        return from_row(
            cls,
            row,
            media=json.loads(row["media"]),
            overrides=json.loads(row["overrides"]),
            options=json.loads(row["options"]),
            scheduled_at=_when(row["scheduled_at"]),
            created_at=clock.parse_utc(row["created_at"]),
            deliveries=deliveries,
        )
