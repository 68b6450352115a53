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
        ("72F retired mill worker from Addison, TX, new hand tremor, TSH normal", "Addison"),
        (
            "58M log truck driver from Pine Bluff, AR, crush injury to the left foot",
            "Pine Bluff",
        ),
        ("44F line cook from Normal, IL, recurrent burns on both forearms", "Normal"),
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


# The town as one more item of the note's comma list, after the age and the trade, with no
# preposition; and a case's age after a dash or the note's word ("vignette — 38M").
@pytest.mark.parametrize(
    ("text", "place"),
    [
        (
            "vignette — 38M, crab fisherman, Dutch Harbor, hand cellulitis after a puncture",
            "Dutch Harbor",
        ),
        ("29 y/o male roofer, Mesquite TX, heat stroke on the job", "Mesquite"),
        ("47M welder, Red Deer, AB, metal fume fever twice this month", "Red Deer"),
        ("55 yo female, school bus driver, Kalgoorlie WA, syncope at the wheel", "Kalgoorlie"),
        ("case: 63F, retired teacher, Dundalk, new diplopia", "Dundalk"),
        ("72M, beekeeper, Hawke's Bay, anaphylaxis after multiple stings", "Hawke's Bay"),
        ("34F, nurse, Surrey-based, needlestick last week", "Surrey"),
        ("Vignette: 42F, textile worker, Tiruppur, cough for 3 months", "Tiruppur"),
        ("66M, lobsterman, Stonington, ME, hand infection after a fin puncture", "Stonington"),
        ("vignette 27M line cook in Asheville with hand burns", "Asheville"),
    ],
)
def test_a_case_town_listed_after_age_and_trade(text: str, place: str) -> None:
    assert place in geo_words(text)


@pytest.mark.parametrize(
    "text",
    [
        "50M, smoker, Caucasian, chest pain on exertion",
        "70M, farmer, Catholic, refuses transfusion",
        "58M, diabetic, Metformin, foot ulcer",
        "41F, vegan, Keto, hair loss for 3 months",
        "62M, retired, Medicare, wants implants",
        "33F, runner, Strava addict, knee pain",
        "38F, teacher, Monday, migraine",
        "66M, ex-smoker, COPD, on Spiriva, short of breath",
        "Toledo OH — new clinic hours from Monday",
        "Our 35-year-old clinic, Maple Dental, reopens Monday.",
    ],
)
def test_who_a_patient_is_listed_is_no_town(text: str) -> None:
    assert geo_words(text) == []


def test_a_sports_brand_listed_after_it_is_no_town() -> None:
    assert geo_words("29F, runner, Hoka, plantar fasciitis for 6 wks") == []


# The same in French, Spanish and Portuguese case questions: "à" as the guard reads it
# (accent folded), "en" and "em" where the patient works or lives; not a feast, nor where
# someone was taken or went.
@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Moniteur de ski de 31 ans à Chamonix, entorse du genou droit. IRM ou pas?", "Chamonix"),
        ("Homme de 44 ans, boulanger à Roubaix, asthme du boulanger?", "Roubaix"),
        ("Mujer de 61 años, agricultora en Almería, lesiones en las manos.", "Almería"),
        ("Hombre de 52 años, taxista en Iztapalapa, dolor torácico al esfuerzo.", "Iztapalapa"),
        ("Paciente de 28 anos, enfermeira em Campinas, com dor lombar.", "Campinas"),
    ],
)
def test_a_case_town_abroad_after_a_or_en(text: str, place: str) -> None:
    assert place in geo_words(text)


@pytest.mark.parametrize(
    "text",
    [
        "Mujer de 45 años con dolor en Navidad, qué hago?",
        "Mi hijo de 8 años fue a Escuela Benito Juárez y se cayó.",
        "Il mio papà di 78 anni va a Villa Sorriso, casa di riposo.",
        "Paciente de 50 años en Urgencias por dolor abdominal.",
    ],
)
def test_a_feast_or_where_someone_went_is_no_case_town_abroad(text: str) -> None:
    assert not any("[place.vignette_home_abroad]" in f.reason for f in find_phi(text))


# The town far along the case's sentence, after "lives" with no preposition, a trucker's
# home base, and the bakery a patient works at.
@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("27F, vegan, enamel erosion, drinks kombucha daily, lives Echo Park", "Echo Park"),
        ("case 1: 41M long-haul trucker, home base Amarillo, BMI 44, loud snoring", "Amarillo"),
        (
            "58F, seamstress, bilateral carpal tunnel, worse at night, works from home, from Gastonia.",
            "Gastonia",
        ),
        ("39 yo pastry chef, wheeze at work, works at a bakery in Ballard. IgE panel?", "Ballard"),
    ],
)
def test_a_case_town_far_along_or_without_preposition(text: str, place: str) -> None:
    assert place in geo_words(text)


@pytest.mark.parametrize(
    "text",
    [
        "the café in Fitzroy reopens Monday with a new menu",
        "a 40-year-old bakery in Ballard closes this week",
        "our 30-year-old shop in Fishtown reopens Monday",
    ],
)
def test_a_venues_or_a_things_town_stays_clean(text: str) -> None:
    assert geo_words(text) == []


# A case's town named like a public figure or a county named like an eponym is the town;
# the figure himself is still news.
@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("40M lumberjack, Prince George, BC, chainsaw laceration to thigh", "Prince George"),
        ("64 yo tobacco farmer from Wilson County with nausea after priming", "Wilson County"),
        ("55F from Addison County, new diplopia", "Addison County"),
    ],
)
def test_a_case_town_named_like_a_figure_or_an_eponym(text: str, place: str) -> None:
    assert place in geo_words(text)


def test_a_figure_is_still_news() -> None:
    assert geo_words("Prince George visited the children's ward in London today.") == []


def test_the_item_right_after_the_age_stays_after_age_sexs() -> None:
    found = [f for f in find_phi("62 y/o male, Macon GA, c/o dyspnea.") if f.label == "geo"]
    assert [f.reason.endswith("[place.after_age_sex]") for f in found] == [True]
