"""The app factory shared by the CLI and the tests, and the app itself: areas on letters,
help, the command palette, and keys remapped from practice.toml."""

from __future__ import annotations

import asyncio
import contextlib
import dataclasses
import gc
import importlib
import os
import threading
from collections.abc import Callable, Iterable, Mapping
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING, Any

from textual import events, work
from textual.actions import parse
from textual.app import App, SystemCommand
from textual.binding import Binding
from textual.command import Provider
from textual.dom import DOMNode
from textual.notifications import Notify, SeverityLevel
from textual.screen import ModalScreen, Screen
from textual.widget import AwaitMount
from textual.widgets import Input

from medsocial_tui.display import fit, terminal_safe
from medsocial_tui.home.practice import Practice, open_practice
from medsocial_tui.models import StaffMember
from medsocial_tui.records import staff
from medsocial_tui.records.staff import ACTION_WORDS, Action, Decision, decide
from medsocial_tui.tui.keys import (
    APP_BINDINGS,
    LEAVING_ACTIONS,
    app_binding,
    app_key_names,
    keys_of,
    own_keys,
)
from medsocial_tui.tui.typing_guard import is_field, keeps_from_bindings

if TYPE_CHECKING:
    from rich.console import RenderableType
    from textual.driver import Driver

    from medsocial_tui.tui.commands import AreaCommand

CSS_DIR = Path(__file__).parent / "css"
RIGHTS_POLL_SECONDS = 1.0
NOTICES_SHOWN = 2
"""Notices shown at once, the newest: at 80x24 four retries' notices and the start's policy
reminder took six rows and left the queue five of its eleven; an older notice gives way."""
"""How often the app looks whether the database changed (a policy published, a role changed,
in this process or another), so the footer, dimming and the queue follow it."""
HEADER_NAME_WIDTH = 48
"""The practice's name in the header is cut to this, so "medsocial — name" fits in 80."""
ROUTED_KEYS_WAIT = 1.0
"""Seconds a key run as it arrives waits at most for each widget to handle the keys before
it (a safety net: a widget waiting on the app itself would otherwise hold the keys)."""
PLUGIN_REPORT_DELAY = 0.5
"""Seconds after start before plugins load (and report failures): the first frame and the
first keys need no plugin."""


@dataclasses.dataclass(frozen=True)
class Area:
    """A screen the app opens by its key (action ``go('name')``) or from the palette; its
    module under ``medsocial_tui.tui.screens`` has the area's name and is imported when the
    area first opens (the queue's first frame needs none)."""

    screen: str
    """The screen's class in that module."""
    needs: Action | None = None
    """What the core requires of the signed-in person to open it (its key is dimmed, with
    the reason, for the others)."""
    over_home: bool = True
    """Opened over the queue, so Esc always leads home; False for an errand run from any
    screen (an hours change, a post from a template), which Esc ends where it began."""


AREAS: dict[str, Area] = {
    "calendar": Area("CalendarScreen"),
    "review": Area("ReviewScreen", Action.APPROVE),
    "channels": Area("ChannelsScreen"),
    "performance": Area("PerformanceScreen"),
    "inbox": Area("InboxScreen"),
    "policy": Area("PolicyScreen"),
    "hours": Area("HoursScreen", Action.HOURS_CHANGE, over_home=False),
    "templates": Area("TemplatesScreen", Action.COMPOSE, over_home=False),
}

TEXTUAL_COMMANDS_LEFT_OUT = frozenset({"Screenshot", "Keys", "Maximize", "Minimize"})
"""Textual's own palette commands a practice's staff should not meet: "Screenshot" writes
the screen (a patient's message, a name) to an SVG file outside the practice home, "Keys"
opens Textual's side panel beside ``?``'s help and squeezes 80 columns, "Maximize" and
"Minimize" change a widget's size and say nothing of how to get back."""


