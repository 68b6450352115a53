"""The practice home folder, its hand-edited config and its secrets.

The config (``practice.toml``) belongs to a person: medsocial reads it and never rewrites it.
Secrets live apart, in ``secrets.toml`` (mode 0600, refused when others can read it) or in
environment variables ``MEDSOCIAL_SECRET_<ACCOUNT>_<FIELD>``.
"""

from __future__ import annotations

import contextlib
import os
import re
import stat
import tomllib
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, overload
from zoneinfo import ZoneInfo

from medsocial_tui.clock import zone
from medsocial_tui.errors import ConfigError, HomeError, MedsocialError, SecretsError
from medsocial_tui.home import config_fast
from medsocial_tui.home.config_lines import ConfigWarning, LineFinder, dotted

_default = config_fast.default
"""Each setting's default, from the one schema (:data:`config_fast.TABLES`)."""

HOME_ENV = "MEDSOCIAL_HOME"
CONFIG_NAME = "practice.toml"
SECRETS_NAME = "secrets.toml"
SESSIONS_NAME = "sessions.json"
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


class _InHome:
    """A file or folder in the practice home, by its name there: on a :class:`Home`,
    ``config_path = _InHome(CONFIG_NAME)`` reads as ``home.root / CONFIG_NAME``."""

    def __init__(self, name: str) -> None:
        self.name = name

    def __repr__(self) -> str:
        return f"root / {self.name!r}"

    @overload
    def __get__(self, home: None, owner: type[Home]) -> _InHome: ...
    @overload
    def __get__(self, home: Home, owner: type[Home] | None = None) -> Path: ...
    def __get__(self, home: Home | None, owner: type[Home] | None = None) -> Path | _InHome:
        return self if home is None else home.root / self.name


@dataclass(frozen=True)
class Home:
    """A practice's folder and the files medsocial keeps in it."""

    root: Path

    config_path = _InHome(CONFIG_NAME)
    secrets_path = _InHome(SECRETS_NAME)
    sessions_path = _InHome(SESSIONS_NAME)
    """What channel plugins renew between runs (see :mod:`kept_sessions`)."""
    database_path = _InHome(DATABASE_NAME)
    media_dir = _InHome("media")
    exports_dir = _InHome("exports")


def default_home() -> Path:
    import platformdirs  # here: a home named by --home or MEDSOCIAL_HOME never needs it

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
        if root.exists():
            from medsocial_tui.home.identity import require_owner

            require_owner(home.root)
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
class InboxSettings:
    """``[inbox]`` in practice.toml."""

    greet_by_name: bool = _default("inbox", "greet_by_name")
    """A reply may open with "Hi <first name>," (nothing else of the name, nowhere else)."""
    negative_rating: int = _default("inbox", "negative_rating")
    """A review rated at or below this is negative."""
    negative_review_approval: bool = _default("inbox", "negative_review_approval")
    """A reply to a negative review waits for an approver before it is sent."""
    answer_within_hours: float = _default("inbox", "answer_within_hours")
    """Working hours (the practice's opening hours) an item may wait for an answer."""
    pages_per_run: int = _default("inbox", "pages_per_run")


@dataclass(frozen=True)
class AlertSettings:
    """``[alerts]`` in practice.toml."""

    on_new: bool = _default("alerts", "on_new")
    on_overdue: bool = _default("alerts", "on_overdue")
    command: tuple[str, ...] = ()
    """A program (absolute path) and its arguments, run with the alert's words on stdin."""
    timeout_seconds: float = _default("alerts", "timeout_seconds")


def ways_to_reach(phone: str, url: str) -> str:
    """'call +1 312-555-0142 or visit https://...', for a post that tells people how to reach
    the practice; only what it has (empty when neither)."""
    ways = [f"call {phone}"] if phone else []
    if url:
        ways.append(f"visit {url}")
    return " or ".join(ways)


