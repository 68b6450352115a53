"""Patterns compiled, and wordfreq imported, on first use.

The guard holds some 370 regular expressions; compiling them all when the guard is
imported costs every ``medsocial flush`` run (and every other process that imports it) a
large part of a second, though a short post reaches only a few of them: most rules sit
behind a cheap gate (``Rule.starts`` / ``requires`` / ``trigger``) that their cue is
absent from. ``compile`` gives a stand-in that compiles the real pattern on its first
use and from then on hands out the compiled pattern's own methods (kept on the stand-in,
so later calls cost what they cost on the pattern itself). The matches are the pattern's.

A case-blind pattern searches an ASCII text through a case-kept twin on the lower-cased
text (``case_kept_twin``): the same match, found several times faster.

``compiled_count`` says how many stand-ins have compiled and ``made_count`` how many exist:
a test checks that importing the guard compiles none.

A pattern, its twins and what the rules read off its source are built from the store of
compiled patterns on disk when it holds them (``store_path``; written by
``pattern_store``), and words' frequencies are looked up without importing wordfreq where
that gives wordfreq's own answer (``zipf_frequency``): each in its section below.
"""

from __future__ import annotations

import _sre as _sre_engine  # type: ignore[import-not-found]
import functools
import gzip
import hashlib
import importlib.util
import marshal
import math
import os
import re
import sys
import weakref
import zlib
from array import array
from collections.abc import Callable, Iterator
from pathlib import Path
from re import _casefix  # type: ignore[attr-defined]
from re import _compiler as _sre_compile  # type: ignore[attr-defined]
from re import _constants as _sre  # type: ignore[attr-defined]
from re import _parser as _sre_parse  # type: ignore[attr-defined]
from typing import Any, TypeVar, cast

_compiled = 0
_made = 0
# Every stand-in made (weakly: a pattern no module keeps goes): a test wraps their methods
# to count what they read (``tests/compliance/test_guard_work.py``).
# (references, not a weak set: a set would hash them, and hashing compiles)
_every: list[weakref.ref[LazyPattern]] = []


def compiled_count() -> int:
    """How many lazy patterns have been compiled in this process."""
    return _compiled


def made_count() -> int:
    """How many lazy patterns have been made in this process (compiled or not)."""
    return _made


def every_pattern() -> list[LazyPattern]:
    """The lazy patterns that exist in this process (compiled or not)."""
    return [p for p in (ref() for ref in _every) if p is not None]


class LazyPattern:
    """``re.compile(source, flags)``, done when an attribute other than ``pattern`` is
    first read. Equal (and hashed) as the compiled pattern would be."""

    def __init__(self, source: str, flags: int) -> None:
        global _made
        _made += 1
        self.pattern = source
        self._flags = flags
        _every.append(weakref.ref(self))

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
            compiled = _compiled_source(self.pattern, self._flags)
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
            if self._flags & re.IGNORECASE:
                state["search"] = self._first_search
            elif "(?i" in self.pattern:
                state["finditer"] = self._first_finditer
                state["search"] = self._first_opening_search
        return cast("re.Pattern[str]", compiled)

    def _first_finditer(
        self, string: str, pos: int = 0, endpos: int = sys.maxsize
    ) -> Iterator[re.Match[str]]:
        """A case-kept pattern's first ``finditer`` calls (one that opens with a case-blind
        part, ``(?i:attends|works at)…``): after ``_SEARCHES_BEFORE_TWIN`` of them, through
        its opening's twin (``opening_twin``), made then, when it has one."""
        compiled = self.compiled()
        state = self.__dict__
        calls = state.get("_finditers", 0) + 1
        if calls < _SEARCHES_BEFORE_TWIN:
            state["_finditers"] = calls
            return compiled.finditer(string, pos, endpos)
        twin, any_text = opening_twin(self.pattern, self._flags)
        finditer = compiled.finditer
        if twin is not None:
            finditer = _finditer_from_opening(compiled, twin, any_text)
        state["finditer"] = finditer
        return finditer(string, pos, endpos)

    def _first_search(
        self, string: str, pos: int = 0, endpos: int = sys.maxsize
    ) -> re.Match[str] | None:
        """A case-blind pattern's first ``search`` calls: after ``_SEARCHES_BEFORE_TWIN``
        of them, through its case-kept twin (``case_kept_twin``), made then. Making one
        costs about what compiling the pattern did, so a pattern asked only a few times
        (a command that checks one post) never makes one; nor does one only ever matched
        (a twin's ``match`` at one offset, measured, costs more than it saves)."""
        compiled = self.compiled()
        state = self.__dict__
        searches = state.get("_searches", 0) + 1
        if searches < _SEARCHES_BEFORE_TWIN:
            state["_searches"] = searches
            return compiled.search(string, pos, endpos)
        twin, any_text = _twin(self.pattern, self._flags)
        kept = None
        if twin is None:
            kept, twin = _case_kept_branches(self.pattern, self._flags)
        search = compiled.search
        if twin is not None:
            search = _searching_lower_case(compiled, twin, kept, any_text)
        else:
            twin, any_text = _wider_twin(self.pattern, self._flags)
            if twin is not None:
                search = _searching_wider(compiled, twin, any_text, state)
        state["search"] = search
        return search(string, pos, endpos)

    def _first_opening_search(
        self, string: str, pos: int = 0, endpos: int = sys.maxsize
    ) -> re.Match[str] | None:
        """A case-kept pattern's first ``search`` calls (one that opens case-blind): after
        ``_SEARCHES_BEFORE_TWIN`` of them, through its opening's twin, as ``finditer``."""
        compiled = self.compiled()
        state = self.__dict__
        calls = state.get("_searches", 0) + 1
        if calls < _SEARCHES_BEFORE_TWIN:
            state["_searches"] = calls
            return compiled.search(string, pos, endpos)
        twin, any_text = opening_twin(self.pattern, self._flags)
        search = compiled.search
        if twin is not None:
            search = _searching_from_opening(compiled, twin, any_text)
        state["search"] = search
        return search(string, pos, endpos)

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


