"""The queue's SQL with 100,000 posts: every query the TUI and ``post list`` run for the queue
(pages, keyset pages deep in the queue, filters by author, status, state, account and
"needs a person", counts), each timed beside an index range search on the same database in
the same run, with its query plan (SCAN / TEMP B-TREE flagged), and the database's size.
Target: <= 16 ms each, flat deep in the queue; no SCAN of posts or deliveries.

    .venv/bin/python benchmarks/queue_bench.py [--posts 100000] [--repeat 9]
"""

from __future__ import annotations

import argparse
import os
import sqlite3
import statistics
import tempfile
import time
from collections.abc import Callable
from datetime import timedelta
from pathlib import Path

from medsocial_tui import clock
from medsocial_tui.home import demo
from medsocial_tui.publishing import queue_views
from medsocial_tui.store import open_store
from medsocial_tui.store.plans import plan_problems

ACCOUNTS = ("facebook", "google", "mastodon", "linkedin")
AUTHORS = ("jreyes", "mchen", "apatel", "bench", "lkim", "dsmith")
STATUSES = ("published",) * 16 + ("approved", "in_review", "draft", "canceled")


def build(root: Path, posts: int) -> Path:
    """A demo practice with ``posts`` more posts: four accounts, most published, a few in
    every other state, one in a thousand needing a person."""
    os.environ["MEDSOCIAL_USER"] = "bench"
    home = demo.build(root, login="bench")
    store = open_store(home.database_path)
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
        rows = []
        deliveries = []
        for i in range(start, start + posts):
            status = STATUSES[i % len(STATUSES)]
            when = clock.to_iso(now - timedelta(minutes=i)) if status != "draft" else None
            rows.append((i, f"Post {i}: open late Thursdays.", AUTHORS[i % 6], status, when))
            for a in ACCOUNTS[: 1 + i % 4]:
                state = {"approved": "scheduled", "in_review": "in_review", "draft": "draft"}
                d_state = state.get(status, "canceled" if status == "canceled" else "published")
                if i % 1000 == 7:
                    d_state = ("failed", "unknown", "held", "todo")[i // 1000 % 4]
                deliveries.append((i, a, d_state, f"k{i}{a}", stamp))
        conn.executemany(
            "INSERT INTO posts (id, kind, text, author, status, scheduled_at, created_at,"
            f" updated_at) VALUES (?, 'general', ?, ?, ?, ?, '{stamp}', '{stamp}')",
            rows,
        )
        conn.executemany(
            "INSERT INTO deliveries (post_id, account_id, state, idempotency_key, updated_at)"
            " VALUES (?, ?, ?, ?, ?)",
            deliveries,
        )
        conn.execute("ANALYZE")  # as PRAGMA optimize on each close does while a queue grows
    store.close()
    return home.root


def timed(call: Callable[[], object], repeat: int) -> float:
    times = []
    for _ in range(repeat):
        started = time.perf_counter()
        call()
        times.append(time.perf_counter() - started)
    return statistics.median(times) * 1000


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--posts", type=int, default=100_000)
    parser.add_argument("--repeat", type=int, default=9)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        home = build(Path(tmp) / "home", args.posts)
        store = open_store(home / "medsocial.db")  # as the app opens it (migrations, stats)
        F = queue_views.QueueFilter
        deep = queue_views.page_after(store, F(), None, limit=args.posts * 9 // 10).next
        views = {
            "first page, all posts": (F(), None),
            "page at row 90,000": (F(), deep),
            'author = "mchen"': (F(author="mchen"), None),
            "status approved": (F(status="approved"), None),
            "needs a person": (F(states=("failed", "held", "todo", "unknown")), None),
            "state published, linkedin": (F(states=("published",), accounts=("linkedin",)), None),
            "account google": (F(accounts=("google",)), None),
        }
        baseline = timed(
            lambda: store.db.conn.execute(
                "SELECT * FROM posts WHERE id BETWEEN ? AND ?", (5000, 5100)
            ).fetchall(),
            args.repeat,
        )
        print(f"posts {args.posts:,}; an index range search of 100 rows: {baseline:6.2f} ms")
        print(f"{'query':30} {'ms':>7} {'x range':>8}  plan")
        for name, (flt, mark) in views.items():
            ms = timed(
                lambda f=flt, m=mark: queue_views.page_after(store, f, m, limit=100), args.repeat
            )
            if queue_views.few_posts(store, flt) is not None:
                plan = "few: read by id from a covering index"
            else:
                sql, params = queue_views.page_sql(flt, mark, 100)
                plan = plan_problems(store.db.conn, sql, params) or "index search"
            print(f"{name:30} {ms:7.2f} {ms / baseline:8.1f}  {plan}")
            count_ms = timed(lambda f=flt: queue_views.count_posts(store, f), args.repeat)
            print(f"{'  count':30} {count_ms:7.2f} {count_ms / baseline:8.1f}")
        waiting = timed(lambda: queue_views.waiting_count(store), args.repeat)
        print(f"{'waiting count':30} {waiting:7.2f} {waiting / baseline:8.1f}")
        store.close()
        size = (home / "medsocial.db").stat().st_size
        conn = sqlite3.connect(home / "medsocial.db")
        try:
            index_bytes = conn.execute(
                "SELECT sum(pgsize) FROM dbstat WHERE name IN"
                " (SELECT name FROM sqlite_master WHERE type='index')"
            ).fetchone()[0]
        except sqlite3.OperationalError:
            index_bytes = None
        conn.close()
        share = f", indexes {index_bytes / size:.0%}" if index_bytes else ""
        print(f"database {size / 1e6:.0f} MB for {args.posts:,} posts{share}")


if __name__ == "__main__":
    main()
