"""Finding vetoes of places that are no one's (issue 14, guard-places), kept apart from
rules.py's own so the tables stay small.

A town, a hospital or an address is PHI when it is tied to a patient or a private person:
where they live, were born, were treated, a relative's town. These vetoes read, in general
English, the sentences where a place found is tied to no one the reader could know:

- ``place.news_report``: a news report of someone unnamed ("A man in his forties was taken
  to Salford Royal after the fire, the fire service said"; "LONDON — …"): the person is a
  reporter's "a man", "a tourist", told on an authority's word, and no one's relative;
- ``place.towns_things``: a town after a thing or a service of the town ("the tap water in
  Mexico City", "clinics in Toronto", "hospitals in Manchester"): the words speak of the
  town's water or clinics, not of where someone is ("my mum in Leeds", "I live in Leeds");
- ``place.trip_destination``: where someone flies, travels or is heading ("Can I fly to
  Denver after an extraction?", "I'm travelling to Lima next month"): a trip is not a home,
  unless care is had there ("flew to Houston for his surgery") or a relative is there;
- ``place.our_branch``: the town of the practice's own branch, office or team ("our sister
  practice in Galway", "our implant team in Maidstone"): not "our son's clinic in Leeds";
- ``place.named_places_address``: an address said to be a named place's ("The White House is
  at 1600 Pennsylvania Avenue", "ready to collect at Walgreens, 455 Main St"): a building's
  or a business's, with no one's relative and no home word in the sentence;
- ``place.weather_report``: the towns and counties a storm, a heatwave or a warning is in
  ("Storm Ciarán will bring 80mph winds to Cornwall"): the weather's, no one's;
- ``place.in_a_story``: a place in a sentence that says it is fiction ("In the novel, Harry
  Potter lives at 4 Privet Drive"), unless the writer's own ("my", "our");
- ``place.where_you_go``: the address a reader is told to go to ("When you arrive at 3-7-1
  Nishi-Shinjuku …", "Come to 14 Elm Road"): a place one visits, not anyone's home;
- ``place.a_venues_town``: the town a café, a shop, a hotel or a branch is in ("a great
  café on Rua da Prata in Lisbon", "Do you have a branch in Croydon?").

Second round (guard-places2), kept in ``PUBLIC_VETOES`` (asked of dates and places) and
``PLACE_VETOES_MORE`` (places only), so the slices of ``VETOES`` rules.py takes stay as they
were:

- ``public.figure``: a day or a place in a sentence about a public figure, a post or fame
  written as a title before the name, a saint's day or a source's word ("Novelist Hilary
  Mantel died in September 2022", "King Charles was treated in January 2024, the palace
  said", "… was born on 4 May 1923, the museum says", "her feast day is 9 February"): a
  public life told as news or history, with none of the writer's people, no patient and no
  one's age in the sentence;
- ``place.asked_of_readers``: a place in a question put to every reader ("Live in Leeds?
  The council runs free checks", "Working in Manchester?"): an advert's, no one's;
- ``place.clinicians_practice``: the town a clinician practises in ("She practises in
  Bradford"): a working life, not a patient's home (not "my son practises in Leeds");
- ``place.event_venue`` (``EVENT_VETOES``, asked of places and addresses): the place a
  group's event is held at ("attended the support group at 300 Beacon St, Boston"), in a
  sentence about no person.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from medsocial_tui.compliance import lazy
from medsocial_tui.compliance import lexicon as lx
from medsocial_tui.compliance.findings import Finding
from medsocial_tui.compliance.person_cues import AILMENT, person_between, short_text_about_someone
from medsocial_tui.compliance.text import sentence_around

_I = re.IGNORECASE

# Someone of the writer's or of a person's own: a relative, a friend, a patient of ours,
# or a possessive before a person ("my mum", "her husband", "our patient").
_RELATIVES = "|".join(sorted(lx.RELATION_WORDS - {"patient", "patients", "baby", "kid"}))
_SOMEONES_OWN = lazy.compile(
    rf"\b(?:{_RELATIVES})s?\b|\b(?:my|his|her|their|our)[ \t]+(?:[\w-]+[ \t]+)?"
    r"(?:patient|client|kid|baby|carer|caregiver)s?\b|\b(?:lives?|living|lived|resides?"
    r"|home|born|grew[ \t]+up|address)\b",
    _I,
)


# (towns51) A case's person by their age, as notes write it ("36M welder", "a 47-year-old
# roofer", "33yo", "48 y/o", "57F"): where they went, worked or were hurt is theirs.
_A_CASES_AGE = lazy.compile(
    rf"\b\d{{1,3}}[ \t-]*(?:years?[ \t-]*old|{lx.AGE_YO}|{lx.AGE_YO_DOTTED}\.?)(?![\w/])"
    # (a thing's age is no one's: "a 96-year-old bakery in Kraków")
    r"(?![ \t]+(?:[\w-]+[ \t]+)?(?:caf[eé]|bakery|restaurant|bar|pub|hotel|shop|store|building"
    r"|firm|company|business|church|school|tree|house|market|brand|practice|clinic|hospital"
    r"|tradition|recipe|bridge|ship|boat|car)s?\b)"
    rf"|(?<![$£€¥\w])(?-i:{lx.AGE_SEX_CODE})(?![\w%°])(?![ \t]+in\b)",
    _I,
)
# (towns51) The one whose clinician is named by their possessive ("saw my old pediatrician at
# the farmers market in Decorah", "her dentist's in Lyon"): the writer's or a relative's care;
# not "our" (a practice's own dentist).
_ONES_OWN_CARER = lazy.compile(
    r"\b(?:my|his|her|their)[ \t]+(?:[\w-]+[ \t]+)?(?:dentist|doctor|doc|gp|pa?ediatrician|nurse"
    r"|midwife|physio|therapist|surgeon|oncologist|cardiologist|ob-?gyn|orthodontist|specialist)s?\b",
    _I,
)


def _word_before(text: str, at: int) -> str:
    """The word right before ``at`` (over a "the"), lower-cased: a cheap test before a
    veto's pattern is asked."""
    words = text[max(0, at - 24) : at].split()
    if words and words[-1].lower() == "the":
        words.pop()
    return words[-1].lower() if words else ""


