"""Whose number a sentence says it is: a service's, a firm's or an example's number is no
patient's (``phone.service_number``, ``phone.org_line``, ``phone.business_named``, the
example cues), while a person's stays PHI however business-like it looks."""

from __future__ import annotations

import pytest

from medsocial_tui.compliance import find_phi
from medsocial_tui.compliance import rules as guard_rules

# (veto, text with a number of no person)
NO_ONES: list[tuple[str, str]] = [
    ("phone.service_number", "Lost property at the station can be reported on 0345 711 4141."),
    ("phone.service_number", "Please call our patient team on 0300 555 0122 to look into it."),
    ("phone.service_number", "Healthdirect can be reached on 1800 022 222 any time."),
    ("phone.org_line", "The dialysis unit's direct line is 0121 496 0234 for transport."),
    ("phone.org_line", "The surgery's prescription line is 01632 961 222."),
    ("phone.business_named", "Need your prescription? Ring Boots Pharmacy on 0113 496 0555."),
    ("phone.business_named", "For a check-up call Riverside Dental at 0161 496 0789."),
    ("phone.public_line", "Results take 10 days; call 01 555 0100 if you have not heard."),
    ("a free line", "Toll-free bookings: 1-888-555-0177, Monday to Friday."),
    ("phone.beside_role_mailbox", "Tel: 0161 496 0123 | Email: info@clinic.co.uk"),
    ("phone.public_line", "Front desk: 617-555-0100."),
    ("phone.desk_after", "Phone number: 617-555-0100 (front desk)."),
    ("an_example", "Example number for the form: (555) 123-4567, please write yours so."),
    ("an_example", "In the video we used the placeholder 07700 900000 as a sample."),
    ("an_example", "Format your number like this: +1 415 555 0100, country code first."),
    # a line's label as a notice writes it, with opening hours in the text (the label's full
    # stop is no sentence's end)
    ("phone.public_line", "Orario: lun-ven 9.00-19.00, sabato su appuntamento. Tel. 06 1234 5678."),
    ("phone.public_line", "Telefon: 030 1234 5678, Mo–Fr 8–18 Uhr."),
    ("phone.public_line", "Pharmacy hours: Mon–Fri 9:00–18:00. Questions? Ring 0161 496 0412."),
    # a fax beside it: an office's
    ("phone.public_line", "Landline +27 11 555 0130, fax +27 11 555 0131."),
    # a call to act before it
    ("phone.public_line", "Questions? +61 2 5555 0142"),
    # a place of work or "we" as its owner
    ("phone.public_line", "Our Cape Town rooms are on 021 555 0123 for bookings."),
    ("phone.public_line", "Our Sydney practice can be reached on (02) 9876 5432."),
    # a role after the person to contact
    ("phone.public_line", "Contact Sarah Lee, events manager, on +44 7700 900 123."),
    # a keyword texted to it
    ("phone.keyword_to", "Text STOP to +44 7700 900 000 to stop reminders."),
    # a callback the reader asks for is the firm's line
    ("phone.org_line", "Request a callback from our billing team on 0345 600 4321."),
    # a notice's lines: opening hours anywhere in a text that names no one
    (
        "phone.public_line",
        "Clinic hours from 1 March: Mon–Sat 9am–9pm. Tel: 03-5555 0123. WhatsApp: 012-555 0199.",
    ),
    # a desk before "call", in capitals too
    ("phone.public_line", "CLINIC CLOSED 25/12. EMERGENCIES CALL 0161 496 0999."),
    # "their" of a place: the depot's
    ("phone.org_line", "The courier collects at 3pm; their depot number is 0121 496 0808."),
    # a number after another kind of label is no phone
    ("phone.other_label", "Certificate number 2024-0091 for the autoclave inspection."),
    # "she", "her", "his" of a member of staff the post names by a title or a role
    (
        "phone.public_line",
        "Our hygienist Maria is now at the Leeds branch; book with her on 0113 496 0555.",
    ),
    (
        "phone.public_line",
        "Welcome back, Nurse Aisha! She's taking bookings for travel jabs: ring 020 7946 0123.",
    ),
    (
        "phone.public_line",
        "Dr. Haddad's implant clinic is now on Thursdays. His team can be reached at +961 1 555 014.",
    ),
]

