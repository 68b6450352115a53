"""The writer in a process of its own: flush's database work on the machine's other core.

A :class:`~medsocial_tui.store.writer.GroupWriter` thread shares the interpreter lock with the
event loop: every claim, outcome and audit event it prepares is time the requests wait for.
:class:`ProcessWriter` forks a child when the run starts; the child runs the same writer (the
same transactions, group commit, deadlines and words) on its own connection, and the event
loop's side sends it jobs as data over a socket pair: a module-level function and its
arguments, pickled (see :func:`~medsocial_tui.store.writer.bind`), all the jobs of one turn
of the event loop in one write. The child answers once per transaction, after its COMMIT,
so a claim is durable before the request it allows is sent, exactly as with the thread.

What each side keeps: the child holds the connection and what the jobs of a run share
(:attr:`GroupWriter.context`: flush's preparer and lanes); the event loop's side holds the
plugins' requests and the account secrets (a lane is sent without them).

When one side dies:

- the child (killed, crashed, an answer that cannot be read): the event loop's side hears the
  end of its socket, every job waiting or still to come fails with :class:`WriterFailed`,
  and flush releases the claims it did not send on a fresh connection, as when the thread
  fails;
- the event loop's side: the child is killed by the kernel (``PR_SET_PDEATHSIG``), and it
  exits at once when its socket ends without the run having said it closes (the kernel
  closes a dead process's files an instant before it sends that signal), so it commits
  nothing more; its claims are swept by the next flush, which sees the run's process is
  gone.

Signals: the child ignores ctrl-c and SIGTERM as a stop (it gives up waiting for a busy
database, as the thread does when asked to stop) and keeps recording what the run hands
it until the run closes it.
"""

from __future__ import annotations

import gc
import os
import pickle
import select
import signal
import socket
import struct
import sys
import threading
from collections.abc import Callable
from concurrent.futures import Future
from contextlib import AbstractContextManager
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar

from medsocial_tui.store import Store
from medsocial_tui.store.writer import (
    Answer,
    GroupWriter,
    Job,
    _LoopJob,
    _settle,
    _tell_loops,
)

if TYPE_CHECKING:
    import asyncio

T = TypeVar("T")
_HEADER = struct.Struct("!I")
STOP_SIGNAL = signal.SIGUSR1
"""Sent to the child when the run is asked to stop: it gives up waiting for a busy lock."""
_PR_SET_PDEATHSIG = 1
SWITCH_INTERVAL = 0.005
"""Python's default: the child's two threads hand the interpreter lock over at that pace."""
_ENDED = "the writer process has ended"


def available() -> bool:
    """Whether this platform can fork a writer that dies with its parent (Linux)."""
    return sys.platform.startswith("linux") and hasattr(os, "fork")


class _Stop:
    """``writer.stop`` of a :class:`ProcessWriter`: an event whose ``set`` also tells the
    child. ``watch`` is an event set elsewhere (a signal handler) that counts as set."""

    def __init__(self, writer: ProcessWriter) -> None:
        self._writer = writer
        self._event = threading.Event()
        self.watch: threading.Event | None = None

    def set(self) -> None:
        self._event.set()
        self._writer._tell_stop()

    def is_set(self) -> bool:
        if self._event.is_set():
            return True
        if self.watch is not None and self.watch.is_set():
            self.set()
            return True
        return False


