"""Finds people's names: a capitalised run (or a lower-case given name after a greeting)
counts when something says it is a person (a title, a greeting, "my daughter", "patient",
"X's surgery", a known given name, the practice's roster) and nothing says it is one of the
practice's own people, a public figure, a disease, a place or an organisation."""

from __future__ import annotations

import re
import unicodedata
from bisect import bisect_left
from collections.abc import Callable
from dataclasses import dataclass
from functools import lru_cache
from itertools import accumulate

from medsocial_tui.compliance import lazy
from medsocial_tui.compliance import lexicon as lx
from medsocial_tui.compliance.context import PracticeContext, RosterChecker
from medsocial_tui.compliance.findings import Finding
from medsocial_tui.compliance.people_vetoes import (
    OUR_WE_US,
    THANKS_BEFORE,
    nurse_of_the_writers_care,
    reported_as_saying,
)
from medsocial_tui.compliance.person_cues import SHORT_MESSAGE, THEIR_OWN_HEALTH, person_in
from medsocial_tui.compliance.text import (
    Doc,
    Token,
    matches_at,
    register_starts,
    sentence_around,
    word_starts,
)

_PUBLIC = lazy.compile(r"\b(?:" + "|".join(re.escape(p) for p in lx.PUBLIC_FIGURES) + r")\b")
PUBLIC_FIGURE = _PUBLIC
_HOLIDAY = lazy.compile(
    r"\b(?:martin\s+luther\s+king|st\.?\s+patrick|saint\s+patrick|valentine|presidents)"
)
_NEWS = lazy.compile(
    r"\b(?:has\s+(?:spoken|talked|been\s+open|written|lived)|shared\s+(?:her|his|their)|announced"
    r"|revealed|went\s+public|story\s+raised|opened\s+up|press\s+release|told\s+(?:people|reporters))\b",
    re.IGNORECASE,
)
_STAFF_CONTEXT = lazy.compile(
    r"\b(?:our\s+(?:team|staff|office\s+team|front\s+desk|crew)|front\s+desk|to\s+(?:our|the)\s+team"
    r"|joins?\s+(?:us|our)|years\s+with\s+us|with\s+us\s+for|hygienists?\s+(?:week|day)"
    r"|nurses?\s+(?:week|day)|doctors?\s+day|staff\s+appreciation|hiring|employee|team\s+member"
    r"|(?:staff|team)\s+spotlight|meet\s+our|from\s+our\s+team|our\s+new\s+(?:\w+\s+)?"
    r"(?:assistant|hygienist|nurse|doctor|dentist|provider|receptionist|manager)"
    # "our hygienist Fatima", "our receptionist Amaka", "our office manager Toni": the
    # practice's own people, named as its staff
    r"|our\s+(?:(?:office|practice|front[\s-]desk|dental|head|senior|lead)\s+)?"
    r"(?:hygienists?|receptionists?|nurses?|assistants?|managers?|dentists?|therapists?"
    r"|orthodontists?|coordinators?|administrators?|technicians?|secretary|colleagues?)"
    # "Staff training: Sarah and Tom will be out", "Team news", "Staff rota: Frank opens"
    r"|(?:staff|team)[ \t]+(?:training|rota|roster|meeting|news|update|party|outing|day)"
    # (guard-clinclean5) "Our reception is staffed by Aiko and Brenda on Saturdays"
    r"|staffed[ \t]+by|our[ \t]+reception|reception[ \t]+(?:team|staff|desk))\b",
    re.IGNORECASE,
)
# (guard-recall2) A staff word before one of these, in a sentence on someone's health, speaks of
# the person named after it ("the school nurse said Aiden Brooks has lice", "the nurse told us
# Maya Patel has strep"): that person is no staff ("the receptionist said Rory will call" is).
_REPORTING_VERBS = frozenset(
    "said says told tells thinks thought reckons mentioned noticed warned confirmed".split()
)
# (staff59) Words that open a new clause between a role word and a name: the name is that
# clause's, not the role's in apposition ("did the dentist say when Jamal's stitches come
# out", "ask the nurse if Amara can eat", "the physio said because Tui …").
_NEW_CLAUSE_BETWEEN = frozenset("when whether if because while until unless since".split())
# (read 151-154) The words a writer names themself with in Swahili and Haitian Kreyòl ("naitwa
# Wanjiru", "mwen rele Nadège"): the doctor greeted before them is no colleague of the name.
_NAMED_SELF_BETWEEN = frozenset(("naitwa", "rele"))
# Verbs between a role word and a name: the role is the subject, the name its object, no
# apposition ("the nurse has Tyler's inhaler", "our physio gave Amara a new plan").
_VERBS_BETWEEN = frozenset(
    "has have had is was are were gave gives give took takes sent sends saw sees treated"
    " treats helped helps checked checks examined examines called calls asked asks brought"
    " found keeps kept holds held needs needed wants wanted"
    # (guard-recall6) a carer's act on the person after it: "the dentist told Oyelaran",
    # "the hygienist showed Ifeoluwa how to floss", "the receptionist rang Thandiwe"
    " told tells showed shows reassured reassures rang rings phoned phones warned warns"
    " advised advises reminded reminds taught teaches referred refers discharged discharges"
    " texted emailed".split()
)
# (names55) Words ending in "-ed" that stand between a role and a name in apposition: "our
# receptionist named Gloria", "a nurse called Becky", "our newly qualified hygienist Ana".
_APPOSITION_ED = frozenset("named called nicknamed qualified registered licensed retired".split())


def _a_verb_in_the_past(word: str) -> bool:
    """(names55) A verb in the past tense (a word of five letters or more ending in "-ed",
    no word of an apposition): what a role did to the name after it ("the maxfax team fixed
    Callum's jaw", "the physio finally cleared Jonno to play", "the nurse bandaged Shaz's
    ankle"); ``_VERBS_BETWEEN`` lists the others ("has", "gave", "took")."""
    return len(word) > 4 and word.endswith("ed") and word not in _APPOSITION_ED


_DISEASE_WORDS = frozenset(
    "disease syndrome palsy phenomenon lymphoma thyroiditis sign maneuver manoeuvre smear test "
    "surgery tendon virus sarcoma dystrophy ulcer reflex score law sore scale fracture"
    " contracture contractures node nodes esophagus oesophagus cyst hernia neuroma neuralgia"
    " aneurysm anomaly deformity dementia encephalopathy triad tumor tumour"
    # (clean68) "Vincent's angina", "Ludwig's angina", "Prinzmetal's angina"
    " angina".split()
)
# Things sold under a maker's name: "Carter's baby clothes", "Dr. Brown's bottles".
_PRODUCT_NOUNS = frozenset(
    """clothes clothing products product shampoo conditioner lotion soap wipes toys toy cereal
    sauce syrup insoles bottles bottle formula diapers nappies cream creams toothpaste chocolate
    balm lipstick mascara deodorant sunscreen floss mouthwash toothbrush toothbrushes bars
    candy cookies whiskey whisky bourbon beer wine rice pasta soup crackers chips snacks
    juice coffee tea vitamins supplements spray gel ointment drops shoes sneakers jeans
    stores store restaurant restaurants brand brands line range
    paintings novels albums sculptures""".split()
)
# Things sold or shown under a name, right after it: "Aunt Jemima products", "Ms. Rachel
# videos" (not verbs a person does: "Maria books", "Tom shows").
_BRANDED_THINGS = frozenset(
    "products brand brands toys videos cereal syrup merchandise franchise movies episodes"
    " cartoons dolls wipes shampoo lotion"
    # a shop's: "the John Lewis sale", "the Ted Baker outlet" (not "shops", "stores": verbs)
    " sale catalogue catalog outlet website app"
    # a method, a thing or an honour named after a person: "the Alexander technique", "the
    # Heimlich manoeuvre", "the Thomas Guy statue", "the Nobel prize"
    " technique method manoeuvre maneuver statue memorial lecture prize award medal"
    # (clean16) a fruit's, a flower's or a herb's name that is a given name too, before what
    # is made or grown of it: "Clementine oranges", "Jasmine tea", "Jasmine rice", "Rose
    # petals" (not "leaves", a verb a person does)
    " tea teas rice oil oils oranges extract seeds petals blossom blossoms bulbs"
    # (clean30) a car firm's: "Addison Lee cabs now accept …", "Uber taxis"
    " cabs taxis minicabs"
    # (read 79-118) a food maker's or an apple's: "Heinz beans", "Heinz ketchup", "Granny
    # Smith apples"; what a brand of plasters or brushes sells ("Mr Bump plasters")
    " beans ketchup mayo mayonnaise apples plasters toothbrushes"
    # (read 143-146) a rule or an effect named after someone: "The Peter Principle applies
    # to dental offices too", "the Mozart effect"
    " principle paradox effect".split()
)
# (read 143-146) A rule's word that a capitalised run ends with ("The Peter Principle").
_NAMED_RULES = frozenset(("principle", "paradox"))
# "Ben & Jerry's", "Johnson & Johnson": a firm named after its founders.
_FOUNDERS_FIRM = lazy.compile(r"[A-Z][\w'’-]*[ \t]*&[ \t]*[A-Z][\w-]*(?:['’]s)?(?![\w'’-])")
# A list whose other items are lower-case things, as a sentence's subject:
# "Holly, ivy and mistletoe are poisonous".
_LIST_OF_THINGS_AFTER = lazy.compile(
    r"[ \t]*,[ \t]*(?!(?:you|we|i|me|us|they|he|she|him|her|them|please|thanks|so|but|if)\b)"
    r"[a-z][a-z-]+(?:[ \t]*,[ \t]*[a-z][a-z-]+)*,?[ \t]+(?:and|or)[ \t]+[a-z][a-z-]+"
    r"[ \t]+(?:are|were|can|may|might|have|cause|contain|make)\b"
)
_CARE_NOUNS = frozenset(
    """surgery appointment appt visit smile recovery braces mom dad mother father wife husband
    son daughter twins kids family story results cleaning checkup birthday diagnosis treatment
    teeth tooth first new journey progress chart case condition health care baby parents
    grandma grandpa sister brother before after transformation photo pics x-rays xrays
    procedure crown filling implant retainer invisalign veneers dentures whitening mouth
    smile's last final big moms mums dads grandparents""".split()
)
# (pairs59) A person's leave from work for a birth, an illness or a death, after their
# possessive ("Patience Nwosu's sick leave runs until Friday", "Faith Banda's bereavement
# leave", "Precious Mahlangu's maternity pay"); not "Joy Division's sick riffs".
_LEAVE_AFTER = lazy.compile(
    r"[ \t]+(?:" + lx.PRIVATE_LEAVE_KINDS + r")[ \t]+(?:leave|note|pay)\b",
    re.IGNORECASE,
)
# What is measured or taken of a body: "Neve's temperature", "Dad's meds".
_BODY_READINGS = frozenset(
    """temperature temp meds medication medications medicine pills labs bloodwork glucose
    symptoms""".split()
)
# (names55) The parts of a body that a possessive before them makes a person's: "the maxfax
# team fixed Callum's jaw", "the nurse bandaged Shaz's ankle", "Ngaio's gums bleed". Not
# "back", "head", "face", "hand", "arm", "leg", "eye": a firm's, a team's or a tour's too
# ("Tesco's back", "Amazon's delivery arm", "the tour's final leg").
_BODY_PARTS = frozenset(
    """jaw jawbone ankle ankles knee knees wrist wrists hip hips elbow elbows shoulder shoulders
    neck chin lip lips eyelid eyelids ear ears eardrum cheek cheeks forehead gum gums tongue
    throat tummy molar molars collarbone spine heel heels thumb toe toes finger fingers
    tonsils adenoids""".split()
)
_FAMILY_NOUNS = frozenset(
    "family families twins kids children household crew clan boys girls".split()
)
# After "the X family": "of products", "of brands", not "of four" or "of Dayton".
_FAMILY_OF_THINGS = lazy.compile(
    r"\s+of\s+(?!(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\d)\b)"
    r"(?:products|brands|drugs|medicines|medications|vaccines|devices|companies|businesses"
    r"|fonts|cars|vehicles|models|apps|tools|instruments|plants|viruses|genes"
    r"|proteins|compounds|languages|hotels|restaurants|stores|foods|snacks|cereals)\b",
    re.IGNORECASE,
)
_SEASONS = frozenset("spring summer autumn fall winter".split())
_DATE_PREPOSITIONS = frozenset(
    "in on of this next last until till through since early late mid by every each from "
    # (read 151-154) "20% off throughout June!"
    "during before after the throughout thru".split()
)
_PLACE_PREFIXES = frozenset(
    "st saint mount mt lake fort ft port camp san santa los las new".split()
)
_PRAISE = lazy.compile(
    # (guard-shortclean7) each word whole: "a trip to Cusco" holds "rip to", "gloves to"
    # "love", "thugs" "hugs"
    r"(?<![\w'’])(?:(?:congrats|congratulations|thanks|thank\s+you|shout\s*-?\s*outs?|kudos|props|cheers"
    r"|welcome(?:\s+back)?|happy\s+birthday|get\s+well(?:\s+soon)?|rip|in\s+memory\s+of"
    r"|remembering|rest\s+in\s+peace|wishing)\s+(?:to\s+|for\s+)?"
    r"|(?:prayers(?:\s+(?:needed|please|requested|going\s+out))?|hugs|love|praying"
    r"|sending\s+(?:love|hugs|prayers))\s+(?:to|for)\s+"
    r"|proud\s+of\s+)$",
    re.IGNORECASE,
)
# Words of ``_PRAISE`` that open a sentence before a name and are no common capitalised
# word: "Remembering Thelma today", "Kudos Anwen".
_PRAISE_LEADS = frozenset("remembering kudos props".split())
# What a text before a name ends with when ``_PRAISE`` or ``_THANK_YOU_BEFORE`` can match
# (each ends with white space after one of these words): most texts are ruled out by
# looking at their last word instead of scanning them.
_PRAISE_ENDINGS = tuple(
    "congrats congratulations thanks you out outs kudos props cheers welcome back birthday "
    "well soon rip of remembering peace wishing to for".split()
)
# (names29) A wish to the one spoken to, then their name: "praying for you Oyelaran",
# "thinking of you Saoirse", "love you Nneka", "miss u Tavita come home soon".
_WISHED_YOU = lazy.compile(
    r"(?<![\w'’])(?:praying\s+for|prayers\s+for|thinking\s+of|sending\s+(?:love|hugs|prayers)"
    r"\s+to|love|miss(?:ing)?|proud\s+of)\s+(?:you|u|ya)\s*,?\s+$",
    re.IGNORECASE,
)
_YOU_WORDS = frozenset(("you", "u", "ya"))
# Who a prayer or love "to you" is said to that names no one: a god ("Praying for you
# Jesus"), a family word or an endearment ("Still miss you Daddy", "love you Babe"), the
# crowd ("love you guys"). Relation words (``lx.RELATION_WORDS``) are read too.
_NOT_WISHED = frozenset(
    """jesus god lord allah christ jah daddy mummy mommy momma mamma mam babe hun honey
    darling sweetheart love everyone guys all team""".split()
)


def _praise_before(lead: str) -> bool:
    """``_PRAISE.search(lead)``."""
    if lead.isascii() and not lead.rstrip().lower().endswith(_PRAISE_ENDINGS):
        return False
    return _PRAISE.search(lead) is not None


def _thank_you_before(lead: str) -> bool:
    """``_THANK_YOU_BEFORE.search(lead)``."""
    if lead.isascii():
        end = lead.rstrip()
        if end.endswith(","):
            end = end[:-1].rstrip()
        if not end.lower().endswith("you"):
            return False
    return _THANK_YOU_BEFORE.search(lead) is not None


_AGE_AFTER = lazy.compile(r"^\s*(?:,\s*(?:age\s*)?\d{1,3}\s*[,)!.]|\(\s*(?:age\s*)?\d{1,3})")
_END = frozenset(".!?")
_THANK_YOU_BEFORE = lazy.compile(r"\bthank\s+you\s*,?\s*$", re.IGNORECASE)
_STAFF_AFTER = lazy.compile(
    r"^\s*(?:,\s*(?:our|the|a|an|your)\s+(?:new\s+|lead\s+|head\s+)?\w+|,?\s*(?:"
    + "|".join(re.escape(c) for c in sorted(lx.CREDENTIALS, key=lx.longest_first))
    + r")\b|\s+from\s+(?:our|the)\s+(?:front|team|office|billing)"
    + r"|\s+(?:joins|joined)\s+(?:us|our))"
)
_NOUN_GOES_ON = lazy.compile(lx.ROLE_WORD_GOES_ON)
# (", the lady in room 4" is anyone: only "the first lady" is an office)
_PUBLIC_AFTER = lazy.compile(
    r"\s*,\s*(?:the\s+)?(?:" + "|".join(sorted(lx.PUBLIC_TITLES - {"lady"})) + r"|first\s+lady)\b",
    re.IGNORECASE,
)
_PATIENT_AFTER = lazy.compile(
    r"^\s*[,(]\s*(?:our|a|the|my)\s+(?:\w+\s+)?patients?\b", re.IGNORECASE
)
_HEALTH_START = lazy.compile(
    r"\s*(?:" + "|".join(re.escape(t) for t in lx.HEALTH_TERMS) + r")\b", re.IGNORECASE
)
_SECOND_PERSON = lazy.compile(r"\b(?:you|your|you're|we're)\b", re.IGNORECASE)
_ACTION_VERBS = frozenset(
    """got had came finished lost turned brought started completed celebrated passed won
    received went made graduated beat showed loves says said just asked wanted needed took
    broke fell hurt chipped knocked rocked crushed nailed aced survived beat
    """.split()
)


# "I'm Sven": the writer's own words before a name, never part of it.
_FIRST_PERSON = frozenset({"i", "i'm", "i’m", "i've", "i’ve", "i'd", "i’d", "i'll", "i’ll"})


@dataclass(slots=True)
class NameSpan:
    start: int
    end: int
    reason: str
    rule: str  # the rule in ``NAME_RULES`` or one of ``PASS_RULES`` that found it

    @property
    def named_reason(self) -> str:
        """The reason with the rule's name, as a finding gives it ("… [name.greeting]")."""
        return f"{self.reason} [name.{self.rule}]"


# What the finder adds outside ``NAME_RULES``: lower-case given names and the roster.
LOWER_GREETING = "lower_greeting"  # "hi maria"
LOWER_ADDRESSED = "lower_addressed"  # "feels better danny!"
LOWER_UNWELL = "lower_unwell"  # "jamal still has the cough"
LOWER_TITLED = "lower_titled"  # "pt is mr. okonkwo", "d. kowalski c/o dizziness"
LOWER_KIN = "lower_kin"  # "kenji my husband has had hiccups"
LOWER_AGE = "lower_age"  # "nguyen thi lan 67 y/o female"
LOWER_OBJECT = "lower_object"  # "took sarah to a&e … sent her home"
ROSTER_FULL_NAME = "roster_full_name"  # a roster patient's given and family name
ROSTER_WORD = "roster_word"  # a roster patient's given or family name alone
FOREIGN_GREETING = "foreign_greeting"  # "Kia ora Mereana, your …", "Hola Vale, tu cita …"
PASS_RULES = (LOWER_GREETING, LOWER_ADDRESSED, LOWER_UNWELL, LOWER_TITLED, LOWER_KIN, LOWER_AGE) + (
    LOWER_OBJECT,
    FOREIGN_GREETING,
    ROSTER_FULL_NAME,
    ROSTER_WORD,
)
# Rules whose name is someone the text speaks to: a reply to Maria is about Maria.
ADDRESSED_RULES = frozenset(
    {"greeting", "addressed_between_commas", "addressed_at_start", LOWER_GREETING, LOWER_ADDRESSED}
    | {FOREIGN_GREETING}
)


# (read 131-134) What ``_Finder.lowercase`` reads around a word: a chat's opening laugh or
# cry before the one it speaks to ("lol brent that's what you get").
_CHAT_OPENERS = frozenset(
    "lol lmao lmfao haha hahaha hehe omg omfg aww awww ahh ooh yay wow".split()
)
# A day's number before a month's word, as Spanish and Portuguese write it ("20 de marco").
_A_DAYS_NUMBER_BEFORE = lazy.compile(r"\b\d{1,2}[ \t]+(?:de[ \t]+)?$")


_TITLE_CUE = "a title (Mr., Mrs., Ms.) before a name"
_ADDRESSED = "someone addressed by name"
_ROSTER = "the name of a patient on the practice's roster"
_GIVEN_NAME = "a person's given name"
_GIVEN_AND_FAMILY = "a given and family name"
_PRAISED = "a shout-out or wishes to someone"
_RELATIVE_OF_NAMED = "a named person whose relative the text is about (Dr. X's wife)"
_TAKEN_FOR_CARE = "someone taken somewhere for care (took X to urgent care)"
_UNLISTED_WITH_HEALTH = "a name no list holds, opening a sentence about someone's health"
_LOST_TO_ILLNESS = "someone lost to an illness (we lost Dimitri to leukemia)"
_UNLISTED_IN_HEALTH = "a name no list holds, in a health sentence about a person"
_UNWELL_SUBJECT = "a name that is the subject of a sentence about being unwell"
_COMPLAINT_SUBJECT = (
    "a name that is also a town's, opening a sentence about a complaint of the body"
)
_UNLISTED_AFTER_RELATIVE = "a name no list holds, after a sentence about a relative's health"
_RELATION_OR_COACH = lx.RELATION_WORDS | {"coach"}
# A ward's or a school's word for the one it cares for, before a name (``_Finder.lead``).
_ONES_WARD_OR_SCHOOL_WORD = frozenset(("inpatient", "pupil"))
_MONTHS_OR_WEEKDAYS = lx.MONTHS | lx.WEEKDAYS
_MONTHS_OR_SEASONS = lx.MONTHS | _SEASONS
# (guard-longclean6) and as other languages shorten it before a name: Italian "dott.",
# Polish "lek. dent.", French "Dre", Czech "MUDr."/"MDDr."
_DOCTOR_WORDS = frozenset(("dr", "doctor", "dra", "dott", "dent", "dre", "mudr", "mddr"))
# (guard-longclean2) the titles of graduates and masters that Spanish- and Portuguese-speaking
# countries write before a professional's name as "Dr." is ("Lic. Carmen Ruiz", "Mtro.
# Ricardo Fuentes", "Ing. Luis Mora", "Profa. Ana Lima"): read like "Dr." by ``after_doctor``
# (the point may end a sentence for the tokenizer: read in the text)
_GRADUATE_TITLE = lazy.compile(r"\b(?:Lic|Licda|Licdo|Mtro|Mtra|Ing|Arq|Profa)\.[ \t]*$")
# The staff words that name a care role, read in the plural before names ("the hygienists
# Ana and Mei"); not "residents", "partners", "teams", "leads": said of anyone.
_CARE_ROLE_WORDS = frozenset(
    w
    for w in lx.STAFF_WORDS
    if len(w) > 3
    and w
    not in (
        "resident partner associate officer colleague coworker owner founder director lead"
        " staff team intern tech provider doctor"
    ).split()
)
# (guard-longclean2) people named as a group by their part in an event, right before the
# list of their names ("Volunteers Kavya Reddy, Arjun Rao and Sneha Pillai", "her teammates
# Joe Fletcher and Priya Nair", "speakers Ana Ruiz and Tom Lee"): their role, no one's care.
GROUPS_BY_ROLE = frozenset(
    "volunteers teammates colleagues speakers panelists panellists organisers organizers"
    " trustees presenters hosts coaches co-authors coauthors".split()
)
_OFFICE_TITLES = frozenset(("president", "first", "surgeon", "governor"))


@dataclass(slots=True)
class Candidate:
    """A capitalised run, read once: what every rule in ``NAME_RULES`` looks at."""

    words: list[Token]
    lowers: list[str]  # the words' bases, lower case
    first: Token
    last: Token
    first_index: int
    last_index: int
    start: int
    end: int
    strong: str  # the reason a title or family word before the run gives ("" if none)
    before: list[str]  # up to four words before it, nearest first
    prev: str
    after: Token | None  # the next word in the sentence
    after_lower: str
    known: bool  # a known given name or surname
    ambiguous: bool  # a given name that is also a common word ("Chase", "May")
    common: bool  # a word often capitalised that is not a name, or a greeting target


# Public figures and holidays start at their first word (``text.register_starts``).
register_starts(
    "names.public",
    " ".join(sorted({re.match(r"\w+", p).group() + "=" for p in lx.PUBLIC_FIGURES})),  # type: ignore[union-attr]
)
register_starts("names.holiday", "martin= st= saint= val pre")


register_starts(
    "names.staff_context",
    "our= front= to= join= joins= years= with= hyg nur doc staff= hir emp team= meet= from="
    " staffed= reception=",
)


def staff_context_in(text: str, begin: int, end: int) -> bool:
    """``_STAFF_CONTEXT.search(text, begin, end)`` is not None, tried only at the words
    where it can start."""
    starts = word_starts(text)
    if starts is None:
        return _STAFF_CONTEXT.search(text, begin, end) is not None
    offsets = starts.get("names.staff_context", ())
    at = bisect_left(offsets, begin)
    while at < len(offsets) and offsets[at] < end:
        if _STAFF_CONTEXT.match(text, offsets[at], end) is not None:
            return True
        at += 1
    return False


# The public figures by their first word, longest first: a lookup at each word that can
# start one, in place of trying the alternation of all of them there (hundreds of names).
_PUBLIC_BY_HEAD: dict[str, tuple[str, ...]] = {}
for _phrase in lx.PUBLIC_FIGURES:  # longest first already
    _head = re.match(r"\w+", _phrase).group()  # type: ignore[union-attr]
    _PUBLIC_BY_HEAD[_head] = (*_PUBLIC_BY_HEAD.get(_head, ()), _phrase)


_WORD_RUN = lazy.compile(r"\w*")


def _is_word_char(ch: str) -> bool:
    return ch.isalnum() or ch == "_"


def public_at(lower: str, starts: list[int] | tuple[int, ...]) -> list[tuple[int, int]]:
    """``[m.span() for m in matches_at(_PUBLIC, lower, starts)]``, by looking up the
    figures that begin with the word at each start."""
    ranges: list[tuple[int, int]] = []
    reached = 0
    length = len(lower)
    # The word at each start, read by ``re`` (its \w is ``_is_word_char``), not a
    # character at a time: a veto asks this of the window around every name.
    word_at = _WORD_RUN.match
    heads = _PUBLIC_BY_HEAD
    for at in starts:
        if at < reached:
            continue
        figures = heads.get(word_at(lower, at).group())  # type: ignore[union-attr]
        if figures is None:
            continue
        for phrase in figures:
            end = at + len(phrase)
            if not lower.startswith(phrase, at):
                continue
            # the pattern's closing \b: a word character on one side of ``end`` only
            if (end < length and _is_word_char(lower[end])) == _is_word_char(phrase[-1]):
                continue
            ranges.append((at, end))
            reached = max(end, at + 1)
            break
    return ranges


_WORD_HEAD = lazy.compile(r"\b\w")


def public_figure_in(lower: str) -> bool:
    """``PUBLIC_FIGURE.search(lower) is not None``, by looking up the figures that begin
    with each word of ``lower`` (``public_at``): the pattern, hundreds of names in one
    alternation, is tried name after name at every character."""
    return bool(public_at(lower, [m.start() for m in _WORD_HEAD.finditer(lower)]))


@lru_cache(maxsize=4)
def public_spans(text: str) -> tuple[tuple[int, int], ...] | None:
    """The spans of the public figures ``text`` names, found once per text (the name
    finder and ``rules.drop_public_lives`` both ask); None when ``text.word_starts`` has no
    answer (then each reads the lower-cased text whole)."""
    starts = word_starts(text)  # the words of ``lower`` are those of ``text``, same offsets
    if starts is None:
        return None
    return tuple(public_at(text.lower(), starts.get("names.public", ())))


def _suppressed_ranges(text: str, ctx: PracticeContext) -> list[tuple[int, int]]:
    lower = text.lower()
    starts = word_starts(text)  # the words of ``lower`` are those of ``text``, same offsets
    public = public_spans(text)
    if starts is None or public is None:
        holiday = _HOLIDAY.finditer(lower)
        ranges = [(m.start(), m.end()) for m in _PUBLIC.finditer(lower)]
    else:
        holiday = matches_at(_HOLIDAY, lower, starts.get("names.holiday", ()))
        ranges = list(public)
    ranges += [(m.start(), m.end()) for m in holiday]
    if ctx.staff_name_pattern is not None:
        ranges += [(m.start(), m.end()) for m in ctx.staff_name_pattern.finditer(lower)]
    return ranges


class _Finder:
    """One pass over one text."""

    def __init__(self, doc: Doc, ctx: PracticeContext) -> None:
        self.doc = doc
        self.ctx = ctx
        self.tokens = doc.tokens
        suppressed = sorted(_suppressed_ranges(doc.text, ctx))
        self.suppressed_starts = [s for s, _ in suppressed]
        # The furthest end among the ranges starting up to each one: overlap by bisection.
        self.suppressed_reach = list(accumulate((e for _, e in suppressed), max))
        self.found: list[NameSpan] = []
        # The lower-case words that are given names ("hi maria"), as ``run`` meets them.
        self.lower_given: list[int] = []
        # Per sentence: whether a pattern occurs in it (each sentence read once).
        self._staff: dict[int, bool] = {}
        # (guard-longtexts) the words of full names a rule of ``_NAMED_AS_STAFF`` read as a
        # clinician's or a member of staff's ("Dr. Hannah Osei", "nurse Joyce Mwangi"): a
        # long text introduces them once, then says "Hannah" alone.
        self.staff_named: set[str] = set()
        # (guard-longclean2) where each run a rule of ``_NAMED_AS_STAFF`` (or
        # ``staff_in_list``) dropped ends: the next name of the same list shares its role.
        self.staff_ends: set[int] = set()
        self._news: dict[int, bool] = {}
        # whether ``names_as_names`` can say anything of this text (read once a text)
        self.speaks_of_names = "name" in doc.text or "Name" in doc.text
        self._second_person: dict[int, bool] = {}
        # (learned) where a veto of ``NAME_RULES`` dropped a run ("Dr. Hannah Osei" as staff,
        # "Addison's" as an eponym): the learned tagger does not read a name there again.
        self.vetoed: list[tuple[int, int]] = []
        # (staff67) where a role beside a run dropped it (``ROLE_VETOES``), with the veto's
        # name: the learned tagger is still asked there
        self.role_vetoed: list[tuple[int, int, str]] = []

    # -- looking around a token -------------------------------------------------------
    def words_before(self, i: int, k: int = 3) -> list[str]:
        """Up to ``k`` lower-case words before token ``i`` in the same sentence."""
        out: list[str] = []
        sentence = self.tokens[i].sentence
        j = i - 1
        while j >= 0 and len(out) < k:
            t = self.tokens[j]
            if t.sentence != sentence:
                break
            if t.kind == "word":
                out.append(t.lower)  # a word's ``lower`` is its base's
            j -= 1
        return out

    def date_before(self, i: int) -> bool:
        """Token ``i`` (a month's name) ends a date: "of" or a day's number before it
        ("the 2nd of May", "on 12 May"), so it is no given name ("May Odalys")."""
        if i == 0 or self.tokens[i - 1].sentence != self.tokens[i].sentence:
            return False
        lower = self.tokens[i - 1].text.lower()
        if lower in ("st", "nd", "rd", "th") and i > 1:  # "2nd": a number, then its ending
            lower = self.tokens[i - 2].text.lower() + lower
        return lower == "of" or _DAY_NUMBER.fullmatch(lower) is not None

    def previous_word_token(self, i: int) -> Token | None:
        j = i - 1
        while j >= 0 and self.tokens[j].kind != "word":
            if self.tokens[j].sentence != self.tokens[i].sentence:
                return None
            j -= 1
        return (
            self.tokens[j]
            if j >= 0 and self.tokens[j].sentence == self.tokens[i].sentence
            else None
        )

    def token_between(self, i: int) -> bool:
        """True when punctuation follows token ``i`` (so the next word is not its verb)."""
        nxt = self.token_after(i)
        return nxt is not None and nxt.kind == "punct"

    def token_before(self, i: int) -> Token | None:
        return self.tokens[i - 1] if i > 0 else None

    def token_after(self, i: int) -> Token | None:
        return self.tokens[i + 1] if i + 1 < len(self.tokens) else None

    def next_word(self, i: int) -> Token | None:
        j = i + 1
        while j < len(self.tokens) and self.tokens[j].kind not in ("word", "num", "newline"):
            if self.tokens[j].text in _END:
                return None
            j += 1
        if j < len(self.tokens) and self.tokens[j].kind == "word":
            return self.tokens[j]
        return None

    def is_suppressed(self, start: int, end: int) -> bool:
        """True when a suppressed range (a public figure, a holiday, a staff name) overlaps
        ``start:end``: among the ranges starting before ``end``, one reaches past ``start``."""
        before_end = bisect_left(self.suppressed_starts, end)
        return before_end > 0 and self.suppressed_reach[before_end - 1] > start

    def text_before(self, i: int, chars: int = 40) -> str:
        start = self.tokens[i].start
        sentence_start = self.doc.sentences[self.tokens[i].sentence][0]
        return self.doc.text[max(sentence_start, start - chars) : start]

    def staff_context(self, i: int) -> bool:
        index = self.tokens[i].sentence
        known = self._staff.get(index)
        if known is None:
            begin = self.doc.sentences[max(0, index - 1)][0]
            end = self.doc.sentences[index][1]
            known = self._staff[index] = staff_context_in(self.doc.text, begin, end)
        return known

    def sentence_has(self, cache: dict[int, bool], pattern: re.Pattern[str], index: int) -> bool:
        known = cache.get(index)
        if known is None:
            known = cache[index] = bool(pattern.search(self.doc.sentence_text(index)))
        return known

    # -- runs -------------------------------------------------------------------------
    def run_from(self, i: int) -> list[int]:
        """Indices of a capitalised run starting at ``i`` ("Mrs. Ruth Abernathy")."""
        run = [i]
        j = i
        while True:
            t = self.tokens[j]
            if t.possessive:
                break
            k = j + 1
            if (
                k < len(self.tokens)
                and self.tokens[k].text == "."
                and (t.lower in lx.TITLES or (len(t.base) == 1 and t.base.isupper()))
            ):
                k += 1
            if (
                k < len(self.tokens)
                and self.tokens[k].capitalized
                and self.tokens[k].start - self.tokens[k - 1].end <= 1
                and not shouted_words_part(t, self.tokens[k])
                and not self.pronoun_i(k)
            ):
                run.append(k)
                j = k
                continue
            break
        return run

    def sex_of_an_age(self, i: int) -> bool:
        """Token ``i`` is the sex letter of a case's age written as one word ("38F", "45M"),
        no initial of the name after it."""
        toks = self.tokens
        t = toks[i]
        if not (
            t.text in ("F", "M")
            and i > 0
            and toks[i - 1].kind == "num"
            and toks[i - 1].end == t.start
            and len(toks[i - 1].text) <= 3
        ):
            return False
        # the case's age opens its line or clause ("27F Mbali", "Pt 45M Kwame"), not a
        # floor's or a room's number ("Room 2F Grace Lee Suite")
        start = toks[i - 1].start
        return _A_CASE_OPENS_BEFORE.search(self.doc.text, max(0, start - 12), start) is not None

    def particles_before(self, c: Candidate) -> tuple[int, int]:
        """Where the name ``c`` starts with the family name's particles written in lower case
        right before it ("mevrouw de Groot", "la señora de la Cruz"; three at most), and the
        index of the word before them in its sentence (-1 when there is none)."""
        toks, sentence = self.tokens, c.first.sentence
        start, j, particles = c.start, c.first_index - 1, 0
        while True:
            while j >= 0 and toks[j].kind != "word" and toks[j].sentence == sentence:
                j -= 1
            if j < 0 or toks[j].sentence != sentence:
                return start, -1
            if particles == 3 or toks[j].text not in _NAME_PARTICLES:
                return start, j
            start, j, particles = toks[j].start, j - 1, particles + 1

    def pronoun_i(self, k: int) -> bool:
        """Token ``k`` is "I" the pronoun, its verb after it ("working with Connor I was
        back", "Thanks to Priya I have"): no initial of the name before it ("Connor I
        Walsh", "Connor I. Walsh" keep theirs)."""
        toks = self.tokens
        if toks[k].text != "I" or k + 1 >= len(toks):
            return False
        nxt = toks[k + 1]
        return nxt.start - toks[k].end == 1 and nxt.text[:1].islower()

    def run(self) -> list[NameSpan]:
        tokens = self.tokens
        given = lx.GIVEN_NAMES
        free = 0  # the first token after the last run read
        for i in self.doc.words:
            if i < free:
                continue
            t = tokens[i]
            if t.capitalized and self.sex_of_an_age(i):
                continue  # (read 99-102) "38F Olga with …": the run is the name after it
            if t.capitalized:
                run = self.run_from(i)
                self.classify(run)
                free = run[-1] + 1
            elif t.lower in given:  # only a given name can be one in lower case
                self.lower_given.append(i)
                self.lowercase(i)
            elif t.lower in _LOWER_HONORIFICS or (len(t.base) == 1 and t.base.isalpha()):
                self.lower_titled(i)  # or after a title or an initial ("mr. okonkwo")
            elif t.lower in _LOWER_DOCTOR:
                self.lower_doctor(i)  # (names40a) "anyone else seeing dr park …"
        self.foreign_greeting_pass()
        self.roster_pass()
        return self.found

    # -- deciding ---------------------------------------------------------------------
    def classify(self, run: list[int]) -> None:
        """Read a capitalised run once, then apply ``NAME_RULES`` in order: the first rule
        that decides wins (a veto drops the run, a cue adds it with its reason). Only the
        rules that can decide such a candidate are called (``_RULES_FOR``)."""
        if len(run) == 1 and _COMMON_ALONE_DECIDED and self.plainly_common(run[0]):
            return
        c = self.candidate(run)
        if c is None:
            return
        key = bool(c.strong), c.common, c.ambiguous
        # Most runs are no name ("The", "We", "Thank"): unless a rule that can say yes
        # does, the table adds nothing whatever its vetoes say, so they are not read.
        for rule in _CUES_FOR[key]:
            if rule(self, c):
                break
        else:
            # (guard-longclean2) no rule can say yes; still read the vetoes of a run a list
            # goes on from ("Dr. Grace Njeri and Peter Mwangi"): ``staff_in_list`` asks.
            if not _LIST_GOES_ON.match(self.doc.text, c.end):
                return
        for name, rule in _RULES_FOR[key]:
            verdict = rule(self, c)
            if verdict is not None:
                if verdict:
                    start = c.start
                    if name in _ROLE_WORD_LEFT_OUT and len(c.words) > 1:
                        start = c.words[1].start  # (names30) "Nurse Hinewai": the name alone
                    elif name == "lower_title_before":
                        start = self.particles_before(c)[0]  # "mevrouw de Groot": "de Groot"
                    self.add(start, c.end, verdict, name)
                elif name in _LIST_HEADS and "patient" not in c.before:
                    self.staff_ends.add(c.end)
                if not verdict:
                    if name in ROLE_VETOES:
                        self.role_vetoed.append((c.start, c.end, name))
                    else:
                        self.vetoed.append((c.start, c.end))
                if not verdict and (
                    name in _NAMED_AS_STAFF
                    and len(c.words) > 1
                    and all(len(w.base) > 1 for w in c.words)  # "Dr. Siobhan A." may be a patient's
                    and "patient" not in c.before
                    and "patients" not in c.before
                ):
                    self.staff_named.update(c.lowers)
                return

    def plainly_common(self, i: int) -> bool:
        """Token ``i``, a run of one word, is a common capitalised word ("The", "Thanks")
        that none of ``_COMMON_ALONE_CUES`` can say yes to: no given name, no possessive
        ending, not after "the", a family or affection word or Tagalog's "si", "ni", "kay".
        (Nine runs in ten of a post read no further; the candidate is not built.)"""
        t = self.tokens[i]
        lower = t.lower
        if not (lower in lx.COMMON_CAPITALIZED or lower in lx.GREETING_TARGETS):
            return False
        if t.possessive or lower in lx.TITLES or lower in lx.AMBIGUOUS_NAMES:
            return False
        if lower in lx.GIVEN_NAMES:
            return False
        before = self.words_before(i, 1)
        prev = before[0] if before else ""
        return (
            prev != "the"
            and prev not in lx.RELATION_WORDS
            and prev not in lx.AFFECTION_WORDS
            and prev not in _TAGALOG_ARTICLES
        )

    def lead(self, run: list[int]) -> tuple[int, str]:
        """How many words open ``run`` without being part of the name (titles, a family
        word, "Hi", "I'm"), and the cue a title or family word gives ("" if none)."""
        toks = self.tokens
        strong = ""
        k, n = 0, len(run)
        while k < n and toks[run[k]].lower in lx.TITLES:
            strong = _TITLE_CUE
            k += 1
        if n - k > 1 and (
            toks[run[k]].lower in _RELATION_OR_COACH
            or (toks[run[k]].text == "Ate" and self.ate_as_kin(run, k))
            # (names87) a ward's word for its patient before a name no word is ("Inpatient
            # Marie-Claire Tshibangu, ward 7B"; not "Inpatient Physiotherapy"); (read
            # 135-138) a school's for its pupil ("Pupil Olamide's EpiPen expires"; not
            # "Pupil Premium"; not "Student", whom a prize's veto may drop the name of)
            or (
                toks[run[k]].lower in _ONES_WARD_OR_SCHOOL_WORD
                and a_listed_name_or_no_word(toks[run[k + 1]].lower.split("-")[0])
            )
        ):
            strong = strong or "a family word before a name"
            k += 1
        elif n - k > 1 and self.kin_abroad_at(run, k):
            # "Mein Bruder Stefan", "Unser Sohn Finn Becker", "mein Bruder Stefan": another
            # language's possessive and family word (German writes both capitalised)
            strong = strong or "a family word before a name"
            k += 2 if toks[run[k]].lower in lx.POSSESSIVES_ABROAD else 1
        if n - k > 1 and toks[run[k]].lower in lx.MONTHS and self.date_before(run[k]):
            k += 1  # (lead) "On the 2nd of May Odalys starts chemo": the month ends a date
        if (
            n - k > 1
            and toks[run[k]].lower == "to"
            and toks[run[k]].sentence_start
            and _MEMO_TO_AFTER.match(self.doc.text, toks[run[-1]].end) is not None
        ):
            k += 1  # (names55) "To Jermaine: your court date is …": a memo's addressee
        while n - k > 1 and self.is_lead_word(toks[run[k]], toks[run[k + 1]]):
            k += 1
            if toks[run[k]].lower in lx.TITLES:
                strong = _TITLE_CUE
                k += 1
            elif n - k > 1 and toks[run[k]].lower in _RELATION_OR_COACH:
                # "Can Grandpa Walt take …": a family word after the sentence's first word
                strong = strong or "a family word before a name"
                k += 1
        return k, strong

    def candidate(self, run: list[int]) -> Candidate | None:
        """The run without its lead words, and what is around it."""
        k, strong = self.lead(run)
        if k >= len(run):
            return None
        toks = self.tokens
        words = [toks[j] for j in run[k:]]
        first, last = words[0], words[-1]
        first_index, last_index = run[k], run[-1]
        lowers = [w.lower for w in words]  # a word's ``lower`` is its base's
        before = self.words_before(first_index, 4)
        after = self.next_word(last_index)
        head = lowers[0]
        return Candidate(
            words=words,
            lowers=lowers,
            first=first,
            last=last,
            first_index=first_index,
            last_index=last_index,
            start=first.start,
            end=last.start + len(last.base),
            strong=strong,
            before=before,
            prev=before[0] if before else "",
            after=after,
            after_lower=after.lower if after else "",
            known=head in lx.GIVEN_NAMES or head in lx.SURNAMES or lowers[-1] in lx.SURNAMES,
            ambiguous=head in lx.AMBIGUOUS_NAMES,
            common=head in lx.COMMON_CAPITALIZED or head in lx.GREETING_TARGETS,
        )

    def ate_as_kin(self, run: list[int], k: int) -> bool:
        """(names16) "Ate" at ``run[k]`` is the Filipino word for an older sister or a woman
        a little older, written before her given name ("Ate Grace, your CD is ready",
        "Salamat Ate Joy's family"): one listed given name follows it, and then a comma or
        a possessive ending. "Ate Thai food", "Ate McDonald's" are the English verb."""
        if self.tokens[run[k]].text != "Ate" or len(run) != k + 2:
            return False
        name = self.tokens[run[k + 1]]
        if name.lower not in lx.GIVEN_NAMES or name.lower in lx.place_names():
            return False
        after = self.token_after(run[k + 1])
        return name.possessive or (after is not None and after.text == ",")

    def kin_abroad_at(self, run: list[int], k: int) -> bool:
        """``run[k:]`` opens with another language's possessive and family word ("Mein
        Bruder …"), or with the family word after a lower-case possessive ("mein Bruder …"),
        and a word is left after them for the name."""
        toks = self.tokens
        word = toks[run[k]].lower
        if word in lx.POSSESSIVES_ABROAD:
            kin = toks[run[k + 1]].lower
            if kin in _GERMAN_SPOUSE and word in _GERMAN_POSSESSIVES:
                return len(run) - k > 2  # (read 151-154) "Mein Mann Cem hatte am 14. März …"
            return len(run) - k > 2 and kin in lx.RELATION_WORDS_ABROAD and not _a_name(kin)
        before = self.previous_word_token(run[k])
        if word in _GERMAN_SPOUSE:
            return (
                before is not None
                and not before.capitalized
                and before.lower in _GERMAN_POSSESSIVES
            )
        if word not in lx.RELATION_WORDS_ABROAD or _a_name(word):
            return False  # "Mia Mae Jones": "Mae" a given name, not "mãe"
        return (
            before is not None and not before.capitalized and before.lower in lx.POSSESSIVES_ABROAD
        )

    @staticmethod
    def is_lead_word(word: Token, following: Token) -> bool:
        """A capitalised word that starts a run without being part of a name ("Hi Maria")."""
        lower = word.base.lower()
        if word.possessive:
            return False
        if lower in lx.AMBIGUOUS_NAMES and following.base.lower() in lx.SURNAMES:
            return False
        if lower in lx.MONTHS and _surname_like(following.base.lower()):
            return False  # "Jan Kowalski", "June Carter": a given name, not a date
        if following.base.lower() in lx.TITLES and lower not in lx.GIVEN_NAMES:
            return True  # "Reach Mr. Pham": a title starts the name
        return (
            lower in _FIRST_PERSON
            or (word.sentence_start and lower in _LEAD_VERBS)
            or (word.sentence_start and lower in _MESSAGE_GERUNDS)
            or (
                word.sentence_start
                and lower in _NOTE_VERBS
                and following.base.lower() not in lx.AMBIGUOUS_NAMES
                and following.base.lower() not in lx.COMMON_CAPITALIZED
            )
            or (word.sentence_start and lower in _PRAISE_LEADS)
            # (names35) "Ahh Ayesha congrats", "Omg Kemi same": a chat's interjection
            # opening the sentence is no part of the name after it
            or (word.sentence_start and lower in _LEAD_INTERJECTIONS)
            or lower in lx.COMMON_CAPITALIZED
            or lower in lx.GREETINGS
            or (lower[:1] == "h" and drawn_out_greeting(lower))
            or lower in lx.MONTHS
            or lower in lx.WEEKDAYS
            or lower in lx.PUBLIC_TITLES
        )

    def _list_follows(self, i: int) -> bool:
        """A comma then another capitalised name: a list of people, not a greeting."""
        nxt = self.next_word(i)
        return bool(nxt and nxt.capitalized and nxt.lower in lx.GIVEN_NAMES)

    def _number_precedes(self, i: int) -> bool:
        """A day number right before a month word: "6 Jan" is a date, not a person; so is
        a day's ordinal (guard-shortclean7: "starting 3rd June", "moved to 14th June")."""
        j = i - 1
        while j >= 0 and self.tokens[j].kind not in ("word", "num", "newline"):
            if self.tokens[j].text.strip():
                return False
            j -= 1
        if j < 0:
            return False
        token = self.tokens[j]
        if token.kind == "num":
            return True
        # "3rd" is read as the number "3" and the word "rd", written together; only in a
        # sentence about no one and holding no form's field (a notice's "starting 3rd
        # June"): in a person's own or a form, the month read as a name has been what
        # blocked a booking form whose name and number the guard missed ("Name … / Mobile …
        # / Preferred date 15th April")
        if not (
            j > 0
            and token.lower in _ORDINAL_ENDINGS
            and self.tokens[j - 1].kind == "num"
            and self.tokens[j - 1].end == token.start
            and len(self.tokens[j - 1].text) <= 2
        ):
            return False
        month = self.tokens[i]
        left, right = sentence_around(self.doc.text, month.start, month.end)
        return _FORM_FIELD_WORD.search(self.doc.text, left, right) is None and not person_in(
            self.doc.text, month.start, month.end
        )

    def _number_follows(self, i: int) -> bool:
        nxt = self.token_after(i)
        return bool(nxt and nxt.kind == "num")

    def is_staff(
        self, words: list[Token], first_index: int, last_index: int, before: list[str]
    ) -> bool:
        lowers = {w.base.lower() for w in words}
        # A doctor's given name alone ("Sofia congrats on the baby!") is not the doctor.
        doctors_given = len(words) == 1 and lowers <= self.ctx.doctors_given_names
        if self.ctx.staff_words and lowers <= self.ctx.staff_words and not doctors_given:
            return True
        for at, w in enumerate(before[:3]):
            if w in _REPORTING_VERBS and _about_health(self.doc.sentence_text(words[0].sentence)):
                break  # (guard-recall2) "the school nurse said Aiden Brooks has lice": of someone's health
            if w in _VERBS_BETWEEN or _a_verb_in_the_past(w):
                break  # "the school nurse has Tyler's inhaler": the role does something to the name
            if w in _NEW_CLAUSE_BETWEEN:
                break  # (staff59) "did the dentist say when Jamal's stitches come out": another clause's
            if w in _NAMED_SELF_BETWEEN:
                break  # (read 151-154) "Habari daktari, naitwa Wanjiru": the writer's own name
            if (
                w in lx.RELATION_WORDS
                and at + 1 < len(before)
                and before[at + 1] in _KIN_NOT_THE_FIRMS
            ):
                # (guard-replies) "my partner Jordan": the writer's partner, not the firm's;
                # (names14) "we spoke to your partner Luke Hemi", "their partner Dana": the
                # reader's or a patient's, as a clinic's reply writes them
                break
            if w == "do":
                continue  # (guard-short4) "How do I help Anh …": the verb, not a D.O.
            if (w in lx.STAFF_WORDS and w not in ("dr", "doctor")) or w in lx.STAFF_WORDS_ABROAD:
                # (guard-replies) "my physio Dane broke his leg": the writer's own carer,
                # whose health the sentence tells, is theirs to keep private
                return before[at + 1 : at + 2] != ["my"] or not self._their_own_health(words[0])
            if w.endswith("s") and w[:-1] in _CARE_ROLE_WORDS:
                return True  # "the physiotherapists Nomvula and Themba": the team's, plural
            if at == 0 and w in GROUPS_BY_ROLE:
                return True  # (guard-longclean2) "Volunteers Kavya Reddy, Arjun Rao and …"
            if w.endswith("s") and (
                w[:-1] in lx.STAFF_WORDS_ABROAD or w[:-2] in lx.STAFF_WORDS_ABROAD
            ):
                return True  # (guard-longclean2) "às auxiliares Camila e Fernanda", plural
            if w in lx.RELATION_WORDS:
                break  # "our receptionist Paula's son Marcus": the son is no one of ours
        tail = self.doc.text[self.tokens[last_index].end : self.tokens[last_index].end + 40].lower()
        if _STAFF_AFTER.match(tail):
            following = re.match(
                r"^\s*,\s*(?:our|the|a|an|your)\s+(?:new\s+|lead\s+|head\s+)?(\w+)", tail
            )
            if (
                following
                and "your" in following.group(0)
                and _NOUN_GOES_ON.match(tail, following.end())
            ):
                return False  # "Hi Trevor Banda, your physio home-exercise video is …"
            return (
                not following
                or following.group(1) in lx.STAFF_WORDS
                or following.group(1)
                in (
                    "hygienist",
                    "dental",
                    "front",
                    "office",
                    "billing",
                    "physical",
                    "nurse",
                    "pediatric",
                    "practice",
                )
            )
        return False

    def _their_own_health(self, word: Token) -> bool:
        return THEIR_OWN_HEALTH.search(self.doc.sentence_text(word.sentence)) is not None

    def lowercase(self, i: int) -> None:
        """Casual replies: "hi maria", "thanks jake!!", "feels better danny!"."""
        t = self.tokens[i]
        if (
            t.lower not in lx.GIVEN_NAMES
            or t.lower in lx.AMBIGUOUS_NAMES
            or t.lower in lx.COMMON_CAPITALIZED
        ):
            return
        if self.is_suppressed(t.start, t.end) or t.lower in self.ctx.staff_words:
            return
        end = t.start + len(t.base)
        text = self.doc.text
        possessive = t.base.endswith(("'s", "’s")) or text.startswith(("'s", "’s"), end)
        if an_illness_by_eponym(text, t.start, end) or (
            possessive and _POSSESSIVES_THEN_THEIR_KIND.match(text, end)
        ):
            return  # (read 131-134) "addison's disease and extractions", "chadwick's, … signs"
        if t.lower in lx.HINDI_LATIN_WORDS and lx.hindi_in_latin(self.doc.text, enough=2):
            # (clean83) "dard hota hai": a word of the chat's language, no "Hai"; (session
            # 30) in a short notice too, itself and one more ("clinic kal band hai")
            return
        if _KIN_IN_APPOSITION.match(text, end) is not None or (
            t.sentence_start and _KIN_THEN_VERB.match(text, end) is not None
        ):
            self.add(t.start, end, _KIN_AFTER, LOWER_KIN)  # "kenji my husband has had hiccups"
            return
        if _LOWER_AGE.match(text, end) is not None:
            self.add(self.lower_name_start(i), end, _AGE_STATED_REASON, LOWER_AGE)
            return
        before = self.words_before(i, 3)
        if before and (
            before[0] in lx.GREETINGS
            # (the name ending its greeting, "hola lucía," "beste karim!", not a word of the
            # greeting's language after it, "Ciao, mia nonna", "Habari, jina langu"; a
            # town's name is left to the tagger: the greeting's veto reads "hola ramon" as a
            # town greeted, "Kia ora, Wellington!")
            or (
                (_A_GREETING_WORD.fullmatch(before[0]) or before[0] in lx.DEAR_ABROAD)
                and before[0] not in _FOLDED_VIETNAMESE
                and _GREETED_NAME_ENDS.match(self.doc.text, end) is not None
                and t.lower not in _CROWDS_GREETED
                and t.lower not in lx.place_names()
            )
            or before == ["soon", "well", "get"]
        ):
            # (guard-recall3) "get well soon malik": wishes, as a greeting is
            self.add(
                t.start, t.start + len(t.base), "a greeting addressed to someone", LOWER_GREETING
            )
            return
        sentence_start = self.doc.sentences[t.sentence][0]
        text = self.doc.text
        while sentence_start < len(text) and text[sentence_start].isspace():
            sentence_start += 1
        first_char = text[sentence_start : sentence_start + 1]
        nxt = self.token_after(i)
        if (
            first_char.islower()
            and text[sentence_start : t.start].strip() in _CHAT_OPENERS
            and t.lower not in lx.RELATION_WORDS  # ("lol nana ama …": the tagger's whole name)
        ):
            # (read 131-134) "lol brent that's what you get", "omg priya you look amazing"
            self.add(t.start, t.start + len(t.base), _ADDRESSED, LOWER_ADDRESSED)
            return
        if first_char.islower() and before and (nxt is None or nxt.text in _END):
            if t.lower in lx.RELATION_WORDS and before[0] in _OWNERS:
                return  # (read 131-134) "it made a big difference for my nana": kin, no name
            if not _english_before(text, sentence_start, t.start):
                return  # (read 99-102) "mwanangu baraka amechanjwa jana": Swahili's "yesterday"
            if _A_DAYS_NUMBER_BEFORE.search(text, max(0, t.start - 8), t.start):
                return  # (read 131-134) "é a 20 de março?", folded "marco": a month
            self.add(t.start, t.start + len(t.base), _ADDRESSED, LOWER_ADDRESSED)
        elif first_char.islower() and t.start == sentence_start and self._lower_unwell(t):
            # (guard-recall3) a chat typed all in lower case names its subject so too:
            # "jamal still has the cough", "fatima's bloodwork came back low"
            self.add(t.start, t.start + len(t.base), _UNWELL_SUBJECT, LOWER_UNWELL)
        elif first_char.islower() and self._lower_opened_unwell(t, sentence_start):
            # (guard-recall5) the same after a chat's opening words: "so fatima finally had
            # her gallbladder out", "i think dmitri has shingles", "update: tomasz is out of"
            self.add(t.start, t.start + len(t.base), _UNWELL_SUBJECT, LOWER_UNWELL)
        elif first_char.islower() and _a_person_object(self, end, t.sentence, before):
            # (guard-recall5) the object of a verb said of a person: "took sarah to a&e …
            # sent her home", "tired of kayden refusing his insulin"
            self.add(t.start, t.start + len(t.base), _PERSON_OBJECT, LOWER_OBJECT)

    def _lower_opened_unwell(self, t: Token, sentence_start: int) -> bool:
        """A lower-case given name after nothing but a chat's opening words in its sentence
        ("so", "ok", "i think", "update:"), as the unwell subject of a health sentence."""
        opening = re.findall(r"[\w'’]+", self.doc.text[sentence_start : t.start].lower())
        if not all(w in _CHAT_OPENERS for w in opening) or t.possessive:
            return False
        if _CHAT_SUBJECT_VERB.match(self.doc.text, t.start + len(t.base)) is None:
            return False
        return _health_or_care(self.doc.sentence_text(t.sentence))

    def lower_name_start(self, i: int) -> int:
        """Where a lower-case name ending at token ``i`` starts: up to two listed name words
        no everyday English word before it ("nguyen thi lan")."""
        toks = self.tokens
        start = toks[i].start
        j = i
        for _ in range(2):
            if j < 1 or toks[j - 1].kind != "word" or toks[j].start - toks[j - 1].end != 1:
                break
            word = toks[j - 1]
            if word.capitalized or word.sentence != toks[i].sentence:
                break
            if word.lower not in lx.GIVEN_NAMES and word.lower not in lx.SURNAMES:
                break
            if word.lower in lx.english_words():
                break
            j -= 1
            start = word.start
        return start

    def lower_titled(self, i: int) -> None:
        """A lower-case surname after a lower-case title or initial, as quick notes write
        them: "pt is mr. okonkwo, 80", "d. kowalski c/o dizziness" (not "e. coli")."""
        toks = self.tokens
        t = toks[i]
        initial = len(t.base) == 1
        j = i + 1
        if j < len(toks) and toks[j].text == "." and toks[j].start == t.end:
            j += 1
        elif initial:
            return  # a lone letter is an initial only with its full stop
        if j >= len(toks) or toks[j].kind != "word" or toks[j].capitalized:
            return
        word = toks[j]
        if word.start - toks[j - 1].end != 1:
            return
        lower = word.lower
        particle = None
        if (
            not initial
            and lower in _SURNAME_PARTICLES
            and t.lower in _COURTESY_TITLES
            and j + 1 < len(toks)
            and toks[j + 1].kind == "word"
            and not toks[j + 1].capitalized
            and toks[j + 1].start - word.end == 1
        ):
            # (read 147-150) an Irish or a Scots family name's particle first: "mr. ó
            # súilleabháin phoned", "mrs. ní bhriain", "mr. o sullivan"
            particle, word = word, toks[j + 1]
            lower = word.lower
        if initial:
            if lower not in lx.SURNAMES or lower in lx.english_words():
                return
        elif t.lower in _LOWER_HONORIFICS_ABROAD:
            if lower not in lx.SURNAMES or lower in lx.GIVEN_NAMES:
                return
        elif lower not in lx.SURNAMES and lower not in lx.GIVEN_NAMES:
            if not _unlisted_after_a_courtesy_title(t.lower, lower):
                return
            if _after_a_figure(toks, i):
                return  # "qtc 510 ms. workup?": milliseconds, no Ms
        elif lazy.zipf_frequency(lower, "en") >= _EVERYDAY_TITLED_ZIPF:
            return  # "mr. white", "mrs. brown": everyday words more often than names
        end = word.start + len(word.base)
        if self.is_suppressed(t.start, end) or lower in self.ctx.staff_words:
            return
        if initial and i > 0 and toks[i - 1].text == ".":
            return  # "a.m.", "e.g.": letters of an abbreviation
        start = t.start if initial else (particle or word).start
        self.add(start, end, _TITLE_CUE, LOWER_TITLED)

    def lower_doctor(self, i: int) -> None:
        """(names40a) A lower-case surname after a lower-case "dr", as chats write them
        ("anyone else seeing dr park at the Mission Valley clinic? she moved my appointment
        3 times"), read only where ``clinician_in_care_message`` reads a capitalised one:
        "dr oz", "dr pepper" and a clinician's tip are left alone."""
        toks = self.tokens
        t = toks[i]
        j = i + 1
        if j < len(toks) and toks[j].text == "." and toks[j].start == t.end:
            j += 1
        if j >= len(toks) or toks[j].kind != "word" or toks[j].capitalized:
            return
        word = toks[j]
        if word.start - toks[j - 1].end != 1 or word.lower not in lx.SURNAMES:
            return
        end = word.start + len(word.base)
        text = self.doc.text
        if len(text) > _CARE_MESSAGE_UP_TO or self.is_suppressed(t.start, end):
            return
        if word.lower in self.ctx.staff_words or _NOT_A_PATIENTS_MESSAGE.search(text):
            return
        lead = text[max(0, t.start - 30) : t.start]
        if _WRITTEN_TO_OR_BY.search(lead):
            return
        if _care_with_the_clinician(text, lead, t.start, end) or (
            _seen_or_asked_about(text, lead, end, word.possessive) and not _ON_A_SCREEN.search(text)
        ):
            self.add(word.start, end, _CLINICIAN_IN_CARE, "clinician_in_care_message")

    def foreign_greeting_pass(self) -> None:
        """A name after a greeting of another language written in Latin letters: "Kia ora
        Mereana, your recall is due", "Hola Vale, tu cita es el lunes", "Talofa Sina!". The
        names these greetings open are often on no list (Māori, Pacific, Latin American
        nicknames), and the table reads "Hola Vale" as one run, so it is read here.
        ``_greeted_in_latin`` says which words after the greeting are a person's name."""
        text = self.doc.text
        for m in _FOREIGN_GREETED.finditer(text):
            start, end = m.span("name")
            if self.is_suppressed(start, end) or not self._greeted_in_latin(m):
                continue
            self.add(start, end, "a greeting addressed to someone", FOREIGN_GREETING)

    def _greeted_in_latin(self, m: re.Match[str]) -> bool:
        """The words after a greeting of another language are a person's name: not the
        crowd, the country or the town greeted ("Kia ora koutou", "Namaste Pune!", "Hola
        Mexico"), nor staff; a listed given name, or any name the rest of the sentence
        speaks to ("Kia ora Hine, we've booked your koro …")."""
        name = m.group("name")
        lowers = [w.lower() for w in name.split()]
        head = lowers[0]
        if (
            head in _CROWDS_GREETED
            or head in _THE_WRITER  # "Kia ora, I'm writing for my koro …"
            or head in lx.GREETING_TARGETS
            or head in lx.COMMON_CAPITALIZED
            or head in lx.MONTHS
            or head in lx.WEEKDAYS
            or any(w in self.ctx.staff_words for w in lowers)
        ):
            return False
        listed = head in lx.GIVEN_NAMES and head not in lx.AMBIGUOUS_NAMES
        if not listed and (name.lower() in lx.place_names() or head in lx.place_names()):
            return False  # "Kia ora Wellington, your new clinic is open"
        if not listed and (len(lowers) > 1 or head in _PLACE_HEADS):
            return False  # "Kia ora Te Awamutu": a town too small for the lists
        if listed and m.group("stop"):
            return True
        end = m.end("name")
        return _SPOKEN_TO.search(self.doc.text, end, end + _SPOKEN_TO_REACH) is not None

    def _lower_unwell(self, t: Token) -> bool:
        """A lower-case given name opening its sentence as the unwell subject or with a
        possessive ending, in a sentence about health."""
        end = t.start + len(t.base)
        if t.possessive:
            return _about_health(self.doc.sentence_text(t.sentence))
        return subject_unwell(self, self.doc.text, t.start, end, t.sentence)

    def roster_pass(self) -> None:
        """Names of patients on the practice's roster, wherever they stand."""
        roster = self.ctx.roster
        if roster is None:
            return
        self.roster_full_names(roster)
        self.roster_words(roster)

    def roster_full_names(self, roster: RosterChecker) -> None:
        """Two adjacent words that are a roster patient's given and family name."""
        tokens, words = self.tokens, self.doc.words
        following = dict(zip(words, words[1:], strict=False))  # each word: the next one
        # The words a full name can start with: capitalised ones and lower-case given
        # names (``run`` lists those), in the order of the text.
        firsts = self.doc.capitals
        if self.lower_given:
            firsts = sorted(firsts + self.lower_given)
        for i in firsts:
            j = following.get(i)
            if j is None:
                continue
            a, b = tokens[i], tokens[j]
            if b.start - a.end > 2:
                continue
            if roster.has_full_name(a.base, b.base):
                self.add(a.start, b.start + len(b.base), _ROSTER, ROSTER_FULL_NAME)

    def roster_words(self, roster: RosterChecker) -> None:
        """A capitalised word that is a roster patient's given or family name, unless it
        opens a sentence as a common word, is staff, an eponym, or follows a staff word.
        (The cheap tests first: most words are on no roster.)"""
        staff_words = self.ctx.staff_words
        tokens = self.tokens
        for index in self.doc.capitals:
            t = tokens[index]
            lower = t.lower
            if t.sentence_start and (lower in lx.AMBIGUOUS_NAMES or lower in lx.COMMON_CAPITALIZED):
                continue
            if lower in staff_words or lower in lx.EPONYMS:
                continue
            if not (roster.has_given_name(t.base) or roster.has_surname(t.base)):
                continue
            if self.is_suppressed(t.start, t.end):
                continue
            before = self.words_before(index, 3)
            if any(w in lx.STAFF_WORDS and w not in ("dr", "doctor") for w in before):
                continue
            self.add(t.start, t.start + len(t.base), _ROSTER, ROSTER_WORD)

    def add(self, start: int, end: int, reason: str, rule: str) -> None:
        """Widen an overlapping recent span or add one; the guard merges overlapping name
        spans found further apart (the roster pass) afterwards."""
        for span in self.found[-4:]:
            if span.start < end and start < span.end:
                span.start, span.end = min(span.start, start), max(span.end, end)
                return
        self.found.append(NameSpan(start, end, reason, rule))


# (read 155-158) What ends a greeted name: a mark, an emoji or the text's end, no word.
_GREETED_NAME_ENDS = lazy.compile(r"[ \t]*(?:[^\w\s]|$)")
# Greetings of ``_FOREIGN_GREETINGS`` that are Vietnamese words as the guard folds them
# ("hỏi", ask; "ơi", after a name called): in lower case no greeting of a name after them.
_FOLDED_VIETNAMESE = frozenset(("hoi", "oi"))
# (guard-short4) Lower-case titles before a surname in quick notes ("pt is mr. okonkwo"),
# not "miss", a verb too; a surname that is an everyday word more often ("mr. white") is not read.
_LOWER_HONORIFICS_ABROAD = frozenset(
    # (read 155-158) Mr and Mrs as Dutch, German, Spanish, Italian, Portuguese and French
    # notes write them in lower case, a listed family name after them ("nachtdienst: mevrouw
    # peeters kamer 3"; a given name is left to the tagger, which reads the whole name:
    # "frau hildegard wagner"); not Polish "pani", Hindi's water as often ("pani puri")
    "mevrouw meneer mevr dhr herr frau señora señor sra signora signor senhora senhor"
    " monsieur madame mme".split()
)
_LOWER_HONORIFICS = frozenset(("mr", "mrs", "ms", "mx")) | _LOWER_HONORIFICS_ABROAD
_EVERYDAY_TITLED_ZIPF = 5.0
_LOWER_DOCTOR = frozenset(("dr", "dra"))
_EVERYDAY_DOCTOR_ZIPF = 4.0
# An age right after a lower-case name: "nguyen thi lan 67 y/o female", "ricardo, 45, has".
_LOWER_AGE = lazy.compile(
    # (the sex's letter in lower case, as a lower-case name's text writes it: "67 m")
    rf"(?:[ \t]*,?[ \t]*\d{{1,3}}[ \t]*(?:{lx.AGE_YO}|{lx.AGE_YR}|years?[ \t-]+old|-year-old|[mf])\b"
    r"|[ \t]*,[ \t]*\d{1,3}[ \t]*,|[ \t]*\([ \t]*\d{1,3}[ \t]*\))"
)


# (names13) Greetings of other languages that English-speaking practices' patients and staff
# write in Latin letters, then one or two capitalised words: the greeted. The greeting's own
# case is free ("KIA ORA", "hola"); a comma may follow it. ``stop`` is the comma, "!", dash
# or line end after the name, when there is one.
_FOREIGN_GREETINGS = (
    r"kia[ \t]+ora|t[eē]n[aā][ \t]+koe|m[aā]lo[ \t]+e[ \t]+lelei|talofa(?:[ \t]+lava)?|bula"
    r"|fakaalofa[ \t]+lahi[ \t]+atu|kia[ \t]+orana|aloha|mabuhay|kumusta|kamusta"
    r"|hola|buen[oa]s[ \t]+(?:d[ií]as|tardes|noches)|bonjour|bonsoir|salut|coucou|ciao"
    r"|buongiorno|buonasera|ol[áa]|oi|bom[ \t]+dia|boa[ \t]+tarde|hallo|moin|servus"
    r"|guten[ \t]+(?:tag|morgen|abend)|hej|hei|hoi|dia[ \t]+dhuit|namaste|namaskar|vanakkam"
    r"|sat[ \t]+sri[ \t]+akal|salaam|salam|assalamu?[ \t]+alaikum|as-salaam[ \t]+alaikum"
    r"|jambo|habari|sawubona|molo|dumela|merhaba|shalom|xin[ \t]+ch[àa]o|sawasdee|annyeong"
    r"|konnichiwa|ni[ \t]+hao|selamat[ \t]+(?:pagi|siang|sore|malam)|apa[ \t]+khabar"
    # (names29) wishes of other languages, to one person more often than a greeting is:
    # get well ("Bon rétablissement Gaëlle, on pense fort à toi", "Gute Besserung Jörg"),
    # happy birthday and congratulations
    r"|bon[ \t]+r[ée]tablissement|prompt[ \t]+r[ée]tablissement|gute[ \t]+besserung"
    r"|pronta[ \t]+recuperaci[óo]n|mej[óo]rate[ \t]+pronto|recupera[ \t]+presto|guarisci[ \t]+presto"
    r"|melhoras|beterschap|bon[ \t]+anniversaire|joyeux[ \t]+anniversaire|feliz[ \t]+cumplea[ñn]os"
    r"|feliz[ \t]+anivers[áa]rio|buon[ \t]+compleanno|alles[ \t]+gute(?:[ \t]+zum[ \t]+geburtstag)?"
    r"|f[ée]licitations|felicidades|parab[ée]ns|gefeliciteerd"
)
_LATIN_NAME_WORD = r"[A-ZÀ-ÖØ-Þ](?:[a-zß-öø-ÿāēīōū'’-]{1,19}|[A-ZÀ-ÖØ-ÞĀĒĪŌŪ'’-]{1,19})(?![\w'’-])"
_FOREIGN_GREETED = lazy.compile(
    rf"(?:^|(?<=[\s.!?(\"'“]))(?i:{_FOREIGN_GREETINGS})(?![\w'’-])[ \t]*,?[ \t]+"
    rf"(?P<name>{_LATIN_NAME_WORD}(?:[ \t]+{_LATIN_NAME_WORD})?)"
    r"(?:(?P<stop>[ \t]*(?:[,!:]|[-–—][ \t]|\n|$))|(?=[ \t]*[.?]|[ \t]+[a-z]))"
)
# Who a greeting to many greets: a people, a crowd, a land ("Kia ora koutou", "Hola a
# todos", "Kia ora Aotearoa", "Bonjour tout le monde", "Hej alla"), in the languages above;
# and the greeting's own last words ("Bula Vinaka!", "Salaam Alaikum", "Namaste Ji").
_CROWDS_GREETED = frozenset(
    """koutou katoa tātou tatou whānau whanau aotearoa todos todas amigos amigas familia
    tous toutes tout amis famille tutti amici famiglia alle leute zusammen everyone team
    equipo équipe mundo monde mondo welt kaibigan pamilya wapendwa marafiki
    vinaka lava nui ji alaikum aleikum alaykum
    alla allihop iedereen allemaal kaikki wszyscy""".split()
)
# How the names of towns open in the languages above ("Te Awamutu", "San Pedro", "La Paz").
_PLACE_HEADS = frozenset("te san santa santo são sao la le el los las port puerto".split())
# The words after the name speaking to the one greeted ("Bonjour Amélie! Votre couronne
# …"): you, your, or the same in Spanish, French, Italian, Portuguese and German, within
# ``_SPOKEN_TO_REACH`` characters.
_SPOKEN_TO_REACH = 100
_SPOKEN_TO = lazy.compile(
    r"\b(?i:you|your|yours|you['’](?:re|ve|ll)|u|ur|tu|tú|tuo|tua|vous|votre|vos"
    r"|você|voce|seu|sua|teu|dein|deine|deinen|dir|dich|toi|te|ti"
    # (read 79-82) the Nordic languages' and Dutch "your", "you" ("Hej Ole, påmindelse om
    # din tandlægetid", "Hoi Sem, je afspraak is morgen")
    r"|din|dit|dine|dig|deg|jij|jouw|je|uw)\b|\b(?:Sie|Ihre?|Ihnen)\b"
)


# -- the rules --------------------------------------------------------------------------
# Each rule reads one candidate and returns None (no opinion: the next rule reads it),
# VETO (not a patient's name: stop) or the reason it is one (add it: stop).
VETO = ""


# (read 151-154) German's husband and wife after a German possessive ("mein Mann", "meine
# Frau", "unser …"): words for a man and a woman in general, and "Frau" a title too, so
# left out of the family words abroad (``lexicon.RELATION_WORDS_ABROAD``), but a spouse there.
_GERMAN_SPOUSE = frozenset(("mann", "frau", "ehemann", "ehefrau"))
_GERMAN_POSSESSIVES = frozenset(
    "mein meine meinem meinen meiner unser unsere unserem unseren sein seine ihr ihre"
    " dein deine deinem deinen".split()
)
# Family words, not colleagues or friends: "my cousin Dr. Obi" is the writer's relative.
_KIN_WORDS = lx.RELATION_WORDS - frozenset(
    "patient patients partner friend bestie buddy pal neighbor neighbour".split()
)
_OWNERS = frozenset("my our his her their".split())
_RELATIVE_DOCTOR = "a doctor who is the writer's relative"


def doctor_relative(f: _Finder, c: Candidate) -> str | None:
    """ "my stepdad Dr. Alan Whitfield": a doctor who is the writer's or a patient's relative."""
    before = c.before
    if c.prev in _DOCTOR_WORDS and len(before) > 2 and before[1] in _KIN_WORDS:
        if before[2] not in _OWNERS:
            return None
        # (guard-longclean2) "His son Dr. Arthur Whitfield took over in 1958", "his wife,
        # Dr. Ifeoma Nwosu, a paediatrician": a family of doctors, the relative of a
        # clinician named before by the same family name, in a sentence of no one's care
        if before[2] != "my" and before[2] != "our" and c.lowers[-1] in f.staff_named:
            sentence = _sentence_near(f, c)
            if not THEIR_OWN_HEALTH.search(sentence) and not _about_health(sentence):
                return None
        return _RELATIVE_DOCTOR
    return None


# (clinicians30) A clinician named in a patient's or a relative's message about one person's
# care: "thank u Dr. Pham, finally got my braces off", "big love to Nurse Hinewai on the kids
# ward, my boy didn't cry once", "Dr. Nakamura-Lee wants the path report faxed to …", "Dr.
# Obi's office called about the biopsy", "Dr. Eze will see you at 9:15". Who treated one
# person, named in that person's message, tells who the patient is: the sets written to the
# outside evaluation's brief (28-31) mark such a name every time. A practice's notice, a
# staff bio, health news, a review's reply and a letter to the doctor stay as
# ``after_doctor`` reads them; so does any text longer than a message
# (``person_cues.SHORT_MESSAGE``, 280 characters).
_CARE_MESSAGE_UP_TO = SHORT_MESSAGE
_CARE_EVENT = (
    r"(?:scans?|biops(?:y|ies)|results?|(?:path(?:ology)?[ \t]+)?reports?|referral|appointments?"
    r"|appts?|x-?rays?|mri|ct|cbct|bloods|blood[ \t]+(?:test|work)|cbc|labs|procedure|surgery"
    r"|operation|braces|chemo(?:therapy)?|filling|crown|implant|stitches|prescription|meds"
    r"|check-?ups?|swelling|extraction|root[ \t]+canal|pacemaker|ultrasound|mammogram|smear"
    r"|injection|dressing|cast|discharge|follow-?up|delivery|treatment)"
)
_CARED_FOR_KIN = (
    r"(?:boy|girl|son|daughter|kids?|baby|husband|wife|partner|mum|mom|dad|mother|father|nan"
    r"|gran|grandma|grandpa|grandmother|grandfather)"
)
# ... and the writer's own care ("my braces", "my chemo days"), or their relative's in a
# place of care ("the kids ward, my boy didn't cry once"; not "the kind words when my dad
# passed": a relative thanked for, with no care told)
# (not "our" before the event, a practice's: "for training our team on implant surgery",
# "our referral pathway"; a relative right after the possessive: not "our practice's kids club")
_WRITERS_CARE = lazy.compile(
    rf"\b(?:my[ \t]+(?:[\w'’-]+[ \t]+){{0,2}}?{_CARE_EVENT}|(?:my|our)[ \t]+"
    rf"(?:(?:little|wee|baby|eldest|youngest|older|younger|elderly)[ \t]+)?(?P<kin>{_CARED_FOR_KIN}))\b",
    re.IGNORECASE,
)
_CARE_TOLD = lazy.compile(
    rf"\b(?:{_CARE_EVENT}|ward|clinic|hospital|surgery|theatre|icu|nicu|a&e|er|infusion|dentist)\b",
    re.IGNORECASE,
)
# The clinician (or their office) asks or tells of one person's care: "Dr. X wants the path
# report", "Dr. X said you can ring the ward … your mum's scan", "Dr. X's office called
# about the biopsy"
_CLINICIAN_TELLS = lazy.compile(
    r"(?:['’]s)?(?:[ \t]+(?:office|nurse|secretary|team|receptionist))?[ \t]+(?:wants|said|says|asked"
    r"|called|rang|needs|would[ \t]+like|ordered|has[ \t]+ordered|sent|is[ \t]+sending"
    # (namesrec37) "Dr. Lindgren's office will fax the referral to you this afternoon"
    r"|faxed|emailed|is[ \t]+faxing|will[ \t]+(?:fax|send|email|call|ring|phone))\b",
    re.IGNORECASE,
)
# ... of one person's care: the writer's ("my scan"), a relative's ("your mum's scan", "your
# husband's bloods") or a definite one ("the biopsy", "the path report"); not "your" alone,
# which a practice's tip says to everyone ("Dr. X says your check-up is the cheapest
# filling", "… your x-rays are safe")
_ONE_PERSONS_CARE = lazy.compile(
    rf"\b(?:(?:my|(?:your|ur|my|his|her|our)[ \t]+{_CARED_FOR_KIN}['’]s|mum['’]?s|mom['’]?s"
    rf"|dad['’]?s)[ \t]+(?:[\w'’-]+[ \t]+){{0,2}}?{_CARE_EVENT}|(?P<definite>the)[ \t]+{_CARE_EVENT})\b",
    re.IGNORECASE,
)
# One patient's booking: "Dr. X will see you at 9:15", "… tomorrow", "… on the 12th";
# (namesrec37) "Dr. Phan can see her on the 3rd of June", "… could see him next Tuesday": the
# one patient a relative writes of ("her", "him", "my son")
_SEES_YOU_AT = lazy.compile(
    r"[ \t]+(?:will|can|could)[ \t]+see[ \t]+(?:you|u|him|her|them|(?:my|your)[ \t]+\w+)[ \t]+"
    r"(?:at[ \t]+\d|on[ \t]+(?:the[ \t]+)?\d|tomorrow|today|tonight"
    r"|this[ \t]+(?:morning|afternoon|evening)|next[ \t]+(?:week|mon|tues|wednes|thurs|fri|satur|sun)"
    r"|on[ \t]+(?:mon|tues|wednes|thurs|fri|satur|sun)day\b(?!s))",
    re.IGNORECASE,
)
# (namesrec37) The writer, or their relative, was seen by the clinician: "saw Dr. Haruka Mori
# at Toronto Western today for my migraines", "saw Dr. Lindqvist already", "my mum was
# referred to Dr. X", "my appointment with Dr. X". Past, as the person seen tells it: the
# practice invites in the present ("come and see Dr. X", "you can see Dr. X on Saturdays").
_SEEN_BY_BEFORE = lazy.compile(
    r"\b(?:saw|seen|visited|(?:went|been)[ \t]+to(?:[ \t]+see)?|referred(?:[ \t]+(?:me|him|her|us))?"
    r"[ \t]+to|(?P<booked>(?:my|his|her|our)[ \t]+(?:appointment|appt|consult(?:ation)?|visit)[ \t]+with))"
    r"[ \t]+$",
    re.IGNORECASE,
)
# (namesrec37) One patient's booking with the clinician, a day or an hour after it: "ur
# dentist appt w/ Dr Sandoval is thurs 3/6 at 8:15", "my appointment with Dr. Obi is on 12/4";
# not "Book your appointment with Dr X at 555-0100" (an invitation, a line)
_BOOKED_WITH_BEFORE = lazy.compile(
    r"(?<!book[ \t])(?<!make[ \t])\b(?:ur|your|my|his|her)[ \t]+(?:[\w'’-]+[ \t]+)?(?:appt|appointment"
    r"|booking)[ \t]+(?:w/|with)[ \t]+$",
    re.IGNORECASE,
)
_BOOKING_WHEN_AFTER = lazy.compile(
    r"[ \t]+(?:is|on|at)\b[^.!?\n]{0,30}?(?:\d{1,2}[:.]\d{2}|\b\d{1,2}/\d{1,2}\b|\b\d{1,2}[ \t]*(?:am|pm)\b)",
    re.IGNORECASE,
)
# (namesrec37) A question to others about one clinician for the writer's or a relative's
# care: "does anybody know Dr. Marta Kowalczyk at Sheffield Children's? My mum is being
# referred to her", "has anyone seen Dr. Ingrid Holm in Bergen? my appointment is next week"
_ANYONE_KNOW_BEFORE = lazy.compile(
    r"\bany(?:one|body|1)[ \t]+(?:here[ \t]+)?(?:know|knows|seen|been[ \t]+to|recommend|heard[ \t]+of"
    r"|tried|used|had|gone[ \t]+to|see"
    # (names40a) "anyone else seeing dr park …? she moved my appointment 3 times"
    r"|(?:else[ \t]+)?(?:seeing|going[ \t]+to|goes[ \t]+to|been[ \t]+seeing))[ \t]+$",
    re.IGNORECASE,
)
_REFERRED_OR_BOOKED = lazy.compile(
    r"\b(?:referr(?:ed|al)|appointment|appt|booked|seeing[ \t]+(?:her|him)|surgery|operat\w*)\b",
    re.IGNORECASE,
)
# ... the care one person had: the writer's or a relative's ("for my migraines", "my mum's")
_FOR_ONES_OWN = lazy.compile(
    r"\b(?:for[ \t]+(?:my|his|her)|my|(?:mum|mom|dad|nan)['’]?s|i|i['’]m|me)\b", re.IGNORECASE
)
# ... the visit's reason, right after the clinician or their place: "… today for my knee"
_FOR_A_COMPLAINT = lazy.compile(r"\bfor[ \t]+(?:my|his|her)[ \t]+\w", re.IGNORECASE)
# (namesrec37) The clinician referred one person on: "Dr. Sibanda referred me to a
# cardiologist", "… has referred my mum for a scan"
_REFERRED_ONE = lazy.compile(
    r"[ \t]+(?:has[ \t]+|just[ \t]+|already[ \t]+)?referred[ \t]+(?:me|him|her|us|my[ \t]+\w+)"
    r"[ \t]+(?:to|for|on)\b",
    re.IGNORECASE,
)
# Seen on a screen or a stage, not in a room of care ("saw Dr. Pimple Popper on TV")
_ON_A_SCREEN = lazy.compile(
    r"\b(?:tv|telly|netflix|podcast|episode|documentary|streamed|interview|videos?|reels?"
    r"|livestream|webinar|lecture|conference|on[ \t]+the[ \t]+news"
    # (not "book a follow-up", "show me", "talk to my GP": a noun of theirs)
    r"|(?:her|his|their|the|a)[ \t]+(?:book|talk|show|channel|feed))\b",
    re.IGNORECASE,
)
# (namesrec37) Thanks, then how the patient is since: "Thank you so much Dr. Adeyemi, Bisola
# is sleeping through the night", "thanks Dr. Obi, she's eating again", "… my son has no
# pain"; not "Thanks Dr. X, you are the best" (the reader), nor "… We are grateful"
_THANKS_THEN_PATIENT = lazy.compile(
    r"[ \t]*[,!.—–-]+[ \t]*(?:he|she|(?P<name>(?-i:[A-Z])[\w-]+)|(?:my|our)[ \t]+(?:(?:little|wee"
    rf"|baby|eldest|youngest)[ \t]+)?{_CARED_FOR_KIN})(?:['’]s[ \t]+\w+ing\b|[ \t]+(?:is|was|has"
    r"|had|can|could|slept|sleeps|feels|felt|finally|now|no[ \t]+longer|hasn['’]t|isn['’]t"
    r"|doesn['’]t|didn['’]t)\b)",
    re.IGNORECASE,
)
# A definite care event is one person's in a message of the writer's ("asked me to tell
# you the biopsy …"), with a number or a mailbox to reach, or a day to do it by ("faxed to
# 503.555.0197 before tomorrow"); "Dr. X says the procedure takes an hour" is a tip
_WRITER_OR_CONTACT = lazy.compile(
    r"\b(?:me|my|i|tomorrow|today|tonight|this[ \t]+(?:morning|afternoon|evening)|to[ \t]+(?:you|u))\b"
    # (names40a) or its day ("wants a CBC before the procedure on the 18th")
    r"|\bon[ \t]+the[ \t]+\d{1,2}(?:st|nd|rd|th)\b|\bon[ \t]+\d{1,2}/\d{1,2}\b"
    r"|@|\+\d|\d{3,}[ \t.-]\d{3}",
    re.IGNORECASE,
)
# The practice or a notice speaks, or the clinician is written to or writes
_NOT_A_PATIENTS_MESSAGE = lazy.compile(
    r"\b(?:we['’]re[ \t]+sorry|our[ \t]+records|call[ \t]+us"
    # (not "thank u Dr Okoro and the whole team": the writer thanks the clinician and theirs)
    r"|(?<!\band[ \t])the[ \t]+(?:whole[ \t]+)?team"
    r"|(?:for|your|the|kind|lovely|great|google|5[ \t-]?star)[ \t]+(?:reviews?|feedback)|reviewer|stars"
    # a rota's or a notice's recurring days ("will see you at 9am on Saturdays, book online")
    r"|shift|rota|covering|book[ \t]+online|walk-?ins?|every[ \t]+\w+day"
    r"|(?:mon|tues|wednes|thurs|fri|satur|sun)days"
    r"|welcom\w*|meet|joins?|joined|accepting|new[ \t]+patients"
    r"|bio|newsletter|hours|closed|spotlight|congrat\w*)\b",
    re.IGNORECASE,
)
_WRITTEN_TO_OR_BY = lazy.compile(
    r"\b(?:dear|hi|hello|hey|this[ \t]+is|i['’]?m|i[ \t]+am|desk[ \t]+of|from)[ \t,]*$",
    re.IGNORECASE,
)
# (names40a) The writer passes one person's care on to the clinician: "I'll fax the perio
# chart to Dr X today", "can u tell Dr X i cant come tmrw", "pls let Dr X know the swelling
# is down", "forwarding my MRI to Dr X"; a verb of sending or telling, its object between
_PASSED_TO_BEFORE = lazy.compile(
    r"\b(?:tell|telling|told|let|ask|asking|remind|fax(?:ed|ing)?|send(?:ing)?|sent|forward(?:ed|ing)?"
    r"|e-?mail(?:ed|ing)?|pass(?:ed|ing)?[ \t]+(?:it[ \t]+)?on|give|giving|show|message|text)\b"
    r"[^.!?\n]{0,40}?[ \t]to[ \t]*$"
    # "Just spoke w/ Dr. X's office, they'll fax the clearance by noon": the writer spoke
    r"|\b(?:spoke|spoken|talked|speaking|talking)[ \t]+(?:w/|with|to)[ \t]*$"
    # "Call Nurse X on +358 … if the swelling gets worse": the number of one person's carer
    r"|(?P<bare>\b(?:tell|let|ask|remind|message|text|inform|call|ring|phone|contact)[ \t]*$)",
    re.IGNORECASE,
)
# ... told to the clinician with no "to" ("tell Dr X i cant come", "let Dr X know the
# swelling is down"): the writer's own care, or a definite one; "Ask Dr. X about our new
# whitening offer at your next visit" is a practice's tip to every reader
_WRITERS_OWN = lazy.compile(
    rf"\b(?:i|i['’](?:m|ll|ve|d)|me|my|pt|the[ \t]+patient|(?:my|our)[ \t]+{_CARED_FOR_KIN})\b",
    re.IGNORECASE,
)
# ... or a record of theirs sent on ("the perio chart", "the panoramic", "my films")
_RECORD_SENT = lazy.compile(
    r"\b(?:chart|panoramic|pano|opg|x-?rays?|radiographs?|films?|records?|notes|photos|impressions"
    r"|scans?|reports?|results|referral|letter|forms?|clearance)\b",
    re.IGNORECASE,
)
_ONE_RECORD = lazy.compile(
    rf"\bthe[ \t]+(?:[\w'’-]+[ \t]+)?(?:{_CARE_EVENT}|chart|panoramic|pano|opg|films?|notes|photos"
    r"|impressions|clearance)\b",
    re.IGNORECASE,
)
# ... in a message of one person's own: the writer's, the reader's or a patient's ("i cant
# come", "my son", "ur x-rays", "pt"); a practice passing a reviewer's "comments" on is left
# to the review vetoes before this
_ONES_OWN_CARE = lazy.compile(
    r"\b(?:i|i['’](?:m|ll|ve|d)|me|my|u|ur|your|pt|the[ \t]+patient|his|her|him|mi|mis|su|sus"
    r"|ma|mon|mes|votre|meine[mnrs]?|meu|minha|o[ \t]+meu|a[ \t]+minha)\b",
    re.IGNORECASE,
)
# (names40a) One patient's booking with the clinician, in any of the ways a reminder or a
# patient writes it ("your implant consult with Dr. X is at the Ridgewood office", "Su
# consulta con la Dra. X es el jueves", "Votre rendez-vous avec le Dr X", "ur cleaning w/
# Dr X"): a possessive of one person, the visit's word, then "with" and the title. An
# invitation ("book your consultation with Dr X online") is no booking of one person's.
_VISIT_WITH_BEFORE = lazy.compile(
    # (names40a: "I have an appointment with Dr. X on Tuesday for my wisdom tooth")
    r"\b(?:i|we|he|she|my[ \t]+\w+)[ \t]+(?:have|has|had|got|['’]ve[ \t]+got)[ \t]+(?:an?[ \t]+)?"
    r"(?P<what3>(?:[\w'’-]+[ \t]+)?)(?:appt|appointment|consult(?:ation)?|check-?up|cleaning"
    r"|follow-?up)[ \t]+(?:w/|with)[ \t]*$|"
    # (one named person's: "Appt for Guadalupe at 3:15 with Dr. X")
    r"\b(?:appt|appointment|consult(?:ation)?|visit|check-?up|cleaning|cita|consulta|rdv|termin)"
    r"[ \t]+for[ \t]+(?-i:[A-Z])[\w'’-]+\b(?P<what2>)[^.!?\n]{0,30}?[ \t](?:with|w/|con|avec|mit)[ \t]*$|"
    r"(?<!book[ \t])(?<!make[ \t])(?<!schedule[ \t])\b(?:your|ur|my|his|her|su|tu|mi|votre|ton"
    r"|ta|ihr|ihre|ihren|seu|sua|o[ \t]+seu|a[ \t]+sua)[ \t]+(?P<what>(?:[\w'’-]+[ \t]+){0,2}?)(?:appt|appointment"
    r"|consult(?:ation)?|visit|check-?up|cleaning|review|follow-?up|session|exam|cita|consulta"
    r"|rendez-vous|rdv|termin|turno|visita)\b[^.!?\n]{0,50}?[ \t](?:with|w/|con|avec|mit|com|bei)"
    r"(?:[ \t]+(?:la|el|le|der|dem|a|o))?[ \t]*$",
    re.IGNORECASE,
)
# ... its day or hour, in the languages of the visit's words, or where it is
_VISIT_WHEN = lazy.compile(
    r"\b\d{1,2}[:.h]\d{2}\b|\b\d{1,2}[ \t]*(?:am|pm|h|uhr)\b|\b\d{1,2}/\d{1,2}\b"
    r"|\b(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)(?:day)?\b|\b(?:tomorrow|tmrw|tonight|today"
    r"|next[ \t]+week|lunes|martes|miércoles|jueves|viernes|sábado|domingo|mañana|lundi|mardi"
    r"|mercredi|jeudi|vendredi|samedi|demain|montag|dienstag|mittwoch|donnerstag|freitag|morgen"
    r"|segunda|terça|quarta|quinta|sexta|amanhã)\b",
    re.IGNORECASE,
)
_VISIT_WHERE_AFTER = lazy.compile(
    r"[ \t]+(?:is|will[ \t]+be|has[ \t]+been|was)[ \t]+(?:at|in|on|moved|changed|cancell?ed)\b",
    re.IGNORECASE,
)
# (names40a) The clinician did one person's care: "Dr. X already reviewed the CT, pt is
# cleared", "Dr X did my crown last week", "Dr X in Umhlanga sorted my tooth", "love Dr. X,
# she fixed my chipped tooth"; the deed right after the name (a place or a pronoun between)
# (read 135-138) the clinician asked about, then what they did ("was it Dr. Yusuf?? he did
# mine too"): a question's or a sentence's end may part them
_DID_CARE_AFTER = lazy.compile(
    r"(?:[ \t]+(?:in|at)[ \t]+(?:the[ \t]+)?[A-Z][\w'’-]+(?:[ \t]+[A-Z][\w'’-]+)?"
    r"|[ \t]*[,?!.]{0,3}[ \t]*(?:she|he|who))?"
    r"[ \t]+(?:(?:has|had|just|already|finally|also)[ \t]+)?(?:reviewed|checked|examined|cleared"
    r"|saw|seen|did|done|fixed|sorted|pulled|extracted|placed|removed|treated|operated|diagnosed"
    r"|prescribed|moved|cancell?ed|rescheduled|looked[ \t]+at|signed[ \t]+off|stitched|took[ \t]+out"
    r"|put[ \t]+in|filled|repaired|fitted|drained|read)\b(?P<one>[ \t]+(?:him|us|me)\b"
    # "examined her and says …", not "did her residency at Emory" (a bio's "her")
    r"|[ \t]+her\b(?![ \t]+(?!and\b|on\b|at\b|in\b|for\b|today\b|yesterday\b|this\b|last\b|again\b)[a-z]))?",
    re.IGNORECASE,
)
# (names40a) ... or gave, put, changed one person's care, the person right after the verb:
# "Nurse Mbali changed my dressing", "Dr. X gave my daughter amoxicillin", "Dr. X put my dad
# on warfarin"; not "Dr. X gave a talk", "started her residency" (a bio's "her" is not read)
_DID_TO_ONE_AFTER = lazy.compile(
    r"(?:[ \t]*,?[ \t]*(?:she|he|who))?[ \t]+(?:(?:has|had|just|already|finally|also)[ \t]+)?"
    r"(?:gave|given|put|changed|started|stopped|admitted|discharged|booked|adjusted|tightened"
    r"|replaced|numbed|cleaned|injected|delivered|x-rayed"
    r"|scanned|splinted|sutured)[ \t]+(?:my|me|us|him|pt|your|ur|the[ \t]+patient)\b",
    re.IGNORECASE,
)
# (names40a) In the clinician's own rooms with one's own care: "sitting in Dr. X's waiting
# room, my tooth is throbbing"; a symptom told (not "… and my son loves the fish tank")
_IN_THEIR_ROOMS_AFTER = lazy.compile(
    r"['’]s[ \t]+(?:waiting[ \t]+room|office|surgery|clinic|rooms|chair|practice)\b", re.IGNORECASE
)
# (names40a) ... or will do it: "Dr Kaur is doing my root canal on Friday", "Dr. Mensah is
# seeing my mum at 3"; only the writer's own right after ("my colleague Dr Shah will see my
# patients" is a cover; a practice's "Dr. X will check your gums at every visit" promises
# every reader)
_WILL_DO_AFTER = lazy.compile(
    r"[ \t]+(?:is|['’]s|will(?:[ \t]+be)?|is[ \t]+going[ \t]+to)[ \t]+(?:doing|do|seeing|see|placing"
    r"|place|pulling|pull|removing|remove|taking[ \t]+out|take[ \t]+out|fitting|fit|checking|check"
    r"|treating|treat|operating|extracting|extract|reviewing|review)[ \t]+(?:my[ \t]+(?!patients\b"
    r"|colleagues?\b|clients\b|list\b|clinic\b)|me\b|us\b|him\b|pt\b)",
    re.IGNORECASE,
)
# (names40a) A relative's own clinician: "my son's orthodontist Dr. X says his braces come
# off in May", "my mum's GP, Dr X, wants bloods"; the relation ties the patient to them (the
# writer's own "my dentist Dr. X" is left: "my dentist is Dr. Molly Malone, no relation")
_KINS_CLINICIAN_BEFORE = lazy.compile(
    rf"\b(?:my|our)[ \t]+(?:(?:little|baby|eldest|youngest|older|younger|elderly)[ \t]+)?"
    rf"{_CARED_FOR_KIN}['’]s[ \t]+(?:\w+[ \t]+)?(?:orthodontist|dentist|doctor|gp|surgeon|paediatrician"
    r"|pediatrician|consultant|oncologist|cardiologist|specialist|physio|hygienist|midwife"
    r"|neurologist|dermatologist|endodontist|periodontist)[ \t,]*$",
    re.IGNORECASE,
)
# ... to one patient: the writer's, a relative's or a chart's ("my crown", "pt is cleared",
# "her tooth"); not "Dr. X performed the first …" of the news
_DONE_TO_ONE = lazy.compile(
    rf"\b(?:my|me|pt|the[ \t]+patient|your|ur|(?:our|his|her)[ \t]+{_CARED_FOR_KIN}|mine)\b",
    re.IGNORECASE,
)
# (names40a) Thanks for seeing, fitting in or looking after one person: "Thanks Dr. X for
# seeing us so quickly", "thank you Dr X for seeing my daughter at such short notice"
_THANKED_FOR_SEEING = lazy.compile(
    r"[ \t,]+for[ \t]+(?:seeing|fitting|squeezing|looking[ \t]+after|taking[ \t]+care[ \t]+of"
    r"|treating|sorting|fixing|helping|getting|being[ \t]+so[ \t]+\w+[ \t]+with)[ \t]+"
    rf"(?:us|me|him|her|them|my|our|\w+['’]s|{_CARED_FOR_KIN})\b",
    re.IGNORECASE,
)
# (names40a) Thanks in another language, then the writer's own after the name ("merci Dr
# X, ma fille n'a plus mal aux dents", "obrigada Dra. X, o meu implante ficou perfeito",
# "danke Dr. X, meine Mutter kann wieder essen"); not "merci Dr X pour votre conférence"
_THANKS_ABROAD_BEFORE = lazy.compile(
    r"\b(?:merci(?:[ \t]+beaucoup)?|obrigad[oa]|(?:muchas[ \t]+)?gracias|danke(?:[ \t]+schön)?"
    r"|vielen[ \t]+dank|grazie(?:[ \t]+mille)?|dank[ \t]+u(?:[ \t]+wel)?|tack|takk|kiitos|dziękuję"
    r"|asante)[ \t,!]*(?:(?:à|a|al|la|le|an|aan|der|dem)[ \t]+){0,2}$",
    re.IGNORECASE,
)
_OWN_ABROAD_AFTER = lazy.compile(
    r"\b(?:mon|ma|mes|meu|minha|meus|minhas|mi|mis|mein(?:e[mnrs]?)?|mio|mia|miei|mijn|min|mitt"
    r"|mina|moj[aeu]?|nuestr[oa]s?|notre|nos)[ \t]+\w",
    re.IGNORECASE,
)
# (names40a) A letter to the clinician carrying one person's record: "Lieber Herr Dr. X,
# anbei der Befund meiner Mutter, geb. 03.04.1938", "Dear Dr X, please find attached the
# referral for my mother, DOB …", "Dr. X, the patient you referred, Gift Mokoena, missed
# her follow-up"; not a letter with no one's record in it ("Dear Dr X, thank you for the talk")
_LETTER_OPENS = lazy.compile(
    r"(?:^|\b(?:dear|lieber|liebe|sehr[ \t]+geehrte[rs]?|estimad[oa]|querid[oa]|cher|chère|caro|cara"
    r"|hi|hello))[ \t,]*(?:(?:herr|frau|mr|mrs|ms)\.?[ \t]+)?$",
    re.IGNORECASE,
)
_ONES_RECORD = lazy.compile(
    # a birth date, a record's label or "the patient you referred" (not "born in Winnipeg",
    # an obituary's; nor "thank you for the referral letter for my son", a thanks)
    r"\b(?:geb|dob|d\.o\.b|born[ \t]+(?:on[ \t]+)?(?=\d)|date[ \t]+of[ \t]+birth|fecha[ \t]+de[ \t]+nacimiento"
    r"|né[e]?[ \t]+le|versichert\w*|befund\w*|the[ \t]+patient[ \t]+you|your[ \t]+patient|mrn"
    r"|nhs[ \t]+(?:no|number)|uhid|hospital[ \t]+(?:no|number)|meine[rsm]?[ \t]+(?:mutter|vaters?"
    r"|sohn(?:es)?|tochter|frau|mann(?:es)?))(?:\b|(?<=[ \t]))",
    re.IGNORECASE,
)
_CARER_TITLES = frozenset(("nurse", "prof", "professor"))
_CLINICIAN_IN_CARE = "a clinician named in a message about one person's care"
# How the finding's reason ends (``rules.drop_vetoed_names`` keeps such a name)
CLINICIAN_IN_CARE_TAG = "[name.clinician_in_care_message]"


def clinician_in_care_message(f: _Finder, c: Candidate) -> str | None:
    """ "thank u Dr. Pham, got my braces off": one person's clinician, in a message of it."""
    if c.strong or c.common:
        return None  # (the table's marks: a titled or a common run is read by other rules)
    # (clinicians48) a professor as a doctor ("Prof. Menon wants the case report by Friday")
    nurse = c.lowers[0] in _CARER_TITLES and len(c.words) > 1
    if not (nurse or c.prev in _DOCTOR_WORDS or c.prev in _CARER_TITLES):
        return None
    text = f.doc.text
    if len(text) > _CARE_MESSAGE_UP_TO or f.is_suppressed(c.start, c.end):
        return None
    if f.ctx.staff_words and set(c.lowers[nurse:]) <= f.ctx.staff_words:
        return None  # the practice's own clinician ("thanks Dr. Pham", Dr. Linh Pham its own)
    # the title right before the name (``_TITLE_BEFORE``, "Dr", "Mrs", "Nurse"…, defined
    # with the medicine rules below)
    title = None if nurse else _TITLE_BEFORE.search(text, max(0, c.start - 12), c.start)
    opening = title.start() if title else c.start
    lead = text[max(0, opening - 30) : opening]
    if _NOT_A_PATIENTS_MESSAGE.search(text):
        return None
    if _a_letter_with_ones_record(text, opening, c.end) and not _an_everyday_word(c.lowers[-1]):
        return _CLINICIAN_IN_CARE
    if _WRITTEN_TO_OR_BY.search(lead):
        return None
    if THANKS_BEFORE.search(lead):
        care = _WRITERS_CARE.search(text)
        if care and (care.group("kin") is None or _CARE_TOLD.search(text)):
            return _CLINICIAN_IN_CARE
        if _a_patient_after_thanks(text, c.end):
            return _CLINICIAN_IN_CARE
    if _SEES_YOU_AT.match(text, c.end) or _REFERRED_ONE.match(text, c.end):
        return _CLINICIAN_IN_CARE
    if _BOOKED_WITH_BEFORE.search(lead) and _BOOKING_WHEN_AFTER.match(text, c.end):
        return _CLINICIAN_IN_CARE
    if _seen_or_asked_about(text, lead, c.end, c.last.possessive) and not _ON_A_SCREEN.search(text):
        return _CLINICIAN_IN_CARE
    told = _CLINICIAN_TELLS.match(text, c.end)
    care_told = _ONE_PERSONS_CARE.search(text, told.end()) if told else None
    if care_told and (care_told.group("definite") is None or _WRITER_OR_CONTACT.search(text)):
        return _CLINICIAN_IN_CARE
    if _care_with_the_clinician(text, lead, opening, c.end) and not _an_everyday_word(c.lowers[-1]):
        return _CLINICIAN_IN_CARE
    # (the run's last word but a contraction: "Dr Fonoti I'm" is read as one run)
    last = next((w for w in reversed(c.lowers) if not w.endswith(("'m", "’m"))), c.lowers[-1])
    if _one_persons_care_message(text, lead, c.end) and not _an_everyday_word(last):
        if not public_figure_in(text[opening : c.end].lower()) and not _A_THING_BEFORE.search(lead):
            return _CLINICIAN_IN_CARE
    return None


# (clinicians48) Whatever the clinician is said to do, a short message one person writes
# or is sent about their own care: "Dr. Mensah said the biopsy will take 5-7 business days",
# "no prob Dr. Lindgren, I'll pull the CBCT for you", "idk Kaylee ask Dr. Beaumont she's on
# call", "Dr Okonkwo told us our son needs grommets". The sets written fresh (40-47) mark
# such a clinician in a hundred wordings, each set its own: what they share is a person's
# voice (the writer's "I" or "my", the reader's "you", a patient's "pt", a chat's "kk",
# "pls", "idk"), one person's care (a health word, a record, a visit) and none of a
# practice's, a newsroom's or a bio's voice.
# (not "you" or "your" alone: a practice's tip says them to every reader, "Dr. Patel says
# your child's first check-up should happen by their first birthday")
_A_PERSONS_VOICE = lazy.compile(
    r"\b(?:i|i['’](?:m|ll|ve|d)|im|ill|me|my|mine|u|ur|pt"
    r"|(?:told|asked|gave|sent|saw|seen|see)[ \t]+us|kk|pls|plz|idk|thx|no[ \t]+prob|ya|yep)\b",
    re.IGNORECASE,
)
# A possessive or an article right before the title: a thing called so, not a carer ("wore
# my Dr. Martens", "the Dr. Scholl insoles")
_A_THING_BEFORE = lazy.compile(
    r"\b(?:my|your|his|her|their|our|the|a|an|these|those|new|old)[ \t]+$", re.IGNORECASE
)
# ... and nothing of a practice's voice ("our newest associate", "we're open", "call us"),
# of news, research or fame ("led by Dr. X", "on CNN", "her memoir"), of a bio ("trained at
# Wits", "joins us in March") or of a notice ("on leave", "will cover")
_PUBLIC_OR_PRACTICE_VOICE = lazy.compile(
    rf"\bour[ \t]+(?!(?:(?:little|wee|baby|eldest|youngest|older|younger)[ \t]+)?{_CARED_FOR_KIN}\b)"
    # (a family's "we'll just watch the lesion" is no practice's)
    r"|\bwe(?:['’]re|[ \t]+are)[ \t]+(?:open|closed|hiring|accepting|excited|delighted|proud|pleased"
    r"|thrilled|happy[ \t]+to)\b|\bwe(?:['’]ll|[ \t]+will)[ \t]+be[ \t]+(?:closed|open)\b"
    r"|\bwe(?:['’]ve|[ \t]+have)[ \t]+(?:moved|opened)\b|\bwe[ \t]+(?:offer|welcome|now)\b"
    r"|\b(?:call|contact|join|visit)[ \t]+us\b"
    r"|\b(?:researchers?|research|led[ \t]+by|study|studies|trial|paper|published|journal|book|memoir"
    r"|column|article|op-?ed|blog|podcast|tv|telly|cnn|bbc|npr|netflix|tlc|videos?|reels?"
    r"|news|interview|episode|season|series|show|character|documentary|conference|congress"
    r"|keynote|speak(?:s|ing)?|spoke|speaker|talk|lecture|webinar|grand[ \t]+rounds|presented"
    r"|presenting|award\w*|honorary|prize|died|invented|discovered|developed|pioneer\w*"
    r"|founded|former|surgeon[ \t]+general|trained|graduated|graduate|residency|fellowship"
    r"|speciali[sz]\w*|enjoys|loves|hobbies|on[ \t]+leave|will[ \t]+cover|covering|locum"
    r"|praxis|announce\w*|appointed|named[ \t]+(?:to|as)|elected|hired|hiring|retir\w*"
    r"|advice|tips?|explains?|answers|q&a|ask[ \t]+the"
    # a pet or a joke named so ("my cat's name is Dr. Fluffington", "no relation to the song")
    r"|cats?|dogs?|pets?|puppy|kitten|hamster|named|called|name[ \t]+is|no[ \t]+relation|song|joke"
    # a memory of long ago, a greeting passed on, a profession hailed as a crowd ("does
    # anyone remember Dr. Fleming's practice… in the 60s", "Dr. Chen says hi", "Bless up the
    # nurses at Cornwall Regional")
    r"|remember|archives?|history|years[ \t]+ago|in[ \t]+the[ \t]+(?:\d0|\d{4})s|says[ \t]+hi"
    r"|the[ \t]+(?:nurses|doctors|staff)"
    # a recommendation or a tribute to every reader ("best GP surgery in town", "cannot
    # recommend Dr Aziz highly enough", "for decades of leadership")
    r"|in[ \t]+town|recommend\w*|leadership|decades|here['’]?s[ \t]+why|here[ \t]+is[ \t]+why)\b",
    re.IGNORECASE,
)


# ... or the clinician's words reported, or the clinician writing ("Dr. Mensah said the
# biopsy will take 5-7 days", "Dr Mwangi here - Wanjiru's blood culture grew …"), in a
# text with no "you" of a tip to every reader ("Dr. Brown wants you to know your x-rays
# are safe")
_CLINICIAN_REPORTED = lazy.compile(
    r"(?:[ \t]+(?:just|already|also))?[ \t]+(?:said|told|asked(?![ \t]+(?:if|whether|how|what|why|about))"
    r"|wanted|wants|needs|needed|thought|here\b"
    # a tip says "says" too ("Dr. Lee says the procedure takes under an hour"): only with
    # a day of one person's ("says the swab from 6/30 was negative")
    r"|(?P<present>says|tells|reckons|thinks))\b",
    re.IGNORECASE,
)
# (or a crowd: "Dr. Patel wants every patient to know: flu shots are in")
_EVERY_READER = lazy.compile(
    r"\b(?:you|your|you['’](?:ll|re|ve)|every\w*|all|patients|people|anyone|anybody|always"
    r"|usually|routinely)\b",
    re.IGNORECASE,
)
# ... of one person's care: besides health words, a visit's or a record's words the health
# lists do not hold ("she's on call", "a case report", "the swab", "you're running late")
_CARE_BESIDES = lazy.compile(
    r"\b(?:on[ \t]+call|case|swab|cultures?|running[ \t]+late|anaesthe\w*|bitewings?|cbct"
    r"|periapicals?"
    # a lab's and a chart's words the health lists do not hold ("the repeat TSH", "potassium
    # 6.3", "the lesion on his palate", "the wound's much better", "Dr X's office number")
    r"|labs?|tsh|inr|a1c|hba1c|potassium|sodium|glucose|ecg|ekg|echo|spirometry|pathology"
    r"|lesion|benign|malignant|wound|splint|antibiotics|fasting|tongue-?tie|grommets"
    r"|office[ \t]+(?:number|line|phone|fax|e-?mail)"
    r"|anesthe\w*|suture|stitches|back[ \t]+in[ \t]+\d|see[ \t]+(?-i:[A-Z])\w+)\b",
    re.IGNORECASE,
)


def _one_persons_care_message(text: str, lead: str, end: int) -> bool:
    """(clinicians48) ``text`` is a short message in one person's voice (``_A_PERSONS_VOICE``,
    thanks right before the clinician, or the clinician's words reported) about someone's
    care (a health word, a care event, a record), in no practice's, newsroom's or bio's
    voice (``_PUBLIC_OR_PRACTICE_VOICE``)."""
    if _PUBLIC_OR_PRACTICE_VOICE.search(text):
        return False
    if _A_PERSONS_VOICE.search(text) is None:
        thanked = THANKS_BEFORE.search(lead) is not None
        said = _CLINICIAN_REPORTED.match(text, end)
        reported = said is not None and (
            said.group("present") is None or _VISIT_WHEN.search(text) is not None
        )
        if not thanked and not (reported and _EVERY_READER.search(text) is None):
            return False
    # (the visit alone is no care told: "back from my appointment with Dr X and I've never
    # felt so listened to" praises the visit)
    told = _A_VISIT_ALONE.sub(" ", text)
    if (
        _CARE_TOLD.search(told) is not None
        or _RECORD_SENT.search(told) is not None
        or _CARE_BESIDES.search(told) is not None
    ):
        return True
    # a health word alone, not of a character known from a work ("Nurse Ratched from One
    # Flew Over the Cuckoo's Nest still gives me chills")
    return _about_health(told) and _KNOWN_FROM_AFTER.match(text, end) is None


# (nor the trade alone: "I was terrified of the dentist for 15 years")
_A_VISIT_ALONE = lazy.compile(
    r"\b(?:appointments?|appts?|visits?|consult(?:ation)?s?|check-?ups?|dentists?)\b",
    re.IGNORECASE,
)
_KNOWN_FROM_AFTER = lazy.compile(r"[ \t]+from[ \t]+(?-i:[A-Z])")


# (clinicians51) A clinician named in a short text the first reading already blocks on
# someone else (a patient's name, number, record or great age): "Dear Dr. Raghunathan,
# referring Mrs. Sushila Devi, 96, for …", "Dr. Van der Merwe confirmed Thandiwe's
# surgery for the 18th", "return to work note from Dr. Ashworth attached" in one
# employee's file, "dile a Dr. Campbell that Shanice can't make it". The sets written fresh
# (28-50) mark such a clinician in 7 of 8 texts their other rules leave; the first
# reading leaves them because a letter to the doctor, a deed done or a note signed reads
# as a colleague's or a staff member's when no cue of one person's care is beside the
# title. Read only in the second reading, it cannot make a clean text block.
# The titles of several countries, then the name alone: capitalised words, with the
# particles and hyphens of family names ("Dr. Van der Merwe", "Dra. de la Cruz", "Frau
# Dr. Weiß-Öztürk", "Sister O'Brien", "nurse Becky").
_NAME_PARTICLES = frozenset(
    "van von der den de la le del della da das dos du di ter ten bin binti al el".split()
)
_PARTICLE = rf"(?:{lx.alternation(_NAME_PARTICLES)})"
# (read 147-150) and the particles Irish and Scots family names start with, written apart
# ("Ó Súilleabháin", "Ní Bhriain", "Mac Giolla", "O Sullivan"; as folded, no accents): the
# one particle ``lower_titled`` reads between a courtesy title and a family name in lower
# case ("mr. ó súilleabháin", "mrs. van dijk")
_SURNAME_PARTICLES = _NAME_PARTICLES | frozenset("o ni nic mac mc ui".split())
_CLINICIAN_TITLED = lazy.compile(
    r"(?<![\w.])(?:(?:Dr|Dra|Dre|Drs|Doc|Prof|Profa|Dott|Dr\.ssa)\.?|Doctor|Docteur|Doutora?|Doktor"
    r"|Dottore|Professor|Nurse|Sister|Matron|Midwife|doctor|nurse|dr\.?)[ \t]+"
    rf"(?P<name>(?:(?i:{_PARTICLE})[ \t]+){{0,2}}[A-Z][\w'’-]*[a-z][\w'’-]*"
    rf"(?:[ \t]+(?:(?i:{_PARTICLE})[ \t]+){{0,2}}[A-Z][\w'’-]*[a-z][\w'’-]*){{0,2}})"
)
# A message the practice sends one patient, addressing them at its head ("Kwabena, just a
# reminder to bring your retainer … so Dr. Lim can check the fit"; "Anh Thu the biopsy
# results are in … Dr. Navarro will go over them at your visit"): the clinician is the
# practice's own, and the sets that mark a clinician in a patient's message leave them (5
# of 6 texts in 28-50).
_HEAD_GREETING = lazy.compile(
    r"\W*(?:(?:hi|hello|hey|dear|good[ \t]+(?:news|morning|afternoon)|reminder)\b[ \t,!:]*)?",
    re.IGNORECASE,
)
# (a possessive or "the" before the title: a thing, "my Dr. Martens", "the Dr. Scholl
# insoles"; not the article of "dile a Dr. Campbell", Spanish "tell Dr. Campbell")
_A_THING_OWNED_BEFORE = lazy.compile(
    r"\b(?:my|your|his|her|their|our|the|these|those|new|old)[ \t]+$", re.IGNORECASE
)
_TO_THE_READER = lazy.compile(r"\b(?:you|your|you['’](?:re|ll|ve)|u|ur)\b", re.IGNORECASE)
# The clinician in a record's role field: the form's provider, not one in the patient's
# story ("GP: Dr Ross", "Prescriber Dr Moodley", "Referring provider: Dr. Halvorsen",
# "requested by Dr Rahman", "Einsender: Zahnarztpraxis Dr. Braun", "a patient of Dr Marsh",
# "GP is Dr Ruawai"); the sets written fresh have no such form, the older ones leave every
# such name. A label needs its colon or "=" ("my doctor, Dr. Osei" is a patient's story)
_ROLE_FIELD_BEFORE = lazy.compile(
    r"(?:\b(?:gp|pcp|provider|physician|attending|consultant|clinician|doctor|einsender|arzt"
    r"|m[ée]decin|m[ée]dico)[ \t]*[:=][^\n;|]{0,30}"
    r"|\b(?:gp|pcp)[ \t]+is[ \t]+|\b(?:prescriber|(?:requested|ordered|ref)[ \t]+by)[ \t:]*"
    r"|\bpatients?[ \t]+of[ \t]+)$",
    re.IGNORECASE,
)
_IN_PATIENT_TEXT = "a clinician named in a text about one patient's care"
CLINICIAN_IN_PATIENT_TEXT_TAG = "[name.clinician_in_patient_text]"


_A_WORD = lazy.compile(r"\S+")


def _name_words(words: list[str]) -> list[str]:
    """The ``words`` of a name (after a title) up to the first everyday English word that is
    no listed name ("Moodley Pharmacy Clicks" is "Moodley"); none when it opens with one."""
    for i, word in enumerate(words):
        lower = word.lower()
        if not re.fullmatch(_PARTICLE, lower) and _an_everyday_word(lower):
            return words[:i]
    return words


def _to_the_patient(text: str, others: list[Finding]) -> bool:
    """The practice writing to the patient it names or whose handle opens the text
    ("Kwabena, … your appt … so Dr. Lim can check the fit", "So sorry, Hector. … call Dr.
    Ames", "Hey @tori.lifts, yes your MRI …")."""
    if _TO_THE_READER.search(text) is None:
        return False
    greeting = _HEAD_GREETING.match(text)  # (it matches every text, at least its start)
    head = greeting.end() if greeting else 0
    return any(
        (f.label == "name" and f.reason.endswith(_ADDRESSED_TAGS))
        or (f.label in ("name", "handle") and f.start <= head < f.end)
        for f in others
    )


_ADDRESSED_TAGS = tuple(f"[name.{rule}]" for rule in sorted(ADDRESSED_RULES))


def clinicians_in_patient_text(
    text: str, ctx: PracticeContext, found: list[Finding], person_labels: frozenset[str]
) -> list[Finding]:
    """(clinicians51, second reading) Each clinician's name after a title in a short text
    that ``found`` already blocks on someone (a finding of ``person_labels``), the name on
    no finding, in no practice's, newsroom's or bio's voice, not a message the practice
    sends the patient it names (``_to_the_patient``), not a record's role field ("GP: Dr
    X"), nor a joke's or a product's "Dr."."""
    if len(text) > _CARE_MESSAGE_UP_TO:
        return []
    # (the title first: most texts that block name no clinician, and the voice patterns
    # below read the whole text)
    titled = list(_CLINICIAN_TITLED.finditer(text))
    if not titled:
        return []
    if _PUBLIC_OR_PRACTICE_VOICE.search(text) or _NOT_A_PATIENTS_MESSAGE.search(text):
        return []
    others = [f for f in found if f.label in person_labels and f.severity == "block"]
    if not others or _to_the_patient(text, others):
        return []
    found_spans = [(f.start, f.end) for f in found]
    out = []
    for m in titled:
        start, end = m.span("name")
        if text.endswith(("'s", "’s"), start, end):
            end -= 2
        spans = [w.span() for w in _A_WORD.finditer(text, start, end)]
        kept = _name_words([text[a:b] for a, b in spans])
        if not kept:
            continue  # a joke's or a product's "Dr." ("Dr. Google", "Dr. Can Yücel Diş Kliniği")
        end = spans[len(kept) - 1][1]
        if any(a < end and start < b for a, b in found_spans):
            continue
        if _A_THING_OWNED_BEFORE.search(text, 0, m.start()):
            continue
        if _ROLE_FIELD_BEFORE.search(text, max(0, m.start() - 40), m.start()):
            continue
        words = [w.lower() for w in kept]
        if ctx.staff_words and set(words) <= ctx.staff_words:
            continue
        if public_figure_in(text[m.start() : end].lower()):
            continue
        out.append(
            Finding(start, end, "name", f"{_IN_PATIENT_TEXT} {CLINICIAN_IN_PATIENT_TEXT_TAG}")
        )
    return out


# (staff59) The care and work roles a record's holder may be named with (no title of a
# doctor, which ``after_doctor`` reads, no word that is also a team's or an office's).
_HOLDER_ROLES = lx.STAFF_WORDS - {"dr", "doctor", "do", "team", "staff", "partner", "lead"}
# (clinicians48) The one a record is issued, assigned or awarded to, or enrolled for, or
# named under a record's role label: "Certificate of completion awarded to Precious Banda",
# "asset tag DX-0442-LT was assigned to Kamal Haddad", "fingerprint template … enrolled for
# Nokuthula Dube", "Witness: Gus Papadakis", "Tenant Abdirahman Warsame of …", "Training
# record: Dong-hyun Park", (pairs59) "acct OO91-2287-44 for Delroy Campbell". Whoever else is called so (a member of staff, a public person)
# the record says whose it is; the sets written fresh (40-47) mark such a name every time.
_RECORD_HOLDER_BEFORE = lazy.compile(
    r"(?:\b(?:awarded|issued|assigned|enrolled|re-enrolled|registered|granted|allocated|loaned)"
    r"[ \t]+(?:to|for)"
    # (staff59) a member of staff as the holder: "iPad serial … assigned to hygienist Chantelle
    # Obi", "fingerprint template … enrolled for staff member Anneliese Koval"
    r"(?:[ \t]+(?:the[ \t]+|our[ \t]+)?(?:staff[ \t]+member|member[ \t]+of[ \t]+staff|employee"
    r"|dental[ \t]+nurse|"
    + "|".join(sorted((re.escape(w) for w in _HOLDER_ROLES), key=lx.longest_first))
    + r"))?"
    r"|\b(?:holder|tenant|witness|referee|applicant|cardholder|subscriber|insured"
    r"|beneficiary|registrant|trainee|recipient|awardee)[ \t]*[:—–-]?"
    r"|\brecord[ \t]*:"
    # (pairs59) a record's number, or a form or an account named, then "for": "IRD number
    # 049-091-850 for Mere Takerei", "acct OO91-2287-44 for Delroy Campbell", "the
    # Centrelink form for Jordan Whitlam"
    r"|\b(?:number|no\.|acct|account|form|file|policy|claim|card)[ \t]+"
    r"(?:[\w./-]*\d[\w./-]*(?:[ \t]+\d[\w./-]*){0,3}[ \t]+)?for)[ \t]*$",
    re.IGNORECASE,
)
# ... in a text that names the record ("certificate", "asset tag", "lease", "permit", "form")
_A_RECORD_NAMED = lazy.compile(
    r"\b(?:certificate|cert|record|tag|asset|account|acct|permit|passport|licen[cs]e|card|id"
    r"|template|lease|tenancy|unit|statement|form|badge|report|prize|award|scholarship|diploma"
    r"|cpf|ssn|no\.|number|serial|laptop|device|enrol\w*|registration)\b",
    re.IGNORECASE,
)
_RECORD_HOLDER = "the one a record is issued, assigned or awarded to, or enrolled for"
# How the finding's reason ends (``rules.drop_vetoed_names`` keeps such a name)
RECORD_HOLDER_TAG = "[name.record_holder]"


def record_holder(f: _Finder, c: Candidate) -> str | None:
    """ "Certificate of completion awarded to Precious Banda": a record's holder."""
    text = f.doc.text
    if len(text) > _CARE_MESSAGE_UP_TO or c.last.possessive:
        return None
    if len(c.words) < 2 and c.lowers[0] not in lx.GIVEN_NAMES:
        return None  # one word: a listed given name only ("enrolled for Oksana")
    if _RECORD_HOLDER_BEFORE.search(text, max(0, c.start - 30), c.start) is None:
        return None
    if not any(w in lx.GIVEN_NAMES or w in lx.SURNAMES for w in c.lowers):
        return None  # "assigned to Finance Team", "issued to Acme Logistics"
    if c.lowers[-1] in lx.ORG_SUFFIXES and c.lowers[-1] not in lx.SURNAMES:
        return None  # (pairs59) "Form 1040 for Rose Garden Trust": a body's (not "Dong-hyun Park")
    if public_figure_in(text[c.start : c.end].lower()) or _A_RECORD_NAMED.search(text) is None:
        return None
    return _RECORD_HOLDER


# (surnames55) The name a booking, an order or a record is kept under: "table for 6 under
# Oduya at 7:30", "the cake order is under Nwachukwu", "booked under Kowalczyk for Friday",
# "reservation in the name of Haddad", "réservation au nom de Lefèvre", "a nombre de
# Quispe". A restaurant, a bakery or a clinic's desk files it under the one who booked: a
# surname alone says who. Not "under ISO 13485", "under HIPAA", "under GA", "listed under
# Room 4", "trained under Professor X" (no booking word before "under", or no name after).
_BOOKED_UNDER_BEFORE = lazy.compile(
    r"(?:\b(?:table[ \t]+for[ \t]+\w+|booked|booking|bookings|reservation|reserved|order"
    r"|ordered|pick-?up|collection|appointment|appt)"
    r"(?:[ \t]+[\w'’/-]+){0,4}?[ \t]+under(?:[ \t]+(?:the[ \t]+)?(?:name|surname)(?:[ \t]+of)?)?"
    r"|\b(?:in|under)[ \t]+the[ \t]+name[ \t]+of|\bau[ \t]+nom[ \t]+de|\ba[ \t]+nombre[ \t]+de"
    r"|\bem[ \t]+nome[ \t]+de|\bauf[ \t]+den[ \t]+namen)[ \t]*:?[ \t]*$",
    re.IGNORECASE,
)
_BOOKED_UNDER = "the name a booking, an order or a record is kept under"
# The word right before such a name (one set lookup a candidate before the pattern is read)
_BOOKED_UNDER_PREV = frozenset(("under", "name", "surname", "of", "de", "namen"))


def booked_under(f: _Finder, c: Candidate) -> str | None:
    """ "table for 6 under Oduya", "booked in the name of Haddad": the one who booked."""
    if c.prev not in _BOOKED_UNDER_PREV or len(c.words) > 3 or c.last.possessive:
        return None
    text = f.doc.text
    if _BOOKED_UNDER_BEFORE.search(text, max(0, c.start - 60), c.start) is None:
        return None
    for w, lower in zip(c.words, c.lowers, strict=True):
        listed = lower in lx.GIVEN_NAMES or lower in lx.SURNAMES
        if w.base.isupper() and not listed:
            return None  # "under HIPAA", "booked under NHS"
        if not listed and not _a_name_word(w, lower):
            return None  # "under Settings", "under Room 4"
    if public_figure_in(text[c.start : c.end].lower()):
        return None
    return _BOOKED_UNDER


def _an_everyday_word(lower: str) -> bool:
    """(names40a) A word after "Dr." that is no listed name and an everyday English word or a
    brand ("Dr. Google", "Dr. Pepper", "Dr. Oz"): a joke or a product, not a carer."""
    if lower in lx.SURNAMES or lower in lx.GIVEN_NAMES:
        return False
    return lazy.zipf_frequency(lower, "en") >= _EVERYDAY_DOCTOR_ZIPF


_THE_WORD = lazy.compile(r"\bthe[ \t]+([a-z]+)\b", re.IGNORECASE)


def _a_definite_symptom(text: str, end: int) -> bool:
    """(names40a) One person's symptom after the clinician, with "the" ("call Nurse X on …
    if the bleeding starts again"): a symptom the reader has, not "the flu jab clinic"."""
    return any(m.group(1).lower() in SYMPTOMS for m in _THE_WORD.finditer(text, end))


def _a_letter_with_ones_record(text: str, opening: int, end: int) -> bool:
    """(names40a) The clinician written to, at the head of a letter or a message that
    carries one person's record ("Lieber Herr Dr. X, anbei der Befund meiner Mutter, geb.
    …", "Dr. X, the patient you referred, Gift Mokoena, missed her follow-up"): the name
    ends with a comma and the text tells whose record it is."""
    if not text.startswith(",", end) and not text[end : end + 2].lstrip().startswith(","):
        return False
    if _LETTER_OPENS.search(text, max(0, opening - 30), opening) is None:
        return False
    return _ONES_RECORD.search(text) is not None


def _care_with_the_clinician(text: str, lead: str, opening: int, end: int) -> bool:
    """(names40a) One person's care passed on to the clinician ("I'll fax the perio chart
    to Dr X today"), booked with them ("your implant consult with Dr. X is at the Ridgewood
    office"), done by them ("Dr. X already reviewed the CT, pt is cleared") or thanked for
    ("Thanks Dr. X for seeing us so quickly"); each in a message of one person's own."""
    if _ON_A_SCREEN.search(text):
        return False
    passed = _PASSED_TO_BEFORE.search(lead)
    if passed:
        if passed.group("bare"):
            own = (
                _WRITERS_OWN.search(text) is not None
                or _ONE_PERSONS_CARE.search(text, end) is not None
                or _a_definite_symptom(text, end)
            )
        else:
            # the sender's or the reader's own, or one record named ("forward the CBCT to
            # dr X"; not "send all referrals to Dr X": a notice's every referral)
            own = _ONES_OWN_CARE.search(text) is not None or _ONE_RECORD.search(text) is not None
        return own and (
            _CARE_TOLD.search(text) is not None
            or _RECORD_SENT.search(text) is not None
            or _ONE_PERSONS_CARE.search(text) is not None
            or _about_health(text)
        )
    visit = _VISIT_WITH_BEFORE.search(text, max(0, opening - 80), opening)
    if visit:
        # its day, hour or place ("is at the Ridgewood office", "el martes 8 a las 10:30"),
        # or what it is for ("your implant consult"); not "Back from my appointment with Dr
        # X and I've never felt so listened to", a review's praise of the visit alone
        return (
            _VISIT_WHEN.search(text) is not None
            or _VISIT_WHERE_AFTER.match(text, end) is not None
            or _CARE_TOLD.search(visit.group("what") or "") is not None
        )
    did = _DID_CARE_AFTER.match(text, end)
    if did:
        return did.group("one") is not None or _DONE_TO_ONE.search(text) is not None
    if _WILL_DO_AFTER.match(text, end) or _DID_TO_ONE_AFTER.match(text, end):
        return True
    if _IN_THEIR_ROOMS_AFTER.match(text, end):
        return _WRITERS_OWN.search(text) is not None and _about_health(text)
    if _KINS_CLINICIAN_BEFORE.search(text, max(0, opening - 60), opening):
        return (
            _CARE_TOLD.search(text) is not None
            or _about_health(text)
            or _CLINICIAN_TELLS.match(text, end + 1 if text.startswith(",", end) else end)
            is not None
        )
    if _THANKS_ABROAD_BEFORE.search(lead):
        return _OWN_ABROAD_AFTER.search(text, end) is not None
    return (
        THANKS_BEFORE.search(lead) is not None and _THANKED_FOR_SEEING.match(text, end) is not None
    )


def _a_patient_after_thanks(text: str, end: int) -> bool:
    """(namesrec37) After the thanked clinician, how the patient is since: "…, Bisola is
    sleeping through the night", "…, she's eating again"; a capitalised word there is a
    name, not "You", "We", "It" or "This"."""
    m = _THANKS_THEN_PATIENT.match(text, end)
    if m is None:
        return False
    word = m.group("name")
    if word is not None and (
        word.lower() in lx.COMMON_CAPITALIZED or word.lower() in lx.HEALTH_SINGLE_WORDS
    ):
        return False  # "You", "We"; "Invisalign is now available at both our offices"
    return _HOW_THEY_ARE.search(text, end) is not None or _about_health(text[end:])


# (namesrec37) The patient named right after the thanked clinician, then how they are since:
# "Thank you so much Dr. Adeyemi, Bisola is sleeping through the night", "thanks Nurse Tui!
# Wiremu has no pain now"; a name of any origin, listed or not (the clinician's thanks and
# the patient's state say who it is)
_THANKED_CLINICIAN_BEFORE = lazy.compile(
    r"\b(?:thank(?:s|[ \t]+you|[ \t]+u)?|thx|ty|cheers)(?:[ \t]+(?:so|very)[ \t]+much|[ \t]+a[ \t]+lot"
    r"|[ \t]+again|[ \t]+heaps)?[ \t,!]*(?:dr|doctor|nurse)\.?[ \t]+(?:[A-Z][\w'’-]+[ \t]+){0,2}"
    r"[A-Z][\w'’-]+[ \t]*[,!.—–-]+[ \t]*$",
    re.IGNORECASE,
)
_PATIENT_STATE_AFTER = lazy.compile(
    r"(?:['’]s[ \t]+\w+ing\b|[ \t]+(?:is|was|has|had|can|could|slept|sleeps|feels|felt|finally|now"
    r"|no[ \t]+longer|hasn['’]t|isn['’]t|doesn['’]t|didn['’]t)\b)",
    re.IGNORECASE,
)
# ... how they are: sleeping, eating, free of pain, home, better (not "Invisalign is now
# available", "Google has 40 new reviews": a product or a firm after a colleague's thanks)
_HOW_THEY_ARE = lazy.compile(
    r"\b(?:sleep\w*|slept|eat\w*|ate|smil\w*|walk\w*|talk\w*|pain|breath\w*|better|home|brave"
    r"|recover\w*|heal\w*|fever|cough\w*|crying|cried|back[ \t]+to[ \t]+(?:school|normal))\b",
    re.IGNORECASE,
)
_PATIENT_AFTER_THANKS = "a patient named after their clinician's thanks, then how they are"


def patient_after_thanked_clinician(f: _Finder, c: Candidate) -> str | None:
    """ "Thank you so much Dr. Adeyemi, Bisola is sleeping": the patient after the thanks."""
    if len(c.words) > 2 or c.last.possessive or c.lowers[0] in lx.HEALTH_SINGLE_WORDS:
        return None
    text = f.doc.text
    before = text[max(0, c.start - 3) : c.start].rstrip()
    if not before.endswith((",", "!", ".", "—", "–", "-")) or len(text) > _CARE_MESSAGE_UP_TO:
        return None
    if _PATIENT_STATE_AFTER.match(text, c.end) is None:
        return None
    if _THANKED_CLINICIAN_BEFORE.search(text, max(0, c.start - 80), c.start) is None:
        return None
    if _HOW_THEY_ARE.search(text, c.end) is None and not _about_health(text[c.end :]):
        return None
    return _PATIENT_AFTER_THANKS


def _seen_or_asked_about(text: str, lead: str, end: int, possessive: bool) -> bool:
    """(namesrec37) The writer or a relative seen by the clinician, in a message that tells
    of that person's care ("saw Dr. Mori today for my migraines"); or others asked about the
    clinician by someone referred or booked to them ("anybody know Dr. X? My mum is being
    referred to her")."""
    seen = _SEEN_BY_BEFORE.search(lead)
    if seen:
        if _FOR_A_COMPLAINT.search(text, end, end + 60):
            return True
        if seen.group("booked"):
            # "my appointment with Dr Chen … I've never felt so listened to": a review's
            # praise, the visit its only care word; a complaint or a health word must be told
            return _about_health(text)
        return _FOR_ONES_OWN.search(text) is not None and (
            _CARE_TOLD.search(text) is not None or _about_health(text)
        )
    if _ANYONE_KNOW_BEFORE.search(lead) and not possessive:
        return (
            _REFERRED_OR_BOOKED.search(text) is not None and _FOR_ONES_OWN.search(text) is not None
        )
    return False


_ROOM_NOUNS = frozenset("room suite wing ward lounge hall unit building pavilion".split())


# Kin whose care says who they are through the named person: "Dr. Haddad's wife".
_KIN_OF_NAMED = lx.RELATION_WORDS - {"patient", "patients", "friend", "buddy", "pal"}


def relative_of_named(f: _Finder, c: Candidate) -> str | None:
    """A doctor's possessive before a relative ("Dr. Haddad's wife is our patient")."""
    if c.prev not in _DOCTOR_WORDS or not c.last.possessive or c.after_lower not in _KIN_OF_NAMED:
        return None
    words = set(re.findall(r"[a-z]+", f.doc.sentence_text(c.first.sentence).lower()))
    if words.isdisjoint(_CARE_OF_KIN) and words.isdisjoint(lx.HEALTH_SINGLE_WORDS):
        return None  # "Dr. Singh's daughter started dental school": family news, no care
    return _RELATIVE_OF_NAMED


# Vetoes: never a patient's name.
def room_name(f: _Finder, c: Candidate) -> str | None:
    """ "the Lily room", "the Magnolia suite": a room named after a flower or a person long ago."""
    if c.prev == "the" and c.after_lower in _ROOM_NOUNS and not c.last.possessive:
        return VETO if not c.strong and not f.token_between(c.last_index) else None
    return None


def after_doctor(f: _Finder, c: Candidate) -> str | None:
    """ "Dr. Smith" with no title of the run's own: the practice's or another doctor."""
    if c.strong:
        return None
    if c.prev in _DOCTOR_WORDS:
        return VETO
    if _GRADUATE_TITLE.search(f.doc.text, max(0, c.start - 8), c.start):
        return VETO  # "Lic. Carmen Ruiz": a graduate's title, written with its point
    if DOCTOR_THEN_INITIALS.search(f.doc.text, max(0, c.start - 16), c.start):
        return VETO  # (guard-longclean5) "Dr. S. Lakshmi Narayanan", "Prof. K. R. Rao"
    return None


# A doctor's title, then initials before the names, as South Indian and Sri Lankan names
# are written ("Dr. S. Lakshmi Narayanan", "Prof. K. R. Rao").
DOCTOR_THEN_INITIALS = lazy.compile(r"\b(?:Dr|Dra|Prof)\.?[ \t]+(?:[A-Z]\.[ \t]*){1,3}$")


# The writer's or another person's possessive before a family word: "my uncle John
# Fetterman", "our son Kevin", "mi madre Rosa Parks" name a relative, whoever else is
# called so (a public figure, a member of staff).
_KIN_OWNERS = frozenset("my our his her their your".split()) | lx.POSSESSIVES_ABROAD


# A patient's form or record beside a name: "Patient: Michael Jordan", "Michael Jordan, DOB
# 03/04/1961", "Michael Jordan (MRN 44120)". Whoever else is called so, such a name is a patient's.
_PATIENT_FIELD_BEFORE = lazy.compile(
    r"\b(?:(?:patient(?:'s)?(?:[ \t]+(?:name|called|named))?|pt|name|client|resident)[ \t]*[:#-]"
    # a ward's list: "Bed 14 — Mr Ravi Shankar", "Room 4: …"; "Patient Ravi Shankar"
    r"|(?:bed|room|cubicle|bay)[ \t]*\d+[A-Za-z]?[ \t]*[:#–—-]|patient|pt\.?)"
    r"[ \t]*(?:(?:Mr|Mrs|Ms|Miss|Mx|Master)\.?[ \t]+)?$",
    re.I,
)
_PATIENT_FIELD_AFTER = lazy.compile(
    r"[ \t]*[,(;|-]?[ \t]*(?:d\.?o\.?b\b|date[ \t]+of[ \t]+birth|mrn\b"
    r"|nhs[ \t]+(?:no|number)\b|record[ \t]+(?:no|number|#)|hospital[ \t]+number|pt[ \t]+id\b"
    # a record's age and sex ("Mohammed Iqbal 58M", "Li Na, 34F"), a birth date in brackets
    # ("Li Na (1990-10-22)")
    rf"|\d{{1,3}}[ \t]?(?-i:{lx.AGE_SEX})(?![\w])|\d{{1,3}}[ \t]?(?:{lx.AGE_YO}|{lx.AGE_YR})\b"
    r"|\((?:\d{4}-\d{1,2}-\d{1,2}|\d{1,2}[./-]\d{1,2}[./-]\d{2,4})\))",
    re.I,
)


def patient_field_beside(text: str, start: int, end: int) -> bool:
    """A patient's form field right before or after ``text[start:end]`` ("Patient: …",
    "…, DOB 03/04/1961"): a famous name there is a patient's."""
    return (
        _PATIENT_FIELD_BEFORE.search(text, max(0, start - 24), start) is not None
        or _PATIENT_FIELD_AFTER.match(text, end) is not None
    )


# (guard-recall6) A line pasted from a team's chat: a time, the one who wrote it, a colon
# ("[09:14] Priya: Mrs Kaur's crown came off", "11:20 Jess: …"). The writer of the line is
# one of the team; whom the line is about is read as in any sentence.
_CHAT_TIME_BEFORE = lazy.compile(
    r"(?:^|\n)[ \t]*[\[(]?[0-2]?\d[:.][0-5]\d(?:[ \t]*(?:am|pm))?[\])]?[ \t]*-?[ \t]*$",
    re.IGNORECASE,
)


# (names13) A support chat's or a helpline's transcript names its agent in brackets after
# the role, then a colon: "Agent (Sam): Hi! Our clinic opens Sundays", "Rep (Dana): …". The
# agent answers for the practice or the firm; the customer, "Customer (Jo):", is not read so.
_AGENT_ROLE_BEFORE = lazy.compile(
    r"\b(?:agent|rep|representative|advisor|adviser|operator|receptionist|support|helpdesk"
    r"|coordinator|care[ \t]+team)[ \t]*\([ \t]*$",
    re.IGNORECASE,
)
_AGENT_ROLE_AFTER = lazy.compile(r"[ \t]*\)[ \t]*:")


def chat_speaker(f: _Finder, c: Candidate) -> str | None:
    """A chat line's writer after its time ("[09:14] Priya: …") or its role ("Agent (Sam): …")."""
    if len(c.words) > 2 or c.strong or c.last.possessive:
        return None
    text = f.doc.text
    if text[c.end : c.end + 1] == ")" and _AGENT_ROLE_AFTER.match(text, c.end):
        lead = text[max(0, c.start - 30) : c.start]
        return VETO if _AGENT_ROLE_BEFORE.search(lead) else None
    if text[c.end : c.end + 1] != ":" or text[c.end + 1 : c.end + 2] not in (" ", "\t"):
        return None
    if _CHAT_TIME_BEFORE.search(text, max(0, c.start - 20), c.start) is None:
        return None
    return VETO


def suppressed(f: _Finder, c: Candidate) -> str | None:
    """Overlaps a public figure, a holiday or a staff name; not "my uncle John Fetterman" nor "Patient: Michael Jordan"."""
    if not f.is_suppressed(c.start, c.end):
        return None
    if patient_field_beside(f.doc.text, c.start, c.end):
        return None
    if (
        c.before[1:2]
        and c.before[1] in _KIN_OWNERS
        and (c.prev in _RELATION_OR_COACH or c.prev in lx.RELATION_WORDS_ABROAD)
        and c.prev != "coach"
    ):
        return None
    return VETO


def public_figures_given_name(f: _Finder, c: Candidate) -> str | None:
    """A public figure's given name alone, soon after their full name ("the Angelina effect")."""
    if len(c.words) != 1 or c.prev in lx.RELATION_WORDS or c.prev in _KIN_OWNERS:
        return None  # ("my sister Angelina": another Angelina)
    spans = public_spans(f.doc.text)
    if not spans:
        return None
    head = c.lowers[0]
    text = f.doc.text
    for start, end in spans:
        # (near it: a long text may name a patient who shares a figure's given name)
        if end <= c.start <= end + _FIGURE_REACH and text[start:end].split()[0].lower() == head:
            return VETO
    return None


_FIGURE_REACH = 300
"""How far after a public figure's full name their given name alone is still theirs."""


def acronym(f: _Finder, c: Candidate) -> str | None:
    """One all-capitals word ("MRI", "NASA") with no title; not a shouted given name ("TYLER LOST …")."""
    base = c.first.base
    one = len(c.words) == 1
    # (clean30) its plural too, a small "s" after two or more capitals ("RCTs", "GPs",
    # "NSAIDs"): people write a trial's, a doctor's or a drug class's letters so, no name
    if one and base.endswith("s") and len(base) > 2 and base[:-1].isupper():
        base = base[:-1]
    if not (one and base.isupper() and len(base) > 1 and not c.strong):
        return None
    if _shouted_given_name(f, c):
        return None
    if _initials_after_kin(f, c):
        return None
    return VETO


_CHILD_WORDS = frozenset(("boy", "girl", "lad", "boys", "girls"))
_KIN_OR_CHILD = _KIN_OF_NAMED | _CHILD_WORDS


def _initials_after_kin(f: _Finder, c: Candidate) -> bool:
    """(guard-replies) Two or three capitals right after "my kid", "our son" in a sentence
    not written in capitals ("my kid JT chipped his tooth"): the relation word says a person
    follows, and parents write a child's initials for a name."""
    if (
        len(c.first.base) > 3
        or c.prev not in _KIN_OR_CHILD
        or c.before[1:2]
        not in (
            ["my"],
            ["our"],
        )
    ):
        return False
    kin = f.previous_word_token(c.first_index)
    return kin is not None and not kin.base.isupper()


def _a_name(lower: str) -> bool:
    """A word on the name lists ("mae", "irma", "neta": "mãe", "irmã", "neta" folded)."""
    return lower in lx.GIVEN_NAMES or lower in lx.SURNAMES


def possessive_before_kin(f: _Finder, c: Candidate) -> str | None:
    """Another language's "my" before a family word ("Mia madre", "Meri behen"), no name."""
    if len(c.words) != 1 or c.lowers[0] not in lx.POSSESSIVES_ABROAD or c.strong:
        return None
    after = c.after
    if after is None or c.after_lower not in lx.RELATION_WORDS_ABROAD:
        return None
    # "Mia Mae Jones": a given name written as one, not "mãe"
    return None if after.capitalized and c.after_lower in lx.GIVEN_NAMES else VETO


def _shouted_given_name(f: _Finder, c: Candidate) -> bool:
    """A given name of three letters or more beside another word in capitals (one that
    is also an everyday word, or a family name alone, only when praised: "CONGRATS TO
    HOPE ON HER NEW SMILE"; after "the" only as a family: "THE PATEL TWINS")."""
    lower = c.lowers[0]
    if c.prev == "the":  # "SAYS THE ADA"; but "THE PATEL TWINS", "THE HENDERSONS"
        return c.after_lower in _FAMILY_NOUNS or (lower.endswith("s") and lower[:-1] in lx.SURNAMES)
    if len(lower) < 3 or not (lower in lx.GIVEN_NAMES or lower in lx.SURNAMES):
        return False
    if lower in lx.AMBIGUOUS_NAMES or lower not in lx.GIVEN_NAMES:
        # "HOPE", "FRANK": only when praised ("TO HOPE ON HER", "SHOUT OUT TO FRANK")
        return praised_by_pronoun(f, c) is not None or _praise_before(f.text_before(c.first_index))
    beside = f.token_after(c.last_index)
    if beside is None or beside.kind != "word":
        beside = f.previous_word_token(c.first_index)
    return beside is not None and len(beside.base) > 1 and beside.base.isupper()


def organisation(f: _Finder, c: Candidate) -> str | None:
    """Ends in or is followed by an organisation word ("Smith Dental", "Mayo Clinic")."""
    after = c.after
    if len(c.words) == 2 and romanised_given_name(c.lowers[0]):
        return None  # "Hyun-woo Park", "Sung-min Park": Park after a Korean given name
    if _named_by_a_place_word(f, c):
        return None
    if (
        len(c.words) == 3
        and c.lowers[0] == "pt"  # (a note's "patient", shortened; its full stop is a token)
        and (romanised_given_name(c.lowers[1]) or c.lowers[1] in lx.GIVEN_NAMES)
        and c.lowers[2] in _PLACE_WORD_SURNAMES
    ):
        return None  # (read 115-118) "Pt Hyun-woo Park, 52M", "Pt John Park": a patient
    if (
        any(w in lx.ORG_SUFFIXES for w in c.lowers[1:])
        or (
            after is not None
            and after.capitalized
            and c.after_lower in lx.ORG_SUFFIXES
            # (read 119-122) the word right after, not past a comma: "Mary Okafor, Care Home
            # resident, fell on Monday" is a resident's name
            and "," not in f.doc.text[c.end : after.start]
        )
    ):
        return VETO
    return None


# Family names that are also an organisation's or a place's last word (Park, Hall, Lane,
# Church, Cross, House, Mills, Fields)
_PLACE_WORD_SURNAMES = lx.ORG_SUFFIXES & lx.SURNAMES


def _named_by_a_place_word(f: _Finder, c: Candidate) -> bool:
    """(lead) A given name and a family name that is also a place's word, said of a person:
    after a family word ("my daughter Ava Park") or as the subject of a sentence of being
    unwell ("Tom Lane had a stroke", "Sarah Church broke her arm"); not "Victoria Park was
    closed", "Grace Church Hall", nor "Albert Hall"."""
    if len(c.words) != 2 or c.lowers[1] not in _PLACE_WORD_SURNAMES:
        return False
    if c.lowers[0] not in lx.GIVEN_NAMES or c.lowers[0] in lx.AMBIGUOUS_NAMES:
        return False
    after = c.after
    if after is not None and after.capitalized:
        return False
    if c.prev in lx.RELATION_WORDS:
        return True
    return _PERSON_PREDICATE.match(f.doc.text, c.end) is not None and _about_health(
        _sentence_near(f, c)
    )


_SITE_NOUNS = frozenset("office location branch clinic campus site practice rooms pharmacy".split())


def practice_site(f: _Finder, c: Candidate) -> str | None:
    """ "the Easton office", "our Polaris location": a place the practice works at."""
    if c.prev in ("the", "our") and c.after_lower in _SITE_NOUNS and not c.last.possessive:
        return VETO if not c.strong and not f.token_between(c.last_index) else None
    return None


def calendar_after(f: _Finder, c: Candidate) -> str | None:
    """Followed by a capitalised calendar word ("Memorial Day", "Easter Sunday")."""
    after = c.after
    return (
        VETO
        if after is not None and after.capitalized and c.after_lower in lx.CALENDAR_NOUNS
        else None
    )


_PARTICLE_AFTER = lazy.compile(
    rf"(?:[ \t]+(?:{'|'.join(sorted(lx.CALENDAR_PARTICLES))})\b){{1,2}}(?:['’]|[ \t]+(?-i:[A-Z]))"
)


_THU_BEFORE = lazy.compile(r"(?i:thứ|thu)[ \t]+$")


# (clean83) The holidays named after someone's day: "King's Birthday", "Queen's Birthday"
# (Australia and New Zealand), "Valentine's Day", "Patrick's Day"; "Maria's birthday" is a
# person's.
_HOLIDAYS_OWNERS = frozenset({"king", "queen", "valentine", "patrick", "sovereign"})
_A_HOLIDAYS_DAY = lazy.compile(
    r"['’]s[ \t]+(?:[Dd]ay|Birthday|[Bb]irthday[ \t]+(?:weekend|holiday)|Eve)\b"
)


def calendar_word(f: _Finder, c: Candidate) -> str | None:
    """A calendar word alone, or ending a day's name ("Freedom Day"), with no title before it."""
    if c.strong:
        return None
    if len(c.words) == 1:
        if c.lowers[0] in lx.CALENDAR_NOUNS_ABROAD and _PARTICLE_AFTER.match(f.doc.text, c.end):
            return VETO  # (guard-shortclean6) "Día de la Hispanidad", "Dia do Trabalhador"
        if c.lowers[0] in lx.VIETNAMESE_DAY_NUMBERS and _THU_BEFORE.search(
            f.doc.text, max(0, c.start - 6), c.start
        ):
            return VETO  # (guard-shortclean6) "thứ Hai", "Thứ Sáu": a Vietnamese weekday
        if c.lowers[0].endswith("days") and c.lowers[0][:-1] in lx.WEEKDAYS:
            return VETO  # (clean30) "Walk-ins welcome Saturdays": a weekday's plural
        if c.lowers[0] in _HOLIDAYS_OWNERS and _A_HOLIDAYS_DAY.match(f.doc.text, c.end):
            return VETO  # (clean83) "open on King's Birthday?", "Valentine's Day": holidays
        return VETO if c.lowers[0] in lx.CALENDAR_NOUNS else None
    # "Freedom Day, Sunday 27 April: closed", "Auckland Anniversary Day", "Bodhi Day": a
    # day's name (not "Doris Day": a given name opens it)
    # (guard-shortclean6, clean40) "Dia do Trabalhador", "Día Mundial de la Salud Bucal"
    return VETO if lx.a_days_name(c.lowers) else None


def practice_word(f: _Finder, c: Candidate) -> str | None:
    """Holds a word of the practice's own name."""
    words = f.ctx.practice_words
    return VETO if any(w in words for w in c.lowers) else None


def public_title_after(f: _Finder, c: Candidate) -> str | None:
    """Followed by ", the senator" or another public office."""
    return VETO if _PUBLIC_AFTER.match(f.doc.text, c.end) else None


_PLACE_KINDS = frozenset("city town county state village borough province district".split())


def place_or_office_before(f: _Finder, c: Candidate) -> str | None:
    """After a place prefix ("St.", "the city of"), a public title, "President", "Surgeon"..."""
    before = c.before
    if (
        c.prev in _PLACE_PREFIXES
        or (c.prev == "of" and len(before) > 1 and before[1] in _PLACE_KINDS)
        or (
            c.prev in lx.PUBLIC_TITLES
            # (read 119-122) not a school's or a club's "Student athlete Lachlan Reid"
            and not (len(before) > 1 and before[1] in lx.SCHOOL_OR_CLUB)
        )
        or (
            len(before) > 1
            and before[1] in _OFFICE_TITLES
            # (guard-recall6) not "the surgeon reassured Bartholomew": the office's holder
            # acts on the name, which follows no title
            and before[0] not in _VERBS_BETWEEN
        )
    ):
        return VETO
    return None


# (clean40) ``weather_for_town``: a warning of weather, air or smoke earlier in the clause,
# then the town it is for ("a heat advisory is in place for Phoenix", "Heat wave alert for
# Sydney", "Pollen forecast for Charlotte"): a town named like a person is the town there.
_WEATHER_WARNING_BEFORE = lazy.compile(
    r"\b(?:heat|heatwave|storm|flood|flash[ \t]+flood|fire|bushfire|wildfire|smoke|air[ \t]+quality"
    r"|pollen|snow|ice|wind|weather|hurricane|cyclone|typhoon|tornado|frost|cold|uv|fog|haze"
    r"|thunderstorm)(?:[ \t]+wave)?[ \t]+(?:advisory|advisories|alerts?|warnings?|watch(?:es)?"
    r"|forecasts?|emergency|outlook|day|closures?)\b[^.!?;:\n]{0,40}$",
    re.IGNORECASE,
)
_TOWN_PREPOSITION = frozenset("for in across over around throughout".split())


def weather_for_town(f: _Finder, c: Candidate) -> str | None:
    """A town after "for" or "in" a weather warning is for ("heat advisory for Phoenix")."""
    if c.prev not in _TOWN_PREPOSITION or c.last.possessive:
        return None
    if " ".join(c.lowers) not in lx.place_names():
        return None
    start = max(0, c.start - 90)
    return VETO if _WEATHER_WARNING_BEFORE.search(f.doc.text, start, c.start) else None


# Eponyms that are a body's initials: read as one only in capitals ("the AMA", not "Ama
# Owusu", an Akan given name).
_INITIALS_EPONYMS = frozenset("nih cdc fda who ada ama aap rsv hpv".split())


def eponym(f: _Finder, c: Candidate) -> str | None:
    """Holds an eponym ("Alzheimer") that is not also a known given name or surname."""
    for w, word in zip(c.lowers, c.words, strict=True):
        if w in lx.EPONYMS and w not in lx.GIVEN_NAMES and w not in lx.SURNAMES:
            if w not in _INITIALS_EPONYMS or word.base.isupper():
                return VETO
    return None


# (clean51) What a listed eponym's illness has that a person has too, so read only after
# an eponym: "Addison's crisis in a 40yo", "Cushing's triad", "Graves' orbitopathy",
# "Ludwig's angina" (not "Sarah's crisis", which is hers).
_EPONYM_ILLNESS_WORDS = frozenset(
    "crisis crises criteria classification angina orbitopathy ophthalmopathy arthritis"
    " anemia anaemia hallucinations lesions nodules spots flare flares".split()
)


def eponym_disease(f: _Finder, c: Candidate) -> str | None:
    """An eponym then a disease word ("Parkinson disease", "Bell palsy", "Addison's crisis")."""
    if (c.last.lower in lx.EPONYMS or c.lowers[-1] in lx.EPONYMS) and (
        c.after_lower in _DISEASE_WORDS or c.after_lower in _EPONYM_ILLNESS_WORDS
    ):
        return VETO
    return None


# (read 119-122) Not after a courtesy title, which no eponym takes: "Mrs Smith's test
# results are back", "Mr Okafor's fracture is healing" are theirs.
def possessive_disease(f: _Finder, c: Candidate) -> str | None:
    """A possessive then a disease word ("Crohn's disease", "Bell's palsy")."""
    if c.after_lower not in _DISEASE_WORDS or not c.last.possessive:
        return None
    return None if c.prev.rstrip(".") in lx.TITLES else VETO


# (read 131-134) Possessives listed before one plural of a disease word, each a sign or a test
# by its eponym: "Chadwick's, Goodell's and Hegar's signs", "Kernig's and Brudzinski's signs"
# (not "tests": "Sarah's and Tom's tests came back fine" are theirs).
_POSSESSIVES_THEN_THEIR_KIND = lazy.compile(
    r"(?:['’]s?)?(?:[ \t]*,[ \t]*[^\W\d_][\w-]*['’]s?)*[ \t]*,?[ \t]*(?:and|or|&)[ \t]+"
    r"[^\W\d_][\w-]*['’]s?[ \t]+(?:signs|manoeuvres|maneuvers|reflexes|triads|nodes"
    r"|syndromes|diseases)\b(?![ \t]+of\b)",
    re.IGNORECASE,
)


def possessives_listed_disease(f: _Finder, c: Candidate) -> str | None:
    """A possessive listed before a sign's plural ("Chadwick's, Goodell's and Hegar's signs")."""
    if not c.last.possessive or c.prev.rstrip(".") in lx.TITLES:
        return None
    return VETO if _POSSESSIVES_THEN_THEIR_KIND.match(f.doc.text, c.end) else None


# (clean51) The same illness seen from a pattern rule's match, whose words end before
# their possessive: "Is Gilbert's syndrome something a 19yo needs to tell …?" asks about
# the syndrome, not about a Gilbert.
_POSSESSIVE_THEN_WORD = lazy.compile(r"(['’]s?|s['’])?[ \t]+([a-z]+)\b")


def an_illness_by_eponym(text: str, start: int, end: int) -> bool:
    """``text[start:end]`` names an illness: a possessive then a disease word ("Gilbert's
    syndrome", "Bell's palsy"), or a listed eponym then one ("Addison's crisis", "Parkinson
    disease")."""
    m = _POSSESSIVE_THEN_WORD.match(text, end)
    if m is None:
        return False
    after = m.group(2)
    word = text[start:end].rsplit(None, 1)[-1].lower()
    last = word.rstrip("'’s")
    eponym = last in lx.EPONYMS or f"{last}s" in lx.EPONYMS
    if after in _DISEASE_WORDS:
        # (the match's words may hold the possessive or end before it)
        return bool(m.group(1)) or word.endswith(("'s", "’s", "'", "’")) or eponym
    return eponym and after in _EPONYM_ILLNESS_WORDS


# (clean10) ``eponym_listed``: a one-word eponym with its possessive, after which the list
# goes on or ends, near a disease word or another illness by its eponym ("Hashimoto's,
# Graves' disease and Addison's are autoimmune"; not "Addison's crown came off": a noun
# after it is the person's).
_EPONYM_LIST_AFTER = lazy.compile(
    # (clean70) or set against another, a dash after it: "Cushing's vs Addison's — which one …"
    # (clean95) or a hyphen between spaces for the dash: "Graves', Addison's - several …"
    r"[ \t]*(?:[,;/&)—–]|-(?=[ \t])|(?:and|or|are|is|were|was|vs|versus)\b|[.!?]|$"
    # (clean30) or an article, which no noun of the person's own takes after the
    # possessive: "Is Addison's the same as adrenal insufficiency?", "Is Crohn's a
    # lifelong disease?" (not "Addison's crown")
    r"|(?:the|a|an)\b"
    # or a modal verb, which says the word is the illness's subject: "Hashimoto's, Graves'
    # disease and Addison's can all show up in the mouth" (not "Addison's can of soup")
    r"|(?:can|may|might|could|will|would|often|also|usually|sometimes)[ \t]+(?!of\b)[a-z])"
)


def eponym_listed(f: _Finder, c: Candidate) -> str | None:
    """A possessive eponym in a list of illnesses ("Hashimoto's, Graves' disease and Addison's")."""
    if len(c.words) != 1 or not c.last.possessive or c.lowers[0] not in lx.EPONYMS:
        return None
    text = f.doc.text
    if _EPONYM_LIST_AFTER.match(text, c.last.end) is None:
        return None
    left, right = f.doc.sentences[f.doc.sentence_of(c.start)]
    # (the list around it, not a sentence's far end)
    left, right = (
        max(left, c.start - _EPONYM_LIST_REACH),
        min(right, c.last.end + _EPONYM_LIST_REACH),
    )
    for m in _WORD_IN_SENTENCE.finditer(text, left, right):
        if m.start() == c.last.start:
            continue
        word = m.group(1).lower()
        if word in _DISEASE_WORDS or (m.group(2) and word in lx.EPONYMS):
            return VETO
    return None


_EPONYM_LIST_REACH = 60
# A word, and its possessive ending apart ("Graves'", "Addison's").
_WORD_IN_SENTENCE = lazy.compile(r"([A-Za-z][\w-]*?)((?:['’]s?)?)(?![\w'’])")


def branded_thing_after(text: str, end: int) -> bool:
    """A thing sold or grown under a name right after ``end`` ("Jasmine rice", "Aunt Jemima
    products"): ``_BRANDED_THINGS``' first word."""
    following = text[end : end + 40].split()[:1]
    return bool(following) and following[0].strip(".,;:!?").lower() in _BRANDED_THINGS


def product_after_name(f: _Finder, c: Candidate) -> str | None:
    """A maker's or a show's name before what it sells ("Carter's clothes", "Ms. Rachel videos")."""
    if len(c.words) > 1 and c.lowers[-1] in _NAMED_RULES:
        return VETO  # (read 143-146) "The Peter Principle": the rule's word in the run
    following = f.doc.text[c.end : c.end + 40].split()[:4]
    if c.last.possessive:
        words = [w.strip(".,;:!?").lower() for w in following[1:]]
        return VETO if any(w in _PRODUCT_NOUNS for w in words) else None
    first = following[0].strip(".,;:!?").lower() if following else ""
    return VETO if first in _BRANDED_THINGS else None


# (clean16) ``medicine_brand``: what a medicine sold under a given name has beside it. A
# dose or a form right after it ("Allegra 180", "Allegra-D", "Yasmin pill"), another
# medicine joined to it ("Can Allegra be taken with Sudafed?", "Yasmin or Microgynon"), or
# going on, off or over to it before ("been on Camila for three months", "switched to
# Heather", "came off Yasmin").
_MEDICINE_FORM_AFTER = lazy.compile(
    r"(?:[ \t]*-[ \t]*(?-i:D)\b|[ \t]+(?:(?-i:D)\b(?!\.)|\d+[ \t]*(?:mg|mcg)?\b|(?:tablets?"
    r"|pills?|caps|capsules|mini-?pill|contraceptive|allergy|hay[ \t]+fever|24[ \t-]*hour|12[ \t-]*hour"
    r"|morning[ \t-]+after)))"
    # (clean30) or named in apposition as what it is: "Allegra, the allergy pill, is now sold
    # over the counter", "Yasmin, a combined pill,"
    r"|[ \t]*,[ \t]*(?:the|a|an)[ \t]+(?:[\w-]+[ \t]+){0,2}(?:pills?|tablets?|medicines?"
    r"|medications?|drugs?|brand|antihistamines?|contraceptives?|capsules?)\b"
    # (clean40) or said to be one ("Ella is the morning-after pill", "Yasmin is a combined
    # pill"), or taken within days or hours ("Does Ella still work if taken 4 days after?")
    r"|[ \t]+(?:is|was)[ \t]+(?:the|a|an)[ \t]+(?:[\w-]+[ \t]+){0,2}(?:pill|tablet|medicine"
    r"|medication|drug|brand|antihistamine|contraceptive|capsule)\b"
    r"|[^.?!\n]{0,24}?\bif[ \t]+(?:it'?s[ \t]+|you[ \t]+)?tak(?:en|e)[ \t]+(?:within[ \t]+|up[ \t]+to[ \t]+)?"
    r"(?:\d+|one|two|three|four|five)[ \t]*(?:days?|hours?|hrs?|h)\b",
    re.IGNORECASE,
)
_MEDICINE_JOIN = (
    r"(?:[ \t]*[,/&+][ \t]*|[ \t]+(?:with|and|or|vs\.?|versus|than|plus|instead[ \t]+of"
    # (clean40) "the same as Clarityn", "alongside doxycycline"; (clean51) chosen "over"
    # another ("still use Allegra over Zyrtec")
    r"|to|from|into|alongside|over|the[ \t]+same[ \t]+as)[ \t]+)"
)
_MEDICINE_JOINED_AFTER = lazy.compile(
    rf"(?:[ \t]+(?:be[ \t]+|is[ \t]+)?(?:taken|mixed|combined|used|safe|fine|ok|okay"
    # (clean51) or weighed against it ("Is Allegra better than Claritin for kids?")
    rf"|compatible|better|worse|stronger|weaker|safer|cheaper|different)\b[^.?!]{{0,20}}?)?"
    rf"{_MEDICINE_JOIN}(?:the[ \t]+|your[ \t]+|my[ \t]+)?"
    rf"(?!(?:take|use|have|mix|combine|go|be)\b)([A-Za-z][\w-]+)"
)
_MEDICINE_JOINED_BEFORE = lazy.compile(rf"([A-Za-z][\w-]+){_MEDICINE_JOIN}$")
_ON_OR_OFF_BEFORE = lazy.compile(
    r"\b(?:(?:been|went|go|going|gone|started|starting|put|still|stay(?:ed)?|already|now"
    r"|currently)[ \t]+on"
    r"|(?:switch(?:ed|ing)?|chang(?:ed|ing|e)|mov(?:ed|ing))"
    # (clean51) with whom it was switched for between ("switched her from Cerazette to …")
    r"(?:[ \t]+(?:her|him|them|me|us|you|pts?|patients?))?[ \t]+(?:from|to|over[ \t]+to"
    # (clean51) the one switched to, after the one switched from ("switched from Camila
    # to Heather"): the same pill under another brand
    r"|from[ \t]+[\w-]+(?:[ \t]+[\w-]+)?[ \t]+to)"
    # (clean51) or gone from one to the other ("Went from Portia to Camila"); not "went to
    # Heather", whom one goes to see
    r"|(?:went|gone|going|go)[ \t]+from(?:[ \t]+[\w-]+(?:[ \t]+[\w-]+)?[ \t]+to)?"
    r"|(?:came|come|coming|get|got|getting|went|go)[ \t]+off|stopped|stopping)[ \t]+$",
    re.IGNORECASE,
)
# (clean40) taken or tried, as a medicine is ("Has anyone taken Yasmin for PCOS?", "been
# taking Camila for a year"); ``_TAKEN_SOMEWHERE`` keeps "taking Ella to school"
_TAKEN_BEFORE = lazy.compile(
    r"\b(?:tak(?:e|en|ing)|took|tri(?:ed|es)|try(?:ing)?|prescribed"
    # (clean51) or used, as a pill is ("anyone use Nikki or Lo Loestrin for PCOS?")
    r"|us(?:e|ed|es|ing))[ \t]+$",
    re.IGNORECASE,
)
# (clean51) What a medicine does to whoever takes it, said right after its name: it causes
# a symptom ("does Allegra cause drowsiness", "Can Yasmin cause high potassium"), has side
# effects ("Yasmin side effects"), makes one sleepy or interacts with another medicine or a
# food. A person causes "trouble", "a scene" or "the scratch", which this leaves a name.
_MEDICINE_EFFECT_AFTER = lazy.compile(
    r"[ \t]+(?:(?:cause[sd]?|causing)[ \t]+(?!(?:a|an|the|her|his|their|my|our|your|any|so"
    r"|trouble|problems|mischief|chaos|havoc|damage|drama|fights?|accidents?|it|that|this)\b)"
    r"[a-z]"
    r"|side[ \t-]+effects?\b"
    # (clean55) whoever else it makes so, as a question to others asks: "Does Allegra make
    # anyone else sleepy", "make u drowsy", "made everybody else groggy"
    r"|(?:make|makes|made|making)[ \t]+(?:you|u|me|people|kids|children|them|him|her|one"
    r"|anyone|anybody|everyone|everybody|someone|somebody)(?:[ \t]+else)?[ \t]+"
    r"(?:sleepy|drowsy|tired|dizzy|groggy|nauseous|jittery|moody|hungry|thirsty|gain|lose"
    r"|bleed|spot|break[ \t]+out|foggy|wired|restless|bloated)\b"
    r"|interact(?:s|ed|ing)?[ \t]+with[ \t]+(?:other[ \t]+)?(?:grapefruit|alcohol|caffeine"
    r"|food|juice|meds|medications?|medicines?|drugs?|antibiotics?|supplements?))",
    re.IGNORECASE,
)
# A person taken or brought somewhere or with someone: "taking Ella to school", "took
# Heather home", "tried Camila on the phone".
_TAKEN_SOMEWHERE = lazy.compile(
    r"[ \t]+(?:to|home|out|back|in|into|up|over|round|around|away|along|on|with|shopping"
    r"|swimming|for[ \t]+(?:a|her|his|their)[ \t]+(?:walk|check|visit|appointment|swim))\b",
    re.IGNORECASE,
)


_TITLE_BEFORE = lazy.compile(r"\b(?:Mrs|Mr|Ms|Miss|Mx|Dr|Dra|Nurse|Sister)\.?[ \t]+$")
_INN_STEM = lazy.compile(rf"\w\w\w(?:{lx.DRUG_ENDINGS})$")


def _a_medicine(word: str) -> bool:
    """A medicine's name: a brand of ``lx.EPONYMS`` (Sudafed, Zyrtec) or a generic one."""
    lower = word.lower()
    if lower in lx.GIVEN_NAMES or lower in lx.SURNAMES:
        return lower in lx.GENERIC_MEDICINES
    # (clean40) or a generic by its INN stem ("amoxicillin", "doxycycline", "sertraline")
    return lower in lx.GENERIC_MEDICINES or lower in lx.EPONYMS or bool(_INN_STEM.search(lower))


def a_medicine_by_name(text: str, start: int, end: int) -> bool:
    """``text[start:end]``, one word, is a medicine sold under a given name, beside a dose,
    another medicine or a word of going on or off it ("Can Allegra be taken with Sudafed?",
    "been on Camila for three months"); not "My daughter Allegra is allergic to penicillin"
    nor "Heather had a reaction"."""
    if text[start:end].lower() not in lx.MEDICINE_BRANDS_AS_NAMES:
        return False
    if _TITLE_BEFORE.search(text, max(0, start - 8), start):
        return False  # "Mrs. Yasmin D.": a woman by her title
    if _MEDICINE_FORM_AFTER.match(text, end) or _MEDICINE_EFFECT_AFTER.match(text, end):
        return True
    if _ON_OR_OFF_BEFORE.search(text, max(0, start - 40), start):
        return True
    if _TAKEN_BEFORE.search(text, max(0, start - 12), start) and not _TAKEN_SOMEWHERE.match(
        text, end
    ):
        return True
    after = _MEDICINE_JOINED_AFTER.match(text, end)
    if after and _a_medicine(after.group(1)):
        return True
    before = _MEDICINE_JOINED_BEFORE.search(text, max(0, start - 40), start)
    return bool(before and _a_medicine(before.group(1)))


def medicine_brand(f: _Finder, c: Candidate) -> str | None:
    """A medicine sold under a given name (``a_medicine_by_name``): "Allegra 180"."""
    if len(c.words) != 1 or c.last.possessive:
        return None
    return VETO if a_medicine_by_name(f.doc.text, c.start, c.end) else None


# (clean40) ``declared_thing``: what the writer says in brackets a name is, when it is a
# thing ("Florence (the app)", "Sophia (the oral contraceptive brand)", "Nemo (our clinic's
# robot)"): a person's bracket says who ("Sophia (my daughter, 4)", "Ella (the nurse)").
_DECLARED_THING_AFTER = lazy.compile(
    r"[ \t]*\([ \t]*(?:the|a|an|our|that|this)[ \t]+(?:[\w'-]+[ \t]+){0,3}(?:apps?|robots?"
    r"|chatbots?|bots?|brands?|pills?|tablets?|drugs?|medicines?|medications?|contraceptives?"
    r"|devices?|products?|software|programm?e|platform|company|firm|charity|band|show"
    r"|series|film|movie|book|song|album|podcast|hurricane|storm|cyclone|vaccine|website)[ \t]*\)",
    re.IGNORECASE,
)


# (clean51) or says right after it what kind of thing it is, as a question asks whether
# it is a good one ("Is Flo a good period tracker or are those apps bad for privacy?",
# "Ella is an emergency pill", "Is Clue the best app for that?"): the kind word ends the
# phrase, so "Heather is the brand manager" and "Is Sarah a good fit" stay people.
_THING_KINDS = (
    r"(?:apps?|trackers?|robots?|chatbots?|bots?|brands?|pills?|tablets?|drugs?|medicines?"
    r"|medications?|contraceptives?|devices?|products?|software|programm?e|platform|company"
    r"|firm|charity|vaccine|website)"
)
_SAID_TO_BE_A_THING = lazy.compile(
    r"[ \t]+(?:(?:is|was)[ \t]+)?(?:a|an|the)[ \t]+(?:[\w-]+[ \t]+){0,3}"
    rf"{_THING_KINDS}(?=[ \t]*(?:[.,;:!?)]|$|(?:or|and|for|to|that|which|with|like|in|on|by)\b))",
    re.IGNORECASE,
)


def said_to_be_a_thing(text: str, end: int) -> bool:
    """The words after a name ending at ``end`` say what kind of thing it is, in brackets
    ("Florence (the app)") or as what it is ("Is Flo a good period tracker?")."""
    return bool(_DECLARED_THING_AFTER.match(text, end) or _SAID_TO_BE_A_THING.match(text, end))


def declared_thing(f: _Finder, c: Candidate) -> str | None:
    """A name the writer says is a thing ("Florence (the app)", "Is Flo a good tracker?")."""
    return VETO if said_to_be_a_thing(f.doc.text, c.end) else None


_EPITHET_AFTER = lazy.compile(r"[ \t]+the[ \t]+[A-Z][a-z]")


def epithet_after(f: _Finder, c: Candidate) -> str | None:
    """A name then "the" and a capitalised word ("Dora the Explorer", "Bob the Builder")."""
    return VETO if _EPITHET_AFTER.match(f.doc.text, c.end) else None


# (clean12) ``piece_of_a_word``: the fold writes Greek and Cyrillic letters that look Latin as
# Latin ones (normalize: "Αγαπητοί" becomes "Ayaπητoί"), so a word of those scripts can
# begin or end with a Latin run that is a given name ("Aya"). A run touching a letter of
# another script is a piece of that word, not a name; a Latin letter beside it ("Pawe|ł",
# "Nguy|ễn", if the fold left one) keeps it a name.
def piece_of_a_word(f: _Finder, c: Candidate) -> str | None:
    """A Latin run inside a word of another script ("Aya" of the folded "Ayaπητoί")."""
    text = f.doc.text
    for ch in (text[c.start - 1 : c.start], text[c.end : c.end + 1]):
        if ch.isalpha() and not unicodedata.name(ch, "LATIN").startswith("LATIN"):
            return VETO
    return None


# (names16) Turkish's case endings of "in", "at" and "from" after a proper name's apostrophe
# ("Almanya'da", "Kadıköy'deki", "Ankara'dan", "Hastanesi'nden"), as the fold writes them.
_TURKISH_PLACE_CASE = lazy.compile(r"['’]n?[dt][ae](?:ki|n)?$")


def turkish_place_case(f: _Finder, c: Candidate) -> str | None:
    """A capitalised word with a Turkish ending of "in" or "from" ("Babam Almanya'da yaşıyor"): a place, not a name."""
    # A place is where people are "at" or "from" ("Elif'e", to Elif, is a person's ending,
    # and so is a listed name's "from": "Mehmet'ten"): place rules read the place, this
    # keeps the name finder off it.
    word = c.last.text
    if len(c.words) > 1 or ("'" not in word and "’" not in word):
        return None  # "babam Hüseyin Demir İzmir … Hastanesi'nde": a name may open the run
    case = _TURKISH_PLACE_CASE.search(word)
    if case is None:
        return None
    stem = word[: case.start()].lower()
    if (stem in lx.GIVEN_NAMES or stem in lx.SURNAMES) and stem not in lx.place_names():
        return None  # "Mehmet'ten mesaj var": from Mehmet, a person
    return VETO


# (clean12) ``pronoun_abroad``: "she" or "he" of another language that is also a given name,
# opening a sentence of that language ("Ella es la nueva higienista", "Ela se formou na
# UFMG", "Elle est notre assistante", "Dia sakit sejak kemarin"). Of the next three words
# two must be more frequent in that language than in English (wordfreq's small lists), so
# "Ella has had a fever" and "Ela has a rash" stay names; so does "Ella, tienes cita el
# lunes" (a comma after it: someone spoken to).
_PRONOUNS_ABROAD = {
    "ella": ("es",),
    "ela": ("pt",),
    "ele": ("pt",),
    "elle": ("fr",),
    "lei": ("it",),
    # (clean59) and the Portuguese "day" that opens a date ("Dia 12 a clínica fecha …")
    "dia": ("id", "pt"),
    # (names16) and the French plural articles that are given names too ("Les patients
    # hospitalisés …", "Des douleurs …"; not "Les Dawson was", "Des is 60")
    # (clean59) and Spanish "les", to them or to you ("Les pedimos que firmen …")
    "les": ("fr", "es"),
    "des": ("fr",),
    # (clean37) a French notice's heading ("Avis aux patients : …", "Avis : la clinique
    # sera fermée …"; not "Avis is in recovery") and the Portuguese mother as folding
    # writes "mãe" ("Mãe que amamenta pode tomar …?"; not "Mae has a fever")
    "avis": ("fr",),
    "mae": ("pt",),
    "mãe": ("pt",),
    # (clean59) and the grammar words of those languages that are given names elsewhere,
    # none a name of their own language's people: the demonstrative "esta" ("Esta semana la
    # clínica cierra a las cinco", "Esta é a nova tabela"), Portuguese "desta", Italian
    # articles fused with a preposition ("Alla fine della visita …", "Della Robbia" aside:
    # two words), "già" and "hai" as the fold writes them, German "dann", "darin" and
    # "jene" ("Dann muss man die Zahnspange …"), French "toi" and "déjà", Dutch "alleen" and
    # "mee". Not "Sara" (Italian's "will be" is a common name there), "Mia", "Donna", "Ben",
    # "Elke" or "Anders", which are names of those languages' own people too.
    "esta": ("es", "pt"),
    "desta": ("pt",),
    "della": ("it",),
    "alla": ("it",),
    "nella": ("it",),
    "nelle": ("it",),
    "gia": ("it",),
    "hai": ("it",),
    "dann": ("de",),
    "darin": ("de",),
    "jene": ("de",),
    "toi": ("fr",),
    "deja": ("fr", "es"),
    "déjà": ("fr",),
    "già": ("it",),
    "alleen": ("nl",),
    "mee": ("nl",),
    # (clean59) and everyday nouns of those languages that are given names only of other
    # peoples (English, Persian, Slavic): "Vida sana: cepíllate …", "Imposto de Renda
    # termina …", "Bebê de 9 meses com febre …" (the fold writes "bebe"), "Donna incinta al
    # terzo mese …", "Cara dormente depois da anestesia …", "Zona norte: …", "Terra batida
    # …", "Ora la clinica è aperta …", "Vita da dentista …"; not "Rosa", "Paz", "Luz",
    # "Luna" or "Alma", which Spanish speakers are named, nor "Mira" (a name spoken to)
    "vida": ("es", "pt"),
    "renda": ("pt",),
    "bebe": ("pt", "es"),
    "donna": ("it",),
    "cara": ("es", "pt", "it"),
    "zona": ("es", "pt", "it"),
    "terra": ("pt", "it"),
    "tierra": ("es",),
    "ora": ("it",),
    "vita": ("it",),
}
# (clean37) A heading before its colon: "Avis : la clinique …" (a pronoun before one is
# someone spoken to or a speaker's label, "Ella: ya voy").
_HEADINGS_ABROAD = frozenset({"avis"})
_WORDS_AFTER = lazy.compile(r"[^\W\d_]+")


def pronoun_abroad(f: _Finder, c: Candidate) -> str | None:
    """A given name that is "she" in that language's sentence ("Ella es la nueva higienista")."""
    if len(c.words) != 1 or c.last.possessive:
        return None
    langs = _PRONOUNS_ABROAD.get(c.lowers[0])
    if langs is None:
        return None
    text = f.doc.text
    after = text[c.end : c.end + 1]
    if after in (",", "!") or (after == ":" and c.lowers[0] not in _HEADINGS_ABROAD):
        return None  # "Ella, tienes cita el lunes": someone spoken to, not "she"
    words = [m.group().lower() for m in _WORDS_AFTER.finditer(text, c.end, c.end + 60)][:3]
    for lang in langs:
        if sum(1 for w in words if _more_theirs_than_english(w, lang)) >= 2:
            return VETO
    return None


# (clean55) ``word_abroad_opening``: an everyday word of another language that opens a
# sentence of that language, where English puts a name first ("Gracias, doctora, ya me
# siento mejor", "Normalmente a febre da dengue dura de 2 a 7 dias", "Obrigada pela
# paciência", "Hoy no hay consulta"). The word is on neither name list (so "Rosa camina con
# bastón" and "Paz tiene fiebre" stay names), common in that language (Zipf 4 or more on
# wordfreq's small list) and rare in English (a Zipf point below), and two of the next three
# words are more that language's than English's: "Gracias Tom for the lift" is English.
_WORD_ABROAD_ZIPF = 4.0
_WORD_ABROAD_LANGS = ("es", "pt", "fr", "it", "de")
_SENTENCE_HEAD_BEFORE = lazy.compile(r"(?:^|[.!?:;\n¡¿\"“(]|[-–—•*][ \t])[ \t\"“¡¿(]*$")


def word_abroad_opening(f: _Finder, c: Candidate) -> str | None:
    """An unlisted everyday word of another language opening a sentence of that language."""
    if len(c.words) != 1 or c.known or c.last.possessive:
        return None
    text = f.doc.text
    if _SENTENCE_HEAD_BEFORE.search(text, max(0, c.start - 3), c.start) is None:
        return None
    lower = c.lowers[0]
    if not lower.isalpha():
        return None  # "Jean-Baptiste, t'as ton rdv …": wordfreq reads the pieces, names both
    english = lazy.zipf_small(lower, "en")
    words: list[str] | None = None
    for lang in _WORD_ABROAD_LANGS:
        theirs = lazy.zipf_small(lower, lang)
        if theirs < _WORD_ABROAD_ZIPF or theirs < english + 1.0:
            continue
        if words is None:
            words = [m.group().lower() for m in _WORDS_AFTER.finditer(text, c.end, c.end + 60)]
            words = words[:3]
        if sum(1 for w in words if _more_theirs_than_english(w, lang)) >= 2:
            return VETO
    return None


def _more_theirs_than_english(word: str, lang: str) -> bool:
    """``word`` is an everyday word of ``lang`` (Zipf 3 or more) and more its than English's.
    (clean59) The text is read folded, without its accents, so a word of ``lang`` is also
    asked as the fold writes it: "presenter" is French's "présenter" (4.8, English 3.8),
    "hospitalises" its "hospitalisés" ("Les patients doivent présenter leur carte …")."""
    theirs = max(lazy.zipf_small(word, lang), lx.folded_zipf(word, lang))
    return theirs >= 3.0 and theirs > lazy.zipf_small(word, "en")


# (clean12) ``species_name``: a genus that is also a given name, then its species in lower
# case, as health texts name yeasts and plants ("Candida albicans", "Rosa canina",
# "Melissa officinalis tea", "Viola tricolor"). The second word is Latin by its ending, on
# no English, name or other-language list, and no common word of another language follows
# it: "Rosa camina con bastón" and "Candida was seen" stay names.
_SPECIES_AFTER = lazy.compile(r"[ \t]+([a-z]{3,}(?:a|ae|ii|is|us|um|or|ans|ens))\b")
_SPECIES_FOREIGN_REACH = 60


def species_follows(text: str, end: int) -> bool:
    """A species in lower case follows a capitalised word ending at ``end``, in a sentence
    of English ("Candida| albicans is", "Rosa| canina hips"; not "Rosa| camina con")."""
    m = _SPECIES_AFTER.match(text, end)
    if m is None:
        return False
    species = m.group(1)
    english, foreign = lx.english_words(), lx.other_language_words()
    if species in english or species in foreign or species in lx.GIVEN_NAMES:
        return False
    if species in lx.SURNAMES:
        return False
    # "Rosa camina con bastón desde la caída": a sentence of another language goes on
    after = re.findall(r"[^\W\d_]+", text[m.end() : m.end() + _SPECIES_FOREIGN_REACH])
    for word in after:
        lower = word.lower()
        if lower in foreign and lower not in english:
            return False
    # (names91) and one whose words after are none of English's words of three letters or
    # more, whatever language's: "mtoto wangu Baraka anaendelea vizuri baada ya …"
    if len(after) >= 3 and not any(len(w) > 2 and w.lower() in english for w in after):
        return False
    return True


def species_name(f: _Finder, c: Candidate) -> str | None:
    """A genus and its species ("Candida albicans"), or a germ's asked about ("Candida?")."""
    if len(c.words) != 1 or c.last.possessive:
        return None
    text = f.doc.text
    if _A_PERSONS_ARTICLE_BEFORE.search(text, max(0, c.start - 5), c.start):
        return None  # (names91) "ako po si Marites taga Caloocan": Tagalog's article of a person
    if species_follows(text, c.end) or genus_as_a_diagnosis(text, c.start, c.end):
        return VETO
    return None


# Tagalog's articles of a person's name ("si Marites", "ni Jun", "kay Lola"): what follows
# is someone's name, whatever word comes after it.
_A_PERSONS_ARTICLE_BEFORE = lazy.compile(r"\b(?:si|ni|kay)[ \t]+$")


# (clean75) A germ's genus asked about or set against another: "… recent steroid inhaler
# use. Candida?", "Candida or staph?", "staph vs Candida", "Candida and Staph aureus"; not
# "Is Candida ok to come in?", "Candida and Tom came in".
_DIAGNOSIS_AFTER = lazy.compile(r"[ \t]*\?|[ \t]+(?:or|vs\.?|versus)[ \t]", re.IGNORECASE)
_DIAGNOSIS_BEFORE = lazy.compile(r"\b(?:or|vs\.?|versus)[ \t]+$", re.IGNORECASE)
_AND_A_GERM = lazy.compile(r"[ \t]+(?:and|&|or|with)[ \t]+([A-Za-z]+)")


def genus_as_a_diagnosis(text: str, start: int, end: int) -> bool:
    """``text[start:end]`` is a germ's genus (``lexicon.MICROBE_GENERA``) asked about or set
    against another diagnosis."""
    if text[start:end].lower() not in lx.MICROBE_GENERA:
        return False
    if _DIAGNOSIS_AFTER.match(text, end) is not None:
        return True
    if _DIAGNOSIS_BEFORE.search(text, max(0, start - 10), start) is not None:
        return True
    # "caused by Candida and Staph aureus together": beside another germ
    beside = _AND_A_GERM.match(text, end)
    return beside is not None and beside.group(1).lower() in lx.MICROBE_GENERA


def founders_firm(f: _Finder, c: Candidate) -> str | None:
    """Joined to another name by "&" ("Ben & Jerry's", "Johnson & Johnson"): a firm."""
    text = f.doc.text
    lo = max(0, c.start - 20)
    for m in _FOUNDERS_FIRM.finditer(text, lo, min(len(text), c.end + 20)):
        if not (m.start() <= c.start and c.end <= m.end()):
            continue
        firm = m.group(0)
        left, _, right = firm.partition("&")
        # "Ben & Jerry's" (the firm's possessive) or "Johnson & Johnson" (one name twice)
        if firm.rstrip("s").endswith(("'", "’")) or left.strip() == right.strip():
            return VETO
    return None


# A sentence about names as names: "Mochi, Luna and Biscuit are the most common pet names",
# "Grace, Hope and Joy were the top four names for baby girls", "Lyrica and Allegra sound
# like names, but they are medicines", "names such as Maria or Ana".
_NAMES_AS_NAMES = lazy.compile(
    r"\b(?:most[ \t]+(?:common|popular)|sounds?[ \t]+like)[ \t]+"
    r"(?:[\w'’-]+[ \t]+){0,3}?(?:sur)?names?\b"
    # (guard-clinclean5) "top Poland's list of surnames", "the top baby names": names in
    # the plural after "top" ("Top up your name badge" is no name spoken of as a name)
    r"|\btop[ \t]+(?:[\w'’-]+[ \t]+){0,3}?(?:sur)?names\b"
    r"|\bnames[ \t]+(?:like|such[ \t]+as|for[ \t]+(?:baby|babies|boys|girls|pets|dogs|cats))\b"
    r"|\b(?:pet|baby|dog|cat|puppy|kitten)s?['’]?[ \t]+names\b",
    re.IGNORECASE,
)


def names_as_names(f: _Finder, c: Candidate) -> str | None:
    """A name spoken of as a name ("the most common pet names", "sound like names")."""
    if c.strong or len(c.words) > 2:
        return None
    if not f.speaks_of_names:
        return None
    sentence = _sentence_near(f, c, 200)
    if not _NAMES_AS_NAMES.search(sentence) or _about_health(sentence):
        return None  # (a sentence of someone's illness keeps its names)
    return VETO


# (read 143-146) A word in quotes spoken of as a word ("The name 'Candida' comes from the
# Latin"), or a show's, a film's or a book's title in quotes, named as one right after it
# ("\"Marcela\", la nueva telenovela, tiene a una dentista").
_QUOTE_OPENS = lazy.compile(r"""\b(?:the[ \t]+)?(?:name|word|term)[ \t]+['"‘“«]\Z""", re.IGNORECASE)
_QUOTED_TITLE_AFTER = lazy.compile(
    r"""['"’”»][ \t]*,[ \t]*(?:the|a|an|la|el|le|il|o|der|die|das|de|het)[ \t]+"""
    r"(?:[\w-]+[ \t]+)?(?:new[ \t]+|nueva[ \t]+|nuevo[ \t]+|nouvelle[ \t]+|nova[ \t]+)?"
    r"(?:tele)?(?:novela|serie|series|show|film|movie|pel[ií]cula|filme|song|canci[oó]n|book|novel"
    r"|libro|livro|roman|album|podcast|sitcom|drama|documentary|documental)\b",
    re.IGNORECASE,
)


def quoted_as_a_word(f: _Finder, c: Candidate) -> str | None:
    """A name in quotes spoken of as a word or a show's title ("the name 'Candida'")."""
    text = f.doc.text
    if c.start == 0 or text[c.start - 1] not in "'\"‘“«":
        return None
    if _QUOTE_OPENS.search(text, max(0, c.start - 12), c.start) is not None:
        return VETO
    return VETO if _QUOTED_TITLE_AFTER.match(text, c.end) is not None else None


# A place's word before "of" ("Isle of Skye", "County of Kerry", "Vale of Glamorgan").
_GEO_NOUNS_BEFORE_OF = frozenset(
    "isle isles island islands county city town village bay port lake loch mount vale cape"
    " gulf sea strait river province state republic kingdom duchy borough parish district"
    " valley region shire".split()
)
_PLACE_PREPOSITIONS = frozenset("in across throughout around near from to".split())
_JOINED_AFTER = lazy.compile(r"[ \t]*(?:,|and|or|&)[ \t]*(?:and[ \t]+)?([A-Z][a-z]{2,})\b")
_JOINED_BEFORE = lazy.compile(
    r"\b(?:in|across|throughout|around|near|from|to)[ \t]+([A-Z][a-z]{2,})[ \t]*(?:,|and|or|&)[ \t]*$"
)


def place_of_names(f: _Finder, c: Candidate) -> str | None:
    """A given name that is a place: "Isle of Skye", "in Brittany and Normandy"."""
    if c.strong or len(c.words) != 1:
        return None
    if c.prev == "of" and len(c.before) > 1 and c.before[1] in _GEO_NOUNS_BEFORE_OF:
        return VETO
    text = f.doc.text
    if c.prev in _PLACE_PREPOSITIONS:
        joined = _JOINED_AFTER.match(text, c.end)
    elif c.prev in ("and", "or"):
        joined = _JOINED_BEFORE.search(text, max(0, c.start - 40), c.start)
    else:
        return None
    if joined is None:
        return None
    other = joined.group(1).lower()
    if other in lx.place_names() or (
        other not in lx.GIVEN_NAMES
        and other not in lx.SURNAMES
        and other not in lx.TITLES
        and other not in lx.RELATION_WORDS
    ):
        return VETO  # the other is a place, or no one's name: both are places
    return None


def list_of_things(f: _Finder, c: Candidate) -> str | None:
    """The first item of a list of lower-case things ("Holly, ivy and mistletoe are ...")."""
    if len(c.words) == 1 and _LIST_OF_THINGS_AFTER.match(f.doc.text, c.end):
        return VETO
    return None


# Whose a relation word before a name is, that makes the name kin and no one of the firm's
# ("my partner Jordan", "your partner Luke Hemi"); "our partner" is as often a firm's.
_KIN_NOT_THE_FIRMS = frozenset("my his her your their".split())


# (people16) A case's shorthand age right before a name, as a clinician's note or question
# writes the patient: "6yo Kofi, cleft lip repair hx", "3 y/o Wren with a febrile
# seizure", "8-year-old Ruairi (murmur)"; then the case goes on (a comma, a bracket, "with",
# "hx", "presents"). The age says a patient follows, even when the writer is a clinician
# whose own team the staff rule would read the name as.
_AGE_SHORTHAND = (
    rf"(?<![\w/.])\d{{1,3}}[ \t]*-?[ \t]*(?:{lx.AGE_YO}|{lx.AGE_YO_DOTTED}\.?"
    rf"|(?:{lx.AGE_YR}|years?|{lx.AGE_MO}|months?|{lx.AGE_WK}|weeks?)(?:[ \t-]+old)?|m/o)[ \t]+"
)
_AGE_SHORTHAND_BEFORE = lazy.compile(_AGE_SHORTHAND + "$", re.IGNORECASE)
# (names35) The case's sex or a child's word between the age and the name: "8yo girl
# Priyamvada with recurrent nosebleeds", "3 y/o boy Tayo has a rash", "45yo male Kwame c/o".
_CASE_SEX_WORDS = frozenset(("girl", "boy", "male", "female"))
_AGE_SEX_BEFORE = lazy.compile(
    _AGE_SHORTHAND + f"(?:{'|'.join(sorted(_CASE_SEX_WORDS))})" + r"[ \t]+$", re.IGNORECASE
)
# The endings of the words a case is described by after its age ("Smoker", "Nulliparous",
# "Asthmatic", "Postpartum" is a listed health word), which no unlisted given name is read by.
_A_CASES_WORD_ENDING = lazy.compile(
    r"(?:ous|ic|al|ive|er|or|ist|ant|ent|ed|ing|ary|ory|itis|osis|emia|aemia|ida|ara)$"
)
_A_CASE_OPENS_BEFORE = lazy.compile(
    r"(?:^|[.:;,(\n!?-]|\b(?i:pt|patient|a|an|case|re|hx|my|our))[ \t]*$"
)
_AGE_GLUED_BEFORE = lazy.compile(r"(?<![\w/.])\d{1,3}[MF][ \t]+$")
_CASE_GOES_ON = lazy.compile(
    r"[ \t]*(?:,|\(|;|[ \t]+(?:w/|with|c/o|presents|presenting|presented|hx|h/o|s/p|pmh|who"
    r"|has|had|is|was|came|comes|needs|here)\b)",
    re.IGNORECASE,
)
# An animal's case is written the same way ("2yo Frenchie with BOAS, spayed"); and a
# person's origin is no name ("45yo Caucasian, smoker").
_ANIMAL_CASE = lazy.compile(
    r"\b(?:dog|cat|puppy|pup|kitten|canine|feline|horse|mare|gelding|pony|rabbit|breed|vet"
    r"|veterinary|spay|spayed|neuter|neutered|paws?|litter|pet)s?\b",
    re.IGNORECASE,
)
# The word an age written in shorthand ends with, as the tokens read it: "6yo", "3 y/o",
# "4 y.o.", "8-year-old", "2 year old", "5yrs", "7 mo".
_AGE_ENDINGS = frozenset(
    "yo o old year-old month-old week-old years-old yr yrs mo mos wk wks".split()
)
_OWNER_BEFORE_AGE = lazy.compile(r"\b(?:my|our|his|her|their)[ \t]+$", re.IGNORECASE)
ORIGIN_WORDS = frozenset(
    """caucasian hispanic latina latino latinx asian african white black indigenous aboriginal
    maori pasifika filipino filipina punjabi somali""".split()
)
_AFTER_CASE_AGE = "a name right after a case's shorthand age (6yo Kofi, cleft lip repair hx)"


def after_case_age(f: _Finder, c: Candidate) -> str | None:
    """A name right after a case's shorthand age ("6yo Kofi, cleft lip repair hx")."""
    # The case goes on after it ("ped dentist here: 6yo Kofi, …", "3 y/o Wren with a
    # febrile seizure"): a patient, even in a clinician's text. Not an animal's case, nor an
    # origin ("45yo Caucasian, smoker").
    sexed = c.prev in _CASE_SEX_WORDS and c.before[1:2] and c.before[1] in _AGE_ENDINGS
    # (read 99-102) or its sex letter run into it: "27F Mbali with TMJ clicking"
    glued = c.first_index > 0 and f.sex_of_an_age(c.first_index - 1)
    if not (c.prev in _AGE_ENDINGS or sexed or glued) or len(c.words) != 1:
        return None
    if c.strong or c.common:
        return None
    lower = c.lowers[0]
    if c.last.possessive or lower in ORIGIN_WORDS:
        return None
    if not (_unlisted_name_word(c) or (c.known and lower not in lx.english_words())):
        return None
    if glued and not c.known and _A_CASES_WORD_ENDING.search(lower):
        return None  # "45M Smoker with …", "28F Nulliparous with …": what the case is
    text = f.doc.text
    left = f.doc.sentences[c.first.sentence][0]
    shorthand = _AGE_SEX_BEFORE if sexed else _AGE_GLUED_BEFORE if glued else _AGE_SHORTHAND_BEFORE
    age = shorthand.search(text, max(left, c.start - 32), c.start)
    if age is None:
        return None
    # "my 2yo Ayla put a bead up her nose": the writer's own child, whatever follows
    owned = _OWNER_BEFORE_AGE.search(text, max(left, age.start() - 8), age.start()) is not None
    if not owned and _CASE_GOES_ON.match(text, c.end) is None:
        return None
    if owned and not c.known and not _a_childs_name(c):
        return None  # (names51) "my 10 year old Subaru", "my 2 year old MacBook": a thing's
    if _THING_AFTER.match(text, c.end) is not None:
        return None  # (names51) "my 9yo Roblox account", "6yo Chromebook laptop"
    if _ANIMAL_CASE.search(f.doc.sentence_text(c.first.sentence)) is not None:
        return None
    return _AFTER_CASE_AGE


# (chatnames48) The writer's own name as one of a practice's people writing to one patient:
# "hey it's Grace from the front desk, your next appt is the 27th", "Hi, this is Amaka from
# billing, call me back on …", "hi this is Jess from Bright Smiles, your crown is in". The
# fresh sets mark the name there (28, 40, 41, 44, 45, 47): it says who wrote to that one
# patient. Not a post to many ("Hi everyone, it's Grace from the front desk, we're closed
# Monday"), nor an introduction with nothing of the reader's ("This is Jess from
# reception, we're hiring").
_FROM_A_DESK_AFTER = lazy.compile(
    r"[ \t]+(?:from|at|with|in)[ \t]+(?:the[ \t]+)?(?:front[ \t-]*desk|reception|billing"
    r"|accounts|scheduling|bookings?|office|(?-i:[A-Z])[\w'’&.-]*)\b",
    re.IGNORECASE,
)
_TO_ONE_READER = lazy.compile(
    r"\b(?:your|ur|(?:call|ring|text|phone)[ \t]+(?:me|us)[ \t]+back)\b", re.IGNORECASE
)
_TO_A_CROWD = lazy.compile(
    r"\b(?:everyone|everybody|all|folks|y['’]?all|friends|patients|families|neighbou?rs"
    r"|community|followers|hiring)\b",
    re.IGNORECASE,
)
STAFF_TO_ONE_TAG = "[name.staff_writing_to_one]"
CARER_OF_THE_WRITER_TAG = "[name.carer_of_the_writer]"
_STAFF_TO_ONE = "the writer's own name, a practice's person writing to one patient"


def written_to_one_reader(text: str, end: int) -> bool:
    """(read 143-146) After the writer's own name ending at ``end``, a short message speaks to
    one reader ("your", "call me back") and to no crowd ("everyone", "patients", "hiring"):
    a practice's person writing to one patient (``staff_writing_to_one``)."""
    return (
        len(text) <= SHORT_MESSAGE
        and _TO_ONE_READER.search(text, end) is not None
        and _TO_A_CROWD.search(text) is None
    )


def staff_writing_to_one(f: _Finder, c: Candidate) -> str | None:
    """The writer's name as staff writing to one patient ("hey it's Grace from the front desk, your appt …")."""
    if len(c.words) != 1 or c.last.possessive or c.start > 40:
        return None
    text = f.doc.text
    its = _ITS_ME_BEFORE.search(text, 0, c.start)
    if its is None or not opening_vocative(text, its.start() + 1 if its.start() else 0):
        return None
    if _FROM_A_DESK_AFTER.match(text, c.end) is None or len(text) > SHORT_MESSAGE:
        return None
    lower = c.lowers[0]
    if not (lower in lx.GIVEN_NAMES or _a_name_word(c.first, lower)):
        return None
    return _STAFF_TO_ONE if written_to_one_reader(text, c.end) else None


# (staff59) The people around a person, named in that person's own message, saying or
# doing something of the writer's matter: "Our clinic nurse Fenna says my mom can't get the
# shingles shot", "My case manager Tonya says my Medicaid ID is inactive", "ugh my physio
# Marco cancelled on me again", "my husband's colleague Brendan recommended you". ``staff``
# reads a name after a care role as the practice's own; here the writer speaks as "I" of
# their own or their family's matter, and the carer, case manager or colleague they name
# is a private person of that message. Not a practice's own team post, which may say "I"
# too ("Meet our hygienist Sarah: I have worked beside her for ten years"), nor one
# introducing themself ("I'm Nurse Aiyana"), nor praise alone, which a review gives a
# practice's public staff ("the receptionist Janine was lovely", "my physio Hamish is the
# best": the name does nothing there), nor a relation word's name (``relation_before``).
_WRITER_AS_I = lazy.compile(
    r"\b(?:(?-i:I)|i['’](?:m|ve|d|ll)|me|my|mine|myself)\b"
    r"|\bi[ \t]+(?:am|was|have|had|did|do|dont|don['’]t|cant|can['’]t|think|thought|need|want"
    r"|got|get|went|called|asked|said|just|will|would|feel|felt|saw|know)\b",
    re.IGNORECASE,
)
# "my" alone says the writer's own matter where the role is "our" ("Our clinic nurse Fenna
# says my mom …"): a practice's reply to a review says "me" only in the review it quotes.
_WRITERS_MY = lazy.compile(r"\bmy\b", re.IGNORECASE)
_TEAM_POST = lazy.compile(
    r"\b(?:meet|welcome[sd]?|welcoming|joined|joins|joining|proud|congrat\w*|bio|profile|team"
    r"|newsletter|hiring|introduc\w+|anniversary|retir\w+|graduated|qualified|celebrat\w+)\b",
    re.IGNORECASE,
)
_CARE_ROLES_BEFORE = (lx.STAFF_WORDS | lx.STAFF_WORDS_ABROAD) - {
    "dr",
    "doctor",
    "do",
    "team",
    "staff",
    "partner",
}
# What the one named does, right after the name: a verb of telling or of acting, or one
# in the past ("says", "told", "cancelled", "has"), after a comma or an adverb at most.
_DOES_AFTER = lazy.compile(
    r"[ \t]*,?[ \t]*(?:(?:just|also|then|finally|never|still|already|actually|literally)[ \t]+)?"
    r"(?P<verb>[a-z][\w'’]*)"
)
_CARER_DOES = (_REPORTING_VERBS | (_VERBS_BETWEEN - {"is", "was", "are", "were"})) | frozenset(
    """keeps kept will won't wont can can't cant could couldn't would wouldn't didn't
    doesn't did does got gets put puts rescheduled forgot forgets moved lost missed cancelled
    canceled refused refuses recommends recommended""".split()
)
_OWN_INTRODUCTION_BEFORE = lazy.compile(
    r"\b(?:i['’]?m|i[ \t]+am|it['’]?s|this[ \t]+is|me)[ \t]+(?:the[ \t]+|your[ \t]+)?[\w'’-]+[ \t]+$",
    re.IGNORECASE,
)
# The roles ``name.relation`` (rules.toml) reads right after "my", "our", "his", "her" or
# "their" ("my coworker Sam"): its finding, not this rule's.
_RELATION_RULES_ROLES = frozenset(("coworker", "co-worker", "colleague", "manager"))
_CARER_OF_THE_WRITER = (
    "a carer or colleague doing something of the writer's own matter (my physio Marco cancelled)"
)
# (read 151-154) A relative's carer, the relative's possessive before the role (the kin whose
# care ``_KINS_CLINICIAN_BEFORE`` reads too): "Mum's transplant coordinator Selin said …",
# "my dad's nurse Ruth told us" (the writer's family's matter as "my" makes it theirs; a
# clinic's "Dr. Osei's nurse Ruth" is no relative's).
_KIN_OWNS_THE_CARER = lazy.compile(
    rf"\b{_CARED_FOR_KIN}['’]s[ \t]+(?:[\w-]+[ \t]+){{0,2}}$",
    re.IGNORECASE,
)


def carer_of_the_writer(f: _Finder, c: Candidate) -> str | None:
    """A name after a care role in the writer's own message ("my case manager Tonya says my …")."""
    if c.strong or c.prev not in _CARE_ROLES_BEFORE or len(c.words) > 2 or c.last.possessive:
        return None
    if c.prev in _RELATION_RULES_ROLES and c.before[1:2] and c.before[1] in _OWNERS:
        return None  # "my coworker Lupe has had diarrhea": ``name.relation``'s (rules.toml)
    text = f.doc.text
    m = _DOES_AFTER.match(text, c.end)
    if m is None:
        return None
    verb = m.group("verb").lower()
    if verb not in _CARER_DOES and not _a_verb_in_the_past(verb):
        return None
    if f.ctx.staff_words and set(c.lowers) <= f.ctx.staff_words:
        return None  # the practice's own, by its roster
    if not all(
        _a_name_word(w, lo) or lo in lx.GIVEN_NAMES for w, lo in zip(c.words, c.lowers, strict=True)
    ):
        return None
    if len(text) > SHORT_MESSAGE:
        left, right = f.doc.sentences[c.first.sentence]
        scope = text[left:right]
    else:
        scope = text
    owner = "our" in c.before[1:3]
    # (read 151-154) or the writer's relative owns the carer: "Mum's transplant coordinator
    # Selin said"
    writer = (_WRITERS_MY if owner else _WRITER_AS_I).search(scope) is not None or (
        _KIN_OWNS_THE_CARER.search(text, max(0, c.start - 60), c.start) is not None
    )
    if not writer or _TEAM_POST.search(text) is not None:
        return None
    if _OWN_INTRODUCTION_BEFORE.search(text, max(0, c.start - 40), c.start):
        return None
    return _CARER_OF_THE_WRITER


def staff(f: _Finder, c: Candidate) -> str | None:
    """One of the practice's own people ("our hygienist Ana", "Ana, our new assistant")."""
    if c.strong:
        return None
    if _introduced_then_told(f, c):
        return None
    if c.prev in _NOTE_WORDS and _a_notes_subject(f, c):
        return None
    return VETO if f.is_staff(c.words, c.first_index, c.last_index, c.before) else None


# (namevetoes51) A note's or a report's word right before the name: the staff word before it
# names the note's writer ("Daycare director note: Wren …", "Nurse's report: Ilias …").
_NOTE_WORDS = frozenset("note notes report log memo entry incident statement".split())
# ... and what befell the one named, right after the name: a child's or a patient's mishap
# ("Wren bumped her chin on the slide", "Ilias fell off the climbing frame").
_MISHAP_AFTER = lazy.compile(
    r"[ \t]+(?:bumped|banged|fell|tripped|slipped|cut|scraped|grazed|pinched|bit|hit|choked"
    r"|vomited|threw[ \t]+up|sneezed|coughed|fainted|collapsed|wet|soiled"
    # (read 151-154) a tooth lost, chipped or swallowed ("Jaylen lost a loose tooth at lunch")
    r"|lost[ \t]+(?:a|an|his|her|their)[ \t]+(?:\w+[ \t]+)?tooth|chipped|swallowed"
    r"|(?:was|got)[ \t]+(?:bitten|stung|scratched|hurt|injured|sick|sent[ \t]+home|pushed)"
    r"|had[ \t]+(?:a|an)[ \t]+(?:fever|fall|nosebleed|rash|seizure|accident|allergic)"
    r"|complained[ \t]+of)\b",
    re.IGNORECASE,
)


def _a_notes_subject(f: _Finder, c: Candidate) -> bool:
    """The name opens a note a staff member writes and a mishap befalls it ("Daycare
    director note: Wren bumped her chin on the slide today"): the note's subject, no staff
    member ("Director's update: Sarah joins us Monday" has no mishap and stays staff)."""
    return (
        len(c.words) == 1
        and c.prev in _NOTE_WORDS
        and _MISHAP_AFTER.match(f.doc.text, c.end) is not None
    )


# (nameschat37) The writer's name, then what a carer told them: "hey its Dwayne, the dentist
# said my crown …", "this is Mele, the nurse told me to ring". The role and its verb open a
# new clause; "Ana, the hygienist, says" or "Ana, our hygienist" stay an apposition.
_TOLD_AFTER = lazy.compile(
    r"[ \t]*,[ \t]*(?:the|my|his|her)[ \t]+(?:[\w'’-]+[ \t]+)?[\w'’-]+[ \t]+(?:said|says|told"
    r"|tells|thinks|thought|wants|wanted|reckons|asked|called|rang|gave|put|sent|booked|took"
    r"|pulled|found|was|is|has|had)\b",
    re.IGNORECASE,
)


def introduced_then_told(text: str, start: int, end: int) -> bool:
    """The word at ``start:end`` is the name the writer gives as theirs ("it's", "this is")
    before a new clause told of a carer (``_TOLD_AFTER``), or the name a message opens by
    speaking to before such a clause (``_ROLE_CLAUSE_AFTER``): no staff member in apposition."""
    if (
        _TOLD_AFTER.match(text, end) is not None
        and _ITS_ME_BEFORE.search(text, max(0, start - 40), start) is not None
    ):
        return True
    m = _ROLE_CLAUSE_AFTER.match(text, end)
    if m is None or m.group("role").lower() not in lx.STAFF_WORDS:
        return False  # ("Hey Jess, the physio room is moved": a room, no carer)
    return opening_vocative(text, start)


# (chatnames48) The words a chat or a message opens with before the one it speaks to:
# greetings, acknowledgements, thanks and interjections, as people type them in several
# countries ("kk Abebe,", "no worries Wiremu,", "sharp Sipho,", "eh Jean-Guy,", "cheers
# Aroha,", "ok Mai Lee i'll translate", "yo Kwame u coming"). Read only at the text's start.
_VOCATIVE_OPENERS = frozenset(
    """hi hii hey heya hello hiya howdy yo oi dear ok okay okey okie kk k cool eh ay ayy sharp
    shap cheers thanks thank thx ty tysm sure yes yeah yea yep yup ya nah no worries worry prob
    problem np sorry morning evening afternoon good gm man bro mate hun aw aww oh ah ahh right
    alright aight noted perfect great lol lmao lmfao haha omg"""
    # (names55) and the words of feeling a reply to one person opens with, as condolences,
    # congratulations and sympathy are typed: "so sorry Bridie, your dad was …", "congrats
    # Fola!! born …", "big hugs Ngaio, …", "really sorry Tomek, …", "bless Lolo, …"
    """ so soo sooo really very truly deeply awfully terribly condolences congrats
    congratulations welcome bless big hugs hug love miss much yay wow ooh awww""".split()
)
# (names55) A condolence or sympathy opened with "sorry" and its phrase, read as one opener:
# "so sorry for your loss Tamati, …", "sorry to hear that Mags, …"
_SORRY_PHRASE = lazy.compile(
    r"sorry[ \t]+(?:for[ \t]+(?:your|ur)[ \t]+loss|to[ \t]+hear[ \t]+(?:that|this|it))\b",
    re.IGNORECASE,
)
_OPENING_WORD = lazy.compile(r"[\w'’]+")
_OPENING_MARKS = frozenset(" \t,!.")


def opening_vocative(text: str, start: int, least: int = 0) -> bool:
    """Only chat openers (``_VOCATIVE_OPENERS``), ``least`` to three, stand between the text's
    start and ``start``: the word there is the one the message speaks to."""
    if start > 40:
        return False
    words = 0
    at = 0
    while at < start:
        ch = text[at]
        if ch in _OPENING_MARKS:
            at += 1
            continue
        m = _OPENING_WORD.match(text, at, start)
        if m is None or m.group().lower() not in _VOCATIVE_OPENERS:
            return False
        words += 1
        at = m.end()
        if ch in "sS":  # (names55) "sorry for your loss", "sorry to hear that": one opener
            phrase = _SORRY_PHRASE.match(text, m.start(), start)
            at = phrase.end() if phrase is not None else at
    return least <= words <= 3


# (chatnames48) A new clause told of a carer after the name a message speaks to: "Hi Aoife,
# the orthodontist at Cork University Dental has a cancellation", "no worries Wiremu, the
# orthodontist will sort the retainer", "sharp Sipho, the dentist at Chris Hani Bara said
# come early". The role and its verb (a place's name may come between) open the clause;
# "Aoife, the orthodontist at Cork University Dental, has joined" stays an apposition.
_ROLE_CLAUSE_AFTER = lazy.compile(
    r"[ \t]*,[ \t]*(?:the|my|ur|your)[ \t]+(?:[\w'’-]+[ \t]+)?(?P<role>[\w'’-]+)"
    r"(?:[ \t]+(?:at|from|in|on)(?:[ \t]+(?:the[ \t]+)?[\w'’.&-]+){1,4}?)?"
    r"[ \t]+(?:(?:just|also|still|already|finally|never)[ \t]+)?"
    r"(?:said|says|told|tells|wants|wanted|asked|called|rang|sent|booked|moved|has|had"
    r"|is|was|will|would|can|could|needs|reckons|thinks"
    # (staff59) what the carer did for the one spoken to: "cheers Rangi, the physio at
    # Rotorua hospital sorted my shoulder", "hi Keisha, the orthodontist got your email",
    # "ta Sione, the nurse just texted me", and any verb in the past ("fixed", "replied"),
    # not the words an apposition goes on with ("Hi Aoife, the nurse named in …")
    r"|got|gets|did|does|gave|put|took|found|saw|wrote|should|might|won['’]?t|can['’]?t"
    r"|didn['’]?t|doesn['’]?t|couldn['’]?t|hasn['’]?t"
    r"|(?!(?:named|called|nicknamed|qualified|registered|licensed|retired|based|trained)\b)"
    r"[a-z]{3,}ed)\b",
    re.IGNORECASE,
)


def _introduced_then_told(f: _Finder, c: Candidate) -> bool:
    return len(c.words) <= 2 and introduced_then_told(f.doc.text, c.start, c.end)


# Cues: what says it is a person.
_HONORIFICS = frozenset("mr mrs ms miss mx mister".split())
# Words that follow a person's name as often as a product's: "Mr. Long said".
_PERSON_AFTER = frozenset(
    "said says is was has had and or called asked came went will would can could did does who"
    " whose who's is not to from in at on of with".split()
)


def title_before_word(f: _Finder, c: Candidate) -> str | None:
    """A field label after a role word ("Patient ID:") or a brand after an honorific ("Mr. Clean wipes")."""
    # An everyday word on no name list, after "Mr." and before a lower-case noun, is a
    # brand ("Mrs. Dash seasoning"); "Mr. Long said", "Mr. Price" stay names.
    if len(c.words) != 1 or not c.strong:
        return None
    base = c.first.base
    lower = c.lowers[0]
    if c.prev in _RELATION_OR_COACH and base.isupper() and 2 <= len(base) <= 5:
        # ("MY HUSBAND DAVE": in words all in capitals a given name stays one)
        prev = f.previous_word_token(c.first_index)
        shouted = prev is not None and len(prev.base) > 1 and prev.base.isupper()
        if not (
            shouted
            and lower in lx.GIVEN_NAMES
            and (lower not in lx.AMBIGUOUS_NAMES or c.prev in lx.FAMILY_TITLES)
        ):
            return VETO
    after = c.after
    if (
        c.prev.rstrip(".") in _HONORIFICS
        and after is not None
        and after.text[:1].islower()
        # (names99) right before the noun: "Dear Ms Tan, your son's review" is a letter's
        and not f.doc.text[c.end : after.start].strip()
        # (guard-replies) a contraction too: "Mr Muscle won't shift it"
        and after.lower.replace("'", "").replace("’", "").isalpha()
        and after.lower not in _PERSON_AFTER
        and lower not in lx.GIVEN_NAMES
        and lower not in lx.SURNAMES
        and len(lower) > 2
        and lazy.zipf_frequency(lower, "en") >= _EVERYDAY_ZIPF
    ):
        return VETO
    return None


# How common a word must be to read as everyday English after a title ("clean" 4.9,
# "dash" 4.1; "Oyelaran" 0): below it, the word may be a family name.
_EVERYDAY_ZIPF = 4.0


def family_word_before_a_thing(f: _Finder, c: Candidate) -> str | None:
    """A family word then an everyday word on no name list ("Sister Act"), no given name after."""
    if not c.strong or c.prev.rstrip(".") in _HONORIFICS or c.prev not in _RELATION_OR_COACH:
        return None
    lower = c.lowers[0]
    if any(w in lx.GIVEN_NAMES and w not in lx.AMBIGUOUS_NAMES for w in c.lowers[1:]):
        return None  # "Patient Tan Wei Ling": a family name that is a word too, given names after
    if (
        lower in lx.GIVEN_NAMES
        or lower in lx.SURNAMES
        or lower in lx.AMBIGUOUS_NAMES
        or lazy.zipf_frequency(lower, "en") < _EVERYDAY_ZIPF
    ):
        return None
    if len(c.words) == 1 and (
        subject_unwell(f, f.doc.text, c.start, c.end, c.first.sentence)
        or _TAKEN_UP_AS_A_PERSON.match(f.doc.text, c.end) is not None
        or _SAYS_AFTER.match(f.doc.text, c.end) is not None
    ):
        # (guard-recall5) "Aunty Mere had her cataract done", "knows Aunty Mere, she left
        # her walking stick": a person's care, or a person the next clause takes up; (read
        # 103-106) or one who says or asks something ("Aunty Mere said you guys do payment
        # plans")
        return None
    return VETO


_TAKEN_UP_AS_A_PERSON = lazy.compile(r"[ \t]*,[ \t]*(?:she|he)\b", re.IGNORECASE)
_SAYS_AFTER = lazy.compile(
    r"[ \t]+(?:said|says|asked|asks|told|tells|wants|needs|called|rang|texted|messaged|reckons"
    # (read 151-154) or sends a greeting: "Aunty Mere sends her love to the whole team"
    r"|sends|sent|wishes|misses)\b",
    re.IGNORECASE,
)


_POSSESSIVE_LEADS = frozenset("my our his her their your".split())


def shouted_words_part(word: Token, following: Token) -> bool:
    """``name.shouted_run_split``: in words written in capitals ("MY SON HAS CROUP", "MY
    HUSBAND DAVE HAS SHINGLES") a run goes on only to a name word, or from a title or
    family word to a word that is no everyday English ("MY SON OYELARAN"): capitals are
    no cue there, so "HAS CROUP" is no name and "DAVE HAS SHINGLES" is "DAVE". An
    initial counts as a title ("JAMES T. ASKED" is "JAMES T."), and so does a given name
    before a family name on no list ("GUS WHITMAN")."""
    base, nxt = word.base, following.base
    if len(base) > 1 and base.isupper() and nxt in ("A", "I"):
        return True  # "INGRID LARSEN A SPEEDY RECOVERY": the article, not an initial
    if not (base.isupper() and len(nxt) > 1 and nxt.isupper()):
        return False
    lower = following.lower
    if (lower in lx.GIVEN_NAMES or lower in lx.SURNAMES) and lower not in lx.AMBIGUOUS_NAMES:
        return False
    if lower in lx.SURNAMES and word.lower in lx.GIVEN_NAMES:
        return False  # "SUMMER LEE", "HOPE WALKER": a given name, then a family name
    if word.lower in _POSSESSIVE_LEADS and (lower in _RELATION_OR_COACH or lower in lx.TITLES):
        return False  # "MY HUSBAND", "OUR DR.": the words that make the next one a name
    if word.lower in lx.TITLES or word.lower in lx.FAMILY_TITLES:
        # "MS. CARTER", "NANA ROSE": only a word of everyday grammar ends the run there
        return lazy.zipf_frequency(lower, "en") >= _FUNCTION_WORD_ZIPF
    if (
        len(base) == 1
        or word.lower in _RELATION_OR_COACH
        or (word.lower in lx.GIVEN_NAMES and word.lower not in lx.AMBIGUOUS_NAMES)
    ):
        return lazy.zipf_frequency(lower, "en") >= _EVERYDAY_ZIPF
    return True


# How common a word must be to be one of grammar's ("and", "is", "will"), not a name
_FUNCTION_WORD_ZIPF = 5.5


def title_or_family_word(f: _Finder, c: Candidate) -> str | None:
    """A title (Mr., Mrs.) or a family word ("Grandma Rose") opens the run."""
    if len(c.lowers) == 1 and c.lowers[0] in _DOCTOR_WORDS:
        # a title before a doctor's: "Herr Dr. Müller", whose run is "Dr" alone
        return None
    return c.strong or None


def kin_word_alone(f: _Finder, c: Candidate) -> str | None:
    """A family word alone in place of a name ("Nana always said", "Thanks Aunty!")."""
    # (guard-shortclean6) it names no one; "Nana Akua", "Aunty Mere" open with it and are
    # decided before, by title_or_family_word
    return VETO if lx.kin_word_alone(c.lowers) else None


# (read 79-126) A family name on no list after a courtesy title in lower case, as a text
# typed all in lower case writes it ("attention staff: mrs. lungu is allergic to latex",
# "so sorry to hear about your visit, mrs. fennimore", "ms allyne was my daughter's
# teacher"): a word of letters that is no English word and rare in English ("mr. clean" is
# a brand of words).
_COURTESY_TITLES = frozenset("mr mrs ms mx miss".split())


def _unlisted_after_a_courtesy_title(title: str, word: str) -> bool:
    """``word`` (lower case), on no name list, after ``title`` is a family name: a
    courtesy title, a word of three letters or more, no English word, rare in English."""
    return (
        title in _COURTESY_TITLES
        and len(word) >= 3
        and word.isalpha()
        and word not in lx.english_words()
        and lazy.zipf_frequency(word, "en") < 2.5
    )


def _after_a_figure(tokens: list[Token], i: int) -> bool:
    """The token before ``tokens[i]`` ends in a figure: "510 ms" is a unit after its
    number, no title."""
    return i > 0 and tokens[i - 1].text[-1:].isdigit()


# (scripts12) Titles as people write them in lower case before a capitalised name, with
# Polish's declined forms ("z panem Wiśniewskim", "u pani Kowalskiej"); not "miss" (a verb:
# "I miss Paris"), "pan" ("a frying pan Tefal makes"), "sig", "sr" (a sign-off's senior).
_LOWER_TITLES = (lx.TITLES - {"miss", "sig", "sr"}) | {"pana", "panu", "panem", "panią", "pania"}


def lower_title_before(f: _Finder, c: Candidate) -> str | None:
    """A capitalised name after a title in lower case ("saw mrs Jones", "u pani Nowakowej")."""
    # The run of capitals leaves such a title out: "la señora Pérez", "con la signora Rossi",
    # "z panem Wiśniewskim" (Polish declines the title and the name). Not a word in capitals
    # after it ("mr NHS"); a common capitalised word ("mrs Christmas") is no candidate here.
    if c.prev not in _LOWER_TITLES and c.prev not in _NAME_PARTICLES:
        return None
    # (read 111-114) a family name's particles in lower case between ("mevrouw de Groot",
    # "meneer van der Berg", "la señora de la Cruz")
    start, j = f.particles_before(c)
    if j < 0 or f.tokens[j].lower not in _LOWER_TITLES:
        return None
    prev_token = f.tokens[j]
    if prev_token.capitalized or (start == c.start and prev_token.end + 2 < c.start):
        return None
    if c.first.base.isupper():
        return None
    if _after_a_figure(f.tokens, j):
        return None  # (read 119-126) "QTc 510 ms. Workup?": milliseconds, no Ms
    return "a title written in lower case before a name (mrs Jones, pani Nowakowej)"


# (read 111-114) Tagalog's article of a person's name, in lower case right before it ("yung
# anak ko na si Princess", "kasama ko si Jun", "sabi ni Marites", "ibigay kay Lorna"), in a
# sentence with Tagalog's own words besides: Spanish and Italian "si" is "if", "yes" or
# "oneself" ("si Dios quiere", "si Medicare paga").
_TAGALOG_ARTICLES = frozenset(("si", "ni", "kay"))
_TAGALOG_WORDS = frozenset(
    "ang ng mga po yung ko kasi naman lang niya siya ako kami namin natin nila talaga sana"
    " anak kasama sabi".split()
)
_TAGALOG_SENTENCE_WORD = lazy.compile(r"[^\W\d_]+")
# What a Tagalog sentence calls someone by after the article without naming them: the doctor,
# a nurse, a sir or ma'am, an elder sibling, an aunt or a grandparent ("sabi ni Doc", "si
# Kuya", "kay Lola"), and the titles a name follows ("kay Dr. Reyes", "si Atty. Cruz")
_TAGALOG_CALLED = frozenset(
    "doc dok doktor doktora dr dra doctor prof atty engr nurse maam ma'am sir kuya ate tita"
    " tito lola lolo nanay tatay inay itay mama papa".split()
)


def tagalog_article_before(f: _Finder, c: Candidate) -> str | None:
    """After Tagalog's "si", "ni" or "kay" in lower case, in a Tagalog sentence."""
    if c.prev not in _TAGALOG_ARTICLES or c.strong or c.lowers[0] in _TAGALOG_CALLED:
        return None
    if c.lowers[0] in lx.TITLES or c.lowers[0] in lx.RELATION_WORDS:
        return None
    article = f.previous_word_token(c.first_index)
    if article is None or article.text != c.prev:
        return None  # "Si", "SI": a sentence's first word, a unit, an acronym
    sentence = f.doc.sentence_text(c.first.sentence)
    if not any(w.lower() in _TAGALOG_WORDS for w in _TAGALOG_SENTENCE_WORD.findall(sentence)):
        return None
    return "follows Tagalog's article of a person's name (si, ni, kay)"


def relation_before(f: _Finder, c: Candidate) -> str | None:
    """After a lower-case "patient", "daughter", "little" ("my daughter Emma")."""
    prev = c.prev
    if prev in lx.RELATION_WORDS_ABROAD and c.before[1:2] and c.before[1] in lx.POSSESSIVES_ABROAD:
        # another language's family word after its possessive: "ma sœur Amandine", "meri
        # behen Pooja", "mi madre, María López"
        return "follows a family word of another language (mi madre, ma sœur)"
    if prev not in lx.RELATION_WORDS and prev not in lx.AFFECTION_WORDS:
        # (guard-replies) "my boy TK", "our girl Mere": a parent's word for a child
        if prev not in _CHILD_WORDS or c.before[1:2] not in (["my"], ["our"]):
            return None
    prev_token = f.previous_word_token(c.first_index)
    if prev_token is None or prev_token.capitalized or prev_token.possessive:
        return None
    if len(c.words) == 1 and c.lowers[0] in lx.COMMON_CAPITALIZED:
        return None
    if len(c.words) == 1 and _NO_ONES_LETTER.match(f.doc.text, c.start):
        return None  # "patient X" (a case's placeholder), "mother O+" (a blood group)
    if (
        prev[:-1] in lx.RELATION_WORDS
        and prev.endswith("s")
        and ":" in f.doc.text[prev_token.end : c.start]
    ):
        return None  # (read 155-158) a plural heading a list: "hospice patients: Biotène or …"
    if prev in lx.AFFECTION_WORDS and _THING_AFTER.match(f.doc.text, c.end) is not None:
        return None  # (names51) "my little Yorkie puppy", "my baby Roblox account"
    return "follows a word like patient, daughter or little"


# (names51) What a parent writes right before a child's name without a family word: an age
# ("my 4yo Reid", "our 2 yr old Nasir", "my 18-month-old Zara", "her 7 year old, Arlo") or a
# fond word and a word for a child ("my little one Mere", "my lil girl Jaylah", "our baby
# boy Kai"), after the writer's, a partner's or a family's possessive; and Spanish,
# Portuguese and French's article or possessive before a word for a little girl or boy ("la
# niña Yaretzi", "mi nena Sofi", "o menino Davi", "ma petite Inès"). Cars, devices and pets
# are given ages too ("my 10 year old Subaru", "my 12yo Labrador"): the name must be one,
# listed or a rare word, and a pet's sentence or a thing's noun after it rules it out.
_NUMBER_WORDS = "one two three four five six seven eight nine ten eleven twelve thirteen"
_CHILD_AGE = (
    r"(?:(?:almost|nearly|just|turned|now)[ \t]+){0,2}"
    rf"(?:\d{{1,2}}(?:[.,]5)?|{'|'.join(_NUMBER_WORDS.split())}|a)[ \t]*-?[ \t]*"
    rf"(?:{lx.AGE_YO}|{lx.AGE_YO_DOTTED}\.?|{lx.AGE_YR}|years?|{lx.AGE_MO}|months?|m/o|mths?"
    rf"|{lx.AGE_WK}|weeks?|days?)"
    r"(?:[ \t]*-?[ \t]*old)?"
)
_FOND_WORDS = "little lil baby youngest eldest oldest middle younger older big sweet precious wee"
_CHILD_NOUNS = "one ones girl boy lad lass man guy princess angel bub bubs munchkin bean babe"
_CHILD_LEAD = lazy.compile(
    r"\b(?:my|our|his|her|their|ur)[ \t]+"
    rf"(?:(?:(?:{'|'.join(_FOND_WORDS.split())})[ \t]+){{0,2}}{_CHILD_AGE}"
    rf"(?:[ \t]+(?:{'|'.join(sorted(lx.RELATION_WORDS | frozenset(_CHILD_NOUNS.split())))}))?"
    rf"|(?:(?:{'|'.join(_FOND_WORDS.split())})[ \t]+){{1,2}}(?:{'|'.join(_CHILD_NOUNS.split())})"
    # "my youngest Ava", "our eldest, Kahu": the rank among the writer's children
    r"|(?:youngest|eldest|oldest|middle))"
    r"[ \t]*,?[ \t]*\Z"
    r"|\b(?:la|el|mi|nuestra|nuestro|a|o|minha|meu|ma|mon|la|le|notre)[ \t]+"
    r"(?:niña|nina|niño|nino|nena|nene|chiquita|chiquito|pequeña|pequena|pequeño|pequeno"
    r"|menina|menino|petite|petit|bebê|bebe|bebé)[ \t]*,?[ \t]*\Z",
    re.IGNORECASE,
)
# What follows a thing's or a pet's name, not a child's ("my 3yo Roblox account", "my 9 year
# old Labrador mix"), and what a sentence about a pet holds.
_THING_AFTER = lazy.compile(
    r"[ \t]+(?:account|laptop|phone|tablet|car|truck|van|suv|watch|console|mix|puppy|pup|dog"
    r"|cat|kitten|horse|pony|tv|set|bike|game|games|app|stroller|seat|shoes|jacket|toy|toys)\b",
    re.IGNORECASE,
)
_PET_SENTENCE = lazy.compile(
    r"\b(?:dogs?|cats?|pupp(?:y|ies)|pups?|kittens?|vets?|veterinar\w*|breed|breeder|horses?"
    r"|pony|rescue|adopted|spayed|neutered|paws?|fur|kibble|leash|litter)\b",
    re.IGNORECASE,
)
# The last word of such a lead, as the tokens read it ("4yo" ends in "yo", "3 y/o" in "o"):
# a cheap gate before the pattern.
_CHILD_LEAD_LAST = (
    frozenset(
        "yo o old year years yr yrs mo mos month months mth mths m wk wks week weeks day days"
        " year-old month-old week-old day-old years-old nina nino niña niño nena nene chiquita"
        " chiquito pequena pequeno pequeña pequeño menina menino petite petit bebe bebé bebê".split()
    )
    | frozenset(_CHILD_NOUNS.split())
    | frozenset(("youngest", "eldest", "oldest", "middle"))
    | lx.RELATION_WORDS
)
_CHILD_NAME_ZIPF = 3.0  # an unlisted word no commoner in English ("Tama" 2.8; not "Subaru" 3.3)
_CHILD_AFTER_AGE = "a child named after their age or a fond word (my 4yo Reid, my little one Mere)"


def _a_childs_name(c: Candidate) -> bool:
    """Every word of ``c`` is a listed given name or surname, or a name-like word on no
    list that English seldom writes ("Tama", "Yaretzi", "Fatima-Zahra")."""
    for w in c.lowers:
        for part in w.split("-"):
            if _a_name(part):
                continue
            if not _name_word(part) or lazy.zipf_frequency(part, "en") >= _CHILD_NAME_ZIPF:
                return False
    return True


def child_after_age(f: _Finder, c: Candidate) -> str | None:
    """A child's name after the parent's "my" and an age or a fond word ("my 4yo Reid")."""
    if len(c.words) > 3 or c.prev not in _CHILD_LEAD_LAST or c.first.base.isupper():
        return None
    text = f.doc.text
    if _CHILD_LEAD.search(text, max(0, c.start - 60), c.start) is None:
        return None
    if _THING_AFTER.match(text, c.end) is not None or not _a_childs_name(c):
        return None
    if _PET_SENTENCE.search(_sentence_near(f, c, 160)):
        return None
    return _CHILD_AFTER_AGE


# One capital that names no one: a case's placeholder, or a blood group's letter.
_NO_ONES_LETTER = lazy.compile(r"(?:[XYZ](?![\w'’.])|(?:A|B|AB|O)[ \t]?(?:[+-]|pos\b|neg\b))")


# Words after "the X" that make X a part of a town or a country, not a family.
_AREA_NOUNS = frozenset(
    "district districts area suburb suburbs region shire estate valley coast peninsula"
    " ranges precinct quarter neighbourhood neighborhood".split()
)


def family_named(f: _Finder, c: Candidate) -> str | None:
    """ "the Garcia family", "the Smiths"."""
    if c.prev != "the":
        return None
    after = c.after
    if (
        after is not None
        and c.after_lower == "family"
        and _FAMILY_OF_THINGS.match(f.doc.text, after.start + len(after.text))
    ):
        return VETO  # "the Johnson family of products": a line of things, not people
    lowers = c.lowers
    if c.after_lower in _AREA_NOUNS:
        return VETO  # (guard-replies) "the Hills district", "the Downs area": a place
    if (
        c.after_lower in _FAMILY_NOUNS
        and (lowers[-1] in lx.SURNAMES or lowers[0] in lx.GIVEN_NAMES)
    ) or (len(c.words) == 1 and lowers[0].endswith("s") and lowers[0][:-1] in lx.SURNAMES):
        return "a family named in a post"
    if c.after_lower == "family" and len(c.words) == 1 and _no_word_but_a_name(lowers[0]):
        return "a family named in a post"  # (read 111-114) "the Faleolo family"
    return None


# (read 111-114) A family name no list holds ("Our hearts go out to the Faleolo family"): a
# word of letters that no English text uses (Zipf under 1.5: not "the Invisalign family",
# 2.1) and no family of living things ("the Rosaceae family", "the Herpesviridae family").
_NO_WORD_ZIPF = 1.5
_TAXON_ENDINGS = ("aceae", "idae", "inae", "ales")


def _no_word_but_a_name(lower: str) -> bool:
    return (
        lower.replace("-", "").isalpha()
        and not lower.endswith(_TAXON_ENDINGS)
        and lazy.zipf_frequency(lower, "en") < _NO_WORD_ZIPF
    )


# (guard-replies) "my Tui keeps waking at night … give her", "My Eden has had a fever since
# his molars …": the writer's own, named right after "my" or "our", doing what a person does,
# with a third person's pronoun in the sentence.
_PERSON_VERB_AFTER = frozenset(
    "keeps kept has had is was needs needed won't can't cannot wont cant refuses refused woke"
    " fell broke loves hates got gets started cries cried screams screamed bit bites"
    " chipped lost knocked swallowed".split()
)
_THIRD_PERSON = lazy.compile(r"\b(?:he|his|him|she|her|hers|he's|she's)\b", re.I)
_MY_NAMED = "a name right after my or our, doing what a person does (my Tui keeps waking … her)"


def possessive_then_person(f: _Finder, c: Candidate) -> str | None:
    """A name right after "my" or "our", then a person's verb and a pronoun ("my Tui keeps … her")."""
    if len(c.words) != 1 or c.prev not in ("my", "our") or c.last.possessive:
        return None
    lower = c.lowers[0]
    if (
        lower in _MONTHS_OR_WEEKDAYS
        or lower in lx.CALENDAR_NOUNS
        or lower in lx.HEALTH_SINGLE_WORDS
    ):
        return None
    if c.first.base.isupper() or c.after_lower not in _PERSON_VERB_AFTER:
        return None
    sentence = f.doc.sentence_text(c.first.sentence)
    return _MY_NAMED if _THIRD_PERSON.search(sentence) else None


def possessive_care(f: _Finder, c: Candidate) -> str | None:
    """A possessive then care, family or a health term ("Emma's surgery")."""
    last = c.last
    if not last.possessive:
        return None
    if not (
        c.after_lower in _CARE_NOUNS
        or c.after_lower in lx.HEALTH_SINGLE_WORDS
        or c.after_lower in _BODY_READINGS
        or c.after_lower in _BODY_PARTS
        or c.after_lower in SYMPTOMS
        or _HEALTH_START.match(f.doc.text, last.end)
        or _LEAVE_AFTER.match(f.doc.text, last.end)
    ):
        return None
    if c.lowers[0] in lx.COMMON_CAPITALIZED or c.lowers[0] in _MONTHS_OR_WEEKDAYS:
        return None
    if len(c.words) == 1 and (c.lowers[0] in lx.RELATION_WORDS or c.lowers[0] in _PEOPLE_AT_LARGE):
        return None  # "Mum's hip replacement", "Children's flu vaccinations": no one's name
    if _a_towns_service(f, c):
        return None  # "Dubbo's new hospital opened in 2021": a town's, no one's care
    if _a_crowns_title(f, c):
        return None  # (clean37) "named a Queen's Nurse", "the King's Fund": a title's
    if len(c.words) == 1 and c.prev in _HAS_A_DISEASE and c.lowers[0].rstrip("'’s") in lx.EPONYMS:
        return None  # "diagnosed with Hashimoto's last month": a disease named after someone
    return _POSSESSIVE_CARE


_POSSESSIVE_CARE = "someone's care or family (\"X's surgery\")"
# (clean37) A crown's word before its possessive, then a capitalised word: an award's, a
# charity's or an institution's name ("a Queen's Nurse", "the Queen's Nursing Institute",
# "King's Nurse", "the Prince's Trust"), no one's carer (not "Queen's nurse came to see mum",
# a nurse's nickname in lower case after it).
_CROWN_WORDS = frozenset("queen king prince princess".split())
_CAPITALISED_AFTER = lazy.compile(r"[ \t]+[A-Z][a-z]")


def _a_crowns_title(f: _Finder, c: Candidate) -> bool:
    """ "a Queen's Nurse", "the Queen's Nursing Institute": a crown's word, its possessive,
    then a capitalised word (``_CROWN_WORDS``)."""
    return (
        len(c.words) == 1
        and c.lowers[0].rstrip("'’s") in _CROWN_WORDS
        and _CAPITALISED_AFTER.match(f.doc.text, c.last.end) is not None
    )


# (guard-clinclean5) Plural words for people at large, capitalised to open a sentence or a
# heading: their possessive is a service's ("Children's flu vaccinations start …").
_PEOPLE_AT_LARGE = frozenset(
    "children women men people kids babies adults teens seniors parents mothers fathers"
    " veterans families students girls boys".split()
)
# (guard-short4) What a town has: "Dubbo's new hospital", "Taupō's only clinic".
_TOWNS_SERVICE = lazy.compile(
    # (guard-clinclean5) up to two such words: "Umhlanga's new day hospital"
    r"[ \t]+(?:(?:new|first|last|big|main|only|old|public|two|three|day|private|general"
    r"|district|community|regional|children['’]s|maternity|dental|medical|nursing|health"
    r"|cancer|eye|mental)[ \t]+){0,2}(?:hospitals?"
    r"|clinics?|wards?|wing|health[ \t]+(?:board|service|services|district)|council|mayor"
    # (clean8a) "Gorey's new health centre", "Tauranga's new dental school"
    r"|(?:health|medical|community|wellness|leisure|cancer|surgical|day)[ \t]+cent(?:re|er)s?|hospice|library"
    r"|university|campus|airport|stadium"
    r"|schools?|water|air|population|residents|ambulance|emergency[ \t]+department"
    # (read 79-126) a state's or a country's health record: "Kerala's health model",
    # "Cuba's health system", "Ontario's infant mortality rate"
    r"|health[ \t]+(?:model|system|care|record|outcomes|indicators)|infant[ \t]+mortality)\b",
    re.IGNORECASE,
)
# (clean8a) ... that opens: "Paisley's new health centre opened on Monday" is a town's
# building even when the town is a given name or on no list (no one's care opens).
_OPENS = lazy.compile(
    r"[ \t]+(?:(?:will|is|was|has|had|finally|officially|now|to)[ \t]+)*(?:be[ \t]+|been[ \t]+)?"
    r"(?:open(?:s|ed|ing)?|unveiled|launch(?:es|ed)?)\b",
    re.IGNORECASE,
)


def _a_towns_service(f: _Finder, c: Candidate) -> bool:
    """A town on the place list, no given name, owning a hospital, a clinic or a council."""
    if len(c.words) != 1:
        return False
    service = _TOWNS_SERVICE.match(f.doc.text, c.last.end)
    if service is None:
        return False
    if c.lowers[0] not in lx.GIVEN_NAMES and c.lowers[0] in lx.place_names():
        return True
    return _OPENS.match(f.doc.text, service.end()) is not None


# Words before a disease's name: "diagnosed with Hashimoto's", "she has Crohn's".
_HAS_A_DISEASE = frozenset("with has had have of for".split())


# A day of the month as a word before its month: "12", "2nd", "21st".
_DAY_NUMBER = lazy.compile(r"(?:[1-9]|[12]\d|3[01])(?:st|nd|rd|th)?")
_THE_WRITER = frozenset("i i'm i’m im i've i’ve i'd i’d i'll i’ll".split())


def greeting(f: _Finder, c: Candidate) -> str | None:
    """After a greeting or "thank you" ("Hi Emma", "Thank you, Emma")."""
    if c.common or c.lowers[0] in _THE_WRITER:
        return None  # "Hi, I'm a medical student": the writer, no one's name
    if _a_short_title(f, c):
        return VETO  # (surnames55) "Thanks Fr. Declan O'Rourke": the title, then the name
    if (
        c.prev in lx.GREETINGS
        or (
            c.prev[:1] == "h"  # (a drawn-out greeting's first letter, asked before the call)
            and drawn_out_greeting(c.prev)
            and c.lowers[0] not in _ASSISTANTS_GREETED
        )
    ) and not _age_written_yo(f, c):
        return VETO if _a_role_greeted(c) or _a_place_body(f, c) else _GREETED
    lead = f.text_before(c.first_index)
    if _thank_you_before(lead):
        return VETO if _a_role_greeted(c) or _a_place_body(f, c) else _GREETED
    return None


# (chatnames48) What follows the name a message opens by speaking to: a comma, "you" or
# "your" ("Soo-ah your braces adjustment moved"), a question or a request put to them
# ("Gabi can u send me", "Kemi pls"), or what the writer will do for them ("ok Mai Lee i'll
# translate for ur dad").
_SPOKEN_TO_OPENING = lazy.compile(
    r"[ \t]*[,!]|[ \t]+(?:you|u|ur|your|you['’]re|youre|ya|y['’]all|yall|pls|plz|please"
    r"|i['’]?ll|i[ \t]+will|(?:can|could|would|will|did|do|are|r|have|were)[ \t]+(?:you|u|ya))"
    r"(?![\w'’])",
    re.IGNORECASE,
)
# (names55) A memo's or a letter's addressee line: "To Siddiq: your NI number is …", "To
# Jermaine - your court date …": the name, a colon or a dash, then the reader's own thing.
_MEMO_TO_AFTER = lazy.compile(r"[ \t]*(?::|[—–]|[ \t]-)[ \t]*(?:your|ur|you)\b", re.IGNORECASE)


# (names55) A word in lower case after the name, then more: a clause of its own after the one
# a chat speaks to ("lol Gaz same thing happened", "haha Robbo that's exactly it").
# Not a verb right after the name, which makes it the clause's subject, a person's or an
# app's ("lol Venmo just sent me a request", "omg Duolingo sent me a notification"): an
# adverb, a verb of the past or a common verb of the present.
_NEW_CLAUSE_AFTER = lazy.compile(
    r"[ \t]+(?!(?:just|literally|also|really|finally|actually|still|always|never|is|was|are"
    r"|were|has|had|have|sent|said|says|told|tells|got|gets|keeps|kept|will|would|can|could"
    r"|did|does|made|makes|wants|needs|took|takes|gave|gives|went|goes|came|comes|left"
    # nor "here", the writer naming themselves: "Oi, Shaz here again" (``name.here_intro``)
    r"|here)\b)"
    r"[a-z][\w'’]*(?<!ed)[ \t]+\w"
)


def _only_interjections_before(f: _Finder, c: Candidate) -> bool:
    """(names55) One to three chat interjections ("lol", "omg", "hahaha") and nothing else
    stand before the candidate in its sentence."""
    return 0 < len(c.before) <= 3 and all(_interjection(w) for w in c.before)


_SECOND_PERSON_ANY = lazy.compile(
    r"\b(?:you|u|ur|your|yours|you['’]re|youre|ya|y['’]all|yall)(?![\w'’])", re.IGNORECASE
)
_OPENER_ADDRESSED = "the name a chat or a message opens by speaking to (kk Abebe, …)"


def _a_name_word(word: Token, lower: str) -> bool:
    """One word of a name a message speaks to: a listed given name or surname that is no
    English word, or a word no list holds that is no English word, town, drug or health
    word; a hyphenated pair of such words ("Soo-ah", "Jean-Guy")."""
    if word.base.isupper() or any(_camel_case(part) for part in word.base.split("-")):
        return False  # an acronym, an app ("MyChart")
    if "-" in lower:
        halves = lower.split("-")
        return (
            len(halves) == 2
            and all(h.isalpha() for h in halves)
            and lower not in lx.english_words()
            and any(h in lx.GIVEN_NAMES or h not in lx.english_words() for h in halves)
        )
    if lower in lx.GIVEN_NAMES or lower in lx.SURNAMES:
        return lower not in lx.english_words()
    return (
        len(lower) >= 3
        and lower.isalpha()
        and _no_listed_word(lower)
        and lazy.zipf_frequency(lower, "en") < _SPOKEN_TO_UNLISTED_ZIPF
    )


# How common a word no list holds may be in English and still be read as the name a
# message speaks to ("Gabi" 3.0, "Aroha" 1.9; not "Boomer" 3.3: "ok Boomer, …").
_SPOKEN_TO_UNLISTED_ZIPF = 3.0


def opener_addressed(f: _Finder, c: Candidate) -> str | None:
    """The name a message opens by speaking to ("kk Abebe, I'll tell …", "Soo-ah your …")."""
    # People open a reply or a staff text with an acknowledgement, a greeting or nothing,
    # then the name of the one they write to, then a comma or "you": "sharp Sipho, …", "eh
    # Jean-Guy, your appointment …", "Gabi can u send me …". Only chat openers may stand
    # before it (``opening_vocative``), so "Reminder: Ozempic …" and "Meet Ana, …" are not
    # read. With no opener, "you" must follow the name or speak to the reader in the
    # sentence: "Colgate, the brand dentists trust" is no one spoken to. Not an everyday
    # word, a town, a drug or an assistant ("Hey Siri, …", "Hello Houston, we're open").
    if len(c.words) > 2 or c.last.possessive or c.first.sentence != 0:
        return None
    text = f.doc.text
    if (
        len(c.words) == 1
        and c.prev == "to"
        and c.first_index == 1
        and _MEMO_TO_AFTER.match(text, c.end) is not None
        and _a_name_word(c.first, c.lowers[0])
    ):
        return None if f.staff_context(c.first_index) else _OPENER_ADDRESSED
    m = _SPOKEN_TO_OPENING.match(text, c.end)
    if m is None:
        # (names55) After a chat's interjections alone, the name then its own clause: "lol
        # Gaz same thing happened to me", "omg Shaz congrats on the baby"
        if not (_NEW_CLAUSE_AFTER.match(text, c.end) and _only_interjections_before(f, c)):
            return None
    if not opening_vocative(text, c.start):
        return None
    if c.lowers[0] in _ASSISTANTS_GREETED or c.lowers[0] in _CHATBOTS:
        return None
    if " ".join(c.lowers) in lx.HOLIDAY_NAMES:
        return None  # (read 147-150) "Hanukkah, Diwali, Christmas — whatever you celebrate"
    if len(c.words) == 1 and c.lowers[0] in lx.STAFF_WORDS_ABROAD:
        return None  # (names95) "Daktari, ni kawaida …?", "Doutora, é normal …?": a role
    if not all(_a_name_word(w, lo) for w, lo in zip(c.words, c.lowers, strict=True)):
        return None
    # (after interjections alone, with no mark after the name, they are the opening)
    if m is not None and not opening_vocative(text, c.start, least=1):
        said = m.group().strip().lower()
        if said == "!":
            return None  # (names55) "Bienvenue !", "Howzit!", "Melhoras!": a greeting alone
        if said == ",":
            last = f.doc.sentences[0][1]
            if _SECOND_PERSON_ANY.search(text, c.end, last) is None:
                return None
        elif said in _YOUR_WORDS and not (c.known or "-" in c.lowers[0]):
            return None  # (a device or an app tells its user: "Fitbit your steps are synced")
    if _STAFF_PRESENTED.match(text, c.end) is not None:
        return None  # ("Priya your hygienist is back": staff presented to patients)
    return None if f.staff_context(c.first_index) else _OPENER_ADDRESSED


_STAFF_PRESENTED = lazy.compile(
    r"[ \t]*,?[ \t]+(?:your|ur|our)[ \t]+(?:new[ \t]+|favou?rite[ \t]+)?(?:"
    + "|".join(sorted(w for w in lx.STAFF_WORDS if w.isalpha()))
    + r")\b",
    re.IGNORECASE,
)
_YOUR_WORDS = frozenset("you u ur your you're you’re youre ya y'all y’all yall".split())


def _age_written_yo(f: _Finder, c: Candidate) -> bool:
    """(people16) The "yo" before the name is an age's ("6yo Kofi", "45yo Caucasian", "35 yo F
    nurse with latex allergy"), after its number joined or spaced, not the greeting "yo":
    ``after_case_age`` reads a name after an age."""
    j = c.first_index - 1
    while j > 0 and f.tokens[j].kind != "word":
        j -= 1
    if j <= 0 or f.tokens[j - 1].kind != "num":
        return False
    return f.doc.text[f.tokens[j - 1].end : f.tokens[j].start].strip(" \t") == ""


_GREETED = "a greeting addressed to someone"
# (names30) A greeting drawn out, as chats type one: "heyy Ama 💕", "hiiii Kemi", "helloooo
# Tavita", "heyyyy". The listed greetings are "hi", "hii", "hey", "hello", "hiya".
_DRAWN_OUT_GREETING = lazy.compile(r"he+y{2,}|hi{3,}|hel+o{2,}|hiy+a{2,}|he{2,}y+")


# ("heyyy Google, …": an assistant; after "hey" itself a veto of rules.py reads them)
_ASSISTANTS_GREETED = frozenset("siri alexa cortana bixby google chatgpt gemini copilot".split())


def drawn_out_greeting(word: str) -> bool:
    """``word`` (lower case) is a greeting with its letters drawn out ("heyy", "hiiii")."""
    return len(word) > 3 and word[0] == "h" and _DRAWN_OUT_GREETING.fullmatch(word) is not None


# (clean16) "of" and a capital after a place's kind: "Town of Whitby", "City of Cape Town"
_OF_A_NAME_AFTER = lazy.compile(r"[ \t]+of[ \t]+(?:the[ \t]+)?[A-Z]")


def _a_place_body(f: _Finder, c: Candidate) -> bool:
    """(clean16) A town, a city or a county thanked as a body ("Thank you, Town of Whitby",
    "Thanks, City of Cape Town"): a council, no one's name."""
    return (
        len(c.words) == 1
        and c.lowers[0] in _PLACE_KINDS
        and _OF_A_NAME_AFTER.match(f.doc.text, c.end) is not None
    )


# (surnames55) The short forms of a cleric's or a brother's title, written with their
# point before the name ("Fr. Declan", "Rev. Mbeki", "Revd. Ann Ellis", "Br. Tomás", "Mgr.
# Rossi", "Ps. Ade" as Nigerian and Ghanaian churches write Pastor): the tokenizer ends the
# run at the point, so the title alone is read as a name thanked.
_SHORT_TITLES = frozenset(("fr", "rev", "revd", "br", "mgr", "ps", "pr"))


def _a_short_title(f: _Finder, c: Candidate) -> bool:
    """(surnames55) The run is a title's short form, its point, then a capitalised word."""
    if len(c.words) != 1 or c.lowers[0] not in _SHORT_TITLES:
        return False
    text = f.doc.text
    after = c.end + 1
    return (
        text.startswith(".", c.end)
        and text[after : after + 1] in " \t"
        and text[after + 1 : after + 2].isupper()
    )


def _a_role_greeted(c: Candidate) -> bool:
    """(guard-clinclean5) A greeting or thanks to a role or a nickname alone ("Hi Doc,",
    "Thanks Doc", "Hey Nurse", "Hi Sis"): no one's name ("Hi Doc Martin" keeps its name)."""
    head = c.lowers[0]
    return len(c.words) == 1 and (head in lx.GREETED_ROLES or head in lx.STAFF_WORDS)


def praise(f: _Finder, c: Candidate) -> str | None:
    """After a shout-out or wishes ("Congrats to Emma", "Get well soon Emma")."""
    if c.common:
        return None
    lead = f.text_before(c.first_index)
    if not _praise_before(lead):
        return _PRAISED if c.prev in _YOU_WORDS and _wished_you(c, lead) else None
    if c.prev in _PRAISE_LEADS and len(c.words) > 1 and not _surname_like(c.lowers[-1]):
        return None  # "Remembering Pearl Harbor": a place or an event, not a person
    return _PRAISED


def _wished_you(c: Candidate, lead: str) -> bool:
    """(names29) ``lead`` (read only after "you", "u" or "ya") ends with a wish to "you"
    and the name after it is a person's:
    "praying for you Oyelaran", not a town or a land ("Praying for you Texas") or a god."""
    if _WISHED_YOU.search(lead) is None:
        return False
    whole = " ".join(c.lowers)
    head = c.lowers[0]
    if head in _NOT_WISHED or head in lx.RELATION_WORDS:
        return False
    return whole not in lx.place_names()


def given_and_family(f: _Finder, c: Candidate) -> str | None:
    """An ambiguous given name then a surname ("Chase Miller") or a romanised one ("Kim Min-jun")."""
    if c.ambiguous and len(c.words) > 1 and c.lowers[1] in lx.SURNAMES:
        return _GIVEN_AND_FAMILY
    if c.ambiguous and len(c.words) == 2 and c.lowers[0] in lx.SURNAMES:
        if romanised_given_name(c.lowers[1]):
            return _GIVEN_AND_FAMILY  # (guard-recall3) "KIM MIN-JUN", "Lee Seo-yeon": family name first
    return None


def subject_unwell(
    f: _Finder, text: str, start: int, end: int, sentence: int, place: bool = False
) -> bool:
    """The words at ``start:end`` are a sentence's subject that is unwell: a verb only a
    person takes, or any verb then a person's pronoun, in a sentence about health. A
    ``place`` (a town or country the words also name) is unwell only with a pronoun of a
    person after it, or in a sentence of no area's health ("Victoria has had a measles
    outbreak", "Florida has had a bad flu season")."""
    _first, last = f.doc.sentences[sentence]
    known_from = _KNOWN_FROM.match(text, end)
    if known_from is not None and not place:
        end = known_from.end()  # (guard-recall6) "Bronwen from work has shingles"
    adverb = _ADVERB_BEFORE_VERB.match(text, end)
    if adverb is not None:
        end = adverb.end()  # (guard-recall6) "Hope finally got her braces off"
    pronoun = _PRONOUN_AFTER.search(text, end, min(last, end + _PRONOUN_REACH)) is not None
    if not pronoun and end + _PRONOUN_REACH > last and not place:
        # (guard-recall6) taken up by the next sentence: "… has shingles. She's off work"
        pronoun = _next_sentence_by_pronoun(f, sentence) is not None
    if not place and _IN_HOSPITAL.match(text, end) is not None:
        return True
    if not place and _ABSENT_OR_AGED.match(text, end) is not None:
        return True
    if _UNWELL_ONLY_A_PERSON.match(text, end) is None:
        if _UNWELL_ANYONE.match(text, end) is None or not pronoun:
            return False  # "Imam Rahimi asked us to help Brother Yusuf, … his phone": not his
    words = f.doc.sentence_text(sentence)
    if place and not pronoun and _AREA_HEALTH.search(words):
        return False
    return _about_health(words)


def ambiguous_name_unwell(f: _Finder, c: Candidate) -> str | None:
    """An ambiguous given name opening a health sentence as its unwell subject ("Jordan has had headaches")."""
    if not (c.ambiguous and c.first.sentence_start and len(c.words) == 1) or c.last.possessive:
        return None
    if c.lowers[0] in lx.MONTHS or c.lowers[0] in _SEASONS or c.lowers[0] in lx.WEEKDAYS:
        return None
    if f.token_between(c.last_index):
        return None
    place = c.lowers[0] in lx.place_names()
    if not subject_unwell(f, f.doc.text, c.start, c.end, c.first.sentence, place):
        return None
    return _UNWELL_SUBJECT


# (lone15) A complaint of the body only a person (or a pet) has, right after a sentence's
# subject: "Amos has had a cough for two weeks", "Kemi has a fever and won't eat", "Liang
# keeps getting mouth ulcers", "Orlando has been coughing at night". A town or a country has
# outbreaks, seasons and cases ("Sydney has had a flu surge", "Ghana has had a measles
# outbreak"), a cold snap or a high temperature, never a cough or an earache of its own.
_COMPLAINT_WORDS = (
    r"cough|coughs|fever|rash|diarrh(?:o)?ea|headaches?|migraines?|earaches?|toothaches?"
    r"|stomach[ \t]*aches?|tummy[ \t]*aches?|tummy[ \t]+bug|stomach[ \t]+bug|sore[ \t]+throat"
    r"|runny[ \t]+nose|ear[ \t]+infections?|chest[ \t]+infection|eye[ \t]+infection|UTIs?"
    r"|tonsillitis|chickenpox|croup|conjunctivitis|pink[ \t]+eye|nits|lice|hives|nosebleeds?"
    r"|cold[ \t]+sores?|mouth[ \t]+ulcers?|ulcers?|blisters|cramps|palpitations|wheeze"
    r"|swollen[ \t]+(?:eye|face|cheek|jaw|gum|gums|lip|glands|ankle|knee)|lump|seizures?|fits"
    r"|abscess|sore[ \t]+(?:tooth|gums|ear|ears|eyes|knee|back|tummy)"
)
_BODILY_COMPLAINT = lazy.compile(
    r"[ \t]+(?:(?:still|also|now|just|again)[ \t]+)?(?:"
    r"(?:has[ \t]+had|has[ \t]+got|has[ \t]+been[ \t]+having|has|had|keeps[ \t]+getting|gets"
    r"|got|woke[ \t]+up[ \t]+with|came[ \t]+down[ \t]+with|is[ \t]+complaining[ \t]+of)[ \t]+"
    r"(?:(?:a|an|the|some|this|that|really|very|bad|terrible|high|nasty|persistent|dry|chesty"
    r"|little|slight|awful|horrible|painful|mild|constant|recurring|horrid)[ \t]+){0,3}"
    r"(?:" + _COMPLAINT_WORDS + r")"
    r"|(?:is|was|has[ \t]+been|had[ \t]+been|keeps|kept)[ \t]+(?:still[ \t]+)?"
    r"(?:coughing|vomiting|wheezing|teething|throwing[ \t]+up|fitting|limping|sneezing"
    r"|being[ \t]+sick))\b"
    # an area's health, not a body's: "a cough outbreak", "a fever going round", "a fever
    # for the Astros"
    r"(?![ \t]+(?:outbreaks?|cases|seasons?|epidemics?|waves?|going|doing|of|spreading"
    r"|across|among|surge|rates?)\b|[ \t]+for[ \t]+(?:the[ \t]+)?(?-i:[A-Z]))",
    re.IGNORECASE,
)


def place_named_with_complaint(f: _Finder, c: Candidate) -> str | None:
    """A name that is also a town's opening a sentence on a bodily complaint ("Amos has had a cough")."""
    # (read first: an attribute and one anchored match, before the lists and word counts;
    # the rule is asked of most candidates, few of which open a sentence on a complaint)
    if not (c.first.sentence_start or c.prev in _CLAUSE_OPENERS):
        return None
    if _BODILY_COMPLAINT.match(f.doc.text, c.end) is None:
        return None
    if len(c.words) != 1 or c.last.possessive or c.strong or c.first.base.isupper():
        return None
    if not (c.first.sentence_start or _opens_a_clause(f, c)) or f.token_between(c.last_index):
        return None
    lower = c.lowers[0]
    if lower not in lx.place_names() or len(lower) < 3:
        return None
    if lower in _MONTHS_OR_WEEKDAYS or lower in _SEASONS or lower in lx.RELATION_WORDS:
        return None
    if lower in lx.STAFF_WORDS or lower in lx.TITLES or lower in lx.HEALTH_SINGLE_WORDS:
        return None
    if lower not in lx.GIVEN_NAMES and lazy.zipf_frequency(lower, "en") >= 5.0:
        return None  # "Baby has …", "Reading had …": an everyday word that is also a town
    if _AREA_HEALTH.search(f.doc.sentence_text(c.first.sentence)):
        return None
    return _COMPLAINT_SUBJECT


def _name_word(lower: str) -> bool:
    """A listed given name or surname, or a word that is no English, health, drug, month
    or weekday word ("Ngata", "Somchai")."""
    if lower in lx.GIVEN_NAMES or lower in lx.SURNAMES:
        return True
    if len(lower) < 2 or not lower.isalpha() or lower in lx.english_words():
        return False
    if lower in lx.HEALTH_SINGLE_WORDS or lower in lx.ORG_SUFFIXES or lower in lx.MONTHS:
        return False
    return lower not in lx.WEEKDAYS and lower not in lx.STAFF_WORDS and not _DRUG_LIKE.search(lower)


def name_subject_unwell(f: _Finder, c: Candidate) -> str | None:
    """A name of any origin opening a health sentence as its unwell subject ("Somchai has swelling")."""
    # (guard-recall3) "Ama Owusu needs a home visit, she can't walk", "Mere Ngata wants her
    # x-rays": names no list holds in full, of every origin. A town or a country is the
    # subject of health news ("Ghana has had a measles outbreak"): a word on the list of
    # places counts only with a person's pronoun after it.
    if not (c.first.sentence_start or _opens_a_clause(f, c)) or c.last.possessive:
        return None
    if len(c.words) > 3:
        return None
    words = c.lowers
    if any(w.base.isupper() and len(w.base) > 1 for w in c.words):
        return None  # an acronym or a shouted sentence
    english = [w for w in words if w in lx.english_words() and w not in lx.GIVEN_NAMES]
    if english and (len(words) == 1 or len(english) > 1 or english[0] == words[-1]):
        return None  # "Mere Ngata" may open with a word; "Dental Care", "Ngata Road" may not
    if not all(_name_word(w) or w in english for w in words):
        return None
    if f.token_between(c.last_index):
        return None
    text = f.doc.text
    places = lx.place_names()
    place = any(w in places for w in words) or " ".join(words) in places
    if place:
        last = f.doc.sentences[c.first.sentence][1]
        if _PRONOUN_AFTER.search(text, c.end, last) is None:
            return None
    if _pair_unwell(f, c):
        return None if place else _UNWELL_SUBJECT
    if not subject_unwell(f, text, c.start, c.end, c.first.sentence, place):
        if place or not _unwell_abroad(f, c):
            return None
    return _UNWELL_SUBJECT


# (guard-short4) Words after which a clause, and its subject, starts: "Is it normal that
# Oyelola still bleeds", "My neighbour says Tamatoa has had chest pain".
_CLAUSE_OPENERS = frozenset(
    "that says said think thinks thought if heard hope because when since whether while".split()
)


def _opens_a_clause(f: _Finder, c: Candidate) -> bool:
    """The candidate follows a clause's opening word with a space and nothing else."""
    if c.prev not in _CLAUSE_OPENERS:
        return False
    begin = c.start - len(c.prev) - 1
    return begin >= 0 and f.doc.text[begin : c.start].lower() == c.prev + " "


# A name, then the next clause takes it up as he or she: "worried about Kahu, he hasn't
# eaten since the operation", "Pray for Mahina, she is in ICU".
_PRONOUN_RESUMES = lazy.compile(
    r"[ \t]*,[ \t]*(?:he|she)(?:[ \t]+(?:has|had|is|was|hasn'?t|hasn’t|can'?t|can’t|won'?t"
    r"|won’t|doesn'?t|doesn’t|didn'?t|didn’t|isn'?t|isn’t|wasn'?t|wasn’t|keeps|still|needs"
    r"|feels|gets|got)\b|['’]s\b)",
    re.IGNORECASE,
)
# Before a remedy or a brand, not a person: "On Ozempic, she has lost 9 kg".
_REMEDY_BEFORE = frozenset(
    """on with take takes taking took try tried use used using prescribed started switched
    stopped brand called named""".split()
)
_NAMED_THEN_PRONOUN = "a name the next clause takes up as he or she (about Kahu, he hasn't …)"


def name_then_pronoun(f: _Finder, c: Candidate) -> str | None:
    """A name no list holds, then ", he" or ", she" and a verb, in a health sentence."""
    if c.last.possessive or not _unlisted_name_word(c) or c.prev in _REMEDY_BEFORE:
        return None
    if _PRONOUN_RESUMES.match(f.doc.text, c.end) is None:
        return None
    sentence = _sentence_near(f, c, 160)
    if not (_about_health(sentence) or _HEALTH_IN.search(sentence)):
        return None
    return _NAMED_THEN_PRONOUN


# Two people as a sentence's subject, then their plural verb: "Tolani and Funmi both have
# chickenpox now".
_AND_NAME = lazy.compile(r"[ \t]+(?:and|&)[ \t]+([A-Z][\w'’-]+)")
_PLURAL_UNWELL = lazy.compile(
    r"[ \t]+(?:both[ \t]+|still[ \t]+)?(?:have[ \t]+had|have|had|are|were|got|caught|keep)\b",
    re.IGNORECASE,
)


def _pair_unwell(f: _Finder, c: Candidate) -> bool:
    """The candidate and a second name no English word are the subject of a plural verb,
    then a symptom."""
    pair = _AND_NAME.match(f.doc.text, c.end)
    if pair is None:
        return False
    second = pair.group(1).lower()
    if not _name_word(second) or second in lx.english_words() or second in lx.place_names():
        return False
    verb = _PLURAL_UNWELL.match(f.doc.text, pair.end())
    if verb is None:
        return False
    # what only people have, not a firm's vaccines or trials ("Pfizer and Moderna both have")
    last = f.doc.sentences[c.first.sentence][1]
    words = re.findall(r"[a-z]+", f.doc.text[verb.end() : last].lower())
    return any(w in SYMPTOMS or w.removesuffix("s") in SYMPTOMS for w in words)


# (guard-recall3) The same in German, Spanish, French, Italian and Portuguese, as folding
# writes them (no accents): the subject's verb of having or needing (not of being: "X est
# dentiste" is a bio), then a word of illness of those languages in the sentence ("Koffi a
# de la fièvre", "Raimundo Nonato precisa de um atestado", "Kübra hat Zahnschmerzen").
_VERB_ABROAD = lazy.compile(
    r"[ \t]+(?:a|doit|souffre|tiene|tuvo|sigue|necesita|esta|debe|tem|teve|precisa|ainda"
    r"|ha|aveva|soffre|hat|hatte|muss|braucht|leidet)\b",
    re.IGNORECASE,
)


def _unwell_abroad(f: _Finder, c: Candidate) -> bool:
    if _VERB_ABROAD.match(f.doc.text, c.end) is None:
        return False
    words = re.findall(r"[a-z]+", f.doc.sentence_text(c.first.sentence).lower())
    return not lx.HEALTH_WORDS_ABROAD.isdisjoint(words)


def name_doing_something(f: _Finder, c: Candidate) -> str | None:
    """An ambiguous given name opening a sentence then a verb ("Chase got his cast off")."""
    if not (c.ambiguous and c.first.sentence_start and len(c.words) == 1):
        return None
    if c.lowers[0] in lx.MONTHS or c.lowers[0] in _SEASONS:
        return None
    if c.after is not None and c.after_lower in _ACTION_VERBS and not f.token_between(c.last_index):
        return 'a name doing something ("Chase got his cast off")'
    return None


# Verbs of taking someone somewhere, then where or what for: "we rushed Nevaeh to the ER",
# "took Ikenna for his booster". Said of a person (or a pet), rarely of a thing with a name.
_TAKE_VERBS = frozenset(
    "took take takes taking brought bring brings bringing rushed rush rushing drove drive"
    " driving carried carry walked".split()
)
_LEAD_VERBS = _TAKE_VERBS | frozenset(
    "picked dropped text txt call email ring phone message contact reach ask tell remind".split()
)
# (guard-recall3) Verbs a care note or a chat opens with before the person it is about, with
# no subject: "Visited Lupe at home", "Gave Nadia the script", "Re Akinyi: swab negative".
# Not before a name that is also a word or a place ("Visited Paris"): the note's verb then
# starts no name.
_NOTE_VERBS = frozenset(
    """visited saw met helped gave called rang phoned texted emailed messaged reminded told
    asked advised treated examined seen re visiting meeting""".split()
)
# (pairs59) The verbs a desk's message or a rota note opens with, before the person whose
# visit it is about: "Confirming Ahmed Al-Rashidi's extraction for 26.05", "Rebooking Mere
# Takerei to Thursday", "Chasing Delroy Campbell's bloods". The verb is no part of the name
# (read as one, "Confirming Ahmed Al-Rashidi" fell to the vetoes of a run of three words).
_MESSAGE_GERUNDS = frozenset(
    """confirming reminding rebooking rescheduling cancelling canceling chasing paging
    booking""".split()
)
# (guard-recall5) The words a chat opens a sentence with before its subject: "so fatima
# finally had her gallbladder out", "ok so liam fell", "i think dmitri has shingles".
_CHAT_OPENERS = frozenset(
    """so ok okay ok. honestly update i think guess btw also well and but omg lol yeah now
    tbh ugh apparently anyway sadly""".split()
)
# A verb of the subject of a sentence about being unwell, maybe after an adverb ("finally
# had her gallbladder out", "keeps getting ear infections", "hasn't slept").
_CHAT_SUBJECT_VERB = lazy.compile(
    r"[ \t]+(?:(?:finally|just|still|also|really|now|already)[ \t]+)?(?:has|had|is|was|got"
    r"|fell|keeps|kept|hasn'?t|hasn’t|isn'?t|isn’t|can'?t|can’t|won'?t|won’t|went|needs"
    r"|needed|started|broke|woke|threw|vomited|fainted|cried)\b",
    re.IGNORECASE,
)
# (guard-recall5) Verbs whose object is a person, and a verb with its preposition ("sat
# with", "prayed for", "listened to"): "We visited Tiva at Mercy and she …", "The nurse told
# Kesiah the biopsy came back clear", "took sarah to a&e", "tired of kayden refusing his
# insulin". A name there, in a sentence about health, is the person it is about.
# Not the verbs of seeing: "I saw Kwame for my back pain", "Been seeing Tamsin for my
# anxiety" name the writer's carer.
_PERSON_OBJECT_VERBS = (
    _NOTE_VERBS
    | _LEAD_VERBS
    | frozenset(
        """visiting visit meeting meet found find tells telling asking reminding wants wanted
        hugged hug texting calling phoning showed reassured warned taught""".split()
    )
) - frozenset("saw seen see seeing".split())
# The writer's own care after the name: the name is the one giving it ("… Tamsin here for
# my anxiety").
_FOR_THE_WRITER = lazy.compile(r"(?:[ \t]+\w+){0,2}?[ \t]+for[ \t]+(?:my|our)\b", re.IGNORECASE)
_PERSON_OBJECT_PAIRS: dict[str, frozenset[str]] = {
    "with": frozenset("sat sit sitting stayed stay staying".split()),
    "for": frozenset("prayed pray praying worried waited waiting".split()),
    "about": frozenset("worried worry worrying scared".split()),
    "to": frozenset("listened listen listening talked talking spoke speak explained".split()),
    "of": frozenset("tired sick proud scared".split()),
    "up": frozenset("picked pick picking".split()),
}
# The verbs of telling and praying: their object is the person, with no pronoun after it.
_TELLING_VERBS = frozenset(
    "told tell tells telling asked ask asking remind reminded prayed pray praying"
    " showed reassured warned taught".split()
)
# Words of care beside the health lexicon's: where care is given, who gives it, what is
# looked at ("visited Oskaria on the ward", "the dentist told Oyelaran", "her scan").
_CARE_SETTING = lazy.compile(
    r"\b(?:ward|wound|scan|scans|hospital|clinic|dentist|doctor|gp|nurse|physio|surgeon"
    r"|icu|er|a&e|stitches|pregnancy|pregnant|liver|kidney|sugar|sugars|drowsy|bridge"
    r"|urgent[ \t]+care|blood|bloods|results|smear|infections?|dose|wrist|ankle|chest|knee"
    r"|hip|ear|ears|eye|eyes"
    # (guard-recall6) the other carers and what they hand over: "the optician warned
    # Odhiambo", "our midwife reminded Tangiwai to bring her maternity notes"
    r"|optician|optometrist|midwife|pharmacist|orthodontist|hygienist|physiotherapist"
    r"|dietitian|podiatrist|paramedic|consultant|maternity|appointment|prescription|referral)\b",
    re.IGNORECASE,
)


def _health_or_care(words: str) -> bool:
    """A sentence about health, or about care: its setting, its carers, its tests."""
    return (
        _about_health(words)
        or _HEALTH_IN.search(words) is not None
        or _CARE_SETTING.search(words) is not None
    )


def _person_verb(before: list[str]) -> str:
    """The verb whose object is a person that the words before a name (nearest first) end
    with, or ""."""
    if not before:
        return ""
    if before[0] in _PERSON_OBJECT_VERBS:
        return before[0]
    verbs = _PERSON_OBJECT_PAIRS.get(before[0])
    if verbs is not None and len(before) > 1 and before[1] in verbs:
        return before[1]
    return ""


def _a_person_object(f: _Finder, end: int, sentence: int, before: list[str]) -> bool:
    """A name ending at ``end`` stands after a verb whose object is a person, in a sentence
    about health or care that takes it up as he or she after it (or after a verb of
    telling)."""
    verb = _person_verb(before)
    if not verb or _FOR_THE_WRITER.match(f.doc.text, end) is not None:
        return False
    last = f.doc.sentences[sentence][1]
    if verb not in _TELLING_VERBS and _PRONOUN_AFTER.search(f.doc.text, end, last) is None:
        # (guard-recall6) or taken up by the next sentence's first word: "Spoke to Isidore
        # after the appointment. He says the tablets make him dizzy"; then both are read
        following = _next_sentence_by_pronoun(f, sentence)
        if following is None:
            return False
        return _health_or_care(f.doc.sentence_text(sentence) + " " + following)
    return _health_or_care(f.doc.sentence_text(sentence))


# The first word of a sentence that takes up a person named in the one before.
_PRONOUN_OPENS = lazy.compile(r"\s*(?:he|she|his|her|he's|she's|he’s|she’s)\b", re.IGNORECASE)


def _next_sentence_by_pronoun(f: _Finder, sentence: int) -> str | None:
    """The sentence after ``sentence`` when it opens with he, she, his or her, else None."""
    if sentence + 1 >= len(f.doc.sentences):
        return None
    first, _last = f.doc.sentences[sentence + 1]
    if _PRONOUN_OPENS.match(f.doc.text, first) is None:
        return None
    return f.doc.sentence_text(sentence + 1)


_PERSON_OBJECT = (
    "a name after a verb whose object is a person, in a health sentence (visited X, she …)"
)


def unlisted_person_object(f: _Finder, c: Candidate) -> str | None:
    """A name no list holds after a verb whose object is a person ("I sat with Yevhen …")."""
    # "We visited Tiva at Mercy and she still can't keep food down", "The nurse told Kesiah
    # the biopsy came back clear": in a sentence about care, taken up as he or she after it
    if c.last.possessive or not ((not c.known and _unlisted_name_word(c)) or _lone_surname(c)):
        return None  # (a listed name is ``given_name``'s, after the vetoes of staff and news)
    if c.after_lower in _THING_VERBS and not f.token_between(c.last_index):
        return None
    if not _a_person_object(f, c.end, c.first.sentence, c.before):
        return None
    return _PERSON_OBJECT


def _lone_surname(c: Candidate) -> bool:
    """(guard-recall6) One capitalised word listed as a family name only, that is no English
    word, town or health word: "the dentist told Oyelaran" (``given_name`` reads only given
    names)."""
    if len(c.words) != 1 or c.common or c.strong or c.ambiguous:
        return False
    lower = c.lowers[0]
    if lower not in lx.SURNAMES or lower in lx.GIVEN_NAMES or not lower.isalpha():
        return False
    if lower in lx.HEALTH_SINGLE_WORDS or lower in lx.STAFF_WORDS or lower in lx.EPONYMS:
        return False
    return lower not in lx.english_words() and lower not in lx.place_names()


_TAKEN_TO = lazy.compile(
    r"[ \t]+(?:(?:to|into)[ \t]+(?:the[ \t]+|an?[ \t]+|her[ \t]+|his[ \t]+|their[ \t]+)?"
    r"(?:er|a&e|ed|emergency|hospital|urgent|walk-in|clinic|doctor|doctors|dr|gp|pediatrician"
    r"|paediatrician|dentist|orthodontist|appointment|appt|surgery|physio|therapy|icu|nicu"
    r"|specialist|pharmacy|lab|check-?up|urgent[ \t]+care)\b"
    r"|(?:in[ \t]+)?for[ \t]+(?:her|his|their)\b|in[ \t]+for\b"
    # (names29) brought in to be seen, as a nurse line or a clinic tells a parent: "bring
    # Oyelaran in if fever goes over 39", "bring Zuri back in tomorrow", "in today so we
    # can check the stitches" (read in a sentence about health or care only)
    r"|(?P<seen>(?:back[ \t]+)?in[ \t]+(?:if|when|asap|today|tonight|tomorrow|now|right[ \t]+away"
    r"|straight[ \t]+away|first[ \t]+thing|to[ \t]+be[ \t]+(?:seen|checked|looked[ \t]+at))\b))",
    re.IGNORECASE,
)
# A sentence's subject doing what only a person does before a health word: "Dashiell has
# had a cough", "Bartholomew was diagnosed with".
_PERSON_PREDICATE = lazy.compile(
    r"[ \t]+(?:has[ \t]+had|has[ \t]+been|had|was|is|keeps|started|woke[ \t]+up|threw[ \t]+up"
    r"|fell|broke|vomited|cried|can'?t|won'?t|hasn'?t|isn'?t|wasn'?t|needs|got"
    # (lead) a course of care begun or ended, not an event's or a product's ("Odalys starts
    # chemo on Monday", "Hemi finished his radiation"; not "Movember starts Sunday",
    # "Wegovy starts working"), or gone in for ("Siosaia went in for surgery")
    r"|(?:starts|started|begins|began|finishes|finished|completed)[ \t]+(?:(?:her|his|their"
    r"|a|an|the|another|second|third|first|last|final|next)[ \t]+){0,2}(?:chemo|chemotherapy"
    r"|radiation|radiotherapy|dialysis|treatment|therapy|rehab|physio|physiotherapy|ivf"
    r"|insulin|antibiotics|immunotherapy|infusions?|injections?|meds|medications?|round"
    r"|cycle|course|detox)"
    r"|(?:goes|went)[ \t]+in[ \t]+for)\b",
    re.IGNORECASE,
)


# Everyday words for being unwell, beside the health lexicon's terms.
SYMPTOMS = frozenset(
    """numb chickenpox cough coughing fever rash diarrhea diarrhoea vomiting nausea headache headaches migraine
    migraines pain sore infection flu cold seizure seizures allergy allergic wheezing
    swelling swollen bleeding bruise bruises itchy dizzy fainted fracture broken sprain
    stitches diagnosed sick ill lice constipated teething earache tonsillitis hives nosebleed
    nosebleeds cramps cramping lump lumps chills tremor tremors palpitations insomnia snoring
    blisters sores ulcer itching numbness tingling limping choking nauseous fainting
    heartburn reflux squinting squints""".split()
)
# (guard-recall3) What only a person does, right after a sentence's subject ("Jordan has had
# headaches", "Victoria woke up with a swollen face", "Bill still has the numb lip"); and
# what anyone or anything does, which makes a person of the subject only when a pronoun of
# a person follows in the sentence ("Paris has a fever, can she still get the vaccine?").
_UNWELL_ONLY_A_PERSON = lazy.compile(
    r"[ \t]+(?:has[ \t]+had|woke[ \t]+up|threw[ \t]+up|vomited|fainted|cried|still[ \t]+has"
    r"|is[ \t]+still|was[ \t]+still|keeps|can'?t|can’t|won'?t|won’t|hasn'?t|hasn’t|broke|fell"
    r"|chipped|was[ \t]+diagnosed|got[ \t]+sick"
    # (guard-recall6) "Anwen came home from the ward with a catheter"
    r"|(?:came|come|got|was[ \t]+sent)[ \t]+(?:home|back|out)[ \t]+(?:from|of)[ \t]+(?:the[ \t]+)?"
    r"(?:hospital|ward|icu|surgery|theatre|a&e|hospice|rehab|day[ \t]+surgery)"
    # (guard-short4) "Tamatoa had a heart attack", "Oyelola still bleeds"
    r"|still[ \t]+(?:bleeds|hurts|aches|coughs|vomits|limps|wets)"
    # (nameschat37) what a parent or a friend writes of a child's or a patient's mouth and
    # meals: "Amirah still can't eat", "Nanuq has a chipped tooth", "Grace has a wobbly
    # tooth"; a tooth of no town, firm or product, and a meal no place is kept from
    r"|still[ \t]+(?:can'?t|can’t|won'?t|won’t|isn'?t|isn’t|doesn'?t|doesn’t)"
    r"|(?:has|had|got)[ \t]+(?:a[ \t]+|an[ \t]+|two[ \t]+|some[ \t]+)?"
    r"(?:chipped|broken|cracked|loose|wobbly|knocked[ \t-]+out|abscessed|impacted|infected"
    r"|bleeding|rotten|decayed|baby|wisdom|new|adult|front)[ \t]+(?:tooth|teeth|molars?"
    r"|fillings?|crowns?|gums?)"
    r"|(?:has|had)[ \t]+(?:a[ \t]+|an[ \t]+|bad[ \t]+)?"
    r"(?:" + "|".join(sorted(SYMPTOMS)) + r"))\b",
    re.IGNORECASE,
)
# (guard-short4) A subject in hospital or struck by an illness, which tells of their health
# by itself: "Ngaire is in Palmerston North hospital", "Tamatoa had a heart attack".
_IN_HOSPITAL = lazy.compile(
    r"[ \t]+(?:(?:is|was)[ \t]+(?:now[ \t]+|still[ \t]+|back[ \t]+)?in[ \t]+(?:the[ \t]+)?"
    r"(?:[\w'’-]+[ \t]+){0,3}?(?:hospital|icu|nicu|hospice|rehab)"
    r"|(?:has[ \t]+)?had[ \t]+(?:a[ \t]+|an[ \t]+)?(?:heart[ \t]+attack|stroke|miscarriage"
    r"|panic[ \t]+attack)(?![ \t]+of\b))\b",
    re.IGNORECASE,
)
# (nameschat37) A subject kept from school or work, and a child's age then what they have or
# cannot do, tell of a person by themselves as a stay in hospital does: "Tavita was absent on
# Tuesday for a dental appointment", "Blessing was off sick", "Grace is 9 and has a loose
# tooth". A town is never absent, nor nine years old and teething.
_ABSENT_OR_AGED = lazy.compile(
    r"[ \t]+(?:(?:was|is|has[ \t]+been|will[ \t]+be)[ \t]+(?:absent|off[ \t]+sick"
    r"|off[ \t]+(?:school|work|kindy|daycare|nursery)|sent[ \t]+home|kept[ \t]+home)"
    r"|(?:missed|misses|will[ \t]+miss)[ \t]+(?:school|class|kindy|daycare|nursery|work)"
    # (the glued "yo" only, not lx.AGE_YO's "y/o": kept as this pattern had it)
    rf"|is[ \t]+\d{{1,2}}(?:[ \t]+(?:years?[ \t]+old|{lx.AGE_YR}|yo|months?(?:[ \t]+old)?))?"
    r"[ \t]+and[ \t]+"
    r"(?:still[ \t]+)?(?:has|had|is|was|can'?t|can’t|won'?t|won’t|keeps|needs|gets|hates))\b",
    re.IGNORECASE,
)
_UNWELL_ANYONE = lazy.compile(
    r"[ \t]+(?:still[ \t]+)?(?:has|had|is|was|needs|needed|got|gets|wants|asked|feels|felt)\b",
    re.IGNORECASE,
)
# The health of a town or a country, not a person's: "Victoria has had a measles outbreak".
_AREA_HEALTH = lazy.compile(
    # (lone15) and a rise in it: "Sydney has had a flu surge this winter"
    r"\b(?:outbreaks?|cases|seasons?|epidemics?|pandemic|rates?|deaths|population|residents"
    r"|surges?|spikes?"
    r"|hospitals|ministry|government|region|province|state|country|city|wave)\b",
    re.IGNORECASE,
)
_PRONOUN_REACH = 40  # characters after the subject its pronoun is read in
_PRONOUN_AFTER = lazy.compile(r"\b(?:he|she|his|her|him|he's|she's|he’s|she’s)\b", re.IGNORECASE)


# An injury told with the body part it hurt: "broke his arm", "sprained her ankle".
_INJURY = lazy.compile(
    r"\b(?:broke|broken|fractured|sprained|twisted|dislocated|cut|burned|burnt|hurt|injured"
    r"|banged|bumped|scraped|smashed|chipped)[ \t]+(?:his|her|their|my)[ \t]+(?:\w+[ \t]+)?"
    r"(?:arm|arms|leg|legs|wrist|ankle|knee|elbow|hip|hand|foot|toe|finger|collarbone|nose"
    r"|jaw|tooth|teeth|head|back|neck|shoulder|rib|ribs|skull|lip|eye)\b",
    re.IGNORECASE,
)


# What makes a doctor's relative a patient in the sentence.
_CARE_OF_KIN = SYMPTOMS | frozenset(
    """patient patients crown filling cleaning braces surgery appointment treatment implant
    extraction canal checkup visit procedure biopsy scan""".split()
)


# The syllables of romanised Korean and Chinese given names, written with a hyphen:
# "Sung-min", "Dae-jung", "Xiao-ming".
_SYLLABLES = frozenset(
    """min jun joon seo ji woo yeon hyun soo su young yeong jae dong sung seong hee eun kyung
    gyeong ho jin hye mi na ra ha yoon yun bin gyu hoon seok won chul cheol dae jung tae sang
    seung yong hwa in ah a kyu il jong suk hyuk wook yeol ki gi rae rin ye seon sun bo
    xiao ming hong wei mei li lin hua jian yan fang jing ying lan ling qing xin yu zhi
    chun hui""".split()
)


def romanised_given_name(lower: str) -> bool:
    """Two syllables of a romanised Korean or Chinese given name, hyphenated ("sung-min")."""
    first, dash, second = lower.partition("-")
    return bool(dash) and first in _SYLLABLES and second in _SYLLABLES


def _surname_like(lower: str) -> bool:
    """A listed surname, or a word that is no English word, no month and no weekday."""
    if lower in lx.SURNAMES:
        return True
    if not lower.isalpha() or lower in lx.MONTHS or lower in lx.WEEKDAYS:
        return False
    return lower not in lx.english_words()


def _english_before(text: str, start: int, end: int) -> bool:
    """Whether one of English's words of three letters or more is in ``text[start:end]``: a
    word in lower case at the end of a sentence with none ("… amechanjwa jana") is a word of
    that sentence's language, not someone spoken to ("feels better danny!")."""
    english = lx.english_words()
    words = [w.lower() for w in re.findall(r"[^\W\d_]+", text[start:end])]
    ours = sum(1 for w in words if (len(w) > 2 and w in english) or w in _CHAT_WORDS)
    # (read 131-134) and a third of its longer words at least: a sentence of Spanish,
    # Portuguese or Tagalog holds an English-looking word or two ("… haya sido buena", "…
    # 4 doses por dia", "normal lang po ba yun")
    longer = sum(1 for w in words if len(w) > 2)
    return ours > 0 and ours * 3 >= longer


# English as chats write it, shorter than English's listed words or spelled their way.
_CHAT_WORDS = frozenset("ok okay thx tysm ty tks thnx lol omg pls plz u ur hi hey yo".split())


def _unlisted_name_word(c: Candidate) -> bool:
    """One capitalised word, no known name, that is no English word, health word, symptom,
    drug, town or organisation: "Nevaeh", "Ikenna", "Dashiell"."""
    if len(c.words) != 1 or c.common or c.strong:
        return False
    lower = c.lowers[0]
    if len(lower) < 3 or not lower.isalpha() or c.first.base.isupper():
        return False
    return _no_listed_word(lower)


def a_listed_name_or_no_word(lower: str) -> bool:
    """``lower`` is a known given name or surname, or no listed word at all."""
    return lower in lx.GIVEN_NAMES or lower in lx.SURNAMES or _no_listed_word(lower)


# How common in English a word's singular is for the word to be read as its plural
# ("plaster" 3.5), not a name no list holds.
_PLURALS_WORD_ZIPF = 3.0


@lru_cache(maxsize=4096)
def _no_listed_word(lower: str) -> bool:
    """``_unlisted_name_word``'s word lookups, asked once a word (five rules ask them of
    the same candidate, and the same words come back text after text)."""
    if lower in lx.HEALTH_SINGLE_WORDS or lower in lx.ORG_SUFFIXES or lower in lx.MONTHS:
        return False
    if lower in SYMPTOMS or lower.removesuffix("s") in SYMPTOMS:
        return False
    if lower in lx.ANSWER_WORDS_ABROAD:
        return False  # (read 139-142) "Ndio, kliniki iko wazi": yes, no one's name
    if (
        lower.endswith("s")
        and len(lower) > 4
        and lower[:-1] not in lx.GIVEN_NAMES
        and lazy.zipf_frequency(lower[:-1], "en") >= _PLURALS_WORD_ZIPF
    ):
        return False  # (read 139-142) "Plasters, Vaseline and Dettol": a plural, no name
    if lower in lx.WEEKDAYS or lower in lx.STAFF_WORDS or lx.EPONYMS.__contains__(lower):
        return False
    if _DRUG_LIKE.search(lower):
        return False
    return lower not in lx.english_words() and lower not in lx.place_names()


_DRUG_LIKE = lazy.compile(
    r"(?:mab|pril|olol|statin|cillin|mycin|azole|tidine|sartan|afil|pine|done|xetine|tide"
    r"|gliptin|flozin|vir|cycline|oxacin|parin|semide|zepam|zolam|profen|codone|mide|dronate"
    r"|mol|nol|zole|lax|zyme|vax|cort|sone|lone|xone|ine|ide|ate|ium|ex|ix|yl|ol)$"
)


def taken_for_care(f: _Finder, c: Candidate) -> str | None:
    """Someone taken for care ("we rushed Nevaeh to the ER", "took Ikenna for his shot")."""
    if len(c.words) != 1 or c.strong or c.prev not in _TAKE_VERBS or c.last.possessive:
        return None
    lower = c.lowers[0]
    if lower in lx.HEALTH_SINGLE_WORDS or _DRUG_LIKE.search(lower) or lower in lx.MONTHS:
        return None
    m = _TAKEN_TO.match(f.doc.text, c.end)
    if m is None:
        return None
    if not (c.known or _unlisted_name_word(c)) and not m.group(0).lstrip().lower().startswith(
        ("to", "into")
    ):
        return None
    if m.group("seen") is not None:
        # (names29) "bring X in if …" is a person to be seen only in a sentence about
        # health or care: "bring Tupperware in if you want leftovers" is none.
        last = f.doc.sentences[c.first.sentence][1]
        if not _health_or_care(f.doc.text[c.end : last]):
            return None
    return _TAKEN_FOR_CARE


# The rules whose candidate may open with a care role written as a title ("Nurse
# Hinewai"): the span they add starts at the name.
_ROLE_WORD_LEFT_OUT = frozenset(("nurse_of_the_writer",))
_NURSE_OF_THE_WRITER = (
    "a nurse by first name the writer thanks for their own care (big love to Nurse Hinewai)"
)


def nurse_of_the_writer(f: _Finder, c: Candidate) -> str | None:
    """A nurse's first name the writer thanks for their own care ("big love to Nurse Hinewai")."""
    # (names30) "big love to Nurse Hinewai on the kids ward, my boy didn't cry once", "huge
    # thanks to nurse Sione for staying with me all night". A ward gives its nurses' first names only; with the ward, the day and the writer's
    # own care the name says which patient wrote. Read before ``staff``, which takes every
    # name after "nurse" for the practice's. Not the practice's own nurse ("Our Nurse Kiri
    # runs the flu clinic"), nor one introducing herself ("I'm Nurse Kiri"), nor a full
    # name or a family name alone (``nurse_of_the_writers_care``), nor a word that is no
    # given name ("Nurse Practitioner").
    if c.lowers[0] == "nurse":
        if len(c.words) != 2 or c.first.text != "Nurse":
            return None
        lower = c.lowers[1]
    elif c.prev == "nurse" and len(c.words) == 1:
        lower = c.lowers[0]
    else:
        return None
    if c.last.possessive or lower in lx.TITLES:
        return None
    if not nurse_of_the_writers_care(f.doc.text, Finding(c.start, c.end, "name", "")):
        return None
    return _NURSE_OF_THE_WRITER


# (names30) "your" or "ur" after the name, then, within three words, the news the message
# gives of what is theirs: "Rangi your results are back", "Kalani your ortho retainer is at
# the front desk", "Tavita ur referral went through". Not the practice's staff presented to
# the reader ("Priya your hygienist is back from leave", "Mele your new nurse will call").
_YOUR_NEWS_AFTER = lazy.compile(
    r"[ \t]+(?:your|ur|yr)[ \t]+(?!(?:new|regular|usual|lead|friendly|own)[ \t]+)"
    r"(?!(?:"
    + "|".join(sorted((re.escape(w) for w in lx.STAFF_WORDS), key=lx.longest_first))
    + r")s?\b)(?:[\w'’/-]+[ \t]+){0,3}?"
    r"(?:is|are|was|were|has|have|had|will|came|come|got|arrived|ready|back|due|booked"
    r"|confirmed|needs?|went|looks?|looked|came[ \t]+back|still)\b",
    re.IGNORECASE,
)
_ADDRESSED_WITH_NEWS = (
    "a name opening a message, then news of what is theirs (Rangi your results are back)"
)


def addressed_with_news(f: _Finder, c: Candidate) -> str | None:
    """A name on no list opening a message, then "your" and its news ("Rangi your results are back")."""
    # (names30) A message to one person opens with their name and no comma, as texts and
    # notes left at the desk do; what follows "your" is theirs (results, a retainer, a
    # referral). Read before ``staff``, which takes a sentence with "front desk" for the
    # team's ("Kalani your ortho retainer is at the front desk"). Only a word on no list and
    # no English word or brand shaped like one (``_unlisted_name_word``, not "MyChart"),
    # or a given name that is no English word, in a sentence about health or care: "Venmo
    # your share" has no news after it, "Fitbit your steps are synced" no one's care.
    if not c.first.sentence_start or len(c.words) != 1 or c.last.possessive:
        return None
    if c.after_lower not in ("your", "ur", "yr") or _camel_case(c.first.base):
        return None
    if _YOUR_NEWS_AFTER.match(f.doc.text, c.end) is None:
        return None
    lower = c.lowers[0]
    if lower in _CHATBOTS or not (
        _unlisted_name_word(c) or (lower in lx.GIVEN_NAMES and lower not in lx.english_words())
    ):
        return None
    last = f.doc.sentences[c.first.sentence][1]
    if not _health_or_care(f.doc.text[c.end : last]):
        return None  # ("Fitbit your steps are synced again": a device's news, no one's care)
    return _ADDRESSED_WITH_NEWS


# (lead) A time said before a sentence's subject: "On the 2nd of May", "Last Tuesday",
# "Yesterday morning,", "On 12 May", "This week".
_FRONTED_TIME = lazy.compile(
    r"[ \t]*(?:(?:on|since|from|after|by|until|last|this|next|early|late)[ \t]+)?"
    r"(?:the[ \t]+)?(?:\d{1,2}(?:st|nd|rd|th)?[ \t]+(?:of[ \t]+)?(?:"
    + lx.MONTH_PATTERN
    + r")|(?:"
    + lx.MONTH_PATTERN
    + r")[ \t]+\d{1,2}(?:st|nd|rd|th)?|(?:"
    + "|".join(sorted(lx.WEEKDAYS, key=lx.longest_first))
    + r")|yesterday|today|tomorrow|tonight|week|weekend|month|morning|night)"
    r"(?:[ \t]+(?:morning|afternoon|evening|night))?[ \t]*,?[ \t]*",
    re.IGNORECASE,
)


def _opens_sentence(f: _Finder, c: Candidate) -> bool:
    """The candidate opens its sentence, alone or after an affection word ("Little Jaxon")
    or a time ("On the 2nd of May Odalys starts chemo", "Yesterday, Tevita fell")."""
    if c.first.sentence_start:
        return True
    before = f.previous_word_token(c.first_index)
    if before is not None and before.sentence_start and before.lower in lx.AFFECTION_WORDS:
        return True
    if before is not None and before.sentence_start and before.lower in ("my", "our"):
        return True  # (lead) "My Jasleen keeps squinting": the writer's own, by name
    left = f.doc.sentences[c.first.sentence][0]
    return c.start - left < 40 and _FRONTED_TIME.fullmatch(f.doc.text, left, c.start) is not None


def _about_health(sentence: str) -> bool:
    """A sentence that tells of being unwell: a health word, a symptom or an injury."""
    words = set(re.findall(r"[a-z][a-z-]*", sentence.lower()))
    if not (words.isdisjoint(lx.HEALTH_SINGLE_WORDS) and words.isdisjoint(SYMPTOMS)):
        return True
    return _INJURY.search(sentence) is not None


_HAS = lazy.compile(r"[ \t]+(?:has|have|gets|got)\b", re.IGNORECASE)
# An age said between a name and its verb: "Lorcan (6) has", "Lorcan, 6, has".
_AGE_BETWEEN = lazy.compile(
    r"[ \t]*(?:\([ \t]*(?:age[ \t]*)?\d{1,3}[ \t]*\)|,[ \t]*\d{1,3}[ \t]*,)"
)


# (guard-recall6) An adverb between a subject and its verb ("Hope finally got …").
_ADVERB_BEFORE_VERB = lazy.compile(
    r"[ \t]+(?:finally|just|already|now|also|recently|suddenly|eventually|only)(?=[ \t])",
    re.IGNORECASE,
)
_KNOWN_FROM = lazy.compile(
    r"[ \t]+from[ \t]+(?:work|church|school|uni|college|the[ \t]+(?:office|gym|choir|club"
    r"|mosque|temple|marae|team)|next[ \t]+door|down[ \t]+the[ \t]+(?:road|street)"
    r"|(?:my|our)[ \t]+(?:work|office|church|class|team|street|building|gym|choir))\b",
    re.IGNORECASE,
)


_STILL = lazy.compile(r"[ \t]+still(?=[ \t])", re.IGNORECASE)


def _unlisted_subject(f: _Finder, c: Candidate) -> bool:
    """An unlisted name opening a sentence, then a verb only a person takes ("has had"),
    with or without an age between ("Lorcan (6) has")."""
    if not _opens_sentence(f, c) or not _unlisted_name_word(c) or c.last.possessive:
        return False
    age = _AGE_BETWEEN.match(f.doc.text, c.end)
    if age is None:
        # (guard-recall6) or where the writer knows them from: "Bronwen from work has shingles"
        known_from = _KNOWN_FROM.match(f.doc.text, c.end)
        end = known_from.end() if known_from else c.end
        # (lone15) or "still" first: "Eliska still can't feel her lip after the extraction"
        still = _STILL.match(f.doc.text, end)
        end = still.end() if still else end
        return _PERSON_PREDICATE.match(f.doc.text, end) is not None
    # with an age, any verb of having: only a person has one
    return bool(_PERSON_PREDICATE.match(f.doc.text, age.end()) or _HAS.match(f.doc.text, age.end()))


# What people are lost to, beside the health lexicon's terms.
_FATAL = frozenset(
    """cancer leukemia leukaemia lymphoma covid suicide overdose dementia als sepsis
    alzheimer's alzheimers addiction pneumonia melanoma tumour tumor""".split()
)
_LOST_TO = lazy.compile(r"[ \t]+to[ \t]+(?:(?:a|an|her|his|their|the)[ \t]+)?")


def lost_to_illness(f: _Finder, c: Candidate) -> str | None:
    """Someone lost to an illness ("since we lost Dimitri to leukemia")."""
    if c.prev != "lost" or c.strong or c.last.possessive or not (c.known or _unlisted_name_word(c)):
        return None
    to = _LOST_TO.match(f.doc.text, c.end)
    if to is None:
        return None
    word = re.match(r"[a-z-]*", f.doc.text[to.end() : to.end() + 30].lower())
    if word is None or not (
        word.group() in lx.HEALTH_SINGLE_WORDS
        or word.group() in SYMPTOMS
        or word.group() in _FATAL
        or _HEALTH_START.match(f.doc.text, to.end())
    ):
        return None
    return _LOST_TO_ILLNESS


# A person in the sentence beside the name: a third person's pronoun, or the writer with
# them ("Temi and I", "me and Ayodele").
_PERSON_PRONOUN = lazy.compile(r"\b(?:he|she|his|her|him|he's|she's|he’s|she’s)\b", re.IGNORECASE)
_WITH_THE_WRITER = lazy.compile(r"[ \t]+and[ \t]+(?:I|me|my)\b")
_WRITER_WITH = lazy.compile(r"\b(?:[Mm]e|I)[ \t]+and[ \t]+$")
# Words before a thing taken, used or owned, not a person: "taking Brilinta", "on
# Jardiance", "his Oura ring".
_THING_BEFORE = frozenset(
    """take takes taking took try tried trying use used using on of about with prescribed
    started switched stopped from brand called named my his her their our your the a an
    this that""".split()
)
# Verbs a remedy or a gadget is the subject of: "Orajel helps his teething pain".
_THING_VERBS = frozenset(
    """helps helped works worked makes made gives gave causes caused clears cleared contains
    cures cured relieves relieved soothes soothed fixes fixed stops stopped tracks tracked
    shows showed costs cost covers covered ring watch app gel cream spray tablets pills
    drops pump monitor device cause help fix replace cover interact affect treat whiten
    damage stain work""".split()
)


def unlisted_name_in_health_sentence(f: _Finder, c: Candidate) -> str | None:
    """An unlisted name in a health sentence about a person ("Temi and I both have covid")."""
    if c.strong or c.known or len(c.words) != 1 or c.prev in _THING_BEFORE:
        return None
    if c.lowers[0] in _NOT_NAMES or c.lowers[0].removesuffix("s") in lx.WEEKDAYS:
        return None
    if c.after_lower in _THING_VERBS and not f.token_between(c.last_index):
        return None
    if not (_unlisted_name_word(c) or (c.last.possessive and _unlisted_possessive(c))):
        return None
    text = f.doc.text
    if _WITH_THE_WRITER.match(text, c.end) or _WRITER_WITH.search(
        text, max(0, c.start - 12), c.start
    ):
        person = True
    elif c.first.sentence_start or _after_punctuation(f, c):
        # a word capitalised by its place (a sentence's or a clause's first) is read by
        # unlisted_name_with_health, which wants the verb only a person takes after it
        return None
    else:
        person = False
    # the evidence near the name, in its sentence: a long list joined with commas is one
    # "sentence" that holds every pronoun and health word of the post
    first, last = f.doc.sentences[c.first.sentence]
    near = text[max(first, c.start - _NEAR) : min(last, c.end + _NEAR)]
    if not (_about_health(near) or _HEALTH_IN.search(near)):
        return None
    return _UNLISTED_IN_HEALTH if person or _PERSON_PRONOUN.search(near) else None


_NEAR = 60  # characters either side of a name that its evidence is read in
# Titles and ranks, shortened or not, that open a name without being one.
_NOT_NAMES = (
    lx.TITLES | lx.PUBLIC_TITLES | frozenset("sgt cpl pvt lt capt col gen maj cmdr".split())
)


def _after_punctuation(f: _Finder, c: Candidate) -> bool:
    before = f.token_before(c.first_index)
    return before is not None and before.kind == "punct"


def _unlisted_possessive(c: Candidate) -> bool:
    lower = c.lowers[0]
    return (
        len(lower) >= 3
        and lower.isalpha()
        and lower not in lx.english_words()
        and (lower not in lx.place_names() and not _DRUG_LIKE.search(lower))
    )


_HEALTH_IN = lazy.compile(
    r"\b(?:" + "|".join(re.escape(t) for t in lx.HEALTH_TERMS) + r")\b", re.IGNORECASE
)


# "Croup is a common childhood illness": the word is the illness the sentence defines
_DEFINED_AS_ILLNESS = lazy.compile(
    r"[ \t]+(?:is|are)[ \t]+(?:a|an|the)[ \t]+(?:[\w-]+[ \t]+){0,3}?(?:illness|disease|condition"
    r"|infection|virus|syndrome|disorder|symptom|cancer|allergy|rash)\b",
    re.IGNORECASE,
)


def unlisted_name_with_health(f: _Finder, c: Candidate) -> str | None:
    """An unlisted name opening a health sentence ("Dashiell has had a cough"), not an illness ("Croup is a …")."""
    if not _unlisted_subject(f, c):
        return None
    if _DEFINED_AS_ILLNESS.match(f.doc.text, c.end):
        return VETO
    if len(c.lowers) == 1 and c.lowers[0].endswith(_CONDITION_ENDINGS):
        return VETO  # (guard-longclean6) "Bruxism is common in children": a condition's name
    if not _about_health(f.doc.sentence_text(c.first.sentence)):
        return None
    return _UNLISTED_WITH_HEALTH


# (guard-longclean6) How the names of conditions and procedures end ("Bruxism", "Gingivitis",
# "Halitosis", "Fluorosis", "Neuralgia", "Apicectomy"); no given name ends so.
_CONDITION_ENDINGS = (
    "ism",
    "itis",
    "osis",
    "iasis",
    "algia",
    "pathy",
    "plasia",
    "trophy",
    "ectomy",
    "otomy",
    "ostomy",
    "plasty",
    "aemia",
)


_KIN_BEFORE = lazy.compile(
    r"\b(?:my|our|her|his|their|else'?s|else’s)[ \t]+(?:\w+[ \t]+)?(?:"
    + "|".join(sorted(lx.RELATION_WORDS - {"patient", "patients"}))
    + r")\b",
    re.IGNORECASE,
)


def unlisted_name_after_relative(f: _Finder, c: Candidate) -> str | None:
    """An unlisted name opening the sentence after one on a relative's health ("Esme is")."""
    sentence = c.first.sentence
    if sentence == 0 or not _unlisted_subject(f, c):
        return None
    before = f.doc.sentence_text(sentence - 1)
    if _KIN_BEFORE.search(before) is None or not _about_health(before):
        return None
    return _UNLISTED_AFTER_RELATIVE


# (guard-replies) How people write their own name in a reply: "Tavita and I", "Hey, it's
# Keahi!", "this is Mereana here", a signature line "- Tamati from Rotorua".
_SELF_AND_I = lazy.compile(r"[ \t]+(?:and|&)[ \t]+(?:I|me|myself)\b(?![-'’])")
# (names91) "it's me Noi from the noodle shop", "this is me, Kalani"
_ITS_ME_BEFORE = lazy.compile(
    r"(?:^|[\s,!.])(?:it'?s|it’s|it[ \t]+is|this[ \t]+is)(?:[ \t]+me,?)?[ \t]+\Z", re.I
)
# (names35) or a dash before what the writer goes on to say ("hey its Aleksandar — my new
# email is …")
_ITS_ME_AFTER = lazy.compile(r"[ \t]*(?:[!,.:)]|here\b|from\b|\Z|\n)|[ \t]+(?:--?|[–—])[ \t]")
_SIGNATURE_DASH = lazy.compile(r"(?:^|[.!?)\n][ \t]*|[ \t]{2,})(?:-{1,2}|[–—~])[ \t]*\Z")
# (names35) A chat signed off mid-line: a spaced dash after the last words, then one word
# that ends the text ("ring me back on … — Shaz", "my cooking page … — Bisi"), as people
# sign a text message; not a dash between two clauses ("open Mon – Fri", "9 — 5").
_SIGNATURE_SPACED_DASH = lazy.compile(r"[^\s\d][ \t]+(?:--?|[–—~])[ \t]*\Z")
_SIGNATURE_LAST = lazy.compile(r"[ \t]*[!.]?[ \t]*(?:x{1,3}|xo)?[ \t]*\Z")
_SIGNATURE_AFTER = lazy.compile(
    r"[ \t]*(?:\Z|\n|from[ \t]+[A-Z]|,[ \t]*[A-Z][\w'’-]+[ \t]*(?:\Z|\n))"
)
# A reply signed off with love or thanks from the writer and their household ("Big thanks
# from Siosaia and the kids"). Not a name alone at the end: "Love from Auckland", "Cheers
# from Aotearoa!" sign off from a place.
_SIGNED_FROM_BEFORE = lazy.compile(
    r"\b(?:love|thanks|thank[ \t]+you|hugs|cheers|kisses|xx+|xo+)[ \t]+from[ \t]+\Z", re.I
)
_SIGNED_FROM_AFTER = lazy.compile(
    r"[ \t]+(?:and|&)[ \t]+(?:the[ \t]+|my[ \t]+|our[ \t]+)?"
    r"(?:kids|children|family|fam|boys|girls|twins|grandkids|whanau|whānau|crew|gang)\b",
    re.I,
)
_SELF_NAMED = "a name the writer gives as their own (Tavita and I, it's Keahi, - Tamati)"


def self_named_unlisted(f: _Finder, c: Candidate) -> str | None:
    """A name no list holds that the writer gives as theirs ("Tavita and I", "it's Keahi!")."""
    if not _unlisted_name_word(c):
        return None
    text = f.doc.text
    if _SELF_AND_I.match(text, c.end):
        return _SELF_NAMED
    lead = text[max(0, c.start - 40) : c.start]
    if _ITS_ME_BEFORE.search(lead) and _ITS_ME_AFTER.match(text, c.end):
        return _SELF_NAMED
    if _SIGNATURE_DASH.search(lead) and _SIGNATURE_AFTER.match(text, c.end):
        return _SELF_NAMED
    if _SIGNATURE_SPACED_DASH.search(lead) and _SIGNATURE_LAST.match(text, c.end):
        return _SELF_NAMED  # (names35) "… if the crown comes in — Shaz": the text's last word
    if _SIGNED_FROM_BEFORE.search(lead) and _SIGNED_FROM_AFTER.match(text, c.end):
        return _SELF_NAMED
    return None


# (names35) Two people joined by "and" or "&" ("My twins Nnamdi and Ebube both have
# ringworm", "Kofi & Adwoa got their jabs"): the run right after a name found is a person
# too when each of its words reads as a name (no English word, town or drug).
_JOINED_TO_FOUND = lazy.compile(r"[ \t]*,?[ \t]*(?:and|&)[ \t]+")
_JOINED_REASON = "a name joined by and to a name found (Nnamdi and Ebube)"


def _reads_as_a_name(lower: str) -> bool:
    """A word on the name lists that is no English word nor a town ("Nnamdi", "Mwangi"),
    or a word on no list at all (``_no_listed_word``: "Ebube", "Chiamaka")."""
    if lower in lx.GIVEN_NAMES or lower in lx.SURNAMES:
        return (
            lower not in lx.AMBIGUOUS_NAMES
            and lower not in lx.english_words()
            and lower not in lx.place_names()
        )
    return lower.isalpha() and len(lower) > 2 and _no_listed_word(lower)


def joined_to_a_name(f: _Finder, c: Candidate) -> str | None:
    """A run of name words right after a name found and "and" (Nnamdi and Ebube)."""
    # Not a firm's or a show's pair ("Marks and Spencer", "Simon & Garfunkel"): no name is
    # found first there (a public figure, an English word), so nothing is joined to one.
    if not f.found or len(c.words) > 2 or c.last.possessive:
        return None
    last = next((s for s in reversed(f.found[-4:]) if s.end < c.start <= s.end + 8), None)
    if last is None or _JOINED_TO_FOUND.fullmatch(f.doc.text, last.end, c.start) is None:
        return None
    if any(w.base.isupper() for w in c.words) or not all(_reads_as_a_name(w) for w in c.lowers):
        return None
    return _JOINED_REASON


def _could_be_named(c: Candidate) -> bool:
    """A known or ambiguous given name or surname that is not a common capitalised word."""
    return (c.known or c.ambiguous) and not c.common


# (clean30) ``town_and_its_region``: the end of an address, which a person's name never
# ends in.
def town_and_its_region(f: _Finder, c: Candidate) -> str | None:
    """A town then its state's or province's letters ("Hamilton ON", "Jackson MS")."""
    return VETO if len(c.words) > 1 and c.words[-1].text in lx.REGION_CODES else None


def addressed_between_commas(f: _Finder, c: Candidate) -> str | None:
    """ ", Emma." at the end of a sentence; not when the sentence is about the team."""
    if not _could_be_named(c):
        return None
    before_tok = f.token_before(c.first_index)
    if before_tok is None or before_tok.text != ",":
        return None
    after_tok = f.token_after(c.last_index)
    if after_tok is None or after_tok.text in _END or after_tok.kind == "newline":
        return VETO if f.staff_context(c.first_index) else _ADDRESSED
    return None


# (clean12) A list the word opens: a comma, one or more items of one or two words, then
# "and", "or" or "&" and one more ("Rose, lavender and chamomile teas", "Abbott, Sensodyne
# and Colgate"); "Emma, you and Jack did great" and "Emma, Dad and I are proud of you"
# speak to Emma. Only a list that holds a thing says the first word is one too: an item in
# lower case or a brand (``lx.EPONYMS``); "Oyinda, Kemi and Bisi have malaria" is people.
_LIST_OPENED = lazy.compile(
    r"[ \t]*,[ \t]*(?!(?:you|u|we|i|me|us|please|thanks|thank|so|but|if|well)\b)"
    r"[^\W\d_][\w'’-]*(?:[ \t]+[^\W\d_][\w'’-]*)?"
    r"(?:[ \t]*,[ \t]*[^\W\d_][\w'’-]*(?:[ \t]+[^\W\d_][\w'’-]*)?)*"
    r",?[ \t]+(?:and|or|&)[ \t]+(?!(?:you|u|i|me|we|us)\b)[^\W\d_]",
    re.IGNORECASE,
)


_LIST_ITEM = lazy.compile(r"[^\W\d_][\w'’-]*")


def _opens_a_list_of_things(text: str, end: int) -> bool:
    """A list follows ``end`` (``_LIST_OPENED``) and one of its items is a thing: a word
    in lower case or a brand."""
    m = _LIST_OPENED.match(text, end)
    if m is None:
        return False
    last = _LIST_ITEM.match(text, m.end() - 1)
    items = _LIST_ITEM.findall(text, end, m.end() if last is None else last.end())
    skip = {"and", "or"}
    return any(w.lower() not in skip and (w[0].islower() or w.lower() in lx.EPONYMS) for w in items)


# A month or a season after the comma: a run of the calendar's words, no one spoken to.
_ANOTHER_SEASON_NEXT = lazy.compile(
    r"[ \t]*,[ \t]*(?:" + lx.alternation(_MONTHS_OR_SEASONS) + r")(?![\w'’-])",
    re.IGNORECASE,
)


def _hyphenated_given_names(c: Candidate) -> bool:
    """(people16) One word of two given names joined by a hyphen, as French, Quebec and
    Irish names are written ("Jean-Baptiste", "Marie-Ève", "Anne-Sophie", "Mary-Kate"):
    the list holds each half, not the pair."""
    if len(c.words) != 1 or c.common:
        return False
    halves = [lx.unaccented(h) for h in c.lowers[0].split("-")]
    return len(halves) == 2 and all(h in lx.GIVEN_NAMES and len(h) > 2 for h in halves)


def addressed_at_start(f: _Finder, c: Candidate) -> str | None:
    """ "Emma, you did great": a name opening a sentence spoken to; not a list, not the team."""
    # (people16) A pair of given names joined by a hyphen counts ("Jean-Baptiste, t'as ton
    # rdv demain").
    if not c.first.sentence_start or not (
        _could_be_named(c) or ("-" in c.lowers[0] and _hyphenated_given_names(c))
    ):
        return None
    after_tok = f.token_after(c.last_index)
    if after_tok is None or after_tok.text != "," or f._list_follows(c.last_index):
        return None
    if _opens_a_list_of_things(f.doc.text, c.end):
        return None  # "Rose, lavender and chamomile teas are …": the first of a list
    if c.last.possessive:
        return None  # (read 139-142) "Hashimoto's, TSH 14": no one is spoken to as "X's"
    if c.lowers[0] in _MONTHS_OR_SEASONS and _ANOTHER_SEASON_NEXT.match(f.doc.text, c.end):
        return None  # (read 151-154) "Summer, autumn, winter, spring — sunscreen is …"
    if c.first_index == 0 or f.sentence_has(f._second_person, _SECOND_PERSON, c.first.sentence):
        return VETO if f.staff_context(c.first_index) else _ADDRESSED
    return None


# (guard-recall3) A comment speaking to someone with no comma after their name: "Oyinda you
# were amazing at the dentist today", "Tane you did so well".
_YOU_DID = lazy.compile(
    r"[ \t]+(?:(?:you|u)[ \t]+(?:were|are|did|have|looked|look|rock|rocked|made|nailed|aced"
    # (people16) what a chat holds against the one it answers: "Tevita you said that last time"
    r"|said|promised|told|owe"
    # (read 151-154) or what they must do: "Ofa you need sunscreen on your ears too"
    r"|need|needa|should|gotta|must)"
    # or thanks, praise or a wish to them: "Oyinda thank you so much!", "Bogdan well done"
    r"|thank[ \t]+(?:you|u)|thanks|thx|congrat\w*|well[ \t]+done|get[ \t]+well"
    r"|welcome[ \t]+back|happy[ \t]+birthday|we(?:['’]re|[ \t]+are)[ \t]+so[ \t]+proud"
    # (nameschat37) or what a message asks of them, as a chat opens with the name and no
    # comma: "Kalani pls call mum", "Tavita don't forget …", "Keoni ring me", "Karim tu peux
    # m'envoyer …", "Jarrah te mando el audio". Not "your" (``addressed_with_news`` reads it,
    # with its brands: "Fitbit your steps are synced"), nor "du", "vous" (French after a
    # shop's name: "Pharmacie du Parc", "Pharmacie vous accueille")
    r"|pls|plz|please|don['’]?t[ \t]+forget|(?:call|ring|text|msg|message)[ \t]+me"
    r"|(?-i:tu|te|você|voce|ti)[ \t]+(?=[a-zà-ÿ])"
    # (names87) "you're" and a chat's "ur" ("Anela ur teeth r so pretty", "Tasha you're so
    # brave"; a word of endearment is ``_ENDEARMENT_AFTER``'s)
    # (read 139-142) and "you've" before what they did or must do ("Dom you've got to try the
    # night guard", "Tsholofelo we got you!")
    r"|you['’]?re|ur|u[ \t]+r|you['’]?ve[ \t]+(?:got|been|done|made|gotta)|we[ \t]+got[ \t]+(?:you|u)"
    r")(?:\b|(?<=[ \t]))",
    re.IGNORECASE,
)


# (names87) A word of endearment said to the one addressed, right after their name: "Hala
# habibti don't worry", "Nomvula sisi we miss you", "Maite cariño". The name may be a town's
# too ("Hala"): no one calls a town so.
_ENDEARMENT_AFTER = lazy.compile(
    r"[ \t]+(?:habibti+|habibi|habibty|hayati|azizti|azizi|canım|canim|jaan|janu|cariño|carino"
    r"|mija|mijo|hun|hunny|babe|sisi)\b",
    re.IGNORECASE,
)


# The words that open such a chat before an endearment and name no one ("Yalla habibi",
# "Wallah habibti", "Khalas habibi").
_NOT_ENDEARED = frozenset(
    "yalla yallah wallah wallahi walla khalas inshallah mashallah ahlan marhaba shukran salam"
    " salaam aywa tayeb tayyib habibi habibti ya".split()
)


def addressed_without_comma(f: _Finder, c: Candidate) -> str | None:
    """A name no English word opening a comment, then "you were", thanks or a request ("Oyinda you were amazing", "Tamatoa pls call mum")."""
    if len(c.words) != 1 or c.last.possessive:
        return None
    endeared = _ENDEARMENT_AFTER.match(f.doc.text, c.end) is not None
    if not endeared and _YOU_DID.match(f.doc.text, c.end) is None:
        return None
    before = f.token_before(c.first_index)
    if not (c.first.sentence_start or (before is not None and before.text == ":")):
        return None
    lower = c.lowers[0]
    if not (
        _unlisted_name_word(c)
        or (lower in lx.GIVEN_NAMES and lower not in lx.english_words())
        or (endeared and not c.common and lower.isalpha() and lower not in lx.english_words())
    ):
        return None
    if lower in _NOT_ENDEARED:
        return None
    if lower.endswith("s") and lower[:-1] in lx.english_words():
        return None  # (nameschat37) a group asked: "Mods please delete it", "Admins pls"
    return VETO if f.staff_context(c.first_index) else _ADDRESSED


# (people16) The words a chat opens with before the person it answers: "lol Tevita you said
# that last time", "haha Bayo ur braces look sick", "omg Marisol you're so dramatic".
_CHAT_INTERJECTIONS = frozenset(
    """lol lool lmao lmfao haha hahaha hahah hehe omg omfg bruh ugh aww awww ikr yo oi wow smh
    jk ayy ahh ooh ha hah xd""".split()
)
# The same words drawn out, as chats type them: "hahahaha", "lmaooo", "lolll", "omggg".
_DRAWN_OUT_INTERJECTION = lazy.compile(
    r"a?(?:ha){2,}h?|(?:he){2,}|lo+l+|lm+f?a+o+|omf?g+|bru+h+|ugh+|a+w+|wo+w+|xd+|ay+|a+h+|o+h+"
)


# (names35) The interjections, some drawn out, that open a chat's sentence before a name
# ("Ahh Ayesha congrats", "Omg Kemi same"): a set, asked of every sentence's first word.
_LEAD_INTERJECTIONS = _CHAT_INTERJECTIONS | frozenset(
    "ahhh ahhhh awww awwww omgg omggg ooooh oooh wowww yay yayy".split()
)


def _interjection(word: str) -> bool:
    """``word`` (lower case) is a chat's interjection, drawn out or not ("lol", "hahahaha")."""
    return word in _CHAT_INTERJECTIONS or _DRAWN_OUT_INTERJECTION.fullmatch(word) is not None


# Spoken to: "you", "u", "ur", "your", "you're", "ya", "y'all" right after the name.
_SPOKEN_TO_AFTER = lazy.compile(
    r"[ \t]*,?[ \t]+(?:you|u|ur|your|you['’]re|youre|ya|y['’]all|yall)(?![\w'’])", re.IGNORECASE
)
# (names29) Or what the person did to the writer, as a chat tells a friend: "lol Bronagh just
# sent me the seating chart", "omg Tamsin texted me at 3am", "haha Ruairí told me". Not
# what an app or a shop sends ("lol Venmo just sent me a request", "omg Duolingo sent me
# a notification"): an email, a text, a notification, a code or a bill after "me" is an
# app's as often as a person's.
_DID_TO_ME_AFTER = lazy.compile(
    r"[ \t]+(?:(?:just|literally|finally|also|actually|seriously|really|lowkey)[ \t]+)?"
    r"(?:told|tells|said|says|asked|asks|called|calls|texted|texts|messaged|dm['’]?d|sent|sends"
    r"|showed|invited|ghosted|roasted|facetimed|snapped|hugged|yelled[ \t]+at|left)[ \t]+me\b"
    r"(?![ \t]+(?:an?[ \t]+)?(?:e-?mails?|emails?|texts?|sms|notifications?|alerts?|push|codes?"
    r"|bills?|invoices?|requests?|surveys?|ads?|offers?|coupons?|promos?|updates?|reminders?"
    r"|links?|receipts?|refunds?|verification|otp|password)\b)",
    re.IGNORECASE,
)
# Assistants and chatbots a chat speaks to as to a person ("lol Siri you said …").
_CHATBOTS = frozenset("siri alexa cortana bixby chatgpt copilot gemini".split())
_CHAT_ADDRESSED = "a name a chat speaks to after lol, haha or omg (lol Tevita you said …)"


def _camel_case(word: str) -> bool:
    """A capital inside a word, as apps and firms write their names ("MyChart", "DoorDash"),
    not a family name's ("McKenzie", "MacLeod", "O'Brien", "DeShawn")."""
    inner = word[1:]
    if inner.islower() or word.startswith(("Mc", "Mac", "O'", "O’", "De", "Di", "La", "Le")):
        return False
    return any(ch.isupper() for ch in inner)


def chat_addressed(f: _Finder, c: Candidate) -> str | None:
    """A chat's name after "lol", "haha" or "omg", then "you" or "sent me" ("lol Tevita you said …")."""
    # The interjection says it is a chat, "you" that the name is the one answered. Not a
    # chatbot ("lol Siri you said …"), nor an everyday word ("omg Netflix you're killing me").
    prev = c.prev
    if prev not in _CHAT_INTERJECTIONS and (
        len(prev) < 4 or _DRAWN_OUT_INTERJECTION.fullmatch(prev) is None
    ):
        return None  # (the set first: most candidates have a word before them)
    if len(c.words) != 1 or c.last.possessive:
        return None
    if len(c.before) > 3 or not all(_interjection(w) for w in c.before):
        return None  # only interjections open the sentence before the name
    if _SPOKEN_TO_AFTER.match(f.doc.text, c.end) is None:
        if _DID_TO_ME_AFTER.match(f.doc.text, c.end) is None or _camel_case(c.first.base):
            return None  # ("omg MyChart just sent me my results": an app's name)
    lower = c.lowers[0]
    if lower in _CHATBOTS or not (
        _unlisted_name_word(c) or (lower in lx.GIVEN_NAMES and lower not in lx.english_words())
    ):
        return None
    return VETO if f.staff_context(c.first_index) else _CHAT_ADDRESSED


# (people16) The label a note, a reminder or a message opens with before the person it is
# about: "Reminder: Wren has speech therapy after lunch", "School note: Tayshawn may use
# the nurse's office", "FYI - Anouk is allergic to peanuts", "Heads up, Brielle has …".
_NOTE_LABELS = frozenset("reminder reminders note notes nb fyi memo update message msg".split())
_LABEL_MARKS = frozenset(":-–—,")
# The note's verb after the name: what the person has, may, must or did.
_NOTE_SUBJECT_VERB = lazy.compile(
    r"[ \t]+(?:(?:still|also|now|just|only)[ \t]+)?(?:has|had|have|is|was|will|may|can|cannot"
    r"|can['’]?t|won['’]?t|doesn['’]?t|didn['’]?t|isn['’]?t|must|should|needs|need|took|takes"
    r"|gets|got|missed|misses|left|forgot|goes|went|came|starts|started|finishes|uses|has)\b",
    re.IGNORECASE,
)
# What a school's or a carer's note is about besides health: the day, its places and its
# appointments ("speech therapy after lunch", "pick-up at 3", "absent", "the nurse's office").
_NOTE_ABOUT_A_PERSON = lazy.compile(
    r"\b(?:therapy|therapist|speech|physio|ot|pe|gym|swimming|session|appt|appointment"
    r"|check-?up|lesson|school|class|recess"
    r"|lunch|pick-?up|picked[ \t]+up|bus|absent|nurse|nurse['’]s|office|inhaler|epipen|meds"
    r"|medicine|medication|allergic|allergy|counsell?or|tutor|homework|field[ \t]+trip)\b",
    re.IGNORECASE,
)
# What tells the reader a note's subject follows without a colon: "Reminder that Wren has
# …", "Just a heads up that …", "Don't forget Wren has …", "Remember Wren has …".
_TELLS_A_NOTE = frozenset(("forget", "remember"))
# The word right before the name in every case ``_after_a_note_label`` accepts.
_NOTE_LEADS = _NOTE_LABELS | _TELLS_A_NOTE | {"up", "that"}


def _after_a_note_label(f: _Finder, c: Candidate) -> bool:
    """The candidate follows a note's label and its colon, dash or comma ("Reminder: …",
    "School note - …", "Heads up, …"), or "that" after one, or "don't forget"."""
    lead = c.prev
    if lead in _TELLS_A_NOTE:
        return True
    if lead == "that" and len(c.before) > 1:
        lead = c.before[1]
        return lead in _NOTE_LABELS or lead == "up"
    if not (lead in _NOTE_LABELS or (lead == "up" and c.before[1:2] == ["heads"])):
        return False
    mark = f.token_before(c.first_index)
    return mark is not None and mark.text in _LABEL_MARKS


_NOTE_SUBJECT = "the person a note or a reminder is about (Reminder: Wren has speech therapy)"


def note_subject(f: _Finder, c: Candidate) -> str | None:
    """The subject of a note or a reminder ("Reminder: Wren has speech therapy after lunch")."""
    # A name no English word right after the label and its colon, dash or comma, the
    # subject of a verb, in a sentence about a person's care or day or taking them up as he
    # or she ("School note: Tayshawn may use the nurse's office for his inhaler"). Not a
    # product or a service ("Reminder: Ozempic needs to be refrigerated", "Update: Zocdoc
    # is down"): a drug, a word or a sentence about no one's day is none.
    if c.prev not in _NOTE_LEADS or len(c.words) != 1 or c.last.possessive:
        return None  # (the word before asked first: most candidates have none of these)
    if not _after_a_note_label(f, c):
        return None
    if _NOTE_SUBJECT_VERB.match(f.doc.text, c.end) is None:
        return None
    lower = c.lowers[0]
    if not (
        _unlisted_name_word(c) or (lower in lx.GIVEN_NAMES and lower not in lx.english_words())
    ):
        return None
    sentence = c.first.sentence
    last = f.doc.sentences[sentence][1]
    if not (
        _PRONOUN_AFTER.search(f.doc.text, c.end, last) is not None
        or _NOTE_ABOUT_A_PERSON.search(f.doc.text, c.end, last) is not None
        # (a label's note may be of any care; "Don't forget Walgreens has flu shots" is a
        # shop's, so after "forget" or "remember" the day's words or a pronoun must be there)
        or (c.prev not in _TELLS_A_NOTE and _health_or_care(f.doc.text[c.end : last]))
    ):
        return None
    return VETO if f.staff_context(c.first_index) else _NOTE_SUBJECT


# (people16) How someone is after care, said of them alone: "Kenzie is doing better",
# "Amaru is off the oxygen today", "Oyelowo's home now", "Ixchel is out of surgery".
_RECOVERY_AFTER = lazy.compile(
    r"[ \t]*(?:[ \t]is|[ \t]was|['’]s)[ \t]+(?:(?:still|now|finally|already|slowly|doing|feeling"
    r"|getting|so|much|a[ \t]+lot|a[ \t]+bit|back)[ \t]+)*(?:better|worse|home|sleeping|asleep|resting"
    r"|awake|recovering|stable|improving|off[ \t]+the[ \t]+(?:oxygen|ventilator|vent|drip|monitors?"
    r"|feeding[ \t]+tube|cpap)|out[ \t]+of[ \t]+(?:surgery|hospital|the[ \t]+(?:icu|nicu|picu|hospital"
    r"|ward)|theatre|recovery|danger)|in[ \t]+recovery)\b",
    re.IGNORECASE,
)
_IS_OR_WAS = frozenset(("is", "was"))
_RECOVERING = "a name no list holds whose sentence says how they are after care (X is doing better)"


def recovering_subject(f: _Finder, c: Candidate) -> str | None:
    """A name no list holds, then how they are after care ("Kenzie is doing better")."""
    # A name no English word, town or drug opening a sentence that says how its person is
    # ("long night in the NICU. Amaru is off the oxygen today"): only a person is doing
    # better, off the oxygen or out of surgery. Not a firm or a team ("Zoom is doing better
    # after the outage": an English word).
    if c.after_lower not in _IS_OR_WAS and not c.last.possessive:
        return None  # ("Kenzie is …", "Kenzie was …", "Kenzie's home now")
    if not _unlisted_name_word(c):
        return None
    if not (_opens_sentence(f, c) or _after_a_note_label(f, c)):
        return None  # ("Update: Amaru is out of the NICU")
    if _RECOVERY_AFTER.match(f.doc.text, c.last.start + len(c.last.base)) is None:
        return None
    return VETO if f.staff_context(c.first_index) else _RECOVERING


def patient_after(f: _Finder, c: Candidate) -> str | None:
    """Followed by ", our patient"."""
    if _could_be_named(c) and _PATIENT_AFTER.match(f.doc.text[c.end : c.end + 40]):
        return 'a name followed by "our patient"'
    return None


def age_after(f: _Finder, c: Candidate) -> str | None:
    """Followed by an age ("Emma, 7," or "Emma (age 7)")."""
    if _could_be_named(c) and _AGE_AFTER.match(f.doc.text[c.end : c.end + 12]):
        return "a name with an age"
    return None


# (lonenames59) A lone name, then a bracket of its person's particulars, as case questions
# and notes write a patient: "Abebe (Ethiopian, 60) from Silver Spring", "Lanre (M, 38)",
# "Fekadu (Ethiopian man, 70)", "Tupou (58, Tongan)", "Wanjiru (F, 34)". Every word of the
# bracket is an age, a sex or an origin, and one at least is an age or a sex: a bracket of
# a drug's or a firm's ("Xarelto (rivaroxaban)", "Dr. Latu (Tongan, speaks English)",
# "Tesco (UK)") holds other words.
_BRACKET_AFTER = lazy.compile(r"[ \t]*\(([^()\n]{1,40})\)")
_BARE_NUMBER_BRACKET = lazy.compile(r"\([ \t]*\d{1,3}[ \t]*\)")
_DIGITS_AFTER = lazy.compile(r"[ \t]*\d")
_BRACKET_ITEM_SPLIT = lazy.compile(r"[ \t]*[,;/][ \t]*|[ \t]+")
_BRACKET_AGE = lazy.compile(
    # (the sex's letter in either case, as brackets write it: "(45m)", "(45 F)")
    rf"(?:aged?[ \t]*)?\d{{1,3}}(?:[ \t]*(?:{lx.AGE_YO}|y|{lx.AGE_YR}|years?|{lx.AGE_MO}|months?"
    r"|[mfMF]))?",
)
_BRACKET_SEX = lx.SEX_LETTERS | lx.SEX_WORDS | frozenset(("lady", "gentleman"))
_BRACKET_FILLERS = frozenset("age aged years year old".split()) | lx.AGE_YR_WORDS | lx.AGE_YO_WORDS
_BRACKET_ORIGINS = lx.DEMONYM_WORDS | ORIGIN_WORDS
_IN_BRACKETS = (
    "a lone name, then a bracket of the person's age, sex or origin (Abebe (Ethiopian, 60))"
)


def _particulars(inside: str) -> str:
    """ "age", "person" or "": every word of a bracket is an age, a sex or an origin, and one
    is an age or a sex; "age" when a bare number is all it holds ("Arlo (4)")."""
    bare = marked = origin = False
    for word in _BRACKET_ITEM_SPLIT.split(inside.strip()):
        lower = word.lower()
        if not lower:
            continue
        if _BRACKET_AGE.fullmatch(word):
            if not 0 < int("".join(ch for ch in word if ch.isdigit())) <= 120:
                return ""
            bare = bare or word.isdigit()
            marked = marked or not word.isdigit()
        elif lower in _BRACKET_SEX or lower in _BRACKET_FILLERS:
            marked = True
        elif lower in _BRACKET_ORIGINS:
            origin = True
        else:
            return ""
    if marked or (bare and origin):
        return "person"
    return "age" if bare else ""


def in_brackets_with_particulars(f: _Finder, c: Candidate) -> str | None:
    """A name, then a bracket of its person's age, sex or origin ("Abebe (Ethiopian, 60)")."""
    # One word (or a name of listed words) no English word, drug or town: "Kibet (Kenyan,
    # 45) from Eldoret", "Lanre (M, 38)". Not a member of staff in a team's post ("our
    # hygienist Tala (she/her, 29)" is theirs to share).
    if c.last.possessive or len(c.words) > 2:
        return None
    m = _BRACKET_AFTER.match(f.doc.text, c.end)
    if m is None:
        return None
    said = _particulars(m.group(1))
    if not said:
        return None
    if said == "age" and len(_BARE_NUMBER_BRACKET.findall(f.doc.text)) >= 3:
        return None  # (a tally: "Top items: Lemsip Max (71), Voltarol gel (44), Piriton (39)")
    if _DIGITS_AFTER.match(f.doc.text, m.end()) is not None:
        return None  # (a phone's area code: "Telefone (11) 3555-0100")
    if not (_unlisted_name_word(c) or _all_name_words(c)):
        return None
    if any(lower in lx.other_language_words() for lower in c.lowers) and not c.known:
        return None  # ("Mein Vater (79) hat …": a word of another language)
    return None if f.staff_context(c.first_index) else _IN_BRACKETS


# (lonenames59) A private lawsuit's caption names its two sides by their family names alone,
# "Delgado v. Whitfield", "Rutherford v. Okonkwo", "Petrov vs. Nakamura", in a docket, a
# summons or a hearing's notice. Only in a text of a court's own business: "England v.
# Australia kicks off at 7" is a match, and a landmark case ("Roe v. Wade was overturned",
# "the Supreme Court's ruling in Brown v. Board") is public.
_VERSUS_AFTER = lazy.compile(r"[ \t]+vs?\.?[ \t]+[A-ZÀ-ÖØ-Þ]")
_VERSUS_BEFORE = lazy.compile(r"[A-ZÀ-ÖØ-Þ][\w'’-]*[ \t]+vs?\.?[ \t]+$")
_COURTS_BUSINESS = lazy.compile(
    r"\b(?:court|docket|hearing|summons|lawsuit|plaintiffs?|defendants?|petitioner|respondent"
    r"|tribunal|magistrate|judge|subpoena|deposition|attorney|lawyer|solicitor|litigation"
    r"|case[ \t]*(?:no\b|number|#|id\b)|courtroom)",
    re.IGNORECASE,
)
_PUBLIC_CASE = lazy.compile(
    r"\b(?:supreme[ \t]+court|landmark|overturn\w*|precedent|historic|constitution\w*)\b",
    re.IGNORECASE,
)
_CAPTION = "a family name as one side of a lawsuit's caption (Delgado v. Whitfield)"


def _caption_side(c: Candidate) -> bool:
    """Words written as a family name is, no English word or firm's: a town's name may be
    one too ("Delgado", "Rutherford"), since the caption says these are parties."""
    if c.common:
        return False
    english = lx.english_words()
    for word, lower in zip(c.words, c.lowers, strict=True):
        if word.base.isupper() or not lower.replace("-", "").replace("'", "").isalpha():
            return False
        if lower in lx.ORG_SUFFIXES or len(lower) < 3:
            return False
        if lower in english and lower not in lx.SURNAMES and lower not in lx.GIVEN_NAMES:
            return False  # ("State v. Okafor": the state; "Brennan" is a name wordfreq counts)
    return True


def court_caption(f: _Finder, c: Candidate) -> str | None:
    """A family name on one side of a private lawsuit's caption ("Delgado v. Whitfield")."""
    if c.last.possessive or len(c.words) > 2:
        return None
    text = f.doc.text
    if _VERSUS_AFTER.match(text, c.end) is None and (
        _VERSUS_BEFORE.search(text, max(0, c.start - 40), c.start) is None
    ):
        return None
    if not _caption_side(c):
        return None
    if _PUBLIC_CASE.search(text) is not None:
        return VETO  # (a landmark case's sides are public: "Roe v. Wade was overturned")
    return None if _COURTS_BUSINESS.search(text) is None else _CAPTION


_HIS_OR_HERS_AFTER = lazy.compile(r"[ \t]+(?:on|for)[ \t]+(?:her|his)\b", re.IGNORECASE)


def praised_by_pronoun(f: _Finder, c: Candidate) -> str | None:
    """A common-word given name praised, then "on her" or "for his" ("Congrats to Hope on her")."""
    if len(c.words) > 1 or c.lowers[0] not in lx.GIVEN_NAMES:
        return None
    if not _HIS_OR_HERS_AFTER.match(f.doc.text, c.end):
        return None
    return _PRAISED if _praise_before(f.text_before(c.first_index)) else None


# No cue: a known given name alone is weaker, so more things rule it out.
def common_word(f: _Finder, c: Candidate) -> str | None:
    """A word often capitalised that is not a name ("Thanks", "Smile"), with no cue."""
    return VETO if c.common else None


# The rules whose veto says a full name is a clinician's or a member of staff's.
_NAMED_AS_STAFF = frozenset(("after_doctor", "staff", "team_sentence", "news_sentence"))


# Words after a name that tell of the person's own state rather than their work.
_STATE_AFTER = frozenset(
    "is was has had have got gets needs needed underwent went felt feels is's".split()
)


def staff_named_earlier(f: _Finder, c: Candidate) -> str | None:
    """A word of a full name read earlier as staff's ("Dr. Hannah Osei … Hannah trained")."""
    # (guard-longtexts) a long text introduces a clinician or a member of staff once ("Dr.
    # Hannah Osei joins us", "nurse practitioner Joyce Mwangi") and then says the given
    # name alone ("Hannah trained in Accra", "Joyce explained"). Not when the sentence tells
    # of their own state or family ("Hannah's son was admitted", "Hannah had a tooth out
    # after an infection"): a member of staff's own health is theirs to keep private.
    if len(c.words) != 1 or c.lowers[0] not in f.staff_named:
        return None
    sentence = f.doc.sentence_text(c.first.sentence)
    if THEIR_OWN_HEALTH.search(sentence):
        return None
    after = c.after.lower if c.after is not None else ""
    if _about_health(sentence) and (c.first.possessive or after in _STATE_AFTER):
        return None  # "Hannah had a root canal", "Hannah's crown": her own care, not her work
    if not lx.RELATION_WORDS.isdisjoint(re.findall(r"[a-z]+", sentence.lower())):
        return None  # "Hannah's son Leo": a family of hers, no member of staff
    return VETO


# The rules whose veto makes a run the head of a list whose next names share its role.
_LIST_HEADS = _NAMED_AS_STAFF | {"staff_in_list"}
# What joins two names of one list: a comma, "and" in English, German, Spanish, Portuguese
# and French, or both ("Dr. Ana Ruiz, Tom Lee and Jo Kim", "Lena Schmidt und Jonas Weber").
_LIST_GOES_ON = lazy.compile(r"[ \t]*(?:,|and[ \t]|und[ \t]|y[ \t]|e[ \t]|et[ \t]|&)")
_LIST_JOIN = lazy.compile(
    r"(?:[ \t]*,[ \t]*(?:(?:and|und|y|e|et|&)[ \t]+)?|[ \t]+(?:and|und|y|e|et|&)[ \t]+)$"
)


_PATIENT_WORD = lazy.compile(r"\b(?:patient|patients|client|clients)\b", re.IGNORECASE)


def _tells_of_care(sentence: str) -> bool:
    """Whether a sentence tells of someone's health or names a patient: then a list's names
    are no staff ("Dr. Ruiz and Maria Lopez, admitted on …")."""
    return bool(
        THEIR_OWN_HEALTH.search(sentence)
        or _about_health(sentence)
        or _PATIENT_WORD.search(sentence)
    )


def staff_in_list(f: _Finder, c: Candidate) -> str | None:
    """A name listed right after a clinician's ("Dr. Grace Njeri and Peter Mwangi")."""
    # (guard-longclean2) newsletters and event reports list a team, a panel or volunteers
    # with a title or role word before the first name only. Not when the sentence tells of
    # someone's health or names a patient ("Dr. Ruiz and Maria Lopez, admitted on …").
    if not f.staff_ends:
        return None
    text = f.doc.text
    join = _LIST_JOIN.search(text, max(0, c.start - 12), c.start)
    if join is None or join.start() not in f.staff_ends:
        return None
    if "," in join.group() and not _LIST_GOES_ON.match(text, c.end):
        if not re.search(r"(?:and|und|y|e|et|&)[ \t]*$", join.group()):
            return None  # a comma alone ends a list only where it goes on ("A, B and C")
    return None if _tells_of_care(_sentence_near(f, c)) else VETO


# (guard-clinclean5) The rest of a list that ends with a titled clinician: ", Jenna or Dr.
# Parekh", " or Nurse Ama".
_LIST_ENDS_WITH_CLINICIAN = lazy.compile(
    r"(?:[ \t]*,[ \t]*[A-Z][\w'’-]*(?:[ \t]+[A-Z][\w'’-]*)?){0,4}[ \t]*,?[ \t]+(?:or|and|&)[ \t]+"
    r"(?:Dr|Dra|Doctor|Prof|Professor|Nurse|Sister)\.?[ \t]+[A-Z]"
)


def staff_listed_before_clinician(f: _Finder, c: Candidate) -> str | None:
    """Names listed before a titled clinician's ("Book with Sam, Jenna or Dr. Parekh")."""
    # (guard-clinclean5) the practice's people, to book or see; not when the sentence tells
    # of someone's health or names a patient
    if len(c.words) > 2 or not _LIST_ENDS_WITH_CLINICIAN.match(f.doc.text, c.end):
        return None
    return None if _tells_of_care(_sentence_near(f, c)) else VETO


def _sentence_near(f: _Finder, c: Candidate, reach: int = 200) -> str:
    """The candidate's sentence, at most ``reach`` characters either side of it (a text
    with no full stop is one sentence: each name reads only its own stretch of it)."""
    begin, end = f.doc.sentences[c.first.sentence][0], f.doc.sentences[c.first.sentence][1]
    return f.doc.text[max(begin, c.start - reach) : min(end, c.end + reach)]


def staff_thanked(f: _Finder, c: Candidate) -> str | None:
    """A clinician or staff member named in full earlier, thanked or greeted by the given name."""
    # (guard-longclean2) "we celebrate Maria Gonzalez, our front desk lead … Thank you,
    # Maria, for fifteen years!": the newsletter thanks the person it introduced, read
    # before ``greeting``, ``praise`` and ``addressed_between_commas``; the same tests of
    # their own health and family as ``staff_named_earlier``.
    if staff_named_earlier(f, c) is None:
        return None
    return VETO


# Who a writer went to for their own care: "seeing Tamsin here for my anxiety", "after two
# sessions with Maria I could sleep", "working with Connor I was back at the gym", "Thanks
# to Priya I have my confidence back": the name before the writer's own care is the carer's.
_CARER_BEFORE = lazy.compile(
    r"(?:\b(?:seeing|see|saw|seen|visit(?:ing|ed)?|booked(?:[ \t]+in)?[ \t]+with"
    r"|(?:appointments?|sessions?|visits?|treatment|therapy)[ \t]+with"
    r"|work(?:ing|ed)?[ \t]+with|thanks[ \t]+to|because[ \t]+of)[ \t]+)$",
    re.IGNORECASE,
)
_WRITER_AFTER = lazy.compile(
    r"[ \t]+(?:I[ \t]+[a-z]|(?:[a-z]+[ \t]+){0,3}(?:for|about|with|on)[ \t]+my\b)"
)
# Another's care in the sentence: then the name may be theirs ("seeing Tamsin for her
# anxiety", "with Maria I sat through her chemo").
_THIRD_PERSONS_CARE = lazy.compile(r"\b(?:his|her|their|him|them)\b", re.IGNORECASE)


def writers_carer(f: _Finder, c: Candidate) -> str | None:
    """A given name the writer went to for their own care ("seeing Tamsin for my anxiety")."""
    if len(c.words) != 1 or c.strong:
        return None
    text = f.doc.text
    if not _CARER_BEFORE.search(text, max(0, c.start - 30), c.start):
        return None
    if not _WRITER_AFTER.match(text, c.end):
        return None
    if _THIRD_PERSONS_CARE.search(_sentence_near(f, c, 120)):
        return None
    return VETO


def team_sentence(f: _Finder, c: Candidate) -> str | None:
    """A name with no cue in a sentence about the team ("Meet our new hygienist")."""
    # (names40b) not the one the team cares for or leaves a thing for (_cared_for_or_left_for)
    if not f.staff_context(c.first_index) or _cared_for_or_left_for(f, c):
        return None
    # (namevetoes51) nor a person of someone's chat (_ones_own_chat)
    if _ones_own_chat(f, c):
        return None
    # (vetoes55) nor the employee an HR record is about (_AN_EMPLOYEES_RECORD)
    # (read near the name, within its sentence: a long text of one sentence is not read
    # again for each name in it)
    start, end = f.doc.sentences[c.first.sentence]
    near = max(start, c.start - _RECORD_REACH), min(end, c.end + _RECORD_REACH)
    if _AN_EMPLOYEES_RECORD.search(f.doc.text, *near) is not None:
        return None
    return VETO


_RECORD_REACH = 100  # characters either side of the name an employee's record is read in


# (vetoes55) What only an employer's record of one employee says: its heading or number
# ("Employee file note:", "HR NOTE", "staff no. E-40917"), an absence or a return to work,
# a hiring interview's arrangements. "Employee file note: Jerome T. Whitfield, forklift
# operator, returned to work Oct 3", "Interview scheduled with Chukwuemeka Nwosu for the
# front desk role on Tue 23/09": the record's subject, no team member a post introduces
# ("Meet our new front desk lead, Sarah").
_AN_EMPLOYEES_RECORD = lazy.compile(
    r"\b(?:employee[ \t]+(?:file|record|no\.?|number|id|#)|(?:hr|file|personnel)[ \t]+notes?"
    r"|personnel[ \t]+file|staff[ \t]+(?:no\.?|number|id)[ \t]*[:#]?[ \t]*[A-Z0-9]"
    r"|fit[ \t]+note|return(?:s|ed|ing)?[ \t]+to[ \t]+work|phased[ \t]+return|sick[ \t]+leave"
    r"|reason[ \t]+for[ \t]+absence|disciplinary|grievance|(?:exit|job)[ \t]+interview"
    r"|interview[ \t]+(?:scheduled|invite|invitation|notes))\b",
    re.IGNORECASE,
)


# (namevetoes51) The writer's own kin or friend in the sentence: "dm me Carla, my cousin works
# front desk at the clinic on Girard": a chat of the writer's people, no team's post.
_WRITERS_PEOPLE = lazy.compile(
    r"\bmy[ \t]+(?:son|daughter|brother|sister|mum|mom|mother|dad|father|wife|husband|partner"
    r"|cousin|aunt|auntie|uncle|nephew|niece|friend|bestie|bff|mate|roommate|flatmate|neighbou?r"
    r"|boyfriend|girlfriend|bf|gf|grand\w+)\b",
    re.IGNORECASE,
)


def _ones_own_chat(f: _Finder, c: Candidate) -> bool:
    """A name in the writer's chat, not the team's post: the sentence holds the writer's
    own kin or friend ("dm me Carla, my cousin works front desk"), or the name opens it and
    what they said is reported ("ok so Kwabena at the front desk said the referral fax went
    to the wrong number"), with no "our", "we" or "us" of a practice in the sentence."""
    text = f.doc.text
    start, end = f.doc.sentences[c.first.sentence]
    if OUR_WE_US.search(text, start, end):
        return False
    return _WRITERS_PEOPLE.search(text, start, end) is not None or reported_as_saying(
        text, start, c.start, c.end
    )


# (names40b) Who the team looks after, or leaves a thing at the desk for: "so grateful to
# the team at Starship for looking after Wiremu", "I'll leave the retainer at the front desk
# for Mehmet", "thank you to the whole team for taking such good care of Nomvula". The
# sentence's "front desk" or "to the team" is where the writer speaks of the practice; the
# name after "looking after", "care of" or a thing left "for" is a patient's. Not "ask for
# Sarah" (one of the team), nor a possessive ("for Tom's patients while he is away").
_CARE_BEFORE = frozenset(("after", "of", "for"))
_CARE_VERBS = frozenset("looking look looks looked caring cared care".split())
_LEFT_FOR = lazy.compile(
    r"\b(?:leave|leaving|left|drop|dropping|dropped|hold|holding|held|aside"
    r"|ready)\b[^.!?\n]*\bfor[ \t]*$",
    re.IGNORECASE,
)


def _cared_for_or_left_for(f: _Finder, c: Candidate) -> bool:
    """``c``, one or two words with no possessive, is who the team looks after ("looking
    after", "caring for", "good care of") or a thing is left for ("leave … for")."""
    if c.prev not in _CARE_BEFORE or len(c.words) > 2 or c.last.possessive:
        return False
    if len(c.before) > 1 and c.before[1] in _CARE_VERBS:
        return True  # "looking after Wiremu", "caring for Ana", "care of Nomvula"
    if c.prev != "for":
        return False
    sentence = f.doc.sentences[c.first.sentence][0]
    return _LEFT_FOR.search(f.doc.text, sentence, c.start) is not None


def news_sentence(f: _Finder, c: Candidate) -> str | None:
    """A full name in a sentence that reads like news about a public person."""
    if len(c.words) > 1 and f.sentence_has(f._news, _NEWS, c.first.sentence):
        return VETO
    return None


# How common a surname may be in English text and still open a name written family name
# first ("Zhang" 3.7, "Wang" 3.9; not "Park" 5.0, "Fort" 4.5).
_SURNAME_FIRST_ZIPF = 4.0


def _surname_first(c: Candidate) -> bool:
    """A name written family name first, as Chinese, Vietnamese, Korean and Hungarian names
    are: a listed surname that is no everyday English word ("Zhang", "Nguyen", not "Park"
    or "Hill"), then a given name ("Zhang Wei", "Tran Thi Mai")."""
    if len(c.words) < 2 or len(c.words) > 3:
        return False
    head, last = c.lowers[0], c.lowers[-1]
    if head not in lx.SURNAMES or head in lx.GIVEN_NAMES or head in _PLACE_PREFIXES:
        return False
    if head in lx.english_words() and lazy.zipf_frequency(head, "en") >= _SURNAME_FIRST_ZIPF:
        return False
    return last in lx.GIVEN_NAMES or romanised_given_name(last)


def _korean_name_surname_first(c: Candidate) -> bool:
    """(names16) A listed surname, even one that is an English word, then a hyphenated
    romanised given name: "Park Ji-hoon", "Lee Seo-yeon". Nothing but a Korean or Chinese
    name is written so ("Park Wei" stays unread: no hyphen)."""
    return len(c.words) == 2 and c.lowers[0] in lx.SURNAMES and romanised_given_name(c.lowers[1])


def given_name(f: _Finder, c: Candidate) -> str | None:
    """A known given name that is not a common word; a month name in a date is not one."""
    head = c.lowers[0]
    if romanised_given_name(head) and len(c.words) > 1:
        return _GIVEN_NAME  # "Sung-min Park", "Dae-jung Lim"
    if _surname_first(c) or (
        len(c.words) == 2 and "-" in c.lowers[1] and _korean_name_surname_first(c)
    ):
        return _GIVEN_NAME  # "Zhang Wei", "Nguyen Van Minh": the family name first
    if head not in lx.GIVEN_NAMES or c.ambiguous:
        return None
    if (
        len(c.words) > 1
        and len(c.first.base) <= 4
        and c.first.base.isupper()
        and not c.last.base.isupper()
        and not f.doc.text.isupper()
    ):
        return None  # (clean87) "the ADA Seal of Acceptance": letters, then a word of a thing
    if head in lx.MONTHS and (
        c.prev in _DATE_PREPOSITIONS
        or f._number_precedes(c.first_index)
        or (c.after is None and f._number_follows(c.last_index))
    ):
        return VETO
    if len(c.words) == 1 and head in lx.WEEKDAYS and _beside_a_weekday(f.doc.text, c.start, c.end):
        return VETO  # "Clinics Mon/Wed/Thu": a day of a list of days, not Thu the person
    if (
        len(c.words) == 1
        and head in lx.MONTHS_ABROAD_AS_NAMES
        and _DAY_NUMBER_BEFORE.search(f.doc.text, max(0, c.start - 8), c.start)
    ):
        return VETO  # (guard-shortclean6) "Ab 2. Mai", "el 1 de Julio": a month of another language
    if len(c.words) == 1 and a_word_abroad_not_a_name(f.doc.text, c.start, c.end):
        return VETO
    if c.prev in ("a", "an") and _A_KIND_OF_PERSON_BEFORE.search(
        f.doc.text, max(0, c.start - 16), c.start
    ):
        return VETO  # (read 139-142) "Don't be a Karen about flossing": a kind of person
    return _GIVEN_NAME


# (read 139-142) A given name used as a kind of person: "don't be a Karen", "such a Karen",
# "what a Debbie Downer".
_A_KIND_OF_PERSON_BEFORE = lazy.compile(
    r"\b(?:be|being|such|what|total|real|proper|complete|bit[ \t]+of)[ \t]+an?[ \t]+$", re.I
)


# (names95) What follows a word of Spanish, Portuguese, Italian, French or German that is a
# given name too, where it is the word: a preposition or an article, then the word it governs
# ("Dolores de cabeza por las mañanas", "Esperanza de vida en Chile", "¡Dale la bienvenida",
# "Glória a Deus"). A person's name is followed by a verb or a comma ("Dolores from the
# pharmacy", "Lucía salió bien"), seldom by "de" and a word in lower case.
# (names99) Swahili's personal pronouns before its "is" ("Mimi ni", "Sisi ni"): "Mimi" is a
# given name in English too.
_SWAHILI_PRONOUNS = frozenset({"mimi", "sisi", "wewe", "yeye"})
_SWAHILI_IS_AFTER = lazy.compile(r"[ \t]+ni\b")
_GOVERNED_AFTER = lazy.compile(
    r"[ \t]+(?:(?:de|del|da|do|la|el|los|las|di|della)[ \t]+(?:[a-zà-ÿ]|[A-Z]{2,}\b)"
    # (an acronym after the article: "Según la OMS", "Según el IMSS")
    r"|(?:a|à|al)[ \t]+\w)"
)
# How common such a word must be in one of those languages ("dolores" 4.3, "esperanza" 4.9,
# "dale" 4.6, "gloria" 4.5; a name such as "Lucía" is a word of 4.3 too, and stays a name
# before a verb). ``word_abroad_opening`` reads the words on no name list ("Gracias, …").
_LISTED_NAME_AS_A_WORD_ZIPF = 4.3
# (names95) A greeting that is a given name too, as the greeting alone: "Olá! É normal …",
# "Hola, buenas" ("Ola" is a Polish given name; a greeting is followed by "!" or a comma).
# The greetings are those the finder's ``foreign_greeting_pass`` reads before a name.
_A_GREETING_WORD = lazy.compile(rf"(?i:{_FOREIGN_GREETINGS})")
_GREETING_STOP_AFTER = lazy.compile(r"[ \t]*[!,]")


def a_word_abroad_not_a_name(text: str, start: int, end: int) -> bool:
    """(names95) ``text[start:end]``, one word on the given-name lists, is a greeting ("Olá!")
    or an everyday word of Spanish, Portuguese, Italian, French or German before what it
    governs ("Dolores de cabeza", "Esperanza de vida", "Dale la bienvenida")."""
    word = text[start:end]
    if _A_GREETING_WORD.fullmatch(word) and _GREETING_STOP_AFTER.match(text, end):
        return True
    if word.lower() in _SWAHILI_PRONOUNS and _SWAHILI_IS_AFTER.match(text, end):
        return True  # (names99) "Mimi ni Neema Mwangi": Swahili's "I am", no one called Mimi
    if _GOVERNED_AFTER.match(text, end) is None:
        return False
    folded = lx.ascii_fold(word.lower())
    return any(
        lx.folded_zipf(folded, lang) >= _LISTED_NAME_AS_A_WORD_ZIPF for lang in _WORD_ABROAD_LANGS
    )


# (names16) One syllable of Hanyu Pinyin, as Chinese names are romanised: an initial, then a
# final ("yang", "hao", "zhuang", "xue"). A given name is one or two of them ("Yang",
# "Xiaoming", "Jia-yi"); English words seldom are ("plain", "mention" are not).
_PINYIN_SYLLABLE = (
    r"(?:zh|ch|sh|[bpmfdtnlgkhjqxrzcsyw])?"
    r"(?:iang|iong|uang|ang|eng|ing|ong|ian|iao|uai|uan|ue|un|ui|uo|ai|ao|an|ei|en|er"
    r"|ia|ie|in|iu|ou|ua|a|e|i|o|u|v)"
)
_PINYIN_NAME = lazy.compile(rf"{_PINYIN_SYLLABLE}(?:[-'’]?{_PINYIN_SYLLABLE})?")
# How common a pinyin-shaped word may be in English and still be read as a given name after
# a family name ("yang" 3.9, "ning" 2.9; not "man" 6.0, "fan" 4.6, "long" 5.8).
_PINYIN_GIVEN_ZIPF = 4.0
# How common a family name may be in English and open such a name ("Li" 4.2, "Chen" 4.0,
# "Zhang" 3.7; not "Le" 4.5 nor "Long" 5.8).
_PINYIN_FAMILY_ZIPF = 4.4
_FAMILY_FIRST_REASON = "a Chinese name, family name first, in a sentence about a person"


def _pinyin_word(lower: str, most: float) -> bool:
    """A word that is Hanyu Pinyin of one or two syllables and an English word no more
    common than ``most`` (Zipf)."""
    if len(lower) > 12 or _PINYIN_NAME.fullmatch(lower) is None:
        return False
    return lower not in lx.english_words() or lazy.zipf_frequency(lower, "en") < most


def family_name_first(f: _Finder, c: Candidate) -> str | None:
    """A listed Chinese family name, then a pinyin given name no list holds, near a pronoun, a health word or a verb of calling ("ring Liu Yang about her scan")."""
    # Written as China, Taiwan and Singapore write a name on a form or in a note: "Liu Yang",
    # "Zhang Hao", "Chen Yu Ting". The given names are too many to list, but both parts are
    # pinyin; the family name must be a listed surname, which keeps "Feng Shui", "Yin Yang",
    # "Tai Chi" and "Hong Kong" out (no listed surname opens them), and the sentence must be
    # about a person, which keeps "Li Ning shoes" out.
    if not 2 <= len(c.words) <= 3 or c.lowers[0] not in lx.SURNAMES:
        return None
    if not _pinyin_word(c.lowers[0], _PINYIN_FAMILY_ZIPF):
        return None
    if not all(_pinyin_word(w, _PINYIN_GIVEN_ZIPF) for w in c.lowers[1:]):
        return None
    if " ".join(c.lowers) in lx.place_names() or c.lowers[-1] in lx.place_names():
        return None  # "Xi'an", "Kong": a town
    text = f.doc.text
    if c.prev in _LEAD_VERBS or c.prev in _NOTE_VERBS:
        return _FAMILY_FIRST_REASON  # "please ring Liu Yang", "Visited Tian Jun at home"
    first, last = f.doc.sentences[c.first.sentence]
    near = text[max(first, c.start - _NEAR) : min(last, c.end + _NEAR)]
    if _PERSON_PRONOUN.search(near) or _about_health(near) or _HEALTH_IN.search(near):
        return _FAMILY_FIRST_REASON
    return None


# A day's ordinal's ending before a month (``_Finder._number_precedes``): "3rd", "14th".
_ORDINAL_ENDINGS = frozenset(("st", "nd", "rd", "th"))
# A form's field about one person (``_Finder._number_precedes``): "Name …", "Mobile …".
_FORM_FIELD_WORD = lazy.compile(
    r"\b(?:name|e-?mail|mobile|phone|tel|dob|address|reason|preferred)\b", re.IGNORECASE
)
# A day's number as German, Spanish or Portuguese write it before a month: "2. ", "1 de ".
_DAY_NUMBER_BEFORE = lazy.compile(r"(?<!\d)(?:0?[1-9]|[12]\d|3[01])(?:\.|[ \t]+de)[ \t]+$")


class _JoinedToAnother:
    """Whether a calendar word at ``text[start:end]`` is joined to another of its kind by a
    slash, a comma, a dash, "and", "or", "to" or "until" ("Mon/Wed/Thu", "Tue–Thu", "June
    to August", "between June and September"): a list or a span of days, no one's name."""

    def __init__(self, words: str, reach: int) -> None:
        join = r"[ \t]*(?:[/,&–—-]|and|or|to|through|thru|until|till)[ \t]*"
        self._before = lazy.compile(rf"\b{words}\.?{join}$")
        self._after = lazy.compile(rf"\.?{join}{words}\b")
        self._reach = reach

    def __call__(self, text: str, start: int, end: int) -> bool:
        return (
            self._before.search(text, max(0, start - self._reach), start) is not None
            or self._after.match(text, end) is not None
        )


_beside_a_weekday = _JoinedToAnother(
    r"(?i:(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)(?:day|sday|nesday|rsday|urday)?)", 14
)


def ambiguous_date(f: _Finder, c: Candidate) -> str | None:
    """An ambiguous month or season word in a date ("in May", "May 5", "6 June")."""
    if not c.ambiguous or c.lowers[0] not in _MONTHS_OR_SEASONS:
        return None
    if (
        c.prev in _DATE_PREPOSITIONS
        or f._number_follows(c.last_index)
        or f._number_precedes(c.first_index)
    ):
        return VETO
    return None


# (read 151-154) The saying "… and Bob's your uncle": no one's name.
_YOUR_UNCLE_AFTER = lazy.compile(r"['’]s[ \t]+(?:your|yer|ur)[ \t]+uncle\b", re.IGNORECASE)


def ambiguous_mid_sentence(f: _Finder, c: Candidate) -> str | None:
    """An ambiguous given name alone inside a sentence, with no number after it."""
    if not c.ambiguous:
        return None
    if c.lowers == ["bob"] and _YOUR_UNCLE_AFTER.match(f.doc.text, c.end):
        return VETO
    if (
        len(c.words) == 1
        and c.lowers[0] in lx.MONTHS
        and _beside_a_month(f.doc.text, c.start, c.end)
    ):
        return VETO  # "June to August", "between June and September": months, no one
    if (
        len(c.words) == 1
        and c.lowers[0] in lx.MONTHS
        and _A_MONTHS_OBSERVANCE.match(f.doc.text, c.end)
    ):
        return VETO  # (clean79) "June is Men's Health Month": the month's observance
    if len(c.words) == 1 and _A_PLACE_BEFORE.search(f.doc.text, max(0, c.start - 60), c.start):
        return VETO  # (guard-longclean6) "Dr. Lisa Ma of Victoria", "originally from Sydney"
    if (
        len(c.words) == 1
        and _THE_BEFORE.search(f.doc.text, max(0, c.start - 12), c.start)
        and _CLAUSE_ENDS.match(f.doc.text, c.end)
    ):
        return VETO  # (clean30) "says the Star.": a newspaper's or a ship's name
    if len(c.words) == 1 and c.prev == "the" and not person_in(f.doc.text, c.start, c.end):
        return VETO  # (clean99) "either the Mater or the Royal will …", in no one's sentence
    if len(c.words) == 1 and c.prev == "the" and c.lowers[0] in _OFFICES:
        return VETO  # (read 103-106) "Since the King announced his cancer diagnosis": an office
    if len(c.words) == 1 and _in_a_list_of_words(f.doc.text, c.start, c.end):
        return VETO  # (clean107) "Hope, Faith and Joy: our three new dental chairs need names"
    if len(c.words) == 1 and _a_town_in_no_ones_sentence(f, c):
        return VETO  # (clean48) "flooding to Savannah", "l'hôpital de Paris"
    if len(c.words) == 1 and not c.first.sentence_start and not f._number_follows(c.last_index):
        return _GIVEN_NAME
    return VETO


# (clean107) A list of three capitalised words or more, each a word-name or a word
# ("Daisy, Rose and Lily — our three treatment rooms", "Hope, Faith and Joy", "Rose, Olive
# and Jade" as colours): things named by words, not people, in a sentence with no person cue.
_LIST_OF_WORDS = lazy.compile(
    r"(?<![\w'’-])[A-Z][a-z]+(?:,[ \t]+[A-Z][a-z]+){1,6},?[ \t]+(?:and|&|or)[ \t]+[A-Z][a-z]+\b"
)


def _in_a_list_of_words(text: str, start: int, end: int) -> bool:
    """The word at ``start:end`` is one of a list of three capitalised words or more, each
    an ambiguous given name or an everyday English word, in a sentence that cues no person
    (``_LIST_OF_WORDS``)."""
    left, right = sentence_around(text, start, end)
    for m in _LIST_OF_WORDS.finditer(text, left, right):
        if not m.start() <= start < m.end():
            continue
        items = [w.lower() for w in _CAPITALISED_WORD.findall(m.group())]
        common = lx.english_words()
        if len(items) >= 3 and all(w in lx.AMBIGUOUS_NAMES or w in common for w in items):
            return not person_in(text, start, end)
    return False


_CAPITALISED_WORD = lazy.compile(r"[A-Z][a-z]+")


# (read 103-106) Offices and ranks that are given names too, which "the" before them makes
# the office ("the King announced his diagnosis", "the Duke", "the Major"): no one's name.
# The crown's words are ``_a_crowns_title``'s.
_OFFICES = _CROWN_WORDS | frozenset(
    "duke duchess earl baron pope bishop dean judge major sheriff marshal chancellor governor"
    " mayor sultan emir".split()
)


# (clean48) The words before a town in English, French, Spanish, Portuguese, Italian and
# German: "flooding to Savannah", "travelling from Moree to Sydney", "instead of Virginia",
# "un hôpital de Paris", "à Paris", "en Madrid", "nach Berlin".
_TOWN_PREPOSITIONS = frozenset(
    "to in from of near into across around outside de à a en em no na di da nach aus".split()
)
# A lower-case word after the town, as a noun's modifier: "the Dallas heat wave".
_LOWER_WORD_AFTER = lazy.compile(r"[ \t]+[a-z]{3,}\b")


def _a_town_in_no_ones_sentence(f: _Finder, c: Candidate) -> bool:
    """(clean48) A lone given name that is also a town or a state ("Paris", "Dallas",
    "Savannah", "Virginia") after a preposition of place, or after "the" before a noun,
    in a sentence that cues no person: news and notices write the place so ("Tropical
    Storm Debby may bring flooding to Savannah", "the Dallas heat wave has ERs full",
    "Le centre antipoison de Paris répond 24h/24"). A person's own town stays blocked in
    a sentence about them ("my daughter had her braces put on in Nelson")."""
    if c.lowers[0] not in lx.place_names():
        return False
    text = f.doc.text
    if c.prev not in _TOWN_PREPOSITIONS and not (
        c.prev == "the" and _LOWER_WORD_AFTER.match(text, c.end)
    ):
        return False
    return not person_in(text, c.start, c.end)


# (guard-longclean6) Where an ambiguous given name is a town: after a clinician's name and
# "of" (their town or practice, as news gives it: "He succeeds Dr. Lisa Ma of Victoria"), or
# after "originally from" (someone's origin: "I'm originally from Sydney").
_A_PLACE_BEFORE = lazy.compile(
    r"(?:\b(?:Dr|Dra|Prof|Professor)\.?[ \t]+(?:[A-Z][\w'’.-]*[ \t]+){1,3}of"
    r"|\b(?i:originally)[ \t]+from)[ \t]+$"
)


# (clean30) "the" right before a lone word that is a given name and an everyday word, the
# clause ending after it: a newspaper or a ship ("says the Star.", "aboard the Hope,");
# people are not written so. Not after a preposition ("at the Royal": a hospital, which
# the gold sets mark) nor before a noun ("the Brooklyn half marathon": a place).
_THE_BEFORE = lazy.compile(
    r"(?<!\bat[ \t])(?<!\bin[ \t])(?<!\bto[ \t])(?<!\bfrom[ \t])\b(?i:the)[ \t]+$"
)
_CLAUSE_ENDS = lazy.compile(r"[ \t]*(?:[.,;:!?)]|$)")


_beside_a_month = _JoinedToAnother(f"(?i:{lx.MONTH_PATTERN})", 16)
# (clean79) A month named for what is observed in it: "June is Men's Health Month", "May is
# Better Hearing Month", "October is Breast Cancer Awareness Month".
_A_MONTHS_OBSERVANCE = lazy.compile(
    r"[ \t]+(?:is|was|marks)[ \t]+(?:[\w'’&-]+[ \t]+){0,6}?(?i:month|awareness)\b"
)


# -- (guard-short4) short notes and questions ----------------------------------------------
# A name with the writer's kin word in apposition, or with an age stated after it, in the
# short notes and questions people write ("Sione (my nephew) has been wetting the bed",
# "Sun-hee, my mother, had a stroke", "Dinh is 40 and has had heartburn", "J.K. is a
# 52-year-old with diabetes").
_KIN_NOUNS = "|".join(sorted(_KIN_OF_NAMED, key=lx.longest_first))
_KIN_PHRASE = r"(?:my|our)[ \t]+(?:[\w-]+[ \t]+)?(?:" + _KIN_NOUNS + r")"
_KIN_IN_APPOSITION = lazy.compile(
    r"[ \t]*(?:\([ \t]*" + _KIN_PHRASE + r"[ \t]*\)"  # "Sione (my nephew)"
    r"|,[ \t]*" + _KIN_PHRASE + r"[ \t]*[,)–—]"  # "Sun-hee, my mother, had"
    r"|[–—][ \t]*" + _KIN_PHRASE + r"\b(?![-'’]))",  # "Emeka — my dad —"
    re.IGNORECASE,
)
# No comma, the name opening its sentence, a verb after the kin word: "kenji my husband has
# had hiccups" (not "Thanks Maria my son loved it": the name does not open the sentence).
_KIN_THEN_VERB = lazy.compile(
    r"[ \t]+" + _KIN_PHRASE + r"[ \t]+(?:has|had|is|was|keeps|can'?t|can’t|got|needs|fell"
    r"|broke|just|still)\b",
    re.IGNORECASE,
)
_KIN_AFTER = "a name followed by the writer's family word (Sione, my nephew,)"


def _all_name_words(c: Candidate) -> bool:
    """Every word of ``c`` is a listed name or no English, health, drug or calendar word
    ("Sione", "Sun-hee", "Do Van Minh"), and the run is no town ("Palmerston North")."""
    if c.common or any(w.base.isupper() and len(w.base) > 1 for w in c.words):
        return False
    if not all(_name_word(w) or romanised_given_name(w) for w in c.lowers):
        return False
    places = lx.place_names()
    if " ".join(c.lowers) in places:
        return len(c.words) == 1 and c.lowers[0] in lx.GIVEN_NAMES
    return True


def kin_in_apposition(f: _Finder, c: Candidate) -> str | None:
    """A name, then the writer's family word in apposition ("Sun-hee, my mother, had")."""
    if c.last.possessive or len(c.words) > 3:
        return None
    text = f.doc.text
    end = c.end + 1 if text[c.end : c.end + 1] == "." and len(c.last.base) == 1 else c.end
    if _KIN_IN_APPOSITION.match(text, end) is None and not (
        c.first.sentence_start and _KIN_THEN_VERB.match(text, end) is not None
    ):
        return None
    # (the words' lookups after the family word, which few candidates have after them)
    return _KIN_AFTER if _all_name_words(c) else None


_AGE_STATED = lazy.compile(
    r"[ \t]+(?:is|was|turned|turns|just[ \t]+turned)[ \t]+(?:only[ \t]+|now[ \t]+|almost[ \t]+"
    rf"|nearly[ \t]+|just[ \t]+)?(\d{{1,3}})(?:[ \t]*(?:years?[ \t]+old|{lx.AGE_YR}|{lx.AGE_YO})\b"
    # (names51) a baby's age in days, weeks or months ("Bayou is 10 days old and has …")
    rf"|[ \t]*(?:days?|weeks?|{lx.AGE_WK}|months?|{lx.AGE_MO})[ \t-]+old\b)?"
    r"(?=[ \t]*(?:[,.;!?)]|and\b|but\b|now\b|\Z))",
    re.IGNORECASE,
)
_AGE_STATED_REASON = "a name whose age the sentence states (Dinh is 40 and …)"


def age_stated(f: _Finder, c: Candidate) -> str | None:
    """A name, then its age, in a sentence of health or of a person ("Ngaire is 58 and she …")."""
    if c.last.possessive or len(c.words) > 3:
        return None
    m = _AGE_STATED.match(f.doc.text, c.end)
    # (the words' lookups after the age, which few candidates have after them)
    if m is None or not 0 < int(m.group(1)) <= 120 or not _all_name_words(c):
        return None
    sentence = _sentence_near(f, c, 160)
    if not (_about_health(sentence) or _PRONOUN_AFTER.search(sentence)):
        return None
    return _AGE_STATED_REASON


# Initials before an age, as case vignettes and notes write a patient ("J.K. is a
# 52-year-old", "M.R., 34, presents", "T.L. (45)"); not two-letter places and units.
_INITIALS_AGE = lazy.compile(
    r"\.?(?:[ \t]*,[ \t]*(?:an?[ \t]+|aged?[ \t]+)?|[ \t]*\([ \t]*(?:age[ \t]+)?"
    r"|[ \t]+(?:is|was)[ \t]+(?:an?[ \t]+)?|[ \t]+)(\d{1,3})"
    rf"(?:[ \t]*[-‐]?[ \t]*(?:years?|{lx.AGE_YR}|{lx.AGE_YO}|months?)\b|[ \t]*{lx.AGE_SEX}\b|[ \t]*[,)])"
)
_NOT_INITIALS = frozenset("us uk eu un dc la ny er or ed iv am pm nz sa ok md do pe".split())
_INITIALS_REASON = "a person's initials with their age (J.K. is a 52-year-old)"


def initials_with_age(f: _Finder, c: Candidate) -> str | None:
    """Two or three initials, then an age ("J.K. is a 52-year-old", "M.R., 34, presents")."""
    if not 2 <= len(c.words) <= 3 or not all(len(w.base) == 1 for w in c.words):
        return None
    if "".join(c.lowers) in _NOT_INITIALS:
        return None
    m = _INITIALS_AGE.match(f.doc.text, c.end)
    if m is None or not 0 < int(m.group(1)) <= 120:
        return None
    return _INITIALS_REASON


Rule = Callable[[_Finder, Candidate], str | None]


@dataclass(frozen=True, slots=True)
class NameRule:
    """A rule and the candidates it can decide: ``strong`` (a title or family word opens
    the run), ``common`` and ``ambiguous`` (see ``Candidate``) must equal these when not
    None; ``always`` when it decides every candidate it can (later rules never read them)."""

    rule: Rule
    strong: bool | None = None
    common: bool | None = None
    ambiguous: bool | None = None
    always: bool = False

    @property
    def name(self) -> str:
        return self.rule.__name__

    def applies(self, strong: bool, common: bool, ambiguous: bool) -> bool:
        return (
            self.strong in (None, strong)
            and self.common in (None, common)
            and self.ambiguous in (None, ambiguous)
        )


# In order: the first rule that decides wins.
NAME_RULES: tuple[NameRule, ...] = (
    NameRule(doctor_relative, strong=False, common=False),
    NameRule(relative_of_named, strong=False, common=False),
    NameRule(clinician_in_care_message, strong=False, common=False),
    NameRule(patient_after_thanked_clinician, strong=False, common=False),
    NameRule(record_holder, strong=False, common=False),
    NameRule(booked_under, strong=False, common=False),
    NameRule(room_name, strong=False),
    NameRule(after_doctor, strong=False),
    NameRule(suppressed),
    NameRule(chat_speaker),
    NameRule(public_figures_given_name, common=False),
    NameRule(acronym, strong=False),
    NameRule(pronoun_abroad, strong=False),
    NameRule(word_abroad_opening, strong=False),
    NameRule(piece_of_a_word),
    NameRule(turkish_place_case),
    NameRule(possessive_before_kin, strong=False),
    NameRule(organisation),
    NameRule(practice_site, strong=False),
    NameRule(calendar_after),
    NameRule(calendar_word, strong=False),
    NameRule(town_and_its_region, strong=False),
    NameRule(practice_word),
    NameRule(public_title_after),
    NameRule(place_or_office_before),
    NameRule(weather_for_town),
    NameRule(eponym),
    NameRule(eponym_disease),
    NameRule(possessive_disease),
    NameRule(possessives_listed_disease, common=False),
    NameRule(eponym_listed, strong=False),
    NameRule(product_after_name),
    NameRule(medicine_brand),
    NameRule(declared_thing),
    NameRule(founders_firm),
    NameRule(epithet_after),
    NameRule(species_name, strong=False),
    NameRule(list_of_things),
    NameRule(names_as_names, strong=False),
    NameRule(quoted_as_a_word, strong=False),
    NameRule(place_of_names, strong=False),
    # "the Patel twins": a family, even when a provider has that family name.
    NameRule(family_named),
    NameRule(after_case_age, strong=False, common=False),
    NameRule(nurse_of_the_writer, strong=False, common=False),
    NameRule(addressed_with_news, strong=False, common=False),
    NameRule(staff_writing_to_one, strong=False, common=False),
    NameRule(carer_of_the_writer, strong=False, common=False),
    NameRule(staff, strong=False),
    NameRule(title_before_word, strong=True),
    NameRule(family_word_before_a_thing, strong=True),
    NameRule(title_or_family_word, strong=True, always=True),
    NameRule(kin_word_alone),
    NameRule(lower_title_before, strong=False, common=False),
    NameRule(relation_before),
    NameRule(tagalog_article_before),
    NameRule(child_after_age, common=False),
    NameRule(possessive_care),
    NameRule(possessive_then_person, strong=False, common=False),
    NameRule(taken_for_care, strong=False, common=False),
    NameRule(lost_to_illness, strong=False, common=False),
    NameRule(unlisted_name_with_health, strong=False, common=False),
    NameRule(unlisted_name_after_relative, strong=False, common=False),
    NameRule(unlisted_name_in_health_sentence, strong=False, common=False),
    NameRule(name_then_pronoun, strong=False, common=False),
    NameRule(self_named_unlisted, strong=False, common=False),
    NameRule(joined_to_a_name, strong=False, common=False),
    NameRule(staff_thanked, strong=False, common=False),
    NameRule(writers_carer, strong=False),
    NameRule(greeting, common=False),
    NameRule(praise, common=False),
    NameRule(kin_in_apposition, strong=False, common=False),
    NameRule(initials_with_age, strong=False, common=False),
    # (after the vetoes of the writer's carer and of staff thanked)
    NameRule(unlisted_person_object, strong=False, common=False),
    NameRule(court_caption, strong=False, common=False),
    NameRule(given_and_family, ambiguous=True),
    NameRule(name_doing_something, ambiguous=True),
    NameRule(ambiguous_name_unwell, ambiguous=True),
    NameRule(place_named_with_complaint, strong=False, common=False),
    NameRule(addressed_between_commas, common=False),
    NameRule(addressed_at_start, common=False),
    NameRule(patient_after, common=False),
    NameRule(age_after, common=False),
    NameRule(in_brackets_with_particulars, strong=False, common=False),
    NameRule(praised_by_pronoun, common=True),
    NameRule(common_word, common=True, always=True),
    NameRule(staff_named_earlier, strong=False),
    NameRule(staff_in_list, strong=False),
    NameRule(staff_listed_before_clinician, strong=False),
    NameRule(team_sentence),
    NameRule(news_sentence),
    NameRule(given_name, ambiguous=False),
    NameRule(family_name_first, strong=False, common=False, ambiguous=False),
    # (after the vetoes of staff, the team and the news: a name no list holds in full)
    NameRule(name_subject_unwell, strong=False, common=False, ambiguous=False),
    NameRule(age_stated, strong=False, common=False, ambiguous=False),
    NameRule(addressed_without_comma, strong=False, common=False, ambiguous=False),
    NameRule(chat_addressed, strong=False, common=False, ambiguous=False),
    NameRule(opener_addressed, strong=False, common=False, ambiguous=False),
    NameRule(note_subject, strong=False, common=False, ambiguous=False),
    NameRule(recovering_subject, strong=False, common=False, ambiguous=False),
    NameRule(ambiguous_date, ambiguous=True),
    NameRule(ambiguous_mid_sentence, ambiguous=True, always=True),
)


def _rules_for(strong: bool, common: bool, ambiguous: bool) -> tuple[tuple[str, Rule], ...]:
    """``NAME_RULES`` that can decide such a candidate, up to the first that always does:
    the same verdicts as the whole table, with fewer calls."""
    out: list[tuple[str, Rule]] = []
    for r in NAME_RULES:
        if r.applies(strong, common, ambiguous):
            out.append((r.name, r.rule))
            if r.always:
                break
    return tuple(out)


_RULES_FOR = {
    (strong, common, ambiguous): _rules_for(strong, common, ambiguous)
    for strong in (False, True)
    for common in (False, True)
    for ambiguous in (False, True)
}


# The rules of the table that never say yes: they answer ``VETO`` or None.
VETO_ONLY: frozenset[Rule] = frozenset(
    (room_name, after_doctor, suppressed, acronym, organisation, practice_site, calendar_after)
    + (chat_speaker,)
    + (possessive_before_kin,)
    + (
        calendar_word,
        town_and_its_region,
        practice_word,
        public_title_after,
        place_or_office_before,
        eponym,
    )
    + (
        eponym_disease,
        possessive_disease,
        eponym_listed,
        staff,
        common_word,
        team_sentence,
        news_sentence,
    )
    + (ambiguous_date, product_after_name, medicine_brand, declared_thing, founders_firm)
    + (list_of_things,)
    + (
        family_word_before_a_thing,
        epithet_after,
        species_name,
        staff_named_earlier,
        staff_in_list,
        staff_thanked,
    )
    + (writers_carer, names_as_names, quoted_as_a_word, place_of_names)
    + (staff_listed_before_clinician,)
    + (weather_for_town,)
    + (kin_word_alone, pronoun_abroad, piece_of_a_word, turkish_place_case)
    + (word_abroad_opening,)
)
# The rules of each ``_RULES_FOR`` list that can say yes: when none of them does for a
# candidate, the list's first verdict is a veto or there is none, and nothing is added.
_CUES_FOR = {
    key: tuple(rule for _name, rule in rules if rule not in VETO_ONLY)
    for key, rules in _RULES_FOR.items()
}


# The cues that can say yes to a run of one common capitalised word with no title
# (``_CUES_FOR[(False, True, False)]``), each passing on one that ``plainly_common``
# accepts: "the" before it (``family_named``), a family or affection word before it
# (``relation_before``), a possessive ending (``possessive_care``), a given name
# (``praised_by_pronoun``). A cue added to that list turns the shortcut off until
# ``plainly_common`` reads what the new cue reads.
_COMMON_ALONE_CUES = frozenset(
    (family_named, relation_before, tagalog_article_before, possessive_care, praised_by_pronoun)
)
_COMMON_ALONE_DECIDED = set(_CUES_FOR[(False, True, False)]) <= _COMMON_ALONE_CUES


# (staff67) The vetoes that drop a run only for the role beside it: a colleague by their
# desk or trade ("Nomsa at the front desk", "the hygienist Shivani", "Lupita at the front
# desk": ``staff``, ``team_sentence``) and a clinician by their title ("Thank you so
# much Dr. Nakamura, my mum's denture fits": ``after_doctor``). The rules pass a practice's
# staff so; the learned tagger is still asked about them, as the sets written to the
# outside evaluation's brief mark staff and clinicians named in a text about a patient (a
# practice's own staff list keeps its people: ``PracticeContext.own_words``). A title only
# in the writer's own words (``phi``): a staff bio or a researcher in the news names no
# one's care. Read on read sets 28-66 by cross-validated taggers that never saw their
# fold: 93 of 7,800 texts with identifiers passing whole -> 86, clean blocked 184 -> 186
# of 7,800; on read sets 67-70 (a tagger that never saw them) 36 -> 29 of 800, clean 16 -> 16.
ROLE_VETOES = frozenset(("staff", "team_sentence", "after_doctor"))
TITLE_VETOES = frozenset(("after_doctor",))


def find_names(
    doc: Doc,
    ctx: PracticeContext,
    vetoed: list[tuple[int, int]] | None = None,
    roles: list[tuple[int, int, str]] | None = None,
) -> list[NameSpan]:
    """Spans of ``doc.text`` that name a private person; with ``vetoed``, the spans of the
    runs a veto of ``NAME_RULES`` dropped are added to it, but those a role beside them
    dropped (``ROLE_VETOES``), which go to ``roles`` with the veto's name."""
    finder = _Finder(doc, ctx)
    found = finder.run()
    if vetoed is not None:
        vetoed.extend(finder.vetoed)
    if roles is not None:
        roles.extend(finder.role_vetoed)
    return found
