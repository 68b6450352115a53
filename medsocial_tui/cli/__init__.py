"""The ``medsocial`` command line: a face on the core, with no business rules of its own."""

from __future__ import annotations

import sqlite3
import sys
from pathlib import Path
from typing import Any

import click

from medsocial_tui import __version__
from medsocial_tui.errors import MedsocialError


class FriendlyGroup(click.Group):
    """Shows a MedsocialError as words for people with its own exit code, not a traceback,
    and never lets a control character that someone wrote reach the terminal."""

    def main(self, *args: Any, **kwargs: Any) -> Any:
        """Every run prints through the filter that escapes terminal control characters."""
        from medsocial_tui.cli.output import safe_output

        with safe_output():
            return super().main(*args, **kwargs)

    def invoke(self, ctx: click.Context) -> Any:
        try:
            return super().invoke(ctx)
        except MedsocialError as exc:
            click.echo(exc.for_people(), err=True)
            sys.exit(exc.exit_code)
        except (sqlite3.Error, OSError) as exc:
            from medsocial_tui.store.trouble import explain, kind_of

            if kind_of(exc) is None:
                raise
            error = explain(exc, _database_path(ctx))
            click.echo(error.for_people(), err=True)
            sys.exit(error.exit_code)


def _database_path(ctx: click.Context) -> Path | None:
    """The database a failed command was using, for the words; None when unknown."""
    from medsocial_tui.config import resolve_home

    try:
        return resolve_home((ctx.obj or {}).get("home")).database_path
    except Exception:  # noqa: BLE001 - only for the message
        return None


home_option = click.option(
    "--home",
    type=click.Path(file_okay=False),
    envvar="MEDSOCIAL_HOME",
    help="The practice home folder (default: $MEDSOCIAL_HOME, else your data folder).",
)


@click.group(cls=FriendlyGroup, invoke_without_command=True)
@click.version_option(__version__, prog_name="medsocial")
@home_option
@click.pass_context
def main(ctx: click.Context, home: str | None) -> None:
    """Social media for a medical or dental practice.

    With no command, opens the full-screen app for the practice in the home folder.
    """
    ctx.ensure_object(dict)
    ctx.obj["home"] = home
    if ctx.invoked_subcommand is None:
        from medsocial_tui.tui.app import run_app

        run_app(home)


def _register() -> None:
    from medsocial_tui.cli.audit import audit_group
    from medsocial_tui.cli.audit_notes import audit_note_group
    from medsocial_tui.cli.authorisations import authorisation_group
    from medsocial_tui.cli.check import check_command
    from medsocial_tui.cli.diagnose import doctor_command, plugins_command
    from medsocial_tui.cli.flush import flush_command
    from medsocial_tui.cli.hours import hours_change_group
    from medsocial_tui.cli.policy import policy_group
    from medsocial_tui.cli.post import post_group
    from medsocial_tui.cli.roster import roster_group
    from medsocial_tui.cli.setup import demo_command, init_command
    from medsocial_tui.cli.staff import staff_group
    from medsocial_tui.cli.templates import templates_group
    from medsocial_tui.cli.todo import todo_command
    from medsocial_tui.cli.training import training_group

    for command in (
        init_command,
        demo_command,
        post_group,
        roster_group,
        flush_command,
        todo_command,
        check_command,
        policy_group,
        staff_group,
        training_group,
        audit_note_group,
        audit_group,
        plugins_command,
        doctor_command,
        hours_change_group,
        templates_group,
    ):
        main.add_command(command)
    main.add_command(authorisation_group)
    main.add_command(authorisation_group, name="consent")


_register()
