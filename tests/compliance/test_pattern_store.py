"""The store of the guard's compiled patterns (``lazy.store_path``): a pattern built from its
kept code answers as the compiled one, a store the process cannot trust is read as empty,
and the guard's patterns are the same text in every process (the store finds them by it)."""

from __future__ import annotations

import json
import marshal
import os
import re
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from medsocial_tui.compliance import lazy

_CASE_BLIND = (r"\b(?:dr|dra|doctor|prof|professor|nurse)\.?[ \t]+(?P<name>\w+)", re.IGNORECASE)
_OPENS_CASE_BLIND = (
    r"(?:(?i:attends|works[ \t]+at)[ \t]+)(?P<place>[A-Z]\w+(?:[ \t]+[A-Z]\w+)*)",
    0,
)
_BRANCHES = (r"(?-i:[a-z][A-Z])|ide|ate|ace", re.IGNORECASE)
_WIDER = (r"\b(?-i:[A-Z]\w+)[ \t]+(?:clinic|surgery|practice)", re.IGNORECASE)
_PLAIN = (r"(?P<day>\d{1,2})/(?P<month>\d{1,2})/(?:19|20)\d\d", 0)
_ALL = (_CASE_BLIND, _OPENS_CASE_BLIND, _BRANCHES, _WIDER, _PLAIN)
_TEXTS = (
    "Dr. Okafor and NURSE Adaeze; prof Lee. DRA Ruiz 03/04/1950 and 31/12/2024",
    "Her son attends Oakwood Academy and WORKS AT Brent Civic Centre; aCe iDe",
    "Seen at Lakeside clinic, then Harbour Surgery; lakeside practice",
    "Müller attends Schloss Gymnasium ☺ 1/2/2001",
)