@dataclass(frozen=True)
class PracticeConfig:
    """The practice as its config file describes it."""

    name: str
    timezone: str
    phone: str = _default("practice", "phone")
    address: str = _default("practice", "address")
    website: str = _default("practice", "website")
    portal_url: str = _default("practice", "portal_url")
    trusted_sources: tuple[str, ...] = ()
    one_person_practice: bool = _default("practice", "one_person_practice")
    review_required: bool = _default("practice", "review_required")
    hours_change_review: bool = _default("practice", "hours_change_review")
    late_tolerance_minutes: int = _default("publishing", "late_tolerance_minutes")
    quiet_after_days: int = _default("publishing", "quiet_after_days")
    lease_seconds: int = _default("publishing", "lease_seconds")
    reconcile_grace_seconds: int = _default("publishing", "reconcile_grace_seconds")
    request_timeout_seconds: float = _default("publishing", "request_timeout_seconds")
    reconcile_recheck_seconds: float = _default("publishing", "reconcile_recheck_seconds")
    """Pause between the two reads that must both miss a post before it counts as absent."""
    busy_timeout_seconds: float = _default("database", "busy_timeout_seconds")
    """How long a write waits for another process holding the database before giving up
    with words (``[database] busy_timeout_seconds``)."""
    accounts: tuple[AccountConfig, ...] = ()
    keys: Mapping[str, str] = field(default_factory=dict)
    colors: Mapping[str, str] = field(default_factory=dict)
    hours: Mapping[str, str] = field(default_factory=dict)
    """Regular opening hours by weekday (``mon`` .. ``sun``): ``"08:00-17:00"`` or
    ``"closed"``. An hours change needs them to set "opening late" as special hours."""
    audit_head_file: str = _default("audit", "head_file")
    """A file, outside the staff's reach, where each new head of the audit chain is appended
    (``[audit] head_file``); verification compares the chain with its last line."""
    audit_syslog: bool | None = _default("audit", "syslog")
    """Also send each new head to syslog/journald; None: when ``audit_syslog_address`` exists."""
    audit_syslog_address: str = _default("audit", "syslog_address")
    source: Path | None = None
    warnings: tuple[ConfigWarning, ...] = ()
    """Keys the schema does not know (a typo falls back to a default): said, not fatal."""
    ssh_authorized_keys: str = _default("ssh", "authorized_keys")
    """[ssh] authorized_keys: the file staff keys are written to (default: the service
    account's ~/.ssh/authorized_keys)."""
    ssh_command: str = _default("ssh", "command")
    """[ssh] command: the medsocial program the keys force (default: the one running)."""
    inbox: InboxSettings = field(default_factory=lambda: InboxSettings())
    """[inbox]: how replies are guarded and how soon an item should be answered."""
    alerts: AlertSettings = field(default_factory=lambda: AlertSettings())
    """[alerts]: what the inbox fetch tells people, and through which command (apprise
    URLs, which may hold credentials, live in secrets.toml)."""

    @property
    def tz(self) -> ZoneInfo:
        return zone(self.timezone)

    def account(self, account_id: str) -> AccountConfig | None:
        return next((a for a in self.accounts if a.id == account_id), None)


WEEKDAYS = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")
_OPEN_HOURS = re.compile(r"^([01]\d|2[0-3]):[0-5]\d-([01]\d|2[0-3]):[0-5]\d$")

_ACCOUNT_ID = re.compile(r"^[a-z0-9][a-z0-9_-]{0,39}$")


def _secretish(key: str) -> bool:
    return bool(re.search(r"token|secret|password|key", key, re.I))


class _Problems:
    """Turns a path in the file into an error that names the file, line and key."""

    def __init__(self, path: Path, finder: LineFinder) -> None:
        self.path = path
        self.finder = finder

    def where(self, at: tuple[str | int, ...]) -> str:
        line = self.finder.line(at)
        key = dotted(at)
        return f"{self.path}, line {line}, key {key}" if line else f"{self.path}, key {key}"

    def fail(self, at: tuple[str | int, ...], what: str, fix: str) -> ConfigError:
        return ConfigError(what, where=self.where(at), fix=fix)


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
    data = read_toml(
        text,
        path,
        ConfigError,
        "the file",
        fix="fix the line named above; quotes around text and `key = value` on each line",
    )
    return parse_config(data, path, text)


def read_toml(
    text: str, path: Path, error: type[MedsocialError], what: str, *, fix: str
) -> dict[str, Any]:
    """``text``, read from ``path``, as TOML; else ``error`` saying ``what`` is not valid TOML
    (with the line tomllib names) and how to ``fix`` it."""
    try:
        return tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        raise error(f"{what} is not valid TOML ({exc})", where=str(path), fix=fix) from None


FLATTENED = {"practice": "", "publishing": "", "database": "", "audit": "audit_", "ssh": "ssh_"}
"""Tables whose keys are PracticeConfig's own fields (``[audit] head_file`` is
``audit_head_file``); [inbox] and [alerts] keep a dataclass each."""


