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
