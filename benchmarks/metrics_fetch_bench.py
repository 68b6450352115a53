"""`medsocial metrics fetch` over 5,000 published posts on 8 accounts, beside a bare httpx
loop making the same reads, each a whole process, against loopback Mastodon instances with
~25 ms latency a request. Target: fetch / bare <= 1.2.

    .venv/bin/python benchmarks/metrics_fetch_bench.py [--posts 5000] [--latency 0.025] [--rounds 3]

Both read each account's posts 20 at a time (``GET /api/v1/statuses?id[]=``), accounts at once,
one account's pages one after another; fetch also stores every sample (one transaction a
page), reads the accounts' followers and records each account's run. The figures are medians
over the rounds; the samples are removed before each fetch so every round reads everything.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import textwrap
import time
from datetime import timedelta
from pathlib import Path

from medsocial_mastodon.fake import TOKEN, FakeMastodon

from medsocial_tui import clock
from medsocial_tui.home import demo
from medsocial_tui.home.config import write_secrets
from medsocial_tui.home.practice import open_practice
from medsocial_tui.testing.fakeapi import Fault
from medsocial_tui.testing.processes import user_env

ACCOUNTS = 8
TARGET = 1.2

BARE = textwrap.dedent(
    """
    import asyncio, json, sys
    import httpx

    plan = json.loads(sys.stdin.read())

    async def account(client, base, ids):
        for start in range(0, len(ids), 20):
            r = await client.get(
                f"{base}/api/v1/statuses",
                params=[("id[]", i) for i in ids[start : start + 20]],
                headers={"Authorization": "Bearer TOKEN_HERE"},
            )
            r.raise_for_status()
            r.json()
        r = await client.get(
            f"{base}/api/v1/accounts/verify_credentials",
            headers={"Authorization": "Bearer TOKEN_HERE"},
        )
        r.json()

    async def main():
        async with httpx.AsyncClient(timeout=30) as client:
            await asyncio.gather(*(account(client, b, ids) for b, ids in plan))

    asyncio.run(main())
    """
).replace("TOKEN_HERE", TOKEN)


def build(root: Path, fakes: list[FakeMastodon], posts: int) -> tuple[Path, list]:
    os.environ["MEDSOCIAL_USER"] = "bench"
    home = demo.create_home(root, "Bench Dental", "UTC", login="bench", kind="test")
    accounts = "".join(
        f'\n[[accounts]]\nid = "m{i}"\nchannel = "mastodon"\nname = "M{i}"\n'
        f'base_url = "{fake.base_url}"\n'
        for i, fake in enumerate(fakes)
    )
    home.config_path.write_text(
        '[practice]\nname = "Bench Dental"\ntimezone = "UTC"\none_person_practice = true\n'
        + accounts,
        "utf-8",
    )
    write_secrets(home, {f"m{i}": {"access_token": TOKEN} for i in range(len(fakes))})
    practice = open_practice(home)
    plan: list[tuple[str, list[str]]] = [(f.base_url, []) for f in fakes]
    published = clock.to_iso(clock.now() - timedelta(days=2))
    with practice.store.write() as db:
        for n in range(posts):
            index = n % len(fakes)
            fake = fakes[index]
            status_id = str(120_000_000_000_000_000 + n)
            fake.statuses.append(
                {
                    "id": status_id,
                    "content": f"<p>Post {n}</p>",
                    "favourites_count": n % 17,
                    "reblogs_count": n % 5,
                    "replies_count": n % 3,
                }
            )
            plan[index][1].append(status_id)
            post_id = db.conn.execute(
                "INSERT INTO posts (kind, text, author, status, created_at, updated_at)"
                " VALUES ('education', ?, 'bench', 'approved', ?, ?)",
                (f"Post {n}", published, published),
            ).lastrowid
            db.conn.execute(
                "INSERT INTO deliveries (post_id, account_id, state, idempotency_key, remote_id,"
                " published_at, updated_at) VALUES (?, ?, 'published', ?, ?, ?, ?)",
                (post_id, f"m{index}", f"k{n}", status_id, published, published),
            )
    practice.close()
    return home.root, plan


def timed(argv: list[str], **kwargs) -> float:
    start = time.perf_counter()
    done = subprocess.run(argv, capture_output=True, text=True, **kwargs)
    elapsed = time.perf_counter() - start
    if done.returncode != 0:
        sys.exit(f"{argv[0]} failed ({done.returncode}): {done.stderr[-2000:]}")
    return elapsed


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--posts", type=int, default=5000)
    parser.add_argument("--latency", type=float, default=0.025)
    parser.add_argument("--rounds", type=int, default=3)
    args = parser.parse_args()
    fakes = [FakeMastodon() for _ in range(ACCOUNTS)]
    for fake in fakes:
        fake.start()
        fake.inject(Fault.latency(args.latency), times=10**9)
    exe = str(Path(sys.executable).parent / "medsocial")
    bare_times, fetch_times = [], []
    try:
        with tempfile.TemporaryDirectory(prefix="medsocial-metrics-bench-") as tmp:
            root, plan = build(Path(tmp) / "home", fakes, args.posts)
            env = user_env({"MEDSOCIAL_HOME": str(root), "MEDSOCIAL_USER": "bench"})
            if os.environ.get("BENCH_KEEP"):
                print("home:", root, file=sys.stderr)
            for _ in range(args.rounds):
                bare_times.append(
                    timed([sys.executable, "-c", BARE], input=json.dumps(plan), env=env)
                )
                practice = open_practice(root)
                with practice.store.write() as db:
                    db.conn.execute("DELETE FROM post_metrics")
                    db.conn.execute("DELETE FROM account_metrics")
                practice.close()
                fetch_times.append(timed([exe, "metrics", "fetch", "--json"], env=env))
            practice = open_practice(root)
            stored = practice.store.one("SELECT count(*) AS n FROM post_metrics")["n"]
            practice.close()
    finally:
        for fake in fakes:
            fake.stop()
    bare, fetch = statistics.median(bare_times), statistics.median(fetch_times)
    requests = sum(-(-len(ids) // 20) + 1 for _, ids in plan)
    print(
        f"metrics fetch: {args.posts} posts on {ACCOUNTS} accounts, {requests} requests, "
        f"{args.latency * 1000:.0f} ms latency, median of {args.rounds}"
    )
    print(f"  {'bare httpx loop':<24}{bare:8.2f} s")
    print(f"  {'medsocial metrics fetch':<24}{fetch:8.2f} s   samples stored: {stored}")
    ratio = fetch / bare
    print(f"  ratio {ratio:.2f} (target <= {TARGET}) {'ok' if ratio <= TARGET else 'OVER'}")


if __name__ == "__main__":
    main()
