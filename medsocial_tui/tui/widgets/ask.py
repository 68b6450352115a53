"""A one-line question in a modal: a reason, a URL, a time. Enter answers, Esc cancels.
``Question`` is what it shares with ``choose.Choose``: the box, the hint, Esc."""

from __future__ import annotations

from collections.abc import Callable
from typing import ClassVar

from textual.app import ComposeResult
from textual.containers import Vertical
from textual.screen import ModalScreen
from textual.widgets import Input, Label

from medsocial_tui.tui.keys import KeyedScreen, press
from medsocial_tui.tui.safe import TextInput, TextLabel, shown


class Question(KeyedScreen, ModalScreen[str | None]):
    """A short question in the ``#ask`` box, what answers it (``answers``), and a hint;
    dismisses with the answer, or None when canceled (Esc)."""

    HINT: ClassVar[str] = ""

    def __init__(self, question: str) -> None:
        super().__init__()
        self.question = question

    def compose(self) -> ComposeResult:
        with Vertical(id="ask"):
            yield TextLabel(self.question)
            yield from self.answers()
            yield Label(shown(self.hint()), classes="hint")

    def hint(self) -> str:
        return self.HINT

    def answers(self) -> ComposeResult:
        """The widgets between the question and the hint."""
        yield from ()

    def action_cancel(self) -> None:
        self.dismiss(None)


class Ask(Question, keys="ask"):
    """Asks one question; dismisses with the answer, or None when canceled."""

    BINDINGS = [press("escape", "cancel", "Cancel")]
    HINT = "Enter to confirm, Esc to cancel"
    EMPTY = "Type an answer first (the grey words are only an example), or Esc to cancel"
    """Said when Enter is pressed on an empty field: the example looks typed already."""

    def __init__(
        self,
        question: str,
        placeholder: str = "",
        value: str = "",
        *,
        hint: str = "",
        check: Callable[[str], str | None] | None = None,
        problem: str = "",
        empty: bool = False,
    ) -> None:
        """``check`` reads an answer before the dialog closes: what it returns (what is
        wrong, in words) is shown in place of the hint and the answer stays to be fixed;
        ``problem`` is shown so from the start (:meth:`again`). ``empty``: Enter on an empty
        field answers "" (a post that is out but has no address), which the hint says."""
        super().__init__(question)
        self.placeholder = placeholder
        self.value = value
        self._hint = hint
        self._check = check
        self._problem = problem
        self._empty = empty

    def again(self, value: str, problem: str) -> Ask:
        """The same question once more, with ``value`` typed and ``problem`` (why the
        answer was refused) in place of the hint."""
        return type(self)(
            self.question,
            self.placeholder,
            value,
            hint=self._hint,
            check=self._check,
            problem=problem,
            empty=self._empty,
        )

    def hint(self) -> str:
        return self._problem or self._hint or self.HINT

    def on_mount(self) -> None:
        if self._problem:
            self.query_one(".hint", Label).set_class(True, "problem")

    def answers(self) -> ComposeResult:
        yield TextInput(value=self.value, placeholder=self.placeholder, id="answer")

    def on_input_submitted(self, event: Input.Submitted) -> None:
        answer = event.value.strip()
        problem = self._check(answer) if answer and self._check else None
        if (answer or self._empty) and problem is None:
            self.dismiss(answer)
            return
        hint = self.query_one(".hint", Label)
        hint.update(shown(problem or self.EMPTY))
        hint.set_class(problem is not None, "problem")


def where_is_it(network: str) -> Ask:
    """Where a post that is out can be seen: its URL, or nothing. A listing's edit or a story
    has no address, and the refusal of an empty answer left such a to-do open for good while
    the refusal of a wrong one said "or leave it empty" (found on the third walk)."""
    return Ask(
        f"Where is it on {network}? Paste its URL.",
        "https://...",
        hint="Enter: done (empty: it has no address) · Esc: cancel",
        empty=True,
    )
