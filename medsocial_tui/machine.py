"""One mechanism for every state machine of medsocial (deliveries and posts in
:mod:`states`, inbox items and replies in :mod:`inbox_states`): the moves a thing may make,
as data (each machine's table written once, in words, and read by :func:`declare`), and the
one compare-and-set UPDATE that makes a move the table lists.

A move names where the row must still be (``from_``): of two processes moving the same row
only one succeeds, and the other learns it from the count of rows moved.
"""

from __future__ import annotations

import enum
from collections.abc import Collection, Iterable, Mapping
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, Generic, TypeVar

if TYPE_CHECKING:
    from medsocial_tui.store import Database

E = TypeVar("E", bound=enum.StrEnum)


class NotInTable(ValueError):
    """A move the state machine does not list: a bug in the caller, never a person's doing."""


class Sql(str):
    """A field value that is an SQL expression (``Sql("attempts+1")``), not a value."""


def assignments(fields: Mapping[str, Any]) -> tuple[list[str], list[Any]]:
    """``column=?`` (or ``column=<Sql>``) for each field, and the values for the ``?``."""
    sets: list[str] = []
    params: list[Any] = []
    for column, value in fields.items():
        if not column.isidentifier():
            raise ValueError(f"not a column: {column!r}")
        if isinstance(value, Sql):
            sets.append(f"{column}={value}")
        else:
            sets.append(f"{column}=?")
            params.append(value.value if isinstance(value, enum.Enum) else value)
    return sets, params


_PLANS: dict[tuple[Any, ...], tuple[str, tuple[str, ...], tuple[int, ...], tuple[int, ...]]] = {}
"""Each shape of move's statement, made once (see :meth:`Machine.update`)."""


