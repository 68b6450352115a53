"""The guard-precision round (issue 14): texts the guard blocked that name no patient. A ZIP
code given as a place's figure, an example's address, a contest's winner, the practice's
own families and public figures by their title. Each veto rules out its case and leaves
alone the same words beside a person or an identifier."""

from __future__ import annotations

import pytest

from medsocial_tui.compliance import find_phi
from medsocial_tui.compliance import rules as guard_rules
from medsocial_tui.compliance.context import EMPTY_CONTEXT
from medsocial_tui.compliance.findings import Finding
from medsocial_tui.compliance.identifiers import find_emails, find_urls, placeholder_domain


def _labelled(text: str, label: str) -> list[str]:
    return [text[f.start : f.end] for f in find_phi(text) if f.label == label]


def _finding(text: str, words: str, label: str, rule: str) -> Finding:
    start = text.rindex(words)
    return Finding(start, start + len(words), label, f"found [{rule}]")


# (veto, rules it out?, the words found, the rule that found them, text)
FINDING_CASES = [
    (
        "_a_population_figure",
        True,
        "10001",
        "zip.after_state",
        "ZIP 10001 had the highest flu rate in the city last winter.",
    ),
    (
        "_a_population_figure",
        True,
        "45205",
        "place.postcode_field",
        "Overdose deaths in ZIP code 45205 fell 20% after the county opened two sites.",
    ),
    (
        "_a_population_figure",
        True,
        "94110",
        "place.field",
        "Vaccination rates by ZIP: 94110 at 81%, 94124 at 64%.",
    ),
    (
        "_a_population_figure",
        False,
        "60614",
        "zip.after_state",
        "My mother lives in ZIP 60614, where flu rates are the highest in the city.",
    ),
    (
        "_a_population_figure",
        False,
        "77036",
        "zip.after_state",
        "She moved to ZIP 77036 last month and needs a new endocrinologist.",
    ),
    (
        "_a_population_figure",
        False,
        "10001",
        "zip.after_state",
        "Please send the forms to ZIP 10001 by Friday.",
    ),
    # an address's postcode is the address's, whatever the sentence counts
    (
        "_a_population_figure",
        False,
        "Detroit, MI 48205",
        "address.postal",
        "Cases rose 20% at 412 Oak Street, Detroit, MI 48205.",
    ),
    (
        "_an_example_record",
        True,
        "01/01/1970",
        "date.life_event",
        "Sample record: Name: Jane Doe, DOB: 01/01/1970, MRN: 000000.",
    ),
    (
        "_an_example_record",
        False,
        "03/14/1962",
        "date.life_event",
        "Sample record: Name: Jane Dough, DOB: 03/14/1962.",
    ),
    (
        "_an_example_record",
        False,
        "3/14/1956",
        "date.life_event",
        "Jane Doe, DOB 3/14/1956, was admitted unconscious last night.",
    ),
    (
        "_contest_winner",
        True,
        "@mike_runs_far",
        "handle.at",
        "Congrats to @mike_runs_far for winning our spring photo contest!",
    ),
    (
        "_contest_winner",
        False,
        "@mike_runs_far",
        "handle.at",
        "Congrats to @mike_runs_far on finishing his braces treatment!",
    ),
    # (read 119-122) a question about a giveaway announces no winner
    (
        "_contest_winner",
        False,
        "@jaylen.hoops",
        "handle.at",
        "hey its jaylen from @jaylen.hoops on insta, you guys still doing the whitening giveaway?",
    ),
]
# the guard-spans round: an organisation's line or address, a number to call
FINDING_CASES += [
    (
        "_an_organisations_line",
        True,
        "01632 960 123",
        "phone.international",
        "For appointments ring 01632 960 123 between 8am and 6pm.",
    ),
    (
        "_an_organisations_line",
        True,
        "0161 496 0500",
        "phone.international",
        "Need a repeat prescription? Ring the pharmacy on 0161 496 0500.",
    ),
    (
        "_an_organisations_line",
        True,
        "0345 600 4321",
        "phone.international",
        "Questions about your bill? Call our billing team on 0345 600 4321.",
    ),
    (
        "_an_organisations_line",
        False,
        "0161 496 0018",
        "phone.international",
        "Ring the pharmacy on 0161 496 0018, that's my mother's mobile.",
    ),
    (
        "_an_organisations_line",
        False,
        "0412 345 678",
        "phone.international",
        "Your dentures are ready; call us when you can, or we'll ring 0412 345 678.",
    ),
    (
        "_an_organisations_address",
        True,
        "742 Evergreen Terrace",
        "address.street",
        "Parking is free at 742 Evergreen Terrace behind the surgery.",
    ),
    (
        "_an_organisations_address",
        True,
        "Calle de Alcalá 42, 28014 Madrid",
        "address.foreign",
        "Our Madrid branch is at Calle de Alcalá 42, 28014 Madrid.",
    ),
    # (addresses59) a loan or a let on the address, the reader's address on the firm's file
    (
        "_an_organisations_address",
        False,
        "2380 Pebble Creek Ln",
        "address.postal",
        "loan officer: Devon at the branch, ext 214, about the mortgage on 2380 Pebble Creek Ln",
    ),
    (
        "_an_organisations_address",
        True,
        "118 Juniper Hollow Rd",
        "address.postal",
        "The branch at 118 Juniper Hollow Rd handles mortgages and savings, Mon to Fri 9-5.",
    ),
    (
        "_an_organisations_address",
        False,
        "9 Calle Olmo, Sevilla",
        "address.foreign",
        "We have you down at 9 Calle Olmo, Sevilla for the posted kit, is that still right?",
    ),
    (
        "_an_organisations_address",
        False,
        "27 Wattle St",
        "address.postal",
        "Party details: it's at our place, 27 Wattle St, Leichhardt, the pharmacy crew are coming.",
    ),
    (
        "_an_organisations_address",
        True,
        "14 Banksia Rd",
        "address.postal",
        "Come to our place, 14 Banksia Rd, Mullumbimby, the bakery's open from 7 every Saturday.",
    ),
    (
        "_an_organisations_address",
        False,
        "4 Church Lane, Little Snoring",
        "address.postal",
        "Our home address for the wheelchair delivery is 4 Church Lane, Little Snoring.",
    ),
    (
        "_an_organisations_address",
        False,
        "742 Evergreen Terrace",
        "address.street",
        "The patient resides at 742 Evergreen Terrace, behind the surgery.",
    ),
    (
        "_a_number_to_call",
        True,
        "111",
        "age.over_89",
        "The NHS helpline is 111, dial it if your tooth pain spreads.",
    ),
    (
        "_a_number_to_call",
        False,
        "101",
        "age.over_89",
        "My grandfather turned 101 and still has his own teeth.",
    ),
]
FINDING_CASES += [
    # (clean99) a price list's day, not a person's fees' day
    (
        "_a_price_lists_day",
        True,
        "1 July",
        "date.person_sentence",
        "Prices from 1 July: check-up £60, child check-up free.",
    ),
    (
        "_a_price_lists_day",
        False,
        "3 May",
        "date.person_sentence",
        "my fees from 3 May were never refunded, my son was seen twice",
    ),
    (
        "_a_facility_honoured",
        True,
        "Mercy General Hospital",
        "facility.named",
        "Mercy General Hospital was named a top stroke centre this year.",
    ),
    (
        "_a_facility_honoured",
        False,
        "Mercy General Hospital",
        "facility.named",
        "My dad, named after his uncle, was admitted to Mercy General Hospital.",
    ),
    (
        "_an_organisations_address",
        True,
        "40 Harbour Road, Cork",
        "address.street",
        "Lakeside Clinic moved to 40 Harbour Road, Cork in March.",
    ),
    (
        "_an_organisations_line",
        True,
        "020 7946 0111",
        "phone.international",
        "Book with Dr. Lee on 020 7946 0111.",
    ),
]
# the review round: a family's move is no organisation's address; an age after a phone word
FINDING_CASES += [
    (
        "_an_organisations_address",
        False,
        "14 Oak Street, Leeds LS6 2AB",
        "address.street",
        "We moved to 14 Oak Street, Leeds LS6 2AB last week.",
    ),
    (
        "_an_organisations_address",
        False,
        "14 Oak Street",
        "address.street",
        "Our new place is 14 Oak Street, come over any time.",
    ),
    (
        "_an_organisations_address",
        True,
        "14 Oak Street",
        "address.street",
        "Our office has moved to 14 Oak Street, opening Monday at 9am.",
    ),
    (
        "_an_organisations_address",
        True,
        "14 Oak Street",
        "address.street",
        "Our office at 14 Oak Street opens at 9am.",
    ),
    (
        "_a_number_to_call",
        False,
        "97",
        "age.over_89",
        "The lady on the phone is 97 years old and still drives.",
    ),
    (
        "_a_number_to_call",
        True,
        "111",
        "age.over_89",
        "Ring 111 old or young, the line is free.",
    ),
]
# guard-precision, second round: whose value it is — an organisation's kind or desk, an
# example's sentence, a private network, a date of history, an organisation's ZIP code
FINDING_CASES += [
    (
        "_an_organisations_line",
        True,
        "+254 20 366 3000",
        "phone.international",
        "The Canadian High Commission in Nairobi answers on +254 20 366 3000.",
    ),
    (
        "_an_organisations_line",
        True,
        "+353 1 555 0144",
        "phone.shaped",
        "Shop hours: Mon–Sat 9–6. Tel. +353 1 555 0144.",
    ),
    (
        "_an_organisations_line",
        True,
        "02 5555 0123",
        "phone.international",
        "Telefono della farmacia di turno: 02 5555 0123 (Milano).",
    ),
    (
        "_an_organisations_line",
        False,
        "+254 722 555 010",
        "phone.international",
        "I work at the Canadian High Commission; my personal mobile is +254 722 555 010.",
    ),
    (
        "_an_organisations_address",
        True,
        "Kungsgatan 14",
        "address.foreign",
        "The bakery at Kungsgatan 14 in Stockholm sells the best cardamom buns.",
    ),
    (
        "_an_example_in_its_sentence",
        True,
        "+55 11 91234-5678",
        "phone.shaped",
        "Example: a Brazilian mobile is written +55 11 91234-5678.",
    ),
    (
        "_an_organisations_line",
        True,
        "045 555 019",
        "phone.international",
        "Our new showroom: 14 Industrial Estate Road, Naas, Co. Kildare. Tel 045 555 019.",
    ),
    (
        "_an_example_in_its_sentence",
        True,
        "0113 496 0001",
        "phone.international",
        "Sample invoice: Acme Ltd, 12 Trade Street, Leeds LS1 4AB, tel. 0113 496 0001.",
    ),
    (
        "_an_example_in_its_sentence",
        False,
        "+33 6 12 34 56 79",
        "phone.international",
        "The tutorial's number was only an example, but mine is real: +33 6 12 34 56 79.",
    ),
    (
        "_an_organisations_day",
        True,
        "3 March 2026",
        "date.first_person_full",
        "I'm delighted to announce that on 3 March 2026 the library reopens after its refit.",
    ),
    (
        "_an_organisations_day",
        True,
        "1 May 1995",
        "date.life_event",
        "The company was born on 1 May 1995 in a Dublin garage.",
    ),
    (
        "_an_organisations_day",
        False,
        "3 March 2026",
        "date.first_person_full",
        "I got married on 3 March 2026 at our church.",
    ),
    (
        "_an_organisations_day",
        False,
        "12 June 2025",
        "date.first_person_full",
        "I had my knee surgery on 12 June 2025 at the county hospital.",
    ),
    (
        "_a_date_long_past",
        True,
        "4 July 1776",
        "date.life_event",
        "Born on 4 July 1776, the United States celebrates its birthday with fireworks.",
    ),
    (
        "_a_date_long_past",
        False,
        "3 March 1852",
        "date.life_event",
        "My great-grandfather was born on 3 March 1852 in Cork.",
    ),
    (
        "_a_shared_network_address",
        True,
        "192.168.0.1",
        "ip.address",
        "The router's default address is 192.168.0.1; change the admin password.",
    ),
    (
        "_a_shared_network_address",
        False,
        "192.168.1.23",
        "ip.address",
        "My laptop's address is 192.168.1.23 and the portal blocks me.",
    ),
    (
        "_an_organisations_address_part",
        True,
        "45402",
        "zip.after_state",
        "Our warehouse at 1200 Industrial Pkwy, Dayton, OH 45402 ships Monday to Friday.",
    ),
    (
        "_an_organisations_address_part",
        False,
        "45402",
        "zip.after_state",
        "I live at 1200 Industrial Pkwy, Dayton, OH 45402 with my son.",
    ),
]

