"""Helpers the CLI commands share: opening the practice, printing tables and JSON."""

from __future__ import annotations

import functools
import json
import sys
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, Any, Concatenate, ParamSpec, TypeVar

import click

from medsocial_tui.display import json_safe
from medsocial_tui.errors import MedsocialError, UsageError
from medsocial_tui.home.practice import Practice, open_practice
from medsocial_tui.publishing import runlock

if TYPE_CHECKING:
    import asyncio
    import threading

    from medsocial_tui.store import Store

P = ParamSpec("P")
R = TypeVar("R")
T = TypeVar("T")

F = TypeVar("F", bound=Callable[..., Any])


def json_option_saying(help: str | None) -> Callable[[F], F]:
    """``--json``: the command prints JSON instead of lines for people (``help``: what
    ``--help`` says of it)."""
    return click.option("--json", "as_json", is_flag=True, help=help)


json_option = json_option_saying("Print JSON for scripts instead of lines for people.")
"""``--json``, said in ``--help`` in the words every command shares."""


class Day(click.DateTime):
    """A day typed as YYYY-MM-DD; the command receives a ``date``."""

    def __init__(self) -> None:
        super().__init__(formats=["%Y-%m-%d"])

    def convert(self, value: Any, param: click.Parameter | None, ctx: click.Context | None) -> Any:
        return super().convert(value, param, ctx).date()


DAY = Day()


def practice_from(ctx: click.Context, home: str | None = None) -> Practice:
    root = ctx.find_root()
    practice = open_practice(home or (root.obj or {}).get("home"))
    for warning in practice.config.warnings:
        click.echo(f"warning: {warning}", err=True)
    return practice


def pass_practice(command: Callable[Concatenate[Practice, P], R]) -> Callable[P, R]:
    """Like ``click.pass_context``, but the command receives the practice, opened (its
    config's warnings said) before the command runs."""

    @click.pass_context
    def opened(ctx: click.Context, /, *args: P.args, **kwargs: P.kwargs) -> R:
        return command(practice_from(ctx), *args, **kwargs)

    return functools.update_wrapper(opened, command)


def practice_command(
    group: click.Group, name: str, *, on: str | None = None, on_type: Any = int
) -> Callable[[Callable[..., None]], click.Command]:
    """``group``'s command ``name``, which receives the practice, opened (as with
    :func:`pass_practice`), then ``on`` where it is given (the argument that names what the
    command acts on: a number unless ``on_type`` says otherwise), then the arguments and
    options declared below this decorator."""

    def make(command: Callable[..., None]) -> click.Command:
        opened: Callable[..., None] = pass_practice(command)
        if on is not None:
            opened = click.argument(on, type=on_type)(opened)
        return group.command(name)(opened)

    return make


def list_by_login(
    group: click.Group,
    summary: str,
    read: Callable[[Store, str | None], Sequence[T]],
    show: Callable[[Sequence[T]], None],
) -> click.Command:
    """``group``'s ``list`` command: the records ``read`` gives (everyone's, or one person's
    with ``--login``), as JSON (each record's fields) or as ``show`` prints them for people.
    ``summary`` is what ``--help`` says of it."""

    def list_command(practice: Practice, login: str | None, as_json: bool) -> None:
        found = read(practice.store, login)
        if as_json:
            echo_json([vars(record) for record in found])
        else:
            show(found)

    list_command.__doc__ = summary
    by_login = click.option("--login", default=None, help="Only this person.")
    return practice_command(group, "list")(by_login(json_option(list_command)))


def start_run(
    ctx: click.Context, run: str | None, *, as_json: bool, skipped: dict[str, Any]
) -> Practice:
    """The practice opened as a headless run opens it: the database checked (``quick_check``),
    the config's warnings said, and the run lock ``run`` taken and released when the command
    ends. ``None`` is a dry run, which changes nothing: no lock, and no full read of the
    database before it starts. Exits 2 in words when medsocial cannot start; exits 0,
    having done nothing, when another run holds the lock (``skipped`` is the --json answer,
    with the words under "skipped")."""
    try:
        practice = open_practice(ctx.find_root().obj.get("home"), verify=run is not None)
    except MedsocialError as exc:
        click.echo(exc.for_people(), err=True)
        sys.exit(2)
    for warning in practice.config.warnings:
        click.echo(f"warning: {warning}", err=True)
    try:
        held = None if run is None else runlock.take(practice.home, run)
    except MedsocialError as exc:
        click.echo(exc.for_people(), err=True)
        practice.close()
        sys.exit(2)
    if isinstance(held, str):
        click.echo(f"{held}; this run did nothing.", err=True)
        if as_json:
            echo_json({"skipped": held, **skipped})
        practice.close()
        sys.exit(0)
    if held is not None:
        ctx.call_on_close(held.release)
    return practice


