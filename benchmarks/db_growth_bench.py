"""What a year of a busy practice costs on disk, table by table and index by index.

    .venv/bin/python benchmarks/db_growth_bench.py [--days 30] [--posts-per-day 10]
        [--accounts 8] [--inbox-per-day 40]

A busy practice: ``--posts-per-day`` posts a day, each to every one of ``--accounts``
accounts, written, submitted and approved through the queue, published by a real flush (so
every delivery has its claim, attempt and audit events), ``--inbox-per-day`` comments and
messages a day stored by the inbox fetch's own writer, and the metrics fetch's samples (each
published delivery read at a day, a week and a month; each account's daily counters).
``--days`` of that are built through the real code paths, then the figures are scaled to a
year (the tables only grow by appending, so a year is 365/days times a month, give or take
a page per B-tree). Sizes come from SQLite's ``dbstat`` (pages each table and index holds).
"""

from __future__ import annotations

import argparse
import asyncio
import os
import sqlite3
import tempfile
from collections import defaultdict
from datetime import date, timedelta
from pathlib import Path

from medsocial_tui import clock
from medsocial_tui.channel import Activity, ActivityPage, DailyCounts, PostCounts
from medsocial_tui.home import demo
from medsocial_tui.home.config import write_secrets
from medsocial_tui.home.practice import open_practice
from medsocial_tui.listening import inbox_fetch, metrics
from medsocial_tui.publishing import flush, queue
from medsocial_tui.testing import reference
from medsocial_tui.testing.reference import ReferenceNetwork

TEXT = (
    "Flu shots are in! Walk-ins are welcome on weekday mornings. Bring your insurance card;"
    " most plans cover the shot at no cost. Questions? Call the front desk or book online."
    " #fluseason #community"
)
COMMENT = "Do you still have appointments on Saturday mornings for kids' check-ups?"
COUNTERS = ("followers", "impressions", "profile_views", "website_clicks", "calls", "directions")


