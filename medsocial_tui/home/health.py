"""Health of a practice home: what ``medsocial doctor`` and the channels screen report.

Each check returns findings in words, with what to do; nothing here changes anything.
"""

from __future__ import annotations

import os
import sqlite3
from dataclasses import dataclass
from datetime import datetime, timedelta

from medsocial_tui import clock
from medsocial_tui.accounts.connections import readiness
from medsocial_tui.channel import Capability
from medsocial_tui.errors import MedsocialError
from medsocial_tui.home.config import Home, PracticeConfig, load_config, load_secrets
from medsocial_tui.home.homebuild import missing_contact
from medsocial_tui.home.practice import Practice, open_practice
from medsocial_tui.listening.inbox_states import ReplyState
from medsocial_tui.models import Role
from medsocial_tui.plugin_host import PluginHost, load_plugins
from medsocial_tui.publishing import states
from medsocial_tui.publishing.queue_views import TODO_OVERDUE
from medsocial_tui.publishing.states import DeliveryState
from medsocial_tui.records import policy
from medsocial_tui.store import wal_is_safe
from medsocial_tui.store.trouble import LOW_SPACE_KIB, free_kib, writable
from medsocial_tui.when import duration_words


@dataclass(frozen=True)
class Finding:
    """One line of the doctor's report."""

    area: str
    ok: bool
    message: str
    fix: str = ""
    severity: str = "problem"


def account_findings(practice: Practice) -> list[Finding]:
    found: list[Finding] = []
    now = clock.now()
    rows = {r["id"]: r for r in practice.store.query("SELECT * FROM accounts")}
    for account in practice.config.accounts:
        area = f"account {account.id}"
        channel = practice.plugins.channels.get(account.channel)
        if channel is None:
            found.append(
                Finding(
                    area,
                    False,
                    f"no plugin provides the channel {account.channel!r}",
                    f"pip install medsocial-{account.channel.replace('_', '-')}, "
                    "or fix `channel` in practice.toml",
                )
            )
            continue
        needs = readiness(practice, account.id)
        for field in needs.missing_settings:
            found.append(
                Finding(
                    area,
                    False,
                    f"setting {field.name!r} ({field.label}) is missing",
                    f"add it under [accounts.settings] for {account.id}: {field.help}",
                )
            )
        for field in needs.missing_credentials:
            from medsocial_tui.home.config import secret_env_name

            found.append(
                Finding(
                    area,
                    False,
                    f"credential {field.name!r} ({field.label}) is missing",
                    f"add {field.name} under [accounts.{account.id}] in secrets.toml or set "
                    f"{secret_env_name(account.id, field.name)}. {field.help}".strip(),
                )
            )
        row = rows.get(account.id) or {}
        if row.get("auth_status") == "expired":
            found.append(
                Finding(
                    area,
                    False,
                    f"the network refused its credentials: {row['auth_message']}",
                    "reconnect the account and update secrets.toml",
                )
            )
        last = row.get("last_published_at")
        quiet = timedelta(days=practice.config.quiet_after_days)
        if Capability.MANUAL not in channel.capabilities or last:
            if last is None:
                found.append(
                    Finding(
                        area,
                        False,
                        "nothing published yet",
                        "schedule a first post",
                        severity="notice",
                    )
                )
            elif now - clock.parse_utc(last) > quiet:
                days = (now - clock.parse_utc(last)).days
                found.append(
                    Finding(
                        area,
                        False,
                        f"quiet for {days} days: a quiet page looks closed",
                        "schedule a post",
                        severity="warning",
                    )
                )
    todo = practice.store.query(
        "SELECT d.id, d.account_id, d.updated_at FROM deliveries d WHERE d.state=?",
        (DeliveryState.TODO.value,),
    )
    for row in todo:
        age = now - clock.parse_utc(row["updated_at"])
        if age > TODO_OVERDUE:
            configured = practice.config.account(row["account_id"])
            network = str((configured.settings if configured else {}).get("network") or "")
            on = f" on {network}" if network else ""
            found.append(
                Finding(
                    f"account {row['account_id']}",
                    False,
                    f"overdue: to-do {row['id']} (post{on} by hand) has waited "
                    f"{duration_words(age)}",
                    "`medsocial todo` shows the text to copy; after posting, "
                    f"`medsocial post resolve {row['id']} --published-url URL`",
                    severity="warning",
                )
            )
    return found


