"""The README's layout section is the tree: it names every module and room of the core, and
nothing the core lacks."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

import medsocial_tui

CORE = Path(medsocial_tui.__file__).parent
README = CORE.parent / "README.md"
ENTRY = re.compile(r"[A-Za-z0-9_]+(?:\.py|/)")


def layout_block(readme: str) -> list[str]:
    section = readme.split("\n## Layout\n", 1)[1]
    return section.split("```\n", 2)[1].splitlines()


def named(lines: list[str]) -> dict[str, int]:
    """Every path the layout names under ``medsocial_tui/`` (by indentation), with its line."""
    paths: dict[str, int] = {}
    parents: list[tuple[int, str]] = []
    for number, line in enumerate(lines, 1):
        indent = len(line) - len(line.lstrip(" "))
        words = line.strip().split("  ")
        names = []
        for word in words:
            word = word.strip()
            if not word:
                continue
            if not all(ENTRY.fullmatch(w) for w in word.split()):
                break
            names.extend(word.split())
        if not names:
            continue
        while parents and parents[-1][0] >= indent:
            parents.pop()
        for name in names:
            path = "/".join([*(p for _, p in parents), name.rstrip("/")])
            paths[path] = number
        if len(names) == 1 and names[0].endswith("/"):
            parents.append((indent, names[0].rstrip("/")))
    return {
        p.removeprefix("medsocial_tui/"): n
        for p, n in paths.items()
        if p.startswith("medsocial_tui/")
    }


def _kept(p: Path) -> bool:
    """A module (not ``__init__``) or a package."""
    if p.is_dir():
        return (p / "__init__.py").exists()
    return p.suffix == ".py" and p.name != "__init__.py"


def tree() -> tuple[set[str], set[str]]:
    """The core's top-level modules and packages, and the modules inside each package."""
    top = {p.name for p in CORE.iterdir() if _kept(p)}
    inner = {
        f"{package.name}/{p.name}"
        for package in CORE.iterdir()
        if package.is_dir() and _kept(package)
        for p in package.iterdir()
        if _kept(p) and p.is_file()
    }
    return top, inner


def check(lines: list[str]) -> list[str]:
    said = named(lines)
    top, inner = tree()
    problems = [
        f"layout line {n}: medsocial_tui/{p} does not exist"
        for p, n in said.items()
        if not (CORE / p).exists()
    ]
    problems += [f"medsocial_tui/{t} is missing from the layout" for t in sorted(top - set(said))]
    for package in sorted({i.split("/")[0] for i in inner}):
        listed = {p for p in said if p.startswith(package + "/")}
        if listed:  # a room whose modules the layout lists must list every one of them
            problems += [
                f"medsocial_tui/{i} is missing from the layout"
                for i in sorted(inner - listed)
                if i.startswith(package + "/")
            ]
    return problems


def test_the_layout_names_what_the_core_has_and_nothing_else():
    assert check(layout_block(README.read_text("utf-8"))) == []


@pytest.mark.parametrize(
    ("edit", "complaint"),
    [
        (
            lambda ls: [ls[0], "  ghost.py              a module that is not there", *ls[1:]],
            "medsocial_tui/ghost.py does not exist",
        ),
        (
            lambda ls: [line for line in ls if "flush.py" not in line],
            "medsocial_tui/publishing/flush.py is missing from the layout",
        ),
        (
            lambda ls: [line for line in ls if not line.startswith("  publishing/")],
            "medsocial_tui/publishing is missing from the layout",
        ),
        (
            lambda ls: [line for line in ls if not line.startswith("  channel.py")],
            "medsocial_tui/channel.py is missing from the layout",
        ),
    ],
    ids=["names-a-ghost", "drops-a-room-module", "drops-a-room", "drops-a-top-module"],
)
def test_the_check_fails_when_layout_and_tree_differ(edit, complaint):
    lines = layout_block(README.read_text("utf-8"))
    assert any(complaint in p for p in check(edit(lines)))
