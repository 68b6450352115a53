"""Which parts of a post X and Mastodon take for links, by the official twitter-text rules.

X counts every link it finds as 23 characters, and Mastodon counts each link it finds with
twitter-text's extractor (changed a little: more path characters, a few more protocols, and
only links that start with a protocol) as its instance's ``characters_reserved_per_url``
(23 unless the instance says otherwise). A counter that finds links by another
rule says "fits" for posts the network then refuses, or refuses posts that fit. So this is a
port of twitter-text's URL extraction (version 3.1.0) with its own list of top-level domains,
``tld_lib.yml``, checked against twitter-text's conformance data in the tests.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass
from functools import cache
from importlib.resources import files

import regex

MAX_URL_LENGTH = 4096
MAX_TCO_SLUG_LENGTH = 40
DEFAULT_PROTOCOL = "https://"


class Flavour(enum.Enum):
    X = "x"
    """twitter-text as published: links with or without a protocol."""
    MASTODON = "mastodon"
    """Mastodon's rules: only links with a protocol, wider path and query characters."""


@dataclass(frozen=True)
class Link:
    """A link as the network finds it: ``text[start:end] == url``."""

    url: str
    start: int
    end: int


def top_level_domains() -> dict[str, tuple[str, ...]]:
    """The official list, ``{"country": (...), "generic": (...)}``, in its own order."""
    groups: dict[str, list[str]] = {}
    current: list[str] | None = None
    source = files(__package__).joinpath("tld_lib.yml").read_text("utf-8")
    for line in source.splitlines():
        if line.endswith(":") and not line.startswith("-"):
            current = groups.setdefault(line[:-1].strip(), [])
        elif line.startswith("- ") and current is not None:
            current.append(line[2:].strip().strip("'\""))
    return {name: tuple(items) for name, items in groups.items()}


# The pieces, named as twitter-text names them.

_SPACES = r"\x09-\x0D\x20\x85\xA0\u1680\u180E\u2000-\u200A\u2028\u2029\u202F\u205F\u3000"
_INVALID = r"\uFFFE\uFEFF\uFFFF"
_DIRECTIONAL = r"\u202A-\u202E\u061C\u200E\u200F\u2066\u2067\u2068\u2069"
_PUNCT = r"\!'#%&'\(\)*\+,\\\-\.\/:;<=>\?@\[\]\^_{|}~\$"
_CYRILLIC = r"\u0400-\u04FF"
_LATIN_ACCENTS = (
    r"\xC0-\xD6\xD8-\xF6\xF8-\xFF\u0100-\u024F\u0253\u0254\u0256\u0257\u0259\u025B\u0263"
    r"\u0268\u026F\u0272\u0289\u028B\u02BB\u0300-\u036F\u1E00-\u1EFF"
)
_DOMAIN_CHAR = f"[^{_PUNCT}{_SPACES}{_INVALID}{_DIRECTIONAL}]"
MAX_LABELS = 20
"""Subdomain labels in front of the registered name. twitter-text sets no bound, which lets a
run like ``a.a.a.a…`` take minutes; twenty is far beyond any real address."""
MAX_LABEL = 63
"""Characters in one label, as DNS allows; a longer one fails the IDNA check anyway."""
# twitter-text's labels, written so that each character can be read one way only (its
# ``(?:c(?:[_-]|c)*)?c`` lets the engine try every split of a long label).
_SUBDOMAIN = f"(?:{_DOMAIN_CHAR}(?:[_-]{{0,{MAX_LABEL}}}{_DOMAIN_CHAR}){{0,{MAX_LABEL - 1}}}\\.)"
_DOMAIN_NAME = f"(?:{_DOMAIN_CHAR}(?:-{{0,{MAX_LABEL}}}{_DOMAIN_CHAR}){{0,{MAX_LABEL - 1}}}\\.)"
_PUNYCODE = r"(?:xn--[\-0-9a-z]+)"
_PORT = r"[0-9]+"
_PRECEDING = f"(?:[^A-Za-z0-9@＠$#＃{_INVALID}]|[{_DIRECTIONAL}]|^)"
_INVALID_BEFORE_BARE = regex.compile(r"[-_./]$")

_PATH_CHAR = f"[a-z{_CYRILLIC}0-9!\\*';:=\\+,\\.\\$\\/%#\\[\\]\\-\\u2013_~@\\|&{_LATIN_ACCENTS}]"
_QUERY_CHAR = r"[a-z0-9!?\*'@\(\);:&=\+\$\/%#\[\]\-_\.,~|]"
_QUERY_END = r"[a-z0-9\-_&=#\/]"

_WIDE = (
    "\u00a0-\ud7ff\uf900-\ufdcf\ufdf0-\uffef"
    + "".join(f"{chr(plane << 16)}-{chr((plane << 16) + 0xFFFD)}" for plane in range(1, 14))
    + f"{chr(0xE1000)}-{chr(0xEFFFD)}\ue000-\uf8ff{chr(0xF0000)}-{chr(0xFFFFD)}"
    + f"{chr(0x100000)}-{chr(0x10FFFD)}"
)
"""Mastodon's UCHARS: what may stand in a query besides ASCII."""