def written_flags(pattern: re.Pattern[str]) -> int:
    """The flags ``pattern`` was written with: a stand-in's own (nothing is compiled), a
    compiled pattern's ``flags``."""
    if isinstance(pattern, LazyPattern):
        return int(pattern._flags)
    return int(pattern.flags)


def compile(source: str, flags: int = 0) -> re.Pattern[str]:  # noqa: A001 - re.compile's name
    """A pattern that compiles ``source`` with ``flags`` on its first use."""
    return cast("re.Pattern[str]", LazyPattern(source, flags))


# -- compiled patterns kept on disk ---------------------------------------------------------
# Compiling is most of what the guard's first reading costs a process: some 600 patterns
# for a post, 2.4 s of CPU on this project's machine (parsing and code generation in
# ``re``'s Python code), paid again by every ``medsocial flush`` run, every CLI command
# that checks a post and the TUI's first check. ``re`` turns a pattern into a list of
# integers for its engine (``_sre.compile``); as Python keeps a module's compiled code in
# ``__pycache__``, the guard keeps the code of its patterns and of their twins there
# (``store_path``, written by ``python -m medsocial_tui.compliance.pattern_store``, which
# ``make`` runs), and builds each pattern from its kept code when it is first used: the
# same code, so the same pattern, in a fraction of a millisecond. A pattern is found in the
# store by its source and flags: one edited since has no entry and is compiled as before.
# The store holds what this module made of the patterns (factored, twins), so it is kept
# only for this module's exact text and this interpreter's regex engine (``_store_header``);
# anything else (no file, another Python, a damaged file) is read as an empty store.
# The file is part of the installed package (the code it holds is what ``re`` would make
# of the guard's own sources) and is trusted as the package's modules are.

_STORE_FORMAT = 2  # 2: each pattern's code zlib-compressed
_MISSING = object()
_T = TypeVar("_T")
# While a store is made: each pattern made here, by its id, with its code (``_engine``),
# and each result to keep, by the function that made it and its source and flags.
_recording: dict[int, tuple[re.Pattern[str], list[Any]]] | None = None
_recorded: dict[tuple[str, str, int], Any] = {}
_store: dict[tuple[str, str, int], Any] | None = None
_store_used = 0


class _Unkeepable(Exception):
    """A result holding a pattern whose code was not seen (``re.compile`` made it)."""


def store_path() -> Path:
    """Where this interpreter's store of the guard's compiled patterns is kept."""
    tag = sys.implementation.cache_tag or "python"
    return Path(__file__).resolve().parent / "__pycache__" / f"patterns.{tag}.bin"


@functools.lru_cache(maxsize=8)
def _module_digest(module_file: str) -> str:
    """The digest of a module's text, read once a process; for a module that is no file on
    disk (a zipped install) one no other process makes, so nothing kept for it is found."""
    try:
        return hashlib.sha256(Path(module_file).read_bytes()).hexdigest()
    except OSError:
        return os.urandom(16).hex()


def _store_header() -> tuple[Any, ...]:
    """What the kept code depends on: the store's layout, the interpreter and its regex
    engine, and this module's text (its factoring and twins made the code)."""
    digest = _module_digest(__file__)
    return (
        _STORE_FORMAT,
        sys.version,
        _sre_engine.MAGIC,
        _sre_engine.CODESIZE,
        sys.maxunicode,
        digest,
    )


def _the_store() -> dict[tuple[str, str, int], Any]:
    global _store
    if _store is None:
        _store = {}
        try:
            header, entries = marshal.loads(store_path().read_bytes())
            if header == _store_header() and isinstance(entries, dict):
                _store = entries
        except (OSError, EOFError, ValueError, TypeError):
            pass  # no store, or not one this process can use: patterns are compiled
    return _store


def store_used() -> int:
    """How many patterns and twins this process built from the store."""
    return _store_used


def _engine(source: str | None, tree: Any, flags: int) -> re.Pattern[str]:
    """``re._compiler.compile(tree, flags)`` (``source`` is the pattern's text, None for
    a twin made from a tree), its code kept while a store is being made."""
    code = _sre_compile._code(tree, flags)
    groupindex = tree.state.groupdict
    indexgroup: list[str | None] = [None] * tree.state.groups
    for name, number in groupindex.items():
        indexgroup[number] = name
    final = int(flags | tree.state.flags)
    compiled: re.Pattern[str] = _sre_engine.compile(
        source, final, code, tree.state.groups - 1, groupindex, tuple(indexgroup)
    )
    if _recording is not None:
        spec = [
            source,
            final,
            zlib.compress(array("I", code).tobytes(), 6),
            tree.state.groups - 1,
            dict(groupindex),
            tuple(indexgroup),
        ]
        _recording[id(compiled)] = (compiled, spec)
    return compiled


def _rebuilt(spec: list[Any]) -> re.Pattern[str]:
    source, flags, code, groups, groupindex, indexgroup = spec
    words = array("I")
    words.frombytes(zlib.decompress(code))
    compiled: re.Pattern[str] = _sre_engine.compile(
        source, flags, words.tolist(), groups, groupindex, indexgroup
    )
    return compiled


def _as_kept(value: Any) -> Any:
    if value is None or isinstance(value, (bool, int, str)):
        return value
    if isinstance(value, tuple):
        return tuple(_as_kept(part) for part in value)
    made = _recording.get(id(value)) if _recording is not None else None
    if made is None or made[0] is not value:
        raise _Unkeepable
    return made[1]


def _from_kept(value: Any) -> Any:
    if isinstance(value, list):
        return _rebuilt(value)
    if isinstance(value, tuple):
        return tuple(_from_kept(part) for part in value)
    return value


