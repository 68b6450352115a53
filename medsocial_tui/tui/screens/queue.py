"""The queue: every post with each account's state at a glance, failures in words, and what
to do next on a key. Rows come from the database a page at a time (keyset paging); counts are
taken in a worker thread, so neither freezes the keyboard with 100,000 posts.

Another view is read in a worker a screenful at a time, its rows laid out there too
(:class:`~medsocial_tui.tui.widgets.prepared_table.PreparedTable`), so the key's one frame
shows them; the rest of its page, its count and the pages beyond are read after that frame.
The view `f` shows next is read ahead the same way while a person looks at this one, so the
key shows it at once (unless the data changed since: then it is read as any view)."""

from __future__ import annotations

import sqlite3
from collections import Counter
from collections.abc import Callable
from functools import partial
from typing import TYPE_CHECKING, Self

from rich.text import Text
from textual import _time, messages, work
from textual.app import ComposeResult
from textual.coordinate import Coordinate
from textual.geometry import Region
from textual.message import Message
from textual.screen import UPDATE_PERIOD
from textual.timer import Timer
from textual.widgets import DataTable, Header, Static
from textual.worker import get_current_worker

from medsocial_tui import clock
from medsocial_tui.display import fit
from medsocial_tui.errors import MedsocialError
from medsocial_tui.models import Post
from medsocial_tui.publishing import queue_views
from medsocial_tui.publishing.approvers import ReviewWait, review_waits
from medsocial_tui.publishing.states import (
    DESCRIPTIONS,
    NEXT_STEP,
    WAITING_FOR_A_PERSON,
    DeliveryState,
    PostStatus,
)
from medsocial_tui.records import staff
from medsocial_tui.tui.frames import FrameTimer
from medsocial_tui.tui.keys import area_keys, press
from medsocial_tui.tui.safe import TextStatic, shown
from medsocial_tui.tui.screens.base import forget_reader, warm_reader
from medsocial_tui.tui.screens.post_actions import PostActions
from medsocial_tui.tui.screens.queue_filter import PRESETS, FilterScreen, QueueView
from medsocial_tui.tui.widgets.footer import KeyFooter
from medsocial_tui.tui.widgets.prepared_table import PreparedTable, Preparer, Ready
from medsocial_tui.tui.words import (
    STATE_SHORT,
    STATE_STYLE,
    post_status,
    review_note_words,
    width_for,
)

if TYPE_CHECKING:
    from medsocial_tui.store import Store

PAGE_SIZE = 100
WINDOW = 3 * PAGE_SIZE
"""Rows the queue holds at most; it reads the next page when the cursor comes within
``NEAR`` rows of either end and lets the farthest page go."""
NEAR = PAGE_SIZE // 2
POLL_SECONDS = 2.0
UNCOVERED_AT_MOST = 0.01
"""Seconds after the filter form closed before what it covered is drawn in a frame of its
own, when no change of the queue's (the rows it showed) has drawn it."""
AFTER_FRAME_AT_MOST = 0.1
"""Seconds work waiting for the next frame waits when no frame comes (nothing changed)."""
AFTER_KEY_FRAME_AT_MOST = 2.0
"""Seconds it waits in all while the frame a key waits for is still to be drawn: on a busy
box (an SSH server's other users, a test run's other workers) that frame can come later than
``AFTER_FRAME_AT_MOST``, and the work it was to follow ran before it."""
FRAME_WRITE_WAIT = 0.02
"""Seconds work waiting for a frame waits more once the frame is drawn: Textual writes it to
the terminal from a thread of its own, which a worker started at once (reading rows and
laying them out: the rest of a view's page, the next view read ahead) would keep waiting
for the processor and the GIL."""
COLUMNS = ("when", "author", "deliveries", "text")
Cells = Ready
"""A post's row as the table shows it, laid out for it."""

KEYS_FOR = {
    DeliveryState.FAILED: "t retry, m mark",
    DeliveryState.UNKNOWN: "m mark, t retry anyway",
    DeliveryState.HELD: "t send now, s move, x cancel",
    DeliveryState.TODO: "m mark it out",
    DeliveryState.REJECTED: "e edit",
}


def summarize(post: Post) -> Text:
    """'1 FAILED, 2 out': the states of a post's deliveries, the ones needing a person first."""
    counts = Counter(d.state for d in post.deliveries)
    ordered = sorted(counts, key=lambda s: (s not in WAITING_FOR_A_PERSON, s.value))
    text = Text()
    for i, state in enumerate(ordered):
        if i:
            text.append(", ")
        text.append(f"{counts[state]} {STATE_SHORT[state]}", style=STATE_STYLE.get(state, ""))
    return text


class QueueTable(PreparedTable):
    """The queue's table: it tells the screen the cursor moved in the same call (not in a
    message handled after a frame), so one key draws one frame."""

    def watch_cursor_coordinate(self, old: Coordinate, new: Coordinate) -> None:
        super().watch_cursor_coordinate(old, new)
        if old != new and isinstance(self.screen, QueueScreen):
            self.screen.cursor_moved()