# -- place.news_report ---------------------------------------------------------------------
# A report told on someone's word, as news writes it: "police said", "the trust said",
# "officials confirmed", "according to the ministry", a news agency's mark or a dateline.
_REPORTED = lazy.compile(
    r"\b(?:police|officials?|authorities|paramedics|firefighters|spokes(?:man|woman|person)"
    r"|(?:the|a)[ \t]+(?:[\w-]+[ \t]+){0,3}(?:service|services|trust|ministry|department"
    r"|council|board|agency|authority|hospital|statement|spokes(?:man|woman|person)))"
    r"[ \t]+(?:said|says|reported|confirmed|announced|stated)\b"
    r"|\b(?:said|says|confirmed|reported)[ \t]+(?:the[ \t]+)?(?:police|officials?|authorities)\b"
    r"|\baccording[ \t]+to[ \t]+(?:the[ \t]+)?(?:police|officials?|authorities|reports?"
    r"|(?:[\w-]+[ \t]+){0,3}(?:service|trust|ministry|department|agency))\b"
    r"|\((?:Reuters|AP|AFP|PA|Bloomberg|dpa|ANI|PTI)\)",
    _I,
)
# A dateline opens the text: "LONDON —", "NAIROBI, Kenya —", "Mumbai:" before a report.
_DATELINE = lazy.compile(
    r"^[ \t]*(?-i:[A-Z][A-Z .'-]{2,30})(?:,[ \t]*[A-Z][\w .]{1,30})?[ \t]*[—–-]"
)
# The unnamed person of a report: "a man", "a woman in her sixties", "two tourists".
_SOMEONE_UNNAMED = lazy.compile(
    r"\b(?:an?|one|two|three|four|five|several)[ \t]+(?:[\w-]+[ \t]+){0,2}(?:man|woman|men"
    r"|women|person|people|child|children|boy|girl|teenager|pensioner|tourists?|visitors?"
    r"|driver|cyclist|pedestrian|passengers?|patients?|resident|residents|worker|workers)\b",
    _I,
)


def _a_news_report(text: str, f: Finding) -> bool:
    """``place.news_report``: a place in a news report of someone unnamed, told on an
    authority's word or under a dateline, with no one's relative in the sentence."""
    if f.label not in ("geo", "address"):
        return False
    left, right = sentence_around(text, f.start, f.end)
    if _SOMEONES_OWN.search(text, left, right) is not None:
        return False
    reported = _REPORTED.search(text, left, right) is not None or (
        _DATELINE.match(text) is not None and text.find("\n", 0, left) < 0
    )
    if not reported:
        return False
    # a report's people are unnamed ones, or none (a hospital's, a city's news)
    return not person_between(text, left, right) or (
        _SOMEONE_UNNAMED.search(text, left, right) is not None
    )


