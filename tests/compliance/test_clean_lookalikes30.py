"""(clean30) Clean texts that read like a person's identifiers, each passed by one veto, and
the same words where a person's identifier is really there, still found. Each clean text is
blocked without its veto: a practice's own notice (its name, address and phone, its hours
on a weekday's plural), a town and its province's letters ending an address, a newspaper
after "the", an acronym's plural, a medicine named in apposition, a car firm before its
cabs, a possessive eponym before an article, a professor's institute in a town, a centre
before what it treats, a clinic's Portuguese name, German nouns and a French adjective
after "patient". No practice is configured."""

from __future__ import annotations

import pytest
from blocked_view import blocked_identifiers

CLEAN = [
    # drop_organisations_notice: a practice's name ending in its field of care
    "Oakridge Family Dentistry, 31 Birch Lane, Salem. New patients welcome. (503) 555-0142.",
    "Green Valley Family Medicine, 900 Oak Ave, Fresno. Walk-ins welcome. 559-555-0101.",
    # ... its hours on a weekday's plural (calendar_word; the warned day is no identifier)
    "Sunrise Family Dental, 220 Pine Ave, Long Beach. Walk-ins welcome Saturdays. (562) 555-0199.",
    # ... and a notice of its hours (_HOURS_NOTICE)
    "Our new hours: Tue–Sat 9–6, 15 James St N, Hamilton ON. See you soon!",
    # town_and_its_region: a town and its state's letters
    "Free flu shots this week, Jackson MS.",
    # ambiguous_mid_sentence: a newspaper after "the"
    "The ferry to the island will stop in winter, reports the Star.",
    # acronym: its plural
    "Dr. Anita Rao wrote in her book that early RCTs changed how we treat asthma.",
    # medicine_brand: named in apposition as what it is
    "Yasmin, the combined pill, is now sold without a prescription in some countries.",
    # product_after_name: a car firm's cabs
    "Addison Lee cabs take card payments at the station rank now.",
    # eponym_listed: a possessive eponym before an article
    "Is Addison's a lifelong disease?",
    # a_career_place: a professor's institute in a town ("child health" is a field)
    "Prof. Aroha Ngata of the Liggins Institute in Auckland has long argued for better child health data.",
    # not_rare_pair: a centre and what it treats after the pair
    "I meant the Tan Tock Seng infectious disease centre, not the one at Changi.",
    # not_rare_pair: a Portuguese surgery's name after its words
    "Consultório Odontológico Boa Vida, Rua Augusta 900, São Paulo. Atendimento de segunda a sexta.",
    # not_rare_pair: German nouns, a compound's head an everyday word
    "Kita-Kinder Pflicht: der Masernschutz.",
    # not_a_lower_given_name: a French adjective after "patient"
    "Quel traitement pour un patient asthmatique avant une extraction?",
    # organisation (lx.ORG_SUFFIXES): a prison's name is no one's
    "Nelson Mandela spent his last years inside at Victor Verster Prison, near Paarl.",
    # not_lower_given_and_family: the same after "un patient", two words
    "Un patient diabétique peut-il avoir des implants dentaires?",
]


@pytest.mark.parametrize("text", CLEAN, ids=lambda t: t[:40])
def test_a_clean_look_alike_passes(text: str) -> None:
    assert blocked_identifiers(text) == []


FOUND = [
    (
        "Jenna Walsh",
        "Oakridge sent a reminder to Jenna Walsh at 31 Birch Lane, Salem, about her bill.",
    ),
    ("Emma", "Emma, Hamilton said you'd call back about your results?"),
    ("Star Thompson", "Star Thompson, 8, was seen for a chipped incisor on 12 March."),
    ("Allegra", "Allegra, your appointment is confirmed for Tuesday at 3pm."),
    ("Marcus Gunn", "My son Marcus Gunn has a droopy eyelid, seen at Moorfields last week."),
    ("kayla", "my friend kayla was seen at the clinic on 3 June and is allergic to latex"),
    (
        "31 Birch Lane",
        "Please send my records to my home, 31 Birch Lane, Salem. Thanks, Jenna Walsh",
    ),
]


@pytest.mark.parametrize(("words", "text"), FOUND, ids=lambda x: x[:30])
def test_the_same_words_naming_someone_are_still_found(words: str, text: str) -> None:
    assert any(words in found for found in blocked_identifiers(text)), blocked_identifiers(text)
