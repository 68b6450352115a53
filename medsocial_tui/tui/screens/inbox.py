"""The inbox: what people wrote to the practice's accounts, newest first, and the replies.

Everything here is someone else's words: shown with the safe widgets (text, never markup).
The reply screen shows the reply guard's verdict as the person types, worked out in a
thread a moment after typing stops, so typing never waits for it; the approved templates
are one key away.
"""

from __future__ import annotations

import string
from collections.abc import Callable
from typing import TYPE_CHECKING

from rich.text import Text
from textual import work
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import VerticalScroll
from textual.timer import Timer
from textual.widgets import DataTable, Header, Static, TextArea
from textual.worker import get_current_worker

from medsocial_tui import clock
from medsocial_tui.accounts.connections import connection_problem
from medsocial_tui.channel import Capability
from medsocial_tui.compliance.reply_guard import ReplyVerdict
from medsocial_tui.display import fit, one_line
from medsocial_tui.errors import MedsocialError
from medsocial_tui.listening import inbox, inbox_replies, inbox_templates
from medsocial_tui.listening.inbox_states import InboxState, ReplyState
from medsocial_tui.records.staff import Action, everyone
from medsocial_tui.tui.editor import TextEditor
from medsocial_tui.tui.keys import (
    app_binding,
    app_key_names,
    first_key,
    go_back,
    key_names,
    keys_of,
    press,
)
from medsocial_tui.tui.safe import TextStatic
from medsocial_tui.tui.safe import shown as as_text
from medsocial_tui.tui.screens.base import AreaScreen, tables_over_text
from medsocial_tui.tui.widgets.ask import Ask
from medsocial_tui.tui.widgets.choose import Choose, by_letter
from medsocial_tui.tui.widgets.confirm import Confirm
from medsocial_tui.tui.widgets.footer import KeyFooter

GUARD_DELAY = 0.3
"""Seconds after typing stops before the reply guard runs (in a thread)."""
if TYPE_CHECKING:
    from medsocial_tui.tui.app import MedsocialApp

DETAIL_STYLE = {"title": "bold", "reply": "bold", "trouble": "yellow"}


