"""The hooks a medsocial plugin can implement. Entry-point group: ``medsocial``."""

from __future__ import annotations

from collections.abc import Callable

import pluggy

hookspec = pluggy.HookspecMarker("medsocial")
hookimpl = pluggy.HookimplMarker("medsocial")


@hookspec
def register_channels(register: Callable[[type], None]) -> None:
    """Register network channels: call ``register(ChannelSubclass)`` for each."""


@hookspec
def register_compliance_checks(register: Callable[[object], None]) -> None:
    """Register compliance checks: ``register(check)`` where ``check(text, context)`` returns
    a list of ``compliance.Finding``."""


@hookspec
def register_post_templates(register: Callable[[object], None]) -> None:
    """Register post templates (hours change, education, health alerts, ...)."""


@hookspec
def notify(alert: object) -> None:
    """Tell people something arrived in the inbox. ``alert`` has ``title``, ``body`` (counts
    only, never anyone's words: "2 new Google reviews, 1 message"), ``counts`` and
    ``overdue``. Runs in a thread with a deadline; raise to say it failed."""