@dataclass(frozen=True)
class AccountStatus:
    """One row of the channels screen: an account, its plugin, whether it may post, and how
    long since anything went out on it."""

    account_id: str
    name: str
    network: str
    plugin_loaded: bool
    by_hand: bool
    authorisation: str
    last_published: datetime | None
    quiet: bool
    findings: tuple[Finding, ...]

    @property
    def worst(self) -> str:
        """'problem', 'warning', 'notice' or 'ok'."""
        for level in ("problem", "warning", "notice"):
            if any(f.severity == level for f in self.findings):
                return level
        return "ok"


def account_statuses(practice: Practice) -> list[AccountStatus]:
    """Every configured account with its health, in config order."""
    findings = account_findings(practice)
    rows = {r["id"]: r for r in practice.store.query("SELECT * FROM accounts")}
    quiet_after = timedelta(days=practice.config.quiet_after_days)
    statuses = []
    for account in practice.config.accounts:
        channel = practice.plugins.channels.get(account.channel)
        row = rows.get(account.id) or {}
        mine = tuple(f for f in findings if f.area == f"account {account.id}")
        by_hand = channel is not None and Capability.MANUAL in channel.capabilities
        if channel is None:
            authorisation = "no plugin"
        elif by_hand:
            authorisation = "by hand"
        elif readiness(practice, account.id).missing_credentials:
            authorisation = "missing"
        else:
            status = row.get("auth_status")
            authorisation = "not checked" if status in (None, "unknown") else str(status)
        last = row.get("last_published_at")
        last_at = clock.parse_utc(last) if last else None
        statuses.append(
            AccountStatus(
                account_id=account.id,
                name=account.name,
                network=channel.title if channel else account.channel,
                plugin_loaded=channel is not None,
                by_hand=by_hand,
                authorisation=authorisation,
                last_published=last_at,
                quiet=last_at is not None and clock.now() - last_at > quiet_after,
                findings=mine,
            )
        )
    return statuses


def queue_findings(practice: Practice) -> list[Finding]:
    counts = {
        r["state"]: r["n"]
        for r in practice.store.query(
            "SELECT state, count(*) AS n FROM deliveries WHERE state IN"
            f" {states.sql_in(states.WAITING)} GROUP BY state"
        )
    }
    words = {
        "failed": "failed",
        "unknown": "with an unknown outcome",
        "held": "held (missed their time)",
        "todo": "to post by hand",
    }
    return [
        Finding(
            "queue",
            False,
            f"{n} deliveries {words[state]}",
            "open the queue (`medsocial`) or `medsocial post list --state " + state + "`",
            severity="warning",
        )
        for state, n in sorted(counts.items())
    ]