def _kept(kind: str) -> Callable[[Callable[[str, int], _T]], Callable[[str, int], _T]]:
    """A function of a pattern's source and flags that makes patterns, answered from the
    store when it holds the answer (and recorded into one being made)."""

    def wrap(make: Callable[[str, int], _T]) -> Callable[[str, int], _T]:
        @functools.wraps(make)
        def remembered(source: str, flags: int) -> _T:
            global _store_used
            key = (kind, source, int(flags))
            if _recording is None:
                kept = _the_store().get(key, _MISSING)
                if kept is not _MISSING:
                    try:
                        made: _T = _from_kept(kept)
                    except (RuntimeError, TypeError, ValueError, OverflowError, zlib.error):
                        pass  # (a damaged entry: made again below)
                    else:
                        _store_used += 1
                        return made
            made = make(source, flags)
            if _recording is not None:
                try:
                    _recorded[key] = _as_kept(made)
                except _Unkeepable:
                    pass
            return made

        return remembered

    return wrap


@_kept("pattern")
def _compiled_source(source: str, flags: int) -> re.Pattern[str]:
    """``re.compile(source, flags)``, factored where it can be (``_factored``)."""
    factored = _factored(source, flags)
    if factored is not None:
        return factored
    if not flags & (re.DEBUG | re.LOCALE):
        try:
            return _engine(source, _sre_parse.parse(source, flags), flags)
        except (AttributeError, TypeError, ValueError, IndexError, RuntimeError):
            pass  # (re.error included: re.compile raises it again, as it would)
    return re.compile(source, flags)


def write_store(patterns: list[LazyPattern], path: Path | None = None) -> tuple[int, int]:
    """Make the store: compile each of ``patterns`` and each twin its searches may make,
    keeping their code, and write it to ``path`` (``store_path()``) in one replace.
    Returns how many entries and bytes were written."""
    global _recording
    if _recording is None:
        start_recording()
    try:
        for pattern in patterns:
            source, flags = pattern.pattern, pattern._flags
            _compiled_source(source, flags)
            if flags & re.IGNORECASE:
                if _twin(source, flags)[0] is None:
                    _case_kept_branches(source, flags)
                    _wider_twin(source, flags)
            elif "(?i" in source:
                opening_twin(source, flags)
        entries = dict(_recorded)
        data = marshal.dumps((_store_header(), entries))
    finally:
        _recording = None
        _recorded.clear()
    target = path or store_path()
    target.parent.mkdir(parents=True, exist_ok=True)
    partial = target.with_name(f"{target.name}.{os.getpid()}.partial")
    partial.write_bytes(data)
    os.replace(partial, target)
    forget_store()
    return len(entries), len(data)


def start_recording() -> None:
    """Record every pattern, twin and reading made from now on (``_kept``, ``reading``)
    for ``write_store``; the store is not read meanwhile."""
    global _recording
    _recording = {}
    _recorded.clear()


def reading(
    kind: str, module_file: str
) -> Callable[[Callable[[str, int], _T]], Callable[[str, int], _T]]:
    """What a module reads off a pattern's source and flags (its words, the heads its
    matches open with), kept in the store as the patterns are: a plain value (None, a
    bool, a number, a string, tuples of them). The answer depends on the module's code, so
    it is found in the store only beside the same text of ``module_file``."""
    return _kept(f"{kind}@{_module_digest(module_file)[:16]}")


def forget_store() -> None:
    """Read the store again at the next compile (after it is written or removed)."""
    global _store
    _store = None


# -- case-blind searches on lower-cased text ------------------------------------------------
# A case-blind pattern is read a character at a time: ``re`` finds no literal prefix or
# first-character set for it to skip ahead with, so ``search`` tries every offset. Most of
# the guard's texts are ASCII, where a case-blind pattern matches exactly where its
# case-kept twin (every letter of it lower-cased) matches the lower-cased text, and the
# twin skips ahead as any case-kept pattern does (3-4 times as fast on a post). The match
# handed back is the pattern's own, on the text as written (tried once, where the twin
# found the first match), so groups and spans are what they were.

# Letters beyond ASCII that a case-blind pattern reads as an ASCII letter (İ ı ſ K): a
# pattern holding one (alone or in a range) keeps its case-blind search.
_FOLDS_TO_ASCII = frozenset((0x130, 0x131, 0x17F, 0x212A))
_A, _Z = ord("A"), ord("Z")
# Letters that a case-blind pattern matches beyond their lower and upper case (ı and i).
_EXTRA_CASES = frozenset(
    [*_casefix._EXTRA_CASES, *(c for cases in _casefix._EXTRA_CASES.values() for c in cases)]
)


def _lower_code(code: int) -> int:
    lowered = chr(code).lower()
    return ord(lowered) if len(lowered) == 1 else code


def _lower_class(items: list[tuple[Any, Any]]) -> list[tuple[Any, Any]] | None:
    out: list[tuple[Any, Any]] = []
    for op, av in items:
        if op is _sre.LITERAL:
            if av in _FOLDS_TO_ASCII:
                return None
            out.append((op, _lower_code(av)))
        elif op is _sre.RANGE:
            low, high = av
            if any(low <= code <= high for code in _FOLDS_TO_ASCII):
                return None
            if _A <= low and high <= _Z:
                out.append((op, (low + 32, high + 32)))
            elif high < _A or low > _Z:
                out.append((op, av))  # (beyond ASCII: never in a text read this way)
            else:
                return None  # a range across A-Z and more ("[0-Z]")
        else:
            out.append((op, av))  # NEGATE, CATEGORY: the same on either case
    return out


