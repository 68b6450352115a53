"""Every hook a plugin can implement is typed, documented in docs/plugins.md and tested
here (as datasette does for its hooks): adding a hook without its section in the docs or a
``test_hook_<name>`` below fails. The hook tests register through a plugin object, the way
an installed package's module is registered."""

from __future__ import annotations

import inspect
import re
import sys
import typing
from dataclasses import dataclass
from pathlib import Path
from types import SimpleNamespace

import pytest

from medsocial_tui import hookspecs
from medsocial_tui.channel import Channel
from medsocial_tui.compliance import Finding, PracticeContext, check_text
from medsocial_tui.compliance import checks as builtin
from medsocial_tui.hookspecs import hookimpl
from medsocial_tui.plugin_host import load_plugins
from medsocial_tui.templates import PlannedPost, PostTemplate, TemplateContext, TemplateField

DOCS = Path(__file__).resolve().parents[2] / "docs" / "plugins.md"


def hooks() -> dict[str, typing.Callable[..., object]]:
    return {
        name: fn
        for name, fn in vars(hookspecs).items()
        if inspect.isfunction(fn) and hasattr(fn, "medsocial_spec")
    }


def test_the_hooks_are_found():
    assert {"register_channels", "register_compliance_checks", "register_post_templates"} <= set(
        hooks()
    )


@pytest.mark.parametrize("name", sorted(hooks()))
def test_every_hook_has_a_docstring_a_typed_signature_a_section_and_a_test(name):
    fn = hooks()[name]
    assert len(inspect.getdoc(fn) or "") > 80, f"{name} needs a docstring saying what to do"
    hints = typing.get_type_hints(fn, vars(hookspecs))
    for param in inspect.signature(fn).parameters:
        kind = hints.get(param)
        assert kind is not None, f"{name}({param}) has no type"
        assert kind not in (object, typing.Any), f"{name}({param}) is typed as {kind}"
        assert typing.get_origin(kind) is None, f"{name}({param}): use a Protocol, not {kind}"
        if isinstance(kind, type) and getattr(kind, "_is_protocol", False):
            assert kind.__call__.__doc__ or kind.__doc__, f"{kind.__name__} needs a docstring"
    sections = re.findall(r"^### (\w+)", DOCS.read_text("utf-8"), re.MULTILINE)
    assert name in sections, f"docs/plugins.md has no '### {name}' section"
    assert callable(getattr(sys.modules[__name__], f"test_hook_{name}", None)), (
        f"tests/plugins/test_hooks.py has no test_hook_{name}"
    )


# One test per hook


class Pigeon(Channel):
    name = "pigeon"
    title = "Carrier pigeon"


def test_hook_register_channels():
    plugin = SimpleNamespace(register_channels=hookimpl(lambda register: register(Pigeon)))
    odd = SimpleNamespace(register_channels=hookimpl(lambda register: register(object)))
    host = load_plugins([plugin, odd], entry_points_too=False)
    assert isinstance(host.channels["pigeon"], Pigeon)
    assert host.channels["pigeon"].plugin_name == "SimpleNamespace"
    failed = [r.error for r in host.failures]
    assert len(failed) == 1 and "is not a medsocial Channel subclass" in str(failed[0])


def no_prices(text: str, context: PracticeContext) -> list[Finding]:
    at = text.find("$")
    return [] if at < 0 else [Finding(at, at + 1, "price", "link the fee page", "warn", "p")]


def test_hook_register_compliance_checks(monkeypatch):
    monkeypatch.setenv("MEDSOCIAL_PLUGINS", "")  # no entry point at all
    plugin = SimpleNamespace(
        register_compliance_checks=hookimpl(lambda register: register(no_prices))
    )
    host = load_plugins([plugin])
    guard = next(r for r in host.reports if r.name == "guard")
    assert guard.ok and guard.checks == ["link_source", "endorsement", "care_in_reply"]
    assert set(builtin.BUILTIN_CHECKS) <= set(host.checks) and no_prices in host.checks
    report = check_text("Cleaning $99, see https://miracle-cures.example/x", checks=host.checks)
    assert sorted(f.label for f in report.findings) == ["link_source", "price"]


def test_the_built_in_checks_run_even_when_a_caller_leaves_them_out():
    report = check_text("see https://miracle-cures.example/x", checks=[no_prices])
    assert [f.label for f in report.findings] == ["link_source"]


@dataclass(frozen=True)
class OpenHouse:
    key: str = "open_house"
    title: str = "Open house"
    kind: str = "event"
    description: str = "An afternoon to meet the team"
    fields: tuple[TemplateField, ...] = (TemplateField("day", "Day", "day"),)

    def render(self, values: typing.Mapping[str, object], context: TemplateContext):
        return [PlannedPost(text=f"Open house on {values['day']} at {context.practice}")]


def test_hook_register_post_templates():
    template = OpenHouse()
    assert isinstance(template, PostTemplate)
    plugin = SimpleNamespace(register_post_templates=hookimpl(lambda register: register(template)))
    again = SimpleNamespace(register_post_templates=hookimpl(lambda register: register(template)))
    host = load_plugins([plugin, again], entry_points_too=False)
    assert host.templates == {"open_house": template}
    failed = [r.error for r in host.failures]
    assert len(failed) == 1 and "already registered" in str(failed[0])


def test_hook_notify():
    told: list[object] = []

    class Pager:
        @hookimpl
        def notify(self, alert: hookspecs.InboxAlert) -> None:
            told.append(alert)

    class Broken(Pager):
        @hookimpl
        def register_channels(self, register: hookspecs.RegisterChannel) -> None:
            raise RuntimeError("broken on purpose")

    host = load_plugins([Pager(), Broken()], entry_points_too=False)
    assert [name for name, _hook in host.notifiers] == ["Pager"], "a broken plugin is not told"
    alert = SimpleNamespace(title="medsocial: inbox", body="2 new reviews", counts={}, overdue=0)
    for _name, hook in host.notifiers:
        hook(alert=alert)
    assert told == [alert]