@contextmanager
def stop_in_words(practice: Practice) -> Iterator[None]:
    """Around a headless run's work (after :func:`start_run`): when medsocial cannot go on
    (a MedsocialError), the practice is closed, the reason said, and the command exits 2."""
    try:
        yield
    except MedsocialError as exc:
        practice.close()
        click.echo(exc.for_people(), err=True)
        sys.exit(2)


def stop_on_signals(*also: threading.Event) -> asyncio.Event:
    """An event set on the first SIGTERM (systemd stopping the service) or ctrl-c, with
    ``also`` (set at once, from the handler); a second signal acts as usual. The handler is
    a plain signal handler, not the loop's, so it is heard even while the loop waits on the
    database. Call it inside the running loop."""
    import asyncio  # only a run needs it: `medsocial --help` imports no asyncio
    import signal

    stop = asyncio.Event()
    loop = asyncio.get_running_loop()

    def stop_once(signum: int, _frame: object) -> None:
        for event in also:
            event.set()
        loop.call_soon_threadsafe(stop.set)
        signal.signal(signum, signal.SIG_DFL)

    for sig in (signal.SIGTERM, signal.SIGINT):
        signal.signal(sig, stop_once)
    return stop


def echo_json(data: Any) -> None:
    click.echo(json_safe(json.dumps(data, indent=2, default=str, ensure_ascii=False)))


def table(rows: list[list[str]], headers: list[str]) -> str:
    widths = [max(len(str(x)) for x in col) for col in zip(headers, *rows, strict=False)]
    lines = ["  ".join(h.ljust(w) for h, w in zip(headers, widths, strict=False))]
    lines.append("  ".join("-" * w for w in widths))
    lines.extend("  ".join(str(c).ljust(w) for c, w in zip(r, widths, strict=False)) for r in rows)
    return "\n".join(lines)


def read_input(practice: Practice, source: str, what: str, example: str) -> bytes:
    """The bytes of ``source``: standard input for ``-``, else a file by path, which only the
    owner at their own terminal may name (through SSH or sudo the app runs as the service
    account and must not read a file a person names)."""
    if source == "-":
        return sys.stdin.buffer.read()
    if practice.restricted:
        raise UsageError(
            f"{what} cannot be read from a path here ({source})",
            fix=f"send it on standard input: {example}",
        )
    try:
        return Path(source).expanduser().read_bytes()
    except OSError as exc:
        raise UsageError(f"cannot read {source} ({exc.strerror})", where=source) from None


def output_target(practice: Practice, out: Path | None, example: str) -> tuple[Path | None, bool]:
    """Where an export goes: (a path or None for the home's exports/ folder, whether to
    stream it to standard output). Through SSH or sudo only ``--out -`` (streamed) is
    allowed, since exports/ is the service account's and a path would be written as it."""
    if out is not None and str(out) == "-":
        return None, True
    if practice.restricted:
        raise UsageError(
            "an export is streamed to you here, not written to a file",
            fix=f"add --out - and redirect it: {example}",
        )
    return out, False


def stream_file(path: Path, *, binary: bool = False) -> None:
    """Copy a written export to standard output: text through the control-character
    filter, a binary file (a PDF) as it is, and only when redirected away from a terminal."""
    if not binary:
        click.echo(path.read_text("utf-8"), nl=False)
        return
    from medsocial_tui.cli.output import SafeStream

    stream = sys.stdout.raw if isinstance(sys.stdout, SafeStream) else sys.stdout
    if stream.isatty():
        raise UsageError(
            f"{path.name} is binary and standard output is a terminal",
            fix="redirect it to a file: ... --out - > policy.pdf",
        )
    stream.flush()
    with open(path, "rb") as handle:
        stream.buffer.write(handle.read())
    stream.buffer.flush()
