"""medsocial's built-in post templates, registered exactly as a third party's would be.

Patient education (a Q&A image card, an article from a trusted source), health alerts (flu
season, measles or meningitis outbreaks, linking to public-health sources), provider
availability from the staff list, and live sessions (an announcement and a reminder).
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from datetime import timedelta
from typing import Any

from medsocial_tui.cards import Card
from medsocial_tui.hookspecs import RegisterTemplate, hookimpl
from medsocial_tui.templates import PlannedPost, TemplateContext, TemplateField

Render = Callable[[Mapping[str, Any], TemplateContext], Sequence[PlannedPost]]

FLU_LINK = "https://www.cdc.gov/flu/"
MEASLES_LINK = "https://www.cdc.gov/measles/"
MENINGITIS_LINK = "https://www.cdc.gov/meningococcal/"


@dataclass(frozen=True)
class Template:
    """A built-in template: its fields and a function that writes the posts."""

    key: str
    title: str
    kind: str
    description: str
    fields: tuple[TemplateField, ...]
    writer: Render

    def render(self, values: Mapping[str, Any], context: TemplateContext) -> Sequence[PlannedPost]:
        return self.writer(values, context)


def _join(*parts: str | None) -> str:
    return " ".join(p.strip() for p in parts if p and p.strip())


def _footer(context: TemplateContext) -> str:
    site = context.website.removeprefix("https://").removeprefix("http://").rstrip("/")
    return " · ".join(p for p in (site, context.phone) if p)


# ----------------------------------------------------------------------------- education


def qa(values: Mapping[str, Any], context: TemplateContext) -> list[PlannedPost]:
    question, answer = values["question"], values["answer"]
    link = values.get("link")
    card = Card(
        title=question,
        body=answer,
        label="Q&A",
        footer=_footer(context),
        alt_text=f"Q&A card from {context.practice}. Question: {question} Answer: {answer}",
    )
    text = _join(f"Q: {question}", f"\nA: {answer}", f"\nLearn more: {link}" if link else "")
    return [PlannedPost(text, "qa", link, card)]


def article(values: Mapping[str, Any], context: TemplateContext) -> list[PlannedPost]:
    url = values["url"]
    title = values.get("url_title")
    comment = values.get("comment") or "Worth a read"
    headline = f"{comment}: “{title}”" if title else f"{comment}:"
    return [PlannedPost(_join(headline, url), "education", url)]


# ----------------------------------------------------------------------------- health alerts


def flu_season(values: Mapping[str, Any], context: TemplateContext) -> list[PlannedPost]:
    link = values.get("link") or FLU_LINK
    offer = values.get("offer")
    text = _join(
        "Flu season is here. A yearly flu vaccine is the best way to protect yourself and "
        "the people around you, especially young children, older adults and anyone with a "
        "chronic condition.",
        offer,
        context.contact(),
        f"Facts from the CDC: {link}",
    )
    return [PlannedPost(text, "health_news", link)]


def _outbreak(key: str, disease: str, description: str, default_link: str, signs: str) -> Template:
    """A health alert for cases of ``disease`` reported nearby: where (the area), an extra
    line, and a public-health link that defaults to ``default_link``; ``signs`` is what to
    watch for or do, in the practice's words."""

    def write(values: Mapping[str, Any], context: TemplateContext) -> list[PlannedPost]:
        link = values.get("link") or default_link
        area = values["area"]
        text = _join(
            f"Health alert: public-health officials report {disease} cases in {area}.",
            signs,
            "If you think you have been exposed, call your doctor before going in, so they "
            "can protect others in the waiting room.",
            values.get("note"),
            f"Reliable information: {link}",
        )
        return [PlannedPost(text, "health_news", link)]

    return Template(
        f"{key}_outbreak",
        f"Health alert: {key} outbreak",
        "health_news",
        description,
        (
            TemplateField("area", "Where cases are reported", help="e.g. Sangamon County"),
            TemplateField("note", "Extra line", required=False),
            TemplateField(
                "link", "Public-health link", "url", required=False, default=default_link
            ),
        ),
        write,
    )


MEASLES = _outbreak(
    "measles",
    "measles",
    "Measles cases reported nearby: vaccination and call-ahead advice.",
    MEASLES_LINK,
    "Measles spreads easily through the air. Two doses of the MMR vaccine protect well; "
    "check that your family is up to date.",
)
MENINGITIS = _outbreak(
    "meningitis",
    "meningococcal disease (meningitis)",
    "Meningococcal disease reported nearby: signs to watch and vaccines.",
    MENINGITIS_LINK,
    "Watch for sudden fever, headache and a stiff neck, and seek care at once if they appear. "
    "Ask whether you or your teenagers need the meningococcal vaccines.",
)


# ----------------------------------------------------------------------------- providers


def provider_away(values: Mapping[str, Any], context: TemplateContext) -> list[PlannedPost]:
    provider, first, last = values["provider"], values["from_day"], values.get("until_day")
    covering = values.get("covering")
    when = (
        f"from {context.day(first)} to {context.day(last)}"
        if last and last != first
        else f"on {context.day(first)}"
    )
    text = _join(
        f"{provider.name} is away {when}.",
        f"{covering.name} is seeing patients in the meantime." if covering else "",
        "Our team is here as usual to help with appointments.",
        context.contact(),
    )
    return [PlannedPost(text, "provider_availability")]


