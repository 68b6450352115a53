"""A short choice in a modal: each option on its own letter, Esc cancels."""

from __future__ import annotations

from textual import events
from textual.app import ComposeResult

from medsocial_tui.tui.keys import press, screen_keys
from medsocial_tui.tui.safe import TextLabel
from medsocial_tui.tui.widgets.ask import Question


class Choose(Question):
    """Dismisses with the chosen option's key (a letter), or None when canceled."""

    BINDINGS = screen_keys("choose", press("escape", "cancel", "Cancel"))
    HINT = "Press a letter, or Esc to cancel"

    def __init__(self, question: str, options: list[tuple[str, str]]) -> None:
        super().__init__(question)
        self.options = options

    def hint(self) -> str:
        """'Press a number' where the options are numbered (which account?)."""
        if all(key.isdigit() for key, _ in self.options):
            return "Press a number, or Esc to cancel"
        return self.HINT

    def answers(self) -> ComposeResult:
        for key, words in self.options:
            yield TextLabel(f"  {key}  {words}", classes="option")

    def on_key(self, event: events.Key) -> None:
        for key, _ in self.options:
            if event.character == key:
                event.stop()
                self.dismiss(key)
                return
