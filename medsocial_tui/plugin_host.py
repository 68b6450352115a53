"""Finds and loads plugins, one at a time, so one broken plugin never stops the rest.

Built-in networks are installed packages found through the ``medsocial`` entry-point group,
exactly as a third party's are. ``MEDSOCIAL_PLUGINS`` (comma-separated entry-point names)
restricts which load; ``MEDSOCIAL_PLUGINS=`` (empty) loads none.

A plugin cannot hang whoever loads it (``plugins``, ``doctor``, ``check``, flush, the app): its
import and each of its hooks run in a thread with a deadline (``MEDSOCIAL_PLUGIN_DEADLINE``
seconds, default 10); one that does not finish is reported by name and left behind.
"""

from __future__ import annotations

import os
import threading
import traceback
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from functools import partial
from importlib.metadata import EntryPoint, entry_points
from typing import Any, TypeVar

import pluggy

from medsocial_tui import hookspecs
from medsocial_tui.channel import Channel
from medsocial_tui.errors import UsageError

ENTRY_POINT_GROUP = "medsocial"
ALLOWLIST_ENV = "MEDSOCIAL_PLUGINS"
DEADLINE_ENV = "MEDSOCIAL_PLUGIN_DEADLINE"
DEADLINE_SECONDS = 10.0
"""How long one plugin's import, or one of its hooks, may take before it is given up on."""

T = TypeVar("T")


class PluginHung(Exception):
    """A plugin's import or hook did not finish within the deadline."""


def deadline_seconds() -> float:
    raw = os.environ.get(DEADLINE_ENV, "")
    try:
        return max(0.01, float(raw)) if raw else DEADLINE_SECONDS
    except ValueError:
        return DEADLINE_SECONDS


def within_deadline(fn: Callable[[], T], seconds: float) -> T:
    """``fn()`` run in a daemon thread; ``PluginHung`` when it has not finished in time (the
    thread cannot be stopped, so it is left to finish or to die with the process). Whatever
    ``fn`` raises, ``SystemExit`` included, is raised here."""
    box: dict[str, Any] = {}
    done = threading.Event()

    def work() -> None:
        try:
            box["value"] = fn()
        except BaseException as exc:  # noqa: BLE001 - handed to the caller
            box["error"] = exc
        finally:
            done.set()

    threading.Thread(target=work, name="medsocial-plugin", daemon=True).start()
    if not done.wait(seconds):
        raise PluginHung(f"did not finish within {seconds:g} s")
    if "error" in box:
        raise box["error"]
    value: T = box["value"]
    return value


@dataclass
class PluginReport:
    """What happened when one plugin was loaded: shown by ``medsocial plugins`` and doctor."""

    name: str
    source: str
    version: str = ""
    channels: list[str] = field(default_factory=list)
    checks: list[str] = field(default_factory=list)
    templates: list[str] = field(default_factory=list)
    error: str | None = None

    @property
    def ok(self) -> bool:
        return self.error is None


@dataclass
class PluginHost:
    """The loaded plugins and what they registered."""

    channels: dict[str, Channel] = field(default_factory=dict)
    checks: list[Any] = field(default_factory=list)
    templates: dict[str, Any] = field(default_factory=dict)
    reports: list[PluginReport] = field(default_factory=list)
    notifiers: list[tuple[str, Callable[..., Any]]] = field(default_factory=list)
    """(plugin name, its ``notify`` hook): told when the inbox fetch has news."""

    @property
    def failures(self) -> list[PluginReport]:
        return [r for r in self.reports if not r.ok]

    def channel(self, name: str) -> Channel:
        try:
            return self.channels[name]
        except KeyError:
            known = ", ".join(sorted(self.channels)) or "none"
            raise UsageError(
                f"no channel plugin named {name!r} is loaded (loaded: {known})",
                fix="install the plugin (pip install medsocial-<network>) or check "
                f"{ALLOWLIST_ENV}; `medsocial plugins` lists what is loaded",
            ) from None


def _allowlist() -> set[str] | None:
    raw = os.environ.get(ALLOWLIST_ENV)
    if raw is None:
        return None
    return {name.strip() for name in raw.split(",") if name.strip()}


def _short_error(exc: BaseException) -> str:
    frame = traceback.extract_tb(exc.__traceback__)[-1:] if exc.__traceback__ else []
    where = f" ({frame[0].filename.rsplit('/', 1)[-1]}:{frame[0].lineno})" if frame else ""
    return f"{type(exc).__name__}: {exc}{where}"