@dataclass(frozen=True)
class Machine(Generic[E]):
    """One state machine: what it moves (in words, for errors), its states, the table and
    column that hold the state, and the moves from each state."""

    what: str
    """"a delivery", "a post": what a refused move names."""
    kind: type[E]
    table: str
    column: str
    moves: Mapping[E, frozenset[E]]
    words: Mapping[E, str] = field(default_factory=dict)
    """Each state in words, for people (empty where the machine has none)."""

    @property
    def final(self) -> frozenset[E]:
        """States nothing moves out of."""
        return frozenset(s for s, targets in self.moves.items() if not targets)

    def can_move(self, current: E | str, target: E | str) -> bool:
        return self.kind(target) in self.moves[self.kind(current)]

    def states(self, given: E | str | Collection[E | str]) -> list[E]:
        if isinstance(given, str):
            return [self.kind(given)]
        return sorted({self.kind(s) for s in given})

    def check(self, from_: E | str | Collection[E | str], to: E | str) -> None:
        """Raise :class:`NotInTable` unless the table lists every ``from_`` -> ``to``.
        Staying in the same state (a re-deferral, a note) is no move and always allowed."""
        target = self.kind(to)
        for current in self.states(from_):
            if current is not target and target not in self.moves[current]:
                raise NotInTable(f"{self.what} never moves from {current.value} to {target.value}")

    def update(
        self,
        db: Database,
        key: str,
        key_params: tuple[Any, ...],
        from_: E | str | Collection[E | str],
        to: E | str,
        *,
        where: str = "",
        where_params: Iterable[Any] = (),
        **fields: Any,
    ) -> int:
        """Move the rows ``key`` picks that are still in one of ``from_`` to ``to``, setting
        ``fields`` (and only while ``where`` holds): compare-and-set, so of two processes
        moving the same row only one succeeds. How many moved. Raises :class:`NotInTable`
        for a move the table does not list, whatever the rows hold."""
        sql, params = self._statement(key, key_params, from_, to, where, where_params, fields)
        return int(db.conn.execute(sql, params).rowcount)

    def move_returning(
        self,
        db: Database,
        row_id: int,
        from_: E | str | Collection[E | str],
        to: E | str,
        returning: str,
        **options: Any,
    ) -> tuple[Any, ...] | None:
        """:meth:`move` in the same statement as reading the moved row: its ``returning``
        columns (as the move left them), or None when it did not move."""
        where, where_params = options.pop("where", ""), options.pop("where_params", ())
        sql, params = self._statement("id=?", (row_id,), from_, to, where, where_params, options)
        rows = db.conn.execute(f"{sql} RETURNING {returning}", params).fetchall()
        return tuple(rows[0]) if rows else None

    def _statement(
        self,
        key: str,
        key_params: tuple[Any, ...],
        from_: E | str | Collection[E | str],
        to: E | str,
        where: str,
        where_params: Iterable[Any],
        fields: Mapping[str, Any],
    ) -> tuple[str, tuple[Any, ...]]:
        values = tuple(fields.values())
        kinds = tuple(map(type, values))
        shape = (
            id(self),
            key,
            from_ if isinstance(from_, str) else frozenset(from_),
            to,
            where,
            tuple(fields),
            kinds,
            tuple(v for v in values if isinstance(v, Sql)) if Sql in kinds else (),
        )
        plan = _PLANS.get(shape)
        if plan is None:
            plan = _PLANS[shape] = self._plan(key, from_, to, where, fields)
        sql, sources, taken, enums = plan
        picked = [values[i] for i in taken]
        for i in enums:
            picked[i] = picked[i].value
        return sql, (self.kind(to).value, *picked, *key_params, *sources, *where_params)

    def _plan(
        self,
        key: str,
        from_: E | str | Collection[E | str],
        to: E | str,
        where: str,
        fields: Mapping[str, Any],
    ) -> tuple[str, tuple[str, ...], tuple[int, ...], tuple[int, ...]]:
        """The statement of one shape of move (checked against the table), the states it
        moves from, which fields are its parameters (an SQL expression is written into it)
        and which of those are enums (their values go in): a run makes the same few moves
        thousands of times, so each shape is worked out once."""
        self.check(from_, to)
        sources = self.states(from_)
        sets, _params = assignments({self.column: self.kind(to), **fields})
        sql = (
            f"UPDATE {self.table} SET {', '.join(sets)} WHERE {key}"
            f" AND {self.column} IN ({','.join('?' * len(sources))})"
            + (f" AND ({where})" if where else "")
        )
        taken = tuple(i for i, v in enumerate(fields.values()) if not isinstance(v, Sql))
        values = list(fields.values())
        enums = tuple(n for n, i in enumerate(taken) if isinstance(values[i], enum.Enum))
        return sql, tuple(s.value for s in sources), taken, enums

    def move(
        self,
        db: Database,
        row_id: int,
        from_: E | str | Collection[E | str],
        to: E | str,
        **options: Any,
    ) -> bool:
        """:meth:`update` for one row by id (``where``, ``where_params`` and the fields as
        there): True when it moved (False: it was no longer in ``from_``, someone else moved
        it)."""
        return self.update(db, "id=?", (row_id,), from_, to, **options) == 1


def declare(kind: type[E], what: str, where: str, table: str) -> Machine[E]:
    """A machine from its table in words: ``where`` is ``table.column``; in ``table`` each
    state has a line ``state`` or ``state: what it means``, followed by the states it may
    move to on ``-> a b c`` lines (none for a final state); ``#`` lines are notes. Every
    state of ``kind`` has exactly one line, and a move names only states of ``kind``."""
    moves: dict[E, set[E]] = {}
    words: dict[E, str] = {}
    current: E | None = None
    for raw in table.splitlines():
        line = raw.strip()
        if not line or line.startswith("#"):
            continue
        if line.startswith("->"):
            if current is None:
                raise ValueError(f"{what}: moves before any state: {line!r}")
            moves[current].update(kind(s) for s in line[2:].split())
            continue
        name, _, meaning = line.partition(":")
        current = kind(name.strip())
        if current in moves:
            raise ValueError(f"{what}: {current.value} has two lines")
        moves[current] = set()
        if meaning.strip():
            words[current] = meaning.strip()
    missing = [s.value for s in kind if s not in moves]
    if missing:
        raise ValueError(f"{what}: no line for {', '.join(missing)}")
    table_name, _, column = where.partition(".")
    in_order = {s: words[s] for s in kind if s in words}
    return Machine(
        what, kind, table_name, column, {s: frozenset(t) for s, t in moves.items()}, in_order
    )
