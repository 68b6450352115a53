"""Identifiers with a shape: phone and fax numbers, emails, SSNs, record/member/account and
licence numbers, device serials, VINs and plates, street addresses, ZIP codes, and links or
handles that point at one person. Each skips the practice's own details."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from functools import lru_cache, partial

from medsocial_tui.compliance import lazy
from medsocial_tui.compliance import lexicon as lx
from medsocial_tui.compliance.context import PracticeContext, digits_of, domain_of
from medsocial_tui.compliance.findings import Finding
from medsocial_tui.compliance.findings import group_finding as _finding
from medsocial_tui.compliance.lexicon import AMBIGUOUS_NAMES, GIVEN_NAMES, SURNAMES
from medsocial_tui.compliance.people_vetoes import THANKS_BEFORE
from medsocial_tui.compliance.person_cues import person_between, short_text_about_someone
from medsocial_tui.compliance.text import (
    finditer_at,
    matches_at,
    register_starts,
    sentence_around,
    word_starts,
)

_I = re.IGNORECASE

SSN = lazy.compile(
    r"\b(?!000|666|9\d\d)\d{3}-\d{2}-\d{4}\b"
    # written with dots ("987.65.4321"; not a version's or an address's fourth part)
    r"|(?<![\d.])(?!000|666|9\d\d)\d{3}\.\d{2}\.\d{4}(?![.\d])"
    # masked but for its last four: "xxx-xx-4471", "***-**-9921", "XXX-XX-1234"
    r"|(?<![\w*#])[xX]{3}-[xX]{2}-\d{4}\b|(?<=(?<![\w*#])\*\*\*-\*\*-)\d{4}\b"
    r"|(?:\bSSN|\bsocial\s+security(?:\s+(?:number|no\.?|#))?)\s*(?:is|:|#)?\s*(\d{3}[\s.-]?\d{2}[\s.-]?\d{4})\b",
    _I,
)
PHONE = lazy.compile(
    r"(?<![\w/#)-])(?:\+?1[\s.-]?)?(?:\(\d{3}\)\s?|\b\d{3}[\s.-])\d{3}[\s.-]\d{4}"
    r"(?:\s*(?:x|ext\.?)\s*\d{1,5})?\b(?!-)"
    r"|(?<![\w/#-])\+(?:[2-9]\d{0,2})[\s.-]?\d{1,4}(?:[\s.-]?\d{2,4}){2,4}\b",
)
PHONE_CUED = lazy.compile(
    r"\b(?:phone|cell|mobile|call|text|fax|number|reach)\b[^\d\n]{0,20}?(\d{10})\b", _I
)
# "Call us", "our office": the number that follows is the practice's, or a public line.
OWN_PHONE_CUE = lazy.compile(
    r"(?:\bcall(?:ing)?\s+(?:us|the\s+office|our\s+office|the\s+front\s+desk)|\btext\s+us"
    r"|\breach\s+us|\bfax\s+(?:us|forms|records|it)|\bour\s+(?:office|main|front\s+desk|new)?\s*"
    r"(?:number|line|phone|fax)|\boffice\s+(?:manager\s+)?at|\bsame\s+phone|\bfax(?:ed)?\s+to"
    r"|\bpoison\s+control|\bcrisis|\bhotline|\bhelpline|\blifeline"
    # an organisation's own line: "the clinic's fax is", "the pharmacy's number"
    rf"|\bthe\s+(?:{lx.ORGANISATION_NOUNS}|school|hotel|restaurant|store)['’]s"
    r"\s+(?:main\s+)?(?:number|line|phone|fax))"
    # the cue is the last word about phoning: "call us when you can, or we'll ring 0412 …"
    # is the patient's number
    r"(?:(?!\b(?:ring|call|text|phone|reach)\b)[^.!?\n]){0,45}$",
    _I,
)
# "Our son has epilepsy; if he has a seizure at camp, call us on …": a family writing of
# its own ("our son", "my wife") makes "call us" the family's number, not the practice's.
_FAMILY_WRITING = lazy.compile(
    r"\b(?:our|my)[ \t]+(?:son|daughter|sons|daughters|kids?|children|child|baby|toddler|twins"
    r"|husband|wife|partner|mum|mom|dad|mother|father|grandma|grandpa|grandmother|grandfather)\b",
    re.IGNORECASE,
)


# (address13) The number someone is reached on, written right after the reaching: "we tried
# to reach you at (902) 555-0188", "our manager will phone you on …", "we left a message for
# you on …", "the fax to your home (+92 42 …)": the reader's own line, not the caller's.
REACHES_YOU_BEFORE = lazy.compile(
    r"\b(?:reach(?:ed)?|call(?:ed|ing)?|ring(?:ing)?|rang|phon(?:e|ed|ing)|text(?:ed|ing)?"
    r"|contact(?:ed|ing)?|fax(?:ed|ing)?|messag(?:e|ed|ing)|a[ \t]+message[ \t]+for)"
    r"[ \t]+you[ \t]+(?:at|on)[ \t]*$"
    r"|\b(?:fax|letter|call|message|text)[ \t]+to[ \t]+your[ \t]+(?:home|mobile|cell|house)[ \t]*\(?[ \t]*$",
    re.IGNORECASE,
)


def own_phone_cue(text: str, start: int) -> bool:
    """``OWN_PHONE_CUE`` just before ``start`` ("call us on", "our number is"), in a text
    that is no family writing of its own people (``phone.family_call_us``)."""
    if not OWN_PHONE_CUE.search(text[max(0, start - 60) : start]):
        return False
    if REACHES_YOU_BEFORE.search(text, max(0, start - 40), start):
        return False  # (address13) "our manager will phone you on …": the reader's line
    return _FAMILY_WRITING.search(text, max(0, start - 200), start) is None


TOLL_FREE = lazy.compile(r"^1?8(?:00|88|77|66|55|44|33)")
# "my work line", "her number", "your new phone", "their mobile": a line the words give to a
# person. One spelling for every rule that asks whose a number is.
PERSONS_LINE = (
    r"\b(?:my|your|his|her|their)[ \t]+"
    # "quote your order number": a purchase's or a booking's number, no one's line
    r"(?!(?:order|tracking|reference|booking|case|ticket|invoice|account|policy|serial|model"
    r"|flight|confirmation|membership|parcel|item|customer)[ \t]+(?:number|no)\b)"
    r"(?:[\w-]+[ \t]+)?(?:line|number|phone|mobile|cell)\b"
)
# "Call me on my work line 1-800-…", "her direct line is 0800 …": a free number the
# sentence says is a person's (``phone.persons_free_line``).
_PERSONS_LINE_BEFORE = lazy.compile(
    rf"(?:\b(?:call|ring|reach|text)\s+(?:me|him|her|them)\b|{PERSONS_LINE})[^.!?\n\d]{{0,20}}$",
    re.IGNORECASE,
)


def free_line(text: str, start: int, digits: str) -> bool:
    """A toll-free number (``TOLL_FREE``) that no owner phrase just before it makes a
    person's line."""
    return TOLL_FREE.match(digits) is not None and not _PERSONS_LINE_BEFORE.search(
        text, max(0, start - 40), start
    )


