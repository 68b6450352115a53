"""Compose: one text for several accounts (and, where wanted, an account's own text), with
each network's count and problems, the compliance guard's findings marked in the text, the
time in plain words resolved in the practice's timezone, a link and attachments.

The preview is worked out in a thread a moment after typing stops (reading the time in words
and the guard can take a while), so typing never waits for it."""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass, field
from datetime import datetime

from rich.text import Text
from textual import work
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical, VerticalScroll
from textual.widgets import Header, Input, Label, Select, SelectionList, Static, TextArea
from textual.widgets.selection_list import Selection
from textual.worker import get_current_worker

from medsocial_tui import guard, media, plugin_calls, queue
from medsocial_tui.config import POST_KINDS
from medsocial_tui.errors import MedsocialError
from medsocial_tui.models import Post
from medsocial_tui.practice import Practice
from medsocial_tui.staff import Action
from medsocial_tui.tui.safe import TextEditor, TextInput, TextLabel, TextStatic, shown
from medsocial_tui.tui.screens.base import AreaScreen
from medsocial_tui.tui.widgets.choose import Choose
from medsocial_tui.tui.widgets.footer import KeyFooter
from medsocial_tui.when import describe, parse_when

PREVIEW_DELAY = 0.25
EVERY = ""


@dataclass(frozen=True)
class Written:
    """What is on the screen, as plain values a worker thread may read."""

    text: str
    overrides: dict[str, str]
    accounts: tuple[str, ...]
    kind: str
    when_words: str
    link: str
    media: tuple[dict, ...]
    editing: str


@dataclass
class Preview:
    """What the preview shows, worked out off the UI thread."""

    when: Text
    body: Text
    ready: bool = False
    problems: list[str] = field(default_factory=list)


def resolve_when(words: str, practice: Practice) -> datetime | None:
    return parse_when(words, practice.tz) if words.strip() else None


def build_preview(practice: Practice, written: Written) -> Preview:
    """Counters, plugin problems and guard findings for every chosen account."""
    try:
        when = resolve_when(written.when_words, practice)
        when_line = Text(
            describe(when, practice.tz) if when else "when approved (or now, without review)"
        )
    except MedsocialError as exc:
        when, when_line = None, Text(f"{exc.what}: {exc.fix}", style="bold red")
    compose = queue.Compose(
        text=written.text,
        accounts=list(written.accounts),
        kind=written.kind,
        link=written.link or None,
        media=list(written.media),
        overrides=written.overrides,
        scheduled_at=when,
    )
    body = Text()
    shown = written.overrides.get(written.editing) or written.text
    report = guard.report_for(practice, shown) if shown.strip() else None
    if report and report.findings:
        marked = Text(shown)
        for finding in report.findings:
            style = "bold red underline" if finding.severity == "block" else "yellow underline"
            marked.stylize(style, finding.start, finding.end)
        body.append("Compliance guard\n", style="bold")
        body.append_text(marked)
        body.append("\n")
        for finding in report.findings:
            mark = "BLOCKS" if finding.severity == "block" else "check"
            body.append(
                f"  {mark}: {finding.label} '{shown[finding.start : finding.end]}': "
                f"{finding.reason}\n",
                style="red" if finding.severity == "block" else "yellow",
            )
    for account_id, own in written.overrides.items():
        if account_id != written.editing and own.strip():
            other = guard.report_for(practice, own)
            if other.findings:
                body.append(
                    f"{account_id}'s own text: {len(other.findings)} guard finding(s); "
                    "F6 to see it\n",
                    style="red",
                )
    if not compose.accounts:
        body.append("Choose one or more accounts (Space ticks).\n", style="yellow")
    problems = queue.preview(practice, compose)
    blocking: list[str] = []
    for account_id in compose.accounts:
        channel = practice.plugins.channels.get(practice.config.account(account_id).channel)  # type: ignore[union-attr]
        line = Text(f"{account_id:<14}", style="bold")
        if channel is not None:
            text = queue.draft_for(practice, compose, account_id).text
            limits = plugin_calls.limits_of(channel, practice.account(account_id))
            used = plugin_calls.count_of(channel, text)
            if limits is None or used is None:
                line.append(" length unknown: the channel plugin failed", style="bold red")
            else:
                limit = f"/{limits.max_chars}" if limits.max_chars else ""
                over = limits.max_chars is not None and used > limits.max_chars
                line.append(f" {used}{limit} {limits.counted_as}", style="bold red" if over else "")
        if account_id in written.overrides:
            line.append("  own text", style="italic")
        found = problems.get(account_id, [])
        if not found:
            line.append("  ready", style="green")
        body.append_text(line)
        body.append("\n")
        for problem in found:
            if problem.blocking:
                blocking.append(f"{account_id}: {problem.message}")
            body.append(
                f"    {'problem' if problem.blocking else 'note'}: {problem.message}\n",
                style="red" if problem.blocking else "yellow",
            )
    ready = bool(compose.accounts) and not blocking and not (report and report.blocking)
    return Preview(when_line, body, ready, blocking)


