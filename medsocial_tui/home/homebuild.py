"""Making a practice home all at once: the new home is built in a private folder beside the
target and renamed into place, so a killed ``medsocial init`` leaves either no practice or a
whole one (and at most a leftover build folder, which the next ``init`` removes).

A home left half-made by an older version (a config or database, but no admin) is
:func:`unfinished`; ``init`` offers it to the person running it.
"""

from __future__ import annotations

import os
import re
import shutil
import sqlite3
import tempfile
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import urlsplit

from medsocial_tui.errors import HomeError, UsageError
from medsocial_tui.home.config import CONFIG_NAME, DATABASE_NAME, Home

BUILD_PREFIX = ".medsocial-init-"
"""Build folders are named ``.<target>.medsocial-init-<pid>-<random>`` beside the target."""

CONTACT_FIELDS = ("phone", "address", "website", "portal_url")


@dataclass(frozen=True)
class ContactDetails:
    """How patients reach the practice; published in hours notices and on Q&A cards, so an
    unknown detail stays empty (and `doctor` says so) rather than holding an example."""

    phone: str = ""
    address: str = ""
    website: str = ""
    portal_url: str = ""

    def checked(self) -> ContactDetails:
        """The same details, trimmed; refuses a phone or address a patient could not use."""
        phone = " ".join(self.phone.split())
        if phone:
            import phonenumbers

            try:
                number = phonenumbers.parse(phone, None if phone.startswith("+") else "US")
            except phonenumbers.NumberParseException:
                number = None
            if number is None or not phonenumbers.is_possible_number(number):
                raise UsageError(
                    f"{phone!r} is not a phone number",
                    fix="write it with its country code, e.g. +1 312 555 0142, or leave it empty",
                )
        for name in ("website", "portal_url"):
            url = getattr(self, name).strip()
            if url:
                parts = urlsplit(url)
                if parts.scheme not in ("http", "https") or "." not in parts.netloc:
                    raise UsageError(
                        f"{name.replace('_', ' ')} {url!r} is not a web address",
                        fix="write it in full, e.g. https://www.oakfamilymedicine.com, "
                        "or leave it empty",
                    )
        address = " ".join(self.address.split())
        return ContactDetails(
            phone=phone,
            address=address,
            website=self.website.strip(),
            portal_url=self.portal_url.strip(),
        )


def missing_contact(values: dict[str, str]) -> list[str]:
    """The contact details a config leaves empty, by key."""
    return [name for name in CONTACT_FIELDS if not str(values.get(name, "")).strip()]


@dataclass
class HomeBuild:
    """A home being made in ``home`` (a private folder) for ``target``. The folder is beside
    the target, or inside it when the target is an empty folder whose parent medsocial may
    not write (``/srv/medsocial/maple`` made by root for the service account)."""

    target: Path
    home: Home

    @property
    def inside(self) -> bool:
        return self.home.root.parent == self.target

    def finish(self) -> Home:
        """Put the built home in place: one rename of the folder; from inside the target,
        one rename per file with the config last (until it is there, `init` sees an
        unfinished practice and completes it)."""
        for journal in self.home.root.glob("*-journal"):
            # The database is closed: an empty rollback journal (TRUNCATE mode) is no hot
            # journal, and the new home should hold only what a practice needs.
            if journal.stat().st_size == 0:
                journal.unlink()
        try:
            if self.inside:
                entries = sorted(self.home.root.iterdir(), key=lambda p: p.name == CONFIG_NAME)
                for entry in entries:
                    os.rename(entry, self.target / entry.name)
                os.rmdir(self.home.root)
                os.chmod(self.target, 0o700)
            else:
                os.rename(self.home.root, self.target)
        except OSError as exc:
            if not self.inside:
                self.abandon()
            raise HomeError(
                f"cannot put the new practice in place: {exc.strerror}",
                where=str(self.target),
                fix="choose an empty or new folder; medsocial never overwrites a practice",
            ) from None
        return Home(self.target)

    def abandon(self) -> None:
        shutil.rmtree(self.home.root, ignore_errors=True)


def _is_empty_folder(path: Path) -> bool:
    return path.is_dir() and not any(path.iterdir())


def holds_practice(root: Path) -> bool:
    return (root / CONFIG_NAME).exists() or (root / DATABASE_NAME).exists()


