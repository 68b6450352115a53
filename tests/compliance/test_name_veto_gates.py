"""``rules.drop_vetoed_names`` runs a gated name veto (``NAME_VETO_GATES``) only in a text
its gate lets through. A gate may only leave out texts where its veto cannot rule a name
out: every match of each pattern the veto needs holds one of the gate's words (or a word
added to a pattern alone would be silently skipped), and every case the veto rules out
passes its gate."""

from __future__ import annotations

import ast
import inspect
import re
import textwrap
from pathlib import Path
from re import _constants as sre  # type: ignore[attr-defined]
from re import _parser as sre_parse  # type: ignore[attr-defined]
from typing import Any

import pytest

from medsocial_tui.compliance import fame_vetoes as fv
from medsocial_tui.compliance import general_vetoes as gv
from medsocial_tui.compliance import people_vetoes as pv
from medsocial_tui.compliance import practice_vetoes as prv
from medsocial_tui.compliance import rules, text
from medsocial_tui.compliance.findings import Finding


def _practice_gate(veto: Any) -> re.Pattern[str]:
    """The trigger gating a practice veto (each is asked within ``_not_on_the_roster``)."""
    return next(g for v, g in rules._PRACTICE_GATES_OF_WORDS.items() if v.__wrapped__ is veto)