class InboxScreen(AreaScreen[None], keys="inbox"):
    GROUP = "Inbox"
    NEEDS = {
        **dict.fromkeys(
            ("reply", "close", "hide", "assign", "escalate", "follow_up"), Action.REPLY
        ),
        "approve": Action.APPROVE,
    }
    HELP_NOTES = (
        "Newest first. Enter opens an item (it becomes seen); u shows all or only the unanswered.",
    )
    BINDINGS = [
        press("r", "reply", "Reply", "Answer it (the guard checks)"),
        press("x", "close", "Close", "Done: no answer needed"),
        press("d", "hide", "Hide", "Hide it on the network", show=False),
        press("a", "assign", "Assign", "Give it to the manager", show=False),
        press("e", "escalate", "Escalate", "Hand it to a named staff member", show=False),
        press("f", "follow_up", "Follow-up", "Mark it as needing a follow-up", show=False),
        press(
            "y",
            "approve",
            "Approve",
            "Approve the reply waiting on this item (negative reviews); it is sent",
        ),
        press("u", "toggle_unanswered", "All/unanswered", "Show all or unanswered", id="toggle"),
        go_back("Back to the queue"),
    ]

    def __init__(self) -> None:
        super().__init__()
        self.shown: list[inbox.Item] = []
        self.only_unanswered = False
        self.stamp: tuple[int, int] | None = None

    def compose(self) -> ComposeResult:
        yield from tables_over_text("inbox-list", box="inbox-detail-box", text="inbox-detail")

    def on_mount(self) -> None:
        table = self.query_one("#inbox-list", DataTable)
        table.add_column("Account", width=12)
        table.add_column("Kind", width=9)
        table.add_column("From", width=16)
        table.add_column("Age", width=4)
        table.add_column("State", width=9)
        table.add_column("Text")
        self.reload()
        self.set_interval(1.0, self.follow)

    def follow(self) -> None:
        stamp = self.medsocial.data_stamp()
        if stamp != self.stamp:
            self.reload()

    def reload(self) -> None:
        self.stamp = self.medsocial.data_stamp()
        try:
            inbox.require_reader(self.practice)
        except MedsocialError as exc:
            self.query_one("#inbox-detail", Static).update(exc.what)
            return
        keep = self.selected()
        self.shown = inbox.items(
            self.practice.store, state="unanswered" if self.only_unanswered else None, limit=500
        )
        table = self.query_one("#inbox-list", DataTable)
        table.clear()
        for item in self.shown:
            kind = item.kind
            if item.rating:
                kind = f"{kind[:6]} {item.rating}★"
            state_style = "bold" if item.state is InboxState.NEW else ""
            table.add_row(
                fit(item.account_id, 12),
                kind,
                fit(" ".join(item.author_name.split()), 16),
                inbox.age_words(item),
                Text(item.state.value.replace("needs_", ""), style=state_style),
                " ".join(item.text.split()),
                key=str(item.id),
            )
        if keep is not None:
            for row, item in enumerate(self.shown):
                if item.id == keep.id:
                    table.move_cursor(row=row)
        self.show_detail()

    def selected(self) -> inbox.Item | None:
        return self.row_of(self.shown, "#inbox-list")

    def show_detail(self) -> None:
        item = self.selected()
        text = Text()
        if item is None:
            text.append(
                "Nothing here yet. `medsocial inbox fetch` (from cron) brings in comments, "
                "messages, reviews and mentions.\n"
            )
        else:
            for line, what in inbox.detail(self.practice, item):
                # as_text: Rich would drop a bell or a carriage return a network sent
                text.append_text(as_text(line + "\n", style=DETAIL_STYLE.get(what, "")))
            text.append(f"\n{self.more_keys()}\n", style="dim")
        for note in self._notes():
            text.append(f"\n{note}", style="dim")
        self.query_one("#inbox-detail", Static).update(text)

    def more_keys(self) -> str:
        """The item's keys the footer has no room for at 80 columns (those it does not show),
        as remapped in practice.toml: "Also: d hide · a assign · ... · ? all keys"."""
        keymap = self.medsocial.keymap
        hidden = [b for b in type(self).BINDINGS if isinstance(b, Binding) and not b.show]
        words = [f"{first_key(b, keymap)} {b.description.lower()}" for b in hidden]
        help_key = app_binding("help")
        return "Also: " + " · ".join([*words, f"{first_key(help_key, keymap)} all keys"])

    def _notes(self) -> list[str]:
        """Accounts whose network gives no listening API, grouped by what to do instead."""
        by_note: dict[str, list[str]] = {}
        for account in self.practice.config.accounts:
            channel = self.practice.plugins.channels.get(account.channel)
            if channel is not None and Capability.LISTEN not in channel.capabilities:
                note = channel.listening_note or f"{channel.title}: read activity in its app"
                by_note.setdefault(note, []).append(account.id)
        return [f"{', '.join(ids)}: {note}" for note, ids in by_note.items()]

    def on_data_table_row_highlighted(self) -> None:
        self.show_detail()

    def on_data_table_row_selected(self) -> None:
        item = self.selected()
        if item is not None:
            self._mark_seen(item)

    def _mark_seen(self, item: inbox.Item) -> None:
        """A new item someone opened, or answers, is no longer "not looked at yet"."""
        if item.state is InboxState.NEW:
            self.attempt(
                "Not marked seen", inbox.mark_seen, item.id, then=lambda _item: self.reload()
            )

    def _with_item(self) -> inbox.Item | None:
        item = self.selected()
        if item is None:
            self.notify("No item here")
        return item

    def action_toggle_unanswered(self) -> None:
        self.only_unanswered = not self.only_unanswered
        self.reload()
        self.notify("Unanswered only" if self.only_unanswered else "Everything")

    def _change_item(self, failed: str, change: Callable[..., object], done: str) -> None:
        """``change`` the highlighted item in the core; the notice says ``item N <done>``."""
        item = self._with_item()
        if item is not None:
            self.attempt(
                failed, change, item.id, then=self.say_and_reload(f"item {item.id} {done}")
            )

    def action_close(self) -> None:
        self._change_item("Not closed", inbox.close, "closed")

    def action_follow_up(self) -> None:
        self._change_item("Not marked", inbox.follow_up, "needs a follow-up")

    def action_hide(self) -> None:
        """Asked first, as acknowledging the policy is: hiding someone's words on the network
        is done in public, and one stray "d" (typed for another screen) did it at once."""
        item = self._with_item()
        if item is None:
            return
        channel = self.practice.plugins.channels.get(
            getattr(self.practice.config.account(item.account_id), "channel", "")
        )
        if channel is not None and Capability.HIDE not in channel.capabilities:
            # said at the key, in the app's words: it was said after "Hide item 5?" was
            # answered yes, and named a command line (found on the third walk)
            close = _inbox_keys(self.medsocial, "close")
            self.notify(
                f"{channel.title} does not let an app hide a {item.kind}: hide or delete it "
                f"in {channel.title}'s own app, then {close} closes it here.",
                severity="warning",
                timeout=10,
                markup=False,
            )
            return
        self.attempt_after(
            Confirm(
                f"Hide item {item.id} on {item.account_id}?",
                [
                    f"{item.kind} from {item.author_name}: {one_line(item.text, 50)}",
                    f"medsocial asks {item.account_id} to hide it from other people there.",
                ],
            ),
            "Not hidden",
            inbox.hide,
            item.id,
            then=self.say_and_reload(f"item {item.id} hidden"),
        )

    def action_assign(self) -> None:
        item = self._with_item()
        if item is not None:
            self.attempt(
                "Not assigned",
                inbox.assign,
                item.id,
                then=self._assigned,
            )

    def _assigned(self, done: inbox.Item) -> None:
        self.notify(f"item {done.id} assigned to {done.assigned_to}")
        self.reload()

    def action_escalate(self) -> None:
        item = self._with_item()
        if item is None:
            return

        def escalated(done: inbox.Item) -> None:
            self.notify(f"item {done.id} escalated to {done.escalated_to}")
            self.reload()

        # the staff to choose from, by name: the question asked for a login with "drpatel"
        # in grey, a login no one had, and the logins were said only after a wrong one
        # (found on the third walk)
        others = [m for m in everyone(self.practice.store) if m.login != self.practice.login]
        if not others or len(others) > len(string.ascii_lowercase):
            self.attempt_after(
                Ask("Hand it to which staff login?", others[0].login if others else ""),
                "Not escalated",
                inbox.escalate,
                item.id,
                then=escalated,
            )
            return
        options, whose = by_letter(others, lambda m: f"{m.name} ({m.login})")

        def chosen(letter: str | None) -> None:
            if letter is not None:
                login = whose[letter].login
                self.attempt("Not escalated", inbox.escalate, item.id, login, then=escalated)

        self.app.push_screen(Choose("Hand it to whom?", options), chosen)

    def action_approve(self) -> None:
        item = self._with_item()
        if item is None:
            return
        waiting = [
            r
            for r in inbox.replies(self.practice.store, item.id)
            if r.state.value == "waiting_approval"
        ]
        if not waiting:
            self.notify("No reply waits for approval on this item")
            return
        self.attempt("Not approved", inbox_replies.approve, waiting[0].id, then=self._approved)

    def _approved(self, result: inbox_replies.ReplyResult) -> None:
        self.notify(result.words)
        self.reload()

    def action_reply(self) -> None:
        item = self._with_item()
        if item is None:
            return
        channel = self.practice.plugins.channels.get(
            getattr(self.practice.config.account(item.account_id), "channel", "")
        )
        if channel is None or Capability.REPLY not in channel.capabilities:
            note = (channel.listening_note if channel else None) or (
                "medsocial cannot answer on this network: answer in its own app, then close it"
            )
            self.notify(note, severity="warning", timeout=10)
            return
        if item.state is InboxState.CLOSED:
            # asked here: the reply was typed in full, then F5 said "`medsocial inbox reopen
            # 5` first", a command line, and the app had no way to reopen (third walk)
            def reopened(fresh: inbox.Item) -> None:
                self.reload()
                self.app.push_screen(ReplyScreen(fresh), lambda _done: self.reload())

            self.attempt_after(
                Confirm(
                    f"Item {item.id} is closed. Reopen it to answer it?",
                    ["It reads 'seen (read, not answered)' again until the reply goes out."],
                ),
                "Not reopened",
                inbox.reopen,
                item.id,
                then=reopened,
            )
            return
        # answering it is looking at it: before, an item answered without Enter first still
        # read "new (not looked at yet)" under the reply
        self._mark_seen(item)
        self.app.push_screen(ReplyScreen(item), lambda _done: self.reload())


