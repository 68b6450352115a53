"""Vetoes of the rules written for numbers, plates, codes and dates in the shapes fresh
texts write them (numbers30: ``vehicle.plate_issued``, ``date.booked_day_month``), kept
apart from rules.py's own so the tables stay small.

A plate after "vehicle" or "permit" holds a letter and three digits ("WXY 4821", "8HGM-221"):
"vehicle 4WD" is a kind of car. A day and a month in figures after a booking's verb is a
day unless the sentence scores or doses something ("pain moved to 7/10", "changed to 1/2 a
tablet").
"""

from __future__ import annotations

import re

from medsocial_tui.compliance import lazy
from medsocial_tui.compliance import lexicon as lx
from medsocial_tui.compliance.context import PracticeContext
from medsocial_tui.compliance.lexicon import english_words
from medsocial_tui.compliance.person_cues import person_in
from medsocial_tui.compliance.text import sentence_around

_I = re.IGNORECASE


def _not_a_plate(text: str, m: re.Match[str], ctx: PracticeContext) -> bool:
    """``vehicle.plate_issued``: "vehicle 4WD", "vehicle V8", "permit 2024": a plate holds a
    letter and three digits or more (the "LPN" before it is its label, not its letters)."""
    value = m.group("id").removeprefix("LPN").lstrip(" \t:#")
    digits = sum(c.isdigit() for c in value)
    return digits < 3 or not any(c.isalpha() for c in value)


# A score, a dose or a share in the sentence: "pain went from 3/10 and moved to 7/10",
# "dose changed to 1/2 tablet", "rated 4/5".
_SCORED = lazy.compile(
    r"\b(?:pain|score[sd]?|scale|rated?|rating|severity|vas|nrs|out[ \t]+of|dose[sd]?|tablets?"
    r"|tabs?|pills?|mg|ml|ratio|fraction|half|quarter|split|odds|marks?|grade[sd]?)\b",
    _I,
)


def _a_score_or_dose(text: str, m: re.Match[str], ctx: PracticeContext) -> bool:
    """``date.booked_day_month``: the sentence scores or doses something ("her pain moved to
    7/10", "dose changed to 1/2 a tablet"), so the figures are a score, not a day."""
    left, right = sentence_around(text, m.start(), m.end())
    return _SCORED.search(text, left, right) is not None


# What else falls "due" on a day: a bill, a payment, the rent, a piece of work.
_BILL_BEFORE_DUE = lazy.compile(
    r"\b(?:rent|bills?|fees?|dues|loans?|card|payments?|invoices?|balance|homework"
    r"|assignments?|reports?|essays?|tax(?:es)?|premiums?|instal(?:l)?ments?|deposit|mortgage"
    r"|renewal|subscription|returns?|books?|library|paper|project|deadline|forms?)"
    r"(?:[ \t]+(?:is|are|was|were|will[ \t]+be|now|also|all))?[ \t]+$",
    _I,
)


def _a_bill_due(text: str, m: re.Match[str], ctx: PracticeContext) -> bool:
    """``date.due_to_deliver``: what falls due is a bill or a piece of work ("my rent is due
    Feb 1st", "the assignment is due March 3"), not a baby."""
    return _BILL_BEFORE_DUE.search(text, max(0, m.start() - 40), m.start()) is not None


# A device's or a product's word right before a code: "the biometric kiosk model BIO-2000X",
# "fingerprint reader FPR-300A".
_PRODUCT_BEFORE = lazy.compile(
    r"\b(?:model|reader|scanner|camera|kiosk|sensor|terminal|device|unit|product|firmware"
    r"|version|sku|part|type|series)s?[ \t]*(?:no\.?|number|#|:)?[ \t]*$",
    _I,
)


def _a_products_code(text: str, m: re.Match[str], ctx: PracticeContext) -> bool:
    """``biometric.prefixed_code``: the code is a device's model, named by the word before it
    ("the biometric kiosk model BIO-2000X"), not the code a person's template is kept under."""
    return _PRODUCT_BEFORE.search(text, max(0, m.start("id") - 30), m.start("id")) is not None


def _an_everyday_word(text: str, m: re.Match[str], ctx: PracticeContext) -> bool:
    """``handle.login_event``: the word after "user" is English ("the user guide is locked in
    the cupboard"), no one's login (a login has a digit, a dot or an underscore, or is no
    word: "kpatel", "cmorrissey_rdh")."""
    value = m.group("id")
    return value.isalpha() and value.lower() in english_words()


# (ids55) The accounts a system or a desk logs in as, not one person: the superuser, the
# database's and the web server's, a guest's, a test's, a shared desk's.
_SYSTEM_ACCOUNTS = frozenset(
    "root admin administrator sysadmin superuser postgres mysql oracle sa www-data www nobody"
    " daemon guest test demo ubuntu ec2-user centos pi jenkins git deploy backup service"
    " operator support ftp anonymous system frontdesk reception kiosk shared unknown".split()
)


