"""Fixtures for the records tests: a real demo practice home in tmp_path, acting as a login,
and the real ``medsocial`` console script."""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest

from medsocial_tui.home import demo
from medsocial_tui.home.practice import Practice, open_practice
from medsocial_tui.testing.cli import invoke

LOGIN = "frontdesk"


@pytest.fixture(autouse=True)
def acting(monkeypatch):
    monkeypatch.setenv("MEDSOCIAL_USER", LOGIN)


@pytest.fixture
def demo_home(tmp_path: Path) -> Path:
    return demo.build(tmp_path / "demo", login=LOGIN).root


@pytest.fixture
def practice(demo_home: Path):
    opened = open_practice(demo_home)
    yield opened
    opened.close()


def as_(practice: Practice, login: str) -> Practice:
    practice.login = login
    return practice


def run_cli(*args: str, home: Path, login: str = LOGIN) -> subprocess.CompletedProcess[str]:
    """``medsocial ARGS`` in this process (click's runner)."""
    return invoke(*args, home=home, login=login)
