"""The patient roster, held only as keyed hashes (HMAC-SHA256) of normalised names.

The key is a per-practice secret in ``roster.key`` in the home folder (mode 0600, created on
first import): the database alone cannot be used to test guessed names. Lose the key and
the stored digests are useless; the guard then says to import the roster again.
"""

from __future__ import annotations

import csv
import hashlib
import hmac
import io
import os
import re
import secrets
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import TypeVar

from medsocial_tui import clock
from medsocial_tui.compliance import lazy
from medsocial_tui.errors import SecretsError, UsageError
from medsocial_tui.home.config import refuse_shared_secret
from medsocial_tui.records import audit
from medsocial_tui.store import Store

KEY_NAME = "roster.key"
_NON_LETTERS = lazy.compile(r"[^a-z]")
_KEY_CHECK = "medsocial-roster-key-check"
_FIRST_HEADERS = ("first", "given", "fname", "forename", "preferred", "nickname", "goes by")
_LAST_HEADERS = ("last", "surname", "family", "lname")
_FULL_HEADERS = ("full name", "patient name", "name", "patient")


@lru_cache(maxsize=8192)
def normalise(word: str) -> str:
    """Lower case, accents dropped, letters only: "José" and "jose" hash alike."""
    if word.isascii():
        return _NON_LETTERS.sub("", word.lower())
    decomposed = unicodedata.normalize("NFKD", word)
    return re.sub(
        r"[^a-z]", "", "".join(c for c in decomposed if not unicodedata.combining(c)).lower()
    )


def _digest(key: bytes, kind: str, value: str) -> str:
    return hmac.new(key, f"{kind}:{value}".encode(), hashlib.sha256).hexdigest()


def key_path(home_root: Path) -> Path:
    return home_root / KEY_NAME


def load_key(home_root: Path, *, create: bool = False) -> bytes | None:
    """The practice's roster key, or None when there is none (and ``create`` is False)."""
    path = key_path(home_root)
    if not path.exists():
        if not create:
            return None
        key = secrets.token_bytes(32)
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        with os.fdopen(fd, "w", encoding="ascii") as handle:
            handle.write(key.hex() + "\n")
        return key
    refuse_shared_secret(path)
    try:
        return bytes.fromhex(path.read_text(encoding="ascii").strip())
    except OSError as exc:
        raise SecretsError(
            f"cannot read {path.name} ({exc.strerror})",
            where=str(path),
            fix="it belongs to the practice's service account: run medsocial as that account "
            "(SSH key or sudo, docs/deploy.md)",
        ) from None
    except ValueError:
        raise SecretsError(
            f"{path.name} is not a roster key",
            where=str(path),
            fix="move it aside and import the roster again (a new key is made)",
        ) from None


@dataclass(frozen=True)
class Roster:
    """Answers "is this a current patient's name?" from digests only."""

    key: bytes = field(repr=False)
    digests: frozenset[str] = field(repr=False)

    # What words as written answered, per kind: one dict lookup for each word the guard
    # asks about (a post asks about each capitalised word), each bounded.
    _given: dict[str, bool] = field(default_factory=dict, init=False, repr=False, compare=False)
    _family: dict[str, bool] = field(default_factory=dict, init=False, repr=False, compare=False)
    _full: dict[tuple[str, str], bool] = field(
        default_factory=dict, init=False, repr=False, compare=False
    )
    _cache: dict[tuple[str, str], bool] = field(
        default_factory=dict, init=False, repr=False, compare=False
    )

    def __repr__(self) -> str:
        return f"Roster({len(self.digests)} digests)"

    def _has(self, kind: str, value: str) -> bool:
        hit = self._cache.get((kind, value))
        if hit is None:
            return _remember(
                self._cache, (kind, value), _digest(self.key, kind, value) in self.digests
            )
        return hit

    def has_full_name(self, first: str, last: str) -> bool:
        hit = self._full.get((first, last))
        if hit is None:
            value = normalise(first) + " " + normalise(last)
            return _remember(self._full, (first, last), self._has("full", value))
        return hit

    def has_given_name(self, word: str) -> bool:
        hit = self._given.get(word)
        return self._written(self._given, "first", word) if hit is None else hit

    def has_surname(self, word: str) -> bool:
        hit = self._family.get(word)
        return self._written(self._family, "last", word) if hit is None else hit

    def _written(self, cache: dict[str, bool], kind: str, word: str) -> bool:
        """``_has`` for one word as written, remembered in ``cache``."""
        return _remember(cache, word, self._has(kind, normalise(word)))


K = TypeVar("K")
REMEMBERED = 20_000
"""How many answers a roster's memory holds before it starts again: a long text of many
names keeps the memory bounded."""


def _remember(cache: dict[K, bool], key: K, answer: bool) -> bool:
    """``answer``, kept in ``cache`` under ``key`` (emptied first when full)."""
    if len(cache) > REMEMBERED:
        cache.clear()
    cache[key] = answer
    return answer


