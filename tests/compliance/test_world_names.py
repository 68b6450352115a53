"""The given names and surnames of many countries (data/given_names_world.txt,
data/surnames_world.txt): found as names in a sentence about a person, and kept free of the
everyday words and towns their headers say they leave out."""

from __future__ import annotations

import pytest

from medsocial_tui.compliance import find_phi
from medsocial_tui.compliance import lexicon as lx

# Names kept on purpose although wordfreq counts them as common English words or GeoNames
# holds a town of that name: the name is by far the commoner sense in English text. A name
# added to a list that is a word or a town must be added here too, or the test fails.
GIVEN_WORDS_KEPT = frozenset(
    "boris bruno carlo cyrus denis gerard hans jacques jules jung kai kumar michel nicolas"
    " paulo pierre serena simone solomon soo stefan yuri".split()
)
GIVEN_TOWNS_KEPT = frozenset(
    "artem bambang claudio cláudio conceicao conceição concepcion concepción duarte fajar florin"
    " fátima gyula huimin itai jasper jiayi kai kamal kemi keren larisa mandla minna nima rosário"
    " sachin samar selma serik shinichi soo tolga unai usman xinyi xiuying yara zafar".split()
)
SURNAME_WORDS_KEPT = frozenset(
    "abe ahmad andre bruno davies denis fernando gerard hassan jin jose jung kenny kumar leone"
    " lindsay malik meredith michel mohammed nicolas noel o'brien o'connor o'neill omar pierre"
    " robert sinclair".split()
)

CLOSED_WORDS = (
    lx.RELATION_WORDS
    | lx.STAFF_WORDS
    | lx.TITLES
    | lx.COMMON_CAPITALIZED
    | lx.MONTHS
    | lx.WEEKDAYS
    | lx.AMBIGUOUS_NAMES
    | lx.CREDENTIALS
    | lx.ORG_SUFFIXES
)


def test_world_lists_are_read_and_wired() -> None:
    assert len(lx.GIVEN_NAMES_WORLD) > 2000
    assert len(lx.SURNAMES_WORLD) > 2000
    assert lx.SURNAMES_WORLD <= lx.SURNAMES
    # A world given name that is a surname too counts as a surname only.
    assert (lx.GIVEN_NAMES_WORLD - lx.SURNAMES) <= lx.GIVEN_NAMES
    assert "rahman" in lx.SURNAMES and "rahman" in lx.GIVEN_NAMES_WORLD
    # The header and country comments are no names.
    assert not any(w.startswith("#") for w in lx.GIVEN_NAMES_WORLD | lx.SURNAMES_WORLD)
    assert "nigeria" not in lx.GIVEN_NAMES_WORLD


@pytest.mark.parametrize("names", [lx.GIVEN_NAMES_WORLD, lx.SURNAMES_WORLD])
def test_world_lists_hold_no_short_or_closed_words(names: frozenset[str]) -> None:
    assert sorted(w for w in names if len(w) < 3 or w != w.lower()) == []
    assert sorted(names & CLOSED_WORDS) == []


def test_world_given_names_are_no_english_words_or_towns_unless_kept() -> None:
    assert sorted((lx.GIVEN_NAMES_WORLD & lx.english_words()) - GIVEN_WORDS_KEPT) == []
    assert sorted((lx.GIVEN_NAMES_WORLD & lx.place_names()) - GIVEN_TOWNS_KEPT) == []


