"""The guard-recall round (issue 14): each class it works, caught where a person is named or
given away, and left alone in its look-alikes, with no practice configured."""

from __future__ import annotations

import pytest
from blocked_view import blocked_words as blocked

from medsocial_tui.compliance.normalize import normalize


@pytest.mark.parametrize(
    ("text", "words"),
    [
        # a shared file of someone's own scans or results (url.personal_site)
        ("My bloodwork is on my Dropbox: dropbox.com/s/8fj2k/labs.pdf", "dropbox.com/s/8fj2k"),
        ("I put my MRI on https://wetransfer.com/downloads/8a7f2 for you.", "wetransfer.com"),
        ("My blog about my daughter's epilepsy is www.livingwithlila.net", "livingwithlila"),
        # an unlisted given name where only a person stands
        ("We rushed Ikenna to the ER when his lips swelled.", "Ikenna"),
        ("Dashiell has had a cough for two weeks.", "Dashiell"),
        ("My hubby Rafferty snores and stops breathing.", "Rafferty"),
        # a named doctor's relative as the patient
        ("Dr. Lindqvist's husband is our patient and needs a crown.", "Lindqvist"),
        # the writer's own care said with "mine", or a device put in (date.writer_care)
        ("Does a stent hurt? Mine went in on June 9th at Baptist Memorial.", "June 9th"),
        ("Does a stent hurt? Mine went in on June 9th at Baptist Memorial.", "Baptist Memorial"),
        ("My IUD went in on the 2nd and I'm still cramping.", "the 2nd"),
        # an SSN after its own label or beside a person's word stays one
        ("My social is 219 09 9999, ref my claim.", "219 09 9999"),
        ("The grant office asked for my SSN: 512 44 8821.", "512 44 8821"),
        # a symptom the writer has had since a day, a slot booked for them
        ("I've been on amoxicillin since 11 March and the swelling is worse.", "11 March"),
        ("I'm booked on Monday 26 August at 10:00 for the emergency slot.", "Monday 26 August"),
        # a handle is the writer's when they say so, even after "follow ... for updates"
        ("Follow @kidney_warrior_dave for updates on my transplant.", "@kidney_warrior_dave"),
        # someone moved or taken to a place for care, said between verb and place
        ("They transferred my son to Rainbow Babies this morning.", "Rainbow Babies"),
        ("I drove my dad to Mercy Plains for his chemo.", "Mercy Plains"),
        # a doctor's relative with care in the sentence
        ("Dr. Singh's daughter needs a filling.", "Singh"),
        # a birthday written short, a Reddit user, an image of someone's body at a file host
        ("my bday is 4/3, I'm turning 40", "4/3"),
        ("I'm on Reddit as u/sad_knee_surgery", "u/sad_knee_surgery"),
        ("The x-ray is at https://imgur.com/a/Xk3Lm9", "imgur.com/a/Xk3Lm9"),
        # letters and digits spelt one by one (normalize closes them up)
        ("S S N: 5 3 2 - 4 8 - 1 1 9 0", "5 3 2 - 4 8 - 1 1 9 0"),
        ("m r n 4 4 8 1 9 2 7", "4 4 8 1 9 2 7"),
        ("my chart number is 4 4 8 1 9 2 7", "4 4 8 1 9 2 7"),
        # an age over 89 asked about, with the relative in the next sentence
        ("Is chemo safe at 95? Asking for my grandpa.", "95"),
        # a romanised hyphenated given name, a month-named given name before a surname
        ("Dae-jung Lim drives a grey Hyundai to his dialysis.", "Dae-jung Lim"),
        ("Jan Kowalski lives at ul. Marszałkowska 10, Warszawa.", "Jan Kowalski"),
        # a personal fact told with a kind of number first (name.personal_fact)
        ("Duncan Fraser's bank account number is 31926819.", "Duncan Fraser"),
        # a sentence-opening verb before a title or a name is no part of it
        ("Reach Mr. Pham on +61 412 555 019 about his wound care.", "Pham"),
        ("Ask Mrs. Obi about her stitches.", "Obi"),
        # a provider away beside the writer's own care is still the writer's date
        ("Dr. Kim is out on the 14th, so my crown is moved to the 21st.", "the 21st"),
        # a Korean plate
        ("He parks the van, plate 34나 7812, at the clinic.", "34나 7812"),
        # the subject of a question, a possessive before a reading of the body
        ("Can Yusra have ibuprofen while pregnant?", "Yusra"),
        ("Does Aroha need antibiotics for strep?", "Aroha"),
        ("Neve's temperature is 39.8, what do I do?", "Neve"),
        # a lower-case full name told a health fact (name.lower_subject)
        ("mary-kate o'brien is allergic to penicillin.", "mary-kate o'brien"),
        # second round: names spelt out or with digits for letters, single unlisted names
        # with a person's cue, places tied to someone's care or home
        ("Please pray for J o h n  S m i t h, he starts chemo tomorrow.", "J o h n  S m i t h"),
        ("R-o-b-e-r-t D-a-v-i-s is back in hospital with pneumonia.", "R-o-b-e-r-t D-a-v-i-s"),
        ("Sending hugs to K a y l a, the surgery went fine!", "K a y l a"),
        ("M4ria G0nzalez was admitted with chest pain last night.", "M4ria G0nzalez"),
        ("Anyone know if L1nda K3lly is still on the transplant list?", "L1nda K3lly"),
        # a relative's home town, said with "we moved" (no longer read as the practice's move)
        ("We moved Mom to Boulder City last spring after her fall.", "Boulder City"),
        ("We moved my mum to Royal Oak last year.", "Royal Oak"),
        # a place named by its staff who cared for someone (facility.carers_at)
        ("The nurses at Cedar Ridge were so kind to my grandfather.", "Cedar Ridge"),
        ("Big thanks to everyone at Bayfront for looking after my wife.", "Bayfront"),
        # a place gone to with an ailment, whatever its name (facility.went_with_ailment)
        ("He went to CityMD with a fever and they sent him home.", "CityMD"),
        ("She headed to Carbon Health for stitches.", "Carbon Health"),
        # a named unit of a hospital, and more kinds of a person's own carer
        ("He's on the cardiac floor at Mercy and they won't let us visit.", "Mercy"),
        (
            "Dad's PT at Peak Performance says he can walk without the cane soon.",
            "Peak Performance",
        ),
        ("My son's chiropractor at Align Spine cracked his neck.", "Align Spine"),
        # an unlisted given name opening a sentence about an injury, after an affection word
        ("Little Jaxon broke his arm on the trampoline.", "Jaxon"),
        ("Anselm keeps getting nosebleeds at night.", "Anselm"),
        # after a sentence about a relative's health
        ("Does anyone else's kid get hives from amoxicillin? Esme is covered in them.", "Esme"),
        # remembered by name
        ("Remembering Thelma today, gone one year since the stroke.", "Thelma"),
        ("Prayers needed for Tavita, intubated since Friday.", "Tavita"),
        # an age between the name and its verb
        ("Lorcan (6) has a wobbly tooth and a fever.", "Lorcan"),
        # anywhere in a health sentence about a person (name.unlisted_name_in_health_sentence)
        ("Temi and I both have covid, can we still go to the wedding?", "Temi"),
        ("Ever since Kaito started the new meds he's been angry.", "Kaito"),
        # lost to an illness (name.lost_to_illness)
        ("It's been a year since we lost Dimitri to leukemia.", "Dimitri"),
        # national numbers labelled as other languages' forms label them (id.labelled)
        ("Meine Steuer-ID ist 97041569232, reicht das?", "97041569232"),
        ("Mi CURP es LOPS920718MJCPRF07 y el seguro no la encuentra.", "LOPS920718MJCPRF07"),
        ("Codice fiscale RSSMRA85T10A562S, per la visita.", "RSSMRA85T10A562S"),
        ("Mon numéro de sécurité sociale est le 1 44 07 75 130 989 13.", "1 44 07 75 130 989 13"),
        ("Versichertennummer A123456780, bitte.", "A123456780"),
        ("Nursing licence RN 2211934 is mine.", "RN 2211934"),
        ("My BCBS member ID XYP 8823 1149 was rejected.", "XYP 8823 1149"),
        # a bare national number whose check digit holds (id.national_checksum)
        ("Send it to me, 5448 3478 2450, for the cataract surgery.", "5448 3478 2450"),
        ("Her NIE is on the letter: Y5597955E.", "Y5597955E"),
        # plates labelled in other languages, and bare French and German ones
        ("Kennzeichen M-AB 1234, mein Vater hatte einen Schlaganfall.", "M-AB 1234"),
        ("Vehicle no. MH12AB1234 belongs to my brother.", "MH12AB1234"),
        ("The car, AB-123-CD, is my mother's.", "AB-123-CD"),
        # accounts on networks named, with "as", a Discord tag or a Skype "live:"
        ("Find me on TikTok as mia.ivf.journey, I post every scan.", "mia.ivf.journey"),
        ("Discord: ghostrider#4471, message me.", "ghostrider#4471"),
        ("Skype ID: live:mark.hughes_55 for the consult.", "live:mark.hughes_55"),
        ("Reddit user throwaway_ivf_22 here, my beta is 12.", "throwaway_ivf_22"),
        # an Eircode; a town someone moved out of
        ("Eircode D02 X285, the ambulance couldn't find my dad's house.", "D02 X285"),
        ("We moved out of Hackney because of the damp, my daughter's asthma...", "Hackney"),
        # a fundraiser's short link; the site where the writer writes
        ("Our fundraiser for Dad's transplant: gofund.me/4e7a91c2", "gofund.me/4e7a91c2"),
        ("I write about getting sober at sarahs-sobriety-diary.com.", "sarahs-sobriety-diary"),
        # biometrics by more of their names; a relative's town after "our family in"
        ("Her iris pattern was used to unlock the phone.", "iris pattern"),
        ("They took a palm vein scan at check-in for my son.", "palm vein scan"),
        ("A full-face photo of my daughter is on the chart.", "full-face photo"),
        ("Our family in Kumasi doesn't have access to insulin.", "Kumasi"),
        # a plate after "Plate #:" or "Tag #:"
        ("Plate #: 6TRJ244, my car.", "6TRJ244"),
        ("Tag #: GXK-4471 is my husband's.", "GXK-4471"),
        # more labels: "cert", a client's or tenant's number, letters then a slash
        ("Death cert number 2023-LA-004412 for my father.", "2023-LA-004412"),
        ("Client number 22918 at the food bank.", "22918"),
        ("My invoice INV-2024-0091 was wrong, I was charged twice.", "INV-2024-0091"),
        ("My disability claim reference: DLA/88213/K.", "DLA/88213"),
        # a handle with an organisation's word that a given name or its owner makes a person's
        ("Follow my journey at @healthy_hannah_92, chemo day 3.", "@healthy_hannah_92"),
        ("I'm @teamjosh_fights, updates on my son's leukemia.", "@teamjosh_fights"),
        # (guard-recall5) the writer naming themselves by such a handle, then their own care
        ("u/dentalphobe_99 here - finally had my root canal done.", "u/dentalphobe_99"),
        ("@clinic_survivor_jo again, my scan is clear!", "@clinic_survivor_jo"),
        # (guard-recall5) a Polish title, a Turkish greeting before a name
        ("Pani Agnieszka Nowak ma wizytę kontrolną po operacji.", "Agnieszka Nowak"),
        ("Merhaba Elif Hanım, diş randevunuz yarın saat onda.", "Elif"),
        # (guard-recall5) an age over 89 as a milestone reached, or after "who's"
        ("Grandma just hit 95! The dentist says her gums are fine.", "95"),
        ("Grandpa, who's 96, was just put on blood thinners.", "96"),
        ("At 91 my nan has started falling at night.", "91"),
        ("At the grand old age of 94, Mum had her first MRI.", "94"),
        # (guard-recall5) a Reddit user's account, whatever trade word it holds
        ("hey u/dentalphobe_99 from reddit sent me here", "u/dentalphobe_99"),
        # (guard-recall5) a pasted row: family name, given name, then a full date, in a
        # chat that otherwise speaks as the team
        ("Copied into the team chat: Mensah, Kofi | 1970-01-02 | 0244 555 019", "0244 555 019"),
        ("In the team chat by mistake: Kowalski, Marta\t09.09.1958\t021 555 0188", "021 555 0188"),
    ],
)
def test_caught(text: str, words: str) -> None:
    assert any(words in w for w in blocked(text)), blocked(text)


