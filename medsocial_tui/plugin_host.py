"""Finds and loads plugins, one at a time, so one broken plugin never stops the rest.

Built-in networks are installed packages found through the ``medsocial`` entry-point group,
exactly as a third party's are. ``MEDSOCIAL_PLUGINS`` (comma-separated entry-point names)
restricts which load; ``MEDSOCIAL_PLUGINS=`` (empty) loads none. medsocial's own compliance
checks are a plugin too (``guard``, from ``medsocial_tui.compliance.checks``), registered
through the same hook and always loaded: the guard never runs without them.

Plugins are found without importing them, and each is imported when first needed: asking
for a channel (``host.channels["example"]``) imports the plugin that declares it in the
``medsocial.channels`` entry-point group (``example = "medsocial_example"``, the same module
as its ``medsocial`` entry point); anything that needs every plugin (the checks, the templates,
the reports, the list of channels, or a channel no plugin declares) imports the rest. So
``metrics fetch`` on one network's accounts loads that network's plugin and nothing else.

A plugin cannot hang whoever loads it (``plugins``, ``doctor``, ``check``, flush, the app): its
import and each of its hooks run in a thread with a deadline (``MEDSOCIAL_PLUGIN_DEADLINE``
seconds, default 10); one that does not finish is reported by name and left behind.
"""

from __future__ import annotations

import contextlib
import contextvars
import importlib
import os
import sys
import threading
import time
import traceback
from collections.abc import AsyncIterator, Callable, Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from functools import partial
from importlib.metadata import EntryPoint, entry_points
from typing import TYPE_CHECKING, Any, TypeVar

import pluggy

from medsocial_tui import hookspecs
from medsocial_tui.channel import Channel
from medsocial_tui.errors import UsageError
from medsocial_tui.hookspecs import ComplianceCheck

if TYPE_CHECKING:
    from medsocial_tui.templates import PostTemplate

ENTRY_POINT_GROUP = "medsocial"
CHANNELS_GROUP = "medsocial.channels"
"""channel name = the module of the plugin that registers it (its ``medsocial`` entry point):
read without importing anything, so a channel's plugin is loaded alone."""
BUILTIN_PLUGINS = {"guard": "medsocial_tui.compliance.checks"}
"""medsocial's own plugins, by name: loaded first, whatever ``MEDSOCIAL_PLUGINS`` says."""
ALLOWLIST_ENV = "MEDSOCIAL_PLUGINS"
DEADLINE_ENV = "MEDSOCIAL_PLUGIN_DEADLINE"
SLOW_IMPORT_SECONDS = 1.0
"""An import slower than this is named by ``medsocial plugins``."""
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


_redirecting = threading.Lock()


class _CountedSwap:
    """``sys.stdout`` replaced (by ``replacement(stdout)``) while at least one holder is in:
    counted, so holders that overlap (two hosts loading at once, plugin calls awaited at
    once) leave it as it was; ``redirect_stdout`` would not (the second saves the first's
    swap and puts it back last)."""

    def __init__(self, replacement: Callable[[Any], Any]) -> None:
        self._replacement = replacement
        self._depth = 0
        self._saved: Any = None

    def enter(self) -> None:
        with _redirecting:
            if self._depth == 0:
                self._saved = sys.stdout
                sys.stdout = self._replacement(sys.stdout)
            self._depth += 1

    def leave(self) -> None:
        with _redirecting:
            self._depth -= 1
            if self._depth == 0:
                sys.stdout = self._saved
                self._saved = None


_in_plugin: contextvars.ContextVar[bool] = contextvars.ContextVar("in_plugin", default=False)


class _PluginStdout:
    """``sys.stdout`` while a plugin's call is awaited: what the plugin's task (and the tasks
    it starts) writes goes to stderr, what the rest of medsocial writes meanwhile, in other
    tasks of the same loop, still goes to its stdout."""

    def __init__(self, stdout: Any) -> None:
        self._stdout = stdout

    def _target(self) -> Any:
        return sys.stderr if _in_plugin.get() else self._stdout

    def write(self, text: str) -> int:
        written: int = self._target().write(text)
        return written

    def writelines(self, lines: Iterable[str]) -> None:
        self._target().writelines(lines)

    def __getattr__(self, name: str) -> Any:
        return getattr(self._target(), name)


