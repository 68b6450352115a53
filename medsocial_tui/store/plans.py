"""What SQLite's planner will do with a query, in terms of the two costs that grow with the
practice: reading every row of a big table, and sorting rows in a temporary B-tree."""

from __future__ import annotations

import re
import sqlite3
from collections.abc import Sequence
from typing import Any

BIG_TABLES = ("posts", "deliveries")


def plan(conn: sqlite3.Connection, sql: str, params: Sequence[Any] = ()) -> list[str]:
    """The ``EXPLAIN QUERY PLAN`` lines of ``sql``."""
    return [row[3] for row in conn.execute(f"EXPLAIN QUERY PLAN {sql}", list(params))]


def plan_problems(conn: sqlite3.Connection, sql: str, params: Sequence[Any] = ()) -> list[str]:
    """The plan lines that read a whole big table (or all of one of its indexes) or sort in
    a temporary B-tree; empty when every step is an index search."""
    problems = []
    for line in plan(conn, sql, params):
        scan = re.match(r"SCAN (\w+)(?: AS (\w+))?", line)
        if scan and _table_of(conn, sql, scan.group(1)) in BIG_TABLES:
            problems.append(line)
        elif "TEMP B-TREE" in line:
            problems.append(line)
    return problems


def _table_of(conn: sqlite3.Connection, sql: str, name: str) -> str:
    """The table an alias in ``sql`` stands for (``FROM posts p`` -> posts)."""
    if name in BIG_TABLES:
        return name
    found = re.search(rf"\b(?:FROM|JOIN)\s+(\w+)\s+(?:AS\s+)?{re.escape(name)}\b", sql, re.I)
    return found.group(1) if found else name
