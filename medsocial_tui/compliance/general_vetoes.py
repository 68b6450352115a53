"""Vetoes of the rules written for general text (rules.toml's ``id.national_checksum``,
``vehicle.plate_shape``, ``handle.self_named``, ``place.relative_in``,
``name.relation_caps`` …), kept apart from rules.py's own.

A national number written with no label is taken only when its check digit holds
(python-stdnum: a CURP, a codice fiscale, a Spanish DNI or NIE, an Aadhaar number, a French
NIR, a Brazilian CPF, a South African ID, a Canadian SIN): a random run of digits of the
same shape passes one time in ten to one in ninety-seven, so "order 123 456 789" is left
alone. A number labelled as what it is ("SIN:", "Aadhaar no.") needs no check digit: people
mistype them, and the label already says whose number it is. Every validator is imported
the first time a text holds a number of its shape.
"""

from __future__ import annotations

import re
from functools import cache
from importlib import import_module
from typing import Protocol

from medsocial_tui.compliance import lazy
from medsocial_tui.compliance import lexicon as lx
from medsocial_tui.compliance.context import PracticeContext
from medsocial_tui.compliance.findings import Finding
from medsocial_tui.compliance.names import romanised_given_name
from medsocial_tui.compliance.people_vetoes import nurse_of_the_writers_care
from medsocial_tui.compliance.text import sentence_around


class _Validator(Protocol):
    def is_valid(self, number: str) -> bool: ...


# The named group of ``id.national_checksum`` (or ``id.card_number``'s "card") that
# matched -> the stdnum module for it. A rule vetoed by ``failed_check_digit`` must have one
# of these groups (``rules.py`` checks it as it reads the table).
_VALIDATORS = {
    "curp": "stdnum.mx.curp",
    "cf": "stdnum.it.codicefiscale",
    "nie": "stdnum.es.nie",
    "dni": "stdnum.es.dni",
    "aadhaar": "stdnum.in_.aadhaar",
    "nir": "stdnum.fr.nir",
    "cpf": "stdnum.br.cpf",
    "za": "stdnum.za.idnr",
    "sin": "stdnum.ca.sin",
    "idnr": "stdnum.de.idnr",
    "pesel": "stdnum.pl.pesel",
    "card": "stdnum.luhn",
    # (ids9) shapes only one country writes: Korea's resident registration number
    # ("971013-9019902"), China's resident identity number (18 digits, the last may be X),
    # Malaysia's NRIC ("770305-02-1234"), Thailand's ID as its card prints it
    # ("1-2345-45678-78-1"), Finland's henkilötunnus ("131052-308T"), Chile's RUT
    # ("12.531.909-2"), Pakistan's CNIC ("34201-0891231-8")
    "rrn": "stdnum.kr.rrn",
    "ric": "stdnum.cn.ric",
    "nric": "stdnum.my.nric",
    "thpin": "stdnum.th.pin",
    "hetu": "stdnum.fi.hetu",
    "rut": "stdnum.cl.rut",
    "cnic": "stdnum.pk.cnic",
    # the United Arab Emirates' ID ("784-1985-1234567-3": the country's code first, a Luhn
    # digit last)
    "eid": "stdnum.luhn",
    # (read 143-146) Switzerland's AHV/AVS number ("756.9217.0769.85": the country's code
    # first, an EAN-13 digit last)
    "ahv": "stdnum.ch.ssn",
}

# (ids9) Other countries' numbers of the same shape as a group's: eleven bare digits are a
# PESEL, a Norwegian fødselsnummer or a Turkish T.C. kimlik number (each with two check
# digits or a date and one); the number counts when any of them holds.
_ALSO_VALIDATORS = {
    "pesel": ("stdnum.no.fodselsnummer", "stdnum.tr.tckimlik"),
}


_SEPARATORS = lazy.compile(r"[\s.-]")


@cache
def _validator(kind: str) -> _Validator:
    return _module(_VALIDATORS[kind])


@cache
def _module(name: str) -> _Validator:
    module: _Validator = import_module(name)
    return module


def check_digit_holds(kind: str, value: str) -> bool:
    """Whether ``value`` is a valid number of ``kind`` (a key of ``_VALIDATORS``)."""
    # Outside the ``try``: a validator that cannot be imported (python-stdnum missing) must
    # stop the guard in words, never read as "no check digit holds", which lets every bare
    # national number through.
    validators = [_validator(kind)] + [_module(name) for name in _ALSO_VALIDATORS.get(kind, ())]
    # (stdnum.luhn reads digits only; the others strip these separators themselves)
    # (fi.hetu needs its century sign: the value as written is tried too)
    numbers = (_SEPARATORS.sub("", value), value)
    for validator in validators:
        for number in numbers:
            try:
                if validator.is_valid(number):
                    return True
            except ValueError:  # stdnum's ValidationError, on shapes it cannot read
                continue
    return False


# (read 111-114) What each country calls the number of a group's shape: a number the
# sentence calls so a few words before is one, mistyped or made up as it may be ("Segue meu
# CPF para a nota fiscal: 482.119.367-20"), as a labelled number is taken without a check
# digit.
_KIND_WORDS = {
    "curp": r"curp",
    "cf": r"codice[ \t]+fiscale|cod\.?[ \t]*fisc\.?",
    # (the letters that are words of a language too, as an acronym in capitals only: Polish
    # "nie" and "dni", Spanish "sin", Portuguese "nas", English "run" and "rut")
    "nie": r"(?-i:NIE)|n\.i\.e\.",
    "dni": r"(?-i:DNI|NIF)|d\.n\.i\.",
    "aadhaar": r"aadhaa?r|uidai",
    # (read 147-150) "Mon numéro de sécu 1 58 02 75 112 034 27", "ma carte vitale"
    "nir": r"(?-i:NIR)|(?:n°|num[ée]ro)[ \t]*(?:de[ \t]+)?s[ée]cu(?:rit[ée][ \t]+sociale)?"
    r"|s[ée]curit[ée][ \t]+sociale|carte[ \t]+vitale",
    "cpf": r"cpf",
    "sin": r"(?-i:SIN|NAS)|social[ \t]+insurance",
    "idnr": r"steuer-?id|steuer-?identifikationsnummer|idnr|identifikationsnummer",
    "pesel": r"pesel|f[øo]dselsnummer|kimlik|tckn",
    "rrn": r"rrn|resident[ \t]+registration",
    "nric": r"nric|mykad",
    "hetu": r"henkil[öo]tunnus|hetu",
    "rut": r"(?-i:RUT|RUN)",
    "cnic": r"cnic",
    "ahv": r"ahv|avs|sozialversicherungsnummer",
}
_KIND_NAMED = {
    kind: lazy.compile(rf"\b(?:{words})\b[^.!?\n]{{0,40}}\Z", re.IGNORECASE)
    for kind, words in _KIND_WORDS.items()
}


