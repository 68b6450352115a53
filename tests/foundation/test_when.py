"""Times typed by people are read in one place (when.py): impossible, past and absurd times
are refused with words and exit 2, what was understood is said back, and a bad value already
stored never stops the queue, flush or the app."""

from __future__ import annotations

import json
from datetime import UTC, datetime
from zoneinfo import ZoneInfo

import pytest

from medsocial_tui import clock
from medsocial_tui.errors import UsageError
from medsocial_tui.home.practice import open_practice
from medsocial_tui.tui.app import create_app
from medsocial_tui.tui.pilot import workers_done
from medsocial_tui.when import parse_when, understood

from .conftest import run_cli

CHICAGO = ZoneInfo("America/Chicago")
BASE = datetime(2026, 11, 30, 20, 0, tzinfo=UTC)


@pytest.mark.parametrize(
    ("words", "said"),
    [
        ("0001-01-01", "before 2000"),
        ("9999-12-31", "more than two years ahead"),
        ("Dec 31 9999", "more than two years ahead"),
        ("tomorrow 25:00", "not a time of day"),
        ("tomorrow 8:75", "not a time of day"),
        ("tomorrow 13pm", "not a time of day"),
        ("yesterday 8am", "in the past"),
    ],
)
def test_impossible_past_and_absurd_times_are_refused_with_words(words, said):
    with pytest.raises(UsageError) as refused:
        parse_when(words, CHICAGO, base=BASE)
    assert said in refused.value.for_people()
    assert refused.value.fix


@pytest.mark.parametrize("words", ["9", "12", "tomorrow 9", "friday 10", "at 9", "a"])
def test_a_number_alone_is_asked_about_not_read_as_a_month(words):
    """Typed into "When should post 6 go out?", "9" (nine o'clock) was read as September
    next year, "friday 10" as October, and the post moved there."""
    with pytest.raises(UsageError) as refused:
        parse_when(words, CHICAGO, base=BASE)
    assert refused.value.fix


@pytest.mark.parametrize(
    ("words", "read_as"),
    [
        ("tomorrow 9 am", "Tue 1 Dec 2026 09:00"),
        ("friday 9am", "Fri 4 Dec 2026 09:00"),
        ("Dec 9", "Wed 9 Dec 2026 00:00"),
        ("9 Dec 10:30", "Wed 9 Dec 2026 10:30"),
        ("Dec 24, 2026 9:00", "Thu 24 Dec 2026 09:00"),
        ("in 2 hours", "Mon 30 Nov 2026 16:00"),
    ],
)
def test_a_number_beside_a_month_am_pm_or_a_unit_is_read(words, read_as):
    assert understood(parse_when(words, CHICAGO, base=BASE), CHICAGO).startswith(read_as)


def test_a_clock_time_is_read_as_written():
    moment = parse_when("tomorrow 9:00 pm", CHICAGO, base=BASE)
    assert understood(moment, CHICAGO) == "Tue 1 Dec 2026 21:00 America/Chicago"


def test_a_filter_may_name_the_past():
    assert parse_when("yesterday 8am", CHICAGO, base=BASE, prefer="past") < BASE


def test_the_cli_refuses_year_one_and_saves_nothing(demo_home):
    before = run_cli("post", "list", "--json", "--limit", "500", home=demo_home)
    result = run_cli("post", "add", "Hi", "-a", "snapchat", "--at", "0001-01-01", home=demo_home)
    assert result.returncode == 2
    assert "before 2000" in result.stderr and "Traceback" not in result.stderr
    after = run_cli("post", "list", "--json", "--limit", "500", home=demo_home)
    assert json.loads(after.stdout) == json.loads(before.stdout)


def test_the_cli_says_what_it_understood(demo_home):
    result = run_cli(
        "post",
        "add",
        "Hi",
        "-a",
        "snapchat",
        "--at",
        "2026-12-01 09:00",
        home=demo_home,
        env={"MEDSOCIAL_NOW": "2026-11-30T20:00:00Z"},
    )
    assert result.returncode == 0, result.stderr
    assert "understood as Tue 1 Dec 2026 09:00 America/Chicago" in result.stderr


def test_the_stored_time_of_year_one_is_written_with_four_digits():
    assert clock.to_iso(datetime(1, 1, 1, 6, tzinfo=UTC)).startswith("0001-01-01T06:00")


def _store_bad_times(home) -> None:
    practice = open_practice(home)
    try:
        with practice.store.write() as db:
            first, second = [
                row[0] for row in db.conn.execute("SELECT id FROM posts ORDER BY id LIMIT 2")
            ]
            for post_id, stored in ((first, "1-01-01T05:51:00.000000Z"), (second, "soon")):
                db.conn.execute("UPDATE posts SET scheduled_at=? WHERE id=?", (stored, post_id))
                db.conn.execute(
                    "UPDATE deliveries SET scheduled_at=? WHERE post_id=?", (stored, post_id)
                )
    finally:
        practice.close()


def test_a_bad_stored_time_stops_no_reader(demo_home):
    _store_bad_times(demo_home)
    for args in (("post", "list"), ("post", "list", "--json"), ("flush", "--dry-run")):
        result = run_cli(*args, home=demo_home)
        assert "Traceback" not in result.stderr, (args, result.stderr)
        assert result.returncode in (0, 1), (args, result.stderr)


async def test_a_bad_stored_time_still_opens_the_app(demo_home):
    _store_bad_times(demo_home)
    practice = open_practice(demo_home)
    try:
        app = create_app(practice=practice)
        async with app.run_test(size=(80, 24)) as pilot:
            await workers_done(app)
            await pilot.pause()
            assert app.screen.loaded
    finally:
        practice.close()


@pytest.mark.parametrize("words", ["tomorrow", "next Monday", "Dec 24", "today", "in 3 days"])
def test_a_post_s_time_named_by_its_day_alone_is_asked_about(words):
    """ "tomorrow" was this minute of tomorrow and "next Monday" midnight."""
    with pytest.raises(UsageError) as refused:
        parse_when(words, CHICAGO, base=BASE, needs_time=True)
    assert "has no time" in refused.value.for_people()
    assert f'"{words} 9am"' in refused.value.fix


@pytest.mark.parametrize(
    ("words", "read_as"),
    [
        ("tomorrow 9am", "Tue 1 Dec 2026 09:00"),
        ("next Monday 7:30", "Mon 7 Dec 2026 07:30"),
        ("tomorrow noon", "Tue 1 Dec 2026 12:00"),
        ("tomorrow morning", "Tue 1 Dec 2026 09:00"),
        ("now", "Mon 30 Nov 2026 14:00"),
        ("in 2 hours", "Mon 30 Nov 2026 16:00"),
        ("in 30 min", "Mon 30 Nov 2026 14:30"),
    ],
)
def test_a_post_s_time_with_its_time_of_day_is_read(words, read_as):
    moment = parse_when(words, CHICAGO, base=BASE, needs_time=True)
    assert understood(moment, CHICAGO).startswith(read_as)


def test_the_cli_asks_for_the_time_of_a_day_alone(demo_home):
    result = run_cli("post", "add", "Hi", "-a", "snapchat", "--at", "tomorrow", home=demo_home)
    assert result.returncode == 2
    assert "has no time" in result.stderr
