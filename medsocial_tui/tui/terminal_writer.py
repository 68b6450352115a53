"""A frame written to the terminal by the UI thread itself, when nothing else waits to be
written and the terminal takes it at once.

Textual writes to the terminal from a thread of its own (so that a terminal that reads
slowly never holds up the UI thread): every frame wakes that thread, which then waits for
a processor and for the GIL while the UI thread goes on. On a busy two-core machine that
was 0.3-19 ms between a frame handed over and its bytes written (the filter form's Enter,
timed in tui_bench's pty, 9 keys: median 5.8 ms). The UI thread, which holds the processor
already, writes it itself when that thread is idle (nothing handed to it is still
unwritten, so the order of the bytes holds) and the terminal says it can take more: in the
same run the write took 0.2-4.4 ms (median 2.0; the terminal's reader woken by the write
may take the processor first). Else the frame goes to that thread as before, and a slow
terminal still holds up no one."""

from __future__ import annotations

import select
import threading
from typing import IO

from textual.drivers._writer_thread import WriterThread
from textual.drivers.linux_driver import LinuxDriver


class FrameWriter(WriterThread):
    """Textual's writer thread, which also lets the thread that draws write a frame itself
    (:meth:`write_now`) while nothing it was handed is waiting."""

    def __init__(self, file: IO[str]) -> None:
        super().__init__(file)
        self._lock = threading.Lock()
        """Held while bytes go to the terminal, from either thread."""
        self._unwritten = 0
        """Writes handed to the thread and not yet written (and flushed when the last)."""

    def write(self, text: str) -> None:
        with self._lock:
            self._unwritten += 1
        super().write(text)  # outside the lock: a full queue waits for the thread

    def write_now(self, text: str) -> bool:
        """Write ``text`` from the calling thread, if nothing handed to the writer thread is
        still unwritten and the terminal has room: True when written, else False (hand it
        over with :meth:`write`)."""
        if not self._lock.acquire(blocking=False):
            return False  # the writer thread is writing
        try:
            if self._unwritten or not self._has_room():
                return False
            self._file.write(text)
            self._file.flush()
            return True
        finally:
            self._lock.release()

    def _has_room(self) -> bool:
        try:
            _, ready, _ = select.select([], [self._file.fileno()], [], 0)
        except (OSError, ValueError):
            return False
        return bool(ready)

    def run(self) -> None:
        """Textual's loop (write what comes, flush when nothing more waits), with the lock
        held while writing and the count of what waits kept."""
        write = self._file.write
        flush = self._file.flush
        get = self._queue.get
        qsize = self._queue.qsize
        lock = self._lock
        while True:
            text = get()
            if text is None:
                break
            with lock:
                write(text)
                if qsize() == 0:
                    flush()
                self._unwritten -= 1
        with lock:
            flush()


class FrameDriver(LinuxDriver):
    """Textual's driver for Linux and macOS terminals, writing with a :class:`FrameWriter`."""

    def start_application_mode(self) -> None:
        super().start_application_mode()  # type: ignore[no-untyped-call]  # Textual's
        started, file = self._writer_thread, self._file
        if started is None or file is None or isinstance(started, FrameWriter):
            return
        started.stop()  # what it was handed (the terminal's modes) is written first
        writer = FrameWriter(file)
        writer.start()
        self._writer_thread = writer

    def write_frame(self, text: str) -> None:
        """Write a frame: at once from this thread when the writer thread is idle and the
        terminal has room, else handed to that thread."""
        writer = self._writer_thread
        if isinstance(writer, FrameWriter) and writer.write_now(text):
            return
        self.write(text)
