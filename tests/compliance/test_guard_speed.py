"""The guard's shortcuts answer exactly as the long way round (speed is measured in
``benchmarks/guard_speed.py``, never here)."""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Callable

import pytest
from labelled import load_corpus

from medsocial_tui.compliance import find_phi, lazy, lexicon
from medsocial_tui.compliance import identifiers as guard_identifiers
from medsocial_tui.compliance import names as guard_names
from medsocial_tui.compliance import rules as guard_rules
from medsocial_tui.compliance import text as guard_text
from medsocial_tui.compliance.findings import Finding

ALL_RULES = guard_rules.IDENTIFIER_RULES + guard_rules.NAME_RULES + guard_rules.FACILITY_RULES
TRICKY = [
    "SOLID",
    "Étés à Paris",
    "abCD abcd",
    "BORN in 1950",
    "Reborn",
    "ſocial ſecurity",  # a long s matches "s" when case is ignored
    "the \u212aelvin sign",  # and the Kelvin sign matches "k"
    "Tr\u0130nity",
]


def _texts() -> list[str]:
    texts = [s.text for s in load_corpus()]
    return texts + [t.upper() for t in texts] + [t.lower() for t in texts] + TRICKY


@pytest.mark.parametrize(
    "rule", [r for r in ALL_RULES if r.trigger is not None], ids=lambda rule: rule.name
)
def test_every_trigger_answers_as_its_pattern(rule: guard_rules.Rule) -> None:
    assert rule.trigger is not None
    # (every other corpus text as written, in capitals and in lower case, the tricky whole)
    for text in _texts()[::2] + TRICKY:
        expected = rule.trigger.search(text) is not None
        assert guard_rules._triggered(rule.trigger, text) is expected, (rule.name, text)


@pytest.mark.parametrize(
    "rule", [r for r in ALL_RULES if r.trigger_first], ids=lambda rule: rule.name
)
def test_a_trigger_asked_first_is_absent_only_where_its_pattern_finds_nothing(
    rule: guard_rules.Rule,
) -> None:
    # ``Rule.trigger_first``: the trigger's words looked up before the rule is tried say
    # "absent" only where the trigger itself would not fire, and they do skip some texts.
    assert rule.trigger is not None
    skipped = 0
    for text in _texts():
        if guard_rules._trigger_absent(rule.trigger, text):
            skipped += 1
            assert rule.trigger.search(text) is None, (rule.name, text)
    assert skipped, rule.name


def test_only_rules_tried_at_every_capital_or_number_ask_their_trigger_first() -> None:
    first = {r.name for r in ALL_RULES if r.trigger_first}
    assert "name.is_our_patient" in first  # starts = 'A', trigger = 'patient|client|resident'
    assert "name.after_cue" not in first  # starts at its cue words alone
    # starts = 'A', a trigger of eleven words ("Hastanesi", "Sjukhus"…): through _WordLookup
    assert "facility.named_kind_last" in first
    for rule in ALL_RULES:
        heads = rule.starts.split()
        shaped = any(h in ("A", "0", "A+A") or h.startswith("~") for h in heads)
        words = guard_rules._trigger_words(rule.trigger)[0] if rule.trigger else None
        asked = rule.trigger_asked_first  # (speed15) the entry's own choice, measured
        assert rule.trigger_first is ((shaped and words is not None) or asked), rule.name


def test_a_trigger_pattern_asked_first_changes_no_finding() -> None:
    # (speed15) ``trigger_first = true`` in an entry: its trigger, a pattern, is searched
    # before the rule's tries, and the rule finds what it finds tried first and asked after
    from medsocial_tui.compliance.context import EMPTY_CONTEXT

    asked = [r for r in ALL_RULES if r.trigger_asked_first]
    assert {"name.with_age", "address.irish_county"} <= {r.name for r in asked}
    for rule in asked:
        assert rule.trigger is not None and guard_rules._trigger_words(rule.trigger)[0] is None
        after = dataclasses.replace(rule, trigger_asked_first=False)
        assert rule.trigger_first and not after.trigger_first, rule.name
        for text in _texts():
            everyone = range(len(text) + 1)
            mine = list(rule.finditer(text, EMPTY_CONTEXT, everyone))
            assert mine == list(after.finditer(text, EMPTY_CONTEXT, everyone)), (rule.name, text)


@pytest.mark.parametrize(
    ("pattern", "flags"),
    [
        (r"born|raised", re.IGNORECASE),
        (r"ab(?-i:CD)", re.IGNORECASE),
        (r"\bsocial\b", re.IGNORECASE),
        (r"[ée]t[ée]", re.IGNORECASE),
        (r"(?i:ab)CD", 0),
        (r"s|k|i", re.IGNORECASE),
    ],
)
def test_trigger_shapes_beyond_the_tables(pattern: str, flags: int) -> None:
    trigger = re.compile(pattern, flags)
    for text in _texts():
        assert guard_rules._triggered(trigger, text) is (trigger.search(text) is not None)


def _many_word_triggers() -> list[re.Pattern[str]]:
    """The patterns of the rules module that ``_triggered`` reads as more than
    ``_FEW_TRIGGER_WORDS`` words (through ``_WordLookup``): rule triggers and veto gates."""
    found = []
    for value in vars(guard_rules).values():
        if isinstance(value, re.Pattern | lazy.LazyPattern):
            words = guard_rules._trigger_words(value)[0]  # type: ignore[arg-type]
            if words is not None and len(words) > guard_rules._FEW_TRIGGER_WORDS:
                found.append(value)
    found += [r.trigger for r in ALL_RULES if r.trigger is not None]
    return found  # type: ignore[return-value]


