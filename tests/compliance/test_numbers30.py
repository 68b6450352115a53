"""numbers30: plates, biometric codes, logins, labelled numbers and days in the shapes fresh
texts write them, each with the clean look-alike it must leave alone."""

from __future__ import annotations

import pytest
from blocked_view import blocked_words as blocked

from medsocial_tui.compliance import find_phi


@pytest.mark.parametrize(
    ("text", "words"),
    [
        # a plate after "vehicle", a permit or a citation's "LPN"
        ("Clamping notice: vehicle BDX 9174 left in bay 4, keeper Mr. Hale.", "BDX 9174"),
        ("Residents permit GHT 4410 issued to Ms. Amara Diallo, flat 2.", "GHT 4410"),
        ("Citation for the driver of CA LPN 6TRM-447, Luis Ortega.", "LPN 6TRM-447"),
        # a code whose letters say it keeps a biometric
        ("Her fingerprint didn't register, code FP-L3-9B21C on the log.", "FP-L3-9B21C"),
        ("voiceprint for Mr. Dube enrolled as VPR-2231-QX", "VPR-2231-QX"),
        # a login a log names by what happened to it
        ("login attempt for a.mokoena from 198.51.100.23 denied", "a.mokoena"),
        ("user tnguyen2 was locked out again this morning", "tnguyen2"),
        ("User disabled - bmokoena after 5 failed tries", "bmokoena"),
        # a member number of a loyalty scheme, a frequent flyer, an account in Portuguese
        ("Booking for Mr. Daniel Osei, rewards no. QR 5512 8830", "QR 5512 8830"),
        ("Passenger Aiko Tanaka, frequent flier number: JL 0042 7719", "JL 0042 7719"),
        ("Sra. Ana Sousa, a sua conta 0712-4431-09 tem um débito.", "0712-4431-09"),
        # Canada's SIN split digit by digit
        ("is it ok to text my SIN 1 2 7 - 8 8 3 - 4 0 1 to the clinic?", "1 2 7 - 8 8 3 - 4 0 1"),
        # a day booked or moved to, a short month after a hyphen, a baby's due day
        ("Sipho your cleaning got moved to 18/3, sorry!", "18/3"),
        ("my mum had her cataract op on 2-Feb and still can't see well", "2-Feb"),
        ("28 weeks pregnant and due May 2nd, is it safe to get a filling?", "May 2nd"),
        # a home after "Fairweather": a name holding "fair" is no fair's notice
        (
            "Insured: Jon Fairfield  Property: 9 Acacia Grove, Dubbo NSW 2830",
            "9 Acacia Grove, Dubbo NSW 2830",
        ),
        # an address house number first, then its Jalan, as Malaysia writes it; a delivery
        # for someone named is theirs
        (
            "Delivery for Farid at 21, Jalan Kenari 3, Puchong, rider will call",
            "21, Jalan Kenari 3, Puchong",
        ),
        (
            "my aunt moved to B-12-3, Jalan Kiara 5, Mont Kiara last year",
            "B-12-3, Jalan Kiara 5, Mont Kiara",
        ),
        # the street of a shop or a car park where something happened to someone
        ("my daughter's bike was stolen from Hythe Rd car park, Ashford", "Hythe Rd"),
        (
            "Dad got a parking fine outside the vets on Castle Street, Brecon",
            "Castle Street, Brecon",
        ),
        # a dentist's handle said "she" of: one person's account
        ("shoutout to @smilesbydrmaya she made my implant painless", "@smilesbydrmaya"),
    ],
)
def test_numbers_in_fresh_shapes_are_found(text: str, words: str) -> None:
    assert words in blocked(text)


@pytest.mark.parametrize(
    "text",
    [
        "Our emergency line is open 24/7 for dental pain.",
        "We moved to 24/7 cover for after-hours emergencies last year.",
        "Our new fingerprint reader FP-30 arrives Monday.",
        "The biometric kiosk model BIO-2000X is on sale this week.",
        "the user guide is locked in the cupboard by reception",
        "Join our loyalty program and earn 500 points on your first visit!",
        "The practice vehicle 4WD is booked for the outreach day.",
        "Flu clinic runs from 09-Mar to 20-Mar at the hall.",
        "Hall rent is due Feb 1st; antenatal yoga moves to the library from then.",
        "Our midwife-led clinic's annual report is due 3rd June.",
        "tag @brightsmilesdental they fixed my whole smile",
        "Join us at the health fair, 12 Market Street, Leeds LS1 6DT.",
        "Klinik Pergigian Senyum, 45 Jalan Bukit Bintang, is open daily from 9am.",
        "Traffic is heavy on Jalan Ampang this morning, allow extra time.",
        "Reminder: cars parked on Castle Street outside the surgery will be ticketed.",
        "The left index finger scan 2024 update for the door readers is out.",
        "Account locked: please contact IT to reset your password.",
    ],
)
def test_clean_look_alikes_stay_clean(text: str) -> None:
    assert blocked(text) == []


MINE = (
    "vehicle.plate_issued",
    "biometric.prefixed_code",
    "handle.login_event",
    "date.booked_day_month",
    "date.day_dash_month",
    "date.due_to_deliver",
    "address.number_then_jalan",
    "biometric.finger_template",
    "handle.log_label",
)


@pytest.mark.parametrize(
    "text",
    [
        # a score after a booking's verb; a bill due (other date rules read these sentences)
        "Her pain moved to 7/10 after the extraction, is that normal?",
        "Rent is due Feb 1st and the baby needs nappies.",
    ],
)
def test_the_new_rules_leave_scores_and_bills(text: str) -> None:
    assert not [
        f.reason for f in find_phi(text) if f.reason.endswith(tuple(f"[{r}]" for r in MINE))
    ]
