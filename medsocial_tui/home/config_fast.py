"""A quick reading of a ``practice.toml`` that is exactly right, without loading pydantic.

Every command reads the config; building the pydantic schema costs more than the rest of
``medsocial post list``. The schema itself is data here (:data:`TABLES`, :data:`ACCOUNT`),
and :mod:`config_schema` builds its pydantic models from it, so the two accept the same
types, ranges and defaults. This reading steps aside when anything is unusual: any unknown
key, wrong type, value out of range or missing key gives ``None``, and the caller asks the
pydantic schema, which says what is wrong, where, in the usual words. ``tests/foundation/
test_config_fast.py`` checks the two agree on every file the tests write and on many broken
variants of them.
"""

from __future__ import annotations

import math
from collections.abc import Mapping
from dataclasses import dataclass
from types import SimpleNamespace
from typing import Any

REQUIRED = object()
"""The default of a key that must be written."""


@dataclass(frozen=True)
class Key:
    """One key of ``practice.toml``: its kind, default (:data:`REQUIRED`, a value, or
    ``list``/``dict`` for an empty one), its range and the range in a person's words. The
    pydantic schema (:mod:`config_schema`) and the config's dataclasses are built from these."""

    kind: str
    """text, whole, number, flag, texts (a list of text), table, or table_of_texts."""
    default: Any = REQUIRED
    low: float | None = None
    high: float | None = None
    above: bool = False
    """``low`` itself is out of range (more than 0, not 0)."""
    words: str = ""

    def check(self, value: Any) -> bool:
        kind = self.kind
        if kind == "text":
            return type(value) is str
        if kind == "flag":
            return type(value) is bool
        if kind == "texts":
            return type(value) is list and all(type(v) is str for v in value)
        if kind == "table":
            return type(value) is dict
        if kind == "table_of_texts":
            return type(value) is dict and all(type(v) is str for v in value.values())
        if kind == "whole":
            if type(value) is not int:
                return False
        elif type(value) not in (int, float) or not math.isfinite(value):
            return False
        if self.low is not None and (value <= self.low if self.above else value < self.low):
            return False
        return self.high is None or value <= self.high

    def value(self, given: Any) -> Any:
        return float(given) if self.kind == "number" else given

    def default_value(self) -> Any:
        return self.default() if callable(self.default) else self.default


TABLES: dict[str, dict[str, Key]] = {
    "practice": {
        "name": Key("text"),
        "timezone": Key("text"),
        "phone": Key("text", ""),
        "address": Key("text", ""),
        "website": Key("text", ""),
        "portal_url": Key("text", ""),
        "trusted_sources": Key("texts", list),
        "one_person_practice": Key("flag", False),
        "review_required": Key("flag", True),
        "hours_change_review": Key("flag", False),
    },
    "publishing": {
        "late_tolerance_minutes": Key(
            "whole",
            120,
            0,
            7 * 24 * 60,
            words="minutes a post may be late and still go out (0 to 10080, a week)",
        ),
        "quiet_after_days": Key(
            "whole",
            14,
            1,
            3650,
            words="days without a post before an account is flagged (1 to 3650)",
        ),
        "lease_seconds": Key(
            "whole", 600, 30, 24 * 3600, words="seconds a flush may hold a delivery (30 to 86400)"
        ),
        "reconcile_grace_seconds": Key(
            "whole",
            120,
            0,
            24 * 3600,
            words="seconds before an absent post is sent again (0 to 86400)",
        ),
        "request_timeout_seconds": Key(
            "number", 30.0, 0, 600, True, "seconds to wait for a network (more than 0, up to 600)"
        ),
        "reconcile_recheck_seconds": Key(
            "number",
            2.0,
            0,
            600,
            False,
            "seconds between the two reads that prove a post absent (0 to 600)",
        ),
    },
    "database": {
        "busy_timeout_seconds": Key(
            "number", 30.0, 0, 3600, False, "seconds a write waits for another process (0 to 3600)"
        )
    },
    "colors": {"primary": Key("text", ""), "accent": Key("text", "")},
    "ssh": {"authorized_keys": Key("text", ""), "command": Key("text", "")},
    "audit": {
        "head_file": Key("text", ""),
        "syslog": Key("flag", None),
        "syslog_address": Key("text", "/dev/log"),
    },
    "inbox": {
        "greet_by_name": Key("flag", False),
        "negative_rating": Key(
            "whole",
            3,
            0,
            5,
            words="the highest star rating that counts as a negative review (0 to 5)",
        ),
        "negative_review_approval": Key("flag", True),
        "answer_within_hours": Key(
            "number",
            4.0,
            0,
            24 * 14,
            True,
            "working hours an item may wait for an answer (more than 0, up to 336)",
        ),
        "pages_per_run": Key(
            "whole",
            20,
            1,
            1000,
            words="pages of activity one inbox fetch reads per account (1 to 1000)",
        ),
    },
    "alerts": {
        "on_new": Key("flag", True),
        "on_overdue": Key("flag", True),
        "command": Key("texts", list),
        "timeout_seconds": Key(
            "number", 20.0, 0, 600, True, "seconds an alert may take (more than 0, up to 600)"
        ),
    },
}
"""Every table of ``practice.toml`` but the accounts, key by key: the one schema."""

ACCOUNT: dict[str, Key] = {
    "id": Key("text"),
    "channel": Key("text"),
    "name": Key("text", None),
    "base_url": Key("text", None),
    "settings": Key("table", dict),
    "enabled": Key("flag", True),
}
"""One ``[[accounts]]`` entry."""

MAPS = ("keys", "hours")
"""Top-level tables of text by name: ``[keys]`` (key remaps), ``[hours]`` (by weekday)."""

TOP = frozenset({*TABLES, "accounts", *MAPS})


def default(table: str, key: str) -> Any:
    """The default of ``[table] key`` (for the dataclasses that carry the config)."""
    return TABLES[table][key].default_value()


def _read(given: Any, keys: dict[str, Key]) -> SimpleNamespace | None:
    if type(given) is not dict or not given.keys() <= keys.keys():
        return None
    values: dict[str, Any] = {}
    for name, key in keys.items():
        if name in given:
            if not key.check(given[name]):
                return None
            values[name] = key.value(given[name])
        elif key.default is REQUIRED:
            return None
        else:
            values[name] = key.default_value()
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
    for name in MAPS:
        value = data.get(name, {})
        if not Key("table_of_texts").check(value):
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