def test_a_trigger_of_many_words_answers_as_its_pattern() -> None:
    # the public-life gate is some ninety words, "1", "mp" and "air" among them
    triggers = _many_word_triggers()
    assert guard_rules._FAME_WORDS in triggers
    # (every other corpus text as written, in capitals and in lower case: all of them took
    # 13 s of a suite whose fresh-clone CI reached 673 s of its 600)
    for trigger in triggers:
        for text in _texts()[::2] + TRICKY + ["Chair", "an MP said", "Top 10", "po", "ACTRESS"]:
            expected = trigger.search(text) is not None
            assert guard_rules._triggered(trigger, text) is expected, (trigger.pattern, text)


def test_a_trigger_answers_as_its_pattern_in_a_text_with_an_emoji_or_an_accent() -> None:
    # Outside ASCII, words are looked up in the lower-cased text (``_unicode_lower``) unless
    # the text holds a letter a case-blind pattern reads as an ASCII one, or the trigger
    # has a word outside ASCII: then its pattern says.
    triggers = _many_word_triggers() + [
        re.compile(r"born|raised", re.IGNORECASE),
        re.compile(r"s|k|i", re.IGNORECASE),
        re.compile(r"caf[ée]|na[ïi]ve", re.IGNORECASE),
        re.compile(r"\bsocial\b", re.IGNORECASE),
    ]
    extra = ["Born in Zürich 🎉", "🦷 ACTRESS", "Chaır", "ſocial ✨", "Café Ünïcode", "Kelvin 🎉"]
    # (every other corpus text as written, in capitals and in lower case: all of them took
    # 16 s of a suite whose fresh-clone CI reached 673 s of its 600)
    texts = [f"{t} 🦷" if i % 2 else f"Zoë: {t}" for i, t in enumerate(_texts()[::2])]
    texts += [f"{t} 🦷" for t in TRICKY] + extra
    assert guard_rules._unicode_lower("Zoë ✨") == "zoë ✨"
    assert guard_rules._unicode_lower("Tr\u0130nity ✨") is None
    for trigger in triggers:
        for text in texts:
            expected = trigger.search(text) is not None
            assert guard_rules._triggered(trigger, text) is expected, (trigger.pattern, text)
            if guard_rules._trigger_absent(trigger, text):
                assert not expected, (trigger.pattern, text)


def test_a_word_lookup_finds_a_word_anywhere_in_the_text() -> None:
    lookup = guard_rules._WordLookup(("air", "mp", "famous", "fame", "x"))
    assert lookup.any_in("a chair")  # inside a word
    assert lookup.any_in("campus")  # a short word
    assert lookup.any_in("the fame")  # at the end
    assert lookup.any_in("x")
    assert not lookup.any_in("a fam of ai")
    assert not lookup.any_in("")


def test_tokens_skip_only_alternatives_a_text_cannot_hold() -> None:
    """``parse`` reads the tokens of ``TOKEN.finditer`` (with the white space before each,
    and without the alternatives a text cannot hold), offsets and kinds alike."""
    extra = ["mail jo@example.com or see www.example.com", "@jo_b hi", " \n\r\t x\u2028y\x85z  "]
    for text in _texts() + extra:
        plain = [(m.span(), m.lastgroup, m.group()) for m in guard_text.TOKEN.finditer(text)]
        parsed = guard_text.parse(text).tokens
        assert [((t.start, t.end), t.kind, t.text) for t in parsed] == plain


@pytest.mark.parametrize("gap", [1, 30, 300])
def test_a_birth_date_is_read_however_far_its_cue_is_spread(gap: int) -> None:
    """The date looks back only as far as a cue can reach: "date of birth" written with
    long runs of spaces still reaches it."""
    space = " " * gap
    text = f"Her date{space}of{space}birth is March 3, 1950 and we said hello"
    found = [f for f in find_phi(text) if f.label == "date"]
    assert [text[f.start : f.end] for f in found] == ["March 3, 1950"]
    assert found[0].reason.startswith("a date in a person's life")


def test_one_long_sentence_finds_what_its_parts_find() -> None:
    """A long text with no full stop (read once per sentence, not once per date) finds the
    same dates as the same words with their full stops."""
    unit = "Maria Lopez was born on March 3, 1950 and seen on Jan 15th, 2023"
    joined = ", ".join([unit] * 200)
    dates = [f for f in find_phi(joined) if f.label == "date"]
    assert len(dates) == 400


def test_health_terms_are_found_where_the_whole_scan_finds_them() -> None:
    from medsocial_tui.compliance import phi

    extra = ["x-ray a1c flu-like FLU, pre-diabetes, Diabetes; post-op ſtroke", "ＭＲＩ scan"]
    for text in _texts() + extra:
        whole = [(m.span(), m.group()) for m in phi.HEALTH.finditer(text)]
        assert [(m.span(), m.group()) for m in phi._health_terms(text)] == whole


def test_sentence_breaks_are_found_where_the_whole_scan_finds_them() -> None:
    extra = ["Dr. Smith saw Mr. J. Lee at St. Mary's!! Then?\n\nNo.", "...", "a.b. c!? \n"]
    for text in _texts() + extra:
        whole = [m.span() for m in guard_text._SENTENCE_BREAK.finditer(text)]
        assert [m.span() for m in guard_text.sentence_breaks(text)] == whole


def test_the_word_lists_of_a_doc_are_its_word_and_capitalised_tokens() -> None:
    for text in _texts() + ["O'Brien's cat. 5 Émile x.", ""]:
        doc = guard_text.parse(text)
        assert doc.words == [i for i, t in enumerate(doc.tokens) if t.kind == "word"], text
        capitals = [
            i for i, t in enumerate(doc.tokens) if t.kind == "word" and t.base[:1].isupper()
        ]
        assert doc.capitals == capitals, text


