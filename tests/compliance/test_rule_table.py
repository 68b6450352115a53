"""The cue rules are data (``compliance/rules.toml``): the file loads into the tables the
guard reads, and a rule that names a field, fragment or veto there is none of stops the
load with a message that names the rule."""

from __future__ import annotations

from importlib import resources

import pytest

from medsocial_tui.compliance import rules as guard_rules
from medsocial_tui.compliance.context import EMPTY_CONTEXT
from medsocial_tui.compliance.identifiers import URL

_GOOD = """
[[identifier]]
name = "test.rule"
label = "record_number"
pattern = ['\\b{CAP}', '[ \\t]+\\d+']
reason = "a test"
vetoes = ["own_address"]
trigger = '\\d'
trigger_case = true
"""


def _shipped() -> str:
    return resources.files("medsocial_tui.compliance").joinpath("rules.toml").read_text("utf-8")


def test_the_shipped_file_is_the_guards_tables() -> None:
    loaded = guard_rules.load_tables(_shipped())
    tables = {
        "facility": guard_rules.FACILITY_RULES,
        "identifier": guard_rules.IDENTIFIER_RULES,
        "name": guard_rules.NAME_RULES,
    }
    assert set(loaded) == set(tables)
    for table, theirs in tables.items():
        mine = loaded[table]
        assert [r.name for r in mine] == [r.name for r in theirs]
        assert [r.pattern.pattern for r in mine] == [r.pattern.pattern for r in theirs]
        assert [r.vetoes for r in mine] == [r.vetoes for r in theirs]
        assert [r.starts for r in mine] == [r.starts for r in theirs]


def test_a_rule_reads_its_fields_fragments_and_vetoes() -> None:
    (rule,) = guard_rules.load_tables(_GOOD)["identifier"]
    assert rule.name == "test.rule"
    assert rule.pattern.pattern == rf"\b{guard_rules._CAP}[ \t]+\d+"
    assert rule.vetoes == (guard_rules._own_address,)
    assert rule.trigger is not None and rule.trigger.pattern == r"\d"
    assert rule.trigger.flags & 2 == 0  # trigger_case: case kept
    assert [f.reason for f in rule.finditer("Maria 12345", EMPTY_CONTEXT)] == ["a test [test.rule]"]


def test_a_rule_may_ask_its_trigger_pattern_first() -> None:
    # (speed15) starts at every capitalised word, the trigger a pattern: asked after a match
    # unless the entry says trigger_first, as measured cheaper for that rule
    source = _GOOD + "starts = 'A'\n"
    (after,) = guard_rules.load_tables(source)["identifier"]
    (first,) = guard_rules.load_tables(source + "trigger_first = true\n")["identifier"]
    assert not after.trigger_first and first.trigger_first
    assert not guard_rules._trigger_absent(first.trigger, "Maria 12345")  # type: ignore[arg-type]
    assert guard_rules._trigger_absent(first.trigger, "Maria Lopez")  # type: ignore[arg-type]


def test_a_whole_shared_pattern_is_used_as_it_is() -> None:
    source = _GOOD.replace("pattern = ['\\b{CAP}', '[ \\t]+\\d+']", 'pattern = "{URL}"')
    (rule,) = guard_rules.load_tables(source)["identifier"]
    assert rule.pattern is URL


@pytest.mark.parametrize(
    ("change", "message"),
    [
        (('vetoes = ["own_address"]', 'vetoes = ["own_adress"]'), "no veto 'own_adress'"),
        (("{CAP}", "{CAPS}"), "no fragment {CAPS}"),
        (("{CAP}", "{URL}"), "no fragment {URL}"),  # a whole pattern is no piece of one
        (("trigger_case = true", "trigger_cases = true"), "no field trigger_cases"),
        (('reason = "a test"\n', ""), "lacks reason"),
        (("[[identifier]]", "[[identifiers]]"), "no table identifiers"),
        (("trigger = '\\d'", "trigger = 3"), "a string or a list of strings"),
    ],
    ids=["veto", "fragment", "pattern-as-fragment", "field", "missing", "table", "type"],
)
def test_a_name_that_does_not_exist_stops_the_load(change: tuple[str, str], message: str) -> None:
    old, new = change
    assert old in _GOOD
    with pytest.raises(guard_rules.RuleTableError, match="test.rule|rules.toml") as raised:
        guard_rules.load_tables(_GOOD.replace(old, new, 1))
    assert message in str(raised.value)
