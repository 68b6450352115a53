"""A practice whose accounts point at the loopback inbox network: an owner (admin, author,
approver, manager), a front-desk author and a second approver (the doctor).

``fetch_process`` runs the real ``medsocial inbox fetch`` console script, which finds the
loopback channels through a real entry point."""

from __future__ import annotations

import asyncio
import os
import subprocess
import sys
from pathlib import Path

import pytest

from medsocial_tui.home import demo
from medsocial_tui.home.config import Home, write_secrets
from medsocial_tui.home.practice import Practice, open_practice
from medsocial_tui.listening import inbox_fetch
from medsocial_tui.models import Role
from medsocial_tui.records import staff
from medsocial_tui.records.acting import ActingAs
from medsocial_tui.testing import inbox_reference
from medsocial_tui.testing.cli import invoke
from medsocial_tui.testing.inbox_reference import InboxNetwork

OWNER = "owner"
DESK = "frontdesk"
DOCTOR = "drpatel"


def practice_toml(base_url: str, *, extra: str = "", quiet: bool = False) -> str:
    text = (
        '[practice]\nname = "Maple Dental"\ntimezone = "America/Chicago"\n'
        'phone = "312-555-0142"\nportal_url = "https://portal.mapledental.example"\n\n'
        "[publishing]\nrequest_timeout_seconds = 2.0\n\n"
        f"{extra}\n"
        '[[accounts]]\nid = "page"\nchannel = "loopback-inbox"\nname = "Maple page"\n'
        f'base_url = "{base_url}"\n'
    )
    if quiet:
        text += (
            '\n[[accounts]]\nid = "quiet"\nchannel = "loopback-quiet"\nname = "Quiet"\n'
            f'base_url = "{base_url}"\n'
        )
    return text


def make_home(root: Path, network: InboxNetwork, *, extra: str = "", quiet: bool = False) -> Home:
    home = demo.create_home(root, "Maple Dental", "America/Chicago", login=OWNER, kind="test")
    home.config_path.write_text(practice_toml(network.base_url, extra=extra, quiet=quiet), "utf-8")
    write_secrets(
        home, {"page": {"access_token": "good-token"}, "quiet": {"access_token": "good-token"}}
    )
    practice = open_practice(home, extra_plugins=(inbox_reference,))
    try:
        staff.add(
            ActingAs(practice.store, OWNER),
            login=DESK,
            name="Sam Front",
            roles=frozenset({Role.AUTHOR}),
        )
        staff.add(
            ActingAs(practice.store, OWNER),
            login=DOCTOR,
            name="Anita Patel",
            roles=frozenset({Role.AUTHOR, Role.APPROVER}),
            is_provider=True,
            title="Dr.",
        )
    finally:
        practice.close()
    return home


def open_as(home: Home, login: str, monkeypatch) -> Practice:
    monkeypatch.setenv("MEDSOCIAL_USER", login)
    return open_practice(home, extra_plugins=(inbox_reference,))


def fetch(home: Home, **kw) -> inbox_fetch.FetchReport:
    """One in-process fetch (in a thread of its own, so async tests may call it too)."""
    from concurrent.futures import ThreadPoolExecutor

    def run() -> inbox_fetch.FetchReport:
        practice = open_practice(home, extra_plugins=(inbox_reference,))
        try:
            return asyncio.run(inbox_fetch.run(practice, **kw))
        finally:
            practice.close()

    with ThreadPoolExecutor(1) as pool:
        return pool.submit(run).result()


@pytest.fixture(autouse=True)
def acting(monkeypatch):
    monkeypatch.setenv("MEDSOCIAL_USER", OWNER)
    monkeypatch.setenv("MEDSOCIAL_PLUGINS", "")


@pytest.fixture
def network():
    with InboxNetwork() as api:
        yield api


@pytest.fixture
def home(tmp_path, network) -> Home:
    return make_home(tmp_path / "home", network)


@pytest.fixture
def entry_point_path(tmp_path_factory) -> Path:
    root = tmp_path_factory.mktemp("site")
    info = root / "medsocial_inbox_reference-1.0.dist-info"
    info.mkdir()
    (info / "METADATA").write_text(
        "Metadata-Version: 2.1\nName: medsocial-inbox-reference\nVersion: 1.0\n"
    )
    (info / "entry_points.txt").write_text(
        "[medsocial]\nloopback-inbox = medsocial_tui.testing.inbox_reference\n"
    )
    return root


def medsocial_exe() -> str:
    return str(Path(sys.executable).parent / "medsocial")


def run_cli(home: Home, site: Path, *args: str, login: str = OWNER, stdin: str | None = None):
    """``medsocial ARGS`` in this process (click's runner), with the loopback plugin."""
    return invoke(
        *args,
        home=home.root,
        login=login,
        env={"MEDSOCIAL_PLUGINS": "loopback-inbox"},
        stdin=stdin,
        site=site,
    )


def run_process(home: Home, site: Path, *args: str, login: str = OWNER):
    """The installed console script as a real process (a fetch installs signal handlers)."""
    return subprocess.run(
        [medsocial_exe(), *args],
        env=cli_env(home, site, login),
        capture_output=True,
        text=True,
        timeout=120,
    )


def cli_env(home: Home, site: Path, login: str = OWNER) -> dict[str, str]:
    return {
        **os.environ,
        "MEDSOCIAL_HOME": str(home.root),
        "MEDSOCIAL_USER": login,
        "MEDSOCIAL_PLUGINS": "loopback-inbox",
        "PYTHONPATH": str(site),
    }


def fetch_process(home: Home, site: Path, *args: str) -> subprocess.Popen[str]:
    return subprocess.Popen(
        [medsocial_exe(), "inbox", "fetch", *args],
        env=cli_env(home, site),
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
