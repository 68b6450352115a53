"""The learned second opinion: a tagger trained on the labelled sets reads every word once more.

The rules (``names``, ``rules``, ``phi``) find what a rule was written for; a fresh writer's
texts hold identifiers in shapes no rule met ("Pt from Fort Nelson, 52M log truck driver",
"been in Royal Darwin since Tuesday", a daycare's note about "Juniper"). A linear-chain
conditional random field (CRFsuite, through python-crfsuite) over word tokens, trained on
the labelled sets the rules were written from and on the texts the tests give the guard,
gives each word a probability of being part of a name, a place, a date or an address, from
the word itself (its shape, its ends, how common it is in English and in the other
languages people write here, whether the guard's lists hold it as a given name, a surname, a
town, a hospital's word or an eponym), the two words either side, and what the whole text
says of itself (the writer's "my", a relative, a patient, a practice's "we", news, opening
hours, a staff introduction, an event).

A run of words whose probability for one label reaches that label's threshold becomes a
blocking finding ``learned.<label>`` whose reason gives the probability. The guard asks for
them last (``phi._with_learned``), where no rule found anything, and drops those its vetoes
drop (public figures, an organisation's notice, a made-up case), those where a name rule's
veto dropped a name (a member of staff), the practice's own people, name and address, and
places as large as a state. Dates are learned but never found here: the rules read whose day
a date is, which the tagger cannot (``tests/compliance/train_tagger.py`` says what it cost).

The model (``medsocial_tui/data/tagger.crfsuite``) and what it was trained on, its digest and
thresholds (``tagger.json`` beside it) are built by ``make tagger``
(``tests/compliance/train_tagger.py``) from the labelled sets; a test keeps the two in step
with the sets. Nothing leaves the process: no text, word or probability is logged.
"""

from __future__ import annotations

import json
import re
import threading
from dataclasses import dataclass
from functools import lru_cache
from importlib.resources import files
from pathlib import Path
from typing import Any

from medsocial_tui.compliance import lazy
from medsocial_tui.compliance import lexicon as lx
from medsocial_tui.compliance.findings import BLOCK, Finding
from medsocial_tui.errors import GuardBroken

# (a package's resources, as the word lists are: a copy of the guard under another name,
# benchmarks/guard_eval.py's, reads its own)
DATA = Path(str(files("medsocial_tui.data")))
MODEL = DATA / "tagger.crfsuite"
META = DATA / "tagger.json"

# What the tagger's findings are called, and how their reasons read.
LABELS = {
    "name": "part of a person's name",
    "geo": "a town, a district or a named place tied to a person",
    "date": "a date tied to a person",
    "address": "part of a street address",
}
# The rule names its findings carry, beside the finders' own (``test_rule_names``).
FINDER_RULES = tuple(f"learned.{label}" for label in LABELS)
# The word tokens the tagger reads: runs of letters and digits (with an inner apostrophe,
# "O'Sullivan", "Children's"), and each other mark alone ("-", ".", "/").
TOKEN = re.compile(r"[^\W_]+(?:['’][^\W_]+)*|[^\w\s]")
# Features change the model: a model trained with another version is refused.
FEATURES_VERSION = 4
_SHAPE_RUN = re.compile(r"(.)\1+")
_MONTH_OR_DAY = lx.MONTHS | lx.WEEKDAYS
_ABROAD = (*lx.OTHER_LANGUAGES, "nl")
# What a text says of itself, given to every word of it: the same "Dec 19" is a person's
# day in "my son's surgery on Dec 19" and none in "Our Christmas party is on Dec 19"; the
# same "Boise" a person's town in "my dad in Boise" and none in "Meet Jenny … from Boise".
# Each is a few words of English, lower case; the tagger learns what each is worth.
_TEXT_CUES = {
    "i": lx._words("i i'm im i've ive i'd my me mine myself"),
    "kin": lx.RELATION_WORDS,
    "we": lx._words("we we're our ours us"),
    "pt": lx._words(
        "pt pts patient patients y/o yo dob mrn presents presented presenting admitted "
        "diagnosed hx case vignette discharged c/o"
    ),
    "you": lx._words("you your you're yours u ur"),
    "news": lx._words(
        "announced announces says said according officials official ministry minister "
        "government report reported reports study published president senator governor "
        "mayor council celebrity star actor actress singer died former league champion"
    ),
    "hours": lx._words(
        "open opens closed close closing hours reopen reopens walk-ins holiday holidays "
        "schedule book booking appointments office clinic practice"
    ),
    "bio": lx._words("meet joined joins welcome welcoming bio graduated trained team staff"),
    "event": lx._words(
        "day week month world national awareness conference meeting annual event webinar "
        "campaign festival celebrate celebrates celebrated"
    ),
}


def tokens(text: str) -> list[re.Match[str]]:
    return list(TOKEN.finditer(text))


