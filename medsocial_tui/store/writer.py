"""A writer thread for asyncio code: database work off the event loop, with group commit.

``medsocial flush`` keeps many requests in flight; each needs a committed claim before it is
sent and a committed outcome right after. Running those commits on the event loop would stall
every request behind each fsync, so they run here, on one thread with its own connection.

Nothing waits on this thread without a deadline. The lock is taken in short tries, so a
database held by another process is noticed within a fraction of a second and a stop within
about a second (one more second is left to a lock held only a moment); a failure of the
database as a whole (busy past the deadline, disk full, read-only, the thread gone) breaks the
writer, and every job waiting or still to come fails with the same :class:`WriterFailed`
instead of hanging.
"""

from __future__ import annotations

import queue
import sqlite3
import threading
import time
from collections.abc import Callable
from concurrent.futures import Future
from concurrent.futures import TimeoutError as FutureTimeout
from contextlib import AbstractContextManager, nullcontext
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar

from medsocial_tui.errors import DatabaseError
from medsocial_tui.store import BUSY_TIMEOUT_SECONDS, Store
from medsocial_tui.store.trouble import explain, kind_of

if TYPE_CHECKING:
    import asyncio

T = TypeVar("T")
Job = Callable[[Store], Any]

LOCK_TRY_SECONDS = 0.2
"""How long one try for the write lock waits before the writer looks at the clock and at
the stop flag again."""
STOP_GRACE_SECONDS = 1.0
"""After a stop is asked for, how long a job still waits for a lock held only for a moment (a
reader), so requests that finished are recorded rather than left unknown."""
JOB_MARGIN_SECONDS = 30.0
"""What a job may take beyond the wait for the lock before its caller gives up on it."""
LINGER_SECONDS = 0.05
"""How long a batch of jobs nobody is waiting for yet (``urgent=False``) waits for more
before it commits: an urgent job, a full batch or this much time commits it at once."""


class WriterFailed(Exception):
    """The writer cannot go on: ``error`` says why in words (busy, disk full, read-only)."""

    def __init__(self, error: DatabaseError) -> None:
        super().__init__(error.what)
        self.error = error


class WriterStopped(Exception):
    """A stop was asked for while a job waited for the lock; nothing of it was written."""


