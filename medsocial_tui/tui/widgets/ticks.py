"""A list of ticks that reads the same in 16 colours, in 256 and in none: ``[x]`` ticked,
``[ ]`` not, and Space ticks the row the cursor was on when Space was pressed.

Textual's SelectionList draws ``▐X▌`` on every row (only the colour says which are ticked),
and its Space posts a message that toggles whatever row is highlighted when the message is
handled: Space then Down in one burst (keys over SSH arrive in bursts) ticks the next row.
Here Space toggles the highlighted row at once."""

from __future__ import annotations

from typing import TypeVar

from rich.segment import Segment
from textual.strip import Strip
from textual.widgets import OptionList, SelectionList

T = TypeVar("T")

TICKED, UNTICKED = "[x]", "[ ]"


class Ticks(SelectionList[T]):
    """A SelectionList with marks that differ without colour and no Space race."""

    def action_select(self) -> None:
        """Toggle the highlighted row now, not when a message is handled later."""
        index = self.highlighted
        if index is None:
            return
        selection = self.get_option_at_index(index)
        if not selection.disabled:
            self.toggle(selection)

    def _get_left_gutter_width(self) -> int:
        return len(TICKED) + 1

    def render_line(self, y: int) -> Strip:
        line = OptionList.render_line(self, y)
        index = self.scroll_offset.y + y
        if not 0 <= index < self.option_count:
            return line
        selection = self.get_option_at_index(index)
        ticked = selection.value in self._selected
        component = "selection-list--button"
        if ticked:
            component += "-selected"
        if self.highlighted == index:
            component += "-highlighted"
        underlying = next(iter(line)).style if line.cell_length else self.rich_style
        mark_style = (underlying or self.rich_style) + self.get_component_rich_style(
            component, partial=True
        )
        return Strip(
            [
                Segment(TICKED if ticked else UNTICKED, style=mark_style),
                Segment(" ", style=underlying),
                *line,
            ]
        )