# Bounded repeats (RFC 5321 lengths) keep the scan linear on long runs like "a.a.a.a".
EMAIL = lazy.compile(r"\b[\w.+-]{1,64}@[\w-]{1,63}(?:\.[\w-]{1,63}){0,8}\.[A-Za-z]{2,24}\b")
ROLE_MAILBOXES = frozenset(
    "info contact contactus contact-us office frontdesk front.desk appointments appointment appts billing careers "
    "jobs hr hello support admin team reception scheduling schedule records marketing press "
    "media noreply no-reply newsletter help questions care patients patientcare smile smiles "
    "hi feedback privacy compliance referrals insurance bookings booking reservations sales "
    "orders enquiries inquiries accounts invoices events tickets visas consular returns "
    "service customerservice competition competitions entries editor letters newsroom news "
    # (guard-places2) desks of complaints, liaison, recruiting, giving and safeguarding
    "complaints pals recruitment volunteers volunteering donations fundraising safeguarding "
    # the same desks as other languages name them
    "kontakt contacto contato contatti prenotazioni citas rdv rendezvous empfang praxis "
    "recepcion recepcao anmeldung termine accueil secretariat segreteria "
    # (guard-longclean5) a society's, a charity's or an event's desks
    "outreach secretary membership members registrar registration communications comms "
    "partnerships education training cpd conference congress awards rsvp tours "
    # (guard-longclean6) one volunteer's desk; registration and the secretary's office as
    # Polish, Spanish and Portuguese notices name them
    "volunteer rejestracja sekretariat inscripciones inscricoes secretaria "
    # (clean37) an employer's hiring desk and a buyer's desk for its suppliers, as job
    # adverts and supplier letters give them ("recruiting@", "proveedores@", "einkauf@")
    "recruiting hiring talent vacancies suppliers supplier vendors procurement purchasing "
    "payables receivables proveedores compras facturacion empleo fournisseurs achats "
    "lieferanten einkauf fornitori acquisti fornecedores".split()
)
# (guard-longclean6) A field's or a body's word inside a mailbox's one word
# ("grangetowndental@", "corksmilefund@", "oldboys@"): an organisation's, at its own domain.
_ORG_MAILBOX_WORD = lazy.compile(
    r"dental|dentist|clinic|health|smile|ortho|club|fund|society|church|parish|school|charity"
    r"|trust|foundation|association|project|alumni|oldboys|oldgirls|rotary|lions"
)
FREE_MAIL = frozenset(
    "gmail yahoo outlook hotmail aol icloud me live msn proton protonmail comcast att "
    "verizon ymail mail gmx zoho".split()
)
URL = lazy.compile(
    r"\b(?:https?://|www\.)[^\s<>()\"']+[^\s<>()\"'.,;:!?]"
    # (not the "co" of a country's "co.uk" written bare: the next branch reads that whole)
    r"|\b(?:[a-z0-9-]{1,63}\.){1,8}(?:com|org|net|gov|edu|io|us|info|health|me|co|example)(?!\.[a-z])(?:/[^\s<>()\"']*[^\s<>()\"'.,;:!?])?"
    # a country's or a short domain written bare only with a path ("youtu.be/9xKq3L7pTzA",
    # "awards.example.co.uk/nominee/4471", "bit.ly/3xYz"): "e.g. nhs.uk" alone is no link
    r"|\b(?:[a-z0-9-]{1,63}\.){1,8}(?:uk|ie|au|ca|nz|in|de|fr|es|it|nl|be|ly|tv|app|gl|to|link|page"
    # (read 127-130) and the link-in-bio hosts' ("linktr.ee/keisha.j.wellness", "bio.link/…")
    r"|ee|bio|cc|gg)"
    r"/[^\s<>()\"']*[^\s<>()\"'.,;:!?]",
    _I,
)
# Paths that point at one person's profile or fundraiser, on any site.
PERSONAL_PATH = lazy.compile(
    r"^/(?:@[\w.]+|in/[\w.-]+|u/[\w.-]+|user/[\w.-]+|users/[\w.-]+|people/[\w.-]+|"
    r"profile(?:\.php)?|pub/[\w.-]+|f/[\w-]+|fundraiser/[\w-]+|~[\w.-]+"
    # an obituary or a memorial names one person
    r"|(?:[\w.-]+/)*(?:obituar(?:y|ies)|memorials?|tributes?)/[\w./-]+)",
    _I,
)
HANDLE = lazy.compile(
    r"(?<![\w@/.])@[A-Za-z0-9_](?:[A-Za-z0-9_.]*[A-Za-z0-9_])?"
    # a Reddit user: "u/sad_knee_surgery"
    r"|(?<![\w/.])u/[A-Za-z0-9_-]{3,20}\b"
)
ORG_HANDLE = lazy.compile(
    r"gov|health|dept|official|news|clinic|dental|dentist|medical|hospital|moderator|bot$|"
    # an agency's letters as a part of their own ("@WHO", "@AMA_docs"), not inside a
    # word ("@mama_of_3", "@adam_j"); (read 135-138) in lower case only alone or before an
    # organisation's word, as "ama" and "ada" are given names too ("@ama_boat3ng")
    r"(?:^|[_.\d])(?:(?-i:CDC|WHO|NIH|FDA|ADA|AMA|AAP|NHS)(?=$|[_.\d]|(?-i:[A-Z]))"
    r"|(?:cdc|who|nih|fda|ada|ama|aap|nhs)(?=$|[_.](?:docs?|news|org|official|media|gov|info"
    r"|journal|health|uk|us)(?![a-z])))|"
    r"\borg|city|county|school|library|foundation|assoc|society|pharma|care|"
    r"center|centre|team|club|ohio|state|univ|college|public|police|fire|red_?cross|ymca|"
    r"family|practice|group|insurance|labs?$|hq$|inc$|_us$",
    _I,
)
RECORD = lazy.compile(
    r"(?:\bMRN|\bmedical\s+record(?:\s+(?:number|no\.?|#))?|\bchart(?:\s+(?:number|no\.?))?"
    r"|\bmember(?:ship)?\s*(?:ID|number|no\.?|#)|\bsubscriber\s*(?:ID|number)|\bpolicy(?:\s+(?:number|no\.?|#))?"
    r"|\baccount(?:\s+(?:number|no\.?))?|\bacct\.?|\bclaim(?:\s+(?:number|no\.?|#))?|\bpatient\s+(?:ID|number|#)"
    r"|\binsurance\s+(?:ID|number)|\bgroup\s+(?:number|no\.?)|\bcase\s+(?:number|no\.?)"
    r"|\b(?:driver'?s\s+)?licen[cs]e(?:\s+(?:number|no\.?|#))?|\bDL|\bRx\s*(?:number|#)|\bprescription\s+(?:number|#)"
    r"|\bbeneficiary\s+(?:ID|number)|\bMBI|\bcertificate\s+(?:number|no\.?)"
    # (guard-recall6) a hospital system's patient identifier: "PID 55102" (the value must hold
    # a digit: "PID controllers", "PID is treated with antibiotics" are no record)
    r"|\bPID"
    # (read 119-122) a note's "pt" with the number sign: "Pt #A-3390127 NPO after midnight"
    r"|\bpt\.?(?=\s*#))"
    # (guard-recall2) the number may stand in brackets: "my driver's licence number (D1234-...)"
    # (records14: "is" a whole word, not the first letters of "ISR-12345678")
    r"(?:\s+(?:is|was)\b)?\s*[:#]?\s*#?\s*(?:[(\[]\s*)?(?P<id>(?=[A-Z0-9-]*\d)[A-Z0-9][A-Z0-9-]{3,}[A-Z0-9])\b",
    _I,
)
DEVICE = lazy.compile(
    r"(?:\bserial(?:\s+(?:number|no\.?|#))?|\bS/N|\bSN\b|\bdevice\s+(?:ID|number)|\bIMEI|\bUDI"
    # (no lot number: a batch is many people's; rules.py's id.device_labelled asks whose)
    r"|\bMAC\s+address|\bimplant\s+(?:ID|number))"
    # what the number is of, between the label and the value ("serial number of her pump is";
    # read 127-130: "the serial no. of my husband's pacemaker (PJN784512S)")
    r"(?:\s+(?:for|of|on|from|in)(?:\s+[A-Za-z'’-]+){1,4}?(?=\s*(?:(?:is|was|reads)\b|[:#=(])))?"
    r"(?:\s+(?:is|was|reads)\b)?\s*[:#=(]?\s*"
    # (clean67) three characters at least: the mental state exam's "Serial 7s" is no serial
    # (read 143-146) a word in lower case alone is none ("serial killer", "serial port
    # 1234"), but two or three letters before the digits are the serial's own, typed in
    # lower case ("serial pjn 612447 s")
    # (the exam's "Serial 7s: 93, 86, 79" neither: its count and its answers are no number)
    r"(?P<id>(?!(?-i:[a-z]{4,}|[a-z])(?![\w:-]))(?!(?-i:[a-z]{2,3})(?![\w:-])(?![ ]\d))"
    r"(?!\d(?-i:s)\b)"
    r"(?=[A-Z0-9: -]*\d)(?=[A-Z0-9:-]{3})[A-Z0-9][A-Z0-9:-]*"
    r"(?:\s[A-Z0-9][A-Z0-9:-]*\d[A-Z0-9:-]*|\s\d[A-Z0-9:-]*)*)",
    _I,
)
VIN = lazy.compile(
    r"\bVIN\s*(?:number|no\.?|#)?\s*[:#]?\s*(?P<id>[A-HJ-NPR-Z0-9]{11,17})\b"
    r"|\b(?P<bare>(?=[A-HJ-NPR-Z0-9]*\d)(?=[A-HJ-NPR-Z0-9]*[A-HJ-NPR-Z])[A-HJ-NPR-Z0-9]{17})\b",
    _I,
)
PLATE = lazy.compile(
    r"\b(?:licen[cs]e\s+plate|plate|tag"
    # (ids51) a plate as Portuguese, Spanish, French, Italian, German and Dutch name it
    # ("o veículo placa RIO2A19", "matrícula 4821BKV", "Kennzeichen M-AB 1234"), and a
    # plate half read, as a witness gives it ("plate looks like GHT-4O17")
    r"|(?i:placa|matr[ií]cula|plaque|immatriculation|targa|Kennzeichen|kenteken))"
    # (ids95) the vehicle's word between: "Placa del vehículo GHT-482-B", "plaque de la voiture"
    r"(?:\s+(?i:del|do|da|de[ \t]+la|de|of[ \t]+the|on[ \t]+the)\s+(?i:veh[ií]culo|ve[ií]culo|carro"
    r"|coche|auto|car|vehicle|v[ée]hicule|voiture|moto|truck|van))?"
    r"(?:\s+(?:number|no\.?|#))?(?:\s+(?:is|was|reads|(?:looks|looked|looking)\s+like))?\s*[:#]?\s*"
    # Korea writes two or three digits, a Hangul syllable, four digits: "12가 3456"
    r"(?P<id>\d{2,3}[ ]?[\uac00-\ud7a3][ ]?\d{4}"
    # (ids95) Japan its office in kanji, a class number, a kana and the serial: "品川 300 あ 12-34"
    r"|[\u4e00-\u9fff]{1,4}[ ]?\d{2,3}[ ]?[\u3041-\u3096][ ]?\d{1,2}-\d{2}"
    # (ids95) and a third part after a hyphen, as Mexico writes it: "GHT-482-B"
    r"|(?=[A-Z0-9 -]*\d)(?=[A-Z0-9 -]*[A-Z])[A-Z0-9]{1,4}[ -]?[A-Z0-9]{1,4}(?:-[A-Z0-9]{1,3})?)\b",
)
STREET_SUFFIX = (
    r"(?:Street|St|Avenue|Ave|Road|Rd|Boulevard|Blvd|Lane|Ln|Drive|Dr|Court|Ct|Way|Circle|Cir"
    r"|Place|Pl|Terrace|Ter|Parkway|Pkwy|Highway|Hwy|Trail|Trl|Pike|Run|Square|Sq|Loop|Row)"
)
ADDRESS = lazy.compile(
    rf"\b(?P<number>\d{{1,6}})\s+(?:[NSEW]\.?\s+)?(?P<street>(?:[A-Z][A-Za-z'-]*\s+){{0,3}}(?:\d+(?:st|nd|rd|th)\s+)?)"
    rf"{STREET_SUFFIX}\b\.?(?:,?\s+(?:Apt|Apartment|Suite|Ste|Unit|#)\.?\s*#?\w+)?"
)
# (lead) A rural route's or a highway contract route's box, a farm's or a ranch's address in
# the US and Canada: "RR 2 Box 118, Dunseith ND", "Rural Route 3, Box 27A", "HC 65 Box 12".
# (Not a "PO Box": a firm's billing address as often as a person's.)
RURAL_ROUTE = lazy.compile(
    r"\b(?:R\.?R\.?|Rural[ \t]+Route|H\.?C\.?|Star[ \t]+Route)[ \t]*#?[ \t]*\d{1,3},?[ \t]+"
    r"Box[ \t]+#?\d{1,5}[A-Z]?\b"
)
OWN_ADDRESS_CUE = lazy.compile(
    # ("our home address", "our house": a family's)
    r"(?:\bus\s+at|\bour\s+(?!home\b|house\b|flat\b|family\b)(?:[\w-]+\s+){0,2}"
    r"(?:office|location|address|building|clinic"
    r"|(?:practice|surgery|branch|cent(?:er|re)|pharmacy|lab)(?!\s+(?:manager|nurse|staff|team"
    r"|owner|director|administrator|receptionist|doctor|dentist|physician|lead|members?)))"
    r"|\b(?:location|office|clinic|branch)\s+(?:at|on)|\blocated\s+(?:at|on)"
    # (guard-longclean5) a business's or an event's address as a notice labels it: "Office:
    # 665 South King Street", "Clinic address: …", "Venue: 12 Hall Road"
    # (capitalised, right before the house number: not "at the dental office: a case labelled …")
    r"|\b(?-i:Office|Clinic|Practice|Surgery|Branch|Premises|Venue)(?:\s+address)?\s*:(?=\s*(?:\d|$))"
    r"|\bwe(?:'re|’re|\s+are)\s+(?:now\s+)?(?:at|on|located)"
    # "we've moved" the practice, not "we've moved Mom to Boulder City"; a bare "we moved"
    # is a family's move ("We moved to 14 Oak Street last month") unless it says the
    # practice moved ("We moved our office to ...")
    r"|\bwe(?:'ve|’ve|\s+have)\s+moved(?!\s+(?:him|her|them|my|his|their|mom|mum|dad|grand\w+"
    rf"|nana|gran|granny|papa|our\s+(?!{lx.ORGANISATION_NOUNS}|team|location)))"
    rf"|\bwe\s+moved\s+our\s+(?:{lx.ORGANISATION_NOUNS}|team|location)"
    r"|\bmoving\s+to|\bfind\s+us|\bvisit\s+us|\bheld\s+at|\bjoin\s+us"
    # (numbers30) whole words: "Insured: Reginald Fairweather  Property: 14 Wattle Grove"
    # is a home, not a fair's; "eventually moved to 9 Elm Road" no event's
    r"|\bmeet\s+us|\bdrop[\s-]?off|\bevents?\b|\bfairs?\b|\bclinic\s+at|\bbooths?\b"
    r"|\bparking\s+(?:is\s+)?(?:at|on|behind)"
    # (clean8b) a car park's, and where a business ships from or takes its returns
    # ("The patient car park at 1220 Lake Ave", "Shipping from: Acme Labs, 77 Industrial
    # Way", "Returns address: …"); not where a parcel is shipped to
    # (a place's car park, said as the notice's: not "my son parked at the Westfield car
    # park on Ariel Way where he lives")
    # (a car park of a place's own, "the patient car park", "our car park": not "I live
    # across from the car park at 1220 Lake Ave", where a home is told by it)
    r"|\b(?:our\s+(?:(?:patients?['’]?|staff|visitors?['’]?|main|free|new)\s+){0,2}"
    r"|the\s+(?:(?:main|free|new)\s+)?(?:patients?['’]?|staff|visitors?['’]?|public|hospital"
    r"|clinic|practice|surgery)\s+)(?:car\s+park|parking\s+(?:lot|garage))"
    r"\s+(?:is\s+)?(?:at|on|behind)"
    r"|\b(?:shipping|shipped|ships|dispatched|sent)\s+from\s*:|\breturns?\s+(?:address\s*:|to\s*:)"
    # where a business takes its payments, or where a meeting is held
    # (addresses59: not a refund's, which goes to the person refunded: "mail the refund
    # check to RR 2 Box 118, Hartington, NE 68739, attn Lorna Vetter")
    r"|(?<!refund\s)\b(?:payments?|cheques?|checks?|remittances?)\s+(?:to|at)\b"
    r"|\bthe\s+(?:[\w-]+\s+){0,2}(?:conference|convention|meeting|seminar|summit|symposium|expo"
    r"|festival|gala|fundraiser|workshop)\s+(?:is|will\s+be|was)\s+(?:held\s+)?(?:at|on)\b"
    # a business's or a public building's own address: "The museum is at 1000 Fifth Avenue"
    r"|\bthe\s+(?:[\w-]+\s+){0,2}(?:museum|hotel|gym|store|shop|restaurant|cafe|library"
    r"|company|firm|headquarters|hq|embassy|consulate|bank|station|theat(?:re|er)|mall|stadium"
    r"|hospital|pharmacy|church|university|college|court(?:house)?|city\s+hall|town\s+hall"
    # a landmark's: "The Eiffel Tower is at …"
    r"|tower|palace|castle|cathedral|abbey|monument|gallery|zoo|arena|opera\s+house)"
    r"(?:['’]s)?(?:\s+(?:new\s+)?(?:address|headquarters|hq))?\s+(?:is\s+|are\s+)?"
    r"(?:at|on|moved\s+to|located|address)"
    r"|\b(?:museum|hotel|gym|store|shop|restaurant|cafe|library|bank|pharmacy)\s+at)"
    r"[^.!?\n]{0,70}$",
    _I,
)