@pytest.mark.parametrize(
    "text",
    [
        "For my results, the CDC explains A1c at www.cdc.gov/a1c.",
        "See my results in the portal at mychart.example.org.",
        "The city of Tucson opened cooling centers this week.",
        "Kingston, Ontario has a new cancer centre.",
        "Chad and Niger have the highest child mortality rates.",
        "Catholic, Christian and Jewish hospitals merged.",
        "Lot number 7KX21 of the insulin pens was recalled.",
        "Elton John had prostate cancer surgery and went back on tour.",
        "Mr. Bean is on TV tonight in the waiting room.",
        "I took Tylenol for her fever.",
        "Dr. Haddad's patients love her.",
        "I'm hosting the implant seminar on the 14th.",
        "Follow @brightsmileaustin for tips.",
        "@dental_health_news here with this week's flossing tips.",
        "Namaste everyone, the clinic is closed today.",
        "Ask u/dental_news_bot for the weekly thread.",
        "The hospital celebrates 100 years this week.",
        "We reached 95 five-star reviews!",
        "My dentist says most people who live to the age of 90 keep some of their own teeth.",
        "Flu clinic | 14/10/2026 | 9am-1pm | call 0800 555 0101 to book",
        "Team rota | 12/03/2026 | Dr Ames | Dr Lee | closed for training",
        "Dr. Kim is on vacation June 10-17; Dr. Ortiz will see her patients.",
        "Our CPR class with instructor Mike Dolan is on June 3 at 6pm.",
        "Thank you to Councilwoman Reyes for visiting our clinic on Tuesday!",
        "Text HOME to 741741 to reach the Crisis Text Line.",
        "Jan 15 is our open day.",
        "Follow-up Visits are on Tuesdays.",
        "Is a dental implant safe at 95? Most studies say yes.",
        "Plan A B C for the clinic.",
        "Steps: 1 2 3 4 and you're done!",
        "Check r/dentistry and u/AutoModerator rules.",
        "The photos from our 5K are at https://flickr.com/photos/brightsmile/albums/72177720",
        "The report is at https://www.nytimes.com/2024/05/12/health/flu-season.html",
        "Tax ID 12-3456789 is on the invoice.",
        "Routing number 021000021 is for the bank, not us.",
        "Order 123-45-6789 shipped today.",
        # a nine-digit number after another label of a thing, a firm or a payment
        "Charity no. 123456789, registered in Scotland.",
        "Parcel 123 45 6789 is on its way to the clinic.",
        "The grant number is 123-45-6789 for the outreach programme.",
        "Stock code 234 56 7890 is back in the shop.",
        "Barcode 501234567 on the toothpaste box.",
        "Welcome our new front desk lead, Marisol Reyes!",
        "Dr. Singh's daughter just started dental school too!",
        "John Doe and Jane Doe are placeholder names on sample forms.",
        "My MRN is 0000000? That can't be right.",
        "Scrubs is still the most realistic hospital show.",
        "Burt's Bees lip balm helps with chapped lips.",
        "Will Ferrell jokes about his back pain.",
        "Sean Combs is in the news again.",
        # second round
        "tooth decay has been falling for years.",
        "Can Xarelto cause bleeding gums?",
        "Is Opalescence safe for sensitive teeth?",
        "Apple's heart study is looking for volunteers.",
        "Dr. Lee is at Stanford for a conference on implants.",
        "we march 3 miles for the cancer charity every spring",
        "may 5 people come in for the same slot?",
        "We moved our office to Boulder City last spring.",
        "We moved to Boulder City last spring.",
        "Thanks to the team at Bright Smiles for taking care of me!",
        "Huge thanks to everyone at Rotary for looking after our booth.",
        "The staff at Cedar Ridge Park are kind to everyone.",
        "We went to Costco with the kids.",
        "She went to Target for some cough drops.",
        "Remembering Pearl Harbor today.",
        "The PT at our partner gym runs a back class on Saturdays.",
        "The cardiac floor at Mercy opened a new wing, congratulations to their team.",
        "Ask your dentist at your next visit about sealants.",
        "We lost power to the sterilizer on Friday, all fixed now.",
        "Sonicare (2) brush heads are on sale at the front desk.",
        "Prayers needed for the families hit by the flood.",
        "My son swears Orajel helps his teething pain.",
        "His Oura ring says he sleeps badly since the surgery.",
        "Dupixent cleared up her eczema.",
        "Parkinson's disease affects a million people. Tremor is only one of the symptoms.",
        # a number or plate shown as an example of its format, no one's
        "A National Insurance number looks like QQ 12 34 56 C: two letters, six digits.",
        "Indian plates look like MH 12 AB 1234: the state, the district, a series.",
        "A PAN is ten characters, for example AAAPZ1234C.",
        # a number of a national number's shape whose check digit fails
        "Order 123 456 789 shipped on Monday.",
        # capitals after a relation that are no name; a word after "in" that is no place
        "my son WILL be fine, my husband HAS to work",
        "my son in Year 3 has nits, my appointment is at Noon",
        # loopback, an identity number's name, a place called a town
        "Localhost is 127.0.0.1 and never leaves your computer.",
        "Aadhaar is a 12-digit number, and hospitals cannot refuse emergency treatment.",
        "Chipping Norton is a market town in the Cotswolds.",
        "I'm type1 diabetic, and I am covid19 positive.",
        "Kids can make handprint art at the open house; use the tag #wearpurple.",
        "The voice recording of the webinar is online.",
        "Shout out to @NHSEngland and @healthyheart_club for the campaign.",
        # a card's shape whose check digit fails; coordinates of a place, about no one
        "Order 4539 1488 0343 6468 shipped.",
        "Invoice INV-2024-0091 is for the new dental chairs.",
        "The clinic is at 40.7128, -74.0060 near the station.",
    ],
)
def test_look_alikes_stay_clean(text: str) -> None:
    assert blocked(text) == []


