"""``--extractor cascade``: a cheap first reading, a strong model only when it matters.

The first stage (default ``rules``; or a small model) reads every lead. Its grounded
reading is scored; the lead is escalated to the strong stage (default ``claude``) when
the escalation rule says so:

- ``hot``: the first reading is HOT (a wrong HOT costs a salesperson an hour);
- ``borderline``: the total is inside the policy's review band;
- ``sparse``: fewer than ``min_known`` of the four BANT dimensions were read;
- ``always``: every lead (to compare the stages).

The metadata says which stage decided and why (``cascade`` in the notes).
"""

from __future__ import annotations

from typing import Any

from leadqual.conversation import Conversation
from leadqual.errors import ConfigError, ExtractionError
from leadqual.extractors.base import Extraction, Extractor, Usage
from leadqual.profile import Profile
from leadqual.scoring import Policy, default_policy, score
from leadqual.settings import get_settings
from leadqual.signals import Signals, ground

RULES = ("hot", "borderline", "sparse", "always")


def known_dimensions(signals: Signals) -> int:
    """How many of budget, authority, need and timeline the reading says something about."""
    return sum((
        signals.budget.mentioned,
        signals.authority.is_decision_maker is not None or signals.authority.mentioned_others,
        signals.need.problem_stated or signals.need.fit_score_hint != "unknown",
        signals.timeline.timeframe != "unknown",
    ))


class CascadeExtractor:
    """Two stages: ``first`` reads every lead, ``strong`` re-reads the ones the rule picks.

    Options: ``first`` / ``strong`` (extractor names or instances; defaults from the
    ``LEADQUAL_CASCADE_FIRST`` / ``LEADQUAL_CASCADE_STRONG`` settings: rules, claude),
    ``model`` (the strong stage's model, what ``--model`` sets), ``first_model``,
    ``escalate`` (comma list of hot, borderline, sparse, always), ``min_known`` (2),
    ``policy`` (scores the first reading; default policy).
    """

    name = "cascade"

    def __init__(self, first: str | Extractor | None = None, strong: str | Extractor | None = None,
                 *, model: str | None = None, first_model: str | None = None,
                 escalate: str | list[str] | None = None, min_known: int = 2,
                 policy: Policy | None = None) -> None:
        from leadqual.extractors import create_extractor

        settings = get_settings()
        rules = escalate if escalate is not None else settings.cascade_escalate
        self.escalate = [r.strip() for r in (rules.split(",") if isinstance(rules, str) else rules)
                         if r.strip()]
        unknown = [r for r in self.escalate if r not in RULES]
        if unknown:
            raise ConfigError(f"unknown cascade rule(s) {', '.join(unknown)}: use any of "
                              f"{', '.join(RULES)} (LEADQUAL_CASCADE_ESCALATE)")
        first_model = first_model or settings.cascade_first_model

        def build(spec: str | Extractor, model_name: str | None) -> Extractor:
            if not isinstance(spec, str):
                return spec
            return create_extractor(spec, **({"model": model_name} if model_name else {}))

        self.first = build(first or settings.cascade_first, first_model)
        self.strong = build(strong or settings.cascade_strong, model)
        self.min_known = min_known
        self.policy = policy or default_policy()

    def reasons(self, signals: Signals) -> list[str]:
        """Why the first reading must be escalated (empty: it decides)."""
        result = score(signals, self.policy)
        low, high = self.policy.review.band
        why: list[str] = []
        if "always" in self.escalate:
            why.append("always")
        if "hot" in self.escalate and result.tier == "hot":
            why.append(f"first reading is hot ({result.total})")
        if "borderline" in self.escalate and low <= result.total <= high:
            why.append(f"total {result.total} is inside the review band {low}-{high}")
        known = known_dimensions(signals)
        if "sparse" in self.escalate and known < self.min_known:
            why.append(f"only {known} of 4 dimensions read")
        return why

    def extract(self, conversation: Conversation, profile: Profile) -> Extraction:
        """Read with the first stage; escalate to the strong stage when the rule says so."""
        first = self.first.extract(conversation, profile)
        grounded, _ = ground(first.signals, conversation.customer_text)
        calls: list[dict[str, Any]] = [*first.notes.get("calls", [])]
        why = self.reasons(grounded)
        info: dict[str, Any] = {"first": self.first.name, "strong": self.strong.name,
                                "first_total": score(grounded, self.policy).total,
                                "reasons": why}
        if not why:
            info["decided_by"] = "first"
            return Extraction(grounded, first.model, first.usage,
                              {**first.notes, "calls": calls, "cascade": info})
        try:
            strong = self.strong.extract(conversation, profile)
        except ExtractionError as exc:
            # The strong stage is a second opinion; without it the first reading stands.
            calls += getattr(exc, "calls", [])
            info.update(decided_by="first", strong_error=str(exc))
            return Extraction(grounded, first.model,
                              _total(first.usage, getattr(exc, "usage", None)),
                              {**first.notes, "calls": calls, "cascade": info})
        calls += strong.notes.get("calls", [])
        info["decided_by"] = "strong"
        return Extraction(strong.signals, strong.model, _total(first.usage, strong.usage),
                          {**strong.notes, "calls": calls, "cascade": info})


def _total(a: Usage | None, b: Usage | None) -> Usage | None:
    if a is None or b is None:
        return a or b
    return a + b
