"""Alt text: networks that show it (declared in the channel's limits) require it for every
image, and the guard reads it like the post's own text."""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest
from PIL import Image
from test_authorisations import fake, practice  # noqa: F401 - shared fixtures

from medsocial_tui.compose import media
from medsocial_tui.errors import ComplianceBlocked, UsageError
from medsocial_tui.publishing import guard, queue
from medsocial_tui.testing.cli import invoke


@pytest.fixture
def picture(tmp_path) -> Path:
    path = tmp_path / "smile.png"
    Image.new("RGB", (40, 30), "white").save(path)
    return path


def _compose(practice, picture, alt: str, accounts=("mastodon",)) -> queue.Compose:  # noqa: F811
    entry = media.attach(practice, picture, alt_text=alt)
    return queue.Compose(text="Our new waiting room.", accounts=list(accounts), media=[entry])


def test_channels_that_show_alt_text_declare_it(practice):  # noqa: F811
    assert practice.plugins.channels["mastodon"].limits().alt_text
    assert not practice.plugins.channels["manual"].limits().alt_text


def test_an_image_without_alt_text_is_a_blocking_problem_where_the_network_shows_it(
    practice,  # noqa: F811
    picture,
):
    problems = queue.preview(practice, _compose(practice, picture, "", ("mastodon", "snap")))
    blocking = [p.message for p in problems["mastodon"] if p.blocking]
    assert any("has no alt text" in m for m in blocking)
    assert not [p for p in problems["snap"] if "alt text" in p.message]
    described = queue.preview(practice, _compose(practice, picture, "A bright waiting room"))
    assert not [p for p in described["mastodon"] if "no alt text" in p.message]


def test_submit_refuses_an_image_without_alt_text(practice, picture):  # noqa: F811
    post = queue.create(practice, _compose(practice, picture, ""))
    with pytest.raises(UsageError, match="no alt text"):
        queue.submit(practice, post.id)


def test_the_guard_reads_alt_text_like_the_post(practice, picture):  # noqa: F811
    post = queue.create(
        practice, _compose(practice, picture, "Maria Lopez, DOB 03/04/1950, after her implant")
    )
    assert any(guard.report_for(practice, t).blocking for t in guard.texts_of(practice, post))
    with pytest.raises(ComplianceBlocked):
        queue.submit(practice, post.id)


def test_the_cli_attaches_with_alt_text_and_stops_phi_in_it(tmp_path, picture, monkeypatch):
    from medsocial_tui.home import demo

    monkeypatch.setenv("MEDSOCIAL_USER", "frontdesk")
    home = demo.build(tmp_path / "demo", login="frontdesk").root

    def cli(*args: str) -> subprocess.CompletedProcess[str]:
        return invoke(*args, home=home, login="frontdesk")

    bare = cli("post", "add", "New chairs!", "-a", "mastodon", "--media", str(picture), "--submit")
    assert bare.returncode == 2 and "no alt text" in bare.stderr + bare.stdout
    leaky = cli(
        "post", "add", "New chairs!", "-a", "mastodon", "--media", str(picture),
        "--alt", "John Carter, MRN 4488123, in the chair", "--submit",
    )  # fmt: skip
    assert leaky.returncode == 11, leaky.stderr + leaky.stdout
    fine = cli(
        "post", "add", "New chairs!", "-a", "mastodon", "--media", str(picture),
        "--alt", "Two blue dental chairs by a window", "--submit",
    )  # fmt: skip
    assert fine.returncode == 0, fine.stderr + fine.stdout
