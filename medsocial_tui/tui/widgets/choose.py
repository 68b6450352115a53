"""A short choice in a modal: each option on its own letter, Esc cancels."""

from __future__ import annotations

import string
from collections.abc import Callable, Sequence
from typing import TypeVar

from textual import events
from textual.app import ComposeResult

from medsocial_tui.tui.keys import press
from medsocial_tui.tui.safe import TextLabel
from medsocial_tui.tui.widgets.ask import Question

T = TypeVar("T")


def by_letter(
    items: Sequence[T], words: Callable[[T], str], letters: str = string.ascii_lowercase
) -> tuple[list[tuple[str, str]], dict[str, T]]:
    """``Choose``'s options for ``items`` (the first ``len(letters)`` of them), each on its
    letter in order, and which item each letter stands for."""
    kept = list(zip(letters, items, strict=False))
    return [(letter, words(item)) for letter, item in kept], dict(kept)


class Choose(Question, keys="choose"):
    """Dismisses with the chosen option's key (a letter), or None when canceled."""

    BINDINGS = [press("escape", "cancel", "Cancel")]
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

    async def answer_now(self, event: events.Key) -> bool:
        """The app asks as the key arrives (before it routes the keys behind it): an option's
        letter answers, and the caller's next question ("its URL?") is up before the next
        key is read. True when ``event`` answered."""
        if not any(event.character == key for key, _ in self.options):
            return False
        await self.dismiss(event.character)
        return True
