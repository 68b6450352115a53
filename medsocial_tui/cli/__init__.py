"""The ``medsocial`` command line: a face on the core, with no business rules of its own."""

from __future__ import annotations

import importlib
import sqlite3
import sys
from collections.abc import Sequence
from typing import Any

import click

from medsocial_tui import __version__
from medsocial_tui.entry import HOME_ENV, as_a_command, error_in_words, identity_arguments
from medsocial_tui.errors import MedsocialError
from medsocial_tui.home import identity


class FriendlyGroup(click.Group):
    """Shows a MedsocialError as words for people with its own exit code, not a traceback
    (a file it may not open or a database it may not write too), and never lets a control
    character that someone wrote reach the terminal. The console script's way into the app
    (:mod:`medsocial_tui.entry`) runs the same steps without click."""

    def main(self, args: Sequence[str] | None = None, *a: Any, **kw: Any) -> Any:
        """Every run prints through the filter that escapes terminal control characters,
        with umask 077, and, for a person reached through SSH, with what they typed read as
        arguments (see :func:`medsocial_tui.home.identity.forced_command_argv`)."""
        with as_a_command():
            try:
                argv = identity_arguments(list(sys.argv[1:] if args is None else args))
            except MedsocialError as exc:
                click.echo(exc.for_people(), err=True)
                sys.exit(exc.exit_code)
            return super().main(argv, *a, **kw)

    def invoke(self, ctx: click.Context) -> Any:
        try:
            return super().invoke(ctx)
        except MedsocialError as exc:
            click.echo(exc.for_people(), err=True)
            sys.exit(exc.exit_code)
        except (sqlite3.Error, OSError) as exc:
            error = error_in_words(exc, (ctx.obj or {}).get("home"))
            if error is None:
                raise
            click.echo(error.for_people(), err=True)
            sys.exit(error.exit_code)


