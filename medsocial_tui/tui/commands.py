"""The command palette: every action of the screen you are on, and every area of the app,
as "Group: Verb" titles. Actions the signed-in person may not use are listed with the reason
instead of failing when chosen."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from functools import partial

from textual.binding import Binding
from textual.command import CommandPalette, DiscoveryHit, Hit, Hits, Provider, SearchIcon

from medsocial_tui.tui.keys import key_names


class ActionCommands(Provider):
    """Commands built from the bindings, so a new key is in the palette without more code."""

    def _commands(self) -> Iterator[tuple[str, Callable[[], object], str]]:
        app = self.app
        screen = self.screen
        keymap = getattr(app, "_keymap", {}) or {}
        group = getattr(screen, "GROUP", "") or type(screen).__name__.replace("Screen", "")
        sources = [(group, screen, screen.BINDINGS), ("Go", app, app.BINDINGS)]
        for title, owner, bindings in sources:
            for binding in bindings:
                if not isinstance(binding, Binding) or binding.action in ("command_palette",):
                    continue
                key = keymap.get(binding.id, binding.key) if binding.id else binding.key
                action = binding.action
                described = binding.description or action
                words = (
                    f"{binding.tooltip} ({key_names(key)})" if binding.tooltip else key_names(key)
                )
                decision = getattr(owner, "decision", None)
                refused = decision(action) if callable(decision) else None
                if refused is not None and not refused.allowed:
                    yield (
                        f"{title}: {described}",
                        partial(app.notify, f"Not for you: {refused.reason}", severity="warning"),
                        f"not for you: {refused.reason}",
                    )
                    continue
                if owner is app and app.check_action(action, ()) is False:
                    continue
                yield f"{title}: {described}", partial(owner.run_action, binding.action), words

    async def discover(self) -> Hits:
        for title, command, words in self._commands():
            yield DiscoveryHit(title, command, help=words)

    async def search(self, query: str) -> Hits:
        matcher = self.matcher(query)
        for title, command, words in self._commands():
            score = matcher.match(title)
            if score > 0:
                yield Hit(score, matcher.highlight(title), command, help=words)


class Palette(CommandPalette):
    """Textual's palette with a plain ">" where it shows an emoji, whose width terminals
    disagree on."""

    def on_mount(self) -> None:
        self.query_one(SearchIcon).icon = ">"
