"""(clean40) Clean texts the guard blocked, each passed by one rule or veto, and their
twins where a person's identifier is really there, still found: a case opened by another
language's patient noun and an age ("Patientin, 67 Jahre"); German "im" before its
adjective; a world day's name abroad ("Día Mundial"); a sentence in German capitalising its
nouns ("Allgemeine Frage"); a weather warning for a town named like a person ("heat
advisory … for Phoenix"); a disease after a person and a vaccine by its letters ("Behçet's",
"Tdap"); a court of law ("the US Supreme Court"); a body's name after "Centre for". No
practice is configured."""

from __future__ import annotations

import pytest
from blocked_view import blocked_identifiers

from medsocial_tui.compliance import lexicon as lx

CLEAN = [
    # rules._a_case_noun_abroad (name.with_age)
    "Patientin, 67 Jahre, unter Bisphosphonaten seit 5 Jahren, braucht eine Extraktion.",
    "Paziente, 72 anni, in terapia anticoagulante.",
    "Patiente, 72 ans, sous anticoagulants, extraction prévue.",
    "Schwangere, 29 Jahre, Zahnschmerzen, welches Schmerzmittel?",
    "Frau, 72 Jahre, Diabetikerin, Zahnfleischbluten seit Wochen.",
    # rules._not_a_lower_given_name: German "im"
    "Bitte geben Sie Ihre Versichertennummer nur im geschützten Bereich des Portals ein.",
    "Kann man bei einer Schwangerschaft im dritten Monat eine Wurzelbehandlung machen lassen?",
    # names.calendar_word and lexicon.a_days_name: a world day abroad
    "Hoy es el Día Mundial de la Salud Bucal, ¡cepíllense!",
    "Dia Mundial da Saúde Oral: marque já a sua consulta!",
    # rules._not_rare_name: a German sentence's nouns
    "Allgemeine Frage: Ab welchem Alter sollte man mit Zahnseide beginnen?",
    # names.weather_for_town
    "Warning: a heat advisory is in place for Phoenix through Sunday. Check on neighbours.",
    "Heat wave alert for Sydney this weekend, stay hydrated everyone ☀️",
    "Storm warning issued for Victoria tonight, appointments may be rescheduled.",
    "Pollen forecast for Charlotte: very high tomorrow, take your antihistamine early.",
    # lexicon.EPONYMS: a disease after a person, a vaccine by its letters
    "Otezla is the one for psoriasis and Behçet's mouth ulcers, it's pricey but works.",
    "Tdap is recommended in every pregnancy between 27 and 36 weeks.",
    # rules._a_court_of_law (street.no_number)
    "Justice Ruth Bader Ginsburg served on the US Supreme Court from 1993 until her death.",
    # rules._a_bodys_name_after_for (name.clinical_subject)
    "Nigeria Centre for Disease Control reports diphtheria cases in Kano State rising again.",
    # rules._PROVIDER_MARK (provider_bio): a new colleague's last post
    "Our new implant coordinator Aisha joined us from a practice in Leeds, 10 years' experience.",
    "Sipho joined us from a clinic in Durban last month and already knows everyone's order.",
    # names.medicine_brand, names.declared_thing
    "Is Allegra safe to take with amoxicillin? my pharmacist wasn't sure",
    "Ella is the morning-after pill that works up to 5 days.",
    "Can Florence (the app) replace a real prenatal class?",
]


@pytest.mark.parametrize("text", CLEAN)
def test_clean_text_passes(text: str) -> None:
    assert blocked_identifiers(text) == []


STILL_FOUND = [
    ("Patientin Anna Becker, 67 Jahre, braucht eine Extraktion.", "Anna Becker"),
    ("Greta, 72 Jahre, Diabetikerin, Zahnfleischbluten seit Wochen.", "Greta"),
    ("Patientin, 46, Winzerin aus Bernkastel-Kues, chronischer Husten.", "Bernkastel-Kues"),
    ("Patiënte, 58 jaar, uit Zwolle, met diabetes.", "Zwolle"),
    ("Warning: Phoenix had heat stroke on Sunday and is in hospital.", "Phoenix"),
    ("Storm warning tonight: Austin's mum asked us to move his 9am appointment.", "Austin"),
    ("Allegra has a fever and a rash after amoxicillin, should I worry?", "Allegra"),
    ("Can Sophia (my daughter, 4) take Calpol with amoxicillin?", "Sophia"),
    ("Provider: Bons Secours, admitted 27/02/2025, claim declined.", "Bons Secours"),
    ("My mum lives on Crown Court in Leeds and can't drive to her appointments.", "Crown Court"),
    ("Tdap booster for Maya Patel on 3 March, she is 28 weeks pregnant.", "Maya Patel"),
    (
        "Dr Amaka Obi of the Centre for Disease Control reports Chidi Okeke was admitted.",
        "Chidi Okeke",
    ),
    ("Fatima Bello, 34, from Kano State, was admitted with diphtheria on Monday.", "Kano State"),
    ("Our patient Tom Reid joined us from a practice in Leeds after his implant failed.", "Leeds"),
]


@pytest.mark.parametrize(("text", "words"), STILL_FOUND)
def test_identifier_still_found(text: str, words: str) -> None:
    assert any(words in found for found in blocked_identifiers(text)), blocked_identifiers(text)


def test_folded_zipf_reads_a_word_the_fold_stripped_of_its_accents() -> None:
    assert lx.folded_zipf("geschutzten", "de") > 3.0
    assert lx.folded_zipf("zanele", "de") == 0.0
