"""The reply guard: what a public (or private) answer to a person may never say.

Stricter than the post guard, which it runs too. Regulators fined practices for replies to
online reviews that named the reviewer or discussed their care, so a reply

1. never confirms or implies that the person is a patient ("thanks for visiting", "glad your
   crown...", "your appointment", "we reviewed your chart");
2. never repeats the person's name or handle beyond a neutral greeting at the start ("Hi
   Jane," and only when the practice allows it), and never names anyone else;
3. never mentions a date, a treatment, insurance or a cost;
4. never repeats a health detail the person wrote about themselves.

Every finding names its rule in words (never the text it found), and every refusal comes
with a compliant rewrite from the practice's approved templates.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from typing import NamedTuple

from medsocial_tui.compliance import lazy
from medsocial_tui.compliance.context import EMPTY_CONTEXT, PracticeContext
from medsocial_tui.compliance.findings import BLOCK, Finding
from medsocial_tui.compliance.lexicon import HEALTH_TERMS, MONTH_PATTERN, longest_first
from medsocial_tui.compliance.report import check_text

_I = re.IGNORECASE


class Rule(NamedTuple):
    """One rule a reply keeps: its key, what it says, and why."""

    key: str
    title: str
    why: str


RULES: dict[str, Rule] = {
    r.key: r
    for r in (
        Rule(
            "implies_patient",
            "never confirm or imply that the person is a patient",
            "a reply that thanks someone for a visit or speaks of their appointment, "
            "treatment or records tells the world they are a patient",
        ),
        Rule(
            "names",
            "no names or handles beyond a neutral greeting",
            "repeating the person's name (or naming anyone else) ties the reply to a person",
        ),
        Rule(
            "details",
            "no dates, treatments, insurance or costs",
            "a date, a treatment, an insurer or an amount in a reply discusses someone's care",
        ),
        Rule(
            "repeats_health",
            "never repeat a health detail the person wrote",
            "echoing what the person said about their health confirms it in the practice's voice",
        ),
        Rule(
            "identifiers",
            "the post guard's rules: no patient identifiers",
            "the same identifiers a post may not carry",
        ),
    )
}


@dataclass(frozen=True)
class ReplyFinding:
    """A span of the reply that breaks ``rule``; ``reason`` never repeats the text."""

    start: int
    end: int
    rule: str
    reason: str

    def to_dict(self) -> dict[str, object]:
        return {"start": self.start, "end": self.end, "rule": self.rule, "reason": self.reason}


@dataclass(frozen=True)
class Subject:
    """What the reply answers: who wrote it and what they wrote (never stored by the guard)."""

    text: str = ""
    author_name: str = ""
    author_handle: str | None = None
    kind: str = "comment"
    rating: int | None = None


@dataclass(frozen=True)
class ReplyVerdict:
    findings: list[ReplyFinding] = field(default_factory=list)
    warnings: list[Finding] = field(default_factory=list)
    """The post guard's warnings (links outside trusted sources...): said, not blocking."""
    rewrite_key: str = ""
    rewrite: str = ""

    @property
    def blocking(self) -> bool:
        return bool(self.findings)

    @property
    def rules(self) -> list[str]:
        seen: list[str] = []
        for f in self.findings:
            if f.rule not in seen:
                seen.append(f.rule)
        return seen

    def in_words(self) -> list[str]:
        """One line per rule broken: the rule and why, never the text found."""
        lines = []
        for key in self.rules:
            rule = RULES[key]
            reasons = sorted({f.reason for f in self.findings if f.rule == key})
            lines.append(f"{rule.title}: " + "; ".join(reasons))
        return lines

    def to_dict(self) -> dict[str, object]:
        """Rules, offsets and words: what the store and --json keep (no text)."""
        return {
            "blocking": self.blocking,
            "rules": self.rules,
            "findings": [f.to_dict() for f in self.findings],
            "rewrite_key": self.rewrite_key,
        }


# 1. Implying the person is a patient.

