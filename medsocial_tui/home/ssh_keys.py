"""Staff SSH keys on the practice's service account (the gitolite model).

Each key is one ``authorized_keys`` line that forces medsocial with the staff login::

    command="/opt/medsocial/.venv/bin/medsocial --home /srv/medsocial/maple --as-ssh-user jreyes",restrict,pty ssh-ed25519 AAAA... medsocial:jreyes

``restrict`` turns off forwarding, agent and X11 and any ``~/.ssh/rc``; ``pty`` gives the app
a terminal back. sshd runs that command whatever the person typed (which arrives in
``SSH_ORIGINAL_COMMAND``, see :func:`medsocial_tui.home.identity.forced_command_argv`), so the
key decides who they are. Lines medsocial did not write are kept as they are.
"""

from __future__ import annotations

import base64
import binascii
import fcntl
import hashlib
import os
import pwd
import re
import shlex
import struct
import sys
from dataclasses import dataclass
from pathlib import Path

from medsocial_tui.errors import ConfigError, InvalidTransition, NotFound, UsageError
from medsocial_tui.home.identity import LOGIN_PATTERN, SSH_OPTION
from medsocial_tui.home.practice import Practice
from medsocial_tui.records import audit
from medsocial_tui.records.staff import Action, by_login, named, require_login

KEY_TYPES = frozenset(
    {
        "ssh-ed25519",
        "ssh-rsa",
        "ecdsa-sha2-nistp256",
        "ecdsa-sha2-nistp384",
        "ecdsa-sha2-nistp521",
        "sk-ssh-ed25519@openssh.com",
        "sk-ecdsa-sha2-nistp256@openssh.com",
    }
)
OPTIONS = "restrict,pty"
_OURS = re.compile(
    r'^command="(?P<command>[^"]*)",restrict,pty (?P<kind>\S+) (?P<blob>\S+)(?: .*)?$'
)


@dataclass(frozen=True)
class PublicKey:
    """An OpenSSH public key: its type and base64 body (the comment is not kept)."""

    kind: str
    blob: str

    @property
    def fingerprint(self) -> str:
        """As ``ssh-keygen -l`` prints it: SHA256:<base64 without padding>."""
        raw = hashlib.sha256(base64.b64decode(self.blob)).digest()
        return "SHA256:" + base64.b64encode(raw).decode().rstrip("=")


@dataclass(frozen=True)
class StaffKey:
    """One staff member's key as written in authorized_keys."""

    login: str
    key: PublicKey


def parse_key(text: str) -> PublicKey:
    """A public key as ``ssh-keygen`` writes it (``type base64 [comment]``); anything else,
    options in front of it included, is refused in words."""
    words = text.strip().split()
    if len(words) < 2 or words[0] not in KEY_TYPES:
        raise UsageError(
            "that is not an SSH public key",
            fix="give the one line of the person's .pub file, e.g. `ssh-ed25519 AAAA... name` "
            "(ssh-keygen -t ed25519 makes one); never the private key",
        )
    kind, blob = words[0], words[1]
    try:
        raw = base64.b64decode(blob, validate=True)
        (length,) = struct.unpack(">I", raw[:4])
        named = raw[4 : 4 + length].decode("ascii")
    except (binascii.Error, struct.error, UnicodeDecodeError):
        raise UsageError(
            "the key's base64 body is damaged", fix="copy the .pub line again"
        ) from None
    if named != kind:
        raise UsageError(
            f"the key says it is {kind} but its body is {named!r}",
            fix="copy the .pub line again",
        )
    return PublicKey(kind, blob)


def authorized_keys_path(practice: Practice) -> Path:
    """Where the keys go: ``[ssh] authorized_keys`` in practice.toml, else the service
    account's ``~/.ssh/authorized_keys``."""
    if practice.config.ssh_authorized_keys:
        return Path(practice.config.ssh_authorized_keys)
    return Path(pwd.getpwuid(os.geteuid()).pw_dir) / ".ssh" / "authorized_keys"


def medsocial_program(practice: Practice) -> str:
    """The program a key forces: ``[ssh] command``, else this medsocial."""
    if practice.config.ssh_command:
        return practice.config.ssh_command
    beside = Path(sys.executable).parent / "medsocial"
    if beside.exists():
        return str(beside)
    raise ConfigError(
        "cannot tell where the medsocial program is",
        where=str(practice.home.config_path),
        fix='add [ssh] command = "/opt/medsocial/.venv/bin/medsocial" to practice.toml',
    )


def forced_command(practice: Practice, login: str) -> str:
    words = [medsocial_program(practice), "--home", str(practice.home.root), SSH_OPTION, login]
    command = " ".join(shlex.quote(w) for w in words)
    if '"' in command or "\\" in command:
        raise ConfigError(
            "the program or home path holds a quote or a backslash, which authorized_keys "
            "cannot carry",
            where=str(practice.home.config_path),
            fix="install medsocial and keep the home under paths without them",
        )
    return command


def _ours(practice: Practice, line: str) -> StaffKey | None:
    match = _OURS.match(line.strip())
    if match is None:
        return None
    try:
        words = shlex.split(match["command"])
    except ValueError:
        return None
    if SSH_OPTION not in words or "--home" not in words:
        return None
    home = words[words.index("--home") + 1 : words.index("--home") + 2]
    login = words[words.index(SSH_OPTION) + 1 : words.index(SSH_OPTION) + 2]
    if home != [str(practice.home.root)] or not login:
        return None
    return StaffKey(login[0], PublicKey(match["kind"], match["blob"]))


