"""The probe held-out set (issue 14): texts written by hand, blind to the guard's rules.

Sources ``corpus/probe_phi.txt`` (texts carrying patient identifiers) and
``corpus/probe_clean.txt`` (clean but tricky texts) hold one text a line as
``KIND|GROUP| text``, with ``[[label:words]]`` around each identifier as in ``dev.txt``.
KIND is ``P`` post, ``R`` reply to a comment, ``V`` review answer, ``Q`` clinical-style
question; GROUP names the kind of text (``date-words``, ``obfusc-cyrillic``, ``clean-staff``
...), which the probe benchmark uses to group misses. ``\\uXXXX`` in a line stands for that
character, so zero-width and other invisible characters stay visible in the source.

``probe_heldout.jsonl`` is the same set with offsets and the exact words of each span,
written by ``python tests/compliance/probe.py``. Never tune the guard on this set.
"""

from __future__ import annotations

import json
import re
import sys
from dataclasses import dataclass
from pathlib import Path

from labelled import Sample, parse_marked

HERE = Path(__file__).parent
SOURCES = (HERE / "corpus" / "probe_phi.txt", HERE / "corpus" / "probe_clean.txt")
JSONL = HERE / "probe_heldout.jsonl"
KINDS = {"P": "post", "R": "reply", "V": "review_answer", "Q": "question"}
# Safe Harbor identifiers as the labelled corpus names them (fax numbers are ``phone``;
# health-plan, account, licence and biometric numbers are ``record_number``).
LABELS = frozenset(
    {
        "name",
        "geo",
        "address",
        "date",
        "age",
        "phone",
        "email",
        "url",
        "ip",
        "handle",
        "ssn",
        "record_number",
        "vehicle_id",
        "device_id",
    }
)
_ESCAPE = re.compile(r"\\u(?P<hex>[0-9a-fA-F]{4})")
SPLIT = "probe_held_out"


@dataclass(frozen=True)
class ProbeSample(Sample):
    """A labelled text and the group of texts it belongs to (how misses are grouped)."""

    group: str = ""


def _unescape(line: str) -> str:
    return _ESCAPE.sub(lambda m: chr(int(m.group("hex"), 16)), line)


def read_sources() -> list[ProbeSample]:
    samples: list[ProbeSample] = []
    for path in SOURCES:
        prefix = path.stem.removeprefix("probe_")
        number = 0
        for line in path.read_text(encoding="utf-8").splitlines():
            if not line.strip() or line.startswith("#"):
                continue
            kind_mark, group, marked = line.split("|", 2)
            number += 1
            text, spans = parse_marked(_unescape(marked.removeprefix(" ")))
            sample_id = f"probe-{prefix}-{number:03d}"
            samples.append(ProbeSample(sample_id, SPLIT, KINDS[kind_mark], text, spans, group))
    return samples


def _row(sample: ProbeSample) -> dict[str, object]:
    """One line of the JSONL: the corpus's fields, the group, and each span's exact words."""
    row: dict[str, object] = {"id": sample.id, "split": sample.split, "kind": sample.kind}
    row.update(group=sample.group, text=sample.text)
    row["spans"] = [
        {"start": a, "end": b, "label": c, "words": sample.text[a:b]} for a, b, c in sample.spans
    ]
    return row


def to_jsonl(samples: list[ProbeSample]) -> str:
    return "".join(json.dumps(_row(s), ensure_ascii=False) + "\n" for s in samples)


def load_probe() -> list[ProbeSample]:
    """The set from ``probe_heldout.jsonl``."""
    samples = []
    for line in JSONL.read_text(encoding="utf-8").splitlines():
        row = json.loads(line)
        spans = tuple((s["start"], s["end"], s["label"]) for s in row["spans"])
        samples.append(
            ProbeSample(row["id"], row["split"], row["kind"], row["text"], spans, row["group"])
        )
    return samples


if __name__ == "__main__":
    JSONL.write_text(to_jsonl(read_sources()), encoding="utf-8")
    sys.stdout.write(f"wrote {JSONL}\n")
