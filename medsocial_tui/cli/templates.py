"""``medsocial templates``: list the post templates and write drafts from one."""

from __future__ import annotations

import click

from medsocial_tui.cli.common import (
    echo_json,
    json_option,
    practice_command,
    practice_from,
    table,
)
from medsocial_tui.home.practice import Practice


@click.group("templates", invoke_without_command=True)
@click.pass_context
def templates_group(ctx: click.Context) -> None:
    """Post templates from plugins and the practice's templates/ folder."""
    if ctx.invoked_subcommand is None:
        ctx.invoke(list_command)


@practice_command(templates_group, "list")
@json_option
def list_command(practice: Practice, as_json: bool = False) -> None:
    """Every template, where it comes from, and broken practice templates."""
    from medsocial_tui import templates

    try:
        found = templates.available(practice)
        _, errors = templates.practice_templates(practice)
    finally:
        practice.close()
    if as_json:
        echo_json(
            [
                {
                    "key": k,
                    "title": t.title,
                    "kind": t.kind,
                    "source": templates.source_of(t),
                    "fields": [f.__dict__ for f in t.fields],
                }
                for k, t in found.items()
            ]
        )
        return
    rows = [[k, t.kind, t.title, templates.source_of(t)] for k, t in found.items()]
    click.echo(table(rows, ["key", "kind", "title", "from"]))
    for error in errors:
        click.echo(error.for_people(), err=True)


@templates_group.command("use")
@click.argument("key")
@click.option(
    "-f",
    "--field",
    "fields",
    multiple=True,
    metavar="NAME=VALUE",
    help="A field's answer; repeat for each.",
)
@click.option(
    "-a",
    "--account",
    "accounts",
    multiple=True,
    help="Account id (default: every connected account).",
)
@click.option("--offline", is_flag=True, help="Do not fetch link titles.")
@click.pass_context
def use_command(
    ctx: click.Context, key: str, fields: tuple[str, ...], accounts: tuple[str, ...], offline: bool
) -> None:
    """Write draft post(s) from template KEY; they then go through review as usual."""
    from medsocial_tui import templates
    from medsocial_tui.errors import UsageError

    raw: dict[str, str] = {}
    for item in fields:
        name, sep, value = item.partition("=")
        if not sep:
            raise UsageError(f"{item!r} is not NAME=VALUE", fix='e.g. -f question="How often..."')
        raw[name.strip()] = value
    practice = practice_from(ctx)
    try:
        prepared = templates.prepare(practice, key, raw, online=not offline)
        for warning in prepared.warnings:
            click.echo(f"warning: {warning}", err=True)
        chosen = list(accounts) or templates.default_accounts(practice)
        posts = templates.create_posts(practice, prepared, chosen)
    finally:
        practice.close()
    for post in posts:
        extra = f", {len(post.media)} image(s) attached" if post.media else ""
        click.echo(f"Draft post {post.id} ({post.kind}{extra}): {post.text[:70]}")
    click.echo("Check and submit them in the app (e to edit, then F4).")
