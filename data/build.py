"""Build data/dev and data/test from data/cases: validate, compute tiers, split.

    python data/build.py            # rewrite data/dev/*.jsonl and data/test/*.jsonl
    python data/build.py --check    # validate only; print the tier mix per file

``expected.tier`` is always computed from the expected signals with the default policy,
never written by hand. The split is :func:`leadqual.labels.split_of` (id number % 3).
"""

from __future__ import annotations

import json
import sys
from collections import Counter
from pathlib import Path

from leadqual.labels import Expected, expected_tier, split_of

HERE = Path(__file__).parent


def main() -> int:
    check = "--check" in sys.argv
    ok = True
    for source in sorted((HERE / "cases").glob("*.jsonl")):
        splits: dict[str, list[str]] = {"dev": [], "test": []}
        tiers: Counter[str] = Counter()
        seen: set[str] = set()
        for number, line in enumerate(source.read_text("utf-8").splitlines(), 1):
            if not line.strip():
                continue
            try:
                case = json.loads(line)
                expected = Expected.model_validate(
                    {k: v for k, v in case["expected"].items() if k != "tier"}
                )
                if case["id"] in seen:
                    raise ValueError(f"duplicate id {case['id']}")
                seen.add(case["id"])
                tier = expected_tier(expected)
            except Exception as exc:  # report every bad line, then fail
                print(f"{source.name}:{number}: {exc}", file=sys.stderr)
                ok = False
                continue
            case["expected"]["tier"] = tier
            tiers[tier] += 1
            splits[split_of(case["id"])].append(json.dumps(case, ensure_ascii=False))
        print(f"{source.name}: {sum(tiers.values())} cases, tiers {dict(tiers)}, "
              f"dev {len(splits['dev'])}, test {len(splits['test'])}")
        if not check:
            for split, lines in splits.items():
                out = HERE / split / source.name
                out.parent.mkdir(exist_ok=True)
                out.write_text("".join(f"{x}\n" for x in lines), "utf-8")
                # The sidecar tells `leadqual eval` which profile the cases were written for.
                vertical = source.stem.removesuffix("-he")
                sidecar = out.with_name(f"{source.stem}.meta.json")
                sidecar.write_text(json.dumps({"profile": f"../profiles/{vertical}.toml"}) + "\n")
    return 0 if ok else 1


if __name__ == "__main__":
    raise SystemExit(main())
