"""ids51: identifiers of odd shapes (a licence or a health card named in another language,
a booking's short label, a plate as other languages name it or half read, an address a
connection came from, a handle ending in a person's word, a personal site's field, an age
over 89 in German's perfect), each with the clean look-alikes it must leave alone."""

from __future__ import annotations

import pytest
from blocked_view import blocked_words as blocked


@pytest.mark.parametrize(
    ("text", "words"),
    [
        # id.labelled: a driving licence and a health card as other languages name them,
        # "n.º" as Spanish and Portuguese write it
        ("Mi licencia de conducir es B-55123478, la perdí ayer en el metro.", "B-55123478"),
        ("Adjunto copia: licencia n.º 0481-22917-3 a nombre de mi esposo.", "0481-22917-3"),
        ("Führerscheinnummer: B072RRE2I55, bitte für die Akte kopieren.", "B072RRE2I55"),
        ("mon numéro de permis de conduire est 12AB34567, je l'ai perdu", "12AB34567"),
        ("CNH 04512378965 vencida, preciso renovar antes da consulta", "04512378965"),
        ("zgubiłem prawo jazdy nr 01234/19/0211, co robić?", "01234/19/0211"),
        ("mitt körkortsnummer är 850101-1234 om ni behöver det", "850101-1234"),
        (
            "Numéro d'assurance maladie: TREM 4407 1288, je voudrais un rendez-vous.",
            "TREM 4407 1288",
        ),
        ("Ma carte Vitale: 2 61 07 75 112 048 33", "2 61 07 75 112 048 33"),
        # ip.address: a connection's source, a person's home router, a chat's "ur"
        (
            "kept getting kicked off, connecting from 2001:db8:4f1::27 on the guest wifi",
            "2001:db8:4f1::27",
        ),
        ("Audit: 198.51.100.23 downloaded the scans from the server at 02:14", "198.51.100.23"),
        ("the router at my nan's flat is 192.168.1.44 and it keeps dropping", "192.168.1.44"),
        ("Kwame ur printer is on 10.1.2.30 right?", "10.1.2.30"),
        # vehicle.plate: other languages' words for it, a plate half read
        ("o carro do meu pai, placa QRS4F21, foi guinchado ontem", "QRS4F21"),
        ("El coche de mi hermano, matrícula 4821 BKV, está en el taller.", "4821 BKV"),
        ("the van that hit my mum's car, plate looked like KX7-2LB, drove off", "KX7-2LB"),
        # handle.at: a handle ending in a person's word, whatever trade word is before it
        ("@orthomama_jen where did you buy your retainer case?", "@orthomama_jen"),
        ("loving the flossing tips from @the_dental_guy lately", "@the_dental_guy"),
        # url.personal_site: a form's field of a person's own site
        ("Personal website: www.amaka-obi-portfolio.ng", "www.amaka-obi-portfolio.ng"),
        # biometric.finger_template: a comma between the finger and its template
        (
            "Thumbprint for Mei Ling Tan (right thumb, template hash 44bd...9e01) saved.",
            "right thumb, template hash 44bd...9e01",
        ),
        # age.said_of_named: German's perfect, "yesterday" in other languages
        ("Meine Oma ist gestern 96 geworden, sie ist noch so fit!", "96"),
        ("mi abuela cumplió 95 ayer y todavía cocina para todos", "95"),
    ],
)
def test_an_odd_shaped_identifier_blocks(text: str, words: str) -> None:
    assert words in blocked(text)


@pytest.mark.parametrize(
    ("text", "words"),
    [
        # record.in_patient_text (the second reading): a booking's, a flight's or a plate's
        # short label in a text that names someone
        ("Booking for Ms. Adaeze Obi, 3 nights, conf QH7731KP", "QH7731KP"),
        ("PNR 7XKQ2M for Sione Taufa, departs Auckland 14 Dec", "7XKQ2M"),
        ("Hola Mateo, tu reserva está lista. Código HX44190.", "HX44190"),
    ],
)
def test_a_short_labelled_code_in_a_text_naming_someone_blocks(text: str, words: str) -> None:
    assert words in blocked(text)


@pytest.mark.parametrize(
    "text",
    [
        "La licencia de conducir se renueva cada 10 años en México.",
        "Appelez l'Assurance Maladie au 3646 du lundi au vendredi.",
        "Führerschein Klasse B gibt es ab 17 Jahren mit Begleitung.",
        "Le permis de conduire coûte environ 1 800 euros en 2025.",
        "L'assurance maladie rembourse 70 % des soins dentaires depuis 2023.",
        "Set the printer to 10.0.0.5 and restart it.",
        "Our router is at 192.168.1.1, restart it if the wifi drops.",
        "To test the firewall, ping 203.0.113.5 from the server.",
        "Point the scanner at the server on 10.0.0.12.",
        "Our router is at 192.168.1.1; the guest network has no password.",
        "The firewall blocked 2,341 attempts from 185.220.101.0/24 this week.",
        "Guest wifi hands out addresses in the 10.20.0.0 range.",
        "Use un cepillo suave para quitar la placa dos veces al día.",
        "Le dentiste enlève la plaque dentaire en 20 minutes.",
        "Use our discount code SMILE2025 at checkout.",
        "Follow @brightsmiledental for tips and offers",
        "Thanks @legaldentalcare for the update on the new fees",
        "You can build a personal website at www.wix.com in an afternoon.",
        "Company website: www.brightsmiles.com",
        "Das Krankenhaus ist 100 geworden und feiert mit einem Tag der offenen Tür.",
        "La clínica cumplió 95 ayer y lo celebramos con pastel.",
        "The left index, scan 2024 update is due for the door readers.",
    ],
)
def test_a_look_alike_stays_clean(text: str) -> None:
    assert blocked(text) == []
