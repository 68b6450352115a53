"""The text editor of compose and replies, apart from :mod:`medsocial_tui.tui.safe` so that
Textual's ``TextArea`` is imported only when a screen that edits text opens, not before the
queue's first frame."""

from __future__ import annotations

from rich.text import Text
from textual.widgets import TextArea

from medsocial_tui.display import UNSAFE
from medsocial_tui.tui.safe import pictured


class TextEditor(TextArea):
    """A ``TextArea`` that draws control characters as pictures; the text is not changed."""

    def get_line(self, line_index: int) -> Text:
        line = super().get_line(line_index)
        if UNSAFE.search(line.plain):
            line.plain = pictured(line.plain)
        return line
