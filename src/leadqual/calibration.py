"""Calibration: observed win rate per score band, an isotonic fit, and the HOT threshold
that would have hit a target close rate.

The isotonic fit is the pool-adjacent-violators algorithm written out (a dozen lines):
the win probability may only rise with the score, and nothing else is assumed. With
fewer decided leads than ``min_decided`` nothing is fitted; the answer says how many
more are needed.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

BAND_WIDTH = 10
MIN_THRESHOLD_LEADS = 5
"""A candidate threshold needs this many decided leads at or above it to count."""


def bands(points: Sequence[tuple[int, bool]], width: int = BAND_WIDTH) -> list[dict[str, Any]]:
    """Decided leads and observed win rate per score band (0-9, 10-19, ..., 90-100)."""
    out = []
    for low in range(0, 100, width):
        high = low + width - 1 if low + width < 100 else 100
        inside = [won for total, won in points if low <= total <= high]
        out.append({"band": f"{low}-{high}", "low": low, "high": high, "decided": len(inside),
                    "won": sum(inside), "rate": sum(inside) / len(inside) if inside else None})
    return out


def isotonic(points: Sequence[tuple[int, bool]]) -> list[tuple[int, float]]:
    """Non-decreasing win probability per distinct score (pool adjacent violators)."""
    by_score: dict[int, list[int]] = {}
    for total, won in points:
        by_score.setdefault(total, []).append(int(won))
    # Each block: [lowest score, sum of wins, count]; merge while a block beats the next.
    blocks: list[list[int]] = []
    scores = sorted(by_score)
    for total in scores:
        blocks.append([total, sum(by_score[total]), len(by_score[total])])
        while len(blocks) > 1 and blocks[-2][1] * blocks[-1][2] > blocks[-1][1] * blocks[-2][2]:
            _, wins, count = blocks.pop()
            blocks[-1][1] += wins
            blocks[-1][2] += count
    fitted: list[tuple[int, float]] = []
    for index, (start, wins, count) in enumerate(blocks):
        end = blocks[index + 1][0] if index + 1 < len(blocks) else 101
        fitted.extend((s, wins / count) for s in scores if start <= s < end)
    return fitted


def probability_at(fitted: Sequence[tuple[int, float]], total: int) -> float:
    """The fitted win probability of a score: the step of the nearest fitted score below."""
    value = fitted[0][1]
    for score, p in fitted:
        if score > total:
            break
        value = p
    return value


def threshold_curve(points: Sequence[tuple[int, bool]]) -> list[dict[str, Any]]:
    """For each observed score t: won, decided and close rate of the leads scoring >= t."""
    curve = []
    for t in sorted({total for total, _ in points}):
        above = [won for total, won in points if total >= t]
        curve.append({"threshold": t, "decided": len(above), "won": sum(above),
                      "rate": sum(above) / len(above)})
    return curve


def calibrate(points: Sequence[tuple[int, bool]], target: float, min_decided: int) -> dict[str, Any]:
    """Bands always; the fit, the curve and the threshold only with enough decided leads.

    ``points`` are (score total, won) of decided leads. ``hot_threshold`` is the lowest
    score whose leads at or above it closed at ``target`` or better (with at least
    :data:`MIN_THRESHOLD_LEADS` of them), or None when no score did.
    """
    result: dict[str, Any] = {"bands": bands(points), "decided": len(points), "min_decided": min_decided,
                              "target": target, "fitted": None, "curve": None, "hot_threshold": None,
                              "needs_more": 0, "message": ""}
    wins = sum(won for _, won in points)
    if len(points) < min_decided:
        result["needs_more"] = min_decided - len(points)
        result["message"] = (f"calibration needs {min_decided} decided leads, has {len(points)}: "
                             f"record {min_decided - len(points)} more outcomes")
        return result
    if wins in (0, len(points)):
        result["message"] = (f"all {len(points)} decided leads were {'won' if wins else 'not won'}: "
                             "a fit needs both wins and losses")
        return result
    fitted = isotonic(points)
    result["fitted"] = [{"score": s, "p_win": round(probability_at(fitted, s), 4)} for s in range(0, 101, 5)]
    curve = threshold_curve(points)
    result["curve"] = curve
    hits = [c for c in curve if c["rate"] >= target and c["decided"] >= MIN_THRESHOLD_LEADS]
    if hits:
        result["hot_threshold"] = hits[0]["threshold"]
        result["message"] = (f"a HOT threshold of {hits[0]['threshold']} would have closed "
                             f"{hits[0]['won']}/{hits[0]['decided']} ({hits[0]['rate']:.0%}), "
                             f"target {target:.0%}")
    else:
        result["message"] = f"no threshold reached the {target:.0%} target with {MIN_THRESHOLD_LEADS}+ leads"
    return result
