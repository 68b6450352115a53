"""What the TUI reads from the core: keyset pages of the queue, the review list, to-dos with
copy-ready text, account health, attachments checked and copied, times read for filters."""

from __future__ import annotations

import sqlite3
from datetime import timedelta

import pytest
from PIL import Image

from medsocial_tui import clock
from medsocial_tui.compose import media
from medsocial_tui.errors import InvalidTransition, UsageError
from medsocial_tui.home import health
from medsocial_tui.publishing import queue, queue_views
from medsocial_tui.when import parse_when

from .conftest import switch


def test_keyset_pages_walk_the_queue_in_order_without_repeats(demo_practice):
    store = demo_practice.store
    seen, mark = [], None
    while True:
        page = queue_views.page_after(store, queue_views.QueueFilter(), mark, limit=5)
        seen.extend(p.id for p in page.posts)
        if page.next is None:
            break
        mark = page.next
    assert seen == [p.id for p in queue_views.page(store, limit=100)]
    assert len(seen) == queue_views.count_posts(store) == 12


def test_keyset_pages_follow_the_filter(demo_practice):
    flt = queue_views.QueueFilter(states=("published",), accounts=("mastodon",))
    first = queue_views.page_after(demo_practice.store, flt, None, limit=1)
    rest = queue_views.page_after(demo_practice.store, flt, first.next, limit=10)
    posts = first.posts + rest.posts
    assert len(posts) == queue_views.count_posts(demo_practice.store, flt) and rest.next is None
    assert all(
        any(d.account_id == "mastodon" and d.state.value == "published" for d in p.deliveries)
        for p in posts
    )


def test_the_queue_order_is_read_from_an_index(demo_practice):
    plan = demo_practice.store.query(
        "EXPLAIN QUERY PLAN SELECT p.id FROM posts p WHERE"
        " (coalesce(p.scheduled_at, p.created_at), p.id) < ('2030', 1)"
        " ORDER BY coalesce(p.scheduled_at, p.created_at) DESC, p.id DESC LIMIT 100"
    )
    assert any("posts_by_queue_order" in row["detail"] for row in plan)


def test_review_lists_others_posts_and_nothing_for_authors(demo_practice):
    switch(demo_practice, "ppatel")
    waiting = queue_views.reviewable(demo_practice)
    assert waiting and all(p.author != "ppatel" and p.status == "in_review" for p in waiting)
    switch(demo_practice, "jreyes")
    assert queue_views.reviewable(demo_practice) == []


def test_review_includes_own_posts_only_in_a_one_person_practice(demo_practice):
    approver = queue.me(switch(demo_practice, "jreyes"))
    mine = queue_views.waiting_for_review(demo_practice.store, approver)
    everything = queue_views.waiting_for_review(demo_practice.store, approver, own_too=True)
    assert not [p for p in mine if p.author == "jreyes"]
    assert [p for p in everything if p.author == "jreyes"]


def test_todos_carry_where_to_post_and_the_text(demo_practice):
    [todo] = queue_views.todos(demo_practice)
    assert todo.network == "Snapchat"
    assert todo.where == "https://www.snapchat.com/add/maplestdental"
    assert todo.text.startswith("Flu season is here.")


def test_a_post_with_nothing_left_to_move_is_not_rescheduled(demo_practice):
    switch(demo_practice, "jreyes")
    published = next(
        p
        for p in queue_views.page(demo_practice.store, limit=50)
        if p.deliveries and all(d.state.value == "published" for d in p.deliveries)
    )
    with pytest.raises(InvalidTransition, match="nothing left to move"):
        queue.reschedule(demo_practice, published.id, clock.now() + timedelta(days=1))


def test_account_statuses_name_missing_plugins_manual_accounts_and_quiet_pages(demo_practice):
    long_ago = clock.to_iso(clock.now() - timedelta(days=30))
    with demo_practice.store.write() as db:
        db.conn.execute("UPDATE accounts SET last_published_at=? WHERE id='mastodon'", (long_ago,))
    statuses = {s.account_id: s for s in health.account_statuses(demo_practice)}
    if "facebook" not in demo_practice.plugins.channels:
        assert not statuses["facebook"].plugin_loaded
        assert statuses["facebook"].worst == "problem"
    assert statuses["snapchat"].by_hand and statuses["snapchat"].authorisation == "by hand"
    if "mastodon" in demo_practice.plugins.channels:
        assert statuses["mastodon"].quiet


def test_an_image_is_checked_and_copied_into_the_home(demo_practice, tmp_path):
    picture = tmp_path / "smile.png"
    Image.new("RGB", (40, 30), "white").save(picture)
    entry = media.attach(demo_practice, picture, alt_text="a smile")
    copied = demo_practice.home.root / entry["path"]
    assert copied.read_bytes() == picture.read_bytes()
    assert copied.parent == demo_practice.home.media_dir
    assert (entry["mime_type"], entry["width"], entry["height"]) == ("image/png", 40, 30)
    assert media.attach(demo_practice, picture)["path"] == entry["path"]


@pytest.mark.parametrize(
    ("name", "content", "words"),
    [
        ("missing.png", None, "there is no file"),
        ("notes.png", b"not a picture", "not an image or video"),
        ("empty.jpg", b"", "is empty"),
    ],
)
def test_a_file_that_cannot_be_attached_is_refused_in_words(
    demo_practice, tmp_path, name, content, words
):
    path = tmp_path / name
    if content is not None:
        path.write_bytes(content)
    with pytest.raises(UsageError, match=words):
        media.attach(demo_practice, path)


def test_a_filter_date_prefers_the_past(demo_practice):
    tz = demo_practice.tz
    now = clock.now()
    assert parse_when("monday", tz, prefer="past") < now < parse_when("monday", tz)


def test_a_reader_connection_cannot_write(demo_practice):
    reader = demo_practice.reader()
    try:
        assert reader.one("SELECT count(*) AS n FROM posts")["n"] == 12
        with pytest.raises(sqlite3.OperationalError):
            reader.db.conn.execute("DELETE FROM posts")
    finally:
        reader.close()
