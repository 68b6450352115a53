"""Inbox fetch overhead: 2,000 items read in pages of 50 from the loopback inbox network,
beside a bare httpx loop reading the same pages. Target: at most 40 ms per page over the
bare read (one durable commit per page: about one fsync).

    .venv/bin/python benchmarks/inbox_fetch_bench.py [--items 2000] [--page 50] [--rounds 3]

The fetch commits each page and the cursor after it in one transaction (synchronous=FULL)
with its audit event, so the difference is the price of losing nothing on a crash; it is
per page, not per item. Medians over the rounds.
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

from medsocial_tui.home import demo
from medsocial_tui.home.config import write_secrets
from medsocial_tui.home.practice import open_practice
from medsocial_tui.listening import inbox_fetch
from medsocial_tui.testing import inbox_reference
from medsocial_tui.testing.inbox_reference import InboxNetwork

TARGET_MS = 40.0


def build_home(root: Path, base_url: str, pages: int):
    os.environ["MEDSOCIAL_USER"] = "bench"
    os.environ["MEDSOCIAL_PLUGINS"] = ""
    home = demo.create_home(root, "Bench Dental", "UTC", login="bench", kind="test")
    home.config_path.write_text(
        '[practice]\nname = "Bench Dental"\ntimezone = "UTC"\n'
        f"[inbox]\npages_per_run = {pages}\n"
        '[[accounts]]\nid = "page"\nchannel = "loopback-inbox"\nname = "Page"\n'
        f'base_url = "{base_url}"\n',
        "utf-8",
    )
    write_secrets(home, {"page": {"access_token": "good-token"}})
    return home


async def bare(base_url: str) -> int:
    seen, cursor = 0, "0"
    async with httpx.AsyncClient() as client:
        while True:
            response = await client.get(
                f"{base_url}/v1/activity",
                params={"after": cursor},
                headers={"Authorization": "Bearer good-token"},
            )
            body = response.json()
            seen += len(body["data"])
            cursor = body["cursor"]
            if not body["more"]:
                return seen


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--items", type=int, default=2000)
    parser.add_argument("--page", type=int, default=50)
    parser.add_argument("--rounds", type=int, default=3)
    args = parser.parse_args()
    bare_times, fetch_times = [], []
    for _ in range(args.rounds):
        with InboxNetwork(page_size=args.page) as network:
            for n in range(args.items):
                network.write(f"comment {n}")
            began = time.perf_counter()
            assert asyncio.run(bare(network.base_url)) == args.items
            bare_times.append(time.perf_counter() - began)
            with tempfile.TemporaryDirectory() as tmp:
                pages = args.items // args.page + 2
                home = build_home(Path(tmp) / "home", network.base_url, pages)
                practice = open_practice(home, extra_plugins=(inbox_reference,))
                began = time.perf_counter()
                report = asyncio.run(inbox_fetch.run(practice, alert=False))
                fetch_times.append(time.perf_counter() - began)
                practice.close()
                assert report.new == args.items, report.as_json()
    b, f = statistics.median(bare_times), statistics.median(fetch_times)
    pages = -(-args.items // args.page)
    print(f"items {args.items}, pages of {args.page} ({pages} pages), median of {args.rounds}")
    print(f"bare httpx loop : {b:6.3f} s  {args.items / b:8.0f} items/s")
    print(f"inbox fetch     : {f:6.3f} s  {args.items / f:8.0f} items/s")
    per_page = (f - b) / pages * 1000
    print(f"fetch / bare    : {f / b:6.2f}")
    print(f"per page        : {per_page:6.1f} ms over the bare read  (target <= {TARGET_MS:g})")
    sys.exit(0 if per_page <= TARGET_MS else 1)


if __name__ == "__main__":
    main()
