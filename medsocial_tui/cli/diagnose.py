"""``medsocial plugins`` and ``medsocial doctor``."""

from __future__ import annotations

import sys

import click

from medsocial_tui.accounts import plugin_calls
from medsocial_tui.channel import Channel
from medsocial_tui.cli.common import echo_json, json_option, table


def _limits_json(channel: Channel) -> dict[str, object] | None:
    limits = plugin_calls.limits_of(channel)
    return {"max_chars": limits.max_chars, "media": limits.media.value} if limits else None


@click.command("plugins")
@json_option
def plugins_command(as_json: bool) -> None:
    """The installed plugins, their channels and capabilities, and any that failed."""
    from medsocial_tui.plugin_host import load_plugins

    host = load_plugins()
    if as_json:
        echo_json(
            {
                "plugins": [r.__dict__ for r in host.reports],
                "channels": {
                    name: {
                        "title": c.title,
                        "plugin": c.plugin_name,
                        "api_version": c.api_version,
                        "capabilities": sorted(c.capabilities),
                        "limits": _limits_json(c),
                    }
                    for name, c in sorted(host.channels.items())
                },
            }
        )
        sys.exit(1 if host.failures else 0)
    rows = []
    for name, c in sorted(host.channels.items()):
        limits = plugin_calls.limits_of(c)
        rows.append(
            [
                name,
                c.title,
                c.plugin_name,
                c.api_version or "-",
                ", ".join(sorted(c.capabilities)),
                f"{limits.max_chars or '-'} {limits.counted_as}, media {limits.media.value}"
                if limits
                else "unknown: the plugin's limits() failed",
            ]
        )
    click.echo(
        table(rows, ["channel", "network", "plugin", "api", "can", "limits"])
        if rows
        else "no channel plugins loaded"
    )
    for report in host.failures:
        click.echo(
            f"\nplugin {report.name} ({report.source}) did not load: {report.error}\n"
            f"  what to do: {host.what_to_do(report)}",
            err=True,
        )
    for what, fix in host.declaration_notes():
        click.echo(f"\n{what}\n  what to do: {fix}", err=True)
    for report in host.slow:
        click.echo(
            f"\nplugin {report.name} ({report.source}) took {report.import_seconds:.1f} s to "
            "import: `check`, `doctor` and the app's first screen wait for it\n"
            "  what to do: its maker can import what is slow inside the functions that use it",
            err=True,
        )
    sys.exit(1 if host.failures else 0)


@click.command("doctor")
@json_option
@click.option(
    "--online", is_flag=True, help="also ask each network whether the credentials still work"
)
@click.option(
    "--fix-permissions",
    "fix_permissions",
    is_flag=True,
    help="Take write access (and read access to secrets.toml, roster.key) away from group "
    "and others everywhere in the home; say what a chmod cannot fix.",
)
@click.pass_context
def doctor_command(ctx: click.Context, as_json: bool, online: bool, fix_permissions: bool) -> None:
    """Check permissions, config, secrets, database, plugins, accounts, queue and policy."""
    from medsocial_tui.home import identity, permissions
    from medsocial_tui.home.config import resolve_home
    from medsocial_tui.home.health import diagnose

    home = resolve_home(ctx.find_root().obj.get("home"))
    if fix_permissions:
        identity.require_owner(home.root)
        done, left = permissions.fix_permissions(home)
        for line in done:
            click.echo(f"fixed {line}")
        for problem in left:
            click.echo(f"cannot fix {problem.what}\n      → {problem.fix}", err=True)
        if not done and not left:
            click.echo("permissions: nothing to fix")
    findings = diagnose(home, online=online)
    problems = [f for f in findings if not f.ok and f.severity == "problem"]
    if as_json:
        echo_json([f.__dict__ for f in findings])
    else:
        marks = {"problem": "FAIL", "warning": "WARN", "notice": "note"}
        for f in findings:
            mark = "ok  " if f.ok and f.severity != "notice" else marks.get(f.severity, "FAIL")
            click.echo(f"{mark:4}  {f.area}: {f.message}")
            if f.fix and not f.ok:
                click.echo(f"      → {f.fix}")
    sys.exit(1 if problems else 0)
