"""What says a name is a private person's: a text that says something of someone's private
life (``person_cues.private_life_in``) or books, bills, ships or treats
(``care_or_private_in``). A given name alone (``names.nothing_private``) or a pair of rare
words (``name.rare_pair``, veto ``nothing_private``) in a text with none of these is a
public figure, an author, a firm, a place or a colleague, and is not blocked."""

from __future__ import annotations

import pytest

from medsocial_tui.compliance import find_phi
from medsocial_tui.compliance.names import staff_context_in
from medsocial_tui.compliance.person_cues import care_or_private_in, private_life_in


@pytest.mark.parametrize(
    "text",
    [
        "Is Maya allowed to swim?",  # a question
        "Tomas said his knee is fine.",  # a person cue
        "Anouk has a rash since Monday.",  # a health word
        "Chiamaka says the landlord is raising the rent.",  # a private record
        "Sent: Tuesday, March 5, 2024 9:14 AM by Emma Jones",  # a date beside the name
        "Congratulations to our raffle winner, Dee from Hilliard, 43026!",  # a postcode
        "Ada Lovelace lives at 12 Orchard Lane now.",  # a street address
        "Emma Jones, 555 123 4567",  # a phone number
        "Kylie D. has been at Oshin Community Hospital since 11 Apr 1995.",  # a stay, a day
        "Send the letter to Tomas at tomas.r@example.com.",  # a mailbox
        "Member 48213907 is Lena Fischer.",  # a number no year
        "Thinking of Marisol this week.",  # wishes
        "Rahim is Muslim and fasts during Ramadan.",  # belief
        "Carlos Mendez works at the docks as a crane driver.",  # work
        "Omar's prints were taken at check-in.",  # a body measured
        "Yerlan has altitude sickness.",  # an everyday body word
        "Brooklyn is allergic to penicillin.",  # a body's condition the lexicon misses
        "Priya moved to a flat near the station.",  # where someone lives
        "Tomas graduated from college in June.",  # studies
        "Send Lena's selfie to the group.",  # a picture of someone
    ],
)
def test_private_life_is_read_in(text: str) -> None:
    assert private_life_in(text)


@pytest.mark.parametrize(
    "text",
    [
        "Shakira and Gabriel García Márquez are both from Colombia.",
        "Go Carlos! What a race.",
        "Charles Dickens wrote Bleak House in 1852.",
        "Ramon y Cajal drew the first detailed pictures of neurons.",
        "Boehringer Ingelheim makes Jardiance.",
        "Our waiting room now stocks Roald Dahl and Enid Blyton books for kids.",
        "Chelsea and Arsenal fans: wear your colours to the open day!",
        "Olena Zelenska spoke on children's mental health.",  # health, not healing
        "Hans Christian Andersen's stories are on the new mural.",  # a name, no belief
        "Anselm Kiefer's paintings and prints hang in our waiting room.",
    ],
)
def test_nothing_private_in_public_sentences(text: str) -> None:
    assert not private_life_in(text)


def test_the_writers_own_name_in_another_language_is_private() -> None:
    assert care_or_private_in("Mera naam Arjun Malhotra hai, main Lucknow mein rehta hoon.")
    assert care_or_private_in("Meu nome é Thiago Nascimento e moro em Recife.")
    assert not care_or_private_in("Fortis Mohali opened a new wing.")


def test_care_or_service_reads_a_booking_or_an_order() -> None:
    assert care_or_private_in("Booking confirmed for Jean-Baptiste Mbala.")
    assert care_or_private_in("Packing slip: 1 walking frame. Ship to Aigerim Bekova.")
    assert not care_or_private_in("Boehringer Ingelheim makes Jardiance.")
    assert not private_life_in("Booking confirmed for Jean-Baptiste Mbala.")


def _blocked_names(text: str) -> list[str]:
    return [text[f.start : f.end] for f in find_phi(text) if f.label == "name"]


@pytest.mark.parametrize(
    "text",
    [
        "Shakira and Gabriel García Márquez are both from Colombia.",
        "We lost Brady to free agency this season.",
        "Chelsea and Arsenal fans: wear your colours to the open day!",
        "Olena Zelenska opened the conference in Kyiv.",
    ],
)
def test_a_given_name_with_nothing_private_is_not_blocked(text: str) -> None:
    assert _blocked_names(text) == []


@pytest.mark.parametrize(
    "text, name",
    [
        ("Does Oksana need a booster before travelling?", "Oksana"),
        ("Chiamaka said her landlord is raising the rent.", "Chiamaka"),
        ("Shakira has had a fever for three days.", "Shakira"),
    ],
)
def test_a_given_name_beside_something_private_is_blocked(text: str, name: str) -> None:
    assert name in _blocked_names(text)


def test_a_rare_pair_needs_care_or_private_life() -> None:
    assert _blocked_names("Boehringer Ingelheim makes Jardiance.") == []
    assert _blocked_names("Dentsply Sirona sponsors the study day.") == []
    assert "Sione Latu" in _blocked_names("Receipt: Sione Latu, 3 sessions, paid in full.")
    assert "Aigerim Bekova" in _blocked_names("Ship to Aigerim Bekova by Friday.")


@pytest.mark.parametrize(
    "text",
    [
        "Our hygienist Fatima is on leave; Olivia covers her Tuesdays.",
        "Our receptionist Amaka starts her leave soon.",
        "Call our office manager Toni for that.",
        "Staff training: Sarah and Tom will be out on Friday.",
        "Team news: Dr. Sato finished her sedation refresher.",
    ],
)
def test_our_staff_role_is_staff_context(text: str) -> None:
    assert staff_context_in(text, 0, len(text))


def test_our_patient_is_no_staff_context() -> None:
    text = "Our patient Olivia had her crown fitted."
    assert not staff_context_in(text, 0, len(text))
