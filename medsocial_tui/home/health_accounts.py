"""The doctor's checks on each account: a plugin for its channel, its settings and
credentials, whether the network took them, and how long since anything went out; also
the rows of the channels screen and the quiet accounts the templates screen names."""

from __future__ import annotations

import difflib
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

from medsocial_tui import clock
from medsocial_tui.accounts.connections import readiness
from medsocial_tui.channel import Capability, Channel, ChannelError, RetryLater
from medsocial_tui.home.config import AccountConfig, secret_env_name
from medsocial_tui.home.health_findings import Finding
from medsocial_tui.home.practice import Practice
from medsocial_tui.publishing.queue_views import TODO_OVERDUE
from medsocial_tui.publishing.states import DeliveryState
from medsocial_tui.when import duration_words


def _accounts_rows(practice: Practice) -> dict[str, dict[str, Any]]:
    return {r["id"]: r for r in practice.store.query("SELECT * FROM accounts")}


def _by_hand(channel: Channel | None) -> bool:
    return channel is not None and Capability.MANUAL in channel.capabilities


def _quiet_days(practice: Practice, last: str | None, now: datetime) -> int | None:
    """Days since ``last`` (when the account last published) if that is longer than the
    practice lets an account be quiet (``quiet_after_days``: a quiet page looks closed)."""
    if not last:
        return None
    quiet_for = now - clock.parse_utc(last)
    if quiet_for <= timedelta(days=practice.config.quiet_after_days):
        return None
    return quiet_for.days


def _missing_findings(practice: Practice, area: str, account_id: str) -> list[Finding]:
    """The settings and credentials the account still lacks, each with where to add it."""
    needs = readiness(practice, account_id)
    if needs.plugin_trouble is not None:
        return [Finding(area, False, *needs.plugin_trouble)]
    return [
        Finding(
            area,
            False,
            f"setting {field.name!r} ({field.label}) is missing",
            f"add it under [accounts.settings] for {account_id}: {field.help}",
        )
        for field in needs.missing_settings
    ] + [
        Finding(
            area,
            False,
            f"credential {field.name!r} ({field.label}) is missing",
            # a field's help is a fragment ("from Preferences > …"): after a full stop it
            # read "…ACCESS_TOKEN. from Preferences" (found on the newcomer's walk)
            f"add {field.name} under [accounts.{account_id}] in secrets.toml or set "
            f"{secret_env_name(account_id, field.name)}"
            + (f" ({field.label}: {field.help})" if field.help else ""),
        )
        for field in needs.missing_credentials
    ]


def _activity_findings(
    practice: Practice, area: str, channel: Channel, row: dict[str, Any], now: datetime
) -> list[Finding]:
    """Refused credentials, and an account with nothing published or quiet for too long."""
    found: list[Finding] = []
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
    if Capability.MANUAL in channel.capabilities and not last:
        return found
    days = _quiet_days(practice, last, now)
    if last is None:
        found.append(
            Finding(
                area, False, "nothing published yet", "schedule a first post", severity="notice"
            )
        )
    elif days is not None:
        found.append(
            Finding.warning(
                area, f"quiet for {days} days: a quiet page looks closed", "schedule a post"
            )
        )
    return found


def _account_findings(
    practice: Practice, account: AccountConfig, row: dict[str, Any], now: datetime
) -> list[Finding]:
    area = f"account {account.id}"
    channel = practice.plugins.channels.get(account.channel)
    if channel is None:
        clash = readiness(practice, account.id).plugin_trouble  # two plugins claim the name
        if clash is not None:
            return [Finding(area, False, *clash)]
        return [
            Finding(
                area,
                False,
                f"no plugin provides the channel {account.channel!r}",
                _unknown_channel_fix(account.channel, sorted(practice.plugins.channels)),
            )
        ]
    return _missing_findings(practice, area, account.id) + _activity_findings(
        practice, area, channel, row, now
    )


def _unknown_channel_fix(name: str, installed: list[str]) -> str:
    """What to do about an account whose channel no plugin provides: most often a typo, so
    the nearest installed channel first; never a package name guessed from the typo (the
    fix said `pip install medsocial-mastadon`, a name anyone may have published)."""
    known = ", ".join(installed) or "none"
    near = difflib.get_close_matches(name, installed, n=1, cutoff=0.6)
    if near:
        return f"did you mean {near[0]!r}? fix `channel` in practice.toml (installed: {known})"
    return (
        f"fix `channel` in practice.toml (installed: {known}), or install the plugin for that "
        "network from its maker (docs/plugins.md); `medsocial plugins` lists what is installed"
    )


def _overdue_todo_findings(practice: Practice, now: datetime) -> list[Finding]:
    """To-dos (posts to make by hand) that have waited longer than they should."""
    found: list[Finding] = []
    todo = practice.store.query(
        "SELECT d.id, d.account_id, d.updated_at FROM deliveries d WHERE d.state=?",
        (DeliveryState.TODO.value,),
    )
    for row in todo:
        age = now - clock.parse_utc(row["updated_at"])
        if age <= TODO_OVERDUE:
            continue
        configured = practice.config.account(row["account_id"])
        network = str((configured.settings if configured else {}).get("network") or "")
        on = f" on {network}" if network else ""
        found.append(
            Finding.warning(
                f"account {row['account_id']}",
                f"overdue: to-do {row['id']} (post{on} by hand) has waited {duration_words(age)}",
                "`medsocial todo` shows the text to copy; after posting, "
                f"`medsocial post resolve {row['id']} --published-url URL`",
            )
        )
    return found


