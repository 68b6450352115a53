"""A table whose rows can come ready to draw: the text of each cell laid out (cut to its
column, padded) in the worker thread that read the rows, so the frame that shows them only
puts the row's colours on it.

Textual's ``DataTable`` lays out every cell of a new row through Rich when it first draws it,
and measures every cell of every new row on the next idle, even when the columns have fixed
widths. For a screenful of new rows (another view of the queue, a page down) that costs more
than a frame. :class:`PreparedTable` draws the same segments (a test compares them with
``DataTable``'s, cell by cell, for every style a row can have) from :class:`Prepared` lines,
and skips the measuring that fixed-width columns do not need. A row added without them, or a
cell changed since, is drawn by ``DataTable`` itself.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from itertools import zip_longest
from typing import Any

from rich.cells import set_cell_size
from rich.console import Console, ConsoleOptions
from rich.padding import Padding
from rich.segment import Segment
from rich.style import Style
from rich.text import Text
from textual.cache import LRUCache
from textual.coordinate import Coordinate
from textual.geometry import Region, Size
from textual.strip import Strip
from textual.widgets import DataTable
from textual.widgets._data_table import Row
from textual.widgets.data_table import DuplicateKey, RowKey

from medsocial_tui.tui.safe import TextTable, shown_cells

Line = list[Segment]


@dataclass(frozen=True)
class Preparer:
    """What laying out a row's cells needs, taken on the UI thread (the console and each
    column's width) and used in a worker thread."""

    console: Console
    options: tuple[ConsoleOptions, ...]
    """One per column: its width with the cell padding, one line, no wrapping."""
    padding: int
    laid_out: dict[tuple[object, ...], Line] = field(repr=False, compare=False)
    """Cells laid out before (the table's, shared by its readers): the same author or the
    same states come again and again."""
    look: Look | None = field(default=None, repr=False, compare=False)
    """How the table styles its rows, where the rows' places are known (see ``ready``)."""

    def ready(self, cells: tuple[object, ...], index: int | None = None) -> Ready:
        """``cells`` (shown as text) with each laid out as the table would, before the row's
        styles; with ``index``, the row's place among the rows read (0 for the first), its
        whole line styled too, for the place ``look`` expects it at."""
        texts = shown_cells(cells)
        lines = tuple(
            self._line(cell, options) for cell, options in zip(texts, self.options, strict=True)
        )
        widths = tuple(o.max_width for o in self.options)
        look = self.look
        styled = None if look is None or index is None else look.line(lines, look.first + index)
        return Ready(texts, Prepared(texts, widths, lines, styled))

    def _line(self, cell: Text, options: ConsoleOptions) -> Line:
        plain = cell.plain
        if (  # plain printable ASCII with no styles: as Rich lays it out, without Rich
            plain
            and self.padding == 1
            and plain.isascii()
            and plain.isprintable()
            and not cell.spans
            and not cell.style
            and cell.end == "\n"
            and (cell.justify, cell.overflow, cell.no_wrap, cell.tab_size) == (None,) * 4
        ):
            return plain_line(plain, options.max_width - 2)
        key = (
            options.max_width,
            cell.plain,
            cell.style,
            tuple(cell.spans),
            cell.justify,
            cell.overflow,
            cell.no_wrap,
            cell.end,
            cell.tab_size,
        )
        line = self.laid_out.get(key)
        if line is None:
            if len(self.laid_out) >= LAID_OUT_AT_MOST:
                self.laid_out.clear()
            # render_lines holds the console's lock: safe from a worker thread
            line = self.console.render_lines(Padding(cell, (0, self.padding)), options)[0]
            self.laid_out[key] = line
        return line


def plain_line(plain: str, width: int) -> Line:
    """What ``render_lines(Padding(Text(plain), (0, 1)), one line of width + 2)`` gives for
    printable ASCII ``plain`` (a test compares the two): cut at ``width``, padded to it."""
    cut = plain[:width]
    line = [Segment(" ", _NO_STYLE), Segment(cut)]
    if len(cut) < width:
        line.append(Segment(" " * (width - len(cut)), _NO_STYLE))
    line.append(Segment(" ", _NO_STYLE))
    return line


_NO_STYLE = Style()

LAID_OUT_AT_MOST = 2_000
"""Cells a table keeps laid out for reuse (a few windows' worth of distinct ones)."""


