"""The guard-places round (issue 14): clean texts with places and addresses pass, places
tied to a person are found whole. Places that identify no patient: a practice's or a
business's address (also as other countries write it), a venue, a hospital in the news, a
dateline, a trip's destination, a town's water or clinics, the weather; beside them the
same shapes where a patient or a relative lives, was born or was treated."""

from __future__ import annotations

import pytest
from blocked_view import blocked_words as _blocked

CLEAN = [
    # place.news_report
    "A man in his forties was taken to Salford Royal after the fire, the fire service said.",
    "A tourist from Germany was treated at the Royal Infirmary after the crash, police said.",
    # place.towns_things
    "Is the tap water in Mexico City safe to rinse my mouth with after an extraction?",
    "Which clinics in Toronto offer same-day emergency dental appointments on a Sunday?",
    # place.trip_destination
    "I'm travelling to Lima next month; which vaccines do I need and should I see you first?",
    "Can I fly to Denver two days after a tooth extraction?",
    # place.our_branch
    "Our sister practice in Galway is on Shop Street, right beside the cathedral.",
    # place.named_places_address
    "The White House is at 1600 Pennsylvania Avenue NW, Washington, DC 20500.",
    "Your prescription is ready to collect at Walgreens, 455 Main St, Springfield.",
    # org.trade_and_public_kinds and "is located at" in other languages
    "The Dutch distributor sits at Keizersgracht 221, 1016 DV Amsterdam.",
    "Registered office: 5 New Street Square, London EC4A 3TW. Company no. 04567123.",
    "Free mouth cancer screening this Saturday at Brent Civic Centre, 32 Engineers Way, Wembley HA9 0FJ.",
    "Gabinet stomatologiczny, ul. Piotrkowska 100, 90-004 Łódź, zaprasza od poniedziałku.",
    "Nasza klinika: ul. Marszałkowska 84/92, 00-514 Warszawa.",
    "Le cabinet se trouve au 5 boulevard Haussmann, 75009 Paris.",
    "Il nostro studio si trova in via Mazzini 14, 37121 Verona.",
    # place.in_a_story, place.for_a_group
    "In the novel, Harry Potter lives at 4 Privet Drive, Little Whinging, with his aunt and uncle.",
    "Patients treated at St Mary's Hospital in 2019 are invited to take part in a survey.",
    # place.where_you_go, place.a_venues_town, a council's building ("Merrion House")
    "When you arrive at 3-7-1 Nishi-Shinjuku, Shinjuku-ku, Tokyo 163-0890, take the lift.",
    "I found a great vegan café on Rua da Prata in Lisbon, by the way!",
    "Do you have a branch in Croydon or should I come to the Sutton one?",
    "Council tax queries: Leeds City Council, Merrion House, 110 Merrion Centre, Leeds LS2 8BB.",
    "Envoyez vos questions à notre cabinet, 7 rue Nationale, 37000 Tours.",
    # place.weather_report
    "Storm Ciarán will bring 80mph winds to Cornwall on Thursday, so some appointments may move.",
    # a Romance place opener before a particle ("Champ de Mars") is no name
    "The Eiffel Tower's address is Champ de Mars, 5 Avenue Anatole France, 75007 Paris.",
    # an everyday word of Spanish, Portuguese, French, Italian, German or Dutch before the
    # particle opens an institution's name ("Nacional", "Ministerio", "Universitario"); Our Lady
    "Our partners at the Instituto Nacional de Cancerología in Mexico City published guidance.",
    "The Hospital Universitario La Paz in Madrid opened a new wing.",
    "The Ministerio de Sanidad updated its guidance on measles.",
    "Visit the Centro de Salud San Blas for free flu shots this week.",
    # public.figure (guard-places2): a public life's days and places, as news and history
    "Novelist Hilary Mantel died in September 2022 at the age of 70.",
    "King Charles was treated for an enlarged prostate in January 2024, the palace said.",
    "Saint Apollonia is the patron saint of dentists; her feast day is 9 February.",
    # place.asked_of_readers: a question put to every reader
    "Lives in Leeds? The council runs free blood pressure checks.",
    "Living near Galway? The mobile screening unit visits the square on Tuesdays.",
    # place.clinicians_practice: the town a clinician works in
    "Shout-out to Dr. Fatima, who spoke on the news about GP shortages. She practises in Bradford.",
    # handle.not_a_login: a chat's speaker label before what they said; a link's host
    "Chat log 09:14 — agent: how can I help? — user: what's your opening time on Sunday?",
    "Our page instagram.com/brightsmiles.dental has before-and-after photos shared with permission.",
    # place.event_venue: where a group's event is held; example.sentence: how a value is written
    "72 people attended the CHF support group at 300 Beacon St, Boston on Thursday.",
    "The carers' workshop at 250 Queen Street West, Toronto, is free and no booking is needed.",
    "How to write an address in Singapore: Blk 123 Street Name, #05-678, Singapore 123456.",
    # age.of_a_thing: a building's or a firm's age; a desk's mailbox (complaints, volunteers)
    "The hospital, now 120 years old, opened its new wing.",
    "A 96-year-old bakery in Kraków still makes sugar-free pączki for diabetics.",
    "Want to help at the fun run? Email volunteers@riversidehospice.org.",
    # phone.public_line: the line a service's reminders come from
    "Your appointment reminders come from 07860 055 555; save it so they don't go to spam.",
]


