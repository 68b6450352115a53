"""A town tied to one person that the guard let pass (towns55): the coast or the road a
person works, swims or lives off ("off Aberdeen"), a case's town in a sentence where a
group word is the case's family or the readers asked, a listed town of several words whose
words alone are a firm's or a fort's ("Sioux Center"), a case's age and sex written with a
space ("44 F, hairdresser"); and the clean twins that stay clean."""

from __future__ import annotations

import pytest
from blocked_view import blocked_identifiers
from blocked_view import blocked_words as _blocked

FOUND = [
    # "off" a listed town: where one works, swims, fishes or lives
    ("my brother works on an oil rig off Aberdeen, came home with chest pain", "Aberdeen"),
    ("my 14 yo got stung by a box jelly off Waikiki, vinegar or hot water?", "Waikiki"),
    ("hubby got bitten by something swimming off Mombasa last week, now a fever", "Mombasa"),
    (
        "my sister lives just off Nanaimo on one of the islands, nearest dentist is a ferry away",
        "Nanaimo",
    ),
    # a case's age beside a group word (the case's family, the readers' kids)
    (
        "12 yo with a cracked molar, we live in Laredo and every dentist is booked, is the ER ok for kids",
        "Laredo",
    ),
    ("8 yo with asthma, we just moved to Durban and the kids at school all have colds", "Durban"),
    (
        "anyone seen a patient from Ibadan with this rash? all the kids in the family have it",
        "Ibadan",
    ),
    # a listed town of several words, whose words alone are no town's
    ("60 yo pig farmer in Sioux Center with flu-like illness after sick sows", "Sioux Center"),
    ("70F, retired teacher in Sioux Center, new hip pain at night, xray first?", "Sioux Center"),
    # the writer's "I am from" in Spanish, Portuguese, French, German, Dutch
    ("Soy de Hialeah y mi papá de 67 años tiene dolor de pecho cuando camina", "Hialeah"),
    ("sou de Campinas e minha mãe está com dor no peito", "Campinas"),
    ("Je suis de Villeurbanne et mon fils a mal aux dents", "Villeurbanne"),
    ("ich komme aus Gelsenkirchen und mein Sohn hat Zahnschmerzen", "Gelsenkirchen"),
    ("Ik kom uit Zwolle en mijn dochter heeft een gaatje", "Zwolle"),
    # a case's age and sex with a space, a comma after
    ("44 F, hairdresser from Ballarat, recurrent hand eczema, next options?", "Ballarat"),
]

CLEAN = [
    # a coast's news, a ship's, a rig's: no one of the text
    "Shark sightings off Durban closed the beaches this weekend, lifeguards say.",
    "Cruise ships anchored off Cairns can bring norovirus; wash your hands often.",
    "Oil rigs off Aberdeen reported fewer injuries this year, the safety board says.",
    "We're a family practice just off Main Street; all kids welcome, parking out back.",
    "I got my retainer case off Amazon and it cracked in a week.",
    # a group with no one case in it, a thing's age
    "Parents and kids in Laredo can get free sealants at the school clinic this month.",
    "Swimmers near Cairns should watch for box jellyfish from November to May.",
    "The 120-year-old lighthouse near Tobermory reopens to visitors this summer.",
    "Adults aged 65 and over in Durban can get the flu jab free at every pharmacy.",
    # a clinic's caller, an opinion, a country, a shift, a holiday, a crowd
    "Hola, soy de Clínica Dental Sonrisa y le llamo para confirmar su cita.",
    "Soy de la opinión que el flúor es seguro para los niños.",
    "Vengo de Urgencias y no me dieron nada para el dolor.",
    "Soy de Colombia y quiero saber si aceptan mi seguro.",
    "Je suis de garde ce week-end à la clinique.",
    "Ich komme aus dem Urlaub zurück und habe Zahnschmerzen.",
    "Somos de Madrid y abrimos los sábados por la mañana.",
    # a temperature is no case's sex
    "It was 44 F in Ballarat this morning, wrap up warm for your visit.",
]


@pytest.mark.parametrize(("text", "town"), FOUND)
def test_a_town_tied_to_a_person_is_blocked(text: str, town: str) -> None:
    assert town in _blocked(text)


@pytest.mark.parametrize("text", CLEAN)
def test_the_clean_twins_stay_clean(text: str) -> None:
    assert not blocked_identifiers(text)