class LazyGroup(FriendlyGroup):
    """A group whose subcommands are imported only when one is called, so ``medsocial
    --help`` or ``medsocial post list`` never pays for Textual, httpx or the guard's word
    lists that another command needs. ``lazy`` maps a name to (module, attribute, summary)."""

    def __init__(self, *args: Any, lazy: dict[str, tuple[str, str, str]], **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.lazy = lazy

    def list_commands(self, ctx: click.Context) -> list[str]:
        return sorted({*super().list_commands(ctx), *self.lazy})

    def get_command(self, ctx: click.Context, cmd_name: str) -> click.Command | None:
        command = super().get_command(ctx, cmd_name)
        if command is None and cmd_name in self.lazy:
            module_name, attribute, _summary = self.lazy[cmd_name]
            command = getattr(importlib.import_module(module_name), attribute)
            self.add_command(command, name=cmd_name)
        return command

    def format_commands(self, ctx: click.Context, formatter: click.HelpFormatter) -> None:
        """The command list from the summaries, importing nothing."""
        rows = []
        for name in self.list_commands(ctx):
            loaded = self.commands.get(name)
            if loaded is not None:
                if loaded.hidden:
                    continue
                rows.append((name, loaded))
            else:
                rows.append((name, click.Command(name, help=self.lazy[name][2])))
        if not rows:
            return
        limit = formatter.width - 6 - max(len(name) for name, _ in rows)
        with formatter.section("Commands"):
            formatter.write_dl([(name, cmd.get_short_help_str(limit)) for name, cmd in rows])


# name -> (module, attribute, the first paragraph of its help). The module is imported only
# when the command runs (or its own --help is asked for); ``medsocial --help`` lists the
# commands from the summaries here. tests/cli/test_lazy_cli.py checks they match the commands.
COMMANDS: dict[str, tuple[str, str, str]] = {
    "init": (
        "medsocial_tui.cli.setup",
        "init_command",
        "Create a practice home: config, database, you as its admin, a policy draft.",
    ),
    "demo": (
        "medsocial_tui.cli.setup",
        "demo_command",
        "Create a demo dental practice and open the app on it.",
    ),
    "post": ("medsocial_tui.cli.post", "post_group", "Write, review and manage posts."),
    "accounts": (
        "medsocial_tui.cli.accounts",
        "accounts_command",
        "The accounts in practice.toml: the id to post to, the network, whether it is "
        "connected, and when anything last went out on it.",
    ),
    "attach": (
        "medsocial_tui.cli.attach",
        "attach_command",
        "Store an image or video sent on standard input, for a post to use:",
    ),
    "roster": (
        "medsocial_tui.cli.roster",
        "roster_group",
        "Patient names the guard recognises (stored as keyed hashes, never in clear).",
    ),
    "flush": (
        "medsocial_tui.cli.flush",
        "flush_command",
        "Publish what is due. Exit 0 when nothing failed, 1 when a delivery this run handled "
        "failed or any delivery's outcome is still unknown, 2 when medsocial could not start "
        "(usage, config, database), 12 when the audit chain does not hold (what is approved "
        "is still sent; see docs/flush.md).",
    ),
    "todo": (
        "medsocial_tui.cli.todo",
        "todo_command",
        "Posts to make by hand (networks with no publishing API), with the text to copy.",
    ),
    "check": (
        "medsocial_tui.cli.check",
        "check_command",
        "Run the compliance guard on TEXT (or - to read standard input).",
    ),
    "policy": (
        "medsocial_tui.cli.policy",
        "policy_group",
        "The internet and social-media use policy.",
    ),
    "staff": (
        "medsocial_tui.cli.staff",
        "staff_group",
        "Staff, roles, the designated social-media manager and providers.",
    ),
    "training": (
        "medsocial_tui.cli.training",
        "training_group",
        "Training records: who was trained on what, and when they are due again.",
    ),
    "audit-note": (
        "medsocial_tui.cli.audit_notes",
        "audit_note_group",
        "Audit notes: what a review of an employee's public posts found, and what was done.",
    ),
    "audit": (
        "medsocial_tui.cli.audit",
        "audit_group",
        "The audit records: verify them, export evidence, redact a reason.",
    ),
    "plugins": (
        "medsocial_tui.cli.diagnose",
        "plugins_command",
        "The installed plugins, their channels and capabilities, and any that failed.",
    ),
    "doctor": (
        "medsocial_tui.cli.diagnose",
        "doctor_command",
        "Check permissions, config, secrets, database, plugins, accounts, queue and policy.",
    ),
    "hours-change": (
        "medsocial_tui.cli.hours",
        "hours_change_group",
        "Tell every connected account the office hours change, and set special hours.",
    ),
    "templates": (
        "medsocial_tui.cli.templates",
        "templates_group",
        "Post templates from plugins and the practice's templates/ folder.",
    ),
    "inbox": (
        "medsocial_tui.cli.inbox",
        "inbox_group",
        "What people wrote to the practice's accounts, and the replies (docs/inbox.md).",
    ),
    "metrics": (
        "medsocial_tui.cli.metrics",
        "metrics_group",
        "How posts performed: the networks' counters, read and shown.",
    ),
    "report": (
        "medsocial_tui.cli.metrics",
        "report_command",
        "The owner's report for the last whole week or month.",
    ),
    "whoami": (
        "medsocial_tui.cli.whoami",
        "whoami_command",
        "Who you are signed in as, how the app knows it, and your roles.",
    ),
    "authorisation": (
        "medsocial_tui.cli.authorisations",
        "authorisation_group",
        "Patients' signed permission for testimonials, photos and videos.",
    ),
    "consent": (
        "medsocial_tui.cli.authorisations",
        "authorisation_group",
        "Patients' signed permission for testimonials, photos and videos.",
    ),
}


home_option = click.option(
    "--home",
    type=click.Path(file_okay=False),
    envvar=HOME_ENV,
    help="The practice home folder (default: $MEDSOCIAL_HOME, else your data folder).",
)


@click.group(cls=LazyGroup, lazy=COMMANDS, invoke_without_command=True)
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