def test_world_surnames_are_no_english_words_unless_kept() -> None:
    assert sorted((lx.SURNAMES_WORLD & lx.english_words()) - SURNAME_WORDS_KEPT) == []


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # Neither word was known before; both are lower-case words in Italian too.
        ("Chiara Ferrari is my daughter; she is 9 and chipped a tooth.", "Chiara Ferrari"),
        ("Discharge summary: Alessandro Bianchi, admitted with pneumonia.", "Alessandro Bianchi"),
        ("Paulo Mendes has had a toothache since Sunday.", "Paulo Mendes"),
        # (nameschat37) the Pacific, Māori, Hawai'i, Inuit, Aboriginal Australia, the
        # Caribbean, West Africa, Malaysia: one given name alone, the only identifier
        ("Sione pls call mum, she is at the hospital again with pneumonia.", "Sione"),
        ("Tavita was absent on Tuesday for a dental appointment.", "Tavita"),
        ("Rawiri has a chipped tooth from rugby.", "Rawiri"),
        ("Kalani still can't eat after the extraction.", "Kalani"),
        ("mine is 3 and Nanuq has a chipped tooth", "Nanuq"),
        ("Jarrah is booked for the extraction at the day surgery.", "Jarrah"),
        ("yes Kemar was at the hospital on Saturday, he's home now", "Kemar"),
        ("Aminata is 9 and has a loose tooth that bleeds.", "Aminata"),
        ("day 3 post extraction, Amirah still can't eat, send help", "Amirah"),
        # (givennames37b) the peoples still thin on the lists: Yoruba, Zulu, Punjabi,
        # Armenian, Khmer, Albanian, Somali, Tamil, Sotho, Serbian, Korean, Kurdish
        ("Oluwatosin has a chipped tooth from football.", "Oluwatosin"),
        ("can Siphiwe come in on friday? her gums keep bleeding", "Siphiwe"),
        ("Gurdeep missed his cleaning on Tuesday.", "Gurdeep"),
        ("Tigran still has a swollen jaw after the extraction", "Tigran"),
        ("we think Sopheap swallowed a tooth, is that ok??", "Sopheap"),
        ("Teuta had two fillings and a crown done yesterday.", "Teuta"),
        ("Deqa still has a fever after the antibiotics", "Deqa"),
        ("RE: Saravanan, post-op review moved to Thursday", "Saravanan"),
        ("Is it normal that Refiloe's gums bleed when she brushes?", "Refiloe"),
        ("Milica is 6 and lost her front tooth early.", "Milica"),
        ("Seoyun has been in hospital since Monday with asthma", "Seoyun"),
        ("thanks for seeing Rebwar so quickly last week", "Rebwar"),
        ("Shanzay has had a cough for two weeks, should we worry?", "Shanzay"),
        ("Chaeyoung is booked for the extraction on Friday.", "Chaeyoung"),
        ("Yeabsira still has a fever, she is 3", "Yeabsira"),
        ("can u tell me if Tomohiro needs antibiotics before the implant", "Tomohiro"),
        ("Gwenaëlle a mal aux dents depuis samedi, she is 7.", "Gwenaëlle"),
        ("Svenja has had a sore throat for a week now", "Svenja"),
    ],
)
def test_world_given_name_found_in_a_person_sentence(text: str, name: str) -> None:
    first = name.split()[0].lower()
    assert first in lx.GIVEN_NAMES_WORLD
    assert name in [text[f.start : f.end] for f in find_phi(text) if f.label == "name"]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Hope Meredith missed her appointment.", "Hope Meredith"),
        ("Grace Takahashi was admitted with pneumonia.", "Grace Takahashi"),
        ("Can Mrs Papadopoulou have a filling while pregnant?", "Papadopoulou"),
    ],
)
def test_world_surname_found_in_a_person_sentence(text: str, name: str) -> None:
    assert name.split()[-1].lower() in lx.SURNAMES_WORLD
    assert name in [text[f.start : f.end] for f in find_phi(text) if f.label == "name"]


