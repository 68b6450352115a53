"""Everything the command line prints passes through :func:`~medsocial_tui.display.terminal_safe`.

Commands print posts, staff names, network answers and plugin errors that people or networks
wrote. Rather than trusting each ``click.echo`` to remember, :func:`safe_output` puts a filter
in front of standard output and standard error for the whole run (click's own usage errors
included), so a raw escape byte never reaches the terminal. The one exception is text whose
outside parts were already made safe and which carries our own colours: :func:`echo_styled`.
"""

from __future__ import annotations

import io
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from typing import TextIO

import click

from medsocial_tui.display import terminal_safe


class SafeStream(io.TextIOBase):
    """A text stream that writes to ``raw`` with every unsafe character escaped."""

    def __init__(self, raw: TextIO) -> None:
        super().__init__()
        self.raw = raw

    def write(self, text: str) -> int:
        self.raw.write(terminal_safe(text))
        return len(text)

    def flush(self) -> None:
        self.raw.flush()

    def isatty(self) -> bool:
        return self.raw.isatty()

    def fileno(self) -> int:
        return self.raw.fileno()

    def writable(self) -> bool:
        return True

    @property
    def encoding(self) -> str:  # type: ignore[override] # read-only on TextIOBase
        return getattr(self.raw, "encoding", None) or "utf-8"

    @property
    def errors(self) -> str | None:  # type: ignore[override] # read-only on TextIOBase
        return getattr(self.raw, "errors", None)


@contextmanager
def safe_output() -> Iterator[None]:
    """Filter standard output and standard error for the duration of a command."""
    saved = sys.stdout, sys.stderr
    if not isinstance(sys.stdout, SafeStream):
        sys.stdout = SafeStream(sys.stdout)
    if not isinstance(sys.stderr, SafeStream):
        sys.stderr = SafeStream(sys.stderr)
    try:
        yield
    finally:
        sys.stdout, sys.stderr = saved


def echo_styled(message: str, *, err: bool = False) -> None:
    """Print ``message`` past the filter, keeping its colours. Only for text whose every
    outside part already went through ``terminal_safe`` and whose escape codes are ours."""
    stream = sys.stderr if err else sys.stdout
    raw = stream.raw if isinstance(stream, SafeStream) else stream
    click.echo(message, file=raw)
