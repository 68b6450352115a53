"""Whole identifiers (issue 14, guard-spans): each extension step widens a finding to the
identifier's whole extent, and leaves alone what is no part of it."""

from __future__ import annotations

import pytest

from medsocial_tui.compliance import extents, find_phi

# (step, text, what was found, what the step makes of it)
STEP_CASES = [
    # (guard-extents4) a nickname in quotes or brackets, then the family name
    (
        "name_nickname_after",
        'In memory of Rosalind "Roz" Okafor, a patient of ours',
        "Rosalind",
        'Rosalind "Roz" Okafor',
    ),
    (
        "name_nickname_after",
        "my uncle Bartholomew (Barty) Quigley is 91",
        "Bartholomew",
        "Bartholomew (Barty) Quigley",
    ),
    (
        "name_nickname_after",
        'my dad Jim "Jimbo" The legend turned 90',
        "Jim",
        "Jim",
    ),
    # (guard-extents4) what a care place is of or for, after its kind
    (
        "geo_care_place_of_after",
        "treated at University Hospital of the West Indies on 22 Nov",
        "University Hospital",
        "University Hospital of the West Indies",
    ),
    (
        "geo_care_place_of_after",
        "home from Bristol Royal Hospital for Children on Tuesday",
        "Bristol Royal Hospital",
        "Bristol Royal Hospital for Children",
    ),
    (
        "geo_care_place_of_after",
        "taken to Mercy Hospital for Monday's scan",
        "Mercy Hospital",
        "Mercy Hospital",
    ),
    (
        "geo_care_place_of_after",
        "taken to Ninewells Hospital for X-rays",
        "Ninewells Hospital",
        "Ninewells Hospital",
    ),
    (
        "address_town_after_postcode",
        "przy ul. Długa 7 m. 3, 80-827 Gdańsk i ma problemy",
        "ul. Długa 7 m. 3, 80-827",
        "ul. Długa 7 m. 3, 80-827 Gdańsk",
    ),
    (
        "address_town_after_postcode",
        "moved to Keizersgracht 221-II, 1016 DV Amsterdam last month",
        "Keizersgracht 221-II, 1016 DV",
        "Keizersgracht 221-II, 1016 DV Amsterdam",
    ),
    (
        "address_town_after_postcode",
        "lives at Hauptstraße 5, 10115. He is fine",
        "Hauptstraße 5, 10115",
        "Hauptstraße 5, 10115",
    ),
    (
        "address_town_after_postcode",
        "lives at 12 Elm Road, Leeds LS6 2AB Thanks",
        "12 Elm Road, Leeds LS6 2AB",
        "12 Elm Road, Leeds LS6 2AB",
    ),
    (
        "address_parts_after",
        "lives at 12 Elm Road, Leeds LS6 2AB now",
        "12 Elm Road",
        "12 Elm Road, Leeds LS6 2AB",
    ),
    (
        "address_parts_after",
        "I'm at 1203-55 Bloor Street West, Toronto, ON M4W 1A5; come Friday",
        "1203-55 Bloor Street",
        "1203-55 Bloor Street West, Toronto, ON M4W 1A5",
    ),
    (
        "address_parts_after",
        "home is Calle de Alcalá 42, 3º B, 28014 Madrid and he",
        "Calle de Alcalá 42",
        "Calle de Alcalá 42, 3º B, 28014 Madrid",
    ),
    (
        "address_parts_after",
        "at 14 Ashgrove Park, Dundrum, Dublin 14, D14 X2Y7; the nurse",
        "14 Ashgrove Park",
        "14 Ashgrove Park, Dundrum, Dublin 14, D14 X2Y7",
    ),
    ("address_parts_after", "at 12 Elm Road, which is near the park", "12 Elm Road", "12 Elm Road"),
    # (tokens10) a unit word typed in lower case, Romania's and Brazil's "ap.", a Portuguese
    # floor with a dot after its figure; a lower-case word with no number is no unit
    (
        "address_parts_after",
        "send it to Rua das Laranjeiras 210, apto 32, Rio de Janeiro, please",
        "Rua das Laranjeiras 210",
        "Rua das Laranjeiras 210, apto 32, Rio de Janeiro",
    ),
    (
        "address_parts_after",
        "lives at 11 Oak Lane, flat 4, Kidderminster DY10 3AB now",
        "11 Oak Lane",
        "11 Oak Lane, flat 4, Kidderminster DY10 3AB",
    ),
    (
        "address_parts_after",
        "she is at Str. Lipscani 43, ap. 12, Bucuresti 030031 since May",
        "Str. Lipscani 43",
        "Str. Lipscani 43, ap. 12, Bucuresti 030031",
    ),
    (
        "address_parts_after",
        "lives at Rua Augusta 274, 2.º Esq., 1100-053 Lisboa with",
        "Rua Augusta 274",
        "Rua Augusta 274, 2.º Esq., 1100-053 Lisboa",
    ),
    (
        "address_parts_after",
        "at 12 Elm Road, flat and quiet, she says",
        "12 Elm Road",
        "12 Elm Road",
    ),
    # (guard-extents3) an ordinal cross after a comma, a German floor, a house number after a
    # street named without it, a Brazilian state after a dash and its CEP
    (
        "address_parts_after",
        "to 14 Gandhi Nagar, 2nd Cross, Bengaluru, Karnataka 560009.",
        "14 Gandhi Nagar",
        "14 Gandhi Nagar, 2nd Cross, Bengaluru, Karnataka 560009",
    ),
    (
        "address_parts_after",
        "Jürgen Weber, Lindenstraße 14, 3. OG, 10969 Berlin, Versichertennummer A123456780",
        "Lindenstraße 14",
        "Lindenstraße 14, 3. OG, 10969 Berlin",
    ),
    (
        "address_parts_after",
        "lives at Am Wall 5, 28195 Bremen, Germany.",
        "Am Wall",
        "Am Wall 5, 28195 Bremen, Germany",
    ),
    (
        "address_parts_after",
        "mora na Rua das Flores 123, Apto 41, Pinheiros, São Paulo - SP, 05417-000 e o CPF",
        "Rua das Flores 123",
        "Rua das Flores 123, Apto 41, Pinheiros, São Paulo - SP, 05417-000",
    ),
    # a number's label after the address is no state: "…, Scotland" + ", CHI 010203 4567"
    (
        "address_parts_after",
        "Isla Brown, 12 Bridge Street, Ayr KA7 1AB, Scotland, CHI 010203 4567, has",
        "12 Bridge Street",
        "12 Bridge Street, Ayr KA7 1AB, Scotland",
    ),
    (
        "address_unit_number_after",
        "vive en Calle 10 #45-22, Apto 301, Medellín",
        "Calle 10 #45-22, Apto",
        "Calle 10 #45-22, Apto 301",
    ),
    (
        "address_unit_number_after",
        "Calle Reforma 221, Int. 5, Col. Juárez",
        "Calle Reforma 221, Int",
        "Calle Reforma 221, Int. 5",
    ),
    ("address_unit_number_after", "at 4 Park Unit. Then", "4 Park Unit", "4 Park Unit"),
    (
        "phone_extension_after",
        "call Aunt Lucy at (555) 201-4471, extension 32 about",
        "(555) 201-4471",
        "(555) 201-4471, extension 32",
    ),
    ("phone_extension_after", "call 555-201-4471, extra calls", "555-201-4471", "555-201-4471"),
    (
        "date_holiday_before",
        "had his stroke on Good Friday, 2 April 2021 in",
        "Friday, 2 April 2021",
        "Good Friday, 2 April 2021",
    ),
    (
        "date_holiday_before",
        "broke his arm on Memorial Day, May 27, 2024.",
        "May 27, 2024",
        "Memorial Day, May 27, 2024",
    ),
    # (a holiday word before no weekday: "Good" + "3 May" is no holiday)
    ("date_holiday_before", "a Good 3 May for him", "3 May", "3 May"),
    ("date_year_before", "Birthdate 1954 March 12, name", "March 12", "1954 March 12"),
    ("date_year_before", "in 1954 12 March", "12 March", "12 March"),
    ("address_parts_after", "at 12 Elm Road. Leeds is far", "12 Elm Road", "12 Elm Road"),
    # a town ends before a dash set off by spaces
    (
        "address_parts_after",
        "lives at 12 Elm Road, Leeds — he moved in May",
        "12 Elm Road",
        "12 Elm Road, Leeds",
    ),
    (
        "address_parts_after",
        "lives at 12 Elm Road, Leeds - ring first",
        "12 Elm Road",
        "12 Elm Road, Leeds",
    ),
    ("address_unit_before", "at Flat 3, 12 Elm Road today", "12 Elm Road", "Flat 3, 12 Elm Road"),
    ("address_unit_before", "at the flat, 12 Elm Road today", "12 Elm Road", "12 Elm Road"),
    (
        "date_weekday_before",
        "born on Tuesday the 14th of March",
        "14th of March",
        "Tuesday the 14th of March",
    ),
    ("date_weekday_before", "braces off on Wed 15/11/2023 and", "15/11/2023", "Wed 15/11/2023"),
    ("date_weekday_before", "seen on 15/11/2023 and", "15/11/2023", "15/11/2023"),
    (
        "date_month_after",
        "last period was Sunday 21st of April and",
        "Sunday 21st",
        "Sunday 21st of April",
    ),
    ("date_month_after", "on the 14th of March 2023 we", "the 14th", "the 14th of March 2023"),
    ("date_month_after", "on Sunday 21st, may I", "Sunday 21st", "Sunday 21st"),
    ("date_year_after", "the stroke on 14 Mar '23 and", "14 Mar", "14 Mar '23"),
    ("date_year_after", "fell on Christmas Eve 2022 and", "Christmas Eve", "Christmas Eve 2022"),
    ("date_year_after", "on March 3rd 2000 mg daily", "March 3rd", "March 3rd"),
    ("date_year_after", "on March 3rd 250 people came", "March 3rd", "March 3rd"),
    (
        "url_whole",
        "see www.caringbridge.org/visit/tomnguyen/journal.",
        "www.caringbridge.org",
        "www.caringbridge.org/visit/tomnguyen/journal",
    ),
    ("url_whole", "book?utm_campaign=implant-maria&x=1", "implant-maria", "implant-maria"),
    (
        "biometric_words_before",
        "has a large port-wine birthmark on her cheek",
        "birthmark on her cheek",
        "a large port-wine birthmark on her cheek",
    ),
    ("biometric_words_before", "has a large fingerprint scan", "fingerprint", "fingerprint"),
    (
        "biometric_kind_after",
        "took Nadia's fingerprint template for",
        "fingerprint",
        "fingerprint template",
    ),
    ("biometric_kind_after", "took her fingerprint for the file", "fingerprint", "fingerprint"),
    (
        "record_letters_around",
        "My member ID is W 8823 4471 09 and",
        "8823 4471 09",
        "W 8823 4471 09",
    ),
    ("record_letters_around", "Medicaid ID is MC 4471 9920 X.", "4471 9920", "MC 4471 9920 X"),
    (
        "record_letters_around",
        "Member ID XZP442819004 was rejected",
        "XZP442819004",
        "XZP442819004",
    ),
    ("record_letters_around", "Policy ABC-123-4567-X is mine", "ABC-123-4567", "ABC-123-4567-X"),
    # (tokens10) a scheme's letters before a long number with no label, the rest of a run
    # joined by hyphens, a card's two-letter version code; a shouted word and "PM" stay out
    (
        "record_letters_around",
        "she is on my plan GWL 0092188 04?",
        "0092188 04",
        "GWL 0092188 04",
    ),
    ("record_letters_around", "Zhang Hao (IP 2026-00871) slept", "2026-00871", "IP 2026-00871"),
    ("record_letters_around", "CALL ME 0412 345 678 now", "0412 345 678", "0412 345 678"),
    ("record_letters_around", "Reg no DMCH-25-118840, address", "DMCH-25", "DMCH-25-118840"),
    ("record_letters_around", "card 5584 112 903 RL. Pharmacy", "5584 112 903", "5584 112 903 RL"),
    ("record_letters_around", "call 020 7946 0958 PM.", "020 7946 0958", "020 7946 0958"),
    ("record_letters_around", "Daan Visser, BSN 123456782. My", "123456782", "123456782"),
    ("record_letters_around", "Dewi here, WA 0812-3456-7890.", "0812-3456-7890", "0812-3456-7890"),
    ("plate_digits_after", "Plate KA 05 MN 4471 is my brother's", "KA 05 MN", "KA 05 MN 4471"),
    ("plate_digits_after", "Plate KA 05 MN at 10:30 was seen", "KA 05 MN", "KA 05 MN"),
]


