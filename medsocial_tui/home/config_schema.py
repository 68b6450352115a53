"""What ``practice.toml`` may hold: its tables, keys, types and sane ranges, and where in the
file each key was written (so an error or warning names the line a person must change).

The schema is pydantic; unknown keys are kept aside and reported as warnings (a typo such as
``nmae`` would otherwise silently fall back to a default).
"""

from __future__ import annotations

import difflib
import math
from typing import Any

from pydantic import BaseModel, ConfigDict, Field, ValidationError

from medsocial_tui.home.config_lines import ConfigWarning, LineFinder, Path_, dotted

__all__ = ["ConfigWarning", "LineFinder", "dotted", "explain", "unknown_key_warnings"]


class _Table(BaseModel):
    model_config = ConfigDict(extra="allow", strict=True, frozen=True)


class PracticeTable(_Table):
    name: str
    timezone: str
    phone: str = ""
    address: str = ""
    website: str = ""
    portal_url: str = ""
    trusted_sources: list[str] = Field(default_factory=list)
    one_person_practice: bool = False
    review_required: bool = True
    hours_change_review: bool = False


class PublishingTable(_Table):
    late_tolerance_minutes: int = Field(default=120, ge=0, le=7 * 24 * 60)
    quiet_after_days: int = Field(default=14, ge=1, le=3650)
    lease_seconds: int = Field(default=600, ge=30, le=24 * 3600)
    reconcile_grace_seconds: int = Field(default=120, ge=0, le=24 * 3600)
    request_timeout_seconds: float = Field(default=30.0, gt=0, le=600, allow_inf_nan=False)
    reconcile_recheck_seconds: float = Field(default=2.0, ge=0, le=600, allow_inf_nan=False)


class DatabaseTable(_Table):
    busy_timeout_seconds: float = Field(default=30.0, ge=0, le=3600, allow_inf_nan=False)


class AccountTable(_Table):
    id: str
    channel: str
    name: str | None = None
    base_url: str | None = None
    settings: dict[str, Any] = Field(default_factory=dict)
    enabled: bool = True


class SshTable(_Table):
    authorized_keys: str = ""
    command: str = ""


class AuditTable(_Table):
    head_file: str = ""
    syslog: bool | None = None
    syslog_address: str = "/dev/log"


class InboxTable(_Table):
    greet_by_name: bool = False
    negative_rating: int = Field(default=3, ge=0, le=5)
    negative_review_approval: bool = True
    answer_within_hours: float = Field(default=4.0, gt=0, le=24 * 14, allow_inf_nan=False)
    pages_per_run: int = Field(default=20, ge=1, le=1000)


class AlertsTable(_Table):
    on_new: bool = True
    on_overdue: bool = True
    command: list[str] = Field(default_factory=list)
    timeout_seconds: float = Field(default=20.0, gt=0, le=600, allow_inf_nan=False)


class ColorsTable(_Table):
    primary: str = ""
    accent: str = ""


class ConfigFile(_Table):
    practice: PracticeTable
    publishing: PublishingTable = PublishingTable()
    database: DatabaseTable = DatabaseTable()
    accounts: list[AccountTable] = Field(default_factory=list)
    keys: dict[str, str] = Field(default_factory=dict)
    colors: ColorsTable = ColorsTable()
    ssh: SshTable = SshTable()
    audit: AuditTable = AuditTable()
    hours: dict[str, str] = Field(default_factory=dict)
    inbox: InboxTable = InboxTable()
    alerts: AlertsTable = AlertsTable()


RANGE_WORDS: dict[str, str] = {
    "late_tolerance_minutes": "minutes a post may be late and still go out (0 to 10080, a week)",
    "quiet_after_days": "days without a post before an account is flagged (1 to 3650)",
    "lease_seconds": "seconds a flush may hold a delivery (30 to 86400)",
    "reconcile_grace_seconds": "seconds before an absent post is sent again (0 to 86400)",
    "request_timeout_seconds": "seconds to wait for a network (more than 0, up to 600)",
    "reconcile_recheck_seconds": "seconds between the two reads that prove a post absent "
    "(0 to 600)",
    "busy_timeout_seconds": "seconds a write waits for another process (0 to 3600)",
    "negative_rating": "the highest star rating that counts as a negative review (0 to 5)",
    "answer_within_hours": "working hours an item may wait for an answer (more than 0, up to 336)",
    "pages_per_run": "pages of activity one inbox fetch reads per account (1 to 1000)",
    "timeout_seconds": "seconds an alert may take (more than 0, up to 600)",
}


def unknown_keys(model: BaseModel, path: Path_ = ()) -> list[tuple[Path_, list[str]]]:
    """Every key the schema does not know, with the keys it does know at that place."""
    found: list[tuple[Path_, list[str]]] = []
    for key in model.model_extra or {}:
        found.append(((*path, key), list(type(model).model_fields)))
    for name in type(model).model_fields:
        value = getattr(model, name)
        if isinstance(value, BaseModel):
            found.extend(unknown_keys(value, (*path, name)))
        elif isinstance(value, list):
            for index, item in enumerate(value):
                if isinstance(item, BaseModel):
                    found.extend(unknown_keys(item, (*path, name, index)))
    return found


def unknown_key_warnings(model: ConfigFile, finder: LineFinder, file: str) -> list[ConfigWarning]:
    warnings: list[ConfigWarning] = []
    for path, known in unknown_keys(model):
        name = str(path[-1])
        line = finder.line(path)
        close = difflib.get_close_matches(name, known, n=1)
        table = dotted(path[:-1])
        what = f"unknown key {name!r}" + (f" in [{table}]" if table else "")
        where = (
            f"{file}, line {line}, key {dotted(path)}" if line else f"{file}, key {dotted(path)}"
        )
        fix = (
            f"did you mean {close[0]!r}? medsocial ignores {name!r}"
            if close
            else f"remove it; medsocial ignores it (known here: {', '.join(known)})"
        )
        warnings.append(ConfigWarning(what, where, fix))
    return warnings


def _kind(error_type: str) -> str:
    return {
        "int_type": "a whole number",
        "float_type": "a number",
        "string_type": "text in quotes",
        "bool_type": "true or false",
        "list_type": 'a list such as ["a", "b"]',
        "dict_type": "a table",
        "model_type": "a table",
        "model_attributes_type": "a table",
    }.get(error_type, "")


def explain(error: ValidationError) -> tuple[Path_, str, str]:
    """The first problem pydantic found, as (path, what, fix) in a person's words."""
    first = error.errors(include_url=False)[0]
    path: Path_ = tuple(first["loc"])
    key = dotted(path)
    name = str(path[-1]) if path else ""
    kind = first["type"]
    given = first.get("input")
    if kind == "missing":
        return (
            path,
            f"the required key {key} is missing",
            f"add `{name} = ...` (see config/practice.example.toml)",
        )
    if kind in {
        "greater_than_equal",
        "less_than_equal",
        "greater_than",
        "less_than",
        "finite_number",
    }:
        if isinstance(given, float) and not math.isfinite(given):
            shown = str(given)
        else:
            shown = repr(given)
        words = RANGE_WORDS.get(name, "a value in range")
        return path, f"{key} = {shown} is out of range", f"write {name} as {words}"
    wanted = _kind(kind)
    if wanted:
        found = type(given).__name__
        return path, f"{key} should be {wanted}, found {found}", f"write {key} as {wanted}"
    return path, f"{key}: {first['msg']}", "correct it (see config/practice.example.toml)"
