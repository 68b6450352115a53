"""Edit a policy draft inside the app, as Markdown (``## Title {#key}`` per section).

This is the editor for everyone: staff who reach the app over SSH or sudo run it as the
practice's service account, so it never starts ``$EDITOR`` (a shell as that account).
Esc leaves at once when nothing changed; after an edit it asks first, as compose does."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.widgets import Header, Static, TextArea

from medsocial_tui.errors import MedsocialError
from medsocial_tui.records import policy
from medsocial_tui.tui.keys import go_back, press
from medsocial_tui.tui.screens.base import AreaScreen
from medsocial_tui.tui.widgets.choose import Choose
from medsocial_tui.tui.widgets.footer import KeyFooter


class PolicyEditorScreen(AreaScreen[bool], keys="policy_editor"):
    """A draft's Markdown in a text area; F4 saves it, Escape leaves (asking first after an
    edit)."""

    BINDINGS = [
        press("f4", "save", "Save", "Save the draft"),
        go_back("Leave without saving", action="leave"),
    ]

    def __init__(self, number: int) -> None:
        super().__init__()
        self.number = number
        self._opened_with = ""

    def compose(self) -> ComposeResult:
        version = policy.editable_draft(self.practice.store, self.number)
        self._opened_with = policy.to_markdown(version, keys=True)
        yield Header(show_clock=False, icon="")
        yield Static(
            f"Draft {self.number}: a line '## Title {{#key}}' starts each section. F4 saves; "
            "Esc leaves.",
            id="status-line",
            markup=False,
        )
        yield TextArea(
            self._opened_with,
            id="policy-text",
            soft_wrap=True,
            show_line_numbers=False,
        )
        yield KeyFooter()

    def on_mount(self) -> None:
        self.query_one(TextArea).focus()

    def action_save(self) -> None:
        text = self.query_one(TextArea).text
        try:
            title, sections = policy.parse_markdown(text)
        except MedsocialError as exc:
            # titled as a refused save is ("Not saved"): exc.title already heads its words
            self.app.notify(
                exc.for_people(), title="Not saved", severity="error", markup=False, timeout=10
            )
            return

        def saved(version: policy.PolicyVersion) -> None:
            self.app.notify(
                f"Draft {version.number} saved: {len(version.sections)} sections.", markup=False
            )
            self.dismiss(True)

        self.attempt(
            "Not saved",
            lambda p: policy.update_draft(p, self.number, sections, title),
            then=saved,
        )

    def action_leave(self) -> None:
        if self.query_one(TextArea).text == self._opened_with:
            self.dismiss(False)
            return

        def chosen(key: str | None) -> None:
            if key == "y":
                self.dismiss(False)
            elif key == "s":
                self.action_save()

        self.app.push_screen(
            Choose(
                "Leave without saving what you changed in the draft?",
                [("y", "yes, throw it away"), ("s", "save it"), ("n", "no, stay")],
            ),
            chosen,
        )
