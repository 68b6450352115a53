"""Mastodon through the real core: a lost answer is retried with the same key, and the
instance shows one status."""

from __future__ import annotations

import asyncio

from medsocial_mastodon.fake import TOKEN, FakeMastodon

from medsocial_tui import clock
from medsocial_tui.home import demo
from medsocial_tui.home.config import write_secrets
from medsocial_tui.home.practice import open_practice
from medsocial_tui.publishing import flush, queue
from medsocial_tui.testing.fakeapi import Fault


def test_a_timeout_after_posting_is_retried_safely_and_posts_once(tmp_path, monkeypatch):
    monkeypatch.setenv("MEDSOCIAL_USER", "owner")
    with FakeMastodon() as fake:
        home = demo.create_home(
            tmp_path / "h", "Maple", "America/Chicago", login="owner", kind="test"
        )
        home.config_path.write_text(
            '[practice]\nname = "Maple"\ntimezone = "America/Chicago"\none_person_practice = true\n'
            "[publishing]\nrequest_timeout_seconds = 0.5\n"
            f'[[accounts]]\nid = "mastodon"\nchannel = "mastodon"\nname = "@maple"\n'
            f'base_url = "{fake.base_url}"\n'
        )
        write_secrets(home, {"mastodon": {"access_token": TOKEN}})
        practice = open_practice(home)
        post = queue.create(
            practice,
            queue.Compose(
                text="Closed today: snow", accounts=["mastodon"], scheduled_at=clock.now()
            ),
        )
        queue.submit(practice, post.id)
        queue.approve(practice, post.id)
        fake.inject(Fault.timeout_after_handling(2.0), path="/api/v1/statuses")
        first = asyncio.run(flush.run(practice))
        assert [o.state for o in first.outcomes] == ["deferred"]
        with practice.store.write() as db:
            db.conn.execute("UPDATE deliveries SET next_attempt_at=?", (clock.to_iso(clock.now()),))
        second = asyncio.run(flush.run(practice))
        assert [o.state for o in second.outcomes] == ["published"]
        keys = {c.headers["idempotency-key"] for c in fake.calls("POST", "/api/v1/statuses")}
        assert len(keys) == 1
        assert len(fake.statuses) == 1
        practice.close()
