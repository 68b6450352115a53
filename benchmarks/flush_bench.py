"""Flush overhead: 2,000 due deliveries over 4 accounts against a loopback network with
~25 ms latency, beside a bare httpx asyncio loop making the same requests at the same
concurrency. Target: flush / bare <= 1.15.

    .venv/bin/python benchmarks/flush_bench.py [--deliveries 2000] [--latency 0.025]
"""

from __future__ import annotations

import argparse
import asyncio
import os
import tempfile
import time
from pathlib import Path

import httpx

from medsocial_tui import clock, demo, flush, queue
from medsocial_tui.config import write_secrets
from medsocial_tui.practice import open_practice
from medsocial_tui.testing import reference
from medsocial_tui.testing.fakeapi import Fault
from medsocial_tui.testing.reference import ReferenceChannel, ReferenceNetwork

ACCOUNTS = 4
TARGET = 1.15


def build_home(root: Path, base_url: str, posts: int):
    os.environ["MEDSOCIAL_USER"] = "bench"
    home = demo.create_home(root, "Bench Dental", "UTC", login="bench")
    accounts = "".join(
        f'\n[[accounts]]\nid = "page-{i}"\nchannel = "loopback"\nname = "Page {i}"\n'
        f'base_url = "{base_url}"\n'
        for i in range(ACCOUNTS)
    )
    home.config_path.write_text(
        '[practice]\nname = "Bench Dental"\ntimezone = "UTC"\none_person_practice = true\n'
        "[publishing]\nlate_tolerance_minutes = 600\n" + accounts,
        "utf-8",
    )
    write_secrets(home, {f"page-{i}": {"access_token": "good-token"} for i in range(ACCOUNTS)})
    practice = open_practice(home, extra_plugins=(reference,))
    for n in range(posts):
        post = queue.create(
            practice,
            queue.Compose(
                text=f"Benchmark post {n}",
                accounts=[f"page-{i}" for i in range(ACCOUNTS)],
                scheduled_at=clock.now(),
            ),
        )
        queue.submit(practice, post.id)
        queue.approve(practice, post.id)
    practice.close()
    return home


async def bare_loop(base_url: str, count: int) -> None:
    """The same requests at the same per-account concurrency, with no bookkeeping."""
    limits = [asyncio.Semaphore(ReferenceChannel.max_concurrency) for _ in range(ACCOUNTS)]
    async with httpx.AsyncClient() as client:

        async def one(n: int) -> None:
            async with limits[n % ACCOUNTS]:
                r = await client.post(
                    f"{base_url}/v1/posts",
                    json={"text": f"bare {n}", "client_key": f"bare-{n}"},
                    headers={"Authorization": "Bearer good-token"},
                )
                r.json()

        await asyncio.gather(*(one(n) for n in range(count)))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--deliveries", type=int, default=2000)
    parser.add_argument("--latency", type=float, default=0.025)
    args = parser.parse_args()
    posts = args.deliveries // ACCOUNTS
    with ReferenceNetwork() as network, tempfile.TemporaryDirectory() as tmp:
        network.inject(Fault.latency(args.latency), method="POST", times=10 * args.deliveries)
        home = build_home(Path(tmp) / "home", network.base_url, posts)

        started = time.perf_counter()
        asyncio.run(bare_loop(network.base_url, posts * ACCOUNTS))
        bare = time.perf_counter() - started

        practice = open_practice(home, extra_plugins=(reference,))
        started = time.perf_counter()
        report = asyncio.run(flush.run(practice))
        ours = time.perf_counter() - started
        practice.close()

    published = report.counts().get("published", 0)
    ratio = ours / bare
    print(
        f"deliveries          {posts * ACCOUNTS} over {ACCOUNTS} accounts, "
        f"{args.latency * 1000:.0f} ms latency, {ReferenceChannel.max_concurrency} per account"
    )
    print(f"bare httpx loop     {bare:7.2f} s")
    print(f"medsocial flush     {ours:7.2f} s   ({published} published)")
    print(
        f"ratio               {ratio:7.2f} x   (target <= {TARGET} x)  "
        f"{'OK' if ratio <= TARGET else 'ABOVE TARGET'}"
    )
    print(
        f"bookkeeping         {(ours - bare) / max(published, 1) * 1000:7.2f} ms per delivery "
        "(claim + outcome commits with synchronous=FULL, audit events)"
    )


if __name__ == "__main__":
    main()
