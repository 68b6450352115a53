"""The practice speaking of its own people is not a patient's name: each veto in
``rules.NAME_VETOES`` rules out its case, and leaves alone the same words when a patient,
family or writer's word introduces the name. Then the practice context's own rules: a
doctor's given name alone, and a family that shares a provider's name."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from medsocial_tui.compliance import PracticeContext, find_phi
from medsocial_tui.compliance import rules as guard_rules
from medsocial_tui.compliance.context import EMPTY_CONTEXT
from medsocial_tui.compliance.findings import Finding
from medsocial_tui.compliance.identifiers import find_addresses


def names(text: str, ctx: PracticeContext | None = None) -> list[str]:
    return [text[f.start : f.end] for f in find_phi(text, ctx) if f.label == "name"]


def _at(text: str, words: str) -> Finding:
    start = text.index(words)
    return Finding(start, start + len(words), "name", "test")


# (veto, text, the name, whether the veto rules it out)
CASES: list[tuple[Callable[[str, Finding], bool], str, str, bool]] = [
    (guard_rules._place_named_like_a_person, "She moved to East Raymond.", "East Raymond", True),
    (guard_rules._place_named_like_a_person, "She met Raymond.", "Raymond", False),
    (guard_rules._staff_named, "Sinead, our practice manager, says hi.", "Sinead", True),
    (guard_rules._staff_named, "Sinead, our neighbour, says hi.", "Sinead", False),
    (
        guard_rules._staff_spotlight,
        "Employee spotlight: Imani Brooks keeps our schedule on track!",
        "Imani Brooks",
        True,
    ),
    (guard_rules._staff_spotlight, "Imani Brooks keeps her schedule.", "Imani Brooks", False),
    (guard_rules._staff_duty, "Priya will cover Saturday appointments.", "Priya", True),
    (guard_rules._staff_duty, "Tomasz sees walk-ins on Mondays.", "Tomasz", True),
    (guard_rules._staff_duty, "Lena will answer your questions live.", "Lena", True),
    (guard_rules._staff_duty, "Priya is covering the front desk today.", "Priya", True),
    (guard_rules._staff_duty, "Priya will cover her costs.", "Priya", False),
    (guard_rules._staff_duty, "Lena hosts a free webinar on braces.", "Lena", True),
    (guard_rules._staff_duty, "Lena will host her birthday party.", "Lena", False),
    (guard_rules._staff_duty, "Priya will miss her appointment.", "Priya", False),
    (guard_rules._staff_duty, "My daughter Priya will cover the bill.", "Priya", False),
    (guard_rules._relayed_to_colleague, "Aww, we'll let Tomasz know!", "Tomasz", True),
    (
        guard_rules._relayed_to_colleague,
        "We'll pass your kind words on to Tomasz.",
        "Tomasz",
        True,
    ),
    (
        guard_rules._relayed_to_colleague,
        "Thank you! Priya will be so happy to hear that.",
        "Priya",
        True,
    ),
    (
        guard_rules._relayed_to_colleague,
        "We'll let Priya know her results are in.",
        "Priya",
        False,
    ),
    (
        guard_rules._relayed_to_colleague,
        "Our patient Priya will be thrilled to hear it.",
        "Priya",
        False,
    ),
    (guard_rules._asked_for_at_visit, "Just ask for Tomasz when you check in.", "Tomasz", True),
    (guard_rules._asked_for_at_visit, "Ask Lena at your next visit.", "Lena", True),
    (guard_rules._asked_for_at_visit, "Ask Lena about her new crown.", "Lena", False),
    (
        guard_rules._names_as_words,
        "Olivia and Noah topped the list of popular names again.",
        "Noah",
        True,
    ),
    (guard_rules._names_as_words, "Olivia and Noah came in for cleanings.", "Noah", False),
    (
        guard_rules._names_as_words,
        "His daughter's first names are Ana and Noah, after her grandparents.",
        "Noah",
        False,
    ),
    (
        guard_rules._thanked_for_caring,
        "Big thanks to Priya and Lena for taking such good care of our patients!",
        "Priya",
        True,
    ),
    (
        guard_rules._thanked_for_caring,
        "Big thanks to Priya for taking such good care of my son!",
        "Priya",
        False,
    ),
    (
        guard_rules._staff_named_elsewhere,
        "Lena Okafor, RDH, has been with us 8 years. Lena loves gardening.",
        "Lena loves",
        True,
    ),
    (
        guard_rules._staff_named_elsewhere,
        "Welcome Dr. Tomasz Nowak! Tomasz grew up in Ohio.",
        "Tomasz grew",
        True,
    ),
    (
        guard_rules._staff_named_elsewhere,
        "Lena Okafor, RDH, has been with us 8 years. My son Lena loves her.",
        "Lena loves",
        False,
    ),
    (
        guard_rules._staff_named_elsewhere,
        "Lena Okafor, our patient, says hi. Lena loves her new smile.",
        "Lena loves",
        False,
    ),
    (
        guard_rules._staff_named_elsewhere,
        "Lena Okafor, the owner of the cafe, says hi. Lena loves her new smile.",
        "Lena loves",
        False,
    ),
]


@pytest.mark.parametrize(
    ("veto", "text", "words", "vetoed"),
    CASES,
    ids=[f"{veto.__name__}-{n}" for n, (veto, *_rest) in enumerate(CASES)],
)
def test_veto(veto: Callable[[str, Finding], bool], text: str, words: str, vetoed: bool) -> None:
    name = words.split()[0] if veto is guard_rules._staff_named_elsewhere else words
    start = text.index(words)
    assert veto(text, Finding(start, start + len(name), "name", "test")) is vetoed


def test_every_name_veto_rules_out_and_leaves_alone_a_case() -> None:
    for veto in guard_rules.NAME_VETOES:
        outcomes = {vetoed for v, _t, _w, vetoed in CASES if v is veto}
        assert outcomes == {True, False}, veto.__name__
        assert (veto.__doc__ or "").strip(), veto.__name__


@pytest.mark.parametrize(
    "text",
    [
        "Priya will cover Saturday appointments while Dr. Nowak is away.",
        "Aww, we'll let Tomasz know!",
        "Just ask for Tomasz when you check in.",
        "Olivia and Noah topped the list of popular names again.",
        "Lena Okafor, RDH, has been with us 8 years. Thank you, Lena!",
        "Dr. Okafor said the office opens at noon on Friday.",
    ],
)
def test_clean_posts_about_the_team_pass_with_no_practice(text: str) -> None:
    assert find_phi(text) == []


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("We'll let Priya know her crown is ready.", "Priya"),
        ("Big thanks to Priya for taking such good care of my son!", "Priya"),
        ("Hi Lena! Ask for Tomasz when you call.", "Lena"),
    ],
)
def test_patients_beside_the_same_words_are_still_found(text: str, name: str) -> None:
    assert name in names(text)


def test_a_doctors_title_dot_is_no_sentence_end() -> None:
    (rule,) = [r for r in guard_rules.NAME_RULES if r.name == "name.sentence_subject"]
    assert list(rule.finditer("Dr. Okafor said hello.", EMPTY_CONTEXT)) == []
    assert list(rule.finditer("Hello. Marita chipped a tooth.", EMPTY_CONTEXT))


def test_parking_at_an_address_is_the_practices() -> None:
    assert list(find_addresses("Free parking at 88 Elm Street behind us.", EMPTY_CONTEXT)) == []
    assert list(find_addresses("My son lives at 88 Elm Street.", EMPTY_CONTEXT))


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