METRICS_STALE = timedelta(days=2)


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
            Finding(
                "metrics",
                False,
                "no counters were read for two days: the report and the performance screen "
                "show old numbers"
                if last
                else "posts went out but no counters were ever read",
                "add `medsocial metrics fetch` to cron (docs/metrics.md)",
                severity="warning",
            )
        )
    for account_id, row in sorted(reads.items()):
        if row["last_error"]:
            found.append(
                Finding(
                    "metrics",
                    False,
                    f"{account_id}: counters could not be read ({row['last_error']})",
                    "see docs/metrics.md for the permission the network needs",
                    severity="warning",
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
        found.append(
            Finding(
                "metrics",
                True,
                f"counters last read {clock.show(clock.parse_utc(last), practice.tz)}",
            )
        )
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
            Finding(
                "inbox",
                False,
                f"{len(late)} inbox {'item has' if len(late) == 1 else 'items have'} waited "
                f"longer than {inbox.target_words(practice)} for an answer (items {ids})",
                "answer or close them: press i in the app, or `medsocial inbox list --state "
                "unanswered`",
                severity="warning",
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
    words = {
        "waiting_approval": ("waiting for an approver", "`medsocial inbox approve REPLY`"),
        "unknown": ("whose answer was lost", "`medsocial inbox send REPLY` reads the thread back"),
        "failed": ("that failed", "`medsocial inbox show ITEM` says why"),
    }
    for state, n in sorted(counts.items()):
        what, fix = words[state]
        found.append(Finding("inbox", False, f"{n} replies {what}", fix, severity="warning"))
    for row in practice.store.query(
        "SELECT account_id, last_error FROM inbox_cursors WHERE last_error != ''"
    ):
        found.append(
            Finding(
                "inbox",
                False,
                f"{row['account_id']}: its activity could not be read: {row['last_error']}",
                "fix what it says; the next `medsocial inbox fetch` reads on from where it stopped",
                severity="warning",
            )
        )
    return found


def policy_findings(practice: Practice) -> list[Finding]:
    version = policy.current_version(practice.store)
    if version is None:
        return [
            Finding(
                "policy",
                False,
                "no social-media policy is published",
                "`medsocial policy draft`, then `medsocial policy publish N`",
                severity="warning",
            )
        ]
    found = []
    missing = policy.not_acknowledged(practice.store)
    if missing:
        names = ", ".join(m.name for m in missing)
        found.append(
            Finding(
                "policy",
                False,
                f"not acknowledged by {names}",
                "each runs `medsocial policy acknowledge`",
                severity="warning",
            )
        )
    if policy.review_due(version, practice.today()):
        found.append(
            Finding(
                "policy",
                False,
                f"version {version.number} was due for review on {version.next_review_date}",
                f"review it: `medsocial policy draft --from {version.number}`, edit, publish",
                severity="warning",
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
    config = practice.config
    if config.audit_head_file:
        path = config.audit_head_file
        writable = os.access(path, os.W_OK) or (
            not os.path.exists(path) and os.access(os.path.dirname(path), os.W_OK)
        )
        found.append(
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
        )
    elif not audit_head.syslog_enabled(config):
        found.append(
            Finding(
                "records",
                False,
                "the chain's head is kept only in the database: deleting its newest events "
                "would go unnoticed",
                "set [audit] head_file in practice.toml to a file staff cannot write, or run "
                "where /dev/log (syslog/journald) exists",
                severity="warning",
            )
        )
    return found


def plugin_findings(host: PluginHost) -> list[Finding]:
    return [
        Finding(
            f"plugin {r.name}",
            False,
            r.error or "",
            "fix or uninstall that plugin; the others keep working",
        )
        for r in host.failures
    ]


async def online_findings(practice: Practice, timeout: float = 15.0) -> list[Finding]:
    """Ask each connected account's network whether its credentials work (the channel's
    cheap authorised read), all at once. Accounts missing credentials are left to the
    offline checks."""
    import asyncio

    import httpx

    from medsocial_tui.accounts import plugin_calls

    async def one(client: httpx.AsyncClient, account_id: str) -> Finding:
        area = f"account {account_id}"
        channel = practice.channel_for(account_id)
        account = practice.account(account_id)
        try:
            health = await plugin_calls.call_channel(
                channel,
                account,
                lambda: channel.check_account(client, account),
                plugin_calls.checked_health,
                deadline=timeout,
            )
        except (httpx.HTTPError, TimeoutError) as exc:
            return Finding(
                area,
                False,
                f"could not reach {channel.title} ({type(exc).__name__})",
                "check the network and the account's base_url",
                severity="warning",
            )
        except Exception as exc:  # noqa: BLE001 - a plugin bug is reported, not fatal
            message = getattr(exc, "message", f"{type(exc).__name__}: {exc}")
            return Finding(area, False, f"{channel.title}: {message}", "see `medsocial plugins`")
        if health.ok:
            return Finding(area, True, f"{channel.title}: {health.message}")
        return Finding(
            area,
            False,
            f"{channel.title}: {health.message}",
            channel.credentials_help or "reconnect the account",
        )

    ready = []
    for config in practice.config.accounts:
        channel = practice.plugins.channels.get(config.channel)
        if channel is None:
            continue
        if readiness(practice, config.id).connected:
            ready.append(config.id)
    async with practice.http_client(timeout) as client:
        return list(await asyncio.gather(*(one(client, a) for a in ready)))


CONTACT_USES = {
    "phone": "hours notices and Q&A cards give no phone",
    "address": "the guard cannot tell the practice's own address from a patient's",
    "website": "Q&A cards and hours notices give no website",
    "portal_url": "replies and hours notices cannot point patients to the portal",
}


def contact_findings(config: PracticeConfig, home: Home) -> list[Finding]:
    """Each empty contact detail: nothing is published in its place, so say what is missing."""
    found = []
    for key in missing_contact({k: getattr(config, k) for k in CONTACT_USES}):
        found.append(
            Finding(
                "practice",
                False,
                f"practice.{key} is empty: {CONTACT_USES[key]}",
                f'add {key} = "..." under [practice] in {home.config_path}',
                severity="warning",
            )
        )
    return found


def storage_findings(home: Home) -> list[Finding]:
    """Whether the home folder and the database can be written, and the disk has room: a
    read-only home or a full disk otherwise shows only when flush fails."""
    found: list[Finding] = []
    if not writable(home.root):
        found.append(
            Finding(
                "storage",
                False,
                f"the home folder {home.root} is read-only: nothing can be saved",
                "remount the disk read-write, or give the service account write access",
            )
        )
    elif home.database_path.exists() and not writable(home.database_path):
        found.append(
            Finding(
                "storage",
                False,
                f"the database {home.database_path} cannot be written",
                "give the service account write access to it",
            )
        )
    free = free_kib(home.root)
    if free is not None and free < LOW_SPACE_KIB:
        found.append(
            Finding(
                "storage",
                False,
                f"the disk holding {home.root} is nearly full ({free} KiB free)",
                f"free some space: medsocial needs at least {LOW_SPACE_KIB // 1024} MiB to "
                "write safely",
            )
        )
    if not found:
        room = f"; {free // 1024} MiB free" if free is not None else ""
        found.append(Finding("storage", True, f"the home folder and database are writable{room}"))
    return found


def diagnose(home: Home, *, online: bool = False) -> list[Finding]:
    """Everything the doctor checks, in the order a person fixes them; with ``online`` also
    whether each network accepts the account's credentials."""
    from medsocial_tui.home import identity, permissions

    found: list[Finding] = []
    try:
        owner = identity.login_of(identity.require_owner(home.root))
    except MedsocialError as exc:
        return [Finding("identity", False, exc.what, exc.fix or "")]
    wrong = permissions.home_problems(home)
    for problem in wrong:
        found.append(Finding("permissions", False, problem.what, problem.fix))
    if any(not p.private for p in wrong):
        return found
    if not wrong:
        found.append(Finding("permissions", True, f"the home and its files are {owner}'s alone"))
    try:
        config = load_config(home)
        found.append(
            Finding(
                "config", True, f"{home.config_path} is valid ({len(config.accounts)} accounts)"
            )
        )
        found.extend(
            Finding("config", False, f"{w.what} ({w.where})", w.fix, severity="warning")
            for w in config.warnings
        )
        found.extend(contact_findings(config, home))
    except MedsocialError as exc:
        return [
            Finding(
                "config", False, exc.what + (f" ({exc.where})" if exc.where else ""), exc.fix or ""
            )
        ]
    try:
        load_secrets(home)
        found.append(
            Finding(
                "secrets",
                True,
                "secrets file is private"
                if home.secrets_path.exists()
                else "no secrets file (environment variables only)",
            )
        )
    except MedsocialError as exc:
        found.append(Finding("secrets", False, exc.what, exc.fix or ""))
        return found
    found.extend(storage_findings(home))
    if not wal_is_safe():
        found.append(
            Finding(
                "database",
                True,
                f"SQLite {sqlite3.sqlite_version} has the WAL-reset bug: using the "
                "rollback journal, truncated and synced at each commit (safe, slightly slower)",
                severity="notice",
            )
        )
    host = load_plugins()
    found.extend(plugin_findings(host))
    try:
        practice = open_practice(home, plugins=host, verify=True)
    except MedsocialError as exc:
        found.append(Finding("database", False, exc.what, exc.fix or ""))
        return found
    try:
        found.append(
            Finding("database", True, f"{home.database_path.name} opens and passes quick_check")
        )
        found.extend(account_findings(practice))
        if online:
            import asyncio

            found.extend(asyncio.run(online_findings(practice)))
        found.extend(queue_findings(practice))
        found.extend(metrics_findings(practice))
        found.extend(inbox_findings(practice))
        found.extend(policy_findings(practice))
        found.extend(records_findings(practice))
        if practice.identity is not None:
            found.append(Finding("identity", True, f"signed in as {practice.identity.in_words()}"))
        from medsocial_tui.home import ssh_keys

        try:
            shells = ssh_keys.shell_keys(practice)
        except MedsocialError:
            shells = []
        for key in shells:
            found.append(
                Finding(
                    "ssh keys",
                    False,
                    f"the key {key!r} in {ssh_keys.authorized_keys_path(practice)} forces no "
                    "command: it opens a shell as the practice's account, which can change "
                    "the database directly",
                    "remove it, or give that person a key with `medsocial staff key add`",
                    severity="warning",
                )
            )
        from medsocial_tui.records import staff

        admins = [m for m in staff.everyone(practice.store) if m.has(Role.ADMIN)]
        if not admins:
            found.append(
                Finding(
                    "staff",
                    False,
                    "the practice has no active admin (an interrupted setup?)",
                    f"run `medsocial init --finish --home {home.root}` as the person who "
                    "should be its admin",
                )
            )
        elif staff.by_login(practice.store, practice.login) is None:
            names = ", ".join(f"{m.name} ({m.login})" for m in admins[:3])
            found.append(
                Finding(
                    "identity",
                    False,
                    f"you ({practice.login}) are not on the staff list",
                    f"an admin ({names}) adds you: medsocial staff add {practice.login} --name ...",
                    severity="warning",
                )
            )
    finally:
        practice.close()
    return found


@dataclass(frozen=True)
class QuietAccount:
    """An account with nothing published for longer than the practice allows."""

    account_id: str
    days: int | None
    """Days since the last post; None when nothing was ever published."""

    def in_words(self) -> str:
        if self.days is None:
            return f"{self.account_id} (nothing published yet)"
        return f"{self.account_id} ({self.days} days since the last post)"


def quiet_accounts(practice: Practice) -> list[QuietAccount]:
    """Enabled accounts quiet for longer than ``quiet_after_days``: a quiet page looks closed."""
    now = clock.now()
    limit = timedelta(days=practice.config.quiet_after_days)
    rows = {r["id"]: r for r in practice.store.query("SELECT id, last_published_at FROM accounts")}
    found = []
    for account in practice.config.accounts:
        if not account.enabled:
            continue
        last = (rows.get(account.id) or {}).get("last_published_at")
        channel = practice.plugins.channels.get(account.channel)
        by_hand = channel is not None and Capability.MANUAL in channel.capabilities
        if last is None and not by_hand:
            found.append(QuietAccount(account.id, None))
        elif last is not None and now - clock.parse_utc(last) > limit:
            found.append(QuietAccount(account.id, (now - clock.parse_utc(last)).days))
    return found