class GroupWriter:
    """One thread and one connection that run write jobs for asyncio code.

    Jobs that arrive while a transaction commits share the next ``BEGIN IMMEDIATE`` ...
    ``COMMIT``, so outcomes that finish together share one fsync. Each job runs in its own
    savepoint (when it shares the transaction): a job that raises is undone alone. A job's
    result is handed back only after its transaction committed, so a claim is durable before
    the request it allows is sent.
    """

    def __init__(
        self,
        open_store: Callable[[], Store],
        *,
        max_batch: int = 64,
        busy_seconds: float = BUSY_TIMEOUT_SECONDS,
        path: Path | None = None,
        around: Callable[[Store], AbstractContextManager[object]] | None = None,
    ) -> None:
        self._open_store = open_store
        self._around = around or nullcontext
        """Entered after ``BEGIN IMMEDIATE`` around a transaction's jobs (left without an
        error just before ``COMMIT``), and again around each job (an error leaves it before
        the job's changes are undone): flush reads the record key once per transaction and
        writes the transaction's audit events in one statement."""
        self._path = path
        self._max_batch = max_batch
        self.busy_seconds_allowed = busy_seconds
        self._jobs: queue.SimpleQueue[tuple[Job, Answer, bool, bool] | None] = queue.SimpleQueue()
        self._wake = threading.Event()
        """Set when a lingering batch must not wait any longer: an urgent job, a full batch's
        worth queued, or the close. A job nobody waits for yet does not set it: waking the
        writer for each (a switch of threads, and of the interpreter lock away from the event
        loop, per delivery) only to add it to the batch was most of the writer's wake-ups."""
        self._thread = threading.Thread(target=self._serve, name="medsocial-writer", daemon=True)
        self._broken: WriterFailed | None = None
        self._closed = False
        self._state = threading.Lock()
        self.stop = threading.Event()
        """Set to give up waiting for the lock (SIGTERM): waiting jobs fail with
        :class:`WriterStopped`; jobs that hold the lock finish."""
        self.transactions = 0
        self.busy_seconds = 0.0
        """Commits so far, and the time spent running jobs and committing them."""
        self.began = 0
        """Transactions begun so far: the one running now, to a job (see
        :meth:`~medsocial_tui.publishing.sending._Preparer.data_version`)."""

    @property
    def deadline(self) -> float:
        """Seconds a caller waits for one job at most: the lock, then the job itself."""
        return self.busy_seconds_allowed + JOB_MARGIN_SECONDS

    @property
    def broken(self) -> WriterFailed | None:
        return self._broken

    def start(self) -> GroupWriter:
        self._thread.start()
        return self

    def submit(
        self, job: Callable[[Store], T], *, urgent: bool = True, savepoint: bool = True
    ) -> Future[T]:
        """Queue ``job``. An urgent job is committed with whatever is queued as soon as the
        writer is free; a job that is not (an outcome whose caller has other work) may wait
        up to LINGER_SECONDS to share its commit with the jobs that follow.

        ``savepoint=False``: the job does not need its own savepoint (two statements) to be
        undone alone, because it raises only before it writes (what it raises then reaches
        its caller alone, as with a savepoint). Should it raise after a write all the same,
        the whole transaction is rolled back and every job in it fails with that error."""
        future: Future[T] = Future()
        self._submit(job, future, urgent=urgent, savepoint=savepoint)
        return future

    def _submit(self, job: Job, future: Answer, *, urgent: bool, savepoint: bool) -> None:
        with self._state:
            if self._broken is not None:
                future.set_exception(self._broken)
            elif self._closed or (self._thread.ident is not None and not self._thread.is_alive()):
                future.set_exception(self._fail_on(RuntimeError("the writer thread has ended")))
            else:
                self._jobs.put((job, future, urgent, savepoint))
                if urgent or self._jobs.qsize() >= self._max_batch:
                    self._wake.set()

    async def run(
        self,
        job: Callable[[Store], T],
        *,
        timeout: float | None = None,
        urgent: bool = True,
        savepoint: bool = True,
    ) -> T:
        """Run ``job`` in the next transaction; return once that transaction committed.
        Raises :class:`WriterFailed` when the database cannot take it within the deadline.
        ``urgent`` and ``savepoint`` as for :meth:`submit`."""
        return await self.result(self.later(job, urgent=urgent, savepoint=savepoint), timeout)

    def later(
        self, job: Callable[[Store], T], *, urgent: bool = True, savepoint: bool = True
    ) -> asyncio.Future[T]:
        """:meth:`submit` for the event loop: the job's future as an asyncio one, with no task
        or timer of its own (flush hands over one outcome per delivery); wait for it with
        :meth:`result`. Cancelling it cancels the job if it has not started."""
        import asyncio  # already loaded: this runs in its event loop

        waiter: asyncio.Future[T] = asyncio.get_running_loop().create_future()
        future = _LoopJob(waiter)
        self._submit(job, future, urgent=urgent, savepoint=savepoint)
        if future.done():  # refused at once (the writer broken or closed)
            _settle([(waiter, future)])
        else:
            waiter.add_done_callback(partial(_cancel_unless_answered, future))
        return waiter

    async def result(self, future: asyncio.Future[T], timeout: float | None = None) -> T:
        """The result of a job from :meth:`later`, waiting at most ``timeout`` (the writer's
        deadline) from now: :class:`WriterFailed` when no answer came by then."""
        import asyncio

        if future.done():
            return future.result()
        try:
            async with asyncio.timeout(timeout or self.deadline):  # no waiter of wait_for's
                return await future
        except TimeoutError:
            raise self._fail_on(TimeoutError("no answer from the writer")) from None

    def call(self, job: Callable[[Store], T], *, timeout: float | None = None) -> T:
        """The same, blocking: for synchronous callers on any thread but the writer's."""
        future = self.submit(job)
        try:
            return future.result(timeout or self.deadline)
        except FutureTimeout:
            raise self._fail_on(TimeoutError("no answer from the writer")) from None

    def close(self, timeout: float | None = None) -> bool:
        """Finish the queued jobs, then close the connection; False when the thread did not
        end within ``timeout`` (it is a daemon: it ends with the process)."""
        with self._state:
            self._closed = True
        if self._thread.is_alive():
            self._jobs.put(None)
            self._wake.set()
            self._thread.join(timeout)
        return not self._thread.is_alive()

    def _fail_on(self, exc: BaseException, waited: float | None = None) -> WriterFailed:
        """Break the writer for good with the words for ``exc``; the first cause wins."""
        if isinstance(exc, WriterFailed):
            self._broken = self._broken or exc
        if self._broken is None:
            if isinstance(exc, DatabaseError):
                error = exc
            elif kind_of(exc) is None:
                error = DatabaseError(
                    f"the database writer stopped ({type(exc).__name__}: {exc})",
                    where=str(self._path) if self._path else None,
                    fix="run it again; if it keeps happening, run `medsocial doctor`",
                )
            else:
                error = explain(exc, self._path, waited=waited)
            self._broken = WriterFailed(error)
        return self._broken

    def _drain(self, exc: BaseException) -> None:
        """Fail every job still queued: nobody will run them."""
        while True:
            try:
                item = self._jobs.get_nowait()
            except queue.Empty:
                return
            if item is not None and not item[1].done():
                if item[1].set_running_or_notify_cancel():
                    item[1].set_exception(exc)
                    _tell_loops([item[1]])

    def _serve(self) -> None:
        try:
            store = self._open_store()
        except BaseException as exc:  # noqa: BLE001 - every waiting job learns why
            failed = self._fail_on(exc)
            self._drain(failed)
            return
        self._path = self._path or store.path
        try:
            # The lock is taken in short tries (see _in_tries), for BEGIN IMMEDIATE and COMMIT
            # alike; no other statement of a job waits for a lock: inside the transaction it
            # holds the write lock, and with cache_spill off no statement writes to the
            # file (which would need the exclusive lock) before COMMIT.
            store.db.conn.execute(f"PRAGMA busy_timeout={int(LOCK_TRY_SECONDS * 1000)}")
            store.db.conn.execute("PRAGMA cache_spill=OFF")
            stop = False
            while not stop and self._broken is None:
                item = self._jobs.get()
                if item is None:
                    break
                batch = [(item[0], item[1], item[3])]
                stop = self._gather(batch, urgent=item[2])
                self._commit(store, batch)
        except BaseException as exc:  # noqa: BLE001 - the thread must not die silently
            self._fail_on(exc)
        finally:
            if self._broken is not None:
                self._drain(self._broken)
            try:
                store.close()
            except sqlite3.Error:
                pass

    def _gather(self, batch: list[tuple[Job, Answer, bool]], *, urgent: bool) -> bool:
        """Add the queued jobs to ``batch`` (begun with one just taken): at once when one of
        them is urgent or a stop was asked for, else for up to LINGER_SECONDS, woken early
        only by :attr:`_wake`, never by each job nobody waits for. True when the close was
        queued (the writer ends after this batch)."""
        first = time.monotonic()
        self._wake.clear()  # what set it before is queued already: it is taken below
        while len(batch) < self._max_batch:
            try:
                item = self._jobs.get_nowait()
            except queue.Empty:
                left = LINGER_SECONDS - (time.monotonic() - first)
                if urgent or left <= 0 or self.stop.is_set():
                    return False
                if self._wake.wait(left):
                    self._wake.clear()
                continue
            if item is None:
                return True
            batch.append((item[0], item[1], item[3]))
            urgent = urgent or item[2]
        return False

    def _commit(self, store: Store, batch: list[tuple[Job, Answer, bool]]) -> None:
        began = time.perf_counter()
        try:
            self._transaction(store, batch)
        finally:
            self.busy_seconds += time.perf_counter() - began

    def _in_tries(self, store: Store, step: Callable[[], object]) -> None:
        """Run ``step`` (``BEGIN IMMEDIATE`` or ``COMMIT``) in short tries for the lock until
        it succeeds, the deadline passes (:class:`WriterFailed`, "busy for N s") or a stop is
        asked for (:class:`WriterStopped`). A COMMIT refused as busy stays pending, so it
        may be tried again."""
        started = time.monotonic()
        stopping_since: float | None = None
        while True:
            try:
                step()
                return
            except sqlite3.OperationalError as exc:
                if kind_of(exc) != "busy":
                    raise
                waited = time.monotonic() - started
                if self.stop.is_set():
                    stopping_since = stopping_since or time.monotonic()
                    if time.monotonic() - stopping_since >= STOP_GRACE_SECONDS:
                        raise WriterStopped() from None
                if waited >= self.busy_seconds_allowed:
                    raise self._fail_on(exc, waited=waited) from None

    def _transaction(self, store: Store, batch: list[tuple[Job, Answer, bool]]) -> None:
        conn = store.db.conn
        results: list[tuple[Answer, bool, Any]] = []
        try:
            self._in_tries(store, lambda: conn.execute("BEGIN IMMEDIATE"))
            self.began += 1
            alone = len(batch) == 1
            with self._around(store):
                for job, future, savepoint in batch:
                    if future.set_running_or_notify_cancel():
                        ok, value = _run_job(
                            store, job, alone=alone, savepoint=savepoint, around=self._around
                        )
                        results.append((future, ok, value))
            self._in_tries(store, conn.commit)
            self.transactions += 1
        except BaseException as exc:  # noqa: BLE001 - nothing of this batch was committed
            self._fail_batch(conn, batch, exc)
            return
        for future, ok, value in results:
            if ok:
                future.set_result(value)
            else:
                future.set_exception(value)
        _tell_loops([future for future, _ok, _value in results])

    def _fail_batch(
        self,
        conn: sqlite3.Connection,
        batch: list[tuple[Job, Answer, bool]],
        exc: BaseException,
    ) -> None:
        """Roll the batch back and give every job not yet answered the failure: the
        database's own (busy, full, ...) in words, or the error that undid the batch."""
        if conn.in_transaction:
            try:
                conn.rollback()
            except sqlite3.Error:
                pass
        failure: BaseException = exc
        if not isinstance(exc, WriterFailed) and kind_of(exc) is not None:
            busy = kind_of(exc) == "busy"
            failure = self._fail_on(exc, waited=self.busy_seconds_allowed if busy else None)
        for _job, future, _savepoint in batch:
            if future.done():
                continue
            if future.running() or future.set_running_or_notify_cancel():
                future.set_exception(failure)
        _tell_loops([future for _job, future, _savepoint in batch])