@lru_cache(maxsize=16)
def own_address_cue(text: str, begin: int, end: int) -> bool:
    """``OWN_ADDRESS_CUE.search(text[begin:end]) is not None``, for the stretch before an
    address: asked once per stretch of a text (the shaped finder here and the rules'
    ``_own_address`` read the same one), and only after its last full stop, question or
    exclamation mark, which no match holds."""
    window = text[begin:end]
    stop = max(window.rfind("."), window.rfind("!"), window.rfind("?"))
    if OWN_ADDRESS_CUE.search(window, stop + 1) is None:
        return False
    if _A_CARE_PLACE_BY_ITS_STREET.search(window, stop + 1) is not None and _someones_care_there(
        text, begin + stop + 1, end
    ):
        return False
    # (numdates37) "drop off the insulin at 22 Kent Ridge Crescent, she'll be home after 6":
    # someone is at home at the address, so it is theirs, whatever the cue before it said
    return SOMEONE_HOME_AFTER.match(text, end) is None


# (addresses59) A place of care or a shop named by its kind and then its street, right before
# the street: "the clinic on 14 Ngaio Street", "at the practice on 310 Kingsway", "outside
# the pharmacy on Maple Ave". Said by the place itself it is "our clinic", "us", "we"
# (``_ITS_OWN_VOICE``); said by someone else, it is where that person was cared for when
# the sentence is about them (``_someones_care_there``).
_A_CARE_PLACE_BY_ITS_STREET = lazy.compile(
    r"\bthe\s+(?:[\w'’-]+\s+){0,2}?(?:clinic|practice|surgery|pharmacy|chemist|dentist"
    r"|hospital|office|cent(?:re|er)|lab|GP|doctors?['’]?s?)\s+(?:on|at|in)\s+$",
    _I,
)
_ITS_OWN_VOICE = lazy.compile(r"\b(?:our|us|we|we['’](?:re|ve|ll))\b", _I)


