"""Reading the queue in lists: filters, pages that keep their place while posts change,
counts, what waits for review, the to-dos a person posts by hand, and what waits for a
person. Nothing here changes a post (that is :mod:`.queue`)."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

from medsocial_tui import clock
from medsocial_tui.home.practice import Practice
from medsocial_tui.models import Delivery, Post, StaffMember
from medsocial_tui.publishing import states
from medsocial_tui.publishing.states import DeliveryState as S
from medsocial_tui.publishing.states import PostStatus as P
from medsocial_tui.records.staff import Action, decide
from medsocial_tui.store import Store


@dataclass(frozen=True)
class QueueFilter:
    """What the queue screen and ``post list`` show."""

    states: tuple[str, ...] = ()
    accounts: tuple[str, ...] = ()
    author: str | None = None
    status: str | None = None
    since: datetime | None = None
    until: datetime | None = None
    text: str | None = None
    """Words in the post's text or an account's own text (any case)."""


def _like(words: str) -> str:
    """A LIKE pattern that finds ``words`` literally, % and _ included."""
    escaped = words.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return f"%{escaped}%"


def _filter_sql(f: QueueFilter, *, few: Sequence[int] | None = None) -> tuple[str, list[Any]]:
    """The WHERE clause for ``f``, every term answered from an index. A delivery's state or
    account is checked per post in queue order with one index seek (the form for a filter
    many posts match, whose page is found within its first rows), unless ``few`` gives the
    ids of the posts that can match (a rare filter: those are looked up by id instead). A
    date range is a range on the queue order itself (a post with a date sorts by it);
    author and status lead indexes in the queue's order."""
    clauses: list[str] = []
    params: list[Any] = []
    if few is not None:
        clauses.append(f"p.id IN ({','.join('?' * len(few))})" if few else "0")
        params.extend(few)
    if f.states or f.accounts:
        # the unary + keeps the check on the post's own rows
        sub, more = _delivery_terms(f, "+d.")
        clauses.append(f"EXISTS (SELECT 1 FROM deliveries d WHERE d.post_id = p.id AND {sub})")
        params.extend(more)
    if f.author:
        clauses.append("p.author = ?")
        params.append(f.author)
    if f.status:
        clauses.append("p.status = ?")
        params.append(f.status)
    if f.since or f.until:
        clauses.append("p.scheduled_at IS NOT NULL")
    if f.since:
        clauses.append(f"{_ORDER} >= ?")
        params.append(clock.to_iso(f.since))
    if f.until:
        clauses.append(f"{_ORDER} < ?")
        params.append(clock.to_iso(f.until))
    if f.text and f.text.strip():
        clauses.append("(p.text LIKE ? ESCAPE '\\' OR p.overrides LIKE ? ESCAPE '\\')")
        params.extend([_like(f.text.strip())] * 2)
    return (" WHERE " + " AND ".join(clauses)) if clauses else "", params


FEW = 10_000
"""A delivery filter matching at most this many deliveries is read from its index first and
its posts looked up by id; above it, posts are walked in queue order (a page is near)."""


def _delivery_terms(f: QueueFilter, column: str = "") -> tuple[str, list[Any]]:
    """The filter's terms on a delivery (its states, its accounts), each column named with
    ``column`` before it, and their parameters."""
    sub: list[str] = []
    params: list[Any] = []
    for name, values in (("state", f.states), ("account_id", f.accounts)):
        if values:
            sub.append(f"{column}{name} IN ({','.join('?' * len(values))})")
            params.extend(values)
    return " AND ".join(sub), params


def few_posts(store: Store, f: QueueFilter) -> list[int] | None:
    """The ids of the posts a rare state or account filter can match, from a covering index
    (at most FEW rows read); None when the filter has no delivery terms or matches more.
    Remembered on the connection until the data changes (:meth:`Store.remembered`): telling
    a common filter from a rare one walks FEW index entries (1-2 ms at 100,000 posts), asked
    again on every page of a view."""
    if not (f.states or f.accounts):
        return None
    ids = store.remembered(("few_posts", f.states, f.accounts), lambda: _read_few_posts(store, f))
    return None if ids is None else list(ids)


