"""The queue's table draws rows laid out in the worker that read them: every line must be
what Textual's DataTable draws for the same cells, whatever the row's style (cursor, zebra
stripe, hover, focus) and whatever the text (cut at the column, wide characters, escaped
control characters, coloured words)."""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterable
from typing import Any

import pytest
from rich.console import Console
from rich.padding import Padding
from rich.text import Text
from textual.renderables.styled import Styled
from textual.widgets import DataTable
from textual.widgets.data_table import DuplicateKey

from medsocial_tui.tui.app import create_app
from medsocial_tui.tui.pilot import settle
from medsocial_tui.tui.safe import shown_cells
from medsocial_tui.tui.screens.queue import QueueTable
from medsocial_tui.tui.widgets.prepared_table import PreparedTable, Preparer, plain_line

ODD_CELLS = [
    ("Fri 27 Nov 09:00", "jreyes", Text("1 FAILED, 2 out", style="bold red"), "short"),
    ("not scheduled", "a" * 40, "", "x" * 300),
    ("Mon 30 Nov 08:00", "zoë", Text.assemble(("2 held", "yellow"), ", 1 out"), "旗舰店 🎉 emoji"),
    ("Tue 1 Dec 10:00", "ppatel", "1 out", "bell\x07 and \u202e bidi and [b]markup[/b]"),
    ("Wed 2 Dec 11:00", "x", "3 out", "wide 漢字漢字漢字" * 12),
]


def lines_of(table: PreparedTable) -> list[list[tuple[str, object]]]:
    table._line_cache.clear()
    table._row_render_cache.clear()
    table._cell_render_cache.clear()
    return [[(s.text, s.style) for s in table.render_line(y)] for y in range(table.size.height)]


OWN_DRAWING = (
    "render_line",
    "_render_line",
    "_render_line_in_row",
    "_render_cell",
    "_get_row_style",
)
"""PreparedTable's methods that stand in for DataTable's when it draws a line."""


def as_datatable_draws_them(table: PreparedTable) -> list[list[tuple[str, object]]]:
    for name in OWN_DRAWING:  # DataTable's own, on this table
        setattr(table, name, getattr(DataTable, name).__get__(table))
    try:
        return lines_of(table)
    finally:
        for name in OWN_DRAWING:
            delattr(table, name)


async def every_look(
    pilot: Any, table: PreparedTable, rows: Iterable[int]
) -> AsyncIterator[tuple[int, bool, bool]]:
    """The cursor on each of ``rows``, the mouse over the row below it with its hover cursor
    shown or not, the table focused or not: each drawn, then given."""
    for row in rows:
        table.move_cursor(row=row)
        for hover in (False, True):
            table._show_hover_cursor = hover
            table.hover_coordinate = table.cursor_coordinate.down()
            for focused in (True, False):
                if focused:
                    table.focus()
                else:
                    table.blur()
                await pilot.pause()
                yield row, hover, focused


async def test_prepared_rows_are_drawn_exactly_as_datatable_draws_them(practice_as, monkeypatch):
    app = create_app(practice=practice_as("jreyes"))
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        table = app.screen.query_one(QueueTable)
        preparer = table.preparer()
        for n, cells in enumerate(ODD_CELLS):
            table.add_ready_row(preparer.ready(shown_cells(cells)), key=f"odd-{n}")
        await pilot.pause()
        assert len(table._prepared) == table.row_count
        laid_out = []
        real_render_lines = app.console.render_lines

        def counted(*args, **kwargs):
            if isinstance(args[0], Styled):  # a cell laid out by DataTable
                laid_out.append(args[0])
            return real_render_lines(*args, **kwargs)

        rows = (0, 1, table.row_count - len(ODD_CELLS) + 1, table.row_count - 1)
        async for row, hover, focused in every_look(pilot, table, rows):
            monkeypatch.setattr(app.console, "render_lines", counted)
            laid_out.clear()
            fast = lines_of(table)
            # only the header row (not prepared) goes through Rich's layout
            assert len(laid_out) <= len(table.columns)
            monkeypatch.setattr(app.console, "render_lines", real_render_lines)
            assert fast == as_datatable_draws_them(table), (row, hover, focused)


