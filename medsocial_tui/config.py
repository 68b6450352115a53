"""The practice home folder, its hand-edited config and its secrets.

The config (``practice.toml``) belongs to a person: medsocial reads it and never rewrites it.
Secrets live apart, in ``secrets.toml`` (mode 0600, refused when others can read it) or in
environment variables ``MEDSOCIAL_SECRET_<ACCOUNT>_<FIELD>``.
"""

from __future__ import annotations

import os
import re
import stat
import tomllib
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

import platformdirs

from medsocial_tui.clock import zone
from medsocial_tui.errors import ConfigError, HomeError, SecretsError

HOME_ENV = "MEDSOCIAL_HOME"
CONFIG_NAME = "practice.toml"
SECRETS_NAME = "secrets.toml"
DATABASE_NAME = "medsocial.db"

POST_KINDS = (
    "general",
    "hours_change",
    "provider_availability",
    "education",
    "qa",
    "health_news",
    "live_session",
)


@dataclass(frozen=True)
class Home:
    """A practice's folder and the files medsocial keeps in it."""

    root: Path

    @property
    def config_path(self) -> Path:
        return self.root / CONFIG_NAME

    @property
    def secrets_path(self) -> Path:
        return self.root / SECRETS_NAME

    @property
    def database_path(self) -> Path:
        return self.root / DATABASE_NAME

    @property
    def media_dir(self) -> Path:
        return self.root / "media"

    @property
    def exports_dir(self) -> Path:
        return self.root / "exports"


def default_home() -> Path:
    return Path(platformdirs.user_data_dir("medsocial", appauthor=False))


def resolve_home(
    explicit: str | os.PathLike[str] | None = None, *, must_exist: bool = True
) -> Home:
    """``--home``, else ``MEDSOCIAL_HOME``, else the platform's data folder."""
    if explicit:
        root, source = Path(explicit), "--home"
    elif os.environ.get(HOME_ENV):
        root, source = Path(os.environ[HOME_ENV]), HOME_ENV
    else:
        root, source = default_home(), "the default location"
    root = root.expanduser()
    home = Home(root.resolve() if root.exists() else root.absolute())
    if must_exist and not home.config_path.is_file():
        if not root.exists():
            what = f"the practice home folder {root} (from {source}) does not exist"
        else:
            what = f"{root} (from {source}) has no {CONFIG_NAME}"
        raise HomeError(
            what,
            where=str(root),
            fix="create a practice with `medsocial init --home DIR`, try the demo with "
            "`medsocial demo`, or point --home / MEDSOCIAL_HOME at an existing practice",
        )
    return home


@dataclass(frozen=True)
class AccountConfig:
    """One connected page or profile as written in the config."""

    id: str
    channel: str
    name: str
    base_url: str | None = None
    settings: Mapping[str, Any] = field(default_factory=dict)
    enabled: bool = True


@dataclass(frozen=True)
class PracticeConfig:
    """The practice as its config file describes it."""

    name: str
    timezone: str
    phone: str = ""
    address: str = ""
    website: str = ""
    portal_url: str = ""
    trusted_sources: tuple[str, ...] = ()
    one_person_practice: bool = False
    review_required: bool = True
    hours_change_review: bool = False
    late_tolerance_minutes: int = 120
    quiet_after_days: int = 14
    lease_seconds: int = 600
    reconcile_grace_seconds: int = 120
    request_timeout_seconds: float = 30.0
    reconcile_recheck_seconds: float = 2.0
    """Pause between the two reads that must both miss a post before it counts as absent."""
    busy_timeout_seconds: float = 30.0
    """How long a write waits for another process holding the database before giving up
    with words (``[database] busy_timeout_seconds``)."""
    accounts: tuple[AccountConfig, ...] = ()
    keys: Mapping[str, str] = field(default_factory=dict)
    colors: Mapping[str, str] = field(default_factory=dict)
    hours: Mapping[str, str] = field(default_factory=dict)
    """Regular opening hours by weekday (``mon`` .. ``sun``): ``"08:00-17:00"`` or
    ``"closed"``. An hours change needs them to set "opening late" as special hours."""
    audit_head_file: str = ""
    """A file, outside the staff's reach, where each new head of the audit chain is appended
    (``[audit] head_file``); verification compares the chain with its last line."""
    audit_syslog: bool | None = None
    """Also send each new head to syslog/journald; None: when ``audit_syslog_address`` exists."""
    audit_syslog_address: str = "/dev/log"
    source: Path | None = None

    @property
    def tz(self) -> ZoneInfo:
        return zone(self.timezone)

    def account(self, account_id: str) -> AccountConfig | None:
        return next((a for a in self.accounts if a.id == account_id), None)


