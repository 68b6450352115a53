"""The footer every screen shows: compact, so the keys of a screen fit in 80 columns."""

from __future__ import annotations

from textual.widgets import Footer


class KeyFooter(Footer):
    """Keys of the current screen and the app; `:` (F2) opens the palette for the rest."""

    def __init__(self) -> None:
        super().__init__(compact=True, show_command_palette=False)
        # Textual's footer draws nothing until the screen, a refresh after it mounted,
        # announces its bindings, and then composes them a refresh later: a screen came up
        # with its bottom line empty and the keys a frame or two behind (half a second over
        # a busy SSH box). The screen's keys are known now; they are drawn in its first
        # frame, and drawn again if the focus brings others.
        self.set_reactive(Footer._bindings_ready, True)