@pytest.mark.parametrize("text", CLEAN)
def test_places_of_no_one_pass(text: str) -> None:
    assert _blocked(text) == []


FOUND = [
    # the same shapes, tied to a person: kept
    ("My dad was taken to Salford Royal after the fire, the fire service said.", "Salford Royal"),
    ("The clinics in Toronto would not see my mum after her fall.", "Toronto"),
    ("I flew to Houston for my surgery and my jaw still hurts.", "Houston"),
    ("I'm travelling to Lima next month but I live in Callao.", "Callao"),
    ("My mum lives in Cornwall and the storm cut her power on Thursday.", "Cornwall"),
    ("Please visit my mother at Rose Cottage, 12 Church Street, Ewell.", "12 Church Street"),
    ("Deliver the bed to Keller, 12 Elm Road, Leeds LS6 2AB.", "12 Elm Road, Leeds LS6 2AB"),
    # public.figure, place.asked_of_readers, place.clinicians_practice beside one of ours
    (
        "My grandfather, a retired footballer, was admitted on 4 December with a cough.",
        "4 December",
    ),
    ("My aunt, a famous singer in her day, now lives in Malibu and needs a dentist.", "Malibu"),
    ("Live in Leeds? My father does, at 14 Otley Road, Leeds LS6 3AA.", "14 Otley Road"),
    ("My brother practised law in Kraków until his stroke on 12 March 2023.", "Kraków"),
    ("Kwame Asante, 92, a retired inventor, was admitted on 14 August.", "14 August"),
    # place.event_venue and example.sentence beside one of ours
    ("My mum goes to the support group at 12 Oak Road, Leeds LS6 2AB.", "12 Oak Road"),
    ("I don't know how to write my address: 14 Otley Road, Leeds LS6 3AA.", "14 Otley Road"),
    # age.of_a_thing beside a person: the age is theirs
    ("The 91-year-old hospital porter at our clinic broke his hip.", "91"),
    ("At the surgery, 95-year-old Mrs Jones slipped on the wet floor.", "95"),
    ("Please email my daughter at complaints.priya89@gmail.com.", "complaints.priya89@gmail.com"),
    # handle.username: a login after "User:", a reminder line someone else rings
    ("User: jmiller_87 wants to cancel the implant consult.", "jmiller_87"),
    ("My mum's reminders come from the clinic but ring her on 0161 555 0183.", "0161 555 0183"),
    # address.foreign: a French square or quay, a street in lower case, "via" with its CAP
    (
        "The patient's home is 3 place du Marché, 67000 Strasbourg; please arrange the nurse.",
        "3 place du Marché, 67000 Strasbourg",
    ),
    (
        "Mi hijo vive en calle Sierpes 33, 41004 Sevilla y tiene una caries.",
        "calle Sierpes 33, 41004 Sevilla",
    ),
    (
        "Mio figlio abita in via Mazzini 14, 37121 Verona e ha l'asma.",
        "via Mazzini 14, 37121 Verona",
    ),
    # address.town_after_postcode: the town after a postcode of figures
    (
        "Moja babcia mieszka przy ul. Długa 7 m. 3, 80-827 Gdańsk i ma problemy z protezą.",
        "ul. Długa 7 m. 3, 80-827 Gdańsk",
    ),
    (
        "My sister moved to Keizersgracht 221-II, 1016 DV Amsterdam last month.",
        "Keizersgracht 221-II, 1016 DV Amsterdam",
    ),
]


@pytest.mark.parametrize(("text", "words"), FOUND)
def test_places_tied_to_a_person_are_found_whole(text: str, words: str) -> None:
    assert any(words in found for found in _blocked(text))


def test_via_alone_is_an_english_word() -> None:
    assert _blocked("Send it via Zoom 2 times a week.") == []
