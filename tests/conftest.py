"""The whole suite: a demo practice is built once per test worker for each (login, pinned time,
plugins) and copied into each test's folder (building one takes seconds; a copy, a few
milliseconds). Only demos built at a pinned ``MEDSOCIAL_NOW`` are shared, since the demo's
posts are placed relative to the time it was built; a folder that already holds a practice
still goes to the real ``demo.build``, which refuses it.

The entry points a practice's plugins are found by are read once per test worker for each
``sys.path`` whose folders are unchanged (see ``_entry_points_once``), and Textual's CSS is
parsed once per worker (see ``_parse_rules_once``). Under xdist the workers take the tests in
collection order: dealing the longest first was tried and started every worker on the crash
trials at once, which made the run slower (7335e13e)."""

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