WEEKDAYS = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")
_OPEN_HOURS = re.compile(r"^([01]\d|2[0-3]):[0-5]\d-([01]\d|2[0-3]):[0-5]\d$")

_ACCOUNT_ID = re.compile(r"^[a-z0-9][a-z0-9_-]{0,39}$")


def _line_of(text: str, key: str, after: int = 0) -> int | None:
    """The 1-based line where ``key =`` first appears at or after line ``after``."""
    pattern = re.compile(rf"^\s*{re.escape(key)}\s*=", re.MULTILINE)
    lines = text.splitlines()
    for number, line in enumerate(lines[after:], start=after + 1):
        if pattern.match(line):
            return number
    return None


class _Reader:
    """Pulls typed values out of parsed TOML, raising errors that name file, line and key."""

    def __init__(self, path: Path, text: str) -> None:
        self.path = path
        self.text = text

    def fail(self, key: str, what: str, fix: str, *, near: str | None = None) -> ConfigError:
        line = _line_of(self.text, near or key.rsplit(".", 1)[-1])
        where = f"{self.path}, line {line}, key {key}" if line else f"{self.path}, key {key}"
        return ConfigError(what, where=where, fix=fix)

    def get(self, table: Mapping[str, Any], key: str, kind: Any, path: str, default: Any = ...):
        if key not in table:
            if default is ...:
                raise ConfigError(
                    f"the required key {path} is missing",
                    where=str(self.path),
                    fix=f"add `{key} = ...` (see config/practice.example.toml)",
                )
            return default
        value = table[key]
        if isinstance(value, bool) and kind is not bool or not isinstance(value, kind):
            name = kind.__name__ if isinstance(kind, type) else "number"
            raise self.fail(
                path,
                f"{path} should be {name}, found {type(value).__name__} {value!r}",
                f"write {path} as a {name}",
            )
        return value


def load_config(home: Home) -> PracticeConfig:
    """Read and validate ``practice.toml``."""
    path = home.config_path
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise HomeError(
            f"{path} does not exist", where=str(path), fix="run `medsocial init --home DIR`"
        ) from None
    except (OSError, UnicodeDecodeError) as exc:
        raise ConfigError(f"cannot read the config: {exc}", where=str(path)) from None
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        raise ConfigError(
            f"the file is not valid TOML ({exc})",
            where=str(path),
            fix="fix the line named above; quotes around text and `key = value` on each line",
        ) from None
    return parse_config(data, path, text)


