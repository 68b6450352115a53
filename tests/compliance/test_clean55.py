"""(clean55) Clean texts the guard blocked, and their twins where a person is really there:
a practice's own notice whose only "patient" is the one it invites ("call for new patient
appointments", "no referral needed"), and an everyday word of another language opening a
sentence of that language ("Gracias, doctora, …"). No practice is configured."""

from __future__ import annotations

import pytest
from blocked_view import blocked_identifiers

from medsocial_tui.compliance.person_cues import PERSON_CUE

# person_cues._OFFER_NOUNS, _NEW_PATIENT_OFFER and the notice's "no referral": a practice's
# listing (name, street, hours, phone) whose "patient" is anyone who books
PRACTICE_NOTICES = [
    "Lakeview Family Dental, 815 Harbor Blvd, Suite 2, Traverse City MI, open Tue-Fri 8-4,"
    " call 231-555-0188 for new patient appointments.",
    "Now booking new patient exams at Riverbend Pediatrics, 44 Mill St, Ames IA."
    " Call (515) 555-0123.",
    "Sunrise Orthodontics, 3100 Kings Hwy, Brooklyn NY 11234. Mon-Sat 9-6. New patient"
    " consultations free, call 718-555-0142.",
    "Westside Physiotherapy, 12 Station Road, Harrow HA1 2SQ, open weekdays 7am-7pm. Patient"
    " bookings on 020 5550 1234.",
    "Accepting new patients! Maple Grove Family Medicine, 2290 Elm Ave, Boise ID,"
    " 208-555-0175, no referral required.",
    "Harbour Dental at 5640 Quinpool Rd is taking new patients, no referral needed.",
]


@pytest.mark.parametrize("text", PRACTICE_NOTICES)
def test_a_practices_listing_names_no_patient(text: str) -> None:
    assert blocked_identifiers(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "call for new patient appointments",
        "new-patient forms are on our website",
        "Patient bookings open Monday",
        "no referral needed",
        "referral not required",
        "you can book without a referral",
    ],
)
def test_an_offer_to_any_patient_is_no_person_cue(text: str) -> None:
    assert PERSON_CUE.search(text) is None


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("the patient appointment was missed", "patient"),
        ("a new patient presented with chest pain", "patient"),
        ("the referral to Dr Mensah was sent", "referral"),
        ("new patient, 45, with a cracked molar", "patient"),
    ],
)
def test_one_patient_or_referral_still_cues(text: str, word: str) -> None:
    m = PERSON_CUE.search(text)
    assert m is not None and m.group().lower() == word


STILL_FOUND = [
    (
        "Bright Smiles called my mom at 406-555-0132 about her crown, she lives at 2140"
        " Frontage Rd, Billings.",
        "phone:406-555-0132",
    ),
    (
        "The new patient appointment for my dad is at 2201 Ridgeview Pkwy on Friday, call him"
        " at (512) 555-0100.",
        "phone:(512) 555-0100",
    ),
    (
        "Kamal asked for new patient appointments for his kids; he lives at 815 Harbor Blvd,"
        " Traverse City, 231-555-0188.",
        "phone:231-555-0188",
    ),
    ("Our new patient Mrs. Okafor, 14 Elm Rd, Leeds, needs a referral to ortho.", "name:Okafor"),
]


@pytest.mark.parametrize(("text", "words"), STILL_FOUND)
def test_a_person_beside_the_practice_still_blocks(text: str, words: str) -> None:
    assert words in blocked_identifiers(text)


# person_cues._OFFER_NOUNS (what is written for every patient), _OF_EVERY_ONE (infants and
# children as a population), "named" as an award, German "man" ("one")
@pytest.mark.parametrize(
    "text",
    [
        "the clinic publishes great patient guides on kidney stones",
        "patient leaflets are in the waiting room",
        "infant hospitalizations fell by nearly 80%",
        "Child mortality has dropped sharply since 1990",
        "St. Luke's Hospital was named a top teaching hospital",
        "was named one of the best hospitals",
        "Den Notdienst erreicht man über die 116 117",
        "Man sollte zweimal täglich putzen",
        "Wenn man Fieber hat, bitte anrufen",
    ],
)
def test_every_patient_infant_or_one_is_no_person_cue(text: str) -> None:
    assert PERSON_CUE.search(text) is None


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("the patient notes were lost", "patient"),
        ("the infant was admitted overnight", "infant"),
        ("a child presented with a rash", "child"),
        ("we named the baby Ava", "named"),
        ("a man from Leeds fell", "man"),
        ("the man is 45", "man"),
    ],
)
def test_one_infant_child_or_man_still_cues(text: str, word: str) -> None:
    m = PERSON_CUE.search(text)
    assert m is not None and m.group().lower() == word