@pytest.mark.parametrize(
    "rule", [r for r in ALL_RULES if r.starts or r.requires or r.marks], ids=lambda r: r.name
)
def test_rules_read_at_their_start_words_find_what_a_scan_finds(rule: guard_rules.Rule) -> None:
    """A rule with ``starts`` tries its pattern only at the words a match can start with;
    its matches are those of a scan of the whole text (when its trigger fires)."""
    from generated import generate

    # (every eighth corpus text as written, in capitals and in lower case, and 100 generated
    # ones: every other and 400 took the rules 52 s of a suite whose fresh-clone CI reached
    # 673-746 s of its 600; the tricky and the hand-made texts below whole)
    texts = _texts()[: -len(TRICKY)][::8] + TRICKY + [s.text for s in generate("dev", 100)]
    texts += ["Ask Thandiwe about her crown.", "_Maria Lopez", "x-rays for amy, 12 Oak St"]
    texts += [
        "Élodie Dubois’s appointment — she was born in Zürich 🙂 and lives at ١٢ Rue Ōtaki",
        "Ńiamh Ó Briain, patient ID: ٤٥٦٧٨٩, seen at Ĳssel Clinic in Ōtaki",
        "Hauptstraße 5 and Parkweg 12, Via Roma 12, 12 rue de la Paix, IBAN GB82 WEST 1234 5698",
        "Mr. John L. and Anna S. were in the ICU at Mercy General; Lize van den Hoek's x-rays",
        "Frank Smith, 94, lives at Flat 7, Perry Pike, West Oliverland, M22 0GG near Oak Street",
        "IP 192.168.0.12 or fe80:0:0:0:202:b3ff:fe1e:8329, MAC 00:1A:2b:3C:4d:5E, ١٢.٣.٤.٥",
        "jane at gmail dot com; bob [at] yahoo [dot] co [dot] uk. Marita chipped a tooth.",
        "Attn: Denis Richards, c/o Mary Ann. john smith lives in leeds. Name: Ana Lu",
        "Mei-Ling O'Brien\nSmith was admitted; Ōla Ńowak, Anna B. Cole; Sophia's Mum; McDonald Éa",
        "Kwame Mensah's phone; Lize van Duivenvoorde was born in Ōtaki at St. Mary's Hospital",
        "Your name: Maria Lopez. Full \t name: Ana Lu, reply to Tom Ek, in response to Bo Li",
        "see https://www.facebook.com/jane.doe, instagram.com/@bob, m.facebook.com/x, x.com/al",
        "Marita chipped a tooth. Kenji had a crown!\nAmy said hi? john smith lives here",
        "shout-out to amy lee, shoutout to bo, x-rays for ana ruiz, xrays for li, results for jo",
        "congratulations to tom, welcome back sue, happy birthday kim, we met ann, i'm sven",
        "My nameis Ana Lu. Named Bo Li; contact : Kai Ng, son, Eli Ma. Discharge date: 12/03/2022",
        "Ask Thandiwe about her crown; client Ana Lu; I am Sven Berg; this is Joy Kim",
    ]
    for text in texts:
        fires = rule.trigger is None or guard_rules._triggered(rule.trigger, text)
        whole = [(m.span(), m.groups()) for m in rule.pattern.finditer(text)] if fires else []
        assert [(m.span(), m.groups()) for m in rule.matches(text)] == whole, text


def test_rule_tables_read_with_the_start_words_find_what_every_rule_tried_finds() -> None:
    """``_collect_all`` skips a rule whose gate words a text lacks and hands each rule the
    text's start words; without start words (as for a text holding a letter that folds to
    ASCII) every rule is tried in full. Both ways find the same."""
    from medsocial_tui.compliance.context import EMPTY_CONTEXT

    tables = (guard_rules._FIRST_RULES, guard_rules.FACILITY_RULES)
    for text in _texts():
        starts = guard_text.word_starts(text)
        if starts is None:
            continue
        for table in tables:
            for anyone in (False, True):
                gated: list[object] = []
                whole: list[object] = []
                guard_rules._collect_all(table, text, EMPTY_CONTEXT, (), gated, starts, anyone)
                guard_rules._collect_all(table, text, EMPTY_CONTEXT, (), whole, None, anyone)
                assert gated == whole, text


def test_fame_read_word_by_word_answers_as_its_pattern() -> None:
    """``_fame_in`` answers as ``_FAME.search`` over the same stretch, wherever the stretch
    starts or ends (inside a word too: the search sees the character before it)."""
    extra = [
        "Marie Curie won two Nobel Prizes; Anne Frank died in 1945.",
        "xfilm filmx the film_ FILM, 500 BC, c. 1850, prime \t minister, primeminister",
        "Our Olympian, an olympic hopeful; congresswoman Ana; the historians’ view; Émile",
        "a_nobel nobel_ 2Nobel Nobel2 ſtarred \u212aelvin author:poet",
    ]
    for text in _texts() + extra:
        size = len(text)
        for left in range(0, size, 1 if text in extra else 7):
            for right in (left + 1, left + 13, left + 60, size):
                right = min(right, size)
                expected = guard_rules._FAME.search(text, left, right) is not None
                assert guard_rules._fame_in(text, left, right) is expected, (text, left, right)


def test_person_cues_read_at_their_start_words_are_those_a_scan_finds() -> None:
    for text in _texts() + ["I'm here; my wife, a 90 year-old, passed away.", "_he said"]:
        whole = [m.span() for m in guard_rules.PERSON_CUE.finditer(text)]
        found = guard_text.finditer_at(guard_rules.PERSON_CUE, text, "person.cue")
        assert [m.span() for m in found] == whole, text


def test_spelled_numbers_read_at_their_start_words_are_those_a_scan_finds() -> None:
    extra = ["call me on one5 five five, oh two 3 four", "nine nine one one two three four"]
    for text in _texts() + extra:
        whole = [m.span() for m in guard_rules._SPELLED_WORDS.finditer(text)]
        found = guard_text.finditer_at(guard_rules._SPELLED_WORDS, text, "phone.spelled_out")
        assert [m.span() for m in found] == whole, text


