"""Every query the queue screen and ``post list`` run is answered from indexes (issue 18):
EXPLAIN QUERY PLAN shows no SCAN of posts or deliveries and no temporary B-tree for the
order, with the planner's statistics gathered (as ``PRAGMA optimize`` does on close) and
without them (a new practice). The results are checked too: the same posts, in the same
order, as a plain reading of every post would give."""

from __future__ import annotations

import json
import shutil
from datetime import timedelta
from pathlib import Path

import pytest

from medsocial_tui import clock
from medsocial_tui.home import demo
from medsocial_tui.home.practice import open_practice
from medsocial_tui.publishing import queue_views
from medsocial_tui.publishing.states import DeliveryState as PostState
from medsocial_tui.store.plans import plan, plan_problems

from .conftest import LOGIN

F = queue_views.QueueFilter
ACCOUNTS = ("facebook", "google", "mastodon", "linkedin")
AUTHORS = ("jreyes", "ppatel", "mchen")

FILTERS = {
    "all": F(),
    "author": F(author="ppatel"),
    "status": F(status="approved"),
    "needs a person": F(states=("failed", "held", "todo", "unknown")),
    "published on linkedin": F(states=("published",), accounts=("linkedin",)),
    "account": F(accounts=("google",)),
    "scheduled": F(states=("scheduled", "deferred")),
    "dates": F(since=clock.now() - timedelta(days=3), until=clock.now()),
    "author and state": F(author="mchen", states=("published",)),
    # the queue screen's other views (f); "all", "needs a person" and "scheduled" are above
    "waiting for review": F(status="in_review"),
    "published": F(states=("published",)),
    "drafts and sent back": F(states=("draft", "rejected")),
}


def fill(store, posts: int) -> None:
    now = clock.now().replace(microsecond=0)
    stamp = clock.to_iso(now)
    with store.write() as db:
        conn = db.conn
        for account in ACCOUNTS:
            conn.execute(
                "INSERT OR IGNORE INTO accounts (id, channel, name, updated_at) VALUES (?,?,?,?)",
                (account, account, account, stamp),
            )
        start = conn.execute("SELECT max(id) FROM posts").fetchone()[0] + 1
        for i in range(start, start + posts):
            status = ("approved", "approved", "approved", "draft")[i % 4]
            when = None if status == "draft" else clock.to_iso(now - timedelta(minutes=i % 997))
            conn.execute(
                "INSERT INTO posts (id, text, author, status, scheduled_at, created_at,"
                " updated_at) VALUES (?, ?, ?, ?, ?, ?, ?)",
                (i, f"post {i}", AUTHORS[i % 3], status, when, stamp, stamp),
            )
            for a in ACCOUNTS[: 1 + i % 4]:
                state = ("published", "published", "scheduled", "draft")[i % 4]
                if i % 97 == 0 and status == "approved":
                    state = "failed"  # an approved post whose sending failed
                conn.execute(
                    "INSERT INTO deliveries (post_id, account_id, state, idempotency_key,"
                    " updated_at) VALUES (?, ?, ?, ?, ?)",
                    (i, a, state, f"k{i}{a}", stamp),
                )


@pytest.fixture(scope="module")
def filled_home(tmp_path_factory) -> Path:
    """The demo practice with 3,000 more posts, made once for the module: each test reads a
    copy of it."""
    with pytest.MonkeyPatch.context() as env:
        env.setenv("MEDSOCIAL_USER", LOGIN)
        root = demo.build(tmp_path_factory.mktemp("queue") / "demo", login=LOGIN).root
        practice = open_practice(root)
        try:
            fill(practice.store, 3000)
        finally:
            practice.close()
    return root


@pytest.fixture(params=["with statistics", "without statistics"])
def store(filled_home, tmp_path, as_login, request):
    practice = open_practice(shutil.copytree(filled_home, tmp_path / "demo"))
    store = practice.store
    if request.param == "with statistics":
        store.db.conn.execute("ANALYZE")
    else:
        store.db.conn.execute("DELETE FROM sqlite_stat1")
        store.db.conn.commit()
        store.db.conn.execute("ANALYZE sqlite_schema")  # reload: no statistics now
    yield store
    practice.close()


