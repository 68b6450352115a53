"""A larger evaluation set made from templates and name, place, date and number generators.

Two parts that share no template and no word pool: ``dev`` (what the rules were tuned on)
and ``held_out`` (written alongside it, never looked at for tuning: its misses are not
printed by the benchmark). Each text is made deterministically from a seed, so the figures
are comparable between runs. Templates mark identifiers as ``{kind}``; the generator fills
them and records their spans, optionally disguised (zero-width characters, look-alike
letters, fullwidth, an emoji inside a name, O for 0, spelled-out digits, odd separators).

    python tests/compliance/generated.py   # prints a few samples of each part
"""

from __future__ import annotations

import random
import re
from collections.abc import Callable
from dataclasses import dataclass

from labelled import Sample, untitled

# -- word pools (dev | held-out) ----------------------------------------------------------
GIVEN = {
    "dev": "Maria James Anna John Priya Kwame Sofia Daniel Aisha Liam Chloe Mateo Grace Omar "
    "Hannah Lucas Mei Ethan Fatima Noah Olivia Ravi Zoe Samuel Yuki Elena".split(),
    "held_out": "Oluwaseun Siobhan Thandiwe Bartholomew Ingrid Tomasz Ngozi Dmitri Aoife "
    "Rahul Camila Hiroshi Leilani Mehmet Zanele Bjorn Anika Tariq Marisol Kenji Eleanor "
    "Desmond Yasmin Florian".split(),
}
FAMILY = {
    "dev": "Lopez Smith Raman Mensah Garcia Chen Okafor Patel Novak Rossi Kim Walker Haddad "
    "Fischer Brown Nguyen Silva Dubois".split(),
    "held_out": "Adeyemi Kowalczyk Fitzgerald Nakamura Oyelaran Van der Berg Castellanos "
    "Abernathy Lindqvist Mbeki Papadopoulos Sokolova Delacroix Achterberg Okonkwo Brennan "
    "Takahashi Moreau".split(),
}
CITY = {
    "dev": "Chicago Columbus Denver Leeds Brisbane Toronto Dayton Austin Cork Dundee".split(),
    "held_out": "Wollongong Kalamazoo Shrewsbury Tauranga Bendigo Saskatoon Galway "
    "Chattanooga Ipswich Fresno".split(),
}
FACILITY_HEAD = {
    "dev": "Lakeside Riverside Mercy Northside Hillcrest Baptist Summit Valley".split(),
    "held_out": "Greystone Bayview Kingsbridge Maplewood Pinecrest Harborview Elmhurst "
    "Westmead".split(),
}
FACILITY_TAIL = {
    "dev": ["Clinic", "Hospital", "Medical Center", "General Hospital", "Health Center"],
    "held_out": ["Infirmary", "Memorial Hospital", "Nursing Home", "Urgent Care", "Hospice"],
}
SAINT = {
    "dev": "Vincent's Mary's Luke's Joseph's".split(),
    "held_out": "Jude's Catherine's Anthony's Bartholomew's".split(),
}
STREET = {
    "dev": "Maple Oak Elm Cedar Willow Birch".split(),
    "held_out": "Juniper Sycamore Magnolia Hawthorn Chestnut Alder".split(),
}
STREET_KIND = {
    "dev": ["Street", "Avenue", "Road", "Lane"],
    "held_out": ["Boulevard", "Court", "Terrace", "Drive"],
}
MONTHS = "January February March April May June July August September October November December"
MONTH = MONTHS.split()
ORDINALS = (
    "first second third fourth fifth sixth seventh eighth ninth tenth eleventh twelfth "
    "thirteenth fourteenth fifteenth sixteenth seventeenth eighteenth nineteenth twentieth"
).split()
DIGIT_WORDS = "zero one two three four five six seven eight nine".split()
WEEKDAYS = "Monday Tuesday Wednesday Thursday Friday Saturday Sunday".split()

ZERO_WIDTH = ["\u200b", "\u200c", "\u200d", "\u2060"]
LOOKALIKE = {"a": "а", "e": "е", "o": "о", "p": "р", "c": "с", "i": "і", "M": "М", "A": "А"}


def _suffix(day: int) -> str:
    if 11 <= day <= 13:
        return "th"
    return {1: "st", 2: "nd", 3: "rd"}.get(day % 10, "th")


