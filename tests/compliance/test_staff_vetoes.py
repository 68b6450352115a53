"""The practice speaking of its own people is not a patient's name: each veto in
``rules.NAME_VETOES`` rules out its case, and leaves alone the same words when a patient,
family or writer's word introduces the name. Then the practice context's own rules: a
doctor's given name alone, and a family that shares a provider's name."""

from __future__ import annotations

from pathlib import Path

import pytest

from medsocial_tui.compliance import PracticeContext, find_phi
from medsocial_tui.compliance import rules as guard_rules
from medsocial_tui.compliance.context import EMPTY_CONTEXT
from medsocial_tui.compliance.findings import Finding
from medsocial_tui.compliance.identifiers import find_addresses


def names(text: str, ctx: PracticeContext | None = None) -> list[str]:
    return [text[f.start : f.end] for f in find_phi(text, ctx) if f.label == "name"]


CASES = Path(__file__).parent / "corpus" / "name_vetoes.txt"


def _rows(kind: str) -> list[list[str]]:
    """The ``kind|`` lines of the cases file, split at " | "."""
    lines = CASES.read_text(encoding="utf-8").splitlines()
    return [line[3:].split(" | ") for line in lines if line.startswith(kind + "| ")]


VETOES = {veto.__name__: veto for veto in guard_rules.NAME_VETOES}


@pytest.mark.parametrize("row", _rows("V"), ids=lambda row: f"{row[0]}-{row[3][:30]}")
def test_veto(row: list[str]) -> None:
    veto, vetoed, name, text = row
    start = text.rindex(name)
    assert VETOES[veto](text, Finding(start, start + len(name), "name", "test")) is (
        vetoed == "yes"
    )


def test_every_name_veto_rules_out_and_leaves_alone_a_case() -> None:
    outcomes: dict[str, set[str]] = {}
    for veto, vetoed, _name, _text in _rows("V"):
        outcomes.setdefault(veto, set()).add(vetoed)
    for veto in guard_rules.NAME_VETOES:
        assert outcomes.get(veto.__name__) == {"yes", "no"}, veto.__name__
        assert (veto.__doc__ or "").strip(), veto.__name__


# Clean posts the learned tagger (compliance/learned.py) blocks, which the rules leave: false
# blocks an approver clears. Strict, so that a model that passes one again fails the test.
# ("Le docteur Mathieu Lefèvre sera absent lundi." passed with the tagger trained on read
# sets up to 78; the one trained with 79-82 as well blocks it again.)
_LEARNED_FALSE_BLOCKS: frozenset[str] = frozenset({"Le docteur Mathieu Lefèvre sera absent lundi."})


@pytest.mark.parametrize(
    "row",
    [
        pytest.param(
            row,
            marks=pytest.mark.xfail(strict=True, reason="the learned tagger blocks it")
            if row[0] in _LEARNED_FALSE_BLOCKS
            else (),
        )
        for row in _rows("C")
    ],
    ids=lambda row: row[0][:40],
)
def test_clean_posts_about_the_team_pass_with_no_practice(row: list[str]) -> None:
    assert find_phi(row[0]) == []


@pytest.mark.parametrize("row", _rows("P"), ids=lambda row: row[1][:40])
def test_patients_beside_the_same_words_are_still_found(row: list[str]) -> None:
    name, text = row
    assert name in names(text)


def test_a_doctors_title_dot_is_no_sentence_end() -> None:
    (rule,) = [r for r in guard_rules.NAME_RULES if r.name == "name.sentence_subject"]
    assert list(rule.finditer("Dr. Okafor said hello.", EMPTY_CONTEXT)) == []
    assert list(rule.finditer("Hello. Marita chipped a tooth.", EMPTY_CONTEXT))


@pytest.mark.parametrize(
    "text",
    [
        "Dra. Lucía Fernández atiende los martes.",
        "La Dra. Lucía Fernández, nuestra pediatra, atiende los martes.",
        "Dra. Ana Paula Souza, nossa cardiologista, atende às terças.",
        "Prof. Amara Okonkwo gives the talk on sleep apnoea.",
    ],
)
def test_a_doctors_title_in_spanish_or_portuguese_is_no_sentence_end(text: str) -> None:
    # "Dra." ended a sentence, so the doctor's name began the next one (name.surname_at_start)
    assert find_phi(text) == []


