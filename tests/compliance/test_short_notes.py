"""Names in short notes and questions (guard-short4): a name with the writer's family word
in apposition, an age stated after a name or after initials, a subject in hospital, and
the same in lower case (a title or an initial before a surname, a family word or an age
after a given name). Each beside clean look-alikes that stay clean. The texts here are
not the ones in ``general_dev.txt`` the rules were written from."""

from __future__ import annotations

import pytest

from medsocial_tui.compliance import find_phi


def _names(text: str) -> list[str]:
    return [
        text[f.start : f.end] for f in find_phi(text) if f.severity == "block" and f.label == "name"
    ]


def _blocked(text: str) -> list[str]:
    return [text[f.start : f.end] for f in find_phi(text) if f.severity == "block"]


# (rule, text, words a name finding must cover)
NAMED: list[tuple[str, str, str]] = [
    ("name.kin_in_apposition", "Tamatea (my grandson) keeps getting ear infections.", "Tamatea"),
    ("name.kin_in_apposition", "I brought Oyelowo, my father, in for his scan.", "Oyelowo"),
    ("name.kin_in_apposition", "Hyun-woo, our youngest son, broke his wrist.", "Hyun-woo"),
    ("name.kin_in_apposition", "Przemek my husband has had gout for a week.", "Przemek"),
    ("name.initials_with_age", "T.O., 61, presents with chest pain on exertion.", "T.O"),
    ("name.initials_with_age", "R.T.M. is a 7-year-old with a barking cough.", "R.T.M"),
    ("name.initials_with_age", "Case: K.W. (34) with new-onset seizures.", "K.W"),
    ("name.age_stated", "Ngahuia is 58 and she walks every day.", "Ngahuia"),
    ("name.age_stated", "Tamatoa was 44, and he never smoked.", "Tamatoa"),
    ("name.name_subject_unwell", "Tupac Ngata is in Whangarei hospital now.", "Tupac Ngata"),
    ("name.name_subject_unwell", "Kaulana was in hospital for two nights.", "Kaulana"),
    ("name.lower_titled", "pt is mr. okonkwo, 80, on dialysis", "okonkwo"),
    ("name.lower_titled", "saw mrs. wiśniewska today, bp still high", "wiśniewska"),
    ("name.lower_titled", "f/u with j. adeyemi re: wound check", "j. adeyemi"),
    ("name.lower_kin", "kenji my husband has had hiccups for 3 days", "kenji"),
    ("name.lower_kin", "we took malia (my niece) to urgent care", "malia"),
    ("name.lower_age", "nguyen thi lan 67 y/o female, hx of stroke", "nguyen thi lan"),
    ("name.lower_age", "omar, 45, c/o back pain since friday", "omar"),
    ("name.role_word", "pt. Moreno is post-op day 2, pain controlled.", "Moreno"),
    (
        "name.name_then_pronoun",
        "I'm so worried about Wairimu, she hasn't slept since the surgery.",
        "Wairimu",
    ),
    ("name.name_then_pronoun", "Thinking of Ekow, he's back in hospital with pneumonia.", "Ekow"),
    (
        "name.name_subject_unwell",
        "Is it normal that Oyelola still bleeds after the extraction?",
        "Oyelola",
    ),
    (
        "name.name_subject_unwell",
        "My neighbour says Tamatoa had a heart attack at the gym.",
        "Tamatoa",
    ),
    ("name.name_subject_unwell", "Did you hear that Olusegun had a stroke?", "Olusegun"),
    ("name.given_name", "How do I help Anh remember her blood pressure pills?", "Anh"),
]


@pytest.mark.parametrize(
    ("rule", "text", "words"), NAMED, ids=[f"{r}:{t[:24]}" for r, t, _ in NAMED]
)
def test_the_name_is_found(rule: str, text: str, words: str) -> None:
    found = [
        (text[f.start : f.end], f.reason)
        for f in find_phi(text)
        if f.severity == "block" and f.label == "name"
    ]
    assert any(words in w and f"[{rule}]" in reason for w, reason in found), found


# Look-alikes: none is anyone's identifier.
CLEAN = [
    "Sorry, my husband forgot to call back.",
    "Seattle, my husband and I moved here last year.",
    "U.S. is a 250-year-old country.",
    "A.M. appointments are 8 to 11, P.M. 2 to 5.",
    "E. coli and S. aureus are common causes of infection.",
    "take vitamin d. also drink water",
    "h. pylori is treated with antibiotics.",
    "mr. clean is the best cleaner for exam rooms",
    "Route 66 is 2,400 miles long.",
    "Nguyen is the most common surname in Vietnam.",
    "Kim, Lee and Park are common surnames in Korea.",
    "Duc is a common Vietnamese name meaning virtue.",
    "PT Sarah will see you at 3 for your shoulder.",
    "Dubbo's new hospital opened in 2021.",
    "Rotorua's only clinic is closing next month.",
    "Our office moved back to Denver in 2019.",
    "With Wegovy, she has lost 9 kg since the spring.",
    "I heard that Pfizer had a stroke of luck with its vaccine.",
    "My son's favourite show has a character named Ji-ho who has leukemia.",
]


@pytest.mark.parametrize("text", CLEAN)
def test_look_alikes_stay_clean(text: str) -> None:
    assert _blocked(text) == []


def test_a_form_field_of_first_name_is_still_a_name() -> None:
    """The names-as-names veto reads "a common name", not a form's "First name:"."""
    assert _names("First name: Anh. Last name: Pham. Reason: chest pain.")


# A town where a relative lives, said with "out", "up", "back" before "in" or "to".
PLACES = [
    ("My mum lives out in Bucks County and can't get to her dialysis.", "Bucks County"),
    ("My brother lives up in Kaitaia and his insulin costs a fortune.", "Kaitaia"),
    ("Dad moved back to Gisborne after his stroke.", "Gisborne"),
]


@pytest.mark.parametrize(("text", "place"), PLACES)
def test_where_a_relative_lives_is_found(text: str, place: str) -> None:
    found = [(text[f.start : f.end], f.reason) for f in find_phi(text) if f.severity == "block"]
    assert any(place in w and "[place.office_in]" in r for w, r in found), found
