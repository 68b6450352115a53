"""Compose: one text for several accounts, with each network's count and problems, the
compliance guard's findings marked in the text, and the time in plain words."""

from __future__ import annotations

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical, VerticalScroll
from textual.screen import Screen
from textual.widgets import Footer, Header, Input, Label, Select, SelectionList, Static, TextArea
from textual.widgets.selection_list import Selection

from medsocial_tui import guard, queue
from medsocial_tui.config import POST_KINDS
from medsocial_tui.errors import MedsocialError
from medsocial_tui.models import Post
from medsocial_tui.when import describe, parse_when

PREVIEW_DELAY = 0.25


class ComposeScreen(Screen[int | None]):
    """Write or edit a post; dismisses with the post id when saved."""

    BINDINGS = [
        Binding("f3", "save", "Save draft", id="compose.save", tooltip="Keep it as a draft"),
        Binding(
            "f4",
            "submit",
            "Submit",
            id="compose.submit",
            tooltip="Send for review (or schedule, when the practice needs no review)",
        ),
        Binding("escape", "back", "Back", id="compose.back", tooltip="Leave without saving"),
    ]

    def __init__(self, post: Post | None = None) -> None:
        super().__init__()
        self.post = post
        self._pending = None

    @property
    def practice(self):
        return self.app.practice  # type: ignore[attr-defined]

    def compose(self) -> ComposeResult:
        post = self.post
        chosen = {d.account_id for d in post.deliveries} if post else set()
        yield Header(show_clock=False, icon="")
        with Vertical(id="compose"):
            yield Label(f"Editing post {post.id}" if post else "New post: text for every account")
            yield TextArea(post.text if post else "", id="text", soft_wrap=True)
            with Horizontal(id="compose-options"):
                yield SelectionList[str](
                    *(
                        Selection(f"{a.id} ({a.channel})", a.id, a.id in chosen)
                        for a in self.practice.config.accounts
                        if a.enabled
                    ),
                    id="accounts",
                )
                with Vertical(id="compose-when"):
                    yield Input(
                        value="",
                        placeholder="when: tomorrow 8am (empty: when approved)",
                        id="when",
                    )
                    yield Static("", id="when-words")
                    yield Select(
                        [(k.replace("_", " "), k) for k in POST_KINDS],
                        value=post.kind if post else "general",
                        allow_blank=False,
                        id="kind",
                    )
            with VerticalScroll(id="preview"):
                yield Static("", id="preview-body")
        yield Footer()

    def on_mount(self) -> None:
        if self.post and self.post.scheduled_at:
            tz = self.practice.tz
            self.query_one("#when", Input).value = self.post.scheduled_at.astimezone(tz).strftime(
                "%Y-%m-%d %H:%M"
            )
        self.query_one("#text", TextArea).focus()
        self.refresh_preview()

    def on_text_area_changed(self) -> None:
        self._schedule_preview()

    def on_selection_list_selected_changed(self) -> None:
        self._schedule_preview()

    def on_input_changed(self) -> None:
        self._schedule_preview()

    def on_select_changed(self) -> None:
        self._schedule_preview()

    def _schedule_preview(self) -> None:
        if self._pending is not None:
            self._pending.stop()
        self._pending = self.set_timer(PREVIEW_DELAY, self.refresh_preview)

    def current(self) -> queue.Compose:
        """What is on the screen, as the core's Compose (raises when the time is unreadable)."""
        words = self.query_one("#when", Input).value.strip()
        when = parse_when(words, self.practice.tz) if words else None
        kind = self.query_one("#kind", Select).value
        return queue.Compose(
            text=self.query_one("#text", TextArea).text.strip(),
            accounts=list(self.query_one("#accounts", SelectionList).selected),
            kind=str(kind),
            scheduled_at=when,
            link=self.post.link if self.post else None,
            media=self.post.media if self.post else (),
            overrides=self.post.overrides if self.post else {},
        )

    def refresh_preview(self) -> None:
        """Each account's counter and problems, and the guard's findings in the text."""
        when_words = self.query_one("#when-words", Static)
        try:
            compose = self.current()
        except MedsocialError as exc:
            when_words.update(Text(exc.what, style="bold red"))
            return
        tz = self.practice.tz
        when_words.update(
            describe(compose.scheduled_at, tz) if compose.scheduled_at else "as soon as approved"
        )
        body = Text()
        report = guard.report_for(self.practice, compose.text) if compose.text else None
        if report and report.findings:
            marked = Text(compose.text)
            for finding in report.findings:
                style = "bold red underline" if finding.severity == "block" else "yellow underline"
                marked.stylize(style, finding.start, finding.end)
            body.append("Compliance guard\n", style="bold")
            body.append_text(marked)
            body.append("\n")
            for finding in report.findings:
                mark = "BLOCKS" if finding.severity == "block" else "check"
                body.append(
                    f"  {mark}: {finding.label}: {finding.reason}\n",
                    style="red" if finding.severity == "block" else "yellow",
                )
            body.append("\n")
        if not compose.accounts:
            body.append("Choose one or more accounts (space to tick).\n", style="yellow")
        problems = queue.preview(self.practice, compose)
        for account_id in compose.accounts:
            account = self.practice.config.account(account_id)
            channel = self.practice.plugins.channels.get(account.channel) if account else None
            line = Text(f"{account_id:<14}", style="bold")
            if channel is not None:
                text = queue.draft_for(self.practice, compose, account_id).text
                limits = channel.limits(self.practice.account(account_id))
                used = channel.count(text)
                limit = f"/{limits.max_chars}" if limits.max_chars else ""
                over = limits.max_chars is not None and used > limits.max_chars
                line.append(f" {used}{limit} {limits.counted_as}", style="red" if over else "")
            found = problems.get(account_id, [])
            if not found:
                line.append("  ready", style="green")
            body.append_text(line)
            body.append("\n")
            for problem in found:
                body.append(
                    f"    {'problem' if problem.blocking else 'note'}: {problem.message}\n",
                    style="red" if problem.blocking else "yellow",
                )
        self.query_one("#preview-body", Static).update(body)

    def _save(self) -> Post | None:
        try:
            compose = self.current()
            if self.post is None:
                self.post = queue.create(self.practice, compose)
            else:
                self.post = queue.edit(self.practice, self.post.id, compose)
        except MedsocialError as exc:
            self.notify(exc.for_people(), title="Not saved", severity="error", timeout=10)
            return None
        return self.post

    def action_save(self) -> None:
        post = self._save()
        if post is not None:
            self.notify(f"Post {post.id} saved as a draft")
            self.dismiss(post.id)

    def action_submit(self) -> None:
        post = self._save()
        if post is None:
            return
        try:
            post = queue.submit(self.practice, post.id)
        except MedsocialError as exc:
            self.notify(
                exc.for_people(),
                title=f"Post {post.id} saved, not submitted",
                severity="error",
                timeout=12,
            )
            return
        words = "sent for review" if post.status == "in_review" else "scheduled"
        self.notify(f"Post {post.id} {words}")
        self.dismiss(post.id)

    def action_back(self) -> None:
        self.dismiss(None)
