"""Accuracy on labelled cases: what ``leadqual eval`` measures.

Field agreement is the mean accuracy of the nine scored fields; tier agreement, the
confusion matrix and the HOT false positive / negative rates are what a sales team
feels. Score error is measured against the score the expected signals would get.
"""

from __future__ import annotations

import json
import statistics
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from leadqual.extractors import Extractor
from leadqual.labels import FIELDS, Expected, expected_signals, flat_fields
from leadqual.leads import BadRecord, Lead, read_leads
from leadqual.pipeline import Qualification, qualify_many
from leadqual.profile import Profile
from leadqual.scoring import TIERS, Policy, default_policy, score


@dataclass
class CaseResult:
    """One labelled case: what was expected, what came out, and where they differ."""

    id: str
    expected: dict[str, Any]
    predicted: dict[str, Any]
    expected_tier: str
    predicted_tier: str
    expected_total: int
    predicted_total: int
    ms: float
    cost_usd: float | None
    error: str | None = None

    @property
    def differing(self) -> list[str]:
        """The fields (and tier) where the reading differs from the label."""
        fields = [f for f in FIELDS if self.expected[f] != self.predicted[f]]
        return [*fields, "tier"] if self.expected_tier != self.predicted_tier else fields


@dataclass
class Report:
    """Metrics over a set of cases (see :func:`summarise`)."""

    cases: list[CaseResult] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        """All figures as one JSON-ready mapping."""
        return summarise(self.cases)


def _rate(numerator: int, denominator: int) -> float | None:
    return round(numerator / denominator, 4) if denominator else None


def _percentile(values: list[float], q: float) -> float | None:
    if not values:
        return None
    ordered = sorted(values)
    index = min(len(ordered) - 1, max(0, round(q * (len(ordered) - 1))))
    return round(ordered[index], 3)


def summarise(cases: list[CaseResult]) -> dict[str, Any]:
    """Per-field accuracy, field and tier agreement, confusion matrix, HOT FP/FN, MAE,
    latency, cost and the misses of a list of case results."""
    n = len(cases)
    per_field = {f: _rate(sum(c.expected[f] == c.predicted[f] for c in cases), n) for f in FIELDS}
    known = [v for v in per_field.values() if v is not None]
    confusion: dict[str, dict[str, int]] = {e: dict.fromkeys(TIERS, 0) for e in TIERS}
    for c in cases:
        confusion[c.expected_tier][c.predicted_tier] += 1
    predicted_hot = sum(c.predicted_tier == "hot" for c in cases)
    actual_hot = sum(c.expected_tier == "hot" for c in cases)
    costs = [c.cost_usd for c in cases if c.cost_usd is not None]
    return {
        "cases": n,
        "field_accuracy": per_field,
        "field_agreement": round(statistics.fmean(known), 4) if known else None,
        "tier_agreement": _rate(sum(c.expected_tier == c.predicted_tier for c in cases), n),
        "confusion": confusion,
        "hot_false_positive_rate": _rate(
            sum(c.predicted_tier == "hot" and c.expected_tier != "hot" for c in cases), predicted_hot),
        "hot_false_negative_rate": _rate(
            sum(c.expected_tier == "hot" and c.predicted_tier != "hot" for c in cases), actual_hot),
        "score_mae": round(statistics.fmean(abs(c.expected_total - c.predicted_total) for c in cases), 2)
        if n else None,
        "latency_ms": {"p50": _percentile([c.ms for c in cases], 0.5),
                       "p95": _percentile([c.ms for c in cases], 0.95)},
        "cost_usd": {"total": round(sum(costs), 6), "per_lead": round(sum(costs) / len(costs), 6)}
        if costs else None,
        "fallbacks": sum(c.error is not None for c in cases),
        "misses": [{"id": c.id, "fields": c.differing} for c in cases if c.differing],
    }


def case_result(lead: Lead, result: Qualification, policy: Policy) -> CaseResult:
    """Compare one qualification with the lead's ``expected`` block."""
    raw = dict(lead.raw["expected"])
    raw.pop("tier", None)
    expected = Expected.model_validate(raw)
    wanted = expected_signals(expected)
    wanted_score = score(wanted, policy)
    return CaseResult(
        id=lead.id,
        expected=flat_fields(wanted),
        predicted=flat_fields(result.signals),
        expected_tier=wanted_score.tier,
        predicted_tier=result.score.tier,
        expected_total=wanted_score.total,
        predicted_total=result.score.total,
        ms=result.metadata.total_ms,
        cost_usd=result.metadata.cost_usd,
        error=result.metadata.error,
    )


def evaluate(
    leads: Iterable[Lead | BadRecord],
    profile: Profile,
    extractor: str | Extractor = "rules",
    policy: Policy | None = None,
    concurrency: int = 1,
) -> Report:
    """Qualify labelled leads and compare each with its label.

    Tiers are compared under the policy given (default: the reference policy), and the
    expected tier is recomputed from the expected signals, never read from the file.
    Records that cannot be read, or have no ``expected`` block, raise ``ValueError``:
    a labelled set with holes would make every figure wrong.
    """
    policy = policy or default_policy()
    report = Report()
    for lead, result in qualify_many(leads, profile, extractor, policy, concurrency=concurrency):
        if isinstance(lead, BadRecord):
            raise ValueError(f"labelled file has an unreadable case: {lead.error}")
        if "expected" not in lead.raw:
            raise ValueError(f"case {lead.id} has no 'expected' block: it is not a labelled case")
        report.cases.append(case_result(lead, result, policy))
    return report


def profile_for_file(path: Path) -> Path | None:
    """The profile named by a sidecar ``FILE.meta.json`` ({"profile": "relative/path.toml"})."""
    sidecar = path.with_name(path.name.removesuffix(".jsonl") + ".meta.json")
    if not sidecar.exists():
        return None
    meta = json.loads(sidecar.read_text("utf-8"))
    return (sidecar.parent / meta["profile"]).resolve() if "profile" in meta else None


def load_cases(path: Path) -> list[Lead | BadRecord]:
    """Read a labelled JSON Lines file."""
    return list(read_leads(path.read_bytes(), "jsonl"))
