"""Policy & staff, the policy half: read a version, acknowledge it, and (admins) manage the
versions: new draft, compare, publish, retire, export."""

from __future__ import annotations

from collections.abc import Callable

from rich.text import Text
from textual.app import ComposeResult
from textual.containers import VerticalScroll
from textual.screen import ModalScreen
from textual.widgets import Header, Markdown, Static

from medsocial_tui import clock
from medsocial_tui.display import terminal_safe
from medsocial_tui.home.practice import Practice
from medsocial_tui.records import exports, policy
from medsocial_tui.records.staff import Action
from medsocial_tui.tui.keys import KeyedScreen, go_back, press
from medsocial_tui.tui.safe import TextStatic
from medsocial_tui.tui.screens.base import AreaScreen, RowsScreen, on_row
from medsocial_tui.tui.widgets.confirm import Confirm
from medsocial_tui.tui.widgets.footer import KeyFooter


class PolicyScreen(AreaScreen[None], keys="policy"):
    """The current version (or one chosen from the list) to read and acknowledge."""

    GROUP = "Policy"

    TAKES_TYPING = False
    BINDINGS = [
        press("a", "acknowledge", "Acknowledge", "Say you received and read this version"),
        press("s", "staff", "Staff", "Staff, roles, acknowledgements, training, audit notes"),
        press("v", "versions", "Versions", "Every version: drafts, publish, compare, export"),
        press(
            "w",
            "authorisations",
            "Permissions",
            "Patients' written authorisations: add, revoke, takedown lists",
        ),
        go_back("Back to where you were"),
    ]

    def __init__(self, number: int | None = None) -> None:
        super().__init__()
        self.number = number
        self.shown: tuple[int | None, str] | None = None
        """The version on screen and its status line: the text is drawn again only when
        the version changed (a Markdown update of the policy is not free)."""

    def compose(self) -> ComposeResult:
        yield Header(show_clock=False, icon="")
        yield TextStatic(id="policy-status")
        with VerticalScroll(id="policy-text"):
            yield Markdown(id="policy-markdown", open_links=False)
        yield KeyFooter()

    def on_mount(self) -> None:
        # the notices of the screen before go, the reminder to read and acknowledge among
        # them: here the line above says it, and the reminder stayed its 20 seconds over the
        # policy's text, which is what it asked to read
        self.app.clear_notifications()
        self.refresh_view()
        self.query_one("#policy-text").focus()

    # A version published from the versions list (p v, p) or by someone else while this
    # screen was open: it showed version 1's text and "You acknowledged it", and a asked to
    # acknowledge version 2, a record of reading a text never shown (found on the third walk)
    def on_screen_resume(self) -> None:
        if self.shown is not None:
            self.refresh_view()

    def database_changed(self) -> None:
        """Called by the app when another connection wrote to the database. Before the
        screen is first drawn there is nothing to redraw (``on_mount`` reads the database
        then): a change noticed as the screen opened crashed the app with NoMatches on
        '#policy-status' (CI on two cores, once). Nor after its widgets went, as the app
        closes: the acknowledgement just written was noticed by the app's timer as the
        screen's children were being removed, and the same NoMatches stopped the app (CI
        on two cores, once more), as the lists' screens already guard against."""
        if self.shown is not None and self.is_mounted and self.query("#policy-status"):
            self.refresh_view()

    def version(self) -> policy.PolicyVersion | None:
        store = self.practice.store
        if self.number is not None:
            return policy.get_version(store, self.number)
        return policy.current_version(store)

    def refresh_view(self) -> None:
        practice = self.practice
        version = self.version()
        status = self.query_one("#policy-status", Static)
        body = self.query_one("#policy-markdown", Markdown)
        if version is None:
            self.shown = (None, "")
            status.update(
                "No policy is published yet. Admins: v opens the versions; publish the draft there."
            )
            body.update("")
            return
        state = policy.describe_status(practice.store, version)
        line = Text(f"Version {version.number} · {state}")
        if version.effective_date:
            line.append(f" · effective {version.effective_date.isoformat()} · ")
            review = policy.review_status(version, practice.today())
            due = policy.review_due(version, practice.today())
            line.append(review, style="bold yellow" if due else "")
        line.append("\n")
        line.append_text(self._my_standing(version))
        was, self.shown = self.shown, (version.number, line.plain)
        if was == self.shown:
            return
        status.update(line)
        if was is None or was[0] != version.number:
            body.update(terminal_safe(policy.to_markdown(version)))

    def _my_standing(self, version: policy.PolicyVersion) -> Text:
        practice = self.practice
        me = self.me
        if me is None:
            return Text(f"{practice.login} is not on the staff list: you can read, not act.")
        current = policy.current_version(practice.store)
        if current is None or current.number != version.number:
            return Text("This is not the current version; only the current one is acknowledged.")
        when = policy.acknowledged_at(practice.store, me.id, version.number)
        if when:
            return Text(f"You acknowledged it {clock.show(clock.parse_utc(when), practice.tz)}.")
        return Text(
            "You have not acknowledged it: until you do, you cannot compose, approve or "
            "reply. Read it below, then press a.",
            style="bold yellow",
        )

    def action_acknowledge(self) -> None:
        practice = self.practice
        me = self.me
        current = policy.current_version(practice.store)
        version = self.version()
        if current is None or version is None or version.number != current.number:
            self.app.notify("Only the current version is acknowledged.", severity="warning")
            return
        if self.shown is None or self.shown[0] != current.number:
            self.refresh_view()
            self.app.notify(
                f"Version {current.number} is the current version now: it is shown here. "
                "Read it, then press a.",
                severity="warning",
                markup=False,
            )
            return
        if me is None:
            self.app.notify("You are not on the staff list; ask an admin.", severity="warning")
            return

        def acknowledged(new: bool) -> None:
            # what it opens up ("You can now compose, ...") is said by the app as the rights
            # change: an approver who acknowledges still cannot compose. The notices before
            # go, the reminder to acknowledge among them, which would otherwise stay its 20
            # seconds beside the thanks, asking for what was just done.
            self.app.clear_notifications()
            self.app.notify(
                f"Thank you: version {current.number} acknowledged."
                if new
                else f"You had already acknowledged version {current.number}."
            )
            self.refresh_view()

        if policy.acknowledged_at(practice.store, me.id, current.number) is not None:
            self.app.notify(f"You had already acknowledged version {current.number}.")
            return
        # An acknowledgement is the practice's written record that this person read the
        # policy: asked, as a signature is, so a stray "a" typed at the wrong screen makes none.
        self.attempt_after(
            Confirm(
                f"Acknowledge policy version {current.number} as {me.name}?",
                [
                    "You confirm you received and read this version and will follow it.",
                    "It is kept with your name and the time in the practice's records.",
                ],
            ),
            "Not acknowledged",
            lambda p: policy.acknowledge(p, me.id, current.number),
            then=acknowledged,
        )

    def action_staff(self) -> None:
        from medsocial_tui.tui.screens.staff import StaffScreen

        self.app.push_screen(StaffScreen())

    def action_versions(self) -> None:
        self.app.push_screen(VersionsScreen())

    def action_authorisations(self) -> None:
        from medsocial_tui.tui.screens.authorisations import AuthorisationsScreen

        self.app.push_screen(AuthorisationsScreen())