# -- place.towns_things --------------------------------------------------------------------
# What a town has, said of the town: its water, weather, prices, roads, clinics and
# hospitals. "The water in Flint", "hospitals in Manchester", "rents in Dublin".
_THINGS_OF_A_TOWN = (
    r"water|tap[ \t]+water|weather|air|traffic|roads|rents?|prices|costs?|rates|levels"
    r"|cases|outbreaks?|figures|temperatures?|snow|rain|flooding|floods|heat|heatwave"
    r"|housing|jobs|schools|hospitals|clinics|practices|surgeries|pharmacies|chemists"
    r"|dentists|doctors|gps|services|hotels|restaurants|shops|events|museums|beaches|parks"
    r"|streets|buses|trains|flights|fluoride"
)
_THING_BEFORE = lazy.compile(
    rf"\b(?:{_THINGS_OF_A_TOWN})[ \t]+(?:in|of|around|across|near|throughout)[ \t]+"
    r"(?:the[ \t]+)?$",
    _I,
)
_THING_PREPOSITIONS = frozenset("in of around across near throughout".split())
# Of these, the ones that can be someone's own ("my doctors in Leeds", "her schools in …"):
# only with no one's relative in the sentence.
_SERVICES = frozenset(
    "hospitals clinics practices surgeries pharmacies chemists dentists doctors gps services"
    " schools".split()
)


def _a_towns_things(text: str, f: Finding) -> bool:
    """``place.towns_things``: a town after a thing or a service of the town ("the tap
    water in Mexico City", "clinics in Toronto"), not where someone is."""
    if f.label != "geo" or _word_before(text, f.start) not in _THING_PREPOSITIONS:
        return False
    if f.reason.endswith("[place.care_sought_near]"):
        return False  # (lone15) "any dentists around Rotorua? my boy has a cavity": sought
    before = _THING_BEFORE.search(text, max(0, f.start - 40), f.start)
    if before is None:
        return False
    noun = before.group(0).split()[0].lower()
    if noun not in _SERVICES:
        return True
    left, right = sentence_around(text, f.start, f.end)
    return _SOMEONES_OWN.search(text, left, right) is None


# -- place.trip_destination ----------------------------------------------------------------
# (read 135-138) Not a travel clinic, where one was seen: "I had the jab at the travel
# clinic in Croydon on 3 March".
_TRIP_BEFORE = lazy.compile(
    r"\b(?:fly|flying|flew|flights?|travel(?:l?ing|l?ed|s)?|trip|holiday|vacation|heading"
    r"|going|visiting|visit)[ \t]+(?!(?:clinic|health|medicine|nurse|vaccination)\b)"
    r"(?:[\w-]+[ \t]+)?(?:to|in)[ \t]+(?:the[ \t]+)?$",
    _I,
)
# Care had at the place ("flew to Houston for his surgery", "to have the implant done"):
# then the place is where someone was treated.
_CARE_THERE = lazy.compile(
    r"[^.!?;\n]{0,40}?\b(?:for|to[ \t]+(?:have|get|see|start)|to[ \t]+be)[ \t]+"
    r"(?:(?:a|an|the|his|her|my|their|our|some)[ \t]+)?([a-z-]+)(?:[ \t]+([a-z-]+))?",
    _I,
)
_CARE_WORDS = frozenset(
    "surgery operation treatment chemo chemotherapy radiotherapy care dialysis transplant"
    " implant implants extraction biopsy scan mri appointment consultation specialist"
    " delivery birth rehab therapy procedure check-up checkup tests test".split()
)


def _a_trip_destination(text: str, f: Finding) -> bool:
    """``place.trip_destination``: the town someone flies, travels or is heading to, with
    no care had there and no relative there."""
    if f.label != "geo" or _word_before(text, f.start) not in ("to", "in"):
        return False
    trip = _TRIP_BEFORE.search(text, max(0, f.start - 40), f.start)
    if trip is None:
        return False
    if _A_CARE_VISIT.search(text, max(0, trip.start() - 20), trip.start() + 6) is not None:
        return False  # (places99) "pt states last dental visit was in Lagos": care had there
    care = _CARE_THERE.match(text, f.end)
    if care is not None:
        # the care word, or the word it qualifies ("for her knee surgery")
        for word in (care.group(1), care.group(2)):
            if word and (word.lower() in _CARE_WORDS or word.lower() in lx.HEALTH_SINGLE_WORDS):
                return False
    left, right = sentence_around(text, f.start, f.end)
    if _SOMEONES_OWN.search(text, left, right) is not None:
        return False
    # (towns51) a case's person by their age, who flew in and fell ill ("36M welder … flew
    # in to Houma last night. ER or urgent care?"), as a case's town is theirs
    if _A_CASES_AGE.search(text, left, right) is not None:
        return False
    # (towns51) a trip done, and what befell someone's body there after it ("was on holiday
    # in Phuket when my tooth cracked", "flew to Accra last week and now a fever"): where
    # they were, not a plan to ask advice for ("Can I fly to Denver after an extraction?")
    if (
        _A_TRIP_DONE.search(text, max(left, f.start - 40), f.start) is not None
        and AILMENT.search(text, f.end, right) is not None
    ):
        return False
    return not _a_hospital_rushed_to(text, f)


