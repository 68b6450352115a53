"""Vetoes of findings in a practice's posts about itself (issue 14, guard-practice): its
hours on a holiday or a closure, its own premises and how to find them, its staff in their
work role (a notice to the team, a welcome back, a staff photo, who handles the accounts, who
meets the courier), its own numbers (tax, accreditation, a clinician's professional
registration) and things (its van, its iPad), a greeting to a town in another language.

They share a few facts, read once per sentence or text:

- ``practice_voice``: the writer is the practice ("we", "our", "us", "the clinic", "the
  team"), and
- ``private_between``: nothing private about a person is said (care, a visit, a birth or a
  death, a family word, "my", a third person's pronoun, a patient): every veto stands down
  on it ("our patient Thandiwe …", "we were sorry to hear Priya was admitted",
  "our receptionist's son Liam", "call Brenda …, she needs her results").

``rules.NAME_VETOES`` asks ``NAME_VETOES`` after its own; ``rules.FINDING_VETOES`` asks the
label vetoes of ``FINDING_VETOES``.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import lru_cache, wraps

from medsocial_tui.compliance import lazy
from medsocial_tui.compliance import lexicon as lx
from medsocial_tui.compliance.findings import Finding
from medsocial_tui.compliance.person_cues import HEALTH, ROW_WITH_A_DATE
from medsocial_tui.compliance.text import sentence_around

_I = re.IGNORECASE

# The practice speaking: "we", "our", "us", "the clinic is closed", "the team".
_PRACTICE_VOICE = lazy.compile(
    r"\b(?:we|we're|we've|we'll|we'd|our|ours|(?-i:us)|(?:the|this)[ \t]+(?:clinic|practice"
    r"|surgery|team|office|centre|center|branch|reception|front[ \t]+desk|pharmacy|lab))\b",
    _I,
)
# Something private about a person: a patient, a family word, the writer's own life, a
# third person's pronoun, a visit, a birth, a death, a result, a home.
# (clean14p) "patients" as the many a clinician sees is no one's: "she loves nervous
# patients", "sees patients on Mondays"; only "our patients Ama and Kofi" (a name after it)
# speaks of some.
_PRIVATE = lazy.compile(
    r"\b(?:patient(?!s\b)|patients(?=[ \t]+[A-Z])|client|clients|my|mine|me|i|i'm|i've|he|she|his|him|her|hers|they're"
    r"|son|daughter|wife|husband|mum|mom|mother|dad|father|baby|child|children|kids?"
    r"|brother|sister|grand\w+|aunt|uncle|cousin|niece|nephew|fianc[ée]e?|partner's"
    r"|admitted|discharged|diagnosed|born|birth|died|passed[ \t]+away|funeral|condolences?"
    r"|sorry|get[ \t]+well|recover\w*|results?|appointments?|visit|visits|house|home|lives"
    r"|pregnan\w*|treatment|treated|seen|injur\w*|accident|hospital|dob|ages?|year-old"
    # (clean16) "aged 91", not a thing's ageing: "those perms have aged better than others",
    # "the photo has aged well"
    r"|(?<!\bhave[ \t])(?<!\bhas[ \t])(?<!\bhad[ \t])aged(?![ \t]+(?:well|better|badly"
    r"|beautifully|gracefully|like)\b)"
    # what an HR file says of one person
    r"|disciplinary|grievance|dismiss\w*|fired|suspended|misconduct|investigation|hearing"
    r"|tribunal|sick|illness|unwell|off[ \t]+work)\b",
    _I,
)
_PRONOUNS = frozenset("he she his him her hers".split())
# Work words that hold a private-looking word: "maternity leave", "the surgery is closed",
# "Our senior dental therapist returns": a staff member's leave and the practice's premises.
_WORK_LEAVE = lazy.compile(
    r"\b(?:maternity|paternity|parental|annual|study)[ \t]+leave\b|\b(?:the|our|this)[ \t]+"
    r"surgery\b|\bsurgery[ \t]+\d"
    # (clean10) a kind of practice: "joins us from a busy surgery in Galway", "when we were
    # a two-room surgery above the chemist", "a village surgery", "the GP surgery"
    r"|\b(?:a|the|our|this|that|another|their)[ \t]+(?:busy|local|village|rural|gp|dental"
    r"|doctors?['’]?s?|town|city|country|family|training|\w+-(?:room|doctor|partner|handed|gp))"
    r"[ \t]+surgery\b"
    # (clean14p) a staff member's own training, named after the care it teaches: "passed
    # her implant course", "sedation training", "her orthodontic diploma" (a course only
    # passed or attended: "starts her chemotherapy course" is care)
    r"|\b(?:passed|attended)[ \t]+(?:her|his|their|the|an?)[ \t]+[\w-]+(?:[ \t]+[\w-]+)?"
    r"[ \t]+course\b|\b[\w-]+(?:[ \t]+[\w-]+)?[ \t]+(?:training|exams?|certificate|diploma"
    r"|module|masterclass|qualification|fellowship)\b",
    _I,
)


def private_between(text: str, left: int, right: int, *, pronouns: bool = True) -> bool:
    """Whether ``text[left:right]`` says something private about a person (a care word
    other than the practice's "surgery", a family word, a pronoun, a visit); with
    ``pronouns=False``, "she", "his"… alone say nothing private (a staff member's)."""
    for m in _PRIVATE.finditer(text, left, right):
        if pronouns or m.group().lower() not in _PRONOUNS:
            return True
    if ("|" in text or "\t" in text or ";" in text) and ROW_WITH_A_DATE.search(text, left, right):
        return True
    leave = [(m.start(), m.end()) for m in _WORK_LEAVE.finditer(text, left, right)]
    for m in HEALTH.finditer(text, left, right):
        if not any(a <= m.start() < b for a, b in leave):
            return True
    return False


@lru_cache(maxsize=4)
def private_anywhere(text: str) -> bool:
    """``private_between(text, 0, len(text))``, read once a text: several vetoes ask it of
    the whole text for each name or value, which on a long text grew with its square."""
    return private_between(text, 0, len(text))


def practice_voice(text: str, left: int, right: int) -> bool:
    """Whether ``text[left:right]`` is in the practice's voice and says nothing private."""
    return _PRACTICE_VOICE.search(text, left, right) is not None and not private_between(
        text, left, right
    )


# A name the practice's own roster of patients holds is a patient's, whatever frame it is in.
_ROSTER_RULES = ("[name.roster_word]", "[name.roster_full_name]")


def _not_on_the_roster(
    veto: Callable[[str, Finding], bool],
) -> Callable[[str, Finding], bool]:
    """``veto``, standing down for a name found on the practice's roster of patients."""

    @wraps(veto)
    def vetoed(text: str, f: Finding) -> bool:
        return not f.reason.endswith(_ROSTER_RULES) and veto(text, f)

    return vetoed


# --- a holiday's closure notice -----------------------------------------------------------

_MONTH = r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?"
_WEEKDAY = r"(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)[a-z]*\.?"
# A day right after a heading's name: ", Monday 27 January", " (Mon 6 Feb)", " – 6 February".
_DAY_AFTER = lazy.compile(
    rf"[ \t]*[,(–—:-]?[ \t]*(?:{_WEEKDAY}[ \t,]+)?(?:\d{{1,2}}(?:st|nd|rd|th)?[ \t]+{_MONTH}"
    rf"|{_MONTH}[ \t]+\d{{1,2}}(?:st|nd|rd|th)?)",
    _I,
)
# What a closure notice says of the practice.
_CLOSURE = lazy.compile(
    r"\b(?:closed|closing|closes|closure|reopen\w*|re-open\w*|open(?:ing)?[ \t]+hours"
    r"|hours|we're[ \t]+open|we[ \t]+are[ \t]+open|open[ \t]+as[ \t]+usual|is[ \t]+open"
    r"|are[ \t]+open|will[ \t]+be[ \t]+open|holiday|public[ \t]+holiday|bank[ \t]+holiday)\b",
    _I,
)
# The rest of a heading's capitalised words after the name: "'s Birthday", " Puasa".
_HEADING_REST = lazy.compile(r"(?:['’]s)?(?:[ \t]+[A-Z][\w'’-]*){0,3}")
# A person's title: "Mrs. Smith, Monday 3 May: …" is someone's, whatever follows.
_TITLED = lazy.compile(r"(?:mr|mrs|ms|miss|mx|dr|prof)\b", _I)
# Only capitalised words from the line's start to the name: "Hari Raya Puasa, Monday …".
_HEADING_BEFORE = lazy.compile(r"(?:^|\n)[ \t]*(?:[A-Z][\w'’-]*[ \t]+){0,3}$")


def _a_holiday_heading(text: str, f: Finding) -> bool:
    """``practice.holiday``: "Anniversary Day, Monday 27 January: the clinic is closed. We
    reopen Tuesday …", "Hari Raya Puasa, Monday 31 March: our clinic is closed": a name
    heading a line and followed by its day, or a name ending with "Day", in a closure notice
    in the practice's voice is a holiday's (not "Thandiwe, Monday 3 May: her crown is
    fitted", nor a text about a patient)."""
    span = text[f.start : f.end]
    heading = _HEADING_BEFORE.search(text, max(0, f.start - 40), f.start) is not None
    # (past the heading's other words: "King's Birthday, Monday 9 June", "Queen's Day, …")
    rest = _HEADING_REST.match(text, f.end)
    dated = _DAY_AFTER.match(text, rest.end() if rest else f.end) is not None
    if dated and rest and rest.group(0)[:2] in ("'s", "’s"):
        # "King's Birthday" is a holiday, "Ayesha's Birthday" someone's
        if span.split()[-1].lower() in lx.GIVEN_NAMES:
            return False
    if not ((heading and dated) or span.endswith(" Day")) or _TITLED.match(span):
        return False
    if _CLOSURE.search(text) is None:
        return False
    return _practice_voice_anywhere(text)


@lru_cache(maxsize=4)
def _practice_voice_anywhere(text: str) -> bool:
    """``practice_voice(text, 0, len(text))``, read once a text, not once per name."""
    return practice_voice(text, 0, len(text))


# (clean10) A holiday named in brackets right after its day, in a notice of closing or
# opening hours in any of several languages: "resterà chiuso il 8 dicembre (Immacolata)",
# "estará cerrada el 8 de diciembre (Inmaculada Concepción)", "closed Friday 6 February
# (Waitangi)".
_CLOSED_ABROAD = lazy.compile(
    r"\b(?:clos\w*|reopen\w*|open\w*|holiday\w*|chius\w*|cerrad\w*|ferm\w*|geschlossen"
    r"|fechad\w*|gesloten|stängt|stangt|lukket|stengt|zamkni\w*|kapal\w*|tutup|libur"
    r"|feriado|festivo|férié|ferie\w*|feiertag\w*)\b",
    _I,
)
# A day and its month (in any language's word) or a month and its day, then the bracket.
_DAY_THEN_BRACKET = lazy.compile(
    r"(?:\b\d{1,2}(?:\.|º|°|er|st|nd|rd|th)?[ \t]+(?:de[ \t]+)?[^\W\d_]{3,}\.?"
    r"|\b[^\W\d_]{3,}\.?[ \t]+\d{1,2}(?:st|nd|rd|th)?)[ \t]*\($"
)
_BRACKET_CLOSES = lazy.compile(r"[ \t]*(?:[Dd]ay[ \t]*)?\)")


def _a_holiday_in_brackets(text: str, f: Finding) -> bool:
    """``practice.holiday_in_brackets``: "Il CUP resterà chiuso il 8 dicembre (Immacolata)",
    "closed on Friday 6 February (Waitangi Day)": a name that fills the brackets after a
    day, in a sentence of closing or opening, is the day's holiday (not "seen on 3 May
    (Maria)": no closure; not "our patient … (Maria)": something private)."""
    if _BRACKET_CLOSES.match(text, f.end) is None:
        return False
    if _DAY_THEN_BRACKET.search(text, max(0, f.start - 40), f.start) is None:
        return False
    left, right = sentence_around(text, f.start, f.end)
    return _CLOSED_ABROAD.search(text, left, right) is not None and not private_between(
        text, left, right
    )


# --- the practice's staff at work ----------------------------------------------------------

# A notice to the team or about its running: "Staff notice:", "HR notice -", "IT update:".
_STAFF_HEADING = lazy.compile(
    r"(?:^|\n)[ \t]*(?:staff|team|hr|it|office|internal|rota|payroll)[ \t]+"
    r"(?:notice|update|memo|reminder|announcement|news)[ \t]*[:–—-]"
    # "Reminder to the team:", "Note for all staff -"
    r"|(?:^|\n)[ \t]*(?:reminder|note|notice|memo)[ \t]+(?:to|for)[ \t]+(?:the[ \t]+|all[ \t]+)?"
    r"(?:team|staff)[ \t]*[:–—-]",
    _I,
)
# A desk's extension or department right after the name: ", HR, ext. 204", " on ext. 214".
_EXTENSION_AFTER = lazy.compile(
    r"[ \t]*(?:,[ \t]*(?:hr|it|accounts|payroll|reception|admin)\b[ \t]*)?[,(]?[ \t]*(?:on[ \t]+)?"
    r"(?:ext|extension|x)\.?[ \t]*\d{2,5}\b",
    _I,
)


# "Lindiwe Zulu's …": something of the person's own.
_POSSESSIVE_AFTER = lazy.compile(r"['’]s?\b")
# A patient's errand: "call Mr. Peters to rebook", "remind Ana of her recall".
_ERRAND = lazy.compile(
    r"\b(?:re-?book\w*|book\w*|reschedul\w*|remind|reminding|recall|follow[ \t-]+up|chase|collect"
    r"|pick[ \t]+up|drop(?:[ \t]+off)?|deliver[ \t]+to|wheelchair|room[ \t]+\d+|chair[ \t]+\d+)\b",
    _I,
)


@lru_cache(maxsize=4)
def _staff_heading_end(text: str) -> int:
    """Where the first notice to the team (``_STAFF_HEADING``) of ``text`` ends, or past
    the text's end: a name after it is in a notice. Found once a text, not once per name
    (the text before each name, read per name, was quadratic on a long text). The same as
    ``_STAFF_HEADING.search(text, 0, f.start)``: a heading holds no line break but its
    first character, so no two overlap and the first ends first, and it ends on a dash or
    a colon, with nothing after it read."""
    m = _STAFF_HEADING.search(text)
    return len(text) + 1 if m is None else m.end()


def _a_staff_notice(text: str, f: Finding) -> bool:
    """``practice.staff_notice``: "Staff notice: … Queries to Mrs. Okafor, HR, ext. 204",
    "IT notice: … ask Tomasz to re-point it", "Contact Siobhan Kelly on ext. 214": a name in
    a notice to the team, or beside a desk's extension, is a colleague's, when its sentence
    says nothing private ("Staff notice: Sipho's mum passed away" is his)."""
    if _EXTENSION_AFTER.match(text, f.end) is None and _staff_heading_end(text) > f.start:
        return False
    left, right = sentence_around(text, f.start, f.end)
    if _POSSESSIVE_AFTER.match(text, f.end) or _ERRAND.search(text, left, right):
        return False  # "Lindiwe Zulu's hearing", "call Mr. Peters … to rebook": theirs
    if _PAPERS_FOR_BEFORE.search(text, max(0, f.start - 30), f.start) or _A_CODE_AFTER.match(
        text, f.end
    ):
        return False  # (read 139-142) "forklift licence for Mohammed Al-Sayegh (FLT-0912)"
    return not private_between(text, left, right)


# (read 139-142) One person's own papers, right before their name, or their number in
# brackets right after it: "HR memo: forklift licence for Mohammed Al-Sayegh (FLT-0912)
# expires 31 Oct": an employee's record, no notice of a colleague to ask.
_PAPERS_FOR_BEFORE = lazy.compile(
    r"\b(?:licen[cs]e|certificat\w*|permit|visa|passport|medical|contract|payslip|p60|p45)"
    r"[ \t]+(?:for|of)[ \t]+$",
    _I,
)
_A_CODE_AFTER = lazy.compile(r"[ \t]*\([ \t]*[A-Z]{1,5}[ /-]?\d{3,}[ \t]*\)")


# "Our senior dental therapist returns …", "The new hygienist starts …": the next sentence
# names the person's post in the practice.
_OUR_ROLE_NEXT = lazy.compile(
    r"[ \t]*[!.]+[ \t]*(?:our|the)[ \t]+(?:[a-z-]+[ \t]+){0,3}(?:"
    + "|".join(sorted((w for w in lx.STAFF_WORDS if len(w) > 3), key=lx.longest_first))
    + r")s?\b",
    _I,
)


# The welcome the name follows ("Welcome back Aroha!", "Welcome, Kaveh!"), and a whole
# team where one person's post should stand ("Our whole front desk team appreciates it").
_WELCOME = lazy.compile(r"\bwelcome\b", _I)
_WHOLE_TEAM = lazy.compile(r"\b(?:whole|entire|all|everyone)\b|\bteams?\b", _I)


def _welcomed_back_to_work(text: str, f: Finding) -> bool:
    """``practice.staff_back``: "Welcome back Aroha! Our senior dental therapist returns
    from maternity leave on 1 August": a name the next sentence gives a post in the
    practice, when that sentence says nothing private (not "Welcome back Aroha! Our
    hygienist's daughter was born on 1 August")."""
    m = _OUR_ROLE_NEXT.match(text, f.end)
    if m is None or _WHOLE_TEAM.search(m.group()):
        return False
    left = sentence_around(text, f.start, f.end)[0]
    if _WELCOME.search(text, left, f.start) is None:
        # "Thank you for the 5 stars, Jorge! Our whole front desk team appreciates it": a
        # reviewer thanked, not a colleague welcomed back
        return False
    right = sentence_around(text, m.end() - 1, m.end())[1]
    return not private_between(text, m.start(), right) and not private_between(
        text, sentence_around(text, f.start, f.end)[0], f.start
    )


_LEFT_TO_RIGHT = lazy.compile(
    r"\b(?:left[ \t]+to[ \t]+right|l[ \t]*[-–][ \t]*r|l[ \t]+to[ \t]+r|from[ \t]+left)"
    r"[ \t]*[:)]",
    _I,
)
_TEAM_PHOTO = lazy.compile(r"\b(?:staff|team|our|we)\b", _I)


def _a_staff_photo(text: str, f: Finding) -> bool:
    """``practice.staff_photo``: "A staff photo! Left to right: Grace, Musa, Dr. Pillay and
    Ines": the names a team photo lists, in a text that says nothing private."""
    left, right = sentence_around(text, f.start, f.end)
    m = _LEFT_TO_RIGHT.search(text, max(0, left - 80), f.start)
    if m is None or _TEAM_PHOTO.search(text, max(0, m.start() - 120), m.start()) is None:
        return False
    return not private_anywhere(text)


# "Accounts are handled by Brenda Walsh", "Bookings are managed by Ana".
_HANDLED_BY_BEFORE = lazy.compile(
    r"\b(?:accounts|billing|invoices|bookings|orders|ordering|deliveries|payroll|rotas?"
    r"|enquiries|inquiries|queries|stock|supplies|purchasing|marketing|recruitment)[ \t]+"
    r"(?:are|is|will[ \t]+be|get)[ \t]+(?:handled|managed|dealt[ \t]+with|looked[ \t]+after"
    r"|run|processed|answered|covered)[ \t]+by[ \t]+$",
    _I,
)


def _a_desk_handled_by(text: str, f: Finding) -> bool:
    """``practice.handled_by``: "Accounts are handled by Brenda Walsh on 0161 …": the
    colleague a desk of the practice is handled by, in a sentence that says nothing private
    (not "Accounts are handled by Brenda, she is off sick")."""
    if _HANDLED_BY_BEFORE.search(text, max(0, f.start - 60), f.start) is None:
        return False
    left, right = sentence_around(text, f.start, f.end)
    return not private_between(text, left, right)


# A supplier's delivery note: the goods and the way in.
_DELIVERY_WORDS = lazy.compile(
    r"\b(?:deliver(?:y|ies|ing)?|couriers?|suppliers?|drivers?|parcels?|goods|loading[ \t]+bay"
    r"|rear[ \t]+entrance|back[ \t]+door|lab[ \t]+work|dispatch)\b",
    _I,
)
# (numdates40) A delivery to someone's home, not to the practice: to or for a flat, a
# block, a unit or a titled person ("delivery to Blk 412 Ang Mo Kio Ave 10 #08-1123, call
# +65 … on arrival", "delivery for Mdm Tan"), or a flat's number as Singapore and Malaysia
# write it ("#08-217"). The number the courier is to call there is the person's.
DELIVERY_TO_A_HOME = lazy.compile(
    r"\bdeliver(?:y|ies|ed)?[ \t]+(?:to|for)[ \t]+(?:(?:blk|block|flat|apt|apartment|unit|house"
    r"|room)\b|(?:mr|mrs|ms|mdm|miss|madam|encik|puan|cik|dr)\b\.?[ \t]|\d)"
    r"|(?<![\w#])#\d{1,2}-\d{2,5}\b",
    _I,
)
_ON_ARRIVAL = lazy.compile(
    r"\b(?:on[ \t]+arrival|when[ \t]+you[ \t]+(?:arrive|get[ \t]+here)|to[ \t]+sign[ \t]+for"
    r"|to[ \t]+be[ \t]+let[ \t]+in|at[ \t]+the[ \t]+(?:gate|door))\b",
    _I,
)


_CALL_BEFORE = lazy.compile(
    r"\b(?:call|ring|phone|text|whatsapp|ask[ \t]+for|contact|message)[ \t]+$", _I
)


_TITLE = lazy.compile(r"\b(?:mr|mrs|ms|miss|mx)\b", _I)


def _a_delivery_contact(text: str, f: Finding) -> bool:
    """``practice.delivery_contact``: "Deliveries: use the rear entrance. Call Sipho on 082
    … on arrival": the colleague a supplier calls on arriving, in a delivery note that says
    nothing private (not "call Brenda on 082 …, she needs her results")."""
    left, right = sentence_around(text, f.start, f.end)
    if _CALL_BEFORE.search(text, max(left, f.start - 30), f.start) is None:
        return False  # only the one a supplier calls, not "the denture for Mrs. Khumalo"
    if _ON_ARRIVAL.search(text, f.end, right) is None:
        return False
    if _DELIVERY_WORDS.search(text) is None or _TITLE.search(text) is not None:
        return False  # "the denture for Mrs. Khumalo …; call Zodwa on arrival": a patient's
    return not private_anywhere(text)


# --- a greeting in another language ------------------------------------------------------

# Greetings of other languages that English text keeps ("Kia ora, Wellington!", "Namaste
# Pune!", "Sawubona Durban"): what follows them is the crowd or the town greeted.
_GREETINGS_ABROAD = (
    "kia ora",
    "namaste",
    "namaskar",
    "sawubona",
    "molo",
    "dumela",
    "jambo",
    "habari",
    "aloha",
    "talofa",
    "malo e lelei",
    "bula",
    "mabuhay",
    "kumusta",
    "salaam",
    "salam",
    "as-salaam alaikum",
    "sat sri akal",
    "vanakkam",
    "sawasdee",
    "xin chao",
    "ni hao",
    "konnichiwa",
    "annyeong",
    "selamat pagi",
    "apa khabar",
    "kamusta",
    "merhaba",
    "shalom",
    "hallo",
    "ciao",
    "hola",
    "bonjour",
    "olá",
)
_GREETING_ABROAD = lazy.compile(
    r"\b(?:" + "|".join(re.escape(g) for g in _GREETINGS_ABROAD) + r")\b", _I
)


def _a_greeting_abroad(text: str, f: Finding) -> bool:
    """``practice.greeting_abroad``: "Kia ora, Wellington!", "Namaste Pune!": a greeting of
    another language read as a name, or the town it greets; not "Namaste Priya, your
    results are in" (a person greeted)."""
    lo = max(0, f.start - 16)
    g = None
    for m in _GREETING_ABROAD.finditer(text, lo, min(len(text), f.end + 6)):
        if m.start() <= f.start < m.end() or (
            m.end() <= f.start and not text[m.end() : f.start].strip(" \t,")
        ):
            g = m
            break
    if g is None:
        return False
    rest = text[max(g.end(), f.start) : f.end].strip(" \t,!")
    if f.start < g.end() and (not rest or f.end <= g.end()):
        return True  # the greeting itself ("Kia" of "Kia ora")
    if rest.lower() not in lx.place_names() and rest.lower() not in ("everyone", "all", "team"):
        return False
    left, right = sentence_around(text, f.start, f.end)
    return not private_between(text, left, right)


# A house number right before a name: "55 Customhouse Quay", "Level 2, 18 Kloof".
_HOUSE_NUMBER_BEFORE = lazy.compile(r"\b\d{1,5}[a-z]?[ \t]+$", _I)


def _a_street_of_our_premises(text: str, f: Finding) -> bool:
    """``practice.premises_street``: "Our new address from 1 July: Level 2, 55 Customhouse
    Quay, Wellington 6011": a name after a house number, in a text giving the way to the
    practice and naming no one's home, is its street's."""
    if _HOUSE_NUMBER_BEFORE.search(text, max(0, f.start - 8), f.start) is None:
        return False
    return _the_practices_premises(text, f)


# Thanks before a name: "Thanks to", "Thank you to", "Shout-out to", "Big thanks to".
_THANKS_BEFORE = lazy.compile(
    r"\b(?:thanks|thank[ \t]+you|thankyou|thx|shout[- \t]?outs?|kudos|gratitude)[ \t]*,?"
    r"(?:[ \t]+(?:so[ \t]+much|again))?[ \t]*(?:to[ \t]+)?$",
    _I,
)
# What a firm or a sponsor does for a practice, right after the name: "for sponsoring",
# "for donating the raffle prize", "for building our new ramp", "for the CPR training".
_SPONSORS_ACT_AFTER = lazy.compile(
    r"[ \t]*,?[ \t]+for[ \t]+(?:(?:sponsoring|donating|co-hosting|hosting|catering|supplying"
    r"|building|installing|repairing|renovating)\b"
    r"|the[ \t]+(?:[\w-]+[ \t]+){0,3}?(?:donations?|sponsorship|training|workshop"
    r"|demonstration)\b)",
    _I,
)

# The reader spoken to, not in the thanks itself ("Thank you to", "thank you so much"): "…
# and get well soon after your bypass" says something of them.
_YOUR_ALONE = lazy.compile(r"\b(?:your|you're|you)\b(?![ \t]+(?:to|so[ \t]+much)\b)", _I)


def _a_sponsor_thanked(text: str, f: Finding) -> bool:
    """``practice.sponsor_thanked``: "Thanks to Kettering Bowl for sponsoring", "Big thanks to
    Harbour View Contracting for building our new ramp", "Thank you to Ottawa Paramedic
    Service for the CPR refresher training": who gave, built or taught for the practice,
    thanked for it, in a sentence that says nothing private about them (not "Thanks to Joe
    Bianchi for sponsoring our 5K, and get well soon after your bypass")."""
    if _SPONSORS_ACT_AFTER.match(text, f.end) is None:
        return False
    if _THANKS_BEFORE.search(text, max(0, f.start - 30), f.start) is None:
        return False
    left, right = sentence_around(text, f.start, f.end)
    return not private_between(text, left, right) and _YOUR_ALONE.search(text, left, right) is None


# (clean15) A list of names thanked: "Special thanks to Priya, Tom and Ana", "Thanks to
# Sheila, Dev and Tomasz for the brownies": the thanks, then names and the commas and "and"
# between them up to the name read (``_THANKED_LIST_BEFORE``), or the list going on after
# it (``_LIST_GOES_ON``).
_THANKED_LIST_BEFORE = lazy.compile(
    r"\b(?:thanks|thank[ \t]+you|thankyou|thx|shout[- \t]?outs?|kudos|gratitude)[ \t]*,?"
    r"(?:[ \t]+(?:so[ \t]+much|again))?[ \t]+to[ \t]+"
    r"(?P<list>(?:(?-i:[A-Z][\w'’-]+)(?:[ \t]+(?-i:[A-Z][\w'’-]+))?[ \t]*(?:,[ \t]*(?:and[ \t]+)?"
    r"|&[ \t]*|and[ \t]+))*)$",
    _I,
)
_LIST_GOES_ON = lazy.compile(r"[ \t]*(?:,[ \t]*(?:and[ \t]+)?|&[ \t]*|(?i:and)[ \t]+)[A-Z]")


def _a_thanks_list(text: str, f: Finding) -> bool:
    """``practice.thanks_list``: "Special thanks to Priya, Tom and Ana", "Thanks to Sheila,
    Dev and Tomasz for the brownies": two names or more thanked in a row, the names of
    those who helped the practice, in a sentence that says nothing private about anyone
    (not "Thanks to Sheila and Tom for looking after my mum after her stroke")."""
    m = _THANKED_LIST_BEFORE.search(text, max(0, f.start - 80), f.start)
    if m is None:
        return False
    if not m.group("list") and _LIST_GOES_ON.match(text, f.end) is None:
        return False  # one name thanked alone: a patient's thanks as often as a notice's
    left, right = sentence_around(text, f.start, f.end)
    return not private_between(text, left, right) and _YOUR_ALONE.search(text, left, right) is None


# An award's title after the words: "Clinician of the Year", "Team Member of the Month".
_OF_THE_YEAR_AFTER = lazy.compile(
    r"(?:[ \t]+[A-Z][\w'’-]*){0,3}[ \t]+of[ \t]+the[ \t]+(?-i:Year|Month|Week)\b"
)


def _an_award_title(text: str, f: Finding) -> bool:
    """``practice.award_title``: "Our orthodontist was named Clinician of the Year", "shortlisted
    for Dental Team Member of the Year": the words of an award's title, no one's name (not
    "Clinician of the Year Dr. Moreau treated Ana": only the words before "of the Year")."""
    return _OF_THE_YEAR_AFTER.match(text, f.end) is not None


NAME_VETOES: tuple[Callable[[str, Finding], bool], ...] = tuple(
    _not_on_the_roster(veto)
    for veto in (
        _a_holiday_heading,
        _a_holiday_in_brackets,
        _a_staff_notice,
        _welcomed_back_to_work,
        _a_staff_photo,
        _a_desk_handled_by,
        _a_delivery_contact,
        _a_greeting_abroad,
        _a_street_of_our_premises,
        _an_award_title,
        _a_sponsor_thanked,
        _a_thanks_list,
    )
)


# What a text holds wherever one of these vetoes can say yes (``rules.NAME_VETO_GATES``:
# asked once a text, not once a name; most posts hold none). Words, looked for whatever
# their case: a closure's for a holiday's heading (``_CLOSURE``), a welcome, a desk's, a
# delivery's (``_DELIVERY_WORDS``), a greeting's.
# (each veto is within ``_not_on_the_roster``, which keeps it as ``__wrapped__``)
_BY_VETO = {veto.__wrapped__: veto for veto in NAME_VETOES}  # type: ignore[attr-defined]
GATE_WORDS: dict[Callable[[str, Finding], bool], str] = {
    _BY_VETO[_a_holiday_heading]: "clos|open|hours|holiday",
    _BY_VETO[_a_holiday_in_brackets]: (
        "clos|reopen|open|holiday|chius|cerrad|ferm|geschlossen|fechad|gesloten|stängt|stangt"
        "|lukket|stengt|zamkni|kapal|tutup|libur|feriado|festivo|férié|ferie|feiertag"
    ),
    _BY_VETO[_welcomed_back_to_work]: "welcome",
    _BY_VETO[_a_desk_handled_by]: (
        "accounts|billing|invoices|bookings|order|deliveries|payroll|rota|enquiries|inquiries"
        "|queries|stock|supplies|purchasing|marketing|recruitment"
    ),
    _BY_VETO[_a_delivery_contact]: (
        "deliver|courier|supplier|driver|parcel|goods|loading|rear|back|lab|dispatch"
    ),
    _BY_VETO[_a_greeting_abroad]: "|".join(re.escape(g) for g in _GREETINGS_ABROAD),
    _BY_VETO[_a_thanks_list]: "thank|thx|shout|kudos|gratitude",
    _BY_VETO[_a_sponsor_thanked]: (
        "sponsoring|donat|hosting|catering|supplying|building|installing|repairing|renovating"
        "|sponsorship|training|workshop|demonstration"
    ),
}
# Words with their case: "of the Year" (``_OF_THE_YEAR_AFTER`` keeps its case).
GATE_EXACT: dict[Callable[[str, Finding], bool], tuple[str, ...]] = {
    _BY_VETO[_an_award_title]: ("Year", "Month", "Week"),
}
# A desk's extension ("ext. 204", "x214": the end of every ``_EXTENSION_AFTER``) or a
# notice's word (``_STAFF_HEADING``); a team photo's order (``_LEFT_TO_RIGHT``).
_STAFF_NOTICE_GATE = lazy.compile(
    r"x(?:t|tension)?\.?[ \t]*\d\d|not(?:e|ice)|update|memo|reminder|announcement|news", _I
)
_STAFF_PHOTO_GATE = lazy.compile(r"left|l[ \t]*[-–][ \t]*r|l[ \t]+to[ \t]+r", _I)
GATES: dict[Callable[[str, Finding], bool], Callable[[str], bool]] = {
    _BY_VETO[_a_staff_notice]: lambda text: _STAFF_NOTICE_GATE.search(text) is not None,
    _BY_VETO[_a_staff_photo]: lambda text: _STAFF_PHOTO_GATE.search(text) is not None,
}
# (``_a_street_of_our_premises`` has none: a digit, which its house number needs, is in
# seven posts of eight, and asking costs more than the veto's own first look.)


# --- the practice's days, premises, lines and numbers ------------------------------------

_PRACTICE_DAY_RULES = ("[date.tied_to_person]", "[date.person_sentence]")
# What a practice announces for a day: a closure, its hours, a move, a new colleague.
_PRACTICE_NEWS = lazy.compile(
    r"\b(?:closed|closing|closes|closure|reopen\w*|re-open\w*|open|opens|opening|hours"
    r"|address|move|moving|moved|relocat\w*|joins|joining|starts|starting|returns|launch\w*"
    r"|awards?|shortlisted|finalists?|accredit\w*|on[ \t]+leave|covers|covering)\b",
    _I,
)


# A holiday's heading right before its day: "King's Birthday, ", "Anniversary Day – ".
_HOLIDAY_BEFORE = lazy.compile(
    r"(?:^|\n)[ \t]*(?:[A-Z][\w'’-]*[ \t]+){0,3}[A-Z][\w'’-]*[ \t]*[,:–—-][ \t]*$"
)


def _a_practice_day(text: str, f: Finding) -> bool:
    """``practice.day``: "Anniversary Day, Monday 27 January: the clinic is closed", "Our
    new address from 1 July: …": a day the practice announces of itself (a closure, its
    hours, a move), in a sentence in its voice that says nothing private (not "We were
    sorry to hear Priya was admitted on 3 May")."""
    left, right = sentence_around(text, f.start, f.end)
    if not f.reason.endswith(_PRACTICE_DAY_RULES) and not (
        # "King's Birthday, Monday 9 June: the practice is closed": a holiday's heading
        f.reason.endswith("[date.life_event]")
        and _HOLIDAY_BEFORE.search(text, max(0, f.start - 40), f.start) is not None
        and _CLOSURE.search(text, f.end, right) is not None
    ):
        return False
    if _PRACTICE_NEWS.search(text, left, right) is None:
        return False
    return practice_voice(text, left, right) and not private_anywhere(text)


def _a_staff_members_day(text: str, f: Finding) -> bool:
    """``practice.staff_day`` (guard-clinclean5): "Please welcome Ama Owusu, our new practice
    nurse! You'll see her at the front desk from Monday 3 March", "Congratulations to our
    receptionist Grace on 20 years with us! She started on 4 June 2006": a day of a member of
    staff the sentence or the one before introduces as the practice's own, in a text that
    says nothing private but "she" or "his" (not "our nurse Joy had her baby on 3 May")."""
    if not f.reason.endswith(_PRACTICE_DAY_RULES):
        return False
    left, right = sentence_around(text, f.start, f.end)
    before = sentence_around(text, left - 1, left - 1)[0] if left > 0 else left
    if _STAFF_INTRODUCED.search(text, before, right) is None or _YOUR.search(text):
        return False  # (not "… Colin! Your follow-up is due January 20 — kit at the front desk")
    if _RECORD_LIKE.search(text):
        return False  # a number of five digits or more: a record's, as in a patient's note
    return not private_between(text, 0, len(text), pronouns=False)


# A member of staff introduced as the practice's own: "our new practice nurse", "our
# receptionist Grace", "joins the team", "20 years with us", "Please welcome", "Meet our".
_STAFF_INTRODUCED = lazy.compile(
    r"\b(?:our[ \t]+(?:new[ \t]+)?(?:[\w-]+[ \t]+)?(?:hygienists?|nurses?|receptionists?"
    r"|dentists?|doctors?|assistants?|managers?|therapists?|physio\w*|administrators?"
    r"|coordinators?|secretary|colleagues?|technicians?|orthodontists?|pharmacists?|midwi\w+)"
    r"|join(?:s|ed|ing)?[ \t]+(?:us|our|the[ \t]+team)|years[ \t]+with[ \t]+us|welcome[ \t]+back"
    r"|please[ \t]+welcome|meet[ \t]+our)\b",
    _I,
)
# ("your" or "yours": a second definition further down, since removed, replaced this one at
# import, so every reader has always read both)
_YOUR = lazy.compile(r"\b(?:your|yours)\b", _I)
_RECORD_LIKE = lazy.compile(r"\d{5,}")


# How to find the practice: directions, parking, a sat nav, "we're at", "our address".
_FIND_US = lazy.compile(
    r"\b(?:sat[ \t-]?navs?|coming[ \t]+from|get[ \t]+lost|find[ \t]+us|we're[ \t]+at|we[ \t]+are[ \t]+at|our[ \t]+(?:new[ \t]+)?(?:delivery[ \t]+)?"
    r"address|delivery[ \t]+address|our[ \t]+(?:new[ \t]+)?(?:premises|clinic|practice"
    r"|surgery|branch|office|building)|we've[ \t]+moved|we[ \t]+have[ \t]+moved"
    r"|we're[ \t]+moving)\b",
    _I,
)
# The way in, in the practice's voice: "Parking is behind us", "we're the second door past
# the station".
_WAY_HERE = lazy.compile(
    r"\b(?:parking|park[ \t]+(?:at|in|on|behind)|entrance|get[ \t]+off[ \t]+at|bus[ \t]+stop"
    r"|station)\b",
    _I,
)
# A person's home or a visit to someone: no practice's address.
_SOMEONES_PLACE = lazy.compile(
    r"\b(?:home|house|lives|lived|living|flat|visit|my|his|her|their|patient|patients"
    r"|mum|mom|dad|son|daughter|wife|husband|grand\w+)\b|['’]s[ \t]+(?:place|house|home)\b"
    # (lead) the reader's own: "we have your delivery address as 12 Rata Street"
    rf"|{lx.READERS_PLACE}"
    # (numdates40) an account's address changed, as a shop's or a courier's message says it:
    # "Delivery address updated: Blk 512 …", "shipping address changed to …"
    r"|\b(?:delivery|shipping|postal|mailing|billing|home)[ \t]+address[ \t]+(?:has[ \t]+been[ \t]+)?"
    r"(?:updated|changed|confirmed|saved)\b",
    _I,
)


_POSTCODE_RULES = ("[place.postcode_field]", "[place.zip_after_town]", "[zip.after_state]")


def _the_practices_premises(text: str, f: Finding) -> bool:
    """``practice.premises``: "Thanks, it's 2 Bridge Street, …, BT74 7BW. If you're coming
    from Dublin …", "Postcode CF10 1EP for sat navs", "Our delivery address for lab work
    is …": an address or a postcode given with the way to the practice, in a text that
    names no one's home, visit or family (not "we're at Mrs. Okafor's house on 3 May")."""
    if f.label == "geo" and not f.reason.endswith(_POSTCODE_RULES):
        return False  # a town alone ("coming from Dublin") is no premises
    return _a_text_of_the_premises(text)


@lru_cache(maxsize=4)
def _a_text_of_the_premises(text: str) -> bool:
    """Whether ``text`` gives the way to the practice and names no one's home, visit or
    family (``_the_practices_premises``): read once a text, not once per address in it."""
    if _FIND_US.search(text) is None and (
        _WAY_HERE.search(text) is None or _PRACTICE_VOICE.search(text) is None
    ):
        return False
    if _SOMEONES_PLACE.search(text) is not None or private_anywhere(text):
        return False
    # (read 103-106) a parcel for someone by their given name: "Parcel for Li Na arriving
    # Wed 16 Oct, delivery address Kungsgatan 44" is their door, not the practice's
    return not any(m.group(1).lower() in lx.GIVEN_NAMES for m in _PARCEL_FOR_SOMEONE.finditer(text))


# (read 103-106) A parcel, a package or a delivery for someone, by the first word of a name.
_PARCEL_FOR_SOMEONE = lazy.compile(
    r"\b(?:parcel|package|packet|shipment|delivery|order|courier)[ \t]+(?:for|to)[ \t]+"
    r"(?:(?:Mr|Mrs|Ms|Miss|Mx|Dr)\.?[ \t]+)?(?-i:([A-Z][a-z]+))",
    _I,
)


# A clinician's professional registration: "HPCSA registration DP 0123456", "PRC License
# No. 0012345", "GDC no. 123456": a body's acronym, then its register's word.
_REGISTRATION_BEFORE = lazy.compile(
    r"\b(?-i:[A-Z]{2,6})[ \t]+(?:registration|reg|licen[cs]e)\.?"
    r"(?:[ \t]+(?:no|number|#)\.?)?[ \t:]*$",
    _I,
)
_CLINICIAN = lazy.compile(
    r"\b(?:dr|doctor|prof|"
    + "|".join(sorted((w for w in lx.STAFF_WORDS if len(w) > 3), key=lx.longest_first))
    + r")s?\b",
    _I,
)
# A thing or a number the label says is the practice's: "Our reception iPad (serial …",
# "our outreach van, plate …", "Clinic TIN:", "Accreditation certificate no.", "VAT".
# A word of a thing's name, not a verb's past ("our reception iPad", not "our nurse checked").
_THING = r"(?![\w-]*ed\b)[\w-]+"
_PRACTICE_OWNED_BEFORE = lazy.compile(
    rf"(?:\b(?:our|the[ \t]+(?:clinic|practice|surgery)['’]s)[ \t]+(?:{_THING}[ \t]+){{0,3}}"
    rf"{_THING}[ \t]*[(,]?[ \t]*(?:serial|s/n|plate|reg|rego|registration|tin|vat|tax)"
    r"|\b(?:clinic|practice|surgery|company|business)[ \t]+"
    r"(?:serial|s/n|plate|registration|reg|tin|vat|tax|licen[cs]e|id|number|no))\.?"
    r"(?:[ \t]+(?:no|number|#)\.?)?[ \t:#]*$"
    r"|\b(?:accreditation|vat|company|business|trading)[ \t]+(?:certificate"
    r"[ \t]+)?(?:no|number|#|id|reg|registration)\.?[ \t:#]*$",
    _I,
)


def _a_practice_number(text: str, f: Finding) -> bool:
    """``practice.own_number``: "Clinic TIN: …", "Accreditation certificate no. …", "Our
    reception iPad (serial …)", "our outreach van, plate …", "Dr. Naidoo, HPCSA registration
    DP 0123456, is our new associate dentist": a number of the practice's own or its things,
    or a clinician's registration, in a sentence that says nothing private (not "our
    patient's pump, serial …", "Mrs. Okafor's licence no. …")."""
    left, right = sentence_around(text, f.start, f.end)
    if _YOUR.search(text, left, right) is not None:
        return False  # "Our records show your member number is …": a reader's own
    lo = max(0, f.start - 60)  # (not the sentence: "no." ends none)
    if _PRACTICE_OWNED_BEFORE.search(text, lo, f.start) is not None:
        return not private_between(text, left, right)
    if _REGISTRATION_BEFORE.search(text, lo, f.start) is None:
        return False
    return _CLINICIAN.search(text, left, right) is not None and practice_voice(text, left, right)


# "Accounts are handled by Brenda Walsh on 0161 …", "Call Sipho on 082 … on arrival".
_DESK_LINE = lazy.compile(
    r"\b(?:accounts|billing|invoices|bookings|orders|payroll|deliveries)[ \t]+(?:are|is)[ \t]+"
    r"(?:handled|managed|dealt[ \t]+with|looked[ \t]+after|run)[ \t]+by\b",
    _I,
)


def _a_practice_desk_line(text: str, f: Finding) -> bool:
    """``practice.desk_line``: the line of a desk of the practice ("Accounts are handled by
    Brenda Walsh on 0161 …") or the one a supplier calls on arrival ("Deliveries: … Call
    Sipho on 082 … on arrival"), in a text that says nothing private."""
    left, right = sentence_around(text, f.start, f.end)
    desk = _DESK_LINE.search(text, left, f.start) is not None
    arrival = (
        _ON_ARRIVAL.search(text, f.end, right) is not None
        and _DELIVERY_WORDS.search(text) is not None
    )
    if arrival and DELIVERY_TO_A_HOME.search(text) is not None:
        return False  # (numdates40) the courier calls the person at their home
    return (desk or arrival) and not private_anywhere(text)


# The words of ``FINDING_VETOES`` gates (``rules.FINDING_VETO_GATES``): what a practice
# announces for a day (``_PRACTICE_NEWS``: "re-open", "on leave" by one word each), and a
# desk's or a delivery's words (``_DESK_LINE``, ``_DELIVERY_WORDS``).
FINDING_GATE_WORDS: dict[Callable[[str, Finding], bool], str] = {
    _a_practice_day: (
        "clos|open|hours|address|move|moving|relocat|join|start|return|launch|award"
        "|shortlisted|finalist|accredit|leave|cover"
    ),
    _a_practice_desk_line: (
        "accounts|billing|invoices|bookings|orders|payroll|deliver|courier|supplier|driver"
        "|parcel|goods|loading|rear|back|lab|dispatch"
    ),
}


FINDING_VETOES: dict[str, tuple[Callable[[str, Finding], bool], ...]] = {
    "date": (_a_practice_day, _a_staff_members_day),
    "geo": (_the_practices_premises,),
    "address": (_the_practices_premises,),
    "record_number": (_a_practice_number,),
    "vehicle_id": (_a_practice_number,),
    "device_id": (_a_practice_number,),
    "phone": (_a_practice_desk_line,),
}
