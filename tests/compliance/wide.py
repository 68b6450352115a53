"""A wide evaluation set: personal-data sentences and clinical-style questions, filled from
Faker's locale pools (thousands of names, streets, towns, phone formats and plates).

Three parts share no template and no locale's name list:

- ``wide_dev`` (tuning): templates below marked for tuning, Faker ``en_US`` and ``en_GB``
  (places, numbers) and names of those and ten other locales (German, French, Mexican,
  Italian, Polish, Yoruba, Zulu, Turkish, Dutch, Swahili).
- ``wide_held_out`` (never tuned on; its misses are never printed): other templates, Faker
  ``en_IE``, ``en_NZ``, ``en_IN`` and ``en_AU`` (Irish, Maori, Indian names; Australian
  phones and addresses), written at the same time as the tuning part.
- ``fresh_held_out`` (never tuned on, never inspected): written after the tuning was done,
  with other templates, names from eight more locales (Portuguese, Romanian, Czech,
  Hungarian, Croatian, Indonesian, Irish Gaelic, Lithuanian), phones from seven and
  Canadian addresses.

Each template marks an identifier as ``{kind}`` (labelled) or a value that is not one as
``{~kind}`` (a practice's own phone, a provider, an event date: filled, not labelled). Every
text is made from a seed, so figures compare between runs of one Faker version.

    python tests/compliance/wide.py   # prints a few samples of each part
"""

from __future__ import annotations

import random
import re
from collections.abc import Callable

from faker import Faker
from generated import (
    MONTH,
    ORDINALS,
    WEEKDAYS,
    _suffix,
    at_dot,
    emoji_split,
    fullwidth,
    lookalike,
    lower,
    o_for_zero,
    slashes,
    spelled,
    zero_width,
)
from labelled import Sample, untitled

LOCALES = {
    "wide_dev": ["en_US", "en_GB"],
    "wide_held_out": ["en_IE", "en_NZ", "en_IN", "en_AU"],
    "fresh_held_out": ["en_CA"],
}
# en_AU takes its names from en_US: in the held-out part its names come from the others.
NAME_LOCALES = {
    # Names from many cultures to tune on; none of these lists is used by the held-out part.
    "wide_dev": ["en_US", "en_GB", "de_DE", "fr_FR", "es_MX", "it_IT", "pl_PL", "yo_NG", "zu_ZA"]
    + ["tr_TR", "nl_NL", "sw"],
    "wide_held_out": ["en_IE", "en_NZ", "en_IN"],
    "fresh_held_out": ["pt_PT", "ro_RO", "cs_CZ", "hu_HU", "hr_HR", "id_ID", "ga_IE", "lt_LT"],
}

FACILITY_TAILS = {
    "fresh_held_out": [
        "Hospital",
        "Health Sciences Centre",
        "Community Health Centre",
        "Long-Term Care",
        "Family Medicine Clinic",
        "Walk-In Clinic",
    ],
    "wide_dev": [
        "Hospital",
        "Medical Center",
        "Clinic",
        "Regional Medical Center",
        "Community Hospital",
        "Urgent Care",
        "Children's Hospital",
        "Rehabilitation Center",
    ],
    "wide_held_out": [
        "General Hospital",
        "Health Centre",
        "Private Hospital",
        "Memorial Hospital",
        "Nursing Home",
        "Aged Care",
        "Infirmary",
        "Medical Centre",
    ],
}
# Phone formats to tune on: many countries' (none of the held-out part's locales).
PHONE_LOCALES = {
    "wide_dev": ["en_US", "en_GB", "en_CA", "de_DE", "fr_FR", "es_ES", "it_IT", "pt_BR"]
    + ["tr_TR", "da_DK", "sv_SE", "no_NO", "fi_FI", "nl_NL", "pl_PL"],
    "wide_held_out": LOCALES["wide_held_out"],
    "fresh_held_out": ["en_CA", "ro_RO", "hr_HR", "id_ID", "es_CO", "pt_PT", "cs_CZ"],
}


