"""Vetoes of people a post names because they are public, not private (issue 14,
guard-fame): people in the public eye, in history and on a book's cover, and the ages and
days of public things. Each reads a general frame English gives such a person, not a list of
this corpus's people, and stands down when the writer's, a patient's or a family's word is
in the sentence ("our patient, Irish boxer …", "my gran … turned 99"):

- ``fame.descriptor_before``: a nationality or a fame word, then a trade of public life,
  right before the name ("Ghanaian boxer Kwesi Mensah", "World champion cyclist …",
  "Brazilian footballer …"); not "our patient, the boxer Liam Doherty";
- ``fame.descriptor_beside``: an honour of a country said of the name ("… is Ghana's
  national hero", "Australian of the Year 2025, …", "the Nobel laureate", "Olympic champion");
- ``fame.memorial``: a statue, a plaque or a street named after the name ("A statue of …",
  "named after …", "the … Memorial Lecture");
- ``fame.works_author``: the author of a work in quotes ("Priya Raman's \"Blue Hours\"",
  "\"Why We Sleep\" by Matthew Walker", "a new book by …");
- ``fame.historic_life`` (dates and places): a birth date more than 90 years ago in a
  sentence of remembrance or history ("Today we remember Dr …, born 9 April 1929 in Dunedin,
  whose foundation …"), or before 1900 ("born on 12 May 1820 in Paisley"), and its places;
- ``fame.public_age`` (ages): an age over 89 of a thing ("Happy 100th birthday to the
  practice building", "our practice turns 95"), of someone with an honour title ("Sir …
  turned 99"), or of someone unnamed in the news ("a 101-year-old pensioner told the BBC").
"""

from __future__ import annotations

import datetime
import re
from collections.abc import Callable
from functools import lru_cache

from medsocial_tui.compliance import lazy
from medsocial_tui.compliance import lexicon as lx
from medsocial_tui.compliance.findings import Finding
from medsocial_tui.compliance.text import sentence_around

_I = re.IGNORECASE

# The writer's, a patient's or a family's people in the sentence: the name, the date, the
# age may be theirs, whatever frame is around it.
_PRIVATE = lazy.compile(
    # ("the father of modern dentistry", "Mother of the Nation" are honours, not kin)
    r"\b(?:my|mine|patient|patients|client|clients|mum|mom|dad|son|daughter"
    r"|(?:mother|father)(?![ \t]+of[ \t]+(?:the[ \t]+)?(?:nation|modern|[a-z]+ry\b))"
    r"|wife|husband|child|baby|grand\w+|gran|granny|nan|nana|aunt|auntie|uncle|brother"
    r"|sister|cousin|neighbou?r|friend|partner|admitted|discharged|dob|d\.o\.b)\b",
    _I,
)


def _private_in_sentence(text: str, f: Finding) -> bool:
    left, right = sentence_around(text, f.start, f.end)
    return _PRIVATE.search(text, left, right) is not None


_DEMONYM = r"(?:" + "|".join(d.replace("-", r"[ \t-]") for d in lx.DEMONYMS) + r")"
# Words of fame before a trade: "world champion", "Olympic", "legendary", "best-selling".
_FAME_ADJECTIVES = (
    r"world|olympic|paralympic|commonwealth|legendary|famous|celebrated|renowned|acclaimed"
    r"|award-winning|prize-winning|best-?selling|iconic|nobel|oscar-winning|grammy-winning"
    r"|pioneering|trailblazing|superstar"
    r"|gold[ \t-]medal(?:l?ist|[ \t-]winning)?|record-breaking|[A-Z][\w-]+-born"
)
# Trades of public life: sport, the arts, letters, exploration, broadcasting.
_PUBLIC_TRADES = (
    r"boxers?|sprinters?|runners?|marathoners?|cyclists?|swimmers?|divers?|rowers?|sailors?"
    r"|footballers?|cricketers?|batsman|batter|bowler|golfers?|jockeys?|skiers?|snowboarders?"
    r"|skaters?|surfers?|gymnasts?|wrestlers?|weightlifters?|athletes?|sprint[ \t]+queen"
    r"|(?:rugby|tennis|football|soccer|basketball|hockey|netball|badminton|chess|polo"
    r"|volleyball|squash|table[ \t]+tennis|darts|snooker)[ \t]+(?:player|star|legend|captain"
    r"|great|champion|icon)s?|all[ \t-]blacks?|hurdlers?|jumpers?|decathletes?|heptathletes?"
    r"|fighters?|martial[ \t]+artists?|racing[ \t]+drivers?|mountaineers?"
    r"|climbers?|explorers?|adventurers?|astronauts?|cosmonauts?|aviators?"
    r"|novelists?|authors?|writers?|poets?|playwrights?|essayists?|journalists?"
    r"|broadcasters?|presenters?|commentators?|singers?|songwriters?|singer-songwriters?"
    r"|rappers?|musicians?|pianists?|violinists?|guitarists?|drummers?|composers?"
    r"|conductors?|actors?|actress(?:es)?|comedians?|film-?makers?|directors?"
    r"|painters?|sculptors?|artists?|photographers?|architects?|designers?|dancers?"
    r"|ballerinas?|choreographers?|scientists?|physicists?|chemists?|biologists?"
    r"|inventors?|philanthropists?|activists?|campaigners?|statesman|stateswoman"
    r"|politicians?|icons?|legends?|greats?|champions?|medall?ists?|olympians?|paralympians?"
    r"|stars?|celebrit(?:y|ies)|chefs?|tv[ \t]+chefs?|celebrity[ \t]+chefs?"
    r"|physicians?|surgeons?|epidemiologists?|virologists?|researchers?|economists?"
    r"|philosophers?|historians?|mathematicians?|engineers?|entrepreneurs?|businessman"
    r"|businesswoman|billionaires?|diplomats?|monarchs?|ballet[ \t]+dancers?"
)
_TITLE_WORDS = r"(?:(?:Dr|Sir|Dame|Prof|Professor|Lord|Lady)\.?[ \t]+)?"
# A sport's star, legend or icon needs no word of fame before it: "football legend Pelé".
_SPORT_FAME = (
    r"(?:rugby|tennis|football|soccer|basketball|hockey|netball|cricket|boxing|golf|chess"
    r"|athletics|olympic|racing|cycling|swimming)[ \t]+(?:star|legend|icon|great|hero)"
)
# A fame descriptor and the title a name may have after it: "Ghanaian boxer", "football
# legend", "Brazilian physician Dr." (read by _DESCRIPTOR_BEFORE and _DESCRIBED_NAME).
_DESCRIPTOR = (
    r"(?:(?<![\w-])(?:" + _DEMONYM + r"|" + _FAME_ADJECTIVES + r")[ \t]+"
    r"(?:[\w-]+[ \t]+){0,2}?(?:"
    + _PUBLIC_TRADES
    + r")|\b"
    + _SPORT_FAME
    + r")[ \t]*,?[ \t]*"
    + _TITLE_WORDS
)
_DESCRIPTOR_BEFORE = lazy.compile(
    _DESCRIPTOR
    # a name's first words another finder left out ("footballer Ana Beatriz Souza")
    + r"(?:(?-i:[A-Z][\w'’-]*|ap|ab|de|da|do|dos|das|di|del|della|van|von|der|den|bin|binti"
    r"|al|el|le|la|du|mac|ó|ní|wa)[ \t]+){0,3}$",
    _I,
)