# What makes it a person's | the text | the number.
_PEOPLES_TABLE = """
my work number | My work number is 0161 496 0321, not my mobile. | 0161 496 0321
your new number | We've noted your new number, 0400 555 987, for recall. | 0400 555 987
call me | Call me on 0345 711 4141 at the office, I'm the patient. | 0345 711 4141
husband at the office | Call my husband at the office on 01632 960 345. | 01632 960 345
ring a person | Ring Bill on 01632 960 258 if I don't answer. | 01632 960 258
call him | His results are in; call him on 01 555 0100. | 01 555 0100
my work line | Call me on my work line 1-800-555-0199 ext. 42. | 1-800-555-0199
her direct line | Her direct line is 0800 555 0123, she's my carer. | 0800 555 0123
a reminder for a person | Appointment reminder for Anna Garcia at St. Mary's. Questions? 0419 558 882 | 0419 558 882
a mailbox in another sentence | Call Donna at 614-555-0199 to carpool. Questions: info@clinic.com | 614-555-0199
a free-mail box | Tel: 0161 496 0123 | Email: info@gmail.com | 0161 496 0123
a name's number | Adriana Marsili's phone number is 180-031-2240. | 180-031-2240
call, after me | Can I move my cleaning? Call 092 2383 499. | 092 2383 499
a manager directly | You can reach our billing manager Sandra directly at 614-555-0166. | 614-555-0166
at her desk | My mum's number is 617-555-0100 (her desk). | 617-555-0100
her mobile, then an example's cue | Ring her on her mobile, i.e. 07700 900123 | 07700 900123
a title, then an example's cue | Text Mrs Patel like this: 07700 900123 | 07700 900123
a patient beside a desk's mailbox | New patient Donna Reyes, 07700 900123, registered; details to reception@riversideclinic.co.uk | 07700 900123
a named person's office | Donna Reyes can be reached on 0161 496 0123 (office). | 0161 496 0123
a surname like a firm's word | Call Tom Service on 07700 900123 | 07700 900123
their mobile, a free number | Please ring their mobile, 1-800-555-0199, after six. | 1-800-555-0199
her mobile, with hours | Her mobile – 07700 900 481 (weekdays 9am-5pm) | 07700 900 481
a label, then call me | Tel: 0412 555 019, call me weekdays 9-5. | 0412 555 019
a keyword, for my mum | Text YES to 07700 900123 if my mum can come in. | 07700 900123
we are on, my mobile | We are on 07700 900 481, my personal mobile. | 07700 900 481
hours in another sentence, my number | Open Mon–Fri 9–5. Text me on 07700 900 334. | 07700 900 334
hours in a text about my son | My son is home Mon–Fri 9–5. Those are good times. Tel: 07700 900 335 | 07700 900 335
their home number | Their home number is 0121 496 0808. | 0121 496 0808
their depot, and she | Their depot number is 0121 496 0808 and she answers it. | 0121 496 0808
a phone word in Portuguese | Meu telefone é (11) 95555-0142, preciso remarcar. | 95555-0142
a phone word in Danish | Min mobil er 41 55 50 12, jeg har tandpine. | 41 55 50 12
Danish Tlf., digits in pairs | Tlf. 28 61 93 47 - datteren min er gravid. | 28 61 93 47
a doctor, then my mum | Dr. Rossi saw my mum. Call her on 06 5555 0177. | 06 5555 0177
call him, of a doctor | Dr. Lee is off. Call him on 07700 900125. | 07700 900125
a member of staff's home number | Our hygienist Maria moved; her home number is 0113 496 0777. | 0113 496 0777
a doctor who treated him | Dr. Patel treated him; his number is 07700 900124. | 07700 900124
a label before a patient's line | Patient: Tom Reed. Tel. 0412 555 019. Seen Mon-Fri. | 0412 555 019
our manager will phone you on | Our practice manager will phone you on (312) 555-0147 today. | (312) 555-0147
the nurse will ring you on | The nurse will ring you on 0161 496 0377 once the lab is back. | 0161 496 0377
we will text you at | We'll text you at +61 412 555 019 when your crown is in. | +61 412 555 019
a caller's best callback | Ticket 4471: billing query from the front desk. Best callback is (503) 555-0147 after 3pm. | (503) 555-0147
a call-back number | Complaint logged about the parking fee. Call-back number: 0161 496 0322. | 0161 496 0322
"""


def _row(row: str) -> tuple[str, str, str]:
    """ "why | text | number", the text free to hold " | " itself."""
    why, rest = row.split(" | ", 1)
    text, number = rest.rsplit(" | ", 1)
    return why, text, number


PEOPLES = [_row(row) for row in _PEOPLES_TABLE.strip().splitlines()]


@pytest.mark.parametrize(("veto", "text"), NO_ONES, ids=[t[:40] for _, t in NO_ONES])
def test_a_number_of_no_person_is_no_phi(veto: str, text: str) -> None:
    assert [f for f in find_phi(text) if f.label == "phone"] == [], veto


