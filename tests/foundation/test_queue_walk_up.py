"""The queue walked back up (``page_before``, as the TUI reads when a person scrolls up past
the rows it holds) gives the same posts in the same order as walking down, each page an
index search like ``page_after``'s."""

from __future__ import annotations

import pytest

from medsocial_tui.publishing import queue_views
from medsocial_tui.store.plans import plan, plan_problems

from .test_queue_plans import (  # noqa: F401 - fixtures
    FILTERS,
    expected_order,
    filled_home,
    in_order,
    store,
)


@pytest.mark.parametrize("name", list(FILTERS))
def test_walking_up_reads_the_queue_in_order_from_indexes(store, in_order, name):  # noqa: F811
    f = FILTERS[name]
    expected = expected_order(in_order, store, name)
    if not expected:
        pytest.skip("nothing matches")
    last = queue_views.page_after(store, f, None, limit=len(expected) + 1).posts[-1]
    mark: queue_views.PageMark | None = queue_views.mark_of(last)
    seen = [last.id]
    while mark is not None:
        if queue_views.few_posts(store, f) is None:
            sql, params = queue_views.page_before_sql(f, mark, 250)
            assert plan_problems(store.db.conn, sql, params) == [], plan(store.db.conn, sql, params)
        page = queue_views.page_before(store, f, mark, limit=250)
        seen = [p.id for p in page.posts] + seen
        mark = page.next
    assert seen == expected
