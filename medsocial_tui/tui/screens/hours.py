"""The hours change: why, which days, what changes, an optional line; a preview per account;
confirm; then each account's outcome, special hours included. Enter moves on at every step,
so "closed today: snow" is o, Enter, Enter, Enter, Enter, Enter."""

from __future__ import annotations

from dataclasses import replace

from rich.text import Text
from textual.actions import SkipAction
from textual.app import ComposeResult
from textual.containers import Horizontal, Vertical, VerticalScroll
from textual.timer import Timer
from textual.widgets import Header, Input, OptionList, Static
from textual.widgets.option_list import Option

from medsocial_tui.errors import MedsocialError
from medsocial_tui.home.health import quiet_accounts
from medsocial_tui.operations import hours, hours_apply, hours_plan, hours_undo, hours_words
from medsocial_tui.records.staff import Action
from medsocial_tui.tui.keys import go_back, press
from medsocial_tui.tui.safe import TextInput, TextStatic
from medsocial_tui.tui.screens.base import AreaScreen
from medsocial_tui.tui.typing_guard import after_typing
from medsocial_tui.tui.widgets.confirm import Confirm
from medsocial_tui.tui.widgets.footer import KeyFooter
from medsocial_tui.tui.words import count


class HoursScreen(AreaScreen[None], keys="hours"):
    """Post an hours change to every connected account and set special hours."""

    GROUP = "Hours"
    NEEDS = {"confirm": Action.HOURS_CHANGE, "undo_last": Action.HOURS_CHANGE}

    DEFAULT_CSS = """
    HoursScreen #hours-form { width: 38; padding: 0 1 0 0; }
    HoursScreen #reason { height: 10; }
    HoursScreen #change { height: 6; }
    HoursScreen OptionList { padding: 0; }
    HoursScreen Input { border: none; height: 1; padding: 0 1; margin: 0; }
    HoursScreen #days-label { padding: 0 1; color: $text-muted; }
    HoursScreen Input:focus { border: none; background: $boost; }
    HoursScreen #hours-preview { border-left: solid $primary; padding: 0 1; }
    """
    BINDINGS = [
        press("f4", "confirm", "Post now", "Check and post the change", id="post"),
        press(
            "f8",
            "undo_last",
            "Undo last",
            "Put back the special hours and post a correction",
            id="undo",
        ),
        go_back("Leave without posting"),
        # Enter has priority, as in the forms: the focus moves as the key is read, so what
        # came in the same read lands in the next step ("10am" in the time), not in the one
        # just left or on a list that drops it.
        replace(press("enter", "next_step", "Next step or post", show=False), priority=True),
    ]

    def __init__(self) -> None:
        super().__init__()
        self.done = False
        self._pending: Timer | None = None
        self._confirm_waits = False
        """Enter on the last field was read; the check waits for the letters typed before it."""

    def compose(self) -> ComposeResult:
        yield Header(show_clock=False, icon="")
        with Horizontal():
            with Vertical(id="hours-form"):
                yield OptionList(*(Option(r.label, id=r.value) for r in hours.Reason), id="reason")
                yield OptionList(
                    *(Option(k.label, id=k.value) for k in hours.ChangeKind), id="change"
                )
                # the days' field holds "today", so its placeholder (what else it takes) never
                # showed: a newcomer took "today" for a fixed word
                yield Static("Days: today, tomorrow, mon to wed", id="days-label")
                yield TextInput(
                    value="today", placeholder="days: today, tomorrow, mon to wed", id="days"
                )
                yield TextInput(placeholder="time: opens late at / closes early at", id="at")
                yield TextInput(placeholder="new hours: closes at", id="until")
                yield TextInput(placeholder="extra line (optional)", id="note")
            with VerticalScroll(id="hours-preview"):
                yield TextStatic(id="hours-body")
        yield KeyFooter()

    def on_mount(self) -> None:
        self.query_one("#reason", OptionList).border_title = "Why"
        self.query_one("#change", OptionList).border_title = "What"
        for option_list in self.query(OptionList):
            option_list.highlighted = 0
        # now: a later focus took it back from the note typed ahead ("o", then the change)
        self.set_focus(self.query_one("#reason", OptionList))
        self._toggle_times()
        self.refresh_preview()

    # ------------------------------------------------------------------ the form

    def _kind(self) -> hours.ChangeKind:
        index = self.query_one("#change", OptionList).highlighted or 0
        return list(hours.ChangeKind)[index]

    def _reason(self) -> hours.Reason:
        index = self.query_one("#reason", OptionList).highlighted or 0
        return list(hours.Reason)[index]

    def _toggle_times(self) -> None:
        kind = self._kind()
        at = self.query_one("#at", Input)
        until = self.query_one("#until", Input)
        at.display = kind is not hours.ChangeKind.CLOSED
        until.display = kind is hours.ChangeKind.NEW_HOURS
        at.placeholder = {
            hours.ChangeKind.OPENING_LATE: "opening at: 10am",
            hours.ChangeKind.CLOSING_EARLY: "closing at: 2pm",
            hours.ChangeKind.NEW_HOURS: "opening at: 10am",
        }.get(kind, "")

    def change(self) -> hours.HoursChange:
        """What is on the screen as the core's change (raises with words when incomplete)."""
        return hours.make_change(
            self.practice,
            reason=self._reason().value,
            kind=self._kind().value,
            days=self.query_one("#days", Input).value,
            at=self.query_one("#at", Input).value,
            until=self.query_one("#until", Input).value,
            note=self.query_one("#note", Input).value,
        )

    def on_option_list_option_highlighted(self, event: OptionList.OptionHighlighted) -> None:
        if event.option_list.id == "change":
            self._toggle_times()
        self._schedule_preview()

    def on_option_list_option_selected(self, event: OptionList.OptionSelected) -> None:
        target = "#change" if event.option_list.id == "reason" else "#days"
        self.query_one(target).focus()

    def on_input_changed(self) -> None:
        self._schedule_preview()

    def action_next_step(self) -> None:
        """Enter: why, then what, then each field the change asks for, the focus moved now
        (not after the keys already read); on the note, the check and the question once
        every field has taken what was typed before the Enter."""
        focused = self.focused
        kind = self._kind()  # the list's highlight, moved by the arrows typed ahead of Enter
        order = ["#reason", "#change", "#days"]
        order += [] if kind is hours.ChangeKind.CLOSED else ["#at"]
        order += ["#until"] if kind is hours.ChangeKind.NEW_HOURS else []
        order += ["#note"]
        current = f"#{focused.id}" if focused is not None and focused.id else ""
        if current not in order:
            raise SkipAction()
        if current != "#note":
            self.set_focus(self.query_one(order[order.index(current) + 1]))
            return
        if self._confirm_waits:
            return
        self._confirm_waits = True

        def confirm() -> None:
            self._confirm_waits = False
            self.action_confirm()

        after_typing(list(self.query(Input)), confirm)

    def _schedule_preview(self) -> None:
        if self.done:
            return
        if self._pending is not None:
            self._pending.stop()
        self._pending = self.set_timer(0.15, self.refresh_preview)

    def refresh_preview(self) -> None:
        body = Text()
        try:
            plan = hours_plan.plan(self.practice, self.change())
        except MedsocialError as exc:
            body.append(exc.what + "\n", style="yellow")
            if exc.fix:
                body.append(exc.fix + "\n", style="dim")
            self._show(body)
            return
        body.append(plan.master_text + "\n\n")
        for line in hours_words.in_words(plan):
            style = "yellow" if ("skipped" in line or line.startswith("note")) else ""
            body.append(line + "\n", style=style)
        last = hours_undo.last_undoable(self.practice)
        if last is not None:
            body.append(
                f"\nLast change #{last.id}: {last.describe()} (F8 undoes it)\n", style="dim"
            )
        quiet = quiet_accounts(self.practice)
        if quiet:
            body.append("\nQuiet: " + ", ".join(q.in_words() for q in quiet) + "\n", style="yellow")
        body.append("\nEnter on the last field or F4: check and post.", style="dim")
        self._show(body)

    def _show(self, body: Text) -> None:
        self.query_one("#hours-body", Static).update(body)

    # ------------------------------------------------------------------ doing it

    def refused(self, action: str) -> bool:
        """Say why, before anything is asked or confirmed, when the person may not do it."""
        decision = self.decision(action)
        if not decision.allowed:
            self.notify(f"Not for you: {decision.reason}", severity="warning", markup=False)
        return not decision.allowed

    def action_confirm(self) -> None:
        if self.done or self.refused("confirm"):
            return
        try:
            change = self.change()
            plan = hours_plan.plan(self.practice, change)
        except MedsocialError as exc:
            self.notify(exc.for_people(), title="Not yet", severity="warning", timeout=8)
            return
        lines = [plan.master_text, "", *hours_words.in_words(plan)]
        title = f"Post to {count(len(plan.posting), 'account')}"
        if plan.special:
            title += f" and set special hours on {count(len(plan.special), 'account')}"

        def answered(go: bool | None) -> None:
            if go:
                self._show(Text("Posting and setting special hours..."))
                self.attempt("Not posted", hours_apply.apply, change, then=self._applied)

        self.app.push_screen(Confirm(title + "?", lines, enter_goes_ahead=True), answered)

    def _applied(self, result: hours.HoursResult) -> None:
        self.done = True
        self._show_result(f"Hours change #{result.change_id} done", result)

    def on_practice_screen_refused(self, message: AreaScreen.Refused) -> None:
        """The notice comes from the base class's handler (Textual calls each class's)."""
        self.refresh_preview()

    def _show_result(self, title: str, result: hours.HoursResult, *, undone: bool = False) -> None:
        body = Text(title + "\n\n", style="bold")
        for outcome in result.outcomes:
            body.append("ok   " if outcome.ok else "NOT  ", style="green" if outcome.ok else "red")
            body.append(f"{outcome.account_id}: {outcome.message}\n")
        body.append(
            "\nEsc: back to the queue." if undone else "\nEsc: back to the queue. F8: undo it.",
            style="dim",
        )
        self._show(body)
        failed = sum(1 for o in result.outcomes if not o.ok)
        self.notify(
            f"{title}" + (f"; {failed} account(s) need a look" if failed else ""),
            severity="warning" if failed else "information",
        )

    def action_undo_last(self) -> None:
        if self.refused("undo_last"):
            return
        last = hours_undo.last_undoable(self.practice)
        if last is None:
            self.notify("There is no hours change to undo.")
            return
        lines = [
            f"#{last.id}: {last.describe()}, by {last.created_by}",
            "",
            "Special hours go back to what they were; what has not gone out is stopped; "
            "a correction is posted where the notice may already be seen.",
        ]

        def undone(result: hours.HoursResult) -> None:
            self.done = True
            self._show_result(f"Hours change #{last.id} undone", result, undone=True)

        self.attempt_after(
            Confirm(f"Undo hours change #{last.id}?", lines, enter_goes_ahead=True),
            "Not undone",
            hours_undo.undo,
            last.id,
            then=undone,
        )

    def action_back(self) -> None:
        """Asks first when words typed here would go: Esc pressed by habit after an extra
        line typed with care took it without a word (found on the third walk)."""
        typed = [
            field.value.strip()
            for field in self.query(Input)
            if field.display and field.id != "days"
        ]
        days = self.query_one("#days", Input).value.strip()
        if self.done or (not any(typed) and days in ("", "today")):
            self.dismiss(None)
            return

        def answered(leave: bool | None) -> None:
            if leave:
                self.dismiss(None)

        self.app.push_screen(
            Confirm(
                "Leave without posting the hours change?",
                ["What you typed here is not kept."],
            ),
            answered,
        )
