"""``medsocial init`` and ``medsocial demo``: make a practice home."""

from __future__ import annotations

import shutil
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import TypeVar

import click

from medsocial_tui.clock import zone
from medsocial_tui.errors import HomeError, UsageError
from medsocial_tui.home.config import default_home
from medsocial_tui.home.homebuild import ContactDetails
from medsocial_tui.records.people_names import clean_name

FC = TypeVar("FC", bound=Callable[..., object])

CONTACT_ASKED = (
    # key, what --help says of its option, what a terminal asks when the option is not given
    (
        "phone",
        "The phone patients call (empty: none yet).",
        "Phone patients call (e.g. +1 312 555 0142)",
    ),
    (
        "address",
        "The street address (empty: none yet).",
        "Street address",
    ),
    (
        "website",
        "The website, https://… (empty: none yet).",
        "Website (https://…)",
    ),
    (
        "portal_url",
        "The patient portal, https://… (empty: none).",
        "Patient portal address (https://…)",
    ),
)
"""Each contact detail ``init`` takes: its option (``--portal-url`` for ``portal_url``) and
its question are made from one row, so a new detail is one more row."""


def _new_home_option(help: str) -> Callable[[FC], FC]:
    """``--home``: the folder a new practice is made in (``home_dir``, None: the default)."""
    return click.option(
        "--home", "home_dir", type=click.Path(file_okay=False), default=None, help=help
    )


def _contact_options(command: FC) -> FC:
    """An option for each row of :data:`CONTACT_ASKED`, in its order in ``--help``; the
    command receives each by its key (None when not given)."""
    for key, help, _question in reversed(CONTACT_ASKED):
        flag = "--" + key.replace("_", "-")
        command = click.option(flag, key, default=None, help=help)(command)
    return command


@click.command("init")
@_new_home_option("Folder for the new practice (default: $MEDSOCIAL_HOME or your data folder).")
@click.option("--practice", "practice_name", default=None, help="The practice's name.")
@click.option("--timezone", default=None, help="IANA timezone, e.g. America/Chicago.")
@_contact_options
@click.option(
    "--finish",
    is_flag=True,
    help="Finish a practice an interrupted init left (no admin yet), with you as its admin.",
)
@click.pass_context
def init_command(
    ctx: click.Context,
    /,
    home_dir: str | None,
    practice_name: str | None,
    timezone: str | None,
    finish: bool,
    **given: str | None,
) -> None:
    """Create a practice home: config, database, you as its admin, a policy draft.

    Contact details not given are asked for at a terminal; without one they stay empty
    (never an example's), and `medsocial doctor` lists them until they are filled in."""
    from medsocial_tui.home import homebuild
    from medsocial_tui.home.demo import create_home, finish_home
    from medsocial_tui.home.practice import current_login

    root = Path(home_dir or ctx.find_root().obj.get("home") or default_home()).expanduser()
    interactive = sys.stdin.isatty()
    left = homebuild.unfinished(root)
    if left is not None and left.needs_finishing:
        login = current_login()
        offer = (
            f"{left.home.root} holds a practice an interrupted init left (missing: {left.lacks()})"
        )
        if not finish:
            if not interactive:
                raise HomeError(
                    offer,
                    where=str(left.home.root),
                    fix=f"run `medsocial init --finish --home {left.home.root}` to finish it "
                    f"with you ({login}) as its admin",
                )
            if not click.confirm(f"{offer}. Finish it with you ({login}) as its admin?"):
                raise HomeError(offer, where=str(left.home.root), fix="nothing was changed")
        home = finish_home(
            left.home.root,
            login=login,
            name=practice_name,
            timezone=timezone,
            contact=_contact(given, interactive=False),
        )
        click.echo(f"finished the practice in {home.root}; {login} is its admin")
        click.echo("  next: run `medsocial doctor`.")
        return
    if finish:
        raise HomeError(
            f"{root} holds no practice an interrupted init left, so there is nothing to finish",
            where=str(root),
            fix="`medsocial doctor` checks a whole practice; `medsocial init` without --finish "
            "creates a new one in an empty folder",
        )
    if practice_name is None:
        if not interactive:
            raise UsageError(
                "--practice is required when there is no terminal to ask",
                fix='medsocial init --practice "Maple Street Dental" --timezone America/Chicago',
            )
        practice_name = click.prompt("Practice name")
    if timezone is None:
        if not interactive:
            raise UsageError(
                "--timezone is required when there is no terminal to ask",
                fix="add --timezone America/Chicago (an IANA name)",
            )
        timezone = click.prompt("Timezone (IANA name)", default="America/Chicago")
    practice_name = clean_name(practice_name, what="practice name")
    try:
        zone(timezone)
    except KeyError:
        raise UsageError(
            f"unknown timezone {timezone!r}",
            fix="use an IANA name such as America/Chicago or Europe/London",
        ) from None
    contact = _contact(given, interactive=interactive)
    home = create_home(root, practice_name, timezone, contact=contact)
    click.echo(f"created {practice_name} in {home.root}")
    empty = homebuild.missing_contact(vars(contact))
    if empty:
        click.echo(
            f"  left empty: {', '.join(empty)} (not published until filled in; "
            "`medsocial doctor` lists them)"
        )
    click.echo(f"  next: edit {home.config_path} to add your accounts,")
    click.echo("        put their tokens in secrets.toml (see docs/channels/),")
    click.echo("        then run `medsocial doctor` and `medsocial`.")


def _contact(given: dict[str, str | None], *, interactive: bool) -> ContactDetails:
    """The contact details from flags, asking at a terminal for those not given (Enter leaves
    one empty); each is checked before anything is written."""
    values: dict[str, str] = {}
    for key, _help, question in CONTACT_ASKED:
        value = given.get(key)
        while value is None and interactive:
            answer = click.prompt(
                f"{question}, or Enter to leave empty", default="", show_default=False
            )
            try:
                ContactDetails(**{key: answer}).checked()
            except UsageError as exc:
                click.echo(exc.for_people(), err=True)
                continue
            value = answer
        values[key] = value or ""
    return ContactDetails(**values).checked()


@click.command("demo")
@_new_home_option("Where to create the demo (default: a new temporary folder).")
@click.option("--no-open", is_flag=True, help="Only create it; do not open the app.")
def demo_command(home_dir: str | None, no_open: bool) -> None:
    """Create a demo dental practice and open the app on it."""
    from medsocial_tui.home import demo

    if not no_open:  # asked before the demo is made, not after: nothing to remove then
        from medsocial_tui.tui.run import refuse_without_a_terminal

        refuse_without_a_terminal("`medsocial demo --no-open --home DIR` only creates it")
    made_here = home_dir is None
    root = Path(home_dir) if home_dir else Path(tempfile.mkdtemp(prefix="medsocial-demo-"))
    try:
        home = demo.build(root.expanduser())
    except BaseException:
        if made_here:
            shutil.rmtree(root, ignore_errors=True)
        raise
    click.echo(f"demo practice created in {home.root}")
    if no_open or not made_here:
        click.echo(f"  use it with: medsocial --home {home.root}   (or MEDSOCIAL_HOME={home.root})")
    if made_here and no_open:
        click.echo(f"  it stays there until you remove it: rm -r {home.root}")
    if no_open:
        return
    from medsocial_tui.tui.run import run_app

    try:
        run_app(str(home.root))
    finally:
        if made_here:
            shutil.rmtree(home.root, ignore_errors=True)
            click.echo(
                f"The demo in {home.root} was removed: it was made for this run. "
                "`medsocial demo --home DIR` keeps one."
            )
        else:
            click.echo(f"The demo stays in {home.root}.")
