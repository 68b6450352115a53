"""``medsocial audit-note ...``: dated notes of occasional reviews of staff's public posts."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

import click

from medsocial_tui.cli.common import DAY, list_by_login, practice_command
from medsocial_tui.home.practice import Practice
from medsocial_tui.records import audit_notes


@click.group("audit-note")
def audit_note_group() -> None:
    """Audit notes: what a review of an employee's public posts found, and what was done."""


@practice_command(audit_note_group, "add", on="login", on_type=str)
@click.option("--seen", required=True, help="What was reviewed and seen; no patient details.")
@click.option("--action", default="", help="What was done about it.")
@click.option("--on", "reviewed", type=DAY, default=None, help="YYYY-MM-DD (default: today).")
def add_command(
    practice: Practice, login: str, seen: str, action: str, reviewed: date | None
) -> None:
    """Record a review of LOGIN's public posts. The compliance guard reads it first."""
    note = audit_notes.add(practice, login, seen=seen, action=action, reviewed_on=reviewed)
    click.echo(f"audit note {note.id} for {note.name} ({note.reviewed_on}) saved")


def _show(notes: Sequence[audit_notes.AuditNote]) -> None:
    if not notes:
        click.echo("no audit notes yet")
    for n in notes:
        click.echo(f"{n.reviewed_on}  {n.name} ({n.login}), reviewed by {n.reviewer}")
        click.echo(f"  seen: {n.seen}")
        if n.action:
            click.echo(f"  action: {n.action}")


list_command = list_by_login(
    audit_note_group, "Audit notes, newest first.", audit_notes.notes, _show
)