# The pattern(s) each trigger-gated veto needs, and its gate's words: the veto rules a name
# out only when one of its patterns matches.
NEEDS: dict[
    str, tuple[tuple[re.Pattern[str], ...], re.Pattern[str] | tuple[re.Pattern[str], ...]]
] = {
    "_staff_spotlight": ((rules._STAFF_SPOTLIGHT,), rules._SPOTLIGHT_WORDS),
    "_relayed_to_colleague": (
        (rules._LET_KNOW_BEFORE, rules._HAPPY_TO_HEAR_AFTER),
        rules._RELAY_WORDS,
    ),
    "_asked_for_at_visit": ((rules._ASK_BEFORE,), rules._ASK_WORDS),
    "_thanked_for_their_work": ((rules._THANKED_FOR_WORK,), rules._THANKS_WORDS),
    "_on_the_rota": ((rules._ROTA_WORD,), rules._ROTA_GATE),
    "_our_role_said": ((rules._OUR_ROLE_AFTER,), rules._OUR_WORDS),
    "_in_our_team": ((rules._IN_OUR_TEAM_AFTER,), rules._OUR_WORDS),
    "_public_life": ((rules._FAME,), rules._FAME_WORDS),
    "_contest_winner": ((rules._CONTEST,), rules._CONTEST_GATE),
    "_declared_not_real": ((rules._DECLARED_NOT_REAL,), rules._DECLARED_GATE),
    "_event_leader": ((rules._EVENT_LEADER_BEFORE,), rules._LEADER_WORDS),
    "_a_pet": ((rules._PET_BEFORE, rules._PET_AFTER), rules._PET_WORDS),
    "_a_sign_named_for": ((rules._SIGN_AFTER,), rules._SIGN_GATE),
    "_a_disease_or_day_abroad": (
        (rules._DISEASE_OR_DAY_OPENS, rules._DISEASE_OR_DAY_BEFORE),
        rules._DISEASE_OR_DAY_GATE,
    ),
    "_trade_or_post_beside": (
        (rules._POST_AFTER, rules._TRADE_WORD, rules._OUR_TRADE_BEFORE, rules._POST_BEFORE),
        (rules._TRADE_GATE, rules._POST_GATE),
    ),
    "_an_example_name": ((gv._EXAMPLE_CUE,), rules._EXAMPLE_WORDS),
    "_a_clinician_by_title": ((gv._CLINICIAN_TITLE_BEFORE,), rules._CLINICIAN_WORDS),
    "_a_cause_raised_for": ((gv._RAISED_FOR_BEFORE,), rules._RAISED_WORDS),
    "_a_storm": ((gv._STORM_BEFORE, gv._STORM_WORD), rules._STORM_WORDS),
    # (clean14n)
    "_a_firm_in_business_news": ((gv._BUSINESS_ACT,), rules._BUSINESS_ACT_GATE),
    "_a_clinician_by_what_they_did": (
        (pv._CLINICIAN_BEFORE,),
        rules._PEOPLE_GATES[pv._a_clinician_by_what_they_did],
    ),
    "_a_team_greeted": ((pv._TEAM_GREETED,), rules._PEOPLE_GATES[pv._a_team_greeted]),
    "_part_of_a_job_title": (
        (pv._JOB_TITLE_AFTER, pv._JOB_TITLE_END),
        rules._PEOPLE_GATES[pv._part_of_a_job_title],
    ),
    "_a_clinicians_survivors": (
        (pv._SURVIVORS_BEFORE,),
        rules._PEOPLE_GATES[pv._a_clinicians_survivors],
    ),
    # (guard-longclean4)
    "_led_or_hosted_by": ((pv._LED_BY_BEFORE,), rules._PEOPLE_GATES[pv._led_or_hosted_by]),
    # (clean16) the role in the plural the list is headed by holds its gate's word
    "_listed_under_their_role": (
        (pv._ROLES_LIST_BEFORE,),
        rules._PEOPLE_GATES[pv._listed_under_their_role],
    ),
    "_a_towns_own": ((pv._OWN_AFTER,), rules._PEOPLE_GATES[pv._a_towns_own]),
    "_a_players_club": ((pv._PLAYED_FOR_AFTER,), rules._PEOPLE_GATES[pv._a_players_club]),
    "_a_staff_members_spouse": (
        (pv._SPOUSE_BEFORE,),
        rules._PEOPLE_GATES[pv._a_staff_members_spouse],
    ),
    # (clean11) the leave the veto needs holds its gate's word
    "_a_staff_members_baby": (
        (pv._STAFF_LEAVE,),
        rules._PEOPLE_GATES[pv._a_staff_members_baby],
    ),
    "_speaks_for_a_body": ((pv._BODY_AFTER_NAME,), rules._PEOPLE_GATES[pv._speaks_for_a_body]),
    "_in_the_texts_heading": ((text._HEADING,), rules._PEOPLE_GATES[pv._in_the_texts_heading]),
    "_a_bodys_of": ((pv._BODY_OF_BEFORE,), rules._PEOPLE_GATES[pv._a_bodys_of]),
    "_short_for_a_body_named_earlier": (
        (re.compile(pv._BODY_WORDS),),
        rules._PEOPLE_GATES[pv._short_for_a_body_named_earlier],
    ),
    # (guard-longclean5)
    "_a_competitions_winner": (
        (pv._WON_BY_BEFORE, pv._HONOURED_AFTER),
        rules._PEOPLE_GATES[pv._a_competitions_winner],
    ),
    # (guard-longclean6)
    "_a_public_person_named_earlier": (
        (pv._TITLE_BEFORE,),
        rules._PEOPLE_GATES[pv._a_public_person_named_earlier],
    ),
    "_a_letters_signature": ((pv._A_LETTER,), rules._PEOPLE_GATES[pv._a_letters_signature]),
    # fame_vetoes.py (guard-fame)
    "_a_fame_descriptor_before": (
        (fv._DESCRIPTOR_BEFORE,),
        rules._FAME_GATES[fv._a_fame_descriptor_before],
    ),
    "_a_fame_descriptor_beside": ((fv._HONOUR,), rules._FAME_GATES[fv._a_fame_descriptor_beside]),
    "_a_memorial": (
        (fv._MEMORIAL_BEFORE, fv._MEMORIAL_AFTER),
        rules._FAME_GATES[fv._a_memorial],
    ),
    "_titled_by_an_honour": ((fv._HONOUR_OPENS,), rules._FAME_GATES[fv._titled_by_an_honour]),
    # (clean10)
    "_an_almanac_entry": ((fv._ALMANAC,), rules._FAME_GATES[fv._an_almanac_entry]),
    # (read 111-114)
    "_a_shows_character": ((fv._FROM_A_SHOW_AFTER,), rules._FAME_GATES[fv._a_shows_character]),
    # (clean51)
    "_a_story_in_circulation": (
        (fv._IN_CIRCULATION,),
        rules._FAME_GATES[fv._a_story_in_circulation],
    ),
    # practice_vetoes.py (guard-practice; gates from guard-speed2)
    "_a_holiday_heading": ((prv._CLOSURE,), _practice_gate(prv._a_holiday_heading)),
    "_a_holiday_in_brackets": (
        (prv._CLOSED_ABROAD,),
        _practice_gate(prv._a_holiday_in_brackets),
    ),
    "_welcomed_back_to_work": ((prv._WELCOME,), _practice_gate(prv._welcomed_back_to_work)),
    "_a_desk_handled_by": ((prv._HANDLED_BY_BEFORE,), _practice_gate(prv._a_desk_handled_by)),
    "_a_delivery_contact": ((prv._DELIVERY_WORDS,), _practice_gate(prv._a_delivery_contact)),
    "_a_sponsor_thanked": ((prv._SPONSORS_ACT_AFTER,), _practice_gate(prv._a_sponsor_thanked)),
    # (clean15)
    "_a_thanks_list": ((prv._THANKED_LIST_BEFORE,), _practice_gate(prv._a_thanks_list)),
    "_a_greeting_abroad": ((prv._GREETING_ABROAD,), _practice_gate(prv._a_greeting_abroad)),
    # guard-replies
    "_my_care_provider": (
        (pv._MY_ROLE_BEFORE, pv._MY_ROLE_AFTER, pv._PRONOUN_IS_MY_ROLE),
        rules._PEOPLE_GATES[pv._my_care_provider],
    ),
    "_worked_with_in_care": (
        (pv._WORKED_WITH_BEFORE,),
        rules._PEOPLE_GATES[pv._worked_with_in_care],
    ),
    "_a_signed_reply": ((pv._SIGN_AFTER,), rules._PEOPLE_GATES[pv._a_signed_reply]),
    # guard-speed6: a yes needs a contact's label before the name, a desk after it, or a
    # verb of calling before it (each pattern's every alternative holds a gate word)
    "_a_business_contact": (
        (pv._CONTACT_LABEL_BEFORE, pv._AT_THE_DESK_AFTER, pv._CONTACT_VERB_BEFORE),
        rules._PEOPLE_GATES[pv._a_business_contact],
    ),
    # guard-speed8n: a firm's word after the name, or "made by" before it
    "_a_tradesperson_or_owner": (
        (pv._FROM_A_FIRM_AFTER, pv._MADE_BY_BEFORE),
        rules._PEOPLE_GATES[pv._a_tradesperson_or_owner],
    ),
    # guard-clinclean5
    "_a_name_said_as_a_word": (
        (rules._SAID_AS_A_WORD_AFTER, rules._SAID_AS_A_WORD_BEFORE),
        rules._SAID_AS_A_WORD_WORDS,
    ),
    # speed40: joining after the name, a welcome or an appointment before it
    "_joins_the_team": (
        (pv._JOINS_AFTER, pv._WELCOME_BEFORE, pv._APPOINTED_BEFORE),
        rules._PEOPLE_GATES[pv._joins_the_team],
    ),
    # (read 139-142) things the sentence says are named after flowers, trees, birds
    "_things_named_after": ((rules._NAMED_AFTER_THINGS,), rules._NAMED_GATE),
    # (read 139-142) a textbook's words after its author's name
    "_a_textbook": ((rules._A_TEXTBOOK_AFTER,), rules._TEXTBOOK_GATE),
}

