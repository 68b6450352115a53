"""Keys typed on a screen with text fields go into the fields, never to a command.

A person typing "How often should..." into a form whose focus sits on a list (or on a
container) must not open the channels (h), run online tests (t) or open help (?): on a screen
where a field could take the key, a printable key reaches only the focused widget's own
bindings (Space ticks an account), never the screen's or the app's. F-keys, Esc, Tab and the
arrows are not printable and keep working everywhere."""

from __future__ import annotations

import sys
from collections.abc import Callable, Sequence
from typing import Any

from textual import events
from textual.screen import Screen
from textual.widget import Widget
from textual.widgets import Input

TEXT_AREA_MODULE = "textual.widgets._text_area"


def is_field(widget: object) -> bool:
    """An ``Input`` or a ``TextArea``. Until a screen that edits text imported ``TextArea``
    no widget can be one, so the app's start does not import it only to ask."""
    if isinstance(widget, Input):
        return True
    text_area = sys.modules.get(TEXT_AREA_MODULE)
    return text_area is not None and isinstance(widget, text_area.TextArea)


def has_fields(screen: Screen[Any]) -> bool:
    """A field on the screen could take typing: one shown and not disabled. A screen that
    says it never shows one (``TAKES_TYPING = False``) is not searched, on every key."""
    if getattr(screen, "TAKES_TYPING", True) is False:
        return False
    return any(
        field.display and not field.disabled and field.can_focus
        for field in screen.query("Input, TextArea").results(Widget)
    )


def keeps_from_bindings(screen: Screen[Any], focused: Widget | None, event: events.Key) -> bool:
    """True when ``event`` must not reach a binding of the screen or the app: only the focused
    widget's own bindings (and those of its containers) take a printable key here."""
    if not event.is_printable or is_field(focused):
        return False
    if not has_fields(screen):
        return False
    active = screen.active_bindings.get(event.key)
    if active is None:
        return True
    owner = active.node
    return owner is screen or owner is screen.app or not isinstance(owner, Widget)


def after_typing(widgets: Sequence[Widget], then: Callable[[], None]) -> None:
    """``then()`` once each of ``widgets`` has taken the keys already sent to it: a priority
    key (Enter that saves) is read before the letters typed just ahead of it reach their
    field, so what it does waits for them."""
    if not widgets:
        then()
        return
    widgets[0].call_later(after_typing, widgets[1:], then)
