"""``medsocial roster``: the patient roster the guard checks names against, kept only as
keyed hashes."""

from __future__ import annotations

from pathlib import Path

import click

from medsocial_tui.cli.common import practice_from
from medsocial_tui.staff import Action, by_login, require


@click.group("roster")
def roster_group() -> None:
    """Patient names the guard recognises (stored as keyed hashes, never in clear)."""


@roster_group.command("import")
@click.argument("csv_file", type=click.Path(exists=True, dir_okay=False, path_type=Path))
@click.option("--keep-old", is_flag=True, help="Add to the roster instead of replacing it.")
@click.pass_context
def import_command(ctx, csv_file: Path, keep_old: bool) -> None:
    """Read names from a CSV export of the practice system; then delete the file."""
    from medsocial_tui.compliance.roster import import_roster

    practice = practice_from(ctx)
    actor = require(practice.store, by_login(practice.store, practice.login), Action.MANAGE_STAFF)
    count = import_roster(
        practice.store,
        practice.home.root,
        csv_file.read_bytes(),
        actor=actor.login,
        replace=not keep_old,
    )
    click.echo(
        f"{count} patients in the roster (hashed with the key in roster.key). "
        f"Delete {csv_file} now: it holds names in clear."
    )


@roster_group.command("status")
@click.pass_context
def status_command(ctx) -> None:
    """Whether a roster is loaded and usable."""
    from medsocial_tui.compliance.roster import load_roster

    practice = practice_from(ctx)
    roster = load_roster(practice.store, practice.home.root)
    click.echo("no roster imported" if roster is None else "a roster is loaded and its key matches")
