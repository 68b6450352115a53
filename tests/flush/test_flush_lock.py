"""One flush at a time per practice, by a lock inside the home (not in /tmp, where anyone
could hold it): a second run says who holds it and does nothing; the lock goes with the
process however it ends."""

from __future__ import annotations

import fcntl
import json
import os
import stat

from medsocial_tui.publishing.runlock import LOCK_NAME, FlushLock, take

from .conftest import flush_process, make_home


def test_a_second_flush_while_one_runs_says_so_and_does_nothing(
    tmp_path, network, entry_point_path
):
    home = make_home(tmp_path / "h", network, accounts=1, posts=2)
    held = take(home)
    assert isinstance(held, FlushLock)
    try:
        proc = flush_process(home, entry_point_path, "--json")
        out, err = proc.communicate(timeout=60)
    finally:
        held.release()
    assert proc.returncode == 0, err
    assert "another flush is running for this practice" in err
    assert f"pid {os.getpid()}" in err
    assert json.loads(out)["deliveries"] == [] and network.posts == []
    proc = flush_process(home, entry_point_path, "--json")
    out, err = proc.communicate(timeout=60)
    assert proc.returncode == 0, err
    assert len(network.posts) == 2


def test_the_lock_is_a_private_file_in_the_home(tmp_path, network):
    home = make_home(tmp_path / "h", network, accounts=1, posts=0)
    held = take(home)
    assert isinstance(held, FlushLock)
    held.release()
    path = home.root / LOCK_NAME
    assert stat.S_IMODE(path.stat().st_mode) == 0o600


def test_a_link_planted_where_the_lock_goes_is_not_followed(tmp_path, network):
    home = make_home(tmp_path / "h", network, accounts=1, posts=0)
    elsewhere = tmp_path / "elsewhere"
    elsewhere.write_text("keep")
    (home.root / LOCK_NAME).symlink_to(elsewhere)
    from medsocial_tui.errors import HomeError

    try:
        take(home)
    except HomeError as refused:
        assert "not a plain file" in refused.fix
    else:
        raise AssertionError("the lock followed a symlink")
    assert elsewhere.read_text() == "keep"


def test_the_lock_is_free_again_once_its_holder_is_gone(tmp_path, network):
    home = make_home(tmp_path / "h", network, accounts=1, posts=0)
    held = take(home)
    assert isinstance(held, FlushLock)
    held.release()
    fd = os.open(home.root / LOCK_NAME, os.O_RDWR)
    try:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
    finally:
        os.close(fd)