# Vetoes that rule a name out only when it (or a word of it) is one of a set's words, and
# the gate that must find each of those words in a text holding it.
WORD_SETS: dict[str, tuple[frozenset[str], Any]] = {
    "_a_business_by_its_kind": (rules._BUSINESS_KIND_WORDS, rules._BUSINESS_KIND_GATE),
    "_an_office_of_a_place": (rules._OFFICE_WORDS, rules._OFFICE_GATE),
    "_german_nouns_and_article": (rules._GERMAN_ARTICLES, None),
    # a saint's title, a story's word (each pattern is built from these words)
    "_a_saint": (frozenset(pv._SAINT_TITLES), None),
    "_a_nursing_sister": (frozenset(("Sister",)), None),
    "_a_fictional_character": (
        frozenset(pv._FICTION_WORKS + pv._FICTION_WORDS),
        rules._PEOPLE_GATES[pv._a_fictional_character],
    ),
    # a care role as the name's title, singular or plural ("Hygienist", "physiotherapists")
    "_titled_by_their_role": (pv._ROLE_WORDS, rules._PEOPLE_GATES[pv._titled_by_their_role]),
    "_a_festival_greeting": (
        pv._FESTIVAL_GREETINGS,
        rules._PEOPLE_GATES[pv._a_festival_greeting],
    ),
    # speed40: the title before the name is one of these, or a stage's title, or a league
    # beside it (each a word of letters: ``test_a_public_title_is_a_word_of_letters``)
    "_public_title_before": (
        frozenset(
            w
            for w in rules._PUBLIC_TITLE_WORDS | rules._STAGE_TITLES | rules._LEAGUES
            if re.fullmatch(r"[a-z]+", w)
        ),
        rules._PUBLIC_TITLE_GATE,
    ),
    # (read 107-110) two of the other items of the name's list are payers
    "_in_a_list_of_payers": (rules._PAYERS, rules._PAYER_GATE),
}
# Gated inside the veto that asks them (``_named_by_their_work`` also asks
# ``general_vetoes.speaks_for_the_business``, which has no gate).
INNER_GATES = {"_trade_or_post_beside"}
# Gated by what the veto's own pattern holds in every match (asserted below).
OTHER_GATES = {"_a_welcome_thing", "_a_streets_name", "_a_town_after_its_postcode"}
OTHER_GATES |= {"_a_firms_person", "_staff_milestone", "_names_as_words"}
OTHER_GATES |= {"_a_firm_of_two_names", "_a_product_or_firm"}
OTHER_GATES |= {"_an_award_title", "_a_staff_notice", "_a_staff_photo"}
OTHER_GATES |= {"_a_works_title"}
# (clean103) gated by the very word each reads ("Bill"; a month that is a given name too)
OTHER_GATES |= {"_a_bill_of_money", "_months_listed"}