def extra_day(values: Mapping[str, Any], context: TemplateContext) -> list[PlannedPost]:
    provider, day, hours = values["provider"], values["day"], values.get("hours")
    text = _join(
        f"Extra clinic day: {provider.with_title} sees patients on {context.day(day)}"
        + (f", {hours}." if hours else "."),
        "Book early, spots fill up fast.",
        context.contact(),
    )
    return [PlannedPost(text, "provider_availability")]


def service_days(values: Mapping[str, Any], context: TemplateContext) -> list[PlannedPost]:
    starting = values.get("starting")
    text = _join(
        f"{values['service']} is now available on {values['days']}"
        + (f", starting {context.day(starting)}." if starting else "."),
        context.contact(),
    )
    return [PlannedPost(text, "provider_availability")]


# ----------------------------------------------------------------------------- live sessions


def live_session(values: Mapping[str, Any], context: TemplateContext) -> list[PlannedPost]:
    starts = values["starts"]
    before: timedelta = values.get("reminder") or timedelta(hours=1)
    where = values["where"]
    host = values.get("host")
    topic = values["topic"]
    by = f" with {host.with_title}" if host else ""
    link = where if where.startswith(("http://", "https://")) else None
    announcement = _join(
        f"Join us live{by}: {topic}, {context.moment(starts)}.",
        f"Watch at {where}." if link else f"Where: {where}.",
        "Bring your questions; general questions only, please: we never discuss anyone's own "
        "care in public.",
    )
    minutes = int(before.total_seconds() // 60)
    soon = (
        f"{minutes // 60} hour{'s' if minutes >= 120 else ''}"
        if minutes % 60 == 0
        else (f"{minutes} minutes")
    )
    reminder = _join(
        f"Starting in {soon}: {topic}{by}.",
        f"Watch at {where}." if link else f"Where: {where}.",
    )
    return [
        PlannedPost(announcement, "live_session", link, label="announcement"),
        PlannedPost(reminder, "live_session", link, scheduled_at=starts - before, label="reminder"),
    ]


F = TemplateField

TEMPLATES = (
    Template(
        "qa",
        "Q&A card (patient education)",
        "qa",
        "A common question and its answer, as a shareable image card and a post.",
        (
            F("question", "Question", help="e.g. How often should my child see the dentist?"),
            F("answer", "Answer", "long_text", help="two or three plain sentences"),
            F("link", "Link to learn more", "url", required=False),
        ),
        qa,
    ),
    Template(
        "article",
        "Share an article",
        "education",
        "A link to a reliable article, checked against the trusted sources, with its title.",
        (
            F("url", "Article address", "url"),
            F("comment", "Your line about it", required=False, help="e.g. Good advice on..."),
        ),
        article,
    ),
    Template(
        "flu_season",
        "Health alert: flu season",
        "health_news",
        "Flu vaccine reminder with the CDC's flu page.",
        (
            F("offer", "What the practice offers", required=False, help="e.g. Walk-in flu shots"),
            F("link", "Public-health link", "url", required=False, default=FLU_LINK),
        ),
        flu_season,
    ),
    MEASLES,
    MENINGITIS,
    Template(
        "provider_away",
        "Provider away",
        "provider_availability",
        "A provider is away for some days; who covers.",
        (
            F("provider", "Provider", "provider"),
            F("from_day", "First day away", "day"),
            F("until_day", "Last day away", "day", required=False),
            F("covering", "Covering provider", "provider", required=False),
        ),
        provider_away,
    ),
    Template(
        "extra_clinic_day",
        "Extra clinic day",
        "provider_availability",
        "A provider sees patients on an extra day.",
        (
            F("provider", "Provider", "provider"),
            F("day", "Day", "day"),
            F("hours", "Hours", required=False, help="e.g. 8 am to noon"),
        ),
        extra_day,
    ),
    Template(
        "service_new_days",
        "Service on new days",
        "provider_availability",
        "A service is now offered on other days.",
        (
            F("service", "Service", help="e.g. Pediatric cleanings"),
            F("days", "Days", help="e.g. Tuesdays and Thursdays"),
            F("starting", "Starting", "day", required=False),
        ),
        service_days,
    ),
    Template(
        "live_session",
        "Live session (announcement + reminder)",
        "live_session",
        "Announce a live Q&A session, and remind people shortly before it starts.",
        (
            F("topic", "Topic", help="e.g. Kids and cavities"),
            F("starts", "Starts", "datetime", help="e.g. thu 6pm"),
            F("where", "Where", help="a link to the stream, or a place"),
            F("host", "Host", "provider", required=False),
            F("reminder", "Remind before", "duration", required=False, default="1 hour"),
        ),
        live_session,
    ),
)


@hookimpl
def register_post_templates(register: RegisterTemplate) -> None:
    for template in TEMPLATES:
        register(template)