def _a_fame_descriptor_before(text: str, f: Finding) -> bool:
    """``fame.descriptor_before``: "Ghanaian boxer Kwesi Mensah", "World champion cyclist
    Marta Bastianelli", "Brazilian footballer Ana Beatriz Souza": a nationality or a word of
    fame, then a trade of public life, right before the name; not "our patient, the boxer
    Liam Doherty" (no such word) or "my son, a Kenyan runner, …" (someone's own)."""
    if _DESCRIPTOR_BEFORE.search(text, max(0, f.start - 70), f.start) is None:
        return False
    return not _private_in_sentence(text, f)


# An honour a country or the world gives, said beside the name: "Ghana's national hero",
# "Australian of the Year 2025", "the Nobel laureate", "the Olympic champion".
_HONOUR = lazy.compile(
    r"\bnational[ \t]+(?:hero(?:ine)?|treasure|icon|poet|idol|legend|living[ \t]+treasure)"
    r"|\b(?:" + _DEMONYM + r"|young[ \t]+\w+|senior[ \t]+\w+"
    r"|(?-i:(?:New[ \t]+|South[ \t]+)?[A-Z][a-z]+er))[ \t]+of[ \t]+the[ \t]+year\b"
    r"|\bnobel[ \t]+(?:laureate|prize[ \t]+winner|prize-winning|peace[ \t]+prize)"
    r"|\b(?:olympic|paralympic|commonwealth|world)[ \t]+(?:gold[ \t]+)?(?:champion|medall?ist"
    r"|record[ \t]+holder|gold)"
    r"|\bpoet[ \t]+laureate\b|\bfather[ \t]+of[ \t]+(?:the[ \t]+)?(?:nation|modern)\b"
    r"|\bmother[ \t]+of[ \t]+(?:the[ \t]+)?nation\b|\bfounding[ \t]+father",
    _I,
)
_HONOUR_REACH = 60


def _a_fame_descriptor_beside(text: str, f: Finding) -> bool:
    """``fame.descriptor_beside``: "Kofi Boateng is Ghana's national hero", "Australian of
    the Year 2025, Neale Daniher, has raised millions": an honour of a country or of the
    world within a few words of the name, in a sentence of no one's own."""
    left, right = sentence_around(text, f.start, f.end)
    lo, hi = max(left, f.start - _HONOUR_REACH), min(right, f.end + _HONOUR_REACH)
    if _HONOUR.search(text, lo, hi) is None:
        return False
    return _PRIVATE.search(text, left, right) is None


# An honour title the name finder kept in the name: "thank you, Dame Aroha!".
_HONOUR_OPENS = lazy.compile(r"(?:Sir|Dame|Lord|Baroness|Baron|Viscount|Viscountess)[ \t]+[A-Z]")


def _titled_by_an_honour(text: str, f: Finding) -> bool:
    """``fame.descriptor_before`` (in the name): "Dame Aroha Tuhoe opened our new room:
    thank you, Dame Aroha!": a name that opens with an honour a country gives is a public
    figure's; not "my aunt Dame Olwen Price is 96" (someone's own in the sentence)."""
    if _HONOUR_OPENS.match(text, f.start, f.end) is None:
        return False
    return not _private_in_sentence(text, f)


