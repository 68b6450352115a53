"""Plugins are found through the `medsocial` entry-point group, one at a time: a broken one
is reported while the rest keep working."""

from __future__ import annotations

import json
import sys
import textwrap
from functools import partial
from pathlib import Path

import pytest

from medsocial_tui import plugin_host
from medsocial_tui.plugin_host import CHANNELS_GROUP, ENTRY_POINT_GROUP, find_plugins, load_plugins
from medsocial_tui.testing.cli import invoke, run_process


def install_fake_distribution(
    root: Path, dist: str, module: str, body: str, ep_name: str, channels: tuple[str, ...] = ()
) -> None:
    """A real installed distribution on sys.path: importlib.metadata finds its entry point
    (and the ``channels`` it declares, when given)."""
    (root / f"{module}.py").write_text(textwrap.dedent(body), "utf-8")
    info = root / f"{dist.replace('-', '_')}-1.0.dist-info"
    info.mkdir()
    (info / "METADATA").write_text(f"Metadata-Version: 2.1\nName: {dist}\nVersion: 1.0\n")
    declared = "".join(f"{name} = {module}\n" for name in channels)
    (info / "entry_points.txt").write_text(
        f"[medsocial]\n{ep_name} = {module}\n"
        + (f"[medsocial.channels]\n{declared}" if declared else "")
    )


GOOD = """
from medsocial_tui.channel import Channel
from medsocial_tui.hookspecs import hookimpl

class Pigeon(Channel):
    name = "pigeon"
    title = "Carrier pigeon"

@hookimpl
def register_channels(register):
    register(Pigeon)
"""

BROKEN_AT_IMPORT = """
raise RuntimeError("this plugin is broken on purpose")
"""

BROKEN_IN_HOOK = """
from medsocial_tui.hookspecs import hookimpl

@hookimpl
def register_channels(register):
    register(object)
"""


@pytest.fixture
def site(tmp_path, monkeypatch):
    monkeypatch.syspath_prepend(str(tmp_path))
    yield tmp_path
    for name in ("plug_good", "plug_bad_import", "plug_bad_hook", "plug_slow"):
        sys.modules.pop(name, None)


def test_a_plugin_that_raises_at_import_is_reported_and_the_rest_load(site):
    install_fake_distribution(site, "medsocial-pigeon", "plug_good", GOOD, "pigeon")
    install_fake_distribution(
        site, "medsocial-broken", "plug_bad_import", BROKEN_AT_IMPORT, "broken"
    )
    host = load_plugins()
    assert "pigeon" in host.channels
    assert "manual" in host.channels
    failed = {r.name: r.error for r in host.failures}
    assert "broken" in failed
    assert "broken on purpose" in failed["broken"]
    assert "failed to import" in failed["broken"]
    (report,) = host.failures
    assert "pip uninstall medsocial-broken" in host.what_to_do(report)


def test_a_plugin_registering_nonsense_is_reported(site):
    install_fake_distribution(site, "medsocial-odd", "plug_bad_hook", BROKEN_IN_HOOK, "odd")
    host = load_plugins()
    report = next(r for r in host.reports if r.name == "odd")
    assert "not a medsocial Channel" in report.error
    assert report.error.endswith(f"({site / 'plug_bad_hook.py'}:6)")  # its register() call
    assert "manual" in host.channels


def test_the_allowlist_restricts_which_plugins_load(site, monkeypatch):
    install_fake_distribution(site, "medsocial-pigeon", "plug_good", GOOD, "pigeon")
    monkeypatch.setenv("MEDSOCIAL_PLUGINS", "pigeon")
    host = load_plugins()
    assert set(host.channels) == {"pigeon"}
    monkeypatch.setenv("MEDSOCIAL_PLUGINS", "")
    assert load_plugins().channels == {}


def test_the_built_in_manual_channel_is_found_like_any_outside_plugin():
    host = load_plugins()
    report = next(r for r in host.reports if "manual" in r.channels)
    assert report.source.startswith("medsocial-manual")
    assert host.channels["manual"].plugin_name == report.name


HANGS_AT_IMPORT = """
import time

time.sleep(30)
"""


def test_asking_for_a_channel_imports_only_the_plugin_that_declares_it(site):
    install_fake_distribution(site, "medsocial-pigeon", "plug_good", GOOD, "pigeon", ("pigeon",))
    install_fake_distribution(
        site, "medsocial-broken", "plug_bad_import", BROKEN_AT_IMPORT, "broken"
    )
    host = find_plugins()
    assert host.loaded == []
    assert host.channels.get("pigeon").title == "Carrier pigeon"
    assert host.loaded == ["pigeon"]
    assert "plug_bad_import" not in sys.modules
    assert host.channels["manual"].plugin_name == "manual"
    assert host.loaded == ["manual", "pigeon"]
    # what needs every plugin loads the rest, and reports them in the order they were found
    assert "broken on purpose" in next(r.error for r in host.failures if r.name == "broken")
    assert [r.name for r in host.reports] == [r.name for r in load_plugins().reports]


