"""Every `medsocial …` command the README and docs/ show (in code spans and code blocks) names
commands and options the command line has: a person who types it as written gets no "No
such command" or "No such option"."""

from __future__ import annotations

import re
import shlex
from pathlib import Path

import click
import pytest

from medsocial_tui.cli import main as cli

ROOT = Path(__file__).resolve().parents[2]
DOCS = [ROOT / "README.md", *sorted((ROOT / "docs").rglob("*.md"))]
BLOCK = re.compile(r"```[^\n]*\n(.*?)```", re.S)
SPAN = re.compile(r"`([^`\n]+)`")
# `medsocial` as the command word: bare, a path to the console script, or `ssh medsocial@box`
START = re.compile(r"(?:^|(?<=[\s`(\"]))(?:[\w./-]*/bin/)?medsocial(?:@[\w-]+)?[ \t]+(?=[a-z-])")
# where the command's words end: the end of the line, a pipe, a redirect, a comment, `…`
END = re.compile(r"[\n`|<>#;…]|&&|\)\s|\s{3}")
COMMENT = re.compile(r"(?:^|(?<=\s))#.*$", re.M)
NOT_A_COMMAND = {
    "--",
    "-e",
    "-e)",
    "-f",
    "-u",
}  # `runuser -u medsocial -- …`, `crontab -u medsocial -e`
GLOBAL = {"--home", "--as-ssh-user"}


def shown_commands(text: str) -> list[list[str]]:
    """The words after each `medsocial` in the page's code (with ``[…]`` optional parts and
    placeholders left in: only option and command names are checked)."""
    code = BLOCK.findall(text) + SPAN.findall(BLOCK.sub("", text))
    code = [COMMENT.sub("", chunk) for chunk in code]
    found = []
    for chunk in code:
        for start in START.finditer(chunk):
            rest = END.split(chunk[start.end() :], maxsplit=1)[0].replace("\\", " ")
            if chunk[: start.start()].endswith('"'):  # command="…" in authorized_keys
                rest = rest.split('"')[0]
            try:
                words = shlex.split(rest)
            except ValueError:
                words = rest.split()
            if words and words[0] not in NOT_A_COMMAND and not words[0].startswith("$"):
                found.append(words)
    return found


def problems(words: list[str]) -> list[str]:
    """What in ``words`` the command line does not have: a command, or an option of the
    command it reached. ``post add/list/show`` names siblings: each must exist."""
    command: click.Command = cli
    ctx = click.Context(cli, info_name="medsocial")
    path: list[str] = []
    wrong = []
    skip = False
    for word in words:
        if skip:
            skip = False
            continue
        bare = word.strip("[]").split("=")[0]
        if bare.startswith("-") and len(bare) > 1:
            if command is cli and bare in GLOBAL:
                skip = True
                continue
            options = {o: p for p in command.params for o in (*p.opts, *p.secondary_opts)}
            # `--sent/--not-sent` names a flag pair
            wrong += [
                f"{' '.join(path)} {o}"
                for o in bare.split("/")
                if o not in options and o != "--help"
            ]
            given = options.get(bare)
            # an option's value is not a command (`hours-change --reason snow`)
            skip = isinstance(given, click.Option) and not given.is_flag and "=" not in word
            continue
        if not isinstance(command, click.Group):
            continue
        names = word.split("/")
        subs = [command.get_command(ctx, name) for name in names]
        wrong += [
            f"{' '.join([*path, n])}" for n, sub in zip(names, subs, strict=True) if sub is None
        ]
        if len(names) > 1 or subs[0] is None:
            break
        command = subs[0]
        path.append(word)
        ctx = click.Context(command, parent=ctx, info_name=word)
    return wrong


@pytest.mark.parametrize("page", DOCS, ids=lambda p: str(p.relative_to(ROOT)))
def test_every_medsocial_command_in_the_docs_exists(page: Path):
    shown = shown_commands(page.read_text("utf-8"))
    wrong = [f"medsocial {' '.join(w)}: {p}" for w in shown for p in problems(w)]
    assert wrong == []


def test_the_check_reads_what_it_says():
    """The reading itself: it finds commands in spans, blocks, paths and ssh, and a wrong
    command or option is caught."""
    text = (
        "Run `medsocial flush --dry-run`, then\n```sh\n"
        "runuser -u medsocial -- /opt/medsocial/.venv/bin/medsocial --home /srv/m post list\n"
        "ssh medsocial@office-box inbox resolve 3 --sent/--not-sent   # settle it\n```\n"
    )
    assert shown_commands(text) == [
        ["--home", "/srv/m", "post", "list"],
        ["inbox", "resolve", "3", "--sent/--not-sent"],
        ["flush", "--dry-run"],
    ]
    assert [problems(w) for w in shown_commands(text)] == [[], [], []]
    assert problems(["post", "publish"]) == ["post publish"]
    assert problems(["flush", "--dry"]) == ["flush --dry"]
    assert problems(["post", "add/lst"]) == ["post lst"]


def test_the_docs_show_many_commands():
    """A reading that found nothing would pass every page: the README alone shows dozens."""
    assert len(shown_commands((ROOT / "README.md").read_text("utf-8"))) >= 30
    assert sum(len(shown_commands(page.read_text("utf-8"))) for page in DOCS) >= 120
