"""numdates37: addresses, dates and numbers as confirmations, letters and messages write
them, each with the clean look-alike it must leave alone."""

from __future__ import annotations

import pytest
from blocked_view import blocked_words as blocked


@pytest.mark.parametrize(
    ("text", "words"),
    [
        # the reader's door, named after their ride or their insurance claim
        (
            "Your airport shuttle from 27 Larchmont Ave, Rye, NY 10580 is confirmed for 4:15 am.",
            "27 Larchmont Ave, Rye, NY 10580",
        ),
        (
            "Pickup confirmed: your transfer from 9 Oakhill Rd, Bendigo VIC 3550 departs 6:30 am.",
            "9 Oakhill Rd, Bendigo VIC 3550",
        ),
        (
            "We have received your claim for storm damage at 14 Kowhai Street, Hamilton.",
            "14 Kowhai Street, Hamilton",
        ),
        # "March" the month is no march held at the address
        (
            "Our letter: your claim dated 2 March 2024 for fire damage at 8 Elm Close, Leeds.",
            "8 Elm Close, Leeds",
        ),
        # someone at home at the address a thing is dropped off at
        (
            "drop off the insulin at 22 Ridgeview Crescent, she'll be home after 6",
            "22 Ridgeview Crescent",
        ),
        ("can you drop-off his inhaler at 5 Tui Grove, mum is home all day", "5 Tui Grove"),
        # an age over 89 in years after the person's word, no "old"
        ("Patient 101 yrs, lives in a nursing home, bed sore on sacrum.", "101"),
        ("pt 93 years, on warfarin, INR 3.1", "93"),
        # a fond family word abroad says whose age it is
        ("mi abuelito tiene 97 años y no puede masticar bien", "97"),
        ("minha vozinha tem 95 anos e usa dentadura", "95"),
        # a parcel's, a booking's or a police report's number after its word
        ("fedex tracking for Mariela's aligners: 7798 4412 0193", "7798 4412 0193"),
        ("my tracking number for the retainer is 1Z999AA10123456784", "1Z999AA10123456784"),
        ("Sendung an Frau Weber, Paketnummer 00340434161094042557", "00340434161094042557"),
        ("PNR K7LM2Q for Mr. Daniel Osei, seat 14C", "K7LM2Q"),
        ("Police report no. 24-118832: her bike was taken from the library.", "24-118832"),
        # a wearable's own code after it
        ("Fitbit FB-INSP3-77A2C1 synced by Corinne last at 6:02am.", "FB-INSP3-77A2C1"),
        ("his Garmin watch 3JK884412AB stopped syncing after his pacemaker check", "3JK884412AB"),
        # a private group chat's invitation
        (
            "the group for Zola's class is chat.whatsapp.com/Gx7Lq2pRtY9",
            "chat.whatsapp.com/Gx7Lq2pRtY9",
        ),
        ("telegram for the ward 7 families t.me/+Xy12AbCdEfGh34", "t.me/+Xy12AbCdEfGh34"),
        # a phone spelt digit by digit after a chat's way of asking to be reached
        ("hit me up on 0 8 1 2 - 5 5 5 - 4 4 1 9 if u need a ride", "0 8 1 2 - 5 5 5 - 4 4 1 9"),
        # a state's letters before a plate's letters and digits, after the car
        ("Visitor log: Kalani, signed in 10:42, car HI JSK 448.", "HI JSK 448"),
        # the day a message books its reader for, and a survivor's day after "today"
        ("you're booked in for Sat 6/14 at 5:40 am, reply C to confirm", "Sat 6/14"),
        ("Your next appointment is on 4 June at 10:15.", "4 June"),
        ("we've got you pencilled in for the 12th of May with the hygienist", "12th of May"),
        ("your stay at the cabin in Pagosa Springs starts July 3.", "July 3"),
        ("Celebrating one year cancer free today March 12!", "March 12"),
    ],
)
def test_numdates37_identifier_is_blocked(text: str, words: str) -> None:
    assert words in blocked(text)


@pytest.mark.parametrize(
    "text",
    [
        "Your shuttle to the conference leaves from the Hilton lobby at 7:30 am.",
        "Shuttle pickups run from 100 Terminal Drive every 20 minutes, 5 am to 11 pm.",
        "Send your claim form to 12 Hall Road, Leeds; we reply within 10 days.",
        "Please drop off donations at 14 Market Street between 9 am and 5 pm.",
        "Drop off forms at 12 Hall Road, the office is open until 5.",
        "The March for Science at 12 Hall Road starts at noon.",
        "We have served this town for 100 yrs.",
        "The practice celebrates 90 yrs of care this month.",
        "A man 100 years later found the letter in the wall.",
        "el edificio tiene 100 años y lo están renovando",
        "Tracking numbers are emailed within 24 hours of dispatch.",
        "For tracking, call FedEx on 1 800 463 3339.",
        "Reservation code format: 6 letters and digits, e.g. ABC123.",
        "Police reports rose 12% in 2024, the council says.",
        "Supplies update: tracking number 1Z999AA10123456784 shows our new chairs left.",
        "The Fitbit Charge 6 tracks heart rate and SpO2.",
        "my fitbit FB512 keeps buzzing at night",
        "Garmin part 010-02809-00 is the charger for my watch.",
        "Join our new-parents support group: chat.whatsapp.com/AbCdEf123456",
        "Count with me: 1 2 3 4 5 6 7 8 9 10, then breathe.",
        "The car AC ON 100 percent is a joke.",
        "Your practice is closed on 25 December and 26 December.",
        "You are booked for a treat: our open day is on Saturday 14 June!",
        "If your appointment is on 1 May, please call to rebook.",
        "The clinic is smoke-free from 1/1/2030.",
    ],
)
def test_numdates37_lookalike_stays_clean(text: str) -> None:
    assert blocked(text) == []