@pytest.mark.parametrize(
    ("text", "read"),
    [
        ("J o h n  S m i t h is ill", "John  Smith is ill"),
        ("R-o-b-e-r-t D-a-v-i-s", "Robert Davis"),
        ("my cousin D.e.r.e.k has", "my cousin Derek has"),
        ("T_h_o_m_a_s from", "Thomas from"),
        ("M4ria G0nzalez and L1nda K3lly", "Maria Gonzalez and Linda Kelly"),
        ("M@ria has a fever", "Maria has a fever"),
        # a starred-out letter reads as the one that makes a name
        ("M*ria had a miscarriage", "Maria had a miscarriage"),
        ("J*hn Sm*th was admitted", "John Smith was admitted"),
    ],
)
def test_spelt_out_and_digit_letter_words_read_as_words(text: str, read: str) -> None:
    assert normalize(text).text == read


@pytest.mark.parametrize(
    ("text", "read"),
    [
        # (read 143-146) Persian, Arabic-Indic, Devanagari and Thai digits as their digits
        # (the confusables list alone read Persian "۵" as "o" and "۱" as "l")
        ("شماره پرونده ۴۵۲۱۹", "شماره پرونده 45219"),
        ("رقم ٤٥٢١٩٨", "رقم 452198"),
        ("नंबर ९८७६५", "नबर 98765"),
        ("ราคา ๕๐๐", "ราคา 500"),
        ("５５５-０１４２", "555-0142"),
    ],
)
def test_the_digits_of_every_script_read_as_digits(text: str, read: str) -> None:
    assert normalize(text).text == read


