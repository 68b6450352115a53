"""A drop-down list whose focus moves as its key is read, so the keys typed behind it land
where the person meant them: over SSH or tmux a fast typist's Enter (the list opens), the
letters that pick an entry, Enter and Tab arrive in one read."""

from __future__ import annotations

from typing import Any, Self

from textual.widgets import Select
from textual.widgets._select import SelectOverlay


class Dropdown(Select[Any]):
    """Textual's ``Select``, whose focus moves at once. Textual's gives the focus on a later
    message (``Widget.focus``), behind the keys already read: the letters typed into a list
    just opened went to the closed list (and were dropped), and a Tab after the Enter that
    picks an entry moved on from the list, then the focus came back to it."""

    def _watch_expanded(self, expanded: bool) -> None:
        super()._watch_expanded(expanded)
        if expanded and self.is_mounted:
            self.screen.set_focus(self.query_one(SelectOverlay), scroll_visible=False)

    def focus(self, scroll_visible: bool = True) -> Self:
        """Focused now when on the screen shown (as a list closes); else as Textual does."""
        if self.is_mounted and self.screen is self.app.screen:
            self.screen.set_focus(self, scroll_visible=scroll_visible)
            return self
        return super().focus(scroll_visible)
