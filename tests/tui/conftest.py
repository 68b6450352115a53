"""A demo practice for driving the app with Pilot, acting as a chosen staff member, at a
pinned time (Friday 27 Nov 2026, 09:00 in the practice's Chicago timezone)."""

from __future__ import annotations

import uuid

import pytest

from medsocial_tui import clock
from medsocial_tui.home import demo
from medsocial_tui.home.practice import open_practice

NOW = "2026-11-27T15:00:00Z"


@pytest.fixture(autouse=True)
def pinned_time(monkeypatch):
    monkeypatch.setenv("MEDSOCIAL_NOW", NOW)


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


def add_published_posts(practice, count: int) -> None:
    """Many old published posts, inserted directly (the queue's history), for paging."""
    now = clock.now()
    with practice.store.write() as db:
        for n in range(count):
            when = clock.to_iso(now.replace(year=2025).replace(microsecond=n))
            post_id = db.conn.execute(
                "INSERT INTO posts (kind, text, author, status, scheduled_at, created_at,"
                " updated_at) VALUES ('general', ?, 'jreyes', 'approved', ?, ?, ?)",
                (f"Archive post {n}", when, when, when),
            ).lastrowid
            db.conn.execute(
                "INSERT INTO deliveries (post_id, account_id, state, scheduled_at,"
                " idempotency_key, updated_at) VALUES (?, 'mastodon', 'published', ?, ?, ?)",
                (post_id, when, uuid.uuid4().hex, when),
            )
