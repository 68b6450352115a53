"""clean16: clean texts the guard blocked, fixed by kind of text (history and health news,
church titles, notices asking for an RSVP, medicine brands that are given names…). Each kind
has twins where the same words are a patient's and stay found."""

from __future__ import annotations

import pytest
from blocked_view import blocked_words as blocked

# ``person_cues._LIVES_THE_VERB``: "lives" the plural noun of history and health news
# names no one, so a date or a town beside it is no one's
LIVES_THE_NOUN = [
    "The Titanic sank on 15 April 1912 with more than 1,500 lives lost.",
    "Seat belts have saved thousands of lives since 1983, the report said on 3 March 2021.",
    "Screening changed the lives of carers in Lucknow after 23 March 2020.",
    "Cyclone Idai claimed over 1,000 lives in Beira on 14 March 2019.",
    "Road safety week starts 17 November: speed cameras save lives.",
    "The 1918 flu claimed more lives than the war, with cases in Kansas on 4 March 1918.",
]


@pytest.mark.parametrize("text", LIVES_THE_NOUN)
def test_lives_the_noun_names_no_one(text: str) -> None:
    assert blocked(text) == []


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("My nan lives alone since her fall on 3 March.", "3 March"),
        ("She lives in Lucknow since 12 May 2023.", "12 May 2023"),
        ("The patient who lives on Molly Trail was seen on 4 June.", "4 June"),
    ],
)
def test_lives_the_verb_still_says_who(text: str, words: str) -> None:
    assert words in blocked(text)


# ``person_cues._TITLE_OF_FAITH``: "Mother" and "Father" capitalised before a name are a
# nun's, a priest's or a season's figure
CHURCH_TITLES = [
    "Mother Teresa's home for the dying in Kolkata is still running today.",
    "Mother Teresa's homes for the dying in Kolkata were criticised for poor pain relief.",
    "Father Christmas will visit the children's ward in Mosgiel on 20 December.",
    "Father Damien cared for people with leprosy on Molokai until 1889.",
]


@pytest.mark.parametrize("text", CHURCH_TITLES)
def test_a_title_of_faith_is_no_parent(text: str) -> None:
    assert blocked(text) == []


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("Mother had a fall on 3 March and is in hospital in Lucknow.", "3 March"),
        ("My mother lives in Lucknow and was admitted on 3 March.", "3 March"),
        ("My father was admitted to hospital in Mosgiel on 20 December.", "20 December"),
    ],
)
def test_a_parent_still_says_who(text: str, words: str) -> None:
    assert words in blocked(text)


# ``rules._SPOKEN_TO_BEFORE``: a word after "RSVP to", "reply to", "talk to" is a person
# spoken to, not a town
SPOKEN_TO = [
    "Staff social Friday 14 March at the Esplanade Hotel, St Kilda, from 6pm. RSVP to Tash by"
    " Wednesday so she can book the function room.",
    "Team quiz night on 3 May at the Crown! Talk to Siobhan at reception to join a table.",
    "Big thank you to Lwazi for organising our Heritage Day braai on 24 September.",
]


@pytest.mark.parametrize("text", SPOKEN_TO)
def test_someone_spoken_to_is_no_town(text: str) -> None:
    assert blocked(text) == []


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("My mum was moved to Lucknow on 3 March for her surgery.", "Lucknow"),
        ("I'm moving to Mosgiel next month and need a new GP for my diabetes.", "Mosgiel"),
        ("Dad was flown to Tauranga after his stroke on 4 April.", "Tauranga"),
    ],
)
def test_a_town_moved_or_sent_to_stays(text: str, words: str) -> None:
    assert words in blocked(text)


# ``names.medicine_brand`` and ``a_medicine_by_name``: a medicine sold under a given name,
# beside a dose, another medicine or a word of going on or off it
MEDICINE_BRANDS = [
    "Can Allegra be taken with Sudafed for hay fever?",
    "Is Allegra or Zyrtec better for hay fever?",
    "Allegra 180 makes me sleepy, is that normal?",
    "Ibuprofen or Allegra for a sinus headache?",
    "I've been on Camila for three months and still spotting, is that normal?",
    "Switched from Sprintec to Heather and now I have acne.",
    "Can I take ella if I'm already on Yasmin?",
    "Yasmin pill and weight gain, any experience?",
    "Came off Yasmin in May, when does my period come back?",
]


@pytest.mark.parametrize("text", MEDICINE_BRANDS)
def test_a_medicine_sold_under_a_given_name_is_no_one(text: str) -> None:
    assert blocked(text) == []


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("My daughter Allegra is allergic to penicillin.", "Allegra"),
        ("Allegra had a rash after the new pills.", "Allegra"),
        ("Heather was taken to A&E with chest pain on 3 May.", "Heather"),
        ("Allegra and Tom came in for their check-ups on 3 May.", "Allegra"),
        ("Heather takes Zyrtec daily since her asthma diagnosis.", "Heather"),
        ("Does Camila need her booster before school?", "Camila"),
    ],
)
def test_a_person_with_a_medicines_name_stays(text: str, words: str) -> None:
    assert words in blocked(text)