def test_a_number_in_devanagari_digits_is_found() -> None:
    assert blocked("मेरा मोबाइल नंबर ९८७६५ ४३२१० है") == ["९८७६५ ४३२१०"]


@pytest.mark.parametrize(
    "text",
    [
        "S O  M A N Y smiles, B-R-U-S-H and F-L-O-S-S",
        "e.g. i.e. U.S.A. Ph.D.",
        "A1c H1N1 B12 COVID19 Win10 D3",
        "fe80::ee0c:da97 and 3fa4ce and bit.ly/Ab3cde",
        "mail j0hn@example.com",
        "mail jane@gmail.com or Jane@Gmail.com",
        "The F*ck Cancer run, Sh*t happens, D*mn",
    ],
)
def test_codes_capitals_and_links_stay_as_written(text: str) -> None:
    assert normalize(text).text == text


# -- guard-recall (issue 14, second pass): the whole written identifier -----------------
@pytest.mark.parametrize(
    ("text", "whole"),
    [
        # a link that shares one person's file or meeting, or names them (url.persons_link)
        (
            "Here's my dad's scan viewer, don't share it: https://share.radviewer.net/s/7Kq2mX9pLw",
            "https://share.radviewer.net/s/7Kq2mX9pLw",
        ),
        (
            "Zoom link for Mr. Adeyemi's session: https://us02web.zoom.us/j/84412093711?pwd=Qk",
            "https://us02web.zoom.us/j/84412093711?pwd=Qk",
        ),
        (
            "Vote for our neighbour Ruth Bello as carer of the year: "
            "carersawards.co.uk/vote/ruth-bello-2024",
            "carersawards.co.uk/vote/ruth-bello-2024",
        ),
        (
            "Her discharge summary: https://files.example-hospital.org/discharge/2024/KT-88412.pdf",
            "https://files.example-hospital.org/discharge/2024/KT-88412.pdf",
        ),
        (
            "The video of Dad's rehab: https://youtu.be/dQ8wXcY7a2k?t=42",
            "https://youtu.be/dQ8wXcY7a2k?t=42",
        ),
        (
            "See my husband's CT at https://www.dropbox.com/scl/fi/a8x2/ct-scan.zip?dl=0",
            "https://www.dropbox.com/scl/fi/a8x2/ct-scan.zip?dl=0",
        ),
        # a query value naming a person marks the whole link (link.query_value)
        (
            "Helen's tracking link: https://rx-track.example.org/order?customer=helen.mcbride&id=5",
            "https://rx-track.example.org/order?customer=helen.mcbride&id=5",
        ),
        # a hospital's short name, an incident's date field, an hour's minutes after "at"
        (
            "I had the miscarriage at Liverpool Women's on the 3rd and I'm bleeding.",
            "Liverpool Women's",
        ),
        ("Date of incident: 03/02/2024 14:20. Injured party: Dale Whitmore.", "03/02/2024"),
        (
            "Dad's appointment is Wednesday 20th November at 2.15pm in the eye clinic.",
            "Wednesday 20th November",
        ),
        ("The app stores my face template for logins; I have Parkinson's.", "face template"),
        ("I had the first dose on Thursday 1/18 and felt awful.", "Thursday 1/18"),
        # a care record's full dates, with no name beside them (date.care_record_full)
        ("Vaccination record: MMR given 04/05/2019, booster 11/02/2023.", "11/02/2023"),
        # a day of the writer's care told by a medicine or what the body did
        (
            "I started the new tablets on Monday the 2nd of September and my ankles swelled up.",
            "Monday the 2nd of September",
        ),
    ],
)
def test_guard_recall_marks_the_whole_identifier(text: str, whole: str) -> None:
    assert whole in blocked(text), blocked(text)


