"""The arithmetic of ``leadqual eval``, checked against numbers worked out by hand."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import tempfile
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

from leadqual import Conversation, Extraction, Profile, Signals
from leadqual.evaluation import evaluate, summarise
from leadqual.labels import FIELDS, split_of
from leadqual.leads import read_leads
from leadqual.signals import Authority, Budget, Need, Timeline

ROOT = Path(__file__).resolve().parents[1]
HOME_PROFILE = ROOT / "examples" / "profiles" / "home-services.toml"
PROFILE = Profile(name="Test", offering="AC repair", keywords=["ac"])
EVIDENCE = "EVIDENCE"  # every customer text holds it, so the scripted quotes survive grounding


def expected(*, mentioned: bool = False, amount: str = "unknown", sensitivity: str = "neutral",
             decides: bool | None = None, others: bool = False, fit: str = "unknown",
             urgent: bool = False, timeframe: str = "unknown", red_flags: bool = False) -> dict[str, Any]:
    return {"budget": {"mentioned": mentioned, "amount_indicated": amount, "sensitivity": sensitivity},
            "authority": {"is_decision_maker": decides, "mentioned_others": others},
            "need": {"fit_score_hint": fit, "urgent": urgent},
            "timeline": {"timeframe": timeframe}, "red_flags": red_flags}


def reading(*, mentioned: bool = False, amount: str = "unknown", sensitivity: str = "neutral",
            decides: bool | None = None, fit: str = "unknown", urgent: bool = False,
            timeframe: str = "unknown", red_flags: bool = False) -> Signals:
    """What the scripted extractor says, with verbatim quotes wherever a claim needs one."""
    return Signals(
        budget=Budget(mentioned=mentioned, amount_indicated=amount, sensitivity=sensitivity,
                      quotes=[EVIDENCE] if mentioned else []),
        authority=Authority(is_decision_maker=decides, quotes=[EVIDENCE] if decides is not None else []),
        need=Need(fit_score_hint=fit, urgency_signals=[EVIDENCE] if urgent else []),
        timeline=Timeline(mentioned=timeframe != "unknown", timeframe=timeframe,
                          quotes=[EVIDENCE] if timeframe != "unknown" else []),
        red_flags=["scripted flag"] if red_flags else [],
    )


# id -> (label, what the scripted extractor reads). Hand-computed under the default policy:
#   A expected 25+25+25+25=100 hot,  predicted 100 hot    (all nine fields agree)
#   B expected 10+25+25+20=80 hot,   predicted 10+12+25+20=67 warm  (is_decision_maker)
#   C expected (12-8)+12+15+6=37 cold, predicted 100 hot  (amount, sensitivity, dm, fit, timeframe)
#   D expected red flag: 0+12+0+8=20 cold, predicted 10+12+8+8=38 cold  (red_flags)
CASES: dict[str, tuple[dict[str, Any], Signals]] = {
    "case-1": (expected(mentioned=True, amount="20k+", decides=True, fit="clear_fit", urgent=True,
                        timeframe="immediate"),
               reading(mentioned=True, amount="20k+", decides=True, fit="clear_fit", urgent=True,
                       timeframe="immediate")),
    "case-2": (expected(decides=True, fit="clear_fit", timeframe="this_month"),
               reading(fit="clear_fit", timeframe="this_month")),
    "case-3": (expected(mentioned=True, amount="1k-5k", sensitivity="price_sensitive", fit="possible_fit",
                        timeframe="this_year"),
               reading(mentioned=True, amount="20k+", decides=True, fit="clear_fit", timeframe="immediate")),
    "case-4": (expected(red_flags=True), reading()),
}


@dataclass
class ByText:
    """Returns the prepared signals of the case whose id is in the customer's text."""

    name: str = "scripted"

    def extract(self, conversation: Conversation, profile: Profile) -> Extraction:
        case_id = conversation.customer_text.split()[0]
        return Extraction(CASES[case_id][1])


def labelled_file() -> bytes:
    return b"".join(json.dumps({"id": case_id, "conversation": f"{case_id} {EVIDENCE}",
                                "expected": label}).encode() + b"\n"
                    for case_id, (label, _) in CASES.items())