def _failed_check_digit(text: str, m: re.Match[str], ctx: PracticeContext) -> bool:
    """ "GOMA850312HDFRRN09", "5448 3478 2450": the bare number's check digit does not hold
    for the country its shape is of (the matched group names the country), and the words
    just before do not call it by its name ("meu CPF para a nota fiscal: …")."""
    for kind, value in m.groupdict().items():
        if value is not None and kind in _VALIDATORS:
            if check_digit_holds(kind, value):
                return False
            named = _KIND_NAMED.get(kind)
            return named is None or named.search(text, max(0, m.start() - 60), m.start()) is None
    # A rule-table mistake (a group renamed, a rule given this veto by error) would otherwise
    # drop every match of the rule without a word.
    raise LookupError(
        "failed_check_digit: no group of the match names a validator "
        f"({', '.join(sorted(_VALIDATORS))})"
    )


def check_digit_groups() -> frozenset[str]:
    """The group names ``failed_check_digit`` knows a check digit for."""
    return frozenset(_VALIDATORS)


# Just before a value: it is shown as an example of a format, no one's ("looks like
# QQ 12 34 56 C", "for example AAAPZ1234C", "e.g. MH 12 AB 1234", "a number like …"). A
# bare "like" is no example: "send it to someone like 5448 3478 2450" gives the number.
_EXAMPLE_BEFORE = lazy.compile(
    r"(?:\blooks?[ \t]+like|\b(?:numbers?|codes?|ones?|formats?)(?:[ \t]+(?:is|are))?,?[ \t]+like"
    rf"|\be\.?g\.?|\b(?:{lx.EXAMPLE_CUES})|\bsuch[ \t]+as"
    r"|\bformat(?:ted)?(?:[ \t]+(?:is|as|of))?|\bsample|\bspecimen|\bi\.e\."
    # "Example number for the form: …", "the placeholder …", "write it like this: …"
    r"|\b(?:example|sample|placeholder)[ \t]+(?:number|phone|mobile|format)\b[^.!?\n:]{0,25}:"
    r"|\blike[ \t]+(?:this|so)"
    # "is 10 digits, like …", "How to write a UK number: …"
    r"|\b(?:digits|characters|letters),?[ \t]+like"
    r"|\bhow[ \t]+to[ \t]+(?:write|dial|format|type|enter)\b[^.!?\n]{0,30}?[ \t]*:)"
    r"[ \t]*[:,(]?[ \t]*$",
    re.IGNORECASE,
)


def number_shown_as_example(text: str, start: int) -> bool:
    """Whether the value at ``start`` is shown as an example of its format."""
    return _EXAMPLE_BEFORE.search(text, max(0, start - 45), start) is not None


def _an_example(text: str, m: re.Match[str], ctx: PracticeContext) -> bool:
    """A number or a plate given as an example of its format ("A National Insurance
    number looks like QQ 12 34 56 C")."""
    return number_shown_as_example(text, m.start())


# Words a "handle" written after "I'm" or "as" can be that are no one's account: a
# condition with its number ("type_2", "covid19"), a measure.
_NOT_A_HANDLE = lazy.compile(
    r"(?i:type[\W_]*\d|covid[\W_]*\d+|t[12]d|h1n1|a1c|b12|[a-z]{1,2}\d{1,2}|\d+[a-z]{1,3})"
)


def _not_a_handle(text: str, m: re.Match[str], ctx: PracticeContext) -> bool:
    """ "I'm type1", "posts as covid19": a condition's or a measure's name, not an account."""
    return _NOT_A_HANDLE.fullmatch(m.group("id")) is not None


def _not_a_place_after_relative(text: str, m: re.Match[str], ctx: PracticeContext) -> bool:
    """ "my son in Year 3", "my mum in Heaven", "my daughter in French class", "my
    appointment is at Noon": a school year, a faith, a language, a season or a time of day
    or of the year (``_NOT_PLACES``), not a place."""
    return m.group("place").split()[0].lower() in _NOT_PLACES


_NOT_PLACES = frozenset(
    (
        "year grade class reception form heaven christ god jesus hospital a&e icu intensive"
        " english french spanish german maths math science spring summer autumn fall winter"
        " advent lent ramadan rehab recovery remission labour labor noon midnight christmas"
        " easter thanksgiving halloween diwali eid hanukkah passover"
    ).split()
)


def _not_a_shouted_name(text: str, m: re.Match[str], ctx: PracticeContext) -> bool:
    """ "my son LIAM": a word in capitals is a name only when it is a given name that is no
    everyday word ("my son WILL be fine", "MY SON HAS CROUP"); a second word only when it is
    a name too."""
    words = m.group("name").lower().split()
    if words[0] not in lx.GIVEN_NAMES or words[0] in lx.AMBIGUOUS_NAMES:
        return True
    return any(w not in lx.GIVEN_NAMES and w not in lx.SURNAMES for w in words[1:])


# Addresses that are no device's: the machine itself ("127.0.0.1", "::1"), "any address"
# ("0.0.0.0") and the broadcast address.
_NO_ONES_ADDRESS = lazy.compile(r"127(?:\.\d{1,3}){3}|0\.0\.0\.0|255\.255\.255\.255|::1?")


def _no_ones_address(text: str, m: re.Match[str], ctx: PracticeContext) -> bool:
    """ "Localhost is 127.0.0.1": a loopback, "any" or broadcast address is nobody's device."""
    return _NO_ONES_ADDRESS.fullmatch(m.group(0)) is not None


# A vehicle named near a plate-shaped value ("His van, 4821 BKV, was hit", "Matrícula 2235
# JKL"): the shape alone is also a count and an acronym.
_VEHICLE_WORD = lazy.compile(
    r"\b(?i:cars?|vans?|trucks?|lorry|lorries|vehicles?|plates?|registration|reg|taxis?|cabs?"
    r"|motorbikes?|motorcycles?|scooters?|suv|jeep|coche|matr[ií]cula|parked|parking|drives?"
    r"|driving|drove|clamped|towed)\b"
)


def _no_vehicle_near(text: str, m: re.Match[str], ctx: PracticeContext) -> bool:
    """ "2024 NHS", "1000 BPM": no vehicle, plate or parking named within its sentence's
    reach (60 characters either side)."""
    return _VEHICLE_WORD.search(text, max(0, m.start() - 60), m.end() + 60) is None


# The last word of a district's name that says where in a town it lies ("Bandra West").
_COMPASS = frozenset("north south east west central upper lower".split())


def _a_compass_place(text: str, m: re.Match[str], ctx: PracticeContext) -> bool:
    """ "Bandra West has great food": a district named with a compass word, no person."""
    return m.group("name").split()[-1].lower() in _COMPASS


def _no_name_list_word(text: str, m: re.Match[str], ctx: PracticeContext) -> bool:
    """ "Quote for Ozempic", "Letter to Santa": no word of the run is on the given-name or
    family-name lists, nor a romanised given name ("Hye-jin"), so the run is no one's name
    by its words alone."""
    for word in m.group("name").split():
        lower = word.lower().removesuffix("'s").removesuffix("’s").rstrip(".")
        if lower in lx.GIVEN_NAMES or lower in lx.SURNAMES or romanised_given_name(lower):
            return False
    return True


