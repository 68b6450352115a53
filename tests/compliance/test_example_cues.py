"""The four "this is an example" patterns (a value's, a name's, a record's, a value's
sentence) read one word list, ``lexicon.EXAMPLE_CUES``: each finds every cue of it, and
each rule's gate lets a text with the cue through to its pattern."""

from __future__ import annotations

import pytest

from medsocial_tui.compliance import general_vetoes, rules

CUES = [
    "example",
    "Examples",
    "e.g.",
    "for example",
    "for instance",
    "placeholder",
    "dummy",
    "fictional",
    "fictitious",
    "made-up",
    "made up",
    "template",
]


@pytest.mark.parametrize("cue", CUES)
def test_every_example_pattern_reads_every_shared_cue(cue: str) -> None:
    sentence = f"Use the {cue} below, {cue}: Jane Doe 555-0100"
    assert general_vetoes._EXAMPLE_CUE.search(sentence), "name"
    assert rules._EXAMPLE_MARK.search(sentence), "record"
    assert rules._EXAMPLE_SENTENCE.search(sentence), "value's sentence"
    before_value = f"Write it in this format, {cue}: "
    assert general_vetoes.number_shown_as_example(before_value, len(before_value)), "value"


@pytest.mark.parametrize("cue", CUES)
def test_the_gates_of_the_example_vetoes_pass_every_shared_cue(cue: str) -> None:
    sentence = f"Use the {cue} below"
    assert rules._triggered(rules._EXAMPLE_WORDS, sentence)
    assert rules._triggered(rules._EXAMPLE_GATE, sentence)


def test_an_example_cue_in_a_web_address_is_no_cue_for_a_name() -> None:
    assert general_vetoes._EXAMPLE_CUE.search("write to jane@example.com") is None
    assert general_vetoes._EXAMPLE_CUE.search("see www.example.org") is None
