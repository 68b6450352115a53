"""The footer every screen shows: compact, so the keys of a screen fit in 80 columns."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.screen import Screen
from textual.widgets import Footer
from textual.widgets._footer import FooterKey

Keys = tuple[tuple[str, str, str, str, bool, str], ...]
"""The keys a footer shows: key, as displayed, description, action, enabled, tooltip."""


class KeyFooter(Footer):
    """Keys of the current screen and the app; `:` (F2) opens the palette for the rest.

    It is composed again only when the keys it would show differ from those it shows, and
    not while another screen (a dialog, the filter form) covers its own: Textual composed it
    again on every change of the screen stack, so a dialog that closed drew its keys (the
    same as before it opened) in frames of their own after the one the key waited for."""

    def __init__(self) -> None:
        super().__init__(compact=True, show_command_palette=False)
        # Textual's footer draws nothing until the screen, a refresh after it mounted,
        # announces its bindings, and then composes them a refresh later: a screen came up
        # with its bottom line empty and the keys a frame or two behind (half a second over
        # a busy SSH box). The screen's keys are known now; they are drawn in its first
        # frame, and drawn again if the focus brings others.
        self.set_reactive(Footer._bindings_ready, True)
        self._shown: Keys | None = None

    def _keys(self) -> Keys:
        """The keys :meth:`compose` would show now (as Textual's footer chooses them)."""
        app = self.app
        return tuple(
            (
                binding.key,
                app.get_key_display(binding),
                binding.description,
                binding.action,
                enabled,
                tooltip or binding.tooltip or "",
            )
            for _node, binding, enabled, tooltip in self.screen.active_bindings.values()
            if binding.show
        )

    def bindings_changed(self, screen: Screen[object]) -> None:
        """The keys are looked at again, unless another screen covers the footer's; while a
        frame a key waits for is to be drawn (the filter form's Enter: the queue comes
        back, its bindings said to have changed), after that frame: working out every key
        (who may do what) was 5% of the Python calls from Enter to the frame that showed
        the rows, for the same keys as before the form opened."""
        if screen.app.screen is not screen:
            return  # covered: what it shows is looked at again when its screen is on top
        later = getattr(screen, "after_key_frame", None)
        if callable(later) and later(self.call_later, self._look_again, screen):
            return  # (run by the footer: it composes its keys as its own)
        self._look_again(screen)

    def _look_again(self, screen: Screen[object]) -> None:
        if screen.app.screen is not screen or not self.is_attached:
            return
        if self._shown is not None and self._keys() == self._shown:
            return
        super().bindings_changed(screen)

    def compose(self) -> ComposeResult:
        """Textual's keys, each born with the footer's ``-compact`` class: otherwise each key
        gets it from its ``compact`` watcher once mounted, and the stylesheet is applied again
        to that key alone, a dozen times a footer, each time the footer is composed (on every
        screen and focus change; a sixth of the CPU of starting the app and switching once)."""
        self._shown = self._keys()
        for widget in super().compose():
            if isinstance(widget, FooterKey):
                widget.set_class(self.compact, "-compact", update=False)
            yield widget
