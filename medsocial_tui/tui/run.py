"""Opening the app as people run it. Textual reads its settings (frames per second,
animations) once, when it is first imported, so they are chosen here before anything
imports Textual; this module imports none of it at module level."""

from __future__ import annotations

import gc
import os
import sys
from typing import Any

SWITCH_INTERVAL = 0.001
"""Seconds a thread may hold the GIL while another waits (Python's default is 0.005). Textual
writes each frame to the terminal from a thread of its own: with the default, a worker
reading rows (the next page, a count) kept a drawn frame off the screen for up to 5 ms per
write, three writes a frame (7-26 ms at the 90th percentile on a busy machine; 0.6 ms with
this)."""

SETTINGS = {"TEXTUAL_ANIMATIONS": "none", "TEXTUAL_FPS": "20"}
"""What medsocial runs with unless the person set them: no animations over SSH, and at most
20 frames a second (a key draws one frame, so keys never wait for the limit)."""


def choose_textual_settings() -> bool:
    """Set the defaults above. False when Textual was already imported, so they came too
    late (a test keeps the `medsocial` command from importing it before this)."""
    for name, value in SETTINGS.items():
        os.environ.setdefault(name, value)
    return "textual" not in sys.modules


def refuse_without_a_terminal(instead: str = "") -> None:
    """The app draws on a terminal and reads keys from it: run from cron, a pipe or
    ``ssh host medsocial`` without ``-t``, Textual would spin on a stream no one reads
    (seen: a CPU held for minutes). Say so before anything is opened; ``instead``: what
    else the command can do without one."""
    if sys.stdin.isatty() and sys.stdout.isatty():
        return
    from medsocial_tui.errors import NoTerminal

    which = "input" if not sys.stdin.isatty() else "output"
    raise NoTerminal(
        f"the app needs a terminal, and its {which} is not one",
        fix="run it in a terminal (over SSH: `ssh -t host medsocial`); "
        + (
            instead
            or "for scripts and cron use the commands (`medsocial --help`), e.g. `medsocial flush`"
        ),
    )


def run_app(home: str | os.PathLike[str] | None = None, **run_options: Any) -> None:
    """Open the practice first, so config errors print as words before the screen clears;
    then import Textual with medsocial's settings and run. ``run_options`` go to
    ``App.run`` (``headless``, ``size``, ``auto_pilot``)."""
    choose_textual_settings()
    # Until the first frame nearly everything made (modules, classes, styles, the first
    # rows) lives as long as the app: the cycle collector would walk it again and again for
    # nothing. It waits until the first frame (``MedsocialApp.after_the_first_frame``).
    gc.disable()
    switch_interval = sys.getswitchinterval()
    sys.setswitchinterval(min(switch_interval, SWITCH_INTERVAL))
    try:
        from medsocial_tui.home.practice import open_practice

        practice = open_practice(home)
        if not run_options.get("headless"):
            # after the practice: whoever may not open it hears that first, whatever the stream
            try:
                refuse_without_a_terminal()
            except BaseException:
                practice.close()
                raise
        from medsocial_tui.tui.app import MedsocialApp

        app = MedsocialApp(practice, owns_practice=True)
        app.run(**run_options)
        if app.return_code:  # the app ended on an error: cron and shells should see it
            sys.exit(app.return_code)
    finally:
        sys.setswitchinterval(switch_interval)
        gc.enable()