def _lower_tree(items: Any, kept: list[bool] | None = None, mode: str = "") -> bool:
    """Lower-case, in place, every literal and class of a parsed pattern; False when the
    twin would not match as the case-blind pattern does (a part with case kept, a letter
    that folds to ASCII, a range across the capitals).

    With ``kept`` (a list of one flag), a part with case kept is lower-cased too and the
    flag set: the twin then matches wherever the pattern does and maybe more (a superset),
    unless such a part stands where more would mean less (inside a negative look-around,
    an atomic group or a possessive repeat: ``mode`` "-"), or is a negated class."""
    for index, (op, av) in enumerate(items):
        if op in (_sre.LITERAL, _sre.NOT_LITERAL):
            if av in _FOLDS_TO_ASCII:
                return False
            if op is _sre.NOT_LITERAL and "k" in mode and chr(av).lower() != chr(av).upper():
                return False  # [^A] kept: lower-cased it would refuse "a" too
            items[index] = (op, _lower_code(av))
        elif op is _sre.IN:
            if "k" in mode and av and av[0][0] is _sre.NEGATE:
                return False
            lowered = _lower_class(av)
            if lowered is None:
                return False
            items[index] = (op, lowered)
        elif op is _sre.SUBPATTERN:
            inner = mode
            if av[2] & re.IGNORECASE:
                if kept is None or "-" in mode:
                    return False  # (?-i:...): case kept inside
                kept[0] = True
                inner = mode + "k"
            if not _lower_tree(av[3], kept, inner):
                return False
        elif op is _sre.BRANCH:
            if not all(_lower_tree(alternative, kept, mode) for alternative in av[1]):
                return False
        elif op in (_sre.MAX_REPEAT, _sre.MIN_REPEAT):
            if not _lower_tree(av[2], kept, mode):
                return False
        elif op is _sre.POSSESSIVE_REPEAT:
            if not _lower_tree(av[2], kept, mode + "-"):
                return False
        elif op is _sre.ASSERT:
            if not _lower_tree(av[1], kept, mode):
                return False
        elif op is _sre.ASSERT_NOT:
            if not _lower_tree(av[1], kept, mode + "-"):
                return False
        elif op is _sre.ATOMIC_GROUP:
            if not _lower_tree(av, kept, mode + "-"):
                return False
        elif op is _sre.GROUPREF_EXISTS:
            if not _lower_tree(av[1], kept, mode) or (
                av[2] is not None and not _lower_tree(av[2], kept, mode)
            ):
                return False
        elif op not in (_sre.AT, _sre.ANY, _sre.GROUPREF, _sre.CATEGORY):
            return False  # anything not known here: keep the pattern as it is
    return True


def case_kept_twin(source: str, flags: int) -> re.Pattern[str] | None:
    """The case-kept pattern that matches a lower-cased ASCII text exactly where the
    case-blind ``source`` matches the text as written; None when ``source`` is not
    case-blind or no such twin can be made (see ``_lower_tree``)."""
    return _twin(source, flags)[0]


@_kept("twin")
def _twin(source: str, flags: int) -> tuple[re.Pattern[str] | None, bool]:
    """``case_kept_twin``, and whether every literal and range of ``source`` is ASCII
    (``any_text_pattern``), from one parse."""
    if not flags & re.IGNORECASE or flags & (re.LOCALE | re.DEBUG):
        return None, False
    try:
        tree = _sre_parse.parse(source, flags)
        any_text = _any_text_tree(tree.data)
        if not _lower_tree(tree.data):
            return None, False
        tree.state.flags &= ~re.IGNORECASE
        factor_alternatives(tree)
        twin: re.Pattern[str] = _engine(None, tree, flags & ~re.IGNORECASE)
    except (re.error, AttributeError, TypeError, ValueError, IndexError):
        return None, False
    return twin, any_text


@_kept("wider")
def _wider_twin(source: str, flags: int) -> tuple[re.Pattern[str] | None, bool]:
    """A twin for a case-blind pattern with parts that keep case (``\\b(?-i:[A-Z]\\w+)
    Clinic``), those parts lower-cased too: it matches the lower-cased text wherever the
    pattern matches the text and maybe more, so each place it finds is checked with the
    pattern itself (``_lower_tree`` with ``kept``); (None, False) when it cannot be made."""
    if not flags & re.IGNORECASE or flags & (re.LOCALE | re.DEBUG):
        return None, False
    try:
        tree = _sre_parse.parse(source, flags)
        any_text = _any_text_tree(tree.data)
        kept = [False]
        if not _lower_tree(tree.data, kept) or not kept[0]:
            return None, False
        tree.state.flags &= ~re.IGNORECASE
        factor_alternatives(tree)
        twin: re.Pattern[str] = _engine(None, tree, flags & ~re.IGNORECASE)
    except (re.error, AttributeError, TypeError, ValueError, IndexError):
        return None, False
    return twin, any_text


@_kept("branches")
def _case_kept_branches(
    source: str, flags: int
) -> tuple[re.Pattern[str] | None, re.Pattern[str] | None]:
    """For a case-blind ``source`` that is alternatives, some of them whole parts with case
    kept (``(?-i:[a-z][A-Z])|ide|ate``): those alternatives as one pattern, for the text as
    written, and the case-kept twin of the others, for the lower-cased text. A match of the
    source starts where the first of either starts. (None, None) for any other pattern."""
    if not flags & re.IGNORECASE or flags & (re.LOCALE | re.DEBUG):
        return None, None
    try:
        kept_tree = _sre_parse.parse(source, flags)
        twin_tree = _sre_parse.parse(source, flags)
        if len(kept_tree.data) != 1 or kept_tree.data[0][0] is not _sre.BRANCH:
            return None, None

        def case_kept(alternative: Any) -> bool:
            if len(alternative.data) != 1:
                return False
            op, av = alternative.data[0]
            return op is _sre.SUBPATTERN and bool(av[2] & re.IGNORECASE)

        alternatives = kept_tree.data[0][1][1]
        kept = [a for a in alternatives if case_kept(a)]
        rest = [a for a in twin_tree.data[0][1][1] if not case_kept(a)]
        if not kept or not rest:
            return None, None
        kept_tree.data = [(_sre.BRANCH, (None, kept))] if len(kept) > 1 else list(kept[0].data)
        twin_tree.data = [(_sre.BRANCH, (None, rest))] if len(rest) > 1 else list(rest[0].data)
        if not _lower_tree(twin_tree.data):
            return None, None
        twin_tree.state.flags &= ~re.IGNORECASE
        factor_alternatives(twin_tree)
        twin: re.Pattern[str] = _engine(None, twin_tree, flags & ~re.IGNORECASE)
        kept_tree.state.flags &= ~re.IGNORECASE  # (each of its parts keeps case anyway)
        kept_pattern: re.Pattern[str] = _engine(None, kept_tree, flags & ~re.IGNORECASE)
    except (re.error, AttributeError, TypeError, ValueError, IndexError):
        return None, None
    return kept_pattern, twin


