"""``medsocial check``: run the compliance guard on a text."""

from __future__ import annotations

import sys

import click

from medsocial_tui.cli.common import echo_json


@click.command("check")
@click.argument("text", required=False)
@click.option("--json", "as_json", is_flag=True)
def check_command(text: str | None, as_json: bool) -> None:
    """Exit 1 when the guard would block TEXT (or - for standard input)."""
    from medsocial_tui.compliance import check_text

    if text is None or text == "-":
        text = sys.stdin.read()
    report = check_text(text)
    if as_json:
        echo_json({"blocking": report.blocking, "findings": [f.__dict__ for f in report.findings]})
    else:
        for f in report.findings:
            click.echo(f"{f.severity}: {f.label} at {f.start}-{f.end}: {f.reason}")
        click.echo("would block" if report.blocking else "ok")
    sys.exit(1 if report.blocking else 0)
