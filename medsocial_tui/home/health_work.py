"""The doctor's checks on the practice's work: deliveries waiting for a person, counters
not read, inbox items and replies waiting, and the policy and records staff rely on."""

from __future__ import annotations

import os
from datetime import timedelta

from medsocial_tui import clock
from medsocial_tui.home.health_findings import Finding
from medsocial_tui.home.practice import Practice
from medsocial_tui.listening.inbox_states import ReplyState
from medsocial_tui.publishing import states
from medsocial_tui.publishing.states import DeliveryState
from medsocial_tui.records import policy

METRICS_STALE = timedelta(days=2)

_WAITING_WORDS = {
    "failed": "failed",
    "unknown": "with an unknown outcome",
    "held": "held (missed their time)",
    "todo": "to post by hand",
}

_REPLY_WORDS = {
    "waiting_approval": ("waiting for an approver", "`medsocial inbox approve REPLY`"),
    "unknown": ("whose answer was lost", "`medsocial inbox send REPLY` reads the thread back"),
    "failed": ("that failed", "`medsocial inbox show ITEM` says why"),
}


def queue_findings(practice: Practice) -> list[Finding]:
    """How many deliveries wait for a person, by state."""
    counts = {
        r["state"]: r["n"]
        for r in practice.store.query(
            "SELECT state, count(*) AS n FROM deliveries WHERE state IN"
            f" {states.sql_in(states.WAITING)} GROUP BY state"
        )
    }
    return [
        Finding.warning(
            "queue",
            f"{n} deliveries {_WAITING_WORDS[state]}",
            "open the queue (`medsocial`) or `medsocial post list --state " + state + "`",
        )
        for state, n in sorted(counts.items())
    ]


def metrics_findings(practice: Practice) -> list[Finding]:
    """Whether `medsocial metrics fetch` runs (posts went out, nothing was read for two
    days), each account it could not read with the network's words, and the waits a network
    asked for."""
    from medsocial_tui.accounts import rate_waits

    now = clock.now()
    reads = {
        r["account_id"]: r
        for r in practice.store.query(
            "SELECT account_id, last_run_at, last_error FROM metric_reads"
        )
    }
    found: list[Finding] = []
    published = practice.store.one(
        "SELECT count(*) AS n FROM deliveries WHERE state = ? AND published_at <= ?",
        (DeliveryState.PUBLISHED.value, clock.to_iso(now - timedelta(days=1))),
    )
    last = max((r["last_run_at"] for r in reads.values() if r["last_run_at"]), default=None)
    if (
        published
        and published["n"]
        and (last is None or now - clock.parse_utc(last) > METRICS_STALE)
    ):
        found.append(
            Finding.warning(
                "metrics",
                "no counters were read for two days: the report and the performance screen "
                "show old numbers"
                if last
                else "posts went out but no counters were ever read",
                "add `medsocial metrics fetch` to cron (docs/metrics.md)",
            )
        )
    for account_id, row in sorted(reads.items()):
        if row["last_error"]:
            found.append(
                Finding.warning(
                    "metrics",
                    f"{account_id}: counters could not be read ({row['last_error']})",
                    "see docs/metrics.md for the permission the network needs",
                )
            )
        held = rate_waits.account_wait(practice.store, account_id, now)
        if held is not None:
            found.append(
                Finding(
                    "metrics",
                    True,
                    f"{account_id}: the network asked to wait until "
                    f"{clock.show(held.until, practice.tz)}; flush and fetches wait too",
                    severity="notice",
                )
            )
    if last and not found:
        shown = clock.show(clock.parse_utc(last), practice.tz)
        found.append(Finding("metrics", True, f"counters last read {shown}"))
    return found


