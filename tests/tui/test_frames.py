"""A key's frame is drawn as soon as its rows are in; other frames keep Textual's pace."""

from __future__ import annotations

import asyncio

from textual.app import App

from medsocial_tui.tui.frames import FrameTimer


async def _until(ready, what: str) -> None:
    """Yield to the loop until ``ready()``; a FrameTimer that never ticks fails the test in
    seconds instead of hanging the suite."""

    async def wait() -> None:
        while not ready():
            await asyncio.sleep(0)

    try:
        await asyncio.wait_for(wait(), 5)
    except TimeoutError:
        raise AssertionError(f"the frame timer never ticked: {what}") from None


async def test_a_hurried_frame_does_not_wait_for_the_pace():
    ticks: list[int] = []
    app = App()
    async with app.run_test():
        # a pace of an hour: only hurry() can bring the second tick within the test
        timer = FrameTimer(app, 3600, callback=lambda: ticks.append(len(ticks)), pause=True)
        timer._start()
        try:
            timer.resume()
            await _until(lambda: bool(ticks), "the first tick")
            timer.pause()
            timer.resume()  # asked for again at once: waits for the pace
            for _ in range(50):
                await asyncio.sleep(0)
            assert ticks == [0]
            timer.hurry()  # a key's rows are in
            await _until(lambda: len(ticks) >= 2, "the hurried tick")
            assert ticks == [0, 1]
        finally:
            timer.stop()
