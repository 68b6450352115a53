"""Compose: one text for several accounts (and, where wanted, an account's own text), with
each network's count and problems, the compliance guard's findings marked in the text, the
time in plain words resolved in the practice's timezone, a link and attachments.

The preview is worked out in a thread a moment after typing stops (reading the time in words
and the guard can take a while), so typing never waits for it."""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass, field
from datetime import datetime
from functools import partial
from pathlib import Path
from typing import Any

from rich.text import Text
from textual import work
from textual.app import ComposeResult
from textual.containers import Horizontal, Vertical, VerticalScroll
from textual.timer import Timer
from textual.widgets import Header, Input, Label, Select, Static, TextArea
from textual.widgets.selection_list import Selection
from textual.worker import get_current_worker

from medsocial_tui import clock
from medsocial_tui.accounts import plugin_calls
from medsocial_tui.accounts.connections import connection_problem, problems_by_account
from medsocial_tui.compliance.findings import Finding
from medsocial_tui.compose import media, qa_cards, unsaved
from medsocial_tui.errors import MedsocialError
from medsocial_tui.home.config import POST_KINDS
from medsocial_tui.home.practice import Practice
from medsocial_tui.models import Post
from medsocial_tui.publishing import guard, queue
from medsocial_tui.publishing.approvers import review_wait
from medsocial_tui.publishing.review_facts import attachments
from medsocial_tui.records.staff import Action
from medsocial_tui.tui.editor import TextEditor
from medsocial_tui.tui.keys import go_back, press
from medsocial_tui.tui.safe import TextInput, TextLabel, TextStatic, pictured, shown
from medsocial_tui.tui.screens.base import AreaScreen
from medsocial_tui.tui.widgets.choose import Choose
from medsocial_tui.tui.widgets.dropdown import Dropdown
from medsocial_tui.tui.widgets.footer import KeyFooter
from medsocial_tui.tui.widgets.ticks import Ticks
from medsocial_tui.tui.words import kind_words, review_note_words
from medsocial_tui.when import describe, parse_when

PREVIEW_DELAY = 0.25
STALE_AFTER = 0.5
"""Seconds a preview may be worked out before its border says it is checking: a long post on
a busy machine takes seconds, and the preview meanwhile shows the text before the last edit."""
CHECKING = "checking the latest edit…"
KEEP_DELAY = 1.0
"""Seconds after typing stops before what is on the screen is kept in the database."""
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
    media: tuple[dict[str, Any], ...]
    editing: str
    patient: str = ""


def patient_options(words: str) -> dict[str, object]:
    """The post's permission options from the compose field: a number names the patient's
    authorisation; y (or yes) marks a post featuring a patient that has none yet."""
    words = words.strip().lstrip("#").lower()
    if not words or words in ("n", "no"):
        return {}
    if words.isdigit():
        return {"features_patient": True, "authorisation": int(words)}
    return {"features_patient": True}


@dataclass
class Preview:
    """What the preview shows, worked out off the UI thread."""

    when: Text
    body: Text
    ready: bool = False
    problems: list[str] = field(default_factory=list)


def resolve_when(words: str, practice: Practice) -> datetime | None:
    return parse_when(words, practice.tz, needs_time=True) if words.strip() else None


def _finding_line(body: Text, lead: str, finding: Finding, text: str) -> None:
    """One guard finding in words under the preview: whether it blocks, what and why."""
    blocks = finding.severity == "block"
    body.append(
        f"{lead}{'BLOCKS' if blocks else 'check'}: {finding.label} "
        f"'{text[finding.start : finding.end]}': {finding.reason}\n",
        style="red" if blocks else "yellow",
    )