# the guard-clean round: a business's own numbers, tickets and orders
FINDING_CASES += [
    (
        "_a_business_own_number",
        True,
        "DH-44812",
        "record.labelled",
        "Our clinic's licence number is DH-44812; it is displayed at reception.",
    ),
    (
        "_a_business_own_number",
        True,
        "48213",
        "id.labelled",
        "Ticket #48213 (printer in room 3) has been closed by our IT provider.",
    ),
    (
        "_a_business_own_number",
        True,
        "CLM-88412",
        "id.labelled",
        "Our supplier claim reference is CLM-88412; the new autoclave arrives Monday.",
    ),
    (
        "_a_business_own_number",
        False,
        "SR-448120",
        "id.labelled",
        "My ticket number is SR-448120 and my glucose meter is still broken.",
    ),
    (
        "_a_business_own_number",
        False,
        "CLM-88412",
        "id.labelled",
        "My claim number is CLM-88412 and the insurer still won't pay for my crown.",
    ),
    (
        "_a_business_own_number",
        False,
        "DH-44812",
        "record.labelled",
        "Our clinic's licence number is DH-44812, the nurse wrote on my mother's form.",
    ),
]

# a condition put to every reader is a group's day
FINDING_CASES += [
    (
        "_a_date_for_a_group",
        True,
        "Monday 3 March",
        "date.tied_to_person",
        "If your appointment was on Monday 3 March, we will ring you to rebook.",
    ),
    (
        "_a_date_for_a_group",
        False,
        "3 March",
        "date.life_event",
        "My husband was admitted on 3 March. If your clinic has his notes, call me.",
    ),
]

