"""Rows gathered through a transaction and written together when it ends: flush's audit
events and attempt records. A module of its own, importing nothing of medsocial's, so the
records that use it do not import the store's migrations (and through them, the records)."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from medsocial_tui.store import Database


@contextmanager
def gathering(
    db: Database, pending: str, write: Callable[[Database, list[Any]], None]
) -> Iterator[None]:
    """Rows put on ``db``'s list named ``pending`` (``gathered_events``,
    ``gathered_attempts``) inside are written together by ``write`` when it ends without an
    error: one statement for a whole transaction of flush's instead of one per row, still
    inside the transaction of the changes they record. Inside another ``gathering`` of the
    same list (flush: each job inside its transaction's), the rows of a piece of work that
    ends with an error are dropped (its changes are undone with it), and the others wait for
    the outermost one to end."""
    outer = getattr(db, pending)
    rows: list[Any] = [] if outer is None else outer
    setattr(db, pending, rows)
    mark = len(rows)
    try:
        yield
    except BaseException:
        del rows[mark:]
        setattr(db, pending, outer)
        raise
    if outer is None:
        setattr(db, pending, None)
        write(db, rows)
