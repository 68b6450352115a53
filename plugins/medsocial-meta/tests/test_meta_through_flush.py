"""Facebook and Instagram through the real core: queue, flush, the delivery row, reconcile."""

from __future__ import annotations

import asyncio

import pytest
from medsocial_meta.fake import (
    PAGE_ID,
    FakeGraph,
    facebook_account,
    instagram_account,
)
from medsocial_meta.graph import GRAPH_VERSION

from medsocial_tui.publishing import flush
from medsocial_tui.testing.fakeapi import Fault
from medsocial_tui.testing.practice_home import (
    LOGIN,
    approved_post,
    delivery,
    practice_for,
)

FLYER = {
    "path": "media/flyer.jpg",
    "url": "https://maplestreetdental.example/media/flyer.jpg",
    "mime_type": "image/jpeg",
    "width": 1080,
    "height": 1350,
    "alt_text": "Flu shot flyer",
}


@pytest.fixture(autouse=True)
def acting(monkeypatch):
    monkeypatch.setenv("MEDSOCIAL_USER", LOGIN)


@pytest.fixture
def fake():
    with FakeGraph() as server:
        yield server


def facebook_practice(tmp_path, fake):
    return practice_for(tmp_path / "home", facebook_account(fake.base_url))


def instagram_practice(tmp_path, fake):
    return practice_for(tmp_path / "home", instagram_account(fake.base_url))


def test_a_facebook_post_goes_out_and_is_recorded_with_its_id(tmp_path, fake):
    practice = facebook_practice(tmp_path, fake)
    post_id = approved_post(practice, "Flu shots all week, walk in.", ["facebook"])
    report = asyncio.run(flush.run(practice))
    assert [o.state for o in report.outcomes] == ["published"]
    row = delivery(practice, post_id)
    assert row["state"] == "published"
    assert row["remote_id"] == fake.page_posts[0]["id"]
    assert row["remote_url"] == f"https://www.facebook.com/{PAGE_ID}/posts/1"
    practice.close()


def test_a_lost_facebook_answer_is_unknown_then_reconciled_and_posted_once(tmp_path, fake):
    practice = facebook_practice(tmp_path, fake)
    post_id = approved_post(practice, "Closed today: snow", ["facebook"])
    fake.inject(Fault.timeout_after_handling(2.0), path=rf"/{GRAPH_VERSION}/\d+/feed")
    first = asyncio.run(flush.run(practice))
    assert [o.state for o in first.outcomes] == ["unknown"]
    assert delivery(practice, post_id)["state"] == "unknown"
    second = asyncio.run(flush.run(practice))
    assert [o.state for o in second.outcomes] == ["reconciled_published"]
    row = delivery(practice, post_id)
    assert row["state"] == "published" and row["remote_id"] == fake.page_posts[0]["id"]
    assert len(fake.page_posts) == 1
    assert len(fake.calls("POST", r".*/feed")) == 1
    practice.close()


def test_a_throttled_page_defers_to_metas_estimate(tmp_path, fake):
    practice = facebook_practice(tmp_path, fake)
    post_id = approved_post(practice, "Open late Thursday", ["facebook"])
    fake.throttle(regain_minutes=12)
    report = asyncio.run(flush.run(practice))
    assert [o.state for o in report.outcomes] == ["deferred"]
    row = delivery(practice, post_id)
    assert row["state"] == "deferred" and "80001" in row["last_error"]
    practice.close()


def test_an_instagram_post_goes_out_with_its_container_checkpointed(tmp_path, fake):
    practice = instagram_practice(tmp_path, fake)
    post_id = approved_post(practice, "Flu shots all week #flushot", ["instagram"], media=[FLYER])
    report = asyncio.run(flush.run(practice))
    assert [o.state for o in report.outcomes] == ["published"], report.outcomes
    row = delivery(practice, post_id)
    assert row["remote_id"] == fake.ig_media[0]["id"]
    assert row["remote_url"] == fake.ig_media[0]["permalink"]
    assert '"container_id"' in row["progress"]
    practice.close()


def test_a_lost_instagram_publish_is_reconciled_from_the_container_never_twice(tmp_path, fake):
    practice = instagram_practice(tmp_path, fake)
    post_id = approved_post(practice, "Back-to-school checkups", ["instagram"], media=[FLYER])
    fake.inject(Fault.timeout_after_handling(2.0), path=rf"/{GRAPH_VERSION}/\d+/media_publish")
    first = asyncio.run(flush.run(practice))
    assert [o.state for o in first.outcomes] == ["unknown"]
    second = asyncio.run(flush.run(practice))
    assert [o.state for o in second.outcomes] == ["reconciled_published"]
    assert delivery(practice, post_id)["remote_id"] == fake.ig_media[0]["id"]
    assert len(fake.calls("POST", r".*/media_publish")) == 1
    assert len(fake.ig_media) == 1
    practice.close()