def test_a_patient_after_the_same_titles_is_still_found() -> None:
    text = "La paciente Sra. Lucía Fernández ingresó el 3 de mayo con neumonía."
    assert any("Lucía Fernández" in name for name in names(text))


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Herr Klaus Becker hat morgen um 9 Uhr seinen Termin zur Wurzelbehandlung.", "Becker"),
        ("Frau Helga Schmidt, 91 Jahre alt, wurde am 3. März eingeliefert.", "Schmidt"),
        ("Señora Carmen Ruiz tiene cita el lunes para su endodoncia.", "Ruiz"),
        ("Madame Aline Girard a rendez-vous mardi pour sa couronne.", "Girard"),
    ],
)
def test_mr_and_mrs_as_other_languages_write_them_are_titles(text: str, name: str) -> None:
    assert any(name in found for found in names(text))


def test_a_title_before_a_doctors_is_no_name() -> None:
    assert find_phi("Herr Dr. Müller ist ab dem 3. Januar wieder in der Praxis.") == []
    assert find_phi("Frau Dr. Weber hat heute Sprechstunde.") == []


def test_parking_at_an_address_is_the_practices() -> None:
    assert list(find_addresses("Free parking at 88 Elm Street behind us.", EMPTY_CONTEXT)) == []
    assert list(find_addresses("My son lives at 88 Elm Street.", EMPTY_CONTEXT))


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        # (clean8b) a place's car park, where a business ships from or takes returns, a
        # delivery label a firm's name and a unit before the house number
        ("The patient car park at 1220 Lake Ave has 48 spaces.", False),
        ("Shipping from: Acme Orthodontic Labs, 77 Industrial Way, Unit 5, Fresno.", False),
        ("Returns address: Brightline Ltd, Unit 9, 40 Mill Lane, Leeds LS10 1RF.", False),
        (
            "Our delivery address for lab work is Dental Lab Drop, Suite 3, 200 George Street.",
            False,
        ),
        # a family's shipping label, a patient's delivery address
        ("Ship to: my son, 22 Elm Street, Fresno, CA 93725.", True),
        ("My husband's delivery address is 14 Harbour Road, Leith.", True),
        # a car park no one's own, by which someone tells where they live
        ("I live across from the car park at 1220 Lake Ave.", True),
        ("Our car park at 14 Harbour Road is being resurfaced.", False),
    ],
)
def test_a_business_s_labelled_address_is_its_own(text: str, kept: bool) -> None:
    assert bool(list(find_addresses(text, EMPTY_CONTEXT))) is kept


CLINIC = PracticeContext(provider_names=("Dr. Elena Garcia", "Lena Okafor", "Dr. Ana Lena Cruz"))


def test_a_doctors_given_name_alone_is_not_the_doctor() -> None:
    assert CLINIC.doctors_given_names == frozenset({"elena", "ana"})
    assert "elena" in CLINIC.staff_words
    assert names("Elena, how is the knee healing?", CLINIC) == ["Elena"]
    assert names("Elena Garcia will host a Q&A.", CLINIC) == []
    assert names("Dr. Garcia will host a Q&A.", CLINIC) == []
    assert names("Lena, thanks for the lovely card!", CLINIC) == []


def test_a_family_with_a_providers_name_is_a_family() -> None:
    assert names("Welcome back the Garcia twins after summer camp!", CLINIC) == ["Garcia"]
    assert names("Dr. Garcia is back after summer camp!", CLINIC) == []


def test_the_practice_vetoes_leave_a_name_on_the_patient_roster() -> None:
    from medsocial_tui.compliance import practice_vetoes

    text = "Staff notice: rota changes from next week. Queries to Okafor, HR, ext. 204."
    start = text.index("Okafor")
    found = Finding(start, start + 6, "name", "a name [name.given_name]")
    on_roster = Finding(start, start + 6, "name", "a roster name [name.roster_word]")
    vetoes = {veto.__name__: veto for veto in practice_vetoes.NAME_VETOES}
    assert vetoes["_a_staff_notice"](text, found)
    assert not any(veto(text, on_roster) for veto in practice_vetoes.NAME_VETOES)


