"""One copy of each rule (issue 16 item 2): the HTTP client, today in the practice's
timezone, what an account still needs, the to-do list and the guard's context each live in
one place, which the faces call; a copy elsewhere fails here."""

from __future__ import annotations

import asyncio
import re
from datetime import timedelta
from pathlib import Path

import pytest

import medsocial_tui
from medsocial_tui import __version__
from medsocial_tui.accounts.connections import readiness
from medsocial_tui.home import demo, web
from medsocial_tui.home.practice import open_practice
from medsocial_tui.publishing import queue_views
from medsocial_tui.testing.fakeapi import FakeAPI, Reply
from medsocial_tui.when import duration_words

from .conftest import LOGIN

CORE = Path(medsocial_tui.__file__).parent
CORE_FILES = [p for p in sorted(CORE.rglob("*.py")) if "testing" not in p.relative_to(CORE).parts]
"""The core and its faces (the CLI and the TUI); the test kit may build what it likes."""


def _code(path: Path) -> str:
    return path.read_text("utf-8")


def _copies(pattern: str, allowed: set[str]) -> list[str]:
    found = re.compile(pattern)
    return [
        str(p.relative_to(CORE))
        for p in CORE_FILES
        if str(p.relative_to(CORE)) not in allowed and found.search(_code(p))
    ]


def test_only_web_builds_an_http_client():
    assert _copies(r"httpx\.(Async)?Client\(", {"home/web.py"}) == []


def test_only_clock_says_what_day_it_is():
    assert _copies(r"now\(\)\s*\.astimezone\([^)]*\)\s*\.date\(\)", {"clock.py"}) == []
    assert _copies(r"clock\.now\(\)\.date\(\)", set()) == []
    faces = [p for p in CORE_FILES if {"tui", "cli"} & set(p.relative_to(CORE).parts)]
    own_today = re.compile(r"def _?today\(")
    assert [p.name for p in faces if own_today.search(_code(p))] == [], "ask Practice.today()"


def test_only_display_fits_text_to_a_cell():
    """One ellipsis rule (display.fit / one_line) for the CLI's tables and the TUI's cells."""
    cut = r"\[:[^\]]*\]\s*\+\s*\(?\s*\"…\""
    assert _copies(cut, {"display.py", "listening/report.py"}) == []


def test_the_headless_runs_start_in_one_place():
    """flush and inbox fetch open the practice, say its warnings and take their run lock
    through cli.common.start_run."""
    assert _copies(r"runlock\.take\(", {"cli/common.py"}) == []


def test_only_connections_asks_what_an_account_lacks():
    assert _copies(r"\.missing_(credentials|settings)\(", {"accounts/connections.py"}) == []


def test_the_todo_command_asks_the_queue():
    code = _code(CORE / "cli" / "todo.py")
    assert "queue_views.todos(" in code
    assert "FROM deliveries" not in code


def test_only_the_guard_builds_its_context():
    assert _copies(r"PracticeContext\.from_config\(", {"publishing/guard.py"}) == []


def test_the_faces_pass_the_practice_to_the_records():
    """Records writes take the practice (its store, who is signed in, the guard's context):
    no face hands a record the guard's context, and one helper words a mistyped day."""
    assert _copies(r"context=guard\.context_for\(", set()) == []
    assert _copies(r"is not a date\b", {"records/policy.py"}) == []


@pytest.mark.parametrize(
    ("minutes", "words"),
    [(0, "0 min"), (59, "59 min"), (60, "1 h"), (250, "4 h 10 min"), (3000, "2 days")],
)
def test_one_spelling_for_a_length_of_time(minutes, words):
    assert duration_words(timedelta(minutes=minutes)) == words


@pytest.fixture
def practice(tmp_path, as_login):
    home = demo.create_home(
        tmp_path / "h", "Oak Dental", "America/Chicago", login=LOGIN, kind="test"
    )
    opened = open_practice(home)
    yield opened
    opened.close()


def test_the_practice_client_names_medsocial_and_follows_no_redirect(practice):
    """A redirect to another host would carry an account's token there: never followed."""
    with FakeAPI() as elsewhere, FakeAPI() as api:

        @api.route("GET", r"/me")
        def me(request):
            return Reply(302, None, {"Location": f"{elsewhere.base_url}/steal"})

        async def ask():
            async with practice.http_client() as client:
                return await client.get(f"{api.base_url}/me", headers={"Authorization": "Bearer t"})

        response = asyncio.run(ask())
        assert response.status_code == 302
        assert elsewhere.requests == []
        sent = {k.lower(): v for k, v in api.requests[0].headers.items()}
        assert sent["user-agent"] == f"medsocial/{__version__}" == web.USER_AGENT
        timeout = practice.http_client().timeout
        assert timeout.read == practice.config.request_timeout_seconds


def test_readiness_says_what_an_unconnected_account_needs(practice, tmp_path):
    config = practice.home.config_path
    config.write_text(
        config.read_text("utf-8")
        + '\n[[accounts]]\nid = "page"\nchannel = "mastodon"\nname = "Oak on Mastodon"\n',
        "utf-8",
    )
    reopened = open_practice(practice.home)
    try:
        needs = readiness(reopened, "page")
        assert needs.plugin_missing is None
        assert not needs.can_post
        assert needs.problem().startswith("not connected (missing ")
        assert needs.what_to_do().startswith("Oak on Mastodon is not connected: add ")
        assert queue_views.todos(reopened) == []
    finally:
        reopened.close()