def build(
    root: Path,
    network: ReferenceNetwork,
    days: int,
    per_day: int,
    accounts: int,
    inbox_per_day: int,
) -> tuple[
    tuple[dict[str, tuple[str, str, int]], int], tuple[dict[str, tuple[str, str, int]], int]
]:
    """The database's sizes (see :func:`sizes`) when the practice is new, and after
    ``days`` busy days."""
    os.environ["MEDSOCIAL_USER"] = "bench"
    home = demo.create_home(root, "Busy Dental", "UTC", login="bench", kind="test")
    lines = "".join(
        f'\n[[accounts]]\nid = "page-{i}"\nchannel = "loopback"\nname = "Page {i}"\n'
        f'base_url = "{network.base_url}"\n'
        for i in range(accounts)
    )
    home.config_path.write_text(
        '[practice]\nname = "Busy Dental"\ntimezone = "UTC"\none_person_practice = true\n' + lines,
        "utf-8",
    )
    write_secrets(home, {f"page-{i}": {"access_token": "good-token"} for i in range(accounts)})
    ids = [f"page-{i}" for i in range(accounts)]
    practice = open_practice(home, extra_plugins=(reference,))
    empty = sizes(home.database_path)
    # setup only: nothing here is timed, and the file's size does not depend on fsync
    practice.store.db.conn.execute("PRAGMA synchronous=OFF")
    first_day = date(2026, 1, 1)
    item = 0
    for day in range(days):
        for n in range(per_day):
            post = queue.create(
                practice,
                queue.Compose(text=f"{TEXT} ({day}.{n})", accounts=ids, scheduled_at=clock.now()),
            )
            queue.submit(practice, post.id)
            queue.approve(practice, post.id)
        asyncio.run(flush.run(practice, keep=False))
        now = clock.now()
        for account_id in ids:
            page = []
            for _ in range(inbox_per_day // accounts):
                item += 1
                page.append(
                    Activity(
                        remote_id=f"c{item:012d}",
                        kind="comment",
                        author_name="Sam Example",
                        text=COMMENT,
                        created_at=now,
                        author_handle="sam.example",
                        permalink=f"https://loopback.example/p/{item}#c",
                        on_remote_id=f"p{item:012d}",
                        thread={"root": f"p{item:012d}"},
                    )
                )
            cursor = practice.store.one(
                "SELECT cursor FROM inbox_cursors WHERE account_id=?", (account_id,)
            )
            inbox_fetch.store_page(
                practice.store,
                account_id,
                cursor["cursor"] if cursor else None,
                ActivityPage(items=page, cursor=f"cursor-{item}", more=False),
            )
            with practice.store.write():  # as the metrics writer runs it: in a transaction
                metrics._write_days(
                    practice.store,
                    account_id,
                    [DailyCounts(first_day + timedelta(days=day), dict.fromkeys(COUNTERS, 1234))],
                )
        published = practice.store.query(
            "SELECT d.id, d.account_id, d.remote_id FROM deliveries d"
            " LEFT JOIN post_metrics m ON m.delivery_id = d.id"
            " WHERE d.state = 'published' AND m.delivery_id IS NULL"
        )
        by_account: dict[str, list] = defaultdict(list)
        for row in published:
            by_account[row["account_id"]].append(row)
        for account_id, rows in by_account.items():
            for age, _delta in metrics.AGES:
                batch = [metrics.Due(r["id"], r["remote_id"], age) for r in rows]
                read = [
                    PostCounts(r["remote_id"], {"likes": 12, "comments": 3, "shares": 1})
                    for r in rows
                ]
                with practice.store.write():
                    metrics._write_posts(practice.store, account_id, batch, read)
    practice.close()
    return empty, sizes(home.database_path)


def sizes(path: Path) -> tuple[dict[str, tuple[str, str, int]], int]:
    """Bytes per table and index (name -> (type, table, bytes)), and the file's size."""
    conn = sqlite3.connect(path)
    try:
        kinds = {
            name: (kind, table)
            for name, kind, table in conn.execute("SELECT name, type, tbl_name FROM sqlite_master")
        }
        found = {
            name: (*kinds.get(name, ("table", name)), int(size))
            for name, size in conn.execute("SELECT name, sum(pgsize) FROM dbstat GROUP BY name")
        }
    finally:
        conn.close()
    return found, path.stat().st_size


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--days", type=int, default=30)
    parser.add_argument("--posts-per-day", type=int, default=10)
    parser.add_argument("--accounts", type=int, default=8)
    parser.add_argument("--inbox-per-day", type=int, default=40)
    args = parser.parse_args()
    with ReferenceNetwork() as network, tempfile.TemporaryDirectory() as tmp:
        (before, empty_file), (after, file_size) = build(
            Path(tmp) / "home",
            network,
            args.days,
            args.posts_per_day,
            args.accounts,
            args.inbox_per_day,
        )
    scale = 365 / args.days
    deliveries = args.posts_per_day * args.accounts * 365
    print(
        f"a year of {args.posts_per_day} posts a day to {args.accounts} accounts "
        f"({deliveries:,} deliveries), {args.inbox_per_day} inbox items a day, metrics "
        f"samples; built {args.days} days through the real code, scaled x{scale:.1f}"
    )
    grown = {
        name: (kind, table, size - before.get(name, (kind, table, 0))[2])
        for name, (kind, table, size) in after.items()
    }
    total = sum(size for _kind, _table, size in grown.values())
    indexes = sum(
        size
        for name, (kind, _t, size) in grown.items()
        if kind == "index" or name.startswith("sqlite_autoindex")
    )
    print(f"{'what grows (table, or index of table)':46} {'MB a year':>10} {'share':>6}")
    for name, (kind, table, size) in sorted(grown.items(), key=lambda kv: -kv[1][2]):
        if size * scale >= 0.05e6:
            label = name if kind == "table" else f"  {name} ({table})"
            print(f"{label:46} {size * scale / 1e6:10.1f} {size / total:6.1%}")
    year = empty_file + (file_size - empty_file) * scale
    print(
        f"{'a year, whole file':46} {year / 1e6:10.1f}   (indexes {indexes / total:.0%} of the"
        f" growth; {(year - empty_file) / deliveries / 1e3:.2f} KB per delivery, everything"
        " included)"
    )


if __name__ == "__main__":
    main()