# a public body's casework or a court's case; the practice's own registrations
FINDING_CASES += [
    (
        "_an_organisations_paper",
        True,
        "2023-CV-01182",
        "record.labelled",
        "Case number 2023-CV-01182, the class action against the toothpaste maker, settles.",
    ),
    (
        "_an_organisations_paper",
        True,
        "OMB-22-0412",
        "id.labelled",
        "Complaints go to the Ombudsman by post; quote case reference OMB-22-0412.",
    ),
    (
        "_an_organisations_paper",
        False,
        "2023-CV-01182",
        "record.labelled",
        "Case number 2023-CV-01182 is my lawsuit against the dentist.",
    ),
    (
        "_an_organisations_paper",
        True,
        "DN-0925",
        "id.labelled",
        "Job ad: dental nurse wanted, salary £26,000. Ref: DN-0925. Apply by 15 August.",
    ),
    (
        "_an_organisations_paper",
        False,
        "88412",
        "id.labelled",
        "My claim for my crown was denied by the insurer. Ref: 88412. Please help.",
    ),
    (
        "_an_organisations_paper",
        True,
        "POL-558812",
        "record.labelled",
        "Policy number POL-558812 covers our professional indemnity.",
    ),
    (
        "_an_organisations_paper",
        True,
        "12345678",
        "record.labelled",
        "Account no. 12345678, sort code 12-34-56: pay invoices here.",
    ),
    (
        "_an_organisations_paper",
        False,
        "12345678",
        "record.labelled",
        "Account no. 12345678 is my son's at the hospital.",
    ),
    (
        "_a_business_own_number",
        True,
        "1-987654321",
        "id.labelled",
        "Our CQC provider ID is 1-123456789 and our location ID is 1-987654321.",
    ),
    # (clean8b) a business's accreditation, and what it is certified as
    (
        "_a_business_own_number",
        True,
        "PEH-2023-0456",
        "record.labelled",
        "Sir, our NABH accreditation certificate number is PEH-2023-0456.",
    ),
    (
        "_a_business_own_number",
        True,
        "55D5550123",
        "record.labelled",
        "Our lab is CLIA-certified, certificate number 55D5550123.",
    ),
    (
        "_a_business_own_number",
        False,
        "CPR-55120",
        "record.labelled",
        "I'm CPR-certified, certificate number CPR-55120; can I volunteer?",
    ),
    (
        "_a_business_own_number",
        False,
        "4471 2209",
        "id.labelled",
        "Our family account number is 4471 2209.",
    ),
]

# (ids55) one person's side of a court's paper
FINDING_CASES += [
    (
        "_an_organisations_paper",
        False,
        "24-CV-118",
        "id.labelled",
        "Court notice: case no. 24-CV-118, Harlow v. Mensah, hearing 3 March.",
    ),
    (
        "_an_organisations_paper",
        True,
        "2019-CV-4471",
        "id.labelled",
        "Court ruling: case no. 2019-CV-4471, Smith v. Jones, is the landmark precedent.",
    ),
]

# an organisation's account, licence or record; a workplace or a cause
FINDING_CASES += [
    (
        "_an_organisations_paper",
        True,
        "4410-2299",
        "record.labelled",
        "Account 4410-2299 is the parish hall fund; donations are welcome.",
    ),
    (
        "_an_organisations_paper",
        True,
        "2024/0087",
        "id.labelled",
        "Licence number 2024/0087 was granted to the café for outdoor seating.",
    ),
    (
        "_an_organisations_paper",
        False,
        "1234567",
        "id.labelled",
        "Student ID 1234567 at the university is needed for the flu clinic.",
    ),
    (
        "_an_organisations_paper",
        False,
        "5512-0091",
        "record.labelled",
        "The charity's account 5512-0091 is for my son's treatment.",
    ),
    (
        "_an_insurers_name",
        True,
        "Discovery Health",
        "facility.named",
        "My plan is with Discovery Health and they refused the crown.",
    ),
    (
        "_an_insurers_name",
        True,
        "Laya",
        "place.rare_word",
        "I switched to Laya last year, will they pay for braces?",
    ),
    (
        # a name on the list in a sentence about no cover: a place as found
        "_an_insurers_name",
        False,
        "Jubilee",
        "place.office_in",
        "My gran lives in Jubilee and walks to the shops every morning.",
    ),
    (
        # a place that merely holds an insurer's name is no insurer
        "_an_insurers_name",
        False,
        "Kaiser Street Clinic",
        "facility.named",
        "Her claim was paid after she was seen at Kaiser Street Clinic.",
    ),
    (
        "_a_workplace_or_a_cause",
        True,
        "Harbourside Dental",
        "facility.named",
        "I'm Aroha Ngata, practice manager at Harbourside Dental.",
    ),
    (
        "_a_workplace_or_a_cause",
        True,
        "St Wilfrid's Hospice",
        "facility.named",
        "Our summer fete raised £1,240 for St Wilfrid's Hospice.",
    ),
    (
        "_a_workplace_or_a_cause",
        False,
        "Mercy Hospital",
        "facility.named",
        "My mum, a nurse at Mercy Hospital, was admitted there last night.",
    ),
    (
        "_a_workplace_or_a_cause",
        False,
        "St Wilfrid's Hospice",
        "facility.named",
        "We raised £300 for St Wilfrid's Hospice, where my dad died in May.",
    ),
]

# a business's mailbox named for what it sells or runs
FINDING_CASES += [
    (
        "_an_organisations_mailbox",
        True,
        "farmshop@greenvalley.co.uk",
        "email.address",
        "Green Valley Farm Shop, open daily 8–6, farmshop@greenvalley.co.uk",
    ),
    (
        "_an_organisations_mailbox",
        True,
        "retreat@olive.gr",
        "email.address",
        "Bookings for the yoga retreat: retreat@olive.gr",
    ),
    (
        "_an_organisations_mailbox",
        False,
        "jsmith@olive.gr",
        "email.address",
        "Bookings for the yoga retreat: jsmith@olive.gr",
    ),
    (
        "_an_organisations_mailbox",
        False,
        "retreat@gmail.com",
        "email.address",
        "Bookings for the yoga retreat: retreat@gmail.com",
    ),
    (
        "_an_organisations_mailbox",
        False,
        "retreat@olive.gr",
        "email.address",
        "My sister runs the yoga retreat: retreat@olive.gr",
    ),
]