@pytest.mark.parametrize(("why", "text", "number"), PEOPLES, ids=[w for w, _, _ in PEOPLES])
def test_a_persons_number_stays_phi(why: str, text: str, number: str) -> None:
    found = [text[f.start : f.end] for f in find_phi(text) if f.label == "phone"]
    assert any(number in got for got in found), (why, found)


@pytest.mark.parametrize(
    ("value", "service"),
    [
        ("0800 028 0199", True),  # GB freephone
        ("0345 711 4141", True),  # GB non-geographic
        ("13 11 14", True),  # AU shared cost
        ("0870 123 4567", True),  # premium rate
        ("+44 345 711 4141", True),
        ("07700 900461", False),  # a mobile's range
        ("0121 496 0234", False),  # a geographic line
        ("617-555-0199", False),
        ("12345", False),
        # a service range only by accident of the digits: not written as one
        ("180-031-2240", False),
        ("092 2383 499", False),
        ("914375382", False),
    ],
)
def test_service_number_by_phonenumbers_type(value: str, service: bool) -> None:
    assert guard_rules.service_number(value) is service


def test_a_phone_number_is_no_county_field() -> None:
    """place.field: "county: 877-555-0133" gives a line, not a county; "County: Kerry" is one."""
    assert find_phi("Meals on Wheels in our county: 877-555-0133.") == []
    assert [f.label for f in find_phi("County: Kerry")] == ["geo"]


# -- an organisation's notice with only its lines in it (rules.drop_organisations_notice) --


@pytest.mark.parametrize(
    "text",
    [
        "Red Cross War Memorial Children's Hospital, Cape Town. Outpatients: 021 555 5111. "
        "Visiting hours 10:00-20:00 daily.",
        "El centro de salud amplía la campaña de la gripe. Cita previa en el 943 555 000.",
        "Kerala Health Department has issued an alert. Control room: 0495 255 5100.",
        "Fermeture exceptionnelle du cabinet dentaire le vendredi. Urgences : 04 78 55 55 55.",
        "Free flu shots Saturday at the Fenway Health clinic, 1340 Boylston St, Boston.",
    ],
)
def test_an_organisations_notice_with_only_its_lines_passes(text: str) -> None:
    assert [f for f in find_phi(text) if f.label in ("phone", "address")] == []


@pytest.mark.parametrize(
    "text",
    [
        # a home's or a delivery's word: someone's address
        "Please ship it to Flat 87A, Smith Center, West Ellie, CA5 6NU.",
        # the only organisation word is inside the address itself
        "Forwarding address 22 Hospital Road, Leeds LS6 2AB.",
    ],
)
def test_an_address_given_as_someones_stays(text: str) -> None:
    assert [f for f in find_phi(text) if f.label == "address"] != []


@pytest.mark.parametrize(
    "text",
    [
        # a person word ties the number to someone
        "The hospital called my mum on 021 555 5111 about her results.",
        # a name found beside it
        "Clinic note: Olamide Bakare, 0803 555 0142.",
        # no organisation named: whose line it is, nothing says
        "Text 07700 900 123 after six.",
    ],
)
def test_a_number_tied_to_someone_or_to_no_organisation_stays(text: str) -> None:
    assert [f for f in find_phi(text) if f.label == "phone"] != []


# (clean15) A member of staff's line in a practice's or a hospital's notice, and its
# patient twin: the same words around a relative's or a patient's number.
STAFF_LINES = [
    (
        "Lagos Island Maternity Hospital holds its antenatal open day on 15 January. "
        "Contact the Chief Matron, Mrs Adaeze Nnaji, on 01-555-2203.",
        "Lagos Island Maternity Hospital holds its antenatal open day on 15 January. "
        "Contact my mother, Mrs Adaeze Nnaji, on 01-555-2203.",
    ),
    (
        "Dr. Okafor is back on Tuesdays. Her direct line for referrals is 020 7946 0321.",
        "Dr. Okafor saw my mum on Tuesday. Her direct line is 020 7946 0321.",
    ),
    (
        "Per informazioni chiamare la segreteria al numero 02 5555 0133.",
        "Per informazioni chiamare mia madre al numero 333 555 0133, è ricoverata.",
    ),
    (
        "Para más información, llame al número 915 555 012.",
        "Para más información sobre mi hijo, llame al número 615 555 012.",
    ),
    (
        "Ansprechpartnerin: Frau Kowalski, Telefon 0221 555 0177.",
        "Meine Mutter, Frau Kowalski, Telefon 0221 555 0177, ist Patientin.",
    ),
]


@pytest.mark.parametrize(("staff", "patient"), STAFF_LINES)
def test_a_staff_members_line_passes_and_a_relatives_stays(staff: str, patient: str) -> None:
    assert not [f for f in find_phi(staff) if f.label == "phone"], staff
    assert [f for f in find_phi(patient) if f.label == "phone"], patient
