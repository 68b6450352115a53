"""The footer every screen shows: compact, so the keys of a screen fit in 80 columns."""

from __future__ import annotations

from textual.widgets import Footer


class KeyFooter(Footer):
    """Keys of the current screen and the app; `:` (F2) opens the palette for the rest."""

    def __init__(self) -> None:
        super().__init__(compact=True, show_command_palette=False)
