"""History read for reports and re-scoring: each lead's newest qualification and outcome."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from datetime import datetime

from pydantic import ValidationError
from sqlalchemy import select
from sqlalchemy.orm import Session

from leadqual.scoring import Policy, score
from leadqual.signals import Signals
from leadqual.store.models import OutcomeRow, utc
from leadqual.store.qualifications import latest_qualifications
from leadqual.store.reviews import latest_reviews


@dataclass(frozen=True)
class HistoryRow:
    """One lead as the reports see it: its newest qualification, review and outcome."""

    lead_id: str
    qualified_at: datetime
    total: int
    tier: str
    reviewed_tier: str | None = None
    outcome: str | None = None
    outcome_at: datetime | None = None
    fallback: bool = False

    @property
    def final_tier(self) -> str:
        """The tier a person chose, else the machine's."""
        return self.reviewed_tier or self.tier


def load_history(session: Session, since: datetime | None = None) -> list[HistoryRow]:
    """Every lead whose newest qualification was made at or after ``since``."""
    rows = latest_qualifications(session, since)
    reviews = latest_reviews(session, [r.id for r in rows])
    outcomes = {o.lead_id: o for o in session.scalars(select(OutcomeRow))}
    history = []
    for row in rows:
        review, outcome = reviews.get(row.id), outcomes.get(row.lead_id)
        history.append(HistoryRow(
            lead_id=row.lead_id, qualified_at=utc(row.created_at), total=row.total, tier=row.tier,
            reviewed_tier=review.tier if review else None,
            outcome=outcome.outcome if outcome else None,
            outcome_at=utc(outcome.at) if outcome else None, fallback=row.fallback,
        ))
    return history


@dataclass
class RescoreReport:
    """How a new policy would have tiered the stored leads."""

    policy_version: str
    leads: int = 0
    changed: int = 0
    skipped_fallbacks: int = 0
    moves: Counter[tuple[str, str]] = field(default_factory=Counter)
    """(old tier, new tier) -> leads, for the leads that changed."""
    changed_leads: list[tuple[str, str, str, int, int]] = field(default_factory=list)
    """(lead id, old tier, new tier, old total, new total)."""
    invalid: list[str] = field(default_factory=list)


def rescore(session: Session, policy: Policy, since: datetime | None = None) -> RescoreReport:
    """Score each lead's newest stored signals under ``policy``; calls no extractor.

    Fallbacks are skipped: their stored signals are empty, not read, so a new policy
    says nothing about them. Nothing is written.
    """
    report = RescoreReport(policy.version)
    for row in latest_qualifications(session, since):
        if row.fallback:
            report.skipped_fallbacks += 1
            continue
        try:
            signals = Signals.model_validate(row.signals)
        except ValidationError as exc:
            report.invalid.append(
                f"{row.lead_id}: stored signals no longer validate ({exc.error_count()} errors)")
            continue
        report.leads += 1
        new = score(signals, policy)
        if new.tier != row.tier:
            report.changed += 1
            report.moves[(row.tier, new.tier)] += 1
            report.changed_leads.append((row.lead_id, row.tier, new.tier, row.total, new.total))
    return report
