"""Outside text on screen as text: never parsed as markup, never acting on the terminal.

Posts, names, account names, network answers and plugin errors are written by people and
networks. Textual parses a plain ``str`` as markup in table cells, labels, option lists and
notices, so ``[/]`` would crash the app, ``[link=file:///…]`` would render a link and
``[@click=app.quit]`` would act. :func:`shown` turns any such value into a ``rich.text.Text``
(never parsed) with control characters and bidi overrides escaped as in the CLI
(:func:`~medsocial_tui.display.terminal_safe`). :class:`TextTable` applies it to every cell
and column label, :class:`TextStatic` and :class:`TextLabel` to what they show, and the app's
``notify`` to every notice, so a screen cannot forget.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from rich.highlighter import Highlighter
from rich.text import Text
from textual.coordinate import Coordinate
from textual.visual import VisualType
from textual.widgets import DataTable, Input, Label, Static
from textual.widgets.data_table import ColumnKey, RowKey

from medsocial_tui.display import UNSAFE, escape_char

UNREADABLE = "\u2426"
"""Shown in place of an unsafe character that has no picture of its own (C1, bidi)."""

ESCAPED_STYLE = "reverse"
"""How an escaped control character stands out from the text around it."""


def shown(value: object, style: str = "") -> Text:
    """``value`` as text to show: a ``str`` is never markup, and in a ``Text`` (kept with its
    styles) as in a ``str`` every unsafe character appears as its visible escape."""
    if isinstance(value, Text):
        return _neutralised(value) if UNSAFE.search(value.plain) else value
    plain = "" if value is None else str(value)
    if not UNSAFE.search(plain):
        return Text(plain, style=style)
    # escaped before a Text is made of it: Rich drops BEL, BS, VT, FF and CR from a str it
    # is given, and the person would not see characters that go out with the post
    out = Text(style=style)
    for piece in _pieces(plain):
        if UNSAFE.fullmatch(piece):
            out.append(escape_char(piece), style=ESCAPED_STYLE)
        else:
            out.append(piece)
    return out


def _pieces(plain: str) -> list[str]:
    """``plain`` cut before and after each unsafe character (the characters kept)."""
    pieces: list[str] = []
    start = 0
    for match in UNSAFE.finditer(plain):
        pieces.extend((plain[start : match.start()], match.group()))
        start = match.end()
    pieces.append(plain[start:])
    return [piece for piece in pieces if piece]


def _neutralised(text: Text) -> Text:
    """A copy of ``text`` with each unsafe character replaced by its escape, styles kept."""
    plain = text.plain
    cuts: list[int] = []
    for match in UNSAFE.finditer(plain):
        cuts.extend((match.start(), match.end()))
    if not cuts:
        return text
    out = Text(style=text.style, justify=text.justify, no_wrap=text.no_wrap, end=text.end)
    for piece in text.divide(cuts):
        if len(piece) == 1 and UNSAFE.fullmatch(piece.plain):
            out.append(escape_char(piece.plain), style=ESCAPED_STYLE)
        else:
            out.append_text(piece)
    return out


def shown_cells(cells: tuple[Any, ...]) -> tuple[Text, ...]:
    return tuple(shown(cell) for cell in cells)


class TextTable(DataTable[Text]):
    """A ``DataTable`` whose cells and column labels are always shown as text."""

    def on_resize(self) -> None:
        """The cursor's row stays in sight when the table gets shorter: a notice takes rows
        at the foot of the screen while it shows."""
        if self.row_count:
            self.move_cursor(animate=False, scroll=True)

    def add_column(
        self,
        label: Any,
        *,
        width: int | None = None,
        key: str | None = None,
        default: Any = None,
    ) -> ColumnKey:
        return super().add_column(shown(label), width=width, key=key, default=default)

    def add_row(
        self,
        *cells: Any,
        height: int | None = 1,
        key: str | None = None,
        label: Any = None,
    ) -> RowKey:
        return super().add_row(
            *shown_cells(cells),
            height=height,
            key=key,
            label=None if label is None else shown(label),
        )

    def update_cell(
        self,
        row_key: RowKey | str,
        column_key: ColumnKey | str,
        value: Any,
        *,
        update_width: bool = False,
    ) -> None:
        super().update_cell(row_key, column_key, shown(value), update_width=update_width)

    def update_cell_at(
        self, coordinate: Coordinate, value: Any, *, update_width: bool = False
    ) -> None:
        super().update_cell_at(coordinate, shown(value), update_width=update_width)


if TYPE_CHECKING:
    _TextBase = Static
else:
    _TextBase = object  # a plain mixin at run time: CSS follows the widget class after it


class _OutsideText(_TextBase):
    """What it is given, now or by ``update``, is text (for a ``Static`` or a ``Label``)."""

    def __init__(self, content: object = "", **kwargs: Any) -> None:
        kwargs.setdefault("markup", False)
        super().__init__(shown(content), **kwargs)

    def update(self, content: VisualType | object = "", *, layout: bool = True) -> None:
        super().update(shown(content), layout=layout)


class TextStatic(_OutsideText, Static):
    """A ``Static`` for outside text: what it is given, now or by ``update``, is text."""


class TextLabel(_OutsideText, Label):
    """A ``Label`` for outside text, as :class:`TextStatic`."""


def _picture(char: str) -> str:
    code = ord(char)
    if code < 0x20:
        return chr(0x2400 + code)
    if code == 0x7F:
        return "\u2421"
    return UNREADABLE


def pictured(text: str) -> str:
    """``text`` with each unsafe character replaced by one visible character (its Unicode
    control picture, such as ␛ for ESC): the same length, so an editor's cursor stays put."""
    return UNSAFE.sub(lambda m: _picture(m.group()), text) if UNSAFE.search(text) else text


class _Pictured(Highlighter):
    def highlight(self, text: Text) -> None:
        plain = text.plain
        if UNSAFE.search(plain):
            text.plain = pictured(plain)


class TextInput(Input):
    """An ``Input`` whose value, typed, pasted or loaded from the database, is drawn with its
    control characters as pictures; the value itself is not changed."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        kwargs.setdefault("highlighter", _Pictured())
        super().__init__(*args, **kwargs)
