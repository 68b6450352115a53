"""A plugin that hangs at import or in one of its hooks does not hang ``plugins``, ``doctor``,
``check`` or the app: it is reported by name, the rest load."""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest

from medsocial_tui.home import demo
from medsocial_tui.home.practice import open_practice
from medsocial_tui.plugin_host import load_plugins
from medsocial_tui.tui.app import create_app

HANGS_AT_IMPORT = """
import time
time.sleep(120)
"""

HANGS_IN_HOOK = """
import time
from medsocial_tui.hookspecs import hookimpl

@hookimpl
def register_compliance_checks(register):
    time.sleep(120)
"""

MODULES = ("plug_sleepy_import", "plug_sleepy_hook")


def install(root: Path) -> Path:
    root.mkdir(exist_ok=True)
    for module, body, name in (
        ("plug_sleepy_import", HANGS_AT_IMPORT, "sleepy-import"),
        ("plug_sleepy_hook", HANGS_IN_HOOK, "sleepy-hook"),
    ):
        (root / f"{module}.py").write_text(textwrap.dedent(body), "utf-8")
        info = root / f"medsocial_{module}-1.0.dist-info"
        info.mkdir()
        (info / "METADATA").write_text(f"Metadata-Version: 2.1\nName: {module}\nVersion: 1.0\n")
        (info / "entry_points.txt").write_text(f"[medsocial]\n{name} = {module}\n")
    return root


@pytest.fixture
def site(tmp_path, monkeypatch):
    root = install(tmp_path / "site")
    monkeypatch.syspath_prepend(str(root))
    monkeypatch.setenv("MEDSOCIAL_PLUGIN_DEADLINE", "0.3")
    yield root
    for module in MODULES:
        sys.modules.pop(module, None)


def test_a_hanging_plugin_is_reported_by_name_and_the_rest_load(site):
    started = time.monotonic()
    host = load_plugins()
    assert time.monotonic() - started < 10
    failed = {r.name: r.error for r in host.failures}
    assert "hung while importing" in failed["sleepy-import"]
    assert "register_compliance_checks hung" in failed["sleepy-hook"]
    assert "manual" in host.channels and "mastodon" in host.channels


@pytest.mark.parametrize(
    "args", [("plugins",), ("doctor",), ("check", "Open late Thursday until 7pm")]
)
def test_commands_finish_and_name_the_hanging_plugin(site, tmp_path, args):
    home = demo.build(tmp_path / "demo", login="ppatel").root
    env = {
        **os.environ,
        "MEDSOCIAL_HOME": str(home),
        "MEDSOCIAL_USER": "ppatel",
        "MEDSOCIAL_PLUGIN_DEADLINE": "0.3",
        "PYTHONPATH": str(site),
    }
    exe = Path(sys.executable).parent / "medsocial"
    done = subprocess.run([str(exe), *args], capture_output=True, text=True, env=env, timeout=60)
    out = done.stdout + done.stderr
    assert "Traceback" not in out
    if args[0] != "check":
        assert "sleepy-import" in out and "hung while importing" in out
        assert "sleepy-hook" in out
    else:
        assert done.returncode == 0, out


async def test_the_app_opens_and_says_which_plugin_hung(site, tmp_path, monkeypatch):
    monkeypatch.setenv("MEDSOCIAL_USER", "ppatel")
    home = demo.build(tmp_path / "demo", login="ppatel").root
    practice = open_practice(home)
    app = create_app(practice=practice)
    notices: list[str] = []
    original = app.notify

    def record(message, **kwargs):
        notices.append(message)
        original(message, **kwargs)

    app.notify = record  # type: ignore[method-assign]
    try:
        async with app.run_test(size=(100, 30)) as pilot:
            app.report_plugin_failures()
            await pilot.press("c")
            await pilot.pause()
            assert type(app.screen).__name__ == "CalendarScreen"
    finally:
        practice.close()
    assert any("sleepy-import did not load: hung while importing" in n for n in notices)


BAD_LIMITS = """
from medsocial_tui.channel import Channel
from medsocial_tui.hookspecs import hookimpl

class Sloppy(Channel):
    name = "sloppy"
    title = "Sloppy network"

    def limits(self, account=None):
        raise RuntimeError("no limits today")

    def count(self, text):
        return "many"

@hookimpl
def register_channels(register):
    register(Sloppy)
"""


def test_plugins_lists_a_channel_whose_limits_fail_without_a_traceback(tmp_path, monkeypatch):
    from click.testing import CliRunner

    from medsocial_tui.accounts.plugin_calls import count_of, limits_of
    from medsocial_tui.cli import main

    root = tmp_path / "site"
    root.mkdir()
    (root / "plug_sloppy.py").write_text(textwrap.dedent(BAD_LIMITS), "utf-8")
    info = root / "medsocial_sloppy-1.0.dist-info"
    info.mkdir()
    (info / "METADATA").write_text("Metadata-Version: 2.1\nName: medsocial-sloppy\nVersion: 1.0\n")
    (info / "entry_points.txt").write_text("[medsocial]\nsloppy = plug_sloppy\n")
    monkeypatch.syspath_prepend(str(root))
    try:
        result = CliRunner().invoke(main, ["plugins"])
        assert result.exception is None, result.exception
        assert "unknown: the plugin's limits() failed" in result.output
        channel = load_plugins().channels["sloppy"]
        assert limits_of(channel) is None and count_of(channel, "hi") is None
    finally:
        sys.modules.pop("plug_sloppy", None)
