"""The audit chain holds against someone with the database but not the key: re-hashing an
edited event, deleting the newest events, or dropping the triggers and rewriting are all
found, by `audit verify`, doctor and flush; the head also leaves the database."""

from __future__ import annotations

import hashlib
import json
import os
import socket
import stat
from pathlib import Path

import pytest

from medsocial_tui import clock
from medsocial_tui.errors import SecretsError
from medsocial_tui.home.practice import open_practice
from medsocial_tui.publishing import queue
from medsocial_tui.records import audit, audit_head, records_key
from medsocial_tui.store import open_store

from .conftest import as_, run_cli


def _untrigger(conn) -> None:
    conn.execute("DROP TRIGGER events_are_append_only_update")
    conn.execute("DROP TRIGGER events_are_append_only_delete")


def _audit_settings(home: Path, settings: str) -> None:
    config = home / "practice.toml"
    config.write_text(config.read_text().replace("[audit]\n", f"[audit]\n{settings}\n", 1))


def _add_post(practice) -> int:
    post = queue.create(
        as_(practice, "jreyes"), queue.Compose(text="Open late Thursday", accounts=["mastodon"])
    )
    return post.id


def test_the_key_is_private_and_events_are_keyed(practice, demo_home):
    key_file = demo_home / records_key.KEY_NAME
    assert stat.S_IMODE(key_file.stat().st_mode) == 0o600
    _add_post(practice)
    newest = practice.store.db.conn.execute("SELECT hash FROM events ORDER BY id DESC").fetchone()
    assert newest[0].startswith("hmac:")


def test_an_event_rehashed_without_the_key_is_found(practice):
    _add_post(practice)
    conn = practice.store.db.conn
    _untrigger(conn)
    event_id, prev, at, actor, action, stype, sid = conn.execute(
        "SELECT id, prev_hash, at, actor, action, subject_type, subject_id FROM events"
        " ORDER BY id DESC LIMIT 1"
    ).fetchone()
    details = json.dumps({"kind": "general"})
    guessed_key = b"x" * 32
    forged = "hmac:" + records_key.mac(
        guessed_key, "event", prev, at, "ppatel", action, f"{stype}:{sid}", details
    )
    conn.execute(
        "UPDATE events SET actor='ppatel', details=?, hash=? WHERE id=?",
        (details, forged, event_id),
    )
    conn.commit()
    check = audit.verify(practice.store.db)
    assert not check.ok and check.broken_at == event_id
    assert "edited" in check.problem


def test_an_event_rewritten_as_unkeyed_is_found(practice):
    _add_post(practice)
    conn = practice.store.db.conn
    _untrigger(conn)
    row = conn.execute(
        "SELECT id, prev_hash, at, actor, action, subject_type, subject_id, details FROM events"
        " ORDER BY id DESC LIMIT 1"
    ).fetchone()
    payload = "\x1f".join((row[1], row[2], "ppatel", row[4], f"{row[5]}:{row[6]}", row[7]))
    conn.execute(
        "UPDATE events SET actor='ppatel', hash=? WHERE id=?",
        (hashlib.sha256(payload.encode()).hexdigest(), row[0]),
    )
    conn.commit()
    check = audit.verify(practice.store.db)
    assert not check.ok and "unkeyed event after keyed ones" in check.problem


def test_deleting_the_newest_events_is_found_against_the_head_file(demo_home, tmp_path):
    head_file = tmp_path / "log" / "audit-head.log"
    head_file.parent.mkdir()
    _audit_settings(demo_home, f'head_file = "{head_file}"')
    practice = open_practice(demo_home)
    _add_post(practice)
    _add_post(practice)
    practice.close()
    recorded = json.loads(head_file.read_text().splitlines()[-1])
    assert recorded["home"] == str(demo_home)
    assert run_cli("audit", "verify", home=demo_home).returncode == 0
    practice = open_practice(demo_home)
    conn = practice.store.db.conn
    _untrigger(conn)
    conn.execute("DELETE FROM events WHERE id >= ?", (recorded["event"] - 1,))
    conn.commit()
    assert audit.verify(practice.store.db).ok, "the chain alone cannot tell"
    practice.store.close()
    result = run_cli("audit", "verify", home=demo_home)
    assert result.returncode == 12
    assert f"event {recorded['event']}" in result.stdout
    assert "the newest events were deleted" in result.stdout
    doctor = run_cli("doctor", home=demo_home)
    assert doctor.returncode == 1
    assert "FAIL  records: the audit chain is broken" in doctor.stdout


