"""Flush overhead: 2,000 due deliveries over 4 accounts against a loopback network with
~25 ms latency, beside a bare httpx asyncio loop making the same requests at the same
concurrency. Target: flush / bare <= 1.15.

    .venv/bin/python benchmarks/flush_bench.py [--deliveries 2000] [--latency 0.025] [--rounds 3]

Each round times the bare loop, then a flush of a freshly built practice; the figures are the
medians over the rounds. Bookkeeping is the time flush's writer thread spends on claims,
outcomes, audit events and their commits (synchronous=FULL), per delivery: it runs beside the
requests, so it costs wall time only where a request waits for its claim. The loopback
server runs in this process, so both loops run with flush's GIL switch interval.
"""

from __future__ import annotations

import argparse
import asyncio
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

import httpx

from medsocial_tui import clock, demo, flush, queue
from medsocial_tui.config import write_secrets
from medsocial_tui.practice import open_practice
from medsocial_tui.store import wal_is_safe
from medsocial_tui.testing import reference
from medsocial_tui.testing.fakeapi import Fault
from medsocial_tui.testing.reference import ReferenceChannel, ReferenceNetwork

ACCOUNTS = 4
TARGET = 1.15


def build_home(root: Path, base_url: str, posts: int):
    os.environ["MEDSOCIAL_USER"] = "bench"
    home = demo.create_home(root, "Bench Dental", "UTC", login="bench", kind="test")
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


async def bare_loop(base_url: str, per_account: int, round_no: int) -> None:
    """The same requests with the same per-account concurrency (a worker per request slot
    pulling from its account's list), and no bookkeeping at all."""
    async with httpx.AsyncClient() as client:

        async def worker(account: int, todo: list[int]) -> None:
            while todo:
                n = todo.pop()
                r = await client.post(
                    f"{base_url}/v1/posts",
                    json={"text": f"bare {n}", "client_key": f"bare-{round_no}-{account}-{n}"},
                    headers={"Authorization": "Bearer good-token"},
                )
                r.json()

        lists = [list(range(per_account)) for _ in range(ACCOUNTS)]
        await asyncio.gather(
            *(
                worker(a, lists[a])
                for a in range(ACCOUNTS)
                for _ in range(ReferenceChannel.max_concurrency)
            )
        )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--deliveries", type=int, default=2000)
    parser.add_argument("--latency", type=float, default=0.025)
    parser.add_argument("--rounds", type=int, default=3)
    args = parser.parse_args()
    sys.setswitchinterval(flush.SWITCH_INTERVAL)
    posts = args.deliveries // ACCOUNTS
    total = posts * ACCOUNTS
    bare_times: list[float] = []
    flush_times: list[float] = []
    db_per_delivery: list[float] = []
    transactions: list[int] = []
    with ReferenceNetwork() as network, tempfile.TemporaryDirectory() as tmp:
        network.inject(Fault.latency(args.latency), method="POST", times=10**9)
        for round_no in range(args.rounds):
            home = build_home(Path(tmp) / f"home{round_no}", network.base_url, posts)

            started = time.perf_counter()
            asyncio.run(bare_loop(network.base_url, posts, round_no))
            bare_times.append(time.perf_counter() - started)

            practice = open_practice(home, extra_plugins=(reference,))
            started = time.perf_counter()
            report = asyncio.run(flush.run(practice))
            flush_times.append(time.perf_counter() - started)
            practice.close()
            published = report.counts().get("published", 0)
            if published != total:
                raise SystemExit(f"flush published {published} of {total}: {report.counts()}")
            db_per_delivery.append(report.db_seconds / total)
            transactions.append(report.db_transactions)
        if network.duplicates():
            raise SystemExit(f"duplicates on the server: {len(network.duplicates())}")

    bare = statistics.median(bare_times)
    ours = statistics.median(flush_times)
    ratio = ours / bare
    print(
        f"deliveries          {total} over {ACCOUNTS} accounts, {args.latency * 1000:.0f} ms "
        f"latency, {ReferenceChannel.max_concurrency} in flight per account, "
        f"median of {args.rounds} rounds"
    )
    print(f"journal mode        {'wal' if wal_is_safe() else 'delete'}, synchronous=FULL")
    print(
        f"GIL switch interval {flush.SWITCH_INTERVAL * 1000:.1f} ms for both loops (flush sets it; "
        "the loopback server shares this process)"
    )
    print(f"bare httpx loop     {bare:7.2f} s   ({', '.join(f'{t:.2f}' for t in bare_times)})")
    print(f"medsocial flush     {ours:7.2f} s   ({', '.join(f'{t:.2f}' for t in flush_times)})")
    print(
        f"ratio               {ratio:7.2f} x   (target <= {TARGET} x)  "
        f"{'OK' if ratio <= TARGET else 'ABOVE TARGET'}"
    )
    print(
        f"bookkeeping         {statistics.median(db_per_delivery) * 1000:7.2f} ms per delivery "
        "on the writer thread (claim, outcome, audit, commits)"
    )
    print(
        f"commits             {statistics.median(transactions):7.0f}      "
        f"for {total} deliveries (claims and outcomes share transactions)"
    )
    print(f"wall difference     {(ours - bare) / total * 1000:7.2f} ms per delivery")


if __name__ == "__main__":
    main()
