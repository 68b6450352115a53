"""``medsocial metrics``: read how posts performed, and show what was read."""

from __future__ import annotations

import sys
from pathlib import Path

import click

from medsocial_tui.cli.common import (
    echo_json,
    json_option_saying,
    pass_practice,
    practice_command,
    practice_from,
    table,
)
from medsocial_tui.home.practice import Practice

period_option = click.option(
    "--period",
    type=click.Choice(["week", "month"]),
    default="week",
    show_default=True,
    help="The last whole week (Monday to Sunday) or calendar month.",
)
"""The period ``metrics show`` and ``report`` read: the same words, choices and default."""


@click.group("metrics")
def metrics_group() -> None:
    """How posts performed: the networks' counters, read and shown.

    `fetch` reads them (from cron, beside flush); `show` prints them beside the period
    before. `medsocial report` writes the owner's weekly summary."""


@metrics_group.command("fetch")
@json_option_saying("One JSON object: counts and each account.")
@click.pass_context
def fetch_command(ctx: click.Context, as_json: bool) -> None:
    """Read the counters that are due: each published post a day, a week and a month after
    it went out, and each account's daily figures. Safe from cron beside `flush`. Exit 0
    when every account was read or asked to wait, 1 when an account could not be read (its
    credentials or settings missing included, as `inbox fetch`), 2 when medsocial could not
    start."""
    import asyncio

    from medsocial_tui.errors import MedsocialError
    from medsocial_tui.listening import metrics

    try:
        practice = practice_from(ctx)
    except MedsocialError as exc:
        click.echo(exc.for_people(), err=True)
        sys.exit(2)
    try:
        report = asyncio.run(metrics.fetch(practice))
    finally:
        practice.close()
    if as_json:
        echo_json(report.as_json())
    else:
        rows = [[a.account_id, a.network, a.state, a.words] for a in report.accounts]
        if rows:
            click.echo(table(rows, ["account", "network", "read", "what happened"]))
        else:
            click.echo("no accounts yet: nothing to read")
    sys.exit(report.exit_code)


@practice_command(metrics_group, "show")
@period_option
@json_option_saying("The figures as JSON.")
def show_command(practice: Practice, period: str, as_json: bool) -> None:
    """The figures of the last period beside the one before, per account."""
    from medsocial_tui.listening import report

    try:
        summary = report.summarise(practice, period)
    finally:
        practice.close()
    if as_json:
        echo_json(summary.as_json())
        return
    click.echo(report.as_markdown(summary, sections=("numbers", "kinds", "best", "offered")))


@click.command("report")
@period_option
@click.option(
    "--format",
    "fmt",
    type=click.Choice(["md", "html", "pdf"]),
    default="md",
    show_default=True,
    help="Markdown, a web page, or a PDF to print or mail.",
)
@click.option(
    "--out",
    type=click.Path(path_type=Path),
    default=None,
    help="File or folder to write (default: the home's exports/ folder); - for standard output.",
)
@pass_practice
def report_command(practice: Practice, period: str, fmt: str, out: Path | None) -> None:
    """The owner's report for the last whole week or month.

    A week runs Monday to Sunday. What went out, what failed and why, the numbers beside the
    period before, quiet accounts, and the policy acknowledgements and training due.
    docs/metrics.md has a cron line that mails it every Monday."""
    from medsocial_tui.cli.common import output_target, stream_file
    from medsocial_tui.listening import report
    from medsocial_tui.records.exports import _destination, _write

    try:
        out, streamed = output_target(
            practice, out, "ssh <service account>@<host> report --format pdf --out - > report.pdf"
        )
        summary = report.summarise(practice, period)
        data = {
            "md": lambda: report.as_markdown(summary).encode(),
            "html": lambda: report.as_html(summary).encode(),
            "pdf": lambda: report.as_pdf(summary),
        }[fmt]()
        name = f"report-{period}-{summary.start.isoformat()}.{fmt}"
        path = _destination(practice.home.exports_dir, name, out)
        _write(path, data)
    finally:
        practice.close()
    if streamed:
        stream_file(path, binary=fmt == "pdf")
        return
    click.echo(str(path))
