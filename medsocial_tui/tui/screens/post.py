"""One post in full: its text (and each account's own text), attachments, link, who wrote and
approved it, and each delivery with its state, error and next step. Keys act on the delivery
under the cursor."""

from __future__ import annotations

from rich.text import Text
from textual.app import ComposeResult
from textual.widgets import DataTable, Static

from medsocial_tui import clock
from medsocial_tui.errors import NotFound
from medsocial_tui.models import Delivery, Post
from medsocial_tui.publishing import queue
from medsocial_tui.publishing.approvers import review_wait
from medsocial_tui.publishing.review_facts import attachments
from medsocial_tui.publishing.states import DESCRIPTIONS, NEXT_STEP
from medsocial_tui.tui.keys import go_back, press
from medsocial_tui.tui.safe import shown
from medsocial_tui.tui.screens.base import tables_over_text
from medsocial_tui.tui.screens.post_actions import PostActions
from medsocial_tui.tui.words import (
    STATE_SHORT,
    STATE_STYLE,
    kind_words,
    review_note_words,
    width_for,
)


class PostScreen(PostActions, keys="post"):
    GROUP = "Post"
    BINDINGS = [
        press("e", "edit", "Edit", "Change it (not yet sent)"),
        press("t", "retry", "Retry", "Send this delivery again"),
        press("m", "mark", "Mark", "Out (with its URL) or failed"),
        press("s", "reschedule", "When", "Move to another time"),
        press("x", "cancel_post", "Cancel", "Stop what has not gone out", id="cancel"),
        go_back("Back to the list"),
    ]

    def __init__(self, post_id: int) -> None:
        super().__init__()
        self.post_id = post_id
        self.post: Post | None = None

    def compose(self) -> ComposeResult:
        yield from tables_over_text("deliveries", box="post-body", text="post-text")

    def on_mount(self) -> None:
        table = self.query_one(DataTable)
        ids = [a.id for a in self.practice.config.accounts]
        table.add_column("Account", width=width_for(ids, 7, 14))
        table.add_column("State", width=9)
        table.add_column("What it means")
        self.reload()

    def reload(self) -> None:
        try:
            self.post = queue.get(self.practice.store, self.post_id)
        except NotFound:
            self.notify(f"Post {self.post_id} is gone")
            self.app.pop_screen()
            return
        post = self.post
        table = self.query_one(DataTable)
        row = table.cursor_row
        table.clear()
        for d in post.deliveries:
            table.add_row(
                d.account_id,
                Text(STATE_SHORT[d.state], style=STATE_STYLE.get(d.state, "")),
                DESCRIPTIONS[d.state],
                key=str(d.id),
            )
        if post.deliveries:
            table.move_cursor(row=min(max(row, 0), len(post.deliveries) - 1))
        self.sub_title = f"Post {post.id}"
        self.show_text()

    def show_text(self) -> None:
        post = self.post
        if post is None:
            return
        tz = self.practice.tz
        text = Text()
        delivery = self.focused_delivery()
        if delivery is not None:
            text.append(f"{delivery.account_id}: {DESCRIPTIONS[delivery.state]}\n", style="bold")
            if delivery.last_error:
                text.append(f"  {delivery.last_error}\n", style="yellow")
            if delivery.state in NEXT_STEP:
                text.append(f"  next: {NEXT_STEP[delivery.state]}\n", style="italic")
            if delivery.remote_url:
                text.append(f"  at {delivery.remote_url}\n")
            text.append("\n")
        when = clock.show(post.scheduled_at, tz) if post.scheduled_at else "when approved"
        text.append(f"{kind_words(post.kind)} · {when} · by {post.author}")
        if post.approved_by:
            text.append(f" · approved by {post.approved_by}")
        text.append("\n")
        if post.review_note:
            text.append(review_note_words(post.status, post.review_note) + "\n", style="yellow")
        wait = review_wait(self.practice, post)
        if wait is not None:
            text.append(wait.in_words() + "\n", style="bold yellow" if wait.stuck else "")
        text.append_text(shown(f"\n{post.text}\n"))
        for key, own in post.overrides.items():
            text.append(f"\nOnly on {key}:\n", style="bold")
            text.append_text(shown(f"{own}\n"))
        if post.link:
            text.append(f"\nLink: {post.link}\n")
        for attachment in attachments(self.practice, post.media):
            text.append(f"Attached: {attachment.in_words()}\n")
        self.query_one("#post-text", Static).update(text)

    def on_data_table_row_highlighted(self) -> None:
        self.show_text()

    def selected_post(self) -> Post | None:
        return self.post

    def focused_delivery(self) -> Delivery | None:
        if self.post is None or not self.post.deliveries:
            return None
        row = self.query_one(DataTable).cursor_row
        return self.post.deliveries[row] if 0 <= row < len(self.post.deliveries) else None
