"""``medsocial`` commands run inside the test process with click's runner.

The same command group, output filter (no raw control character reaches the terminal), exit
codes and words as the console script, in milliseconds instead of the few tenths of a second
a new Python process takes. The answer is a ``subprocess.CompletedProcess``, so a test can
switch between this and the console script without changing its assertions.

What only a real process shows stays with the console script: a run killed or sent a signal
(flush, ``inbox fetch``, ``metrics fetch`` install signal handlers), who the system says is
signed in (SSH forced commands, sudo), the modules imported at start-up, and a few smoke
tests that the installed ``medsocial`` starts at all.
"""

from __future__ import annotations

import importlib
import os
import subprocess
import sys
from collections.abc import Mapping
from pathlib import Path

from click.testing import CliRunner

from medsocial_tui import clock

CONSOLE_SCRIPT = Path(sys.executable).parent / "medsocial"
"""The installed ``medsocial`` beside this Python, for the tests that need a real process."""


SIGNALLED = (("flush",), ("inbox", "fetch"), ("metrics", "fetch"))
"""Commands that install SIGTERM and SIGINT handlers: run in this process, they would keep
them after the test."""


def installs_signal_handlers(args: tuple[str, ...]) -> bool:
    words = [a for a in args if not a.startswith("-")]
    return any(tuple(words[: len(command)]) == command for command in SIGNALLED)


def invoke(
    *args: str,
    home: Path | str | None = None,
    login: str | None = None,
    env: Mapping[str, str | None] | None = None,
    stdin: str | bytes | None = None,
    site: Path | str | None = None,
) -> subprocess.CompletedProcess[str]:
    """Run ``medsocial ARGS`` in this process. ``home`` and ``login`` set ``MEDSOCIAL_HOME``
    and ``MEDSOCIAL_USER`` for the run (a login is only believed in a demo or test home);
    ``env`` sets (or, with None, unsets) more variables; ``site`` is a folder of installed
    plugins (their ``*.dist-info``) put first on ``sys.path``. All are restored afterwards.
    An exception that escapes the command is raised here: a person would have seen a
    traceback."""
    from medsocial_tui.cli import main

    if installs_signal_handlers(args):
        raise ValueError(
            f"medsocial {' '.join(args)} installs signal handlers: run it with run_process"
        )
    extra: dict[str, str | None] = dict(env or {})
    if home is not None:
        extra["MEDSOCIAL_HOME"] = str(home)
    if login is not None:
        extra["MEDSOCIAL_USER"] = login
    saved_path = list(sys.path)
    trusted = clock.environment_trusted()
    if site is not None:
        sys.path.insert(0, str(site))
        importlib.invalidate_caches()
    try:
        result = CliRunner().invoke(
            main, list(args), input=stdin, env=extra, catch_exceptions=False, prog_name="medsocial"
        )
    finally:
        # What a command's own process would have taken with it: the folders it imported
        # from, and whether the home it opened let MEDSOCIAL_NOW pin the clock.
        sys.path[:] = saved_path
        clock.trust_environment(trusted)
    return subprocess.CompletedProcess(
        ["medsocial", *args], result.exit_code, result.stdout, result.stderr
    )


def run_process(
    *args: str,
    home: Path | str | None = None,
    login: str | None = None,
    env: Mapping[str, str] | None = None,
    stdin: str | None = None,
    timeout: float = 60,
) -> subprocess.CompletedProcess[str]:
    """Run the installed ``medsocial ARGS`` as a real process, with this process's
    environment plus ``home``, ``login`` and ``env``."""
    full_env = {**os.environ, **(env or {})}
    if home is not None:
        full_env["MEDSOCIAL_HOME"] = str(home)
    if login is not None:
        full_env["MEDSOCIAL_USER"] = login
    return subprocess.run(
        [str(CONSOLE_SCRIPT), *args],
        capture_output=True,
        text=True,
        env=full_env,
        input=stdin,
        timeout=timeout,
    )