@pytest.fixture(scope="module")
def summary() -> dict[str, Any]:
    return evaluate(read_leads(labelled_file()), PROFILE, ByText()).to_dict()


def test_scores_per_case() -> None:
    report = evaluate(read_leads(labelled_file()), PROFILE, ByText())
    rows = [(c.id, c.expected_total, c.expected_tier, c.predicted_total, c.predicted_tier)
            for c in report.cases]
    assert rows == [("case-1", 100, "hot", 100, "hot"), ("case-2", 80, "hot", 67, "warm"),
                    ("case-3", 37, "cold", 100, "hot"), ("case-4", 20, "cold", 38, "cold")]


def test_field_accuracy(summary: dict[str, Any]) -> None:
    assert summary["cases"] == 4
    assert summary["field_accuracy"] == {
        "budget.mentioned": 1.0, "budget.amount_indicated": 0.75, "budget.sensitivity": 0.75,
        "authority.is_decision_maker": 0.5, "authority.mentioned_others": 1.0,
        "need.fit_score_hint": 0.75, "need.urgent": 1.0, "timeline.timeframe": 0.75, "red_flags": 0.75,
    }
    assert summary["field_agreement"] == round(7.25 / 9, 4)


def test_tiers_confusion_and_hot_rates(summary: dict[str, Any]) -> None:
    assert summary["tier_agreement"] == 0.5
    confusion = summary["confusion"]
    assert confusion["hot"] == {"hot": 1, "warm": 1, "cold": 0, "disqualified": 0}
    assert confusion["cold"] == {"hot": 1, "warm": 0, "cold": 1, "disqualified": 0}
    assert confusion["warm"] == confusion["disqualified"] == dict.fromkeys(confusion["hot"], 0)
    assert summary["hot_false_positive_rate"] == 0.5  # 1 of 2 predicted hot is not hot
    assert summary["hot_false_negative_rate"] == 0.5  # 1 of 2 truly hot is missed


def test_mae_and_misses(summary: dict[str, Any]) -> None:
    assert summary["score_mae"] == (0 + 13 + 63 + 18) / 4
    assert summary["misses"] == [
        {"id": "case-2", "fields": ["authority.is_decision_maker", "tier"]},
        {"id": "case-3", "fields": ["budget.amount_indicated", "budget.sensitivity",
                                    "authority.is_decision_maker", "need.fit_score_hint",
                                    "timeline.timeframe", "tier"]},
        {"id": "case-4", "fields": ["red_flags"]},
    ]
    assert summary["fallbacks"] == 0 and summary["cost_usd"] is None


def test_rates_are_none_without_a_denominator() -> None:
    empty = summarise([])
    assert empty["cases"] == 0 and empty["tier_agreement"] is None and empty["score_mae"] is None
    data = json.dumps({"id": "case-4", "conversation": f"case-4 {EVIDENCE}",
                       "expected": CASES["case-4"][0]}).encode()
    summary = evaluate(read_leads(data), PROFILE, ByText()).to_dict()
    assert summary["hot_false_positive_rate"] is None and summary["hot_false_negative_rate"] is None


def test_a_stated_tier_in_the_file_is_ignored() -> None:
    label = {**CASES["case-4"][0], "tier": "hot"}  # wrong on purpose: the tier is recomputed
    data = json.dumps({"id": "case-4", "conversation": f"case-4 {EVIDENCE}", "expected": label}).encode()
    (case,) = evaluate(read_leads(data), PROFILE, ByText()).cases
    assert case.expected_tier == "cold"


def test_unlabelled_or_broken_cases_are_refused() -> None:
    with pytest.raises(ValueError, match="no 'expected' block"):
        evaluate(read_leads(b'{"id": "x-1", "conversation": "case-1 hi"}\n'), PROFILE, ByText())
    with pytest.raises(ValueError, match="unreadable case"):
        evaluate(read_leads(b'{"id": "x-1", "conver\n'), PROFILE, ByText())


def test_split_rule() -> None:
    assert [split_of(i) for i in ("hs-001", "hs-002", "hs-003", "hs-012", "b2b-he-30")] == [
        "dev", "dev", "test", "test", "test"]
    with pytest.raises(ValueError, match="must end in a number"):
        split_of("hs-x")


# --- leadqual eval --json, through the console script ----------------------------------------