@dataclass
class Gen:
    """Makes one part's values from one random source."""

    rng: random.Random
    part: str

    def pick(self, pool: dict[str, list[str]]) -> str:
        return self.rng.choice(pool[self.part])

    # -- people and places
    def full_name(self) -> str:
        return f"{self.pick(GIVEN)} {self.pick(FAMILY)}"

    def given(self) -> str:
        return self.pick(GIVEN)

    def initial_name(self) -> str:
        title = self.rng.choice(["Mr. ", "Mrs. ", "Ms. ", "Dr. ", ""])
        return f"{title}{self.pick(GIVEN)} {self.pick(FAMILY)[0]}."

    def titled(self) -> str:
        return f"{self.rng.choice(['Mr.', 'Mrs.', 'Ms.', 'Miss'])} {self.pick(FAMILY)}"

    def city(self) -> str:
        return self.pick(CITY)

    def facility(self) -> str:
        if self.rng.random() < 0.3:
            return f"St. {self.pick(SAINT)}"
        return f"{self.pick(FACILITY_HEAD)} {self.pick(FACILITY_TAIL)}"

    def street(self) -> str:
        return f"{self.pick(STREET)} {self.pick(STREET_KIND)}"

    def address(self) -> str:
        return f"{self.rng.randint(2, 9800)} {self.street()}"

    # -- dates as people write them
    def date(self) -> str:
        r = self.rng
        month, day, year = r.randrange(12), r.randint(1, 28), r.randint(1930, 2024)
        forms: list[Callable[[], str]] = [
            lambda: f"{MONTH[month][:3]} {day}{_suffix(day)}, {year}",
            lambda: f"the {day}{_suffix(day)} of {MONTH[month]}",
            lambda: f"{MONTH[month]} {day}, {year}",
            lambda: f"{day:02d}.{month + 1:02d}.{year}",
            lambda: f"{month + 1}/{day}/{year}",
            lambda: f"{year}-{month + 1:02d}-{day:02d}",
            lambda: f"last {r.choice(WEEKDAYS)} the {day}{_suffix(day)}",
            lambda: f"{MONTH[month]} {ORDINALS[min(day, 20) - 1]}",
            lambda: f"{day} {MONTH[month]} {year}",
        ]
        return r.choice(forms)()

    # -- numbers
    def phone(self) -> str:
        r = self.rng
        forms = [
            lambda: f"({r.randint(201, 989)}) 555-01{r.randint(10, 99)}",
            lambda: f"020 7946 0{r.randint(100, 999)}",
            lambda: f"04{r.randint(10, 99)} {r.randint(100, 999)} {r.randint(100, 999)}",
            lambda: f"+44 7911 {r.randint(100000, 999999)}",
            lambda: f"+61 2 9{r.randint(100, 999)} {r.randint(1000, 9999)}",
            lambda: f"{r.randint(201, 989)}.555.01{r.randint(10, 99)}",
        ]
        return r.choice(forms)()

    def ssn(self) -> str:
        r = self.rng
        return f"{r.randint(100, 665)}{r.randint(10, 99)}{r.randint(1000, 9999)}"

    def number(self, digits: int) -> str:
        return "".join(str(self.rng.randint(0, 9)) for _ in range(digits))

    def handle(self) -> str:
        return (
            "@"
            + self.pick(GIVEN).lower()
            + self.rng.choice(["_", ".", ""])
            + str(self.rng.randint(1, 99))
        )

    def age(self) -> str:
        return str(self.rng.randint(90, 104))

    def ip(self) -> str:
        return ".".join(str(self.rng.randint(1, 254)) for _ in range(4))

    def email(self) -> str:
        local = (
            self.pick(GIVEN).lower() + self.rng.choice([".", "_", ""]) + self.pick(FAMILY).lower()
        )
        domain = self.rng.choice(["gmail", "yahoo", "outlook", "hotmail", "icloud"])
        return f"{local.replace(' ', '')}@{domain}.com"


# -- disguises ---------------------------------------------------------------------------
def zero_width(rng: random.Random, value: str) -> str:
    at = rng.randint(1, max(1, len(value) - 1))
    return value[:at] + rng.choice(ZERO_WIDTH) + value[at:]


def lookalike(rng: random.Random, value: str) -> str:
    letters = [i for i, c in enumerate(value) if c in LOOKALIKE]
    if not letters:
        return value
    i = rng.choice(letters)
    return value[:i] + LOOKALIKE[value[i]] + value[i + 1 :]


def fullwidth(rng: random.Random, value: str) -> str:
    return "".join(chr(ord(c) + 0xFEE0) if "!" <= c <= "~" else c for c in value)


def emoji_split(rng: random.Random, value: str) -> str:
    at = rng.randint(1, max(1, len(value.split()[0]) - 1))
    return value[:at] + rng.choice(["😀", "🦷", "✨", "💙"]) + value[at:]


