"""``testing.cli.invoke`` (commands in the test process) answers as the console script does,
and refuses the commands that would leave signal handlers behind in the test process."""

from __future__ import annotations

import signal

import pytest

from medsocial_tui import clock
from medsocial_tui.testing.cli import invoke, run_process


@pytest.mark.parametrize(
    "args",
    [
        ("post", "show", "99999"),
        ("staff", "show", "nobody"),
        ("post", "add", "Hi", "-a", "snapchat", "--at", "0001-01-01"),
    ],
    ids=["missing post", "unknown login", "year one"],
)
def test_in_process_and_the_console_script_say_the_same(demo_home, args):
    here = invoke(*args, home=demo_home)
    there = run_process(*args, home=demo_home)
    assert (here.returncode, here.stdout, here.stderr) == (
        there.returncode,
        there.stdout,
        there.stderr,
    )
    assert here.returncode != 0 and here.stderr


@pytest.mark.parametrize(
    "args", [("flush",), ("flush", "--dry-run"), ("inbox", "fetch"), ("metrics", "fetch")]
)
def test_commands_that_install_signal_handlers_are_refused(demo_home, args):
    before = signal.getsignal(signal.SIGTERM)
    with pytest.raises(ValueError, match="run_process"):
        invoke(*args, home=demo_home)
    assert signal.getsignal(signal.SIGTERM) is before


def test_a_command_leaves_the_clock_rule_as_it_found_it(demo_home):
    clock.trust_environment(False)
    try:
        assert invoke("post", "list", home=demo_home).returncode == 0
        assert not clock.environment_trusted()
    finally:
        clock.trust_environment(True)
