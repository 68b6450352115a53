"""Which posts the queue shows: the usual views (cycled with f) and a form (/) to choose by
state, status, account, author and dates in plain words."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from textual import events
from textual.app import ComposeResult
from textual.await_complete import AwaitComplete
from textual.await_remove import AwaitRemove
from textual.containers import Grid, Vertical
from textual.geometry import Region
from textual.screen import ModalScreen, Screen
from textual.timer import Timer
from textual.widgets import Input, Label, Select

from medsocial_tui.errors import MedsocialError
from medsocial_tui.publishing import queue_views
from medsocial_tui.publishing.states import WAITING_FOR_A_PERSON, PostStatus
from medsocial_tui.records import staff
from medsocial_tui.tui.keys import press
from medsocial_tui.tui.safe import TextInput, TextLabel, shown
from medsocial_tui.tui.screens.base import PracticeScreen
from medsocial_tui.tui.widgets.dropdown import Dropdown
from medsocial_tui.tui.words import post_status
from medsocial_tui.when import parse_when

F = queue_views.QueueFilter
ANY = "any"
TYPING_PAUSE = 0.3
"""Seconds after the last key typed in a field before the form's view is read ahead: not a
read of 100,000 posts' text for every letter."""
NOT_VALIDATED = ()
"""The form's fields have no validators: Textual's Input still "validated" them on Enter,
marking the field valid with a class, which styled it again (a millisecond of Enter's frame,
for a form that is closing)."""


class _ShowsOnEnter(Input):
    """A field of the filter form, where Enter shows the posts at once. Textual's field
    sends Enter up through the form's boxes, the form and the app to find the field's own
    binding, then a message that it was submitted up the same way again: 14% of the Python
    calls from Enter to the frame that shows the rows (about 1,440 of 10,100)."""

    async def _on_key(self, event: events.Key) -> None:
        screen = self.screen
        if event.key == "enter" and isinstance(screen, FilterScreen):
            event.stop()
            event.prevent_default()
            screen.action_show()
            return
        await super()._on_key(event)


class FormInput(_ShowsOnEnter):
    """The form's text field (words in the post)."""


class FormTextInput(_ShowsOnEnter, TextInput):
    """The form's date fields."""


@dataclass(frozen=True)
class QueueView:
    """A named filter: what the status line calls it, and what the core reads."""

    name: str
    filter: queue_views.QueueFilter


STATE_GROUPS: dict[str, tuple[str, ...]] = {
    "needs a person": tuple(sorted(s.value for s in WAITING_FOR_A_PERSON)),
    "failed": ("failed",),
    "unknown": ("unknown",),
    "held (missed its time)": ("held",),
    "to post by hand": ("todo",),
    "in review": ("in_review",),
    "scheduled": ("scheduled", "deferred"),
    "published": ("published",),
    "drafts and sent back": ("draft", "rejected"),
    "canceled": ("canceled",),
}

PRESETS: tuple[QueueView, ...] = (
    QueueView("all posts", F()),
    QueueView("needs a person", F(states=STATE_GROUPS["needs a person"])),
    QueueView("waiting for review", F(status="in_review")),
    QueueView("scheduled", F(states=STATE_GROUPS["scheduled"])),
    QueueView("published", F(states=("published",))),
    QueueView("drafts and sent back", F(states=STATE_GROUPS["drafts and sent back"])),
)


def _choice(label: str, options: Sequence[tuple[Any, str]], value: str) -> ComposeResult:
    """One row of the filter: its label, and a choice of ``options`` or any."""
    yield Label(label)
    yield Dropdown(
        [(ANY, ANY), *options], value=value, allow_blank=False, compact=True, id=f"f-{label}"
    )


