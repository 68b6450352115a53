"""The multi-user recipe of docs/deploy.md, end to end over real SSH: a service account owns
the practice home, two staff members reach the app with their own keys through a real sshd
on loopback (its own config and host key), and a loopback Mastodon receives what is
published. Each identity and data attack from issue 15 is refused in words, while the author
composes with a picture streamed in, the approver approves in the full-screen app over
`ssh -t` in tmux, and the service account's flush publishes it."""

from __future__ import annotations

import io
import json
import os
import shutil
import socket
import subprocess
import time
import uuid
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
from medsocial_mastodon.fake import TOKEN, FakeMastodon
from PIL import Image

from .conftest import clean_env, program_for_others

SSHD = shutil.which("sshd") or "/usr/sbin/sshd"

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(os.geteuid() != 0, reason="creates OS users and runs sshd: needs root"),
    pytest.mark.skipif(
        not Path(SSHD).exists() or shutil.which("ssh") is None,
        reason="openssh-server is not installed (.ci/run installs it)",
    ),
    pytest.mark.skipif(
        shutil.which("useradd") is None or shutil.which("ssh-keygen") is None,
        reason="needs useradd and ssh-keygen",
    ),
]


def png() -> bytes:
    out = io.BytesIO()
    Image.new("RGB", (120, 80), "teal").save(out, format="PNG")
    return out.getvalue()


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@dataclass
class Box:
    """The office machine: the service account, its practice home, sshd, staff keys."""

    account: str
    home: Path
    program: str
    port: int
    keys: dict[str, Path]
    folder: Path

    def ssh_argv(self, login: str, *, tty: bool = False, env: dict[str, str] | None = None):
        argv = [
            "ssh",
            "-F",
            "/dev/null",
            "-i",
            str(self.keys[login]),
            "-p",
            str(self.port),
            "-o",
            "IdentitiesOnly=yes",
            "-o",
            "BatchMode=yes",
            "-o",
            "StrictHostKeyChecking=no",
            "-o",
            f"UserKnownHostsFile={self.folder / 'known_hosts'}",
            "-o",
            "LogLevel=ERROR",
        ]
        for name, value in (env or {}).items():
            argv += ["-o", f"SetEnv={name}={value}"]
        argv += ["-tt"] if tty else ["-T"]
        return [*argv, f"{self.account}@127.0.0.1"]

    def ssh(
        self, login: str, command: str, stdin: bytes | None = None, **env: str
    ) -> subprocess.CompletedProcess[str]:
        """`ssh <account>@127.0.0.1 COMMAND` with ``login``'s key."""
        done = subprocess.run(
            [*self.ssh_argv(login, env=env), "--", command],
            input=stdin,
            capture_output=True,
            timeout=60,
            env=clean_env(),
        )
        return subprocess.CompletedProcess(
            done.args, done.returncode, done.stdout.decode(), done.stderr.decode()
        )

    def as_account(self, *args: str) -> subprocess.CompletedProcess[str]:
        """What cron (or the administrator) runs as the service account."""
        return subprocess.run(
            ["runuser", "-u", self.account, "--", self.program, "--home", str(self.home), *args],
            capture_output=True,
            text=True,
            timeout=120,
            env={k: v for k, v in clean_env().items() if k != "MEDSOCIAL_PLUGINS"},
        )


def wait_for_port(port: int, process: subprocess.Popen[bytes]) -> None:
    deadline = time.monotonic() + 15
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise AssertionError(f"sshd stopped: {process.stderr.read().decode()}")  # type: ignore[union-attr]
        with socket.socket() as s:
            if s.connect_ex(("127.0.0.1", port)) == 0:
                return
        time.sleep(0.1)
    raise AssertionError("sshd never listened")


@pytest.fixture
def mastodon() -> Iterator[FakeMastodon]:
    with FakeMastodon() as fake:
        yield fake


