"""Templates: each built-in one fills in from the practice's records, a third party adds
more through the hook, and the practice's own TOML templates are read, never written."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from PIL import Image

from medsocial_tui import templates
from medsocial_tui.compose import links
from medsocial_tui.errors import UsageError
from medsocial_tui.home.practice import open_practice
from medsocial_tui.hookspecs import hookimpl
from medsocial_tui.models import Role
from medsocial_tui.publishing import queue
from medsocial_tui.records import staff
from medsocial_tui.records.acting import ActingAs
from medsocial_tui.templates import PlannedPost, TemplateField

from .conftest import LOGIN, PLUGINS


@pytest.fixture
def with_providers(practice):
    for login, name, title in (
        ("pchen", "Dr. Marcus Chen", "DMD"),
        ("ppatel", "Dr. Priya Patel", "DDS"),
    ):
        staff.add(
            ActingAs(practice.store, LOGIN),
            login=login,
            name=name,
            title=title,
            roles=frozenset({Role.APPROVER}),
            is_provider=True,
        )
    return practice


def fill(practice, key, **raw):
    return templates.prepare(practice, key, raw, online=False)


def test_every_built_in_template_is_registered_through_the_plugin_hook(practice):
    report = next(r for r in practice.plugins.reports if r.name == "templates")
    assert report.source.startswith("medsocial-templates")
    assert set(report.templates) >= {
        "qa",
        "article",
        "flu_season",
        "measles_outbreak",
        "meningitis_outbreak",
        "provider_away",
        "extra_clinic_day",
        "service_new_days",
        "live_session",
    }


def test_qa_makes_a_card_that_is_attached_with_its_alt_text(practice):
    prepared = fill(
        practice,
        "qa",
        question="How often should my child see the dentist?",
        answer="Every six months, from their first birthday.",
    )
    [post] = templates.create_posts(practice, prepared, ["page", "byhand"])
    assert post.kind == "qa" and post.status == "draft"
    [media] = post.media
    assert media["alt_text"].startswith("Q&A card from Loopback Dental. Question: How often")
    with Image.open(practice.home.root / media["path"]) as image:
        assert image.size == (1080, 1350) and image.format == "PNG"
    draft = queue.draft_for(practice, post, "page")
    assert draft.media[0].alt_text == media["alt_text"]


def test_article_checks_the_source_and_uses_the_fetched_title(practice, monkeypatch):
    monkeypatch.setattr(links, "fetch_title", lambda url: "Brushing basics")
    prepared = templates.prepare(practice, "article", {"url": "https://www.cdc.gov/oral"})
    assert prepared.warnings == ()
    assert prepared.posts[0].text == "Worth a read: “Brushing basics” https://www.cdc.gov/oral"
    untrusted = templates.prepare(practice, "article", {"url": "https://miracle-cures.example/x"})
    assert "not one of the practice's trusted sources" in untrusted.warnings[0]


@pytest.mark.parametrize(
    ("key", "raw", "expected"),
    [
        ("flu_season", {"offer": "Walk-in flu shots all week."}, "https://www.cdc.gov/flu/"),
        ("measles_outbreak", {"area": "Sangamon County"}, "https://www.cdc.gov/measles/"),
        ("meningitis_outbreak", {"area": "Springfield"}, "https://www.cdc.gov/meningococcal/"),
    ],
)
def test_health_alerts_link_to_public_health_sources(practice, key, raw, expected):
    prepared = fill(practice, key, **raw)
    [post] = prepared.posts
    assert post.kind == "health_news" and post.link == expected and expected in post.text
    assert prepared.warnings == ()


def test_provider_away_is_written_from_the_staff_list(with_providers):
    prepared = fill(
        with_providers,
        "provider_away",
        provider="Chen",
        from_day="2026-01-12",
        until_day="2026-01-16",
        covering="ppatel",
    )
    text = prepared.posts[0].text
    assert text.startswith("Dr. Marcus Chen is away from Monday, January 12 to Friday, January 16.")
    assert "Dr. Priya Patel is seeing patients" in text
    with pytest.raises(UsageError, match="not a provider"):
        fill(with_providers, "provider_away", provider="Maria", from_day="tomorrow")


def test_extra_clinic_day_and_service_on_new_days(with_providers):
    extra = fill(
        with_providers, "extra_clinic_day", provider="pchen", day="sat", hours="8 am to noon"
    )
    assert (
        "Dr. Marcus Chen, DMD sees patients on Saturday, January 10, 8 am to noon."
        in extra.posts[0].text
    )
    service = fill(
        with_providers,
        "service_new_days",
        service="Pediatric cleanings",
        days="Tuesdays and Thursdays",
        starting="2026-01-13",
    )
    assert service.posts[0].text.startswith(
        "Pediatric cleanings is now available on Tuesdays and Thursdays, starting Tuesday, January 13."
    )


def test_a_live_session_is_announced_and_reminded_before_it_starts(with_providers):
    prepared = fill(
        with_providers,
        "live_session",
        topic="Kids and cavities",
        starts="2026-01-08 18:00",
        where="https://live.example/maple",
        host="ppatel",
        reminder="30 min",
    )
    announcement, reminder = prepared.posts
    assert (
        "Join us live with Dr. Priya Patel, DDS: Kids and cavities, Thursday, January 8 at 6 pm."
        in (announcement.text)
    )
    starts = datetime(2026, 1, 9, 0, 0, tzinfo=UTC)
    assert reminder.scheduled_at == starts - timedelta(minutes=30)
    assert reminder.text.startswith("Starting in 30 minutes: Kids and cavities")
    posts = templates.create_posts(with_providers, prepared, ["page"])
    assert [p.kind for p in posts] == ["live_session", "live_session"]
    assert posts[1].scheduled_at == reminder.scheduled_at


def test_a_missing_field_is_named(practice):
    with pytest.raises(UsageError, match="Question is needed"):
        fill(practice, "qa", answer="Twice a day.")


class Birthday:
    key = "office_birthday"
    title = "Office birthday"
    kind = "general"
    description = "The practice turns a year older."
    fields = (TemplateField("years", "Years"),)

    def render(self, values, context):
        return [PlannedPost(f"{context.practice} turns {values['years']} today!")]


class ThirdParty:
    @hookimpl
    def register_post_templates(self, register):
        register(Birthday())


def test_a_third_party_adds_a_template_through_the_hook(home):
    practice = open_practice(home, extra_plugins=(*PLUGINS, ThirdParty()))
    try:
        prepared = fill(practice, "office_birthday", years="25")
        assert prepared.posts[0].text == "Loopback Dental turns 25 today!"
    finally:
        practice.close()


PRACTICE_TEMPLATE = """
key = "whitening"
title = "Whitening special"
kind = "general"
text = "Spring smiles at {practice}: whitening for {price} until {until}. {contact}"
[card]
label = "Spring"
title = "Whitening {price}"
body = "Until {until}"
[[fields]]
name = "price"
label = "Price"
[[fields]]
name = "until"
label = "Until"
kind = "day"
"""


def test_the_practice_writes_its_own_templates_and_they_are_never_rewritten(practice):
    folder = practice.home.root / "templates"
    folder.mkdir()
    path = folder / "whitening.toml"
    path.write_text(PRACTICE_TEMPLATE, "utf-8")
    before = path.stat().st_mtime_ns
    assert templates.source_of(templates.find(practice, "whitening")) == "practice (whitening.toml)"
    prepared = fill(practice, "whitening", price="$199", until="2026-03-31")
    assert prepared.posts[0].text.startswith(
        "Spring smiles at Loopback Dental: whitening for $199 until Tuesday, March 31."
    )
    [post] = templates.create_posts(practice, prepared, ["page"])
    assert post.media and post.media[0]["width"] == 1080
    assert path.stat().st_mtime_ns == before


def test_a_broken_practice_template_is_reported_and_the_others_still_work(practice):
    folder = practice.home.root / "templates"
    folder.mkdir()
    (folder / "bad.toml").write_text('key = "bad"\ntext = "Hello {nobody}"\n', "utf-8")
    own, errors = templates.practice_templates(practice)
    assert own == [] and "{nobody} is neither a field" in errors[0].what
    assert "bad.toml" in errors[0].where
    assert "qa" in templates.available(practice)


def test_a_practice_template_replaces_a_built_in_one_with_the_same_key(practice):
    folder = practice.home.root / "templates"
    folder.mkdir()
    (folder / "flu.toml").write_text(
        'key = "flu_season"\ntitle = "Our flu note"\nkind = "health_news"\n'
        'text = "Flu shots at {practice}. {contact}"\n',
        "utf-8",
    )
    assert fill(practice, "flu_season").posts[0].text.startswith("Flu shots at Loopback Dental.")


def test_day_fields_read_today_in_the_practice_timezone(practice):
    prepared = fill(
        practice, "service_new_days", service="X-rays", days="Mondays", starting="today"
    )
    assert "starting Tuesday, January 6" in prepared.posts[0].text
