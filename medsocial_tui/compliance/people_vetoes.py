"""Vetoes of names of people who are no one's patient, whatever finder found the name
(issue 14): a saint, a character in a story, a member of a team named by the role they
hold ("the practice manager, Mrs. Begum", "Hygienist Bongani Dlamini", "Patient Liaison
Officer"), a clinician by what they did ("seen by Sipho"), a clinic's team greeted by name.

Each is a frame that English gives such a person whatever the text is about, not a word
list of this corpus's people; each stands down when the writer's, a patient's or a
family's word introduces the name ("my physio's son Tom", "our patient, Mrs. Begum").
``rules.NAME_VETOES`` asks them after its own.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import lru_cache

from medsocial_tui.compliance import lazy
from medsocial_tui.compliance import lexicon as lx
from medsocial_tui.compliance.findings import Finding
from medsocial_tui.compliance.person_cues import HEALTH, THEIR_OWN_HEALTH
from medsocial_tui.compliance.text import heading_end, matches_between, sentence_around

_I = re.IGNORECASE

# The writer's, a patient's or a family's words right before a name: whatever frame follows,
# the name may be theirs ("my son Jake", "our patient, Mrs. Begum", "her sister Ana").
_PRIVATE_BEFORE = lazy.compile(
    r"\b(?:my|his|her|their|patient|patients|client|mom|mum|mother|dad|father|son|daughter"
    r"|wife|husband|child|baby|grand\w+|aunt|uncle|brother|cousin|neighbou?r|friend"
    r"|partner|fianc[ée]e?)\b[^.!?\n]{0,12}$",
    _I,
)


def _private_before(text: str, start: int) -> bool:
    return _PRIVATE_BEFORE.search(text, max(0, start - 30), start) is not None


# A saint's title right before the name, as English writes one: "St. Apollonia", "Saint
# Luke", "San Francisco", "Santa Lucia" (a saint, or a church, town or feast named after
# one); capitalised, so "sankt" in a sentence or "st" for street after a number is not it.
# (names95) The tagger's names are asked too (phi's ``_learned``: "Hospital de São João",
# "Hospital Santo Antônio"); the guard reads the text folded, so "São" is "Sao" there.
_SAINT_TITLES = tuple("St Ste Saint Sainte San Santa Santo Sant São Sao Sankt".split())
_SAINT_BEFORE = lazy.compile(r"(?<![\w.])(?:" + "|".join(_SAINT_TITLES) + r")\.?[ \t]+$")
# "Mr. St. John": the surname St. John, after a title, is a person's.
_TITLE_THEN_SAINT = lazy.compile(r"\b(?:Mr|Mrs|Ms|Miss|Mx|Dr)\.?[ \t]+$")


def _a_saint(text: str, f: Finding) -> bool:
    """ "St. Apollonia is the patron saint of dentists", "Saint Luke": a name after a saint's
    title is the saint's (or a church's or town's named after them), no patient's; not
    "Mr. St. John", a family name after a title."""
    lo = max(0, f.start - 8)
    m = _SAINT_BEFORE.search(text, lo, f.start)
    if m is None:
        span = text[f.start : f.end]
        m = _SAINT_BEFORE.match(span.split(" ", 1)[0] + " ") if " " in span else None
        if m is None:
            return False
        at = f.start
    else:
        at = m.start()
    return _TITLE_THEN_SAINT.search(text, max(0, at - 12), at) is None


# A story's frame: the sentence says it tells of a novel's, a film's or a show's people.
_FICTION_WORKS = (
    "novel novels book film movie play story tale series show sitcom cartoon comic musical"
    " saga trilogy game opera poem episode"
).split()
_FICTION_WORDS = "fictional fictitious protagonist heroine narrator character".split()
_FICTION = lazy.compile(
    r"\b(?:(?:in|from|of)[ \t]+(?:the|this|that|a)[ \t]+(?:[\w-]+[ \t]+)?(?:"
    + "|".join(_FICTION_WORKS)
    + r")\b"
    # "from the book club", "at the play group": a group that meets, not a story
    r"(?![ \t]+(?:club|clubs|group|groups|shop|store|fair|sale|drive|bank|date|area))"
    r"|(?:main[ \t]+)?(?:" + "|".join(_FICTION_WORDS) + r"))\b",
    _I,
)
# (guard-short4) A story's character named as such, whoever else the sentence names: "my
# favourite drama has a character named Ji-ho", "the cartoon's characters called Bluey and Bingo".
_CHARACTER_NAMED = lazy.compile(
    r"\bcharacters?[ \t]+(?:(?:named|called)[ \t]+|(?:[\w-]+[ \t]+and[ \t]+)?)?\Z"
    r"|\bcharacters?[ \t]+(?:named|called)[ \t]+(?:[\w-]+[ \t]*(?:,|and)[ \t]*)*\Z",
    _I,
)
# The writer or the reader in the sentence: then it may be their own story too.
_WRITER_OR_READER = lazy.compile(r"\b(?:my|our|i|i'm|me|we|us|your|you)\b", _I)


def _a_fictional_character(text: str, f: Finding) -> bool:
    """ "In the novel, Elizabeth Bennet walks three miles", "Sherlock Holmes, the fictional
    detective": a sentence that tells of a story's people names no patient, when neither the
    writer nor the reader is in it ("my son, who loves the film, …" may be theirs)."""
    if _CHARACTER_NAMED.search(text, max(0, f.start - 40), f.start) is not None:
        return True  # "my son's favourite show has a character named Ji-ho"
    left, right = sentence_around(text, f.start, f.end)
    if _FICTION.search(text, left, right) is None:
        return False
    return _WRITER_OR_READER.search(text, left, right) is None


# The staff words, singular or plural, that name a care role (not "partner", "resident",
# "associate" or "officer": said of patients, spouses and police as well).
_CARE_ROLES = "|".join(
    sorted(
        w
        # (guard-replies) and the British spelling and the mind's carers
        # (guard-longclean7) and the foot's, the specialists' and the ward's: "the
        # chiropodist, Mr. Alan Briggs,", "Our consultant, Dr. Okoro,", "the matron, Mrs. Lee,"
        for w in lx.STAFF_WORDS
        | {"counsellor", "psychologist", "psychiatrist"}
        | {"chiropodist", "dietician", "consultant", "registrar", "matron", "anaesthetist"}
        | {"anesthetist", "paediatrician", "dermatologist", "cardiologist", "radiologist"}
        | {"oncologist", "endodontist", "periodontist", "prosthodontist", "hygiene therapist"}
        if len(w) > 2
        and w
        not in (
            "resident partner associate officer colleague coworker owner founder ceo director"
            " lead staff team intern tech provider doctor"
        ).split()
    )
)
# "The practice manager, Mrs. Begum, will reply", "our receptionist, Ravi": the name in
# apposition after a care role with "the", "our" or "your" names who holds the role.
_ROLE_THEN_NAME = lazy.compile(
    r"\b(?:the|our|your)[ \t]+(?:[\w'’-]+[ \t]+){0,2}?(?:" + _CARE_ROLES + r")s?[ \t]*,[ \t]*"
    r"(?:(?:Mr|Mrs|Ms|Miss|Mx|Dr)\.?[ \t]+)?$",
    _I,
)


def _named_after_their_role(text: str, f: Finding) -> bool:
    """ "The practice manager, Mrs. Begum, will reply", "our hygienist, Mei, runs …": a name
    set between commas after a care role names the person who holds it; unless the
    sentence tells of their own care ("The chiropodist, Mr. Briggs, was admitted …")."""
    if _ROLE_THEN_NAME.search(text, max(0, f.start - 60), f.start) is None:
        return False
    left, right = sentence_around(text, f.start, f.end)
    if THEIR_OWN_HEALTH.search(text, f.end, right) is not None:
        return False
    # "The matron, Mrs. Abara, has been diagnosed with cancer" ("surgery" is the practice's
    # as often: "will reply about surgery times")
    return not any(
        not m.group(0).lower().startswith(("surgery", "hospital"))
        for m in _THEIR_CARE.finditer(text, f.end, right)
    )


# (names30) A nurse a patient or a parent names by first name, in a sentence that tells of
# the writer's own care: "big love to Nurse Hinewai on the kids ward, my boy didn't cry
# once", "shoutout to Nurse Bernadette at St. Vincent's who held my hand", "Nurse Mele was
# so kind to me". Wards and clinics give only a nurse's first name, and with the ward and
# the day it says which patient wrote: the vetoes of a clinician by title stand down. Not the
# practice's own ("Our Nurse Kiri runs the flu clinic"), nor a nurse introducing herself
# ("I'm Nurse Kiri, I'll be looking after you"), nor a full name ("Nurse Tomasz Lis", the
# practice's bio), nor a surname alone ("Nurse Tiihonen", as a staff list writes them).
_NURSE_WORD = lazy.compile(r"(?<![\w'’-])nurse[ \t]+$", _I)
_WRITERS_CARE = lazy.compile(r"\b(?:my|me|I|I['’](?:m|ve|d|ll))\b(?![ \t]+(?:name|job)\b)", _I)
# Thanks, love or praise the writer sends the nurse: "big love to", "shoutout to",
# "huge thanks to", "so grateful to", "bless".
_THANKED_BEFORE = lazy.compile(
    r"\b(?:thanks?|thank[ \t]+(?:you|u)|thx|ty|shout-?outs?|s/o|love|grateful|appreciat\w*|kudos"
    r"|props|cheers|bless\w*|angel|hero|praise|shine)\b",
    _I,
)
# A show's, a game's or a story's nurse: "I binge-watched Nurse Jackie", "Nurse Ratched
# was my favourite villain", "Nurse Joy healed my Pokémon".
_A_SHOWS_NURSE = lazy.compile(
    r"\b(?:watch\w*|binge\w*|show|series|episode|season|film|movie|character|villain|novel"
    r"|book|cartoon|anime|pok[eé]mon|pikachu|game|actress|actor|played|plays|cast|fictional)\b",
    _I,
)
_NURSE_OF_THE_PRACTICE = lazy.compile(
    r"\b(?:our|we|we['’](?:re|ve)|us|team|staff|welcome|welcomes|join\w*|hired|I['’]m|I[ \t]+am"
    r"|this[ \t]+is|name[ \t]+is|meet|introducing)\b",
    _I,
)


def nurse_of_the_writers_care(text: str, f: Finding) -> bool:
    """(names30) ``f`` is one first name after "Nurse" ("Nurse Hinewai", or "Hinewai" with
    "Nurse" before it) that the writer thanks or praises ("big love to", "shoutout to") in a
    sentence where they speak of their own care ("my", "me", "I"), none of the practice's
    words before it ("our", "welcome", "I'm"), and no show's ("Nurse Jackie")."""
    span = text[f.start : f.end]
    head, _, rest = span.partition(" ")
    if rest and head.lower() == "nurse":
        name, at = rest, f.start
    elif not rest and _NURSE_WORD.search(text, max(0, f.start - 8), f.start) is not None:
        name, at = span, text.rfind("urse", 0, f.start) - 1
    else:
        return False
    lower = name.lower()
    if " " in name or not lower.isalpha() or name.isupper():
        return False
    if lower not in lx.GIVEN_NAMES and (lower in lx.SURNAMES or lower in lx.english_words()):
        return False  # ("Nurse Kowalski": a family name, as a rota writes it; "Nurse Practitioner")
    left, right = sentence_around(text, at, f.end)
    if _NURSE_OF_THE_PRACTICE.search(text, left, at) is not None:
        return False
    if _THANKED_BEFORE.search(text, left, at) is None:
        return False  # ("nurse Jo said ok but I read 48hrs?": the nurse's word, not thanks)
    if _WRITERS_CARE.search(text, left, right) is None:
        return False
    return _A_SHOWS_NURSE.search(text, left, right) is None


# A clinical verb's agent: "seen by Sipho", "treated by Nurse Amal", "examined by Dr. Osei".
_CLINICIAN_BEFORE = lazy.compile(
    r"\b(?:seen|treated|examined|assessed|checked|operated[ \t]+on|x-?rayed|vaccinated"
    r"|immuni[sz]ed|diagnosed|stitched(?:[ \t]+up)?|scanned|triaged|reviewed)[ \t]+by[ \t]+"
    r"(?:(?:Dr|Nurse|Mr|Mrs|Ms|Miss|Prof)\.?[ \t]+)?$",
    _I,
)


def _a_clinician_by_what_they_did(text: str, f: Finding) -> bool:
    """ "his patients will be seen by Sipho", "my son was treated by Amal": the one who
    sees, treats or examines is a clinician, not the patient (the patient is the one seen;
    "seen by his sister Ana" has a family word between, and is left to the name rules)."""
    return _CLINICIAN_BEFORE.search(text, max(0, f.start - 40), f.start) is not None


# A capitalised care role right before the name, or opening its span, as a title:
# "Hygienist Bongani Dlamini", "Pharmacist Farah Siddiqui", "Locum vet Dr. Kowalczyk".
# Care roles only: a coach or a chef is anyone's ("Chef Marco burned his hand", "Coach
# Ramsey's team got mouthguards fitted"), no provider of the care the text speaks of.
_ROLE_WORDS = frozenset(_CARE_ROLES.split("|"))
_ROLE_TITLE = lazy.compile(
    # "Hygienist ", "Locum vet ", "Locum vet Dr. " (a title the span may not hold)
    r"(?<![\w'’-])([A-Z][a-z-]+)(?:[ \t]+([a-z-]+))?[ \t]+(?:(?:Dr|Mr|Mrs|Ms)\.?[ \t]+)?$"
)
# Care of the named person: then a staff member's own health is told ("Nurse Amal's
# surgery went well", "Hygienist Bongani is off sick").
_THEIR_CARE = lazy.compile(
    r"\b(?:sick|ill|illness|injur\w*|surgery|operation|hospital\w*|diagnos\w*|pregnan\w*"
    r"|maternity|cancer|stroke|chemo\w*|biopsy|admitted|recover\w*|passed[ \t]+away|died"
    r"|burn\w*|broke|broken|fractur\w*|get[ \t]+well|wound\w*|bleed\w*)\b",
    _I,
)


def _role_word(word: str | None) -> bool:
    if not word:
        return False
    lower = word.lower()
    return lower in _ROLE_WORDS or (lower.endswith("s") and lower[:-1] in _ROLE_WORDS)


def _titled_by_their_role(text: str, f: Finding) -> bool:
    """ "Hygienist Bongani Dlamini is on leave", "Locum vet Dr. Piotr Kowalczyk", "Chef
    Farah Siddiqui explains …": a care role written as a title before the name names a
    provider by their work, unless the text around tells of their own care ("Hygienist
    Bongani is recovering from surgery", "Get well soon, Nurse Amal! … your operation")."""
    if _private_before(text, f.start):
        return False  # "Nurse Amal's patient Jo", "Locum vet's wife Ana": the name is theirs
    first, _, rest = text[f.start : f.end].partition(" ")
    if not (rest and first[:1].isupper() and _role_word(first)):
        m = _ROLE_TITLE.search(text, max(0, f.start - 34), f.start)
        if m is None or not (_role_word(m.group(1)) or _role_word(m.group(2))):
            return False
        if _private_before(text, m.start()):
            return False  # "my daughter Chef Ana"
    if nurse_of_the_writers_care(text, f):
        return False  # (names30) "big love to Nurse Hinewai …, my boy didn't cry once"
    return _THEIR_CARE.search(text, max(0, f.start - 120), f.end + 200) is None


# A team greeted or thanked with its workplace named: "Good morning to the whole team at
# Harbour Dental", "Hello to all the wonderful staff at Sunrise Family Clinic: Fatima, Joy
# and Kenji".
_TEAM_GREETED = lazy.compile(
    r"\b(?:hello|hi|hey|good[ \t]+(?:morning|afternoon|evening)|greetings|shout-?out|thanks"
    r"|thank[ \t]+you|cheers|love)\b[^.!?\n]{0,60}?\b(?:team|staff|crew|everyone|all)[ \t]+"
    r"(?:at|of|from)[ \t]+(?:the[ \t]+)?[A-Z]",
    _I,
)
# What would make the greeted name a patient's: care of someone, or a relative.
_SOMEONES_CARE = lazy.compile(
    r"\b(?:my|his|her|their|patient|surgery|operation|treatment|recover\w*|diagnos\w*"
    r"|sick|ill|illness|hospital|passed|died|born|baby)\b",
    _I,
)


