"""Labelled cases: the ``expected`` block, its signals, tier and the dev/test split."""

from __future__ import annotations

import re
from typing import Any

from pydantic import BaseModel, ConfigDict

from leadqual.scoring import Policy, Tier, default_policy, score
from leadqual.signals import (
    AmountBucket,
    Authority,
    Budget,
    Fit,
    Need,
    Sensitivity,
    Signals,
    Timeframe,
    Timeline,
)


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid")


class ExpectedBudget(_Strict):
    """Expected budget fields."""

    mentioned: bool
    amount_indicated: AmountBucket
    sensitivity: Sensitivity


class ExpectedAuthority(_Strict):
    """Expected authority fields."""

    is_decision_maker: bool | None
    mentioned_others: bool


class ExpectedNeed(_Strict):
    """Expected need fields."""

    fit_score_hint: Fit
    urgent: bool


class ExpectedTimeline(_Strict):
    """Expected timeline fields."""

    timeframe: Timeframe


class Expected(_Strict):
    """The ``expected`` block of a labelled case: only the fields scoring reads."""

    budget: ExpectedBudget
    authority: ExpectedAuthority
    need: ExpectedNeed
    timeline: ExpectedTimeline
    red_flags: bool
    tier: Tier | None = None


# The nine scored fields, as (name, getter) pairs over a flat view of the signals.
FIELDS: tuple[str, ...] = (
    "budget.mentioned",
    "budget.amount_indicated",
    "budget.sensitivity",
    "authority.is_decision_maker",
    "authority.mentioned_others",
    "need.fit_score_hint",
    "need.urgent",
    "timeline.timeframe",
    "red_flags",
)


def expected_signals(expected: Expected) -> Signals:
    """Signals equivalent to a labelled expectation (for scoring and comparison)."""
    return Signals(
        budget=Budget(
            mentioned=expected.budget.mentioned,
            amount_indicated=expected.budget.amount_indicated,
            sensitivity=expected.budget.sensitivity,
        ),
        authority=Authority(
            is_decision_maker=expected.authority.is_decision_maker,
            mentioned_others=expected.authority.mentioned_others,
        ),
        need=Need(
            fit_score_hint=expected.need.fit_score_hint,
            urgency_signals=["(urgent)"] if expected.need.urgent else [],
        ),
        timeline=Timeline(timeframe=expected.timeline.timeframe),
        red_flags=["(red flag)"] if expected.red_flags else [],
    )


def flat_fields(signals: Signals) -> dict[str, Any]:
    """The nine scored fields of a reading, keyed as in :data:`FIELDS`."""
    return {
        "budget.mentioned": signals.budget.mentioned,
        "budget.amount_indicated": signals.budget.amount_indicated,
        "budget.sensitivity": signals.budget.sensitivity,
        "authority.is_decision_maker": signals.authority.is_decision_maker,
        "authority.mentioned_others": signals.authority.mentioned_others,
        "need.fit_score_hint": signals.need.fit_score_hint,
        "need.urgent": bool(signals.need.urgency_signals),
        "timeline.timeframe": signals.timeline.timeframe,
        "red_flags": bool(signals.red_flags),
    }


def expected_tier(expected: Expected, policy: Policy | None = None) -> Tier:
    """The tier the default (or given) policy gives the expected signals."""
    return score(expected_signals(expected), policy or default_policy()).tier


_TRAILING_NUMBER = re.compile(r"(\d+)\D*$")


def split_of(case_id: str) -> str:
    """The fixed split rule: a case whose id ends in a number divisible by 3 is ``test``.

    Ids are numbered in the order cases were written, so every third case is held out;
    the rule never looks at the content, so nobody can pick easy test cases.
    """
    match = _TRAILING_NUMBER.search(case_id)
    if not match:
        raise ValueError(f"case id {case_id!r} must end in a number (e.g. hs-007)")
    return "test" if int(match.group(1)) % 3 == 0 else "dev"
