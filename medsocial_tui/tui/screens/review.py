"""Review: the posts waiting for the signed-in approver; approve, or send back with a reason."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.binding import Binding
from textual.screen import Screen
from textual.widgets import DataTable, Footer, Header, Static

from medsocial_tui import clock, guard, queue
from medsocial_tui.errors import MedsocialError
from medsocial_tui.models import Post
from medsocial_tui.staff import Action, decide
from medsocial_tui.tui.widgets.ask import Ask


class ReviewScreen(Screen[None]):
    BINDINGS = [
        Binding("a", "approve", "Approve", id="review.approve", tooltip="It goes out at its time"),
        Binding(
            "b",
            "send_back",
            "Send back",
            id="review.send_back",
            tooltip="Return it to the author with a reason",
        ),
        Binding("escape", "back", "Back", id="review.back"),
    ]

    def __init__(self) -> None:
        super().__init__()
        self.posts: list[Post] = []

    @property
    def practice(self):
        return self.app.practice  # type: ignore[attr-defined]

    def compose(self) -> ComposeResult:
        yield Header(show_clock=False, icon="")
        yield Static(id="status-line")
        yield DataTable(id="review", cursor_type="row")
        yield Static(id="detail")
        yield Footer()

    def on_mount(self) -> None:
        table = self.query_one(DataTable)
        table.add_column("When", width=16)
        table.add_column("Author", width=10)
        table.add_column("Accounts", width=20)
        table.add_column("Text")
        self.reload()

    def reload(self) -> None:
        me = self.app.me  # type: ignore[attr-defined]
        decision = decide(self.practice.store, me, Action.APPROVE)
        table = self.query_one(DataTable)
        table.clear()
        self.posts = []
        if not decision.allowed:
            self.query_one("#status-line", Static).update(f"You cannot approve: {decision.reason}")
            self.query_one("#detail", Static).update("")
            return
        mine_ok = self.practice.config.one_person_practice
        self.posts = [
            p
            for p in queue.waiting_for_review(self.practice.store, me)
            if mine_ok or p.author != me.login
        ]
        for post in self.posts:
            table.add_row(
                clock.show(post.scheduled_at, self.practice.tz)
                if post.scheduled_at
                else "when approved",
                post.author,
                ", ".join(d.account_id for d in post.deliveries),
                " ".join(post.text.split()),
                key=str(post.id),
            )
        self.query_one("#status-line", Static).update(
            f"{len(self.posts)} waiting for your review" if self.posts else "Nothing waits for you."
        )
        self.show_detail()

    def selected(self) -> Post | None:
        row = self.query_one(DataTable).cursor_row
        return self.posts[row] if self.posts and row < len(self.posts) else None

    def show_detail(self) -> None:
        post = self.selected()
        if post is None:
            self.query_one("#detail", Static).update("")
            return
        report = guard.report_for(self.practice, post.text)
        notes = [f"{f.severity}: {f.label}: {f.reason}" for f in report.findings]
        lines = [post.text, ""] + (
            ["Guard: " + "; ".join(notes)] if notes else ["Guard: nothing found"]
        )
        self.query_one("#detail", Static).update("\n".join(lines))

    def on_data_table_row_highlighted(self) -> None:
        self.show_detail()

    def action_approve(self) -> None:
        post = self.selected()
        if post is None:
            return
        try:
            approved = queue.approve(self.practice, post.id)
        except MedsocialError as exc:
            self.notify(exc.for_people(), title="Not approved", severity="error", timeout=10)
            return
        when = clock.show(approved.scheduled_at, self.practice.tz)
        self.notify(f"Post {post.id} approved: goes out {when}")
        self.reload()

    def action_send_back(self) -> None:
        post = self.selected()
        if post is None:
            return

        def done(reason: str | None) -> None:
            if not reason:
                return
            try:
                queue.send_back(self.practice, post.id, reason)
            except MedsocialError as exc:
                self.notify(exc.for_people(), severity="error", timeout=10)
                return
            self.notify(f"Post {post.id} sent back to {post.author}")
            self.reload()

        self.app.push_screen(
            Ask(
                f"Why is post {post.id} sent back? The author reads this.",
                "e.g. add the county health department link",
            ),
            done,
        )

    def action_back(self) -> None:
        self.app.pop_screen()
