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
from medsocial_tui.errors import UsageError

__all__ = ["SafeStream", "echo_styled", "safe_output"]


def echo_styled(message: str, *, err: bool = False) -> None:
    """Print ``message`` past the filter, keeping its colours. Only for text whose every
    outside part already went through ``terminal_safe`` and whose escape codes are ours."""
    stream = sys.stderr if err else sys.stdout
    raw = stream.raw if isinstance(stream, SafeStream) else stream
    click.echo(message, file=raw)


def typed_text(value: str | None, what: str) -> str:
    """``value`` as given, or standard input for ``-`` (and for no value), as UTF-8 text.

    Bytes that are not UTF-8 (a file saved in Windows-1252, a pasted control byte) stopped
    the command with a traceback further on; they are refused here, saying where, without
    repeating the text (it may name a patient)."""
    if value is None or value == "-":
        raw = sys.stdin.buffer.read()
        try:
            return raw.decode("utf-8")
        except UnicodeDecodeError as exc:
            raise UsageError(
                f"{what} on standard input is not UTF-8 text (byte {exc.start + 1}"
                f" of {len(raw)} is 0x{raw[exc.start]:02x})",
                fix="save it as UTF-8 (most editors: 'Save with encoding') and send it again",
            ) from None
    try:
        value.encode("utf-8")
    except UnicodeEncodeError as exc:
        raise UsageError(
            f"{what} is not UTF-8 text (character {exc.start + 1} is a byte this terminal"
            " could not read as a letter)",
            fix="set the terminal to UTF-8, or send the text on standard input with -",
        ) from None
    return value
