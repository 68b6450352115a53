"""The practice home is the service account's alone: every file in it is owned by the account
that owns the folder, none can be changed by group or others, and none is a link.

Staff reach the practice only through the app (SSH forced command or sudo, see
docs/deploy.md). A home that anyone else can write would let a colleague edit the database
(schedule an unapproved post), swap an approved image or point an account's ``base_url`` at
their own server, so every command refuses such a home, naming the file and the fix;
``medsocial doctor --fix-permissions`` fixes what a chmod can.
"""

from __future__ import annotations

import os
import stat
from dataclasses import dataclass
from pathlib import Path

from medsocial_tui.errors import HomeError
from medsocial_tui.home.config import SECRETS_NAME, SESSIONS_NAME, Home

PRIVATE_NAMES = (SECRETS_NAME, SESSIONS_NAME, "roster.key")
"""Files no one else may even read (credentials, the sessions plugins renew, the roster's
hashing key); so is every
``*.key`` file in the home folder."""

DEPTH = 3
"""How deep below the home folder files are checked (media/, exports/, templates/...)."""


@dataclass(frozen=True)
class PermissionProblem:
    """One file or folder that breaks the rule, in words, and the mode that fixes it (None
    when a chmod cannot: a link, or a file another user owns)."""

    path: Path
    what: str
    fix: str
    new_mode: int | None = None
    private: bool = False
    """Only readable by others (a private file): the secrets loaders refuse it themselves."""


def _login(uid: int) -> str:
    from medsocial_tui.home.identity import login_of

    return login_of(uid)


def _check(path: Path, info: os.stat_result, owner: int, root: Path) -> list[PermissionProblem]:
    shown = path if path == root else path.relative_to(root)
    if stat.S_ISLNK(info.st_mode):
        return [
            PermissionProblem(
                path,
                f"{shown} is a link; a practice home holds only its own files",
                f"remove the link and put the file itself there (rm {path})",
            )
        ]
    if info.st_uid != owner:
        account = _login(owner)
        return [
            PermissionProblem(
                path,
                f"{shown} belongs to {_login(info.st_uid)}, not to the practice's account "
                f"{account}",
                f"as root: chown {account}: {path}",
            )
        ]
    mode = stat.S_IMODE(info.st_mode)
    found = []
    if mode & 0o022:
        found.append(
            PermissionProblem(
                path,
                f"{shown} can be changed by other users (mode {mode:o})",
                f"run `medsocial doctor --fix-permissions` (or chmod go-w {path})",
                new_mode=mode & ~0o022,
            )
        )
    private = path.name in PRIVATE_NAMES or path.suffix == ".key"
    if private and path.parent == root and mode & 0o077:
        found.append(
            PermissionProblem(
                path,
                f"{shown} can be read by other users (mode {mode:o})",
                f"run `medsocial doctor --fix-permissions` (or chmod 600 {path})",
                new_mode=0o600,
                private=True,
            )
        )
    return found


def home_problems(home: Home) -> list[PermissionProblem]:
    """Everything in the home that breaks the rule, folder first."""
    root = home.root
    info = os.stat(root)
    owner = info.st_uid
    found = _check(root, info, owner, root)
    pending: list[tuple[Path, int]] = [(root, 1)]
    while pending:
        folder, depth = pending.pop()
        try:
            entries = sorted(os.scandir(folder), key=lambda e: e.name)
        except OSError as exc:
            found.append(
                PermissionProblem(
                    folder, f"cannot list {folder} ({exc.strerror})", "check its owner and mode"
                )
            )
            continue
        for entry in entries:
            path = Path(entry.path)
            try:
                entry_info = entry.stat(follow_symlinks=False)
            except OSError:
                continue
            found.extend(_check(path, entry_info, owner, root))
            if depth < DEPTH and stat.S_ISDIR(entry_info.st_mode):
                pending.append((path, depth + 1))
    return found


def require_safe_home(home: Home) -> None:
    """Refuse (exit 3) a home that others can change, naming the first file and the fix."""
    blocking = [p for p in home_problems(home) if not p.private]
    if not blocking:
        return
    first = blocking[0]
    more = (
        f" ({len(blocking) - 1} more: `medsocial doctor` lists them)" if len(blocking) > 1 else ""
    )
    raise HomeError(
        f"{first.what}{more}. Nothing was changed.",
        where=str(first.path),
        fix=first.fix,
    )


def fix_permissions(home: Home) -> tuple[list[str], list[PermissionProblem]]:
    """chmod what can be fixed; what was done, in words, and what is left for a person."""
    done: list[str] = []
    left: list[PermissionProblem] = []
    for problem in home_problems(home):
        if problem.new_mode is None:
            left.append(problem)
            continue
        current = stat.S_IMODE(os.lstat(problem.path).st_mode)
        wanted = problem.new_mode if problem.private else current & ~0o022
        os.chmod(problem.path, wanted)
        done.append(f"{problem.path}: mode {current:o} -> {wanted:o}")
    return done, left
