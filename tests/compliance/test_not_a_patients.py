"""Identifiers in a text about people that are still no patient's (guard-other3): a staff
member's or a desk's line (``phone.staff_contact``, ``phone.on_call``), a day that is an
example's or a place's (``date.example``, ``date.organisation_day``), a hospital named as
an institution (``institution_news``) and a thing's labelled number (a court case, a
raffle ticket, a job's reference). Each beside the same identifier tied to a patient,
which stays PHI."""

from __future__ import annotations

import pytest
from long_clean_cases import A_PATIENTS as LONG_A_PATIENTS
from long_clean_cases import NOT_A_PATIENTS as LONG_NOT_A_PATIENTS

from medsocial_tui.compliance import find_phi
from medsocial_tui.compliance import phi as guard_phi
from medsocial_tui.compliance import rules as guard_rules


def _blocked(text: str, label: str) -> list[str]:
    return [
        text[f.start : f.end]
        for f in find_phi(text)
        if f.severity == "block" and f.check == "phi" and f.label == label
    ]


# (what makes it no one's, text, label of the identifier that must not be blocked)
NOT_A_PATIENTS: list[tuple[str, str, str]] = [
    (
        "phone.on_call",
        "Closed Monday for the holiday. Dr. Greene is on call at 503-555-0147.",
        "phone",
    ),
    (
        "phone.staff_contact",
        "Our mammography van is at Lovell on Dec 8. Book with Sandy Jensen: 307-555-0119.",
        "phone",
    ),
    ("phone.staff_contact", "Press contact: Jane Smith, +44 20 5555 0101", "phone"),
    (
        "date.example",
        "Her DOB must be written as DD.MM.YYYY, for example 17.09.1962, on German forms.",
        "date",
    ),
    (
        "date.example",
        "Import error on row 14: the dob column must be a date like 1990-01-31.",
        "date",
    ),
    (
        "date.organisation_day",
        "Dear customer, the practice is closed on 02.09.2024 for a refit.",
        "date",
    ),
    (
        "date.organisation_day",
        "Dear customer, claims dated after 14/02/2024 need a referral.",
        "date",
    ),
    # (clean9) a notice's words for everyone ("you can be seen", "Patient Appreciation",
    # "new patients") are no one's care; seasonal hours and a practice's own event
    (
        "date.organisation_day",
        "Winter hours begin on 2 November: we open at 8 so you can be seen before school.",
        "date",
    ),
    (
        "date.organisation_day",
        "Join us! Our annual Patient Appreciation picnic is Sunday, 7 June 2026 at Elm Park.",
        "date",
    ),
    (
        "date.organisation_day",
        "Extended hours from 5 January: new patients welcome on Saturday mornings.",
        "date",
    ),
    # (clean9) an ordinal before what it counts is no day of the month
    ("ordinal", "Ticket 55102: the printer on the 3rd floor keeps jamming again.", "date"),
    ("ordinal", "My son had his 2nd dose today; it is the 5th time we've been in.", "date"),
    ("ordinal", "Our lift to the 2nd storey is out of order until the engineer comes.", "date"),
    # (clean9) a desk's mailbox that a veto drops makes no sentence one about a person
    (
        "dropped mailbox",
        "The barrier was fixed on Monday 3 March; if you were charged, send your ticket to"
        " parking@oakhillhealth.com for a refund.",
        "date",
    ),
    (
        "dropped mailbox",
        "The card reader was fixed on Monday 3 March; if you were charged twice, email"
        " billing@oakhillhealth.com for a refund.",
        "date",
    ),
    (
        "institution_news",
        "According to Cleveland Clinic, a woman over 50 needs 1,200 mg of calcium a day.",
        "geo",
    ),
    (
        "institution_news",
        "Lakeview Hospital has opened a unit for any woman expecting twins.",
        "geo",
    ),
    (
        "institution_news",
        "Mercy Hospital says a woman over 50 needs a mammogram every two years.",
        "geo",
    ),
    ("date.example", "Example for the form: write the date of birth as 05/11/1980.", "date"),
    # (clean9) a condition's date of birth, no one's
    (
        "date.example",
        "Example: if your date of birth is 5 March 1980, enter it as 05/03/1980.",
        "date",
    ),
    ("age.anyone_that_old", "Can a 95-year-old have dental implants? Age is no barrier.", "age"),
    # a score, a list of days, a disease, the writer, a placeholder, a blood group, a unit,
    # a public figure's given name after their full name
    ("score_out_of", "ward note: pt c/o chest pain 6/10 central, obs stable", "date"),
    ("beside_a_month", "Flu clinics run June to August.", "name"),
    ("beside_a_month", "Admissions rise between June and September in Mumbai.", "name"),
    (
        "a_consultants_letterhead",
        "Dr Sarah Mitchell, Consultant Rheumatologist, Leeds Teaching Hospitals. Secretary:"
        " 0113 243 3144. Clinics Mon/Wed/Thu.",
        "phone",
    ),
    ("beside_a_weekday", "Clinics Mon/Wed/Thu. Please send referrals via e-RS only.", "name"),
    ("eponym", "Hi all, patient here — diagnosed with Hashimoto's last month.", "name"),
    ("the_writer", "Hi, I'm a medical student. Can someone explain ABGs?", "name"),
    ("placeholder", "Case: patient X, a woman in her 40s, had a fistula repaired.", "name"),
    ("blood_group", "Neonate jaundiced from day 1, mother O+, baby's group pending.", "name"),
    ("unit", "Fasting glucose 4–7 mmol/L. Hypo treatment: 15 g of glucose.", "name"),
    (
        "public_figures_given_name",
        'Angelina Jolie\'s mastectomy led to the "Angelina effect" in BRCA testing.',
        "name",
    ),
    (
        "phone.desk_answers",
        "Merci ! Le secrétariat répond au 01 45 55 01 23 du lundi au vendredi.",
        "phone",
    ),
    (
        "phone.staff_role_before",
        "Book your child's fluoride varnish with Ama, our dental therapist: 030 555 0147.",
        "phone",
    ),
    ("phone.called_a_place", "I rang the surgery on 0161 496 0000 but nobody picked up.", "phone"),
    ("phone.called_a_place", "I called the pharmacy at 020 7946 0123 and they had it.", "phone"),
    ("email.desk_last", "Complaints can go to england.contactus@nhs.net.", "email"),
    ("handle.ours", "Tag us @BrightSmilesLagos in your braces-off photos!", "handle"),
    (
        "handle.at: a town's team or event in capitalised words",
        "Shoutout to @CalgaryMarathon for another amazing race weekend!",
        "handle",
    ),
    (
        "handle.at: a town's team",
        "X: Shoutout to @OttawaSenators for visiting CHEO kids today.",
        "handle",
    ),
    (
        "handle.at: 'our page' with a clinic's word is the clinic's",
        "Follow us for tips! Our page is @brightsmilesdentalnz on Instagram and TikTok.",
        "handle",
    ),
    ("id.thing_label", "Case 2024-CV-01178 concerns the city's housing code.", "record_number"),
    (
        "id.thing_label",
        "Job ad: locum GP. Contact Dr Jean-Paul Habimana, HR ref KFH-26-0318.",
        "record_number",
    ),
    # (clean8b) an organisation's IT change by its prefix; a reference in a sentence of
    # tenders, a procurement, a vendor or a supplier
    (
        "id.service_desk_value",
        "Scheduled downtime: the portal is offline on Saturday night. Reference: CHG0045512.",
        "record_number",
    ),
    (
        "id.ordering_sentence",
        "Procurement notice: tenders for 30 dental chairs close Friday. Tender documents are on"
        " the portal under reference HB-2026-0917.",
        "record_number",
    ),
    (
        "id.ordering_sentence",
        "Our IT ticket with the vendor, vendor ref DX-88120-4, is still open.",
        "record_number",
    ),
    # (clean8b) an organisation's vehicle (identifiers.an_organisations_vehicle, the
    # organisations_vehicle veto of vehicle.registration and vehicle.plate_shape, and
    # scripts' UK plates); an equipment's asset tag
    (
        "vehicle.organisations",
        "Our mobile clinic van (fleet no. MV-07, plate CLINIC7) parks outside the library.",
        "vehicle_id",
    ),
    (
        "vehicle.organisations",
        "The fleet van, plate ABC-5550, is parked behind the clinic for mobile dental visits.",
        "vehicle_id",
    ),
    (
        "vehicle.organisations",
        "New vehicle for the rural outreach team: Toyota HiAce, plate CA 452-019.",
        "vehicle_id",
    ),
    (
        "vehicle.organisations",
        "The practice's new van, registration KX19 LMN, collects lab work at 4pm.",
        "vehicle_id",
    ),
    # (clean8b) phi._A_COMPARISON_BEFORE: an age someone is likened to
    ("age.comparison", 'My dentist says I have "the teeth of a 90 year old" lol', "age"),
    ("age.comparison", "After that hike my knees feel like a 95-year-old's.", "age"),
    ("vehicle.asset_tag", "IT ticket: laptop asset tag LT-2291 needs a new battery.", "vehicle_id"),
    (
        "age.of_a_thing",
        "Happy 100th birthday to the Royal Flying Doctor Service! Our remote patients thank you.",
        "age",
    ),
    ("age.of_a_thing", "Happy 75th birthday to the NHS! Our nurses are cutting a cake.", "age"),
    ("name: the writer's carer", "Been seeing Tamsin here for my anxiety for a year.", "name"),
    (
        "name: the writer's carer",
        "Within six weeks of working with Connor I was back at the gym.",
        "name",
    ),
    ("name: the writer's carer", "I saw Kwame for my back pain and he sorted it.", "name"),
    # (staff75: "Thanks to Dr Priya I have my smile back" names the writer's doctor, as the
    # sets written since 63 mark: test_staff_vetoes.py)
    ("name: 'I' the pronoun is no initial", "Thanks to Smile Hub I have my smile back.", "name"),
    (
        "name.rare_pair: the end of a clinic's and a town's name",
        "Klinik Kesihatan Bandar Baru Bangi will be closed on 25 December for patients.",
        "name",
    ),
    (
        "name.rare_pair: the end of a region's name",
        "Region Jämtland Härjedalen: new visiting hours for patients from 1 January.",
        "name",
    ),
    (
        "date: no one's care after 'Had a'",
        "Had a great time at the health fair on Saturday 11/16, thanks to all who came!",
        "date",
    ),
    ("handle: no name's shape", "The default login on the router is admin, change it.", "handle"),
    (
        "date.event: a flu clinic's day",
        "Bring my kids to the flu clinic on 2/14? All ages welcome.",
        "date",
    ),
    (
        "record_number: 'fin' the word",
        "À la fin 2025 la clinique ouvre un service de kiné.",
        "record_number",
    ),
    (
        "name: names spoken of as names",
        "Grace, Hope and Joy were the top names for baby girls born at our birthing suite.",
        "name",
    ),
    ("name: a place", "Clinical trial for adults with diabetes in Brittany and Normandy.", "name"),
    ("name: a place", "Our screening van's year on the Isle of Skye: 1,388 mammograms.", "name"),
    ("date: a holiday's day", "Republic Day, 26 January: OPD closed, emergency open 24x7.", "date"),
    (
        "name: a team greeted",
        "Dear Claims Team, from 1 January invoices must show the tooth.",
        "name",
    ),
    (
        "name: an event",
        "Our nurses met pensioners at the Chelsea Flower Show for BP checks.",
        "name",
    ),
    (
        "name.rare_pair: a clinic's short word",
        "Clinic details: Westside Physio, Leichhardt. Health fund rebates on the spot.",
        "name",
    ),
    (
        "name.rare_pair: a field of care's word",
        "Laverty Pathology collection centre has moved; patients can still walk in.",
        "name",
    ),
    (
        "a holiday of Malaysia and Singapore, two rare words",
        "Hari Raya Puasa (Monday 31 March): clinic closed. Selamat Hari Raya Aidilfitri!",
        "name",
    ),
    (
        "name.staff: a role before the name in Italian",
        "Auguri di buon compleanno alla nostra igienista Giulia Bertolini!",
        "name",
    ),
    (
        "name.staff: a role before the name in Portuguese, hyphenated",
        "Parabéns à enfermeira-chefe Lurdes Carvalho pelos 30 anos de serviço!",
        "name",
    ),
    (
        "name.staff: a role before the name in Spanish",
        "Bienvenida a nuestra nueva fisioterapeuta Lucía Serrano, que empieza el lunes.",
        "name",
    ),
    (
        "org.notice: the writer gives its own place as a business does ('We're at …')",
        "We're at 14 Kloof Street, Gardens, Cape Town 8001. Look for the green awning. Call"
        " 021 423 0811 if you get lost!",
        "phone",
    ),
    (
        "practice.sponsor_thanked: a firm thanked for what it built",
        "Big thanks to Harbour View Contracting for building our new wheelchair ramp!",
        "name",
    ),
    (
        "practice.sponsor_thanked: a sponsor",
        "Our bowling team won the league! Thanks to Kettering Bowl for sponsoring.",
        "name",
    ),
    (
        "practice.sponsor_thanked: a service thanked for its training",
        "Thank you to Ottawa Paramedic Service for the CPR refresher training today.",
        "name",
    ),
    (
        "practice.sponsor_thanked: a person who sponsored, nothing private said",
        "Thanks to Carlos Mendes for sponsoring our team shirts for the fun run!",
        "name",
    ),
    # (guard-shortclean6) a holiday's day, a public figure's age, a family word alone, a day's
    # name, a town before its state's code, a historical person's day
    ("date.holiday", "Mother's Day is Sunday 11 May; treat mum to a smile.", "date"),
    ("date.holiday", "Father's Day is Sunday 7 September, so spoil your dad.", "date"),
    ("date.holiday", "Sunday 14 September is Grandparents Day, so bring Gran along.", "date"),
    ("fame.figures_age", "Jimmy Carter, 100, showed us hospice can be a long chapter.", "age"),
    ("fame.figures_age", "Betty White was 99 when she died; what a life.", "age"),
    ("kin_word_alone", "Granny always said a spoonful of honey helps a sore throat.", "name"),
    ("kin_word_alone", "Aunty, thank you so much for the kind words!", "name"),
    ("a day's name", "Waitangi Day closure: Thursday 6 February.", "date"),
    ("a day's name", "Fechado na segunda-feira, 1 de maio, Dia do Trabalhador.", "date"),
    ("a month abroad", "Tag der Arbeit, 1. Mai: Die Praxis bleibt geschlossen.", "date"),
    ("a town's state code", "Regina, SK has a new community dental clinic.", "name"),
    ("a town's state code", "Madison, WI is adding fluoride back to the water.", "name"),
    ("date.for_a_group", "Babies born after 1 July 2024 get the new vaccine schedule.", "date"),
    ("date.for_a_group", "Teens born before 1 September 2008 can get the HPV catch-up.", "date"),
    ("example.sentence: SSN", "For example, an SSN looks like 078-05-1120.", "ssn"),
    ("example.sentence: SSN", "Your SSN has nine digits, e.g. 123-45-6789; never post it.", "ssn"),
    ("example.sentence: SSN", "Enter your SSN without dashes, e.g. 078051120.", "ssn"),
    (
        "a month's day before 1900",
        "On 16 October 1846 William Morton first demonstrated ether anaesthesia in Boston.",
        "name",
    ),
]

