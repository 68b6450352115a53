"""Channels: every connected account, whether its plugin loaded and its credentials work, how
long since it last published (a quiet page looks closed), and the to-dos to post by hand."""

from __future__ import annotations

from rich.text import Text
from textual import work
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import VerticalScroll
from textual.screen import Screen
from textual.widgets import DataTable, Footer, Header, Static

from medsocial_tui import clock, health, queue
from medsocial_tui.states import DeliveryState


def age_words(iso: str | None) -> str:
    if not iso:
        return "never"
    days = (clock.now() - clock.parse_utc(iso)).days
    return "today" if days == 0 else f"{days} d ago"


class ChannelsScreen(Screen[None]):
    BINDINGS = [
        Binding(
            "c",
            "check",
            "Check online",
            id="channels.check",
            tooltip="Ask each network whether the credentials work",
        ),
        Binding("escape", "back", "Back", id="channels.back"),
    ]

    @property
    def practice(self):
        return self.app.practice  # type: ignore[attr-defined]

    def compose(self) -> ComposeResult:
        yield Header(show_clock=False, icon="")
        yield DataTable(id="accounts", cursor_type="row")
        with VerticalScroll(id="channel-notes"):
            yield Static(id="notes")
        yield Footer()

    def on_mount(self) -> None:
        table = self.query_one(DataTable)
        table.add_column("Account", width=12)
        table.add_column("Network", width=16)
        table.add_column("Credentials", width=12)
        table.add_column("Last post", width=10)
        table.add_column("Status")
        self.reload()

    def reload(self, online: dict[str, str] | None = None) -> None:
        practice = self.practice
        table = self.query_one(DataTable)
        table.clear()
        rows = {r["id"]: r for r in practice.store.query("SELECT * FROM accounts")}
        findings = health.account_findings(practice)
        for account in practice.config.accounts:
            channel = practice.plugins.channels.get(account.channel)
            row = rows.get(account.id, {})
            problems = [f for f in findings if f.area == f"account {account.id}"]
            if channel is None:
                network, creds = f"{account.channel}?", "-"
            else:
                network = channel.title
                missing = channel.missing_credentials(practice.account(account.id))
                creds = "missing" if missing else row.get("auth_status", "unknown")
            status = (online or {}).get(account.id) or (problems[0].message if problems else "ok")
            style = (
                "red"
                if any(f.severity == "problem" for f in problems)
                else ("yellow" if problems else "green")
            )
            table.add_row(
                account.id,
                network,
                creds,
                age_words(row.get("last_published_at")),
                Text(status, style=style),
                key=account.id,
            )
        self.show_notes()

    def show_notes(self) -> None:
        practice = self.practice
        text = Text()
        for report in practice.plugins.failures:
            text.append(f"Plugin {report.name} did not load: {report.error}\n", style="red")
        todos = [
            d for d in queue.attention(practice.store, limit=50) if d.state is DeliveryState.TODO
        ]
        if todos:
            text.append("To post by hand (then mark out with m in the queue):\n", style="bold")
        for delivery in todos:
            post = queue.get(practice.store, delivery.post_id)
            text.append(
                f"  {delivery.account_id}, waiting {age_words(clock.to_iso(post.created_at))}:"
                f" {' '.join(post.text_for(delivery.account_id, 'manual').split())}\n"
            )
        for finding in health.account_findings(practice):
            if finding.fix:
                text.append(
                    f"{finding.area}: {finding.message}\n  -> {finding.fix}\n",
                    style="yellow" if finding.severity != "problem" else "red",
                )
        self.query_one("#notes", Static).update(text or "Every account is connected and active.")

    def action_check(self) -> None:
        self.notify("Checking each account with its network...")
        self.check_online()

    @work(exclusive=True)
    async def check_online(self) -> None:
        """Cheap authorised reads, off the UI's way: input stays responsive."""
        import httpx

        practice = self.practice
        results: dict[str, str] = {}
        async with httpx.AsyncClient(timeout=10) as client:
            for account in practice.config.accounts:
                channel = practice.plugins.channels.get(account.channel)
                if channel is None:
                    continue
                try:
                    result = await channel.check_account(client, practice.account(account.id))
                    results[account.id] = (
                        result.message if result.ok else f"FAILED: {result.message}"
                    )
                except Exception as exc:  # noqa: BLE001 - shown, not raised
                    results[account.id] = f"could not check: {type(exc).__name__}"
        self.reload(results)

    def action_back(self) -> None:
        self.app.pop_screen()
