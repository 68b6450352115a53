"""Google Business Profile through the real core: queue, flush, the delivery row, reconcile."""

from __future__ import annotations

import asyncio

import pytest
from medsocial_google_business.fake import FakeGoogleBusiness, account_for

from medsocial_tui.publishing import flush
from medsocial_tui.testing.channel_tests import practice_against
from medsocial_tui.testing.fakeapi import Fault
from medsocial_tui.testing.practice_home import approved_post, delivery


@pytest.fixture
def practice(tmp_path, monkeypatch):
    fake = FakeGoogleBusiness()
    with practice_against(fake, account_for, monkeypatch, tmp_path) as practice:
        practice.fake = fake
        yield practice


def test_a_local_post_goes_out_and_is_recorded_with_its_name(practice):
    post_id = approved_post(
        practice,
        "Walk-in flu vaccinations this week.",
        ["google"],
        link="https://maple.example/flu",
        options={"call_to_action": "BOOK"},
    )
    report = asyncio.run(flush.run(practice))
    assert [o.state for o in report.outcomes] == ["published"], report.outcomes
    row = delivery(practice, post_id)
    assert row["remote_id"] == practice.fake.posts[0]["name"]
    assert practice.fake.posts[0]["callToAction"] == {
        "actionType": "BOOK",
        "url": "https://maple.example/flu",
    }


def test_a_lost_answer_is_unknown_then_reconciled_and_posted_once(practice):
    fake = practice.fake
    post_id = approved_post(practice, "Closed today: snow", ["google"])
    fake.inject(Fault.timeout_after_handling(2.0), method="POST", path=r"/v4/.*/localPosts")
    first = asyncio.run(flush.run(practice))
    assert [o.state for o in first.outcomes] == ["unknown"]
    second = asyncio.run(flush.run(practice))
    assert [o.state for o in second.outcomes] == ["reconciled_published"]
    assert delivery(practice, post_id)["remote_id"] == fake.posts[0]["name"]
    assert len(fake.posts) == 1