# ``practice_vetoes._PRIVATE``: "aged" of a thing ("those perms have aged better") is no
# one's age, so a staff photo's caption stays a staff photo's
STAFF_PHOTOS = [
    "Throwback to our 1998 staff photo! Left to right: Janet, Dr Owen Pritchard, Bernie, Gwyn"
    " and little Rhys (now our IT man). Some of those perms have aged better than others.",
    "Team photo from 2005! L-R: Thandi, Dr Mokoena, Pieter and Lwazi. The hairstyles have aged"
    " badly.",
]


@pytest.mark.parametrize("text", STAFF_PHOTOS)
def test_a_staff_photo_whose_hairstyles_aged_names_no_patient(text: str) -> None:
    assert blocked(text) == []


@pytest.mark.parametrize(
    ("text", "words"),
    [
        (
            "Our staff photo, left to right: Aroha, Dr Ngata and Mere. Aroha is now aged 91 and"
            " lives in Rotorua.",
            "91",
        ),
        (
            "Pictured left to right: our patient Maria Lopez, aged 93, with Dr Chen after her"
            " implant.",
            "Maria Lopez",
        ),
    ],
)
def test_someone_aged_in_a_caption_still_blocks(text: str, words: str) -> None:
    assert words in blocked(text)


# ``people_vetoes._listed_under_their_role``: names listed after their role in the plural
ROLE_LISTS = [
    "Volunteers Kavya Reddy, Arjun Rao and Sneha Pillai helped with registration.",
    "Hygienists Olga Petrova and Ben Walker will hold the fort while she is away.",
    "Thanks to volunteers Kavya Reddy, Arjun Rao and Sneha Pillai for the registration desk.",
    "Speakers Tom Hale and Aisha Bello will cover fluoride and diet.",
    "Receptionists Siobhan Murphy und Jonas Weber sind ab Montag wieder da.",
]


@pytest.mark.parametrize("text", ROLE_LISTS)
def test_names_listed_under_their_role_are_the_team(text: str) -> None:
    assert blocked(text) == []


@pytest.mark.parametrize(
    ("text", "words"),
    [
        (
            "Volunteers Kavya Reddy and Arjun Rao were admitted to hospital after the crash.",
            "Arjun Rao",
        ),
        (
            "Volunteers Kavya Reddy and Arjun Rao, both diabetic, will share their stories.",
            "Arjun Rao",
        ),
        (
            "Trainees Kavya Reddy and Arjun Rao both had their wisdom teeth out on 3 May.",
            "Arjun Rao",
        ),
        ("Patients Kavya Reddy and Arjun Rao had their implants placed on 3 May.", "Arjun Rao"),
        ("Twins Kavya and Arjun Rao were born at St Mary's on 3 May.", "Arjun Rao"),
    ],
)
def test_a_role_list_with_care_or_no_role_still_blocks(text: str, words: str) -> None:
    assert words in blocked(text)


# ``person_cues._NO_DATA_OF``: "no patient data", "no child data" deny any data of a person
NO_DATA = [
    "Clinical update for GPs (no patient details): from 1 January, the Royal Melbourne Hospital"
    " will accept direct GP referrals for suspected TIA.",
    "Our booking system was down on 3 March at the Leeds office. No patient data was affected.",
    "EPI schedule update from 1 July at Korle Bu Teaching Hospital. No child data included.",
]


@pytest.mark.parametrize("text", NO_DATA)
def test_data_denied_names_no_one(text: str) -> None:
    assert blocked(text) == []


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("The patient data of Mr Okafor was sent to the wrong address on 3 March.", "3 March"),
        ("No patient details were kept, but my son was seen on 3 March.", "3 March"),
        ("Patient details: Mary Jones, 12 May 1950, Leeds", "12 May 1950"),
    ],
)
def test_a_patient_still_says_who(text: str, words: str) -> None:
    assert words in blocked(text)


# ``rules._a_town_after_in``: a town after "en" or "em" (Spanish, French, Portuguese "in")
TOWNS_ABROAD = [
    "Hospital Dr. Darío Contreras en Santo Domingo informa que su servicio de ortopedia"
    " trabajará 24 horas.",
    "La clínica abre una nueva sede en Santiago el 3 de marzo.",
]


@pytest.mark.parametrize("text", TOWNS_ABROAD)
def test_a_town_after_a_foreign_in_is_the_town(text: str) -> None:
    assert blocked(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "Mi madre vive en Santiago y fue operada el 3 de mayo.",
        "Minha avó mora em Santiago e foi internada no dia 3 de maio.",
    ],
)
def test_a_relatives_town_abroad_still_blocks(text: str) -> None:
    assert "Santiago" in blocked(text)


