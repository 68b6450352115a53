"""A practice whose accounts point at the loopback reference network, with posts due now.

Flush runs either in-process (``run_flush``) or as the real ``medsocial flush`` subprocess
(``flush_process``), which finds the reference channel through a real entry point."""

from __future__ import annotations

import asyncio
import os
import subprocess
import sys
from pathlib import Path

import pytest

from medsocial_tui import clock
from medsocial_tui.home import demo
from medsocial_tui.home.config import Home, write_secrets
from medsocial_tui.home.practice import Practice, open_practice
from medsocial_tui.publishing import queue
from medsocial_tui.publishing.flush import FlushReport, run
from medsocial_tui.testing import reference
from medsocial_tui.testing.reference import ReferenceNetwork
from medsocial_tui.testing.transitions import state_machine_watch  # noqa: F401 - autouse

LOGIN = "frontdesk"


def practice_toml(
    base_url: str,
    accounts: int,
    *,
    lease: int = 600,
    grace: int = 0,
    timeout: float = 2.0,
    channels: tuple[str, ...] = ("loopback",),
    recheck: float = 0.05,
    busy: float = 30.0,
) -> str:
    """Accounts ``page-0``... on the loopback network, their channels taken in turn from
    ``channels``."""
    text = (
        '[practice]\nname = "Loopback Dental"\ntimezone = "America/Chicago"\n'
        "one_person_practice = true\n\n"
        f"[publishing]\nlease_seconds = {lease}\nreconcile_grace_seconds = {grace}\n"
        f"request_timeout_seconds = {timeout}\nreconcile_recheck_seconds = {recheck}\n"
        f"\n[database]\nbusy_timeout_seconds = {busy}\n"
    )
    for i in range(accounts):
        text += (
            f'\n[[accounts]]\nid = "page-{i}"\nchannel = "{channels[i % len(channels)]}"\n'
            f'name = "Page {i}"\n'
            f'base_url = "{base_url}"\n'
        )
    return text


def make_home(
    root: Path, network: ReferenceNetwork, *, accounts: int = 2, posts: int = 3, **settings
) -> Home:
    home = demo.create_home(root, "Loopback Dental", "America/Chicago", login=LOGIN, kind="test")
    home.config_path.write_text(practice_toml(network.base_url, accounts, **settings), "utf-8")
    write_secrets(home, {f"page-{i}": {"access_token": "good-token"} for i in range(accounts)})
    practice = open_practice(home, extra_plugins=(reference,))
    try:
        for n in range(posts):
            add_due_post(practice, f"Post number {n}: flu shots all week.", accounts)
    finally:
        practice.close()
    return home


def add_due_post(practice: Practice, text: str, accounts: int) -> int:
    post = queue.create(
        practice,
        queue.Compose(
            text=text, accounts=[f"page-{i}" for i in range(accounts)], scheduled_at=clock.now()
        ),
    )
    queue.submit(practice, post.id)
    return queue.approve(practice, post.id).id


def open_with_reference(home: Home) -> Practice:
    return open_practice(home, extra_plugins=(reference,), plugins=None)


def run_flush(home: Home) -> FlushReport:
    practice = open_practice(home, extra_plugins=(reference,))
    try:
        return asyncio.run(run(practice))
    finally:
        practice.close()


def states(home: Home) -> dict[int, str]:
    practice = open_practice(home, extra_plugins=(reference,))
    try:
        return {
            r["id"]: r["state"] for r in practice.store.query("SELECT id, state FROM deliveries")
        }
    finally:
        practice.close()


@pytest.fixture(autouse=True)
def acting(monkeypatch):
    """Acting as the front desk; a practice opened in this process loads medsocial's own
    plugins and the reference channel it is given, not the installed network plugins that
    these homes have no account on (registering them was a sixth of each open)."""
    monkeypatch.setenv("MEDSOCIAL_USER", LOGIN)
    monkeypatch.setenv("MEDSOCIAL_PLUGINS", "")


@pytest.fixture
def network():
    with ReferenceNetwork() as api:
        yield api


@pytest.fixture
def entry_point_path(tmp_path_factory) -> Path:
    """A folder with a dist-info declaring the reference channel under the `medsocial` group,
    so a `medsocial flush` subprocess finds it exactly as it finds an installed plugin."""
    root = tmp_path_factory.mktemp("site")
    info = root / "medsocial_reference-1.0.dist-info"
    info.mkdir()
    (info / "METADATA").write_text(
        "Metadata-Version: 2.1\nName: medsocial-reference\nVersion: 1.0\n"
    )
    (info / "entry_points.txt").write_text(
        "[medsocial]\nloopback = medsocial_tui.testing.reference\n"
    )
    return root


def flush_env(home: Home, site: Path, **extra: str) -> dict[str, str]:
    """The environment of a ``medsocial flush`` subprocess: the reference channel found
    through its entry point, and only it (as the inbox tests do with theirs). Loading the nine
    installed network plugins, which these homes have no account on, took a third of each
    process's CPU; medsocial's own plugins load whatever ``MEDSOCIAL_PLUGINS`` says, and the
    real plugins run in real flush processes in tests/plugins/test_busy_pages.py."""
    env = {
        **os.environ,
        "MEDSOCIAL_HOME": str(home.root),
        "MEDSOCIAL_USER": LOGIN,
        "MEDSOCIAL_PLUGINS": "loopback",
        "PYTHONPATH": str(site),
        **extra,
    }
    return env


def medsocial_exe() -> str:
    """The real console script of this environment."""
    return str(Path(sys.executable).parent / "medsocial")


def flush_process(home: Home, site: Path, *args: str, **extra: str) -> subprocess.Popen[str]:
    return subprocess.Popen(
        [medsocial_exe(), "flush", *args],
        env=flush_env(home, site, **extra),
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