def _inbox_keys(app: MedsocialApp, action: str) -> str:
    """The inbox's key for ``action`` as practice.toml maps it ("y" approves, "x" closes),
    for the notices that say what to do: the person at the app was told a command line."""
    binding = next(b for b in InboxScreen.BINDINGS if isinstance(b, Binding) and b.action == action)
    return key_names(",".join(keys_of(binding, app.keymap)))


NOT_SENT = "Not sent"
"""How a reply's notices that it was not sent begin (withdrawn once it is)."""


class ReplyScreen(AreaScreen[bool], keys="reply"):
    """Write a reply; the reply guard's verdict shows as you type; ctrl+t picks a template."""

    GROUP = "Reply"
    holds_work = True
    HELP_NOTES = (
        "In the reply, F7 selects all of it: what you type then replaces it, and ctrl+x cuts "
        "it (ctrl+a goes to the start of the line, as in a shell).",
    )
    AUTO_FOCUS = "#reply-text"
    NEEDS = {"send": Action.REPLY}
    BINDINGS = [
        press("f5,ctrl+s", "send", "Send", "Send (after the guard)"),
        press("f4,ctrl+t", "template", "Templates", "Approved replies"),
        press("escape", "cancel", "Cancel", "Leave without sending"),
    ]

    def __init__(self, item: inbox.Item) -> None:
        super().__init__()
        self.item = item
        self._pending: Timer | None = None
        self.verdict: ReplyVerdict | None = None
        self._checked = ""
        """The text ``verdict`` is about."""
        self._send_when_checked = False
        """F5 came before the guard had checked the text: send once it has (or show why not)."""

    def compose(self) -> ComposeResult:
        yield Header(show_clock=False, icon="")
        with VerticalScroll(id="reply-item-box"):
            yield TextStatic(id="reply-item")
        yield TextEditor(id="reply-text")
        with VerticalScroll(id="reply-verdict-box"):
            yield TextStatic(id="reply-verdict")
        yield KeyFooter()

    def on_mount(self) -> None:
        shown = Text()
        shown.append_text(as_text(f"{self.item.kind} from {self.item.author_name}", "bold"))
        if self.item.rating:
            shown.append(f" · {self.item.rating} of 5 stars")
        if self.item.reply_window_ends is not None:
            shown.append(
                " · answer before " + clock.show(self.item.reply_window_ends, self.practice.tz),
                style="yellow",
            )
        shown.append_text(as_text("\n" + self.item.text))
        self.query_one("#reply-item", Static).update(shown)
        hint = Text(
            "Write the reply. The guard checks it as you type; F4 (or ctrl+t) offers the "
            "approved templates; F5 (or ctrl+s) sends."
        )
        unconnected = connection_problem(self.practice, self.item.account_id)
        if unconnected:
            # said before the reply is written, as compose says it: after F5, "could not
            # reach ..." was the first word of it
            channels = app_key_names("go.channels", self.medsocial.keymap)
            hint.append(
                f"\n{self.item.account_id} is {unconnected}: the reply cannot be sent until "
                f"it is connected. Channels ({channels}, from the queue) says what it needs.",
                style="bold yellow",
            )
        self.query_one("#reply-verdict", Static).update(hint)
        self.query_one("#reply-text", TextArea).focus()

    @property
    def text(self) -> str:
        return self.query_one("#reply-text", TextArea).text

    def on_text_area_changed(self, _event: TextArea.Changed) -> None:
        self._send_when_checked = False  # F5 was about the text before this change
        if self._pending is not None:
            self._pending.stop()
        self._pending = self.set_timer(GUARD_DELAY, self.run_guard)

    def run_guard(self) -> None:
        self.practice.plugins  # noqa: B018 - loaded here once, not in the worker's copy
        self.check_in_thread(self.text)

    @work(thread=True, exclusive=True, group="reply-guard")
    def check_in_thread(self, text: str) -> None:
        """The guard in a thread, with its own read-only connection."""
        with self.reading() as practice:
            verdict = inbox_replies.check(practice, self.item, text)
        if not get_current_worker().is_cancelled:
            self.medsocial.call_from_thread(self.show_verdict, text, verdict)

    def show_verdict(self, text: str, verdict: ReplyVerdict) -> None:
        if text != self.text:
            return
        self.verdict, self._checked = verdict, text
        shown = Text()
        if not text.strip():
            shown.append("Nothing written yet.")
        elif not verdict.blocking:
            shown.append("The reply guard finds nothing to stop.", style="green")
            for warning in verdict.warnings:
                shown.append(f"\nnote: {warning.reason}", style="yellow")
        else:
            shown.append("The reply guard would stop this:\n", style="bold red")
            for line in verdict.in_words():
                shown.append(f"  {line}\n", style="red")
            shown.append(f'\nF4 offers the "{verdict.rewrite_key}" template:\n')
            shown.append(verdict.rewrite)
        self.query_one("#reply-verdict", Static).update(shown)
        if self._send_when_checked:
            self._send_when_checked = False
            self.action_send()

    def action_template(self) -> None:
        templates = inbox_templates.templates(self.practice.store)
        options, which = by_letter(templates, lambda t: t.title, "abcdefghijklmnop")

        def chosen(letter: str | None) -> None:
            if letter is None:
                return
            template = which[letter]

            def fill(filled: str) -> None:
                # an edit, not a new text: setting .text cleared the history, and a reply
                # typed with care was gone for good once a template was tried on it (found
                # on the third walk); ctrl+z brings it back
                area = self.query_one("#reply-text", TextArea)
                typed = area.text.strip()
                area.replace(filled, area.document.start, area.document.end)
                if typed:
                    self.notify("ctrl+z brings back what you had typed", markup=False)

            self.attempt("No template", inbox_templates.filled_template, template.key, then=fill)

        self.app.push_screen(Choose("Which approved reply?", options), chosen)

    def action_send(self) -> None:
        text = self.text.strip()
        if not text:
            self.notify("The reply is empty")
            return
        if self._checked != self.text:
            # F5 before the guard had looked: the core's refusal repeated the findings in an
            # eight-line notice; the check runs now and its verdict shows under the reply
            if self._pending is not None:
                self._pending.stop()
            self._send_when_checked = True
            self.run_guard()
            return
        verdict = self.verdict
        if verdict is not None and verdict.blocking:
            # the reasons and the template to use are on the screen already: one line
            self.notify(
                f"{NOT_SENT}: the reply guard stops it (see under the reply)", severity="warning"
            )
            return

        def sent(result: inbox_replies.ReplyResult) -> None:
            words = result.words
            if result.reply.state is ReplyState.WAITING:
                words += (
                    f": an approver approves it here, with {_inbox_keys(self.medsocial, 'approve')}"
                )
            # a "Not sent" notice about an earlier version of the reply is over
            self.medsocial.withdraw_notices(NOT_SENT)
            self.notify(words, severity="warning" if result.needs_person else "information")
            self.dismiss(True)

        self.attempt(NOT_SENT, inbox_replies.write_reply, self.item.id, text, then=sent)

    def action_cancel(self) -> None:
        if not self.text.strip():
            self.dismiss(False)
            return

        def chosen(key: str | None) -> None:
            if key == "y":
                self.dismiss(False)

        # the same keys as leaving an unsaved post (compose): y throws it away, n stays
        self.app.push_screen(
            Choose(
                "Leave without sending this reply?",
                [("y", "yes, throw the reply away"), ("n", "no, stay")],
            ),
            chosen,
        )
