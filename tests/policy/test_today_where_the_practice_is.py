"""Records kept by date use the practice's today, not UTC's: at 8 pm in New York it is
still the same day there, though the next one in UTC."""

from __future__ import annotations

from datetime import date

import pytest

from medsocial_tui.home import demo
from medsocial_tui.home.practice import open_practice
from medsocial_tui.models import Role
from medsocial_tui.records import audit_notes, policy, staff, training
from medsocial_tui.records.acting import ActingAs

from .conftest import ADMIN

EVENING_IN_NEW_YORK = "2026-03-02T01:00:00Z"
"""20:00 on 1 March in New York (EST), already 2 March in UTC."""


@pytest.fixture
def practice(tmp_path, monkeypatch):
    monkeypatch.setenv("MEDSOCIAL_USER", ADMIN)
    monkeypatch.setenv("MEDSOCIAL_NOW", EVENING_IN_NEW_YORK)
    home = demo.create_home(
        tmp_path / "home", "Hudson Dental", "America/New_York", login=ADMIN, kind="test"
    )
    opened = open_practice(home)
    staff.add(
        ActingAs(opened.store, ADMIN),
        login="sam",
        name="Sam Okafor",
        roles=frozenset({Role.AUTHOR}),
    )
    yield opened
    opened.close()


def test_today_at_8pm_in_new_york_is_new_yorks_date(practice):
    assert practice.today() == date(2026, 3, 1)
    assert policy.today(practice.store) == date(2026, 3, 1)
    worker = practice.reopen_store()
    try:
        assert policy.today(worker) == date(2026, 3, 1)
    finally:
        worker.close()


def test_training_and_reviews_recorded_at_8pm_carry_new_yorks_date(practice):
    record = training.record(ActingAs(practice.store, ADMIN), "sam")
    assert record.completed_on == date(2026, 3, 1)
    note = audit_notes.add(ActingAs(practice.store, ADMIN), "sam", seen="2 public posts; both fine")
    assert note.reviewed_on == date(2026, 3, 1)
    version = policy.publish(
        ActingAs(practice.store, ADMIN), policy.latest_draft(practice.store).number
    )
    assert version.effective_date == date(2026, 3, 1)


def test_a_date_tomorrow_in_new_york_is_still_refused(practice):
    """Today in New York is 1 March: the 2nd (today in UTC) is the future there."""
    with pytest.raises(Exception, match="future"):
        training.record(ActingAs(practice.store, ADMIN), "sam", completed_on=date(2026, 3, 2))