def parse_config(data: Mapping[str, Any], path: Path, text: str = "") -> PracticeConfig:
    r = _Reader(path, text)
    practice = r.get(data, "practice", dict, "practice")
    name = r.get(practice, "name", str, "practice.name").strip()
    if not name:
        raise r.fail("practice.name", "practice.name is empty", "write the practice's name")
    tz_name = r.get(practice, "timezone", str, "practice.timezone")
    try:
        zone(tz_name)
    except KeyError:
        raise r.fail(
            "practice.timezone",
            f"unknown timezone {tz_name!r}",
            "use an IANA name such as America/Chicago or Europe/London",
            near="timezone",
        ) from None
    trusted = r.get(practice, "trusted_sources", list, "practice.trusted_sources", [])
    if not all(isinstance(d, str) for d in trusted):
        raise r.fail(
            "practice.trusted_sources", "trusted_sources must be text", "quote each domain"
        )
    publishing = r.get(data, "publishing", dict, "publishing", {})
    accounts_raw = r.get(data, "accounts", list, "accounts", [])
    accounts: list[AccountConfig] = []
    seen: set[str] = set()
    for index, raw in enumerate(accounts_raw):
        where = f"accounts[{index}]"
        if not isinstance(raw, dict):
            raise r.fail(where, f"{where} is not a table", "write accounts as [[accounts]]")
        account_id = r.get(raw, "id", str, f"{where}.id")
        if not _ACCOUNT_ID.match(account_id):
            raise r.fail(
                f"{where}.id",
                f"account id {account_id!r} is not usable",
                "use lowercase letters, digits, - and _ (up to 40), e.g. page-main",
            )
        if account_id in seen:
            raise r.fail(f"{where}.id", f"account id {account_id!r} is used twice", "rename one")
        seen.add(account_id)
        settings = r.get(raw, "settings", dict, f"{where}.settings", {})
        secretish = [k for k in settings if re.search(r"token|secret|password|key", k, re.I)]
        if secretish:
            raise r.fail(
                f"{where}.settings.{secretish[0]}",
                "a secret is written in the main config",
                f"move it to {SECRETS_NAME} (mode 0600) under [accounts.{account_id}]",
                near=secretish[0],
            )
        base_url = r.get(raw, "base_url", str, f"{where}.base_url", None)
        if base_url is not None and not re.match(r"^https?://", base_url):
            raise r.fail(f"{where}.base_url", f"base_url {base_url!r} is not http(s)", "fix it")
        accounts.append(
            AccountConfig(
                id=account_id,
                channel=r.get(raw, "channel", str, f"{where}.channel"),
                name=r.get(raw, "name", str, f"{where}.name", account_id),
                base_url=base_url,
                settings=settings,
                enabled=r.get(raw, "enabled", bool, f"{where}.enabled", True),
            )
        )
    tolerance = r.get(
        publishing, "late_tolerance_minutes", int, "publishing.late_tolerance_minutes", 120
    )
    if tolerance < 0:
        raise r.fail("publishing.late_tolerance_minutes", "must not be negative", "use 0 or more")
    keys = r.get(data, "keys", dict, "keys", {})
    colors = r.get(data, "colors", dict, "colors", {})
    hours = r.get(data, "hours", dict, "hours", {})
    for day, value in hours.items():
        if day not in WEEKDAYS:
            raise r.fail(f"hours.{day}", f"{day!r} is not a weekday", "use mon, tue, ... sun")
        if not isinstance(value, str) or not (value == "closed" or _OPEN_HOURS.match(value)):
            raise r.fail(
                f"hours.{day}",
                f"hours.{day} = {value!r} is not opening hours",
                'write "08:00-17:00" (24-hour clock) or "closed"',
                near=day,
            )
    audit = r.get(data, "audit", dict, "audit", {})
    head_file = r.get(audit, "head_file", str, "audit.head_file", "")
    if head_file and not Path(head_file).is_absolute():
        raise r.fail(
            "audit.head_file",
            f"audit.head_file {head_file!r} is not an absolute path",
            'write the whole path, e.g. "/var/log/medsocial/audit-head.log"',
            near="head_file",
        )
    return PracticeConfig(
        name=name,
        timezone=tz_name,
        phone=r.get(practice, "phone", str, "practice.phone", ""),
        address=r.get(practice, "address", str, "practice.address", ""),
        website=r.get(practice, "website", str, "practice.website", ""),
        portal_url=r.get(practice, "portal_url", str, "practice.portal_url", ""),
        trusted_sources=tuple(trusted),
        one_person_practice=r.get(
            practice, "one_person_practice", bool, "practice.one_person_practice", False
        ),
        review_required=r.get(practice, "review_required", bool, "practice.review_required", True),
        hours_change_review=r.get(
            practice, "hours_change_review", bool, "practice.hours_change_review", False
        ),
        late_tolerance_minutes=tolerance,
        quiet_after_days=r.get(
            publishing, "quiet_after_days", int, "publishing.quiet_after_days", 14
        ),
        lease_seconds=r.get(publishing, "lease_seconds", int, "publishing.lease_seconds", 600),
        reconcile_grace_seconds=r.get(
            publishing, "reconcile_grace_seconds", int, "publishing.reconcile_grace_seconds", 120
        ),
        request_timeout_seconds=float(
            r.get(
                publishing,
                "request_timeout_seconds",
                (int, float),
                "publishing.request_timeout_seconds",
                30,
            )
        ),
        reconcile_recheck_seconds=_seconds(
            r, publishing, "reconcile_recheck_seconds", "publishing", 2.0
        ),
        busy_timeout_seconds=_seconds(
            r,
            r.get(data, "database", dict, "database", {}),
            "busy_timeout_seconds",
            "database",
            30.0,
        ),
        accounts=tuple(accounts),
        keys={str(k): str(v) for k, v in keys.items()},
        colors={str(k): str(v) for k, v in colors.items()},
        hours=dict(hours),
        audit_head_file=head_file,
        audit_syslog=r.get(audit, "syslog", bool, "audit.syslog", None),
        audit_syslog_address=r.get(
            audit, "syslog_address", str, "audit.syslog_address", "/dev/log"
        ),
        source=path,
    )