# (guard-speed7) A twin's alternations of words split by their first letter. ``re`` tries
# an alternation's alternatives one by one at every place a search reaches: for each it
# compares the first character, so the guard's lists of hundreds of words ("\b(?:dr|dra|
# doctor|prof|…)", the fame words, the relation words) cost hundreds of comparisons at
# every word of a text, and the twin found them no sooner than the pattern. Split by first
# letter (``d(?:r|ra|octor)|p(?:rof)``, again by the second letter within each), a place is
# refused after one comparison per distinct first letter. The twin matches where it did,
# the same text: alternatives with different first letters never both match at a place,
# and those with the same one are tried in their order, so the leftmost match and its
# extent are unchanged (the guard takes only its start, then matches the pattern itself).
_FACTOR_AT_LEAST = 3  # alternatives below this many are left as they are


def factor_alternatives(tree: Any) -> bool:
    """Split, in place, every alternation of the parsed pattern ``tree`` whose
    alternatives open with literal characters, by that character (in a case-blind part,
    by its lower case: "D" and "d" open matches at the same places). Whether any was
    split."""
    return _factor_items(tree.data, tree.state, bool(tree.state.flags & re.IGNORECASE))


def _factor_items(items: Any, state: Any, ignore_case: bool) -> bool:
    changed = False
    for index, (op, av) in enumerate(items):
        if op is _sre.BRANCH:
            for alternative in av[1]:
                changed |= _factor_items(alternative.data, state, ignore_case)
            factored = _by_first_character(av[1], state, ignore_case)
            if factored is not None:
                items[index] = (_sre.BRANCH, (None, factored))
                changed = True
        elif op is _sre.SUBPATTERN:
            inner = bool((ignore_case or av[1] & re.IGNORECASE) and not av[2] & re.IGNORECASE)
            changed |= _factor_items(av[3].data, state, inner)
        elif op in (_sre.MAX_REPEAT, _sre.MIN_REPEAT, _sre.POSSESSIVE_REPEAT):
            changed |= _factor_items(av[2].data, state, ignore_case)
        elif op is _sre.ASSERT or op is _sre.ASSERT_NOT:
            changed |= _factor_items(av[1].data, state, ignore_case)
        elif op is _sre.ATOMIC_GROUP:
            changed |= _factor_items(av.data, state, ignore_case)
    return changed


def _factored(source: str, flags: int) -> re.Pattern[str] | None:
    """``re.compile(source, flags)`` with its alternations split by first letter
    (``factor_alternatives``): the same matches, spans and groups, and the same
    ``pattern``, ``flags``, ``groups`` and ``groupindex``; None when nothing is split
    (or ``re`` cannot be read so), for ``re.compile`` to do."""
    if flags & (re.DEBUG | re.LOCALE | re.VERBOSE):
        return None
    try:
        tree = _sre_parse.parse(source, flags)
        if not factor_alternatives(tree):
            return None
        return _engine(source, tree, flags)
    except (re.error, AttributeError, TypeError, ValueError, IndexError, RuntimeError):
        return None


def _by_first_character(
    alternatives: list[Any], state: Any, ignore_case: bool = False
) -> list[Any] | None:
    """``alternatives`` with each run of them that open with a literal character grouped
    by that character, in the order each character first opens one, each group's
    alternatives in their order behind that character (and grouped again the same way);
    an alternative that opens otherwise keeps its place between the runs. None when no
    two alternatives of a run share a first character."""
    if len(alternatives) < _FACTOR_AT_LEAST:
        return None
    out: list[Any] = []
    groups: dict[int, list[Any]] = {}
    changed = False
    # whether the run's alternatives open with a word boundary before their letter
    # ("\\bid|\\bidentification|\\bmember"): the boundary is asserted at the same
    # place for each, so the group asserts it once before the letter
    run_bounded = False
    boundary = (_sre.AT, _sre.AT_BOUNDARY)

    def close_run() -> None:
        nonlocal changed
        made: list[Any] = []
        for code, rests in groups.items():
            first = _first_letter(code, state, ignore_case)
            if len(rests) == 1:
                made.append(_sre_parse.SubPattern(state, [first, *rests[0].data]))
                continue
            changed = True
            inner = _by_first_character(rests, state, ignore_case) or rests
            branch = _sre_parse.SubPattern(state, [(_sre.BRANCH, (None, inner))])
            made.append(
                _sre_parse.SubPattern(state, [first, (_sre.SUBPATTERN, (None, 0, 0, branch))])
            )
        groups.clear()
        if run_bounded and len(made) > 1:
            # (speed15) the run's boundary asserted once, before its letters: opening with
            # a letter, each letter's alternative is refused by ``re`` without entering it
            changed = True
            letters = _sre_parse.SubPattern(state, [(_sre.BRANCH, (None, made))])
            made = [
                _sre_parse.SubPattern(state, [boundary, (_sre.SUBPATTERN, (None, 0, 0, letters))])
            ]
        elif run_bounded:
            made = [_sre_parse.SubPattern(state, [boundary, *m.data]) for m in made]
        out.extend(made)

    firsts: dict[int, int] = {}  # a group's key: the first of its letters met
    for alternative in alternatives:
        data = alternative.data
        bounded = len(data) > 1 and data[0] == boundary
        at = 1 if bounded else 0
        if data and data[at][0] is _sre.LITERAL:
            if bounded != run_bounded:
                close_run()  # (a run opens with a boundary or without one, not both)
                run_bounded = bounded
            code = data[at][1]
            if ignore_case:
                # case-blind, a letter of plain case matches exactly the characters whose
                # lower case is its own ("D" and "d"): grouped by that; any other letter
                # (ı, ſ, µ: it matches more) leaves the alternation as it is
                if not _plain_case(code):
                    return None
                code = firsts.setdefault(_lower_code(code), code)
            groups.setdefault(code, []).append(_sre_parse.SubPattern(state, data[at + 1 :]))
            continue
        # (one that opens otherwise may match where the run's do: the order around it stays)
        close_run()
        out.append(alternative)
    close_run()
    return out if changed else None


