"""(clinicians30) A clinician named in a patient's or a relative's message about one
person's care is blocked (``name.clinician_in_care_message``), and survives the vetoes that
take "Dr. X" and "Nurse X" for the practice's own or a public clinician; a practice's
notice, a staff bio, health news, a brand and a thanks with no care told stay clean."""

from __future__ import annotations

import pytest
from blocked_view import blocked_by_rule

from medsocial_tui.compliance import PracticeContext, find_phi

RULE = "[name.clinician_in_care_message]"


def _clinicians(text: str, ctx: PracticeContext | None = None) -> list[str]:
    return blocked_by_rule(text, RULE, ctx)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("just got my braces off after 2 yrs!! thanks Dr. Oyelowo 😁", "Oyelowo"),
        ("thanks so much Dr. Moreau, my daughter's stitches came out clean today", "Moreau"),
        (
            "Shoutout to Nurse Adaeze at the infusion centre, she made my mum's chemo bearable",
            "Adaeze",
        ),
        (
            "big thanks to Nurse Priscilla on ward 6, my nan's dressing changes were so gentle",
            "Priscilla",
        ),
        ("Dr. Lindqvist wants the MRI report sent over before my husband's follow-up", "Lindqvist"),
        ("Dr Tanaka's secretary rang about my biopsy, can you call her back", "Tanaka"),
        ("Dr. Papadopoulos said your dad's bloods are fine, no need to come in", "Papadopoulos"),
        ("Dr. Fitzgerald will see you at 10:40 tomorrow, bring your referral letter", "Fitzgerald"),
        ("DR. OKONKWO SAID MY XRAY IS FINE", "OKONKWO"),
        ("Dr. Haldane asked me to drop the biopsy form at the lab before 5pm", "Haldane"),
    ],
)
def test_the_clinician_of_one_persons_care_is_blocked(text: str, name: str) -> None:
    assert any(name in found for found in _clinicians(text)), find_phi(text)


@pytest.mark.parametrize(
    "text",
    [
        "Dr. Moreau is accepting new patients at our Lyon office from March.",
        "Meet Nurse Adaeze, our new infusion nurse, she loves gardening.",
        "Dr. Anthony Fauci said the booster is still recommended for older adults.",
        "Thanks to Dr. Okoro for the great talk on oral cancer screening last night!",
        "Dr. Patel wants every patient to know: flu shots are in, no appointment needed.",
        "Dr Singh will see you at our new clinic from 1 June, book online.",
        "Nurse Ratched from One Flew Over the Cuckoo's Nest still gives me chills",
        "Dr. Lee's office will be closed Friday; call us to move your appointment",
        "Thank you Dr. Mehta for a brilliant lecture on implant failures, my notes are full",
        "Dr. Kaur says the new CBCT scanner cuts the dose for every scan by half",
        "Thank u Dr Lee for the kind words when my dad passed. it meant the world",
        "Hi Dr. Byrne, thank you for the referral letter for my son.",
        # a practice thanks its doctor for its own work, or gives a rota's recurring days
        "Thanks to Dr. Ahmed for training our team on implant surgery this weekend!",
        "Big thanks to Dr. Wu for giving our practice's kids club a tour of the surgery.",
        "Huge thanks to Dr. Lee for covering my shift so I could get my own crown done.",
        "Dr. Lee will see you at 9am on Saturdays from next month, book online.",
        # a practice's tip says "your" to everyone, "the" of no one's event
        "Dr. Patel says your child's first check-up should happen by their first birthday.",
        "Dr. Alvarez said it best: your check-up is the cheapest filling you'll ever get.",
        "Dr. Brown wants you to know your x-rays are safe: less than a day of background.",
        "Dr. Lee says the procedure takes under an hour and most people drive home.",
    ],
)
def test_notices_news_and_letters_to_the_doctor_keep_the_clinician_clean(text: str) -> None:
    assert _clinicians(text) == []