def _holds_word(items: Any, words: list[str]) -> bool:
    """Whether every match of the parsed ``items`` holds one of ``words``: a run of
    literal letters holds one, or a group (or alternation) whose every branch does."""
    run = ""
    for op, value in items:
        if op is sre.LITERAL:
            run += chr(value).lower()
            if any(word in run for word in words):
                return True
            continue
        run = ""
        if op is sre.SUBPATTERN and _holds_word(value[3], words):
            return True
        if op is sre.BRANCH and all(_holds_word(branch, words) for branch in value[1]):
            return True
    return False


def _alternatives(pattern: re.Pattern[str]) -> list[Any]:
    """The top-level alternatives of ``pattern`` (one when it has none)."""
    parsed = list(sre_parse.parse(pattern.pattern, pattern.flags))
    if len(parsed) == 1 and parsed[0][0] is sre.BRANCH:
        return list(parsed[0][1][1])
    return [parsed]


@pytest.mark.parametrize("veto", sorted(NEEDS))
def test_every_match_the_veto_needs_holds_a_gate_word(veto: str) -> None:
    patterns, gate = NEEDS[veto]
    gates = gate if isinstance(gate, tuple) else (gate,)
    # (a gate word may open a word, r"\btill", or a group of them, r"\b(?:call|phone")
    words = [
        re.sub(r"\\b|\(\?:|\)", "", word).replace("\\", "")
        for g in gates
        for word in g.pattern.split("|")
    ]
    for pattern in patterns:
        for alternative in _alternatives(pattern):
            assert _holds_word(alternative, words), (veto, pattern.pattern[:60])


@pytest.mark.parametrize("veto", sorted(WORD_SETS))
def test_every_word_the_veto_knows_passes_its_gate(veto: str) -> None:
    words, _ = WORD_SETS[veto]
    gate = next(g for v, g in rules.NAME_VETO_GATES.items() if v.__name__ == veto)
    for word in words:
        # the word alone, and the word in capitals, as a name or a heading writes it
        assert gate(f"x {word} y") and gate(f"x {word.upper()} y"), (veto, word)


