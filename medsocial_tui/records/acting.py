"""Who acts on the records, and on which database: what every records write takes first.

The faces pass the open :class:`~medsocial_tui.home.practice.Practice`: its store, and the
person signed in to the system (never a name typed or read from the environment). Building
the demo, and tests that write records as several people, pass :class:`ActingAs`.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Protocol

if TYPE_CHECKING:
    from medsocial_tui import compliance
    from medsocial_tui.store import Store


class Acting(Protocol):
    """The store written to, and the login of the person writing (the practice's signed-in
    person). :class:`~medsocial_tui.home.practice.Practice` is one."""

    @property
    def store(self) -> Store: ...

    @property
    def login(self) -> str: ...


@dataclass(frozen=True)
class ActingAs:
    """``login`` writing to ``store`` with no practice open: the demo being seeded, tests.
    The guard reads typed text without the practice's own details (see
    :func:`guard_context`)."""

    store: Store
    login: str


def guard_context(by: Acting) -> compliance.PracticeContext | None:
    """The guard's context for text typed into a record: the practice's own (its staff, who
    are never mistaken for patients, and the roster) when ``by`` is the open practice; none
    without one."""
    from medsocial_tui.home.practice import Practice

    if not isinstance(by, Practice):
        return None
    from medsocial_tui.publishing import guard

    return guard.context_for(by)
