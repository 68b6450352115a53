"""The whole suite: a demo practice is built once per test worker for each (login, pinned time,
plugins) and copied into each test's folder (building one takes seconds; a copy, a few
milliseconds). Only demos built at a pinned ``MEDSOCIAL_NOW`` are shared, since the demo's
posts are placed relative to the time it was built; a folder that already holds a practice
still goes to the real ``demo.build``, which refuses it.

The entry points a practice's plugins are found by are read once per test worker for each
``sys.path`` whose folders are unchanged (see ``_entry_points_once``), and Textual's CSS is
parsed once per worker (see ``_parse_rules_once``). Under xdist the longest tests go first
(see ``pytest_collection_modifyitems``)."""

from __future__ import annotations

import gc
import os
import shutil
import sys
import tempfile
from importlib.metadata import EntryPoints
from pathlib import Path
from typing import Any

from textual.css.stylesheet import Stylesheet

from medsocial_tui import clock, plugin_host
from medsocial_tui.home import demo
from medsocial_tui.home.config import Home

_real_build = demo.build
_built: dict[tuple[str | None, ...], Path] = {}


def _shared_build(root: Path, *, login: str | None = None) -> Home:
    root = Path(root)
    pinned = os.environ.get("MEDSOCIAL_NOW")
    if not pinned or (root.exists() and any(root.iterdir())):
        return _real_build(root, login=login)
    key = (login or os.environ.get("MEDSOCIAL_USER"), pinned, os.environ.get("MEDSOCIAL_PLUGINS"))
    source = _built.get(key)
    if source is None:
        source = Path(tempfile.mkdtemp(prefix="medsocial-demo-once-")) / "demo"
        _real_build(source, login=login)
        _built[key] = source
    clock.trust_environment(True)
    shutil.copytree(source, root, symlinks=True, dirs_exist_ok=True)
    return Home(root)


demo.build = _shared_build

_real_entry_points = plugin_host.entry_points
_read: dict[tuple[object, ...], EntryPoints] = {}


def _mtime(folder: str) -> int | None:
    try:
        return os.stat(folder or ".").st_mtime_ns
    except OSError:
        return None


def _entry_points_once(*, group: str) -> EntryPoints:
    """``importlib.metadata.entry_points(group=...)`` as the practice finds its plugins, read
    again only when ``sys.path`` or one of its folders changed (a test that puts a folder
    holding a ``*.dist-info`` on the path, or installs one into it). Reading them opens every
    installed distribution's metadata, about 10 ms of CPU, twice for each practice the suite
    opens and then asks for a plugin: thousands of times a run."""
    key = (group, tuple(sys.path), tuple(_mtime(folder) for folder in sys.path))
    found = _read.get(key)
    if found is None:
        found = _read[key] = _real_entry_points(group=group)
    return found


plugin_host.entry_points = _entry_points_once


_real_parse_rules = Stylesheet._parse_rules
_parsed: dict[tuple[object, ...], list[Any]] = {}


def _parse_rules_once(
    self: Stylesheet,
    css: str,
    read_from: tuple[str, str],
    is_default_rules: bool = False,
    tie_breaker: int = 0,
    scope: str = "",
) -> list[Any]:
    """Textual parses every widget's CSS again for each app (its cache lives in the app's
    stylesheet): a fifth of the CPU of starting the app in a test, hundreds of times a
    worker. The rules are read, never changed, once parsed (Textual itself hands the same
    list to every parse of one stylesheet), so they are kept for the worker, for the same
    CSS with the same variables (the theme's colours are substituted as it is parsed)."""
    key = (
        css,
        read_from,
        is_default_rules,
        tie_breaker,
        scope,
        tuple(sorted(self._variables.items())),
    )
    rules = _parsed.get(key)
    if rules is None:
        rules = _parsed[key] = _real_parse_rules(
            self, css, read_from, is_default_rules, tie_breaker, scope
        )
    return rules


Stylesheet._parse_rules = _parse_rules_once  # type: ignore[method-assign]


def pytest_collection_finish(session) -> None:
    """The cycle collector was a fifth of a TUI test's CPU, most of it full collections
    walking what lives for the whole run (the modules, Textual's classes and styles, the
    3,000 collected items). Set that aside (as the app does after its first frame) and let
    the young generation grow before it is walked: the same garbage is freed, in fewer, shorter
    passes (tests/tui: 49 -> 41 s of CPU on a busy machine; 20 MB more at most)."""
    gc.freeze()
    gc.set_threshold(10_000, 10, 10)


