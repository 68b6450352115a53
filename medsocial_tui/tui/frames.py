"""When a screen draws: at most ``TEXTUAL_FPS`` frames a second, except the frame a key is
waiting for, which is drawn as soon as what it shows is ready.

Textual draws a screen's changes on the ticks of a timer at ``1 / TEXTUAL_FPS`` seconds
(50 ms at medsocial's 20 frames a second), and a tick waits for the next point of that grid.
A key that came soon after a frame (`f` pressed twice quickly, Enter in the filter form,
whose closing is a frame) had its rows drawn up to 50 ms after they were ready.
:class:`FrameTimer` keeps the pace for everything else (a burst of page-downs over SSH draws
no more frames than before) and draws a key's frame at once when told (:meth:`hurry`)."""

from __future__ import annotations

import asyncio
import contextlib

from textual import _time
from textual.timer import EventTargetGone, Timer


class FrameTimer(Timer):
    """A screen's update timer (the one Textual makes with ``set_interval``): while resumed,
    it ticks at most once each ``interval`` seconds, counted from its last tick, and at once
    after :meth:`hurry`."""

    @property
    def _hurried(self) -> asyncio.Event:
        hurried: asyncio.Event | None = self.__dict__.get("_hurry_event")
        if hurried is None:
            hurried = self.__dict__["_hurry_event"] = asyncio.Event()
        return hurried

    def hurry(self) -> None:
        """The next frame is one a key waits for: drawn as soon as the screen asks for it,
        not at the pace's next tick."""
        self._hurried.set()

    @property
    def hurried(self) -> bool:
        """A frame a key waits for is to be drawn at once (:meth:`hurry`), not drawn yet."""
        return self._hurried.is_set()

    async def _run(self) -> None:
        last: float | None = None
        hurried = self._hurried
        while True:
            await self._active.wait()
            if last is not None and not hurried.is_set():
                wait = last + self._interval - _time.get_time()
                if wait > 0:
                    with contextlib.suppress(TimeoutError):
                        await asyncio.wait_for(hurried.wait(), wait)
                    await self._active.wait()  # paused meanwhile: nothing to draw yet
            hurried.clear()
            last = _time.get_time()
            try:
                await self._tick(next_timer=last, count=0)
            except EventTargetGone:
                break