_LOADING = _CountedSwap(lambda _stdout: sys.stderr)
"""While any plugin code runs in a thread of the host (an import, a hook): stdout is stderr."""
_CALLS = _CountedSwap(_PluginStdout)
"""While plugin calls are awaited: stdout says where each task's words go."""


@contextlib.contextmanager
def _stdout_to_stderr() -> Iterator[None]:
    """``sys.stdout`` is ``sys.stderr`` while any plugin code runs, in any thread."""
    _LOADING.enter()
    try:
        yield
    finally:
        _LOADING.leave()


@contextlib.asynccontextmanager
async def plugin_prints_to_stderr() -> AsyncIterator[None]:
    """While a plugin's hook is awaited (``publish``, an inbox read, ...), what it prints
    goes to stderr, as at loading: stdout is medsocial's (``flush --json`` is read by
    programs)."""
    _CALLS.enter()
    mark = _in_plugin.set(True)
    try:
        yield
    finally:
        _in_plugin.reset(mark)
        _CALLS.leave()


def _plugin_code(fn: Callable[[], T], seconds: float) -> T:
    """A plugin's import or hook within the deadline, with what it prints sent to stderr:
    stdout is medsocial's (``plugins --json``, ``check --json``, ``flush --json`` are read by
    programs), and a plugin's stray ``print`` would break what they read."""
    with _stdout_to_stderr():
        return within_deadline(fn, seconds)


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
    dist: str = ""
    """The installed distribution it came from (``pip uninstall`` takes this name)."""
    import_seconds: float = 0.0
    """How long importing it took: every command that loads all plugins waits for it."""

    @property
    def ok(self) -> bool:
        return self.error is None


@dataclass
class _Plugin:
    """A plugin found and not necessarily loaded yet: how to load it, and its report."""

    report: PluginReport
    load: Callable[[], object]
    guarded: bool
    """An installed plugin's import runs within the deadline and its failure is reported;
    medsocial's own and code-registered ones are loaded as they are."""
    done: bool = False


class Channels(Mapping[str, Channel]):
    """The channels plugins registered. Asking for one by name loads only the plugin that
    declares it; listing them, counting them, or asking for one no plugin declares loads
    every plugin first."""

    def __init__(self, host: PluginHost) -> None:
        self._host = host
        self.loaded: dict[str, Channel] = {}
        """What is registered so far (the host's own bookkeeping uses this directly)."""

    def __getitem__(self, name: str) -> Channel:
        if name not in self.loaded:
            self._host._load_for_channel(name)
        return self.loaded[name]

    def __contains__(self, name: object) -> bool:
        if not isinstance(name, str):
            return False
        if name not in self.loaded:
            self._host._load_for_channel(name)
        return name in self.loaded

    def __iter__(self) -> Iterator[str]:
        self._host.load_all()
        return iter(dict(self.loaded))

    def __len__(self) -> int:
        self._host.load_all()
        return len(self.loaded)

    def __repr__(self) -> str:
        return f"Channels({sorted(self.loaded)} loaded)"