def _shape(word: str) -> str:
    out = []
    for ch in word:
        if ch.isupper():
            out.append("X")
        elif ch.isalpha():
            out.append("x")
        elif ch.isdigit():
            out.append("d")
        else:
            out.append(ch)
    return _SHAPE_RUN.sub(r"\1", "".join(out))


@lru_cache(maxsize=1)
def _phrases() -> dict[str, list[tuple[str, tuple[str, ...]]]]:
    """Public figures' names and holidays, by their first word: ("pub" | "hol", words)."""
    out: dict[str, list[tuple[str, tuple[str, ...]]]] = {}
    for kind, phrases in (("pub", lx.PUBLIC_FIGURES), ("hol", lx.HOLIDAY_NAMES)):
        for phrase in phrases:
            words = tuple(m.group().lower() for m in TOKEN.finditer(phrase))
            if len(words) > 1 or kind == "hol":
                out.setdefault(words[0], []).append((kind, words))
    return out


def _in_phrases(lowers: list[str]) -> list[str | None]:
    marks: list[str | None] = [None] * len(lowers)
    table = _phrases()
    for i, w in enumerate(lowers):
        for kind, words in table.get(w, ()):
            if tuple(lowers[i : i + len(words)]) == words:
                for j in range(i, i + len(words)):
                    marks[j] = kind
    return marks


@lru_cache(maxsize=1)
def _hospital_words() -> frozenset[str]:
    return frozenset(
        m.group().lower()
        for name in lx.HEALTH_SYSTEMS
        for m in TOKEN.finditer(name)
        if m.group()[:1].isupper()
    )


_NEAR = (-2, -1, 1, 2)


@lru_cache(maxsize=200_000)
def _word_features(
    word: str,
) -> tuple[tuple[str, ...], tuple[str, ...], str, tuple[tuple[str, ...], ...]]:
    """What is said of a word wherever it stands: its own features, those a neighbour sees,
    its class (capitalised, digits, a month or weekday, other) for the text's cues, and
    what a neighbour sees as each of ``_NEAR`` reads it ("-1w=from")."""
    lower = word.lower()
    bare = lower.replace("’", "'").split("'")[0]
    shape = _shape(word)
    alpha = word.isalpha() or "'" in word or "’" in word
    if any(ch.isdigit() for ch in word):
        zipf = "d" if word.isdigit() else "dx"
    else:
        zipf = str(int(lazy.zipf_frequency(bare, "en"))) if alpha else "p"
    kinds = []
    if bare in lx.GIVEN_NAMES:
        kinds.append("g")
    if bare in lx.SURNAMES:
        kinds.append("n")
    if bare in lx.place_names():
        kinds.append("pl")
    elif bare in lx.small_town_names():
        kinds.append("st")
    if bare in _MONTH_OR_DAY:
        kinds.append("m")
    if bare.rstrip(".") in lx.TITLES:
        kinds.append("t")
    if bare in lx.RELATION_WORDS:
        kinds.append("r")
    if bare in lx.EPONYMS or (word[:1].isupper() and bare in lx.COMMON_CAPITALIZED):
        kinds.append("ep")
    if bare in _hospital_words():
        kinds.append("hs")
    if alpha:  # how common it is in the other languages people write here ("Mãe", "Juli")
        abroad = max(lazy.zipf_small(bare, lang) for lang in _ABROAD)
        kinds.append("a" + str(int(abroad)))
    seen = ("w=" + lower, "s=" + shape, "z=" + zipf, *("k=" + k for k in kinds))
    capital = word[:1].isupper()
    own = (
        *seen,
        "p3=" + lower[:3],
        "s3=" + lower[-3:],
        "s2=" + lower[-2:],
        "len=" + str(min(len(word), 12)),
        *(("T",) if capital and word[1:2].islower() else ()),
        *(("U",) if word.isupper() and len(word) > 1 else ()),
    )
    cls = "m" if bare in _MONTH_OR_DAY else "d" if zipf[0] == "d" else "T" if capital else "o"
    return own, seen, cls, tuple(tuple(f"{o}{f}" for f in seen) for o in _NEAR)