def test_the_gates_of_frames_hold_what_their_patterns_need() -> None:
    """Each of these vetoes needs its pattern to match just before the name: "Welcome"
    (exact case), a street's kind, a digit, an owner's "'s"."""
    welcome = list(sre_parse.parse(rules._ARTICLE_BEFORE_WELCOME.pattern))
    assert _holds_word(welcome, ["welcome"])
    street = rules._STREET_THEN_PARTICLE_BEFORE.pattern
    kinds = re.search(r"\(\?:([^)]*)\)", street)
    assert kinds is not None
    assert set(kinds.group(1).split("|")) - set(rules._STREET_KINDS) <= {"Viale"}
    assert "Via" in rules._STREET_KINDS  # "Viale" holds it
    assert rules._POSTCODE_OR_NUMBER_BEFORE.pattern.count("\\d") >= 2
    assert "['’]s" in gv._OWNER_BEFORE.pattern
    # (clean14n) a work's title opens with one of the quotes its gate holds
    assert set(gv.WORK_QUOTES) <= set(gv._QUOTE_BEFORE.pattern)
    assert all(w in pv._FICTION.pattern for w in pv._FICTION_WORKS + pv._FICTION_WORDS)
    assert all(t in pv._SAINT_BEFORE.pattern for t in pv._SAINT_TITLES)
    # the practice's: "of the Year" (case kept), an extension's end or a notice's word, a
    # team photo's order
    assert "(?-i:Year|Month|Week)" in prv._OF_THE_YEAR_AFTER.pattern
    assert not prv._OF_THE_YEAR_AFTER.flags & re.IGNORECASE
    assert r"(?:ext|extension|x)\.?[ \t]*\d{2,5}" in prv._EXTENSION_AFTER.pattern
    assert r"x(?:t|tension)?\.?[ \t]*\d\d" in prv._STAFF_NOTICE_GATE.pattern
    heading = prv._STAFF_HEADING.pattern
    notice_words = ["notice", "update", "memo", "reminder", "announcement", "news", "note"]
    for alternative in _alternatives(prv._STAFF_HEADING):
        assert _holds_word(alternative, notice_words), heading
    assert all(w in prv._STAFF_NOTICE_GATE.pattern for w in notice_words[1:-1])
    assert "not(?:e|ice)" in prv._STAFF_NOTICE_GATE.pattern
    for alternative in _alternatives(prv._LEFT_TO_RIGHT):
        assert _holds_word(alternative, ["left", "l"]), prv._LEFT_TO_RIGHT.pattern
    assert prv._STAFF_PHOTO_GATE.pattern == r"left|l[ \t]*[-–][ \t]*r|l[ \t]+to[ \t]+r"


def test_a_public_title_is_a_word_of_letters() -> None:
    """``_public_title_before`` reads the words before the name as runs of ASCII letters,
    lower-cased: a title of other letters ("stadträtin") is never one of them, so its gate
    may leave those out."""
    assert rules._TITLE_WORDS_BEFORE.pattern == r"((?:[A-Za-z]+[ \t]+){1,3})$"
    left_out = {
        w
        for w in rules._PUBLIC_TITLE_WORDS | rules._STAGE_TITLES | rules._LEAGUES
        if not re.fullmatch(r"[a-z]+", w)
    }
    assert left_out  # (there are such titles: the check can fail)
    for word in left_out:
        before = f"the {word} "
        m = rules._TITLE_WORDS_BEFORE.search(before)
        assert m is None or word not in m.group(1).lower().split()
        name = Finding(len(before), len(before) + 9, "name", "")
        assert not rules._public_title_before(before + "Anna Berg", name)


def test_every_gate_is_known_here() -> None:
    gated = {veto.__name__ for veto in rules.NAME_VETO_GATES}
    assert gated == set(NEEDS) - INNER_GATES | set(WORD_SETS) | OTHER_GATES
    assert set(rules.NAME_VETO_GATES) <= set(rules.NAME_VETOES)


def test_the_check_can_fail() -> None:
    assert not _holds_word(list(sre_parse.parse(r"\b(?:employee|colleague)\b")), ["employee"])
    assert not _holds_word(list(sre_parse.parse(r"our|your")), ["your"])


CASES = Path(__file__).parent / "corpus" / "name_vetoes.txt"


def _ruled_out() -> list[tuple[str, str, str]]:
    """The cases file's (veto, name, text) a gated veto rules out."""
    gated = {veto.__name__ for veto in rules.NAME_VETO_GATES}
    rows = []
    for line in CASES.read_text(encoding="utf-8").splitlines():
        if line.startswith("V| "):
            veto, vetoed, name, text = line[3:].split(" | ")
            if veto in gated and vetoed == "yes":
                rows.append((veto, name, text))
    return rows


@pytest.mark.parametrize("row", _ruled_out(), ids=lambda row: f"{row[0]}-{row[2][:30]}")
def test_what_a_gated_veto_rules_out_passes_its_gate(row: tuple[str, str, str]) -> None:
    veto_name, name, text = row
    veto = next(v for v in rules.NAME_VETO_GATES if v.__name__ == veto_name)
    assert rules.NAME_VETO_GATES[veto](text)
    start = text.rindex(name)
    finding = Finding(start, start + len(name), "name", "test")
    assert rules.drop_vetoed_names(text, [finding]) == []


