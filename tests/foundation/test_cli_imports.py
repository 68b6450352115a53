"""The command line imports only what the command it runs needs (issue 18): ``medsocial
--help`` lists every command without importing one, and reading the queue does not load
Textual, httpx, Pillow or the guard's word lists. Checked on the real console script with
``python -X importtime``, which names every module a process imported."""

from __future__ import annotations

import inspect
import json
import os
import subprocess
import sys
from pathlib import Path

import click
import pytest

from medsocial_tui import cli


def imported_by(
    *args: str, home: Path | None = None
) -> tuple[set[str], subprocess.CompletedProcess]:
    """Top-level package names a real ``medsocial ARGS`` process imported."""
    env = {**os.environ}
    if home is not None:
        env["MEDSOCIAL_HOME"] = str(home)
    script = Path(sys.executable).parent / "medsocial"
    done = subprocess.run(
        [sys.executable, "-X", "importtime", str(script), *args],
        capture_output=True,
        text=True,
        env=env,
        timeout=60,
    )
    names = {
        line.rsplit("|", 1)[1].strip()
        for line in done.stderr.splitlines()
        if line.startswith("import time:") and "cumulative" not in line
    }
    return names, done


def packages(names: set[str]) -> set[str]:
    return {name.split(".")[0] for name in names}


def test_help_lists_every_command_and_imports_none_of_them():
    names, done = imported_by("--help")
    assert done.returncode == 0, done.stderr[-2000:]
    assert not packages(names) & {"textual", "httpx", "sqlite_utils", "PIL", "pydantic"}
    assert not {
        n for n in names if n.startswith("medsocial_tui.cli.") and n != "medsocial_tui.cli.output"
    }
    shown = done.stdout.split("Commands:")[1]
    for name in cli.COMMANDS:
        assert f"\n  {name} " in shown


def test_the_summaries_in_the_lazy_table_are_the_commands_own():
    ctx = click.Context(cli.main)
    for name, (module, attribute, summary) in cli.COMMANDS.items():
        command = cli.main.get_command(ctx, name)
        assert command is getattr(__import__(module, fromlist=[attribute]), attribute)
        first = inspect.cleandoc(command.help or "").split("\n\n")[0]
        assert " ".join(first.split()) == summary, name


