"""Reports on stored history: tier x outcome, close rates, misses, drift and calibration.

Everything here is arithmetic over :class:`~leadqual.store.history.HistoryRow` lists, so
a hand-made history checks it. A *decided* lead has the outcome won, lost or
disqualified; the close rate of a group is won / decided, always shown with its counts.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

from leadqual.calibration import calibrate
from leadqual.scoring import TIERS
from leadqual.store.history import HistoryRow
from leadqual.store.models import DECIDED, OUTCOMES


@dataclass(frozen=True)
class ReportOptions:
    """The knobs of a report (defaults come from settings in the CLI)."""

    target_close_rate: float = 0.60
    drift_margin: float = 0.15
    """A move of the HOT close rate or of a tier's share beyond this warns."""
    min_decided: int = 30
    """Decided leads needed before calibration fits anything."""
    min_week_decided: int = 5
    """Decided HOT leads a week needs before its close rate is compared."""


def rate(won: int, decided: int) -> float | None:
    """won / decided, or None when nothing was decided."""
    return won / decided if decided else None


def close_rate(rows: Sequence[HistoryRow]) -> dict[str, Any]:
    """``{"won", "decided", "rate"}`` over ``rows``."""
    won = sum(r.outcome == "won" for r in rows)
    decided = sum(r.outcome in DECIDED for r in rows)
    return {"won": won, "decided": decided, "rate": rate(won, decided)}


def tier_table(rows: Sequence[HistoryRow], tier_of: Callable[[HistoryRow], str]) -> dict[str, Any]:
    """Predicted tier x actual outcome counts, plus the close rate of each tier."""
    table: dict[str, dict[str, int]] = {t: dict.fromkeys([*OUTCOMES, "open"], 0) for t in TIERS}
    for row in rows:
        table[tier_of(row)][row.outcome or "open"] += 1
    rates = {t: close_rate([r for r in rows if tier_of(r) == t]) for t in TIERS}
    return {"counts": table, "close_rate": rates}


def _week(moment: datetime) -> str:
    monday = (moment - timedelta(days=moment.weekday())).date()
    return monday.isoformat()


def _mix(rows: Sequence[HistoryRow]) -> dict[str, float]:
    counts = Counter(r.tier for r in rows)
    return {t: counts[t] / len(rows) if rows else 0.0 for t in TIERS}


def drift(rows: Sequence[HistoryRow], options: ReportOptions) -> dict[str, Any]:
    """Figures per week (Monday start) and warnings where the last week moved.

    The last week is compared with all earlier weeks pooled: the HOT close rate when both
    have ``min_week_decided`` decided HOT leads, and each tier's share of leads.
    """
    weeks: dict[str, list[HistoryRow]] = {}
    for row in sorted(rows, key=lambda r: r.qualified_at):
        weeks.setdefault(_week(row.qualified_at), []).append(row)
    table = [
        {"week": week, "leads": len(group), "mix": _mix(group),
         "hot": close_rate([r for r in group if r.tier == "hot"])}
        for week, group in weeks.items()
    ]
    warnings: list[str] = []
    if len(weeks) >= 2:
        last_week = str(table[-1]["week"])
        last = weeks[last_week]
        before = [r for w, g in weeks.items() if w != last_week for r in g]
        now_hot = close_rate([r for r in last if r.tier == "hot"])
        then_hot = close_rate([r for r in before if r.tier == "hot"])
        if (now_hot["decided"] >= options.min_week_decided and then_hot["decided"] >= options.min_week_decided
                and abs(now_hot["rate"] - then_hot["rate"]) > options.drift_margin):
            warnings.append(
                f"HOT close rate in the week of {last_week} is {now_hot['rate']:.0%} "
                f"({now_hot['won']}/{now_hot['decided']}) against {then_hot['rate']:.0%} "
                f"({then_hot['won']}/{then_hot['decided']}) before: beyond the "
                f"{options.drift_margin:.0%} margin"
            )
        now_mix, then_mix = _mix(last), _mix(before)
        for tier in TIERS:
            if abs(now_mix[tier] - then_mix[tier]) > options.drift_margin:
                warnings.append(
                    f"{tier} share in the week of {last_week} is {now_mix[tier]:.0%} of {len(last)} leads "
                    f"against {then_mix[tier]:.0%} of {len(before)} before: beyond the "
                    f"{options.drift_margin:.0%} margin"
                )
    return {"weeks": table, "warnings": warnings}


def misses(rows: Sequence[HistoryRow]) -> dict[str, list[dict[str, Any]]]:
    """HOT leads that were lost or disqualified, and won leads that were not HOT."""
    def brief(r: HistoryRow) -> dict[str, Any]:
        return {"lead_id": r.lead_id, "total": r.total, "tier": r.tier, "reviewed_tier": r.reviewed_tier,
                "outcome": r.outcome}
    return {
        "hot_false_positives": [
            brief(r) for r in rows if r.tier == "hot" and r.outcome in ("lost", "disqualified")],
        "missed_hot": [brief(r) for r in rows if r.outcome == "won" and r.tier != "hot"],
    }


def build_report(rows: Sequence[HistoryRow], options: ReportOptions | None = None,
                 *, days: int | None = None, generated_at: datetime | None = None) -> dict[str, Any]:
    """The whole report as a JSON-ready dict (what ``leadqual report --json`` prints)."""
    options = options or ReportOptions()
    decided = [r for r in rows if r.outcome in DECIDED]
    machine = tier_table(rows, lambda r: r.tier)
    reviewed = [r for r in rows if r.reviewed_tier]
    hot = machine["close_rate"]["hot"]
    notes: list[str] = []
    if not rows:
        notes.append("no stored qualifications in this period: run `leadqual qualify` (it stores by default)")
    elif not decided:
        notes.append("no decided outcomes yet: record them with `leadqual outcome LEAD_ID won|lost|...`")
    return {
        "generated_at": generated_at.isoformat() if generated_at else None,
        "days": days,
        "leads": len(rows),
        "with_outcome": sum(r.outcome is not None for r in rows),
        "decided": len(decided),
        "notes": notes,
        "machine": machine,
        "final": tier_table(rows, lambda r: r.final_tier),
        "reviewed": {
            "leads": len(reviewed),
            "changed_tier": sum(r.reviewed_tier != r.tier for r in reviewed),
            "close_rate": close_rate(reviewed),
        },
        "hot_target": {
            "target": options.target_close_rate, **hot,
            "met": None if hot["rate"] is None else hot["rate"] >= options.target_close_rate,
        },
        **misses(rows),
        "drift": drift(rows, options),
        "calibration": calibrate([(r.total, r.outcome == "won") for r in decided],
                                 options.target_close_rate, options.min_decided),
    }