def _read_few_posts(store: Store, f: QueueFilter) -> list[int] | None:
    sub, params = _delivery_terms(f)
    conn = store.db.conn
    # Counted in SQLite first: a common filter (every published post) is told apart from a
    # rare one by walking FEW entries of an index, not by making FEW rows in Python.
    matching = conn.execute(
        f"SELECT count(*) FROM (SELECT 1 FROM deliveries WHERE {sub} LIMIT ?)", (*params, FEW + 1)
    ).fetchone()[0]
    if matching > FEW:
        return None
    rows = conn.execute(f"SELECT post_id FROM deliveries WHERE {sub}", params).fetchall()
    return sorted({r[0] for r in rows})


def count_posts(store: Store, f: QueueFilter = QueueFilter()) -> int:
    """How many posts ``f`` shows, from indexes only."""
    only_deliveries = QueueFilter(states=f.states, accounts=f.accounts)
    if (f.states or f.accounts) and f == only_deliveries:
        sub, params = _delivery_terms(f)
        return int(
            store.db.conn.execute(
                f"SELECT count(DISTINCT post_id) FROM deliveries WHERE {sub}", params
            ).fetchone()[0]
        )
    where, params = _filter_sql(f, few=few_posts(store, f))
    return int(store.db.conn.execute(f"SELECT count(*) FROM posts p{where}", params).fetchone()[0])


@dataclass(frozen=True)
class PageMark:
    """Where a page of the queue ended; the next page starts right after it. Reading after a
    mark (keyset paging) costs the same on page 1 and page 1,000, unlike OFFSET."""

    sort_at: str
    post_id: int


@dataclass(frozen=True)
class Page:
    posts: list[Post]
    next: PageMark | None
    """None when this was the last page."""


_ORDER = "coalesce(p.scheduled_at, p.created_at)"


def page(
    store: Store, f: QueueFilter = QueueFilter(), *, limit: int = 50, offset: int = 0
) -> list[Post]:
    """One page of posts, newest schedule first, each with its deliveries. Reads only the
    rows of this page, so the queue stays fast with 100,000 posts. The first page is a
    keyset page (an index search); a later one counts its way past ``offset`` rows."""
    if offset == 0:
        return page_after(store, f, None, limit=limit).posts
    where, params = _filter_sql(f)
    rows = store.query(
        f"SELECT p.* FROM posts p{where} ORDER BY {_ORDER} DESC, p.id DESC LIMIT ? OFFSET ?",
        (*params, limit, offset),
    )
    return _with_deliveries(store, rows)


TOP = PageMark("\uffff", 2**63 - 1)
"""The mark before the first page: every page, the first too, is a range on the queue
order's index, so each is one prepared query whose plan is an index search."""


def _walk_sql(
    f: QueueFilter, mark: PageMark, limit: int, *, down: bool, few: Sequence[int] | None = None
) -> tuple[str, list[Any]]:
    """The query for the ``limit`` (and one more, to know there are more) posts of ``f``
    below ``mark`` in queue order (``down``), or above it: a range on the queue order's
    index plus the tie-break on the post id, so page 1,000 is read as quickly as page 1."""
    beyond, order = ("<", "DESC") if down else (">", "ASC")
    where, params = _filter_sql(f, few=few)
    where += (" AND " if where else " WHERE ") + (
        f"{_ORDER} {beyond}= ? AND ({_ORDER} {beyond} ? OR p.id {beyond} ?)"
    )
    sql = (
        f"SELECT p.*, {_ORDER} AS sort_at FROM posts p{where}"
        f" ORDER BY {_ORDER} {order}, p.id {order} LIMIT ?"
    )
    return sql, [*params, mark.sort_at, mark.sort_at, mark.post_id, limit + 1]


def page_sql(
    f: QueueFilter,
    after: PageMark | None = None,
    limit: int = 100,
    *,
    few: Sequence[int] | None = None,
) -> tuple[str, list[Any]]:
    """The query for the page of ``f`` after ``after`` (the first page when None)."""
    return _walk_sql(f, after or TOP, limit, down=True, few=few)


