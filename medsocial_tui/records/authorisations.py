"""Patients' written permission: the authorisation register, the gate it puts on posts
that feature a patient, and the takedown list when a patient takes permission back.

The patient is kept the way the roster keeps names: a keyed digest (HMAC-SHA256 with the
practice's ``roster.key``) of the normalised full name, never the name in clear. A person
finds a patient's authorisations by typing the name again (:func:`find`).

A post needs an authorisation when it carries a testimonial (the words in
:mod:`medsocial_tui.compliance.testimonial`) or when its author marked it as featuring a
patient (``options["features_patient"]``). It names one with ``options["authorisation"]``;
the authorisation must be signed, not expired, not revoked, and cover the post's scope
(text, photo, video) and every network it goes to. Revoking one lists every published
delivery that used it; :func:`take_down` deletes them where the channel can and leaves a
to-do for a person where it cannot.
"""

from __future__ import annotations

import enum
import json
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date

import httpx

from medsocial_tui import clock
from medsocial_tui.accounts import plugin_calls
from medsocial_tui.channel import Capability
from medsocial_tui.compliance.roster import _digest, _split_full, load_key, normalise
from medsocial_tui.compliance.testimonial import find_testimonial
from medsocial_tui.errors import InvalidTransition, NotFound, UsageError
from medsocial_tui.home.practice import Practice
from medsocial_tui.machine import declare
from medsocial_tui.models import Stored, optional
from medsocial_tui.publishing.states import DeliveryState
from medsocial_tui.records import audit
from medsocial_tui.records.policy import typed_day
from medsocial_tui.records.staff import Action, require_login

ALL_NETWORKS = "all"
DIGEST_KIND = "authorisation"
DELETE_SECONDS = 30.0


class Scope(enum.StrEnum):
    """What the patient allowed to be shown."""

    TEXT = "text"
    """Their words (a testimonial) or a post about them without their picture."""
    PHOTO = "photo"
    VIDEO = "video"


@dataclass(frozen=True)
class Authorisation(Stored):
    """A patient's signed permission to be quoted or shown, as the register keeps it: the
    patient only as a keyed digest of the name, which this record does not carry."""

    id: int
    """The number a post names (``--authorisation N``)."""
    scope: frozenset[Scope]
    networks: frozenset[str]
    """Channel names, or ``ALL_NETWORKS``."""
    signed_on: date
    expires_on: date | None
    """None: it does not expire."""
    revoked_on: date | None
    """None: not revoked."""
    form_location: str
    """Where the signed form is kept ("binder 2, tab 14", a file path)."""
    created_by: str

    READ = {
        "scope": lambda text: frozenset(Scope(s) for s in json.loads(text)),
        "networks": lambda text: frozenset(json.loads(text)),
        "signed_on": date.fromisoformat,
        "expires_on": optional(date.fromisoformat),
        "revoked_on": optional(date.fromisoformat),
    }

    def covers_network(self, channel: str) -> bool:
        return ALL_NETWORKS in self.networks or channel in self.networks

    def status(self, today: date) -> str:
        """valid, revoked, expired or not yet signed, in words."""
        if self.revoked_on is not None:
            return f"revoked {self.revoked_on.isoformat()}"
        if self.signed_on > today:
            return f"signed in the future ({self.signed_on.isoformat()})"
        if self.expires_on is not None and self.expires_on < today:
            return f"expired {self.expires_on.isoformat()}"
        return "valid"


class TakedownState(enum.StrEnum):
    PENDING = "pending"
    DELETED = "deleted"
    TO_DO = "to_do"
    DONE = "done"


T = TakedownState

TAKEDOWNS = declare(
    TakedownState,
    "a takedown",
    "takedowns.state",
    """
    pending: to delete
        # pending -> done: a person removed it by hand before medsocial tried
        -> deleted to_do done
    to_do: to remove by hand
        -> done
    deleted: deleted
    done: removed by hand
    """,
)

TAKEDOWN_WORDS = TAKEDOWNS.words
"""A takedown's state as the people reading the list say it."""


@dataclass(frozen=True)
class Takedown:
    """One published delivery that used a revoked authorisation, and what became of it."""

    id: int
    authorisation_id: int
    delivery_id: int
    account_id: str
    remote_id: str
    remote_url: str
    state: TakedownState
    detail: str


def patient_digest(practice: Practice, full_name: str) -> str:
    """The keyed digest a patient is kept as (the roster key is made when there is none)."""
    first, last = _split_full(full_name)
    first, last = normalise(first), normalise(last)
    if not first:
        raise UsageError(
            "the patient's name has no letters", fix='give the full name: "Maria Lopez"'
        )
    key = load_key(practice.home.root, create=True)
    assert key is not None
    return _digest(key, DIGEST_KIND, f"{first} {last}")