# a day for a group, not for one person
FINDING_CASES += [
    (
        "_a_date_for_a_group",
        True,
        "30 April",
        "date.person_sentence",
        "Every patient who books by 30 April gets a free electric brush.",
    ),
    (
        "_a_date_for_a_group",
        True,
        "1 January 1960",
        "date.life_event",
        "Anyone born before 1 January 1960 is eligible for the shingles vaccine.",
    ),
    (
        "_a_date_for_a_group",
        False,
        "3 March",
        "date.life_event",
        "All my children were born on 3 March.",
    ),
    (
        "_a_date_for_a_group",
        False,
        "3 March",
        "date.person_sentence",
        "The patient was admitted on 3 March.",
    ),
    # (vetoes55) a birth date's label says whose the day is, whoever is asked
    (
        "_a_date_for_a_group",
        False,
        "11-30-1958",
        "date.life_event",
        "DOB 11-30-1958, referred for full mouth extraction, anyone have a protocol?",
    ),
    (
        "_a_date_for_a_group",
        False,
        "4 June 1947",
        "date.life_event",
        "Date of birth 4 June 1947, do all patients on warfarin need an INR before a filling?",
    ),
    # guard-places (place_vetoes.py): a news report's unnamed person, a town's things, a
    # trip's destination, the practice's own branch; each beside someone's own, kept
    (
        "_a_news_report",
        True,
        "Salford Royal",
        "facility.care_move",
        "A man in his forties was taken to Salford Royal after the fire, the fire service said.",
    ),
    (
        "_a_news_report",
        True,
        "north London",
        "place.gazetteer",
        "LONDON — Hospitals in north London cancelled routine operations on Tuesday.",
    ),
    (
        "_a_news_report",
        False,
        "Salford Royal",
        "facility.care_move",
        "My dad was taken to Salford Royal after the fire, the fire service said.",
    ),
    (
        "_a_news_report",
        False,
        "Salford Royal",
        "facility.care_move",
        "He was taken to Salford Royal after the fire and still can't speak.",
    ),
    (
        "_a_towns_things",
        True,
        "Mexico City",
        "place.gazetteer",
        "Is the tap water in Mexico City safe to rinse my mouth with after an extraction?",
    ),
    (
        "_a_towns_things",
        True,
        "Toronto",
        "place.gazetteer",
        "Which clinics in Toronto offer same-day emergency appointments?",
    ),
    (
        "_a_towns_things",
        False,
        "Toronto",
        "place.gazetteer",
        "The clinics in Toronto would not see my mum after her fall.",
    ),
    (
        "_a_towns_things",
        False,
        "Leeds",
        "place.office_in",
        "My son lives in Leeds and has toothache.",
    ),
    (
        "_a_trip_destination",
        True,
        "Denver",
        "place.office_in",
        "Can I fly to Denver two days after a tooth extraction?",
    ),
    (
        "_a_trip_destination",
        False,
        "Houston",
        "place.office_in",
        "I flew to Houston for my surgery at MD Anderson.",
    ),
    (
        "_a_trip_destination",
        False,
        "Lima",
        "place.office_in",
        "I'm travelling to Lima to see my mum, who has dementia.",
    ),
    (
        "_our_branch",
        True,
        "Galway",
        "place.office_in",
        "Our sister practice in Galway is on Shop Street, beside the cathedral.",
    ),
    (
        "_our_branch",
        False,
        "Leeds",
        "place.office_in",
        "Our son's clinic in Leeds has lost his X-rays.",
    ),
    (
        "_a_weather_report",
        True,
        "Cornwall",
        "place.gazetteer",
        "Storm Ciarán will bring 80mph winds to Cornwall on Thursday, so appointments may move.",
    ),
    (
        "_a_weather_report",
        False,
        "Cornwall",
        "place.gazetteer",
        "My mum lives in Cornwall and the storm cut her power on Thursday.",
    ),
    (
        "_a_named_places_address",
        True,
        "1600 Pennsylvania Avenue NW, Washington, DC 20500",
        "address.street",
        "The White House is at 1600 Pennsylvania Avenue NW, Washington, DC 20500.",
    ),
    (
        "_a_named_places_address",
        True,
        "20500",
        "zip.after_state",
        "The White House is at 1600 Pennsylvania Avenue NW, Washington, DC 20500.",
    ),
    (
        "_a_named_places_address",
        True,
        "455 Main St, Springfield",
        "address.street",
        "Your prescription is ready to collect at Walgreens, 455 Main St, Springfield.",
    ),
    (
        "_a_named_places_address",
        False,
        "12 Elm Road, Leeds LS6 2AB",
        "address.street",
        "Deliver the bed to Keller, 12 Elm Road, Leeds LS6 2AB.",
    ),
    (
        "_a_named_places_address",
        False,
        "12 Church Street, Ewell",
        "address.street",
        "Please visit my mother at Rose Cottage, 12 Church Street, Ewell.",
    ),
    (
        "_in_a_story",
        True,
        "4 Privet Drive, Little Whinging",
        "address.street",
        "In the novel, Harry Potter lives at 4 Privet Drive, Little Whinging, with his aunt.",
    ),
    (
        "_in_a_story",
        False,
        "4 Privet Drive, Little Whinging",
        "address.street",
        "In the novel my son is reading, we live at 4 Privet Drive, Little Whinging.",
    ),
    (
        "_a_place_for_a_group",
        True,
        "St Mary's Hospital",
        "facility.named",
        "Patients treated at St Mary's Hospital in 2019 are invited to take part in a survey.",
    ),
    (
        "_a_place_for_a_group",
        False,
        "St Mary's Hospital",
        "facility.named",
        "My mum and other patients treated at St Mary's Hospital were sent home early.",
    ),
    (
        "_where_you_go",
        True,
        "3-7-1 Nishi-Shinjuku, Shinjuku-ku, Tokyo 163-0890",
        "address.block_numbered",
        "When you arrive at 3-7-1 Nishi-Shinjuku, Shinjuku-ku, Tokyo 163-0890, take the lift.",
    ),
    (
        "_where_you_go",
        False,
        "14 Elm Road",
        "address.street",
        "When you arrive at 14 Elm Road, my mum will let you in; she lives on the ground floor.",
    ),
    (
        "_a_venues_town",
        True,
        "Lisbon",
        "place.gazetteer",
        "I found a great vegan café on Rua da Prata in Lisbon, by the way!",
    ),
    (
        "_a_venues_town",
        False,
        "Lisbon",
        "place.gazetteer",
        "My daughter lives above a café in Lisbon and has toothache.",
    ),
    # fame_vetoes.py (clean10): an almanac's entry
    (
        "_an_almanac_entry",
        True,
        "Dec 2, 1982",
        "date.tied_to_person",
        "Today in history — Dec 2, 1982: Barney Clark became the first person to receive a"
        " permanent artificial heart at the University of Utah.",
    ),
    (
        "_an_almanac_entry",
        True,
        "Boston",
        "place.after_preposition",
        "On this day in 1954, a surgeon performed the first kidney transplant in Boston.",
    ),
    (
        "_an_almanac_entry",
        False,
        "2 Dec 1982",
        "date.person_sentence",
        "Today in history for our family: my dad got his new heart on 2 Dec 1982 in Utah.",
    ),
    (
        "_an_almanac_entry",
        False,
        "3 March 2024",
        "date.person_sentence",
        "Today in history: Tom Reyes was seen at Mercy General on 3 March 2024.",
    ),
    # fame_vetoes.py (guard-fame)
    (
        "_a_historic_life",
        True,
        "9 April 1929",
        "date.life_event",
        "Today we remember Dr Samuel Okafor, born 9 April 1929 in Lagos, whose foundation has"
        " restored sight to millions.",
    ),
    (
        "_a_historic_life",
        True,
        "Paisley",
        "place.rare_word",
        "Local history: Agnes McTavish was born on 12 May 1820 in Paisley.",
    ),
    (
        "_a_historic_life",
        False,
        "9 April 1929",
        "date.life_event",
        "Today we remember my gran, born 9 April 1929 in Lagos, who founded the choir.",
    ),
    (
        "_a_historic_life",
        False,
        "3 March 1931",
        "date.life_event",
        "Mr Okafor, born 3 March 1931, needs his denture relined before Friday.",
    ),
    (
        "_a_place_named_after",
        True,
        "Ellison Street",
        "street.no_number",
        "Ellison Street is named after Margaret Ellison, the town's first nurse.",
    ),
    (
        "_a_place_named_after",
        False,
        "Ellison Street",
        "street.no_number",
        "My mum lives on Ellison Street and can't get to the surgery.",
    ),
    # (guard-shortclean6) a public figure's age, named just before it; not someone's own
    (
        "_a_public_figures_age",
        True,
        "100",
        "age.over_89",
        "Jimmy Carter, 100, showed us hospice can be a long, peaceful chapter.",
    ),
    (
        "_a_public_figures_age",
        True,
        "99",
        "age.stated",
        "Betty White was 99 when she died; what a life.",
    ),
    (
        "_a_public_figures_age",
        False,
        "99",
        "age.stated",
        "My gran, like Betty White, is 99 and still sharp.",
    ),
    (
        "_a_public_age",
        True,
        "100th birthday",
        "age.over_89",
        "Happy 100th birthday to the practice building!",
    ),
    (
        "_a_public_age",
        True,
        "99",
        "age.over_89",
        "Sir Graham Tenterden turned 99 this year and still swims every morning.",
    ),
    (
        "_a_public_age",
        True,
        "101-year-old",
        "age.over_89",
        "A 101-year-old pensioner spoke to the BBC about his dentures, the press office said.",
    ),
    (
        "_a_public_age",
        False,
        "99",
        "age.stated",
        "My gran Edna Whitlock turned 99 on Tuesday and is in St Mary's.",
    ),
    (
        "_a_public_age",
        False,
        "99",
        "age.stated",
        "Sir, my father turned 99 on Sunday and his denture no longer fits.",
    ),
    (
        "_a_public_age",
        True,
        "120 years old",
        "age.over_89",
        "The town hall clock is 120 years old today; the team went out to hear it strike noon.",
    ),
    (
        "_a_public_persons_place",
        True,
        "Rio de Janeiro",
        "place.after_preposition",
        "Brazilian physician Oswaldo Cruz led the campaign against yellow fever in Rio de Janeiro.",
    ),
    (
        "_a_public_persons_place",
        False,
        "Cork",
        "place.after_preposition",
        "Our patient, Irish boxer Liam Doherty, was seen in Cork on 3 May.",
    ),
    # guard-places2 (place_vetoes.py): a public figure's day, a reader's question, a
    # clinician's town, an event's venue; each beside one of ours, kept
    (
        "_a_public_figures",
        True,
        "September 2022",
        "date.life_event",
        "Novelist Hilary Mantel died in September 2022 at the age of 70.",
    ),
    (
        "_a_public_figures",
        False,
        "4 December",
        "date.person_sentence",
        "My grandfather, a retired footballer Pelé fan, was admitted on 4 December.",
    ),
    (
        "_asked_of_readers",
        True,
        "Leeds",
        "place.gazetteer",
        "Lives in Leeds? The council runs free blood pressure checks.",
    ),
    (
        "_asked_of_readers",
        False,
        "Leeds",
        "place.office_in",
        "My mum lives in Leeds? No, she moved to Hull.",
    ),
    (
        "_a_clinicians_practice",
        True,
        "Bradford",
        "place.town_suffix",
        "She practises in Bradford and writes for the BMJ.",
    ),
    (
        "_a_clinicians_practice",
        False,
        "Leeds",
        "place.gazetteer",
        "My son practises in Leeds and broke a tooth.",
    ),
    (
        "_an_events_venue",
        True,
        "300 Beacon St, Boston",
        "address.street",
        "72 people attended the CHF support group at 300 Beacon St, Boston on Thursday.",
    ),
    (
        "_an_events_venue",
        False,
        "12 Oak Road, Leeds LS6 2AB",
        "address.street",
        "My mum goes to the support group at 12 Oak Road, Leeds LS6 2AB.",
    ),
    # practice_vetoes: the practice speaking about itself
    (
        "_a_practice_day",
        True,
        "Monday 27 January",
        "date.tied_to_person",
        "Anniversary Day, Monday 27 January: the clinic is closed. We reopen Tuesday.",
    ),
    (
        "_a_practice_day",
        False,
        "3 May",
        "date.tied_to_person",
        "We were sorry to hear Priya was admitted on 3 May; the clinic is closed today.",
    ),
    # (guard-clinclean5) a member of staff's day
    (
        "_a_staff_members_day",
        True,
        "Monday 3 March",
        "date.person_sentence",
        "Please welcome Ama Owusu, our new practice nurse! You'll see her from Monday 3 March.",
    ),
    (
        "_a_staff_members_day",
        True,
        "4 June 2006",
        "date.person_sentence",
        "Congratulations to our receptionist Grace on 20 years with us! She started on 4 June 2006.",
    ),
    (
        "_a_staff_members_day",
        False,
        "3 May",
        "date.person_sentence",
        "Our nurse Joy had her baby on 3 May, congratulations!",
    ),
    # (clean10) "surgery" as a kind of practice is no one's care; an operation still is
    (
        "_a_staff_members_day",
        True,
        "Monday 3 March",
        "date.person_sentence",
        "Please welcome Sian Ryan, our new practice manager! Sian joins us from a busy surgery"
        " in Galway and you'll see her at the front desk from Monday 3 March.",
    ),
    (
        "_a_staff_members_day",
        False,
        "Monday 3 March",
        "date.person_sentence",
        "Please welcome Ama Owusu, our new practice nurse! She had a knee surgery in Galway and"
        " starts on Monday 3 March.",
    ),
    (
        "_a_staff_members_day",
        False,
        "3 March",
        "date.person_sentence",
        "Meet our hygienist Tola. She saw my daughter on 3 March and was lovely.",
    ),
    (
        "_a_staff_members_day",
        False,
        "January 20",
        "date.tied_to_person",
        "Thanks, Colin! Your follow-up test is due January 20; the kit is at the front desk.",
    ),
    (
        "_a_staff_members_day",
        False,
        "2 March",
        "date.person_sentence",
        "Our nurse Ada saw Ali (ref 4471902) on 2 March; she started the new dressing.",
    ),
    # (clean14p) "patients" as the many a clinician sees is no one's; "our patients Kofi and
    # Efua" names some
    (
        "_a_staff_members_day",
        True,
        "1 March",
        "date.person_sentence",
        "Welcome Priya Shah, our new hygienist: she starts on 1 March and loves nervous patients.",
    ),
    (
        "_a_staff_members_day",
        False,
        "1 March",
        "date.person_sentence",
        "Welcome Priya Shah, our new hygienist: she starts on 1 March and sees our patients Kofi"
        " and Efua first.",
    ),
    # (clean14p) a course the staff member passed or trained in is no care of theirs; a
    # course of care is
    (
        "_a_staff_members_day",
        True,
        "2 May",
        "date.tied_to_person",
        "Congratulations to our nurse Ama, who passed her implant course on 2 May!",
    ),
    (
        "_a_staff_members_day",
        True,
        "14 June",
        "date.tied_to_person",
        "Congratulations to our hygienist Zoe, who completed her sedation training on 14 June.",
    ),
    (
        "_a_staff_members_day",
        False,
        "2 May",
        "date.tied_to_person",
        "Please welcome our nurse Ama, who starts her chemotherapy course on 2 May.",
    ),
    (
        "_the_practices_premises",
        True,
        "CF10 1EP",
        "place.postcode_field",
        "Postcode CF10 1EP for sat navs. Parking is free after 6pm.",
    ),
    (
        "_the_practices_premises",
        False,
        "14 Oak Avenue, Durban 4001",
        "address.street",
        "We're at 14 Oak Avenue, Durban 4001 on 3 May for a home visit.",
    ),
    (
        "_a_practice_number",
        True,
        "DP 0123456",
        "vehicle.registration",
        "Dr. Naidoo, HPCSA registration DP 0123456, is our new associate dentist.",
    ),
    (
        "_a_practice_number",
        True,
        "DMPX12345ABC",
        "device.serial",
        "Our reception iPad (serial DMPX12345ABC) is missing, please tell us if you see it.",
    ),
    (
        "_a_practice_number",
        False,
        "PX44871QK",
        "device.serial",
        "Our patient's pump (serial PX44871QK) was checked by the team today.",
    ),
    (
        "_a_practice_number",
        False,
        "4471209",
        "record.labelled",
        "Copy of birth certificate no. 4471209 attached for the new registration form.",
    ),
    (
        "_a_practice_number",
        True,
        "CA 123-456",
        "vehicle.registration",
        "Our Hilux, reg CA 123-456, will be parked outside the school on Friday.",
    ),
    (
        "_a_practice_number",
        False,
        "CA 555-123",
        "vehicle.registration",
        "Our patient's car, reg CA 555-123, is blocking the entrance.",
    ),
    (
        "_a_practice_desk_line",
        True,
        "082 555 0199",
        "phone.shaped",
        "Deliveries: use the rear entrance. Call Sipho on 082 555 0199 on arrival.",
    ),
    (
        "_a_practice_desk_line",
        False,
        "082 555 0199",
        "phone.shaped",
        "Deliveries on arrival: call Brenda on 082 555 0199, she needs her results.",
    ),
]

