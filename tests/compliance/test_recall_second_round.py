"""The second guard-recall round (issue 14): names spelt letter by letter or with digits for
letters, and the cue rules added for it, each caught where a person is named or given away
and left alone in its look-alikes, with no practice configured."""

from __future__ import annotations

import pytest

from medsocial_tui.compliance import find_phi
from medsocial_tui.compliance.normalize import normalize


def blocked(text: str) -> list[str]:
    return [text[f.start : f.end] for f in find_phi(text) if f.severity == "block"]


@pytest.mark.parametrize(
    ("text", "read"),
    [
        ("J o h n  S m i t h is ill", "John  Smith is ill"),
        ("R-o-b-e-r-t D-a-v-i-s", "Robert Davis"),
        ("my cousin D.e.r.e.k has", "my cousin Derek has"),
        ("T_h_o_m_a_s from", "Thomas from"),
        ("M4ria G0nzalez and L1nda K3lly", "Maria Gonzalez and Linda Kelly"),
        ("M@ria has a fever", "Maria has a fever"),
    ],
)
def test_spelt_out_and_digit_letter_words_read_as_words(text: str, read: str) -> None:
    assert normalize(text).text == read


@pytest.mark.parametrize(
    "text",
    [
        "S O  M A N Y smiles, B-R-U-S-H and F-L-O-S-S",
        "e.g. i.e. U.S.A. Ph.D.",
        "A1c H1N1 B12 COVID19 Win10 D3",
        "fe80::ee0c:da97 and 3fa4ce and bit.ly/Ab3cde",
        "mail j0hn@example.com",
        "mail jane@gmail.com or Jane@Gmail.com",
    ],
)
def test_codes_capitals_and_links_stay_as_written(text: str) -> None:
    assert normalize(text).text == text


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Please pray for J o h n  S m i t h, he starts chemo tomorrow.", "J o h n  S m i t h"),
        ("R-o-b-e-r-t D-a-v-i-s is back in hospital with pneumonia.", "R-o-b-e-r-t D-a-v-i-s"),
        ("Sending hugs to K a y l a, the surgery went fine!", "K a y l a"),
        ("M4ria G0nzalez was admitted with chest pain last night.", "M4ria G0nzalez"),
        ("Anyone know if L1nda K3lly is still on the transplant list?", "L1nda K3lly"),
    ],
)
def test_disguised_names_are_found_where_written(text: str, name: str) -> None:
    assert name in blocked(text)


@pytest.mark.parametrize(
    ("text", "place"),
    [
        # a relative's home town, said with "we moved" (no longer read as the practice's move)
        ("We moved Mom to Boulder City last spring after her fall.", "Boulder City"),
        ("We moved my mum to Royal Oak last year.", "Royal Oak"),
        # a place named by its staff who cared for someone (facility.carers_at)
        ("The nurses at Cedar Ridge were so kind to my grandfather.", "Cedar Ridge"),
        ("Big thanks to everyone at Bayfront for looking after my wife.", "Bayfront"),
        # a place gone to with an ailment, whatever its name (facility.went_with_ailment)
        ("He went to CityMD with a fever and they sent him home.", "CityMD"),
        ("She headed to Carbon Health for stitches.", "Carbon Health"),
        # a named unit of a hospital, and more kinds of a person's own carer
        ("He's on the cardiac floor at Mercy and they won't let us visit.", "Mercy"),
        (
            "Dad's PT at Peak Performance says he can walk without the cane soon.",
            "Peak Performance",
        ),
        ("My son's chiropractor at Align Spine cracked his neck.", "Align Spine"),
    ],
)
def test_places_tied_to_someone_s_care_or_home(text: str, place: str) -> None:
    assert place in blocked(text)


@pytest.mark.parametrize(
    "text",
    [
        "We moved our office to Boulder City last spring.",
        "We moved to Boulder City last spring.",
        "Thanks to the team at Bright Smiles for taking care of me!",
        "Huge thanks to everyone at Rotary for looking after our booth.",
        "The staff at Cedar Ridge Park are kind to everyone.",
        "We went to Costco with the kids.",
        "She went to Target for some cough drops.",
        "Remembering Pearl Harbor today.",
        "The PT at our partner gym runs a back class on Saturdays.",
        "The cardiac floor at Mercy opened a new wing, congratulations to their team.",
        "Ask your dentist at your next visit about sealants.",
        "We lost power to the sterilizer on Friday, all fixed now.",
        "Sonicare (2) brush heads are on sale at the front desk.",
        "Prayers needed for the families hit by the flood.",
        "My son swears Orajel helps his teething pain.",
        "His Oura ring says he sleeps badly since the surgery.",
        "Dupixent cleared up her eczema.",
        "Parkinson's disease affects a million people. Tremor is only one of the symptoms.",
    ],
)
def test_their_look_alikes_stay_clean(text: str) -> None:
    assert blocked(text) == []


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # an unlisted given name opening a sentence about an injury, after an affection word
        ("Little Jaxon broke his arm on the trampoline.", "Jaxon"),
        ("Anselm keeps getting nosebleeds at night.", "Anselm"),
        # after a sentence about a relative's health
        ("Does anyone else's kid get hives from amoxicillin? Esme is covered in them.", "Esme"),
        # remembered by name
        ("Remembering Thelma today, gone one year since the stroke.", "Thelma"),
        ("Prayers needed for Tavita, intubated since Friday.", "Tavita"),
        # an age between the name and its verb
        ("Lorcan (6) has a wobbly tooth and a fever.", "Lorcan"),
        # anywhere in a health sentence about a person (name.unlisted_name_in_health_sentence)
        ("Temi and I both have covid, can we still go to the wedding?", "Temi"),
        ("Ever since Kaito started the new meds he's been angry.", "Kaito"),
        # lost to an illness (name.lost_to_illness)
        ("It's been a year since we lost Dimitri to leukemia.", "Dimitri"),
    ],
)
def test_single_unlisted_names_with_a_person_s_cue(text: str, name: str) -> None:
    assert name in blocked(text)


def test_a_lower_case_full_name_with_a_health_fact() -> None:
    # name.lower_subject: a fact told about a person in lower case
    assert "mary-kate o'brien" in blocked("mary-kate o'brien is allergic to penicillin.")
    assert blocked("tooth decay has been falling for years.") == []
