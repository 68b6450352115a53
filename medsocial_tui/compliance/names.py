"""Finds people's names: a capitalised run (or a lower-case given name after a greeting)
counts when something says it is a person (a title, a greeting, "my daughter", "patient",
"X's surgery", a known given name, the practice's roster) and nothing says it is one of the
practice's own people, a public figure, a disease, a place or an organisation."""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass
from itertools import accumulate

from medsocial_tui.compliance import lexicon as lx
from medsocial_tui.compliance.context import PracticeContext
from medsocial_tui.compliance.text import Doc, Token, matches_at, register_starts, word_starts

_PUBLIC = re.compile(r"\b(?:" + "|".join(re.escape(p) for p in lx.PUBLIC_FIGURES) + r")\b")
PUBLIC_FIGURE = _PUBLIC
_HOLIDAY = re.compile(
    r"\b(?:martin\s+luther\s+king|st\.?\s+patrick|saint\s+patrick|valentine|presidents)"
)
_NEWS = re.compile(
    r"\b(?:has\s+(?:spoken|talked|been\s+open|written|lived)|shared\s+(?:her|his|their)|announced"
    r"|revealed|went\s+public|story\s+raised|opened\s+up|press\s+release|told\s+(?:people|reporters))\b",
    re.IGNORECASE,
)
_STAFF_CONTEXT = re.compile(
    r"\b(?:our\s+(?:team|staff|office\s+team|front\s+desk|crew)|front\s+desk|to\s+(?:our|the)\s+team"
    r"|joins?\s+(?:us|our)|years\s+with\s+us|with\s+us\s+for|hygienists?\s+(?:week|day)"
    r"|nurses?\s+(?:week|day)|doctors?\s+day|staff\s+appreciation|hiring|employee|team\s+member"
    r"|(?:staff|team)\s+spotlight|meet\s+our|from\s+our\s+team|our\s+new\s+(?:\w+\s+)?"
    r"(?:assistant|hygienist|nurse|doctor|dentist|provider|receptionist|manager))",
    re.IGNORECASE,
)
_DISEASE_WORDS = frozenset(
    "disease syndrome palsy phenomenon lymphoma thyroiditis sign maneuver manoeuvre smear test "
    "surgery tendon virus sarcoma dystrophy ulcer reflex score law sore scale".split()
)
_CARE_NOUNS = frozenset(
    """surgery appointment appt visit smile recovery braces mom dad mother father wife husband
    son daughter twins kids family story results cleaning checkup birthday diagnosis treatment
    teeth tooth first new journey progress chart case condition health care baby parents
    grandma grandpa sister brother before after transformation photo pics x-rays xrays
    procedure crown filling implant retainer invisalign veneers dentures whitening mouth
    smile's last final big""".split()
)
_FAMILY_NOUNS = frozenset(
    "family families twins kids children household crew clan boys girls".split()
)
_SEASONS = frozenset("spring summer autumn fall winter".split())
_DATE_PREPOSITIONS = frozenset(
    "in on of this next last until till through since early late mid by every each from "
    "during before after the".split()
)
_PLACE_PREFIXES = frozenset(
    "st saint mount mt lake fort ft port camp san santa los las new".split()
)
_PRAISE = re.compile(
    r"(?:(?:congrats|congratulations|thanks|thank\s+you|shout\s*-?\s*outs?|kudos|props|cheers"
    r"|welcome(?:\s+back)?|happy\s+birthday|get\s+well(?:\s+soon)?|rip|in\s+memory\s+of"
    r"|remembering|rest\s+in\s+peace|wishing)\s+(?:to\s+|for\s+)?"
    r"|(?:prayers|hugs|love|praying|sending\s+(?:love|hugs|prayers))\s+(?:to|for)\s+"
    r"|proud\s+of\s+)$",
    re.IGNORECASE,
)
_AGE_AFTER = re.compile(r"^\s*(?:,\s*(?:age\s*)?\d{1,3}\s*[,)!.]|\(\s*(?:age\s*)?\d{1,3})")
_END = frozenset(".!?")
_THANK_YOU_BEFORE = re.compile(r"\bthank\s+you\s*,?\s*$", re.IGNORECASE)
_STAFF_AFTER = re.compile(
    r"^\s*(?:,\s*(?:our|the|a|an)\s+(?:new\s+|lead\s+|head\s+)?\w+|,?\s*(?:"
    + "|".join(re.escape(c) for c in lx.CREDENTIALS)
    + r")\b|\s+from\s+(?:our|the)\s+(?:front|team|office|billing)"
    + r"|\s+(?:joins|joined)\s+(?:us|our))"
)
_PUBLIC_AFTER = re.compile(
    r"\s*,\s*(?:the\s+)?(?:" + "|".join(sorted(lx.PUBLIC_TITLES)) + r")\b", re.IGNORECASE
)
_PATIENT_AFTER = re.compile(r"^\s*[,(]\s*(?:our|a|the|my)\s+(?:\w+\s+)?patients?\b", re.IGNORECASE)
_HEALTH_START = re.compile(
    r"\s*(?:" + "|".join(re.escape(t) for t in lx.HEALTH_TERMS) + r")\b", re.IGNORECASE
)
_SECOND_PERSON = re.compile(r"\b(?:you|your|you're|we're)\b", re.IGNORECASE)
_ACTION_VERBS = frozenset(
    """got had came finished lost turned brought started completed celebrated passed won
    received went made graduated beat showed loves says said just asked wanted needed took
    broke fell hurt chipped knocked rocked crushed nailed aced survived beat
    """.split()
)


