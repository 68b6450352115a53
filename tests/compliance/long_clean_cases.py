"""The cases of long clean texts' people, places and bodies that are no patient's
(guard-longclean4): a hospital as a partner, a beneficiary or an institution that receives
or offers; a body or an event named after its field; the town an event is held in; the one
who leads or opens a public act; a staff bio's spouse; offices as news writes them; two rare
words after an article. Each beside a text where the same kind of identifier is a patient's
and stays blocked. Data only: ``test_not_a_patients`` runs them beside its own tables."""

from __future__ import annotations

# (what makes it no one's, text, label that must not be blocked)
NOT_A_PATIENTS: list[tuple[str, str, str]] = [
    (
        "institution_news: a hospital that receives",
        "The Ministry of Health has announced that Kakamega County Referral Hospital will"
        " receive a new oxygen plant worth KSh 45 million by the end of the year.",
        "geo",
    ),
    (
        "institution_news: teams from a list of hospitals",
        "Papers were presented by teams from Lagos University Teaching Hospital, University"
        " College Hospital Ibadan and Aminu Kano Teaching Hospital.",
        "geo",
    ),
    (
        "an_events_place: a conference's town",
        "In January, our coordinator, Brian Odhiambo, presented our work at the Kenya Dental"
        " Association conference in Mombasa and won the prize for best poster.",
        "geo",
    ),
    (
        "an_events_place: where next year's congress will be",
        "Next year's congress will be in Prague, and I have already booked.",
        "geo",
    ),
    (
        "led_or_hosted_by: the one who leads a team",
        "Our hygiene team, led by Carla Mendes, attended the Yankee Dental Congress and came"
        " back full of ideas about gum health and diabetes.",
        "name",
    ),
    (
        "led_or_hosted_by: the one who opens a building",
        "The new wing was opened by Yolanda Whitcombe on a wet Friday in January.",
        "name",
    ),
    (
        "a_staff_members_spouse: a staff bio's wife",
        "Staff spotlight: meet Dr. Arjun Menon. Arjun lives with his wife, Lakshmi, who is a"
        " pharmacist, and their two young children.",
        "name",
    ),
    (
        "named_by_a_post: a consejera, with her portfolio",
        "La consejera de Sanidad, Fátima Matute, visitó las instalaciones el lunes.",
        "name",
    ),
    (
        "named_by_a_post: a rector",
        "El rector de la UBA, Ricardo Gelpi, anunció una inversión de 3.000 millones de pesos.",
        "name",
    ),
    (
        "named_by_a_post: a level of government after the post",
        "La presidenta municipal, Michelle Núñez, inaugurará la feria a las 9.",
        "name",
    ),
    (
        "facility.named: a congress named after its field",
        "My colleague Dr. Ruiz spoke at the FDI World Dental Congress in Istanbul last week.",
        "geo",
    ),
    (
        "facility.named: a chapter named after its field",
        "I was elected president of the Quezon City Dental Chapter last year.",
        "geo",
    ),
    (
        "after_an_article: a festival's name after 'the'",
        "She performs every year at the Bengaluru Habba festival in January.",
        "name",
    ),
    (
        "speaks_for_a_body: a speaker from a society",
        "Councillor Mary Callaghan will open the morning, and Tom Kelly from the Irish Cancer"
        " Society will give a short talk on bowel screening.",
        "name",
    ),
    (
        "contest_winner: a club record",
        "Fourteen of our members completed the Leeds Half Marathon on Sunday 11 May, and Sarah"
        " Holt set a club record of 1:21:47 in the women's race.",
        "name",
    ),
    (
        "a_place_named_like_a_person: the town after a school's name and a comma",
        "Parent letter from St. Anne's Primary School, Preston: Dear Parents and Carers, on"
        " Wednesday 5 February the Lancashire Healthy Teeth team will visit school.",
        "name",
    ),
    (
        "in_the_texts_heading: the newsletter's own clinic and town",
        "Newsletter, Tandartspraktijk De Linde, Utrecht: Beste patiënten, tandarts Sanne de"
        " Vries is terug.",
        "name",
    ),
    (
        "a_bodys_of: the word after a department's 'of'",
        "Practice news: The Department of Health's new NHS dental contract starts on 1 April,"
        " and we will write to every patient about what it means for fees.",
        "name",
    ),
    (
        "public_line_at: help offered",
        "If you need help, call 033 2465 5555.",
        "phone",
    ),
    (
        "public_line_at: booking in Portuguese",
        "Para agendar, ligue (41) 3222-5500 ou envie uma mensagem pelo WhatsApp.",
        "phone",
    ),
    (
        "after_an_article: a programme's name after its word (a practice blog, its heading and"
        " a doctor too)",
        "Practice blog, Sonrisas del Valle, Santiago de Chile: Este invierno participamos "
        'en la campaña "Sonríe Chile" del Ministerio de Salud en la comuna de Puente '
        "Alto. La doctora Francisca Rojas y el doctor Tomás Fuentes atendieron a 150 "
        "adultos mayores y entregaron 60 prótesis removibles financiadas por el programa "
        "Más Sonrisas para Chile. Agradecemos al alcalde Matías Toledo y al equipo de la "
        "Universidad de Chile por su apoyo. Nuestra clínica en Avenida Concha y Toro 1440 "
        "está abierta de lunes a sábado; puede agendar al +56 2 2555 3300.",
        "name",
    ),
    # (guard-longclean5) a role, a corps or a scheme named after the field word; a
    # hospital's name joined by "and", "Referral" its kind; a waterfront's and a charity's
    # last word; a desk's mailbox; a public office the writer writes to; a race's winners
    (
        "facility.named: a role named after the field",
        "Chief Dental Officer Jason Wong told the conference that he expects the new contract"
        " in April.",
        "geo",
    ),
    (
        "facility.named: a corps named after the field",
        "He served in the Navy Dental Corps for six years before he opened his own practice.",
        "geo",
    ),
    (
        "facility.named: a scheme named after the field",
        "She explained how families can claim under the Child Dental Benefits Schedule and who"
        " is eligible.",
        "geo",
    ),
    (
        "facility.named: a hospital's name joined by 'and', 'Referral' its kind",
        "A free eye camp will be held at Moi Teaching and Referral Hospital next month, led by"
        " volunteers from Nairobi.",
        "geo",
    ),
    (
        "person cue: 'Referral' a hospital's kind, no one's referral",
        "The county's new dialysis unit opens at Kakamega Referral Hospital in March.",
        "geo",
    ),
    (
        "organisation: a waterfront's last word",
        "He runs along the Marina Bay waterfront most mornings before clinic.",
        "name",
    ),
    (
        "short_for_a_body_named_earlier: a charity's community",
        "Volunteers from the Galway Simon Community will serve soup; donations can be left at"
        " the Simon shop on Shop Street.",
        "name",
    ),
    (
        "a desk's mailbox: outreach",
        "The Harbour Trust runs a weekly clinic for rough sleepers. For details email"
        " outreach@harbourtrust.org.nz.",
        "email",
    ),
    (
        "named_by_a_post: public offices the writer writes to",
        "I urge councillors Janet Ross and Hemi Tawhiri to look again at the evidence before"
        " the vote.",
        "name",
    ),
    (
        "a_competitions_winner: a final's winner",
        "The women's final was won by Sarah Collins, who beat the defending champion.",
        "name",
    ),
    (
        "a_writers_work_town: 'as a <trade> who has worked in'",
        "As a hygienist who has worked in Mildura for 25 years, I welcome the new fluoride plan.",
        "geo",
    ),
    (
        "a_writers_work_town: 'I have worked as a <trade> in'",
        "I have worked as a dental nurse in Ballina for ten years and have never seen waiting"
        " lists this long.",
        "geo",
    ),
    (
        "an_events_place: a health day's school",
        "Thank you to Dr. Peter Mwangi and his team for the health day at Kilimani Primary"
        " School last week.",
        "geo",
    ),
    (
        "after_doctor_title: initials between the title and the names",
        "The course is new. Dr. K. Ramesh Babu said the college would add twenty seats.",
        "name",
    ),
    (
        "own address: a notice's 'Office:' label",
        "Happy Diwali from Dr. Anita Rao and the team! Office: 120 Lake Street, Oak Park IL 60301.",
        "address",
    ),
    (
        "a_business_street: a centre's street",
        "Mrs. Mary Kelly ran the review centre on Dorset Street for twenty years.",
        "address",
    ),
    (
        "names_no_one_in_the_text: a surname opening a practice's name, in its link",
        "Dr. Tom Reid of Glen Park Family Dental will answer questions. Email"
        " talks@glenparkfamilydental.com.",
        "url",
    ),
    (
        "names_no_one_in_the_text: a surname opening a practice's name, in its link",
        "Dr. Ana Ruiz of Mill Park Pediatric Dentistry will give the talk. Questions to"
        " events@millparkkidsdds.com.",
        "url",
    ),
    (
        "a_writers_work_town: 'as a retired <trade> who worked in'",
        "As a retired dental nurse who worked in Timaru for years, I support the council's plan.",
        "geo",
    ),
    (
        "a_competitions_winner: a race's winners",
        "The 10 km was won by Sipho Ndlovu in 31 minutes, and the women's race by Lerato Mokoena.",
        "name",
    ),
    # (guard-longclean6)
    (
        "public title: a councillor abbreviated",
        "Cr. Paula Haddon moved that the Shire fund the dental van. Seconded Cr. Tom Brearley.",
        "name",
    ),
    ("public title: a councillor abroad", "La consigliera Anna Rossi presenta la mozione.", "name"),
    (
        "doctor's title abroad: lek. dent.",
        "Przeglądy prowadzi lek. dent. Anna Nowicka, specjalista stomatologii dziecięcej.",
        "name",
    ),
    ("doctor's title abroad: dott.", "Riferisce il dott. Marco Bellini, primario.", "name"),
    (
        "phone: a form's example number",
        'How to fill in the new patient form: In the box marked "Medicare number", write the ten'
        " digits on your green card, for example 2123 45670 1, followed by the number next to"
        " your name.",
        "phone",
    ),
    (
        "date.deadline: a form due back",
        "Dear Parents, the school oral health team will visit on Tuesday. If you do not want your"
        " child to take part, please return the attached form to the class teacher by Friday 5"
        " September.",
        "date",
    ),
    (
        "date.deadline: forms due back",
        "Consent forms for your child are due back by Friday 8 August.",
        "date",
    ),
    (
        "email: an organisation's one-word mailbox",
        "RSVP to the secretary, Peter Hanley, at oldboys@ags.school.nz by 1 March.",
        "email",
    ),
    (
        "email: a project's mailbox",
        "Questions to the project coordinator at grangetowndental@cardiff.ac.uk, please.",
        "email",
    ),
    (
        "facility.named: a health district",
        "Thanks to Ms. Jess Whitfield, the oral health therapist from the Murrumbidgee Local"
        " Health District, who taught the children how to brush.",
        "geo",
    ),
    (
        "name: a condition's name opening a sentence",
        "Practice blog, Sydney: Why do kids grind their teeth at night? Bruxism is common in"
        " children under 10 and most grow out of it when their adult teeth come in.",
        "name",
    ),
    (
        "a_birth_town: an obituary's birthplace",
        "Dr. Harold Feinstein, who founded the clinic in 1969, died on November 2. Born in"
        " Winnipeg, he studied at the University of Toronto.",
        "geo",
    ),
    (
        "a_competitions_winner: player of the match",
        "Player of the match was halfback Jayden Tuala with two tries.",
        "name",
    ),
    (
        "a_competitions_winner: named player of the season",
        "Congratulations to Gethin Williams, named player of the season, on a great year.",
        "name",
    ),
    (
        "a_writers_origin: originally from",
        "I'm originally from Sydney but have lived abroad for years; the rebates are no better.",
        "geo",
    ),
    (
        "ambiguous given name: a clinician's town",
        "The association announces that Dr. Kevin Cho of Surrey will serve as its president. He"
        " succeeds Dr. Lisa Ma of Victoria.",
        "name",
    ),
    (
        "a_public_person_named_earlier: Mr and the surname",
        "Former Lord Mayor Michael O'Leary has been named patron of the fund. Mr O'Leary said"
        " the fund raised €38,000 last year.",
        "name",
    ),
    (
        "joins_the_team: who joins our front desk",
        "This month we farewell our receptionist Aroha Walker. Please welcome Liam Tupou, who"
        " joins our front desk on Monday.",
        "name",
    ),
    (
        "a clinician's death: a doctor's initials",
        "Tribute: Dr. K. Ramachandran, founder of Sri Ramachandra Dental College and former"
        " president of the Dental Council of India, passed away on 8 January at the age of 92.",
        "date",
    ),
    (
        "public title: a graduation's valedictorian",
        "The University of the West Indies graduated 34 new dentists on Saturday. Valedictorian"
        " Shanice Brown thanked her classmates.",
        "name",
    ),
    (
        "a_rand_fee: a registration fee in rand",
        "Dr. Shaheed Ebrahim will speak on dental trauma in children. Registration is R450 for"
        " members; 3 CEUs.",
        "vehicle_id",
    ),
    (
        "a_clinicians_workplace: an obituary goes on with He",
        "Obituary: Professor Sir Eric Whaites, the radiologist whose textbook taught dental"
        " radiography to three generations of students, has died at 79. He led the department at"
        " Guy's Hospital for over twenty years.",
        "geo",
    ),
    (
        "a_letters_signature: name and suburb",
        "Letter to the editor: Sir, I urge councillors to think again before the vote on 14"
        " March. The cost is small, about £2,400 a year. Yours faithfully, Margaret Tulloch,"
        " Roslyn.",
        "name",
    ),
    (
        "number_of_no_person: a practice's reference",
        "Smile Studio Bristol is now taking NHS children's patients again. Practice ref: V4512.",
        "record_number",
    ),
    (
        "number_of_no_person: a raffle's ticket",
        "Mother's Day raffle winner: congratulations to ticket #0482! Please bring your ticket to"
        " reception.",
        "record_number",
    ),
    (
        "number_of_no_person: the practice's own tax number",
        "Thanks for the message! Our BIR TIN is 123-456-789-000 for your company's reimbursement.",
        "record_number",
    ),
    (
        "phone: book with her",
        "Meet our new hygienist, Sinéad! She qualified at Trinity College Dublin in 2019 and joins"
        " us every Tuesday and Thursday. Book with her online or on 01 555 0123.",
        "phone",
    ),
    (
        "phone: contact the doctor at",
        "We'd like to discuss this with you directly. Please contact Dr. Ferris at 604-555-0126.",
        "phone",
    ),
    (
        "phone: a secretary's line",
        "Dr Sarah Mitchell, Consultant Rheumatologist, Leeds Teaching Hospitals. Secretary: 0113"
        " 243 3144. Clinics Mon/Wed/Thu.",
        "phone",
    ),
    (
        "phone: a number's format shown",
        "Tip: your Medicare card number has 10 digits plus an IRN, like 2123 45670 1. The IRN is"
        " the number next to your name on the card.",
        "phone",
    ),
    (
        "age.milestone_news: the oldest runner",
        "The oldest runner in the field, 92-year-old Fred Hughes, crossed the line in 2 hours 40.",
        "age",
    ),
    (
        "age.milestone_news: a country's oldest person",
        "Japan life expectancy: women 87.1 years, men 81.1 years (2023). The oldest person in"
        " Japan recently turned 116.",
        "age",
    ),
    # (guard-longclean7) a nun's, a brother's or a senior nurse's title; a notice's person
    # in an office; a care role in apposition
    (
        "_named_by_a_post: Sister as a title",
        "Congratulations to Sister Bernadette Ryan, who retired after 41 years of service on"
        " the parish school.",
        "name",
    ),
    (
        "_named_by_a_post: Brother as a title",
        "Brother Declan Moran will walk the Camino this spring to raise funds for the day"
        " centre's sensory garden.",
        "name",
    ),
    (
        "_in_our_team: sent to someone in the school office",
        "If you do not want your child seen, please return the blue form to Mrs. Ngaire Tipene"
        " in the school office by Friday.",
        "name",
    ),
    (
        "_in_our_team: collected from someone in the practice office",
        "New tunics can be collected from Priya in the practice office between 8 and 10.",
        "name",
    ),
    (
        "_named_after_their_role: a chiropodist between commas",
        "This month's visitors included the chiropodist, Mr. Alan Briggs, who now comes every"
        " six weeks.",
        "name",
    ),
    (
        "_named_after_their_role: the ward's matron",
        "The ward's new matron, Mrs. Helen Abara, thanks every family who filled in the survey.",
        "name",
    ),
    (
        "_staff_duty: who is on call in a rota",
        "Hi all, the December rota is attached. Sophie is on call on Christmas Eve and Tom is on"
        " call on Boxing Day.",
        "name",
    ),
    (
        "name.clinical_subject: a job's hours in brackets",
        "We are looking for a part-time Practice Nurse (22.5 hours per week) to join our team.",
        "name",
    ),
]

