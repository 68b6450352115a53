"""Ordered tables of small, named cue and veto rules for what general text hides.

Each ``Rule`` is one cue (a pattern that says "this is an identifier") with the vetoes that
rule it out (the practice's own details, an event date, a public place). The rule's name is
in the finding's reason, so a person (and a test) can see which rule fired.

Tables: facilities and places tied to a person, streets without a house number, labelled
identifiers (ID:, member #, policy no., acct, health plan, licence, device, serial), bare
nine-digit SSNs, names with titles and initials or a clinical cue, emails written to slip
past filters ("jane at gmail dot com", ``[at]``), and phone numbers in any region
(phonenumbers), with O for 0, spelled out, spaced, or split by slashes and underscores.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass

import phonenumbers

from medsocial_tui.compliance import lexicon as lx
from medsocial_tui.compliance.context import PracticeContext, digits_of
from medsocial_tui.compliance.findings import Finding
from medsocial_tui.compliance.identifiers import OWN_ADDRESS_CUE, OWN_PHONE_CUE, TOLL_FREE
from medsocial_tui.compliance.names import PUBLIC_FIGURE as _PUBLIC

_I = re.IGNORECASE

Veto = Callable[[str, "re.Match[str]", PracticeContext], bool]

# A sentence about a person: who they are, or what happened to them.
_THIRD_PERSON_CUE = (
    r"patient|pt|client|resident|he|she|his|her|him|hers|mr|mrs|ms"
    r"|miss|mx|mother|mom|mum|father|dad|son|daughter|wife|husband|partner|brother|sister"
    r"|grand(?:mother|father|ma|pa|son|daughter)|aunt|uncle|niece|nephew|cousin|child|baby"
    r"|infant|toddler|boy|girl|man|woman|gentleman|lady|male|female|admitted|discharged"
    r"|diagnosed|presented|presents|underwent|hospitali[sz]ed|born|died|passed\s+away"
    r"|transferred|referred|prescribed|treated|seen|named|dob|ssn|mrn|lives|lived|resides"
    r"|year[- ]old|yo"
)
PERSON_CUE = re.compile(rf"\b(?:my|me|i|i'm|i've|i'd|{_THIRD_PERSON_CUE})\b", _I)
# Without the writer's own "I" and "my": a practice post says "I" about its events too.
THIRD_PERSON_CUE = re.compile(rf"\b(?:{_THIRD_PERSON_CUE})\b", _I)


# The end of a sentence, not the dot of "Dr." or "St." or an initial.
_SENTENCE_BREAK = re.compile(
    r"(?<!\bSt)(?<!\bDr)(?<!\bMr)(?<!\bMs)(?<!\bMrs)(?<!\bNo)(?<!\bJr)(?<!\bSr)(?<!\bMt)"
    r"(?<!\b[A-Z])[.!?]+(?=\s)|\n"
)


def sentence_around(text: str, start: int, end: int, reach: int = 200) -> tuple[int, int]:
    """The bounds of the sentence holding ``text[start:end]``, at most ``reach`` each side."""
    left = max(0, start - reach)
    for m in _SENTENCE_BREAK.finditer(text, left, start):
        left = m.end()
    right = min(len(text), end + reach)
    m = _SENTENCE_BREAK.search(text, end, right)
    return left, (m.start() if m else right)


def person_in(text: str, start: int, end: int, *, third_person: bool = False) -> bool:
    """True when the sentence around ``text[start:end]`` is about a person (with
    ``third_person``, about someone other than the writer)."""
    left, right = sentence_around(text, start, end)
    cue = THIRD_PERSON_CUE if third_person else PERSON_CUE
    return bool(cue.search(text, left, right))


@dataclass(frozen=True)
class Rule:
    """One named cue: ``pattern``'s group ``group`` is a ``label`` identifier unless a veto
    says otherwise; with ``needs_person`` only in a sentence about a person."""

    name: str
    label: str
    pattern: re.Pattern[str]
    reason: str
    group: int | str = 0
    needs_person: bool = False
    vetoes: tuple[Veto, ...] = ()

    def finditer(self, text: str, ctx: PracticeContext) -> Iterator[Finding]:
        for m in self.pattern.finditer(text):
            start, end = m.span(self.group)
            if start < 0 or start == end:
                continue
            if self.needs_person and not person_in(text, start, end):
                continue
            if any(veto(text, m, ctx) for veto in self.vetoes):
                continue
            yield Finding(start, end, self.label, f"{self.reason} [{self.name}]")


# -- vetoes ------------------------------------------------------------------------------
def _own_address(text: str, m: re.Match[str], ctx: PracticeContext) -> bool:
    """The practice's own street or town, or one the post invites people to."""
    words = {w.lower() for w in re.findall(r"[A-Za-z]+", m.group(0))}
    own = {w.lower() for w in re.findall(r"[A-Za-z]{3,}", ctx.address)}
    if own and words & own - {"street", "avenue", "road", "suite", "lane", "drive"}:
        return True
    return bool(OWN_ADDRESS_CUE.search(text[max(0, m.start() - 60) : m.start()]))