@pytest.mark.parametrize(
    "name", ["ssn", "record", "device", "vin", "plate", "phone_cued", "address", "zip"]
)
def test_shaped_identifiers_read_at_their_start_words_are_those_a_scan_finds(name: str) -> None:
    from medsocial_tui.compliance import identifiers

    pattern = getattr(identifiers, name.upper())
    extra = [
        "VIN 1HGCM82633A004352, vin: 1hgcm82633a00435x, plate ABC 123, MRN# 88-1234",
        "SSN 123-45-6789; S/N AB-1234; call 6145550142; 12 Oak Street, OH 43210; ZIP 43210",
    ]
    for text in _texts() + extra:
        whole = [m.span() for m in pattern.finditer(text)]
        found = guard_text.finditer_at(pattern, text, f"identifiers.{name}")
        assert [m.span() for m in found] == whole, text


def test_dates_and_ages_read_at_their_start_words_are_those_a_scan_finds() -> None:
    from medsocial_tui.compliance import phi

    extra = [
        "on Christmas Eve, (age 94), (101!), she turned 95, was 90 years old, 3rd of March",
        "last Tuesday the 12th, March third nineteen fifty, 03.04.1950, 14/02/2021, 90th bday",
        "(Frank, 94) aged 102, the other day, on the 5th, Jan 15th, 2023 at 3 pm",
        "(age90) and (AGE 101!), 95yo, 100-year-old, ١٢٠ years old, a 1000 year old tree",
        "Yesterday, earlier today, next Monday, on New Year's Day, on Valentine's Day, on Easter"
        " Sunday, on Halloween, this morning, the twenty-first of May, the thirtieth of June,"
        " twentyfirst of May, Mondays, JanX 5, the 3rd, on Thanksgiving",
    ]
    for text in _texts() + extra:
        whole = [m.span() for m in phi.DATE.finditer(text)]
        assert [m.span() for m in guard_text.finditer_at(phi.DATE, text, "phi.date")] == whole
        whole = [m.span() for m in phi.AGE.finditer(text)]
        assert [m.span() for m in phi._age_matches(text)] == whole, text


def _fold_char_by_char(text: str) -> tuple[str, tuple[int, ...] | None]:
    """The fold as it was written first, one character at a time (the reference)."""
    from medsocial_tui.compliance import normalize as fold

    if text.isascii() and "\x00" not in text and "\x7f" not in text:
        return text, None
    table = fold._confusable_table()
    out: list[str] = []
    origin: list[int] = []
    for index, ch in enumerate(text):
        if ch.isascii():
            if ch in "\x00\x7f":
                continue
            out.append(ch)
            origin.append(index)
            continue
        after = text[index + 1] if index + 1 < len(text) else ""
        if fold._droppable(ch) or 0xFE00 <= ord(ch) <= 0xFE0F:
            if ch in fold._INVISIBLE_SPACES and out and out[-1].islower() and after.isupper():
                out.append(" ")
                origin.append(index)
            continue
        if fold._is_emoji(ch) and (out[-1] if out else "").isalpha() and after.isalpha():
            continue
        for c in fold._fold(ch, table):
            out.append(c)
            origin.append(index)
    return "".join(out), tuple(origin)


def test_the_fold_copies_plain_stretches_as_the_character_by_character_fold_did() -> None:
    import random

    from medsocial_tui.compliance.normalize import _fold_text

    rng = random.Random(14)
    odd = "\u200b\u200d\x00\x7f\ufe0f\u0301é’🙂Ｍа\u202e\u00ad\n"
    texts = _texts() + ["a\u200bB", "\u200bB", "x\U0001f600y", "é", "\x00", "ab\x00\u200bCd"]
    for _ in range(300):
        texts.append("".join(rng.choice("aB .1" + odd) for _ in range(rng.randint(1, 30))))
    for text in texts:
        folded = _fold_text(text)
        assert (folded.text, folded.origin) == _fold_char_by_char(text), repr(text)


def test_public_figures_and_holidays_read_at_their_first_words_are_those_a_scan_finds() -> None:
    from medsocial_tui.compliance import names
    from medsocial_tui.compliance.context import EMPTY_CONTEXT

    extra = ["Like Dr. Phil and Oprah Winfrey on St. Patrick's Day", "Valentines, Presidents' Day"]
    extra += [f"Just like {p.title()}, she" for p in sorted(names.lx.PUBLIC_FIGURES)]
    for text in _texts() + extra:
        lower = text.lower()
        whole = [m.span() for m in names._PUBLIC.finditer(lower)]
        whole += [m.span() for m in names._HOLIDAY.finditer(lower)]
        assert names._suppressed_ranges(text, EMPTY_CONTEXT) == whole, text


def test_phones_read_at_numbers_and_links_looked_for_only_where_they_can_be() -> None:
    from medsocial_tui.compliance import identifiers

    extra = [
        "+1 (614) 555-0142, 1-614-555-0142, (614)555-0142 x12, +44 20 7946 0958, _+44 20",
        "see WWW.Example.ORG or http://localhost/x, jane.doe@mail.co, site.community",
        "a.b c.d, no link here; 555.0142",
    ]
    for text in _texts() + extra:
        whole = [m.span() for m in identifiers.PHONE.finditer(text)]
        assert [m.span() for m in identifiers._phones(text)] == whole, text
        assert identifiers.may_hold_url(text) or identifiers.URL.search(text) is None, text


def test_places_read_at_their_cue_words_are_those_a_scan_finds() -> None:
    from medsocial_tui.compliance import phi

    extra = ["She lives in Leeds, 43210 and lives on Maple Street; home in Cork; from Ōtaki"]
    for text in _texts() + extra:
        for pattern, name in ((phi._PLACE_AFTER, "place_after"), (phi._STREET_ONLY, "street_only")):
            whole = [m.span() for m in pattern.finditer(text)]
            found = guard_text.finditer_at(pattern, text, f"phi.{name}")
            assert [m.span() for m in found] == whole, text