class PluginHost:
    """The plugins and what they registered, each plugin loaded when first needed (see the
    module's docstring). Safe to use from several threads: one loads at a time."""

    def __init__(self) -> None:
        self.channels = Channels(self)
        self._checks: list[ComplianceCheck] = []
        self._templates: dict[str, PostTemplate] = {}
        self._reports: list[PluginReport] = []
        self._notifiers: list[tuple[str, Callable[..., Any]]] = []
        self._later: list[_Plugin] = []
        self._declared: dict[str, _Plugin] = {}
        self._registrations: dict[str, _Registration] = {}
        self._declares: dict[str, tuple[str, set[str]]] = {}
        """Installed plugin name: (its module, the channels its ``medsocial.channels`` entry
        points name)."""
        self.clashes: dict[str, list[PluginReport]] = {}
        """Channel names two or more plugins register, with those plugins: such a name is
        given to none of them (an account's credentials never reach a plugin that merely
        came first), and each of them is left out."""
        self._lock = threading.RLock()

    @property
    def checks(self) -> list[ComplianceCheck]:
        self.load_all()
        return self._checks

    @property
    def templates(self) -> dict[str, PostTemplate]:
        self.load_all()
        return self._templates

    @property
    def reports(self) -> list[PluginReport]:
        """One per plugin found, in the order they are found, loaded or not before."""
        self.load_all()
        return self._reports

    @property
    def notifiers(self) -> list[tuple[str, Callable[..., Any]]]:
        """(plugin name, its ``notify`` hook): told when the inbox fetch has news."""
        self.load_all()
        return self._notifiers

    @property
    def slow(self) -> list[PluginReport]:
        """Plugins that loaded, but took longer than ``SLOW_IMPORT_SECONDS`` to import."""
        return [r for r in self.reports if r.ok and r.import_seconds > SLOW_IMPORT_SECONDS]

    @property
    def failures(self) -> list[PluginReport]:
        return [r for r in self.reports if not r.ok]

    @property
    def loaded(self) -> list[str]:
        """The plugins loaded so far, by name (what a lazy host has imported)."""
        return [p.report.name for p in self._later if p.done]

    def channel(self, name: str) -> Channel:
        try:
            return self.channels[name]
        except KeyError:
            if name in self.clashes:
                raise UsageError(self.clash_words(name), fix=self.clash_fix(name)) from None
            known = ", ".join(sorted(self.channels)) or "none"
            raise UsageError(
                f"no channel plugin named {name!r} is loaded (loaded: {known})",
                fix="install the plugin (pip install medsocial-<network>) or check "
                f"{ALLOWLIST_ENV}; `medsocial plugins` lists what is loaded",
            ) from None

    def clash_words(self, name: str) -> str:
        """Which plugins claim the channel ``name``, in words."""
        claims = " and ".join(f"{r.name} ({r.dist or r.source})" for r in self.clashes[name])
        return f"channel {name!r} is registered by more than one plugin: {claims}; none is used"

    def declaration_notes(self) -> list[tuple[str, str]]:
        """(what, what to do) for each loaded plugin whose ``medsocial.channels`` entry points
        do not name exactly the channels it registers: one left out is found only by
        importing every plugin, on every command that uses it."""
        notes = []
        for report in self.reports:
            if not report.ok or report.name not in self._declares:
                continue
            module, declared = self._declares[report.name]
            unnamed = [c for c in report.channels if c not in declared]
            if unnamed:
                lines = " ".join(f'{c} = "{module}"' for c in unnamed)
                notes.append(
                    (
                        f"plugin {report.name} registers {', '.join(unnamed)} without naming "
                        "it in the medsocial.channels entry points: a command that uses it "
                        "imports every plugin",
                        f'add {lines} under [project.entry-points."medsocial.channels"] in '
                        "its pyproject.toml, and install it again",
                    )
                )
            unused = sorted(declared - set(report.channels))
            if unused:
                notes.append(
                    (
                        f"plugin {report.name} names {', '.join(unused)} in the "
                        "medsocial.channels entry points but does not register it",
                        "register that channel, or take the line out of its pyproject.toml",
                    )
                )
        return notes

    def what_to_do(self, report: PluginReport) -> str:
        """What a person does about a plugin that did not load, in a sentence."""
        for name, reports in self.clashes.items():
            if report in reports:
                return self.clash_fix(name)
        uninstall = f"uninstall it (pip uninstall {report.dist})" if report.dist else "remove it"
        return (
            f"fix the plugin where the message says, or {uninstall}, or leave it out with "
            f"{ALLOWLIST_ENV}; the other plugins keep working"
        )

    def clash_fix(self, name: str) -> str:
        dists = sorted({r.dist for r in self.clashes[name] if r.dist})
        which = f" (pip uninstall {' or '.join(dists)})" if dists else ""
        return f"uninstall the plugin you do not want{which}, or leave it out with {ALLOWLIST_ENV}"

    def load_all(self) -> None:
        """Load every plugin not loaded yet, in the order they were found."""
        if all(p.done for p in self._later):
            return
        with self._lock:
            for plugin in self._later:
                self._load(plugin)

    def _load_for_channel(self, name: str) -> None:
        with self._lock:
            if name in self.channels.loaded:
                return
            plugin = self._declared.get(name)
            if plugin is not None:
                self._load(plugin)
            if name not in self.channels.loaded:
                self.load_all()  # a plugin that does not say which channels it has

    def _load(self, plugin: _Plugin) -> None:
        if plugin.done:
            return
        plugin.done = True
        report = plugin.report
        if not plugin.guarded:
            _register_one(self, report, plugin.load())
            return
        started = time.monotonic()
        try:
            module = _plugin_code(plugin.load, deadline_seconds())
        except PluginHung as exc:
            report.error = (
                f"hung while importing: it {exc}; it may be waiting on the network or "
                "stuck in a loop"
            )
            return
        except BaseException as exc:  # noqa: BLE001 - a plugin may raise anything
            if isinstance(exc, KeyboardInterrupt):
                raise
            report.error = f"failed to import: {_short_error(exc)}"
            return
        report.import_seconds = round(time.monotonic() - started, 3)
        _register_one(self, report, module)

    def _found(self, plugin: _Plugin) -> None:
        self._later.append(plugin)
        self._reports.append(plugin.report)


