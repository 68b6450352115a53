"""The help screen: every key of the screen you came from, and the app's own, as remapped in
practice.toml; keys you may not use say why."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, cast

from rich.console import Group, RenderableType
from rich.table import Table
from rich.text import Text
from textual.actions import parse
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import VerticalScroll
from textual.dom import DOMNode
from textual.screen import ModalScreen, Screen
from textual.widgets import Header, Static

from medsocial_tui.tui.keys import (
    LEAVING_ACTIONS,
    KeyedScreen,
    group_of,
    key_names,
    keys_of,
    press,
    taken_keys,
)
from medsocial_tui.tui.safe import shown
from medsocial_tui.tui.widgets.footer import KeyFooter

if TYPE_CHECKING:
    from medsocial_tui.tui.app import MedsocialApp

INTRO = "Every action has a letter or an F-key; ctrl chords are only extras."
KEY_INDENT = 2
"""Spaces before each key under its group's title."""
AFTER_ESC = "After Esc (they wait while this is being written)"
"""The title over the app's keys that leave a screen holding work (compose, a reply): they
do nothing there, and "p / F7 Policy" listed under "Everywhere" in compose said otherwise."""
KEY_WIDTH = 12
"""The key column's least width ("r / F5", "? / F1"); a longer key remapped in practice.toml
widens it for every row, so the descriptions still start in one column."""


@dataclass(frozen=True)
class Entry:
    """One key of the list: what to press, what it does, and why it is not yours (or "")."""

    key: str
    what: str
    refused: str = ""


def entries(
    owner: DOMNode,
    keymap: Mapping[str, str],
    taken: frozenset[str] = frozenset(),
    *,
    only: Callable[[Binding], bool] | None = None,
) -> list[Entry]:
    """The keys of ``owner`` (a screen or the app) as remapped, each with the reason it is
    not the signed-in person's, if it is not; keys in ``taken`` (the screen's own) are left
    out, since there they do the screen's action; with ``only``, the bindings it accepts."""
    decision = getattr(owner, "decision", None)
    found = []
    for binding in owner.BINDINGS:
        if not isinstance(binding, Binding) or (only is not None and not only(binding)):
            continue
        keys = [key for key in keys_of(binding, keymap) if key not in taken]
        if not keys:
            continue
        tip = f": {binding.tooltip}" if binding.tooltip else ""
        refused = decision(binding.action) if callable(decision) else None
        reason = refused.reason if refused is not None and not refused.allowed else ""
        what = f"{binding.description or binding.action}{tip}"
        found.append(Entry(key_names(",".join(keys)), what, reason))
    return found


def key_table(rows: list[Entry], key_width: int) -> Table:
    """Keys in one column and what they do in the next: a description too long for the
    line wraps under itself, never back under the keys."""
    table = Table.grid(padding=(0, 1))
    table.add_column(width=KEY_INDENT + key_width, no_wrap=True)
    table.add_column(ratio=1)
    for row in rows:
        what = shown(row.what)
        if row.refused:
            what.append_text(shown(f" (not for you: {row.refused})", style="dim"))
        table.add_row(shown(" " * KEY_INDENT + row.key), what)
    return table


class HelpScreen(KeyedScreen, ModalScreen[None], keys="help"):
    """Lists the bindings of the screen below it and of the app."""

    BINDINGS = [press("escape,q,question_mark,f1", "dismiss", "Close", id="close")]

    def __init__(self, below: Screen[Any]) -> None:
        super().__init__()
        self.below = below

    def sections(self) -> list[tuple[str, list[Entry]]]:
        """Each group's title and keys: the screen below's, then the app's that the screen
        does not take for its own (on the staff list c changes roles: "c  Calendar" under
        "Everywhere" said otherwise)."""

        keymap = cast("MedsocialApp", self.app).keymap
        taken = taken_keys(self.below, self.app.BINDINGS, keymap)
        own = (group_of(self.below), entries(self.below, keymap))
        if not getattr(self.below, "holds_work", False):
            return [own, ("Everywhere", entries(self.app, keymap, taken))]

        def leaves(binding: Binding) -> bool:
            return parse(binding.action)[1] in LEAVING_ACTIONS

        return [
            own,
            ("Everywhere", entries(self.app, keymap, taken, only=lambda b: not leaves(b))),
            (AFTER_ESC, entries(self.app, keymap, taken, only=leaves)),
        ]

    def notes(self) -> list[str]:
        """The screen's own notes, shown above its keys."""
        return list(getattr(self.below, "HELP_NOTES", ()))

    def ids(self) -> list[str]:
        """The lines under the keys: how to remap them, and the ids of this screen's."""
        ids = [b.id for b in self.below.BINDINGS if isinstance(b, Binding) and b.id]
        return [
            'Change keys in practice.toml under [keys], by id: "queue.retry" = "F6".',
            "Ids here: " + ", ".join(ids),
        ]

    def body(self) -> RenderableType:
        sections = self.sections()
        key_width = max([KEY_WIDTH, *(len(row.key) for _, rows in sections for row in rows)])
        parts: list[RenderableType] = [Text(INTRO + "\n")]
        notes = self.notes()
        if notes:
            parts.append(shown("\n".join(notes) + "\n"))
        for title, rows in sections:
            parts.extend((shown(title, style="bold"), key_table(rows, key_width), Text("")))
        parts.append(shown("\n".join(self.ids())))
        return Group(*parts)

    def compose(self) -> ComposeResult:
        yield Header(show_clock=False, icon="")
        with VerticalScroll():
            yield Static(self.body(), id="help-text")
        yield KeyFooter()