def test_a_phone_word_is_seen_where_the_scan_sees_one() -> None:
    extra = ["Text me", "CALLING all", "phones", "no.", "a@b", "telephone-ish", "ring_"]
    for text in _texts() + extra:
        starts = guard_text.word_starts(text)
        if starts is None:
            continue
        seen = "phone.word" in starts or "@" in text
        assert seen is (guard_rules._PHONE_WORD.search(text) is not None), text


def test_praise_and_thanks_before_a_name_answer_as_their_patterns() -> None:
    from medsocial_tui.compliance import names

    extra = [
        "Huge thanks to Maria",
        "Thank you , Maria",
        "thank you,\nMaria",
        "prayers for\tMaria",
        "shout-outs to Maria",
        "Happy birthday Maria",
        "grip Maria",
        "proud of  Maria",
        "ſending love to Maria",
        "in memory of\nMaria",
    ]
    for text in _texts() + extra:
        for m in re.finditer(r"\b\w", text):
            lead = text[max(0, m.start() - 40) : m.start()]
            assert names._praise_before(lead) is bool(names._PRAISE.search(lead)), lead
            assert names._thank_you_before(lead) is bool(names._THANK_YOU_BEFORE.search(lead))


def test_staff_words_in_a_window_are_found_where_the_scan_finds_them() -> None:
    from medsocial_tui.compliance import names

    extra = ["Welcome Tasha to our team! She joins us from Leeds.", "our new lead hygienist Amy"]
    for text in _texts() + extra:
        doc = guard_text.parse(text)
        for index in range(len(doc.sentences)):
            begin, end = doc.sentences[max(0, index - 1)][0], doc.sentences[index][1]
            whole = names._STAFF_CONTEXT.search(text, begin, end) is not None
            assert names.staff_context_in(text, begin, end) is whole, text


@pytest.mark.parametrize("region", guard_rules.PHONE_REGIONS)
def test_validity_asked_of_the_region_first_answers_as_is_valid_number(region: str) -> None:
    """``rules._is_valid`` asks the parsing region first: the same answer as
    ``phonenumbers.is_valid_number`` for numbers of that region, of another region of its
    country code (a Canadian number read as American) and of none."""
    import random

    import phonenumbers

    rng = random.Random(region)
    candidates = ["6045550123", "6042661234", "4165551234", "2025550199", "8765550123"]
    candidates += ["02079460958", "0412345678", "9876543210", "0871234567", "0211234567"]
    candidates += [
        "".join(rng.choice("0123456789") for _ in range(rng.randint(7, 12))) for _ in range(300)
    ]
    valid = 0
    for digits in candidates:
        try:
            number = phonenumbers.parse(digits, region)
        except phonenumbers.NumberParseException:
            continue
        expected = phonenumbers.is_valid_number(number)
        valid += expected
        assert guard_rules._is_valid(number, region) == expected, digits
    assert valid


def test_public_figures_found_once_are_those_of_every_word() -> None:
    """``names.public_spans`` (looked up at the words ``word_starts`` lists for public
    figures) finds what ``public_at`` finds trying every word of the lower-cased text, as
    ``rules.drop_public_lives`` did."""
    figures = sorted(lexicon.PUBLIC_FIGURES)[:200]
    extra = [f"Like {p.title()}'s story, and x{p.upper()}" for p in figures]
    seen = 0
    for text in _texts() + extra:
        found = guard_names.public_spans(text)
        if found is None:
            continue
        lower = text.lower()
        every_word = [m.start() for m in re.finditer(r"\b\w", lower)]
        assert found == tuple(guard_names.public_at(lower, every_word)), text
        seen += bool(found)
    assert seen > 100


def test_a_public_figure_is_in_a_string_as_the_pattern_says() -> None:
    """``names.public_figure_in`` answers as ``PUBLIC_FIGURE.search`` (the rules' name
    vetoes ask it of every name they read)."""
    figures = sorted(lexicon.PUBLIC_FIGURES)[:300]
    strings = [t.lower() for t in _texts()]
    for p in figures:
        strings += [p, f"x{p}", f"{p}s", f"dr {p}'s", p.replace(" ", "  "), p[:-1]]
    found = 0
    for lower in strings:
        expected = guard_names.PUBLIC_FIGURE.search(lower) is not None
        assert guard_names.public_figure_in(lower) is expected, lower
        found += expected
    assert found > 300


def _same_as_the_long_way(
    texts: list[str],
    names: str,
    veto: Callable[[str, Finding], bool],
    long_way: Callable[[str, Finding], bool],
) -> int:
    """Asks ``veto`` and ``long_way`` of every match of ``names`` in ``texts``: they must
    agree. How many names they ruled out."""
    vetoed = 0
    for text in texts:
        for m in re.finditer(names, text):
            f = Finding(m.start(), m.end(), "name", "")
            expected = long_way(text, f)
            assert veto(text, f) is expected, (text, m.group())
            vetoed += expected
    return vetoed


def _health_system_the_long_way(text: str, f: Finding) -> bool:
    for m in guard_rules._HEALTH_SYSTEM_NAME.finditer(text, max(0, f.start - 30), f.end + 30):
        if m.start() <= f.start and f.end <= m.end() and re.search(r"[\s-]", m.group(0)):
            if m.group(0).lower() in guard_rules.SYSTEMS_NAMED_LIKE_A_PERSON and not re.search(
                r"\b(?:at|to|from|in|into)[ \t]+$", text[max(0, m.start() - 8) : m.start()], re.I
            ):
                return False
            return not guard_rules._TITLE_BEFORE_NAME.search(text, max(0, m.start() - 8), m.start())
    return False


def test_a_health_system_veto_reads_the_alternation_only_after_a_first_word() -> None:
    """``_a_health_system`` skips the alternation of every health system's name unless the
    first word of one starts at most 30 characters before the name, and answers as it did."""
    texts = [t for t in _texts() if guard_text.word_starts(t) is not None]
    for system in sorted(lexicon.HEALTH_SYSTEMS):
        texts += [f"Ms. {system} and {system}s saw Anna at {system.upper()}, then at {system}"]
    names = r"[A-Z][\w'’-]*(?:[ \t]+[A-Z][\w'’-]*)?"
    vetoed = _same_as_the_long_way(
        texts, names, guard_rules._a_health_system, _health_system_the_long_way
    )
    assert vetoed > 50