class Pool:
    """Values of one part, from its Faker locales and one random source."""

    def __init__(self, part: str, rng: random.Random) -> None:
        self.part = part
        self.rng = rng
        self.fakers = {}
        every = LOCALES[part] + NAME_LOCALES[part] + PHONE_LOCALES[part]
        for number, loc in enumerate(dict.fromkeys(every)):
            fake = Faker(loc)
            fake.seed_instance(rng.randint(0, 10**6) + number)
            self.fakers[loc] = fake

    def fake(self, names: bool = False) -> Faker:
        pool = NAME_LOCALES[self.part] if names else LOCALES[self.part]
        return self.fakers[self.rng.choice(pool)]

    # -- people
    def name(self) -> str:
        f = self.fake(True)
        return f"{f.first_name()} {f.last_name()}"

    def first(self) -> str:
        return self.fake(True).first_name()

    def last(self) -> str:
        return self.fake(True).last_name()

    def initial(self) -> str:
        title = self.rng.choice(["Mr. ", "Mrs. ", "Ms. ", "Dr. ", "", ""])
        return f"{title}{self.first()} {self.last()[0]}."

    def titled(self) -> str:
        return f"{self.rng.choice(['Mr.', 'Mrs.', 'Ms.', 'Miss', 'Mr', 'Mrs'])} {self.last()}"

    def middle(self) -> str:
        return f"{self.first()} {self.rng.choice('ABCDEFGHJKLMNPRSTW')}. {self.last()}"

    # -- places
    def city(self) -> str:
        return self.fake().city()

    def facility(self) -> str:
        r = self.rng
        tail = r.choice(FACILITY_TAILS[self.part])
        forms = [
            lambda: f"{self.city()} {tail}",
            lambda: f"St. {self.first()}'s",
            lambda: f"{self.last()} {tail}",
            lambda: f"St. {self.first()}'s {tail}",
        ]
        return r.choice(forms)()

    def street(self) -> str:
        return self.fake().street_address()

    def address(self) -> str:
        return self.fake().address().replace("\n", ", ")

    def postcode(self) -> str:
        return self.fake().postcode()

    # -- dates as people write them
    def date(self) -> str:
        r = self.rng
        month, day, year = r.randrange(12), r.randint(1, 28), r.randint(1925, 2025)
        forms: list[Callable[[], str]] = [
            lambda: f"{MONTH[month]} {day}{_suffix(day)}, {year}",
            lambda: f"the {day}{_suffix(day)} of {MONTH[month]}",
            lambda: f"{MONTH[month][:3]}. {day}, {year}",
            lambda: f"{day:02d}.{month + 1:02d}.{year}",
            lambda: f"{month + 1}/{day}/{str(year)[2:]}",
            lambda: f"{month + 1}/{day}",
            lambda: f"{day} {MONTH[month][:3]} {year}",
            lambda: f"{MONTH[month]} {ORDINALS[min(day, 20) - 1]}",
            lambda: f"{r.choice(WEEKDAYS)}, {MONTH[month]} {day}",
            lambda: f"{year}-{month + 1:02d}-{day:02d}",
            lambda: f"{ORDINALS[min(day, 20) - 1]} of {MONTH[month]}",
            lambda: f"{MONTH[month]} {year}",
            lambda: self.fake().date(pattern=r.choice(["%m/%d/%Y", "%d/%m/%Y", "%B %d, %Y"])),
        ]
        return r.choice(forms)()

    # -- numbers
    def phone(self) -> str:
        return self.fakers[self.rng.choice(PHONE_LOCALES[self.part])].phone_number()

    def ssn(self) -> str:
        r = self.rng
        a, b, c = r.randint(100, 665), r.randint(10, 99), r.randint(1000, 9999)
        return r.choice([f"{a}-{b}-{c}", f"{a}{b}{c}", f"{a} {b} {c}"])

    def email(self) -> str:
        return self.fakers[LOCALES[self.part][0]].free_email()

    def ip(self) -> str:
        f = self.fake()
        return f.ipv4() if self.rng.random() < 0.8 else f.ipv6()

    def url(self) -> str:
        user = self.fake().user_name()
        return self.rng.choice(
            [
                f"https://www.facebook.com/{user}",
                f"linkedin.com/in/{user}",
                f"https://instagram.com/{user}",
                f"https://www.gofundme.com/f/help-{user}",
            ]
        )

    def handle(self) -> str:
        return "@" + self.fake().user_name()

    def plate(self) -> str:
        return self.fake().license_plate()

    def vin(self) -> str:
        return self.fakers[LOCALES[self.part][0]].vin()

    def mrn(self) -> str:
        r = self.rng
        digits = "".join(str(r.randint(0, 9)) for _ in range(r.choice([6, 7, 8, 10])))
        return r.choice(["", "MRN", "MR-", "H"]) + digits

    def member(self) -> str:
        r = self.rng
        return r.choice(
            [
                lambda: self.fake().bothify("???#########").upper(),
                lambda: self.fake().bothify("#########"),
                lambda: self.fake().bothify("??-######").upper(),
                lambda: self.fake().bothify("####-####-####"),
            ]
        )()

    def account(self) -> str:
        return self.fakers[LOCALES[self.part][0]].bban()

    def iban(self) -> str:
        return self.fakers[LOCALES[self.part][0]].iban()

    def card(self) -> str:
        return self.fakers[LOCALES[self.part][0]].credit_card_number()

    def serial(self) -> str:
        return (
            self.fake()
            .bothify(self.rng.choice(["??#######", "SN-######-??", "#####-####"]))
            .upper()
        )

    def licence(self) -> str:
        return self.fake().bothify(self.rng.choice(["?#######", "??######", "#########"])).upper()

    def passport(self) -> str:
        return self.fakers[LOCALES[self.part][0]].passport_number()

    def age(self) -> str:
        return str(self.rng.randint(90, 106))

    # -- values that are not identifiers (filled, never labelled)
    def provider(self) -> str:
        return f"Dr. {self.last()}"

    def practice_phone(self) -> str:
        return self.fake().phone_number()

    def event_date(self) -> str:
        r = self.rng
        month, day = r.randrange(12), r.randint(1, 28)
        return r.choice(
            [
                f"{MONTH[month]} {day}{_suffix(day)}",
                f"{MONTH[month][:3]} {day}",
                f"{r.choice(WEEKDAYS)}, {MONTH[month]} {day}",
                f"{r.choice(WEEKDAYS)} the {day}{_suffix(day)}",
                f"{month + 1}/{day}",
            ]
        )

    def weekday(self) -> str:
        return self.rng.choice(WEEKDAYS)

    def number(self) -> str:
        return str(self.rng.randint(18, 88))


