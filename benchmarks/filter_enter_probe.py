"""Enter in the queue's filter form, on the UI thread only, measured in-process: what the
clock of a busy machine cannot say steadily (tui_bench.py measures the same key in a real
pseudo-terminal, where waking the writer thread and the pty add 0.3-8 ms).

For each filter of tui_bench's ``FILTERS`` (chosen in the form, its view read ahead as a
person fills it in), ``--rounds`` times: from the Enter key sent to the frame handed to
Textual's writer thread, the UI thread's time (median) and Python calls (a profile of that
thread, in a separate press: the profile slows it), then until the screen settles the
frames drawn, the layouts of the queue's screen, the widgets that asked to be drawn and
the bytes of the frame.

    .venv/bin/python benchmarks/filter_enter_probe.py --home /dev/shm/qhome [--rounds 7]
        [--profile]
"""

from __future__ import annotations

import argparse
import asyncio
import cProfile
import json
import os
import pstats
import statistics
import sys
import time
from pathlib import Path

os.environ.setdefault("TEXTUAL_FPS", "20")  # as run_app chooses, before Textual is imported
os.environ.setdefault("TEXTUAL_ANIMATIONS", "none")
os.environ.setdefault("MEDSOCIAL_USER", "bench")

from textual.screen import Screen  # noqa: E402
from textual.widget import Widget  # noqa: E402
from textual.widgets import Input, Select  # noqa: E402

from medsocial_tui.home.practice import open_practice  # noqa: E402
from medsocial_tui.tui.app import MedsocialApp  # noqa: E402
from medsocial_tui.tui.pilot import settle  # noqa: E402

CHOICES = (
    ("#f-author", "jreyes", "jreyes"),
    ("#f-status", "approved", "status approved"),
    ("#f-state", "needs a person", "needs a person"),
)
"""The filters of tui_bench.FILTERS: the form's field, the value chosen, the view's name."""
FRAME_END = "\x1b[?2026l"


class TerminalDriver:
    """Textual's driver as in a person's terminal (not headless, synchronized output): the
    frames handed to the writer thread are kept, with when they were handed over."""

    is_headless = False
    is_inline = False
    is_web = False

    def __init__(self, driver) -> None:
        self.driver = driver
        self.writes: list[tuple[float, str]] = []
        self.on_frame = None
        """Called once with the next frame, as it is handed over."""

    def write(self, data: str) -> None:
        self.writes.append((time.perf_counter(), data))
        if FRAME_END in data and self.on_frame is not None:
            told, self.on_frame = self.on_frame, None
            told()

    def flush(self) -> None:
        pass

    def __getattr__(self, name: str):
        return getattr(self.driver, name)


class Counts:
    """Layouts of a screen and widgets' requests to be drawn, counted while ``on``."""

    def __init__(self) -> None:
        self.on = False
        self.layouts = 0
        self.refreshes: dict[str, int] = {}

    def install(self) -> None:
        layout = Screen._refresh_layout
        refresh = Widget.refresh
        counts = self

        def counted_layout(screen, *args, **kwargs):
            if counts.on and (screen._layout_required or kwargs.get("full")):
                counts.layouts += 1
            return layout(screen, *args, **kwargs)

        def counted_refresh(widget, *args, **kwargs):
            if counts.on:
                name = (
                    f"{type(widget).__name__}#{widget.id}" if widget.id else type(widget).__name__
                )
                if kwargs.get("layout"):
                    name += " (layout)"
                counts.refreshes[name] = counts.refreshes.get(name, 0) + 1
            return refresh(widget, *args, **kwargs)

        Screen._refresh_layout = counted_layout  # type: ignore[method-assign]
        Widget.refresh = counted_refresh  # type: ignore[method-assign]