def _someones_care_there(text: str, left: int, end: int) -> bool:
    """(addresses59) Whether the sentence of a care place's street (``left`` its start, ``end``
    the street's) is about a person who is not the place: a person cue in it ("the clinic on
    14 Ngaio Street is the one where my brother had his wisdom teeth out", "complainant …
    states his bicycle was taken from outside the pharmacy on Maple Ave"), or a short
    message about one person (``short_text_about_someone``), and not the place's own voice
    (``_ITS_OWN_VOICE``: "we're the clinic on Main St"). Not "The clinic on Allen Avenue
    runs free checks this week": no one's care."""
    right = sentence_around(text, end, end)[1]
    if _ITS_OWN_VOICE.search(text, left, right) is not None:
        return False
    return person_between(text, left, right) or short_text_about_someone(text)


# (numdates37) After an address, in its sentence, someone who will be or is at home there:
# "…, she'll be home after 6", "… — mum is home all day", "…, we're home from 5"; not a
# place that is "home to" something ("…, home to the best pizza in town").
SOMEONE_HOME_AFTER = lazy.compile(
    r"[^!?\n]{0,60}?\b(?:she|he|they|we|I|mum|mom|dad|nan|nana|gran|granny|grandma|grandpa)"
    r"(?:['’]ll|['’]s|['’]re|['’]m|[ \t]+(?:will|is|are|am|should|might|would))"
    r"[ \t]+(?:be[ \t]+)?(?:at[ \t]+)?home\b(?![ \t]+to\b)",
    _I,
)


ZIP = lazy.compile(
    r"\b(?:(?-i:[A-Z]{2})\s+|zip(?:\s*code)?\s*[:#]?\s*)(?P<zip>\d{5}(?:-\d{4})?)\b", _I
)

# Where each pattern can start (``text.register_starts``): "0" a number, "A" a capitalised
# word, "#17" a word of 17 letters and digits, else a word's first letters.
for _name, _heads in (
    ("identifiers.ssn", "0 ssn soc xxx="),
    (
        "identifiers.record",
        "mrn med cha mem sub pol acc cla pat ins gro cas lic dri dl rx pre ben mbi cer pid pt=",
    ),
    ("identifiers.device", "ser s= sn dev ime udi lot mac imp"),
    ("identifiers.vin", "vin #17"),
    ("identifiers.plate", "lic pla tag mat imm tar ken"),
    ("identifiers.phone_cued", "phone= cell= mobile= call= text= fax= number= reach="),
    ("identifiers.address", "0"),
    ("identifiers.phone", "0"),
    ("identifiers.zip", "~^[A-Z]{2}$ zip"),
    ("identifiers.rural_route", "rr r= rur hc h= sta"),
):
    register_starts(_name, _heads)


# The rules of these finders, each named in its findings' reasons ("… [phone.shaped]").
FINDER_RULES = (
    "phone.shaped",
    "email.address",
    "url.personal_page",
    "handle.at",
    "handle.bare_username",
    "ssn.shaped",
    "record.labelled",
    "device.serial",
    "vehicle.vin",
    "vehicle.plate",
    "address.street",
    "address.rural_route",
    "zip.after_state",
)


PublicLine = Callable[[str, int, int], bool]
"""Whether ``text[start:end]`` is a number the post gives everyone (a booking line): a
judgement of the sentence around it, made by the rules (:func:`rules.public_line_at`)."""


_PLUS_OR_BRACKET = lazy.compile(r"[+(]")


def _phones(text: str) -> Iterator[re.Match[str]]:
    """``PHONE.finditer(text)``, tried only at numbers, "+" and "("."""
    starts = word_starts(text)
    if starts is None:
        return PHONE.finditer(text)
    offsets = starts.get("identifiers.phone", [])
    if "+" in text or "(" in text:
        offsets = sorted({*offsets, *(m.start() for m in _PLUS_OR_BRACKET.finditer(text))})
    return matches_at(PHONE, text, offsets)


def find_phones(text: str, ctx: PracticeContext, public_line: PublicLine) -> Iterator[Finding]:
    seen: set[int] = set()
    for pattern in (PHONE, PHONE_CUED):
        found = (
            _phones(text)
            if pattern is PHONE
            else finditer_at(PHONE_CUED, text, "identifiers.phone_cued")
        )
        for m in found:
            group = 1 if pattern is PHONE_CUED else 0
            start = m.start(group)
            if start in seen:
                continue
            seen.add(start)
            digits = digits_of(m.group(group))
            if digits in ctx.own_phone_digits or free_line(
                text, start, re.sub(r"\D", "", m.group(group))
            ):
                continue
            if own_phone_cue(text, start):
                continue
            if public_line(text, start, m.end(group)):
                continue
            yield _finding(
                m, group, "phone", "looks like a personal phone or fax number", "phone.shaped"
            )


# Domains kept for examples (RFC 2606 and 6761) and the ones forms show as a pattern.
_PLACEHOLDER_DOMAINS = frozenset(
    "example.com example.net example.org domain.com yourdomain.com mydomain.com yoursite.com"
    " yourwebsite.com yourcompany.com yourpractice.com test.com".split()
)
_PLACEHOLDER_ENDINGS = (".example", ".test", ".invalid", ".localhost")


def placeholder_domain(domain: str) -> bool:
    """ "example.com", "clinic.example", "yourdomain.com": a domain no one's mail or page is
    at, the one an example or a form's pattern uses ("you@example.com")."""
    domain = domain.lower().rstrip(".").removeprefix("www.")
    return (
        domain in _PLACEHOLDER_DOMAINS
        or domain.endswith(_PLACEHOLDER_ENDINGS)
        or "example" in domain.split(".")  # "mfa.example.org"
    )


_MAILBOX_PARTS = lazy.compile(r"[._+-]")
# The mailboxes a how-to or a form writes at an example domain: "you@", "your.name@",
# "firstname.lastname@", "jane.doe@" (the placeholder people of English forms).
_PLACEHOLDER_MAILBOX_WORDS = frozenset(
    "you your yourname name names user username someone somebody email mail me my first"
    " last firstname lastname surname x xx xxx test sample example patient john jane doe"
    " max mustermann".split()
)
_EXAMPLE_NEAR = lazy.compile(
    r"\b(?:e\.?g\.?|i\.e\.|for[ \t]+example|such[ \t]+as|example|sample|"
    r"placeholder|replace|format|pattern|like[ \t]+this|looks?[ \t]+like)\b"
    # "your username is your email, like maria@…": "like" after a comma gives an example
    r"|,[ \t]*like[ \t]+$",
    re.IGNORECASE,
)


def placeholder_mailbox(text: str, start: int, local: str) -> bool:
    """Whether an address at an example domain stands for no one: its mailbox is a
    placeholder's ("you", "first.last", "jane.doe") or a desk's, or the words just before it
    show it as an example ("e.g.", "replace", "looks like"). A person's own mailbox at a
    reserved domain ("tom.b.harrison@example.co.uk", "ramesh85@example.org") is written
    as theirs: synthetic records and test data use these domains for real-looking people,
    and a real person's address is never at one, so blocking it costs a how-to nothing."""
    parts = [p for p in _MAILBOX_PARTS.split(local) if p]
    if all(p in _PLACEHOLDER_MAILBOX_WORDS for p in parts) or role_mailbox(local):
        return True
    return _EXAMPLE_NEAR.search(text, max(0, start - 40), start) is not None


# Desk words no one's name ends a mailbox with (a town or a surname may end one: "leeds.sales").
_DESK_ONLY_MAILBOXES = frozenset(
    "contactus contact-us enquiries inquiries noreply no-reply helpdesk frontdesk reception"
    " appointments bookings".split()
)


def role_mailbox(local: str) -> bool:
    """ "info", "appointments.blr", "sales.leeds", "hello.team": a desk's or a team's mailbox
    (``ROLE_MAILBOXES``), also with a branch, a town or a team after it; not with a given
    name in it ("sales.maria")."""
    if local in ROLE_MAILBOXES:
        return True
    parts = [p for p in _MAILBOX_PARTS.split(local) if p]
    if len(parts) >= 2 and parts[-1] in _DESK_ONLY_MAILBOXES:
        # (guard-other3) "england.contactus", "blr.appointments": the desk's word last
        return not any(p in GIVEN_NAMES for p in parts[:-1])
    if len(parts) < 2 or parts[0] not in ROLE_MAILBOXES:
        return False
    return not any(p in GIVEN_NAMES for p in parts[1:])