@pytest.fixture
def store(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    path = tmp_path / "__pycache__" / "patterns.test.bin"
    monkeypatch.setattr(lazy, "store_path", lambda: path)
    lazy.forget_store()
    yield path
    lazy.forget_store()


def _answers(pattern: re.Pattern[str]) -> list[object]:
    out: list[object] = []
    for text in _TEXTS:
        out.append([(m.span(), m.groupdict(), m.group()) for m in pattern.finditer(text)])
        out.append([(m.span(), m.group()) for m in pattern.finditer(text.lower(), 3)])
        found = pattern.search(text, 2)
        out.append(found and found.span())
    return out


def test_patterns_and_twins_built_from_the_store_answer_as_compiled_ones(store: Path) -> None:
    entries, size = lazy.write_store([lazy.LazyPattern(s, f) for s, f in _ALL])
    assert store.is_file() and size == store.stat().st_size
    # a pattern each, a case-blind one's twin (or its branches and wider twin), an opening twin
    assert entries >= len(_ALL) + 3
    used = lazy.store_used()
    for source, flags in _ALL:
        built = lazy.LazyPattern(source, flags)
        compiled = re.compile(source, flags)
        assert _answers(built) == _answers(compiled)
        assert (built.pattern, built.flags, built.groups, dict(built.groupindex)) == (
            compiled.pattern,
            compiled.flags,
            compiled.groups,
            dict(compiled.groupindex),
        )
        # past the searches after which a twin is made (built from the store too)
        for _ in range(lazy._SEARCHES_BEFORE_TWIN + 1):
            assert _answers(built) == _answers(compiled)
    assert lazy.store_used() - used >= len(_ALL) + 3
    twin, any_text = lazy.opening_twin(*_OPENS_CASE_BLIND)
    assert twin is not None and any_text and twin.pattern is None  # (as re makes a twin)


def test_a_pattern_not_in_the_store_is_compiled(store: Path) -> None:
    lazy.write_store([lazy.LazyPattern(*_PLAIN)])
    used = lazy.store_used()
    edited = lazy.LazyPattern(_PLAIN[0] + "!", 0)
    assert edited.search("on 3/4/1950!") is not None
    assert lazy.store_used() == used
    assert lazy.LazyPattern(*_PLAIN).search("on 3/4/1950") is not None
    assert lazy.store_used() == used + 1


@pytest.mark.parametrize(
    "spoil",
    ["another guard", "another python", "damaged", "not marshal", "empty", "bad entry"],
)
def test_a_store_the_process_cannot_trust_is_read_as_empty(store: Path, spoil: str) -> None:
    lazy.write_store([lazy.LazyPattern(s, f) for s, f in _ALL])
    header, entries = marshal.loads(store.read_bytes())
    if spoil == "another guard":
        store.write_bytes(marshal.dumps(((*header[:-1], "0" * 64), entries)))
    elif spoil == "another python":
        store.write_bytes(marshal.dumps(((header[0], "2.7.18", *header[2:]), entries)))
    elif spoil == "damaged":
        store.write_bytes(store.read_bytes()[: store.stat().st_size // 2])
    elif spoil == "not marshal":
        store.write_bytes(b"<html>not a store</html>")
    elif spoil == "empty":
        store.write_bytes(b"")
    else:  # an entry whose code is not code: refused by the engine, compiled instead
        for key, value in entries.items():
            if key[0] == "pattern":
                value[2] = b"\x00\x01garbage"
        store.write_bytes(marshal.dumps((header, entries)))
    lazy.forget_store()
    used = lazy.store_used()
    for source, flags in _ALL:
        assert _answers(lazy.LazyPattern(source, flags)) == _answers(re.compile(source, flags))
    assert lazy.store_used() == used


# A guard process: its first check of two posts, then how many of the patterns and twins it
# made came from the store, and the text of every pattern it made.
_PROBE = """
import json, sys
from medsocial_tui.compliance import lazy
from medsocial_tui.compliance.phi import find_phi
from medsocial_tui.compliance.context import PracticeContext
find_phi("Mrs. Jane Doe (DOB 03/04/1950) was seen at Lakeside Clinic in Chicago on Jan 15th.")
find_phi("my mum rosa is 93, call 0412 345 678", PracticeContext(is_reply=True))
print(json.dumps({"used": lazy.store_used(), "compiled": lazy.compiled_count(),
                  "sources": sorted(p.pattern for p in lazy.every_pattern())}))
"""


def _probe(seed: str) -> dict[str, object]:
    done = subprocess.run(
        [sys.executable, "-c", _PROBE],
        capture_output=True,
        text=True,
        check=True,
        env={**os.environ, "PYTHONHASHSEED": seed},
    )
    report: dict[str, object] = json.loads(done.stdout)
    return report


def _store_is_current() -> bool:
    path = lazy.store_path()
    if not path.is_file():
        return False
    made = path.stat().st_mtime
    guard = Path(lazy.__file__).parent
    sources = [*guard.glob("*.py"), *guard.glob("*.toml"), *guard.parent.glob("data/*.txt")]
    return all(source.stat().st_mtime <= made for source in sources)


def test_the_guards_patterns_are_the_same_text_in_every_process() -> None:
    # a pattern joined from a set in the set's order would differ with the hash seed, and
    # the store (found by text) would never hold it
    first, second = _probe("1"), _probe("2")
    assert first["sources"] == second["sources"]
    if _store_is_current():  # made by `make`: the guard's first checks use it
        compiled = first["compiled"]
        used = first["used"]
        assert isinstance(compiled, int) and isinstance(used, int)
        assert used >= compiled * 0.95, (used, compiled)


def test_what_a_module_reads_off_a_source_is_kept_and_read_back(store: Path) -> None:
    calls: list[str] = []

    @lazy.reading("test-heads", __file__)
    def heads(source: str, flags: int) -> tuple[str, ...] | None:
        calls.append(source)
        words = re.findall(r"[a-z]+", source)
        return tuple(words) if words else None

    lazy.start_recording()
    assert heads(r"\b(?:dr|nurse)\b", 0) == ("b", "dr", "nurse", "b")
    assert heads(r"[0-9]+", 0) is None
    lazy.write_store([])
    assert heads(r"\b(?:dr|nurse)\b", 0) == ("b", "dr", "nurse", "b")
    assert heads(r"[0-9]+", 0) is None
    assert calls == [r"\b(?:dr|nurse)\b", r"[0-9]+"]  # (read back, not read again)
    # another text of the module that reads them is another reading: not found
    other = lazy.reading("test-heads", lazy.__file__)(lambda source, flags: ("other",))
    assert other(r"\d+", 0) == ("other",)


def test_the_rules_read_their_triggers_and_openings_from_the_store() -> None:
    from medsocial_tui.compliance import rules

    # (the readings are what they were: parsed again here, outside the store)
    for source, flags in ((r"\b(?i:visit|visited|seen)\b", 0), (r"dr|doctor|nurse", re.I)):
        words, fold, exact, _ascii = rules._trigger_reading.__wrapped__(source, flags)  # type: ignore[attr-defined]
        assert (words, fold, exact) == rules._trigger_reading(source, flags)[:3]
    assert rules.derived_starts(r"\b(?:Dr|Doctor)\.?[ \t]+[A-Z]", 0) == "d"


def test_a_reader_whose_module_is_no_file_reads_every_time(store: Path) -> None:
    calls: list[str] = []

    def read(source: str, flags: int) -> str:
        calls.append(source)
        return source.upper()

    lazy.start_recording()
    assert lazy.reading("test-unread", "/no/such/module.py")(read)("ab", 0) == "AB"
    lazy.write_store([])
    # the same reader as another process makes it (its module read again): not found
    lazy._module_digest.cache_clear()
    assert lazy.reading("test-unread", "/no/such/module.py")(read)("ab", 0) == "AB"
    assert calls == ["ab", "ab"]