def _allowlist() -> set[str] | None:
    raw = os.environ.get(ALLOWLIST_ENV)
    if raw is None:
        return None
    return {name.strip() for name in raw.split(",") if name.strip()}


_NOT_THE_PLUGINS = tuple(
    os.path.dirname(module.__file__ or "") + os.sep for module in (importlib, pluggy)
) + (__file__,)
"""Where a plugin's failure is never located: the import machinery, pluggy, this host."""


def _short_error(exc: BaseException) -> str:
    """The error and where in the plugin's own files it happened (the file and line of a
    syntax error; else the deepest line of the plugin's code, which for a registration this
    host refused is the plugin's ``register(...)`` call): never a line of importlib, pluggy
    or this module, which says nothing to the plugin's author."""
    if isinstance(exc, SyntaxError) and exc.filename:
        return f"{type(exc).__name__}: {exc.msg} ({exc.filename}:{exc.lineno})"
    frames = traceback.extract_tb(exc.__traceback__) if exc.__traceback__ else []
    theirs = [
        f
        for f in frames
        if not f.filename.startswith("<") and not f.filename.startswith(_NOT_THE_PLUGINS)
    ]
    where = f" ({theirs[-1].filename}:{theirs[-1].lineno})" if theirs else ""
    return f"{type(exc).__name__}: {exc}{where}"


def load_plugins(extra: Iterable[object] = (), *, entry_points_too: bool = True) -> PluginHost:
    """Load medsocial's own plugins, every allowed entry point, then ``extra`` plugin
    objects (used by tests)."""
    host = find_plugins(extra, entry_points_too=entry_points_too)
    host.load_all()
    return host


def find_plugins(extra: Iterable[object] = (), *, entry_points_too: bool = True) -> PluginHost:
    """The same plugins as :func:`load_plugins`, found but not imported: each loads when
    first needed."""
    host = PluginHost()
    allowed = _allowlist()
    builtin: set[str] = set()
    for name, module_name in BUILTIN_PLUGINS.items():
        report = PluginReport(name=name, source=f"medsocial ({module_name}), built in")
        host._found(_Plugin(report, partial(importlib.import_module, module_name), False))
        builtin.add(module_name)
    if entry_points_too:
        found: list[EntryPoint] = sorted(
            entry_points(group=ENTRY_POINT_GROUP), key=lambda ep: ep.name
        )
        by_module: dict[str, _Plugin] = {}
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
                dist=dist.name if dist else "",
            )
            plugin = _Plugin(report, ep.load, True)
            host._found(plugin)
            by_module.setdefault(ep.value, plugin)
            host._declares[ep.name] = (ep.value, set())
        claimed: dict[str, list[_Plugin]] = {}
        for ep in sorted(entry_points(group=CHANNELS_GROUP), key=lambda ep: ep.name):
            declared = by_module.get(ep.value)
            if declared is not None and declared not in claimed.setdefault(ep.name, []):
                claimed[ep.name].append(declared)
                host._declares[declared.report.name][1].add(ep.name)
        for name, plugins in claimed.items():
            if len(plugins) == 1:  # one plugin alone; two load together, and clash
                host._declared[name] = plugins[0]
    for obj in extra:
        if getattr(obj, "__name__", None) in builtin and isinstance(obj, type(importlib)):
            continue  # already there as medsocial's own
        name = getattr(obj, "__name__", type(obj).__name__)
        report = PluginReport(name=name, source="registered in code")
        host._found(_Plugin(report, partial(_itself, obj), False))
    return host


def _itself(obj: object) -> object:
    return obj


class _Clash(ValueError):
    """A channel name another plugin registers too."""