async def one_enter(app, pilot, driver, counts, field, value, name, *, calls, profile):
    """One filter chosen and shown; what Enter cost the UI thread."""
    await pilot.press("slash")
    await settle(pilot)
    form = app.screen
    for text in form.query(Input):
        text.cursor_blink = False  # its blink is a frame of the form now and then
    form.query_one(field, Select).value = value
    await settle(pilot)
    await pilot.pause(0.1)
    before = len(driver.writes)
    counts.on, counts.layouts, counts.refreshes = True, 0, {}
    called = [0]

    def tracer(frame, event, arg):
        if event == "call":
            called[0] += 1

    profiler = cProfile.Profile() if profile else None

    def handed_over() -> None:
        if calls:
            sys.setprofile(None)
        if profiler is not None:
            profiler.disable()

    driver.on_frame = handed_over
    if calls:
        sys.setprofile(tracer)
    if profiler is not None:
        profiler.enable()
    sent = time.perf_counter()
    await pilot.press("enter")
    await settle(pilot)
    await pilot.pause(0.3)  # any frame that comes after the key's
    counts.on = False
    sys.setprofile(None)
    if profiler is not None:
        profiler.disable()
    frames = [(at, data) for at, data in driver.writes[before:] if FRAME_END in data]
    shown = "\n".join(app.screen.query_one("#status-line").render().plain.splitlines())
    assert shown.startswith(f"{name}: row 1 of"), shown
    result = {
        "ms": (frames[0][0] - sent) * 1000 if frames else float("nan"),
        "calls": called[0],
        "frames": len(frames),
        "bytes": len(frames[0][1]) if frames else 0,
        "layouts": counts.layouts,
        "refreshes": dict(counts.refreshes),
    }
    await pilot.press("escape")  # all posts again
    await settle(pilot)
    await pilot.pause(0.1)
    return result, profiler


async def probe(
    home: Path, rounds: int, profile: bool, profiles: dict[str, cProfile.Profile]
) -> dict[str, dict[str, object]]:
    practice = open_practice(home)
    app = MedsocialApp(practice, owns_practice=True)
    counts = Counts()
    counts.install()
    report: dict[str, dict[str, object]] = {}
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        await pilot.pause(0.5)
        driver = TerminalDriver(app._driver)
        app._driver, app._sync_available = driver, True
        try:
            app.screen.refresh()
            await settle(pilot)
            for field, value, name in CHOICES:
                timed, counted = [], []
                for n in range(rounds + 1):
                    result, _ = await one_enter(
                        app, pilot, driver, counts, field, value, name, calls=False, profile=False
                    )
                    if n:  # the first warms the caches
                        timed.append(result)
                    result, _ = await one_enter(
                        app, pilot, driver, counts, field, value, name, calls=True, profile=False
                    )
                    if n:
                        counted.append(result)
                if profile:
                    _, profiled = await one_enter(
                        app, pilot, driver, counts, field, value, name, calls=False, profile=True
                    )
                    profiles[name] = profiled
                report[name] = {
                    "ui_ms_median": round(statistics.median(r["ms"] for r in timed), 2),
                    "ui_ms_min": round(min(r["ms"] for r in timed), 2),
                    "python_calls": statistics.median(r["calls"] for r in counted),
                    "frames": statistics.median(r["frames"] for r in timed),
                    "frame_bytes": statistics.median(r["bytes"] for r in timed),
                    "layouts": statistics.median(r["layouts"] for r in timed),
                    "refreshes": timed[-1]["refreshes"],
                }
        finally:
            app._driver = driver.driver
    return report


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--home", type=Path, required=True)
    parser.add_argument("--rounds", type=int, default=7)
    parser.add_argument("--profile", action="store_true", help="print a profile of one Enter")
    args = parser.parse_args()
    profiles: dict[str, cProfile.Profile] = {}
    report = asyncio.run(probe(args.home, args.rounds, args.profile, profiles))
    for name, profiler in profiles.items():
        print(f"--- Enter for {name}: the UI thread to the frame handed over (cProfile)")
        pstats.Stats(profiler).sort_stats(os.environ.get("PROBE_SORT", "cumulative")).print_stats(
            int(os.environ.get("PROBE_LINES", "50"))
        )
    for name, row in report.items():
        print(f"{name:18} {json.dumps(row)}")


if __name__ == "__main__":
    main()