def everything_in_order(store, f: queue_views.QueueFilter) -> list[int]:
    """The posts ``f`` shows, the slow way: every post read and tested here."""
    posts = queue_views._with_deliveries(store, store.query("SELECT * FROM posts"))
    by_id = {r["id"]: r for r in store.query("SELECT id, created_at FROM posts")}

    def shown(p) -> bool:
        ds = [
            d
            for d in p.deliveries
            if (not f.states or d.state.value in f.states)
            and (not f.accounts or d.account_id in f.accounts)
        ]
        when = clock.to_iso(p.scheduled_at) if p.scheduled_at else None
        return (
            (not (f.states or f.accounts) or bool(ds))
            and (not f.author or p.author == f.author)
            and (not f.status or p.status == f.status)
            and (not f.since or (when is not None and when >= clock.to_iso(f.since)))
            and (not f.until or (when is not None and when < clock.to_iso(f.until)))
        )

    def key(p):
        when = clock.to_iso(p.scheduled_at) if p.scheduled_at else by_id[p.id]["created_at"]
        return (when, p.id)

    return [p.id for p in sorted(filter(shown, posts), key=key, reverse=True)]


@pytest.fixture(scope="module")
def in_order(filled_home) -> dict[str, list[int]]:
    """Each filter's posts the slow way, read once per module: every test's store is a copy
    of the same filled home (the statistics change the plans, not the rows), and reading all
    3,000 posts again for each test was half of these tests' time."""
    return {}


def expected_order(in_order: dict[str, list[int]], store, name: str) -> list[int]:
    if name not in in_order:
        in_order[name] = everything_in_order(store, FILTERS[name])
    return in_order[name]


@pytest.mark.parametrize("name", list(FILTERS))
def test_every_page_of_every_filter_is_an_index_search(store, in_order, name):
    f = FILTERS[name]
    mark = None
    seen: list[int] = []
    pages = 0
    while True:
        few = queue_views.few_posts(store, f)
        if few is None:
            sql, params = queue_views.page_sql(f, mark, 250)
            assert plan_problems(store.db.conn, sql, params) == [], plan(store.db.conn, sql, params)
        page = queue_views.page_after(store, f, mark, limit=250)
        seen.extend(p.id for p in page.posts)
        pages += 1
        if page.next is None:
            break
        mark = page.next
    assert seen == expected_order(in_order, store, name)
    assert queue_views.count_posts(store, f) == len(seen)
    assert pages >= 1


def test_every_view_of_the_queue_screen_has_its_plan_checked():
    from medsocial_tui.tui.screens.queue_filter import PRESETS

    checked = set(FILTERS.values())
    assert [v.name for v in PRESETS if v.filter not in checked] == []


@pytest.mark.parametrize("name", list(FILTERS))
def test_telling_a_rare_filter_from_a_common_one_reads_an_index(store, name):
    f = FILTERS[name]
    if not (f.states or f.accounts):
        return
    sub, params = queue_views._delivery_terms(f)
    for sql, given in (
        (f"SELECT count(*) FROM (SELECT 1 FROM deliveries WHERE {sub} LIMIT ?)", [*params, 10]),
        (f"SELECT post_id FROM deliveries WHERE {sub}", params),
    ):
        assert plan_problems(store.db.conn, sql, given) == [], plan(store.db.conn, sql, given)


def test_a_rare_filter_reads_its_few_posts_by_id_and_a_common_one_walks_the_order(store):
    assert queue_views.few_posts(store, FILTERS["needs a person"]) is not None
    assert queue_views.few_posts(store, F()) is None


def test_a_rare_filter_s_posts_are_read_again_only_once_the_data_changed(store):
    f = FILTERS["needs a person"]
    first = queue_views.few_posts(store, f)
    assert first is not None
    ran: list[str] = []
    store.db.conn.set_trace_callback(ran.append)
    try:
        assert queue_views.few_posts(store, f) == first
        assert [sql for sql in ran if "deliveries" in sql] == []  # remembered
        with store.write() as db:  # a change made on this same connection
            db.conn.execute(
                "UPDATE deliveries SET state = ? WHERE id = (SELECT min(id) FROM deliveries"
                " WHERE post_id NOT IN (SELECT value FROM json_each(?)))",
                (PostState.FAILED.value, json.dumps(first)),
            )
        ran.clear()
        again = queue_views.few_posts(store, f)
        assert [sql for sql in ran if "deliveries" in sql] != []
        assert again is not None and len(again) == len(first) + 1
    finally:
        store.db.conn.set_trace_callback(None)