def _a_team_greeted(text: str, f: Finding) -> bool:
    """ "Good morning to the whole team at Harbour Dental, and a special hello to Aisha and
    Tomasz!": names in a sentence that greets or thanks a workplace's team are its people,
    when the sentence tells of no one's care and no relative ("thanks to the team at Mercy
    for looking after my dad Ray" is a patient's)."""
    left, right = sentence_around(text, f.start, f.end)
    if _TEAM_GREETED.search(text, left, right) is None:
        return False
    return _SOMEONES_CARE.search(text, left, right) is None


# A job title that the name's last word opens or continues: "Patient Liaison Officer",
# "Family Support Worker", "Practice Manager".
_JOB_NOUNS = (
    r"(?:Officer|Coordinator|Co-ordinator|Manager|Advocate|Worker|Assistant|Administrator"
    r"|Supervisor|Navigator|Champion|Liaison|Lead)"
)
_JOB_TITLE_AFTER = lazy.compile(r"[ \t]+(?:[A-Z][a-z]+[ \t]+)?" + _JOB_NOUNS + r"\b")
_JOB_TITLE_END = lazy.compile(r"[ \t]" + _JOB_NOUNS + r"$")


def _part_of_a_job_title(text: str, f: Finding) -> bool:
    """ "Olga Ivanova, Patient Liaison Officer": a capitalised word that a job's word follows
    ("Liaison Officer") is part of the job title, not a name; only a word that is no given
    name or surname ("Maria Coordinator" is not read as a title)."""
    span = text[f.start : f.end]
    words = span.split()
    lower = words[0].lower() if words else ""
    if lower in lx.GIVEN_NAMES or lower in lx.SURNAMES:
        return False
    if len(words) == 1:
        return _JOB_TITLE_AFTER.match(text, f.end) is not None
    return len(words) == 2 and _JOB_TITLE_END.search(span) is not None  # "Liaison Officer"


# A festival's greeting, in the words its own language gives it: two capitalised words that
# read like a given name and a family name ("Eid Mubarak", "Shana Tova", "Feliz Navidad").
_FESTIVAL_GREETINGS = frozenset(
    (
        "eid mubarak",
        "eid saeed",
        "ramadan mubarak",
        "ramadan kareem",
        "ramzan mubarak",
        "nowruz mubarak",
        "shana tova",
        "shanah tovah",
        "chag sameach",
        "hanukkah sameach",
        "feliz navidad",
        "feliz natal",
        "joyeux noel",
        "joyeux noël",
        "frohe weihnachten",
        "buon natale",
        "gong xi fa cai",
        "kung hei fat choy",
        "selamat hari raya",
        "shubh deepavali",
        "shubh diwali",
        "diwali mubarak",
        "vesak mubarak",
        "bonne annee",
        "bonne année",
        "feliz ano nuevo",
        "feliz año nuevo",
        "sretan bozic",
        "wesolych swiat",
        "wesołych świąt",
        "kwanzaa yenu",
        # (names12) the Māori sign-off and thanks New Zealand notices close with ("We're
        # closed on Waitangi Day. Ngā mihi, the team"): "Nga" is a given name on the lists
        "ngā mihi",
        "nga mihi",
        # (names13) the sign-offs of letters and notices in German, Dutch, the Nordic
        # languages, Polish, Spanish, Italian, French and Portuguese ("Viele Grüße, Ihr
        # Praxisteam", "Un abrazo, el equipo"): two capitalised words, no one's name
        # (as written, and folded as the guard reads them: "Grüße" is "Gruße")
        "viele grüße",
        "liebe grüße",
        "herzliche grüße",
        "freundlichen grüßen",
        "vänliga hälsningar",
        "ystävällisin terveisin",
        "z poważaniem",
        "um abraço",
        "bien à vous",
        "viele gruße",
        "viele grusse",
        "viele gruesse",
        "liebe gruße",
        "liebe grusse",
        "liebe gruesse",
        "beste gruße",
        "herzliche gruße",
        "herzliche grusse",
        "freundliche gruße",
        "schone gruße",
        "freundlichen grußen",
        "freundlichen grussen",
        "hartelijke groet",
        "hartelijke groeten",
        "vriendelijke groet",
        "vriendelijke groeten",
        "vanliga halsningar",
        "vanlig halsning",
        "venlig hilsen",
        "venlige hilsner",
        "vennlig hilsen",
        "ystavallisin terveisin",
        "serdecznie pozdrawiam",
        "z powazaniem",
        "un abrazo",
        "un saludo",
        "saludos cordiales",
        "muchos saludos",
        "cordiali saluti",
        "distinti saluti",
        "un abbraccio",
        "bien cordialement",
        "bien a vous",
        "bons baisers",
        "grosses bises",
        "um abraco",
        "atenciosamente",
        "cumprimentos",
        # (names13) greetings of two words that read as a given and family name ("Bula
        # Vinaka!", "Salaam Alaikum, we wish you a blessed Ramadan")
        "bula vinaka",
        "salaam alaikum",
        "salam alaikum",
        "salaam aleikum",
        "assalamu alaikum",
        "assalam alaikum",
        "talofa lava",
    )
)
_GREETING_WORD = lazy.compile(r"[A-Za-zÀ-ÿĀ-žœ]+")


def _a_festival_greeting(text: str, f: Finding) -> bool:
    """ "Eid Mubarak from Dr. Yusuf and the team!", "Feliz Navidad!": a festival's greeting
    is no one's name, whichever of its words the finder took (a greeting's word alone,
    "Mubarak" or "Tova", is left to the name rules: it is a family name too)."""
    lo = max(0, f.start - 20)
    words = [
        (m.start(), m.end(), m.group(0).lower())
        for m in _GREETING_WORD.finditer(text, lo, f.end + 20)
    ]
    for i in range(len(words)):
        for n in (2, 3, 4):
            run = words[i : i + n]
            if len(run) < n or " ".join(w for _, _, w in run) not in _FESTIVAL_GREETINGS:
                continue
            if run[0][0] <= f.start and f.end <= run[-1][1]:
                return True
    return False


# Wishes sent from named people with their team: "Happy Diwali from Anjali, Vikram and
# everyone at Lotus Dental!", "Hello from Siobhan and Aoife, your front-desk duo!".
_WISHES_FROM_BEFORE = lazy.compile(
    r"\b(?:hello|hi|greetings|wishes|happy[ \t]+[\w-]+|merry[ \t]+[\w-]+|mubarak|love"
    r"|congratulations|cheers|season'?s[ \t]+greetings)[ \t!,]+from[ \t]+"
    r"(?:(?:Dr|Mr|Mrs|Ms|Nurse)\.?[ \t]+)?"
    r"(?:[A-Z][\w'’-]*[ \t]*(?:,|and|&)[ \t]*(?:and[ \t]+)?){0,4}$",
    _I,
)
_AND_THE_TEAM_AFTER = lazy.compile(
    r"(?:[ \t]*(?:,|and|&)[ \t]*(?:and[ \t]+)?[A-Z][\w'’-]*){0,4}"
    r"(?:[ \t]*(?:,|and|&)[ \t]*(?:and[ \t]+)?(?:the[ \t]+(?:whole[ \t]+|rest[ \t]+of[ \t]+the"
    r"[ \t]+)?(?:team|staff|crew)|everyone[ \t]+(?:at|here)|all[ \t]+of[ \t]+us|all[ \t]+at"
    r"|the[ \t]+[A-Z][\w'’-]*[ \t]+team)"
    r"|[ \t]*,[ \t]*(?:your|our)[ \t]+(?:[\w-]+[ \t]+){0,3}?(?:team|duo|trio|crew|staff))\b",
    _I,
)


def _wishes_from_the_team(text: str, f: Finding) -> bool:
    """ "Happy Diwali from Anjali, Vikram and everyone at Lotus Dental!", "Hello from
    Siobhan and Aoife, your friendly front-desk duo!": the names a greeting is sent from,
    with their team, are the sender's people, not a patient (not "love from Grandma Rose",
    which names no team)."""
    if _WISHES_FROM_BEFORE.search(text, max(0, f.start - 80), f.start) is None:
        return False
    return _AND_THE_TEAM_AFTER.match(text, f.end) is not None


# -- guard-precision2: people named by a post they hold, authors cited -------------------
# Public offices, as news in English, Spanish, Portuguese, French and German writes them
# before the holder's name ("Mayor Brandon Johnson", "el gobernador Pablo Lemus", "o
# prefeito David Almeida", "Bürgermeister Klaus Wagner", "La consejera de Sanidad, Fátima
# Matute", "El rector de la UBA, Ricardo Gelpi", "our local MP, Claire Young", "Limerick TD
# Kieran O'Donnell", "the Emir of Kano, Muhammadu Sanusi II"): posts (``_POST_WORDS``) whose
# holder is no colleague of the practice's (read 103-106: ``held_by_a_public_office``), and
# to whom a writer's "I" speaks as one of the public (``_named_by_a_post``).
_PUBLIC_OFFICES = frozenset(
    (
        "mayor minister senator governor councillor councilman councilwoman president premier"
        " gobernador"
        " gobernadora governador governadora alcalde alcaldesa prefeito prefeita ministro"
        " ministra ministre ministerin diputado diputada deputado deputada député députée"
        " senador senadora sénateur sénatrice maire préfet préfète bürgermeister"
        " buergermeister bürgermeisterin burgermeister burgermeisterin landrat vereador"
        " vereadora concejal concejala regidor regidora intendente undersecretary commissioner"
        " consejera consejero rector rectora mp mla mep mpp td emir cllr"
    ).split()
)
# Posts, trades and offices that English writes right before the holder's name, as a title
# ("Artist Kaito Yamamoto", "Pastor Kwabena Asante", "Conductor: Mrs. Eleanor Pryce") or
# after "our", "the", a desk or a branch ("our office manager Ms. Beatriz Santos", "Our
# chairperson, Mrs. Nomvula Dube,", "branch manager Mr Tan Wei Ming"), in the languages a
# practice's notice is written in ("Nuestra recepcionista, Carmen", "Notre assistante
# Sophie", "am Empfang: Frau Becker"). The care roles are ``_titled_by_their_role``'s.
_POST_WORDS = tuple(
    (
        "artist painter sculptor illustrator photographer author writer poet novelist musician"
        " singer pianist organist guitarist violinist drummer conductor composer choirmaster dj"
        " coach instructor trainer teacher tutor lecturer headteacher headmaster headmistress"
        " principal professor chef host presenter speaker moderator chair chairperson chairman"
        " chairwoman treasurer secretary trustee manager director coordinator"
        " co-ordinator organiser"
        " organizer founder owner ceo receptionist administrator captain referee umpire pastor"
        " father reverend rev vicar priest bishop rabbi imam sheikh cantor chaplain deacon"
        " recepcionista assistante secrétaire secretaire secretaria segretaria ansprechpartnerin"
        " ansprechpartner empfang hr fr revd volunteer donor sponsor officer librarian"
        # a dentist, a doctor or a nurse as their own languages title them: "Tandläkare Johan
        # Ekström föreläser", "tannlege Ingrid Solberg", "la dentista Lucía Ruiz" (with and
        # without accents: the guard reads a folded copy, "tandlakare")
        " tandläkare tandlakare tannlege tandlæge tandlaege tandarts zahnarzt zahnärztin"
        " zahnarztin dentista dentiste médecin medecin arzt ärztin arztin huisarts fastlege"
        " lekarz dentysta doctora enfermera infirmière infirmiere sykepleier sjuksköterska"
        " sjukskoterska"
        # (guard-longclean3) posts as news in Spanish, Portuguese, French and German write
        # them before the holder's name ("l'adjoint au maire", "Pastorin Anke Schröder"),
        # and the English posts of a firm or an event ("race director", "engineers Mika
        # Virtanen and Dave Holt"); the public offices are ``_PUBLIC_OFFICES``
        " presidente presidenta secretario secretário secretária adjoint adjointe pastorin"
        " pfarrer pfarrerin spokesperson spokesman spokeswoman engineer dean superintendent"
        # (guard-longclean4) "el doctor Javier Montero", "Bristol architects Feilden Clegg"
        " doctor architect"
        # (guard-longclean7) a nun's or a senior nurse's title, and a religious brother's:
        # "Sister Bernadette Ryan served in the missions", "our school nurse, Sister Pauline
        # Ashworth"; with a capital only, as "Father" ("my sister Ana" is kin)
        " sister brother"
    ).split()
) + tuple(sorted(_PUBLIC_OFFICES))
# (guard-longclean7) Everyday words of being unwell that the health terms leave out ("a
# fever", "coughing up blood", "he fell").
UNWELL_WORDS = lazy.compile(
    r"\b(?:cough\w*|fever\w*|temperature|blood|bleed\w*|pain\w*|ache\w*|sick|ill|unwell"
    r"|poorly|hurt|injur\w*|fell|fall(?:en|s)?|faint\w*|collaps\w*|hospital\w*|swollen"
    r"|vomit\w*|infection|diabetic|off[ \t]+work)\b",
    _I,
)
# Posts that are family words too: titles only with a capital.
_KIN_TITLES = frozenset(("father", "sister", "brother"))
# Posts of more than one word (each opens with a word of ``_POST_OPENERS``).
_POST_PHRASES = (r"cadre[ \t]+de[ \t]+sant[eé]", r"nurse[ \t]+in[ \t]+charge")
_POST_OPENERS = frozenset((*_POST_WORDS, "cadre", "nurse"))
_POSTS = "|".join(
    (*_POST_PHRASES, *sorted((re.escape(w) for w in _POST_WORDS), key=lx.longest_first))
)
# A title the name may follow the post with, in English and the notice's own language.
_COURTESY = (
    r"(?:(?:Mr|Mrs|Ms|Miss|Mx|Dr|Prof|Professor|Sr|Sra|Sister|Mme|M|Frau|Herr|Signora|Signor|Encik"
    r"|Puan|Tuan|Madam|Madame|Engr|Eng|Ing|Hon|Atty|Capt)\.?[ \t]+)?"
)
# (guard-longclean3) what an office says of its field between the post and the name, then a
# comma ("O ministro da Saúde, Alexandre Padilha", "la secretária estadual da Saúde, Arita
# Bergmann", "Minister for Public Health, Prakash Abitkar", "l'adjoint au maire chargé de la
# santé, M. Patrick Padovani"): a qualifier, then "of", "for", "de", "da"… and at most three
# words of the field; never a capitalised word right after the post (a name may be there).
_PORTFOLIO = (
    r"(?:[ \t]+(?:estadual|federal|municipal|provincial|regional|state|national|nacional"
    r"|general|adjunt[oa]|deputy))?"
    r"[ \t]+(?:of|for|de|da|do|del|du|des|au|aux|für|fur)"
    r"(?:[ \t]+(?:the|la|le|el|der|die|l['’]))?(?:[ \t]+[\w'’-]+){1,3}"
    r"(?:[ \t]+charg[ée]e?[ \t]+(?:de|du|des)(?:[ \t]+(?:la|le|l['’]))?[ \t]+[\w'’-]+)?"
    r"[ \t]*,"
)
_POST_BEFORE_NAME = lazy.compile(
    # "The registered manager is Mrs Lynn Avery", "Nurse in charge: Sr. Grace Okpara"
    # "Our volunteer of the year is Gwen": a post of the year, the month or the week
    r"(?<![\w'’-])("
    + _POSTS
    + r")s?\.?(?:[ \t]+of[ \t]+the[ \t]+(?:year|month|week))?"
    + r"(?:"
    + _PORTFOLIO
    # (guard-longclean4) a level of government after the post: "La presidenta municipal,
    # Michelle Núñez", "the provincial minister, …"
    + r"|(?:[ \t]+(?:municipal|estatal|estadual|provincial|regional|nacional|national|federal"
    + r"|local))?(?:[ \t]+(?:is|was))?[ \t]*[:,]?)[ \t]*"
    + _COURTESY
    + r"$",
    _I,
)
# A full name then "and" before the name: the first of two listed under one post.
_FIRST_OF_TWO = lazy.compile(
    r"(?<![\w'’-])[A-Z][\w'’-]+(?:[ \t]+[A-Z][\w'’-]+){1,2}[ \t]+(?:and|y|e|et|und|&)[ \t]+$"
)
# The post as the name's own first word ("Father Tomasz Wiśniewski", "Chef Ottolenghi").
_POST_OPENS = lazy.compile(r"(" + _POSTS + r")\.?[ \t]+(?=\S)", _I)
# Of the holder's own health or life: then their news is a record, whatever their post
# ("Coach Dimitri broke his wrist", "donor Kwame fainted", "Pastor Ofori was admitted").
_OWN_CARE = lazy.compile(
    r"\b(?:faint\w*|collaps\w*|burn\w*|bleed\w*|hurt|pain|pains|painful|limp\w*|sprain\w*|swell\w*|swollen|rushed|ambulance|a&e|icu|ward|admitted|discharged|in[ \t]+hospital"
    r"|get[ \t]+well|recover\w*|surgery|operation|diagnos\w*|pregnan\w*|cancer|stroke|sick"
    r"|illness|injur\w*|broke|broken|fractur\w*|passed[ \t]+away|died|funeral"
    # a visit of care told of them or of theirs ("Coach Ramsey's team got mouthguards fitted")
    r"|fitted|fillings?|check-?ups?|cleanings?|appointments?|extractions?|x-?rays?|treated"
    r"|treatment|seen"
    # (clinicians48) one who came in for care, a tooth's harm, a death told short ("Fr. X
    # came in with a cracked molar", "the family of Pastor X, who passed at Kenyatta
    # National"; not "who passed her boards")
    r"|came[ \t]+in|cracked|chipped|abscess\w*|toothache"
    r"|passed(?![ \t]+(?:the|her|his|their|an?|all|out|by|on)\b))\b",
    _I,
)

