"""Report arithmetic on a small hand-made history whose answers are worked out by hand."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest
from sqlalchemy import Engine

from leadqual.calibration import isotonic, probability_at
from leadqual.conversation import parse_conversation
from leadqual.reports import ReportOptions, build_report
from leadqual.store import decide_review, load_history, record_outcome, save_qualification, transaction
from leadqual.store.history import HistoryRow

WEEK_A = datetime(2026, 3, 3, 10, tzinfo=UTC)  # a Tuesday: week of Monday 2026-03-02
WEEK_B = datetime(2026, 3, 10, 10, tzinfo=UTC)  # week of 2026-03-09

# (lead, week, total, outcome, reviewed tier)
CASES = [
    ("h1", WEEK_A, 90, "won", None),
    ("h2", WEEK_A, 85, "won", None),
    ("h3", WEEK_A, 82, "lost", None),
    ("h4", WEEK_A, 60, "won", None),
    ("h5", WEEK_A, 55, "lost", None),
    ("h6", WEEK_A, 30, "disqualified", None),
    ("h7", WEEK_A, 25, "nurturing", None),
    ("h8", WEEK_A, 88, None, None),
    ("h9", WEEK_B, 95, "won", None),
    ("h10", WEEK_B, 70, "won", "hot"),
    ("h11", WEEK_B, 40, "lost", "warm"),
    ("h12", WEEK_B, 10, "disqualified", None),
]


def _tier(total: int) -> str:
    return "hot" if total >= 80 else "warm" if total >= 50 else "cold" if total >= 20 else "disqualified"


def history() -> list[HistoryRow]:
    return [
        HistoryRow(lead, when, total, _tier(total), reviewed, outcome, when if outcome else None)
        for lead, when, total, outcome, reviewed in CASES
    ]


def check_known_answers(report: dict) -> None:
    """The figures worked out by hand for CASES (default options)."""
    machine = report["machine"]
    assert (report["leads"], report["with_outcome"], report["decided"]) == (12, 11, 10)
    assert machine["counts"]["hot"] == {"won": 3, "lost": 1, "nurturing": 0, "disqualified": 0, "open": 1}
    assert machine["counts"]["cold"] == {"won": 0, "lost": 1, "nurturing": 1, "disqualified": 1, "open": 0}
    assert machine["close_rate"]["hot"] == {"won": 3, "decided": 4, "rate": 0.75}
    assert machine["close_rate"]["warm"]["rate"] == pytest.approx(2 / 3)
    assert machine["close_rate"]["cold"] == {"won": 0, "decided": 2, "rate": 0.0}
    assert machine["close_rate"]["disqualified"] == {"won": 0, "decided": 1, "rate": 0.0}
    assert report["hot_target"] == {"target": 0.6, "won": 3, "decided": 4, "rate": 0.75, "met": True}
    # After review h10 counts as hot and h11 as warm; the machine table is unchanged.
    final = report["final"]["close_rate"]
    assert final["hot"] == {"won": 4, "decided": 5, "rate": 0.8}
    assert final["warm"]["rate"] == pytest.approx(1 / 3)
    assert report["reviewed"]["leads"] == 2 and report["reviewed"]["changed_tier"] == 2
    assert [m["lead_id"] for m in report["hot_false_positives"]] == ["h3"]
    assert sorted(m["lead_id"] for m in report["missed_hot"]) == ["h10", "h4"]
    weeks = report["drift"]["weeks"]
    assert [(w["week"], w["leads"]) for w in weeks] == [("2026-03-02", 8), ("2026-03-09", 4)]
    assert weeks[0]["mix"] == {"hot": 0.5, "warm": 0.25, "cold": 0.25, "disqualified": 0.0}
    assert weeks[1]["hot"] == {"won": 1, "decided": 1, "rate": 1.0}
    warnings = report["drift"]["warnings"]
    # hot share 50% -> 25% and disqualified 0% -> 25% move beyond 15%; too few HOT decided for a rate warning
    assert len(warnings) == 2
    assert warnings[0].startswith("hot share") and warnings[1].startswith("disqualified share")
    cal = report["calibration"]
    assert cal["fitted"] is None and cal["needs_more"] == 20 and "record 20 more" in cal["message"]
    bands = {b["band"]: b for b in cal["bands"]}
    assert (bands["90-100"]["won"], bands["90-100"]["decided"]) == (2, 2)
    assert (bands["80-89"]["won"], bands["80-89"]["decided"], bands["80-89"]["rate"]) == (1, 2, 0.5)
    assert bands["0-9"]["rate"] is None


def test_known_answers_from_pure_rows() -> None:
    check_known_answers(build_report(history()))


def test_drift_warns_on_the_hot_close_rate_when_weeks_have_enough_decided() -> None:
    report = build_report(history(), ReportOptions(min_week_decided=1))
    assert any(
        w.startswith("HOT close rate in the week of 2026-03-09 is 100% (1/1) against 67% (2/3)")
        for w in report["drift"]["warnings"]
    )
    calm = build_report(history(), ReportOptions(drift_margin=0.5, min_week_decided=1))
    assert calm["drift"]["warnings"] == []


def test_calibration_fit_and_thresholds_by_hand() -> None:
    report = build_report(history(), ReportOptions(min_decided=5))
    cal = report["calibration"]
    fitted = {f["score"]: f["p_win"] for f in cal["fitted"]}
    # Pool adjacent violators: 60 (won), 70 (won), 82 (lost) pool to 2/3; 85+ all won; <= 55 all lost.
    assert fitted[0] == 0 and fitted[55] == 0 and fitted[65] == pytest.approx(0.6667, abs=1e-4)
    assert fitted[80] == pytest.approx(0.6667, abs=1e-4) and fitted[85] == 1.0 and fitted[100] == 1.0
    # Leads scoring >= 40 closed 5/8 = 62.5%, the first threshold at the 60% target.
    assert cal["hot_threshold"] == 40
    assert "5/8" in cal["message"]
    strict = build_report(history(), ReportOptions(min_decided=5, target_close_rate=0.8))["calibration"]
    assert strict["hot_threshold"] == 60  # >= 60: 5/6 = 83%


def test_isotonic_is_monotone_and_pools_violators() -> None:
    fitted = isotonic([(10, True), (20, False), (30, True), (30, False), (40, True)])
    # 10 (1) > 20 (0) pools to 1/2; 30 is 1/2: equal, stays; 40 is 1.
    assert fitted == [(10, 0.5), (20, 0.5), (30, 0.5), (40, 1.0)]
    assert probability_at(fitted, 5) == 0.5 and probability_at(fitted, 39) == 0.5
    values = [p for _, p in fitted]
    assert values == sorted(values)


def test_one_class_only_is_not_fitted() -> None:
    rows = [HistoryRow(f"w{i}", WEEK_A, 80 + i % 10, "hot", None, "won", WEEK_A) for i in range(40)]
    cal = build_report(rows)["calibration"]
    assert cal["fitted"] is None and "both wins and losses" in cal["message"]


@pytest.mark.parametrize(
    "rows",
    [[], [HistoryRow("x", WEEK_A, 85, "hot")], [HistoryRow("x", WEEK_A, 85, "hot", None, "won", WEEK_A)]],
)
def test_empty_and_tiny_histories_give_a_clear_report(rows: list[HistoryRow]) -> None:
    report = build_report(rows)
    assert report["leads"] == len(rows)
    assert report["calibration"]["needs_more"] == 30 - report["decided"]
    if not rows:
        assert "no stored qualifications" in report["notes"][0]
        assert report["hot_target"]["met"] is None
    elif report["decided"] == 0:
        assert "no decided outcomes yet" in report["notes"][0]
    else:
        assert report["hot_target"]["rate"] == 1.0 and report["notes"] == []


def test_the_same_answers_from_the_database(engine: Engine, make_qualification) -> None:
    for lead, when, total, outcome, _ in CASES:
        with transaction(engine) as s:
            save_qualification(
                s, make_qualification(lead, total), parse_conversation(f"lead {lead}"), now=when
            )
            if outcome:
                record_outcome(s, lead, outcome, when)
    with transaction(engine) as s:
        for lead, *_, reviewed in CASES:
            if reviewed:
                decide_review(s, lead, reviewed, "spoke to them")
    with transaction(engine) as s:
        rows = load_history(s)
        recent = load_history(s, since=datetime(2026, 3, 9, tzinfo=UTC))
    check_known_answers(build_report(rows))
    assert sorted(r.lead_id for r in recent) == ["h10", "h11", "h12", "h9"]
    assert all(r.qualified_at.tzinfo is not None for r in rows)