# A memorial to the name or a thing named after them: "a statue of …", "named after …",
# "a blue plaque to …", "the … Memorial Lecture".
_MEMORIAL_BEFORE = lazy.compile(
    r"\b(?:(?:statue|bust|monument|memorial|mural|portrait|plaque|blue[ \t]+plaque)s?"
    r"[ \t]+(?:of|to|for|honou?ring)|named[ \t]+(?:after|for|in[ \t]+honou?r[ \t]+of)"
    r"|in[ \t]+honou?r[ \t]+of[ \t]+the[ \t]+late|erected[ \t]+(?:to|for|in[ \t]+memory[ \t]+of))"
    r"[ \t]+(?:the[ \t]+)?(?:[\w-]+[ \t]+)?" + _TITLE_WORDS + r"$",
    _I,
)
_MEMORIAL_AFTER = lazy.compile(
    r"(?:['’]s)?[ \t]+(?-i:Memorial|Foundation|Institute|Prize|Award|Medal|Lecture|Oration"
    r"|Scholarship|Fellowship|Bursary|Statue|Museum)\b"
)


def _a_memorial(text: str, f: Finding) -> bool:
    """``fame.memorial``: "A statue of Margaret Ellison stands outside the hospital",
    "Ellison Street is named after Margaret Ellison", "the Hamid Qureshi Memorial Lecture":
    someone a town honours; not "my dad's portrait of my mum" (someone's own)."""
    if (
        _MEMORIAL_BEFORE.search(text, max(0, f.start - 60), f.start) is None
        and _MEMORIAL_AFTER.match(text, f.end) is None
    ):
        return False
    return not _private_in_sentence(text, f)


# A work's title in quotes beside its author: "Priya Raman's "Blue Hours"", ""Why We Sleep"
# by Matthew Walker", "a new novel by …".
_QUOTE_OPEN = '"“‘«*_'
_QUOTE_CLOSE = '"”’»*_'
_POSSESSIVE_TITLE = lazy.compile(
    r"['’]s[ \t]+(?:new[ \t]+|latest[ \t]+)?[" + _QUOTE_OPEN + r"][A-Z0-9]"
)
_TITLE_THEN_BY = lazy.compile(
    r"(?:[A-Za-z0-9!?.,][" + _QUOTE_CLOSE + r"]|\b(?:book|novel|memoir|biography|autobiography"
    r"|poem|poems|essay|cookbook|album|song|play|film|documentary|podcast|bestseller|paper"
    r"|study|article|series|painting|novella|collection|guide|thriller|classic|series)s?)"
    r"[ \t]*(?:\(\d{4}\)[ \t]*)?,?[ \t]+(?:written[ \t]+|edited[ \t]+)?by[ \t]+"
    + _TITLE_WORDS
    + r"$",
    _I,
)


def _a_works_author(text: str, f: Finding) -> bool:
    """``fame.works_author``: "Priya Raman's "Blue Hours" is on our shelf", ""Why We
    Sleep" by Matthew Walker", "a new novel by Chidi Obi": a work's author; not "a painting
    by my daughter Mia" or "a card by our patient" (someone's own before the name)."""
    if _POSSESSIVE_TITLE.match(text, f.end) is None:
        if _TITLE_THEN_BY.search(text, max(0, f.start - 60), f.start) is None:
            return False
    return _PRIVATE.search(text, max(0, f.start - 40), f.start) is None


# -- dates and places of a life long past ----------------------------------------------------
_NOW = datetime.date.today().year
_YEAR = lazy.compile(r"(?<!\d)(1[5-9]\d\d)(?!\d)")
# A sentence of remembrance or history: "today we remember", "the late", "throwback",
# "local history", "whose foundation", "a statue", "pioneer", "legacy".
_HISTORY = lazy.compile(
    r"\b(?:remember(?:ing|ed)?|in[ \t]+memory|commemorat\w+|the[ \t]+late|history|historic\w*"
    r"|throwback|on[ \t]+this[ \t]+day|legacy|pioneer\w*|founder|founded|foundation|statue"
    r"|named[ \t]+after|centenary|centennial|bicentenary|anniversary|national[ \t]+hero\w*"
    r"|nobel|knighted|legend\w*|famous|renowned|trailblaz\w+|first[ \t]+(?:woman|man|female"
    r"|black|person)|honou?red)\b",
    _I,
)
_BORN = lazy.compile(r"\bborn\b", _I)


def _a_life_long_past_sentence(text: str, f: Finding) -> bool:
    left, right = sentence_around(text, f.start, f.end)
    years = [int(m.group(1)) for m in _YEAR.finditer(text, left, right)]
    if not years or _BORN.search(text, left, right) is None:
        return False
    if _PRIVATE.search(text, left, right) is not None:
        return False
    oldest = min(years)
    if oldest < 1900:
        return True  # "born on 12 May 1820 in Paisley": no living person
    if oldest > _NOW - 90:
        return False
    # remembrance or history; or a public honour's title (a century ago: "Sir Roderick
    # Baines, born 20 July 1919 in Nelson")
    return _HISTORY.search(text, left, right) is not None or (
        oldest <= _NOW - 100 and _HONOUR_TITLE.search(text, left, right) is not None
    )


