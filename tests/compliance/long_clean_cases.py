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
]