# (guard-shortclean7) values a text declares dummy or sample data; a network's setup
FINDING_CASES += [
    # (read 123-126) a span of days as case notes write it; a people's descent
    (
        "_a_clinical_span",
        True,
        "2/7",
        "date.person_sentence",
        "Pt 2/7 hx productive cough, sats 91%.",
    ),
    ("_a_clinical_span", False, "2/7", "date.person_sentence", "Mrs Kaur seen on 2/7 for review."),
    (
        "_an_ancestry",
        True,
        "Ashkenazi Jewish descent",
        "learned.geo",
        "Vignette: 34M of Ashkenazi Jewish descent, hepatosplenomegaly, bone pain.",
    ),
    ("_an_ancestry", False, "Leeds", "place.office_in", "34M of Irish descent, lives in Leeds."),
]
FINDING_CASES += [
    (
        "_declared_not_real",
        True,
        "01/01/1900",
        "date.life_event",
        "Example record for our slides: Name: Jane Doe, DOB: 01/01/1900, MRN: 000000. These"
        " are dummy values and do not belong to anyone.",
    ),
    (
        "_declared_not_real",
        True,
        "123-45-6789",
        "ssn.shaped",
        "Template — do not use real data: SSN 123-45-6789, phone (555) 555-5555.",
    ),
    (
        "_declared_not_real",
        False,
        "14/07/1961",
        "date.life_event",
        "My test results came back: Name: Rosa Quintero, DOB 14/07/1961, MRN 5520918.",
    ),
    (
        "_declared_not_real",
        False,
        "22/06/1987",
        "date.person_sentence",
        "This is not test data: Ines Carvalho, 22/06/1987, asked us to delete her record.",
    ),
    (
        "_a_shared_network_address",
        True,
        "203.0.113.10",
        "ip.address",
        "Allow-list for the PACS viewer: 203.0.113.10, the vendor's documented test range.",
    ),
    (
        "_a_shared_network_address",
        False,
        "203.0.113.77",
        "ip.address",
        "Security note: the account was accessed from 203.0.113.77 on the internal network.",
    ),
    # (read 111-114) a show's title is no place; a town is
    (
        "_a_shows_title",
        True,
        "Sesame Street",
        "place.in_patient_text",
        "Elmo's brushing song from Sesame Street is the only way my toddler will brush lol",
    ),
    (
        "_a_shows_title",
        False,
        "Leeds",
        "place.person_from",
        "My son Elmo from Leeds has a toothache.",
    ),
    # (read 139-142) a German noun after a word that governs a noun, not a town
    (
        "_a_german_noun_after_its_word",
        True,
        "Vorjahr",
        "place.in_patient_text",
        "Das Robert Koch-Institut meldet mehr Grippefälle als im Vorjahr.",
    ),
    (
        "_a_german_noun_after_its_word",
        False,
        "Bielefeld",
        "place.person_from",
        "Ein Patient aus Bielefeld kam am Montag.",
    ),
]