def _a_historic_life(text: str, f: Finding) -> bool:
    """``fame.historic_life``: "Today we remember Dr Samuel Okafor, born 9 April 1929 in
    Lagos, whose foundation …", "Local history: Agnes McTavish was born on 12 May 1820 in
    Paisley": the birth date and the places of a life more than 90 years ago, told as history
    (before 1900, whatever the sentence says); not "my gran, born 9 April 1929 in Lagos"."""
    return _a_life_long_past_sentence(text, f)


# A street or a place said to be named after someone: "Ellison Street is named after …".
_NAMED_AFTER_AFTER = lazy.compile(
    r"[ \t]*,?[ \t]+(?:is|was|were|are|has[ \t]+been)[ \t]+(?:so[ \t]+|also[ \t]+)?named"
    r"[ \t]+(?:after|for|in[ \t]+honou?r[ \t]+of)\b",
    _I,
)


# A sentence about someone public: a fame descriptor before a capitalised name, or a
# country's honour ("Brazilian physician Oswaldo Cruz led the campaign in Rio de Janeiro").
_DESCRIBED_NAME = lazy.compile(_DESCRIPTOR + r"(?-i:[A-Z])", _I)


def _a_public_persons_place(text: str, f: Finding) -> bool:
    """``fame.public_sentence``: "Brazilian physician Oswaldo Cruz led the campaign against
    yellow fever in Rio de Janeiro", "Irish boxer Liam Doherty won gold in Paris", "Dame
    Whina Cooper led the 1975 land march to Wellington", "a 102-year-old great-grandmother
    in Cork told RTÉ": the places and days of a sentence about someone its fame or an honour
    describes, or someone unnamed in the news, with no one's own in it; not "Our patient,
    Irish boxer Liam Doherty, was seen in Cork on 3 May"."""
    left, right = sentence_around(text, f.start, f.end)
    return _a_public_persons_sentence(text, left, right)


@lru_cache(maxsize=16)
def _a_public_persons_sentence(text: str, left: int, right: int) -> bool:
    """``_a_public_persons_place``'s answer for the sentence ``text[left:right]``, read once
    for all the places and days in it: it reads the sentence alone, and a sentence of
    several places and dates was read for each (speed40: on the speed bands' 600 posts, 442
    calls for 211 sentences; a text that blocks asks again in its second reading)."""
    if (
        _DESCRIBED_NAME.search(text, left, right) is not None
        or _HONOUR.search(text, left, right) is not None
        or _HONOUR_TITLE.search(text, left, right) is not None
    ):
        return _PRIVATE.search(text, left, right) is None
    # news of someone unnamed: "a 102-year-old great-grandmother in Cork told RTÉ …"
    return (
        _NEWS.search(text, left, right) is not None
        and _SOMEONE_UNNAMED.search(text, left, right) is not None
        and _OWNED.search(text, left, right) is None
    )


def _a_place_named_after(text: str, f: Finding) -> bool:
    """``fame.memorial`` (places): "Ellison Street is named after Margaret Ellison, the
    town's first nurse": a street or a place told as named after someone, no one's home."""
    if _NAMED_AFTER_AFTER.match(text, f.end) is None:
        return False
    return not _private_in_sentence(text, f)


# -- ages of public things and people ----------------------------------------------------------
_THINGS = (
    r"practice|clinic|surgery|building|hospital|school|church|chapel|temple|mosque|town"
    r"|city|village|hall|bridge|library|company|firm|business|society|club|charity"
    r"|association|college|university|pharmacy|chemist|shop|store|brand|theatre|theater"
    r"|station|museum|park|institution|centre|center|newspaper|paper|lighthouse|tree|oak"
    r"|house|home|hotel|pub|bakery|restaurant|school|council|railway|market|organisation"
    r"|organization|foundation|trust|team|band|festival|show|magazine|bank|clock|bell|tower"
    r"|organ|ship|boat|car|tram|piano|building|landmark|monument|statue|cathedral|castle"
)
_THINGS_AGE = lazy.compile(
    r"\b(?:happy|celebrat\w+|marks?|marking)[ \t]+(?:the[ \t]+)?\d+(?:st|nd|rd|th)?[ \t]+"
    r"(?:birthday|anniversary)[ \t]+(?:to|of|for)[ \t]+(?:the|our|this|your|[A-Z][\w'’]+)[ \t]+"
    # (guard-replies) up to four words of its name: "the Royal Melbourne Dental Hospital"
    r"(?:[\w'’-]+[ \t]+){0,4}?(?:" + _THINGS + r")s?\b"
    r"|\b(?:the|our|this|your)[ \t]+(?:[\w'’-]+[ \t]+){0,2}?(?:" + _THINGS + r")s?[ \t]+"
    r"(?:turns|turned|is|was|will[ \t]+be|celebrates|celebrated|marks|reaches|reached)[ \t]+"
    r"(?:\w+[ \t]+){0,1}?\d+",
    _I,
)
# An honour title before a capitalised name: "Sir David", "Dame Hinewai", "Lord Coe"; not
# a royal's title, which hospitals take ("Queen Elizabeth Hospital", "Princess Alexandra
# Hospital", "Lady Cilento Children's"), nor one a place named after the person follows
# ("Sir Charles Gairdner Hospital").
_HONOUR_TITLE_RE = lazy.compile(
    r"\b(?-i:Sir|Dame|Lord|Baroness|Baron|Viscount|Viscountess)[ \t]+(?-i:[A-Z])"
)
_PLACE_NAMED_AFTER = lazy.compile(
    r"[\w'’.-]*(?:[ \t]+(?-i:[A-Z][\w'’.-]*)){0,3}[ \t]+(?:children['’]s[ \t]+|memorial[ \t]+|royal[ \t]+)?"
    r"(?:hospital|clinic|centre|center|medical|health|hospice|infirmary|institute|school"
    r"|college|university|ward|unit|home|house|building|wing|library|park|street|road|avenue"
    r"|airport|stadium|bridge)\b",
    _I,
)