@pytest.mark.parametrize(
    "text",
    [
        # public pages: an agency's, a video anyone may watch, a practice's form or survey
        "Read the CDC's guidance on flu shots: https://www.cdc.gov/flu/prevent/flushot.htm",
        "My doctor said to read https://www.nhs.uk/conditions/sepsis/ before the op.",
        "Watch the WHO briefing on measles: https://www.youtube.com/watch?v=Xy12AbCdE90",
        "I loved this video about flossing: https://www.youtube.com/watch?v=Xy12AbCdE90",
        "Our new patient forms are at https://www.example-dental.com/forms/new-patient.pdf",
        "Share our survey with your family: https://forms.gle/Abc123XyZ",
        "I found this article useful: https://www.bbc.co.uk/news/health-67812345",
        # a number given to many is no one's record
        "The flu vaccine was given to 400 people last year.",
        # a weekday's day and month about no one; a hospital's short name in the news
        "We are closed on Fri 13/09 for staff training.",
        "Liverpool Women's Hospital opened a new neonatal unit.",
        # a given name that is also an acronym, before a plain word, names no one
        "My dentist sent me https://www.ada.org/resources/ada-library/oral-health-topics/fluoride",
    ],
)
def test_guard_recall_public_links_stay_clean(text: str) -> None:
    assert blocked(text) == []