# The same identifiers tied to a patient: blocked.
A_PATIENTS: list[tuple[str, str, str]] = [
    # (guard-shortclean6) the same frames with someone's own in them
    ("date", "My mum's surgery is on Mother's Day, Sunday 11 May, and she is nervous.", "date"),
    ("age", "My gran, like Betty White, is 99 and still sharp.", "age"),
    ("ssn", "For example, my SSN is 123-45-6789.", "ssn"),
    ("date", "My babies were born on 3 March 2020 and both have reflux.", "date"),
    ("ssn", "Patient SSN 412-55-7310, for example, was mistyped.", "ssn"),
    ("name", "Nana Akua has had a toothache since Sunday and lives alone.", "name"),
    ("name", "My aunt Beatrice Olsen of Madison, WI was admitted on June 4.", "name"),
    ("date", "On 16 October 1946 William Morton had his teeth removed in Boston.", "date"),
    ("phone", "Emergency contact: Jane Smith, +44 20 5555 0101", "phone"),
    ("phone", "Please call Jane Smith at 0412 345 678 about her results.", "phone"),
    ("phone", "Patient contact: Jane Smith, 020 7946 0958", "phone"),
    ("date", "Our follow-up with the surgeon is on Nov. 4.", "date"),
    ("date", "My son was admitted on 17.09.2024 with a fever.", "date"),
    ("date", "Maria Lopez had her implant placed on 2 May.", "date"),
    # a name found in the sentence: a place's day beside it may be the person's
    ("date", "Jane Okafor came in on 3 May, the day the practice closed early.", "date"),
    ("geo", "My mother was admitted to Lakeside Hospital on Friday.", "geo"),
    ("geo", "Jane Doe was seen at Lakeview Hospital, which opened in 2019.", "geo"),
    ("date", "My dad's date of birth is 05/11/1940, written as on his card.", "date"),
    ("age", "Can my nan, who is 95, have dental implants?", "age"),
    ("age", "Can a 95-year-old like my grandad have implants?", "age"),
    ("date", "Maria Lopez, pain since 6/10.", "date"),
    ("name", "Thu has a fever since Monday, her mum says.", "name"),
    ("age", "Happy 100th birthday to our patient Edna Moss, still in for denture checks.", "age"),
    ("name", "Been seeing Tamsin here for her anxiety; she can drive again.", "name"),
    ("name", "I saw Kwame today, his back pain is much worse since the fall.", "name"),
    ("name", "Patient: Connor I Walsh, seen today for asthma review.", "name"),
    ("name", "La Toya Okonkwo was admitted with chest pain last night.", "name"),
    ("name", "Brittany and Tom were both admitted with food poisoning.", "name"),
    ("name", "Luna Okafor, the name on her chart, was admitted with sepsis.", "name"),
    # a role word that goes on as a noun ("your physio video") is no apposition, and a role
    # that does something to a name ("the nurse has Tyler's inhaler") is not the name's
    ("name", "Hi Trevor Banda, your physio home-exercise video is ready.", "name"),
    ("name", "the school nurse has Tyler's inhaler, his asthma is bad today", "name"),
    ("name", "Our physio gave Amara a new exercise plan for her knee.", "name"),
    # a note that leaves the writer out: the writer is the sentence's person
    ("date", "Had a colonoscopy on Monday 11/16, they found three polyps.", "date"),
    ("date", "I got my biopsy results from the clinic on 2/14.", "date"),
    ("age", "my nan (shes 94!!) got her new hearing aids today", "age"),
    ("handle", "my mums username on the fertility forum is hopefulmama_kaz, re her IVF", "handle"),
    ("record_number", "Kumar s/o Rajoo, FIN G5123456N, foreign worker medical.", "record_number"),
    ("record_number", "hi this is ngozi, my bvn is 22155509871, re my scan", "record_number"),
    ("name", "Angelina Jolie spoke about BRCA. My sister Angelina has the gene too.", "name"),
    # a real case's patient (no exam question), the writer's own (no "a" before the age);
    # a made-up case that names its patient
    ("geo", "A 45-year-old woman from Karachi came in with fever; she is my aunt.", "geo"),
    (
        "geo",
        "A 45-year-old woman named Ayesha Khan from Karachi presents with fever. Next step?",
        "geo",
    ),
    ("age", "A 92-year-old woman came in today with a broken wrist; we splinted it.", "age"),
    ("age", "My 93-year-old dad presents with chest pain. What is the next step?", "age"),
    (
        "age",
        "Is it safe for a 90 year old to have a general anaesthetic? My great-grandmother needs it.",
        "age",
    ),
    ("phone", "Merci ! Ma fille répond au 06 12 55 01 23 le soir.", "phone"),
    ("email", "My sister's mail is jane.doe.enquiries@gmail.com if you need her.", "email"),
    ("handle", "My son posted his swollen face as @kofi.builds, tag him please.", "handle"),
    # calling a person, or a place calling someone: the person's number
    ("phone", "I called my dentist on 0412 555 678 at home.", "phone"),
    ("phone", "The clinic called me on 0412 555 678 yesterday.", "phone"),
    ("record_number", "Her case number is 44812234 and she was seen on Monday.", "record_number"),
    ("record_number", "Patient reference 88123456 needs a follow-up.", "record_number"),
    # a booking's reference or a case number without a court's docket shape may be a
    # patient's, whose name the guard may not know
    ("record_number", "Booking reference 88213456 for the extraction.", "record_number"),
    ("record_number", "Case 88213456, extraction done, healing well.", "record_number"),
    # a town and a given name or a family word: a person's account
    ("handle", "Big thanks to @OttawaMom for the kind review after her son's filling!", ""),
    ("handle", "Follow @LeedsLucy for her recovery updates after the transplant.", ""),
    # "our page" with someone's care beside it: a family's account
    ("handle", "Our page is @kaia_and_mum_clinic_diary - Kaia starts chemo next week.", ""),
    ("handle", "Follow our journey at @team_hemi_heartwarrior - surgery is Friday!", ""),
    # a patient's word where the role stood
    ("name", "Auguri alla nostra paziente Giulia Bertolini per l'intervento!", ""),
    # "We're at …" with a family's words: the line is theirs
    ("phone", "We're at 14 Kloof Street now - call my mum on 082 555 0199 if you get lost.", ""),
    # the reader's own address, in a sentence in the practice's voice
    (
        "address",
        "For next time, your pin was saved as 45 Kalayaan Ave., Diliman, Quezon City — we've"
        " corrected it.",
        "",
    ),
    (
        "address",
        "We have your delivery address as 12 Rata Street, Naenae; our courier brings it Friday.",
        "",
    ),
    # (clean9) a notice's words with one patient's care in the same sentence
    ("date", "You were seen on 3 March, Mrs Lee, during our winter hours.", ""),
    ("date", "Our patient was seen on 7 June, the day of the Patient Appreciation picnic.", ""),
    ("date", "Extended hours helped: my appointment on 5 January was at 7pm.", ""),
    ("date", "My mum had her surgery on the 3rd and is home now.", ""),
    ("date", "My son was seen on the 3rd, after his fall on the stairs.", ""),
    ("date", "Example: my date of birth is 5 March 1980 and the form rejects it.", ""),
    (
        "date",
        "The barrier was fixed on Monday 3 March; if you were charged, write to"
        " tom.reyes@gmail.com for a refund.",
        "",
    ),
    # (clean8b) the same labels with a patient's in the sentence
    ("record_number", "Reference: JH-20931-K. Your daughter's extraction is confirmed.", ""),
    ("record_number", "My mother's hospital reference is HB-2026-0917 for the tender.", ""),
    ("record_number", "Change reference CHG-2026-0451 for my son's chart merge.", ""),
    ("age", "My grandad is 95 and has the teeth of a 60-year-old!", ""),
    ("age", "The care of a 95-year-old at home is hard; my dad needs help.", ""),
    ("vehicle_id", "My dad's car, plate ABC-5550, was towed from the hospital car park.", ""),
    ("vehicle_id", "The fleet van that hit my son had the plate CA 452-019.", ""),
    ("vehicle_id", "Please set up his laptop with asset tag LT-NG-002381 before Monday.", ""),
    ("vehicle_id", "The practice's van, registration KX19 LMN, took my mum home.", ""),
    # thanked for sponsoring, but the sentence says something private of them
    (
        "name",
        "Thanks to Joe Bianchi for sponsoring our 5K, and get well soon after your bypass!",
        "",
    ),
    ("name", "Thank you to Priya Shah for donating her time; we hope your chemo goes well.", ""),
    # thanked for a person's own kindness, not a firm's act: may be a patient's
    ("name", "Big thank you to Anne Rees for baking us cookies!", ""),
]