LABELS = {
    "name": "name",
    "first": "name",
    "last": "name",
    "initial": "name",
    "titled": "name",
    "middle": "name",
    "city": "geo",
    "facility": "geo",
    "postcode": "geo",
    "street": "address",
    "address": "address",
    "date": "date",
    "phone": "phone",
    "ssn": "ssn",
    "email": "email",
    "ip": "ip",
    "url": "url",
    "handle": "handle",
    "plate": "vehicle_id",
    "vin": "vehicle_id",
    "mrn": "record_number",
    "member": "record_number",
    "account": "record_number",
    "iban": "record_number",
    "card": "record_number",
    "licence": "record_number",
    "passport": "record_number",
    "serial": "device_id",
    "age": "age",
}

PHI_TEMPLATES = {
    "wide_dev": [
        # personal-data sentences
        "My name is {name} and I live at {street}.",
        "Please ship it to {address}.",
        "You can reach me at {phone} after 5.",
        "My email is {email}, write any time.",
        "His social security number is {ssn}.",
        "I was born on {date} in {city}.",
        "The login came from IP {ip}.",
        "The car with plate {plate} belongs to {name}.",
        "My card number is {card}, please charge the copay.",
        "Wire the refund to IBAN {iban}.",
        "Find me on {url}.",
        "Follow {handle} for updates on my recovery.",
        "Driver's licence number {licence}, issued to {name}.",
        "Passport no. {passport} expires next year.",
        "{name}'s phone number is {phone}.",
        "Contact {first} at {email} or {phone}.",
        "My address: {address}",
        "I'm {name}, reachable at {phone}.",
        "VIN {vin} was in the accident report for {titled}.",
        "Account {account} belongs to {initial}.",
        "{name} lives at {street} with her two kids.",
        "The form lists {name}, {address}, DOB {date}.",
        "Send the statement to {titled} at {street}, {city} {postcode}.",
        # clinical-style questions
        "My {number} yo father {name} was admitted to {facility} on {date} with chest pain. What tests should he ask for?",
        "My mom {first} is {age} and keeps falling. Is that normal?",
        "{initial} had a knee replacement at {facility} on {date}; how long until she can drive?",
        "My daughter {first} was seen at {facility} in {city} for a rash. Should we worry?",
        "Is it safe for my husband {name} (MRN {mrn}) to take ibuprofen after his stent?",
        "My grandfather, who is {age} years old, was discharged from {facility} yesterday.",
        "Question about my son {name}, born {date}: when is his next vaccine due?",
        "Mr. {last} was transferred to {facility} on {date} after a stroke.",
        "I'm {name}; my member ID is {member}. Is my crown covered?",
        "Dr. {first} {last[0]}. at {facility} prescribed amoxicillin for my son. Is that ok with his peanut allergy?",
        "My wife {first} had her gallbladder out at {facility} last {weekday}. She still has pain.",
        "My patient, {middle}, {number}, presented with fever on {date}.",
        "We took Grandma {first} to the ER at {facility} on the {day_ordinal}.",
        "My policy number is {member} and my insulin pump serial is {serial}.",
        "{name} passed away at {facility} on {date}.",
        "Our neighbour {titled}, {age}, lives alone on {street_name}.",
        "My brother {first} was hospitalised in {city} on {date} after a seizure.",
        "Can my mother {first}, age {age}, still have dental implants?",
        # posts and replies
        "Happy {age}th birthday to our favourite patient {first}!",
        "Thanks {first} {last[0]}. for the kind review! See you on {date}.",
        "Hi {first}, we called {phone} about your results but got voicemail.",
        "Congratulations to {name} on finishing her braces treatment!",
        "Reply to {name}: we're sorry about the wait on {date}.",
        "hey {first} its me, my new number is {phone}",
        "Patient: {name}. DOB: {date}. Address: {address}.",
        "My {number}-year-old son {first} fell off his bike in {city} and chipped a tooth.",
        "Is a fever of 39 normal after a tetanus shot? My dad {name} had one on {date}.",
        "Please update my records: new email {email}, new phone {phone}.",
        "{name} (SSN {ssn}) missed the appointment on {date}.",
        "We're thinking of {first} {last[0]}., who has been at {facility} since {date}.",
        "Mrs. {first} {last} turned {age} today and still comes in for cleanings!",
        "Grandpa ({name}, {age}) stays with us in {city} now.",
        "My nan is {age} and still lives on her own.",
        "Her hospital number is {mrn} and her passport is {passport}.",
        "Card ending {card} belongs to {name}.",
        "We stayed with my cousin {first} in {city} after his operation on {date}.",
        "My aunt moved into {facility} in {city} on {date}.",
        "Ph: {phone}, Email: {email}, Name: {name}",
        "Is it safe for a {age} year old to have a general anaesthetic? My great-grandmother {first} needs a hip done.",
    ],
    "wide_held_out": [
        # personal-data sentences
        "I moved to {address} last year.",
        "Ring me on {phone} if anything changes.",
        "Her email address is {email}.",
        "SSN: {ssn}",
        "Date of birth {date}, place of birth {city}.",
        "Their router's address was {ip}.",
        "Number plate {plate} was seen outside the house of {name}.",
        "Please debit account {account} for {titled}.",
        "Card ending {card} was declined for {name}.",
        "My profile is {url}",
        "DM {handle} about the fundraiser for my dad.",
        "Passport {passport} and licence {licence} belong to {name}.",
        "{name} ({email}) asked for a copy of her records.",
        "Mail the forms to {name}, {street}, {city}.",
        "We live at {street} and our landline is {phone}.",
        "{first} {last} can be contacted on {phone}.",
        "Vehicle VIN: {vin}",
        "Bank details for {initial}: {iban}",
        "{titled} gave {street} as her home address.",
        # clinical-style questions
        "My {number}-year-old aunt {name} was taken to {facility} on {date} with a broken hip. How long is recovery?",
        "Dad ({name}, {age}) has been at {facility} since {date}. Can he have visitors?",
        "My partner {first} was diagnosed with diabetes at {facility} in {city}. What should he eat?",
        "{initial} went into labour on {date} and delivered at {facility}.",
        "Hospital number {mrn} for {name}: the scan is booked for {date}.",
        "My little boy {first} had grommets put in at {facility} on {date}, is the discharge normal?",
        "Nan is {age} and lives in {city}; should she get the shingles jab?",
        "{name}, a {number}-year-old teacher from {city}, presented to {facility} with headaches.",
        "Our son {first} stays at {facility} during the week.",
        "Medicare number {member} for my mum {name}.",
        "My grandmother {name} was rushed to {facility} on {date}.",
        "The pacemaker serial {serial} was recorded for {titled}.",
        "Is a CT scan safe in pregnancy? I'm {name}, due on {date}.",
        "My father-in-law {first}, who lives on {street_name} in {city}, needs a dentist who does home visits.",
        "{middle} was referred to {facility} on {date}.",
        # posts and replies
        "Big thank you to {name} for baking us cookies!",
        "{first}, your new dentures are ready; call us when you can, or we'll ring {phone}.",
        "Responding to {first} {last[0]}.: sorry the parking on {date} was so tight.",
        "Welcome back {titled}! Great to see you after your surgery.",
        "Happy retirement {name}, our patient of 20 years!",
    ],
}