def o_for_zero(rng: random.Random, value: str) -> str:
    return value.replace("0", "O")


def spelled(rng: random.Random, value: str) -> str:
    return " ".join(DIGIT_WORDS[int(c)] for c in value if c.isdigit())


def slashes(rng: random.Random, value: str) -> str:
    plus = "+" if value.startswith("+") else ""
    digits = re.sub(r"\D", "", value)
    sep = rng.choice(["/", "_", " "])
    return plus + sep.join([digits[:3], digits[3:6], digits[6:]])


def at_dot(rng: random.Random, value: str) -> str:
    local, _, domain = value.partition("@")
    host, _, tld = domain.rpartition(".")
    return rng.choice(
        [
            f"{local} at {host} dot {tld}",
            f"{local}[at]{host}[dot]{tld}",
            f"{local} (at) {host}.{tld}",
        ]
    )


def lower(rng: random.Random, value: str) -> str:
    return value.lower()


NAME_DISGUISES = (zero_width, lookalike, fullwidth, emoji_split)
PHONE_DISGUISES = (zero_width, o_for_zero, spelled, slashes)


# -- templates: "{kind}" fills a labelled value; kinds name a Gen method and a label ---------
KINDS: dict[str, tuple[str, str]] = {
    "name": ("full_name", "name"),
    "given": ("given", "name"),
    "initial": ("initial_name", "name"),
    "titled": ("titled", "name"),
    "city": ("city", "geo"),
    "facility": ("facility", "geo"),
    "street": ("street", "address"),
    "address": ("address", "address"),
    "date": ("date", "date"),
    "phone": ("phone", "phone"),
    "ssn": ("ssn", "ssn"),
    "email": ("email", "email"),
    "mrn": ("mrn", "record_number"),
    "member": ("member", "record_number"),
    "ip": ("ip", "ip"),
    "age": ("age", "age"),
    "handle": ("handle", "handle"),
}

PHI_TEMPLATES = {
    "dev": [
        "My mother {name} was seen at {facility} on {date}.",
        "{name} was admitted to {facility} with chest pain.",
        "Is it normal that my son {given} still has a fever after his visit on {date}?",
        "Patient {initial} reports tooth pain since {date}.",
        "{initial} asked us to call her back at {phone}.",
        "My number is {phone}, please call me about my results.",
        "Her date of birth is {date} and her MRN is {mrn}.",
        "Member ID: {member}, subscriber {name}.",
        "Can you send my records to {email}?",
        "I live on {street} in {city} and need a new dentist.",
        "{titled} lives at {address}, {city}.",
        "SSN {ssn} was on the intake form.",
        "Dr. Rossi's office in {city} referred my daughter.",
        "A 67-year-old woman named {name} presented on {date} with a cough.",
        "{name}, DOB {date}, policy no. {member}.",
        "Please update the account for {name}: acct {member}.",
        "My husband {given} had his crown done on {date} and it still hurts.",
        "We met {name} at {facility} last week after her fall.",
        "Text me at {phone} when the x-rays are ready.",
        "My health plan number is {member}.",
        "Name: {name}\nAddress: {address}, {city}\nPhone: {phone}",
        "Please send the invoice to {name} at {address}.",
        "{name} called yesterday asking to move her cleaning to {date}.",
        "My grandmother {given} turned {age} and wants to know if dentures are covered.",
        "Can someone tell {given} that her biopsy results are in? Her cell is {phone}.",
        "Customer {name} (acct {member}) disputes the charge from {date}.",
        "Hi {given}, we got your message about the swelling.",
        "Thank you {name} for the lovely review!",
        "{name}, 45, from {city}, was treated for a broken jaw.",
        "Forward the referral for {name} to Dr. Okafor at {facility}.",
        "The emergency contact for {initial} is her sister {name}, {phone}.",
        "IP {ip} logged in as {given}.",
        "Would a 70-year-old like my father {given} need antibiotics before a cleaning?",
        "Passport number {member} was scanned for {name}.",
        "Replying to {name}: so sorry to hear about the pain, please call us.",
        "{handle} your crown is ready for pickup!",
        "Thanks for the 5 stars, {given}! See you on {date}.",
        "Is it ok to fly after a tooth extraction? I'm {name} and I fly to {city} on {date}.",
        "Q: My father, {name}, age {age}, keeps losing weight after his dentures. What now?",
        "Review reply: {titled}, we're sorry your visit on {date} ran late.",
        "Appointment reminder for {name} at {facility}, {date}. Questions? {phone}",
        "I'm writing for my aunt {name}; her member number is {member} and she lives in {city}.",
        "Our records show {initial} (SSN {ssn}) has a balance.",
        "Please fax the referral for {name} (DOB {date}) to {phone}.",
        "Hey {given}! Your new retainer came in. Text {phone} to pick a time.",
        "{name} and her twins came in for cleanings on {date}.",
        "Does anyone know a good orthodontist near {street}? My son {given} needs braces.",
        "Emergency contact: {name}, {phone}, {email}",
    ],
    "held_out": [
        "Question from a parent: my daughter {given} was discharged from {facility} on {date}, when can she return to school?",
        "{name} (born {date}) transferred to {facility}.",
        "Reach her on {phone} or write to {email}.",
        "The patient, {initial}, lives on {street} near the park.",
        "Medical record number {mrn} belongs to {name}.",
        "I was treated at {facility} in {city} on {date}.",
        "{titled} called from {phone} about his bill.",
        "Licence no. {member} was photocopied with the form of {name}.",
        "Our neighbour {name} from {city} asked about implants.",
        "My wife {given} has an appointment on {date} at {facility}.",
        "Social security {ssn}, insurance ID {member}.",
        "How long does a filling last? Asking for my dad, {name}, who lives at {address}.",
        "{name} was diagnosed with diabetes on {date}.",
        "Contact {email} or {phone} for {given}'s forms.",
        "He grew up in {city} and was seen at {facility} on {date}.",
        "Account number {member} for {initial} is overdue.",
        "Patient name: {name}, DOB: {date}, MRN: {mrn}",
        "Is bleeding normal after an extraction? {given} had two molars out on {date}.",
        "Send the x-rays to {email} for {name}, please.",
        "{given} and her husband moved to {address} last spring.",
        "Dear {titled}, your claim {member} was approved.",
        "Shout out to {name} for finishing treatment!",
        "Our patient {name} was born in {city} on {date}.",
        "Device serial {member} was implanted in {name} at {facility}.",
        "My neighbour's kid {given} chipped a tooth; her mum's number is {phone}.",
        "{name} works at {facility} and asked about whitening.",
        "Login from {ip} by {name} was flagged.",
        "Should a {age}-year-old like {name} still get cleanings?",
    ],
}

