"""``medsocial staff ...``: who works here and what they may do."""

from __future__ import annotations

import click

from medsocial_tui import staff
from medsocial_tui.cli.common import echo_json, practice_from, table
from medsocial_tui.staff import Action, require


@click.group("staff")
def staff_group() -> None:
    """Staff, roles, the designated social-media manager and providers."""


@staff_group.command("list")
@click.option("--all", "include_inactive", is_flag=True, help="Include deactivated staff.")
@click.option("--json", "as_json", is_flag=True)
@click.pass_context
def list_command(ctx, include_inactive, as_json) -> None:
    practice = practice_from(ctx)
    people = staff.everyone(practice.store, include_inactive=include_inactive)
    if as_json:
        echo_json([{**m.__dict__, "roles": sorted(r.value for r in m.roles)} for m in people])
        return
    rows = [
        [
            m.login,
            m.name,
            ",".join(sorted(r.value for r in m.roles)),
            ("manager " if m.is_manager else "") + ("provider" if m.is_provider else ""),
            "active" if m.active else "deactivated",
        ]
        for m in people
    ]
    click.echo(table(rows, ["login", "name", "roles", "marks", "status"]))


@staff_group.command("add")
@click.argument("login")
@click.option("--name", required=True)
@click.option("--roles", default="author", show_default=True, help="author,approver,admin")
@click.option("--title", default="", help='e.g. "DDS", "Front desk"')
@click.option("--email", default="")
@click.option(
    "--provider", is_flag=True, help="A doctor or clinician: never mistaken for a patient."
)
@click.option("--manager", is_flag=True, help="The designated social-media manager.")
@click.pass_context
def add_command(ctx, login, name, roles, title, email, provider, manager) -> None:
    """Add a staff member; LOGIN is their OS (SSH) user name."""
    practice = practice_from(ctx)
    actor = require(
        practice.store, staff.by_login(practice.store, practice.login), Action.MANAGE_STAFF
    )
    member = staff.add(
        practice.store,
        actor.login,
        login=login,
        name=name,
        roles=staff.parse_roles(roles),
        email=email,
        is_provider=provider,
        is_manager=manager,
        title=title,
    )
    click.echo(f"added {member.name} ({member.login})")


@staff_group.command("change")
@click.argument("login")
@click.option("--roles", default=None)
@click.option("--name", default=None)
@click.option("--title", default=None)
@click.option("--provider/--not-provider", default=None)
@click.option("--manager/--not-manager", default=None)
@click.pass_context
def change_command(ctx, login, roles, name, title, provider, manager) -> None:
    practice = practice_from(ctx)
    actor = require(
        practice.store, staff.by_login(practice.store, practice.login), Action.MANAGE_STAFF
    )
    member = staff.change(
        practice.store,
        actor.login,
        login,
        roles=staff.parse_roles(roles) if roles else None,
        name=name,
        title=title,
        is_provider=provider,
        is_manager=manager,
    )
    click.echo(f"{member.login}: {','.join(sorted(r.value for r in member.roles))}")


@staff_group.command("deactivate")
@click.argument("login")
@click.pass_context
def deactivate_command(ctx, login) -> None:
    """Stop someone from acting; their history stays."""
    practice = practice_from(ctx)
    actor = require(
        practice.store, staff.by_login(practice.store, practice.login), Action.MANAGE_STAFF
    )
    staff.deactivate(practice.store, actor.login, login)
    click.echo(f"{login} deactivated")