class ProcessWriter(GroupWriter):
    """A :class:`GroupWriter` whose thread runs in a child process (see the module): the same
    calls (``run``, ``later``, ``result``, ``call``, ``close``), jobs that pickle."""

    def __init__(
        self,
        open_store: Callable[[], Store],
        *,
        busy_seconds: float,
        path: Path | None = None,
        around: Callable[[Store], AbstractContextManager[object]] | None = None,
        context: dict[str, Any] | None = None,
        in_child: Callable[[dict[str, Any]], None] | None = None,
    ) -> None:
        super().__init__(open_store, busy_seconds=busy_seconds, path=path, around=around)
        self.context = dict(context or {})
        self.in_child = in_child
        """Run in the child on :attr:`context` as it starts: flush drops what the writer
        has no use for (the account secrets)."""
        self._stop = _Stop(self)
        self._pid = 0
        self._sock: socket.socket | None = None
        self._waiting: dict[int, Answer] = {}
        self._next = 0
        self._out: list[tuple[Any, ...]] = []
        self._loop: asyncio.AbstractEventLoop | None = None
        """The event loop reading the socket (None once it stopped reading it)."""
        self._home: asyncio.AbstractEventLoop | None = None
        """The event loop that read it first: it closes the socket."""
        self._sending = False
        self._inbox = bytearray()
        self._io = threading.RLock()
        """Held to read or write the socket: the event loop reads it, and so do ``call`` (on
        any thread) and ``close`` (on an executor's thread)."""
        self._stop_told = False
        self._ended = False

    @property  # type: ignore[override]
    def stop(self) -> _Stop:
        return self._stop

    @stop.setter
    def stop(self, event: threading.Event) -> None:
        """``writer.stop = event``: the run's stop event (set by a signal handler) is
        watched, and the child told when it is set."""
        if hasattr(self, "_stop"):
            self._stop.watch = event

    def start(self) -> ProcessWriter:
        import ctypes  # loaded before the fork: the child imports nothing it can wait on

        ours, theirs = socket.socketpair()
        parent = os.getpid()
        gc.freeze()  # the child's collections do not copy every page the parent holds
        try:
            pid = os.fork()
        except OSError:
            gc.unfreeze()
            ours.close()
            theirs.close()
            raise
        if pid == 0:  # the child: never returns into the caller's code
            code = 70
            try:
                ours.close()
                _die_with(parent, ctypes)
                code = _serve_child(self, theirs)
            finally:
                os._exit(code)
        gc.unfreeze()
        theirs.close()
        ours.setblocking(False)
        self._pid, self._sock = pid, ours
        return self

    @property
    def pid(self) -> int:
        """The child's process id."""
        return self._pid

    # -- the event loop's side -------------------------------------------------------------

    def _submit(self, job: Job, future: Answer, *, urgent: bool, savepoint: bool) -> None:
        with self._state:
            if self._broken is not None:
                future.set_exception(self._broken)
                return
            if self._closed or self._ended:
                future.set_exception(self._fail_on(RuntimeError(_ENDED)))
                return
            data = pickle.dumps(job, pickle.HIGHEST_PROTOCOL)  # not data: the caller's bug
            self._next += 1
            number = self._next
            self._waiting[number] = future
            self._out.append(("job", number, data, urgent, savepoint))
        if isinstance(future, _LoopJob):
            loop = future.waiter.get_loop()
            self._watch(loop)
            if not self._sending:  # one write for the jobs of this turn of the loop
                self._sending = True
                loop.call_soon(self._send_out)
        else:
            self._send_out()

    def later(
        self, job: Callable[[Store], T], *, urgent: bool = True, savepoint: bool = True
    ) -> asyncio.Future[T]:
        waiter = super().later(job, urgent=urgent, savepoint=savepoint)
        waiter.add_done_callback(self._cancel_in_child)
        return waiter

    def _cancel_in_child(self, waiter: asyncio.Future[Any]) -> None:
        """A job whose waiter was cancelled is cancelled in the child too, unless it ran."""
        if not waiter.cancelled():
            return
        with self._state:
            for number, future in self._waiting.items():
                if isinstance(future, _LoopJob) and future.waiter is waiter:
                    self._out.append(("cancel", number))
                    break
        self._send_out()

    def call(self, job: Callable[[Store], T], *, timeout: float | None = None) -> T:
        """Run ``job`` and wait for its answer, reading the socket meanwhile (the event loop
        may be the caller, so it cannot read it)."""
        import time

        future = self.submit(job)
        ends = time.monotonic() + (timeout or self.deadline)
        while not future.done():
            left = ends - time.monotonic()
            if left <= 0:
                raise self._fail_on(TimeoutError("no answer from the writer"))
            self._receive(min(left, 0.2))
        return future.result()

    def _watch(self, loop: asyncio.AbstractEventLoop) -> None:
        if self._loop is None and self._home is None and self._sock is not None:
            self._loop = self._home = loop
            loop.add_reader(self._sock.fileno(), self._receive, 0.0)

    def _tell_stop(self) -> None:
        if self._pid and not self._stop_told and not self._ended:
            self._stop_told = True
            try:
                os.kill(self._pid, STOP_SIGNAL)
            except ProcessLookupError:
                pass

    def _send_out(self) -> None:
        """Send every job queued since the last write, in one write."""
        with self._io:
            with self._state:
                items, self._out, self._sending = self._out, [], False
            if not items or self._sock is None:
                return
            self._stop.is_set()  # a stop asked by a signal handler is passed on
            payload = pickle.dumps(items, pickle.HIGHEST_PROTOCOL)
            data = memoryview(_HEADER.pack(len(payload)) + payload)
            while data:
                try:
                    sent = self._sock.send(data)
                except BlockingIOError:
                    # the child is writing answers while we write jobs: read them meanwhile
                    readable, _w, _x = select.select([self._sock], [self._sock], [], 1.0)
                    if readable:
                        self._read()
                    continue
                except OSError:
                    self._child_ended()
                    return
                data = data[sent:]

    def _receive(self, wait: float) -> None:
        """Read what the child sent (waiting up to ``wait`` seconds for it) and hand the
        answers to their callers."""
        with self._io:
            if self._sock is None:
                return
            if wait > 0:
                readable, _w, _x = select.select([self._sock], [], [], wait)
                if not readable:
                    return
            self._read()

    def _read(self) -> None:
        assert self._sock is not None
        try:
            data = self._sock.recv(1 << 20)
        except BlockingIOError:
            return
        except OSError:
            data = b""
        if not data:
            self._child_ended()
            return
        self._inbox += data
        done: list[Answer] = []
        while len(self._inbox) >= _HEADER.size:
            (size,) = _HEADER.unpack_from(self._inbox)
            if len(self._inbox) < _HEADER.size + size:
                break
            frame = bytes(self._inbox[_HEADER.size : _HEADER.size + size])
            del self._inbox[: _HEADER.size + size]
            try:
                message = pickle.loads(frame)
            except Exception as exc:  # noqa: BLE001 - a bad message ends the writer
                self._fail_all(self._fail_on(exc))
                return
            done.extend(self._take(message))
        _answer_loops(done)

    def _take(self, message: tuple[Any, ...]) -> list[Answer]:
        kind = message[0]
        if kind == "broken":
            self._fail_all(self._fail_on(message[1]))
            return []
        _kind, answers, self.transactions, self.busy_seconds, self.began = message
        done: list[Answer] = []
        with self._state:
            for number, ok, value in answers:
                future = self._waiting.pop(number, None)
                if future is None or future.done():
                    continue
                if ok is None:  # cancelled before it ran
                    future.cancel()
                elif not future.set_running_or_notify_cancel():
                    continue
                elif ok:
                    future.set_result(value)
                else:
                    future.set_exception(value)
                done.append(future)
        return done

    def _child_ended(self) -> None:
        """The child's socket ended: whatever still waits fails, with the words of why."""
        self._ended = True
        self._unwatch()
        if self._waiting and not self._closed:
            self._fail_all(self._fail_on(RuntimeError(_ENDED)))
        elif self._waiting:
            self._fail_all(self._broken or self._fail_on(RuntimeError(_ENDED)))

    def _fail_all(self, failure: BaseException) -> None:
        with self._state:
            waiting, self._waiting = list(self._waiting.values()), {}
        for future in waiting:
            if not future.done() and (future.running() or future.set_running_or_notify_cancel()):
                future.set_exception(failure)
        _tell_loops(waiting)
        self._kill()

    def _unwatch(self) -> None:
        loop, self._loop = self._loop, None
        if loop is not None and self._sock is not None and not loop.is_closed():
            fd = self._sock.fileno()
            try:
                if _on_thread_of(loop):
                    loop.remove_reader(fd)
                else:
                    loop.call_soon_threadsafe(loop.remove_reader, fd)
            except RuntimeError:
                pass

    def _kill(self) -> None:
        if self._pid and not self._ended:
            try:
                os.kill(self._pid, signal.SIGKILL)
            except ProcessLookupError:
                pass

    def close(self, timeout: float | None = None) -> bool:
        """Let the child finish the jobs sent (their answers reach their callers), then end
        it; False when it did not end within ``timeout`` (it is killed then: a commit it was
        making is undone whole, as a killed run's is)."""
        import time

        with self._state:
            self._closed = True
            self._out.append(("close",))
        if self._sock is None:
            return True
        self._send_out()
        with self._io:
            try:
                self._sock.shutdown(socket.SHUT_WR)  # the child's end: it finishes and exits
            except OSError:
                pass
        ends = time.monotonic() + (timeout if timeout is not None else self.deadline)
        while not self._ended and time.monotonic() < ends:
            self._receive(min(0.2, max(0.0, ends - time.monotonic())))
        ended = self._ended
        if not ended:
            self._unwatch()
            self._fail_all(self._fail_on(RuntimeError("the writer process did not end")))
        self._reap()
        return ended

    def _reap(self) -> None:
        """Close the socket (after the loop stopped reading it) and wait for the child."""
        sock, self._sock = self._sock, None
        home = self._home
        if sock is not None:
            if home is None or home.is_closed():
                sock.close()
            else:
                home.call_soon_threadsafe(_drop, home, sock)
        try:
            os.waitpid(self._pid, 0)
        except ChildProcessError:
            pass


