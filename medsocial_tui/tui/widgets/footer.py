"""The footer every screen shows: compact, so the keys of a screen fit in 80 columns."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.widgets import Footer
from textual.widgets._footer import FooterKey


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

    def compose(self) -> ComposeResult:
        """Textual's keys, each born with the footer's ``-compact`` class: otherwise each key
        gets it from its ``compact`` watcher once mounted, and the stylesheet is applied again
        to that key alone, a dozen times a footer, each time the footer is composed (on every
        screen and focus change; a sixth of the CPU of starting the app and switching once)."""
        for widget in super().compose():
            if isinstance(widget, FooterKey):
                widget.set_class(self.compact, "-compact", update=False)
            yield widget
