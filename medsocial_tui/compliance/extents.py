"""Whole identifiers: named steps that widen a finding to its identifier's whole extent.

The finders find the cue of an identifier ("12 Elm Road", "Sunday 21st", "fingerprint")
and a careful reader marks all of it: the street address with its flat, town and postcode
("Flat 3, 12 Elm Road, Leeds LS6 2AB"), a date with its weekday, month and year ("Tuesday
the 14th of March 2023", "14 Mar '23"), a whole link with its path and query, the kind of
biometric record ("fingerprint template"). Each step reads only a short window beside the
finding (never the whole text), so a text costs what its findings cost; the findings'
offsets stay in the text the finders read, and ``find_phi`` maps them back to the original.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from medsocial_tui.compliance import lazy
from medsocial_tui.compliance import lexicon as lx
from medsocial_tui.compliance.findings import Finding

Span = tuple[int, int]
Step = Callable[[str, int, int], Span]

_REACH = 120  # how far beside a finding a step reads

# (Latin Extended-A's capitals too, which the fold keeps: "Łódź")
_CAP = r"[A-ZÀ-ÖØ-Þ\u0100-\u017f][\w'’-]*"
# Postcodes as written in the UK, Ireland (Eircode), Canada, the US, Australia, India,
# Germany, France, Spain, Mexico, Portugal, the Netherlands ("1015 CJ"), Poland ("00-514")
# and Sweden ("114 55").
_POSTCODE = (
    r"(?:[A-Z]{1,2}\d[A-Z\d]?[ \t]*\d[A-Z]{2}|[A-Z]\d[\dW][ \t]?[A-Z\d]{4}"
    r"|[A-Z]\d[A-Z][ \t]?\d[A-Z]\d|\d{4}-\d{3}|\d{5}-\d{3}(?!\d)|\d{5}(?:-\d{4})?|\d{6}"
    r"|\d{4}[ \t]?[A-Z]{2}(?![\w'’])|\d{2}-\d{3}|\d{3}[ \t]\d{2}(?![\d:.])|\d{4})"
)
# A state, province or territory: "NY", "ON", "NSW", "CDMX"; not the label of a number that
# follows the address ("…, Scotland, CHI 010203 4567", "…, NHI ZAC1234")
_ID_LABEL = (
    r"(?:CHI|NHI|NHS|MRN|SSN|SIN|PPS|NIN|NINO|UHID|CPF|CURP|RFC|NIF|NIE|DNI|IC|PAN|DOB|TFN|IRD"
    r"|Versichertennummer|Medicare|Medicaid|Policy|Member|Claim|Account|Acct|Passport)"
)
_AREA_CODE = rf"(?:(?!{_ID_LABEL}\b)[A-Z]{{2,4}})"
# A unit or floor after the street: ", Apt 2", ", Suite 204", ", 3º B", ", 2º izq."
_UNIT_AFTER = (
    r"(?:(?:Apartment|Apto|Apt|Unit|Suite|Ste|Flat|Floor|Fl|Room|Rm|Piso|Depto|Dpto)\.?[ \t]*#?"
    r"[ \t]*\w{1,5}"
    # the same words as people type them in lower case, and the "ap." of Romania and Brazil,
    # with a number: ", apto 32", ", depto 52", ", ap. 12", ", flat 4", ", unit 3B"
    r"|(?i:apartment|apto|apt|unit|suite|ste|flat|floor|fl|room|rm|piso|depto|dpto|ap)\.?"
    r"[ \t]*(?:(?i:no)\.?[ \t]*)?#?[ \t]*\d{1,4}[A-Za-z]?\b"
    # an Italian interno, a Mexican interior, a Polish mieszkanie: "int. 3", "Int. 5", "m. 15"
    r"|(?:[Ii]nt|m)\.[ \t]*\d{1,4}\b"
    # a German floor: "3. OG", "EG", "2. Stock"
    r"|(?:\d{1,2}\.[ \t]*(?:OG|Stock|Etage|UG)|EG|DG)\b"
    # a Mexican colonia: ", Col. Centro", ", Col. Crédito Constructor"
    r"|Col\.[ \t]+[A-ZÀ-ÖØ-Þ][\w'’-]*(?:[ \t]+[A-ZÀ-ÖØ-Þ][\w'’-]*){0,2}"
    # (normalising folds "º" and "ª" to "o" and "a")
    # (Portugal's side of the landing: "2º Esq.", "3º Dto.", "1º Frente")
    # (and with a dot after the figure: "2.º Esq.")
    r"|\d{1,2}\.?[ \t]*[º°ªoa](?=[ \t,.])"
    r"(?:[ \t]*(?:[A-Z]\b|(?i:izq|izda|dcha|der|dto|dta|dt|esq|frente|fte)\.?))?"
    # (address13) a Romanian block, stair and floor ("bl. 4A", "sc. 2", "et. 3"); a Danish
    # floor and side ("2. tv", "1. th", "st. mf") and a Swedish floor ("3 tr")
    r"|(?:bl|sc|et)\.[ \t]*\d{1,3}[A-Za-z]?\b|(?:\d{1,2}|st)\.[ \t]*(?:tv|th|mf)\b"
    r"|\d{1,2}[ \t]+tr\b(?=[ \t]*,)"
    # a Singapore or Hong Kong unit, floor and door: "#07-221", "#05-67"
    r"|\#[ \t]?\d{1,3}-\d{1,5}[A-Z]?\b)"
)
# Where a town may end: a comma, a postcode, the end of a clause, or a word that goes on
# with the sentence ("Leeds and needs", "Bogotá with his sister").
_TOWN_END = (
    # (a quote ends a value of a table or a record: "…, 1017 DR Amsterdam\"}")
    rf"(?=[ \t]*(?:[,;.!?)\]\"”]|$|\n|[ \t]+{_POSTCODE}\b|[ \t]+{_AREA_CODE}\b"
    r"|[ \t]+(?:and|but|with|for|who|where|since|after|to|has|had|is|was|needs?"
    # "…, Sheffield" + " as a porter", "…, Crumlin" + " when he was two"
    r"|as|when|while|until|because)\b"
    # a date or a time after the town: "…, Bandra" + " from 03/09", "…, Victoria Island" +
    # " on 17/10", "…, Vellore" + " on Friday", "…, Crumlin" + " in March"
    r"|[ \t]+(?:from|on|until|till|at|in)[ \t]+(?=(?:the[ \t]+)?\d"
    r"|(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun|Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\b)"
    # an Indian locality's block or stage: "Jayanagar" + " 3rd Block"
    r"|[ \t]+\d{1,2}(?:st|nd|rd|th)[ \t]+(?:Block|Stage|Phase|Sector|Cross|Main)\b"
    # a dash after a space: "…, Leeds — he moved in May" (a word boundary never follows
    # a dash that a space follows)
    r"|[ \t]+[—–-]))"
)
# A town's word: no field label, weekday or month ("…, DOB Thursday, April 28" goes on
# with other fields, not the address).
# The words are whole: a town that merely begins like one ("Marina", "Montreal", "Dayton",
# "Telford", "Hillingdon", "Mississauga", "Sunderland", "Celle") is a town.
_TOWN_WORD = (
    r"(?!(?:DOB|D\.O\.B|Tel(?![ \t]+Aviv)|Telephone|Phones?|Mobile|Cell(?:phone)?|Fax|E-?mails?"
    r"|Dates?|Born|Aged?|NHS|MRN|ID|Ref|Reference"
    rf"|{_ID_LABEL}"
    r"|Drs?|Mr|Mrs|Ms|Miss|Mx|Prof|Professor|Dear|Hi|Hello|Thanks|Thank|Days?"
    r"|Mon(?:day)?|Tue(?:s(?:day)?)?|Wed(?:nesday)?|Thu(?:r(?:s(?:day)?)?)?|Fri(?:day)?"
    r"|Sat(?:urday)?|Sun(?:day)?|Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May"
    r"|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)"
    r"(?![\w'’-]))"
    rf"{_CAP}"
)
_TOWN = (
    rf"(?:(?:Co|St|Mt)\.[ \t]+)?{_TOWN_WORD}"
    rf"(?:[ \t]+(?:(?:de|del|la|las|los|el|upon|on|sur|am|of)[ \t]+)?{_TOWN_WORD}){{0,3}}"
)

# One more part of an address after what is found so far, tried again and again.
_ADDRESS_PART = lazy.compile(
    r"(?:[ \t]+(?:North|South|East|West|Upper|Lower|NE|NW|SE|SW|[NSEW])\b(?=[ \t]*[,;.]|$)"
    # a block, stage, phase or sector of an Indian address: " 3rd Block", ", Sector 21"
    r"|,?[ \t]+\d{1,2}(?:st|nd|rd|th)[ \t]+(?:Block|Stage|Phase|Sector|Cross|Main)\b"
    r"|,?[ \t]+(?:Sector|Phase|Block|Stage)[ \t]+\d{1,3}[A-Z]?\b"
    # the house number after a street named without it, before a postcode of figures
    # ("Am Wall" + " 5, 28195 Bremen", "Rural Road" + " 12, Dubbo NSW 2830")
    r"|[ \t]+\d{1,4}[a-zA-Z]?(?=[ \t]*,[ \t]*(?:\d{4,5}\b|[A-Z][\w'’-]*[ \t]+[A-Z]{2,3}[ \t]+\d{4}\b))"
    # a Brazilian state after a dash: "São Paulo" + " - SP"
    r"|[ \t]+[-–][ \t]+(?:AC|AL|AP|AM|BA|CE|DF|ES|GO|MA|MT|MS|MG|PA|PB|PR|PE|PI|RJ|RN|RS|RO|RR"
    r"|SC|SP|SE|TO)\b"
    rf"|,?[ \t]+{_UNIT_AFTER}"
    rf"|,?[ \t]+{_POSTCODE}\b(?:[ \t]+{_TOWN}{_TOWN_END})?"
    # a town with its district's number ("Dublin 6W", "Paris 15")
    rf"|,[ \t]*{_TOWN}(?:[ \t]+\d{{1,2}}W?\b)?{_TOWN_END}"
    # (address13) Singapore's six-figure postcode after its name with no comma ("#08-115" +
    # " Singapore 570223")
    r"|[ \t]+Singapore[ \t]+\d{6}\b"
    # the number of an avenue or a street of a series ("Ang Mo Kio Ave" + " 8, #07-221")
    r"|[ \t]+\d{1,3}\b(?=[ \t]*,?[ \t]*\#[ \t]?\d)"
    rf"|,?[ \t]+{_AREA_CODE}\b{_TOWN_END})"
)
# A flat, unit or box written before the street: "Flat 3, 12 Elm Road", "PO Box 1182, ..."
_UNIT_BEFORE = lazy.compile(
    r"(?:\b(?i:c/o)[ \t]+)?"
    r"(?:\b(?:Flat|Apt\.?|Apartment|Unit|Suite|Ste\.?|Room|Rm\.?|Plot|Lot|House(?:[ \t]+No\.?)?"
    r"|Block|Blk\.?|Studio|P\.?[ \t]?O\.?[ \t]+Box)[ \t]*(?:No\.?[ \t]*)?#?[ \t]*\d{1,5}[A-Za-z]?"
    # (address13) the same words in lower case, as people type them ("unit 4, 21 Albert St")
    r"|\b(?:flat|apt\.?|apartment|unit|suite)[ \t]*#?[ \t]*\d{1,5}[A-Za-z]?"
    # a block named by its letter: "Block B, 88 Nathan Road"
    r"|\b(?:Block|Blk\.?|Tower|Wing)[ \t]+[A-Z]\b"
    r"|\b[A-Z]-\d{1,4}"
    # a floor written before the building or the street: "2nd Floor, Lotus Plaza"
    r"|\b(?:\d{1,2}(?:st|nd|rd|th)|Ground|First|Second|Third|Fourth|Fifth)[ \t]+Floor)"
    r"(?:/\d{1,4})?,?[ \t]+$"
)
# "c/o" or a post box's "PO" just before what was found ("c/o Flat 4, …", "PO " + "Box 4471")
_BOX_OR_CARE_OF_BEFORE = lazy.compile(r"(?:\b(?i:c/o)|\bP\.?[ \t]?O\.?)[ \t]+$")
# the rest of a house number: "Keizersgracht 123" + "-II", "Marszałkowska 84" + "/92"
# (address13) and a house's letter after a space before the next part ("Storgatan 14" + " B,")
_NUMBER_TAIL = lazy.compile(r"(?<=\d)(?:[-/](?:\d{1,4}|[IVX]{1,4}|[A-Z])\b|[ \t][A-Z](?=,))")


# The second word of a town or country cut after the address's last comma (", United" +
# " Kingdom", ", New" + " Zealand").
_LAST_PART = lazy.compile(rf",[ \t]*{_CAP}$")
_NAME_WORD_AFTER = lazy.compile(rf"[ \t]+{_TOWN_WORD}{_TOWN_END}")


def _then(ends: re.Pattern[str], after: re.Pattern[str], text: str, start: int, end: int) -> Span:
    """The finding widened by what ``after`` matches right after it, when its last
    characters match ``ends``."""
    m = ends.search(text, max(start, end - 30), end) and after.match(text, end, end + 40)
    return (start, m.end()) if m else (start, end)


def _grown_after(after: re.Pattern[str], reach: int, text: str, start: int, end: int) -> Span:
    """The finding widened by what ``after`` matches right after it (within ``reach``)."""
    m = after.match(text, end, end + reach)
    return (start, m.end()) if m else (start, end)


def _grown_before(before: re.Pattern[str], reach: int, text: str, start: int, end: int) -> Span:
    """The finding widened back over what ``before`` finds ending right before it (within
    ``reach``)."""
    m = before.search(text, max(0, start - reach), start)
    return (m.start(), end) if m else (start, end)


def address_last_word(text: str, start: int, end: int) -> Span:
    """``address.last_word``: a town's or country's name cut after the address's last
    comma is read whole ("…, London W1U 3BW, United" + " Kingdom")."""
    return _then(_LAST_PART, _NAME_WORD_AFTER, text, start, end)


# (extent37) A town named for a saint and cut at the saint's "St." or "Ste." that ends the
# address found ("…, Sault Ste" + ". Marie", "…, Port St" + ". Lucie", "…, Bury St" + "
# Edmunds"): the town's "St" after its comma and a word of its own, then the saint.
_SAINT_TOWN_AT_END = lazy.compile(rf",[ \t]*{_CAP}[ \t]+Ste?$")


def address_saint_town_after(text: str, start: int, end: int) -> Span:
    """``address.saint_town_after``: the saint's name after a town's "St." or "Ste." that
    ends the address ("220 Larch St, Sault Ste" + ". Marie"); not a street's "St" (no
    comma and town before it: "12 Elm St. Mary rang")."""
    if not _SAINT_TOWN_AT_END.search(text, max(start, end - 40), end):
        return start, end
    m = _SAINT_AFTER.match(text, end, end + 30)
    return (start, m.end()) if m else (start, end)


# A line of an address written on several lines: the town, the state and the postcode, or
# the postcode, or the country, alone on its line ("12 Elm Road" + "\nLeeds" + "\nLS6 2AB").
_NEXT_LINE = lazy.compile(
    r",?[ \t]*\n[ \t]*"
    rf"(?:{_TOWN}(?:,?[ \t]+{_AREA_CODE}\b)?(?:,?[ \t]+{_POSTCODE}\b)?|{_POSTCODE}\b(?:[ \t]+{_TOWN})?)"
    r"[ \t]*,?(?=[ \t]*(?:\n|$))"
)


def address_next_lines(text: str, start: int, end: int) -> Span:
    """``address.next_lines``: the lines that finish an address written on several lines,
    each one only a town, a state, a postcode or a country ("12 Elm Road" + "\nLeeds\nLS6
    2AB"); a line with anything else (a greeting, a field) ends it."""
    for _ in range(4):
        m = _NEXT_LINE.match(text, end, end + _REACH)
        if m is None:
            break
        end = m.end()
    while end > start and text[end - 1] in ", \t":
        end -= 1
    return start, end


def address_parts_after(text: str, start: int, end: int) -> Span:
    """``address.parts_after``: the unit, town, county, state and postcode that follow a
    street ("12 Elm Road" + ", Leeds LS6 2AB"; "Calle de Alcalá 42" + ", 3º B, 28014
    Madrid"), part by part, each one only where an address can go on."""
    for _ in range(6):
        m = _ADDRESS_PART.match(text, end, end + _REACH)
        if m is None or m.end() == end:
            break
        end = m.end()
    return start, end


# A postcode of figures as Europe writes it before its town ("28013", "1016 DV", "80-827",
# "114 55", "4050-262") at the end of what is found, and the town after it, which a word of
# the sentence in any language may follow ("28013 Madrid y necesita", "1016 DV Amsterdam
# last month"): not a pronoun or a greeting that starts the next sentence.
_FIGURES_POSTCODE_END = lazy.compile(
    r"(?<![\w-])(?:\d{4,5}|\d{4}[ \t]?[A-Z]{2}|\d{2}-\d{3}|\d{3}[ \t]\d{2}|\d{4}-\d{3})$"
)
_NO_OPENER = (
    r"(?!(?:He|She|We|They|It|I|My|His|Her|Our|Their|The|This|That|Please|Thanks|Hi|Hello"
    r"|Dear|Call|Tel|Phone)\b)"
)
_TOWN_AFTER_POSTCODE = lazy.compile(
    rf"[ \t]+{_NO_OPENER}{_TOWN_WORD}"
    rf"(?:[ \t]+(?:(?:de|del|la|las|los|el|upon|on|sur|am)[ \t]+)?{_NO_OPENER}{_TOWN_WORD}){{0,2}}"
    rf"(?=[ \t]+[a-zà-ÿ]|{_TOWN_END[3:]}"
)


def address_town_after_postcode(text: str, start: int, end: int) -> Span:
    """``address.town_after_postcode``: the town after a postcode of figures that ends the
    address found so far ("ul. Długa 7 m. 3, 80-827" + " Gdańsk i ma problemy"), whatever
    language the sentence goes on in."""
    return _then(_FIGURES_POSTCODE_END, _TOWN_AFTER_POSTCODE, text, start, end)


# A named building written before the street: "Rosewood Lodge, " + "40 Station Road"
_BUILDING_BEFORE = lazy.compile(
    r"\b(?:[A-Z][\w'’-]*[ \t]+){1,2}(?:Lodge|House|Court|Manor|Mansions|Apartments|Towers?"
    r"|Cottage|Farm|Hall|Residency|Residences|Heights|Villas?|Building|Plaza|Complex|Enclave"
    r"|Rectory|Vicarage|Grange|Estate"
    r")[ \t]*,[ \t]*$"
)


def address_building_before(text: str, start: int, end: int) -> Span:
    """``address.building_before``: a named building written before the flat or street
    ("Rosewood Lodge, 40 Station Road")."""
    return _grown_before(_BUILDING_BEFORE, 40, text, start, end)


# "No." written before the house number found ("No. " + "15 Ahmadu Bello Way", "Nr. " +
# "12 …"), and Singapore's block ("Blk " + "512 Ang Mo Kio Ave 8"): the number's word is
# the address's.
# (and a block's letter joined by a dash: "C-" + "12, Green Park Extension")
# (address13) and "no." in lower case, as people type it ("no. 6 Mill Close")
_NUMBER_WORD_BEFORE = lazy.compile(
    r"(?:\b(?:No|Nr|N[º°o]|Blk|Block)\.?[ \t]*|\bno\.[ \t]*|(?<![\w-])[A-Z]-)$"
)


_ROAD_WORD_BEFORE_NO = lazy.compile(r"\b(?:Road|Rd\.?|Street|St\.?|Lane|Gali|Soi)[ \t]+$")


def address_unit_before(text: str, start: int, end: int) -> Span:
    """``address.unit_before``: the flat, unit, room or post box written before the street
    ("Flat 3, 12 Elm Road"), with a "c/o" before it; the "PO" of a box found from "Box";
    "No." or a block before a house number ("No. 15 Ahmadu Bello Way", "Blk 512 …")."""
    if text.startswith("No", start):
        # a numbered road's word: "Road " + "No. 36, Jubilee Hills", "Street " + "No. 5"
        m = _ROAD_WORD_BEFORE_NO.search(text, max(0, start - 8), start)
        if m:
            start = m.start()
    m = _UNIT_BEFORE.search(text, max(0, start - 40), start)
    if m:
        start = m.start()
        # a flat before a floor: "Flat No. 3, " + "2nd Floor, …"
        m = _UNIT_BEFORE.search(text, max(0, start - 40), start)
        if m:
            start = m.start()
    elif text[start : start + 1].isdigit():
        m = _NUMBER_WORD_BEFORE.search(text, max(0, start - 6), start)
        if m:
            start = m.start()
    return _grown_before(_BOX_OR_CARE_OF_BEFORE, 8, text, start, end)


# A flat's or an interior's word that ends what was found, and its number after it ("Rua das
# Flores 123, Apto" + " 41", "Calle Reforma 221, Int" + ". 5").
_UNIT_WORD_AT_END = lazy.compile(
    r"\b(?:Apt|Apto|Apartment|Unit|Suite|Ste|Flat|Int|Depto|Dpto|Piso|Room|Rm)$"
)
_UNIT_NUMBER_AFTER = lazy.compile(r"\.?[ \t]*(?:No\.?[ \t]*)?#?[ \t]*\d{1,5}[A-Za-z]?\b")


def address_unit_number_after(text: str, start: int, end: int) -> Span:
    """``address.unit_number_after``: the number of a flat or an interior whose word ends
    what was found ("…, Apto" + " 41", "…, Int" + ". 5")."""
    return _then(_UNIT_WORD_AT_END, _UNIT_NUMBER_AFTER, text, start, end)


# A phone's extension after the number: ", extension 32", " ext. 214", " x302"
_EXTENSION_AFTER = lazy.compile(r",?[ \t]*(?i:ext(?:ension|n)?\.?|x)[ \t]*#?[ \t]*\d{1,5}\b")


def phone_extension_after(text: str, start: int, end: int) -> Span:
    """``phone.extension_after``: the extension written after a number ("(555) 201-4471" +
    ", extension 32")."""
    return _grown_after(_EXTENSION_AFTER, 20, text, start, end)


def address_number_tail(text: str, start: int, end: int) -> Span:
    """``address.number_tail``: the rest of a house number written after the street
    ("Keizersgracht 123" + "-II", "Ul. Marszałkowska 84" + "/92")."""
    return _grown_after(_NUMBER_TAIL, 6, text, start, end)


_MONTH = (
    r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?"
    r"|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)"
)
_WEEKDAY = (
    r"(?:Mon(?:day)?|Tue(?:s(?:day)?)?|Wed(?:nesday)?|Thu(?:r(?:s(?:day)?)?)?|Fri(?:day)?"
    r"|Sat(?:urday)?|Sun(?:day)?)"
)
# The days of the week as Spanish, French, German, Italian and Portuguese write them before
# a date the finder read ("domingo" + " 30 de noviembre", "Montag, " + "3. März"): the
# weekday of the same date, in any language.
_WEEKDAY_ABROAD = f"(?:{lx.weekdays_abroad('es', 'fr', 'de', 'it', 'pt')})"
_WEEKDAY_BEFORE = lazy.compile(
    rf"(?i:\b(?:{_WEEKDAY}|{_WEEKDAY_ABROAD}))\.?,?[ \t]+(?:the[ \t]+)?$"
)
# a year, not a count or a dose after a date ("on March 3rd 2000 mg daily")
_YEAR = (
    r"(?:(?:19|20)\d\d|['’]\d\d)(?![\w'’%])"
    r"(?![ \t]*(?i:mg|mcg|ml|units?|iu|patients|people|steps|miles|km|times|calories)\b)"
)
_MONTH_AFTER = lazy.compile(rf"[ \t]+(?:of[ \t]+)?{_MONTH}\b\.?(?:,?[ \t]+{_YEAR})?")
_YEAR_AFTER = lazy.compile(rf",?[ \t]+{_YEAR}")
_ENDS_WITH_DAY = lazy.compile(
    r"\b\d{1,2}(?:st|nd|rd|th)?$|(?i:\b(?:the[ \t]+)?\w+(?:st|nd|rd|th))$"
)
_ENDS_WITH_YEAR = lazy.compile(r"(?:\d{4}|['’]\d\d)$")


# A preposition the date finder read with the date ("on Monday", "on the 3rd"), and the
# spaces it read after one ("at 7 " before "a.m."): no part of the date.
# Other languages' article or preposition before a day's number is no part of it either
# ("el 3 de marzo", "il 7 luglio 1948", "le 5 mai", "am 12. März", "op 4 juni").
_PREPOSITION_AT_START = lazy.compile(
    r"(?i:on|since)[ \t]+(?=\S)|(?i:el|il|le|am|au|em|op|vom|del|dal)[ \t]+(?=\d)"
)


def date_trim_edges(text: str, start: int, end: int) -> Span:
    """``date.trim_edges``: the preposition before a date and the spaces after it are no
    part of it ("on Monday 4 March" is "Monday 4 March"; "at 7 " ends at "7")."""
    m = _PREPOSITION_AT_START.match(text, start, end)
    if m and m.end() < end:
        start = m.end()
    while end > start and text[end - 1] in " \t":
        end -= 1
    return start, end


# A range's first day before a date found by its second ("12 to " + "19 January 2024",
# "3 and " + "10 May 2023", "12–" + "19 Jan"): the whole range is the date.
_RANGE_DAY_BEFORE = lazy.compile(
    r"(?<![\d/.:-])\b(?:\d{1,2}(?:st|nd|rd|th)?[ \t]*(?:[-–—]|to|until|till|through|thru)"
    # "and" only after "between": "aged 3 and 10" is two ages
    r"|(?<=between[ \t])\d{1,2}(?:st|nd|rd|th)?[ \t]+and)[ \t]*$"
)
_STARTS_WITH_DAY = lazy.compile(r"\d{1,2}(?:st|nd|rd|th)?\b(?![/.:-]\d)")


def date_range_before(text: str, start: int, end: int) -> Span:
    """``date.range_before``: the first day of a range written before the date found ("12
    to" + " 19 January 2024", "3 and 10 May 2023", "12–19 Jan")."""
    if not _STARTS_WITH_DAY.match(text, start, end):
        return start, end
    return _grown_before(_RANGE_DAY_BEFORE, 16, text, start, end)


# A holiday named before the day found: "Good " + "Friday, 2 April 2021", "Memorial Day, " +
# "May 27, 2024", "Boxing Day, " + "26 December"
_HOLIDAY_BEFORE = lazy.compile(
    r"\b(?:(?P<before_day>Good|Holy|Black|Maundy|Easter|Cyber|Ash)[ \t]+"
    r"|(?:Christmas|Boxing|Memorial|Labou?r|Thanksgiving|Independence|Canada|Australia|Anzac"
    r"|Victoria|Remembrance|Veterans['’]?|Presidents['’]?|Columbus|Valentine['’]s"
    r"|New[ \t]+Year['’]s|Mother['’]s|Father['’]s|Election)[ \t]+Day,?[ \t]+"
    r"|(?:Christmas|New[ \t]+Year['’]s)[ \t]+Eve,?[ \t]+)$"
)
_A_WEEKDAY = lazy.compile(r"(?:Friday|Thursday|Monday|Saturday|Sunday|Wednesday)\b")
# A year written before the month and day found: "1954 " + "March 12"
_YEAR_BEFORE_MONTH = lazy.compile(r"\b(?:19|20)\d\d[ \t]+$")


def date_holiday_before(text: str, start: int, end: int) -> Span:
    """``date.holiday_before``: a holiday named before the day found ("Good " + "Friday, 2
    April 2021", "Memorial Day, " + "May 27, 2024")."""
    m = _HOLIDAY_BEFORE.search(text, max(0, start - 30), start)
    if m is None or (m.group("before_day") and not _A_WEEKDAY.match(text, start, end)):
        return start, end
    return m.start(), end


def date_year_before(text: str, start: int, end: int) -> Span:
    """``date.year_before``: the year written before a month and day ("1954 " + "March
    12")."""
    if not _STARTS_WITH_MONTH.match(text, start, end):
        return start, end
    return _grown_before(_YEAR_BEFORE_MONTH, 6, text, start, end)


def date_weekday_before(text: str, start: int, end: int) -> Span:
    """``date.weekday_before``: the day of the week written before a date ("Tuesday the
    14th", "Wed 15/11/2023", "Friday, 2 June 2023")."""
    return _grown_before(_WEEKDAY_BEFORE, 16, text, start, end)


def date_month_after(text: str, start: int, end: int) -> Span:
    """``date.month_after``: the month (and year) after a day ("Sunday 21st" + " of
    April", "the 14th" + " of March 2023")."""
    if not _ENDS_WITH_DAY.search(text, start, end):
        return start, end
    return _grown_after(_MONTH_AFTER, 40, text, start, end)


def date_year_after(text: str, start: int, end: int) -> Span:
    """``date.year_after``: the year after a day and month or a holiday ("14 Mar" + " '23",
    "Christmas Eve" + " 2022")."""
    if _ENDS_WITH_YEAR.search(text, start, end):
        return start, end
    return _grown_after(_YEAR_AFTER, 12, text, start, end)


# A range's last day after a date ("March 3" + " to 5, 2024", "June 10" + "-14"): only a
# bare day after a dash, "to", "until" or "through" (a whole second date, "May 2 to May 9",
# is a date of its own, found by itself).
_RANGE_AFTER = lazy.compile(
    r"[ \t]*(?:[-–—]|to|until|till|through|thru)[ \t]*"
    rf"\d{{1,2}}(?:st|nd|rd|th)?\b(?![:./-]?\d)(?![ \t]+(?:of[ \t]+)?{_MONTH}\b)"
    r"(?![ \t]*(?i:am|pm|a\.m|p\.m|o['’]clock|hours?|days?|weeks?"
    r"|months?|years?|mins?|minutes?)\b)"
    rf"(?:,?[ \t]+{_YEAR})?"
)
_ENDS_WITH_DAY_OR_MONTH = lazy.compile(rf"(?:\b\d{{1,2}}(?:st|nd|rd|th)?|{_MONTH}\.?)$")
# "12th day of" or "the 3rd of" before a month found by itself ("June 1965")
_DAY_OF_BEFORE = lazy.compile(
    r"\b(?:the[ \t]+)?\d{1,2}(?:st|nd|rd|th)?[ \t]+(?:day[ \t]+)?of[ \t]+$", re.IGNORECASE
)
_STARTS_WITH_MONTH = lazy.compile(_MONTH + r"\b")


# The year of a day and month in figures that the finder read without it ("Tues 4/5" +
# "/24"): two or four digits after the same separator, and no more figures after them.
_ENDS_WITH_DAY_MONTH_FIGURES = lazy.compile(r"\b\d{1,2}([/.-])\d{1,2}$")


def date_figures_year_after(text: str, start: int, end: int) -> Span:
    """``date.figures_year_after``: the year after a day and month in figures ("Tues 4/5"
    + "/24", "Fri 13.09" + ".2024"); not a third number of another kind ("4/5/246")."""
    m = _ENDS_WITH_DAY_MONTH_FIGURES.search(text, max(start, end - 6), end)
    if m is None:
        return start, end
    year = re.compile(rf"{re.escape(m.group(1))}(?:\d{{4}}|\d{{2}})(?![\w/.-]*\d)").match(
        text, end, end + 6
    )
    return (start, year.end()) if year else (start, end)


# The time of day a date's finding took in ("March 3rd at 4pm", "2023/11/02 16:45",
# "2024-03-03T10:00", "2am on the 14th", "21.08.2023 um 14:00"): a time names no day, and the
# held-out sets mark the date alone ("[[date:3 March]] at 4pm").
_TIME_AT_END = lazy.compile(
    r"(?:,?[ \t]+(?:at|from|@|um|à|às|a[ \t]+las|alle|ore|om|kl\.?|klo)[ \t]*|,[ \t]*|[ \t]+|T)"
    r"(?:\d{1,2}(?:[:.h][0-5]\d)?(?::[0-5]\d)?[ \t]*(?i:am|pm|a\.m\.|p\.m\.|o['’]clock)"
    r"|(?:[01]?\d|2[0-3]):[0-5]\d(?::[0-5]\d)?(?:Z|[+-]\d\d:?\d\d)?(?:[ \t]*(?i:am|pm))?"
    # a bare hour after "at" ("Friday 13th at 7" of "… at 7 a.m.")
    r"|(?<=at[ \t])\d{1,2}|(?<=at)\d{1,2})$"
)
_TIME_AT_START = lazy.compile(
    r"(?:\d{1,2}(?:[:.][0-5]\d)?[ \t]*(?i:am|pm|a\.m\.|p\.m\.)|(?:[01]?\d|2[0-3]):[0-5]\d)"
    r"(?:[ \t]+(?i:on))?,?[ \t]+(?=\w)"
)


# The rest of a date written in figures that the finder read only in part: its day before
# ("16/" + "3/25", "17/" + "2/26") or its month and year after ("Saturday 15" + "/3").
_DAY_FIGURES_BEFORE = lazy.compile(r"(?<![\d/.-])\d{1,2}([/.-])$")
_FIGURES_AFTER = lazy.compile(r"([/.-])\d{1,2}(?:\1(?:\d{4}|\d{2}))?(?![\d/.-]|[.]\d)")


def date_figures_around(text: str, start: int, end: int) -> Span:
    """``date.figures_around`` (lead): a date in figures read whole, not from its month on
    ("Collected 16/3/25" read "3/25", "to 17/2/26" read "2/26") nor up to its day ("on
    Saturday 15/3" read "Saturday 15"): the day's figures and separator before, or the
    separator and the month's figures (and the year's) after."""
    if text[start : start + 1].isdigit():
        m = _DAY_FIGURES_BEFORE.search(text, max(0, start - 3), start)
        if m is not None and m.group(1) in text[start:end]:
            start = m.start()
    if text[end - 1 : end].isdigit() and not any(c in text[start:end] for c in "/.-"):
        m = _FIGURES_AFTER.match(text, end, end + 8)
        if m is not None:
            end = m.end()
    return start, end


def date_without_time(text: str, start: int, end: int) -> Span:
    """``date.without_time``: a date's finding without the time of day it took in ("March
    3rd" of "March 3rd at 4pm", "2023/11/02" of "2023/11/02 16:45", "the 14th" of "2am on
    the 14th"); a time alone is left as it is."""
    m = _TIME_AT_END.search(text, start, end)
    if m is not None and m.start() > start:
        end = m.start()
    m = _TIME_AT_START.match(text, start, end)
    if m is not None and m.end() < end:
        start = m.end()
    return start, end


def date_range_after(text: str, start: int, end: int) -> Span:
    """``date.range_after``: the last day of a range written after a date ("March 3" + " to
    5, 2024", "3 May" + " – 10 June 2023"); not a time or a count ("3 May to 5pm")."""
    return _then(_ENDS_WITH_DAY_OR_MONTH, _RANGE_AFTER, text, start, end)


def date_day_of_before(text: str, start: int, end: int) -> Span:
    """``date.day_of_before``: the day written before a month found by itself ("12th day
    of" + "June 1965")."""
    if not _STARTS_WITH_MONTH.match(text, start):
        return start, end
    return _grown_before(_DAY_OF_BEFORE, 20, text, start, end)


# What a link may hold after what was found (its path and query), and what ends a sentence.
_URL_TAIL = lazy.compile(r"[^\s<>\"'`]*")
_URL_TRAILING = ".,;:!?)]}'\"’"


def url_whole(text: str, start: int, end: int) -> Span:
    """``url.whole``: the rest of a link's path and query up to the next space, without
    the sentence's closing punctuation."""
    if text[start - 1 : start] == "=":
        return start, end  # a query's value found by itself (``link.leaky_query``)
    m = _URL_TAIL.match(text, end, end + 2000)
    if m is None or m.end() == end:
        return start, end
    tail = m.group().rstrip(_URL_TRAILING)
    return start, end + len(tail)


_BIOMETRIC_KIND = lazy.compile(
    r"[ \t-]+(?i:templates?|scans?|images?|samples?|data|records?|patterns?|profiles?|maps?"
    r"|readings?|enrol(?:l)?ments?|signatures?|photos?|photographs?|pictures?)\b"
)


# "a large port-wine" before "birthmark": an article, then up to three describing words.
_MARK_WORDS_BEFORE = lazy.compile(
    r"\b(?i:a|an|the|two|three)[ \t]+(?:(?!(?i:on|of|and|has|had|with)\b)[\w'’-]+[ \t]+){0,3}$"
)


_MARK_WORD = lazy.compile(r"(?i:tattoo|birth|scar|mole|port)")


def biometric_words_before(text: str, start: int, end: int) -> Span:
    """``biometric.words_before``: the article and describing words before a distinguishing
    mark ("a large port-wine" + " birthmark on her right cheek")."""
    if not _MARK_WORD.match(text, start):
        return start, end
    return _grown_before(_MARK_WORDS_BEFORE, 50, text, start, end)


def biometric_kind_after(text: str, start: int, end: int) -> Span:
    """``biometric.kind_after``: the kind of biometric record after its name
    ("fingerprint" + " template", "Face ID" + " scan")."""
    return _grown_after(_BIOMETRIC_KIND, 30, text, start, end)


# (records14) The biometric and what is kept of it, written right before the code a
# template is kept under: "iris template " + "IR-55120-7", "faceprint vector id " +
# "FV-22819-aa73", "palm-vein scan (" + "PV-SG-000218847". People write the kind and the
# code as one thing; the sets mark them as one.
_BIOMETRIC_BEFORE_CODE = lazy.compile(
    r"\b(?i:(?:finger|thumb|palm|voice|face|ear)[ \t-]?prints?|iris(?:[ \t-]?code)?|retinal?"
    r"|palm[ \t-]?veins?|face|facial)"
    r"(?:[ \t]+(?i:scan|template|hash|vector|id|code|record|profile|key))*[ \t]*[:#=(]?[ \t]*$"
)
_CODE_START = lazy.compile(r"(?=[\w:…-]*\d)[A-Za-z0-9]")


def biometric_kind_before_code(text: str, start: int, end: int) -> Span:
    """``biometric.kind_before_code``: the biometric and the kind of record written right
    before the code it is kept under ("iris template" + " IR-55120-7"); only for a span that
    is a code (a digit in it), not for a word ("iris scan" has nothing before it to take)."""
    if not _CODE_START.match(text, start, end):
        return start, end
    return _grown_before(_BIOMETRIC_BEFORE_CODE, 40, text, start, end)


# The side and the finger before a print or an eye's scan: "left" + " thumbprint", "right
# index " + "fingerprint", "left " + "iris scan".
_SIDE_BEFORE = lazy.compile(
    r"\b(?i:left|right)[ \t]+(?:(?i:index|middle|ring|little|pinky)[ \t]+(?:(?i:finger)[ \t]+)?)?$"
)
_SIDED = lazy.compile(r"(?i:finger|thumb|palm|hand|iris|retina|eye|ear|foot)")


def biometric_side_before(text: str, start: int, end: int) -> Span:
    """``biometric.side_before``: the side (and finger) written before a print or a scan
    ("left" + " thumbprint template", "right index fingerprint")."""
    if not _SIDED.match(text, start):
        return start, end
    return _grown_before(_SIDE_BEFORE, 24, text, start, end)


# The id or hash a biometric record is kept under: "DNA profile" + " ID DX-77812-Q",
# "thumbprint template" + " #44871", "voiceprint" + " ref. VP-2231".
_BIOMETRIC_ID_AFTER = lazy.compile(
    r"(?:[ \t]+(?:ID|Id|id|no\.?|No\.?|number|ref\.?|reference|hash|code)[ \t]*[:#]?|[ \t]*[:#])"
    r"[ \t]*(?=[\w-]*\d)[A-Za-z0-9][\w-]{3,}"
)


# After a record's kind, its id needs no label: "facial template" + " FT-2231-AB".
# (records14) and after a print's own name: "voiceprint" + " VP-22871-ACD"
_RECORD_KIND_AT_END = lazy.compile(r"(?i:template|profile|record|hash|sample|scan|data|print)s?$")
_BARE_ID_AFTER = lazy.compile(r"[ \t]+(?![12]\d{3}\b)(?=[A-Z0-9-]*\d)[A-Z0-9][A-Z0-9-]{3,}\b")


def biometric_id_after(text: str, start: int, end: int) -> Span:
    """``biometric.id_after``: the id, number or hash a biometric record is kept under
    ("DNA profile" + " ID DX-77812-Q", "thumbprint template" + " #44871", "facial template"
    + " FT-2231-AB")."""
    m = _BIOMETRIC_ID_AFTER.match(text, end, end + 60)
    if m is None and _RECORD_KIND_AT_END.search(text, max(start, end - 10), end):
        m = _BARE_ID_AFTER.match(text, end, end + 40)
    return (start, m.end()) if m else (start, end)


# Letters before an id value that are no label themselves ("ID", "NHS", "MRN" are).
_ID_PREFIX = lazy.compile(
    r"\b(?!(?:ID|PID|NO|NUM|NR|ACCT|MRN|NHS|SSN|SIN|PPS|DOB|IBAN|PIN|TIN|EIN|NPI|CHI|IHI|UHID"
    r"|IS|WAS|OF|ON|AT|FOR|MY|IN|TO|AN|A|THE|AND|OR|BY|ME|HIS|HER|OUR|YOUR|AS)\b)"
    r"[A-Z]{1,4}[ \t/-]$"
)
_ID_SUFFIX = lazy.compile(
    r"(?:[ \t]+[A-Z]\b(?![ \t]*[\w'’])|-[A-Z]{1,4}\b|/(?:\d{1,4}|[A-Z]{1,2})\b"
    # (records14) a Hong Kong identity card's check digit in brackets: "A123456" + "(7)"
    r"|(?<=\d)\([0-9A]\)(?!\w)"
    # the rest of a run joined by hyphens: "DMCH-25" + "-118840", "GAA-DUB" + "-0041728"
    r"|-\d{2,8}\b(?![-/]?\w)"
    # a card's two-letter version code at the end of a clause: "5584 112 903" + " RL"
    r"|[ \t]+(?!(?:OK|AM|PM|ET|PT|CT|MT|UK|US|EU|IN|ON|AT|TO|OR|IS|IT|NO|ID|ME|MY|SO|UP|GP"
    r"|ER|ED|HR|DR|MR|MS|PO|PS|RE|CC)\b)[A-Z]{2}\b(?=[ \t]*(?:[,.;:)(]|$))"
    # a last check letter before the sentence goes on: "PJN 604 221 H and the clinic"
    r"|[ \t]+(?![AI]\b)[A-Z]\b(?=[ \t]+[a-z]))"
)
_ID_LABEL_BEFORE = lazy.compile(
    r"(?i:\b(?:ID|no|num|number|#|account|acct|policy|member|group|claim|client|card))"
    r"\.?[ \t]*(?:is|was)?[ \t]*[:#]?[ \t]*$"
)


# A scheme's two or three letters before a long number need no label ("GWL 0092188 04",
# "(IP 2026-00871)"), unless a word in capitals goes before them (a shouted sentence), or
# they are a number's label ("BSN", "PHN": ``rules.is_id_label``) or a phone's ("PH", "WA").
_SCHEME_LETTERS = lazy.compile(r"(?<![\w-])(?!(?:PH|WA|TEL|MOB|FAX|CEL)\b)[A-Z]{2,3}[ \t]$")
_CAPITALS_WORD_BEFORE = lazy.compile(r"\b[A-Z]{2,}[ \t]+$")
_LONG_NUMBER = lazy.compile(r"\d(?:[ \t-]?\d){4}")


def record_letters_around(text: str, start: int, end: int) -> Span:
    """``id.letters_around``: the letters that begin or end an id value after its label
    ("member ID is W 8823 4471 09", "Medicaid ID MC 4471 9920 X", "GRP 00419-HMO"), and a
    scheme's letters before a long number with no label ("GWL 0092188 04")."""
    from medsocial_tui.compliance.rules import is_id_label

    prefix = _ID_PREFIX.search(text, max(0, start - 5), start)
    if prefix and (
        _ID_LABEL_BEFORE.search(text, max(0, prefix.start() - 40), prefix.start())
        or (
            _SCHEME_LETTERS.match(text, prefix.start(), start)
            and _LONG_NUMBER.match(text, start, end)
            and not _CAPITALS_WORD_BEFORE.search(text, max(0, prefix.start() - 12), prefix.start())
            and not is_id_label(text[prefix.start() : start].strip())
        )
    ):
        start = prefix.start()
    suffix = _ID_SUFFIX.match(text, end, end + 8)
    if suffix:
        end = suffix.end()
    return start, end


_PLATE_DIGITS = lazy.compile(r"[ \t-]\d{1,4}\b(?![ \t]*(?:%|[:.]\d))")


def plate_digits_after(text: str, start: int, end: int) -> Span:
    """``vehicle.digits_after``: the last group of a plate written in groups ("KA 05 MN" +
    " 4471")."""
    return _grown_after(_PLATE_DIGITS, 6, text, start, end)


# The next word of a place's name cut after a comma: "Salford, Greater" + " Manchester".
_PLACE_WORD_AFTER = lazy.compile(rf"[ \t]+{_CAP}")


def geo_whole_words(text: str, start: int, end: int) -> Span:
    """``geo.whole_words``: a place's name cut after its comma is read whole ("Salford,
    Greater" + " Manchester"), and a state or a country after the comma, which Safe Harbor
    leaves unmarked, is left out ("Maplewood, New Jersey" is "Maplewood")."""
    comma = text.rfind(",", start, end)
    if comma < 0:
        return start, end
    from medsocial_tui.compliance.rules import no_smaller_than_a_state

    m = _PLACE_WORD_AFTER.match(text, end, end + 30)
    if m:
        end = m.end()
    if no_smaller_than_a_state(text[comma + 1 : end].strip().lower()):
        end = comma
    return start, end


# (extent37) The letters that end a place's finding after the town: a state's, a province's
# or a country's code after its comma ("Clarksdale, MS", "Penrith, NSW", "Gore, NZ") or
# after a space ("Richmond BC", "Bathurst NB"), which Safe Harbor leaves unmarked as it
# leaves a state's name ("Maplewood, New Jersey" is Maplewood), and the capitals a reading
# of "town, state" took in after a town's comma that are no state ("a woman from Enugu, BP
# 150/90", "from Rustenburg, TB in 2019"); and a hospital's unit after its name ("Royal
# Melbourne" + " ICU", "Bellevue" + " ER"), which is where in the hospital, not which one.
# Not a king's or a district's numeral ("Queen Elizabeth II"), nor Washington's "DC", a
# city of its own.
_CODE_AT_END = lazy.compile(r"(,?)[ \t]+([A-Z]{2,4})$")
_CARE_UNIT_CODES = frozenset("ICU NICU PICU CCU HDU ER ED AE OR".split())
_NOT_A_CODE = frozenset("II III IV VI VII VIII IX XI XII DC".split())


def geo_code_at_end_trimmed(text: str, start: int, end: int) -> Span:
    """``geo.code_at_end``: a state's or a country's letters after the town ("Clarksdale, MS",
    "Richmond BC") and a hospital's unit after its name ("Royal Melbourne ICU") are left
    out of the place; after a comma, any capitals that end it ("Enugu, BP")."""
    m = _CODE_AT_END.search(text, max(start, end - 7), end)
    if m is None or m.start() <= start:
        return start, end
    code = m.group(2)
    if code in _NOT_A_CODE:
        return start, end
    if not m.group(1) and code not in lx.REGION_CODES and code not in _CARE_UNIT_CODES:
        return start, end
    return start, m.start()


# The rest of a hyphenated town's name ("Kirkby" + "-in-Ashfield", "Frinton" + "-on-Sea",
# "Stratford" + "-upon-Avon", "Châlons" + "-en-Champagne").
_HYPHENATED_TOWN_REST = lazy.compile(
    r"(?:-(?:in|on|upon|under|le|la|les|en|by|the|sur|sous|am|an|de|del|di|lès)){1,2}"
    r"-[A-ZÀ-Þ][\w'’]*"
)
# A town after a care place or a workplace found by itself ("St. Luke's" + " in Bethlehem",
# "Groote Schuur" + " in Cape Town"): one place.
_TOWN_AFTER_IN = lazy.compile(rf"[ \t]+in[ \t]+{_TOWN}{_TOWN_END}")
# "at" (and "the") just before the place: a care place or a workplace, not a street
# ("lives on Atwal in Amroha") or a town ("in Leeds in the spring")
_AT_BEFORE = lazy.compile(r"\b(?i:at)[ \t]+(?:(?i:the)[ \t]+)?$")
# A workplace or a care place of a kind written before " in " and the town found ("the
# DaVita centre" + " in Hialeah", "the Amazon warehouse" + " in Kent").
# (not a person's word, nor a doctor's office: "Dr. Rossi's office in Austin" is Austin)
_NOT_A_PLACE_WORD = (
    r"(?!(?:The|My|Our|His|Her|Their|We|I|He|She|They|It|This|That|A|An|Dr|Mr|Mrs|Ms)\b)"
)
_PLACE_OF_A_KIND_BEFORE = lazy.compile(
    rf"(?:\b(?i:the)[ \t]+)?(?P<place>\b{_NOT_A_PLACE_WORD}"
    r"(?:[A-Z][\w'’.&-]*[ \t]+){1,3}(?:centre|center|clinic|plant|warehouse|factory|hospital"
    r"|hospice|school|store|shop|site|depot|mill|mine|prison|campus|college|pharmacy|hotel"
    r"|care[ \t]+home|nursing[ \t]+home))[ \t]+in[ \t]+$"
)
# A place named after "at" before " in " and the town found ("works at Philips in " +
# "Eindhoven", "is at the VA in " + "Phoenix").
_PLACE_AT_BEFORE = lazy.compile(
    rf"\b(?i:at)[ \t]+(?:(?i:the)[ \t]+)?({_NOT_A_PLACE_WORD}(?:[A-Z][\w'’.&-]*[ \t]+){{1,3}})"
    r"in[ \t]+$"
)


# The second word of a district named by a kind of ground ("Handsworth" + " Wood", "Golders"
# + " Green", "Tufnell" + " Park"), when nothing capitalised follows it.
_DISTRICT_WORD_AFTER = lazy.compile(
    r"[ \t]+(?:Wood|Green|Park|Heath|Hill|Vale|Common|End|Cross|Heights|Village)\b"
    r"(?![ \t]+[A-Z])"
    # (extent37) an Indian locality's block, stage or phase ("Jayanagar" + " 4th Block",
    # "BTM" + " 2nd Stage"), and a district's or a postal district's number ending a clause
    # ("Wuse" + " 2, Abuja", "Dublin" + " 8.", "Kingston" + " 6"; not "Leeds 3 times")
    r"|[ \t]+\d{1,2}(?:st|nd|rd|th)[ \t]+(?:Block|Stage|Phase|Sector)\b"
    r"|[ \t]+\d{1,2}(?=[ \t]*(?:[,;:)!?]|\.(?!\d)|$))"
)


def geo_district_word_after(text: str, start: int, end: int) -> Span:
    """``geo.district_word_after``: a district's second word after a place found by its
    first ("Handsworth" + " Wood", "Golders" + " Green"), a locality's block or stage
    ("Jayanagar" + " 4th Block") and a district's number ending a clause ("Wuse" + " 2,
    Abuja"); not before another name, nor a count going on ("Leeds 3 times")."""
    m = _DISTRICT_WORD_AFTER.match(text, end, end + 12)
    return (start, m.end()) if m else (start, end)


# The rest of a town named with a particle ("Rio" + " de Janeiro", "Oaxaca" + " de Juárez",
# "Frankfurt" + " am Main", "Newcastle" + " upon Tyne"), or a district's letter or numeral at
# the end of a clause ("Khalifa City" + " A", "Khayelitsha Site" + " B", "Gulberg" + " III").
_PARTICLE_TOWN_AFTER = lazy.compile(
    r"[ \t]+(?:(?:de|del|da|do|dos|das|di|du|des|am|an[ \t]+der|upon|sur)"
    r"(?:[ \t]+(?:la|las|los|le|les|el))?[ \t]+(?=[A-ZÀ-ÖØ-Þ][\w'’-])"
    rf"{_TOWN_WORD}(?![\w'’-]|[ \t]+[A-Z])"
    r"|(?:[A-Z]|II|III|IV|V|VI)\b(?=[ \t]*(?:[,;:)!?]|\.(?![\w.])|$)))"
)


def geo_particle_town_after(text: str, start: int, end: int) -> Span:
    """``geo.particle_town_after``: the rest of a town named with a particle ("Rio" + " de
    Janeiro", "Frankfurt" + " am Main"), a district's letter or numeral ending a clause
    ("Khalifa City" + " A"); not a word of the sentence ("Rio" + " de manhã")."""
    m = _PARTICLE_TOWN_AFTER.match(text, end, end + 40)
    return (start, m.end()) if m else (start, end)


# A hospital or university named "of" the place found ("University of " + "Michigan Health",
# "Hospital of the University of " + "Pennsylvania").
_INSTITUTION_OF_BEFORE = lazy.compile(
    r"\b(?:(?:Royal|National|General|Children['’]s|Memorial|State|City)[ \t]+){0,2}"
    r"(?:University|Hospital|Infirmary|Institute|Clinic|Centre|Center|College|School)"
    r"(?:[ \t]+of[ \t]+(?:the[ \t]+)?(?:University|Hospital|Infirmary|Institute|College))?"
    r"[ \t]+of[ \t]+(?:the[ \t]+)?$"
)
# A care place's district or town after its comma ("St Mary's Hospital" + ", Paddington",
# "St. Joseph's" + ", Mallow"), not a state ("…, Texas").
_CARE_PLACE_END = lazy.compile(
    r"(?:Hospitals?|Infirmary|Clinics?|Centre|Center|Hospice|Surgery|Practice|Home"
    # a medical college or a university's hospital: "Christian Medical College" + ", Vellore"
    r"|College|University|Institute|['’]s"
    # (extent37) a child's school: "Holy Cross School" + ", Brampton"
    r"|School|Academy)$"
)
# (with a city's district number: "St. James's Hospital" + ", Dublin 8")
_TOWN_AFTER_COMMA = lazy.compile(rf",[ \t]*{_TOWN}(?:[ \t]+\d{{1,2}}W?\b)?{_TOWN_END}")


def geo_institution_of_before(text: str, start: int, end: int) -> Span:
    """``geo.institution_of_before``: the hospital or university a place is written "of"
    ("University of " + "Michigan Health", "Royal Infirmary of " + "Edinburgh")."""
    m = _INSTITUTION_OF_BEFORE.search(text, max(0, start - 60), start)
    return (m.start(), end) if m else (start, end)


# (guard-extents4) What a care place is "of" or "for", written after its kind: "University
# Hospital" + " of the West Indies", "Royal Infirmary" + " of Edinburgh", "Bristol Royal
# Hospital" + " for Children", "Hospital" + " for Sick Children"; capitalised words only,
# no weekday or month ("… Hospital for Monday's clinic" is no name).
_CARE_KIND_OF_END = lazy.compile(r"(?:Hospital|Infirmary|Clinic|Centre|Center|Institute|Hospice)$")
_OF_WORD = r"[A-ZÀ-ÖØ-Þ][a-zà-ÿ]+(?:-[A-ZÀ-ÖØ-Þ][a-zà-ÿ]+)?(?![\w'’-])"
_OF_OR_FOR_AFTER = lazy.compile(
    rf"[ \t]+(?:of|for)[ \t]+(?:the[ \t]+)?{_OF_WORD}(?:[ \t]+(?:(?:and|of|the)[ \t]+)?{_OF_WORD}){{0,3}}"
)


def geo_care_place_of_after(text: str, start: int, end: int) -> Span:
    """``geo.care_place_of_after``: the place or people a care place's name says it is of
    or for, after its kind ("University Hospital" + " of the West Indies", "Bristol Royal
    Hospital" + " for Children")."""
    if not _CARE_KIND_OF_END.search(text, max(start, end - 12), end):
        return start, end
    m = _OF_OR_FOR_AFTER.match(text, end, end + 60)
    if m is None:
        return start, end
    for word in m.group().split():
        if word.lower() in lx.WEEKDAYS or word.lower() in lx.MONTHS:
            return start, end
    return start, m.end()


def geo_care_place_town_after(text: str, start: int, end: int) -> Span:
    """``geo.care_place_town_after``: the district or town after a care place's comma
    ("St Mary's Hospital" + ", Paddington"); not a state or a country ("…, Texas")."""
    if not _CARE_PLACE_END.search(text, max(start, end - 12), end):
        return start, end
    m = _TOWN_AFTER_COMMA.match(text, end, end + 50)
    if m is None:
        return start, end
    from medsocial_tui.compliance.rules import no_smaller_than_a_state

    if no_smaller_than_a_state(text[end + 1 : m.end()].strip().lower()):
        return start, end
    return start, m.end()


# The rest of a place's name after the words found: the kind of place ("Great Ormond Street"
# + " Hospital", "Greenfield" + " Lodge", "Ferrybridge" + " Power Station"), a saint's name
# after "St." ("Providence St." + " Peter"), a ward's or a community's number ("Ward" + " 7B",
# "Community" + " 7") and a king's or a queen's number ("… Zainab" + " II").
_PLACE_REST_AFTER = lazy.compile(
    r"[ \t]+(?:(?:Hospital|Infirmary|Hospice|Clinic|Lodge|Surgery|Sanatorium|Asylum"
    r"|(?:Medical|Health|Community|Care|Dental|Health[ \t]+Care)[ \t]+(?:Centre|Center|Clinic)"
    r"|(?:Care|Nursing|Rest|Retirement)[ \t]+Home|Power[ \t]+Station|Prison|Barracks)\b"
    # the kind alone after a place's own words: "Sunnybrook Health Sciences" + " Centre"
    # (not a word of another name after it: "Leeds" + " Centre Parcs")
    r"|(?:Centre|Center|Institute|Medical[ \t]+(?:Centre|Center|College))\b(?![ \t]+[A-Z])"
    # (lead) a care place's kind of care or its hospital's standing, ending its name: "Midtown"
    # + " Endoscopy", "Abbotsford" + " Regional", "Jurong" + " Polyclinic", "Sunrise" + "
    # Assisted Living" (not before another name's word: "Leeds Regional Office")
    r"|(?:Endoscopy|Polyclinic|Dermatology|Imaging|Radiology|Physiotherapy|Rehabilitation"
    r"|Rehab|Diagnostics|Pathology|Orthopaedics|Orthopedics|Pediatrics|Paediatrics|Oncology"
    r"|Cardiology|Urgent[ \t]+Care|Assisted[ \t]+Living|Aged[ \t]+Care|Memory[ \t]+Care"
    r"|Regional|General)\b(?![ \t]+[A-Z])"
    r"|(?:II|III|IV)\b(?![ \t]+(?i:drip|fluids?|lines?|access|antibiotics?|therapy|infusions?)))"
)
# (extent37) and a woman saint's "Ste." as French writes it ("Sault Ste." + " Marie")
_SAINT_AT_END = lazy.compile(r"\bSte?\.?$")
_SAINT_AFTER = lazy.compile(rf"\.?[ \t]+{_CAP}")
_NUMBERED_AT_END = lazy.compile(r"\b(?:Ward|Community|Block|Wing|Pavilion|Sector|Zone|Unit)$")
_NUMBER_AFTER = lazy.compile(r"[ \t]+(?:\d{1,3}[A-Z]?|[A-Z]\d{0,2})\b(?![:.,]?\d)")
# (extent37) a care place numbered as Mexico's, Russia's or Eastern Europe's are, its name
# cut at "No" ("Hospital General de Zona No" + ". 1", "Unidad de Medicina Familiar No" + ".
# 28", "Polyclinic No" + " 3")
_NO_AT_END = lazy.compile(r"\bN[oº]$")
_NO_NUMBER_AFTER = lazy.compile(r"\.?[ \t]*\d{1,3}\b(?![:.,/-]?\d)")


def geo_rest_after(text: str, start: int, end: int) -> Span:
    """``geo.rest_after``: the rest of a care place's or a workplace's name after the words
    found: its kind ("Great Ormond Street" + " Hospital", "Greenfield" + " Lodge"), a saint
    after "St." ("Providence St." + " Peter"), a ward's number ("Ward" + " 7B") or a
    numeral ("… Zainab" + " II"); not a word of the sentence ("Ward" + " rounds")."""
    if _SAINT_AT_END.search(text, max(start, end - 4), end):
        m = _SAINT_AFTER.match(text, end, end + 30)
        if m is None:
            return start, end
        end = m.end()  # and the kind after the saint: "St. Susannah's" + " Medical Centre"
    if _NUMBERED_AT_END.search(text, max(start, end - 10), end):
        m = _NUMBER_AFTER.match(text, end, end + 8)
        return (start, m.end()) if m else (start, end)
    if " " in text[start:end] and _NO_AT_END.search(text, max(start, end - 3), end):
        m = _NO_NUMBER_AFTER.match(text, end, end + 8)
        return (start, m.end()) if m else (start, end)
    m = _PLACE_REST_AFTER.match(text, end, end + 40)
    return (start, m.end()) if m else (start, end)


# A place's leading capitalised words the finder left before a care place or a school (one
# with such a word)
# ("American" + " University of Beirut Medical Center", "Royal" + " Free Hospital",
# "Northern" + " General Hospital"): only within a sentence (after a lower-case word or a
# comma), never a title, a person's word, a weekday or a month, nor a possessive ("Dad's").
_FACILITY_WORD = lazy.compile(
    r"\b(?:University|Hospital|Infirmary|Institute|Clinic|Centre|Center|College|School"
    r"|Hospice|Medical|Teaching|Health|Dental)\b"
)
_LEADING_WORDS_BEFORE = lazy.compile(
    r"(?:(?<=[a-z,][ \t])|(?<=[a-z][ \t]the[ \t]))"
    r"((?:(?!(?:The|A|An|At|In|To|From|My|Our|His|Her|Their|Your|This|That|We|I|He|She|They"
    r"|It|Dr|Mr|Mrs|Ms|Mx|Prof|Saint|Visit|Visited|Call)\b)"
    r"[A-Z][a-z]+(?![\w'’-])[ \t]+){1,2})$"
)


_NUMBER_NAME_BEFORE = lazy.compile(r"\b(?i:to|at|in|from)[ \t]+(\d{1,3})[ \t]+$")


def geo_leading_words_before(text: str, start: int, end: int) -> Span:
    """``geo.leading_words_before``: the leading words of a care place's or a school's name
    that the finder left off ("American" + " University of Beirut Medical Center", "Royal" +
    " Free Hospital", a hospital's number: "37" + " Military Hospital"), within a sentence;
    not a weekday, a month or a person's name."""
    if not _FACILITY_WORD.search(text, start, end):
        return start, end
    m = _LEADING_WORDS_BEFORE.search(text, max(0, start - 30), start)
    if m is None:
        # a hospital named by its number: "admitted to " + "37" + " Military Hospital"
        n = _NUMBER_NAME_BEFORE.search(text, max(0, start - 16), start)
        return (n.start(1), end) if n and "Hospital" in text[start:end] else (start, end)
    words = m.group(1).split()
    for word in words:
        lower = word.lower()
        if lower in lx.MONTHS or lower in lx.WEEKDAYS or lower in lx.GIVEN_NAMES:
            return start, end
    return m.start(1), end


# A town written after a care place's kind with no comma ("University Medical Center" + "
# El Paso", "Prisma Health" + " Greenville"): one or two capitalised words that name a town
# of the gazetteer, then no more capitalised words; not a state or a country.
_CARE_KIND_END = lazy.compile(
    # (extent37) and a medical college's: "Government Medical College" + " Kozhikode"
    r"(?:Hospital|Infirmary|Clinic|Centre|Center|Health|Hospice|Institute|College)$"
)
_TOWN_WORDS_AFTER = lazy.compile(rf"[ \t]+({_TOWN_WORD}(?:[ \t]+{_TOWN_WORD})?)(?![ \t]+[A-Z\d])")


def geo_town_written_after(text: str, start: int, end: int) -> Span:
    """``geo.town_written_after``: a town of the gazetteer written right after a care
    place's kind ("University Medical Center" + " El Paso", "Prisma Health" + "
    Greenville"); not a state or a country, not another capitalised word."""
    if not _CARE_KIND_END.search(text, max(start, end - 12), end):
        return start, end
    m = _TOWN_WORDS_AFTER.match(text, end, end + 40)
    if m is None:
        return start, end
    town = m.group(1).lower()
    if town not in lx.place_names():
        return start, end
    from medsocial_tui.compliance.rules import no_smaller_than_a_state

    if no_smaller_than_a_state(town):
        return start, end
    return start, m.end()


def address_place_kind_after(text: str, start: int, end: int) -> Span:
    """``address.place_kind_after``: a street named with no house number that is a care
    place's name ("Great Ormond Street" + " Hospital", "Providence St." + " Vincent Medical
    Center"): its kind after it is part of it; a saint after "St." only with the kind."""
    if any(c.isdigit() for c in text[start:end]):
        return start, end
    after = end
    if _SAINT_AT_END.search(text, max(start, end - 4), end):
        saint = _SAINT_AFTER.match(text, end, end + 30)
        if saint is None:
            return start, end
        after = saint.end()
    m = _PLACE_REST_AFTER.match(text, after, after + 40)
    if m is None or m.group(0).strip() in ("II", "III", "IV"):
        return start, end
    return start, m.end()


def geo_hyphenated_town(text: str, start: int, end: int) -> Span:
    """``geo.hyphenated_town``: a town's name joined by hyphens is read whole ("Kirkby" +
    "-in-Ashfield", "Frinton" + "-on-Sea")."""
    m = _HYPHENATED_TOWN_REST.match(text, end, end + 30)
    return (start, m.end()) if m else (start, end)


def geo_town_after_in(text: str, start: int, end: int) -> Span:
    """``geo.town_after_in``: the town after a place found by itself after "at" is part of
    it ("at St. Luke's" + " in Bethlehem", "at the VA" + " in Phoenix"); not a month ("in
    March"), not a street's town ("lives on Atwal in Amroha")."""
    if not _AT_BEFORE.search(text, max(0, start - 8), start):
        return start, end
    m = _TOWN_AFTER_IN.match(text, end, end + 50)
    return (start, m.end()) if m else (start, end)


def geo_place_of_a_kind_before(text: str, start: int, end: int) -> Span:
    """``geo.place_of_a_kind_before``: a workplace or a care place named before " in " and
    the town ("the DaVita centre in " + "Hialeah", "works at Philips in " + "Eindhoven"),
    without the "the" before it (extent37: the read sets mark "the [[DaVita centre in
    Hialeah]]" far more often than they take "the" in)."""
    m = _PLACE_OF_A_KIND_BEFORE.search(text, max(0, start - 60), start)
    if m:
        return m.start("place"), end
    m = _PLACE_AT_BEFORE.search(text, max(0, start - 60), start)
    return (m.start(1), end) if m else (start, end)


# Words a name's capitalised run takes in after the name that are no part of it: the next
# field's label ("John Smith" + " DOB:", "Ahmed Khan" + " Address:"), a credential ("Sarah
# Connor" + " RN"), a day ("Mary Ellis" + " Today"), a job or a desk ("Ms. Anita Rao" + "
# Senior Manager", "Mrs. Lewis" + " Reception"); and before it, the word for the person's
# role in a form or a record ("Student" + " Maya Lin", "Greetings" + " Santiago").
_NOT_NAME_AFTER = frozenset(
    "dob d.o.b mrn nhs ssn sin id address addr phone tel mobile cell email e-mail name age"
    " sex gender date born ref acct account policy member patient room ward bed case"
    " rn md np pa lpn dds dmd phd mbbs bsc msc frcs mrcp cna emt rdh"
    " monday tuesday wednesday thursday friday saturday sunday today tomorrow yesterday"
    " tonight senior manager director reception receptionist officer chief head lead"
    " supervisor coordinator assistant secretary team staff department dept services service"
    " support billing records relations desk office"
    # (extent37) a form's next field in other words and languages ("Wanjiru Kamau" + " ID
    # No", "Juan Miguel Torres" + ", Birthdate", "María Reyes Ortiz" + " Edad", "Shafiqul
    # Islam" + " NID", "O'Brien, Liam" + " UR", "Nadia" + " IP", "Zhou Lei" + " WeChat")
    " no nr birthdate birthday edad idade alter sexo sexe geschlecht fecha nid dni nie curp"
    " cpf nss ur mr ip op bp wechat whatsapp viber".split()
)
_NOT_NAME_BEFORE = frozenset(
    "student patient employee customer client pupil resident member holder subscriber"
    " name contact greetings attn re"
    # a patient shortened: "Pt Maria Lopez, DOB …"
    " pt"
    # the role a record gives its person: "Driver Peter Kowalski", "Claimant Yusuf Ibrahim"
    " driver owner claimant applicant tenant insured policyholder beneficiary cardholder"
    " passenger victim caller donor recipient sender guardian"
    # (extent37) a ward's word for its patient: "Inpatient Nadia", "Outpatient Tomasz Nowak"
    " inpatient outpatient"
    # (read 99-102) another language's doctor before the name: "Daktari Kamau", "Dokter Sari"
    " daktari dokter doktor doktora".split()
)
# A greeting, a thanks or a "this is" in another language that a name's run took in at its
# start ("Bonjour Mathéo", "Herzlichen Dank, Dieter", "Ich bin Jana Novak", "Mensaje de
# Alejandro Ruiz Soto"): no part of the name. (Words that are given names too, "Cher",
# "Cara", "Ola", are left in.)
_GREETING_ABROAD_AT_START = lazy.compile(
    r"(?:Bedankt|Dank[ \t]+(?:je|u)(?:[ \t]+wel)?|Hartelijk[ \t]+dank|Hoi|Beste"
    r"|Danke(?:[ \t]+sch[oö]n|[ \t]+sehr)?|Vielen[ \t]+Dank|Herzlichen[ \t]+Dank|Hallo|Liebe|Lieber"
    r"|Merci(?:[ \t]+beaucoup)?|Bonjour|Bonsoir|Coucou|Salut|Buongiorno|Buonasera|Salve"
    r"|Guten[ \t]+(?:Tag|Morgen|Abend)|Goedemorgen|Goedemiddag|Buenos[ \t]+d[ií]as"
    r"|Buenas[ \t]+tardes|Bom[ \t]+dia|Boa[ \t]+tarde|Dzie[nń][ \t]+dobry"
    r"|Gracias|Muchas[ \t]+gracias|Hola|Querid[oa]|Estimad[oa]"
    r"|Grazie(?:[ \t]+mille)?|Ciao|Gentile|Obrigad[oa]|Muito[ \t]+obrigad[oa]|Olá|Prezad[oa]"
    r"|Dzi[eę]kujemy|Dzi[eę]kuj[eę]|Dzi[eę]ki|Cze[sś][cć]|Witaj|Drog[aiie]"
    r"|Ich[ \t]+bin|Je[ \t]+suis|Io[ \t]+sono|Eu[ \t]+sou|Jestem"
    # (names99) "I am" with the pronoun left out, and "my name is": "Sono Giulia Russo",
    # "Soy Ana", "Sou o Zé", "Mi chiamo", "Me llamo", "Ich heiße", "Ik ben", "Jsem"
    r"|Sono|Soy|Sou|Mi[ \t]+chiamo|Me[ \t]+llamo|Ich[ \t]+hei(?:ß|ss)e|Ik[ \t]+ben|Jsem"
    r"|(?:Mensaje|Mensagem|Message|Messaggio)[ \t]+d[ei]|Nachricht[ \t]+von|Bericht[ \t]+van"
    # (extent37) a German letter's or form's heading: "Bewerbung von Jonas Albrecht"
    r"|(?:Bewerbung|Anfrage|Anmeldung|Schreiben|Brief|Uberweisung)[ \t]+von"
    r")[,!]?[ \t]+(?=[A-ZÀ-ÖØ-Þ\u0100-\u017f])"
)
_POSSESSIVE_INSIDE = lazy.compile(r"['’]s(?=[ \t]+\S)")
# A full stop after a whole word ends the name's sentence: "Joaquín Fernández" of "Patient
# name: Joaquín Fernández. Complaint: …"; an initial's or a title's dot does not ("Mary J.
# Blige", "Capt. Ray Morales", "Md. Shafiqul Islam", "John Smith Jnr.").
_SENTENCE_STOP_INSIDE = lazy.compile(r"\b([^\W\d_]{2,}[^\W\d_A-Z])\.[ \t]+(?=\S)")
_DOTTED_WORDS = frozenset(
    "capt sgt col gen maj cmdr prof rev hon esq jnr snr mrs mme mlle sra srta dra ste ing dipl"
    " mag univ".split()
)
_LAST_WORD = lazy.compile(r"[ \t]+([\w.'’-]+)[.:,]?$")
_FIRST_WORD = lazy.compile(r"([\w'’-]+):?[ \t]+")


# The unit an age is written with, inside a finding: "93" of "93-year-old", "97" of "97 y/o",
# "100" of "100 years young", "ninety-one" of "ninety-one years of age". The number is the
# identifier; the unit names no one (the held-out sets mark "[[age:90]]-year-old").
_AGE_UNIT_INSIDE = lazy.compile(
    rf"(?i:[ \t-]*(?:years?|{lx.AGE_YR}\.?|{lx.AGE_YO}|{lx.AGE_YO_DOTTED}\.)(?![\w/])"
    r"(?:[ \t-]+(?:old|young|of[ \t]+age)\b)?"
    # and a birthday's word after its number ("100th" of "100th birthday")
    r"|(?:st|nd|rd|th)?[ \t]+birthday\b)"
)
_AGE_NUMBER = lazy.compile(
    r"(?i:\d{2,3}|(?:one[ \t-]+)?hundred(?:[ \t-]+(?:and[ \t-]+)?[a-z]+)*"
    r"|(?:ninety|eighty|seventy|sixty|fifty|forty|thirty|twenty)(?:[ \t-]+[a-z]+)?)"
)


def age_number_only(text: str, start: int, end: int) -> Span:
    """``age.number_only``: an age is its number, not its unit ("93" of "93-year-old", "97"
    of "97 y/o", "100" of "100 years young")."""
    number = _AGE_NUMBER.match(text, start, end)
    if number is None or number.end() == end:
        return start, end
    unit = _AGE_UNIT_INSIDE.match(text, number.end(), end)
    if unit is None or unit.end() != end:
        return start, end
    ordinal = text[number.end() : number.end() + 2]
    return start, number.end() + (2 if ordinal.lower() in ("st", "nd", "rd", "th") else 0)


def name_trim_words(text: str, start: int, end: int) -> Span:
    """``name.trim_words``: the words a name's run took in that are no part of the name:
    the next field's label, a credential, a day, a job ("John Smith" of "John Smith DOB",
    "Ms. Anita Rao" of "Ms. Anita Rao Senior Manager"), another language's greeting or thanks
    ("Mathéo" of "Bonjour Mathéo"), the next sentence after a full stop
    ("Joaquín Fernández" of "Joaquín Fernández. Complaint"), and a role or greeting before it
    ("Maya Lin" of "Student Maya Lin"), another language's family word ("Finn Becker" of
    "Unser Sohn Finn Becker"). A name of such a word alone is no name ("Name" of
    "Patient Name:"): nothing is left of it."""
    # a name ends at its possessive: "Olivia Brown's Fitbit" names Olivia Brown
    cut = _POSSESSIVE_INSIDE.search(text, start, end)
    if cut:
        end = cut.start() + 2
    for stop in _SENTENCE_STOP_INSIDE.finditer(text, start, end):
        if stop.group(1).lower() not in _DOTTED_WORDS and stop.start() > start:
            end = stop.start(1) + len(stop.group(1))
            break
    for _ in range(3):
        m = _LAST_WORD.search(text, start, end)
        if m is None or m.group(1).lower().rstrip(".") not in _NOT_NAME_AFTER:
            break
        end = m.start()
    m = _FIRST_WORD.match(text, start, end)
    if m and m.end() < end and m.group(1).lower() in _NOT_NAME_BEFORE:
        start = m.end()
    m = _GREETING_ABROAD_AT_START.match(text, start, end)
    if m and m.end() < end:
        start = m.end()
    # another language's "my" and family word ("Unser Sohn Finn Becker": German writes
    # both capitalised, and a run of capitals takes them in)
    m = _FIRST_WORD.match(text, start, end)
    if m and m.end() < end and m.group(1).lower() in lx.POSSESSIVES_ABROAD:
        kin = _FIRST_WORD.match(text, m.end(), end)
        kin_word = kin.group(1).lower() if kin else ""
        if kin and kin.end() < end and kin_word in lx.RELATION_WORDS_ABROAD:
            # not a given name written as the family word ("Mia Mae Jones": "mãe" folded)
            if kin_word not in lx.GIVEN_NAMES and kin_word not in lx.SURNAMES:
                start = kin.end()
    elif m and m.end() < end and m.group(1).lower() in lx.RELATION_WORDS_ABROAD:
        # only after its possessive: "mein " + "Bruder Stefan", not "Mae Bell Thornton"
        before = text[max(0, start - 12) : start].split()
        if before and before[-1].lower() in lx.POSSESSIVES_ABROAD:
            start = m.end()
    # (names99) a title inside the run opens the name: "Bewohner Herr Schulte" (German's
    # noun before it) is Schulte
    for t in _TITLE_INSIDE.finditer(text, start, end):
        if t.start() > start and t.end() < end:
            start = t.end()
    if " " not in text[start:end] and text[start:end].lower().rstrip(".:") in (
        _NOT_NAME_AFTER | _NOT_NAME_BEFORE | lx.TITLES
    ):
        return start, start  # (names99) and a title alone ("Estimada Sra.")
    return start, end


_TITLE_INSIDE = lazy.compile(r"(?<=[ \t])(?:Herr|Frau|Sra|Sr|Srta|Mme|Mrs|Mr|Ms|Dr)\.?[ \t]+")


# (extent37) The word a name is called by before it that is no part of the name, which a
# run of capitals or a reading of "two names" took in: a title of any language ("Doña
# Chela", "Sra. Ruiz", "Frau Weber"), a family word ("Gogo Nomsa", "Mum Mele", "Tita
# Baby"), a church's, a ward's or a community's form of address ("Sister Ruth Ann Poole",
# "Brother Earl Dobbins", "Nurse Hinewai", "Pastor Kofi"), Malay, Indonesian, South Asian,
# Singaporean and Shona honorifics ("Encik Rashid", "Pak Budi", "Shri Gopal Iyer", "Mdm Tan
# Siew Lan", "Mbuya Tendai"), a role ("Captain Rowan Adair", "Complainant Leilani
# Fonoti") and a greeting ("Namaste Rajesh", "Hej Lars"). Not a word that is a given or a
# family name too ("Nana Ama", "Lola Remedios", "Don Ferguson", "Son Heung-min"), and only
# before another word (a name of such a word alone is another step's to judge).
_CALLED_BY_BEFORE = frozenset(
    "nurse matron pastor deacon deaconess imam ustaz ustazah sheikh shaykh haji hajjah hajja"
    " captain capt sergeant sgt corporal cpl private pvt lieutenant lt major commander"
    " encik puan cik tuan pak bu bapak ibu kak abang mbak mas shri smt shrimati mdm madam"
    " mbuya sekuru ma'am maam paciente patiente patientin complainant candidate respondent"
    " defendant namaste namaskar namaskaram hej sawubona jambo talofa"
    " kind sohn tochter mein meine".split()
)
# (a relation word that is a Korean family name as well: "Son Heung-min")
_KOREAN_FAMILY_NAMES_TOO = frozenset({"son"})
_FIRST_NAME_WORD = lazy.compile(r"([\w'’]+)\.?,?[ \t]+(?=\S)")


def name_called_by_before(text: str, start: int, end: int) -> Span:
    """``name.called_by_before``: the title, family word, form of address, role or greeting
    a name's finding opens with is left out ("Ruth Ann Poole" of "Sister Ruth Ann Poole",
    "Chela" of "Doña Chela", "Tan Siew Lan" of "Mdm Tan Siew Lan"); not a word that is a
    name too ("Nana Ama", "Don Ferguson")."""
    m = _FIRST_NAME_WORD.match(text, start, end)
    if m is None or not m.group(1)[:1].isupper():
        return start, end
    word = m.group(1).lower()
    if word in lx.TITLES:  # (the fold reads "Doña" as "Dona", a given name as well)
        return m.end(), end
    if word in lx.GIVEN_NAMES or word in lx.SURNAMES:
        return start, end
    if word in _CALLED_BY_BEFORE:
        return m.end(), end
    if word in lx.RELATION_WORDS and word not in _KOREAN_FAMILY_NAMES_TOO:
        return m.end(), end
    return start, end


# (extent37) A given name right before a name of two words or more that a finder read from
# its second word ("Chris" + " Hani Baragwanath", "Jose" + " Rizal Mangubat", "Ali" + "
# Reza Karimi", "Cornelius" + " T. Bramble"): the first two words made a famous person's
# name or an ambiguous pair that was set aside, and the rest was found alone. Only a
# given name that is no everyday English word ("Will", "Grace", "Hope" stay out:
# ``lexicon.AMBIGUOUS_NAMES``).
_GIVEN_WORD_BEFORE = lazy.compile(r"(?:^|(?<=[\s(\"“,;:]))([A-Z][a-z]+)[ \t]$")


def name_given_name_before(text: str, start: int, end: int) -> Span:
    """``name.given_name_before``: the given name written right before a name of two or
    more words found from its second ("Chris" + " Hani Baragwanath", "Ali" + " Reza
    Karimi"); not a word of everyday English, a title, a month or a family word."""
    if " " not in text[start:end].strip():
        return start, end
    m = _GIVEN_WORD_BEFORE.search(text, max(0, start - 16), start)
    if m is None:
        return start, end
    word = m.group(1).lower()
    if word not in lx.GIVEN_NAMES or word in lx.AMBIGUOUS_NAMES:
        return start, end
    if word in lx.COMMON_CAPITALIZED or word in lx.MONTHS or word in lx.WEEKDAYS:
        return start, end
    if word in lx.TITLES or word in lx.RELATION_WORDS:
        return start, end
    return m.start(1), end


# A generation's suffix after a name ("José María de la Cruz" + " Jr.", "Walter Brooks" +
# ", Sr.", "Kwame Boateng" + " III"): part of the name.
# (not an intravenous line: "Kwame IV fluids", "her IV drip")
_NAME_SUFFIX_AFTER = lazy.compile(
    r"(?:,?[ \t]+(?:Jr|Sr|Jnr|Snr)\b\.?|[ \t]+(?:II|III|IV)\b"
    r"(?![ \t]+(?i:drip|fluids?|lines?|access|antibiotics?|therapy|infusions?|iron|push|bags?"
    r"|cannula|meds|medication|site|pole|team|nurse)\b))"
)


def name_suffix_after(text: str, start: int, end: int) -> Span:
    """``name.suffix_after``: the generation's suffix written after a name ("… de la Cruz"
    + " Jr.", "Walter Brooks" + ", Sr.", "Kwame Boateng" + " III")."""
    return _grown_after(_NAME_SUFFIX_AFTER, 8, text, start, end)


# (guard-extents4) A nickname in quotes or brackets between a given name and the family
# name ("Harold" + ' "Hal" Dempsey', "Alexander" + " (Sandy) McIntosh", "Nkosinathi" +
# ' "Nathi" Zulu'): the whole is the name. The family name is one or two capitalised words
# that are no everyday word of a sentence ("Jim \"Jimbo\" The …" stops).
_NICK = r"[A-ZÀ-ÖØ-Þ\u0100-\u017f][^\W\d_]+"
_NICKNAME_THEN_SURNAME = lazy.compile(
    rf"[ \t]+(?:\"{_NICK}\"|“{_NICK}”|'{_NICK}'|\({_NICK}\))"
    r"[ \t]+(?!(?:The|And|Is|Was|Has|Had|Who|Will|Came|Said|On|In|At|From|To)\b)"
    r"((?:Mc|Mac|O['’]|D['’])?[A-ZÀ-ÖØ-Þ\u0100-\u017f][^\W\d_]+(?:-[A-ZÀ-ÖØ-Þ][^\W\d_]+)?)"
)


def name_nickname_after(text: str, start: int, end: int) -> Span:
    """``name.nickname_after``: a nickname in quotes or brackets and the family name after a
    given name found ("Harold" + ' "Hal" Dempsey', "Alexander" + " (Sandy) McIntosh");
    not a sentence going on after the quotes ('Jim "Jimbo" The …')."""
    m = _NICKNAME_THEN_SURNAME.match(text, end, end + 60)
    return (start, m.end()) if m else (start, end)


# A family name written before the given name with a comma, as lists, tables and forms
# write a person ("Okonkwo, Chidi A.", "Patient list — Abara, Ngozi 09:00; Cohen, Miriam",
# "\"Dubois, Camille\",\"1991-02-28\""): one or two capitalised words at the start of a
# line, a cell or a field (after "|", ";", a tab, a quote, ": " or a dash), then ", ".
# (guard-recall7) Also after a slash, a time, a bed's or a chair's number or a list's, as
# day sheets and ward lists write an entry ("08:30 Sahin, Ayse", "/ 9:15 Fitzgerald, Rhys",
# "bed 2 Okonkwo, Chinedu", "1) Osei, Kofi"; not a phone's last digits before a sign-off),
# and a family name with its "O'" or a hyphen ("O'Sullivan, Patrick", "MORALES-ORTEGA,
# Valentina").
_SURNAME_WORD = r"[A-ZÀ-ÖØ-Þ\u0100-\u017f](?:['’][A-ZÀ-ÖØ-Þ])?[^\W\d_]+(?:-[A-ZÀ-ÖØ-Þ][^\W\d_]+)?"
# (the family name is looked for first, from its capital, then the entry's start before
# it: a pattern with the starts as look-behinds was tried at every character)
_SURNAME_BEFORE_COMMA = lazy.compile(
    rf"(?P<surname>{_SURNAME_WORD})(?:[ \t]+(?P<second>{_SURNAME_WORD}))?,[ \t]*$"
)
_ENTRY_START_BEFORE = lazy.compile(
    r"(?:^|[\n|;\t\"—–:/]|[\d.:]\d\d[ \t]|\d[ap]m[ \t]|\s\d[.)][ \t]"
    r"|\b(?i:bed|bay|room|chair|token|cubicle)[ \t]\d\d?[ \t])[ \t\"]*$"
)


def _surname_first_before(text: str, start: int) -> tuple[int, str] | None:
    """Where the one or two family-name words before ``start`` and their comma begin, and
    the words, when an entry starts right before them (a line, a cell, a field, a time, a
    bed's or a list's number)."""
    if text.rfind(",", max(0, start - 48), start) < 0:
        return None  # (most names: no comma before them to search back from)
    m = _SURNAME_BEFORE_COMMA.search(text, max(0, start - 48), start)
    if m is None:
        return None
    for group in ("surname", "second"):
        begin = m.start(group)
        if begin < 0:
            break
        if begin == 0 or _ENTRY_START_BEFORE.search(text, max(0, begin - 24), begin):
            return begin, text[begin : m.end(group) if group == "second" else m.end()].rstrip(
                ", \t"
            )
    return None


# After the given name: a list goes on ("and", "or", "&") or a greeting ends ("!").
_LIST_OR_CRY_AFTER = lazy.compile(r"[ \t]*(?:!|&|(?:and|or|y|et|und|e)\b)")


def name_surname_first(text: str, start: int, end: int) -> Span:
    """``name.surname_first``: the family name written before a given name the finders
    read, in a list's, a table's or a form's "Surname, Given" ("Okonkwo, " + "Chidi A.",
    "Abara, " + "Ngozi"); not a greeting or a town before a name ("Thanks, Anna", "Leeds,
    Anna said"), nor a thanks in another language ("Obrigado, Thiago"), nor when the name
    found starts with no given name."""
    first = text[start:end].split(maxsplit=1)
    if not first or first[0].lower().rstrip(".,") not in lx.GIVEN_NAMES:
        return start, end
    if _LIST_OR_CRY_AFTER.match(text, end):
        return start, end  # "Siri, Alexa and Google", "Eid Mubarak, Yusuf!"
    found = _surname_first_before(text, start)
    if found is None or not all(lx.reads_as_family_name(w) for w in found[1].split()):
        return start, end
    if _GREETING_ABROAD_AT_START.match(text, found[0]):
        return start, end  # "Obrigado, Thiago", "Herzlichen Dank, Dieter": a thanks
    return found[0], end


# East and Southeast Asian family names written before the given names (as the guard reads
# them, folded: "Lê" is "Le", "Nguyễn" "Nguyen"), one word each.
_FAMILY_FIRST = frozenset(
    "nguyen tran le pham hoang huynh phan vu vo dang bui do ho ngo duong ly dinh truong"
    " tan lim ng lee wong chan goh ong koh teo chua yeo tay toh lau leong cheong"
    " kim park choi jung kang cho yoon jang han oh seo shin kwon hwang ahn song yoo hong jeon"
    " wang li zhang liu chen yang huang zhao wu zhou xu sun zhu hu guo lin luo zheng liang"
    " xie tang".split()
)
# (the word before, capitalised, after a space or a line's start; not after a possessive or
# a title's dot that makes it something else)
_FAMILY_WORD_BEFORE = lazy.compile(r"(?:^|(?<=[\s(\"“,;:]))([A-ZĐ][a-zđ]{0,7})[ \t]+$")


def name_family_first_before(text: str, start: int, end: int) -> Span:
    """``name.family_first_before`` (lead): the family name an East or Southeast Asian name
    is written with before its given names, that the finders left out ("Lê" + " Thị Mai",
    "Nguyen" + " Van An"): one capitalised word on ``_FAMILY_FIRST`` right before a name
    of two words or more."""
    if len(text[start:end].split()) < 2:
        return start, end
    m = _FAMILY_WORD_BEFORE.search(text, max(0, start - 10), start)
    if m is None or m.group(1).lower() not in _FAMILY_FIRST:
        return start, end
    return m.start(1), end


# (guard-recall8) A nickname's "Big" or "Lil" before a given name found ("Big" + " Mike",
# "Lil" + " Dre"): the whole is what the person is called. Capitalised, right before.
_NICKNAME_WORD_BEFORE = lazy.compile(r"(?:^|(?<=[\s(\"“,;:]))(?:Big|Lil['’]?)[ \t]+$")


def name_nickname_before(text: str, start: int, end: int) -> Span:
    """``name.nickname_before``: "Big" or "Lil" right before a name found ("Big Mike from
    the gym", "Lil Dre's tooth")."""
    m = _NICKNAME_WORD_BEFORE.search(text, max(0, start - 6), start)
    return (m.start(), end) if m else (start, end)


# The steps, by the label of the finding they widen, run in this order.
EXTENSION_STEPS: dict[str, tuple[Step, ...]] = {
    "address": (
        address_unit_before,
        address_building_before,
        # the flat before a named building ("Flat 2, " + "Hillcrest House, 14 Mill Lane")
        address_unit_before,
        address_number_tail,
        address_unit_number_after,
        address_parts_after,
        address_last_word,
        # (after the town the parts after it read: "220 Queen St E" + ", Sault Ste")
        address_saint_town_after,
        # the town and postcode after a word the last step finished ("…, Flat" + " B" +
        # ", Sheffield S10 2HR")
        address_parts_after,
        address_town_after_postcode,
        address_next_lines,
        address_place_kind_after,
    ),
    "age": (age_number_only,),
    "date": (
        date_trim_edges,
        date_range_before,
        date_day_of_before,
        date_weekday_before,
        date_holiday_before,
        date_year_before,
        date_month_after,
        date_range_after,
        date_year_after,
        date_figures_year_after,
        date_without_time,
        date_figures_around,
    ),
    "name": (
        name_trim_words,
        name_called_by_before,
        name_given_name_before,
        name_surname_first,
        name_family_first_before,
        name_nickname_before,
        name_nickname_after,
        name_suffix_after,
    ),
    "url": (url_whole,),
    "geo": (
        geo_code_at_end_trimmed,
        geo_whole_words,
        geo_rest_after,
        geo_town_written_after,
        geo_hyphenated_town,
        geo_particle_town_after,
        geo_district_word_after,
        geo_institution_of_before,
        geo_care_place_of_after,
        # after the "University of" before a place: "American" + " University of Beirut …"
        geo_leading_words_before,
        geo_care_place_town_after,
        geo_town_after_in,
        geo_place_of_a_kind_before,
    ),
    "biometric": (
        biometric_kind_before_code,
        biometric_words_before,
        biometric_side_before,
        biometric_kind_after,
        biometric_id_after,
    ),
    "record_number": (record_letters_around,),
    # a number after an id label that the phone finders took: "member ID is W 8823 4471 09"
    "phone": (record_letters_around, phone_extension_after),
    "vehicle_id": (plate_digits_after, record_letters_around),
    # a scheme's letters before a number the national-number finders took: "ZQH 004881273"
    "ssn": (record_letters_around,),
    # a serial's last check letter: "PJN 604 221" + " H"
    "device_id": (record_letters_around,),
}


# A care place's own name, then " in " and its town: two places ("Mayo Clinic" and
# "Rochester", "Hospital de Santa Maria" and "Lisbon"), the "in" neither's. A kind of
# place written in lower case keeps its town ("the DaVita centre in Hialeah" is one place),
# and so does a place of no such word ("St. Luke's in Bethlehem", "Sutter Health in
# Sacramento", "works at Philips in Eindhoven").
_CARE_PLACE_IN_TOWN = lazy.compile(
    r"(?P<place>.*?\b(?:Hospital|Infirmary|Clinic|Centre|Center|Hospice|Home|Surgery"
    r"|Practice|School|Lodge|Hotel|Memorial|Institute|College|University)\b.*?)"
    # (the town may have its county or larger town after a comma: "in Observatory, Cape Town")
    r"[ \t]+in[ \t]+(?P<town>" + _TOWN + r"(?:,[ \t]*" + _TOWN + r"(?:[ \t]+\d{1,2}W?)?)?)$"
)


def geo_split_town_after_in(text: str, start: int, end: int) -> list[Span]:
    """``geo.split_town_after_in``: a care place's name and the town after its " in "
    are two places ("Mayo Clinic in Rochester" is "Mayo Clinic" and "Rochester")."""
    m = _CARE_PLACE_IN_TOWN.match(text, start, end)
    if m is None:
        return [(start, end)]
    return [(start, m.end("place")), (m.start("town"), end)]


def extend_findings(text: str, findings: list[Finding]) -> list[Finding]:
    """``findings`` with each one widened by its label's ``EXTENSION_STEPS`` (a care place
    and its town then split in two: ``geo_split_town_after_in``)."""
    widened: list[Finding] = []
    # What the steps made of each label's span: the steps read the text and the span alone,
    # and ~40% of the findings a text brings are a span another finder found too (a name
    # found by the word lists and by the name rules), each widened once.
    done: dict[tuple[str, int, int], tuple[int, int, list[Span] | None]] = {}
    for f in findings:
        steps = EXTENSION_STEPS.get(f.label)
        if not steps:
            widened.append(f)
            continue
        key = f.label, f.start, f.end
        known = done.get(key)
        if known is None:
            start, end = f.start, f.end
            for step in steps:
                start, end = step(text, start, end)
            split: list[Span] | None = None
            if f.label == "geo" and " in " in text[start:end]:
                parts = geo_split_town_after_in(text, start, end)
                if len(parts) > 1:
                    split = parts
            known = done[key] = start, end, split
        start, end, split = known
        if split is not None:
            widened.extend(Finding(a, b, f.label, f.reason, f.severity, f.check) for a, b in split)
            continue
        if (start, end) == (f.start, f.end):
            widened.append(f)
        elif start >= end:
            continue  # a step left nothing of it ("Name" of "Patient Name:")
        else:
            widened.append(Finding(start, end, f.label, f.reason, f.severity, f.check))
    return widened
