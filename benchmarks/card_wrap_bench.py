"""Q&A card wrapping: time and characters measured to wrap text of growing length, beside
the earlier word-by-word wrap (which re-measured a long word one character shorter at a time)
as the baseline. Target: linear, so 4x the text costs at most ~5x the time (4x, plus noise on a shared machine).

    .venv/bin/python benchmarks/card_wrap_bench.py

The baseline runs only up to 400 characters of one long word: at 2,000 it took 143 s.
"""

from __future__ import annotations

import time

from medsocial_tui import cards

WIDTH = 900
TARGET = 5.0


def old_wrap(text: str, font: cards.Font, width: int) -> list[str]:
    lines: list[str] = []
    for paragraph in text.splitlines() or [""]:
        line = ""
        for word in paragraph.split():
            candidate = f"{line} {word}".strip()
            if font.getlength(candidate) <= width:
                line = candidate
                continue
            if line:
                lines.append(line)
            while font.getlength(word) > width:
                cut = len(word)
                while cut > 1 and font.getlength(word[:cut]) > width:
                    cut -= 1
                lines.append(word[:cut])
                word = word[cut:]
            line = word
        lines.append(line)
    return lines


def timed(wrap, text: str, rounds: int = 5) -> float:
    """The best of ``rounds`` runs (the machine is shared; the best is the least disturbed)."""
    font = cards.load_font(52)
    best = float("inf")
    for _ in range(rounds if len(text) > 400 or wrap is cards.wrap else 1):
        start = time.perf_counter()
        wrap(text, font, WIDTH)
        best = min(best, time.perf_counter() - start)
    return best


def main() -> None:
    print(f"{'chars':>6}  {'shape':<10} {'now ms':>9} {'before ms':>10}")
    for shape in ("one word", "words"):
        figures = {}
        for n in (100, 400, 2000, 8000):
            text = "x" * n if shape == "one word" else " ".join(["word"] * (n // 5))
            now = timed(cards.wrap, text)
            before = timed(old_wrap, text) if n <= 400 or shape == "words" else None
            figures[n] = now
            shown = f"{before * 1000:10.1f}" if before is not None else f"{'(skipped)':>10}"
            print(f"{n:>6}  {shape:<10} {now * 1000:9.1f} {shown}")
        growth = figures[8000] / figures[2000]
        verdict = "ok" if growth <= TARGET else "OVER TARGET"
        print(
            f"        {shape}: 8000 vs 2000 chars = {growth:.1f}x (target <= {TARGET}x) {verdict}"
        )


if __name__ == "__main__":
    main()