# (places99) A visit of care, not a trip: "last dental visit was in", "her GP visit in"
_A_CARE_VISIT = lazy.compile(
    r"\b(?:dental|dentist['’]?s?|doctor['’]?s?|gp|clinic|medical|hospital|eye|hygiene"
    r"|check-?up|follow-?up|antenatal|prenatal)[ \t]+visit\b",
    _I,
)
_A_TRIP_DONE = lazy.compile(
    r"\b(?:flew|travell?ed|went|was|were|visited|landed|got|drove|spent)\b", _I
)


# (careplaces48) The hospitals of the lists, as the guard reads them
_LISTED_HOSPITALS = frozenset(lx.HEALTH_SYSTEMS)


def _a_hospital_rushed_to(text: str, f: Finding) -> bool:
    """(careplaces48) A listed hospital someone is going to in a short message about one
    person: "My toddler swallowed a button battery maybe?? going to Sick Kids now" is a
    dash for care, no trip. Only a name of several words or of capitals: one word ("Mayo",
    "Sheba") is a county's or a person's as often ("heading to Mayo for the weekend")."""
    name = text[f.start : f.end]
    return (
        (" " in name or name.isupper())
        and name in _LISTED_HOSPITALS
        and short_text_about_someone(text)
    )


# -- place.our_branch -------------------------------------------------------------------------
# "our sister practice in", "our new Leeds office at", "our implant team in": the practice's
# own place; a family's or a person's ("our son's clinic in", "our GP practice in") is not.
_OUR_PLACE_BEFORE = lazy.compile(
    r"\bour[ \t]+(?!(?:son|daughter|baby|kids?|child|children|family|mum|mom|dad|gp|local)\b)"
    r"(?:[\w-]+[ \t]+){0,2}(?:practice|clinic|surgery|office|branch|team|lab|site|location"
    r"|premises|studio|centre|center)s?[ \t]+(?:in|at|near|on)[ \t]+(?:the[ \t]+)?$",
    _I,
)


def _our_branch(text: str, f: Finding) -> bool:
    """``place.our_branch``: the town of the practice's own branch, office or team."""
    if f.label != "geo" or _word_before(text, f.start) not in ("in", "at", "near", "on"):
        return False
    before = _OUR_PLACE_BEFORE.search(text, max(0, f.start - 50), f.start)
    return before is not None and "'" not in before.group(0) and "’" not in before.group(0)


# -- place.named_places_address ------------------------------------------------------------
# "The White House is at", "The museum's address is", "…collect at Walgreens, ": a place
# named by capitals, or a building's kind, that the address is said to be of.
_NAMED_PLACE_BEFORE = lazy.compile(
    r"(?:\b(?:the[ \t]+)?(?-i:[A-Z][\w'’-]*)(?:[ \t]+(?-i:[A-Z][\w'’-]*)){0,3}"
    r"(?:['’]s[ \t]+(?:address|postal[ \t]+address)[ \t]+is|[ \t]+(?:is|are|sits?|stands?)"
    r"[ \t]+(?:located[ \t]+|based[ \t]+|found[ \t]+)?(?:at|on))"
    r"|\b(?:at|from|to)[ \t]+(?:the[ \t]+)?(?-i:[A-Z][\w&-]*)(?:[ \t]+(?-i:[A-Z][\w&-]*)){0,3},)"
    r"[ \t]*$",
    _I,
)
_HOME_WORDS = lazy.compile(
    # ("House" with a capital is a building's name: "The White House", "Somerset House")
    r"\b(?:home|(?-i:house|flat)|apartment|live|lives|living|lived|stay(?:s|ing)?|resides?|rent"
    # (read 119-122) where the weather keeps someone: "I'm stuck in Umeå until the storm clears"
    r"|stuck|stranded|snowed[ \t]+in"
    r"|vive|wohnt|habite|abita|woont|mora|mieszka|bor)\b",
    _I,
)


# The ZIP code or the town the address finders read off such an address ("…, DC 20500").
_ADDRESS_PARTS = ("[zip.after_state]", "[place.after_street]")
_HOUSE_NUMBER = lazy.compile(r"(?<!\w)\d{1,5}[A-Za-z]?[ \t]+[A-Z]")


