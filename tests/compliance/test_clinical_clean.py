"""Clean clinical questions, comments and practice posts (guard-clinclean5): a greeting to a
role alone, a given name said as a word, a language after "in", a staff rota, a plural
people word's possessive, the writer's trade and town after "As a"; and the writer's name in
a lower-case chat after "it's" or "this is". Each clean text beside
the same frame holding a patient, which still blocks."""

from __future__ import annotations

import pytest
from blocked_view import blocked_words as _blocked

from medsocial_tui.compliance import lexicon as lx

# (what makes it clean, text)
CLEAN: list[tuple[str, str]] = [
    (
        "greeting a role",
        "Hi Doc, quick question: is it okay to take ibuprofen after an extraction?",
    ),
    ("greeting a role", "Thanks Doc, that really helped with the swelling."),
    ("greeting a role", "Hey Nurse, can I have the flu jab with a cold?"),
    ("greeting a role", "Hi Sis, did the dentist say anything about the X-ray?"),
    ("name said as a word", "Is Siobhan pronounced shi-VAWN? Our receptionist wants it right."),
    ("name said as a word", 'Chidi means "God exists" in Igbo.'),
    ("name said as a word", "Xiomara is spelled with an X but said see-oh-MAH-rah."),
    ("name said as a word", "Is Ngozi a Yoruba or an Igbo name?"),
    ("name said as a word", "Aoife is the Irish spelling of Eva."),
    ("a language after in", "She says kia ora means hello in Māori."),
    ("a language after in", "A patient asked how to say thank you in Yoruba."),
    ("a staff rota", "Our reception is staffed by Aiko and Brenda on Saturdays."),
    ("people at large", "Children's flu vaccinations start on 1 October at all our clinics."),
    ("people at large", "Women's health checks are free all month."),
    ("the writer's trade", "As a GP in Glasgow, I see a lot of low vitamin D in winter."),
]

# (the cue that keeps it, text)
PHI: list[tuple[str, str]] = [
    ("a name greeted", "Hi Doc Martin, my gums bleed when I floss."),
    ("a name greeted", "Thanks Emma, your crown is ready."),
    ("someone's name", "Siobhan was rushed to A&E last night."),
    ("someone's name", "Chidi means a lot to our family and he's in hospital now."),
    ("someone's name", "Ngozi is the name on my booking, can you move it to Friday?"),
    ("someone's name", "How do you spell Siobhan? She's my daughter and she was admitted."),
    ("a place after in", "My son Tane was admitted in Rotorua."),
    ("a patient's care", "Xolani's surgery went well and he's home."),
    ("the writer's family", "As a nurse in Leeds, my son was admitted with sepsis last week."),
    ("a chat in lower case", "hey its jess kowalczyk, is my crown ready yet?"),
    ("a chat in lower case", "hi this is tomas novak, can I move my cleaning?"),
]

# Lower-case chats that name no one after "it's" or "this is".
LOWER_CLEAN = [
    "it's getting worse since the extraction.",
    "hey it's pretty sore today",
    "hi its been three days and still bleeding",
]


@pytest.mark.parametrize("text", LOWER_CLEAN)
def test_lower_case_chats_without_a_name_pass(text: str) -> None:
    assert _blocked(text) == []


@pytest.mark.parametrize(("why", "text"), CLEAN, ids=[t[:40] for _w, t in CLEAN])
def test_clean_clinical_texts_pass(why: str, text: str) -> None:
    assert _blocked(text) == [], why


@pytest.mark.parametrize(("why", "text"), PHI, ids=[t[:40] for _w, t in PHI])
def test_the_same_frames_with_a_patient_still_block(why: str, text: str) -> None:
    assert _blocked(text), why


def test_languages_are_no_towns() -> None:
    assert not lx.LANGUAGES & lx.place_names(), sorted(lx.LANGUAGES & lx.place_names())