class _HonourTitle:
    """``search(text, left, right)``: an honour title before a name in ``text[left:right]``
    that no place named after the person follows."""

    @staticmethod
    def search(text: str, left: int, right: int) -> re.Match[str] | None:
        for m in _HONOUR_TITLE_RE.finditer(text, left, right):
            if _PLACE_NAMED_AFTER.match(text, m.end() - 1, min(len(text), m.end() + 80)) is None:
                return m
        return None


_HONOUR_TITLE = _HonourTitle()


# News that tells of someone unnamed or public: an outlet, a press office, reporters.
_NEWS = lazy.compile(
    r"\b(?-i:BBC|CNN|ABC|NBC|CBS|ITV|RNZ|RTÉ|RTE|NPR|SBS|CBC|Reuters|AFP|Al[ \t]+Jazeera)\b"
    r"|\b(?:press[ \t]+office|told[ \t]+reporters|the[ \t]+broadcaster[ \t]+(?:said|reported))\b",
    _I,
)
# The unnamed person of a report: "a man", "a 102-year-old great-grandmother".
_SOMEONE_UNNAMED = lazy.compile(
    r"\b(?:an?|one|two|three)[ \t]+(?:[\w-]+[ \t]+){0,2}(?:man|woman|person|pensioner"
    r"|great-grand\w+|grand\w+|widow|widower|veteran|resident|centenarian|tourist|driver)\b",
    _I,
)


# The writer's, a patient's or a family's people as a news item does not write them ("a
# 102-year-old great-grandmother" is the news's): a possessive, a patient, a family's names.
_OWNED = lazy.compile(
    r"\b(?:my|patient|patients|client|mum|mom|dad|gran|granny|nan|nana|grandad"
    r"|grandpa|grandma)\b|\b(?:his|her|their)[ \t]+(?:[\w-]+[ \t]+)?(?:mother|father|son"
    r"|daughter|wife|husband|grand\w+|aunt|uncle|sister|brother)\b",
    _I,
)
# No one has lived to 123: an age past it is a thing's.
_OLDEST_LIVING = 122
_NUMBER = lazy.compile(r"\d+")


def _a_public_age(text: str, f: Finding) -> bool:
    """``fame.public_age``: "Happy 100th birthday to the practice building", "Our practice
    turns 95 today" (a thing's age), "Sir Graham Tenterden turned 99 this year" (someone an
    honour title names), "A 101-year-old pensioner spoke to the BBC, the press office said"
    (someone unnamed in the news); not "my gran Edna turned 99 on Tuesday" (someone's own)."""
    left, right = sentence_around(text, f.start, f.end)
    if _OWNED.search(text, left, right) is not None:
        return False
    if (
        _NEWS.search(text, left, right) is not None
        and _SOMEONE_UNNAMED.search(text, left, right) is not None
    ):
        return True
    if _PRIVATE.search(text, left, right) is not None:
        return False
    number = _NUMBER.search(text, f.start, f.end)
    if number is not None and int(number.group()) > _OLDEST_LIVING:
        return True
    for m in _THINGS_AGE.finditer(text, left, right):
        if m.start() <= f.start < m.end() + 20:
            return True
    return _HONOUR_TITLE.search(text, left, right) is not None


# How far before an age a public figure's name may end ("Jimmy Carter, 100, showed us",
# "Betty White was 99 when she died", "Queen Elizabeth II lived to 96").
_FIGURE_REACH = 40


def _a_public_figures_age(text: str, f: Finding) -> bool:
    """``fame.figures_age``: "Jimmy Carter, 100, showed us hospice can be long", "Betty White
    was 99 when she died": the age of a public figure named just before it, in a sentence
    with none of the writer's, a patient's or a family's people ("my gran, like Betty White,
    is 99" is someone's own)."""
    from medsocial_tui.compliance.names import public_figure_in, public_spans

    left, right = sentence_around(text, f.start, f.end)
    begin = max(left, f.start - _FIGURE_REACH)
    spans = public_spans(text)
    if spans is None:
        named = public_figure_in(text[begin : f.start].lower())
    else:
        named = any(begin <= start and end <= f.start for start, end in spans)
    return (
        named
        and _PRIVATE.search(text, left, right) is None
        and _OWNED.search(text, left, right) is None
    )