def test_a_gate_leaves_the_veto_out_of_a_text_without_its_words() -> None:
    text = "Maria came in today."
    assert not any(gate(text) for gate in rules.NAME_VETO_GATES.values())


def _finding_fields_read(function: Any) -> set[str]:
    """The attributes of its finding argument (``f``) a veto's source reads, and those the
    functions of ``rules`` it hands ``f`` to read."""
    tree = ast.parse(textwrap.dedent(inspect.getsource(function)))
    read: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Attribute) and isinstance(node.value, ast.Name):
            if node.value.id == "f":
                read.add(node.attr)
        elif isinstance(node, ast.Call) and isinstance(node.func, ast.Name):
            handed_on = any(isinstance(a, ast.Name) and a.id == "f" for a in node.args)
            helper = getattr(rules, node.func.id, None)
            if handed_on and helper is not None and helper is not function:
                read |= _finding_fields_read(helper)
    return read


def test_name_vetoes_read_only_the_span() -> None:
    """``drop_vetoed_names`` asks the vetoes once per span (a name several finders found):
    a veto may read the text and the finding's start and end, nothing else of it."""
    for veto in rules.NAME_VETOES:
        assert _finding_fields_read(veto) <= {"start", "end"}, veto.__name__

    def reads_reason(text: str, f: Finding) -> bool:
        return f.reason.endswith("]")

    assert _finding_fields_read(reads_reason) == {"reason"}


def test_a_span_found_twice_is_ruled_out_both_times() -> None:
    text = "Thank you to Jenny and Tasha for keeping our patients smiling!"
    twice = [Finding(13, 18, "name", "a [name.x]"), Finding(13, 18, "name", "b [name.y]")]
    assert rules.drop_vetoed_names(text, twice) == []
    kept = [Finding(0, 5, "geo", "c [place.x]"), *twice]
    assert rules.drop_vetoed_names(text, kept) == kept[:1]


def test_a_place_kind_that_is_a_known_surname_is_left_to_the_other_vetoes(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """ "Tom Bay got two fillings": "Bay" ends places, but a surname list that holds it
    makes the two words a person's name as well."""
    text = "Tom Bay got two fillings overnight."
    finding = Finding(0, 7, "name", "test")
    assert rules._a_place_by_its_kind(text, finding)
    monkeypatch.setattr(rules.lx, "SURNAMES", rules.lx.SURNAMES | {"bay"})
    assert not rules._a_place_by_its_kind(text, finding)


def test_the_frames_after_a_name_open_with_their_cue() -> None:
    """(speed40) ``general_vetoes.speaks_for_the_business`` asks ``_CUE_AFTER_NAME`` before
    its six frames after the name: each frame opens with what the cue matches (a comma or a
    bar, "&" or "and", a bracket, "here" or "from", past spaces), and a name each frame
    rules out is still ruled out."""
    openings = {
        gv._JOB_AFTER_NAME: r"[ \t]*[,|]",
        gv._AND_THE_TEAM: r"[ \t]*(?:&|and)",
        gv._ROLE_IN_BRACKETS: r"[ \t]*\(",
        gv._I_AM_STAFF_AFTER: r"[ \t]*(?:,|and)",
        gv._FROM_THE_PRACTICE: r"(?:[ \t]+here)?[ \t]+from",
        gv._FROM_AN_ORGANISATION: r"[ \t]+from",
    }
    for pattern, opening in openings.items():
        assert pattern.pattern.startswith(opening), pattern.pattern[:40]
    cases = [
        ("Hannah Berg", "Thanks, Hannah Berg, Office Manager"),
        ("Ingrid", "Best wishes, Ingrid & the team at Fjord Physio"),
        ("Olu Adebayo", "Present: Olu Adebayo (chair), Rita Chen"),
        ("Rahul", "Hi, Rahul, I'm one of the pharmacists here"),
        ("Jonas", "This is Jonas here from the clinic. New hours start Monday."),
        ("Hugh Morris", "Trainer: Hugh Morris from the Resuscitation Council"),
    ]
    for name, said in cases:
        start = said.index(name)
        found = Finding(start, start + len(name), "name", "")
        assert gv._CUE_AFTER_NAME.match(said, found.end), said
        assert gv.speaks_for_the_business(said, found), said
    plain = "Hannah Berg called about her crown"
    assert gv._CUE_AFTER_NAME.match(plain, 11) is None
    assert not gv.speaks_for_the_business(plain, Finding(0, 11, "name", ""))