# ``names._BRANDED_THINGS``: a fruit's, a flower's or a herb's given name before what is
# made or grown of it
PLANTS_AND_FOODS = [
    "Clementine oranges are a great low-acid snack for kids.",
    "Jasmine tea is fine to drink while breastfeeding.",
    "Is Jasmine rice better than basmati for diabetics?",
]


@pytest.mark.parametrize("text", PLANTS_AND_FOODS)
def test_a_fruit_or_a_flower_by_a_given_name_is_no_one(text: str) -> None:
    assert blocked(text) == []


@pytest.mark.parametrize(
    "text",
    ["Jasmine leaves for her surgery on 3 May.", "Clementine was admitted on 3 May with a fever."],
)
def test_a_girl_of_that_name_still_blocks(text: str) -> None:
    assert blocked(text)[0] in ("Jasmine", "Clementine")


# ``person_cues``: "pt" and "mx" ending a web or mail address are a country's domain
def test_a_portuguese_or_mexican_domain_is_no_patient() -> None:
    text = (
        "Contact our clinic at info (at) lisbondentalcare-example.pt or +351 21 555 0100. We"
        " answer within one working day."
    )
    assert blocked(text) == []


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("Pt seen on 3 May with reflux, call back on +351 21 555 0100.", "+351 21 555 0100"),
        ("Mx. Jones rang about their appointment on 3 May.", "3 May"),
    ],
)
def test_a_patients_pt_or_a_title_mx_still_says_who(text: str, words: str) -> None:
    assert words in blocked(text)


# ``rules.drop_public_lives``: a word read both as a name and as a place in a public
# figure's sentence is the place, no other person beside the figure
def test_a_figures_town_read_as_a_name_too_is_the_figures() -> None:
    text = (
        "Florence Nightingale kept statistics on soldiers' deaths in Scutari; nursing still"
        " honours her method."
    )
    assert blocked(text) == []


def test_a_patient_beside_a_figure_still_ties_the_town() -> None:
    text = "Florence Nightingale and Mary Okafor met in Scutari; her son was born on 3 May."
    assert {"Mary Okafor", "Scutari", "3 May"} <= set(blocked(text))


# ``people_vetoes._a_towns_own``: "Auckland's own Dame Valerie Adams", a town claiming its
# celebrity
def test_a_towns_own_celebrity_is_no_patient() -> None:
    text = (
        "Congratulations to Auckland's own Dame Valerie Adams, who visited our Manukau clinic"
        ' to launch the "Smile Strong" school programme on Tuesday 18 March.'
    )
    assert blocked(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "Congratulations to Brooklyn's own first tooth on 3 May!",
        "Happy birthday to Sydney, 4 today!",
    ],
)
def test_a_child_named_like_a_town_still_blocks(text: str) -> None:
    assert blocked(text)[0] in ("Brooklyn", "Sydney")


# ``rules._SENDER_BEFORE``: the number a service's reminders or texts are sent from
@pytest.mark.parametrize(
    "text",
    [
        "Reminders are sent from 0161 555 0199 two days before your visit.",
        "Appointment reminders will come from 020 7946 0321 two days ahead, so save it.",
    ],
)
def test_the_line_reminders_are_sent_from_is_the_services(text: str) -> None:
    assert blocked(text) == []


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("My reminders come from my daughter on 07700 900 123.", "07700 900 123"),
        ("Calls from 07700 900 123 are my ex, please block him.", "07700 900 123"),
    ],
)
def test_a_persons_number_still_blocks(text: str, words: str) -> None:
    assert words in blocked(text)


# ``names._a_place_body``: a town or a city thanked as a council
def test_a_town_thanked_as_a_council_is_no_one() -> None:
    text = "Skin check recap: 143 people screened. Thank you, Town of Whitby. #SkinCheck"
    assert blocked(text) == []
    assert blocked("Thank you, City of Cape Town, for the venue on 3 May.") == []


def test_someone_greeted_still_blocks() -> None:
    assert "Emma" in blocked("Thanks Emma, see you on 3 May!")


# ``people_vetoes._a_players_club``: a player named with the professional club or the
# country they played for
@pytest.mark.parametrize(
    "text",
    [
        "Park Ji-sung played for Manchester United from 2005 to 2012.",
        "Park Ji-sung played for South Korea 100 times.",
    ],
)
def test_a_player_named_with_their_club_is_a_public_sportsperson(text: str) -> None:
    assert blocked(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "Kwame Mensah played for Leeds United's academy before his ACL surgery on 3 May.",
        "Kwame Mensah plays for Tema on Sundays.",
        "My son Jake played for the under-12s and broke his wrist on 3 May.",
    ],
)
def test_an_amateur_or_an_injured_player_still_blocks(text: str) -> None:
    assert blocked(text)