@pytest.fixture
def box(shared_folder: Path, mastodon: FakeMastodon) -> Iterator[Box]:
    account = f"ms{uuid.uuid4().hex[:8]}"
    account_home = shared_folder / account
    subprocess.run(
        [
            "useradd",
            "--create-home",
            "--home-dir",
            str(account_home),
            "--shell",
            "/bin/sh",
            account,
        ],
        check=True,
    )
    subprocess.run(["usermod", "-p", "*", account], check=True)
    made_privsep = not Path("/run/sshd").exists()
    sshd: subprocess.Popen[bytes] | None = None
    try:
        program = program_for_others(shared_folder, account)
        if program is None:
            pytest.skip("no Python the service account can run medsocial with")
        home = account_home / "maple"
        created = subprocess.run(
            ["runuser", "-u", account, "--", program, "init", "--home", str(home),
             "--practice", "Maple Street Dental", "--timezone", "America/Chicago"],
            capture_output=True, text=True, env=clean_env(), timeout=120,
        )  # fmt: skip
        assert created.returncode == 0, created.stderr
        config = home / "practice.toml"
        config.write_text(
            config.read_text("utf-8")
            + f'\n[[accounts]]\nid = "mastodon"\nchannel = "mastodon"\nname = "@maple"\n'
            f'base_url = "{mastodon.base_url}"\n\n[ssh]\ncommand = "{program}"\n',
            "utf-8",
        )
        secrets = home / "secrets.toml"
        secrets.write_text(f'[accounts.mastodon]\naccess_token = "{TOKEN}"\n', "utf-8")
        for path in (config, secrets):
            shutil.chown(path, account, account)
        secrets.chmod(0o600)

        keys: dict[str, Path] = {}
        box = Box(account, home, program, free_port(), keys, shared_folder)
        for login, name, roles in (
            ("jreyes", "Jordan Reyes", "author"),
            ("mchen", "Dr. Marcus Chen", "approver"),
        ):
            key = shared_folder / f"{login}_key"
            subprocess.run(
                ["ssh-keygen", "-q", "-t", "ed25519", "-N", "", "-f", str(key)], check=True
            )
            keys[login] = key
            added = box.as_account(
                "staff", "add", login, "--name", name, "--roles", roles,
                "--ssh-key", (shared_folder / f"{login}_key.pub").read_text(),
            )  # fmt: skip
            assert added.returncode == 0, added.stderr

        host_key = shared_folder / "host_key"
        subprocess.run(
            ["ssh-keygen", "-q", "-t", "ed25519", "-N", "", "-f", str(host_key)], check=True
        )
        sshd_config = shared_folder / "sshd_config"
        sshd_config.write_text(
            f"Port {box.port}\nListenAddress 127.0.0.1\nHostKey {host_key}\n"
            f"PidFile {shared_folder / 'sshd.pid'}\nAuthorizedKeysFile .ssh/authorized_keys\n"
            "PubkeyAuthentication yes\nPasswordAuthentication no\n"
            "KbdInteractiveAuthentication no\nUsePAM no\nStrictModes yes\n"
            f"AllowUsers {account}\nPermitUserEnvironment no\n"
            # Deliberately let clients send these: the app itself must ignore them.
            "AcceptEnv MEDSOCIAL_* SUDO_USER LANG\n"
            "LogLevel ERROR\n",
            "utf-8",
        )
        Path("/run/sshd").mkdir(mode=0o755, exist_ok=True)
        sshd = subprocess.Popen(
            [SSHD, "-D", "-e", "-f", str(sshd_config)],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.PIPE,
        )
        wait_for_port(box.port, sshd)
        yield box
    finally:
        if sshd is not None:
            sshd.terminate()
            sshd.wait(timeout=10)
        subprocess.run(["pkill", "-KILL", "-u", account], capture_output=True)
        subprocess.run(["userdel", "--force", account], capture_output=True)
        if made_privsep:
            shutil.rmtree("/run/sshd", ignore_errors=True)


class Terminal:
    """A tmux window running `ssh -t` into the app, read from its screen."""

    def __init__(self, name: str, argv: list[str], socket_name: str) -> None:
        self.name, self.socket = name, socket_name
        command = " ".join(f"'{a}'" for a in argv)
        self.tmux("new-session", "-d", "-s", name, "-x", "80", "-y", "24",
                  f"env TERM=xterm-256color {command}")  # fmt: skip

    def tmux(self, *args: str) -> str:
        return subprocess.run(
            ["tmux", "-L", self.socket, *args], capture_output=True, text=True, check=True
        ).stdout

    def keys(self, *keys: str) -> None:
        for key in keys:
            self.tmux("send-keys", "-t", self.name, key)
            time.sleep(0.2)

    def screen(self) -> str:
        return self.tmux("capture-pane", "-t", self.name, "-p")

    def wait_for(self, text: str, seconds: float = 30.0) -> str:
        deadline = time.monotonic() + seconds
        while time.monotonic() < deadline:
            shown = self.screen()
            if text in shown:
                return shown
            time.sleep(0.3)
        raise AssertionError(f"{text!r} never appeared; the screen shows:\n{self.screen()}")


