"""Fixtures for the foundation tests: real practice homes in tmp_path, acting as a login."""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest

from medsocial_tui.home import demo
from medsocial_tui.home.practice import Practice, open_practice
from medsocial_tui.testing.cli import installs_signal_handlers, invoke, run_process
from medsocial_tui.testing.transitions import state_machine_watch  # noqa: F401 - autouse

LOGIN = "frontdesk"


@pytest.fixture
def as_login(monkeypatch):
    def act(login: str) -> None:
        monkeypatch.setenv("MEDSOCIAL_USER", login)

    act(LOGIN)
    return act


@pytest.fixture
def demo_home(tmp_path: Path, as_login) -> Path:
    return demo.build(tmp_path / "demo", login=LOGIN).root


@pytest.fixture
def demo_practice(demo_home: Path):
    practice = open_practice(demo_home)
    yield practice
    practice.close()


def switch(practice: Practice, login: str) -> Practice:
    practice.login = login
    return practice


def run_cli(
    *args: str,
    home: Path | None = None,
    env: dict[str, str] | None = None,
    stdin: str | None = None,
) -> subprocess.CompletedProcess[str]:
    """``medsocial ARGS`` in this process (click's runner); flush runs as a real process."""
    if installs_signal_handlers(args):
        return run_real(*args, home=home, env=env, stdin=stdin)
    return invoke(*args, home=home, env=env, stdin=stdin)


def run_real(
    *args: str,
    home: Path | None = None,
    env: dict[str, str] | None = None,
    stdin: str | None = None,
) -> subprocess.CompletedProcess[str]:
    """Run the real `medsocial` console script in a subprocess."""
    return run_process(*args, home=home, env=env, stdin=stdin)
