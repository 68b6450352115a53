"""Watch every change of state a test makes, whoever makes it, and check it against the table.

:func:`watch` adds SQLite triggers to a practice database that write down each delivery's
and each post's change of state (old, new) in a side table, so a hand-written UPDATE, a
``flush`` subprocess or a plugin that bypasses :func:`medsocial_tui.publishing.states.move` is seen as
well. :func:`unlisted` then names the changes the state machine does not list, and
:func:`out_of_step` the posts whose stored status disagrees with their deliveries.

Test support only: nothing in the product calls this.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from contextlib import closing
from pathlib import Path
from typing import Any

import pytest

from medsocial_tui.publishing import states

TABLE = "_test_state_changes"

_SQL = f"""
CREATE TABLE IF NOT EXISTS {TABLE} (kind TEXT NOT NULL, old TEXT NOT NULL, new TEXT NOT NULL);
CREATE TRIGGER IF NOT EXISTS _test_delivery_moved AFTER UPDATE OF state ON deliveries
WHEN OLD.state IS NOT NEW.state
BEGIN INSERT INTO {TABLE} VALUES ('delivery', OLD.state, NEW.state); END;
CREATE TRIGGER IF NOT EXISTS _test_post_moved AFTER UPDATE OF status ON posts
WHEN OLD.status IS NOT NEW.status
BEGIN INSERT INTO {TABLE} VALUES ('post', OLD.status, NEW.status); END;
"""


def watch(conn: sqlite3.Connection) -> bool:
    """Add the triggers (once); False when the database cannot take them (not migrated yet,
    read-only, busy): that database is then simply not watched."""
    try:
        tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
        if not {"deliveries", "posts"} <= tables:
            return False
        if conn.in_transaction:
            return False
        conn.executescript(_SQL)
        return True
    except sqlite3.Error:
        return False


def _read(path: Path, sql: str) -> list[tuple[Any, ...]]:
    if not path.exists():
        return []
    try:
        with closing(sqlite3.connect(f"{path.as_uri()}?mode=ro", uri=True, timeout=30)) as conn:
            return [tuple(r) for r in conn.execute(sql)]
    except sqlite3.Error:
        return []


def seen(path: Path) -> set[tuple[str, str, str]]:
    """Every (kind, old, new) change of state written down in the database at ``path``."""
    return {(k, o, n) for k, o, n in _read(path, f"SELECT DISTINCT kind, old, new FROM {TABLE}")}


def listed(kind: str, old: str, new: str) -> bool:
    """Whether the table lists this change (a state it does not know is never listed)."""
    try:
        if kind == "delivery":
            return states.can_move(old, new)
        return states.PostStatus(new) in states.POST_TRANSITIONS[states.PostStatus(old)]
    except ValueError:
        return False


def unlisted(changes: set[tuple[str, str, str]]) -> list[str]:
    """The changes the state machine does not list, in words."""
    return sorted(f"{k}: {o} -> {n}" for k, o, n in changes if not listed(k, o, n))


def out_of_step(path: Path) -> Iterator[str]:
    """Posts whose stored status is not what their deliveries say."""
    statuses: dict[Any, str] = {r[0]: r[1] for r in _read(path, "SELECT id, status FROM posts")}
    by_post: dict[Any, list[str]] = {}
    for post_id, state in _read(path, "SELECT post_id, state FROM deliveries"):
        by_post.setdefault(post_id, []).append(state)
    for post_id, status in statuses.items():
        derived = states.post_status_of(by_post.get(post_id, []))
        if derived is not None and derived != status:
            yield f"post {post_id} is {status} but its deliveries say {derived.value}"


def watch_every_store(monkeypatch: pytest.MonkeyPatch) -> list[Path]:
    """Make every store opened (and migrated) in this process watched; the paths watched.
    For a pytest fixture: ``paths = watch_every_store(monkeypatch)``, then after the test
    ``assert not problems(paths)``."""
    from medsocial_tui import store as store_module

    watched: list[Path] = []
    original = store_module.apply_migrations

    def applying(store: store_module.Store) -> None:
        original(store)
        if watch(store.db.conn) and store.path not in watched:
            watched.append(store.path)

    monkeypatch.setattr(store_module, "apply_migrations", applying)
    return watched


def problems(paths: list[Path]) -> list[str]:
    """Unlisted changes of state and posts out of step, in every watched database."""
    found: list[str] = []
    for path in paths:
        found += [f"{path.name}: {words}" for words in unlisted(seen(path))]
        found += [f"{path.name}: {words}" for words in out_of_step(path)]
    return found


@pytest.fixture(autouse=True)
def state_machine_watch(
    request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch
) -> Iterator[list[Path]]:
    """Every change of state a test makes, in process or in a flush subprocess, must be one
    the state machine lists, and every post's status what its deliveries say. A conftest
    imports this to turn it on for its tests; tests marked ``tampers`` write states into the
    database by hand (as damage would) and are not checked."""
    watched = watch_every_store(monkeypatch)
    yield watched
    if request.node.get_closest_marker("tampers") is None:
        assert not problems(watched)