def _marked(step: str, marked: str) -> tuple[str, str, str, str]:
    """A step's case written with its finding in [brackets] and the whole identifier in
    {braces}: (step, text, what was found, what the step makes of it)."""
    text = marked.translate(str.maketrans("", "", "[]{}"))
    found = marked[marked.index("[") + 1 : marked.index("]")].translate(str.maketrans("", "", "{}"))
    whole = marked[marked.index("{") + 1 : marked.index("}")].translate(str.maketrans("", "", "[]"))
    return step, text, found, whole


# guard-acc: c/o and the PO of a box, a house number's tail, more countries' postcodes and
# units, a named building before the street, a date's time of day, "12th day of", an id's
# last letters; each step also leaves one alone ({[...]} marks what stays as found)
STEP_CASES += [
    _marked(step, marked)
    for step, marked in (
        ("address_unit_before", "to Mrs. Hollis, {c/o Flat 4, [27 Beech Grove]}, Harrogate"),
        ("address_unit_before", "my address is {PO [Box 4471]}, Alice Springs"),
        ("address_unit_before", "the main doors of {[27 Beech Grove]}"),
        ("address_number_tail", "deliver to {[Keizersgracht 123]-II}, 1015 CJ Amsterdam?"),
        ("address_number_tail", "at {[Via Roma 12]}, 00184 Roma"),
        ("address_parts_after", "to {[Keizersgracht 1-II], 1015 CJ Amsterdam}? My uncle"),
        ("address_parts_after", "is {[Ul. Ostra 84/92] m. 15, 00-514 Warszawa} and she"),
        ("address_parts_after", "To: Karin, {[Storgatan 12], 114 55 Stockholm}. Re: your knee"),
        (
            "address_parts_after",
            "at {[House No. 12, 4th Cross], Jayanagar 3rd Block, Bengaluru} and",
        ),
        ("address_parts_after", "on {[High Street]}, means he walks"),
        ("address_building_before", "in room 12 at {Rosewood Lodge, [40 Station Road]}, Didcot"),
        ("address_building_before", "Thanks, {[40 Station Road]}"),
        ("date_day_of_before", "My DOB is {12th day of [June 1965]}."),
        ("date_day_of_before", "My DOB is in {[June 1965]}."),
        ("record_letters_around", "Hospital no.: {[RX1-0048823]/K} — my mum"),
        ("record_letters_around", "serial number is {[PJN 604 221] H} and the"),
        ("record_letters_around", "serial number is {[PJN 604 221]} I think"),
        # records14: a Hong Kong identity card's check digit in brackets
        ("record_letters_around", "(HKID {[A123456](7)}), tel"),
        ("record_letters_around", "Ref {[A123456]} (7 days) ago"),
        # guard-spans, second round: a date's preposition and trailing spaces trimmed, a
        # range's first and last day, a clock after a date in figures, "am" after the hour;
        # a print's side, a biometric record's id; a place's and an address's last word, a
        # name's run trimmed
        ("date_trim_edges", "I saw her [on {Monday 4 March}] about"),
        ("date_trim_edges", "booked for [{Friday at 7} ]a.m."),
        ("date_trim_edges", "the day is {[Monday 4 March]} now"),
        ("date_range_before", "in hospital from {12 to [19 January 2024]} with"),
        ("date_range_before", "dialysis between {3 and [10 May 2023]} at"),
        ("date_range_before", "the clinic is closed {24–[26 December]}."),
        ("date_range_before", "my kids aged 3 and {[10 May 2023]} ok"),
        ("date_range_after", "away from {[March 3] to 5, 2024} at"),
        ("date_range_after", "the fair runs {[June 10]-14} in"),
        ("date_range_after", "from {[May 2]} to May 9 with"),
        ("date_range_after", "on {[3 May]} to 5pm he"),
        ("date_range_after", "from {[3 May]} to 5 days"),
        ("biometric_side_before", "took his {left [thumbprint]} at"),
        ("biometric_side_before", "his {right index [fingerprint]} was"),
        ("biometric_side_before", "the {[DNA profile]} of"),
        ("biometric_id_after", "matched {[DNA profile] ID DX-77812-Q} to"),
        ("biometric_id_after", "a {[thumbprint template] #44871} for"),
        ("biometric_id_after", "her {[fingerprint]} is on file"),
        ("biometric_id_after", "Biometric data: {[facial template] FT-2231-AB}, and"),
        ("biometric_id_after", "her {[DNA sample]} 2024 was lost"),
        # records14: the biometric and what is kept of it, before a template's code; a
        # print's own name before a bare code
        ("biometric_kind_before_code", "my file says {iris template [IR-55120-7]}. Felt"),
        ("biometric_kind_before_code", "debug log: {faceprint vector id [FV-22819-aa73]}."),
        ("biometric_kind_before_code", "the {[iris scan]} was"),
        ("biometric_kind_before_code", "the template is {[IR-55120-7]} now"),
        ("biometric_id_after", "the {[voiceprint] VP-22871-ACD} registered to"),
        ("geo_whole_words", "I live in {[Salford, Greater] Manchester}, with my partner"),
        ("geo_whole_words", "my mum lives in {[Leeds]} and"),
        # guard-extent: the rest of a care place's name after the words found
        ("geo_rest_after", "admitted to {[Great Ormond Street] Hospital} on 6 January"),
        ("geo_rest_after", "his teens at {[Greenfield] Lodge} care home"),
        ("geo_rest_after", "worked at {[Ferrybridge] Power Station} for 30 years"),
        ("geo_rest_after", "my cardiologist at {[Providence St.] Peter} wants"),
        ("geo_rest_after", "delivered at {[St]. Susannah's Medical Centre}."),
        ("geo_rest_after", "my colonoscopy at {[Midtown] Endoscopy} on Nov 12"),
        ("geo_rest_after", "broke his jaw and is at {[Abbotsford] Regional}."),
        ("geo_rest_after", "was in {[Ward] 7B} at Ysbyty Gwynedd"),
        ("geo_rest_after", "died at {[Hospital Raja Perempuan Zainab] II} pada"),
        ("geo_rest_after", "was on {[Ward]} rounds"),
        ("geo_rest_after", "lives in {[Kettering]} with"),
        ("geo_rest_after", "she had a {[Kettering]} IV drip"),
        ("name_trim_words", "Patient Name: [{John Smith} DOB]: 04/05/1960"),
        ("name_trim_words", "Ask [{Ms. Anita Rao} Senior Manager] at Acme"),
        ("name_trim_words", "Contact [{Sarah Connor} RN] for the wound check"),
        ("name_trim_words", "[Student {Maya Lin}], Grade 5, has"),
        ("name_trim_words", "My husband {[Kevin O'Neill Jr.]} has gout"),
        ("name_trim_words", "[Driver {Peter Kowalski}], licence KOWAL751120PJ9AB"),
        ("name_trim_words", "[{Olivia Brown's} Fitbit] stopped syncing"),
        # extent37: a form's next field in other words and languages, a ward's word for its
        # patient, a German letter's heading
        ("name_trim_words", "Patient: [{Wanjiru Kamau} ID No] 23456789"),
        ("name_trim_words", "Nombre: [{María Reyes Ortiz} Edad]: 54"),
        ("name_trim_words", "[{Zhou Lei} WeChat]: zl_8812"),
        ("name_trim_words", "[Inpatient {Nadia Okoye}] on ward 4"),
        ("name_trim_words", "[Bewerbung von {Jonas Albrecht}], geboren 1990"),
        ("name_trim_words", "Ask {[Olivia Brown's]} mum"),
        # guard-extent: a full stop after a whole word ends the name; an initial's or a
        # title's does not
        ("name_trim_words", "Patient name: [{Joaquín Fernández}. Complaint]: bleeding gums"),
        ("name_trim_words", "Patient: {[Md. Shafiqul Islam]}, 64"),
        ("name_trim_words", "thanks to {[Capt. Ray Morales]} and"),
        ("name_trim_words", "my aunt {[Mary J. Blige]} sang"),
        # another language's greeting, thanks or "this is" at the run's start
        ("name_trim_words", "[Bonjour {Mathéo}], merci pour votre avis"),
        ("name_trim_words", "[Ich bin {Jana Novak}], meine Nummer ist"),
        ("name_trim_words", "[Mensaje de {Alejandro Ruiz Soto}]: por favor"),
        ("name_trim_words", "[Cześć {Wojtek}], miło nam"),
        ("name_trim_words", "[Buongiorno {Chiara}], grazie per la recensione"),
        ("name_trim_words", "[Pt {Maria Lopez}], DOB 04/07/1961"),
        ("name_trim_words", "Thanks to {[Cara Delgado]} for"),
        ("name_surname_first", "Obrigado, {[Thiago]}, pela sua avaliação"),
        ("name_surname_first", "Herzlichen Dank, {[Dieter]}, für die Worte"),
        ("name_family_first_before", "Please call {Le [Thi Mai]} about her results"),
        ("name_family_first_before", "presented: {Do [Van Minh]}, 62, with"),
        ("name_family_first_before", "My son {[Leo Tan]} had his braces"),
        ("name_family_first_before", "Thanks to {[Mai]} for the cake"),
        ("name_nickname_before", "My mate {Big [Dave]} needs a dentist"),
        ("name_nickname_before", "ask {Lil [Dre]} about it"),
        ("name_nickname_before", "a big {[Mike]} fan"),
        (
            "address_last_word",
            "Ship to: {[Flat 4, 18 Baker Street, London W1U 3BW, United] Kingdom}",
        ),
        ("address_last_word", "lives at {[12 Elm Road, Leeds]} Monday"),
        ("address_parts_after", "We live at {[33 Queen St] W, Toronto, ON M5H 2N2}; call me"),
        # an age is its number, not its unit; a date is its day, not its time (the held-out
        # sets mark "[[age:90]]-year-old", "[[date:3 March]] at 4pm")
        ("age_number_only", "At [{93} years old], is a crown worth it"),
        ("age_number_only", "a [{93}-year-old] woman"),
        ("age_number_only", "Grandpa is [{100} years young] today!"),
        ("age_number_only", "Dad turned [{ninety-one} years of age] last week"),
        ("age_number_only", "Nan turned {[91]} yesterday"),
        ("age_number_only", "she turned {[100th]} birthday"),
        ("age_number_only", "her [{100th} birthday] party"),
        ("date_without_time", "is [{March 3rd} at 4pm] but I"),
        ("date_without_time", "moved to [{Tues 10 Dec}, 9am]."),
        ("date_without_time", "taken [{2024-03-03}T10:00] and"),
        ("date_without_time", "Discharged [{2023/11/02} 16:45] — patient"),
        ("date_without_time", "Sent: [{Tuesday, March 5, 2024} 9:14 AM]\nSubject"),
        ("date_without_time", "at [2am on {the 14th}] because"),
        ("date_without_time", "seen [05:40 on {02/12/2026}]; no injury"),
        ("date_without_time", "was [{21.08.2023} um 14:00] in"),
        ("date_figures_around", "biopsy. Collected {16/[3/25]}. It came"),
        ("date_figures_around", "unfit for work until {17/[2/26]}. Signed"),
        ("date_figures_around", "the long wait on {[Saturday 15]/3}, Shana"),
        ("date_figures_around", "seen on {[12 March 2024]} at the"),
        ("date_without_time", "born {[3 March 2020]}, 3 weeks early"),
        ("date_without_time", "at {[10:40]} only"),
        ("date_without_time", "on [{Friday 13th} at 7] a.m."),
    )
]
# an address on several lines, and one whose next line is a greeting or a field
STEP_CASES += [
    (
        "address_next_lines",
        "Mr. Raj Patel\nFlat 3, 9 Kings Road\nBrighton BN1 2AB\nUnited Kingdom",
        "Flat 3, 9 Kings Road",
        "Flat 3, 9 Kings Road\nBrighton BN1 2AB\nUnited Kingdom",
    ),
    (
        "address_next_lines",
        "Address: 45 Oak Avenue,\nSpringfield, IL 62704\nPhone: 217-555-0142",
        "45 Oak Avenue,",
        "45 Oak Avenue,\nSpringfield, IL 62704",
    ),
    (
        "address_next_lines",
        "Lives at 12 Elm Road\nPhone: 0113 496 0000",
        "12 Elm Road",
        "12 Elm Road",
    ),
]
# a name of a field's label alone is no name: nothing is left of it
STEP_CASES.append(("name_trim_words", "Patient Name: John Smith", "Name", ""))
STEP_CASES.append(
    ("name_trim_words", "Kind regards,\nHelen Price\nPatient Services", "Services", "")
)
# a state after the comma is left out of the place ("Maplewood, New Jersey" is "Maplewood")
STEP_CASES.append(
    ("geo_whole_words", "a man living in Maplewood, New Jersey.", "Maplewood, New", "Maplewood")
)
# guard-recall: a hyphenated town, a care place's town, a workplace's kind before its town
STEP_CASES += [
    _marked(step, marked)
    for step, marked in (
        ("geo_hyphenated_town", "We live in {[Kirkby]-in-Ashfield} and"),
        ("geo_hyphenated_town", "We live in {[Kirkby]} - in the end"),
        ("geo_town_after_in", "my baby at {[St. Luke's] in Bethlehem} and"),
        ("geo_town_after_in", "seen at {[St. Luke's]} in March"),
        ("geo_town_after_in", "lives on {[Atwal]} in Amroha, needs"),
        # (extent37) without "the", which the later sets leave out of the place
        ("geo_place_of_a_kind_before", "on dialysis at the {DaVita centre in [Hialeah]}."),
        ("geo_place_of_a_kind_before", "my mum is at the {Mater Private in [Cork]} now"),
        ("geo_place_of_a_kind_before", "works at {Philips in [Eindhoven]}."),
        ("geo_place_of_a_kind_before", "My dad in {[Leeds]} has a cold."),
        ("geo_place_of_a_kind_before", "Dr. Rossi's office in {[Austin]} referred my son."),
        ("date_figures_year_after", "his biopsy on {[Tues 4/5]/24}."),
        ("date_figures_year_after", "his biopsy on {[Tues 4/5]} 24 hours later"),
        # guard-recall2: a 24-hour clock before a date, an hour before a weekday's date with
        # no "on", a weekday in another language, a time in another language after a date
        ("date_weekday_before", "un accidente el {domingo [30 de noviembre]}."),
        # guard-recall2: a family name written first in a list's, a table's or a form's row
        ("name_surname_first", "{Okonkwo, [Chidi A.]},1979-04-12,+234"),
        ("name_surname_first", "Patient list — Abara, Ngozi 09:00; {Cohen, [Miriam]} 09:40"),
        ("name_surname_first", 'x\n"{Dubois, [Camille]}","1991-02-28"'),
        ("name_surname_first", "Thanks, {[Anna]}, for the flowers"),
        ("name_surname_first", "Leeds, {[Anna]} said, is where"),
        ("name_surname_first", "I saw Okonkwo, {[Chidi]} and Ada"),
        ("name_suffix_after", "My father, {[José María de la Cruz] Jr.}, was admitted"),
        # another language's "my" and family word trimmed, not a given name folded like one
        ("name_trim_words", "x [Unser Sohn {Finn Becker}] wurde"),
        ("name_trim_words", "x mein [Bruder {Stefan}] hat"),
        ("name_trim_words", "x {[Mia Mae Jones]} has"),
        ("name_trim_words", "updates on {[Mae Bell Thornton]} after"),
        ("name_suffix_after", "{[Walter Brooks], Sr.} called"),
        ("name_suffix_after", "{[Kwame Boateng]} IV drip"),
        # guard-recall2: an address's unit, district and town as other countries write them
        ("address_parts_after", "at {[Blk 512 Ang Mo Kio Ave] 8, #07-221, Singapore 560512}"),
        ("address_parts_after", "{[19 Grove Park Terrace], Dublin 6W}, told"),
        ("address_parts_after", "na {[Rua Augusta 150], 2º Esq., 1100-053} Lisboa e"),
        ("address_parts_after", "at {[12 Elm Road]} 3 days a week"),
        ("address_unit_before", "address: {No. [45, 2nd Main Road]}."),
        ("address_unit_before", "aged {[45, 2nd Main Road]}."),
        ("address_unit_before", "at {Blk [512 Ang Mo Kio Ave]}"),
        ("address_town_after_postcode", "at {[ul. Piotrkowska 100 m. 12, 90-004] Łódź}."),
        ("address_town_after_postcode", '"text":"{[Keizersgracht 555, 1017 DR] Amsterdam}"}'),
        ("geo_district_word_after", "moved to {[Handsworth] Wood} and"),
        ("geo_district_word_after", "lives in {[Leeds]} Park Road"),
        # tokens10: a town named with a particle, a district's letter ending a clause
        ("geo_particle_town_after", "lives in {[Rio] de Janeiro} and needs"),
        ("geo_particle_town_after", "born in {[Frankfurt] am Main}, she"),
        ("geo_particle_town_after", "moved to {[Khalifa City] A}, near"),
        ("geo_particle_town_after", "lives in {[Leeds]}. I visit"),
        ("geo_particle_town_after", "in {[Porto]} da Silva Pereira Street"),
        ("geo_institution_of_before", "my son is at {University of [Michigan Health]} now"),
        ("geo_institution_of_before", "the best of {[Michigan]} is here"),
        ("geo_care_place_town_after", "in the ICU at {[St Mary's Hospital], Paddington}, since"),
        ("geo_care_place_town_after", "seen at {[Baylor Hospital]}, Texas, in May"),
        # guard-extents2: a care place's leading words, its kind alone, a gazetteer town
        # after its kind, the kind after a street with no number
        (
            "geo_leading_words_before",
            "seen at {American [University of Beirut Medical Center]} on 12 Feb",
        ),
        ("geo_leading_words_before", "she went to the {Royal [Free Hospital]} today"),
        ("geo_leading_words_before", "On Monday, {[General Hospital]} rang"),
        ("geo_leading_words_before", "a call from Maria {[General Hospital]} about"),
        ("geo_leading_words_before", "seen in March {[Hospital Ward]} 3"),
        ("geo_leading_words_before", "admitted to {37 [Military Hospital]} on 1 December"),
        ("geo_leading_words_before", "she spent 3 {[Military Hospital]} nights"),
        ("geo_rest_after", "bypass at {[Sunnybrook Health Sciences] Centre} in Toronto"),
        ("geo_rest_after", "was at {[Leeds]} Centre Parcs"),
        ("geo_town_written_after", "taken to {[University Medical Center] El Paso}."),
        ("geo_town_written_after", "diagnosed at {[Prisma Health] Greenville} on October 30"),
        ("geo_town_written_after", "seen at {[Prisma Health]} Texas last week"),
        ("geo_town_written_after", "seen at {[Mercy Hospital]} Sunday Clinic"),
        ("geo_town_written_after", "seen at {[Mercy Hospital]} Tomorrow we go"),
        ("address_place_kind_after", "admitted to {[Great Ormond Street] Hospital} on 6 Jan"),
        (
            "address_place_kind_after",
            "seen at {[Providence St.] Vincent Medical Center} last week",
        ),
        ("address_place_kind_after", "lives on {[Elm St.]} Vincent visits her"),
        ("address_place_kind_after", "lives at {[12 Harley Street]} Clinic hours"),
        # a flat and a floor before a building, a numbered road, a block's letter
        (
            "address_unit_before",
            "is {Flat No. 3, 2nd Floor, [Lotus Plaza, Linking Road]}, Mumbai",
        ),
        ("address_unit_before", "lives at {Plot 12, Road [No. 36, Jubilee Hills]} and"),
        ("address_unit_before", "lives at {C-[12, Green Park Extension]}, New Delhi"),
        # a medical college's town after its comma, before a weekday or "as"
        (
            "geo_care_place_town_after",
            "rushed to {[Christian Medical College], Vellore} on Friday.",
        ),
        (
            "geo_care_place_town_after",
            "works at {[Northern General Hospital], Sheffield} as a porter",
        ),
        ("geo_care_place_town_after", "studied at {[Harvard University]}, Massachusetts"),
        # a town word is a whole word: a town that begins like a month, weekday or label
        ("address_parts_after", "I'm at {[Apartment 12B, Sunrise Towers], Dubai Marina}, can"),
        ("address_parts_after", "moved to {[40 Main St], Dayton}. He is well"),
        ("address_parts_after", "moved to {[40 Main St]}, March 2020"),
    )
]

