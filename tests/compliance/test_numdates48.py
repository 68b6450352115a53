"""numdates48: days, numbers, handles and links of one person as messages write them,
each with the clean look-alike it must leave alone."""

from __future__ import annotations

import pytest
from blocked_view import blocked_words as blocked


@pytest.mark.parametrize(
    ("text", "words"),
    [
        # "ur", "yr" for "your", and a visit named by what is done at it, before a day of
        # the month (date.tied_to_person through _POSSESSIVE_CARE)
        ("ur appt moved to the 19th, same time, reply Y to confirm", "the 19th"),
        ("hey, ur cleaning got moved to the 14th, same time, reply C to confirm", "the 14th"),
        ("yr crown fit is now Thurs the 11th at 9.20, any probs give us a ring", "Thurs the 11th"),
        ("just so u know ur stitches come out Monday the 23rd, no crunchy food", "Monday the 23rd"),
        ("your braces adjustment moved to Sat the 6th at 10, text back", "Sat the 6th"),
        ("the ortho said your cast can come off next Friday the 20th!!", "next Friday the 20th"),
        ("his review with the surgeon got pushed back to Friday the 2nd :(", "Friday the 2nd"),
    ],
)
def test_a_day_of_one_persons_visit_blocks(text: str, words: str) -> None:
    assert words in blocked(text)


@pytest.mark.parametrize(
    "text",
    [
        "Our flu clinic has moved to the 19th, walk-ins welcome.",
        "The staff meeting is moved to Wednesday the 21st at 1pm.",
        "Our physio sessions run on the 19th and 26th, book your spot.",
        "Reminder: braces adjustments are moved to the 3rd this month.",
        "Payroll has been pushed back to the 28th this month, sorry team.",
        "The parish picnic was moved to Saturday the 14th because of rain. Everyone welcome!",
        "Join our charity walk on the 25th, all ages welcome.",
        "Daylight saving ends on the 3rd, so set your clocks back an hour.",
    ],
)
def test_a_notices_day_of_the_month_stays_clean(text: str) -> None:
    assert blocked(text) == []


@pytest.mark.parametrize(
    ("text", "words"),
    [
        # nine digits or more spaced one by one, in groups split by a hyphen or a dot, need
        # no label before them (normalize._spaced_runs)
        (
            "his SSN on the form is 4 5 1 - 8 8 - 2 0 3 7, spaced it out cause the chat flags it",
            "4 5 1 - 8 8 - 2 0 3 7",
        ),
        ("my ssn is 5 3 2 . 4 8 . 1 1 9 0 pls dont share", "5 3 2 . 4 8 . 1 1 9 0"),
        (
            "spaced out so the system doesn't eat it: 6 0 2 - 5 5 5 - 0 1 9 3 is the cell for her son",
            "6 0 2 - 5 5 5 - 0 1 9 3",
        ),
    ],
)
def test_a_number_spaced_out_in_groups_blocks_with_no_label(text: str, words: str) -> None:
    assert words in blocked(text)


@pytest.mark.parametrize(
    "text",
    [
        "the winning numbers were 4 8 1 5 2 3 4 2 9 1",
        "count with me: 1 2 3 4 5 6 7 8 9 10",
        "the code is 1 - 2 - 3 - 4 - 5 - 6 - 7 - 8 - 9",
    ],
)
def test_digits_spaced_with_no_groups_or_counting_stay_clean(text: str) -> None:
    assert blocked(text) == []


@pytest.mark.parametrize(
    ("text", "words"),
    [
        # a start or an end said after a person found in the sentence is theirs, no event's
        ("New hire Xu Wenjing starts Monday 3 Feb at the Penang office", "Monday 3 Feb"),
        ("Gym membership GM-77129 frozen for Isabella Fontaine until March 5th.", "March 5th"),
        ("Mrs Oduya is signed up to the trial through 30 June 2027.", "30 June 2027"),
    ],
)
def test_a_named_persons_start_or_end_is_no_event(text: str, words: str) -> None:
    assert words in blocked(text)


@pytest.mark.parametrize(
    "text",
    [
        "Our new hygienist Sarah Jones starts on Monday 3 February.",
        "Dr. Amelia Hart starts at our Leeds clinic on 3 March.",
        "Maria Gonzalez will run the flu clinic until 14 March.",
    ],
)
def test_a_staff_members_start_or_an_event_with_a_name_stays_clean(text: str) -> None:
    assert blocked(text) == []


