"""The guard's learned second opinion (``compliance/learned.py``): the model in step with the
labelled sets, trained on no blind set, its findings named, placed and vetted as a rule's."""

from __future__ import annotations

import json
import re
import threading
from pathlib import Path

import pytest
from labelled import readable_split
from train_tagger import HELD_OUT, digest, samples_of, training_splits

from medsocial_tui.compliance import learned
from medsocial_tui.compliance.context import PracticeContext, own_word_keys
from medsocial_tui.compliance.phi import find_phi
from medsocial_tui.errors import GuardBroken

HERE = Path(__file__).resolve().parent


def _learned_words(text: str, context: PracticeContext | None = None) -> list[tuple[str, str]]:
    return [
        (text[f.start : f.end], f.label)
        for f in find_phi(text, context)
        if f.reason.endswith(f"[learned.{f.label}]")
    ]


def test_the_model_is_in_step_with_the_labelled_sets() -> None:
    """A set edited, added or made readable since the model was trained: `make tagger`."""
    meta = json.loads(learned.META.read_text(encoding="utf-8"))
    splits = training_splits()
    assert meta["trained_on"] == splits, "the sets to learn from changed: run `make tagger`"
    assert meta["corpus_sha256"] == digest(samples_of(splits)), (
        "the labelled sets changed since the tagger was trained: run `make tagger`"
    )
    assert meta["features_version"] == learned.FEATURES_VERSION


def test_it_learned_from_no_blind_or_held_out_set() -> None:
    meta = json.loads(learned.META.read_text(encoding="utf-8"))
    for split in meta["trained_on"]:
        assert split not in HELD_OUT
        if split.startswith("general_"):
            assert readable_split(split) == split  # raises on a blind set


def test_it_never_learned_its_own_examples_as_the_rules_mark_them() -> None:
    """The texts of these tests are for what the tagger finds beyond the rules: the tests'
    texts it learns from (marked with the rules' findings) leave them out
    (``suite_texts.NOT_GATHERED``), or it would learn that "Juniper" is no one."""
    these_tests = Path(__file__).read_text(encoding="utf-8")
    rows = (HERE / "corpus" / "suite_texts.jsonl").read_text(encoding="utf-8").splitlines()
    texts = [json.loads(row)["text"] for row in rows]
    assert texts
    assert [text for text in texts if len(text) > 30 and text in these_tests] == []


@pytest.mark.parametrize(
    ("text", "words"),
    [
        # a hospital by its everyday name, with no care word or preposition a rule reads
        ("been in Royal Darwin since Tuesday, the nurses are lovely", ("Royal Darwin", "geo")),
        # a case's town, written before the age and the trade
        (
            "Transfer in from Fort Nelson, 52M log truck driver, chronic neck pain. Imaging indicated?",
            ("Fort Nelson", "geo"),
        ),
        # a child's name that is also a plant, in a daycare's incident note
        (
            "Daycare note: Juniper scraped her knee on the climbing frame at 11:20, cleaned "
            "and plastered.",
            ("Juniper", "name"),
        ),
        # a town in Spanish, where a farm worker works
        (
            "mi abuelo trabaja en las huertas de Tlacotalpan y tiene una herida en la mano que "
            "no sana",
            ("Tlacotalpan", "geo"),
        ),
    ],
)
def test_it_finds_what_no_rule_was_written_for(text: str, words: tuple[str, str]) -> None:
    assert _learned_words(text) == [words]


@pytest.mark.parametrize(
    "text",
    [
        "How long should I wait to eat after a filling?",
        "Flossing once a day removes plaque your toothbrush cannot reach.",
        "We are closed on Monday for the bank holiday; back Tuesday at 8.",
        "A 45-year-old smoker presents with chest pain on exertion. Next step?",
        # (read 79-118) everyday words in lower case the tagger read as a name, two of them
        "Gratis tandvård för unga upp till 23 år — gäller det även tandreglering?",
    ],
)
def test_plain_clean_text_passes(text: str) -> None:
    assert find_phi(text) == []


def test_its_reason_gives_the_probability_and_never_the_words() -> None:
    text = (
        "Transfer in from Fort Nelson, 52M log truck driver, chronic neck pain. Imaging indicated?"
    )
    (finding,) = find_phi(text)
    assert finding.reason.startswith("the learned tagger reads it as a town")
    assert re.search(r"\(probability (0\.[6-9]\d|1\.00)\) \[learned\.geo\]$", finding.reason)
    assert "Nelson" not in finding.reason
    assert finding.severity == "block"


def test_the_practices_own_people_and_places_are_not_found() -> None:
    text = "Daycare note: Juniper scraped her knee on the climbing frame at 11:20."
    assert _learned_words(text) == [("Juniper", "name")]
    assert _learned_words(text, PracticeContext(provider_names=("Juniper Hale",))) == []
    town = (
        "Transfer in from Fort Nelson, 52M log truck driver, chronic neck pain. Imaging indicated?"
    )
    assert _learned_words(town, PracticeContext(address="4 Main St, Fort Nelson BC")) == []


