"""The ``medsocial`` command line: a face on the core, with no business rules of its own."""

from __future__ import annotations

import os
import sqlite3
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import click

from medsocial_tui import __version__, identity
from medsocial_tui.errors import DatabaseError, HomeError, MedsocialError


def _os_error_in_words(exc: OSError) -> MedsocialError:
    """A file medsocial may not read or write, as words (never a traceback)."""
    where = exc.filename if isinstance(exc.filename, str) else None
    return HomeError(
        f"medsocial may not use {where or 'a file it needs'} ({exc.strerror or exc})",
        where=where,
        fix="the practice home and everything in it belong to its service account: run "
        "medsocial as that account (SSH key or sudo, see docs/deploy.md); "
        "`medsocial doctor --fix-permissions` repairs modes it can",
    )


def _database_error_in_words(exc: sqlite3.Error) -> MedsocialError:
    return DatabaseError(
        f"the database refused the change ({exc})",
        fix="the database must be writable by the practice's service account only: run "
        "`medsocial doctor`; nothing was half-written",
    )


class FriendlyGroup(click.Group):
    """Shows a MedsocialError as words for people with its own exit code, not a traceback
    (a file it may not open or a database it may not write too), and never lets a control
    character that someone wrote reach the terminal."""

    def main(self, args: Sequence[str] | None = None, *a: Any, **kw: Any) -> Any:
        """Every run prints through the filter that escapes terminal control characters,
        with umask 077, and, for a person reached through SSH, with what they typed read as
        arguments (see :func:`medsocial_tui.identity.forced_command_argv`)."""
        from medsocial_tui.cli.output import safe_output

        previous = os.umask(0o077)
        try:
            with safe_output():
                argv = list(sys.argv[1:] if args is None else args)
                if identity.reached_for_someone_else(argv, os.environ):
                    identity.scrub_environment(os.environ)
                try:
                    argv = identity.forced_command_argv(argv, os.environ)
                except MedsocialError as exc:
                    click.echo(exc.for_people(), err=True)
                    sys.exit(exc.exit_code)
                return super().main(argv, *a, **kw)
        finally:
            os.umask(previous)

    def invoke(self, ctx: click.Context) -> Any:
        try:
            return super().invoke(ctx)
        except MedsocialError as exc:
            click.echo(exc.for_people(), err=True)
            sys.exit(exc.exit_code)
        except (sqlite3.Error, OSError) as exc:
            from medsocial_tui.store.trouble import explain, kind_of

            if kind_of(exc) is not None:
                error = explain(exc, _database_path(ctx))
            elif isinstance(exc, PermissionError):
                error = _os_error_in_words(exc)
            elif isinstance(exc, sqlite3.OperationalError):
                error = _database_error_in_words(exc)
            else:
                raise
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
@click.option(
    identity.SSH_OPTION,
    "ssh_login",
    default=None,
    hidden=True,
    help="Only in an authorized_keys forced command (medsocial staff key add writes it).",
)
@click.pass_context
def main(ctx: click.Context, home: str | None, ssh_login: str | None) -> None:
    """Social media for a medical or dental practice.

    With no command, opens the full-screen app for the practice in the home folder.
    """
    ctx.ensure_object(dict)
    ctx.obj["home"] = home
    identity.declare_ssh_login(ssh_login)
    if ctx.invoked_subcommand in identity.FORCED_REFUSED_COMMANDS and identity.process_access() in (
        identity.Access.SSH,
        identity.Access.SUDO,
    ):
        from medsocial_tui.errors import PermissionDenied

        raise PermissionDenied(
            f"`{ctx.invoked_subcommand}` creates a practice home; it is not run through SSH or "
            "sudo",
            fix="the administrator runs it as the service account itself, e.g. "
            "`runuser -u medsocial -- medsocial init ...` (docs/deploy.md)",
        )
    if ctx.invoked_subcommand is None:
        from medsocial_tui.tui.run import run_app

        run_app(home)


def _register() -> None:
    from medsocial_tui.cli.accounts import accounts_command
    from medsocial_tui.cli.attach import attach_command
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
    from medsocial_tui.cli.whoami import whoami_command

    for command in (
        init_command,
        demo_command,
        post_group,
        accounts_command,
        attach_command,
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
        whoami_command,
    ):
        main.add_command(command)
    main.add_command(authorisation_group)
    main.add_command(authorisation_group, name="consent")


_register()
