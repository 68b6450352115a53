"""Patterns compiled, and wordfreq imported, on first use.

The guard holds some 370 regular expressions; compiling them all when the guard is
imported costs every ``medsocial flush`` run (and every other process that imports it) a
large part of a second, though a short post reaches only a few of them: most rules sit
behind a cheap gate (``Rule.starts`` / ``requires`` / ``trigger``) that their cue is
absent from. ``compile`` gives a stand-in that compiles the real pattern on its first
use and from then on hands out the compiled pattern's own methods (kept on the stand-in,
so later calls cost what they cost on the pattern itself). The matches are the pattern's.

``compiled_count`` says how many stand-ins have compiled and ``made_count`` how many exist:
a test checks that importing the guard compiles none.
"""

from __future__ import annotations

import gzip
import importlib.util
import re
from pathlib import Path
from typing import Any, cast

_compiled = 0
_made = 0


def compiled_count() -> int:
    """How many lazy patterns have been compiled in this process."""
    return _compiled


def made_count() -> int:
    """How many lazy patterns have been made in this process (compiled or not)."""
    return _made


class LazyPattern:
    """``re.compile(source, flags)``, done when an attribute other than ``pattern`` is
    first read. Equal (and hashed) as the compiled pattern would be."""

    def __init__(self, source: str, flags: int) -> None:
        global _made
        _made += 1
        self.pattern = source
        self._flags = flags

    def __getattr__(self, name: str) -> Any:
        # Only reached for attributes not yet on the stand-in: compile, then keep the
        # compiled pattern's methods and values here for every later use.
        if name.startswith("__"):
            raise AttributeError(name)
        compiled = self.compiled()
        return getattr(compiled, name)

    def compiled(self) -> re.Pattern[str]:
        """The compiled pattern (compiled now if it was not yet)."""
        compiled = self.__dict__.get("_compiled")
        if compiled is None:
            global _compiled
            compiled = re.compile(self.pattern, self._flags)
            _compiled += 1
            state = self.__dict__
            state["_compiled"] = compiled
            for attribute in (
                "match",
                "search",
                "fullmatch",
                "finditer",
                "findall",
                "sub",
                "subn",
                "split",
                "scanner",
                "flags",
                "groups",
                "groupindex",
            ):
                state[attribute] = getattr(compiled, attribute)
        return cast("re.Pattern[str]", compiled)

    def __eq__(self, other: object) -> bool:
        if isinstance(other, LazyPattern):
            other = other.compiled()
        return self.compiled() == other

    def __hash__(self) -> int:
        return hash(self.compiled())

    def __repr__(self) -> str:
        return f"lazy {self.compiled()!r}"

    def __copy__(self) -> LazyPattern:
        return self

    def __deepcopy__(self, memo: dict[int, object]) -> LazyPattern:
        return self


def compile(source: str, flags: int = 0) -> re.Pattern[str]:  # noqa: A001 - re.compile's name
    """A pattern that compiles ``source`` with ``flags`` on its first use."""
    return cast("re.Pattern[str]", LazyPattern(source, flags))


# wordfreq (and ftfy, which it imports) cost a fifth of a second to import; the guard asks
# it only about some words of some texts.
def zipf_frequency(word: str, lang: str) -> float:
    """``wordfreq.zipf_frequency(word, lang)``, importing wordfreq on first use."""
    import wordfreq

    return float(wordfreq.zipf_frequency(word, lang))


def frequency_dict(lang: str, wordlist: str) -> dict[str, float]:
    """``wordfreq.get_frequency_dict(lang, wordlist)`` for a list wordfreq ships under that
    exact name ("small", "en"), read from its file as wordfreq reads it (a gzipped msgpack
    "cBpack": a header, then one list of words per centibel) without importing wordfreq;
    other lists through wordfreq."""
    spec = importlib.util.find_spec("wordfreq")
    locations = spec.submodule_search_locations if spec is not None else None
    path = Path(locations[0]) / "data" / f"{wordlist}_{lang}.msgpack.gz" if locations else None
    if path is None or not path.is_file():
        import wordfreq

        return dict(wordfreq.get_frequency_dict(lang, wordlist))
    import msgpack  # type: ignore[import-untyped]  # wordfreq reads its lists with it

    with gzip.open(path, "rb") as infile:
        data = msgpack.load(infile, raw=False)
    header = data[0]
    if not isinstance(header, dict) or header.get("format") != "cB" or header.get("version") != 1:
        raise ValueError(f"unexpected wordfreq header in {path.name}: {header!r}")
    frequencies: dict[str, float] = {}
    for index, bucket in enumerate(data[1:]):
        frequency = 10 ** (-index / 100)
        for word in bucket:
            frequencies[word] = frequency
    return frequencies
