"""What ``practice.toml`` may hold: its tables, keys, types and sane ranges, and where in the
file each key was written (so an error or warning names the line a person must change).

The schema is written once, as data, in :mod:`config_fast` (which reads a correct file
without pydantic); the pydantic models here are built from it. Unknown keys are kept aside and reported as warnings (a typo such as
``nmae`` would otherwise silently fall back to a default).
"""

from __future__ import annotations

import difflib
import math
from typing import Any

from pydantic import BaseModel, ConfigDict, Field, ValidationError, create_model

from medsocial_tui.home.config_fast import ACCOUNT, MAPS, REQUIRED, TABLES, Key
from medsocial_tui.home.config_lines import ConfigWarning, LineFinder, Path_, dotted

__all__ = ["ConfigWarning", "LineFinder", "dotted", "explain", "unknown_key_warnings"]


class _Table(BaseModel):
    model_config = ConfigDict(extra="allow", strict=True, frozen=True)


_TYPES: dict[str, Any] = {
    "text": str,
    "whole": int,
    "number": float,
    "flag": bool,
    "texts": list[str],
    "table": dict[str, Any],
    "table_of_texts": dict[str, str],
}


def _field(key: Key) -> tuple[Any, Any]:
    """A pydantic field for one key of :mod:`config_fast`'s schema."""
    annotation = _TYPES[key.kind]
    limits: dict[str, Any] = {}
    if key.low is not None:
        limits["gt" if key.above else "ge"] = key.low
    if key.high is not None:
        limits["le"] = key.high
    if key.kind == "number":
        limits["allow_inf_nan"] = False
    if key.default is REQUIRED:
        return annotation, Field(**limits)
    if key.default is None:
        annotation = annotation | None
    if callable(key.default):
        return annotation, Field(default_factory=key.default, **limits)
    return annotation, Field(default=key.default, **limits)


def _model(name: str, keys: dict[str, Key]) -> type[_Table]:
    fields: dict[str, Any] = {key: _field(spec) for key, spec in keys.items()}
    return create_model(name, __base__=_Table, **fields)


TABLE_MODELS: dict[str, type[_Table]] = {
    name: _model(f"{name.title()}Table", keys) for name, keys in TABLES.items()
}
AccountTable = _model("AccountTable", ACCOUNT)


def _top_fields() -> dict[str, Any]:
    fields: dict[str, Any] = {"practice": (TABLE_MODELS["practice"], ...)}
    for name, model in TABLE_MODELS.items():
        if name != "practice":
            fields[name] = (model, model())
    accounts: Any = list[AccountTable]  # type: ignore[valid-type]  # a model built at import
    fields["accounts"] = (accounts, Field(default_factory=list))
    for name in MAPS:
        fields[name] = (dict[str, str], Field(default_factory=dict))
    return fields


ConfigFile = create_model("ConfigFile", __base__=_Table, **_top_fields())
"""The whole file, built from :data:`config_fast.TABLES` (the one schema)."""

RANGE_WORDS: dict[str, str] = {
    name: key.words for keys in TABLES.values() for name, key in keys.items() if key.words
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


def unknown_key_warnings(model: BaseModel, finder: LineFinder, file: str) -> list[ConfigWarning]:
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
