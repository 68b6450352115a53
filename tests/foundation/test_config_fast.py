"""The quick config reading (no pydantic) agrees with the pydantic schema: on the example
config, the demo's and the test homes' configs, and on thousands of broken variants of them
(every key given every wrong type, out-of-range numbers, missing keys, unknown keys), it
gives exactly the schema's values or steps aside (None) so the schema speaks."""

from __future__ import annotations

import copy
import math
import re
import tomllib
from pathlib import Path

import pytest
from pydantic import ValidationError

from medsocial_tui.home import config_fast, demo
from medsocial_tui.home.config_schema import ConfigFile

ROOT = Path(__file__).resolve().parents[2]
ODD_VALUES = (
    "text",
    "",
    0,
    -1,
    1,
    29,
    30,
    601,
    10**9,
    1.5,
    -0.5,
    0.0,
    math.inf,
    math.nan,
    True,
    False,
    [],
    ["a"],
    [1],
    {},
    {"a": "b"},
    {"a": 1},
)


def sample_configs(tmp_path: Path) -> list[dict]:
    home = demo.build(tmp_path / "demo", login="frontdesk")
    texts = [
        (ROOT / "config" / "practice.example.toml").read_text("utf-8"),
        home.config_path.read_text("utf-8"),
        '[practice]\nname = "Bench"\ntimezone = "UTC"\n[publishing]\nlate_tolerance_minutes = 600\n'
        '[[accounts]]\nid = "page-0"\nchannel = "loopback"\nbase_url = "http://127.0.0.1:1"\n'
        "[database]\nbusy_timeout_seconds = 2\n",
    ]
    return [tomllib.loads(t) for t in texts]


def leaves(data, path=()):
    if isinstance(data, dict):
        for k, v in data.items():
            yield from leaves(v, (*path, k))
    elif isinstance(data, list) and data and isinstance(data[0], dict):
        for i, v in enumerate(data):
            yield from leaves(v, (*path, i))
    yield path


def put(data, path, value):
    target = data
    for part in path[:-1]:
        target = target[part]
    if value is KeyError:
        del target[path[-1]]
    else:
        target[path[-1]] = value


def variants(data):
    yield data
    for path in list(leaves(data)):
        if not path:
            continue
        for value in (*ODD_VALUES, KeyError):
            changed = copy.deepcopy(data)
            put(changed, path, value)
            yield changed
        container = path[:-1]
        changed = copy.deepcopy(data)
        try:
            put(changed, (*container, "nmae"), "x")
        except (TypeError, KeyError, IndexError):
            continue
        yield changed
    for table in ("publishing", "database", "colors", "ssh", "audit", "hours", "keys"):
        changed = copy.deepcopy(data)
        changed[table] = {}
        yield changed


def agree(data) -> str:
    fast = config_fast.read(data)
    try:
        model = ConfigFile.model_validate(dict(data))
    except (ValidationError, TypeError):
        assert fast is None, data
        return "refused"
    if fast is None:
        return "stepped aside"
    assert config_fast.as_data(fast) == model.model_dump(), data
    return "same"


@pytest.fixture
def configs(tmp_path, monkeypatch):
    monkeypatch.setenv("MEDSOCIAL_USER", "frontdesk")
    return sample_configs(tmp_path)


def test_the_quick_reading_gives_the_schemas_values_or_steps_aside(configs):
    seen: dict[str, int] = {}
    for data in configs:
        for variant in variants(data):
            verdict = agree(variant)
            seen[verdict] = seen.get(verdict, 0) + 1
    assert seen["same"] > 100 and seen["refused"] > 100 and seen["stepped aside"] > 10, seen


def test_a_correct_config_is_read_without_pydantic(configs):
    for data in configs:
        assert config_fast.read(data) is not None


def test_an_unknown_key_still_gets_its_warning(tmp_path):
    from medsocial_tui.home.config import parse_config

    text = '[practice]\nname = "A"\ntimezone = "UTC"\nnmae = "typo"\n'
    cfg = parse_config(tomllib.loads(text), tmp_path / "practice.toml", text)
    assert len(cfg.warnings) == 1 and "nmae" in str(cfg.warnings[0])


def test_one_schema_gives_every_default_and_range(tmp_path):
    """The schema is written once (config_fast.TABLES): pydantic's models are built from it,
    and the settings' dataclasses take their defaults from it, so a file that says nothing
    but the practice reads as the dataclasses' own defaults."""
    from medsocial_tui.home import config_schema
    from medsocial_tui.home.config import AlertSettings, InboxSettings, PracticeConfig, parse_config

    source = Path(config_schema.__file__).read_text("utf-8")
    assert "Field(default=" not in source.replace("Field(default=key.default", "")
    assert not re.search(r"\b(ge|le|gt)=\d", source)
    path = tmp_path / "practice.toml"
    read = parse_config({"practice": {"name": "A", "timezone": "UTC"}}, path)
    assert read == PracticeConfig(name="A", timezone="UTC", source=path)
    assert read.inbox == InboxSettings() and read.alerts == AlertSettings()
    fields = config_schema.ConfigFile.model_fields
    assert set(fields["inbox"].annotation.model_fields) == set(config_fast.TABLES["inbox"])
