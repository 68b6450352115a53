"""The help screen: every key of the screen you came from, and the app's own, as remapped in
practice.toml; keys you may not use say why."""

from __future__ import annotations

from typing import Any

from rich.markup import escape
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import VerticalScroll
from textual.screen import ModalScreen, Screen
from textual.widgets import Header, Static

from medsocial_tui.display import terminal_safe
from medsocial_tui.tui.keys import key_names, press, screen_keys
from medsocial_tui.tui.widgets.footer import KeyFooter


class HelpScreen(ModalScreen[None]):
    """Lists the bindings of the screen below it and of the app."""

    BINDINGS = screen_keys(
        "help", press("escape,q,question_mark,f1", "dismiss", "Close", id="close")
    )

    def __init__(self, below: Screen[Any]) -> None:
        super().__init__()
        self.below = below

    def lines(self) -> list[str]:
        keymap = getattr(self.app, "_keymap", {}) or {}
        lines = ["Every action has a letter or an F-key; ctrl chords are only extras.", ""]
        group = getattr(self.below, "GROUP", "") or type(self.below).__name__.replace("Screen", "")
        notes = getattr(self.below, "HELP_NOTES", ())
        if notes:
            lines.extend(escape(note) for note in notes)
            lines.append("")
        for title, owner in ((group, self.below), ("Everywhere", self.app)):
            lines.append(f"[b]{title}[/b]")
            decision = getattr(owner, "decision", None)
            for binding in owner.BINDINGS:
                if not isinstance(binding, Binding):
                    continue
                key = keymap.get(binding.id, binding.key) if binding.id else binding.key
                tip = f": {binding.tooltip}" if binding.tooltip else ""
                line = escape(
                    terminal_safe(
                        f"  {key_names(key):<12} {binding.description or binding.action}{tip}"
                    )
                )
                refused = decision(binding.action) if callable(decision) else None
                if refused is not None and not refused.allowed:
                    line += f" [dim](not for you: {escape(terminal_safe(refused.reason))})[/dim]"
                lines.append(line)
            lines.append("")
        lines.append(
            escape('Change keys in practice.toml under [keys], by id: "queue.retry" = "F6".')
        )
        ids = [b.id for b in self.below.BINDINGS if isinstance(b, Binding) and b.id]
        lines.append(escape("Ids here: " + ", ".join(ids)))
        return lines

    def compose(self) -> ComposeResult:
        yield Header(show_clock=False, icon="")
        with VerticalScroll():
            yield Static("\n".join(self.lines()), id="help-text")
        yield KeyFooter()