@pytest.mark.parametrize(
    ("text", "staff"),
    [
        # a surname with an apostrophe is one word of the staff list, not "D" and "Souza"
        ("Precious D'Souza has a lovely smile.", "Precious D'Souza"),
        # a phone's curly apostrophe for the list's straight one, and the other way round
        (
            "Kavitha D'Costa, the home-care nurse, will visit my mother from Monday.",
            "Dr. Kavitha D’Costa",
        ),
    ],
)
def test_the_practices_own_people_are_matched_as_the_staff_list_writes_them(
    text: str, staff: str
) -> None:
    assert [label for _, label in _learned_words(text)] == ["name"]
    assert _learned_words(text, PracticeContext(provider_names=(staff,))) == []


def test_a_colleague_named_by_their_role_says_how_to_let_them_pass() -> None:
    """(staff67) A role beside a name in a patient's words is found, and the finding points
    to the staff list, which lets a colleague of the practice pass. (staff83: the rule
    name.staff_by_role reads it now, before the tagger.)"""
    text = "the hygienist Marguerite was so patient with my son"
    (finding,) = find_phi(text)
    assert text[finding.start : finding.end] == "Marguerite"
    assert "add them on the Staff screen (medsocial staff add)" in finding.reason
    assert finding.reason.endswith(("[learned.name]", "[name.staff_by_role]"))
    assert find_phi(text, PracticeContext(provider_names=("Marguerite Dubois",))) == []


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # (staff75) a names veto that reads the desk beside her (``_in_our_team``)
        ("Marisol at the front desk is a gem, sorted my insurance in five minutes flat", "Marisol"),
        # one that reads "our own" (``_in_our_team``)
        ("Massive well done to our own Niamh who passed her exams this week!", "Niamh"),
        # one that reads a thanked team (a doctor's title is the rule's since:
        # ``name.doctor_in_own_words``)
        ("thank you Siobhán and the whole team, you made my wedding smile happen", "Siobhán"),
    ],
)
def test_a_name_a_names_veto_dropped_for_a_role_is_read_by_the_tagger(text: str, name: str) -> None:
    """(staff75) The names vetoes that drop a name for a role beside it alone
    (``rules.ROLE_NAME_VETOES``) no longer hide it from the tagger: it blocks with the staff
    hint, and the practice's staff list lets its own person pass. (staff83: a colleague
    named by the desk in a patient's words is the rules' now, name.staff_at_the_desk, with
    the same hint.)"""
    (finding,) = find_phi(text)
    assert text[finding.start : finding.end] == name
    assert finding.reason.endswith(("[learned.name]", "[name.staff_at_the_desk]"))
    assert "add them on the Staff screen (medsocial staff add)" in finding.reason
    assert find_phi(text, PracticeContext(provider_names=(f"{name} Okonkwo",))) == []


def test_a_names_veto_beside_a_role_veto_still_hides_the_name() -> None:
    """A name a role veto and another veto both drop stays hidden from the tagger: a public
    figure's post beside the name (a chief executive of a firm) is no patient's."""
    from medsocial_tui.compliance import rules
    from medsocial_tui.compliance.findings import Finding

    text = "Satya Nadella, chief executive of Microsoft, spoke about AI in health care."
    f = Finding(0, 13, "name", "x [name.given_and_family]")
    assert any(veto(text, f) for veto in rules.ROLE_NAME_VETOES)  # "chief executive of"
    assert not rules.dropped_for_a_role(text, f)
    assert [x for x in find_phi(text) if x.label == "name"] == []


def test_a_patient_named_before_the_name_gives_no_staff_hint() -> None:
    """The words "Meet our" read as a staff introduction, but the patient of the week is no
    colleague: the name blocks with no word of the staff list."""
    text = "MEET OUR PATIENT OF THE WEEK: TAMATI WHITCOMBE, AGE 9, NO CAVITIES THIS YEAR!"
    names = [f for f in find_phi(text) if f.label == "name"]
    assert [text[f.start : f.end] for f in names] == ["TAMATI WHITCOMBE"]
    assert "Staff screen" not in names[0].reason


def test_a_clinicians_title_in_no_ones_own_words_still_passes() -> None:
    """(staff67) A doctor's title in a bio or in the news, no "my", "I" or "mum": no one's
    care, the tagger is not asked."""
    assert find_phi("Dr. Imani Waweru is a board-certified periodontist who enjoys hiking.") == []


