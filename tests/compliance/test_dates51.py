"""dates51: a month or a weekday of one person's event (a stay, an illness, a wait, a bill,
an accident, a death) beside something that says who, each with the clean look-alikes it
must leave alone: a practice's hours, a campaign's month, the news, advice, a writer's own
day with no one named, and a day still to come."""

from __future__ import annotations

import pytest
from blocked_view import blocked_words as blocked

from medsocial_tui.compliance import find_phi


@pytest.mark.parametrize(
    ("text", "words"),
    [
        # date.month_since: a month a person's state, wait, bill or event runs from
        ("my nephew Arjun Mehta has had 3 chest infections since November", "November"),
        ("Ngozi Eze has been on the NHS waiting list for a knee since February", "February"),
        ("Policy 4471-220 for Camille Dubois: out-of-pocket maximum met as of July.", "July"),
        ("Hemi Walker had the same jaw pain last October and it went away.", "October"),
        ("Our tenant Rashid Khan owes the rent for November, second notice.", "November"),
        ("My daughter-in-law Mele Tupou is due in September with twins!!", "September"),
        # other languages write "since" and the month in lower case; the guard reads the
        # text folded ("März" as "Marz")
        ("Lisiane Moreau tousse depuis novembre, le médecin dit que c'est viral.", "novembre"),
        ("Mi abuela Carmen Vidal está en lista de espera desde marzo.", "marzo"),
        ("Mein Sohn Jonas Weber hat seit März Zahnschmerzen.", "März"),
        ("Mio padre Enzo Ricci è in dialisi dal gennaio scorso.", "gennaio"),
        ("Meu filho Pedro Alves está doente desde março.", "março"),
        # date.nth_weekday_of_month: one day of the calendar with no figure
        ("My mum Rosa Diaz has her scan the last Friday in March.", "the last Friday in March"),
        ("Carer Joy Mensah starts the 2nd Tuesday of June, badge pls", "the 2nd Tuesday of June"),
        # date.birthday_four_figures: a day and a month run together, the year left out
        ("my birthday 0412 for the loyalty card pls", "0412"),
        ("bday is 2309 so book me after that", "2309"),
        ("DOB: 1107, name Ama Owusu, for the rewards app", "1107"),
        # date.month_of_care reads "seen" as it reads "saw"
        ("Our patient Aiko Tanaka was seen at Moorfields in March for an ulcer.", "March"),
        # and a saint's or a title's dot between the care and the month ends no sentence
        (
            "his wife Mary Doyle says he changed after his stroke at St. Vincent's in August",
            "August",
        ),
        # date.weekday_of_care: an attack, an accident, a death, the care itself, a stay, a
        # lapse or a complaint of one person on that day
        ("Kwame Asante got bit by a stray dog on Saturday, the wound is red now.", "Saturday"),
        ("pray for my brother Tomasz Nowak, he had an asthma attack Sunday night", "Sunday night"),
        (
            "my uncle Segun Bello had a heart attack Friday night, he's at Reddington",
            "Friday night",
        ),
        ("Thandi Mokoena slipped at work on Monday and her wrist is swollen", "Monday"),
        ("Elena Petrova passed peacefully on Thursday morning at home.", "Thursday morning"),
        ("your labs from last Friday are back, Aroha Ngata, please call us", "last Friday"),
        ("Incident report: Bilal Hussain forgot his EpiPen on the trip on Wednesday.", "Wednesday"),
        ("HR complaint filed by Adaeze Obi on Monday about shift swaps.", "Monday"),
        ("yes Kemar Brown was at UHWI on Saturday, he's home now", "Saturday"),
        ("my cousin Jamal Reid got hit by a car on Sunday, he's in the ICU", "Sunday"),
        ("thanks for stitching up my son Liam Doyle's chin on Saturday night", "Saturday night"),
    ],
)
def test_a_month_or_a_weekday_of_one_persons_event_blocks(text: str, words: str) -> None:
    assert words in blocked(text)


@pytest.mark.parametrize(
    ("text", "words"),
    [
        # a day still to come between the care word and the weekday, or a deadline: the sets
        # leave it unmarked; the name blocks, the weekday stays a warning
        ("my girl Mei Tan was seen at KK Hospital, can she go back to school on Monday?", "Monday"),
        ("pt J. R. Okonkwo on apixaban, extraction booked Monday", "Monday"),
        ("Mrs Ravindran Pillai's scan to the surgeon at KK Hospital by Monday please", "Monday"),
        ("Priya Nair fainted at school, should she still go to the dentist friday?", "friday"),
        # "lab" alone is no care of a day ("your lab order …, bring it Thursday")
        ("Kofi Boateng, your lab order number is LAB-7730914, bring it Thursday", "Thursday"),
    ],
)
def test_a_day_still_to_come_does_not_block(text: str, words: str) -> None:
    assert words not in blocked(text)


@pytest.mark.parametrize(
    "text",
    [
        "Our Leicester surgery is open Saturday mornings from 9 to 12.",
        "Closed Friday for staff training, back Monday at 8am.",
        "Dental Health Month is February, book your check-up now!",
        "Flu clinics every Thursday in October at our Harare branch.",
        "Since March, measles cases rose across the region, officials said.",
        "Brush twice a day and see us every six months.",
        "We've been open late on Wednesdays since September.",
        # the writer's own month or day with no one named says when, not who
        "I've had a cough since October, should I worry?",
        "had my wisdom teeth out on friday and my cheeks look like a hamster",
        "been on the waiting list since March, is that normal?",
        "Seit März gelten neue Öffnungszeiten in unserer Praxis.",
        "Dr. Nkechi Obi joined our team last August and loves hiking.",
        "Rent for October is due on the 1st for all tenants, thank you.",
        "The practice has been in Bendigo since May 1998.",
        "Our Rotorua branch was closed on Tuesday after a burst pipe.",
        "Pregnant since June? Join our free antenatal class in Leeds.",
        "Our open day is the first Saturday of March, all welcome!",
        "The support group meets the first Monday of every month in Leeds.",
        "I start chemo on the first Monday of February, any tips?",
        "Happy birthday 2025 to all our December babies!",
        "our 10th birthday 2015-2025 celebrations start Friday",
        "Happy birthday 1000 followers!",
        "For example, DOB 0412 would be typed as 04/12.",
    ],
)
def test_dates51_look_alike_is_clean(text: str) -> None:
    assert [f for f in find_phi(text) if f.severity == "block"] == []
