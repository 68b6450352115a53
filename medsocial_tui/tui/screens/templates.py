"""Pick a template, answer its fields, and continue in compose with the draft it wrote (its
image card attached), where the post is checked, changed and submitted as any other."""

from __future__ import annotations

import dataclasses
from dataclasses import replace

from rich.text import Text
from textual import work
from textual.actions import SkipAction
from textual.app import ComposeResult
from textual.containers import Horizontal, Vertical, VerticalScroll
from textual.widgets import Header, Input, OptionList, Static
from textual.widgets.option_list import Option

from medsocial_tui import templates
from medsocial_tui.errors import MedsocialError
from medsocial_tui.home.health import quiet_accounts
from medsocial_tui.models import Post
from medsocial_tui.records.staff import Action
from medsocial_tui.tui.keys import go_back, press
from medsocial_tui.tui.safe import TextInput, TextStatic, shown
from medsocial_tui.tui.screens.base import AreaScreen
from medsocial_tui.tui.typing_guard import after_typing
from medsocial_tui.tui.widgets.footer import KeyFooter


class TemplatesScreen(AreaScreen[None], keys="templates"):
    """Templates from plugins and the practice's own folder."""

    GROUP = "Templates"
    NEEDS = {"create": Action.COMPOSE}
    HELP_NOTES = (
        "Up and Down choose a template, Enter goes to its fields; Tab moves between fields.",
        "The draft goes to every connected account; change them in compose before submitting.",
    )

    DEFAULT_CSS = """
    TemplatesScreen #template-list { width: 34; }
    TemplatesScreen #template-form { padding: 0 1; border-left: solid $primary; }
    TemplatesScreen #template-fields { height: auto; max-height: 12; }
    TemplatesScreen Input { border: none; height: 1; padding: 0 1; margin: 0 0 1 0; }
    TemplatesScreen Input:focus { border: none; background: $boost; }
    TemplatesScreen #template-notes { height: 1fr; }
    """
    BINDINGS = [
        press(
            "f4", "create", "Write draft", "Write the draft(s) and open compose to check and submit"
        ),
        go_back("Leave without a post"),
        # Enter has priority on the fields, as in the forms: the focus moves as the key is
        # read, so letters that came in the same read land in the next field, not in the one
        # just left ("Kids and cavitiesthu 6pmour office" in the topic).
        replace(press("enter", "next_field", "Next field or write", show=False), priority=True),
    ]

    def __init__(self) -> None:
        super().__init__()
        self.available: dict[str, templates.PostTemplate] = {}
        self.key: str | None = None
        self._creating = False

    def compose(self) -> ComposeResult:
        yield Header(show_clock=False, icon="")
        with Horizontal():
            yield OptionList(id="template-list")
            with Vertical(id="template-form"):
                yield TextStatic(id="template-about")
                fields = VerticalScroll(id="template-fields")
                fields.can_focus = False
                yield fields
                yield TextStatic(id="template-notes")
        yield KeyFooter()

    def on_mount(self) -> None:
        self.available = templates.available(self.practice)
        listing = self.query_one("#template-list", OptionList)
        listing.add_options(Option(shown(t.title), id=key) for key, t in self.available.items())
        _, errors = templates.practice_templates(self.practice)
        for error in errors:
            self.notify(error.for_people(), title="Template not read", severity="warning")
        if self.available:
            listing.highlighted = 0
        listing.focus()
        self._notes()

    async def on_option_list_option_highlighted(self, event: OptionList.OptionHighlighted) -> None:
        if event.option.id and event.option.id != self.key:
            await self._show_fields(event.option.id)

    def on_option_list_option_selected(self, event: OptionList.OptionSelected) -> None:
        inputs = self.query("#template-fields Input")
        if inputs:
            inputs.first().focus()

    async def _show_fields(self, key: str) -> None:
        """The template's fields, mounted once the last template's are gone: four downs at
        once over the health alerts (each asks for a link) mounted a second 'field-link'
        before the first was removed, and the app ended on DuplicateIds."""
        self.key = key
        template = self.available[key]
        self.query_one("#template-about", Static).update(
            Text.assemble(
                (template.title, "bold"),
                f"  ({templates.source_of(template)})\n",
                template.description,
            )
        )
        box = self.query_one("#template-fields", VerticalScroll)
        await box.remove_children()
        providers = ", ".join(p.login for p in templates.context_for(self.practice).providers)
        fields = []
        for spec in template.fields:
            hint = spec.help or (f"one of {providers}" if spec.kind == "provider" else spec.kind)
            optional = "" if spec.required else " (optional)"
            fields.append(
                TextInput(
                    value=spec.default,
                    placeholder=f"{spec.label}{optional}: {hint}",
                    id=f"field-{spec.name}",
                )
            )
        await box.mount_all(fields)

    def action_next_field(self) -> None:
        """Enter on a field: the next one now (not after the keys already read), and on the
        last, the drafts once every field has taken what was typed before the Enter. On the
        template list it chooses the highlighted template, as the list's own Enter did (the
        app runs it once the arrows typed ahead of it moved the highlight)."""
        inputs = list(self.query("#template-fields Input").results(Input))
        focused = self.focused
        if isinstance(focused, OptionList):
            focused.action_select()
            return
        if not isinstance(focused, Input) or focused not in inputs:
            raise SkipAction()
        index = inputs.index(focused)
        if index + 1 < len(inputs):
            self.set_focus(inputs[index + 1])
        else:
            after_typing(inputs, self.action_create)

    def _notes(self, extra: list[str] | None = None) -> None:
        body = Text()
        for line in extra or []:
            body.append(line + "\n", style="yellow")
        quiet = quiet_accounts(self.practice)
        if quiet:
            body.append("Quiet: " + ", ".join(q.in_words() for q in quiet) + "\n", style="yellow")
        connected = templates.default_accounts(self.practice)
        body.append("Goes to: ", style="bold")
        body.append(
            ", ".join(connected) + " (every connected account; change them in compose)\n"
            if connected
            else "no account is connected yet: tick accounts in compose (h: channels)\n"
        )
        body.append("Enter: next field; on the last, or F4: write the draft.", style="dim")
        self.query_one("#template-notes", Static).update(body)

    def answers(self) -> dict[str, str]:
        return {
            (field.id or "").removeprefix("field-"): field.value
            for field in self.query("#template-fields Input").results(Input)
        }

    def action_create(self) -> None:
        """The card is drawn and the drafts written in a thread (the database may wait for
        flush's lock), so keys never wait for them."""
        if self.key is None or self._creating:
            return
        self._creating = True
        self.practice.plugins  # noqa: B018 - loaded here once, not in the worker's copy
        self.create_drafts(self.key, self.answers())

    @work(thread=True, group="template-create")
    def create_drafts(self, key: str, answers: dict[str, str]) -> None:
        store = self.practice.reopen_store()
        practice = dataclasses.replace(self.practice, store=store)
        try:
            try:
                prepared = templates.prepare(practice, key, answers)
                accounts = templates.default_accounts(practice)
                posts = templates.create_posts(practice, prepared, accounts)
            except MedsocialError as exc:
                self.medsocial.call_from_thread(self._not_created, exc.for_people())
                return
            self.medsocial.call_from_thread(self._created, list(prepared.warnings), posts)
        finally:
            store.close()

    def _not_created(self, words: str) -> None:
        self._creating = False
        self.notify(words, title="No draft yet", severity="warning", timeout=10)

    def _created(self, warnings: list[str], posts: list[Post]) -> None:
        self._creating = False
        self._notes(warnings)
        for warning in warnings:
            self.notify(warning, title="Check the link", severity="warning", timeout=12)
        if len(posts) > 1:
            others = ", ".join(str(p.id) for p in posts[1:])
            self.notify(f"Also written as draft(s): {others} (see the queue)")
        from medsocial_tui.tui.screens.compose import ComposeScreen

        self.app.switch_screen(ComposeScreen(posts[0]))

    def action_back(self) -> None:
        self.dismiss(None)
