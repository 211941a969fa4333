"""The human review queue: borderline scores and fallbacks wait for a person's tier."""

from __future__ import annotations

from typing import Any

from sqlalchemy import ColumnElement, Select, and_, exists, func, or_, select
from sqlalchemy.orm import Session

from leadqual.errors import InputError
from leadqual.scoring import TIERS
from leadqual.store.models import QualificationRow, ReviewRow, now_utc
from leadqual.store.outcomes import UnknownLead


def _latest_ids() -> Select[Any]:
    return select(func.max(QualificationRow.id)).group_by(QualificationRow.lead_id)


def review_queue(
    session: Session, band: tuple[int, int] | None = None, limit: int | None = None
) -> list[QualificationRow]:
    """Latest qualifications that wait for review, oldest first.

    A lead waits when its newest qualification was a fallback or was marked for review
    by the policy's band at scoring time (or, with ``band``, when its total lies in that
    band), and nobody has decided on that qualification yet.
    """
    wanted: list[ColumnElement[bool]] = [
        QualificationRow.needs_review.is_(True), QualificationRow.fallback.is_(True)]
    if band is not None:
        wanted.append(and_(QualificationRow.total >= band[0], QualificationRow.total <= band[1]))
    decided = exists().where(ReviewRow.qualification_id == QualificationRow.id)
    query = (
        select(QualificationRow)
        .where(QualificationRow.id.in_(_latest_ids()), or_(*wanted), ~decided)
        .order_by(QualificationRow.created_at, QualificationRow.id)
    )
    if limit is not None:
        query = query.limit(limit)
    return list(session.scalars(query))


def decide_review(
    session: Session, lead_id: str, tier: str, reason: str, reviewer: str | None = None
) -> ReviewRow:
    """Record a person's tier for the lead's newest qualification; the machine tier stays.

    The lead then leaves the queue. A later decision on the same qualification is kept
    too (the newest one counts in reports).
    """
    tier = tier.strip().lower()
    if tier not in TIERS:
        raise InputError(f"tier {tier!r} is not one of {', '.join(TIERS)}")
    if not reason.strip():
        raise InputError("a review needs a reason: say why with --reason \"...\"")
    latest = session.scalar(
        select(QualificationRow).where(QualificationRow.lead_id == lead_id)
        .order_by(QualificationRow.id.desc()).limit(1)
    )
    if latest is None:
        raise UnknownLead(f"no stored lead has the id {lead_id!r}: check the id with `leadqual review list`")
    row = ReviewRow(lead_id=lead_id, qualification_id=latest.id, tier=tier, reason=reason.strip(),
                    reviewer=reviewer, decided_at=now_utc())
    session.add(row)
    session.flush()
    return row


def latest_reviews(session: Session, qualification_ids: list[int]) -> dict[int, ReviewRow]:
    """The newest review of each of these qualifications."""
    if not qualification_ids:
        return {}
    found: dict[int, ReviewRow] = {}
    for row in session.scalars(
        select(ReviewRow).where(ReviewRow.qualification_id.in_(qualification_ids)).order_by(ReviewRow.id)
    ):
        found[row.qualification_id] = row
    return found
