"""Every flush checks the audit chain from its sealed checkpoint: a broken chain is said in
words and in the exit code (12), and what carries a sealed, matching approval still goes
out (docs/flush.md says why)."""

from __future__ import annotations

import json

from medsocial_tui.records import audit

from .conftest import flush_process, make_home, open_with_reference, run_flush, states


def test_flush_checks_the_chain_and_seals_a_checkpoint(tmp_path, network):
    home = make_home(tmp_path / "h", network, accounts=1, posts=1)
    first = run_flush(home)
    assert first.records is not None and first.records.ok and first.exit_code == 0
    second = run_flush(home)
    assert second.records.ok and second.records.from_id == first.records.head_id
    assert second.records.checked < first.records.checked


def test_a_broken_chain_is_said_in_words_and_exit_code_and_approved_posts_still_go(
    tmp_path, network, entry_point_path
):
    home = make_home(tmp_path / "h", network, accounts=1, posts=1)
    practice = open_with_reference(home)
    conn = practice.store.db.conn
    conn.execute("DROP TRIGGER events_are_append_only_update")
    conn.execute("UPDATE events SET actor='someone else' WHERE id=2")
    conn.commit()
    practice.store.close()
    proc = flush_process(home, entry_point_path)
    out, err = proc.communicate(timeout=60)
    assert proc.returncode == 12, err
    assert "records: the audit chain is broken at event 2" in out
    assert "medsocial audit verify" in out
    assert set(states(home).values()) == {"published"}
    proc = flush_process(home, entry_point_path, "--json")
    out, _ = proc.communicate(timeout=60)
    assert proc.returncode == 12
    assert json.loads(out)["records"]["broken_at"] == 2


def test_each_claim_and_outcome_is_in_the_chain(tmp_path, network):
    home = make_home(tmp_path / "h", network, accounts=1, posts=1)
    run_flush(home)
    practice = open_with_reference(home)
    actions = [e.action for e in audit.recent(practice.store.db, limit=5)]
    practice.close()
    assert actions[:2] == ["delivery.published", "delivery.claimed"]


def test_without_the_record_key_nothing_is_sent(tmp_path, network, entry_point_path):
    home = make_home(tmp_path / "h", network, accounts=1, posts=1)
    (home.root / "audit.key").unlink()
    proc = flush_process(home, entry_point_path)
    out, err = proc.communicate(timeout=60)
    assert proc.returncode == 12, err
    assert "record key audit.key is missing" in out
    assert network.calls("POST") == []
    assert set(states(home).values()) == {"scheduled"}
