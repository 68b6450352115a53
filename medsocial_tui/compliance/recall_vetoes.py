"""Vetoes of the rules written to cover more of each identifier (issue 14, guard-recall:
``url.persons_link`` …), kept apart from rules.py's own so the tables stay small.

A link in a sentence about a person is that person's when it is a shared file, a meeting,
a record or a page named after them ("Mum's care plan: https://drive.google.com/file/d/…",
"Zoom link for Mr. Adeyemi's session: https://…zoom.us/j/844…", "Vote for Ruth Bello:
carersawards.co.uk/vote/ruth-bello-2024"); a public page (an agency's guidance, a news
article, a practice's form) is no one's.
"""

from __future__ import annotations

import re

from medsocial_tui.compliance import lazy
from medsocial_tui.compliance import lexicon as lx
from medsocial_tui.compliance.context import PracticeContext

_I = re.IGNORECASE

# Hosts that only share files, albums or folders: a file there is someone's even with no id
# of letters and digits ("dropbox.com/scl/fi/a8x2/ct-scan.zip").
_FILE_SHARING = (
    r"drive\.google|docs\.google|photos\.google|photos\.app\.goo|dropbox|1drv|onedrive"
    r"|sharepoint|wetransfer|we\.tl|icloud|jumpshare|imgur"
)
# The ending of a file a person is sent: a letter, a scan, a photo, a video.
_FILE_TYPE = r"\.(?:pdf|jpe?g|png|heic|gif|mp4|mov|avi|docx?|xlsx?|dcm|zip)(?:$|[?#])"
# A host or a path that shares one file, folder, album or meeting with whoever holds the link.
_SHARED = lazy.compile(
    rf"^(?:https?://)?(?:[\w-]+\.)*(?:{_FILE_SHARING}|box|zoom\.us|meet\.google"
    r"|teams\.microsoft|teams\.live|whereby|doxy|webex|flickr|vimeo|loom)(?=[./]|$)"
    r"|^(?:https?://)?(?:share|files?|docs|uploads?|download|viewer|transfer)[\w-]*\."
    r"|/(?:s|d|j|sh|share|shared|file|files|view|download|folders?|album|invite|letters?"
    r"|discharge|reports?|scans?|images?)(?:/|\?|$)"
    # a person's record, account, nomination or obituary by its number
    r"|/(?:patients?|results?|records?|charts?|members?|accounts?|nominees?|vote|users?"
    r"|profiles?|invoices?|claims?|obituar(?:y|ies))/[\w.-]*\d"
    r"|[?&](?:patient|pid|mrn|uid|user|username|acct|account|member|record|chart|customer"
    r"|nhs_?number|email)="
    rf"|{_FILE_TYPE}",
    _I,
)
_SHARE_HOST = lazy.compile(rf"^(?:[\w-]+\.)*(?:{_FILE_SHARING})(?=[./]|$)", _I)
_FILE_END = lazy.compile(_FILE_TYPE, _I)
# A path segment or query value that names one thing: letters and digits mixed (six or
# more), or five digits and more.
_TOKEN = lazy.compile(
    r"(?<=[/=])(?=[\w-]{6,})(?=[\w-]*[A-Za-z])(?=[\w-]*\d)[\w-]+|(?<![\w.])\d{5,}(?![\w.])"
)
# The parts of a path that a page named after a person is made of: "amelia-hart-transplant",
# "TeamDannyVsLymphoma", "priya.k.runs".
_SLUG_WORD = lazy.compile(r"[A-Z]?[a-z]+")
# A video's page is anyone's, unless the sentence says whose it is: "my", "her", "Dad's".
_VIDEO_HOST = lazy.compile(
    r"^(?:[\w-]+\.)*(?:" + "|".join(re.escape(host) for host in sorted(lx.VIDEO_HOSTS)) + r")$",
    _I,
)
_WHOSE_BEFORE = lazy.compile(r"\b(?:my|his|her|their|\w+['’]s)\b[^.!?\n]{0,60}$", _I)
_PUBLIC_HOST = lazy.compile(
    r"(?:\.gov|\.gov\.\w\w|\.nhs\.uk|\.int|\.mil|(?:^|\.)(?:who|cdc|nih|nhs|nice|mayoclinic"
    r"|clevelandclinic|webmd|medlineplus|wikipedia)\.\w+(?:\.\w\w)?)$",
    _I,
)
_TEMPLATE_HOST = frozenset(
    "example.com yourwebsite.com yourdomain.com yoursite.com yourcompany.com yourpractice.com"
    " website.com domain.com".split()
)