VETOES = (
    _no_name_list_word,
    _a_compass_place,
    _no_vehicle_near,
    _no_ones_address,
    _failed_check_digit,
    _an_example,
    _not_a_handle,
    _not_a_place_after_relative,
    _not_a_shouted_name,
)


# -- name vetoes for general text: whose name, in what role -----------------------------
# Each reads the name's span (``Finding``) and a short window of the text around it, and
# rules the name out when the frame says it is nobody's patient: one of the business's own
# people signing or speaking of themselves, an example name in a how-to, a form's field
# label, an organisation's national branch, an everyday word in a heading (a greeting to
# everyone is rules.py's ``_a_crowd_greeted``). ``rules.NAME_VETOES`` asks them after its own, whatever finder found the name.

# The writer's, a patient's or a family's words: a name beside them may be a patient's.
_PRIVATE_CUE = lazy.compile(
    r"\b(?:my|his|her|their|mine|patient|patients|mom|mum|mother|dad|father|son|daughter|wife"
    r"|husband|child|baby|grand\w+|aunt|uncle|sister|brother|cousin|neighbou?r|friend)\b",
    re.IGNORECASE,
)


def _sentence_before(text: str, start: int, reach: int = 80) -> str:
    """The part of the sentence before ``start`` (at most ``reach`` characters)."""
    return text[sentence_around(text, start, start, reach)[0] : start]


def _sentence_after(text: str, end: int, reach: int = 80) -> str:
    """The part of the sentence after ``end`` (at most ``reach`` characters)."""
    return text[end : sentence_around(text, end, end, reach)[1]]


# Staff words a signature or a self-introduction gives after the name, with no "our":
# "Hannah Berg, Office Manager", "Aroha Ngata, practice manager at Harbourside Dental",
# "I'm Rahul, one of the pharmacists here". Not "a nurse at …" (a patient may be a nurse).
_JOB_WORDS = "|".join(
    sorted(
        {w for w in lx.STAFF_WORDS if len(w) > 2} - {"resident", "partner", "colleague"}
        # a firm's jobs, as signatures and bylines give them
        | set(
            "support engineer developer editor accountant consultant specialist advisor"
            " adviser analyst representative sales marketing operations"
            # a byline's: "Carmen Ortiz | Staff writer", "Kofi Boateng, health reporter"
            " writer reporter journalist correspondent columnist photographer"
            # (guard-longtexts) a school's, a club's or a charity's posts, as a letter's
            # sign-off gives them: "Helen Marsh, Deputy Head, Greenfield Academy",
            # "Andrew Pike, Scout Leader", "Sister Agnes Njeri, Principal"
            " leader head headteacher principal teacher secretary chair treasurer trustee"
            " president organiser organizer".split()
        )
    )
)
_JOB_AFTER_NAME = lazy.compile(
    # "," or a signature's "|" (also "Paulo Mendes | Sales Manager | OrthoDirect")
    r"[ \t]*[,|][ \t]*(?:one[ \t]+of[ \t]+(?:our|the)[ \t]+)?(?!(?:an?|my|his|her|their)\b)"
    r"(?:(?:[A-Za-z-]+[ \t]+){0,2}?(?:" + _JOB_WORDS + r")s?"
    # a firm's titles: "Head of Operations", "VP Sales", "Chief Medical Officer"
    r"|head[ \t]+of|vp|vice[ \t]+president|chief[ \t]+(?:[a-z]+[ \t]+)?officer)\b"
    r"(?=[ \t]*(?:$|[,.;:!|\n]|(?:at|of|for|with|here)\b)|(?<=of)[ \t]+[A-Z])",
    re.IGNORECASE,
)
# "Olu Adebayo (chair)", "Rita Chen (treasurer)": a role at a meeting or in the business.
_ROLE_IN_BRACKETS = lazy.compile(
    r"[ \t]*\((?:vice[- ]?)?(?:chair|chairperson|chairman|chairwoman|treasurer|secretary"
    r"|minutes|minute[- ]taker|host|moderator|facilitator|speaker|presenter|"
    + _JOB_WORDS
    + r")s?\)",
    re.IGNORECASE,
)
# "Jonas from the clinic", "Hugh Morris from the Resuscitation Council", "Ingrid & the team
# at Fjord Physio": someone speaking for a practice or an organisation.
_FROM_THE_PRACTICE = lazy.compile(
    r"(?:[ \t]+here)?[ \t]+from[ \t]+(?:(?:the|our)[ \t]+)?(?:(?-i:[A-Z][\w'’-]*)[ \t]+){0,3}"
    rf"(?:{lx.ORGANISATION_NOUNS}|front[ \t]+desk|front[ \t]+office|reception|team"
    r"|dental[ \t]+office|laboratory|lab)\b(?!['’])",
    re.IGNORECASE,
)
# What makes a staff member's own news a health record: an HR note of their illness, leave
# or care ("Chiara Ferrari, dental nurse, starts a phased return after her surgery").
_CARE_OF_STAFF = lazy.compile(
    r"\b(?:his|her|their|sick|ill|illness|injur\w*|surgery|operation|hospital\w*|diagnos\w*"
    r"|treatment|pregnan\w*|maternity|leave|fit[ \t]+note|sick[ \t]+note|off[ \t]+work"
    r"|phased[ \t]+return|symptoms?|pain|fever|cancer|stroke|biopsy|chemo\w*)\b",
    re.IGNORECASE,
)
# "My name is Tomás and I'm the new practice manager here": the writer's own job.
_MY_NAME_IS = lazy.compile(r"(?i:\bmy[ \t]+name[ \t]+is)[ \t]*$")
_I_AM_STAFF_AFTER = lazy.compile(
    r"[ \t]*(?:,|and)[ \t]+(?:and[ \t]+)?(?:i['’]m|i[ \t]+am|i[ \t]+work[ \t]+as)[ \t]+"
    r"(?:the|your|our|one[ \t]+of[ \t]+(?:the|our))[ \t]+(?:[\w-]+[ \t]+){0,2}?"
    r"(?:" + _JOB_WORDS + r")s?\b",
    re.IGNORECASE,
)
# A byline: "Posted by Marek Nowak", "Words by Ana Lima".
_BYLINE_BEFORE = lazy.compile(
    r"(?:^|\n|[|•·—–-][ \t]*)(?:(?i:posted|written|edited|words|photos?|photography"
    r"|illustrations?|guest[ \t]+post)[ \t]+by|By"
    # a credit line: "Photo credit: Aleksandra Nowak", "Image: Li Na", "Credits: …"
    r"|(?i:(?:photo|image|picture|illustration|video)[ \t]+)?(?i:credits?|image|photo)[ \t]*:)"
    r"[ \t]+$"
)
_FROM_AN_ORGANISATION = lazy.compile(
    r"[ \t]+from[ \t]+the[ \t]+(?:[A-Z][\w'’-]*[ \t]+){0,3}([A-Z][a-z]+)\b"
)
_AND_THE_TEAM = lazy.compile(
    r"[ \t]*(?:&|and)[ \t]+(?:the|all[ \t]+(?:the|at)|everyone[ \t]+at)[ \t]+(?:[\w-]+[ \t]+)?"
    r"(?:team|staff|crew|gang)\b",
    re.IGNORECASE,
)


