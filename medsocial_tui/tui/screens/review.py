"""Review: the posts waiting for the signed-in approver (never their own, unless the practice
is one person); approve, or send back with a reason the author reads."""

from __future__ import annotations

from rich.text import Text
from textual import work
from textual.widgets import DataTable, Static
from textual.worker import get_current_worker

from medsocial_tui import clock
from medsocial_tui.home.practice import Practice
from medsocial_tui.models import Post
from medsocial_tui.publishing import guard, queue, queue_views
from medsocial_tui.publishing.approvers import ReviewWait, stuck_posts_of
from medsocial_tui.publishing.review_facts import review_facts
from medsocial_tui.records import staff
from medsocial_tui.records.staff import Action
from medsocial_tui.tui.keys import go_back, press
from medsocial_tui.tui.safe import shown
from medsocial_tui.tui.screens.base import RowsScreen, on_row
from medsocial_tui.tui.widgets.ask import Ask
from medsocial_tui.tui.words import accounts_cell, width_for


def guard_detail(practice: Practice, post: Post) -> Text:
    """The post's text (and each account's own text) with the guard's findings, any missing
    patient permission, and what else the approver should know (attachments, earlier stops,
    the send-back reason)."""
    texts = [("", post.text), *((f"only on {k}: ", v) for k, v in post.overrides.items())]
    text = shown(post.text + "\n\n")
    found = False
    for where, words in texts:
        for f in guard.report_for(practice, words).findings:
            found = True
            text.append(
                f"Guard {f.severity}: {where}{f.label}: {f.reason}\n",
                style="red" if f.severity == "block" else "yellow",
            )
    if not found:
        text.append("Guard: nothing found now\n", style="green")
    for problem in guard.permission_problems(practice, post):
        text.append(f"Patient permission: {problem}\n", style="red")
    for line in review_facts(practice, post):
        text.append(line + "\n", style="yellow" if not line.startswith("Attached") else "")
    return text


ACCOUNTS_WIDTH = 20


class ReviewScreen(RowsScreen[Post], keys="review"):
    GROUP = "Review"
    NEEDS = {"approve": Action.APPROVE, "send_back": Action.APPROVE}
    BINDINGS = [
        press("a", "approve", "Approve", "It goes out at its time"),
        press("b", "send_back", "Send back", "Return it to the author with a reason"),
        go_back("Back to the queue"),
    ]

    TABLE_ID = "review"
    ZEBRA = False

    def columns(self) -> list[tuple[str, int | None]]:
        logins = [m.login for m in staff.everyone(self.practice.store, include_inactive=True)]
        return [
            ("When", 16),
            ("Author", width_for(logins, 6, 12)),
            ("Accounts", ACCOUNTS_WIDTH),
            ("Text", None),
        ]

    def reload(self) -> None:
        table = self.query_one(DataTable)
        table.clear()
        decision = self.decision("approve")
        self.rows = queue_views.reviewable(self.practice)
        for post in self.rows:
            table.add_row(
                clock.show(post.scheduled_at, self.practice.tz)
                if post.scheduled_at
                else "when approved",
                post.author,
                accounts_cell([d.account_id for d in post.deliveries], ACCOUNTS_WIDTH),
                " ".join(post.text.split()),
                key=str(post.id),
            )
        if not decision.allowed:
            status = Text(f"You cannot review posts: {decision.reason}", style="yellow")
        elif self.rows:
            status = Text(f"{len(self.rows)} waiting for your review")
        else:
            status = Text("Nothing waits for you.")
        stuck = self.own_stuck()
        if stuck:
            ids = ", ".join(str(w.post_id) for w in stuck)
            status.append(f"  Your post(s) {ids}: nobody can approve them", style="bold yellow")
        self.query_one("#status-line", Static).update(status)
        self.show_detail()

    def own_stuck(self) -> list[ReviewWait]:
        """The signed-in person's own posts in review that nobody may approve."""
        me = self.me
        if me is None:
            return []
        return stuck_posts_of(self.practice, me.login)

    def show_detail(self) -> None:
        """The post at once; the guard's findings from a worker thread (a long post takes
        the guard a moment, and keys must never wait for it)."""
        post = self.selected()
        detail = self.query_one("#detail", Static)
        if post is None:
            stuck = self.own_stuck()
            detail.update(Text(stuck[0].in_words(), style="yellow") if stuck else "")
            return
        self._checked = None
        detail.update(shown(post.text + "\n\nGuard: checking…"))
        self.check_post(post)

    @work(thread=True, exclusive=True, group="review-guard")
    def check_post(self, post: Post) -> None:
        """In a thread, with its own read-only connection (connections are per thread)."""
        with self.reading() as practice:
            text = guard_detail(practice, post)
        if not get_current_worker().is_cancelled:
            self.medsocial.call_from_thread(self._show_checked, post.id, text)

    def _show_checked(self, post_id: int, text: Text) -> None:
        post = self.selected()
        if post is not None and post.id == post_id:
            self.query_one("#detail", Static).update(text)
            self._checked = post_id

    _checked: int | None = None
    """The post whose guard findings are on screen: approving is refused until then, so a
    second ``a`` pressed in one breath cannot approve the next post, which moved under the
    cursor when the first was approved and which the approver has not read."""

    @on_row
    def action_approve(self, post: Post) -> None:
        if self._checked != post.id:
            self.notify(
                f"Post {post.id} is not approved: read the guard's findings below its text"
                " first (they show in a moment), then press a again",
                severity="warning",
            )
            return

        def approved(done: Post) -> None:
            when = clock.show(done.scheduled_at, self.practice.tz)
            self.notify(f"Post {post.id} approved: goes out {when}")
            self.reload()

        self.attempt("Not approved", queue.approve, post.id, then=approved)

    @on_row
    def action_send_back(self, post: Post) -> None:
        def sent_back(_done: Post) -> None:
            self.notify(f"Post {post.id} sent back to {post.author}")
            self.reload()

        self.attempt_after(
            Ask(
                f"Why is post {post.id} sent back? The author reads this.",
                "e.g. add the county health department link",
            ),
            "Not sent back",
            queue.send_back,
            post.id,
            then=sent_back,
        )