# (namesrec37) the writer or a relative seen, referred or booked; a thanks, then how the
# patient is since; others asked about a clinician someone is referred to
@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("saw Dr. Anjali Mehta at Royal Perth today for my knee, she was brilliant", "Mehta"),
        ("saw Dr. Nguyen already and she said it's just a sprain, my ankle still hurts", "Nguyen"),
        ("my dad was referred to Dr. Castillo for his prostate, anyone know her?", "Castillo"),
        ("i've seen Dr. Wojcik twice for my jaw pain and it's no better", "Wojcik"),
        ("Thank you so much Dr. Okoro, Tunde is finally sleeping through the night", "Okoro"),
        ("thanks Dr. Obi, she's eating again after the extraction", "Obi"),
        ("Dr. Haddad can see him on the 14th, not earlier unfortunately", "Haddad"),
        ("Dr. Mbeki could see my daughter next Tuesday at the children's clinic", "Mbeki"),
        ("Dr. Sibanda referred me to a cardiologist after the ECG", "Sibanda"),
        ("Dr. Lindgren's office will fax the referral to you this afternoon.", "Lindgren"),
        ("Back from my appointment with Dr Osei about my gum infection, feeling better", "Osei"),
        ("ur dentist appt w/ Dr Sandoval is thurs 3/6 at 8:15. reply C to confirm", "Sandoval"),
        ("my appointment with Dr. Obi is on 12/4 at 10am, can you drive me?", "Obi"),
        (
            "does anybody know Dr. Marta Kowalczyk at Sheffield Children's? My son is being "
            "referred to her",
            "Kowalczyk",
        ),
    ],
)
def test_a_clinician_seen_asked_about_or_thanked_for_one_person_is_blocked(
    text: str, name: str
) -> None:
    assert any(name in found for found in _clinicians(text)), find_phi(text)


@pytest.mark.parametrize(
    "text",
    [
        "Saw Dr. Pimple Popper last night, so gross haha",
        "I saw Dr. Fauci on the news say boosters matter for my age group",
        "You can see Dr. Haddad on Saturdays, book online",
        "Come and see Dr. Okafor at our open day on the 14th!",
        "Dr. Lee can see new patients from the 3rd of June",
        "Does anyone know Dr. Seuss's birthday? We're doing a reading day",
        "Has anyone read Dr. Gundry's book on lectins? My mum swears by it",
        "Thanks Dr. Patel, you are the best dentist in town!",
        "Thank you Dr. Singh, We are so proud of our team this year",
        "Our Dr. Alvarez saw 40 kids at the school screening today for free",
        "Thanks Dr. Amos, it was a pleasure to host your lecture on implants",
        "Back from my appointment with Dr Osei and I've never felt so listened to. Thank you.",
        "Thank you Dr. Singh, Google has 40 new reviews for us this week",
        "Book your appointment with Dr Sandoval at 555-0100 today!",
        "Make your appointment with Dr. Obi on our website, open 8:30 to 5",
        "Thanks Dr. Lee, Invisalign is now available at both our offices",
    ],
)
def test_a_screen_an_invitation_or_the_reader_thanked_keeps_the_clinician_clean(
    text: str,
) -> None:
    assert _clinicians(text) == []


def test_the_practices_own_clinician_is_left_to_the_practice() -> None:
    """With the practice's providers known, its own doctor thanked is no patient's clue."""
    text = "finally got my braces off today!!! thank u Dr. Pham"
    assert _clinicians(text) == ["Pham"]
    ctx = PracticeContext(practice_name="Riverbend Dental", provider_names=("Dr. Linh Pham",))
    assert _clinicians(text, ctx) == []


@pytest.mark.parametrize(
    ("text", "number"),
    [
        ("Dr. Okafor wants the path report faxed to 503.555.0197 before tomorrow", "503.555.0197"),
        (
            "Dr. Adeyemi said you can ring the ward on +234 803 555 2917 about your mum's scan",
            "+234 803 555 2917",
        ),
    ],
)
def test_the_line_to_ring_in_such_a_message_is_blocked_with_the_name(
    text: str, number: str
) -> None:
    """ "faxed to", "ring the ward on" give an office's line elsewhere; beside one person's
    clinician and care the number is blocked too (``phone.care_message``)."""
    phones = [text[f.start : f.end] for f in find_phi(text) if f.label == "phone"]
    assert phones == [number]


def test_a_wards_line_with_no_clinician_of_one_persons_care_stays_a_public_line() -> None:
    text = "Visiting questions? Ring the ward on +44 20 7946 0958 after 4pm."
    assert [f for f in find_phi(text) if f.label == "phone"] == []


@pytest.mark.parametrize(
    ("text", "patient"),
    [
        ("Thank you so much Dr. Adeyemi, Bisola is sleeping through the night", "Bisola"),
        ("thanks Nurse Tui! Wiremu has no pain now", "Wiremu"),
        ("thx Dr Osei, Kwaku slept all night for the first time in weeks", "Kwaku"),
    ],
)
def test_the_patient_after_a_thanked_clinician_is_blocked(text: str, patient: str) -> None:
    """(namesrec37) ``name.patient_after_thanked_clinician``: the child or relative named
    right after the thanks, then how they are since."""
    names = [text[f.start : f.end] for f in find_phi(text) if f.label == "name"]
    assert patient in names


