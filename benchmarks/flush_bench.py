"""Flush overhead as users run it: a real ``medsocial flush`` process publishing 2,000 due
deliveries over 4 accounts to a loopback network with ~25 ms latency, beside a bare httpx
asyncio process making the same requests at the same concurrency. Target: flush / bare <=
1.10, and flush's memory flat as the deliveries grow (``--deliveries 10000``).

    .venv/bin/python benchmarks/flush_bench.py [--deliveries 2000] [--latency 0.025] [--rounds 3]

Each round builds a fresh practice, then runs the bare process and the flush process one
after the other (interleaved, so a busy machine slows both); figures are medians over the
rounds: wall time from process start to exit, and peak resident memory of each process.
The loopback server runs in this process, on its own threads, for both.
"""

from __future__ import annotations

import argparse
import os
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from medsocial_tui import clock
from medsocial_tui.home import demo
from medsocial_tui.home.config import write_secrets
from medsocial_tui.home.practice import open_practice
from medsocial_tui.publishing import queue
from medsocial_tui.store import wal_is_safe
from medsocial_tui.testing import reference
from medsocial_tui.testing.fakeapi import Fault
from medsocial_tui.testing.reference import ReferenceChannel, ReferenceNetwork

ACCOUNTS = 4
TARGET = 1.10

BARE = r"""
import asyncio, sys
import httpx

base_url, per_account, accounts, slots, tag = sys.argv[1], int(sys.argv[2]), int(sys.argv[3]), int(sys.argv[4]), sys.argv[5]

async def main():
    async with httpx.AsyncClient() as client:
        async def worker(account, todo):
            while todo:
                n = todo.pop()
                r = await client.post(
                    f"{base_url}/v1/posts",
                    json={"text": f"bare {n}", "client_key": f"bare-{tag}-{account}-{n}"},
                    headers={"Authorization": "Bearer good-token"},
                )
                r.json()
        lists = [list(range(per_account)) for _ in range(accounts)]
        await asyncio.gather(*(worker(a, lists[a]) for a in range(accounts) for _ in range(slots)))

asyncio.run(main())
"""


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


def entry_point_site(root: Path) -> Path:
    """A folder declaring the loopback channel as an installed plugin, so the real
    ``medsocial flush`` finds it the way it finds any plugin."""
    info = root / "medsocial_reference-1.0.dist-info"
    info.mkdir(parents=True)
    (info / "METADATA").write_text(
        "Metadata-Version: 2.1\nName: medsocial-reference\nVersion: 1.0\n"
    )
    (info / "entry_points.txt").write_text(
        "[medsocial]\nloopback = medsocial_tui.testing.reference\n"
    )
    return root


def timed_process(args: list[str], env: dict[str, str]) -> tuple[float, float]:
    """Wall seconds from start to exit, and peak resident MB, of one process (its own
    resource usage, from wait4)."""
    with tempfile.TemporaryFile() as out:
        started = time.perf_counter()
        proc = subprocess.Popen(args, env=env, stdout=out, stderr=out)
        _pid, status, usage = os.wait4(proc.pid, 0)
        wall = time.perf_counter() - started
        proc.returncode = os.waitstatus_to_exitcode(status)
        if proc.returncode not in (0, 1):
            out.seek(0)
            raise SystemExit(f"{args[0]} failed ({proc.returncode}): {out.read()[-2000:]!r}")
    return wall, usage.ru_maxrss / 1024


def published(home) -> int:
    conn = sqlite3.connect(home.database_path)
    try:
        return conn.execute("SELECT count(*) FROM deliveries WHERE state='published'").fetchone()[0]
    finally:
        conn.close()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--deliveries", type=int, default=2000)
    parser.add_argument("--latency", type=float, default=0.025)
    parser.add_argument("--rounds", type=int, default=3)
    args = parser.parse_args()
    posts = args.deliveries // ACCOUNTS
    total = posts * ACCOUNTS
    slots = ReferenceChannel.max_concurrency
    bare_runs: list[tuple[float, float]] = []
    flush_runs: list[tuple[float, float]] = []
    medsocial = str(Path(sys.executable).parent / "medsocial")
    with ReferenceNetwork() as network, tempfile.TemporaryDirectory() as tmp:
        site = entry_point_site(Path(tmp) / "site")
        network.inject(Fault.latency(args.latency), method="POST", times=10**9)
        for round_no in range(args.rounds):
            home = build_home(Path(tmp) / f"home{round_no}", network.base_url, posts)
            env = {
                **os.environ,
                "MEDSOCIAL_HOME": str(home.root),
                "MEDSOCIAL_USER": "bench",
                "PYTHONPATH": str(site),
            }
            wall, peak = timed_process(
                [
                    sys.executable,
                    "-c",
                    BARE,
                    network.base_url,
                    str(posts),
                    str(ACCOUNTS),
                    str(slots),
                    f"r{round_no}",
                ],
                env,
            )
            bare_runs.append((wall, peak))
            # the console script, started as cron starts it
            wall, peak = timed_process([medsocial, "flush"], env)
            flush_runs.append((wall, peak))
            if published(home) != total:
                raise SystemExit(f"flush published {published(home)} of {total}")
        if network.duplicates():
            raise SystemExit(f"duplicates on the server: {len(network.duplicates())}")
    bare = statistics.median(t for t, _ in bare_runs)
    ours = statistics.median(t for t, _ in flush_runs)
    bare_mb = statistics.median(m for _, m in bare_runs)
    ours_mb = statistics.median(m for _, m in flush_runs)
    ratio = ours / bare
    print(
        f"deliveries       {total} over {ACCOUNTS} accounts, {args.latency * 1000:.0f} ms latency, "
        f"{slots} in flight per account, median of {args.rounds} rounds, journal "
        f"{'wal' if wal_is_safe() else 'delete'}, synchronous=FULL"
    )
    print(
        f"bare httpx       {bare:7.2f} s  {bare_mb:6.1f} MB   ({', '.join(f'{t:.2f}' for t, _ in bare_runs)})"
    )
    print(
        f"medsocial flush  {ours:7.2f} s  {ours_mb:6.1f} MB   ({', '.join(f'{t:.2f}' for t, _ in flush_runs)})"
    )
    print(
        f"ratio            {ratio:7.2f} x  (target <= {TARGET} x) "
        f"{'OK' if ratio <= TARGET else 'ABOVE TARGET'}; "
        f"{(ours - bare) / total * 1000:.2f} ms per delivery beyond the bare loop"
    )


if __name__ == "__main__":
    main()
