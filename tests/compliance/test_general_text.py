"""What general text hides: each class of identifier and each disguise people use, found
with no practice configured, with offsets into the text as written."""

from __future__ import annotations

import pytest

from medsocial_tui.compliance import PracticeContext, find_phi, phi
from medsocial_tui.compliance.context import EMPTY_CONTEXT
from medsocial_tui.compliance.person_cues import short_text_about_someone
from medsocial_tui.compliance.rules import FACILITY_RULES, IDENTIFIER_RULES, NAME_RULES

# A clean text the learned tagger (compliance/learned.py) blocks, which the rules leave: a
# false block an approver clears. Strict, so that a model that passes it again fails the
# test and the mark comes off.
LEARNED_FALSE_BLOCK = pytest.mark.xfail(
    strict=True, reason="the learned tagger blocks this clean text (an approver clears it)"
)


def assert_blocked_as_stated(text: str, found: str | None) -> None:
    """``text`` blocks nothing when ``found`` is None, else blocks ``found`` among its words."""
    blocked = [text[f.start : f.end] for f in find_phi(text) if f.severity == "block"]
    assert (blocked == []) if found is None else (found in blocked), blocked


def spans(text: str, context: PracticeContext | None = None) -> dict[str, list[str]]:
    found: dict[str, list[str]] = {}
    for f in find_phi(text, context):
        found.setdefault(f.label, []).append(text[f.start : f.end])
    return found


def found_words(text: str) -> list[str]:
    return [text[f.start : f.end] for f in find_phi(text)]


# -- every named rule fires on its own case, and names itself in the reason ---------------
RULE_CASES = [
    # (read 155-158) a case's name in lower case after its age and sex; a code that is one
    # person's by whose it is or the result it gives
    ("name.lower_after_age_sex", "clinical q: 78f, doreen, jaw pain on chewing", "doreen"),
    ("id.persons_code", "your match code is DCR-88Q-201, log in to see", "DCR-88Q-201"),
    ("address.foreign_lower", "ik woon op de kerkstraat 14 in amersfoort", "kerkstraat 14"),
    ("place.writer_came_from", "We evacuated from Talent last week, my eyes still burn", "Talent"),
    ("date.lower_short_month", "pt seen 12 jan, f/u in 2 weeks", "12 jan"),
    # (read 147-150) the one a condolence speaks to, by name right after it
    ("name.condolence_addressed", "So sorry for your loss Mere. He was a lovely man.", "Mere"),
    (
        "facility.practice_on_street_lower",
        "is this the clinic on hamra street? my cousin went there for braces",
        "hamra street",
    ),
    # (read 143-146) a care date's label with no colon; a name before what they complain of
    ("date.field_no_colon", "Discharge date 14.03.2024, wound check in a week.", "14.03.2024"),
    ("name.complains_of", "Bed 6: Okafor c/o headache since 4am, obs stable.", "Okafor"),
    # (read 131-134) a ZIP where one lives; a titled carer in one's own words; a support
    # meeting's town; a chat login of letters; a hospital a note sends its patient to
    ("address.zip_where_one_is", "I live in 60614 and need a dentist, any ideas?", "60614"),
    (
        "name.carer_titled_in_own_words",
        "My midwife Mrs Berger says the head isn't engaged yet.",
        "Berger",
    ),
    (
        "place.support_meeting_of_one",
        "just got back from my first AA meeting in Skokie and nobody stared at me",
        "Skokie",
    ),
    (
        "place.support_meeting_of_one_lower",
        "just got back from my first aa meeting in skokie and nobody stared at me",
        "skokie",
    ),
    (
        "place.pinned",
        "📍Letterkenny back on the track after 6 weeks of Achilles rehab, thanks for pacing me",
        "Letterkenny",
    ),
    (
        "facility.branch_in_a_town",
        "Colleague q: 61F seen at our Lethbridge satellite clinic, bilateral parotid swelling",
        "Lethbridge",
    ),
    (
        "place.pinned_lower",
        "my flu jab ✅ covid booster ✅ 📍ennis #protected #winterready",
        "ennis",
    ),
    (
        "facility.branch_in_a_town_lower",
        "pt walked into our lethbridge clinic with multiple abscesses again, refused abx",
        "lethbridge",
    ),
    (
        "handle.chat_speaker_bracketed",
        "chat 14:02 <dentalnerd_92> anyone know if swelling after a sinus lift is normal?",
        "dentalnerd_92",
    ),
    (
        "id.national_checksum_lower",
        "codice fiscale del paziente: rssmra85t10a562s — manca la firma sul consenso.",
        "rssmra85t10a562s",
    ),
    (
        "id.uk_national_insurance_lower",
        "ni number jt 48 22 91 b, starting as a trainee dental nurse on 1st september.",
        "jt 48 22 91 b",
    ),
    (
        "phone.trunk_eight",
        "Моя соседка дала номер своего мужа: 8 701 234 56 78, он принимает на дому.",
        "8 701 234 56 78",
    ),
    (
        "id.uk_driving_licence",
        "Copy of driving licence attached: MORGA753116SM9IJ, needed for the DVLA medical form.",
        "MORGA753116SM9IJ",
    ),
    (
        "handle.own_login_letters",
        "Hi, my username on your app is smilesbyroxy, I can't log in to see my plan",
        "smilesbyroxy",
    ),
    (
        "date.of_the_writers_own_care",
        "I had the jab at the travel clinic in Croydon on 3 March 2019, can you reissue it?",
        "3 March 2019",
    ),
    (
        "biometric.code_after_its_kind",
        "Voiceprint VP_00819245 failed to match for the caller; account access refused.",
        "VP_00819245",
    ),
    (
        "handle.chat_speaker_lower",
        "[19:47] quietstorm: anyone up? [19:48] quietstorm: the urge is bad tonight",
        "quietstorm",
    ),
    (
        "facility.sent_to_in_a_note",
        "28F, 32 wks, BP 152/98, protein 2+. Sent to St Mary's Hospital. Mg sulfate now?",
        "St Mary's Hospital",
    ),
    ("zip.care_near", "Any free dental clinic near 60629? my son has a cavity", "60629"),
    (
        "name.staff_praised_abroad",
        "Atendimento nota 10, a auxiliar Jéssica é um amor com as crianças",
        "Jéssica",
    ),
    (
        "name.kin_of_abroad",
        "Hola!! soy la mamá de Thiaguito, ¿le pueden poner flúor?",
        "Thiaguito",
    ),
    ("facility.student_at", "24M college wrestler at Rutgers, lesions on face.", "Rutgers"),
    (
        "facility.school_of_one",
        "16F, netball captain at Otago Girls' High, rolled her ankle. X-ray?",
        "Otago Girls' High",
    ),
    ("date.vietnamese", "Mẹ tôi nhập viện ngày 15 tháng 8.", "15 tháng 8"),
    # (read 127-130) a clinical note's day after its name; the town a clinician writes from
    ("date.note_dated", "Chart note 2023-11-07: JM, 8y, caries 54, 64, 75.", "2023-11-07"),
    ("date.note_dated", "Progress note 14/03/2025 - pt reviewed, healing well.", "14/03/2025"),
    # (read 79-130) one's last dose or starting a medicine, in a question with no "I"
    ("date.last_dose_or_start", "Spotting on Depo for months? Last shot was Jan 22.", "Jan 22"),
    ("date.last_dose_or_start", "Metallic taste on metformin? Started it on the 3rd.", "the 3rd"),
    # (read 79-130) the branch someone goes to, by its town
    (
        "place.went_to_the_branch_in",
        "Went to the branch in Alsancak last week, so clean and the dentist was kind.",
        "Alsancak",
    ),
    (
        "place.went_to_the_town_clinic",
        "I went to the Leeds clinic last week and waited an hour.",
        "Leeds",
    ),
    (
        "place.clinician_writing_from",
        "GP reg in Moree: 50F, HbA1c 11.2, eGFR 38, on metformin only. SGLT2i first?",
        "Moree",
    ),
    (
        "place.clinician_writing_from",
        "Working at a health centre in Mount Hagen: 40M, 3 weeks of cough. Empiric TB tx?",
        "Mount Hagen",
    ),
    ("place.clinician_writing_from_lower", "gp in dubbo: 50f, hba1c 11.2, egfr 38", "dubbo"),
    # (read 79-130) a name then an elder sister's or brother's word, or one of endearment
    ("name.honorific_after", "Ammi ka BP 170/100, Saba baji ne Shifa mein dikhaya tha", "Saba"),
    ("name.honorific_after", "Ji-hoon oppa said the whitening only hurt for 2 days", "Ji-hoon"),
    ("name.honorific_after_lower", "hala habibti don't worry, the second stage is easier", "hala"),
    # (read 79-130) a colleague by the role as a title, in a patient's own words
    (
        "name.staff_role_titled",
        "1 star. Receptionist Kayleigh was rude to my elderly father when he arrived late.",
        "Kayleigh",
    ),
    (
        "date.field_unpunctuated",
        "Claim form: date of accident 16/07/2024, location the school gym.",
        "16/07/2024",
    ),
    ("facility.named", "My mother was seen at Lakeside Clinic on Tuesday.", "Lakeside Clinic"),
    # (names83, places83) a Nordic patronymic; a pupil's school year; one's clinician's
    # hospital by its letters
    (
        "name.nordic_patronymic",
        "Tími hjá tannlækni: Guðrún Ólafsdóttir, kl. 13:00.",
        "Guðrún Ólafsdóttir",
    ),
    ("name.school_year", "Dear Parent, Ishaan (Year 4) had a fall in the playground.", "Ishaan"),
    (
        "vehicle.plate_lower",
        "vehicle kn19 xpt was parked across the disabled bay again",
        "kn19 xpt",
    ),
    ("handle.chat_log", "Chat log 09:14 kasia_w88: hi is the clinic open tmrw?", "kasia_w88"),
    ("vehicle.plate_lower_labelled", "reg kda 482q was parked across the bay again", "kda 482q"),
    ("name.quoted_on_a_thing", 'a blue retainer case with the name "ELIF" on it', "ELIF"),
    # (staff83) a colleague named in a patient's words: by desk, by role, praised
    ("name.staff_at_the_desk", "can confirm, Rania at the front desk is an angel", "Rania"),
    ("name.staff_by_role", "The hygienist Carly is the best, didn't feel a thing", "Carly"),
    (
        "name.staff_praised",
        "Cheyenne is the best hygienist ever, don't let her leave!!",
        "Cheyenne",
    ),
    # (names91) a name right after the child's age; (places91) a case's town before a trade
    ("name.after_age", "4yo Amara bit her tongue on the trampoline, bleeding stopped", "Amara"),
    (
        "date.tagalog",
        "My son ay nabunutan noong ika-9 ng Marso, masakit pa rin.",
        "ika-9 ng Marso",
    ),
    (
        "date.tagalog_month_first",
        "Doc, pwede po ba magpa-schedule yung son ko sa Hunyo 18 ng umaga?",
        "Hunyo 18",
    ),
    ("place.town_before_trade", "52F Tromsø fisherwoman with a non-healing lip ulcer", "Tromsø"),
    (
        "place.person_from_lower",
        "27-year-old female welder from sudbury, burn on forearm",
        "sudbury",
    ),
    (
        "place.person_from_lower_pair",
        "fall: 88 y/o retired dentist from thunder bay, wrist fracture",
        "thunder bay",
    ),
    (
        "name.staff_and_the_team",
        "Rewa and the team looked after my mum every week for a year. Forever grateful.",
        "Rewa",
    ),
    (
        "facility.your_branch",
        "Hi, I was at your Parnell office on the 3rd and I left my umbrella in room 2",
        "Parnell",
    ),
    (
        "facility.works_at",
        "52F, works nights at the Dillingham cannery, deep cut on her palm. Tetanus?",
        "Dillingham",
    ),
    (
        "facility.letters_of_ones_clinician",
        "is it ok that my psychiatrist at CAMH started me on lithium?",
        "CAMH",
    ),
    (
        "address.barangay",
        "My mum lives at Purok 3, Brgy. San Isidro, Tanauan City, Batangas with my tita.",
        "Purok 3, Brgy. San Isidro, Tanauan City, Batangas",
    ),
    (
        "address.irish_county",
        "My mum lives at Knockmore, Ballyhaunis, Co. Mayo and can't drive.",
        "Knockmore, Ballyhaunis, Co. Mayo",
    ),
    ("facility.saint", "He was admitted to St. Vincent's with pneumonia.", "St. Vincent's"),
    ("facility.stay_at", "She was at Hoag for three days after the surgery.", "Hoag"),
    ("facility.care_move", "My daughter was treated at Children's Mercy in Kansas City.", None),
    ("place.born_in", "I was born on July 4th, 1976 in Des Moines.", "Des Moines"),
    ("place.born_before", "45 y/o Sylhet-born restaurant worker, betel quid chewer", "Sylhet"),
    (
        "place.ship_served_on",
        "my husband is on the USS Bataan and can't get leave, can I sign the consent for our son?",
        "USS Bataan",
    ),
    (
        "place.town_resident",
        "ED triage: Ravindra Persaud, 58, Linden resident, chest tightness after a race.",
        "Linden",
    ),
    ("handle.username", "Username: jpike_1976", "jpike_1976"),
    ("place.office_in", "The patient was referred to Dr. Smith's office in Chicago.", "Chicago"),
    ("place.after_street", "She lives on Maple Street, Leeds, with her son.", "Leeds"),
    ("street.no_number", "She lives on Maple Street near the school.", "Maple Street"),
    ("address.field", "Name: Kwame Mensah\nAddress: Flat 3, Harbour View", "Flat 3, Harbour View"),
    ("place.field", "Patient intake\nCity: Wollongong\nPhone: none", "Wollongong"),
    ("id.labelled", "Her ID: 987654321 is on the form.", "987654321"),
    ("id.device_labelled", "His pump serial no. 77 10 4432 was recalled.", "77 10 4432"),
    ("ip.address", "Logged in from 192.168.14.201 this morning.", "192.168.14.201"),
    ("ssn.bare", "She wrote 123456789 on the intake form.", "123456789"),
    ("ssn.labelled_words", "SSN one two three four five six seven eight nine", None),
    ("email.disguised", "Write to jane at gmail dot com for the forms.", "jane at gmail dot com"),
    ("name.title_initial", "Dr. John L. reviewed the chart.", "Dr. John L."),
    ("name.given_initial", "Anna S. asked about her crown.", "Anna S."),
    ("name.introduced", "Hello, my name is Oluwaseun Adeyemi and I need a dentist.", None),
    ("name.with_the_writer", "Aba and I both had our wisdom teeth out the same week.", "Aba"),
    (
        "date.weekday_ordinal",
        "went on saturday the 4th and they squeezed me in",
        "saturday the 4th",
    ),
    (
        "address.number_then_street_kind",
        "please send the aligners to 4418 Calle Alameda, Pueblo CO 81004",
        "4418 Calle Alameda, Pueblo CO 81004",
    ),
    ("name.introduced_abroad", "Bonjour, je m'appelle Amandine, j'ai mal à une dent.", "Amandine"),
    ("name.role_word", "Customer Thandiwe Mbeki disputes the charge.", "Thandiwe Mbeki"),
    ("name.role_word", "Pt Ahmadi allergic to penicillin, rash last time.", "Ahmadi"),
    ("name.document_for", "Invoice to Max Mustermeier for the hearing test.", "Max Mustermeier"),
    ("name.document_for", "Pay stub for Jesús Ibarra, period ending 3/15", "Jesús Ibarra"),
    ("name.form_heading", "Volunteer form: Githongo — allergies: bees — T-shirt: L", "Githongo"),
    ("name.kin_named", "my son's name is Akin if u see him tell him to call me", "Akin"),
    ("name.kin_named", "My daughter is called Wren, she is 4.", "Wren"),
    ("name.with_age", "Tariq Haddad, 45, was treated for a broken jaw.", "Tariq Haddad"),
    ("name.born_year", "Grace Achieng b. 1984 attends the diabetes clinic.", "Grace Achieng"),
    ("name.maiden_name", "In memory of Teresa Kowalski (née Wróbel), 1941–2026.", "Wróbel"),
    ("name.son_or_daughter_of", "Kumar s/o Rajoo, work permit medical.", "Kumar s/o Rajoo"),
    ("name.newborn", "Wristband: BABY GIRL ODHIAMBO / DOB 27/11/2026", "ODHIAMBO"),
    ("name.initial_surname", "Pt. R. Gonzales c/o dizziness since amlodipine.", "R. Gonzales"),
    (
        "name.age_in_apposition",
        "Case 3 — Siosaia, a 7-year-old boy, presents with fever and a limp.",
        "Siosaia",
    ),
    ("name.after_age_and_sex", "67 y/o male (Delgado) presents with syncope.", "Delgado"),
    (
        "name.life_event_subject",
        "Precious Banda gave birth to a baby girl at Chris Hani Baragwanath on Sunday.",
        "Precious Banda",
    ),
    (
        "name.after_age_sex_code",
        "84M Harold Fenwick in rm 12, post-op day 2 hip, acutely confused overnight.",
        "Harold Fenwick",
    ),
    ("name.after_age_and_sex", "A 38-year-old man, Tuilagi, came in with a wrist.", "Tuilagi"),
    ("name.known_surname", "We met Zephyrine Fischer at the pharmacy after her fall.", None),
    ("name.rare_words", "We met Tahu Ngata at the park after her fall.", "Tahu Ngata"),
    ("name.rare_pair", "The invoice for Oluwaseun Adeyemi is overdue.", "Oluwaseun Adeyemi"),
    ("id.iban", "IBAN GB82 WEST 1234 5698 7654 32 on file.", "GB82 WEST 1234 5698 7654 32"),
    ("id.mac_address", "MAC 00:1B:44:11:3A:B7 registered to the pump.", "00:1B:44:11:3A:B7"),
    ("name.clinical_subject", "Xochitl Ramirez was admitted with chest pain.", "Xochitl Ramirez"),
    ("address.foreign", "She moved to 12 rue de la Paix last spring.", "12 rue de la Paix"),
    (
        "address.foreign_square",
        "Ma mère habite 12 quai de la Loire, 75019 Paris.",
        "12 quai de la Loire, 75019 Paris",
    ),
    (
        "address.building_first",
        "My uncle lives at Flat 12B, Shanti Apartments, MG Road, Bengaluru 560001.",
        "Flat 12B, Shanti Apartments",
    ),
    ("place.lower_town", "my mum lives in leicester and her GP won't refer her", "leicester"),
    (
        "vehicle.plate_beside_vehicle",
        "His van, 4821 BKV, was hit outside the clinic.",
        "4821 BKV",
    ),
    ("facility.unit_at", "My son was in the ED at Cedars-Sinai overnight.", "Cedars-Sinai"),
    ("address.postal", "Please ship it to 150 Anthony Plains, Port Glendachester, VA 04307.", None),
    ("place.postcode_field", "My postcode is SW1A 1AA, near the park.", "SW1A 1AA"),
    ("zip.lives_in", "My dad lives in 60623 and his lead test came back high.", "60623"),
    ("postcode.lives_in", "we're in SW9 8BT and my son keeps getting sent home ill", "SW9 8BT"),
    (
        "place.harm_at",
        "my nephew was stabbed outside Westfield Mall and is in surgery",
        "Westfield Mall",
    ),
    ("place.care_on_road", "took our son to the urgent care on Route 9", "Route 9"),
    (
        "place.cross_streets",
        "the pharmacist at the CVS on Main and 3rd gave my daughter the wrong dose",
        "Main and 3rd",
    ),
    (
        "facility.procedure_done_at",
        "Procedure was on June 9th at Baptist Memorial",
        "Baptist Memorial",
    ),
    ("street.lives_on", "Our neighbour Mrs Hall lives alone on Molly Trail.", "Molly Trail"),
    ("street.lives_on_named", "Grandpa still lives on Kirkgate on his own.", "Kirkgate"),
    ("age.other_language", "A minha avó Lurdes tem 94 anos e deixou de comer.", "94"),
    ("age.person_of_years_abroad", "Uma senhora de 97 anos com dor na prótese.", "97"),
    ("age.ethiopic_years", "ሰላም፣ የአባቴ ጥርስ ያመዋል። 91 ዓመቱ ነው።", "91"),
    (
        "vehicle.plate_before_its_word",
        "21 DK 4587 plakalı araç acil girişini kapatmış.",
        "21 DK 4587",
    ),
    ("name.lower_after_case_age", "52m, viktor, crushing chest pain, bp 80/50", "viktor"),
    (
        "facility.your_branch_lower",
        "i drive past your kelowna office every day, finally booked!",
        "kelowna",
    ),
    (
        "place.writer_from_abroad",
        "Sou de Juiz de Fora e queria saber se atendem Unimed.",
        "Juiz de Fora",
    ),
    (
        "place.writer_from_abroad",
        "Bonjour, je suis à Trois-Rivières et j'ai perdu un plombage",
        "Trois-Rivières",
    ),
    (
        "place.writer_is_in",
        "Somebody in the Coorparoo area know a good paediatric OT? Our boy is 3",
        "Coorparoo",
    ),
    ("age.person_of_years_abroad", "Un signore di 93 anni con dolore al ginocchio.", "93"),
    ("age.kin_abroad", "ang lola ko ay 96 na at may sugat sa paa", "96"),
    ("age.kin_abroad", "mi abuela, que ya tiene 95, se cayó anoche", "95"),
    ("age.kin_abroad", "bibi yangu ana miaka 94 na meno yanamuuma", "94"),
    ("age.years_of_age_word", "Bà tôi 93 tuổi, bị tiểu đường.", "93"),
    ("age.years_of_age_word", "Babaannem 96 yaşında ve diyabeti var.", "96"),
    ("age.with_sex", "Chest X-ray: Ravi Prasad, 90Y/M, bilateral effusion.", "90"),
    (
        "name.signed_off",
        "Still no call back about my bloods from Tuesday. — Harriet Coles",
        "Harriet Coles",
    ),
    ("name.lower_self_named", "hey its ellie from the book club, new number", "ellie"),
    (
        "name.addressed_opening",
        "A CPAP was delivered to our surgery. Mehreen, please pop in.",
        "Mehreen",
    ),
    (
        "name.form_field_bare",
        "PROBLEM WITH MY PRESCRIPTION. PATIENT NAME DOROTHY WALSH, RX # 6620419",
        "DOROTHY WALSH",
    ),
    (
        "name.signed_with_closing",
        "Can you send my x-rays to my new dentist? Regards, Aleks",
        "Aleks",
    ),
    (
        "facility.named_abroad",
        "Ma mère a été hospitalisée le 2 décembre au CHU de Rennes.",
        "CHU de Rennes",
    ),
    (
        "address.lower_case",
        "we just moved to 9 kingsley road, bristol bs7 8hp and my son needs a GP",
        "9 kingsley road, bristol bs7 8hp",
    ),
    # (guard-recall8) where the writer is, texted: "im at", a unit before the house number
    (
        "address.lower_case",
        "can the nurse come by? im at unit 3 / 41 harbour rd, manly",
        "unit 3 / 41 harbour rd, manly",
    ),
    ("url.social_profile", "Find me on https://instagram.com/nicolehobbs.", None),
    ("id.national_checksum", "GOMA850312HDFRRN09 was on the form.", "GOMA850312HDFRRN09"),
    (
        "id.national_shape",
        "Send the letter for my aunt, GHA-723456789-1, to Kumasi.",
        "GHA-723456789-1",
    ),
    ("id.label_after", "8537 0565 6304 is my Aadhaar.", "8537 0565 6304"),
    (
        "id.asked_then_given",
        "do you need my son's passport number for the travel vaccine record? it's P7729104",
        "P7729104",
    ),
    (
        "id.asked_then_given",
        "¿Tengo que traer el DNI? El mío es 48293017K por si lo quieren registrar ya.",
        "48293017K",
    ),
    (
        "id.asked_then_given",
        "Aadhaar number dena zaroori hai kya? Mera 4521 8873 0916 hai",
        "4521 8873 0916",
    ),
    ("device.label_after", "356512509475301 is my IMEI, it was stolen.", "356512509475301"),
    ("ssn.last_four", "Last 4 of my social: 3307, they keep asking.", "3307"),
    ("vehicle.plate_shape", "The blue van KX19 LMN knocked my son off his bike.", "KX19 LMN"),
    (
        "vehicle.plate_after_vehicle",
        "Mr van Wyk, your bakkie CA 889-614 blocked the ambulance bay again.",
        "CA 889-614",
    ),
    (
        "date.day_in_words_abroad",
        "Namaste, meri maa ke daant mein dard hai, kya aap 18 tareekh ko khule ho?",
        "18 tareekh",
    ),
    (
        "date.day_month_figures",
        "my husband had his wisdom tooth out 21.02 and it still throbs",
        "21.02",
    ),
    (
        "place.from_abroad_bare",
        "Doc, my son po ay may lagnat, taga-Marikina po kami.",
        "Marikina",
    ),
    (
        "address.canada_postcode_last",
        "Shipment to PO Box 77, Iqaluit, NU X0A 0H0 delayed by weather.",
        "X0A 0H0",
    ),
    (
        "facility.practice_on_street",
        "wait is this the practice on Kingsway? my gran goes there",
        "Kingsway",
    ),
    (
        "vehicle.gulf_plate",
        "The vehicle Sharjah 3 41872 was parked across the ambulance bay all morning.",
        "Sharjah 3 41872",
    ),
    ("handle.self_named", "I'm painfree_pete on the forum, with the bad disc.", "painfree_pete"),
    ("place.relative_in", "My grandma in Little Havana fell again.", "Little Havana"),
    ("place.postcode_district", "We're in the SE15 area, any dentist for my son?", "SE15"),
    ("facility.care_booked_at", "My MRI is at Radnet on Friday.", "Radnet"),
    ("name.relation_caps", "My son LIAM has croup again.", "LIAM"),
    ("id.card_luhn", "Charge the copay to 4539 1488 0343 6467.", "4539 1488 0343 6467"),
    ("geo.coordinates", "Her last known location was 40.7128, -74.0060.", "40.7128, -74.0060"),
    ("name.after_cue", "The car belongs to Denis Richards.", "Denis Richards"),
    ("name.after_cue", "Badge enrolled for staff member Colm Daly today.", "Colm Daly"),
    ("name.after_cue", "Locker 14 assigned to Dmitri Volkov, ward 6.", "Dmitri Volkov"),
    ("name.self_introduced", "Contact Siobhan at the number below.", "Siobhan"),
    ("name.personal_fact", "Shawn Fields lives at the end of our road.", "Shawn Fields"),
    ("name.lower_full", "Reply to alice marsh: sorry about the wait.", "alice marsh"),
    ("name.lower_given", "My wife simon had her gallbladder out.", "simon"),
    ("name.lower_subject", "carol leblanc's phone number is on file.", "carol leblanc"),
    ("url.personal_site", "Visit my blog at www.janedoe-recovery.com for updates.", None),
    ("vehicle.registration", "Her car, registration AB12 CDE, was parked outside.", "AB12 CDE"),
    ("biometric.mention", "His fingerprint and retina scan are on file.", "fingerprint"),
    # (records15) a phone number bare in a person's row, between the row's separators
    ("phone.row_field", "Patient Lim Mei Hua - 6555 0198 - Tampines - recall due", "6555 0198"),
    ("ssn.last_four_around", "Verified with the last four 1234 of her social.", "1234"),
    (
        "biometric.template_id",
        "Her iris template IR-55120-7 is on file at the kiosk.",
        "IR-55120-7",
    ),
    ("age.words", "She turned ninety-three last week.", "ninety-three"),
    ("age.words", "Her birthday is in March; she'll be ninety.", "ninety"),
    ("age.words", "Grandma will be a hundred in May.", "a hundred"),
    ("age.words", "Cake for Mr Ito on his ninety-fifth birthday!", "ninety-fifth"),
    ("age.words", "My grandfather is in his late 90s and has COPD.", "in his late 90s"),
    ("age.field", "Sex: F, Age: 101", "101"),
    ("place.person_from", "I'm a 34-year-old woman from Dublin with migraines.", "Dublin"),
    # (places14) a vignette's worker, a word placing the town, a town that is a given name
    # written with its state
    ("place.person_from", "A 62-year-old dairy farmer in rural Kerry has a hand injury.", "Kerry"),
    ("place.person_from", "A 66-year-old rancher from Cody, Wyoming, has a rash.", "Cody, Wyoming"),
    ("facility.care_move", "paramedics took him to Mercy. do we call his son?", "Mercy"),
    ("facility.care_at_short", "We drove down for my husband's treatment at Raigmore.", "Raigmore"),
    ("place.after_age_sex", "Case: 44M, Lubbock TX, presented with chest pain.", "Lubbock"),
    (
        "place.vignette_home",
        "47yo meatpacker from Worthington MN, bilateral CTS on NCS. surgery both at once?",
        "Worthington MN",
    ),
    (
        "place.travel_from",
        "anyone driving from Lubbock to UMC tomorrow? my grandpa needs a ride to dialysis",
        "Lubbock",
    ),
    (
        "place.wishes_from",
        "thinking of you all the way from Gisborne, get well soon Aunty",
        "Gisborne",
    ),
    (
        "place.towns_clinics_to_the_writer",
        "Johannesburg clinics are so overwhelmed, went to three before one could see me",
        "Johannesburg",
    ),
    (
        "place.mishap_in",
        "kid got a tooth knocked out at hockey practice in Moose Jaw 30 min ago, too late?",
        "Moose Jaw",
    ),
    (
        "place.writer_is_in",
        "my toddler swallowed a battery?? we're in Tuscaloosa which hospital has peds GI",
        "Tuscaloosa",
    ),
    ("place.writer_is_in", "just moved to Mount Pleasant lol come visit", "Mount Pleasant"),
    (
        "place.writer_is_in",
        "anyone in Owensboro know a dentist that takes Medicaid for adults?",
        "Owensboro",
    ),
    ("place.office_in", "she lives out past Tatamagouche now, no cell service", "Tatamagouche"),
    (
        "place.office_in",
        "was told at the clinic in Sault Ste. Marie that my A1c is 7.9, is that bad?",
        "Sault Ste. Marie",
    ),
    (
        "place.office_in",
        "my dad lives in Ft. Lauderdale now, needs a cardiologist",
        "Ft. Lauderdale",
    ),
    ("facility.days_in", "day 3 in Addenbrooke's and the food is actually decent", "Addenbrooke's"),
    (
        "facility.post_op_at",
        "recovering from my hip at Golden Jubilee, the physios are brilliant",
        "Golden Jubilee",
    ),
    ("facility.days_in", "night 2 at Crosshouse, drip finally out and on oral abx", "Crosshouse"),
    (
        "place.vignette_home_abroad",
        "Caso: mujer de 52 años, costurera de Tehuacán, con dolor en ambas muñecas.",
        "Tehuacán",
    ),
    (
        "place.vignette_home_abroad",
        "Fall: 67-jähriger Landwirt aus Bad Tölz mit Luftnot seit Monaten.",
        "Bad Tölz",
    ),
    (
        "facility.stay_length_at",
        "home at last after 11 nights at Lurie Children's, thank you all",
        "Lurie Children's",
    ),
    ("facility.letters_after_care", "60F seen at KATH with jaundice, now referred here.", "KATH"),
    (
        "facility.thanked_after_care",
        "1 yr cancer free today! thank u Moffitt, you saved my life",
        "Moffitt",
    ),
    (
        "facility.named_abroad_lower",
        "Ma mère a été transférée à la clinique Pasteur hier soir.",
        "clinique Pasteur",
    ),
    (
        "place.vignette_area",
        "77 y/o retired boilermaker, Sudbury area, new pleural effusion. pleurx?",
        "Sudbury",
    ),
    (
        "place.vignette_listed_town",
        "consult: 61F, dairy farmer, Tillamook OR, new exertional dyspnea",
        "Tillamook OR",
    ),
    ("place.vignette_listed_town", "shearer, 48, Gore, back pain down the left leg", "Gore"),
    (
        "place.childs_school_town",
        "my son's teacher at Kaiapoi school says he keeps falling asleep in class",
        "Kaiapoi",
    ),
    (
        "place.writer_from_here",
        "Thandi from Mamelodi here - is the clinic open Saturday?",
        "Mamelodi",
    ),
    (
        "place.home_after_care",
        "back home in Kilkenny after a week on the cardiac ward, knackered",
        "Kilkenny",
    ),
    ("place.person_from", "Pt is a 72F in Tulsa, OK, with new onset AF.", "Tulsa, OK"),
    ("place.person_from", "A 60-year-old retired nurse from Port Elizabeth has dyspnea.", None),
    (
        "place.resident_abroad",
        "Mi abuela Carmen, vecina de Tlaquepaque, tiene 88 años.",
        "Tlaquepaque",
    ),
    ("place.resident_abroad", "Mi madre Lucía vive en Zaragoza y tiene artritis.", "Zaragoza"),
    ("place.admitted_abroad", "Ma fille est hospitalisée à Necker depuis lundi.", "Necker"),
    ("place.admitted_hindi", "Mere papa AIIMS mein admit hain, dengue hai.", "AIIMS"),
    ("place.after_ip", "A sign-in to your portal from 102.89.34.117 (Lagos) at 03:12.", "Lagos"),
    ("place.after_turkish_kin", "Annem Kadıköy'de oturuyor, protez lazım.", "Kadıköy"),
    ("place.field", "Place of death: St Christopher's Hospice", "St Christopher's Hospice"),
    ("place.patient_from_abroad", "Paciente de Tumaco, 30 años, con malaria.", "Tumaco"),
    ("place.patient_from_abroad", "Pacjentka z Gdańska, lat 67, po zawale.", "Gdańska"),
    ("place.called", "My grandmother lives in a village called Little Snoring.", "Little Snoring"),
    ("facility.care_at_short", "My scan at LUTH showed PCOS.", "LUTH"),
    ("name.relation", "Her landlord Mr. Price called about the rent.", None),
    ("name.initials", "Pt. J.D., 55F, presented to the ED.", "J.D."),
    ("place.town_suffix", "My son fell off his bike in New Cynthiaberg last week.", None),
    ("name.particle", "I'm Isis van den Hoek, reachable by email.", "Isis van den Hoek"),
    # a given name that is an everyday word abroad is still a given name before a particle
    ("name.particle", "Luz de la Cruz missed her 3 pm cleaning.", "Luz de la Cruz"),
    # (guard-recall8) the Filipino "dela", "delos" and the Malay "binte"
    ("name.particle", "My lola Perla dela Rosa has a toothache.", "Perla dela Rosa"),
    ("name.particle", "Rodel delos Reyes missed his cleaning.", "Rodel delos Reyes"),
    ("name.particle", "My mother Aminah binte Hassan was admitted.", "Aminah binte Hassan"),
    ("age.years_after_person_word", "Patient 101 yrs, lives in a nursing home.", "101"),
    (
        "id.tracking_booking_or_report",
        "fedex tracking for my aligners: 7798 4412 0193",
        "7798 4412 0193",
    ),
    ("device.wearable_code", "My fitbit FB-3H8K2P9Q shows 140 bpm resting.", "FB-3H8K2P9Q"),
    (
        "date.booked_for_reader",
        "Your physio has you down for Tuesday 19 March, bring your brace.",
        "Tuesday 19 March",
    ),
    (
        "handle.discord_tag",
        "yo whats ur discord, mine is ghostpepper#4471",
        "ghostpepper#4471",
    ),
    (
        "date.expiry_month_year",
        "My passport expires 03/2031, can I still fly on it?",
        "03/2031",
    ),
    (
        "url.chat_invite",
        "the group for the moms from the clinic is chat.whatsapp.com/Gx7Lq2pRtY9",
        "chat.whatsapp.com/Gx7Lq2pRtY9",
    ),
    ("age.stated", "Nan is 95 and lives alone.", "95"),
    ("age.stated", "My aunt died last Tuesday at 98.", "98"),
    ("age.stated", "Her birthday is Friday, she'll be 100 🎂", "100"),
    ("name.honorific", "Rabbi Levine had a fainting spell.", "Rabbi Levine"),
    ("name.question_subject", "Should Tavita keep taking metformin before his surgery?", "Tavita"),
    (
        "name.pronoun_subject",
        "I think Tavita has an ear infection; he keeps pulling at it.",
        "Tavita",
    ),
    ("place.the_district", "My grandmother lives alone in the Bronx.", "the Bronx"),
    (
        "name.is_our_patient",
        "Holly Ivy is our patient and she had a great checkup.",
        "Holly Ivy",
    ),
    ("name.pronoun_object", "Please help Wairimu with her forms.", "Wairimu"),
    ("name.from_my_group", "Precious from my church has breast cancer.", "Precious"),
    ("name.addressed_reply", "Imogen, thanks for bringing your twins in!", "Imogen"),
    ("ssn.labelled_spaced", "My SSN is 5 2 3 - 4 5 - 6 7 8 1.", "5 2 3 - 4 5 - 6 7 8 1"),
    ("address.house_number_first", "My address is House No. 12, Sector 15, Noida 201301.", None),
    ("address.block_numbered", "Send it to 2-14-3 Ebisu, Shibuya-ku, Tokyo 150-0013.", None),
    ("facility.attends", "My son goes to MD Anderson for his treatment.", "MD Anderson"),
    ("age.after_name", "Dad (Frank Walsh, 94) has been in hospital.", "94"),
    ("place.rare_word", "My sister moved to Lucknow last year.", "Lucknow"),
    ("place.gazetteer", "My dad lives in Portland now.", "Portland"),
    (
        "facility.childrens_or_womens_alone",
        "I had my baby at Women's and the stitches still hurt.",
        "Women's",
    ),
    (
        "place.care_sought_near",
        "Can anyone recommend a pediatric dentist near Bayside? My daughter is terrified",
        "Bayside",
    ),
    ("name.form_field", "Patient Name: DOE, MARGARET A  MRN: 00482291", "DOE, MARGARET A"),
    ("name.care_object", "Saw Tom today, wound healing well.", "Tom"),
    ("name.surname_initial_record", "Manifest: 1) Osei, K KBTH-4471 2) Amponsah, E 34F", "Osei, K"),
    (
        "name.surname_comma_given",
        "Dialysis chairs: chair 6 Nakashima, K. / chair 7",
        "Nakashima, K.",
    ),
    # name.form_field on other languages' claims, and a field "on the chart"
    (
        "name.form_field",
        "Beneficiário: Luiz Carlos Pereira | Carteira: 0 032",
        "Luiz Carlos Pereira",
    ),
    ("name.form_field", "Nombre y apellidos: Rocío Vázquez Gil", "Rocío Vázquez Gil"),
    ("name.form_field", "(full name on chart: Mere Pōtae)", "Mere Pōtae"),
    ("name.form_field", "Pupil: Tomasz Wiśniewski, Year 4, absent", "Tomasz Wiśniewski"),
    ("name.form_field", "Beneficiary: Oyelaran Adebisi", "Oyelaran Adebisi"),
    ("name.form_field_bare", "Formulaire: nom Dubois, prénom Marc-Antoine", "Marc-Antoine"),
    ("name.lower_full_dob", "pt rosalind ferris dob 6-1-44 c/o chest pain", "rosalind ferris"),
    (
        "name.lower_told_that",
        "can u tell dr mendez that sofia reyes cant make it tmrw",
        "sofia reyes",
    ),
    ("name.day_sheet", "Monday\n09:00 Tevita Fifita — gout f/u\n09:20 ", "Tevita Fifita"),
    ("name.possessive", "The nurse said Mariam's bed number is 22.", "Mariam"),
    ("date.record_shorthand", "Adm 3/4, D/C 7/4, dx pneumonia", "3/4"),
    ("date.record_shorthand", "LMP: 12 Jan. Pregnancy test positive.", "12 Jan."),
    ("date.record_shorthand", "Collected 03/12/2026 08:40. Result: influenza A.", "03/12/2026"),
    ("name.care_object", "Discharged Kwame home with oral antibiotics.", "Kwame"),
    ("address.said", "my address is 9 kingsley road, bristol bs7 8hp", None),
    (
        "address.labelled",
        "Rijksregisternummer: 85.07.30-033.61; Address: Meir 52, 2000 Antwerpen.",
        "Meir 52, 2000 Antwerpen",
    ),
    ("name.hyphenated_given", "Sung-min Park changed her phone number.", "Sung-min Park"),
    ("place.record_item", "Grace Wanjiru, 0722 123 456, Kisumu, needs her results.", "Kisumu"),
    # (places35) a record's field of where its person works or lives; a neighbourhood's word;
    # a town said of someone's home; a town naming the clinic where someone was seen
    (
        "place.record_field",
        "His staff record lists depot: Pietermaritzburg.",
        "Pietermaritzburg",
    ),
    (
        "place.neighbourhood_word",
        "Her file: tel. 33 1455 2290, colonia Tlaquepaque Centro",
        "Tlaquepaque Centro",
    ),
    (
        "place.possessive_home",
        "Hi Kemi, the refund will be posted to your Abeokuta address.",
        "Abeokuta",
    ),
    (
        "place.town_care_site",
        "my cousin Tariq says the Ikorodu ortho lost his x-rays again",
        "Ikorodu",
    ),
    (
        "place.care_unit_abroad",
        "ma fille a été vue aux urgences de Roubaix hier soir",
        "Roubaix",
    ),
    (
        "place.trade_from_abroad",
        "mi tío, agricultor de Jaén, tiene la presión alta",
        "Jaén",
    ),
    ("date.other_language", "My mother Rosa had surgery on 4 de marzo de 2023.", None),
    ("name.vocative", "Sorry to hear about your pain, Thuthukile.", "Thuthukile"),
    ("name.possessive", "Please send Olwethu's forms to the school.", "Olwethu"),
    ("name.object", "Ask Nqobizitha about her new crown!", "Nqobizitha"),
    ("name.sentence_subject", "Marita chipped a tooth playing rugby.", "Marita"),
    ("date.field", "Discharge date: 12/03/2022. Follow up in 2 weeks.", "12/03/2022"),
    ("employer.field", "Employer: Acme Corp. Occupation: teacher.", "Acme Corp"),
    ("name.initial_surname", "T. Nakamura missed her dialysis session.", "T. Nakamura"),
    ("name.person_role", "The witness Carl Jones said the driver had a seizure.", "Carl Jones"),
    ("facility.short_name", "He was treated at Mercy General.", "Mercy General"),
    ("facility.named_kind_last", "My mum Karin Berg is in Danderyds Sjukhus.", "Danderyds Sjukhus"),
    ("name.surname_at_start", "Fatuma Warsame (Somali) needs an interpreter.", "Fatuma Warsame"),
    ("facility.health_system", "My doctor at Kaiser Sunnyside says I'm fine.", "Kaiser Sunnyside"),
    (
        "place.numbered_road_of_an_event",
        "my son was in a car wreck on Route 9 near the lake, whiplash",
        "Route 9",
    ),
    ("place.spot_of_town_abroad", "mi hijo se cayó en el parque de Chapinero", "Chapinero"),
    (
        "place.town_left_or_reached",
        "text me when you leave Mandeville, I'll meet you",
        "Mandeville",
    ),
    ("place.whole_town_behind_someone", "all of Ballymena is praying for her tonight", "Ballymena"),
    (
        "facility.listed_hospital",
        "Handover: Korle Bu ward B, patient Efua Asantewaa, 27F, given oxytocin.",
        "Korle Bu",
    ),
    (
        "facility.listed_after_care_word",
        "Grace is home from Starship finally, thanks everyone for the meals",
        "Starship",
    ),
    ("facility.provider_at", "Her GP at Brookside told her it was a virus.", "Brookside"),
    (
        "facility.clinician_of_place_acting",
        "ur dentist at Bright Smiles called, can u reschedule to Tues",
        "Bright Smiles",
    ),
    ("facility.been_at", "I've been at Royal Hobart since Friday with my son's broken leg.", None),
    ("name.unknown_pair_verb", "Ama Serwaa was married in 2015.", "Ama Serwaa"),
    ("id.uk_national_insurance", "Her NI number is QQ 12 34 56 C.", "QQ 12 34 56 C"),
    ("name.question_for", "Is it normal for Kenzie to still wet the bed?", "Kenzie"),
    ("date.birth_label", "D.O.B. 1950-03-04, please check my file.", "1950-03-04"),
    (
        "date.birth_label_any_shape",
        "PATIENT: OKAFOR, NGOZI  DOB: 02-FEB-1958  WARD: 7",
        "02-FEB-1958",
    ),
    ("name.spelled_letters", "My name is J-A-N-E S-M-I-T-H and I need my x-rays.", None),
    ("facility.had_done_at", "I had my gallbladder out at Mercy General.", "Mercy General"),
    ("email.spaced_letters", "Mail j a n @ g m x . c o m today", "j a n @ g m x . c o m"),
    (
        "email.bracketed_at",
        "write to me p.nowak84 (at) wp.pl, I can share what helped my son",
        "p.nowak84 (at) wp.pl",
    ),
    ("facility.carers_at", "The nurses at Cedar Ridge were kind to my dad.", "Cedar Ridge"),
    (
        "facility.writer_here",
        "Maple Court here — one of our residents lost her lower denture at breakfast",
        "Maple Court",
    ),
    ("handle.chat_app_own_script", "카톡 ID minho_1204 으로 연락 주세요", "minho_1204"),
    (
        "place.from_hindi",
        "namaste doctor, hum Meerut se hain, papa ke daant hil rahe hain",
        "Meerut",
    ),
    (
        "place.before_postposition",
        "Doctor sahab, meri mummy ka sugar test Ludhiana mein karaya tha, 280 aaya hai",
        "Ludhiana",
    ),
    (
        "date.ordinal_of_the_writers_own",
        "stop lying, I was there on the 9th and nobody answered",
        "the 9th",
    ),
    (
        "facility.branch_of_ones_visit",
        "Nurse Jess at the Hammersmith practice calmed my daughter right down",
        "Hammersmith",
    ),
    (
        "place.village_word",
        "Referral for patient Ram Kali, village Bhadohi, denture repair",
        "Bhadohi",
    ),
    (
        "facility.named_kind_first",
        "my knee replacement at Hospital for Special Surgery went fine",
        "Hospital for Special Surgery",
    ),
    (
        "facility.carer_at_branch",
        "the hygienist at the Fremont office scraped my gums raw",
        "Fremont",
    ),
    (
        "facility.carer_in_town",
        "the dentist in Ipswich charged me ninety quid for a filling",
        "Ipswich",
    ),
    ("facility.went_with_ailment", "He went to CityMD with a fever.", "CityMD"),
    ("facility.there_for_care", "My wife is at Sloan for her chemo.", "Sloan"),
    (
        "biometric.body_mark",
        "My brother has a tattoo of a rose on his left wrist.",
        "tattoo of a rose on his left wrist",
    ),
    ("address.po_box", "Send it to P.O. Box 1182, Kingston, my father's box.", "P.O. Box 1182"),
    (
        "address.uk_postcode_last",
        "Send it to my mum at 14 Larkfield, Bristol BS7 9QT, she's housebound.",
        "14 Larkfield, Bristol BS7 9QT",
    ),
    (
        "biometric.marks_field",
        "Identifying marks: birthmark shaped like a star on the right thigh.",
        "birthmark shaped like a star on the right thigh",
    ),
    (
        "place.lower_town_pair",
        "my dad lives near stoke on trent and has copd",
        "stoke on trent",
    ),
    (
        "biometric.mark_of_someone",
        "He has a distinctive dragon tattoo that everyone recognises.",
        "a distinctive dragon tattoo",
    ),
    (
        "url.names_person",
        "Jane Okafor's portfolio is at www.janeokafor-art.com and she had surgery.",
        "www.janeokafor-art.com",
    ),
    (
        "url.record_link",
        "Link to my chart: mychart.northside.org/MyChart/Billing/Details?acct=9921044",
        "mychart.northside.org/MyChart/Billing/Details?acct=9921044",
    ),
    # (records12) a link shared for one person's trip, parcel or booking
    (
        "url.record_link",
        "Follow my ride to the clinic: https://m.uber.com/trip/share/5f2a9b71c3",
        "https://m.uber.com/trip/share/5f2a9b71c3",
    ),
    (
        "url.record_link",
        "Your hearing aids ship today, track at https://track.medequip.in/awb/RD7741029IN",
        "https://track.medequip.in/awb/RD7741029IN",
    ),
    (
        "date.care_record_full",
        "Last visit 03.06.2023; next recall 03.12.2023.",
        "03.06.2023",
    ),
    (
        "date.weekday_day_month",
        "Ines had her wisdom teeth out on Fri 13/09 and her cheek is still huge.",
        "Fri 13/09",
    ),
    (
        "device.code_after_device",
        "The hearing aids registered to Mr. Okoye are PH-L90R-33817 and PH-L90L-33818.",
        "PH-L90R-33817",
    ),
    (
        "url.persons_link",
        "Mum's care plan: https://drive.google.com/file/d/1AbX93kLmPq0ZzT/view?usp=sharing",
        "https://drive.google.com/file/d/1AbX93kLmPq0ZzT/view?usp=sharing",
    ),
    # numdates40
    (
        "url.readers_link",
        "your telehealth link is https://meet.clinicvisit.io/r/ahmed-yusuf-4421",
        "https://meet.clinicvisit.io/r/ahmed-yusuf-4421",
    ),
    ("phone.ending_digits", "Your login code was sent to phone ending 4470", "4470"),
    ("id.account_ending_abroad", "Aviso: su cuenta terminada en 8821 fue bloqueada.", "8821"),
    (
        "device.code_after_your_device",
        "Your Fitbit FB-92A7-C3D1-0044 has been unlinked from your account.",
        "FB-92A7-C3D1-0044",
    ),
    (
        "date.writers_care_on_day_month",
        "is it normal for a crown to feel high? had it placed at Smile Studio Ballarat on 3/9",
        "3/9",
    ),
    (
        "handle.admin_request",
        "Please reset password for user k.okonkwo, locked out since 08:00",
        "k.okonkwo",
    ),
    (
        "handle.account_on_network",
        "my account is taniela_fifita on insta if you want the pics",
        "taniela_fifita",
    ),
    # guard-recall, 2026-12-03
    ("name.health_subject", "Abebe has sickle cell and needs extra care.", "Abebe"),
    ("name.message_for", "Reminder for Tevita: fasting bloods tomorrow at 8.", "Tevita"),
    ("name.addressed_with_care", "Nomsa, we hope the numbness has worn off.", "Nomsa"),
    ("date.care_on_day_month", "The crown was fitted on 24/10 and my bite feels off.", "24/10"),
    (
        "date.employment_field",
        "HR note: reference check for my colleague, start date 3 March 2025.",
        "3 March 2025",
    ),
    (
        "date.care_noun_day_month",
        "Note for my mum: implant consult 28/3, then the crown in April.",
        "28/3",
    ),
    # (dates35) a guest's arrival and departure; the day a survivor's years count from
    ("date.care_noun_day_month", "Guest Halima Sani, arrival 28/10, departure 31/10.", "31/10"),
    ("date.milestone_day", "2 years cancer free as of 11/8 and so grateful", "11/8"),
    (
        "date.month_of_care",
        "My dad Rob Hale was diagnosed with prostate cancer in October and starts treatment.",
        "October",
    ),
    # (dates51) a month a person's state, wait or bill runs from
    (
        "date.month_since",
        "My grandson Tavion Reed keeps getting ear infections, 5th one since August.",
        "August",
    ),
    # (dates51) a weekday counted in a named month; a birthday as four figures
    (
        "date.nth_weekday_of_month",
        "The new hygienist is Bronwyn Hale, she starts on the first Monday of February.",
        "the first Monday of February",
    ),
    ("date.birthday_four_figures", "my birthday 0412 for the loyalty card pls", "0412"),
    (
        "facility.relatives_school_or_work",
        "My sister attends St. Catherine's College and has an eating disorder.",
        "St. Catherine's College",
    ),
    (
        "facility.relatives_home_named",
        "Mum's care home, Willow Lodge, says her dentures are missing again.",
        "Willow Lodge",
    ),
    ("id.labelled_own_script", "환자 김민준, 주민등록번호 900101-1555123.", "900101-1555123"),
    # (records12) a member number straight after the insurer's or the scheme's name
    (
        "id.after_insurer",
        "My insurance is BCBS XQW123456789, is an implant covered?",
        "XQW123456789",
    ),
    ("id.after_insurer", "I'm with Medibank 12345678, do you bill them?", "12345678"),
    ("id.after_insurer", "Ubezpieczenie: PZU POL-8823-1107", "POL-8823-1107"),
    ("date.labelled_own_script", "환자 김민준, 입원일 2026.11.30.", "2026.11.30"),
    # (lang9) Swedish, Danish, Finnish, Turkish and Indonesian months
    ("date.other_language", "My mother was admitted on 5 maj 2024.", "5 maj 2024"),
    ("date.other_language", "My mother was born 3. marts 1944.", "3. marts 1944"),
    ("date.other_language", "My son was born 12. joulukuuta 2015.", "12. joulukuuta 2015"),
    ("date.other_language", "My mother was born 15 Aralık 1950.", "15 Aralık 1950"),
    ("date.other_language", "My mother was born 12 Maret 1950.", "12 Maret 1950"),
    # (lang9) a date right after "born" in Polish, Finnish, Indonesian, Greek, Hebrew, Arabic, Thai
    ("date.born_abroad", "Mój tata, urodzony 3 marca 1951, ma gorączkę.", "3 marca 1951"),
    ("date.born_abroad", "Isäni syntyi 14.2.1939 ja on sairaalassa.", "14.2.1939"),
    ("date.born_abroad", "Anak saya, tgl lahir 21/06/2017, demam.", "21/06/2017"),
    ("date.born_abroad", "Η κόρη μου γεννήθηκε στις 3/5/2018 και έχει άσθμα.", "3/5/2018"),
    ("date.born_abroad", "הבן שלי נולד ב-3.4.2015 ויש לו אסתמה.", "3.4.2015"),
    ("date.born_abroad", "والدتي ولدت في 12/03/1950 وتعاني من الضغط.", "12/03/1950"),
    ("date.born_abroad", "คุณสมศรี เกิดวันที่ 12 มีนาคม 2493 ปวดฟัน", "12 มีนาคม 2493"),
    # (dates12) a day after another language's weekday
    ("date.weekday_abroad", "Mi hija Valentina tiene fiebre desde el lunes 30.", "lunes 30"),
    ("date.month_year_figures", "My dad had a stroke 11/2024 and now can't speak well.", "11/2024"),
    # (dates14) a year of a person's care or life, in a text that says who
    (
        "date.year_of_care",
        "My dad Ron Hughes was diagnosed with Parkinson's in 2019 and can't hold a brush.",
        "2019",
    ),
    ("date.year_of_care", "Ivan Petrovich Sokolov, born 1944, complains of chest pain.", "1944"),
    # (dates14) an age over 89 said of someone the sentence names
    ("age.said_of_named", "Our patient Evelyn celebrated 100 with us on Monday.", "100"),
    ("age.said_of_named", "Grace Tupou is our oldest patient at 94.", "94"),
    ("age.said_of_named", "Mormor Karin fyller 95 idag, my mum says.", "95"),
    ("date.day_month_dotted", "My mother has her bracket check on 16.12. at 15:20.", "16.12."),
    (
        "date.weekday_abroad",
        "Meine Mutter hat am Mittwoch, 10.12., 8:30 Uhr einen Termin.",
        "Mittwoch, 10.12.",
    ),
    # (numbers30) plates after a ticket's or a permit's word, biometric codes, logins in a
    # log, booked and due days
    (
        "vehicle.plate_issued",
        "Penalty notice sent to vehicle KRT 5520, owner Mrs. Osei.",
        "KRT 5520",
    ),
    ("vehicle.plate_issued", "Towing record: LPN 7DKW-318, driver Ana Ruiz.", "LPN 7DKW-318"),
    (
        "biometric.prefixed_code",
        "Palm vein template for Tomasz Nowak saved as PV-0042-KZ9 at the gate.",
        "PV-0042-KZ9",
    ),
    (
        "handle.login_event",
        "Audit log: user jbrennan locked out at 07:12 after three failed tries.",
        "jbrennan",
    ),
    ("date.booked_day_month", "Reception rebooked her crown fit to 22/9, please tell her.", "22/9"),
    ("date.day_dash_month", "My son had his brace fitted on 14-Oct and it rubs.", "14-Oct"),
    (
        "date.due_to_deliver",
        "Second baby and I'm due 3rd June, any tips for heartburn?",
        "3rd June",
    ),
    (
        "biometric.finger_template",
        "Gate log: left thumb template #C4-7781 rejected for Mr. Banda at 06:02.",
        "left thumb template #C4-7781",
    ),
    ("handle.log_label", "Security log 03:12 - Account locked: dkowalski", "dkowalski"),
    # (ids55) a login after "for user" or a login's failures; a chat line's writer
    (
        "handle.user_in_log",
        "sshd: 4 failed password attempts from 198.51.100.23 for user tokafor",
        "tokafor",
    ),
    ("handle.chat_speaker", "[09:41] rn_leilani22: bed 6 refused her meds again", "rn_leilani22"),
    (
        "handle.before_logged_in",
        "Access log: sfraser logged in to the x-ray PC at 02:13",
        "sfraser",
    ),
    (
        "address.number_then_jalan",
        "Please post my son's retainer to No. 9, Jalan Mawar 4, Ipoh.",
        "No. 9, Jalan Mawar 4, Ipoh",
    ),
    # (places30) a care place by its everyday name and a lower-case kind; a carer's or an
    # emergency department's town abroad; where someone lives, in a record's words
    (
        "facility.kind_in_lower_case",
        "the Bendigo urgent care sent my husband home with panadol",
        "Bendigo",
    ),
    # (places59) where someone missing or a lost pet was last seen
    (
        "place.last_seen",
        "MISSING: Aroha Walker, 15, last seen at Manukau Mall wearing a grey hoodie",
        "Manukau Mall",
    ),
    # (places59) a town whose name joins its words with lower-case ones
    (
        "place.joined_town",
        "67F retired farmer from Truth or Consequences, NM, with a new murmur",
        "Truth or Consequences",
    ),
    (
        "facility.care_of_town_abroad",
        "mon fils a été vu aux urgences de Morlaix pour une fracture du poignet",
        "Morlaix",
    ),
    (
        "place.currently_living_in",
        "Interview notes: candidate Yaw Darko, currently living in Sunyani, available from June.",
        "Sunyani",
    ),
    (
        "place.after_full_name",
        "Receipt for Tomasz Nowak, Gliwice - his crown and post",
        "Gliwice",
    ),
    # (names35) names people write of themselves and their own
    ("name.received_by", "the tracking says signed for by KEVIN at 11:42", "KEVIN"),
    ("name.kin_vocative", "Mwangi bro get well soon, heard you had your appendix out", "Mwangi"),
    ("name.birth_announced", "officially a grandma!! Amirah Joy arrived 3:14am", "Amirah Joy"),
    ("name.after_phone", "text me at 876-555-0199 Shanique, I'll send the photos", "Shanique"),
]


# -- guard-recall (2026-12-03): each new cue beside a look-alike its veto leaves alone -----
@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("Brooklyn is allergic to penicillin, please check.", "Brooklyn"),
        ("Kofi was admitted to the ward last night with pneumonia.", "Kofi"),
        ("Question from Siosaia: can he still play rugby with braces?", "Siosaia"),
        (
            "My husband works at Brent Civic Centre and had a seizure at his desk.",
            "Brent Civic Centre",
        ),
        ("My twins attend Oakwood Primary and both have nut allergies.", "Oakwood Primary"),
        ("My son broke his tooth at the skate park on Oak Lane, near our house.", "Oak Lane"),
        (
            "I'm due to start my new job on 1 September 2025 and need the tooth out.",
            "1 September 2025",
        ),
        ("can u call back my nan on o7700 9oo 31o she cant hear", "o7700 9oo 31o"),
        ("My daughter was born on 31/10 and has a tongue tie.", "31/10"),
        ("My mother lives alone in Port Elizabeth and lost her denture.", "Port Elizabeth"),
        (
            "I'm at Apartment 12B, Sunrise Towers, Dubai Marina, can the dentist come to me?",
            "Apartment 12B, Sunrise Towers, Dubai Marina",
        ),
        ("Our son started at Rangitoto College and has six cavities.", "Rangitoto College"),
        ("المريض محمد، الرقم القومي 29001015555123، دخل المستشفى", "29001015555123"),
        ("আমার বাবা, জন্ম ১২ মার্চ ১৯৫৪, হাসপাতালে ভর্তি আছেন।", "১২ মার্চ ১৯৫৪"),
        ("রেজিস্ট্রেশন নম্বর KMCH-26-44871।", "KMCH-26-44871"),
        ("मेरे पिता का आधार संख्या 4821 7730 1195 है", "4821 7730 1195"),
        (
            "Our family blog http://thekowalskisfightback.wordpress.com/2024/03/chemo/ has news.",
            "http://thekowalskisfightback.wordpress.com/2024/03/chemo/",
        ),
    ],
)
def test_recall_round_cues(text: str, words: str) -> None:
    assert words in found_words(text)


@pytest.mark.parametrize(
    "text",
    [
        "Leeds has high asthma rates compared with the rest of Yorkshire.",
        "Diabetes is diagnosed with a simple blood test.",
        "Everyone is allergic to something, so tell us about yours.",
        "Reminder for Tuesday: the surgery closes at noon.",
        "Overall, we hope the new booking system makes life easier.",
        "Dr. Ahmed trained at King's College and joined us in 2019.",
        "Many of our patients work at Brent Civic Centre, so we open at 7.",
        "The scores were 24/10 and 18/10 in the two rounds.",
        "We opened a new branch on Oak Lane next to the skate park.",
        "Our flu clinic starts on 1 October 2025.",
        "We have o2 and 4G coverage in 99% of the building.",
        "사업자등록번호 123-45-67890 (our Seoul branch).",
        "주민등록번호 is the Korean resident number: never post it.",
        "Our family dentistry page www.brightsmiles.co.uk/family explains the plans.",
        "Our school, Oakwood Primary, is proud to support the national brushing week.",
        "The care home, Willow Lodge, has won an award for its oral care training.",
        "Dr. Osei started at Rangitoto College as a school dentist before joining us.",
        "Our founder lived alone in Port Elizabeth for years before opening the practice.",
    ],
)
def test_recall_round_look_alikes_stay_clean(text: str) -> None:
    assert not [f for f in find_phi(text) if f.severity == "block"], find_phi(text)


# -- what the rules added for the general set (corpus/general_dev.txt) leave alone ---------
@pytest.mark.parametrize(
    ("text", "words"),
    [
        # name.initial_surname
        ("Capt. L. Henderson was treated for heat stroke.", "L. Henderson"),
        ("Please forward the X-rays to B. Oyelaran today.", "B. Oyelaran"),
        # facility.short_name, facility.care_move's new verbs
        ("My grandson was diagnosed with ADHD at Cincinnati Children's.", "Cincinnati Children's"),
        ("He was taken to Kaiser Oakland after the crash.", "Kaiser Oakland"),
        # age.words and age.stated after "At"
        ("At ninety-one, my grandmother still lives alone.", "ninety-one"),
        ("At 91, my grandmother still lives alone.", "91"),
        # biometric.mention of a named person
        ("The clinic scanned Omar's fingerprints at check-in.", "fingerprints"),
        # name.form_field: family name first, in capitals, after "Pt:" or "Patient:"
        ("Pt: LEE SEO-YEON, 34F, migraine", "LEE SEO-YEON"),
        ("Patient: KIM MIN-JUN  Ward 4", "KIM MIN-JUN"),
        # id.labelled: a hospital's in- and out-patient and unit-record numbers
        ("IP No. 45/2231 — discharged on oral antibiotics", "45/2231"),
        ("Hosp No: K123456 — for review in clinic", "K123456"),
        ("UR number 3349182, admitted via ED", "3349182"),
        ("Folio: 2023-ENF-00912, paciente con fractura de muñeca", "2023-ENF-00912"),
        # id.labelled: other countries' personal numbers by their names
        ("I'm Jakub Nowak and my PESEL is 44051401359.", "44051401359"),
        # (scripts12) Norwegian and Danish "er" (is) between the label and the number
        ("Mitt fødselsnummer er 01018512345, jeg trenger en time.", "01018512345"),
        # (scripts12) id.labelled: more countries' ID and chart labels, "n."/"nr"/"n°"
        ("Nomor KTP 3174051204850001, mau tanya soal BPJS.", "3174051204850001"),
        ("Rodné číslo: 855412/1234, prosím o recept.", "855412/1234"),
        ("Paciente C.C. 1020345678 con hipertensión.", "1020345678"),
        ("Cédula de ciudadanía 1.020.345.678, paciente con asma.", "1.020.345.678"),
        ("Carta d'identità n. CA12345AB del paziente.", "CA12345AB"),
        ("Moja legitymacja ma numer ABC123456.", "ABC123456"),
        ("N° de ficha 778899, paciente con diabetes.", "778899"),
        ("Cartella clinica n. 2023/11223, ricoverato.", "2023/11223"),
        ("Nr karty pacjenta 2023/5567, pani Nowak.", "2023/5567"),
        ("Potilasnumero P-445566, rintakipu.", "P-445566"),
        ("Journalnummer J-778899 gäller min mamma.", "J-778899"),
        ("מספר תיק 445566 של אבא שלי.", "445566"),
        ("Nomor rekam medis RM-00123456, pasien diabetes.", "RM-00123456"),
        ("Folder number LUTH-223344, admitted to ward C.", "LUTH-223344"),
        # (scripts10) id.labelled: the card "has the number …"
        ("Mein Personalausweis hat die Nummer L01X00T47 und ich habe Diabetes.", "L01X00T47"),
        ("My passport has the number 533380006 and I need my records.", "533380006"),
        # (guard-extents3) id.labelled: health insurers' and medical aids' numbers, "ends with"
        ("I'm Grace and my PhilHealth is 01-234567890-1.", "01-234567890-1"),
        ("My mum's medical aid number is 0044821, she is Thandiwe.", "0044821"),
        ("I am Ruth Adeyemi and my SSN ends with 0442.", "0442"),
        # address.po_box: a rural route with its box or site, a Spanish post box
        (
            "My address is RR 2, Box 118, Hollister, MO 65672, my son Cody's too.",
            "RR 2, Box 118, Hollister, MO 65672",
        ),
        ("Please post my results to Apartado 44, 29600 Marbella.", "Apartado 44, 29600 Marbella"),
        ("My OHIP number is 1234-567-890-AB.", "1234-567-890-AB"),
        # address.foreign with its postcode and town; address.postal with a county
        ("She lives at 18 Rue des Lilas, 75019 Paris now.", "18 Rue des Lilas, 75019 Paris"),
        (
            "Mum lives at 3 Church Lane, Little Snoring, Norfolk NR21 0AA.",
            "3 Church Lane, Little Snoring, Norfolk NR21 0AA",
        ),
        ("Mrs. Kim from Apt 12C, 450 West 57th Street called.", "Apt 12C, 450 West 57th Street"),
        # phone.other_label leaves a number with no other label alone
        ("Call me on 1457389201 tonight.", "1457389201"),
        # an age with no group words after it
        ("Nan is 95 and still older than her doctor thinks.", "95"),
        # device.serial with what the number is of between the label and the value
        ("The serial number of her insulin pump is PX-4471-22.", "PX-4471-22"),
        # batch 3: a workmate is no staff of the practice; a care home by "Manor"; "he'll be
        # 91"; a day of the writer's chemo; a label with what it is on; SSN's last four
        ("My coworker Dmitri Volkov collapsed at the gym.", "Dmitri Volkov"),
        (
            "My mom's nursing home, Willow Creek Manor, keeps losing her things.",
            "Willow Creek Manor",
        ),
        ("My husband's birthday is October 30 and he'll be 91.", "91"),
        ("I started chemo on January 9 and my hair is falling out.", "January 9"),
        ("The prescription number on the bottle is RX8830152.", "RX8830152"),
        ("His SSN ends in 4421 and he needs a new card.", "4421"),
        (
            "She moved to 88 Rue Sainte-Catherine, Montréal, QC H2X 1K4.",
            "88 Rue Sainte-Catherine, Montréal, QC H2X 1K4",
        ),
        # name.particle after folding takes the accent off "Ní"
        ("Siobhán Ní Bhriain needs an Irish-speaking nurse.", "Siobhán Ní Bhriain"),
        # dates as clinics and forms write them
        ("My last period started 2021/03/03; could I be pregnant?", "2021/03/03"),
        ("He was admitted Mar-03-2021 with a broken jaw.", "Mar-03-2021"),
        ("He was admitted 03-Mar-2021 with a broken jaw.", "03-Mar-2021"),
        # ages: "97 y/o" after "is", "in her nineties"
        ("My grandfather is 97 y/o and has a UTI again.", "97"),
        ("The woman in bed 7 is in her nineties and confused.", "in her nineties"),
        # id.labelled: "MRN#:", lab and visit numbers
        ("MRN#: 123456 for my father's records request.", "123456"),
        ("Accession number A22-339812 is my husband's biopsy.", "A22-339812"),
        ("Visit ID V00982341 is on my bill.", "V00982341"),
        # ip.address written short (IPv6 with "::"), handle.username without a colon
        ("Someone used 2001:db8::1 to open my records.", "2001:db8::1"),
        ("For my son's records, username jmiller_87 on the portal.", "jmiller_87"),
        # street.no_number with an ordinal; facility.care_move with an acronym
        ("I pick up my meds at the Walgreens on 5th Street near my house.", "5th Street"),
        ("Our baby was delivered at NYU Langone on July 8.", "NYU Langone"),
        # date.tied_to_person after a medical event of the writer's
        ("After my appendectomy on Oct 5, I still have a fever.", "Oct 5"),
        # guard-acc (batch 26): a patient's "we moved", shouted names, bare national numbers
        (
            "We moved to 14 Oak Street, Ballarat VIC 3350 last month; update my husband's file.",
            "14 Oak Street, Ballarat VIC 3350",
        ),
        ("MY HUSBAND DAVE HAS SHINGLES AGAIN", "DAVE"),
        ("MR. JAMES T. ASKED ABOUT HIS PILLS", "JAMES T."),
        ("HI MS. CARTER, YOUR SON'S BRACES APPOINTMENT IS CONFIRMED.", "CARTER"),
        ("NANA ROSE BRINGS HER GREAT-GRANDKIDS TO EVERY APPOINTMENT.", "ROSE"),
        ("OUR DEAR PATIENT BILL PASSED AWAY LAST WEEK.", "BILL"),
        ("SHOUT OUT TO THE HENDERSONS: ALL FOUR KIDS CAVITY-FREE!", "HENDERSONS"),
        ("TYLER LOST HIS FIRST TOOTH IN OUR CHAIR TODAY!", "TYLER"),
        ("HOPE WALKER WE MISS YOU! TIME FOR YOUR CLEANING?", "HOPE WALKER"),
        ("CONGRATS TO HOPE ON HER NEW SMILE!", "HOPE"),
        ("Rose Hope is one of our longest-standing patients.", "Rose Hope"),
        ("Mój PESEL to 87810529839.", "87810529839"),
        ("Meine Nummer ist 96 305 854 179, ich brauche einen Termin.", "96 305 854 179"),
        ("My EHIC number is 80276 00012 3456 7890 and I need a dentist.", "80276 00012 3456 7890"),
        ("We moved from glasgow and my son's ADHD meds haven't come.", "glasgow"),
        ("She grew up on the Lower East Side and still has asthma.", "the Lower East Side"),
        (
            "He is staying at Carrera 7 # 32-16, Bogotá with his sister.",
            "Carrera 7 # 32-16, Bogotá",
        ),
        ("She lives at Kurfürstendamm 21, 10719 Berlin.", "Kurfürstendamm 21, 10719 Berlin"),
        (
            "Our home address for the wheelchair is 4 Church Lane, Little Snoring, Norfolk NR21 0AA.",
            "4 Church Lane, Little Snoring, Norfolk NR21 0AA",
        ),
        # a field's value ends where the sentence goes on
        (
            "Address: 14 Church Lane, Little Snoring, NR21 0AA for the home oxygen delivery.",
            "14 Church Lane, Little Snoring, NR21 0AA",
        ),
        # (lang9) Mr and Mrs as Finnish, Italian, Indonesian and Turkish write them
        ("Rouva Virtanen soitti hammassärystä.", "Virtanen"),
        ("Il Sig. Colombo ha chiamato per la sua protesi.", "Colombo"),
        ("Bapak Hartono minta jadwal ulang kontrol gigi.", "Hartono"),
        ("Sayın Öztürk, randevunuz yarın saat 10'da.", "Öztürk"),
        # an appearance with the writer or someone's care in it is still a day of theirs
        ("Dr. Lee presented my case at the conference on 3 May.", "3 May"),
        ("She gave a talk on 9 June, the day after her surgery.", "9 June"),
        ("My prescription was updated on 3 March after the surgery.", "3 March"),
        (
            "A 67-year-old woman presented on 10/14/1968 with a cough at the conference.",
            "10/14/1968",
        ),
        # (guard-recall8) an age over 89 closing its clause after a name and a comma, and
        # years of age in another language after one
        ("Reminder for Ida Castellanos, 94: her hearing test moved to Friday.", "94"),
        ("The walker belongs to my grandfather, Tomasz Lis, 96.", "96"),
        ("Parabéns à nossa paciente Dona Zilda Matos, 103 anos, pela alta!", "103"),
        # (ids9) national numbers after their own countries' labels and "my" / "is"
        ("Ο ΑΜΚΑ μου είναι 01013099997.", "01013099997"),
        ("Α.Μ.Κ.Α.: 01013099997", "01013099997"),
        ("NIK saya 3171011708450001.", "3171011708450001"),
        ("Nomor Induk Kependudukan: 3171011708450001", "3171011708450001"),
        ("TC kimlik numaram 17291716060.", "17291716060"),
        ("My resident registration number is 971013-9019902.", "971013-9019902"),
        ("CNP-ul meu este 1630615123457.", "1630615123457"),
        ("Moj OIB je 33392005961.", "33392005961"),
        ("Minu isikukood on 36805280109.", "36805280109"),
        ("His rijksregisternummer is 85.07.30-033.28.", "85.07.30-033.28"),
        ("Kennitala mín er 120174-3399.", "120174-3399"),
        ("Asmens kodas: 33309240064", "33309240064"),
        ("My emšo is 0101006500006.", "0101006500006"),
        ("Numer dowodu osobistego: ABC123456", "ABC123456"),
        ("NID: 1987654321098 (my father's)", "1987654321098"),
        ("เลขประจำตัวประชาชน 3100600445635", "3100600445635"),
        ("מספר זהות: 039337423", "039337423"),
        ("My Huduma Namba is 12345678.", "12345678"),
        ("Omang number 123456789 belongs to my mother.", "123456789"),
        ("My PhilSys number is 1234-5678-9101-1213.", "1234-5678-9101-1213"),
        ("My CCCD is 001085012345.", "001085012345"),
        ("RG: 12.345.678-9 (da minha filha)", "12.345.678-9"),
        ("Meu RG é 12.345.678-9, obrigado.", "12.345.678-9"),
        ("Mi número de identificación es 1020345678.", "1020345678"),
        ("رقمي القومي 29001011234567", "29001011234567"),
        ("784-1985-1234567-3 is on my file.", "784-1985-1234567-3"),
        # (records15) biometric.mention: whose print or scan, named after it with a given name
        ("Right thumbprint of Achieng Otieno taken at intake.", "Right thumbprint"),
        ("Fingerprint template #2 (left index) enrolled for Ines Duarte.", "Fingerprint template"),
        # (records15) phone.row_field: a mobile as a field of a person's row
        ("Last row: Zhang, Hui | M | 1972/03/09 | 138 0013 5521 | Chengdu", "138 0013 5521"),
        ("Card found: Chua Beng Huat, 9123 4567, left at the desk.", "9123 4567"),
        # (dates66) German "ich" before what a patient did, and "my" abroad before one's own
        # appointment or treatment, make a sentence about a person as English "I", "my" do
        ("Ich war am 12. März zur Zahnreinigung bei Ihnen, seitdem blutet es.", "12. März"),
        ("Ich habe meinen Termin am Mittwoch, 10. Juli verpasst.", "Mittwoch, 10. Juli"),
        ("Perdí mi cita del 3 de mayo, ¿puedo reprogramar?", "3 de mayo"),
        ("Il mio appuntamento del 14 marzo è confermato?", "14 marzo"),
        ("Mijn afspraak van 3 maart moet ik verzetten.", "3 maart"),
        # Polish "moje" (my, before a plural or a neuter word) as "moja", "mój"
        ("Moje zęby bolą od 3 marca, czy mogę przyjść?", "3 marca"),
        # (ids67) a chat's "acc" before "ending"; one person's own invoice in a short message;
        # Mexico's "placas"; a date of a form typed with no colon
        ("Bank alert: acc ending 4821 debited KES 3,500. Not you? Call us.", "4821"),
        (
            "Can someone explain my bill? Invoice INV-2024-08817 shows two charges.",
            "INV-2024-08817",
        ),
        ("Vehículo con placas JKL-123-A bloqueando la entrada.", "JKL-123-A"),
        ("Date of injury 3 March 2025, right hand, fell off a ladder.", "3 March 2025"),
        # (names67) an Irish and a Polish given name the lists lacked
        ("We hear you Dominika. The parking situation is awful.", "Dominika"),
        # (dates67) Vietnamese "tôi" is the writer (no given name), so the date is theirs
        ("Tôi bị đau răng từ ngày 3/5, có cần đến khám không?", "3/5"),
        # and the cases a Polish relative takes after it
        ("Moje dziecko ma gorączkę od 12 maja.", "12 maja"),
        ("Mojemu synowi wypadł ząb 12 maja.", "12 maja"),
        # (vignette66) a case's closing question alone says no case is made up: a forum's
        # real patient ends so too, and their town is theirs
        (
            "Vignette: a 47-year-old roofer from Chillicothe presents with a painful swollen"
            " first MTP joint after a weekend of heavy drinking. Next step?",
            "Chillicothe",
        ),
        (
            "A 62-year-old ferry engineer living in Port Townsend develops hearing loss in his"
            " left ear over 3 weeks. Next step?",
            "Port Townsend",
        ),
        # (read 115-118) Romanian and Czech months, and the person Romanian's kin with "my"
        # after it, Portuguese "fui atendida" and Polish "syna" make
        ("Externare: Bogdan Munteanu, internat între 3 martie și 9 martie.", "9 martie"),
        ("mama mea are programare pe 3 martie", "3 martie"),
        ("Moje dcera má termín 3. března", "3. března"),
        ("Fui atendida no dia 12 de abril e a restauração caiu.", "12 de abril"),
        ("Dzień dobry, chciałabym przełożyć wizytę syna z 3 lipca na inny termin.", "3 lipca"),
        # a bank's a/c, a pupil's number, Hungary's TAJ, a German file and a Swahili
        # patient's number after their labels
        ("Bank alert: transfer to Md. Shahidul Islam, a/c 1051-0100-7723", "1051-0100-7723"),
        ("Dear Parent, Aryan (UPN A123456789012) missed school today.", "A123456789012"),
        ("Patient arrived by ambulance, name Kovács Eszter, TAJ 123 456 789.", "123 456 789"),
        ("Akte 2024-0417-MK, Mevlüt Kaya, Arbeitsunfall, Handgelenksfraktur.", "2024-0417-MK"),
        ("Taarifa: Baraka Mwita, namba ya mgonjwa KNH/2024/0881, upasuaji.", "KNH/2024/0881"),
    ],
)
def test_general_set_cues(text: str, words: str) -> None:
    assert words in found_words(text)


@pytest.mark.parametrize(
    "text",
    [
        # name.initial_surname: an English word after an initial, a middle initial of a
        # public figure, a doctor
        "Vitamin D. Sources include sunlight, my doctor says.",
        "The U.S. Army medic treated my son.",
        "Addison's disease was diagnosed in President John F. Kennedy.",
        "My son saw Dr. A. Mukherjee last week.",
        # facility.short_name: an office, not a hospital (_office_title_general)
        "The Surgeon General says smoking kills, my dad says.",
        # age words after "at" that measure something else
        "My dad was driving at ninety miles an hour.",
        # biometric words with no one's
        "Fingerprint scanners are common on phones.",
        # names.title_before_word: a brand after an honorific, a field label after a role
        "Mr. Clean wipes are not safe for cleaning baby bottles.",
        # names.family_named: a family of products
        "The Johnson family of products includes baby shampoo and lotion.",
        # phone.other_label: a provider's or an order's number is no phone
        "Our NPI is 1457389201.",
        "Order number 1234567890 shipped today.",
        # phone.public_line: the practice's own line, with a word between "our" and "phone"
        "Our clinic phone is 555-0100.",
        # age.over_89 and age.stated: an age group, no one's age
        "Seniors aged 90+ can get a free flu shot.",
        "Adults aged 90 and older are at higher risk of falls.",
        # (guard-recall8) "I'm at" a stage, a count or a time, not a street
        "im at 3 weeks post op and the stitches still pull",
        "I'm at 22 weeks and my gums bleed when I brush.",
        # (guard-recall8) a number after a place or a word in lower case, a thing's years
        "Our bus stops are Main Street, Elm Road and Queens Park, 92.",
        "Write to us at Rua Augusta, 95.",
        "Nossa clínica, 100 anos de história em Lisboa.",
        "Lisboa, 100 anos depois: o hospital reabre.",
        "The oxygen reading was 88, then 92.",
        # _place_beside_places: towns before the word for their offices
        "Our Houston and Dallas clinics are open on Saturdays.",
        # a lot number in a recall is many people's; "serial numbers" is no serial
        "Lot 4421B of the eye drops was recalled by the FDA.",
        "The recall notice lists serial numbers starting with 23A.",
        # name.lower_given: a verb after "my husband" is no name
        "My husband snores and stops breathing at night. Should he get a sleep study?",
        # name.surname_at_start: a star or a firm
        "Elton John has talked openly about his prostate cancer treatment.",
        "Kaiser Permanente members can book online.",
        # id.labelled: "visit" alone is no label
        "The second session, visit 2 of 6, is free for everyone.",
        # (guard-extents3) id.labelled's a_state_before_its_zip: Idaho's code before a ZIP;
        # address.po_box: a respiratory rate is no rural route; a masked SSN's format
        "Our office is at 4410 Ridgeview Ln, Boise, ID 83706, free parking.",
        "Vitals on arrival: RR 22, HR 96, BP 128/84. What would you do next?",
        "Forms ask for your SSN written like xxx-xx-1234; never post the full number.",
        # name.surname_initial_record: a weekday or a ward before a comma; a product's
        # policy number said in words
        "Monday, A 34M came in for the clinic's open day survey.",
        "Ward, B 12 beds.",
        "보험 상품 안내: 증권번호는 가입 후 문자로 발송됩니다.",
        # date.record_shorthand: a fraction, a fee, a letter received
        "Seen 3/4 of the patients before lunch.",
        "Adm fee is 12.50.",
        "Received 12/3/2024: your letter of complaint.",
        # name.care_object: what a care verb was done to that is no one
        "Admitted Sunday, discharged Monday.",
        "Reviewed Chapter 3 for the exam.",
        "Dr Osei saw Dr Patel today about the rota.",
        "Saw Avatar with the kids.",
        # id.labelled: a clinician's council registration, a page of the minutes
        "Dr Ananya Rao, BDS, Karnataka State Dental Council reg. no. A-12345, joins us.",
        "See folio 23 of the minutes for the vote.",
        # name.form_field: a patient field that holds no name
        "Patient: Anxious but cooperative, obs stable.",
        # ip.address: a time is no IPv6 address
        "The meeting starts at 10:30:00 today.",
        # name.surname_at_start: no sentence starts after "St."
        "Happy St. Patrick's Day! Wear green to your appointment today.",
        # a charity named after a person ("House" is an organisation word)
        "Ronald McDonald House gives families a place to stay near the hospital.",
        # batch 3: states beside states, a toll-free line after "number", a firm's
        # product, a year before a comma, a dose
        "Georgia and Virginia both require vaccine records for school.",
        "Medicare's toll-free number is 1-800-633-4227.",
        "Pfizer's Paxlovid should start within 5 days of symptoms.",
        "In 1955, Rosa Parks refused to give up her seat.",
        "The dose will be 100.",
        # date.relative: a relative date names no day of the calendar
        "My 54-year-old father was diagnosed with diabetes last month. Should he stop fruit?",
        "My mom was discharged yesterday after a stroke.",
        # a care place's or a building's own address
        "The new clinic is at 40 Oak Street, opening in May.",
        "The new building is at 1200 Medical Plaza Drive.",
        "Urgent care moved to 77 River Road.",
        # number_of_no_person: an organisation's, a study's or a trial's number
        "The practice's tax ID is 12-3456789.",
        "Study ID NCT04368728 is recruiting adults with asthma.",
        # date.person_sentence: a talk, a course, a book signing is a day of a public calendar
        "Webinar: Dr. Luis Ortega presents new aligner results on Thursday 23 January, 7pm.",
        "Author Dr. Nadia Rahman signs copies of her book on gum health on 5 April.",
        "Meet Dr. Tendai Moyo! He joins our Harare team on 3 February.",
        # the day a document or a law came out or into force
        "She says the new guidelines published on 2 May 2024 are clear.",
        "The law came into force on 25 May 2018, my lawyer says.",
        # other registries' trial numbers, a label having read the number's first letters
        "The study enrolled 450 patients (trial ID ISRCTN12345678).",
        "Registered as ACTRN12619000123456 with the ANZ registry.",
        "The trial ID 8812345 is on the consent form.",
        # a form's example of a phone number: one digit over and over, or digits in a row
        "Use the format (555) 555-5555 for phone numbers.",
        "Enter your number like 123-456-7890.",
        # guard-acc: shouted questions, an illness a sentence defines, a practice's name,
        # a district by its compass word, a family word before a possessive, staff of
        # themselves, a plate shape with no vehicle, a landmark, a lower-case everyday word
        "MY SON HAS CROUP, IS IT CONTAGIOUS?",
        "HELP, MY BABY HAS A RASH AND A FEVER",
        "SUGAR-FREE GUM CAN HELP PREVENT CAVITIES, SAYS THE ADA.",
        "OUR PATIENT WILL BE SEEN FIRST AND WE HOPE YOU HAD A GREAT SUMMER.",
        "Croup is a common childhood illness with a barking cough.",
        "Rose Hill Surgery is closed on Monday for training.",
        "Bandra West has great food and even better dentists.",
        "Hi, I'm Tom, your practice manager. I've been here since 2015.",
        "I moved to Leeds in 2010 and joined the practice the year after.",
        "In 2024 NHS dentists saw fewer patients than before.",
        "My son lives in the UK now and needs a GP.",
        "she lives in care now and her hip is better",
        "We've moved to 14 Oak Street, Ballarat VIC 3350.",
        # words of another language are no name ("Mein Vater"), a number shown as an example
        "Mein Vater hat morgen einen Termin beim Zahnarzt.",
        "Your NHS number is a 10-digit number, like 485 777 3456, printed on your letters.",
        # guard-clean: a pair that is a town's name, a public founder's work
        "Phnom Penh and Siem Reap both have new dental schools.",
        "Kota Kinabalu hosts the regional health fair this year.",
        "Wangari Maathai founded the Green Belt Movement.",
        # (ids9) a national number's label described in general, an IC on a chip
        "A Turkish kimlik numarası has 11 digits.",
        "The NID project launched in 2008.",
        "We use the IC number on the chip datasheet.",
        "The fødselsnummer has 11 digits: six for the birth date and five more.",
        # (records15) a print of no one named; a row of a product or an order, no one's
        "Fingerprints of the Gods was a bestseller in 1995.",
        "Face ID from Apple Inc now works with a mask on.",
        # a public figure the name finder knows is no biometric's owner
        "Voice samples from Morgan Freeman were used to train the new audiobook app.",
        "Stock list | SKU 8841 2201 | floss | 12 units",
        "Opening hours, 9555 1207, Mon-Fri, walk-ins welcome",
        # (dates66) a practice's own "Ich" and its notice of closing days name no one
        "Ich möchte Sie herzlich zu unserem Tag der offenen Tür am 12. März einladen.",
        "Die Praxis ist vom 22. Juli bis 9. August wegen Urlaub geschlossen.",
        "Mi consulta está cerrada el 25 de diciembre.",
        # (ages66) a relative's measure, weight, sum or score is no age
        "la presión de mi abuela es 95/60 esta mañana",
        "mi abuelo pesa 95 kg y quiere bajar de peso",
        "mi abuela pagó 95 euros por la limpieza",
        "mi hija sacó 95 puntos en el examen de biología",
        # (ids67) a business's invoice, dental plaque in Spanish, a drug's patent, a form's
        # question about a date
        "Invoice INV-2024-0091 is for the new dental chairs.",
        "La placa bacteriana causa caries si no te cepillas.",
        "La patente del medicamento vence en 2027.",
        "What date of birth format do you need on the form?",
        "The date of onset 2-3 days after exposure is typical.",
        # (clean67) the mental state exam's serial sevens; (clean68, clean70) an illness by
        # its eponym, set against another after "vs" and a dash, an angina
        "Serial 7s (100 minus 7, and so on) test attention in the mini-mental exam.",
        "Ludwig's angina vs a simple dental abscess: how do you tell them apart?",
        "Graves' vs Hashimoto's — which one is more common in women?",
        # (dates67) the writer's grandmother lives in a country, as Vietnamese writes it
        "Bà tôi sống ở Việt Nam, bà có thể uống thuốc này không?",
        # (dates67) a Vietnamese date in no one's sentence
        "Lịch tiêm chủng mở rộng bắt đầu từ ngày 15 tháng 8.",
        # a place of care as large as a state or a country names no one (Safe Harbor)
        "my son was seen in Queensland last week for his asthma",
        "My mother was treated in Portugal while on holiday.",
        # (read 115-118) durations and criteria as notes count them, Australia's national
        # lines, brands, an angina named for its describer, a people's "-born"
        "Pt c/o R heel pain x 3/12, worse on first steps. Tx: calf stretches, review 4/52.",
        "12-year-old, fever, limp, refusing to bear weight. Kocher criteria 3/4 — aspirate?",
        "In Queensland you can call 13 HEALTH (13 43 25 84) for advice.",
        "Adidas Ultraboost or Asics Gel-Kayano for heavy heel strikers?",
        "Angina de Ludwig — quais são os sinais de alerta?",
        "A Canadian-born woman of 40 asks about fluoride.",
        "the a/c 24 hours a day is broken in my son's room",
        "The flu season started on Dec 8 this year.",
        "Our winter sale started on Dec 8: 10% off whitening.",
        "Dr Lee is flying to Lima on the 9th for a mission trip.",
        "Leaving early on Friday 3 May for the staff party, sorry!",
    ],
)
def test_general_set_look_alikes_stay_clean(text: str) -> None:
    assert [f for f in find_phi(text) if f.severity == "block"] == [], found_words(text)


def test_a_relative_date_only_warns_alone_or_beside_a_name() -> None:
    alone = find_phi("My mom was discharged yesterday after a stroke.")
    assert [(f.severity, f.reason[-15:]) for f in alone] == [("warn", "[date.relative]")]
    named = find_phi("My mom Ana was discharged yesterday after a stroke.")
    assert [(f.label, f.severity) for f in named] == [("name", "block"), ("date", "warn")]
    # a day of the calendar beside the name still blocks, weekday and all
    dated = find_phi("Hi Maria, see you Tuesday the 14th for the crown.")
    assert {f.label for f in dated if f.severity == "block"} == {"name", "date"}


# -- (dates35) a day tied to one person's care, stay, loss or record -----------------------
@pytest.mark.parametrize(
    ("text", "words"),
    [
        # a weekday of a person's care, stay or injury, in a text that says who
        ("Wiremu is doing better, home from Waikato hospital on Sunday", "Sunday"),
        ("my mate Rhys broke his collarbone at the Llanberis downhill on Sat", "Sat"),
        ("pt Ngozi seen last Friday, post-op day 7 after an extraction", "last Friday"),
        ("Tomás Ruane's wisdom tooth has been killing him since Sunday", "Sunday"),
        ("My husband Lukas has had a fever since Thursday night", "Thursday night"),
        ("Kayla Summers, 9, lives with her gran; social worker informed Monday", "Monday"),
        ("Mrs Achterberg was admitted Saturday night with chest pain", "Saturday night"),
        ("Thanks Nurse Joy for looking after Mark Page. He came home on Sunday.", "Sunday"),
        ("Gute Besserung an Opa Heinz! Er darf am Montag aus dem Klinikum raus", "Montag"),
        ("Meine Tochter Lena liegt seit Dienstag im Klinikum Großhadern", "Dienstag"),
        ("Mi abuela Rosa está en la clínica desde el martes", None),
        # a customer's account closed, in a bank's letter to one person
        (
            "Dear Mrs. H. Okonkwo, we confirm account no. 0039217745 was closed on 30 September 2024.",
            "30 September 2024",
        ),
        # a guest's stay
        ("Hotel folio: Guest Halima Sani, arrival 28/10, departure 31/10", "28/10"),
        # the day a survivor's or a person in recovery's count starts
        ("grateful to be 1 year cancer free as of today 11/8!", "today 11/8"),
        ("six months seizure-free since 3 March and driving again", "3 March"),
    ],
)
def test_a_day_of_one_persons_care_stay_or_record_blocks(text: str, words: str | None) -> None:
    blocked = [
        text[f.start : f.end] for f in find_phi(text) if f.label == "date" and f.severity == "block"
    ]
    assert blocked, found_words(text)
    if words is not None:
        assert words in blocked


@pytest.mark.parametrize(
    "text",
    [
        # a weekday alone names no day of the calendar: it warns, however personal
        "my tooth has been killing me since Sunday",
        "I had a tooth pulled on Monday and the socket still hurts. Is that dry socket?",
        # a practice's days, a list or a range of days, every week, a day still to come
        "We're closed Sunday and open Sat 9-1; our Monday clinic is full.",
        "Anneliese Vogt needs a wheelchair taxi to her dialysis on Thursdays.",
        "Dr Ananya will see patients Monday to Saturday, call 0803 555 1234.",
        "Naledi documents her dialysis at Steve Biko Hospital every Tuesday, call 082 555 1234",
        "Hi Tom, the receptionist at the Bondi clinic said try again Monday",
        "my daughter Lena Hoffmann broke a tooth and we're here on holiday until Sunday",
        # a place's news on a weekday
        "Health minister Mary Smith opened a new children's hospital wing on Tuesday.",
        # a firm's closing, a law's day, a count of no one's years
        "The bank will be closed on Monday, December 25 for Christmas Day.",
        "The UK aims to be smoke-free from 1/1/2030.",
        "Our clinic has been smoke free since 1 March.",
        "Flight arrival 28/10 delayed; all hotel guests please call reception.",
    ],
)
def test_a_weekday_alone_or_a_practices_day_blocks_no_date(text: str) -> None:
    assert [
        text[f.start : f.end] for f in find_phi(text) if f.label == "date" and f.severity == "block"
    ] == []


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("Replying to Kwame Garcia: so sorry about the pain.", "Kwame Garcia"),
        ("Send the forms to Via Roma 12 for my mother.", "Via Roma 12"),
        ("He is staying at Hauptstraße 5 with his aunt.", "Hauptstraße 5"),
        ("Her address is Calle Mayor 10, Madrid.", "Calle Mayor 10, Madrid"),
        ("My wife spent a night in the ICU at Mercy General.", "Mercy General"),
    ],
)
def test_known_misses_of_part_one_by_general_cues(text: str, words: str) -> None:
    assert words in found_words(text)


@pytest.mark.parametrize(
    "text",
    [
        "Book via Zoom 3 times a week.",
        "We reply to every review within a day.",
        "Thanks for replying to our survey!",
        "Our ER at night is staffed by two nurses.",
        "The avenue was closed for 3 hours this morning.",
        # (lang9) "born" before a rule's limit, not a day: no one's birth date
        "Dzieci urodzone po 1 stycznia 2020 roku otrzymają szczepionkę bezpłatnie.",
        "Anak yang lahir setelah 1 Januari 2020 wajib mendapat vaksin campak.",
        "Όσοι γεννήθηκαν μετά το 1960 μπορούν να εμβολιαστούν.",
        "ילדים שנולדו אחרי 2020 זכאים לחיסון.",
        # (dates11) the practice's days and figures, with no one's care
        "We are open Mon 7th to Fri 11th for walk-ins.",
        "Flu jabs start on 3 oct for everyone over 65.",
        "About 1 in 3/2019 surveys came back.",
        "We are closed on Labor Day and Memorial Day.",
        "On Christmas Day we are closed; call 111.",
        "Course start date: 3 March 2026. Book your place online.",
        "Scores were 5/10, 7/10 and 13/10 on the three runs.",
        "Open days 5/2, 12/2 and 19/2 for new patients. Next review 28/3.",
        "WE WILL BE CLOSED ON 25 DECEMBER AND 1 JANUARY.",
        "The surgery is closed on august 3 for staff training.",
        "Flu jabs start in October for everyone over 65.",
        "We moved to our new building in March.",
        "If you were diagnosed in October, join our support group.",
        # a month alone in a text that says who no one is
        "Does PCOS mean I can't have children? I was diagnosed in September.",
        "A 45-year-old man was admitted in March with chest pain.",
        # (names11) numbers in words and ages of no one
        "There will be a hundred guests at the gala.",
        "The wait will be ninety minutes on Saturday.",
        "Her height is on the ninety-fifth percentile.",
        "Is it safe for someone in their 90s to have a general anaesthetic?",
        "Our two clinics (both 95 years in business) open at 8.",
        "She enrolled for Medicare Part B in March.",
        "Your claim has been assigned to Claims Team B.",
        "Use the letter template: Dear Jane Smith, thank you for choosing our clinic.",
        # (places11) a word of origin or residence abroad says where no one is from when
        # the sentence is about no one: gas, a flight, a practice's neighbours, a town's people
        "El gas natural de Camisea llega a Lima desde 2004.",
        "Un vuelo procedente de Miami aterrizó con retraso.",
        "Nuestra clínica es vecina de Plaza Mayor y abre los sábados.",
        "Los habitantes de Madrid pueden pedir cita en línea.",
        "Le vaccin vient de Lyon, dit le docteur Martin.",
        "Nuestro doctor Ruiz vive en Sevilla.",
        "Mi tío vive en México desde 1990.",
        "My son loves the song O Holy Night.",
        "Our practice is in a village called Great Ayton.",
        "Your appointment at Smile Dental is confirmed.",
        "My surgery at Christmas was cancelled, so I rebooked.",
        "My scan at ICU was quick.",
        "My aunt's physio moved to Thursdays.",
        "The festival is held in a town named after its river.",
        # (scripts12) the new ID labels before a year or in a notice
        "Ficha técnica 2024: nuevo equipo de rayos X en nuestra clínica.",
        "Syarat: fotokopi KTP 2 lembar dan kartu BPJS.",
        "Rekam medis 2024 kini sudah digital di klinik kami.",
        "Legitymacja studencka 2025 uprawnia do zniżki.",
        # (names14) an age beside a firm or a thing, not a person's word; a news agency
        "Toyota, a 90-year-old company, still makes most of its cars in Japan.",
        "Kodak, 130 years old, still sells film for dental x-rays.",
        "A 45-year-old woman (Reuters) was treated for burns.",
        "Our clinic, 25 years old this month, thanks every patient.",
        # (names14) née before no capital, a shout-out's S/O, "without"
        "La clinique est née en 1990 d'une idée simple.",
        "Huge shout out: S/O Our Team for the award.",
        "Take it w/o Food, the leaflet says.",
        "Shop our Baby Girl Dresses sale this weekend!",
        "BABY BOY BLUE OUTFITS",
        # (places29) years of a career or a practice, and a group's age, are no patient's
        "La Dra. López, con 25 años de experiencia, egresada de Guadalajara, se une al equipo.",
        "Die Praxis feiert 40 Jahre aus Leidenschaft für Zähne.",
        "Eine Studie aus Heidelberg mit 65-jährigen Patienten zeigt Vorteile.",
        "Una encuesta a personas de 65 años de España muestra más caídas.",
        # (places29) a practice's "we", an event's town, a word that is no town
        "we're in Owensboro, open Saturdays 8-12 for emergencies",
        "We just moved to Mount Pleasant! New patients welcome, call us to book.",
        "We're in Business! Grand opening next week.",
        "we're in Week 3 of the program and loving it",
        "Anyone in Pain after a root canal should call the office.",
        "A study in Tuscaloosa found more cavities in kids who drink soda.",
        "Does anyone in Parramatta run a carers' group? Please share details for our noticeboard.",
        "We are near Kilburn station, exit 2; parking at the back.",
        "I moved to Leeds in 2010 and joined the practice the year after. — Dr. Owen",
        "day 3 at McDonald's and I already hate the fryer",
        "Day 2 in Lisbon and we've walked 30k steps",
        "Our post-op guide at Smile Studio explains what to eat.",
    ],
)
def test_the_new_cues_leave_clean_posts_alone(text: str) -> None:
    assert found_words(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "We're now in-network with Ohio Medicaid (CareSource, Molina). Questions? Call 937-555-0101.",
        "Need a wheelchair taxi? Ring Access Cabs on 0113 496 0555.",
        "Is my policy number needed? We paid 125000 last year.",
        "What is a member ID? It's the number on the front of your card.",
    ],
)
def test_a_number_after_a_question_is_no_record_without_an_answers_words(text: str) -> None:
    """``id.asked_then_given`` asks for the answer's "it's", "es", "mera" before a number
    shaped as a record's: a notice's helpline after "Questions?" or a sum is none."""
    assert [f for f in find_phi(text) if f.reason.endswith("[id.asked_then_given]")] == []


@pytest.mark.parametrize(
    "text",
    [
        "Call Medibank 13 23 31 to check your extras cover before booking.",
        "Bupa 0800 600 500 handles claims for the dental plan.",
        "Aetna 1-800-872-3862 is the member services line.",
        "The Bupa 2025/26 price list is on our website.",
        "Join the AXA 10000 steps challenge this month.",
        "Sun Life 2026 benefits guide: dental covered at 80%.",
        "We accept Aetna, Cigna, Delta Dental and MetLife plans.",
    ],
)
def test_an_insurers_helpline_year_or_count_is_no_member_number(text: str) -> None:
    """``id.after_insurer`` reads a member number after the fund's name, never its
    helpline, a plan year or a count (``_not_a_member_number``)."""
    rule = next(r for r in IDENTIFIER_RULES if r.name == "id.after_insurer")
    assert list(rule.finditer(text, EMPTY_CONTEXT)) == []


@pytest.mark.parametrize(("rule", "text", "words"), RULE_CASES)
def test_each_rule_finds_its_case_and_names_itself(rule: str, text: str, words: str | None) -> None:
    (table_rule,) = [r for r in IDENTIFIER_RULES + NAME_RULES + FACILITY_RULES if r.name == rule]
    mine = list(table_rule.finditer(text, EMPTY_CONTEXT))
    assert mine, f"{rule} found nothing in {text!r}"
    assert all(f.reason.endswith(f"[{rule}]") for f in mine)
    if words is not None:
        assert words in [text[f.start : f.end] for f in mine]
    assert find_phi(text), "and the guard as a whole blocks the text"


def test_every_rule_in_the_tables_has_a_case() -> None:
    tables = IDENTIFIER_RULES + NAME_RULES + FACILITY_RULES
    assert {rule.name for rule in tables} <= {case[0] for case in RULE_CASES}


# -- classes the issue names ---------------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("My mother was seen at Lakeside Clinic on Jan 15th, 2023.", "Jan 15th, 2023"),
        ("He was admitted to St. Vincent's on the 3rd of March.", "the 3rd of March"),
        ("He was admitted to St. Vincent's last Tuesday the 12th.", "last Tuesday the 12th"),
        ("Her date of birth is 03.04.1950.", "03.04.1950"),
        ("DOB March third, nineteen fifty.", "March third, nineteen fifty"),
        ("My son was born on the fifth of June.", "the fifth of June"),
        ("The patient was discharged 14/02/2021.", "14/02/2021"),
        # the month in lower case, with a year or an ordinal day
        ("dob 12 march 1961, need a refill", "12 march 1961"),
        ("my surgery is on march 3rd and i'm terrified", "march 3rd"),
        # (dates11) a day then a month in lower case after "on"; a short weekday with an
        # ordinal; a month and a year in figures after "since"
        ("my nan was admitted on 26 nov with a chest infection", "26 nov"),
        ("can someone drive me to my scan on thurs 10th?", "thurs 10th"),
        ("My son has had a wet cough since 06/2021.", "06/2021"),
        # (dates11) a day first past 12, next in a list after a date in figures
        ("Claim for Gideon Mthembu: treatment dates 5/2, 12/2 and 19/2.", "19/2"),
        # (dates11) a holiday after a preposition opening the sentence; national days
        ("On Boxing Day last year my wife Ngaire collapsed at home.", "Boxing Day"),
        ("Ana Ruiz says her son's asthma got worse since Labor Day.", "Labor Day"),
        # (dates11) a lower-case month then the day after "on"; a date in capitals
        ("on august 3 my dad was seen by the nurse and sent home", "august 3"),
        ("MY DAD HAS BEEN WAITING SINCE MARCH 4TH FOR HIS BIOPSY RESULT", "MARCH 4TH"),
        ("HE WAS SEEN AT OUR CLINIC ON 30TH NOVEMBER 2026 WITH CHEST PAIN", "30TH NOVEMBER 2026"),
        # (dates11) a month with no day, after a person's care or a state held since it
        # (in a text that says who)
        ("Lena Vogt has had headaches since March and now her vision is blurry.", "March"),
        ("Note: customer Ana Ruiz has a tracheostomy since agosto 2025.", "agosto 2025"),
        # (dates14) a month of care done, seen or lost then; a year of care; a birth year
        # as a record writes it; one person's session, class or booking at a clinic
        ("My veneers were done in Istanbul in August, says Ana Lima.", "August"),
        ("Our periodontist saw Daniel Osei in January; his gums are stable.", "January"),
        ("Hi! My partner Seun and I are expecting twins in February.", "February"),
        ("My husband Declan had a stroke in 2023, NHS no 485 777 3456.", "2023"),
        ("Grandma Rose Ellis has been on dialysis since 2021, room 14B.", "2021"),
        ("Hans-Jürgen Weber (born 1951) was admitted after a fall.", "1951"),
        ("Grace Achieng b. 1984 — SHA CR4471029883-7 — Homa Bay", "1984"),
        ("I had my implant placed at a clinic on 12 May and the gum is swollen.", "12 May"),
        ("Ali Hassan Raza, your whitening booking at our Leeds clinic is on Dec 12.", "Dec 12"),
        ("Please send Colleen Ashby the notes from my telehealth session on 3 June.", "3 June"),
        # (dates14) an operation or a fall named as a noun, a programme joined; a name found
        # is the sentence's person
        ("Patricia Gomez-Reilly has had sciatica since a fall at work in June.", "June"),
        ("Mrs. Ikeda is back on the courts after her knee replacement in September.", "September"),
        ("Mike Dawson is down 60 lbs since joining our diabetes program in March!", "March"),
        # (dates14) a month with its day in words is a whole date, not a month alone (which
        # month_of_care took and, in a text naming no one, dropped)
        ("My mum has had a cough since December twenty-first.", "December twenty-first"),
        # (dates15) the writer's own care further back than the event's window reaches
        (
            "I had my implant placed at a clinic in Santa Rosa on 12 May and now the gum is sore.",
            "12 May",
        ),
        # (dates15) a month in lower case after a day of a life, or before a comma
        ("my birthday is feb 9 and I'm getting my braces off then", "feb 9"),
        ("My son was born sept 9.", "sept 9"),
        # (dates15) a record's "b." before a year ends no sentence: the year is the named
        # person's, whose name is before the dot
        ("Our patient Tom Reilly (b. 1931) turned 93 today.", "1931"),
        ("i was diagnosed with PCOS at Ottawa Civic on oct 9, does that mean anything", "oct 9"),
        # (dates16) the writer's own body and what it suffers, in everyday words
        ("Since Dec 2 my gums bleed every time I brush.", "Dec 2"),
        ("I fell on the ice Feb 6 and my wrist still hurts.", "Feb 6"),
        ("Had my booster on 3 Oct and my arm is still sore.", "3 Oct"),
        ("I started metformin on 2 January and I've been nauseous since.", "2 January"),
        ("Ever since 14 March I've been dizzy when I stand up.", "14 March"),
        ("I slipped on the stairs on 9 Jan and my ankle is purple.", "9 Jan"),
        # (dates16) a date of birth after its label in any shape forms and chats write
        ("first name: wei / last name: zhang / dob: 5 jan 82 / postcode: M14 5RG", "5 jan 82"),
        ("Emma. Smith. DOB. 4. 5. 1990. — sorry my keyboard is playing up", "4. 5. 1990"),
        ("name leroy jenkins dob 041572 plan UHC", "041572"),
        ("Member DOB: 19490914, plan Gold", "19490914"),
        ("D/O/B 02/02/1958 - please update", "02/02/1958"),
        ("dob: 2nd feb, allergic to latex", "2nd feb"),
        ("DOB: 1958-FEB-02", "1958-FEB-02"),
        ("fecha de nacimiento: 12/03/1961, alergias: ninguna", "12/03/1961"),
        # (dates16) a month in lower case and its day placed as a day: at a sentence's
        # start, after "since" or a done word, in a sentence of someone's care
        ("sept 9 was her last period, should I test?", "sept 9"),
        ("Got my crown fitted jan 21 and it already feels loose", "jan 21"),
        ("i've had this rash since oct 12 and it's spreading", "oct 12"),
        ("dec 14 my mum had her hip done and she's still in pain", "dec 14"),
        # (dates16) a sick note's end, its issuer's day, a form's start field, in a text
        # that names its person
        (
            "Fit note: Patient Darren Reid. I assessed your case on 19/11/2026. Because of:"
            " back pain, you are not fit for work until 03/12/2026.",
            "03/12/2026",
        ),
        (
            "This is to certify that Yusuf Demir attended the hospital on 30 November 2026."
            " Issued by the clinic, 1 December 2026.",
            "1 December 2026",
        ),
        (
            "Parking permit. Name: Oksana Kovalenko. Address: 2 Beech Walk, Cheltenham GL52"
            " 6QA. Start date: 7/12/2026.",
            "7/12/2026",
        ),
        # (read 115-118) the day an operation was, "on" left out, and the day symptoms began
        (
            "ACL rehab: when did you all get back to running? I'm 14 weeks post-op (op was"
            " Feb 27) and my surgeon says not yet.",
            "Feb 27",
        ),
        ("The pain started on Dec 8, is that normal after a run?", "Dec 8"),
        ("Symptoms began Jan 3 and are getting worse.", "Jan 3"),
        ("it started hurting on the 9th after the crown went in", "the 9th"),
        # (read 79-118) the day the writer travels, told beside their care
        (
            "can i fly 2 days after an extraction? flying Auckland to Rarotonga on the 9th",
            "the 9th",
        ),
        ("Safe to fly after a sinus lift? Leaving Scottsdale on the 22nd to go home.", "the 22nd"),
        # (read 79-118) Wednesday shortened as "Weds"
        ("I left my retainer case in surgery 2 on Weds 22nd, could you keep it?", "Weds 22nd"),
    ],
)
def test_dates_as_people_write_them(text: str, words: str) -> None:
    assert words in spans(text).get("date", [])


@pytest.mark.parametrize(
    "text, label, words",
    [
        # (dates15) a name the name finder found, and no person word: the identifier rules
        # that need a person read the name as one (they saw only person words before)
        ("Kofi Mensah was jabbed on 12.09 at the pharmacy.", "date", "12.09"),
        ("Ngozi booked Sat 14/06 for the cleaning.", "date", "Sat 14/06"),
        ("Lena Fischer was found at 51.5072, -0.1276 after the fall.", "geo", "51.5072, -0.1276"),
    ],
)
def test_identifier_rules_take_a_name_found_for_a_person(text: str, label: str, words: str) -> None:
    assert words in spans(text).get(label, [])


@pytest.mark.parametrize(
    "text",
    [
        "Our clinic closes Fri 13/09 for staff training.",
        "The new guidelines started on 1/10 across the region.",
        "The ferry terminal sits at 51.5072, -0.1276 on the old maps.",
    ],
)
def test_identifier_rules_need_someone_still(text: str) -> None:
    assert not [f for f in find_phi(text) if f.severity == "block"]


@pytest.mark.parametrize(
    "text",
    [
        # (dates15) an event's clinic with no writer's care before it, lower-case months
        # with no day of a life before them
        "The flu clinic at the community hall in Santa Rosa runs on 12 May.",
        "Our vaccination clinic at the library in Leeds is on 3 March, walk-ins welcome.",
        "the office is closed on dec 24 and dec 25",
        "flu jabs start on sept 9 at all branches",
        "Registration for the fun run closes feb 9, sign up at the desk.",
        # (dates16) a complaint's word beside the writer in a notice, "back" of no body; a
        # form's tip and a run of figures that is no day after a birth label
        "Sore throat season is here: I recommend booking before 1 December.",
        "I'll be back on 3 March, my colleague Dr Shah will cover.",
        "I will be running our back pain workshop on 12 June, bring a friend.",
        "Tip: if your date of birth is 9 October 1984, type it as 09/10/1984 on the page.",
        "The DOB field takes 8 figures; 12345678 will be rejected.",
        # (dates16) a lower-case month and day with no one's care, or before a measure
        "closed dec 24 to jan 2, emergencies call 111",
        "sept 9 is world fasd day, wear red",
        "updated jan 12: new parking rules for patients",
        "from jan 3 our hygienist will work tuesdays",
        "jan 21 years in practice and she still loves her patients",
        # (dates16) an end, an issuer and a start of no one's note
        "Year 9 are off school until 5 January for the holidays.",
        "Our course start date: 3 March 2026, places limited.",
        "The flu clinic runs until 30 November.",
    ],
)
def test_event_and_calendar_days_stay_clean(text: str) -> None:
    assert not [f for f in find_phi(text) if f.severity == "block"]


@pytest.mark.parametrize(
    "text",
    [
        # (dates14) a year no one's: a writer naming no one, the practice's, a staff
        # member's, a question to anyone, a guideline's, a public life, a life story's
        # birthplace and year (the sets leave "born in Bendigo in 1926" unmarked)
        "I was diagnosed in 2019 and I'm still learning about diabetes.",
        "The practice was founded in 1985 by Dr. Allen.",
        "Born in 1950? You may be eligible for the shingles vaccine.",
        "NICE updated the guideline in 2023; patients diagnosed since 2020 should be reviewed.",
        "Anyone born 1944 to 1965 should be screened for hepatitis C once.",
        "Our hygienist Sarah has been with us since 2012 and loves hiking.",
        "Our flu clinic on 12 October is open to all.",
        # (dates14) numbers after a cue of age that are no one's age
        "Her SpO2 was at 92 on room air, is that bad?",
        "Our practice celebrated 100 years of service in Leeds.",
        "The Queen Mother lived to 101 and had a hip replacement at 95 — a classic case.",
        "Room 94 and room 95 are closed for cleaning.",
        "Die Praxis wird 100 am Sonntag, Dr. Anna Weber lädt ein.",
        # (dates14) a UK practice's "surgery", the practice's own review
        "The surgery will close in December for refurbishment.",
        "Our review in March found waiting times fell.",
        "Le cabinet fête ses 100 ans le 3 mai, venez nombreux !",
    ],
)
def test_years_and_numbers_no_ones_stay_clean(text: str) -> None:
    assert not [f for f in find_phi(text) if f.label in ("date", "age") and f.severity == "block"]


@pytest.mark.parametrize(
    ("text", "words"),
    [
        # (dates14) the sentence's only person is a name the name finder found
        ("Evelyn Moore celebrated 100 with us on Monday.", "100"),
        ("La nonna Assunta compie 100 anni oggi alla RSA di Sulmona!", "100"),
        ("Can Baba Femi still have the RSV jab at 91? He had a reaction.", "91"),
        ("My dad Sam was born 2 Feb 1930 — he's 94 — and lives in Barnsley.", "94"),
        # another language's "turns" with its possessive, and a day after the age
        ("Mamie Lucienne fête ses 93 ans samedi, merci à toute l'équipe !", "93"),
        ("Opa Henk wird 90 am Sonntag und will endlich neue Zähne.", "90"),
    ],
)
def test_an_age_over_89_said_of_a_named_person(text: str, words: str) -> None:
    assert words in spans(text).get("age", [])


def test_a_birth_year_in_a_life_story_is_left() -> None:
    text = "Margaret Rowe, 100, was born in Bendigo in 1926 and taught at the primary school."
    assert "1926" not in spans(text).get("date", [])


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("ID: 987654321", "987654321"),
        ("member # A12345678 on the card", "A12345678"),
        ("policy no. XK-99812 was renewed", "XK-99812"),
        ("acct 4455667788 is overdue", "4455667788"),
        ("Her health plan number is HP-4471092.", "HP-4471092"),
        ("Driver's licence D1234-5678 was copied.", "D1234-5678"),
        ("Device serial SN 4471-AX-220 was implanted.", "4471-AX-220"),
        ("record 4488123 was updated", "4488123"),
        ("MRN 44 88 123 on the chart", "44 88 123"),
        ("MRN four four eight eight one two three", "four four eight eight one two three"),
        ("My DL# is F255-921-50-094-0 if you need it.", "F255-921-50-094-0"),
        ("Lab order number LO-55102 is my dad's.", "LO-55102"),
        ("My CGM transmitter ID is 8G4KLM.", "8G4KLM"),
        ("NIN: QQ 12 34 56 C for my sick pay claim.", "QQ 12 34 56 C"),
        ("Ticket INC0012934 was opened about my bill.", "INC0012934"),
        ("MRN - 4451122, please fax the results.", "4451122"),
        ("My PAN is ABCDE1234F.", "ABCDE1234F"),
        ("The pump serial, G4-221-0918, is on the back.", "G4-221-0918"),
        # (records11) a glucose sensor's transmitter, a hearing aid, serials in the plural
        ("Dexcom transmitter 8G55QK keeps dropping out for my son.", "8G55QK"),
        ("Bring both hearing aids (serials 24C19877 and 24C19878).", "24C19877"),
        ("Warranty card: hearing aid L-9S7730012, bought in May.", "L-9S7730012"),
        # (records11) the number a label names "as"
        ("The clinic has my file as PX-20418 if you need it.", "PX-20418"),
        ("The form lists his fødselsnummer as 010190 12345.", "010190 12345"),
        # (records11) a staff number, a German insurance number's short form, Brazil's
        # prontuário and SUS card, a Thai HN, an Australian UR, a pathology report's number
        ("Sick note for staff no. ST-40871, back on Monday.", "ST-40871"),
        ("Versicherung: AOK, Versichertennr. A123456780.", "A123456780"),
        ("Minha mãe, prontuário 554120-3, ainda espera o exame.", "554120-3"),
        ("O cartão SUS 700 5021 8834 1290 da minha avó foi recusado.", "700 5021 8834 1290"),
        ("His card from the Bangkok hospital says HN 5520198.", "5520198"),
        ("Discharge letter: UR 8830127, fractured neck of femur.", "8830127"),
        ("Can someone explain pathology report S25-22817?", "S25-22817"),
        # (records11) the last digits of a number after stars or dots, or "ended in"
        ("LifeLabs: a result for you (HCN ending …4417).", "4417"),
        ("Refund to card ****5678 for the crown.", "5678"),
        ("His SSN last 4: 8812.", "8812"),
        ("Her social security number, last four digits 4471, is on the form.", "4471"),
        # (records11) a login in brackets, a network's "ID" before the name
        ("Her portal login (kemi_b_1987) was locked after five tries.", "kemi_b_1987"),
        ("Her WeChat ID is meiling_0418 if the clinic needs her.", "meiling_0418"),
        # (records12) the place or body the number is held with between label and "is";
        # capitals before dashed groups; labels of Jamaica, Mexico, a waybill, a unit record
        ("His student number at Moi Forces Academy is MFA/2023/0918.", "MFA/2023/0918"),
        ("My claim number with PBC is PBC-7734019-02, still unpaid.", "PBC-7734019-02"),
        ("Our claim number is ACC 20-4471-903, can you send the notes?", "ACC 20-4471-903"),
        ("My TRN is 123-456-789 for the receipt.", "123-456-789"),
        ("Her URN 4471203 is on the letter from the hospital.", "4471203"),
        ("Tracking for his retainer, AWB 1234567890, never came.", "1234567890"),
        ("Refund to my bank account CLABE 012180015678912345 please.", "012180015678912345"),
        ("Krankenkasse AOK, Vers.-Nr. M294710385, bitte.", "M294710385"),
        # (records12) a waybill, a placard, Turkish, Indonesian and Vietnamese labels, a
        # Chinese health check's number
        ("The courier waybill WB-ZA-3381027 for her kit was lost.", "WB-ZA-3381027"),
        ("His disability placard DP 4471902 was stolen.", "DP 4471902"),
        ("Kızım için rapor numarası RPR-2025-004719, okula vermem gerekiyor.", "RPR-2025-004719"),
        ("Ibu saya, No. Kartu 0001234567891, belum dapat jadwal.", "0001234567891"),
        ("Bệnh nhân Mã BN: BN2025-118407 xuất viện hôm nay.", "BN2025-118407"),
        ("王女士，您的体检编号 TJ20251104088。", "TJ20251104088"),
        # (records12) a fund's plan kind, or its letters, before the member number
        ("Ins: Blue Cross PPO XGH882014471 for my son.", "XGH882014471"),
        ("Our patient is on Bonitas BON 48723309, principal member her dad.", "BON 48723309"),
        # (records12) the label a comma away from a whole number's shape
        ("Her NRIC, T1234567J, was on the form.", "T1234567J"),
        ("His passport, K12345678, expired last month.", "K12345678"),
    ],
)
def test_labelled_identifiers(text: str, words: str) -> None:
    assert any(words in found for found in found_words(text))


def test_a_year_or_a_count_after_a_label_is_not_an_identifier() -> None:
    assert find_phi("Our 2024 policy update: card payments accepted.") == []
    assert find_phi("Group 3 meets on Tuesdays.") == []
    # (records11) a hearing aid's or a transmitter's count, price or distance is no serial
    assert find_phi("Our hearing aid range starts at 1200 dollars.") == []
    assert find_phi("The radio transmitter 500 metres away failed.") == []
    assert find_phi("Fingerprint template 3 was enrolled.") == []
    assert find_phi("The fingerprint scanner model FS-2000 is in stock.") == []
    assert find_phi("Our staff number 14 rotates through the weekend clinic.") == []
    assert find_phi("The pathology report 10 days later showed no cancer.") == []
    assert find_phi("Staff ID badges are reissued on Monday.") == []
    assert find_phi("The last four 1234 of the code are wrong.") == []
    assert find_phi("SSN last 4 digits only, please.") == []
    assert find_phi("Please login (step 2) to see your results.") == []
    assert find_phi("Instagram ID verification takes 2 days.") == []
    # (records12) an urn is no unit record number; a guideline's number is no one's
    assert find_phi("Her ashes are in an urn 2024 style.") == []
    assert find_phi("The reference number for the guideline is NG-136 and it is free.") == []
    assert find_phi("The placard on the door says no entry.") == []
    assert find_phi("Our group, 12 members, meets Monday.") == []
    assert find_phi("The card, 4000 points, expires in June.") == []
    # (vignette16) an age after "Case:" opens a vignette, no case number
    assert find_phi("Case: 29-year-old glassblower with cataracts") == []
    assert find_phi("Case: 18-month-old with croup, stridor at rest") == []


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("Mr. James T. had his implant placed.", "James T."),
        ("Dr. John L. reviewed the chart.", "John L."),
        ("Anna S. asked about her crown.", "Anna S."),
    ],
)
def test_names_with_initials_and_titles(text: str, words: str) -> None:
    assert words in spans(text).get("name", [])


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("Sgt. Ray Morales was discharged after surgery.", "Ray Morales"),
        ("Pastor Adeyemi asked about his blood pressure.", "Adeyemi"),
        ("patient rosa delgado is allergic to latex", "rosa delgado"),
    ],
)
def test_names_after_forms_of_address_and_lower_case_cues(text: str, words: str) -> None:
    assert words in spans(text).get("name", [])


@pytest.mark.parametrize(
    "text",
    [
        "Major League Baseball players chew too much tobacco.",
        "Private Practice was a TV drama about doctors.",
        "Patient education is part of every visit.",
        "Go to Walgreens for your flu shot.",
        "Your order number will be emailed to you.",
    ],
)
def test_forms_of_address_and_care_places_leave_look_alikes_alone(text: str) -> None:
    assert find_phi(text) == []


def test_a_name_introduced_as_staff_and_thanked_later_is_no_patient() -> None:
    assert find_phi("Our receptionist Carla is retiring. We'll miss you, Carla!") == []


def test_an_eponym_before_a_fracture_or_contracture_is_no_name() -> None:
    assert find_phi("Colles' fracture is a break of the wrist from a fall.") == []


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("Since New Year's Day my son has had a rash.", "New Year's Day"),
        ("My father had a stroke on Christmas Eve.", "Christmas Eve"),
        ("My dob is the fifth of may nineteen forty-two.", "the fifth of may nineteen forty-two"),
        ("The biopsy dated 3/4 came back clean.", "3/4"),
    ],
)
def test_holidays_lower_case_months_and_care_days_tied_to_a_person(text: str, words: str) -> None:
    assert words in spans(text).get("date", [])


@pytest.mark.parametrize(
    "text",
    [
        "We're closed on Christmas Day; merry Christmas!",
        "Count 1 2 3 4 5 6 7 8 9 10 and breathe slowly.",
        "Free blood pressure checks on May 3.",
        "Thanks @AMA_docs and @WHO for the guidance.",
        "Does Xarelto interact with her other meds?",
        "Is Eliquis safe for her to take?",
        "Catherine Zeta-Jones talked openly about bipolar disorder.",
        "Sister Act is a good film for the waiting room.",
        "Tickets from our church sale go on Tuesday.",
        "Room 4B and Group 3 meet on Fridays.",
        "Ticket 2 is free with a flu shot.",
        "Everyone, thanks for coming to the health fair!",
        "Florence Nightingale was born in 1820 in Florence, Italy.",
        "The museum is at 1000 Fifth Avenue and opens at 10am.",
        "The hotel's address is 200 Park Avenue, New York, NY 10166.",
        "Ms. Rachel videos can help toddlers with speech.",
        "The film is ninety minutes long and ninety-nine percent fun.",
    ],
)
def test_holidays_counting_and_agencies_stay_clean(text: str) -> None:
    assert find_phi(text) == []


def test_a_handle_holding_an_agencys_letters_inside_a_word_is_a_person() -> None:
    assert spans("@mama_of_3_boys thanks for the kind words!").get("handle")


def test_a_family_word_after_a_sentences_first_word_still_cues_a_name() -> None:
    assert "Walt" in spans("Can Grandpa Walt take Benadryl with his meds?").get("name", [])


@pytest.mark.parametrize(
    ("text", "words"),
    [
        # capitalised, a family word is a title: it says who the person is to someone, not
        # which person, and is no part of the identifier
        ("Aunt Bea has been coughing since Thursday the 7th.", "Bea"),
        ("We took Baby Ava home on the 8th after her jaundice.", "Ava"),
        ("Coach Dave broke his wrist at practice.", "Dave"),
        # in lower case it says who the person is to the writer, and the name is the name
        ("My grandma Rose is 80 and had a fall.", "Rose"),
        ("Her uncle Femi had a stroke.", "Femi"),
    ],
)
def test_a_family_word_or_a_title_is_no_part_of_the_name(text: str, words: str) -> None:
    assert spans(text).get("name") == [words]


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("She was admitted Sunday 9/8 and they don't know why.", "Sunday 9/8"),
        ("My daughter's tonsillectomy is Wed., Jan 15.", "Wed., Jan 15"),
        ("Ms. Beaumont, your CT scan is booked for Monday, 3 June.", "Monday, 3 June"),
        ("Last Tuesday the 12th my husband Kevin fainted.", "Last Tuesday the 12th"),
        ("Joe's dialysis moved to Wednesday, Aug 7 at 6am.", "Wednesday, Aug 7"),
        ("My son was born on 12.24.2019.", "12.24.2019"),
    ],
)
def test_a_weekday_with_its_date_is_one_date(text: str, words: str) -> None:
    assert words in spans(text).get("date", [])


@pytest.mark.parametrize(
    ("text", "date"),
    [
        # a clinic by its proper name is where someone was: the day is theirs
        (
            "Appointment reminder for Anna Walker at Baptist Clinic, 14 December 1977.",
            "14 December 1977",
        ),
        ("Reminder for Mateo Brown at Oak Clinic, the 16th of December.", "the 16th of December"),
        # a clinic as an event still dates the event, not a person
        ("Our flu clinic is on March 3.", None),
        ("Join us at Lakeside Clinic on March 3 for free screenings.", None),
    ],
)
def test_a_clinic_named_as_a_place_is_no_event(text: str, date: str | None) -> None:
    assert spans(text).get("date") == ([date] if date else None)


@pytest.mark.parametrize(
    ("text", "words"),
    [
        # the same words about a person still block
        ("My mom lives at 40 Oak Street.", "40 Oak Street"),
        ("My dad moved to 77 River Road after his stroke.", "77 River Road"),
        ("Her tax ID is 912-70-1234.", "912-70-1234"),
        ("Our Medicaid ID is 55512345.", "55512345"),
        ("My study ID is 8812345.", "8812345"),
        ("Use my cell, (555) 555-0147, for the results.", "(555) 555-0147"),
        ("My Medicare Beneficiary Identifier is 1EG4-TE5-MK72.", "1EG4-TE5-MK72"),
    ],
)
def test_the_same_numbers_and_addresses_of_a_person_block(text: str, words: str) -> None:
    assert words in [text[f.start : f.end] for f in find_phi(text) if f.severity == "block"]


@pytest.mark.parametrize(
    ("text", "blocks"),
    [
        # Mother's Day and Father's Day are days of the year: no one's mother is meant
        ("Father's Day is June 16.", False),
        ("Our Mother's Day sale ends May 12.", False),
        ("My father had surgery on June 16.", True),
        ("His mother's day surgery is June 16.", True),
        # a_country: a state or province is no smaller than a state, as a country is not
        ("I'm a teacher in Ohio with a sore throat that won't go away.", False),
        ("My grandmother lives in Florida and keeps falling.", False),
        ("Her mom moved to Ontario after the stroke.", False),
        # a town is smaller, and New York is a city too
        ("My grandmother lives in Tampa and keeps falling.", True),
        ("My son lives in New York and has asthma.", True),
    ],
)
def test_a_parents_day_and_a_state_name_no_one(text: str, blocks: bool) -> None:
    assert any(f.severity == "block" for f in find_phi(text)) is blocks


def test_a_name_is_found_without_its_possessive_or_its_form_of_address() -> None:
    assert spans("Yuki Sato's profile is public, she said.").get("name") == ["Yuki Sato"]
    assert spans("Sgt. Ray Morales was discharged.").get("name") == ["Ray Morales"]


def test_an_age_in_words_after_shes_an_obituary_link_and_a_polish_street() -> None:
    assert spans("She's ninety-nine and sharp as a tack.").get("age") == ["ninety-nine"]
    assert spans("His memorial page: legacy.com/us/obituaries/name/joe-bloggs-obituary").get("url")
    assert "ul. Marszałkowska 10, Warszawa" in spans(
        "He lives at ul. Marszałkowska 10, Warszawa."
    ).get("address", [])


def test_a_full_name_a_verb_points_at() -> None:
    assert spans("Text Tom Krause about his crown.").get("name") == ["Tom Krause"]
    assert find_phi("Call Us Today about your visit.") == []


def test_what_only_a_person_does_needs_no_pronoun_and_a_brand_is_no_name() -> None:
    assert spans("Ottilie woke up with a swollen eye.").get("name") == ["Ottilie"]
    assert spans("Lindani is in the ICU at Baragwanath Hospital.").get("name") == ["Lindani"]
    assert find_phi("House No. 5 is our favourite pub.") == []
    assert find_phi("Tylenol fell out of favour with some doctors.") == []


def test_a_school_or_day_care_tied_to_a_child_is_a_place() -> None:
    text = "My twins go to Oak Park Montessori and both have the flu."
    assert "Oak Park Montessori" in spans(text).get("geo", [])


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("Call me on 020 7946 0958 tonight.", "020 7946 0958"),
        ("My mobile is 0412 345 678.", "0412 345 678"),
        ("Ring +44 20 7946 0958 after six.", "+44 20 7946 0958"),
        ("Her cell is 98765 43210.", "98765 43210"),
        ("Text 614/555/0142 when ready.", "614/555/0142"),
        ("Text 614_555_0142 when ready.", "614_555_0142"),
        ("Reach Maria at 614-555-O142.", "614-555-O142"),
        (
            "My number is six one four, five five five, zero one four two.",
            "six one four, five five five, zero one four two",
        ),
    ],
)
def test_phone_numbers_of_every_region_and_disguise(text: str, words: str) -> None:
    assert words in spans(text).get("phone", [])


def test_dates_and_versions_are_not_phone_numbers() -> None:
    assert "phone" not in spans("Closed 12/24/2025 and 12/25/2025 for the holidays.")
    assert find_phi("Update the app to version 10.2.33 for the new portal.") == []


@pytest.mark.parametrize(
    "text",
    [
        "jane at gmail dot com",
        "jane[at]gmail[dot]com",
        "jane (at) gmail (dot) com",
        # (read 115-118) any country's ending once the "at" is bracketed
        "andrei.popa1979 (at) yahoo (dot) ro",
        "jane.doe at outlook.com",
    ],
)
def test_emails_written_to_slip_past_filters(text: str) -> None:
    assert spans(f"Write to {text} about the forms.").get("email") == [text]


def test_learn_more_at_a_site_is_not_an_email() -> None:
    assert find_phi("Learn the early signs at nih.gov.") == []


def test_a_bare_nine_digit_ssn() -> None:
    assert spans("SSN on the form was 123456789.") == {"ssn": ["123456789"]}
    assert spans("She wrote 123 45 6789 on the intake form.") == {"ssn": ["123 45 6789"]}


def test_an_ip_address() -> None:
    assert spans("Login from 10.44.201.7 by the patient.")["ip"] == ["10.44.201.7"]


# -- disguises: the post looks the same as the blocked one, so it must be blocked too -------
ZWSP, ZWJ, ZWNJ = "\u200b", "\u200d", "\u200c"


@pytest.mark.parametrize(
    "text",
    [
        f"Maria{ZWSP}Lopez had surgery yesterday.",
        f"Ma{ZWJ}ria Lo{ZWNJ}pez had surgery yesterday.",
        "Maria Lоpez had surgery yesterday.",  # Cyrillic o
        "Μaria Lopez had surgery yesterday.",  # Greek capital Mu
        "Ｍａｒｉａ Ｌｏｐｅｚ had surgery yesterday.",  # fullwidth
        "Ma😀ria Lopez had surgery yesterday.",
    ],
)
def test_disguised_names_are_found_where_they_were_written(text: str) -> None:
    names = [f for f in find_phi(text) if f.label == "name"]
    assert names
    written = text[names[0].start : names[0].end]
    assert written.startswith(text[:2]) and "had" not in written


def test_a_zero_width_phone_number_is_found_whole() -> None:
    text = f"Call me at 614-555{ZWSP}-0142 tonight."
    assert spans(text)["phone"] == [f"614-555{ZWSP}-0142"]


def test_a_roster_name_in_lower_case(practice: PracticeContext) -> None:
    assert "name" in spans("saw grace kim at the store today", practice)
    assert "name" in spans("ran into maria gonzalez, she says hi", practice)


def test_a_name_at_the_very_end_keeps_its_offsets_after_a_removed_character() -> None:
    text = f"\u202eThanks, Maria{ZWSP}"
    (name,) = [f for f in find_phi(text) if f.label == "name"]
    assert text[name.start : name.end].startswith("Maria")


# -- and ordinary posts stay clean ---------------------------------------------------------
@pytest.mark.parametrize(
    "text",
    [
        "Flu shots are available Monday through Friday, no appointment needed.",
        "Research from Harvard Medical School links sleep apnea and high blood pressure.",
        "Happy National Nurses Week to the nurses at every hospital in our community!",
        "Our community partner, Nationwide Children's Hospital, hosts a car seat check.",
        "Welcome to the team, Dr. Omar Haddad! He joins us from Cleveland Clinic.",
        "Can I take Ozempic and metformin together? Ask your doctor.",
        "Free blood pressure checks at the Main Street library on Saturday, June 8.",
        "Wishing all the moms out there a happy Mother's Day!",
        "Dr. Chen presented at the Ohio Dental Association meeting in Cincinnati.",
        "I'm excited to share that our office now offers Saturday hours!",
        "We're thrilled to partner with Nationwide Children's Hospital for screenings on May 3.",
        "Our hygienist Tasha Greene was named Hygienist of the Year by the Ohio Dental Association!",
        "Lunch and learn with Delta Dental on March 5, 2026 at our Dublin office.",
        "Medicare Advantage plans from Humana and Aetna are now accepted.",
        "Conference in Kuala Lumpur next month for dental hygienists.",
        "We will be closed for Yom Kippur on Saturday, October 12.",
        "Invisalign Teen is here: ask us at your next visit.",
        "Questions? Write to us at info at riverbend dot example is not how email works.",
    ],
)
def test_ordinary_posts_stay_clean(text: str) -> None:
    assert find_phi(text) == []


# -- bad input -----------------------------------------------------------------------------
def test_hostile_characters_never_crash_the_guard_and_offsets_stay_in_the_text() -> None:
    unit = "\x00\u202e\u0301\u0302\udcff\u200b ab\u202c\ufeff cd. e\u0301\u0327 "
    text = unit * 2_000 + "Maria Lopez had surgery yesterday."
    found = find_phi(text)
    assert [text[f.start : f.end] for f in found] == ["Maria Lopez", "yesterday"]


def test_a_megabyte_is_read_up_to_the_limit_and_the_rest_is_blocked_unread() -> None:
    from medsocial_tui.compliance.phi import MAX_CHECKED

    unit = "Flu shots\x00 today \u202eat noon\u202c, e\u0301\u0302 \udcff walk-ins welcome. "
    text = "Call Maria Lopez at 614-555-0142. " + unit * (1_000_000 // len(unit))
    found = find_phi(text)
    assert {text[f.start : f.end] for f in found if f.label != "unchecked"} >= {
        "Maria Lopez",
        "614-555-0142",
    }
    (rest,) = [f for f in found if f.label == "unchecked"]
    assert (rest.start, rest.end, rest.severity) == (MAX_CHECKED, len(text), "block")


# -- links that leak -------------------------------------------------------------------------
def test_a_tracking_value_that_names_a_person_or_a_condition_marks_the_whole_link() -> None:
    text = "Book now: https://example.com/book?utm_campaign=implant-consult-maria&utm_source=fb"
    assert spans(text) == {"url": [text.removeprefix("Book now: ")]}
    text = "Read more: https://example.com/a?utm_campaign=diabetes-followup"
    assert spans(text) == {"url": ["https://example.com/a?utm_campaign=diabetes-followup"]}


def test_ordinary_tracking_values_are_not_findings() -> None:
    assert find_phi("Read more: https://example.com/a?utm_campaign=spring-newsletter") == []


# guard-recall (session b): forms and records as exports write them, towns listed in a
# person's record, dates in other languages' words; and the same shapes that are no one's.
@pytest.mark.parametrize(
    ("text", "label", "words"),
    [
        ("first_name=Bongani&last_name=Zulu&dob=1990-07-15", "name", ["Bongani", "Zulu"]),
        ("Surname: Okoro; Forename(s): Chinedu Emmanuel", "name", ["Okoro", "Chinedu Emmanuel"]),
        ("Pt: Rodriguez, Carmen / Sex: F / Age: 91", "name", ["Rodriguez, Carmen"]),
        # an address field ends where the form's next field starts
        (
            "Address: Flat 2, 14 Elm Road, Leeds LS6 2AB  Tel: 0113 496 0123  GP: Dr Patel",
            "address",
            ["Flat 2, 14 Elm Road, Leeds LS6 2AB"],
        ),
        (
            "Address: 14 Elm Road, Leeds LS6 2AB. GP: Dr Patel",
            "address",
            ["14 Elm Road, Leeds LS6 2AB"],
        ),
        (
            "Address: 12 Heol y Bont, Caerphilly CF83 1AB, Tel: 029 2088 1234",
            "address",
            ["12 Heol y Bont, Caerphilly CF83 1AB"],
        ),
        ("Refund Juan Pablo Herrera, account 0012-3456-78-9012345678, Bogotá.", "geo", ["Bogotá"]),
        ("Licence No: D1234567 — holder Tamar Cohen, Haifa", "geo", ["Haifa"]),
        ("Pedro Alves was born on 22 de julho de 1971.", "date", ["22 de julho de 1971"]),
        ("Herr Klaus Becker, geboren am 12. März 1960, hat Diabetes.", "date", ["12. März 1960"]),
        ("Linnea Berg has an appointment on den 5 mars.", "date", ["den 5 mars"]),
        ("Please call Park Ji-woo about the results.", "name", ["Park Ji-woo"]),
        ("Vehicle: WBA3A5C51CF256985, owner Graham Fowler, injured.", "name", ["Graham Fowler"]),
        ("Employee Kwabena Mensah called in sick.", "name", ["Kwabena Mensah"]),
        ("He was referred to Dr. Smith's office in Chicago for his knee.", "geo", ["Chicago"]),
        ("New address: Thereses gate 14, 0452 Oslo.", "address", ["Thereses gate 14, 0452 Oslo"]),
        (
            "My mother lives at 3 Ffordd Las, Bangor LL57 2AB.",
            "address",
            ["3 Ffordd Las, Bangor LL57 2AB"],
        ),
        ("My son goes to Oakwood Primary and has asthma.", "geo", ["Oakwood Primary"]),
        ("My wife had a C-section at Lagos Island Maternity.", "geo", ["Lagos Island Maternity"]),
        ("My son Tom is in Grade 5 in Leeds.", "geo", ["Leeds"]),
        ("I'm Liam Murphy, ninety-two, and I still drive.", "age", ["ninety-two"]),
        (
            "His school address is Room 14, St. Patrick's College, Dublin 9 but the nurse",
            "address",
            ["Room 14, St. Patrick's College, Dublin 9"],
        ),
        ("Edna (one hundred and one) lives alone.", "age", ["one hundred and one"]),
        ("My daughter Zainab is in Year 4 in Moss Side.", "geo", ["Moss Side"]),
    ],
)
def test_form_fields_record_towns_and_other_languages_dates(
    text: str, label: str, words: list[str]
) -> None:
    assert spans(text).get(label) == words


@pytest.mark.parametrize(
    "text",
    [
        "Product name: Colgate Total",
        "Name: ____ | DOB: __/__/____ | Phone: ____",
        "Name: Required",
        "Our clinics: Leeds, Bradford, York.",
        "The rover landed on 5 Mars missions.",
        "Our office is closed on 5 mai for the holiday.",
        "Name, date of birth, phone number and account number go on the form.",
        "Follow-up Park visits are free.",
        "Our flight leaves from gate 14 at noon.",
        "Our clinic, ninety minutes from Leeds, is open.",
        "Your address is needed for the 3 forms.",
        "My address is on file since 2019.",
        "The clinic's address is 40 Oak Street, Leeds LS1 2AB.",
        "My wife is on Statutory Maternity Pay until June.",
        pytest.param(
            "Dr. Allen referred patients to the hospital in Leeds.", marks=LEARNED_FALSE_BLOCK
        ),
        # (the rules find no date here: test_not_a_patients' numeral "I")
        pytest.param(
            "The Phase I trial of the vaccine began on 12 March 2024 at Leeds General Infirmary.",
            marks=LEARNED_FALSE_BLOCK,
        ),
        "Meet Dr. Allen, who grew up in Leeds.",
        "The X-ray Park is closed.",
        "Drop-in Lee Street clinic opens Monday.",
        "Our Driver Training course starts in May.",
        "Employee Assistance Programme: call us.",
    ],
)
def test_form_and_record_look_alikes_stay_clean(text: str) -> None:
    assert spans(text) == {}


# The writer's own symptom or emergency, said as theirs: the day it began is a day of
# their health; a symptom word near "I" that is not the writer's is no such day.
@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("I've had the cough since Mon 5 Feb and I'm a smoker.", ["Mon 5 Feb"]),
        (
            "I was rushed in on the evening of Friday 4th October with chest pain.",
            ["Friday 4th October"],
        ),
        ("My back pain has been worse since 5 February.", ["5 February"]),
        ("I fainted at work on the 12th.", ["the 12th"]),
        ("I'll be away from 5 February; if you're in pain, call the front desk.", None),
        ("We are closed on Friday 4th October.", None),
    ],
)
def test_a_day_of_the_writers_own_symptom(text: str, words: list[str] | None) -> None:
    assert spans(text).get("date") == words


# -- a clinician's or a clinic's public register number is no patient's ---------------------


@pytest.mark.parametrize(
    "text",
    [
        "Reg: GMC 7012345 — Dr Hannah Osei-Bonsu, Consultant Dermatologist, Spire Leeds.",
        "Registered with the NMC, PIN 12A3456E.",
        "Dr Amir Khan (GDC no. 123456) joins us in March.",
    ],
)
def test_a_professional_register_number_is_no_patients(text: str) -> None:
    assert [f for f in find_phi(text) if f.label in ("vehicle_id", "record_number")] == []


def test_a_plate_or_a_record_number_stays() -> None:
    assert any(f.label == "vehicle_id" for f in find_phi("My car reg is AB12 CDE."))
    assert any(f.label == "record_number" for f in find_phi("Patient MRN 4488123, seen today."))


# -- guard-recall2: a ZIP+4 code is the address's, no phone -------------------------------
def test_a_zip_plus_four_code_keeps_its_address_whole() -> None:
    text = "She lives at 22 Elm Street, Boston, MA 02116-3412 with her mum."
    assert spans(text) == {"address": ["22 Elm Street, Boston, MA 02116-3412"]}
    assert spans("Call me on 02116-341234 please, my mum is ill.")["phone"]


# -- guard-recall2: a form's name field with no colon -------------------------------------
def test_a_name_field_with_no_colon() -> None:
    form = "Form: Name Aisling Murphy; Address 6 Friargate; Reason: toothache."
    assert "Aisling Murphy" in found_words(form)
    assert not find_phi("Name Change Form, page 2")


# -- guard-recall2: a town as a cell of a person's row -------------------------------------
def test_a_town_in_a_cell_of_a_persons_row() -> None:
    row = "Kofi Mensah,93,Kumasi,stroke,admitted 2 Dec 2026"
    assert {"Kumasi", "93"} <= set(found_words(row))
    assert not find_phi("Population 1,93,000 in 2011, the census says.")
    assert "Chengdu" in found_words("Zhang, Hui | M | 1972/03/09 | Chengdu | gout")
    assert not find_phi("Opening hours | Leeds | Mon-Fri 9-5")


# -- guard-recall2: relatives in other languages ------------------------------------------
@pytest.mark.parametrize(
    ("text", "words"),
    [
        # a name after another language's possessive and family word
        ("Ma sœur Amandine fait des crises d'angoisse.", "Amandine"),
        ("Mein Bruder Stefan hat seit der Chemo keinen Geschmack mehr.", "Stefan"),
        ("Unser Sohn Finn Becker wurde operiert.", "Finn Becker"),
        ("Meri behen Pooja ki shaadi ke baad se periods irregular hain.", "Pooja"),
        ("Mia nonna Carmela è caduta in casa.", "Carmela"),
        # a date in a sentence about such a relative, in their language
        ("Minha mãe foi internada no dia 20 de novembro.", "20 de novembro"),
        ("Mijn moeder is op 1 december opgenomen.", "1 december"),
        ("Meine Mutter wurde am 28. November operiert.", "28. November"),
        ("Moja mama miała zawał 27 listopada; czy może latać?", "27 listopada"),
        ("Mon grand-père Marcel, 96 ans, ne reconnaît plus personne.", "96"),
        ("Mein Sohn Lukas (geb. 03.03.2015) hat seit gestern Ausschlag.", "03.03.2015"),
        ("Ole-Martin Haugen, innlagt på Haukeland 1. desember 2026.", "1. desember 2026"),
        # a town after another language's "in", in a sentence about a person
        ("Mi madre vive en Madrid y tiene diabetes.", "Madrid"),
    ],
)
def test_relatives_in_other_languages(text: str, words: str) -> None:
    assert words in found_words(text)


@pytest.mark.parametrize(
    "text",
    [
        "Mia madre ha 75 anni e ha la pressione alta.",
        "Meine Mutter hat Fieber.",
        "Das Klinikum öffnet am 28. November.",
        "La sœur Amandine dirige l'école.",
        "The clinic opens on 1 December and closes on 2 december.",
        # what someone "lives on" that is no street
        "My mum lives on Medicare and her pension.",
        "My son lives on Ensure shakes since the surgery.",
        "La clínica abre en Madrid el lunes.",
        "Das Gebäude wurde 1950 gebaut und 2020 renoviert.",
        # a message signed by a team or a firm
        "Book your flu jab today. — The Team",
        "Open Saturdays from March. — Riverside Dental",
        # a hospital in a sentence about no one
        "El Hospital La Paz abrió una nueva unidad de ictus.",
        # a firm's years are no one's age
        "La empresa celebra 100 años de historia con una fiesta.",
        # a distance from a road is no address
        "my dad lives 5 minutes from main road and can walk to the surgery",
    ],
)
def test_other_languages_family_words_alone_name_no_one(text: str) -> None:
    assert not [f for f in find_phi(text) if f.severity == "block"]


# -- guard-recall2: plain leaks the guard let through ----------------------------------------
@pytest.mark.parametrize(
    ("text", "words"),
    [
        # an age written with dotted abbreviations
        ("Seen today: a 91 y.o. male with chest pain.", "91"),
        ("My nan (93 y. o.) had her dentures relined.", "93 y. o."),
        ("My grandad, a 95 yr. old, had his hip done.", "95"),
        # a common modern given name the census list lacked (wordfreq counts it as a word)
        ("Loved seeing Rory's gappy grin at our clinic today", "Rory"),
        ("Jaxon has a fever and a sore gum.", "Jaxon"),
        # a given name that is also a word, with what only a person has
        ("Precious has a fever and won't eat.", "Precious"),
        # a staff word that says something of someone else: the someone is no staff
        ("The school nurse said Aiden Brooks has lice again; how do we treat it?", "Aiden Brooks"),
        ("The nurse told us Maya Patel has strep.", "Maya Patel"),
        # a name given in lower case after "name is", "name's", "named", "called"
        ("my sons name is tyler brooks hes 7", "tyler brooks"),
        ("her name's maria lopez and she has asthma", "maria lopez"),
        ("a boy named liam walsh came in with a broken tooth", "liam walsh"),
        ("a girl called amelia was stung by a wasp", "amelia"),
        # a full UK or Canadian postcode where someone lives or is
        ("My mum lives in M5V 2T6 and needs a new crown.", "M5V 2T6"),
        # a licence number in brackets after its label
        ("my driver's licence number (D1234-56789-01234)", "D1234-56789-01234"),
        # a patient's updates handle, beside their treatment
        (
            "follow @kidneywarrior_liam for updates, transplant is booked for Jan 18!!",
            "@kidneywarrior_liam",
        ),
    ],
)
def test_recall2_plain_leaks_are_found(text: str, words: str) -> None:
    assert words in found_words(text)


@pytest.mark.parametrize(
    "text",
    [
        "We have 91 yoga mats for the staff wellness day.",
        "Our hygienist Fatima said the new whitening kits are in.",
        "Our receptionist said Kevin will cover urgent visits this week.",
        "A procedure called root canal therapy saves most infected teeth.",
        "It is called bonding and takes about an hour per tooth.",
        "We called mom after the visit.",
        "Our office is in SW9 8BT, two minutes from the station.",
        "Bring your driver's licence (or a passport) to your first visit.",
        "Follow @brightsmileaustin for tips on whitening.",
        "Follow @sunnyside_dental for updates on opening hours!",
        "A precious smile deserves gentle care.",
        pytest.param("Precious has a lovely smile.", marks=LEARNED_FALSE_BLOCK),
        "The receptionist said Rory will call you back.",
        "A drug called metformin can affect vitamin B12.",
        "popular baby names olivia and noah topped the list again",
        "Angus beef burgers at the staff BBQ were a hit.",
        "Sienna orange is the colour of our new waiting room.",
        "Surgery was at Mercy General for all our implant cases this year.",
        "Legend has it that sugar causes cavities.",
        "Our teddy bear clinic for toddlers is on Saturday.",
        # places beside no person, a holiday, history
        "The urgent care on Route 9 is open late on weekends.",
        "Free parking on Main and 3rd for our patients.",
        "My son fell at Christmas and chipped his tooth.",
        "Surgery was at Christmas last year.",
        "The procedure was at 9am and took an hour.",
        "The mayor was shot at Dealey Plaza in 1963.",
    ],
)
def test_recall2_look_alikes_stay_clean(text: str) -> None:
    assert not [f for f in find_phi(text) if f.severity == "block"]


# (guard-replies) what people write under a practice's posts: a relation before a name that
# is also a place or a word, names the writer gives as theirs, a child's initials, numbers
# spelled out with letters, an animal's microchip, a bike's frame number, a day and month
# with no year in the writer's own care.
@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("My partner Israel needs a filling, is Thursday free?", "Israel"),
        ("My partner Jordan has had toothache for a week.", "Jordan"),
        ("My friend Chad broke his tooth.", "Chad"),
        ("My kid JT chipped his front tooth at footy today.", "JT"),
        ("My boy TK has a swollen gum.", "TK"),
        ("Aunty Faith has a toothache.", "Faith"),
        ("My gogo Nomsa needs a home visit.", "Nomsa"),
        ("Tavita and I both need check-ups before Christmas.", "Tavita"),
        ("Hey it's Keahi! My crown fell out again.", "Keahi"),
        ("Great service fixing my filling. - Tamati from Rotorua", "Tamati"),
        ("Big thanks from Siosaia and the kids, the dentist was amazing.", "Siosaia"),
        ("My patient ID is K A I - 5 5 2 9 1 8, can you check?", "K A I - 5 5 2 9 1 8"),
        ("Member ID: A B C 1 2 3 4 5 6, am I covered?", "A B C 1 2 3 4 5 6"),
        ("Our dog's microchip number is 985 112 003 456 789.", "985 112 003 456 789"),
        ("My bike's frame number is WTU123456789K, it was stolen.", "WTU123456789K"),
        ("On 14/02 my husband brought me in with chest pains.", "14/02"),
        ("Since 17/03 my gums have bled every time I brush.", "17/03"),
        ("My physio Dane broke his leg skiing, so who takes my sessions?", "Dane"),
    ],
)
def test_replies_leaks_are_found(text: str, words: str) -> None:
    assert words in found_words(text)


@pytest.mark.parametrize(
    "text",
    [
        "Our partner Lakeside Labs processes the moulds.",
        "Love from Auckland and the kids, see you at the open day!",
        "Cheers from Aotearoa! Our team is back from the conference.",
        "Had a great session today (she's my counsellor) and Kirsty really listened.",
        "Working with Dane at the physio clinic has been brilliant.",
        "Thanks for your lovely review! — Sophie, Reception",
        "Sorry for the wait. (Janelle?) at reception will call you back.",
        "Please contact Gemma from accounts about the invoice.",
        "Sister Murphy runs the wound clinic on Tuesdays.",
        "'Patient: John Citizen, Medicare 2123 45670 1' — that is sample data.",
        "Mr Muscle won't shift the stains on your retainer case.",
        "Any recommendations for a dentist in the Hills district?",
        "Happy 100th birthday to the Royal Melbourne Dental Hospital!",
        "Rated my new crown 13/10, would recommend.",
        "Hey it's Friday! The clinic is open until 5pm.",
        "Rome and I go way back, it's my favourite city.",
        "Dr. Evans and his wife Rachel welcomed a baby girl, Ava, on Sunday!",
    ],
)
def test_replies_look_alikes_stay_clean(text: str) -> None:
    assert not [f for f in find_phi(text) if f.severity == "block"]


@pytest.mark.parametrize(
    ("text", "words"),
    [
        (
            "Looking for a counsellor around Mosgiel, I'm struggling since my miscarriage.",
            "Mosgiel",
        ),
        ("MY SON WAS TAKEN TO STARSHIP HOSPITAL IN AUCKLAND AFTER THE FALL", "STARSHIP HOSPITAL"),
        ("MY WIFE WAS ADMITTED TO GROOTE SCHUUR LAST NIGHT", "GROOTE SCHUUR"),
    ],
)
def test_a_town_around_the_writers_care_and_a_shouted_care_place(text: str, words: str) -> None:
    assert words in found_words(text)


@pytest.mark.parametrize(
    "text",
    [
        "Our mobile dental van visits schools around Rotorua this month.",
        "OPEN LATE THURSDAY AT OUR AUCKLAND CLINIC",
        "THE HOSPITAL IN TOWN IS HIRING NURSES",
    ],
)
def test_a_town_around_no_one_and_a_shouted_notice_stay_clean(text: str) -> None:
    assert not [f for f in find_phi(text) if f.severity == "block"]


# (guard-recall3) A patient's name as the only identifier of a short text, with little
# else to go on: the unwell subject of a sentence (of any origin, a word that is also a
# name or a place, typed in lower case), a note's person after its opening verb, a family
# name then a romanised given name; a town abroad after "à"/"a"; another language's
# person words making a sentence one about a person.
@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("Somchai has swelling on the left cheek since yesterday.", "Somchai"),
        ("Mere Ngata wants her x-rays sent over.", "Mere Ngata"),
        ("Sakura is scared of needles, can she get numbing cream?", "Sakura"),
        ("Jordan has had headaches since the fall.", "Jordan"),
        ("Victoria woke up with a swollen face.", "Victoria"),
        ("Paris has a fever, can she still get the vaccine?", "Paris"),
        ("Bill still has the numb lip.", "Bill"),
        ("jamal still has the cough, should he stay home", "jamal"),
        ("fatima's bloodwork came back low on iron", "fatima"),
        ("get well soon malik, the whole class misses you", "malik"),
        ("Visited Lupe at home; her wound is infected.", "Lupe"),
        ("Gave Nadia the antibiotic script.", "Nadia"),
        ("Re Akinyi: swab negative, discharge.", "Akinyi"),
        ("KIM MIN-JUN has a penicillin allergy, note it on the chart.", "KIM MIN-JUN"),
        ("Il a été transféré à Ziguinchor pour l'opération.", "Ziguinchor"),
        ("Mio figlio è ricoverato a Cosenza per la frattura.", "Cosenza"),
        ("Ma mère est hospitalisée à Lyon.", "Lyon"),
        ("Tuvo la cirugía el 4 de marzo; ella sigue con dolor.", "4 de marzo"),
        ("Koffi a de la fièvre depuis trois jours.", "Koffi"),
        ("Tolani and Funmi both have chickenpox now.", "Tolani"),
        ("Can Ahanu come in without a parent? He is 16.", "Ahanu"),
        ("Could Tamana get her braces checked before she flies home?", "Tamana"),
    ],
)
def test_a_patients_name_alone_in_a_short_text(text: str, words: str) -> None:
    assert words in found_words(text)


@pytest.mark.parametrize(
    "text",
    [
        "Jordan has a large refugee population.",
        "Victoria has had a measles outbreak this winter.",
        "Florida has had a bad flu season.",
        "Ghana has had a measles outbreak.",
        "Dental Care has had a busy week of fillings.",
        "Visited Paris for the dental congress.",
        "Met Office warns of a heatwave.",
        "Re: opening hours over the holidays.",
        "My dog is a Boston terrier and my son loves him.",
        "Imam Rahimi asked us to collect toothbrushes for the shelter.",
        "get well soon cards are on the front desk",
        "Our dentists Ali, Nomvula and Quang are all fluent in three languages.",
        "Pfizer and Moderna both have vaccines for RSV.",
        "Sanofi and Novartis have had cancer drug trials.",
        "Sanitas tiene una nueva clínica de cirugía dental.",
        "Could Tamana Bay get a new clinic before the winter?",
        "Can Invisalign fix an overbite?",
    ],
)
def test_a_patients_name_alone_look_alikes_stay_clean(text: str) -> None:
    assert not [f for f in find_phi(text) if f.severity == "block"]


# (guard-longclean2) a clinician's workplace (``a_clinicians_workplace`` on
# ``facility.named``) and a professor (``after_doctor_title`` on ``name.honorific``) are no
# patient's; the same hospital or professor with someone's care or family stays found.
@pytest.mark.parametrize(
    "text",
    [
        "Dr. Kamau spent a decade at Kenyatta National Hospital before opening her clinic.",
        "The meeting features Dr. Samuel Kiprono, a paediatric dentist at Gertrude's Hospital.",
        "Our periodontist wrote the study with Professor Søren Jepsen last year.",
    ],
)
def test_a_clinicians_workplace_and_a_professor_are_no_patients(text: str) -> None:
    assert [f for f in find_phi(text) if f.severity == "block"] == [], found_words(text)


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("I saw Dr. Kim at Lakeside Medical Center about my jaw pain.", "Lakeside Medical Center"),
        (
            "Dr. Njeri and her team send wishes to Joyce, admitted to Kenyatta National Hospital.",
            "Kenyatta National Hospital",
        ),
        (
            "Professor Obiechina trained there; his wife, Ngozi Obiechina, was treated.",
            "Ngozi Obiechina",
        ),
    ],
)
def test_a_patients_hospital_beside_a_clinician_stays_found(text: str, words: str) -> None:
    assert words in found_words(text)


# (guard-longclean2) newsletters and event reports: a care role as a title with no article
# (``staff_member``), a bio going on by a pronoun (``provider_bio``), a meeting's, a camp's
# or a race's day (``phi._APPEARANCE``), a practice named by its street
# (``a_business_street``), a street or a shop of another language (``not_rare_pair``).
@pytest.mark.parametrize(
    "text",
    [
        "Our team: Dr. Ada Ogunleye, receptionist Tunde Bakare and hygienist Funmilayo Adeyemi.",
        "Since 2015 Dr. Levy and assistant Nadia Hussein have run a free clinic on Sundays.",
        "Dr. Olivia Chen graduated from the University of Toronto. She grew up in Markham.",
        "Dr. Wanjiru Kamau was elected chair at the annual general meeting in Mombasa on 22 March.",
        "Dr. Ramesh Iyer and his team thank everyone for the free dental camp on 2 October.",
        "Dr. Nathan Brooks says our Peachtree Street office now opens at 7 a.m. on Mondays.",
        "Dr. Harold Mitchell founded this practice on Main Street in 1967.",
        "Dr. Nicole Dubois opened our doors on Rue Saint-Denis, Montreal.",
        "Ein Dank an die Bäckerei Müller und an Dr. Anna Keller für den Kuchen.",
    ],
)
def test_newsletters_name_their_people_and_places_as_no_patients(text: str) -> None:
    assert [f for f in find_phi(text) if f.severity == "block"] == [], found_words(text)


# (clean59) An institute of another language written into one word ends a pair that is an
# institution's name, not a person's (``not_rare_pair``); a relative's stay at a hospital
# of another language is still found by the facility rules.
@pytest.mark.parametrize(
    "text",
    [
        "Researchers from the Nederlands Kanker Instituut reported fewer mouth cancers.",
        "A study out of Karolinska Institutet links long-term PPI use to higher stomach cancer risk.",
        # (clean59) and a pair after the article French and Italian elide onto it
        "L'Assurance Maladie rembourse 70 % du tarif de la consultation depuis 2023.",
    ],
)
def test_an_institutet_or_a_body_after_l_is_no_persons_name(text: str) -> None:
    assert [f for f in find_phi(text) if f.severity == "block"] == [], found_words(text)


@pytest.mark.parametrize(
    ("text", "words"),
    [
        (
            "My mum has been in Universitätsklinikum Heidelberg since 3 March.",
            "Universitätsklinikum Heidelberg",
        ),
        ("Mein Vater liegt seit Montag im Klinikum Nürnberg, Station 12.", "Klinikum Nürnberg"),
        ("Siobhan L'Estrange was admitted on 3 May.", "Siobhan L'Estrange"),
    ],
)
def test_a_relatives_stay_at_a_klinikum_is_still_found(text: str, words: str) -> None:
    assert words in found_words(text)


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("My nurse Funmilayo Adeyemi was admitted after her fall.", "Funmilayo Adeyemi"),
        ("Dr. Lee treated my mother. She lives in Markham.", "Markham"),
        ("My husband was admitted on 22 March after the annual general meeting.", "22 March"),
        ("My dad lives on Westfield Road and needs a home visit.", "Westfield Road"),
        ("My mum was seen by Dr. Shah at the Harley Street clinic last week.", "Harley Street"),
        ("Please send the records for Ngozi Adeyemi to her GP.", "Ngozi Adeyemi"),
    ],
)
def test_a_patient_in_a_newsletters_kind_of_sentence_stays_found(text: str, words: str) -> None:
    assert words in found_words(text)


# (guard-longclean3) long texts that name people, places and days that are no patient's: a
# career's schools and hospitals (a_career_place), a firm that moved or its premises
# (a_firm_moved, a_business_street), a clinician's affiliation ("Dr. X of Y Dental"), a
# clinician's death in an obituary, a group's gathering, a public office in other languages.
@pytest.mark.parametrize(
    "text",
    [
        "Born in 1946, she qualified at the University of Lagos and trained in London at the"
        " Eastman Dental Hospital.",
        "Years later I studied at Obafemi Awolowo University in Ile-Ife and did my"
        " housemanship at Lagos University Teaching Hospital.",
        "He completed his residency in restorative dentistry at Lagos University Teaching"
        " Hospital and joined us in May.",
        "His daughter joined him in 1981, and the practice moved to Lydiard Street in 1994.",
        "The company employs 120 people at its Kirkstall Road warehouse.",
        "Father Michael thanks Dr. Teresa Kowalczyk of Queen West Dental for 300 toothbrushes.",
        "Tribute: our founder, Dr. Ian McAllister, died on 2 July after a short illness.",
        "Obituary: Dr. Adaeze Nwosu, founding consultant of the paediatric dental unit at the"
        " University of Nigeria Teaching Hospital, Enugu, died on 4 May at the age of 78.",
        "The next induction evening is on Wednesday 12 March at 7 p.m. in the Education Centre.",
        "O governador Wilson Lima e o prefeito David Almeida acompanharam a entrega.",
        "La secretária estadual da Saúde, Arita Bergmann, participou da cerimônia.",
    ],
)
def test_long_texts_careers_firms_and_offices_are_no_patients(text: str) -> None:
    assert [f for f in find_phi(text) if f.severity == "block"] == [], found_words(text)


@pytest.mark.parametrize(
    ("text", "words"),
    [
        (
            "My son studied in Leeds and was admitted to Leeds General Infirmary last week.",
            "Leeds General Infirmary",
        ),
        ("Kenji Castellanos works at St. Anthony's and asked about whitening.", "St. Anthony's"),
        ("My mum moved to Lydiard Street in 1994.", "Lydiard Street"),
        ("Our patient Mary was seen at her Westfield Road surgery.", "Westfield Road"),
        (
            "My son Tom saw Dr. Teresa Kowalczyk of Queen West Dental for his abscess.",
            "Queen West Dental",
        ),
        ("Forward the referral for Ethan Brown to Dr. Okafor at Valley Clinic.", "Valley Clinic"),
        ("My dad, Dr. John Smith, died on 4 May.", "4 May"),
        ("Our patient Dr. Obi died on 4 May.", "4 May"),
        ("My mum hosts a barbecue on Saturday 7 June, right after her surgery.", "Saturday 7 June"),
        ("Our coach Mika Virtanen and Dave Holt were admitted with broken legs.", "Dave Holt"),
    ],
)
def test_a_patient_beside_careers_firms_and_offices_stays_found(text: str, words: str) -> None:
    assert words in found_words(text)


# (clean13) a shop's or a branch's street (a_business_street): the chemist, the cinema, "the
# branch is on", in news and newsletters; beside it, a patient who lives by the shop.
@pytest.mark.parametrize(
    "text",
    [
        "Dr. Grace Mensah opened her first surgery above the chemist on Mill Lane.",
        "The 98-year-old cinema on Castle Street reopens as a health hub in June.",
    ],
)
def test_a_shops_or_branchs_street_is_no_patients(text: str) -> None:
    assert [f for f in find_phi(text) if f.severity == "block"] == [], found_words(text)


@pytest.mark.parametrize(
    ("text", "street"),
    [
        ("Welcome to Wanjiru Kamau, whose new branch is on Ngong Road.", "Ngong Road"),
        ("Welcome back Jomar Cruz, who now runs the supermarket on Station Road.", "Station Road"),
    ],
)
def test_a_named_persons_shop_street_is_not_theirs(text: str, street: str) -> None:
    assert street not in found_words(text)


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("Our patient Tom Reilly lives above the chemist on Mill Lane.", "Mill Lane"),
        ("Grandad Ron Hughes stayed next door to the cinema on Castle Street.", "Castle Street"),
        ("Mrs. Wanjiru Kamau's house is on Ngong Road, by the school.", "Ngong Road"),
        ("My dad Sean Walsh is living opposite the supermarket on Station Road.", "Station Road"),
    ],
)
def test_a_patient_by_a_shops_street_stays_found(text: str, words: str) -> None:
    assert words in found_words(text)


# (lead) the writer's trade and the town they work in (a_writers_work_town), told to readers
@pytest.mark.parametrize(
    "text",
    [
        "Reddit AMA: I'm a dental hygienist in Toronto with 15 years of experience. Ask me"
        " anything about cleanings, gum disease or whitening.",
        "I'm a dental student in Dublin writing my final-year project on TMJ disorders.",
        "I'm a pharmacist in Cork - ask me anything about hay fever tablets!",
    ],
)
def test_the_writers_work_town_is_no_patients(text: str) -> None:
    assert [f for f in find_phi(text) if f.severity == "block"] == [], found_words(text)


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("I'm a nurse in Leeds and my son was admitted with sepsis last week.", "Leeds"),
        ("I'm a teacher in Galway, 34, and I was diagnosed with MS in March.", "Galway"),
        ("I'm a 52-year-old woman in Toronto with lupus.", "Toronto"),
    ],
)
def test_the_writers_town_with_care_stays_found(text: str, words: str) -> None:
    assert words in found_words(text)


# (guard-recall6) days said against a holiday of any calendar or a numbered birthday, a
# hospital's "PID", an age in brackets with its day: in a sentence about a person
@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("She had her first seizure the day after Boxing Day.", "Boxing Day"),
        ("My mum was diagnosed two weeks before Diwali.", "Diwali"),
        ("My son started chemo the week before Eid.", "Eid"),
        ("He collapsed on the second day of Chinese New Year.", "Chinese New Year"),
        ("Dad had his bypass just after Hanukkah.", "Hanukkah"),
        ("He broke his wrist on his 3rd birthday.", "3rd birthday"),
        ("She had her first asthma attack on her sixth birthday.", "sixth birthday"),
        ("PID 55102, admitted with sepsis.", "55102"),
        ("Please pull the notes for PID 88317 before the MDT.", "88317"),
        ("Grandma (100 on Sunday!) had her cataracts done last month.", "100"),
        ("Name on the prescription: Iolanthe Marsh", "Iolanthe Marsh"),
    ],
)
def test_holiday_days_birthdays_and_pids_of_a_person_are_found(text: str, words: str) -> None:
    assert words in found_words(text)


@pytest.mark.parametrize(
    "text",
    [
        "We'll be closed the day after Boxing Day too.",
        "Two weeks before Diwali we'll run a sugar-awareness week.",
        "Chinese New Year clinic hours: closed on the first two days.",
        "Happy 3rd birthday to our practice!",
        "PID controllers are used in insulin pumps.",
        "Pelvic inflammatory disease (PID) is treated with antibiotics.",
        "Our new leaflets (100 on order) arrive next week.",
        "Brand name on the label: Advil",
    ],
)
def test_holidays_birthdays_and_pids_of_no_one_pass(text: str) -> None:
    assert [f for f in find_phi(text) if f.severity == "block"] == [], found_words(text)


@pytest.mark.parametrize(
    ("text", "words"),
    [
        (
            "Patient John Carter, address Meir 52, 2000 Antwerpen, was seen.",
            "Meir 52, 2000 Antwerpen",
        ),
        (
            "Send the forms to my address: Str. Lipscani 43, ap. 12, București 030031.",
            "Str. Lipscani 43, ap. 12, București 030031",
        ),
        ("Address on file: PO Box 44120, Abu Dhabi.", "PO Box 44120, Abu Dhabi"),
        (
            "Bello (dog), chip 3600981, address Jl. Kemang Raya No. 17, Jakarta Selatan 12730.",
            "Jl. Kemang Raya No. 17, Jakarta Selatan 12730",
        ),
        (
            "Mehmet Öztürk, adres Bağdat Cad. No: 214 D: 6, Kadıköy/İstanbul.",
            "Bağdat Cad. No: 214 D: 6, Kadıköy/İstanbul",
        ),
        (
            "Nguyễn Văn An, địa chỉ số 12 ngõ 85 Hào Nam, Đống Đa, Hà Nội, sinh năm 1950",
            "số 12 ngõ 85 Hào Nam, Đống Đa, Hà Nội",
        ),
        (
            "Петренко Олег, адрес: вул. Хрещатик, 15, кв. 37, Київ, 01001, тел. +380 67 555",
            "вул. Хрещатик, 15, кв. 37, Київ, 01001",
        ),
    ],
)
def test_an_address_after_its_label_mid_text(text: str, words: str) -> None:
    """``address.labelled`` (lead): an address after its label in the middle of a text, in
    any of the languages people write to practices in, up to the form's next field."""
    found = [f for f in find_phi(text) if f.reason.endswith("[address.labelled]")]
    assert [text[f.start : f.end] for f in found] == [words]


# (guard-recall7) name.surname_comma_given: a family name, a comma and a given name or an
# initial, as an entry of a list, a day sheet, a label or a wristband; and the family name
# before a given name found, after a time, a number or a slash (name.surname_first).
@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("Pharmacy bag label: KRAUSE, Wilhelm - metformin 500 mg twice daily.", "KRAUSE, Wilhelm"),
        ("Vaccination queue, room 3: 1) Haddad, S. 2) Mwale, T.", "Mwale, T."),
        ("It says FOLAU, SEMISI and then NKDA underneath.", "FOLAU, SEMISI"),
        ('Scheduler: "12/03/2026 10:40 HOLLOWAY, GRACE DOB 1/1/1950"', "HOLLOWAY, GRACE"),
        ("Hasta: Yılmaz, Elif T.C. Kimlik No: 23456789012", "Yılmaz, Elif"),
        ("Ultrasound list: 09:30 Ogunleye, Tolu DVT L leg", "Ogunleye, Tolu"),
        ("Ward handover, bed 12 O'Donoghue, Siobhán post-op day 2.", "O'Donoghue, Siobhán"),
        ("Recall list / 9:15 Fitzgerald, Rhys — review", "Fitzgerald, Rhys"),
    ],
)
def test_a_family_name_written_first_in_a_list(text: str, words: str) -> None:
    assert words in found_words(text)


@pytest.mark.parametrize(
    "text",
    [
        "The clinic's address is Meir 52, 2000 Antwerpen.",
        "Clinic address: Meir 52, 2000 Antwerpen. Open 9-5.",
        "Our new address: 44 Kingfisher Road, Leeds LS6 2AB. Same phone number.",
        "Our clinic has moved! New address: Rua Augusta 274, 1100-053 Lisboa.",
        "We will address 3 Key Concerns at the meeting.",
        "To update your address, call 0800 123 4567.",
        "Our postal address is PO Box 4412, Rotorua 3040. Physical address: 1182 Hinemoa Street.",
        "Your date of birth, home address and bank details are held by HR only (0141 496 0350).",
    ],
)
def test_a_business_or_a_verb_address_is_no_labelled_home(text: str) -> None:
    found = [f for f in find_phi(text) if f.reason.endswith("[address.labelled]")]
    assert found == []


@pytest.mark.parametrize(
    ("text", "link"),
    [
        (
            "Your mother's results: https://results.labnet.example/r?pid=KARIMI-F-1962&d=2025. "
            "Fatemeh Karimi should open it.",
            "https://results.labnet.example/r?pid=KARIMI-F-1962&d=2025",
        ),
        (
            "Someone put the CT on a public link: https://dropbox.example/s/x8k2/Nowak_Jan_CT.zip. "
            "Jan Nowak has been told.",
            "https://dropbox.example/s/x8k2/Nowak_Jan_CT.zip",
        ),
    ],
)
def test_a_persons_link_at_an_example_domain_is_still_theirs(text: str, link: str) -> None:
    """``url.record_link`` and ``url.names_person`` (lead): a link at an example domain
    that holds a record's value or the name of a person the text names is theirs, as
    test and training texts write real-looking links with example domains."""
    assert link in [text[f.start : f.end] for f in find_phi(text)]


@pytest.mark.parametrize(
    "text",
    [
        "Template link: https://yourwebsite.com/book?patient=NAME",
        "See https://example.com/patients/12345 for the format.",
        "Use https://clinic.example/book?user={id} in the reminder template.",
    ],
)
def test_a_templates_link_at_an_example_domain_names_no_one(text: str) -> None:
    assert [f for f in find_phi(text) if f.label == "url"] == []


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("Patient: Hemi Parata NHI LKP3381 Requested by: Dr S. Patel", "Hemi Parata"),
        ("Parcel returned. Recipient: Femke de Vries, Keizersgracht 221.", "Femke de Vries"),
        (
            "Occupational Health referral. Employee: Daniel Whitfield, payroll no. 448120.",
            "Daniel Whitfield",
        ),
        ("Patient Name: AL-OTAIBI, Faisal Nasser | MRN: KFSH-3318702", "AL-OTAIBI, Faisal Nasser"),
        ("Patient: O'Sullivan, Declan | Ward 7 | NBM from midnight", "O'Sullivan, Declan"),
        ("Patient Name: DOE, MARGARET A", "DOE, MARGARET A"),
    ],
)
def test_a_name_field_holds_the_name_and_no_code_after_it(text: str, words: str) -> None:
    """``name.form_field`` (lead): the fields that name whom a record or a form is about
    (Owner, Organiser, Employee, Recipient, Next of kin…) hold a name; the value is its
    words of letters, in capitals or written as names are, with no label's capitals or code
    after it ("Hemi Parata NHI LKP3381"); a name run that reached into a code keeps its
    words before it (``phi._name_before_a_stronger_one``)."""
    assert words in [text[f.start : f.end] for f in find_phi(text) if f.label == "name"]


@pytest.mark.parametrize(
    "text",
    [
        "Organiser: Rotary Club of Leeds. Tickets £5.",
        "Owner: Apple Inc.",
        "Emergency contact: 0800 555 111",
        "Boletín de la Clínica Dental Sonrisa: este mes damos la bienvenida a la Dra. Lucía.",
    ],
)
def test_a_field_or_a_title_that_names_no_one_stays_clean(text: str) -> None:
    assert [f for f in find_phi(text) if f.label == "name"] == []


@pytest.mark.parametrize(
    "text",
    [
        "Ayushman Bharat card holders can avail cashless treatment at empanelled hospitals.",
        "Phonak Audéo hearing aids can whistle when a hat changes how sound bounces.",
        "Yes, at our Setagaya, Shibuya and Osaka Umeda clinics. Bring your card.",
        "Pakistan: Sehat Sahulat card covers inpatient care for eligible families.",
    ],
)
def test_a_rare_pair_before_the_thing_it_names_is_no_person(text: str) -> None:
    """``name.rare_pair``'s ``not_rare_pair`` (lead): two rare capitalised words right
    before a thing's noun (card holders, hearing aids, clinics) are a scheme's, a brand's or
    a place's name; a person's name is not written before such a noun."""
    assert [f for f in find_phi(text) if f.label == "name"] == []


def test_a_persons_own_thing_after_a_rare_pair_is_still_theirs() -> None:
    text = "Our IT manager found that Kemi Balogun's portal login was locked after five tries."
    assert "Kemi Balogun" in [text[f.start : f.end] for f in find_phi(text)]


@pytest.mark.parametrize(
    ("text", "number"),
    [
        ("Ihre Patientennummer lautet PN-775123.", "PN-775123"),
        ("Hola, soy Itzel. Mi número de paciente es CDP-22871.", "CDP-22871"),
        ("Paciente: Ana Lucía | Expediente MTY-0471823 | Estudio: Biometría", "MTY-0471823"),
        ("Tandarts Gent-Zuid — patiëntnr GZ-07731", "GZ-07731"),
    ],
)
def test_a_patients_number_as_other_languages_label_it(text: str, number: str) -> None:
    """``id.labelled`` (lead): a patient's, a client's or a case's number under the label
    other languages' letters and forms give it (Patientennummer, número de paciente,
    Expediente, patiëntnr)."""
    assert number in [text[f.start : f.end] for f in find_phi(text)]


@pytest.mark.parametrize(
    "text",
    [
        "Meine Steuerberaterin sagt, die Rechnung ist korrekt.",
        "Ich bin Ihre Ansprechpartnerin für Termine in der Praxis.",
        "Unsere Prophylaxe-Abteilung ist ab Montag geöffnet.",
    ],
)
def test_a_pair_opened_by_another_languages_possessive_is_no_name(text: str) -> None:
    """``not_rare_pair`` (lead): "Meine Handynummer", "Ihre Ansprechpartnerin", "Unsere
    Prophylaxe": a possessive or an article of another language opens no person's name."""
    assert [f for f in find_phi(text) if f.label == "name"] == []


@pytest.mark.parametrize(
    "text",
    [
        "Reference list: Smith, J. 2019. Oral health in older adults. Br Dent J 226: 45-52.",
        "Further reading: Patel, R., Okonkwo, A. (2021) Fluoride varnish in schools.",
        "Branches: Hamilton, Florence and Adelaide all open on Saturday mornings.",
        "Opening hours: Mon-Fri 08:30 Reception, Lab and X-ray all open.",
        "ADHD, ASD, OCD, PTSD: we explain the alphabet soup of behavioral health.",
        "COPD, CHF and DKA: what the letters on your discharge letter mean.",
        "Family: Hope, I guess, is what keeps us going through treatment.",
    ],
)
def test_a_list_of_words_is_no_family_name_written_first(text: str) -> None:
    assert not [f for f in find_phi(text) if f.reason.endswith("[name.surname_comma_given]")], (
        found_words(text)
    )


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("She was treated at UCLA Medical Center in March.", "UCLA Medical Center"),
        ("She spent nine days at Timaru Hospital in August.", "Timaru Hospital"),
    ],
)
def test_a_care_place_ends_before_a_month_after_in(text: str, place: str) -> None:
    """``facility.named`` and ``facility.care_move`` (lead): "in" before a month, a weekday,
    a season or a feast tells when, not the town ("{CALENDAR_WORD}")."""
    assert place in [text[f.start : f.end] for f in find_phi(text)]


# -- clean11: a service's line in other languages' notices ---------------------------------
@pytest.mark.parametrize(
    "text",
    [
        # "Questions" heading the line, as Swedish, Dutch, German, Spanish notices write it
        "Vårdcentralen har nya öppettider från måndag. Frågor: 063-555 30 00.",
        "Vragen? Bel 070 555 0162.",
        "Die Praxis ist ab Montag wieder geöffnet. Fragen? Rufen Sie an: 030 5555 0123.",
        "Nuevo horario de la clínica desde el lunes. Preguntas: 55 5208 0000.",
        # the service the line is named in brackets after it
        "Tlf. 70 10 20 30 (lægevagten)",
        "Buiten kantoortijden: 088 555 0101 (huisartsenpost).",
        "After 6pm ring 01632 960 111 (out of hours).",
    ],
)
def test_a_services_line_abroad_is_no_ones(text: str) -> None:
    assert "phone" not in spans(text)


@pytest.mark.parametrize(
    "text",
    [
        # the word inside the writer's own sentence, or the writer's own line in brackets
        "Ring mig om du har frågor: 070-555 30 00.",
        "Call my husband on 07700 900123 (office).",
        "My mum got her diagnosis yesterday. Questions? 0161 496 0000.",
    ],
)
def test_a_persons_line_stays_with_the_same_words(text: str) -> None:
    assert "phone" in spans(text)


# (records12) an address a home visit or a delivery goes to, with no preposition before it,
# in a text that names someone (the second reading, ``phi._CALLED_AT``), and one visited in
# a sentence an organisation's word would give to it (``rules._VISITED_AT``)
@pytest.mark.parametrize(
    ("text", "words"),
    [
        (
            "Lisa, your grandad Walter Dobbs is booked. They'll visit Rose Cottage, Church"
            " Lane, Little Waltham CM3 3LE on Thurs 20 March.",
            "Rose Cottage, Church Lane, Little Waltham CM3 3LE",
        ),
        (
            "Mr Osei Mensah is on the list. The nurse visits 14 Larkfield, Bristol BS7 9QT on"
            " Friday mornings.",
            "14 Larkfield, Bristol BS7 9QT",
        ),
    ],
)
def test_an_address_a_visit_goes_to_in_a_text_that_names_someone(text: str, words: str) -> None:
    assert words in spans(text).get("address", [])


def test_an_invitation_to_visit_an_address_stays_the_organisations() -> None:
    assert find_phi("Visit 10 High St, Dorking RH4 1AZ for our open day on Saturday.") == []
    assert find_phi("Come and visit us at 10 High St, Dorking RH4 1AZ this Saturday.") == []


# -- names12: a message signed with a closing word and the writer's name ------------------
@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("Please move my cleaning to Friday. Cheers, Riki", "Riki"),
        ("Could you resend the invoice? Kind regards,\nMohit", "Mohit"),
        ("Could you resend the invoice?\nWarm regards\nD. Okonkwo", "D. Okonkwo"),
        ("Thank you for looking after my nan so well. Love, Mele Taufa xx", "Mele Taufa"),
        ("Thank you so much for fixing my tooth!!\n\nLove, Aroha xx ❤️", "Aroha"),
        ("Can I get a copy of my records? Thanks! Jomo", "Jomo"),
        ("Je voudrais changer mon rendez-vous. Cordialement, Amélie", "Amélie"),
        ("Can I get a copy of my records? Ngā mihi, Mereana", "Mereana"),
    ],
)
def test_a_name_signed_after_a_closing_word(text: str, words: str) -> None:
    assert words in spans(text).get("name", [])


# -- names13: a name after a greeting of another language -----------------------------------
@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("Kia ora Mereana, your mokopuna is due for a check.", "Mereana"),
        ("Kia ora Hine, we've booked your koro in for Tuesday.", "Hine"),
        ("Hola Vale, tu cita es el lunes a las 10.", "Vale"),
        ("KIA ORA RIKI - your payment plan is set up", "RIKI"),
        ("hola Xiomara, tu receta ya está lista", "Xiomara"),
        ("Bonjour Amélie! Votre couronne est prête.", "Amélie"),
        ("Talofa lava Sina, your x-rays are ready to collect.", "Sina"),
        # (names29) wishes of other languages
        ("Bon rétablissement Gaëlle, on pense fort à toi !", "Gaëlle"),
        ("Gute Besserung Wiebke, wir denken an dich", "Wiebke"),
        ("Pronta recuperación Xiomara, te queremos mucho", "Xiomara"),
    ],
)
def test_a_name_greeted_in_another_language(text: str, words: str) -> None:
    assert any(words in found for found in spans(text).get("name", [])), spans(text)


@pytest.mark.parametrize(
    "text",
    [
        "Kia ora koutou, the clinic is closed on Waitangi Day.",
        "Kia ora Wellington, your new clinic is open on Cuba Street!",
        "Kia ora Te Awamutu, your new clinic opens Monday.",
        "Hola a todos, la clínica abre el lunes.",
        "Kia ora Aotearoa, you asked and we listened: late nights are back.",
        "Namaste Pune! We're open all weekend.",
        "Kia ora, I'm writing to ask if you do payment plans.",
        "Bula Vinaka! Thank you for a wonderful Fiji Day at the clinic.",
        "Salaam Alaikum, we wish you and your family a blessed Ramadan.",
        "Aloha Friday! Your smile deserves a break.",
        "Bon anniversaire Montréal ! 380 ans, et toi, tu as vu les feux ?",
        "Félicitations à toute l'équipe, vous avez été formidables.",
    ],
)
def test_a_crowd_or_town_greeted_in_another_language_is_no_name(text: str) -> None:
    assert "name" not in spans(text)


@pytest.mark.parametrize(
    "text",
    [
        "See https://ourclinic.com/share/smile2024 for our campaign.",
        "Book online at https://ourclinic.com/booking/ or call us.",
        "Orders page: https://shop.example.com/orders/2024-summer-sale",
        "Watch https://youtube.com/watch?v=dQw4w9WgXcQ for flossing tips.",
    ],
)
def test_a_campaigns_or_a_shops_link_is_no_shared_record(text: str) -> None:
    """(records12) ``url.record_link`` reads a code mixing letters and digits both ways
    after a trip's, a parcel's or a booking's path word; a word and a year is a campaign's."""
    rule = next(r for r in IDENTIFIER_RULES if r.name == "url.record_link")
    assert list(rule.finditer(text, EMPTY_CONTEXT)) == []


@pytest.mark.parametrize(
    "text",
    [
        # a desk, a team, a firm or a relative signs; "love" inside a sentence is no closing
        "We're closed Monday for the bank holiday. Kind regards, The Team",
        "Yours faithfully, Accounts Department.",
        "Thanks, Reception",
        "Love, Mum",
        "Have a lovely weekend! Love, Smile Studio",
        "I love Riki",
    ],
)
def test_a_desk_a_team_or_a_relative_signing_is_no_name(text: str) -> None:
    assert "name" not in spans(text)


@pytest.mark.parametrize(
    "text",
    [
        # a member of staff signing the practice's own notice: it speaks as "we", never "I"
        # (other rules still read ", Tomasz" at a text's end as a name spoken to)
        "We're open late on Thursdays from next week. Cheers, Tomasz",
        "Our new hygienist starts on Monday and we can't wait! Love, Aroha",
        "We are closed on Monday 25 December. Merry Christmas from all of us!\nKind regards,\nSarah",
    ],
)
def test_a_notice_the_practice_signs_is_no_signed_name(text: str) -> None:
    (rule,) = [r for r in NAME_RULES if r.name == "name.signed_with_closing"]
    assert list(rule.finditer(text, EMPTY_CONTEXT)) == []
    assert list(rule.finditer(text.replace("we", "I").replace("We", "I"), EMPTY_CONTEXT))


# -- names12: a chat's writer naming themselves in lower case --------------------------
@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("hi this is ngozi, I can't log in since yesterday", "ngozi"),
        ("yo it's jess lol my insta is private now", "jess"),
        ("hey its tomasz again, my new email is on file", "tomasz"),
        ("it's robin here, can I book a cleaning", "robin"),
        ("sorry to bother you. this is fatima, my son has a fever", "fatima"),
        ("this is fatima, my doctor said to call", "fatima"),
        ("good morning, this is beatriz here. my daughter has a toothache", "beatriz"),
    ],
)
def test_a_lower_case_name_the_writer_gives_as_theirs(text: str, words: str) -> None:
    assert words in spans(text).get("name", [])


@pytest.mark.parametrize(
    "text",
    [
        "its fine, no rush",
        "it's summer so the clinic hours change",
        "hi its me again, the one with the broken crown",
        "I think it's will power more than anything",
        "this is amazing news!",
        # staff writing from the practice
        "hi this is kate, your hygienist, just checking in after your deep clean",
    ],
)
def test_it_s_before_an_everyday_word_or_staff_from_the_practice_is_no_name(text: str) -> None:
    assert "name" not in spans(text)


# (read 143-146) Staff writing from the practice to one patient give the name that says who
# wrote to that patient: ``name.staff_writing_to_one`` reads it in capitals ("hey it's Grace
# from the front desk, your next appt is the 27th") and the labelled sets mark it in lower
# case too (read sets 83, 84, 96, 121: "hey it's dre from the front desk! your crown came
# back"). These three passed until this session (names12); a notice to everyone still
# passes the rule.
@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("hi this is jess from Smile Dental, just confirming your appointment tomorrow", "jess"),
        ("hey it's tom from the surgery, your crown is in", "tom"),
        ("hi, this is priya (practice manager) about your bill", "priya"),
    ],
)
def test_staff_writing_to_one_patient_in_lower_case_give_their_name(text: str, word: str) -> None:
    assert word in spans(text).get("name", [])


def test_staff_writing_to_everyone_in_lower_case_pass_the_rule() -> None:
    from medsocial_tui.compliance.rules import NAME_RULES

    (rule,) = [r for r in NAME_RULES if r.name == "name.lower_self_named"]
    text = "hi everyone, this is jess from reception, we're closed monday"
    assert list(rule.finditer(text, EMPTY_CONTEXT)) == []


# -- names12: a form's name field with no colon ------------------------------------------
@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("Claim form, Section A: Surname KOWALSKI, forename ANNA, policy no 884102", "KOWALSKI"),
        ("Claim form, Section A: Surname KOWALSKI, forename ANNA, policy no 884102", "ANNA"),
        ("Last name Brennan / First name Aoife / DOB 03/04/1990", "Brennan"),
        ("SURNAME NGUYEN  FORENAME THI LAN  DOB 12/03/1961", "THI LAN"),
    ],
)
def test_a_name_field_without_a_colon(text: str, words: str) -> None:
    assert words in spans(text).get("name", [])


@pytest.mark.parametrize(
    "text",
    [
        "FIRST NAME LAST NAME DATE OF BIRTH ADDRESS",
        "Please write your full name in capitals and your surname first.",
        "We're on a first name basis with all our patients.",
        "Surname Required, First name Optional",
        "Pt name Unknown, brought in by ambulance",
        "FULL NAME ________ DATE ________",
    ],
)
def test_a_blank_forms_headings_are_no_name(text: str) -> None:
    assert "name" not in spans(text)


# -- names12: a sentence opening by speaking to one person about their own things -------
@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("Shireen, we had your number as zero eight two, five five five.", "Shireen"),
        ("Your card was handed in. Obinna, you left it on the counter.", "Obinna"),
        ("Thanks for the call. Aigerim, the form for your son is ready.", "Aigerim"),
    ],
)
def test_a_sentence_opening_on_a_name_spoken_to(text: str, words: str) -> None:
    assert words in spans(text).get("name", [])


@pytest.mark.parametrize(
    "text",
    [
        "Monday, we're closed for the bank holiday.",
        "Auckland, we're open late this Thursday!",
        "Team, please remember to lock the back door.",
        "Folks, your feedback matters to us.",
        "Reminder. Parents, please bring your child's red book.",
        "Sarah, our hygienist, will be away next week.",
    ],
)
def test_a_day_a_town_a_crowd_or_staff_spoken_to_is_no_name(text: str) -> None:
    assert "name" not in spans(text)


# (scripts13) A patient's word before a ward, a specialty or a country, or with no age after
# the town, is no case note's origin.
@pytest.mark.parametrize(
    "text",
    [
        "Paciente de Cardiología, 45 años de experiencia en el hospital.",
        "Paciente de Venezuela, 30 años, con dengue.",
        "Pacjentka z oddziału, lat 67, czeka na wypis.",
        "El paciente de Madrid llegó tarde a la consulta.",
    ],
)
def test_a_patients_ward_country_or_ageless_town_is_no_origin(text: str) -> None:
    assert not any("[place.patient_from_abroad]" in f.reason for f in find_phi(text))


# (scripts13) A Vietnamese town opening with "Thu" (Thủ Đức, as the fold spells it "Thu
# Đuc") after a verb of living is a town, not the weekday nor the given name Thu.
@pytest.mark.parametrize(
    ("text", "town"),
    [
        ("My grandmother lives in Thủ Đức and has had a cough for weeks.", "Thủ Đức"),
        ("My dad lives in Thu Duc and his gout is back.", "Thu Duc"),
    ],
)
def test_a_town_opening_with_thu_is_a_town(text: str, town: str) -> None:
    assert town in spans(text).get("geo", [])


@pytest.mark.parametrize(
    "text",
    [
        "My son is in Sat Nav class after school.",
        "My mum has her scan on Thu Dec 4 and is nervous.",
    ],
)
def test_a_weekday_before_an_english_word_or_a_month_is_no_town(text: str) -> None:
    assert "geo" not in spans(text)


# -- records14: a plate right after the vehicle it is on; a model's name is no plate ---------


@pytest.mark.parametrize(
    ("text", "plate"),
    [
        (
            "Seamus, the Garda rang about your brother's car (191-KY-3345) after the clinic.",
            "191-KY-3345",
        ),
        (
            "Aunty Mei, your Grab car SLA 1234 Z was at the wrong gate after your scan.",
            "SLA 1234 Z",
        ),
        ("Pedro Alves deixou o carro AB-12-CD no estacionamento da clínica.", "AB-12-CD"),
        (
            "Cody, 23, was kicked by a horse; his truck WY 11-5521 is still at the trailhead.",
            "WY 11-5521",
        ),
        # a plate's word in capitals is read whole, not as "PLAT" and a plate "E 8TRD 122"
        ("WE FOUND A SET OF KEYS WITH A TAG FOR RYAN, CAR PLATE 8TRD 122.", "8TRD 122"),
    ],
)
def test_a_plate_right_after_its_vehicle(text: str, plate: str) -> None:
    found = [text[f.start : f.end] for f in find_phi(text) if f.label == "vehicle_id"]
    assert plate in found


@pytest.mark.parametrize(
    "text",
    [
        "My husband's truck F-150 XLT needs new tyres, he says.",
        "Her car CX-5 was recalled last spring.",
        "My dad's car MOT 2025 is due next week.",
        "His car 12 DEC 2024 service was fine, my son said.",
        "She sold her van 2.0 TDI last year.",
        "My son's CARD 4471 2231 was stolen at the bus stop.",
    ],
)
def test_a_models_name_after_a_vehicle_is_no_plate(text: str) -> None:
    assert [f for f in find_phi(text) if f.label == "vehicle_id"] == []


# -- records14: an address abroad keeps its flat, its floor and the postcode's town ----------


@pytest.mark.parametrize(
    ("text", "address"),
    [
        (
            "The parcel for Femke de Vries went to Keizersgracht 221-H, 1016 DV Amsterdam.",
            "Keizersgracht 221-H, 1016 DV Amsterdam",
        ),
        (
            "My son Oskar lives at Sveavägen 44, 113 59 Stockholm now.",
            "Sveavägen 44, 113 59 Stockholm",
        ),
        (
            "Natalia Gutiérrez, Calle de Alcalá 214, 3ºB, 28028 Madrid, needs a new night guard.",
            "Calle de Alcalá 214, 3ºB, 28028 Madrid",
        ),
        (
            "Finn Johansen is now at Nørrebrogade 88, 3. th., 2200 København N with his mum.",
            "Nørrebrogade 88, 3. th., 2200 København N",
        ),
        (
            "Grzegorz Mazur, ul. Piotrkowska 120/5, 90-006 Łódź, asked for his X-rays.",
            "ul. Piotrkowska 120/5, 90-006 Łódź",
        ),
    ],
)
def test_an_address_abroad_keeps_its_flat_and_town(text: str, address: str) -> None:
    assert address in spans(text).get("address", [])


def test_a_floor_with_no_postcode_after_it_is_left_out() -> None:
    text = "Élodie Gagnon-Roy lives at 4521 rue Saint-Denis, 3. I think, with her son."
    assert spans(text).get("address") == ["4521 rue Saint-Denis"]


# -- records14: a home placed by a shop on its street ---------------------------------------


@pytest.mark.parametrize(
    ("text", "street"),
    [
        (
            "My mum lives opposite the pharmacy on Station Road, can she get a home visit?",
            "Station Road",
        ),
        (
            "She lives just behind the old post office on Mill Lane, so the nurse can walk.",
            "Mill Lane",
        ),
        (
            "My grandad lives across from the Co-op on Bridge Street and needs his dentures fixed.",
            "Bridge Street",
        ),
    ],
)
def test_a_home_by_a_shop_on_its_street(text: str, street: str) -> None:
    assert street in spans(text).get("address", [])


@pytest.mark.parametrize(
    "text",
    [
        "The new pharmacy opposite the library on King Street opens Monday.",
        "There's a Spar next to our surgery on Main Street if you need a coffee.",
    ],
)
def test_a_shop_by_another_on_a_street_is_no_home(text: str) -> None:
    assert "address" not in spans(text)


# -- records14: a value that begins with the letters of "is" or "e" is read whole -----------


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Employee Kwabena Mensah, staff ID EMP-00873, called in sick with flu.", "EMP-00873"),
        ("Claim reference EAP-ZA-772019 was rejected for my wife's physio.", "EAP-ZA-772019"),
        ("Patient ID ISR-12345678 was enrolled on 1 March.", "ISR-12345678"),
        ("Her hearing aid serial ISO-4471-22 was lost at the beach.", "ISO-4471-22"),
    ],
)
def test_a_value_opening_with_is_or_e_is_read_whole(text: str, value: str) -> None:
    assert value in [text[f.start : f.end] for f in find_phi(text)]


# (lone15) a time between the place gone to or stayed at and the ailment, or an ailment of
# two words opening with the body's part, still reads as care; a trip with the kids does not
@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("My grandpa went to Mercy last night with chest pain", "Mercy"),
        ("She went to Mercy on Sunday with back pain.", "Mercy"),
        ("My grandpa went to Mercy with chest pain", "Mercy"),
        ("We went to Target last night with the kids.", None),
        ("We went to Target this morning for cough drops.", None),
    ],
)
def test_a_place_gone_to_with_an_ailment_after_a_time(text: str, place: str | None) -> None:
    rule = next(r for r in FACILITY_RULES if r.name == "facility.went_with_ailment")
    found = [text[f.start : f.end] for f in rule.finditer(text, EMPTY_CONTEXT)]
    assert found == ([place] if place else [])


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("My brother is at Baragwanath with TB.", "Baragwanath"),
        ("My brother is at Baragwanath with his cousins.", None),
    ],
)
def test_a_place_stayed_at_with_an_illness_by_its_letters(text: str, place: str | None) -> None:
    """(lone15) ``facility.there_for_care`` reads an illness written by its letters."""
    rule = next(r for r in FACILITY_RULES if r.name == "facility.there_for_care")
    found = [text[f.start : f.end] for f in rule.finditer(text, EMPTY_CONTEXT)]
    assert found == ([place] if place else [])


@pytest.mark.parametrize(
    "text",
    [
        "Our team ran a toy drive for Children's this Christmas.",
        "The talk at Women's Health Week was packed.",
        "Donations to Children's are up this year.",
    ],
)
def test_childrens_or_womens_alone_keeps_clean_twins_clean(text: str) -> None:
    """(lone15) a charity drive, an awareness week, a donation: no one treated there."""
    assert not [f for f in find_phi(text) if f.severity == "block"]


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Any dentists around Rotorua that take kids on benefits? my boy has a cavity", "Rotorua"),
        ("Is the walk-in at Tallaght open Sundays? my son cut his hand", "Tallaght"),
        ("Dentists in Rotorua are booked out, says the local paper.", None),
        ("Looking for a dentist near Bayside? Book online with us today.", None),
        ("Anyone recommend a psychologist in Wellington? Asking for my flatmate.", None),
        ("Is the dentist at Costco any good? I need a filling", None),
    ],
)
def test_care_sought_near_a_town(text: str, place: str | None) -> None:
    """(lone15) ``place.care_sought_near``: a suburb or small town where the writer seeks
    care, as a question or a request, with the writer in the text; not a city everyone
    writes of, a brand, a news report or a practice's advert."""
    found = [text[f.start : f.end] for f in find_phi(text) if f.label == "geo"]
    assert found == ([place] if place else [])


# -- (names15) names never taken as candidates -------------------------------------------
@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("09:00 Tevita Fifita — gout f/u", "Tevita Fifita"),
        (
            "Thursday list\n14:30 - Wanjiru Kamau: BP check\n15:00 Siosaia Taufa (new patient exam)",
            "Wanjiru Kamau",
        ),
        (
            "Thursday list\n14:30 - Wanjiru Kamau: BP check\n15:00 Siosaia Taufa (new patient exam)",
            "Siosaia Taufa",
        ),
    ],
)
def test_a_day_sheets_line_names_its_patient(text: str, name: str) -> None:
    """``name.day_sheet``: the time, a name on no list, then what the visit is for."""
    (rule,) = [r for r in NAME_RULES if r.name == "name.day_sheet"]
    assert name in [text[f.start : f.end] for f in rule.finditer(text, EMPTY_CONTEXT)]


@pytest.mark.parametrize(
    "text",
    [
        "10:30 Root Canal Therapy – review",
        "13:00 Staff Huddle - recall figures",
        "11:00 Fluoride Varnish Clinic (review)",
        "17:00 Team Meeting: review of the week",
    ],
)
def test_a_timetables_item_is_no_day_sheets_patient(text: str) -> None:
    """A timetable's item in the same shape is everyday words, no name (``not_led_by_a_name``)."""
    (rule,) = [r for r in NAME_RULES if r.name == "name.day_sheet"]
    assert list(rule.finditer(text, EMPTY_CONTEXT)) == []


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("He's Liam Murphy, he has epilepsy.", "Liam Murphy"),
        ("She's Priya Shah and she needs a filling.", "Priya Shah"),
    ],
)
def test_hes_is_no_firms_possessive(text: str, name: str) -> None:
    """``_a_firms_person`` reads "He's" as "he is", not a firm owning the person."""
    assert name in [text[f.start : f.end] for f in find_phi(text)]


def test_a_firms_person_is_still_public() -> None:
    assert find_phi("Apple's Tim Cook visited the new store.") == []


def test_good_news_told_to_someone_is_no_press() -> None:
    """``_public_life``: "good news" said to one person is not the news."""
    text = "Good news Mehmet! Your biopsy is benign."
    assert "Mehmet" in [text[f.start : f.end] for f in find_phi(text)]
    assert find_phi("In the news: Taylor Swift donated to the hospital.") == []


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Mr. Okafor's panoramic film is attached, please review before Friday.", "Okafor"),
        ("Ms. Nakamura's x-ray film was underexposed, retake booked.", "Nakamura"),
    ],
)
def test_a_patients_radiograph_film_is_no_cinemas(text: str, name: str) -> None:
    """(namesrec37) ``_public_life``: a panoramic or an x-ray film is a patient's radiograph."""
    assert name in [text[f.start : f.end] for f in find_phi(text)]
    assert find_phi("Mr. Bean's film was on TV again last night.") == []


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Kofi est à l'hôpital Saint-Louis depuis lundi", "Kofi"),
        ("Tomasz mieszka przy Calle Mayor 4 w Madrycie", "Tomasz"),
        ("victim Marguerite Bell was robbed outside Pioneer Square", "Marguerite Bell"),
    ],
)
def test_a_fame_word_in_a_places_name_is_no_fame(text: str, name: str) -> None:
    """(names55) ``_public_life``: a saint, a mayor or a pioneer in a place's name (joined
    by a hyphen, after a street's word, before one or a house number) tells of no fame."""
    assert name in [text[f.start : f.end] for f in find_phi(text)]
    assert find_phi("Mayor Sadiq Khan opened the new clinic on Oxford Street.") == []
    assert find_phi("Saint-Exupéry wrote The Little Prince.") == []
    # the town a clinic's notice gives is no name with a particle (``_particle_not_a_name``)
    notice = "Clínica Dental Sonrisas, Calle Mayor 24, Alcalá de Henares. Horario de 9 a 20 h."
    assert find_phi(notice) == []


@pytest.mark.parametrize(
    ("text", "name"),
    [("Surname: SMITH. First names: JENNIFER JANE.", "SMITH"), ("Surname: BROWN", "BROWN")],
)
def test_a_surname_fields_one_word_is_a_family_name(text: str, name: str) -> None:
    """``_not_a_name_in_either_order`` reads a surname field's one word as a family name."""
    assert name in [text[f.start : f.end] for f in find_phi(text)]


def test_a_surname_fields_placeholder_is_no_one() -> None:
    assert find_phi("Surname: Required") == []


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("my mum joy had a fall this morning", "joy"),
        ("our son will has croup again", "will"),
        ("my nan may (shes 94!!) got new hearing aids", "may"),
    ],
)
def test_a_relatives_everyday_word_name_in_lower_case(text: str, name: str) -> None:
    """``_kin_named_doing``: a given name that is an everyday word, after one relative and
    before what a person does."""
    assert name in [text[f.start : f.end] for f in find_phi(text)]


@pytest.mark.parametrize(
    "text",
    ["my mum may have a chest infection", "my son will be fine", "my kids summer was busy"],
)
def test_a_relatives_verb_is_no_name(text: str) -> None:
    assert not [f for f in find_phi(text) if f.label == "name"]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("ssn 219099999 name leroy jenkins dob 041572 plan 908877123", "leroy jenkins"),
        ("my daugter alyssa mae cortez dob 9/3/2011 has ashtma", "alyssa mae cortez"),
    ],
)
def test_a_lower_case_full_name_before_a_date_of_birth(text: str, name: str) -> None:
    """``name.lower_full_dob``: given and family names in lower case, then "dob" and a date."""
    (rule,) = [r for r in NAME_RULES if r.name == "name.lower_full_dob"]
    assert name in [text[f.start : f.end] for f in rule.finditer(text, EMPTY_CONTEXT)]


@pytest.mark.parametrize(
    "text",
    [
        "please check your dob 12/03/1980 is right on the form",
        "what is the patient dob 1/2/33",
        "insulin glargine dob 12/3/55",
    ],
)
def test_everyday_words_before_a_dob_are_no_name(text: str) -> None:
    (rule,) = [r for r in NAME_RULES if r.name == "name.lower_full_dob"]
    assert list(rule.finditer(text, EMPTY_CONTEXT)) == []


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("please let the dentist know that maria lopez wont make it today", "maria lopez"),
        ("ask if tomasz nowak can come in earlier", "tomasz nowak"),
    ],
)
def test_a_lower_case_full_name_told_of_after_that(text: str, name: str) -> None:
    """``name.lower_told_that``: a lower-case full name after "that" or "if", then a verb."""
    (rule,) = [r for r in NAME_RULES if r.name == "name.lower_told_that"]
    assert name in [text[f.start : f.end] for f in rule.finditer(text, EMPTY_CONTEXT)]


@pytest.mark.parametrize(
    "text",
    [
        "i read that joe biden has cancer",
        "she said that root canal is painful",
        "so glad that grace kelly was remembered",
    ],
)
def test_a_public_person_or_words_after_that_are_no_name(text: str) -> None:
    (rule,) = [r for r in NAME_RULES if r.name == "name.lower_told_that"]
    assert list(rule.finditer(text, EMPTY_CONTEXT)) == []


# (places14) A case vignette's worker or child and the town they come from, with a word
# placing it ("in rural Kerry", "from just outside Tulsa"); a town that is a given name
# written with its state; a person taken for care by paramedics.
@pytest.mark.parametrize(
    ("text", "town"),
    [
        ("A 14-year-old hiker from suburban Leeds fell and broke a tooth.", "Leeds"),
        ("A toddler from Fresno swallowed a button battery.", "Fresno"),
        ("My mum lives in Carmel, Indiana and had a fall.", "Carmel"),
        ("A 40-year-old man from Charlotte, North Carolina, presents with syncope.", "Charlotte"),
        ("The ambulance took my dad to Mercy last night.", "Mercy"),
        ("32F, Leeds, 3/7 hx of headache.", "Leeds"),
        ("62 y/o male, Macon GA, c/o dyspnea.", "Macon"),
        ("A 60-year-old retired nurse from Port Elizabeth reports dyspnea.", "Port Elizabeth"),
        ("My dad is from Fort William and needs a crown.", "Fort William"),
    ],
)
def test_a_vignettes_town_and_a_care_place_are_places(text: str, town: str) -> None:
    assert town in spans(text).get("geo", [])


@pytest.mark.parametrize(
    "text",
    [
        # a state or a country with its placing word is no place smaller than a state
        "A 45-year-old woman from upstate New York presents with fatigue.",
        "A 3-year-old child from rural Kenya is brought in with diarrhea.",
        "Farmers in rural Kenya face long trips to clinics, the study found.",
        # a staff bio, a firm, a name followed by a team's name
        "Our nurse Sarah grew up in rural Kerry and loves hiking.",
        "The company hired an engineer from Siemens in Munich.",
        "Thanks to Jackson, Ohio State fan, for the pizza.",
        # a family's day out
        "We took the kids to Legoland for three days and they loved it.",
        # a temperature or a shoe's size before a town or a brand
        "The forecast said 95F, sunny, for Saturday's fun run.",
        "Trainers in size 10 M, Nike, are on sale.",
    ],
)
def test_a_state_a_bio_and_a_day_out_are_no_persons_place(text: str) -> None:
    assert "geo" not in spans(text)


# (places14) A Turkish relative's word just before a hospital named with its kind last is
# no part of the hospital's name.
@pytest.mark.parametrize(
    ("text", "place"),
    [
        (
            "Ayşe Yılmaz: Annemi Ankara Şehir Hastanesi'ne götürdük, 7 Aralık'ta ameliyat oldu.",
            "Ankara Şehir Hastanesi",
        ),
        (
            "Mehmet Demir - Babam Hacettepe Üniversitesi Hastanesi'nde yatıyor.",
            "Hacettepe Üniversitesi Hastanesi",
        ),
    ],
)
def test_a_kin_word_before_a_hospital_is_left_out(text: str, place: str) -> None:
    assert spans(text).get("geo") == [place]


# (vignette16) A case's patient described by age (and often a trade), then where they are
# from: the age is the cue, since the towns are small and off every list.
@pytest.mark.parametrize(
    ("text", "words"),
    [
        (
            "72M retired oyster shucker from Apalachicola, painless jaundice. ERCP first?",
            "Apalachicola",
        ),
        ("Case: shepherd, 66, from Dolgellau, orf lesion that won't settle.", "Dolgellau"),
        ("29 yo cannery worker out of Kodiak, fish-spine cut now red and hot.", "Kodiak"),
        ("81 y/o widower living alone in Tobermory, two falls this month.", "Tobermory"),
        ("45yo pilot based in Whitehorse with new AF on a routine ECG.", "Whitehorse"),
        # (extent37) the state's code after the town is left out, as a state's name is
        ("40M roustabout out of Williston, ND, crush injury to the hand.", "Williston"),
        (
            "19 y/o recruit stationed at Fort Leonard Wood with exertional rhabdo.",
            "Fort Leonard Wood",
        ),
        ("82 y/o retired welder from Thunder Bay, hip fracture. ORIF?", "Thunder Bay"),
        # the ice of a case is how the patient was hurt, no weather report
        ("Slipped on ice, 84 y/o retired plumber from Thunder Bay, hip fracture.", "Thunder Bay"),
        ("50 y/o welder, from Morgan City, joint pain after a dive.", "Morgan City"),
        ("33 yo deckhand out of Dutch Harbor with frostbite on two toes.", "Dutch Harbor"),
        ("14 yo boy, Yakima County, first seizure at practice, normal EEG.", "Yakima County"),
        (
            "55yo female school bus driver, new seizures, license question. from Walker County",
            "Walker County",
        ),
        ("56 y/o vineyard worker, Paso Robles wine country, valley fever positive.", "Paso Robles"),
        # "Vignette" alone makes no case made up: a real patient presented to colleagues
        (
            "Vignette: a 61-year-old beekeeper from Tifton, GA, anaphylaxis after stings.",
            "Tifton",
        ),
    ],
)
def test_a_vignettes_patient_is_from_their_town(text: str, words: str) -> None:
    assert words in found_words(text)


@pytest.mark.parametrize(
    "text",
    [
        "Adults aged 65 in Yakima County can get a free flu shot at the fair.",
        "Our 10M campaign from Cape Town reached clinics in five provinces.",
        "A 96-year-old family bakery in Ballina has cut sugar from its buns.",
        "67M with NSCLC; the trial from Boston showed a benefit. Worth it?",
        "45M, 3 weeks of cough. The Boston area clinics are full, any tips?",
        "52F in Spanish and English, needs an interpreter for consent?",
        "3M, based in Maplewood, makes the varnish we use.",
    ],
)
def test_a_vignettes_look_alikes_stay_clean(text: str) -> None:
    assert [f for f in find_phi(text) if f.severity == "block"] == []


# (vignette16) Care places by their everyday names: after a stay's length, as letters after
# a word of care, with a lower-case kind in another language, by the staff who cared for a
# relative called by the family's own word, or a hospital whose name holds a group's word.
@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("2 weeks at Sick Kids and he finally came home with his new G-tube", "Sick Kids"),
        ("after a week at Akron Children's the twins are finally home", "Akron Children's"),
        ("4 yo, seen at CHOP last week for a limp, bloods normal.", "CHOP"),
        ("7 yo seen at RCH ED twice this week with wheeze. preventer now?", "RCH"),
        ("She was transferred to GOSH on Friday night.", "GOSH"),
        ("Mi padre fue ingresado en el hospital Rebagliati el lunes.", "hospital Rebagliati"),
        ("Mia nonna è ricoverata nella clinica Villa Maria.", "clinica Villa Maria"),
        (
            "big thanks to the nurses at Riverside East who looked after my pops all week",
            "Riverside East",
        ),
        # a group's word inside the hospital's own name makes no sentence about a group
        (
            "11 mo old seen at Lurie Children's with fever, culture pending.",
            "Lurie Children's",
        ),
        ("Dx: 4 yo, seen at Sick Kids Nov 8, buckle fracture. When to re-xray?", "Sick Kids"),
    ],
)
def test_care_places_by_their_everyday_names(text: str, words: str) -> None:
    assert words in found_words(text)


@pytest.mark.parametrize(
    "text",
    [
        "3 days at Disney World and the kids still want more.",
        "Two nights at Cedar Point with the grandkids was the best trip ever.",
        "Patients seen in the ICU are moved to HDU when stable.",
        "Transferred to ICU means the team is watching closely, not that anything is wrong.",
        "Our hygienist spent two weeks at UCLA for her implant course.",
        "The nurses at Baptist East are on strike over staffing, the union says.",
        "Nationwide Children's opened a new dental wing this month.",
        "Rady Children's was ranked first in the state for pediatric cardiology this year.",
        "Free Checkups For Healthy Kids at Mercy on 3 March",
        "Children born after 1 July 2024 get the new schedule at Mercy.",
        "Elle travaille à la clinique depuis 2019.",
        "PATIENT WAS TAKEN TO SCHOOL BY HIS AUNT AFTER THE VISIT",
    ],
)
def test_care_places_look_alikes_stay_clean(text: str) -> None:
    assert [f for f in find_phi(text) if f.severity == "block"] == []


# (lead) An address a parcel, a delivery attempt or a ride goes to is where a person is,
# though "delivery" alone is a business's word ("Pizza delivery: 24 Main Street").
@pytest.mark.parametrize(
    ("text", "address"),
    [
        ("Your parcel to 14 Kereru Lane, Raglan 3225 is out for delivery", "14 Kereru Lane"),
        ("Delivery attempt failed at Flat 2, 19 Moray Place, Dunedin.", "19 Moray Place"),
        ("Courier: leave it by the side gate, 8 Birch Close, Leeds.", "8 Birch Close"),
        ("Your driver will pick you up at 221 Ocean Avenue at 7.", "221 Ocean Avenue"),
        ("Leave the parcel at the back door, RR 2 Box 118, Dunseith ND", "RR 2 Box 118"),
    ],
)
def test_an_address_something_is_delivered_to_is_someones(text: str, address: str) -> None:
    found = spans(text).get("address", [])
    assert any(address in a for a in found), found


@pytest.mark.parametrize(
    "text",
    [
        "Pizza delivery: 24 Main Street, open till 11pm.",
        "Free delivery from our store at 10 High Street on orders over $50.",
        "Send payments to PO Box 118, Dunseith ND.",
        "Delivery instructions for suppliers: deliveries to rear loading dock, 8 Kent Road, "
        "Mascot NSW 2020, weekdays 7:30-10:00 only.",
    ],
)
def test_a_shops_delivery_address_and_a_po_box_stay_clean(text: str) -> None:
    assert "address" not in spans(text)


# (lead) A clinician's shorthand runs the age and the sex together ("pt 95F", "92M with …");
# a temperature, a room or a size written the same way is no one's age.
@pytest.mark.parametrize(
    "text",
    [
        "elderly pt 95F, on apixaban, unwitnessed fall. always scan?",
        "92M with hip fracture, anticoagulated, surgery tomorrow",
        "Case: 91F, new confusion, UTI?",
    ],
)
def test_an_age_and_sex_in_shorthand_over_89_is_found(text: str) -> None:
    assert "age" in spans(text)


@pytest.mark.parametrize(
    "text",
    [
        "The forecast said 95F, sunny, for the fun run.",
        "Set the proofing drawer to 95F for the dough.",
        "Room 92M is on the left past reception.",
    ],
)
def test_a_temperature_or_a_room_like_95f_is_no_age(text: str) -> None:
    assert "age" not in spans(text)


# (names16) A case note's age and sex before "from" or "with" is a person: the town after
# it is where they live; a sum, a temperature or a brand before a town is no one.
@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("44M from Lubbock, TX with chest pain radiating to the left arm.", "Lubbock"),
        ("52F from Ballarat with a rash for two days.", "Ballarat"),
        ("The $44M from Lubbock will fund a new wing.", None),
        ("It was 20F in Leeds this morning, wrap up warm.", None),
        ("The 44M from Lubbock is the budget for the new hospital wing.", None),
    ],
)
def test_an_age_and_sex_before_from_is_a_person(text: str, place: str | None) -> None:
    assert spans(text).get("geo") == ([place] if place else None)


# (names16) "b." and a year of birth after a full name is a register's person; a year long
# past is history.
@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Grace Achieng b. 1984 attends the diabetes clinic.", "Grace Achieng"),
        ("Louis Pasteur (b. 1822) developed the rabies vaccine.", None),
    ],
)
def test_a_year_of_birth_after_b_names_a_person(text: str, name: str | None) -> None:
    assert spans(text).get("name") == ([name] if name else None)


# (names16) A name spoken to, then "the" nurse as the sentence's subject and the reader's
# "your": the name is the patient's, not the nurse's; with the apposition closed by a
# comma, it is the nurse's.
@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Kavitha, the home-care nurse will come to your house on Monday.", "Kavitha"),
        pytest.param(
            "Kavitha, the home-care nurse, will visit patients in Hebbal from Monday.",
            None,
            marks=LEARNED_FALSE_BLOCK,
        ),
    ],
)
def test_a_role_that_is_the_subject_leaves_the_name_spoken_to(text: str, name: str | None) -> None:
    assert spans(text).get("name") == ([name] if name else None)


# (names16) The Filipino "Ate" before a given name and a comma or a possessive is an older
# sister's word; before a food or a brand it is the English verb.
@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Ate Grace, your ultrasound CD was picked up on Friday.", "Grace"),
        ("Ate Joy's baby was born at 34 weeks.", "Joy"),
        ("Ate McDonald's for lunch, now my filling hurts.", None),
        ("Ate Thai food and my tooth cracked.", None),
    ],
)
def test_ate_before_a_given_name_is_a_kin_word(text: str, name: str | None) -> None:
    assert spans(text).get("name") == ([name] if name else None)


# (names16) One person admitted somewhere, in another language, is where they lie; the
# plural of patients in general, a unit in capitals and a school's admission are no one's.
@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Mio nonno è ricoverato al Gemelli per un infarto.", "Gemelli"),
        ("Minha mãe foi internada no Einstein com pneumonia.", "Einstein"),
        ("Mi padre está ingresado en UCI desde el martes.", None),
        ("Elle a été admise à Sciences Po en septembre.", None),
    ],
)
def test_a_hospital_after_admitted_abroad_is_a_place(text: str, place: str | None) -> None:
    assert spans(text).get("geo") == ([place] if place else None)


# (names16) A capitalised run with a Turkish case ending in the sentence of "my mother" or
# "my son" is where the relative lives or is treated; a country or a post about the
# practice's own branch is no one's.
@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Babam Bursa'da yaşıyor ve şeker hastası.", "Bursa"),
        ("Ablam Ankara'dan geliyor, kanal tedavisi olacak.", "Ankara"),
        ("Kızım Üsküdar'daki okulda düştü, dişi kırıldı.", "Üsküdar"),
        ("Eşim Almanya'da çalışıyor, implant için gelecek.", None),
        ("İstanbul'da yeni şubemiz açıldı.", None),
    ],
)
def test_a_place_after_a_turkish_family_word(text: str, place: str | None) -> None:
    assert spans(text).get("geo") == ([place] if place else None)


def test_a_turkish_family_word_before_a_given_name_names_it() -> None:
    assert "name" in spans("Kızım Elif'e diş teli takıldı, ağrısı var.")


# (names16) The town a login was traced to, after its address; a resolver's or a router's
# maker in brackets is no town.
@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Security questions answered from 73.158.22.201 (Fresno).", "Fresno"),
        ("Login from 82.14.201.7 - Bristol, United Kingdom", "Bristol"),
        ("Set your DNS to 1.1.1.1 (Cloudflare) for faster loading.", None),
        ("The router 192.168.0.1 - Netgear, reset it if the wifi drops.", None),
    ],
)
def test_a_town_after_an_ip_address(text: str, place: str | None) -> None:
    assert spans(text).get("geo") == ([place] if place else None)


# (names16) A word that is a town and no listed given name, spoken to about the reader's own
# relative, is a person; a town spoken to about its families is a town.
@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Carmel, the phone number on your daughter's file was written as O8.", "Carmel"),
        ("Auckland, we're open all weekend for your family's check-ups!", None),
        ("Auckland, bring your baby in for a free first check this month.", None),
    ],
)
def test_a_town_named_person_spoken_to_about_their_family(text: str, name: str | None) -> None:
    assert spans(text).get("name") == ([name] if name else None)


# (names16) A hospital before "mein" and a word of admitting, in Hindi or Urdu written in
# Latin letters, in a sentence about one person; about everyone, it is no one's.
@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Meri ammi Aga Khan mein treatment le rahi hain.", "Aga Khan"),
        ("AIIMS mein admission bahut mushkil hai aajkal.", None),
        ("Apollo mein treatment mehenga hai, koi sasta option?", None),
    ],
)
def test_a_hospital_before_mein_admit(text: str, place: str | None) -> None:
    assert spans(text).get("geo") == ([place] if place else None)


# (lead) A place right after a study's, a flight's or a firm's placing word is theirs, in a
# sentence about a patient too (``a_works_origin``, a veto of the place rules).
@pytest.mark.parametrize(
    "text",
    [
        "67M with NSCLC; the trial from Boston showed a benefit. Worth it?",
        "My dad's flights from Denver were cancelled and he missed his chemo.",
    ],
)
def test_a_studys_or_a_flights_town_is_no_patients(text: str) -> None:
    assert "geo" not in spans(text)


# (places35) A town as the last field of one named person's record: after a record's
# lower-case "no." and its number (no sentence ends there), or between a CV's dashes, or
# before a record's "campus"; a practice's own footer and a firm's branch list name no one.
@pytest.mark.parametrize(
    ("text", "place"),
    [
        (
            "Claim form: claimant Aroha Ngata, claim no. ACC-448201, injury date 2 March"
            " 2025, Rotorua.",
            "Rotorua",
        ),
        ("Library card: Ciarán Walsh, card no. LC-55019, Tullamore", "Tullamore"),
        ("CV: Rosa Delgado — (505) 555-0114 — Las Cruces, NM", "Las Cruces"),
        ("Student: Arjun Pillai, roll no. 19BCE0443, Vellore campus.", "Vellore"),
        ("Smile Studio — 0161 555 0190 — Stockport. Open Saturdays.", None),
        ("Our branches: Soweto, Randburg, Sandton and Midrand. Walk-ins welcome.", None),
    ],
)
def test_a_town_last_in_a_persons_record(text: str, place: str | None) -> None:
    assert spans(text).get("geo") == ([place] if place else None)


# (places35) A record's field of where its person works, studies or lives, a neighbourhood
# after its word in Spanish or Portuguese, a town said of someone's home and a town naming
# the clinic where someone was seen; a practice's own notice, its own branch, news and a
# brand stay clean.
@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Staff file: Priya Nair, payroll no. PN-40281, branch: Thrissur", "Thrissur"),
        ("Branch: Soweto. Hours: 8–5 weekdays. Call 011 555 0100 to book.", None),
        ("Datos: Jorge Luis Peña, cel. 55 3021 7788, col. Santa Úrsula", "Santa Úrsula"),
        ("Colonia Roma is hosting a free dental fair this Saturday.", None),
        ("Mr. Rhys, we have your Machynlleth address on file.", "Machynlleth"),
        ("Please update your Gmail address in the patient portal.", None),
        ("Send the refund to my Bitcoin address, please.", None),
        ("the Marietta urgent care told my son Jaylen it was just a sprain", "Marietta"),
        ("Visit our Decatur office for same-day crowns, Tariq!", None),
        ("Our Ikorodu clinic is open Saturdays for you and your kids.", None),
        ("Toowoomba hospital expands its maternity ward, the council said.", None),
        ("Patient files were found dumped near a Johannesburg hospital, he said.", None),
        ("I'm Tom, one of the physios at the Ballarat clinic, and I love my job.", None),
        ("Appointment list Ikorodu clinic: my first is at 9, his at 10.", None),
        # (merge of places30 and places35: both rules read "X clinic"; each keeps the
        # other's clinic-heading and staff vetoes, and a town opening the text stays a
        # patient's for places30's rule)
        ("Piedmont urgent care sent my son home with a splint", "Piedmont"),
        # a listed town of two words may hold a language's word; the language alone is none
        ("my gran says the Spanish Town hospital fixed her hip in a week", "Spanish Town"),
        ("the Spanish clinic said my son needs braces", None),
        ("My aunt says the Telford hospital review changed nothing.", None),
    ],
)
def test_a_town_in_a_persons_record_home_or_clinic(text: str, place: str | None) -> None:
    assert spans(text).get("geo") == ([place] if place else None)


# (places30) A case's patient's town after a trade whose first word is a place of work ("a
# school bus driver", "a vineyard worker"): the age is said of the worker, not of a thing;
# and a town of two words named by its landscape ("Hood River", "Garden Grove").
@pytest.mark.parametrize(
    ("text", "place"),
    [
        (
            "44F school cafeteria cook from Yazoo City, new hives after lunch. allergy w/u?",
            "Yazoo City",
        ),
        ("59M hospital porter in Kilmarnock, back pain 6 wks, red flags neg.", "Kilmarnock"),
        ("21 yo college rower from Ithaca w/ rhabdo after erg test", "Ithaca"),
        ("63 y/o F orchard worker from Cashmere, pesticide exposure?", "Cashmere"),
        ("70M retired church organist near Llandovery, tremor worse in the evening", "Llandovery"),
        ("38 yo M ferry deckhand from Orcas Island, crush injury to hand", "Orcas Island"),
        ("52F hairdresser in Cedar Park, contact dermatitis on both hands", "Cedar Park"),
        ("29 yo line cook from Bear River with a deep burn, grafting?", "Bear River"),
    ],
)
def test_a_trade_named_by_its_workplace_and_a_landscape_town(text: str, place: str) -> None:
    assert place in spans(text).get("geo", [])


@pytest.mark.parametrize(
    "text",
    [
        "A 150-year-old school in Ballymena will close its doors this summer.",
        "The 80-year-old hospital building near Tralee is being demolished.",
        "Our 30-year-old family practice in Kendal welcomes new patients.",
        "34M in Riverside Dental for a crown, needs a bite check",
    ],
)
def test_an_old_things_town_and_a_clinic_named_by_a_river_are_no_case_home(text: str) -> None:
    assert not any("[place.vignette_home]" in f.reason for f in find_phi(text))


# (places30) A care place by its everyday name, then its kind or what it does in lower case,
# in a sentence about a person; not the practice's own, a specialty's clinic, a report
# named after the place's care, nor the tail of a longer capitalised name.
@pytest.mark.parametrize(
    ("text", "place"),
    [
        (
            "my daughter Aoife has her tonsils out at the Letterkenny day surgery on Tuesday",
            "Letterkenny",
        ),
        ("Kai was seen at Palmerston North outpatients last week for his knee", "Palmerston North"),
        ("took my son to the Tauranga walk in and they said it's just a sprain", "Tauranga"),
        ("my mum's at the Whitehorse clinic every Thursday for bloods", "Whitehorse"),
        ("Yesterday Fairmont urgent care sent my son home with a sprain", "Fairmont"),
    ],
)
def test_a_care_place_by_its_name_and_a_lower_case_kind(text: str, place: str) -> None:
    assert place in spans(text).get("geo", [])


@pytest.mark.parametrize(
    "text",
    [
        "Bendigo urgent care is open 8am to 8pm, seven days a week.",
        "Our Palmerston North clinic is now taking new patients.",
        "My Invisalign clinic told me to wear them 22 hours a day.",
        "I went to the Smile Bright clinic for whitening and my teeth hurt now.",
        "He trained at Cork University hospital and loves hiking.",
        "Mr Lee, please attend Fracture clinic on Monday with your sling.",
        "The Sowetan said patient files were found near a Johannesburg hospital.",
        "My aunt says the Shrewsbury and Telford maternity review was damning.",
    ],
)
def test_a_practices_specialtys_or_reports_clinic_is_no_care_place(text: str) -> None:
    assert not any("[facility.kind_in_lower_case]" in f.reason for f in find_phi(text))


# (places59) A hospital named by the unit a case or a family was in: its emergency
# department in letters, its trauma bay or resus, its intensive care, its labour ward, a
# care home; a saint's hospital by its short name. The unit's news, a job there and a
# television show are no one's care.
@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("pt 34F, MVC, Sunnybrook trauma bay, FAST positive", "Sunnybrook"),
        ("case: 71M found down at home, brought to Harborview resus, GCS 8", "Harborview"),
        ("waiting in Waikato ED with my daughter, 6 hrs and counting", "Waikato"),
        ("baby arrived at 3am in the Rotunda labour ward, 3.4kg, all well", "Rotunda"),
        ("Mum's been moved to Greenacres nursing home, she hates it", "Greenacres"),
        ("my boy is at St. Joe's urgent care with a cut hand", "St. Joe's"),
    ],
)
def test_a_hospital_named_by_its_unit(text: str, place: str) -> None:
    assert place in spans(text).get("geo", [])


@pytest.mark.parametrize(
    "text",
    [
        "Parkland ED wait times hit six hours last winter, the Dallas paper reports",
        "The Royal Perth ED is hiring experienced nurses",
        "Bellevue trauma bay drills run every Tuesday for residents",
        "Rotunda labour ward tours resume in March, book online",
        "Grey's Anatomy ER scenes are so unrealistic lol",
        "Congrats to our hygienist Amy who starts at Westmead ICU next month",
        "St. Luke's ED reopens after renovations on Monday",
        "We donated toothbrushes to the Greenacres nursing home this week",
    ],
)
def test_a_units_news_or_a_job_there_is_no_ones_care(text: str) -> None:
    assert not any("[facility.kind_in_lower_case]" in f.reason for f in find_phi(text))


# (places59) A town whose name joins its capitalised words with lower-case ones, whole on
# the GeoNames lists, after a word of home or care in a sentence about a person; not a
# town and what follows it, nor the town in a sentence about no one.
@pytest.mark.parametrize(
    ("text", "place"),
    [
        (
            "67F retired farmer from Truth or Consequences, NM, with a new murmur",
            "Truth or Consequences",
        ),
        (
            "44 yo F nurse from Santiago de Compostela with recurrent cellulitis",
            "Santiago de Compostela",
        ),
    ],
)
def test_a_town_joined_by_lower_case_words(text: str, place: str) -> None:
    assert place in spans(text).get("geo", [])


@pytest.mark.parametrize(
    "text",
    [
        "Flights from Port of Spain to Miami are cheaper in May",
        "Truth or Consequences, NM hosts a hot springs festival every spring",
        "Our new branch in Santiago de Compostela opens in March",
        "a man from Leeds of Irish descent, 45, with chest pain",
        "my son moved to Austin on the Monday and got sick",
    ],
)
def test_no_joined_town_in_no_ones_sentence_nor_beyond_a_town(text: str) -> None:
    assert not any("[place.joined_town]" in f.reason for f in find_phi(text))


# (places59) A record's item right after a person's name and its comma, one word off every
# list: the person's suburb or town, though GeoNames lacks it; not a signature's trade nor
# an everyday word.
@pytest.mark.parametrize(
    ("text", "place"),
    [
        (
            "DOB 12/12/1948, Colm Ryan, Mullingar - whoever dropped this card, it's at reception.",
            "Mullingar",
        ),
        ("Registration: KL 07 BZ 4412, owner Anil Menon, Ernakulam.", "Ernakulam"),
        ("Sender: Wanjiru Kamau, Githurai, 0722 555 118", "Githurai"),
    ],
)
def test_a_rare_place_after_a_name_in_a_record(text: str, place: str) -> None:
    assert place in spans(text).get("geo", [])


@pytest.mark.parametrize(
    "text",
    [
        "Best wishes, Priya Shah, Periodontist",
        "Many thanks, Aroha Ngata, Receptionist.",
        "Claim 55120: insured Tamsin Hughes, Cardiff Bay, crown fractured",
    ],
)
def test_no_rare_place_in_a_signatures_trade_nor_a_word(text: str) -> None:
    found = spans(text).get("geo", [])
    assert "Periodontist" not in found and "Receptionist" not in found and "Bay" not in found


# (places59) A city where the writer seeks care for their own child or relative, named by a
# given name or an age, is the family's, however many people name the city; a question
# asked for someone unnamed, a practice's advert and a newcomer's question name no one.
@pytest.mark.parametrize(
    ("text", "place"),
    [
        (
            "anyone know a good pediatric dentist near Scarborough? my twins are 4 and terrified",
            "Scarborough",
        ),
        (
            "Can anyone recommend a children's dentist in Leicester? my daughter (6) is scared",
            "Leicester",
        ),
        ("any good physio in Wellington? my husband Tama tore his calf at touch", "Wellington"),
    ],
)
def test_a_city_where_care_is_sought_for_ones_named_or_aged_own(text: str, place: str) -> None:
    assert place in spans(text).get("geo", [])


@pytest.mark.parametrize(
    "text",
    [
        "Anyone recommend a psychologist in Wellington? Asking for my flatmate",
        "Looking for a dentist near Scarborough? Book with us today, new patients welcome",
        "Does anyone know a good GP in Leeds? just moved here",
    ],
)
def test_a_city_where_care_is_sought_for_no_one_named(text: str) -> None:
    assert not spans(text).get("geo")


# (places59) A practice's trade name ending in its branch's town, where someone's care was
# done; the practice's own advert names no one.
@pytest.mark.parametrize(
    ("text", "place"),
    [
        (
            "Is it normal for a filling to hurt for 2 weeks? Got it done at Smile Gallery Brampton on the 2nd of October",
            "Smile Gallery Brampton",
        ),
        (
            "my son had his braces fitted at Happy Teeth Dunedin, the wire keeps poking him",
            "Happy Teeth Dunedin",
        ),
    ],
)
def test_a_branch_named_by_its_town_where_care_was_done(text: str, place: str) -> None:
    assert place in spans(text).get("geo", [])


@pytest.mark.parametrize(
    "text",
    [
        "Whitening done at Smile Gallery Brampton, book with us today",
        "Braces fitted at Happy Teeth Dunedin from $99 a month, call now",
    ],
)
def test_a_branchs_advert_names_no_one(text: str) -> None:
    assert not spans(text).get("geo")


# (places59) Where a missing person or a lost pet was last seen, in an appeal; a thing's or
# an animal's sighting of history and a day are no one's whereabouts.
@pytest.mark.parametrize(
    ("text", "place"),
    [
        (
            "LOST DOG: Luna, black lab x, last seen Karori Park. Owner Ben, 027 555 9021",
            "Karori Park",
        ),
        (
            "pls share: my grandad Harold, 84, has dementia, last seen near Hollins Market",
            "Hollins Market",
        ),
    ],
)
def test_where_someone_was_last_seen(text: str, place: str) -> None:
    assert place in spans(text).get("geo", [])


@pytest.mark.parametrize(
    "text",
    [
        "The thylacine was last spotted near Mawbanna in 1933",
        "That comet was last sighted over Canterbury Plains in 1910",
        "last seen Friday, no reply since, typical",
        "Lost dog! Answers to Bella, last seen near Elm Park. Call the rescue centre on 0113 496 0911.",
    ],
)
def test_a_things_last_sighting_is_no_ones(text: str) -> None:
    assert not any("[place.last_seen]" in f.reason for f in find_phi(text))


# (places30) A carer's or an emergency department's town, in French, Spanish and Italian,
# said of a person; the service's news and a carer of a named person are not.
@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("le dentiste de Quimper a dit que ma fille a besoin d'un appareil", "Quimper"),
        ("ma mère est aux urgences de Valence depuis hier soir", "Valence"),
        ("mio padre è al pronto soccorso di Cremona da ieri", "Cremona"),
        ("la pédiatre de Lannion a vu ma fille pour une otite", "Lannion"),
        ("le dentiste de Paul lui a posé une couronne", None),
        ("les urgences de Morlaix seront fermées la nuit cet été", None),
        ("Las urgencias de Madrid están saturadas por la gripe.", None),
    ],
)
def test_a_carers_town_abroad(text: str, place: str | None) -> None:
    assert spans(text).get("geo") == ([place] if place else None)


# (places30) Where someone lives, in a record's words ("currently living in", "a resident
# of"), named or not; a provider's origin, a practice's base and a town's people are not.
@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Ms Achieng, a resident of Kisumu, asked for her x-rays to be emailed.", "Kisumu"),
        ("Tenant is a resident of Wagga Wagga and has two dogs.", "Wagga Wagga"),
        ("Dr Kelly, a native of Galway, joined our team in 2019.", None),
        ("Our practice is now based in Leeds city centre.", None),
        ("Residents of Kisumu can book free screening this month.", None),
        ("We are currently living in exciting times for dentistry.", None),
    ],
)
def test_where_someone_currently_lives(text: str, place: str | None) -> None:
    assert spans(text).get("geo") == ([place] if place else None)


# (places30) "is" written short after a relative ("Nan's in", "Dad's at"), and a part of the
# body alone after "with" as what ails them ("with her chest"); not a trip with friends.
@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Nan's in Sunnybank again with her chest, visiting hours anyone?", "Sunnybank"),
        ("Dad's at Sunshine with his heart again", "Sunshine"),
        ("Grandpa's in Ormskirk with his hip, no date for surgery", "Ormskirk"),
    ],
)
def test_a_relative_there_for_care_written_short(text: str, place: str) -> None:
    assert any(
        "[facility.there_for_care]" in f.reason and text[f.start : f.end] == place
        for f in find_phi(text)
    )


def test_a_trip_with_friends_is_no_stay_for_care() -> None:
    assert not any(
        "[facility.there_for_care]" in f.reason
        for f in find_phi("She's in Paris with her friends until Sunday")
    )


# (places30) A town right after a full name and a comma, as a form or a receipt addresses
# someone; not a role, a department or a day after the name.
@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("TRN 228-410-993 for Marcia Brown, Linstead — please attach to the claim", "Linstead"),
        ("Invoice issued to Sunita Rao, Hubli, for root canal treatment", "Hubli"),
        ("Payment received from Kwame Mensah, Koforidua; balance nil.", "Koforidua"),
        ("Thanks to Sarah Kelly, Practice Manager, for organising the day.", None),
        ("Flowers for Mary Byrne, Reception, who retires on Friday!", None),
        ("Letter to Tom Hughes, Monday.", None),
    ],
)
def test_a_town_after_a_full_name_and_a_comma(text: str, place: str | None) -> None:
    found = [text[f.start : f.end] for f in find_phi(text) if "[place.after_full_name]" in f.reason]
    assert found == ([place] if place else [])


# (names35) Names people write of themselves and their own, each beside the clean twin that
# stays clean: a desk, a firm, a word for a brother, a royal, a helpline's hours.
@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("the tracking says signed for by KEVIN at 11:42", "KEVIN"),
        ("Parcel received by Thandi Dube at the gate", "Thandi Dube"),
        ("the tracking says signed for by RECEPTION at 11:42", None),
        ("Your order was collected by DHL this morning.", None),
        ("Mwangi bro get well soon, heard you had your appendix out", "Mwangi"),
        ("Big bro energy from the front desk today", None),
        ("Thanks bro, see you at the match", None),
        ("officially a grandma!! Amirah Joy arrived 3:14am on the 22nd", "Amirah Joy"),
        ("Kai Tane was born at 6.02 weighing 7lb 2oz", "Kai Tane"),
        ("Prince Louis arrived at 11:01am, the palace said.", None),
        ("text me at 876-555-0199 Shanique, I'll send the photos", "Shanique"),
        ("Call 0800 123 456 Monday to Friday.", None),
        ("Cas clinique : Awa, 5 ans, vue aux urgences", "Awa"),
        ("Lyon, 5 ans après, la clinique rouvre", None),
        ("Hi, this is Mercy Oyelaran confirming your booking for Friday", "Mercy Oyelaran"),
        ("Hi, this is Mercy Hospital switchboard, press 1", None),
        ("the rego on my ute is XBK-93L if the carpark guy asks, ta Brodie", "Brodie"),
        ("Loved the new waiting room. Thanks Lakeside Dental!", None),
        ("this is Dolores from the pharmacy, your refill is ready", "Dolores"),
        ("Hi! This is Jonas from the clinic. Our new opening hours start next Monday.", None),
        ("driver Sipho Ndlovu unhurt, passenger taken to hospital", "Sipho Ndlovu"),
        ("a silver Hilux reversed into the bay, driver Thabo Mokoena unhurt", "Thabo Mokoena"),
        ("Bus driver Kevin Walsh retires after 30 years on the 46 route.", None),
        ("Ahh Ayesha congrats!!", "Ayesha"),
        ("Omg Tylenol again, nothing else works", None),
        ("My twins Nnamdi and Ebube both have ringworm", "Nnamdi|Ebube"),
        ("Simon and Garfunkel played in the waiting room all day", None),
        ("8yo girl Priyamvada with recurrent nosebleeds, is it painful?", "Priyamvada"),
        ("thanks so much for fitting him in — Bisi", "Bisi"),
        ("Open late on Thursdays — The Team", None),
        ("Paciente de Cardiología, 45 años de experiencia cuidando corazones.", None),
        ("caso: Doña Elvira, de Puebla, 81 años, dentadura floja", "Elvira"),
        ("Our hygienist Keri's twins, Nia and Zola, turned 16 this week!", None),
    ],
)
def test_names_written_of_oneself_and_ones_own(text: str, name: str | None) -> None:
    assert spans(text).get("name") == (name.split("|") if name else None)


# (careplaces37) the world's hospitals by the names and letters people write
@pytest.mark.parametrize(
    ("text", "place"),
    [
        # after a preposition, a name or letters of the world list
        ("pray for my nephew Tunde, he's at LASUTH since the crash", "LASUTH"),
        ("my daughter is at KKH with dengue", "KKH"),
        ("my husband goes into surgery at UAMS tomorrow", "UAMS"),
        # its accent folded as the guard reads the text: the list's "Sírio-Libanês"
        ("meu pai está internado no Sírio-Libanês desde ontem", "Sírio-Libanês"),
        ("ma fille est hospitalisée au CHUV depuis lundi", "CHUV"),
        # a name of its own with no preposition, in a sentence about a person
        ("Mon père est hospitalisé à la Pitié depuis lundi", "la Pitié"),
        ("Rhiannon Pritchard — Ysbyty Gwynedd — ward Alaw, adm 4.1.26", "Ysbyty Gwynedd"),
        # no one's: the hospital's news, history, a clinician's training, a person it is named for
        ("Korle Bu is hiring theatre nurses for its new cardiothoracic centre.", None),
        ("Groote Schuur was where the first human heart transplant took place in 1967.", None),
        ("AIIMS opens a new trauma block next month.", None),
        ("Dr Menon completed her residency at CMC Vellore and her fellowship at AIIMS.", None),
        ("Prof. Fiona Stanley of the Telethon Kids Institute argued for better data.", None),
        # the writer alone in the sentence: their topic, no one's care
        ("I think the Korle Bu cardiothoracic centre is the best in the region.", None),
    ],
)
def test_world_hospitals_by_the_names_people_write(text: str, place: str | None) -> None:
    assert spans(text).get("geo") == ([place] if place else None)


# (careplaces37) roads, towns and parks where something happened to a person, and their twins
@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("hubby got rear-ended on I-40 this morning, neck still sore", "I-40"),
        ("dad came off his motorbike on the A39, collarbone broken", "A39"),
        ("he was stopped on Hwy 80 by the state police last night", "Hwy 80"),
        ("Traffic on Hwy 80 is heavy due to roadworks this morning.", None),
        ("Road closure: Route 9 closed between exits 12 and 14 this weekend.", None),
        ("my commute on I-95 takes an hour", None),
        # "à" is read "a" once folded: the carer's town after it
        ("le médecin à Chicoutimi veut faire une biopsie à ma mère", "Chicoutimi"),
        ("El parque de Chapinero tendrá nuevos juegos infantiles desde marzo.", None),
        ("ring me as soon as you get to Oamaru, I'll bring mum's tablets", "Oamaru"),
        ("once you reach Reception, take a seat and we'll call you", None),
        ("the whole of Thibodaux is proud of you", "Thibodaux"),
        ("The whole of Scotland is proud of the team.", None),
    ],
)
def test_places_where_something_happened_to_a_person(text: str, place: str | None) -> None:
    assert spans(text).get("geo") == ([place] if place else None)


# (careplaces40) the branch, corner or town of someone's own dentist or doctor, and their twins
@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("the hygienist at the Fremont office scraped my gums raw", "Fremont"),
        ("ugh the receptionist at the Kilbirnie practice hung up on me twice", "Kilbirnie"),
        ("the physio from the Lekki location rang my mum about her knee", "Lekki"),
        # a corner: two streets and "and", whatever their words ("King" is a title too)
        (
            "my kids dentist on King and Bathurst is closing, who do u guys go to",
            "King and Bathurst",
        ),
        (
            "my crown came loose again, the dentist on Broadway and Cambie is useless",
            "Broadway and Cambie",
        ),
        # a town after "in", one that is a name too
        ("mate the dentist in Hamilton pulled the wrong tooth i swear", "Hamilton"),
        ("I have been going to the same dentist in Yreka for 20 years", "Yreka"),
        # the practice's own branch, a staff member's introduction, a bio, an advert, news
        ("our hygienist at the Fremont office is retiring after 30 years", None),
        pytest.param(
            "I'm one of the nurses at the Ikeja clinic and we love our patients",
            None,
            marks=LEARNED_FALSE_BLOCK,
        ),
        ("Dr Lee, the dentist at the Fremont office, joined in 2019.", None),
        pytest.param(
            "Hi, I'm Sarah, the hygienist at the Fremont office, and I love nervous patients",
            None,
            marks=LEARNED_FALSE_BLOCK,
        ),
        ("We're hiring a dentist in Ipswich, apply today", None),
        ("Voted the best dentist in Hamilton three years running, book online today.", None),
        ("A dentist in Whangarei has been struck off after a tribunal hearing.", None),
        ("The dentist on King and Bathurst is now open late on Thursdays.", None),
        ("the dentist on Main Street is closing down", None),
    ],
)
def test_the_branch_or_town_of_ones_own_carer(text: str, place: str | None) -> None:
    assert spans(text).get("geo") == ([place] if place else None)


# (careplaces40) a clinician's case seen elsewhere, and a town of several words that opens
# with a given name before "clinic"
@pytest.mark.parametrize(
    ("text", "place"),
    [
        (
            "Our patient was treated at Mass Eye and Ear for a retinal tear",
            "Mass Eye and Ear",
        ),
        ("our pt was admitted to Baragwanath twice last year with DKA", "Baragwanath"),
        ("Our patients at Lakeside love the new chairs", None),
        ("my mum goes to the Beverly Hills clinic for her blood thinners", "Beverly Hills"),
    ],
)
def test_a_case_seen_elsewhere_and_a_towns_clinic(text: str, place: str | None) -> None:
    assert spans(text).get("geo") == ([place] if place else None)


# (careplaces40) a hospital named kind first, one called by "the" and its name, its staff
# thanked for looking after someone by name; and their twins
@pytest.mark.parametrize(
    ("text", "place"),
    [
        (
            "my knee replacement at Hospital for Special Surgery went fine",
            "Hospital for Special Surgery",
        ),
        (
            "Dad is at the Hospital for Tropical Diseases with malaria",
            "Hospital for Tropical Diseases",
        ),
        ("Hospital for Special Surgery was ranked first for orthopedics again", None),
        ("The Hospital for Sick Children is hiring nurses", None),
        ("Our practice won Clinic of the Year at the awards", None),
        # a name the list writes with "The", in lower case after "at"
        ("my mum had her chemo at the Christie and the nurses were lovely", "Christie"),
        ("mum finished her radiotherapy at the Marsden yesterday", "Marsden"),
        # the end of a longer name, read whole by facility.named; not a day after "for"
        ("My aunt Rosa is at Mercy Hospital for Monday's scan", "Mercy Hospital"),
        ("we raised 2000 pounds for the Marsden at the fun run", None),
        # the cared-for person by a name no list holds
        ("so grateful to the team at Starship for looking after Tamatea", "Starship"),
        pytest.param(
            "Thanks to the team at Starship for looking after The Ward 5 garden",
            None,
            marks=LEARNED_FALSE_BLOCK,
        ),
        # driven to for care, by the hospital's letters; not a trip
        ("my wife drives to KATH for her chemo every fortnight", "KATH"),
        ("we drove to LAX for our flight, my son was so excited", None),
        ("my dad is driving to NYC for a conference", None),
    ],
)
def test_hospitals_named_as_people_call_them(text: str, place: str | None) -> None:
    assert spans(text).get("geo") == ([place] if place else None)


# (careplaces48) a care place in a question opened by "anyone", asked for the writer's own
# person named elsewhere in the text; and the questions that name no one of theirs, and a
# town where care is sought, which stay a group's
@pytest.mark.parametrize(
    ("text", "place"),
    [
        (
            "anyone know if Royal Perth still does walk-in fracture clinic? my boy broke his thumb",
            "Royal Perth",
        ),
        (
            "Does anyone know if Dunedin Hospital still does the kids' dental GA list? my"
            " daughter needs 4 out",
            "Dunedin Hospital",
        ),
        (
            "anyone else waited 6 hours at Addenbrooke's A&E with a toddler? my girl had a fever",
            "Addenbrooke's",
        ),
        ("Does anyone know if Dunedin Hospital is hiring dental assistants?", None),
        ("Does anyone know if Dunedin Hospital is hiring? Patients say it is short staffed", None),
        (
            "Anyone recommend a psychologist in Wellington who bulk bills? Asking for my flatmate.",
            None,
        ),
    ],
)
def test_a_care_place_asked_about_for_ones_own(text: str, place: str | None) -> None:
    assert spans(text).get("geo") == ([place] if place else None)


# (careplaces48) a listed hospital after the words of a stay, a move, a death, a visit or a
# distance, with no other person word; and the twins that name no one's care there
@pytest.mark.parametrize(
    ("text", "place"),
    [
        (
            "She was discharged from Queen Elizabeth yesterday, GP follow up in 2 weeks",
            "Queen Elizabeth",
        ),
        (
            "Condolences to the family of the pastor, who passed at Kenyatta National on Sunday",
            "Kenyatta National",
        ),
        ("trapper with frostbite on 3 toes, evac'd to Groote Schuur overnight", "Groote Schuur"),
        ("eh, your appointment at the Jewish General is at 2", "Jewish General"),
        ("23yo dancer, stress fracture, saw ortho at HSS last week, pointe again when?", "HSS"),
        ("u still at Good Sam? i can bring ur charger after work", "Good Sam"),
        (
            "kid is 6, swallowed a battery?? we're 40 min from Alta Bates, drive or call 911",
            "Alta Bates",
        ),
        # the hospital's own news, an advert, a distance, a career, a royal's own stay
        ("The ER at Good Sam is closing for renovations next month.", None),
        ("The waiting room at Starship was redesigned by local artists.", None),
        ("Book your appointment at Kaiser online.", None),
        ("The ambulance station is 10 min from Mayo.", None),
        ("Our new physio joined us after five years in the ED at Groote Schuur.", None),
        ("Dr Reyes moved to Kaiser after 10 years with us.", None),
        ("the Queen was admitted to King Edward VII's Hospital for tests, the palace said", None),
        ("we drove back from Prince Edward Island on Sunday", None),
        ("Just back from Ninewells. Our team loved the tour.", None),
        ("Beyonce was rushed to Cedars-Sinai last night, reports say", None),
    ],
)
def test_a_listed_hospital_after_a_stay_or_visit(text: str, place: str | None) -> None:
    assert spans(text).get("geo") == ([place] if place else None)


# (careplaces48) a hospital beside a clinician the writer saw or asks about for their own
# person, no bio; and the bios, an event and a job question that stay clean
@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("ya we saw Dr. Osei at Komfo Anokye, he said wait and see", "Komfo Anokye"),
        (
            "Anyone know if Dr. Rivera at Cedars still does revision rhinoplasty? my sister wants one",
            "Cedars",
        ),
        ("Dr. Mensah trained at Korle Bu before joining our practice in 2015.", None),
        ("Thank you Dr Smith and the whole team at Mayo for hosting our CPD evening.", None),
        (
            "Anyone know if Dr. Allen at Kaiser Fontana is still taking new staff? I want to apply.",
            None,
        ),
    ],
)
def test_a_hospital_beside_the_writers_own_clinician(text: str, place: str | None) -> None:
    assert spans(text).get("geo") == ([place] if place else None)


# (careplaces48) a listed hospital of several words someone is heading to in a short message
# about one person is a dash for care, no trip; one word stays a trip's
@pytest.mark.parametrize(
    ("text", "place"),
    [
        (
            "My toddler swallowed a button battery maybe?? going to Sick Kids now is that right",
            "Sick Kids",
        ),
        ("my wife and I love Ireland!! heading to Mayo for the weekend", None),
        ("my son loves planes!! flying to LAX tomorrow", None),
    ],
)
def test_a_hospital_rushed_to_is_no_trip(text: str, place: str | None) -> None:
    assert spans(text).get("geo") == ([place] if place else None)


# (careplaces51) a care place by any name after the word of a clinician or a desk there and
# before what they did or said of one person's care; the twins that name no one, or a
# practice speaking to every reader
@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("your surgeon at St Vincent's wants bloods done before Monday", "St Vincent's"),
        ("the receptionist at Toothworks said my crown is ready", "Toothworks"),
        ("the front desk at Smile Studio called me about the bill for my filling", "Smile Studio"),
        ("my daughter's ortho at Invisalign Lab said 6 more months", "Invisalign Lab"),
        ("the midwife at the Rotunda thinks the baby is breech", "Rotunda"),
        ("The nurses at Reddington said the new wing opens in May.", None),
        ("A doctor at Johns Hopkins said the study changes practice.", None),
        ("The pharmacist at Boots told reporters that supplies were short.", None),
        ("the pharmacist at Boots said I can take it with ibuprofen", None),
        ("The team at Smile Studio wants you to know we are open on Saturday.", None),
        (
            "Our hygienist Maria was the nurse at Burwood Private for ten years before joining us.",
            None,
        ),
        ("Dr. Naidoo, a consultant at Tygerberg, said the outbreak is under control.", None),
    ],
)
def test_a_care_place_whose_clinician_acted_for_someone(text: str, place: str | None) -> None:
    assert spans(text).get("geo") == ([place] if place else None)


# (careplaces51) a listed hospital after its clinician's word and before what they did or
# said is a patient's report, no bio (provider_bio, a_clinicians_workplace); "attended" a
# listed hospital with no "at", as notes write it; and the bios that stay clean
@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("yo Marcus the nurse from Grady called, they need you back Thursday", "Grady"),
        (
            "our 3 yr old Kai gets nosebleeds, the doctor at Henry Ford said it's dry air?",
            "Henry Ford",
        ),
        ("pt attended Beaumont overnight with chest pain, discharged on aspirin", "Beaumont"),
        ("Dr. Patel trained at Henry Ford and loves Detroit.", None),
        ("Our hygienist Maria was the nurse at Grady for ten years before joining us.", None),
        ("Dr. Lee attended Emory for medical school before joining our practice.", None),
    ],
)
def test_a_listed_hospitals_clinician_reported_acting(text: str, place: str | None) -> None:
    assert spans(text).get("geo") == ([place] if place else None)


# (careplaces51) the women's hospital named with the babies it delivers; a saint's hospital
# asked about for the writer's own person's care; a test or a procedure had at a place, or
# braces taken off there; and the twins that stay clean (its news, a fundraiser, a saint's
# day, a sight, a meal)
@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("my baby was born at Women & Infants last month", "Women & Infants"),
        ("had my twins at Women and Children's in 2019, best nurses", "Women and Children's"),
        ("Women & Infants is hiring nurses for its new wing.", None),
        ("The walk for Women and Children's raised $40,000.", None),
        ("does St Mary's still do walk-ins? my son cut his hand on glass", "St Mary's"),
        ("is St. Joseph's any good for knee replacements? my dad needs one", "St. Joseph's"),
        ("Does St Patrick's Day fall on a Monday this year? my son wants to know", None),
        ("Is St Paul's still worth visiting? my wife loves cathedrals", None),
        ("just had an MRI at Lakeside Imaging and they found a cyst", "Lakeside Imaging"),
        ("got my braces off at Bright Smiles yesterday!!", "Bright Smiles"),
        ("just had a coffee at Blue Bottle and it was great", None),
    ],
)
def test_care_places_named_as_patients_name_them(text: str, place: str | None) -> None:
    assert spans(text).get("geo") == ([place] if place else None)


# (careplaces51) one written to by name opening the message is someone whose care the
# clinician's report is; a listed hospital after French "à" (read "a" once folded) and a
# stay's or a move's word, or Spanish "a" after a move; the reader's relative abroad
# ("votre mari") is someone; and the twins that stay clean
@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("hey Thabo, the nurse at Chris Hani Bara said come early tomorrow", "Chris Hani Bara"),
        ("Hey all, the nurses at Bellevue said the new wing opens soon", None),
        ("elle est toujours à Robert-Debré, courage à vous", "Robert-Debré"),
        ("mi abuela sigue mal, la llevamos a Gregorio Marañón", "Gregorio Marañón"),
        (
            "Madame Dupont, votre mari est sorti de l'hôpital Saint-Louis hier",
            "hôpital Saint-Louis",
        ),
        ("Le Necker cube est une illusion d'optique.", None),
        pytest.param(
            "Nous sommes allés à Paris voir la Pitié-Salpêtrière, un bâtiment historique.",
            None,
            marks=LEARNED_FALSE_BLOCK,
        ),
    ],
)
def test_care_places_of_one_written_to(text: str, place: str | None) -> None:
    assert spans(text).get("geo") == ([place] if place else None)


# (careplaces51) a private practice named by its trade (Fertility, Imaging, Chiropractic,
# Audiology…) where one person was seen; its adverts, awards and partners stay clean
@pytest.mark.parametrize(
    ("text", "place"),
    [
        (
            "had my first session at Eastside Chiropractic yesterday and my back is worse",
            "Eastside Chiropractic",
        ),
        ("my son's appointment at Coastal Audiology got moved again", "Coastal Audiology"),
        ("Harbour Fertility is offering a free webinar on egg freezing this Thursday.", None),
        ("Peak Physiotherapy won Business of the Year.", None),
        ("We are proud to partner with Coastal Audiology.", None),
    ],
)
def test_a_practice_named_by_its_trade(text: str, place: str | None) -> None:
    assert spans(text).get("geo") == ([place] if place else None)


# (vignette40) a case's home as notes write it: "home is", "hometown", a town joined by
# "-on-", the people's country it is in, a newborn's age in days, the child's parents, a
# clinician the patient needs named after the town; and the twins that stay clean
@pytest.mark.parametrize(
    ("text", "place"),
    [
        (
            "49 y/o M oil rig roustabout, home is Tuktoyaktuk, crush injury to 2 fingers",
            "Tuktoyaktuk",
        ),
        ("34F hairdresser, hometown Kaikohe, 3 weeks of cough, TB exposure?", "Kaikohe"),
        (
            "58M retired docker out of Barrow-in-Furness, asbestos exposure, new effusion",
            "Barrow-in-Furness",
        ),
        (
            "15yo swimmer, trains at the lido in Weston-super-Mare, ear pain after every session",
            "Weston-super-Mare",
        ),
        (
            "7 day old from Mennonite country near Aylmer, home birth, jaundiced since day 2",
            "Aylmer",
        ),
        ("4yo with severe caries, parents from Mathare arrived last month, GA or SDF?", "Mathare"),
        (
            "73 yo retired rug weaver from Chinle, cataracts, and the nearest surgeon is 3 hrs away",
            "Chinle",
        ),
        ("18 yo lifeguard at Bondi w/ a pearly papule on her nose", "Bondi"),
        ("33 yo ski instructor at Thredbo, snow blindness both eyes", "Thredbo"),
        ("24F barista at Ponsonby, burns to the forearm from the steam wand", "Ponsonby"),
        ("21 yo cashier at Walmart, back pain from standing all shift", None),
        ("38F teacher at Christmas had a flare, now settled", None),
        ("Meet our new hygienist, Jo, 28, from Chinle.", None),
        ("All parents of 2 year olds in Mathare are invited to a free fluoride day.", None),
        ("Measles cases in Aylmer rose to 12 this week, says the health unit.", None),
    ],
)
def test_a_cases_home_as_notes_write_it(text: str, place: str | None) -> None:
    assert spans(text).get("geo") == ([place] if place else None)


# (vignette40) the town where a mishap befell one of the writer's people or a case's
# patient; news of strangers, a clinician's own mishap and a market's fall stay clean
@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("18 yo stung by a jellyfish at Bondi, welts all over her leg, vinegar?", "Bondi"),
        ("she came off her bike near Gisborne yesterday and her wrist is huge", "Gisborne"),
        ("hubby slipped on the boat ramp at Houma this morning, knee swollen", "Houma"),
        ("Our toddler fell down the stairs at grandma's in Kaikohe last night", "Kaikohe"),
        ("A man fell from a roof in Ames on Tuesday, police said.", None),
        ("Lifeguards say 40 swimmers were stung by bluebottles at Bondi on Sunday.", None),
        ("Our hygienist Jo broke her wrist skiing in Queenstown, she's back next week!", None),
        ("Prices fell in March, so our whitening offer is cheaper.", None),
        ("The bus crashed near Tamworth, 12 people were hurt.", None),
    ],
)
def test_the_town_of_a_mishap(text: str, place: str | None) -> None:
    assert spans(text).get("geo") == ([place] if place else None)


# (vignette40) the town someone travels from for care, and the town good wishes are sent
# from to one person; a flight's route, a group's travel and a team's greetings stay clean
@pytest.mark.parametrize(
    ("text", "place"),
    [
        (
            "anyone coming up from Kaikoura on Friday? my nan needs a lift to her eye clinic",
            "Kaikoura",
        ),
        ("On pense fort à toi depuis Rimouski, ma belle ❤️", "Rimouski"),
        ("sending love from Kisumu, mama, heal quickly", "Kisumu"),
        ("Patients driving from Dubbo to our clinic can claim travel costs.", None),
        ("Sending love from Canada to everyone affected by the floods.", None),
        ("Thinking of you from the whole team at Smile Studio, see you soon!", None),
        ("Get well soon from everyone at Rotorua Dental!", None),
    ],
)
def test_the_town_of_a_journey_and_of_good_wishes(text: str, place: str | None) -> None:
    assert spans(text).get("geo") == ([place] if place else None)


# (towns48) a case written trade, age, town, with no preposition, and a town whose name
# holds a "Mc"; a player's club, opening hours and a brand stay clean
@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("nail tech, 31, Hemet, wheezing at work, better on weekends", "Hemet"),
        ("fisherman, 63, Killybegs, painless jaundice and weight loss", "Killybegs"),
        ("bus conductor, 52, Onitsha, chest tightness on exertion", "Onitsha"),
        ("Case: mechanic, 45, Tuscaloosa AL, chronic cough, ex smoker", "Tuscaloosa"),
        ("53M crane operator, Fort McMurray, recurrent vertigo on the tower", "Fort McMurray"),
        ("striker, 23, Liverpool, signs a new deal through 2028", None),
        ("goalkeeper, 31, Ballarat, out for the season with an ACL tear", None),
        ("Hours: Monday, 9, Tuesday, 10, Wednesday closed.", None),
        ("29F, barista, CrossFit, knee pain after squats", None),
        ("34M line cook at McDonald's, burns to forearm", None),
    ],
)
def test_the_town_of_a_case_listed_after_its_trade_and_age(text: str, place: str | None) -> None:
    assert spans(text).get("geo") == ([place] if place else None)


# (towns48) the town a person came home to after a stay in care, a visitor's town in a case,
# a school beside "anyone else's kid", a town beside a case's "pinpoint pupils"; a team's
# homecoming, a hospital that is home to a unit, a group of pupils stay clean
@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("made it home to Enugu after 3 nights in hospital, jaw still swollen", "Enugu"),
        ("finally home in Tauranga after the op, thanks for the flowers everyone", "Tauranga"),
        ("discharged today! back home in Moose Jaw with a new hip", "Moose Jaw"),
        ("28F visiting Galway for a wedding, anaphylaxis to shellfish", "Galway"),
        ("66 y/o retired smelter worker from Trail BC with new neuropathy", "Trail"),
        ("41M farmer from Gympie, found confused, pinpoint pupils. Antidote?", "Gympie"),
        ("The Blue Jays are back home in Toronto after a 10-game road trip.", None),
        ("Our team is back home in Leeds after the implant conference in Berlin.", None),
        ("back home in Leeds after the conference, great talks", None),
        ("Leeds General is home to Yorkshire's only children's heart surgery unit.", None),
        ("a 12-year-old visiting Grandma, bee sting on the arm", None),
        ("Pupils at Kaiapoi school will get free fluoride varnish next term.", None),
        ("my old dentist in Echo Park retired, need a new one", "Echo Park"),
        ("my son's pediatrician in Park Slope says it's hand foot mouth", "Park Slope"),
        ("my doctor in Internal Medicine wants bloods", None),
        ("Our GP in Ballsbridge is open late on Thursdays.", None),
        ("Claim file: Priya Nair, policy 88-2231-09, Fairfax County", "Fairfax County"),
        ("Harris County health officials report 12 new measles cases.", None),
        ("Greetings from London here at the conference!", None),
        ("my boy fell at the Wahiawa skate park and split his chin open", "Wahiawa"),
        ("my kid's at Ikoyi kindy and they said he bit another child", "Ikoyi"),
        ("Our hygienists will visit Kaiapoi school on Tuesday for free checkups.", None),
        ("the Ponsonby primary team won, my son scored!", None),
        ("my kid goes to a Kaiapoi school and loves it", None),
        ("Sister Flanagan trained at the old Mater school of nursing; her niece says hi", None),
        ("Dr Lee from Cedars here, happy to answer questions today.", None),
    ],
)
def test_a_homecoming_a_visit_and_a_parents_school(text: str, place: str | None) -> None:
    assert spans(text).get("geo") == ([place] if place else None)


def test_anyone_elses_kid_ties_the_school_to_the_writers_child() -> None:
    text = "anybody else's child at Riverside Primary sent home with pink eye today?"
    assert "Riverside Primary" in found_words(text)


# (careplaces55) a care place by its everyday name where one person was seen: the day of the
# care between its word and the place, a flight there, a clinician who saw someone there, a
# parent asking about a clinician there for their own child, a survivor thanking the
# hospital, Brazil's and Mexico's hospitals by their everyday names; and their clean twins
# (a career, a bio, a hospital thanked for its research or an event, a scheme's name)
@pytest.mark.parametrize(
    ("text", "place"),
    [
        (
            "pt seen Feb 2nd at Providence Sacred Heart with a laceration to the palm",
            "Providence Sacred Heart",
        ),
        ("Pt seen 4/17 at UNC Rex with new RBBB, asymptomatic. Echo?", "UNC Rex"),
        ("my mum was admitted on Sunday to Tygerberg with chest pain", "Tygerberg"),
        ("discharged yesterday from Middlemore, still sore", "Middlemore"),
        ("my uncle had a heart attack and they flew him to Parkland", "Parkland"),
        ("my uncle collapsed at the feed store and they flew him to UMC", "UMC"),
        (
            "Dr Mwangi saw her at Kenyatta National and said the growth is benign",
            "Kenyatta National",
        ),
        (
            "does anyone know the pediatric dentist at Rady Children's? my kid needs 6 fillings",
            "Rady Children's",
        ),
        (
            "grateful to be 1 year cancer free as of today, and to the team at MD Anderson",
            "MD Anderson",
        ),
        (
            "Two years in remission and still grateful to everyone at Sloan Kettering",
            "Sloan Kettering",
        ),
        ("Meu pai fez cateterismo no InCor e agora está com o braço roxo, é normal?", "InCor"),
        (
            "Mija, tu abuela está en el Seguro Social de Tijuana, ven pronto",
            "Seguro Social de Tijuana",
        ),
        (
            "is it normal for my son to still wet the bed at 9? we saw someone at Crumlin but they said wait",
            "Crumlin",
        ),
        (
            "my daughter swallowed a battery?? We're heading to Texas Children's now",
            "Texas Children's",
        ),
        ("Our hygienist Aoife's boys ran too! my son loved it. We raised €900 for Crumlin", None),
        ("Patients seen today at our Westside office get a free toothbrush", None),
        ("All patients seen yesterday at the free clinic were given leaflets", None),
        ("we took him to NYC for his birthday", None),
        (
            "Dr Mwangi treated patients at Kenyatta National for twenty years before joining us",
            None,
        ),
        ("Our new dentist Dr Lee worked at Rady Children's for 5 years", None),
        ("Thanks to the team at Mayo Clinic for hosting our residents last week", None),
        ("Thank you MD Anderson for this great guide on mouth sores during chemo", None),
        ("Huge thanks to the nurses at Moffitt for the free screening day", None),
        ("Thanks to Roswell Park for sponsoring our 5k!", None),
        ("El IMSS anunció nuevas clínicas dentales en Jalisco", None),
        ("Mi esposo no tiene Seguro Social, ¿cuánto cuesta una limpieza?", None),
    ],
)
def test_a_care_place_by_its_everyday_name(text: str, place: str | None) -> None:
    assert spans(text).get("geo") == ([place] if place else None)


# -- (ids55) one person's record numbers and logins ---------------------------------------
@pytest.mark.parametrize(
    ("text", "words"),
    [
        # a login a log or a ticket names after "for user" or a login's failures
        ("Auth log: 6 login failures from 192.0.2.44 for user shreya.n since 02:00", "shreya.n"),
        ("Helpdesk: password reset requested by user tkhumalo at 09:14", "tkhumalo"),
        ("sign-in attempts for jbaptiste came from a new device in Lyon", "jbaptiste"),
        ("Ticket 7731: user o.fagerlund cannot log in to the imaging PC", "o.fagerlund"),
        # a chat line's writer by their login
        ("Chat log - dr_amara_k: can someone cover my 2pm extraction?", "dr_amara_k"),
        ("DM | mia.santos_: thanks for squeezing me in", "mia.santos_"),
        # a number after a label of one person's record
        (
            "Refund to Chidi Okafor at Zenith Bank, NUBAN 2049918834, for the overcharge",
            "2049918834",
        ),
        ("Olá Dona Rita, o número do protocolo da sua reclamação é 2025-77120", "2025-77120"),
        ("Rentenbescheid für Herrn Vogel, pension no. DRV 53 170449 V 018", "DRV 53 170449 V 018"),
        ("Ticket de caisse : M. Lefèvre, CB **** 9917, détartrage", "9917"),
        ("Self assessment reminder for Ms Priya Dhillon, UTR 98012 44713", "98012 44713"),
        (
            "Intimação: Sr. Paulo Mendes, processo nº 0001234-56.2024.8.26.0100",
            "0001234-56.2024.8.26.0100",
        ),
        ("Convocation : M. Diallo, affaire n° 24/01187, audience le 3 juin", "24/01187"),
        ("Sehr geehrter Herr Braun, Ihr Az. 3 C 118/24, Termin am 4. März", "3 C 118/24"),
        ("Audit: tkhumalo_2 signed in on the kiosk, then j.okafor has logged out", "j.okafor"),
        ("Form 16 for Anil Mehra, PAN BQZPM 4471 K, attached", "BQZPM 4471 K"),
        ("Hearing notice: case ref 24/0918, defendant Paul Mercer, bail extended.", "24/0918"),
        (
            "Tribunal letter: case no. 2301187/2025, Hughes v Pemberton, listed 12 May.",
            "2301187/2025",
        ),
    ],
)
def test_one_persons_record_number_or_login_is_found(text: str, words: str) -> None:
    """(ids55) ``handle.user_in_log``, ``handle.chat_speaker``, the labels NUBAN,
    protocolo, pension no., UTR, CB before a card's stars, a spaced PAN, and a court's case
    number on one person's side of the paper
    (``rules._one_persons_side``)."""
    assert words in [text[f.start : f.end] for f in find_phi(text)]


# (vetoes55) "is" written short after a person, then an age over 89: theirs
@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("mum's 94 and just got her first tattoo lol", "94"),
        ("Dad's 92 and on warfarin, they want to extract two teeth.", "92"),
        ("Grandpa's 96, should he still have a scale and polish?", "96"),
        ("Edna's 93 and sharp as a tack.", "93"),
    ],
)
def test_an_age_after_a_persons_short_is_is_found(text: str, words: str) -> None:
    assert words in found_words(text)


@pytest.mark.parametrize(
    "text",
    [
        "We redesigned the portal for user feedback and for user privacy.",
        "Failed password for user root from the vendor's scanner, blocked by the firewall.",
        "login attempts for postgres were blocked overnight",
        "covid19: what you need to know this winter",
        "Step_2: rinse for thirty seconds, then spit.",
        "We accept CB, Visa and Mastercard at the front desk.",
        "Rated **** by the local paper!",
        "Court ruling: case no. 2019-CV-4471, Smith v. Jones, is the landmark precedent.",
        "Case number 2023-CV-01182, the class action against the toothpaste maker, settles.",
        "O protocolo de higiene da clínica foi atualizado em 2024.",
        "O processo de esterilização é validado todo ano.",
        "everyone logged in fine after the update; root logged in at 03:00",
        "Ref. no. 2025-00318: the council's survey on school water fountains.",
        "Your booking reference is QX7H2P; show it at the hotel's front desk.",
        "Pension reform 2025: the state pension age rises to 67.",
    ],
)
def test_a_systems_account_a_field_or_a_public_case_is_no_ones(text: str) -> None:
    """(ids55) Their clean twins: a word after "for user", a system's account
    (``a_system_account``), a topic before a colon (``a_field_name``), a card scheme's
    name with no digits, a published ruling's number, a hygiene protocol, a council's
    paper after "Ref. no." (its full stop, ``_PAPER_LABEL_BEFORE``), a hotel booking's
    reference given to "your" (no court's or office's case of one person)."""
    assert [f for f in find_phi(text) if f.label in ("handle", "record_number")] == []


@pytest.mark.parametrize(
    "text",
    [
        "It's 95 and sunny, perfect day for the clinic BBQ.",
        "That's 90, not 100, the receptionist said about the fee.",
        "The practice's 100 and still going: a century of care!",
    ],
)
def test_a_number_after_a_things_short_is_passes(text: str) -> None:
    assert [f for f in find_phi(text) if f.label == "age"] == [], found_words(text)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "84M Harold Fenwick in rm 12, post-op day 2 hip, acutely confused overnight.",
            "Harold Fenwick",
        ),
        ("Bed 9: 90F Joy Baker, fall at home, NOF fracture, for theatre tomorrow.", "Joy Baker"),
        ("56yo F Faith Muthoni — T2DM, HbA1c 71, review in 3/12.", "Faith Muthoni"),
        (
            "Handover: 71 F Grace Mahlangu, bay 3, chest pain settled, trop pending.",
            "Grace Mahlangu",
        ),
        ("ED board: 45M - Patience Okafor, ?appendicitis, NBM.", "Patience Okafor"),
    ],
)
def test_a_name_after_an_age_and_sex_code_is_the_cases(text: str, name: str) -> None:
    """(pairs59) ``name.after_age_sex_code``: the code is the person's age and sex, so the
    given and family name after it are theirs, everyday words or not."""
    assert name in spans(text).get("name", []), found_words(text)


@pytest.mark.parametrize(
    "text",
    [
        "3M Clinpro White Varnish lot numbers 2024-09A are on the recall list.",
        "2F Ayala Malls Feliz, Pasig. Open daily 10AM to 9PM.",
        "The 100M Freestyle final was a thriller at the Commonwealth Games.",
        "A $5M Grant Foundation award will fund the new community clinic.",
        "Room 2F Grace Lee Suite is on the second floor, next to the lifts.",
    ],
)
def test_a_brand_a_floor_or_a_race_after_a_number_is_no_case(text: str) -> None:
    """(pairs59) Their clean twins: a firm's code, a floor, a race, a sum of money before
    capitalised words that are no given name then a family name (``not_given_then_family``)."""
    assert "name" not in spans(text), found_words(text)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("email from HR: Precious Mahlangu's maternity leave starts 1 Sept", "Precious Mahlangu"),
        ("Heads up: Faith Mwale's compassionate leave runs until Friday.", "Faith Mwale"),
        ("Faith Banda's bereavement leave has been approved for next week.", "Faith Banda"),
    ],
)
def test_a_persons_leave_after_their_possessive_names_them(text: str, name: str) -> None:
    """(pairs59) ``possessive_care`` reads a leave for a birth, an illness or a death after
    the possessive (``_LEAVE_AFTER``), and ``_named_by_a_post`` keeps such a name even after
    a post's word ("HR:") (``_THEIR_LEAVE``)."""
    assert name in spans(text).get("name", []), found_words(text)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Confirming Ahmed Al-Rashidi's extraction for 26.05.2025 at 11:00, please "
            "remember to take your antibiotic cover.",
            "Ahmed Al-Rashidi",
        ),
        ("Confirming Hope Daniels's extraction for 26.05.2025 at 11:00.", "Hope Daniels"),
    ],
)
def test_a_desks_opening_verb_is_no_part_of_the_name(text: str, name: str) -> None:
    """(pairs59) ``_MESSAGE_GERUNDS``: "Confirming", "Rebooking" open the message, the name
    after them is read alone (as one run of three words it fell to the vetoes)."""
    assert name in spans(text).get("name", []), found_words(text)


@pytest.mark.parametrize(
    "text",
    [
        "Grace Hospital's maternity unit has reopened after refurbishment.",
        "Our hygienist Precious returns from maternity leave next month, welcome back!",
        "Booking Holidays Direct is our travel partner for the conference.",
        "Confirming Saturday Hours: we open 9 to 1 this week.",
    ],
)
def test_leave_and_opening_verbs_name_no_one_alone(text: str) -> None:
    """(pairs59) Their clean twins: a hospital's unit, a staff member's return in a bio
    with no possessive, a firm after "Booking", opening hours after "Confirming"."""
    assert "name" not in spans(text), found_words(text)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            'Bartholomew "Bart" Finch has been promoted to shift supervisor effective April 1st.',
            'Bartholomew "Bart" Finch',
        ),
        (
            "Precious Banda gave birth to a baby girl at Chris Hani Baragwanath on Sunday.",
            "Precious Banda",
        ),
        (
            "Margarethe “Peggy” Hale has resigned after ten years on reception.",
            "Margarethe “Peggy” Hale",
        ),
    ],
)
def test_a_pair_whose_sentence_tells_of_their_own_life_is_a_name(text: str, name: str) -> None:
    """(pairs59) ``name.life_event_subject``: a promotion, a birth, a resignation told of a
    given and a family name opening the sentence makes them a person's, everyday words or
    a nickname in quotes between them."""
    assert name in spans(text).get("name", []), found_words(text)


@pytest.mark.parametrize(
    "text",
    [
        "Hope Street was promoted to a clearway last year.",
        "Grace Kelly retired from acting in 1956 to marry Prince Rainier.",
        "Joy Division resigned themselves to a final tour.",
        "Golden State was expecting a title this year.",
        "Rose Garden is on summer leave until the renovation ends.",
    ],
)
def test_a_street_a_star_or_a_team_with_a_life_event_stays_clean(text: str) -> None:
    """(pairs59) Their clean twins: a street, a public figure, a band, a team and a garden
    before the same verbs (``not_given_then_family``, ``not_a_name``)."""
    assert "name" not in spans(text), found_words(text)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Final reminder: acct 5520-1187-03 for Dawn Kettleby is 60 days overdue.",
            "Dawn Kettleby",
        ),
    ],
)
def test_the_one_a_numbered_record_is_for_is_its_holder(text: str, name: str) -> None:
    """(pairs59) ``record_holder`` reads a record's number, or a form or an account named,
    then "for" before a name (``_RECORD_HOLDER_BEFORE``)."""
    assert name in spans(text).get("name", []), found_words(text)


@pytest.mark.parametrize(
    "text",
    [
        "Call 0800 555 123 for Grace Church services this Sunday.",
        "Order 4471 for Holiday Inn Express is ready.",
        "Form 1040 for Rose Garden Trust is due on 15 April.",
    ],
)
def test_a_number_for_a_church_a_hotel_or_a_trust_is_no_ones(text: str) -> None:
    """(pairs59) Their clean twins: a church's line, a hotel's order, a trust's form (an
    organisation's word in the run, ``lx.ORG_SUFFIXES``)."""
    assert "name" not in spans(text), found_words(text)


# -- (ids59) numbers and codes that point at one person ----------------------------------------
@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("Aviso del banco: su cuenta terminada en 8821 ha sido bloqueada.", "8821"),
        ("Banco: a sua conta terminada em 5530 tem um débito pendente.", "5530"),
        ("Votre carte se terminant par 9912 a été utilisée hier.", "9912"),
        ("Ihre Karte mit der Endung 3381 wurde gesperrt.", "3381"),
        ("La sua carta di credito che termina con 4410 è scaduta.", "4410"),
        ("Uw rekening eindigend op 7731 staat rood.", "7731"),
        ("Transaksi pada rekening Anda berakhiran 0921 ditolak.", "0921"),
        ("tu tarjeta de débito terminada en ****6620 fue rechazada", "6620"),
    ],
)
def test_an_accounts_last_digits_abroad_are_found(text: str, words: str) -> None:
    """``id.account_ending_abroad``: the last digits of an account or a card, as a bank's
    alert in Spanish, Portuguese, French, German, Italian, Dutch or Indonesian gives them."""
    assert words in [text[f.start : f.end] for f in find_phi(text) if f.severity == "block"]


@pytest.mark.parametrize(
    "text",
    [
        "Nuestra cuenta de Instagram terminada en 2025 tendrá nuevas fotos.",
        "Il conto che termina con 2024 è quello della clinica.",
        "La campaña de vacunación terminada en 2023 fue un éxito.",
    ],
)
def test_a_year_after_an_ending_is_no_accounts_digits(text: str) -> None:
    """A year after "terminada en" is a date, no account's last digits."""
    rule = next(r for r in IDENTIFIER_RULES if r.name == "id.account_ending_abroad")
    assert list(rule.finditer(text, EMPTY_CONTEXT)) == []


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("yo my psn is xXdarkRaven_99Xx add me", "xXdarkRaven_99Xx"),
        ("add me on xbox, gt: SilentWolf_2209", "SilentWolf_2209"),
        ("my steam name is n0sc0pe_kid lol", "n0sc0pe_kid"),
        ("my roblox is bubbles_4421 pls add", "bubbles_4421"),
        ("KakaoTalk ID minji_0417 for my sister", "minji_0417"),
        ("Zalo: huong.92", "huong.92"),
        ("LINE ID: yuki_tanaka88", "yuki_tanaka88"),
        ("Epic Games name: kay.b_22", "kay.b_22"),
    ],
)
def test_an_account_after_a_game_or_chat_network_is_found(text: str, words: str) -> None:
    """``handle.username`` reads a game network's and Asia's chat apps' names as labels."""
    assert words in [text[f.start : f.end] for f in find_phi(text) if f.severity == "block"]


@pytest.mark.parametrize(
    "text",
    [
        "Steam inhalation for 10 minutes twice a day helps congestion.",
        "Our line is open 9-5 on weekdays.",
        "Switch to the new toothpaste 2x a day.",
        "Playstation 5 giveaway for our patients this December!",
        "Minecraft 1.20 update is out, the kids in the waiting room love it.",
    ],
)
def test_a_network_named_as_a_word_or_a_product_is_no_account(text: str) -> None:
    """A network whose name is a word ("steam", "line", "switch") needs its account's word
    after it; a console's model is no one's account."""
    rule = next(r for r in IDENTIFIER_RULES if r.name == "handle.username")
    assert list(rule.finditer(text, EMPTY_CONTEXT)) == []


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("The plate on the van that clipped my mirror was KGZ 481.", "KGZ 481"),
        ("mate the rego on my ute is XBK-93L if the carpark guy asks", "XBK-93L"),
        ("the registration of her car is WX14 PLK", "WX14 PLK"),
        ("la matrícula del coche que atropelló a mi padre era 4821 BKV", "4821 BKV"),
    ],
)
def test_a_plate_after_the_vehicle_between_label_and_is(text: str, words: str) -> None:
    """``vehicle.registration`` reads the vehicle named between the plate's word and "is"."""
    rule = next(r for r in IDENTIFIER_RULES if r.name == "vehicle.registration")
    assert words in [text[f.start : f.end] for f in rule.finditer(text, EMPTY_CONTEXT)]


@pytest.mark.parametrize(
    "text",
    [
        "Registration for the van service is OPEN until 5 May.",
        "The plate on the car was covered in mud.",
    ],
)
def test_a_vehicles_registration_event_is_no_plate(text: str) -> None:
    """A registration for a service and a plate with no value are no plate."""
    rule = next(r for r in IDENTIFIER_RULES if r.name == "vehicle.registration")
    assert list(rule.finditer(text, EMPTY_CONTEXT)) == []


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("Expense claim from Dr. Tariq Mahmood, conference travel, flight ref EK8Z4P", "EK8Z4P"),
        ("my flight ref is QX7H2P, can you change the seat?", "QX7H2P"),
    ],
)
def test_a_flights_booking_code_is_a_travellers(text: str, words: str) -> None:
    """A code of six after "flight ref" not shaped as a flight's number is one traveller's
    booking (``_a_flights_booking``), even on a conference's expense claim."""
    assert words in [text[f.start : f.end] for f in find_phi(text) if f.severity == "block"]


@pytest.mark.parametrize(
    "text",
    [
        "Flight EK202 to Dubai was delayed three hours by the storm, airline says.",
        "flight ref BA117 is delayed at Heathrow again",
    ],
)
def test_a_flights_number_is_no_ones(text: str) -> None:
    """A flight's own number ("EK202", "BA117") after "flight" stays everyone's."""
    assert not [f for f in find_phi(text) if f.label == "record_number"]


def _callback_reasons(text: str) -> list[str]:
    return [
        text[f.start : f.end]
        for f in find_phi(text)
        if f.reason.endswith("[phone.reader_asked_to_call]")
    ]


@pytest.mark.parametrize(
    ("text", "words"),
    [
        (
            "Hi Mrs. Dlamini, your biopsy results are ready; please call us back on 011 555 0123.",
            "011 555 0123",
        ),
        (
            "Hello Mrs Adebayo, your results are ready. Kindly call +234 803 555 4172 to book.",
            "+234 803 555 4172",
        ),
        (
            "Darnell, ur lab results r back. pls call the office at 3 1 2 - 5 5 5 - 0 8 6 4",
            "3 1 2 - 5 5 5 - 0 8 6 4",
        ),
        ("Anjali your retainer is ready for pickup, call us back at (614) 555-0187", None),
        ("Hola Sra. Gutiérrez, sus resultados ya están. Llame al 55 1234 5678 para su cita.", None),
    ],
)
def test_the_line_a_named_reader_is_asked_to_call_is_found(text: str, words: str | None) -> None:
    """``phone.reader_asked_to_call``: in a message addressed to one named person, the number
    it asks them to call back on (``_with_callback_lines``), however it is grouped."""
    found = _callback_reasons(text)
    assert found
    if words is not None:
        assert words in found


@pytest.mark.parametrize(
    "text",
    [
        "Call us at (555) 010-2000 to book your cleaning.",
        "Hi Sarah, if the toddler swallows toothpaste call Poison Control at 1-800-222-1222.",
        "Kwame Mensah won the staff award. Call 0161 496 0555 to book the hall.",
        "Hi Tom, our opening hours change on 1 May; the emergency line is 0161 496 0555.",
    ],
)
def test_no_line_is_read_as_a_callback_without_a_named_reader_asked(text: str) -> None:
    """No one addressed by name, a public help line, or no asking to call: no callback line."""
    assert _callback_reasons(text) == []


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("your CPAP SN-CPAP-55G7120X is due for a filter change", "SN-CPAP-55G7120X"),
        ("ur hearing aid PH-L90R-33817 is ready for pickup", "PH-L90R-33817"),
        ("Your Fitbit FB-92A7-C3D1-0044 has been unlinked from your account.", None),
    ],
)
def test_a_devices_code_after_your_device_is_found(text: str, words: str | None) -> None:
    """``device.code_after_your_device``: one unit's code after "your" and the device."""
    rule = next(r for r in FACILITY_RULES if r.name == "device.code_after_your_device")
    found = [text[f.start : f.end] for f in rule.finditer(text, EMPTY_CONTEXT)]
    assert found
    if words is not None:
        assert words in found


@pytest.mark.parametrize(
    "text",
    [
        "your CPAP AirSense 11 needs a new filter every month",
        "Your Fitbit Charge 6 can now sync with our app.",
        "your device SM-R960 is supported by the new app",
        "bring your inhaler to every visit from 2026",
    ],
)
def test_a_model_after_your_device_is_no_units_code(text: str) -> None:
    """A model's name after "your" and the device is no one unit's code."""
    rule = next(r for r in FACILITY_RULES if r.name == "device.code_after_your_device")
    assert list(rule.finditer(text, EMPTY_CONTEXT)) == []


@pytest.mark.parametrize(
    ("text", "words"),
    [
        (
            "Bank letter: We noticed unusual activity on acct 0082 4491 7765. Call us back at "
            "the number on your card.",
            "0082 4491 7765",
        ),
        ("Fraud team: a suspicious payment was made from account 4410-2299 last night.", None),
    ],
)
def test_a_banks_alert_of_activity_on_an_account_is_one_customers(
    text: str, words: str | None
) -> None:
    """An account a bank's alert says saw unusual or suspicious activity is one customer's,
    not the bank's own paper (``_one_persons_side``)."""
    found = [text[f.start : f.end] for f in find_phi(text) if f.label == "record_number"]
    assert found
    if words is not None:
        assert words in found


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("my endo is at Cleveland Clinic and my chart number there is CC-0093318.", "CC-0093318"),
        ("Estimada cliente, su póliza N.º 7731-0092 vence el mes que viene.", "7731-0092"),
        ("Prezado cliente, a sua apólice nº 88120-3 foi renovada.", "88120-3"),
    ],
)
def test_a_label_then_there_or_a_policy_abroad(text: str, words: str) -> None:
    """``id.labelled`` reads "there" or "now" between the label and "is", and an insurance
    policy as Spanish, Portuguese and Italian letters name it (póliza, apólice, polizza)."""
    rule = next(r for r in IDENTIFIER_RULES if r.name == "id.labelled")
    assert words in [text[f.start : f.end] for f in rule.finditer(text, EMPTY_CONTEXT)]


def test_a_line_far_from_the_name_a_message_opens_with_is_no_callback() -> None:
    """A line a long text gives hundreds of characters after the name its first message
    addresses is another message's or a newsletter's (``_CALLBACK_REACH``)."""
    news = " ".join(
        ["Our new hygienist starts in spring and the car park is being resurfaced."] * 6
    )
    text = f"Hi Tom, your crown is ready. {news} For the flu clinic call us at 0161 496 0555."
    assert _callback_reasons(text) == []


# -- (75) what blind sets 71-74 showed: each case, and the look-alike beside it ------------
@pytest.mark.parametrize(
    ("text", "found"),
    [
        # the writer's own name in other languages; not German's welcome, nor a nurse's intro
        ("Hola, me llamo Yesenia y tengo dolor de muela", "Yesenia"),
        ("Nazywam się Zofia Kowalczyk i mam problem z zębem.", "Zofia Kowalczyk"),
        ("Ich heiße Sie herzlich willkommen in unserer Praxis.", None),
        ("Je m'appelle Claire, votre infirmière, et je vous appellerai demain.", None),
        # Russian and Ukrainian: a father's name makes a full name; a public one does not
        ("Пациентка Анна Сергеевна Иванова, 45 лет, жалобы на боль.", "Анна Сергеевна Иванова"),
        ("Президент Владимир Владимирович Путин провёл совещание.", None),
        # an age over 89 said of a relative in Russian; a firm's years are no one's
        ("Ей уже 92 года, можно ли ставить имплант?", "92"),
        ("Наша клиника работает 95 лет.", None),
        # ages said fast: no apostrophe, Brazil's "vó", a fond "viejita"
        ("hi can i bring my nan, shes 92 and lost her denture", "92"),
        ("oi gente minha vó faz 95 anos e quer fazer clareamento", "95"),
        ("mi viejita de 97 años quedó feliz con su placa nueva", "97"),
        # a bank's "a/c" before "ending"; an air conditioner's "a/c" is no account
        ("Bank alert: a/c ending 4417 debited INR 12,500. Not you? Call us.", "4417"),
        ("The a/c unit number 4 in the waiting room is broken again", None),
        # a first and a family name in a mailbox (no English words); a firm's two words
        (
            "Hi Tala, we've resent the forms to tala.fonoti@xtra.co.nz - let us know.",
            "tala.fonoti@xtra.co.nz",
        ),
        ("Bookings: reception.kensington@brightdental.co.uk", None),
        # the writer's own page under their name, even with a smile in it; a practice's page
        (
            "sent my before/after pics from https://instagram.com/anoushka.smiles if you want them",
            "https://instagram.com/anoushka.smiles",
        ),
        ("follow https://instagram.com/bright.smiles for tips", None),
        # colleagues asked about a case: the name after their colon is the patient's
        ("psych colleagues: Anushka, 19, binge-purge 4x/day, K 2.9. Medical ward?", "Anushka"),
        ("Our colleagues: Maria Lopez and Dan Wu joined in May.", None),
        # lower-case words told of after "that", the first an English word, are no name
        ("Researchers report that intermittent fasting had no clear edge in a new trial.", None),
        ("can u tell dr mendez that sofia reyes cant make it tmrw", "sofia reyes"),
        # Candida the yeast; Candida the daughter
        (
            "27M with painless white patch on tongue that wipes off, recent inhaler use. Candida?",
            None,
        ),
        ("my daughter Candida has a sore throat", "Candida"),
        ("Angular cheilitis is often caused by Candida and Staph aureus together.", None),
        ("Candida and Tom came in for their checkups with my son", "Candida"),
        # a mother called by the word alone names no one
        ("mãe tô chegando, me espera na recepção", None),
        # spaced digits after a voicemail's "from", a Spanish "write me at", or before a chat app
        ("got a voicemail from 0 2 0 7 9 4 6 0 3 1 8 about my son's MRI", "0 2 0 7 9 4 6 0 3 1 8"),
        ("escribeme al 3 1 0 5 5 5 2 2 4 1 xfa", "3 1 0 5 5 5 2 2 4 1"),
        ("ok send it to 0 8 1 2 3 4 5 6 7 8 on whatsapp", "0 8 1 2 3 4 5 6 7 8"),
        ("Count 1 2 3 4 5 6 7 8 9 10 with your child while brushing", None),
        # Tagalog's "92 na po siya"; a card that "says" its number
        ("Pwede po bang magpapasta ang lolo ko? 92 na po siya pero malakas pa.", "92"),
        (
            "my insurance card says W21 774 0983 but the clinic keeps typing it wrong",
            "W21 774 0983",
        ),
        ("The scale shows 92 kg after lunch", None),
    ],
)
def test_what_blind_sets_71_to_74_showed(text: str, found: str | None) -> None:
    assert_blocked_as_stated(text, found)


@pytest.mark.parametrize(
    ("text", "found"),
    [
        # (ids75) a handle with a trade's word is still one person's when it ends in a year
        # or an age, or a part ends in "dad"
        ("@lolaskincare_92 we've sent you a DM with the details", "@lolaskincare_92"),
        ("@dentaldad_ktm saw your post, ask for the hygienist", "@dentaldad_ktm"),
        # a practice's handle stays the practice's
        ("Follow @brightsmiles_dental for tips", None),
        ("Congrats to @harbourdentalnz on the award!", None),
    ],
)
def test_a_persons_handle_with_a_trades_word(text: str, found: str | None) -> None:
    assert_blocked_as_stated(text, found)


@pytest.mark.parametrize(
    ("text", "found"),
    [
        # (dates75) a weekday and its day as an ordinal: one particular day
        ("School office: Amara (Year 4) was absent on Monday 10th", "Monday 10th"),
        ("wisdom teeth out on Fri the 13th, day 4 and pain is worse. dry socket?", "Fri the 13th"),
        # an event's or a notice's day
        ("Mark your calendars: our open house is Saturday the 9th from 10 to 2", None),
        (
            "Notice: parking lot resurfacing on Tuesday the 14th — please use the rear entrance.",
            None,
        ),
        (
            "The Ireland v. New Zealand match kicks off at 7pm on Saturday the 9th at the Aviva.",
            None,
        ),
        # a practice's own days, told of no one
        ("Flu shots available starting Friday the 18th; walk-ins welcome.", None),
        ("Reminder: the surgery closes at noon on Sunday the 27th.", None),
        ("Please welcome our new hygienist, who starts on Monday the 8th.", None),
    ],
)
def test_a_weekday_and_its_ordinal_day(text: str, found: str | None) -> None:
    assert_blocked_as_stated(text, found)


@pytest.mark.parametrize(
    ("text", "found"),
    [
        # (ages79) a case's age and sex after a label of a few words, or opening a sentence
        # with a case's words after it; not the weather's
        ("Case for discussion: 94F from residential care, fell overnight.", "94"),
        ("Quick one for the group. 93M presenting with new confusion.", "93"),
        ("Pt: 92M, temp 38.2", "92"),
        ("Weather for tomorrow: 95F with humidity, stay hydrated", None),
        ("It was hot. 95F by noon.", None),
        # (ids79) a lab's number, a label then "was something like", German "whose … ist",
        # Korea's RRN by its short name
        ("Results attached, lab no. HX-22-40917, please advise.", "HX-22-40917"),
        ("my policy number was something like QK-71-55023, can you check", "QK-71-55023"),
        ("Die Versichertennummer meines Vaters ist B987654321.", "B987654321"),
        ("RRN 920304-1234567 typed twice on the form", "920304-1234567"),
        ("Our lab no longer takes walk-ins on Saturdays.", None),
        # (phones79) a lost thing's tag gives its owner's number, whoever then rang it
        (
            "Found a wallet in the car park, the tag says 07700 900 418 - we rang, no answer",
            "07700 900 418",
        ),
        # (dates79) someone's own appointment in Chinese; not the clinic's
        ("李小華的預約改到5月2日上午十點。", "5月2日"),
        ("本院的預約改到5月2日開放。", None),
        # (places79) where the writer lives, in Italian; not a dress bought there
        ("Salve, ho 52 anni, abito a Cremona e ho una gengiva gonfia.", "Cremona"),
        ("Ho comprato un abito a Milano per il matrimonio.", None),
        # (ages79, scripts79) a Greek age said of a relative, and a Greek town that opens
        # with Iota: the fold keeps it a capital
        ("Η γιαγιά μου είναι 95 ετών και μένει στο Ηράκλειο.", "95"),
        ("Ο παππούς μου μένει στα Ιωάννινα.", "Ιωάννινα"),
        ("Το νοσοκομείο της πόλης είναι 95 ετών.", None),
        # (clean79) look-alikes: a lab value, a word that says which site, a month's
        # observance, an interjection, a plate given as a format's example
        ("22F with fatigue, Hb 92, ferritin 6. Oral iron or IV?", None),
        ("ST elevation on the ECG. Nearest cath lab is 2 hrs away, lyse first?", None),
        ("June is Men's Health Month: book that checkup.", None),
        ("Ouch, hope you feel better soon!", None),
        ("Yikes, hope the swelling goes down soon", None),
        ("Bring your car reg when booking parking, e.g. in the format AB12 CDE.", None),
        # (staff79) a doctor thanked or named with the writer's own word in Swahili and
        # Yoruba; not the doctor's own notice
        ("Asante sana Daktari Kamau kwa kumtibu mama yangu.", "Kamau"),
        # (names79) the writer's family name; a schedule's candidate; a name beside the
        # writer or spoken to with no comma; not a town, a brand or a relative so
        ("lol my surname is literally Brown and every dentist makes the same joke", "Brown"),
        (
            "Interview schedule: candidate Farah Siddiqui, Thu 7 Nov, 11:00, room B.",
            "Farah Siddiqui",
        ),
        ("Me and Aba got braces the same month", "Aba"),
        ("Luz you look AMAZING after the veneers!!", "Luz"),
        ("London and I have a love-hate thing", None),
        ("Invisalign and I are not friends", None),
        ("Mum and I went for our cleanings together", None),
        # (dates79) a case's day in a note that opens by addressing a group of readers
        ("Residents: 27M admitted Saturday 3/14 after MVC, plan ORIF.", "Saturday 3/14"),
        ("Kids aged 5 and up: book your free check by 3 March", None),
        # (dates79) a form's "Date of last visit:"
        ("Q8 Date of last visit: Oct 30. Q9 Reason: pain", "Oct 30"),
        # (names79) spoken to as a friend is, with no comma; "je suis" then a name after a
        # greeting (not a nationality)
        ("Samisoni you legend, thanks for fixing my tooth before the wedding!!", "Samisoni"),
        ("Bonjour, je suis Aïcha, ma fille a 3 ans et une carie.", "Aïcha"),
        ("Bonjour, je suis Canadienne et je cherche un bon dentiste.", None),
        # (ids79) a booking's "conf.", a parcel's tracking number, a Brazilian clinician's
        # council number; not a conference's year, nor the practice's own order
        ("Hotel booking for Mr. Ansel Ruud, conf. QX5512093, arriving late", "QX5512093"),
        ("tracking # 1Z88W4V20347718826 shows delivered to your side door", "1Z88W4V20347718826"),
        ("Renovação: técnica Joana Prates, CRO MG-44810", "MG-44810"),
        ("See you at the conf. 2026 in Lisbon!", None),
        ("Tracking number for the practice's supply order: 1Z999AA10123456784", None),
        # (addresses79) the clinic of a case's care by its street; not a clinic's hours
        (
            "31F, bleeding after a biopsy at the clinic on Harmon Ave yesterday. Normal?",
            "Harmon Ave",
        ),
        ("The clinic on Harmon Ave is open late on Thursdays.", None),
        # (clean79) a street known as a show, a song or a landmark; the Pope in Italian
        ("my kids only brush if we play the Sesame Street toothbrushing song", None),
        ("Baker Street was playing when I went under the anaesthetic 😂", None),
        ("my son lives on Baker Street now, near the tube", "Baker Street"),
        ("Papa Francesco è stato ricoverato per una bronchite, auguri.", None),
        # (clean79) a famous hospital as the source of advice or a study; not one's own care
        ("The Cleveland Clinic has a good patient handout on TMJ exercises.", None),
        ("Case study from the Mayo Clinic grand rounds: refractory hypertension", None),
        ("My mum was treated at the Cleveland Clinic and loved their handout", "Cleveland Clinic"),
        # (places79) a note's "pt from" a town, exposed in a flood; not the flood's news
        ("pt from Valenzuela, 38M, fever and myalgia after the flood. Lepto?", "Valenzuela"),
        ("Flooding in Valenzuela closed our clinic, 2 of 3 roads shut", None),
        # (clean79) public figures, eponyms, brands and characters written out
        (
            "70 y/o retired librarian, new visual hallucinations, cognitively intact. Charles Bonnet?",
            None,
        ),
        ("Is Popeye the Sailor a good role model for kids' spinach intake?", None),
        ("Peter Attia says zone 2 cardio helps everything, does it help gums?", None),
        ("Earl Grey or English Breakfast: which stains your teeth more?", None),
        ("Lisa Simpson has had a toothache since Monday", "Lisa Simpson"),
        # (dates79) the writer's own care, the "I" left out; not a house's floors
        ("Is it normal for a bridge to rock? had it cemented on the 14th", "the 14th"),
        ("We had the floors done on the 3rd, the waiting room looks great", None),
        ("Rude staff. Waited 3 hours on the 12th and nobody said sorry.", "the 12th"),
        ("Patients waited on the 12th for the new chairs to arrive", None),
    ],
)
def test_what_read_sets_75_to_78_showed(text: str, found: str | None) -> None:
    assert_blocked_as_stated(text, found)


@pytest.mark.parametrize(
    ("text", "found"),
    [
        # (scripts83) a Japanese name with a space before its honorific, as an address line
        ("田中 由紀 様 — 次回のご予約は 11月20日 15:00 です。", "田中 由紀"),
        ("ご苦労様でした。", None),
        # (names83) a Nordic or Finnish greeting or reminder by name; not to everyone
        ("Tak Lise, for din anmeldelse!", "Lise"),
        ("Muistutus Aino: ota Kela-kortti mukaan ensi käynnille.", "Aino"),
        ("Hej alla, vi har stängt på fredag.", None),
        # (names83) an Icelandic patronymic; not the English words of that ending
        ("Tími hjá tannlækni: Guðrún Ólafsdóttir, þriðjudaginn 7. maí.", "Guðrún Ólafsdóttir"),
        ("Caisson disease is rare in recreational divers.", None),
        ("Lesson one: floss before you brush.", None),
        # (names83) a pupil's school year in brackets; not a worksheet's
        ("Dear Parent, Ishaan (Year 4) had a fall and bumped his front tooth.", "Ishaan"),
        ("Maths (Year 4) worksheets are on the website.", None),
        # (names83) a sick note's words make a rare pair someone's
        (
            "To whom it may concern, Jean-Baptiste Tremblay attended our clinic and is unfit"
            " for work until Friday.",
            "Jean-Baptiste Tremblay",
        ),
        # (vehicles83) a plate after the car's model; not a model year
        (
            "Security note: white Corolla NKR-481 in the staff bay again, driver was a patient.",
            "NKR-481",
        ),
        ("The new Toyota Corolla 2024 model has lane assist.", None),
        # (places83) one's own clinician's hospital by its letters; not the national service
        ("my son's surgeon at CHOP says wait", "CHOP"),
        ("my psychiatrist at CAMH started me on lithium", "CAMH"),
        ("my GP at the NHS said no", None),
        # (clean83) a holiday named after someone; a famous name a rule cut short; mononyms
        # and brands; an age in months as notes write it; a body's age; a chat's Hindi words;
        # a mnemonic in initials; a body's news told in its own name; sweets named as a
        # child's diet
        ("Is the practice open on King's Birthday? Mine's throbbing.", None),
        ("Shah Rukh Khan's smile is why half my patients ask for veneers", None),
        ("Ronaldo's veneers were a whole topic back in the day", None),
        ("Mr Kipling cakes in the staff room are undoing all our sugar talks", None),
        ("Are Tommee Tippee sippy cups better for teeth than bottles?", None),
        ("3/12 old baby, projectile vomiting after feeds, hungry after. Pyloric stenosis?", None),
        ("The Royal Flying Doctor Service turns 96 this year, thank you!", None),
        ("kya root canal ke baad dard normal hai? 3 din ho gaye abhi bhi dard hota hai", None),
        ("Stroke awareness: remember F.A.S.T. - Face, Arms, Speech, Time to call 111.", None),
        ("Apollo Hospitals has opened a proton therapy centre in Chennai.", None),
        ("my kid only eats Oreos and Cadbury Dairy Milk, how bad is that for her teeth?", None),
        ("my kid only eats Skittles, how bad is that for her teeth?", None),
        # (staff83) a colleague named in a patient's words; not the practice's own voice,
        # nor a word that is no name
        ("Absolutely agree – Una on the front desk made my anxious teen feel so welcome", "Una"),
        ("the hygienist Siobhan is a gem, told her about my dental anxiety", "Siobhan"),
        ("Best hygienist in town! Roshni is a gem", "Roshni"),
        ("Staff spotlight: our receptionist Maria is fluent in Spanish.", None),
        ("Call Jessica at the front desk to book.", None),
        ("Say hello to Hope Baker at the front desk this week!", None),
        ("Our hygienists can help with bad breath. Ask at reception.", None),
        ("Patience is the best medicine, said no toddler ever", None),
        ("Post-op instructions are available in English and Spanish at the front desk.", None),
        # (lower83) typed in lower case: a form's date with the month's short name; a plate
        # after the car; not a car park's size nor a plate's in millimetres
        ("date of admission: 17-jan-2025. diagnosis: pneumonia.", "17-jan-2025"),
        ("auto placa b7k-319 bloqueando la cochera del consultorio", "b7k-319"),
        ("security note: white corolla nkr-481 in the staff bay again", "nkr-481"),
        ("our car park has 20 spaces for patients", None),
        ("plate size 100-200 mm for the new sign", None),
        # (places83) "I live in" in Spanish; not "alive"
        ("¿Atienden los sábados? Vivo en Cartago y trabajo de lunes a viernes.", "Cartago"),
        ("Estoy vivo en casa, gracias a Dios.", None),
        # (clean83) news on a source's word or of a body's doing; a public title in
        # Portuguese and Spanish
        ("Dengue cases rising in Petaling Jaya, says Malaysian health ministry.", None),
        ("Measles cases climbing again in Lubbock County per the state health dept", None),
        ("The Lancet published the trial from Kampala showing benefit of early ART.", None),
        ("O ex-presidente Lula passou por uma cirurgia no quadril, segundo a imprensa.", None),
        ("my son was seen in Kisumu and the ministry says it was cholera", "Kisumu"),
        # (clean83) the practice's own branch by its town, in its own voice; not a patient's
        # care there
        ("Dr. Ortega is accepting new patients at our Riverside location.", None),
        ("My son was treated at our Ashford surgery last week", "Ashford"),
        # (places83) where a family lives in Russian and Ukrainian; not a country
        ("Хочу записать сына к ортодонту, живём в Казани.", "Казани"),
        ("Я живу в Харкові, син має біль.", "Харкові"),
        ("Мы живём в России уже 10 лет.", None),
        # (review) and the verbs the fold spells with Latin letters ("мeшкaємo", "poдoм")
        ("Мій син хворіє, ми мешкаємо у Львові.", "Львові"),
        ("Моя мама родом из Твери, у неё болит зуб.", "Твери"),
        # (names83) a quoted name on a belonging; not a product's; a chat log's speaker
        ('Lost & found: blue retainer case with the name "ELIF" on it.', "ELIF"),
        ('The new chair has the name "Comfort Plus" on it', None),
        ("Chat log 09:14 kasia_w88: hi is the clinic open tmrw?", "kasia_w88"),
        ("At 10:30 Reminder: bring your card", None),
        # (devices83, phones83, addresses83) a sensor's serial; a serial someone registered;
        # an emergency contact's number; a courier's note of where to leave a parcel
        ("New CGM reader Libre sensor 0M9A7X4KQ2 won't pair with my phone", "0M9A7X4KQ2"),
        ("The device serial you registered is SN-CPAP-55G7120X.", "SN-CPAP-55G7120X"),
        ("Replace the sensor every 14 days.", None),
        ("emergency contact relationship: mother; phone: (0)24 777 8812", "(0)24 777 8812"),
        (
            "Delivery instructions: leave with neighbour at No. 7, Jalan Ampang Hilir, KL.",
            "No. 7, Jalan Ampang Hilir, KL",
        ),
        # (ages83) an age typed "shes 92" or said "exactly"; not a share or a count
        ("hi can i bring my nan shes 92 to the walk in", "92"),
        ("pt in her late 90s, 98 exactly, broke her wrist. cast or nothing?", "98"),
        ("shes 95% sure it was the pasta", None),
        ("We have exactly 95 seats in the hall", None),
        # (names83) a friend spoken to and teased as famous; not a public figure
        ("lol Yusuf you're famous now, the hygienist asked about you", "Yusuf"),
        # (dates83) a day and a month after a day's own word, with no preposition; not in a
        # text about no one
        ("HR: Ewa Nowak returned to work 14/10 after sick leave.", "14/10"),
        ("Coroner's notification: Declan Murphy, date of death 28/12.", "28/12"),
        ("Policy effective 30/04 for all staff.", None),
        # (lower83) a plate after its label and a postcode after its, in lower case; not a
        # fee, a date to register by or a plate's size
        ("a silver corolla, plate gr 4521-19, scraped my car in your lot", "gr 4521-19"),
        ("la voiture immatriculée ej-482-kt bloque l'entrée du cabinet", "ej-482-kt"),
        ("postcode is sw9 8qt, is that in your catchment?", "sw9 8qt"),
        ("reg fee is 250 dollars for the course", None),
        ("register by 2026 for the new plan", None),
        ("the plate size is 100 mm", None),
        # and the same words of a person stay found
        ("my son was seen on 3/12 and is 2 years old", "3/12"),
        ("my neighbour turns 96 today and still flosses", "96"),
        ("my uncle Shah Rukh Khan's tooth hurts", "Shah Rukh Khan"),
    ],
)
def test_what_read_sets_79_to_82_showed(text: str, found: str | None) -> None:
    assert_blocked_as_stated(text, found)


def test_a_doctors_own_notice_abroad_is_no_patients_words() -> None:
    """(staff79) The doctor's own leave notice in Swahili names no doctor in a patient's
    words (the tagger may still read the name: the practice's staff list lets it pass)."""
    text = "Daktari Kamau atakuwa likizo wiki ijayo."
    assert not [f for f in find_phi(text) if f.reason.endswith("[name.doctor_in_own_words]")]


@pytest.mark.parametrize(
    ("text", "found"),
    [
        # (emails87) a mailbox with a dot in its name and a provider of another country,
        # spelled out; not a site spelled out after "us at"
        ("pls send the x-ray to dovile.k at inbox dot lt, I need it", "dovile.k at inbox dot lt"),
        ("my email is tomas at abv dot bg", "tomas at abv dot bg"),
        ("Visit us at www dot brightsmiles dot com for our hours", None),
        # (ids87) an account's number after its label, its check digits right or not; the
        # payer's account in a bank's alert; a national number after its Cyrillic label
        (
            "Debit alert: EUR 80 taken from account DE44 5001 0517 5407 3249 30. Not you? Call us.",
            "DE44 5001 0517 5407 3249 30",
        ),
        ("Меня зовут Айгерим, ИИН 900415300123, хочу записаться", "900415300123"),
        ("Our model AB12 CDEF GHIJ KLMN OP is new", None),
        # (clean84) a French free line as France writes it; a mobile stays a person's
        ("Ligne d'écoute gratuite au 0 800 123 456, 7 jours sur 7.", None),
        ("Rappelez-moi au 0 612 34 56 78 svp", "0 612 34 56 78"),
        # (dates87) a date in Russian or Ukrainian words, or a day alone after "на", in a text
        # of someone; not a clinic's notice or a holiday
        ("Мама после операции 12 марта, держится температура. Это нормально?", "12 марта"),
        ("Сыну перенесли приём на 20-е, напомни ему", "20-е"),
        ("Наша клиника закрыта 8 марта.", None),
        ("9 мая — День Победы, мой кабинет не работает", None),
        ("Dr. Okafor's office: your pathology from Oct 3 is back, please call.", "Oct 3"),
        ("Pathology services close Nov 20 for staff training", None),
        # (names87) the writer's name in Russian, Ukrainian and Kazakh; a son in Ukrainian
        ("Меня зовут Айгерим, болит зуб", "Айгерим"),
        ("Мене звати Оксана, болить зуб", "Оксана"),
        ("мій син Тарас захворів", "Тарас"),
        # a name then "ur" or a word of endearment; not a chat's interjection
        ("Kemi ur braces look amazing wow", "Kemi"),
        ("Rasha habibti the swelling goes down in 3 days", "Rasha"),
        ("Yalla habibi, see you at 5", None),
        # a town's name greeted and thanked for a review is a person's; a town thanked for
        # coming is its crowd
        ("Hey Marion, thanks for the lovely review!", "Marion"),
        ("Thank you Glasgow for coming to our health fair!", None),
        # a nurse by title in a patient's praise; not a nurse's role
        ("Big shoutout to Nurse Blessing for her patience with my son", "Blessing"),
        ("Shoutout to Nurse Precious at the front desk, always smiling", "Precious"),
        ("Nurse Practitioner appointments are available on Tuesdays", None),
        ("I became a Nurse Manager last year", None),
        ("Dr Pierre se yon bon moun, li te ede pitit mwen anpil", "Pierre"),
        # a ward's patient by name; not a ward's service
        ("Inpatient Oluwaseun Adeyemi, ward 4C, bed 2: dental review please", "Oluwaseun Adeyemi"),
        ("Inpatient Physiotherapy is on the second floor", None),
        # (places87) the branch the writer went to; where one works
        ("went to your Tallaght branch and waited two hours for nothing", "Tallaght"),
        ("Walk-ins are welcome at your Riverside branch.", None),
        ("Call your Main Office for details", None),
        ("my husband works at the Tyson plant, cut his hand on a saw", "Tyson"),
        ("The Ford plant closed in 2019", None),
        # (clean87) a disease or a day in another language; an illness by its describer
        # after "called"; letters before a thing; a hospital's own news in French
        ("Morbus Crohn und Zahnfleischbluten – gibt es einen Zusammenhang?", None),
        ("Dzień Matki: życzenia dla wszystkich mam!", None),
        ("Why is it called Bell's palsy? my face drooped overnight", None),
        ("Xolani's surgery went well and he's home", "Xolani"),
        ("Look for the ADA Seal of Acceptance on toothpaste.", None),
        ("Le CHU de Nantes recrute des aides-soignants pour son service de pédiatrie.", None),
        ("Mon fils est hospitalisé au CHU de Nantes depuis lundi", "CHU de Nantes"),
        ("Chopin's heart is kept in a church in Warsaw.", None),
        # (lower87) a record's number typed in lower case after its label; not "is"
        ("my member no. dhms 9921 4408, can you check my claim", "dhms 9921 4408"),
        ("policy no. is 4471 9920", "4471 9920"),
        # (dates87) a day and a month after an admission's or an operation's own word in the
        # Nordic languages; not a practice's closing day
        ("Mor ble innlagt 03.02 med lungebetennelse", "03.02"),
        ("min søn blev opereret den 12.03 på Rigshospitalet", "12.03"),
        ("Praksis lukket den 24.12", None),
        # (lower87) a case's person from a town typed in lower case (GeoNames' towns, no
        # everyday word); a doctor named in lower case in a patient's words
        ("27-year-old female welder from sudbury, burn on forearm", "sudbury"),
        ("fall: 88 y/o retired dentist from thunder bay, wrist fracture", "thunder bay"),
        ("our lady of lourdes hospital in drogheda is under pressure, the hse said", None),
        ("45m from work with chest pain, sweaty", None),
        ("thank you dr. antwi and team for taking such good care of my mom!", "antwi"),
        ("my dr said i need a crown", None),
        ("thank u dr pepper lol", None),
        # (clean87) an institution's name with a particle, in Italian, French and German;
        # a children's entertainer; a drug by its ending
        ("Un nuovo studio dell'Università di Bologna sulla parodontite.", None),
        ("L'Institut Pasteur de Lille publie une étude sur la grippe.", None),
        ("Weiß jemand, ob Zahnreinigung von der Krankenkasse übernommen wird?", None),
        ("Meine Tochter Annika von der Heide hat Fieber", "Annika von der Heide"),
        ("Ms Rachel's toothbrushing song is on repeat in our house", None),
        ("Naloxone is now available over the counter, no prescription needed.", None),
        # (staff87) a clinician named in a review's praise or complaint; not a practice's
        # history in its newsletter
        ("Dr Achebe is the best. Period.", "Achebe"),
        ("Dr. Novak always rushes, waited 40 min for 5 min of his time", "Novak"),
        ("we miss Dr. Qureshi so much, where did he go?", "Qureshi"),
        ("Dr. Nicole Dubois opened our doors on Rue Saint-Denis, Montreal.", None),
        # a colleague with the team in a patient's words; not the practice's voice
        ("Aroha and the girls at reception are the best, so welcoming", "Aroha"),
        ("Dr Smith and the team wish you a merry Christmas!", None),
        # (places87) the branch the writer drives past, a patient seen at the practice's
        ("I drive past your Kelowna office every day, finally booked!", "Kelowna"),
        ("Pt seen at our Chatswood clinic with 2-day hx of facial droop", "Chatswood"),
        ("Our therapy dog is a Jack Russell and visits on Fridays.", None),
        ("Mr Muscle is not for cleaning dentures.", None),
    ],
)
def test_what_read_sets_83_to_86_showed(text: str, found: str | None) -> None:
    assert_blocked_as_stated(text, found)


@pytest.mark.parametrize(
    ("text", "found"),
    [
        # (forms87) a sports, camp or school form's holder, after a dash or with an initial;
        # the form's own words of sport make no public figure of them
        (
            "Sports physical — Athlete: Braelyn Cutter; Sport: rodeo; Parent phone: 605 892 44 17.",
            "Braelyn Cutter",
        ),
        ("Camp form: Camper: Oisín Byrne, cabin 4, allergic to peanuts", "Oisín Byrne"),
        ("Chart: K. Running Horse, #8 #9 avulsed in a fall", "K. Running Horse"),
        ("Chart: Class II malocclusion, crowding.", None),
        ("Child: Yes", None),
        # (dates87) a day and a month after what a chart's line says was done that day,
        # with a full stop as Europe writes it; a full date after an implant's placing
        ("Seen 12.06: 41F, 3rd episode of pericoronitis on 38.", "12.06"),
        ("Pt seen 3.5 times a week, 41F, no change.", None),
        ("My son fell 7/4 and chipped a front tooth.", "7/4"),
        ("Implant card: BLT 4.1 x 10, placed 11/06/2021 at 36.", "11/06/2021"),
        ("We have placed 3/4 of this year's implants with guided surgery.", None),
        # (dates91) a date in Swahili's words
        ("Mtoto wangu Baraka aling'olewa jino tarehe 3 Machi.", "tarehe 3 Machi"),
        # (staff91) a Spanish or Portuguese woman doctor thanked (her title's stop ends no
        # sentence); the doctor who referred a patient; clinicians praised as angels
        ("Obrigada Dra. Camila, o implante ficou perfeito!", "Camila"),
        ("Referral from Dr Amoako for a 63M with a 4 cm neck mass. Next step?", "Amoako"),
        ("We welcome referrals from all local dentists and doctors.", None),
        ("Dr. Kaur and her assistant are angels", "Kaur"),
        # (ages91) an age over 89 with the writer's wonder in brackets
        ("My grandmother is 103 (!!) and wants her teeth whitened.", "103"),
        # (handles91) a network as the verb
        ("snap me at jade.bxbyy if anyone wants the discount code", "jade.bxbyy"),
        ("snap me at lunch time", None),
        # (names91) a name after a child's age; not a person's kind
        ("2 y/o Zaylee swallowed most of a tube of toothpaste", "Zaylee"),
        ("45 y/o Caucasian male with chest pain", None),
        ("70 y/o Korean-American grocer, hx of hep B, new liver mass", None),
        # (names91) a given name before words of another language is no genus and species
        ("Asante daktari, mtoto wangu Baraka anaendelea vizuri baada ya upasuaji.", "Baraka"),
        ("Candida albicans is the usual cause of denture stomatitis.", None),
        # (places91) a case's town before the patient's trade; not a trade's kind
        ("66M, Kilkenny farmer, hx actinic damage, scaly lesion on lip", "Kilkenny"),
        ("66M, dairy farmer, hx actinic damage, scaly lesion on lip", None),
        ("33 yo Nigerian nurse relocating to the UK: which vaccines?", None),
        # (names91) a name after Tagalog's article of a person, though a word follows it as
        # a species would; the writer as "it's me" names them
        ("Kumusta po, ako po si Marites taga Caloocan, magkano po ang pasta?", "Marites"),
        # (dates91) a short message of the writer in German: its day of care
        ("Wie lange muss ich warten? Termin bei Dr. Schröder war am 14.05.", "14.05"),
        # (staff91) a family name's particles inside a doctor's name; (ids91) an employee's
        # number as HR shortens it
        (
            "Dr Van der Merwe is amazing with anxious patients, even my husband went back",
            "Van der Merwe",
        ),
        ("HR: Priyanka Deshmukh, emp #40718, requests a schedule change.", "40718"),
        ("Our emp of the month is a hygienist with 9 years here.", None),
        # (exams91) an exam's, a teaching case's or an anonymised case's town and age over
        # 89 stay: Safe Harbor takes them out whatever the case says of itself
        ("exam q: A 45-year-old woman from Karachi presents with fever. Best therapy?", "Karachi"),
        ("Exam question: A 93-year-old man presents with chest pain. Diagnosis?", "93"),
        ("Case (anonymised for journal club): a woman in her 40s from Kano, fistula.", "Kano"),
        ("Exam Q: A 45-year-old woman presents with fever. Best empirical therapy?", None),
        # (places91) a town asked for care with a relative in another language is theirs,
        # though the sentence speaks of new patients too; a practice's notice is no one's
        (
            "Je cherche un dentiste à Trois-Rivières qui accepte les nouveaux patients, mon fils"
            " a 6 ans et une carie.",
            "Trois-Rivières",
        ),
        ("Le cabinet à Lyon accepte les nouveaux patients.", None),
        # (phones91) a Philippine mobile, though Britain's premium lines share its shape
        ("Texted 0917 555 2301 twice about the retainer, no reply.", "0917 555 2301"),
    ],
)
def test_what_read_sets_87_to_90_showed(text: str, found: str | None) -> None:
    assert_blocked_as_stated(text, found)


@pytest.mark.parametrize(
    ("text", "found"),
    [
        # (dates95) a weekday and its ordinal told of the one it was booked for, done to or
        # happened to; not a notice's day
        ("Booked for Friday 22nd at 3, see you then!", "Friday 22nd"),
        ("Went in last Friday the 9th and they were fully booked", "Friday the 9th"),
        ("Notice: parking lot resurfacing on Tuesday the 14th, use the rear entrance.", None),
        ("Vaccines for the flu season arrive on Wednesday the 14th; no booking needed.", None),
        ("Appointments available on Saturday the 9th, call to book.", None),
        # (names95) a pet's name is no one's; a son's is his
        ("lol my dog's name is Molar", None),
        ("LOL my dog named Tylenol ran away again", None),
        ("my son's name is Molar and he is 6", "Molar"),
        # (names95) a word of Spanish or Portuguese that is a given name too, before what it
        # governs, and a greeting alone; a name before a verb or a comma stays one
        ("Dolores de cabeza por las mañanas: puede ser bruxismo.", None),
        ("Esperanza de vida en Chile: 81 años según el último informe.", None),
        ("Nuestra nueva higienista empieza el lunes. ¡Dale la bienvenida!", None),
        ("Glória a Deus, finalmente sem dor de dente 🙏", None),
        ("Olá! É normal a gengiva inchar depois de colocar o aparelho?", None),
        ("Case: 70F, Dolores, bilateral shoulder stiffness, ESR 78. Steroids?", "Dolores"),
        ("Ola ma gorączkę od wczoraj", "Ola"),
        ("Rosa de Lima tiene cita el lunes", "Rosa de Lima"),
        # (dates95) a day past 12 and a month in figures anywhere in a person's sentence, as
        # a month first is read; a range's end in a dotted date; not all hours, nor a
        # sentence about no one
        ("Jaswinder's contract ends 30/06 unless renewed.", "30/06"),
        ("Pupil: Tomasz Wiśniewski, Year 4, absent 14/11 and 15/11.", "14/11"),
        ("HR note: Blessing on sick leave from 15.05 to 22.05 after oral surgery.", "22.05"),
        ("We are open 24/7 and my mum loves it", None),
        ("The trial ran 13/05 to 20/06 in 40 sites.", None),
        ("Rated my new crown 13/10, would recommend.", None),
        # (clean95) a review's score before what it scores; a day of the month stays one
        ("the hygienist was so gentle with my son, 10/10 service", None),
        ("My daughter had her braces off on 10/10 and she loves her smile", "10/10"),
        # (names95) a doctor spoken to as such in another language, a verb after "doctor",
        # a saint's name in a hospital's; (clean95) an eponym in a list before a hyphen, a
        # syndrome after the age and sex
        ("Daktari, ni kawaida meno kuuma baada ya kusafishwa?", None),
        ("mi hijo salió con miedo, pero el doctor tuvo mucha paciencia", None),
        ("fui con la dra. sandoval y me encantó", "sandoval"),
        ("O Hospital de São João, no Porto, é referência em transplantes.", None),
        ("Joao is my son, he's 7 and has a loose tooth", "Joao"),
        ("Hashimoto's, Graves', Addison's - several can show up first in the mouth.", None),
        ("27F, Ehlers-Danlos, recurrent TMJ subluxation. Management ideas?", None),
        ("27F, Winston-Salem, recurrent TMJ subluxation. Management ideas?", "Winston-Salem"),
        # (ids95) a plate after the vehicle's word, with a third part
        ("Placa del vehículo GHT-482-B bloqueando la entrada de urgencias.", "GHT-482-B"),
        # (places95) a parent's "both kids" seeking care near a town; a steelworks' town;
        # a case's school, the case's verb ending as a plural does
        ("anyone recommend an orthodontist around Kanata? both kids need braces", "Kanata"),
        ("26M, type 1 DM, works nights at the Port Talbot steelworks. Pump?", "Port Talbot"),
        ("58M works at the steel mill, chest pain", None),
        ("17M, plays rugby for Lincoln High School, avulsed 11. Replant?", "Lincoln High School"),
        ("Our team visited Lincoln High School to teach brushing!", None),
        ("Our 10M campaign works wonders", None),
        # (names95) a child named by their mother in Spanish, not God's mother; the writer
        # after a good morning and Portuguese's article
        ("Hola!! soy la mamá de Thiaguito, ¿le pueden poner flúor?", "Thiaguito"),
        ("La madre de Dios es la patrona de la ciudad.", None),
        ("Bom dia, sou o Zé Manel, posso mudar a consulta?", "Zé Manel"),
        # (places95) where a case lives, said so after the age and sex; a student's college
        ("34F, Kowloon City resident, persistent cough 6 wks. Next step?", "Kowloon City"),
        ("34F, long-term resident, persistent cough", None),
        ("19F student at UW–Stout, sore throat, palpable spleen. Next step?", "UW–Stout"),
        ("Mark Zuckerberg was a student at Harvard when he founded Facebook.", None),
        ("Our dental students at King's College will shadow us this summer.", None),
        # (staff95) a colleague praised in a patient's Spanish or Portuguese; not God, a town,
        # nor the practice's own
        ("La higienista Carmen es un amor con los niños", "Carmen"),
        ("Deus é amor", None),
        ("Lisboa é um encanto!", None),
        ("Nossa higienista Carla é a melhor, venha conhecer!", None),
        # (places95) a ZIP code near which the writer looks for care; not a notice's, nor a count
        ("Is there any free dental clinic near 60629? my son has a cavity", "60629"),
        ("Find a free clinic near 60629 by calling 311.", None),
        ("There is a clinic near 10000 people in my town", None),
        # (ids95) a Japanese plate
        ("Car with plate 品川 300 あ 12-34 parked in the disabled bay.", "品川 300 あ 12-34"),
    ],
)
def test_what_read_sets_91_to_94_showed(text: str, found: str | None) -> None:
    assert_blocked_as_stated(text, found)


@pytest.mark.parametrize(
    ("text", "found"),
    [
        # (dates99) a date in another language's words of a name only the tagger reads, and
        # "I have an appointment" abroad as the writer's own; not a notice's day
        ("Sono Chiara Benedetti, avevo appuntamento il 12 marzo ma non posso venire.", "12 marzo"),
        (
            "Tengo cita con la Dra. Paredes el jueves 4 de abril, ¿puedo cambiarla?",
            "jueves 4 de abril",
        ),
        ("Ich habe einen Termin am 3. Juni, kann ich ihn verschieben?", "3. Juni"),
        ("La clínica cierra el 25 de diciembre por Navidad.", None),
        # (dates99) a Tagalog date written month first, in a person's message
        ("Doc, pwede po ba magpa-schedule yung daughter ko sa Hulyo 22 ng hapon?", "Hulyo 22"),
        ("Sarado po ang klinika sa Hunyo 12, Araw ng Kalayaan.", None),
        # (vehicles99) an Emirates plate near the vehicle; not a flight
        (
            "Please move vehicle Abu Dhabi 5 12345, it is blocking the ambulance bay.",
            "Abu Dhabi 5 12345",
        ),
        ("Flight Dubai EK 203 lands at 9, the shuttle leaves at 10.", None),
        # (handles99) a trade's word run into a given name is a person's handle
        ("lol @nursejenny_22 is that your clinic in the photo?", "@nursejenny_22"),
        ("Follow @dentalcare_nz for tips on brushing", None),
        # (places99) a dental visit where someone was, not a trip's end
        ("pt reports last dental visit was in Karachi in 2019, heavy calculus.", "Karachi"),
        ("Can I fly to Karachi two days after an extraction?", None),
        # (clean99) an automated notice's "your prescription is ready": everyone's words
        ("Your prescription is ready for pickup. Reply STOP to opt out.", None),
        ("Your lab results are available. Log in to the portal to view them.", None),
        ("Hi, your biopsy came back clear and your prescription is ready", "biopsy"),
        # (clean99) German's nouns in a German sentence; a name there is still one
        ("Ich habe seit drei Tagen Zahnfleischbluten, ist das normal?", None),
        ("Welcher Zahnarzt ist am Samstag erreichbar?", None),
        ("Meine Tochter Lena Hoffmann hat Fieber", "Lena Hoffmann"),
        # (clean99) an acronym after the article of a Spanish word that is a name too; a
        # hypermarket's name; "the" before a word that is a name in no one's sentence
        ("Según la OMS, la caries es la enfermedad más común del mundo.", None),
        ("Free parking at the Lulu Hypermarket opposite the clinic.", None),
        ("Either the Mater or the Royal will have a dentist on call tonight.", None),
        ("My son was at the Royal for a week after his fall", "Royal"),
        # (clean99) a chat's line after "User:"; a case's injury from a sport, not a town
        ("Bot: What would you like to do? User: cancel please", None),
        ("User: kmorris_88 logged in at 02:14", "kmorris_88"),
        ("22M, facial trauma from rugby, lip laceration. Sutures?", None),
        ("22M from rugby, lip laceration. Sutures?", "rugby"),
        # (addresses99) a Canadian postal code after its town or province
        ("Parcel for J. Tremblay, Gatineau QC J8Y 3R5, is delayed by the storm.", "J8Y 3R5"),
        # (names99) a form's surname and given names; a letter's "Dear Ms", whatever the word
        ("Visa no. X8812034, surname Okafor, given names Chidinma Grace, expiry 2030.", "Okafor"),
        ("Top baby names this year: first names Olivia and Noah lead again.", None),
        ("Dear Mrs Tan, your daughter's braces review is on Wed 9 July.", "Tan"),
        ("Mrs. Dash seasoning is salt free", None),
        # (dates99) a day in Hindi's, Swahili's and Tagalog's words with no month; a day and
        # a month in figures with a dot between; not a value, a price nor a time
        ("Rohan ka appointment 22 tarikh ko hai, yaad rakhna", "22 tarikh"),
        ("Sanjay: Nani ka operation 17th ko hai, kaun le jayega?", "17th"),
        ("Mtoto wangu Imani ana kikohozi tangu tarehe 9.", "tarehe 9"),
        ("Pwede po ba si Liza sa Biyernes, ika-20?", "Biyernes, ika-20"),
        ("Sa Sabado, ika-2 anibersaryo ng aming klinika!", None),
        ("Pani Zofia Mazur, wizyta kontrolna 07.11, gabinet 3.", "07.11"),
        ("Frau Keller hat angerufen, ihr Termin am 3.9. muss verschoben werden.", "3.9."),
        ("My daughter's Hb was 9.2. Her iron is low too.", None),
        ("my son's BMI 22.05 and rising", None),
        ("I paid € 12.05 for my son's prescription", None),
        ("see you at 12.05 with my mum", None),
        ("The clinic reopens 14.03 after the holidays.", None),
        # (places99) where a person is from in Tagalog, Swahili or chat Arabic; not experts
        # from a city in a notice; Swahili's "I am" is no one called Mimi
        ("Habari daktari, mimi ni Halima kutoka Kisumu, jino linauma.", "Kisumu"),
        ("Mtoto wangu ana homa, tunaishi Arusha.", "Arusha"),
        ("Wataalamu kutoka Nairobi watatembelea kliniki wiki ijayo.", None),
        ("Habari! Mimi ni Halima, naomba miadi.", "Halima"),
        ("salam ana mn Irbid w 3andi waja3 asnan", "Irbid"),
        # (addresses99) a tagger's address goes on to its town as a rule's does
        (
            "Statement of account for T. Parata, PO Box 311, Kaitaia — balance due $120.",
            "PO Box 311, Kaitaia",
        ),
        # (ages99) an age over 89 with another language's word for years, after a title of
        # that language, and Swedish's "is"; a title alone or inside a run opens no name;
        # German's polite "Ihr" and its nouns are no name
        ("Dzień dobry, mój dziadek ma 94 lata i boli go ząb.", "94"),
        ("Einweisung: Frau Ilse Brandt, 93 J., aus dem Pflegeheim, Fieber.", "93"),
        ("Consulta: la Sra. Quiroga de 96 años tiene una úlcera en el talón.", "96"),
        ("Min mormor Karin är 95 och har ont i munnen.", "95"),
        ("Estimada Sra. Fuentes, le recordamos su cita del lunes 3 de junio.", "Fuentes"),
        ("Tagesbericht: Bewohnerin Frau Lehmann, Zimmer 2, seit gestern verwirrt.", "Lehmann"),
        ("Sehr geehrte Frau Albers, Ihr Termin am 3. Juni ist bestätigt.", "Albers"),
        ("The Queen lived to 96, so she knew how to look after herself.", None),
        # (clean99) a price list's day, whatever a child's check-up costs; a person's fees'
        ("Prices from 1 July: check-up £60, child check-up free.", None),
        ("Our rates go up on 3 March, kids under 5 still free.", None),
        ("my fees from 3 May were never refunded, my son was seen twice", "3 May"),
        # (places99) the street of the practice someone goes to; not the practice's own
        ("is this the same surgery on Elm Road? my nan goes there", "Elm Road"),
        ("Our office on King Street opens Monday", None),
        ("The surgery on Mill Lane is closed today due to flooding", None),
    ],
)
def test_what_read_sets_95_to_98_showed(text: str, found: str | None) -> None:
    assert_blocked_as_stated(text, found)


@pytest.mark.parametrize(
    ("text", "found"),
    [
        # (ids103) a national number in brackets after its label; Sri Lanka's NIC, a school's
        # roll number, a Czech account; not a label's note in brackets, nor the word alone
        ("Our Aadhaar (6230 1184 5527) is on the camp form for my daughter.", "6230 1184 5527"),
        ("Medicare (65 and over) covers the flu shot.", None),
        ("Your PIN (4 digits) is needed at the kiosk.", None),
        ("Pt Nuwan Silva, NIC 198745601234, extraction booked.", "198745601234"),
        ("The NIC recommends two doses for adults.", None),
        ("Pupil Tanvir Hossain, roll no. 4417, missed class for a filling.", "4417"),
        ("Your roll no. is on the timetable, see page 2.", None),
        ("Dobrý den, můj účet 27-1188004411/0100 byl zablokován.", "27-1188004411/0100"),
        # (ids103) a template's code with a hash sign after its letters
        ("Kiosk log: thumbprint template TP#55120-R1 enrolled for the new porter", "TP#55120-R1"),
        # (ids103) an address with "(at)" in brackets, any country's ending; a person's page at
        # an example domain; a personal blog named after its writer
        ("email me at kowalska.a (at) onet.pl if you want the leaflet", "kowalska.a (at) onet.pl"),
        ("write to you [at] example.com with the form", None),
        ("we meet (at) noon. Then lunch", None),
        (
            "I found my daughter's page https://records.example.org/u/amira.haddad online",
            "https://records.example.org/u/amira.haddad",
        ),
        ("Your profile looks like https://portal.example.org/u/yourname once set up.", None),
        (
            "Wrote up my implant saga at brendasbigsmile.blogspot.com for anyone nervous",
            "brendasbigsmile.blogspot.com",
        ),
        ("Read healthnewsdaily.blogspot.com for the flu numbers", None),
        ("Our tips live at brightdentalcare.wordpress.com", None),
        # (dates103) a date field's word for what became of the day; a day and a month with a
        # dash after a care word, a lab's "due back", a stay "since"; a month and its year
        ("Operation date confirmed: Friday 14 March, arrive at 7.", "Friday 14 March"),
        ("Pt Amal, sample taken 14-02, ferritin pending", "14-02"),
        ("My retainer is due back 18/11, can I pick it up?", "18/11"),
        ("My husband has been in since 03-02 and no one calls us", "03-02"),
        ("Our dentist has seen 10-12 children like mine this month", None),
        ("Mr Ortiz, review 06/2026 for the pacemaker check.", "06/2026"),
        # (names103) a surgery's prize box is no contest; a case's name after its age and sex
        # letter run together ("31F Nomvula"), not what the case is, nor a floor's room
        ("Dr Adebayo, thank you for seeing Chidi today, he loved the prize box.", "Chidi"),
        ("Congratulations to Chidi, winner of our colouring contest prize!", None),
        ("31F Nomvula with jaw pain on waking, bruxism?", "Nomvula"),
        ("45M Smoker with chest pain since the morning.", None),
        ("28F Nulliparous with pelvic pain, LMP 3 weeks ago.", None),
        ("Room 3F Maple Suite is on the third floor.", None),
        # (ages103) Lithuanian's years and kin after "mano"
        ("Labas, mano senelis Algirdas jau 94 metai, ar galima implantas?", "94"),
        ("Labas, mano senelis Algirdas jau 94 metai, ar galima implantas?", "Algirdas"),
        ("Mano sūnus turi dantų skausmą.", None),
        # (names103) a word in lower case at a sentence's end, in a sentence with no English
        # word, is that language's (Swahili's "jana", yesterday), no one spoken to
        ("mtoto wangu Imani amechanjwa jana", None),
        ("feels better jana!", "jana"),
        ("ok tysm anna", "anna"),
        # (places103) Swahili's "my", "I am" and "we live", and chat Arabic's "I'm from", make
        # a sentence one about a person, whatever the tagger reads; not a notice's experts
        ("Bibi yangu ana homa, tunaishi Malindi.", "Malindi"),
        ("Habari, mimi ni Neema kutoka Moshi, nina maumivu ya jino.", "Moshi"),
        ("salam ana mn Zarqa w 3andi waja3 dars", "Zarqa"),
        ("Wataalamu kutoka Mombasa watakuwa kliniki Jumamosi.", None),
        # (addresses103) a post box in a sentence that names someone by an initial
        ("Invoice for K. Moana, PO Box 88, Opotiki, balance $60.", "PO Box 88, Opotiki"),
        # (names103) another language's doctor before a name is no part of it
        ("Asante sana Daktari Wanjiru kwa kumtibu baba yangu.", "Wanjiru"),
        # (clean103) what a bill came to; months that are given names too, listed as months
        ("Bill came to €180 for one filling, is that normal?", None),
        ("Bill: $85 for the cleaning", None),
        ("Bill came to see me after his fall", "Bill"),
        ("April, May and June are our busiest months for check-ups, book early!", None),
        ("April, my daughter, has a fever", "April"),
        # (extent103) a text only the tagger blocks is read a second time, as one a rule
        # blocks is: its days in every sentence; not a text blocked by a clinician named alone
        (
            "hamish, you're due your check-up. we have slots on tuesday 14 january",
            "tuesday 14 january",
        ),
        # (lower103) a text typed all in lower case: a town on the gazetteer after "in",
        # "at", "from" is read as with its capital, the place finders' cues and vetoes asked
        ("66m from tiruppur, white patch on the tongue for 3 weeks", "tiruppur"),
        ("referred from a school screening in gazipur, 12f, deep bite", "gazipur"),
        ("we are closed in march for renovations, see you in april", None),
        ("the clinic in london is open on saturdays", None),
        # (clean103) "Our Lady of Lourdes" is a hospital's name, no lady tied to a place
        ("Our Lady of Lourdes Hospital in Drogheda is busy, the HSE said", None),
        ("an old lady from Drogheda fell in our car park", "Drogheda"),
    ],
)
def test_what_read_sets_99_to_102_showed(text: str, found: str | None) -> None:
    assert_blocked_as_stated(text, found)


@pytest.mark.parametrize(
    ("text", "found"),
    [
        # (ids107) labels read sets 103-106 gave numbers after: a medical alert bracelet, a
        # commercial driver's licence, an iqama, an Argentine CBU, "pt #", a plan's card; a
        # label's whose number before a colon; not a free line in brackets, nor a count
        ("Medical alert bracelet no. MA-449120 — pt unconscious", "MA-449120"),
        ("The bracelet no. 2 in the set is blue.", None),
        ("CDL # T2284-5518-0092 needed on the DOT physical form", "T2284-5518-0092"),
        ("CDL holders need a DOT physical every 24 months.", None),
        ("Endo question: pt #20931 had a separated file in MB2.", "20931"),
        ("pt #1 was fine, pt #2 had a dry socket.", None),
        ("worker iqama 2458173906 needs his medical for renewal", "2458173906"),
        ("iqama renewal needs a medical every 2 years.", None),
        (
            "CBU 0170099220000067797370 para el reintegro de la obra social",
            "0170099220000067797370",
        ),
        ("CPF conferido, carteirinha do plano 88213004.", "88213004"),
        ("Aadhaar for Sunita Yadav: 5487 1122 9034, please link it", "5487 1122 9034"),
        ("Policy for new patients: 24 hours notice for cancellations.", None),
        ("Medicare questions? Call 1-800-MEDICARE (1-800-633-4227), open 24/7.", None),
        ("健保卡號 0000 4821 7730，請問補牙要自費嗎？", "0000 4821 7730"),
        ("マイナンバーカード 4829 1047 3316 を保険証として使えますか？", "4829 1047 3316"),
        # (handles107) signed in as an account; a chat app's account after its name in Korean,
        # Chinese or Japanese script
        ("Signed in as drkhan_smiles on IG but the DMs aren't showing up.", "drkhan_smiles"),
        ("Logged in as admin but the page is blank.", None),
        ("加我微信 hk_dentalmama，想问一下洗牙的价格。", "hk_dentalmama"),
        ("微信支付可以吗？", None),
        # (address107) Hungary's street kind as a word after its name
        ("My flat is on Andrássy út 60, near the metro.", "Andrássy út 60"),
        ("the ter 3 results came back fine", None),
        # (ages107) Polish "my dad", Farsi kin in Latin letters, Taiwan's grandma; not a firm
        ("Mój tata ma 93 lata, po udarze źle połyka.", "93"),
        ("Tata Steel has 95 years of history in the town.", None),
        ("salam doctor, pedaram 93 salesh hast va ghaza nemikhore", "93"),
        ("阿嬤今年95歲，假牙一直掉，有牙醫可以到府服務嗎？", "95歲"),
        # (dates107) a day of one patient's course after surgery makes the sentence a case's
        ("Post-op day 3 after lap chole on Oct 9th, now fever 38.6.", "Oct 9th"),
        ("Post-op instructions: no hot drinks until Oct 9th.", None),
        # (names107) a notice for one reader by name; a desk after a comma that is the
        # phone's, not the person's
        (
            "Notice for Fatima Zahra El Amrani: your lab results are ready.",
            "Fatima Zahra El Amrani",
        ),
        ("Notice for Parents: the dental van visits on Monday.", None),
        (
            "found a phone in our waiting room, it belongs to Ayesha Siddiqui, it's at the front desk",
            "Ayesha Siddiqui",
        ),
        # (places107) the place a writer works at, before one of its people
        ("Lincoln Elementary nurse here — a 2nd grader has a loose tooth", "Lincoln Elementary"),
        ("Riverside Dental here! Open till 8 tonight.", None),
        # (clean107) an office after "the"; a way to pay; a Portuguese word read as a declined
        # Polish name; a first of medicine's history, a fun fact; a famous surname alone
        ("Since the King announced his cancer diagnosis, more men ask for checks.", None),
        ("My neighbour King was admitted yesterday", "King"),
        ("Pay with Apple Pay, Visa or Mastercard at reception.", None),
        ("Estou com aftas toda semana, pode ser falta de vitamina?", None),
        ("Byłam z Kasią u lekarza, ząb boli.", "Kasią"),
        ("The first successful hand transplant in the US was done in Louisville in 1999.", None),
        ("My dad had the first successful hand transplant in Louisville in 1999.", "Louisville"),
        ("Fun fact: G.V. Black's cavity classification from the 1890s is still taught.", None),
        ("Ohtani's smile has everyone asking about whitening", None),
        # (vehicles107) a plate after a car's model, whatever bay it blocks
        (
            "Whoever owns the silver Hilux KLM 4482, you're blocking the clinic ambulance bay",
            "KLM 4482",
        ),
        ("The fleet van, plate ABC-5550, is parked behind the clinic", None),
        # (places107) where the writer comes from in Hindi or Urdu; a village in a record
        ("mera naam Rohit hai, Aliganj se hoon, aaj appointment mil sakta hai?", "Aliganj"),
        ("Ye dawai Germany se hai, bahut achhi hai", None),
        ("patient Savitri Devi, village Sahjanwa, needs a review", "Sahjanwa"),
        ("Our Village Dental team is here for you", None),
        # (dates107) an ordinal day alone after the writer's or someone's own doing; not a
        # practice's "we", a floor, a day counted, a grade
        ("stop lying, I was there on the 9th and nobody answered the phone", "the 9th"),
        ("We are closed on the 25th and 26th for Christmas.", None),
        ("I live on the 5th floor, is there a lift?", None),
        ("Dr Lee is away until the 14th, book with Dr Park instead.", None),
        ("My son is in the 4th grade and losing teeth", None),
        # (addresses107) a parcel for someone by name is their door, whatever "delivery
        # address" says; the practice's own delivery address stays its own
        (
            "Parcel for Li Na arriving Wed 16 Oct, delivery address Kungsgatan 44, 411 19 Göteborg",
            "Kungsgatan 44, 411 19 Göteborg",
        ),
        ("Our delivery address for lab work is Kungsgatan 44, 411 19 Göteborg.", None),
        # (places107) a branch a patient names by its place in a sentence of their own visit;
        # not the practice's voice about it, nor a hospital called a clinic
        ("The Elm Creek location needs more staff, waited 45 min past my appt time", "Elm Creek"),
        ("I went to your branch in Alsancak and my filling fell out", "Alsancak"),
        ("The Elm Creek location will be closed Monday for staff training.", None),
        ("Our Elm Creek location is open Saturdays.", None),
        ("The Cleveland Clinic has a good patient handout on TMJ exercises.", None),
        # (clean107) a list of three word-names is a list of words, in no one's sentence
        ("Hope, Faith and Joy: our three new dental chairs need names, vote!", None),
        ("Our kids' toothbrushes come in Rose, Olive and Jade this month.", None),
        ("My daughters Faith, Hope and Joy all need check-ups", "Joy"),
    ],
)
def test_what_read_sets_103_to_106_showed(text: str, found: str | None) -> None:
    assert_blocked_as_stated(text, found)


def test_a_clinician_named_alone_does_not_make_a_text_read_twice() -> None:
    """(extent103) The writer's own clinician blocks until the practice lists them as staff;
    that says no patient, so the place beside them is not read as one's."""
    text = "Thank you Dr Smith and the whole team at Mayo for hosting our CPD evening."
    assert spans(text) == {"name": ["Smith"]}


@pytest.mark.parametrize(
    ("text", "found"),
    [
        # (lower99) a text typed all in lower case is read once more with an age's sex, a
        # record's, a plate's and a token's letters, a weekday and a month written as a
        # note writes them: its ages, days and numbers are found as in mixed case
        ("93f, care home resident, new confusion and fever. uti or something else?", "93"),
        ("member no. xjq 443 9921 — is my crown covered?", "xjq 443 9921"),
        (
            "my son's appointment is on tuesday 14 october at 3, can we move it?",
            "tuesday 14 october",
        ),
        ("his passport no. is l 8820391, pls put it in the letter", "l 8820391"),
        # not a notice's days, a public figure's birthday, a hotline or a year's guidelines
        ("we're open monday to friday 8 to 6 and closed on 25 december", None),
        ("florence nightingale was born 12 may 1820", None),
        ("call nhs 24 on 111 if you need advice", None),
        ("the 2024 guidelines say kids under 3 use a smear of toothpaste", None),
    ],
)
def test_a_text_in_lower_case_is_read_as_a_note_writes_it(text: str, found: str | None) -> None:
    assert_blocked_as_stated(text, found)


@pytest.mark.parametrize(
    ("text", "word", "a_word"),
    [
        ("Ronaldo scored and the crowd went wild, said the nurse", "wild", True),
        # (Dimple is a given name too: the lists keep it)
        ("Newborn with a sacral dimple, no hair tuft. Ultrasound or reassure?", "dimple", False),
        ("Cristiano Ronaldo ha donato fondi per il reparto.", "fondi", True),
        ("Reminder: appt for my daughter grace tomorrow at 3", "grace", False),
        ("lol my son said dimple is his new word", "dimple", False),
        ("Reminder: appt for jayden tomorrow at 3", "jayden", False),
        ("Tenemos rosa, celeste y violeta para tus brackets", "rosa", False),
    ],
)
def test_the_taggers_name_in_lower_case_is_a_word_where_the_writer_capitalises(
    text: str, word: str, a_word: bool
) -> None:
    """(clean95) The tagger's reading of one everyday word in lower case as a name is dropped
    in a text that writes capitals elsewhere; not after a relation or a greeting, not in a
    text all in lower case, not a name of the lists (a colour that is a name too stays)."""
    start = text.index(word)
    assert phi._a_word_in_lower_case(text, start, start + len(word)) is a_word


def test_a_possessive_and_a_relative_abroad_inside_other_words_are_no_kin() -> None:
    """(names91) "welcomes Maria" holds French's "mes" and "mari" (my husband) inside its
    words: no short message about one person."""
    assert not short_text_about_someone(
        "Sunnyside Family Dental welcomes Maria Gonzalez, RDH, who has 15 years of experience."
    )
    assert short_text_about_someone("Mon mari a mal aux dents depuis lundi.")


def test_the_writer_abroad_is_a_word_as_written_not_in_capitals() -> None:
    """(dates91) "eu", "ich", "je" make a short message the writer's; "EU" is the Union and
    "MIR" a space station."""
    assert short_text_about_someone("Eu fiz o canal dia 14 e ainda dói.")
    assert not short_text_about_someone("EU ban on dental amalgam starts 1 January 2025.")


@pytest.mark.parametrize(
    ("text", "not_a_name"),
    [
        ("Sehr geehrte Frau Albers, Ihr Termin am 3. Juni ist bestätigt.", "Ihr Termin"),
        (
            "Kundennummer KD-448190 – Frau Demir, Ihre Rechnung für die Zahnbehandlung",
            "Ihre Rechnung",
        ),
        ("Tagesbericht: Bewohnerin Frau Lehmann, Zimmer 2, seit gestern verwirrt.", "Bewohnerin"),
        ("Estimada Sra. Fuentes, le recordamos su cita del lunes 3 de junio.", "Sra"),
    ],
)
def test_a_title_abroad_names_the_person_after_it_alone(text: str, not_a_name: str) -> None:
    """(names99) A title of another language is a person cue; German's capitalised "Ihr" and
    nouns beside it, a noun before the title and the title alone stay no one's name."""
    blocked = [text[f.start : f.end] for f in find_phi(text) if f.severity == "block"]
    assert not [b for b in blocked if not_a_name in b], blocked


@pytest.mark.parametrize(
    ("text", "found"),
    [
        # (ages111) an age after "turning" however the post signs off; what someone would
        # have been; "at 90" before "she's"; not a reading's "at 92", nor the weather's
        ("Sending love to Granny Maisie on turning 104 xx", "104"),
        ("The new gym's bench press record: 100 x 3", None),
        ("Lovely service for Elsie today, she would have been 99 next month", "99"),
        ("It would have been 95 degrees by noon, so we closed early.", None),
        ("The dentist told my mother that at 90 she's too old for implants.", "90"),
        ("sats at 92 she's on 2L of oxygen now", None),
        ("Her weight is fine, she is 95 and still sharp", "95"),
        # (urls111) a blog at a personal blog host whose name is a three-letter given name's
        (
            "I wrote everything about my IVF on kimsfertilityjourney.wordpress.com",
            "kimsfertilityjourney.wordpress.com",
        ),
        ("Read more on ourdentalnews.wordpress.com", None),
        # (ids111) a German student's matriculation number; Quebec's health card in capitals
        ("DOB 30/09/2001, Matrikelnummer 3380145, Attest benötigt.", "3380145"),
        ("Die Matrikelnummer steht auf dem Studierendenausweis.", None),
        ("Formulaire: Prénom Élodie, NAM TREE 8561 2014", "TREE 8561 2014"),
        # (phones111) a callback number a note gives right after the word
        ("Pt called re: results. Callback +44 7700 900414 after 5pm UK time.", "+44 7700 900414"),
        ("To request a callback on 0345 600 4321, ring the surgery.", None),
        # (clean111) a Tagalog family word owned by "ko"; a state beside another state; a bank
        # or an insurer in a list of ways to pay or insurers
        ("Lola ko, 85 na, ayaw uminom ng gamot sa gabi. Paano po?", None),
        ("Lola is three and has a fever", "Lola"),
        ("Moved from Georgia to Ohio, is my dental insurance still valid across states?", None),
        ("Georgia had a fever last night", "Georgia"),
        ("Chase, Amex and Visa accepted. Payment plans available.", None),
        ("Bupa, AXA and Allianz all cover our hygiene appointments.", None),
        ("Chase, Mia and Leo came for their check-ups with their mum", "Mia"),
    ],
)
def test_what_read_sets_107_to_110_showed(text: str, found: str | None) -> None:
    assert_blocked_as_stated(text, found)


@pytest.mark.parametrize(
    ("text", "found"),
    [
        # a bank's alert of a payment from one customer's account, its "no." the label's
        (
            "Bank alert: a payment of £42.50 to SmileCare was made from account no. 31926648. "
            "Not you? Call the number on the back of your card.",
            "31926648",
        ),
        # a national number the words before call by its name, whatever its check digit
        ("Segue meu CPF para a nota fiscal: 482.119.367-20. Obrigada!", "482.119.367-20"),
        ("Order total 482.119.367-20 reais", None),
        ("A Chilean RUT looks like 12.531.909-3.", None),
        ("Mi RUT para la boleta es 12.531.909-3, gracias", "12.531.909-3"),
        # (Spanish "sin" is "without", not Canada's SIN)
        ("Llame sin costo al 800 123 456 para su cita", None),
        # Tagalog: where the writer lives, a name after its article
        (
            "Nakatira ako sa Mandaue, may alam ba kayong psychiatrist na tumatanggap ng "
            "PhilHealth?",
            "Mandaue",
        ),
        ("nakatira po kami sa Bacoor, saan po malapit na dentista?", "Bacoor"),
        ("Tanong lang po, yung anak ko na si Princess ay 2 years old pa lang", "Princess"),
        ("Sabi ni Doc okay na daw ang ngipin ko", None),
        ("Salamat po! Si Lola Corazon ay 91 na bukas, kumpleto pa rin ang ngipin niya", "91"),
        ("Ang presyo ay 95 na piso lang", None),
        # a fame word that is the name's own; a family name no list holds
        (
            "Insulin pump serial MMT-780G-NG2219 belongs to Oscar Grady, 14, swap due 12 Aug.",
            "Oscar Grady",
        ),
        ("Oscar Grady won an Olympic medal in rowing.", None),
        ("Our hearts go out to the Faleolo family. Sione was a patient here for years.", "Faleolo"),
        # Hindi in Latin letters: the town before its "in"; Dutch: a name's particle
        (
            "Doctor sahab, meri mummy ka sugar test Ludhiana mein karaya tha, 280 aaya hai",
            "Ludhiana",
        ),
        ("Delhi mein aaj bahut garmi hai", None),
        (
            "Dossiernummer NL-TZ-55201: mevrouw de Groot wil haar röntgenfoto's laten opsturen.",
            "de Groot",
        ),
        # a show's character and the show's title (no place)
        ("Elmo's brushing song from Sesame Street is the only way my toddler will brush", None),
        ("Sandy from SpongeBob has better teeth than me", None),
        # Brazil's and Mexico's numbers: the area code in brackets, the number hyphened
        ("Ligação perdida de (21) 99764-0012, acho que é a mãe da paciente", "(21) 99764-0012"),
        ("Llámame al (55) 1234-5678 mañana, es por mi hijo", "(55) 1234-5678"),
        ("Dosage (10) 1234-5678 units", None),
        # a syndrome's eponyms joined by a hyphen
        ("Guillain-Barré after a flu jab — how real is the risk? Patients keep asking.", None),
        # an exclamation, a word made an adjective
        ("Jesus, Mary and Joseph, nobody warned me about dry socket", None),
        ("Pearl-like white bumps on my newborn's gums — are those Epstein pearls?", None),
    ],
)
def test_what_read_sets_111_to_114_showed(text: str, found: str | None) -> None:
    assert_blocked_as_stated(text, found)


@pytest.mark.parametrize(
    ("text", "found"),
    [
        # (names the tagger reads, which the rules leave)
        ("Dr. Nakamura's patients adore her.", []),
        ("Dr. Petrova's patients are in good hands.", []),
        # one patient, or the writer's own words: the name is read as before
        ("my dad is one of Dr Aziz's patients", ["Aziz"]),
    ],
)
def test_a_doctors_patients_in_no_ones_words_name_no_one(text: str, found: list[str]) -> None:
    """(read 115-118) The tagger, taught by texts naming a practice's own doctors, read the
    doctor of "Dr. Haddad's patients love her" as a name: a doctor's patients, all of
    them, in a sentence with no writer's own words, tie no one to care."""
    assert [text[f.start : f.end] for f in find_phi(text) if f.label == "name"] == found


@pytest.mark.parametrize(
    ("text", "found"),
    [
        # the last day of a person's range, after a first day read in a second reading
        (
            "HR note: Carmen Delgado (emp. 44109) on FMLA from June 3 through July 15, back "
            "at the front desk after.",
            "July 15",
        ),
        (
            "FMLA for employee Ashanti Broussard, Employee ID E-77120. Leave from March 4 "
            "through April 29 for post-operative recovery.",
            "April 29",
        ),
        ("We are closed from Dec 24 through Jan 2 for the holidays.", None),
        # a courtesy title's possessive before a test, a fracture: a person's, no eponym's
        ("Mrs Smith's test results are back, can someone call her?", "Smith"),
        ("Mr Okafor's fracture is healing nicely.", "Okafor"),
        ("Schirmer's test was normal in both eyes.", None),
        ("33F hx of Crohn's, on adalimumab, presenting w/ perianal abscess.", None),
        # a school's athlete, a French practice's "cabinet": no public life
        (
            "Student athlete Lachlan Reid, ID 2021-00873, cleared to return to play after "
            "concussion protocol on May 20.",
            "Lachlan Reid",
        ),
        ("Olympic athlete Simone Biles spoke about the twisties in Tokyo on July 27.", None),
        (
            "Mme Dubois, votre enfant Léa a rendez-vous le mardi 14 mai au cabinet de Lyon.",
            "Dubois",
        ),
        # years of age in Hindi and Urdu in Latin letters
        ("Sunita aunty ko dentures chahiye, unki umar 91 saal hai, ghar par aa sakte ho?", "91"),
        ("Dadi ki umr 94 sal hai aur daant dard hai", "94"),
        ("Nani ki umar 75 saal hai", None),
        # where the weather keeps the writer; a firm's product
        (
            "Email from karin.l78@gmail.com: \"Please cancel, I'm stuck in Umeå until the storm "
            'clears."',
            "Umeå",
        ),
        ("Snow closed roads around Leeds today; the clinic opens at noon.", None),
        ("Sanofi's new RSV antibody is approved for infants.", None),
        ("Our Senior Resident Dr. Amy Lee will see new patients from March.", None),
        # a note's "pt" with the number sign; a session's number is no record
        ("Pt #A-3390127 NPO after midnight for sedation.", "A-3390127"),
        ("PT #2 went well, more stretches at home this week.", None),
        # a new colleague as French announces one
        ("Le Dr Marc Lefèvre, chirurgien-dentiste, rejoint notre cabinet de Lyon en mai.", None),
        # a phone beside a name only the tagger reads (in lower case) is that person's
        ("emergency contact: rangi te whare (partner) — +64 21 555 0392", "+64 21 555 0392"),
        (
            "need to reschedule: hamid rezaei, +98 912 345 6789, originally dec 5 2pm",
            "+98 912 345 6789",
        ),
        # a mishap outside the clinic on a day: the person's day, not the clinic's event
        (
            "VIN 1HGCM82633A004352 registered to Luz Carrasco, involved in car park collision "
            "outside the clinic on Aug 3.",
            "Aug 3",
        ),
        ("Our flu clinic on Oct 3 is open to all; Dr. Ana Ruiz will be there.", None),
        # an organisation's word past a comma is the next clause's
        ("Mary Okafor, Care Home resident, fell on Monday.", "Mary Okafor"),
        # Hindi's "hai" ends a short notice in Latin letters; an English "feels better hai!"
        # still names someone
        ("clinic kal band hai", None),
        ("yeh building 100 saal purani hai", None),
        ("feels better hai!", "hai"),
        # a question about a giveaway names no winner: the writer's own handle
        (
            "hey its jaylen from @jaylen.hoops on insta, you guys still doing the whitening "
            "giveaway?",
            "@jaylen.hoops",
        ),
    ],
)
def test_what_read_sets_119_to_122_showed(text: str, found: str | None) -> None:
    assert_blocked_as_stated(text, found)


@pytest.mark.parametrize(
    ("text", "found"),
    [
        # a donor's own body, no gift the news tells of
        ("Anna Nowak donated a kidney in March 2020.", "Anna Nowak"),
        ("Anna Nowak donated part of her liver to her brother.", "Anna Nowak"),
        ("Dolly Parton donated $1 million to vaccine research.", None),
        # a prisoner's, a trial participant's, a parcel's number; a card's "no." after a comma
        ("Prison health: inmate DOC #884210 requesting dentures.", "884210"),
        ("Prisoner no. A4471BX asked for a dentist.", "A4471BX"),
        ("Trial participant ONC-17-0442: cycle 3 delayed.", "ONC-17-0442"),
        ("Trial ID ONC-17-0442 opened today.", None),
        ("Lost my student card, no. U2398841, can the health centre still see me?", "U2398841"),
        ("Parcel JD0002219874563 with your sensors will arrive tomorrow.", "JD0002219874563"),
        ("Our parcel of 20 masks arrived.", None),
        ("Each participant 3 times a week did the exercises.", None),
        # a serial number as German labels it
        (
            "Die Insulinpumpe meines Sohnes (Seriennr. NG4127739H) zeigt einen Fehler.",
            "NG4127739H",
        ),
        # a portal's page whose last part is a user's name
        (
            "Your portal link: https://myhealth.rivergate.org/p/ayana.thompson — don't share it.",
            "https://myhealth.rivergate.org/p/ayana.thompson",
        ),
        ("See our post https://instagram.com/p/Cx12Ab9 for details.", None),
        # a grandmother's age as a chat in Hindi spells her
        ("meri daadi 92 saal ki hain, unko saans lene mein taklif hai", "92"),
        ("La señora del 95 ya pagó.", None),
        ("Nuestra clínica tiene 95 años de historia.", None),
        # the writer's own town abroad; a question to a town's people
        ("Sou a Thaís, estou na fila do transplante há dois anos.", None),
        ("Soy de la opinión que el flúor es bueno.", None),
        ("The Tusla helpline is 1800 666 666 for anyone in Ireland worried about a child", None),
        ("Anyone know a good dentist who takes Medi-Cal in the Bay Area?", None),
        # a donor's follow-up
        (
            "Living kidney donor follow-up: Aleksander Nowak, donated March 2020, BP up.",
            "Aleksander Nowak",
        ),
        # a plate typed in lower case after the vehicle, in many countries' shapes
        (
            "vehicle ka 05 mn 4471 is parked in the ambulance bay, owner please move it.",
            "ka 05 mn 4471",
        ),
        ("could whoever parked the silver golf hh-kl 4521 please move it", "hh-kl 4521"),
        ("car reg 7abc123 seen hitting the fence in our car park at 16:05", "7abc123"),
        ("our van 4x4 100 km away.", None),
        ("the car park has 120 spaces and the van fee is 250.", None),
        # a date of birth with another language's short month; a day of a medevac
        ("Fecha de nacimiento 9-ago-1964 / Tel 33 1502 7784", "9-ago-1964"),
        ("7M, brought from Iqaluit by medevac on Dec 29 with periorbital cellulitis.", "Dec 29"),
        # a firm's new watch, a town's health system, a syndrome by its describers
        ("Samsung's new watch claims to detect teeth grinding — anyone tried it?", None),
        ("Dubbo's health system is stretched this winter.", None),
        ("45F, facial droop with the forehead, vesicles in the canal. Ramsay Hunt?", None),
        # a thing handed out at the desk, a coloured car, milliseconds
        ("Sorry kids, we've stopped handing out Haribo at the front desk, stickers instead!", None),
        ("We now stock Sensodyne Pronamel and Crest Pro-Health at the front desk.", None),
        ("Rania at the front desk is an angel", "Rania"),
        ("The black Mercedes in the staff bay needs to move — visitors please use level 2.", None),
        ("19F college athlete, syncope during practice, ECG shows QTc 510 ms. Workup?", None),
        # a family name on no list after a courtesy title, all in lower case
        (
            "attention staff: mrs. lungu is allergic to latex — red sticker on her file please.",
            "lungu",
        ),
        (
            "we're sorry to hear that, mr. bjørnsson. our practice manager will phone you.",
            "bjørnsson",
        ),
        ("mr. clean magic eraser works on stains", None),
        ("19f college athlete, syncope during practice, ecg shows qtc 510 ms. workup?", None),
        ("45m, smoker, chest pain on exertion", None),
        ("i went to your main office yesterday", None),
        # a greeting in Danish to someone the reminder then speaks to
        ("Hej Ole, påmindelse om din tandlægetid torsdag kl. 10.30. Mvh klinikken", "Ole"),
        # a vehicle "plated" as Italian and Spanish notices say it
        ("Veicolo targato FG 482 KM parcheggiato davanti al posto disabili.", "FG 482 KM"),
        # a utility's business with one home, whatever it says of itself
        (
            "Meter reading for 17 Birch Crescent is overdue, please call us to book access.",
            "17 Birch Crescent",
        ),
        # a child's two mothers
        ("hi we're Dana's moms, can both kids be seen back to back?", "Dana"),
        # a famous clinic's website or article, whatever the writer says of their own doctors
        ("Honestly the Mayo Clinic website is more useful than half the doctors I've seen", None),
        ("The Cleveland Clinic article on POTS is the best explanation I've found anywhere.", None),
        ("I was seen at the Mayo Clinic last spring.", "Mayo Clinic"),
        # a sign and a food named after someone; a dose's frequency; a span of days
        ("Adam's apple swelling on one side after a cold, is that a lymph node?", None),
        ("How many calories in a Big Mac? Asking for our nutrition poster.", None),
        ("35F, dysuria, not pregnant. Nitrofurantoin 100 mg MR BD x 3 days?", None),
        ("Pt 2/7 hx productive cough, sats 91% on air. Admit or home with abx?", None),
    ],
)
def test_what_read_sets_123_to_126_showed(text: str, found: str | None) -> None:
    assert_blocked_as_stated(text, found)


@pytest.mark.parametrize(
    ("text", "found"),
    [
        # a link-in-bio page under a person's name; a tagged friend told it is them
        (
            "Found your clinic via my sister's page linktr.ee/keisha.j.wellness, do you whiten?",
            "linktr.ee/keisha.j.wellness",
        ),
        ("lol @dentalfearsucks this is literally you at every checkup", "@dentalfearsucks"),
        ("Follow @dentalfearsucks for tips on nervous patients.", None),
        # a number spelt digit by digit, then "text me"
        (
            "spaced so bots can't grab it: 0 7 7 0 0 9 0 0 1 2 3 — text me about the carpool",
            "0 7 7 0 0 9 0 0 1 2 3",
        ),
        ("Count with me: 1 2 3 4 5 6 7 8 9 10 — call me when you're done brushing!", None),
        # Qatar's ID card; a pacemaker's serial in brackets; a car's plate in brackets
        ("my QID 28735601234 expired and the health centre won't register me", "28735601234"),
        (
            "I need the serial no. of my husband's pacemaker (PJN784512S) for the MRI form",
            "PJN784512S",
        ),
        ("The serial number (see the back of the card) is needed for the form.", None),
        ("Accident report: my car (CX12RT) was hit in your car park.", "CX12RT"),
        ("We bought a car (RAV4) for the outreach team.", None),
        # family words of Denmark and Latvia before a name; South India's "akka"
        ("Tak for sidst! Min far Svend var meget glad for besøget.", "Svend"),
        ("Sveiki, mana mamma Ilga dzīvo Cēsīs, viņai vajag zobārstu mājās.", "Ilga"),
        ("It takes 5 min far less than you think to floss.", None),
        ("Shalini akka is the best, she does my whole family's cleanings", "Shalini"),
        # "Olá" is a greeting, the name "Ola" is not
        ("Olá, vocês atendem crianças com autismo? Meu filho tem medo de barulho.", None),
        ("Ola, you did great at your appointment today!", "Ola"),
        # intramuscular, no "I'm"; a clinician's town opening a case, not a country
        ("6yo, high fever and a non-blanching rash. IM ceftriaxone before the evac?", None),
        ("Pharmacist in Roma: 70M farmer, bought codeine from 3 towns this week.", "Roma"),
        ("GP in Australia: 50F, HbA1c 11.2, on metformin only.", None),
        ("52F, lives in a fishing village on Lolland, painless lump by the ear.", "Lolland"),
        ("34F, works on a farm on Mondays and Tuesdays, cut her hand on wire.", None),
        ("Nurse in Recovery: pt drowsy but rousable, obs stable.", None),
        ("nurse in leeds: 45f with chest pain radiating to the jaw", "leeds"),
        ("nurse in recovery: 70m drowsy but rousable", None),
        ("i'm a pharmacist in cork - ask me anything about hay fever tablets", None),
        # a note's day; not a bare note number
        ("Please see the attached care notes from 3 May about Dad's fall.", "3 May"),
        ("Note 3/4 is missing from the booklet.", None),
        # one's last dose, not a season's, a day's last slot or a practice's work
        ("Stopped taking them on the 14th and the rash went away.", "the 14th"),
        ("Last shot of the season was Jan 22 at the stadium.", None),
        ("The last appointment on 3 May is at 4pm.", None),
        ("We started the renovation on the 3rd, sorry for the noise.", None),
        ("The last dose was 2.5 mg twice a day.", None),
        # the branch or the street of a practice someone goes to; not a notice, an event
        (
            "does anyone else go to the practice on Mill Lane? the new hygienist is rough",
            "Mill Lane",
        ),
        ("The surgery on Mill Lane closes on Friday for good.", None),
        ("We went to the clinic in Leeds for the conference on Saturday.", None),
        ("Has anyone been to the practice in Spain? Cheaper implants.", None),
        ("We stopped at a café in Hebden Bridge after the walk.", None),
        # eponyms, a show's character, a football club
        ("Why is it called Hutchinson's teeth? Notched incisors in congenital syphilis.", None),
        ("Sister Mary Joseph nodule is a sign of metastatic cancer — an exam favourite.", None),
        ("is the Sesame Street brushing song still on YouTube? my son only brushes for Elmo", None),
        ("Chelsea football club's dentist spoke about mouthguards for youth players.", None),
        # a plate in lower case after "placa", a Mercosul plate's figures apart, the vehicle's
        # word between
        ("carro placa qte4f21 estacionado na vaga de idoso da clínica", "qte4f21"),
        ("placa del vehículo ght-482-b bloqueando la entrada de urgencias", "ght-482-b"),
        ("our van is 4x4 and seats 7, the car park fee is 2 for 3 hours.", None),
        # a region of India or Germany is no one's home (a state is not), a town there is
        ("My mum lives in Kerala and needs a dentist who speaks Malayalam.", None),
        ("My mum lives in Kochi and needs a dentist who speaks Malayalam.", "Kochi"),
        ("My daughter's pediatrician at Piedmont says wait and see.", "Piedmont"),
        # a thing's word after "the" before the word said after a name
        ("the kdrama oppa is cute but his veneers are fake", None),
        ("My big didi is the best, she drove me to the dentist.", None),
        # New Zealand's rural delivery with its town; not a dietitian
        ("My mum lives at RD 2, Waimate.", "RD 2, Waimate"),
        ("Our RD 2, Sarah, runs the diabetes clinic on Tuesdays.", None),
        # a colleague by the role as a title: a patient's words, not the practice's
        ("Why does my shoulder click? Physio Imran says it's fine but it's loud.", "Imran"),
        ("We're sorry to hear this. Receptionist Kayleigh will call you back today.", None),
        # a shop's own brand
        ("honestly the own-brand stuff from Lidl works just as well for me", None),
        # a colleague the practice introduces, and where she grew up
        ("Say hello to Mele, our new receptionist, who grew up in Nuku'alofa!", None),
        ("My mum Aroha grew up in Rotorua and needs a new denture.", "Aroha"),
    ],
)
def test_what_read_sets_127_to_130_showed(text: str, found: str | None) -> None:
    assert_blocked_as_stated(text, found)


@pytest.mark.parametrize(
    ("text", "found"),
    [
        # the number a call or a text came from, whoever the caller says they are; not a
        # notice's line reminders come from
        (
            "Got a call from +44 20 7946 0321 saying they're from your practice asking for card details??",
            "+44 20 7946 0321",
        ),
        ('Text at 1:13am from +27 82 551 3098: "is this the counselling line?"', "+27 82 551 3098"),
        ("You will get a text from 0800 123 4567 the day before your appointment.", None),
        # an age over 89 then what that person does; not a reading "just now"
        ("lmao my nan who is 90 just asked siri to book her a dentist", "90"),
        ("SpO2 was 92 just now, should I worry?", None),
        # a ZIP where one is; not a count
        ("we're in 02139, is there a pediatric dentist nearby who takes MassHealth?", "02139"),
        ("I'm in 10000 steps a day now and my knees hurt", None),
        # one's counsellor doing something of one's matter; the practice's own counsellor
        ("so my counsellor Bernadette wants me to journal every night", "Bernadette"),
        ("Our counsellor Bernadette runs the Tuesday group.", None),
        ("My midwife Mrs Berger was lovely.", None),
        # a support meeting's place in one's words or asked after; a notice's is not
        (
            "does anyone here go to the SMART recovery meeting at Leith library? thinking of going sat",
            "Leith",
        ),
        ("AA meetings in Leeds are listed on their website.", None),
        # a chat's login of letters; a chat's roles are no one's
        ("[10:14] patient: hi [10:15] doctor: hello [10:17] moderator: ok", None),
        # public people, a show, a dental procedure's code, eponyms listed, a score
        ("Like Michael Strahan, some people love their gap and don't want it closed.", None),
        ("Is Sesame Street's toothbrushing song still on YouTube? My 3yo is obsessed.", None),
        ("My son lives on Sesame Street now.", "Sesame Street"),
        ("Tooth #3 and #14 need sealants, #19 on watch. Insurance code D1351.", None),
        ("Member ID D1351 for Jane.", "D1351"),
        (
            "Chadwick's, Goodell's and Hegar's signs — the classic exam trio for early pregnancy.",
            None,
        ),
        ("Sarah's and Tom's tests came back fine.", "Sarah"),
        ("my son watched Cocomelon the whole time, 10/10 distraction", None),
        ("Happy World Oral Health Day! 20 March is a great reminder to book your check-up", None),
        ("Happy Mother's Day! 11 May was when my mum had her surgery.", "11 May"),
        # an insurer's number for a pre-determination, a prior authorisation, a claim
        ("Pre-determination #PD-7720913 approved, D2740 x2, valid until 12/31/2025", "PD-7720913"),
        ("We submit prior authorization requests within 2 business days.", None),
        # a doctor thanked right after the name, in other languages too; the writer's "i" in
        # lower case, Turkish "benim"; a word after "doc." is no doctor's name
        ("Dr Vuković, hvala vam na svemu, prvi put nisam imala strah kod zubara!", "Vuković"),
        ("Dr Okafor, thank you for everything!", "Okafor"),
        ("i think dr patel pulled the wrong tooth?? i went in for the bottom left", "patel"),
        ("Dr. Aslan yaptı benim implantlarımı, çok memnunum.", "Aslan"),
        (
            "my neighbour's mum was started on fluconazole by the out-of-hours doc. Should she get an INR check?",
            None,
        ),
        # a Chinese case note's name and the place one lives; Slovak "I am from"
        ("李伟，男，45岁，牙痛三天，住在浦东，晚上疼得睡不着", "浦东"),
        ("李伟，男，45岁，牙痛三天", "李伟"),
        ("我们诊所位于北京市朝阳区。", None),
        ("Dobrý deň, som z Prešova, 20. týždeň tehotenstva, je to normálne?", "Prešova"),
        ("Som z toho unavená.", None),
        # a holiday's own word, an observance abroad, a month after a day's number; a
        # doctor's brand in lower case
        ("11 listopada – Narodowe Święto Niepodległości, przychodnia nieczynna.", None),
        ("19 Mayıs Atatürk'ü Anma, Gençlik ve Spor Bayramı nedeniyle kliniğimiz kapalıdır.", None),
        ("Moja córka urodziła się 11 listopada.", "11 listopada"),
        ("sabia que o dia mundial da saúde oral é a 20 de março?", None),
        ("Minha filha nasceu a 20 de março e tem febre.", "20 de março"),
        ("my mother-in-law swears by dr. hauschka lip balm after cleanings", None),
        # a pet's name after its breed; public people and a brand in full
        ("Missing dog near the clinic: brown lab called Biscuit, answers to treats.", None),
        ("Madonna and Lauren Hutton made the gap-toothed smile iconic.", None),
        ("Fauja Singh became famous for finishing a marathon at 100.", None),
        ("Does Bob's Red Mill oat bran help cholesterol?", None),
        ("my support group in the evening helps a lot", None),
        # a birth's carers by their role as a title, a family's "our" before its own; a
        # chat's laugh before the one it speaks to in lower case
        (
            "Midwife Jana came for the day-3 postnatal visit and fixed the latch, my nipples were wrecked.",
            "Jana",
        ),
        ("Health visitor Anneke says our girl isn't gaining enough.", "Anneke"),
        ("Midwife Sarah runs our antenatal class on Tuesdays.", None),
        ("lol brent that's what you get for opening beer bottles with your molars", "brent"),
        ("lol mine lost 3 retainers in one year", None),
        # in lower case: a disease by its eponym, "im" before a drug in a case, a pet's name
        ("addison's disease and dental extractions – do they need steroid cover?", None),
        ("vincent's angina (trench mouth) is an old name for necrotising gingivitis.", None),
        ("addison has the flu again", "addison"),
        ("15m with facial swelling after a bee sting, wheeze, bp ok. im adrenaline now?", None),
        ("hi im sarah and my son is 6yo", "sarah"),
        ("lol my dog's name is molar", None),
        ("my daughter's name is molly and she has a cavity", "molly"),
        # a word ending a sentence of another language is that language's, not someone
        # spoken to; kin after "my"
        ("gracias por su comentario, nos alegra que su experiencia haya sido buena.", None),
        ("masakit pa rin ang ngipin ko kahit tapos na ang root canal, normal ba yun?", None),
        ("thanks for everything at the clinic today jess", "jess"),
        ("it made a big difference for my nana", None),
    ],
)
def test_what_read_sets_131_to_134_showed(text: str, found: str | None) -> None:
    assert_blocked_as_stated(text, found)


# (read 135-138) What the sets read this session showed: the town of a branch a patient was
# seen at, a pinned place, a relative's town after French "à", Korean "living in", a login
# in angle brackets and one all of letters, a biometric template's code further back, an
# age asked about, one's own jab's day, a pupil, a plate after a car's model in lower case;
# and clean: countries and parts of continents, public people the tagger read with their
# possessive, "fake" as an abuse, not an example.
@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("28M, hx IVDU, walked into our Lethbridge clinic with abscesses again.", "Lethbridge"),
        ("Interpreter needed: pt speaks Somali, his Garden City appt moved.", "Garden City"),
        ("Our Lethbridge clinic is closed Monday for the holiday.", None),
        ("Visit our Decatur office for same-day crowns!", None),
        ("my flu jab ✅ covid booster ✅ 📍Ennis #protected #winterready", "Ennis"),
        ("Flu clinic this Saturday 📍Ennis", None),
        ("Team night out 🎉 📍Galway", None),
        ("📍 Find us at our new clinic in Ennis — open Saturdays, book online!", None),
        ("Docteur, ma sœur à Bafoussam a fait trois accès palustres en deux mois.", "Bafoussam"),
        ("안녕하세요, 분당에 사는 30대입니다. 여드름 흉터 레이저 추천해주세요", "분당"),
        ("근처에 사는 치과 추천해주세요", None),
        (
            "chat 14:02 <dentalnerd_92> anyone know if swelling after a sinus lift is normal?",
            "dentalnerd_92",
        ),
        ("Hi, my username on your app is smilesbyroxy, I can't log in", "smilesbyroxy"),
        ("my username on the portal is incorrect", None),
        (
            "Clinic doors now use retina scan; template RT-7F22-19C0 is linked to the badge.",
            "RT-7F22-19C0",
        ),
        ("Is 92 too old for an implant? Dad's dentist says the bone is fine.", "92"),
        ("I had the jab at the travel clinic in Croydon on 3 March 2019.", "3 March 2019"),
        ("I had the jab at the travel clinic in Croydon on 3 March 2019.", "Croydon"),
        ("Pupil Olamide's EpiPen expires 11/2025, parents reminded.", "Olamide"),
        ("Pupil Premium funding rises in April.", None),
        ("the guy in the blue hilux GR 4471-22 scraped my mirror in your car park", "GR 4471-22"),
        ("msg me on telegram @ama_boat3ng for the group booking", "@ama_boat3ng"),
        ("Follow @AMA_docs for the new guidance.", None),
        ("was it Dr. Yusuf?? he did mine too, gentle as anything", "Yusuf"),
        (
            "Same IP 86.44.219.17 has sent 40 fake bookings through our web form, can we block it?",
            "86.44.219.17",
        ),
        (
            "Inpatient at Groote Schuur since 11 April, dental team asked to assess.",
            "Groote Schuur",
        ),
        ("The Ebola epidemic of 2014–2016 mostly affected Guinea, Liberia and Sierra Leone.", None),
        ("Cabo Verde was certified malaria-free in 2024.", None),
        ("28F, 10 days post-return from West Africa, fever, headache, no rash.", None),
        ("Chimamanda Ngozi Adichie's essay on grief made me cry in the waiting room.", None),
        ("tom brady's diet is a bit much honestly", None),
    ],
)
def test_what_read_sets_135_to_138_showed(text: str, found: str | None) -> None:
    assert_blocked_as_stated(text, found)


@pytest.mark.parametrize(
    ("text", "found"),
    [
        # phi._A_DOCTORS_NAME: a nurse named in lower case as a doctor is
        ("thank you nurse faisal!", "faisal"),
        (
            "nurse bridget said to post my question here: can i fly 2 days after a sinus lift?",
            "bridget",
        ),
        ("nurse said to keep it dry, thanks", None),
        ("the nurse practitioner was great with my son", None),
        # ... and as Italian and Swahili or Zulu shorten the title; Zulu's thanks and "my"
        ("Grazie mille dott.ssa Lombardi, mio figlio finalmente sorride nelle foto", "Lombardi"),
        ("Ngiyabonga kakhulu Dkt. Zungu ngokunakekela umama wami e-Eshowe.", "Zungu"),
        # handle.username: a gamer tag written as two words
        ("his gamer tag is xXDarkWolf_07Xx and some adult keeps messaging him", "xXDarkWolf_07Xx"),
        # names.addressed_at_start: no one is spoken to as "X's"
        ("Hashimoto's, TSH 14, free T4 low. Start levothyroxine 50 mcg?", None),
        ("Emma, you did so well at your check-up today!", "Emma"),
        # names._no_listed_word: a plural, and yes in Swahili, open a sentence as no name does
        ("Plasters, Vaseline and Dettol — the basics for your home first aid kit.", None),
        ("Ndio, kliniki iko wazi kila siku ya kazi kuanzia saa mbili asubuhi.", None),
        # rules._things_named_after, rules._a_textbook
        ("Rosa, Jasmine and Lily — our new treatment rooms are named after flowers 🌸", None),
        ("Harrison's 21st edition chapter on sepsis is excellent.", None),
        # practice_vetoes._a_staff_notice: one employee's licence is their record
        (
            "HR memo: forklift licence for Mohammed Al-Sayegh (FLT-0912) expires 31 Oct.",
            "Mohammed Al-Sayegh",
        ),
        # place_vetoes._CARE_VERBS: the harm that brought a patient in ties the venue's town
        (
            "Pt presented w/ fractured mandible after an assault outside a pub in Salford.",
            "Salford",
        ),
        ("We had a lovely team dinner at a pub in Salford.", None),
        # name.introduced_abroad: Catalan's greeting and article before the name
        ("Bon dia, sóc la Montse, al meu fill se li ha trencat un bràquet.", "Montse"),
        ("Bona tarda, sóc la recepcionista, us truco per la cita.", None),
        # rules._PHONE_CANDIDATE: a nought spelled O in a number given digit by digit
        (
            "Reminder texted to 6 4 6 5 5 5 O 1 O 2: your appt is tomorrow at 10.",
            "6 4 6 5 5 5 O 1 O 2",
        ),
        ("Blood group O positive, 5 units O negative in stock", None),
        # id.cyrillic_labelled: a bank account in Russian
        ("Оплата по счёту 40817810099910004312 не прошла.", "40817810099910004312"),
        ("На счету 5 000 рублей.", None),
        # phone.trunk_eight: not a hotline's
        ("Горячая линия 8 800 555 35 35, звонок бесплатный.", None),
        ("Звоните в регистратуру клиники: 8 727 345 67 89", None),
        ("Регистратура: 8 727 345 67 89", None),
        ("справочная служба 8 727 345 67 89", None),
        # rules._A_CARE_TERMS_ENDING: a procedure after "referral for"
        ("Urgent referral for cystoscopy and imaging.", None),
        ("referral for maria please, she needs a filling", "maria"),
        # names._A_KIND_OF_PERSON_BEFORE
        ("Don't be a Karen about flossing – just do it 😂", None),
        # rules._THING_BEFORE_AGE: a centre's years, after a possessive
        ("Philly's Fox Chase Cancer Center turns 120 — what a history.", None),
        ("My nan's care home friend turns 95 tomorrow", "95"),
        # rules._a_german_noun_after_its_word
        ("Das Robert Koch-Institut meldet in diesem Winter mehr Grippefälle als im Vorjahr.", None),
        ("Ein Patient aus Bielefeld kam am Montag mit Zahnschmerzen.", "Bielefeld"),
        # scripts._cjk_doctors_thanked: thanks, not the title alone
        ("山本先生、先月15日の治療ありがとうございました。", "山本"),
        ("请问李医生周六上班吗？", None),
        # rules._particle_not_a_name: a run cut short of a saint's place or feast
        ("Bona Diada de Sant Jordi! Avui regalem un raspall amb cada revisió 🌹", None),
        ("O Einstein de São Paulo inaugurou um novo centro de pesquisa, segundo a imprensa.", None),
        # id.national_checksum_lower, id.uk_national_insurance_lower
        ("codice fiscale del paziente: rssmra85t10a562s — manca la firma", "rssmra85t10a562s"),
        ("ni number jt 48 22 91 b, starting as a trainee dental nurse", "jt 48 22 91 b"),
        # name.cyrillic_relation: a neighbour's name too
        ("Моя соседка Асель дала номер своего мужа-стоматолога.", "Асель"),
        # scripts._cyrillic_streets: not a clinic's own address in its notice
        ("Наша клиника переехала: ул. Пушкина 10, 2 этаж.", None),
        ("посылка для Бахыт Омаров, ул. Абая 150, кв. 32, Алматы", "ул. Абая 150, кв. 32, Алматы"),
        # names._YOU_DID: "we got you", as a practice answers a patient
        ("Tsholofelo we got you! See you on the 14th 😊", "Tsholofelo"),
    ],
)
def test_what_read_sets_139_to_142_showed(text: str, found: str | None) -> None:
    assert_blocked_as_stated(text, found)


@pytest.mark.parametrize(
    ("text", "found"),
    [
        # date.field_no_colon and date.field_unpunctuated: the day whole, with its year; not a
        # year alone, not "on"
        ("Date of surgery 3 March 2024 confirmed by the ward.", "3 March 2024"),
        ("Test date 2024 results are pending.", None),
        # id.labelled: a label joined to its number by a hyphen; a folio, a consular card, a
        # German policy certificate, a study's subject
        ("Bitte die AHV-Nr. 756.1234.5678.97 auf dem Formular ergänzen.", "756.1234.5678.97"),
        ("Folio ISS-22-418830 rechazado por el seguro, ¿qué hago?", "ISS-22-418830"),
        ("Matrícula consular no. MC 4471 2290 3 on file at intake.", "MC 4471 2290 3"),
        ("Versicherungsschein HUK-44102937: Erstattung abgelehnt.", "HUK-44102937"),
        ("Subject BC-02-0419 withdrew consent after the second infusion.", "BC-02-0419"),
        ("The subject of today's talk is gum disease.", None),
        ("study visit missed by subject mb-11-0072, rescheduled", "mb-11-0072"),
        ("prices subject to change without notice", None),
        ("Subject 022-0417 consented on the day of the first dose.", "022-0417"),
        ("Survey subject 12-15 covers brushing habits.", None),
        # device.serial: a serial's letters typed in lower case before its digits
        ("my mum's pump (serial mmt 448812 k) keeps alarming at night", "mmt 448812"),
        ("the serial port 1234 on the x-ray unit is loose", None),
        ("MMSE 27/30, serial 7s: 93, 86, 79, 72 then stopped", None),
        # facility.named_abroad: German and Swiss rehabilitation clinics and care homes
        (
            "Nach der Hüft-OP war mein Vater drei Wochen in der Rehaklinik Valens.",
            "Rehaklinik Valens",
        ),
        ("Meine Tante wohnt jetzt im Pflegeheim Sonnenhof.", "Pflegeheim Sonnenhof"),
        ("Klinik für Innere Medizin: neue Sprechzeiten ab Montag.", None),
        # name.complains_of: a word that reads as a name, not a role's
        ("Bay 2: Okonkwo c/o SOB since 4am, sats 91%", "Okonkwo"),
        ("Pt c/o sore throat x3 days", None),
        # id.national_checksum: a Swiss AHV number whose EAN digit holds, bare
        ("Auf meiner Karte steht 756.9217.0769.85, stimmt das so?", "756.9217.0769.85"),
        ("Auf meiner Karte steht 756.4829.1037.55, stimmt das so?", None),
        # url.readers_link: a reminder that says whose visit it is, then the meeting's link
        (
            "Your video consult with Dr. Reyes is at 9:30. Join here: https://zoom.us/j/91234567890",
            "https://zoom.us/j/91234567890",
        ),
        (
            "Your follow-up call is at 2pm. Link: https://meet.google.com/qwe-rtyu-iop",
            "https://meet.google.com/qwe-rtyu-iop",
        ),
        ("Free webinar on braces for everyone, Thursday: https://zoom.us/j/91234567890", None),
        # recall_vetoes._REVIEW_PAGE: a business's page for reviews is the practice's
        ("Loved your visit? Leave us a review: https://g.page/r/CdXk12345Ab/review", None),
        ("Thanks for your visit today! Review us at https://g.page/r/CdXk12345Ab/review", None),
        # address.po_box and address.labelled: post boxes of other languages, and what an
        # address is for before its colon
        ("Mi mamá recibe el correo en Casilla de Correo 88, Jujuy.", "Casilla de Correo 88, Jujuy"),
        ("Morada para correspondência: Apartado 1187, Braga.", "Apartado 1187, Braga"),
        # handle.at: "mum" ending a handle's part, not "minimum"
        (
            "@auckland.dentalmum did your son need stitches after the extraction?",
            "@auckland.dentalmum",
        ),
        ("Follow @minimumdental for tips", None),
        # names.product_after_name, names.quoted_as_a_word
        ("The Peter Principle is real in hospital admin.", None),
        ("The name 'Candida' comes from the Latin for white.", None),
        ('"Marisol", la nueva telenovela, tiene una dentista villana.', None),
        ('"Marisol" from my street has a toothache.', "Marisol"),
        # fame_vetoes._listed_among_public_figures
        ("Hippocrates, Galen and Avicenna shaped medicine for centuries.", None),
        ("Terry Fox ran the Marathon of Hope in 1980 after losing his leg to osteosarcoma.", None),
        # phi._GENERIC_ADVICE: a group spoken to by what they share
        ("Smoke warnings for the valley today — asthma patients, keep your inhalers handy.", None),
        # rules._HOME_OR_DELIVERY: where someone lives is no organisation's notice
        (
            "we live at Bahnhofstrasse 22 right above the practice, the drilling is loud",
            "Bahnhofstrasse 22",
        ),
        # rules._FOREIGN_ORG_ENDINGS: a service's word written into one German word
        ("Bei Fragen: Infotelefon Organspende 0800 90 40 400, kostenfrei.", None),
    ],
)
def test_what_read_sets_143_to_146_showed(text: str, found: str | None) -> None:
    assert_blocked_as_stated(text, found)


@pytest.mark.parametrize(
    ("text", "found"),
    [
        # id.labelled: the French social security number as people shorten its name, and the
        # Belgian national register's number after "N°"
        (
            "Mon numéro de sécu 1 58 02 75 112 034 27 n'est pas reconnu, que faire ?",
            "1 58 02 75 112 034 27",
        ),
        ("N° registre national : 85.07.30-033.28, à indiquer svp.", "85.07.30-033.28"),
        # a bank's "a/c" before the last digits it shows, and not the air conditioning's
        ("Bank alert: A/c XX7731 debited INR 1,240 via UPI on 03-Jun.", "XX7731"),
        ("The a/c 24 hours a day keeps the waiting room cool.", None),
        # rules._EXAMPLE_SENTENCE: a lab's specimen is no example
        ("Lab no L24-118834 – haemolysed sample, please recollect.", "L24-118834"),
        ("Sample lab number: L24-118834 (the format we print).", None),
        # rules._ONE_PERSONS_SIDE and _paper_owner_between: the reader's declined payment; a
        # bank before the label is no owner of the account
        (
            "Account 4417-0932-118 — your payment for the implant consultation was declined.",
            "4417-0932-118",
        ),
        (
            "Please note bank acct 007-123456-001 for payroll deposit of locum dentist fees.",
            "007-123456-001",
        ),
        ("Account 4410-2299 is the parish hall fund.", None),
        # normalize._ID_WORD_BEFORE: a birth date spelt digit by digit; a callback's number
        ("Caller gave DOB as 0 1 / 0 6 / 1 9 6 0, could not find her.", "0 1 / 0 6 / 1 9 6 0"),
        ("callback 0 4 1 2 3 3 4 5 6 7 please, re her crown", "0 4 1 2 3 3 4 5 6 7"),
        # id.labelled: a state's letters and the number in brackets after the label
        ("can Ma'Kayla's medicaid (GA000418273) cover sedation?", "GA000418273"),
        # age.stated: the age someone lived to; not a sovereign's, by title
        ("my great grandma made it to 103 with most of her teeth", "103"),
        ("the bridge was made to 100 microns", None),
        ("The Queen lived to 96, so there's hope for all of us", None),
        ("my nan was 96 when she died, the queen of our street", "96"),
        # rules._ORGANISATIONS_BIRTH: a health service's birthday
        ("On 5 July 1948 the NHS was born. Happy birthday to our health service!", None),
        ("On 5 July 1948 my mum was born.", "5 July 1948"),
        # names.opener_addressed: a holiday opening a message is no one spoken to
        ("Hanukkah, Diwali, Christmas — whatever you celebrate, go easy on the sweets!", None),
        # ssn.last_four_around in lower case
        ("call log: caller verified with ssn last four 6021", "6021"),
        # address.po_box: a "boîte postale" shortened, with its postcode and town
        (
            "Please send the refund to my address: BP 417, 20000 Casablanca",
            "BP 417, 20000 Casablanca",
        ),
        ("BP 140/90, pulse 72, for review.", None),
        # vehicle.plate_lower_labelled: the French vehicle's word
        ("signalement : le véhicule ex-381-pz stationne devant la pharmacie", "ex-381-pz"),
        # id.labelled: Sri Lanka's NIC in lower case before its own shape
        ("my mother's nic 195874603712 is on the hospital bill", "195874603712"),
        # id.labelled_own_script: a file's number and a national code as Persian writes them
        ("سلام، شماره پرونده‌ام ۴۵۲۱۹ است، نسخه‌ام را تمدید کنید", "۴۵۲۱۹"),
        ("کد ملی 0012345678 مادرم", "0012345678"),
        # phi._SERIAL_ANSWERS_BEFORE: a mental state exam's answers are no one's age
        ("MMSE 24/30, serial 3s: 97, 94, 91 then lost track", None),
        ("100-7: 93, 86, 79 correct", None),
        # names lower_titled: an Irish family name's particle, written apart
        ("mr. ó súilleabháin phoned, says the bridge feels high.", "ó súilleabháin"),
        ("mrs. ní bhriain phoned about her crown", "ní bhriain"),
        ("mr. o and the team said hi", None),
        ("mrs. van dijk phoned about her crown", "van dijk"),
        # rules._LOWER_CUE: Hindi's "hi" ("only") after a word is no greeting
        ("joint family hai, ek hi khana banta hai. koi diet tips?", None),
        ("oh hi jess kowalczyk here, is my crown ready", "jess kowalczyk"),
        # name.addressed_reply: a name and the feeling with no comma between
        ("Losaline so happy to see you smiling again 💙", "Losaline"),
        ("Monday so happy the week starts", None),
        # name.condolence_addressed: not a relative's word
        ("So sorry for your loss Mum.", None),
        # facility.practice_on_street_lower: a street and its number; not a floor, a closure
        ("is this the practice on ilica 142? i had my smear there ages ago", "ilica 142"),
        ("is this the same clinic on 27 wharf st? i used to go there as a kid", "27 wharf st"),
        ("the clinic on level 2 is where my mum goes", None),
        ("the clinic on main st is closing on friday", None),
        # vehicle.plate_lower_labelled: a plate's last letters; Italian, Spanish, German labels
        ("multa davanti allo studio, targa fg 482 kl, si può contestare?", "fg 482 kl"),
        ("das fahrzeug m-kl 4821 blockiert die einfahrt der praxis", "m-kl 4821"),
        ("camioneta con placas son-482-b sin permiso en la entrada", "son-482-b"),
        ("my car was towed while i was in the chair?? white civic, lrt 4492", "lrt 4492"),
        ("our van is 250 km away", None),
        ("reg 2019 car", None),
        # identifiers._THANKED_BEFORE: a person thanked for the tips, no account promoted
        ("thanks @jess_k88 for the tips", "@jess_k88"),
        ("Follow @brightsmileaustin for tips", None),
        # identifiers._bare_usernames: a username without its "@"; not a field's name in code
        ('reviewer "jenny_m_2019" on google claims we charged her', "jenny_m_2019"),
        ("the account drip_dr_mwangi keeps leaving fake reviews", "drip_dr_mwangi"),
        ("set the patient_id and first_name fields in the export", None),
        ("the grace_period is 30 days", None),
        ("our template field is {patient_name}, e.g. user_lopez_01", None),
        # rules._ID_LABEL: a CDL, a QID and a CNIE in lower case
        ("cdl # t2284-5518-0092 needed on the dot physical form", "t2284-5518-0092"),
        ("my qid 28735601234 expired and the health centre wont register me", "28735601234"),
        ("mon numéro de cnie est bk418227 et je suis née à meknès", "bk418227"),
        ("the payroll is done on friday", None),
        # scripts._after_gr_cyr_kin: a listed given name in lower case after a family word
        ("дружина оксана лежить у лікарні з пневмонією", "оксана"),
        ("η κόρη μου η ελένη έβαλε σιδεράκια", "ελένη"),
        ("моя мама любит розы", None),
        ("обращаюсь за советом: отец тимур ахмедов, 90 лет", "тимур ахмедов"),
        ("мой сын иван только что вернулся", "иван"),
        ("η μητέρα μου, ελένη είναι", None),
        # scripts._CYR_LOWER_NAME: the writer's own name in lower case after "мене звати"
        ("мене звати ірина, чоловік повернувся з фронту", "ірина"),
        ("как меня зовут не важно", None),
        # the patient's word of a Greek case note; "αμκα" in lower case
        ("ο ασθενής δημήτρης παππάς, να επανέλθει στις 15/5", "δημήτρης"),
        ("ο ασθενής, αμκα 03117602251, να επανέλθει", "03117602251"),
    ],
)
def test_what_read_sets_147_to_150_showed(text: str, found: str | None) -> None:
    assert_blocked_as_stated(text, found)


@pytest.mark.parametrize(
    ("text", "found"),
    [
        # rules._A_MESSAGE_SENT_TO_BEFORE: the number a reminder went to is someone's, whatever
        # hour of theirs the sentence tells; a desk forms are sent to stays an organisation's
        ("Recall reminder sent to 07700 900318 for Aled's 9:40am check-up.", "07700 900318"),
        ("Referral forms can be sent to 0161 496 0500 between 9am and 5pm.", None),
        # a care word ("dialysed") beside "with us for eleven years" is a patient's, not staff
        (
            "Our condolences to the family of Mrs. Öztürk, who dialysed with us for nine years.",
            "Öztürk",
        ),
        ("Marisol has been with us for 15 years and keeps our schedule running!", None),
        # identifiers._a_fellow_commenters: a reply opening on a handle, then a commenter's chat
        ("@smile_clinic_groupie lol same, mine took three injections", "@smile_clinic_groupie"),
        ("@brightsmiledental same time next week?", None),
        # names._KIN_OWNS_THE_CARER: a relative's carer, named as "my" would make them
        ("Dad's stoma nurse Bronagh said the bag can stay on for three days.", "Bronagh"),
        # phi._A_DOCTORS_NAME: the dentist or family doctor as Dutch and Spanish patients title
        # them, after Dutch thanks; never German's, whose nouns are capitalised too
        ("Hartelijk dank aan tandarts De Graaf, eindelijk pijnvrij!", "De Graaf"),
        ("Dankjewel aan huisarts Meijer voor de snelle verwijzing.", "Meijer"),
        ("Macht der Zahnarzt Hausbesuche am Wochenende?", None),
        # a doctor's name typed in lower case after "dr.", thanked; the family name after a
        # listed given name; not a verb after a family name
        ("thank you dr. wondimu, the crown feels perfect", "wondimu"),
        ("63m referred by dr. anjali ramaswamy for new af, rate 130s.", "anjali ramaswamy"),
        ("el dr. ibarra atiende los sábados?", "ibarra"),
        # Somali's and Kurdish's "I am" and "my name"; Amharic's "my name … is"
        ("Salaan, waxaan ahay Faadumo Cabdi, ma bedeli karaa ballanta?", "Faadumo Cabdi"),
        ("Navê min Rojda e, diranê min diêşe.", "Rojda"),
        ("ሰላም፣ ስሜ መሰረት ደስታ ነው። ቀጠሮ እፈልጋለሁ።", "መሰረት ደስታ"),
        # Polish's daughter as an object: the sentence is about a person, its date a visit's
        ("Zapisałem syna i córkę na 12 grudnia, czy to aktualne?", "12 grudnia"),
        # Turkish titles and kin after a name; a Turkish plate before or after its word
        ("Nuran teyze bugün kontrole gelemeyecek.", "Nuran"),
        ("geçmiş olsun sibel hanım, annenize acil şifalar", "sibel"),
        ("Ambulans girişini 06 BK 2291 plakalı araç kapatmış.", "06 BK 2291"),
        ("Aracın plakası 35 AF 448, otoparkta kaldı.", "35 AF 448"),
        ("06 bk 2291 plakalı araç yine kapıyı kapatmış", "06 bk 2291"),
        # "new in" a town is where the writer lives; "new to" a thing is no place
        ("We're new in Cortez and need a dentist who takes Medicaid.", "Cortez"),
        ("I'm new to Reddit, my dentist says I need a root canal.", None),
        # a UK National Insurance number in lower case, "is" after its name
        ("his ni number is jk 48 22 91 b for the form", "jk 48 22 91 b"),
        # rules._COVER_LABEL: an insurer beside a policy's number is its issuer, no owner;
        # a parish hall's account stays an organisation's
        ("Member number KX-4471-220, insurer needs the op notes from 3/14.", "KX-4471-220"),
        ("Account 4410-2299 is the parish hall fund.", None),
        # the number a voicemail was left on; Turkey's number after "TC"; a SEVIS number
        ("Left a voicemail at (503) 555-0163, glasses ready at the front desk.", "(503) 555-0163"),
        ("Hasta Emine Kaya (TC 28459372014) diyalize başladı.", "28459372014"),
        ("F-1 student, SEVIS N0027781934, needs an MMR titre.", "N0027781934"),
        # German's "residing" makes a record's sentence one about a person: its age
        ("Stammdaten: geb. 03.02.1930, 94 Jahre, wohnhaft Bahnhofstraße 3, Linz.", "94"),
        # rules._HONORIFIC: a service's rank before a name, left out of the span
        ("SSG Tamika Boyd, 1st Cav, needs a dental class 1 before the rotation.", "Tamika Boyd"),
        ("LCpl Ortiz cracked a molar on an MRE.", "Ortiz"),
        ("The SGT Pepper album turns 60 next year.", None),
        # German's husband and wife after a German possessive; Dutch little ones and in-laws
        ("Mein Mann Yusuf hatte gestern eine Wurzelbehandlung.", "Yusuf"),
        ("Mijn schoonmoeder Riet heeft een nieuw kunstgebit nodig.", "Riet"),
        # a child's mishap after a note's word; one spoken to and told what to do
        ("Nurse's note: Tayvion lost a front tooth at recess, parent called.", "Tayvion"),
        ("Malakai you need to wear your retainer every night", "Malakai"),
        # a family word then a name that is a word too, sending a greeting
        ("Aunty Mere sends her love to Dr. Ahmed and the girls at reception", "Mere"),
        ("Mother Nature sends us snow again, we open at 10.", None),
        # Swahili's "I am called" after greeting the doctor; Haitian Kreyòl's "my name is"
        ("Shikamoo daktari, naitwa Zawadi, jino linauma sana.", "Zawadi"),
        ("Bonjou, mwen rele Wiselande, pitit mwen gen lafyèv.", "Wiselande"),
        # a doctor the writer saw, the subject left out; Portuguese's "I went"
        ("Saw Dr Oyelowo at the Eastgate office, very gentle.", "Oyelowo"),
        ("A Dra. Figueiredo foi um amor, fiquei super calma.", "Figueiredo"),
        # clean: a month after "throughout", a run of seasons, a trade "here", a saying, a
        # health word opening a sentence
        ("Teeth whitening: 15% off throughout August!", None),
        ("Spring, summer, autumn, winter — floss every day.", None),
        ("Teacher here – one of my pupils has a swollen cheek, who do we call?", None),
        ("Brush, floss, and Bob's your uncle.", None),
        ("Sunstroke is common at summer camps; keep children in the shade.", None),
        # the skin type named after Fitzpatrick; a Mrs Fitzpatrick is still someone
        ("Fitzpatrick type II skin needs SPF 50 at altitude.", None),
        ("Mrs Fitzpatrick had her crown fitted on 3/4.", "Fitzpatrick"),
    ],
)
def test_what_read_sets_151_to_154_showed(text: str, found: str | None) -> None:
    assert_blocked_as_stated(text, found)


@pytest.mark.parametrize(
    ("text", "found"),
    [
        # person_cues: one patient's discharge summary makes its days of care someone's; not
        # the practice's template
        ("Discharge summary: adm 3/2, d/c 7/2, uneventful after lap chole.", "3/2"),
        ("Our discharge summary template was updated 12/1 for the new software.", None),
        # phi._A_BOOKING_MOVED: one visit confirmed or booked for a day, as a message to its
        # patient opens; a fertility clinic's procedures are visits too; not a service's days
        (
            "Egg collection booked for Friday 14 March, nothing to eat after midnight.",
            "Friday 14 March",
        ),
        ("Your extraction is confirmed for the 22nd at 9am.", "the 22nd"),
        ("Flu clinics are booked for 9 May and 16 May.", None),
        # rules._A_CALL_FROM_BEFORE: the number someone texted or rang from, the subject left
        # out; a pharmacy's call is the pharmacy's
        ("texted from 07700 900461: is the surgery open on Boxing Day?", "07700 900461"),
        ("The pharmacy called from 0161 496 0500 about the order.", None),
        # rules._HOME_WORDS: a postcode given to ask what is near it is where the writer is
        ("postcode SE15 4QL, any dentist nearby open on a Saturday?", "SE15 4QL"),
        ("Our new surgery: postcode BT7 1NN for your sat nav.", None),
        # rules._number_of_no_person: the reader's own booking or confirmation, its value given
        ("Hi, your confirmation code is HX4471902, show it at the desk.", "HX4471902"),
        ("Invoice INV-2024-0091 is for the new dental chairs.", None),
        # id.persons_code: a code after one's own result
        ("my chlamydia result came back positive, code SHC-4471, what now?", "SHC-4471"),
        ("Your CDT code D2740 was denied again.", None),
        # name.lower_after_age_sex: two words, a given name and a family name; not a finding
        ("45f, fatou diallo, numb chin since the extraction", "fatou diallo"),
        ("56m, painless jaundice, weight loss, palpable gallbladder", None),
        # id.labelled_own_script: an insurance card's number in Arabic, the card named first
        ("ضيعت بطاقة التأمين، رقمها 5520931، شو بعمل؟", "5520931"),
        # names: a greeting of another language, then a given name in lower case ending it;
        # not a word of that language after the greeting
        ("beste sanne, je afspraak is verzet naar donderdag.", "sanne"),
        ("hola lucía, te esperamos el lunes", "lucía"),
        ("Ciao, mia nonna ha 80 anni e porta la dentiera.", None),
        # names: Mr and Mrs in Dutch and German in lower case before a family name
        ("avonddienst: meneer jansen kamer 12 wil niet eten", "jansen"),
        ("die akte von frau becker fehlt noch", "becker"),
        # clean: a film's title after "A" is no street; a Dutch article and an adjective
        # before "patiënt" (a verb after it, no name); a plural heading a list of products
        ("My son watched A Quiet Place and now wants to learn sign language.", None),
        ("Moet de mond van een stervende patiënt elk uur verzorgd worden?", None),
        ("For dry mouth in hospice patients: Biotène or a saliva spray?", None),
        # a street of one word and its number in lower case; a code in lower case; a range
        # of hours after Dutch's "van" is no van's plate
        ("thuiszorg: adres is lange nieuwstraat 103, bel aan bij de achterdeur", "nieuwstraat 103"),
        ("your match code is dcr-88q-201, log in to see your matches", "dcr-88q-201"),
        ("Onze praktijk is open van 8 tot 17.", None),
        # a street's name on a product, the thing right after it; a street lived on stays
        ("My daughter swears by the Park Avenue whitening strips.", None),
        ("My daughter lives on Park Avenue now.", "Park Avenue"),
        # the town the writer came or fled from; not a practice's old premises nor a country
        ("We evacuated from Concrete last week, is the smoke bad for asthma?", "Concrete"),
        ("We moved from our old premises on Main St last year.", None),
        ("I came from Mexico two years ago and need a dentist.", None),
        # a Discord tag in a text of a chat server and its moderators; a room's number stays
        ("lunafox#0921 is posting people's results in the server, mods please ban", "lunafox#0921"),
        ("Our server Room#1203 is down again.", None),
        # a day and a short month in lower case in a sentence about a person; an offer's day
        ("afspraakkaart: mevrouw de wit — do 14 nov 10:15 — mondhygiënist", "14 nov"),
        ("the spring offer ends 14 nov", None),
        # our own visit "there" on a day; a fertility transfer opening its sentence; not a
        # bank's transfer
        ("We had our consult there on the 19th and loved the nurses.", "the 19th"),
        ("We got our BFP!!! Transfer was Oct 2nd, beta today 450!!", "Oct 2nd"),
        ("The bank transfer was 3 March, please check your statement.", None),
    ],
)
def test_what_read_sets_155_to_158_showed(text: str, found: str | None) -> None:
    assert_blocked_as_stated(text, found)
