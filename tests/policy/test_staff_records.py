"""Staff, training and audit notes: admins manage them, history stays, and no patient
information gets in."""

from __future__ import annotations

from datetime import date

import pytest

from medsocial_tui.errors import ComplianceBlocked, InvalidTransition, PermissionDenied
from medsocial_tui.models import Role
from medsocial_tui.records import audit, audit_notes, policy, staff, training
from medsocial_tui.records.acting import ActingAs
from medsocial_tui.records.staff import Action

from .conftest import ADMIN


def test_a_deactivated_person_cannot_act_and_their_history_stays(store, author):
    version = policy.publish(ActingAs(store, ADMIN), policy.latest_draft(store).number)
    policy.acknowledge(ActingAs(store, "sam"), author.id, version.number)
    training.record(ActingAs(store, ADMIN), "sam", completed_on=date(2026, 1, 5))
    staff.deactivate(ActingAs(store, ADMIN), "sam")
    gone = staff.by_login(store, "sam")
    assert not gone.active
    assert "deactivated" in staff.decide(store, gone, Action.COMPOSE).reason
    assert [m.login for m in staff.everyone(store, include_inactive=True)].count("sam") == 1
    assert policy.acknowledged_at(store, gone.id, version.number)
    assert training.records(store, "sam")
    assert [e.action for e in staff.history(store, gone.id)] == ["staff.added", "staff.deactivated"]
    with pytest.raises(InvalidTransition):
        staff.change(ActingAs(store, ADMIN), "sam", roles=frozenset({Role.ADMIN}))


def test_only_an_admin_manages_staff(store, author):
    with pytest.raises(PermissionDenied, match="admin role"):
        staff.add(ActingAs(store, "sam"), login="kim", name="Kim", roles=frozenset({Role.AUTHOR}))
    with pytest.raises(PermissionDenied):
        staff.change(ActingAs(store, "sam"), "sam", roles=frozenset({Role.ADMIN}))
    with pytest.raises(PermissionDenied):
        staff.deactivate(ActingAs(store, "sam"), ADMIN)


def test_the_last_admin_cannot_be_removed(store):
    with pytest.raises(PermissionDenied, match="only active admin"):
        staff.deactivate(ActingAs(store, ADMIN), ADMIN)
    with pytest.raises(PermissionDenied, match="only active admin"):
        staff.change(ActingAs(store, ADMIN), ADMIN, roles=frozenset({Role.AUTHOR}))


def test_there_is_one_social_media_manager_and_the_handover_is_audited(store, author):
    assert staff.manager(store).login == ADMIN
    staff.change(ActingAs(store, ADMIN), "sam", is_manager=True)
    assert staff.manager(store).login == "sam"
    assert not staff.by_login(store, ADMIN).is_manager
    event = audit.recent(store.db, limit=1)[0]
    assert event.details["previous_manager"] == ADMIN


def test_providers_are_marked(store):
    staff.add(ActingAs(store, ADMIN), login="drlee", name="Dr. Ana Lee", is_provider=True)
    assert [m.login for m in staff.providers(store)] == ["drlee"]


def test_training_is_due_a_year_later_and_overdue_after_that(store, author):
    record = training.record(
        ActingAs(store, ADMIN), "sam", completed_on=date(2025, 3, 1), trainer="Olivia"
    )
    assert record.next_due == date(2026, 3, 1)
    assert "sam" not in {s.login for s in training.overdue(store, date(2026, 2, 28))}
    late = {s.login: s for s in training.overdue(store, date(2026, 3, 2))}
    assert late["sam"].words(date(2026, 3, 2)) == "OVERDUE since 2026-03-01"
    training.record(ActingAs(store, ADMIN), "sam", completed_on=date(2026, 3, 2))
    assert "sam" not in {s.login for s in training.overdue(store, date(2026, 3, 2))}


def test_training_due_soon_is_a_state_not_read_from_the_words():
    """`due_soon` (the app's reminder) holds within DUE_SOON_DAYS, not once overdue, nor
    with nothing on record; the words say "due …" exactly then."""
    on = date(2026, 3, 1)

    def status(next_due: date | None) -> training.TrainingStatus:
        return training.TrainingStatus(1, "sam", "Sam", "policy", date(2025, 3, 1), next_due)

    soon = status(date.fromordinal(on.toordinal() + training.DUE_SOON_DAYS))
    later = status(date.fromordinal(on.toordinal() + training.DUE_SOON_DAYS + 1))
    cases = [(soon, True), (status(on), True), (later, False)]
    cases += [(status(date(2026, 2, 28)), False), (status(None), False)]
    for case, due in cases:
        assert case.due_soon(on) is due, case
        assert case.words(on).startswith("due ") is due, case


def test_someone_with_no_training_on_record_is_on_the_overdue_list(store, author):
    due = {s.login: s for s in training.overdue(store)}
    assert due["sam"].words(policy.today(store)) == "no training on record"


def test_only_an_admin_records_training(store, author):
    with pytest.raises(PermissionDenied):
        training.record(ActingAs(store, "sam"), "sam")


def test_a_training_note_with_patient_information_is_refused(store, author):
    with pytest.raises(ComplianceBlocked):
        training.record(ActingAs(store, ADMIN), "sam", notes="covered the case of SSN 123-45-6789")
    assert training.records(store) == []


def test_an_audit_note_is_recorded_with_date_reviewer_and_action(store, author):
    note = audit_notes.add(
        ActingAs(store, ADMIN),
        "sam",
        seen="Three public posts about the office; all fine.",
        action="None needed.",
        reviewed_on=date(2026, 4, 2),
    )
    assert (note.login, note.reviewer, note.reviewed_on) == ("sam", ADMIN, date(2026, 4, 2))
    assert audit_notes.notes(store, "sam") == [note]
    event = audit.recent(store.db, limit=1)[0]
    assert event.action == "audit_note.added" and "seen" not in event.details


def test_an_audit_note_that_may_identify_a_patient_is_refused_in_words(store, author):
    seen = "Post replied to a patient, phone 555-201-7788, about her crown"
    with pytest.raises(ComplianceBlocked) as caught:
        audit_notes.add(ActingAs(store, ADMIN), "sam", seen=seen, action="Asked to remove it.")
    message = caught.value.for_people()
    assert "patient information" in message and "nothing was saved" in message
    assert "555" not in message
    assert audit_notes.notes(store) == []
    assert all("555" not in str(e.details) for e in audit.recent(store.db))


def test_only_an_admin_adds_audit_notes(store, author):
    with pytest.raises(PermissionDenied):
        audit_notes.add(ActingAs(store, "sam"), ADMIN, seen="fine")


def test_a_note_through_the_open_practice_is_read_knowing_the_staff(demo_practice):
    """The faces pass the practice: the guard reads the note with the practice's own context,
    so a colleague's name is not taken for a patient's. Without a practice (seeding the demo)
    the guard reads the same words without that context and refuses them."""
    seen = "Talked with Tina Nguyen about her posts"
    with pytest.raises(ComplianceBlocked):
        audit_notes.add(ActingAs(demo_practice.store, "lbrooks"), "tnguyen", seen=seen)
    note = audit_notes.add(demo_practice, "tnguyen", seen=seen)
    assert (note.reviewer, note.seen) == ("lbrooks", seen)
    record = training.record(demo_practice, "tnguyen", notes=seen)
    assert record.recorded_by == "lbrooks"
