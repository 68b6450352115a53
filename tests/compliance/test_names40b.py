"""(names40b) Lone given names in chats and the subjects of records and reports: who a
message or a record is about, written as people write them, and their clean twins."""

from __future__ import annotations

import pytest
from blocked_view import blocked_words


@pytest.mark.parametrize(
    ("text", "words"),
    [
        # a record's role word, then a Singaporean, Malaysian or Korean name whose family
        # name is also an English word, or whose given name's second syllable is lower case
        ("Customer Wei Jie Tan requested a copy of the statement.", "Wei Jie Tan"),
        ("client Hui Min Lim called twice about the refund", "Hui Min Lim"),
        ("Pt Sung-ho Baek was seen in the ED after a bike accident.", "Sung-ho Baek"),
        ("Patient Min-jun Choi has asked for his x-rays", "Min-jun Choi"),
        # a surname of the lists ends the name: the next field's word is no family name
        ("Insured: Darius Whitcombe  Property: 9 Elm Rise, Leeds LS6 2AB", "Darius Whitcombe"),
    ],
)
def test_the_subject_of_a_record(text: str, words: str) -> None:
    assert words in blocked_words(text)


@pytest.mark.parametrize(
    ("text", "words"),
    [
        (
            "Accident log 3/11: silver Corolla reg KX19 LMN clipped the bollard by the "
            "ramp. Driver Oluwaseun Adebayo exchanged details with reception.",
            "Oluwaseun Adebayo",
        ),
        (
            "Parking notice: blue Ford Fiesta, rego ZQT-442, blocked the ambulance bay for "
            "an hour. Owner Tanvir Hossain moved it at 11.",
            "Tanvir Hossain",
        ),
    ],
)
def test_the_subject_after_the_records_identifier(text: str, words: str) -> None:
    assert words in blocked_words(text)


@pytest.mark.parametrize(
    "text",
    [
        "Our driver Tom Reeve delivers prescriptions Mon-Fri, ring 0161 496 0000 to book.",
        "Driver Kwame Mensah brings the mobile dental van to Tamale on Thursdays.",
    ],
)
def test_a_driver_at_work_with_no_record_stays_clean(text: str) -> None:
    assert blocked_words(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "Patient Safety Week starts Monday, come and see our stand",
        "Customer Grace Period rules are explained on our website",
        "Member Services Desk is open 9 to 5",
        "Patient Follow-up Form is on the website",
    ],
)
def test_record_look_alikes_stay_clean(text: str) -> None:
    assert blocked_words(text) == []


@pytest.mark.parametrize(
    ("text", "words"),
    [
        # a chat's short or pet form of a Yoruba, Hawaiian, French or English name
        ("can u pick Olu up from school, he has the dentist at 3", "Olu"),
        ("Bisi has been sick since sunday, can we move her cleaning", "Bisi"),
        ("update on Koa: the extraction went fine, he's on soft food", "Koa"),
        ("Makana lost his retainer again lol, can we get a new one made", "Makana"),
        ("merci pour tout, Amélie va beaucoup mieux depuis l'opération", "Amélie"),
        ("it's got my name Harriet Kaye on it, pls call if found", "Harriet Kaye"),
        ("Steph has a cracked molar, any chance of a slot today?", "Steph"),
    ],
)
def test_a_chats_lone_given_name(text: str, words: str) -> None:
    assert words in blocked_words(text)


@pytest.mark.parametrize(
    "text",
    [
        "Huge congratulations to Harriet and Tom on the arrival of baby Freddie! Harriet, "
        "our practice manager, will be on maternity leave until the spring.",
        "Harriet Tubman's birthday is a good day to read about her life",
        "Our reception desk is made of koa wood from the Big Island",
    ],
)
def test_a_chats_names_look_alikes_stay_clean(text: str) -> None:
    assert blocked_words(text) == []


@pytest.mark.parametrize(
    ("text", "words"),
    [
        # who the team looks after, or leaves a thing at the desk for
        ("so grateful to the team at Waikato for looking after Tamati during his op", "Tamati"),
        ("thank you to the whole team for taking such good care of Nomvula", "Nomvula"),
        ("no worries, I'll leave the night guard at the front desk for Dmitri", "Dmitri"),
        ("front desk is holding the new aligners for Siobhan, she can grab them friday", "Siobhan"),
    ],
)
def test_who_the_team_cares_for_or_leaves_a_thing_for(text: str, words: str) -> None:
    assert words in blocked_words(text)


@pytest.mark.parametrize(
    "text",
    [
        "Meet our front desk team! Ask for Sarah when you call.",
        "Our front desk team: Sarah is looking after Tom's patients while he is away",
        "Our front desk is staffed by Ana; please wait for Ana at reception",
    ],
)
def test_the_team_itself_stays_clean(text: str) -> None:
    assert blocked_words(text) == []
