"""The guard compiles its patterns, and imports wordfreq, on first use (issue 18): importing
it costs every ``medsocial flush`` run nothing of the sort."""

from __future__ import annotations

import json
import re
import subprocess
import sys
from pathlib import Path

from medsocial_tui.compliance import lazy

_COMPLIANCE = Path(lazy.__file__).resolve().parent

# Run in a fresh process: counts every ``re.compile`` called from the guard's own modules
# while it is imported (a pattern compiled at import, directly or by a stand-in), then what
# a first reading of a short clean post compiles.
_PROBE = """
import json, re, sys
from pathlib import Path

here = Path(sys.argv[1])
at_import = []
original = re.compile

def counting(pattern, flags=0):
    caller = Path(sys._getframe(1).f_code.co_filename).resolve()
    if caller.parent == here:
        at_import.append(f"{caller.name}: {str(pattern)[:60]}")
    return original(pattern, flags)

re.compile = counting
import medsocial_tui.compliance as guard
from medsocial_tui.compliance import lazy
re.compile = original
report = {
    "compiled_at_import": at_import,
    "lazy_at_import": lazy.compiled_count(),
    "wordfreq": "wordfreq" in sys.modules,
    "ftfy": "ftfy" in sys.modules,
}
guard.find_phi("Join us for our flu clinic this Saturday!")
report["lazy_after_clean_post"] = lazy.compiled_count()
report["lazy_made"] = lazy.made_count()
print(json.dumps(report))
"""


def _probe() -> dict[str, object]:
    done = subprocess.run(
        [sys.executable, "-c", _PROBE, str(_COMPLIANCE)],
        capture_output=True,
        text=True,
        check=True,
    )
    report: dict[str, object] = json.loads(done.stdout)
    return report


def test_importing_the_guard_compiles_no_pattern_and_imports_no_wordfreq() -> None:
    report = _probe()
    assert report["compiled_at_import"] == []
    assert report["lazy_at_import"] == 0
    assert report["wordfreq"] is False
    assert report["ftfy"] is False
    # A short clean post reaches only the rules whose cue it holds.
    made = report["lazy_made"]
    assert isinstance(made, int) and made > 200
    after = report["lazy_after_clean_post"]
    assert isinstance(after, int) and 0 < after < made // 2


def test_a_lazy_pattern_answers_as_the_compiled_one() -> None:
    source, flags = r"\b(?P<word>ab+)\b", re.IGNORECASE
    compiled = re.compile(source, flags)
    stand_in = lazy.compile(source, flags)
    assert stand_in.pattern == source
    text = "x ABB abbb abc ab"
    assert [m.span("word") for m in stand_in.finditer(text)] == [
        m.span("word") for m in compiled.finditer(text)
    ]
    assert stand_in.search(text) is not None
    assert stand_in.match(text, 2) is not None
    assert stand_in.flags == compiled.flags
    assert stand_in.groupindex == compiled.groupindex
    assert stand_in.sub("-", text) == compiled.sub("-", text)
    assert stand_in == compiled
    assert stand_in == lazy.compile(source, flags)
    assert hash(stand_in) == hash(compiled)
    assert stand_in != lazy.compile(source)


def test_wordfreq_answers_through_the_lazy_import() -> None:
    import wordfreq

    assert lazy.zipf_frequency("table", "en") == wordfreq.zipf_frequency("table", "en")
    assert lazy.frequency_dict("en", "small") == wordfreq.get_frequency_dict("en", "small")


