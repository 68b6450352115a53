"""The queue: every post with each account's state at a glance, failures in words, and what
to do next on a key. Rows come from the database a page at a time (keyset paging); counts are
taken in a worker thread, so neither freezes the keyboard with 100,000 posts."""

from __future__ import annotations

from collections import Counter

from rich.text import Text
from textual import work
from textual.app import ComposeResult
from textual.binding import Binding
from textual.widgets import DataTable, Header, Static

from medsocial_tui import clock, queue, staff
from medsocial_tui.approvers import review_wait
from medsocial_tui.models import Post
from medsocial_tui.states import DESCRIPTIONS, NEXT_STEP, WAITING_FOR_A_PERSON, DeliveryState
from medsocial_tui.tui.safe import TextStatic, TextTable
from medsocial_tui.tui.screens.post_actions import POST_ACTION_NEEDS, PostActions
from medsocial_tui.tui.screens.queue_filter import PRESETS, FilterScreen, QueueView
from medsocial_tui.tui.widgets.footer import KeyFooter
from medsocial_tui.tui.words import post_status, width_for

PAGE_SIZE = 100
POLL_SECONDS = 2.0

SHORT = {
    DeliveryState.DRAFT: "draft",
    DeliveryState.IN_REVIEW: "review",
    DeliveryState.REJECTED: "sent back",
    DeliveryState.SCHEDULED: "scheduled",
    DeliveryState.DEFERRED: "waiting",
    DeliveryState.PUBLISHING: "sending",
    DeliveryState.PUBLISHED: "out",
    DeliveryState.FAILED: "FAILED",
    DeliveryState.UNKNOWN: "UNKNOWN",
    DeliveryState.HELD: "HELD",
    DeliveryState.TODO: "TO DO",
    DeliveryState.CANCELED: "canceled",
}

STYLE = {
    DeliveryState.FAILED: "bold red",
    DeliveryState.UNKNOWN: "bold red",
    DeliveryState.HELD: "bold yellow",
    DeliveryState.TODO: "bold yellow",
    DeliveryState.REJECTED: "yellow",
    DeliveryState.PUBLISHED: "green",
}

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
        text.append(f"{counts[state]} {SHORT[state]}", style=STYLE.get(state, ""))
    return text


