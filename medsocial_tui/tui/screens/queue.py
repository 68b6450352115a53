"""The queue: every post with each account's state at a glance, failures in words."""

from __future__ import annotations

from collections import Counter

from textual.app import ComposeResult
from textual.binding import Binding
from textual.screen import Screen
from textual.widgets import DataTable, Footer, Header, Static

from medsocial_tui import clock, queue
from medsocial_tui.models import Post
from medsocial_tui.states import DESCRIPTIONS, WAITING_FOR_A_PERSON, DeliveryState

PAGE_SIZE = 100

FILTERS: tuple[tuple[str, queue.QueueFilter], ...] = (
    ("all posts", queue.QueueFilter()),
    ("needs a person", queue.QueueFilter(states=tuple(s.value for s in WAITING_FOR_A_PERSON))),
    ("waiting for review", queue.QueueFilter(status="in_review")),
    ("scheduled", queue.QueueFilter(states=("scheduled", "deferred"))),
    ("published", queue.QueueFilter(states=("published",))),
    ("drafts and sent back", queue.QueueFilter(states=("draft", "rejected"))),
)

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


def summarize(post: Post) -> str:
    """'2 out, 1 FAILED': the states of a post's deliveries, the ones needing a person first."""
    counts = Counter(d.state for d in post.deliveries)
    ordered = sorted(counts, key=lambda s: (s not in WAITING_FOR_A_PERSON, s.value))
    return ", ".join(f"{counts[s]} {SHORT[s]}" for s in ordered)


class QueueScreen(Screen[None]):
    """All posts, newest schedule first, read from the database a page at a time."""

    BINDINGS = [
        Binding("f", "next_filter", "Filter", id="queue.filter", tooltip="Cycle what is shown"),
        Binding("r,f5", "refresh", "Refresh", id="queue.refresh", tooltip="Read the queue again"),
        Binding("j", "cursor_down", "Down", show=False, id="queue.down"),
        Binding("k", "cursor_up", "Up", show=False, id="queue.up"),
    ]

    def __init__(self) -> None:
        super().__init__()
        self.filter_index = 0
        self.loaded: list[Post] = []
        self.total = 0
        self._data_version = -1

    def compose(self) -> ComposeResult:
        yield Header(show_clock=False, icon="")
        yield Static(id="status-line")
        yield DataTable(id="queue", cursor_type="row", zebra_stripes=True)
        yield Static(id="detail")
        yield Footer()

    def on_mount(self) -> None:
        table = self.query_one(DataTable)
        table.add_column("When", key="when", width=16)
        table.add_column("Kind", key="kind", width=10)
        table.add_column("Deliveries", key="deliveries", width=20)
        table.add_column("Text", key="text")
        self.reload()
        self.set_interval(2.0, self.poll_changes)

    @property
    def practice(self):
        return self.app.practice  # type: ignore[attr-defined]

    def current_filter(self) -> tuple[str, queue.QueueFilter]:
        return FILTERS[self.filter_index]

    def reload(self) -> None:
        """Read the first page again (after a change here or in another process)."""
        store = self.practice.store
        self._data_version = store.data_version()
        _, flt = self.current_filter()
        self.total = queue.count_posts(store, flt)
        self.loaded = queue.page(store, flt, limit=PAGE_SIZE, offset=0)
        table = self.query_one(DataTable)
        selected = table.cursor_row
        table.clear()
        self._add_rows(self.loaded)
        if self.loaded:
            table.move_cursor(row=min(selected, len(self.loaded) - 1))
        self.update_status()
        self.show_detail()

    def _add_rows(self, posts: list[Post]) -> None:
        table = self.query_one(DataTable)
        tz = self.practice.tz
        for post in posts:
            when = clock.show(post.scheduled_at, tz) if post.scheduled_at else "not scheduled"
            text = " ".join(post.text.split())
            table.add_row(
                when, post.kind.replace("_", " ")[:10], summarize(post), text, key=str(post.id)
            )

    def load_more(self) -> None:
        if len(self.loaded) >= self.total:
            return
        _, flt = self.current_filter()
        more = queue.page(self.practice.store, flt, limit=PAGE_SIZE, offset=len(self.loaded))
        self.loaded.extend(more)
        self._add_rows(more)
        self.update_status()

    def update_status(self) -> None:
        counts = queue.state_counts(self.practice.store)
        waiting = sum(counts.get(s.value, 0) for s in WAITING_FOR_A_PERSON)
        name, _ = self.current_filter()
        me = self.app.me  # type: ignore[attr-defined]
        who = me.name if me else f"{self.practice.login} (not on staff)"
        attention = f"  {waiting} need a person" if waiting else ""
        self.query_one("#status-line", Static).update(
            f"{name}: {len(self.loaded)} of {self.total}{attention}  ·  {who}"
        )

    def selected_post(self) -> Post | None:
        table = self.query_one(DataTable)
        if not self.loaded or table.cursor_row >= len(self.loaded):
            return None
        return self.loaded[table.cursor_row]

    def show_detail(self) -> None:
        post = self.selected_post()
        detail = self.query_one("#detail", Static)
        if post is None:
            detail.update("No posts here. Press f to show other posts.")
            return
        lines = [f"Post {post.id} · {post.status.replace('_', ' ')} · by {post.author}"]
        if post.review_note:
            lines.append(f"Sent back: {post.review_note}")
        for d in post.deliveries:
            words = DESCRIPTIONS[d.state]
            line = f"  {d.account_id}: {SHORT[d.state]} ({words})"
            if d.state is DeliveryState.DEFERRED and d.next_attempt_at:
                line += f", next try {clock.show(d.next_attempt_at, self.practice.tz)}"
            lines.append(line)
            if d.last_error and d.state in WAITING_FOR_A_PERSON | {DeliveryState.DEFERRED}:
                lines.append(f"    {d.last_error}")
        self.query_one("#detail", Static).update("\n".join(lines))

    def on_data_table_row_highlighted(self, event: DataTable.RowHighlighted) -> None:
        if event.cursor_row >= len(self.loaded) - 5:
            self.load_more()
        self.show_detail()

    def poll_changes(self) -> None:
        """Another process (flush) committed: show it without losing the cursor."""
        if self.practice.store.data_version() != self._data_version:
            self.reload()

    def action_next_filter(self) -> None:
        self.filter_index = (self.filter_index + 1) % len(FILTERS)
        self.query_one(DataTable).move_cursor(row=0)
        self.reload()

    def action_refresh(self) -> None:
        self.reload()

    def action_cursor_down(self) -> None:
        self.query_one(DataTable).action_cursor_down()

    def action_cursor_up(self) -> None:
        self.query_one(DataTable).action_cursor_up()
