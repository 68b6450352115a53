"""Who is signed in, learned from the system and never from an environment variable.

A practice home belongs to one service account: the OS user that owns the folder. People
reach it in one of three ways, and each tells the process who they are in a way a colleague
cannot forge (docs/deploy.md explains the setup and what each check rests on):

- **SSH key** on the service account: the key's ``authorized_keys`` line (written by
  ``medsocial staff key add``; only the service account and root can change that file)
  forces ``medsocial --home H --as-ssh-user LOGIN``. What the person typed after
  ``ssh medsocial@box`` arrives in ``SSH_ORIGINAL_COMMAND`` and is read as medsocial's own
  arguments, never run by a shell.
- **sudo** as the service account: the login is ``SUDO_USER``, believed only when the
  process runs as the service account and its parent is ``sudo`` running as root.
- **the owner itself**: a one-person office running medsocial as its own login, or the
  administrator on the service account (``runuser -u medsocial -- medsocial ...``).

Demo and test homes, marked so in their database when ``medsocial demo`` or the test helpers
create them, also read ``MEDSOCIAL_USER`` and ``MEDSOCIAL_NOW``; every other home ignores
both.
"""

from __future__ import annotations

import enum
import os
import pwd
import re
import shlex
from collections.abc import Mapping, MutableMapping, Sequence
from dataclasses import dataclass
from pathlib import Path

from medsocial_tui import clock
from medsocial_tui.errors import PermissionDenied, UsageError

USER_ENV = "MEDSOCIAL_USER"
NOW_ENV = "MEDSOCIAL_NOW"
SSH_OPTION = "--as-ssh-user"

LOGIN_PATTERN = re.compile(r"^[a-z_][a-z0-9_.-]{0,31}$")
"""An OS login as useradd accepts it by default (and as a staff login is written)."""

HOME_KINDS = ("practice", "demo", "test")
"""A home's kind, kept in its database: only demo and test homes let the environment choose
who is signed in and what time it is."""

FORCED_REFUSED_COMMANDS = frozenset({"init", "demo"})
"""Commands a person reaching the app through SSH or sudo may not run: they create homes."""


class Access(enum.StrEnum):
    """How the person reached the app."""

    OWNER = "owner"
    SSH = "ssh"
    SUDO = "sudo"
    ENVIRONMENT = "environment"

    @property
    def restricted(self) -> bool:
        """Through SSH or sudo the process runs as the service account for someone else: it
        must not hand out a shell ($EDITOR) or read or write a file by a path they name."""
        return self in (Access.SSH, Access.SUDO)


@dataclass(frozen=True)
class Identity:
    """The signed-in person's login and how the process knows it."""

    login: str
    access: Access
    """How the login is known: through SSH, sudo or the environment."""

    @property
    def restricted(self) -> bool:
        return self.access.restricted

    def in_words(self) -> str:
        how = {
            Access.OWNER: "the OS user that owns the practice home",
            Access.SSH: "the SSH key on the service account",
            Access.SUDO: "sudo (SUDO_USER)",
            Access.ENVIRONMENT: f"{USER_ENV} (allowed in demo and test homes only)",
        }[self.access]
        return f"{self.login}, known from {how}"


_ssh_login: str | None = None


def declare_ssh_login(login: str | None) -> None:
    """Record the login the forced command named (``--as-ssh-user``); checked on sign-in."""
    global _ssh_login
    if login is not None and not LOGIN_PATTERN.match(login):
        raise UsageError(
            f"{login!r} is not a login",
            where=SSH_OPTION,
            fix="the authorized_keys line names a login such as jreyes "
            "(medsocial staff key add writes it)",
        )
    _ssh_login = login


def ssh_login() -> str | None:
    return _ssh_login


def login_of(uid: int) -> str:
    """The OS login of a user id (its number when the system has no name for it)."""
    try:
        return pwd.getpwuid(uid).pw_name
    except KeyError:
        return str(uid)


def owner_of(root: Path) -> int:
    return root.stat().st_uid


def _proc_status(pid: int) -> tuple[str, int, int] | None:
    """A process's name, parent and effective uid from /proc, or None when unknown."""
    try:
        fields = dict(
            line.split(":", 1)
            for line in Path(f"/proc/{pid}/status").read_text("utf-8").splitlines()
            if ":" in line
        )
        name = fields["Name"].strip()
        ppid = int(fields["PPid"].split()[0])
        euid = int(fields["Uid"].split()[1])
    except (OSError, KeyError, ValueError, IndexError):
        return None
    return name, ppid, euid


def started_by_sudo() -> bool:
    """True when this process's parent is ``sudo`` running as root and both our real and
    effective user are the target account (as sudo leaves them). Only root can make a
    process whose parent is a root-owned sudo, so a colleague cannot fake it."""
    parent = _proc_status(os.getppid())
    if parent is None:
        return False
    name, _, parent_euid = parent
    return name == "sudo" and parent_euid == 0 and os.getuid() == os.geteuid()


