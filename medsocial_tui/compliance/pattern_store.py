"""Write the store of the guard's compiled patterns (``lazy.store_path``): every pattern
the guard makes, and the twins its searches make, compiled once with their code kept, so
that a process's first check of a post builds them from their code instead of compiling
(see ``lazy``'s section on the store). ``make`` runs it after installing; run it again
after installing medsocial another way, or after upgrading Python:

    python -m medsocial_tui.compliance.pattern_store [PATH]

(PATH: write the store there instead, to look at it; the guard reads only its own.)

Without a store (or with one from another Python or another version of the guard) the
guard compiles its patterns on first use, as before: slower to start, the same answers.
"""

from __future__ import annotations

import sys
import time
from pathlib import Path

from medsocial_tui.compliance import lazy

# Texts that reach the patterns the guard makes only while it reads (not at import): a
# post with a practice's context, a reply, a note, a long text.
_SAMPLES = (
    "Reminder: our office is closed Monday for the snow. Call 555-0100 or book online.",
    "Mrs. Jane Doe (DOB 03/04/1950, MRN 4488123) was seen at Lakeside Clinic in Chicago "
    "on Jan 15th; her son emailed jane.doe@example.com from 10.0.0.7 about claim #88812.",
    "my mum Rosa was admitted to st vincents last tuesday the 12th, pt 93 y/o, "
    "call me on 0412 345 678 or @rosa_fam",
)


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    target = Path(args[0]) if args else lazy.store_path()
    started = time.perf_counter()
    # recorded from the guard's import on: its rules read their triggers' words and their
    # patterns' opening words off the sources as they load (``lazy.reading``)
    lazy.start_recording()
    from medsocial_tui.compliance import rules
    from medsocial_tui.compliance.context import PracticeContext
    from medsocial_tui.compliance.phi import find_phi

    practice = PracticeContext(
        phones=("555-0100",),
        address="12 Main Street, Springfield",
        provider_names=("Dr. Amy Lee",),
        practice_name="Springfield Family Dental",
    )
    for context in (None, practice, PracticeContext(is_reply=True)):
        for text in _SAMPLES:
            find_phi(text, context)
    rules.read_every_trigger()  # (the words of those no sample reached)
    entries, size = lazy.write_store(lazy.every_pattern(), target)
    seconds = time.perf_counter() - started
    print(
        f"kept the code of {entries:,} patterns and twins ({size / 1e6:.1f} MB) in "
        f"{target} in {seconds:.1f} s"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
