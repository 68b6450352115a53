"""Flush's writer gathers a transaction's audit events and writes them in one statement just
before it commits: the chain they make is the chain one event at a time would make, a guess
gone stale falls back to chaining each on the real head, and a piece of work that fails
takes only its own events with it. The record key is read once per transaction, when first
asked for, and a key gone still stops the first write that needs it."""

from __future__ import annotations

from pathlib import Path

import pytest

from medsocial_tui import clock
from medsocial_tui.errors import SecretsError
from medsocial_tui.records import audit, records_key
from medsocial_tui.store import open_store


def _events(store) -> list[tuple[str, str]]:
    return store.db.conn.execute("SELECT action, subject_id FROM events ORDER BY id").fetchall()


def _inserts(store) -> list[str]:
    seen: list[str] = []
    store.db.conn.set_trace_callback(
        lambda sql: seen.append(sql) if sql.startswith("INSERT INTO events") else None
    )
    return seen


def _record(db, action: str, n: int) -> None:
    audit.record_at(db, clock.to_iso(clock.now()), ("test", action, "post", n), n=n)


@pytest.fixture
def store(tmp_path: Path):
    opened = open_store(tmp_path / "medsocial.db", create=True)
    yield opened
    opened.close()


def test_gathered_events_are_written_once_at_the_end_and_chain_as_one_by_one(store):
    with store.write() as db:
        _record(db, "post.created", 0)  # the connection knows the chain's head from here
    before = len(_events(store))
    inserts = _inserts(store)
    with store.write() as db, audit.gathering(db):
        for n in range(1, 6):
            _record(db, "post.created", n)
        assert len(_events(store)) == before  # nothing written yet
    assert len(inserts) == 1
    assert _events(store)[-5:] == [("post.created", str(n)) for n in range(1, 6)]
    assert audit.verify(store.db).ok


def test_more_events_than_one_statement_takes_go_in_order(store):
    inserts = _inserts(store)
    with store.write() as db, audit.gathering(db):
        for n in range(audit.GATHERED_ROWS * 2 + 3):
            _record(db, "post.created", n)
    assert len(inserts) == 3
    assert [int(s) for _, s in _events(store)][-(audit.GATHERED_ROWS * 2 + 3) :] == list(
        range(audit.GATHERED_ROWS * 2 + 3)
    )
    assert audit.verify(store.db).ok


def test_a_stale_guess_is_chained_again_on_the_real_head(store, tmp_path):
    with store.write() as db:
        _record(db, "post.created", 0)
    other = open_store(tmp_path / "medsocial.db")
    try:
        with other.write() as db:  # another process appends: this connection's guess is stale
            _record(db, "post.edited", 0)
    finally:
        other.close()
    with store.write() as db, audit.gathering(db):
        for n in range(1, 4):
            _record(db, "post.created", n)
    assert _events(store)[-4:] == [("post.edited", "0")] + [
        ("post.created", str(n)) for n in range(1, 4)
    ]
    assert audit.verify(store.db).ok


def test_work_that_fails_inside_drops_only_its_own_events(store):
    with store.write() as db, audit.gathering(db):
        with audit.gathering(db):
            _record(db, "post.created", 1)
        with pytest.raises(ValueError), audit.gathering(db):
            _record(db, "post.created", 2)
            raise ValueError("undone")
        with audit.gathering(db):
            _record(db, "post.created", 3)
    assert [s for _, s in _events(store)][-2:] == ["1", "3"]
    assert "2" not in [s for _, s in _events(store)]
    assert audit.verify(store.db).ok


def test_a_transaction_that_fails_writes_none_and_the_next_chains_on(store):
    with pytest.raises(ValueError), store.write() as db, audit.gathering(db):
        _record(db, "post.created", 1)
        raise ValueError("rolled back")
    with store.write() as db, audit.gathering(db):
        _record(db, "post.created", 2)
    assert "1" not in [s for _, s in _events(store)]
    assert _events(store)[-1] == ("post.created", "2")
    assert audit.verify(store.db).ok


def test_the_key_is_read_once_per_piece_of_work_and_only_when_asked(store, monkeypatch):
    reads: list[Path] = []
    real = records_key.read_key

    def counted(path: Path) -> bytes | None:
        reads.append(path)
        return real(path)

    monkeypatch.setattr(records_key, "read_key", counted)
    with store.write() as db, records_key.read_once(db):
        pass
    assert reads == []
    with store.write() as db, records_key.read_once(db):
        for n in range(3):
            _record(db, "post.created", n)
        with records_key.held(db):
            _record(db, "post.created", 3)
    assert len(reads) == 1
    with store.write() as db:
        _record(db, "post.created", 4)
        _record(db, "post.created", 5)
    assert len(reads) == 3  # outside, each event looks at the file, as before


def test_a_key_gone_stops_the_first_write_that_needs_it(store, tmp_path):
    with store.write() as db:
        _record(db, "post.created", 0)
    (tmp_path / records_key.KEY_NAME).unlink()
    with pytest.raises(SecretsError, match="missing"), store.write() as db:
        with records_key.read_once(db), audit.gathering(db):
            _record(db, "post.created", 1)
    assert "1" not in [s for _, s in _events(store)]


@pytest.mark.parametrize(
    "details",
    [
        {},
        {"attempt": "0123456789abcdef0123456789abcdef"},
        {"kind": "", "attempt": "a1"},
        {"b": 1, "a": [1, 2.5, None, True], "c": {"z": 'é\n\u2028"\\', "y": float("inf")}},
        {"when": Path("media/x.png"), "n": 10**30},
    ],
    ids=["none", "attempt", "two-unsorted", "nested", "default-str"],
)
def test_an_event_s_details_are_written_as_json_dumps_writes_them(store, details):
    import json

    with store.write() as db:
        audit.record_at(
            db, clock.to_iso(clock.now()), ("test", "post.marked", "post", 1), **details
        )
    (written,) = store.db.conn.execute("SELECT details FROM events").fetchone()
    assert written == json.dumps(details, sort_keys=True, default=str)
    assert audit.verify(store.db).ok