def account_findings(practice: Practice) -> list[Finding]:
    """Each configured account's findings in config order, then the overdue to-dos."""
    now = clock.now()
    rows = _accounts_rows(practice)
    found: list[Finding] = []
    for account in practice.config.accounts:
        found.extend(_account_findings(practice, account, rows.get(account.id) or {}, now))
    return found + _overdue_todo_findings(practice, now)


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


def _authorisation(
    practice: Practice, account_id: str, channel: Channel | None, row: dict[str, Any]
) -> str:
    """The channels screen's word for whether the account may post."""
    if channel is None:
        return "no plugin"
    if _by_hand(channel):
        return "by hand"
    needs = readiness(practice, account_id)
    if needs.plugin_trouble is not None:
        return "plugin failed"
    if needs.missing_credentials:
        return "missing"
    status = row.get("auth_status")
    return "not checked" if status in (None, "unknown") else str(status)


def account_statuses(practice: Practice) -> list[AccountStatus]:
    """Every configured account with its health, in config order."""
    findings = account_findings(practice)
    rows = _accounts_rows(practice)
    now = clock.now()
    statuses = []
    for account in practice.config.accounts:
        channel = practice.plugins.channels.get(account.channel)
        row = rows.get(account.id) or {}
        last = row.get("last_published_at")
        last_at = clock.parse_utc(last) if last else None
        statuses.append(
            AccountStatus(
                account_id=account.id,
                name=account.name,
                network=channel.title if channel else account.channel,
                plugin_loaded=channel is not None,
                by_hand=_by_hand(channel),
                authorisation=_authorisation(practice, account.id, channel, row),
                last_published=last_at,
                quiet=_quiet_days(practice, last, now) is not None,
                findings=tuple(f for f in findings if f.area == f"account {account.id}"),
            )
        )
    return statuses


async def online_findings(practice: Practice, timeout: float = 15.0) -> list[Finding]:
    """Ask each connected account's network whether its credentials work (the channel's
    cheap authorised read), all at once. Accounts missing credentials are left to the
    offline checks."""
    import asyncio

    import httpx

    from medsocial_tui.accounts.connections import check_credentials
    from medsocial_tui.accounts.plugin_calls import BadAnswer

    async def one(client: httpx.AsyncClient, account_id: str) -> Finding:
        area = f"account {account_id}"
        channel = practice.channel_for(account_id)
        try:
            health = await check_credentials(practice, client, account_id, deadline=timeout)
        except (httpx.HTTPError, TimeoutError) as exc:
            return Finding.warning(
                area,
                f"could not reach {channel.title} ({type(exc).__name__})",
                "check the network and the account's base_url",
            )
        except BadAnswer as exc:  # the plugin's bug, not the network's answer
            return Finding(
                area, False, _titled(channel, exc.message), _plugin_fix(practice, channel)
            )
        except RetryLater as exc:
            return Finding.warning(area, _titled(channel, exc.message), "try again later")
        except ChannelError as exc:  # the network's answer: refused, expired, not allowed
            return Finding(
                area,
                False,
                _titled(channel, exc.message),
                channel.credentials_help or "reconnect the account",
            )
        except Exception as exc:  # noqa: BLE001 - a plugin bug is reported, not fatal
            message = getattr(exc, "message", f"{type(exc).__name__}: {exc}")
            return Finding(area, False, _titled(channel, message), _plugin_fix(practice, channel))
        if health.ok:
            return Finding(area, True, _titled(channel, health.message))
        return Finding(
            area,
            False,
            _titled(channel, health.message),
            channel.credentials_help or "reconnect the account",
        )

    ready = [
        config.id
        for config in practice.config.accounts
        if practice.plugins.channels.get(config.channel) is not None
        and readiness(practice, config.id).connected
    ]
    async with practice.http_client(timeout) as client:
        return list(await asyncio.gather(*(one(client, a) for a in ready)))


def _titled(channel: Channel, message: str) -> str:
    """The network's name before its words, once: the kit's words already begin with it
    ("Threads refused the credentials"), which read "Threads: Threads refused..."."""
    return message if message.startswith(channel.title) else f"{channel.title}: {message}"


def _plugin_fix(practice: Practice, channel: Channel) -> str:
    """What to do about a plugin that failed its own check: who can mend it."""
    dist = next(
        (r.dist for r in practice.plugins.reports if r.name == channel.plugin_name and r.dist),
        "",
    )
    who = f" (`pip show {dist}` names its maker)" if dist else ""
    return f"the {channel.plugin_name or channel.name} plugin failed: tell whoever made it{who}"


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
    rows = {r["id"]: r for r in practice.store.query("SELECT id, last_published_at FROM accounts")}
    found = []
    for account in practice.config.accounts:
        if not account.enabled:
            continue
        last = (rows.get(account.id) or {}).get("last_published_at")
        by_hand = _by_hand(practice.plugins.channels.get(account.channel))
        days = _quiet_days(practice, last, now)
        if last is None and not by_hand:
            found.append(QuietAccount(account.id, None))
        elif days is not None:
            found.append(QuietAccount(account.id, days))
    return found
