"""dates12: an event's word before a day ("starts", "until", "clinic", "session") leaves
the day no one's, unless the start or the end is said of "she" or "he", the clinic or
session is someone's appointment, or the day ends a range whose first day was found a
person's. The practice's own starts, closings and staff's days stay clean."""

from __future__ import annotations

import pytest

from medsocial_tui.compliance import find_phi


def dates(text: str) -> list[str]:
    return [text[f.start : f.end] for f in find_phi(text) if f.label == "date"]


@pytest.mark.parametrize(
    ("text", "day"),
    [
        # a start or an end said of "she" or "he"
        ("Prayers for Rose King please, she starts radiotherapy on 7 December.", "7 December"),
        (
            "Prayers for Tomás Ruiz please, he finally starts dialysis on Monday 3 March.",
            "Monday 3 March",
        ),
        ("Prayers for Callum Reid from Leeds, he is in hospital until 12 March.", "12 March"),
        # a walk-in visit is no walk
        ("TRIAGE: Li Wei, M, 45, walk-in 2026-01-22 14:32, c/o fever 3d.", "2026-01-22"),
        # a clinic that is someone's appointment
        (
            "Reminder for Vusi Dlamini: your TB clinic appointment is on Wednesday 9 Dec.",
            "Wednesday 9 Dec.",
        ),
    ],
)
def test_a_persons_start_or_appointment_is_their_day(text: str, day: str) -> None:
    assert day in dates(text)


@pytest.mark.parametrize(
    ("text", "days"),
    [
        (
            "HR: Sandra Kimura is on medical leave from Nov 16 through Jan 8 following surgery.",
            ["Nov 16", "Jan 8"],
        ),
        ("Absence: Priya Nair off sick 2 March thru 6 March.", ["2 March", "6 March"]),
        (
            "Parking permit for Declan Murphy, valid from 2 March till 31 March.",
            ["2 March", "31 March"],
        ),
    ],
)
def test_the_end_of_a_persons_range_is_theirs_too(text: str, days: list[str]) -> None:
    assert dates(text) == days


@pytest.mark.parametrize(
    "text",
    [
        "Our flu clinic starts on 3 October; book with Jenny at reception.",
        "The surgery is closed from 24 December until 2 January. Merry Christmas from the team!",
        "Dr. Sarah Jones will be on leave from 3 March until 17 March; Dr Patel covers her list.",
        "Please welcome Tom Hughes, our new practice manager: he starts on 3 March.",
        "Meet Sarah, our new hygienist! She starts with us on 7 March and can't wait to meet you.",
        # a start said of "she" that is no care: a new job's
        "Prayers for Rose King please, she starts her new job on 7 December.",
        "Our physio Liam Carter runs a back pain session on 12 March, all welcome.",
        "The new opening hours start on 1 April: Monday to Friday 8 till 6.",
        "They are open from 2 January until 6 January for emergencies only.",
        "Walk-in clinic appointments for 3 June open online from Monday.",
        "Our walk-in clinic opens on 3 June; ask for nurse Kelly Brown.",
    ],
)
def test_the_practices_starts_closings_and_staff_days_stay_clean(text: str) -> None:
    assert dates(text) == []


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("Hola, soy Rosa Gómez, necesito cambiar mi cita del martes 8 en la clínica.", "martes 8"),
        ("Lucas Fontaine, visite le mardi 17/11, l'ostéopathe était super.", "mardi 17/11"),
        ("Herr Paul Weber hat am Montag, den 3 einen Termin zur Kontrolle.", "Montag, den 3"),
        ("Neuer Termin für Hamid Rezaei: Fr 14.11. 10–12 Uhr.", "Fr 14.11."),
        ("A consulta do Pedro Alves é na segunda-feira dia 12.", "segunda-feira dia 12"),
        ("Maria Rossi ha la visita giovedì 14 alle 10.", "giovedì 14"),
        ("Terminkarte für Frau Jana Krüger — Di 16-12 08:45.", "Di 16-12"),
    ],
)
def test_a_day_after_another_languages_weekday_is_a_persons(text: str, day: str) -> None:
    assert day in dates(text)


@pytest.mark.parametrize(
    "text",
    [
        # opening hours: the number starts a span of hours
        "Horario: lunes a viernes 9 a 14 h, sábado 9 a 13 h. Dra. Ana López y su equipo.",
        "Ouvert samedi 9h-12h. Julie et le Dr Martin vous accueillent.",
        "Öffnungszeiten: Mo 8-12 Uhr, Di 14-18 Uhr. Ihr Team von Dr. Weber.",
        "Samstag 9 bis 12 Uhr geöffnet, Ihre Lena Maier.",
        # a count, and a weekday with no person
        "La clínica abre el sábado 14 para la campaña de vacunación.",
        "Rosa Gómez jugó el martes 3 veces al tenis.",
    ],
)
def test_another_languages_hours_and_counts_stay_clean(text: str) -> None:
    assert dates(text) == []


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("Pls fwd the scan - David Köhler, Termin am 17.12.", "17.12."),
        (
            "Hi, my husband Petr Dvořák was treated at your Praha 6 branch on 14. 9. and paid.",
            "14. 9.",
        ),
        ("Your daughter Lena Becker has her bracket check on 16.12. at 15:20.", "16.12."),
        ("Meine Tochter Mia Schulz hat seit 5.11. Zahnschmerzen.", "5.11."),
        ("Olá, sou o João Lima, preciso remarcar a consulta do dia 22/08.", "22/08"),
        ("Rappel pour Chloé Martin : contrôle le jeudi 20/11 à 16h30.", "jeudi 20/11"),
    ],
)
def test_a_day_and_month_after_a_preposition_of_time_is_a_persons(text: str, day: str) -> None:
    assert day in dates(text)


@pytest.mark.parametrize(
    "text",
    [
        "Die Praxis ist vom 24.12. bis 2.1. geschlossen. Ihr Team von Dr. Karl Braun.",
        "Siehe Abschnitt 4.2. der Praxisordnung, unterschrieben von Dr. Anna Fischer.",
        "Frau Meier, bitte beachten Sie Abschnitt 2.1. des Formulars.",
        "Version 3.2. der App ist da, sagt unser Techniker Jan Vos.",
    ],
)
def test_a_closing_a_section_and_a_version_stay_clean(text: str) -> None:
    assert dates(text) == []


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("Samantha Morgan, condition: epilepsy, last seizure 04/2025.", "04/2025"),
        ("Harold Jenkins, implanted 06/2021 at Baptist Health.", "06/2021"),
        ("Finn Galloway was diagnosed with autism at BC Children's in 2022-05.", "2022-05"),
    ],
)
def test_a_month_and_year_in_figures_after_a_persons_care_is_theirs(text: str, day: str) -> None:
    assert day in dates(text)


@pytest.mark.parametrize(
    "text",
    [
        "Dr. Ana Ruiz started the 2022-05 edition of the newsletter.",
        "Our practice opened 06/2021 and Dr Sam Patel joined in 2022-05.",
        "Tom Reid says the 2025-03 release of the app fixed the booking bug.",
    ],
)
def test_an_editions_or_a_practices_month_stays_clean(text: str) -> None:
    assert dates(text) == []