CLEAN_TEMPLATES = {
    "dev": [
        "Flu shots are available Monday through Friday, no appointment needed.",
        "How often should you replace your toothbrush? Every three months, or after a cold.",
        "We're closed on December 24 and 25 so our team can be with their families.",
        "Ask us about sealants: they protect children's back teeth from cavities.",
        "Did you know gum disease is linked to heart disease? Floss daily.",
        "Our new hours start March 4: Monday-Thursday 7am-6pm.",
        "Dental X-rays use very low doses of radiation. Here is what to expect.",
        "What is the difference between a crown and a filling? A filling repairs a small cavity.",
        "Measles cases are rising in the region; check your vaccination records with your doctor.",
        "Brushing twice a day with fluoride toothpaste prevents most cavities.",
        "Snow day! We are opening two hours late today. Stay safe out there.",
        "Can diabetes affect your gums? Yes: high blood sugar makes gum infections more likely.",
        "National Children's Dental Health Month starts in February.",
        "Sugary drinks are the biggest source of added sugar in kids' diets.",
        "A patient asked us: is teeth whitening safe? When done by a dentist, yes.",
        "What is the best age for a child's first dental visit? By their first birthday.",
        "Research from Harvard Medical School links sleep apnea and high blood pressure.",
        "Our front desk is open 8am to 5pm. Call us with any questions.",
        "Happy National Nurses Week to the nurses at every hospital in our community!",
        "Vitamin D helps your body absorb calcium, which keeps bones and teeth strong.",
        "Thinking about Invisalign? Clear aligners can straighten teeth in 12 to 18 months.",
        "Free blood pressure checks at the Main Street library on Saturday, June 8.",
        "The American Heart Association recommends 150 minutes of exercise a week.",
        "Can you get a cavity under a crown? Yes, so keep brushing around it.",
        "Patients often ask whether they need antibiotics before a cleaning. Usually not.",
        "I'm proud to announce that Dr. Patel completed her Invisalign Diamond certification!",
        "My team and I will be at the Franklin County Fair on August 12, 2025. Come say hi!",
        "We're thrilled to partner with Nationwide Children's Hospital for free screenings on May 3.",
        "Join Dr. Nguyen on Facebook Live, Tuesday the 14th at 7pm, to talk about sleep apnea.",
        "I'm Dr. Sarah Kim, and I'm excited to join the Riverbend team this spring!",
        "Kids' Day at Schiller Park on June 7: free toothbrushes and face painting!",
        "Ozempic and dry mouth: what to know before your next cleaning.",
        "We'll be closed on Thursday, November 27, 2025 for Thanksgiving.",
        "Lunch and learn with Delta Dental on March 5, 2026 at our Dublin office.",
        "Medicare Advantage plans from Humana and Aetna are now accepted.",
        "Our hygienist Tasha Greene was named Hygienist of the Year by the state association!",
        "Tip from Dr. Okafor: floss before you brush, not after.",
    ],
    "held_out": [
        "Sensitive teeth after whitening usually settle within a few days.",
        "Our office will close early on Friday for staff training.",
        "Why do wisdom teeth cause trouble? There is often not enough room for them.",
        "Mouthguards protect athletes from broken teeth and jaw injuries.",
        "Questions about your bill? Our billing team answers within one business day.",
        "High blood pressure often has no symptoms, so get it checked every year.",
        "Spring cleaning tip: swap your toothbrush at the change of the season.",
        "We now offer evening appointments on Tuesdays and Thursdays.",
        "The CDC recommends a flu vaccine every year for everyone six months and older.",
        "Tooth decay is the most common chronic disease in children in the United States.",
        "Join our free oral health webinar on May 12 at 6pm.",
        "Grinding your teeth at night? A night guard can help protect them.",
        "Is it safe to see the dentist during pregnancy? Yes, and the second trimester is ideal.",
        "Mayo Clinic explains the warning signs of a stroke: face, arms, speech, time.",
        "We are proud to welcome two new hygienists to our team this month.",
        "Our office on Elm Street will reopen on Monday, January 8 after the holidays.",
        "Kids who drink fluoridated water have fewer cavities, according to the CDC.",
        "Why does my jaw click? Often it is the joint, and it is worth a check.",
        "Tickets for the Lakeside Charity Run on September 14 support children's dental care.",
        "Dry mouth can be a side effect of many common medications.",
        "Our patient portal lets you pay bills and request appointments online.",
        "How do I know if I have gum disease? Bleeding when you brush is an early sign.",
    ],
}