PHI_TEMPLATES["fresh_held_out"] = [
    "Hello, I am {name} and my cell is {phone}.",
    "Write to me at {email}; my home address is {address}.",
    "Social insurance number {ssn} is on my file.",
    "My late husband {name} died at {facility} on {date}.",
    "Can my son {first} ({age} is his great-grandad's age!) visit the ward?",
    "Great-grandad {first} is {age} and lives in {city}.",
    "Our daughter {first} has had a rash since {date}; she goes to school in {city}.",
    "{titled} from {city} wants to know if her insurance covers night guards.",
    "Last {weekday} my brother {first} was admitted to {facility} with pneumonia.",
    "Please update the chart for {initial}: new phone {phone}.",
    "Health card number {member} for my mother, {name}.",
    "I'm {first}, {number}, and I've had migraines since {date}. Is that normal?",
    "The plate {plate} was on the car that hit {name}.",
    "{name} asked us to delete her account {account}.",
    "IP address {ip} shows up in the login records for {email}.",
    "Her page {url} has photos from her surgery.",
    "Tag {handle} in the photo, she said it's fine.",
    "Deliver the dentures to {street} for {titled}.",
    "{middle}, date of birth {date}, MRN {mrn}.",
    "Her serial number on the hearing aid is {serial}.",
    "My friend {first} {last[0]}. had an abscess drained at {facility} on {date}.",
    "Hi there, {first} here. Can I move my cleaning to {date}? Call {phone}.",
    "We are so sorry, {first}, that your crown came loose.",
    "Please pass on our best wishes to {name} and her family.",
    "Appointment confirmed for {name} on {date} at 2:30.",
]
CLEAN_TEMPLATES_FRESH = [
    "Our {~city} clinic will close at 3pm on {~event_date}.",
    "Got questions about wisdom teeth? Phone {~practice_phone} any weekday.",
    "{~provider} is taking new patients again from {~event_date}.",
    "Do electric toothbrushes clean better? Studies suggest a small benefit.",
    "Gum disease affects nearly half of adults over 30.",
    "Vaccines for the flu season arrive on {~event_date}; no booking needed.",
    "We are hiring a dental assistant for our {~city} office.",
    "The {~city} Farmers Market on {~event_date} will have our free toothbrush stand.",
    "What should you do if a tooth is knocked out? Keep it moist and see a dentist fast.",
    "Night guards can protect your teeth from grinding.",
    "Canada's Food Guide suggests water as the drink of choice.",
    "Our team is taking part in the {~city} charity walk on {~event_date}.",
    "{~provider} and {~provider} will be at the school health fair.",
    "Fluoride varnish is free for children under six.",
    "Holiday closure: {~event_date} through the new year.",
]
CLEAN_TEMPLATES = {
    "wide_dev": [
        "{~provider} is back from vacation on {~weekday}!",
        "Open 9–5 on {~event_date}. Call us at {~practice_phone} to book.",
        "Our office will be closed {~event_date} for staff training.",
        "Flu shots available starting {~event_date}; walk-ins welcome.",
        "Welcome {~provider} to our team! She specialises in pediatric dentistry.",
        "How long does a root canal take? Usually one or two visits.",
        "What causes bad breath? Bacteria on the tongue, gum disease and dry mouth.",
        "Is it normal for gums to bleed when you floss? It can be a sign of gingivitis.",
        "Chest pain that spreads to the arm or jaw needs emergency care: call 911.",
        "Kids should see a dentist by age 1, or within six months of the first tooth.",
        "{~provider} will speak at the {~city} Library on {~event_date} about oral cancer screening.",
        "New patients welcome! Call {~practice_phone} or book online.",
        "Our {~city} office now opens at 7am on {~weekday}s.",
        "Question of the week: can diabetes cause dry mouth? Yes, high blood sugar can.",
        "Adults over 65 should get a pneumococcal vaccine; ask your doctor.",
        "We accept Delta Dental, Cigna and MetLife plans.",
        "Holiday hours: closed {~event_date}, open again the next day.",
        "Thank you to everyone who came to our open house on {~event_date}!",
        "{~provider} and {~provider} completed advanced implant training this month.",
        "What is a dry socket? It happens when the blood clot is lost after an extraction.",
        "Free screenings for kids aged 5 to 12 on {~event_date}.",
        "Heart attack symptoms in women can include nausea, back pain and fatigue.",
        "The American Dental Association recommends fluoride toothpaste for everyone over 3.",
        "Parking is free in the garage on {~city} Street.",
        "Flu clinic this Saturday. Ring {~practice_phone}.",
        "Closed {~weekday} for a staff day. Questions? Call {~practice_phone}.",
        "Emergency appointments every weekday. Phone {~practice_phone} from 8am.",
        "Meet {~provider}, who grew up in {~city} and loves hiking.",
        "{~provider} answers your questions live on {~event_date} at 7pm.",
        "We moved! Our new address is 12 Market Square, {~city}.",
        "The {~city} Marathon on {~event_date} will close roads near the clinic.",
        "Congratulations to {~provider} on 25 years with the practice!",
        "Can stress cause mouth ulcers? It can, along with minor injuries and some foods.",
        "Patients over 90 can book a home visit; ask reception for details.",
        "Our patient survey results are in: 98% would recommend us.",
        "Sign up for our newsletter at the front desk or on our website.",
    ],
    "wide_held_out": [
        "{~provider} joins us every {~weekday} from next month.",
        "We're open late on {~event_date} for school-holiday check-ups. Phone {~practice_phone}.",
        "Reminder: the surgery closes at noon on {~event_date}.",
        "Why do teeth turn yellow? Coffee, tea, smoking and age all play a part.",
        "How much water should you drink a day? About eight glasses for most adults.",
        "Stroke signs: face drooping, arm weakness, speech trouble. Call an ambulance at once.",
        "{~provider} is running a free workshop on baby teeth at the {~city} community hall on {~event_date}.",
        "Bookings can be made on {~practice_phone} or through our website.",
        "Is fluoride safe for toddlers? A smear of toothpaste is enough under three.",
        "Our team will be at the {~city} Show on {~event_date}; come and say hello!",
        "Shingles vaccines are free for people aged 65 and over.",
        "Please welcome our new hygienist, who starts on {~event_date}.",
        "What is the best toothbrush? Soft bristles, small head, replaced every three months.",
        "Closed for the public holiday on {~event_date}.",
        "{~provider} has been named dentist of the year by the regional association.",
        "Wisdom teeth often come through between the ages of 17 and 25.",
        "Mouth ulcers that last more than three weeks should be checked.",
        "Our car park entrance moves to the back of the building from {~event_date}.",
        "Eating disorders can damage tooth enamel; we can help protect it.",
        "Blood pressure checks are free at the pharmacy every {~weekday}.",
    ],
}