# (clean8a) A nationality or a language is no one's name: "Congrats to Filipino boxer …",
# "speaks Polish, English and a little German". One word of ``lx.DEMONYMS`` or
# ``lexicon.LANGUAGES``.
NATIONALITY_WORDS = lx.DEMONYM_WORDS | lx.LANGUAGES
# ... spoken or written in: "speaks German", "fluent in Tagalog", "a little Polish"
_SPOKEN_BEFORE = lazy.compile(
    r"\b(?:speaks?|spoke|speaking|spoken|fluent(?:[ \t]+in)?|in|a[ \t]+little|some|basic"
    r"|conversational|native|learning|learn|learnt|learned|translated[ \t]+into|interpreters?"
    r"[ \t]+for)[ \t]+$",
    _I,
)
# ... beside another one in a list: "Polish, English and German", "Hindi or Urdu"
_LISTED_BEFORE = lazy.compile(
    r"(\w+)(?:[ \t]*,[ \t]*(?:and[ \t]+|or[ \t]+)?|[ \t]+(?:and|or|&)[ \t]+)"
    r"(?:(?:a[ \t]+)?little[ \t]+|some[ \t]+|basic[ \t]+)?$"
)
_LISTED_AFTER = lazy.compile(
    r"(?:[ \t]*,[ \t]*(?:and[ \t]+|or[ \t]+)?|[ \t]+(?:and|or|&)[ \t]+)(\w+)"
)
# ... as an adjective before a lower-case noun: "Filipino boxer", "Ghanaian food"
_LOWER_WORD_AFTER = lazy.compile(r"[ \t]+[a-z]")
# ... not one's own name: "my son German", "her friend Filipino"
_OWNER_BEFORE = lazy.compile(
    r"\b(?:my|our|your|his|her|their|patient|named|called)[ \t]+(?:\w+[ \t]+)?$", _I
)


def _a_nationality_or_language(text: str, f: Finding) -> bool:
    """ "Congrats to Filipino boxer Manny Pacquiao", "speaks Polish, English and a little
    German": a nationality or a language read as a name. Spoken, listed beside another one,
    or before a lower-case noun (only when it is on no name list: "English was admitted"
    may be a Mr English); not after "my", "her", "patient" ("my son German")."""
    word = text[f.start : f.end]
    lower = word.lower()
    if lower not in NATIONALITY_WORDS or not word[:1].isupper() or " " in word:
        return False
    if _OWNER_BEFORE.search(text, max(0, f.start - 30), f.start):
        return False
    if _SPOKEN_BEFORE.search(text, max(0, f.start - 30), f.start):
        return True
    before = _LISTED_BEFORE.search(text, max(0, f.start - 40), f.start)
    if before is not None and before.group(1).lower() in NATIONALITY_WORDS:
        return True
    after = _LISTED_AFTER.match(text, f.end)
    if after is not None and after.group(1).lower() in NATIONALITY_WORDS:
        return True
    on_a_list = lower in lx.GIVEN_NAMES or lower in lx.GIVEN_NAMES_WORLD or lower in lx.SURNAMES
    return not on_a_list and _LOWER_WORD_AFTER.match(text, f.end) is not None


# -- an almanac's entry ---------------------------------------------------------------------
# (clean10) "Today in history — Dec 2, 1982: Barney Clark became the first …", "On this day
# in 1967, …", "#OnThisDay", "#MedHistory": a day of history as almanacs and posts head it.
_ALMANAC = lazy.compile(
    r"\b(?:today|this[ \t]+(?:day|date|week))[ \t]+in[ \t]+(?:\w+[ \t]+)?history\b"
    r"|\bon[ \t]+this[ \t]+(?:day|date)[ \t]+in[ \t]+(?:1[5-9]\d\d|20\d\d)\b"
    r"|#(?:onthisday|\w*history)\b"
    # (read 103-106) a first of medicine's history, or a fun fact: "The first successful hand
    # transplant in the US was done in Louisville in 1999", "Fun fact: …"
    r"|\bthe[ \t]+(?:world['’]s[ \t]+|nation['’]s[ \t]+|country['’]s[ \t]+)?first[ \t]+(?:ever[ \t]+)?"
    r"(?:successful|recorded|known|documented|human|modern|full|partial|total|double|robotic)\b"
    r"|\bfun[ \t]+fact\b",
    _I,
)
_ALMANAC_HEAD = 60  # how far into a text an almanac's heading heads all of it
_ALMANAC_AGE = 20  # how many years back its year is, at least


def _an_almanac_entry(text: str, f: Finding) -> bool:
    """``fame.almanac``: "Today in history — Dec 2, 1982: Barney Clark became the first person
    to receive a permanent artificial heart at the University of Utah", "On this day in 1967
    …": the names, days and places of a sentence an almanac's cue heads (in the sentence, at
    the text's start or as its hashtag) that holds a year 20 or more years back, with no one's
    own in it; not "Today in history for our family: my dad got his new heart on 2 Dec 1982",
    nor a year of late."""
    left, right = sentence_around(text, f.start, f.end)
    if (
        _ALMANAC.search(text, left, right) is None
        and _ALMANAC.search(text, 0, min(len(text), _ALMANAC_HEAD)) is None
        and _ALMANAC.search(text, max(0, len(text) - _ALMANAC_HEAD)) is None
    ):
        return False
    years = [int(m.group(1)) for m in _YEAR.finditer(text, left, right)]
    if not years or min(years) > _NOW - _ALMANAC_AGE:
        return False
    return _PRIVATE.search(text, left, right) is None


