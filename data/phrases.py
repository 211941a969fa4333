"""Read the phrase banks in data/phrases with the rules extractor and print the agreement.

    python data/phrases.py data/phrases/*.jsonl          # one line per file
    python data/phrases.py data/phrases/ahe5.jsonl -v    # and every line the rules read otherwise

A phrase bank is development material, not a labelled case: one short customer message (and,
sometimes, the agent's question before it) labelled for one kind of signal by the labelling
guide. Each line names its vertical, so its profile is examples/profiles/<vertical>.toml. The
field that carries the label says what is checked:

- ``is_decision_maker`` and ``mentioned_others``: the authority reading;
- ``timeframe`` and ``urgent`` (with ``received_at``): the timeline and urgency;
- ``fit``: the fit hint; ``red_flag``: whether any red flag is raised;
- ``expected`` (a whole labelled case, as in spec/data-contract.md): every field and the tier.

The banks were written by one writer each and not read a second time, so a line the rules
read otherwise may also be a label to question; they are for finding phrasings, not for the
accuracy figures (those come from ``leadqual eval`` on data/test).
"""

from __future__ import annotations

import json
import sys
from collections import Counter
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from leadqual import load_profile, qualify
from leadqual.evaluation import case_result
from leadqual.leads import lead_from_dict
from leadqual.scoring import default_policy
from leadqual.signals import Signals

PROFILES = Path(__file__).resolve().parents[1] / "examples" / "profiles"
DEFAULT_DAY = datetime(2026, 6, 1, tzinfo=UTC)  # for lines without received_at


def _checks(row: dict[str, Any], signals: Signals) -> dict[str, tuple[Any, Any]]:
    """(labelled, read) for each field the line carries."""
    checks: dict[str, tuple[Any, Any]] = {}
    if "is_decision_maker" in row:
        checks["decision maker"] = (row["is_decision_maker"], signals.authority.is_decision_maker)
        checks["others"] = (row["mentioned_others"], signals.authority.mentioned_others)
    if "timeframe" in row:
        checks["timeframe"] = (row["timeframe"], signals.timeline.timeframe)
        checks["urgent"] = (row["urgent"], bool(signals.need.urgency_signals))
    if "fit" in row:
        checks["fit"] = (row["fit"], signals.need.fit_score_hint)
    if "red_flag" in row:
        checks["red flag"] = (row["red_flag"], bool(signals.red_flags))
    return checks


def main(paths: list[str], verbose: bool) -> None:
    profiles = {p.stem: load_profile(p) for p in PROFILES.glob("*.toml")}
    policy = default_policy()
    for path in paths:
        agree: Counter[str] = Counter()
        total: Counter[str] = Counter()
        for line in Path(path).read_text("utf-8").splitlines():
            if not line.strip():
                continue
            row = json.loads(line)
            profile = profiles[row["vertical"]]
            if "expected" in row:  # a whole labelled case
                lead = lead_from_dict(row)
                result = case_result(lead, qualify(lead.conversation, profile, policy=policy), policy)
                checks = {"tier": (result.expected_tier, result.predicted_tier)}
                checks |= {f: (result.expected[f], result.predicted[f]) for f in result.expected}
            else:
                conversation = ([{"role": "agent", "text": row["agent"]}] if row.get("agent") else [])
                conversation.append({"role": "customer", "text": row["text"]})
                day = row.get("received_at")
                received = datetime.fromisoformat(day) if day else DEFAULT_DAY
                checks = _checks(row, qualify(conversation, profile, received_at=received).signals)
            for name, (labelled, read) in checks.items():
                total[name] += 1
                agree[name] += labelled == read
            missed = {name: pair for name, pair in checks.items() if pair[0] != pair[1]}
            if verbose and missed:
                print(f"{row['id']} ({row['vertical']}): "
                      + "; ".join(f"{name} {a} -> {b}" for name, (a, b) in missed.items()))
        print(f"{path}: " + ", ".join(f"{name} {agree[name]}/{total[name]}" for name in total))


if __name__ == "__main__":
    main([a for a in sys.argv[1:] if not a.startswith("-")], "-v" in sys.argv)
