"""No import cycle among medsocial_tui's modules: every import counts, those inside functions
too (a lazy import hides a cycle, it does not remove it); only imports for type checkers
(``if TYPE_CHECKING:``) are left out."""

from __future__ import annotations

import ast
from pathlib import Path

import medsocial_tui

PACKAGE = Path(medsocial_tui.__file__).parent


def _name(path: Path) -> str:
    parts = path.relative_to(PACKAGE.parent).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


MODULES = {_name(p): p for p in PACKAGE.rglob("*.py")}


def _owner(name: str) -> str | None:
    """The module ``name`` refers to (a name imported from a module belongs to it)."""
    while name and name not in MODULES:
        name = name.rpartition(".")[0]
    return name or None


def _for_type_checkers(node: ast.AST) -> bool:
    return isinstance(node, ast.If) and "TYPE_CHECKING" in ast.unparse(node.test)


def imports_of(name: str) -> set[str]:
    path = MODULES[name]
    package = name if path.name == "__init__.py" else name.rpartition(".")[0]
    found: set[str] = set()

    def visit(node: ast.AST) -> None:
        for child in ast.iter_child_nodes(node):
            if _for_type_checkers(child):
                continue
            if isinstance(child, ast.Import):
                found.update(a.name for a in child.names)
            elif isinstance(child, ast.ImportFrom):
                base = child.module or ""
                if child.level:
                    parent = package.split(".")[: len(package.split(".")) - child.level + 1]
                    base = ".".join([*parent, *([base] if base else [])])
                found.update(f"{base}.{a.name}" for a in child.names)
                found.add(base)
            visit(child)

    visit(ast.parse(path.read_text("utf-8")))
    owners = {_owner(n) for n in found if n.startswith("medsocial_tui")}
    return {o for o in owners if o is not None and o != name and not name.startswith(o + ".")}


def cycles(names: set[str]) -> list[list[str]]:
    """The groups of modules (among ``names``) that import each other in a circle."""
    graph = {n: imports_of(n) & names for n in names}
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    found: list[list[str]] = []

    def strong(v: str) -> None:
        index[v] = low[v] = len(index)
        stack.append(v)
        for w in sorted(graph[v]):
            if w not in index:
                strong(w)
                low[v] = min(low[v], low[w])
            elif w in stack:
                low[v] = min(low[v], index[w])
        if low[v] == index[v]:
            group = []
            while True:
                w = stack.pop()
                group.append(w)
                if w == v:
                    break
            if len(group) > 1:
                found.append(sorted(group))

    for v in sorted(graph):
        if v not in index:
            strong(v)
    return found


CORE = {n for n in MODULES if not n.startswith(("medsocial_tui.tui", "medsocial_tui.compliance"))}


def test_the_core_has_no_import_cycle():
    assert cycles(CORE) == []


def test_the_whole_package_has_no_import_cycle():
    """The TUI and the guard too."""
    assert cycles(set(MODULES)) == []


def test_the_guard_has_no_import_cycle():
    assert cycles({n for n in MODULES if n.startswith("medsocial_tui.compliance")}) == []


def test_the_check_sees_a_hidden_cycle(tmp_path, monkeypatch):
    """A lazy import inside a function closes a circle as surely as one at the top."""
    one = tmp_path / "one.py"
    two = tmp_path / "two.py"
    one.write_text("from medsocial_tui import two\n", "utf-8")
    two.write_text("def f():\n    from medsocial_tui import one\n", "utf-8")
    three = tmp_path / "three.py"
    three.write_text(
        "from typing import TYPE_CHECKING\nif TYPE_CHECKING:\n    from medsocial_tui import one\n",
        "utf-8",
    )
    monkeypatch.setitem(MODULES, "medsocial_tui.one", one)
    monkeypatch.setitem(MODULES, "medsocial_tui.two", two)
    monkeypatch.setitem(MODULES, "medsocial_tui.three", three)
    names = {"medsocial_tui.one", "medsocial_tui.two", "medsocial_tui.three"}
    assert cycles(names) == [["medsocial_tui.one", "medsocial_tui.two"]]
