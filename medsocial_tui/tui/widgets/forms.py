"""A small keyboard-only dialog: a form whose save calls the core (the yes/no question is
``confirm.Confirm``).

A form stays open when the core refuses (not allowed, patient information, a bad date) and
shows the reason in words under the fields, so nothing typed is lost.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, replace
from typing import Any

from textual.app import ComposeResult
from textual.containers import Vertical
from textual.screen import ModalScreen
from textual.widgets import Input, Static

from medsocial_tui.home.practice import Practice
from medsocial_tui.tui.keys import press
from medsocial_tui.tui.safe import TextInput, TextLabel, TextStatic
from medsocial_tui.tui.screens.base import FIELD_KEYS, AreaScreen, PracticeScreen
from medsocial_tui.tui.typing_guard import after_typing


@dataclass(frozen=True)
class Field:
    """One line of a form: its ``label`` above, a text field below."""

    name: str
    """The key of what was typed in the values ``save`` is given."""
    label: str
    value: str = ""
    """What the field holds when the form opens (the current title, today's date)."""
    placeholder: str = ""
    """The grey example shown while the field is empty; never saved."""


class FormScreen(PracticeScreen[bool], ModalScreen[bool], keys="form"):
    """Fields, then Enter on the last one (or F9) saves; Esc cancels. ``save(practice,
    values)`` runs in a thread worker on its own connection; the form dismisses True once it
    returned without raising, and stays open with the reason under the fields otherwise."""

    # Enter and Tab have priority: the focus moves as the key is read, so letters that
    # arrived in the same read over SSH land in the next field, not in the one just left.
    BINDINGS = [
        press("f9", "save", "Save", "Save (Enter on the last field)"),
        press("escape", "cancel", "Cancel", "Close without saving"),
        replace(press("enter", "next_or_save", "Next field or save", show=False), priority=True),
        *FIELD_KEYS,
    ]

    def __init__(
        self,
        title: str,
        fields: list[Field],
        save: Callable[[Practice, dict[str, str]], str | None],
    ) -> None:
        super().__init__()
        self.title_text = title
        self.fields = fields
        self.save = save

    def compose(self) -> ComposeResult:
        with Vertical(id="form"):
            yield TextStatic(self.title_text, id="form-title")
            for field in self.fields:
                yield TextLabel(field.label)
                yield TextInput(
                    value=field.value, placeholder=field.placeholder, id=f"f-{field.name}"
                )
            yield Static(
                "Enter: next field, saves on the last · F9 save · Esc cancel", id="form-help"
            )
            yield TextStatic(id="form-error")

    def values(self) -> dict[str, str]:
        return {f.name: self.query_one(f"#f-{f.name}", Input).value for f in self.fields}

    def action_next_or_save(self) -> None:
        inputs = list(self.query(Input))
        focused = self.focused
        index = inputs.index(focused) if isinstance(focused, Input) else len(inputs) - 1
        if index + 1 < len(inputs):
            self.set_focus(inputs[index + 1])  # now, not after the keys already read
        else:
            after_typing(inputs, self.action_save)

    def action_save(self) -> None:
        self.query_one("#form-error", Static).update("Saving...")
        self.attempt(self.title_text, self.save, self.values(), then=self._saved)

    def _saved(self, message: str | None) -> None:
        if message:
            # long enough to read (about 20 characters a second): a five-second notice went
            # before its second sentence was read
            self.app.notify(message, markup=False, timeout=max(5.0, len(message) / 20))
        self.dismiss(True)

    def on_practice_screen_refused(self, message: PracticeScreen.Refused) -> None:
        """Said under the fields, where it stays while they are put right; not also as a
        notice, which covered those very lines."""
        message.prevent_default()
        self._finished(message.call)  # the same values may be saved again, once put right
        self.query_one("#form-error", Static).update(message.words)

    def action_cancel(self) -> None:
        self.dismiss(False)


def open_form(
    over: AreaScreen[Any],
    title: str,
    fields: list[Field],
    save: Callable[[Practice, dict[str, str]], str | None],
) -> None:
    """A :class:`FormScreen` over the screen ``over``, which reads its rows again once the
    form saved."""

    def closed(saved: bool | None) -> None:
        if saved:
            over.reload()

    over.app.push_screen(FormScreen(title, fields, save), closed)
