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
# The hosts of video meetings (Zoom, Meet, Teams, Whereby, doxy.me, Webex).
_MEETING_HOSTS = r"zoom\.us|meet\.google|teams\.microsoft|teams\.live|whereby|doxy|webex"
_SHARED = lazy.compile(
    rf"^(?:https?://)?(?:[\w-]+\.)*(?:{_FILE_SHARING}|box|{_MEETING_HOSTS}|flickr|vimeo|loom)"
    r"(?=[./]|$)"
    r"|^(?:https?://)?(?:share|files?|docs|uploads?|download|viewer|transfer)[\w-]*\."
    # (urls55) a portal's, a meeting's or an account's host: "portal.clinic.com/r/AN-58211",
    # "meet.example-physio.de/b-adler-2711", "myaccount.citywater.example/u/88213"
    r"|^(?:https?://)?(?:portal|patientportal|myaccount|meet|telehealth|track|tracking)[\w-]*\."
    r"|/(?:s|d|j|sh|share|shared|file|files|view|download|folders?|album|invite|letters?"
    r"|discharge|reports?|scans?|images?)(?:/|\?|$)"
    # a person's record, account, nomination or obituary by its number
    r"|/(?:patients?|results?|records?|charts?|members?|accounts?|nominees?|vote|users?|u|r"
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
# A business's page where anyone leaves it a review (Google's short link, its write-review
# page, Yelp's): the practice's, no one's.
_REVIEW_PAGE = lazy.compile(
    r"^g\.page/|/review/?(?:$|[?#])|writereview|writeareview|/reviews?/new\b", _I
)
# (read 143-146) A meeting's code of letters alone, as Google Meet gives it ("abc-defg-hij").
_MEETING_CODE = lazy.compile(r"(?<=/)[a-z]{3}-[a-z]{4}-[a-z]{3}(?![\w-])")
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
    name that is also an acronym or a word before a plain word ("ada-library"), unless a
    family name and a number follow it ("grace-owusu-7731")."""
    for segment in re.split(r"[/?&#=]+", path):
        words = [w.lower() for w in _SLUG_WORD.findall(segment)]
        if len(words) < 2:
            continue
        numbered = any(c.isdigit() for c in segment)
        for w, after in zip(words, words[1:], strict=False):
            if len(w) < 3 or w not in lx.GIVEN_NAMES:
                continue
            if w in lx.AMBIGUOUS_NAMES and (after not in lx.SURNAMES or not numbered):
                continue  # (numdates40) "grace-owusu-7731" is a person's; "hope-house" no one's
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
    if _REVIEW_PAGE.search(host + path):
        return True  # (read 143-146) a business's page for reviews: "g.page/r/CdXk…/review"
    if _SHARED.search(url) and (_TOKEN.search(path) or _MEETING_CODE.search(path)):
        return False
    if _SHARE_HOST.match(host) and _FILE_END.search(path):
        return False
    if _VIDEO_HOST.match(host) and _WHOSE_BEFORE.search(text, max(0, m.start() - 80), m.start()):
        return False
    return not (path != "/" and _names_someone(path))


# (numdates40) The reader told a link is theirs, in the words before it: "your telehealth
# link is …", "Sent you the imaging link: …", "here's ur results link". A share, a meeting
# or a page named after someone, handed to one person, is that person's.
_READERS_LINK_BEFORE = lazy.compile(r"\b(?:your|ur|you|u)\b[^.!?\n]{0,60}$", _I)
# A link handed to everyone: a class's, a webinar's, an event's, or one "we" hold for "all".
_OPEN_TO_ALL = lazy.compile(
    r"\b(?:webinar|workshop|class|seminar|event|livestream|live[ \t]+stream|open[ \t]+day"
    r"|info(?:rmation)?[ \t]+session|talk|everyone|anyone|all|public|free)\b",
    _I,
)


# (urls55) A short message that greets one person by name and speaks to them: "Hi Anh
# Nguyen, your lab results from Nov 20 are ready. Log in at …", "Welcome Sung-min Lee, your
# patient ID is …". A link in it is handed to that reader, whatever sentence it stands in.
_GREETS_ONE_READER = lazy.compile(
    r"^\W{0,3}(?:hi|hello|hey|dear|welcome|thanks|thank[ \t]+you|congrats|congratulations"
    r"|good[ \t]+(?:morning|afternoon|evening))[ \t,]+(?:(?:mr|mrs|ms|miss|dr)\.?[ \t]+)?"
    r"[A-Z][\w'’-]+",
    _I,
)
_TO_THE_READER = lazy.compile(r"\b(?:your|ur|you)\b", _I)
_GREETED_MESSAGE_LONGEST = 320
# (read 143-146) A video meeting's host (``_MEETING_HOSTS``, or a clinic's own meet. or
# telehealth. host) ...
_MEETING_HOST = lazy.compile(
    rf"^(?:[\w-]+\.)*(?:{_MEETING_HOSTS})(?=[./]|$)|^(?:meet|telehealth|video)[\w-]*\.", _I
)
# ... and the reader's own visit, call or session, said earlier in a short message.
_YOUR_VISIT_BEFORE = lazy.compile(
    r"\b(?:your|ur)[ \t]+(?:[\w-]+[ \t]+){0,2}?(?:consult(?:ation)?|visit|appointment|appt"
    r"|session|call|check-?in|review|follow-?up|meeting)\b",
    _I,
)
# (urls55) The reader spoken to just after the link in a short message: "Message from
# https://patientportal.example.org/u/… — "Kaleo, your x-rays are ready."", "Visit
# https://portal…/u/88213 to update your details", "… - you can join early"; not "for
# your area" or "your family", said to anyone.
_READERS_LINK_AFTER = lazy.compile(
    r"[^\n]{0,60}?(?:\b(?i:you|u)\b(?![ \t]+(?:all|guys|folks))|[A-Z][\w'’-]+,[ \t]+(?:your|ur)\b"
    r"|\bto[ \t]+(?:view|see|update|check|open|download|pay|sign|confirm)[ \t]+(?:your|ur)\b)"
)


def _not_given_to_its_reader(text: str, m: re.Match[str], ctx: PracticeContext) -> bool:
    """``url.readers_link``: a link no "your", "you" or "u" just before (or, in a short
    message, just after) hands to the reader, in a message that greets no one reader by
    name and speaks to them; or one a class, a webinar or an event hands to everyone ("Join
    your free webinar at …"). Which links are a person's is ``_not_a_persons_link``'s to
    say."""
    before = max(0, m.start() - 80)
    if _READERS_LINK_BEFORE.search(
        text, before, m.start()
    ) is None and not _given_in_a_short_message(text, m):
        return True
    return _OPEN_TO_ALL.search(text, before, min(len(text), m.end() + 60)) is not None


def _given_in_a_short_message(text: str, m: re.Match[str]) -> bool:
    """(urls55) A message of at most ``_GREETED_MESSAGE_LONGEST`` characters that greets one
    reader by name and says "your" or "you" ("Hi Anh Nguyen, your lab results … are ready.
    Log in at <link>"), or says it just after the link ("<link> — "Kaleo, your x-rays are
    ready.""): the link is that reader's."""
    if len(text) > _GREETED_MESSAGE_LONGEST:
        return False
    if _READERS_LINK_AFTER.match(text, m.end()) is not None:
        return True
    # (read 143-146) a reminder that says whose visit it is, then the meeting to join: "Your
    # telehealth consult with Dr. Benoit starts at 14:00. Join here: https://zoom.us/j/…"
    if (
        _MEETING_HOST.match(_host_and_path(m.group(0))[0]) is not None
        and _YOUR_VISIT_BEFORE.search(text, 0, m.start()) is not None
    ):
        return True
    return _GREETS_ONE_READER.match(text) is not None and _TO_THE_READER.search(text) is not None


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
    if lower in lx.INTERJECTIONS:
        return True  # (clean79) "Ouch, hope you feel better soon!"
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
    + r"|\b(?:mum|mom|mam|dad|nan|nana|gran|grandma|grandad|grandpa|granny|mama|papa)['’]s\b"
    # (addresses59) the writer's parent as the sentence's subject ("Mum fell at her care
    # home, …"), and one person's own home right before its kind ("she's happy at her
    # nursing home, The Beeches")
    + r"|(?:^|(?<=[.!?\n]))[ \t]*(?:mum|mom|mam|dad|nan|nana|gran|grandma|grandad|grandpa|granny)\b"
    + r"|\b(?:my|his|her|their)[ \t]+$",
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


# (guard-recall7) A family name, a comma and the given name or an initial, as a list, a
# table, a label or a wristband writes a person ("08:30 Sahin, Ayse", "chair 2 Wong, T.",
# "Hasta: Yılmaz, Elif", "It says FOLAU, SEMISI"): an entry starts where the name starts (a
# line, a cell, a field's colon, a dash, a slash, a quote, a time or a number
# such as a bed's or a chair's) and ends where it ends (the same marks, a number, a code in
# capitals, or one word in lower case before them: "Dobrowolski, P renal /"). A name
# written in capitals needs no such edges: prose writes no "BAKER, JOHN".
_ENTRY_BEFORE = lazy.compile(
    r"(?:^|[\n|;/:\t\"“—–]|\s-|[\d.:]\d\d|\d[ \t]?(?i:am|pm)|(?<!\S)\d{1,2}[.)]"
    r"|\b(?i:bed|bay|chair|room|token|slot|cubicle)[ \t]*\d{1,3}[A-Za-z]?"
    r"|\b(?i:patient|pt|name|reads|says|said))[ \t\"“]*$"
)
_ENTRY_AFTER = lazy.compile(
    r"(?:[ \t]+[a-z]{2,12})?[ \t]*(?:$|[\n|/;—–)\]\"”:]|\.(?:\s|$)|-[ \t]|\d|[A-Z]{2,}\b|[A-Z]\.[A-Z]"
    # a comma only before a number or a code ("HERNANDEZ, LUIS A, DOB"), not a series
    r"|,[ \t]*(?:\d|[A-Z]{2,}\b))"
)
_CITED_AFTER = lazy.compile(
    r"[ \t]*(?:[.,][ \t]*)?(?:\(?(?:19|20)\d\d\b|et[ \t]+al\b|&|(?:[A-Z][\w'’-]+,[ \t]?[A-Z]\.))"
)
_NUMBER_OR_CODE_AFTER = lazy.compile(r"[ \t]*(?:\d|[A-Z]{2,}\b)")
_NAME_WORD = lazy.compile(r"[^\W\d_]+(?:['’-][^\W\d_]+)*")


# Letters no name is written with: no vowel, or three consonants in a row ("ADHD", "PTSD").
_NO_NAME_LETTERS = lazy.compile(r"^[^aeiouyà-ÿ]+$|[bcdfghjklmnpqrstvwxz]{3}", re.IGNORECASE)


# A drug's or a brand's ending ("Valium", "Advil", "Lyrica" is no such word but
# "Celebrex" is): a word on no name list that ends so is no one's name.
_DRUG_ENDING = lazy.compile(
    rf"(?:{lx.DRUG_ENDINGS}"
    r"|mol|nol|zole|lax|zyme|vax|cort|sone|lone|ine|ide|ate|ium|ex|ix|yl|ol|care"
    # and a street's or a square's ("Bismarckplatz, Hauptstraße 1")
    r"|stra(?:ss|ß)e|platz|gasse|weg|laan|straat|gade|vej|gatan|vägen)$"
)


def _no_name_word(lower: str, *, abroad: bool = True) -> bool:
    """A word on no name list that is a health word, an organisation's word, a common word
    of another language ("Uhr, Freitag") or has a drug's or a brand's ending ("Valium",
    "Tylenol", "Maxicare"); ``abroad=False`` leaves out the other languages' words, which
    hold given names ("Wilhelm", "Pedro")."""
    return (
        lower in lx.HEALTH_SINGLE_WORDS
        or lower in lx.ORG_SUFFIXES
        or (abroad and lower in lx.other_language_words())
        or _DRUG_ENDING.search(lower) is not None
    )


def _a_family_word(word: str) -> bool:
    """A word a family name is written as (``lexicon.reads_as_family_name``: on the family-name
    list, or no everyday English word and no town: "Sahin", "Tupou", "O'Sullivan"; not
    "Lemon", "Reception"), no title and no health, organisation or drug word; written in
    capitals and on no list, a word of three letters or more that reads as a word ("FOLAU";
    not "ADHD", "PTSD", "ASD")."""
    lower = word.lower()
    if word.isupper() and lower not in lx.SURNAMES and lower not in lx.GIVEN_NAMES:
        if len(word) < 4 or _NO_NAME_LETTERS.search(word):
            return False
    if lower in lx.TITLES or (lower not in lx.SURNAMES and _no_name_word(lower)):
        return False
    return lx.reads_as_family_name(word)


def _a_given_word(word: str) -> bool:
    """A given name: on the given-name list, or no everyday English word ("Ayse", "Tolu";
    not "Lab", "Monday")."""
    lower = word.lower()
    if lower in lx.COMMON_CAPITALIZED or lower in lx.MONTHS or lower in lx.WEEKDAYS:
        return False
    if word.isupper() and lower not in lx.GIVEN_NAMES and lower not in lx.SURNAMES:
        if len(word) < 4 or _NO_NAME_LETTERS.search(word):
            return False
    if lower not in lx.GIVEN_NAMES and _no_name_word(lower, abroad=False):
        return False
    return lower in lx.GIVEN_NAMES or lower not in lx.english_words()


def _not_a_family_name_first(text: str, m: re.Match[str], ctx: PracticeContext) -> bool:
    """``name.surname_comma_given``: not a family name and a given name or an initial
    written as an entry of a list, a table or a label: a word before the comma that no
    family name is ("Lemon, Rose", "Reception, Lab"), a given part that is an everyday word,
    two towns ("Hamilton, Florence"), everyday English words alone with no number or code
    after them, or a name in a sentence's prose, not at an entry's edges ("Branches:
    Hamilton, Florence and Adelaide")."""
    family, _, given = m.group("name").partition(",")
    family_words = _NAME_WORD.findall(family)
    given_words = [w for w in _NAME_WORD.findall(given) if len(w) > 1]
    if not family_words or not all(_a_family_word(w) for w in family_words):
        return True
    if not all(_a_given_word(w) for w in given_words):
        return True
    words = [w.lower() for w in family_words + given_words]
    places = lx.place_names()
    if all(w in places for w in words):
        return True
    if any(w.lower() in places and w.lower() not in lx.GIVEN_NAMES for w in given_words):
        return True  # "— Thandeka, Soweto": a name signed with the town after it
    if _CITED_AFTER.match(text, m.end("name")):
        return True  # "Smith, J. 2019.", "Smith, J., Brown, K. (2020)": an author cited
    in_capitals = m.group("name").isupper() and len(given_words) > 0
    before = text[max(0, m.start("name") - 24) : m.start("name")]
    after = _ENTRY_AFTER.match(text, m.end("name"))
    common = lx.english_words()
    edges = (_ENTRY_BEFORE.search(before) is not None) + (after is not None)
    # in capitals, one edge is enough ("It says FOLAU, SEMISI and then …"; not "SORRY
    # ABOUT YOUR DRY SOCKET, ASHLEY!")
    if edges < (1 if in_capitals else 2):
        return True
    if edges < 2 and any(w.lower() in common for w in family_words):
        return True  # "14TH CROSS, INDIRANAGAR 560038": an address's words in capitals
    if not given_words:
        # an initial: "Wong, T.", "Baker, J.", "Dobrowolski, P renal" (not "Hope, I" of a
        # sentence, nor "Ward, B 12 beds": an everyday word before a letter with no dot)
        if not given.strip().endswith(".") and any(w.lower() in common for w in family_words):
            return True
        return given.strip() == "I"
    if all(w in common for w in words):
        # "Baker, John", "Kelly, Grace": words of a sentence too, so a record's number,
        # date or code must follow ("BAKER, JOHN 0044", "Kelly, Grace DOB")
        return _NUMBER_OR_CODE_AFTER.match(text, m.end("name")) is None
    return False


VETOES = (
    _not_a_persons_link,
    _not_given_to_its_reader,
    _not_a_hyphenated_given_name,
    _not_a_patient_subject,
    _not_a_relatives_place,
    _not_a_family_name_first,
)