async def test_lines_styled_in_the_worker_are_drawn_exactly_as_datatable_draws_them(practice_as):
    """A view's rows come with their whole lines styled in the worker for the places they
    will have (the cursor on the first): those lines are drawn while the row is there and
    looks so, and are DataTable's very lines; a cell changed, a row moved, the cursor or the
    mouse moved, the focus gone: the table styles the line itself, as DataTable does."""
    app = create_app(practice=practice_as("jreyes"))
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        table = app.screen.query_one(QueueTable)
        preparer = table.preparer(0, 0, 0)
        table.clear()
        rows = [preparer.ready(cells, n) for n, cells in enumerate(ODD_CELLS * 3)]
        for n, row in enumerate(rows):
            table.add_ready_row(row, key=f"row-{n}")
        table.move_cursor(row=0)
        await pilot.pause()
        width, style = table.size.width, table.rich_style
        on_screen = range(1, table.size.height)  # below the header
        assert all(table._styled_line(y, 0, width, style) for y in on_screen)
        assert lines_of(table) == as_datatable_draws_them(table)

        table.update_cell("row-2", "text", "changed in place")
        table.remove_row("row-1")  # the rows below move up a line
        await pilot.pause()
        assert table._styled_line(1, 0, width, style) is not None  # row 0: as it was
        assert table._styled_line(2, 0, width, style) is None  # row-2, changed
        assert table._styled_line(3, 0, width, style) is None  # row-3, moved up
        assert lines_of(table) == as_datatable_draws_them(table)

        async for row, hover, focused in every_look(pilot, table, (0, 1, 4)):
            assert lines_of(table) == as_datatable_draws_them(table), (row, hover, focused)


async def test_a_changed_cell_is_drawn_from_its_new_text(practice_as):
    app = create_app(practice=practice_as("jreyes"))
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        table = app.screen.query_one(QueueTable)
        key = str(app.screen.loaded[0].id)
        table.update_cell(key, "text", "changed in place")
        await pilot.pause()
        assert "changed in place" in "".join(text for text, _ in lines_of(table)[1])
        assert lines_of(table) == as_datatable_draws_them(table)


async def test_the_table_scrolls_when_its_rows_overflow_it_and_not_otherwise(practice_as):
    """Whether the queue's table scrolls (mouse wheel) follows its rows from view to view,
    though no scrollbar is drawn and the screen is not laid out again for it."""
    app = create_app(practice=practice_as("jreyes"))
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        screen = app.screen
        table = screen.query_one(QueueTable)
        seen = []
        for _ in range(6):  # every view, back to "all posts"
            overflows = table.row_count + 1 > table.scrollable_content_region.height
            seen.append(overflows)
            assert table.allow_vertical_scroll == overflows, screen.shown_view.name
            if overflows:
                table.scroll_down(animate=False)
                await pilot.pause()
                assert table.scroll_y > 0
                table.scroll_home(animate=False)
            await pilot.press("f")
            await settle(pilot)
        assert True in seen and False in seen


def test_plain_text_is_laid_out_as_rich_lays_it_out():
    """The shortcut for printable ASCII without styles gives Rich's very segments, whatever
    the length, spaces (inner, trailing, beyond the column) and width."""
    console = Console(width=120, force_terminal=True, color_system="truecolor")
    samples = ["a", "jreyes", "Fri 27 Nov 09:00", "two  spaces", "trailing   ", " lead", "x" * 90]
    samples += ["ab" + " " * 10, "abcdef ", "a b c d e f g h i j k l m n o p", "~!@#$%^&*()[]{}"]
    for plain in samples:
        for width in range(1, 40):
            options = console.options.update_dimensions(width + 2, 1).update(no_wrap=True)
            rich = console.render_lines(Padding(Text(plain), (0, 1)), options)[0]
            assert plain_line(plain, width) == rich, (plain, width)
            ours = Preparer(console, (options,), 1, {}).ready((Text(plain),)).prepared.lines[0]
            assert ours == rich, (plain, width)


