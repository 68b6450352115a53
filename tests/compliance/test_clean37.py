"""(clean37) An organisation's own notices the guard blocked, each passed by one veto, and
the same words where a person's identifier is really there, still found: a mailbox written
as everyone's pattern ("firstname.lastname@") or a hiring or buying desk's; an address with
its mailbox hidden ("j•••@gmail.com"); a login's state after "is" ("login is coming"); a
count after a label's word ("case of 1000"); a hotel's or a foreign health centre's address
in its notice; a street's namesake inside an organisation's address; a public figure's age
in the news. No practice is configured."""

from __future__ import annotations

import pytest
from blocked_view import blocked_identifiers

CLEAN = [
    # identifiers.naming_scheme_mailbox
    "IT notice: from Monday all staff addresses change to firstname.lastname@riversidevets.co.uk.",
    "Your new login follows the pattern first.last@harbourclinic.com.au.",
    "Las direcciones del personal quedan como nombre.apellido@clinicasol.mx desde enero.",
    # ROLE_MAILBOXES: a hiring desk and a buyer's desk
    "Dental nurse wanted for our Leeds branch. Send your CV to recruiting@brightsmilesgroup.co.uk.",
    "Proveedores: envíen sus facturas a proveedores@clinicadentalsol.mx antes del día 25.",
    # identifiers._a_hidden_mailboxs_domain
    "Your code has been sent to j•••@gmail.com and to the phone on file.",
    "We've emailed a reset link to m***@outlook.com, check your spam folder.",
    # rules._how_the_login_is
    "Face ID login is coming to our portal in January.",
    "The portal login was changed last week; use the new link on our website.",
    "my username is incorrect and the reset link never comes, can you help?",
    "The login is wrong on the new portal letter, it should be your email.",
    # rules._A_COUNT_OF
    "Order shipped: your nitrile gloves (case of 1000) arrive Thursday.",
    # _ORGANISATION_NAMED: a hotel's address in a conference's or a booking's notice
    "Booking confirmed! Your stay at the Harbourview Hotel, 22 Quay Street, Auckland, includes breakfast.",
    "Speakers stay at the Seaview Hotel, 14 Marine Parade, Napier; the shuttle leaves at 8.",
    # ... a Swedish health centre's, with the street's namesake inside (_a_streets_namesake)
    "Vårdcentralen Majorna, Karl Johansgatan 20, Göteborg har drop-in vardagar 8–10.",
    # lx.ORG_SUFFIXES: a sponsored walk's last word
    "Charity event: the Great Mysuru Walkathon starts at the palace at 6am on Sunday 13 December.",
    # drop_organisations_notice (_NEW_PATIENTS_WELCOME): a practice's advert and its line
    "Flyer: Dr. Emeka Obi, paediatrician, new patients welcome. 305-555-0143.",
    "Bilingual flyer: Dra. Sofía Reyes, pediatra, acepta pacientes nuevos. New patients welcome. (787) 555-0123.",
    # identifiers._an_organisations_channel: a clinic's channel's link
    "New video on our channel youtube.com/@riversidefamilyclinic about fluoride varnish.",
    # identifiers.employers_group_number: a group plan's number given to all staff
    "Group no. 88120 is the company's group plan with Sun Life; quote it when you call.",
    "Group number 661204 is the employer's plan for all staff; your own member ID is on your card.",
    # names._a_crowns_title: an award's and an institute's names
    "The Queen's Nursing Institute has named our lead nurse a Queen's Nurse. Well deserved!",
    # drop_public_lives: a public figure's age in the news
    "Queen Elizabeth II died on 8 September 2022 at Balmoral, aged 96.",
    "Nelson Mandela died at his home in Johannesburg in December 2013, aged 95.",
]

PHI = [
    # a person's own mailbox, a placeholder word beside a real name, a free provider
    "Please email my husband at james.lastname@gmail.com, he handles the bills.",
    "You can reach me at firstname_92@hotmail.com about my results.",
    # a desk's word with a given name after it is one person's
    "My CV went to recruiting.sarah@brightsmilesgroup.co.uk last week.",
    # a handle whole, not a masked mailbox
    "my handle is @jenny.k22 on insta",
    # a login that is a word, not a state
    "My username is sunflower on the forum, message me.",
    "my login is jmiller_87 if you need it",
    # a number after "of" that is not a count
    "Her case number is 40021 and the hearing is next week.",
    # a hotel's address where the person is said to be
    "My mum is staying at the Seaview Hotel, 14 Marine Parade, Napier after her hip surgery.",
    "Send the cast to 14 Marine Parade, Napier, she is at the hotel there.",
    # a street's namesake where a person lives there
    "Mi abuela Rosa vive en Calle Benito Juárez 45, Oaxaca, y necesita una cita.",
    # a labelled address keeps the name inside it (a patient's form field, not a street shape)
    'Clinic note: "BN Phạm Quốc Bảo, 9 tuổi, địa chỉ số 12 ngõ 85 Hào Nam, Đống Đa, Hà Nội"',
    # a walk's name beside a patient's day
    "Nomvula Walkathon was admitted on 3 March.",
    # a person's own line beside a practice's advert
    "New patients welcome at the clinic. My mobile is 0412 555 019 if you need me.",
    # a person's channel: a person in its sentence
    "Subscribe: youtube.com/@mikes_dental_journey, my root canal diary.",
    "Her channel youtube.com/@dentalnurse_kiri shows her whole IVF story.",
    # one person's group number
    "My group number is 5502871 and it's my employer's plan with Manulife.",
    "Her group number 5502871 is the employer's plan, and her member ID is 88812345.",
    # a possessive name before care in lower case
    "Queenie's nurse came on Tuesday after her fall.",
    # an age over 89 of one of ours beside a public figure
    "My grandmother, a huge Betty White fan, is 97 and still drives.",
]


@pytest.mark.parametrize("text", CLEAN)
def test_clean_notice_passes(text: str) -> None:
    assert blocked_identifiers(text) == []


@pytest.mark.parametrize("text", PHI)
def test_twin_still_blocks(text: str) -> None:
    assert blocked_identifiers(text) != []
