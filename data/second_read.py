"""The second reading of the labelled cases.

    python data/second_read.py blind               # data/second-read/blind/*.jsonl: cases without labels
    python data/second_read.py blind NAME          # .../blind/NAME/: only cases no reading covers yet
    python data/second_read.py compare             # agreement of data/second-read/labels/**/*.jsonl with cases/

A second labeller who did not write the cases labels the blind files with only the
labelling guide and the profile; ``compare`` prints the agreement per field and per
case and lists the cases where the two readings differ (those get rewritten).
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

from leadqual.labels import FIELDS, Expected, expected_signals, flat_fields

HERE = Path(__file__).parent
BLIND = HERE / "second-read" / "blind"
LABELS = HERE / "second-read" / "labels"


def _read(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text("utf-8").splitlines() if line.strip()]


def _flat(expected: dict) -> dict:
    return flat_fields(expected_signals(Expected.model_validate(
        {k: v for k, v in expected.items() if k != "tier"})))


def _read_ids(name: str) -> set[str]:
    return {row["id"] for path in LABELS.glob(f"**/{name}") for row in _read(path)}


def blind(batch: str | None = None) -> None:
    folder = BLIND / batch if batch else BLIND
    folder.mkdir(parents=True, exist_ok=True)
    for source in sorted((HERE / "cases").glob("*.jsonl")):
        done = _read_ids(source.name) if batch else set()
        rows = [{k: v for k, v in case.items() if k != "expected"} for case in _read(source)
                if case["id"] not in done]
        (folder / source.name).write_text(
            "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), "utf-8")
        print(f"{source.name}: {len(rows)} blind cases")


def compare() -> int:
    total_cases = agreed_cases = 0
    field_agree = dict.fromkeys(FIELDS, 0)
    field_total = 0
    for labels_file in sorted(LABELS.glob("**/*.jsonl")):
        first = {c["id"]: c["expected"] for c in _read(HERE / "cases" / labels_file.name)}
        differing = []
        for row in _read(labels_file):
            if row["id"] not in first:
                print(f"{labels_file.name}: unknown id {row['id']}", file=sys.stderr)
                continue
            a, b = _flat(first[row["id"]]), _flat(row["expected"])
            diff = [f for f in FIELDS if a[f] != b[f]]
            total_cases += 1
            field_total += 1
            agreed_cases += not diff
            for f in FIELDS:
                field_agree[f] += a[f] == b[f]
            if diff:
                differing.append(f"{row['id']} ({', '.join(f'{f}: {a[f]} vs {b[f]}' for f in diff)})")
        print(f"{labels_file.relative_to(LABELS)}: {len(differing)} cases differ")
        for line in differing:
            print(f"  {line}")
    unread = [c["id"] for src in sorted((HERE / "cases").glob("*.jsonl")) for c in _read(src)
              if c["id"] not in _read_ids(src.name)]
    print(f"\ncases not yet read a second time: {len(unread)}"
          + (f" ({unread[0]} .. {unread[-1]})" if unread else ""))
    if total_cases:
        print(f"\ncases read twice: {total_cases}; identical on all nine fields: "
              f"{agreed_cases / total_cases:.1%}")
        print("per field: " + ", ".join(f"{f} {field_agree[f] / field_total:.1%}" for f in FIELDS))
    return 0


if __name__ == "__main__":
    command = sys.argv[1] if len(sys.argv) > 1 else ""
    if command == "blind":
        blind(sys.argv[2] if len(sys.argv) > 2 else None)
    elif command == "compare":
        raise SystemExit(compare())
    else:
        raise SystemExit(__doc__)
