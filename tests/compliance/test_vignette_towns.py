"""(vignette37) A case's home town in the shapes case notes write it, and their clean twins."""

from __future__ import annotations

import pytest

from medsocial_tui.compliance import find_phi


def geo_words(text: str) -> list[str]:
    return [
        text[f.start : f.end] for f in find_phi(text) if f.label == "geo" and f.severity == "block"
    ]


# A state's code after the town, or a town's word ending it, makes it a town whatever word
# names it: an eponym ("Addison"), a drug's ending ("Pine"), an everyday word ("Normal",
# "Friday", "Miles").
@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("72F retired mill worker from Addison, TX, new hand tremor, TSH normal", "Addison, TX"),
        (
            "58M log truck driver from Pine Bluff, AR, crush injury to the left foot",
            "Pine Bluff, AR",
        ),
        ("44F line cook from Normal, IL, recurrent burns on both forearms", "Normal, IL"),
        ("49 yo ferry mechanic from Bay City with dermatitis on both hands", "Bay City"),
        ("a 61-year-old sheep farmer near Junction City presents with fever", "Junction City"),
        ("31M tree surgeon from Cedar Ridge, chainsaw kickback injury to the face", "Cedar Ridge"),
        ("38 yo crab fisherman out of Friday Harbor with hand cellulitis", "Friday Harbor"),
    ],
)
def test_a_case_town_written_as_a_town_whatever_its_word(text: str, place: str) -> None:
    assert place in geo_words(text)


@pytest.mark.parametrize(
    "text",
    [
        "a 34M in CrossFit class with rhabdo, CK 40,000",
        "A 60-year-old bridge in Wilson collapsed after the storm.",
        "52M with Addison disease, hydrocortisone dosing for surgery?",
        "45F in Recovery after a knee scope, nausea",
    ],
)
def test_a_brand_a_things_town_or_an_eponym_stays_no_case_town(text: str) -> None:
    assert geo_words(text) == []