def test_a_channel_no_plugin_declares_is_found_by_loading_them_all(site):
    install_fake_distribution(site, "medsocial-pigeon", "plug_good", GOOD, "pigeon")
    host = find_plugins()
    assert "pigeon" in host.channels
    assert set(host.loaded) >= {"guard", "pigeon", "manual"}
    assert host.channels.get("owl") is None


def test_a_declared_plugin_that_hangs_is_given_up_on_and_reported(site, monkeypatch):
    monkeypatch.setenv("MEDSOCIAL_PLUGIN_DEADLINE", "0.2")
    install_fake_distribution(
        site, "medsocial-slow", "plug_slow", HANGS_AT_IMPORT, "slow", ("owl",)
    )
    host = find_plugins()
    assert host.channels.get("owl") is None
    assert "hung while importing" in next(r.error for r in host.failures if r.name == "slow")


def test_every_installed_plugin_declares_exactly_the_channels_it_registers():
    """The declaration is read instead of importing the plugin: it must say what the code
    registers (a channel left out would load every plugin to find it)."""
    from importlib.metadata import entry_points

    modules = {ep.name: ep.value for ep in entry_points(group=ENTRY_POINT_GROUP)}
    declared: dict[str, set[str]] = {}
    for ep in entry_points(group=CHANNELS_GROUP):
        declared.setdefault(ep.value, set()).add(ep.name)
    for report in load_plugins().reports:
        if report.name in modules:
            assert set(report.channels) == declared.get(modules[report.name], set()), report.name


IMPOSTOR = """
from medsocial_tui.channel import Channel
from medsocial_tui.hookspecs import hookimpl

class NotPigeon(Channel):
    name = "pigeon"
    title = "Not a pigeon"

@hookimpl
def register_channels(register):
    register(NotPigeon)
"""


@pytest.mark.parametrize("declared", [(), ("pigeon",)])
def test_a_channel_two_plugins_register_goes_to_neither(site, declared):
    """The one found first (entry points load by name: `aaa` before `pigeon`) does not win:
    a practice's pigeon credentials would go to whichever plugin sorted first."""
    install_fake_distribution(site, "medsocial-pigeon", "plug_good", GOOD, "pigeon", declared)
    install_fake_distribution(site, "medsocial-aaa", "plug_impostor", IMPOSTOR, "aaa", declared)
    host = find_plugins()
    assert "pigeon" not in host.channels
    assert "manual" in host.channels
    failed = {r.name: r for r in host.failures}
    assert set(failed) == {"aaa", "pigeon"}
    for report in failed.values():
        assert report.channels == []
        assert "aaa (medsocial-aaa) and pigeon (medsocial-pigeon)" in (report.error or "")
        assert "pip uninstall medsocial-aaa or medsocial-pigeon" in host.what_to_do(report)
    sys.modules.pop("plug_impostor", None)


CHATTY = """
print("chatty plugin imported")
from medsocial_tui.channel import Channel
from medsocial_tui.hookspecs import hookimpl

class Chatty(Channel):
    name = "chatty"
    title = "Chatty"

@hookimpl
def register_channels(register):
    print("chatty registers its channel")
    register(Chatty)
"""


def test_what_a_plugin_prints_goes_to_stderr_not_into_json_output(site):
    install_fake_distribution(site, "medsocial-chatty", "plug_chatty", CHATTY, "chatty")
    env = {"PYTHONPATH": str(site), "MEDSOCIAL_PLUGINS": "chatty,manual"}
    out = run_process("plugins", "--json", env=env)
    assert out.returncode == 0, out.stderr
    assert sorted(json.loads(out.stdout)["channels"]) == ["chatty", "manual"]
    assert "chatty plugin imported" in out.stderr
    assert "chatty registers its channel" in out.stderr


