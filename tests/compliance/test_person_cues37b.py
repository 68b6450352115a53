"""A short message is about the one person it cues, across its sentences (personcues37b)."""

from __future__ import annotations

import pytest

from medsocial_tui.compliance import find_phi
from medsocial_tui.compliance.person_cues import (
    SHORT_MESSAGE,
    person_in,
    short_text_about_someone,
)


def _blocked(text: str) -> set[str]:
    return {text[f.start : f.end] for f in find_phi(text, None) if f.severity == "block"}


@pytest.mark.parametrize(
    "text",
    [
        "Seen at Karolinska. Hubby still sore.",
        "Just back from Ninewells. Mum's hip is broken.",
        "Any tips? my son has a tongue tie",
        "45F, Lagos. Swelling under the jaw.",
        "Mi hija tiene fiebre. ¿Dónde la llevo?",
    ],
)
def test_a_short_message_with_one_person_is_about_them(text: str) -> None:
    assert short_text_about_someone(text)


@pytest.mark.parametrize(
    "text",
    [
        "Ninewells Hospital is hiring nurses. Apply on our website.",  # a practice's voice
        "Dr Priya Nair joins us from Groote Schuur. She loves hiking.",  # a bio: "she" alone
        "The Queen visited Addenbrooke's today. She met staff.",  # a public figure
        "Karolinska published a new study on fluoride.",  # no one
        "Hubby still sore. " + "x" * SHORT_MESSAGE,  # too long to be one message
    ],
)
def test_notices_bios_news_and_long_texts_are_not(text: str) -> None:
    assert not short_text_about_someone(text)


def test_a_hospital_in_the_sentence_before_the_relative_is_blocked() -> None:
    assert "Ninewells" in _blocked("Just back from Ninewells. Mum's hip is broken.")
    assert "Royal Perth" in _blocked("Took the missus to Royal Perth. Still waiting on her scans.")


def test_the_same_hospital_in_a_notice_is_not() -> None:
    assert "Ninewells" not in _blocked("Just back from Ninewells. Our team loved the tour.")
    assert not _blocked("Royal Perth Hospital ranks top in WA. Congratulations to the team.")


@pytest.mark.parametrize(
    "text",
    [
        "hubby's been in Karolinska for two weeks now",
        "Took the missus to Royal Perth for tests",
        "Nana was moved to Ninewells overnight",
        "The lad was kept in at Alder Hey",
        "Bestie is at Groote Schuur again",
        "Sis is still at Sunnybrook after the fall",
        "The carer is still at Addenbrooke's",
    ],
)
def test_relatives_as_people_write_them_are_person_cues(text: str) -> None:
    assert person_in(text, 0, len(text))


@pytest.mark.parametrize(
    "text",
    [
        "Klinik Sante Fanmi nan Little Haiti ap fè vaksen grip gratis samdi",  # Creole "in"
        "Carers Week runs from Monday at the Leeds clinic",  # carers in general
    ],
)
def test_look_alikes_of_relatives_are_not(text: str) -> None:
    assert not person_in(text, 0, len(text))


def test_a_hospital_beside_hubby_is_blocked() -> None:
    assert "Karolinska" in _blocked(
        "hubby's been in Karolinska for two weeks now, surgery went well"
    )
