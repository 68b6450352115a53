"""No gate of the rule engine skips a rule where it could fire.

The engine reads a rule only where it can match: not at all in a text without its gate
words (``Rule.gate``) or when it ``needs_person`` and nobody is in the text, only at its
start words or marks, and not once its ``trigger`` is missing. Each rule here is also run
with no gate at all (its whole pattern scanned over the text, every match handed to its
person test and vetoes) over the dev corpora, as written, upper- and lower-cased, and both
ways must find the same. A rule added to ``rules.toml`` with start words or a trigger that
leave out a text it matches in fails here by name, whatever its cases say.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from functools import lru_cache

import pytest
from generated import generate
from labelled import load_corpus
from wide import generate as generate_wide

from medsocial_tui.compliance import rules as guard_rules
from medsocial_tui.compliance import text as guard_text
from medsocial_tui.compliance.context import EMPTY_CONTEXT
from medsocial_tui.compliance.findings import Finding

# Rules whose trigger is known to leave out texts the rule fires in: a finding the rule
# does not make (a recall question for the rule's owner, not a speed one). Fixing the
# trigger changes what the guard finds, so it is listed here until then; the test fails
# once the gap is closed, so the entry goes with it.
KNOWN_GAPS = {
    # "My father, Yuki Haddad, age 101, keeps losing weight": the pattern reads ", age 1…"
    # after a name, the trigger has no "age" (nor ", a 5", ", aged"), so the rule is
    # skipped in such a text (there name.relation_before finds the name; without a family
    # word before it, nothing else may).
    "name.clinical_subject",
}
GAP_TEXTS = ["My father, Yuki Haddad, age 101, keeps losing weight"]  # whichever are sampled


@dataclass(frozen=True)
class _Text:
    text: str
    starts: dict[str, list[int]] | None
    cues: bool
    people: tuple[int, ...]  # names the identifier and name tables find, for [[facility]]


@lru_cache(maxsize=1)
def _texts() -> tuple[_Text, ...]:
    """The dev texts (no held-out part) with what the engine works out once per text."""
    corpus = [s.text for s in load_corpus() if s.split != "held_out"]
    # (each case copy of every fourth text, 100 generated and 100 wide ones: every copy and
    # 400 of each took the gated rules 24 s of a suite whose fresh-clone CI reached 673 s
    # of its 600, half of them 12 s of CPU when it reached 706 s)
    texts = corpus + [t.upper() for t in corpus[::4]] + [t.lower() for t in corpus[2::4]]
    texts += [s.text for s in generate("dev", 100)]
    texts += [s.text for s in generate_wide("wide_dev", 100)] + GAP_TEXTS
    out = []
    for text in dict.fromkeys(texts):
        starts = guard_text.word_starts(text)
        cues = bool(guard_rules._index(text).cues)
        first: list[Finding] = []
        guard_rules._collect_all(
            guard_rules._FIRST_RULES, text, EMPTY_CONTEXT, (), first, starts, cues
        )
        people = tuple(sorted(f.start for f in first if f.label == "name"))
        out.append(_Text(text, starts, cues, people))
    return tuple(out)


def _gated(rule: guard_rules.Rule, item: _Text, facility: bool) -> list[Finding]:
    found: list[Finding] = []
    people = item.people if facility else ()
    anyone = bool(people) or item.cues
    guard_rules._collect_all((rule,), item.text, EMPTY_CONTEXT, people, found, item.starts, anyone)
    return found


def _ungated(rule: guard_rules.Rule, item: _Text, facility: bool) -> list[Finding]:
    found: list[Finding] = []
    people = item.people if facility else ()
    for m in rule.pattern.finditer(item.text):
        rule._keep(item.text, m, EMPTY_CONTEXT, people, found)
    return found


_TABLES = [(rule, False) for rule in guard_rules._FIRST_RULES] + [
    (rule, True) for rule in guard_rules.FACILITY_RULES
]


@pytest.mark.parametrize(
    ("rule", "facility"),
    [
        pytest.param(
            rule,
            facility,
            id=rule.name,
            marks=[pytest.mark.xfail(strict=True, reason="trigger gap")]
            if rule.name in KNOWN_GAPS
            else [],
        )
        for rule, facility in _TABLES
    ],
)
def test_a_gated_rule_finds_what_it_finds_ungated(rule: guard_rules.Rule, facility: bool) -> None:
    for item in _texts():
        expected = _ungated(rule, item, facility)
        assert _gated(rule, item, facility) == expected, (rule.name, item.text)


def test_the_ungated_reference_can_fail() -> None:
    """A trigger that leaves a matching text out is caught: the same rule with a trigger
    its texts never hold finds less gated than ungated."""
    rule = next(r for r in guard_rules.IDENTIFIER_RULES if r.name == "ssn.bare")
    broken = replace(rule, trigger=guard_rules._trigger("zzqx"))
    missed = [
        item for item in _texts() if _gated(broken, item, False) != _ungated(broken, item, False)
    ]
    assert missed
    assert all(_gated(rule, item, False) == _ungated(rule, item, False) for item in missed)


def _missing_needs(rule: guard_rules.Rule) -> list[str]:
    """The dev texts where ``rule``'s whole pattern (no gate at all) matches though the
    text lacks a character the rule ``needs``: texts its ``needs`` gate would hide."""
    return [
        item.text
        for item in _texts()
        if not guard_rules.has_needs(rule, guard_rules.text_marks(item.text))
        and next(iter(rule.pattern.finditer(item.text)), None) is not None
    ]


_NEEDING = [rule for rule, _ in _TABLES if rule.needs]


def test_some_rules_declare_what_they_need() -> None:
    assert len(_NEEDING) >= 10


@pytest.mark.parametrize("rule", _NEEDING, ids=[rule.name for rule in _NEEDING])
def test_a_rule_matches_only_where_it_has_what_it_needs(rule: guard_rules.Rule) -> None:
    """``Rule.needs`` is a necessary condition: wherever the pattern matches (a match its
    vetoes may still drop), the text holds a character of every group."""
    assert _missing_needs(rule) == [], rule.name


def test_a_wrong_need_is_caught() -> None:
    """A ``needs`` the matches do not hold is found: ssn.bare needing "#" (its numbers
    come without one), and a gate with it finds less than the rule ungated."""
    rule = next(r for r in guard_rules.IDENTIFIER_RULES if r.name == "ssn.bare")
    broken = replace(rule, needs="#")
    assert _missing_needs(broken)
    assert any(_gated(broken, item, False) != _ungated(broken, item, False) for item in _texts())


def test_text_marks_stand_for_digits_and_capitals() -> None:
    assert {"0", "A", "(", "7", "B"} <= guard_rules.text_marks("(7 B")
    assert "0" in guard_rules.text_marks("age \u0663\u0665")  # Arabic-Indic digits: \d
    assert not {"0", "A"} & guard_rules.text_marks("no digits, no capitals")


def test_gate_words_of_a_class_hold_every_letter_of_it() -> None:
    # "b[äa]ckerei": the words read off the class are both spellings, and a gate made of it
    # passes a text with either, in any case (a veto it guards is asked there).
    from medsocial_tui.compliance import lazy

    for flags in (re.IGNORECASE, 0):
        trigger = lazy.compile(r"\b(?:bakery|b[äa]ckerei)\b", flags)
        words = guard_rules._trigger_words(trigger)[0]
        assert words is not None and {"bäckerei", "backerei"} <= set(words)

        def veto(text: str, finding: Finding) -> bool:
            return True

        plan = guard_rules._GatePlan([veto], {veto: guard_rules._triggers(trigger)})
        texts = ["die bäckerei müller", "die bäckerei ☺", "the backerei", "in der bäckerei"]
        if flags:
            texts += ["DIE BÄCKEREI", "Bäckerei Hof ☺"]
        for text in texts:
            assert guard_rules._triggered(trigger, text), text
            assert not guard_rules._trigger_absent(trigger, text), text
            assert plan.passing(text) == (veto,), text
        assert plan.passing("the bakers' shop") == ()
