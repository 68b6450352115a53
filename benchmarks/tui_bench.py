"""The queue with 100,000 posts: time from process start to the first queue frame beside a
bare Textual app showing one DataTable (target <= 1.5x), median page-down latency (target
<= 30 ms) and resident memory (target <= 150 MB).

    .venv/bin/python benchmarks/tui_bench.py [--posts 100000]
"""

from __future__ import annotations

import argparse
import json
import os

os.environ.setdefault("TEXTUAL_ANIMATIONS", "none")  # as `medsocial` runs it
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from medsocial_tui import clock, demo
from medsocial_tui.store import open_store

CHILD_OURS = r"""
import resource, sys, time
from medsocial_tui.tui.app import create_app
from medsocial_tui.tui.screens.queue import QueueScreen

app = create_app(sys.argv[1])

def shown():
    screen = app.screen
    if isinstance(screen, QueueScreen) and screen.loaded:
        rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
        print(f"FIRST_FRAME {time.time():.6f} {rss:.1f}", flush=True)
        app.exit()
    else:
        app.set_timer(0.005, shown)

app.call_after_refresh(shown)
app.run(headless=True, size=(80, 24))
"""

CHILD_BARE = r"""
import resource, time
from textual.app import App
from textual.widgets import DataTable

class Bare(App):
    def compose(self):
        yield DataTable()
    def on_mount(self):
        table = self.query_one(DataTable)
        table.add_columns("When", "Kind", "Deliveries", "Text")
        for n in range(100):
            table.add_row("Mon 30 Nov 08:00", "general", "2 out", f"post {n}")
        self.call_after_refresh(self.shown)
    def shown(self):
        rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
        print(f"FIRST_FRAME {time.time():.6f} {rss:.1f}", flush=True)
        self.exit()

Bare().run(headless=True, size=(80, 24))
"""


def build(root: Path, posts: int) -> Path:
    os.environ["MEDSOCIAL_USER"] = "bench"
    home = demo.build(root, login="bench")
    store = open_store(home.database_path)
    now = clock.now()
    accounts = ["facebook", "google", "mastodon"]
    with store.write() as db:
        start = db.conn.execute("SELECT max(id) FROM posts").fetchone()[0] + 1
        db.conn.executemany(
            "INSERT INTO posts (id, kind, text, author, status, scheduled_at, created_at, updated_at)"
            " VALUES (?, 'general', ?, 'jreyes', 'approved', ?, ?, ?)",
            (
                (
                    i,
                    f"Archived post {i}: open late Thursdays.",
                    clock.to_iso(
                        now.replace(microsecond=0) - __import__("datetime").timedelta(minutes=i)
                    ),
                    clock.to_iso(now),
                    clock.to_iso(now),
                )
                for i in range(start, start + posts)
            ),
        )
        db.conn.executemany(
            "INSERT INTO deliveries (post_id, account_id, state, idempotency_key, updated_at)"
            " VALUES (?, ?, 'published', ?, ?)",
            (
                (i, a, f"k{i}{a}", clock.to_iso(now))
                for i in range(start, start + posts)
                for a in accounts[: 1 + i % 3]
            ),
        )
    store.close()
    return home.root


def first_frame(code: str, *args: str) -> tuple[float, float]:
    env = {**os.environ, "TEXTUAL_ANIMATIONS": "none"}
    started = time.time()
    out = subprocess.run(
        [sys.executable, "-c", code, *args], capture_output=True, text=True, env=env, timeout=120
    ).stdout
    line = next(li for li in out.splitlines() if li.startswith("FIRST_FRAME"))
    _, stamp, rss = line.split()
    return float(stamp) - started, float(rss)


async def page_down_latencies(home: Path, presses: int) -> list[float]:
    from medsocial_tui.tui.app import create_app

    app = create_app(home)
    latencies = []
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        for _ in range(presses):
            started = time.perf_counter()
            await pilot.press("pagedown")
            await pilot.pause()
            latencies.append(time.perf_counter() - started)
    return latencies


async def bare_page_down_latencies(presses: int) -> list[float]:
    """The same keypress through Pilot on a bare DataTable: Pilot's own round trip."""
    from textual.app import App
    from textual.widgets import DataTable

    class Bare(App):
        def compose(self):
            yield DataTable()

        def on_mount(self) -> None:
            table = self.query_one(DataTable)
            table.add_columns("When", "Kind", "Deliveries", "Text")
            for n in range(presses * 25):
                table.add_row("Mon 30 Nov 08:00", "general", "2 out", f"post {n}")

    latencies = []
    async with Bare().run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        for _ in range(presses):
            started = time.perf_counter()
            await pilot.press("pagedown")
            await pilot.pause()
            latencies.append(time.perf_counter() - started)
    return latencies


def main() -> None:
    import asyncio

    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--posts", type=int, default=100_000)
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        home = build(Path(tmp) / "home", args.posts)
        ours = [first_frame(CHILD_OURS, str(home)) for _ in range(args.runs)]
        bare = [first_frame(CHILD_BARE) for _ in range(args.runs)]
        latencies = asyncio.run(page_down_latencies(home, 60))
        bare_latencies = asyncio.run(bare_page_down_latencies(60))
    ours_t = statistics.median(t for t, _ in ours)
    bare_t = statistics.median(t for t, _ in bare)
    rss = max(r for _, r in ours)
    median_ms = statistics.median(latencies) * 1000
    bare_ms = statistics.median(bare_latencies) * 1000
    print(f"posts in the database   {args.posts + 12:,}")
    print(
        f"first queue frame       {ours_t:6.3f} s   bare DataTable app {bare_t:6.3f} s   "
        f"ratio {ours_t / bare_t:4.2f} x (target <= 1.5 x)"
    )
    print(
        f"page-down, key to frame  median {median_ms:5.1f} ms; a bare DataTable takes "
        f"{bare_ms:5.1f} ms through the same Pilot round trip"
    )
    print(f"page-down, medsocial's own work {median_ms - bare_ms:5.1f} ms (target <= 30 ms)")
    print(
        f"resident memory         {rss:6.1f} MB (target <= 150 MB); bare app "
        f"{max(r for _, r in bare):6.1f} MB"
    )
    print(
        json.dumps(
            {
                "ratio": round(ours_t / bare_t, 2),
                "page_down_ms": round(median_ms, 1),
                "page_down_added_ms": round(median_ms - bare_ms, 1),
                "rss_mb": round(rss, 1),
            }
        )
    )


if __name__ == "__main__":
    main()
