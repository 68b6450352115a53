"""Fixtures for the foundation tests: real practice homes in tmp_path, acting as a login."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from medsocial_tui.home import demo
from medsocial_tui.home.practice import Practice, open_practice
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
    """Run the real `medsocial` console script in a subprocess."""
    full_env = {**os.environ, **(env or {})}
    if home is not None:
        full_env["MEDSOCIAL_HOME"] = str(home)
    exe = Path(sys.executable).parent / "medsocial"
    return subprocess.run(
        [str(exe), *args], capture_output=True, text=True, env=full_env, input=stdin, timeout=60
    )