@dataclass(frozen=True)
class Styled:
    """A row's whole line as the table draws it at ``index``, with the cursor on it or not,
    the mouse over it or not (under ``look``'s styles)."""

    index: int
    cursor: bool
    hover: bool
    look: Look
    strip: Strip


@dataclass(frozen=True)
class Look:
    """How a table styles its rows' lines, taken on the UI thread (its CSS, its width, where
    its cursor is), so that a worker can style whole lines as the table would: the table
    draws such a line only while all of this still holds (else it styles the row itself).

    The same steps as ``PreparedTable._render_line_in_row`` and ``DataTable._render_line``
    (a test compares the lines with DataTable's)."""

    key: tuple[object, ...]
    """What the styles come from: the table's style, its CSS state, cursor and hover
    settings, width and columns' widths."""
    base_style: Style
    row_styles: tuple[Style, Style]
    """The row's style by the parity of its index (zebra stripes)."""
    cell_styles: dict[tuple[bool, bool], tuple[Style, Style, Style]]
    """By (hover, cursor): each cell's style, the style after it, and the line end's."""
    width: int
    widths: tuple[int, ...]
    first: int
    """The index of the first row read (its place when it is shown)."""
    cursor_row: int
    hover_row: int
    made: dict[tuple[object, ...], Style] = field(repr=False, compare=False)
    """Styles made before (the table's, shared by its readers): row 3's cells have the
    same styles in every view."""

    def line(self, lines: tuple[Line, ...], index: int) -> Styled:
        cursor, hover = index == self.cursor_row, index == self.hover_row
        row_style = self.row_styles[index % 2]
        component, post, extend = self.cell_styles[hover, cursor]
        width = self.width
        segments: Line = []
        at = 0  # where the cell starts: cells wholly past the table's width are cut anyway
        for column, line in enumerate(lines):
            if at >= width:
                break
            at += self.widths[column]
            style = self._style(row_style, component, index, column)
            if not post and all(not s.style and not s.control for s in line):
                # unstyled text (most cells): one segment, as Strip.simplify would make it
                segments.append(Segment("".join([s.text for s in line]), style))
            else:
                segments.extend(Segment.apply_style(line, style, post))
        if at <= width:
            end = self._style(row_style, extend, index, -1)
            segments.append(Segment(" " * (width - at), end))
        return Styled(index, cursor, hover, self, self._fit(segments))

    def _fit(self, segments: Line) -> Strip:
        """``Strip(segments).adjust_cell_length(width, base_style).simplify()``, as
        DataTable ends a line (its crop from 0 to the width cuts nothing), in one pass."""
        width = self.width
        total = sum(segment.cell_length for segment in segments)
        if total > width:  # cut at the width
            cut: Line = []
            length = 0
            for segment in segments:
                size = segment.cell_length
                if length + size < width:
                    cut.append(segment)
                    length += size
                else:
                    cut.append(Segment(set_cell_size(segment.text, width - length), segment.style))
                    break
            segments = cut
        elif total < width:
            segments = [*segments, Segment(" " * (width - total), self.base_style)]
        return Strip(list(Segment.simplify(segments)), width)

    def _style(self, row_style: Style, component: Style, index: int, column: int) -> Style:
        """A cell's style (``column`` -1: the line's end's), added up as the table does."""
        key = (row_style, component, index, column)
        style = self.made.get(key)
        if style is None:
            if len(self.made) >= LAID_OUT_AT_MOST:
                self.made.clear()
            if column < 0:
                meta = Style.from_meta({"row": index, "column": 0, "out_of_bounds": True})
                style = row_style + component + meta
            else:
                style = row_style + Style.from_meta({"row": index, "column": column}) + component
            self.made[key] = style
        return style


@dataclass(frozen=True)
class Prepared:
    cells: tuple[Text, ...]
    """What was laid out: a cell changed since (``update_cell``) is drawn by DataTable."""
    widths: tuple[int, ...]
    lines: tuple[Line, ...]
    styled: Styled | None = None
    """The whole line, styled in the worker for the place the row was expected at."""


@dataclass(frozen=True)
class Ready:
    """A row's cells, and their lines laid out for the table (see ``Preparer``)."""

    cells: tuple[Text, ...]
    prepared: Prepared