def _settings(model: Any, table: str) -> dict[str, Any]:
    """A table as read, key by key, as the settings hold it (a list as a tuple, a number as
    a float)."""
    read = getattr(model, table)
    values: dict[str, Any] = {}
    for name, key in config_fast.TABLES[table].items():
        value = key.value(getattr(read, name))
        values[name] = tuple(value) if isinstance(value, list) else value
    return values


def parse_config(data: Mapping[str, Any], path: Path, text: str = "") -> PracticeConfig:
    """Validate parsed TOML against the schema (types, ranges), then the rules a schema
    cannot say (a real timezone, usable and unique account ids, no secret in the file)."""
    finder = LineFinder(text)
    problems = _Problems(path, finder)
    model: Any = config_fast.read(data)
    warnings: list[ConfigWarning] = []
    if model is None:  # something unusual: the pydantic schema judges it, in its words
        from pydantic import ValidationError

        from medsocial_tui.home.config_schema import ConfigFile, explain, unknown_key_warnings

        try:
            model = ConfigFile.model_validate(dict(data))
        except ValidationError as exc:
            found_at, what, fix = explain(exc)
            raise problems.fail(found_at, what, fix) from None
        warnings = unknown_key_warnings(model, finder, str(path))
    practice = model.practice
    name = practice.name.strip()
    if not name:
        raise problems.fail(
            ("practice", "name"), "practice.name is empty", "write the practice's name"
        )
    try:
        zone(practice.timezone)
    except KeyError:
        raise problems.fail(
            ("practice", "timezone"),
            f"unknown timezone {practice.timezone!r}",
            "use an IANA name such as America/Chicago or Europe/London",
        ) from None
    accounts: list[AccountConfig] = []
    seen: set[str] = set()
    for index, raw in enumerate(model.accounts):
        at: tuple[str | int, ...] = ("accounts", index)
        if not _ACCOUNT_ID.fullmatch(raw.id):
            raise problems.fail(
                (*at, "id"),
                f"account id {raw.id!r} is not usable",
                "use lowercase letters, digits, - and _ (up to 40), e.g. page-main",
            )
        if raw.id in seen:
            raise problems.fail((*at, "id"), f"account id {raw.id!r} is used twice", "rename one")
        seen.add(raw.id)
        secretish = [k for k in raw.settings if _secretish(k)]
        if secretish:
            raise problems.fail(
                (*at, "settings", secretish[0]),
                "a secret is written in the main config",
                f"move it to {SECRETS_NAME} (mode 0600) under [accounts.{raw.id}]",
            )
        if raw.base_url is not None and not re.match(r"^https?://", raw.base_url):
            raise problems.fail(
                (*at, "base_url"), f"base_url {raw.base_url!r} is not http(s)", "fix it"
            )
        accounts.append(
            AccountConfig(
                id=raw.id,
                channel=raw.channel,
                name=raw.name if raw.name is not None else raw.id,
                base_url=raw.base_url,
                settings=dict(raw.settings),
                enabled=raw.enabled,
            )
        )
    for key in ("authorized_keys", "command"):
        value = getattr(model.ssh, key)
        if value and not value.startswith("/"):
            raise problems.fail(
                ("ssh", key), f"ssh.{key} must be an absolute path", "start it with /"
            )
    for day, value in model.hours.items():
        if day not in WEEKDAYS:
            raise problems.fail(
                ("hours", day), f"{day!r} is not a weekday", "use mon, tue, ... sun"
            )
        if not (value == "closed" or _OPEN_HOURS.fullmatch(value)):
            raise problems.fail(
                ("hours", day),
                f"hours.{day} = {value!r} is not opening hours",
                'write "08:00-17:00" (24-hour clock) or "closed"',
            )
    if model.alerts.command and not model.alerts.command[0].startswith("/"):
        raise problems.fail(
            ("alerts", "command"),
            "alerts.command must start with the program's absolute path",
            'write it as a list, e.g. command = ["/usr/local/bin/page-the-office", "--quiet"]',
        )
    colors = {
        k: v for k, v in config_fast.as_data(model.colors).items() if isinstance(v, str) and v
    }
    head_file = model.audit.head_file
    if head_file and not Path(head_file).is_absolute():
        raise problems.fail(
            ("audit", "head_file"),
            f"audit.head_file {head_file!r} is not an absolute path",
            'write the whole path, e.g. "/var/log/medsocial/audit-head.log"',
        )
    flat = {
        prefix + key: value
        for table, prefix in FLATTENED.items()
        for key, value in _settings(model, table).items()
    }
    return PracticeConfig(
        **{**flat, "name": name},
        accounts=tuple(accounts),
        keys=dict(model.keys),
        colors=colors,
        hours=dict(model.hours),
        source=path,
        warnings=tuple(warnings),
        inbox=InboxSettings(**_settings(model, "inbox")),
        alerts=AlertSettings(**_settings(model, "alerts")),
    )