# (surnames55) A case's or a record's own marks: an age and sex as notes write them ("77F",
# "45 M", "82yo", "a 60-year-old"), not "5-year-olds", a class a teacher teaches.
_AGE_AND_SEX = lazy.compile(
    rf"(?<![\w/.:-])\d{{1,3}}[ \t]?(?:(?-i:{lx.AGE_SEX})(?![\w'’])|{lx.AGE_YO}\b|{lx.AGE_YR}[ \t-]+old\b(?!s)"
    r"|years?[ \t-]+old\b(?!s))",
    _I,
)


def _a_case_or_record_of_theirs(text: str, left: int, right: int) -> bool:
    """(surnames55) "77F retired piano teacher, Mrs Abernathy, xerostomia from oxybutynin",
    "Coach Riley Banks, 34M, post-op shoulder": a case or a record gives the age and sex of
    the one it is about, so a post or trade before their name tells who they are, not an
    office they hold in a notice (a notice gives no one's age and sex)."""
    return _AGE_AND_SEX.search(text, left, right) is not None


# The writer or a family in the sentence: the post-holder is then someone of theirs ("my
# daughter's coach"), who can tie the text to them. ("father" is the priest's title here.)
_WRITERS_FAMILY = lazy.compile(
    r"\b(?:my|mine|me|i|i['’]m|i['’]ve|mom|mum|mother|dad|son|daughter|wife|husband|child|kid"
    r"|baby|grand\w+|aunt|uncle|cousin)\b",
    _I,
)

# (guard-longclean5) A writer who says "I" to the holders of a public office
# (``_PUBLIC_OFFICES``) writes to the public ("I urge councillors Janet Ross and Hemi Tawhiri
# to look again at the evidence", "I wrote to Minister Park"): only "my" or a family word
# makes the holder someone of the writer's ("my councillor", "my son's coach").
_KIN_OR_MY = lazy.compile(
    r"\b(?:my|mine|mom|mum|mother|dad|son|daughter|wife|husband|child|kid|baby|grand\w+"
    r"|aunt|uncle|cousin)\b",
    _I,
)

# "his", "her", "their": with a health term in the sentence, someone's own health is told.
# (pairs59) A possessive then a person's leave from work for a birth, an illness or a
# death, as an HR note or a rota writes it ("Precious Mahlangu's maternity leave starts 1
# Sept", "Faith Banda's bereavement leave"): a private matter of the one named, whatever
# post is written before the name.
_THEIR_LEAVE = lazy.compile(
    r"['’]s?[ \t]+(?:" + lx.PRIVATE_LEAVE_KINDS + r"|stress)[ \t]+leave\b",
    _I,
)
_THEIR_OWN = lazy.compile(r"\b(?:his|her|hers|their|he|she|him)\b", _I)


def _health_term_in(text: str, left: int, right: int) -> bool:
    return HEALTH.search(text, left, right) is not None


_A_WORD = lazy.compile(r"[^\W\d_]+(?:-[^\W\d_]+)?")


# A post's opening word, or that word in the plural (the word and an "s").
_POST_OR_POSTS = _POST_OPENERS | frozenset(w + "s" for w in _POST_OPENERS)


@lru_cache(maxsize=4)
def _holds_a_post(text: str) -> bool:
    """Whether a word of ``text`` is a post's (or opens one): one pass over its words."""
    # (and a post in the plural: "engineers Mika Virtanen and Dave Holt"; one set lookup
    # a word, no loop over the words ending in "s")
    return not _POST_OR_POSTS.isdisjoint(_A_WORD.findall(text.lower()))


# (names11) A thing a private person owns, or what happens to one: a pet, a device, a
# vehicle, a wallet, a card; lost, found, stolen.
_OWNED_THING = lazy.compile(
    r"\b(?:pets?|dogs?|cats?|pupp(?:y|ies)|kittens?|horses?|parrots?|rabbits?|microchip|serial"
    r"|s/n|device|vehicle|car|truck|van|plate|registration|vin|wallet|purse|handbag|keys|phone"
    r"|licen[cs]e|wheelchair|hearing[ \t]+aids?|pump|scooter|bike|bicycle|lost|found|stolen"
    r"|missing|collision|crash|account|card|policy|claim)\b",
    _I,
)
# A business's owner: "our owner", "shop owner", "practice owner", "co-owner".
_OWNER_OF_A_BUSINESS = lazy.compile(
    r"\b(?:our|business|shop|store|restaurant|salon|caf[eé]|bakery|company|practice|clinic"
    r"|studio|gym|farm|bar|pub|hotel|team|franchise|co)[ \t-]*$",
    _I,
)


_AMONG_STAFF = lazy.compile(r"\b(?:team|staff|colleagues?|co-?workers?)\b", _I)


def _owner_of_a_thing(text: str, at: int, f: Finding) -> bool:
    """(names11) "owner" before a name is a post only of a business: the owner of a pet, a
    device, a car or a lost wallet is a private person ("Serial no. AVR40-2211. Owner: Gwen
    Pritchard", "Lost wallet, owner Terrence Hollis"); not "our owner, Jenna Cole", "shop
    owner Tom Baker"."""
    if _OWNER_OF_A_BUSINESS.search(text, max(0, at - 20), at) is not None:
        return False
    left, right = sentence_around(text, f.start, f.end)
    if _AMONG_STAFF.search(text, max(left, f.start - 150), min(right, f.end + 150)) is not None:
        return False  # "Owner Jenna Cole brought her dog to the team picnic"
    return _OWNED_THING.search(text, max(0, f.start - 150), min(len(text), f.end + 80)) is not None


# (vetoes55) A case's age (with its sex or "yo") or "retired" before the post: the post is
# the trade of the patient a case describes ("77F retired piano teacher, Mrs Abernathy",
# "Saw a 38yo tattoo artist, Riya", "Retired teacher, Agnes Mwangi, turned ninety").
_A_CASES_TRADE_BEFORE = lazy.compile(
    # (the sex's letter in either case here: the pattern is case-blind, "38yo m" too)
    rf"(?:\b\d{{1,3}}[ \t]*(?:{lx.AGE_YO}|{lx.AGE_YO_DOTTED}\.|{lx.AGE_YR}|{lx.AGE_SEX})\b"
    r"|\b\d{1,3}[ \t-]+years?[ \t-]+old\b"
    r"|\bretired\b)[^.;!?\n]*\Z",
    _I,
)
# (vetoes55) What a message to the post-holder says is theirs: their own care or record
# ("Thanks Fr. Declan O'Rourke, we've moved your implant consult", "Rev. Josiah Mbeki, we
# have received your referral"); not their blessing, their words, their support.
_YOUR_CARE = lazy.compile(
    r"\byour[ \t]+(?:[\w-]+[ \t]+){0,2}?(?:referrals?|consult\w*|appointments?|appts?|implants?"
    r"|results?|x-?rays?|scans?|prescriptions?|scripts?|records?|chart|bills?|invoices?|claims?"
    r"|tests?|biopsy|crowns?|fillings?|treatment|surgery|procedures?|check-?ups?|cleaning"
    r"|dentures?|bridge|braces|aligners?|retainers?)\b",
    _I,
)


def held_by_a_public_office(text: str, f: Finding) -> bool:
    """A public office is written right before the name ``f`` (``_PUBLIC_OFFICES``: "La
    consejera de Sanidad, Fátima Matute", "Mayor Brandon Johnson")."""
    m = _POST_OPENS.match(text, f.start, f.end)
    if m is None or m.end() >= f.end:
        m = _POST_BEFORE_NAME.search(text, max(0, f.start - 70), f.start)
    return m is not None and m.group(1).lower() in _PUBLIC_OFFICES


def _named_by_a_post(text: str, f: Finding) -> bool:
    """ "Artist Kaito Yamamoto painted the mural", "Father Tomasz Wiśniewski will bless the
    new wing", "Our chairperson, Mrs. Nomvula Dube, opened the day", "Conductor: Mrs.
    Eleanor Pryce", "Nuestra recepcionista, Carmen, le atenderá": in English (and the
    languages such notices are written in) a post, a trade or an office written right
    before a name is the title of the one who holds it, so the name is that person's, not a
    patient's; unless the writer's, a patient's or a family's word comes before it ("my
    coach Ana", "our patient, Mrs. Dube") or the sentence tells of their own health ("Coach
    Dimitri broke his wrist", "Pastor Ofori was admitted on Monday"). (vetoes55) Nor the
    trade a case gives its patient after their age or "retired" ("77F retired piano
    teacher, Mrs Abernathy, xerostomia …"), nor one told of their own care or record in a
    message to them ("Rev. Josiah Mbeki, we have received your referral, ref no. …")."""
    if not _holds_a_post(text):
        return False  # most texts name no post: asked once per text, not once per name
    m = _POST_OPENS.match(text, f.start, f.end)
    at = f.start
    if m is None or m.end() >= f.end:
        m = _POST_BEFORE_NAME.search(text, max(0, f.start - 70), f.start)
        if m is None:
            # (guard-longclean3) the second name of two under one post: "engineers Mika
            # Virtanen and Dave Holt", "los doctores Ana Ruiz y Luis Mora"
            pair = _FIRST_OF_TWO.search(text, max(0, f.start - 50), f.start)
            if pair is not None:
                m = _POST_BEFORE_NAME.search(text, max(0, pair.start() - 70), pair.start())
            if m is None:
                return False
        at = m.start()
    word = m.group(1)
    if word.lower() == "owner" and _owner_of_a_thing(text, at, f):
        return False  # "Lost wallet, owner Terrence Hollis", "Microchip …. Owner: Ben Tipene"
    kin_title = word.lower() in _KIN_TITLES
    if kin_title and not word[:1].isupper():
        return False  # "her father John", "my sister Ana": a family word, not a title
    if _private_before(text, at):
        return False
    left, right = sentence_around(text, f.start, f.end)
    if _A_CASES_TRADE_BEFORE.search(text, max(left, at - 40), at) is not None:
        return False  # (vetoes55) "77F retired piano teacher, Mrs Abernathy": a case's trade
    if _YOUR_CARE.search(text, f.end, min(len(text), f.end + 120)) is not None:
        return False  # (vetoes55) "Rev. Josiah Mbeki, we have received your referral"
    if _THEIR_LEAVE.match(text, f.end) is not None:
        return False  # (pairs59) "HR: Precious Mahlangu's maternity leave starts 1 Sept"
    family = (
        _KIN_OR_MY.search(text, left, right)
        if word.lower().rstrip("s") in _PUBLIC_OFFICES
        else _WRITERS_FAMILY.search(text, left, right)
    )
    if family or _PERSONAL.search(text, left, right):
        # "Coach Dave Morton says my daughter's ankle is fine", "Raffle winner Sam Ortiz,
        # DOB 4/2/1990": ours, or a record of theirs
        return False
    if _THEIR_OWN.search(text, left, right) and _health_term_in(text, left, right):
        return False  # "Pastor Adeyemi asked about his blood pressure": their own health
    if _a_case_or_record_of_theirs(text, left, right):
        return False  # (surnames55) "Choir conductor Mrs Pryce, 81F, new dentures rubbing"
    if kin_title and word.lower() != "father":
        # (guard-longclean7) "Sister Agnes has a chest infection", "Sister Mary Agnes from
        # the convent needs a flu shot at home": a title that is also a family word, in a
        # sentence that tells of health at all, may be a nun's or a brother's own
        if _health_term_in(text, left, right) or UNWELL_WORDS.search(text, left, right):
            return False
    return _OWN_CARE.search(text, left, min(len(text), right + 60)) is None


# (lead) The letters of a clinician's or a professional's qualification written after a
# name, as a practice introduces its people: "with Lisa Moreau, IBCLC", "Priya Nair,
# PharmD", "Tom Reyes, MD, for his talk", "Karen Holt, RN, CDE" (capitals as written: "Ma"
# is no degree; "MA" is left out, as often a state after a town).
_CREDENTIAL = (
    r"(?:M\.?D|D\.?O|D\.?D\.?S|DMD|BDS|MDS|MBBS|MBChB|MB[ \t]ChB|BChD|FRCS|FRCP|FRCGP"
    r"|MRCGP|MRCP|FRACGP|FDS|R\.?N|BSN|MSN|DNP|APRN|NP|FNP(?:-BC|-C)?|PA-C|CNM|CRNA|LPN|LVN"
    r"|RDH|RDA|CDA|EFDA|CDE|CDCES|IBCLC|PharmD|RPh|DPT|OTR(?:/L)?|SLP|CCC-SLP|LCSW|LMFT|LPC"
    r"|MSW|PhD|PsyD|MPH|MSc|RDN?|DC|OD|DPM|DVM|BVSc|MRCVS|FACS|FAAP|FACP|FACOG|Esq|CPA"
    r"|CPhT|EMT|NRP|ATC|LMT|RMT)"
)
# (not a number's label: "Daan Visser, BSN 123456782" is a Dutch citizen's number)
_CREDENTIAL_AFTER = lazy.compile(
    rf"[ \t]*,[ \t]*{_CREDENTIAL}\.?(?![\w-])(?![ \t]*(?:[:#=][ \t]*)?(?:no\.?[ \t]*)?\d)"
)
_PREDICATE_OF_CARE = lazy.compile(
    r"[ \t]*,?[ \t]*(?:had|has|was|is|got|gets|needs?|passed|died|suffered|underwent|broke|fell"
    r"|collapsed|remains|went)\b",
    _I,
)