def _own_practice(text: str, m: re.Match[str], ctx: PracticeContext) -> bool:
    """The practice's own name, or a facility the post says is ours."""
    words = {w.lower() for w in re.findall(r"[A-Za-z]+", m.group(0))}
    if ctx.practice_words and len(words & ctx.practice_words) >= 2:
        return True
    return bool(_OURS_BEFORE.search(text, max(0, m.start() - 40), m.start()))


_OURS_BEFORE = re.compile(
    r"\b(?:our|(?:join|visit|meet|see)\s+us\s+(?:at|in))\s+(?:[\w'’-]+\s+){0,2}$", _I
)


def _calendar_word(text: str, m: re.Match[str], ctx: PracticeContext) -> bool:
    """A facility-like run that starts with a month, a weekday or "The"."""
    first = m.group(0).split()[0].lower().rstrip(".")
    return first in lx.MONTHS or first in lx.WEEKDAYS or first in ("the", "a", "an", "our")


def _not_a_surname_pair(text: str, m: re.Match[str], ctx: PracticeContext) -> bool:
    words = m.group("name").split()
    first, last = words[0].lower(), words[-1].lower().removesuffix("'s").removesuffix("’s")
    return last not in lx.SURNAMES or first in lx.SURNAMES and first not in lx.GIVEN_NAMES


def _not_a_name(word_group: int | str, *, organisations: bool = False) -> Veto:
    """The captured words are calendar, common or (unless ``organisations``) organisation
    words, not a person."""

    def veto(text: str, m: re.Match[str], ctx: PracticeContext) -> bool:
        words = [w.lower().rstrip("'’s") for w in re.findall(r"[A-Za-z'’]+", m.group(word_group))]
        if not words or _PUBLIC.search(m.group(word_group).lower()):
            return True
        first = words[0]
        if first in lx.MONTHS or first in lx.WEEKDAYS or first in lx.COMMON_CAPITALIZED:
            return True
        if first in ("dr", "doctor", "the", "a", "an") or first in lx.PUBLIC_TITLES:
            return True
        if not organisations and any(w in lx.ORG_SUFFIXES for w in words[1:]):
            return True
        return bool(ctx.staff_words) and set(words) <= ctx.staff_words | {"dr"}

    return veto


def _not_a_place(text: str, m: re.Match[str], ctx: PracticeContext) -> bool:
    place = m.group("place")
    first = place.split()[0].lower()
    if first in lx.MONTHS or first in lx.WEEKDAYS or first in lx.COMMON_CAPITALIZED:
        return True
    if first in lx.GIVEN_NAMES and first not in lx.AMBIGUOUS_NAMES:
        return True
    return place.lower() in ctx.address.lower() if ctx.address else False


def _year_only(text: str, m: re.Match[str], ctx: PracticeContext) -> bool:
    """A year, a count or a short number after a label is not an identifier."""
    value = m.group("id")
    digits = sum(c.isdigit() for c in value)
    if re.fullmatch(r"(?:19|20)\d\d", value.strip()):
        return True
    return digits < 4 and not _spelled_digits(value)


