"""Hours changes: one notice fitted to every connected account, special hours set where the
channel has them (with what was there before), and undo that puts everything back."""

from __future__ import annotations

import asyncio
import json
from datetime import date

import pytest

from medsocial_tui.errors import ComplianceBlocked, InvalidTransition, UsageError
from medsocial_tui.home.practice import open_practice
from medsocial_tui.operations import hours, hours_apply, hours_plan, hours_undo
from medsocial_tui.publishing import flush, queue
from medsocial_tui.records import audit
from medsocial_tui.testing.fakeapi import Fault

from .conftest import PLUGINS, make_home, run

TODAY = date(2026, 1, 6)


def snow_today(practice, **overrides) -> hours.HoursChange:
    words = {"reason": "snow", "kind": "closed", "days": "today"} | overrides
    return hours.make_change(practice, **words)


def test_reasons_and_times_are_read_from_everyday_words():
    assert hours.parse_reason("snow") == (hours.Reason.INCLEMENT_WEATHER, "snow")
    assert hours.parse_reason("power outage")[0] is hours.Reason.POWER_OUTAGE
    assert hours.parse_reason("police")[0] is hours.Reason.POLICE_FIRE
    assert hours.parse_time("10am") == "10:00"
    assert hours.parse_time("2:30 pm") == "14:30"
    assert hours.parse_time("12am") == "00:00"
    with pytest.raises(UsageError):
        hours.parse_reason("aliens")
    with pytest.raises(UsageError):
        hours.parse_time("25:00")


def test_days_are_read_as_the_practice_says_them():
    assert hours.parse_days("today", TODAY) == (TODAY,)
    assert hours.parse_days("today, tomorrow", TODAY) == (TODAY, date(2026, 1, 7))
    assert hours.parse_days("today to fri", TODAY) == tuple(date(2026, 1, d) for d in range(6, 10))
    assert hours.parse_days("2026-01-12", TODAY) == (date(2026, 1, 12),)
    with pytest.raises(UsageError, match="past"):
        hours.parse_days("2026-01-01", TODAY)


def test_the_notice_is_fitted_to_each_network_and_skips_unconnected(practice):
    plan = hours_plan.plan(practice, snow_today(practice))
    by_id = {a.account_id: a for a in plan.accounts}
    assert "closed today (Tuesday, January 6) because of the snow" in plan.master_text
    assert by_id["page"].text == plan.master_text
    assert len(by_id["short"].text) <= 90 and by_id["short"].posts
    assert by_id["maps"].special_hours and by_id["maps"].posts
    assert by_id["byhand"].by_hand and by_id["byhand"].posts
    assert not by_id["nocreds"].posts and "not connected" in by_id["nocreds"].skipped
    assert plan.periods == (hours.SpecialHours(TODAY),)


def test_closed_today_goes_out_now_and_sets_special_hours(practice, networks):
    posts_api, hours_api = networks
    hours_api.special_hours = [{"day": "2026-12-25", "closed": True}]
    result = run(hours_apply.apply(practice, snow_today(practice, note="Stay safe!")))
    post = queue.get(practice.store, result.post_id)
    assert post.kind == "hours_change" and post.status == "approved"
    assert post.tolerance_minutes == hours.NOTICE_TOLERANCE_MINUTES
    assert {d.account_id: d.state.value for d in post.deliveries} == {
        "page": "scheduled",
        "short": "scheduled",
        "maps": "scheduled",
        "byhand": "scheduled",
    }
    assert len(post.overrides["short"]) <= 90
    assert hours_api.day(TODAY) == {"day": "2026-01-06", "closed": True}
    assert hours_api.day(date(2026, 12, 25)) is not None, "other holidays are kept"
    words = {o.account_id: o.message for o in result.outcomes}
    assert words["maps"].startswith("special hours set: Tue 6 Jan closed")
    assert "not connected" in words["nocreds"]

    report = run(flush.run(practice))
    assert sorted(o.state for o in report.outcomes) == ["published"] * 3 + ["todo"]
    texts = [p["text"] for p in posts_api.posts]
    assert any("Stay safe!" in t for t in texts)
    actions = [e.action for e in audit.recent(practice.store.db)]
    assert "hours_change.created" in actions and "hours_change.special_hours_set" in actions


