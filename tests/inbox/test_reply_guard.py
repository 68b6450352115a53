"""The reply guard stops each of the four kinds of disclosure the regulator fined practices
for, names the rule, and offers a compliant rewrite; the approved templates pass it."""

from __future__ import annotations

import pytest

from medsocial_tui.compliance.context import PracticeContext
from medsocial_tui.compliance.reply_guard import (
    DEFAULT_TEMPLATES,
    RULES,
    Subject,
    check_reply,
    fill,
)

CONTEXT = PracticeContext(
    phones=("312-555-0142",),
    practice_name="Maple Dental",
    portal_url="https://portal.mapledental.example",
    provider_names=("Dr. Anita Patel", "Sam Front"),
)
REVIEW = Subject(
    text="Dr Patel did my root canal last week and the pain in my jaw is worse. Avoid!",
    author_name="Jane Doe",
    author_handle="janed",
    kind="review",
    rating=1,
)
KIND_REVIEW = Subject(
    text="Lovely staff, very friendly front desk.", author_name="Jane Doe", kind="review", rating=5
)


def rules(text: str, subject: Subject = REVIEW, **kw) -> list[str]:
    return check_reply(text, subject, CONTEXT, **kw).rules


@pytest.mark.parametrize(
    "text",
    [
        "Thanks for visiting us!",
        "Thank you for coming in.",
        "Glad your crown feels good now.",
        "Please call to move your appointment.",
        "We are sorry your treatment was uncomfortable.",
        "We reviewed your chart and everything was done correctly.",
        "Our records show nothing unusual.",
        "We look forward to seeing you again.",
        "It was a pleasure treating you.",
        "Hope you are feeling better.",
        "As one of our patients you deserve better.",
    ],
)
def test_it_never_confirms_or_implies_a_patient(text):
    assert "implies_patient" in rules(text)


@pytest.mark.parametrize(
    "text",
    [
        "Jane, we are sorry to read this.",
        "Thank you Jane Doe for the feedback.",
        "@janed thank you for the feedback.",
        "Thank you, Doe family.",
        "Dr. Patel will reach out.",
        "Anita would like to talk with you.",
    ],
)
def test_it_never_repeats_a_name_or_a_handle_or_names_anyone_else(text):
    assert "names" in rules(text)


def test_a_greeting_by_first_name_only_at_the_start_and_only_when_allowed():
    greeting = "Hi Jane, thank you for the feedback."
    assert "names" in rules(greeting)
    assert rules(greeting, greet_by_name=True) == []
    assert "names" in rules("Hi Doe, thank you for the feedback.", greet_by_name=True)
    assert "names" in rules("Thank you for the feedback, Jane.", greet_by_name=True)
    refused = check_reply(greeting, REVIEW, CONTEXT).in_words()
    assert any("greet_by_name" in line for line in refused)


@pytest.mark.parametrize(
    ("text", "why"),
    [
        ("We would be glad to talk on March 3.", "a date or time"),
        ("We could talk yesterday or today.", "a date or time"),
        ("Coverage depends on the plan; please call.", "insurance"),
        ("Please check with Delta Dental.", "insurance"),
        ("The $250 charge can be discussed by phone.", "a cost or payment"),
        ("We can discuss the invoice by phone.", "a cost or payment"),
        ("Whitening is not always comfortable.", "a treatment or health condition"),
    ],
)
def test_it_never_mentions_a_date_treatment_insurance_or_cost(text, why):
    verdict = check_reply(text, KIND_REVIEW, CONTEXT)
    assert verdict.blocking
    assert any(f.rule == "details" and f.reason == why for f in verdict.findings), verdict


def test_it_never_repeats_a_health_detail_the_person_wrote():
    subject = Subject(
        text="I'm pregnant and my gums keep bleeding, is that normal?", kind="message"
    )
    for text in (
        "Bleeding can have many causes; please call us.",
        "Congratulations on the pregnancy! Please call us.",
    ):
        assert "repeats_health" in rules(text, subject), text
    assert "repeats_health" not in rules("Please call us; we will be glad to help.", subject)


def test_every_refusal_names_the_rule_and_offers_a_compliant_rewrite():
    verdict = check_reply("Sorry about your root canal, Jane!", REVIEW, CONTEXT)
    assert verdict.blocking
    assert verdict.rewrite_key == "call_us"
    assert "312-555-0142" in verdict.rewrite
    for line in verdict.in_words():
        assert any(line.startswith(rule.title) for rule in RULES.values())
    assert "Jane" not in " ".join(verdict.in_words())
    assert check_reply(verdict.rewrite, REVIEW, CONTEXT).rules == []


def test_a_kind_review_is_offered_the_thank_you_and_a_message_the_portal():
    assert check_reply("Thanks for visiting!", KIND_REVIEW, CONTEXT).rewrite_key == "thanks"
    message = Subject(text="Can I move my cleaning?", kind="message")
    verdict = check_reply("Sure, your cleaning can move.", message, CONTEXT)
    assert verdict.rewrite_key == "portal"
    assert "portal.mapledental.example" in verdict.rewrite


@pytest.mark.parametrize("key", sorted(DEFAULT_TEMPLATES))
def test_the_approved_templates_pass_the_guard_for_any_item(key):
    text = fill(DEFAULT_TEMPLATES[key][1], CONTEXT)
    for subject in (REVIEW, KIND_REVIEW, Subject(text="My tooth hurts", kind="message")):
        assert check_reply(text, subject, CONTEXT).rules == [], (key, subject)


def test_it_runs_the_post_guard_too():
    verdict = check_reply("Call Maria Gonzalez at 312-555-0199 about it.", KIND_REVIEW, CONTEXT)
    assert "identifiers" in verdict.rules


def test_neutral_replies_pass():
    for text in (
        "Thank you for taking the time to write. Please call us at 312-555-0142.",
        "We are sorry to read this and would like to help; please call the office.",
        "Thank you for the kind words!",
    ):
        assert rules(text) == [], text


def test_findings_carry_no_text():
    verdict = check_reply("Sorry about your root canal, Jane!", REVIEW, CONTEXT)
    as_data = str(verdict.to_dict())
    assert "Jane" not in as_data and "root canal" not in as_data
