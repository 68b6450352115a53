"""The guard's own checks beyond PHI, registered through the same plugin hook as anyone's:
links outside the practice's trusted sources, endorsements without a disclosure, and
replies that discuss someone's care instead of sending them to the patient portal."""

from __future__ import annotations

import re
from collections.abc import Callable

from medsocial_tui.compliance import lazy
from medsocial_tui.compliance.context import PracticeContext, domain_of
from medsocial_tui.compliance.findings import WARN, Finding
from medsocial_tui.compliance.identifiers import URL
from medsocial_tui.hookspecs import hookimpl

_I = re.IGNORECASE
# Public-health and professional bodies trusted when the practice lists none.
DEFAULT_TRUSTED = frozenset(
    """cdc.gov nih.gov who.int fda.gov medlineplus.gov hhs.gov ada.org mouthhealthy.org
    aap.org healthychildren.org heart.org cancer.org acog.org aafp.org ama-assn.org
    mayoclinic.org clevelandclinic.org hopkinsmedicine.org vaccines.gov""".split()
)

_ENDORSEMENT = lazy.compile(
    r"\b(?:we|i|our\s+(?:team|doctors?|dentists?))\s+(?:\w+\s+)?(?:recommend|love|swear\s+by|use\s+and\s+love"
    r"|endorse|trust|partnered|partner)\b[^.!?\n]{0,60}?\b[A-Z][\w&'-]+"
    r"|\b(?:use|with)\s+(?:our\s+)?(?:code|promo\s+code|coupon)\s+[A-Z0-9]{3,}"
    r"|\b(?:affiliate\s+link|link\s+in\s+bio\s+for\s+\d+%|\d+%\s+off\s+(?:at|with|from)\s+[A-Z])"
    r"|\bthanks?\s+(?:you\s+)?to\s+(?:our\s+(?:friends|partners?)\s+at\s+)?[A-Z][\w&'-]+\s+for\s+"
    r"(?:sponsoring|the\s+free|providing|supplying|gifting)"
    r"|\b(?:sponsored\s+by|brought\s+to\s+you\s+by|in\s+partnership\s+with)\b",
    _I,
)
_DISCLOSURE = lazy.compile(
    r"#(?:ad|sponsored|partner|paidpartnership|affiliate|gifted)\b|\bpaid\s+partnership\b"
    r"|\bsponsored\b|\baffiliate\b|\bwe\s+(?:receive|earn|get)\s+(?:a\s+)?(?:commission|compensation|paid)"
    r"|\bdisclosure\b|\b(?:were|was|are)\s+(?:paid|compensated)\b|\bno\s+(?:financial\s+)?(?:ties|relationship)\b",
    _I,
)
_CARE_WORDS = lazy.compile(
    r"\b(?:your|ur)\s+(?:\w+\s+){0,2}?(?:appointment|appt|visit|treatment|procedure|surgery|bill|billing"
    r"|balance|claim|insurance|results?|x-?rays?|chart|records?|prescription|medication|diagnosis"
    r"|care|crown|filling|implant|root\s+canal|extraction|cleaning|exam|labs?|test|refill|referral"
    r"|plan|tooth|teeth|pain|symptoms?|recovery|condition)\b",
    _I,
)


def link_source(text: str, context: PracticeContext) -> list[Finding]:
    """A link to a domain outside the practice's trusted sources: someone should check it."""
    trusted = context.trusted or DEFAULT_TRUSTED
    trusted = (
        trusted | context.own_domains | DEFAULT_TRUSTED if not context.trusted_domains else trusted
    )
    found = []
    for m in URL.finditer(text):
        url = m.group()
        domain = domain_of(url if "//" in url else "//" + url)
        if not domain or any(domain == t or domain.endswith("." + t) for t in trusted):
            continue
        if not context.trusted_domains and domain.endswith(".gov"):
            continue
        found.append(
            Finding(
                m.start(),
                m.end(),
                "link_source",
                "this link is outside the practice's trusted sources: verify this source "
                "before sharing health information from it",
                WARN,
                "link_source",
            )
        )
    return found


def endorsement(text: str, context: PracticeContext) -> list[Finding]:
    """A product or service endorsed without saying whether the practice gains from it."""
    if _DISCLOSURE.search(text):
        return []
    return [
        Finding(
            m.start(),
            m.end(),
            "endorsement",
            'this reads as an endorsement: add a disclosure (#ad, "we receive a commission", '
            '"no financial ties") or remove it (conflict of interest)',
            WARN,
            "endorsement",
        )
        for m in _ENDORSEMENT.finditer(text)
    ]


def care_in_reply(text: str, context: PracticeContext) -> list[Finding]:
    """A public reply that talks about the person's own care: point them to the portal."""
    if not context.is_reply:
        return []
    where = f" ({context.portal_url})" if context.portal_url else ""
    return [
        Finding(
            m.start(),
            m.end(),
            "care_in_reply",
            "a public reply should not discuss someone's care: invite them to the patient "
            f"portal{where} or to call the office instead",
            WARN,
            "care_in_reply",
        )
        for m in _CARE_WORDS.finditer(text)
    ]


BUILTIN_CHECKS: tuple[Callable[[str, PracticeContext], list[Finding]], ...] = (
    link_source,
    endorsement,
    care_in_reply,
)


@hookimpl
def register_compliance_checks(register: Callable[[object], None]) -> None:
    """The built-in checks, registered exactly as a third-party plugin registers its own."""
    for check in BUILTIN_CHECKS:
        register(check)
