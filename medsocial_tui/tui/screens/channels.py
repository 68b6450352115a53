"""Channels: every connected account, whether its plugin loaded and its credentials work, how
long since it last published (a quiet page makes the practice look closed), and the to-dos to
post by hand with their text ready to copy."""

from __future__ import annotations

import asyncio
from datetime import datetime

from rich.text import Text
from textual import work
from textual.app import ComposeResult
from textual.message import Message
from textual.widgets import DataTable, Static

from medsocial_tui import clock
from medsocial_tui.accounts.connections import check_credentials, readiness
from medsocial_tui.home import health
from medsocial_tui.home.health import AccountStatus
from medsocial_tui.publishing import queue, queue_views
from medsocial_tui.records.staff import Action
from medsocial_tui.tui.keys import go_back, press
from medsocial_tui.tui.screens.base import AreaScreen, tables_over_text
from medsocial_tui.tui.widgets.ask import where_is_it
from medsocial_tui.tui.words import width_for

STYLE = {"problem": "bold red", "warning": "yellow", "notice": "", "ok": "green"}


def age_words(moment: datetime | None) -> str:
    if moment is None:
        return "never"
    days = (clock.now() - moment).days
    return "today" if days == 0 else f"{days} d ago"


class ChannelsScreen(AreaScreen[None], keys="channels"):
    GROUP = "Channels"
    NEEDS = {"mark_done": Action.HANDLE_DELIVERY}
    TAKES_TYPING = False
    BINDINGS = [
        press(
            "t",
            "test_online",
            "Test online",
            "Ask each network whether the credentials work",
            id="test",
        ),
        press(
            "m",
            "mark_done",
            "Mark to-do out",
            "The to-do under the cursor is posted: give its URL",
            id="mark",
        ),
        press("y", "copy", "Copy text", "Copy the to-do's text to your clipboard (OSC 52)"),
        go_back("Back to the queue"),
    ]

    def __init__(self) -> None:
        super().__init__()
        self.statuses: list[AccountStatus] = []
        self.todos: list[queue_views.ToDo] = []
        self.online: dict[str, str] = {}

    def compose(self) -> ComposeResult:
        yield from tables_over_text("accounts", "todos", box="channel-notes", text="notes")

    def on_mount(self) -> None:
        accounts = self.query_one("#accounts", DataTable)
        self.statuses = health.account_statuses(self.practice)
        ids = [s.account_id for s in self.statuses]
        accounts.add_column("Account", width=width_for(ids, 7, 14))
        accounts.add_column("Network", width=width_for([s.network for s in self.statuses], 7, 16))
        accounts.add_column("Access", width=11)
        accounts.add_column("Last post", width=9)
        accounts.add_column("Health")
        todos = self.query_one("#todos", DataTable)
        todos.add_column("To do", width=10)
        todos.add_column("Waiting", width=9)
        todos.add_column("Text")
        self.reload()

    def reload(self) -> None:
        self.statuses = health.account_statuses(self.practice)
        self.todos = queue_views.todos(self.practice)
        accounts = self.query_one("#accounts", DataTable)
        accounts.clear()
        for status in self.statuses:
            first = status.findings[0].message if status.findings else "ok"
            health_words = self.online.get(status.account_id, first)
            accounts.add_row(
                status.account_id,
                status.network,
                status.authorisation,
                Text(age_words(status.last_published), style="yellow" if status.quiet else ""),
                Text(health_words, style=STYLE[status.worst]),
                key=status.account_id,
            )
        todos = self.query_one("#todos", DataTable)
        todos.clear()
        for todo in self.todos:
            todos.add_row(
                todo.delivery.account_id,
                age_words(todo.waiting_since),
                " ".join(todo.text.split()),
                key=str(todo.delivery.id),
            )
        todos.display = bool(self.todos)
        self.show_notes()

    def show_notes(self) -> None:
        text = Text()
        for report in self.practice.plugins.failures:
            text.append(f"Plugin {report.name} did not load: {report.error}\n", style="red")
        todo = self.selected_todo()
        if todo is not None and self.focused is self.query_one("#todos"):
            text.append(f"Post on {todo.network}", style="bold")
            text.append(f" at {todo.where}" if todo.where else "")
            text.append(", then m with its URL (y copies the text):\n\n")
            text.append(todo.text + "\n")
            for path in todo.media:
                text.append(f"attach: {self.practice.home.root / path}\n")
        else:
            account = self.selected_account()
            if account is not None:
                text.append(f"{account.account_id}: {account.name}\n", style="bold")
                for finding in account.findings:
                    text.append(f"  {finding.message}\n", style=STYLE[finding.severity])
                    if finding.fix:
                        text.append(f"    what to do: {finding.fix}\n")
                if not account.findings:
                    text.append("  connected and active\n", style="green")
                if account.account_id in self.online:
                    text.append(f"  asked online: {self.online[account.account_id]}\n")
            if self.todos:
                text.append(f"\n{len(self.todos)} to post by hand: Tab to the list.\n")
        self.query_one("#notes", Static).update(text)

    def selected_account(self) -> AccountStatus | None:
        return self.row_of(self.statuses, "#accounts")

    def selected_todo(self) -> queue_views.ToDo | None:
        return self.row_of(self.todos, "#todos")

    def on_data_table_row_highlighted(self) -> None:
        self.show_notes()

    def on_descendant_focus(self) -> None:
        self.show_notes()

    def action_mark_done(self) -> None:
        todo = self.selected_todo()
        if todo is None:
            self.notify("Nothing to post by hand")
            return
        delivery = todo.delivery

        def marked(_delivery: object) -> None:
            self.notify(f"{delivery.account_id}: marked as out")
            self.reload()

        self.attempt_after(
            where_is_it(todo.network),
            "Not marked",
            queue.resolve,
            delivery.id,
            answer_as="published_url",
            then=marked,
        )

    def action_copy(self) -> None:
        todo = self.selected_todo()
        if todo is None:
            self.notify("Nothing to post by hand")
            return
        self.app.copy_to_clipboard(todo.text)
        self.notify("Copied (works where your terminal allows OSC 52)")

    def action_test_online(self) -> None:
        self.notify("Asking each network whether its credentials work...")
        self.test_online()

    class Checked(Message):
        """What each network said about its credentials, from the worker."""

        def __init__(self, words: dict[str, str], unasked: list[str]) -> None:
            super().__init__()
            self.words = words
            self.unasked = unasked
            """Accounts not asked: not connected (a plugin, credential or setting missing)."""

    @work(thread=True, exclusive=True, group="channels-online")
    def test_online(self) -> None:
        """Cheap authorised reads, in a thread worker with its own event loop: keys never
        wait for a network; the answers come back in a message."""
        self.practice.plugins  # noqa: B018 - loaded before the worker reads them
        ids = [s.account_id for s in self.statuses]
        unasked = [a for a in ids if not readiness(self.practice, a).connected]
        words = asyncio.run(self._ask_networks([a for a in ids if a not in unasked]))
        self.post_message(self.Checked(words, unasked))

    async def _ask_networks(self, account_ids: list[str]) -> dict[str, str]:
        import httpx

        practice = self.practice
        words: dict[str, str] = {}
        async with practice.http_client() as client:
            for account_id in account_ids:
                title = practice.channel_for(account_id).title
                try:
                    result = await check_credentials(practice, client, account_id, deadline=15.0)
                    words[account_id] = result.message if result.ok else f"FAILED: {result.message}"
                except (httpx.HTTPError, TimeoutError):
                    words[account_id] = (
                        f"could not reach {title}: check the network and the account's base_url"
                    )
                except Exception as exc:  # noqa: BLE001 - shown to the person, not raised
                    said = getattr(exc, "message", "") or f"{type(exc).__name__}: {exc}"
                    words[account_id] = f"could not check: {said}"
        return words

    def on_channels_screen_checked(self, message: Checked) -> None:
        if message.unasked:
            self.notify(
                f"Not asked, not connected yet: {', '.join(message.unasked)}. "
                "Each account's notes say what it needs; then t again.",
                severity="warning",
                timeout=10,
            )
        self.online.update(message.words)
        self.reload()