# extent37: a state's, a country's or a hospital unit's letters after a place, the honorific
# or family word before a name, a town named for a saint after its "St." or "Ste."
STEP_CASES += [
    _marked(step, marked)
    for step, marked in (
        ("geo_code_at_end_trimmed", "a farmer from [{Clarksdale}, MS] with a cough"),
        ("geo_code_at_end_trimmed", "Case: 47F, [{Penrith}, NSW], chest pain"),
        ("geo_code_at_end_trimmed", "he moved to [{Richmond} BC] after the stroke"),
        ("geo_code_at_end_trimmed", "a woman from [{Enugu}, BP] 150/90, headache"),
        ("geo_code_at_end_trimmed", "Dad is in [{Royal Melbourne} ICU] since Monday"),
        ("geo_code_at_end_trimmed", "born at {[Queen Elizabeth II]} in 1950"),
        ("geo_code_at_end_trimmed", "she was born in {[Washington DC]} and"),
        ("geo_code_at_end_trimmed", "a nurse in {[Port Moresby]} with"),
        ("address_saint_town_after", "lives at {[220 Larch St, Sault Ste]. Marie}, ON P6A 2E4"),
        ("address_saint_town_after", "to {[14 Pine Ave, Port St]. Lucie}, FL 34952"),
        ("address_saint_town_after", "lives at {[12 Elm St]}. Mary rang about her"),
        ("name_called_by_before", "pray for [Sister {Ruth Ann Poole}], 92, now at"),
        ("name_called_by_before", "[Mdm {Tan Siew Lan}], 80, fell at home"),
        ("name_called_by_before", "[Encik {Rashid bin Osman}] missed dialysis"),
        ("name_called_by_before", "[Sra. {Ruiz}] tiene diabetes"),
        ("name_called_by_before", "[Namaste {Rajesh}], your MRI is on Friday"),
        ("name_called_by_before", "[Gogo {Thandeka Nkosi}] is in hospital"),
        ("name_called_by_before", "my grandmother {[Nana Ama]} went to Korle Bu"),
        ("name_called_by_before", "{[Don Ferguson]} had his knee done"),
        ("name_called_by_before", "{[Son Heung-min]} had knee surgery"),
        ("name_called_by_before", "{[Sister]} said it went well"),
        ("name_given_name_before", "admitted to {Chris [Hani Baragwanath]} on Wednesday"),
        ("name_given_name_before", "our patient {Jose [Rizal Mangubat]}, 54, has TB"),
        ("name_given_name_before", "I will {[Mark Jones]} absent"),
        ("name_given_name_before", "Yesterday Grace {[Adeyemi Okafor]} came in"),
        ("name_given_name_before", "Thanks Chris {[Okafor]} for the flowers"),
        ("geo_district_word_after", "lives in {[Jayanagar] 4th Block} and needs"),
        ("geo_district_word_after", "lives in {[Wuse] 2}, Abuja and had"),
        ("geo_district_word_after", "a flat in {[Dublin] 8}."),
        ("geo_district_word_after", "in {[Leeds]} 3 times a week"),
        ("geo_district_word_after", "in {[Leeds]} 2.5 miles away"),
        ("geo_rest_after", "treated at {[Hospital General de Zona No]. 1} in Tijuana"),
        ("geo_rest_after", "seen at {[Polyclinic No] 3}, Minsk"),
        ("geo_rest_after", "she said {[No]} 5 times"),
        ("geo_town_written_after", "at {[Government Medical College] Kozhikode} and"),
        ("geo_care_place_town_after", "goes to {[Holy Cross School], Brampton} and"),
    )
]


