"""The one yes/no question of the app: a question, optionally what will happen line by
line; y goes ahead, n or Esc goes back. Where Enter moves a flow on at every step (the hours
change), Enter goes ahead too."""

from __future__ import annotations

from collections.abc import Sequence

from rich.text import Text
from textual.app import ComposeResult
from textual.containers import VerticalScroll
from textual.screen import ModalScreen
from textual.widgets import Static

from medsocial_tui.tui.keys import KeyedScreen, press
from medsocial_tui.tui.safe import TextStatic


class Confirm(KeyedScreen, ModalScreen[bool], keys="confirm"):
    """Dismisses True to go ahead, False to go back."""

    DEFAULT_CSS = """
    Confirm { align: center middle; }
    Confirm #confirm { width: 76; height: auto; max-height: 20; border: round $warning;
                       background: $surface; padding: 0 1; }
    """
    BINDINGS = [
        press("y", "answer(True)", "Yes", "Go ahead", id="yes"),
        press("n,escape", "answer(False)", "No", "Go back", id="no"),
        press("enter", "enter", "Enter", show=False),
    ]

    def __init__(
        self, question: str, lines: Sequence[str] = (), *, enter_goes_ahead: bool = False
    ) -> None:
        super().__init__()
        self.question = question
        self.lines = list(lines)
        self.enter_goes_ahead = enter_goes_ahead

    def compose(self) -> ComposeResult:
        with VerticalScroll(id="confirm"):
            yield TextStatic(Text(self.question, style="bold") if self.lines else self.question)
            if self.lines:
                yield TextStatic("\n".join(self.lines))
            hint = "Enter or y: go ahead" if self.enter_goes_ahead else "y: yes"
            yield Static(f"{hint}    Esc or n: back", classes="hint")

    def action_answer(self, answer: bool) -> None:
        self.dismiss(answer)

    def action_enter(self) -> None:
        if self.enter_goes_ahead:
            self.dismiss(True)