def _host_and_path(url: str) -> tuple[str, str]:
    rest = re.sub(r"^(?:https?://)?", "", url, flags=_I)
    host, _, path = rest.partition("/")
    return host.lower().removeprefix("www."), "/" + path


def _names_someone(path: str) -> bool:
    """A path with a given name and, after it, a family name, a word that is no English
    word or a number in the same slug ("ruth-bello-2024", "amelia-hart-transplant"); not a
    name that is also an acronym or a word before a plain word ("ada-library")."""
    for segment in re.split(r"[/?&#=]+", path):
        words = [w.lower() for w in _SLUG_WORD.findall(segment)]
        if len(words) < 2:
            continue
        numbered = any(c.isdigit() for c in segment)
        for w, after in zip(words, words[1:], strict=False):
            if len(w) < 3 or w not in lx.GIVEN_NAMES or w in lx.AMBIGUOUS_NAMES:
                continue
            if numbered or after in lx.SURNAMES or after not in lx.english_words():
                return True
    return False


def _not_a_persons_link(text: str, m: re.Match[str], ctx: PracticeContext) -> bool:
    """A link that shares no one's file or meeting and names no one (``url.persons_link``):
    a public page, an agency's or the practice's own; a template's ``yourwebsite.com``."""
    url = m.group(0)
    host, path = _host_and_path(url)
    if host in _TEMPLATE_HOST or any(own and own in host for own in ctx.own_domains):
        return True
    if _PUBLIC_HOST.search(host):
        return True
    if _SHARED.search(url) and _TOKEN.search(path):
        return False
    if _SHARE_HOST.match(host) and _FILE_END.search(path):
        return False
    if _VIDEO_HOST.match(host) and _WHOSE_BEFORE.search(text, max(0, m.start() - 80), m.start()):
        return False
    return not (path != "/" and _names_someone(path))


# Family names of Korea, China, Taiwan and Vietnam as they are romanised, written beside a
# given name of two syllables joined by a hyphen ("Ji-woo Park", "Park Ji-woo", "Mei-ling
# Tan"): most are English words too (Park, Song, Moon), so the hyphenated given name is
# what says a name.
_EAST_ASIAN_FAMILY = frozenset(
    "kim lee yi park pak choi choe jung jeong chung kang cho jo yoon yun jang chang lim im"
    " han oh seo suh shin sin kwon hwang ahn an song yoo yu hong jeon chun ko go moon mun"
    " yang son sohn bae baek paek heo hur nam noh roh ha kwak sung cha joo ju woo min ryu"
    " yoo na jin chen wang li zhang liu huang zhao wu zhou xu sun ma zhu hu guo he lin luo"
    " gao zheng liang xie tang feng deng cao peng zeng xiao tian dong pan yuan cai jiang du"
    " ye cheng wei su lu ding ren shen yao tan lim goh ng ong teo wong lau chan cheung leung"
    " ho chow tsang lam kwok yip fong mak tse nguyen tran le pham hoang huynh phan vu vo"
    " dang bui do ngo duong ly".split()
)
# The second part of an English word written with a hyphen ("Follow-up", "Walk-in",
# "X-ray", "Check-up"): no syllable of a given name.
_COMPOUND_ENDS = frozenset(
    "up in on off out over by back down away through care day days time times ray rays"
    " mail fi hop pop like based free friendly year years old term wide known made led"
    " related op ops".split()
)
# The first part of an English word written with a hyphen ("Pre-op", "Self-care").
_COMPOUND_STARTS = frozenset(
    "pre post non anti co re self ex x e t semi multi mid well all half high low long short"
    " full part old new sign check walk drop pick follow log set".split()
)
_HYPHENATED = lazy.compile(r"([A-Za-z]+)-([a-z]+)")


def _not_a_hyphenated_given_name(text: str, m: re.Match[str], ctx: PracticeContext) -> bool:
    """``name.hyphenated_given``: a given name of two syllables joined by a hyphen beside a
    family name (on the surname list, or one of East Asia's), not an English word written
    with a hyphen ("Follow-up Park" is no one)."""
    words = m.group("name").split()
    given = next((w for w in words if "-" in w), "")
    parts = _HYPHENATED.fullmatch(given)
    if parts is None:
        return True
    first, second = parts.group(1).lower(), parts.group(2)
    if second in _COMPOUND_ENDS or first in _COMPOUND_STARTS or len(first) > 6 or len(second) > 6:
        return True
    if f"{first}-{second}" in lx.english_words() or f"{first}{second}" in lx.english_words():
        return True
    family = next(w for w in words if w is not given).lower()
    return family not in _EAST_ASIAN_FAMILY and family not in lx.SURNAMES


# -- recall round two (guard-recall, 2026-12-03) ---------------------------------------