def _refuse_other_user(root: Path, owner: int, me: int) -> PermissionDenied:
    account = login_of(owner)
    who = login_of(me)
    if me == 0:
        return PermissionDenied(
            f"root is not the practice's account: {root} belongs to {account}",
            where=str(root),
            fix=f"run it as that account, e.g. `runuser -u {account} -- medsocial ...`, so "
            "every file it writes stays the service account's",
        )
    return PermissionDenied(
        f"{who} cannot open this practice directly: {root} belongs to the service account "
        f"{account}",
        where=str(root),
        fix=f"reach it as staff with `ssh {account}@<this machine>` (an admin adds your key "
        f"with `medsocial staff key add {who} ...`) or `sudo -u {account} medsocial`; "
        "see docs/deploy.md",
    )


def sign_in(root: Path, kind: str, environ: Mapping[str, str] | None = None) -> Identity:
    """Who is signed in to the home at ``root`` (of ``kind``), from the system.

    Also decides whether the clock may be pinned by ``MEDSOCIAL_NOW``: only in demo and test
    homes. Raises :class:`PermissionDenied` when this process is not the home's account."""
    env = os.environ if environ is None else environ
    trusted_env = kind in ("demo", "test")
    clock.trust_environment(trusted_env)
    owner = require_owner(root)
    sudo = started_by_sudo() and bool(env.get("SUDO_USER"))
    if _ssh_login is not None:
        if sudo:
            raise PermissionDenied(
                f"{SSH_OPTION} is for the SSH forced command, not for sudo",
                fix="run `sudo -u <service account> medsocial ...` without it: sudo says "
                "who you are",
            )
        return Identity(_ssh_login, Access.SSH)
    if sudo:
        user = env["SUDO_USER"]
        if env.get("SUDO_UID") == "0" or user == "root":
            return Identity(login_of(owner), Access.OWNER)
        return Identity(user, Access.SUDO)
    if trusted_env and env.get(USER_ENV):
        return Identity(env[USER_ENV], Access.ENVIRONMENT)
    return Identity(login_of(owner), Access.OWNER)


def require_owner(root: Path) -> int:
    """The uid that owns the home; raises :class:`PermissionDenied` in words when this
    process runs as anyone else (a colleague's own login, or root)."""
    try:
        owner = owner_of(root)
    except OSError as exc:
        raise PermissionDenied(
            f"cannot look at the practice home {root} ({exc.strerror})",
            where=str(root),
            fix="check the path; staff reach the practice through SSH or sudo (docs/deploy.md)",
        ) from None
    me = os.geteuid()
    if me != owner:
        raise _refuse_other_user(root, owner, me)
    return owner


def process_access(environ: Mapping[str, str] | None = None) -> Access:
    """How this process was reached, before any home is opened (for commands like ``init``
    that create one)."""
    env = os.environ if environ is None else environ
    if _ssh_login is not None:
        return Access.SSH
    if started_by_sudo() and env.get("SUDO_USER") and env.get("SUDO_UID") != "0":
        return Access.SUDO
    return Access.OWNER


def scrub_environment(environ: MutableMapping[str, str]) -> list[str]:
    """Drop every MEDSOCIAL_* variable (home, plugins, credentials, login, time) for a person
    reaching the app as the service account: an sshd that accepts client variables, or a
    sudo rule that keeps them, must not let them steer it. The names dropped."""
    dropped = [name for name in environ if name.startswith("MEDSOCIAL_")]
    for name in dropped:
        del environ[name]
    return dropped


def reached_for_someone_else(argv: Sequence[str], environ: Mapping[str, str]) -> bool:
    """Whether this process runs as the service account on someone else's behalf (an SSH
    forced command, or sudo), judged before any argument is parsed."""
    forced = SSH_OPTION in argv or any(a.startswith(SSH_OPTION + "=") for a in argv)
    return forced or (bool(environ.get("SUDO_USER")) and started_by_sudo())


def forced_command_argv(argv: Sequence[str], environ: Mapping[str, str]) -> list[str]:
    """The arguments to run for an SSH forced command: the forced global options, then what
    the person typed (``SSH_ORIGINAL_COMMAND``) split like a shell would, but never run by
    one. Anything that would change the home or the identity, or create a home, is refused.
    Without ``--as-ssh-user`` the arguments are returned unchanged."""
    args = list(argv)
    if SSH_OPTION not in args and not any(a.startswith(SSH_OPTION + "=") for a in args):
        return args
    typed = environ.get("SSH_ORIGINAL_COMMAND")
    if typed is None:
        return args
    try:
        words = shlex.split(typed)
    except ValueError as exc:
        raise UsageError(
            f"cannot read the command {typed!r} ({exc})", fix="check the quotes"
        ) from None
    if words and words[0] in ("medsocial", "medsocial_tui"):
        words = words[1:]
    if not words:
        return args
    first = words[0]
    if first.startswith("-") and first not in ("--help", "--version"):
        raise UsageError(
            f"{first} cannot be given over SSH",
            fix="the home and who you are are fixed by your key; "
            "type a command such as `post list`",
        )
    if first in FORCED_REFUSED_COMMANDS:
        raise PermissionDenied(
            f"`{first}` creates a practice home and is not available over SSH",
            fix="the administrator runs it as the service account (see docs/deploy.md)",
        )
    for word in words:
        if word in ("--home", SSH_OPTION) or word.startswith(("--home=", SSH_OPTION + "=")):
            raise UsageError(
                f"{word.split('=')[0]} cannot be given over SSH",
                fix="the home and who you are are fixed by your key",
            )
    return [*args, *words]