def _balanced(path_char: str) -> str:
    """A pair of parentheses, one level nested at most."""
    return f"\\((?:{path_char}+|(?:{path_char}*\\({path_char}+\\){path_char}*))\\)"


def _tld(group: str) -> str:
    """A top-level domain of the named list, ending where twitter-text says one ends."""
    return f"(?:\\L<{group}>(?=[^0-9a-zA-Z@+-]|$))"


@cache
def _patterns(
    flavour: Flavour,
) -> tuple[regex.Pattern[str], regex.Pattern[str], regex.Pattern[str]]:
    """The link pattern, the ASCII-domain pattern and the t.co pattern of a flavour."""
    tlds = top_level_domains()
    # Every top-level domain has two characters at least: checking that first spares the
    # list lookups where a label is followed by one letter and a dot.
    ending = f"(?=[^\\W_]{{2}}|xn--)(?:{_tld('generic')}|{_tld('country')}|{_PUNYCODE})"
    domain = f"(?:{_SUBDOMAIN}{{0,{MAX_LABELS}}}{_DOMAIN_NAME}{ending})"
    ascii_domain = f"(?:(?:[\\-a-z0-9{_LATIN_ACCENTS}]+)\\.)+{ending}"
    if flavour is Flavour.X:
        path_char, query_char, query_end = _PATH_CHAR, _QUERY_CHAR, _QUERY_END
        path_end = f"[\\+\\-a-z{_CYRILLIC}0-9=_#\\/{_LATIN_ACCENTS}]|(?:{_balanced(_PATH_CHAR)})"
        path = (
            f"(?:(?:{path_char}*(?:{_balanced(path_char)}{path_char}*)*(?:{path_end}))"
            f"|(?:@{path_char}+/))"
        )
        protocol = r"https?:\/\/"
    else:
        path_char = r"[^\p{White_Space}<>()?]"
        # Mastodon builds its ending rule before it widens the parentheses rule, so the
        # ending keeps twitter-text's own parentheses.
        path_end = (
            r"[^\p{White_Space}()?!*\"'「」<>;:=,.$%\[\]~&|@]" f"|(?:{_balanced(_PATH_CHAR)})"
        )
        path = (
            f"(?:(?:{path_char}*(?:{_balanced(path_char)}{path_char}*)*(?:{path_end}))"
            f"|(?:{path_char}+/))"
        )
        query_char = f"[a-z0-9!?*'();:&=+$/%#\\[\\]\\-_.,~|@\\^{_WIDE}]"
        query_end = f"[a-z0-9_&=#/\\-{_WIDE}]"
        protocol = r"(?:https?|dat|dweb|ipfs|ipns|ssb|gopher|gemini):\/\/"
    link = (
        f"(({_PRECEDING})(({protocol})?({domain})(?::({_PORT}))?(\\/{path}*)?"
        f"(\\?{query_char}*{query_end})?))"
    )
    flags = regex.IGNORECASE | regex.V0
    tco = regex.compile(
        f"^https?:\\/\\/t\\.co\\/([a-z0-9]+)(?:\\?{query_char}*{query_end})?", flags
    )
    generic, country = list(tlds["generic"]), list(tlds["country"])
    return (
        regex.compile(link, flags, generic=generic, country=country),
        regex.compile(ascii_domain, flags, generic=generic, country=country),
        tco,
    )


def prepare(flavour: Flavour) -> None:
    """Build the flavour's patterns now (a tenth of a second or so, once per process), so the
    first count as a person types does not pay for it."""
    _patterns(flavour)


def _ascii(domain: str) -> str | None:
    try:
        return domain.encode("idna").decode("ascii")
    except UnicodeError:
        return None


def _valid(url: str, protocol: str, domain: str) -> bool:
    encoded = _ascii(domain)
    if not encoded:
        return False
    return len(protocol) + len(url) + len(encoded) - len(domain) <= MAX_URL_LENGTH


def extract_links(text: str, flavour: Flavour = Flavour.X) -> list[Link]:
    """The links the network finds in ``text``, in order, with code point offsets."""
    bare_allowed = flavour is Flavour.X
    if not text or ("." not in text if bare_allowed else ":" not in text):
        return []
    link, ascii_domain, tco = _patterns(flavour)
    found: list[Link] = []
    for match in link.finditer(text):
        before, url, protocol, domain, path = (match.group(i) for i in (2, 3, 4, 5, 7))
        end = match.end()
        start = end - len(url)
        if not _valid(url, protocol or DEFAULT_PROTOCOL, domain):
            continue
        if not protocol:
            if not bare_allowed or _INVALID_BEFORE_BARE.search(before):
                continue
            last: Link | None = None
            for part in ascii_domain.finditer(domain):
                last = Link(part.group(), start + part.start(), start + part.end())
                found.append(last)
            if last is None:
                continue
            if path:
                found[-1] = Link(url.replace(domain, last.url), last.start, end)
            continue
        short = tco.match(url)
        if short:
            if len(short.group(1)) > MAX_TCO_SLUG_LENGTH:
                continue
            url = short.group()
            end = start + len(url)
        found.append(Link(url, start, end))
    return found