def _action_commands() -> type[Provider]:
    """The palette's provider of the app's actions, imported when the palette first opens
    (Textual takes a callable here): the first frame needs no palette."""
    from medsocial_tui.tui.commands import ActionCommands

    return ActionCommands


class MedsocialApp(App[object]):
    """The practice's social media, one keyboard away."""

    # App[object], not App[None]: the app exits with no value either way, but Textual types
    # a widget's ``app`` as ``App[object]`` (App is invariant in its return type), and
    # screens reach ``self.app.practice`` through it.

    TITLE = "medsocial"
    CSS_PATH = CSS_DIR / "app.tcss"
    """What the queue and the dialogs it opens need; every other screen brings the rest
    (:data:`~medsocial_tui.tui.screens.base.SCREENS_CSS`) when it first opens."""
    COMMANDS = App.COMMANDS | {_action_commands}
    ENABLE_COMMAND_PALETTE = True
    COMMAND_PALETTE_BINDING = "ctrl+p"
    BINDINGS = [*APP_BINDINGS]

    def __init__(self, practice: Practice, *, owns_practice: bool = False) -> None:
        super().__init__()
        self.practice = practice
        self.owns_practice = owns_practice
        self.sub_title = fit(terminal_safe(practice.config.name), HEADER_NAME_WIDTH)
        self._inbox_words = ""
        self._seen_version: tuple[int, int] | None = None
        self._polled_version: tuple[int, int] | None = None
        self._rights_seen: dict[Action, bool] = {}
        self._decisions: dict[Action, Decision] = {}
        self._me: StaffMember | None = None
        self._keys_by_class: dict[type, frozenset[str]] = {}
        self._turn_version: int | None = None
        """Other processes' commits as asked this turn of the loop (see ``data_stamp``)."""

    @property
    def keymap(self) -> Mapping[str, str]:
        """The keys remapped by binding id (practice.toml's ``[keys]``, as Textual reads
        them: "?" as "question_mark"), for help, the palette and the notices that name a key."""
        return self._keymap

    def set_keymap(self, keymap: Mapping[str, str]) -> None:
        self._keys_by_class.clear()
        super().set_keymap(keymap)

    def update_keymap(self, keymap: Mapping[str, str]) -> None:
        self._keys_by_class.clear()
        super().update_keymap(keymap)

    def data_stamp(self) -> tuple[int, int]:
        """Changes whenever the database does: another process committed (data_version), or
        this one wrote (total_changes of the app's connection, read each time).

        On the UI thread another process's commits are asked about once per turn of the
        event loop: one key asked a dozen times (the footer's check of what the person may
        do, the status line, the view read ahead), each a query of 10-30 us that let go of
        the GIL. A commit that comes during the turn is seen at the next, as if it had come
        a moment later."""
        store = self.practice.store
        loop = self._loop
        if loop is None or self._thread_id != threading.get_ident() or not loop.is_running():
            return store.data_stamp()
        version = self._turn_version
        if version is None:
            version = self._turn_version = store.data_version()
            loop.call_soon(self._next_turn)
        return (version, store.db.conn.total_changes)

    def _next_turn(self) -> None:
        self._turn_version = None

    def notify(
        self,
        message: str,
        *,
        title: str = "",
        severity: SeverityLevel = "information",
        timeout: float | None = None,
        markup: bool = True,
    ) -> None:
        """Every notice, from any screen: its words often quote a name, a post or a network's
        answer, so it is always shown as text (``markup`` is ignored) with control
        characters escaped."""
        super().notify(
            terminal_safe(message),
            title=terminal_safe(title),
            severity=severity,
            timeout=timeout,
            markup=False,
        )

    def withdraw_notices(self, words: str) -> None:
        """Take down the notices titled ``words``, or beginning "``words``:", that what the
        person did since has made untrue (a reply "Not sent" that then went)."""
        stale = [
            n for n in self._notifications if n.title == words or n.message.startswith(f"{words}:")
        ]
        for notice in stale:
            self._unnotify(notice, refresh=False)
        if stale:
            self._refresh_notifications()

    def _on_notify(self, event: Notify) -> None:
        """A notice arrives: the oldest give way so that at most :data:`NOTICES_SHOWN` show."""
        super()._on_notify(event)
        shown = list(self._notifications)
        for older in shown[: max(len(shown) - NOTICES_SHOWN, 0)]:
            self._unnotify(older, refresh=False)
        if len(shown) > NOTICES_SHOWN:
            self._refresh_notifications()

    def _fatal_error(self) -> None:
        """The app ends on a fault it did not expect: the traceback goes to the terminal with
        the code of each frame but not its variables. Textual shows every frame's locals by
        default, and here those hold post texts, replies, tokens and request headers; the
        person's scrollback (or a screen share) is no place for them."""
        from rich.segment import Segments
        from rich.traceback import Traceback

        self.bell()
        traceback = Traceback(show_locals=False, width=None)
        self._exit_renderables.append(
            Segments(self.console.render(traceback, self.console.options))
        )
        self._close_messages_no_wait()

    def _fresh(self) -> None:
        """Forget who is signed in and what they may do when the database changed (here or in
        another process): the footer asks on every key, the database only when needed."""
        version = self.data_stamp()
        if version != self._seen_version:
            self._seen_version = version
            self._decisions.clear()
            self._me = staff.by_login(self.practice.store, self.practice.login)

    @property
    def me(self) -> StaffMember | None:
        self._fresh()
        return self._me

    def may(self, action: Action) -> Decision:
        """The core's decision for the signed-in person, kept until the database changes."""
        self._fresh()
        if action not in self._decisions:
            self._decisions[action] = decide(self.practice.store, self._me, action)
        return self._decisions[action]

    def _display(self, screen: Screen[Any], renderable: RenderableType | None) -> None:
        """Textual's, with the frame handed to the thread that writes it to the terminal in
        one piece. Textual hands it over in three (the start of a synchronized update, the
        frame, its end): each one wakes that thread, which then waits for the processor and
        the GIL while the UI thread goes on, so on a busy machine the frame's end reached
        the terminal up to 6-8 ms after its start (the filter form's Enter: the frame
        queued at 6 ms, on the terminal at 12-17 ms). In a terminal the UI thread writes
        the frame itself when that thread is idle (:mod:`~medsocial_tui.tui.terminal_writer`)."""
        driver = self._driver
        if driver is None or renderable is None or "write" in vars(driver):
            super()._display(screen, renderable)
            return
        parts: list[str] = []
        driver.write = parts.append  # type: ignore[method-assign,assignment]  # kept
        try:
            super()._display(screen, renderable)
        finally:
            del driver.write  # Textual's again
            if parts:
                getattr(driver, "write_frame", driver.write)("".join(parts))

    def get_driver_class(self) -> type[Driver]:
        """Textual's driver; for a Linux or macOS terminal (Textual's LinuxDriver, unless
        TEXTUAL_DRIVER names another) one whose frames the UI thread writes itself when
        nothing else waits to be written (:class:`~medsocial_tui.tui.terminal_writer.
        FrameDriver`): handed to Textual's writer thread, a frame waited 0.3-15 ms for that
        thread to wake on a busy machine."""
        chosen = super().get_driver_class()
        if (chosen.__module__, chosen.__name__) != ("textual.drivers.linux_driver", "LinuxDriver"):
            return chosen
        from medsocial_tui.tui.terminal_writer import FrameDriver

        return FrameDriver

    def get_default_screen(self) -> Screen[Any]:
        """The queue is the app's first screen, not pushed over a blank one: the first frame
        Textual draws is the queue with its rows (a pushed queue drew an empty frame first
        and its rows one update period later)."""
        from medsocial_tui.tui.screens.queue import QueueScreen

        if self.practice.config.keys:
            self.set_keymap(dict(self.practice.config.keys))
        return QueueScreen()

    def on_mount(self) -> None:
        self.call_after_refresh(self.after_the_first_frame)

    def after_the_first_frame(self) -> None:
        """What the queue's first frame need not wait for: following the database for
        changes in what the signed-in person may do (what they may do now is asked of the
        database on every key, from the first), the notices about who is signed in and the
        policy, the inbox count in the header (off the UI thread), and, a moment later,
        loading the plugins."""
        if not gc.isenabled():
            # run_app paused the cycle collector for the start: what start-up made is set
            # aside (gc.freeze), so later collections walk only what the app makes after it
            gc.freeze()
            gc.enable()
        self._polled_version = self.data_stamp()
        self._rights_seen = self._rights_now()
        self.set_interval(RIGHTS_POLL_SECONDS, self.follow_the_database)
        if self.me is None:
            self.notify(
                f"{self.practice.login} is not on the staff list: you can look, not act. "
                "An admin adds you with `medsocial staff add`.",
                severity="warning",
                timeout=15,
            )
        self.remind_to_acknowledge()
        self.count_inbox()
        self.set_timer(PLUGIN_REPORT_DELAY, self.report_plugin_failures)

    def _rights_now(self) -> dict[Action, bool]:
        return {action: self.may(action).allowed for action in Action}

    def follow_the_database(self) -> None:
        """When the database changed, the footer and the dimmed keys are worked out again, and
        a change in what the signed-in person may do is said in words. Not while the app
        closes: its timer may tick once the last screen is gone."""
        if not self.screen_stack:
            return
        stamp = self.data_stamp()
        if stamp == self._polled_version:
            return
        self._polled_version = stamp
        self.count_inbox()
        before, now = self._rights_seen, self._rights_now()
        self._rights_seen = now
        self.screen.refresh_bindings()
        # a screen that shows what others may change (the policy's current version) reads
        # it again; the queue follows its own changes
        changed = getattr(self.screen, "database_changed", None)
        if callable(changed):
            changed()
        lost = [a for a in Action if before.get(a) and not now[a]]
        gained = [a for a in Action if now[a] and not before.get(a, True)]
        if lost:
            reason = self.may(lost[0]).reason
            names = ", ".join(ACTION_WORDS[a] for a in lost)
            self.notify(
                f"You can no longer {names}: {reason}.",
                title="Your rights changed",
                severity="warning",
                timeout=20,
                markup=False,
            )
        elif gained:
            names = ", ".join(ACTION_WORDS[a] for a in gained)
            self.notify(f"You can now {names}.", title="Your rights changed", markup=False)

    def count_inbox(self) -> None:
        """The header says how many inbox items wait for an answer, and how many of them are
        past the practice's target (``[inbox] answer_within_hours``), read in a worker: the
        first count imports the inbox and its reply guard, which takes longer than the
        queue's first frame."""
        if self.me is None:
            self.show_inbox_words("")
            return
        self._count_inbox()

    @work(thread=True, exclusive=True, group="inbox-count")
    def _count_inbox(self) -> None:
        from medsocial_tui.tui.inbox_header import header_words

        reader = self.practice.reader()  # the app's connection stays on the UI thread
        try:
            words = header_words(dataclasses.replace(self.practice, store=reader))
        except Exception:  # noqa: BLE001 - a header count must never stop the app
            words = ""
        finally:
            reader.close()
        self.call_from_thread(self.show_inbox_words, words)

    def show_inbox_words(self, words: str) -> None:
        if words == self._inbox_words:
            return
        self._inbox_words = words
        room = HEADER_NAME_WIDTH - (len(words) + 3 if words else 0)
        name = fit(terminal_safe(self.practice.config.name), room)
        self.sub_title = f"{name} · {words}" if words else name

    def on_key(self, event: events.Key) -> None:
        """Before any binding: typing on a form stays out of commands, and a dimmed key says
        why it does nothing."""
        screen = self.screen
        if keeps_from_bindings(screen, self.focused, event):
            event.prevent_default()
            event.stop()
            return
        active = screen.active_bindings.get(event.key)
        if active is None or active.enabled or is_field(self.focused):
            return
        decision = getattr(active.node, "decision", None)
        refused = decision(active.binding.action) if callable(decision) else None
        if refused is not None and not refused.allowed:
            self.notify(f"Not for you: {refused.reason}", severity="warning", markup=False)

    def report_plugin_failures(self) -> None:
        """A moment after the first frame (which needs no plugin), plugins load and any that
        failed is said in words. Keys remapped in practice.toml by an id no action has are
        said in words here too."""
        remapped = set(self.practice.config.keys)
        unknown = sorted(remapped - known_binding_ids()) if remapped else []
        if unknown:
            self.notify(
                f"practice.toml [keys]: no action has the id {', '.join(unknown)}; the help "
                f"screen ({app_key_names('help', self.keymap)}) lists the ids "
                "of each screen.",
                title="Keys not remapped",
                severity="warning",
                timeout=15,
            )
        host = self.practice.plugins
        for report in host.failures:
            self.notify(
                f"plugin {report.name} did not load: {report.error}",
                title="Plugin problem",
                severity="warning",
                timeout=15,
            )
        for channel in host.channels.values():  # what compose's first key would wait for
            try:
                channel.warm_up()
            except Exception:  # noqa: BLE001 - a plugin's bug here only makes counting slower
                pass

    def decision(self, action: str) -> Decision:
        """Whether the signed-in person may run the app's ``action``, spelled as a binding
        spells it ("go('review')"), and why not."""
        _namespace, name, parameters = parse(action)
        return self._decision(name, parameters)

    def _decision(self, action: str, parameters: tuple[object, ...]) -> Decision:
        if action == "undo_hours":  # the palette's: it opens the hours change
            action, parameters = "go", ("hours",)
        area = AREAS.get(str(parameters[0])) if action == "go" and parameters else None
        return self.may(area.needs) if area and area.needs else Decision(True)

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        """Areas and quit wait while a modal asks something or a screen holds unsaved work."""
        if action in LEAVING_ACTIONS:
            if isinstance(self.screen, ModalScreen) or getattr(self.screen, "holds_work", False):
                return False
        return True if self._decision(action, parameters).allowed else None

    def action_go(self, area: str) -> None:
        """Open ``area`` (a name in :data:`AREAS`), unless it is the screen shown: over the
        queue, so Esc always leads home, or over this screen for an errand."""
        from medsocial_tui.tui.screens.queue import QueueScreen

        module = importlib.import_module(f"medsocial_tui.tui.screens.{area}")
        screen_class: type[Screen[Any]] = getattr(module, AREAS[area].screen)
        if isinstance(self.screen, screen_class):
            return
        if AREAS[area].over_home:
            while len(self.screen_stack) > 1 and not isinstance(self.screen, QueueScreen):
                self.pop_screen()
        self.push_screen(screen_class())

    async def on_event(self, event: events.Event) -> None:
        """A key that opens a screen opens it before the keys behind it are routed: they
        land in its field, in order (see :meth:`open_on_key`)."""
        if isinstance(event, events.Key) and not event.is_forwarded:
            await self.screen_ready_for(event)
            if await self.open_on_key(event):
                return
        await super().on_event(event)

    async def screen_ready_for(self, event: events.Key) -> None:
        """A key waits for the screen just opened (by the answer to a dialog: "o", it is
        out, then its URL) to be mounted, and goes into its field."""
        screen = self.screen
        if not screen.is_mounted:
            await AwaitMount(screen, [screen])
            focus_now(screen)

    async def open_on_key(self, event: events.Key) -> bool:
        """Run the action ``event``'s key is bound to as the key arrives, once the keys
        before it are handled; when it opened a screen, read the next key only once that
        screen is mounted and its field has the focus. True when the key was taken here.

        Routed the usual way, a key reaches its binding only once it has bubbled up from the
        focused widget to the app, and a screen it opens takes the focus a message later:
        keys typed at once (fast over SSH, or pasted: "n" then the post) would be routed to
        the widget below by then, and lost, or run as its commands. Every bound key runs
        here, in the order the keys came ("down" then "t" retries the post below); keys
        typed into a field go the usual way, the palette's key excepted (F2 from a field
        opens it). A dialog that answers on a letter (``answer_now``) is asked first: what
        its caller opens next is up before the next key is read (see
        :meth:`screen_ready_for`)."""
        if is_field(self.focused) and not self._passes_the_field(event):
            return False  # typing: the field's (a field takes keys in the order they came)
        answer_now = getattr(self.screen, "answer_now", None)  # a dialog's letters (Choose)
        if not callable(answer_now) and not self._bound(event.key):
            return False
        await self._routed_keys_handled()
        await self.screen_ready_for(event)
        screen = self.screen
        answer_now = getattr(screen, "answer_now", None)
        answered = callable(answer_now) and await answer_now(event)
        if not answered and not await self._run_binding_now(screen, event):
            return False
        opened = self.screen
        if opened is not screen and opened.is_attached:
            await AwaitMount(opened, [opened])
            focus_now(opened)
        return True

    async def _run_binding_now(self, screen: Screen[Any], event: events.Key) -> bool:
        """Run the action ``event``'s key is bound to on the focused widget, a container of
        it, ``screen`` or the app; False where the key goes the usual way (into a field, or
        to nothing)."""
        if keeps_from_bindings(screen, self.focused, event):
            return False
        active = screen.active_bindings.get(event.key)
        if active is None or not active.enabled:
            return False
        if is_field(self.focused) and not self._passes_the_field(event):
            return False
        if not self.app_focus:
            self.app_focus = True
        ran = await self.run_action(active.binding.action, active.node)
        if not ran and event.key == "ctrl+c":
            # Textual's ctrl+c copies a selection and, with none, skips: the reflex for
            # leaving a terminal program did nothing, and the queue's footer has no room for q
            self.notify(
                f"{app_key_names('quit', self.keymap)} leaves medsocial (ctrl+c only copies "
                "selected text)",
                title="Quit?",
            )
        return True

    async def _routed_keys_handled(self) -> None:
        """Wait until the keys already routed to the focused widget have been handled by it
        and by each container they bubble up through, so that a key run as it arrives does
        not overtake them. A node that no longer takes messages is passed over; one that
        takes longer than a second is not waited for (the key then runs as it would have)."""
        node: DOMNode | None = self.focused or self.screen
        while node is not None and node is not self:
            handled = asyncio.Event()
            if node.call_later(handled.set):
                with contextlib.suppress(TimeoutError):
                    await asyncio.wait_for(handled.wait(), ROUTED_KEYS_WAIT)
            node = node.parent

    def _passes_the_field(self, event: events.Key) -> bool:
        """Whether ``event``, typed in the focused field, goes past it to a binding of its
        form, screen or app (Tab, Esc, an F-key; the palette's key from any field): it is
        run here, in order, as a key on any other widget is. Routed the usual way it went
        up through the form's boxes a message at a time while the field took the next key:
        Tab then Enter in the filter form, typed at once, ran Enter in the field Tab left.
        A single-line field takes only printable keys and the keys it binds; a text area
        also takes Enter (and Tab and Esc when it indents) itself, so it passes only the
        palette's key."""
        if event.is_printable:
            return False
        if self._palette_key(event.key):
            return True
        field = self.focused
        if not isinstance(field, Input) or field.check_consume_key(event.key, event.character):
            return False
        return not any(event.key in self._class_keys(cls) for cls in type(field).__mro__)

    def _palette_key(self, key: str) -> bool:
        return key in keys_of(app_binding("commands"), self.keymap)

    def _bound(self, key: str) -> bool:
        """Whether the focused widget, a container of it, the screen or the app binds
        ``key`` (their classes or those they inherit from), as remapped: a cheap look before
        Textual's ``active_bindings``, which asks about every binding of the screen (a
        millisecond), so a key typed into a field or bound to nothing costs little more."""
        chain = self.focused.ancestors_with_self if self.focused else [self.screen]
        owners = {cls for node in [*chain, self] for cls in type(node).__mro__}
        return any(key in self._class_keys(owner) for owner in owners)

    def _class_keys(self, owner: type) -> frozenset[str]:
        """The keys ``owner`` binds itself (not those it inherits), as remapped: kept per
        class until the keymap changes."""
        keys = self._keys_by_class.get(owner)
        if keys is None:
            keys = own_keys(vars(owner).get("BINDINGS", []), self.keymap)
            self._keys_by_class[owner] = keys
        return keys

    def open_palette(self) -> AwaitMount | None:
        """Push the palette (unless it is open); what to await for it to be mounted."""
        from medsocial_tui.tui.commands import Palette

        if self.use_command_palette and not Palette.is_open(self):
            return self.push_screen(Palette(id="--command-palette"))
        return None

    def action_command_palette(self) -> None:
        self.open_palette()

    def action_help(self) -> None:
        from medsocial_tui.tui.screens.help import HelpScreen

        if not isinstance(self.screen, HelpScreen):
            self.push_screen(HelpScreen(self.screen))

    def action_undo_hours(self) -> None:
        from medsocial_tui.tui.screens.hours import HoursScreen

        self.action_go("hours")

        def undo_last() -> None:
            if isinstance(self.screen, HoursScreen):
                self.screen.action_undo_last()

        self.call_after_refresh(undo_last)

    def get_system_commands(self, screen: Screen[Any]) -> Iterable[SystemCommand]:
        yield from (
            command
            for command in super().get_system_commands(screen)
            if command.title not in TEXTUAL_COMMANDS_LEFT_OUT
        )
        for command in self.area_commands():
            yield SystemCommand(command.title, command.help, command.callback)

    def if_allowed(self, action: str, then: Callable[[], None]) -> None:
        """Run ``then`` when the signed-in person may; else say why (from the palette)."""
        decision = self.decision(action)
        if decision.allowed:
            then()
        else:
            self.notify(f"Not for you: {decision.reason}", severity="warning", markup=False)

    def area_commands(self) -> list[AreaCommand]:
        """The palette's commands that are no key's, with the words people search them by."""
        from medsocial_tui.tui.commands import AreaCommand
        from medsocial_tui.tui.screens.policy import VersionsScreen
        from medsocial_tui.tui.screens.staff import StaffScreen

        return [
            AreaCommand(
                "Hours: post an hours change",
                "Closed, opening late, closing early: every account and special hours",
                partial(self.if_allowed, "go('hours')", partial(self.action_go, "hours")),
                "snow storm weather closed closing late early power outage emergency special "
                "hours office shut",
            ),
            AreaCommand(
                "Hours: undo the last hours change",
                "Put back the special hours and post a correction",
                partial(self.if_allowed, "undo_hours", self.action_undo_hours),
                "undo correction reopen open again snow closed",
            ),
            AreaCommand(
                "Templates: write a post from a template",
                "Q&A card, article, health alert, provider availability, live session",
                partial(self.if_allowed, "go('templates')", partial(self.action_go, "templates")),
                "card q&a qa question answer image article flu health alert outbreak "
                "provider availability live session education",
            ),
            AreaCommand(
                "Performance: how posts did",
                "Charts per account and kind of post, last period beside this one, best posts",
                partial(self.action_go, "performance"),
                "metrics numbers statistics stats insights likes views reach report chart "
                "graph performing engagement followers calls",
            ),
            AreaCommand(
                "Inbox: comments, messages, reviews",
                "What people wrote to the practice's accounts, and the replies",
                partial(self.action_go, "inbox"),
                "inbox reply replies review reviews comment comments message messages "
                "mention mentions answer respond google facebook",
            ),
            AreaCommand(
                "Policy: Read and acknowledge",
                "The current social-media policy",
                partial(self.action_go, "policy"),
                "acknowledge policy read sign rules",
            ),
            AreaCommand(
                "Policy: Versions",
                "Drafts, publish, compare, export",
                lambda: self.push_screen(VersionsScreen()),
                "publish draft compare export retire policy",
            ),
            AreaCommand(
                "Staff: List",
                "Roles, acknowledgements, training, audit notes",
                lambda: self.push_screen(StaffScreen()),
                "staff people roles training trained audit note acknowledgement report add",
            ),
            AreaCommand(
                "Patients: Authorisations",
                "Patients' written permission: add, revoke, takedown lists",
                self._open_authorisations,
                "patient permission consent authorisation authorization testimonial "
                "success story before after photo revoke takedown",
            ),
        ]

    # Policy & staff (issue 8)

    def remind_to_acknowledge(self) -> None:
        """Say why compose, approve and reply are missing for someone who has not yet
        acknowledged the current policy, and where to do it; and, in the same notice, when
        their own training is missing, overdue or due soon (only the staff screen said so,
        which a newcomer never opened)."""
        from medsocial_tui.records import policy, training

        me = self.me
        if me is None:
            return
        said: list[str] = []
        missing = policy.unacknowledged_version(self.practice.store, me.id)
        if missing is not None:
            said.append(
                f"Read and acknowledge policy version {missing.number} to compose, approve or "
                f"reply: press {app_key_names('policy', self.keymap)}."
            )
        mine = training.person_status(self.practice.store, me.id)
        today = self.practice.today()
        if mine is not None and (mine.overdue(today) or mine.due_soon(today)):
            said.append(
                f"Your social-media training: {mine.words(today)}. Once you have done it, an "
                "admin records it on the staff screen."
            )
        if said:
            self.notify(
                "\n".join(said),
                title="Policy" if missing is not None else "Training",
                severity="warning",
                timeout=20,
                markup=False,
            )

    def _open_authorisations(self) -> None:
        from medsocial_tui.tui.screens.authorisations import AuthorisationsScreen

        self.push_screen(AuthorisationsScreen())

    def on_unmount(self) -> None:
        if self.owns_practice:
            self.practice.close()


