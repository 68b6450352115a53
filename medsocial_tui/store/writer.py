"""A writer thread for asyncio code: database work off the event loop, with group commit.

``medsocial flush`` keeps many requests in flight; each needs a committed claim before it is
sent and a committed outcome right after. Running those commits on the event loop would stall
every request behind each fsync, so they run here, on one thread with its own connection.
"""

from __future__ import annotations

import asyncio
import queue
import threading
import time
from collections.abc import Callable
from concurrent.futures import Future
from typing import Any, TypeVar

from medsocial_tui.store import Store

T = TypeVar("T")
Job = Callable[[Store], Any]


class GroupWriter:
    """One thread and one connection that run write jobs for asyncio code.

    Jobs that arrive while a transaction commits share the next ``BEGIN IMMEDIATE`` ...
    ``COMMIT``, so outcomes that finish together share one fsync. Each job runs in its own
    savepoint (when it shares the transaction): a job that raises is undone alone. A job's result is handed back only after its
    transaction committed, so a claim is durable before the request it allows is sent.
    """

    def __init__(self, open_store: Callable[[], Store], *, max_batch: int = 64) -> None:
        self._open_store = open_store
        self._max_batch = max_batch
        self._jobs: queue.SimpleQueue[tuple[Job, Future[Any]] | None] = queue.SimpleQueue()
        self._thread = threading.Thread(target=self._serve, name="medsocial-writer", daemon=True)
        self._broken: BaseException | None = None
        self.transactions = 0
        self.busy_seconds = 0.0
        """Commits so far, and the time spent running jobs and committing them."""

    def start(self) -> GroupWriter:
        self._thread.start()
        return self

    def submit(self, job: Callable[[Store], T]) -> Future[T]:
        future: Future[T] = Future()
        if self._broken is not None:
            future.set_exception(self._broken)
        else:
            self._jobs.put((job, future))
        return future

    async def run(self, job: Callable[[Store], T]) -> T:
        """Run ``job`` in the next transaction; return once that transaction committed."""
        return await asyncio.wrap_future(self.submit(job))

    def call(self, job: Callable[[Store], T]) -> T:
        """The same, blocking: for synchronous callers on any thread but the writer's."""
        return self.submit(job).result()

    def close(self) -> None:
        """Finish the queued jobs, then close the connection."""
        if self._thread.is_alive():
            self._jobs.put(None)
            self._thread.join()

    def _serve(self) -> None:
        try:
            store = self._open_store()
        except BaseException as exc:  # noqa: BLE001 - every waiting job learns why
            self._broken = exc
            while (item := self._jobs.get()) is not None:
                item[1].set_exception(exc)
            return
        try:
            stop = False
            while not stop:
                item = self._jobs.get()
                if item is None:
                    break
                batch = [item]
                while len(batch) < self._max_batch:
                    try:
                        item = self._jobs.get_nowait()
                    except queue.Empty:
                        break
                    if item is None:
                        stop = True
                        break
                    batch.append(item)
                self._commit(store, batch)
        finally:
            store.close()

    def _commit(self, store: Store, batch: list[tuple[Job, Future[Any]]]) -> None:
        began = time.perf_counter()
        try:
            self._transaction(store, batch)
        finally:
            self.busy_seconds += time.perf_counter() - began

    def _transaction(self, store: Store, batch: list[tuple[Job, Future[Any]]]) -> None:
        conn = store.db.conn
        results: list[tuple[Future[Any], bool, Any]] = []
        try:
            conn.execute("BEGIN IMMEDIATE")
            alone = len(batch) == 1
            for job, future in batch:
                if not future.set_running_or_notify_cancel():
                    continue
                if alone:
                    results.append((future, True, job(store)))
                    continue
                conn.execute("SAVEPOINT job")
                try:
                    value = job(store)
                except Exception as exc:  # noqa: BLE001 - handed to the job's caller
                    conn.execute("ROLLBACK TO job")
                    conn.execute("RELEASE job")
                    results.append((future, False, exc))
                else:
                    conn.execute("RELEASE job")
                    results.append((future, True, value))
            conn.commit()
            self.transactions += 1
        except BaseException as exc:  # noqa: BLE001 - nothing of this batch was committed
            if conn.in_transaction:
                conn.rollback()
            for _job, future in batch:
                if future.running():
                    future.set_exception(exc)
            return
        for future, ok, value in results:
            if ok:
                future.set_result(value)
            else:
                future.set_exception(value)