_CARE_NOUNS = (
    r"appointment|appt|visit|treatment|procedure|surgery|operation|bill|billing|balance|claim"
    r"|insurance|results?|x-?rays?|scans?|chart|records?|file|history|prescription|medications?"
    r"|diagnosis|care|crown|filling|implant|root\s+canal|extraction|cleaning|exam|checkup"
    r"|check-up|labs?|tests?|refill|referral|treatment\s+plan|plan|tooth|teeth|gums?|mouth"
    r"|smile|pain|symptoms?|recovery|condition|dentist|doctor|hygienist|provider|physician"
    r"|therapist|nurse|surgeon|session|stay|case|account|braces|aligners|dentures|veneers"
    r"|healing|procedure"
)
_IMPLIES = lazy.compile(
    r"\b(?:your|ur|yer)\s+(?:\w+\s+){0,2}?(?:" + _CARE_NOUNS + r")\b"
    r"|\bthank(?:s|\s+you)\s+(?:so\s+much\s+|again\s+)?for\s+(?:visiting|coming(?:\s+in)?|stopping\s+by"
    r"|choosing\s+us|trusting\s+us|being\s+(?:a|an|our|such\s+a)\s+(?:\w+\s+)?(?:patient|client)"
    r"|your\s+(?:visit|business|loyalty|trust))"
    r"|\b(?:as|being|you\s+are|you're|you\s+were)\s+(?:a|an|our|one\s+of\s+our)\s+(?:\w+\s+)?patients?\b"
    r"|\b(?:see|seeing|welcome|welcoming|treat|treating|have|having)\s+you\s+(?:back|again)\b"
    r"|\bnext\s+(?:visit|appointment|time\s+you\s+(?:come|are|visit))\b"
    r"|\b(?:when|while|since)\s+you\s+(?:were|came|visited|last\s+(?:came|visited))\b"
    r"|\byou\s+were\s+(?:seen|treated|here|in)\b"
    r"|\b(?:pleasure|privilege|great|nice|good|lovely)\s+(?:to\s+)?(?:seeing|see|meeting|meet|treating"
    r"|treat|having|have|caring\s+for)\s+you\b"
    r"|\bwe(?:'ve|\s+have)?\s+(?:\w+\s+)?(?:reviewed|checked|looked\s+(?:at|into|over)|pulled\s+up"
    r"|examined|consulted|went\s+through)\s+(?:your|the|their|his|her)\s+(?:\w+\s+)?(?:chart|charts"
    r"|records?|files?|history|notes|account|case)\b"
    r"|\b(?:we|i|the\s+doctor|our\s+\w+)\s+(?:\w+\s+)?(?:treated|saw|examined|seen)\s+you\b"
    r"|\b(?:our|the)\s+(?:records|charts?|files|system|notes)\s+(?:show|shows|indicate|say|says)\b"
    r"|\b(?:according\s+to|in|from)\s+our\s+(?:records|charts?|files|system|notes)\b"
    r"|\b(?:glad|happy|pleased|relieved|sorry|sad)\s+(?:to\s+(?:hear|know|see)\s+)?(?:that\s+)?(?:you(?:'re|\s+are|\s+were|\s+had|\s+felt)"
    r"|you)\s+(?:\w+\s+){0,2}?(?:feeling|felt|healing|healed|recovering|recovered|better|comfortable"
    r"|pain|discomfort|experience\s+with\s+us|visit)\b"
    r"|\b(?:feel|feeling|get|getting|heal|healing|recover|recovering)\s+(?:better|well)\s+soon\b"
    r"|\bhope\s+you(?:'re|\s+are)?\s+(?:feeling|healing|recovering|doing\s+better)\b",
    _I,
)


def _implies_patient(text: str) -> list[ReplyFinding]:
    return [
        ReplyFinding(
            m.start(),
            m.end(),
            "implies_patient",
            "these words treat the person as a patient (a visit, their care, their records)",
        )
        for m in _IMPLIES.finditer(text)
    ]


# 2. Names and handles.

