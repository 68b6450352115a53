"""Review: the posts waiting for the signed-in approver (never their own, unless the practice
is one person); approve, or send back with a reason the author reads."""

from __future__ import annotations

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding
from textual.widgets import DataTable, Header, Static

from medsocial_tui import clock, guard, queue
from medsocial_tui.models import Post
from medsocial_tui.staff import Action
from medsocial_tui.tui.safe import TextStatic, TextTable
from medsocial_tui.tui.screens.base import AreaScreen
from medsocial_tui.tui.widgets.ask import Ask
from medsocial_tui.tui.widgets.footer import KeyFooter


class ReviewScreen(AreaScreen):
    GROUP = "Review"
    NEEDS = {"approve": Action.APPROVE, "send_back": Action.APPROVE}
    BINDINGS = [
        Binding("a", "approve", "Approve", id="review.approve", tooltip="It goes out at its time"),
        Binding(
            "b",
            "send_back",
            "Send back",
            id="review.send_back",
            tooltip="Return it to the author with a reason",
        ),
        Binding("escape", "back", "Back", id="review.back", tooltip="Back to the queue"),
    ]

    def __init__(self) -> None:
        super().__init__()
        self.posts: list[Post] = []

    def compose(self) -> ComposeResult:
        yield Header(show_clock=False, icon="")
        yield TextStatic(id="status-line")
        yield TextTable(id="review", cursor_type="row")
        yield TextStatic(id="detail")
        yield KeyFooter()

    def on_mount(self) -> None:
        table = self.query_one(DataTable)
        table.add_column("When", width=16)
        table.add_column("Author", width=8)
        table.add_column("Accounts", width=20)
        table.add_column("Text")
        self.reload()

    def reload(self) -> None:
        table = self.query_one(DataTable)
        table.clear()
        decision = self.decision("approve")
        self.posts = queue.reviewable(self.practice)
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
        if not decision.allowed:
            status = Text(f"You cannot review posts: {decision.reason}", style="yellow")
        elif self.posts:
            status = Text(f"{len(self.posts)} waiting for your review")
        else:
            status = Text("Nothing waits for you.")
        self.query_one("#status-line", Static).update(status)
        self.show_detail()

    def selected(self) -> Post | None:
        row = self.query_one(DataTable).cursor_row
        return self.posts[row] if self.posts and 0 <= row < len(self.posts) else None

    def show_detail(self) -> None:
        post = self.selected()
        detail = self.query_one("#detail", Static)
        if post is None:
            detail.update("")
            return
        report = guard.report_for(self.practice, post.text)
        text = Text(post.text + "\n\n")
        if report.findings:
            for f in report.findings:
                text.append(
                    f"Guard {f.severity}: {f.label}: {f.reason}\n",
                    style="red" if f.severity == "block" else "yellow",
                )
        else:
            text.append("Guard: nothing found", style="green")
        detail.update(text)

    def on_data_table_row_highlighted(self) -> None:
        self.show_detail()

    def action_approve(self) -> None:
        post = self.selected()
        if post is None:
            return
        approved = self.attempt("Not approved", queue.approve, post.id)
        if approved is not None:
            when = clock.show(approved.scheduled_at, self.practice.tz)
            self.notify(f"Post {post.id} approved: goes out {when}")
            self.reload()

    def action_send_back(self) -> None:
        post = self.selected()
        if post is None:
            return

        def done(reason: str | None) -> None:
            if reason and self.attempt("Not sent back", queue.send_back, post.id, reason):
                self.notify(f"Post {post.id} sent back to {post.author}")
                self.reload()

        self.app.push_screen(
            Ask(
                f"Why is post {post.id} sent back? The author reads this.",
                "e.g. add the county health department link",
            ),
            done,
        )
