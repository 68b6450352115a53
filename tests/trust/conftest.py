"""A real practice home (made by `medsocial init`, so the environment cannot change who is
signed in), with staff, and the real console script run in subprocesses.

A staff member is reached as an SSH forced command would reach them: the owner runs
``medsocial --home H --as-ssh-user LOGIN`` with what they typed in SSH_ORIGINAL_COMMAND."""

from __future__ import annotations

import os
import pwd
import shutil
import subprocess
import sys
import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest

from medsocial_tui import clock
from medsocial_tui.home import demo
from medsocial_tui.records import staff
from medsocial_tui.records.acting import ActingAs
from medsocial_tui.store import open_store

MEDSOCIAL = str(Path(sys.executable).parent / "medsocial")
OWNER = pwd.getpwuid(os.geteuid()).pw_name
STAFF = (
    ("jreyes", "Jordan Reyes", "author"),
    ("mchen", "Dr. Marcus Chen", "approver"),
    ("lbrooks", "Linda Brooks", "author,approver"),
)


def clean_env(**extra: str) -> dict[str, str]:
    env = {
        k: v
        for k, v in os.environ.items()
        if not k.startswith("MEDSOCIAL_") and k not in ("SUDO_USER", "SUDO_UID")
    }
    env["MEDSOCIAL_PLUGINS"] = "manual"
    env.update(extra)
    return env


def run(
    *args: str,
    home: Path | None = None,
    env: dict[str, str] | None = None,
    stdin: str | bytes | None = None,
) -> subprocess.CompletedProcess[str]:
    """The real medsocial, as the owner (this test's OS user)."""
    argv = [MEDSOCIAL, *(["--home", str(home)] if home else []), *args]
    data = stdin.encode() if isinstance(stdin, str) else stdin
    done = subprocess.run(argv, capture_output=True, env=env or clean_env(), input=data, timeout=60)
    return subprocess.CompletedProcess(
        done.args,
        done.returncode,
        done.stdout.decode("utf-8", "replace"),
        done.stderr.decode("utf-8", "replace"),
    )


def as_staff(
    login: str, home: Path, typed: str, stdin: str | bytes | None = None, **env: str
) -> subprocess.CompletedProcess[str]:
    """What `ssh <service account>@host TYPED` runs for the key of ``login``."""
    return run(
        "--as-ssh-user",
        login,
        home=home,
        env=clean_env(SSH_ORIGINAL_COMMAND=typed, SSH_CONNECTION="127.0.0.1 1 127.0.0.1 22", **env),
        stdin=stdin,
    )


MANUAL_ACCOUNT = """
[[accounts]]
id = "snapchat"
channel = "manual"
name = "Snapchat"
[accounts.settings]
network = "Snapchat"
"""


@pytest.fixture(autouse=True)
def keep_the_clock_rule():
    """Opening a real practice home in this process stops MEDSOCIAL_NOW from pinning the
    clock; put the rule back as it was for the tests that run next in this worker."""
    before = clock.environment_trusted()
    yield
    clock.trust_environment(before)


@pytest.fixture
def home_parent(tmp_path: Path) -> Path:
    """The folder the practice home is made in."""
    return tmp_path


@pytest.fixture
def practice_home(home_parent: Path) -> Path:
    """A practice home as `medsocial init` makes it (not a demo or test home): the owner is
    its admin; three staff; one manual account; staff keys go to a file in the test's
    folder."""
    tmp_path = home_parent
    home = demo.create_home(tmp_path / "maple", "Maple Street Dental", "America/Chicago").root
    config = home / "practice.toml"
    config.write_text(
        config.read_text("utf-8")
        + MANUAL_ACCOUNT
        + f'\n[ssh]\nauthorized_keys = "{tmp_path / "authorized_keys"}"\n',
        "utf-8",
    )
    store = open_store(home / "medsocial.db")
    try:
        for login, name, roles in STAFF:
            staff.add(
                ActingAs(store, OWNER), login=login, name=name, roles=staff.parse_roles(roles)
            )
    finally:
        store.close()
    return home


def post_id(result: subprocess.CompletedProcess[str]) -> int:
    """The id in `post N saved ...`."""
    assert result.returncode == 0, result.stderr
    return int(result.stdout.split()[1])


@pytest.fixture
def shared_folder() -> Iterator[Path]:
    """A folder other OS users can pass through (pytest's own tmp folders are root's alone)."""
    folder = Path(tempfile.mkdtemp(prefix="medsocial-trust-", dir="/tmp"))
    folder.chmod(0o755)
    yield folder
    shutil.rmtree(folder, ignore_errors=True)


def runnable_by(login: str, program: str) -> bool:
    done = subprocess.run(
        ["runuser", "-u", login, "--", program, "--version"],
        capture_output=True,
        env=clean_env(),
        timeout=60,
    )
    return done.returncode == 0


def program_for_others(folder: Path, login: str) -> str | None:
    """A medsocial program another OS user can run: this one, or, when this Python lives
    where others cannot reach (a root-only pyenv), the system's Python of the same version
    reading this virtualenv's packages. None when there is neither."""
    if runnable_by(login, MEDSOCIAL):
        return MEDSOCIAL
    system = Path(f"/usr/bin/python{sys.version_info.major}.{sys.version_info.minor}")
    if not system.exists():
        return None
    site_packages = next(Path(sys.prefix).glob("lib/python3*/site-packages"))
    script = folder / "medsocial"
    script.write_text(
        f"#!{system} -s\n"
        "import site, sys\n"
        f"site.addsitedir({str(site_packages)!r})\n"
        "from medsocial_tui.cli import main\n"
        "sys.exit(main())\n",
        "utf-8",
    )
    script.chmod(0o755)
    return str(script) if runnable_by(login, str(script)) else None