_GREETING = lazy.compile(
    r"^\s*(?:hi|hello|hey|dear|good\s+(?:morning|afternoon|evening))\s+([^\W\d_][\w'’-]*)\s*[,!]",
    _I,
)
_HANDLE = lazy.compile(r"(?<![\w.])@[A-Za-z0-9_][A-Za-z0-9_.-]{0,60}")
_DOCTOR = lazy.compile(r"\b(?i:dr|doctor|nurse|hygienist)\.?\s+[A-Z][\w'’-]+")
_CAPITALISED = lazy.compile(r"\b[A-Z][a-z'’-]+\b")
_NAME_WORD = lazy.compile(r"[^\W\d_][\w'’-]*")
_NOT_NAME_WORDS = frozenset(
    "the a an and of mr mrs ms miss dr doctor user guest anonymous customer reviewer".split()
)


def _name_words(name: str) -> list[str]:
    return [
        w
        for w in (m.group().lower() for m in _NAME_WORD.finditer(name))
        if len(w) >= 2 and w not in _NOT_NAME_WORDS
    ]


def greeting_span(text: str, subject: Subject, greet_by_name: bool) -> tuple[int, int] | None:
    """The span of an allowed greeting name ("Hi Jane,"): only at the very start, only the
    first word of the author's display name, only when the practice allows it."""
    m = _GREETING.match(text)
    if not m or not greet_by_name:
        return None
    words = _name_words(subject.author_name)
    if words and m.group(1).lower() == words[0]:
        return (m.start(1), m.end(1))
    return None


def _names(
    text: str, subject: Subject, context: PracticeContext, greet_by_name: bool
) -> list[ReplyFinding]:
    found: list[ReplyFinding] = []
    allowed = greeting_span(text, subject, greet_by_name)
    greeting = _GREETING.match(text)
    for word in set(_name_words(subject.author_name)):
        for m in re.finditer(rf"(?<![\w]){re.escape(word)}(?![\w])", text, _I):
            if allowed and m.start() == allowed[0]:
                continue
            if greeting and m.start() == greeting.start(1) and not greet_by_name:
                reason = (
                    "the practice does not greet people by name ([inbox] greet_by_name = "
                    "false): start with a greeting without the name"
                )
            elif greeting and m.start() == greeting.start(1):
                reason = "a greeting may use the first name only"
            else:
                reason = "repeats the person's name (only a neutral greeting at the start may)"
            found.append(ReplyFinding(m.start(), m.end(), "names", reason))
    handle = (subject.author_handle or "").lstrip("@").lower()
    if handle and len(handle) >= 2:
        for m in re.finditer(rf"@?{re.escape(handle)}(?![\w])", text, _I):
            found.append(ReplyFinding(m.start(), m.end(), "names", "repeats the person's handle"))
    for m in _HANDLE.finditer(text):
        if not any(f.start <= m.start() < f.end for f in found):
            found.append(ReplyFinding(m.start(), m.end(), "names", "mentions an account by handle"))
    for m in _DOCTOR.finditer(text):
        found.append(
            ReplyFinding(m.start(), m.end(), "names", "names a member of staff (who saw whom)")
        )
    staff = context.staff_words - context.practice_words
    for m in _CAPITALISED.finditer(text):
        if m.group().lower() in staff and not any(f.start <= m.start() < f.end for f in found):
            found.append(
                ReplyFinding(m.start(), m.end(), "names", "names a member of staff (who saw whom)")
            )
    return found


# 3. Dates, treatments, insurance, costs.

