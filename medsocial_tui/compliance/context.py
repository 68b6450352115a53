"""What the guard knows about the practice, so its own details are not mistaken for a
patient's: phones, address, website, providers and staff, trusted sources, the portal, and
an optional roster of patient names held as keyed hashes."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cached_property
from typing import TYPE_CHECKING, Protocol
from urllib.parse import urlsplit

if TYPE_CHECKING:
    from medsocial_tui.home.config import PracticeConfig

_WORD = re.compile(r"[A-Za-zÀ-ÿ]+(?:['’][A-Za-zÀ-ÿ]+)*")
# A word of any script with its inner apostrophes ("O'Brien", "Łukasz", "N’Dour"): how
# ``own_words`` and ``phi._learned`` both split words, so that a name of the practice's own
# people is matched whole in a finding as it was stored.
_OWN_WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)*")


def own_word_keys(words: str) -> list[str]:
    """The words of ``words`` as ``own_words`` keeps them: lower case, one apostrophe,
    without a possessive "'s" ("O’Brien's" -> "o'brien")."""
    out = []
    for w in _OWN_WORD.findall(words):
        w = w.lower().replace("’", "'")
        if w.endswith("'s") and len(w) > 3:
            w = w[:-2]
        out.append(w)
    return out


_NOT_DIGIT = re.compile(r"\D")
_NOT_NAMES = frozenset({"dr", "doctor", "mr", "mrs", "ms", "miss", "the", "of", "and"})


class RosterChecker(Protocol):
    """Answers "is this a current patient's name?" without holding names in clear."""

    def has_full_name(self, first: str, last: str) -> bool: ...

    def has_given_name(self, word: str) -> bool: ...

    def has_surname(self, word: str) -> bool: ...


def digits_of(phone: str) -> str:
    """The last ten digits, so +1 (312) 555-0142 and 312.555.0142 compare equal."""
    return _NOT_DIGIT.sub("", phone)[-10:]


def domain_of(url_or_domain: str) -> str:
    """``https://www.Example.org/x`` -> ``example.org``."""
    raw = url_or_domain.strip().lower()
    if not raw:
        return ""
    try:
        host = urlsplit(raw if "//" in raw else "//" + raw).hostname or ""
    except ValueError:  # a bracket in the host ("[link=https://x]") is no address at all
        return ""
    return host.removeprefix("www.")


@dataclass(frozen=True)
class PracticeContext:
    """The practice's own details. Every field is optional: the guard runs without any."""

    phones: tuple[str, ...] = ()
    address: str = ""
    website: str = ""
    provider_names: tuple[str, ...] = ()
    trusted_domains: tuple[str, ...] = ()
    portal_url: str = ""
    roster: RosterChecker | None = field(default=None, compare=False, repr=False)
    practice_name: str = ""
    is_reply: bool = False

    @classmethod
    def from_config(
        cls,
        config: PracticeConfig,
        provider_names: tuple[str, ...] | list[str] = (),
        roster: RosterChecker | None = None,
    ) -> PracticeContext:
        """Build the context from ``practice.toml`` plus staff names and the roster."""
        return cls(
            phones=(config.phone,) if config.phone else (),
            address=config.address,
            website=config.website,
            provider_names=tuple(provider_names),
            trusted_domains=tuple(config.trusted_sources),
            portal_url=config.portal_url,
            roster=roster,
            practice_name=config.name,
        )

    @cached_property
    def own_phone_digits(self) -> frozenset[str]:
        return frozenset(d for d in (digits_of(p) for p in self.phones) if len(d) >= 7)

    @cached_property
    def own_domains(self) -> frozenset[str]:
        return frozenset(d for d in (domain_of(self.website), domain_of(self.portal_url)) if d)

    @cached_property
    def trusted(self) -> frozenset[str]:
        return frozenset(domain_of(d) for d in self.trusted_domains if d) | self.own_domains

    @cached_property
    def staff_words(self) -> frozenset[str]:
        """Every word of every provider's and staff member's name, lower case."""
        words: set[str] = set()
        for name in self.provider_names:
            words.update(w.lower() for w in _WORD.findall(name))
        # a phone's keyboard writes "N’Dour" for the "N'Dour" of the staff list: both stand
        words |= {w.replace("'", "’") for w in words} | {w.replace("’", "'") for w in words}
        return frozenset(words - _NOT_NAMES)

    @cached_property
    def doctors_given_names(self) -> frozenset[str]:
        """The given names of doctors listed with the title ("Dr. Sofia Ramirez") that are no
        other word of a staff name: a practice writes "Dr. Ramirez", so "Sofia" alone is
        more likely someone else."""
        given: set[str] = set()
        others: set[str] = set()
        for name in self.provider_names:
            found = [w.lower() for w in _WORD.findall(name)]
            if len(found) > 2 and found[0] in ("dr", "doctor"):
                given.add(found[1])
                others.update(found[2:])
            else:
                others.update(found)
        return frozenset(given - others)

    @cached_property
    def staff_name_pattern(self) -> re.Pattern[str] | None:
        """Matches any provider's or staff member's full name (without "Dr."), lower case."""
        cores = [
            re.sub(r"^(?:dr\.?|doctor)\s+", "", name.strip().lower())
            for name in self.provider_names
        ]
        cores = [re.sub("['’]", "['’]", re.escape(c)) for c in cores if c]
        return re.compile("|".join(cores)) if cores else None

    @cached_property
    def practice_words(self) -> frozenset[str]:
        """Distinctive words of the practice's name ("Riverbend"), never a patient's name."""
        words = {w.lower() for w in _WORD.findall(self.practice_name)}
        return frozenset(w for w in words if w not in _NOT_NAMES and len(w) > 2)

    @cached_property
    def own_words(self) -> frozenset[str]:
        """Every word of the practice's people, its name and its address, lower case: what
        the learned tagger's finding may be made of and still be the practice's own
        (``phi._learned``). Made once a context, not once a post."""
        words = {w for name in self.provider_names for w in own_word_keys(name)} - _NOT_NAMES
        words.update(w for w in own_word_keys(self.practice_name) if w not in _NOT_NAMES)
        words.update(own_word_keys(self.address))
        # (staff75) and as the guard's fold writes them: the tagger reads the folded text
        # ("Siobhán" is read "Siobhan"), so a colleague with an accent is matched too.
        # (Imported here: a context is made at start-up by commands that never run the
        # guard, and the fold's module costs some 25 ms to import.)
        from medsocial_tui.compliance.normalize import normalize

        words.update(normalize(w).text for w in list(words))
        return frozenset(words)

    @cached_property
    def address_key(self) -> tuple[str, str] | None:
        """House number and first street word of the practice's address."""
        m = re.search(r"\b(\d{1,6})\s+(?:[NSEW]\.?\s+)?([A-Za-z]+)", self.address)
        return (m.group(1), m.group(2).lower()) if m else None

    @cached_property
    def zip_codes(self) -> frozenset[str]:
        return frozenset(re.findall(r"\b\d{5}\b", self.address))


EMPTY_CONTEXT = PracticeContext()
