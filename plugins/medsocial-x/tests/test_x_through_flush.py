"""X through the real core: a post whose answer was lost is found by reconcile, not sent again."""

from __future__ import annotations

from medsocial_x.fake import FakeX, account_for

from medsocial_tui.publishing import flush
from medsocial_tui.testing.channel_tests import practice_against
from medsocial_tui.testing.fakeapi import Fault
from medsocial_tui.testing.practice_home import approved_post, delivery


async def test_a_lost_answer_is_reconciled_to_published_and_posted_once(tmp_path, monkeypatch):
    fake = FakeX()
    with practice_against(
        fake, account_for, monkeypatch, tmp_path, request_timeout=0.5
    ) as practice:
        post_id = approved_post(practice, "Closed today: snow. Stay safe!", ["x"])
        fake.inject(Fault.timeout_after_handling(1.5), path="/2/tweets")

        first = await flush.run(practice)
        assert [o.state for o in first.outcomes] == ["unknown"]
        assert delivery(practice, post_id)["state"] == "unknown"

        second = await flush.run(practice)
        assert [o.state for o in second.outcomes] == ["reconciled_published"]
        row = delivery(practice, post_id)
        assert row["state"] == "published"
        assert row["remote_id"] == fake.tweets[0]["id"]
        assert len(fake.calls("POST", "/2/tweets")) == 1
        assert len(fake.tweets) == 1


async def test_a_rate_limit_defers_to_the_reset_and_sends_nothing_else(tmp_path, monkeypatch):
    fake = FakeX(tweet_limit=0)
    with practice_against(fake, account_for, monkeypatch, tmp_path) as practice:
        first = approved_post(practice, "Flu shots Monday", ["x"])
        second = approved_post(practice, "Flu shots Tuesday", ["x"])
        report = await flush.run(practice)
        assert sorted(o.state for o in report.outcomes) == ["deferred", "deferred"]
        assert len(fake.calls("POST", "/2/tweets")) == 1, "the second waited for the reset"
        for post_id in (first, second):
            row = delivery(practice, post_id)
            assert row["error_kind"] == "rate"
            assert "resets at" in row["last_error"]