@pytest.mark.parametrize(
    "text",
    [
        "Hope the clinic is open on Monday.",
        "Grace periods for payments are 30 days.",
        "Young children should brush twice a day.",
        "Chin straps help with snoring.",
        "Long waits are common in winter.",
        "Sunny days raise pollen counts.",
        "Bay leaves are safe to eat.",
        "Ash from wildfires can irritate the lungs.",
        # Romanised names that are English words or abbreviations were left out of the lists.
        "Tao of dental care: brush, floss, rinse.",
        "Uri symptoms include cough and a sore throat.",
        "Pap smears are due every three years.",
        "Endo treatment saves the tooth.",
        # (givennames37b) a people's word, deity, food or brand was left out of the lists
        "Durga Puja closes the clinic early on Friday.",
        "Tapas portions are small but salty.",
        "Balaji Wafers are a popular snack.",
        "Bahati means luck in Swahili.",
        "Nawroz opening hours: 9 to 1.",
        "Dawa ya meno: toothpaste in Swahili.",
    ],
)
def test_english_word_name_not_found_alone(text: str) -> None:
    word = text.split()[0].lower()
    assert word not in lx.GIVEN_NAMES_WORLD and word not in lx.SURNAMES_WORLD
    assert [f for f in find_phi(text) if f.label == "name"] == []


# -- the public figures (guard-people) -----------------------------------------------------

_FIGURES_FILE = lx.resources.files("medsocial_tui.data").joinpath("public_figures.txt")


def test_public_figures_are_written_one_a_line_in_lower_case_once() -> None:
    lines = _FIGURES_FILE.read_text("utf-8").splitlines()
    assert len(lines) >= 3500
    assert all(line == line.strip().lower() and line for line in lines)
    assert len(lines) == len(set(lines))


def test_no_public_figure_is_an_everyday_given_name_alone() -> None:
    alone = {p for p in lx.PUBLIC_FIGURES if " " not in p}
    named = {
        p
        for p in alone
        if p in lx.GIVEN_NAMES
        or p in lx.GIVEN_NAMES_WORLD
        or p in lx.SURNAMES
        or p in lx.AMBIGUOUS_NAMES
    }
    # "Shakira has had a fever for three days": a patient may bear a famous one-word name
    assert not named, sorted(named)


def test_no_public_figure_is_a_saints_name() -> None:
    """A hospital takes a saint's name (St. Jude's, St. Luke's): a saint is left to the
    saint veto, which leaves the hospital a place, not a public life."""
    assert not [p for p in lx.PUBLIC_FIGURES if p.split()[0] in ("st.", "saint", "our")]


@pytest.mark.parametrize(
    "text",
    [
        "Patient: Michael Jordan, seen for a filling.",
        "Michael Jordan, DOB 03/04/1961, came in for a crown.",
        "My patient Michael Jordan came in today with a cracked molar.",
        "Patient: Wangari Maathai, referred for an extraction.",
        "Chinua Achebe, DOB 16/11/1950, attended for a check-up.",
        # a ward's list and a record's patient line (the lead's records-style texts)
        "Bed 14 — Mr Ravi Shankar — post-op day 2",
        "Bed 3: Michael Jordan, 67, hip replacement, mobilising.",
        "Patient Michael Jordan, 67, hip replacement.",
        # a record's age and sex, a birth date in brackets; a ward's NEWS score is no news
        "Pt Mohammed Iqbal 58M, bed 12, NEWS 5, on 2L O2, awaiting CXR",
        "Li Na (1990-10-22), OD -3.25/-0.50×180, PD 62",
    ],
)
def test_a_famous_name_beside_a_patients_field_is_a_patient(text: str) -> None:
    assert any(f.label == "name" and f.severity == "block" for f in find_phi(text)), text


@pytest.mark.parametrize(
    "text",
    [
        "Michael Jordan won six titles with the Bulls.",
        "Chinua Achebe's Things Fall Apart is this month's waiting-room book.",
        "Wangari Maathai planted millions of trees across Kenya.",
        "Rosalind Franklin's X-ray photographs showed the shape of DNA.",
        "Haruki Murakami runs a marathon every year.",
        "Sachin Tendulkar and Mithali Raj both wear mouthguards in the nets.",
        "Ravi Shankar played the sitar at Woodstock in 1969.",
        "Li Na won the French Open in 2011, the news said.",
        "In room 2 a film shows Michael Jordan's training diet.",
    ],
)
def test_a_public_figure_in_a_post_is_no_patient(text: str) -> None:
    assert not [f for f in find_phi(text) if f.label == "name"], text