# The same kinds of identifier, a patient's: (label that must be blocked, text, why)
A_PATIENTS: list[tuple[str, str, str]] = [
    ("geo", "Jane Roberts was treated at Mercy Hospital, which will receive a new wing.", "care"),
    ("geo", "My mum raised £800 for St Gemma's Hospice after they looked after her.", "family"),
    ("geo", "My son Tom was at a conference in Mombasa when he broke his leg.", "family"),
    ("geo", "Tom Reyes attended the congress in Boston and was admitted to Mass General.", "care"),
    (
        "name",
        "The support group, led by Carla Mendes, who told us about her breast cancer, meets"
        " on Monday.",
        "her own health",
    ),
    (
        "name",
        "Meet Dr. Arjun Menon. Arjun lives with his wife, Lakshmi, who had a stroke last year.",
        "the spouse's health",
    ),
    ("name", "We said goodbye to the late Kwame Mensah, who had a stroke.", "no article's run"),
    ("name", "Oluwaseun Adeyemi had a crown fitted on Tuesday.", "no article"),
    ("name", "Tom Kelly from the Irish Cancer Society was admitted on Monday.", "care"),
    ("name", "Sarah Holt set a club record and then broke her ankle at the finish.", "hurt"),
    ("name", "Jake Morris from the Rotary Club broke his wrist on 12 June.", "hurt"),
    (
        "name",
        "Prayer notice, Mary Smith, St. James Hospital: please pray for her recovery.",
        "prayer",
    ),
    (
        "name",
        "Please pray for Sister Loretta Jenkins in the church office, who was admitted on Monday.",
        "care",
    ),
    ("phone", "My mum needs help, call her on 033 2465 5555.", "family"),
    # (guard-longclean5)
    ("geo", "Jane Roberts had her implant placed at Riverside Dental Clinic on Monday.", "care"),
    (
        "geo",
        "My daughter was admitted to Moi Teaching and Referral Hospital with malaria last night.",
        "family",
    ),
    ("name", "Simon had his tooth out yesterday and his face is still swollen.", "care"),
    ("name", "My councillor, Tom Hale, told me he was admitted with chest pain last week.", "care"),
    ("name", "The raffle was won by Mary Lee, who is still recovering from her surgery.", "care"),
    ("name", "The race was won by my son Leo Ndlovu, who has asthma.", "family"),
    (
        "geo",
        "As a nurse who has worked in Tralee for years, I never thought my own son would be"
        " admitted with sepsis.",
        "family",
    ),
    ("geo", "My son got hurt at the sports day at Kawempe Primary School on 9 May.", "family"),
    ("address", "Patient Amy Lee, home address: 41 Harbour Road, Napier 4110.", "patient"),
    ("name", "My dad S. Lakshmi Narayanan had a stroke on Friday.", "family"),
    ("address", "My mum lives above the hall on Oak Lane, near our house.", "home"),
    (
        "address",
        'Found at the clinic office: a hearing aid case labelled "Tom Reid - 12 Oak Row, Leith'
        ' EH6 4AB".',
        "lost property",
    ),
    # (guard-longclean6)
    ("name", "Cr. Paula Haddon said her son Jack was admitted to Busselton Hospital.", "family"),
    ("phone", "Please call my mum Joan Smith, her mobile is 0412 555 219.", "family"),
    ("date", "Carmen, please sign your consent form by Dec 4.", "named"),
    (
        "date",
        "Our son Cillian Kelly needs his medical form signed before Friday 12 December.",
        "kin",
    ),
    ("email", "My daughter Amy's email is amydental@ucl.ac.uk if you need her.", "family"),
    ("geo", "My nephew Sam was born at Rotorua Hospital on 2 May.", "care"),
    ("geo", "My daughter was born in Rotorua and now lives in Perth.", "family"),
    ("name", "Congratulations to Gethin Williams on getting his braces off!", "care"),
    ("name", "Player of the match was my son Jayden Tuala, who broke his wrist.", "family"),
    ("geo", "I'm originally from Leeds and my mum was admitted to St James's last week.", "family"),
    ("geo", "My patient Tom is originally from Leeds.", "patient"),
    (
        "name",
        "Former Lord Mayor Michael O'Leary opened the ward. Mr O'Leary's wife was admitted there.",
        "family",
    ),
    (
        "name",
        "Please welcome Liam Tupou, who joins our team after his knee surgery last week.",
        "care",
    ),
    (
        "geo",
        "Dr. Lee retired last year. He worked at Guy's until he was diagnosed with cancer.",
        "care",
    ),
    ("vehicle_id", "My car registration is R450 ABC.", "plate"),
    (
        "name",
        "Dear editor, my father was treated badly at the hospital on 3 May. Yours faithfully,"
        " Fiona O'Brien, Douglas.",
        "family",
    ),
    ("name", "Thanks for the crown, Dr Lee. Helen Marsh, Avonside.", "care"),
    ("record_number", "Her booking ref is BK-55120 for the implant.", "patient's booking"),
    ("record_number", "My member ID is 8842113 and my ticket number is 44512.", "writer's"),
    (
        "phone",
        "The tutorial's number was only an example, but mine is real: +33 6 12 34 56 79. Please"
        " call about my son's stitches.",
        "family",
    ),
    ("phone", "My son Jake is at home, mobile: 0412 555 219.", "family"),
    ("age", "Happy 100th birthday to Doris, who has been with us for 40 years!", "the practice's"),
    ("age", "Edna, 94, celebrated her birthday at home after her hip surgery.", "care"),
    ("age", "Everyone wish Ms. Evelyn a happy 92nd birthday!", "a post's wishes"),
    # (guard-longclean7) the same frames, of someone's own health
    ("name", "Sister Rosario Dela Cruz has had a fever and a bad cough since Sunday.", "own"),
    ("name", "Sister Theresa Mwansa is diabetic and her sugar was 19 this morning.", "own"),
    ("name", "Brother Declan Moran was admitted with chest pains on the Camino.", "own"),
    ("name", "My sister Ana Lopez had her wisdom teeth out yesterday.", "family"),
    (
        "name",
        "Could you call Gareth Hughes in the centre office? He has been coughing up blood.",
        "next sentence",
    ),
    (
        "name",
        "Speak to Priya in the practice office, she's just back after her miscarriage.",
        "own",
    ),
    ("name", "We found Kofi in the school office with a swollen lip after he fell.", "found"),
    # (smalltowns37b) a town of England where she lives, no one's name: read as the town it
    # is since a listed town of two words yields no more to its first word's given name
    ("geo", "My mum lives alone in Milton Keynes and has had two falls this month.", "family"),
    ("name", "The matron, Mrs. Helen Abara, has been diagnosed with breast cancer.", "own"),
    ("name", "The chiropodist, Mr. Alan Briggs, was admitted to hospital after a fall.", "own"),
    ("name", "Peter Novak (52) underwent a root canal and reports ongoing pain.", "age"),
    ("name", "Dave is on call tonight and his tooth is killing him.", "own mouth"),
    ("name", "Sophie is on call this weekend but she has had a fever since Friday.", "own"),
    ("name", "Tom Baker (18 months) has a rash on his chest.", "age"),
]
