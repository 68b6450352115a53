"""The app factory shared by the CLI and the tests, and the app itself: areas on letters,
help, the command palette, and keys remapped from practice.toml."""

from __future__ import annotations

import os
from collections.abc import Iterable
from pathlib import Path

from textual.app import App, SystemCommand
from textual.binding import Binding
from textual.notifications import SeverityLevel
from textual.screen import ModalScreen, Screen

from medsocial_tui import staff
from medsocial_tui.display import terminal_safe
from medsocial_tui.models import StaffMember
from medsocial_tui.practice import Practice, open_practice
from medsocial_tui.staff import Action, Decision, decide
from medsocial_tui.tui.commands import ActionCommands, Palette

CSS_DIR = Path(__file__).parent / "css"
AREA_NEEDS = {"review": Action.APPROVE}
PLUGIN_REPORT_DELAY = 0.5
"""Seconds after start before plugins load (and report failures): the first frame and the
first keys need no plugin."""
AREAS_AND_QUIT = {"calendar", "review", "channels", "policy", "hours", "templates", "quit"}
"""Keys that leave the screen: they wait while a modal asks or compose holds unsaved text."""


class MedsocialApp(App[None]):
    """The practice's social media, one keyboard away."""

    TITLE = "medsocial"
    CSS_PATH = [
        CSS_DIR / name for name in ("app.tcss", "compose.tcss", "areas.tcss", "policy.tcss")
    ]
    COMMANDS = App.COMMANDS | {ActionCommands}
    ENABLE_COMMAND_PALETTE = True
    COMMAND_PALETTE_BINDING = "ctrl+p"
    BINDINGS = [
        Binding("question_mark,f1", "help", "Help", id="help", tooltip="List every key"),
        Binding(
            "colon,f2",
            "command_palette",
            "Commands",
            id="commands",
            tooltip="Search every action by name",
            show=False,
        ),
        Binding(
            "c",
            "calendar",
            "Calendar",
            id="go.calendar",
            tooltip="Week and month views",
            show=False,
        ),
        Binding(
            "v", "review", "Review", id="go.review", tooltip="Posts waiting for you", show=False
        ),
        Binding(
            "h",
            "channels",
            "Channels",
            id="go.channels",
            tooltip="Accounts, credentials, quiet pages, to-dos by hand",
            show=False,
        ),
        Binding(
            "o,f6",
            "hours",
            "Hours",
            id="hours",
            tooltip="Office hours change: closed, opening late... posted everywhere",
        ),
        Binding("q,f10", "quit", "Quit", id="quit", tooltip="Leave medsocial", show=False),
        # Policy & staff (issue 8)
        Binding(
            "p,f7",
            "policy",
            "Policy",
            id="policy",
            tooltip="Policy & staff: read and acknowledge the policy, staff, training",
        ),
    ]

    def __init__(self, practice: Practice, *, owns_practice: bool = False) -> None:
        super().__init__()
        self.practice = practice
        self.owns_practice = owns_practice
        self.sub_title = terminal_safe(practice.config.name)
        self._seen_version: tuple[int, int] | None = None
        self._decisions: dict[Action, Decision] = {}
        self._me: StaffMember | None = None

    def notify(
        self,
        message: str,
        *,
        title: str = "",
        severity: SeverityLevel = "information",
        timeout: float | None = None,
        markup: bool = True,
    ) -> None:
        """Every notice, from any screen: its words often quote a name, a post or a network's
        answer, so it is always shown as text (``markup`` is ignored) with control
        characters escaped."""
        super().notify(
            terminal_safe(message),
            title=terminal_safe(title),
            severity=severity,
            timeout=timeout,
            markup=False,
        )

    def _fresh(self) -> None:
        """Forget who is signed in and what they may do when the database changed (here or in
        another process): the footer asks on every key, the database only when needed."""
        conn = self.practice.store.db.conn
        version = (self.practice.store.data_version(), conn.total_changes)
        if version != self._seen_version:
            self._seen_version = version
            self._decisions.clear()
            self._me = staff.by_login(self.practice.store, self.practice.login)

    @property
    def me(self) -> StaffMember | None:
        self._fresh()
        return self._me

    def may(self, action: Action) -> Decision:
        """The core's decision for the signed-in person, kept until the database changes."""
        self._fresh()
        if action not in self._decisions:
            self._decisions[action] = decide(self.practice.store, self._me, action)
        return self._decisions[action]

    def on_mount(self) -> None:
        if self.practice.config.keys:
            self.set_keymap(dict(self.practice.config.keys))
        from medsocial_tui.tui.screens.queue import QueueScreen

        self.push_screen(QueueScreen())
        self.set_timer(PLUGIN_REPORT_DELAY, self.report_plugin_failures)
        if self.me is None:
            self.notify(
                f"{self.practice.login} is not on the staff list: you can look, not act. "
                "An admin adds you with `medsocial staff add`.",
                severity="warning",
                timeout=15,
            )
        self.remind_to_acknowledge()

    def report_plugin_failures(self) -> None:
        """After the first frame: loading plugins need not delay it."""
        for report in self.practice.plugins.failures:
            self.notify(
                f"plugin {report.name} did not load: {report.error}",
                title="Plugin problem",
                severity="warning",
                timeout=15,
            )

    def decision(self, action: str) -> Decision:
        needed = AREA_NEEDS.get(action)
        return self.may(needed) if needed else Decision(True)

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        """Areas and quit wait while a modal asks something or a screen holds unsaved work."""
        if action in AREAS_AND_QUIT:
            if isinstance(self.screen, ModalScreen) or getattr(self.screen, "holds_work", False):
                return False
        return True if self.decision(action).allowed else None

    def open_area(self, screen: Screen) -> None:
        """Back to the queue, then the area on top of it: Esc always leads home."""
        from medsocial_tui.tui.screens.queue import QueueScreen

        if type(self.screen) is type(screen):
            return
        while len(self.screen_stack) > 1 and not isinstance(self.screen, QueueScreen):
            self.pop_screen()
        self.push_screen(screen)

    def action_calendar(self) -> None:
        from medsocial_tui.tui.screens.calendar import CalendarScreen

        self.open_area(CalendarScreen())

    def action_review(self) -> None:
        from medsocial_tui.tui.screens.review import ReviewScreen

        self.open_area(ReviewScreen())

    def action_channels(self) -> None:
        from medsocial_tui.tui.screens.channels import ChannelsScreen

        self.open_area(ChannelsScreen())

    def action_command_palette(self) -> None:
        if self.use_command_palette and not Palette.is_open(self):
            self.push_screen(Palette(id="--command-palette"))

    def action_help(self) -> None:
        from medsocial_tui.tui.screens.help import HelpScreen

        if not isinstance(self.screen, HelpScreen):
            self.push_screen(HelpScreen(self.screen))

    def action_hours(self) -> None:
        from medsocial_tui.tui.screens.hours import HoursScreen

        if not isinstance(self.screen, HoursScreen):
            self.push_screen(HoursScreen())

    def action_undo_hours(self) -> None:
        self.action_hours()
        self.call_after_refresh(lambda: self.screen.action_undo_last())  # type: ignore[attr-defined]

    def action_templates(self) -> None:
        from medsocial_tui.tui.screens.templates import TemplatesScreen

        if not isinstance(self.screen, TemplatesScreen):
            self.push_screen(TemplatesScreen())

    def get_system_commands(self, screen: Screen) -> Iterable[SystemCommand]:
        yield from super().get_system_commands(screen)
        yield SystemCommand(
            "Hours: post an hours change",
            "Closed, opening late, closing early: every account and special hours",
            self.action_hours,
        )
        yield SystemCommand(
            "Hours: undo the last hours change",
            "Put back the special hours and post a correction",
            self.action_undo_hours,
        )
        yield SystemCommand(
            "Templates: write a post from a template",
            "Q&A card, article, health alert, provider availability, live session",
            self.action_templates,
        )
        yield from self._policy_commands()

    # Policy & staff (issue 8)

    def remind_to_acknowledge(self) -> None:
        """Say why compose, approve and reply are missing for someone who has not yet
        acknowledged the current policy, and where to do it."""
        from medsocial_tui import policy

        me = self.me
        missing = policy.unacknowledged_version(self.practice.store, me.id) if me else None
        if missing is not None:
            self.notify(
                f"Read and acknowledge policy version {missing.number} to compose, approve "
                "or reply: press p (or F7).",
                title="Policy",
                severity="warning",
                timeout=20,
                markup=False,
            )

    def action_policy(self) -> None:
        from medsocial_tui.tui.screens.policy import PolicyScreen

        self.open_area(PolicyScreen())

    def _policy_commands(self) -> Iterable[SystemCommand]:
        from medsocial_tui.tui.screens.policy import VersionsScreen
        from medsocial_tui.tui.screens.staff import StaffScreen

        yield SystemCommand(
            "Policy: Read and acknowledge", "The current social-media policy", self.action_policy
        )
        yield SystemCommand(
            "Policy: Versions",
            "Drafts, publish, compare, export",
            lambda: self.push_screen(VersionsScreen()),
        )
        yield SystemCommand(
            "Staff: List",
            "Roles, acknowledgements, training, audit notes",
            lambda: self.push_screen(StaffScreen()),
        )

    def on_unmount(self) -> None:
        if self.owns_practice:
            self.practice.close()


def create_app(
    home: str | os.PathLike[str] | None = None, *, practice: Practice | None = None
) -> MedsocialApp:
    """Build the app for a practice home (or an already opened practice, in tests)."""
    if practice is not None:
        return MedsocialApp(practice)
    return MedsocialApp(open_practice(home), owns_practice=True)


def run_app(home: str | os.PathLike[str] | None = None) -> None:
    """Open the practice first, so config errors print as words before the screen clears."""
    os.environ.setdefault("TEXTUAL_ANIMATIONS", "none")
    os.environ.setdefault("TEXTUAL_FPS", "20")
    app = create_app(home)
    app.run()
