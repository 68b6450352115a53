"""``medsocial training ...``: training on the policy, and who is overdue."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

import click

from medsocial_tui.cli.common import (
    DAY,
    echo_json,
    json_option,
    list_by_login,
    practice_command,
    practice_from,
    table,
)
from medsocial_tui.home.practice import Practice
from medsocial_tui.records import training


@click.group("training")
def training_group() -> None:
    """Training records: who was trained on what, and when they are due again."""


@practice_command(training_group, "add", on="login", on_type=str)
@click.option(
    "--topic", default=training.DEFAULT_TOPIC, show_default=True, help="What the training covered."
)
@click.option("--on", "completed", type=DAY, default=None, help="YYYY-MM-DD (default: today).")
@click.option("--next-due", type=DAY, default=None, help="Default: a year after --on.")
@click.option("--trainer", default="", help="Who gave the training.")
@click.option("--notes", default="", help="No patient information (the guard checks).")
def add_command(
    practice: Practice,
    login: str,
    topic: str,
    completed: date | None,
    next_due: date | None,
    trainer: str,
    notes: str,
) -> None:
    """Record that LOGIN completed a training session."""
    record = training.record(
        practice,
        login,
        topic=topic,
        completed_on=completed,
        next_due=next_due,
        trainer=trainer,
        notes=notes,
    )
    click.echo(
        f"{record.name}: {record.topic} on {record.completed_on}, next due {record.next_due}"
    )


def _show(records: Sequence[training.TrainingRecord]) -> None:
    rows = [
        [str(r.completed_on), r.login, r.name, r.topic, str(r.next_due), r.trainer] for r in records
    ]
    click.echo(table(rows, ["completed", "login", "name", "topic", "next due", "trainer"]))


list_command = list_by_login(
    training_group, "Training on record, newest first.", training.records, _show
)


@training_group.command("overdue")
@json_option
@click.pass_context
def overdue_command(ctx: click.Context, as_json: bool) -> None:
    """Who is past due for training, or has none on record. Exit 1 when anyone is."""
    practice = practice_from(ctx)
    today = practice.today()
    due = training.overdue(practice.store, today)
    if as_json:
        echo_json(
            [
                {
                    "login": s.login,
                    "name": s.name,
                    "topic": s.topic,
                    "next_due": s.next_due,
                    "status": s.words(today),
                }
                for s in due
            ]
        )
    elif due:
        rows = [[s.login, s.name, s.topic or "", s.words(today)] for s in due]
        click.echo(table(rows, ["login", "name", "topic", "status"]))
    else:
        click.echo("nobody is overdue")
    ctx.exit(1 if due else 0)
