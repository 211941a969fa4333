"""Seconds to qualify the longest conversation intake accepts, made of one phrase repeated.

    .venv/bin/python bench/worst_case.py

A pattern that backtracks over everything after each match turns a long text into minutes of
work; this prints the slowest of such texts (the phrases are amounts, dates, times and words
the rules look for), each at the intake's size limit.
"""

from __future__ import annotations

import time
from pathlib import Path

from leadqual import load_profile, qualify
from leadqual.leads import MAX_CONVERSATION_CHARS

ROOT = Path(__file__).resolve().parents[1]
PHRASES = ["a", "100", "1,000", "100 000", "$5 per user", "a thousand", "in 2 weeks", "on 5/3", "tomorrow",
           "was in may", "בעוד שבועיים", "ביום שישי", "ב-5", "who decides?", "my wife", "אשתי", "approve",
           "Role: owner"]


def main() -> None:
    profile = load_profile(ROOT / "examples" / "profiles" / "home-services.toml")
    qualify("warm-up", profile)
    timings = []
    for phrase in PHRASES:
        text = (phrase + " ") * (MAX_CONVERSATION_CHARS // (len(phrase) + 1))
        started = time.perf_counter()
        qualify(text, profile)
        timings.append((time.perf_counter() - started, phrase))
    for seconds, phrase in sorted(timings, reverse=True)[:5]:
        print(f"{seconds:6.2f} s  {phrase!r} repeated to {MAX_CONVERSATION_CHARS:,} characters")


if __name__ == "__main__":
    main()