def _value(gen: Gen, kind: str) -> str:
    method, _ = KINDS[kind]
    if kind == "mrn":
        return gen.rng.choice(["", "MRN-"]) + gen.number(gen.rng.choice([7, 8]))
    if kind == "member":
        return gen.rng.choice(["", "XK", "A"]) + gen.number(gen.rng.choice([6, 8, 9]))
    return str(getattr(gen, method)())


def _disguise(gen: Gen, kind: str, value: str) -> str:
    r = gen.rng
    if r.random() > 0.25:
        return value
    if kind in ("name", "given", "initial"):
        return r.choice(NAME_DISGUISES)(r, value)
    if kind == "phone":
        return r.choice(PHONE_DISGUISES)(r, value)
    if kind == "email":
        return at_dot(r, value)
    if kind in ("mrn", "member") and r.random() < 0.5:
        return spelled(r, re.sub(r"\D", "", value))
    return value


_SLOT = re.compile(r"\{(\w+)\}")


def fill(gen: Gen, template: str) -> tuple[str, tuple[tuple[int, int, str], ...]]:
    """The text and the (start, end, label) of each filled value."""
    out: list[str] = []
    spans: list[tuple[int, int, str]] = []
    position = length = 0
    for m in _SLOT.finditer(template):
        before = template[position : m.start()]
        out.append(before)
        length += len(before)
        kind = m.group(1)
        value = _disguise(gen, kind, _value(gen, kind))
        spans.append((length, length + len(value), KINDS[kind][1]))
        out.append(value)
        length += len(value)
        position = m.end()
    out.append(template[position:])
    text = "".join(out)
    return text, untitled(text, tuple(spans))


def generate(part: str, count: int = 1200, seed: int = 14) -> list[Sample]:
    """``count`` texts of one part, about half carrying identifiers."""
    rng = random.Random(f"{part}-{seed}")
    gen = Gen(rng, part)
    samples = []
    for number in range(count):
        if number % 2 == 0:
            text, spans = fill(gen, rng.choice(PHI_TEMPLATES[part]))
        else:
            text, spans = rng.choice(CLEAN_TEMPLATES[part]), ()
        samples.append(Sample(f"gen-{part}-{number:04d}", part, "post", text, spans))
    return samples


if __name__ == "__main__":
    for part in ("dev", "held_out"):
        for sample in generate(part, 8):
            print(part, sample.text, sample.spans)