class QueueScreen(PostActions):
    """All posts, newest schedule first, read from the database a page at a time."""

    GROUP = "Queue"
    NEEDS = {**POST_ACTION_NEEDS}
    BINDINGS = [
        Binding("n", "compose", "New", id="queue.compose", tooltip="Write a post"),
        Binding(
            "enter", "open_post", "Open", id="queue.open", tooltip="The post in full", show=False
        ),
        Binding(
            "e", "edit", "Edit", id="queue.edit", tooltip="Change a post not yet sent", show=False
        ),
        Binding(
            "t",
            "retry",
            "Retry",
            id="queue.retry",
            tooltip="Send a failed or held delivery again",
            show=False,
        ),
        Binding(
            "m",
            "mark",
            "Mark",
            id="queue.mark",
            tooltip="Say what happened: out (with its URL) or failed",
            show=False,
        ),
        Binding(
            "s",
            "reschedule",
            "When",
            id="queue.reschedule",
            tooltip="Move to another time",
            show=False,
        ),
        Binding(
            "x",
            "cancel_post",
            "Cancel",
            id="queue.cancel",
            tooltip="Stop what has not gone out",
            show=False,
        ),
        Binding(
            "f",
            "next_filter",
            "Filter",
            id="queue.filter",
            tooltip="Cycle the usual views",
            show=False,
        ),
        Binding(
            "slash",
            "filter_form",
            "Find",
            id="queue.find",
            tooltip="Find posts by words in their text, state, account, author and date",
        ),
        Binding(
            "r,f5",
            "refresh",
            "Refresh",
            id="queue.refresh",
            tooltip="Read the queue again",
            show=False,
        ),
        Binding("c", "app.calendar", "Calendar", id="queue.calendar", tooltip="Week and month"),
        Binding("v", "app.review", "Review", id="queue.review", tooltip="Posts waiting for you"),
        Binding("h", "app.channels", "Channels", id="queue.channels", tooltip="Accounts, to-dos"),
        Binding("j", "cursor_down", "Down", show=False, id="queue.down"),
        Binding("k", "cursor_up", "Up", show=False, id="queue.up"),
    ]

    def __init__(self) -> None:
        super().__init__()
        self.preset = 0
        self.view: QueueView = PRESETS[0]
        self.loaded: list[Post] = []
        self.next_mark: queue.PageMark | None = None
        self.total: int | None = None
        self.waiting = 0
        self._data_version: tuple[int, int] | None = None

    def compose(self) -> ComposeResult:
        yield Header(show_clock=False, icon="")
        yield TextStatic(id="status-line")
        yield TextTable(id="queue", cursor_type="row", zebra_stripes=True)
        yield TextStatic(id="detail")
        yield KeyFooter()

    def on_mount(self) -> None:
        table = self.query_one(DataTable)
        table.add_column("When", key="when", width=16)
        logins = [m.login for m in staff.everyone(self.practice.store, include_inactive=True)]
        table.add_column("Author", key="author", width=width_for(logins, 6, 12))
        table.add_column("Accounts", key="deliveries", width=20)
        table.add_column("Text", key="text")
        self.reload()
        self.set_interval(POLL_SECONDS, self.poll_changes)

    def on_screen_resume(self) -> None:
        if self.is_mounted and self._data_version is not None:
            self.poll_changes()

    def reload(self) -> None:
        """Read again what is shown (after a change here or in another process), keeping the
        cursor on the same post."""
        store = self.practice.store
        self._data_version = self.app.data_stamp()  # type: ignore[attr-defined]
        table = self.query_one(DataTable)
        keep = self.selected_post()
        wanted = min(max(PAGE_SIZE, len(self.loaded)), 20 * PAGE_SIZE)
        page = queue.page_after(store, self.view.filter, None, limit=wanted)
        self.loaded, self.next_mark = page.posts, page.next
        table.clear()
        self._add_rows(self.loaded)
        if self.loaded:
            ids = [p.id for p in self.loaded]
            row = ids.index(keep.id) if keep and keep.id in ids else 0
            table.move_cursor(row=min(row, len(self.loaded) - 1), animate=False)
        self.update_status()
        self.show_detail()
        self.count_in_background(self.view)

    def _add_rows(self, posts: list[Post]) -> None:
        table = self.query_one(DataTable)
        tz = self.practice.tz
        for post in posts:
            when = clock.show(post.scheduled_at, tz) if post.scheduled_at else "not scheduled"
            table.add_row(
                when, post.author, summarize(post), " ".join(post.text.split()), key=str(post.id)
            )

    def load_more(self) -> None:
        """The next page, read after the last row shown."""
        if self.next_mark is None:
            return
        page = queue.page_after(
            self.practice.store, self.view.filter, self.next_mark, limit=PAGE_SIZE
        )
        self.loaded.extend(page.posts)
        self.next_mark = page.next
        self._add_rows(page.posts)
        self.update_status()

    @work(thread=True, exclusive=True, group="queue-counts")
    def count_in_background(self, view: QueueView) -> None:
        """Counting every matching post is the one slow read at 100,000 posts: it runs on its
        own connection in a thread and fills in the status line when done."""
        store = self.practice.reader()
        try:
            total = queue.count_posts(store, view.filter)
            waiting = queue.waiting_count(store)
        finally:
            store.close()
        self.app.call_from_thread(self._counted, view, total, waiting)

    def _counted(self, view: QueueView, total: int, waiting: int) -> None:
        if view == self.view:
            self.total, self.waiting = total, waiting
            self.update_status()

    def update_status(self) -> None:
        me = self.me
        who = f"{me.name} ({', '.join(sorted(me.roles))})" if me else f"{self.practice.login}?"
        if self.total is None:
            shown = f"{len(self.loaded)}{'+' if self.next_mark else ''}"
        else:
            shown = f"{len(self.loaded)} of {self.total}"
        line = Text(f"{self.view.name}: {shown}")
        if self.waiting:
            line.append(f"  {self.waiting} need a person", style="bold yellow")
        line.append(f"  |  {who}")
        self.query_one("#status-line", Static).update(line)

    def selected_post(self) -> Post | None:
        table = self.query_one(DataTable)
        if not self.loaded or table.cursor_row >= len(self.loaded) or table.cursor_row < 0:
            return None
        return self.loaded[table.cursor_row]

    def show_detail(self) -> None:
        post = self.selected_post()
        detail = self.query_one("#detail", Static)
        if post is None:
            detail.update("No posts here. f: other views; /: find by words, state, account, date.")
            return
        text = Text(f"Post {post.id} · {post_status(post.status)} · by {post.author}")
        if post.review_note:
            said = "Sent back" if post.status == "rejected" else "Sent back before"
            text.append(f"\n{said}: {post.review_note}", style="yellow")
        wait = review_wait(self.practice, post)
        if wait is not None and wait.stuck:
            text.append(f"\n{wait.in_words()}", style="bold yellow")
        for d in post.deliveries:
            text.append(f"\n  {d.account_id}: ")
            text.append(SHORT[d.state], style=STYLE.get(d.state, ""))
            text.append(f" ({DESCRIPTIONS[d.state]})")
            if d.state is DeliveryState.DEFERRED and d.next_attempt_at:
                text.append(f", next try {clock.show(d.next_attempt_at, self.practice.tz)}")
            if d.state in KEYS_FOR:
                text.append(f"  [{KEYS_FOR[d.state]}]", style="bold")
            if d.last_error and d.state in WAITING_FOR_A_PERSON | {DeliveryState.DEFERRED}:
                text.append(f"\n    {d.last_error}")
                if d.state in NEXT_STEP:
                    text.append(f"\n    next: {NEXT_STEP[d.state]}", style="italic")
        detail.update(text)

    def on_data_table_row_highlighted(self, event: DataTable.RowHighlighted) -> None:
        if event.cursor_row >= len(self.loaded) - PAGE_SIZE // 2:
            self.load_more()
        self.show_detail()

    def on_data_table_row_selected(self, event: DataTable.RowSelected) -> None:
        self.action_open_post()

    def poll_changes(self) -> None:
        """Another process (flush, a colleague) or this app (an hours change, a template's
        draft) wrote: show it without losing the cursor. Only while the queue is on screen;
        coming back to it looks again."""
        if not self.is_current:
            return
        if self.app.data_stamp() != self._data_version:  # type: ignore[attr-defined]
            self.reload()

    def after_change(self, message: str = "") -> None:
        super().after_change(message)
        self.reload()

    def _show(self, view: QueueView) -> None:
        self.view = view
        self.total = None
        self.loaded = []
        self.query_one(DataTable).move_cursor(row=0)
        self.reload()

    def action_next_filter(self) -> None:
        self.preset = (self.preset + 1) % len(PRESETS)
        self._show(PRESETS[self.preset])

    def action_filter_form(self) -> None:
        def chosen(view: QueueView | None) -> None:
            if view is not None:
                self._show(view)

        self.app.push_screen(FilterScreen(self.view), chosen)

    def action_refresh(self) -> None:
        self.reload()

    def action_compose(self) -> None:
        from medsocial_tui.tui.screens.compose import ComposeScreen

        self.app.push_screen(ComposeScreen(), lambda _id: self.reload())

    def action_open_post(self) -> None:
        from medsocial_tui.tui.screens.post import PostScreen

        post = self.selected_post()
        if post is not None:
            self.app.push_screen(PostScreen(post.id), lambda _r: self.reload())

    def action_cursor_down(self) -> None:
        self.query_one(DataTable).action_cursor_down()

    def action_cursor_up(self) -> None:
        self.query_one(DataTable).action_cursor_up()
