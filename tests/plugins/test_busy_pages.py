"""A busy page cannot fool reconcile: for every network that lists an account's posts, a
post whose answer was lost, followed by 30 newer posts, is found by paging back (never sent a
second time), and a post that never landed is proven absent and sent exactly once.

Each case runs the real ``medsocial flush`` as a subprocess, finding the installed plugins
through their entry points, against the network's loopback fake (which pages as the real API
does: Facebook 25, X 10 by default, LinkedIn and Google 20, Mastodon 20)."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from medsocial_tui.testing.contract import discover_kits
from medsocial_tui.testing.fakeapi import FakeAPI, Fault
from medsocial_tui.testing.practice_home import LOGIN, approved_post, practice_with_account

pytestmark = pytest.mark.slow

TEXT = "Flu shots all week, no appointment needed"
NEWER = 30

LISTING = {
    "facebook": ("page_posts", r"/v[\d.]+/\d+/feed"),
    "x": ("tweets", r"/2/tweets"),
    "linkedin": ("posts", r"/rest/posts"),
    "mastodon": ("statuses", r"/api/v1/statuses"),
    "google_business": ("posts", r"/v4/accounts/[^/]+/locations/[^/]+/localPosts"),
}
"""Networks whose reconcile lists the account's posts: where the fake keeps what is live,
and the path of the request that creates a post."""

KITS = discover_kits()


def copies(fake: FakeAPI, channel: str) -> int:
    """Live posts on the fake that carry our text."""
    items = getattr(fake, LISTING[channel][0])
    items = items.values() if isinstance(items, dict) else items
    return sum(TEXT in json.dumps(item) for item in items)


def medsocial(home: Path, *args: str) -> subprocess.Popen[str]:
    return subprocess.Popen(
        [str(Path(sys.executable).parent / "medsocial"), *args],
        env={**os.environ, "MEDSOCIAL_HOME": str(home), "MEDSOCIAL_USER": LOGIN},
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )


def flush_json(home: Path) -> tuple[int, dict]:
    proc = medsocial(home, "flush", "--json")
    out, err = proc.communicate(timeout=60)
    assert "Traceback" not in err, err
    return proc.returncode, json.loads(out)


def home_on(fake: FakeAPI, channel: str, root: Path) -> Path:
    account = KITS[channel].account_for(fake.base_url)
    practice = practice_with_account(
        root,
        account_id=account.id,
        channel=channel,
        base_url=fake.base_url,
        settings=dict(account.settings),
        secrets=dict(account.credentials),
        request_timeout=1.0,
    )
    approved_post(practice, TEXT, [account.id])
    home = practice.home.root
    practice.close()
    return home


@pytest.fixture(autouse=True)
def acting(monkeypatch):
    monkeypatch.setenv("MEDSOCIAL_USER", LOGIN)


@pytest.mark.parametrize("channel", sorted(LISTING))
def test_a_post_killed_in_flight_then_buried_under_30_newer_posts_is_found_not_resent(
    tmp_path, channel
):
    fake = KITS[channel].make_fake()
    with fake:
        home = home_on(fake, channel, tmp_path / "home")
        create = LISTING[channel][1]
        fake.inject(Fault.timeout_after_handling(20), method="POST", path=create)
        proc = medsocial(home, "flush")
        deadline = time.monotonic() + 30
        while copies(fake, channel) == 0 and time.monotonic() < deadline:
            time.sleep(0.01)
        proc.send_signal(signal.SIGKILL)
        proc.communicate(timeout=30)
        assert copies(fake, channel) == 1
        fake.clear_faults()
        fake.post_by_someone_else(NEWER)

        code, report = flush_json(home)

        assert [d["state"] for d in report["deliveries"]] == ["reconciled_published"], report
        assert code == 0
        assert copies(fake, channel) == 1
        assert len(fake.calls("POST", create)) == 1


@pytest.mark.parametrize("channel", sorted(LISTING))
def test_a_post_lost_before_it_landed_is_proven_absent_past_30_newer_posts_and_sent_once(
    tmp_path, channel
):
    fake = KITS[channel].make_fake()
    with fake:
        home = home_on(fake, channel, tmp_path / "home")
        create = LISTING[channel][1]
        fake.inject(Fault.drop_before_handling(), method="POST", path=create)
        first_code, first = flush_json(home)
        assert first_code in (0, 1)
        assert [d["state"] for d in first["deliveries"]] in (["unknown"], ["deferred"]), first
        fake.post_by_someone_else(NEWER)
        if first["deliveries"][0]["state"] == "deferred":
            due_now(home)

        code, report = flush_json(home)

        states = [d["state"] for d in report["deliveries"]]
        assert states in (["reconciled_scheduled", "published"], ["published"]), report
        assert code == 0
        assert copies(fake, channel) == 1


def due_now(home: Path) -> None:
    """A network that drops repeats retries a lost answer a little later; bring it to now."""
    from medsocial_tui.home.practice import open_practice
    from medsocial_tui.testing.practice_home import make_due_again

    practice = open_practice(home)
    try:
        make_due_again(practice)
    finally:
        practice.close()