def _own_phone(text: str, m: re.Match[str], ctx: PracticeContext) -> bool:
    digits = digits_of(m.group(0))
    return digits in ctx.own_phone_digits or bool(
        OWN_PHONE_CUE.search(text[max(0, m.start() - 60) : m.start()])
    )


def _after_other_label(text: str, m: re.Match[str], ctx: PracticeContext) -> bool:
    """A nine-digit number after a phone, zip or order cue is not an SSN."""
    return bool(
        re.search(
            r"\b(?:zip|postal|routing|order|invoice|tracking|isbn)\b[^.\n]{0,20}$",
            text[max(0, m.start() - 30) : m.start()],
            _I,
        )
    )


# -- shared pieces -----------------------------------------------------------------------
_DIGIT_WORDS = {
    "zero": "0",
    "oh": "0",
    "o": "0",
    "nought": "0",
    "one": "1",
    "two": "2",
    "three": "3",
    "four": "4",
    "five": "5",
    "six": "6",
    "seven": "7",
    "eight": "8",
    "nine": "9",
}
_DIGIT_WORD = r"(?:zero|oh|nought|one|two|three|four|five|six|seven|eight|nine)"
_SPELLED_RUN = rf"{_DIGIT_WORD}(?:[\s,.-]+(?:double\s+|triple\s+)?{_DIGIT_WORD}|[\s,-]*\d)+"


def _spelled_digits(value: str) -> str:
    out = []
    repeat = 1
    for word in re.findall(r"[a-z]+|\d", value.lower()):
        if word == "double":
            repeat = 2
            continue
        if word == "triple":
            repeat = 3
            continue
        digit = word if word.isdigit() else _DIGIT_WORDS.get(word, "")
        out.append(digit * repeat)
        repeat = 1
    return "".join(out)


_CAP = r"[A-Z][a-z'’]+(?:-[A-Z][a-z'’]+)?"
_FACILITY_NOUN = (
    r"(?:Hospital|Clinic|Medical\s+Cent(?:er|re)|Health\s+Cent(?:er|re)|Infirmary|Hospice"
    r"|Nursing\s+(?:Home|Facility)|Care\s+(?:Home|Center|Centre)|Rehab(?:ilitation)?(?:\s+Cent(?:er|re))?"
    r"|Urgent\s+Care|Medical\s+Group|Health\s+System|Healthcare|Health\s+Care|Pharmacy"
    r"|Surgery\s+Cent(?:er|re)|Surgical\s+Cent(?:er|re)|Cancer\s+Cent(?:er|re)|Medical\s+Cent(?:er|re)"
    r"|Memorial|Sanatorium|Dialysis\s+Cent(?:er|re)|Emergency\s+Room|ER|ICU|Maternity\s+Ward"
    r"|Health|Physicians|Pediatrics|Paediatrics|Family\s+Practice|Dental|Orthodontics)"
)
_CARE_MOVE = (
    r"(?:admitted\s+(?:to|at)|transferred\s+(?:to|from)|seen\s+at|treated\s+at|discharged\s+from"
    r"|born\s+at|delivered\s+at|taken\s+to|rushed\s+to|brought\s+to|went\s+to|visited|stayed\s+at"
    r"|hospitali[sz]ed\s+at|referred\s+to|sent\s+to|works?\s+at|lives?\s+at|staying\s+at"
    r"|resident\s+(?:of|at)|patient\s+(?:of|at)|in\s+the\s+ICU\s+at|at|to|from)"
)
_STREET_NOUN = (
    r"(?:Street|St\.?|Avenue|Ave\.?|Road|Rd\.?|Lane|Ln\.?|Boulevard|Blvd\.?|Court|Ct\.?|Way"
    r"|Circle|Terrace|Parkway|Pkwy\.?|Highway|Hwy\.?|Crescent|Close|Drive|Place)"
)
_EMAIL_TLD = r"(?:com|org|net|edu|gov|io|co|us|uk|ca|au|de|fr|info|me|mail|health)"
_AT = r"(?:\s*[\[({<]\s*at\s*[\])}>]\s*|\s+at\s+|\s*@\s*|\s+\(?@\)?\s+)"
_DOT = r"(?:\s*[\[({<]\s*dot\s*[\])}>]\s*|\s+dot\s+|\s*\.\s*)"

