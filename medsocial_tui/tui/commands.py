"""The command palette: every action of the screen you are on, and every area of the app,
as "Group: Verb" titles. Actions the signed-in person may not use are listed with the reason
instead of failing when chosen."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass
from functools import partial
from typing import TYPE_CHECKING, cast

from textual.actions import parse
from textual.binding import Binding
from textual.command import (
    CommandPalette,
    DiscoveryHit,
    Hit,
    Hits,
    Provider,
    SearchIcon,
)

from medsocial_tui.tui.keys import group_of, key_names, keys_of, taken_keys

if TYPE_CHECKING:
    from textual.app import App
    from textual.binding import BindingType
    from textual.screen import Screen

    from medsocial_tui.tui.app import MedsocialApp

KEYWORDS = {
    "go.review": "approve approval send back reject waiting",
    "hours": "snow storm weather closed closing late early power outage emergency special",
    "review.approve": "approve ok accept",
    "review.send_back": "reject decline send back reason",
    "staff.training": "training trained course annual",
    "queue.find": "search text find filter words",
    "queue.compose": "write new post compose",
    "go.channels": "accounts connect credentials to-do todo by hand",
}
"""Words people search by that are not in an action's title (binding id: words)."""

MIN_KEYWORD = 3
"""Shorter queries match titles only: 'a' must not find every command by its keywords."""


@dataclass(frozen=True)
class AreaCommand:
    """A palette command that is not a key: a title, what it does, and search words."""

    title: str
    help: str
    callback: Callable[[], object]
    keywords: str = ""


def by_keywords(query: str, *texts: str) -> bool:
    """Every word of the query starts a word of the keywords, tooltip or help."""
    words = query.lower().split()
    if not words or len(query.strip()) < MIN_KEYWORD:
        return False
    known = " ".join(texts).lower().replace(":", " ").replace(",", " ").split()
    return all(any(k.startswith(w) for k in known) for w in words)


class ActionCommands(Provider):
    """Commands built from the bindings, so a new key is in the palette without more code."""

    def _commands(self) -> Iterator[tuple[str, Callable[[], object], str]]:
        for title, command, words, _keywords in self._searchable():
            yield title, command, words

    def _searchable(self) -> Iterator[tuple[str, Callable[[], object], str, str]]:
        app = self.app
        screen = self.screen
        keymap = cast("MedsocialApp", app).keymap
        group = group_of(screen)
        sources: list[tuple[str, Screen[object] | App[object], list[BindingType]]] = [
            (group, screen, screen.BINDINGS),
            ("Go", app, app.BINDINGS),
        ]
        taken = taken_keys(screen, app.BINDINGS, keymap)
        for title, owner, bindings in sources:
            for binding in bindings:
                if not isinstance(binding, Binding) or binding.action in ("command_palette",):
                    continue
                keys = [k for k in keys_of(binding, keymap) if owner is screen or k not in taken]
                action = binding.action
                described = binding.description or action
                key = key_names(",".join(keys)) if keys else ""
                words = binding.tooltip or key
                if binding.tooltip and key:
                    words = f"{binding.tooltip} ({key})"
                decision = getattr(owner, "decision", None)
                refused = decision(action) if callable(decision) else None
                keywords = " ".join((KEYWORDS.get(binding.id or "", ""), binding.tooltip))
                if refused is not None and not refused.allowed:
                    yield (
                        f"{title}: {described}",
                        partial(
                            app.notify,
                            f"Not for you: {refused.reason}",
                            severity="warning",
                            markup=False,
                        ),
                        f"not for you: {refused.reason}",
                        keywords,
                    )
                    continue
                if owner is app and app.check_action(*parse(action)[1:]) is False:
                    continue
                yield (
                    f"{title}: {described}",
                    partial(owner.run_action, binding.action),
                    words,
                    keywords,
                )

    async def discover(self) -> Hits:
        for title, command, words in self._commands():
            yield DiscoveryHit(title, command, help=words)

    async def search(self, query: str) -> Hits:
        """By title (fuzzy), then by the words people use ("snow", "card", "training"):
        the areas' commands are found here by those words, and by title in the system list."""
        matcher = self.matcher(query)
        for title, command, words, keywords in self._searchable():
            score = matcher.match(title)
            if score > 0:
                yield Hit(score, matcher.highlight(title), command, help=words)
            elif by_keywords(query, keywords):
                yield Hit(0.4, title, command, help=words)
        for area in getattr(self.app, "area_commands", list)():
            if matcher.match(area.title) <= 0 and by_keywords(query, area.keywords, area.help):
                yield Hit(0.4, area.title, area.callback, help=area.help)


class Palette(CommandPalette):
    """Textual's palette with a plain ">" where it shows an emoji, whose width terminals
    disagree on."""

    def on_mount(self) -> None:
        self.query_one(SearchIcon).icon = ">"
