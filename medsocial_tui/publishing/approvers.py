"""Who can approve a post waiting for review, and what to do when nobody can.

An approver never approves their own post (unless the practice is one person), so in an office
with a single approver that person's own posts would wait forever, in silence. This says so,
with the ways out, wherever the post is seen."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from medsocial_tui.home.practice import Practice
from medsocial_tui.models import Post
from medsocial_tui.publishing.states import PostStatus
from medsocial_tui.records.staff import Action, decide, everyone

if TYPE_CHECKING:
    from medsocial_tui.store import Store


@dataclass(frozen=True)
class ReviewWait:
    """Who may approve a post in review now; ``stuck`` when nobody may."""

    post_id: int
    author: str
    approvers: tuple[str, ...]
    blocked: tuple[str, ...]
    """Other approvers who may not approve yet, as 'login (why)'."""

    @property
    def stuck(self) -> bool:
        return not self.approvers

    def in_words(self) -> str:
        if not self.stuck:
            return f"Waiting for {', '.join(self.approvers)} to approve or send it back."
        others = f" ({'; '.join(self.blocked)})" if self.blocked else ""
        return (
            f"Nobody can approve post {self.post_id}: {self.author} may not approve their own "
            f"post, and no other approver can{others}. Way out: an admin adds a second approver "
            "(p, s, then n), or, in a one-person office, one_person_practice = true in "
            "practice.toml."
        )


def review_wait(practice: Practice, post: Post, store: Store | None = None) -> ReviewWait | None:
    """For a post in review: the staff who may approve it now (never its author, unless the
    practice is one person), read from ``store`` (a worker thread's) or the practice's own.
    None for a post not in review."""
    if post.status != PostStatus.IN_REVIEW:
        return None
    store = store or practice.store
    able: list[str] = []
    blocked: list[str] = []
    for member in everyone(store):
        if member.login == post.author and not practice.config.one_person_practice:
            continue
        decision = decide(store, member, Action.APPROVE)
        if decision.allowed:
            able.append(member.login)
        elif any(r.value == "approver" for r in member.roles):
            blocked.append(f"{member.login}: {decision.reason}")
    return ReviewWait(post.id, post.author, tuple(able), tuple(blocked))


def stuck_posts_of(practice: Practice, author: str) -> list[ReviewWait]:
    """An author's posts in review that nobody may approve now."""
    rows = practice.store.query(
        "SELECT id FROM posts WHERE status = ? AND author = ? ORDER BY id",
        (PostStatus.IN_REVIEW.value, author),
    )
    from medsocial_tui.publishing import queue  # the core: not for the first frame

    waits = [review_wait(practice, queue.get(practice.store, r["id"])) for r in rows]
    return [w for w in waits if w is not None and w.stuck]
