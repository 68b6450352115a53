"""The one base of the app's screens: ``PracticeScreen`` (the practice, the signed-in person,
core calls in thread workers whose refusals are notices in words), and ``AreaScreen`` on it
for full screens (keys offered only to those allowed, with the reason in words). Dialogs are
``PracticeScreen`` on a ``ModalScreen``."""

from __future__ import annotations

import asyncio
import contextlib
import dataclasses
import functools
import inspect
import threading
from collections.abc import Callable, Coroutine, Iterator, Sequence
from pathlib import Path, PurePath
from typing import TYPE_CHECKING, Any, ClassVar, Generic, TypeVar, cast, overload

from textual import work
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import VerticalScroll
from textual.message import Message
from textual.screen import Screen
from textual.widget import Widget
from textual.widgets import DataTable, Header, Static

from medsocial_tui.errors import ComplianceBlocked, MedsocialError, UsageError
from medsocial_tui.home.practice import Practice
from medsocial_tui.models import StaffMember
from medsocial_tui.records.staff import Action, Decision
from medsocial_tui.tui.keys import KeyedScreen
from medsocial_tui.tui.safe import TextStatic, TextTable
from medsocial_tui.tui.typing_guard import has_fields
from medsocial_tui.tui.widgets.ask import Ask
from medsocial_tui.tui.widgets.footer import KeyFooter

if TYPE_CHECKING:
    from medsocial_tui.store import Store
    from medsocial_tui.tui.app import MedsocialApp

T = TypeVar("T")
R = TypeVar("R")
S = TypeVar("S", bound="RowsScreen[Any]")


SCREENS_CSS: list[str | PurePath] = [
    Path(__file__).parent.parent / "css" / name
    for name in ("compose.tcss", "areas.tcss", "policy.tcss")
]
"""The styles of the screens other than the queue. Textual reads a screen's ``CSS_PATH`` into
the app's one stylesheet the first time such a screen opens, after the app's own
``app.tcss``, in this order, as if the app had named them all: the queue's first frame
neither parses them nor matches its widgets against them."""


_READERS = threading.local()


def warm_reader(practice: Practice) -> Store:
    """This worker thread's read-only connection to the practice's database, opened on its
    first read and then kept: a new connection starts with an empty page cache and reads the
    schema again, which costs several times the queue's reads themselves (5-10 ms against
    0.3-1 at 100,000 posts). It closes when its thread ends (with the app)."""
    readers: dict[Path, tuple[int, Store]] = _READERS.__dict__.setdefault("stores", {})
    path = practice.home.database_path
    try:
        inode = path.stat().st_ino  # the same file: not one put in its place since
    except OSError:
        inode = -1
    known = readers.get(path)
    if known is not None and known[0] == inode:
        return known[1]
    if known is not None:
        forget_reader(known[1])
    store = practice.reader()
    readers[path] = (inode, store)
    return store


def forget_reader(store: Store) -> None:
    """Close ``store`` (a read failed, or its file was replaced); the next read opens one."""
    readers: dict[Path, tuple[int, Store]] = _READERS.__dict__.setdefault("stores", {})
    known = readers.get(store.path)
    if known is not None and known[1] is store:
        del readers[store.path]
    store.close()


@dataclasses.dataclass(frozen=True)
class _Call:
    """A core call a screen makes in a worker (:meth:`PracticeScreen.attempt`): ``fn`` with
    the practice, ``args`` and ``kwargs``; ``then`` with its result on the UI thread; ``again``
    with the words of a refusal about the answer typed (the question asked again)."""

    what: str
    fn: Callable[..., Any]
    args: tuple[Any, ...]
    kwargs: dict[str, Any]
    then: Callable[[Any], None] | None
    again: Callable[[str], None] | None = None

    @property
    def key(self) -> object:
        """The same call asked again while it runs (a key pressed twice) has the same key."""
        return (self.what, self.fn, repr(self.args), repr(sorted(self.kwargs.items())))