class QueueScreen(PostActions, keys="queue"):
    """All posts, newest schedule first, read from the database a page at a time."""

    CSS_PATH = None  # app.tcss styles the queue; the other screens' styles come with them

    GROUP = "Queue"
    BINDINGS = [
        press("n", "compose", "New", "Write a post"),
        press("enter", "open_post", "Open", "The post in full", id="open", show=False),
        press("e", "edit", "Edit", "Change a post not yet sent", show=False),
        press("t", "retry", "Retry", "Send a failed or held delivery again", show=False),
        press("m", "mark", "Mark", "Say what happened: out (with its URL) or failed", show=False),
        press("s", "reschedule", "When", "Move to another time", show=False),
        press("x", "cancel_post", "Cancel", "Stop what has not gone out", id="cancel", show=False),
        press("f", "next_filter", "Filter", "Cycle the usual views", id="filter", show=False),
        press(
            "slash",
            "filter_form",
            "Find",
            "Find posts by words in their text, state, account, author and date",
            id="find",
        ),
        press("r,f5", "refresh", "Refresh", "Read the queue again", show=False),
        press("escape", "all_posts", "All posts", "Leave a find or a view: all posts", show=False),
        *area_keys("go.calendar", "go.review", "go.channels"),
        press("j", "cursor_down", "Down", id="down", show=False),
        press("k", "cursor_up", "Up", id="up", show=False),
    ]

    def __init__(self) -> None:
        super().__init__()
        self.preset = 0
        self.view: QueueView = PRESETS[0]
        self.loaded: list[Post] = []
        """The window of rows the table holds: at most ``WINDOW``, whatever was scrolled."""
        self.above: queue_views.PageMark | None = None
        """The window's first row, when rows lie above it (None: it starts at the top)."""
        self.next_mark: queue_views.PageMark | None = None
        """Where the rows below the window start (None: the window reaches the end)."""
        self.rows_above = 0
        """How many rows lie above the window, for "row 120 of 100,000"."""
        self.shown_view: QueueView = self.view
        """The view whose rows are on screen (a new one shows when its rows have come)."""
        self.total: int | None = None
        self.waiting = 0
        self._data_version: tuple[int, int] | None = None
        self._generation = 0
        self._reading: str | None = None
        self._shown_detail: Post | None = None
        self._counted: QueueScreen.Counted | None = None
        self._counts: dict[queue_views.QueueFilter, tuple[tuple[int, int], int, int]] = {}
        """Each view's count and the waiting count, with the data stamp they were taken at:
        cycling the views counts again only what changed since."""
        self._rebuilding = False
        self._cells: list[Cells] = []
        """The table's rows as shown, beside ``loaded`` (made where the posts were read)."""
        self._waits: dict[int, ReviewWait] = {}
        """Who may approve each post in review in the window (read with the rows)."""
        self._after_the_frame: list[tuple[Callable[..., None], tuple[object, ...]]] = []
        """Work that waits for the next frame to be drawn (see ``after_frame``)."""
        self._after_the_write: list[tuple[Callable[..., None], tuple[object, ...]]] = []
        """Work whose frame is drawn, waiting for it to be written (``FRAME_WRITE_WAIT``)."""
        self._ahead: QueueScreen.ReadAhead | None = None
        """The first screenful of the view `f` shows next, read ahead (see ``_read_ahead``)."""
        self._ahead_number = 0
        """The number of the last read ahead started: an older worker's reply is dropped."""
        self._form_ahead: QueueScreen.ReadAhead | None = None
        """The first screenful of the view the filter form would show, read ahead as its
        fields change (see ``read_ahead_for_form``)."""
        self._form_ahead_number = 0
        self._frames: FrameTimer | None = None
        self._painted_all_at = 0.0
        """When the last frame that drew all of the screen began (see ``_on_update``)."""
        self._plus_shown = 0
        """The rows the status line counts ("of 12+") until the view's count comes: the rows
        it had when shown, or as far as the cursor went."""
        self._detail_ready: tuple[Post, Text] | None = None
        """The detail pane of a view's first row, made in the worker that read the view."""
        self._then: Callable[[], None] | None = None
        """What waits for the view being read to be shown (the filter form, to close in the
        rows' frame)."""
        self._uncovered: list[Region] | None = None
        """The parts of the screen the filter form drew on, as it closes (see
        ``uncovered``)."""

    @property
    def _update_timer(self) -> Timer:
        """Textual's timer that draws this screen's frames, kept to its pace but told to
        draw a key's rows at once (:class:`~medsocial_tui.tui.frames.FrameTimer`)."""
        return self._pacer()

    def _pacer(self) -> FrameTimer:
        """The :class:`FrameTimer` behind ``_update_timer``, made on first use."""
        if self._frames is None:
            self._frames = FrameTimer(
                self,
                UPDATE_PERIOD,
                name="screen_update",
                callback=self._on_timer_update,
                pause=True,
            )
            self._frames._start()
            self._timers.add(self._frames)
        return self._frames

    def compose(self) -> ComposeResult:
        yield Header(show_clock=False, icon="")
        yield TextStatic(id="status-line")
        yield QueueTable(id="queue", cursor_type="row", zebra_stripes=True)
        yield TextStatic(id="detail")
        yield KeyFooter()

    def on_mount(self) -> None:
        table = self.query_one(DataTable)
        table.add_column("When", key="when", width=16)
        logins = [m.login for m in staff.everyone(self.practice.store, include_inactive=True)]
        table.add_column("Author", key="author", width=width_for(logins, 6, 12))
        table.add_column("Accounts", key="deliveries", width=20)
        # As wide as the screen, cut at its edge: a column measured from its rows would be
        # measured again (another frame) whenever new rows come.
        table.add_column("Text", key="text", width=max(self.app.size.width, 80))
        # The first page is read here, so the first frame shows it; every later read (the
        # next page, another view, a change elsewhere) runs in a worker thread.
        self._data_version = self.medsocial.data_stamp()
        page = queue_views.page_after(
            self.practice.store, self.view.filter, None, limit=self._screenful()
        )
        self._waits = self._review_waits(page.posts, self.practice.store)
        rows = self._rows(page.posts, self.query_one(QueueTable).preparer())
        self._plus_shown = len(page.posts)
        self._replace(page.posts, rows, None, page.next, keep=None)
        self.call_after_refresh(self.after_the_first_frame)
        self.after_frame(self._read_ahead)

    def _screenful(self) -> int:
        """The rows the table shows at once (the app's height before the first layout): what
        the first read of a view brings, so that its rows are read, made and drawn in one
        short frame. The rest of its first page is read once they are on screen."""
        height = self.query_one(QueueTable).scrollable_content_region.height
        return max(1, min(PAGE_SIZE, height or self.app.size.height))

    def after_the_first_frame(self) -> None:
        """The count of every matching post (a worker thread, which would only compete with
        the first frame for the processor) and the look for changes made elsewhere."""
        self.count(self.view)
        self.set_interval(POLL_SECONDS, self.poll_changes)

    def on_screen_resume(self) -> None:
        if self.is_mounted and self._data_version is not None:
            self.poll_changes()

    def uncovered(self, regions: list[Region]) -> None:
        """The filter form closes; ``regions`` are where it drew. The queue showed through
        the rest of the screen as it is, so its next frame draws those and what changed
        (the rows), not all of the screen as Textual does for a screen shown again (a frame
        of 6 KB, every widget's lines put together again): see ``refresh`` and
        ``_on_timer_update``."""
        self._uncovered = regions

    def _draw_uncovered(self) -> None:
        if self._uncovered is not None:
            self._dirty_widgets.add(self)
            self.check_idle()

    def on_screen_suspend(self) -> None:
        """Covered again before the frame that drew what the form covered (a post opened at
        once): all of the screen is drawn when it comes back, as Textual does."""
        self._uncovered = None

    def refresh(
        self,
        *regions: Region,
        repaint: bool = True,
        layout: bool = False,
        recompose: bool = False,
    ) -> Self:
        """Textual's refresh of all of the screen as the filter form goes (its resume, its
        replacing) draws only what the form covered (``uncovered``)."""
        if self._uncovered is not None and not regions and not layout and not recompose:
            # a frame even when nothing else changed (Esc); the rows' frame, when they
            # changed, draws it before then (drawn at once, it came before the rows' widgets
            # asked to be drawn, and they drew a second frame)
            self.set_timer(UNCOVERED_AT_MOST, self._draw_uncovered)
            return self
        return super().refresh(*regions, repaint=repaint, layout=layout, recompose=recompose)

    # Reading: in a worker thread on its own read-only connection; the rows come back in a
    # message, and a reply meant for an older view or window is dropped.

    class Read(Message):
        """Rows read in a worker: ``kind`` is "window" (the window again), "view" (the first
        page of another view), "after" (the page below the window) or "before" (above it).
        ``cells`` are the posts' rows as the table shows them, made in the worker too, so
        the UI thread only puts them in the table."""

        def __init__(
            self,
            generation: int,
            kind: str,
            page: queue_views.Page,
            cells: list[Cells],
            keep: int | None = None,
            waits: dict[int, ReviewWait] | None = None,
            detail: tuple[Post, Text] | None = None,
        ) -> None:
            super().__init__()
            self.generation, self.kind, self.page, self.keep = generation, kind, page, keep
            self.cells = cells
            self.waits = waits or {}
            """Who may approve each post in review among them (read with them)."""
            self.detail = detail
            """A view's first post and its detail pane, made in the worker too."""

    class ReadAhead(Message):
        """The first ``limit`` rows of ``view`` (the one `f` shows next), read and laid out
        in a worker at data stamp ``stamp``; shown by the key only while that still holds."""

        def __init__(
            self,
            number: int,
            view: QueueView,
            stamp: tuple[int, int],
            limit: int,
            page: queue_views.Page,
            cells: list[Cells],
            waits: dict[int, ReviewWait],
            detail: tuple[Post, Text] | None = None,
            for_form: bool = False,
        ) -> None:
            super().__init__()
            self.number = number
            self.view, self.stamp, self.limit, self.page = view, stamp, limit, page
            self.cells, self.waits, self.detail = cells, waits, detail
            self.for_form = for_form
            """Read for the filter form (its view as its fields are), not for `f`."""

    class Counted(Message):
        def __init__(
            self, view: QueueView, total: int, waiting: int, stamp: tuple[int, int]
        ) -> None:
            super().__init__()
            self.view, self.total, self.waiting, self.stamp = view, total, waiting, stamp

    class ReadFailed(Message):
        def __init__(self, generation: int, problem: str) -> None:
            super().__init__()
            self.generation, self.problem = generation, problem

    def _read(
        self, kind: str, mark: queue_views.PageMark | None, limit: int, keep: int | None = None
    ) -> None:
        if kind in ("window", "view"):
            self._generation += 1
        elif self._reading is not None:
            return
        self._reading = kind
        table = self.query_one(QueueTable)
        # a view's screenful is shown from the first row, the cursor on it: its lines are
        # styled in the worker too (a page read ahead of the cursor is not drawn yet)
        preparer = table.preparer(0, 0, 0) if kind == "view" else table.preparer()
        self._read_worker(self._generation, kind, self.view, mark, limit, keep, preparer)

    # described in words: by default Textual describes a worker by the repr of every
    # argument, which for the table's preparer (its cache of laid-out cells) costs more than
    # the read
    @work(thread=True, group="queue-read", exit_on_error=False, description="queue read")
    def _read_worker(
        self,
        generation: int,
        kind: str,
        view: QueueView,
        mark: queue_views.PageMark | None,
        limit: int,
        keep: int | None,
        preparer: Preparer,
    ) -> None:
        try:
            page, waits = self._read_page(kind, view, mark, limit)
        except (MedsocialError, sqlite3.Error) as exc:
            self.post_message(self.ReadFailed(generation, str(exc)))
            return
        rows = self._rows(page.posts, preparer)
        detail = self._first_detail(page, waits) if kind == "view" else None
        self.post_message(self.Read(generation, kind, page, rows, keep, waits, detail))

    def _first_detail(
        self, page: queue_views.Page, waits: dict[int, ReviewWait]
    ) -> tuple[Post, Text] | None:
        """The detail pane of a view's first row (where its cursor goes), made in the
        worker that read it."""
        return (page.posts[0], self._detail(page.posts[0], waits)) if page.posts else None

    def _read_page(
        self, kind: str, view: QueueView, mark: queue_views.PageMark | None, limit: int
    ) -> tuple[queue_views.Page, dict[int, ReviewWait]]:
        """A page of ``view`` (in a worker thread, on its kept connection) and who may
        approve each post in review on it."""
        store = warm_reader(self.practice)
        try:
            if kind == "before":
                page = queue_views.page_before(store, view.filter, mark, limit=limit)
            else:
                page = queue_views.page_after(store, view.filter, mark, limit=limit)
            return page, self._review_waits(page.posts, store)
        except BaseException:
            forget_reader(store)
            raise

    def _read_ahead(self) -> None:
        """Read the first screenful of the view `f` shows next, once this frame is drawn,
        unless it is read already at the present data stamp."""
        self._start_ahead(PRESETS[(self.preset + 1) % len(PRESETS)], for_form=False)

    def read_ahead_for_form(self, view: QueueView) -> None:
        """Read the first screenful of ``view``, the one the filter form shows on Enter, as
        its fields change (a worker thread, as `f`'s next view): Enter then shows it at
        once, unless the data changed since (then it is read as any view)."""
        self._start_ahead(view, for_form=True)

    def _start_ahead(self, view: QueueView, *, for_form: bool) -> None:
        """Read ``view`` ahead in a worker unless it is read already at the present data
        stamp: `f`'s next view and the form's each have their own slot, number and worker
        group, so neither cancels or drops the other."""
        stamp, limit = self.medsocial.data_stamp(), self._screenful()
        ahead = self._form_ahead if for_form else self._ahead
        if ahead is not None and (ahead.view, ahead.stamp, ahead.limit) == (view, stamp, limit):
            return
        if for_form:
            self._form_ahead, self._form_ahead_number = None, self._form_ahead_number + 1
            number = self._form_ahead_number
        else:
            self._ahead, self._ahead_number = None, self._ahead_number + 1
            number = self._ahead_number
        preparer = self.query_one(QueueTable).preparer(0, 0, 0)
        self.run_worker(
            partial(
                self._read_ahead_in_worker, number, view, stamp, limit, preparer, for_form=for_form
            ),
            thread=True,
            exclusive=True,
            group="queue-form-ahead" if for_form else "queue-ahead",
            exit_on_error=False,
            description="queue read ahead" + (" for the filter form" if for_form else ""),
        )

    def _read_ahead_in_worker(
        self,
        number: int,
        view: QueueView,
        stamp: tuple[int, int],
        limit: int,
        preparer: Preparer,
        *,
        for_form: bool,
    ) -> None:
        try:
            page, waits = self._read_page("view", view, None, limit)
        except (MedsocialError, sqlite3.Error):
            return  # the key reads the view itself, and says so if it fails again
        rows = self._rows(page.posts, preparer)
        detail = self._first_detail(page, waits)
        self.post_message(
            self.ReadAhead(number, view, stamp, limit, page, rows, waits, detail, for_form)
        )
        if for_form and not get_current_worker().is_cancelled:
            # its count too (kept for Enter): else it came in a frame of its own after the
            # rows' (the one slow read, done while the person still fills in the form)
            store = warm_reader(self.practice)
            try:
                total = queue_views.count_posts(store, view.filter)
                waiting = queue_views.waiting_count(store)
            except (MedsocialError, sqlite3.Error):
                forget_reader(store)
                return  # counted after Enter, and said so if it fails again
            self.post_message(self.Counted(view, total, waiting, stamp))

    def on_queue_screen_read_ahead(self, message: ReadAhead) -> None:
        # a worker cancelled by a newer read ahead may still reply: only the newest counts
        if message.for_form:
            if message.number == self._form_ahead_number:
                self._form_ahead = message
        elif message.number == self._ahead_number:
            self._ahead = message

    def on_queue_screen_read_failed(self, message: ReadFailed) -> None:
        if message.generation == self._generation:
            self._reading = None
            self._shown_for_key()
        self.notify(f"The queue could not be read: {message.problem}", severity="error")

    def on_queue_screen_read(self, message: Read) -> None:
        if message.generation != self._generation:
            return
        self._reading = None
        self._detail_ready = message.detail
        self._apply(message.kind, message.page, message.cells, message.waits, message.keep)

    def _apply(
        self,
        kind: str,
        page: queue_views.Page,
        cells: list[Cells],
        waits: dict[int, ReviewWait],
        keep: int | None = None,
    ) -> None:
        """Show the rows read (``kind`` as in :class:`Read`)."""
        posts = page.posts
        self._waits.update(waits)
        if kind == "view":
            # the filter form closes first: the rows then go into the screen on top, in its
            # frame (put in while the form still covered it, they drew the form again)
            then, self._then = self._then, None
            if then is not None:
                then()
            self.shown_view, self.above, self.rows_above = self.view, None, 0
            self._plus_shown = len(posts)
            self._known_count(self.view)  # in the rows' frame, not in a second one
            self._replace(posts, cells, None, page.next, keep=None, top=True)
        elif kind == "window":
            self._plus_shown = self.rows_above + len(posts)
            self._replace(posts, cells, self.above, page.next, keep=keep)
        elif kind == "after":
            self._append(posts, cells, page.next)
        else:
            self._prepend(posts, cells, page.next)
        shown = {post.id for post in self.loaded}
        self._waits = {i: wait for i, wait in self._waits.items() if i in shown}
        if kind in ("view", "window"):
            # counted once the rows are on screen: the count of a big view (every published
            # post) would only compete with reading and showing them
            self.after_frame(self.count, self.view)
        if kind == "view":
            # then the view `f` shows next is read ahead: after a view's read only, not after
            # every reload of the window (each change written elsewhere, every poll), which
            # would read another view's screenful each time; `f` reads what changed itself
            self.after_frame(self._read_ahead)
            self._shown_for_key()

    def _shown_for_key(self) -> None:
        """A view a key asked for is in the table (or could not be read): its frame is
        drawn at once, not at the next tick of the frames' pace (see
        :class:`~medsocial_tui.tui.frames.FrameTimer`), and what waited for it (the filter
        form, when the view could not be read) goes."""
        self._pacer().hurry()
        then, self._then = self._then, None
        if then is not None:
            then()

    def reload(self, on: int | None = None) -> None:
        """Read the window again (after a change here or in another process), in a worker,
        keeping the cursor on the same post, or putting it on post ``on`` (one just written)
        where the window holds it."""
        if self._reading == "view":
            # a view being read (the filter form waits for it to close): a window read
            # would drop its answer and the form would stay open; the data stamp is left
            # as it was, so the next poll reads what the view's read may not have seen
            return
        self._data_version = self.medsocial.data_stamp()
        selected = self.selected_post()
        keep = on if on is not None else selected.id if selected else None
        start = None
        if self.above is not None and self.loaded:
            first = queue_views.mark_of(self.loaded[0])
            start = queue_views.PageMark(first.sort_at, first.post_id + 1)  # the first row too
        self._read("window", start, max(PAGE_SIZE, len(self.loaded)), keep)

    # Showing: the table holds the window; the cursor and the screen stay where they were.

    def _row(self, post: Post) -> tuple[object, ...]:
        when = clock.show(post.scheduled_at, self.practice.tz) if post.scheduled_at else None
        return (
            when or "not scheduled",
            post.author,
            summarize(post),
            " ".join(post.text.split()),
        )

    def _review_waits(self, posts: list[Post], store: Store) -> dict[int, ReviewWait]:
        """Who may approve each post in review among ``posts``, for the detail pane: read
        with the posts (in the worker), so moving the cursor reads nothing. Remembered on
        the connection while the data stays the same (staff, rights and posts alike), as
        the app keeps its decisions: judging every approver took 0.6 ms of a view's read."""
        waiting = [post for post in posts if post.status == PostStatus.IN_REVIEW]
        if not waiting:
            return {}
        key = ("review_waits", tuple((post.id, post.author) for post in waiting))
        return dict(store.remembered(key, lambda: review_waits(self.practice, waiting, store)))

    def _rows(self, posts: list[Post], preparer: Preparer) -> list[Cells]:
        """The posts' rows as the table shows them (safe text), laid out for it: plain work
        on the posts, done in the worker thread that read them."""
        return [preparer.ready(self._row(post), n) for n, post in enumerate(posts)]

    def _replace(
        self,
        posts: list[Post],
        cells: list[Cells],
        above: queue_views.PageMark | None,
        below: queue_views.PageMark | None,
        *,
        keep: int | None,
        shift: int = 0,
        top: bool = False,
    ) -> None:
        """Show ``posts`` (as ``cells``) as the window. The cursor stays on post ``keep`` (or
        its row), the rows on screen where they were; ``shift`` rows came in (or went,
        negative) above; ``top`` puts the cursor on the first row."""
        table = self.query_one(QueueTable)
        old_ids = [p.id for p in self.loaded]
        new_ids = [p.id for p in posts]
        row, scrolled = (0, 0.0) if top else (table.cursor_row, table.scroll_y)
        self.above, self.next_mark = above, below
        if old_ids == new_ids and old_ids and not top:
            for old, new, now in zip(self.loaded, posts, cells, strict=True):
                if old != new:
                    table.update_ready_row(str(new.id), COLUMNS, now)
            self.loaded, self._cells = posts, cells
        else:
            if keep is not None and keep in new_ids:
                shift = new_ids.index(keep) - row
            self.loaded, self._cells = posts, cells
            self._rebuilding = True
            try:
                table.clear()
                table.add_ready_rows(
                    [(shown, str(post.id)) for post, shown in zip(posts, cells, strict=True)]
                )
                if posts:
                    table.scroll_y = max(0, scrolled + shift)
                    table.move_cursor(
                        row=min(max(row + shift, 0), len(posts) - 1), animate=False, scroll=False
                    )
            finally:
                self._rebuilding = False
        self.cursor_moved()

    def _append(
        self, posts: list[Post], cells: list[Cells], below: queue_views.PageMark | None
    ) -> None:
        """The page below the window came: added under it; past ``WINDOW`` rows the top
        page goes, so memory stays flat however far a person scrolls."""
        if not posts:
            self.next_mark = below
            return
        if len(self.loaded) + len(posts) <= WINDOW:
            table = self.query_one(QueueTable)
            table.add_ready_rows(
                [(shown, str(post.id)) for post, shown in zip(posts, cells, strict=True)]
            )
            self.loaded, self._cells = self.loaded + posts, self._cells + cells
            self.next_mark = below
            self.cursor_moved()
            return
        drop = len(self.loaded) + len(posts) - WINDOW
        above = queue_views.mark_of(self.loaded[drop])
        self.rows_above += drop
        self._replace(
            self.loaded[drop:] + posts,
            self._cells[drop:] + cells,
            above,
            below,
            keep=None,
            shift=-drop,
        )

    def _prepend(
        self, posts: list[Post], cells: list[Cells], above: queue_views.PageMark | None
    ) -> None:
        """The page above the window came: put on top; the bottom page goes."""
        if not posts:
            self.above = None
            return
        kept = max(0, WINDOW - len(posts))
        below = (
            queue_views.mark_of(self.loaded[kept - 1])
            if kept < len(self.loaded)
            else self.next_mark
        )
        self.rows_above = max(0, self.rows_above - len(posts))
        self._replace(
            posts + self.loaded[:kept],
            cells + self._cells[:kept],
            above,
            below,
            keep=None,
            shift=len(posts),
        )

    def cursor_moved(self, *, force: bool = False) -> None:
        """Called by the table in the same call as the cursor moves, so the row, the status
        line and the detail pane are drawn in one frame; the next rows are read in a
        worker when the cursor nears an end of the window."""
        if self._rebuilding:
            return
        row = self.query_one(QueueTable).cursor_row
        if row >= len(self.loaded) - NEAR and self.next_mark is not None:
            self.after_frame(self._read_near, "after")
        elif row < NEAR and self.above is not None:
            self.after_frame(self._read_near, "before")
        self.update_status()
        self.show_detail(force=force)

    def after_key_frame(self, callback: Callable[..., None], *args: object) -> bool:
        """While a frame a key waits for is still to be drawn (a view's rows, the filter
        form closing), ``callback(*args)`` waits for after it (``after_frame``): True. Else
        False, and the caller does its work now."""
        if self._frames is None or not self._frames.hurried:
            return False
        self.after_frame(callback, *args)
        return True

    def after_frame(self, callback: Callable[..., None], *args: object) -> None:
        """Run ``callback(*args)`` once the next frame is on screen: a worker started before
        it (the rows below the window, a count) would only compete with drawing it.
        Textual's ``call_after_refresh`` can run before the frame, when the widgets have
        not yet told the screen what they will draw."""
        if not self._after_the_frame:  # in case nothing is drawn
            self.set_timer(AFTER_FRAME_AT_MOST, partial(self._run_after_frame, _time.get_time()))
        if (callback, args) not in self._after_the_frame:
            self._after_the_frame.append((callback, args))

    def _on_timer_update(self) -> None:
        if self._uncovered is not None and self.app.screen is self:
            # the filter form went: what it covered is drawn again, from the lines the
            # widgets keep; what this screen asked to draw while covered (all of it, as the
            # form came) went to the form's frames, which showed it through
            self._repaint_required = False
            self._repaint_regions.clear()
            self._compositor._dirty_regions.update(self._uncovered)
            self._dirty_widgets.add(self)
            self._uncovered = None
        if self._repaint_required and self.app.screen is self and not self.app._batch_count:
            self._painted_all_at = _time.get_time()  # the frame about to be drawn is all of it
        super()._on_timer_update()  # draws the frame (Textual's own, paced to TEXTUAL_FPS)
        if self.app.screen is not self:
            # Under a dialog (the filter form), Textual has just sent what changed here to
            # the screen on top, and asks this screen to repaint all of itself next time:
            # which sends all of it again, and asks again, so every message this screen
            # handled after (a worker's, a timer's) drew a full frame of the form, the one
            # the form's Enter came to among them. What changes here is still drawn.
            self._repaint_required = False
        if self._after_the_frame and self.is_current:
            if not self._after_the_write:
                self.set_timer(FRAME_WRITE_WAIT, self._run_after_write)
            self._after_the_write += self._after_the_frame
            self._after_the_frame = []

    async def _on_update(self, message: messages.Update) -> None:
        """A widget's request to be drawn, dropped when asked before a frame that drew all of
        the screen: the filter form's closing draws the whole queue, its new rows with it,
        and the table's and status line's requests, come after, drew them again in a frame
        of their own."""
        if message.time < self._painted_all_at:
            message.stop()
            message.prevent_default()
            return
        await super()._on_update(message)

    def _run_after_write(self) -> None:
        waiting, self._after_the_write = self._after_the_write, []
        if not self.is_current:
            # another screen came on top: after this one's next frame, through after_frame
            # (its timer armed again), the earlier work before any that came since
            later, self._after_the_frame = self._after_the_frame, []
            for callback, args in waiting + later:
                self.after_frame(callback, *args)
            return
        for callback, args in waiting:
            self.call_later(callback, *args)

    def _run_after_frame(self, asked_at: float) -> None:
        """No frame came within ``AFTER_FRAME_AT_MOST``: the work waiting runs now, unless
        the frame a key waits for is still to come (it will be drawn: wait on for it)."""
        frames = self._frames
        if (
            self._after_the_frame
            and frames is not None
            and frames.hurried
            and _time.get_time() - asked_at < AFTER_KEY_FRAME_AT_MOST
        ):
            self.set_timer(AFTER_FRAME_AT_MOST, partial(self._run_after_frame, asked_at))
            return
        if self._after_the_frame and self.is_current:
            waiting, self._after_the_frame = self._after_the_frame, []
            for callback, args in waiting:
                self.call_later(callback, *args)

    @property
    def up_to_date(self) -> bool:
        """Nothing read or waiting to be read (what ``pilot.settle`` waits for)."""
        return self._reading is None and not self._after_the_frame and not self._after_the_write

    def _read_near(self, kind: str) -> None:
        """The page below the window (``kind`` "after") or above it, read once the frame
        that moved the cursor is drawn (a worker started before it would only compete with
        drawing it). A window shorter than a page (a view's first screenful) is filled up to
        a page, so pages keep their bounds."""
        mark = self.next_mark if kind == "after" else self.above
        if mark is None:
            return
        short = PAGE_SIZE - len(self.loaded)
        self._read(kind, mark, short if kind == "after" and short > 0 else PAGE_SIZE)

    def count(self, view: QueueView) -> None:
        """The status line's counts for ``view``: kept from the last time while the database
        has not changed, else counted in a worker."""
        stamp = self._known_count(view)
        if stamp is not None:
            self.count_in_background(view, stamp)
        else:
            self.update_status()

    def _known_count(self, view: QueueView) -> tuple[int, int] | None:
        """Take ``view``'s counts as kept from the last time (the status line shows them
        when next drawn), while the database has not changed since; else the data stamp to
        count it at."""
        stamp = self.medsocial.data_stamp()
        known = self._counts.get(view.filter)
        if known is None or known[0] != stamp:
            return stamp
        counted = self._counted
        if counted is None or counted.view != view or counted.stamp != stamp:
            self._counted = self.Counted(view, known[1], known[2], stamp)
        return None

    @work(
        thread=True,
        exclusive=True,
        group="queue-counts",
        exit_on_error=False,
        description="queue count",
    )
    def count_in_background(self, view: QueueView, stamp: tuple[int, int]) -> None:
        """Counting every matching post is the one slow read at 100,000 posts: it runs in a
        thread (on that thread's kept connection) and fills in the status line when done."""
        store = warm_reader(self.practice)
        try:
            total = queue_views.count_posts(store, view.filter)
            waiting = queue_views.waiting_count(store)
        except BaseException:
            forget_reader(store)
            raise
        self.post_message(self.Counted(view, total, waiting, stamp))

    def on_queue_screen_counted(self, message: Counted) -> None:
        self._counts[message.view.filter] = (message.stamp, message.total, message.waiting)
        if message.view != self.shown_view:
            # kept for when it is shown (the filter form's view, read ahead; the view `f`
            # left before its count came): the status line keeps the shown view's count,
            # which it lost for a frame (`f` twice quickly drew "of 12+" and then the count)
            return
        self._counted = message
        self.update_status()

    def update_status(self) -> None:
        row = self.rows_above + self.query_one(QueueTable).cursor_row + 1 if self.loaded else 0
        counted = self._counted
        if counted is not None and counted.view == self.shown_view:
            self.total, self.waiting = counted.total, counted.waiting
        else:
            self.total = None
        if self.total is None:
            known = self.rows_above + len(self.loaded)
            if self.next_mark:
                # "of 12+" stays while the rest of the page comes (read after the rows'
                # frame): it changed to "of 100+" in a frame of its own, then again with
                # the count ('published' drew three frames where the count was not known)
                known = min(known, max(row, self._plus_shown))
            shown = f"row {row} of {known:,}{'+' if self.next_mark else ''}"
        else:
            shown = f"row {row} of {self.total:,}"
        line = Text(f"{self.shown_view.name}: {shown}")
        if self.waiting:
            # deliveries, not posts: "needs a person: row 1 of 4  6 need a person" read as
            # two different counts of the same thing
            deliveries = "delivery needs" if self.waiting == 1 else "deliveries need"
            line.append(f"  {self.waiting} {deliveries} a person", style="bold yellow")
        line.append(f"  |  {self._who(self.app.size.width - 2 - len(line.plain) - 5)}")
        status = self.query_one("#status-line", Static)
        if str(status.render()) != line.plain:
            status.update(line, layout=False)  # one line high: no relayout of the screen

    def _who(self, room: int) -> str:
        """Who is signed in, in ``room`` characters: name and roles, else the name alone, else
        as much of the name as fits (a long name with three roles passes 80 columns)."""
        me = self.me
        if me is None:
            return fit(f"{self.practice.login}?", room)
        named = f"{me.name} ({', '.join(sorted(me.roles))})"
        return named if len(named) <= room else fit(me.name, room)

    def selected_post(self) -> Post | None:
        table = self.query_one(DataTable)
        if not self.loaded or table.cursor_row >= len(self.loaded) or table.cursor_row < 0:
            return None
        return self.loaded[table.cursor_row]

    def show_detail(self, *, force: bool = False) -> None:
        post = self.selected_post()
        if post is not None and post == self._shown_detail and not force:
            return
        self._shown_detail = post
        detail = self.query_one("#detail", Static)
        if post is None:
            detail.update(self._nothing_here(), layout=False)
            return
        ready, self._detail_ready = self._detail_ready, None
        text = ready[1] if ready is not None and ready[0] is post else None
        if text is None:
            text = self._detail(post, self._waits)
        detail.update(text, layout=False)  # a fixed height (app.tcss): no relayout

    def _detail(self, post: Post, waits: dict[int, ReviewWait]) -> Text:
        """The detail pane's text for ``post`` (safe text): plain work on the post, done in
        the worker that read a view for its first row, so the key's frame only shows it."""
        text = Text(f"Post {post.id} · {post_status(post.status)} · by {post.author}")
        if post.review_note:
            text.append("\n" + review_note_words(post.status, post.review_note), style="yellow")
        wait = waits.get(post.id)  # read with the post
        if wait is not None and wait.stuck:
            text.append(f"\n{wait.in_words()}", style="bold yellow")
        now = clock.now()
        for d in post.deliveries:
            text.append(f"\n  {d.account_id}: ")
            short, meaning = STATE_SHORT[d.state], DESCRIPTIONS[d.state]
            due = d.next_attempt_at or d.scheduled_at
            if d.state is DeliveryState.SCHEDULED and due is not None and due <= now:
                # "will go out at its time" read under a post time already past (a held
                # delivery sent after all): its time has come, the next round sends it
                meaning = "due now: goes out at the next send round"
            text.append(short, style=STATE_STYLE.get(d.state, ""))
            # "out (out)" and "sent back (sent back by the approver)" said it twice
            if meaning.startswith(short):
                text.append(meaning[len(short) :])
            else:
                text.append(f" ({meaning})")
            if d.state is DeliveryState.DEFERRED and d.next_attempt_at:
                text.append(f", next try {clock.show(d.next_attempt_at, self.practice.tz)}")
            if d.state in KEYS_FOR:
                text.append(f"  [{KEYS_FOR[d.state]}]", style="bold")
            if d.last_error and d.state in WAITING_FOR_A_PERSON | {DeliveryState.DEFERRED}:
                text.append(f"\n    {d.last_error}")
                if d.state in NEXT_STEP:
                    text.append(f"\n    next: {NEXT_STEP[d.state]}", style="italic")
        return shown(text)

    def _nothing_here(self) -> str:
        """An empty list says what to do next, in the keys as remapped: after a find that
        matched nothing, the way back (Esc) first; in a practice with no post yet, how to
        write one. Before, "f: other views; /: find" was all, in either case."""
        if self.shown_view != PRESETS[0]:
            return (
                f"No posts match this view. {self.key_of('all_posts')}: all posts; "
                f"{self.key_of('next_filter')}: other views; "
                f"{self.key_of('filter_form')}: find by words, state, account, date."
            )
        return f"No posts yet. {self.key_of('compose')}: write the first one."

    def on_data_table_row_selected(self, event: DataTable.RowSelected) -> None:
        self.action_open_post()

    def poll_changes(self) -> None:
        """Another process (flush, a colleague) or this app (an hours change, a template's
        draft) wrote: show it without losing the cursor. Only while the queue is on screen;
        coming back to it looks again."""
        if not self.is_current:
            return
        if self.medsocial.data_stamp() != self._data_version:
            self.reload()

    def _show(self, view: QueueView, then: Callable[[], None] | None = None) -> None:
        """Another view: its first page is read in a worker; the rows on screen and the
        status line stay until it comes, then change in one frame, with ``then()`` (the
        filter form closing)."""
        self.view = view
        self._then = then
        limit, stamp = self._screenful(), self.medsocial.data_stamp()
        read = [self._ahead, self._form_ahead]
        self._ahead = self._form_ahead = None
        self._form_ahead_number += 1  # the form's read still under way is for no one now
        ahead = next(
            (
                ahead
                for ahead in read
                if ahead is not None
                and (ahead.view, ahead.limit, ahead.stamp) == (view, limit, stamp)
            ),
            None,
        )
        if ahead is not None:
            # read ahead, and nothing changed since: shown in this key's frame; a reply to
            # a read started before is for an older view and is dropped
            self._generation += 1
            self._reading = None
            self._detail_ready = ahead.detail
            self._apply("view", ahead.page, ahead.cells, ahead.waits)
            return
        self._read("view", None, limit, None)

    def _keep_shown_view(self) -> None:
        """Esc in the filter form after Enter: the view asked for is not shown after all
        (its answer is dropped) and the one on screen stays."""
        if self._then is None:
            return
        self._then = None
        self._generation += 1
        self._reading = None
        self.view = self.shown_view

    def action_next_filter(self) -> None:
        self.preset = (self.preset + 1) % len(PRESETS)
        self._show(PRESETS[self.preset])

    def action_all_posts(self) -> None:
        """Esc leaves a find (or a view) for all posts: the way back that every other screen
        has on Esc, so a find that matched nothing is never a dead end."""
        if self.view != PRESETS[0]:
            self.preset = 0
            self._show(PRESETS[0])

    def action_filter_form(self) -> None:
        # the form asks for the view on Enter (the read starts on the key) and closes in
        # the frame that shows its rows: closing first drew the old rows, and the new ones
        # waited for the next tick of the frames' pace
        self.app.push_screen(
            FilterScreen(
                self.view,
                show=self._show,
                keep=self._keep_shown_view,
                ahead=self.read_ahead_for_form,
                uncovered=self.uncovered,
                later=self.after_frame,
            )
        )

    def action_refresh(self) -> None:
        self.reload()

    def action_compose(self) -> None:
        from medsocial_tui.tui.screens.compose import ComposeScreen

        self.app.push_screen(ComposeScreen(), lambda post_id: self.reload(on=post_id))

    def action_open_post(self) -> None:
        from medsocial_tui.tui.screens.post import PostScreen

        post = self.selected_post()
        if post is not None:
            self.app.push_screen(PostScreen(post.id), lambda _r: self.reload())

    def action_cursor_down(self) -> None:
        self.query_one(DataTable).action_cursor_down()

    def action_cursor_up(self) -> None:
        self.query_one(DataTable).action_cursor_up()