def _seconds(r: _Reader, table: Mapping[str, Any], key: str, section: str, default: float) -> float:
    """A number of seconds, zero or more."""
    value = float(r.get(table, key, (int, float), f"{section}.{key}", default))
    if value < 0:
        raise r.fail(f"{section}.{key}", "must not be negative", "use 0 or more seconds")
    return value


def _env_name(account_id: str, field_name: str) -> str:
    return "MEDSOCIAL_SECRET_" + re.sub(r"[^A-Z0-9]", "_", f"{account_id}_{field_name}".upper())


def secret_env_name(account_id: str, field_name: str) -> str:
    """The environment variable that can hold one account credential."""
    return _env_name(account_id, field_name)


@dataclass(frozen=True)
class Secrets:
    """Credentials per account id. Never printed: ``repr`` shows only the field names."""

    by_account: Mapping[str, Mapping[str, str]] = field(default_factory=dict)

    def __repr__(self) -> str:
        fields = {k: sorted(v) for k, v in self.by_account.items()}
        return f"Secrets({fields})"

    def for_account(
        self, account_id: str, names: list[str] | tuple[str, ...] = ()
    ) -> dict[str, str]:
        found = dict(self.by_account.get(account_id, {}))
        for name in names:
            env = os.environ.get(_env_name(account_id, name))
            if env:
                found[name] = env
        return found


def load_secrets(home: Home) -> Secrets:
    """Read ``secrets.toml``; refuse it when group or others can read it."""
    path = home.secrets_path
    if not path.exists():
        return Secrets()
    mode = stat.S_IMODE(path.stat().st_mode)
    if mode & 0o077:
        raise SecretsError(
            f"{path.name} can be read by other users (mode {mode:o})",
            where=str(path),
            fix=f"run `chmod 600 {path}`; then consider rotating the tokens in it",
        )
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except tomllib.TOMLDecodeError as exc:
        raise SecretsError(
            f"the secrets file is not valid TOML ({exc})",
            where=str(path),
            fix='fix that line; each account is a table [accounts.<id>] with `name = "value"`',
        ) from None
    accounts = data.get("accounts", {})
    if not isinstance(accounts, dict):
        raise SecretsError("[accounts] must be a table", where=str(path))
    clean: dict[str, dict[str, str]] = {}
    for account_id, values in accounts.items():
        if not isinstance(values, dict):
            raise SecretsError(f"[accounts.{account_id}] must be a table", where=str(path))
        clean[account_id] = {str(k): str(v) for k, v in values.items()}
    return Secrets(clean)


def write_secrets(home: Home, secrets: Mapping[str, Mapping[str, str]]) -> None:
    """Write the app-owned secrets file with mode 0600 from its first byte."""
    import tomli_w

    path = home.secrets_path
    tmp = path.with_suffix(".tmp")
    fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(fd, "wb") as handle:
        tomli_w.dump({"accounts": {k: dict(v) for k, v in secrets.items()}}, handle)
    os.replace(tmp, path)
