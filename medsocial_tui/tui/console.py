"""The ``medsocial`` console script.

``medsocial`` alone (or with ``--home DIR``, or as an SSH forced command with nothing typed)
opens the app. That is what people wait on most, so it goes straight to the app without
loading the command line: click and the table of commands are no part of the queue's first
frame. Every other argument list, including anything :func:`~medsocial_tui.entry.app_options`
does not recognise, goes to the click group in :mod:`medsocial_tui.cli`, whose own "no
command" path opens the app in the same way; both share :mod:`medsocial_tui.entry` (umask,
the output filter, the identity step, errors in words). No Textual is imported here: the
practice is opened (and its checks pass) before :func:`~medsocial_tui.tui.run.run_app`
imports it.
"""

from __future__ import annotations

import errno
import os
import sqlite3
import stat
import sys

from medsocial_tui.entry import (
    HOME_ENV,
    app_options,
    as_a_command,
    error_in_words,
    identity_arguments,
    without_httpx_command_line,
)
from medsocial_tui.errors import MedsocialError


def _a_home_click_takes(home: str) -> bool:
    """What ``click.Path(file_okay=False)`` accepts: a path that does not exist yet, or one
    that is not a regular file and that this process may read. Anything else is left to
    click, for its own words."""
    try:
        mode = os.stat(home).st_mode
    except OSError:
        return True
    return not stat.S_ISREG(mode) and os.access(home, os.R_OK)


def _say(error: MedsocialError) -> None:
    print(error.for_people(), file=sys.stderr, flush=True)


def _open_the_app(argv: list[str]) -> int | None:
    """The bare command, as the click group would run it; None when, after the identity
    step, the arguments turn out to be the group's after all (a command typed over SSH, a
    home click would refuse)."""
    from medsocial_tui.home import identity

    try:
        argv = identity_arguments(argv)
    except MedsocialError as exc:
        _say(exc)
        return exc.exit_code
    options = app_options(argv)
    home, login = options if options is not None else (None, None)
    if home is None:
        home = os.environ.get(HOME_ENV)  # read after the scrub, as click's envvar is
    if options is None or home == "" or (home is not None and not _a_home_click_takes(home)):
        return None
    try:
        identity.declare_ssh_login(login)
        from medsocial_tui.tui.run import run_app

        run_app(home)
    except MedsocialError as exc:
        _say(exc)
        return exc.exit_code
    except (sqlite3.Error, OSError) as exc:
        error = error_in_words(exc, home)
        if error is None:
            raise
        _say(error)
        return error.exit_code
    return 0


def main() -> None:
    """The console script: the app straight away when nothing but its options is given,
    else the command line."""
    without_httpx_command_line()
    argv = sys.argv[1:]
    if app_options(argv) is not None:
        try:
            with as_a_command():
                code = _open_the_app(argv)
        except (KeyboardInterrupt, EOFError):  # as click says it
            print("\nAborted!", file=sys.stderr)
            sys.exit(1)
        except OSError as exc:  # as click ends on a closed pipe
            if exc.errno != errno.EPIPE:
                raise
            sys.exit(1)
        if code is not None:
            sys.exit(code)
    from medsocial_tui.cli import main as command_line

    command_line()
