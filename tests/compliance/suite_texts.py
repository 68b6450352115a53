"""Write ``corpus/suite_texts.jsonl``: every text the compliance and foundation tests give the
guard with no practice configured, each with the spans the rules block in it.

    python tests/compliance/suite_texts.py      # then `make tagger`

The tests pin, one by one, what the rules must find and must leave alone: hundreds of kinds
of look-alike (a practice's hours, a public figure, a holiday, an eponym) that the labelled
sets hold a few of each. The learned tagger (``compliance/learned.py``) learns from them too,
with the rules' findings as their marks: texts that are in a labelled set (blind ones
included) are left out, and the tagger's own findings are switched off while the texts are
gathered; so are the texts of a test that fails so (it passes by what the tagger reads). The tagger's own tests (``test_learned.py``) are not run: their texts are there for
what it finds that no rule does, and the rules' findings as their marks would teach it the
opposite. The tests run once, in one process (about three minutes).
"""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent.parent
OUT = HERE / "corpus" / "suite_texts.jsonl"
LONGEST = 2000
# the tagger's own tests: texts it must find more in than the rules do
NOT_GATHERED = "tests/compliance/test_learned.py"


class Gather:
    """A pytest plugin that wraps ``find_phi`` and keeps what it was asked with no context."""

    def __init__(self) -> None:
        self.found: dict[str, list[list[Any]]] = {}
        self.asked_by: dict[str, set[str]] = {}
        """The tests that gave the guard each text."""
        self.failed: set[str] = set()
        self.test = ""

    def pytest_runtest_setup(self, item: Any) -> None:
        self.test = item.nodeid

    def pytest_runtest_logreport(self, report: Any) -> None:
        if report.failed:
            self.failed.add(report.nodeid)

    def kept(self, text: str) -> bool:
        """A text no failing test gave: a test that fails with the tagger switched off
        passes only by what the tagger finds or leaves, so the rules' marks on its texts are
        the ones it says are wrong, and would teach the tagger the opposite of it."""
        return not (self.asked_by.get(text, set()) & self.failed)

    def pytest_configure(self, config: object) -> None:
        from medsocial_tui.compliance import phi

        phi.find_learned = lambda text, threshold=None: []
        real = phi.find_phi

        def find_phi(text: str, context: object = None) -> Any:
            found = real(text, context)  # type: ignore[arg-type]
            if context is None and isinstance(text, str) and text.strip() and len(text) < LONGEST:
                self.found.setdefault(
                    text, [[f.start, f.end, f.label] for f in found if f.severity == "block"]
                )
                self.asked_by.setdefault(text, set()).add(self.test)
            return found

        phi.find_phi = find_phi  # type: ignore[assignment]


def main() -> int:
    import pytest

    sys.path.insert(0, str(HERE))
    from labelled import GENERAL, SOURCES, read_sources

    gather = Gather()
    pytest.main(
        [
            "-q",
            "-p",
            "no:xdist",
            "-p",
            "no:cacheprovider",
            f"--ignore={NOT_GATHERED}",
            "tests/compliance",
            "tests/foundation",
        ],
        plugins=[gather],
    )
    labelled = {
        s.text for key, path in {**GENERAL, **SOURCES}.items() for s in read_sources({key: path})
    }
    rows = sorted(
        (text, spans)
        for text, spans in gather.found.items()
        if text not in labelled and gather.kept(text)
    )
    left_out = sum(1 for text in gather.found if text not in labelled and not gather.kept(text))
    OUT.write_text(
        "".join(
            json.dumps({"text": text, "spans": spans}, ensure_ascii=False) + "\n"
            for text, spans in rows
        ),
        encoding="utf-8",
    )
    print(f"wrote {len(rows):,} texts to {OUT}")
    if gather.failed:
        print(
            f"left out {left_out:,} texts of {len(gather.failed):,} tests that fail with the"
            " tagger switched off (they pass by what it reads)"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
