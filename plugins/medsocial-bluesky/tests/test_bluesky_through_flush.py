"""Bluesky through the real core: a lost answer is retried safely with the same record key,
with one login for both runs, and the PDS holds one post."""

from __future__ import annotations

from medsocial_bluesky.fake import FakeBluesky, account_for

from medsocial_tui.publishing import flush
from medsocial_tui.testing.channel_tests import practice_against
from medsocial_tui.testing.fakeapi import Fault
from medsocial_tui.testing.practice_home import approved_post, delivery, make_due_again


async def test_a_timeout_after_create_is_retried_safely_and_posts_once(tmp_path, monkeypatch):
    fake = FakeBluesky()
    with practice_against(
        fake, account_for, monkeypatch, tmp_path, request_timeout=0.5
    ) as practice:
        post_id = approved_post(practice, "Closed today: snow https://maple.example", ["bluesky"])
        fake.inject(
            Fault.timeout_after_handling(1.5), path=r"/xrpc/com\.atproto\.repo\.createRecord"
        )
        first = await flush.run(practice)
        assert [o.state for o in first.outcomes] == ["deferred"]
        row = delivery(practice, post_id)
        assert row["error_kind"] == "retry_safe"
        assert '"rkey"' in row["progress"]

        make_due_again(practice)
        second = await flush.run(practice)
        assert [o.state for o in second.outcomes] == ["published"]
        row = delivery(practice, post_id)
        assert row["state"] == "published"
        assert len(fake.records) == 1
        assert row["remote_id"].endswith("/" + next(iter(fake.records)))
        assert len(fake.calls("POST", r"/xrpc/com\.atproto\.repo\.createRecord")) == 1
        assert fake.logins == 1
