"""What a person does about a post or one of its deliveries, shared by the queue and the post
screen: retry, retry anyway, mark out or failed, reschedule, cancel, edit. Each asks what the
core needs in words and calls the core, which decides and records. The core
(:mod:`medsocial_tui.publishing.queue`, with the plugins' API) is imported by the action that
calls it, not before the queue's first frame."""

from __future__ import annotations

from collections.abc import Callable

from textual.binding import Binding

from medsocial_tui.errors import MedsocialError
from medsocial_tui.models import Delivery, Post
from medsocial_tui.publishing.states import (
    DESCRIPTIONS,
    RESOLVABLE,
    RETRY_ANYWAY,
    RETRYABLE,
    DeliveryState,
    PostStatus,
    can_move,
)
from medsocial_tui.records.staff import Action
from medsocial_tui.tui.keys import app_key_names, first_key
from medsocial_tui.tui.screens.base import AreaScreen
from medsocial_tui.tui.widgets.ask import Ask, where_is_it
from medsocial_tui.tui.widgets.choose import Choose
from medsocial_tui.tui.words import STATE_SHORT, post_status
from medsocial_tui.when import describe, parse_when


class PostActions(AreaScreen[None]):
    """Mixed into screens that show posts; they say which post and delivery are selected.
    They show no text field: what an action asks opens as a dialog."""

    NEEDS = {
        "compose": Action.COMPOSE,
        "edit": Action.COMPOSE,
        "retry": Action.HANDLE_DELIVERY,
        "mark": Action.HANDLE_DELIVERY,
        "reschedule": Action.COMPOSE,
        "cancel_post": Action.CANCEL,
    }
    TAKES_TYPING = False

    def selected_post(self) -> Post | None:
        raise NotImplementedError

    def focused_delivery(self) -> Delivery | None:
        """The delivery a person pointed at, when the screen shows deliveries."""
        return None

    def after_change(self, message: str = "") -> None:
        """A change was committed: say so, and show it (the queue's rows, the post's
        deliveries: :meth:`reload`)."""
        if message:
            self.notify(message)
        self.reload()

    def with_delivery(
        self, verb: str, states: frozenset[DeliveryState], then: Callable[[Delivery], None]
    ) -> None:
        """Call ``then(delivery)`` for the pointed-at delivery, or the post's only one in
        ``states``; with several, ask which account by number. Otherwise say, in the words
        the tables use, what ``verb`` works on."""
        post = self.selected_post()
        if post is None:
            return
        pointed = self.focused_delivery()
        if pointed is not None:
            if pointed.state in states:
                then(pointed)
            else:
                self.notify(
                    f"{pointed.account_id} is {DESCRIPTIONS[pointed.state]}: "
                    f"{verb} is for a delivery that is {_either(states)}"
                )
            return
        found = [d for d in post.deliveries if d.state in states]
        if not found:
            self.notify(f"{verb}: post {post.id} has no delivery that is {_either(states)}")
            return
        if len(found) == 1:
            then(found[0])
            return
        options = [
            (str(i), f"{d.account_id} ({STATE_SHORT[d.state].lower()})")
            for i, d in enumerate(found, 1)
        ]

        def chosen(key: str | None) -> None:
            if key:
                then(found[int(key) - 1])

        self.app.push_screen(Choose("Which account?", options[:9]), chosen)

    def action_retry(self) -> None:
        self.with_delivery("Retry", RETRYABLE | RETRY_ANYWAY, self._retry)

    def _retry(self, delivery: Delivery) -> None:
        from medsocial_tui.publishing import queue

        if delivery.state not in RETRY_ANYWAY:
            self.attempt(
                "Not retried",
                queue.retry,
                delivery.id,
                then=lambda _d: self._retried(delivery, "goes out at the next send round"),
            )
            return

        def confirmed(answer: str | None) -> None:
            if answer and answer.lower() == "yes":
                self.attempt(
                    "Not retried",
                    queue.retry,
                    delivery.id,
                    anyway=True,
                    then=lambda _d: self._retried(delivery, "will be sent again"),
                )

        self.app.push_screen(
            Ask(
                f"{delivery.account_id} may already have it: look at the page first. "
                "Type yes to send it again anyway.",
                "yes",
            ),
            confirmed,
        )

    def _retried(self, delivery: Delivery, words: str) -> None:
        """Say the retry was taken; and, for an account still not connected (a credential
        missing), that it fails again unless connected first: before, "goes out at the next
        send round" was all, and the retry failed as before."""
        from medsocial_tui.accounts.connections import connection_problem

        problem = connection_problem(self.practice, delivery.account_id)
        if not problem:
            self.after_change(f"{delivery.account_id}: {words}")
            return
        channels = app_key_names("go.channels", self.medsocial.keymap)
        # a held delivery was never sent (it missed its time): it has not failed before
        again = " again" if delivery.state is DeliveryState.FAILED else ""
        self.after_change()
        self.notify(
            f"{delivery.account_id}: {words}, but it is {problem}, so it will fail{again} "
            f"unless it is connected first: Channels ({channels}) says what it needs",
            severity="warning",
            timeout=15,
        )

    def action_mark(self) -> None:
        self.with_delivery("Mark", RESOLVABLE, self._mark)

    def _mark(self, delivery: Delivery) -> None:
        from medsocial_tui.publishing import queue

        def marked(question: Ask, answer_as: str, outcome: str) -> None:
            self.attempt_after(
                question,
                "Not marked",
                queue.resolve,
                delivery.id,
                answer_as=answer_as,
                then=lambda _d: self.after_change(f"{delivery.account_id}: marked as {outcome}"),
            )

        def chosen(key: str | None) -> None:
            if key == "o":
                marked(where_is_it(delivery.account_id), "published_url", "out")
            elif key == "f":
                why = f"Why did it fail on {delivery.account_id}?"
                marked(Ask(why, "e.g. the page is gone"), "failed_reason", "failed")

        options = [("o", "it is out: give its URL")]
        if can_move(delivery.state, DeliveryState.FAILED):
            options.append(("f", "it failed for good: say why"))
        self.app.push_screen(
            # the queue's word for the state ("TO DO"), not its stored name ("todo")
            Choose(
                f"{delivery.account_id}: {STATE_SHORT[delivery.state]}. What happened?", options
            ),
            chosen,
        )

    def action_reschedule(self) -> None:
        from medsocial_tui.publishing import queue

        post = self.selected_post()
        if post is None:
            return
        tz = self.practice.tz

        def answered(words: str | None) -> None:
            if not words:
                return
            try:
                when = parse_when(words, tz, needs_time=True)
            except MedsocialError as exc:
                self.notify(exc.for_people(), severity="error")
                return
            self.attempt(
                "Not moved",
                queue.reschedule,
                post.id,
                when,
                then=lambda moved: self.after_change(self._moved_words(moved, describe(when, tz))),
            )

        def unreadable(words: str) -> str | None:
            try:
                parse_when(words, tz, needs_time=True)
            except MedsocialError as exc:
                return exc.for_people()
            return None

        self.app.push_screen(
            Ask(f"When should post {post.id} go out?", "tomorrow 9am", check=unreadable),
            answered,
        )

    def _moved_words(self, post: Post, when: str) -> str:
        """What a move means: "now goes out" only for an approved post. A draft, one waiting
        for review or one sent back goes out at that time only once it is approved; told it
        "now goes out", a newcomer left a draft that never went out."""
        if post.status == PostStatus.APPROVED:
            return f"Post {post.id} now goes out {when}"
        if post.status == PostStatus.IN_REVIEW:
            return (
                f"Post {post.id} is set for {when}; it goes out then once an approver approves it"
            )
        edit = self.key_of("edit")
        return (
            f"Post {post.id} is set for {when}, but it is {post_status(post.status)}: nothing "
            f"goes out until it is submitted ({edit}: edit it, then submit)"
        )

    def key_of(self, action: str) -> str:
        """The key of this screen's ``action`` as remapped in practice.toml ("e"), for words
        that tell a person what to press."""
        binding = next(
            b for b in type(self).BINDINGS if isinstance(b, Binding) and b.action == action
        )
        return first_key(binding, self.medsocial.keymap)

    def action_cancel_post(self) -> None:
        from medsocial_tui.publishing import queue

        post = self.selected_post()
        if post is None:
            return

        self.attempt_after(
            Ask(
                f"Cancel post {post.id}? Say why (kept in the audit log).",
                "the office reopened",
                hint="Enter cancels the post, Esc keeps it",
            ),
            "Not canceled",
            queue.cancel,
            post.id,
            then=lambda _p: self.after_change(f"Post {post.id}: what had not gone out is canceled"),
        )

    def action_edit(self) -> None:
        from medsocial_tui.tui.screens.compose import ComposeScreen

        post = self.selected_post()
        if post is None:
            return
        if post.status not in ("draft", "rejected", "in_review", "approved"):
            self.notify(f"Post {post.id} is {post.status}; it can no longer be edited")
            return
        self.app.push_screen(ComposeScreen(post), lambda _id: self.after_change())


def _either(states: frozenset[DeliveryState]) -> str:
    """'failed, held or unknown': the states in the words the queue shows them in."""
    words = sorted({STATE_SHORT[s].lower() for s in states})
    return words[0] if len(words) == 1 else ", ".join(words[:-1]) + " or " + words[-1]
