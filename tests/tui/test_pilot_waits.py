"""``workers_done``: a worker replaced by a newer one in its exclusive group is done, not a
failure (the CI run that failed on a queue count replaced by the next one); a worker that
raised still fails the test."""

from __future__ import annotations

import threading

import pytest
from textual.app import App
from textual.worker import WorkerFailed, WorkerState

from medsocial_tui.tui.pilot import workers_done


class Counting(App[None]):
    def __init__(self) -> None:
        super().__init__()
        self.release = threading.Event()

    def count(self) -> int:
        self.release.wait(5)
        return 1

    def broken(self) -> None:
        raise RuntimeError("the read failed")


async def test_a_worker_replaced_in_its_exclusive_group_is_done() -> None:
    app = Counting()
    async with app.run_test():
        first = app.run_worker(app.count, thread=True, group="counts", exclusive=True)
        second = app.run_worker(app.count, thread=True, group="counts", exclusive=True)
        app.release.set()
        await workers_done(app)
        assert first.state == WorkerState.CANCELLED
        assert second.state == WorkerState.SUCCESS and second.result == 1


async def test_a_worker_that_raised_fails_the_wait() -> None:
    app = Counting()
    async with app.run_test():
        app.run_worker(app.broken, thread=True, exit_on_error=False)
        with pytest.raises(WorkerFailed):
            await workers_done(app)