def _a_professional_by_credential(text: str, f: Finding) -> bool:
    """``name.credential_after`` (lead): a name with a qualification's letters after it
    ("Lactation support with Lisa Moreau, IBCLC", "Thank you to Tom Reyes, MD, for his
    talk") is a clinician's or a professional's, as a practice introduces its people;
    unless the writer's or a patient's word comes before it ("my mum Karen Holt, RN, was
    admitted") or the sentence tells of their own care ("Tom Reyes, MD, had a stroke")."""
    m = _CREDENTIAL_AFTER.match(text, f.end)
    if m is None or _PREDICATE_OF_CARE.match(text, m.end()) is not None:
        return False  # "Tom Reyes, MD, had a stroke": the sentence is about them
    if _private_before(text, f.start):
        return False
    left, right = sentence_around(text, f.start, f.end)
    if _WRITERS_FAMILY.search(text, left, right) or _PERSONAL.search(text, left, right):
        return False
    if _THEIR_OWN.search(text, left, right) and _health_term_in(text, left, right):
        return False
    return _OWN_CARE.search(text, left, min(len(text), right + 60)) is None


# Joining a team, a board or a staff: "Ines Duarte has joined our nursing team", "Kenji
# Watanabe has joined our board of trustees", "Pavel joins the practice on 5 January".
_JOINS_AFTER = lazy.compile(
    # (guard-longclean6) "Please welcome Liam Tupou, who joins our front desk on Monday"
    r",?[ \t]+(?:(?:who|that)[ \t]+)?(?:has[ \t]+(?:just[ \t]+)?joined|joins|joined|will[ \t]+(?:be[ \t]+)?join(?:ing)?|is"
    r"[ \t]+joining)[ \t]+(?:our|the)[ \t]+(?:[\w-]+[ \t]+){0,3}?(?:team|staff|board|practice"
    r"|clinic|surgery|trustees|committee|faculty|crew|department|partners|desk|reception"
    r"|office)\b"
    # (read 119-122) and as French says it, the new colleague's trade between commas ("Le Dr
    # Marc Lefèvre, chirurgien-dentiste, rejoint notre cabinet de Lyon")
    r"|(?:,[ \t]+[\w-]+(?:[ \t]+[\w-]+){0,2},)?[ \t]+(?:a[ \t]+rejoint|rejoint|rejoindra|va[ \t]+rejoindre)"
    r"[ \t]+(?:notre|l['’]|la|le)[ \t]*(?:[\w-]+[ \t]+){0,2}?(?:[ée]quipe|cabinet|clinique|centre"
    r"|pratique)\b",
    _I,
)


# (guard-longclean3) Welcomed to a team, or appointed to a post: "We are delighted to welcome
# Rebecca Hargreaves to the team at Kingsway Dental", "Dentalcare Supplies has appointed Mark
# Jennings as its new managing director" (not "welcome baby Maria to the family").
# (a practice's or a clinic's welcome is a new patient's too: "We welcome Maria to the practice")
_WELCOMED_TO_AFTER = lazy.compile(
    r"[ \t]+to[ \t]+(?:our|the)[ \t]+(?:[\w-]+[ \t]+){0,3}?"
    r"(?:team|staff|board|trustees|committee|faculty|crew|department|partners)\b",
    _I,
)
# (clean11) a title may stand between: "welcome Sister Joan Whitlock to the nursing team"
_WELCOME_BEFORE = lazy.compile(
    r"\bwelcome[ \t]+(?:(?-i:Sister|Nurse|Matron|Dr|Doctor|Prof|Professor|Mr|Mrs|Ms|Miss|Mx)"
    r"\.?[ \t]+)?$",
    _I,
)
_APPOINTED_BEFORE = lazy.compile(r"\b(?:appointed|named|elected|hired|promoted)[ \t]+$", _I)
_AS_POST_AFTER = lazy.compile(
    r"[ \t]+as[ \t]+(?:its|our|the|their)[ \t]+(?:(?:new|next|first|interim|acting)[ \t]+)?"
    r"(?:[\w-]+[ \t]+){0,2}?(?:" + _POSTS + r")\b",
    _I,
)


def _joins_the_team(text: str, f: Finding) -> bool:
    """ "Ines Duarte has joined our nursing team", "Kenji Watanabe has joined our board of
    trustees": in English, someone who joins a team, a board or a practice's staff is one
    of its people, not a patient; unless the writer's or a family's word is before the name
    ("my son Jake has joined the team") or the sentence tells of their own health."""
    joins = _JOINS_AFTER.match(text, f.end) is not None
    team_end = f.end
    if not joins:
        before = text[max(0, f.start - 24) : f.start]
        welcomed = _WELCOMED_TO_AFTER.match(text, f.end) if _WELCOME_BEFORE.search(before) else None
        posted = _AS_POST_AFTER.match(text, f.end) if _APPOINTED_BEFORE.search(before) else None
        said = welcomed or posted
        joins = said is not None
        team_end = said.end() if said is not None else f.end
    if not joins or _private_before(text, f.start):
        return False
    left, right = sentence_around(text, f.start, f.end)
    # (clean11) the team's own name may hold a care word ("to the practice nursing team",
    # "as our new dental nurse"): only the rest of the sentence is asked
    if (
        _health_term_in(text, left, f.start) or _health_term_in(text, team_end, right)
    ) and not _JOINS_AFTER.match(text, f.end):
        return False  # (a welcome or a post beside a care word: "welcome … after her root canal")
    return not (_WRITERS_FAMILY.search(text, left, right) or _OWN_CARE.search(text, left, right))


# A street's word of another language, then a house number: "Thorvald Meyers gate 55",
# "Karl Johans gate 12", "Hans Christian Andersens Boulevard 7", "Ferenc körút 3".
_STREET_WORD_THEN_NUMBER = lazy.compile(
    r"[ \t]+(?:gate|gata|gatan|gade|vej|vei|veien|vegen|stra(?:ss|ß)e|str\.|weg|laan|straat"
    r"|utca|ulica|ul\.|caddesi|sokak|sokagi|sokağı|allee|platz|plads|torget|torg|tori)"
    r"[ \t]+\d",
    _I,
)


def _a_streets_name_abroad(text: str, f: Finding) -> bool:
    """ "Grünerløkka Legesenter, Thorvald Meyers gate 55, Oslo": a name followed by a
    street's word of another language and a house number names the street, as addresses
    in those countries are written (the address rules judge whose it is)."""
    return _STREET_WORD_THEN_NUMBER.match(text, f.end) is not None


# A reference to a published work, as scholars write one: "Nguyen et al., 2019", "Harari
# (2015)", "(Walsh, Worthington and Glenny, 2019)", "Smith J, Lee K. Title. J Dent Res.
# 2021;100(4):355-62", "Black GV (1908)". The names in it are its authors', or its
# journal's, never a patient's.
_CITED_AFTER = lazy.compile(
    r"[ \t]*(?:[A-Z]{1,3}\b\.?[ \t]*)?"  # the author's initials, Vancouver style
    r"(?:et[ \t]+al\b|\((?:(?:1[5-9]|20)\d\d[a-z]?|n\.d\.)[),;]|,[ \t]*(?:1[5-9]|20)\d\d[a-z]?\))"
)
# An author list in Vancouver style: two or more "Surname AB," in a row.
_VANCOUVER_LIST = lazy.compile(
    r"(?:(?<![\w'’-])[A-Z][\w'’-]+(?:[ \t][A-Z][a-z][\w'’-]+)?[ \t]+[A-Z]{1,3}[,.][ \t]*){2,}"
)
# After a list's last author: the work's title, then a year; or a journal's volume
# ("2021;100(4):355-62", "23(6): 780–786", "2022; 232: 411").
_JOURNAL_VOLUME = lazy.compile(
    r"(?:1[5-9]|20)\d\d[ \t]*;[ \t]*\d+|\b\d+[ \t]*\(\d+\)[ \t]*:[ \t]*\d+"
)
_PERSONAL = lazy.compile(r"\b(?:my|patient|dob|born|mrn)\b", _I)

# What every reference holds: "et al", a year after a bracket or a comma, or a journal's
# volume (a year, then ";").
_CITATION_MARK = lazy.compile(
    r"\bet[ \t]+al\b|[(,][ \t]*(?:1[5-9]|20)\d\d[a-z]?\b|(?:1[5-9]|20)\d\d[ \t]*;|\d[ \t]*\(\d+\)[ \t]*:",
    _I,
)


@lru_cache(maxsize=4)
def _may_cite(text: str) -> bool:
    return _CITATION_MARK.search(text) is not None


@lru_cache(maxsize=8)
def _personal_between(text: str, start: int, end: int) -> bool:
    """``_PERSONAL.search(text, start, end)``, remembered: asked of a line once, not once
    for each name of an author list on it (a long text of one line was read per name)."""
    return _PERSONAL.search(text, start, end) is not None


@lru_cache(maxsize=8)
def _journal_volume_between(text: str, start: int, end: int) -> bool:
    """``_JOURNAL_VOLUME.search(text, start, end)``, remembered as ``_personal_between``."""
    return _JOURNAL_VOLUME.search(text, start, end) is not None


def _an_author_cited(text: str, f: Finding) -> bool:
    """ "(Nguyen et al., 2019)", "Harari (2015) argues", "Patel R, Okonkwo A, Fernández M.
    Burnout among dental nurses. Br Dent J 2022; 232: 411": a name followed by "et al." or
    by a year in brackets, or inside an author list with its journal's volume, is an author
    cited (or the journal's words), as references are written everywhere; not in a
    sentence with "my", a patient or a date of birth."""
    if not _may_cite(text):
        return False  # no "et al", no year in brackets, no author list: asked once per text
    left, right = sentence_around(text, f.start, f.end)
    if _PERSONAL.search(text, left, right):
        return False
    if _CITED_AFTER.match(text, f.end):
        return True
    line_start = text.rfind("\n", 0, f.start) + 1
    line_end = text.find("\n", f.end)
    line_end = len(text) if line_end < 0 else line_end
    for m in matches_between(_VANCOUVER_LIST, text, line_start, line_end):
        if f.start < m.end() + 2 and not _personal_between(text, line_start, line_end):
            if f.end > m.start() and (
                _journal_volume_between(text, m.end(), line_end) or f.start >= m.start()
            ):
                return True
    return bool(
        _JOURNAL_VOLUME.match(text, f.end + 1)
        or _JOURNAL_VOLUME.match(text, f.end)
        or re.match(
            r"[ \t]+\d+[ \t]*\(\d+\)|[ \t]+(?:1[5-9]|20)\d\d[ \t]*;", text[f.end : f.end + 14]
        )
    ) and bool(_VANCOUVER_LIST.search(text, line_start, f.start))


# -- guard-people: people a business names as its contacts, its staff, its suppliers ------

# A sentence of the writer's own or a family's life: "please call me, Dana, on …", "call my
# daughter Ana on …", "I'm Dana, I had my crown done". Any of these and the frames below
# stand down.
_WRITERS_OWN = lazy.compile(
    r"\b(?:me|my|mine|i|i['’]m|i['’]ve|i['’]d|myself|mom|mum|mother|dad|father|son|daughter"
    r"|wife|husband|child|kid|baby|grand\w+|aunt|uncle|cousin|patient|dob|mrn|born)\b",
    _I,
)


def _writers_own_sentence(text: str, f: Finding) -> bool:
    left, right = sentence_around(text, f.start, f.end)
    return _WRITERS_OWN.search(text, left, right) is not None


# Other names joined to this one: "Sipho or Lindiwe", "Klaus and Heike Müller".
_JOINED_BEFORE = lazy.compile(
    r"(?:[A-Z][\w'’-]*[ \t]*(?:,|and|or|&|und|oder|et|ou|y|o|e)[ \t]+){0,3}$"
)
# Whom to call at a business: "Call Sipho or Lindiwe on 011 555 0142", "ring Jane on",
# "Ask for Tom at 555-0100", "WhatsApp Priya on +91 …"; the number right after the names.
_CONTACT_VERB_BEFORE = lazy.compile(
    r"\b(?:call|phone|ring|text|whatsapp|contact|reach|ask[ \t]+for|speak[ \t]+(?:to|with)"
    r"|(?P<book>book(?:[ \t]+in)?[ \t]+with)"
    r"|talk[ \t]+to|chiama(?:re)?|chiedere[ \t]+(?:di|del(?:la)?)|rufen[ \t]+sie|anrufen"
    r"|appelez|contactez|llame[ \t]+a|llamar[ \t]+a|ligue[ \t]+para)"
    r"(?:[ \t]+(?:the|our|la|il|signora|signor|sig\.?ra|herr|frau|mme|m\.|sr\.?|sra\.?))?[ \t]+$",
    _I,
)
_JOINED_AFTER = lazy.compile(
    r"(?:[ \t]*(?:,|and|or|&|und|oder|et|ou|y|o|e)[ \t]+[A-Z][\w'’-]*(?:[ \t]+[A-Z][\w'’-]*)?){0,3}"
)
# Who works at a business's desk: "Kaylee at the counter can be reached on …", "la signora
# Giulia in segreteria", "Frau Becker am Empfang".
_AT_THE_DESK_AFTER = lazy.compile(
    # (read 103-106) other names joined on, capitalised: not "belongs to Ayesha Siddiqui,
    # it's at the front desk" (the phone is at the desk)
    r"(?:[ \t]*(?:,|and|or|&|und|oder|et|ou|y|o|e)[ \t]+(?-i:[A-Z])[\w'’-]*){0,3}[ \t]+(?:at|behind"
    r"|on|in|am|an|à|en|na|alla|al)[ \t]+(?:the[ \t]+|der[ \t]+|l['’][ \t]*)?(?:counter|till"
    r"|switchboard|service[ \t]+desk|help[ \t]+desk|front[ \t]+desk|front[ \t]+office|main[ \t]+office"
    r"|reception|segreteria"
    r"|rezeption|empfang|anmeldung|accueil|recepci[oó]n|recep[cç][aã]o|cassa|kasse|caisse"
    r"|caja|box[ \t]+office)\b",
    _I,
)
_NUMBER_AFTER = lazy.compile(
    r"[ \t]*(?:\([^)\n]{1,25}\)[ \t]*)?(?:,|:|on|at|via|unter|au|al|allo|no|pe|em|ao|-|–)?"
    r"[ \t]*(?:tel\.?|phone|mob\.?|ext\.?|extension)?[ \t]*:?[ \t]*\+?\(?\d[\d \t().-]{5,}\d"
    r"|[ \t]+(?:in|at|on)[ \t]+(?:segreteria|reception|the[ \t]+(?:counter|till|switchboard"
    r"|service[ \t]+desk|help[ \t]+desk|front[ \t]+desk))\b",
    _I,
)
# A desk of the business labels its contact: "Press contact: Jane Smith, +44 …",
# "Ansprechpartnerin: Frau Becker", "Media enquiries: Tom Wu", "Vertretung: Dr. Vogel".
_CONTACT_LABEL_BEFORE = lazy.compile(
    r"\b(?:press|media|sales|marketing|sponsorship|partnership|events?|bookings?|business"
    r"|technical|site|project|account|supplier|vendor|customer[ \t]+service)[ \t]+(?:contact"
    r"|enquiries|inquiries|officer|lead|manager)[ \t]*:[ \t]*$"
    r"|\b(?:ansprechpartner(?:in)?|vertretung|kontaktperson|contact[ \t]+presse|referente"
    r"|persona[ \t]+de[ \t]+contacto|assigned[ \t]+to|assignee|approved[ \t]+by"
    r"|signed[ \t]+off[ \t]+by|escalated[ \t]+to)[ \t]*:?[ \t]*(?:(?:Dr|Frau|Herr|Mr|Mrs|Ms)\.?"
    r"(?:[ \t]+med\.)?[ \t]+)?$",
    _I,
)


_CALL_ABOUT_SOMEONE = lazy.compile(
    r"\b(?:confirm\w*|remind\w*|reschedul\w*|results?|back|re:|regarding|follow[ \t-]*up|recall"
    r"|missed|overdue|balance|owes|invoice)\b",
    _I,
)
_READERS_TOLD = lazy.compile(
    r"\b(?:bookings?|to[ \t]+book|enquir\w+|inquir\w+|information|opening[ \t]+hours|office"
    r"[ \t]+hours|monday[ \t]+to[ \t]+friday|mon[ \t]*[-–][ \t]*fri|weekdays|payment[ \t]+plans?"
    r"|appuntament\w+|informazioni|termin\w*|reservas?|citas?|renseignements|rendez-vous)\b",
    _I,
)
_EITHER_OF = lazy.compile(r"[ \t](?:or|oder|ou|o)[ \t]", _I)


