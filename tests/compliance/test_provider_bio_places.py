"""guard-precision2: a provider's bio goes on past the sentence that introduces them
(``provider_bio``): the towns of its next sentence are the provider's story; a patient's or
a family's sentence after it is still theirs."""

from __future__ import annotations

from medsocial_tui.compliance import find_phi


def places(text: str) -> list[str]:
    return [text[f.start : f.end] for f in find_phi(text) if f.label == "geo"]


def test_the_bio_s_next_sentence_is_the_providers() -> None:
    text = "Meet our new hygienist, Lucía Herrera! Lucía trained in Valencia and loves hiking."
    assert places(text) == []


def test_a_patients_sentence_after_a_bio_is_theirs() -> None:
    assert places("Dr. Patel saw us today. Our patient Tom grew up in Leeds.") == ["Leeds"]
    assert places("Meet Dr. Allen! My son moved to Leeds last year.") == ["Leeds"]


def test_a_provider_named_by_the_given_name_later_tells_their_own_story() -> None:
    # (guard-longtexts) a long text names the clinician in full once, then by the given name
    text = (
        "As many of you know, Dr. Robert Kline is retiring after thirty years. He will be "
        "succeeded by Dr. Aisha Rahman, who has worked beside him since 2018. Robert plans "
        "to sail more. Aisha grew up in Dartmouth and studied at Dalhousie."
    )
    assert places(text) == []


def test_a_patient_sharing_the_providers_given_name_is_still_theirs() -> None:
    text = "Welcome Dr. Aisha Rahman. Her patient Aisha Bello lives in Dartmouth."
    assert places(text) == ["Dartmouth"]
