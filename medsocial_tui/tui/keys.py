"""Keys as a person reads them in the help screen, the palette and the footer."""

from __future__ import annotations

import dataclasses
from collections.abc import Mapping
from typing import Any, ClassVar

from textual.binding import Binding, BindingType
from textual.screen import Screen

from medsocial_tui.tui.typing_guard import has_fields

NAMES = {
    "question_mark": "?",
    "colon": ":",
    "slash": "/",
    "escape": "Esc",
    "enter": "Enter",
    "space": "Space",
    "left_square_bracket": "[",
    "right_square_bracket": "]",
    "pagedown": "PgDn",
    "pageup": "PgUp",
    "comma": ",",
    "full_stop": ".",
}


def key_names(keys: str) -> str:
    """'question_mark,f1' -> '? / F1'."""
    return " / ".join(
        NAMES.get(k, k.upper() if k.startswith("f") and k[1:].isdigit() else k)
        for k in keys.split(",")
    )


def keys_of(binding: Binding, keymap: Mapping[str, str]) -> list[str]:
    """The keys of ``binding`` as remapped in practice.toml: 'r,f5' -> ['r', 'f5']."""
    keys = keymap.get(binding.id, binding.key) if binding.id else binding.key
    return [key.strip() for key in keys.split(",")]


def first_key(binding: Binding, keymap: Mapping[str, str]) -> str:
    """The first of ``binding``'s keys as remapped, as a person reads it: 'question_mark' -> '?'."""
    return key_names(keys_of(binding, keymap)[0])


def own_keys(bindings: list[BindingType], keymap: Mapping[str, str]) -> frozenset[str]:
    """Every key a screen binds itself: there an app key of the same name does the screen's
    action, so help and the palette do not offer it for the app's."""
    return frozenset(
        key
        for binding in bindings
        if isinstance(binding, Binding)
        for key in keys_of(binding, keymap)
    )


def _go(keys: str, area: str, tooltip: str) -> Binding:
    """A key that opens an area (the app's action ``go``), kept out of the footer (help and
    the palette list it)."""
    return Binding(
        keys, f"go('{area}')", area.title(), id=f"go.{area}", tooltip=tooltip, show=False
    )


APP_BINDINGS: list[Binding] = [
    Binding("question_mark,f1", "help", "Help", id="help", tooltip="List every key"),
    Binding(
        "colon,f2",
        "command_palette",
        "Commands",
        id="commands",
        tooltip="Search every action by name",
        show=False,
    ),
    _go("c", "calendar", "Week and month views"),
    _go("v", "review", "Posts waiting for you"),
    _go("h", "channels", "Accounts, credentials, quiet pages, to-dos by hand"),
    Binding(
        "o,f6",
        "go('hours')",
        "Hours",
        id="hours",
        tooltip="Office hours change: closed, opening late... posted everywhere",
    ),
    _go(
        "d,f9",
        "performance",
        "How posts did: charts, the numbers beside last period, the best posts",
    ),
    _go("i", "inbox", "Comments, messages, reviews and mentions, and the replies"),
    Binding("q,f10", "quit", "Quit", id="quit", tooltip="Leave medsocial", show=False),
    # Policy & staff (issue 8)
    Binding(
        "p,f7",
        "go('policy')",
        "Policy",
        id="policy",
        tooltip="Policy & staff: read and acknowledge the policy, staff, training",
    ),
]
"""The app's own keys (help, the palette, the areas, quit): one id per action, so a key
remapped in practice.toml moves everywhere at once."""


def app_binding(binding_id: str) -> Binding:
    """The app's binding with this id ("help", "commands", "policy" …)."""
    return next(b for b in APP_BINDINGS if b.id == binding_id)


def app_key_names(binding_id: str, keymap: Mapping[str, str]) -> str:
    """The keys of the app's binding ``binding_id`` as remapped, as a person reads them: what
    a notice tells to press ("p / F7"), so it stays true where practice.toml moved them."""
    return key_names(",".join(keys_of(app_binding(binding_id), keymap)))