def digests_for(key: bytes, names: Iterable[tuple[str, str]]) -> dict[str, str]:
    """digest -> kind for each (first, last) pair: the full name, the given and family name."""
    out: dict[str, str] = {}
    for first, last in names:
        given = [normalise(w) for w in re.split(r"[\s-]+", first) if normalise(w)]
        family = [normalise(w) for w in re.split(r"[\s]+", last) if normalise(w)]
        for g in given[:1]:
            out[_digest(key, "first", g)] = "first"
            for f in family:
                out[_digest(key, "full", f"{g} {f}")] = "full"
        for f in family:
            out[_digest(key, "last", f)] = "last"
        if len(family) > 1:
            out[_digest(key, "last", "".join(family))] = "last"
    return out


def roster_from_names(names: Iterable[str], key: bytes | None = None) -> Roster:
    """A roster built in memory from full names (tests, the benchmark)."""
    key = key or secrets.token_bytes(32)
    pairs = [_split_full(n) for n in names]
    return Roster(key, frozenset(digests_for(key, pairs)))


def _split_full(name: str) -> tuple[str, str]:
    name = name.strip()
    if "," in name:
        last, _, first = name.partition(",")
        return first.strip(), last.strip()
    parts = name.split()
    if len(parts) == 1:
        return parts[0], ""
    return parts[0], parts[-1]


def _column(headers: list[str], wanted: tuple[str, ...]) -> int | None:
    for want in wanted:
        for index, header in enumerate(headers):
            if want in header:
                return index
    return None


def read_names_csv(data: bytes) -> list[tuple[str, str]]:
    """(first, last) pairs from a practice-software export. Forgiving about encoding,
    delimiter, header names, "Last, First" cells and a missing header."""
    for encoding in ("utf-8-sig", "cp1252", "latin-1"):
        try:
            text = data.decode(encoding)
            break
        except UnicodeDecodeError:
            continue
    try:
        dialect: type[csv.Dialect] | csv.Dialect = csv.Sniffer().sniff(
            text[:4096], delimiters=",;\t|"
        )
    except csv.Error:
        dialect = csv.excel
    rows = [r for r in csv.reader(io.StringIO(text), dialect) if any(c.strip() for c in r)]
    if not rows:
        return []
    headers = [h.strip().lower().replace("_", " ") for h in rows[0]]
    first_col = _column(headers, _FIRST_HEADERS)
    last_col = _column(headers, _LAST_HEADERS)
    full_col = None if first_col is not None else _column(headers, _FULL_HEADERS)
    has_header = first_col is not None or last_col is not None or full_col is not None
    body = rows[1:] if has_header else rows
    if not has_header:
        if len(rows[0]) >= 2:
            first_col, last_col = 0, 1
        else:
            full_col = 0
    extra_first = [
        i
        for i, h in enumerate(headers)
        if has_header
        and any(w in h for w in ("preferred", "nickname", "goes by"))
        and i != first_col
    ]
    pairs: list[tuple[str, str]] = []
    for row in body:

        def cell(index: int | None, row: list[str] = row) -> str:
            return row[index].strip() if index is not None and index < len(row) else ""

        if full_col is not None and first_col is None:
            first, last = _split_full(cell(full_col))
        else:
            first, last = cell(first_col), cell(last_col)
        if first or last:
            pairs.append((first, last))
        for index in extra_first:
            if cell(index):
                pairs.append((cell(index), last))
    return pairs


def import_roster(
    store: Store, home_root: Path, data: bytes, *, actor: str, replace: bool = True
) -> int:
    """Store the digests of the names in a CSV export; return how many people were read.

    ``replace`` drops the previous roster first (patients who left stop matching). Writes an
    audit event with the count only.
    """
    pairs = read_names_csv(data)
    if not pairs:
        raise UsageError(
            "no names found in the roster file",
            fix="export a CSV with first and last name columns (or one full-name column)",
        )
    key = load_key(home_root, create=True)
    assert key is not None
    digests = digests_for(key, pairs)
    digests[_digest(key, "check", _KEY_CHECK)] = "key_check"
    now = clock.to_iso(clock.now())
    with store.write() as db:
        if replace:
            db.conn.execute("DELETE FROM roster_hashes")
        db.conn.executemany(
            "INSERT OR IGNORE INTO roster_hashes (digest, kind, imported_at) VALUES (?, ?, ?)",
            [(d, kind, now) for d, kind in digests.items()],
        )
        audit.record(
            db, actor, "roster.imported", "roster", "", people=len(pairs), replaced=replace
        )
    return len(pairs)


def load_roster(store: Store, home_root: Path) -> Roster | None:
    """The practice's roster, or None when none was imported. Raises when the key on disk
    no longer matches the digests (they cannot be used)."""
    rows = store.query("SELECT digest FROM roster_hashes")
    if not rows:
        return None
    key = load_key(home_root)
    digests = frozenset(r["digest"] for r in rows)
    if key is None or _digest(key, "check", _KEY_CHECK) not in digests:
        raise SecretsError(
            "the patient roster was imported with a different key, so it cannot be checked",
            where=str(key_path(home_root)),
            fix="import the roster again (medsocial makes a new key)",
        )
    return Roster(key, digests)