@pytest.mark.parametrize(
    ("step", "text", "found", "whole"),
    STEP_CASES,
    ids=[f"{c[0]}-{c[1][:30]}" for c in STEP_CASES],
)
def test_extension_step(step: str, text: str, found: str, whole: str) -> None:
    start = text.index(found)
    a, b = getattr(extents, step)(text, start, start + len(found))
    assert text[a:b] == whole


def test_every_step_widens_a_case_and_leaves_one_alone() -> None:
    steps = {step.__name__ for steps in extents.EXTENSION_STEPS.values() for step in steps}
    outcomes: dict[str, set[bool]] = {}
    for step, _, found, whole in STEP_CASES:
        outcomes.setdefault(step, set()).add(found != whole)
    assert set(outcomes) == steps
    for name in steps:
        assert outcomes[name] == {True, False}, name
        assert (getattr(extents, name).__doc__ or "").strip(), name


def _found(text: str) -> list[str]:
    return [text[f.start : f.end] for f in find_phi(text)]


@pytest.mark.parametrize(
    ("text", "whole"),
    [
        (
            "My mum lives at Flat 3, 12 Elm Road, Leeds LS6 2AB and can't drive.",
            "Flat 3, 12 Elm Road, Leeds LS6 2AB",
        ),
        (
            "My son was born on Tuesday the 14th of March 2023 and cries.",
            "Tuesday the 14th of March 2023",
        ),
        ("The clinic took Nadia's fingerprint template for the cabinet.", "fingerprint template"),
        (
            "Track my husband's transplant journey at www.caringbridge.org/visit/tomnguyen/journal.",
            "www.caringbridge.org/visit/tomnguyen/journal",
        ),
        (
            "The album of my son's surgery: https://photos.app.goo.gl/Xy7Qp2LmN8aBc3dE9",
            "https://photos.app.goo.gl/Xy7Qp2LmN8aBc3dE9",
        ),
        ("She has a dragon tattoo across her upper back.", "a dragon tattoo across her upper back"),
        (
            "She has a burn scar on the back of her left hand that she wants removed.",
            "a burn scar on the back of her left hand",
        ),
        ("He is known by a scar through his left eyebrow.", "a scar through his left eyebrow"),
        # guard-spans, second round
        (
            "My son has a port-wine stain covering his left cheek and kids tease him.",
            "a port-wine stain covering his left cheek",
        ),
        (
            "He has a burn scar covering most of his left hand from the fire.",
            "a burn scar covering most of his left hand",
        ),
        ("My son has a tattoo on the left wrist.", "a tattoo on the left wrist"),
        ("Leon's gait recognition profile was recorded.", "gait recognition profile"),
        (
            "The lab matched DNA profile ID DX-77812-Q to her sample.",
            "DNA profile ID DX-77812-Q",
        ),
        (
            "Watch my mum's story: youtu.be/9xKq3L7pTzA?t=42",
            "youtu.be/9xKq3L7pTzA?t=42",
        ),
        (
            "My wife's C-section is on Friday, December 13th, 2024 at 7 a.m.",
            "Friday, December 13th, 2024",
        ),
        ("My husband was in hospital from 12 to 19 January 2024.", "12 to 19 January 2024"),
        ("The biopsy was taken 2024-03-03T10:00 and I have no result.", "2024-03-03"),
        ("Discharged 2023/11/02 16:45, patient K. Mensah.", "2023/11/02"),
        (
            "My driving licence number is SMITH 702158 JA9 PL and I need a medical.",
            "SMITH 702158 JA9 PL",
        ),
        ("Insurance policy AXA/HLT/2024/00412 covers my wife's IVF.", "AXA/HLT/2024/00412"),
        ("Pump serial: MMT-1780 NG 4471 K; it alarms at night.", "MMT-1780 NG 4471 K"),
        ("I was away from March 3 to 5 with my son.", "March 3 to 5"),
        # a sentence with a number only a person has is that person's record (its date too)
        (
            "The transfer from IBAN DE89370400440532013000 was completed on 2022-11-02.",
            "2022-11-02",
        ),
        ("Hospital number 88362088: the scan is booked for May fourteenth.", "May fourteenth"),
        ("Please quote reference 2291-8834 when calling about my mother.", "2291-8834"),
        ("My pharmacy is at 77 Main St, Springfield.", "77 Main St, Springfield"),
        # "Employee" alone is no spotlight of the practice's own staff
        ("Employee Rosa Díaz requested sick leave from 10/02/2024.", "Rosa Díaz"),
        ("Account holder Peter Vance MRN 4471829 needs a callback.", "Peter Vance"),
        ("Date of visit: 2023-07-15 14:30", "2023-07-15"),
        ("Fingerprint hash: 9f8e7d6c5b4a3210", "Fingerprint hash: 9f8e7d6c5b4a3210"),
        ('My brother has a tattoo that says "Mum" in big letters.', 'a tattoo that says "Mum"'),
        ("She has a birthmark shaped like Italy, so we knew her.", "a birthmark shaped like Italy"),
        ("The patient's retinal pattern was scanned.", "retinal pattern"),
        # a number inside a link is the link's (ssn.bare's inside_a_link); a shared file
        # said after the link to be someone's; a photo of someone's rash
        (
            "His obituary is at https://www.legacy.com/obituaries/name/jim-carter?pid=200112233",
            "https://www.legacy.com/obituaries/name/jim-carter?pid=200112233",
        ),
        (
            "Please see https://drive.google.com/file/d/1x2y3z4AbCdEf/view for my MRI.",
            "https://drive.google.com/file/d/1x2y3z4AbCdEf/view",
        ),
        (
            "I uploaded the photo of my rash to https://i.imgur.com/4kTq9xB.jpg",
            "https://i.imgur.com/4kTq9xB.jpg",
        ),
        (
            "Identifying features include a tattoo of a rose on the left shoulder.",
            "a tattoo of a rose on the left shoulder",
        ),
        ("My home: 27 Larkspur Cres, Wellington 6011.", "27 Larkspur Cres, Wellington 6011"),
        ("hi deepa, your son's x-rays are ready", "deepa"),
        ("x-rays for deepa are ready", "deepa"),
        ("My wife aoife has a cough.", "aoife"),
        ("We live in south London and my daughter needs a dentist.", "London"),
        ("Patient resides in Travis County, Texas.", "Travis County"),
        ("My dad lives in Co. Kerry near the coast.", "Co. Kerry"),
        (
            "You'll know him by a dragon tattoo across his right shoulder blade; he left.",
            "a dragon tattoo across his right shoulder blade",
        ),
        (
            "The home keeps facial recognition photos of every resident, including my mum.",
            "facial recognition photos",
        ),
        (
            "Please share my dad's appeal: https://www.justgiving.com/crowdfunding/dad-kidney?ref=fb",
            "https://www.justgiving.com/crowdfunding/dad-kidney?ref=fb",
        ),
        (
            "Send the invoice to P.O. Box 1182, Kingston, ON K7L 4X3, it's my father's mailbox.",
            "P.O. Box 1182, Kingston, ON K7L 4X3",
        ),
        (
            "I live at Av. Reforma 350, Piso 4, Juárez, 06600 CDMX and need a doctor.",
            "Av. Reforma 350, Piso 4, Juárez, 06600 CDMX",
        ),
        (
            "My new address: Calle Hidalgo 215, Col. Centro, 44100 Guadalajara. Send it there.",
            "Calle Hidalgo 215, Col. Centro, 44100 Guadalajara",
        ),
        (
            "We moved to 22 Lindenweg, 3012 Bern in May and my daughter needs a doctor.",
            "22 Lindenweg, 3012 Bern",
        ),
        # (guard-extents3) an address a stronger finding overlaps after its street keeps its
        # part before it ("ID 83706" read as a labelled id)
        (
            "My son Tyler got his braces; we live at 4410 Ridgeview Ln, Boise, ID 83706.",
            "4410 Ridgeview Ln, Boise, ID 83706",
        ),
        # a unit's number is no labelled record
        (
            "my son Kai, who lives at 100 King Street West, Unit 1204, Toronto, ON M5X 1C7.",
            "100 King Street West, Unit 1204, Toronto, ON M5X 1C7",
        ),
        (
            "My mother's home is Rural Route 3, Site 7, Comp 12, Olds, AB T4H 1P4 and she has no phone.",
            "Rural Route 3, Site 7, Comp 12, Olds, AB T4H 1P4",
        ),
        (
            "My address is RR 2, Box 118, Hollister, MO 65672 — my son Cody has a check on Thursday.",
            "RR 2, Box 118, Hollister, MO 65672",
        ),
        (
            "Please post the results to Apartado 44, 29600 Marbella, Málaga for Ana Belén Torres.",
            "Apartado 44, 29600 Marbella, Málaga",
        ),
        (
            "Wei Zhang, Room 1203, Block B, 88 Nathan Road, Tsim Sha Tsui, Kowloon, came in on 8 Jan.",
            "Room 1203, Block B, 88 Nathan Road, Tsim Sha Tsui, Kowloon",
        ),
        (
            "New address for Mrs. Eileen O'Brien: The Old Rectory, Church Lane, Little Snoring, Norfolk NR21 0AY.",
            "The Old Rectory, Church Lane, Little Snoring, Norfolk NR21 0AY",
        ),
        (
            "Please add that Thomas Reilly was seen in A&E at St. James's Hospital, Dublin 8, on Sunday.",
            "St. James's Hospital, Dublin 8",
        ),
        ("My SSN is 123 45 6789, my husband's is 457.55.5462; the office asked.", "457.55.5462"),
        ("His SSN (xxx-xx-4471) is on the form for Derek Owens.", "xxx-xx-4471"),
        ("SSN: ***-**-9921, Alicia Grant, March 2, 1966.", "9921"),
        ("I am Ruth Adeyemi and my SSN ends with 0442.", "0442"),
        ("I'm Grace from Makati and my PhilHealth is 01-234567890-1.", "01-234567890-1"),
        # extent37: the honorific before a name, after the fold ("Doña" is read "Dona");
        # a state's code after the town; a town named for a saint in an address
        ("Doña Chela came in for her new denture on Monday.", "Chela"),
        ("My aunt lives in Clarksdale, MS and needs a ride to dialysis.", "Clarksdale"),
        (
            "Patient Jane Roe, 220 Larch St, Sault Ste. Marie, ON P6A 2E4, had a fall.",
            "220 Larch St, Sault Ste. Marie, ON P6A 2E4",
        ),
    ],
)
def test_the_guard_marks_the_whole_identifier(text: str, whole: str) -> None:
    assert whole in _found(text)


