"""(clean48) Clean texts the guard blocked, each passed by one veto, and their twins where a
person's identifier is really there, still found: a town named like a person after a
preposition of place, or as a noun's modifier, in a sentence that cues no one ("flooding to
Savannah", "l'hôpital de Paris", "the Dallas heat wave"); a service's line in a sentence
giving its opening hours, in any language ("atiende en el 901 … de lunes a viernes"); a
member of staff said to be in a post whose words are a health word ("our treatment
coordinator"); an organisation's officers ("the company's new CFO"); a city and its
quarter ("Our Nairobi Westlands branch"), a Malay street ("Jalan Burma") and another
language's capitalised words ("Ist Zahnseide …?"); an emergency line's three digits
("the emergency number is 112"). No practice is configured."""

from __future__ import annotations

import pytest
from blocked_view import blocked_identifiers

CLEAN = [
    # names._a_town_in_no_ones_sentence (name.ambiguous_mid_sentence)
    "Flash flood warnings extend from Austin to Houston through Friday night.",
    "Hurricane season: evacuation routes out of Savannah are now signposted.",
    "Le congrès dentaire annuel aura lieu à Paris du 25 au 29 novembre.",
    "The Austin marathon route closes our car park on Sunday morning.",
    "Die Zahnärztekammer in Dallas? Nein, nach Austin zieht der Kongress.",
    "the Dallas heat wave has ERs full of heatstroke, please check on elderly neighbours",
    "Tropical storm warnings now reach from Mobile to Savannah, stay safe everyone.",
    # rules._hours_beside_a_line (a public line, opening hours abroad)
    "La Seguridad Social atiende en el 901 16 65 65 de lunes a viernes.",
    "Atendimento pelo 21 555 0199, de segunda a sexta, das 9h às 18h.",
    "Il numero verde 02 5555 0199 risponde dal lunedì al venerdì.",
    "Le centre antipoison de Lyon répond 24h/24 au 04 72 11 69 11.",
    # rules._our_role_said: the post's own words are no illness
    "Sandra is our treatment coordinator, she'll walk you through payment plans.",
    "Tomasz is our oral health therapist, he sees the children on Tuesdays.",
    # lexicon.STAFF_WORDS: an organisation's officers
    "The company's new CFO, Angela Chu, previously worked at Deloitte and JP Morgan.",
    "Meet our bursar, Mr. Olumide Bakare, who joined St. Bride's Academy in 2015.",
    # rules._a_town_and_its_quarter, a Malay street word (name.rare_pair)
    "Our Lagos Ikeja clinic is closed on Monday for the public holiday.",
    "Our Nairobi Westlands branch is open 8am–6pm weekdays, Sarit Centre 2nd floor.",
    "Our Penang clinic is at 32 Jalan Burma, George Town, open 9am–6pm Mon–Sat.",
    # rules._a_word_of_a_sentence_abroad (name.rare_pair)
    "Ist Zahnseide für Kinder unter 6 Jahren sinnvoll?",
    "A Ordem dos Médicos Dentistas alerta para clínicas ilegais em Lisboa.",
    # phi._A_LINE_BEFORE (age.over_89): a short line's number
    "Emergency number in the EU is 112, free from any phone.",
    "The numbers to remember abroad are 112 and 911.",
]


@pytest.mark.parametrize("text", CLEAN)
def test_clean_text_passes(text: str) -> None:
    assert blocked_identifiers(text) == []


STILL_FOUND = [
    ("My daughter Sydney fainted at school today, should I worry?", "Sydney"),
    ("My son moved to Savannah last week and needs a new dentist, he has asthma.", "Savannah"),
    ("She was admitted in Paris after the accident and is still there.", "Paris"),
    ("Our patient from Florence had an implant placed yesterday.", "Florence"),
    ("My mum lives in Phoenix and can't drive to her appointments.", "Phoenix"),
    ("Mi número es 0712 555 900, llámame de lunes a viernes.", "0712 555 900"),
    ("Call Maria on 0712 555 900 from Monday to Friday, she has my results.", "0712 555 900"),
    ("My mum's landline 01 40 05 48 48 rings 24h/24 but she never answers.", "01 40 05 48 48"),
    ("He can be reached on 021 555 0144 weekdays 9am-5pm.", "021 555 0144"),
    ("Ruf mich unter 030 555 4400 an, Montag bis Freitag.", "030 555 4400"),
    ("Sandra is our treatment coordinator, she is off sick with the flu this week.", "Sandra"),
    ("Sandra is our treatment coordinator and she had chemo last month.", "Sandra"),
    ("Our bursar's son Tom Kelly was admitted with appendicitis on Monday.", "Tom Kelly"),
    ("My husband is the treasurer, his name is David Osei and he has diabetes.", "David Osei"),
    ("Our IT manager found that Kemi Balogun's portal login was locked.", "Kemi Balogun"),
    ("Je m'appelle Awa Diop, j'habite 12 rue de la République.", "Awa Diop"),
    ("Ist Nkemdirim noch krank? Er hatte gestern Fieber.", "Nkemdirim"),
    ("My friend Austin Okafor had his wisdom teeth out.", "Austin Okafor"),
    ("Dad is 95, call me if his number changes.", "95"),
    ("My grandma turned 100 yesterday and still has all her own teeth!", "100"),
]


@pytest.mark.parametrize(("text", "words"), STILL_FOUND)
def test_identifier_still_found(text: str, words: str) -> None:
    assert any(words in found for found in blocked_identifiers(text)), blocked_identifiers(text)
