"""A frame is written by the UI thread itself while Textual's writer thread has nothing left
to write and the terminal has room; else it is handed to that thread, behind what waits."""

from __future__ import annotations

import fcntl
import os
import threading

import pytest
from textual import constants

from medsocial_tui.tui.app import create_app
from medsocial_tui.tui.terminal_writer import FrameDriver, FrameWriter


@pytest.fixture
def terminal():
    """A pseudo-terminal: the program's end as a text file (as Textual writes to stderr),
    and the terminal's end, read without waiting."""
    terminal_end, program = os.openpty()
    fcntl.fcntl(terminal_end, fcntl.F_SETFL, os.O_NONBLOCK)
    file = open(program, "w", encoding="utf-8")  # noqa: SIM115  # closed below
    yield file, terminal_end
    file.close()
    os.close(terminal_end)


def read_all(fd: int) -> str:
    got = b""
    while True:
        try:
            chunk = os.read(fd, 65536)
        except BlockingIOError:
            return got.decode()
        if not chunk:
            return got.decode()
        got += chunk


class Recorded:
    """The program's end of the terminal, noting which thread writes each piece."""

    def __init__(self, file) -> None:
        self.file = file
        self.writers: list[str] = []

    def write(self, text: str) -> int:
        self.writers.append(threading.current_thread().name)
        return self.file.write(text)

    def flush(self) -> None:
        self.file.flush()

    def fileno(self) -> int:
        return self.file.fileno()


def test_a_frame_is_written_at_once_by_the_thread_that_drew_it(terminal):
    file, terminal_end = terminal
    recorded = Recorded(file)
    writer = FrameWriter(recorded)
    writer.start()
    try:
        assert writer.write_now("\x1b[?2026hframe\x1b[?2026l")
        assert read_all(terminal_end) == "\x1b[?2026hframe\x1b[?2026l"
        assert recorded.writers == [threading.current_thread().name]
    finally:
        writer.stop()


def test_a_frame_waits_behind_what_the_writer_thread_has_not_written(terminal):
    """Handed over while earlier output waits in the writer thread: written after it."""
    file, terminal_end = terminal
    writer = FrameWriter(file)
    writer.write("before")  # the thread is not running yet: it waits, unwritten
    assert not writer.write_now("frame")
    writer.write("frame")  # as FrameDriver.write_frame then does
    writer.start()
    writer.stop()  # all it was handed is written
    assert read_all(terminal_end) == "beforeframe"


def test_once_the_writer_thread_has_written_everything_a_frame_goes_at_once(terminal):
    file, terminal_end = terminal
    writer = FrameWriter(file)
    writer.start()
    try:
        writer.write("mode")
        for _ in range(500):  # written by the thread within moments
            if writer.write_now("frame"):
                break
            threading.Event().wait(0.01)
        else:
            raise AssertionError("the writer thread never finished its one write")
        assert read_all(terminal_end) == "modeframe"
    finally:
        writer.stop()


def test_output_with_no_room_gets_the_frame_through_the_writer_thread():
    """Output that is not being read (its buffer full: a pipe here, whose room is exact):
    the UI thread does not block on it; the frame goes to the writer thread."""
    reader, program = os.pipe()
    fcntl.fcntl(program, fcntl.F_SETFL, os.O_NONBLOCK)
    try:
        while True:
            os.write(program, b"x" * 4096)
    except BlockingIOError:
        pass
    with open(program, "w", encoding="utf-8") as file:
        writer = FrameWriter(file)
        assert not writer.write_now("frame")
        os.close(reader)


def test_the_app_in_a_terminal_uses_the_frame_driver(practice_as):
    assert constants.DRIVER is None  # no other driver named
    app = create_app(practice=practice_as("jreyes"))
    assert app.driver_class is FrameDriver
