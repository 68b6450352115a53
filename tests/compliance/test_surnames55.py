"""(surnames55) A surname or a titled name of one person, alone: after a cleric's or a
coach's title in a message to them about their own care or in a case's notes, under a
booking, and the title's short form thanked ("Thanks Fr. …") that is no name. Each case
has its clean twin: the post-holder thanked for what they did, a standard or a law
something is "under"."""

from __future__ import annotations

import pytest

from medsocial_tui.compliance import find_phi


def blocked_names(text: str) -> list[str]:
    return [
        text[f.start : f.end] for f in find_phi(text) if f.label == "name" and f.severity == "block"
    ]


# ``_named_by_a_post`` yields to a case's age and sex and to a message to the holder about
# their own care or booking
@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("68M retired teacher, Mr Okonjo, dry socket after a lower 7 extraction, ideas?", "Okonjo"),
        ("Choir conductor Mrs Pryce, 81F, new dentures rubbing, what helps?", "Pryce"),
        ("Coach Riley Banks, 34M, post-op shoulder, wants to know when he can lift", "Banks"),
        ("Rev. Thabo Nkosi, we have received your referral and will call to book.", "Nkosi"),
        ("Hi Pastor Adeyemi, your crown is ready for fitting on Tuesday", "Adeyemi"),
        ("Imam Rahimi: your blood test results are back, please ring the surgery", "Rahimi"),
    ],
)
def test_a_post_holder_whose_own_case_or_care_it_is(text: str, name: str) -> None:
    assert any(name in found for found in blocked_names(text)), blocked_names(text)


@pytest.mark.parametrize(
    "text",
    [
        "Pastor Ade, thank you for hosting the health fair at the church hall last Saturday.",
        "Father Tomasz Wiśniewski will bless the new wing on Friday.",
        "Conductor: Mrs. Eleanor Pryce. Tickets £5 at the door.",
        "Our swim coach Ana teaches 5-year-olds every Saturday at the leisure centre.",
        "Thank you Rev. Mbeki, your talk on oral health at the youth club was wonderful.",
    ],
)
def test_a_post_holder_in_a_notice_or_thanked_stays_clean(text: str) -> None:
    assert blocked_names(text) == []


@pytest.mark.parametrize(
    ("text", "not_a_name"),
    [
        ("Thanks Fr. Declan O'Rourke, we've moved your implant consult to the 9th", "Fr"),
        ("Thank you Rev. Mbeki, your talk on oral health was wonderful.", "Rev"),
        ("Hi Ps. Ade, the youth choir rehearsal is moved to the hall.", "Ps"),
    ],
)
def test_a_titles_short_form_thanked_is_no_name(text: str, not_a_name: str) -> None:
    assert not_a_name not in blocked_names(text)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Booking: table for 4 under Onyekachi, party of 4, window seat", "Onyekachi"),
        ("hi, the birthday cake order is under Nwachukwu, pick up Saturday", "Nwachukwu"),
        ("we're booked under Kowalczyk for Friday 7pm, party of 5", "Kowalczyk"),
        ("reservation in the name of Haddad for tonight, 8 people", "Haddad"),
        ("mesa para cuatro a nombre de Quispe, a las nueve", "Quispe"),
    ],
)
def test_the_name_a_booking_is_kept_under(text: str, name: str) -> None:
    assert name in blocked_names(text)


@pytest.mark.parametrize(
    "text",
    [
        "The device is made under ISO 13485 quality standards.",
        "Is a face photo with eyes blacked out still a full-face photograph under HIPAA?",
        "You can change your address anytime in the MyChart app under Profile.",
        "Appointments booked under NHS contracts are free for under-18s.",
        "Orders placed under Medicaid need a prior authorisation.",
        "Our Christmas party is booked under the name of the practice, Smile Dental.",
        "The clinic is under Bupa management since 2019.",
    ],
)
def test_what_is_under_a_standard_or_a_plan_stays_clean(text: str) -> None:
    assert blocked_names(text) == []


# ``_public_life`` reads someone of the reader's in another language ("votre mari", "su
# hija") as it reads "your husband": a saint in a hospital's name makes no public life
@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Madame Lacroix, votre mari est sorti de l'hôpital Saint-Antoine ce matin.", "Lacroix"),
        ("Sra. Mamani, su hija salió del Hospital San Lucas esta mañana.", "Mamani"),
    ],
)
def test_a_titled_name_beside_a_relative_abroad_is_no_public_life(text: str, name: str) -> None:
    assert name in blocked_names(text)


def test_a_saints_life_stays_public() -> None:
    assert blocked_names("Saint Louis est mort en 1270 à Tunis, pendant la croisade.") == []