# What each frame after the name opens with, past spaces: a comma or a signature's bar
# (``_JOB_AFTER_NAME``, ``_I_AM_STAFF_AFTER``), "&" or "and" (``_AND_THE_TEAM``), a bracket
# (``_ROLE_IN_BRACKETS``), "here" or "from" (``_FROM_THE_PRACTICE``, ``_FROM_AN_ORGANISATION``).
# Asked first, in one match: after most names stands none of them, and the six frames were
# six matches a name (speed40).
_CUE_AFTER_NAME = lazy.compile(r"[ \t]*(?:[,|&(]|and|here|from)", re.IGNORECASE)


# (names35) What a business's person tells one reader of their own order or care in the
# same message: "this is Dolores from the pharmacy, your refill is ready", "it's Priyanka
# from the ortho office, your retainer is ready for pick up", "confirming your booking":
# a message to one customer, whose sender's name is marked as a person's (not a notice to
# all: "This is Jonas from the clinic. Our new opening hours start next Monday").
_READERS_OWN_AFTER = lazy.compile(
    r"\b(?:confirming[ \t]+your|your[ \t]+(?:[\w'’-]+[ \t]+){0,2}?(?:refill|prescription|rx"
    r"|meds|medication|retainer|crown|filling|implant|dentures?|aligners?|results?|scan|x-?rays?"
    r"|bloods|biopsy|test|appointment|appt|booking|reservation|order|parcel|package|delivery"
    r"|glasses|lenses|hearing[ \t]+aids?|referral|claim|seat|slot|visit)[ \t]+(?:is|are|was|were"
    r"|has[ \t]+been|have[ \t]+been)[ \t]+(?:now[ \t]+)?(?:ready|in|back|confirmed|booked"
    r"|approved|due|here|done|moved|cancell?ed|rescheduled|dispatched|shipped))\b",
    re.IGNORECASE,
)
_READERS_OWN_REACH = 120


def speaks_for_the_business(text: str, f: Finding) -> bool:
    """ "Hannah Berg, Office Manager", "Sarah Jenkins, Head of Operations", "I'm Rahul, one
    of the pharmacists here", "Olu Adebayo (chair)", "This is Jonas from the clinic",
    "Ingrid & the team at Fjord Physio", "Trainer: Hugh Morris from the Resuscitation
    Council": the business's or an organisation's own person, by the words right after the
    name. (The frame's cues first, each a match anchored at the name: most names have none;
    then what makes the name the writer's own or a staff member's health record.)
    ``rules._named_by_their_work`` asks it beside the trades and posts it reads itself."""
    if not (
        (
            _CUE_AFTER_NAME.match(text, f.end) is not None
            and (
                _JOB_AFTER_NAME.match(text, f.end)
                or _AND_THE_TEAM.match(text, f.end)
                or _ROLE_IN_BRACKETS.match(text, f.end)
                or (
                    _I_AM_STAFF_AFTER.match(text, f.end)
                    and not _PRIVATE_CUE.search(_sentence_after(text, f.end))
                )
                or _FROM_THE_PRACTICE.match(text, f.end)
                or _from_an_organisation(text, f.end)
            )
        )
        or _BYLINE_BEFORE.search(text, max(0, f.start - 30), f.start)
    ):
        return False
    if _READERS_OWN_AFTER.search(text, f.end, f.end + _READERS_OWN_REACH):
        return False  # (names35) "this is Dolores from the pharmacy, your refill is ready"
    before = _MY_NAME_IS.sub("", text[max(0, f.start - 25) : f.start])
    if _PRIVATE_CUE.search(before):
        return False  # "my son Jake, …": whatever follows, the writer's own
    # "HR note: Chiara Ferrari, dental nurse, is off after her surgery"
    return not _CARE_OF_STAFF.search(_sentence_after(text, f.end, 120))


def _from_an_organisation(text: str, end: int) -> bool:
    """ "Hugh Morris from the Resuscitation Council": from an organisation (its last word
    one of ``lx.ORG_SUFFIXES``)."""
    m = _FROM_AN_ORGANISATION.match(text, end)
    return m is not None and m.group(1).lower() in lx.ORG_SUFFIXES


# A firm's possessive right before a full name: "Apple's Tim Cook", "Nvidia's Jensen Huang".
_OWNER_BEFORE = lazy.compile(r"\b([A-Z][\w&-]*)['’]s[ \t]+$")
# (names15) Words whose "'s" is "is", not a possessive: "He's Liam Ó Briain, he has
# epilepsy", "That's Priya Shah's chart", "Here's Tom Reid": the person named, no firm's.
_IS_BEFORE_A_NAME = frozenset("he she it that there here who what where this".split())


def _a_firms_person(text: str, f: Finding) -> bool:
    """ "Apple's Tim Cook visited the new store": a full name after an organisation's
    possessive (a word on no name list, no family word: not "Mum's friend Tom", "Ana's
    Pedro") is the firm's public person."""
    if " " not in text[f.start : f.end].strip():
        return False
    m = _OWNER_BEFORE.search(text, max(0, f.start - 30), f.start)
    if m is None:
        return False
    owner = m.group(1).lower()
    return not (
        owner in _IS_BEFORE_A_NAME
        or owner in lx.GIVEN_NAMES
        or owner in lx.SURNAMES
        or owner in lx.RELATION_WORDS
        or _PRIVATE_CUE.fullmatch(owner)
    )


# Cues that a name stands for no one: shown as an example or a placeholder.
_EXAMPLE_CUE = lazy.compile(
    # (not a web address's ".example", "@example.com", ",example" with its dots
    # written as commas: no cue, a domain)
    rf"(?<![\w.,@/-])(?:{lx.EXAMPLE_CUES}|{lx.EXAMPLE_RECORD})(?!\w)(?![.@/-]\w)",
    re.IGNORECASE,
)


# (vetoes55) What a biometric's "template" is kept for: a fingerprint, a face, an iris.
_BIOMETRIC_WORD = lazy.compile(
    r"\b(?:finger[ \t-]?prints?|thumb[ \t-]?prints?|faceprints?|face[ \t-]?(?:id|scans?)"
    r"|facial[ \t]+recognition|retina[ls]?|iris|voice[ \t-]?prints?|palm[ \t-]?veins?"
    r"|biometrics?|minutiae|(?:left|right)[ \t]+(?:index|thumb|middle|ring))\b",
    re.IGNORECASE,
)