def page_before_sql(f: QueueFilter, before: PageMark, limit: int) -> tuple[str, list[Any]]:
    """The query for the posts just above ``before``: ``page_sql``'s range, walked up."""
    return _walk_sql(f, before, limit, down=False)


def _few_in_order(
    store: Store, f: QueueFilter, few: Sequence[int], mark: PageMark, wanted: int, *, down: bool
) -> list[dict[str, Any]]:
    """The first ``wanted`` of a rare filter's posts below ``mark`` (``down``) or above it,
    nearest first: the (at most FEW) candidates' order keys are read by id and sorted here,
    then only those rows are read."""
    where, params = _filter_sql(f, few=few)
    keys = store.db.conn.execute(f"SELECT {_ORDER}, p.id FROM posts p{where}", params).fetchall()
    at = (mark.sort_at, mark.post_id)
    beyond = [k for k in keys if ((k[0], k[1]) < at if down else (k[0], k[1]) > at)]
    ids = [k[1] for k in sorted(beyond, reverse=down)[:wanted]]
    if not ids:
        return []
    rows = store.query(
        f"SELECT p.*, {_ORDER} AS sort_at FROM posts p WHERE p.id IN ({','.join('?' * len(ids))})",
        ids,
    )
    by_id = {r["id"]: r for r in rows}
    return [by_id[i] for i in ids]


def _walk(store: Store, f: QueueFilter, mark: PageMark, limit: int, *, down: bool) -> Page:
    """``limit`` posts below ``mark`` (``down``) or above it, returned in queue order, and
    the mark to read further on from (None when these reach the end or the top)."""
    few = few_posts(store, f)
    if few is not None:
        rows = _few_in_order(store, f, few, mark, limit + 1, down=down)
    else:
        rows = store.query(*_walk_sql(f, mark, limit, down=down))
    more = len(rows) > limit
    rows = rows[:limit] if down else rows[:limit][::-1]
    edge = (rows[-1] if down else rows[0]) if more else None
    next_mark = PageMark(edge["sort_at"], edge["id"]) if edge else None
    return Page(_with_deliveries(store, rows), next_mark)


def page_after(
    store: Store, f: QueueFilter = QueueFilter(), after: PageMark | None = None, *, limit: int = 100
) -> Page:
    """The page of posts that follows ``after`` (the first page when None), in queue order."""
    return _walk(store, f, after or TOP, limit, down=True)


def mark_of(post: Post) -> PageMark:
    """The place of a post in queue order (what ``page_after`` and ``page_before`` read
    from): its time as stored, and its id."""
    return PageMark(clock.to_iso(post.scheduled_at or post.created_at), post.id)


def page_before(
    store: Store,
    f: QueueFilter = QueueFilter(),
    before: PageMark | None = None,
    *,
    limit: int = 100,
) -> Page:
    """The ``limit`` posts just above ``before`` in queue order (the queue scrolled back up),
    returned in queue order; ``next`` is the mark to read further up from, None when these
    reach the top. The same ranges on the queue order's index as ``page_after``, walked up."""
    if before is None:
        return Page([], None)
    return _walk(store, f, before, limit, down=False)


def _with_deliveries(store: Store, rows: list[dict[str, Any]]) -> list[Post]:
    if not rows:
        return []
    ids = [r["id"] for r in rows]
    by_post: dict[int, list[Delivery]] = {i: [] for i in ids}
    found = store.query(
        f"SELECT * FROM deliveries WHERE post_id IN ({','.join('?' * len(ids))})", ids
    )
    for r in sorted(found, key=lambda r: r["id"]):  # sorted here: the index is by post
        by_post[r["post_id"]].append(Delivery.from_row(r))
    return [Post.from_row(r, tuple(by_post[r["id"]])) for r in rows]


def state_counts(store: Store) -> dict[str, int]:
    return {
        r["state"]: r["n"]
        for r in store.query("SELECT state, count(*) AS n FROM deliveries GROUP BY state")
    }


