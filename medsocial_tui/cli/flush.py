"""``medsocial flush``: publish what is due, for cron or a systemd timer."""

from __future__ import annotations

import sys
from typing import TYPE_CHECKING

import click

from medsocial_tui.cli.common import (
    echo_json,
    json_option_saying,
    start_run,
    stop_in_words,
    stop_on_signals,
)
from medsocial_tui.publishing import flush, outcomes

if TYPE_CHECKING:
    from zoneinfo import ZoneInfo


@click.command("flush")
@click.option("--dry-run", is_flag=True, help="Say what is due; send nothing, change nothing.")
@json_option_saying("One JSON object: counts and each delivery.")
@click.pass_context
def flush_command(ctx: click.Context, dry_run: bool, as_json: bool) -> None:
    """Publish what is due. Exit 0 when nothing failed, 1 when a delivery this run handled
    failed or any delivery's outcome is still unknown, 2 when medsocial could not start
    (usage, config, database), 12 when the audit chain does not hold (what is approved is
    still sent; see docs/flush.md)."""
    practice = start_run(
        ctx,
        None if dry_run else "flush",
        as_json=as_json,
        skipped={"dry_run": False, "counts": {}, "deliveries": []},
    )
    if dry_run:
        with stop_in_words(practice):
            report = flush.dry_run(practice, keep=True)
        _show(report, as_json, practice.tz)
        practice.close()
        sys.exit(report.exit_code)
    import asyncio
    import threading

    _collect_rarely()
    show_progress = sys.stderr.isatty() and not as_json
    done = 0

    def progress(outcome: outcomes.Outcome) -> None:
        nonlocal done
        done += 1
        if show_progress:
            click.echo(
                f"  {done:>5}  {outcome.account_id:<20} post {outcome.post_id:<6} {outcome.state}",
                err=True,
            )

    stop_now = threading.Event()

    async def publish() -> flush.FlushReport:
        """SIGTERM (systemd stopping the service) or ctrl-c: claim nothing more, let the
        requests in flight finish and record them, and stop waiting for a busy database.
        A second signal acts as usual (see ``common.stop_on_signals``)."""
        stop = stop_on_signals(stop_now)
        return await flush.run(
            practice,
            dry_run=dry_run,
            on_outcome=progress,
            stop=stop,
            stop_now=stop_now,
            keep=as_json,
        )

    try:
        with stop_in_words(practice):
            report = asyncio.run(publish())
    except flush.RunFailed as failed:
        practice.close()
        _show(failed.report, as_json, practice.tz, {"error": failed.error.for_people()})
        click.echo(failed.error.for_people(), err=True)
        sys.exit(2)
    _show(report, as_json, practice.tz)
    practice.close()
    sys.exit(report.exit_code)


GC_YOUNGEST = 20_000
"""Container allocations between two collections of the youngest generation during a run
(Python's default is 700)."""


def _collect_rarely() -> None:
    """A run makes thousands of short-lived containers a second (requests, answers, rows)
    that reference counting frees. At the collector's default pace (the youngest generation
    every 700 allocations) a run of 2,000 deliveries spent 0.14 s of CPU in 208 collections,
    the older generations walking every module each time; with what is alive now (the
    modules, the practice) left out of every collection and the youngest generation
    collected every GC_YOUNGEST allocations, 0.10 s in 24. Cycles are still collected, so
    memory stays flat."""
    import gc

    gc.freeze()
    gc.set_threshold(GC_YOUNGEST, *gc.get_threshold()[1:])


def _show(
    report: flush.FlushReport,
    as_json: bool,
    tz: ZoneInfo,
    extra: dict[str, str] | None = None,
) -> None:
    """The run's report: one JSON object (with ``extra``), or words for people; times in the
    practice's zone ``tz``."""
    if as_json:
        echo_json(report.as_json(tz) | (extra or {}))
    else:
        _tell_people(report, tz, terminal=sys.stdout.isatty())


NEEDS_A_PERSON = ("failed", "unknown", "held", "todo", "skipped")


def _tell_people(report: flush.FlushReport, tz: ZoneInfo, *, terminal: bool) -> None:
    """Under cron, only what needs a person (cron mails any output) and what waits for a rate
    limit, with when it is tried again in the practice's zone ``tz``; on a terminal, also
    what would go out, and a summary."""
    final = report.final_states()
    if report.records is not None and not report.records.ok:
        click.echo(
            f"records: {report.records.in_words()}. Deliveries with a sealed approval that "
            "matches them were still sent. Run `medsocial audit verify`, and restore the "
            "database from a backup or ask whoever runs the box what changed it."
        )
    for o in report.outcomes:
        if o.state == "deferred":
            # a post that did not go out at its time: said under cron too, with when it will
            click.echo(
                f"deferred: post {o.post_id} to {o.account_id}: {o.detail}; {o.waits_in_words(tz)}"
            )
        elif o.state in NEEDS_A_PERSON:
            click.echo(f"{o.state}: post {o.post_id} to {o.account_id}: {o.detail}")
        elif report.dry_run and (terminal or o.state == "would_hold"):
            words = "would publish" if o.state == "would_publish" else "would hold"
            detail = f": {o.detail}" if o.detail else ""
            click.echo(f"{words} post {o.post_id} to {o.account_id}{detail}")
    for delivery_id in report.swept_unknown:
        if final.get(delivery_id) == "unknown":
            click.echo(
                f"unknown: delivery {delivery_id} was interrupted before its answer was "
                "recorded; `medsocial post reconcile` or check the page"
            )
    told = set(final)
    still = [d for d in report.left_unknown if d not in told]
    if terminal and still:
        click.echo(
            f"still unknown from earlier runs: deliveries {', '.join(map(str, still))}; "
            "`medsocial post list --state unknown` shows what each needs"
        )
    if terminal:
        counts = report.counts()
        click.echo(
            ", ".join(f"{n} {state}" for state, n in sorted(counts.items())) or "nothing due"
        )
