"""A demo practice for driving the app with Pilot, acting as a chosen staff member, at a
pinned time (Friday 27 Nov 2026, 09:00 in the practice's Chicago timezone).

Read-only looks at what screens show (``seen_once``) share one app start-up per module: the
start-up (build the app, compose, render) is most of a TUI test's CPU."""

from __future__ import annotations

import uuid
from collections.abc import Awaitable, Callable, Hashable, Sequence
from typing import Any

import pytest
from textual.pilot import Pilot

from medsocial_tui import clock
from medsocial_tui.home import demo
from medsocial_tui.home.practice import open_practice
from medsocial_tui.tui.app import create_app
from medsocial_tui.tui.pilot import settle

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


Look = Callable[[Pilot[Any], Any], Awaitable[Any]]


@pytest.fixture(scope="module")
def _looks_taken() -> dict[tuple[object, ...], dict[Hashable, Any]]:
    return {}


@pytest.fixture
def seen_once(_looks_taken, tmp_path_factory):
    """``await seen_once(login, cases, look, case)``: what ``look(pilot, case)`` returned,
    taken for every case in turn on one app started as ``login`` (the first test of the
    module to ask starts it; the others read what it saw). Each look starts on the queue, as
    a new app does (the screens a look opened are closed after it), and must only read:
    a look that raised raises again in its own case's test, so each case fails alone and by
    its parameter id."""

    async def seen(
        login: str,
        cases: Sequence[Hashable],
        look: Look,
        case: Hashable,
        *,
        size: tuple[int, int] = (80, 24),
        plugins: str = "manual,mastodon",
    ) -> Any:
        key = (login, look, tuple(cases), size, plugins)
        taken = _looks_taken.get(key)
        if taken is None:
            home = tmp_path_factory.mktemp("looks") / "demo"
            taken = _looks_taken[key] = await _take_looks(home, login, cases, look, size, plugins)
        found = taken[case]
        if isinstance(found, BaseException):
            raise found
        return found

    return seen


async def each_look(pilot: Pilot[Any], look: Callable[[Pilot[Any]], Awaitable[Any]]) -> Any:
    """For ``seen_once`` when each case is a look of its own: ``look(pilot)``."""
    return await look(pilot)


_one_app_groups: dict[tuple[str, str], list[Callable[..., Any]]] = {}


def one_app(login: str) -> Callable[[Callable[..., Any]], Callable[..., Any]]:
    """``@one_app("jreyes")`` on ``async def test_...(pilot)``: a test that only reads what
    the app shows, driven as ``login`` on one app shared by every test of its module marked
    for the same login (through ``seen_once``, in the order they are written). The test
    starts on the queue, as with an app of its own, and fails alone, by its own name."""

    def mark(look: Callable[..., Any]) -> Callable[..., Any]:
        group = _one_app_groups.setdefault((look.__module__, login), [])
        group.append(look)

        async def test(seen_once: Any) -> None:
            await seen_once(login, group, each_look, look)

        # not functools.wraps: pytest would read the look's own arguments as fixtures
        for name in ("__name__", "__qualname__", "__doc__", "__module__"):
            setattr(test, name, getattr(look, name))
        return test

    return mark


async def _take_looks(home, login, cases, look, size, plugins) -> dict[Hashable, Any]:
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("MEDSOCIAL_USER", "jreyes")  # the demo every TUI test starts from
        patch.setenv("MEDSOCIAL_PLUGINS", plugins)
        demo.build(home, login="jreyes")
        patch.setenv("MEDSOCIAL_USER", login)
        practice = open_practice(home)
        taken: dict[Hashable, Any] = {}
        try:
            app = create_app(practice=practice)
            async with app.run_test(size=size) as pilot:
                for case in cases:
                    await settle(pilot)
                    try:
                        taken[case] = await look(pilot, case)
                    except Exception as error:  # noqa: BLE001 - raised again in its own test
                        taken[case] = error
                    while len(app.screen_stack) > 1:
                        await app.pop_screen()
                    # a later look's "in notices(app)" must not pass on this look's notice
                    app.clear_notifications()
        except Exception as error:  # noqa: BLE001 - the app itself failed (run_test re-raises)
            # the case that crashed it and those not reached fail alone, with the app's error,
            # instead of every test of the group starting the app again and failing the same
            for case in cases:
                taken.setdefault(case, error)
        finally:
            practice.close()
    return taken