def _env_name(account_id: str, field_name: str) -> str:
    return "MEDSOCIAL_SECRET_" + re.sub(r"[^A-Z0-9]", "_", f"{account_id}_{field_name}".upper())


def secret_env_name(account_id: str, field_name: str) -> str:
    """The environment variable that can hold one account credential."""
    return _env_name(account_id, field_name)


@dataclass(frozen=True)
class Secrets:
    """Credentials per account id. Never printed: ``repr`` shows only the field names."""

    by_account: Mapping[str, Mapping[str, str]] = field(default_factory=dict)
    alert_urls: tuple[str, ...] = field(default=(), repr=False)
    """``[alerts] apprise = [...]``: where alerts go (apprise URLs carry credentials)."""

    def __repr__(self) -> str:
        fields = {k: sorted(v) for k, v in self.by_account.items()}
        return f"Secrets({fields}, {len(self.alert_urls)} alert URLs)"

    def for_account(
        self, account_id: str, names: list[str] | tuple[str, ...] = ()
    ) -> dict[str, str]:
        found = dict(self.by_account.get(account_id, {}))
        for name in names:
            env = os.environ.get(_env_name(account_id, name))
            if env:
                found[name] = env
        return found


def refuse_shared_secret(path: Path, *, then: str = "") -> None:
    """SecretsError when group or others may read ``path`` (secrets.toml, roster.key): the
    fix is ``chmod 600``, and ``then`` what else to do since others could read it."""
    mode = stat.S_IMODE(path.stat().st_mode)
    if mode & 0o077:
        raise SecretsError(
            f"{path.name} can be read by other users (mode {mode:o})",
            where=str(path),
            fix=f"run `chmod 600 {path}`{then}",
        )


def load_secrets(home: Home) -> Secrets:
    """Read ``secrets.toml``; refuse it when group or others can read it."""
    path = home.secrets_path
    if not path.exists():
        return Secrets()
    refuse_shared_secret(path, then="; then consider rotating the tokens in it")
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise SecretsError(
            f"cannot read {path.name} ({exc})",
            where=str(path),
            fix="it belongs to the practice's service account: run medsocial as that account "
            "(SSH key or sudo, docs/deploy.md)",
        ) from None
    data = read_toml(
        text,
        path,
        SecretsError,
        "the secrets file",
        fix='fix that line; each account is a table [accounts.<id>] with `name = "value"`',
    )
    accounts = data.get("accounts", {})
    if not isinstance(accounts, dict):
        raise SecretsError("[accounts] must be a table", where=str(path))
    clean: dict[str, dict[str, str]] = {}
    for account_id, values in accounts.items():
        if not isinstance(values, dict):
            raise SecretsError(f"[accounts.{account_id}] must be a table", where=str(path))
        clean[account_id] = {str(k): str(v) for k, v in values.items()}
    alerts = data.get("alerts", {})
    urls = alerts.get("apprise", []) if isinstance(alerts, dict) else None
    if isinstance(urls, str):
        urls = [urls]
    if not isinstance(urls, list) or not all(isinstance(u, str) for u in urls):
        raise SecretsError(
            "[alerts] apprise must be a list of apprise URLs",
            where=str(path),
            fix='write it as apprise = ["mailtos://user:password@example.org", ...]',
        )
    return Secrets(clean, tuple(u.strip() for u in urls if u.strip()))


def write_private(path: Path, data: bytes, *, mode: int = 0o600) -> None:
    """Replace ``path`` with ``data`` in one step, through a new file of unpredictable name in
    the same folder (created with O_EXCL, never following a link), synced before the rename."""
    import tempfile

    fd, name = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "wb") as handle:
            os.fchmod(handle.fileno(), mode)
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(name, path)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(name)
        raise


def write_secrets(
    home: Home, secrets: Mapping[str, Mapping[str, str]], alert_urls: tuple[str, ...] = ()
) -> None:
    """Write the app-owned secrets file with mode 0600 from its first byte."""
    import tomli_w

    content: dict[str, object] = {"accounts": {k: dict(v) for k, v in secrets.items()}}
    if alert_urls:
        content["alerts"] = {"apprise": list(alert_urls)}
    data = tomli_w.dumps(content)
    write_private(home.secrets_path, data.encode("utf-8"))