class VersionsScreen(RowsScreen[policy.PolicyVersion], keys="versions"):
    """Every version, newest first, with what an admin does to them (dimmed for others)."""

    GROUP = "Policy versions"
    NEEDS = dict.fromkeys(
        ("new_draft", "edit", "publish", "retire", "export"), Action.MANAGE_POLICY
    )

    BINDINGS = [
        press("enter,o", "read", "Read", "Read this version"),
        press("d", "diff", "Compare", "What changed from the version before it"),
        press("n", "new_draft", "New draft", "Start a draft from this version", id="new"),
        press("e", "edit", "Edit", "Edit this draft's text here, as Markdown"),
        press("p", "publish", "Publish", "Publish this draft (everyone acknowledges again)"),
        press("r", "retire", "Retire", "Withdraw this version"),
        press("x", "export", "Export", "Write Markdown and PDF into exports/"),
        go_back(),
    ]

    TABLE_ID = "versions"
    FOLLOWS_THE_DATABASE = True
    EMPTY = "No versions yet. Press n to start a draft from the template."
    STATUS = "Policy versions. e edits a draft's text."
    COLUMNS = (("No.", 4), ("Status", 11), ("Effective", 10), ("Review", None))

    def reload(self) -> None:
        practice = self.practice
        self.rows = policy.versions(practice.store)
        with self.refilled() as table:
            for v in self.rows:
                review = (
                    policy.review_status(v, practice.today()) if v.status == "published" else ""
                )
                table.add_row(
                    str(v.number),
                    policy.describe_status(practice.store, v),
                    v.effective_date.isoformat() if v.effective_date else "",
                    review,
                    key=str(v.number),
                )
        self.show_detail()

    def detail(self, v: policy.PolicyVersion) -> str:
        lines = [f"{v.title}: {len(v.sections)} sections ({', '.join(s.key for s in v.sections)})"]
        lines.append(
            f"Drafted by {v.created_by}"
            + (f"; published by {v.published_by}" if v.published_by else "")
        )
        if v.status == "published":
            acks = policy.acknowledgements(self.practice.store, v.number)
            lines.append(f"{len(acks)} acknowledgements")
        return "\n".join(lines)

    @on_row
    def action_read(self, v: policy.PolicyVersion) -> None:
        self.app.push_screen(PolicyScreen(v.number))

    def _earlier(self, v: policy.PolicyVersion) -> policy.PolicyVersion | None:
        store = self.practice.store
        current = policy.current_version(store)
        if v.is_draft and current is not None:
            return current
        earlier = [o for o in self.rows if o.number < v.number and o.status != "draft"]
        return earlier[0] if earlier else None

    @on_row
    def action_diff(self, v: policy.PolicyVersion) -> None:
        earlier = self._earlier(v)
        if earlier is None:
            self.app.notify("There is no earlier version to compare with.", severity="warning")
            return
        diffs = policy.diff(self.practice.store, earlier.number, v.number)
        self.app.push_screen(DiffScreen(earlier.number, v.number, diffs))

    def _run(self, work: Callable[[Practice], object], done: str) -> None:
        """``work(practice)`` in a thread worker; then say ``done`` and read the list again."""
        self.attempt("Not done", work, then=self.say_and_reload(done))

    def action_new_draft(self) -> None:
        practice = self.practice
        v = self.selected()
        self._run(
            lambda p: policy.create_draft(
                p,
                from_number=v.number if v else None,
                practice_name=practice.config.name,
            ),
            f"New draft from version {v.number}." if v else "New draft from the template.",
        )

    def _is_draft(self, v: policy.PolicyVersion, otherwise: str) -> bool:
        """Whether ``v`` is a draft; if not, a warning ending in ``otherwise``."""
        if not v.is_draft:
            self.app.notify(f"Version {v.number} is {v.status}; {otherwise}.", severity="warning")
        return v.is_draft

    @on_row
    def action_edit(self, v: policy.PolicyVersion) -> None:
        from medsocial_tui.tui.screens.policy_editor import PolicyEditorScreen

        if self._is_draft(v, "press n for a draft to edit"):
            self.app.push_screen(PolicyEditorScreen(v.number), lambda _saved: self.reload())

    @on_row
    def action_publish(self, v: policy.PolicyVersion) -> None:
        if not self._is_draft(v, "only a draft is published"):
            return
        self.attempt_after(
            Confirm(
                f"Publish version {v.number}, effective today? It can no longer change, and "
                "everyone must acknowledge it before composing, approving or replying."
            ),
            "Not done",
            lambda p: policy.publish(p, v.number, effective=p.today()),
            then=self.say_and_reload(
                f"Version {v.number} published; everyone must acknowledge it."
            ),
        )

    @on_row
    def action_retire(self, v: policy.PolicyVersion) -> None:
        self.attempt_after(
            Confirm(f"Retire version {v.number}?"),
            "Not done",
            lambda p: policy.retire(p, v.number),
            then=self.say_and_reload(f"Version {v.number} retired."),
        )

    @on_row
    def action_export(self, v: policy.PolicyVersion) -> None:

        def export(p: Practice) -> tuple[exports.Export, exports.Export]:
            return (
                exports.export_policy(p, v.number),
                exports.export_policy(p, v.number, as_pdf=True),
            )

        def written(files: tuple[exports.Export, exports.Export]) -> None:
            md, pdf = files
            self.app.notify(
                f"Wrote {md.path.name} and {pdf.path.name} in {md.path.parent}",
                markup=False,
                timeout=10,
            )

        self.attempt("Not exported", export, then=written)


class DiffScreen(KeyedScreen, ModalScreen[None], keys="diff"):
    """What changed between two versions, section by section."""

    BINDINGS = [press("escape,q,d", "dismiss", "Close", "Close", id="close")]

    def __init__(self, old: int, new: int, diffs: list[policy.SectionDiff]) -> None:
        super().__init__()
        self.old, self.new, self.diffs = old, new, diffs

    def compose(self) -> ComposeResult:
        text = Text(f"From version {self.old} to version {self.new}\n\n", style="bold")
        changed = [d for d in self.diffs if d.change != "unchanged"]
        for d in changed:
            text.append(f"[{d.change}] {d.title}\n", style="bold")
            for line in d.lines:
                style = "green" if line.startswith("+") else "red" if line.startswith("-") else ""
                text.append(f"  {line}\n", style=style)
            text.append("\n")
        if not changed:
            text.append("No differences.\n")
        unchanged = [d.title for d in self.diffs if d.change == "unchanged"]
        if unchanged:
            text.append("Unchanged: " + ", ".join(unchanged) + "\n", style="dim")
        with VerticalScroll(id="diff"):
            yield TextStatic(text)
        yield KeyFooter()