def _an_organisations_mailbox(local: str) -> bool:
    """ "grangetowndental", "oldboys": one word with a field's or a body's word in it, no
    separator and no digit (as "jane.dental" or "smile4tom" might be someone's), and no
    given name before that word ("amydental")."""
    if not local.isalpha() or local in GIVEN_NAMES or local in SURNAMES:
        return False
    word = _ORG_MAILBOX_WORD.search(local)
    if word is None:
        return False
    return not any(local[:k] in GIVEN_NAMES for k in range(3, word.start() + 1))


# (clean37) The words a staff notice or a form spells a mailbox's pattern with, for a
# person still to fill in: "firstname.lastname@…", "first.last@…", "prenom.nom@…".
_NAMING_SCHEME_WORDS = frozenset(
    "firstname lastname first last surname forename name names initial initials givenname"
    " familyname fname lname nombre apellido apellidos prenom nom vorname nachname nome"
    " cognome".split()
)


def naming_scheme_mailbox(local: str) -> bool:
    """ "Staff addresses stay firstname.lastname@templeoguedental.ie": a mailbox whose every
    part names a part of a name (``_NAMING_SCHEME_WORDS``) is the pattern of everyone's
    address at that domain, no one's own (not "jane.doe@", a placeholder person's, which
    ``placeholder_mailbox`` reads only at an example domain)."""
    parts = [p for p in _MAILBOX_PARTS.split(local) if p]
    return bool(parts) and all(p in _NAMING_SCHEME_WORDS for p in parts)


def find_emails(text: str, ctx: PracticeContext) -> Iterator[Finding]:
    if "@" not in text:
        return
    for m in EMAIL.finditer(text):
        local, _, domain = m.group().lower().partition("@")
        domain = domain.removeprefix("www.")
        if placeholder_domain(domain) and placeholder_mailbox(text, m.start(), local):
            continue  # "you@example.com": an example's address, no one's
        if any(domain == own or domain.endswith("." + own) for own in ctx.own_domains):
            continue
        if naming_scheme_mailbox(local):
            continue  # (clean37) "firstname.lastname@…": everyone's address's pattern
        provider = domain.split(".")[0]
        if provider not in FREE_MAIL and (role_mailbox(local) or _an_organisations_mailbox(local)):
            continue
        yield _finding(m, 0, "email", "an email address can identify a person", "email.address")


def _path_of(url: str) -> str:
    """What follows a link's host: "/u/maria.l.santos" of "https://x.example.org/u/maria.l.santos"."""
    return re.sub(r"^(?:https?://)?[^/]+", "", url)


def _personal_url(url: str) -> bool:
    path = _path_of(url)
    if PERSONAL_PATH.match(path) or re.search(r"[?&](?:id|profile_id|user)=\d", path):
        return True
    segments = [s for s in path.split("/") if s]
    if len(segments) == 1:
        parts = re.split(r"[._-]+", segments[0].lower())
        letters = [p for p in parts if p.isalpha()]
        has_name = any(p in GIVEN_NAMES for p in letters)
        if has_name and (len(parts) >= 2 or re.search(r"\d", segments[0])):
            return True
    # (read 123-126) deeper, a last part that is a user's name as accounts write one, a given
    # name and a family name joined by a dot or an underscore ("…/p/ayana.thompson",
    # "…/members/kofi_mensah"); not a page's slug with hyphens ("/team/jane-smith")
    if len(segments) >= 2:
        parts = re.split(r"[._]", segments[-1].lower())
        if (
            2 <= len(parts) <= 3
            and all(p.isalpha() for p in parts)
            and parts[-1] in SURNAMES
            and (parts[0] in GIVEN_NAMES or lazy.zipf_frequency(parts[0], "en") < 3.0)
        ):
            return True
    return False


# Every link ``URL`` matches holds "://", "www." or a dot and a top-level domain.
_URL_DOT = lazy.compile(
    r"\.(?i:com|org|net|gov|edu|io|us|info|health|me|co|example)"
    r"|\.(?i:uk|ie|au|ca|nz|in|de|fr|es|it|nl|be|ly|tv|app|gl|to|link|page|ee|bio|cc|gg)/"
)


def may_hold_url(text: str) -> bool:
    """False when ``URL`` cannot match ``text`` (one quick look instead of a scan)."""
    return "://" in text or "www." in text.lower() or _URL_DOT.search(text) is not None


@lru_cache(maxsize=4)
def url_matches(text: str) -> tuple[re.Match[str], ...]:
    """``tuple(URL.finditer(text))``, scanned once per text: the link finder here and the
    rules' link rule (``{URL}``) both read every link (a 63 KB post's scan takes a while)."""
    return tuple(URL.finditer(text)) if may_hold_url(text) else ()


def find_urls(text: str, ctx: PracticeContext) -> Iterator[Finding]:
    for m in url_matches(text):
        url = m.group()
        domain = domain_of(url if "//" in url or url.lower().startswith("www.") else "//" + url)
        if text[max(0, m.start() - 1) : m.start()] == "@":
            continue
        if domain in ctx.own_domains:
            continue
        personal = _personal_url(url)
        if placeholder_domain(domain) and not (
            personal and _someones_page_at_an_example(text, m.start(), url)
        ):
            continue
        if (personal or _a_persons_blog(text, domain)) and not _an_organisations_channel(
            text, m.start(), url
        ):
            yield _finding(
                m, 0, "url", "this link points at one person's page", "url.personal_page"
            )


def _someones_page_at_an_example(text: str, start: int, url: str) -> bool:
    """ "https://patientportal.example.org/u/maria.l.santos": a person's page
    (``_personal_url``) at a domain kept for examples is written as theirs, as a mailbox
    there is (``placeholder_mailbox``): synthetic records use these domains for real-looking
    people. Not a placeholder's page ("…/u/yourname", "…/in/first-last") or one the words
    before give as an example."""
    last = [s for s in _path_of(url).split("/") if s][-1:]
    parts = [p for p in re.split(r"[@._-]+", last[0].lower()) if p] if last else []
    if not parts or all(p in _PLACEHOLDER_MAILBOX_WORDS | _NAMING_SCHEME_WORDS for p in parts):
        return False
    return _EXAMPLE_NEAR.search(text, max(0, start - 40), start) is None


# The hosts that give anyone a blog or a page of their own under a name they choose.
_BLOG_HOSTS = (".blogspot.com", ".wordpress.com", ".substack.com", ".tumblr.com", ".wixsite.com")


_I_OR_MY = lazy.compile(r"\b(?:I|[Mm]y|I['’]ve|I['’]m)\b")


def _a_persons_blog(text: str, domain: str) -> bool:
    """ "I wrote about my jaw surgery here: sallysjawjourney.blogspot.com": a blog at a host
    of personal blogs whose name opens with a given name (four letters or more) owned with an
    "s" ("sallys…") or given by a writer speaking of themselves, and holds no organisation's
    word ("dental", "clinic": ``ORG_HANDLE``), as "smilecaredental.wordpress.com" does.
    (read 107-110) A given name of three letters counts owned with its "s":
    "kimsfertilityjourney.wordpress.com", "amysbraces.blogspot.com"."""
    if not domain.endswith(_BLOG_HOSTS):
        return False
    name = domain.split(".")[0].replace("-", "")
    if not name.isalpha() or ORG_HANDLE.search(name):
        return False
    given = [k for k in range(3, min(len(name), 9) + 1) if name[:k] in GIVEN_NAMES]
    if any(name[k : k + 1] == "s" for k in given):
        return True
    return any(k >= 4 for k in given) and _I_OR_MY.search(text) is not None


# (clean37) A channel's or a page's path: "video.example/@harbourdentalnz", "…/@x".
_CHANNEL_PATH = lazy.compile(r"/@([\w.]+)/?$")


def _an_organisations_channel(text: str, start: int, url: str) -> bool:
    """ "Watch our clinic tour: <a video site>/@harbourdentalnz": a link to an
    account whose name holds an organisation's word (``ORG_HANDLE``: dental, clinic,
    health…) is the organisation's channel, as the same name written "@harbourdentalnz" is
    (not when a given name is in it, the writer gives it as theirs, ``_a_persons_handle``,
    "my vlog …/@healthy_hannah_92", or its sentence speaks of a person)."""
    m = _CHANNEL_PATH.search(url)
    if m is None:
        return False
    name = m.group(1)
    if ORG_HANDLE.search(name) is None or _a_persons_handle(text, start, name):
        return False
    # (and no person in its sentence: "…/@mikes_dental_journey, my root canal diary")
    left, right = sentence_around(text, start, start + len(url))
    return not person_between(text, left, right)


