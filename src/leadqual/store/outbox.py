"""The delivery outbox: rows written with a qualification, worked off by a delivery worker.

A worker calls :func:`claim_due` in a short transaction, pushes each claimed row to its
sink with the row's ``idempotency_key``, then calls :func:`mark_sent` or
:func:`mark_failed`. Rows survive crashes: anything still ``pending`` is retried.
"""

from __future__ import annotations

from datetime import datetime, timedelta

from sqlalchemy import select
from sqlalchemy.orm import Session

from leadqual.store.models import DeliveryRow, now_utc, utc

DEFAULT_MAX_ATTEMPTS = 8


def claim_due(session: Session, limit: int = 50, now: datetime | None = None,
              lease: timedelta = timedelta(minutes=5)) -> list[DeliveryRow]:
    """Pending deliveries whose time has come, pushed ``lease`` into the future.

    Moving ``next_attempt_at`` ahead is the claim: a second worker (or this one after a
    crash) sees the row again only when the lease runs out. On PostgreSQL rows locked by
    another worker are skipped instead of waited for.
    """
    when = utc(now) if now else now_utc()
    query = (
        select(DeliveryRow)
        .where(DeliveryRow.status == "pending", DeliveryRow.next_attempt_at <= when)
        .order_by(DeliveryRow.next_attempt_at, DeliveryRow.id)
        .limit(limit)
        .with_for_update(skip_locked=True)
    )
    rows = list(session.scalars(query))
    for row in rows:
        row.attempts += 1
        row.next_attempt_at = when + lease
        row.updated_at = when
    session.flush()
    return rows


def mark_sent(session: Session, delivery_id: int, external_ref: str | None = None) -> None:
    """The sink accepted the delivery; keep its reference (e.g. the CRM record id)."""
    row = session.get(DeliveryRow, delivery_id)
    if row is None:
        raise KeyError(f"no delivery {delivery_id}")
    row.status, row.external_ref, row.last_error, row.updated_at = "sent", external_ref, None, now_utc()
    session.flush()


def retry_delay(attempts: int) -> timedelta:
    """Exponential back-off: 30 s, 1 min, 2 min, ... capped at 1 hour."""
    return timedelta(seconds=min(3600, 30 * 2 ** max(0, attempts - 1)))


def mark_failed(session: Session, delivery_id: int, error: str, *, retry: bool = True,
                max_attempts: int = DEFAULT_MAX_ATTEMPTS, now: datetime | None = None) -> str:
    """Record a failed attempt; returns the new status (``pending`` again, or ``dead``).

    ``retry=False`` (a permanent error, e.g. the sink rejected the payload) or reaching
    ``max_attempts`` makes the row ``dead``.
    """
    row = session.get(DeliveryRow, delivery_id)
    if row is None:
        raise KeyError(f"no delivery {delivery_id}")
    when = utc(now) if now else now_utc()
    row.last_error, row.updated_at = error[:4000], when
    if not retry or row.attempts >= max_attempts:
        row.status = "dead"
    else:
        row.next_attempt_at = when + retry_delay(row.attempts)
    session.flush()
    return row.status


def deliveries_for(session: Session, qualification_id: int) -> list[DeliveryRow]:
    """The outbox rows of one qualification."""
    return list(session.scalars(
        select(DeliveryRow).where(DeliveryRow.qualification_id == qualification_id).order_by(DeliveryRow.id)))