def build_preview(practice: Practice, written: Written) -> Preview:
    """Counters, plugin problems and guard findings for every chosen account."""
    when, when_line = _when_of(practice, written)
    compose = queue.Compose(
        text=written.text,
        accounts=list(written.accounts),
        kind=written.kind,
        link=written.link or None,
        media=list(written.media),
        overrides=written.overrides,
        options=patient_options(written.patient),
        scheduled_at=when,
    )
    body = Text()
    text_blocks = _guard_section(body, practice, written)
    alt_blocks = _alt_text_section(body, practice, written)
    _other_texts_section(body, practice, written)
    permission = _permission_problems(practice, compose)
    if permission:
        body.append("Patient permission\n", style="bold")
        for refusal in permission:
            body.append(f"  BLOCKS: {refusal}\n", style="red")
    if not compose.accounts:
        body.append(
            "No account ticked yet: Tab to the accounts, Space ticks one.\n", style="yellow"
        )
    blocking = _accounts_section(body, practice, written, compose)
    for attachment in attachments(practice, list(written.media)):
        body.append(f"Attached: {attachment.in_words()}\n", style="dim")
    ready = bool(compose.accounts) and not (blocking or permission or alt_blocks or text_blocks)
    return Preview(when_line, body, ready, blocking + permission)


def _when_of(practice: Practice, written: Written) -> tuple[datetime | None, Text]:
    """The post's time from the words typed, and the line that says it (or what is wrong)."""
    try:
        when = resolve_when(written.when_words, practice)
    except MedsocialError as exc:
        return None, Text(f"{exc.what}: {exc.fix}", style="bold red")
    return when, Text(
        describe(when, practice.tz) if when else "when approved (or now, without review)"
    )


def _guard_section(body: Text, practice: Practice, written: Written) -> bool:
    """The text being edited with the guard's findings marked in it; True when one blocks."""
    shown = written.overrides.get(written.editing) or written.text
    report = guard.report_for(practice, shown) if shown.strip() else None
    if not (report and report.findings):
        return False
    marked = Text(pictured(shown))  # one visible character each: the findings' offsets hold
    for finding in report.findings:
        style = "bold red underline" if finding.severity == "block" else "yellow underline"
        marked.stylize(style, finding.start, finding.end)
    body.append("Compliance guard\n", style="bold")
    body.append_text(marked)
    body.append("\n")
    for finding in report.findings:
        _finding_line(body, "  ", finding, shown)
    return bool(report.blocking)


def _alt_text_section(body: Text, practice: Practice, written: Written) -> bool:
    """The guard's findings in each attachment's alt text; True when one blocks."""
    blocks = False
    for item in written.media:
        alt = str(item.get("alt_text") or "")
        if not alt.strip():
            continue
        name = item.get("name") or item.get("path")
        for finding in guard.report_for(practice, alt).findings:
            _finding_line(body, f"alt text of {name}: ", finding, alt)
            blocks = blocks or finding.severity == "block"
    return blocks


def _other_texts_section(body: Text, practice: Practice, written: Written) -> None:
    """A line for each other account's own text that the guard has findings in."""
    for account_id, own in written.overrides.items():
        if account_id != written.editing and own.strip():
            other = guard.report_for(practice, own)
            if other.findings:
                body.append(
                    f"{account_id}'s own text: {len(other.findings)} guard finding(s); "
                    "F6 to see it\n",
                    style="red",
                )


def _accounts_section(
    body: Text, practice: Practice, written: Written, compose: queue.Compose
) -> list[str]:
    """A line per ticked account (length against its limit, readiness, problems); returns
    the problems that block."""
    problems = queue.preview(practice, compose)
    blocking: list[str] = []
    unconnected_accounts: list[str] = []
    for account_id in compose.accounts:
        line = Text(f"{account_id:<14}", style="bold")
        _length_of(line, practice, compose, account_id)
        if account_id in written.overrides:
            line.append("  own text", style="italic")
        found = problems.get(account_id, [])
        unconnected = connection_problem(practice, account_id)
        if unconnected:
            line.append(f"  {unconnected}", style="bold yellow")
            unconnected_accounts.append(account_id)
        elif not found:
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
    if unconnected_accounts:
        body.append(
            f"{', '.join(unconnected_accounts)}: not connected, so it will fail there. "
            "Untick, or connect it first: Channels (h, from the queue) says what it needs.\n",
            style="yellow",
        )
    return blocking