_MONTH = MONTH_PATTERN
_DATE = lazy.compile(
    r"\b(?:" + _MONTH + r")\.?\s+\d{1,2}(?:st|nd|rd|th)?\b"
    r"|\b\d{1,2}(?:st|nd|rd|th)?\s+(?:of\s+)?(?:" + _MONTH + r")\b"
    r"|\b\d{1,4}[/.-]\d{1,2}(?:[/.-]\d{2,4})?\b"
    r"|\b(?:on|last|this|next|since)\s+(?:mon|tues|wednes|thurs|fri|satur|sun)day\b"
    r"|\b(?:yesterday|today|tomorrow|this\s+morning|last\s+(?:week|month|night|year|time))\b"
    r"|\b\d{1,2}(?::\d{2})?\s*(?:am|pm|a\.m\.|p\.m\.)",
    _I,
)
_INSURANCE = lazy.compile(
    r"\b(?:insurance|insurer|insured|co-?pay(?:ment)?s?|deductibles?|coverage|covered|claims?"
    r"|pre-?auth(?:orization)?|medicaid|medicare|delta\s+dental|aetna|cigna|humana|metlife"
    r"|united\s*healthcare|blue\s+(?:cross|shield)|bcbs|guardian|hmo|ppo|in-network"
    r"|out-of-network|eob|benefits)\b",
    _I,
)
_COST = lazy.compile(
    r"[$€£]\s?\d[\d,.]*|\b\d[\d,.]*\s?(?:dollars|usd|eur|euros|pounds)\b"
    r"|\b(?:bill(?:s|ed|ing)?|charge[ds]?|invoices?|balances?|refund(?:s|ed)?|payments?|paid"
    r"|prices?|costs?|fees?|discounts?|estimates?|collections?)\b",
    _I,
)
_HEALTH = lazy.compile(
    r"(?<![\w-])(?:"
    + "|".join(re.escape(t).replace(r"\ ", r"\s+") for t in sorted(HEALTH_TERMS, key=longest_first))
    + r")(?![\w-])",
    _I,
)


def _details(text: str) -> list[ReplyFinding]:
    found = [
        ReplyFinding(m.start(), m.end(), "details", "a date or time") for m in _DATE.finditer(text)
    ]
    found += [
        ReplyFinding(m.start(), m.end(), "details", "insurance") for m in _INSURANCE.finditer(text)
    ]
    found += [
        ReplyFinding(m.start(), m.end(), "details", "a cost or payment")
        for m in _COST.finditer(text)
    ]
    found += [
        ReplyFinding(m.start(), m.end(), "details", "a treatment or health condition")
        for m in _HEALTH.finditer(text)
    ]
    return found


# 4. Health details the person wrote.

_SYMPTOMS = frozenset(
    """pain painful ache aching aches hurt hurts hurting sore swelling swollen swelled bleeding
    bled blood infection infected fever nausea dizzy numb numbness sensitive sensitivity
    anxious anxiety nervous scared phobia pregnant pregnancy diabetic diabetes allergic allergy
    allergies asthma cancer depression depressed bruise bruised broken cracked chipped abscess
    migraine headache headaches rash cough sick illness disease condition diagnosis diagnosed
    medication medications meds pills antibiotics stitches scar scarring wound wounds limp
    crutches wheelchair therapy recovering recovery surgery surgeries operation""".split()
)
_WORDS = lazy.compile(r"[^\W\d_][\w'’-]*")


def _stem(word: str) -> str:
    word = word.lower().strip("'’-")
    for suffix in ("ies", "es", "s"):
        if len(word) > 4 and word.endswith(suffix):
            return word[: -len(suffix)] + ("y" if suffix == "ies" else "")
    return word


def health_terms_in(text: str) -> set[str]:
    """The health and treatment terms someone used (stemmed single words and phrases)."""
    terms = {re.sub(r"\s+", " ", m.group().lower()) for m in _HEALTH.finditer(text)}
    terms |= {_stem(m.group()) for m in _WORDS.finditer(text) if m.group().lower() in _SYMPTOMS}
    return terms


def _related(a: str, b: str) -> bool:
    """The same word in another form: "pregnant" and "pregnancy", "pain" and "painful"."""
    a, b = _stem(a), _stem(b)
    if a == b:
        return True
    short, long = sorted((a, b), key=len)
    if len(short) >= 4 and long.startswith(short):
        return True
    common = 0
    for x, y in zip(a, b, strict=False):
        if x != y:
            break
        common += 1
    return common >= 6


def _repeats_health(text: str, subject: Subject) -> list[ReplyFinding]:
    theirs = health_terms_in(subject.text)
    if not theirs:
        return []
    found: list[ReplyFinding] = []
    spans = [(m.start(), m.end(), m.group()) for m in _HEALTH.finditer(text)]
    spans += [
        (m.start(), m.end(), m.group())
        for m in _WORDS.finditer(text)
        if m.group().lower() in _SYMPTOMS or any(_related(m.group(), t) for t in theirs)
    ]
    for start, end, words in sorted(spans):
        term = re.sub(r"\s+", " ", words.lower())
        if any(f.start <= start < f.end for f in found):
            continue
        if term in theirs or any(_related(term, t) for t in theirs if " " not in t):
            found.append(
                ReplyFinding(start, end, "repeats_health", "repeats a health detail they wrote")
            )
    return found


