"""``medsocial roster``: the patient roster the guard checks names against, kept only as
keyed hashes."""

from __future__ import annotations

import click

from medsocial_tui.cli.common import practice_command, read_input
from medsocial_tui.home.practice import Practice
from medsocial_tui.records.staff import Action, require_login


@click.group("roster")
def roster_group() -> None:
    """Patient names the guard recognises (stored as keyed hashes, never in clear)."""


@practice_command(roster_group, "import", on="csv_file", on_type=str)
@click.option("--keep-old", is_flag=True, help="Add to the roster instead of replacing it.")
def import_command(practice: Practice, csv_file: str, keep_old: bool) -> None:
    """Read names from a CSV export of the practice system (- reads standard input); then
    delete the file."""
    from medsocial_tui.compliance.roster import import_roster

    actor = require_login(practice.store, practice.login, Action.MANAGE_STAFF)
    data = read_input(
        practice,
        csv_file,
        "the roster",
        "ssh <service account>@<host> roster import - < patients.csv",
    )
    count = import_roster(
        practice.store,
        practice.home.root,
        data,
        actor=actor.login,
        replace=not keep_old,
    )
    click.echo(
        f"{count} patients in the roster (hashed with the key in roster.key). "
        + (f"Delete {csv_file} now: it holds names in clear." if csv_file != "-" else "")
    )


@practice_command(roster_group, "status")
def status_command(practice: Practice) -> None:
    """Whether a roster is loaded and usable."""
    from medsocial_tui.compliance.roster import load_roster

    roster = load_roster(practice.store, practice.home.root)
    click.echo("no roster imported" if roster is None else "a roster is loaded and its key matches")