def _example_cue_in(window: str, biometric: bool) -> bool:
    """An ``_EXAMPLE_CUE`` in ``window``; in a sentence that names a biometric
    (``biometric``), its "template" is not one: "Fingerprint template for Aziz Rahimi (left
    index, template hash 9f3a…) enrolled", "Facial recognition match for Luca Bianchi
    (template faceprint FP-00213)": a record of the person's template, whatever words stand
    between (the lookbehinds of ``lx.EXAMPLE_CUES`` read only "fingerprint template")."""
    for m in _EXAMPLE_CUE.finditer(window):
        if not (biometric and m.group().lower().startswith("templat")):
            return True
    return False


def _an_example_name(text: str, f: Finding) -> bool:
    """ "For example, Juan Pérez would write PEREZ, JUAN", "Example: "Jane Smith, 12 Example
    Road"", "write Mario Rossi as the placeholder name", "(e.g. Ola)": a name shown as an
    example in the same sentence, with no one's own word (my, her, patient, mother…) near
    it. (vetoes55) Not a biometric's template ("Fingerprint template on file for Thandiwe
    Mokoena (right index, template #FP-00821)"): a letter's template is one ("Use the letter
    template: Dear Jane Smith"), a fingerprint's is the person's own."""
    before = _sentence_before(text, f.start, 60)
    after = _sentence_after(text, f.end, 60)
    if not (_EXAMPLE_CUE.search(before) or _EXAMPLE_CUE.search(after)):
        return False
    biometric = _BIOMETRIC_WORD.search(before) is not None or (
        _BIOMETRIC_WORD.search(after) is not None
    )
    if biometric and not (_example_cue_in(before, True) or _example_cue_in(after, True)):
        return False
    return not (_PRIVATE_CUE.search(before) or _PRIVATE_CUE.search(after[:30]))


# A form's field labels: "Name:", "Surname:"; and an invoice's or a parcel's, always with
# "to" ("Bill to:", "Ship to:"): "Bill:" alone opens a chat line of someone named Bill.
_FIELD_WORDS = frozenset(
    "name surname forename attention attn contact first last full given family signed"
    " signature re".split()
)
_ADDRESSED_TO_WORDS = frozenset("bill ship sold deliver send invoice".split())
_FIELD_AFTER = lazy.compile(r"[ \t]*:")
_TO_FIELD_AFTER = lazy.compile(r"[ \t]+to[ \t]*:")


def _a_field_label(text: str, f: Finding) -> bool:
    """ "Bill to: Oksana Petrenko", "Name: Joan Doherty": the label, not the name after it."""
    word = text[f.start : f.end].lower()
    if word in _ADDRESSED_TO_WORDS:
        return bool(_TO_FIELD_AFTER.match(text, f.end))
    return word in _FIELD_WORDS and bool(_FIELD_AFTER.match(text, f.end))


# A country's code or a firm's form after an organisation's name: "Henry Schein UK",
# "Parkinson's UK", "Acme Ltd" read as a firm or a charity, never as a person.
_BRANCH_CODES = frozenset(
    "UK US USA EU NZ AU IE CA ZA UAE SA DE FR ES IT NL SE NO DK FI PL IN JP CN SG HK MX BR"
    " AR NHS LTD PLC LLC INC GMBH AG BV SRL SAS PTY".split()
)


def _an_organisation_branch(text: str, f: Finding) -> bool:
    """ "Regards, Henry Schein UK": a name ending in a country code or a firm's form (Ltd,
    GmbH, Inc) is an organisation's."""
    words = text[f.start : f.end].split()
    if len(words) < 2:
        return False
    last = words[-1].rstrip(".,")
    return last.upper() in _BRANCH_CODES and (last.isupper() or last.istitle())


# A heading: a line of five or more words, each word of four letters or more capitalised,
# with no sentence's full stop ("Patience, Faith and Joy: Three Lessons from Our First Year").
_LINE = lazy.compile(r"[^\n]*")
_LONG_WORD = lazy.compile(r"[A-Za-z][A-Za-z'’-]{3,}")


def _everyday_word_in_a_heading(text: str, f: Finding) -> bool:
    """ "Patience, Faith and Joy: Three Lessons from Our First Year": a name that is also an
    everyday word ("Faith", "Joy"), inside a heading written in title case, is the word (a
    line in capitals is left to the other rules: a shouted note may be a patient's)."""
    words = text[f.start : f.end].split()
    if len(words) != 1 or words[0].lower() not in lx.AMBIGUOUS_NAMES:
        return False
    start = text.rfind("\n", 0, f.start) + 1
    m = _LINE.match(text, start)
    line = m.group(0) if m else ""
    if len(line) > 160 or _PRIVATE_CUE.search(line) or re.search(r"[.!?](?:\s|$)", line):
        return False
    long_words = [w for w in _LONG_WORD.findall(line) if w.lower() not in _SMALL_WORDS]
    if line.isupper():
        return False  # "PLEASE CALL JOY BACK ABOUT THE BIOPSY": capitals say nothing here
    return len(long_words) >= 5 and all(w[0].isupper() for w in long_words)


# Words a title-case heading may leave in lower case ("Three Lessons from Our First Year").
_SMALL_WORDS = frozenset("from with into onto over upon than that this about after your".split())


# -- names that are products, firms and clinicians (guard-clean) --------------------------
# Shapes of a product's, a drug's or a firm's word that no name list holds: a brand's
# capital inside a word that holds an everyday word ("VapoRub", "MiniMed", "OraCare"), a
# chemical's ending ("Fluoride", "Diamine", "Sulfate"), and a device or science firm's
# ending ("Respironics", "Diagnostics", "Medtronic", "Dexcom").
_CAMEL_PARTS = lazy.compile(r"^([A-Z][a-z]{2,})([A-Z][a-z]{2,})$")
_NAME_PREFIXES = frozenset("mac mc fitz van von del della di de da du le la san st".split())
_CHEMICAL_ENDING = lazy.compile(
    r"(?:(?:fluor|chlor|brom|iod|sulf|sulph|perox|diox|monox|hydrox|carb|cyan|nitr)ide"
    r"|(?:di|tri|mono|hist|dop|thi|ket|am)amine|(?:sulf|sulph|phosph|acet|citr|nitr|carbon"
    r"|lact|glucon|fumar|succin|tartr|oxal|benzo|salicyl|stear|bicarbon|hyal?uron)ates?)$"
)
_FIRM_ENDING = lazy.compile(r"(?:onics|ostics|eutics|omics|tronics?|pharma|medix|dex?com)$")