def _a_named_places_address(text: str, f: Finding) -> bool:
    """``place.named_places_address``: an address said to be a named place's or a
    business's ("The White House is at …", "collect at Walgreens, 455 Main St"), in a
    sentence with no one's relative and no home word; and the ZIP code or town of it."""
    if f.label == "address":
        word = _word_before(text, f.start)
        if not (word in ("at", "on") or word.endswith(",")):
            return False
        before = _NAMED_PLACE_BEFORE.search(text, max(0, f.start - 60), f.start)
    elif f.label == "geo" and f.reason.endswith(_ADDRESS_PARTS):
        # the address the part ends: a house number after the named place, within the
        # sentence and at most 80 characters before the part
        left = max(sentence_around(text, f.start, f.end)[0], f.start - 80)
        before = None
        for number in _HOUSE_NUMBER.finditer(text, left, f.start):
            word = _word_before(text, number.start())
            if not (word in ("at", "on") or word.endswith(",")):
                continue
            before = _NAMED_PLACE_BEFORE.search(text, max(0, number.start() - 60), number.start())
            if before is not None:
                break
    else:
        return False
    if before is None:
        return False
    named = before.group(0)
    # a given name is a person, not a place ("at Maria, 12 Elm Road"); "the" before a
    # building's name is a place's ("The White House", "at the Grand")
    words = [w.strip(",").lower() for w in named.split()]
    if any(w in lx.GIVEN_NAMES for w in words if w not in ("the", "at", "from", "to")):
        return False
    if words[0] in ("at", "from", "to") and any(w in lx.SURNAMES for w in words[1:]):
        return False  # "send it to Keller, 12 Elm Road": a person by the family name
    left, right = sentence_around(text, f.start, f.end)
    return (
        _SOMEONES_OWN.search(text, left, right) is None
        and _HOME_WORDS.search(text, left, right) is None
    )


# -- place.weather_report ------------------------------------------------------------------
_WEATHER = lazy.compile(
    r"\b(?:storms?|winds?|gales?|snow(?:fall)?|blizzards?|rain(?:fall)?|floods?|flooding"
    r"|heatwaves?|heat[ \t]+warnings?|weather|forecast|temperatures?|hurricanes?|typhoons?"
    r"|cyclones?|tornado(?:es)?|wildfires?|bushfires?|fog|ice|icy|frost|hail|drought"
    r"|met[ \t]+office|amber[ \t]+warning|red[ \t]+warning|yellow[ \t]+warning)\b",
    _I,
)


# (vignette16) The town of a case's patient, read after their age: the ice or the storm of
# its sentence is how they were hurt ("Slipped on ice, 84 y/o plumber from Thunder Bay").
CASE_PLACE_RULES = (
    "[place.vignette_home]",
    "[place.vignette_area]",
    "[place.vignette_listed_town]",
)


def _a_weather_report(text: str, f: Finding) -> bool:
    """``place.weather_report``: a town or a county in a sentence about the weather, with
    no one's relative and no home word in it (not a case's patient's town)."""
    if f.label != "geo" or f.reason.endswith(CASE_PLACE_RULES):
        return False
    left, right = sentence_around(text, f.start, f.end)
    return (
        _WEATHER.search(text, left, right) is not None
        and _SOMEONES_OWN.search(text, left, right) is None
        and _HOME_WORDS.search(text, left, right) is None
        # (places79) a case's age and sex: the flood is how they were exposed ("pt from
        # Marikina, 41F, … after wading through flood water")
        and _A_CASES_AGE_SEX.search(text, left, right) is None
    )


# (places79) A case's age and sex alone ("41F", "36M"): its second name, which the trip's
# veto above had been reading too since this line took the first's name.
_A_CASES_AGE_SEX = lazy.compile(rf"(?<![\w$€£.,/-])(?-i:{lx.AGE_SEX_CODE})\b")


# -- place.in_a_story ---------------------------------------------------------------------
_FICTION = lazy.compile(
    r"\b(?:in|from)[ \t]+(?:the|a|his|her|their)[ \t]+(?:[\w-]+[ \t]+)?(?:novels?|stor(?:y|ies)"
    r"|books|films?|movies?|series|sitcom|musical|tv[ \t]+show|show|comic|play|fairy[ \t]+tale)\b"
    r"|\bfictional\b|\bin[ \t]+fiction\b|\b(?:novels?|stories)\b(?=[^.!?\n]{0,3}$)",
    _I,
)
_WRITERS_OWN = lazy.compile(r"\b(?:my|our|me|i|i['’]m)\b", _I)


def _in_a_story(text: str, f: Finding) -> bool:
    """``place.in_a_story``: a place or an address in a sentence that says it is fiction
    ("In the novel, Harry Potter lives at 4 Privet Drive"; "… lived at 221B Baker Street, in
    Conan Doyle's stories"), with no "my", "our" or "I" in it."""
    left, right = sentence_around(text, f.start, f.end)
    sentence = text[left:right].rstrip(" .!?\n")
    return _FICTION.search(sentence) is not None and _WRITERS_OWN.search(text, left, right) is None


# -- place.where_you_go ----------------------------------------------------------------------
_WHERE_YOU_GO_BEFORE = lazy.compile(
    r"(?:\byou(?:['’]ll|[ \t]+will|[ \t]+can|[ \t]+should)?[ \t]+(?:arrive|come|go|get|head|walk"
    r"|drive|be[ \t]+seen|report|check[ \t]+in)|(?:^|[.!?:][ \t]*)(?:come|head|go|walk|drive"
    r"|report|check[ \t]+in)|\b(?:find|visit|meet|see|join)[ \t]+us)"
    r"[ \t]+(?:[\w-]+[ \t]+)?(?:at|to|on)[ \t]+(?:the[ \t]+)?$",
    _I,
)


