"""Per-text gates rewritten for speed say exactly what the pattern they stand for says.

A gate is asked once per text before its veto is tried at each name: a quicker way of
asking it must let through the same texts, or the guard's findings change. Each rewrite is
read against its original on the dev texts (general_dev and the corpus's dev part, as
written, upper- and lower-cased) and on texts made to catch the cases a rewrite can get
wrong: the letters beyond ASCII that a case-blind pattern reads as ASCII ones (İ ı ſ K),
an ending right before an accented letter (no word boundary there), each half of a gate
alone.
"""

from __future__ import annotations

from labelled import load_corpus, load_general

from medsocial_tui.compliance import general_vetoes, rules
from medsocial_tui.compliance.findings import Finding

MADE = (
    "",
    "Dexcom",
    "iPhone",
    "the update is due",
    "call us at clinic.com today",
    "the carbonATE",
    "SILVER DIAMINE FLUORIDE",
    "Ωcom",
    "comé",
    "ateé",
    "İate",
    "ſcom",
    "KIDE",
    "pharmaKOS",
    "no shape here at all",
    "Philips Respironics",
    "medix_",
    "ides1",
)


def _texts() -> list[str]:
    written = [s.text for s in load_general("general_dev")]
    written += [s.text for s in load_corpus() if s.split == "dev"]
    return [*MADE, *written, *(t.upper() for t in written), *(t.lower() for t in written)]


def test_product_shape_in_is_the_gate_pattern() -> None:
    gate = general_vetoes.PRODUCT_SHAPE_GATE
    differ = [
        t for t in _texts() if general_vetoes.product_shape_in(t) != (gate.search(t) is not None)
    ]
    assert differ == []


def test_the_product_veto_is_asked_where_its_gate_passes() -> None:
    # the gate table holds the rewrite, and it lets a product's text through to the veto
    gate = rules.NAME_VETO_GATES[general_vetoes._a_product_or_firm]
    assert gate is general_vetoes.product_shape_in
    text = "The Dexcom Stelo is here"
    assert gate(text)
    assert general_vetoes._a_product_or_firm(text, Finding(4, 16, "name", ""))
    assert not gate("Maria Lopez came in on Tuesday")


def test_a_table_plan_holds_each_rule_s_gates_in_order() -> None:
    # ``_collect_all`` reads each rule's person need, characters and gate names from its
    # table's plan: the plan must say what the rules say, for every table it is asked of
    for table in (rules._FIRST_RULES, rules.FACILITY_RULES):
        plan = rules._table_plan(table)
        assert [entry[0] for entry in plan] == list(table)
        for rule, needs_person, needed, first, second, plain, trigger_first in plan:
            assert needs_person == rule.needs_person
            # read at its start words in ``_collect_all`` itself, as ``Rule.collect`` would,
            # its trigger's words looked up first where ``Rule.collect`` looks them up first
            assert plain == rule.at_words_only
            assert trigger_first == rule.trigger_first
            assert needed == rule.needed
            assert (first, second) == ((*rule.gate, "", "")[:2])
            assert [name for name in (first, second) if name] == list(rule.gate)
        assert rules._table_plan(table) is plan  # made once per table
    # a table made afresh of the same rules (as tests make them) gets a plan of its own
    one = (rules.NAME_RULES[0],)
    assert [entry[0] for entry in rules._table_plan(one)] == [rules.NAME_RULES[0]]