def _day(value: str | date | None, what: str) -> date | None:
    if isinstance(value, date) or not value:
        return value or None
    return typed_day(value, what)


def _scope(values: Iterable[str]) -> frozenset[Scope]:
    out: set[Scope] = set()
    for value in values:
        for word in value.replace(",", " ").split():
            try:
                out.add(Scope(word.strip().lower()))
            except ValueError:
                raise UsageError(
                    f"unknown scope {word!r}", fix="use text, photo and/or video"
                ) from None
    if not out:
        raise UsageError("say what the patient allowed", fix="--scope text, photo and/or video")
    return frozenset(out)


def _networks(practice: Practice, values: Iterable[str]) -> frozenset[str]:
    out = {w.strip().lower() for v in values for w in v.replace(",", " ").split() if w.strip()}
    if not out:
        raise UsageError(
            "say which networks the patient allowed",
            fix="--networks with channel names (`medsocial plugins` lists them), or all",
        )
    known = set(practice.plugins.channels) | {ALL_NETWORKS}
    unknown = sorted(out - known)
    if unknown:
        raise UsageError(
            f"unknown network {unknown[0]!r}",
            fix="use one of: " + ", ".join(sorted(known)),
        )
    return frozenset(out)


def add(
    practice: Practice,
    patient: str,
    *,
    scope: Sequence[str],
    networks: Sequence[str],
    signed_on: str | date,
    expires_on: str | date | None,
    form_location: str,
) -> Authorisation:
    """Record a signed authorisation. The patient's name is kept only as a keyed digest;
    the audit event has the id, scope, networks and dates, never the name."""
    actor = require_login(practice.store, practice.login, Action.MANAGE_STAFF)
    scopes = _scope(scope)
    nets = _networks(practice, networks)
    signed = _day(signed_on, "signed date")
    if signed is None:
        raise UsageError("say when the patient signed", fix="--signed YYYY-MM-DD")
    today = practice.today()
    if signed > today:  # a typo in the year or the month: nobody signs tomorrow
        raise UsageError(
            f"the signed date {signed.isoformat()} is after today ({today.isoformat()}) in "
            "the practice's time zone",
            fix="type the date on the signed form",
        )
    expires = _day(expires_on, "expiry date")
    if expires is not None and expires < signed:
        raise UsageError("the authorisation expires before it was signed", fix="check the dates")
    if not form_location.strip():
        raise UsageError(
            "say where the signed form is kept", fix='--form "binder 2, tab 14" or a file path'
        )
    digest = patient_digest(practice, patient)
    now = clock.to_iso(clock.now())
    with practice.store.write() as db:
        new_id = audit.insert(
            db,
            actor.login,
            "authorisation.added",
            "authorisations",
            {
                "patient_digest": digest,
                "scope": json.dumps(sorted(scopes)),
                "networks": json.dumps(sorted(nets)),
                "signed_on": signed.isoformat(),
                "expires_on": expires.isoformat() if expires else None,
                "form_location": form_location.strip(),
                "created_by": actor.login,
                "created_at": now,
            },
            "authorisation",
            scope=sorted(scopes),
            networks=sorted(nets),
            signed_on=signed.isoformat(),
            expires_on=expires.isoformat() if expires else None,
        )
    return get(practice, new_id)


def expired_warning(made: Authorisation, today: date) -> str | None:
    """What to tell the person who has just recorded an authorisation that already expired
    (kept, as the record of a form the practice holds, but it lets no post through)."""
    if made.expires_on is None or made.expires_on >= today:
        return None
    return (
        f"authorisation {made.id} expired on {made.expires_on.isoformat()}: it is kept as a "
        "record, but no post can use it; record the patient's new form to use one"
    )


def get(practice: Practice, authorisation_id: int) -> Authorisation:
    fix = "`medsocial authorisation list` shows them"
    return Authorisation.from_row(
        practice.store.by_id("authorisations", authorisation_id, "authorisation", fix)
    )


def every(practice: Practice) -> list[Authorisation]:
    return [
        Authorisation.from_row(r)
        for r in practice.store.query("SELECT * FROM authorisations ORDER BY id")
    ]


def find(practice: Practice, patient: str) -> list[Authorisation]:
    """The authorisations recorded for a patient, found by typing the name again."""
    digest = patient_digest(practice, patient)
    rows = practice.store.query(
        "SELECT * FROM authorisations WHERE patient_digest = ? ORDER BY id", (digest,)
    )
    return [Authorisation.from_row(r) for r in rows]


