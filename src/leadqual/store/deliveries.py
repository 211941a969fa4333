"""Outbox helpers the delivery loop and ``leadqual deliveries`` need beyond :mod:`outbox`.

:func:`record_failure` schedules the next try with the delivery retry policy's delay
(which honours a server's ``Retry-After``) instead of the fixed back-off of
:func:`leadqual.store.outbox.mark_failed`.
"""

from __future__ import annotations

from datetime import timedelta

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from leadqual.store.models import DeliveryRow, QualificationRow, now_utc


def record_failure(session: Session, delivery_id: int, error: str, *, delay: float | None,
                   max_attempts: int) -> str:
    """Record a failed try; ``delay=None`` (permanent) or too many tries makes it ``dead``.

    Returns the new status.
    """
    row = session.get(DeliveryRow, delivery_id)
    if row is None:
        raise KeyError(f"no delivery {delivery_id}")
    when = now_utc()
    row.last_error, row.updated_at = error[:4000], when
    if delay is None or row.attempts >= max_attempts:
        row.status = "dead"
    else:
        row.next_attempt_at = when + timedelta(seconds=delay)
    session.flush()
    return row.status


def list_deliveries(session: Session, *, failed: bool = False, limit: int = 200
                    ) -> list[tuple[DeliveryRow, str]]:
    """Deliveries newest first with their lead id; ``failed``: dead ones and pending retries."""
    query = (select(DeliveryRow, QualificationRow.lead_id)
             .join(QualificationRow, QualificationRow.id == DeliveryRow.qualification_id)
             .order_by(DeliveryRow.id.desc()).limit(limit))
    if failed:
        query = query.where((DeliveryRow.status == "dead")
                            | ((DeliveryRow.status == "pending") & DeliveryRow.last_error.is_not(None)))
    return [(row, lead_id) for row, lead_id in session.execute(query)]


def retry_delivery(session: Session, delivery_id: int) -> DeliveryRow:
    """Make a delivery pending again, due now, with a fresh count of tries."""
    row = session.get(DeliveryRow, delivery_id)
    if row is None:
        raise KeyError(f"no delivery {delivery_id}: see `leadqual deliveries list`")
    row.status, row.attempts, row.next_attempt_at, row.updated_at = "pending", 0, now_utc(), now_utc()
    session.flush()
    return row


def delivery_counts(session: Session) -> dict[str, int]:
    """Deliveries per status."""
    return {status: int(n) for status, n in session.execute(
        select(DeliveryRow.status, func.count()).group_by(DeliveryRow.status))}