class FilterScreen(PracticeScreen[QueueView | None], ModalScreen[QueueView | None], keys="filter"):
    """Choose the queue's filter: words in the text, state, status, account, author, dates;
    Enter in a field (or F3) shows it, Esc keeps the old one."""

    BINDINGS = [
        press("f3", "show", "Show", "Show the posts that match"),
        press("f8", "clear", "Clear", "Show every post"),
        press("escape", "cancel", "Cancel"),
    ]

    def __init__(
        self,
        current: QueueView,
        show: Callable[[QueueView, Callable[[], None]], None] | None = None,
        keep: Callable[[], None] | None = None,
        ahead: Callable[[QueueView], None] | None = None,
        uncovered: Callable[[list[Region]], None] | None = None,
        later: Callable[[Callable[[], None]], None] | None = None,
    ) -> None:
        """``show(view, close)``, when given, reads the view chosen and calls ``close()`` once
        its rows are in (the form closes in their frame); without it the form is dismissed
        with the view. ``keep()``, on Esc, drops a view asked for and not yet shown.
        ``ahead(view)`` is told the view the fields describe as they change (a list at once,
        typed words once the typing pauses), to read it before Enter asks for it.
        ``uncovered(regions)`` is told, as the form closes, the parts of the screen it drew
        on: the screen beneath (which shows through the rest) draws only those again.
        ``later(callback)`` calls back once the screen beneath has drawn its next frame:
        the closed form is taken out of the app then (see ``remove``)."""
        super().__init__()
        self.current = current
        self.show = show
        self.keep = keep
        self.ahead = ahead
        self.uncovered = uncovered
        self.later = later
        self._typed: Timer | None = None
        self._close_on_resume = False

    def compose(self) -> ComposeResult:
        f = self.current.filter
        state = next((k for k, v in STATE_GROUPS.items() if v == f.states), ANY)
        accounts = [(shown(f"{a.id} ({a.channel})"), a.id) for a in self.practice.config.accounts]
        people = [
            (shown(f"{m.login} ({m.name})"), m.login)
            for m in staff.everyone(self.practice.store, include_inactive=True)
        ]
        with Vertical(id="filter"):
            yield Label("Show posts where", classes="title")
            with Grid(id="filter-grid"):
                yield Label("text")
                yield FormInput(
                    value=f.text or "",
                    placeholder="words in the post, e.g. flu shots",
                    compact=True,
                    validate_on=NOT_VALIDATED,
                    id="f-text",
                )
                yield from _choice("state", [(k, k) for k in STATE_GROUPS], state)
                statuses = [(post_status(s), s.value) for s in PostStatus]
                yield from _choice("status", statuses, f.status or ANY)
                yield from _choice("account", accounts, f.accounts[0] if f.accounts else ANY)
                yield from _choice("author", people, f.author or ANY)
                yield Label("from")
                yield FormTextInput(
                    placeholder="e.g. last monday, Nov 1",
                    compact=True,
                    validate_on=NOT_VALIDATED,
                    id="f-since",
                )
                yield Label("until")
                yield FormTextInput(
                    placeholder="e.g. tomorrow, Dec 31",
                    compact=True,
                    validate_on=NOT_VALIDATED,
                    id="f-until",
                )
            yield TextLabel("", id="f-problem", classes="problem")
            yield Label("F3 or Enter shows, F8 clears, Esc keeps the old view", classes="hint")

    def on_mount(self) -> None:
        self.query_one("#f-text", Input).focus()

    def on_input_submitted(self) -> None:
        self.action_show()

    def _when(self, field: str, prefer: str) -> datetime | None:
        words = self.query_one(field, Input).value.strip()
        return parse_when(words, self.practice.tz, prefer=prefer) if words else None

    def on_select_changed(self) -> None:
        self._read_ahead()

    def on_input_changed(self) -> None:
        if self.ahead is None:
            return
        if self._typed is not None:
            self._typed.stop()
        self._typed = self.set_timer(TYPING_PAUSE, self._read_ahead)

    def _read_ahead(self) -> None:
        """Tell ``ahead`` the view the fields describe now (none while a date is not yet
        understood: Enter says why)."""
        if self.ahead is None or not self.is_mounted:
            return
        try:
            view = self._view()
        except MedsocialError:
            return
        if view.filter != self.current.filter:
            self.ahead(view)

    def action_show(self) -> None:
        if self._typed is not None:
            self._typed.stop()
        try:
            view = self._view()
        except MedsocialError as exc:
            self.query_one("#f-problem", Label).update(exc.what)
            return
        self._chosen(view)

    def _view(self) -> QueueView:
        """The view the fields describe, named in words; raises when a date is not
        understood."""
        state = str(self.query_one("#f-state", Select).value)
        status = str(self.query_one("#f-status", Select).value)
        account = str(self.query_one("#f-account", Select).value)
        author = str(self.query_one("#f-author", Select).value)
        text = self.query_one("#f-text", Input).value.strip()
        since = self._when("#f-since", "past")
        until = self._when("#f-until", "future")
        flt = F(
            states=STATE_GROUPS.get(state, ()),
            accounts=() if account == ANY else (account,),
            author=None if author == ANY else author,
            status=None if status == ANY else status,
            since=since,
            until=until,
            text=text or None,
        )
        words = [f'"{text}"'] if text else []
        words += [w for w in (state, account, author) if w != ANY]
        if status != ANY:
            words.append(f"status {post_status(status)}")
        tz = self.practice.tz
        if since:
            words.append(f"from {since.astimezone(tz):%d %b}")
        if until:
            words.append(f"until {until.astimezone(tz):%d %b}")
        return QueueView(" ".join(words) or "all posts", flt)

    def _chosen(self, view: QueueView) -> None:
        if self.show is None:
            self.dismiss(view)
        else:
            self.show(view, self._close)

    def dismiss(self, result: QueueView | None = None) -> AwaitComplete:
        """Closed: the screen beneath is told which parts of the screen the form covered
        (see ``uncovered``) before Textual shows it again."""
        if self.uncovered is not None and self.app.screen is self:
            self.uncovered(self._covered())
        return super().dismiss(result)

    def _covered(self) -> list[Region]:
        """Where this screen drew anything of its own: the form's box, and any list opened
        from it or notice shown over it. (Its background is transparent: elsewhere the
        screen beneath shows as it is.)"""
        return [
            region.intersection(clip)
            for widget, (region, clip) in self._compositor.visible_widgets.items()
            if widget is not self
        ]

    def remove(self) -> AwaitRemove:
        """Taken out of the app once closed, without the layout of the queue beneath that
        Textual asks for when any child of the app goes (the queue draws what the form
        covered as it closes; that layout, asked twice, drew it whole twice more after the
        frame that showed the rows), and without moving the focus to another field of the
        form first (its blur and the styles of the fields around it, for a form that goes).
        With ``later``, once the frame that shows the rows is drawn: taking out the form's
        two dozen widgets (each one's messages closed, its timers stopped) is work for
        widgets no longer on screen."""
        self.set_reactive(Screen.focused, None)
        if self.later is not None and self not in self.app.screen_stack:
            self.later(self._take_out)
            return AwaitRemove([])
        return self.app._prune(self, parent=None)

    def _take_out(self) -> None:
        self.app._prune(self, parent=None)  # under way; nothing waits for it to end

    def _close(self) -> None:
        """The rows asked for are shown: the form goes, unless Esc closed it meanwhile; under
        another screen (the command palette, opened while the rows were read), once that
        one closes. Textual's ``is_current`` is true for a screen seen under another, and
        the form's dismiss then closed the palette and left the form open."""
        if self not in self.app.screen_stack:
            return
        if self.app.screen is self:
            self.dismiss(None)
        else:
            self._close_on_resume = True

    def on_screen_resume(self) -> None:
        if self._close_on_resume:
            self.dismiss(None)

    def action_clear(self) -> None:
        self._chosen(PRESETS[0])

    def action_cancel(self) -> None:
        if self.keep is not None:
            self.keep()  # after Enter, the view asked for is not shown: Esc keeps the old
        self.dismiss(None)