# -- (clean51) a full name whose story is in public circulation ----------------------------
# What only a public person's story does or has: it makes the rounds, goes viral, is in the
# news or the headlines; they give interviews, a podcast, a memoir, a new book or album.
_IN_CIRCULATION = lazy.compile(
    # (not "went viral", "in the news": a private person's story does that too)
    r"\b(?:making[ \t]+the[ \t]+rounds"
    r"|(?:made|making|hit|hits)[ \t]+(?:the[ \t]+)?headlines|headlines|tabloids?|paparazzi"
    r"|(?:recent|new|latest|viral|tv|television|radio|magazine)[ \t]+interviews?"
    r"|podcast|documentary|memoir|autobiography|best-?sellers?|red[ \t]+carpet"
    r"|(?:new|latest|debut)[ \t]+(?:book|album|single|film|movie|series|tour)"
    r"|opened[ \t]+up[ \t]+(?:about|on)|told[ \t]+(?:people|vogue|reporters|the[ \t]+press|fans)"
    r"|(?:his|her|their)[ \t]+fans"
    # (clean55) a public work they published: "Michael Marmot published his report on health
    # inequalities", "Dr Aisha Bello published a study on fluoride varnish" (not a review:
    # a patient publishes one of the clinic, "Priya Sharma published her review on …")
    r"|published[ \t]+(?:his|her|their|a|the)[ \t]+(?:[\w-]+[ \t]+){0,2}?(?:report"
    r"|study|paper|book|guidelines?|findings|inquiry|audit|analysis))\b",
    _I,
)
_FULL_NAME = lazy.compile(r"(?-i:[A-Z][\w'’-]+)(?:[ \t]+(?-i:[A-Z][\w'’-]+)){1,2}(?:['’]s?)?")


def _a_story_in_circulation(text: str, f: Finding) -> bool:
    """``fame.story_in_circulation``: a full name in a sentence saying the story is in
    public circulation ("Meghan Trainor's c-section story is making the rounds", "Ray
    Dalio's new book is on the bestseller list"); no one's own word in the sentence ("my
    cousin Ana Diaz went viral"): a public person, whose health story the news told."""
    if _FULL_NAME.fullmatch(text, f.start, f.end) is None:
        return False
    left, right = sentence_around(text, f.start, f.end)
    if _IN_CIRCULATION.search(text, left, right) is None:
        return False
    return _PRIVATE.search(text, left, right) is None and _OURS.search(text, left, right) is None


# (read 111-114) Shows, cartoons and games whose characters children's and families' posts
# name ("Elmo from Sesame Street has a great brushing song", "Sandy from SpongeBob has
# better teeth than me", "Rachel in Friends"): a name right before "from", "in" or "on" and
# the show is a character's, and the show's title is no place. Titles of one everyday word
# ("Friends", "Cars", "Frozen") count only capitalised as written.
_SHOWS = (
    "sesame street|spongebob(?: squarepants)?|paw patrol|peppa pig|bluey|cocomelon|toy story"
    "|the simpsons|the muppets|muppets|thomas the tank engine|winnie the pooh|dora the explorer"
    "|mickey mouse clubhouse|teletubbies|looney tunes|pokemon|pokémon|minecraft|fortnite|encanto"
    "|moana|shrek|scooby-doo|grey['’]s anatomy|stranger things|harry potter|star wars"
)
_SHOWS_AS_WRITTEN = "Friends|Frozen|Cars|Barney|Arthur|Sonic|The Office|Coronation Street"
_A_SHOW = rf"(?:(?i:{_SHOWS})|(?:{_SHOWS_AS_WRITTEN}))"
_FROM_A_SHOW_AFTER = lazy.compile(
    rf"(?:['’]s(?:[ \t]+[\w-]+){{0,3}})?"  # "Elmo's brushing song from Sesame Street"
    rf"[ \t]+(?i:from|in|on|of)[ \t]+{_A_SHOW}\b"
)
_A_SHOWS_TITLE = lazy.compile(rf"{_A_SHOW}\Z")
# (read 127-130) A show's best-known characters, in a text that names the show anywhere: "the
# Sesame Street toothbrush, Elmo or nothing", "is the Sesame Street brushing song still
# online? my son only brushes for Elmo". Only names few families give a child (not "Oscar",
# "George", "Anna", "Chase").
_CHARACTERS = frozenset(
    "elmo grover peppa bluey spongebob squidward olaf mirabel pikachu shrek".split()
)
_A_SHOW_NAMED = lazy.compile(rf"\b{_A_SHOW}\b")


def _a_shows_character(text: str, f: Finding) -> bool:
    """ "Elmo from Sesame Street has a great brushing song": a character of a show."""
    if _FROM_A_SHOW_AFTER.match(text, f.end) is not None:
        return True
    return text[f.start : f.end].lower() in _CHARACTERS and _A_SHOW_NAMED.search(text) is not None


def _a_shows_title(text: str, f: Finding) -> bool:
    """ "Sandy from SpongeBob": the show's title, no place."""
    return _A_SHOWS_TITLE.match(text[f.start : f.end]) is not None


