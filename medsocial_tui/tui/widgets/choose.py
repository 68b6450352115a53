"""A short choice in a modal: each option on its own letter, Esc cancels."""

from __future__ import annotations

from textual import events
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.screen import ModalScreen
from textual.widgets import Label

from medsocial_tui.tui.safe import TextLabel


class Choose(ModalScreen[str | None]):
    """Dismisses with the chosen option's key (a letter), or None when canceled."""

    BINDINGS = [Binding("escape", "cancel", "Cancel", id="choose.cancel")]

    def __init__(self, question: str, options: list[tuple[str, str]]) -> None:
        super().__init__()
        self.question = question
        self.options = options

    def compose(self) -> ComposeResult:
        with Vertical(id="ask"):
            yield TextLabel(self.question)
            for key, words in self.options:
                yield TextLabel(f"  {key}  {words}", classes="option")
            yield Label("Press a letter, or Esc to cancel", classes="hint")

    def on_key(self, event: events.Key) -> None:
        for key, _ in self.options:
            if event.character == key:
                event.stop()
                self.dismiss(key)
                return

    def action_cancel(self) -> None:
        self.dismiss(None)