# A name's sentence that says what is the matter with someone: a place, a firm or a word
# cannot be allergic, diabetic or on insulin; it can "have" asthma rates, so after "has" a
# town is taken for a town.
# (guard-recall2) What only a person has: "Precious has a fever", "Hope's got lice".
_ONLY_A_PERSON_HAS = lazy.compile(
    r"(?:[ \t]+has|[ \t]+had|[ \t]+has[ \t]+had|['’]s[ \t]+got|[ \t]+has[ \t]+got)[ \t]+(?:a[ \t]+|an[ \t]+)?"
    r"(?:\w+[ \t]+)?(?:fever|temperature|rash|cough|lice|nits|chickenpox|measles|mumps|tonsillitis"
    r"|ear[ \t]+infection|toothache|abscess|cavity|cavities|asthma|eczema|diabetes|covid|flu"
    r"|strep|conjunctivitis|pink[ \t]+eye|hand,?[ \t]+foot)\b",
    _I,
)
_ONLY_A_PERSON_IS = lazy.compile(
    r"[ \t]+(?:is|was|has[ \t]+been|had[ \t]+been|just[ \t]+got|got)[ \t]+(?:\w+[ \t]+)?"
    r"(?:allergic|pregnant|diabetic|asthmatic|epileptic|autistic|ana?emic|diagnosed|admitted"
    r"|hospitali[sz]ed|discharged|teething|on[ \t]+(?:insulin|warfarin|chemo|dialysis"
    r"|antibiotics|steroids|methotrexate|blood[ \t]+thinners|metformin))\b",
    _I,
)


def _not_a_patient_subject(text: str, m: re.Match[str], ctx: PracticeContext) -> bool:
    """``name.health_subject``, ``name.message_for``, ``name.addressed_with_care``: the word
    that opens the sentence is no one ("Diabetes is…", "Mum has…", "Monday's reminder"): an
    everyday English word that is no given name, a month or a weekday, a word of the health
    lexicon, or a town said to "have" a condition ("Leeds has high asthma rates"; "Brooklyn
    is allergic to penicillin" is a person: a town is never allergic)."""
    word = m.group("name").split()[0]
    lower = word.lower().removesuffix("'s").removesuffix("’s")
    if lower in lx.MONTHS or lower in lx.WEEKDAYS or lower in lx.TITLES:
        return True
    if lower in lx.RELATION_WORDS or lower in lx.STAFF_WORDS or lower in lx.ORG_SUFFIXES:
        return True
    if lower in lx.english_words() and lower not in lx.GIVEN_NAMES:
        # (guard-recall2) a given name that is also a word ("Precious", "Hope") is a person
        # when only a person can have what is said: "Precious has a fever"
        if not (lower in lx.AMBIGUOUS_NAMES and _ONLY_A_PERSON_HAS.match(text, m.end("name"))):
            return True
    if lower in lx.HEALTH_TERMS:
        return True
    if lower in lx.place_names() and not (
        lower in lx.GIVEN_NAMES and _ONLY_A_PERSON_IS.match(text, m.end("name"))
    ):
        return True
    return False


# The writer's relative, before their school or workplace in the sentence ("My sister
# attends …", "My son's school, …", "our daughter works at …").
_RELATIVE_BEFORE = lazy.compile(
    r"\b(?:my|our|his|her|their)[ \t]+(?:[\w-]+[ \t]+)?(?:"
    + "|".join(
        sorted(
            w
            for w in lx.RELATION_WORDS - {"patient", "patients", "partner"}
            if w.isalpha() and len(w) > 2
        )
    )
    + r")s?['’]?s?\b"
    # a family word with its possessive needs no "my": "Mum's care home", "Grandad's work"
    + r"|\b(?:mum|mom|mam|dad|nan|nana|gran|grandma|grandad|grandpa|granny|mama|papa)['’]s\b",
    _I,
)
_SENTENCE_END = lazy.compile(r"[.!?\n]")


def _not_a_relatives_place(text: str, m: re.Match[str], ctx: PracticeContext) -> bool:
    """``facility.relatives_school_or_work``: no family word ("my son", "our daughter", "her
    husband") before the place in its sentence, so it is a provider's, a firm's or the
    news's school or workplace ("Dr. Ahmed trained at King's College")."""
    start = m.start()
    left = max(0, start - 120)
    ends = [cut.end() for cut in _SENTENCE_END.finditer(text, left, start)]
    return _RELATIVE_BEFORE.search(text, ends[-1] if ends else left, start) is None


VETOES = (
    _not_a_persons_link,
    _not_a_hyphenated_given_name,
    _not_a_patient_subject,
    _not_a_relatives_place,
)
