"""dates59: a day of one person's event as people write it, with no year or in a shape the
date finder did not read (a dotted day and month, a day and a short month after a hyphen,
an airline's "17DEC", "Feb '23", "Fri the 13th"), tied to its person by an owner's
possessive, a birth asked and answered, or a record of one holder; each with the clean
look-alikes it must leave alone: a practice's closing days, a drug's approval, a flu clinic,
a clinician's leave, a public hearing, a version, a sale, a study's dates."""

from __future__ import annotations

import pytest
from blocked_view import blocked_words as blocked

from medsocial_tui.compliance import find_phi


@pytest.mark.parametrize(
    ("text", "words"),
    [
        # date.owners_event: a name's possessive or a pronoun, then what is theirs
        ("Confirming Ahmed Al-Rashidi's extraction for 26.05.2025 at 11:00", "26.05.2025"),
        ("email from HR: Precious Mahlangu's maternity leave starts 1 Sept", "1 Sept"),
        ("Mariana Oliveira's maternity leave begins 1 Oct, HR please update the rota.", "1 Oct"),
        ("Dein Termin bei Dr. Schäfer ist am 14.11. um 9 Uhr.", "14.11"),
        ("Ihr Termin zur Zahnreinigung ist am 03.02. um 10:30 Uhr.", "03.02"),
        ("Votre rendez-vous est le 12/03 à 9h, merci d'apporter votre carte Vitale.", "12/03"),
        ("Su cita con el ortodoncista es el 14.05 a las 17:00.", "14.05"),
        # date.birth_asked: the question's mark ends the sentence before the answer
        ("congrats on the new baby!! what day was she born? — feb 2nd at 4am, 7lb 3oz", "feb 2nd"),
        ("DOB? 02/11, sorry forgot to add it on the form", "02/11"),
        # date.record_holders_day: a record of one holder opens the text
        ("Ticket holder: Ngaio Te Huia — Row F, Seat 12 — concert on 15.11", "15.11"),
        ("Tenant: Keisha Lawrence-Boyd. Lease start 1st of July 2024. Unit 4.", "1st of July 2024"),
        ("Passenger: Liang Wei, flight CX251 departing 04MAR, seat 31K", "04MAR"),
        ("Passenger: Mr Tomasz Nowak, flight LO282 departing 09JUN, seat 12C", "09JUN"),
        ("Patient: Sofia Marchetti. Implant placed 22.10, review on 05.11", "05.11"),
        # date.booking_moved: one booking moved or set to a day
        ("the appointment with Dr. Kshirsagar got moved to the 28th so bring the disc", "the 28th"),
        ("the extraction has been rescheduled for Fri the 6th", "Fri the 6th"),
        # date.employers_action: what an employer does to one person, and its day
        (
            'Bartholomew "Bart" Finch has been promoted to shift supervisor effective April 1st.',
            "April 1st",
        ),
        ("Memo: Kelechi Obi terminated effective 14 March for repeated no-shows.", "14 March"),
        # a log's entry is a record of one holder too
        ("Visitor log 04/11/2026: Pastor Elroy Gaines, room 214, left 16:30", "04/11/2026"),
        # a holiday with its "day" in lower case
        ("omg Keisha your baby is so cute!! born on Valentine's day too", "Valentine's day"),
        # the shapes the date finder reads now, tied by the cues it had
        ("Daniela Rocha, sua consulta foi remarcada para 22/05 às 14h", "22/05"),
        ("Joaquim ligou dizendo que o dente ainda dói desde o dia 15, marcar retorno", "15"),
        ("Device G5X-00931-TR assigned to patient for home monitoring, return by 30/4", "30/4"),
        ("Kofi, your dentist here. the x-ray on 10-Apr showed a cracked root", "10-Apr"),
        ("Airline booking: PNR X7QK2L, passenger Omondi/Brian Mr, seat 22A, 17DEC.", "17DEC"),
        ("Kenji's flight home is on 22DEC after his surgery in Bangkok", "22DEC"),
        ("Ruth from Wagga here, my hubby's on a waitlist for a hip since Feb '23", "Feb '23"),
        ("Nana had her cataract op on Fri the 21st and can't drive till Monday", "Fri the 21st"),
        ("booking for Shreya and Arjun Menon, check in 25-Dec, room for 2", "25-Dec"),
    ],
)
def test_a_day_of_one_persons_event_blocks(text: str, words: str) -> None:
    assert words in blocked(text)


@pytest.mark.parametrize(
    "text",
    [
        "World Oral Health Day is on 20 March: book a check-up this week!",
        "Our practice is closed 24.12. – 2.1., emergencies call 111.",
        "Die Praxis ist am 24.12. geschlossen.",
        "The FDA approved the new drug on 15.11 after a two-year review.",
        "Flu clinic on 15.11 from 9 to 12, no booking needed.",
        "Our hygienist Jane's annual leave is from 3 March, book early.",
        "Congratulations to our nurse Ama, who passed her implant course on 2 May!",
        "The Senate hearing on fluoride is set for April 8.",
        "Version 2.4 released on 12.03 with bug fixes.",
        "Tenants: the lift will be serviced on 14/08.",
        "Ticket holders: doors open at 7pm on 15.11, bring your QR code.",
        "Patient information: the clinic closes on 24-Dec and reopens on 2-Jan.",
        "Taking 2.5 mg on 12.05 was the protocol in the study from 2019.",
        "Our Christmas party is on Fri the 13th of December, all staff welcome!",
        "Apple's launch event is on 9 Sept.",
        "Sale ends 25-Dec, 20% off all electric toothbrushes!",
        "When is World Smile Day? — October 3rd, every year!",
        "Flights departing 22MAR from LOS are delayed, says the airport.",
        "Student open day: 14.08 at the dental school, all welcome.",
        "The appointment line moved to 8am opening from Monday.",
        "Our flu clinic has been moved to 22/10 because of the storm.",
        "Our open day got moved to the 28th because of the rain.",
        "The ratio improved to 14/10 over the trial.",
        "Opening hours change from 13/12: Saturdays 9 to 1.",
        "Book by 30/4 for the spring discount!",
        "Ticket holder: please note the concert on 15.11 starts at 8pm.",
        "Student - open day on 14.08 at the dental school.",
        "Dr. Lee has been promoted to clinical director effective 1 April.",
        "We're thrilled that our nurse Ama has been promoted to lead nurse effective 3 March!",
        "New pricing effective April 1st for all whitening treatments.",
        "Visitor log 04/11/2026: 14 visitors, no incidents.",
        "Happy Valentine's day from all of us at the clinic! Offer ends on Valentine's day.",
    ],
)
def test_a_day_no_ones_event_passes(text: str) -> None:
    assert not [f for f in find_phi(text) if f.label == "date" and f.severity == "block"]
