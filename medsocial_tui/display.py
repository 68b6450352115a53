"""Text that people or networks wrote, made safe to show on a terminal.

A post, a staff name, a network's error message may carry terminal escape sequences (an
OSC 52 clipboard write, a cursor move that hides a line), C0/C1 control characters, or
Unicode bidi overrides that make text read differently from what it is. Shown raw, they act
on the terminal of whoever reads them. Here each becomes a visible escape (``\\x1b``,
``\\u202e``) instead: the CLI passes everything it prints through :func:`terminal_safe`, the
TUI passes every outside string through the same function before showing it as text.
"""

from __future__ import annotations

import re

BIDI_CONTROLS = (
    "\u061c"  # arabic letter mark
    "\u200e\u200f"  # left-to-right / right-to-left marks
    "\u202a\u202b\u202c\u202d\u202e"  # embeddings, pop, overrides
    "\u2066\u2067\u2068\u2069"  # isolates
)
LINE_SEPARATORS = "\u2028\u2029"

UNSAFE = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f" + BIDI_CONTROLS + LINE_SEPARATORS + "]")
"""Every character that acts on a terminal or reorders text: C0 controls but newline and
tab, DEL, C1 controls, bidi marks, embeddings, overrides and isolates, line separators."""


def escape_char(char: str) -> str:
    """The visible form of one unsafe character: ``\\x1b``, ``\\x9b``, ``\\u202e``."""
    code = ord(char)
    return f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}"


def terminal_safe(text: str) -> str:
    """``text`` with every unsafe character shown as its escape; newlines and tabs stay."""
    if not UNSAFE.search(text):
        return text
    return UNSAFE.sub(lambda m: escape_char(m.group()), text)


def json_safe(dumped: str) -> str:
    """JSON text with the unsafe characters ``json.dumps(ensure_ascii=False)`` leaves raw
    (C1 controls, bidi) written as ``\\uXXXX``: the same data, harmless on a terminal."""
    return UNSAFE.sub(lambda m: f"\\u{ord(m.group()):04x}", dumped)


def fit(text: str, width: int) -> str:
    """The text, or its start and an ellipsis when it is longer than ``width``."""
    return text if len(text) <= width else text[: max(width - 1, 0)] + "…"


def one_line(text: str, width: int) -> str:
    """The text on one line (its white space folded), fitted to ``width``: for a table cell."""
    return fit(" ".join(text.split()), width)