def load_plugins(extra: Iterable[object] = (), *, entry_points_too: bool = True) -> PluginHost:
    """Load every allowed entry point, then ``extra`` plugin objects (used by tests)."""
    host = PluginHost()
    allowed = _allowlist()
    modules: list[tuple[PluginReport, object]] = []
    if entry_points_too:
        found: list[EntryPoint] = sorted(
            entry_points(group=ENTRY_POINT_GROUP), key=lambda ep: ep.name
        )
        seen: set[str] = set()
        for ep in found:
            if ep.name in seen or (allowed is not None and ep.name not in allowed):
                continue
            seen.add(ep.name)
            dist = getattr(ep, "dist", None)
            report = PluginReport(
                name=ep.name,
                source=f"{dist.name if dist else '?'} ({ep.value})",
                version=dist.version if dist else "",
            )
            host.reports.append(report)
            try:
                modules.append((report, within_deadline(ep.load, deadline_seconds())))
            except PluginHung as exc:
                report.error = (
                    f"hung while importing: it {exc}; it may be waiting on the network or "
                    "stuck in a loop"
                )
            except BaseException as exc:  # noqa: BLE001 - a plugin may raise anything
                if isinstance(exc, KeyboardInterrupt):
                    raise
                report.error = f"failed to import: {_short_error(exc)}"
    for obj in extra:
        name = getattr(obj, "__name__", type(obj).__name__)
        report = PluginReport(name=name, source="registered in code")
        host.reports.append(report)
        modules.append((report, obj))

    for report, module in modules:
        _register_one(host, report, module)
    return host


def _register_one(host: PluginHost, report: PluginReport, module: object) -> None:
    """Call one plugin's hooks on their own, validating what it registers."""
    pm = pluggy.PluginManager("medsocial")
    pm.add_hookspecs(hookspecs)
    try:
        pm.register(module, name=report.name)
    except Exception as exc:  # noqa: BLE001
        report.error = f"is not a valid plugin: {_short_error(exc)}"
        return

    closed = threading.Event()
    """Set when a hook ran out of time: its late registrations are refused."""

    def still_open() -> None:
        if closed.is_set():
            raise PluginHung("registered after its deadline")

    def register_channel(channel_class: type) -> None:
        still_open()
        if not (isinstance(channel_class, type) and issubclass(channel_class, Channel)):
            raise TypeError(f"{channel_class!r} is not a medsocial Channel subclass")
        name = getattr(channel_class, "name", "")
        if not name or not getattr(channel_class, "title", ""):
            raise TypeError(f"{channel_class.__name__} must set `name` and `title`")
        if name in host.channels:
            owner = host.channels[name].plugin_name
            raise ValueError(f"channel {name!r} is already registered by plugin {owner!r}")
        instance = channel_class()
        instance.plugin_name = report.name
        host.channels[name] = instance
        report.channels.append(name)

    def register_check(check: object) -> None:
        still_open()
        if not callable(check):
            raise TypeError(f"{check!r} is not callable")
        host.checks.append(check)
        report.checks.append(getattr(check, "name", getattr(check, "__name__", repr(check))))

    def register_template(template: object) -> None:
        still_open()
        key = getattr(template, "key", None)
        if not key:
            raise TypeError(f"{template!r} has no `key`")
        if key in host.templates:
            raise ValueError(f"template {key!r} is already registered")
        host.templates[key] = template
        report.templates.append(key)

    calls = (
        ("register_channels", register_channel),
        ("register_compliance_checks", register_check),
        ("register_post_templates", register_template),
    )
    checks_before = len(host.checks)
    host.notifiers.extend((report.name, impl.function) for impl in pm.hook.notify.get_hookimpls())
    for hook_name, callback in calls:
        for impl in getattr(pm.hook, hook_name).get_hookimpls():
            try:
                within_deadline(partial(impl.function, register=callback), deadline_seconds())
            except BaseException as exc:  # noqa: BLE001 - a plugin may raise anything
                if isinstance(exc, KeyboardInterrupt):
                    raise
                closed.set()
                if isinstance(exc, PluginHung):
                    report.error = f"{hook_name} hung: it {exc}"
                else:
                    report.error = f"{hook_name} raised {_short_error(exc)}"
                for name in report.channels:
                    host.channels.pop(name, None)
                report.channels.clear()
                del host.checks[checks_before:]
                report.checks.clear()
                for key in report.templates:
                    host.templates.pop(key, None)
                report.templates.clear()
                host.notifiers[:] = [n for n in host.notifiers if n[0] != report.name]
                return