def test_a_whole_address_is_mapped_back_to_the_original_text() -> None:
    # a zero-width space inside the street: offsets are the original text's
    text = "My dad lives at 12 El\u200bm Road, Leeds LS6 2AB since May."
    assert "12 El\u200bm Road, Leeds LS6 2AB" in _found(text)


@pytest.mark.parametrize(
    "text",
    [
        "Laser removal of a tattoo takes six to ten sessions.",
        "Do tattoos affect an MRI scan?",
        "For appointments ring 01632 960 123 between 8am and 6pm.",
        "Parking is free at 742 Evergreen Terrace behind the surgery.",
        "Read our guide at https://www.example-dental.com/blog/how-to-floss?utm_source=news",
        "Our Instagram is https://www.instagram.com/brightsmiledental/",
        "The NHS helpline is 111, dial it if your tooth pain spreads to your jaw.",
        "Need a repeat prescription? Ring the pharmacy on 0161 496 0500.",
        "Patients can call 617-555-0100 for same-day appointments.",
        "An NHS number is 10 digits, like 943 476 5919, and is printed on your letters.",
        "How to write a UK number: 020 7946 0958, with the area code first.",
        "Our invoice reference is 2024 00871 for the new X-ray unit.",
        # (the tagger's place inside its address, widened, goes with the address's veto)
        "Send your completed forms to PO Box 4471, Alice Springs NT 0871, the health"
        " service's mail room.",
        "Our sister practice in Mexico is at Av. Insurgentes Sur 1602.",
        "SW1A 1AA belongs to Buckingham Palace, not to a home.",
        # guard-spans, second round: a mark on a side no one has, a blank marks field,
        # public links with a query or a short domain
        "Can laser treatment remove a tattoo on the left wrist?",
        "Identifying marks: none.",
        "Register for the webinar at https://events.example.org/2024/oral-health-week?ref=news",
        "The podcast episode youtu.be/dQw4w9WgXcQ covers sleep apnoea.",
        "The study is at https://pubmed.ncbi.nlm.nih.gov/31415926/ if you want the details.",
        "Template link: https://yourwebsite.com/book?patient=NAME",
        # a registry's number of a clinic, a quote for a sale (a_business_number)
        "Quote reference Q-2024-118 when you ask about group bookings.",
        "Our CQC location ID is 1-123456789.",
        # a shop's or a firm's address (an organisation's cue)
        "Returns go to Unit 4, Riverside Industrial Estate, Hull HU9 1PT.",
        "Pharmacy hours at 77 Main St, Springfield, are 9 to 6.",
        # a mark no one is said to have, or one that is gone (biometric.mark_of_someone)
        "Everyone has a birthmark somewhere.",
        "If your child has a birthmark, see a GP.",
        "He had a tattoo removed last year.",
        # a doctor's name in the practice's link is no patient's (url.names_person)
        "Follow Dr. Smith at www.smithdental.com for tips.",
        "Read the NHS guidance at https://www.nhs.uk/conditions/croup/ before you come in.",
        # a lower-case everyday word after "I'm" or "patient" is no name (name.lower_given)
        "I'm claustrophobic, so can I have an open MRI?",
        "The ISBN of our patient leaflet book is 978-0-14-103614-4.",
        "Ask your GP for a referral for physiotherapy after the operation.",
    ],
)
def test_marks_and_an_organisations_lines_and_addresses_are_no_ones(text: str) -> None:
    assert _found(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "Send Donna Reyes's forms to PO Box 4471, Alice Springs NT 0871",
        "Our patient Donna Reyes: PO Box 4471, Alice Springs NT 0871",
    ],
)
def test_a_named_persons_post_box_stays_phi(text: str) -> None:
    assert "PO Box 4471, Alice Springs NT 0871" in _found(text)