# A chat's opener before a name that opens its sentence: "ok so Kwabena …", "lol Maria …".
CHAT_OPENER = lazy.compile(
    r"[ \t\"'“‘(*-]*(?:(?:ok(?:ay)?|so|lol|lmao|omg|omfg|fyi|btw|ugh|well|and|but|yeah|ya|update"
    r"|apparently)[ \t,:]+)*",
    _I,
)
# ... then what the name said, in the past ("Kwabena at the front desk said the referral fax
# went to the wrong number"): a report of someone, not the team presenting one of its own
# ("our receptionist Kezia says hello" is present and "our").
_SAID_AFTER_DESK = lazy.compile(
    r"(?:[ \t]+(?:at|from|in|on|behind)[ \t]+(?:the[ \t]+)?[\w-]+(?:[ \t]+desk)?)?"
    r"[ \t]+(?:just[ \t]+|already[ \t]+)?(?:said|told)\b",
    _I,
)


def opens_its_sentence(text: str, start: int, name_start: int) -> bool:
    """The name at ``name_start`` opens its sentence (which begins at ``start``), after a
    chat's opener at most ("Kwabena …", "ok so Kwabena …", "omg Priya …")."""
    opener = CHAT_OPENER.match(text, start, name_start)
    return opener is not None and opener.end() == name_start


def reported_as_saying(text: str, start: int, name_start: int, name_end: int) -> bool:
    """The name opens its sentence (``opens_its_sentence``) and what they said is reported
    in the past, by a desk or none ("ok so Kwabena at the front desk said …", "Yaw at
    reception told me …")."""
    return (
        opens_its_sentence(text, start, name_start)
        and _SAID_AFTER_DESK.match(text, name_end) is not None
    )


# "our", "we", "us" (a practice's post speaks so; "we" of "we're", "we've" too): the
# pronouns alone, where ``person_cues``' practice voice adds "everyone", "all", "here" and
# ``practice_vetoes.practice_voice`` reads a whole post.
OUR_WE_US = lazy.compile(r"\b(?:our|we|us)\b", _I)


def reported_in_a_chat(text: str, f: Finding) -> bool:
    """``f`` opens its sentence and what it said is reported ("Kwabena at the front desk
    said …", ``reported_as_saying``), and the sentence is no practice's ("our", "we")."""
    left, right = sentence_around(text, f.start, f.end)
    return reported_as_saying(text, left, f.start, f.end) and not OUR_WE_US.search(
        text, left, right
    )


# Thanks or praise right before a name, a clinician's or a colleague's: "thank u Dr.", "big
# love to Nurse", "shout out to", (names87) "props to", "shout-outs to".
THANKS_BEFORE = lazy.compile(
    r"\b(?:thank(?:s|[ \t]+you|[ \t]+u)?|thx|ty|shout[ \t-]?outs?(?:[ \t]+to)?|big[ \t]+(?:love|up)"
    r"(?:[ \t]+to)?|bless|grateful[ \t]+to|kudos(?:[ \t]+to)?|props[ \t]+to|love[ \t]+to)"
    r"(?:[ \t]+(?:so|very)[ \t]+much|[ \t]+a[ \t]+lot|[ \t]+again|[ \t]+heaps)?[ \t,!]*(?:to[ \t]+)?$"
    # "cheers Dr. X" (not "Cheers, Dr. X": a letter's sign-off, the clinician writing);
    # (clinicians48) "ta Dr X", thanks as Britain, Australia and New Zealand write it
    r"|\b(?:cheers|ta)[ \t]+$",
    re.IGNORECASE,
)
# A nurse's or a doctor's title right before a name.
_CARER_TITLE_BEFORE = lazy.compile(r"\b(?:nurse|dr|doctor)\.?[ \t]+$", _I)


def _thanked_before(text: str, at: int) -> bool:
    """Thanks or a shout-out right before ``text[at:]``, a nurse's or a doctor's title
    between them or not ("Shoutout to Nurse Precious")."""
    title = _CARER_TITLE_BEFORE.search(text, max(0, at - 10), at)
    end = title.start() if title is not None else at
    return THANKS_BEFORE.search(text, max(0, end - 40), end) is not None


def _a_business_contact(text: str, f: Finding) -> bool:
    """ "Missed our open day? Call Sipho or Lindiwe on 011 555 0142", "Press contact: Jane
    Smith, +44 20 5555 0101", "per appuntamenti chiedere della signora Giulia in segreteria",
    "Assigned to Marta Kowalczyk-Nowak (IT)": a name given as whom a business's readers call
    or ask for, or whom its work is given to, is its staff's; not "please call me, Dana, on
    …", "call my daughter Ana on …" or a sentence of anyone's own care."""
    joined = _JOINED_BEFORE.search(text, max(0, f.start - 60), f.start)
    at = joined.start() if joined is not None else f.start
    label = _CONTACT_LABEL_BEFORE.search(text, max(0, at - 40), at)
    desk = _AT_THE_DESK_AFTER.match(text, f.end) if label is None else None
    if desk is not None and (reported_in_a_chat(text, f) or _thanked_before(text, at)):
        # "ok so Kwabena at the front desk said the fax went astray lol", (names87)
        # "Shoutout to Nurse Precious at the front desk, always smiling": a patient's words
        return False
    if label is None and desk is None:
        verb = _CONTACT_VERB_BEFORE.search(text, max(0, at - 30), at)
        if verb is None:
            return False
        tail = _JOINED_AFTER.match(text, f.end)
        end = tail.end() if tail is not None else f.end
        if _NUMBER_AFTER.match(text, end) is None:
            return False
        # "Please call Sarah Kim at 555-0199 to confirm tomorrow": a desk's note about a
        # patient. A business's notice offers a choice of its people ("Call Sipho or
        # Lindiwe on …") or its desk's hours and business ("for bookings, Monday to Friday")
        left, right = sentence_around(text, f.start, f.end)
        either = _EITHER_OF.search(text, at, end) is not None
        # "Book with Sandy Jensen: 307-…": one books with a desk, never with a patient
        told = verb.group("book") is not None or _READERS_TOLD.search(text, left, right)
        if _CALL_ABOUT_SOMEONE.search(text, left, right) or not (either or told):
            return False
    if _private_before(text, at) or _writers_own_sentence(text, f):
        return False
    left, right = sentence_around(text, f.start, f.end)
    # "Call Maria on 555-0142 about her biopsy results": someone's care, not a desk's
    return not (
        _OWN_CARE.search(text, left, right)
        or _health_term_in(text, left, right)
        or _THEIR_OWN.search(text, f.end, right)
    )


# A self-introduction, then a post: "Hi, I'm Dana, your hygienist", "Ich heiße Petra und bin
# Ihre Ansprechpartnerin", "Meu nome é Thiago e sou o enfermeiro de plantão", "Mi chiamo
# Francesca e sono l'igienista", "Je m'appelle Claire, votre infirmière".
_SELF_INTRO_BEFORE = lazy.compile(
    r"(?:\bi['’]m|\bi[ \t]+am|\bmy[ \t]+name(?:['’]s|[ \t]+is)|\bthis[ \t]+is|\bich[ \t]+hei(?:ß|ss)e"
    r"|\bich[ \t]+bin|\bmein[ \t]+name[ \t]+ist|\bje[ \t]+m['’]appelle|\bje[ \t]+suis|\bme[ \t]+llamo"
    r"|\bmi[ \t]+nombre[ \t]+es|\bsoy|\bmi[ \t]+chiamo|\bsono|\bmeu[ \t]+nome[ \t]+[ée]|\beu[ \t]+sou"
    r"|\bmijn[ \t]+naam[ \t]+is|\bik[ \t]+ben|\bjag[ \t]+heter|\bjeg[ \t]+heter|\bnazywam[ \t]+si[ęe]"
    r"|\bmam[ \t]+na[ \t]+imi[ęe])[ \t]*,?[ \t]*$",
    _I,
)
# The posts a self-introduction or a card line names, as one pattern's alternatives
# (names14: a physiotherapist or a physio, not physiotherapy: "Re: Olumide Bakare —
# referral for physiotherapy" names a patient's treatment, not a post).
_INTRO_POSTS = (
    r"hygienist|dentist|nurse|receptionist|practice[ \t]+manager|office[ \t]+manager|manager"
    r"|assistant|therapist|physio(?:therapist|therapeut(?:in)?)?s?|pharmacist|midwife|doctor|gp|optometrist|optician"
    r"|technician|coordinator|co-ordinator|administrator|secretary|host|guide|instructor"
    r"|trainer|chef|driver|volunteer|intern|student[ \t]+nurse|care[ \t]+assistant|paramedic"
    r"|ansprechpartner(?:in)?|arzt|ärztin|zahnarzt|zahnärztin|pfleger(?:in)?|krankenschwester"
    r"|helfer(?:in)?|mfa|zfa|sprechstundenhilfe|empfang|enfermeir[oa]|dentista|m[ée]dic[oa]"
    r"|recepcionista|higienista|assistente|secret[áa]ri[oa]|infermier[ea]|igienista"
    r"|segretari[oa]|odontoiatra|infirmi[èe]re?|secr[ée]taire|assistant[e]?|dentiste|m[ée]decin"
    r"|sage-femme|kinésithérapeute|enfermer[oa]|auxiliar|tandarts|assistente|verpleegkundige"
    r"|mondhygiënist|sjuksköterska|tandläkare|sykepleier|tannlege|pielęgniarka|higienistka"
    r"|recepcjonistka"
)
_POST_AFTER_INTRO = lazy.compile(
    r"[ \t]*(?:,|and|und|e|et|y|en|och|og|i|–|-)?[ \t]*(?:i['’]m|i[ \t]+am|i['’]ll[ \t]+be|bin|sou"
    r"|sono|soy|je[ \t]+suis|je[ \t]+serai|ik[ \t]+ben|jestem|är|er)?[ \t]*,?[ \t]*"
    r"(?:your|one[ \t]+of[ \t]+(?:your|the|our)|the|a|an|ihre?|der|die|eine?r?|o|a|um|uma|il|la|l['’]|lo"
    r"|un[ao]?|el|la|su|tu|votre|ton|ta|le|une?|uw|de|je|din|er|twoja|twój)?[ \t]*"
    # a compound's last part is its post: "tandartsassistente", "Zahnarzthelferin"
    r"(?:[\w-]+[ \t]+){0,2}?\w*?(?:" + _INTRO_POSTS + r")\b",
    _I,
)


def _introduced_as_staff(text: str, f: Finding) -> bool:
    """ "Hi, I'm Dana, your hygienist", "Ich heiße Petra und bin Ihre Ansprechpartnerin",
    "Meu nome é Thiago e sou o enfermeiro de plantão", "Mi chiamo Francesca e sono
    l'igienista": someone who gives their name and then their post speaks as staff; not
    "Hi, I'm Dana, I had my crown done" (no post), nor "I'm Dana, a nurse, and my biopsy
    came back" (their own care)."""
    if _SELF_INTRO_BEFORE.search(text, max(0, f.start - 24), f.start) is None:
        return False
    if _POST_AFTER_INTRO.match(text, f.end) is None:
        return False
    _left, right = sentence_around(text, f.start, f.end)
    # "I'm Dana, a nurse, and my biopsy came back clear": their own care, whatever their post
    return not (
        _MY.search(text, f.end, right)
        or _OWN_CARE.search(text, f.end, right)
        or _health_term_in(text, f.end, right)
    )


_MY = lazy.compile(r"\b(?:my|me|mine|myself)\b", _I)


# A card's line: "Haruto Sato | Head chef | Kitchen hours 6am–2pm", "Amara Osei · Practice
# manager", "Lena Fischer — Leitung Empfang": a name, a bar or a dash, then a post.
_CARD_POST_AFTER = lazy.compile(
    r"[ \t]*[|·•–—][ \t]*(?:[\w-]+[ \t]+){0,2}?(?:" + _INTRO_POSTS + r"|head|lead|chief|director"
    r"|officer|supervisor|leitung|leiter(?:in)?|responsable|jefe|capo|owner|founder|partner"
    r"|editor|reporter|photographer|engineer|developer|consultant|advisor|adviser|ceo|cfo"
    r"|coo|cto)\b",
    _I,
)


def _a_staff_card(text: str, f: Finding) -> bool:
    """ "Haruto Sato | Head chef | Kitchen hours 6am–2pm": a name with a bar or a dash and a
    post after it, as a card, a signature or a rota prints a member of staff."""
    if _CARD_POST_AFTER.match(text, f.end) is None:
        return False
    line_start = text.rfind("\n", 0, f.start) + 1
    line_end = text.find("\n", f.end)
    line_end = len(text) if line_end < 0 else line_end
    return _WRITERS_OWN.search(text, line_start, line_end) is None and not (
        _OWN_CARE.search(text, line_start, line_end)
    )


# A firm named after the name: "Chidi Okonkwo from Harbour Plumbing", "Tom of Baker & Sons
# Ltd", "Aisha at Sunrise Catering": the name is that firm's person.
_FIRM_WORDS = (
    r"plumbing|plumbers|electrical|electricians|builders|construction|roofing|joinery"
    r"|carpentry|decorating|decorators|cleaning|cleaners|catering|caterers|bakery|b[äa]ckerei"
    r"|motors|removals|landscaping|security|solutions|services|systems|consulting|consultants"
    r"|marketing|printing|printers|logistics|couriers|insurance|pharma|supplies|ltd|limited"
    r"|llc|inc|gmbh|pty|plc|company|& sons|and sons|brothers|bros|foods|brewery|catering"
)
# (no "at": "lives at Studio 9", "was seen at St. Anthony's" name a place, not an employer)
_FROM_A_FIRM_AFTER = lazy.compile(
    r"(?:[ \t]+[A-Z][\w'’-]*){0,2}[ \t]+(?:from|of|von|de|di|da)[ \t]+(?:the[ \t]+)?"
    r"(?:[A-Z0-9][\w'’&-]*[ \t]+){0,3}?(?P<firm>" + _FIRM_WORDS + r")\b",
    _I,
)
# Owned, run, baked or supplied by: "Müller Bäckerei, owned by Klaus and Heike Müller".
_MADE_BY_BEFORE = lazy.compile(
    r"\b(?:owned|run|founded|managed|sponsored|donated|baked|built|designed|painted|supplied"
    r"|catered|photographed|illustrated|organi[sz]ed|hosted|presented|delivered|installed"
    r"|repaired|fixed|made|crafted|brewed|grown|written|edited|produced|directed|narrated"
    r"|composed|performed|read)[ \t]+by[ \t]+$",
    _I,
)


def _a_tradesperson_or_owner(text: str, f: Finding) -> bool:
    """ "Chidi Okonkwo from Harbour Plumbing fixed our sink", "Sponsor of the month: Müller
    Bäckerei, owned by Klaus and Heike Müller": a tradesperson, a supplier or an owner named
    by their firm or by what they made or run; not in a sentence of anyone's own care
    ("Chidi from Harbour Plumbing came in with a broken tooth") nor of the writer's family."""
    joined = _JOINED_BEFORE.search(text, max(0, f.start - 60), f.start)
    at = joined.start() if joined is not None else f.start
    end = f.end
    tail = _JOINED_AFTER.match(text, f.end)
    if tail is not None:
        end = tail.end()
    firm = _FROM_A_FIRM_AFTER.match(text, end)
    if firm is not None and not firm.group("firm")[:1].isupper():
        firm = None  # "Tom from the cleaning rota": a firm's name is written with capitals
    if firm is None and _MADE_BY_BEFORE.search(text, max(0, at - 24), at) is None:
        return False
    if _private_before(text, at) or _writers_own_sentence(text, f):
        return False
    left, right = sentence_around(text, f.start, f.end)
    return _OWN_CARE.search(text, left, right) is None and not (
        _THEIR_OWN.search(text, left, right) and _health_term_in(text, left, right)
    )