class PreparedTable(TextTable):
    """A ``DataTable`` of one-line rows in fixed-width columns, drawn from prepared lines."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        self._prepared: dict[RowKey, Prepared] = {}
        self._row_styles: dict[tuple[object, ...], Style] = {}
        self._header_cells: dict[tuple[object, ...], list[Line]] = {}
        self._cleared = False
        """Rows went since the table's size was last set (not only added below)."""
        self._line_style: Style | None = None
        self._look_key: tuple[object, ...] | None = None
        """The key of the table's look in the frame being drawn (see ``Look``)."""
        self._styles_version = 0
        self._laid_out: dict[tuple[object, ...], Line] = {}
        self._made_styles: dict[tuple[object, ...], Style] = {}
        self._gone: list[tuple[object, ...]] = []
        """Rows cleared, kept until the next frame is drawn (see ``clear``)."""
        super().__init__(*args, **kwargs)  # (which clears the caches above)

    def preparer(
        self, first: int | None = None, cursor_row: int = 0, hover_row: int | None = None
    ) -> Preparer:
        """For a worker thread: how this table lays out a row (see ``add_prepared_row``).
        With ``first``, the index the first row read will have when shown, with the cursor
        on row ``cursor_row`` and the mouse's row at ``hover_row`` (where it is now, when
        None): the rows' whole lines are styled in the worker too."""
        base = self.app.console_options
        widths = [column.get_render_width(self) for column in self.ordered_columns]
        return Preparer(
            self.app.console,
            tuple(base.update_dimensions(width, 1).update(no_wrap=True) for width in widths),
            self.cell_padding,
            self._laid_out,
            None if first is None else self._look(first, cursor_row, hover_row),
        )

    def _current_look_key(self, base_style: Style) -> tuple[object, ...] | None:
        """What a row's styled line depends on besides its place, cursor and hover; None
        where lines are not styled in workers (fixed rows or columns, labels, other cursors,
        rows of other heights)."""
        if (
            self.fixed_rows
            or self.fixed_columns
            or self.cursor_type != "row"
            or self._should_render_row_labels
            or self._row_label_column_width
        ):
            return None
        return (
            base_style,
            self._pseudo_class_state,
            self.show_cursor,
            self._show_hover_cursor,
            self.zebra_stripes,
            self.cursor_foreground_priority,
            self.cursor_background_priority,
            self.size.width,
            tuple(column.get_render_width(self) for column in self.ordered_columns),
            self._styles_version,
        )

    def _look(self, first: int, cursor_row: int, hover_row: int | None) -> Look | None:
        self._pseudo_class_state = self.get_pseudo_class_state()
        base_style = self.rich_style
        key = self._current_look_key(base_style)
        if key is None or not self.size.width:
            return None
        styles = self._get_styles_to_render_cell
        show, show_hover = self.show_cursor, self._show_hover_cursor
        css_fg = self.cursor_foreground_priority == "css"
        css_bg = self.cursor_background_priority == "css"
        cell_styles = {}
        for hover in (False, True):
            for cursor in (False, True):
                component, post = styles(
                    False, False, False, hover, cursor, show, show_hover, css_fg, css_bg
                )
                extend, _ = styles(
                    False, False, False, hover, cursor, show, show_hover, False, False
                )
                cell_styles[hover, cursor] = (component, post, extend)
        return Look(
            key,
            base_style,
            (self._get_row_style(0, base_style), self._get_row_style(1, base_style)),
            cell_styles,
            self.size.width,
            tuple(column.get_render_width(self) for column in self.ordered_columns),
            first,
            cursor_row,
            self.hover_coordinate.row if hover_row is None else hover_row,
            self._made_styles,
        )

    def add_ready_row(self, row: Ready, key: str) -> RowKey:
        """Add ``row`` (made by this table's ``preparer``, which showed its cells as text),
        drawn from its laid-out lines."""
        row_key = DataTable.add_row(self, *row.cells, key=key)
        self._prepared[row_key] = row.prepared
        return row_key

    def add_ready_rows(self, rows: Sequence[tuple[Ready, str]]) -> list[RowKey]:
        """Add ``rows`` (each a row and its key) at the bottom, as ``add_ready_row`` one by
        one would: ``DataTable.add_row`` also sets the cursor again, counts an update and
        asks for an idle check for every row, 54 Python calls a row, for a view's screenful
        that the frame a key waits for shows. Here that is done once for them all."""
        columns = self.ordered_columns
        keys: list[RowKey] = []
        seen: set[RowKey] = set()
        was_empty = not self.rows
        for row, key in rows:
            row_key = RowKey(key)
            if row_key in self._row_locations or row_key in seen:
                raise DuplicateKey(f"The row key {row_key!r} already exists.")
            if len(row.cells) > len(columns):
                raise ValueError("More values provided than there are columns.")
            keys.append(row_key)
            seen.add(row_key)
        for (row, _key), row_key in zip(rows, keys, strict=True):
            self._row_locations[row_key] = len(self.rows)
            self._data[row_key] = {
                column.key: cell for column, cell in zip_longest(columns, row.cells)
            }
            self.rows[row_key] = Row(row_key, 1, None, False)
            self._new_rows.add(row_key)
            self._prepared[row_key] = row.prepared
        if not keys:
            return keys
        self._require_update_dimensions = True
        self.cursor_coordinate = self.cursor_coordinate
        if was_empty and self.columns and self.show_cursor and self.cursor_type != "none":
            self._highlight_cursor()  # a cell for the cursor, where there was none
        self._update_count += len(keys)
        self.check_idle()
        return keys

    def update_ready_row(self, key: str, columns: Sequence[str], row: Ready) -> None:
        """Show ``row`` in place of the row ``key`` (its cells in ``columns``)."""
        for column, value in zip(columns, row.cells, strict=True):
            self.update_cell(key, column, value)
        self._prepared[RowKey(key)] = row.prepared

    def clear(self, columns: bool = False) -> PreparedTable:
        """``DataTable``'s, but the rows that go (their cells, their laid-out and styled
        lines, the lines drawn from them) are let go once the frame that shows the new ones
        is drawn: freeing a page of rows took 0.4-0.6 ms of the frame after a view of
        many rows."""
        self._gone.append(
            (
                self._data,
                self.rows,
                self._prepared,
                self._row_render_cache,
                self._cell_render_cache,
                self._line_cache,
            )
        )
        self._data, self.rows, self._prepared = {}, {}, {}
        self._row_render_cache = LRUCache(self._row_render_cache.maxsize)
        self._cell_render_cache = LRUCache(self._cell_render_cache.maxsize)
        self._line_cache = LRUCache(self._line_cache.maxsize)
        if columns:
            self._header_cells.clear()
        super().clear(columns)
        self._cleared = True
        if not self.is_attached:  # nothing is drawn: let them go now
            self._gone.clear()
        elif len(self._gone) == 1:  # (else a call is waiting already)
            self.call_after_refresh(self._gone.clear)
        return self

    def remove_row(self, row_key: RowKey | str) -> None:
        self._prepared.pop(RowKey(row_key) if isinstance(row_key, str) else row_key, None)
        super().remove_row(row_key)

    def notify_style_update(self) -> None:
        # the row styles and the header's cells come from the CSS only: kept while the rows
        # change (``clear`` and new rows, every view of the queue), made again when it does
        self._row_styles.clear()
        self._header_cells.clear()
        self._styles_version += 1  # lines styled in a worker before are styled again
        super().notify_style_update()

    def _get_row_style(self, row_index: int, base_style: Style) -> Style:
        """``DataTable``'s, kept: it builds a style from the CSS of every ancestor."""
        key = (
            -1 if row_index == -1 else row_index < self.fixed_rows,
            row_index % 2 if self.zebra_stripes else None,
            base_style,
            self._pseudo_class_state,
        )
        style = self._row_styles.get(key)
        if style is None:
            style = self._row_styles[key] = super()._get_row_style(row_index, base_style)
        return style

    def _render_cell(
        self,
        row_index: int,
        column_index: int,
        base_style: Style,
        width: int,
        cursor: bool = False,
        hover: bool = False,
    ) -> list[Line]:
        if row_index == -1:
            return self._render_header_cell(column_index, base_style, width, cursor, hover)
        row_key = self._row_locations.get_key(row_index)
        column_key = self._column_locations.get_key(column_index)
        prepared = self._prepared.get(row_key) if row_key is not None else None
        if (
            prepared is None
            or row_key is None
            or column_key is None
            or row_index < self.fixed_rows
            or column_index < self.fixed_columns
            or prepared.widths[column_index] != width
            or self._data[row_key].get(column_key) is not prepared.cells[column_index]
        ):
            return super()._render_cell(row_index, column_index, base_style, width, cursor, hover)
        cache_key = (
            row_key,
            column_key,
            base_style,
            cursor,
            hover,
            self._show_hover_cursor,
            self._update_count,
            self._pseudo_class_state,
        )
        lines: list[Line] | None = self._cell_render_cache.get(cache_key)
        if lines is None:
            component_style, post_style = self._get_styles_to_render_cell(
                False,
                False,
                False,
                hover,
                cursor,
                self.show_cursor,
                self._show_hover_cursor,
                self.cursor_foreground_priority == "css",
                self.cursor_background_priority == "css",
            )
            # as DataTable's Styled(Padding(cell), pre_style, post_style), on the laid-out line
            pre_style = base_style + Style.from_meta({"row": row_index, "column": column_index})
            lines = [
                list(
                    Segment.apply_style(
                        prepared.lines[column_index], pre_style + component_style, post_style
                    )
                )
            ]
            self._cell_render_cache[cache_key] = lines
        return lines

    def _render_header_cell(
        self, column_index: int, base_style: Style, width: int, cursor: bool, hover: bool
    ) -> list[Line]:
        """``DataTable``'s header cell, kept while the header and the styles stay the same:
        ``DataTable`` lays it out through Rich again whenever a row comes or goes."""
        column_key = self._column_locations.get_key(column_index)
        column = self.columns.get(column_key) if column_key is not None else None
        if column is None or column_index < 0:
            return super()._render_cell(-1, column_index, base_style, width, cursor, hover)
        label = column.label
        key = (
            column_key,
            column_index,
            label.plain,
            label.style,
            tuple(label.spans),
            label.justify,
            width,
            base_style,
            cursor,
            hover,
            self.show_cursor,
            self._show_hover_cursor,
            self.cursor_type,
            self.cursor_foreground_priority,
            self.cursor_background_priority,
            self.header_height,
            self.cell_padding,
            self._pseudo_class_state,
            self.app.size,
        )
        lines = self._header_cells.get(key)
        if lines is None:
            if len(self._header_cells) >= 16 * max(1, len(self.columns)):
                self._header_cells.clear()
            lines = super()._render_cell(-1, column_index, base_style, width, cursor, hover)
            self._header_cells[key] = lines
        return lines

    def render_lines(self, crop: Region) -> list[Strip]:
        self._line_style = self.rich_style  # the same for every line: made once a frame
        try:
            return super().render_lines(crop)
        finally:
            self._line_style = None
            self._look_key = None

    def _render_line(self, y: int, x1: int, x2: int, base_style: Style) -> Strip:
        """A row's line styled in the worker that read it, while it is where it was expected
        and looks as expected (see ``Look``); else ``DataTable``'s."""
        styled = self._styled_line(y, x1, x2, base_style)
        return styled if styled is not None else super()._render_line(y, x1, x2, base_style)

    def _styled_line(self, y: int, x1: int, x2: int, base_style: Style) -> Strip | None:
        if self.show_header:
            y -= self.header_height
        if y < 0 or y >= len(offsets := self._y_offsets):
            return None
        row_key, line_no = offsets[y]
        prepared = self._prepared.get(row_key)
        if prepared is None or prepared.styled is None or line_no:
            return None
        styled = prepared.styled
        look = styled.look
        if (
            x1
            or x2 != look.width
            or self._row_locations.get(row_key) != styled.index
            or (styled.index == self.cursor_coordinate.row) != styled.cursor
            or (styled.index == self.hover_coordinate.row) != styled.hover
        ):
            return None
        key = self._look_key
        if key is None:
            key = self._current_look_key(base_style) or ()
            if self._line_style is not None:  # drawing a frame: the same for all its lines
                self._look_key = key
        if key != look.key:
            return None
        cells = self._data[row_key]
        if any(
            cells.get(column.key) is not cell
            for column, cell in zip(self.ordered_columns, prepared.cells, strict=False)
        ):
            return None  # a cell changed since
        return styled.strip

    def render_line(self, y: int) -> Strip:
        """``DataTable``'s, with the table's style made once a frame (``render_lines``)."""
        if self.fixed_rows:
            return super().render_line(y)
        scroll_x, scroll_y = self.scroll_offset
        if y >= (self.get_row_height(self._header_row_key) if self.show_header else 0):
            y += scroll_y
        style = self._line_style or self.rich_style
        return self._render_line(y, scroll_x, scroll_x + self.size.width, style)

    def _render_line_in_row(
        self,
        row_key: RowKey,
        line_no: int,
        base_style: Style,
        cursor_location: Coordinate,
        hover_location: Coordinate,
    ) -> tuple[list[Line], list[Line]]:
        """``DataTable``'s for a table without row labels or fixed columns and with a row
        cursor, without the styles it makes for those on every line."""
        if self.fixed_columns or self.cursor_type != "row" or self._should_render_row_labels:
            return super()._render_line_in_row(
                row_key, line_no, base_style, cursor_location, hover_location
            )
        cache_key = (
            row_key,
            line_no,
            base_style,
            cursor_location,
            hover_location,
            self.cursor_type,
            self.show_cursor,
            self._show_hover_cursor,
            self._update_count,
            self._pseudo_class_state,
        )
        cached = self._row_render_cache.get(cache_key)
        if cached is not None:
            return cached
        found = self._row_locations.get(row_key)
        row_index = -1 if found is None else found  # -1: the header
        row_style = self._get_row_style(row_index, base_style)
        cursor = row_index == cursor_location.row
        hover = row_index == hover_location.row
        widths = [column.get_render_width(self) for column in self.ordered_columns]
        scrollable_row = [
            self._render_cell(row_index, index, row_style, width, cursor=cursor, hover=hover)[
                line_no
            ]
            for index, width in enumerate(widths)
        ]
        extend_style, _ = self._get_styles_to_render_cell(
            row_index == -1,
            False,
            False,
            hover_location.row == (row_index or 0),
            cursor,
            self.show_cursor,
            self._show_hover_cursor,
            False,
            False,
        )
        extend_style = row_style + extend_style
        extend_style += Style.from_meta({"row": row_index, "column": 0, "out_of_bounds": True})
        remaining_space = max(0, self.size.width - sum(widths) - self._row_label_column_width)
        scrollable_row.append([Segment(" " * remaining_space, extend_style)])
        row_pair: tuple[list[Line], list[Line]] = ([], scrollable_row)
        self._row_render_cache[cache_key] = row_pair
        return row_pair

    def _refresh_scrollbars(self) -> None:
        """A vertical scrollbar that takes no room (``scrollbar-size-vertical: 0``) shows
        nothing when it comes or goes: only whether the table scrolls is set, without the
        relayout of the screen (a second, full frame) that showing a scrollbar asks for."""
        styles = self.styles
        if not (
            self.is_scrollable
            and self.container_size
            and styles.scrollbar_size_vertical == 0
            and styles.overflow_x == "hidden"
            and styles.overflow_y == "auto"
            and not self.show_horizontal_scrollbar
        ):
            super()._refresh_scrollbars()
            return
        show = self.virtual_size.height > self.container_size.height
        if show != self.show_vertical_scrollbar:
            self.set_reactive(PreparedTable.show_vertical_scrollbar, show)

    def _update_dimensions(self, new_rows: Any) -> None:
        """With every column of a fixed width and one-line rows, nothing is measured: only
        the table's size is set, as ``DataTable`` sets it."""
        if any(column.auto_width for column in self.columns.values()) or any(
            (row := self.rows.get(key)) is not None and (row.auto_height or row.label is not None)
            for key in new_rows
        ):
            super()._update_dimensions(new_rows)
            return
        width = sum(column.get_render_width(self) for column in self.columns.values())
        header_height = self.header_height if self.show_header else 0
        size = Size(width + self._row_label_column_width, self._total_row_height + header_height)
        if size == self.virtual_size:
            return
        styles = self.styles
        no_scrollbar = styles.scrollbar_size_vertical == 0 or styles.overflow_y == "hidden"
        height = styles.height
        if not (
            height is not None
            and height.is_fraction
            and no_scrollbar
            and size.width == self.virtual_size.width
        ):
            self.virtual_size = size  # may move or resize a widget: laid out again
            return
        # The table's height comes from the screen, not from its rows, and no scrollbar
        # shows how many there are: a new number of rows changes no widget's place, so the
        # scroll limits are set here (what a relayout would do for a scrolling widget) and
        # the screen is not laid out again for it.
        before, cleared = self.virtual_size.height, self._cleared
        self._cleared = False
        self.set_reactive(PreparedTable.virtual_size, size)
        self._scroll_update(size)
        if cleared or size.height < before or before < self.scroll_y + self.container_size.height:
            self.refresh()
        # else rows only came below the last one on screen, and no scrollbar shows their
        # number: nothing on screen changed, and no frame is drawn for them (a page read
        # ahead of the cursor comes without a frame)