def revoke(
    practice: Practice, authorisation_id: int, *, on: str | date | None = None
) -> list[Takedown]:
    """Record that the patient took permission back and list every published delivery that
    used it (state ``pending`` where the channel can delete, ``to_do`` where a person must).
    Posts not yet published are stopped by the gate before they go out."""
    actor = require_login(practice.store, practice.login, Action.MANAGE_STAFF)
    found = get(practice, authorisation_id)
    if found.revoked_on is not None:
        raise InvalidTransition(
            f"authorisation {authorisation_id} was revoked on {found.revoked_on.isoformat()}",
            fix=f"`medsocial authorisation takedown {authorisation_id}` shows what is left",
        )
    when = _day(on, "revocation date") or practice.today()
    now = clock.to_iso(clock.now())
    used = practice.store.query(
        "SELECT d.id, d.account_id, d.remote_id, d.remote_url FROM deliveries d"
        " JOIN posts p ON p.id = d.post_id"
        " WHERE json_extract(p.options, '$.authorisation') = ? AND d.state = ?"
        " ORDER BY d.id",
        (authorisation_id, DeliveryState.PUBLISHED.value),
    )
    with practice.store.write() as db:
        db.conn.execute(
            "UPDATE authorisations SET revoked_on = ?, revoked_by = ? WHERE id = ?",
            (when.isoformat(), actor.login, authorisation_id),
        )
        for row in used:
            state, detail = _first_state(practice, str(row["account_id"]))
            db.conn.execute(
                "INSERT INTO takedowns (authorisation_id, delivery_id, account_id, remote_id,"
                " remote_url, state, detail, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                (
                    authorisation_id,
                    row["id"],
                    row["account_id"],
                    row["remote_id"] or "",
                    row["remote_url"] or "",
                    state.value,
                    detail,
                    now,
                ),
            )
        audit.record(
            db,
            actor.login,
            "authorisation.revoked",
            "authorisation",
            authorisation_id,
            revoked_on=when.isoformat(),
            deliveries=[int(str(r["id"])) for r in used],
        )
    return takedowns(practice, authorisation_id)


def _first_state(practice: Practice, account_id: str) -> tuple[TakedownState, str]:
    config = practice.config.account(account_id)
    channel = practice.plugins.channels.get(config.channel) if config else None
    if channel is not None and Capability.DELETE in channel.capabilities:
        return T.PENDING, f"{channel.title} can delete it from medsocial"
    title = channel.title if channel else (config.channel if config else account_id)
    return T.TO_DO, f"{title} cannot delete from medsocial: remove the post by hand"


def takedowns(practice: Practice, authorisation_id: int | None = None) -> list[Takedown]:
    sql = "SELECT * FROM takedowns"
    params: tuple[object, ...] = ()
    if authorisation_id is not None:
        sql += " WHERE authorisation_id = ?"
        params = (authorisation_id,)
    return [
        Takedown(
            id=int(r["id"]),
            authorisation_id=int(r["authorisation_id"]),
            delivery_id=int(r["delivery_id"]),
            account_id=str(r["account_id"]),
            remote_id=str(r["remote_id"]),
            remote_url=str(r["remote_url"]),
            state=TakedownState(r["state"]),
            detail=str(r["detail"]),
        )
        for r in practice.store.query(sql + " ORDER BY id", params)
    ]


def _set_takedown(
    practice: Practice, item: Takedown, state: TakedownState, detail: str, actor: str
) -> None:
    """Move a takedown from the state it was read in (refused when someone moved it
    meanwhile), with its audit event."""
    with practice.store.write() as db:
        now = clock.to_iso(clock.now())
        if not TAKEDOWNS.move(db, item.id, item.state, state, detail=detail, updated_at=now):
            raise InvalidTransition(f"takedown {item.id} changed meanwhile; look again")
        audit.record(
            db,
            actor,
            f"takedown.{state.value}",
            "takedown",
            item.id,
            authorisation=item.authorisation_id,
            delivery=item.delivery_id,
            account=item.account_id,
        )