class PracticeScreen(KeyedScreen, Screen[R]):
    """What every screen and dialog of the app shares: the practice, the signed-in person,
    and ``attempt``, which runs a core call in a thread worker and posts the outcome back
    as a message (as harlequin does), so no database or network work holds the keys."""

    CSS_PATH: ClassVar[str | PurePath | list[str | PurePath] | None] = SCREENS_CSS
    _medsocial: MedsocialApp | None = None

    @property
    def medsocial(self) -> MedsocialApp:
        """The app, typed: these screens only ever run inside ``MedsocialApp``. Kept from the
        first time it is asked (on the UI thread, as the screen opens): a worker thread finds
        a screen's app through the screen's place on the stack, and a person may close the
        screen while its worker still runs ("t" on the channels, then Esc), which would
        leave the worker with no app (NoActiveAppError ends the app)."""
        if self._medsocial is None:
            self._medsocial = cast("MedsocialApp", self.app)
        return self._medsocial

    @property
    def practice(self) -> Practice:
        return self.medsocial.practice

    @property
    def me(self) -> StaffMember | None:
        return self.medsocial.me

    @contextlib.contextmanager
    def reading(self) -> Iterator[Practice]:
        """The practice on a read-only connection of its own, for a worker thread (connections
        are per thread); the connection is closed after. A screen that reads on every key
        keeps one per worker thread instead (:func:`warm_reader`)."""
        reader = self.practice.reader()
        try:
            yield dataclasses.replace(self.practice, store=reader)
        finally:
            reader.close()

    class Done(Message):
        """A core call made by ``attempt`` agreed: ``then(result)`` runs on the UI thread."""

        def __init__(
            self, then: Callable[[Any], None] | None, result: Any, call: object = None
        ) -> None:
            super().__init__()
            self.then, self.result, self.call = then, result, call

    class Refused(Message):
        """A core call made by ``attempt`` refused, in words; ``again(words)``, when given,
        takes the refusal instead of a notice (the question is asked again)."""

        def __init__(
            self,
            what: str,
            words: str,
            again: Callable[[str], None] | None = None,
            call: object = None,
        ) -> None:
            super().__init__()
            self.what, self.words, self.again, self.call = what, words, again, call

    @overload
    def attempt(
        self,
        what: str,
        fn: Callable[..., Coroutine[Any, Any, T]],
        *args: Any,
        then: Callable[[T], None] | None = None,
        **kwargs: Any,
    ) -> None: ...

    @overload
    def attempt(
        self,
        what: str,
        fn: Callable[..., T],
        *args: Any,
        then: Callable[[T], None] | None = None,
        **kwargs: Any,
    ) -> None: ...

    def attempt(
        self,
        what: str,
        fn: Callable[..., Any],
        *args: Any,
        then: Callable[[Any], None] | None = None,
        **kwargs: Any,
    ) -> None:
        """Call a core function with the practice in a thread worker on its own connection
        (a write may wait for flush's lock, a network may take seconds), so keys never wait
        for it. The worker posts a message back: ``then(result)`` runs on the UI thread when
        the core agreed; a refusal becomes a notice in words. A coroutine function (an hours
        change posts to every network) runs to its end in the worker. The same call asked
        again while it runs (a key pressed twice) is not made twice."""
        self._start(_Call(what, fn, args, kwargs, then))

    def _start(self, call: _Call) -> None:
        """Start the worker, unless the same call is still running: "a a" on review, or
        "t t" on the queue, approved or retried once and then said "Not approved: post 9
        is approved" about the first press's own success."""
        running: set[object] = self.__dict__.setdefault("_calls_running", set())
        if call.key in running:
            return
        running.add(call.key)
        self.practice.plugins  # noqa: B018 - loaded here once, not in the worker's copy
        self._attempt_worker(call)

    def _finished(self, call: object) -> None:
        self.__dict__.get("_calls_running", set()).discard(call)

    def attempt_after(
        self,
        question: Screen[Any],
        what: str,
        fn: Callable[..., Any],
        *args: Any,
        answer_as: str = "",
        then: Callable[[Any], None] | None = None,
    ) -> None:
        """Ask ``question`` (an ``Ask`` or a ``Confirm``), then :meth:`attempt` ``fn`` once it
        is answered (not canceled, not "no"): with ``args`` and an ``Ask``'s words, last or
        as the keyword ``answer_as``; a ``Confirm``'s yes is not passed on."""

        def answered(answer: object) -> None:
            # canceled (None) or "no" (False); "" is an answer where the Ask allows it
            if answer is None or answer is False:
                return
            words = (answer,) if isinstance(answer, str) and not answer_as else ()
            named = {answer_as: answer} if answer_as else {}
            again = None
            if isinstance(question, Ask) and isinstance(answer, str):
                again = functools.partial(ask_again, answer)
            self._start(_Call(what, fn, (*args, *words), named, then, again))

        def ask_again(answer: str, problem: str) -> None:
            """The answer itself was refused (the guard stopped a reason, a URL was not
            one): the question again, with what was typed and why, not a notice after the
            words are gone."""
            assert isinstance(question, Ask)
            self.app.push_screen(question.again(answer, problem), answered)

        self.app.push_screen(question, answered)

    attempt_in_thread = attempt
    """The name ``attempt`` had when only some calls ran in a thread: every call does now."""

    @work(thread=True, group="area-writes")
    def _attempt_worker(self, call: _Call) -> None:
        store = self.practice.reopen_store()
        try:
            result = call.fn(
                dataclasses.replace(self.practice, store=store), *call.args, **call.kwargs
            )
            if inspect.iscoroutine(result):
                result = asyncio.run(result)
        except MedsocialError as exc:
            about_the_answer = isinstance(exc, (UsageError, ComplianceBlocked))
            again = call.again if about_the_answer else None
            self.post_message(self.Refused(call.what, exc.for_people(), again, call.key))
            return
        finally:
            store.close()
        self.post_message(self.Done(call.then, result, call.key))

    def on_practice_screen_done(self, message: Done) -> None:
        self._finished(message.call)
        if message.then is not None:
            message.then(message.result)

    def on_practice_screen_refused(self, message: Refused) -> None:
        self._finished(message.call)
        if message.again is not None:
            message.again(message.words)
            return
        self.notify(message.words, title=message.what, severity="error", timeout=12, markup=False)


