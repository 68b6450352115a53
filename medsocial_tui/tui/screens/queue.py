"""The queue: every post with each account's state at a glance, failures in words."""

from __future__ import annotations

from collections import Counter

from textual.app import ComposeResult
from textual.binding import Binding
from textual.screen import Screen
from textual.widgets import DataTable, Footer, Header, Static

from medsocial_tui import clock, queue
from medsocial_tui.errors import MedsocialError
from medsocial_tui.models import Post
from medsocial_tui.staff import Action, decide
from medsocial_tui.staff import everyone as staff_list
from medsocial_tui.states import DESCRIPTIONS, WAITING_FOR_A_PERSON, DeliveryState
from medsocial_tui.tui.widgets.ask import Ask
from medsocial_tui.when import describe, parse_when

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
        Binding("n", "compose", "New post", id="queue.compose", tooltip="Write a post"),
        Binding("e", "edit", "Edit", id="queue.edit", tooltip="Change a post not yet sent"),
        Binding("v", "review", "Review", id="queue.review", tooltip="Posts waiting for you"),
        Binding(
            "t",
            "retry",
            "Retry",
            id="queue.retry",
            tooltip="Send a failed, held or unknown delivery again",
        ),
        Binding(
            "m",
            "mark_published",
            "Mark out",
            id="queue.mark",
            tooltip="It is out (posted by hand, or found on the page): give its URL",
        ),
        Binding("s", "reschedule", "When", id="queue.reschedule", tooltip="Move to another time"),
        Binding(
            "x", "cancel_post", "Cancel", id="queue.cancel", tooltip="Stop what has not gone out"
        ),
        Binding("c", "calendar", "Calendar", id="queue.calendar", tooltip="Week and month views"),
        Binding(
            "h",
            "channels",
            "Channels",
            id="queue.channels",
            tooltip="Accounts, credentials, quiet pages, to-dos by hand",
        ),
        Binding("f", "next_filter", "Filter", id="queue.filter", tooltip="Cycle what is shown"),
        Binding(
            "slash",
            "search",
            "Find",
            id="queue.search",
            tooltip="Filter by account, author or state: e.g. mastodon, jreyes, failed",
        ),
        Binding("r,f5", "refresh", "Refresh", id="queue.refresh", tooltip="Read the queue again"),
        Binding("j", "cursor_down", "Down", show=False, id="queue.down"),
        Binding("k", "cursor_up", "Up", show=False, id="queue.up"),
    ]

    def __init__(self) -> None:
        super().__init__()
        self.filter_index = 0
        self.custom_filter: tuple[str, queue.QueueFilter] | None = None
        self.waiting = 0
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
        return self.custom_filter or FILTERS[self.filter_index]

    def reload(self) -> None:
        """Read the first page again (after a change here or in another process)."""
        store = self.practice.store
        self._data_version = store.data_version()
        _, flt = self.current_filter()
        self.total = queue.count_posts(store, flt)
        self.waiting = queue.waiting_count(store)
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
        waiting = self.waiting
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
        self.custom_filter = None
        self.filter_index = (self.filter_index + 1) % len(FILTERS)
        self.query_one(DataTable).move_cursor(row=0)
        self.reload()

    def action_refresh(self) -> None:
        self.reload()

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        """Offer only what the signed-in person may do (the core enforces it too)."""
        needs = {
            "compose": Action.COMPOSE,
            "edit": Action.COMPOSE,
            "review": Action.APPROVE,
            "retry": Action.HANDLE_DELIVERY,
            "mark_published": Action.HANDLE_DELIVERY,
            "reschedule": Action.COMPOSE,
            "cancel_post": Action.CANCEL,
        }
        if action in needs:
            return decide(self.practice.store, self.app.me, needs[action]).allowed  # type: ignore[attr-defined]
        return True

    def _after(self, message: str | None = None) -> None:
        if message:
            self.notify(message)
        self.reload()

    def _run(self, what: str, fn, *args, **kwargs) -> object | None:
        try:
            return fn(self.practice, *args, **kwargs)
        except MedsocialError as exc:
            self.notify(exc.for_people(), title=what, severity="error", timeout=10)
            return None

    def action_compose(self) -> None:
        from medsocial_tui.tui.screens.compose import ComposeScreen

        self.app.push_screen(ComposeScreen(), lambda _id: self.reload())

    def action_edit(self) -> None:
        from medsocial_tui.tui.screens.compose import ComposeScreen

        post = self.selected_post()
        if post is None:
            return
        if post.status not in ("draft", "rejected", "in_review", "approved"):
            self.notify(f"Post {post.id} is {post.status}; it can no longer be edited")
            return
        self.app.push_screen(ComposeScreen(post), lambda _id: self.reload())

    def action_calendar(self) -> None:
        from medsocial_tui.tui.screens.calendar import CalendarScreen

        self.app.push_screen(CalendarScreen(), lambda _r: self.reload())

    def action_channels(self) -> None:
        from medsocial_tui.tui.screens.channels import ChannelsScreen

        self.app.push_screen(ChannelsScreen(), lambda _r: self.reload())

    def action_search(self) -> None:
        """A filter in the practice's words: account ids, staff logins or state names."""
        accounts = {a.id for a in self.practice.config.accounts}
        logins = {m.login for m in staff_list(self.practice.store, include_inactive=True)}
        states = {s.value for s in DeliveryState}

        def answered(words: str | None) -> None:
            if words is None:
                return
            chosen = words.split()
            unknown = [w for w in chosen if w not in accounts | logins | states]
            if unknown:
                self.notify(
                    f"Not an account, login or state: {', '.join(unknown)}", severity="warning"
                )
                return
            flt = queue.QueueFilter(
                states=tuple(w for w in chosen if w in states),
                accounts=tuple(w for w in chosen if w in accounts),
                author=next((w for w in chosen if w in logins), None),
            )
            self.custom_filter = (f"matching {' '.join(chosen)}", flt) if chosen else None
            self.query_one(DataTable).move_cursor(row=0)
            self.reload()

        self.app.push_screen(
            Ask(
                "Show posts for (accounts, logins, states; empty shows all):",
                "e.g. mastodon failed",
            ),
            answered,
        )

    def action_review(self) -> None:
        from medsocial_tui.tui.screens.review import ReviewScreen

        self.app.push_screen(ReviewScreen(), lambda _r: self.reload())

    def _delivery_needing(self, states: set[DeliveryState]):
        post = self.selected_post()
        if post is None:
            return None
        found = [d for d in post.deliveries if d.state in states]
        if not found:
            names = ", ".join(sorted(s.value for s in states))
            self.notify(f"Post {post.id} has no delivery that is {names}")
            return None
        return found[0]

    def action_retry(self) -> None:
        delivery = self._delivery_needing(
            {DeliveryState.FAILED, DeliveryState.HELD, DeliveryState.UNKNOWN}
        )
        if delivery is None:
            return
        if delivery.state is not DeliveryState.UNKNOWN:
            if self._run("Not retried", queue.retry, delivery.id):
                self._after(f"{delivery.account_id}: goes out at the next flush")
            return

        def confirmed(answer: str | None) -> None:
            if answer and answer.lower() == "yes":
                if self._run("Not retried", queue.retry, delivery.id, anyway=True):
                    self._after(f"{delivery.account_id}: will be sent again")

        self.app.push_screen(
            Ask(
                f"{delivery.account_id} may already have it. Check the page "
                "first. Type yes to send it again anyway."
            ),
            confirmed,
        )

    def action_mark_published(self) -> None:
        delivery = self._delivery_needing(
            {DeliveryState.UNKNOWN, DeliveryState.TODO, DeliveryState.HELD, DeliveryState.FAILED}
        )
        if delivery is None:
            return

        def answered(url: str | None) -> None:
            if url and self._run("Not marked", queue.resolve, delivery.id, published_url=url):
                self._after(f"{delivery.account_id}: marked as out")

        self.app.push_screen(
            Ask(f"Where is it on {delivery.account_id}? Paste the post's URL.", "https://..."),
            answered,
        )

    def action_reschedule(self) -> None:
        post = self.selected_post()
        if post is None:
            return

        def answered(words: str | None) -> None:
            if not words:
                return
            try:
                when = parse_when(words, self.practice.tz)
            except MedsocialError as exc:
                self.notify(exc.for_people(), severity="error")
                return
            if self._run("Not moved", queue.reschedule, post.id, when):
                self._after(f"Post {post.id} now goes out {describe(when, self.practice.tz)}")

        self.app.push_screen(Ask(f"When should post {post.id} go out?", "tomorrow 9am"), answered)

    def action_cancel_post(self) -> None:
        post = self.selected_post()
        if post is None:
            return

        def answered(reason: str | None) -> None:
            if reason and self._run("Not canceled", queue.cancel, post.id, reason):
                self._after(f"Post {post.id}: what had not gone out is canceled")

        self.app.push_screen(
            Ask(
                f"Cancel post {post.id}? Say why (kept in the audit log).",
                "e.g. the office reopened",
            ),
            answered,
        )

    def action_cursor_down(self) -> None:
        self.query_one(DataTable).action_cursor_down()

    def action_cursor_up(self) -> None:
        self.query_one(DataTable).action_cursor_up()
