"""What happened to a delivery, recorded the moment it is known: held, deferred or failed
before any request; the network's answer to an attempt; an unknown settled by reconcile.
And what a failed attempt means (:func:`classify`), from the plugin's typed error. Each
recording runs inside an open write transaction, compare-and-set, with its audit event."""

from __future__ import annotations

import json
from datetime import datetime, timedelta
from typing import TYPE_CHECKING, Any, NamedTuple

from medsocial_tui import clock
from medsocial_tui.publishing import states
from medsocial_tui.publishing.claims import RUNNER, DueRef, end_attempt, end_claimed_attempt
from medsocial_tui.publishing.states import DeliveryState as S
from medsocial_tui.records import audit
from medsocial_tui.store import Store
from medsocial_tui.when import duration_words

if TYPE_CHECKING:  # a dry run reads outcomes without the plugin interface
    from medsocial_tui.channel import Channel, Published
    from medsocial_tui.models import Delivery

BACKOFF_SECONDS = (60, 300, 900, 3600)

DEDUPE_RETRY_DELAY = timedelta(seconds=30)


class Outcome(NamedTuple):
    """What happened to one delivery in this run (a tuple: a run may hold many)."""

    delivery_id: int
    post_id: int
    """The post it delivers (what `medsocial post show` takes)."""
    account_id: str
    state: str
    """A delivery state, or what a run says of one it did not move: ``skipped``,
    ``superseded``, ``would_publish``, ``would_hold``, ``reconciled_published`` ..."""
    detail: str = ""
    remote_url: str | None = None
    retry_at: datetime | None = None

    def as_json(self) -> dict[str, Any]:
        """Every field, by name, in order; ``retry_at`` as ISO 8601."""
        return self._asdict() | {"retry_at": clock.to_iso(self.retry_at) if self.retry_at else None}


Verdict = tuple[S, dict[str, Any]]
"""What a delivery's attempt came to, before it is recorded: its state and the fields
:func:`record_outcome` takes (``detail``, ``error_kind``, ``published``,
``next_attempt_at``)."""

ANSWERABLE = frozenset({S.PUBLISHING, S.UNKNOWN})
"""A network's answer to an attempt is recorded while the delivery is being sent, or after
its lease ran out meanwhile (swept to ``unknown``): it is the answer to that very attempt."""


def outcome_of(delivery: Delivery | DueRef, state: str, detail: str = "", **more: Any) -> Outcome:
    return Outcome(delivery.id, delivery.post_id, delivery.account_id, state, detail, **more)


def _settle_unsent(
    store: Store, delivery: Delivery, to: S, message: str, now: datetime, **fields: Any
) -> bool:
    """Move a sendable delivery to ``to`` with ``message`` (and ``fields``) before any request
    was made; False when another process moved it first."""
    return states.move(
        store.db,
        delivery.id,
        states.SENDABLE,
        to,
        last_error=message,
        updated_at=clock.to_iso(now),
        **fields,
    )


def _hold(
    store: Store, delivery: Delivery, kind: str, message: str, now: datetime, **audited: Any
) -> Outcome | None:
    """Move a sendable delivery to held with ``message`` for the person who must look at it,
    and record why; None when another process moved it first."""
    if not _settle_unsent(store, delivery, S.HELD, message, now, error_kind=kind):
        return None
    audit.record(store.db, RUNNER, "delivery.held", "delivery", delivery.id, **audited)
    return outcome_of(delivery, S.HELD.value, message)


