"""The practice's contact details are never replaced by a stand-in: an empty one is left out
of the hours notice and the Q&A card with words saying so, and a practice template that needs
it is refused. Template placeholders are plain names, so a template cannot ask for a 2 GB
field width."""

from __future__ import annotations

import tracemalloc

import pytest

from medsocial_tui import templates
from medsocial_tui.errors import ConfigError, UsageError
from medsocial_tui.home.practice import open_practice
from medsocial_tui.operations import hours, hours_plan

from .conftest import PLUGINS, make_home


@pytest.fixture
def bare_practice(tmp_path, networks):
    posts, hours_network = networks
    home = make_home(tmp_path / "practice", posts.base_url, hours_network.base_url)
    text = home.config_path.read_text()
    text = text.replace('phone = "+1 312-555-0142"\n', "").replace(
        'website = "https://loopback-dental.example"\n', ""
    )
    home.config_path.write_text(text)
    opened = open_practice(home, extra_plugins=PLUGINS)
    yield opened
    opened.close()


def test_the_hours_notice_leaves_out_an_empty_detail_and_says_so(bare_practice):
    change = hours.make_change(bare_practice, reason="snow", kind="closed", days="today")
    plan = hours_plan.plan(bare_practice, change)
    assert "call" not in plan.master_text and "visit" not in plan.master_text
    assert any("gives no phone" in w for w in plan.warnings)
    assert any("gives no website" in w for w in plan.warnings)


def test_the_hours_notice_with_details_gives_them_and_no_note(practice):
    change = hours.make_change(practice, reason="snow", kind="closed", days="today")
    plan = hours_plan.plan(practice, change)
    assert "call +1 312-555-0142" in plan.master_text
    assert not any("gives no" in w for w in plan.warnings)


def test_a_qa_card_without_details_says_its_footer_is_empty(bare_practice):
    prepared = templates.prepare(
        bare_practice, "qa", {"question": "Why floss?", "answer": "Gums."}, online=False
    )
    assert prepared.posts[0].card.footer == ""
    assert any("footer is empty" in w for w in prepared.warnings)


def _own_template(practice, text: str) -> None:
    folder = practice.home.root / "templates"
    folder.mkdir(exist_ok=True)
    (folder / "own.toml").write_text(f'key = "own"\ntitle = "Own"\ntext = "{text}"\n', "utf-8")


def test_a_practice_template_needing_an_empty_detail_is_refused(bare_practice):
    _own_template(bare_practice, "Call us on {phone} today.")
    with pytest.raises(UsageError) as refused:
        templates.prepare(bare_practice, "own", {}, online=False)
    assert "{phone}" in refused.value.what and "practice.toml" in refused.value.fix


@pytest.mark.parametrize("spec", ["{practice:>2000000000}", "{practice!r}", "{practice.__class__}"])
def test_a_format_spec_in_a_template_is_refused_without_allocating(practice, spec):
    tracemalloc.start()
    try:
        with pytest.raises(ConfigError) as refused:
            templates.load_toml_template(_write(practice, f"Hello {spec}"))
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert "not a placeholder" in refused.value.what
    assert peak < 50_000_000


def test_braces_are_written_doubled_and_names_filled_in():
    assert templates.fill_in("{{x}} {practice}", {"practice": "Oak"}) == "{x} Oak"


def _write(practice, text: str):
    folder = practice.home.root / "templates"
    folder.mkdir(exist_ok=True)
    path = folder / "spec.toml"
    path.write_text(f'key = "spec"\ntitle = "Spec"\ntext = "{text}"\n', "utf-8")
    return path