# A place named like a person: "Residents of Chelsea", "from all over Kent", "across Devon",
# "Cornwall and Devon", "Chelsea and Arsenal fans".
_PLACE_PREPOSITION_BEFORE = lazy.compile(
    r"\b(?:(?:residents|people|folk|families|businesses|schools|communities|voters|fans"
    r"|supporters|towns|villages|county|city|borough|region|streets|parts)[ \t]+(?:of|from|in|across"
    r"|around)|all[ \t]+over|across|throughout)[ \t]+$",
    _I,
)
_PLACE_AND_BEFORE = lazy.compile(r"\b([A-Z][a-z]+)[ \t]*(?:,|and|or|&)[ \t]*$")
_PLACE_AND_AFTER = lazy.compile(r"[ \t]*(?:,|and|or|&)[ \t]*([A-Z][a-z]+)\b")
_FANS_AFTER = lazy.compile(
    r"(?:[ \t]*(?:,|and|or|&)[ \t]*[A-Z][\w'’-]*)*[ \t]+(?:fans|supporters|fc|f\.c\.|united"
    r"|city|county|council|police|coast|border|area|residents)\b",
    _I,
)


# (guard-longclean4) A capitalised run ending in an organisation's word, then a comma.
_ORG_THEN_COMMA = lazy.compile(
    r"\b[A-Z][\w'’.-]*(?:[ \t]+[A-Z][\w'’.-]*)*?[ \t]+([A-Za-z]+)[ \t]*,[ \t]*$"
)


# A name then its writer's town, ending the text: "— Thandeka, Soweto", "Aroha, Gisborne".
_SIGNED_WITH_TOWN = lazy.compile(r",[ \t]*[A-Z][\w'’-]+(?:[ \t]+[A-Z][\w'’-]+)?[ \t]*[.!]?[ \t]*$")


def _a_place_named_like_a_person(text: str, f: Finding) -> bool:
    """ "Residents of Chelsea can park free", "Patients from all over Kent", "winds to
    Cornwall and Devon", "Chelsea and Arsenal fans": a word that is a given name and a place
    read as the place, after a place's preposition, beside another place or before a team's
    or a county's word. One word only, and not after the writer's or a family's word."""
    if " " in text[f.start : f.end].strip() or _private_before(text, f.start):
        return False
    word = text[f.start : f.end].strip().lower()
    places = lx.place_names()
    # a town's or a county's name only ("all over Kent"), not any given name after "across"
    if word in places and _PLACE_PREPOSITION_BEFORE.search(text, max(0, f.start - 30), f.start):
        return True
    if _FANS_AFTER.match(text, f.end):
        return True
    if word in places:
        # (guard-longclean4) the town after an organisation's name and a comma, as headings
        # and letterheads write it: "Parent letter from St. Anne's Primary School, Preston:",
        # "Lakeview Family Dentistry, Madison"
        org = _ORG_THEN_COMMA.search(text, max(0, f.start - 60), f.start)
        if org is not None and org.group(1).lower() in lx.ORG_SUFFIXES:
            return True
    if word not in places and _SIGNED_WITH_TOWN.match(text, f.end):
        return False  # (guard-replies) "… my abscess. — Thandeka, Soweto": a signature, no place
    for m in (
        _PLACE_AND_BEFORE.search(text, max(0, f.start - 30), f.start),
        _PLACE_AND_AFTER.match(text, f.end),
    ):
        if m is not None:
            other = m.group(1).lower()
            if other in places and other not in lx.GIVEN_NAMES and other not in lx.SURNAMES:
                return not _writers_own_sentence(text, f)
    return False


# German's and Austria's title of a physician or a dentist, "Dr. med.", "Dr. med. dent.",
# "Dr. rer. nat.": its full stops end no sentence, and the name after it is a doctor's.
_DR_MED_BEFORE = lazy.compile(
    r"\bDr\.?[ \t]+(?:med|rer|phil|jur|dent|univ|vet)\.(?:[ \t]+(?:dent|nat|vet|univ)\.)?[ \t]+$"
)


def _after_dr_med(text: str, f: Finding) -> bool:
    """ "Dr. med. Ingrid Hoffmann, Fachärztin für Orthopädie": a doctor, as "Dr. Hoffmann"."""
    return _DR_MED_BEFORE.search(text, max(0, f.start - 24), f.start) is not None


# A voice assistant or a device named like a person: "Siri, Alexa and Google Assistant can
# read your reminders", "ask Alexa to set a timer".
_ASSISTANT_WORDS = lazy.compile(
    r"\b(?:siri|google[ \t]+(?:assistant|home|nest)|cortana|bixby|echo|smart[ \t]+speaker"
    r"|voice[ \t]+assistant|amazon|alexa[ \t]+app)\b",
    _I,
)
_ASSISTANT_NAMES = frozenset(("alexa", "siri", "cortana", "bixby"))


def _a_voice_assistant(text: str, f: Finding) -> bool:
    """ "Siri, Alexa and Google Assistant can all read your reminders": Alexa beside another
    assistant or its device is the product; not "my daughter Alexa"."""
    if text[f.start : f.end].strip().lower() not in _ASSISTANT_NAMES:
        return False
    if _private_before(text, f.start):
        return False
    left, right = sentence_around(text, f.start, f.end)
    for m in _ASSISTANT_WORDS.finditer(text, left, right):
        if not (m.start() <= f.start < m.end()):
            return True
    return False


# --- staff named in replies and reviews (guard-replies) -------------------------------------


def _said_of_their_own(text: str, f: Finding) -> bool:
    left, right = sentence_around(text, f.start, f.end)
    return THEIR_OWN_HEALTH.search(text, left, right) is not None


# "my counsellor Kirsty", "my physio, Dane"; "Dane (my physio)", "Kirsty, my counsellor,";
# "(she's my counsellor)" in the sentence.
# Who gives the writer care themselves (not "my manager", "my assistant": anyone's).
_MY_CARERS = "|".join(
    w
    for w in _CARE_ROLES.split("|")
    if w not in ("assistant", "manager", "coordinator", "administrator", "scribe", "receptionist")
)
_MY_ROLE_BEFORE = lazy.compile(
    r"\bmy[ \t]+(?:[\w-]+[ \t]+)?(?:" + _MY_CARERS + r")[ \t]*,?[ \t]*$", _I
)
_MY_ROLE_AFTER = lazy.compile(
    r"[ \t]*[(,–—-][ \t]*(?:(?:who|she|he|they)(?:['’]s|['’]re|[ \t]+is|[ \t]+are|[ \t]+was)[ \t]+)?"
    r"(?:my|our)[ \t]+(?:[\w-]+[ \t]+)?(?:" + _MY_CARERS + r")\b(?!['’-])",
    _I,
)
# An aside in brackets only: "(she's my counsellor)"; a pronoun in the open may be anyone's.
_PRONOUN_IS_MY_ROLE = lazy.compile(
    r"\((?:she|he|they)(?:['’]s|['’]re|[ \t]+is|[ \t]+are|[ \t]+was)[ \t]+(?:my|our)[ \t]+"
    r"(?:[\w-]+[ \t]+)?(?:" + _MY_CARERS + r")\)",
    _I,
)


def _my_care_provider(text: str, f: Finding) -> bool:
    """ "my counsellor Kirsty", "Dane (my physio)", "(she's my counsellor) and Kirsty really
    listened": the one who gives the writer care, named as theirs; not when the sentence tells
    of that person's own health ("my physio Dane broke his leg")."""
    near = _MY_ROLE_BEFORE.search(text, max(0, f.start - 40), f.start) or _MY_ROLE_AFTER.match(
        text, f.end
    )
    if near is None:
        left, right = sentence_around(text, f.start, f.end)
        near = _PRONOUN_IS_MY_ROLE.search(text, max(left, f.start - 80), min(right, f.end + 80))
    return near is not None and not _said_of_their_own(text, f)


# "Working with Dane at the physio clinic", "my sessions with Aroha", "booked in with Priya":
# in a sentence about the care a clinic gives, the one worked with gives it.
_WORKED_WITH_BEFORE = lazy.compile(
    r"\b(?:work(?:ing|ed|s)?|sessions?|appointments?|booked(?:[ \t]+in)?|treatment)[ \t]+with"
    r"[ \t]+$",
    _I,
)
_CARE_SETTING = lazy.compile(
    r"\b(?:physio\w*|clinic|practice|rehab\w*|therap\w*|counsel\w*|session|studio|hygien\w*"
    r"|dental|dentist|chiro\w*|osteo\w*|massage|pilates|team|staff|(?:" + _CARE_ROLES + r"))\b",
    _I,
)


def _worked_with_in_care(text: str, f: Finding) -> bool:
    """ "Working with Dane at the physio clinic has been brilliant": who the writer works with
    in a clinic's care gives it; not kin ("working with my son Leo" reads as his), not when
    the sentence tells of that person's own health."""
    if _WORKED_WITH_BEFORE.search(text, max(0, f.start - 30), f.start) is None:
        return False
    left, right = sentence_around(text, f.start, f.end)
    return _CARE_SETTING.search(text, left, right) is not None and not _said_of_their_own(text, f)


# A reply signed by a member of staff with their desk or role: "— Sophie, Reception",
# "- Priya | Practice Manager", "Tom, Client Care Team". At a line's or the text's end, after
# a dash or at a line's start.
_SIGN_BEFORE = lazy.compile(r"(?:^|\n|[.!?)][ \t]*)[ \t]*(?:[-–—~][ \t]*)?$")
_DESK = (
    r"(?:the[ \t]+)?(?:reception(?:ist)?|front[ \t]+(?:desk|office)|accounts|admin(?:istration)?"
    r"|billing|client[ \t]+(?:care|services)|patient[ \t]+(?:care|services|liaison)"
    r"|customer[ \t]+(?:care|service|services)|(?:practice|office|clinic)[ \t]+manager"
    r"|(?:[\w-]+[ \t]+){0,2}team|(?:senior[ \t]+|head[ \t]+|lead[ \t]+)?(?:" + _CARE_ROLES + r"))"
)
_SIGN_AFTER = lazy.compile(
    r"[ \t]*[,|–—-][ \t]*" + _DESK + r"\b(?:[ \t]*(?:,|at\b|@|[-–—|])[^\n.!?]{0,40})?"
    r"[ \t]*[.!]?[ \t]*(?:\n|$)",
    _I,
)
# Without a dash before it, a signature's desk is written with a capital ("Tegan, Reception").
_DESK_CAPITAL = lazy.compile(r"[ \t]*[,|–—-][ \t]*(?:the[ \t]+)?(?-i:[A-Z])", _I)


def _a_signed_reply(text: str, f: Finding) -> bool:
    """ "Thanks for your lovely review! — Sophie, Reception": a reply signed with a desk or a
    care role is the practice's person; not one the text tells of as a patient or kin."""
    if _SIGN_AFTER.match(text, f.end) is None:
        return False
    before = _SIGN_BEFORE.search(text, max(0, f.start - 12), f.start)
    if before is None:
        return False
    dashed = before.group().strip()[-1:] in ("-", "–", "—", "~")
    return dashed or _DESK_CAPITAL.match(text, f.end) is not None


# "Sister" as a nurse's title (the UK, Ireland, South Africa, Australia): "Sister Ndlovu in
# the wound clinic", "Sister Murphy runs the ward". Capitalised and no one's sister ("my
# sister Ana" is kin, read by the name rules).
_SISTER_TITLE = lazy.compile(r"(?<![\w'’])Sister[ \t]+$")
_SISTER_OWNED = lazy.compile(r"\b(?:my|his|her|their|your|our)[ \t]+$", _I)
# Where she works, right after the name: "in the wound clinic", "on the maternity ward",
# "runs the diabetic foot clinic", "(ward 7)".
_WARD_AFTER = lazy.compile(
    r"[ \t]*(?:[,(][ \t]*)?(?:in|on|at|from|of|runs|ran|who[ \t]+runs)[ \t]+(?:the[ \t]+)?"
    r"(?:[\w'’&-]+[ \t]+){0,3}?(?:ward|clinic|theatre|theatres|unit|department|icu|a&e"
    r"|outpatients|surgery|practice|district)\b",
    _I,
)
# What makes the sentence one about a sister of someone's, or about her own care.
_SISTER_PRIVATE = lazy.compile(
    r"\b(?:my|his|her|their|i|i['’]m|i['’]ve|me|admitted|birth|born|baby|pregnan\w*|delivered"
    r"|recover\w*|sick|ill|died|passed[ \t]+away|operation|treated|discharged|patient)\b",
    _I,
)


def _a_nursing_sister(text: str, f: Finding) -> bool:
    """ "Sister Ndlovu in the wound clinic is fantastic": a senior nurse's title before the
    ward or clinic she works in; not "my sister", nor in a sentence of anyone's own care."""
    span = text[f.start : f.end]
    if span.startswith("Sister "):
        at = f.start
    else:
        m = _SISTER_TITLE.search(text, max(0, f.start - 8), f.start)
        if m is None:
            return False
        at = m.start()
    if _SISTER_OWNED.search(text, max(0, at - 8), at):
        return False
    if _WARD_AFTER.match(text, f.end) is None:
        return False
    left, right = sentence_around(text, f.start, f.end)
    return _SISTER_PRIVATE.search(text, left, right) is None and not _said_of_their_own(text, f)


# (guard-longclean3) The family a clinician's obituary or tribute says they leave: "He is
# survived by his wife Eleanor", "He leaves his wife Sunita, his daughters Anjali and Neha,
# and his grandson Arjun", "Our thoughts are with his wife Judith". The text is of a
# clinician (a doctor's title or "our founder" before), names no patient, and the sentence
# tells no one's care.
_SURVIVORS_BEFORE = lazy.compile(
    r"\b(?:survived[ \t]+by|leaves(?:[ \t]+behind)?|predeceased[ \t]+by|mourned[ \t]+by"
    r"|(?:thoughts|prayers|condolences|sympathy|sympathies|hearts)[ \t]+(?:are|go)[ \t]+(?:out[ \t]+)?"
    r"(?:with|to))[ \t]+(?:his|her|their)\b[^.!?\n]{0,120}$",
    _I,
)
_CLINICIAN_NAMED = lazy.compile(
    r"\b(?:Dr|Dra|Prof|Professor|Doctor)\.?[ \t]+[A-Z]|\b(?i:our[ \t]+(?:founder|colleague"
    r"|former[ \t]+(?:colleague|partner|principal)|principal|hygienist|dentist|nurse|doctor"
    r"|receptionist|practice[ \t]+manager|associate))\b"
)
_PATIENT_NAMED = lazy.compile(r"\b(?:patients?|client)\b", _I)


def _a_clinicians_survivors(text: str, f: Finding) -> bool:
    """ "Dr. Mehta … He leaves his wife Sunita, his daughters Anjali and Neha": the family an
    obituary or a tribute of a clinician names, no patient's."""
    left, right = sentence_around(text, f.start, f.end)
    if not _SURVIVORS_BEFORE.search(text, max(left, f.start - 160), f.start):
        return False
    if not _CLINICIAN_NAMED.search(text, 0, f.start) or _PATIENT_NAMED.search(text, 0, right):
        return False
    return not _health_term_in(text, left, right)


# (guard-longclean4) The one who leads, chairs, hosts or opens something: "Our hygiene team,
# led by Carla Mendes, attended the congress", "the walk was flagged off by actress Vidya
# Balan", "chaired by", "organised by", "inaugurated by", "designed by". Someone named as
# the agent of a public act holds a role in it, not a patient's place.
_LED_BY_BEFORE = lazy.compile(
    r"\b(?:led|chaired|headed|hosted|organised|organized|coordinated|co-ordinated|presented|opened"
    r"|inaugurated"
    r"|designed|founded|directed|conducted|coached|moderated|officiated|flagged[ \t]+off"
    r"|unveiled|launched)[ \t]+by[ \t]+(?:[a-z]+[ \t]+)?" + _COURTESY + r"$",
    _I,
)