def _product_shaped(word: str) -> bool:
    """Whether ``word`` has the shape of a product's or a firm's word (and is on no name
    list): ``_CAMEL_PARTS`` with an everyday part, ``_CHEMICAL_ENDING``, ``_FIRM_ENDING``."""
    lower = word.lower()
    camel = _CAMEL_PARTS.match(word)
    if camel is None and not (_CHEMICAL_ENDING.search(lower) or _FIRM_ENDING.search(lower)):
        return False  # (the shapes first: most words have none)
    if lower in lx.GIVEN_NAMES or lower in lx.SURNAMES or romanised_given_name(lower):
        return False
    if camel is not None:
        head, tail = camel.group(1).lower(), camel.group(2).lower()
        if head in _NAME_PREFIXES or tail in lx.GIVEN_NAMES or tail in lx.SURNAMES:
            return False  # "McAllister", "MaryAnn", "DeShawn", "FitzGerald"
        common = lx.english_words()
        return head in common or tail in common
    return True


def _a_product_or_firm(text: str, f: Finding) -> bool:
    """ "Vicks VapoRub", "Silver Diamine Fluoride", "Philips Respironics", "Dexcom Stelo": a
    run holding a word of a product's, a chemical's or a firm's shape (``_product_shaped``)
    is the product or the firm; not after "my", "her", a family word ("my son Dexcom" is
    still someone)."""
    words = _WORD.findall(text, f.start, f.end)
    if not any(_product_shaped(w) for w in words):
        return False
    return not _PRIVATE_CUE.search(_sentence_before(text, f.start, 25))


_WORD = lazy.compile(r"[A-Za-z]+")
# What every word ``_product_shaped`` says yes to holds: a capital after a small letter, or
# one of its endings (``NAME_VETO_GATES`` asks it once per text).
PRODUCT_SHAPE_GATE = lazy.compile(
    r"(?-i:[a-z][A-Z])|(?:ide|amine|ate|ates|onics|ostics|eutics|omics|tronic|tronics|pharma|medix"
    r"|com)\b",
    re.IGNORECASE,
)
# ``PRODUCT_SHAPE_GATE``'s two halves, each searched as fast as ``re`` can: the case-kept
# capital alone, and the endings alone, which ``lazy`` reads through a lower-cased twin (the
# whole, case kept in one part, is searched case-blind at every offset: twice the time).
_INNER_CAPITAL = lazy.compile(r"[a-z][A-Z]")
_PRODUCT_ENDING = lazy.compile(
    r"(?:ide|amine|ate|ates|onics|ostics|eutics|omics|tronic|tronics|pharma|medix|com)\b",
    re.IGNORECASE,
)


def product_shape_in(text: str) -> bool:
    """``PRODUCT_SHAPE_GATE.search(text) is not None``, found quicker."""
    return _INNER_CAPITAL.search(text) is not None or _PRODUCT_ENDING.search(text) is not None


# A clinician's or an academic's title right before the name: the practice's or another
# provider, as "Dr." is ("Pharmacist Lindiwe Zulu explains …", "nurse Alibek Serikbayev
# will run the evening", "Prof. Tomasz Wiśniewski").
_CLINICIAN_TITLE_BEFORE = lazy.compile(
    # (a dot only after "Prof": "… to your new dentist. Sofia, congrats" is a new sentence)
    r"\b(?:prof\.?|professor|nurse|pharmacist|hygienist|midwife|dentist|physiotherapist|physio"
    r"|therapist|dietitian|dietician|nutritionist|optometrist|optician|paramedic|surgeon"
    r"|orthodontist|audiologist|podiatrist|chiropractor|psychologist|counsell?or)[ \t]+$",
    re.IGNORECASE,
)


def _a_clinician_by_title(text: str, f: Finding) -> bool:
    """ "Pharmacist Lindiwe Zulu explains how to store insulin", "Dr. Nkemelu and nurse
    Alibek Serikbayev will run the evening": a clinician named with their profession's title
    is a provider, as after "Dr."; not after "my", "her", a family word ("my sister, nurse
    Joy Adams, …"), nor when the sentence speaks of their own illness or care."""
    # (the title before the span, or the span's own first word: "Professor Devi Sridhar")
    first = _WORD.match(text, f.start)
    head = text[f.start : first.end() + 1] if first is not None else ""
    titled = _CLINICIAN_TITLE_BEFORE.match(head.rstrip() + " ") is not None
    before = text[max(0, f.start - 16) : f.start]
    if not titled and _CLINICIAN_TITLE_BEFORE.search(before) is None:
        return False
    if _PRIVATE_CUE.search(_sentence_before(text, f.start, 60)):
        return False
    if nurse_of_the_writers_care(text, f):
        return False  # (names30) "shoutout to Nurse Bernadette … who held my hand"
    after = _sentence_after(text, f.end, 120)
    return not (_CARE_OF_STAFF.search(after) or _LIFE_EVENT_AFTER.search(after))


# What a sentence says of a person's own life or care besides ``_CARE_OF_STAFF``: "Nurse
# Joy Adams was admitted", "… died on Friday".
_LIFE_EVENT_AFTER = lazy.compile(
    r"\b(?:admitted|discharged|died|passed[ \t]+away|born|pregnant|collapsed|fainted|injured"
    r"|accident|funeral|aged?)\b",
    re.IGNORECASE,
)


# A cause a team raised money for: "raised £900 for Ty Hafan", "donations to Cancer Research".
_RAISED_FOR_BEFORE = lazy.compile(
    r"\b(?:raised|raising|raises|donated|donating|donations|collected|collecting|fundrais\w*)"
    r"\b[^.!?\n]{0,40}?\b(?:for|to)[ \t]+(?:the[ \t]+)?(?-i:[A-Z][a-z]+[ \t]+)?$",
    re.IGNORECASE,
)
# "for Maria's surgery", "for Ana, who …": a person's own need ("for St Wilfrid's Hospice",
# a capitalised word after the possessive, is an institution's name)
_FOR_SOMEONES = lazy.compile(r"['’]s\b(?![ \t]+[A-Z])|[ \t]*,?[ \t]*who\b")


def _a_cause_raised_for(text: str, f: Finding) -> bool:
    """ "Our team ran the half marathon and raised £900 for Ty Hafan": what money is raised
    or donated for is a charity or a cause; not a person's own ("raised £500 for Maria's
    surgery", "for Ana, who has leukaemia"), nor beside a private or care word."""
    if _RAISED_FOR_BEFORE.search(text, max(0, f.start - 60), f.start) is None:
        return False
    if _FOR_SOMEONES.match(text, f.end):
        return False
    sentence = _sentence_before(text, f.start) + _sentence_after(text, f.end)
    return not (_PRIVATE_CUE.search(sentence) or _CARE_OF_STAFF.search(sentence))


# "Marks & Spencer", "Procter & Gamble", "Crabtree & Evelyn": two capitalised words joined
# by "&" (the other word before or after the name).
_AMPERSAND_BEFORE = lazy.compile(r"(?<![\w'’-])([A-Z][\w'’-]*)[ \t]*&[ \t]*$")
_AMPERSAND_AFTER = lazy.compile(r"[ \t]*&[ \t]*([A-Z][\w'’-]*)")
_TITLE_WORDS = frozenset("mr mrs ms miss mx dr prof sir dame lord lady".split())


