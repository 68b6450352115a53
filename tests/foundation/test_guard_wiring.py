"""The guard runs where text leaves the practice, with the practice's context: its staff are
not patients, the roster makes ordinary words into names, and only an approver with a
written reason lets a stopped post through."""

from __future__ import annotations

import pytest

from medsocial_tui.compliance.roster import import_roster
from medsocial_tui.errors import ComplianceBlocked, PermissionDenied, UsageError
from medsocial_tui.publishing import guard, queue
from medsocial_tui.records import audit

from .conftest import switch


def compose(text):
    return queue.Compose(text=text, accounts=["snapchat"])


def test_the_practices_own_providers_and_phone_are_not_patients(demo_practice):
    text = "Dr. Priya Patel sees emergencies Monday; call 312-555-0142 to book."
    assert not guard.report_for(demo_practice, text).blocking


def test_a_patient_named_in_a_post_stops_it_on_submit(demo_practice):
    post = queue.create(
        switch(demo_practice, "jreyes"),
        compose("Happy 95th birthday to Mrs. Eleanor Whitfield, our patient!"),
    )
    with pytest.raises(ComplianceBlocked) as error:
        queue.submit(demo_practice, post.id)
    assert "Whitfield" not in error.value.for_people()


def test_a_roster_name_that_is_also_a_word_is_caught(demo_practice):
    text = "Great seeing Hope Baker in the office today!"
    import_roster(
        demo_practice.store, demo_practice.home.root, b"first,last\nHope,Baker\n", actor="lbrooks"
    )
    assert guard.report_for(demo_practice, text).blocking
    row = demo_practice.store.one("SELECT group_concat(digest) AS d FROM roster_hashes")
    assert "Baker" not in row["d"] and "Hope" not in row["d"]


def test_an_approver_overrides_with_a_reason_recorded_without_the_text(demo_practice):
    text = "Welcome Maria Gonzalez to our front desk team!"
    post = queue.create(switch(demo_practice, "jreyes"), compose(text))
    if not guard.report_for(demo_practice, text).blocking:
        pytest.skip("the guard does not stop this text")
    with pytest.raises(PermissionDenied):
        queue.override_guard(demo_practice, post.id, "She is our new receptionist, with consent")
    switch(demo_practice, "ppatel")
    with pytest.raises(UsageError):
        queue.override_guard(demo_practice, post.id, "ok")
    queue.override_guard(demo_practice, post.id, "She is our new receptionist, with consent")
    submitted = queue.submit(switch(demo_practice, "jreyes"), post.id)
    assert submitted.status == "in_review"
    event = next(
        e for e in audit.recent(demo_practice.store.db, 10) if e.action == "post.guard_overridden"
    )
    assert event.actor == "ppatel"
    assert "Gonzalez" not in str(event.details)
