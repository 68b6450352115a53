"""dates55: a day of the month of one person's event, as people write it, each with the
clean look-alikes it must leave alone: a practice's closing day, a priest's blessing, a
note's count of days, a clinician's own calendar."""

from __future__ import annotations

import pytest
from blocked_view import blocked_words as blocked

from medsocial_tui.compliance import find_phi
from medsocial_tui.compliance.person_cues import one_person_cues


@pytest.mark.parametrize(
    ("text", "words"),
    [
        # date.short_personal_text: the message is one person's, its day is theirs
        ("63M on lisinopril, angioedema in chair on 10/14, EMS to the ER", "10/14"),
        ("my nan fell on 22/09 and the hip still isn't right", "22/09"),
        ("Seen at the walk-in on 3 March. My husband still can't hear from that ear", "3 March"),
        ("tbh the ER saved my life on 4th July", "4th July"),
        ("Op was on the 14th. Mum still can't keep food down", "the 14th"),
        # day_month_dotted: German's article after its preposition, a birth's word
        ("meine Tochter Lene hat seit dem 12.10. Zahnschmerzen", "12.10."),
        ("congrats Dara!! born 6.12. at 3:14am, 7lb 2oz", "6.12."),
        # a day first past 12 with a two-figure year is read whole
        ("my husband Piet's review at the sleep clinic is on 14/02/25", "14/02/25"),
        # a day of an Islamic month
        ("The baby Zainab was delivered at Aminu Kano on 18th Ramadan", "18th Ramadan"),
        ("my father passed away on the 27th of Ramadan, 1445", "the 27th of Ramadan, 1445"),
        # date.for_a_group leaves the writer asking the readers
        (
            "DOB 11-30-1958, referred for full mouth extraction, anyone have a protocol?",
            "11-30-1958",
        ),
        (
            "Pt DOB 04/02/1961, bleeding socket post-op, anybody seen this on apixaban?",
            "04/02/1961",
        ),
    ],
)
def test_a_day_of_one_persons_event_blocks(text: str, words: str) -> None:
    assert words in blocked(text)


@pytest.mark.parametrize(
    "text",
    [
        "Our clinic is closed on 25 December and 1 January.",
        "We are open on the 28th for emergencies only.",
        "Our clinic hours change during Ramadan: 9am to 3pm.",
        "Anyone born before 1 January 1960 is eligible for the shingles vaccine.",
        "Anyone who books by 30 April gets a free brush.",
        "see section 3.2. of the guidance since 12.10 was a decimal",
        "Version 14/02/25 of the consent form is attached.",
        # a priest's title is no one's parent
        "Father Tomasz Wiśniewski will bless the new wing on Sunday, 7 December.",
        # "3/7 hx": three days, as British notes count them
        "Case: 51F, 3/7 hx of facial swelling after an extraction.",
        # a clinician's own calendar
        "I'll be back on 3 March; my colleague Dr Shah will see my patients until then.",
        # an adviser's deadline to the reader
        "My top tip before 31 December: use up your dental benefits!",
    ],
)
def test_a_day_no_ones_event_passes(text: str) -> None:
    assert not [f for f in find_phi(text) if f.label == "date" and f.severity == "block"]


def test_a_title_of_faith_is_no_ones_relative() -> None:
    """``one_person_cues`` reads "Father Tomasz" as a priest, "my father" as kin."""
    assert one_person_cues("Father Tomasz will bless the wing on 7 December.") == []
    assert one_person_cues("My father will be at the wing on 7 December.") == ["my", "father"]