PUBLIC_NEWS = [
    "the Mayo Clinic in Rochester publishes great patient guides on kidney stones, recommend",
    "St. Luke's Hospital in Kansas City was named a top teaching hospital in the regional"
    " rankings.",
    "Researchers at the University of Utah reported today that a new RSV shot cut infant"
    " hospitalizations by nearly 80% in Salt Lake City trials.",
    "Den zahnärztlichen Notdienst erreicht man in Brandenburg über die 116 117.",
]


@pytest.mark.parametrize("text", PUBLIC_NEWS)
def test_health_news_and_a_hotline_name_no_one(text: str) -> None:
    assert blocked_identifiers(text) == []


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("The infant was discharged from Starship in Auckland on Monday.", "geo:Starship"),
        ("My son was treated at St Luke's in Kansas City last week.", "geo:St Luke's"),
        ("Mein Vater wohnt in Cottbus, man erreicht ihn unter 0355 555 0123.", "geo:Cottbus"),
    ],
)
def test_a_person_in_the_same_news_still_blocks(text: str, words: str) -> None:
    assert any(found.startswith(words) for found in blocked_identifiers(text))


# rules._NOTICES_TOWN: the town right after the street of an hours notice's own address
def test_an_hours_notices_town_after_its_street_is_the_notices() -> None:
    text = "Hours: Mon–Thu 7:30–4:30, Fri 7:30–12. Closed weekends. 2201 E. Cactus Rd, Phoenix AZ 85022."
    assert blocked_identifiers(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "Hours: Mon-Fri 8-5. My mom lives at 118 N. Main St, Logan UT 84321.",
        "Hours: Mon-Fri 8-5. Mail my refill to 2201 E. Cactus Rd, Phoenix AZ 85022.",
    ],
)
def test_a_persons_address_beside_hours_still_blocks(text: str) -> None:
    assert blocked_identifiers(text) != []


# rules._a_service_reached (a veto of name.personal_fact): a service reached free or at any hour
@pytest.mark.parametrize(
    "text",
    [
        "Samaritans can be reached free on 116 123 in the UK and Ireland.",
        "Lifeline can be contacted 24/7 on 13 11 14.",
        "Befrienders can be reached toll-free on 0800 555 123, day or night.",
    ],
)
def test_a_service_reached_free_or_any_time_is_no_one(text: str) -> None:
    assert blocked_identifiers(text) == []


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("Thandiwe can be reached any time at 082 555 0188, she is my sister.", "name:Thandiwe"),
        ("Mwangi can be reached on 0722 555 019 after six.", "name:Mwangi"),
        ("Oyelaran can be reached free on his mobile 0803 555 0199.", "name:Oyelaran"),
    ],
)
def test_a_person_reached_still_blocks(text: str, words: str) -> None:
    assert words in blocked_identifiers(text)


# names._MEDICINE_EFFECT_AFTER (what the medicine makes anyone else feel) and
# rules._ORGANISATION_NAMED (an office in another language's notice)
@pytest.mark.parametrize(
    "text",
    [
        "Does Allegra make anyone else sleepy or just me",
        "Did Camila make anybody else bloated in the first month?",
        "Aviso: nuestra oficina en Calle Mayor 12 estará cerrada el 6 de enero.",
        "Aviso: o escritório na Rua Augusta 1500 estará fechado na segunda-feira.",
    ],
)
def test_a_medicines_effect_on_others_or_an_office_abroad_is_no_one(text: str) -> None:
    assert blocked_identifiers(text) == []


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("Did Allegra make anyone else laugh at the party? she is 6", "name:Allegra"),
        ("Mi madre vive en Calle Mayor 12, su oficina está cerrada.", "address:Calle Mayor 12"),
    ],
)
def test_a_child_or_a_mothers_home_still_blocks(text: str, words: str) -> None:
    assert words in blocked_identifiers(text)


# fame_vetoes._IN_CIRCULATION: a public work a researcher published (not a review: a
# patient publishes one of the clinic)
@pytest.mark.parametrize(
    "text",
    [
        "Michael Marmot published his report on health inequalities in 2010.",
        "Dr Aisha Bello published a study on fluoride varnish in Kano schools.",
    ],
)
def test_a_researchers_published_work_names_a_public_person(text: str) -> None:
    assert blocked_identifiers(text) == []


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("Priya Sharma published her review on the clinic yesterday.", "name:Priya Sharma"),
        ("Tom Baker published his report on my mum's care online.", "name:Tom Baker"),
    ],
)
def test_a_reviewer_or_a_relative_still_blocks(text: str, words: str) -> None:
    assert words in blocked_identifiers(text)