def area_keys(*ids: str) -> list[Binding]:
    """The app's keys with these ids, for a screen that shows them in its footer: the same
    ids (one per action), so a key remapped in practice.toml moves everywhere at once."""
    return [
        dataclasses.replace(binding, action=f"app.{binding.action}", show=True)
        for binding in APP_BINDINGS
        if binding.id in ids
    ]


def press(
    keys: str, action: str, label: str, tooltip: str = "", *, id: str = "", show: bool = True
) -> Binding:
    """One key of a screen, for its ``BINDINGS``: its id is the action's name unless ``id``
    names it otherwise, under the screen's prefix (:class:`KeyedScreen`; the ids are public:
    practice.toml remaps keys by them)."""
    return Binding(keys, action, label, show=show, id=id or action, tooltip=tooltip)


def go_back(tooltip: str = "Back", action: str = "back") -> Binding:
    """Esc: the screen's way back, as on every screen (id ``back``); ``action`` where leaving
    first asks about what was typed."""
    return press("escape", action, "Back", tooltip, id="back")


def screen_keys(prefix: str, *keys: BindingType) -> list[BindingType]:
    """A screen's ``BINDINGS``: each :func:`press`'s id gets the screen's prefix ("queue" and
    "retry": "queue.retry"), so an id names one action in the whole app; a key that does the
    app's action (:func:`area_keys`, the field keys) keeps its own id ("go.calendar")."""
    return [
        binding
        if not isinstance(binding, Binding)
        or (binding.id and "." in binding.id)
        or binding.action.startswith("app.")
        else dataclasses.replace(binding, id=f"{prefix}.{binding.id}")
        for binding in keys
    ]


class KeyedScreen:
    """What every screen and dialog of the app starts from: it names its key-id prefix in
    its class line (``class QueueScreen(PostActions, keys="queue")``) and lists plain
    :func:`press` keys in ``BINDINGS``; the prefix is put on them here (:func:`screen_keys`),
    before Textual reads the class's bindings."""

    BINDINGS: ClassVar[list[BindingType]]

    def __init_subclass__(cls, keys: str = "", **kwargs: Any) -> None:
        if keys:
            if "BINDINGS" not in vars(cls):
                raise TypeError(f"{cls.__name__} names keys={keys!r} but lists no BINDINGS")
            cls.BINDINGS = screen_keys(keys, *vars(cls)["BINDINGS"])
        elif "BINDINGS" in vars(cls):
            bare = [
                binding.id
                for binding in vars(cls)["BINDINGS"]
                if isinstance(binding, Binding)
                and binding.id
                and "." not in binding.id
                and not binding.action.startswith("app.")
            ]
            if bare:
                raise TypeError(
                    f"{cls.__name__} lists keys {bare} with no prefix: name it in the class line"
                    ' (keys="...") so each id names one action in the whole app'
                )
        super().__init_subclass__(**kwargs)


def group_of(screen: Screen[Any]) -> str:
    """The title of ``screen``'s keys in help and in the palette ("Queue: Retry"): its
    ``GROUP``, or its class's name less "Screen" for a dialog that names none."""
    return getattr(screen, "GROUP", "") or type(screen).__name__.removesuffix("Screen")


def taken_keys(
    screen: Screen[Any], app_bindings: list[BindingType], keymap: Mapping[str, str]
) -> frozenset[str]:
    """The keys that on ``screen`` never do the app's action: the screen's own (there they do
    the screen's), and on a screen with fields every one-letter key (it goes into the field:
    "c  Calendar" in compose would say otherwise). Help and the palette show the app's keys
    less these."""
    taken = own_keys(screen.BINDINGS, keymap)
    if has_fields(screen):
        taken |= {key for key in own_keys(app_bindings, keymap) if len(key_names(key)) == 1}
    return taken


LEAVING_ACTIONS = frozenset({"go", "quit"})
"""Keys that leave the screen: they wait while a modal asks or compose holds unsaved text."""