def test_an_import_failure_is_located_in_the_plugins_own_file_never_in_importlib(site):
    install_fake_distribution(site, "medsocial-typo", "plug_typo", "def broken(:\n", "typo")
    install_fake_distribution(site, "medsocial-gone", "plug_gone", "", "gone")
    (site / "plug_gone.py").unlink()  # the entry point names a module the package lacks
    install_fake_distribution(site, "medsocial-bad", "plug_bad_import", BROKEN_AT_IMPORT, "bad")
    failed = {r.name: r.error or "" for r in load_plugins().failures}
    assert failed["typo"] == (
        f"failed to import: SyntaxError: invalid syntax ({site / 'plug_typo.py'}:1)"
    )
    assert failed["gone"] == "failed to import: ModuleNotFoundError: No module named 'plug_gone'"
    assert failed["bad"].endswith(f"broken on purpose ({site / 'plug_bad_import.py'}:2)")
    for name in ("plug_typo", "plug_gone"):
        sys.modules.pop(name, None)


SLOW = """
import time
time.sleep(0.3)
from medsocial_tui.hookspecs import hookimpl

@hookimpl
def register_compliance_checks(register):
    pass
"""


def test_a_plugin_slow_to_import_is_named_with_its_time(site, monkeypatch):
    monkeypatch.setattr(plugin_host, "SLOW_IMPORT_SECONDS", 0.2)
    install_fake_distribution(site, "medsocial-slow", "plug_sluggish", SLOW, "slow")
    host = load_plugins()
    [slow] = [r for r in host.slow if r.name == "slow"]
    assert slow.ok and slow.import_seconds >= 0.3
    sys.modules.pop("plug_sluggish")
    out = invoke("plugins", env={"MEDSOCIAL_PLUGINS": "slow,manual"})
    assert out.returncode == 0
    assert "plugin slow (medsocial-slow (plug_sluggish)) took 0." in out.stderr
    assert "s to import: `check`, `doctor` and the app's first screen wait for it" in out.stderr


def test_check_says_which_plugins_checks_did_not_run(site):
    """A policy check in a plugin that failed to load did not run: `check` said "Nothing
    found: ok to post" as if it had."""
    install_fake_distribution(
        site, "medsocial-broken", "plug_bad_import", BROKEN_AT_IMPORT, "pricepolicy"
    )
    out = invoke("check", "Whitening for $99 this week", env={"MEDSOCIAL_PLUGINS": "pricepolicy"})
    assert out.returncode == 0
    assert "not every plugin loaded (pricepolicy): any checks they register did not run" in (
        out.stderr
    )
    quiet = invoke("check", "Whitening for $99 this week", env={"MEDSOCIAL_PLUGINS": ""})
    assert "not every plugin loaded" not in quiet.stderr


@pytest.mark.parametrize(
    ("declared", "said"),
    [
        ((), 'add pigeon = "plug_good" under [project.entry-points."medsocial.channels"]'),
        (("pigeon", "owl"), "plugin pigeon names owl in the medsocial.channels entry points"),
        (("pigeon",), None),
    ],
)
def test_plugins_says_when_the_declared_channels_are_not_the_registered_ones(site, declared, said):
    install_fake_distribution(site, "medsocial-pigeon", "plug_good", GOOD, "pigeon", declared)
    out = invoke("plugins", env={"MEDSOCIAL_PLUGINS": "pigeon,manual"})
    assert out.returncode == 0
    if said is None:
        assert "medsocial.channels" not in out.stderr
    else:
        assert said in out.stderr


def test_plugin_code_in_two_threads_at_once_gives_stdout_back():
    """Two hosts loading at once (the app's and a worker's): stdout is stderr while either
    runs plugin code, and stdout again after both, whichever finishes first."""
    import threading
    import time

    before = sys.stdout
    seen: list[object] = []

    def plugin_import(seconds: float) -> None:
        time.sleep(seconds)
        seen.append(sys.stdout)

    first = threading.Thread(target=plugin_host._plugin_code, args=(partial(plugin_import, 0.3), 5))
    second = threading.Thread(
        target=plugin_host._plugin_code, args=(partial(plugin_import, 0.6), 5)
    )
    first.start()
    time.sleep(0.1)
    second.start()
    first.join()
    second.join()
    assert seen == [sys.stderr, sys.stderr]
    assert sys.stdout is before


TWICE = """
from medsocial_tui.channel import Channel
from medsocial_tui.hookspecs import hookimpl

class Pigeon(Channel):
    name = "pigeon"
    title = "Carrier pigeon"

@hookimpl
def register_channels(register):
    register(Pigeon)
    register(Pigeon)
"""


def test_a_plugin_registering_its_channel_twice_is_told_so(site):
    install_fake_distribution(site, "medsocial-pigeon", "plug_twice", TWICE, "pigeon")
    host = find_plugins()
    [report] = host.failures
    assert "register_channels raised ValueError: it registers channel 'pigeon' twice" in (
        report.error or ""
    )
    assert host.clashes == {}
    sys.modules.pop("plug_twice", None)
