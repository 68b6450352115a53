"""Plugins are found through the `medsocial` entry-point group, one at a time: a broken one
is reported while the rest keep working."""

from __future__ import annotations

import sys
import textwrap
from pathlib import Path

import pytest

from medsocial_tui.plugin_host import load_plugins


def install_fake_distribution(root: Path, dist: str, module: str, body: str, ep_name: str) -> None:
    """A real installed distribution on sys.path: importlib.metadata finds its entry point."""
    (root / f"{module}.py").write_text(textwrap.dedent(body), "utf-8")
    info = root / f"{dist.replace('-', '_')}-1.0.dist-info"
    info.mkdir()
    (info / "METADATA").write_text(f"Metadata-Version: 2.1\nName: {dist}\nVersion: 1.0\n")
    (info / "entry_points.txt").write_text(f"[medsocial]\n{ep_name} = {module}\n")


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
    for name in ("plug_good", "plug_bad_import", "plug_bad_hook"):
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


def test_a_plugin_registering_nonsense_is_reported(site):
    install_fake_distribution(site, "medsocial-odd", "plug_bad_hook", BROKEN_IN_HOOK, "odd")
    host = load_plugins()
    report = next(r for r in host.reports if r.name == "odd")
    assert "not a medsocial Channel" in report.error
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
