"""Fixtures for the policy-records tests: a fresh practice with one admin, and the demo."""

from __future__ import annotations

from pathlib import Path

import pytest

from medsocial_tui.home import demo
from medsocial_tui.home.practice import Practice, open_practice
from medsocial_tui.models import Role
from medsocial_tui.records import staff
from medsocial_tui.records.acting import ActingAs
from medsocial_tui.store import Store, open_store

ADMIN = "olivia"
NOW = "2026-06-15T15:00:00Z"


@pytest.fixture
def store(tmp_path: Path, monkeypatch) -> Store:
    """A new practice: Olivia (admin) and a first draft from the template; nothing published."""
    monkeypatch.setenv("MEDSOCIAL_USER", ADMIN)
    monkeypatch.setenv("MEDSOCIAL_NOW", NOW)
    home = demo.create_home(
        tmp_path / "home", "Oak Dental", "America/Chicago", login=ADMIN, kind="test"
    )
    opened = open_store(home.database_path)
    yield opened
    opened.close()


@pytest.fixture
def author(store: Store):
    return staff.add(
        ActingAs(store, ADMIN), login="sam", name="Sam Okafor", roles=frozenset({Role.AUTHOR})
    )


@pytest.fixture
def demo_practice(tmp_path: Path, monkeypatch) -> Practice:
    """The demo practice, acting as Linda Brooks (office manager, admin)."""
    monkeypatch.setenv("MEDSOCIAL_USER", "lbrooks")
    home = demo.build(tmp_path / "demo", login="lbrooks")
    practice = open_practice(home)
    yield practice
    practice.close()