def test_the_practices_own_words_are_split_as_a_finding_is() -> None:
    """A letter beyond Latin-1, an apostrophe of either kind, a possessive: a finding's words
    are looked up as the staff list's were stored."""
    context = PracticeContext(
        provider_names=("Łucja Wiśniewska", "Dr. Kavitha D’Costa"), address="4 Ōtaki Rd"
    )
    assert {"łucja", "wiśniewska", "kavitha", "d'costa", "ōtaki"} <= context.own_words
    assert own_word_keys("Łucja WIŚNIEWSKA's") == ["łucja", "wiśniewska"]
    assert own_word_keys("Kavitha D'Costa") == ["kavitha", "d'costa"]


def test_no_place_as_large_as_a_state_or_a_country() -> None:
    """Safe Harbor keeps a state: the tagger reads one as a place tied to the father, the
    guard drops it."""
    text = "my dad lives in Saskatchewan and needs a dentist"
    assert [text[f.start : f.end] for f in learned.find_learned(text)] == ["Saskatchewan"]
    assert _learned_words(text) == []


def test_offsets_are_the_original_texts_through_hidden_characters() -> None:
    text = "been in Royal Dar\u200bwin since Tuesday, the nurses are lovely"
    found = [f for f in find_phi(text) if "[learned." in f.reason]
    assert [text[f.start : f.end] for f in found] == ["Royal Dar\u200bwin"]


def test_each_thread_reads_with_its_own_tagger() -> None:
    texts = [
        "been in Royal Darwin since Tuesday, the nurses are lovely",
        "Daycare note: Juniper scraped her knee on the climbing frame at 11:20.",
    ] * 20
    expected = [learned.find_learned(t) for t in texts]
    results: dict[int, list[object]] = {}

    def run(k: int) -> None:
        results[k] = [learned.find_learned(t) for t in texts]

    threads = [threading.Thread(target=run, args=(k,)) for k in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert all(r == expected for r in results.values())


def test_a_missing_model_is_a_clear_error(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setattr(learned, "META", tmp_path / "tagger.json")
    learned.model.cache_clear()
    try:
        with pytest.raises(GuardBroken) as raised:
            learned.find_learned("anything at all")
        assert raised.value.exit_code == 14
        assert "make tagger" in (raised.value.fix or "")
        assert str(tmp_path) in (raised.value.where or "")
    finally:
        learned.model.cache_clear()


def test_bad_input_never_breaks_it() -> None:
    for text in ("", " ", "\x00\x00", "\u202e\u0301\u0301", "-" * 5000, "a " * 20000):
        assert isinstance(learned.find_learned(text), list)


def test_doctor_says_whether_the_tagger_loads(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    from medsocial_tui.home.health_home import guard_findings

    (ok,) = guard_findings()
    assert ok.ok and ok.area == "compliance guard"
    assert "learned tagger loads (trained on" in ok.message
    monkeypatch.setattr(learned, "META", tmp_path / "tagger.json")
    learned.model.cache_clear()
    try:
        (broken,) = guard_findings()
    finally:
        learned.model.cache_clear()
    assert not broken.ok and "missing or unreadable" in broken.message
    assert "make tagger" in broken.fix


def test_a_text_is_held_when_the_guard_cannot_run(
    monkeypatch: pytest.MonkeyPatch, tmp_path
) -> None:  # type: ignore[no-untyped-def]
    from click.testing import CliRunner

    from medsocial_tui.cli.check import check_command

    monkeypatch.setattr(learned, "META", tmp_path / "tagger.json")
    learned.model.cache_clear()
    try:
        result = CliRunner().invoke(
            check_command,
            ["Pt from Fort Nelson, 52M log truck driver"],
            env={"MEDSOCIAL_HOME": "", "MEDSOCIAL_PLUGINS": ""},
        )
    finally:
        learned.model.cache_clear()
    assert result.exit_code == 1, result.output  # held, as any text the guard blocks
    reason = result.output.split("(-) block check_failed: ")[1]
    assert "compliance guard cannot run (the guard's learned tagger is missing" in reason
    assert "tell whoever runs medsocial to reinstall medsocial" in reason
    assert "make tagger" in reason
    assert "Fort Nelson" not in reason


@pytest.mark.parametrize(
    ("text", "name", "date"),
    [
        ("Post-op check for Dev moved to Oct 3, 2:15pm", "Dev", "Oct 3"),
        (
            "wanna confirm appt for Dev on Friday Oct 18 at 3pm for the crown seat",
            "Dev",
            "Friday Oct 18 at 3pm",
        ),
    ],
)
def test_a_name_only_the_tagger_reads_ties_its_dates(text: str, name: str, date: str) -> None:
    """(dates83) A name the rules miss and the tagger reads ties the dates of its sentence to
    that person, as a rule's name would; the same words with no one named keep no date."""
    found = {text[f.start : f.end]: f.reason for f in find_phi(text)}
    assert found[name].endswith("[learned.name]")
    assert found[date].endswith("[date.tied_to_person]")
    assert find_phi("Post-op checks moved to Oct 3, 2:15pm") == []
