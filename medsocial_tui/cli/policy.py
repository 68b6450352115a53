"""``medsocial policy ...``: the social-media policy, acknowledgements and training."""

from __future__ import annotations

import click

from medsocial_tui import policy, staff
from medsocial_tui.cli.common import echo_json, practice_from
from medsocial_tui.errors import NotFound, PermissionDenied


@click.group("policy")
def policy_group() -> None:
    """The internet and social-media use policy."""


@policy_group.command("show")
@click.argument("number", type=int, required=False)
@click.pass_context
def show_command(ctx, number) -> None:
    """Print a policy version (default: the current one) to read."""
    practice = practice_from(ctx)
    version = (
        policy.get_version(practice.store, number)
        if number
        else policy.current_version(practice.store)
    )
    if version is None:
        raise NotFound(
            "no policy has been published yet", fix="`medsocial policy draft` starts one"
        )
    click.echo(f"# {version['title']} (version {version['number']}, {version['status']})")
    if version["effective_date"]:
        click.echo(
            f"effective {version['effective_date']}, next review {version['next_review_date']}"
        )
    for section in policy.sections_of(version):
        click.echo(f"\n## {section.title}\n\n{section.body}")


@policy_group.command("acknowledge")
@click.pass_context
def acknowledge_command(ctx) -> None:
    """Say that you received and read the current version."""
    practice = practice_from(ctx)
    me = staff.by_login(practice.store, practice.login)
    if me is None:
        raise PermissionDenied("you are not on the staff list", fix="ask an admin to add you")
    version = policy.current_version(practice.store)
    if version is None:
        raise NotFound("no policy has been published yet")
    policy.acknowledge(practice.store, me.login, me.id, version["number"])
    click.echo(f"{me.name} acknowledged policy version {version['number']}")


@policy_group.command("status")
@click.option("--json", "as_json", is_flag=True)
@click.pass_context
def status_command(ctx, as_json) -> None:
    """Who has not acknowledged the current version."""
    practice = practice_from(ctx)
    version = policy.current_version(practice.store)
    missing = policy.not_acknowledged(practice.store)
    if as_json:
        echo_json(
            {
                "current": version and version["number"],
                "not_acknowledged": [m["login"] for m in missing],
            }
        )
        return
    if version is None:
        click.echo("no policy published yet")
        return
    click.echo(f"current: version {version['number']} ({version['title']})")
    if missing:
        click.echo(
            "not acknowledged yet: " + ", ".join(f"{m['name']} ({m['login']})" for m in missing)
        )
    else:
        click.echo("everyone has acknowledged it")
