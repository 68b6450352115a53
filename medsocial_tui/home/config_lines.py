"""Where each key of ``practice.toml`` was written, and the warnings that name those lines:
the parts of the config's schema that need no pydantic (see :mod:`config_schema`)."""

from __future__ import annotations

import re
from dataclasses import dataclass

Path_ = tuple[str | int, ...]


@dataclass(frozen=True)
class ConfigWarning:
    """Something in the config that is probably a mistake but does not stop the practice."""

    what: str
    where: str
    """The file, the line when it is known, and the dotted key."""
    fix: str

    def __str__(self) -> str:
        return f"{self.what} ({self.where}); {self.fix}"


def dotted(path: Path_) -> str:
    """('accounts', 1, 'id') -> 'accounts[1].id'."""
    out = ""
    for part in path:
        if isinstance(part, int):
            out += f"[{part}]"
        else:
            out += ("." if out else "") + part
    return out


_KEY_PART = re.compile(r'"((?:[^"\\]|\\.)*)"|\'([^\']*)\'|([A-Za-z0-9_-]+)')


def _split_key(text: str) -> tuple[str, ...]:
    return tuple(a or b or c for a, b, c in _KEY_PART.findall(text))


def _key_before_equals(line: str) -> str | None:
    quote = ""
    for index, char in enumerate(line):
        if quote:
            if char == quote:
                quote = ""
        elif char in "\"'":
            quote = char
        elif char == "=":
            return line[:index]
    return None


class LineFinder:
    """Where each table and key of a TOML text was written, by its full path, counting
    ``[[accounts]]`` entries so the second one's ``id`` is found at its own line."""

    def __init__(self, text: str) -> None:
        self.lines: dict[Path_, int] = {}
        arrays: dict[Path_, int] = {}
        current: Path_ = ()
        depth = 0
        open_string = ""

        def resolve(parts: tuple[str, ...]) -> Path_:
            path: Path_ = ()
            for part in parts:
                path = (*path, part)
                if path in arrays:
                    path = (*path, arrays[path] - 1)
            return path

        for number, raw in enumerate(text.splitlines(), start=1):
            line = raw.strip()
            if open_string:
                if line.count(open_string) % 2 == 1:
                    open_string = ""
                continue
            if depth > 0:
                depth = max(0, depth + line.count("[") - line.count("]"))
                continue
            if not line or line.startswith("#"):
                continue
            header = re.match(r"^\[\[\s*(.+?)\s*\]\]", line)
            if header:
                parts = _split_key(header.group(1))
                base = (*resolve(parts[:-1]), parts[-1])
                arrays[base] = arrays.get(base, 0) + 1
                current = (*base, arrays[base] - 1)
                self.lines.setdefault(base, number)
                self.lines[current] = number
                continue
            header = re.match(r"^\[\s*(.+?)\s*\]", line)
            if header:
                current = resolve(_split_key(header.group(1)))
                self.lines.setdefault(current, number)
                continue
            key = _key_before_equals(line)
            if key is None:
                continue
            self.lines.setdefault((*current, *_split_key(key)), number)
            value = line[len(key) + 1 :].strip()
            for quotes in ('"""', "'''"):
                if value.count(quotes) % 2 == 1:
                    open_string = quotes
            if value.startswith("["):
                depth = max(0, value.count("[") - value.count("]"))

    def line(self, path: Path_) -> int | None:
        """The line of ``path``, else of the nearest table that holds it."""
        while path:
            if path in self.lines:
                return self.lines[path]
            path = path[:-1]
        return None
