"""Everything the command line prints passes through :func:`~medsocial_tui.display.terminal_safe`.

Commands print posts, staff names, network answers and plugin errors that people or networks
wrote. Rather than trusting each ``click.echo`` to remember, :func:`safe_output` puts a filter
in front of standard output and standard error for the whole run (click's own usage errors
included), so a raw escape byte never reaches the terminal. The one exception is text whose
outside parts were already made safe and which carries our own colours: :func:`echo_styled`.
"""

from __future__ import annotations

import sys

import click

from medsocial_tui.entry import SafeStream, safe_output

__all__ = ["SafeStream", "echo_styled", "safe_output"]


def echo_styled(message: str, *, err: bool = False) -> None:
    """Print ``message`` past the filter, keeping its colours. Only for text whose every
    outside part already went through ``terminal_safe`` and whose escape codes are ours."""
    stream = sys.stderr if err else sys.stdout
    raw = stream.raw if isinstance(stream, SafeStream) else stream
    click.echo(message, file=raw)
