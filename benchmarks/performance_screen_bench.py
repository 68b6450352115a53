"""The performance screen's first frame with a year of daily figures, after the data is read,
beside a bare Textual app drawing a DataTable of the same rows. Target: <= 100 ms.

    .venv/bin/python benchmarks/performance_screen_bench.py [--rounds 7]

Both run headless at 80x24 with the settings users get (TEXTUAL_FPS=20, no animations). The
time runs from the moment the worker hands the numbers (and the chart it drew off the UI
thread: a year of daily figures, summed by week, through plotext) to the UI thread, to the
moment the screen has been refreshed (``call_after_refresh``). The worker's own time (read
and draw) is printed beside it: it never holds a key.
"""

from __future__ import annotations

import argparse
import asyncio
import os
import statistics
import tempfile
import time
from pathlib import Path

os.environ.setdefault("TEXTUAL_FPS", "20")
os.environ.setdefault("TEXTUAL_ANIMATIONS", "none")

from textual.app import App, ComposeResult  # noqa: E402
from textual.widgets import DataTable, Footer, Header, Static  # noqa: E402

from medsocial_tui.home import demo
from medsocial_tui.home.practice import open_practice  # noqa: E402
from medsocial_tui.tui.app import create_app  # noqa: E402

TARGET_MS = 100.0
WORKER: list[float] = []


async def medsocial_frame(home: Path) -> float:
    app = create_app(practice=open_practice(home))
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("d")
        for _ in range(200):
            await pilot.pause(0.02)
            if getattr(app.screen, "summary", None) is not None:
                break
        screen = app.screen
        screen.period = "year"
        screen.account = "google"
        done = asyncio.Event()
        took: list[float] = []
        original = screen.show

        def timed_show(*args):
            start = time.perf_counter()
            original(*args)
            app.call_after_refresh(lambda: (took.append(time.perf_counter() - start), done.set()))

        screen.show = timed_show
        started = time.perf_counter()
        screen.load()
        await asyncio.wait_for(done.wait(), 30)
        assert len(next(iter(screen.series.values()))) >= 360
        WORKER.append(time.perf_counter() - started - took[0])
        return took[0]


class Bare(App):
    def compose(self) -> ComposeResult:
        yield Header()
        yield Static("numbers")
        yield DataTable()
        yield Footer()


async def bare_frame(rows: int) -> float:
    app = Bare()
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        done = asyncio.Event()
        took: list[float] = []
        start = time.perf_counter()
        table = app.query_one(DataTable)
        table.add_columns("Counter", "This", "Last", "Change")
        for n in range(rows):
            table.add_row(f"counter {n}", str(n), str(n + 1), "+5%")
        app.call_after_refresh(lambda: (took.append(time.perf_counter() - start), done.set()))
        await asyncio.wait_for(done.wait(), 30)
        return took[0]


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--rounds", type=int, default=7)
    args = parser.parse_args()
    os.environ["MEDSOCIAL_USER"] = "bench"
    with tempfile.TemporaryDirectory(prefix="medsocial-perf-bench-") as tmp:
        home = demo.build(Path(tmp) / "demo", login="bench").root
        ours, bare = [], []
        for _ in range(args.rounds):
            bare.append(asyncio.run(bare_frame(12)))
            ours.append(asyncio.run(medsocial_frame(home)))
    ours_ms, bare_ms = statistics.median(ours) * 1000, statistics.median(bare) * 1000
    print(f"performance screen, first frame after the data is read, median of {args.rounds}")
    print(f"  {'bare DataTable (12 rows)':<40}{bare_ms:8.1f} ms")
    print(f"  {'medsocial, a year of daily figures':<40}{ours_ms:8.1f} ms")
    print(
        f"  {'(worker: read + draw, off the UI thread)':<40}"
        f"{statistics.median(WORKER) * 1000:8.1f} ms"
    )
    verdict = "ok" if ours_ms <= TARGET_MS else "OVER"
    print(f"  target <= {TARGET_MS:.0f} ms: {verdict} (ratio to bare {ours_ms / bare_ms:.2f})")


if __name__ == "__main__":
    main()