# (read 143-146) A name listed among public figures ("Hippocrates, Galen and Avicenna
# shaped medicine"), or a public figure's relative named after the figure and a relation
# word ("Roald Dahl's daughter Olivia died of measles"): of the figures' story, no one's
# care. The neighbour is a run of one to three capitalised words, whole.
_RUN = r"(?-i:[A-Z][\w'’.-]*)(?:[ \t]+(?-i:[A-Z][\w'’.-]*)){0,2}"
# a list of such runs that ends with "and", "or" or "&" before its last one
_FIGURES_LIST = lazy.compile(
    rf"(?<![\w'’-]){_RUN}(?:[ \t]*,[ \t]*{_RUN})*,?[ \t]+(?:and|or|&)[ \t]+{_RUN}(?![\w'’-])"
)
_ITEM = lazy.compile(_RUN)
_FIGURES_RELATIVE_BEFORE = lazy.compile(
    rf"(?<![\w'’-])({_RUN})['’]s[ \t]+(?:late[ \t]+|eldest[ \t]+|youngest[ \t]+)?"
    r"(?:son|daughter|wife|husband|mother|father|brother|sister|child|baby|widow|grandson"
    r"|granddaughter)[ \t]+$"
)
_LIST_REACH = 120


def _listed_among_public_figures(text: str, f: Finding) -> bool:
    """ "Hippocrates, Galen and Avicenna", "Roald Dahl's daughter Olivia": a name in a list
    ("A, B and C") whose other items are all public figures, in a sentence of no private
    person, or a figure's relative named after the figure."""
    figures = lx.PUBLIC_FIGURE_SET
    m = _FIGURES_RELATIVE_BEFORE.search(text, max(0, f.start - 50), f.start)
    if m is not None and m.group(1).lower() in figures:
        return True
    left = max(0, f.start - _LIST_REACH)
    for m in _FIGURES_LIST.finditer(text, left, min(len(text), f.end + _LIST_REACH)):
        if m.start() > f.start:
            break
        if m.end() < f.end:
            continue
        others = [
            i.group().lower()
            for i in _ITEM.finditer(text, m.start(), m.end())
            if not (i.start() <= f.start < i.end())
        ]
        # (two others or more, each a figure: "Florence Nightingale and Mary Okafor met in
        # Scutari" may pair a figure with a patient)
        if len(others) >= 2 and all(o in figures for o in others):
            return not _private_in_sentence(text, f)
    return False


# The practice's or the reader's own words: "after her extraction at your clinic".
_OURS = lazy.compile(r"\b(?:our|your|we|us)\b", _I)


NAME_VETOES: tuple[Callable[[str, Finding], bool], ...] = (
    _a_story_in_circulation,
    _a_nationality_or_language,
    _a_fame_descriptor_before,
    _a_fame_descriptor_beside,
    _a_memorial,
    _a_works_author,
    _titled_by_an_honour,
    _an_almanac_entry,
    _a_shows_character,
    _listed_among_public_figures,
)
# Finding vetoes by label (``rules.FINDING_VETOES``).
FINDING_VETOES: dict[str, tuple[Callable[[str, Finding], bool], ...]] = {
    "date": (_a_historic_life, _a_public_persons_place, _an_almanac_entry),
    "geo": (
        _a_historic_life,
        _a_place_named_after,
        _a_public_persons_place,
        _an_almanac_entry,
        _a_shows_title,
    ),
    "address": (_a_place_named_after,),
    "age": (_a_public_age, _a_public_figures_age),
}
# The words (lower case) one of which every text a veto can rule something out in holds.
GATE_WORDS: dict[Callable[[str, Finding], bool], str] = {
    # every word of the trades (a superset of what the pattern needs, so none is left out)
    # ("medal" for "medall?ists?", the one optional letter inside a word)
    _a_fame_descriptor_before: "|".join(
        sorted(set(re.findall(r"[a-z]{4,}", _PUBLIC_TRADES.replace("s?", "") + _SPORT_FAME)))
        + ["medal"]
    ),
    _a_fame_descriptor_beside: "national|year|nobel|olympic|paralympic|commonwealth|world"
    "|laureate|father|mother|founding|treasure",
    _a_memorial: "statue|statues|bust|monument|memorial|mural|portrait|plaque|named|hono"
    "|erected|foundation|institute|prize|award|medal|lecture|oration|scholarship"
    "|fellowship|bursary|museum",
    _a_historic_life: "born",
    # (every word of the shows' titles: a superset of what the patterns need)
    _a_shows_character: "|".join(
        sorted(set(re.findall(r"[a-zé]{3,}", (_SHOWS + "|" + _SHOWS_AS_WRITTEN).lower())))
    ),
    _a_place_named_after: "named",
    _titled_by_an_honour: "sir|dame|lord|baron|viscount",
    _an_almanac_entry: "history|this|first|fact",
    _a_story_in_circulation: "rounds|headlines|tabloid|tabloids|paparazzi"
    "|interview|interviews|podcast|documentary|memoir|autobiography|bestseller|bestsellers"
    "|seller|sellers|carpet|book|album|single|film|movie|series|tour|opened|told|fans"
    "|published",
}
# the places and days of a public person's sentence: the words of either descriptor
GATE_WORDS[_a_public_persons_place] = "|".join(
    (
        GATE_WORDS[_a_fame_descriptor_before],
        GATE_WORDS[_a_fame_descriptor_beside],
        "sir|dame|lord|lady|baron|viscount|earl|duke|duchess|queen|king|prince|pope|sheikh"
        "|sultan|emperor|empress|bbc|cnn|abc|nbc|cbs|itv|rnz|rté|rte|npr|sbs|cbc|reuters|afp"
        "|jazeera|press|reporters|newspaper|news|headlines|told|times|post|herald|guardian"
        "|telegraph|star|mail",
    )
)
GATE_WORDS[_a_shows_title] = GATE_WORDS[_a_shows_character]
