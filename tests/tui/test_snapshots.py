"""What a person sees, pinned as SVG snapshots at 80x24 and at 120x40, with the clock and
the signed-in person fixed so the pictures only change when the app does."""

from __future__ import annotations

import pytest

from medsocial_tui import demo
from medsocial_tui.practice import open_practice
from medsocial_tui.tui.app import create_app

NOW = "2026-11-27T15:00:00.000000Z"


@pytest.fixture
def pinned_practice(tmp_path, monkeypatch):
    monkeypatch.setenv("MEDSOCIAL_NOW", NOW)
    monkeypatch.setenv("MEDSOCIAL_USER", "jreyes")
    monkeypatch.setenv("MEDSOCIAL_PLUGINS", "manual,mastodon")
    monkeypatch.setenv("TEXTUAL_ANIMATIONS", "none")
    home = demo.build(tmp_path / "demo", login="jreyes")
    practice = open_practice(home.root)
    yield practice
    practice.close()


@pytest.mark.parametrize("size", [(80, 24), (120, 40)])
def test_queue_snapshot(snap_compare, pinned_practice, size):
    assert snap_compare(create_app(practice=pinned_practice), terminal_size=size)


def test_calendar_snapshot(snap_compare, pinned_practice):
    assert snap_compare(create_app(practice=pinned_practice), press=["c"], terminal_size=(80, 24))


def test_help_snapshot(snap_compare, pinned_practice):
    assert snap_compare(
        create_app(practice=pinned_practice), press=["question_mark"], terminal_size=(80, 24)
    )