def test_deleting_the_newest_events_is_found_against_the_sealed_checkpoint(practice):
    _add_post(practice)
    first = audit_head.check(practice, incremental=True, advance=True)
    assert first.ok and first.checked > 0
    conn = practice.store.db.conn
    _untrigger(conn)
    conn.execute("DELETE FROM events WHERE id >= ?", (first.head_id,))
    conn.commit()
    check = audit.verify(practice.store.db, incremental=True)
    assert not check.ok and "is gone" in check.problem


def test_an_incremental_check_reads_only_what_is_new(practice):
    first = audit_head.check(practice, incremental=True, advance=True)
    _add_post(practice)
    second = audit.verify(practice.store.db, incremental=True)
    assert second.ok and second.from_id == first.head_id and second.checked == 1


def test_the_head_goes_to_syslog(demo_home, tmp_path):
    address = str(tmp_path / "log.sock")
    listener = socket.socket(socket.AF_UNIX, socket.SOCK_DGRAM)
    listener.bind(address)
    listener.settimeout(5)
    try:
        _audit_settings(demo_home, f'syslog = true\nsyslog_address = "{address}"')
        practice = open_practice(demo_home)
        _add_post(practice)
        event_id, digest = audit.head(practice.store.db)
        practice.close()
        message = listener.recv(4096).decode()
    finally:
        listener.close()
    assert "medsocial: audit head" in message
    assert f'"event": {event_id}' in message and digest in message


def test_a_legacy_chain_verifies_as_legacy_up_to_the_first_keyed_event(tmp_path):
    store = open_store(tmp_path / "medsocial.db", create=True)
    (tmp_path / records_key.KEY_NAME).unlink(missing_ok=True)
    prev = audit.GENESIS
    with store.write() as db:
        for n in range(3):
            at = clock.to_iso(clock.now())
            digest = audit._legacy_digest(prev, at, "old", "post.created", f"post:{n}", "{}")
            db.conn.execute(
                "INSERT INTO events (at, actor, action, subject_type, subject_id, details,"
                " prev_hash, hash) VALUES (?, 'old', 'post.created', 'post', ?, '{}', ?, ?)",
                (at, str(n), prev, digest),
            )
            prev = digest
    with store.write() as db:
        audit.record(db, "new", "post.created", "post", 9)
    assert (tmp_path / records_key.KEY_NAME).exists()
    check = audit.verify(store.db)
    assert check.ok and check.legacy_through == 3
    assert "events 1-3 predate the record key and verify as legacy" in check.in_words()
    store.close()


def test_a_missing_key_is_an_error_once_events_are_keyed(practice, demo_home):
    _add_post(practice)
    (demo_home / records_key.KEY_NAME).unlink()
    with pytest.raises(SecretsError, match="missing"):
        _add_post(practice)
    check = audit.verify(practice.store.db)
    assert not check.ok and "missing" in check.problem


def test_a_key_others_can_read_is_refused(practice, demo_home):
    os.chmod(demo_home / records_key.KEY_NAME, 0o644)
    with pytest.raises(SecretsError, match="can be read by other users") as caught:
        _add_post(practice)
    assert "chmod 600" in (caught.value.fix or "")


def test_audit_verify_says_the_chain_holds(demo_home: Path):
    result = run_cli("audit", "verify", "--json", home=demo_home)
    assert result.returncode == 0, result.stderr
    data = json.loads(result.stdout)
    assert data["ok"] and data["head_id"] > 10 and data["broken_at"] is None


def test_doctor_checks_the_records(demo_home: Path):
    result = run_cli("doctor", home=demo_home)
    assert "ok    records: the audit chain holds" in result.stdout
    assert "the chain's head is kept only in the database" in result.stdout


def test_a_deliberate_restore_is_anchored_by_an_admin(demo_home, tmp_path):
    head_file = tmp_path / "audit-head.log"
    _audit_settings(demo_home, f'head_file = "{head_file}"')
    backup = tmp_path / "backup.db"
    practice = open_practice(demo_home)
    practice.store.db.conn.execute(f"VACUUM INTO '{backup}'")
    _add_post(practice)
    practice.close()
    (demo_home / "medsocial.db").write_bytes(backup.read_bytes())
    assert run_cli("audit", "verify", home=demo_home).returncode == 12
    refused = run_cli("audit", "anchor", home=demo_home, login="jreyes")
    assert refused.returncode == 8
    anchored = run_cli("audit", "anchor", home=demo_home, login="ppatel")
    assert anchored.returncode == 0, anchored.stderr
    assert "matches the one recorded in" in anchored.stdout
    assert run_cli("audit", "verify", home=demo_home).returncode == 0
    again = run_cli("audit", "anchor", home=demo_home, login="ppatel")
    assert again.returncode == 10 and "nothing to do" in again.stderr