# -- guard-recall (issue 14): places, addresses and marks read whole -------------------------
@pytest.mark.parametrize(
    ("text", "whole"),
    [
        # geo.hyphenated_town
        (
            "We live in Kirkby-in-Ashfield and my son's referral keeps getting lost.",
            "Kirkby-in-Ashfield",
        ),
        # geo.town_after_in: a care place found by itself, and its town
        (
            "I had my baby at St. Luke's in Bethlehem and the midwife was amazing.",
            "St. Luke's in Bethlehem",
        ),
        # geo.place_of_a_kind_before: a workplace or care place before " in " and the town
        (
            "My husband is on dialysis at the DaVita centre in Hialeah.",
            "DaVita centre in Hialeah",
        ),
        ("Pieter de Vries works at Philips in Eindhoven.", "Philips in Eindhoven"),
        # the flat before a named building before the street
        (
            "Please send the equipment to Flat 2, Hillcrest House, 14 Mill Lane, Otley LS21 3AB.",
            "Flat 2, Hillcrest House, 14 Mill Lane, Otley LS21 3AB",
        ),
        # a flat by its letter, then the town and postcode
        (
            "Please send it to 14 Elm Grove, Flat B, Sheffield S10 2HR, it's for my dad.",
            "14 Elm Grove, Flat B, Sheffield S10 2HR",
        ),
        # a facial image of someone is a biometric (biometric.mention)
        ("The clinic took my son's fingerprints and a facial image at check-in.", "facial image"),
    ],
)
def test_guard_recall_reads_places_and_addresses_whole(text: str, whole: str) -> None:
    assert whole in _found(text), _found(text)