def focus_now(screen: Screen[Any]) -> None:
    """Give the first field (an ``Input`` or a ``TextArea``) among the widgets ``screen``'s
    ``AUTO_FOCUS`` names the focus now, unless something has it: Textual gives the focus on
    a later message, behind the keys already read, and these keys are meant for the field."""
    auto_focus = screen.app.AUTO_FOCUS if screen.AUTO_FOCUS is None else screen.AUTO_FOCUS
    if screen.focused is not None or not auto_focus:
        return
    for widget in screen.query(auto_focus):
        if is_field(widget) and widget.focusable:
            screen.set_focus(widget)
            return


def known_binding_ids() -> set[str]:
    """Every binding id of the app, its screens and dialogs (what [keys] may remap)."""
    import pkgutil

    from medsocial_tui.tui import screens, widgets

    ids = {b.id for b in MedsocialApp.BINDINGS if isinstance(b, Binding) and b.id}
    for package in (screens, widgets):
        for info in pkgutil.iter_modules(package.__path__):
            module = importlib.import_module(f"{package.__name__}.{info.name}")
            for value in vars(module).values():
                if isinstance(value, type) and issubclass(value, DOMNode):
                    ids.update(b.id for b in value.BINDINGS if isinstance(b, Binding) and b.id)
    return ids


def create_app(
    home: str | os.PathLike[str] | None = None, *, practice: Practice | None = None
) -> MedsocialApp:
    """Build the app for a practice home (or an already opened practice, in tests)."""
    if practice is not None:
        return MedsocialApp(practice)
    return MedsocialApp(open_practice(home), owns_practice=True)