def test_a_staff_name_typed_with_a_phones_apostrophe_is_the_practices_own() -> None:
    """The staff list matches "N’Dour" for "N'Dour" (``PracticeContext.staff_words`` and
    ``staff_name_pattern``), as the learned tagger's check does (``own_word_keys``)."""
    context = PracticeContext(provider_names=("Ngozi N'Dour",))
    assert find_phi("Ngozi N’Dour joins our front desk on Monday!", context) == []
    assert find_phi("Ngozi N'Dour joins our front desk on Monday!", context) == []


# -- (staff75) a doctor a patient names in their own words ---------------------------------
@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("had my wisdom teeth out with Dr. Siddiqui last month, honestly no swelling", "Siddiqui"),
        ("I'm a patient of Dr. Moana Faleolo and she is the gentlest dentist", "Moana Faleolo"),
        ("Merci Dr Ndiaye, mon fils n'a pas pleuré cette fois", "Ndiaye"),
        # thanked or missed, with no "my"
        ("thanks for the tips Dr. Ayodele! will try the salt water rinse", "Ayodele"),
        ("we miss you Dr. Hakimi! hope the retirement is treating you well", "Hakimi"),
        # (was a look-alike of the pronoun "I" read as an initial: "Priya" alone)
        ("Thanks to Dr Priya I have my smile back.", "Priya"),
        # the name without its possessive
        ("I loved Dr. Okafor's chairside manner", "Okafor"),
    ],
)
def test_a_doctor_a_patient_names_in_their_own_words_blocks(text: str, name: str) -> None:
    """The sets written since 63 mark a doctor a patient names (154 of 174 such mentions in
    read sets 28-74); the reason says how to let the practice's own doctor pass."""
    found = [f for f in find_phi(text) if f.label == "name"]
    assert name in [text[f.start : f.end] for f in found]
    for f in found:  # (another finder may read it first: a clinician in a care message)
        if f.reason.endswith("[name.doctor_in_own_words]"):
            assert "medsocial staff add" in f.reason


@pytest.mark.parametrize(
    "text",
    [
        # brands, characters and nicknames with the title
        "Dr Pepper is the worst for my teeth and I can't stop",
        "wore my Dr. Martens to my hospital appointment and the nurse loved them",
        "Dr. Google told me it was cancer, glad it was just an ulcer",
        "Is Dr. Scholl's gel safe for my diabetic feet?",
        "Gracias al Dr. Simi por las farmacias baratas, jaja",
        # a public figure, an author's book, a researcher's group
        "I read that Dr. Anthony Fauci said the new booster works for older adults",
        "Dr. Paul Farmer's book on Haiti changed how I think about global surgery.",
        "the case was reported by Dr. Sarah Gilbert's group, not ours, I think",
        # a practice's notice in its own voice: no writer's words, no thanks
        "Dr. Patel is away next week; Dr. Singh will see his patients.",
        # a colleague covering; a third person's thanks; a signature
        "I'll be back on 3 March, my colleague Dr Shah will cover.",
        "Father Michael thanks Dr. Teresa Kowalczyk of Queen West Dental for 300 toothbrushes.",
        "I moved to Leeds in 2010 and joined the practice the year after. — Dr. Owen",
        # the doctor speaking, a column asking them, staff news in the writer's voice
        "I'm Dr. Sarah Kim, and I'm excited to join the Riverbend team this spring!",
        "I'm proud to announce that Dr. Patel completed her Invisalign Diamond certification!",
        'Ask Dr. Ramirez: "My toddler still uses a pacifier at 3. Is that a problem?"',
        # the writer's words in another sentence of a long post
        "Dr. Patel is out of the office June 10-14. I was treated in Ipswich on May 5, 2020.",
    ],
)
def test_a_doctors_title_on_no_doctor_or_in_no_ones_words_passes(text: str) -> None:
    assert [f for f in find_phi(text) if f.reason.endswith("[name.doctor_in_own_words]")] == []


def test_the_practices_own_doctor_named_by_a_patient_passes_on_the_staff_list() -> None:
    text = "had my wisdom teeth out with Dr. Siddiqui last month, honestly no swelling"
    assert find_phi(text, PracticeContext(provider_names=("Dr. Imran Siddiqui",))) == []