def test_two_staff_compose_approve_and_publish_over_ssh_while_every_attack_is_refused(
    box: Box, mastodon: FakeMastodon
):
    # The home is the service account's alone.
    assert box.home.stat().st_mode & 0o077 == 0
    assert (box.home / "medsocial.db").stat().st_mode & 0o022 == 0

    # Who you are is your key, whatever the environment says.
    seen = box.ssh("jreyes", "whoami --json", MEDSOCIAL_USER="mchen", SUDO_USER="mchen")
    assert json.loads(seen.stdout) == {"login": "jreyes", "access": "ssh", "roles": ["author"]}

    # The author streams a picture in and writes the post.
    sent = box.ssh("jreyes", "attach --name flu.png --json", stdin=png())
    assert sent.returncode == 0, sent.stderr
    picture = json.loads(sent.stdout)["attach_as"]
    written = box.ssh(
        "jreyes",
        f"post add 'Walk-in flu shots all week at the office.' -a mastodon --media {picture} "
        "--alt 'A nurse giving a flu shot' --submit --json",
    )
    assert written.returncode == 0, written.stderr
    post = json.loads(written.stdout)["id"]

    # Approving their own post by naming the approver, or anything else with their key, fails.
    forged = box.ssh("jreyes", f"post approve {post}", MEDSOCIAL_USER="mchen")
    assert forged.returncode == 8 and "Not allowed" in forged.stderr
    backdated = box.ssh(
        "jreyes",
        "post add 'Open late tomorrow.' -a mastodon --at 'tomorrow 9am' --json",
        MEDSOCIAL_NOW="2020-01-01T00:00:00Z",
    )
    assert json.loads(backdated.stdout)["scheduled_at"][:4] >= str(time.gmtime().tm_year)
    for typed, words in (
        ("sh -c 'cat maple/medsocial.db'", "No such command 'sh'"),
        ("--as-ssh-user mchen post approve 1", "cannot be given over SSH"),
        ("post list --home /tmp", "cannot be given over SSH"),
        ("init --home /tmp/x --practice X --timezone UTC", "not available over SSH"),
        ("post add 'x' -a mastodon --media /etc/shadow", "cannot be attached by its path"),
        ("staff add crony --name Crony --roles admin", "Not allowed"),
    ):
        refused = box.ssh("jreyes", typed)
        assert refused.returncode != 0, typed
        assert words in refused.stderr, (typed, refused.stderr)
        assert "Traceback" not in refused.stderr
    argv = box.ssh_argv("jreyes")
    tunnel = subprocess.run(
        [*argv[:-1], "-W", f"127.0.0.1:{box.port}", argv[-1]],
        capture_output=True, text=True, timeout=30, env=clean_env(), input="",
    )  # fmt: skip
    assert tunnel.returncode == 255 and "forwarding failed" in tunnel.stderr
    assert tunnel.returncode != 0

    # The approver approves in the full-screen app, over ssh -t, at 80x24.
    socket_name = f"medsocial-ssh-{uuid.uuid4().hex[:8]}"
    try:
        approver = Terminal("approver", box.ssh_argv("mchen", tty=True), socket_name)
        approver.wait_for("Dr. Marcus Chen (approver)")
        approver.keys("v")
        approver.wait_for("1 waiting for your review")
        approver.wait_for("Guard: nothing found now")  # approving waits for the findings
        approver.keys("a")
        approver.wait_for("Nothing waits for you.")
        approver.keys("Escape", "q")
    finally:
        subprocess.run(["tmux", "-L", socket_name, "kill-server"], capture_output=True)
    shown = json.loads(box.ssh("jreyes", f"post show {post} --json").stdout)
    assert shown["approved_by"] == "mchen"

    # The service account's flush (cron) publishes it, picture and all.
    flushed = box.as_account("flush")
    assert flushed.returncode == 0, flushed.stdout + flushed.stderr
    assert [s["content"] for s in mastodon.statuses] == [
        "<p>Walk-in flu shots all week at the office.</p>"
    ]
    assert len(mastodon.statuses[0]["media_attachments"]) == 1

    # Taking a key out locks its holder out.
    removed = box.as_account("staff", "key", "remove", "jreyes")
    assert removed.returncode == 0, removed.stderr
    assert box.ssh("jreyes", "whoami").returncode == 255
