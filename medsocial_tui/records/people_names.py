"""What a login and a person's name may be. Both are shown to everyone (queue, audit, exports)
and a login is matched against the system's, so look-alike letters, direction overrides and
control characters are refused in words rather than stored."""

from __future__ import annotations

import re
import unicodedata

from medsocial_tui.errors import UsageError

LOGIN = re.compile(r"[a-z_][a-z0-9_-]{0,31}")
"""The portable system user name (useradd's default rule): a-z, digits, _ and -."""

MAX_NAME = 120

_BIDI = {
    "\u061c",
    "\u200e",
    "\u200f",
    "\u202a",
    "\u202b",
    "\u202c",
    "\u202d",
    "\u202e",
    "\u2066",
    "\u2067",
    "\u2068",
    "\u2069",
}


def check_login(login: str) -> str:
    """``login`` unchanged when it is a plain system login; otherwise UsageError in words."""
    if LOGIN.fullmatch(login):
        return login
    odd = next((c for c in login if not (c.isascii() and (c.isalnum() or c in "_-"))), None)
    if odd is not None:
        detail = f"it holds {_describe(odd)}"
    elif login[:1].isdigit() or login[:1] == "-":
        detail = "it starts with a digit or -"
    elif login != login.lower():
        detail = "it has capital letters"
    else:
        detail = "it is empty or longer than 32 characters"
    raise UsageError(
        f"login {login!r} is not a system login: {detail}",
        fix="use the person's SSH login: lowercase a-z, digits, _ and - (starting with a "
        "letter or _), at most 32",
    )


def clean_name(name: str, *, what: str = "name") -> str:
    """A person's name, NFKC-normalised and trimmed; refused when it holds a control or
    direction-override character, or is empty or overlong."""
    for char in name:
        if char in _BIDI or unicodedata.category(char) in {"Cc", "Cf", "Cs", "Co", "Cn"}:
            raise UsageError(
                f"the {what} holds {_describe(char)}, which can disguise what is shown",
                fix=f"type the {what} again without it",
            )
    cleaned = " ".join(unicodedata.normalize("NFKC", name).split())
    if not cleaned:
        raise UsageError(f"the {what} is empty", fix=f"type the {what}")
    if len(cleaned) > MAX_NAME:
        raise UsageError(f"the {what} is {len(cleaned)} characters", fix=f"keep it to {MAX_NAME}")
    return cleaned


def _describe(char: str) -> str:
    name = unicodedata.name(char, "")
    code = f"U+{ord(char):04X}"
    return f"the character {code} {name}".rstrip() if name else f"the character {code}"
