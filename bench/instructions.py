"""CPU instructions per lead of the offline rules extractor, counted by valgrind.

    .venv/bin/python bench/instructions.py            # needs valgrind on the PATH

Wall time on a shared machine moves by 10-30% from run to run; the instruction count does
not move with load, so it compares two versions of the rules fairly. The script runs the
same generated leads as ``bench/throughput.py`` under ``valgrind --tool=callgrind`` twice,
qualifying 50 and then 350 of them after the same warm-up, and prints the difference per
lead (start-up and warm-up cancel out). The hash seed is fixed, so a run repeats.
"""

from __future__ import annotations

import argparse
import os
import random
import re
import shutil
import subprocess
import sys
import tempfile
from datetime import UTC, datetime, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from leadqual import load_profile, qualify
from leadqual.extractors.rules import RulesExtractor
from throughput import PROFILES, ROOT, conversation

WARM_UP, FEW, MANY = 50, 50, 350


def _qualify(count: int) -> None:
    """Qualify the warm-up leads, then ``count`` more (the part being counted)."""
    rng = random.Random(2026)
    profiles = [load_profile(ROOT / "examples" / "profiles" / f"{name}.toml") for name in PROFILES]
    start = datetime(2026, 3, 1, 9, 0, tzinfo=UTC)
    leads = [(conversation(rng), rng.choice(profiles), start + timedelta(days=rng.randrange(300)))
             for _ in range(WARM_UP + MANY)]
    extractor = RulesExtractor()
    for messages, profile, received in leads[:WARM_UP + count]:
        qualify(messages, profile, extractor, received_at=received)


def _instructions(count: int) -> int:
    """Instructions valgrind counts for a whole run qualifying ``count`` leads."""
    with tempfile.TemporaryDirectory() as tmp:
        run = subprocess.run(
            ["valgrind", "--tool=callgrind", f"--callgrind-out-file={tmp}/out",
             sys.executable, __file__, "--run", str(count)],
            capture_output=True, text=True, env={**os.environ, "PYTHONHASHSEED": "0"}, check=True)
    found = re.search(r"Collected : (\d+)", run.stderr)
    if found is None:
        raise SystemExit(f"valgrind printed no instruction count:\n{run.stderr[-2000:]}")
    return int(found.group(1))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--run", type=int, help=argparse.SUPPRESS)  # the counted child run
    args = parser.parse_args()
    if args.run is not None:
        _qualify(args.run)
        return
    if shutil.which("valgrind") is None:
        raise SystemExit("valgrind is not installed: install it (apt-get install valgrind) "
                         "to count instructions")
    per_lead = (_instructions(MANY) - _instructions(FEW)) / (MANY - FEW)
    print(f"rules extractor: {per_lead / 1e6:.2f} M instructions per lead "
          f"({MANY - FEW} leads counted, hash seed 0)")


if __name__ == "__main__":
    main()
