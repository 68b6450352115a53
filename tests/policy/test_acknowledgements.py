"""Acknowledgements: the gate on composing, approving and replying, and who has not yet."""

from __future__ import annotations

import pytest

from medsocial_tui.errors import PermissionDenied
from medsocial_tui.models import Role
from medsocial_tui.publishing import queue
from medsocial_tui.records import audit, policy, staff
from medsocial_tui.records.acting import ActingAs
from medsocial_tui.records.staff import Action
from medsocial_tui.store import open_store

from .conftest import ADMIN


def _publish_new_version(store) -> policy.PolicyVersion:
    current = policy.current_version(store)
    draft = policy.create_draft(ActingAs(store, ADMIN), from_number=current.number)
    policy.set_section(ActingAs(store, ADMIN), draft.number, "training", "Twice a year.")
    return policy.publish(ActingAs(store, ADMIN), draft.number)


def test_a_new_hire_can_compose_only_after_acknowledging(store):
    version = policy.publish(ActingAs(store, ADMIN), policy.latest_draft(store).number)
    hire = staff.add(
        ActingAs(store, ADMIN), login="nia", name="Nia Park", roles=frozenset({Role.AUTHOR})
    )
    decision = staff.decide(store, hire, Action.COMPOSE)
    assert not decision.allowed
    assert f"acknowledge policy version {version.number}" in decision.reason
    assert "nia" in [m.login for m in policy.not_acknowledged(store)]
    policy.acknowledge(ActingAs(store, "nia"), hire.id, version.number)
    assert staff.decide(store, hire, Action.COMPOSE).allowed
    assert "nia" not in [m.login for m in policy.not_acknowledged(store)]


@pytest.mark.parametrize("action", [Action.COMPOSE, Action.APPROVE, Action.REPLY])
def test_the_gate_blocks_until_the_current_version_is_acknowledged(store, action):
    version = policy.publish(ActingAs(store, ADMIN), policy.latest_draft(store).number)
    me = staff.by_login(store, ADMIN)
    assert not staff.decide(store, me, action).allowed
    policy.acknowledge(ActingAs(store, ADMIN), me.id, version.number)
    assert staff.decide(store, me, action).allowed


def test_publishing_a_new_version_makes_everyone_acknowledge_again(store, author):
    first = policy.publish(ActingAs(store, ADMIN), policy.latest_draft(store).number)
    admin = staff.by_login(store, ADMIN)
    for member in (admin, author):
        policy.acknowledge(ActingAs(store, member.login), member.id, first.number)
    assert policy.not_acknowledged(store) == []
    second = _publish_new_version(store)
    assert {m.login for m in policy.not_acknowledged(store)} == {ADMIN, "sam"}
    reason = staff.decide(store, author, Action.COMPOSE).reason
    assert f"policy version {second.number}" in reason
    assert policy.acknowledged_at(store, author.id, first.number) is not None


def test_the_demo_author_who_has_not_acknowledged_cannot_compose_through_the_queue(demo_practice):
    demo_practice.login = "sokafor"
    account = demo_practice.config.accounts[0].id
    compose = queue.Compose(text="Open late Thursday.", accounts=[account])
    with pytest.raises(PermissionDenied, match="acknowledge policy version 1"):
        queue.create(demo_practice, compose)


def test_each_person_acknowledges_only_for_themself(store, author):
    version = policy.publish(ActingAs(store, ADMIN), policy.latest_draft(store).number)
    with pytest.raises(PermissionDenied, match="for themself"):
        policy.acknowledge(ActingAs(store, ADMIN), author.id, version.number)


def test_a_draft_cannot_be_acknowledged(store, author):
    draft = policy.latest_draft(store)
    with pytest.raises(Exception, match="not published"):
        policy.acknowledge(ActingAs(store, "sam"), author.id, draft.number)


def test_acknowledging_twice_records_once(store, author):
    version = policy.publish(ActingAs(store, ADMIN), policy.latest_draft(store).number)
    assert policy.acknowledge(ActingAs(store, "sam"), author.id, version.number) is True
    assert policy.acknowledge(ActingAs(store, "sam"), author.id, version.number) is False
    acks = [e for e in audit.recent(store.db) if e.action == "policy.acknowledged"]
    assert len(acks) == 1


def test_the_current_version_is_read_once_while_nothing_changes(store):
    """Every action that needs an acknowledgement asks (the app asked seven times before its
    first frame, for the signed-in person and each approver): one read answers them all until
    the data changes, here or in another process."""
    version = policy.publish(ActingAs(store, ADMIN), policy.latest_draft(store).number)
    hire = staff.add(
        ActingAs(store, ADMIN), login="nia", name="Nia Park", roles=frozenset({Role.AUTHOR})
    )
    statements: list[str] = []
    store.db.conn.set_trace_callback(statements.append)
    try:
        for member in (hire, staff.by_login(store, ADMIN), hire):
            policy.unacknowledged_version(store, member.id)
        assert len([s for s in statements if "policy_versions" in s]) == 1
        assert policy.unacknowledged_version(store, hire.id) == version
        other = open_store(store.path)  # another process acknowledges
        try:
            policy.acknowledge(ActingAs(other, "nia"), hire.id, version.number)
        finally:
            other.close()
        assert policy.unacknowledged_version(store, hire.id) is None
    finally:
        store.db.conn.set_trace_callback(None)
