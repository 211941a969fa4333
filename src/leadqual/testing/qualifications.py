"""Ready-made qualifications of each tier, scored by the default policy, for tests and docs."""

from __future__ import annotations

from typing import Any

from leadqual.pipeline import Metadata, Qualification
from leadqual.scoring import default_policy, score
from leadqual.signals import Authority, Budget, Need, Signals, Timeline

_SIGNALS: dict[str, Signals] = {
    "hot": Signals(
        budget=Budget(mentioned=True, amount_indicated="20k+", sensitivity="not_concerned",
                      quotes=["budget is 25k"], amount=25000.0, currency="USD"),
        authority=Authority(is_decision_maker=True, role_signals=["owner"], quotes=["I own the place"]),
        need=Need(problem_stated=True, problem_description="The AC died in a 35 degree heat wave.",
                  urgency_signals=["today"], fit_score_hint="clear_fit"),
        timeline=Timeline(mentioned=True, timeframe="immediate", quotes=["today"]),
    ),
    "warm": Signals(
        authority=Authority(is_decision_maker=True),
        need=Need(problem_stated=True, problem_description="Wants a second unit for the office.",
                  fit_score_hint="possible_fit"),
        timeline=Timeline(mentioned=True, timeframe="this_month", quotes=["this month"]),
    ),
    "cold": Signals(),
    "disqualified": Signals(
        budget=Budget(mentioned=True, amount_indicated="under 1k", sensitivity="price_sensitive"),
        authority=Authority(is_decision_maker=False),
        need=Need(fit_score_hint="poor_fit"),
        timeline=Timeline(mentioned=True, timeframe="just_browsing"),
    ),
}


def sample_qualification(tier: str, lead_id: str = "lead-1") -> Qualification:
    """A qualification that the default policy puts in ``tier``."""
    policy = default_policy()
    signals = _SIGNALS[tier]
    result = Qualification(id=lead_id, score=score(signals, policy), signals=signals,
                           metadata=Metadata(lead_id=lead_id, extractor="rules",
                                             policy_version=policy.version))
    if result.score.tier != tier:
        raise AssertionError(f"sample {tier} scored {result.score.tier}: update the sample signals")
    return result


def sample_lead(lead_id: str = "lead-1", *, email: bool = True) -> dict[str, Any]:
    """A lead record (the contract's input object) with a contact."""
    return {"id": lead_id, "conversation": "Customer: the AC died, come today",
            "contact": {"name": f"Dana {lead_id}", "phone": "+972-50-000-0000",
                        "email": f"{lead_id}@example.com" if email else None}}
