"""dates13: a season with its year after a preposition ("diagnosed in summer 2020", "in the
spring of 2019", "last winter (2023)") and a day of the month in words after "on the" ("had a
stroke on the twentieth;") are dates as "March 2020" and "on the 20th" are: tied to a person
in a sentence about one. A season's notice, a staff member's season, an ordinal that counts
("on the first floor") and a sentence about no one stay clean."""

from __future__ import annotations

import pytest

from medsocial_tui.compliance import find_phi


def dates(text: str) -> list[str]:
    return [text[f.start : f.end] for f in find_phi(text) if f.label == "date"]


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("My aunt Fatima Yusuf was diagnosed in summer 2020 and moved to Kano.", "summer 2020"),
        (
            "My dad Graham Lowe moved to Leeds in spring of 2019 after his heart attack.",
            "spring of 2019",
        ),
        ("Since early spring 2022 my son Leo has had eczema on his hands.", "early spring 2022"),
        ("My mum Rose had her hip done last winter (2023) and she is fine.", "winter (2023)"),
        ("Kofi Mensah, 58, was first seen during Autumn 2021 for chest pain.", "Autumn 2021"),
        (
            "My uncle Bao Nguyen had a stroke at Kaiser San Jose on the twentieth; PT says he may not walk.",
            "the twentieth",
        ),
        ("Mrs Okafor, I'll see you on the ninth at 3 for the fitting.", "the ninth"),
        (
            "My brother Tomasz had his gallbladder out on the twelfth and has a fever now.",
            "the twelfth",
        ),
        (
            "hi my name is john paul and im checking if my appointment on the twenty-first is still on",
            "the twenty-first",
        ),
    ],
)
def test_a_season_or_a_spelled_day_of_a_person_is_a_date(text: str, day: str) -> None:
    assert day in dates(text)


@pytest.mark.parametrize(
    "text",
    [
        "Our Summer 2025 opening hours are below.",
        "The clinic moved to new premises in spring 2024.",
        "Our practice manager Sarah retires in summer 2026 after 30 years with us.",
        "Flu clinics for over-65s run in autumn 2025 at both sites.",
        "The minister said in autumn 2024 that NHS waiting lists would fall.",
        "He lives on the first floor of the block, Mr Jones said.",
        "Mr Jones has rooms on the first and second floors of the block.",
        "The winner of the raffle was drawn on the first of the month.",
        "Mr Patel came second on the first try and first on the second.",
    ],
)
def test_a_notice_or_a_counting_ordinal_is_no_ones_date(text: str) -> None:
    assert dates(text) == []


@pytest.mark.parametrize(
    ("text", "day"),
    [
        (
            "Report: MRI knee L, Oduya, Kelechi, medial meniscus tear. Sports clinic Aspetar Doha, 07 Jan 2026.",
            "07 Jan 2026",
        ),
        (
            "Seen by physio for Daniel Moreno, ankle sprain. Sports clinic Kinetik Lisboa, 12 Feb 2026.",
            "12 Feb 2026",
        ),
    ],
)
def test_a_clinic_by_its_name_before_a_day_is_where_someone_was_seen(text: str, day: str) -> None:
    """dates13: "clinic" then the clinic's own name and a comma is a place a report names,
    not a clinic's event: the day after it is the patient's."""
    assert day in dates(text)


def test_a_clinic_event_at_a_named_hall_stays_clean() -> None:
    assert (
        dates("Vaccination clinic St Mary's Hall, 7 Jan 2026: our nurse Jo Patel will be there.")
        == []
    )