def _a_system_account(text: str, m: re.Match[str], ctx: PracticeContext) -> bool:
    """``handle.user_in_log``: "failed SSH for user root", "login attempts for postgres":
    a system's, a service's or a shared desk's account is no one person's login ("for user
    mbrennan" is)."""
    return m.group("id").lower() in _SYSTEM_ACCOUNTS


# The pieces of a login: its runs of letters ("nurse_kenji88": "nurse", "kenji").
_LETTER_RUNS = lazy.compile(r"[a-z]+")


def _a_field_name(text: str, m: re.Match[str], ctx: PracticeContext) -> bool:
    """``handle.chat_speaker``: "first_name: Ana", "covid19: what to know", "step_2: rinse":
    a form's field, a topic or a step, whose words are all English and none a given name or
    a surname, opens the line, not a person's login ("nurse_kenji88:", "dr_amy_k:" hold a
    name; "tkhumalo:" no word)."""
    runs = _LETTER_RUNS.findall(m.group("id").lower())
    words = english_words()
    return all(
        run in words and run not in lx.GIVEN_NAMES and run not in lx.SURNAMES for run in runs
    )


# (read 131-134) A dental procedure's code (CDT: "D" and four figures): "Insurance code
# D1351" for sealants, "code D2740" a crown: the insurer's list, not a person's number.
_CDT_CODE = lazy.compile(r"[Dd]\d{4}")


def _a_dental_procedure_code(text: str, m: re.Match[str], ctx: PracticeContext) -> bool:
    """``id.labelled``: a CDT code after a label saying "code" ("Insurance code D1351")."""
    return (
        _CDT_CODE.fullmatch(m.group("id")) is not None
        and "code" in text[m.start() : m.start("id")].lower()
    )


def _an_english_word_login(text: str, m: re.Match[str], ctx: PracticeContext) -> bool:
    """``handle.chat_speaker_lower``: "moderator:", "guest:", "admin:" name a part in the
    chat, not a login; "quietstorm:" is no word of English."""
    word = m.group("id").lower()
    return word in english_words() or lazy.zipf_frequency(word, "en") >= 2.5


# A business's or a public place's word: its own address in a notice.
_BUSINESS_WORD = lazy.compile(
    r"\b(?:clinic|klinik|practice|surgery|hospital|pharmacy|farmasi|dental|pergigian"
    r"|office|branch|shop|store|restaurant|cafe|mall|hotel|centre|center|kedai|pejabat"
    r"|cawangan|hq|headquarters)\b",
    _I,
)


def _a_business_address(text: str, m: re.Match[str], ctx: PracticeContext) -> bool:
    """``address.number_then_jalan``: "Klinik Gigi Senyum, 45 Jalan Bukit Bintang, open
    daily": a business's own address in a sentence that names no person."""
    left, right = sentence_around(text, m.start(), m.end())
    return _BUSINESS_WORD.search(text, left, right) is not None and not person_in(
        text, m.start(), m.end()
    )


# (numdates37) An invitation a practice or a group gives everyone, said as theirs: "Join
# our patients' WhatsApp group: chat.whatsapp.com/…", "join us", "the clinic's community
# group", "our channel".
_OUR_GROUP_BEFORE = lazy.compile(
    r"\b(?:our|us|clinic['’]s|practice['’]s|surgery['’]s|community|official|public)\b"
    r"[^.!?\n]{0,60}$",
    _I,
)


def _an_open_invitation(text: str, m: re.Match[str], ctx: PracticeContext) -> bool:
    """``url.chat_invite``: a group's invitation link the practice or a community gives
    everyone ("Join our new-parents group: chat.whatsapp.com/…"), not one person's chat
    passed to someone ("Precious the WhatsApp group for the moms … is chat.whatsapp.com/…")."""
    left = sentence_around(text, m.start(), m.end())[0]
    return _OUR_GROUP_BEFORE.search(text, left, m.start()) is not None


# (numdates37) A sentence about the practice's own things: "our", "we", "us", with no one
# else's "my", "his", "her", "their" or "your" in it.
_OURS = lazy.compile(r"\b(?:our|we|us|we['’](?:re|ve|ll))\b", _I)
_SOMEONE_ELSES = lazy.compile(r"\b(?:my|his|her|their|your)\b", _I)


def _a_shipment_of_ours(text: str, m: re.Match[str], ctx: PracticeContext) -> bool:
    """``id.tracking_booking_or_report``: the practice's own parcel or booking ("Tracking
    number 1Z… belongs to our lab's crown shipment, not a patient", "our new chairs"), in
    a sentence that says "our" or "we" and no one else's "my", "her" or "your"."""
    left, right = sentence_around(text, m.start(), m.end())
    return (
        _OURS.search(text, left, right) is not None
        and _SOMEONE_ELSES.search(text, left, right) is None
    )


VETOES = (
    _a_shipment_of_ours,
    _an_open_invitation,
    _a_business_address,
    _not_a_plate,
    _a_score_or_dose,
    _a_bill_due,
    _a_products_code,
    _an_everyday_word,
    _a_system_account,
    _a_field_name,
    _an_english_word_login,
    _a_dental_procedure_code,
)