def waiting_count(store: Store) -> int:
    """How many deliveries wait for a person (failed, unknown, held, to-do); index-only."""
    row = store.db.conn.execute(
        f"SELECT count(*) FROM deliveries WHERE state IN {states.sql_in(states.WAITING)}"
    ).fetchone()
    return int(row[0])


def waiting_for_review(store: Store, approver: StaffMember, *, own_too: bool = False) -> list[Post]:
    """Posts an approver may act on: in review and, unless ``own_too`` (a one-person
    practice), neither written nor last edited by them."""
    rows = store.query(
        "SELECT id FROM posts WHERE status=?"
        " AND (? OR (author != ? AND coalesce(edited_by, author) != ?))"
        " ORDER BY coalesce(scheduled_at, created_at)",
        (P.IN_REVIEW.value, int(own_too), approver.login, approver.login),
    )
    from medsocial_tui.publishing.queue import get  # the core, with the plugins' API: on use

    return [get(store, r["id"]) for r in rows]


def reviewable(practice: Practice) -> list[Post]:
    """What the signed-in approver can approve or send back now (empty for anyone else)."""
    from medsocial_tui.publishing.queue import me

    approver = me(practice)
    if not decide(practice.store, approver, Action.APPROVE).allowed:
        return []
    assert approver is not None
    return waiting_for_review(practice.store, approver, own_too=practice.config.one_person_practice)


@dataclass(frozen=True)
class ToDo:
    """A delivery a person posts by hand: where, and the text ready to copy."""

    delivery: Delivery
    network: str
    where: str
    text: str
    """What to paste: the account's text, with the link when the text lacks it."""
    media: tuple[str, ...]
    """The files to attach (full paths)."""
    waiting_since: datetime
    account_name: str = ""
    alt_texts: tuple[str, ...] = ()
    """Each file's alt text, in the order of ``media``."""

    @property
    def instructions(self) -> str:
        return self.delivery.last_error

    def waited(self, now: datetime) -> timedelta:
        return now - self.waiting_since

    def overdue(self, now: datetime) -> bool:
        return self.waited(now) > TODO_OVERDUE


TODO_OVERDUE = timedelta(hours=4)
"""A to-do (a post to make by hand) waiting longer than this is overdue (doctor, ``todo``)."""


def todos(practice: Practice, limit: int | None = 50) -> list[ToDo]:
    """Deliveries waiting to be posted by hand, oldest first, with copy-ready text: the one
    list the queue, the TUI and ``medsocial todo`` show."""
    from medsocial_tui.publishing.queue import draft_for, get

    found: list[ToDo] = []
    for row in practice.store.query(
        "SELECT * FROM deliveries WHERE state=? ORDER BY updated_at, id LIMIT ?",
        (S.TODO.value, -1 if limit is None else limit),
    ):
        delivery = Delivery.from_row(row)
        post = get(practice.store, delivery.post_id)
        account = practice.config.account(delivery.account_id)
        settings = dict(account.settings) if account else {}
        channel = practice.plugins.channels.get(account.channel) if account else None
        draft = draft_for(practice, post, delivery.account_id)
        text = draft.text
        if draft.link and draft.link not in text:
            text = f"{text}\n\n{draft.link}".strip()
        fallback = (channel.title if channel else account.channel) if account else ""
        found.append(
            ToDo(
                delivery=delivery,
                network=str(settings.get("network") or fallback or delivery.account_id),
                where=str(settings.get("profile_url") or ""),
                text=text,
                media=tuple(str(m.path) for m in draft.media),
                waiting_since=clock.parse_utc(row["updated_at"]),
                account_name=account.name if account else delivery.account_id,
                alt_texts=tuple(m.alt_text for m in draft.media),
            )
        )
    return found


def attention(store: Store, limit: int = 100) -> list[Delivery]:
    """Deliveries waiting for a person: failed, unknown, held, to-do."""
    return [
        Delivery.from_row(r)
        for r in store.query(
            f"SELECT * FROM deliveries WHERE state IN {states.sql_in(states.WAITING)}"
            " ORDER BY updated_at DESC LIMIT ?",
            (limit,),
        )
    ]


def ids(rows: Iterable[Post]) -> list[int]:
    return [p.id for p in rows]
