"""The hours change from a shell (click's runner, in this process), plugins found by entry point,
posting, special hours and undo reported per account in words."""

from __future__ import annotations

import json
import subprocess
from pathlib import Path

import pytest

from medsocial_tui.testing.cli import invoke

from .conftest import LOGIN


@pytest.fixture
def site(tmp_path_factory) -> Path:
    """A dist-info declaring the loopback channels in the `medsocial` entry-point group."""
    root = tmp_path_factory.mktemp("site")
    info = root / "medsocial_loopback-1.0.dist-info"
    info.mkdir()
    (info / "METADATA").write_text(
        "Metadata-Version: 2.1\nName: medsocial-loopback\nVersion: 1.0\n"
    )
    (info / "entry_points.txt").write_text(
        "[medsocial]\nloopback = medsocial_tui.testing.reference\n"
        "loopback_hours = medsocial_tui.testing.hours_reference\n"
    )
    return root


def cli(home, site, *args: str, stdin: str | None = None) -> subprocess.CompletedProcess[str]:
    return invoke(
        *args,
        home=home.root,
        login=LOGIN,
        env={"MEDSOCIAL_PLUGINS": "manual,templates,loopback,loopback_hours"},
        stdin=stdin,
        site=site,
    )


def test_closed_today_for_snow_from_the_command_line_and_undo(home, site, networks):
    _, hours_api = networks
    done = cli(home, site, "hours-change", "--reason", "snow", "--closed", "today", "--yes")
    assert done.returncode == 0, done.stderr
    assert (
        "Loopback Dental is closed today (Tuesday, January 6) because of the snow." in done.stdout
    )
    assert "ok  maps: special hours set: Tue 6 Jan closed" in done.stdout
    assert "NOT short: no notice: no plugin for 'loopback_short'" in done.stdout
    assert "NOT nocreds: no notice: not connected (missing access_token)" in done.stdout
    assert hours_api.special_hours == [{"day": "2026-01-06", "closed": True}]

    listed = cli(home, site, "hours-change", "list", "--json")
    [record] = json.loads(listed.stdout)
    assert record["change"] == "closed" and record["days"] == ["2026-01-06"]

    undone = cli(home, site, "hours-change", "undo", str(record["id"]))
    assert undone.returncode == 0, undone.stdout + undone.stderr
    assert "maps: special hours put back as they were" in undone.stdout
    assert hours_api.special_hours == []


def test_without_a_terminal_the_change_needs_yes(home, site, networks):
    done = cli(
        home, site, "hours-change", "--reason", "power", "--opening-late", "today", "--at", "11am"
    )
    assert done.returncode == 2
    assert "add --yes" in done.stderr


def test_a_missing_change_is_explained(home, site, networks):
    done = cli(home, site, "hours-change", "--reason", "snow")
    assert done.returncode == 2 and "one of --closed" in done.stderr


def test_templates_are_listed_and_used_from_the_command_line(home, site, networks):
    listed = cli(home, site, "templates")
    assert "qa" in listed.stdout and "live_session" in listed.stdout
    used = cli(
        home,
        site,
        "templates",
        "use",
        "qa",
        "-f",
        "question=Why floss?",
        "-f",
        "answer=It cleans where brushes miss.",
        "-a",
        "page",
        "--offline",
    )
    assert used.returncode == 0, used.stderr
    assert "(qa, 1 image(s) attached): Q: Why floss?" in used.stdout