# (speed15) ASCII letters a case-blind pattern matches beyond their two cases: "i" (İ ı),
# "s" (ſ), "k" (the Kelvin sign). Every other ASCII letter matches its two cases alone.
_MORE_THAN_TWO_CASES = frozenset(map(ord, "iIsSkK"))


def _first_letter(code: int, state: Any, ignore_case: bool) -> tuple[Any, Any]:
    """The opening character of a split alternative: in a case-blind part, an ASCII letter
    as the class of its two cases with case kept (``(?-i:[dD])``, the same characters),
    which ``re`` checks before entering the alternative, as it does a case-kept literal;
    a case-blind literal is entered and refused inside, one alternative after another."""
    if not ignore_case or code >= 128 or not chr(code).isalpha() or code in _MORE_THAN_TWO_CASES:
        return (_sre.LITERAL, code)
    cases = [(_sre.LITERAL, ord(chr(code).lower())), (_sre.LITERAL, ord(chr(code).upper()))]
    kept = _sre_parse.SubPattern(state, [(_sre.IN, cases)])
    return (_sre.SUBPATTERN, (None, 0, re.IGNORECASE, kept))


# The last text lower-cased and its lower case, and the last long one (a veto reads a
# sentence or a window of a long text between two reads of the whole): each one tuple,
# which threads replace whole.
_last_lower: tuple[str, str | None] = ("", "")
_long_lower: tuple[str, str | None] = ("", "")
_LONG = 2_000
# Below this many characters a case-blind search costs less than lower-casing the text.
_SHORT = 24
# A pattern's searches before its twin is made (see ``LazyPattern._first_search``).
_SEARCHES_BEFORE_TWIN = 32


_FOLDING_LETTERS = "".join(map(chr, sorted(_FOLDS_TO_ASCII)))


def _lower_of(string: str) -> str | None:
    """``string.lower()``, remembered for the last text and the last long one; None for a
    text holding a letter that a case-blind pattern reads as an ASCII one (İ ı ſ K)."""
    global _last_lower, _long_lower
    last = _last_lower
    if last[0] is string:
        return last[1]
    if len(string) >= _LONG:
        long = _long_lower
        if long[0] is string:
            return long[1]
    lower: str | None = string.lower()
    if not string.isascii():
        for c in _FOLDING_LETTERS:
            if c in string:
                lower = None
                break
    if len(string) >= _LONG:
        _long_lower = (string, lower)
    _last_lower = (string, lower)
    return lower


def _plain_case(code: int) -> bool:
    """Whether a case-blind pattern's letter ``code`` matches exactly the characters whose
    lower case is its own: ASCII, or a letter beyond it with no other case-blind match
    (``re._casefix``: ı and i, ſ and s, µ and μ, ς and σ…) and one lower case."""
    if code < 128:
        return True
    lowered = chr(code).lower()
    return (
        len(lowered) == 1
        and code not in _EXTRA_CASES
        and ord(lowered) not in _EXTRA_CASES
        and code not in _FOLDS_TO_ASCII
    )


def _any_text_tree(items: Any) -> bool:
    """Whether a parsed pattern's every range is ASCII and every letter beyond ASCII of it
    is of plain case (``_plain_case``): it then reads a text beyond ASCII, lower-cased, as
    the pattern reads it (letters beyond ASCII otherwise only through categories such as
    ``\\w``, which lower-casing keeps)."""
    for op, av in items:
        if op in (_sre.LITERAL, _sre.NOT_LITERAL):
            if not _plain_case(av):
                return False
        elif op is _sre.IN:
            for kind, value in av:
                if kind is _sre.LITERAL and not _plain_case(value):
                    return False
                if kind is _sre.RANGE and value[1] >= 128:
                    return False
        elif op is _sre.SUBPATTERN:
            if not _any_text_tree(av[3]):
                return False
        elif op is _sre.BRANCH:
            if not all(_any_text_tree(alternative) for alternative in av[1]):
                return False
        elif op in (_sre.MAX_REPEAT, _sre.MIN_REPEAT, _sre.POSSESSIVE_REPEAT):
            if not _any_text_tree(av[2]):
                return False
        elif op in (_sre.ASSERT, _sre.ASSERT_NOT):
            if not _any_text_tree(av[1]):
                return False
        elif op is _sre.ATOMIC_GROUP:
            if not _any_text_tree(av):
                return False
        elif op is _sre.GROUPREF_EXISTS:
            if not _any_text_tree(av[1]) or (av[2] is not None and not _any_text_tree(av[2])):
                return False
    return True


def any_text_pattern(source: str, flags: int) -> bool:
    """``_any_text_tree`` of ``source``: its twin reads any text without İ ı ſ K, lower-cased,
    as the pattern reads it (no other letter beyond ASCII matches an ASCII one when case
    is ignored, nor lower-cases to one, none but İ changes length, and a letter of plain
    case matches exactly the letters of its lower case)."""
    try:
        return _any_text_tree(_sre_parse.parse(source, flags).data)
    except (re.error, AttributeError, TypeError, ValueError, IndexError):
        return False


# A wider twin whose places fail the pattern this many times more often than they pass
# (over at least ``_WIDER_TRIES`` places) is dropped for the pattern's own search.
_WIDER_MISSES = 4
_WIDER_TRIES = 64