_ID_LABEL = (
    r"(?:\bI\.?D\.?|\bidentification|\bmember(?:ship)?|\bpolicy(?:holder)?|\bacc(?:oun)?t\.?"
    r"|\bhealth[\s-]*plan(?:\s+beneficiary)?|\binsurance|\bsubscriber|\bclaim|\bcase|\breference"
    r"|\bref\.?|\brecord|\bfile|\bchart|\bMRN|\bmedical\s+record|\bpatient|\blicen[cs]e|\bDL"
    r"|\bpassport|\bNHS|\bDEA|\bcertificate"
    r"|\bbeneficiary|\bMBI|\bMedicare|\bMedicaid|\bcustomer|\bbadge|\bemployee|\bstudent"
    r"|\btax|\bEIN|\bTIN|\brouting|\bcard|\biban|\bbank|\bpin|\bvisa|\bgroup|\bHICN|\bCHI)"
)
_DEVICE_LABEL = r"(?:\bdevice|\bserial|\bS/N|\bIMEI|\bUDI|\blot|\bimplant|\bpacemaker|\bpump)"
_ID_VALUE = (
    rf"(?P<id>(?:[A-Za-z]{{1,4}}[-]?)?\d[\dA-Za-z]*(?:[ ./-]\d[\dA-Za-z]*)*(?<![.-])"
    rf"|{_SPELLED_RUN})"
)

FACILITY_RULES: tuple[Rule, ...] = (
    Rule(
        "facility.named",
        "geo",
        re.compile(
            rf"\b(?:(?:St\.?|Saint|Mount|Mt\.?)\s+)?(?:{_CAP}\s+){{1,4}}{_FACILITY_NOUN}\b"
            rf"(?:\s+(?:of|in)\s+{_CAP}(?:\s+{_CAP})?)?"
        ),
        "a hospital, clinic or care home tied to a person",
        needs_person=True,
        vetoes=(_own_practice, _calendar_word),
    ),
    Rule(
        "facility.saint",
        "geo",
        re.compile(
            rf"\b(?i:{_CARE_MOVE})\s+(?:the\s+)?(?P<place>(?:St\.?|Saint|Mount|Mt\.?)\s+{_CAP}"
            rf"(?:\s+{_CAP}){{0,3}})",
        ),
        "a hospital named for a saint, tied to a person",
        group="place",
        needs_person=True,
        vetoes=(_own_practice,),
    ),
    Rule(
        "place.office_in",
        "geo",
        re.compile(
            r"\b(?:office|clinic|hospital|practice|home|house|apartment|flat|lives?|living|live"
            r"|resides?|residing|moved|relocated|from|born|grew\s+up|staying|address(?:\s+is)?"
            r"|located)\s+(?:in|at|to|near|outside(?:\s+of)?)\s+"
            rf"(?P<place>{_CAP}(?:[ -]{_CAP}){{0,2}}(?:,\s*(?:[A-Z]{{2}}\b|{_CAP}))?)"
        ),
        "a town or city tied to a person",
        group="place",
        needs_person=True,
        vetoes=(_not_a_place, _own_address),
    ),
    Rule(
        "place.after_street",
        "geo",
        re.compile(
            rf"\b{_STREET_NOUN}(?:,\s*|\s+in\s+)(?P<place>{_CAP}(?:\s+{_CAP})?)"
            rf"(?:,\s*(?:[A-Z]{{2}}\b|{_CAP}))?"
        ),
        "the town after a street tied to a person",
        group="place",
        needs_person=True,
        vetoes=(_not_a_place, _own_address),
    ),
    Rule(
        "street.no_number",
        "address",
        re.compile(rf"\b(?:{_CAP}\s+){{1,3}}{_STREET_NOUN}(?![\w])(?!\s+{_CAP}'s)"),
        "a street tied to a person, even without a house number",
        needs_person=True,
        vetoes=(_own_address, _not_a_name(0)),
    ),
)

