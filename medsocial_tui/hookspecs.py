"""The hooks a medsocial plugin can implement. Entry-point group: ``medsocial``.

A plugin is a module (or any object) with functions marked ``@hookimpl`` and named after a
hook below. Each hook is called once, when the plugins are loaded, with a ``register``
function; whatever the plugin registers is checked (a channel must be a :class:`Channel`
subclass with a ``name``, a check must be callable, a template must have a ``key``), and a
hook that raises or takes longer than ``MEDSOCIAL_PLUGIN_DEADLINE`` seconds leaves that whole
plugin out, with words saying why (``medsocial plugins``). docs/plugins.md documents every
hook; tests/plugins/test_hooks.py fails when one is added without its section or its test.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Protocol

import pluggy

if TYPE_CHECKING:
    from medsocial_tui.channel import Channel
    from medsocial_tui.compliance.context import PracticeContext
    from medsocial_tui.compliance.findings import Finding
    from medsocial_tui.templates import PostTemplate

hookspec = pluggy.HookspecMarker("medsocial")
hookimpl = pluggy.HookimplMarker("medsocial")


class ComplianceCheck(Protocol):
    """A check of a post's text beyond PHI: ``check(text, context)`` returns the findings
    (an empty list when all is well). It must be quick (5 s at most) and pure: it sees the
    text of posts not yet approved, so it never sends it anywhere. An optional ``name``
    attribute names it in findings; otherwise ``module.function`` does."""

    def __call__(self, text: str, context: PracticeContext, /) -> list[Finding]: ...


class InboxAlert(Protocol):
    """What ``notify`` is told: counts only, never anyone's words, name or handle."""

    @property
    def title(self) -> str:
        """ "medsocial: Maple Street Dental inbox"."""

    @property
    def body(self) -> str:
        """ "2 new reviews, 1 message; 1 item has waited longer than..."."""

    @property
    def counts(self) -> Mapping[str, int]:
        """New items by "network kind" ("Google review": 2)."""

    @property
    def overdue(self) -> int:
        """Items waiting longer than the practice's answer target."""


class RegisterChannel(Protocol):
    """What ``register_channels`` is given: ``register(ChannelSubclass)``."""

    def __call__(self, channel_class: type[Channel], /) -> None: ...


class RegisterCheck(Protocol):
    """What ``register_compliance_checks`` is given: ``register(check)``."""

    def __call__(self, check: ComplianceCheck, /) -> None: ...


class RegisterTemplate(Protocol):
    """What ``register_post_templates`` is given: ``register(template)``."""

    def __call__(self, template: PostTemplate, /) -> None: ...


@hookspec
def register_channels(register: RegisterChannel) -> None:
    """Register network channels: call ``register(ChannelSubclass)`` once for each.

    The class (not an instance) is registered; medsocial makes one instance per process.
    Its ``name`` must be unique across installed plugins: a second channel of the same name
    is refused and the plugin reported. See docs/plugins.md, "Writing a channel plugin"."""


@hookspec
def register_compliance_checks(register: RegisterCheck) -> None:
    """Register compliance checks: ``register(check)`` where ``check(text, context)``
    returns a list of :class:`~medsocial_tui.compliance.findings.Finding`.

    The guard runs every registered check on every text after its own PHI search, on
    submit and again just before sending. A check that raises, takes longer than 5 seconds
    or returns anything but a list of findings within the text holds the text (a blocking
    ``check_failed`` finding naming the check): the guard fails closed. medsocial's own
    checks (trusted link sources, endorsements, care in replies) register through this
    hook too, from ``medsocial_tui.compliance.checks``."""


@hookspec
def register_post_templates(register: RegisterTemplate) -> None:
    """Register post templates: ``register(template)`` for each
    :class:`~medsocial_tui.templates.PostTemplate` (``key``, ``title``, ``kind``,
    ``description``, ``fields`` and ``render(values, context)`` returning planned posts).

    Keys are unique: a second template with a key already registered is refused. A
    practice's own TOML template with the same key replaces a plugin's."""


@hookspec
def notify(alert: InboxAlert) -> None:
    """Tell people something arrived in the inbox: called by ``medsocial inbox fetch`` when
    the practice asked to hear of new or overdue items, after apprise and the ``[alerts]
    command``. ``alert`` has ``title``, ``body`` (counts only, never anyone's words: "2 new
    Google reviews, 1 message"), ``counts`` and ``overdue``. Runs in a thread with the
    ``[alerts] timeout_seconds`` deadline; raise to say it failed (the run then exits 1)."""