def _drop(loop: asyncio.AbstractEventLoop, sock: socket.socket) -> None:
    loop.remove_reader(sock.fileno())
    sock.close()


def _answer_loops(done: list[Answer]) -> None:
    """Hand the answers to their waiters: at once when this is their event loop's thread
    (the loop read them), else through the loop (see ``writer._tell_loops``)."""
    here = [f for f in done if isinstance(f, _LoopJob) and _on_thread_of(f.waiter.get_loop())]
    if here:
        _settle([(f.waiter, f) for f in here])
    _tell_loops([f for f in done if not (isinstance(f, _LoopJob) and f in here)])


def _on_thread_of(loop: asyncio.AbstractEventLoop) -> bool:
    return getattr(loop, "_thread_id", None) == threading.get_ident()


# -- the child's side -------------------------------------------------------------------------


def _die_with(parent: int, ctypes: Any) -> None:
    """The kernel kills this process when its parent dies; a parent already gone: exit."""
    libc = ctypes.CDLL(None, use_errno=True)
    libc.prctl(_PR_SET_PDEATHSIG, signal.SIGKILL, 0, 0, 0)
    if os.getppid() != parent:
        os._exit(0)


class _ChildWriter(GroupWriter):
    """The writer thread of the child: answers each transaction's jobs in one message."""

    def __init__(self, origin: ProcessWriter, send: Callable[[tuple[Any, ...]], None]) -> None:
        super().__init__(
            origin._open_store,
            busy_seconds=origin.busy_seconds_allowed,
            path=origin._path,
            around=origin._around,
        )
        self.context = origin.context
        self._send = send

    def _commit(self, store: Store, batch: list[tuple[Job, Answer, bool]]) -> None:
        try:
            super()._commit(store, batch)
        finally:
            answers = [_answer(future) for _job, future, _savepoint in batch]
            counts = (self.transactions, self.busy_seconds, self.began)
            try:
                self._send(("answers", answers, *counts))
            except (pickle.PicklingError, TypeError, AttributeError):
                # an answer that is not data: its caller learns it in words, the others theirs
                self._send(("answers", [_sendable(answer) for answer in answers], *counts))

    def _serve(self) -> None:
        super()._serve()
        if self._broken is not None:
            self._send(("broken", _portable(self._broken)))