def _a_firm_of_two_names(text: str, f: Finding) -> bool:
    """ "The Marks & Spencer café", "Procter & Gamble": a name joined by "&" to a
    capitalised word on no given-name list is a firm's name; not "Tom & Ana" (two given
    names), "Mr & Mrs Smith", nor after "my", "her", a family word."""
    before = _AMPERSAND_BEFORE.search(text, max(0, f.start - 30), f.start)
    after = _AMPERSAND_AFTER.match(text, f.end)
    other = before.group(1) if before else after.group(1) if after else None
    if other is None:
        return False
    lower = other.lower().rstrip(".")
    if lower in lx.GIVEN_NAMES or lower in _TITLE_WORDS or romanised_given_name(lower):
        return False
    start = before.start() if before else f.start
    return not _PRIVATE_CUE.search(_sentence_before(text, start, 30))


# A weather system's word before its name: "Hurricane Helene", "Storm Ciarán", "Typhoon
# Gaemi", "Tropical Storm Debby".
_STORM_BEFORE = lazy.compile(
    r"\b(?:hurricane|typhoon|cyclone|storm|tropical[ \t]+depression)[ \t]+$", re.IGNORECASE
)
_STORM_WORD = lazy.compile(r"^(?:hurricane|typhoon|cyclone|storm)[ \t]+", re.IGNORECASE)


def _a_storm(text: str, f: Finding) -> bool:
    """ "Hurricane Helene closed roads", "Typhoon Gaemi forced the clinic to close": a
    storm's name after its kind (in the span or before it) is the weather's, no one's (not
    "my daughter Storm", a given name after a family word)."""
    named = _STORM_WORD.match(text[f.start : f.end]) is not None
    if not named and _STORM_BEFORE.search(text, max(0, f.start - 24), f.start) is None:
        return False
    return not _PRIVATE_CUE.search(_sentence_before(text, f.start, 30))


# (clean14n) What drug makers, pharmacies and insurers do in business news and no patient
# does: prices or costs capped or cut, record sales or profits, a shortage of a product,
# lots recalled, drugs made or sold, jobs cut, stores closed ("Lilly, Novo and Sanofi have
# capped out-of-pocket costs", "Novo Nordisk has had a shortage of Ozempic pens", "Pfizer
# has had record vaccine sales", "Roche, Novartis and Pfizer all make cancer drugs", "Lilly
# launched Zepbound in vials").
_BUSINESS_ACT = lazy.compile(
    r"\b(?:(?:record|quarterly|annual|higher|lower|falling|rising|weak|strong)[ \t]+"
    r"(?:[\w-]+[ \t]+)?(?:sales|profits?|revenues?|earnings)"
    r"|(?:sales|profits?|revenues?|earnings|shares|share[ \t]+price)[ \t]+(?:rose|fell|jumped"
    r"|dropped|grew|climbed|slumped|doubled|halved)"
    r"|(?:capped|cut|slashed|raised|lowered|hiked|froze|frozen|dropped)[ \t]+"
    r"(?:[\w$£€/.-]+[ \t]+){0,3}?(?:prices?|costs?|copays?|co-pays?|premiums?)"
    r"|shortages?[ \t]+of[ \t]+(?:[\w-]+[ \t]+){0,2}?(?:pens|vials|tablets|drugs|medicines"
    r"|insulins?|vaccines?|inhalers|supplies|stock|products)"
    r"|(?:recall(?:ed|s|ing)?|withdr[ae]w|withdrawn)[ \t]+(?:[\w-]+[ \t]+){0,3}?"
    r"(?:lots?|batch(?:es)?|products?|pens|vials|tablets|inhalers|devices|vaccines?)"
    r"|(?:make|makes|made|manufactur\w+|sell|sells|sold|produce|produces|supply|supplies)"
    r"[ \t]+(?:[\w-]+[ \t]+){0,3}?(?:drugs|medicines|vaccines|generics|insulins?|inhalers"
    r"|pens|devices|implants|products)"
    r"|launch(?:ed|es|ing)?[ \t]+(?:[\w-]+[ \t]+){0,3}?(?:drugs?|medicines?|vaccines?|generics?"
    r"|insulins?|inhalers?|pens|vials|tablets|devices?|products?|brands?)"
    r"|(?:cut|cuts|cutting|axed?|axing)[ \t]+[\d,]+[ \t]+jobs"
    r"|clos(?:ed|es|ing)[ \t]+[\d,]+[ \t]+(?:stores|shops|pharmacies|branches))\b",
    re.IGNORECASE,
)
# ``_BUSINESS_ACT``'s words, one of which every match holds (``rules.NAME_VETO_GATES``).
BUSINESS_ACT_WORDS = (
    r"sales|profit|revenue|earnings|shares|price|cost|copay|co-pay|premium|shortage|recall"
    r"|withdr|launch|drug|medicine|vaccine|generic|insulin|inhaler|pens|vials|tablets|device"
    r"|implants|brand"
    r"|products|jobs|stores|shops|pharmacies|branches"
)
# A person in the sentence: a pronoun or a word of the writer's or a family's.
_A_PERSON_IN_IT = lazy.compile(
    r"\b(?:he|she|him|his|her|hers|himself|herself|my|mine|i|i'm|i've|me|mom|mum|mother|dad"
    r"|father|son|daughter|wife|husband|child|kid|baby|grand\w+|gran|nana|aunt|uncle|sister"
    r"|brother|cousin|neighbou?r|friend)\b",
    re.IGNORECASE,
)
# The capitalised names listed before or after the one found ("Lilly, Novo and Sanofi"),
# and what may open the sentence before them (a heading's colon, a dash).
_NAME_ITEM = r"(?-i:[A-Z])[\w'’&.-]*(?:[ \t]+(?-i:[A-Z])[\w'’&.-]*){0,2}"
_LIST_JOIN = r"[ \t]*(?:,[ \t]*(?:and|or|&)?|and|or|&)[ \t]*"
_LIST_OPENING = lazy.compile(r"[ \t]*(?:" + _NAME_ITEM + _LIST_JOIN + r")*$")
_LIST_REST = lazy.compile(r"(?:" + _LIST_JOIN + _NAME_ITEM + r")*")
_HEADING_BREAK = lazy.compile(r".*[:—–(]", re.DOTALL)


def _a_firm_in_business_news(text: str, f: Finding) -> bool:
    """``name.firm_in_business_news``: "Lilly, Novo and Sanofi have capped out-of-pocket
    costs at $35", "Novo Nordisk has had a shortage of Ozempic pens", "Pfizer has had
    record vaccine sales": a name (alone or in a list of names) that opens its sentence, then
    a firm's act no patient does (``_BUSINESS_ACT``). Not when the sentence holds a person's
    pronoun or a family word ("Lilly couldn't afford the prices so she rations her doses"),
    nor "Lilly has had a rash" (no act of a firm)."""
    left, right = sentence_around(text, f.start, f.end)
    head = _HEADING_BREAK.match(text, left, f.start)
    opening = head.end() if head is not None else left
    if _LIST_OPENING.fullmatch(text, opening, f.start) is None:
        return False
    rest = _LIST_REST.match(text, f.end, right)
    after = rest.end() if rest is not None else f.end
    if _BUSINESS_ACT.search(text, after, min(right, after + 90)) is None:
        return False
    return _A_PERSON_IN_IT.search(text, left, right) is None


