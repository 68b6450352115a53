"""No escape sequence, C0/C1 control or bidi override that someone wrote reaches the terminal
from any command: posts, staff, policy, training, audit notes, to-dos, templates, doctor,
plugins, check, flush, and click's own usage errors all print it as visible escapes."""

from __future__ import annotations

import sys
import textwrap
from pathlib import Path

import pytest

from medsocial_tui import clock
from medsocial_tui.home import demo
from medsocial_tui.home.practice import open_practice
from medsocial_tui.publishing import queue
from medsocial_tui.testing.cli import invoke
from medsocial_tui.testing.cli import run_process as medsocial_process

from .hostile import ESCAPES, HOSTILE, MARKUP, poison, raw_found

LIAR = f"""
from medsocial_tui.channel import Channel, Rejected
from medsocial_tui.hookspecs import hookimpl

class Liar(Channel):
    name = "liar"
    title = "Liar network"

    async def publish(self, client, request):
        raise Rejected({HOSTILE!r})

@hookimpl
def register_channels(register):
    register(Liar)
"""

BROKEN = f"raise RuntimeError({HOSTILE!r})\n"


def hostile_plugins(root: Path) -> Path:
    """A folder with two installed plugins: one whose network answers with hostile words,
    one that fails to import with them."""
    root.mkdir(exist_ok=True)
    for module, body, name in (("liar_plugin", LIAR, "liar"), ("broken_plugin", BROKEN, "broken")):
        (root / f"{module}.py").write_text(textwrap.dedent(body), "utf-8")
        info = root / f"medsocial_{name}-1.0.dist-info"
        info.mkdir()
        (info / "METADATA").write_text(
            f"Metadata-Version: 2.1\nName: medsocial-{name}\nVersion: 1.0\n"
        )
        (info / "entry_points.txt").write_text(f"[medsocial]\n{name} = {module}\n")
    return root


@pytest.fixture
def hostile_home(tmp_path, monkeypatch):
    monkeypatch.setenv("MEDSOCIAL_NOW", "2026-11-27T15:00:00Z")
    monkeypatch.setenv("MEDSOCIAL_USER", "ppatel")
    home = demo.build(tmp_path / "demo", login="ppatel").root
    with (home / "practice.toml").open("a", encoding="utf-8") as config:
        config.write('\n[[accounts]]\nid = "liar"\nchannel = "liar"\nname = "Liar"\n')
    poison(home)
    site = hostile_plugins(tmp_path / "site")
    monkeypatch.syspath_prepend(str(site))
    monkeypatch.setenv("MEDSOCIAL_USER", "jreyes")
    practice = open_practice(home)
    try:
        post = queue.create(
            practice,
            queue.Compose(text="Flu shots all week.", accounts=["liar"], scheduled_at=clock.now()),
        )
        queue.submit(practice, post.id)
        practice.login = "ppatel"
        queue.approve(practice, post.id)
    finally:
        practice.close()
    for module in ("liar_plugin", "broken_plugin"):
        sys.modules.pop(module, None)
    yield home, site
    for module in ("liar_plugin", "broken_plugin"):
        sys.modules.pop(module, None)


PLUGINS = "manual,mastodon,liar,broken"


def run(home: Path, site: Path, *args: str, stdin: str | None = None) -> str:
    """The command in this process (the plugins' folder is on ``sys.path``)."""
    done = invoke(*args, home=home, login="ppatel", env={"MEDSOCIAL_PLUGINS": PLUGINS}, stdin=stdin)
    return done.stdout + done.stderr


def run_process(home: Path, site: Path, *args: str) -> str:
    """The installed console script: flush installs signal handlers, so it runs apart."""
    done = medsocial_process(
        *args,
        home=home,
        login="ppatel",
        env={"MEDSOCIAL_PLUGINS": PLUGINS, "PYTHONPATH": str(site)},
    )
    return done.stdout + done.stderr


COMMANDS = (
    ("post", "list"),
    ("post", "list", "--json"),
    ("post", "show", "1"),
    ("post", "show", "2", "--json"),
    ("staff", "list"),
    ("staff", "show", "ppatel"),
    ("policy", "list"),
    ("policy", "show"),
    ("policy", "status"),
    ("policy", "diff", "1", "2"),
    ("roster", "status"),
    ("post", "reconcile"),
    ("training", "list"),
    ("training", "overdue"),
    ("audit-note", "list"),
    ("todo",),
    ("templates", "list"),
    ("hours-change", "list"),
    ("doctor",),
    ("plugins",),
    ("flush",),
    ("flush", "--json"),
    ("post", "show", ESCAPES),
    ("check", HOSTILE + " call 312-555-0188"),
    ("inbox", "list"),
    ("inbox", "list", "--json"),
    ("inbox", "show", "1"),
)


def test_no_command_lets_a_raw_control_character_through(hostile_home):
    home, site = hostile_home
    seen = {}
    for args in COMMANDS:
        out = run_process(home, site, *args) if args[0] == "flush" else run(home, site, *args)
        seen[args] = out
        assert raw_found(out) == [], f"medsocial {' '.join(args)!r} printed {raw_found(out)}"
        assert "Traceback" not in out, args
    assert "\\x1b]52;c;aGFja2Vk\\x07" in seen[("post", "show", "1")]
    assert MARKUP in seen[("post", "show", "1")]
    assert "\\u202eevil\\u202c" in seen[("staff", "list")]
    assert "\\x9b31m" in seen[("plugins",)]
    assert "failed: post 13 to liar: [/] [link=" in seen[("flush",)]
    assert "\\x1b]52;c;aGFja2Vk\\x07" in seen[("flush",)]
    assert "is not a valid integer" in seen[("post", "show", ESCAPES)]
    assert "\\x1b]52;c;aGFja2Vk\\x07" in seen[("inbox", "show", "1")]


def test_check_reads_hostile_text_from_standard_input_and_marks_it_safely(hostile_home):
    home, site = hostile_home
    out = run(home, site, "check", "-", stdin=HOSTILE + "call 312-555-0188")
    assert raw_found(out) == []
    assert "\\x1b[2J" in out


def test_text_that_is_not_utf8_is_refused_in_words_not_a_traceback(hostile_home):
    """A post saved in Windows-1252 (or with a pasted control byte) and sent on standard input
    crashed `post add -` with a UnicodeEncodeError deep in the queue; each command that reads
    text from standard input now says which byte, what to do, exits 2, and repeats no text."""
    home, _site = hostile_home
    for args, what in (
        (("post", "add", "-", "--account", "facebook"), "the post's text"),
        (("check", "-"), "the text to check"),
    ):
        done = invoke(
            *args,
            home=home,
            login="ppatel",
            env={"MEDSOCIAL_PLUGINS": PLUGINS},
            stdin=b"Jane closed \x9b early",
        )
        said = done.stdout + done.stderr
        assert done.returncode == 2, said
        assert f"{what} on standard input is not UTF-8 text (byte 13 of 19 is 0x9b)" in said
        assert "UTF-8" in said and "Jane" not in said and "Traceback" not in said


def test_json_keeps_the_data_with_unsafe_characters_written_as_escapes(hostile_home):
    import json

    home, site = hostile_home
    out = run(home, site, "post", "show", "1", "--json")
    assert raw_found(out) == []
    assert json.loads(out)["text"].startswith(HOSTILE)
