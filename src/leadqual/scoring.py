"""The scoring policy and the pure ``score(signals, policy)`` function.

Scoring is data: every weight, map, threshold and SLA lives in a versioned policy
(TOML). A policy file overrides the default key by key; unknown keys are errors.
"""

from __future__ import annotations

import tomllib
from functools import cache
from importlib import resources
from pathlib import Path
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, ValidationError, model_validator

from leadqual.errors import PolicyError
from leadqual.signals import AMOUNT_BUCKETS, FITS, TIMEFRAMES, Signals

Tier = Literal["hot", "warm", "cold", "disqualified"]
TIERS: tuple[Tier, ...] = ("hot", "warm", "cold", "disqualified")
Dimension = Literal["budget", "authority", "need", "timeline"]


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


def _require_keys(mapping: dict[str, int], keys: tuple[str, ...], where: str) -> None:
    missing = [k for k in keys if k not in mapping]
    unknown = [k for k in mapping if k not in keys]
    if missing or unknown:
        raise ValueError(
            f"{where} must have exactly the keys {list(keys)}"
            + (f"; missing {missing}" if missing else "")
            + (f"; unknown {unknown}" if unknown else "")
        )


class BudgetRules(_Strict):
    """Points for what the customer said about money."""

    amounts: dict[str, int]
    price_sensitive_penalty: int
    not_mentioned: int

    @model_validator(mode="after")
    def _check(self) -> BudgetRules:
        _require_keys(self.amounts, AMOUNT_BUCKETS, "budget.amounts")
        return self


class AuthorityRules(_Strict):
    """Points for who decides."""

    decision_maker: int
    unknown: int
    others_involved: int
    not_decision_maker: int


class NeedRules(_Strict):
    """Points for fit, plus a bonus for urgency."""

    fit: dict[str, int]
    urgency_bonus: int
    urgency_cap: int = 25

    @model_validator(mode="after")
    def _check(self) -> NeedRules:
        _require_keys(self.fit, FITS, "need.fit")
        return self


class TimelineRules(_Strict):
    """Points per timeframe."""

    timeframe: dict[str, int]

    @model_validator(mode="after")
    def _check(self) -> TimelineRules:
        _require_keys(self.timeframe, TIMEFRAMES, "timeline.timeframe")
        return self


class RedFlagRules(_Strict):
    """Which dimensions any red flag sets to zero."""

    zero: list[Dimension]


class TierThresholds(_Strict):
    """The lowest total of each tier; anything below ``cold`` is disqualified."""

    hot: int
    warm: int
    cold: int

    @model_validator(mode="after")
    def _check(self) -> TierThresholds:
        if not self.hot >= self.warm >= self.cold:
            raise ValueError("tiers must satisfy hot >= warm >= cold")
        return self


class Slas(_Strict):
    """The follow-up promise for each tier."""

    hot: str
    warm: str
    cold: str
    disqualified: str


class ReviewRules(_Strict):
    """Totals in ``band`` (inclusive) are marked for human review."""

    band: tuple[int, int]


class Policy(_Strict):
    """A complete, validated scoring policy."""

    version: str
    budget: BudgetRules
    authority: AuthorityRules
    need: NeedRules
    timeline: TimelineRules
    red_flags: RedFlagRules
    tiers: TierThresholds
    sla: Slas
    review: ReviewRules

    def tier_for(self, total: int) -> Tier:
        """The tier of a total under this policy's thresholds."""
        if total >= self.tiers.hot:
            return "hot"
        if total >= self.tiers.warm:
            return "warm"
        if total >= self.tiers.cold:
            return "cold"
        return "disqualified"


class Score(BaseModel):
    """The result of scoring: total, tier, breakdown, SLA and review flag."""

    model_config = ConfigDict(extra="forbid")

    total: int
    tier: Tier
    breakdown: dict[str, int]
    sla: str
    needs_review: bool = False


def score(signals: Signals, policy: Policy) -> Score:
    """Score signals under a policy. Pure: the same input always gives the same output."""
    b = policy.budget
    if not signals.budget.mentioned:
        budget = b.not_mentioned
    else:
        budget = b.amounts[signals.budget.amount_indicated]
        if signals.budget.sensitivity == "price_sensitive":
            budget = max(0, budget - b.price_sensitive_penalty)

    a = policy.authority
    if signals.authority.is_decision_maker is True:
        authority = a.decision_maker
    elif signals.authority.is_decision_maker is None:
        authority = a.unknown
    elif signals.authority.mentioned_others:
        authority = a.others_involved
    else:
        authority = a.not_decision_maker

    n = policy.need
    need = n.fit[signals.need.fit_score_hint]
    if signals.need.urgency_signals:
        need = min(n.urgency_cap, need + n.urgency_bonus)

    timeline = policy.timeline.timeframe[signals.timeline.timeframe]

    breakdown = {"budget": budget, "authority": authority, "need": need, "timeline": timeline}
    if signals.red_flags:
        for dimension in policy.red_flags.zero:
            breakdown[dimension] = 0
    total = sum(breakdown.values())
    tier = policy.tier_for(total)
    low, high = policy.review.band
    return Score(
        total=total,
        tier=tier,
        breakdown=breakdown,
        sla=getattr(policy.sla, tier),
        needs_review=low <= total <= high,
    )


def _merge(base: dict[str, Any], override: dict[str, Any]) -> dict[str, Any]:
    """Override ``base`` key by key; tables merge, other values replace."""
    merged = dict(base)
    for key, value in override.items():
        if isinstance(value, dict) and isinstance(merged.get(key), dict):
            merged[key] = _merge(merged[key], value)
        else:
            merged[key] = value
    return merged


def _default_policy_data() -> dict[str, Any]:
    text = resources.files("leadqual").joinpath("default_policy.toml").read_text("utf-8")
    return tomllib.loads(text)


@cache
def default_policy() -> Policy:
    """The reference policy shipped with leadqual (version ``default-1``)."""
    return Policy.model_validate(_default_policy_data())


def policy_from_dict(override: dict[str, Any], source: str = "policy") -> Policy:
    """Build a policy from the keys that differ from the default; validate everything."""
    data = _merge(_default_policy_data(), override)
    if override and "version" not in override:
        data["version"] = f"{data['version']}+custom"
    try:
        return Policy.model_validate(data)
    except ValidationError as exc:
        problems = "; ".join(
            f"{'.'.join(str(p) for p in err['loc']) or '(top)'}: {err['msg']}"
            for err in exc.errors()
        )
        raise PolicyError(
            f"{source} is not a valid policy: {problems}. "
            "Fix or remove those keys (see the default policy in spec/data-contract.md)."
        ) from exc


def load_policy(path: str | Path | None = None) -> Policy:
    """Load a policy TOML file over the default; ``None`` gives the default policy."""
    if path is None:
        return default_policy()
    path = Path(path)
    try:
        override = tomllib.loads(path.read_text("utf-8"))
    except FileNotFoundError as exc:
        raise PolicyError(f"policy file {path} does not exist: check the --policy path") from exc
    except (tomllib.TOMLDecodeError, UnicodeDecodeError) as exc:
        raise PolicyError(f"policy file {path} is not valid UTF-8 TOML: {exc}") from exc
    return policy_from_dict(override, source=str(path))
