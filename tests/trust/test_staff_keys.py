"""Staff keys on the service account: `staff add --ssh-key` and `staff key add|remove|list`
write authorized_keys lines that force medsocial with the login, keep every other line, and
only an admin may change them."""

from __future__ import annotations

import json
import shlex
import shutil
import subprocess
from pathlib import Path

import pytest

from .conftest import MEDSOCIAL, as_staff, run

pytestmark = pytest.mark.skipif(shutil.which("ssh-keygen") is None, reason="needs ssh-keygen")


def new_key(folder: Path, name: str) -> tuple[str, str]:
    """A fresh ed25519 key's .pub line and its fingerprint as ssh-keygen prints it."""
    path = folder / name
    subprocess.run(
        ["ssh-keygen", "-q", "-t", "ed25519", "-N", "", "-C", f"{name}@laptop", "-f", str(path)],
        check=True,
    )
    shown = subprocess.run(
        ["ssh-keygen", "-l", "-f", f"{path}.pub"], capture_output=True, text=True, check=True
    ).stdout
    return Path(f"{path}.pub").read_text().strip(), shown.split()[1]


def test_staff_add_with_a_key_writes_a_forced_command_line(practice_home, tmp_path):
    keys = tmp_path / "authorized_keys"
    keys.write_text("ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIOtherAdminKeyKeptAsItIs admin\n")
    line, fingerprint = new_key(tmp_path, "tina")
    added = run(
        "staff", "add", "tnguyen", "--name", "Tina Nguyen", "--ssh-key", line, home=practice_home
    )
    assert added.returncode == 0, added.stderr
    assert fingerprint in added.stdout
    lines = keys.read_text().splitlines()
    assert lines[0].endswith("admin")
    options, kind, _blob, comment = lines[1].rsplit(" ", 3)
    assert options.endswith(",restrict,pty") and kind == "ssh-ed25519"
    command = shlex.split(lines[1].split('"')[1])
    assert command == [MEDSOCIAL, "--home", str(practice_home), "--as-ssh-user", "tnguyen"]
    assert comment == "medsocial:tnguyen"
    assert keys.stat().st_mode & 0o077 == 0
    listed = json.loads(run("staff", "key", "list", "--json", home=practice_home).stdout)
    assert listed == [{"login": "tnguyen", "type": "ssh-ed25519", "fingerprint": fingerprint}]


def test_key_add_and_remove_one_by_fingerprint(practice_home, tmp_path):
    first, first_fp = new_key(tmp_path, "a")
    second, second_fp = new_key(tmp_path, "b")
    assert run("staff", "key", "add", "jreyes", first, home=practice_home).returncode == 0
    assert (
        run("staff", "key", "add", "jreyes", "-", home=practice_home, stdin=second).returncode == 0
    )
    removed = run("staff", "key", "remove", "jreyes", "--fingerprint", first_fp, home=practice_home)
    assert removed.returncode == 0 and first_fp in removed.stdout
    listed = json.loads(run("staff", "key", "list", "--json", home=practice_home).stdout)
    assert [k["fingerprint"] for k in listed] == [second_fp]


def test_the_same_key_cannot_belong_to_two_people(practice_home, tmp_path):
    line, _ = new_key(tmp_path, "shared")
    assert run("staff", "key", "add", "jreyes", line, home=practice_home).returncode == 0
    again = run("staff", "key", "add", "mchen", line, home=practice_home)
    assert again.returncode == 10
    assert "already jreyes's key" in again.stderr


def test_only_an_admin_changes_keys(practice_home, tmp_path):
    line, _ = new_key(tmp_path, "x")
    refused = as_staff("jreyes", practice_home, f"staff key add jreyes '{line}'")
    assert refused.returncode == 8
    assert not (tmp_path / "authorized_keys").exists()


@pytest.mark.parametrize(
    "text",
    [
        'command="/bin/sh" ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIGx',
        "ssh-ed25519 not-base64!!",
        "ssh-rsa AAAAC3NzaC1lZDI1NTE5AAAAIOtherAdminKeyKeptAsItIs",
        "-----BEGIN OPENSSH PRIVATE KEY-----",
    ],
)
def test_anything_but_a_public_key_line_is_refused(practice_home, text, tmp_path):
    result = run("staff", "key", "add", "jreyes", text, home=practice_home)
    assert result.returncode == 2, result.stderr
    assert "Traceback" not in result.stderr
    assert not (tmp_path / "authorized_keys").exists()


def test_deactivating_someone_takes_their_keys_out(practice_home, tmp_path):
    line, fingerprint = new_key(tmp_path, "leaver")
    assert run("staff", "key", "add", "lbrooks", line, home=practice_home).returncode == 0
    done = run("staff", "deactivate", "lbrooks", home=practice_home)
    assert done.returncode == 0 and fingerprint in done.stdout
    assert "lbrooks" not in (tmp_path / "authorized_keys").read_text()


def test_the_doctor_warns_of_a_key_that_opens_a_shell_beside_staff_keys(practice_home, tmp_path):
    def shell_warnings() -> list[dict]:
        result = run("doctor", "--json", home=practice_home)
        return [f for f in json.loads(result.stdout) if f["area"] == "ssh keys"]

    line, _ = new_key(tmp_path, "bare")
    (tmp_path / "authorized_keys").write_text(line + "\n")
    assert shell_warnings() == []
    staff_key, _ = new_key(tmp_path, "ok")
    assert run("staff", "key", "add", "jreyes", staff_key, home=practice_home).returncode == 0
    warnings = shell_warnings()
    assert len(warnings) == 1 and "opens a shell" in warnings[0]["message"]
    assert "bare@laptop" in warnings[0]["message"]