def _public_figure_the_long_way(text: str, f: Finding) -> bool:
    left = max(0, f.start - 30)
    lower = text[left : f.end + 30].lower()
    starts = [m.start() for m in re.finditer(r"\b\w", lower[: f.start - left + 1])]
    found = guard_names.public_at(lower, starts)
    if guard_names.patient_field_beside(text, f.start, f.end):
        return False  # "Patient: Michael Jordan": a patient's form, whoever else is so called
    return any(a + left <= f.start and f.end <= b + left for a, b in found)


def test_the_public_figure_veto_reads_the_window_only_after_a_first_word() -> None:
    """``_public_figure`` answers no at once when no word within 30 characters before a name
    begins a public figure's name, and otherwise as it did."""
    texts = [t for t in _texts() if guard_text.word_starts(t) is not None]
    for p in sorted(lexicon.PUBLIC_FIGURES)[:300]:
        texts.append(f"Xx{p.title()} and {p.title()}'s fans met Ana {p.title().replace(' ', '  ')}")
    names = r"[A-Za-z][\w'’-]*(?:[ \t]+[A-Z][\w'’-]*)?"
    vetoed = _same_as_the_long_way(
        texts, names, guard_rules._public_figure, _public_figure_the_long_way
    )
    assert vetoed > 100


def test_the_own_address_cue_is_read_after_the_last_full_stop() -> None:
    """``identifiers.own_address_cue`` answers as ``OWN_ADDRESS_CUE.search`` on the whole
    stretch (no cue holds a full stop, a question or an exclamation mark)."""
    texts = _texts() + [
        "Visit us at. 5",
        "Visit us at the! corner 5",
        "our office is at? 5",
        "us\nat 5",
    ]
    seen = 0
    for text in texts:
        for end in range(0, len(text), 7):
            begin = max(0, end - 60)
            expected = guard_identifiers.OWN_ADDRESS_CUE.search(text[begin:end]) is not None
            assert guard_identifiers.own_address_cue(text, begin, end) is expected, text[begin:end]
            seen += expected
    assert seen > 50


def test_links_scanned_once_are_those_of_the_scan() -> None:
    """``identifiers.url_matches`` (kept per text for the link finder and the link rule)
    holds every match of ``URL.finditer``."""
    texts = _texts() + ["see www.example.com/jane or https://x.org/a?b=1, example.co.uk."]
    found = 0
    for text in texts:
        spans = [m.span() for m in guard_identifiers.URL.finditer(text)]
        assert [m.span() for m in guard_identifiers.url_matches(text)] == spans, text
        found += bool(spans)
    assert found > 10


# Every word of letters and look-alikes, with or without a look-alike: the plain reading
# that ``normalize._LEET_WORD_WITH_DIGIT`` narrows to the words holding one.
_LEET_WORD = re.compile(r"(?<![\w@./:])[A-Za-z](?:[A-Za-z]|[013457@](?=[a-z]))+(?![\w@:])")


def test_look_alike_words_are_the_words_that_hold_a_look_alike() -> None:
    """``normalize`` reads only the words of ``_LEET_WORD`` that hold a digit or "@" (a word
    of letters alone is never read as other letters), found by a pattern of their own."""
    from medsocial_tui.compliance import normalize

    extra = [
        "M4ria G0nzalez L1nda M@ria A1c H1N1 B12 mp3 ee0c 3fa4ce jane@gmail.com M@ria.",
        "x/M4ria :L1nda ab4cd a1a1a1a9 M00re 4ria Ma4 a4b4c4d e.g.M4ria_ M4ria@x",
        "a1" * 500 + "9",
    ]
    for text in _texts() + extra:
        whole = [
            m.span() for m in _LEET_WORD.finditer(text) if any(c in "013457@" for c in m.group())
        ]
        assert [m.span() for m in normalize._LEET_WORD_WITH_DIGIT.finditer(text)] == whole


def _heads_by_matches(text: str) -> tuple[dict[str, list[int]], list[int], list[int]]:
    """``text._heads`` the long way: a match object for every run of ``_RUN``."""
    found: dict[str, list[int]] = {}
    capitals: list[int] = []
    numbers: list[int] = []
    for m in guard_text._RUN.finditer(text):
        names, kind = guard_text._names_of(m.group())
        for name in names:
            found.setdefault(name, []).append(m.start())
        if kind == 1:
            capitals.append(m.start())
        elif kind == 2:
            numbers.append(m.start())
    return found, capitals, numbers


def test_the_words_a_text_starts_patterns_at_are_its_word_runs() -> None:
    """``text._heads`` reads the runs of ``_RUN`` as plain strings, offsets added up."""
    extra = ["", "  ", "x", "__a b_ 12:30 Émile—O'Brien\n\n", "ſocial \u212a", "--", "7 Oak"]
    for text in _texts() + extra:
        assert guard_text._heads(text) == _heads_by_matches(text), text


def _longest_disguised_emails() -> list[str]:
    """Disguised emails as long as the pattern allows before the "at": four parts of 64
    characters, three bracketed dots, runs of white space of 16 (and of 17: then the rule
    reads the whole text)."""
    texts = []
    for run in (1, 16, 17):
        space = " " * run
        dot = f"{space}[{space}dot{space}]{space}"
        name = dot.join(["a" * 64] * 4)
        texts.append(f"x {name}{space}({space}at{space}){space}gmail{dot}com y")
        texts.append(f"{name}{space}at{space}gmail{dot}co{dot}uk")
    return texts