def _sentence_after_cue(
    text: str, f: Finding, cue: re.Pattern[str], reach: int = 40
) -> tuple[int, int] | None:
    """The sentence around ``f`` when ``cue`` ends within ``reach`` characters before it (the
    agent of a public act: "led by", "won by"; a team's role: "Volunteers …") with nothing
    private just before the cue and no writer's, family's or personal word in the sentence;
    else None."""
    m = cue.search(text, max(0, f.start - reach), f.start)
    if m is None or _private_before(text, m.start()):
        return None
    left, right = sentence_around(text, f.start, f.end)
    if _WRITERS_FAMILY.search(text, left, right) or _PERSONAL.search(text, left, right):
        return None
    return left, right


def _led_or_hosted_by(text: str, f: Finding) -> bool:
    """ "Our hygiene team, led by Carla Mendes, attended the Yankee Dental Congress", "The
    fair was opened by Yolanda Díaz": the agent of a public act (leading, chairing,
    hosting, opening, founding) holds a role in it; not after a writer's, a family's or a
    patient's word ("organised by my sister Ana"), nor in a sentence of someone's own
    health or care ("a fundraiser organised by Mary Roe for her son's surgery")."""
    sentence = _sentence_after_cue(text, f, _LED_BY_BEFORE)
    if sentence is None:
        return False
    left, right = sentence
    if _THEIR_OWN.search(text, left, right) and _health_term_in(text, left, right):
        return False  # "… chaired by Ann Lee, who spoke of her own cancer": her health
    return _OWN_CARE.search(text, left, min(len(text), right + 60)) is None


# (clean16) A team's people listed after their role in the plural, with no title before
# each name: "Volunteers Kavya Reddy, Arjun Rao and Sneha Pillai helped with registration",
# "Hygienists Olga Petrova and Ben Walker will hold the fort", "thanks to our nurses Grace
# Achieng and Mary Wanjiru". The role word, then up to four names joined by commas or
# "and" (in English, German, Spanish, Portuguese, French), then the name.
_ROLES_PLURAL = (
    "volunteers|hygienists|nurses|therapists|assistants|receptionists|dentists|doctors"
    "|physios|physiotherapists|speakers|panellists|panelists|judges|organisers|organizers"
    "|hosts|presenters|teammates|colleagues|coaches|trainers|trainees|interns|registrars"
    "|pharmacists|midwives|paramedics|technicians|councillors|trustees|directors"
)
_LIST_NAME = r"[A-Z][\w'’-]*(?:[ \t]+[A-Z][\w'’-]*){0,2}"
_LIST_JOIN = r"(?:[ \t]*,[ \t]*(?:(?:and|und|y|e|et|&)[ \t]+)?|[ \t]+(?:and|und|y|e|et|&)[ \t]+)"
_ROLES_LIST_BEFORE = lazy.compile(
    rf"\b(?i:{_ROLES_PLURAL})[ \t]+(?:{_LIST_NAME}{_LIST_JOIN}){{0,4}}$"
)


def _listed_under_their_role(text: str, f: Finding) -> bool:
    """ "Volunteers Kavya Reddy, Arjun Rao and Sneha Pillai helped", "Nurses Grace Achieng
    and Mary Wanjiru ran the tent": names listed after their role in the plural share it;
    not after a writer's, a family's or a patient's word ("Patients Kavya and Arjun"), nor
    in a sentence with a health word ("Volunteers Kavya Reddy and Arjun Rao, both diabetic",
    "… were admitted to hospital")."""
    sentence = _sentence_after_cue(text, f, _ROLES_LIST_BEFORE, 110)
    if sentence is None:
        return False
    left, right = sentence
    if THEIR_OWN_HEALTH.search(text, left, right) or _health_term_in(text, left, right):
        return False  # "Trainees Kavya and Arjun both had their wisdom teeth out": their care
    return _OWN_CARE.search(text, left, min(len(text), right + 60)) is None


# (clean16) "Auckland's own Dame Valerie Adams", "Cork's own Roy Keane", "Liverpool's own
# Paul McCartney": a town's "own" is the celebrity it claims, and the town before it is no
# one's name.
_OWN_AFTER = lazy.compile(r"['’]s[ \t]+own[ \t]+[A-Z]")


def _a_towns_own(text: str, f: Finding) -> bool:
    """ "Congratulations to Auckland's own Dame Valerie Adams": a town on the gazetteer
    before "'s own" and a name is the town claiming its celebrity, not a person (not
    "Brooklyn's own room", a child's own thing)."""
    if _OWN_AFTER.match(text, f.end) is None:
        return False
    return text[f.start : f.end].lower() in lx.place_names()


# (clean16) A professional club or a country a player played, signed or was capped for:
# "Park Ji-sung played for Manchester United", "signed for Celtic FC", "capped 50 times
# for Wales", "captained the All Blacks". The club by its kind's last word (United, City,
# FC, Rovers …) or a country; "our Sunday league team", "the under-12s", a town's side are
# no such club.
_CLUB_KINDS = (
    "United|City|FC|F\\.C\\.|AFC|Rovers|Athletic|Athletico|Atlético|Wanderers|Albion|Rangers"
    "|Celtic|Hotspur|Villa|County|Town|Orlando Pirates|Chiefs|Blacks|Wallabies|Springboks"
    "|Lions|Warriors|Sharks|Crusaders|Giants|Yankees|Lakers|Bulls|Knicks|Dodgers|Packers"
)
_PLAYED_FOR_AFTER = lazy.compile(
    r"[ \t]+(?:has[ \t]+|had[ \t]+|once[ \t]+|later[ \t]+|also[ \t]+)?(?:played|plays|signed"
    r"|was[ \t]+capped|won[ \t]+\d+[ \t]+caps|captained|scored[ \t]+\d[\d,]*[ \t]+(?:goals|tries"
    r"|runs|points))[ \t]+(?:(?:\d+|many|[a-z]+ty)[ \t]+times[ \t]+)?(?:for|with)?[ \t]*"
    rf"(?:the[ \t]+)?(?P<club>(?:[A-Z][\w'’.-]*[ \t]+){{0,3}}(?:{_CLUB_KINDS})\b"
    r"|[A-Z][a-z]+(?:[ \t]+[A-Z][a-z]+){0,2}\b)"
)


def _a_players_club(text: str, f: Finding) -> bool:
    """ "Park Ji-sung played for Manchester United from 2005 to 2012": a player named with
    the professional club or the country they played, signed or were capped for is a
    public sportsperson; not after a writer's or a family's word ("my son Jake played for
    …"), nor with a word of their care in the sentence ("… until his knee surgery")."""
    m = _PLAYED_FOR_AFTER.match(text, f.end)
    if m is None or _private_before(text, f.start):
        return False
    club = m.group("club")
    if not re.search(rf"(?:{_CLUB_KINDS})$", club):
        words = club.lower().split()
        if not any(" ".join(words[:n]) in lx.country_names() for n in range(len(words), 0, -1)):
            return False  # no club's kind: a country only ("plays for Tema" may be a parks side)
    left, right = sentence_around(text, f.start, f.end)
    if _WRITERS_FAMILY.search(text, left, right) or _PERSONAL.search(text, left, right):
        return False
    return _OWN_CARE.search(text, left, min(len(text), right + 60)) is None


# (guard-longclean4) Someone named with the body they come from or speak for: "Tom Kelly from
# the Irish Cancer Society will give a short talk", "Grace Namuli of the alumni association",
# "Ruth Vaipuna, of the Pacific Health Network". A society, an association, a ministry, a
# council or a charity sends its people to speak, open or help; not a hospital or a clinic
# (where a patient may be "from"), nor with the writer's, a family's or anyone's care.
_BODY_AFTER_NAME = lazy.compile(
    r"[ \t]*,?[ \t]+(?:from|of|representing|on[ \t]+behalf[ \t]+of)[ \t]+(?:the[ \t]+)?"
    r"(?:[A-Z][\w'’&.-]*[ \t]+(?:(?:of|for|and|&)[ \t]+)?){0,5}"
    r"(?:Society|Association|Foundation|Council|Ministry|Department|Federation|Institute"
    r"|Commission|Agency|Alliance|Network|Union|Charity|League|Committee|Coalition|Partnership"
    r"|Organisation|Organization|Red[ \t]+Cross|Rotary|Lions[ \t]+Club|Trust)\b"
)


def _speaks_for_a_body(text: str, f: Finding) -> bool:
    """ "Councillor Mary Callaghan will open the morning, and Tom Kelly from the Irish Cancer
    Society will give a short talk": someone named with the society, council or charity
    they come from is there for it, not a patient; not after a writer's, a family's or a
    patient's word, nor in a sentence of someone's health or care."""
    body = _BODY_AFTER_NAME.match(text, f.end)
    if body is None or _private_before(text, f.start):
        return False
    left, right = sentence_around(text, f.start, f.end)
    if _WRITERS_FAMILY.search(text, left, right) or _PERSONAL.search(text, left, right):
        return False
    # the sentence without the body's own name ("the Irish Cancer Society" tells no care)
    rest = text[left : f.start] + " " + text[body.end() : right]
    if _THEIR_OWN.search(rest) and _health_term_in(rest, 0, len(rest)):
        return False
    return _OWN_CARE.search(rest) is None


# (guard-longclean4) A body's name of the form "<body> of <field or place>": "the Department
# of Health's new contract", "the Ministry of Health", "Bank of Ireland", "the University of
# Benin": the word after "of" is the body's, no person's.
_BODY_OF_BEFORE = lazy.compile(
    r"\b(?:Department|Ministry|Minister|Secretary|Office|Board|Council|Institute|University"
    r"|College|Society|Association|Academy|Federation|Bank|Bureau|Commission|Faculty|School"
    r"|Chamber|Court|Church|Diocese|Archdiocese|Order|Museum|Republic|Kingdom|State|City"
    r"|County|Province|Region|Port|Isle)"
    r"[ \t]+of[ \t]+(?:the[ \t]+)?$"
)


def _a_bodys_of(text: str, f: Finding) -> bool:
    """ "The Department of Health's new NHS dental contract": the word after a body's "of"
    is the body's name, not a person's, when it is on no name list."""
    if _BODY_OF_BEFORE.search(text, max(0, f.start - 40), f.start) is None:
        return False
    # a field's or a place's word, on no name list ("Health", "Ireland"): "the Office of
    # Maria Lopez" names a person
    words = [w.lower().removesuffix("'s").removesuffix("’s") for w in text[f.start : f.end].split()]
    return not any(w in lx.GIVEN_NAMES or w in lx.SURNAMES for w in words)


# (guard-longclean4) A body's first word, said alone after the text named the body in full:
# "… Kenyatta National Hospital … one day a week at Kenyatta's cancer centre", "the Mater
# Hospital … nurses from the Mater".
_BODY_WORDS = (
    r"(?:Hospital|Hospice|Infirmary|Clinic|University|College|Institute|Centre|Center"
    r"|Foundation|Trust|Society|Association|School|Church|Cathedral|Medical|Dental|Health"
    # (guard-longclean5) a charity's: "the Galway Simon Community … the Simon shop"
    r"|Community|Mission|Project)"
)


def _short_for_a_body_named_earlier(text: str, f: Finding) -> bool:
    """ "The Nairobi Hospital and … Kenyatta National Hospital … at Kenyatta's cancer
    centre": one word that opened a body's name earlier in the text is that body's short
    name; not after a writer's or a family's word, nor in a sentence of someone's care."""
    word = text[f.start : f.end].strip()
    if " " in word or not word[:1].isupper():
        return False
    word = word.removesuffix("'s").removesuffix("’s")
    if len(word) < 3 or _private_before(text, f.start):
        return False
    body = re.search(
        r"\b" + re.escape(word) + r"(?:[ \t]+[A-Z][\w'’-]*){0,3}[ \t]+" + _BODY_WORDS + r"\b",
        text[max(0, f.start - 2000) : f.start],  # (earlier in the same stretch of text)
    )
    if body is None:
        return False
    left, right = sentence_around(text, f.start, f.end)
    if _WRITERS_FAMILY.search(text, left, right) or _PERSONAL.search(text, left, right):
        return False
    return not _said_of_their_own(text, f)


def _in_the_texts_heading(text: str, f: Finding) -> bool:
    """ "Newsletter, Tandartspraktijk De Linde, Utrecht: …", "Practice blog, Sonrisas del
    Valle, Santiago de Chile: …": a word of the heading that says whose text it is names
    the writer's clinic or town, not a person."""
    return f.end <= heading_end(text)


# (guard-longclean4) A staff member's or volunteer's spouse in their own bio: "Arjun lives
# in Oadby with his wife, Lakshmi, who is a pharmacist", "moving to Simi Valley with her
# husband, Ray". The text introduces a clinician or a member of staff, the sentence names
# no patient and tells no one's health or care.
_SPOUSE_BEFORE = lazy.compile(
    r"\b(?:his|her)[ \t]+(?:wife|husband|partner|spouse|fiancée|fiancee|fiancé|fiance)[ \t]*,?[ \t]*$",
    _I,
)
_STAFF_BIO = lazy.compile(
    r"\b(?i:(?:staff|volunteer|team|employee)[ \t]+(?:spotlight|news|of[ \t]+the[ \t]+month)"
    r"|meet[ \t]+(?:our|dr)|say[ \t]+hello[ \t]+to|(?:has[ \t]+)?joined[ \t]+(?:our|the)"
    r"[ \t]+(?:[\w-]+[ \t]+){0,2}?(?:team|practice|clinic|staff)|work[ \t]+anniversary)\b"
)


def _a_staff_members_spouse(text: str, f: Finding) -> bool:
    """ "Staff spotlight: … Arjun lives in Oadby with his wife, Lakshmi, who is a pharmacist
    at Leicester Royal Infirmary": the spouse a staff bio names is the staff member's, no
    patient's; not in a sentence with a patient, a health word or someone's care."""
    if _SPOUSE_BEFORE.search(text, max(0, f.start - 24), f.start) is None:
        return False
    if not _STAFF_BIO.search(text, 0, f.start):
        return False
    left, right = sentence_around(text, f.start, f.end)
    if _PATIENT_NAMED.search(text, left, right) or _health_term_in(text, left, right):
        return False
    return _OWN_CARE.search(text, left, right) is None and not _said_of_their_own(text, f)


# (clean11) The baby a member of staff went on leave for, as a practice's "welcome back" or
# "congratulations" post names it: "Welcome back Nomvula! Our senior dental therapist returns
# from maternity leave on 1 August. Baby Lerato is doing wonderfully", "Congratulations to
# Harriet and Tom on the birth of baby Freddie! Harriet, our head receptionist, will be on
# maternity leave". The leave is a job's: the baby is a colleague's, no patient's.
_BABY_BEFORE = lazy.compile(
    r"\b(?:baby|newborn|little)(?:[ \t]+(?:boy|girl|son|daughter|brother|sister))?[ \t]+$", _I
)
_STAFF_LEAVE = lazy.compile(r"\b(?:maternity|paternity|parental|adoption)[ \t]+leave\b", _I)
_OUR_WORD = lazy.compile(r"\b(?:our|we|we['’]re|we['’]ll|team|staff)\b", _I)
# A newborn's own care, which the health words leave out: "in the NICU", "jaundice".
_NEWBORN_CARE = lazy.compile(
    r"\b(?:n?icu|scbu|special[ \t]+care|incubator|premature|prem|preemie|jaundice|hospital"
    r"|weeks?[ \t]+early|born[ \t]+at[ \t]+\d+[ \t]+weeks)\b",
    _I,
)


def _a_staff_members_baby(text: str, f: Finding) -> bool:
    """ "Baby Lerato", "baby Freddie" in a text that tells of a job's maternity, paternity
    or parental leave in the practice's own voice ("our", "we"): a colleague's baby. Not
    with a patient or a client in the text, the writer's own word ("my baby"), or a health
    word or someone's care in the baby's sentence ("Baby Lerato spent a week in NICU")."""
    baby = _BABY_BEFORE.search(text, max(0, f.start - 24), f.start)
    if baby is None:
        return False
    if _STAFF_LEAVE.search(text) is None or _OUR_WORD.search(text) is None:
        return False
    if _PATIENT_NAMED.search(text) is not None or _private_before(text, baby.start()):
        return False
    left, right = sentence_around(text, f.start, f.end)
    if re.search(r"\b(?:my|mine|i|i['’]m|me)\b", text[left:right], _I):
        return False
    if _health_term_in(text, left, right) or _OWN_CARE.search(text, left, right):
        return False
    return _NEWBORN_CARE.search(text, left, right) is None and not _said_of_their_own(text, f)


