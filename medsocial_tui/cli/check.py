"""``medsocial check``: run the compliance guard on a text, before it goes anywhere.

Exit 0 when the text may go out (warnings allowed), 1 when the guard would block it, 2 on
a usage error. The text is echoed only to the person's terminal, with findings marked; the
JSON form carries offsets and labels, never the text found.
"""

from __future__ import annotations

import json
import os
import sys

import click

from medsocial_tui.cli.output import echo_styled, typed_text
from medsocial_tui.compliance import PracticeContext, Report, check_text
from medsocial_tui.compliance.findings import Finding
from medsocial_tui.display import terminal_safe
from medsocial_tui.hookspecs import ComplianceCheck


def plugin_checks() -> tuple[list[ComplianceCheck], str]:
    """Every plugin's checks, and a note naming the plugins that did not load: whatever
    checks they register did not run, and the verdict must not read as if they had."""
    try:
        from medsocial_tui.plugin_host import load_plugins

        host = load_plugins()
        checks = list(host.checks)
    except Exception:  # noqa: BLE001 - a broken plugin must not stop the guard
        return [], "the plugins could not be loaded: only medsocial's own checks ran"
    failed = ", ".join(r.name for r in host.failures)
    if not failed:
        return checks, ""
    return checks, (
        f"not every plugin loaded ({failed}): any checks they register did not run; "
        "`medsocial plugins` says why"
    )


def practice_context(
    home: str | None,
) -> tuple[PracticeContext | None, list[ComplianceCheck], str]:
    """The practice's context and plugin checks, or None and a note saying why not.

    Without ``--home`` or ``MEDSOCIAL_HOME`` and no practice in the default place, the guard
    runs context-free, as it must.
    """
    checks, skipped = plugin_checks()
    context, note = _context(home)
    return context, checks, "\n".join(n for n in (note, skipped) if n)


def _context(home: str | None) -> tuple[PracticeContext | None, str]:
    """The practice's context, or None and a note saying why not."""
    from medsocial_tui.errors import MedsocialError
    from medsocial_tui.home.config import load_config, resolve_home

    explicit = bool(home or os.environ.get("MEDSOCIAL_HOME"))
    try:
        resolved = resolve_home(home)
        config = load_config(resolved)
    except MedsocialError as exc:
        note = f"no practice context ({exc.title.lower()}); checking without it" if explicit else ""
        return None, note
    from medsocial_tui.publishing.guard import context_from

    if resolved.database_path.exists():
        try:
            from medsocial_tui.store import open_store

            store = open_store(resolved.database_path, create=False, migrate=False)
            try:
                return context_from(config, store, resolved.root), ""
            finally:
                store.close()
        except MedsocialError as exc:
            note = f"{exc.title}: {exc.what}; checking without the roster"
            return context_from(config, None, resolved.root), note
    return context_from(config, None, resolved.root), ""


def _marked(text: str, findings: list[Finding]) -> tuple[str, list[tuple[int, Finding]]]:
    """The text with each finding wrapped as [words](n); overlapping ones share a number."""
    spans = sorted((f for f in findings if f.end > f.start), key=lambda f: (f.start, -f.end))
    numbered: list[tuple[int, Finding]] = []
    out: list[str] = []
    position = 0
    number = 0
    for f in spans:
        if f.start < position:
            numbered.append((number, f))
            continue
        number += 1
        numbered.append((number, f))
        colour = "red" if f.severity == "block" else "yellow"
        out.append(terminal_safe(text[position : f.start]))
        found = terminal_safe(text[f.start : f.end])
        out.append(click.style(f"[{found}]({number})", fg=colour, bold=True))
        position = f.end
    out.append(terminal_safe(text[position:]))
    return "".join(out), numbered


def render(text: str, report: Report) -> str:
    """What a person reads: the marked text, one line a finding, and the verdict. Every part
    that came from outside is already made safe, so the colours can go out as they are."""
    marked, numbered = _marked(text, report.findings)
    lines = [marked, ""]
    for number, f in numbered:
        lines.append(terminal_safe(f"  ({number}) {f.severity:<5} {f.label}: {f.reason}"))
    for f in report.findings:
        if f.end == f.start:
            lines.append(terminal_safe(f"  (-) {f.severity:<5} {f.label}: {f.reason}"))
    if report.blocking:
        labels = ", ".join(report.blocking_labels)
        lines.append(f"\nWould block: this may identify a patient ({labels}).")
        lines.append("Remove what is marked, or ask an approver to override with a written reason.")
    elif report.findings:
        lines.append("\nMay go out, but read the warnings above first.")
    else:
        lines.append("Nothing found: ok to post.")
    return "\n".join(lines)


@click.command("check")
@click.argument("text", required=False)
@click.option(
    "--json", "as_json", is_flag=True, help="Findings as JSON (offsets, labels, reasons)."
)
@click.option("--reply", "is_reply", is_flag=True, help="The text is a reply to someone's comment.")
@click.option("--home", type=click.Path(file_okay=False), help="Practice home folder for context.")
def check_command(text: str | None, as_json: bool, is_reply: bool, home: str | None) -> None:
    """Run the compliance guard on TEXT (or - to read standard input).

    Exits 1 when the guard would block the text, 0 otherwise.
    """
    if text is None or text == "-":
        if text is None and sys.stdin.isatty():
            raise click.UsageError("give the text to check, or - to read it from standard input")
    text = typed_text(text, "the text to check")
    if not text.strip():
        raise click.UsageError("the text to check is empty")
    root_obj = click.get_current_context().find_root().obj
    if not home and isinstance(root_obj, dict):
        home = root_obj.get("home")
    context, checks, note = practice_context(home)
    if note:
        click.echo(note, err=True)
    report = check_text(text, context, checks, is_reply=is_reply)
    if as_json:
        click.echo(json.dumps(report.to_dict(), indent=2))
    else:
        echo_styled(render(text, report))
    sys.exit(1 if report.blocking else 0)
