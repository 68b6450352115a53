"""Mastodon through the real core: a lost answer is retried with the same key, and the
instance shows one status."""

from __future__ import annotations

import asyncio

from medsocial_mastodon.fake import FakeMastodon, account_for

from medsocial_tui.publishing import flush
from medsocial_tui.testing.channel_tests import practice_against
from medsocial_tui.testing.fakeapi import Fault
from medsocial_tui.testing.practice_home import approved_post, make_due_again


def test_a_timeout_after_posting_is_retried_safely_and_posts_once(tmp_path, monkeypatch):
    fake = FakeMastodon()
    with practice_against(
        fake, account_for, monkeypatch, tmp_path, request_timeout=0.5
    ) as practice:
        approved_post(practice, "Closed today: snow", ["mastodon"])
        fake.inject(Fault.timeout_after_handling(2.0), path="/api/v1/statuses")
        first = asyncio.run(flush.run(practice))
        assert [o.state for o in first.outcomes] == ["deferred"]
        make_due_again(practice)
        second = asyncio.run(flush.run(practice))
        assert [o.state for o in second.outcomes] == ["published"]
        keys = {c.headers["idempotency-key"] for c in fake.calls("POST", "/api/v1/statuses")}
        assert len(keys) == 1
        assert len(fake.statuses) == 1
