"""A quick reading of a ``practice.toml`` that is exactly right, without loading pydantic.

Every command reads the config; building the pydantic schema costs more than the rest of
``medsocial post list``. This module accepts only what :mod:`config_schema` accepts (strict
types, the same ranges and defaults) and only when nothing is unusual: any unknown key, wrong
type, value out of range or missing key gives ``None``, and the caller asks the pydantic
schema, which says what is wrong, where, in the usual words. ``tests/foundation/
test_config_fast.py`` checks the two agree on every file the tests write and on many broken
variants of them.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Mapping
from types import SimpleNamespace
from typing import Any

Check = Callable[[Any], bool]


def _text(value: Any) -> bool:
    return type(value) is str


def _whole(low: int, high: int) -> Check:
    return lambda v: type(v) is int and low <= v <= high


def _number(low: float, high: float, *, above: bool = False) -> Check:
    def check(v: Any) -> bool:
        if type(v) not in (int, float) or not math.isfinite(v):
            return False
        return (v > low if above else v >= low) and v <= high

    return check


def _flag(value: Any) -> bool:
    return type(value) is bool


def _texts(value: Any) -> bool:
    return type(value) is list and all(type(v) is str for v in value)


def _table_of_texts(value: Any) -> bool:
    return type(value) is dict and all(type(v) is str for v in value.values())


def _table(value: Any) -> bool:
    return type(value) is dict


REQUIRED = object()

# table -> key -> (check, default); mirrors config_schema's models key for key
TABLES: dict[str, dict[str, tuple[Check, Any]]] = {
    "practice": {
        "name": (_text, REQUIRED),
        "timezone": (_text, REQUIRED),
        "phone": (_text, ""),
        "address": (_text, ""),
        "website": (_text, ""),
        "portal_url": (_text, ""),
        "trusted_sources": (_texts, list),
        "one_person_practice": (_flag, False),
        "review_required": (_flag, True),
        "hours_change_review": (_flag, False),
    },
    "publishing": {
        "late_tolerance_minutes": (_whole(0, 7 * 24 * 60), 120),
        "quiet_after_days": (_whole(1, 3650), 14),
        "lease_seconds": (_whole(30, 24 * 3600), 600),
        "reconcile_grace_seconds": (_whole(0, 24 * 3600), 120),
        "request_timeout_seconds": (_number(0, 600, above=True), 30.0),
        "reconcile_recheck_seconds": (_number(0, 600), 2.0),
    },
    "database": {"busy_timeout_seconds": (_number(0, 3600), 30.0)},
    "colors": {"primary": (_text, ""), "accent": (_text, "")},
    "ssh": {"authorized_keys": (_text, ""), "command": (_text, "")},
    "audit": {
        "head_file": (_text, ""),
        "syslog": (_flag, None),
        "syslog_address": (_text, "/dev/log"),
    },
    "inbox": {
        "greet_by_name": (_flag, False),
        "negative_rating": (_whole(0, 5), 3),
        "negative_review_approval": (_flag, True),
        "answer_within_hours": (_number(0, 24 * 14, above=True), 4.0),
        "pages_per_run": (_whole(1, 1000), 20),
    },
    "alerts": {
        "on_new": (_flag, True),
        "on_overdue": (_flag, True),
        "command": (_texts, list),
        "timeout_seconds": (_number(0, 600, above=True), 20.0),
    },
}
ACCOUNT: dict[str, tuple[Check, Any]] = {
    "id": (_text, REQUIRED),
    "channel": (_text, REQUIRED),
    "name": (_text, None),
    "base_url": (_text, None),
    "settings": (_table, dict),
    "enabled": (_flag, True),
}
FLOATS = frozenset(
    {
        "request_timeout_seconds",
        "reconcile_recheck_seconds",
        "busy_timeout_seconds",
        "answer_within_hours",
        "timeout_seconds",
    }
)
TOP = frozenset({*TABLES, "accounts", "keys", "hours"})


def _read(given: Any, keys: dict[str, tuple[Check, Any]]) -> SimpleNamespace | None:
    if type(given) is not dict or not given.keys() <= keys.keys():
        return None
    values: dict[str, Any] = {}
    for key, (check, default) in keys.items():
        if key in given:
            value = given[key]
            if not check(value):
                return None
            values[key] = float(value) if key in FLOATS else value
        elif default is REQUIRED:
            return None
        else:
            values[key] = default() if callable(default) else default
    return SimpleNamespace(**values)


def read(data: Mapping[str, Any]) -> SimpleNamespace | None:
    """The config as the schema would give it, or None for anything the schema must judge."""
    if not data.keys() <= TOP or "practice" not in data:
        return None
    model: dict[str, Any] = {}
    for name, keys in TABLES.items():
        table = _read(data.get(name, {}), keys)
        if table is None:
            return None
        model[name] = table
    accounts = data.get("accounts", [])
    if type(accounts) is not list:
        return None
    model["accounts"] = []
    for entry in accounts:
        account = _read(entry, ACCOUNT)
        if account is None:
            return None
        model["accounts"].append(account)
    for name in ("keys", "hours"):
        value = data.get(name, {})
        if not _table_of_texts(value):
            return None
        model[name] = value
    return SimpleNamespace(**model)


def as_data(model: Any) -> Any:
    """A model (this module's or pydantic's) as plain data, to compare the two."""
    if hasattr(model, "model_dump"):
        return model.model_dump()
    if isinstance(model, SimpleNamespace):
        return {k: as_data(v) for k, v in vars(model).items()}
    if isinstance(model, list):
        return [as_data(v) for v in model]
    return model