def _read(path: Path) -> list[str]:
    try:
        return path.read_text("utf-8").splitlines()
    except FileNotFoundError:
        return []
    except (OSError, UnicodeDecodeError) as exc:
        raise ConfigError(
            f"cannot read {path} ({exc})",
            where=str(path),
            fix="it must belong to the practice's service account, mode 600",
        ) from None


def _write(path: Path, lines: list[str]) -> None:
    """Replace the file in one step, mode 0600, its folder 0700."""
    path.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
    tmp = path.with_name(f".{path.name}.medsocial-tmp")
    fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC | os.O_NOFOLLOW, 0o600)
    with os.fdopen(fd, "w", encoding="utf-8") as handle:
        handle.write("".join(line + "\n" for line in lines))
        handle.flush()
        os.fsync(handle.fileno())
    os.replace(tmp, path)


class _Locked:
    """An exclusive lock beside authorized_keys while it is read and rewritten."""

    def __init__(self, path: Path) -> None:
        path.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
        self.fd = os.open(path.with_name(".medsocial-keys.lock"), os.O_RDWR | os.O_CREAT, 0o600)

    def __enter__(self) -> _Locked:
        fcntl.flock(self.fd, fcntl.LOCK_EX)
        return self

    def __exit__(self, *exc: object) -> None:
        fcntl.flock(self.fd, fcntl.LOCK_UN)
        os.close(self.fd)


def keys(practice: Practice) -> list[StaffKey]:
    """The staff keys for this practice home, in file order."""
    found = (_ours(practice, line) for line in _read(authorized_keys_path(practice)))
    return [k for k in found if k is not None]


def shell_keys(practice: Practice) -> list[str]:
    """Keys in authorized_keys that force no command: each opens a shell as the service
    account (its comment, or its type when it has none). Only asked once staff keys are
    there: in a one-person office the owner's own keys are theirs to have."""
    lines = _read(authorized_keys_path(practice))
    if not any(_ours(practice, line) for line in lines):
        return []
    found = []
    for line in lines:
        text = line.strip()
        if not text or text.startswith("#") or 'command="' in text.split(" ", 1)[0]:
            continue
        words = text.split()
        kinds = [i for i, w in enumerate(words) if w in KEY_TYPES]
        if kinds:
            rest = words[kinds[0] + 2 :]
            found.append(" ".join(rest) or words[kinds[0]])
    return found


def add_key(practice: Practice, login: str, key_text: str) -> StaffKey:
    """Let ``login`` (an active staff member) in with this key (admins only)."""
    store = practice.store
    actor = require_login(store, practice.login, Action.MANAGE_STAFF)
    if not LOGIN_PATTERN.match(login):
        raise UsageError(f"{login!r} is not a login", fix="lowercase letters, digits, - _ .")
    member = named(
        store, login, fix=f"add them first: medsocial staff add {login} --name ... --ssh-key ..."
    )
    if not member.active:
        raise InvalidTransition(f"{member.name} is deactivated; a deactivated login gets no key")
    key = parse_key(key_text)
    path = authorized_keys_path(practice)
    with _Locked(path):
        lines = _read(path)
        for line in lines:
            words = line.split()
            if key.blob in words:
                owner = _ours(practice, line)
                whose = f"{owner.login}'s" if owner else "another line's"
                raise InvalidTransition(
                    f"this key is already {whose} key in {path}",
                    fix="each person uses their own key; remove the old one first",
                )
        line = f'command="{forced_command(practice, login)}",{OPTIONS} {key.kind} {key.blob} medsocial:{login}'
        _write(path, [*lines, line])
    with store.write() as db:
        audit.record(
            db, actor.login, "staff.key_added", "staff", member.id, fingerprint=key.fingerprint
        )
    return StaffKey(login, key)


def remove_keys(practice: Practice, login: str, fingerprint: str | None = None) -> list[StaffKey]:
    """Take ``login``'s keys (or the one with ``fingerprint``) out (admins only); what was
    removed. The person's SSH sessions already open stay open until they end."""
    store = practice.store
    actor = require_login(store, practice.login, Action.MANAGE_STAFF)
    path = authorized_keys_path(practice)
    removed: list[StaffKey] = []
    with _Locked(path):
        kept: list[str] = []
        for line in _read(path):
            ours = _ours(practice, line)
            if (
                ours is not None
                and ours.login == login
                and (fingerprint is None or ours.key.fingerprint == fingerprint)
            ):
                removed.append(ours)
            else:
                kept.append(line)
        if not removed:
            which = f" with fingerprint {fingerprint}" if fingerprint else ""
            raise NotFound(
                f"{login} has no key{which} in {path}", fix="`medsocial staff key list` shows them"
            )
        _write(path, kept)
    member = by_login(store, login)
    with store.write() as db:
        for gone in removed:
            audit.record(
                db,
                actor.login,
                "staff.key_removed",
                "staff",
                member.id if member else login,
                fingerprint=gone.key.fingerprint,
            )
    return removed