# (clean14n) A work's title in double quotes, beside the word for what kind of work it is
# ("Book recommendation: "Ngā Kete Mātauranga"", "Our playlist today: "Hey Jude",
# "Roxanne" and "Layla"", "Song of the week: "Jolene"", "the film "Erin Brockovich"").
_OPEN_QUOTES = '"“„«'
_CLOSE_QUOTES = '"”“»'
_QUOTE_BEFORE = lazy.compile(r"(?:^|(?<=[\s(:;,—–-]))[" + _OPEN_QUOTES + r"][^\"“”„«»\n]{0,60}$")
_QUOTE_AFTER = lazy.compile(r"[^\"“”„«»\n]{0,60}?[" + _CLOSE_QUOTES + r"](?![\w])")
_WORK_KIND = lazy.compile(
    r"\b(?:books?|novels?|memoirs?|songs?|albums?|singles?|tracks?|hymns?|carols?|poems?"
    r"|films?|movies?|tv[ \t]+shows?|series|sitcoms?|episodes?|documentar(?:y|ies)|podcasts?"
    r"|musicals?|operas?|playlists?|titled|entitled|reading[ \t]+list"
    r"|book[ \t]+club|watch(?:ed|ing)?|listen(?:ed|ing)?[ \t]+to|sang|sing(?:ing|s)?)\b",
    re.IGNORECASE,
)
WORK_QUOTES = tuple(_OPEN_QUOTES)
_TITLE_WORDS_MOST = 8
_DIGIT_OR_AT = lazy.compile(r"[\d@]")


def _a_works_title(text: str, f: Finding) -> bool:
    """``name.works_title``: "Book recommendation from Dr Parata: "Ngā Kete Mātauranga"",
    "Our playlist today: "Hey Jude", "Roxanne" and "Layla"": a name wholly inside double
    quotes, with a word for a kind of work (a book, a song, a film, a show) in the sentence
    before the quotes or right after them, is the work's title. Not after "my", a family word
    or "patient" ("My daughter "Maddie" has a fever"), nor a quoted label read out ("the
    wristband read "John Smith"": no kind of work)."""
    before = _QUOTE_BEFORE.search(text, max(0, f.start - 61), f.start)
    if before is None:
        return False
    after = _QUOTE_AFTER.match(text, f.end)
    if after is None:
        return False
    left, right = sentence_around(text, f.start, f.end)
    opening = before.start()
    title = text[opening + 1 : after.end() - 1]
    if len(title.split()) > _TITLE_WORDS_MOST or _DIGIT_OR_AT.search(title):
        return False  # a quoted line of a record ("Beatriz Alves 09/09/1996 HC 55102-88")
    if _PRIVATE_CUE.search(text, max(left, opening - 30), opening):
        return False
    return (
        _WORK_KIND.search(text, max(left, opening - 80), opening) is not None
        or _WORK_KIND.search(text, after.end(), min(right, after.end() + 30)) is not None
    )


# (clean14n) A title of address before the name: "Mrs Sands", "Dr. Hills", "Sister Knowles"
# keep a family name that is also a plural word.
_TITLE_BEFORE_NAME = lazy.compile(
    r"\b(?:mr|mrs|ms|miss|mx|dr|prof|professor|doctor|nurse|sister|father|rev|sir|dame"
    r"|lord|lady|herr|frau)\.?[ \t]+$",
    re.IGNORECASE,
)

_GREETED_BEFORE = lazy.compile(
    r"\b(?:hi|hello|hey|dear|thanks|thank[ \t]+you|cheers|congrats|congratulations|welcome"
    r"|bye|love|go)[ \t]*[,!]?[ \t]*$",
    re.IGNORECASE,
)

# How long a plural word must be, and how common its singular in English text (a
# Zipf value: "bunny" 3.9, "swallow" 3.9, "puppy" 3.9), to be read as no one's name.
_PLURAL_LENGTH_LEAST = 6
_PLURAL_SINGULAR_ZIPF = 3.0


def _singulars(lower: str) -> tuple[str, ...]:
    """The words ``lower`` may be the plural (or the third person) of: "bunnies" "bunny",
    "swallows" "swallow", "boxes" "box"; none for a word in "ss" ("Princess", "Bliss"), which
    no plural ends with."""
    if lower.endswith("ss"):
        return ()
    if lower.endswith("ies"):
        return (lower[:-3] + "y",)
    if lower.endswith("es"):
        return (lower[:-1], lower[:-2])
    return (lower[:-1],)


def _an_everyday_plural(text: str, f: Finding) -> bool:
    """``name.everyday_plural``: "Bunnies' teeth never stop growing", "All Medicare
    Beneficiary Identifiers have 11 characters", "IF A CHILD SWALLOWS A BUTTON BATTERY": one
    word on no name list that is the plural (or the third person) of an everyday English
    word is no one's name, whatever cue stood before it. Not after a title ("Mrs Sands",
    "Mr Pickles": family names no list holds) or a greeting ("Thanks, Hills!"), nor a listed
    name ("Rivers", "Brooks")."""
    word = text[f.start : f.end]
    if len(word) < _PLURAL_LENGTH_LEAST or word[-1] not in "sS" or not word.isalpha():
        # ("Mags here from the hydro class", "Bom dia Thaís", folded to "Thais": short
        # pet names and names of other languages)
        return False
    lower = word.lower()
    if lower in lx.GIVEN_NAMES or lower in lx.SURNAMES or lower in lx.AMBIGUOUS_NAMES:
        return False
    if romanised_given_name(lower):
        return False
    common = lx.english_words()
    singulars = _singulars(lower)
    if any(one in lx.GIVEN_NAMES or one in lx.SURNAMES for one in singulars):
        return False  # "Philips", "Peters": a name's possessive or family name
    if not any(
        one in common and lazy.zipf_frequency(one, "en") >= _PLURAL_SINGULAR_ZIPF
        for one in singulars
    ):
        return False
    if _GREETED_BEFORE.search(text, max(0, f.start - 24), f.start) is not None:
        return False  # "Thanks, Hills!": someone spoken to
    return _TITLE_BEFORE_NAME.search(text, max(0, f.start - 14), f.start) is None


NAME_VETOES = (
    _a_firms_person,
    _an_example_name,
    _a_field_label,
    _an_organisation_branch,
    _everyday_word_in_a_heading,
    _a_product_or_firm,
    _a_clinician_by_title,
    _a_cause_raised_for,
    _a_firm_of_two_names,
    _a_storm,
    _a_firm_in_business_news,
    _a_works_title,
    _an_everyday_plural,
)