# "I'm Sven": the writer's own words before a name, never part of it.
_FIRST_PERSON = frozenset({"i", "i'm", "i’m", "i've", "i’ve", "i'd", "i’d", "i'll", "i’ll"})


@dataclass(slots=True)
class NameSpan:
    start: int
    end: int
    reason: str


# Public figures and holidays start at their first word (``text.register_starts``).
register_starts(
    "names.public",
    " ".join(sorted({re.match(r"\w+", p).group() + "=" for p in lx.PUBLIC_FIGURES})),  # type: ignore[union-attr]
)
register_starts("names.holiday", "martin= st= saint= val pre")


def _suppressed_ranges(text: str, ctx: PracticeContext) -> list[tuple[int, int]]:
    lower = text.lower()
    starts = word_starts(text)  # the words of ``lower`` are those of ``text``, same offsets
    if starts is None:
        public, holiday = _PUBLIC.finditer(lower), _HOLIDAY.finditer(lower)
    else:
        public = matches_at(_PUBLIC, lower, starts.get("names.public", ()))
        holiday = matches_at(_HOLIDAY, lower, starts.get("names.holiday", ()))
    ranges = [(m.start(), m.end()) for m in public]
    ranges += [(m.start(), m.end()) for m in holiday]
    if ctx.staff_name_pattern is not None:
        ranges += [(m.start(), m.end()) for m in ctx.staff_name_pattern.finditer(lower)]
    return ranges