def pytest_sessionfinish(session, exitstatus) -> None:
    for source in _built.values():
        shutil.rmtree(source.parent, ignore_errors=True)


# Longest tests first. With ``-n 4 --dist worksteal`` each worker is first handed one
# contiguous quarter of the collection (by count) and later steals the tail of another's; in
# collection order one quarter held the crash trials and another the TUI, and the run ended
# with one worker alone on its longest tests. ``tests/durations.txt`` lists the seconds each
# slow test took (written by ``pytest --store-durations``). The workers deal the tests out
# longest first, one to each quarter in turn and back again (0 1 2 3 3 2 1 0 ...), so the
# quarters hold as many tests and as much work, each starts on its long tests, and what is
# stolen at the end is short. A test not in the table counts as quick. A module whose
# fixtures outlive a test is dealt as one, in its order, so they are set up once (a package
# whose fixture does, as one; see ``_unit``). Without
# xdist the collection order is kept.
DURATIONS = Path(__file__).with_name("durations.txt")
_QUICK = 0.05  # seconds: a test not in the table
_SLOW = 0.5  # seconds: a test is stored when it takes at least this


def pytest_addoption(parser) -> None:
    parser.addoption(
        "--store-durations",
        action="store_true",
        help=f"write the tests that took {_SLOW} s or more to {DURATIONS.name}",
    )


def _stored_durations() -> dict[str, float]:
    try:
        lines = DURATIONS.read_text(encoding="utf-8").splitlines()
    except FileNotFoundError:
        return {}
    table = {}
    for line in lines:
        seconds, _, nodeid = line.partition(" ")
        if nodeid and not line.startswith("#"):
            table[nodeid] = float(seconds)
    return table


def _unit(item) -> str:
    """The items that must run together, so a fixture that outlives a test is set up once for
    them: a package's (the folder of the conftest that defines a package-scoped fixture, else
    the module's folder), or a module's when a fixture is class- or module-scoped. A group is
    dealt to one worker, but xdist may still steal part of it for another at the end: there the
    fixture is set up again (a cost, never a wrong result)."""
    info = getattr(item, "_fixtureinfo", None)
    defs = [d[-1] for d in info.name2fixturedefs.values() if d] if info is not None else []
    module = item.nodeid.partition("::")[0]
    packages = [d.baseid or module.rpartition("/")[0] for d in defs if d.scope == "package"]
    if packages:
        return min(packages, key=len)  # the widest: every test under it shares the fixture
    if any(d.scope in ("class", "module") for d in defs):
        return module
    return item.nodeid


def pytest_collection_modifyitems(config, items) -> None:
    workers = getattr(config, "workerinput", {}).get("workercount")
    if not workers or workers < 2:
        return
    table = _stored_durations()
    units: dict[str, list] = {}
    for item in items:
        units.setdefault(_unit(item), []).append(item)
    cost = {key: sum(table.get(i.nodeid, _QUICK) for i in group) for key, group in units.items()}
    # sorted() is stable, and every worker sees the same collection: the same order in each.
    chunks: list[list] = [[] for _ in range(workers)]
    for n, key in enumerate(sorted(units, key=lambda key: -cost[key])):
        turn, place = divmod(n, workers)
        chunks[place if turn % 2 == 0 else workers - 1 - place].extend(units[key])
    items[:] = [item for chunk in chunks for item in chunk]


_took: dict[str, float] = {}


def pytest_runtest_logreport(report) -> None:
    _took[report.nodeid] = _took.get(report.nodeid, 0.0) + report.duration


def pytest_terminal_summary(config) -> None:
    """With ``--store-durations``, the tests of this run take their new place in the table
    (a quick one leaves it); the tests that did not run keep theirs."""
    if not config.getoption("store_durations") or hasattr(config, "workerinput"):
        return
    table = _stored_durations()
    for nodeid, seconds in _took.items():
        table.pop(nodeid, None)
        if seconds >= _SLOW:
            table[nodeid] = seconds
    slow = sorted(
        ((seconds, nodeid) for nodeid, seconds in table.items()), key=lambda p: (-p[0], p[1])
    )
    header = f"# seconds nodeid: the tests that took {_SLOW} s or more (pytest --store-durations)\n"
    DURATIONS.write_text(
        header + "".join(f"{seconds:.2f} {nodeid}\n" for seconds, nodeid in slow),
        encoding="utf-8",
    )
