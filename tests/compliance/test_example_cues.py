"""The four "this is an example" patterns (a value's, a name's, a record's, a value's
sentence) read one word list, ``lexicon.EXAMPLE_CUES``: each finds every cue of it, and
each rule's gate lets a text with the cue through to its pattern."""

from __future__ import annotations

import pytest

from medsocial_tui.compliance import find_phi, general_vetoes, rules

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


@pytest.mark.parametrize(
    "text",
    [
        "Please email me at tom.b.harrison@example.co.uk about my results.",
        "My daughter's school emails go to ramesh85@example.org, can you send the letter?",
        "Contact: Olamide Bakare, olamide.bakare@mail.example.com, for the claim.",
    ],
)
def test_a_persons_mailbox_at_an_example_domain_is_theirs(text: str) -> None:
    assert any(f.label == "email" for f in find_phi(text))


@pytest.mark.parametrize(
    "text",
    [
        "Send questions to name@example.com (replace with your own address).",
        "Type your email in the form, e.g. you@example.com, and we'll send a code.",
        "Your username is your email, like maria@yourpractice.com.",
        "Sign-in names look like firstname.lastname@example.org.",
        "Write to jane.doe@example.com for a template of the letter.",
        "The embassy's email for visa questions is visas.london@mfa.example.org.",
    ],
)
def test_a_placeholder_or_a_desk_at_an_example_domain_is_no_ones(text: str) -> None:
    assert not any(f.label == "email" for f in find_phi(text))
