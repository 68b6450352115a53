"""(clinicians51) A clinician named after a title in a short text that already blocks on
one patient (``name.clinician_in_patient_text``, the second reading) is blocked too: a
letter or a fax to the clinician about that patient, their deed in the patient's care, a
note they signed in an employee's file, a message passed on to them. A practice's notice,
a bio, health news, a guideline's author, a rota and a message the practice sends the
patient it names at its head stay as they were."""

from __future__ import annotations

import pytest
from blocked_view import blocked_by_rule

from medsocial_tui.compliance import PracticeContext, find_phi

RULE = "[name.clinician_in_patient_text]"


def _clinicians(text: str, ctx: PracticeContext | None = None) -> list[str]:
    return blocked_by_rule(text, RULE, ctx)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Dear Dr. Oyelaran, I am referring Mr. Tunde Bakare, 91, for assessment of a "
            "pigmented lesion on his scalp.",
            "Oyelaran",
        ),
        (
            "Hi Dr Lindqvist, it's Freya Holm, my dad's scan got moved to Thursday and he has "
            "no lift, can we phone in?",
            "Lindqvist",
        ),
        (
            "To: Dr. Marguerite Fontaine. Re: Élodie Marchand, MRN 40021987. Discharge summary "
            "attached.",
            "Marguerite Fontaine",
        ),
        (
            "Dra. de la Cruz confirmed Mateo's tonsillectomy for the 14th, nothing after 10pm",
            "de la Cruz",
        ),
        (
            "Dr. O'Sullivan-Reid signed off on Kwame's return to work from 3 March, note in his "
            "HR file",
            "O'Sullivan-Reid",
        ),
        ("Sister Nkosi at Edendale said Sipho's drip comes out tomorrow, he's chuffed", "Nkosi"),
        (
            "Frau Dr. Weiß-Öztürk hat den Befund von Jonas Becker (geb. 04.07.2016) geschickt",
            "Weiß-Öztürk",
        ),
        ("Matron Adeyemi rang, Granny Mabel, 97, had a fall in the night but she's ok", "Adeyemi"),
        (
            "mi amor dile a Dr. Van der Berg que Lucía no puede ir el 30, tiene fiebre",
            "Van der Berg",
        ),
    ],
)
def test_the_clinician_in_a_text_about_one_patient_is_blocked(text: str, name: str) -> None:
    assert name in _clinicians(text), find_phi(text)


@pytest.mark.parametrize(
    "text",
    [
        # the practice writes to the patient it names at its head: its own clinician
        "Kwabena, just a reminder to bring your night guard on Feb 3 so Dr. Lim can check the fit",
        "Thabo, your crown is ready, Dr. Naidoo will fit it on 12 May at 10am",
        "Hey @tori.runs, your MRI from Nov 21 shows a small tear, Dr. Okoro will go over it",
        "So sorry, Hector. The numbness after your extraction should fade; if not, call Dr. Ames",
        # a record's role field: the form's provider
        "Patient: Wiremu Tane | DOB: 03-09-1958 | GP: Dr Fiona Reid | Reason: molar pain",
        "Typed refill: Nkosazana Dube DOB 1977/06/30 Enalapril 10 mg Prescriber Dr Moodley",
        # a thing or a joke called "Dr."
        "my son Liam, 6, lost his Dr. Seuss book at the Riverside clinic on 3 May",
        "Dr. Google told Aisha Khan she had cancer, turned out to be a cold sore lol",
        # news, research, a bio beside a patient named
        "Dr. Helen Obi presented the case of Mrs. Ruth Adeyemi, 58, at the Lagos conference.",
        # no patient at all: the rule never reads the text
        "Dr. Amara Chukwu joins our paediatric team in September and loves hiking.",
        "Rota: Dr. Okafor Mon/Wed, Nurse Bisi Tue/Thu, Dr. Hale Fri.",
        "Dr. Priya Raman, author of the new NICE guideline on sepsis, will speak on 3 June.",
    ],
)
def test_no_clinician_of_a_patient_is_read_here(text: str) -> None:
    assert _clinicians(text) == [], find_phi(text)


def test_the_name_ends_before_an_everyday_word() -> None:
    """A name runs to the first everyday English word that is no listed name ("Attached"
    after "Dr Kapoor" is no part of it)."""
    assert _clinicians("Rosa Villanueva, 45, fit note from Dr Kapoor Attached here") == ["Kapoor"]


def test_the_practices_own_clinician_is_left_to_the_practice(practice: PracticeContext) -> None:
    """A name every word of which is the practice's staff's stays the practice's."""
    staff = sorted(practice.staff_words)
    assert staff, "the test practice names its staff"
    word = next(w for w in staff if w.isalpha() and len(w) > 3).capitalize()
    text = f"Dear Dr. {word}, I am referring Mr. Tunde Bakare, 91, for a lesion on his scalp."
    assert _clinicians(text, practice) == []
    assert word in _clinicians(text)
