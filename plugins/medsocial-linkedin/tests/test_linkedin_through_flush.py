"""LinkedIn through the real core: a post with reserved characters goes out whole, once."""

from __future__ import annotations

from medsocial_linkedin import unescape
from medsocial_linkedin.fake import FakeLinkedIn, account_for

from medsocial_tui.publishing import flush
from medsocial_tui.testing.channel_tests import practice_against
from medsocial_tui.testing.fakeapi import Fault
from medsocial_tui.testing.practice_home import approved_post, delivery


async def test_a_post_is_published_whole_and_a_lost_answer_reconciled(tmp_path, monkeypatch):
    fake = FakeLinkedIn()
    with practice_against(
        fake, account_for, monkeypatch, tmp_path, request_timeout=0.5
    ) as practice:
        text = "Saturday clinic (9:00-12:00) now open #health"
        whole = approved_post(practice, text, ["linkedin"])
        lost = approved_post(practice, "Closed Monday for training", ["linkedin"])
        fake.inject(Fault.timeout_after_handling(1.5), path="/rest/posts", method="POST")

        first = await flush.run(practice)
        assert sorted(o.state for o in first.outcomes) == ["published", "unknown"]
        second = await flush.run(practice)
        assert [o.state for o in second.outcomes] == ["reconciled_published"]

        for post_id in (whole, lost):
            row = delivery(practice, post_id)
            assert row["state"] == "published"
            assert row["remote_id"] in fake.posts
        assert unescape(fake.posts[delivery(practice, whole)["remote_id"]]["commentary"]) == text
        assert len(fake.posts) == 2
        assert len(fake.calls("POST", "/rest/posts")) == 2
