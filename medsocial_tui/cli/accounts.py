"""``medsocial accounts``: the practice's accounts, the ids posts are addressed to."""

from __future__ import annotations

import click

from medsocial_tui import clock
from medsocial_tui.cli.common import echo_json, json_option_saying, pass_practice, table
from medsocial_tui.home.health import AccountStatus, account_statuses
from medsocial_tui.home.practice import Practice

CREDENTIALS_IN_WORDS = {
    "missing": "no: credentials missing",
    "no plugin": "no: plugin not installed",
    "plugin failed": "no: its plugin failed (`medsocial doctor` says how)",
    "by hand": "posted by hand",
    "not checked": "yes (not checked yet)",
}


def _credentials(status: AccountStatus) -> str:
    return CREDENTIALS_IN_WORDS.get(status.authorisation, status.authorisation)


def _last(status: AccountStatus) -> str:
    return clock.to_iso(status.last_published) if status.last_published else ""


@click.command("accounts")
@json_option_saying("One JSON object per account.")
@pass_practice
def accounts_command(practice: Practice, as_json: bool) -> None:
    """The accounts in practice.toml: the id to post to, the network, whether it is
    connected, and when anything last went out on it."""
    try:
        statuses = account_statuses(practice)
    finally:
        practice.close()
    if as_json:
        echo_json(
            [
                {
                    "id": s.account_id,
                    "name": s.name,
                    "network": s.network,
                    "credentials": s.authorisation,
                    "last_published_at": _last(s) or None,
                }
                for s in statuses
            ]
        )
        return
    if not statuses:
        click.echo(
            "no accounts yet: add an [[accounts]] table to practice.toml for each page or "
            "profile (docs/channels/ says how to get each network's credentials)"
        )
        return
    rows = [[s.account_id, s.network, _credentials(s), _last(s)[:10] or "never"] for s in statuses]
    click.echo(table(rows, ["id", "network", "connected", "last post"]))
    click.echo("\nPost to them by id: medsocial post add TEXT -a ID -a ID")