async def take_down(
    practice: Practice, authorisation_id: int, client: httpx.AsyncClient | None = None
) -> list[Takedown]:
    """Delete each pending delivery of a revoked authorisation through its channel. A
    network that says no (or does not answer) turns the item into a to-do with its words."""
    actor = require_login(practice.store, practice.login, Action.MANAGE_STAFF)
    pending = [t for t in takedowns(practice, authorisation_id) if t.state is T.PENDING]
    own = client is None
    client = client or practice.http_client()
    try:
        for item in pending:
            state, detail = await _delete_one(practice, client, item)
            try:
                _set_takedown(practice, item, state, detail, actor.login)
            except InvalidTransition:
                # settled meanwhile by someone else (a second run, `takedown done`): their
                # record stands, and the items after this one are still taken down
                continue
    finally:
        if own:
            await client.aclose()
    return takedowns(practice, authorisation_id)


async def _delete_one(
    practice: Practice, client: httpx.AsyncClient, item: Takedown
) -> tuple[TakedownState, str]:
    try:
        channel = practice.channel_for(item.account_id)
        account = practice.account(item.account_id)
    except UsageError as exc:
        return T.TO_DO, f"{exc.what}: remove the post by hand"
    if not item.remote_id:
        return T.TO_DO, "the network gave no post id: remove the post by hand"

    def none(_plugin: str, _answer: object, _hide: object) -> None:
        return None

    try:
        await plugin_calls.call_channel(
            channel,
            account,
            lambda: channel.delete(client, account, item.remote_id),
            none,
            deadline=DELETE_SECONDS,
        )
    except Exception as exc:  # noqa: BLE001 - any failure is a to-do
        words = str(exc) or type(exc).__name__
        return T.TO_DO, f"{channel.title} did not delete it ({words}): remove it by hand"
    return T.DELETED, f"deleted from {channel.title}"


def mark_done(practice: Practice, takedown_id: int) -> Takedown:
    """A person removed the post by hand."""
    actor = require_login(practice.store, practice.login, Action.MANAGE_STAFF)
    row = practice.store.by_id("takedowns", takedown_id, "takedown")
    item = next(t for t in takedowns(practice, int(row["authorisation_id"])) if t.id == takedown_id)
    if not TAKEDOWNS.can_move(item.state, T.DONE):
        raise InvalidTransition(f"takedown {takedown_id} is already {item.state.value}")
    _set_takedown(practice, item, T.DONE, "removed by hand", actor.login)
    return next(t for t in takedowns(practice, item.authorisation_id) if t.id == takedown_id)


@dataclass(frozen=True)
class Need:
    """What a post needs an authorisation for, and why in words."""

    scope: frozenset[Scope]
    why: tuple[str, ...]


def need_of(
    texts: Iterable[str], media: Iterable[dict[str, object]], features_patient: bool
) -> Need:
    """The scope a post needs permission for: none when it neither carries a testimonial
    nor was marked as featuring a patient."""
    scope: set[Scope] = set()
    why: list[str] = []
    for text in texts:
        for cue in find_testimonial(text):
            scope.add(Scope.TEXT)
            why.append(f"testimonial wording ({cue.rule})")
            break
    if features_patient:
        why.append("marked as featuring a patient")
        kinds = {str(m.get("mime_type", "")).split("/")[0] for m in media}
        if "image" in kinds:
            scope.add(Scope.PHOTO)
        if "video" in kinds:
            scope.add(Scope.VIDEO)
        if not kinds & {"image", "video"}:
            scope.add(Scope.TEXT)
    return Need(frozenset(scope), tuple(dict.fromkeys(why)))


def problems_for(
    practice: Practice,
    *,
    texts: Iterable[str],
    media: Iterable[dict[str, object]],
    options: dict[str, object],
    channels: Iterable[str],
    today: date | None = None,
) -> list[str]:
    """Why this post may not go out for want of a patient's permission, in words; empty
    when it needs none or names a valid authorisation covering it."""
    need = need_of(texts, media, bool(options.get("features_patient")))
    if not need.scope:
        return []
    why = " and ".join(need.why)
    wanted = options.get("authorisation")
    if wanted in (None, ""):
        return [
            f"this post needs a patient's written authorisation ({why}): "
            "name one (`--authorisation N`), or remove the patient from the post"
        ]
    try:
        found = get(practice, int(str(wanted)))
    except (NotFound, ValueError):
        return [f"authorisation {wanted} does not exist ({why})"]
    today = today or practice.today()
    out: list[str] = []
    status = found.status(today)
    if status != "valid":
        out.append(f"authorisation {found.id} is {status}: the post may not go out")
    missing = sorted(need.scope - found.scope)
    if missing:
        out.append(
            f"authorisation {found.id} does not cover {', '.join(missing)} "
            f"(it allows {', '.join(sorted(found.scope))})"
        )
    outside = sorted({c for c in channels if not found.covers_network(c)})
    if outside:
        out.append(f"authorisation {found.id} does not cover {', '.join(outside)}")
    return out