class _Registration:
    """What one plugin registers while its hooks run, checked as it comes, and undone whole
    when a hook fails or hangs (a hook that ran out of time is refused anything later)."""

    def __init__(self, host: PluginHost, report: PluginReport) -> None:
        self.host = host
        self.report = report
        self.closed = threading.Event()
        self.checks: list[ComplianceCheck] = []

    def _still_open(self) -> None:
        if self.closed.is_set():
            raise PluginHung("registered after its deadline")

    def channel(self, channel_class: type[Channel]) -> None:
        self._still_open()
        if not (isinstance(channel_class, type) and issubclass(channel_class, Channel)):
            raise TypeError(f"{channel_class!r} is not a medsocial Channel subclass")
        name = getattr(channel_class, "name", "")
        if not name or not getattr(channel_class, "title", ""):
            raise TypeError(f"{channel_class.__name__} must set `name` and `title`")
        host = self.host
        loaded = host.channels.loaded
        if name in self.report.channels:
            raise ValueError(f"it registers channel {name!r} twice")
        if name in loaded or name in host.clashes:
            first = host._registrations.get(loaded[name].plugin_name) if name in loaded else None
            host.clashes.setdefault(name, [first.report] if first else []).append(self.report)
            if first is not None:
                first.withdraw(host.clash_words(name))
            raise _Clash(host.clash_words(name))
        instance = channel_class()
        instance.plugin_name = self.report.name
        loaded[name] = instance
        self.report.channels.append(name)

    def check(self, check: ComplianceCheck) -> None:
        self._still_open()
        if not callable(check):
            raise TypeError(f"{check!r} is not callable")
        self.host._checks.append(check)
        self.checks.append(check)
        self.report.checks.append(getattr(check, "name", getattr(check, "__name__", repr(check))))

    def template(self, template: PostTemplate) -> None:
        self._still_open()
        key = getattr(template, "key", None)
        if not key:
            raise TypeError(f"{template!r} has no `key`")
        if key in self.host._templates:
            raise ValueError(f"template {key!r} is already registered")
        self.host._templates[key] = template
        self.report.templates.append(key)

    def fail(self, hook_name: str, exc: BaseException) -> None:
        """Close the registration, say why, and take back all the plugin registered."""
        if isinstance(exc, PluginHung):
            self.withdraw(f"{hook_name} hung: it {exc}")
        elif isinstance(exc, _Clash):
            self.withdraw(str(exc))
        else:
            self.withdraw(f"{hook_name} raised {_short_error(exc)}")

    def withdraw(self, error: str) -> None:
        """Take back all the plugin registered (even after its hooks finished: another
        plugin registered one of its channels too), saying why."""
        self.closed.set()
        host, report = self.host, self.report
        report.error = error
        for name in report.channels:
            host.channels.loaded.pop(name, None)
        report.channels.clear()
        host._checks[:] = [c for c in host._checks if not any(c is mine for mine in self.checks)]
        self.checks.clear()
        report.checks.clear()
        for key in report.templates:
            host._templates.pop(key, None)
        report.templates.clear()
        host._notifiers[:] = [n for n in host._notifiers if n[0] != report.name]


def _register_one(host: PluginHost, report: PluginReport, module: object) -> None:
    """Call one plugin's hooks on their own, validating what it registers."""
    pm = pluggy.PluginManager("medsocial")
    pm.add_hookspecs(hookspecs)
    try:
        pm.register(module, name=report.name)
    except Exception as exc:  # noqa: BLE001
        report.error = f"is not a valid plugin: {_short_error(exc)}"
        return
    registration = _Registration(host, report)
    host._registrations[report.name] = registration
    calls: tuple[tuple[str, Callable[[Any], None]], ...] = (
        ("register_channels", registration.channel),
        ("register_compliance_checks", registration.check),
        ("register_post_templates", registration.template),
    )
    host._notifiers.extend((report.name, impl.function) for impl in pm.hook.notify.get_hookimpls())
    for hook_name, callback in calls:
        for impl in getattr(pm.hook, hook_name).get_hookimpls():
            try:
                _plugin_code(partial(impl.function, register=callback), deadline_seconds())
            except BaseException as exc:  # noqa: BLE001 - a plugin may raise anything
                if isinstance(exc, KeyboardInterrupt):
                    raise
                registration.fail(hook_name, exc)
                return