# (clinicians48) whatever the clinician is said to do, a short message in one person's voice
# (the writer's "I", a chat's "kk", thanks, the clinician's words reported) about one
# person's care; a tip to every reader, a bio, the news, a brand or a memory stays clean
@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("ok thx, I'll bring the x-rays when I see Dr. Haugland", "Haugland"),
        ("Dr. Chaudhry said the lump is probably a cyst but wants an ultrasound", "Chaudhry"),
        ("sorry running late!! pls tell Dr Fonoti I'm 10 min away", "Fonoti"),
        ("Dr Baptiste told us the MRI was clear 🙏", "Baptiste"),
        ("Dr. Nakashima wants Lerato back in 3 weeks to check the splint", "Nakashima"),
        ("kk will do, Dr. Achterberg needs the bitewings before 2", "Achterberg"),
        ("so grateful, thank you Dr Mbeki and everyone on ward 7, cancer free at last", "Mbeki"),
        ("no worries Dr Ishikawa, I'll rebook the extraction for Thursday", "Ishikawa"),
        ("Prof. Okonjo wants the case notes by Friday", "Okonjo"),
        ("cheers Dr Whitlock, the wound is healing well, see you at the Otara clinic", "Whitlock"),
        ("Thanks Dr. Soto, the pathology came back benign, we'll just keep an eye on it", "Soto"),
        ("does anyone have Dr. Lungu's office number? my son needs his grommets checked", "Lungu"),
        ("ta Dr McAllister, the swelling's gone down heaps since the antibiotics", "McAllister"),
    ],
)
def test_a_clinician_in_one_persons_message_of_care_is_blocked(text: str, name: str) -> None:
    assert any(name in found for found in _clinicians(text)), find_phi(text)


@pytest.mark.parametrize(
    "text",
    [
        "Dr. Haugland says you should replace your toothbrush every three months.",
        "Dr. Chaudhry wants every patient to know the new x-ray unit halves the dose.",
        "Dr. Mbeki trained in Cape Town and loves helping nervous patients, I'm told.",
        "I read Dr. Achterberg's column on gum disease, the one about diabetes, really good",
        "Wore my Dr. Martens to the dentist and my feet hurt more than the filling lol",
        "does anyone remember Dr. Fonoti from years ago? my mum said he was so kind",
        "Dr. Ishikawa is on leave this week, Dr. Reyes will cover, so I'm told",
        "Back from my appointment with Dr Ishikawa and honestly I felt so listened to.",
        "Nurse Jackie from the TV show still makes me laugh, what a character",
    ],
)
def test_a_tip_a_bio_a_column_a_brand_or_a_memory_keeps_the_clinician_clean(text: str) -> None:
    assert _clinicians(text) == []


# (clinicians48) a post's title before the name of one who came in for care, or whose
# death is told: the titled one is the patient, not a post holder
@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Fr. Brendan Keane came in with a chipped incisor after the parish football match",
            "Keane",
        ),
        (
            "Prayers for the family of Pastor Ruth Achieng, who passed at Aga Khan on Friday",
            "Achieng",
        ),
    ],
)
def test_a_titled_patient_is_blocked(text: str, name: str) -> None:
    found = [text[f.start : f.end] for f in find_phi(text) if f.severity == "block"]
    assert any(name in span for span in found), find_phi(text)


def test_a_titled_post_holders_deed_stays_clean() -> None:
    text = "Pastor John Okafor passed the church's accounts to the new treasurer on Sunday."
    assert [f for f in find_phi(text) if f.label == "name"] == []


# (clinicians48) ``name.record_holder``: the one a record is issued, assigned or awarded to,
# or enrolled for, is blocked past the vetoes of staff and public lives
@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("The phone with asset tag PH-2210-MB was assigned to Rangi Walker.", "Rangi Walker"),
        (
            "left thumb template FP-22c9 enrolled for Thandeka Zulu at the staff room reader",
            "Thandeka",
        ),
        ("Staff Accident Form — Hurt: Jo Bramwell; Date: 3/2; Witness: Stavros Karalis", "Karalis"),
        ("Training record: Min-jun Kim, first aid cert completed 2025.03.01", "Min-jun Kim"),
    ],
)
def test_a_records_holder_is_blocked(text: str, name: str) -> None:
    found = [text[f.start : f.end] for f in find_phi(text) if f.severity == "block"]
    assert any(name in span for span in found), find_phi(text)


def test_a_firm_a_record_is_issued_to_stays_clean() -> None:
    text = "Purchase order PO-5521 was issued to Henry Schein Dental for the new chairs."
    assert [f for f in find_phi(text) if f.label == "name"] == []