@pytest.mark.parametrize(
    ("text", "words"),
    [
        # a mailbox spelt out with other languages' "dot" and "at" (email.spelled_lower)
        (
            "send the contract to lena punkt hoffmann at gmx punkt de",
            "lena punkt hoffmann at gmx punkt de",
        ),
        (
            "escribe a juan punto perez arroba gmail punto com",
            "juan punto perez arroba gmail punto com",
        ),
        ("mande para ana_souza arroba hotmail ponto com", "ana_souza arroba hotmail ponto com"),
        (
            "écris à marie point dupont arobase orange point fr",
            "marie point dupont arobase orange point fr",
        ),
        # a free mail provider with no ending, after a mailbox that is no word
        ("my email is mike underscore dds at yahoo", "mike underscore dds at yahoo"),
        ("hit me up jdoe88 at gmail", "jdoe88 at gmail"),
    ],
)
def test_a_mailbox_spelt_out_abroad_or_with_no_ending_blocks(text: str, words: str) -> None:
    assert words in blocked(text)


@pytest.mark.parametrize(
    "text",
    [
        "I used to work at Yahoo before dentistry.",
        "she works at google as an engineer",
        "write to info at brightsmiles dot com",
        "the point at issue is cost",
    ],
)
def test_a_firm_a_desk_or_an_example_is_no_ones_mailbox(text: str) -> None:
    assert blocked(text) == []


@pytest.mark.parametrize(
    ("text", "words"),
    [
        # a template's code cut short with three dots, its reference or version, a prefix of
        # capitals with no dash, "stored as" with no "is" (biometric.template_id)
        (
            "Face ID template faceprint hash 7e1f...c90a reset for her phone.",
            "faceprint hash 7e1f...c90a",
        ),
        ("her face ID enrollment faceprint ref 77A-2 got wiped when she updated", "77A-2"),
        ("re-enrolled: faceprint v2 #a73f-22c1-9b0e", "a73f-22c1-9b0e"),
        ("Fingerprint template FPT 88213-A registered to the new starter.", "FPT 88213-A"),
        (
            "Fingerprint template for the night porter stored as FP-HASH 9c1e77a0d3",
            "FP-HASH 9c1e77a0d3",
        ),
        # a finger's print hash cut short (biometric.finger_template)
        (
            "failed again, right index print hash 7f3a...c91 re-enrolled",
            "right index print hash 7f3a...c91",
        ),
    ],
)
def test_a_biometric_templates_code_as_screens_write_it_blocks(text: str, words: str) -> None:
    assert words in blocked(text)


@pytest.mark.parametrize(
    "text",
    [
        "The new iPhone's Face ID v2 sensor is faster.",
        "Our fingerprint scanner FPT 2000 model is on sale.",
        "Face ID 15 update released today.",
    ],
)
def test_a_biometric_products_name_stays_clean(text: str) -> None:
    assert blocked(text) == []


@pytest.mark.parametrize(
    ("text", "words"),
    [
        # the month and year a person's document runs to (date.expiry_month_year)
        ("Medicare card: 2123 45670 1 — Kylie Tran, ref 1, valid to 06/2027", "06/2027"),
        ("Passport no. P8813427 — holder Fernando Aguirre Beltrán, expires 09/2029.", "09/2029"),
        ("my licence exp. 11/28 so I need to renew before the trip", "11/28"),
    ],
)
def test_the_month_a_persons_document_runs_to_blocks(text: str, words: str) -> None:
    assert words in blocked(text)


@pytest.mark.parametrize(
    "text",
    [
        "This offer expires 12/2025, book your whitening now.",
        "Our CPR certification is valid to 06/2027 for all staff.",
    ],
)
def test_an_offers_or_a_teams_expiry_stays_clean(text: str) -> None:
    assert blocked(text) == []


@pytest.mark.parametrize(
    ("text", "words"),
    [
        # a Cash App "$cashtag" after its label (handle.username)
        ("bro my cashapp is $jmarq2005 send it when u can", "$jmarq2005"),
        # a Discord tag in a text that speaks of Discord (handle.discord_tag)
        ("yo whats ur discord, mine is ghostpepper#4471", "ghostpepper#4471"),
    ],
)
def test_a_cashtag_or_a_discord_tag_blocks(text: str, words: str) -> None:
    assert words in blocked(text)


@pytest.mark.parametrize(
    "text",
    [
        "Join our Discord server! Order#4471 ships today.",
        "Our cashapp is $BrightSmilesDental for deposits.",
        "my cash app is $5 short lol",
    ],
)
def test_an_order_number_a_firms_cashtag_or_a_sum_stays_clean(text: str) -> None:
    assert blocked(text) == []