def test_opening_twin_finds_what_the_scan_finds() -> None:
    # A case-kept pattern that opens case-blind reads through its opening's twin: the
    # same matches (spans, groups) as its own scan, on ASCII text and beyond it.
    source = (
        r"(?:(?i:attends|works[ \t]+at)[ \t]+(?:the[ \t]+)?|\b(?i:school|uni)[ \t]*,[ \t]+)"
        r"(?P<place>[A-Z]\w+(?:[ \t]+[A-Z]\w+)*)"
    )
    twin, any_text = lazy.opening_twin(source, 0)
    assert twin is not None and any_text
    compiled = re.compile(source)
    stand_in = lazy.compile(source)
    texts = [
        "My son ATTENDS Oakwood Academy and WORKS AT Brent Civic Centre.",
        "Her school, Willow Primary, rang; his Uni, Leeds Beckett, wrote. attends the Hall",
        "Nothing here but a community unit at work, attends nothing, works at home.",
        "Müller attends Schloss Gymnasium ☺ and works at Bäckerei Hof",
        "ATTENDSATTENDS Kings",
    ]
    for _ in range(lazy._SEARCHES_BEFORE_TWIN + 1):
        for text in texts:
            for pos in (0, 5):
                found = [(m.span(), m.group("place")) for m in stand_in.finditer(text, pos)]
                assert found == [(m.span(), m.group("place")) for m in compiled.finditer(text, pos)]
                first, own = stand_in.search(text, pos), compiled.search(text, pos)
                assert (first and first.span()) == (own and own.span())
    assert stand_in.__dict__["finditer"] != compiled.finditer  # the twin's, by now
    assert stand_in.__dict__["search"] != compiled.search


def test_no_opening_twin_without_a_case_blind_opening_of_letters() -> None:
    for source, flags in (
        (r"[A-Z](?i:x)", 0),  # a case-kept opening
        (r"(?i:a)?b", 0),  # an opening that may be absent
        (r"\b(?i:[a-z]+'s|my)[ \t]+doctor", 0),  # a class first: a place at every word
        (r"school", re.IGNORECASE),  # case-blind whole: the case-kept twin's work
    ):
        assert lazy.opening_twin(source, flags)[0] is None


def test_plain_words_have_wordfreqs_frequencies_without_wordfreq() -> None:
    # (a word of ASCII lower-case letters is looked up in wordfreq's own list file, rounded
    # as wordfreq rounds it: every such word of the nine languages' lists was compared
    # once, 2,981,649 lookups, none different; here a spread of them, and unknown words)
    import wordfreq

    for lang in ("en", "de", "es", "fr", "it", "pt", "nl", "sv", "pl"):
        for wordlist in ("large", "small"):
            words = [w for w in lazy.frequency_dict(lang, wordlist) if lazy._plain_word(w, lang)]
            sample = [*words[:200], *words[::997], *(w + "qzx" for w in words[:20])]
            listed = lazy.frequencies(lang, wordlist)
            for word in sample:
                ours = lazy._plain_zipf(word, listed)
                theirs = wordfreq.zipf_frequency(
                    word, lang, wordlist="best" if wordlist == "large" else wordlist
                )
                assert ours == theirs, (lang, wordlist, word)
    # other words and languages are wordfreq's, whatever they are
    assert lazy.zipf_frequency("café", "en") == wordfreq.zipf_frequency("café", "en")
    assert lazy.zipf_frequency("Table", "en") == wordfreq.zipf_frequency("Table", "en")
    assert lazy.zipf_small("straße", "de") == wordfreq.zipf_frequency("straße", "de", "small")
    assert lazy.zipf_frequency("masa", "tr") == wordfreq.zipf_frequency("masa", "tr")
    # once wordfreq is imported, its dictionary is the one read (one copy a process)
    assert lazy.frequencies("en", "large") is wordfreq.get_frequency_dict("en", "best")


def test_a_post_of_plain_words_is_read_without_importing_wordfreq() -> None:
    done = subprocess.run(
        [
            sys.executable,
            "-c",
            "import sys; from medsocial_tui.compliance import find_phi;"
            "find_phi('Our office is closed Monday for the snow, call us to book.');"
            "find_phi('my mum was seen at the clinic on tuesday for her knee');"
            "print('wordfreq' in sys.modules)",
        ],
        capture_output=True,
        text=True,
        check=True,
    )
    assert done.stdout.strip() == "False"
