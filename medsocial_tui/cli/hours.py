"""``medsocial hours-change``: post an hours change everywhere and set special hours; undo it."""

from __future__ import annotations

import asyncio
import sys
from typing import TYPE_CHECKING

import click

from medsocial_tui.cli.common import (
    echo_json,
    json_option,
    practice_command,
    practice_from,
    table,
)
from medsocial_tui.home.practice import Practice

if TYPE_CHECKING:
    from medsocial_tui.operations.hours import HoursResult

CHANGES = (
    ("closed", "closed"),
    ("opening_late", "opening-late"),
    ("closing_early", "closing-early"),
    ("new_hours", "new-hours"),
)


def _print_outcomes(result: HoursResult, as_json: bool) -> None:
    if as_json:
        echo_json(
            {
                "hours_change": result.change_id,
                "post": result.post_id,
                "post_status": result.post_status,
                "accounts": [o.__dict__ for o in result.outcomes],
            }
        )
        return
    for outcome in result.outcomes:
        mark = "ok  " if outcome.ok else "NOT "
        click.echo(f"  {mark}{outcome.account_id}: {outcome.message}")


@click.group("hours-change", invoke_without_command=True)
@click.option(
    "--reason", help="snow, ice, power, staff, road, police, fire, emergency, equipment, other"
)
@click.option(
    "--closed", "closed", metavar="DAYS", help="Closed on DAYS: today, tomorrow, mon to wed"
)
@click.option(
    "--opening-late", "opening_late", metavar="DAYS", help="Opening late on DAYS (with --at)"
)
@click.option(
    "--closing-early", "closing_early", metavar="DAYS", help="Closing early on DAYS (with --at)"
)
@click.option(
    "--new-hours", "new_hours", metavar="DAYS", help="New hours on DAYS (--at and --until)"
)
@click.option("--at", "at", default="", help="The time you open (late) or close (early): 10am")
@click.option("--until", "until", default="", help="With --new-hours: the time you close")
@click.option("--note", default="", help="An extra line for the post.")
@click.option("--photo", default=None, type=click.Path(dir_okay=False), help="A photo to attach.")
@click.option("--alt", default="", help="The photo's description for screen readers.")
@click.option("--yes", "-y", is_flag=True, help="Post without asking to confirm.")
@json_option
@click.pass_context
def hours_change_group(
    ctx: click.Context,
    reason: str | None,
    closed: str | None,
    opening_late: str | None,
    closing_early: str | None,
    new_hours: str | None,
    at: str,
    until: str,
    note: str,
    photo: str | None,
    alt: str,
    yes: bool,
    as_json: bool,
) -> None:
    """Tell every connected account the office hours change, and set special hours.

    \b
    medsocial hours-change --reason snow --closed today
    medsocial hours-change --reason power --opening-late today --at 11am --yes
    medsocial hours-change undo 3
    """
    if ctx.invoked_subcommand is not None:
        return
    from medsocial_tui.errors import UsageError
    from medsocial_tui.operations import hours, hours_apply, hours_plan, hours_words

    chosen = [
        (kind, days)
        for kind, days in (
            ("closed", closed),
            ("opening_late", opening_late),
            ("closing_early", closing_early),
            ("new_hours", new_hours),
        )
        if days
    ]
    if not reason or len(chosen) != 1:
        raise UsageError(
            "say why and what changes",
            fix="e.g. medsocial hours-change --reason snow --closed today "
            "(one of --closed, --opening-late, --closing-early, --new-hours)",
        )
    kind, days = chosen[0]
    practice = practice_from(ctx)
    try:
        entry = hours.photo_entry(practice, photo, alt) if photo else None
        change = hours.make_change(
            practice,
            reason=reason,
            kind=kind,
            days=days,
            at=at,
            until=until,
            note=note,
            photo=entry,
        )
        plan = hours_plan.plan(practice, change)
        if not as_json:
            click.echo(plan.master_text)
            click.echo("")
            for line in hours_words.in_words(plan):
                click.echo(f"  {line}")
        if not yes:
            if not sys.stdin.isatty():
                raise UsageError("not confirmed", fix="add --yes to post without a question")
            if not click.confirm("Post this now?", default=True):
                click.echo("Nothing was posted.")
                return
        result = asyncio.run(hours_apply.apply(practice, change))
        if not as_json:
            click.echo(f"\nHours change {result.change_id}:")
        _print_outcomes(result, as_json)
        if not as_json:
            click.echo(f"\nUndo with: medsocial hours-change undo {result.change_id}")
    finally:
        practice.close()
    failed = any(not o.ok and "special hours" in o.message for o in result.outcomes)
    sys.exit(1 if failed else 0)


@practice_command(hours_change_group, "undo", on="change_id")
@json_option
def undo_command(practice: Practice, change_id: int, as_json: bool) -> None:
    """Put back the special hours as they were and post a correction."""
    from medsocial_tui.operations import hours_undo

    try:
        result = asyncio.run(hours_undo.undo(practice, change_id))
    finally:
        practice.close()
    if not as_json:
        click.echo(f"Hours change {change_id} undone:")
    _print_outcomes(result, as_json)
    sys.exit(0 if all(o.ok for o in result.outcomes) else 1)


@practice_command(hours_change_group, "list")
@json_option
def list_command(practice: Practice, as_json: bool) -> None:
    """Recent hours changes, newest first."""
    from medsocial_tui import clock
    from medsocial_tui.operations import hours_undo

    try:
        records = hours_undo.recent(practice)
        today = practice.today()
        rows = [
            [
                str(r.id),
                clock.show(r.created_at, practice.tz),
                r.describe(today),
                r.created_by,
                "undone" if r.undone_at else "",
            ]
            for r in records
        ]
    finally:
        practice.close()
    if as_json:
        echo_json(
            [
                {
                    "id": r.id,
                    "reason": r.reason.value,
                    "change": r.kind.value,
                    "days": [d.isoformat() for d in r.days],
                    "post": r.post_id,
                    "undone": r.undone_at is not None,
                }
                for r in records
            ]
        )
    elif rows:
        click.echo(table(rows, ["id", "when", "change", "by", ""]))
    else:
        click.echo("No hours changes yet.")