def inbox_findings(practice: Practice) -> list[Finding]:
    """Items unanswered past the practice's target, replies that need a person, and accounts
    whose activity could not be read. Counts and ids only, never anyone's words."""
    from medsocial_tui.listening import inbox

    found: list[Finding] = []
    late = inbox.overdue(practice)
    if late:
        ids = ", ".join(str(i.id) for i in late[:10])
        found.append(
            Finding.warning(
                "inbox",
                f"{len(late)} inbox {'item has' if len(late) == 1 else 'items have'} waited "
                f"longer than {inbox.target_words(practice)} for an answer (items {ids})",
                "answer or close them: press i in the app, or `medsocial inbox list --state "
                "unanswered`",
            )
        )
    counts = {
        r["state"]: r["n"]
        for r in practice.store.query(
            "SELECT state, count(*) AS n FROM inbox_replies WHERE state IN (?, ?, ?)"
            " GROUP BY state",
            (ReplyState.WAITING.value, ReplyState.UNKNOWN.value, ReplyState.FAILED.value),
        )
    }
    for state, n in sorted(counts.items()):
        what, fix = _REPLY_WORDS[state]
        found.append(Finding.warning("inbox", f"{n} replies {what}", fix))
    for row in practice.store.query(
        "SELECT account_id, last_error FROM inbox_cursors WHERE last_error != ''"
    ):
        found.append(
            Finding.warning(
                "inbox",
                f"{row['account_id']}: its activity could not be read: {row['last_error']}",
                "fix what it says; the next `medsocial inbox fetch` reads on from where it stopped",
            )
        )
    return found


def policy_findings(practice: Practice) -> list[Finding]:
    """A published policy, acknowledged by everyone, and not past its review date."""
    version = policy.current_version(practice.store)
    if version is None:
        # `init` starts a draft from the template: "policy draft, then publish N" made a
        # second one beside it (found on the newcomer's walk)
        draft = policy.latest_draft(practice.store)
        fix = (
            f"draft {draft.number} is ready: change what your practice does differently "
            f"(`medsocial policy edit {draft.number}`), then "
            f"`medsocial policy publish {draft.number}`"
            if draft is not None
            else "`medsocial policy draft`, then `medsocial policy publish N`"
        )
        return [Finding.warning("policy", "no social-media policy is published", fix)]
    found = []
    missing = policy.not_acknowledged(practice.store)
    if missing:
        names = ", ".join(m.name for m in missing)
        found.append(
            Finding.warning(
                "policy", f"not acknowledged by {names}", "each runs `medsocial policy acknowledge`"
            )
        )
    if policy.review_due(version, practice.today()):
        found.append(
            Finding.warning(
                "policy",
                f"version {version.number} was due for review on {version.next_review_date}",
                f"review it: `medsocial policy draft --from {version.number}`, edit, publish",
            )
        )
    return found


def records_findings(practice: Practice) -> list[Finding]:
    """The whole audit chain checked, the reasons against their digests, and whether the
    head can be written outside the database."""
    from medsocial_tui.records import audit_head, reasons

    check = audit_head.check(practice)
    found = [
        Finding(
            "records",
            check.ok,
            check.in_words(),
            ""
            if check.ok
            else "restore the database from a backup taken before that event, "
            "or ask whoever runs the box what changed it; `medsocial audit verify` says the same",
        )
    ]
    changed = reasons.tampered(practice.store.db)
    if changed:
        found.append(
            Finding(
                "records",
                False,
                "reasons whose text no longer matches the chain: "
                + ", ".join(str(i) for i in changed),
                "restore the database from a backup",
            )
        )
    return found + _head_findings(practice)


def _head_findings(practice: Practice) -> list[Finding]:
    """Whether the chain's head is kept where deleting the newest events would show."""
    from medsocial_tui.records import audit_head

    config = practice.config
    if config.audit_head_file:
        path = config.audit_head_file
        writable = os.access(path, os.W_OK) or (
            not os.path.exists(path) and os.access(os.path.dirname(path), os.W_OK)
        )
        return [
            Finding(
                "records",
                writable,
                f"the chain's head is appended to {path}"
                if writable
                else f"the head file {path} cannot be written by {practice.login}",
                ""
                if writable
                else "create it writable by the service account (and by no "
                "staff login), e.g. chattr +a",
            )
        ]
    if audit_head.syslog_enabled(config):
        return []
    return [
        Finding.warning(
            "records",
            "the chain's head is kept only in the database: deleting its newest events "
            "would go unnoticed",
            "set [audit] head_file in practice.toml to a file staff cannot write, or run "
            "where /dev/log (syslog/journald) exists",
        )
    ]
