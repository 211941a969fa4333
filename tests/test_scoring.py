"""The reference scoring rules of issue 2, one table row per rule, and policy files."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from leadqual import PolicyError, Signals, default_policy, load_policy, qualify, score
from leadqual.profile import Profile
from leadqual.signals import Authority, Budget, Need, Timeline

# A lead with nothing said: budget 10, authority 12, need 8, timeline 8.
BASE = {"budget": 10, "authority": 12, "need": 8, "timeline": 8}


def make(
    *,
    budget: dict[str, Any] | None = None,
    authority: dict[str, Any] | None = None,
    need: dict[str, Any] | None = None,
    timeline: dict[str, Any] | None = None,
    red_flags: list[str] | None = None,
) -> Signals:
    """Signals with only the given fields set (the rest at their "not said" defaults)."""
    return Signals(
        budget=Budget(**(budget or {})),
        authority=Authority(**(authority or {})),
        need=Need(**(need or {})),
        timeline=Timeline(**(timeline or {})),
        red_flags=red_flags or [],
    )


def mentioned(bucket: str, sensitivity: str = "neutral") -> dict[str, Any]:
    return {"mentioned": True, "amount_indicated": bucket, "sensitivity": sensitivity}


URGENT = {"urgency_signals": ["asap"]}

# (rule, signals, expected breakdown changes over BASE)
RULES: list[tuple[str, Signals, dict[str, int]]] = [
    # Budget map.
    ("budget 20k+ is 25", make(budget=mentioned("20k+")), {"budget": 25}),
    ("budget 5k-20k is 20", make(budget=mentioned("5k-20k")), {"budget": 20}),
    ("budget 1k-5k is 12", make(budget=mentioned("1k-5k")), {"budget": 12}),
    ("budget under 1k is 5", make(budget=mentioned("under 1k")), {"budget": 5}),
    ("budget mentioned, amount unknown is 10", make(budget=mentioned("unknown")), {"budget": 10}),
    ("budget not mentioned is 10", make(), {"budget": 10}),
    ("not concerned changes nothing", make(budget=mentioned("20k+", "not_concerned")), {"budget": 25}),
    # Price sensitivity: minus 8, floor 0.
    ("price sensitive 20k+ is 25-8", make(budget=mentioned("20k+", "price_sensitive")), {"budget": 17}),
    ("price sensitive 5k-20k is 20-8", make(budget=mentioned("5k-20k", "price_sensitive")), {"budget": 12}),
    ("price sensitive 1k-5k is 12-8", make(budget=mentioned("1k-5k", "price_sensitive")), {"budget": 4}),
    ("price sensitive under 1k floors at 0", make(budget=mentioned("under 1k", "price_sensitive")),
     {"budget": 0}),
    ("price sensitive unknown amount is 10-8", make(budget=mentioned("unknown", "price_sensitive")),
     {"budget": 2}),
    # Authority.
    ("decision maker is 25", make(authority={"is_decision_maker": True}), {"authority": 25}),
    ("decision maker with others is still 25",
     make(authority={"is_decision_maker": True, "mentioned_others": True}), {"authority": 25}),
    ("authority unknown is 12", make(authority={"is_decision_maker": None}), {"authority": 12}),
    ("not decision maker, others mentioned is 8",
     make(authority={"is_decision_maker": False, "mentioned_others": True}), {"authority": 8}),
    ("not decision maker, nobody else is 0", make(authority={"is_decision_maker": False}),
     {"authority": 0}),
    # Need, with the urgency bonus capped at 25.
    ("clear fit is 25", make(need={"fit_score_hint": "clear_fit"}), {"need": 25}),
    ("possible fit is 15", make(need={"fit_score_hint": "possible_fit"}), {"need": 15}),
    ("poor fit is 0", make(need={"fit_score_hint": "poor_fit"}), {"need": 0}),
    ("unknown fit is 8", make(need={"fit_score_hint": "unknown"}), {"need": 8}),
    ("clear fit + urgency is capped at 25", make(need={"fit_score_hint": "clear_fit", **URGENT}),
     {"need": 25}),
    ("possible fit + urgency is 20", make(need={"fit_score_hint": "possible_fit", **URGENT}), {"need": 20}),
    ("poor fit + urgency is 5", make(need={"fit_score_hint": "poor_fit", **URGENT}), {"need": 5}),
    ("unknown fit + urgency is 13", make(need={"fit_score_hint": "unknown", **URGENT}), {"need": 13}),
    ("two urgency signals give one bonus",
     make(need={"fit_score_hint": "possible_fit", "urgency_signals": ["asap", "today"]}), {"need": 20}),
    # Timeline.
    ("immediate is 25", make(timeline={"timeframe": "immediate"}), {"timeline": 25}),
    ("this month is 20", make(timeline={"timeframe": "this_month"}), {"timeline": 20}),
    ("this quarter is 12", make(timeline={"timeframe": "this_quarter"}), {"timeline": 12}),
    ("this year is 6", make(timeline={"timeframe": "this_year"}), {"timeline": 6}),
    ("just browsing is 0", make(timeline={"timeframe": "just_browsing"}), {"timeline": 0}),
    ("timeline unknown is 8", make(timeline={"timeframe": "unknown"}), {"timeline": 8}),
    # Red flags zero budget and need, leave authority and timeline.
    ("red flag zeroes budget and need",
     make(budget=mentioned("20k+"), authority={"is_decision_maker": True},
          need={"fit_score_hint": "clear_fit", **URGENT}, timeline={"timeframe": "immediate"},
          red_flags=["abuse"]),
     {"budget": 0, "authority": 25, "need": 0, "timeline": 25}),
    ("red flag on an empty lead", make(red_flags=["outside the service area"]), {"budget": 0, "need": 0}),
]


@pytest.mark.parametrize(("rule", "signals", "changes"), RULES, ids=[r[0] for r in RULES])
def test_reference_rule(rule: str, signals: Signals, changes: dict[str, int]) -> None:
    result = score(signals, default_policy())
    expected = {**BASE, **changes}
    assert result.breakdown == expected, rule
    assert result.total == sum(expected.values())


D = {"is_decision_maker": True}
UNKNOWN_A = {"is_decision_maker": None}
NOT_D = {"is_decision_maker": False}

# (total, signals giving exactly that total, tier, SLA, needs review)
EDGES: list[tuple[int, Signals, str, str, bool]] = [
    (100, make(budget=mentioned("20k+"), authority=D, need={"fit_score_hint": "clear_fit"},
               timeline={"timeframe": "immediate"}), "hot", "call within 1 hour", False),
    (80, make(authority=D, need={"fit_score_hint": "clear_fit"}, timeline={"timeframe": "this_month"}),
     "hot", "call within 1 hour", False),
    (79, make(budget=mentioned("20k+", "price_sensitive"), authority=D,
              need={"fit_score_hint": "clear_fit"}, timeline={"timeframe": "this_quarter"}),
     "warm", "follow up within 24 hours", False),
    (56, make(authority=D, need={"fit_score_hint": "possible_fit"}, timeline={"timeframe": "this_year"}),
     "warm", "follow up within 24 hours", False),
    (55, make(authority=D, timeline={"timeframe": "this_quarter"}),
     "warm", "follow up within 24 hours", True),
    (50, make(need={"fit_score_hint": "possible_fit", **URGENT}),
     "warm", "follow up within 24 hours", True),
    (49, make(authority=D, timeline={"timeframe": "this_year"}), "cold", "nurture sequence", True),
    (45, make(budget=mentioned("20k+"), timeline={"timeframe": "just_browsing"}),
     "cold", "nurture sequence", True),
    (44, make(budget=mentioned("1k-5k"), need={"fit_score_hint": "possible_fit", **URGENT},
              timeline={"timeframe": "just_browsing"}), "cold", "nurture sequence", False),
    (20, make(red_flags=["abuse"]), "cold", "nurture sequence", False),
    (19, make(budget=mentioned("under 1k"), authority=NOT_D, timeline={"timeframe": "this_year"}),
     "disqualified", "no follow-up", False),
    (0, make(authority=NOT_D, timeline={"timeframe": "just_browsing"}, red_flags=["x"]),
     "disqualified", "no follow-up", False),
]


@pytest.mark.parametrize(("total", "signals", "tier", "sla", "review"), EDGES,
                         ids=[f"total-{e[0]}" for e in EDGES])
def test_tiers_sla_and_review_band(total: int, signals: Signals, tier: str, sla: str, review: bool) -> None:
    result = score(signals, default_policy())
    assert result.total == total
    assert (result.tier, result.sla, result.needs_review) == (tier, sla, review)


def test_score_is_pure() -> None:
    signals = make(budget=mentioned("5k-20k"), authority=D)
    before = signals.model_dump()
    assert score(signals, default_policy()) == score(signals, default_policy())
    assert signals.model_dump() == before


def test_default_policy_version() -> None:
    assert default_policy().version == "default-1"
    assert load_policy(None) is default_policy()


# --- Policy files --------------------------------------------------------------------------

def write(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "policy.toml"
    path.write_text(text, encoding="utf-8")
    return path


def test_partial_override_changes_only_its_keys(tmp_path: Path) -> None:
    policy = load_policy(write(tmp_path, '''
version = "acme-7"
[budget]
amounts = { "20k+" = 30, "5k-20k" = 20, "1k-5k" = 12, "under 1k" = 5, "unknown" = 10 }
[tiers]
hot = 90
[sla]
hot = "call within 10 minutes"
'''))
    assert policy.version == "acme-7"
    assert policy.budget.amounts["20k+"] == 30
    assert policy.budget.price_sensitive_penalty == 8  # untouched keys keep the default
    assert policy.authority == default_policy().authority
    assert (policy.tiers.hot, policy.tiers.warm, policy.tiers.cold) == (90, 50, 20)
    lead = make(budget=mentioned("20k+"), authority=D, need={"fit_score_hint": "clear_fit"},
                timeline={"timeframe": "this_month"})
    assert score(lead, default_policy()).total == 95
    result = score(lead, policy)
    assert (result.total, result.tier, result.sla) == (100, "hot", "call within 10 minutes")
    lower = make(budget=mentioned("20k+"), authority=D, need={"fit_score_hint": "clear_fit"},
                 timeline={"timeframe": "unknown"})
    assert score(lower, policy).tier == "warm"  # 88 < the new hot threshold of 90


def test_a_map_is_overridden_key_by_key(tmp_path: Path) -> None:
    policy = load_policy(write(tmp_path, "[timeline]\ntimeframe = { immediate = 30 }\n"))
    assert policy.timeline.timeframe == {**default_policy().timeline.timeframe, "immediate": 30}


def test_override_of_weights_and_red_flag_dimensions(tmp_path: Path) -> None:
    policy = load_policy(write(tmp_path, '''
[authority]
unknown = 0
[need]
urgency_bonus = 10
urgency_cap = 20
[red_flags]
zero = ["budget", "need", "authority", "timeline"]
[review]
band = [10, 12]
'''))
    assert policy.version == "default-1+custom"  # no version given: marked as changed
    assert score(make(), policy).breakdown["authority"] == 0
    assert score(make(need={"fit_score_hint": "possible_fit", **URGENT}), policy).breakdown["need"] == 20
    assert score(make(need={"fit_score_hint": "unknown", **URGENT}), policy).breakdown["need"] == 18
    flagged = score(make(authority=D, timeline={"timeframe": "immediate"}, red_flags=["x"]), policy)
    assert flagged.total == 0 and flagged.tier == "disqualified"
    assert score(make(budget=mentioned("1k-5k"), authority=NOT_D, need={"fit_score_hint": "poor_fit"},
                      timeline={"timeframe": "just_browsing"}), policy).needs_review


@pytest.mark.parametrize(("text", "named"), [
    ("colour = 3\n", "colour"),
    ("[budget]\nnot_mentiond = 4\n", "not_mentiond"),
    ("[tiers]\nlukewarm = 60\n", "lukewarm"),
    ('[need]\nfit = { clear_fit = 25, possible_fit = 15, poor_fit = 0, unknown = 8, great = 30 }\n', "great"),
    ('[timeline]\ntimeframe = { immediate = 25, someday = 3 }\n', "someday"),
    ("[review]\nband = [45, 55]\nwidth = 3\n", "width"),
])
def test_unknown_or_missing_keys_are_errors(tmp_path: Path, text: str, named: str) -> None:
    with pytest.raises(PolicyError) as caught:
        load_policy(write(tmp_path, text))
    message = str(caught.value)
    assert named in message and "policy.toml" in message


@pytest.mark.parametrize("tiers", ["hot = 40", "warm = 10", "cold = 90", "hot = 60\nwarm = 70"])
def test_threshold_order_is_validated(tmp_path: Path, tiers: str) -> None:
    with pytest.raises(PolicyError, match="hot >= warm >= cold"):
        load_policy(write(tmp_path, f"[tiers]\n{tiers}\n"))


def test_missing_and_broken_policy_files(tmp_path: Path) -> None:
    with pytest.raises(PolicyError, match="does not exist"):
        load_policy(tmp_path / "nope.toml")
    with pytest.raises(PolicyError, match="TOML"):
        load_policy(write(tmp_path, "[budget\n"))


def test_policy_version_is_recorded_in_every_output(tmp_path: Path) -> None:
    policy = load_policy(write(tmp_path, 'version = "pricing-2026-03"\n[tiers]\nhot = 85\n'))
    profile = Profile(name="Cool Air", offering="AC repair", keywords=["ac"])
    result = qualify("Customer: our AC is leaking, can you come today?", profile, policy=policy)
    assert result.metadata.policy_version == "pricing-2026-03"
    assert qualify("hello", profile).metadata.policy_version == "default-1"