FIELD_KEYS: list[BindingType] = [
    # Priority: Tab moves the focus in the order the keys came. Without it, Tab reaches the
    # screen only after bubbling up behind the editor's own text changes, and keys that
    # arrived in the same read over SSH (the arrows, Space) land in the old field.
    Binding("tab", "app.focus_next", "Next field", show=False, priority=True, id="next_field"),
    Binding(
        "shift+tab",
        "app.focus_previous",
        "Previous field",
        show=False,
        priority=True,
        id="previous_field",
    ),
]
"""Tab and Shift+Tab on every screen with fields: the app's areas and the forms."""


class AreaScreen(PracticeScreen[R]):
    """A screen of the app. ``NEEDS`` maps an action name to what the core requires for it;
    such keys are shown dimmed, and the palette says why, when the person may not use them."""

    BINDINGS: ClassVar[list[BindingType]] = FIELD_KEYS
    GROUP: ClassVar[str] = ""
    """The palette group of this screen's actions: "Queue: Retry", "Calendar: Month"."""
    NEEDS: ClassVar[dict[str, Action]] = {}
    HELP_NOTES: ClassVar[tuple[str, ...]] = ()
    """Paragraphs the help screen shows above the keys, each wrapped to the screen's width:
    what no binding says (Tab, Space)."""
    holds_work: ClassVar[bool] = False
    """True where leaving by a global key would lose what a person typed."""
    TAKES_TYPING: ClassVar[bool] = True
    """False on a screen that never shows a text field: the keys then skip looking for one
    (a look through the screen's widgets, for every bound key, on every key pressed)."""

    def decision(self, action: str) -> Decision:
        """Whether the signed-in person may run this screen's ``action``, and why not."""
        if action.startswith("app."):
            return self.medsocial.decision(action.removeprefix("app."))
        needed = self.NEEDS.get(action)
        if needed is None:
            return Decision(True)
        return self.medsocial.may(needed)

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        """Dim what the signed-in person may not do (the core refuses it too)."""
        return True if self.decision(action).allowed else None

    def check_consume_key(self, key: str, character: str | None) -> bool:
        """On a screen with text fields, printable keys belong to the fields: the app's letter
        keys step aside (the footer shows their F-keys instead)."""
        return bool(character and character.isprintable()) and has_fields(self)

    def action_back(self) -> None:
        self.app.pop_screen()

    def reload(self) -> None:
        """Read what the screen shows again (a screen that shows rows overrides it)."""

    def say_and_reload(self, words: str) -> Callable[[object], None]:
        """A ``then`` for :meth:`attempt`: say ``words``, then read the screen again."""

        def then(_result: object) -> None:
            self.notify(words, markup=False)
            self.reload()

        return then

    @contextlib.contextmanager
    def refilled(self) -> Iterator[DataTable[Any]]:
        """The screen's table, emptied to be filled again; the cursor then stays on the row
        it was on (or the last one, where fewer came back)."""
        table = self.query_one(DataTable)
        row = table.cursor_row
        key = table.ordered_rows[row].key if 0 <= row < table.row_count else None
        table.clear()
        yield table
        if table.row_count:
            # the same row by its key, where the rows have keys: read again after someone
            # else added one above it, the cursor stayed on the index, on another person
            if key is not None and key.value is not None and key in table.rows:
                row = table.get_row_index(key)
            table.move_cursor(row=min(max(row, 0), table.row_count - 1))

    def row_of(self, rows: Sequence[T], table: str = "") -> T | None:
        """The one of ``rows`` under the cursor of the screen's table (``table``: a selector,
        where it has several)."""
        found = self.query_one(table, DataTable) if table else self.query_one(DataTable)
        row = found.cursor_row
        return rows[row] if 0 <= row < len(rows) else None


