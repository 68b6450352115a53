"""``medsocial whoami``: who the app believes you are, and why."""

from __future__ import annotations

import click

from medsocial_tui.cli.common import echo_json, json_option, pass_practice
from medsocial_tui.home.practice import Practice
from medsocial_tui.records import staff


@click.command("whoami")
@json_option
@pass_practice
def whoami_command(practice: Practice, as_json: bool) -> None:
    """Who you are signed in as, how the app knows it, and your roles."""
    member = staff.by_login(practice.store, practice.login)
    access = practice.identity.access.value if practice.identity else "owner"
    roles = sorted(r.value for r in member.roles) if member else []
    if as_json:
        echo_json({"login": practice.login, "access": access, "roles": roles})
        return
    words = practice.identity.in_words() if practice.identity else practice.login
    click.echo(f"signed in as {words}")
    click.echo(f"roles: {', '.join(roles)}" if member else "not on the staff list")
