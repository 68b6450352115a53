"""Whether an account can post: its plugin loaded, its credentials and settings present.

The one place that says what an account still needs (:func:`readiness`): flush says it before
sending nothing, hours before a notice, doctor in its report, and the faces where a person
chooses accounts (compose, review, templates), so an account that cannot post is not shown
as ready and does not fail silently at 9 am."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from medsocial_tui.channel import Account, AccountHealth, Channel, Field
from medsocial_tui.home.practice import Practice

if TYPE_CHECKING:
    import httpx


@dataclass(frozen=True)
class Readiness:
    """What one account still needs before anything can be sent for it."""

    account_id: str
    name: str = ""
    in_config: bool = True
    enabled: bool = True
    plugin_missing: str | None = None
    """The channel no loaded plugin provides, when that is the trouble."""
    plugin_trouble: tuple[str, str] | None = None
    """Why its plugin cannot serve it (two plugins register the channel, or the plugin fails
    to say what the account needs), and what to do."""
    missing_credentials: tuple[Field, ...] = ()
    missing_settings: tuple[Field, ...] = ()

    @property
    def connected(self) -> bool:
        """Its plugin is loaded and it has every credential and setting it needs."""
        return (
            self.in_config
            and self.plugin_missing is None
            and self.plugin_trouble is None
            and not self.missing_credentials
            and not self.missing_settings
        )

    @property
    def can_post(self) -> bool:
        return self.connected and self.enabled

    @property
    def missing(self) -> list[str]:
        return [f.name for f in (*self.missing_credentials, *self.missing_settings)]

    def problem(self) -> str:
        """'' when it can post; else why not, in a few words."""
        if not self.in_config:
            return "not in practice.toml"
        if not self.enabled:
            return "turned off in practice.toml"
        if self.plugin_trouble is not None:
            return f"not connected ({self.plugin_trouble[0]})"
        if self.plugin_missing is not None:
            return f"not connected (plugin {self.plugin_missing} not loaded)"
        return f"not connected (missing {', '.join(self.missing)})" if self.missing else ""

    def what_to_do(self) -> str | None:
        """What to add, and where, in a sentence; None when nothing is missing."""
        if self.plugin_trouble is not None:
            return f"{self.name} is not connected: {self.plugin_trouble[1]}"
        if not self.missing_credentials and not self.missing_settings:
            return None
        parts = []
        if self.missing_credentials:
            names = ", ".join(f.name for f in self.missing_credentials)
            parts.append(f"add {names} under [accounts.{self.account_id}] in secrets.toml")
        if self.missing_settings:
            names = ", ".join(f.name for f in self.missing_settings)
            parts.append(f"add {names} to its settings in practice.toml")
        return f"{self.name} is not connected: " + " and ".join(parts) + ", then retry"


def readiness(practice: Practice, account_id: str) -> Readiness:
    """What the account still needs (nothing, when :attr:`Readiness.can_post`)."""
    config = practice.config.account(account_id)
    if config is None:
        return Readiness(account_id, in_config=False)
    channel = practice.plugins.channels.get(config.channel)
    if channel is None:
        host = practice.plugins
        clash = (
            (host.clash_words(config.channel), host.clash_fix(config.channel))
            if config.channel in host.clashes
            else None
        )
        return Readiness(
            account_id,
            config.name,
            enabled=config.enabled,
            plugin_missing=config.channel,
            plugin_trouble=clash,
        )
    account = practice.account(account_id)
    missing = _missing_of(channel, account)
    if isinstance(missing, str):
        fix = f"tell whoever installed the {channel.plugin_name or channel.name} plugin"
        return Readiness(
            account_id, account.name, enabled=config.enabled, plugin_trouble=(missing, fix)
        )
    return Readiness(
        account_id,
        account.name,
        enabled=config.enabled,
        missing_credentials=missing[0],
        missing_settings=missing[1],
    )


def _missing_of(
    channel: Channel, account: Account
) -> tuple[tuple[Field, ...], tuple[Field, ...]] | str:
    """The credentials and settings ``account`` lacks, as the channel says; words naming the
    plugin when its ``missing_credentials`` or ``missing_settings`` raises or answers
    something other than a list of ``Field``."""
    plugin = channel.plugin_name or channel.name
    try:
        found = (channel.missing_credentials(account), channel.missing_settings(account))
    except Exception as exc:  # noqa: BLE001 - a plugin bug must not stop doctor or the app
        return f"the {plugin} plugin failed to say what the account needs ({type(exc).__name__})"
    if not all(isinstance(f, list | tuple) and all(isinstance(x, Field) for x in f) for f in found):
        return f"the {plugin} plugin answered what the account needs with something unusable"
    return tuple(found[0]), tuple(found[1])


def connection_problem(practice: Practice, account_id: str) -> str:
    """'' when the account can post; else why not, in a few words ("not connected (missing
    access_token)")."""
    return readiness(practice, account_id).problem()


def problems_by_account(practice: Practice) -> dict[str, str]:
    """Every account of the config with its problem ('' when it can post)."""
    return {a.id: connection_problem(practice, a.id) for a in practice.config.accounts}


async def check_credentials(
    practice: Practice, client: httpx.AsyncClient, account_id: str, *, deadline: float
) -> AccountHealth:
    """The network's answer, through its channel's cheap authorised read, to whether the
    account's credentials still work. Raises what the call raised, its words scrubbed of
    the account's secrets (``TimeoutError`` past ``deadline`` seconds)."""
    from medsocial_tui.accounts import plugin_calls

    channel = practice.channel_for(account_id)
    account = practice.account(account_id)
    return await plugin_calls.call_channel(
        channel,
        account,
        lambda: channel.check_account(client, account),
        plugin_calls.checked_health,
        deadline=deadline,
    )
