"""What every area of the app shares: the practice, the signed-in person, keys offered only
to those allowed (with the reason in words), and core errors shown as notices."""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from functools import partial
from typing import Any, ClassVar, TypeVar

from textual import work
from textual.screen import Screen

from medsocial_tui.errors import MedsocialError
from medsocial_tui.models import StaffMember
from medsocial_tui.practice import Practice
from medsocial_tui.staff import Action, Decision
from medsocial_tui.tui.typing_guard import has_fields

T = TypeVar("T")


class AreaScreen(Screen[None]):
    """A screen of the app. ``NEEDS`` maps an action name to what the core requires for it;
    such keys are shown dimmed, and the palette says why, when the person may not use them."""

    GROUP: ClassVar[str] = ""
    """The palette group of this screen's actions: "Queue: Retry", "Calendar: Month"."""
    NEEDS: ClassVar[dict[str, Action]] = {}
    HELP_NOTES: ClassVar[tuple[str, ...]] = ()
    """Lines the help screen shows above the keys: what no binding says (Tab, Space)."""
    holds_work: ClassVar[bool] = False
    """True where leaving by a global key would lose what a person typed."""

    @property
    def practice(self) -> Practice:
        return self.app.practice  # type: ignore[attr-defined]

    @property
    def me(self) -> StaffMember | None:
        return self.app.me  # type: ignore[attr-defined]

    def decision(self, action: str) -> Decision:
        """Whether the signed-in person may run this screen's ``action``, and why not."""
        if action.startswith("app."):
            return self.app.decision(action.removeprefix("app."))  # type: ignore[attr-defined]
        needed = self.NEEDS.get(action)
        if needed is None:
            return Decision(True)
        return self.app.may(needed)  # type: ignore[attr-defined]

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        """Dim what the signed-in person may not do (the core refuses it too)."""
        return True if self.decision(action).allowed else None

    def check_consume_key(self, key: str, character: str | None) -> bool:
        """On a screen with text fields, printable keys belong to the fields: the app's letter
        keys step aside (the footer shows their F-keys instead)."""
        return bool(character and character.isprintable()) and has_fields(self)

    def attempt(self, what: str, fn: Callable[..., T], *args: Any, **kwargs: Any) -> T | None:
        """Call a core function with the practice; a refusal becomes a notice in words."""
        try:
            return fn(self.practice, *args, **kwargs)
        except MedsocialError as exc:
            self.notify(exc.for_people(), title=what, severity="error", timeout=12)
            return None

    def attempt_in_thread(
        self, what: str, fn: Callable[..., T], *args: Any, then: Callable[[T], None]
    ) -> None:
        """As ``attempt``, in a thread on its own connection (a write may wait for flush's
        lock); ``then(result)`` runs back on the UI thread when the core agreed."""
        self.practice.plugins  # noqa: B018 - loaded here once, not in the worker's copy
        self._attempt_worker(what, fn, args, then)

    @work(thread=True, group="area-writes")
    def _attempt_worker(
        self, what: str, fn: Callable[..., T], args: tuple[Any, ...], then: Callable[[T], None]
    ) -> None:
        store = self.practice.reopen_store()
        try:
            result = fn(dataclasses.replace(self.practice, store=store), *args)
        except MedsocialError as exc:
            self.app.call_from_thread(
                partial(
                    self.notify,
                    exc.for_people(),
                    title=what,
                    severity="error",
                    timeout=12,
                    markup=False,
                )
            )
            return
        finally:
            store.close()
        self.app.call_from_thread(then, result)

    def action_back(self) -> None:
        self.app.pop_screen()