def write_rules_cases(folder: Path) -> Path:
    """Two cases whose rules reading was checked by hand (home-services profile).

    e-1: budget not mentioned, owner, clear fit and urgent, immediate: 10+25+25+25 = 85 hot; the
         label says exactly that.
    e-2: the rules read just browsing, clear fit, nothing else: 10+12+25+0 = 47 cold; the label
         claims a 20k+ not-concerned owner who needs it now: 25+25+25+25 = 100 hot.
    """
    cases = [
        {"id": "e-1", "conversation": "Customer: our AC is leaking, can you come today?\n"
                                      "Agent: are you the owner?\nCustomer: yes",
         "expected": expected(decides=True, fit="clear_fit", urgent=True, timeframe="immediate")},
        {"id": "e-2", "conversation": "just looking at prices for a split unit, nothing planned yet",
         "expected": expected(mentioned=True, amount="20k+", sensitivity="not_concerned", decides=True,
                              fit="clear_fit", urgent=True, timeframe="immediate")},
    ]
    path = folder / "cases.jsonl"
    path.write_text("".join(json.dumps(c) + "\n" for c in cases), encoding="utf-8")
    return path


def eval_cli(*args: str | Path) -> subprocess.CompletedProcess[str]:
    """Run ``leadqual eval`` with a data directory of its own (never the user's)."""
    beside = Path(sys.executable).parent / "leadqual"
    script = str(beside) if beside.exists() else shutil.which("leadqual")
    assert script
    data_dir = tempfile.mkdtemp(prefix="leadqual-eval-")
    env = {**os.environ, "HOME": data_dir, "LEADQUAL_DATA_DIR": data_dir}
    env.pop("LEADQUAL_DATABASE_URL", None)
    try:
        return subprocess.run([script, "eval", *map(str, args)], capture_output=True, text=True,
                              timeout=120, check=False, cwd=ROOT, env=env)
    finally:
        shutil.rmtree(data_dir, ignore_errors=True)


def test_eval_json_via_the_console_script(tmp_path: Path) -> None:
    path = write_rules_cases(tmp_path)
    result = eval_cli(path, "--profile", HOME_PROFILE, "--json")
    assert result.returncode == 0, result.stderr
    report = json.loads(result.stdout)
    assert report["extractor"] == "rules" and report["fields"] == list(FIELDS)
    overall = report["overall"]
    assert report["files"][str(path)]["cases"] == overall["cases"] == 2
    accuracy = overall["field_accuracy"]
    for field in ("budget.mentioned", "budget.amount_indicated", "budget.sensitivity",
                  "authority.is_decision_maker", "need.urgent", "timeline.timeframe"):
        assert accuracy[field] == 0.5, field
    for field in ("authority.mentioned_others", "need.fit_score_hint", "red_flags"):
        assert accuracy[field] == 1.0, field
    assert overall["field_agreement"] == round(6 / 9, 4)
    assert overall["tier_agreement"] == 0.5
    assert overall["confusion"]["hot"] == {"hot": 1, "warm": 0, "cold": 1, "disqualified": 0}
    assert overall["hot_false_positive_rate"] == 0.0
    assert overall["hot_false_negative_rate"] == 0.5
    assert overall["score_mae"] == (0 + 53) / 2
    assert [m["id"] for m in overall["misses"]] == ["e-2"]


def test_eval_finds_the_profile_in_the_sidecar(tmp_path: Path) -> None:
    path = write_rules_cases(tmp_path)
    (tmp_path / "cases.meta.json").write_text(json.dumps({"profile": str(HOME_PROFILE)}), encoding="utf-8")
    result = eval_cli(path, "--json")
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout)["overall"]["tier_agreement"] == 0.5


def test_eval_usage_errors(tmp_path: Path) -> None:
    path = write_rules_cases(tmp_path)
    no_profile = eval_cli(path)
    assert no_profile.returncode == 2 and "no profile for" in no_profile.stderr
    unlabelled = tmp_path / "plain.jsonl"
    unlabelled.write_text('{"id": "p-1", "conversation": "hi"}\n', encoding="utf-8")
    refused = eval_cli(unlabelled, "--profile", HOME_PROFILE)
    assert refused.returncode == 2 and "no 'expected' block" in refused.stderr