def _where_you_go(text: str, f: Finding) -> bool:
    """``place.where_you_go``: an address or a place the reader is told to go to ("When you
    arrive at …", "Come to …", "Find us at …"), with no one's relative and no home word in
    the sentence."""
    if _word_before(text, f.start) not in ("at", "to", "on"):
        return False
    if _WHERE_YOU_GO_BEFORE.search(text, max(0, f.start - 40), f.start) is None:
        return False
    left, right = sentence_around(text, f.start, f.end)
    return (
        _SOMEONES_OWN.search(text, left, right) is None
        and _HOME_WORDS.search(text, left, right) is None
    )


# -- place.a_venues_town ---------------------------------------------------------------------
_VENUE_BEFORE = lazy.compile(
    r"\b(?:caf[eé]|coffee[ \t]+shop|restaurant|bar|pub|hotel|hostel|shop|store|museum|gallery"
    r"|bakery|market|pizzeria|bistro|beach|little[ \t]+place|branch|outlet|showroom"
    r"|franchise)s?\b[^,.;:!?\n]{0,40}?\b(?:in|near)[ \t]+(?:the[ \t]+)?$",
    _I,
)


# Care had somewhere: "referred to Dr. Smith's office in Chicago" is where someone is treated.
_CARE_VERBS = lazy.compile(
    r"\b(?:referred|treated|seen|admitted|operated|diagnosed|born|discharged|transferred"
    r"|examined|scanned|x-rayed|delivered|hospitali[sz]ed"
    # (read 139-142) or the harm that brought them: "Pt presented w/ fractured mandible
    # after an assault outside a pub in Salford"
    r"|presented|presenting|assault(?:ed)?|attacked|stabbed|collapsed|injured)\b",
    _I,
)


def _a_venues_town(text: str, f: Finding) -> bool:
    """``place.a_venues_town``: the town a café, a shop, a hotel or a branch is in, with no
    one's relative, no home word and no care had there in the sentence. (vignette37) Not a
    case's patient's, read after their age: the bakery they work at is where they are found
    ("44 yo pastry chef, works at a bakery in Ballard"; a thing's age, "a 40-year-old bakery
    in Ballard", is ``not_a_vignettes_town``'s)."""
    if f.label != "geo" or _word_before(text, f.start) not in ("in", "near"):
        return False
    if f.reason.endswith(CASE_PLACE_RULES) or f.reason.endswith(_MISHAP):
        return False  # (towns51) "my little one … got stung at the beach in Raglan": hers
    if f.reason.endswith(_GONE_TO_THE_BRANCH):
        return False  # (read 79-130) "Went to the branch in Alsancak last week": the writer's
    if _VENUE_BEFORE.search(text, max(0, f.start - 60), f.start) is None:
        return False
    left, right = sentence_around(text, f.start, f.end)
    return (
        _SOMEONES_OWN.search(text, left, right) is None
        and _HOME_WORDS.search(text, left, right) is None
        and _CARE_VERBS.search(text, left, right) is None
        and _ONES_OWN_CARER.search(text, left, right) is None
        and _A_CASES_AGE_SEX.search(text, left, right) is None
    )


# (towns51) The rule that reads a mishap's town: its own vetoes keep it to one's own people.
_MISHAP = "[place.mishap_in]"
# (read 79-130) The rule that reads the branch someone goes to: the going is theirs.
_GONE_TO_THE_BRANCH = "[place.went_to_the_branch_in]"


# -- public.figure ---------------------------------------------------------------------
# A public life as news and history tell it: a public post or fame before or beside the
# name, a saint's day, a source's word ("the museum says", "the palace confirmed").
_PUBLIC_FIGURE = lazy.compile(
    # a public post or fame as a title right before the name ("Novelist Hilary Mantel",
    # "Pope Francis", "football legend Pelé", "Astronaut Tim Peake"); not "king", "queen",
    # "prince", "royal" or "saint" (hospitals bear them: "King's College Hospital", "Salford
    # Royal", "St Mary's"), nor fame said loosely ("a famous singer in her day")
    r"\b(?:pope|president|prime[ \t]+minister|chancellor|senator|governor|celebrity|legend"
    r"|superstar|(?:film|pop|rock|movie|tv|tennis)[ \t]+star|novelist|poet|playwright|composer"
    # (read 119-122: not a school's or a club's "Student athlete Lachlan Reid, ID …")
    r"|painter|sculptor|actor|actress|singer|songwriter|rapper|footballer|cricketer"
    + "|"
    + "".join(rf"(?<!{word}[ \t])" for word in sorted(lx.SCHOOL_OR_CLUB))
    + "athlete"
    + r"|olympian|boxer|explorer|astronaut|inventor|laureate)[ \t]+(?-i:[A-Z][\w'’-]+)"
    # a saint's day, a source's word
    r"|\b(?:patron[ \t]+saint|feast[ \t]+day"
    r"|(?:the|a)[ \t]+(?:museum|palace|vatican|family[ \t]+spokes\w+|foundation|estate)[ \t]+"
    r"(?:says?|said|confirm(?:s|ed)?|announc(?:es|ed))"
    r"|confirmed[ \t]+at[ \t]+the[ \t]+time)\b",
    re.IGNORECASE,
)
# The writer's people, a patient, or someone's age: a sentence that is also about one of ours.
_OURS_OR_A_CASE = lazy.compile(
    rf"\b(?:{_RELATIVES})s?\b|\b(?:my|mine|me|our|i|i['’]m|i['’]ve|we|us|your|patients?|clients?"
    rf"|residents?|admitted|discharged|\d{{1,3}}[ \t-]*(?:years?[ \t-]*old|{lx.AGE_YO}))\b"
    # an age written after a name: "Kwame Asante, 92, a retired inventor"
    r"|,[ \t]*\d{1,3}[ \t]*,",
    re.IGNORECASE,
)