def _run_job(
    store: Store,
    job: Job,
    *,
    alone: bool,
    savepoint: bool,
    around: Callable[[Store], AbstractContextManager[object]],
) -> tuple[bool, Any]:
    """Run one job of a batch: ``(True, its value)``, or ``(False, its error)`` when the
    error left nothing to undo. Raises when only rolling the whole transaction back can undo
    what the job did: it wrote before failing, or the database itself failed. A job alone in
    its transaction needs no savepoint (its failure undoes the transaction); a job submitted
    with ``savepoint=False`` promises to fail only before its first write."""
    conn = store.db.conn
    own = savepoint and not alone
    if own:
        conn.execute("SAVEPOINT job")
    changes = conn.total_changes
    try:
        with around(store):
            value = job(store)
    except Exception as exc:  # noqa: BLE001 - handed to the job's caller
        if alone:
            raise  # its transaction is undone with it
        if not own:
            if not nothing_to_undo(conn, changes, exc):
                raise  # only the whole transaction can undo it
            return False, exc
        if kind_of(exc) is not None or not conn.in_transaction:
            raise
        conn.execute("ROLLBACK TO job")
        conn.execute("RELEASE job")
        return False, exc
    if own:
        conn.execute("RELEASE job")
    return True, value


class _LoopJob:
    """The answer to a job from :meth:`GroupWriter.later`, for ``waiter`` (the asyncio future
    handed out for it), answered with the others of its transaction in one call into the
    event loop (``asyncio.wrap_future`` makes one call per job: a write to the loop's wake-up
    socket by the writer thread, a wait for the interpreter lock, and a wake-up of the loop).

    Nobody blocks on it, so it is the part of ``concurrent.futures.Future`` the writer uses
    (states, result or error, cancel before it runs) without a condition variable and its
    lock made per delivery on the event loop and notified on the writer thread."""

    __slots__ = ("_error", "_state", "_value", "waiter")

    def __init__(self, waiter: asyncio.Future[Any]) -> None:
        self.waiter = waiter
        self._state = _PENDING
        self._value: Any = None
        self._error: BaseException | None = None

    def cancel(self) -> bool:
        """Cancel the job unless it started: True when it is cancelled."""
        with _LOOP_JOBS:
            if self._state is _PENDING:
                self._state = _CANCELLED
            return self._state is _CANCELLED

    def set_running_or_notify_cancel(self) -> bool:
        """False when the job was cancelled (it must not run); else it is running."""
        with _LOOP_JOBS:
            if self._state is _CANCELLED:
                return False
            if self._state is not _PENDING:
                raise RuntimeError(f"a job cannot start from {self._state}")
            self._state = _RUNNING
            return True

    def running(self) -> bool:
        return self._state is _RUNNING

    def cancelled(self) -> bool:
        return self._state is _CANCELLED

    def done(self) -> bool:
        return self._state is _CANCELLED or self._state is _FINISHED

    def set_result(self, value: Any) -> None:
        self._value, self._state = value, _FINISHED

    def set_exception(self, error: BaseException) -> None:
        self._error, self._state = error, _FINISHED

    def exception(self) -> BaseException | None:
        return self._error

    def result(self) -> Any:
        if self._error is not None:
            raise self._error
        return self._value


