"""What every run of the ``medsocial`` console script shares, without click or Textual: the
click group (:mod:`medsocial_tui.cli`) and the script's short way into the app
(:mod:`medsocial_tui.tui.console`) both use it.

Both run through the same steps in the same order: umask 077 and the control-character
filter on standard output and error (:func:`as_a_command`), the environment scrubbed for
someone reached through SSH or sudo and the SSH forced command's words read
(:func:`identity_arguments`), ``--as-ssh-user`` declared, then the practice opened (which
checks the home's owner, its permissions and who is signed in) before any Textual import.
A problem is shown in the same words with the same exit code (:func:`error_in_words`).
"""

from __future__ import annotations

import io
import os
import sqlite3
import sys
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import TextIO

from medsocial_tui.display import terminal_safe
from medsocial_tui.errors import DatabaseError, HomeError, MedsocialError

HOME_OPTION = "--home"
HOME_ENV = "MEDSOCIAL_HOME"


class SafeStream(io.TextIOBase):
    """A text stream that writes to ``raw`` with every unsafe character escaped."""

    def __init__(self, raw: TextIO) -> None:
        super().__init__()
        self.raw = raw

    def write(self, text: str) -> int:
        self.raw.write(terminal_safe(text))
        return len(text)

    def flush(self) -> None:
        self.raw.flush()

    def isatty(self) -> bool:
        return self.raw.isatty()

    def fileno(self) -> int:
        return self.raw.fileno()

    def writable(self) -> bool:
        return True

    @property
    def encoding(self) -> str:  # type: ignore[override] # read-only on TextIOBase
        return getattr(self.raw, "encoding", None) or "utf-8"

    @property
    def errors(self) -> str | None:  # type: ignore[override] # read-only on TextIOBase
        return getattr(self.raw, "errors", None)


@contextmanager
def safe_output() -> Iterator[None]:
    """Filter standard output and standard error for the duration of a command."""
    saved = sys.stdout, sys.stderr
    if not isinstance(sys.stdout, SafeStream):
        sys.stdout = SafeStream(sys.stdout)
    if not isinstance(sys.stderr, SafeStream):
        sys.stderr = SafeStream(sys.stderr)
    try:
        yield
    finally:
        sys.stdout, sys.stderr = saved


@contextmanager
def as_a_command() -> Iterator[None]:
    """Every run: files it creates are the service account's alone (umask 077), and what it
    prints passes the filter that escapes terminal control characters."""
    previous = os.umask(0o077)
    try:
        with safe_output():
            yield
    finally:
        os.umask(previous)


HTTPX_COMMAND_LINE = "httpx._main"


def without_httpx_command_line() -> None:
    """Importing httpx imports its own command-line client (``httpx._main``), which brings
    rich, pygments and click's parts with it whenever they are installed (Textual brings
    rich): a tenth of a second of every flush start, for a program medsocial never runs.
    A stand-in takes its place; should anything call ``httpx.main`` all the same, the real
    module is imported then and runs. Called before anything imports httpx."""
    if "httpx" in sys.modules or HTTPX_COMMAND_LINE in sys.modules:
        return
    import types

    stand_in = types.ModuleType(HTTPX_COMMAND_LINE)

    def main(*args: object, **kwargs: object) -> object:
        import importlib

        if sys.modules.get(HTTPX_COMMAND_LINE) is stand_in:
            del sys.modules[HTTPX_COMMAND_LINE]
        real = importlib.import_module(HTTPX_COMMAND_LINE)
        return real.main(*args, **kwargs)

    stand_in.main = main  # type: ignore[attr-defined]
    sys.modules[HTTPX_COMMAND_LINE] = stand_in


def identity_arguments(argv: Sequence[str]) -> list[str]:
    """The arguments to run, judged before any is parsed: for a person reaching the service
    account through SSH or sudo, every MEDSOCIAL_* variable is dropped first; for an SSH
    forced command, what they typed is read as arguments (see
    :func:`medsocial_tui.home.identity.forced_command_argv`, which may refuse it)."""
    from medsocial_tui.home import identity

    if identity.reached_for_someone_else(argv, os.environ):
        identity.scrub_environment(os.environ)
    return identity.forced_command_argv(argv, os.environ)


def _os_error_in_words(exc: OSError) -> MedsocialError:
    """A file medsocial may not read or write, as words (never a traceback)."""
    where = exc.filename if isinstance(exc.filename, str) else None
    return HomeError(
        f"medsocial may not use {where or 'a file it needs'} ({exc.strerror or exc})",
        where=where,
        fix="the practice home and everything in it belong to its service account: run "
        "medsocial as that account (SSH key or sudo, see docs/deploy.md); "
        "`medsocial doctor --fix-permissions` repairs modes it can",
    )


def _database_path(home: str | None) -> Path | None:
    """The database a failed command was using, for the words; None when unknown."""
    from medsocial_tui.home.config import resolve_home

    try:
        return resolve_home(home).database_path
    except Exception:  # noqa: BLE001 - only for the message
        return None


def error_in_words(exc: sqlite3.Error | OSError, home: str | None) -> MedsocialError | None:
    """A database or file error as words for people: a busy, full or read-only database, a
    file medsocial may not use, a change the database refused. None when it is none of
    these (a bug: the traceback is kept)."""
    from medsocial_tui.store.trouble import explain, kind_of

    if kind_of(exc) is not None:
        return explain(exc, _database_path(home))
    if isinstance(exc, PermissionError):
        return _os_error_in_words(exc)
    if isinstance(exc, sqlite3.OperationalError):
        return DatabaseError(
            f"the database refused the change ({exc})",
            fix="the database must be writable by the practice's service account only: run "
            "`medsocial doctor`; nothing was half-written",
        )
    return None


def app_options(argv: Sequence[str]) -> tuple[str | None, str | None] | None:
    """``(home, ssh_login)`` when ``argv`` holds only the options of the bare ``medsocial``
    command (``--home DIR``, ``--as-ssh-user LOGIN``, each at most once, in either order);
    None for anything else (a command, ``--help``, ``--version``, an option written in a way
    this does not read), which the click group handles."""
    from medsocial_tui.home.identity import SSH_OPTION

    found: dict[str, str] = {}
    words = list(argv)
    while words:
        word = words.pop(0)
        name, equals, value = word.partition("=")
        if name not in (HOME_OPTION, SSH_OPTION) or name in found:
            return None
        if not equals:
            if not words:
                return None
            value = words.pop(0)
        if not value or value.startswith("-"):
            return None
        found[name] = value
    return found.get(HOME_OPTION), found.get(SSH_OPTION)
