"""An hours change through the real core and the real Google Business Profile plugin: the
closed day is merged into the listing's special hours without wiping other holidays, the
notice goes out as a local post, and undo puts the listing back as it was."""

from __future__ import annotations

import asyncio

import pytest
from medsocial_google_business.fake import LOCATION_ID, FakeGoogleBusiness, account_for

from medsocial_tui import clock
from medsocial_tui.operations import hours, hours_apply, hours_undo
from medsocial_tui.publishing import flush
from medsocial_tui.testing.channel_tests import practice_on
from medsocial_tui.testing.fakeapi import Fault

LOCATION = f"/v1/locations/{LOCATION_ID}"
CHRISTMAS = {"startDate": {"year": 2026, "month": 12, "day": 25}, "closed": True}


@pytest.fixture
def google():
    """The fake profile, holding Christmas as a special day already."""
    with FakeGoogleBusiness() as fake:
        fake.special_hour_periods.append(CHRISTMAS)
        yield fake


@pytest.fixture
def practice(request, tmp_path, monkeypatch, google):
    """A practice whose Google account is the fake; requests time out after 2 s, or after
    the seconds a test gives (``@pytest.mark.parametrize("practice", [0.3], indirect=True)``)."""
    timeout = getattr(request, "param", 2)
    account = account_for(google.base_url)
    with practice_on(monkeypatch, tmp_path, account, request_timeout=timeout) as practice:
        yield practice


QUICK = pytest.mark.parametrize("practice", [0.3], indirect=True)
"""Requests time out after 0.3 s, before the fake's delayed answers arrive."""


def days_at(google: FakeGoogleBusiness) -> list[tuple[int, int]]:
    return [(p["startDate"]["month"], p["startDate"]["day"]) for p in google.special_hour_periods]


def closed_today(practice):
    """Apply "closed today, snow"; the result, and the outcome that speaks of special hours."""
    change = hours.make_change(practice, reason="snow", kind="closed", days="today")
    result = asyncio.run(hours_apply.apply(practice, change))
    (special,) = [o for o in result.outcomes if "special hours" in o.message]
    return result, special


def undo_leaves_only_christmas(practice, google, result):
    google.wait_idle()
    undone = asyncio.run(hours_undo.undo(practice, result.change_id))
    assert "special hours put back as they were" in [o.message for o in undone.outcomes]
    assert days_at(google) == [(12, 25)]


def test_closed_today_merges_special_hours_posts_and_undoes(practice, google):
    result, _special = closed_today(practice)
    today = clock.now().astimezone(practice.tz).date()
    days = days_at(google)
    assert (12, 25) in days, "other holidays are kept"
    assert (today.month, today.day) in days
    report = asyncio.run(flush.run(practice))
    assert [o.state for o in report.outcomes] == ["published"]
    assert "closed today" in google.posts[-1]["summary"].lower()

    undo_leaves_only_christmas(practice, google, result)


@QUICK
def test_a_lost_patch_answer_google_acted_on_is_set_and_undo_restores_it(practice, google):
    today = clock.now().astimezone(practice.tz).date()
    google.inject(Fault.timeout_after_handling(1.0), method="PATCH", path=LOCATION)
    result, special = closed_today(practice)
    assert special.ok and special.message.startswith("special hours set")
    assert (today.month, today.day) in days_at(google)
    undo_leaves_only_christmas(practice, google, result)


@QUICK
def test_undo_restores_the_named_days_even_when_the_first_answer_left_it_unsure(practice, google):
    today = clock.now().astimezone(practice.tz).date()
    google.inject(Fault.timeout_after_handling(1.0), method="PATCH", path=LOCATION)
    google.inject(Fault.html(502), method="GET", path=LOCATION, after=1, times=2)
    result, special = closed_today(practice)
    assert not special.ok
    assert special.message.startswith("special hours UNSURE: Google's answer was lost")
    assert "could not be read back" in special.message
    assert "Undo puts these days back as they were" in special.message
    assert (today.month, today.day) in days_at(google), "Google did make the change"
    google.clear_faults()
    undo_leaves_only_christmas(practice, google, result)


def test_a_change_google_did_not_make_reports_what_google_holds(practice, google):
    google.inject(Fault.html(502), method="PATCH", path=LOCATION)
    result, special = closed_today(practice)
    assert not special.ok
    assert "the profile does not show the change: Google holds no special hours" in (
        special.message
    )
    assert days_at(google) == [(12, 25)]