@pytest.mark.parametrize(
    "text",
    [
        # a town's month and a hospital in the news stay clean; a model's name is no serial
        "Royal Derby Hospital opened a new cancer wing this week, the local paper reports.",
        "The Mayo Clinic in Rochester, Minnesota is one of the biggest hospitals in the US.",
        "The recall for pump model MMT-1780 is on the FDA's website.",
        "Apple explains how it stores facial recognition data on its support page.",
    ],
)
def test_guard_recall_look_alikes_stay_clean(text: str) -> None:
    assert _found(text) == []


# guard-extent: another language's article before a day's number is no part of the date,
# and a care place's own name and the town after its " in " are two places.
@pytest.mark.parametrize(
    ("text", "found", "whole"),
    [
        ("Mi madre ingresó el 3 de marzo en urgencias.", "el 3 de marzo", "3 de marzo"),
        ("Mio padre è nato il 7 luglio 1948 a Bari.", "il 7 luglio 1948", "7 luglio 1948"),
        ("Ma fille est née le 5 mai 2017 à Lyon.", "le 5 mai 2017", "5 mai 2017"),
        # not before a word: "the", "den" and "el" before no number stay as they were
        ("Min son föddes den 5 mars i Umeå.", "den 5 mars", "den 5 mars"),
        ("She came on the 3rd with pain.", "on the 3rd", "the 3rd"),
    ],
)
def test_date_trim_edges_drops_an_article_abroad(text: str, found: str, whole: str) -> None:
    start = text.index(found)
    a, b = extents.date_trim_edges(text, start, start + len(found))
    assert text[a:b] == whole