# "Tag us @…", "follow us at @…", "find us on <a network> @…", "our page @…": the account is
# the writer's own organisation's (a person writes "my page", "follow me").
_US_BEFORE_HANDLE = lazy.compile(
    r"\b(?:(?:tag|follow|find|message|dm|mention|join)\s+us|our\s+(?:page|account|profile"
    r"|feed|channel))(?:\s+(?:at|on|via)(?:\s+[A-Z]\w+)?)?\s*:?\s*$",
    _I,
)


# (read 147-150) A username written bare, its words joined by underscores, as a review
# site, a dating app or a portal shows it ("reviewer \"jenny_m_2019\" on google", "hinge guy
# (marco_rides)", "the account drip_dr_mwangi", "username ko po ay mariel_delacruz07"):
# taken when one of its words is a given name that is no everyday word or a family name
# that is no English word, and the text reads as no code ("patient_id", "first_name").
_BARE_USERNAME = lazy.compile(
    r"(?<![\w@./:#=$%-])[A-Za-z][A-Za-z0-9]*(?:_[A-Za-z0-9]+)+(?![\w@/=(.-]|\.[A-Za-z])"
)
_CODE_LIKE = lazy.compile(r"[{}=;]|\(\)|\bdef[ \t]|\bSELECT\b|\bnull\b|\w\.\w+\(")


def _bare_usernames(text: str) -> Iterator[Finding]:
    """``handle.bare_username``: a username written without its "@" (``_BARE_USERNAME``)."""
    if "_" not in text or _CODE_LIKE.search(text):
        return
    for m in _BARE_USERNAME.finditer(text):
        parts = [p for p in re.split(r"[_\d]+", m.group().lower()) if p]
        if len(parts) < 2 and not re.search(r"\d", m.group()):
            continue
        if _holds_a_given_name(parts) or any(
            len(p) > 3 and p in SURNAMES and p not in lx.english_words() for p in parts
        ):
            yield _finding(
                m, 0, "handle", "a username written bare identifies someone", "handle.bare_username"
            )


def find_handles(text: str, ctx: PracticeContext) -> Iterator[Finding]:
    yield from _bare_usernames(text)
    if "@" not in text and "u/" not in text:
        return
    own = {d.split(".")[0].replace("-", "") for d in ctx.own_domains}
    for m in HANDLE.finditer(text):
        name = m.group().removeprefix("u/").removeprefix("@")
        squashed = name.lower().replace("_", "").replace(".", "")
        if squashed in own or name.isdigit():
            continue
        if _a_hidden_mailboxs_domain(text, m.start(), name):
            continue  # (clean37) "sent to j•••@gmail.com": an address with its mailbox hidden
        if (
            ORG_HANDLE.search(name)
            and not _a_persons_handle(text, m.start(), name)
            and not _SHE_OR_HE_AFTER.match(text, m.end())
            and not _the_writers_handle(text, m.end())
            and not _a_reddit_users(m.group(), name)
            and not _a_fellow_commenters(text, m.start(), m.end())
        ):
            continue
        if _a_places_camel_handle(name) and not _a_persons_handle(text, m.start(), name):
            continue  # (lead) "@CalgaryMarathon", "@OttawaSenators": a town's team or event
        if _US_BEFORE_HANDLE.search(text, max(0, m.start() - 30), m.start()):
            continue  # (guard-other3, handle.ours) "Tag us @BrightSmilesLagos": the writer's own
        if (
            _PROMOTED_AFTER.match(text, m.end())
            and not _WRITER_NEAR.search(text, max(0, m.start() - 60), m.end() + 60)
            and not _patient_updates(text, m.start(), m.end(), name)
            # (read 147-150) one thanked for the tips, no account promoted: "thanks
            # @jess_k88 for the tips" (a person's handle), not "Follow @brightsmileaustin"
            and not (
                THANKS_BEFORE.search(text, max(0, m.start() - 40), m.start())
                and _a_persons_handle(text, m.start(), name)
            )
        ):
            continue  # "Follow @brightsmileaustin for tips": a business's account
        yield _finding(m, 0, "handle", "a personal account handle identifies someone", "handle.at")


# (clean37) A mailbox hidden by a notice's stars or dots ("j•••", "m***", "a…"): the text
# right before the "@" of an address whose mailbox the sender masked.
_HIDDEN_MAILBOX_BEFORE = lazy.compile(r"[\w.-]{0,3}[•*·●…]{2,}[\w.-]{0,3}$|[\w.-]{0,3}…$")
_MAIL_DOMAIN = lazy.compile(r"[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,6}")


def _a_hidden_mailboxs_domain(text: str, start: int, name: str) -> bool:
    """ "Your code was sent to j•••@gmail.com and phone ending 4472": a domain after a
    mailbox written with its letters hidden is an address's end, no one's account; with
    the mailbox whole ("jo.k@gmail.com") the email finder reads it."""
    return (
        _MAIL_DOMAIN.fullmatch(name) is not None
        and _HIDDEN_MAILBOX_BEFORE.search(text, max(0, start - 12), start) is not None
    )


# (numbers30) "she" or "he" right after a handle: the account is one person's, whatever
# word of a trade it holds ("tag @ladentistadelbarrio she fixed my whole smile"); a
# practice's is "they" or "we" ("tag @brightsmiledental they fixed my smile").
_SHE_OR_HE_AFTER = lazy.compile(
    r"[ \t]*[,:!—–-]?[ \t]*(?:she|he)\b"
    # (read 127-130) or the one tagged is told it is them: "lol @dentalfearsucks this is
    # literally you at every checkup", "@smile_more_anna that's so you"
    r"|[ \t]*[,:!—–-]?[ \t]*(?:this|that)(?:['’]s|[ \t]+is)[ \t]+(?:literally[ \t]+|so[ \t]+|totally[ \t]+)?you\b",
    re.IGNORECASE,
)


# (read 151-154) A reply that opens on a handle, then a commenter's chat ("@mariposa_dental_fan
# lol same, I cried when they did my wisdom teeth"): one person answering another, whatever
# word of a trade the handle holds (a practice is thanked or asked, not told "lol same").
_CHAT_AFTER = lazy.compile(
    r"[ \t]*[,:!—–-]?[ \t]*(?:(?:lol|lmao|lmfao|rofl|haha\w*|omg|ikr|girl|sis|hun|babe|bestie"
    r"|mate)\b|same(?:[ \t]+here)?(?=[ \t]*[,!.]))",
    re.IGNORECASE,
)


def _a_fellow_commenters(text: str, start: int, end: int) -> bool:
    """The handle opens the text and a commenter's chat follows it (``_CHAT_AFTER``)."""
    return not text[:start].strip() and _CHAT_AFTER.match(text, end) is not None


# A handle's words as its capitals split them: "CalgaryMarathon" -> "Calgary", "Marathon".
_CAMEL_PART = lazy.compile(r"[A-Z][a-z]+")


def _holds_a_given_name(parts: list[str]) -> bool:
    """One of a handle's words (lower-cased) is a given name that is no everyday word."""
    return any(len(p) > 2 and p in GIVEN_NAMES and p not in AMBIGUOUS_NAMES for p in parts)


def _handle_parts(name: str) -> list[str]:
    """A handle's words, lower-cased, split at what is no letter and (lead) at capitals:
    "healthy_hannah_92" -> healthy, hannah; "LeedsLucy" -> leeds, lucy, leedslucy."""
    parts = re.split(r"[\W_\d]+", name.lower())
    for piece in re.split(r"[\W_\d]+", name):
        camel = _CAMEL_PART.findall(piece)
        if len(camel) > 1:
            parts += [c.lower() for c in camel]
    return parts


def _a_places_camel_handle(name: str) -> bool:
    """``handle.at``: a handle in capitalised words whose first is a town's and none a given
    name's or a family word ("@CalgaryMarathon", "@OttawaSenators", "@LeedsRhinos"): a
    town's team, event or body, not a person ("@OttawaMom", "@LeedsLucy" are people)."""
    parts = [p.lower() for p in _CAMEL_PART.findall(name)]
    if len(parts) < 2 or "".join(parts) != re.sub(r"[\W_\d]", "", name).lower():
        return False
    if parts[0] not in lx.place_names():
        return False
    return not any(p in GIVEN_NAMES or p in lx.RELATION_WORDS for p in parts[1:])