def _length_of(line: Text, practice: Practice, compose: queue.Compose, account_id: str) -> None:
    """The account's draft length against its network's limit, counted as the network counts."""
    account = practice.account(account_id)
    channel = practice.plugins.channels.get(account.channel)
    if channel is None:
        return
    text = queue.draft_for(practice, compose, account_id).text
    limits = plugin_calls.limits_of(channel, account)
    used = plugin_calls.count_of(channel, text)
    if limits is None or used is None:
        line.append(" length unknown: the channel plugin failed", style="bold red")
        return
    limit = f"/{limits.max_chars}" if limits.max_chars else ""
    over = limits.max_chars is not None and used > limits.max_chars
    line.append(f" {used}{limit} {limits.counted_as}", style="bold red" if over else "")


def _permission_problems(practice: Practice, compose: queue.Compose) -> list[str]:
    """Why the post needs a patient's authorisation it does not have (see authorisations)."""
    from medsocial_tui.records import authorisations

    texts = [compose.text, *compose.overrides.values()]
    texts += [str(m.get("alt_text", "")) for m in compose.media if m.get("alt_text")]
    channels = [
        account.channel
        for account in (practice.config.account(a) for a in compose.accounts)
        if account is not None
    ]
    return authorisations.problems_for(
        practice,
        texts=texts,
        media=[dict(m) for m in compose.media],
        options=dict(compose.options),
        channels=channels,
    )


def _patient_words(post: Post | None) -> str:
    if post is None:
        return ""
    if post.options.get("authorisation"):
        return str(post.options["authorisation"])
    return "y" if post.options.get("features_patient") else ""


TITLE_WIDTH = 78
"""Compose's first line within 80 columns (it is padded by one on each side)."""


