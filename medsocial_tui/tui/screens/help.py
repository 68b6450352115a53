"""The help screen: every key of the screen you came from, and the app's own."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import VerticalScroll
from textual.screen import ModalScreen, Screen
from textual.widgets import Footer, Header, Static


def _key_names(key: str) -> str:
    names = {
        "question_mark": "?",
        "colon": ":",
        "escape": "Esc",
        "enter": "Enter",
        "slash": "/",
        "left_square_bracket": "[",
        "right_square_bracket": "]",
        "pagedown": "PgDn",
        "pageup": "PgUp",
    }
    return " / ".join(
        names.get(k, k.upper() if k.startswith("f") and k[1:].isdigit() else k)
        for k in key.split(",")
    )


class HelpScreen(ModalScreen[None]):
    """Lists the bindings of the screen below it and of the app."""

    BINDINGS = [Binding("escape,q,question_mark,f1", "dismiss", "Close", id="help.close")]

    def __init__(self, below: Screen) -> None:
        super().__init__()
        self.below = below

    def compose(self) -> ComposeResult:
        yield Header(show_clock=False, icon="")
        lines = ["Keys. Every action has a letter or an F-key; ctrl chords are only extras.", ""]
        sections = [
            (type(self.below).__name__.replace("Screen", "") or "Screen", self.below.BINDINGS),
            ("Everywhere", self.app.BINDINGS),
        ]
        keymap = self.app._keymap if hasattr(self.app, "_keymap") else {}
        for title, bindings in sections:
            lines.append(f"[b]{title}[/b]")
            for binding in bindings:
                if not isinstance(binding, Binding):
                    continue
                key = keymap.get(binding.id, binding.key) if binding.id else binding.key
                described = binding.description or binding.action
                tip = f" — {binding.tooltip}" if binding.tooltip else ""
                lines.append(f"  {_key_names(key):<14} {described}{tip}")
            lines.append("")
        lines.append('Keys can be changed in practice.toml under \\[keys], e.g. compose = "n".')
        with VerticalScroll():
            yield Static("\n".join(lines))
        yield Footer()