FINDING_VETOES = {
    veto.__name__: veto for vetoes in guard_rules.FINDING_VETOES.values() for veto in vetoes
}


@pytest.mark.parametrize(
    ("veto", "vetoed", "words", "rule", "text"),
    FINDING_CASES,
    ids=[f"{c[0]}-{c[4][:30]}" for c in FINDING_CASES],
)
def test_finding_veto(veto: str, vetoed: bool, words: str, rule: str, text: str) -> None:
    kinds = ("handle", "date", "phone", "address", "age")
    label = rule.split(".")[0] if rule.startswith(kinds) else "geo"
    assert FINDING_VETOES[veto](text, _finding(text, words, label, rule)) is vetoed


def test_every_finding_veto_rules_out_and_leaves_alone_a_case() -> None:
    outcomes: dict[str, set[bool]] = {}
    for veto, vetoed, *_ in FINDING_CASES:
        outcomes.setdefault(veto, set()).add(vetoed)
    assert set(outcomes) == set(FINDING_VETOES)
    for name, veto in FINDING_VETOES.items():
        assert outcomes.get(name) == {True, False}, name
        assert (veto.__doc__ or "").strip(), name


def test_a_place_beside_a_name_found_is_kept() -> None:
    text = "ZIP 10001 had the highest flu rate, Maria Lopez says."
    zip_code = _finding(text, "10001", "geo", "zip.after_state")
    name = _finding(text, "Maria Lopez", "name", "name.given_name")
    assert guard_rules.drop_vetoed_findings(text, [zip_code, name]) == [zip_code, name]
    assert guard_rules.drop_vetoed_findings(text, [zip_code]) == []