def features(words: list[str]) -> list[list[str]]:
    """Each word's features: its own, its two neighbours' either side, and the text's cues."""
    described = [_word_features(w) for w in words]
    lowers = [w.lower() for w in words]
    present = set(lowers)
    cues = [name for name, cue in _TEXT_CUES.items() if not present.isdisjoint(cue)]
    if "?" in present:
        cues.append("q")
    if not {"i", "kin", "pt"} & set(cues):
        cues.append("nobody")
    # (what the text says, alone and beside each class of word: made once a text)
    by_class = {cls: [f"c:{c}" for c in cues] + [f"c:{c}|{cls}" for c in cues] for cls in "mdTo"}
    phrases = _in_phrases(lowers)
    out = []
    n = len(words)
    for i, (own, _seen, cls, _near) in enumerate(described):
        f = ["b", *own, *by_class[cls]]
        if phrases[i]:
            f.append("ph=" + str(phrases[i]))
        if i == 0:
            f.append("BOS")
        if i == n - 1:
            f.append("EOS")
        for k, offset in enumerate(_NEAR):
            j = i + offset
            if 0 <= j < n:
                f.extend(described[j][3][k])
        if i > 0:
            f.append("bi=" + described[i - 1][1][0][2:] + "|" + own[0][2:])
            if words[i - 1] in ".!?:":
                f.append("after_stop")
        if i + 1 < n:
            f.append("bi+=" + own[0][2:] + "|" + described[i + 1][1][0][2:])
        out.append(f)
    return out


@dataclass(frozen=True)
class Model:
    """What ``tagger.json`` says of the model: each label's threshold, and what it learned from."""

    thresholds: dict[str, float]
    texts: int
    sets: int


_LOCAL = threading.local()


@lru_cache(maxsize=1)
def model() -> Model:
    """The model's thresholds (``tagger.json``); ``GuardBroken`` if it is missing or was built
    for other features."""
    fix = "reinstall medsocial (make install), or rebuild the model with `make tagger`"
    try:
        meta = json.loads(META.read_text(encoding="utf-8"))
        thresholds = {str(k): float(v) for k, v in meta["thresholds"].items()}
    except (OSError, ValueError, KeyError, AttributeError) as e:
        raise GuardBroken(
            "the guard's learned tagger is missing or unreadable", where=str(META), fix=fix
        ) from e
    if meta.get("features_version") != FEATURES_VERSION or not MODEL.is_file():
        raise GuardBroken(
            "the guard's learned tagger was built for another version of medsocial",
            where=str(MODEL),
            fix=fix,
        )
    return Model(thresholds, int(meta.get("texts", 0)), len(meta.get("trained_on", ())))


def _tagger() -> Any:
    """One CRFsuite tagger per thread (a tagger holds the sequence it read)."""
    tagger = getattr(_LOCAL, "tagger", None)
    if tagger is None:
        import pycrfsuite

        model()  # a missing or stale model is GuardBroken, in words, not CRFsuite's error
        tagger = pycrfsuite.Tagger()
        tagger.open(str(MODEL))
        _LOCAL.tagger = tagger
    return tagger


def probabilities(
    text: str, labels: tuple[str, ...] | None = None
) -> tuple[list[re.Match[str]], list[dict[str, float]]]:
    """Each token of ``text`` and its probability for each of ``labels`` (every label the
    model knows, "O" aside, when None)."""
    found = tokens(text)
    if not found:
        return found, []
    tagger = _tagger()
    # CRFsuite reads UTF-8: a lone surrogate (text decoded with errors="surrogateescape")
    # is read as "?"
    words = [m.group().encode("utf-8", "replace").decode("utf-8") for m in found]
    tagger.set(features(words))
    asked = labels or tuple(label for label in tagger.labels() if label != "O")
    marginal = tagger.marginal
    return found, [{label: marginal(label, i) for label in asked} for i in range(len(found))]


@dataclass
class _Run:
    label: str
    start: int
    end: int  # of its last token, a mark included
    word_end: int  # of its last word
    lowest: float


def find_learned(text: str, threshold: float | None = None) -> list[Finding]:
    """Runs of tokens whose probability for one of ``LABELS`` reaches its threshold (the
    model's, which has none for a label it leaves to the rules, dates; or ``threshold`` for
    every label): tokens next to each other (spaces apart at most) with the same label make
    one finding, which neither starts nor ends with a mark."""
    limits = model().thresholds if threshold is None else dict.fromkeys(LABELS, threshold)
    found, probs = probabilities(text, tuple(limits))
    runs: list[_Run] = []
    last: _Run | None = None
    for m, p in zip(found, probs, strict=True):
        label, best = "", 0.0
        for lab, probability in p.items():
            if probability > best:
                label, best = lab, probability
        word = m.group()[0].isalnum()
        if best < limits.get(label, 2.0):
            last = None
        elif last is not None and last.label == label and not text[last.end : m.start()].strip():
            last.end = m.end()
            last.lowest = min(last.lowest, best)
            last.word_end = m.end() if word else last.word_end
        elif word:
            last = _Run(label, m.start(), m.end(), m.end(), best)
            runs.append(last)
        else:
            last = None
    return [_finding(r.start, r.word_end, r.label, r.lowest) for r in runs]


def _finding(start: int, end: int, label: str, probability: float) -> Finding:
    return Finding(
        start,
        end,
        label,
        f"the learned tagger reads it as {LABELS[label]} "
        f"(probability {probability:.2f}) [learned.{label}]",
        BLOCK,
    )
