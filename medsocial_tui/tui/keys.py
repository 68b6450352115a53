"""Keys as a person reads them in the help screen, the palette and the footer."""

from __future__ import annotations

NAMES = {
    "question_mark": "?",
    "colon": ":",
    "slash": "/",
    "escape": "Esc",
    "enter": "Enter",
    "space": "Space",
    "left_square_bracket": "[",
    "right_square_bracket": "]",
    "pagedown": "PgDn",
    "pageup": "PgUp",
    "comma": ",",
    "full_stop": ".",
}


def key_names(keys: str) -> str:
    """'question_mark,f1' -> '? / F1'."""
    return " / ".join(
        NAMES.get(k, k.upper() if k.startswith("f") and k[1:].isdigit() else k)
        for k in keys.split(",")
    )