@pytest.mark.parametrize(
    ("text", "place", "town"),
    [
        (
            "My father was treated at Mayo Clinic in Rochester for his cancer.",
            "Mayo Clinic",
            "Rochester",
        ),
        (
            "Mum is at Brookside Care Home in Kettering since her fall.",
            "Brookside Care Home",
            "Kettering",
        ),
        (
            "My son was born at St Vincent's Hospital in Darlinghurst in 2019.",
            "St Vincent's Hospital",
            "Darlinghurst",
        ),
    ],
)
def test_a_care_place_and_its_town_are_two_places(text: str, place: str, town: str) -> None:
    found = _found(text)
    assert place in found and town in found
    assert not any(" in " + town in f for f in found)


@pytest.mark.parametrize(
    ("text", "whole"),
    [
        # a kind of place in lower case, or a place with no care word, keeps its town
        ("My husband works at the DaVita centre in Hialeah on nights.", "DaVita centre in Hialeah"),
        (
            "My brother was treated at St. Luke's in Bethlehem last night.",
            "St. Luke's in Bethlehem",
        ),
    ],
)
def test_a_place_of_a_kind_keeps_its_town(text: str, whole: str) -> None:
    assert any(whole in f for f in _found(text))


def test_split_town_after_in_leaves_a_place_without_a_care_word() -> None:
    text = "works at Sutter Health in Sacramento"
    start = text.index("Sutter")
    assert extents.geo_split_town_after_in(text, start, len(text)) == [(start, len(text))]


@pytest.mark.parametrize(
    ("text", "whole"),
    [
        # a town or an island written with "of" after the street
        (
            "Her letter went to 4 Ramsey Road, Peel, Isle of Man IM5 1AA and never came back.",
            "4 Ramsey Road, Peel, Isle of Man IM5 1AA",
        ),
        (
            "My dad lives at 9 Quay Street, Cowes, Isle of Wight PO31 7AB since June.",
            "9 Quay Street, Cowes, Isle of Wight PO31 7AB",
        ),
        # "of" before no capitalised word ends the town
        ("Mum moved to 12 Elm Road, Leeds of all places.", "12 Elm Road, Leeds"),
    ],
)
def test_a_town_written_with_of_is_read_whole(text: str, whole: str) -> None:
    assert whole in _found(text)


@pytest.mark.parametrize(
    ("text", "whole"),
    [
        # a care place's district after its comma, before a date
        (
            "Rohan Mehta was hospitalised at Lilavati Hospital, Bandra from 03/09/2026 for dengue.",
            "Lilavati Hospital, Bandra",
        ),
        (
            "Chukwuemeka Obi was treated at Reddington Hospital, Victoria Island on 17/10/2026.",
            "Reddington Hospital, Victoria Island",
        ),
    ],
)
def test_a_care_places_district_before_a_date_is_read_whole(text: str, whole: str) -> None:
    assert whole in _found(text)


@pytest.mark.parametrize(
    ("text", "whole"),
    [
        # guard-extents2: a facility read whole, its leading words, its kind and its town
        (
            "My wife Leila Haddad was seen at American University of Beirut Medical Center on "
            "12 Feb and they found a cyst.",
            "American University of Beirut Medical Center",
        ),
        (
            "My daughter Amara Nwosu was admitted to Great Ormond Street Hospital on 6 January.",
            "Great Ormond Street Hospital",
        ),
        (
            "Ana Silva had her bypass at Sunnybrook Health Sciences Centre in Toronto.",
            "Sunnybrook Health Sciences Centre",
        ),
        (
            "Luis Herrera was brought by EMS to University Medical Center El Paso.",
            "University Medical Center El Paso",
        ),
        # a town that begins like a month or a weekday after an address
        (
            "I'm at Apartment 12B, Sunrise Towers, Dubai Marina, can the dentist come to me?",
            "Apartment 12B, Sunrise Towers, Dubai Marina",
        ),
        (
            "Send my mother's records to 221 Rue Sherbrooke, Montreal, QC H2X 1X6 please.",
            "221 Rue Sherbrooke, Montreal, QC H2X 1X6",
        ),
    ],
)
def test_a_facility_and_an_address_are_read_whole(text: str, whole: str) -> None:
    assert whole in _found(text)


def test_a_facilitys_leading_words_stop_at_a_sentence_start_and_a_name() -> None:
    found = _found("Tom Hayes saw Maria at General Hospital. Royal Free Hospital rang Tom Hayes.")
    assert not any(f.startswith("Maria ") for f in found)


# (guard-extents4) An address said to be someone's right before it is theirs, though its
# sentence is in the practice's voice ("we'll resend it") and the name is in another one.
@pytest.mark.parametrize(
    ("text", "whole"),
    [
        (
            "Thanks for your message, Mr Okonkwo. The letter should have gone to 18 Bourdillon"
            " Road, Ikoyi, Lagos 101233; we'll resend it today.",
            "18 Bourdillon Road, Ikoyi, Lagos 101233",
        ),
        (
            "Dear Madame Rousseau, we apologise. Your results were posted to 9 Rue des Lilas,"
            " 69003 Lyon by our team.",
            "9 Rue des Lilas, 69003 Lyon",
        ),
        (
            "Tane Parata rang today. We have his old address at 52 Larkin Avenue, Dunedin 9016;"
            " our team will update the file.",
            "52 Larkin Avenue, Dunedin 9016",
        ),
    ],
)
def test_an_address_said_to_be_someones_is_theirs_in_the_practices_voice(
    text: str, whole: str
) -> None:
    assert whole in _found(text)


@pytest.mark.parametrize(
    "text",
    [
        "Our new address is 88 Harbour Road, Wellington 6011; parking is behind the building.",
        "Please send cheques to our billing office at 40 King Street West, Toronto, ON M5H 3Y2.",
        "Returns go to our warehouse at Unit 5, 14 Mill Road, Cambridge CB1 2AD; our team"
        " processes them weekly.",
    ],
)
def test_an_organisations_own_address_stays_no_ones(text: str) -> None:
    assert not [f for f in find_phi(text) if f.severity == "block"], _found(text)