def test_an_unknown_command_is_still_refused_in_words():
    done = subprocess.run(
        [str(Path(sys.executable).parent / "medsocial"), "pots"],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert done.returncode == 2
    assert "No such command 'pots'" in done.stderr


@pytest.mark.parametrize(
    "args",
    [("post", "list", "--json"), ("post", "show", "1", "--json"), ("whoami",)],
)
def test_reading_the_queue_loads_no_textual_httpx_pillow_or_word_lists(demo_home, args):
    names, done = imported_by(*args, home=demo_home)
    assert done.returncode == 0, done.stderr[-2000:]
    assert not packages(names) & {"textual", "httpx", "PIL", "wordfreq", "ftfy", "asyncio"}
    assert "pydantic" not in packages(names)  # a correct practice.toml is read without it
    assert "sqlite_utils" not in packages(names)  # only migrations need it
    assert "medsocial_tui.compliance" not in names
    assert not {n for n in packages(names) if n.startswith("medsocial_") and n != "medsocial_tui"}
    assert "importlib.metadata" not in names  # no plugin is even looked for


def test_a_dry_run_flush_loads_no_event_loop_network_library_or_pillow(demo_home):
    names, done = imported_by("flush", "--dry-run", home=demo_home)
    assert done.returncode in (0, 1), done.stderr[-2000:]
    assert not packages(names) & {"textual", "PIL", "httpx", "asyncio", "pydantic", "sqlite_utils"}


FIRST_FRAME = """
import json, sys

from medsocial_tui.tui.run import choose_textual_settings, run_app

choose_textual_settings()
from medsocial_tui.tui.app import MedsocialApp

seen = {}


def first_frame(app):
    # called once the queue's first frame is drawn; what was imported by then is the path
    host = app.practice.plugin_host
    seen.update(modules=sorted(sys.modules), plugins=host.loaded if host else [])
    app.exit()


MedsocialApp.after_the_first_frame = first_frame
run_app(sys.argv[1], headless=True, size=(80, 24))
print(json.dumps(seen))
"""


def test_the_apps_first_frame_waits_for_no_plugin_network_library_or_guard(demo_home):
    """The queue's first frame is drawn before any plugin loads and before the inbox count is
    read: both run after it. TextArea comes with the screens that edit, the publishing core
    (and with it the plugins' API) with the action that calls it."""
    done = subprocess.run(
        [sys.executable, "-c", FIRST_FRAME, str(demo_home)],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode == 0, done.stderr[-2000:]
    seen = json.loads(done.stdout.strip().splitlines()[-1])
    names = set(seen["modules"])
    assert "medsocial_tui.tui.screens.queue" in names  # it did draw the queue
    assert seen["plugins"] == []
    assert not packages(names) & {"httpx", "PIL", "sqlite_utils", "wordfreq", "ftfy"}
    assert not {n for n in packages(names) if n.startswith("medsocial_") and n != "medsocial_tui"}
    assert "medsocial_tui.compliance" not in names
    assert "medsocial_tui.listening.inbox" not in names
    assert "textual.widgets._text_area" not in names
    assert "medsocial_tui.publishing.queue" not in names
    assert "medsocial_tui.channel" not in names
    assert "click" not in names  # run_app itself needs no command line


CONSOLE = """
import json, os, sys

from medsocial_tui.tui import run


def opened(home=None):
    from medsocial_tui.home.identity import ssh_login

    umask = os.umask(0o22)
    print(json.dumps({"home": home, "click": "click" in sys.modules, "umask": umask}))
    print(json.dumps({"ssh_login": ssh_login()}))


run.run_app = opened
from medsocial_tui.tui.console import main

sys.argv = ["medsocial", *sys.argv[1:]]
main()
"""


def console(*args: str, **env: str) -> subprocess.CompletedProcess[str]:
    clean = {k: v for k, v in os.environ.items() if k != "MEDSOCIAL_HOME"}
    return subprocess.run(
        [sys.executable, "-c", CONSOLE, *args],
        capture_output=True,
        text=True,
        env={**clean, **env},
        timeout=60,
    )


def test_the_console_script_opens_the_app_without_the_command_line(tmp_path):
    home = str(tmp_path / "practice")
    for args, env in (
        (("--home", home), {}),
        ((f"--home={home}",), {}),
        ((), {"MEDSOCIAL_HOME": home}),
    ):
        done = console(*args, **env)
        assert done.returncode == 0, done.stderr
        seen = json.loads(done.stdout.splitlines()[0])
        assert seen == {"home": home, "click": False, "umask": 0o077}


def test_an_ssh_forced_command_with_nothing_typed_opens_the_app_as_its_key_s_login(tmp_path):
    home = str(tmp_path / "practice")
    done = console(
        "--home", home, "--as-ssh-user", "jreyes", SSH_ORIGINAL_COMMAND="", MEDSOCIAL_USER="x"
    )
    assert done.returncode == 0, done.stderr
    assert json.loads(done.stdout.splitlines()[1]) == {"ssh_login": "jreyes"}
    # what was typed is a command: the command line runs it (here it refuses the home)
    done = console("--home", home, "--as-ssh-user", "jreyes", SSH_ORIGINAL_COMMAND="whoami")
    assert "home" not in done.stdout
    assert done.returncode != 0
    done = console("--home", home, "--as-ssh-user", "jreyes", SSH_ORIGINAL_COMMAND="--home /x")
    assert done.returncode == 2
    assert "cannot be given over SSH" in done.stderr


def test_anything_else_goes_to_the_command_line_with_its_own_words(tmp_path):
    afile = tmp_path / "a-file"
    afile.write_text("x")
    done = console("--home", str(afile))  # click.Path refuses a file, in click's words
    assert done.returncode == 2
    assert "is a file" in done.stderr
    done = console("--home", str(tmp_path), "--version")
    assert done.returncode == 0
    assert "medsocial, version" in done.stdout
    done = console("--hme", str(tmp_path))
    assert done.returncode == 2
    assert "No such option" in done.stderr


@pytest.mark.parametrize(
    ("args", "options"),
    [
        ((), (None, None)),
        (("--home", "/p"), ("/p", None)),
        (("--home=/p",), ("/p", None)),
        (("--as-ssh-user", "jreyes", "--home", "/p"), ("/p", "jreyes")),
        (("--home", "/p", "--as-ssh-user=jreyes"), ("/p", "jreyes")),
        (("--home",), None),
        (("--home", "--help"), None),
        (("--home", ""), None),
        (("--home", "/p", "--home", "/q"), None),
        (("--help",), None),
        (("post", "list"), None),
        (("--home", "/p", "post"), None),
    ],
)
def test_only_the_bare_commands_options_take_the_short_way(args, options):
    from medsocial_tui.entry import app_options

    assert app_options(list(args)) == options


def test_the_header_s_inbox_count_loads_no_reply_guard(demo_home):
    """The header counts the inbox after the first frame; the count is SQL, and holding the
    guard's word lists for it cost the app about 17 MB."""
    code = (
        "import sys\n"
        "from medsocial_tui.home.practice import open_practice\n"
        "from medsocial_tui.tui.inbox_header import header_words\n"
        f"print(repr(header_words(open_practice({str(demo_home)!r}))))\n"
        "print(sorted(m for m in sys.modules if m.startswith(('wordfreq', 'httpx',"
        " 'medsocial_tui.compliance'))))\n"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60)
    assert done.returncode == 0, done.stderr[-2000:]
    assert done.stdout.splitlines()[-1] == "[]"


def test_every_option_says_in_help_what_it_does():
    """An IT person learns the command line from ``--help``: an option listed with no words
    leaves them guessing (forty did)."""
    silent: list[str] = []

    def walk(command: click.Command, path: str) -> None:
        silent.extend(
            f"{path} {option.opts[0]}"
            for option in command.params
            if isinstance(option, click.Option) and not option.hidden and not option.help
        )
        if isinstance(command, click.Group):
            ctx = click.Context(command)
            for name in command.list_commands(ctx):
                sub = command.get_command(ctx, name)
                assert sub is not None
                walk(sub, f"{path} {name}")

    walk(cli.main, "medsocial")
    assert silent == []