class ComposeScreen(AreaScreen):
    """Write or edit a post; dismisses with the post id when saved."""

    GROUP = "Compose"
    NEEDS = {"save": Action.COMPOSE, "submit": Action.COMPOSE}
    holds_work = True
    BINDINGS = [
        Binding("f3", "save", "Save draft", id="compose.save", tooltip="Keep it as a draft"),
        Binding(
            "f4",
            "submit",
            "Submit",
            id="compose.submit",
            tooltip="Send for review (or schedule it, when the practice needs no review)",
        ),
        Binding(
            "f6",
            "text_for",
            "Text for",
            id="compose.text_for",
            tooltip="Write one account its own text (F6 again: the next account)",
        ),
        Binding(
            "f8",
            "remove_media",
            "Unattach",
            id="compose.unattach",
            tooltip="Remove the last attachment",
        ),
        Binding("escape", "leave", "Back", id="compose.back", tooltip="Leave (asks when unsaved)"),
    ]

    def __init__(self, post: Post | None = None) -> None:
        super().__init__()
        self.post = post
        self._pending = None
        self.master = post.text if post else ""
        self.overrides: dict[str, str] = dict(post.overrides) if post else {}
        self.media: list[dict] = list(post.media) if post else []
        self.editing = EVERY
        self.saved = True

    def compose(self) -> ComposeResult:
        post = self.post
        chosen = {d.account_id for d in post.deliveries} if post else set()
        yield Header(show_clock=False, icon="")
        with Vertical(id="compose"):
            yield TextLabel(self._title(), id="compose-title")
            yield TextEditor(self.master, id="text", soft_wrap=True, compact=True)
            with Horizontal(id="compose-options"):
                yield SelectionList[str](
                    *(
                        Selection(shown(f"{a.id} ({a.channel})"), a.id, a.id in chosen)
                        for a in self.practice.config.accounts
                        if a.enabled
                    ),
                    id="accounts",
                    compact=True,
                )
                with Vertical(id="compose-fields"):
                    yield TextInput(
                        placeholder="when: tomorrow 8am (empty: when approved)",
                        compact=True,
                        id="when",
                    )
                    yield TextStatic(id="when-words")
                    yield TextInput(
                        value=(post.link or "") if post else "",
                        placeholder="link: https://... (optional)",
                        compact=True,
                        id="link",
                    )
                    yield TextInput(
                        placeholder="attach: path of an image or video, then Enter",
                        compact=True,
                        id="media",
                    )
                    yield TextStatic(id="media-list")
                    yield Select(
                        [(k.replace("_", " "), k) for k in POST_KINDS],
                        value=post.kind if post else "general",
                        allow_blank=False,
                        compact=True,
                        id="kind",
                    )
            with VerticalScroll(id="preview"):
                yield TextStatic(id="preview-body")
        yield KeyFooter()

    def _title(self) -> str:
        head = f"Editing post {self.post.id}" if self.post else "New post"
        target = "every account" if self.editing == EVERY else f"{self.editing} only"
        return f"{head}: text for {target} (F6 changes)"

    def on_mount(self) -> None:
        if self.post and self.post.scheduled_at:
            self.query_one("#when", Input).value = self.post.scheduled_at.astimezone(
                self.practice.tz
            ).strftime("%Y-%m-%d %H:%M")
        self.show_media()
        self.query_one("#text", TextArea).focus()
        self.saved = True
        self.refresh_preview()

    def on_text_area_changed(self, event: TextArea.Changed) -> None:
        text = event.text_area.text
        if self.editing == EVERY:
            self.master = text
        elif text.strip() and text != self.master:
            self.overrides[self.editing] = text
        else:
            self.overrides.pop(self.editing, None)
        self._changed()

    def on_selection_list_selected_changed(self) -> None:
        self._changed()

    def on_input_changed(self, event: Input.Changed) -> None:
        if event.input.id != "media":
            self._changed()

    def on_select_changed(self) -> None:
        self._changed()

    def on_input_submitted(self, event: Input.Submitted) -> None:
        if event.input.id == "media" and event.value.strip():
            self.attach_file(event.value.strip())

    def _changed(self) -> None:
        self.saved = False
        if self._pending is not None:
            self._pending.stop()
        self._pending = self.set_timer(PREVIEW_DELAY, self.refresh_preview)

    def written(self) -> Written:
        accounts = tuple(self.query_one("#accounts", SelectionList).selected)
        return Written(
            text=self.master.strip(),
            overrides={k: v.strip() for k, v in self.overrides.items() if k in accounts},
            accounts=accounts,
            kind=str(self.query_one("#kind", Select).value),
            when_words=self.query_one("#when", Input).value,
            link=self.query_one("#link", Input).value.strip(),
            media=tuple(self.media),
            editing=self.editing,
        )

    def refresh_preview(self) -> None:
        self.practice.plugins  # noqa: B018 - loaded here once, not in each worker's copy
        self.work_out_preview(self.written())

    @work(thread=True, exclusive=True, group="compose-preview")
    def work_out_preview(self, written: Written) -> None:
        """In a thread, with its own read-only connection (connections are per thread)."""
        reader = self.practice.reader()
        try:
            result = build_preview(dataclasses.replace(self.practice, store=reader), written)
        finally:
            reader.close()
        if not get_current_worker().is_cancelled:
            self.app.call_from_thread(self.show_preview, result)

    def show_preview(self, preview: Preview) -> None:
        self.query_one("#when-words", Static).update(preview.when)
        self.query_one("#preview-body", Static).update(preview.body)

    @work(thread=True, exclusive=True, group="compose-attach")
    def attach_file(self, path: str) -> None:
        """Check and copy the file in a thread: a large video takes a moment."""
        try:
            entry = media.attach(self.practice, path)
        except MedsocialError as exc:
            self.app.call_from_thread(
                self.notify, exc.for_people(), title="Not attached", severity="error"
            )
            return
        self.app.call_from_thread(self._attached, entry)

    def _attached(self, entry: dict) -> None:
        self.media.append(entry)
        self.query_one("#media", Input).value = ""
        self.show_media()
        self._changed()

    def show_media(self) -> None:
        names = ", ".join(m.get("name") or str(m["path"]) for m in self.media)
        words = f"attached: {names} (F8 removes)" if self.media else "no attachments"
        self.query_one("#media-list", Static).update(words)

    def action_remove_media(self) -> None:
        if self.media:
            removed = self.media.pop()
            self.notify(f"Removed {removed.get('name') or removed['path']}")
            self.show_media()
            self._changed()

    def action_text_for(self) -> None:
        """Cycle the text being edited: every account, then each chosen account's own."""
        chosen = [EVERY, *self.query_one("#accounts", SelectionList).selected]
        position = chosen.index(self.editing) if self.editing in chosen else 0
        self.editing = chosen[(position + 1) % len(chosen)]
        area = self.query_one("#text", TextArea)
        area.load_text(self.overrides.get(self.editing, self.master))
        self.query_one("#compose-title", Label).update(self._title())
        area.focus()
        self.refresh_preview()

    def current(self) -> queue.Compose:
        """What is on the screen, as the core's Compose (raises when the time is unreadable)."""
        written = self.written()
        return queue.Compose(
            text=written.text,
            accounts=list(written.accounts),
            kind=written.kind,
            scheduled_at=resolve_when(written.when_words, self.practice),
            link=written.link or None,
            media=list(written.media),
            overrides=written.overrides,
        )

    def _save(self) -> Post | None:
        try:
            compose = self.current()
            if self.post is None:
                self.post = queue.create(self.practice, compose)
            else:
                self.post = queue.edit(self.practice, self.post.id, compose)
        except MedsocialError as exc:
            self.notify(exc.for_people(), title="Not saved", severity="error", timeout=12)
            return None
        self.saved = True
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
                title=f"Post {post.id} saved as a draft, not submitted",
                severity="error",
                timeout=15,
            )
            return
        words = "sent for review" if post.status == "in_review" else "scheduled"
        self.notify(f"Post {post.id} {words}")
        self.dismiss(post.id)

    def action_leave(self) -> None:
        if self.saved:
            self.dismiss(None)
            return

        def chosen(key: str | None) -> None:
            if key == "y":
                self.dismiss(None)
            elif key == "s":
                self.action_save()

        self.app.push_screen(
            Choose(
                "Leave without saving?",
                [("y", "yes, throw it away"), ("s", "save it as a draft"), ("n", "no, stay")],
            ),
            chosen,
        )
