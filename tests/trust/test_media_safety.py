"""Attachments: resolved inside media/, opened without following links, their SHA-256
recorded when attached and checked at send time; reached as the service account for someone
else, a file is streamed in, never read by a path they name."""

from __future__ import annotations

import asyncio
import io
import json
import os
from pathlib import Path

import pytest
from PIL import Image

from medsocial_tui import clock
from medsocial_tui.compose import media
from medsocial_tui.errors import UsageError
from medsocial_tui.home.identity import Access, Identity
from medsocial_tui.home.practice import open_practice
from medsocial_tui.publishing import flush, queue
from medsocial_tui.testing import reference
from medsocial_tui.testing.practice_home import LOGIN, practice_with_account
from medsocial_tui.testing.reference import ReferenceNetwork

from .conftest import as_staff, post_id, run


def png(colour: str) -> bytes:
    out = io.BytesIO()
    Image.new("RGB", (64, 64), colour).save(out, format="PNG")
    return out.getvalue()


@pytest.fixture
def network():
    with ReferenceNetwork() as api:
        yield api


@pytest.fixture
def practice(tmp_path, network, monkeypatch):
    monkeypatch.setenv("MEDSOCIAL_USER", LOGIN)
    opened = practice_with_account(
        tmp_path / "home",
        account_id="page",
        channel="loopback",
        base_url=network.base_url,
        secrets={"access_token": "good-token"},
    )
    opened.close()
    practice = open_practice(opened.home, extra_plugins=(reference,))
    yield practice
    practice.close()


def post_with_picture(practice, tmp_path: Path) -> tuple[int, Path]:
    source = tmp_path / "flu.png"
    source.write_bytes(png("red"))
    entry = media.attach(practice, source)
    assert len(entry["sha256"]) == 64
    post = queue.create(
        practice,
        queue.Compose(
            text="Flu shots all week.",
            accounts=["page"],
            media=[entry],
            scheduled_at=clock.now(),
        ),
    )
    queue.submit(practice, post.id)
    queue.approve(practice, post.id)
    return post.id, practice.home.root / entry["path"]


def flush_once(practice):
    return asyncio.run(flush.run(practice))


def delivery(practice, post_id: int) -> dict:
    row = practice.store.one("SELECT * FROM deliveries WHERE post_id=?", (post_id,))
    assert row is not None
    return row


def test_an_untouched_picture_goes_out(practice, tmp_path, network):
    number, _ = post_with_picture(practice, tmp_path)
    flush_once(practice)
    assert delivery(practice, number)["state"] == "published"


def test_a_picture_swapped_after_approval_is_not_sent(practice, tmp_path, network):
    number, stored = post_with_picture(practice, tmp_path)
    stored.write_bytes(png("blue"))
    flush_once(practice)
    row = delivery(practice, number)
    assert row["state"] == "failed"
    assert "changed after it was attached" in row["last_error"]
    assert network.posts == []


def test_a_picture_replaced_by_a_link_to_another_file_is_not_sent(practice, tmp_path, network):
    number, stored = post_with_picture(practice, tmp_path)
    secret = tmp_path / "only-the-publisher-reads.png"
    secret.write_bytes(png("red"))
    stored.unlink()
    stored.symlink_to(secret)
    flush_once(practice)
    row = delivery(practice, number)
    assert row["state"] == "failed"
    assert "a link is never followed" in row["last_error"]
    assert network.posts == []


def test_an_entry_pointing_outside_media_is_not_sent(practice, tmp_path, network):
    number, _ = post_with_picture(practice, tmp_path)
    row = practice.store.one("SELECT media FROM posts WHERE id=?", (number,))
    entries = json.loads(row["media"])
    entries[0]["path"] = "/etc/passwd"
    with practice.store.write() as db:
        db.conn.execute("UPDATE posts SET media=? WHERE id=?", (json.dumps(entries), number))
    flush_once(practice)
    # Refused before anything is read: the approval no longer matches the media, and the
    # path is outside media/ (whichever check speaks first, nothing is sent).
    error = delivery(practice, number)["last_error"]
    assert (
        "outside the practice's media folder" in error or "changed after it was approved" in error
    )
    assert delivery(practice, number)["state"] != "published"


def test_names_that_leave_the_media_folder_are_refused(practice):
    for name in ("../practice.toml", "media/../secrets.toml", "/etc/passwd"):
        with pytest.raises(UsageError):
            media._open_inside(practice.home.media_dir, name)


def test_for_someone_reached_over_ssh_a_path_is_refused_and_a_stored_name_works(practice, tmp_path):
    source = tmp_path / "x.png"
    source.write_bytes(png("green"))
    stored = Path(media.attach(practice, source)["path"]).name
    practice.identity = Identity("jreyes", Access.SSH)
    with pytest.raises(UsageError, match="cannot be attached by its path"):
        media.attach(practice, source)
    with pytest.raises(UsageError, match="cannot be attached by its path"):
        media.attach(practice, "/etc/shadow")
    assert media.attach(practice, stored)["sha256"]


def test_over_ssh_attach_streams_a_file_in_and_post_add_uses_its_name(practice_home):
    sent = as_staff("jreyes", practice_home, "attach --name flu.png --json", stdin=png("red"))
    assert sent.returncode == 0, sent.stderr
    name = json.loads(sent.stdout)["attach_as"]
    assert (practice_home / "media" / name).is_file()
    written = as_staff("jreyes", practice_home, f"post add 'Flu shots.' -a snapchat --media {name}")
    shown = run("post", "show", str(post_id(written)), "--json", home=practice_home)
    assert shown.returncode == 0
    refused = as_staff("jreyes", practice_home, "post add 'x' -a snapchat --media /etc/passwd")
    assert refused.returncode == 2
    assert "cannot be attached by its path" in refused.stderr
    junk = as_staff("jreyes", practice_home, "attach", stdin=b"not a picture at all")
    assert junk.returncode == 2 and "not an image or video" in junk.stderr
    assert not [p for p in (practice_home / "media").iterdir() if p.name.startswith(".")]
    assert os.listdir(practice_home / "media") == [name]


def test_a_video_streamed_in_without_a_name_is_known_by_its_bytes(practice):
    movie = b"\x00\x00\x00\x18ftypmp42" + b"\x00" * 4000
    entry = media.store_stream(practice, io.BytesIO(movie))
    assert entry["mime_type"] == "video/mp4" and entry["path"].endswith(".mp4")