class ComposeScreen(AreaScreen[int | None], keys="compose"):
    """Write or edit a post; dismisses with the post id when saved."""

    GROUP = "Compose"
    NEEDS = {"save": Action.COMPOSE, "submit": Action.COMPOSE}
    holds_work = True
    AUTO_FOCUS = "#text"
    HELP_NOTES = (
        "Tab moves between the text, the accounts, when, link, attach and the post type; "
        "Shift+Tab goes back. On the accounts, the arrows move and Space ticks [x] or "
        "unticks [ ] the account under the cursor; nothing is ticked until you tick it.",
        "In the text, F7 selects all of it: what you type then replaces it, and ctrl+x cuts "
        "it (ctrl+a goes to the start of the line, as in a shell).",
        "What you type is kept as you go: if the connection drops, compose offers it back.",
    )
    BINDINGS = [
        press("f3", "save", "Save draft", "Keep it as a draft"),
        press(
            "f4",
            "submit",
            "Submit",
            "Send for review (or schedule it, when the practice needs no review)",
        ),
        press(
            "f5",
            "text_for",
            "Own text",
            "Write one account its own text (F5 again: the next account)",
        ),
        press("f8", "remove_media", "Unattach", "Remove the last attachment", id="unattach"),
        go_back("Leave (asks when unsaved)", action="leave"),
    ]

    def __init__(self, post: Post | None = None) -> None:
        super().__init__()
        self.post = post
        self._pending: Timer | None = None
        self._changes = 0  # edits so far; the preview shows the state after _shown of them
        self._shown = 0
        self._keeping: Timer | None = None
        self.master = post.text if post else ""
        self.overrides: dict[str, str] = dict(post.overrides) if post else {}
        self.media: list[dict[str, Any]] = list(post.media) if post else []
        self.editing = EVERY
        self._untouched: Written | None = None
        self._writing = False
        self._saved_as: Written | None = None

    @property
    def saved(self) -> bool:
        """Nothing to lose: the screen shows what it opened with, or what was last saved."""
        if not self.is_mounted or self._untouched is None:
            return True
        now = dataclasses.replace(self.written(), editing=EVERY)
        return now in (self._untouched, self._saved_as)

    def compose(self) -> ComposeResult:
        post = self.post
        chosen = {d.account_id for d in post.deliveries} if post else set()
        problems = problems_by_account(self.practice)
        yield Header(show_clock=False, icon="")
        with Vertical(id="compose"):
            yield TextLabel(self._title(), id="compose-title")
            yield TextEditor(self.master, id="text", soft_wrap=True, compact=True)
            with Horizontal(id="compose-options"):
                with Vertical(id="accounts-box"):
                    yield TextLabel("", id="accounts-head")
                    yield Ticks[str](
                        *(
                            Selection(
                                shown(f"{a.id}" + (" not connected" if problems.get(a.id) else "")),
                                a.id,
                                a.id in chosen,
                            )
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
                        placeholder=(
                            "attach: the name `attach` printed, then Enter"
                            if self.practice.restricted
                            else "attach: path of an image or video, then Enter"
                        ),
                        compact=True,
                        id="media",
                    )
                    yield TextStatic(id="media-list")
                    yield TextInput(
                        value=_patient_words(post),
                        placeholder="shows a patient? authorisation # (y: none yet)",
                        compact=True,
                        id="patient",
                    )
                    yield Dropdown(
                        [(kind_words(k), k) for k in POST_KINDS],
                        value=post.kind if post else "general",
                        allow_blank=False,
                        compact=True,
                        id="kind",
                    )
            with VerticalScroll(id="preview"):
                yield TextStatic(id="preview-body")
        yield KeyFooter()

    def _title(self) -> str:
        """What is being edited, and the two keys a newcomer needs here, as long as each fits
        the 80 columns ("Editing post 11: ..." once ran past them, cutting "Tab: next
        field")."""
        head = f"Post {self.post.id}" if self.post else "New post"
        target = "every account" if self.editing == EVERY else f"{self.editing} only"
        title = f"{head}: text for {target}"
        for hinted in (
            f"{title} (F5: an account's own) · Tab: next field",
            f"{title} · Tab: next field",
        ):
            if len(hinted) <= TITLE_WIDTH:
                return hinted
        return title

    def on_mount(self) -> None:
        if self.post and self.post.scheduled_at:
            self.query_one("#when", Input).value = self.post.scheduled_at.astimezone(
                self.practice.tz
            ).strftime("%Y-%m-%d %H:%M")
        self.show_media()
        self.show_ticked()
        self._untouched = dataclasses.replace(self.written(), editing=EVERY)
        self.offer_back_unsaved()
        editor = self.query_one("#text", TextArea)
        editor.move_cursor(editor.document.end)  # a post edited goes on where it ends
        self.refresh_preview()

    def offer_back_unsaved(self) -> None:
        """What this person was writing here when the app last stopped, put back on screen."""
        me = self.me
        if me is None:
            return
        found = unsaved.find(self.practice.store, me.login, self.post.id if self.post else None)
        if found is None:
            return
        content = found.content
        self.master = str(content.get("text", self.master))
        self.overrides = {str(k): str(v) for k, v in dict(content.get("overrides", {})).items()}
        self.media = [dict(m) for m in content.get("media", self.media)]
        self.query_one("#text", TextArea).load_text(self.master)
        ticks = self.query_one("#accounts", Ticks)
        ticks.deselect_all()
        known = {a.id for a in self.practice.config.accounts if a.enabled}
        for account_id in content.get("accounts", []):
            if account_id in known:
                ticks.select(account_id)
        self.query_one("#when", Input).value = str(content.get("when_words", ""))
        self.query_one("#link", Input).value = str(content.get("link", ""))
        if content.get("kind") in POST_KINDS:
            self.query_one("#kind", Select).value = content["kind"]
        self.show_media()
        self.show_ticked()
        when = clock.show(found.saved_at, self.practice.tz)
        self.notify(
            f"Put back what you were writing ({when}); it is not saved as a post yet. "
            "F3 saves it; Esc then y throws it away.",
            title="Not lost",
            timeout=15,
            markup=False,
        )

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
        self.show_ticked()
        self._changed()

    def show_ticked(self) -> None:
        ticked = self.query_one("#accounts", Ticks).selected
        words = f"{len(ticked)} ticked" if ticked else "none ticked yet"
        self.query_one("#accounts-head", Label).update(f"Accounts: {words}")

    def on_input_changed(self, event: Input.Changed) -> None:
        if event.input.id != "media":
            self._changed()

    def on_select_changed(self) -> None:
        self._changed()

    def on_input_submitted(self, event: Input.Submitted) -> None:
        value = event.value.strip()
        if event.input.id == "media" and value:
            if value.lower().startswith("alt:"):
                self.describe_last(value[4:].strip())
            else:
                self.attach_file(value)

    def describe_last(self, alt_text: str) -> None:
        """``alt: words`` in the attach field describes the last attachment."""
        if not self.media:
            self.notify("Attach an image first, then type alt: and its description.")
            return
        self.media[-1] = {**self.media[-1], "alt_text": alt_text}
        self.query_one("#media", Input).value = ""
        self.show_media()
        self._changed()

    @property
    def up_to_date(self) -> bool:
        """Whether the preview shows what is on the screen now (no edit since the one it
        was worked out for); tests wait on it, a slow machine takes longer."""
        return self._shown == self._changes

    def _changed(self) -> None:
        self._changes += 1
        if self._pending is not None:
            self._pending.stop()
        self._pending = self.set_timer(PREVIEW_DELAY, self.refresh_preview)
        if self._keeping is not None:
            self._keeping.stop()
        self._keeping = self.set_timer(KEEP_DELAY, self.keep_unsaved)

    def written(self) -> Written:
        accounts = tuple(self.query_one("#accounts", Ticks).selected)
        return Written(
            text=self.master.strip(),
            overrides={k: v.strip() for k, v in self.overrides.items() if k in accounts},
            accounts=accounts,
            kind=str(self.query_one("#kind", Select).value),
            when_words=self.query_one("#when", Input).value,
            link=self.query_one("#link", Input).value.strip(),
            media=tuple(self.media),
            editing=self.editing,
            patient=self.query_one("#patient", Input).value,
        )

    def keep_unsaved(self) -> None:
        """Keep what is on the screen (when there is something to lose) in a thread."""
        me = self.me
        if me is None or not self.is_mounted:
            return
        post_id = self.post.id if self.post else None
        if self.saved:
            self.forget_unsaved(me.login, post_id)
            return
        written = self.written()
        content = {
            "text": self.master,
            "overrides": dict(self.overrides),
            "accounts": list(written.accounts),
            "kind": written.kind,
            "when_words": written.when_words,
            "link": written.link,
            "media": list(self.media),
        }
        self.store_unsaved(me.login, post_id, content)

    @work(thread=True, exclusive=True, group="compose-unsaved")
    def store_unsaved(self, login: str, post_id: int | None, content: dict[str, Any]) -> None:
        store = self.practice.reopen_store()
        try:
            unsaved.keep(store, login, post_id, content)
        finally:
            store.close()

    @work(thread=True, exclusive=True, group="compose-unsaved")
    def forget_unsaved(self, login: str, post_id: int | None) -> None:
        store = self.practice.reopen_store()
        try:
            unsaved.forget(store, login, post_id)
        finally:
            store.close()

    def _forget_now(self, post_id: int | None) -> None:
        """Saved, submitted or thrown away: nothing to offer back any more."""
        if self._keeping is not None:
            self._keeping.stop()
        me = self.me
        if me is not None:
            self.forget_unsaved(me.login, post_id)

    def refresh_preview(self) -> None:
        self.practice.plugins  # noqa: B018 - loaded here once, not in each worker's copy
        written = self.written()
        self.work_out_preview(written, self._changes)
        self.set_timer(STALE_AFTER, self._say_if_stale)
        if written.kind == "qa" and qa_cards.card_index(self.media) is not None:
            self.redraw_card(written.kind, self.master, list(self.media))

    @work(thread=True, exclusive=True, group="compose-card")
    def redraw_card(self, kind: str, text: str, attached: list[dict[str, Any]]) -> None:
        """A Q&A post's card drawn again for its edited text, in a thread (drawing takes a
        moment); the screen takes it only if the attachments did not change meanwhile."""
        try:
            redrawn = qa_cards.redraw(self.practice, kind, text, attached)
        except MedsocialError as exc:
            self.medsocial.call_from_thread(
                partial(
                    self.notify,
                    exc.for_people(),
                    title="Card not redrawn",
                    severity="warning",
                    markup=False,
                )
            )
            return
        if redrawn is not None and not get_current_worker().is_cancelled:
            self.medsocial.call_from_thread(self._card_redrawn, attached, redrawn)

    def _card_redrawn(self, before: list[dict[str, Any]], redrawn: list[dict[str, Any]]) -> None:
        if self.media != before:
            return
        self.media = redrawn
        self.show_media()
        self.notify("The Q&A card was drawn again to match the text", timeout=4)
        self._changed()

    @work(thread=True, exclusive=True, group="compose-preview")
    def work_out_preview(self, written: Written, changes: int) -> None:
        """In a thread, with its own read-only connection (connections are per thread)."""
        with self.reading() as practice:
            result = build_preview(practice, written)
        if not get_current_worker().is_cancelled:
            self.medsocial.call_from_thread(self.show_preview, result, changes)

    def _say_if_stale(self) -> None:
        """The preview's border says it is behind while its answer is still being worked out
        (what it shows is the text before the last edit)."""
        if not self.up_to_date and self.is_mounted:
            self.query_one("#preview", VerticalScroll).border_title = CHECKING

    def show_preview(self, preview: Preview, changes: int) -> None:
        self._shown = changes
        if self.up_to_date:
            self.query_one("#preview", VerticalScroll).border_title = None
        self.query_one("#when-words", Static).update(preview.when)
        body = preview.body
        if self.post is not None and self.post.review_note:
            # the approver's reason stays in sight while the author changes the post: it was
            # on the queue's detail only, behind the screen opened to act on it
            body = Text(review_note_words(self.post.status, self.post.review_note) + "\n")
            body.stylize("yellow")
            body.append_text(preview.body)
        self.query_one("#preview-body", Static).update(body)

    @work(thread=True, exclusive=True, group="compose-attach")
    def attach_file(self, path: str) -> None:
        """Check and copy the file in a thread: a large video takes a moment."""
        try:
            entry = media.attach(self.practice, path)
        except MedsocialError as exc:
            self.medsocial.call_from_thread(
                self.notify, exc.for_people(), title="Not attached", severity="error"
            )
            return
        self.medsocial.call_from_thread(self._attached, entry)

    def _attached(self, entry: dict[str, Any]) -> None:
        self.media.append(entry)
        self.query_one("#media", Input).value = ""
        self.show_media()
        self._changed()

    def show_media(self) -> None:
        if not self.media:
            self.query_one("#media-list", Static).update("no attachments")
            return
        names = [
            str(m.get("name") or Path(str(m["path"])).name)
            + ("" if m.get("alt_text") else " (no alt)")
            for m in self.media
        ]
        words = f"{len(names)} attached (F8 removes): " if len(names) > 1 else "attached: "
        self.query_one("#media-list", Static).update(
            Text(
                words + ", ".join(names) + " (alt: TEXT describes the last)",
                overflow="fold",
                no_wrap=False,
            )
        )

    def action_remove_media(self) -> None:
        if not self.media:
            self.notify("Nothing is attached, so there is nothing to remove.")
            return
        removed = self.media.pop()
        self.notify(f"Removed {removed.get('name') or removed['path']}", markup=False)
        self.show_media()
        self._changed()

    def action_text_for(self) -> None:
        """Cycle the text being edited: every account, then each chosen account's own."""
        chosen = [EVERY, *self.query_one("#accounts", Ticks).selected]
        if len(chosen) == 1:
            self.notify(
                "An account's own text is for a ticked account: Tab to the accounts, Space "
                "ticks one, then F5."
            )
            return
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
            options=self._options(written.patient),
        )

    def _options(self, patient: str) -> dict[str, object]:
        """The post's other options kept, the patient's permission as the field says."""
        kept = dict(self.post.options) if self.post else {}
        kept.pop("features_patient", None)
        kept.pop("authorisation", None)
        return {**kept, **patient_options(patient)}

    def action_save(self) -> None:
        self._write(submit=False)

    def action_submit(self) -> None:
        self._write(submit=True)

    def _write(self, *, submit: bool) -> None:
        """Read the screen here (a time that cannot be read is said at once), then save and
        submit in a thread: the database may wait for flush's lock."""
        if self._writing:
            return
        try:
            compose = self.current()
        except MedsocialError as exc:
            self.notify(exc.for_people(), title="Not saved", severity="error", timeout=12)
            return
        if not compose.accounts:  # the core's words name a command; here a key does it
            self.notify(
                "No account is ticked: Tab to the accounts, Space ticks one.",
                title="Not saved",
                severity="error",
            )
            return
        self._writing = True
        self.practice.plugins  # noqa: B018 - loaded here once, not in the worker's copy
        self.write_post(compose, self.post.id if self.post else None, submit)

    @work(thread=True, group="compose-write")
    def write_post(self, compose: queue.Compose, post_id: int | None, submit: bool) -> None:
        store = self.practice.reopen_store()
        practice = dataclasses.replace(self.practice, store=store)
        say = self.medsocial.call_from_thread
        try:
            try:
                if post_id is None:
                    post = queue.create(practice, compose)
                else:
                    post = queue.edit(practice, post_id, compose)
            except MedsocialError as exc:
                say(self._not_written, exc.for_people(), "Not saved")
                return
            say(self._saved, post, post_id)
            if submit:
                try:
                    post = queue.submit(practice, post.id)
                except MedsocialError as exc:
                    title = f"Post {post.id} saved as a draft, not submitted"
                    say(self._not_written, exc.for_people(), title)
                    return
            say(self._written, post, submit)
        finally:
            store.close()

    def _not_written(self, words: str, title: str) -> None:
        self._writing = False
        self.notify(words, title=title, severity="error", timeout=15, markup=False)

    def _saved(self, post: Post, was: int | None) -> None:
        self.post = post
        self._saved_as = dataclasses.replace(self.written(), editing=EVERY)
        self._forget_now(was)

    def _written(self, post: Post, submitted: bool) -> None:
        self._writing = False
        if not submitted:
            self.notify(f"Post {post.id} saved as a draft")
        else:
            words = "sent for review" if post.status == "in_review" else "scheduled"
            self.notify(f"Post {post.id} {words}")
            wait = review_wait(self.practice, post)
            if wait is not None and wait.stuck:
                self.app.notify(wait.in_words(), severity="warning", timeout=20, markup=False)
        self.dismiss(post.id)

    def action_leave(self) -> None:
        if self.saved:
            self._forget_now(self.post.id if self.post else None)
            self.dismiss(None)
            return

        def chosen(key: str | None) -> None:
            if key == "y":
                self._forget_now(self.post.id if self.post else None)
                self.dismiss(None)
            elif key == "s":
                self.action_save()

        self.app.push_screen(
            Choose(
                "Leave without saving what you changed?",
                [("y", "yes, throw it away"), ("s", "save it as a draft"), ("n", "no, stay")],
            ),
            chosen,
        )
