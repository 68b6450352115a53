"""A demo practice for driving the app with Pilot, acting as a chosen staff member."""

from __future__ import annotations

import pytest

from medsocial_tui import demo
from medsocial_tui.practice import open_practice


@pytest.fixture
def demo_home(tmp_path, monkeypatch):
    monkeypatch.setenv("MEDSOCIAL_USER", "jreyes")
    monkeypatch.setenv("MEDSOCIAL_PLUGINS", "manual,mastodon")
    return demo.build(tmp_path / "demo", login="jreyes").root


@pytest.fixture
def practice_as(demo_home, monkeypatch):
    opened = []

    def open_as(login: str):
        monkeypatch.setenv("MEDSOCIAL_USER", login)
        practice = open_practice(demo_home)
        opened.append(practice)
        return practice

    yield open_as
    for practice in opened:
        practice.close()
