"""What the inbox's reads cost each network's quota: HTTP requests for a first read of 30
items, for a fetch with nothing new (what cron pays every few minutes), and for a fetch
with one new item, per channel that listens, against its loopback fake; beside each, the
idle fetch every 5 minutes as a share of the network's documented read budget (the
baseline a practice must stay well under, since publishing shares it). Time per idle fetch
is loopback time, for comparing runs only. Facebook's times are whole seconds and the
fake seeds everything within one, so its idle figure here re-reads every post (a real Page's
older posts are skipped by ``updated_time``).

    .venv/bin/python benchmarks/inbox_read_bench.py
"""

from __future__ import annotations

import asyncio
import time

import httpx

from medsocial_tui.channel import Capability
from medsocial_tui.testing.contract import discover_kits

BUDGETS = {
    "x": (300, 15 * 60, "GET /2/users/:id/mentions, per user"),
    "mastodon": (300, 5 * 60, "all requests, per account"),
    "bluesky": (3000, 5 * 60, "all requests, per IP"),
    "google_business": (300, 60, "requests per minute, per project"),
    "facebook": (None, None, "4 800 x engaged users per 24 h (BUC)"),
    "instagram": (None, None, "BUC, per account"),
    "linkedin": (None, None, "daily, unpublished (Developer Portal)"),
}
EVERY_SECONDS = 5 * 60
TARGET_SHARE = 5.0
"""Percent of a budget an idle fetch every 5 minutes may use."""


async def read_all(channel, account, cursor):
    async with httpx.AsyncClient(timeout=10) as client:
        items = []
        while True:
            page = await channel.read_activity(client, account, cursor)
            items += page.items
            cursor = page.cursor or cursor
            if not page.more:
                return items, cursor


def measure(name, kit):
    fake = kit.make_fake()
    fake.page_cap = 100  # the contract kits page small on purpose; networks page 50 to 100
    fake.start()
    try:
        channel, account = kit.make_channel(), kit.account_for(fake.base_url)
        kit.seed_activity(fake, 30)
        before = len(fake.requests)
        items, cursor = asyncio.run(read_all(channel, account, None))
        first = len(fake.requests) - before
        before = len(fake.requests)
        started = time.perf_counter()
        idle_items, cursor = asyncio.run(read_all(channel, account, cursor))
        idle_ms = (time.perf_counter() - started) * 1000
        idle = len(fake.requests) - before
        kit.seed_activity(fake, 1)
        before = len(fake.requests)
        one, _cursor = asyncio.run(read_all(channel, account, cursor))
        new = len(fake.requests) - before
    finally:
        fake.stop()
    assert len(items) >= 30 and idle_items == [] and len(one) == 1, name
    return first, idle, new, idle_ms


def main() -> int:
    kits = {
        name: kit
        for name, kit in sorted(discover_kits().items())
        if Capability.LISTEN in kit.make_channel().capabilities
    }
    print(f"{'channel':16} {'first 30':>8} {'idle':>5} {'1 new':>6} {'idle ms':>8}  budget share")
    worst = 0.0
    for name, kit in kits.items():
        first, idle, new, idle_ms = measure(name, kit)
        limit, window, what = BUDGETS.get(name, (None, None, "unknown"))
        if limit:
            share = idle * (window / EVERY_SECONDS) / limit * 100
            worst = max(worst, share)
            said = f"{share:.2f}% of {limit}/{window // 60} min ({what})"
        else:
            said = f"n/a: {what}"
        print(f"{name:16} {first:8} {idle:5} {new:6} {idle_ms:8.1f}  {said}")
    print(f"worst idle share: {worst:.2f}%  target < {TARGET_SHARE}%")
    return 0 if worst < TARGET_SHARE else 1


if __name__ == "__main__":
    raise SystemExit(main())