async def test_rows_added_below_the_screen_draw_no_frame_and_the_header_is_laid_out_once(
    practice_as, monkeypatch
):
    """A page read ahead of the cursor comes below the rows on screen: nothing on screen
    changes, so the table asks for no repaint (no second frame after a view's rows). Rows
    that replace the ones on screen do; the header, the same for every view, is laid out
    by Rich once, not after every change of rows."""
    app = create_app(practice=practice_as("jreyes"))
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        table = app.screen.query_one(QueueTable)
        preparer = table.preparer()
        while table.row_count <= table.size.height:  # the screen full of rows
            n = table.row_count
            table.add_ready_row(preparer.ready(shown_cells(ODD_CELLS[n % 5])), key=f"fill-{n}")
        await pilot.pause()
        refreshed: list[object] = []
        real_refresh = table.refresh

        def refresh(*args, **kwargs):
            refreshed.append(args)
            return real_refresh(*args, **kwargs)

        monkeypatch.setattr(table, "refresh", refresh)
        for n, cells in enumerate(ODD_CELLS):
            table.add_ready_row(preparer.ready(shown_cells(cells)), key=f"below-{n}")
        await pilot.pause()
        assert refreshed == []
        assert table.virtual_size.height == table.row_count + table.header_height
        assert table.allow_vertical_scroll

        laid_out: list[object] = []
        real_render_lines = app.console.render_lines

        def counted(*args, **kwargs):
            if isinstance(args[0], Styled):
                laid_out.append(args[0])
            return real_render_lines(*args, **kwargs)

        monkeypatch.setattr(app.console, "render_lines", counted)
        table.clear()
        for n, cells in enumerate(ODD_CELLS):
            table.add_ready_row(preparer.ready(shown_cells(cells)), key=f"again-{n}")
        await pilot.pause()
        assert refreshed  # the rows on screen changed
        drawn = lines_of(table)
        assert laid_out == []  # the header as drawn before
        monkeypatch.setattr(app.console, "render_lines", real_render_lines)
        assert drawn == as_datatable_draws_them(table)


async def test_rows_cleared_are_let_go_once_the_next_frame_is_drawn(practice_as):
    """A view's rows replace the last view's: those are kept until the frame that shows the
    new ones is drawn (freeing them would take part of that frame), then let go, every
    time; a table not on screen lets them go at once."""
    app = create_app(practice=practice_as("jreyes"))
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        table = app.screen.query_one(QueueTable)
        for _ in range(7):
            await pilot.press("f")
            await settle(pilot)
            await pilot.pause()
            assert table._gone == []
        table.clear()
        assert len(table._gone) == 1
        await pilot.pause()
        assert table._gone == []
        alone = QueueTable()
        alone.add_column("one")
        alone.clear()
        assert alone._gone == []


def table_state(table: PreparedTable) -> tuple[object, ...]:
    """What a table knows of its rows, to compare two tables."""
    return (
        [(key.value, table._row_locations.get(key)) for key in table.rows],
        [(row.key.value, row.height, row.label, row.auto_height) for row in table.rows.values()],
        [[str(cell) for cell in cells.values()] for cells in table._data.values()],
        sorted(key.value for key in table._new_rows),
        table.cursor_coordinate,
        table._require_update_dimensions,
    )


async def test_rows_added_together_are_the_rows_added_one_by_one(practice_as):
    """``add_ready_rows`` (a view's screenful in one go) leaves the table as ``add_ready_row``
    for each row would, drawn the same, the cursor on the first row highlighted once; a key
    already in the table is refused before any row goes in."""
    app = create_app(practice=practice_as("jreyes"))
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        table = app.screen.query_one(QueueTable)
        preparer = table.preparer(0, 0, 0)
        rows = [preparer.ready(cells, n) for n, cells in enumerate(ODD_CELLS * 3)]
        keyed = [(row, f"row-{n}") for n, row in enumerate(rows)]
        highlighted: list[int] = []
        highlight = table._highlight_cursor

        def counted() -> None:
            highlighted.append(table.cursor_row)
            highlight()

        table._highlight_cursor = counted
        table.clear()
        for row, key in keyed:
            table.add_ready_row(row, key=key)
        one_by_one, one_by_one_highlighted = table_state(table), list(highlighted)
        await pilot.pause()
        one_by_one_lines = lines_of(table)

        highlighted.clear()
        table.clear()
        assert table.add_ready_rows(keyed) == list(table.rows)
        assert table_state(table) == one_by_one
        assert highlighted == one_by_one_highlighted == [0]
        await pilot.pause()
        assert lines_of(table) == one_by_one_lines

        before = table_state(table)
        extra = [(rows[0], "new-row"), (rows[1], "row-3")]
        with pytest.raises(DuplicateKey):
            table.add_ready_rows(extra)
        assert table_state(table) == before