def _answer(future: Any) -> tuple[int, bool | None, Any]:
    number: int = future.number
    if future.cancelled():
        return number, None, None
    error = future.exception()
    if error is not None:
        return number, False, _portable(error)
    return number, True, future.result()


def _sendable(answer: tuple[int, bool | None, Any]) -> tuple[int, bool | None, Any]:
    try:
        pickle.dumps(answer, pickle.HIGHEST_PROTOCOL)
    except Exception as exc:  # noqa: BLE001 - the caller learns it, in words
        return answer[0], False, RuntimeError(f"a job's answer cannot be sent ({exc})")
    return answer


def _portable(error: BaseException) -> BaseException:
    """``error``, or words for it when it cannot be sent to the other process."""
    try:
        pickle.loads(pickle.dumps(error, pickle.HIGHEST_PROTOCOL))
    except Exception:  # noqa: BLE001
        return RuntimeError(f"{type(error).__name__}: {error}")
    return error


def _serve_child(origin: ProcessWriter, sock: socket.socket) -> int:
    """The child's main thread reads jobs; its writer thread runs them and answers."""
    sending = threading.Lock()

    def send(message: tuple[Any, ...]) -> None:
        payload = pickle.dumps(message, pickle.HIGHEST_PROTOCOL)
        with sending:
            try:
                sock.sendall(_HEADER.pack(len(payload)) + payload)
            except OSError:
                os._exit(0)  # the parent is gone: nothing more is committed

    # the run shortened the switch interval for a writer thread beside its event loop; here
    # the writer shares the lock only with this thread, which waits on the socket
    sys.setswitchinterval(SWITCH_INTERVAL)
    if origin.in_child is not None:
        origin.in_child(origin.context)
    writer = _ChildWriter(origin, send)
    signal.set_wakeup_fd(-1)  # the parent's event loop's: a signal here must not wake it

    def stopping(_signum: int, _frame: object) -> None:
        writer.stop.set()

    for each in (signal.SIGINT, signal.SIGTERM, STOP_SIGNAL):
        signal.signal(each, stopping)
    writer.start()
    futures: dict[int, Future[Any]] = {}
    closing = False
    while True:
        items = _receive_frame(sock)
        if items is None:
            if not closing:  # the parent died (the kernel's kill may follow an instant later)
                os._exit(0)
            break
        for item in items:
            if item[0] == "close":
                closing = True
                continue
            if item[0] == "cancel":
                cancelled = futures.pop(item[1], None)
                if cancelled is not None:
                    cancelled.cancel()
                continue
            _kind, number, data, urgent, savepoint = item
            future: Future[Any] = Future()
            future.number = number  # type: ignore[attr-defined]
            futures[number] = future
            future.add_done_callback(partial(_forget, futures, number))
            try:
                job = pickle.loads(data)
            except Exception as exc:  # noqa: BLE001 - the job fails, in words
                job = _raising(exc)
            writer._submit(job, future, urgent=urgent, savepoint=savepoint)
    writer.close(None)
    return 0


def _forget(futures: dict[int, Future[Any]], number: int, _done: Future[Any]) -> None:
    futures.pop(number, None)


def _raising(error: Exception) -> Job:
    """A job that fails with ``error`` (a job the child could not read)."""

    def job(_store: Store) -> None:
        raise error

    return job


def _receive_frame(sock: socket.socket) -> list[tuple[Any, ...]] | None:
    header = _exactly(sock, _HEADER.size)
    if header is None:
        return None
    (size,) = _HEADER.unpack(header)
    payload = _exactly(sock, size)
    if payload is None:
        return None
    items: list[tuple[Any, ...]] = pickle.loads(payload)
    return items


def _exactly(sock: socket.socket, size: int) -> bytes | None:
    chunks = bytearray()
    while len(chunks) < size:
        try:
            chunk = sock.recv(size - len(chunks))
        except InterruptedError:
            continue
        if not chunk:
            return None
        chunks += chunk
    return bytes(chunks)