IDENTIFIER_RULES: tuple[Rule, ...] = (
    Rule(
        "id.labelled",
        "record_number",
        re.compile(
            rf"{_ID_LABEL}(?:\s+(?:ID|I\.D\.|number|no\.?|num\.?|nbr|#|code))?"
            rf"(?:\s+(?:is|was|of|reads))?\s*[:#=]?\s*#?\s*{_ID_VALUE}",
            _I,
        ),
        "a labelled record, member, account, plan, licence or device number",
        group="id",
        vetoes=(_year_only,),
    ),
    Rule(
        "id.device_labelled",
        "device_id",
        re.compile(
            rf"{_DEVICE_LABEL}(?:\s+(?:ID|I\.D\.|number|no\.?|num\.?|nbr|#|code))?"
            rf"(?:\s+(?:is|was|of|reads))?\s*[:#=]?\s*#?\s*{_ID_VALUE}",
            _I,
        ),
        "a labelled device or serial number",
        group="id",
        vetoes=(_year_only,),
    ),
    Rule(
        "ssn.bare",
        "ssn",
        re.compile(r"(?<![\w$#.,/-])(?!000|666|9\d\d)\d{3}([ .]?)\d{2}\1\d{4}(?![\w.,/-]\d|[\w-])"),
        "a bare nine-digit number shaped like a Social Security number",
        vetoes=(_after_other_label, _own_phone),
    ),
    Rule(
        "ssn.labelled_words",
        "ssn",
        re.compile(
            rf"\b(?:SSN|social\s+security(?:\s+(?:number|no\.?|#))?|social)\s*(?:is|:|#)?\s*"
            rf"(?P<id>{_SPELLED_RUN})",
            _I,
        ),
        "a Social Security number written in words",
        group="id",
    ),
    Rule(
        "email.disguised",
        "email",
        re.compile(
            rf"\b[A-Za-z0-9][\w.+-]*{_AT}[A-Za-z0-9-]+(?:{_DOT}[A-Za-z0-9-]+)*{_DOT}{_EMAIL_TLD}\b",
            _I,
        ),
        "an email address written to slip past filters",
        vetoes=(
            lambda text, m, ctx: "@" in m.group(0) and bool(re.fullmatch(r"\S+@\S+", m.group(0))),
        ),
    ),
)

_TITLE = r"(?:Dr|Doctor|Mr|Mrs|Ms|Mx|Miss|Prof|Professor|Sr|Sra)"
NAME_RULES: tuple[Rule, ...] = (
    Rule(
        "name.title_initial",
        "name",
        re.compile(rf"\b{_TITLE}\.?\s+(?P<name>{_CAP}(?:\s+{_CAP})?\s+[A-Z]\.?)(?![\w])"),
        "a name with a title and an initial",
        group="name",
        vetoes=(_not_a_name("name"),),
    ),
    Rule(
        "name.given_initial",
        "name",
        re.compile(rf"\b(?P<name>{_CAP}\s+[A-Z]\.)(?=\s|$|[,;:!?)])(?!\s+[A-Z][a-z])"),
        "a given name with the initial of a family name",
        group="name",
        vetoes=(
            lambda text, m, ctx: m.group("name").split()[0].lower() not in lx.GIVEN_NAMES,
            _not_a_name("name"),
        ),
    ),
    Rule(
        "name.introduced",
        "name",
        re.compile(
            r"\b(?i:my\s+name\s+is|name\s*(?:is|:)|named|called|i\s+am|i'm|patient(?:\s+name)?\s*:"
            r"|(?:son|daughter|wife|husband|mother|father|mom|dad|child|brother|sister)\s*,)"
            rf"\s+(?P<name>{_CAP}(?:\s+[A-Z]\.)?(?:\s+{_CAP}){{0,2}})",
        ),
        'a name after "my name is", "named" or "called"',
        group="name",
        vetoes=(_not_a_name("name"),),
    ),
    Rule(
        "name.known_surname",
        "name",
        re.compile(rf"(?<![.!?]\s)(?<!^)\b(?P<name>{_CAP}\s+{_CAP})"),
        "a capitalised word and a known family name in a sentence about a person",
        group="name",
        needs_person=True,
        vetoes=(_not_a_surname_pair, _not_a_name("name")),
    ),
    Rule(
        "name.clinical_subject",
        "name",
        re.compile(
            rf"(?P<name>\b{_CAP}(?:\s+[A-Z]\.)?\s+{_CAP})(?:,\s*(?:a|an|age|aged)\s+\d"
            r"|\s+(?:\((?:age\s*)?\d|was\s+(?:admitted|diagnosed|discharged|seen|born|referred"
            r"|prescribed|hospitali[sz]ed|transferred|treated|rushed|taken)|is\s+an?\s+\d{1,3}[- ](?:year|yr|month)"
            r"|presented|presents|underwent|reports|complains|died|passed\s+away|has\s+been"
            r"\s+(?:diagnosed|admitted|prescribed)|DOB|born))"
        ),
        "a full name that a clinical sentence is about",
        group="name",
        vetoes=(_not_a_name("name"),),
    ),
)