CLEAN_TEMPLATES["fresh_held_out"] = CLEAN_TEMPLATES_FRESH

_SLOT = re.compile(r"\{(~?)(\w+)(?:\[0\])?\}")

NAME_DISGUISES = (zero_width, lookalike, fullwidth, emoji_split, lower)
PHONE_DISGUISES = (zero_width, o_for_zero, spelled, slashes)


def _value(pool: Pool, kind: str) -> str:
    if kind == "day_ordinal":
        day = pool.rng.randint(1, 28)
        return f"{day}{_suffix(day)}"
    if kind == "street_name":
        return pool.fake().street_name()
    return str(getattr(pool, kind)())


def _label(kind: str) -> str:
    if kind == "day_ordinal":
        return "date"
    if kind == "street_name":
        return "address"
    return LABELS[kind]


def _disguise(pool: Pool, kind: str, value: str) -> str:
    r = pool.rng
    if r.random() > 0.12:
        return value
    if kind in ("name", "first", "initial", "middle"):
        return r.choice(NAME_DISGUISES)(r, value)
    if kind == "phone" and sum(c.isdigit() for c in value) >= 9:
        return r.choice(PHONE_DISGUISES)(r, value)
    if kind == "email":
        return at_dot(r, value)
    if kind in ("ssn", "mrn") and r.random() < 0.5:
        return spelled(r, value)
    if kind in ("ssn", "phone"):
        return zero_width(r, value)
    return value


