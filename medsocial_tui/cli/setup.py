"""``medsocial init`` and ``medsocial demo``: make a practice home."""

from __future__ import annotations

import shutil
import sys
import tempfile
from pathlib import Path

import click

from medsocial_tui.clock import zone
from medsocial_tui.config import default_home
from medsocial_tui.errors import UsageError


@click.command("init")
@click.option(
    "--home",
    "home_dir",
    type=click.Path(file_okay=False),
    default=None,
    help="Folder for the new practice (default: $MEDSOCIAL_HOME or your data folder).",
)
@click.option("--practice", "practice_name", default=None, help="The practice's name.")
@click.option("--timezone", default=None, help="IANA timezone, e.g. America/Chicago.")
@click.pass_context
def init_command(
    ctx: click.Context, home_dir: str | None, practice_name: str | None, timezone: str | None
) -> None:
    """Create a practice home: config, database, you as its admin, a policy draft."""
    from medsocial_tui.demo import create_home

    root = Path(home_dir or ctx.find_root().obj.get("home") or default_home()).expanduser()
    interactive = sys.stdin.isatty()
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
    try:
        zone(timezone)
    except KeyError:
        raise UsageError(
            f"unknown timezone {timezone!r}",
            fix="use an IANA name such as America/Chicago or Europe/London",
        ) from None
    home = create_home(root, practice_name, timezone)
    click.echo(f"created {practice_name} in {home.root}")
    click.echo(f"  next: edit {home.config_path} to add your accounts,")
    click.echo("        put their tokens in secrets.toml (see docs/channels.md),")
    click.echo("        then run `medsocial doctor` and `medsocial`.")


@click.command("demo")
@click.option(
    "--home",
    "home_dir",
    type=click.Path(file_okay=False),
    default=None,
    help="Where to create the demo (default: a new temporary folder).",
)
@click.option("--no-open", is_flag=True, help="Only create it; do not open the app.")
def demo_command(home_dir: str | None, no_open: bool) -> None:
    """Create a demo dental practice and open the app on it."""
    from medsocial_tui import demo

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
    from medsocial_tui.tui.app import run_app

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