@pytest.mark.parametrize(
    "rule", [r for r in ALL_RULES if r.anchor is not None], ids=lambda r: r.name
)
def test_rules_read_near_their_anchor_find_what_a_scan_finds(rule: guard_rules.Rule) -> None:
    """A rule with an ``anchor`` is tried only at the words up to ``reach`` before each
    offset its anchor matches at; its matches are those of a scan of the whole text."""
    from generated import generate

    texts = _texts() + [s.text for s in generate("dev", 400)] + _longest_disguised_emails()
    texts += [
        "jane at gmail dot com, jane . doe [ at ] gmail ( dot ) co [dot] uk, a@b.com@c.com",
        "write to jo @ x.io or bo(at)y dot org; ſam at gmail dot com; \u212aate at x dot com",
        "jo @) mail.com, jo (@) mail dot com, jo at\n\nmail dot com, at at at gmail.com",
        # (places14) case notes' age and sex before a town (place.after_age_sex)
        "Case: 44M, Lubbock TX, chest pain. Pt is a 72F, Tulsa, 62 y/o male, Macon GA; 9 yo, Ely.",
        # (vignette16) stays of days at a hospital (facility.stay_length_at)
        "home after 11 nights at Lurie Children's; 2 weeks at Sick Kids, several weeks in CHOP.",
        # (towns48) a town before one child's school or playground (place.childs_school_town)
        "my son's teacher at Kaiapoi school; my kid's at Ikoyi kindy, fell at the Wahiawa skate park",
        # (careplaces51) a care place between its clinician's word and their act
        # (facility.clinician_of_place_acting)
        "ur dentist at Bright Smiles called; my mum's GP from the Eastgate Medical said; the"
        " front desk at  Smile Studio rang, the nurse at Mount Alvernia wants bloods",
        # (ids55) a login before its own doing (handle.before_logged_in)
        "Access log: sfraser logged in at 02:13; j.okafor has   signed out, then x_7 logged into it",
    ]
    found_any = False
    for text in texts:
        fires = rule.trigger is None or guard_rules._triggered(rule.trigger, text)
        scanned = [m.span() for m in rule.pattern.finditer(text)] if fires else []
        assert [m.span() for m in rule.matches(text)] == scanned, text
        found_any = found_any or bool(scanned)
    assert found_any  # the texts hold matches: the check can fail


