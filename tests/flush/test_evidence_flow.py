"""The evidence bundle for a post that went out through the real flush: the policy version in
force, the author's acknowledgement before it, their training, the approval that matches it,
the permalink the network gave, and the media digest."""

from __future__ import annotations

import asyncio
import hashlib
from datetime import timedelta

from PIL import Image

from medsocial_tui import clock
from medsocial_tui.compose import media
from medsocial_tui.publishing import queue
from medsocial_tui.publishing.flush import run
from medsocial_tui.records import evidence, policy, training
from medsocial_tui.records.acting import ActingAs
from medsocial_tui.records.staff import by_login

from .conftest import LOGIN, make_home, open_with_reference


def test_a_post_published_by_flush_is_in_the_bundle_with_why_it_was_allowed(tmp_path, network):
    home = make_home(tmp_path / "h", network, accounts=1, posts=0)
    practice = open_with_reference(home)
    source = tmp_path / "clinic.png"
    Image.new("RGB", (64, 48), (200, 220, 240)).save(source)
    entry = media.attach(practice, source, "Our clinic")
    picture = (home.root / entry["path"]).read_bytes()
    store = practice.store
    me = by_login(store, LOGIN)
    assert me is not None
    policy.publish(ActingAs(store, LOGIN), 1)
    policy.acknowledge(ActingAs(store, LOGIN), me.id, 1)
    training.record(
        ActingAs(store, LOGIN), LOGIN, completed_on=practice.today() - timedelta(days=3)
    )
    post = queue.create(
        practice,
        queue.Compose(
            text="Flu shots all week",
            accounts=["page-0"],
            media=[entry],
            scheduled_at=clock.now(),
        ),
    )
    queue.submit(practice, post.id)
    queue.approve(practice, post.id)
    asyncio.run(run(practice))
    today = clock.now().astimezone(practice.tz).date()
    bundle, data = evidence.export(practice, today - timedelta(days=1), today, tmp_path / "out")
    practice.close()
    [item] = data["published"]
    assert item["text"] == "Flu shots all week"
    assert item["permalink"] and item["permalink"].startswith("http")
    assert item["media"][0]["sha256"] == hashlib.sha256(picture).hexdigest()
    assert item["approval"]["basis"] == "approver" and item["approval"]["matches_content"]
    assert item["policy_version"]["number"] == 1
    assert item["author"]["acknowledged_before"] is True
    assert item["author"]["training_current"] is True
    assert data["records"]["ok"]
    assert bundle.markdown_path.read_text().count("Text as published") == 1
