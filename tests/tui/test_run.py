"""`medsocial` opens the app with its own Textual settings (no animations, 20 frames a
second) unless the person chose others: Textual reads them when first imported, so the
command must not import Textual before it chooses them."""

from __future__ import annotations

import os
import subprocess
import sys

CHILD = r"""
import sys
from medsocial_tui.tui import run

real = run.run_app


def headless(home=None):
    async def report(pilot):
        from textual import constants

        print("SETTINGS", constants.MAX_FPS, constants.TEXTUAL_ANIMATIONS, flush=True)
        pilot.app.exit()

    real(home, headless=True, size=(80, 24), auto_pilot=report)


run.run_app = headless
from medsocial_tui.cli import main

main(["--home", sys.argv[1]])
"""


def settings_seen(home, **env: str) -> str:
    clean = {k: v for k, v in os.environ.items() if not k.startswith("TEXTUAL")}
    done = subprocess.run(
        [sys.executable, "-c", CHILD, str(home)],
        env={**clean, **env},
        capture_output=True,
        text=True,
        timeout=120,
    )
    lines = [li for li in done.stdout.splitlines() if li.startswith("SETTINGS")]
    assert lines, done.stdout + done.stderr
    return lines[0]


def test_the_command_runs_the_app_with_its_settings(demo_home):
    assert settings_seen(demo_home) == "SETTINGS 20 none"


def test_a_person_s_own_settings_win(demo_home):
    assert settings_seen(demo_home, TEXTUAL_FPS="60", TEXTUAL_ANIMATIONS="full") == (
        "SETTINGS 60 full"
    )


FAILING = r"""
import sys
from medsocial_tui.tui import run

real = run.run_app


def headless(home=None):
    def broken():
        token = "tok-kept-in-a-local"  # what a frame holds when the fault comes
        assert token
        raise RuntimeError("a fault inside the app")

    async def fail(pilot):
        from medsocial_tui.tui.pilot import workers_done

        pilot.app.run_worker(broken, thread=True)
        try:
            await workers_done(pilot.app)
        except Exception:
            pass

    real(home, headless=True, size=(80, 24), auto_pilot=fail)


run.run_app = headless
from medsocial_tui.cli import main

main(["--home", sys.argv[1]])
"""


def test_an_app_that_ends_on_an_error_does_not_exit_0(demo_home):
    done = subprocess.run(
        [sys.executable, "-c", FAILING, str(demo_home)],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode != 0, done.stdout + done.stderr
    # The traceback is shown, without the frames' variables (post texts, tokens).
    assert "a fault inside the app" in done.stderr, done.stderr
    assert "tok-kept-in-a-local" not in done.stderr + done.stdout


def test_without_a_terminal_the_app_is_refused_in_words_not_spun(demo_home, tmp_path):
    """`medsocial` (or `medsocial demo`) from cron, a pipe or `ssh host` without -t started
    Textual on streams no one reads, and held a CPU for minutes; now it says so and exits 13,
    and the demo is not even made."""
    from medsocial_tui.testing.processes import user_env

    medsocial = os.path.join(os.path.dirname(sys.executable), "medsocial")

    def without_a_terminal(*args: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            [medsocial, *args],
            stdin=subprocess.DEVNULL,
            capture_output=True,
            text=True,
            timeout=60,
            env=user_env(),
        )

    app = without_a_terminal("--home", str(demo_home))
    assert app.returncode == 13, app.stderr
    assert "the app needs a terminal" in app.stderr and "ssh -t" in app.stderr
    where = tmp_path / "never-made"
    demo = without_a_terminal("demo", "--home", str(where))
    assert demo.returncode == 13, demo.stderr
    assert "--no-open" in demo.stderr and not where.exists()