def test_a_link_that_can_hold_no_name_answers_as_the_read_of_the_whole_text(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # ``_names_no_one_in_the_text`` asks the link's own letters first: where they hold no
    # name word, reading every capitalised word of the text would have found none.
    texts = _texts() + [
        "Jane Okafor's portfolio is at www.janeokafor-art.com",
        "Dr. Smith at smithdental.com",
        "Follow Maria on maria.example.org and Okafor at https://okafor.net/Okafor",
    ]
    veto = guard_rules._names_no_one_in_the_text
    context = guard_rules.PracticeContext()
    links = [(text, m) for text in texts for m in guard_identifiers.url_matches(text)]
    short = [veto(text, m, context) for text, m in links]
    monkeypatch.setattr(guard_rules, "_may_hold_a_person_name", lambda link: True)
    assert [veto(text, m, context) for text, m in links] == short
    assert False in short and short.count(True) > 50


def test_a_link_beside_no_name_of_the_text_answers_as_the_read_of_the_whole_text(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # ``_names_no_one_in_the_text`` looks for the text's capitalised name words
    # (``_capital_names``, read once a text) in the link before it reads the text around
    # the link word by word; a link that starts or ends inside a word is read the long way.
    texts = _texts() + [
        "Jane Okafor's portfolio is at www.janeokafor-art.com",
        "Dr. Smith at smithdental.com",
        "Doctor Okafor: okafor.net",
        "Follow Maria on maria.example.org and Okafor at https://okafor.net/Okafor",
        "Okaforwww.okafor.net is hers",
        "see www.okafor.net/Jane and Jane's www.jane.org",
        "Mariawww.maria.netOkafor",
        "www.janeokafor.com " * 40 + "Okafor",
    ]
    veto = guard_rules._names_no_one_in_the_text
    context = guard_rules.PracticeContext()
    links = [(text, m) for text in texts for m in guard_identifiers.url_matches(text)]
    quick = [veto(text, m, context) for text, m in links]
    monkeypatch.setattr(guard_rules, "_straddles_a_word", lambda text, start, end: True)
    assert [veto(text, m, context) for text, m in links] == quick
    assert False in quick and quick.count(True) > 50
    assert guard_rules._capital_names("Jane met Grace and Okafor at Smithfield.") >= {
        "jane",
        "okafor",
    }


def test_a_trigger_answers_while_another_thread_is_still_reading_its_words() -> None:
    # The TUI runs the guard in several workers at once. One of them could find a trigger's
    # words already published and not yet its ``_WordLookup`` (CI: KeyError in the tmux
    # run, which closed the app): ``_triggered`` then makes the lookup itself.
    trigger = re.compile("|".join(f"word{n}" for n in range(20)), re.IGNORECASE)
    answer = guard_rules._trigger_words(trigger)
    del guard_rules._WORD_LOOKUPS[id(trigger)]
    assert answer[0] is not None and len(answer[0]) > guard_rules._FEW_TRIGGER_WORDS
    assert guard_rules._triggered(trigger, "it holds WORD7 here") is True
    assert guard_rules._triggered(trigger, "it holds none") is False


def test_the_guard_read_from_many_threads_at_once_answers_as_from_one() -> None:
    from concurrent.futures import ThreadPoolExecutor

    texts = _texts()[:40]
    alone = [find_phi(t) for t in texts]
    guard_rules._TRIGGER_WORDS.clear()
    guard_rules._WORD_LOOKUPS.clear()
    guard_rules._TRIGGER_PLANS.clear()
    with ThreadPoolExecutor(8) as pool:
        together = list(pool.map(find_phi, texts * 4))
    assert together == alone * 4


def test_a_public_figure_answers_no_at_once_only_where_the_full_reading_does(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """``rules._public_figure``'s shortcut (no word within reach before the name begins a
    figure's name, and no figure starts at a word the window cuts) says no only where the
    full reading says no, though the longest figure is longer than the window. Read: every
    capitalised word of the dev texts; and every later word of a figure written glued to a
    letter before it ("XAbraham Lincoln"), with the window narrowed to start right at the
    figure's first word, inside the glued word (the case the shortcut must not miss)."""
    assert max(map(len, lexicon.PUBLIC_FIGURES)) > guard_rules._PUBLIC_REACH
    cases = []
    for text in _texts()[:300]:
        for m in re.finditer(r"\b[A-Z][a-z]+\b", text):
            cases.append((text, Finding(m.start(), m.end(), "name", ""), guard_rules._PUBLIC_REACH))
    for figure in sorted(p for p in lexicon.PUBLIC_FIGURES if " " in p)[:300]:
        text = f"News: X{' '.join(w.capitalize() for w in figure.split())} spoke."
        begin = len("News: X")
        for m in re.finditer(r"(?<= )\w+", text[: begin + len(figure)]):
            if m.start() > begin:
                cases.append((text, Finding(m.start(), m.end(), "name", ""), m.start() - begin))

    def answers() -> list[bool]:
        said = []
        for text, f, reach in cases:
            monkeypatch.setattr(guard_rules, "_PUBLIC_REACH", reach)
            said.append(guard_rules._public_figure(text, f))
        return said

    quick = answers()
    with monkeypatch.context() as full_reading:
        full_reading.setattr(guard_rules, "word_starts", lambda text: None)
        full = answers()
    assert quick == full
    assert sum(full) > 100


def test_the_second_reading_finds_with_the_first_readings_matches_what_it_finds_afresh() -> None:
    # ``Rule.remembered``: the second reading (``find_in_patient_text``) takes each rule's
    # matches from the first reading of the same text instead of trying its pattern again.
    from medsocial_tui.compliance.context import EMPTY_CONTEXT

    remembered = [r for r in ALL_RULES if r.remembered]
    assert {r.name for r in remembered} == {r.name for r in guard_rules._person_rules()}
    texts = [s.text for s in load_corpus()][:600] + TRICKY
    for text in texts:
        guard_rules._matches_of.cache_clear()
        afresh = guard_rules.find_in_patient_text(text, EMPTY_CONTEXT)
        guard_rules._matches_of.cache_clear()
        guard_rules.find_by_rules(text, EMPTY_CONTEXT)
        assert guard_rules.find_in_patient_text(text, EMPTY_CONTEXT) == afresh, text


def test_a_remembered_rules_pattern_is_tried_once_a_text() -> None:
    rule = next(r for r in ALL_RULES if r.name == "facility.named")
    assert rule.remembered
    tried: list[int] = []

    class Counting:
        def __init__(self, pattern: re.Pattern[str]) -> None:
            self.pattern = pattern

        def match(self, text: str, at: int = 0) -> re.Match[str] | None:
            tried.append(at)
            return self.pattern.match(text, at)

    counted = dataclasses.replace(rule, pattern=Counting(rule.pattern))
    text = "My mum was admitted to Lakeside General Hospital on Tuesday."
    guard_rules._matches_of.cache_clear()
    from medsocial_tui.compliance.context import EMPTY_CONTEXT

    first = list(counted.finditer(text, EMPTY_CONTEXT))
    times = len(tried)
    assert times and [text[f.start : f.end] for f in first] == ["Lakeside General Hospital"]
    # the same text again, with another person's offsets: the kept matches, the vetoes asked
    assert list(counted.finditer(text, EMPTY_CONTEXT, range(len(text) + 1))) == first
    assert len(tried) == times
    # another rule's matches (the table's own rule, the same name) are not taken for its own
    assert list(rule.finditer(text, EMPTY_CONTEXT)) == first
    guard_rules._matches_of.cache_clear()


def test_a_remembered_rules_vetoes_are_asked_once_a_match_and_context() -> None:
    from medsocial_tui.compliance.context import EMPTY_CONTEXT, PracticeContext

    rule = next(r for r in ALL_RULES if r.name == "facility.named")
    asked: list[PracticeContext] = []

    def counting_veto(text: str, m: re.Match[str], ctx: PracticeContext) -> bool:
        asked.append(ctx)
        return False

    counted = dataclasses.replace(rule, vetoes=(counting_veto, *rule.vetoes))
    text = "My mum was admitted to Lakeside General Hospital on Tuesday."
    guard_rules._matches_of.cache_clear()
    first = list(counted.finditer(text, EMPTY_CONTEXT))
    assert first and asked == [EMPTY_CONTEXT]
    assert list(counted.finditer(text, EMPTY_CONTEXT, range(len(text) + 1))) == first
    assert asked == [EMPTY_CONTEXT]
    # another practice's context: the vetoes are asked again (its own address, its name)
    other = PracticeContext(practice_name="Lakeside General Hospital")
    list(counted.finditer(text, other))
    assert asked == [EMPTY_CONTEXT, other]
    guard_rules._matches_of.cache_clear()


def test_the_dates_and_places_patterns_matches_are_kept_for_the_second_reading() -> None:
    # ``text.kept_matches_at``: the second reading's dates and places are read from the
    # first reading's matches, the same as a fresh ``finditer_at``.
    from medsocial_tui.compliance import phi

    cases = (
        (phi.DATE, "phi.date"),
        (phi._STREET_ONLY, "phi.street_only"),
        (phi._PLACE_AFTER, "phi.place_after"),
    )
    for text in [s.text for s in load_corpus()][:600] + TRICKY:
        for pattern, name in cases:
            fresh = [(m.span(), m.groups()) for m in guard_text.finditer_at(pattern, text, name)]
            kept = guard_text.kept_matches_at(pattern, text, name)
            assert [(m.span(), m.groups()) for m in kept] == fresh, (name, text)
            assert guard_text.kept_matches_at(pattern, text, name) is kept