def hold(store: Store, delivery: Delivery, late: timedelta, now: datetime) -> Outcome | None:
    """A delivery past its post's tolerance waits for a person instead of going out late;
    one that waited for an account it could not reach says so (the reason it is late)."""
    waited = (
        f" while waiting ({delivery.last_error})"
        if delivery.state is S.DEFERRED and delivery.last_error
        else ""
    )
    return _hold(
        store,
        delivery,
        "late",
        late_message(late, waited),
        now,
        late_minutes=int(late.total_seconds() // 60),
    )


def late_message(late: timedelta, waited: str = "") -> str:
    """What a delivery held for missing its time says to the person who must look at it."""
    return f"missed its time by {duration_words(late)}{waited}; publish now or cancel"


def hold_unapproved(store: Store, delivery: Delivery, why: str, now: datetime) -> Outcome | None:
    """A delivery whose approval does not match what it would publish waits for a person:
    it is never sent on an approval of something else."""
    message = (
        f"not sent: {why}; an approver must look at it again "
        f"(`medsocial post submit {delivery.post_id}` sends it for review)"
    )
    return _hold(store, delivery, "approval", message, now, why="approval")


def defer(
    store: Store, delivery: Delivery, until: datetime, reason: str, kind: str, now: datetime
) -> Outcome | None:
    """Wait without sending: the account is rate-limited or unreachable in this run."""
    until_iso = clock.to_iso(until)
    if not _settle_unsent(
        store, delivery, S.DEFERRED, reason, now, next_attempt_at=until_iso, error_kind=kind
    ):
        return None
    audit.record(store.db, RUNNER, "delivery.deferred", "delivery", delivery.id, kind=kind)
    return outcome_of(delivery, S.DEFERRED.value, reason, retry_at=until)


def fail_unsent(
    store: Store, delivery: Delivery, message: str, kind: str, now: datetime
) -> Outcome | None:
    """Fail a delivery before any request: it cannot go out as things stand."""
    if not _settle_unsent(store, delivery, S.FAILED, message, now, error_kind=kind):
        return None
    if kind == "auth":
        store.db.conn.execute(
            "UPDATE accounts SET auth_status=CASE WHEN auth_status='expired' THEN 'expired'"
            " ELSE 'missing' END, auth_message=? WHERE id=?",
            (message, delivery.account_id),
        )
    audit.record(store.db, RUNNER, "delivery.failed_unsent", "delivery", delivery.id, kind=kind)
    return outcome_of(delivery, S.FAILED.value, message)


def record_outcome(
    store: Store,
    delivery: Delivery,
    attempt_id: str,
    verdict: Verdict,
    *,
    note_account: bool = True,
    now: datetime | None = None,
    claim: tuple[str, str] | None = None,
) -> Outcome:
    """Commit what the network answered to this attempt. The attempt id must still be the
    delivery's; a delivery swept to ``unknown`` meanwhile (its lease ran out) still takes
    the answer, since it is the answer to that very attempt. A publish also notes on the
    account when it last published and that its credentials work; ``note_account=False``
    leaves that to the caller (flush notes it every few seconds per account, see
    :func:`note_published`). ``now``: the clock's, unless the caller read it. ``claim``:
    the runner and moment of the claim, when the caller holds it (flush): the attempt's
    record is then written from them after the move (gathered with the transaction's
    others, see :func:`~medsocial_tui.publishing.claims.end_claimed_attempt`), instead of
    read from the delivery before it."""
    state, fields = verdict
    detail: str = fields.get("detail", "")
    error_kind: str | None = fields.get("error_kind")
    published: Published | None = fields.get("published")
    next_attempt_at: datetime | None = fields.get("next_attempt_at")
    now = now or clock.now()
    more: dict[str, Any] = {}
    if published is not None:
        more.update(remote_id=published.remote_id, remote_url=published.url)
    if next_attempt_at is not None:
        more["next_attempt_at"] = clock.to_iso(next_attempt_at)
    at = clock.to_iso(now)
    if claim is None:
        end_attempt(store, delivery.id, attempt_id, now, state.value, detail)
    changed = states.move(
        store.db,
        delivery.id,
        ANSWERABLE,
        state,
        where="attempt_id=?",
        where_params=(attempt_id,),
        error_kind=error_kind,
        last_error=detail,
        published_at=at if state is S.PUBLISHED else None,
        lease_owner=None,
        lease_expires_at=None,
        updated_at=at,
        **more,
    )
    if claim is not None:
        if changed:
            end_claimed_attempt(store, delivery.id, attempt_id, claim, now, state.value, detail)
        else:  # the delivery moved past this attempt: finish a record already there, if any
            end_attempt(store, delivery.id, attempt_id, now, state.value, detail)
    if not changed:
        return outcome_of(delivery, "superseded", "changed by someone else while it was sent")
    if state is S.PUBLISHED and note_account:
        note_published(store, delivery.account_id, at)
    account_words: str = fields.get("account_words", detail)
    if error_kind == "auth" and account_words:
        store.db.conn.execute(
            "UPDATE accounts SET auth_status='expired', auth_message=? WHERE id=?",
            (account_words, delivery.account_id),
        )
    audit.record_at(
        store.db,
        at,
        (RUNNER, f"delivery.{state.value}", "delivery", delivery.id),
        attempt=attempt_id,
        kind=error_kind or "",
    )
    return outcome_of(
        delivery,
        state.value,
        detail,
        remote_url=published.url if published else None,
        retry_at=next_attempt_at if state is S.DEFERRED else None,
    )


def note_published(store: Store, account_id: str, at: str) -> None:
    """The account published at ``at`` (ISO UTC), so its credentials work: what the health
    page reads (a later moment already noted stays)."""
    store.db.conn.execute(
        "UPDATE accounts SET last_published_at=max(coalesce(last_published_at, ''), ?),"
        " auth_status='ok', auth_message='' WHERE id=?",
        (at, account_id),
    )


def settle(
    store: Store,
    delivery: Delivery,
    state: S,
    now: datetime,
    published: Published | None = None,
) -> Outcome | None:
    """Resolve an unknown delivery from what the network said: out, or surely not out."""
    if state is S.PUBLISHED:
        assert published is not None
        changed = states.move(
            store.db,
            delivery.id,
            S.UNKNOWN,
            S.PUBLISHED,
            remote_id=published.remote_id,
            remote_url=published.url,
            published_at=clock.to_iso(now),
            error_kind=None,
            last_error="",
            updated_at=clock.to_iso(now),
        )
        if changed:
            store.db.conn.execute(
                "UPDATE accounts SET last_published_at=? WHERE id=?",
                (clock.to_iso(now), delivery.account_id),
            )
        detail = "it had gone out: found on the network"
    else:
        changed = states.move(
            store.db,
            delivery.id,
            S.UNKNOWN,
            S.SCHEDULED,
            next_attempt_at=clock.to_iso(now),
            error_kind=None,
            last_error="",
            updated_at=clock.to_iso(now),
        )
        detail = "it had not gone out: the network confirmed; it will be sent"
    if not changed:
        return None
    audit.record(store.db, RUNNER, f"delivery.reconciled_{state.value}", "delivery", delivery.id)
    return outcome_of(
        delivery,
        f"reconciled_{state.value}",
        detail,
        remote_url=published.url if published else None,
    )


def note_unknown(store: Store, delivery_id: int, message: str) -> None:
    """Say why an unknown delivery is still waiting (not a change of state)."""
    states.move(
        store.db,
        delivery_id,
        S.UNKNOWN,
        S.UNKNOWN,
        last_error=message,
        updated_at=clock.to_iso(clock.now()),
    )


def save_progress(
    store: Store, delivery_id: int, attempt_id: str, progress: dict[str, Any]
) -> None:
    store.db.conn.execute(
        "UPDATE deliveries SET progress=? WHERE id=? AND attempt_id=?",
        (json.dumps(progress), delivery_id, attempt_id),
    )


# What a publish attempt's failure means.


def _backoff(attempts: int) -> timedelta:
    return timedelta(seconds=BACKOFF_SECONDS[min(max(attempts, 1), len(BACKOFF_SECONDS)) - 1])


def classify(channel: Channel, delivery: Delivery, exc: BaseException) -> Verdict:
    """The state and words for a failed publish, from the plugin's typed error. Anything not
    recognised may have reached the network, so it is ``unknown``; a network that drops
    repeated requests gets the same request again a little later instead."""
    state, fields = _classify(channel, delivery, exc)
    if state is S.UNKNOWN and channel.dedupes_retries and delivery.attempts < len(BACKOFF_SECONDS):
        return S.DEFERRED, {
            "error_kind": "retry_safe",
            "detail": f"{fields['detail']}; {channel.title} drops repeats, so it will be sent "
            "again safely",
            "next_attempt_at": clock.now() + DEDUPE_RETRY_DELAY,
        }
    if state is S.UNKNOWN:
        fields["detail"] += (
            "; it may be out: check the page, then mark it published or retry anyway"
        )
    return state, fields


def _classify(channel: Channel, delivery: Delivery, exc: BaseException) -> Verdict:
    from medsocial_tui.channel import AuthExpired, HandOff, OutcomeUnknown, Rejected, RetryLater

    later = clock.now() + _backoff(delivery.attempts + 1)
    if isinstance(exc, RetryLater):
        return S.DEFERRED, {
            "detail": exc.message,
            "error_kind": "rate",
            "next_attempt_at": exc.retry_at or later,
        }
    if isinstance(exc, AuthExpired):
        return S.FAILED, {
            "detail": f"the account needs reconnecting: {exc.message}; renew its credentials "
            f"under [accounts.{delivery.account_id}] in secrets.toml (`medsocial doctor "
            "--online` says where the network gives them), then retry",
            "error_kind": "auth",
            "account_words": exc.message,  # the account's record: the network's words alone
        }
    if isinstance(exc, Rejected):
        return S.FAILED, {"detail": exc.message, "error_kind": "rejected"}
    if isinstance(exc, HandOff):
        return S.TODO, {"detail": exc.message, "error_kind": "manual"}
    if isinstance(exc, OutcomeUnknown):
        return S.UNKNOWN, {"detail": exc.message, "error_kind": "unknown"}
    import httpx

    if isinstance(exc, (httpx.ConnectError, httpx.ConnectTimeout)):
        return S.DEFERRED, {
            "detail": f"could not reach {channel.title}: {type(exc).__name__}",
            "error_kind": "network",
            "next_attempt_at": later,
        }
    if isinstance(exc, (httpx.HTTPError, TimeoutError)):
        return S.UNKNOWN, {
            "detail": f"no answer from {channel.title} ({type(exc).__name__})",
            "error_kind": "unknown",
        }
    return S.UNKNOWN, {
        "detail": f"the {channel.plugin_name} plugin failed: {type(exc).__name__}",
        "error_kind": "unknown",
    }