CLEAN = [
    "ZIP 10001 had the highest flu rate in the city last winter.",
    "Asthma ER visits in zip 10454 are five times the state average.",
    "TX 75216 has one dentist for every 9,000 people, according to the state survey.",
    "Send questions to name@example.com (replace with your own address).",
    "Type your email in the form, e.g. you@example.com, and we'll send a code.",
    "Links look like https://example.com/unsubscribe?id=12345; never click others.",
    "Replace user@domain.com with the address you want the reminders sent to.",
    "Congrats to @mike_runs_far for winning our spring photo contest!",
    "Dr. Nguyen's wife, Anna, baked the cookies in the break room today.",
    "NBA star Bill Russell died at 88.",
    "Please call our support team on +44 20 7946 0404 and quote your order number.",
    "Customer hotline for the airline in Istanbul: +90 212 555 01 23.",
    "Cancellation policy: call 48 hours ahead or email bookings@sunspa.com.au.",
    "The embassy's email for visa questions is visas.london@mfa.example.org.",
    "Please address all invoices to Accounts Payable, 40 Bank Street, Canary Wharf, "
    "London E14 5NR.",
    "The opera house is at Bennelong Point, Sydney NSW 2000.",
    "If your child has a fever, call us on 021 455 0178.",
    "The COVID vaccine booking line, 119, is free.",
    "Need a wheelchair taxi? Ring Access Cabs on 0113 496 0555.",
    "Phone the Mumbai clinic at +91 22 5555 0100 for international patient enquiries.",
    "Lost dog! Answers to Bella, last seen near Elm Park. Call the rescue centre on 0113 496 0911.",
    "Sir David Attenborough narrates the new series about coral reefs.",
    "The Director-General of the WHO, Tedros Adhanom Ghebreyesus, spoke at the summit.",
    "For testing, send to test@test.com.",
    "Send your entries to competition@gardenersworld.com before 31 March 2026.",
    "I am proud to say our bakery won gold at the 12 June 2025 county show.",
    # guard-clean: a business's own lines, mailboxes and addresses, as it writes them
    "Find us on the second floor of the Westfield Centre, above the pharmacy, 200 George "
    "Street, Sydney.",
    "Out-of-hours line: +44 161 555 0123 (evenings and weekends). In an emergency dial 999.",
    "Our newsletter comes from news@brightdental.co.uk, so add it to your contacts.",
    "Nuestra nueva clínica abre en Calle Mayor 25, Madrid, el lunes. Pide cita en el "
    "+34 91 555 0178.",
    "La clinique déménage au 8 rue Victor Hugo, 69002 Lyon. Nouveau numéro : +33 4 55 55 01 23.",
    "Smile Studio · Via Roma 12, 00184 Roma · +39 06 5555 0172 · prenotazioni@smilestudio.it",
    "Support ticket SR-448120 (network outage) was resolved at 14:05.",
    "Orders from the Leeds branch go through sales.leeds@medisupply.co.uk.",
    "For more information contact the organisers on +61 3 5555 0187.",
    "To order, phone +64 9 555 0123.",
    "Call or WhatsApp +971 4 555 0142 for prices.",
    "Help desk: +1 415 555 0100, Monday to Friday.",
    "Please direct enquiries to +65 6555 0142 during office hours.",
    "Lost? Call the front desk. +61 2 5555 0142",
    "Tel +353 1 555 0144 | www.smilecare.ie",
    "Zoom dial-in: +1 646 558 8656, meeting ID 812 5555 0142.",
]


@pytest.mark.parametrize("text", CLEAN, ids=lambda text: text[:40])
def test_clean_texts_pass(text: str) -> None:
    assert find_phi(text) == []


# "label | the words found | text"
FOUND = [
    "geo | 60614 | My mother lives in ZIP 60614 and needs a home visit.",
    "geo | 10454 | Patient's home ZIP is 10454; he has severe asthma.",
    "geo | 30310 | Andre Wallace, zip code 30310, had the highest viral load.",
    "email | jane.doe@gmail.com | Please email jane.doe@gmail.com about her biopsy.",
    "email | jane at gmail dot com | Mail me at jane at gmail dot com about my results.",
    "name | Emily | Dr. Lee's daughter Emily is our patient; her braces come off May 3.",
    "name | Sam Ortiz | Raffle winner Sam Ortiz, DOB 4/2/1990, please call us.",
    "handle | @mike_runs_far | Congrats to @mike_runs_far on finishing his braces!",
    "phone | +44 7700 900 777 | The embassy told me to give the hospital my own number, "
    "+44 7700 900 777, while my father is in ICU.",
    "phone | 04 78 55 01 24 | My mother lives in Lyon; her number is 04 78 55 01 24.",
    "address | 8 Elm Grove, Bristol BS6 7AA | We live at 8 Elm Grove, Bristol BS6 7AA, and "
    "our daughter has chickenpox.",
    "email | r.mehta@brightline.io | Please use my work email, r.mehta@brightline.io, for "
    "my physio reminders.",
    "phone | 021 455 0178 | Our son has epilepsy; if he has a seizure at camp, call us on "
    "021 455 0178.",
    "address | 555 McKenzie Branch, Reeceland, IM46 5YH | Patient: Bunmi Fagunwa. DOB: 11/11. "
    "Address: 555 McKenzie Branch, Reeceland, IM46 5YH.",
    "phone | +44 20 7946 0958 | Patient: Bunmi Fagunwa. DOB: 11/11. Hotel: the Grand, "
    "reception +44 20 7946 0958.",
    # guard-clean: the same frames about a person
    "address | 200 George Street, Sydney | My mum lives at 200 George Street, Sydney.",
    "address | Calle Mayor 25, Madrid | Mi madre vive en Calle Mayor 25, Madrid, y necesita "
    "una cita.",
    "email | ana.lopez71@gmail.com | My wife's email is ana.lopez71@gmail.com; send her "
    "report there.",
    "phone | +44 7700 900 461 | Please call my mum on +44 7700 900 461 about her results.",
    "email | sales.maria@medisupply.co.uk | Write to sales.maria@medisupply.co.uk about my order.",
    "email | events.london@gmail.com | Email my sister at events.london@gmail.com about her scan.",
    "phone | +61 2 9705 5506 | Appointment reminder for Ravi Rossi at Northside Health Center. "
    "Questions? +61 2 9705 5506",
    "phone | +64 21 555 0123 | To order my refill, phone my son on +64 21 555 0123.",
]


@pytest.mark.parametrize("case", FOUND, ids=lambda case: case.split(" | ")[2][:40])
def test_the_same_words_beside_a_person_are_found(case: str) -> None:
    label, words, text = case.split(" | ")
    assert words in _labelled(text, label)