def fill(pool: Pool, template: str) -> tuple[str, tuple[tuple[int, int, str], ...]]:
    """The text and the (start, end, label) of each labelled value."""
    out: list[str] = []
    spans: list[tuple[int, int, str]] = []
    length = position = 0
    remembered: dict[str, str] = {}
    for m in _SLOT.finditer(template):
        before = template[position : m.start()]
        out.append(before)
        length += len(before)
        clean, kind = m.group(1), m.group(2)
        if m.group(0).endswith("[0]}"):
            value = (remembered.get(kind) or _value(pool, kind))[0]
        else:
            value = _value(pool, kind)
            remembered[kind] = value
        if not clean and kind not in ("number", "weekday"):
            value = _disguise(pool, kind, value)
            if m.group(0).endswith("[0]}") and spans and spans[-1][1] == length - 1:
                # "{first} {last[0]}." is one name: widen the name before it.
                start = spans.pop()[0]
                spans.append((start, length + len(value) + 1, "name"))
            else:
                spans.append((length, length + len(value), _label(kind)))
        out.append(value)
        length += len(value)
        position = m.end()
    out.append(template[position:])
    text = "".join(out)
    return text, untitled(text, tuple(spans))


def generate(part: str, count: int = 2000, seed: int = 14) -> list[Sample]:
    """``count`` texts of one part, about half carrying identifiers."""
    rng = random.Random(f"{part}-{seed}")
    pool = Pool(part, rng)
    samples = []
    for number in range(count):
        if number % 2 == 0:
            text, spans = fill(pool, rng.choice(PHI_TEMPLATES[part]))
        else:
            text, spans = fill(pool, rng.choice(CLEAN_TEMPLATES[part]))
            spans = ()
        kind = "reply" if rng.random() < 0.3 else "post"
        samples.append(Sample(f"{part}-{number:04d}", part, kind, text, spans))
    return samples


if __name__ == "__main__":
    for part in LOCALES:
        for sample in generate(part, 12):
            print(part, repr(sample.text), [sample.text[a:b] for a, b, _ in sample.spans])
