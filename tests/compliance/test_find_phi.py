"""find_phi finds Safe Harbor identifiers and leaves ordinary practice posts alone."""

from __future__ import annotations

import pytest

from medsocial_tui.compliance import Finding, PracticeContext, find_phi


def labels(text: str, context: PracticeContext | None = None) -> dict[str, list[str]]:
    found: dict[str, list[str]] = {}
    for f in find_phi(text, context):
        found.setdefault(f.label, []).append(text[f.start : f.end])
    return found


def test_runs_with_no_practice_configured() -> None:
    assert find_phi("Hi Maria, sorry about your root canal yesterday.")


def test_findings_carry_offsets_into_the_text_label_reason_and_severity() -> None:
    text = "Hi Maria, sorry about your root canal yesterday."
    findings = find_phi(text)
    assert all(isinstance(f, Finding) for f in findings)
    by_label = {f.label: text[f.start : f.end] for f in findings}
    assert by_label["name"] == "Maria"
    assert by_label["date"] == "yesterday"
    assert all(f.reason for f in findings)
    # the name blocks; "yesterday" names no day of the calendar and only warns
    assert {f.label: f.severity for f in findings} == {"name": "block", "date": "warn"}


def test_reasons_never_repeat_the_text_found() -> None:
    text = "Call Donna at 614-555-0199 about Maria Gonzalez, DOB 07/22/1984."
    for f in find_phi(text):
        assert text[f.start : f.end] not in f.reason


@pytest.mark.parametrize(
    ("text", "label", "words"),
    [
        ("Congrats to Mrs. Thompson on her new crown!", "name", "Thompson"),
        ("So proud of my daughter Emma for being so brave today.", "name", "Emma"),
        ("Look at Xiomara's smile after her braces came off!", "name", "Xiomara"),
        ("thanks jake!! glad the toothache is gone", "name", "jake"),
        ("Shout out to the Hendersons for the cookies!", "name", "Hendersons"),
        ("Patient Raj Mehta, DOB 07/22/1984, please call us.", "date", "07/22/1984"),
        ("Born April 12, 1931, Eleanor still comes in every six months.", "date", "April 12, 1931"),
        ("Our patient Jacob Miller (93) just got new dentures.", "age", "93"),
        ("Happy 100th birthday to our patient Dorothy!", "age", "100th"),
        ("Call Donna at 614-555-0199 to carpool.", "phone", "614-555-0199"),
        ("Email him at ben.sato@gmail.com for tips.", "email", "ben.sato@gmail.com"),
        ("Test post: SSN 123-45-6789", "ssn", "123-45-6789"),
        ("MRN 00482913 needs a follow-up scheduled.", "record_number", "00482913"),
        ("Member ID XZP442819004 was rejected.", "record_number", "XZP442819004"),
        ("Pacemaker serial PJN4417821 recall notice.", "device_id", "PJN4417821"),
        ("VIN 1HGCM82633A004352 was left on the form.", "vehicle_id", "1HGCM82633A004352"),
        ("Blue Honda, plate HXK 4821, your lights are on!", "vehicle_id", "HXK 4821"),
        ("Dolores from 418 Maple Grove Lane won the raffle!", "address", "418 Maple Grove Lane"),
        ("Our raffle winner is Dee from Hilliard, 43026!", "geo", "Hilliard"),
        (
            "Help Brandon: https://www.gofundme.com/f/brandon-walsh-recovery",
            "url",
            "https://www.gofundme.com/f/brandon-walsh-recovery",
        ),
        ("@mike_t1987 sorry to hear your filling fell out!", "handle", "@mike_t1987"),
    ],
)
def test_finds_each_kind_of_identifier(text: str, label: str, words: str) -> None:
    assert words in labels(text).get(label, [])


@pytest.mark.parametrize(
    "text",
    [
        "We're closed on December 24 and 25. Happy holidays!",
        "Flu shots available Monday, no appointment needed.",
        "November is Alzheimer's Awareness Month. Learn the signs.",
        "Parkinson's disease affects nearly one million Americans.",
        "Living with Crohn's disease? Ask us about diet.",
        "World Down Syndrome Day is March 21.",
        "COPD is a leading cause of death. Quit smoking today.",
        "A 70yo with new shortness of breath should be seen the same day.",
        "Patients over 90 may need a ride: ask about our shuttle.",
        "Michael J. Fox has spoken openly about living with Parkinson's.",
        "Former President Jimmy Carter chose hospice care at home.",
        "Kate, Princess of Wales, shared that she finished chemotherapy.",
        "Health fair at the Westerville Community Center on Saturday, April 6.",
        "Happy Martin Luther King Jr. Day. We're closed today.",
        "Mother's Day is Sunday. Treat mom to a whitening session!",
        "Hope to see you at the health fair this weekend!",
        "Will your child need a sports physical this year?",
        "Summer hours begin June 3.",
        "Poison Control is 1-800-222-1222. Save it today.",
        "Mental health crisis? Call or text 988 any time.",
        "Measles cases are rising: https://www.cdc.gov/measles/",
        "Hi everyone, the office is open again as of 10am.",
        "Thanks for the kind words! We'll pass them on to the team.",
        "Our hygienist Jenny is celebrating her birthday today!",
        "Please welcome our new dental assistant, Brianna Cole!",
    ],
)
def test_leaves_ordinary_practice_posts_alone(text: str) -> None:
    assert find_phi(text) == []


def test_the_practices_own_phone_address_and_website_are_not_phi(practice: PracticeContext) -> None:
    text = (
        "Questions? Phone 614-555-0143, visit 2150 Oakridge Blvd, Suite 200, Columbus, OH 43215 "
        "or email office@riverbendfamily.example."
    )
    assert find_phi(text, practice) == []


def test_the_practices_providers_are_not_patients(practice: PracticeContext) -> None:
    assert find_phi("Thanks, we'll let Kevin know!", practice) == []
    assert find_phi("Jenny Alvarez just celebrated 10 years with us.", practice) == []
    assert find_phi("Thank you, Kevin!", practice) == []
    assert labels("Thank you, Kevin!")  # without context it is a name
    # Passing thanks on to a colleague names no patient, with or without the context.
    assert labels("Thanks, we'll let Kevin know!") == {}


def test_a_roster_name_is_caught_even_when_it_is_an_ordinary_word(
    practice: PracticeContext,
) -> None:
    text = "We miss you Faith! Time for a visit."
    assert "Faith" in labels(text, practice).get("name", [])


def test_a_roster_name_at_the_start_of_an_ordinary_sentence_does_not_block(
    practice: PracticeContext,
) -> None:
    assert find_phi("Hope to see you at the fair!", practice) == []


def test_event_dates_are_not_tied_to_a_person() -> None:
    assert "date" not in labels("Closed Monday, May 27 for Memorial Day, Maria says hi!")


def test_health_details_count_only_when_tied_to_someone() -> None:
    assert find_phi("If your root canal tooth still hurts after a week, call us.") == []
    assert labels("So sorry your root canal still hurts, hope you feel better soon!") == {
        "health_detail": ["root canal"]
    }


def test_with_an_identifier_present_the_identifier_is_what_to_remove() -> None:
    """Take the name out and the health words no longer say whose they are."""
    assert labels("Maria, so sorry about your root canal.") == {"name": ["Maria"]}


def test_empty_text_has_no_findings() -> None:
    assert find_phi("") == [] and find_phi("   ") == []


def test_a_day_number_before_a_month_abbreviation_is_a_date_not_a_name():
    assert find_phi("Closed Tue 6 Jan due to snow") == []
    assert [f.label for f in find_phi("Happy birthday Jan!")] == ["name"]