class RowsScreen(AreaScreen[None], Generic[T]):
    """A list screen (:func:`list_layout`): ``rows`` in the table, in ``COLUMNS`` (a label and
    a width, None for the rest of the line), and the highlighted one in full below it. A
    screen fills ``rows`` (and the table) in ``reload``, and says a row in ``detail``; its
    actions on the highlighted row are :func:`on_row`."""

    TABLE_ID: ClassVar[str] = ""
    STATUS: ClassVar[str] = ""
    """The status line until the screen says more."""
    ZEBRA: ClassVar[bool] = True
    COLUMNS: ClassVar[tuple[tuple[str, int | None], ...]] = ()
    EMPTY: ClassVar[str] = ""
    """The detail line while the list is empty: what to press to fill it."""
    TAKES_TYPING = False  # a list and its detail line: what a row asks opens as a dialog

    def __init__(self) -> None:
        super().__init__()
        self.rows: list[T] = []

    def compose(self) -> ComposeResult:
        table = TextTable(id=self.TABLE_ID, cursor_type="row", zebra_stripes=self.ZEBRA)
        yield from list_layout(table, self.STATUS)

    def columns(self) -> Sequence[tuple[str, int | None]]:
        """The table's columns (a screen whose widths follow the data overrides it)."""
        return self.COLUMNS

    def on_mount(self) -> None:
        table = self.query_one(DataTable)
        for label, width in self.columns():
            table.add_column(label, width=width)
        self.reload()
        table.focus()

    def selected(self) -> T | None:
        return self.row_of(self.rows)

    def show_detail(self) -> None:
        """The highlighted row in full below the table (``EMPTY`` where there is none)."""
        row = self.selected()
        self.query_one("#detail", Static).update(self.EMPTY if row is None else self.detail(row))

    def detail(self, row: T) -> str:
        """What the detail line says about ``row``."""
        return ""

    def on_data_table_row_highlighted(self) -> None:
        self.show_detail()

    FOLLOWS_THE_DATABASE: ClassVar[bool] = False
    """Read the rows again when another connection wrote (a colleague at the command line
    or in their own session): the manager's lists, which said nothing of it until left and
    opened again (found on the third walk)."""

    def database_changed(self) -> None:
        """Called by the app when the database changed: not before the screen's table is
        there (a change may come between the screen's push and its compose: its reload then
        found no table and the app stopped), which reads the rows when it comes."""
        if self.FOLLOWS_THE_DATABASE and self.is_mounted and self.query(DataTable):
            self.reload()


EMPTY_LIST = "The list is empty, so there is nothing for that key to act on."


def on_row(action: Callable[[S, Any], None]) -> Callable[[S], None]:
    """An action of a :class:`RowsScreen` on the highlighted row, given as its argument;
    where there is none (an empty list) it says so, since a key in the footer that does
    nothing reads as broken."""

    @functools.wraps(action)
    def run(screen: S) -> None:
        row = screen.selected()
        if row is None:
            screen.notify(EMPTY_LIST)
        else:
            action(screen, row)

    return run


def tables_over_text(*table_ids: str, box: str, text: str) -> ComposeResult:
    """A screen of tables over a scrolling text (the highlighted row in full): the header,
    the tables, the text (``text`` in its box ``box``), and the keys."""
    yield Header(show_clock=False, icon="")
    for table_id in table_ids:
        yield TextTable(id=table_id, cursor_type="row")
    with VerticalScroll(id=box):
        yield TextStatic(id=text)
    yield KeyFooter()


def list_layout(table: Widget, status: str = "") -> ComposeResult:
    """A list screen: the header, a status line (``status`` until the screen says more), the
    ``table``, the highlighted row's detail, and the keys."""
    yield Header(show_clock=False, icon="")
    yield TextStatic(status, id="status-line")
    yield table
    yield TextStatic(id="detail")
    yield KeyFooter()