# The writer giving the handle as theirs: "I'm @teamjosh_fights", "follow my journey at";
# (numdates40) or one person's account of any network named right before it: "his ig is
# @dr_who_not_really", "her page: @…" (an agency's letters inside the name say no agency).
_MINE_BEFORE = lazy.compile(
    r"(?:\bi['’]m|\bi[ \t]+am|\bmy[ \t]+(?:journey|story|page|account|handle|blog|updates"
    r"|recovery)\b[^.!?\n]{0,20}?"
    r"|\b(?:my|his|her)[ \t]+[a-z]+[ \t]*(?:is|:)"
    # (lead) a family's "our journey", not an organisation's "our page" ("Our page is
    # @brightsmilesdentalnz": a handle with a clinic's word is the clinic's,
    # unless someone's care is told beside it: ``_OUR_PAGE_BEFORE``)
    r"|\bour[ \t]+(?:journey|story|blog|updates|recovery)\b[^.!?\n]{0,20}?)[ \t]*$",
    re.IGNORECASE,
)
_OUR_PAGE_BEFORE = lazy.compile(
    r"\bour[ \t]+(?:page|account|handle)\b[^.!?\n]{0,20}?[ \t]*$", re.IGNORECASE
)


# (ids51) The words a person calls themself by at the end of a handle's word: "@dentalgirl_kels",
# "@orthomama", "@the_dental_guy", "@smile_wife" (a person's account whatever word of a
# trade is before it). Words that end everyday ones are left out ("gal" of "legal", "sis" of
# "diagnosis", "dad" of "Trinidad", "mum" of "minimum", "nana" of "banana").
_PERSON_WORD_ENDINGS = (
    "girl",
    "guy",
    "boy",
    "lady",
    "mama",
    "mom",
    "mommy",
    "mummy",
    "daddy",
    "papa",
    "wife",
    "hubby",
    "bride",
    "chick",
    "dude",
    "babe",
)


def _a_person_word_ends_a_part(parts: list[str]) -> bool:
    """One of a handle's words (lower-cased) ends in a word a person calls themself by
    (``_PERSON_WORD_ENDINGS``): "dentalgirl", "orthomama", "guy"."""
    return any(p.endswith(_PERSON_WORD_ENDINGS) for p in parts)


# (ids75) A handle's last part a two-digit number or a year after a mark ("_92", ".1987"),
# as people number theirs by their birth year or age; "dad" ending a part ("dentaldad",
# not "Trinidad").
# (handles99) A handle's word of a trade or of care run into a given name after it
# ("dentaldave", "nursejenny", "healthyhannah" is the given name's own rule): the person
# who works in it or writes of it, not an organisation.
_A_TRADES_NAME = lazy.compile(
    r"(?:dental|dentist|hygienist|nurse|ortho|health|medical|clinic|care|doc|physio|pharma)"
    r"([a-z]{3,})$"
)
_A_YEAR_OR_AGE_ENDS = lazy.compile(r"[._](?:\d{2}|19\d\d|20[0-2]\d)$")
_A_DAD_ENDS = lazy.compile(r"(?<!trini)dad(?:$|[._\d])", re.IGNORECASE)
# (read 143-146) and "mum" ending a part ("kiwi.dentalmum", not "minimum", "optimum")
_A_MUM_ENDS = lazy.compile(
    r"(?<!mini)(?<!maxi)(?<!opti)(?<!chrysanthe)mum(?:$|[._\d])", re.IGNORECASE
)


def _a_persons_handle(text: str, start: int, name: str) -> bool:
    """A handle holding an organisation's word ("health", "team", "care") is still a
    person's when a part of it is a given name ("@healthy_hannah_92") or (ids51) ends in a
    person's word ("@dentalgirl_kels": ``_a_person_word_ends_a_part``), or the writer gives
    it as theirs ("I'm @teamjosh_fights")."""
    parts = re.split(r"[\W_\d]+", name.lower())
    if _holds_a_given_name(parts) or _a_person_word_ends_a_part(parts):
        return True
    if _holds_a_given_name([m.group(1) for p in parts if (m := _A_TRADES_NAME.match(p))]):
        return True  # (handles99) "@dentaldave_nz", "@nursejenny": a trade, then a person
    if _A_YEAR_OR_AGE_ENDS.search(name) or _A_DAD_ENDS.search(name) or _A_MUM_ENDS.search(name):
        return True  # (ids75) "@lolaskincare_92", "@dentaldad_ktm": one person's
    if _MINE_BEFORE.search(text, max(0, start - 60), start) is not None:
        return True
    return (
        _OUR_PAGE_BEFORE.search(text, max(0, start - 60), start) is not None
        and _CARE_NEAR.search(text, max(0, start - 80), start + len(name) + 80) is not None
    )


# (guard-recall5) The writer naming themselves by the handle, then telling of their care:
# "u/dentalphobe_99 here - finally had my root canal", "@gluten_free_gemma again", "(that's
# me)": a person's account, whatever word of an organisation it holds.
_WRITER_BY_HANDLE = lazy.compile(
    r"[ \t]*(?:\((?:that['’]s|it['’]s)[ \t]+me\)|(?:here|again|reporting)\b)", re.IGNORECASE
)

# (guard-recall5) A Reddit account ("u/…") is one person's, whatever word of a trade it
# holds ("u/dentalphobe_99 sent me here"), unless it is a bot's, a desk's or a newsroom's.
_NO_ONES_ACCOUNT = lazy.compile(r"moderator|bot$|official|news|gov", re.IGNORECASE)


def _a_reddit_users(handle: str, name: str) -> bool:
    return handle.startswith("u/") and _NO_ONES_ACCOUNT.search(name) is None


def _the_writers_handle(text: str, end: int) -> bool:
    """The handle ending at ``end`` is the writer's: "here", "again" or "(that's me)" after
    it, then "my", "me" or "I" ("@dental_health_news here with this week's tips" is not)."""
    return (
        _WRITER_BY_HANDLE.match(text, end) is not None
        and _WRITER_NEAR.search(text, end, end + 80) is not None
    )


# What a business offers its followers: "for tips", "for our latest offers".
_PROMOTED_AFTER = lazy.compile(
    r"[ \t]+(?:for|to[ \t]+get|to[ \t]+see)[ \t]+(?:\w+[ \t]+){0,2}?(?:tips|updates|news|deals"
    r"|offers|specials|giveaways|promotions|promos|reminders|recipes|events)\b",
    re.IGNORECASE,
)
_WRITER_NEAR = lazy.compile(r"\b(?:my|me|i|i'm|mine)\b", re.IGNORECASE)
# (guard-recall2) Someone's treatment told beside the handle: "follow @kidneywarrior_liam for
# updates, transplant is booked for Jan 18!!".
_CARE_NEAR = lazy.compile(
    r"\b(?:transplant|surgery|operation|chemo|chemotherapy|radiation|dialysis|diagnos\w*|cancer"
    r"|tumou?r|leuk(?:a)?emia|icu|nicu|hospice|recovery|recovering|rehab|fighting|battling)\b",
    re.IGNORECASE,
)


def _patient_updates(text: str, start: int, end: int, name: str) -> bool:
    """``handle.at``: a handle holding a given name ("@kidneywarrior_liam") with someone's
    treatment told beside it is a patient's updates, not a business's news."""
    parts = _handle_parts(name)
    if not _holds_a_given_name(parts):
        return False
    return _CARE_NEAR.search(text, max(0, start - 80), end + 80) is not None


def placeholder_digits(value: str) -> bool:
    """ "0000000", "XXXXXXX", "XXX-XX-0000": one digit over and over, or a mask of X's with
    at most one digit over and over, fills a sample form."""
    plain = re.sub(r"[\s-]", "", value)
    digits = re.sub(r"\D", "", plain)
    masked = re.sub(r"[Xx*#]", "", plain)
    if masked != plain and masked == digits:
        return len(set(digits)) <= 1  # "XXX-XX-0000"; "xxx-xx-1120" keeps its last four
    if len(digits) < 5 or len(digits) != len(plain):
        return False
    return len(set(digits)) == 1


def placeholder_phone(value: str) -> bool:
    """ "(555) 555-5555", "000-000-0000", "123-456-7890": a number's format shown with one
    digit over and over, or the digits in a row, is a form's example (the country code
    before it aside)."""
    digits = re.sub(r"\D", "", re.sub(r"^\s*\+\d{1,3}\s", "", value))
    return len(digits) >= 7 and (len(set(digits)) == 1 or digits in "01234567890")


_ORDER_LABEL = lazy.compile(
    r"\b(?:order|tracking|item|model|part|invoice|confirmation|reference|ticket|case|grant"
    r"|award|charity|company|registration|parcel|shipment|barcode|lot|batch|stock|sku|contract"
    r"|ref|receipt|transaction|version|build|release|v)"
    r"(?:\s+(?:number|no\.?|#))?(?:\s+(?:is|was))?\s*[:#]?\s*$",
    re.IGNORECASE,
)


# A masked number that shows only the shape ("xxx-xx-1234", "***-**-0000"), or one written
# after "like", "e.g." or "format" (an example of how to write it).
_MASKED_EXAMPLE = lazy.compile(r"(?:[xX]{3}-[xX]{2}-)?(?:1234|0000|9999|6789)\b")
_EXAMPLE_BEFORE = lazy.compile(
    r"\b(?i:like|e\.g\.|eg|example|format|such\s+as|written\s+as|looks?\s+like)\b[^.!?\n]{0,12}$"
)


