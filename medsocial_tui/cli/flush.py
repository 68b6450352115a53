"""``medsocial flush``: publish what is due, for cron or a systemd timer."""

from __future__ import annotations

import asyncio
import sys

import click

from medsocial_tui.cli.common import echo_json
from medsocial_tui.errors import MedsocialError


@click.command("flush")
@click.option("--dry-run", is_flag=True, help="Say what is due; send nothing, change nothing.")
@click.option("--json", "as_json", is_flag=True, help="One JSON object: counts and each delivery.")
@click.pass_context
def flush_command(ctx: click.Context, dry_run: bool, as_json: bool) -> None:
    """Publish what is due. Exit 0 when nothing failed, 1 when a delivery failed or its
    outcome is unknown, 2 when medsocial could not start (usage, config, database)."""
    from medsocial_tui import flush
    from medsocial_tui.practice import open_practice

    try:
        practice = open_practice(ctx.find_root().obj.get("home"), verify=True)
    except MedsocialError as exc:
        click.echo(exc.for_people(), err=True)
        sys.exit(2)
    show_progress = sys.stderr.isatty() and not as_json

    def progress(outcome: flush.Outcome) -> None:
        if show_progress:
            click.echo(
                f"  {outcome.account_id:<20} post {outcome.post_id:<6} {outcome.state}", err=True
            )

    report = asyncio.run(flush.run(practice, dry_run=dry_run, on_outcome=progress))
    if as_json:
        echo_json(report.as_json())
    else:
        for o in report.outcomes:
            if o.state in ("failed", "unknown", "held", "todo", "deferred", "skipped"):
                click.echo(f"{o.state}: post {o.post_id} to {o.account_id}: {o.detail}")
            elif dry_run:
                click.echo(f"would publish post {o.post_id} to {o.account_id}")
        for delivery_id in report.swept_unknown:
            click.echo(
                f"unknown: delivery {delivery_id} was interrupted before its answer was "
                "recorded; check it with `medsocial post show`"
            )
        counts = report.counts()
        if counts or report.swept_unknown or sys.stdout.isatty():
            summary = (
                ", ".join(f"{n} {state}" for state, n in sorted(counts.items())) or "nothing due"
            )
            click.echo(summary)
    practice.close()
    sys.exit(report.exit_code)
