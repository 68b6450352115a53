"""Whether an account can post: its plugin loaded, its credentials and settings present.

Said where a person chooses accounts (compose, review, templates), so an account that cannot
post is not shown as ready and does not fail silently at 9 am."""

from __future__ import annotations

from medsocial_tui.practice import Practice


def connection_problem(practice: Practice, account_id: str) -> str:
    """'' when the account can post; else why not, in a few words ("not connected (missing
    access_token)")."""
    config = practice.config.account(account_id)
    if config is None:
        return "not in practice.toml"
    if not config.enabled:
        return "turned off in practice.toml"
    channel = practice.plugins.channels.get(config.channel)
    if channel is None:
        return f"not connected (plugin {config.channel} not loaded)"
    account = practice.account(account_id)
    missing = [f.name for f in channel.missing_credentials(account)]
    missing += [f.name for f in channel.missing_settings(account)]
    return f"not connected (missing {', '.join(missing)})" if missing else ""


def problems_by_account(practice: Practice) -> dict[str, str]:
    """Every account of the config with its problem ('' when it can post)."""
    return {a.id: connection_problem(practice, a.id) for a in practice.config.accounts}