def begin(target: Path) -> HomeBuild:
    """Start a home for ``target``: refuses a folder that holds anything, removes what killed
    builds left, and makes the private build folder."""
    target = target.absolute()
    if holds_practice(target):
        raise HomeError(
            f"{target} already holds a practice",
            where=str(target),
            fix="choose an empty or new folder; medsocial never overwrites a practice",
        )
    prefix = f"{BUILD_PREFIX}{os.getpid()}-"
    try:
        if target.is_dir():
            sweep_leftovers(target, inside=True)
        if target.exists() and not _is_empty_folder(target):
            raise HomeError(
                f"{target} is not an empty folder",
                where=str(target),
                fix="choose an empty or new folder for the practice",
            )
        target.parent.mkdir(parents=True, exist_ok=True)
        try:
            sweep_leftovers(target)
            root = Path(tempfile.mkdtemp(prefix=f".{target.name}{prefix}", dir=target.parent))
        except PermissionError:
            if not target.is_dir():
                raise
            root = Path(tempfile.mkdtemp(prefix=prefix, dir=target))
    except OSError as exc:
        raise HomeError(
            f"cannot make the practice folder: {exc.strerror}",
            where=str(target),
            fix="choose a folder you can write to",
        ) from None
    os.chmod(root, 0o700)
    (root / "media").mkdir()
    return HomeBuild(target, Home(root))


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


def sweep_leftovers(target: Path, *, inside: bool = False) -> list[Path]:
    """Remove build folders for ``target`` (beside it, or with ``inside`` in it) whose
    ``init`` is no longer running."""
    pid = rf"{re.escape(BUILD_PREFIX)}(?P<pid>\d+)-"
    if inside:
        folder, pattern = target, re.compile(rf"^{pid}")
    else:
        folder, pattern = target.parent, re.compile(rf"^\.{re.escape(target.name)}{pid}")
    removed = []
    for entry in folder.iterdir():
        match = pattern.match(entry.name)
        if match is None or not entry.is_dir():
            continue
        if int(match["pid"]) == os.getpid() or _alive(int(match["pid"])):
            continue
        shutil.rmtree(entry, ignore_errors=True)
        removed.append(entry)
    return removed


@dataclass(frozen=True)
class Unfinished:
    """A home an interrupted ``init`` left: what it has and what it lacks."""

    home: Home
    has_config: bool
    has_database: bool
    admins: tuple[str, ...]
    """The logins of its active admins (none without a database)."""

    @property
    def needs_finishing(self) -> bool:
        return not (self.has_config and self.has_database and self.admins)

    def lacks(self) -> str:
        missing = []
        if not self.has_config:
            missing.append(CONFIG_NAME)
        if not self.has_database:
            missing.append(DATABASE_NAME)
        if self.has_database and not self.admins:
            missing.append("an admin")
        return ", ".join(missing)


def active_admins(database: Path) -> tuple[str, ...]:
    """Logins of the active admins, read without migrating or writing (none when the
    database has no staff table yet). A database that cannot be read is an error, never
    taken as "no admin": that would hand the practice to whoever runs `init`."""
    try:
        conn = sqlite3.connect(f"file:{database}?mode=ro", uri=True, timeout=5)
        try:
            tables = {row[0] for row in conn.execute("SELECT name FROM sqlite_master")}
            rows = (
                conn.execute("SELECT login, roles FROM staff WHERE active = 1").fetchall()
                if "staff" in tables
                else []
            )
        finally:
            conn.close()
    except sqlite3.Error as exc:
        raise HomeError(
            f"cannot read {database.name} to see who its admins are ({exc})",
            where=str(database),
            fix="run `medsocial doctor`; try again when no other medsocial is writing",
        ) from None
    return tuple(login for login, roles in rows if "admin" in str(roles).split(","))


def unfinished(root: Path) -> Unfinished | None:
    """What a practice folder holds, or None when it holds no practice."""
    home = Home(root.absolute())
    if not holds_practice(home.root):
        return None
    has_database = home.database_path.exists()
    return Unfinished(
        home=home,
        has_config=home.config_path.exists(),
        has_database=has_database,
        admins=active_admins(home.database_path) if has_database else (),
    )