@pytest.mark.parametrize(("why", "text", "label"), NOT_A_PATIENTS + LONG_NOT_A_PATIENTS)
def test_no_patients_identifier_passes(why: str, text: str, label: str) -> None:
    assert _blocked(text, label) == [], why


@pytest.mark.parametrize(("label", "text", "_"), A_PATIENTS + LONG_A_PATIENTS)
def test_patients_identifier_is_blocked(label: str, text: str, _: str) -> None:
    assert _blocked(text, label), text


def test_only_staff_named_asks_every_name() -> None:
    text = "Call Dr. Rossi or Jane Smith on 06 5555 0142."
    rossi, jane = text.index("Dr."), text.index("Jane")
    assert guard_rules.only_staff_named(text, [rossi], 0, len(text))
    assert not guard_rules.only_staff_named(text, [rossi, jane], 0, len(text))
    assert not guard_rules.only_staff_named(text, [], 0, len(text))  # no name: no staff


def test_no_patients_day_names_its_rule() -> None:
    names = [name for name, _ in guard_phi._NO_PATIENTS_DAY]
    assert names == ["date.example", "date.organisation_day"]


def test_a_desk_word_last_makes_a_desks_mailbox_without_a_given_name() -> None:
    from medsocial_tui.compliance.identifiers import role_mailbox

    assert role_mailbox("england.contactus")
    assert not role_mailbox("jane.doe.enquiries")
    assert not role_mailbox("leeds.sales")  # a town or a surname may end a person's