def test_placeholder_domains() -> None:
    for domain in (
        "example.com",
        "EXAMPLE.org",
        "www.example.net",
        "clinic.example",
        "a.test",
        "mfa.example.org",
    ):
        assert placeholder_domain(domain), domain
    for domain in ("gmail.com", "examples.com", "myexample.com", "testing.com", "domain.co"):
        assert not placeholder_domain(domain), domain


def test_examples_addresses_and_links_are_no_ones() -> None:
    text = "Write to you@example.com or see https://example.com/profile.php?id=12345."
    assert list(find_emails(text, EMPTY_CONTEXT)) == []
    assert list(find_urls(text, EMPTY_CONTEXT)) == []
    mine = "Write to you@gmail.com or see https://facebook.com/profile.php?id=12345."
    assert len(list(find_emails(mine, EMPTY_CONTEXT))) == 1
    assert len(list(find_urls(mine, EMPTY_CONTEXT))) == 1


def test_a_disguised_placeholder_address_is_ruled_out() -> None:
    (rule,) = [r for r in guard_rules.IDENTIFIER_RULES if r.name == "email.disguised"]
    assert list(rule.finditer("e.g. you at example dot com", EMPTY_CONTEXT)) == []
    assert list(rule.finditer("reach me: jane at gmail dot com", EMPTY_CONTEXT))
    assert (
        list(rule.finditer("Questions? Email info at brightsmiles dot com.", EMPTY_CONTEXT)) == []
    )
    assert list(rule.finditer("Email info at gmail dot com, it's my own.", EMPTY_CONTEXT))


def test_a_user_name_is_no_word_of_the_sentence() -> None:
    (rule,) = [r for r in guard_rules.IDENTIFIER_RULES if r.name == "handle.username"]
    assert list(rule.finditer("Your username is your email address.", EMPTY_CONTEXT)) == []
    assert list(rule.finditer("My username is kay_b22, find me there.", EMPTY_CONTEXT))


def test_a_user_name_of_digits_is_a_login_unless_a_version_or_a_count() -> None:
    (rule,) = [r for r in guard_rules.IDENTIFIER_RULES if r.name == "handle.username"]
    login = "My portal username is 10442871, reset it for me."
    assert [login[f.start : f.end] for f in rule.finditer(login, EMPTY_CONTEXT)] == ["10442871"]
    for text in ("Login 300 times a day is too many.", "User 2.0 of the app is out."):
        assert list(rule.finditer(text, EMPTY_CONTEXT)) == [], text


def test_a_shops_street_is_no_ones_home() -> None:
    (rule,) = [r for r in guard_rules.FACILITY_RULES if r.name == "street.no_number"]
    shop = "Dr. Marsh's husband, Tom, opened a bakery on Main Street."
    assert list(rule.finditer(shop, EMPTY_CONTEXT)) == []
    home = "My husband Tom lives on Main Street now, near the bakery."
    assert [home[f.start : f.end] for f in rule.finditer(home, EMPTY_CONTEXT)] == ["Main Street"]


def test_a_place_or_a_firms_own_line_is_public() -> None:
    text = "The library's phone number is 614-645-2275."
    assert guard_rules.public_line_at(text, 30, 42)
    theirs = "The library's phone number is 614-872-3321, and she lives upstairs."
    assert not guard_rules.public_line_at(theirs, 30, 42)
    assert _labelled("My phone number is 614-645-2275.", "phone") == ["614-645-2275"]


def test_a_name_right_after_an_address_is_its_town() -> None:
    text = "Find us above the pharmacy, 200 George Street, Sydney."
    street = _finding(text, "200 George Street", "address", "address.street")
    town = _finding(text, "Sydney", "name", "name.addressed_between_commas")
    assert guard_rules.drop_vetoed_findings(text, [street, town]) == []
    # a name elsewhere in the sentence still makes it someone's
    text = "Find us above the pharmacy, Maria, at 200 George Street."
    street = _finding(text, "200 George Street", "address", "address.street")
    name = _finding(text, "Maria", "name", "name.addressed_between_commas")
    assert guard_rules.drop_vetoed_findings(text, [street, name]) == [street, name]


def test_a_desks_mailbox_may_name_its_branch_or_team() -> None:
    from medsocial_tui.compliance.identifiers import role_mailbox

    for local in ("info", "appointments.blr", "sales.leeds", "hello.team", "events-london"):
        assert role_mailbox(local), local
    for local in ("sales.maria", "ana.lopez71", "leeds.sales", "j.smith"):
        assert not role_mailbox(local), local


# (clean15, ``name.shouted_verb``) a shouted text's verb after a relative is no name; the
# relative's given name or surname in the same shouted words stays one.
@pytest.mark.parametrize(
    ("clean", "patient"),
    [
        (
            "MY TODDLER SWALLOWS EVERYTHING, HOW DO I CHILDPROOF THE MEDICINE CABINET???",
            "MY TODDLER JAMES SWALLOWED A COIN, WHAT DO I DO???",
        ),
        (
            "IF YOUR CHILD SNEEZES AND WHEEZES EVERY SPRING, BOOK AN ALLERGY CHECK.",
            "MY DAUGHTER SHARON SNEEZES EVERY SPRING, IS IT HAY FEVER?",
        ),
        (
            "MY HUSBAND COUGHS EVERY NIGHT, IS IT ASTHMA?",
            "MY DAD FRANK BANKS COUGHS EVERY NIGHT, IS IT ASTHMA?",
        ),
    ],
)
def test_a_shouted_verb_after_a_relative_is_no_name(clean: str, patient: str) -> None:
    assert _labelled(clean, "name") == [], clean
    assert _labelled(patient, "name"), patient


def test_a_shouted_family_with_no_relative_before_stays() -> None:
    text = "SHOUT OUT TO THE HENDERSONS: ALL FOUR KIDS CAVITY-FREE AT TODAY'S CHECKUPS!"
    assert _labelled(text, "name") == ["HENDERSONS"]


# (clean15, ``practice.thanks_list``) names thanked in a row in a notice; the same thanks
# for a relative's care, or one name thanked alone, stay names.
@pytest.mark.parametrize(
    ("clean", "patient"),
    [
        (
            "Special thanks to Priya, Tom and Ana.",
            "Special thanks to Priya and Tom, who sat with my dad in A&E.",
        ),
        (
            "Thanks to Sheila, Dev and Tomasz for the brownies.",
            "Thanks to Sheila, Dev and Tomasz for looking after my mum after her stroke.",
        ),
        (
            "Big thank you to Wiremu, Aroha & Hemi for running the sausage sizzle at our open day.",
            "Thank you to Marek and Zofia for driving my nan to her chemo every week!",
        ),
    ],
)
def test_names_thanked_in_a_row_are_no_patients(clean: str, patient: str) -> None:
    assert _labelled(clean, "name") == [], clean
    assert _labelled(patient, "name"), patient


def test_one_name_thanked_alone_stays() -> None:
    assert _labelled("Thanks to Priya for everything.", "name") == ["Priya"]
