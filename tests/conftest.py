"""The whole suite: a demo practice is built once per test worker for each (login, pinned time,
plugins) and copied into each test's folder (building one takes seconds; a copy, a few
milliseconds). Only demos built at a pinned ``MEDSOCIAL_NOW`` are shared, since the demo's
posts are placed relative to the time it was built; a folder that already holds a practice
still goes to the real ``demo.build``, which refuses it."""

from __future__ import annotations

import gc
import os
import shutil
import tempfile
from pathlib import Path

from medsocial_tui import clock
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