def _a_public_figures(text: str, f: Finding) -> bool:
    """``public.figure``: a date, a town or a hospital in a sentence about a public
    figure (a public post, fame, a saint's day, a source's word) with none of the writer's
    people, no patient and no one's age in it: history and news, not anyone's record (not
    "My uncle, a retired football legend, was admitted on 3 May")."""
    if f.label not in ("date", "geo"):
        return False
    left, right = sentence_around(text, f.start, f.end)
    return (
        _PUBLIC_FIGURE.search(text, left, right) is not None
        and _OURS_OR_A_CASE.search(text, left, right) is None
    )


# -- place.asked_of_readers ----------------------------------------------------------------
# "Live in Leeds?", "Living near Cork?", "Working in Manchester?", "Based in Perth?": a
# question opening a sentence, put to whoever reads.
_READER_QUESTION_BEFORE = lazy.compile(
    r"(?:^|[.!?:\n][ \t]*)(?:(?:do|are)[ \t]+you[ \t]+)?(?:live|lives|living|work|works|working"
    r"|based|staying|visiting|studying|new)[ \t]+(?:in|near|around|to)[ \t]+(?:the[ \t]+)?$",
    re.IGNORECASE,
)


def _asked_of_readers(text: str, f: Finding) -> bool:
    """``place.asked_of_readers``: "Live in Leeds? The council runs free blood pressure
    checks": a place in a short question put to every reader, right before its "?"."""
    if f.label != "geo" or _word_before(text, f.start) not in ("in", "near", "around", "to"):
        return False
    if not text[f.end : f.end + 3].lstrip(" \t").startswith("?"):
        return False
    return _READER_QUESTION_BEFORE.search(text, max(0, f.start - 40), f.start) is not None


# -- place.clinicians_practice -------------------------------------------------------------
_PRACTISES_BEFORE = lazy.compile(
    r"\bpracti[sc](?:es|ed|ing)[ \t]+(?:(?:medicine|dentistry|law|nursing|surgery"
    r"|optometry|physiotherapy)[ \t]+)?(?:in|near)[ \t]+(?:the[ \t]+)?$",
    re.IGNORECASE,
)


def _a_clinicians_practice(text: str, f: Finding) -> bool:
    """``place.clinicians_practice``: "She practises in Bradford", "Dr. Osei practised
    medicine in Kumasi for 30 years": the town a professional works in, with none of the
    writer's people and no patient in the sentence (not "My son practises in Leeds")."""
    if f.label != "geo" or _PRACTISES_BEFORE.search(text, max(0, f.start - 40), f.start) is None:
        return False
    left, right = sentence_around(text, f.start, f.end)
    return _OURS_OR_A_CASE.search(text, left, right) is None


# -- place.event_venue ----------------------------------------------------------------------
# An event a group goes to, named shortly before "at" the place: "the CHF support group at
# 300 Beacon St", "the memorial service is on 21 March at St Mark's", "a free screening day
# at the Civic Centre".
_EVENT_BEFORE_AT = lazy.compile(
    r"\b(?:support[ \t]+groups?|meetings?|meet-ups?|memorial|vigil|ceremony|concert|gala|fair"
    r"|talks?|workshops?|seminars?|classes|sessions|festival|conference|fundraiser|events?"
    r"|open[ \t]+day|screening[ \t]+day|drop-in|coffee[ \t]+morning|quiz[ \t]+night|parade"
    # (numdates37) a march in lower case, or "March" before its cause: not the month of a
    # date ("your claim dated 17 March 2023 for water damage at 6 Rata Place")
    r"|rally|(?-i:march)|(?-i:March)(?=[ \t]+(?i:for|against|to|on)\b))"
    r"\b[^.!?\n]{0,50}?\bat[ \t]+(?:the[ \t]+)?$",
    re.IGNORECASE,
)


