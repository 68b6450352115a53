"""Fixtures for the foundation tests: real practice homes in tmp_path, acting as a login."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from medsocial_tui import demo
from medsocial_tui.practice import Practice, open_practice

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


@pytest.fixture(autouse=True)
def state_machine_watch(request, monkeypatch):
    """Every change of state any test here makes, in process or in a flush subprocess, must
    be one the state machine lists, and every post's status what its deliveries say (tests
    marked ``tampers`` write states into the database by hand, as damage would)."""
    from medsocial_tui.testing import transitions

    watched = transitions.watch_every_store(monkeypatch)
    yield watched
    if request.node.get_closest_marker("tampers") is None:
        assert not transitions.problems(watched)
