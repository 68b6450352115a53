"""A one-line question in a modal: a reason, a URL, a time. Enter answers, Esc cancels."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.screen import ModalScreen
from textual.widgets import Input, Label

from medsocial_tui.tui.safe import TextInput, TextLabel


class Ask(ModalScreen[str | None]):
    """Asks one question; dismisses with the answer, or None when canceled."""

    BINDINGS = [Binding("escape", "cancel", "Cancel", id="ask.cancel")]

    def __init__(self, question: str, placeholder: str = "", value: str = "") -> None:
        super().__init__()
        self.question = question
        self.placeholder = placeholder
        self.value = value

    def compose(self) -> ComposeResult:
        with Vertical(id="ask"):
            yield TextLabel(self.question)
            yield TextInput(value=self.value, placeholder=self.placeholder, id="answer")
            yield Label("Enter to confirm, Esc to cancel", classes="hint")

    def on_input_submitted(self, event: Input.Submitted) -> None:
        answer = event.value.strip()
        if answer:
            self.dismiss(answer)

    def action_cancel(self) -> None:
        self.dismiss(None)