def _an_events_venue(text: str, f: Finding) -> bool:
    """``place.event_venue``: "72 people attended the CHF support group at 300 Beacon St,
    Boston on Thursday": the place a group's event is held at, in a sentence about no person
    (no person cue, none of the writer's people, no care had there; not "My mum goes to the
    support group at 12 Oak Road", "Her memorial service is at St Mark's")."""
    if f.label not in ("geo", "address") or _word_before(text, f.start) != "at":
        return False
    if f.reason.endswith("[place.support_meeting_of_one]"):
        return False  # (read 131-134) its veto asked already whether someone goes
    if _EVENT_BEFORE_AT.search(text, max(0, f.start - 80), f.start) is None:
        return False
    left, right = sentence_around(text, f.start, f.end)
    return (
        not person_between(text, left, right, third_person=True)
        and _SOMEONES_OWN.search(text, left, right) is None
        and _CARE_VERBS.search(text, left, right) is None
    )


class HoldsLower:
    """A gate: one of ``words`` is in the text's lower case.

    (speed48) An object, not a closure: ``rules._GatePlan`` reads its words and looks them
    up in the lower case of the text it reads every other gate's words in, so the gate is
    not called (eight of them, each lower-casing the text, for every post with a place)."""

    __slots__ = ("words",)

    def __init__(self, words: tuple[str, ...]) -> None:
        self.words = words

    def __call__(self, text: str) -> bool:
        lower = text.lower()
        for word in self.words:  # a loop, not ``any`` over a generator: asked every text
            if word in lower:
                return True
        return False


def _holds_lower(*words: str) -> Callable[[str], bool]:
    return HoldsLower(words)


# Vetoes that can rule a place out only in a text holding one of some words: asked once
# per text (``rules.FINDING_VETO_GATES``), not once per place.
GATES: dict[Callable[[str, Finding], bool], Callable[[str], bool]] = {
    _a_news_report: _holds_lower(
        "said", "says", "report", "confirm", "announc", "stated", "according", "(", "—", "–", " -"
    ),
    _our_branch: _holds_lower("our "),
    # (guard-places2) the words every match of the vetoes' patterns holds
    _a_public_figures: _holds_lower(
        "pope",
        "president",
        "minister",
        "chancellor",
        "senator",
        "governor",
        "celebrity",
        "legend",
        "star",
        "novelist",
        "poet",
        "playwright",
        "composer",
        "painter",
        "sculptor",
        "actor",
        "actress",
        "singer",
        "songwriter",
        "rapper",
        "footballer",
        "cricketer",
        "athlete",
        "olympian",
        "boxer",
        "explorer",
        "astronaut",
        "inventor",
        "laureate",
        "saint",
        "feast",
        "museum",
        "palace",
        "vatican",
        "spokes",
        "foundation",
        "estate",
        "confirmed",
    ),
    _asked_of_readers: _holds_lower("?"),
    _a_clinicians_practice: _holds_lower("practis", "practic"),
    _an_events_venue: _holds_lower(
        "group",
        "meet",
        "memorial",
        "vigil",
        "ceremony",
        "concert",
        "gala",
        "fair",
        "talk",
        "workshop",
        "seminar",
        "classes",
        "sessions",
        "festival",
        "conference",
        "fundraiser",
        "event",
        "open day",
        "screening day",
        "drop-in",
        "coffee morning",
        "quiz night",
        "parade",
        "rally",
        "march",
    ),
    _a_weather_report: _holds_lower(
        "storm",
        "wind",
        "gale",
        "snow",
        "blizzard",
        "rain",
        "flood",
        "heat",
        "weather",
        "forecast",
        "temperat",
        "hurricane",
        "typhoon",
        "cyclone",
        "tornado",
        "fire",
        "fog",
        "ice",
        "icy",
        "frost",
        "hail",
        "drought",
        "met office",
        "warning",
    ),
    _in_a_story: _holds_lower(
        "novel",
        "stor",
        "book",
        "film",
        "movie",
        "series",
        "sitcom",
        "musical",
        "show",
        "comic",
        "play",
        "tale",
        "fiction",
    ),
}


# Asked of dates and places (``FINDING_VETOES["date"]`` and ``["geo"]``), and of places
# alone: kept apart from ``VETOES``, whose slices rules.py reads for addresses.
PUBLIC_VETOES = (_a_public_figures,)
EVENT_VETOES = (_an_events_venue,)
PLACE_VETOES_MORE = (_asked_of_readers, _a_clinicians_practice)

VETOES = (
    _a_news_report,
    _a_towns_things,
    _a_trip_destination,
    _our_branch,
    _a_weather_report,
    _a_venues_town,
    _where_you_go,
    _in_a_story,
    _a_named_places_address,
)
