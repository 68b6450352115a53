"""Renewable credentials a channel plugin keeps for an account between runs (a session it
signed in for, a refresh token the network rotated), in ``sessions.json`` beside
``secrets.toml`` in the practice home.

The file is the service account's, as the secrets are: written in one step (a temp file,
fsync, rename) with mode 0600 from its first byte, and refused when group or others can read
it. ``flush`` and the app may write it at once: each write takes an exclusive ``flock`` on
``sessions.json.lock`` around its read-modify-write of the whole file (no network call is ever
made under it), so one account's write never drops another's; for the same account the last
writer wins, which is fine for a session (both values are live ones). A file that is missing,
unreadable or not JSON reads as "no session", and a write the disk refuses keeps nothing: the
plugin signs in again and the run goes on.

The values are never written to ``practice.toml``, logs, audit events or messages: every value
read or written in this process is remembered (:func:`seen_values`) so that the core's and the
kit's scrubbing hide it like a credential. Nothing here imports httpx.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
import stat
import threading
from collections.abc import Iterator, Mapping
from pathlib import Path

from medsocial_tui.channel import AuthExpired

_SEEN: dict[str, set[str]] = {}
"""Every kept value this process read or wrote, by account id: what scrubbing hides."""
_GUARD = threading.Lock()


class SharedSessionFile(AuthExpired):
    """``sessions.json`` can be read by group or others: refused, as ``secrets.toml`` is, and
    the account waits for a person (as with refused credentials) until it is fixed."""


def seen_values(account_id: str) -> list[str]:
    """The kept values of ``account_id`` this process has read or written."""
    with _GUARD:
        return sorted(_SEEN.get(account_id, ()))


def _remember(account_id: str, values: Mapping[str, str]) -> None:
    with _GUARD:
        _SEEN.setdefault(account_id, set()).update(v for v in values.values() if v)


def _read_all(path: Path) -> dict[str, object]:
    """The file's accounts; {} when it is missing, unreadable or not the JSON object it should
    be. Raises :class:`SharedSessionFile` when others can read it."""
    try:
        info = path.stat()
    except OSError:
        return {}
    mode = stat.S_IMODE(info.st_mode)
    if not stat.S_ISREG(info.st_mode):
        return {}
    if mode & 0o077:
        raise SharedSessionFile(
            f"{path.name} in the practice folder can be read by other users (mode {mode:o}): "
            "as the practice's service account, delete it (the accounts sign in again) or run "
            f"`chmod 600 {path.name}`, then consider revoking the sessions kept in it"
        )
    try:
        data = json.loads(path.read_bytes())
    except (OSError, ValueError):
        return {}
    return data if isinstance(data, dict) else {}


def _values(entry: object, channel: str, made_from: str) -> dict[str, str] | None:
    if not isinstance(entry, dict) or entry.get("channel") != channel:
        return None
    if entry.get("made_from", "") != made_from:
        return None
    values = entry.get("values")
    if not isinstance(values, dict) or not values:
        return None
    if not all(isinstance(k, str) and isinstance(v, str) for k, v in values.items()):
        return None
    return dict(values)


@contextlib.contextmanager
def _locked(path: Path) -> Iterator[None]:
    import fcntl

    fd = os.open(f"{path}.lock", os.O_RDWR | os.O_CREAT | os.O_NOFOLLOW, 0o600)
    try:
        fcntl.flock(fd, fcntl.LOCK_EX)
        yield
    finally:
        os.close(fd)


class KeptSession:
    """What one channel keeps for one account between runs: ``get()`` the values last put
    (None when there are none or they cannot be read), ``put(values)`` new ones (text only),
    ``forget()`` them (the network refused them). Values kept under another channel's name
    for the same account id read as none, and so do values put ``made_from`` other settings
    (a digest of them is kept beside the values: an address, a password or a refresh token the
    practice has since changed). An account outside a practice (a test's, with no
    ``sessions_path``) keeps nothing: ``get()`` is always None."""

    def __init__(
        self, account_id: str, channel: str, path: Path | None, made_from: str = ""
    ) -> None:
        self.account_id = account_id
        self.channel = channel
        self.path = path
        self.made_from = hashlib.sha256(made_from.encode()).hexdigest()[:16] if made_from else ""

    def __repr__(self) -> str:
        return f"KeptSession({self.account_id!r}, {self.channel!r})"

    def get(self) -> dict[str, str] | None:
        if self.path is None:
            return None
        found = _values(_read_all(self.path).get(self.account_id), self.channel, self.made_from)
        if found:
            _remember(self.account_id, found)
        return found

    def put(self, values: Mapping[str, str]) -> None:
        clean = {str(k): v for k, v in values.items()}
        if not all(isinstance(v, str) for v in clean.values()):
            raise TypeError("kept values must be text")
        _remember(self.account_id, clean)
        self._write({"channel": self.channel, "made_from": self.made_from, "values": clean})

    def forget(self) -> None:
        self._write(None)

    def _write(self, entry: dict[str, object] | None) -> None:
        if self.path is None:
            return
        from medsocial_tui.home.config import write_private

        try:
            with _locked(self.path):
                accounts = _read_all(self.path)
                if entry is None:
                    if self.account_id not in accounts:
                        return
                    accounts.pop(self.account_id)
                else:
                    accounts[self.account_id] = entry
                data = json.dumps(accounts, indent=1, sort_keys=True).encode("utf-8")
                write_private(self.path, data)
        except OSError:
            return  # a full disk, a read-only home: not kept, the next run signs in again
