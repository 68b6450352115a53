"""One flush at a time per practice, by a lock file inside the home.

The lock lives in the home (mode 0600, in a folder only the service account reads), not in
/tmp where any user could create it first and silently stop publishing. The operating
system releases it when the process ends, however it ends. The database lease stays the
real guard against sending twice; this lock only keeps runs from piling up.
"""

from __future__ import annotations

import contextlib
import errno
import fcntl
import os
from dataclasses import dataclass

from medsocial_tui import clock
from medsocial_tui.errors import HomeError
from medsocial_tui.home.config import Home

LOCK_NAME = "flush.lock"


@dataclass
class FlushLock:
    """A held lock; keep it (and so its open file) until the run ends."""

    fd: int

    def release(self) -> None:
        if self.fd >= 0:
            os.close(self.fd)
            self.fd = -1


def take(home: Home, what: str = "flush") -> FlushLock | str | None:
    """The lock; or words saying who holds it when another flush is running; or None when
    the home is read-only and no lock file can be made (the run then stops at its first
    write, in words)."""
    path = home.root / (LOCK_NAME if what == "flush" else f"{what.replace(' ', '-')}.lock")
    writable = True
    try:
        fd = os.open(path, os.O_RDWR | os.O_CREAT | os.O_NOFOLLOW | os.O_CLOEXEC, 0o600)
    except OSError as exc:
        if exc.errno not in (errno.EROFS, errno.EACCES, errno.EPERM):
            raise _cannot_open(path, exc, what) from None
        try:
            fd = os.open(path, os.O_RDONLY | os.O_NOFOLLOW | os.O_CLOEXEC)
        except FileNotFoundError:
            return None
        except OSError as again:
            raise _cannot_open(path, again, what) from None
        writable = False
    try:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except BlockingIOError:
        holder = os.pread(fd, 200, 0).decode("utf-8", "replace").strip()
        os.close(fd)
        return f"another {what} is running for this practice ({holder or 'holder unknown'})"
    if writable:
        with contextlib.suppress(OSError):
            os.ftruncate(fd, 0)
            os.pwrite(fd, f"pid {os.getpid()}, since {clock.to_iso(clock.now())}\n".encode(), 0)
    return FlushLock(fd)


def _cannot_open(path: os.PathLike[str], exc: OSError, what: str = "flush") -> HomeError:
    return HomeError(
        f"cannot open the {what} lock: {exc.strerror}",
        where=str(path),
        fix=f"remove {path} if it is not a plain file, and check the home is writable",
    )