def test_opening_late_uses_the_regular_closing_time(practice, networks):
    _, hours_api = networks
    change = snow_today(practice, kind="opening_late", at="10am", days="today, sat")
    result = run(hours_apply.apply(practice, change))
    assert hours_api.day(TODAY) == {
        "day": "2026-01-06",
        "closed": False,
        "opens": "10:00",
        "closes": "17:00",
    }
    assert hours_api.day(date(2026, 1, 10)) is None, "Saturday has no regular hours"
    post = queue.get(practice.store, result.post_id)
    assert "opening late today (Tuesday, January 6) and Saturday, January 10, at 10 am" in post.text


def test_a_special_hours_failure_does_not_stop_the_notice(practice, networks):
    _, hours_api = networks
    hours_api.inject(
        Fault.status(403, {"error": {"code": 403, "message": "Not verified"}}), method="PATCH"
    )
    result = run(hours_apply.apply(practice, snow_today(practice)))
    words = {o.account_id: (o.ok, o.message) for o in result.outcomes}
    assert words["maps"] == (
        False,
        "special hours NOT set: The loopback network said no: Not verified (HTTP 403)",
    )
    assert queue.get(practice.store, result.post_id).status == "approved"
    record = hours_undo.get(practice, result.change_id)
    assert record.previous == {}


def test_the_practice_can_require_review_even_for_hours(tmp_path, networks):
    posts_api, hours_api = networks
    home = make_home(tmp_path / "p", posts_api.base_url, hours_api.base_url, hours_review=True)
    practice = open_practice(home, extra_plugins=PLUGINS)
    try:
        result = run(hours_apply.apply(practice, snow_today(practice)))
        assert queue.get(practice.store, result.post_id).status == "in_review"
        assert "waits for review" in result.outcomes[0].message
    finally:
        practice.close()


def test_a_patient_detail_in_the_extra_line_stops_everything(practice, networks):
    _, hours_api = networks
    with pytest.raises(ComplianceBlocked):
        run(hours_apply.apply(practice, snow_today(practice, note="Maria call 217-555-0199")))
    assert practice.store.one("SELECT count(*) AS n FROM posts")["n"] == 0
    assert hours_api.calls("PATCH") == []


def test_undo_puts_special_hours_back_and_posts_a_correction(practice, networks):
    posts_api, hours_api = networks
    hours_api.special_hours = [
        {"day": "2026-01-07", "closed": False, "opens": "09:00", "closes": "12:00"}
    ]
    change = snow_today(practice, days="today, tomorrow")
    result = run(hours_apply.apply(practice, change))
    assert hours_api.day(date(2026, 1, 7))["closed"] is True
    asyncio.run(flush.run(practice))

    undone = run(hours_undo.undo(practice, result.change_id))
    assert hours_api.day(TODAY) is None, "a day with no special hours before has none again"
    assert hours_api.day(date(2026, 1, 7)) == {
        "day": "2026-01-07",
        "closed": False,
        "opens": "09:00",
        "closes": "12:00",
    }
    correction = queue.get(practice.store, undone.post_id)
    assert correction.text.startswith("Update from Loopback Dental: We are open after all today")
    assert {d.account_id for d in correction.deliveries} == {"page", "short", "maps"}
    words = {o.account_id: o.message for o in undone.outcomes}
    assert words["byhand"] == "notice stopped before it went out", "its to-do is withdrawn"
    assert len(correction.text_for("short", "loopback_short")) <= 90
    record = hours_undo.get(practice, result.change_id)
    assert record.undone_at is not None and record.correction_post_id == correction.id
    with pytest.raises(InvalidTransition):
        run(hours_undo.undo(practice, result.change_id))
    assert "hours_change.undone" in [e.action for e in audit.recent(practice.store.db)]


def test_undo_before_flush_stops_the_notice_instead_of_correcting(practice, networks):
    result = run(hours_apply.apply(practice, snow_today(practice)))
    undone = run(hours_undo.undo(practice, result.change_id))
    assert undone.post_id is None
    assert queue.get(practice.store, result.post_id).status == "canceled"
    assert any("stopped before it went out" in o.message for o in undone.outcomes)


def test_previous_periods_are_recorded_per_account(practice, networks):
    _, hours_api = networks
    hours_api.special_hours = [
        {"day": "2026-01-06", "closed": False, "opens": "08:00", "closes": "12:00"}
    ]
    result = run(hours_apply.apply(practice, snow_today(practice)))
    row = practice.store.one(
        "SELECT previous_special_hours FROM hours_changes WHERE id=?", (result.change_id,)
    )
    assert json.loads(row["previous_special_hours"]) == {
        "maps": [{"day": "2026-01-06", "closed": False, "opens": "08:00", "closes": "12:00"}]
    }