# Templates and rewrites.

DEFAULT_TEMPLATES: dict[str, tuple[str, str]] = {
    "thanks": (
        "Thank you for a kind review",
        "Thank you for taking the time to share this. Kind words mean a great deal to our "
        "whole team. - {practice}",
    ),
    "call_us": (
        "We can't discuss anyone's care here",
        "Thank you for reaching out. To protect everyone's privacy we can't discuss anyone's "
        "care here; please call us at {phone} and we will be glad to help. - {practice}",
    ),
    "portal": (
        "Move to the patient portal",
        "Thank you for your message. For anything about personal health matters, please "
        "write to us through our secure patient portal ({portal}) or call us at {phone}. "
        "- {practice}",
    ),
}
PLACEHOLDERS = ("practice", "phone", "portal")


def fill(template: str, context: PracticeContext) -> str:
    """A template with the practice's own details in place."""
    values = {
        "practice": context.practice_name or "the office",
        "phone": context.phones[0] if context.phones else "the office",
        "portal": context.portal_url or "the practice website",
    }
    out = template
    for key, value in values.items():
        out = out.replace("{" + key + "}", value)
    return out


def pick_template(subject: Subject, rules: Iterable[str], negative_rating: int) -> str:
    """The approved template that answers this item best without breaking a rule."""
    rules = set(rules)
    if subject.kind == "message":
        return "portal"
    if (
        subject.kind == "review"
        and subject.rating is not None
        and subject.rating > negative_rating
        and not (rules & {"repeats_health"})
    ):
        return "thanks"
    return "call_us"


def check_reply(
    text: str,
    subject: Subject,
    context: PracticeContext | None = None,
    *,
    greet_by_name: bool = False,
    negative_rating: int = 3,
    templates: Mapping[str, str] | None = None,
    checks: Iterable[Callable[[str, PracticeContext], list[Finding]]] = (),
    post_guard: bool = True,
) -> ReplyVerdict:
    """The reply guard's verdict on ``text`` answering ``subject``.

    ``templates`` maps template keys to their (unfilled) texts; the practice's own, else
    :data:`DEFAULT_TEMPLATES`. ``checks`` are the plugins' compliance checks, which the post
    guard runs too."""
    ctx = context or EMPTY_CONTEXT
    findings: list[ReplyFinding] = []
    findings += _implies_patient(text)
    findings += _names(text, subject, ctx, greet_by_name)
    findings += _details(text)
    findings += _repeats_health(text, subject)
    warnings: list[Finding] = []
    if post_guard and text.strip():
        allowed = greeting_span(text, subject, greet_by_name)
        report = check_text(text, ctx, checks, is_reply=True)
        for f in report.findings:
            if allowed and f.start >= allowed[0] and f.end <= allowed[1]:
                continue
            if f.severity == BLOCK:
                findings.append(
                    ReplyFinding(f.start, f.end, "identifiers", f"{f.label.replace('_', ' ')}")
                )
            elif f.label != "care_in_reply":
                warnings.append(f)
    findings = _dedupe(findings)
    if not findings:
        return ReplyVerdict([], warnings)
    key = pick_template(subject, (f.rule for f in findings), negative_rating)
    texts = {k: v[1] for k, v in DEFAULT_TEMPLATES.items()} | dict(templates or {})
    return ReplyVerdict(findings, warnings, key, fill(texts.get(key, ""), ctx))


def _dedupe(findings: list[ReplyFinding]) -> list[ReplyFinding]:
    """One finding per rule and span, in text order; a rule's finding inside another
    finding of the same rule is dropped."""
    findings = sorted(findings, key=lambda f: (f.start, -(f.end - f.start), f.rule))
    kept: list[ReplyFinding] = []
    for f in findings:
        if any(k.rule == f.rule and k.start <= f.start and f.end <= k.end for k in kept):
            continue
        kept.append(f)
    return kept