def test_a_care_word_keeps_the_day_a_patients() -> None:
    # the sentence has a patient's care in it: no veto of the table is asked
    text = "Our clinic closed early on 3 May after Jane was admitted."
    assert _blocked(text, "date")


# "I" as a numeral ("Type I", "Level I", "Phase I") is not the writer: a trauma centre's
# level, a trial's phase and a condition's type made the day beside them the writer's.
@pytest.mark.parametrize(
    "text",
    [
        "St Mary's, a Level I trauma centre, opened its new wing on 3 May 2024.",
        "The Phase I trial of the vaccine began on 12 March 2024 at Leeds General Infirmary.",
        "Type I diabetes awareness day is 14 November.",
    ],
)
def test_a_numeral_i_is_not_the_writer(text: str) -> None:
    """The rules find nothing (the learned tagger's false block of the trial's infirmary is
    a strict xfail in test_general_text.py)."""
    assert [f for f in find_phi(text) if "[learned." not in f.reason] == []


@pytest.mark.parametrize(
    "text, words",
    [
        ("My type I diabetes was found on 14 November 2023.", "14 November 2023"),
        ("Since 14 November I have had type I diabetes.", "14 November"),
        ("I was admitted to Leeds General Infirmary on 12 March 2024.", "12 March 2024"),
    ],
)
def test_the_writer_s_i_beside_a_numeral_still_counts(text: str, words: str) -> None:
    assert words in [text[f.start : f.end] for f in find_phi(text)]


# (read 143-146) A colleague greeted beside a role's word: "Hey Jess, the physio room is
# moved …". The labelled sets mark the practice's own people named in its posts ("Our
# receptionist Lupe just got engaged!"), so the learned tagger may read "Jess" as a name;
# where a role beside it had dropped the rules' reading, it blocks only with the hint that
# says how to let a colleague pass, and once the practice lists her as staff it passes.
# (This case asserted a pass with no practice before; it passed because the rules read
# "the physio room" as Jess's role.)
def test_a_colleague_beside_a_role_passes_once_listed_and_is_never_blocked_without_the_hint() -> (
    None
):
    from medsocial_tui.compliance import PracticeContext, find_phi

    text = "Hey Jess, the physio room is moved to the ground floor from Wednesday."
    names = [f for f in find_phi(text) if f.label == "name" and f.severity == "block"]
    assert all("medsocial staff add" in f.reason for f in names), names
    listed = PracticeContext(provider_names=("Jess Moreau",))
    assert [f for f in find_phi(text, listed) if f.severity == "block"] == []
