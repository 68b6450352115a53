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


# (clean14p) a staff page's heading, or a career told in the sentence, makes the person one
# of the practice's clinicians; a patient's story or care in the sentence keeps the town. (A
# given name alone may still block the text by another rule: these read the birthplace rule.)
def born_in(text: str) -> list[str]:
    return [text[f.start : f.end] for f in find_phi(text) if f.reason.endswith("[place.born_in]")]


def test_a_staff_pages_heading_makes_the_bio_a_providers() -> None:
    assert born_in("Staff bio: Kwame grew up in Kumasi and loves football.") == []
    assert born_in("Team profile - Nomvula was born in Soweto and sings in a choir.") == []


def test_a_patients_story_under_no_staff_heading_keeps_its_town() -> None:
    assert born_in("Patient story: Kwame grew up in Kumasi and loves football.") == ["Kumasi"]


def test_a_career_told_in_the_sentence_makes_the_bio_a_providers() -> None:
    assert born_in("Kwame grew up in Kumasi and studied dentistry at KNUST.") == []
    assert born_in("Lerato was born in Soweto and qualified as a physiotherapist in 2016.") == []


def test_a_career_beside_someones_own_care_or_family_keeps_the_town() -> None:
    text = "Lerato was born in Soweto, qualified as a nurse and had a stroke last May."
    assert born_in(text) == ["Soweto"]
    assert born_in("My mum was born in Soweto and qualified as a nurse in 1980.") == ["Soweto"]


def test_a_staff_word_that_heads_no_page_leaves_a_patients_town() -> None:
    text = (
        "Staff spotlight on Stephanie; and Mr. Hussein Abdi, who grew up in Eastleigh, came"
        " in for his first visit in ten years."
    )
    assert born_in(text) == ["Eastleigh"]