_PENDING, _RUNNING, _CANCELLED, _FINISHED = "pending", "running", "cancelled", "finished"
_LOOP_JOBS = threading.Lock()
"""Taken to cancel a :class:`_LoopJob` (on the event loop) or start it (on the writer
thread): one or the other, never both."""

Answer = Future[Any] | _LoopJob
"""What the writer answers a job on: a future for :meth:`GroupWriter.submit`, a
:class:`_LoopJob` for :meth:`GroupWriter.later`."""


def _tell_loops(futures: list[Answer]) -> None:
    """Hand the answers of ``futures`` (those done) to the asyncio futures waiting on them:
    one call into each event loop."""
    by_loop: dict[asyncio.AbstractEventLoop, list[tuple[asyncio.Future[Any], _LoopJob]]] = {}
    for future in futures:
        if isinstance(future, _LoopJob) and future.done():
            waiter = future.waiter
            by_loop.setdefault(waiter.get_loop(), []).append((waiter, future))
    for loop, answers in by_loop.items():
        try:
            loop.call_soon_threadsafe(_settle, answers)
        except RuntimeError:  # the loop is closed: nobody waits any more
            pass


def _settle(answers: list[tuple[asyncio.Future[Any], _LoopJob]]) -> None:
    """On the event loop: each waiter gets its job's answer (unless it was cancelled)."""
    for waiter, future in answers:
        if waiter.done():
            continue
        if future.cancelled():
            waiter.cancel()
        elif (error := future.exception()) is not None:
            waiter.set_exception(error)
        else:
            waiter.set_result(future.result())


def _cancel_unless_answered(future: _LoopJob, waiter: asyncio.Future[Any]) -> None:
    """A waiter cancelled cancels its job, if the job has not started."""
    if waiter.cancelled():
        future.cancel()


def nothing_to_undo(conn: sqlite3.Connection, changes_before: int, exc: Exception) -> bool:
    """Whether work that raised ``exc`` left nothing to undo, so it can fail alone inside
    the open transaction: the database itself did not fail, the transaction is still open,
    and no row changed since the connection counted ``changes_before``
    (``conn.total_changes``). Otherwise only rolling the whole transaction back undoes it."""
    return kind_of(exc) is None and conn.in_transaction and conn.total_changes == changes_before