class _Finder:
    """One pass over one text."""

    def __init__(self, doc: Doc, ctx: PracticeContext) -> None:
        self.doc = doc
        self.ctx = ctx
        self.tokens = doc.tokens
        suppressed = sorted(_suppressed_ranges(doc.text, ctx))
        self.suppressed_starts = [s for s, _ in suppressed]
        # The furthest end among the ranges starting up to each one: overlap by bisection.
        self.suppressed_reach = list(accumulate((e for _, e in suppressed), max))
        self.found: list[NameSpan] = []
        # Per sentence: whether a pattern occurs in it (each sentence read once).
        self._staff: dict[int, bool] = {}
        self._news: dict[int, bool] = {}
        self._second_person: dict[int, bool] = {}

    # -- looking around a token -------------------------------------------------------
    def words_before(self, i: int, k: int = 3) -> list[str]:
        """Up to ``k`` lower-case words before token ``i`` in the same sentence."""
        out: list[str] = []
        sentence = self.tokens[i].sentence
        j = i - 1
        while j >= 0 and len(out) < k:
            t = self.tokens[j]
            if t.sentence != sentence:
                break
            if t.kind == "word":
                out.append(t.lower if not t.possessive else t.base.lower())
            j -= 1
        return out

    def previous_word_token(self, i: int) -> Token | None:
        j = i - 1
        while j >= 0 and self.tokens[j].kind != "word":
            if self.tokens[j].sentence != self.tokens[i].sentence:
                return None
            j -= 1
        return (
            self.tokens[j]
            if j >= 0 and self.tokens[j].sentence == self.tokens[i].sentence
            else None
        )

    def token_between(self, i: int) -> bool:
        """True when punctuation follows token ``i`` (so the next word is not its verb)."""
        nxt = self.token_after(i)
        return nxt is not None and nxt.kind == "punct"

    def token_before(self, i: int) -> Token | None:
        return self.tokens[i - 1] if i > 0 else None

    def token_after(self, i: int) -> Token | None:
        return self.tokens[i + 1] if i + 1 < len(self.tokens) else None

    def next_word(self, i: int) -> Token | None:
        j = i + 1
        while j < len(self.tokens) and self.tokens[j].kind not in ("word", "num", "newline"):
            if self.tokens[j].text in _END:
                return None
            j += 1
        if j < len(self.tokens) and self.tokens[j].kind == "word":
            return self.tokens[j]
        return None

    def is_suppressed(self, start: int, end: int) -> bool:
        """True when a suppressed range (a public figure, a holiday, a staff name) overlaps
        ``start:end``: among the ranges starting before ``end``, one reaches past ``start``."""
        before_end = bisect_left(self.suppressed_starts, end)
        return before_end > 0 and self.suppressed_reach[before_end - 1] > start

    def text_before(self, i: int, chars: int = 40) -> str:
        start = self.tokens[i].start
        sentence_start = self.doc.sentences[self.tokens[i].sentence][0]
        return self.doc.text[max(sentence_start, start - chars) : start]

    def staff_context(self, i: int) -> bool:
        index = self.tokens[i].sentence
        known = self._staff.get(index)
        if known is None:
            begin = self.doc.sentences[max(0, index - 1)][0]
            end = self.doc.sentences[index][1]
            known = self._staff[index] = bool(_STAFF_CONTEXT.search(self.doc.text, begin, end))
        return known

    def sentence_has(self, cache: dict[int, bool], pattern: re.Pattern[str], index: int) -> bool:
        known = cache.get(index)
        if known is None:
            known = cache[index] = bool(pattern.search(self.doc.sentence_text(index)))
        return known

    # -- runs -------------------------------------------------------------------------
    def run_from(self, i: int) -> list[int]:
        """Indices of a capitalised run starting at ``i`` ("Mrs. Ruth Abernathy")."""
        run = [i]
        j = i
        while True:
            t = self.tokens[j]
            if t.possessive:
                break
            k = j + 1
            if (
                k < len(self.tokens)
                and self.tokens[k].text == "."
                and (t.lower in lx.TITLES or (len(t.base) == 1 and t.base.isupper()))
            ):
                k += 1
            if (
                k < len(self.tokens)
                and self.tokens[k].capitalized
                and self.tokens[k].start - self.tokens[k - 1].end <= 1
            ):
                run.append(k)
                j = k
                continue
            break
        return run

    def run(self) -> list[NameSpan]:
        i = 0
        n = len(self.tokens)
        while i < n:
            t = self.tokens[i]
            if t.kind != "word":
                i += 1
                continue
            if t.capitalized:
                run = self.run_from(i)
                self.classify(run)
                i = run[-1] + 1
                continue
            self.lowercase(i)
            i += 1
        self.roster_pass()
        return self.found

    # -- deciding ---------------------------------------------------------------------
    def classify(self, run: list[int]) -> None:
        toks = self.tokens
        strong = ""
        words = [toks[j] for j in run]
        while words and words[0].lower in lx.TITLES:
            strong = "a title (Mr., Mrs., Ms.) before a name"
            words = words[1:]
        if words and len(words) > 1 and words[0].lower in lx.RELATION_WORDS | {"coach"}:
            strong = strong or "a family word before a name"
            words = words[1:]
        while len(words) > 1 and self.is_lead_word(words[0], words[1]):
            words = words[1:]
            if words[0].lower in lx.TITLES:
                strong = "a title (Mr., Mrs., Ms.) before a name"
                words = words[1:]
        if not words:
            return
        first, last = words[0], words[-1]
        first_index = toks.index(first, run[0])
        last_index = toks.index(last, first_index)
        start, end = first.start, last.start + len(last.base)
        lowers = [w.base.lower() for w in words]
        before = self.words_before(first_index, 4)
        prev = before[0] if before else ""
        after = self.next_word(last_index)
        after_lower = after.lower if after else ""

        # Never a patient's name.
        if prev in ("dr", "doctor", "dra") and not strong:
            return
        if self.is_suppressed(start, end):
            return
        if len(words) == 1 and first.base.isupper() and len(first.base) > 1 and not strong:
            return
        if any(w in lx.ORG_SUFFIXES for w in lowers[1:]) or (
            after and after.capitalized and after_lower in lx.ORG_SUFFIXES
        ):
            return
        if after and after.capitalized and after_lower in lx.CALENDAR_NOUNS:
            return
        if len(words) == 1 and lowers[0] in lx.CALENDAR_NOUNS and not strong:
            return
        if any(w in self.ctx.practice_words for w in lowers):
            return
        if _PUBLIC_AFTER.match(self.doc.text, end):
            return
        if (
            prev in _PLACE_PREFIXES
            or prev in lx.PUBLIC_TITLES
            or (len(before) > 1 and before[1] in ("president", "first", "surgeon", "governor"))
        ):
            return
        if any(
            w in lx.EPONYMS and w not in lx.GIVEN_NAMES and w not in lx.SURNAMES for w in lowers
        ):
            return
        if last.lower in lx.EPONYMS or lowers[-1] in lx.EPONYMS:
            if after_lower in _DISEASE_WORDS:
                return
        if after_lower in _DISEASE_WORDS and last.possessive:
            return

        # What says it is a person.
        reason = strong
        prev_token = self.previous_word_token(first_index)
        if (
            not reason
            and prev_token is not None
            and not prev_token.capitalized
            and not prev_token.possessive
            and (prev in lx.RELATION_WORDS or prev in lx.AFFECTION_WORDS)
        ):
            if not (len(words) == 1 and lowers[0] in lx.COMMON_CAPITALIZED):
                reason = "follows a word like patient, daughter or little"
        if (
            not reason
            and prev == "the"
            and (
                (
                    after_lower in _FAMILY_NOUNS
                    and (lowers[-1] in lx.SURNAMES or lowers[0] in lx.GIVEN_NAMES)
                )
                or (len(words) == 1 and lowers[0].endswith("s") and lowers[0][:-1] in lx.SURNAMES)
            )
        ):
            reason = "a family named in a post"
        if (
            not reason
            and last.possessive
            and (
                after_lower in _CARE_NOUNS
                or after_lower in lx.HEALTH_SINGLE_WORDS
                or _HEALTH_START.match(self.doc.text, last.end)
            )
        ):
            if lowers[0] not in lx.COMMON_CAPITALIZED and lowers[0] not in lx.MONTHS | lx.WEEKDAYS:
                reason = "someone's care or family (\"X's surgery\")"
        known = lowers[0] in lx.GIVEN_NAMES or lowers[0] in lx.SURNAMES or lowers[-1] in lx.SURNAMES
        ambiguous = lowers[0] in lx.AMBIGUOUS_NAMES
        common = lowers[0] in lx.COMMON_CAPITALIZED or lowers[0] in lx.GREETING_TARGETS
        if not reason and not common:
            lead = self.text_before(first_index)
            if prev in lx.GREETINGS or _THANK_YOU_BEFORE.search(lead):
                reason = "a greeting addressed to someone"
            elif _PRAISE.search(lead):
                reason = "a shout-out or wishes to someone"
        if not reason and ambiguous and len(words) > 1 and lowers[1] in lx.SURNAMES:
            reason = "a given and family name"
        if (
            not reason
            and ambiguous
            and first.sentence_start
            and len(words) == 1
            and not (lowers[0] in lx.MONTHS or lowers[0] in _SEASONS)
        ):
            if (
                after is not None
                and after_lower in _ACTION_VERBS
                and not self.token_between(last_index)
            ):
                reason = 'a name doing something ("Chase got his cast off")'
        if not reason and (known or ambiguous) and not common:
            before_tok = self.token_before(first_index)
            after_tok = self.token_after(last_index)
            after_text = after_tok.text if after_tok else ""
            if (
                before_tok
                and before_tok.text == ","
                and (after_tok is None or after_text in _END or after_tok.kind == "newline")
            ):
                reason = "someone addressed by name"
            elif (
                first.sentence_start
                and after_text == ","
                and not self._list_follows(last_index)
                and (
                    first_index == 0
                    or self.sentence_has(self._second_person, _SECOND_PERSON, first.sentence)
                )
            ):
                reason = "someone addressed by name"
            elif _PATIENT_AFTER.match(self.doc.text[end : end + 40]):
                reason = 'a name followed by "our patient"'
            elif _AGE_AFTER.match(self.doc.text[end : end + 12]):
                reason = "a name with an age"
        staff = self.is_staff(words, first_index, last_index, before)
        if staff and not strong:
            return
        if reason == "someone addressed by name" and self.staff_context(first_index):
            return
        if reason:
            self.add(start, end, reason)
            return

        # Known given names with no cue: weaker, so more things can rule them out.
        if common or self.staff_context(first_index):
            return
        if len(words) > 1 and self.sentence_has(self._news, _NEWS, first.sentence):
            return
        if lowers[0] in lx.GIVEN_NAMES and not ambiguous:
            if lowers[0] in lx.MONTHS and (
                prev in _DATE_PREPOSITIONS
                or self._number_precedes(first_index)
                or (after is None and self._number_follows(last_index))
            ):
                return
            self.add(start, end, "a person's given name")
            return
        if ambiguous:
            if lowers[0] in lx.MONTHS | _SEASONS and (
                prev in _DATE_PREPOSITIONS
                or self._number_follows(last_index)
                or self._number_precedes(first_index)
            ):
                return
            if len(words) > 1 and lowers[1] in lx.SURNAMES:
                self.add(start, end, "a given and family name")
            elif (
                len(words) == 1
                and not first.sentence_start
                and not self._number_follows(last_index)
            ):
                self.add(start, end, "a person's given name")

    @staticmethod
    def is_lead_word(word: Token, following: Token) -> bool:
        """A capitalised word that starts a run without being part of a name ("Hi Maria")."""
        lower = word.base.lower()
        if word.possessive:
            return False
        if lower in lx.AMBIGUOUS_NAMES and following.base.lower() in lx.SURNAMES:
            return False
        return (
            lower in _FIRST_PERSON
            or lower in lx.COMMON_CAPITALIZED
            or lower in lx.GREETINGS
            or lower in lx.MONTHS
            or lower in lx.WEEKDAYS
            or lower in lx.PUBLIC_TITLES
        )

    def _list_follows(self, i: int) -> bool:
        """A comma then another capitalised name: a list of people, not a greeting."""
        nxt = self.next_word(i)
        return bool(nxt and nxt.capitalized and nxt.lower in lx.GIVEN_NAMES)

    def _number_precedes(self, i: int) -> bool:
        """A day number right before a month word: "6 Jan" is a date, not a person."""
        j = i - 1
        while j >= 0 and self.tokens[j].kind not in ("word", "num", "newline"):
            if self.tokens[j].text.strip():
                return False
            j -= 1
        return j >= 0 and self.tokens[j].kind == "num"

    def _number_follows(self, i: int) -> bool:
        nxt = self.token_after(i)
        return bool(nxt and nxt.kind == "num")

    def is_staff(
        self, words: list[Token], first_index: int, last_index: int, before: list[str]
    ) -> bool:
        lowers = {w.base.lower() for w in words}
        if self.ctx.staff_words and lowers <= self.ctx.staff_words:
            return True
        if any(w in lx.STAFF_WORDS and w not in ("dr", "doctor") for w in before[:3]):
            return True
        tail = self.doc.text[self.tokens[last_index].end : self.tokens[last_index].end + 40].lower()
        if _STAFF_AFTER.match(tail):
            following = re.match(
                r"^\s*,\s*(?:our|the|a|an)\s+(?:new\s+|lead\s+|head\s+)?(\w+)", tail
            )
            return (
                not following
                or following.group(1) in lx.STAFF_WORDS
                or following.group(1)
                in (
                    "hygienist",
                    "dental",
                    "front",
                    "office",
                    "billing",
                    "physical",
                    "nurse",
                    "pediatric",
                )
            )
        return False

    def lowercase(self, i: int) -> None:
        """Casual replies: "hi maria", "thanks jake!!", "feels better danny!"."""
        t = self.tokens[i]
        if (
            t.lower not in lx.GIVEN_NAMES
            or t.lower in lx.AMBIGUOUS_NAMES
            or t.lower in lx.COMMON_CAPITALIZED
        ):
            return
        if self.is_suppressed(t.start, t.end) or t.lower in self.ctx.staff_words:
            return
        before = self.words_before(i, 1)
        if before and before[0] in lx.GREETINGS:
            self.add(t.start, t.start + len(t.base), "a greeting addressed to someone")
            return
        sentence_start = self.doc.sentences[t.sentence][0]
        text = self.doc.text
        while sentence_start < len(text) and text[sentence_start].isspace():
            sentence_start += 1
        first_char = text[sentence_start : sentence_start + 1]
        nxt = self.token_after(i)
        if first_char.islower() and before and (nxt is None or nxt.text in _END):
            self.add(t.start, t.start + len(t.base), "someone addressed by name")

    def roster_pass(self) -> None:
        roster = self.ctx.roster
        if roster is None:
            return
        words = [t for t in self.tokens if t.kind == "word"]
        for a, b in zip(words, words[1:], strict=False):
            if b.start - a.end > 2 or not (a.capitalized or a.lower in lx.GIVEN_NAMES):
                continue
            if roster.has_full_name(a.base, b.base):
                self.add(
                    a.start, b.start + len(b.base), "the name of a patient on the practice's roster"
                )
        for index, t in enumerate(self.tokens):
            if t.kind != "word" or not t.capitalized or self.is_suppressed(t.start, t.end):
                continue
            lower = t.base.lower()
            if t.sentence_start and (lower in lx.AMBIGUOUS_NAMES or lower in lx.COMMON_CAPITALIZED):
                continue
            if lower in self.ctx.staff_words or lower in lx.EPONYMS:
                continue
            before = self.words_before(index, 3)
            if any(w in lx.STAFF_WORDS and w not in ("dr", "doctor") for w in before):
                continue
            if roster.has_given_name(t.base) or roster.has_surname(t.base):
                self.add(
                    t.start, t.start + len(t.base), "the name of a patient on the practice's roster"
                )

    def add(self, start: int, end: int, reason: str) -> None:
        """Widen an overlapping recent span or add one; the guard merges overlapping name
        spans found further apart (the roster pass) afterwards."""
        for span in self.found[-4:]:
            if span.start < end and start < span.end:
                span.start, span.end = min(span.start, start), max(span.end, end)
                return
        self.found.append(NameSpan(start, end, reason))


def find_names(doc: Doc, ctx: PracticeContext) -> list[NameSpan]:
    """Spans of ``doc.text`` that name a private person."""
    return _Finder(doc, ctx).run()