def _searching_wider(
    compiled: re.Pattern[str], twin: re.Pattern[str], any_text: bool, state: dict[str, Any]
) -> Callable[..., re.Match[str] | None]:
    """``compiled.search`` through a wider twin (``_wider_twin``): the first place the
    twin finds where the pattern itself matches."""
    search, match, twin_search = compiled.search, compiled.match, twin.search
    tally = [0, 0]  # places that passed, and that failed

    def search_wider(string: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Match[str] | None:
        """``compiled.search(string, pos, endpos)``."""
        size = len(string)
        if (endpos if endpos < size else size) - pos < _SHORT or not (any_text or string.isascii()):
            return search(string, pos, endpos)
        last = _last_lower  # ``_lower_of``, without the call for the text read last
        lower = last[1] if last[0] is string else _lower_of(string)
        if lower is None:
            return search(string, pos, endpos)
        found = twin_search(lower, pos, endpos)
        while found is not None:
            m = match(string, found.start(), endpos)
            if m is not None:
                tally[0] += 1
                return m
            tally[1] += 1
            if tally[1] > _WIDER_TRIES and tally[1] > _WIDER_MISSES * tally[0]:
                state["search"] = search  # too wide: more tries than it saves
                return search(string, found.start() + 1, endpos)
            found = twin_search(lower, found.start() + 1, endpos)
        return None

    return search_wider


def _searching_lower_case(
    compiled: re.Pattern[str],
    twin: re.Pattern[str],
    kept: re.Pattern[str] | None = None,
    any_text: bool = False,
) -> Callable[..., re.Match[str] | None]:
    search, match, twin_search = compiled.search, compiled.match, twin.search
    kept_search = kept.search if kept is not None else None

    def search_lower_case(
        string: str, pos: int = 0, endpos: int = sys.maxsize
    ) -> re.Match[str] | None:
        """``compiled.search(string, pos, endpos)``."""
        size = len(string)
        if (endpos if endpos < size else size) - pos < _SHORT or not (any_text or string.isascii()):
            return search(string, pos, endpos)
        last = _last_lower  # ``_lower_of``, without the call for the text read last
        lower = last[1] if last[0] is string else _lower_of(string)
        if lower is None:
            return search(string, pos, endpos)
        found = twin_search(lower, pos, endpos)
        if kept_search is not None:
            first = kept_search(string, pos, endpos)
            if first is not None and (found is None or first.start() < found.start()):
                found = first
        if found is None:
            return None
        return match(string, found.start(), endpos)

    return search_lower_case


# -- case-kept patterns that open case-blind -------------------------------------------------
# A case-kept pattern whose every match opens with a case-blind part (``(?:(?i:attends|works
# at)[ \t]+|(?i:school|college)[ \t]*,[ \t]+)(?P<place>…)``) gives ``re`` no literal
# prefix or first-character set either: it tries the case-blind alternation at every
# character. Its opening alone, lower-cased and case kept, finds on the lower-cased text
# every place a match can start (and maybe more), skipping ahead by its first letters; the
# pattern itself is matched at each of them. The matches are the pattern's own.


def _opening_items(items: Any, state: Any) -> list[Any] | None:
    """The opening of parsed ``items`` (of a case-kept pattern): what each of its matches
    opens with, as items that match the lower-cased text where the pattern can start (word
    boundaries dropped: a wider net), ending with a case-blind part that reads at least
    one character, lower-cased; None when an opening is not that (a case-kept letter, a
    class, a repeat, a look-around first)."""
    for op, av in items:
        if op is _sre.AT:
            continue  # (a boundary or an anchor: dropped, the pattern checks it)
        if op is _sre.SUBPATTERN:
            _group, add, remove, sub = av
            if remove or add & ~re.IGNORECASE:
                return None
            if add & re.IGNORECASE:
                if sub.getwidth()[0] < 1 or not _lower_tree(sub.data):
                    return None
                return [(_sre.SUBPATTERN, (None, 0, 0, sub))]
            return _opening_items(sub.data, state)
        if op is _sre.BRANCH:
            alternatives = []
            for alternative in av[1]:
                opening = _opening_items(alternative.data, state)
                if opening is None:
                    return None
                alternatives.append(_sre_parse.SubPattern(state, opening))
            return [(_sre.BRANCH, (None, alternatives))]
        return None
    return None


def _opens_with_letters(items: Any) -> bool:
    """Whether every place parsed ``items`` match opens with a literal character (after
    word boundaries): a twin with a class first (``[a-z]+'s|my``) finds a place at nearly
    every word and costs more than the scan it stands in for (measured)."""
    for op, av in items:
        if op is _sre.AT:
            continue
        if op is _sre.LITERAL:
            return True
        if op is _sre.SUBPATTERN:
            return _opens_with_letters(av[3].data)
        if op is _sre.BRANCH:
            return all(_opens_with_letters(alternative.data) for alternative in av[1])
        return False
    return False


@_kept("opening")
def opening_twin(source: str, flags: int) -> tuple[re.Pattern[str] | None, bool]:
    """For a case-kept ``source`` whose every match opens with a case-blind part: a
    case-kept pattern that matches the lower-cased text wherever a match of ``source`` can
    start in the text (``_opening_items``), and whether it reads any text so
    (``_any_text_tree``); (None, False) for any other pattern."""
    if flags & (re.IGNORECASE | re.LOCALE | re.DEBUG | re.VERBOSE):
        return None, False
    try:
        tree = _sre_parse.parse(source, flags)
        if tree.state.flags & re.IGNORECASE or tree.getwidth()[0] < 1:
            return None, False
        opening = _opening_items(tree.data, tree.state)
        if opening is None or not _opens_with_letters(opening):
            return None, False
        twin_tree = _sre_parse.SubPattern(tree.state, opening)
        any_text = _any_text_tree(twin_tree.data)
        factor_alternatives(twin_tree)
        twin: re.Pattern[str] = _engine(None, twin_tree, flags)
    except (re.error, AttributeError, TypeError, ValueError, IndexError):
        return None, False
    return twin, any_text


def _finditer_from_opening(
    compiled: re.Pattern[str], twin: re.Pattern[str], any_text: bool
) -> Callable[..., Iterator[re.Match[str]]]:
    """``compiled.finditer`` through its opening's twin (``opening_twin``): the pattern is
    matched at each place the twin finds in the lower-cased text, from the end of the
    last match on (no match of it is empty), as a scan finds them."""
    finditer, match, twin_search = compiled.finditer, compiled.match, twin.search

    def walk(string: str, lower: str, pos: int, endpos: int) -> Iterator[re.Match[str]]:
        found = twin_search(lower, pos, endpos)
        while found is not None:
            m = match(string, found.start(), endpos)
            if m is not None:
                yield m
                found = twin_search(lower, m.end(), endpos)
            else:
                found = twin_search(lower, found.start() + 1, endpos)

    def finditer_from_opening(
        string: str, pos: int = 0, endpos: int = sys.maxsize
    ) -> Iterator[re.Match[str]]:
        """``compiled.finditer(string, pos, endpos)``."""
        size = len(string)
        if (endpos if endpos < size else size) - pos < _SHORT or not (any_text or string.isascii()):
            return finditer(string, pos, endpos)
        last = _last_lower  # ``_lower_of``, without the call for the text read last
        lower = last[1] if last[0] is string else _lower_of(string)
        if lower is None:
            return finditer(string, pos, endpos)
        return walk(string, lower, pos, endpos)

    return finditer_from_opening


def _searching_from_opening(
    compiled: re.Pattern[str], twin: re.Pattern[str], any_text: bool
) -> Callable[..., re.Match[str] | None]:
    """``compiled.search`` through its opening's twin (``opening_twin``): the first place
    the twin finds in the lower-cased text where the pattern itself matches."""
    search, match, twin_search = compiled.search, compiled.match, twin.search

    def search_from_opening(
        string: str, pos: int = 0, endpos: int = sys.maxsize
    ) -> re.Match[str] | None:
        """``compiled.search(string, pos, endpos)``."""
        size = len(string)
        if (endpos if endpos < size else size) - pos < _SHORT or not (any_text or string.isascii()):
            return search(string, pos, endpos)
        last = _last_lower  # ``_lower_of``, without the call for the text read last
        lower = last[1] if last[0] is string else _lower_of(string)
        if lower is None:
            return search(string, pos, endpos)
        found = twin_search(lower, pos, endpos)
        while found is not None:
            m = match(string, found.start(), endpos)
            if m is not None:
                return m
            found = twin_search(lower, found.start() + 1, endpos)
        return None

    return search_from_opening


# wordfreq (and ftfy, langcodes and regex, which it imports) cost a third of a second to
# import; the guard asks it only about some words of some texts, most of them plain
# lower-case words. A word of ASCII lower-case letters in a language of Latin letters is
# one token as wordfreq reads it (its case folding and normalising leave it as it is), so
# its frequency is its entry in the list, rounded as wordfreq rounds it: looked up so here
# (``_plain_zipf``), from the same list file, without importing wordfreq; any other word
# or language goes to wordfreq. ``tests/compliance/test_lazy.py`` holds the two to the
# same answers.
_PLAIN_LANGUAGES = frozenset("en de es fr it pt nl sv pl".split())
_NO_FREQUENCY = 10**0.0 / 1e9  # wordfreq's floor for zipf_frequency's minimum of 0


def _plain_word(word: str, lang: str) -> bool:
    return lang in _PLAIN_LANGUAGES and word.isascii() and word.isalpha() and word.islower()


@functools.lru_cache(maxsize=32)
def frequencies(lang: str, wordlist: str) -> dict[str, float]:
    """A list's frequencies (``frequency_dict``), read once a process, to be read, not
    changed; wordfreq's own dictionary once wordfreq is imported (a large list is some 36
    MB: one copy a process, not two)."""
    imported = sys.modules.get("wordfreq")
    if imported is not None:
        shared: dict[str, float] = imported.get_frequency_dict(
            lang, "best" if wordlist == "large" else wordlist
        )
        return shared
    return frequency_dict(lang, wordlist)


def _wordfreq() -> Any:
    """wordfreq, imported; when this imports it, the lists read without it are let go (it
    keeps its own, which ``frequencies`` hands out from then on)."""
    first = "wordfreq" not in sys.modules
    import wordfreq

    if first:
        frequencies.cache_clear()
    return wordfreq


def _plain_zipf(word: str, frequencies: dict[str, float]) -> float:
    """wordfreq's ``zipf_frequency`` of a word that is one token, step by step as it does it
    (its sum of inverses over one token, its floor, its rounding to three figures, then to
    two decimals of the Zipf scale), so the float is the same to the last bit."""
    frequency = frequencies.get(word)
    if frequency is None:
        found = _NO_FREQUENCY
    else:
        found = max(1.0 / (0.0 + 1.0 / frequency), _NO_FREQUENCY)  # (above 0: the floor)
        leading_zeroes = math.floor(-math.log(found, 10))
        found = round(found, leading_zeroes + 3)
    return round(math.log(found, 10) + 9, 2)


def zipf_frequency(word: str, lang: str) -> float:
    """``wordfreq.zipf_frequency(word, lang)`` (its "best" list: the large one, for every
    language ``_PLAIN_LANGUAGES`` holds), importing wordfreq only for a word it must read."""
    if _plain_word(word, lang):
        return _plain_zipf(word, frequencies(lang, "large"))
    return float(_wordfreq().zipf_frequency(word, lang))


def zipf_small(word: str, lang: str) -> float:
    """``wordfreq.zipf_frequency(word, lang, wordlist="small")``: words of every day (zipf
    of about 3 and up) in a list that loads in a hundredth of a second, not the large one's
    tenth to a third of a second per language."""
    if _plain_word(word, lang):
        return _plain_zipf(word, frequencies(lang, "small"))
    return float(_wordfreq().zipf_frequency(word, lang, wordlist="small"))


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