# (clean37) A group plan's number given as an employer's, to all its staff.
_GROUP_LABEL = lazy.compile(r"group\b", re.IGNORECASE)
_EMPLOYERS_PLAN = lazy.compile(
    r"\b(?:employer|company|firm|organi[sz]ation)['’]s[ \t]+(?:group[ \t]+)?plan\b"
    r"|\bfor[ \t]+all[ \t]+(?:our[ \t]+|the[ \t]+)?(?:staff|employees|members)\b",
    re.IGNORECASE,
)
_OWNER_BEFORE = lazy.compile(r"\b(?:my|his|her|their|your)\b[^.!?\n]*$", re.IGNORECASE)


def employers_group_number(text: str, start: int, end: int) -> bool:
    """ "Group number 5502871 is the employer's plan with Manulife for all staff": a group
    plan's number said to be an employer's, for all its staff, is on every employee's card
    and names none of them (not "my group number is …", nor "her group number 5502871 is
    the employer's plan": an owner before the label). ``start``, ``end``: the label and
    its number (``record.labelled``, ``id.labelled``)."""
    if not _GROUP_LABEL.match(text, start):
        return False
    left, right = sentence_around(text, start, end)
    return (
        _EMPLOYERS_PLAN.search(text, end, right) is not None
        and _OWNER_BEFORE.search(text, left, start) is None
    )


def find_numbers(text: str, ctx: PracticeContext) -> Iterator[Finding]:
    """SSNs, record/member/account/licence numbers, device serials, VINs and plates."""
    for m in finditer_at(SSN, text, "identifiers.ssn"):
        group: int | str = 1 if m.group(1) else 0
        if not m.group(1) and _ORDER_LABEL.search(text, max(0, m.start() - 24), m.start()):
            continue  # "Order 123-45-6789": an order's number in an SSN's shape
        if (
            _MASKED_EXAMPLE.match(text, m.start(), m.end())
            or (not text[m.start()].isdigit() or text[m.start() - 1 : m.start()] == "-")
            and _EXAMPLE_BEFORE.search(text, max(0, m.start() - 40), m.start())
        ):
            continue  # "written like xxx-xx-1234": a masked number's shape, no one's
        yield _finding(m, group, "ssn", "looks like a Social Security number", "ssn.shaped")
    for m in finditer_at(RECORD, text, "identifiers.record"):
        if placeholder_digits(m.group("id")):
            continue
        if employers_group_number(text, m.start(), m.end()):
            continue  # (clean37) "Group number 5502871 is the employer's plan": everyone's
        yield _finding(
            m,
            "id",
            "record_number",
            "a record, member, account or licence number",
            "record.labelled",
        )
    for m in finditer_at(DEVICE, text, "identifiers.device"):
        yield _finding(
            m, "id", "device_id", "a device serial number identifies its owner", "device.serial"
        )
    for m in finditer_at(VIN, text, "identifiers.vin"):
        group = "id" if m.group("id") else "bare"
        yield _finding(m, group, "vehicle_id", "a vehicle identification number", "vehicle.vin")
    for m in finditer_at(PLATE, text, "identifiers.plate"):
        if _ASSET_BEFORE_TAG.search(text, max(0, m.start() - 20), m.start()) and not person_between(
            text, 0, len(text)
        ):
            continue  # (clean8b) "laptop asset tag LT-2291": an equipment label, no plate
            # (but "set up his laptop with asset tag LT-NG-002381": a person's device)
        if an_organisations_vehicle(text, m.start(), m.end()):
            continue
        yield _finding(
            m, "id", "vehicle_id", "a licence plate identifies its owner", "vehicle.plate"
        )


# (clean8b) A vehicle an organisation runs, as its notices name it: a fleet's, a mobile
# clinic's or an outreach team's van, a courier's, "the practice's van" ("The fleet van,
# plate ABC-5550, is parked behind the clinic", "New vehicle for the rural outreach team:
# Toyota HiAce, plate CA 452-019"; not "the hospital car park"); in a text with no person
# cue in it ("My dad's car, plate …" is his). A courier's van has a driver: not one.
_ORGANISATIONS_VEHICLE = lazy.compile(
    r"\b(?:fleet|mobile[ \t]+(?:clinic|unit|dental|health|screening|surgery|van)|outreach"
    r"|(?:our|the)[ \t]+(?:new[ \t]+)?(?:clinic|practice|surgery|hospital|company"
    r"|team)(?:['’]s)?[ \t]+(?:[\w-]+[ \t]+)?(?:van|bus|vehicle|car(?![ \t-]*park)|truck|ambulance))\b"
    # (read 103-106) not where a vehicle stands: "you're blocking the clinic ambulance bay"
    r"(?![ \t-]*(?:bays?|park|parking|spaces?|lanes?|entrance|dock|garage)\b)",
    _I,
)
# An equipment label's words before "tag": "asset tag LT-2291", "inventory tag"
_ASSET_BEFORE_TAG = lazy.compile(r"\b(?:asset|inventory|property|equipment)[ \t]+$", _I)


def an_organisations_vehicle(text: str, start: int, end: int) -> bool:
    """Whether the plate at ``text[start:end]`` is in a sentence that names an
    organisation's vehicle and no person (``_ORGANISATIONS_VEHICLE``)."""
    left, right = sentence_around(text, start, end)
    left = min(left, max(0, start - 60))  # ("fleet no. MV-07, plate …": an abbreviation's stop)
    return _ORGANISATIONS_VEHICLE.search(text, left, right) is not None and not person_between(
        text, 0, len(text)
    )


# A sentence that opens on a care place or a building and gives its address: "The new
# clinic is at 40 Oak Street", "Urgent care moved to 77 River Road". The place's address.
# (clean14p) Or on a business named by its field's word, which a moving notice opens on:
# "Harbour Lights Dental has moved to 3 Marina Walk", "Riverside Physio is relocating to …"
# (not "Mrs Doyle has moved to …": no field's word ends the subject).
PLACE_IS_AT = lazy.compile(
    r"(?:^|[.!?]\s+)(?:The\s+(?:new\s+)?)?"
    rf"(?:(?i:{lx.ORGANISATION_NOUNS}|building|urgent\s+care|location|branch)"
    r"|(?:[A-Z][\w'’&-]*\s+){1,4}(?:Dental|Dentistry|Dentists|Physio|Physiotherapy|Orthodontics"
    r"|Pediatrics|Paediatrics|Medical|Health|Opticians?|Optometrists?|Optometry|Chiropractic"
    r"|Chemists?|Pharmacy|Vets|Veterinary|Podiatry|Osteopathy|Audiology|Dermatology)"
    r"(?:\s+(?:{lx.ORGANISATION_NOUNS}|Group|Studio|Care))?)"
    r"\s+(?:is\s+(?:now\s+)?at|(?:has\s+)?moved\s+to|will\s+be\s+at|is\s+moving\s+to"
    r"|(?:has\s+|is\s+)?relocat(?:ed|ing)\s+to|will\s+(?:move|relocate)\s+to)\s+$"
)


def find_addresses(text: str, ctx: PracticeContext) -> Iterator[Finding]:
    own = ctx.address_key
    for m in finditer_at(ADDRESS, text, "identifiers.address"):
        street_words = m.group("street").split()
        first = street_words[0].lower() if street_words else ""
        if own and m.group("number") == own[0] and (not first or first == own[1]):
            continue
        if own_address_cue(text, max(0, m.start() - 80), m.start()):
            continue  # (a label may stand before a firm's name and a unit: clean8b, 80 not 60)
        if PLACE_IS_AT.search(text, max(0, m.start() - 60), m.start()):
            continue
        yield _finding(m, 0, "address", "a street address can identify a person", "address.street")
    for m in finditer_at(RURAL_ROUTE, text, "identifiers.rural_route"):
        if own_address_cue(text, max(0, m.start() - 80), m.start()):
            continue
        yield _finding(
            m, 0, "address", "a rural route box is where someone lives", "address.rural_route"
        )
    for m in finditer_at(ZIP, text, "identifiers.zip"):
        code = m.group("zip")[:5]
        if code in ctx.zip_codes or own_address_cue(text, max(0, m.start() - 80), m.start()):
            continue
        yield _finding(
            m, "zip", "geo", "a ZIP code narrows down where someone lives", "zip.after_state"
        )


def find_identifiers(text: str, ctx: PracticeContext, public_line: PublicLine) -> list[Finding]:
    """Every shaped identifier in ``text``; a phone number that ``public_line`` says the post
    gives everyone is none."""
    phones = partial(find_phones, public_line=public_line)
    found: list[Finding] = []
    for finder in (find_numbers, find_emails, find_urls, find_handles, phones, find_addresses):
        found.extend(finder(text, ctx))
    return found