# -- phone numbers -------------------------------------------------------------------------
PHONE_REGIONS = ("US", "GB", "AU", "IN", "IE", "NZ", "ZA", "SG", "PH")
_PHONE_CANDIDATE = re.compile(
    r"(?<![\w@#$/.-])(?:\+|00)?\(?\d{1,5}\)?(?:[\s./_-]{0,3}\(?[\dOoIl]{0,4}\d[\dOoIl]{0,4}\)?){1,7}"
    r"(?![\w/-]*\d)"
)
_LOOKALIKE_DIGITS = str.maketrans("OoIl/_", "0011  ")
_DATE_SHAPE = re.compile(r"^\d{1,4}[./-]\d{1,2}[./-]\d{1,4}$")


def find_phone_numbers(text: str, ctx: PracticeContext) -> Iterator[Finding]:
    """Phone numbers of any region (phonenumbers), also with O for 0, I or l for 1, or
    slashes and underscores between groups; and phone numbers spelled out in words."""
    for m in _PHONE_CANDIDATE.finditer(text):
        raw = m.group(0).rstrip(" .-_/")
        digits = sum(c.isdigit() for c in raw)
        if digits < 6 or _DATE_SHAPE.match(raw):
            continue
        lookalike = any(c in "OoIl" for c in raw)
        candidate = raw.translate(_LOOKALIKE_DIGITS)
        if sum(c.isdigit() for c in candidate) < 9 and not candidate.startswith(("+", "00")):
            continue
        if _own_phone(text, m, ctx) or TOLL_FREE.match(digits_of(candidate)):
            continue
        hit = _phone_match(candidate)
        if hit is None:
            continue
        start, end = m.start() + hit[0], m.start() + hit[1]
        rule = "phone.lookalike_digits" if lookalike else "phone.international"
        yield Finding(start, end, "phone", f"a phone number in any region [{rule}]")
    for m in re.finditer(rf"\b{_SPELLED_RUN}\b", text, _I):
        digits = _spelled_digits(m.group(0))
        if len(digits) < 7 or sum(not c.isdigit() for c in m.group(0)) < 4:
            continue
        if _own_phone(text, m, ctx):
            continue
        label = "phone" if len(digits) in (7, 10, 11) else "record_number"
        yield Finding(
            m.start(), m.end(), label, f"a number spelled out in words [{label}.spelled_out]"
        )


def _phone_match(candidate: str) -> tuple[int, int] | None:
    shift = 0
    if candidate.startswith("00"):
        candidate, shift = " +" + candidate[2:], 0
    for region in PHONE_REGIONS:
        for match in phonenumbers.PhoneNumberMatcher(
            candidate, region, leniency=phonenumbers.Leniency.VALID
        ):
            return match.start + shift, match.end + shift
    return None


RULE_TABLES: tuple[tuple[Rule, ...], ...] = (
    IDENTIFIER_RULES,
    NAME_RULES,
    FACILITY_RULES,
)


def find_by_rules(text: str, ctx: PracticeContext) -> list[Finding]:
    """Every finding of every rule table, and phone numbers of every region."""
    found: list[Finding] = []
    for table in RULE_TABLES:
        for rule in table:
            found.extend(rule.finditer(text, ctx))
    found.extend(find_phone_numbers(text, ctx))
    return found
