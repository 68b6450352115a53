"""The header's words about the inbox, apart from the inbox screen: the app counts them after
its first frame (in a worker) without importing the screen, its editor and the reply guard's
word lists, which only opening the inbox needs (about 17 MB the app would otherwise hold)."""

from __future__ import annotations

from medsocial_tui.home.practice import Practice
from medsocial_tui.listening import inbox


def header_words(practice: Practice) -> str:
    """What the header adds about the inbox: unanswered items, those past the target, and
    replies waiting for an approver."""
    waiting = inbox.unanswered_count(practice.store)
    to_approve = len(inbox.waiting_approval(practice.store))
    words = ""
    if waiting:
        late = len(inbox.overdue(practice))
        words = f"inbox {waiting}" + (f" ({late} late)" if late else "")
    if to_approve:
        words += (", " if words else "") + f"{to_approve} to approve"
    return words