@pytest.mark.parametrize(
    "sql",
    [
        "SELECT count(*) FROM deliveries WHERE state IN ('failed','unknown','held','todo')",
        "SELECT post_id FROM deliveries WHERE state IN ('failed','held') LIMIT 10001",
        "SELECT count(DISTINCT post_id) FROM deliveries WHERE account_id IN ('google')",
        "SELECT * FROM deliveries WHERE post_id IN (1, 2, 3)",
    ],
)
def test_the_counts_and_lookups_read_indexes(store, sql):
    assert plan_problems(store.db.conn, sql) == [], plan(store.db.conn, sql)


def test_the_checker_sees_a_scan_and_a_sort():
    import sqlite3

    conn = sqlite3.connect(":memory:")
    conn.execute("CREATE TABLE posts (id INTEGER PRIMARY KEY, text TEXT)")
    assert plan_problems(conn, "SELECT * FROM posts p WHERE p.text = 'x'")
    assert plan_problems(conn, "SELECT * FROM posts WHERE id > 3 ORDER BY text")


def test_closing_refreshes_the_statistics(demo_practice):
    fill(demo_practice.store, 300)
    with demo_practice.store.write() as db:
        db.conn.execute("DELETE FROM sqlite_stat1")
    queue_views.page_after(demo_practice.store, F(author="ppatel"))
    demo_practice.store.close()
    import sqlite3

    conn = sqlite3.connect(demo_practice.home.database_path)
    assert conn.execute("SELECT count(*) FROM sqlite_stat1 WHERE tbl='posts'").fetchone()[0]
    conn.close()


def _count_sql(f: queue_views.QueueFilter) -> tuple[str, list[object]]:
    where, params = queue_views._filter_sql(f)
    return f"SELECT count(*) FROM posts p{where}", params


def _delivery_sql(f: queue_views.QueueFilter) -> tuple[str, list[object]]:
    sub, params = queue_views._delivery_terms(f)
    return f"SELECT post_id FROM deliveries WHERE {sub}", params


def _due_page_sql() -> tuple[str, list[object]]:
    from medsocial_tui.publishing import claims

    return claims.DUE_PAGE_SQL, ["google", clock.to_iso(clock.now()), "", 0, 50]


NEEDED_BY = {
    # index: a query the product runs that reads a whole table or sorts without it (issue
    # 18, item 6: an index that no query needs, or that another serves as well, is upkeep
    # on every write for nothing). Planned without statistics, as a new practice plans.
    "posts_by_queue_order": lambda: queue_views.page_sql(F(), None, 250),
    "posts_by_status_order": lambda: _count_sql(F(status="in_review")),
    "posts_by_author_order": lambda: _count_sql(F(author="ppatel")),
    "deliveries_by_state_account": lambda: _delivery_sql(F(states=("failed", "held"))),
    "deliveries_by_account_state": lambda: _delivery_sql(F(accounts=("google",))),
    "deliveries_waiting": _due_page_sql,
}


@pytest.mark.parametrize("index", list(NEEDED_BY))
def test_each_index_is_one_a_product_query_needs(filled_home, tmp_path, index):
    import sqlite3

    home = shutil.copytree(filled_home, tmp_path / "demo")
    # no statement cache: a plan cached before the DROP would outlive the index
    conn = sqlite3.connect(home / "medsocial.db", isolation_level=None, cached_statements=0)
    try:
        conn.execute("DELETE FROM sqlite_stat1")
        conn.execute("ANALYZE sqlite_schema")
        sql, params = NEEDED_BY[index]()
        assert plan_problems(conn, sql, params) == [], plan(conn, sql, params)
        conn.execute(f"DROP INDEX {index}")
        assert plan_problems(conn, sql, params) != [], plan(conn, sql, params)
    finally:
        conn.close()


NEEDED_WITH_STATISTICS = {
    # a month of published deliveries (metrics.results, the evidence report's period) is
    # told from all of them only by the planner's statistics, which a new practice lacks
    "deliveries_published",
}


def test_every_index_on_posts_and_deliveries_names_the_query_that_needs_it(demo_practice):
    indexes = {
        r["name"]
        for r in demo_practice.store.query(
            "SELECT name FROM sqlite_schema WHERE type = 'index' AND sql IS NOT NULL"
            " AND tbl_name IN ('posts', 'deliveries')"
        )
    }
    assert indexes == set(NEEDED_BY) | NEEDED_WITH_STATISTICS
