"""Waiting for the app in tests driven by Textual's Pilot (ours and plugin authors').

Reads and writes run in thread workers that report back as messages, and some groups are
exclusive: a newer count or reload cancels the one before it. Textual's
``app.workers.wait_for_complete()`` raises ``WorkerCancelled`` when it meets such a
replaced worker, which is how the app is meant to behave, not a failure; a test that waits
with it fails now and then, depending on timing. ``workers_done`` waits the same way, takes
a cancelled worker as done, still raises when a worker failed, and waits again for the
workers that the finished ones started.
"""

from __future__ import annotations

import asyncio
import io

from rich.console import Console, RenderableType
from textual.app import App
from textual.pilot import Pilot
from textual.worker import WorkerCancelled, WorkerState

_ACTIVE = (WorkerState.PENDING, WorkerState.RUNNING)


async def workers_done(app: App[object], rounds: int = 5) -> None:
    """Wait until no worker of ``app`` is pending or running (at most ``rounds`` waves of
    workers started by workers); a cancelled worker counts as done, a failed one raises."""
    for _ in range(rounds):
        active = [worker for worker in app.workers if worker.state in _ACTIVE]
        if not active:
            return
        for worker in active:
            for _wait in range(1000):  # a worker is started within a tick or two
                if worker.state != WorkerState.PENDING:
                    break
                await asyncio.sleep(0.005)
            try:
                await worker.wait()  # a failed worker raises WorkerFailed here
            except WorkerCancelled:
                continue


async def settle(pilot: Pilot[object], seconds: float = 0.0, tries: int = 100) -> None:
    """Let timers due within ``seconds`` fire, wait for the workers, let their messages
    reach the screen, and go on until the screen says it is ``up_to_date`` (a screen that
    shows background work, such as compose's preview, has that property): on a busy machine
    a chain of worker, debounce timer and worker takes longer than one delay."""
    await pilot.pause(seconds or None)
    for _ in range(tries):
        await workers_done(pilot.app)
        await pilot.pause()
        if getattr(pilot.app.screen, "up_to_date", True) and not any(
            worker.state in _ACTIVE for worker in pilot.app.workers
        ):
            return
        await pilot.pause(0.05)
    raise AssertionError(f"{type(pilot.app.screen).__name__} did not settle")


def plain_text(renderable: RenderableType, width: int = 1000) -> str:
    """What ``renderable`` shows, as plain text laid out ``width`` columns wide (so wide by
    default that no line wraps): the words a test looks for, as a person reads them."""
    console = Console(width=width, file=io.StringIO(), color_system=None, record=True)
    console.print(renderable)
    return "\n".join(line.rstrip() for line in console.export_text().splitlines())