# (guard-longclean5) A competition's result, as event write-ups and local news give it: "The
# 10 km was won by Sipho Ndlovu in 31 minutes, and the women's race by Lerato Mokoena", "the
# trophy went to Ana Ruiz", "Winner: Tom Hale". Who won a race, a prize or a final is told
# to the public; not after a writer's or a family's word ("won by my son Leo"), nor in a
# sentence of anyone's care, nor of a practice's own draw or contest ("Our raffle winner is
# Dee from Hilliard": its patients').
_WON_BY_BEFORE = lazy.compile(
    r"(?:\b(?:won|taken|claimed)[ \t]+by"
    r"|\b(?:race|title|prize|trophy|cup|medal|award|final|category|division)[ \t]+"
    r"(?:went[ \t]+to|by)"
    r"|\bwinners?(?:[ \t]+(?:was|were|is|are))?[ \t]*:?"
    # (guard-longclean6) a match's or a season's honour, as club notes give it: "Player of
    # the match was halfback Jayden Tuala", "Best and fairest: Mia Tane"
    r"|\b(?:player|(?:wo)?man|sportsperson|athlete|coach|volunteer|clubman|clubperson)[ \t]+of"
    r"[ \t]+the[ \t]+(?:match|game|day|season|year|tournament|series|final)"
    r"(?:[ \t]+(?:was|went[ \t]+to|is))?[ \t]*:?(?:[ \t]+[a-z-]+)?"
    r"|\bbest[ \t]+and[ \t]+fairest(?:[ \t]+(?:was|went[ \t]+to|is))?[ \t]*:?)[ \t]+$",
    _I,
)
# (guard-longclean6) or said right after the name: "Congratulations to Gethin Williams, named
# player of the season", "Aroha Hetaraka, voted coach of the year"
_HONOURED_AFTER = lazy.compile(
    r",?[ \t]+(?:who[ \t]+(?:was|has[ \t]+been)[ \t]+)?(?:named|voted|crowned|awarded)[ \t]+"
    r"(?:the[ \t]+|our[ \t]+|this[ \t]+year['’]s[ \t]+)?(?:[\w-]+[ \t]+){0,2}?"
    r"(?:player|(?:wo)?man|sportsperson|athlete|coach|volunteer|clubman|champion|captain|winner"
    r"|best[ \t]+and[ \t]+fairest)\b",
    _I,
)


def _a_competitions_winner(text: str, f: Finding) -> bool:
    """ "The 10 km was won by Sipho Ndlovu": the winner of a race, a prize or a final, told
    as news; not someone of the writer's or a family's, nor in a sentence of care."""
    sentence = _sentence_after_cue(text, f, _WON_BY_BEFORE)
    if sentence is None:
        if not _HONOURED_AFTER.match(text, f.end) or _private_before(text, f.start):
            return False
        left, right = sentence_around(text, f.start, f.end)
        if _WRITERS_FAMILY.search(text, left, right) or _PERSONAL.search(text, left, right):
            return False
        sentence = left, right
    left, right = sentence
    if _A_PRACTICES_DRAW.search(text, left, right):
        return False  # "Our raffle winner is Dee from Hilliard": the practice's patients' draw
    return _OWN_CARE.search(text, left, right) is None


# A draw or a contest among a practice's own patients or followers: its winner may be one.
_A_PRACTICES_DRAW = lazy.compile(
    r"\b(?:raffle|draw|giveaway|give-away|lottery|sweepstakes?|contest|our|your)\b", _I
)


# (guard-longclean6) "Mr O'Leary said the fund raised €38,000" after "Former Lord Mayor
# Michael O'Leary has been named patron": a title and a surname that news uses for someone
# it named in full earlier with their public office (``lx.PUBLIC_TITLES``: mayor, minister,
# councillor, senator …) is that public person again; not in a sentence of anyone's care or
# family ("Mr O'Leary's wife was admitted").
_TITLE_AND_SURNAME = lazy.compile(r"(?:(?:Mr|Mrs|Ms|Miss|Mx|Dr|Prof)\.?[ \t]+)?([A-Z][\w'’-]+)")
_TITLE_BEFORE = lazy.compile(r"\b(?:Mr|Mrs|Ms|Miss|Mx|Dr|Prof)\.?[ \t]+$")
_OFFICE_WORDS = "|".join(sorted(lx.PUBLIC_TITLES, key=lx.longest_first))


def _a_public_person_named_earlier(text: str, f: Finding) -> bool:
    """ "Former Lord Mayor Michael O'Leary … Mr O'Leary said": the office-holder again."""
    m = _TITLE_AND_SURNAME.fullmatch(text, f.start, f.end)
    if m is None or (
        m.start(1) == f.start and not _TITLE_BEFORE.search(text, max(0, f.start - 6), f.start)
    ):
        return False  # (the name finder gives the surname alone, its title just before it)
    surname = re.escape(m.group(1))
    earlier = re.search(
        rf"\b(?i:{_OFFICE_WORDS})\.?[ \t]+(?:[A-Z][\w'’.-]*[ \t]+){{1,2}}{surname}\b",
        text[max(0, f.start - 2000) : f.start],
    )
    if earlier is None:
        return False
    left, right = sentence_around(text, f.start, f.end)
    if _WRITERS_FAMILY.search(text, left, right) or _PERSONAL.search(text, left, right):
        return False
    return _OWN_CARE.search(text, left, right) is None and not _health_term_in(text, left, right)


# (guard-longclean6) A letter's signature: the writer's name, and the suburb letters to the
# editor give after it, ending the text ("… Yours faithfully, Margaret Tulloch, Roslyn.",
# "… signed by 3,100 parents. Helen Marsh, Avonside."), in a letter ("Sir,", "Letter to the
# editor", "I write") that tells of no one's care and no family ("my", "son", "treated"):
# the writer signs a public letter; a letter about a parent's care signs as their kin.
_SIGNATURE_TO_END = lazy.compile(
    r"[A-Z][\w'’.-]*(?:[ \t]+[A-Z][\w'’.-]*){0,3}"
    r"(?:,[ \t]*[A-Z][\w'’-]*(?:[ \t]+[A-Z][\w'’-]*){0,2})?[ \t]*\.?\s*\Z"
)
_A_LETTER = lazy.compile(
    r"\b(?:sir|madam|editor|letter|yours[ \t]+(?:faithfully|sincerely|truly))\b"
    r"|\bi[ \t]+(?:write|am[ \t]+writing)\b",
    _I,
)


def _a_letters_signature(text: str, f: Finding) -> bool:
    """ "Yours faithfully, Margaret Tulloch, Roslyn.": the writer of a public letter."""
    if len(text) - f.end > 60:
        return False
    tail = _SIGNATURE_START.search(text, max(0, f.start - 60), f.start + 1)
    begin = (
        f.start
        if tail is None
        else max(
            m.end() for m in _SIGNATURE_START.finditer(text, max(0, f.start - 60), f.start + 1)
        )
    )
    if _SIGNATURE_TO_END.fullmatch(text, begin, len(text)) is None:
        return False
    if not _A_LETTER.search(text):
        return False
    return not (_KIN_OR_MY.search(text) or _OWN_CARE.search(text) or _PERSONAL.search(text))


# Where a signature starts: after a sentence's end or a sign-off's comma.
_SIGNATURE_START = lazy.compile(
    r"(?:[.!?][ \t]+|\n[ \t]*|(?i:faithfully|sincerely|truly|regards|cheers|thanks),[ \t]*)(?=[A-Z])"
)


NAME_VETOES = (
    _a_saint,
    _a_fictional_character,
    _named_after_their_role,
    _a_clinician_by_what_they_did,
    _titled_by_their_role,
    _a_team_greeted,
    _part_of_a_job_title,
    _a_festival_greeting,
    _wishes_from_the_team,
    _named_by_a_post,
    _a_professional_by_credential,
    _an_author_cited,
    _joins_the_team,
    _a_streets_name_abroad,
    _a_business_contact,
    _introduced_as_staff,
    _a_staff_card,
    _a_tradesperson_or_owner,
    _a_place_named_like_a_person,
    _a_voice_assistant,
    _after_dr_med,
    _my_care_provider,
    _worked_with_in_care,
    _a_signed_reply,
    _a_nursing_sister,
    _a_clinicians_survivors,
    _led_or_hosted_by,
    _listed_under_their_role,
    _a_towns_own,
    _a_players_club,
    _a_staff_members_spouse,
    _a_staff_members_baby,
    _speaks_for_a_body,
    _in_the_texts_heading,
    _a_bodys_of,
    _short_for_a_body_named_earlier,
    _a_competitions_winner,
    _a_public_person_named_earlier,
    _a_letters_signature,
)

# (staff75) The vetoes of ``NAME_VETOES`` that drop a name for a role beside it alone: a
# practice's or a business's people named by their post or their team ("our own Niamh",
# "Doctora Ximena", "thanks Priya and everyone at the Koramangala branch"). In a patient's
# words those are staff and doctors a patient names; the learned tagger still reads them
# (``rules.dropped_for_a_role``), and a practice's staff list lets its own pass.
ROLE_NAME_VETOES = frozenset((_named_by_a_post, _a_team_greeted, _worked_with_in_care))
# (staff75) And those that rule a name out as a clinician's by their title or their work
# ("Dr. med. Jonas Weber", "my dentist Dr. Ilić"): ``rules.vetoed_only_as_a_clinician``.
CLINICIAN_NAME_VETOES = frozenset(
    (
        _a_clinician_by_what_they_did,
        _titled_by_their_role,
        _a_professional_by_credential,
        _after_dr_med,
        _my_care_provider,
    )
)


# The words (lower case) of which every text a veto can rule a name out in holds one:
# ``rules.NAME_VETO_GATES`` asks them once per text, so the vetoes read no window around the
# names of most texts. ``_named_after_their_role`` and ``_wishes_from_the_team`` read a short
# window anchored at the name: they need no gate.
# A saint's title as written (capitalised, or in a heading's capitals): a plain substring
# test, as "st" in lower case is in most texts ("first", "just").
GATE_EXACT: dict[Callable[[str, Finding], bool], tuple[str, ...]] = {
    _a_saint: _SAINT_TITLES + tuple(t.upper() for t in _SAINT_TITLES),
    _a_nursing_sister: ("Sister", "SISTER"),
}
GATE_WORDS: dict[Callable[[str, Finding], bool], str] = {
    # (speed40) "join" (``_JOINS_AFTER``), "welcome" (``_WELCOME_BEFORE``) or a word of an
    # appointment (``_APPOINTED_BEFORE``): one post in twenty-five holds one, and the veto
    # read three patterns around every name of the others
    _joins_the_team: "join|welcome|appointed|named|elected|hired|promoted",
    _led_or_hosted_by: (
        "led|chaired|headed|hosted|organised|organized|coordinated|co-ordinated|presented"
        "|opened|inaugurated|designed|founded|directed|conducted|coached|moderated|officiated"
        "|flagged|unveiled|launched"
    ),
    _a_bodys_of: "of",
    _listed_under_their_role: _ROLES_PLURAL,
    _a_towns_own: "own",
    _a_players_club: "played|plays|signed|capped|caps|captained|scored",
    _a_competitions_winner: (
        "won|taken|claimed|race|title|prize|trophy|cup|medal|award|final|category|division"
        "|winner|winners|player|match|season|fairest|named|voted|crowned|awarded|man|woman"
        "|sportsperson|athlete|coach|volunteer|clubman|clubperson"
    ),
    _short_for_a_body_named_earlier: (
        "hospital|hospice|infirmary|clinic|university|college|institute|centre|center"
        "|foundation|trust|society|association|school|church|cathedral|medical|dental|health"
        "|community|mission|project"
    ),
    _in_the_texts_heading: "newsletter|bulletin|blog|notice|release|announcement|news",
    _a_public_person_named_earlier: "mr|mrs|ms|miss|mx|dr|prof",
    _a_letters_signature: "sir|madam|editor|letter|faithfully|sincerely|truly|write|writing",
    _speaks_for_a_body: (
        "society|association|foundation|council|ministry|department|federation|institute"
        "|commission|agency|alliance|network|union|charity|league|committee|coalition"
        "|partnership|organisation|organization|cross|rotary|lions|trust"
    ),
    _a_staff_members_spouse: "wife|husband|partner|spouse|fiance|fiancee|fiancé|fiancée",
    _a_staff_members_baby: "maternity|paternity|parental|adoption",
    _a_clinicians_survivors: "survived|leaves|predeceased|mourned|thoughts|prayers|condolences|sympathy|sympathies|hearts",
    _a_fictional_character: "|".join(_FICTION_WORKS + _FICTION_WORDS),
    _a_clinician_by_what_they_did: (
        "seen|treated|examined|assessed|checked|operated|rayed|vaccinated|immuni|diagnosed"
        "|stitched|scanned|triaged|reviewed"
    ),
    _titled_by_their_role: _CARE_ROLES,
    _my_care_provider: _CARE_ROLES,
    _worked_with_in_care: "with",
    _a_signed_reply: (
        "reception|desk|office|accounts|admin|billing|care|service|liaison|manager|team|"
        + _CARE_ROLES
    ),
    _a_team_greeted: "team|staff|crew|everyone|all",
    _part_of_a_job_title: (
        "officer|coordinator|co-ordinator|manager|advocate|worker|assistant|administrator"
        "|supervisor|navigator|champion|liaison|lead"
    ),
    # (guard-speed6) a contact's label before the name, a desk after it, or a verb of
    # calling or booking before it (``_CONTACT_LABEL_BEFORE``, ``_AT_THE_DESK_AFTER``,
    # ``_CONTACT_VERB_BEFORE``): every yes needs one of the three ("office" holds
    # "officer", "recep" every reception's spelling; a desk and a verb open a word)
    _a_business_contact: (
        "contact|enquiries|inquiries|lead|manager|ansprechpartner|vertretung|kontaktperson"
        "|referente|assign|approved|signed|escalated|counter|switchboard|desk|office|recep"
        "|segreteria|rezeption|empfang|anmeldung|accueil|cassa|kasse|caisse|caja|\\btill"
        "|\\b(?:call|phone|ring|text|whatsapp|reach|ask|speak|book|talk|chiama|chiedere|rufen"
        "|anrufen|appelez|llam|ligue)"
    ),
    # (guard-speed8n) a firm's word after the name (``_FIRM_WORDS``: "ckerei" both spellings
    # of the bakery, "sons" the "& Sons"), or "by" before it (``_MADE_BY_BEFORE``): every yes
    # needs one
    _a_tradesperson_or_owner: (
        "by|plumb|electric|builders|construction|roofing|joinery|carpentry|decorat|clean"
        "|cater|bakery|ckerei|motors|removals|landscaping|security|solutions|services|systems"
        "|consult|marketing|print|logistics|couriers|insurance|pharma|supplies|ltd|limited|llc"
        "|inc|gmbh|pty|plc|company|sons|brothers|bros|foods|brewery"
    ),
    _a_festival_greeting: (
        "mubarak|saeed|kareem|tova|sameach|navidad|natal|noel|noël|weihnachten|cai|choy|raya"
        "|deepavali|diwali|annee|année|nuevo|bozic|swiat|świąt|yenu|mihi"
        # (names13) the sign-offs' last words
        "|gruße|grüße|grusse|grüsse|grueße|gruesse|grußen|grüßen|grussen|grüssen|groet|halsning|hälsning|hilsen|hilsner"
        "|terveisin|pozdrawiam|powazaniem|poważaniem"
        "|abrazo|saludo|cordiales|saluti|abbraccio|cordialement|vous|baisers|bises|abraco|abraço"
        "|atenciosamente|cumprimentos|vinaka|alaikum|aleikum|lava"
    ),
}
