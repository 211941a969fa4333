"""The intake queue: leads accepted over HTTP, stored before they are qualified.

``POST /v1/leads`` writes an :class:`IntakeRow` and answers at once; the qualifier
worker claims pending rows (:func:`claim_intake`), qualifies them and stores the
qualification with its outbox rows, then :func:`finish_intake` links the two. A row
whose worker died keeps ``pending`` and is claimed again when its lease runs out, so a
crash never loses an accepted lead; saving a qualification is idempotent, so redoing
one never stores it twice.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import (
    JSON,
    DateTime,
    ForeignKey,
    Index,
    Integer,
    String,
    Text,
    UniqueConstraint,
    insert,
    select,
)
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Mapped, Session, mapped_column

from leadqual.store.models import Base, now_utc, utc

INTAKE_STATUSES: tuple[str, ...] = ("pending", "done", "failed")


class IntakeRow(Base):
    """One accepted lead version (lead id + conversation hash), waiting or qualified."""

    __tablename__ = "intake"
    __table_args__ = (
        UniqueConstraint("lead_id", "conversation_sha256", name="uq_intake_lead_conversation"),
        Index("ix_intake_status_next", "status", "next_attempt_at"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    lead_id: Mapped[str] = mapped_column(String(200))
    conversation_sha256: Mapped[str] = mapped_column(String(64))
    payload: Mapped[dict[str, Any]] = mapped_column(JSON)
    profile: Mapped[str | None] = mapped_column(String(200))
    status: Mapped[str] = mapped_column(String(20), default="pending")
    attempts: Mapped[int] = mapped_column(Integer, default=0)
    next_attempt_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=now_utc)
    qualification_id: Mapped[int | None] = mapped_column(
        ForeignKey("qualifications.id", ondelete="SET NULL"))
    error: Mapped[str | None] = mapped_column(Text)
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=now_utc)
    updated_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=now_utc)


@dataclass(frozen=True)
class Submitted:
    """What :func:`submit_lead` did: the row id and whether it is new."""

    intake_id: int
    created: bool
    status: str
    qualification_id: int | None


def _find(session: Session, lead_id: str, digest: str) -> IntakeRow | None:
    return session.scalar(select(IntakeRow).where(
        IntakeRow.lead_id == lead_id, IntakeRow.conversation_sha256 == digest))


def submit_lead(session: Session, lead_id: str, digest: str, payload: dict[str, Any],
                profile: str | None = None) -> Submitted:
    """Queue a lead version; the same lead id with the same conversation returns the old row.

    A savepoint absorbs the race of two identical requests at once: the loser reads the
    winner's row. The caller commits.
    """
    found = _find(session, lead_id, digest)
    if found is None:
        when = now_utc()
        row = IntakeRow(lead_id=lead_id, conversation_sha256=digest, payload=payload, profile=profile,
                        status="pending", attempts=0, next_attempt_at=when, created_at=when,
                        updated_at=when)
        try:
            with session.begin_nested():
                session.add(row)
                session.flush()
            return Submitted(row.id, True, row.status, None)
        except IntegrityError:
            found = _find(session, lead_id, digest)
            if found is None:
                raise
    return Submitted(found.id, False, found.status, found.qualification_id)


LeadVersion = tuple[str, str, dict[str, Any], str | None]
"""(lead id, conversation hash, payload, profile name): what :func:`submit_many` stores."""


def submit_many(session: Session, items: Sequence[LeadVersion]) -> list[Submitted]:
    """:func:`submit_lead` for many leads in a few statements (the intake group commit).

    One query finds the versions already stored, one multi-row INSERT adds the rest.
    When another process inserted one of them meanwhile, the insert is undone and each
    item takes the one-by-one path, which handles that race.
    """
    ids = sorted({lead_id for lead_id, *_ in items})
    known: dict[tuple[str, str], Submitted] = {}
    for start in range(0, len(ids), 500):
        for row in session.execute(
            select(IntakeRow.id, IntakeRow.lead_id, IntakeRow.conversation_sha256, IntakeRow.status,
                   IntakeRow.qualification_id).where(IntakeRow.lead_id.in_(ids[start:start + 500]))
        ):
            known[(row.lead_id, row.conversation_sha256)] = Submitted(row.id, False, row.status,
                                                                      row.qualification_id)
    when = now_utc()
    fresh: dict[tuple[str, str], dict[str, Any]] = {}
    for lead_id, digest, payload, profile in items:
        if (lead_id, digest) not in known:
            fresh.setdefault((lead_id, digest), {
                "lead_id": lead_id, "conversation_sha256": digest, "payload": payload, "profile": profile,
                "status": "pending", "attempts": 0, "next_attempt_at": when, "created_at": when,
                "updated_at": when})
    created: dict[tuple[str, str], Submitted] = {}
    if fresh:
        try:
            with session.begin_nested():
                statement = insert(IntakeRow).returning(
                    IntakeRow.id, IntakeRow.lead_id, IntakeRow.conversation_sha256,
                    sort_by_parameter_order=True)
                for new in session.execute(statement, list(fresh.values())):
                    created[(new.lead_id, new.conversation_sha256)] = Submitted(new.id, True, "pending", None)
        except IntegrityError:
            return [submit_lead(session, *item) for item in items]
    results = []
    for lead_id, digest, *_ in items:
        key = (lead_id, digest)
        if key in created:
            results.append(created.pop(key))  # the first of twins in one group is the new one
            known[key] = Submitted(results[-1].intake_id, False, "pending", None)
        else:
            results.append(known[key])
    return results


def claim_intake(session: Session, limit: int = 50, lease: timedelta = timedelta(seconds=60),
                 now: datetime | None = None) -> list[IntakeRow]:
    """Pending rows whose time has come, leased for ``lease`` (the claim is the lease)."""
    when = utc(now) if now else now_utc()
    rows = list(session.scalars(
        select(IntakeRow)
        .where(IntakeRow.status == "pending", IntakeRow.next_attempt_at <= when)
        .order_by(IntakeRow.id).limit(limit).with_for_update(skip_locked=True)))
    for row in rows:
        row.attempts += 1
        row.next_attempt_at = when + lease
        row.updated_at = when
    session.flush()
    return rows


def finish_intake(session: Session, intake_id: int, qualification_id: int) -> None:
    """Link the stored qualification; the row leaves the queue."""
    row = session.get(IntakeRow, intake_id)
    if row is None:
        raise KeyError(f"no intake row {intake_id}")
    row.status, row.qualification_id, row.error, row.updated_at = "done", qualification_id, None, now_utc()
    session.flush()


def fail_intake(session: Session, intake_id: int, error: str) -> None:
    """Give up on a row that can never be qualified (e.g. its profile was removed)."""
    row = session.get(IntakeRow, intake_id)
    if row is None:
        raise KeyError(f"no intake row {intake_id}")
    row.status, row.error, row.updated_at = "failed", error[:4000], now_utc()
    session.flush()


def latest_intake(session: Session, lead_id: str) -> IntakeRow | None:
    """The newest accepted version of a lead, or None."""
    return session.scalar(select(IntakeRow).where(IntakeRow.lead_id == lead_id)
                          .order_by(IntakeRow.id.desc()).limit(1))


def pending_count(session: Session) -> int:
    """How many accepted leads still wait for qualification."""
    from sqlalchemy import func

    return int(session.scalar(select(func.count()).select_from(IntakeRow)
                              .where(IntakeRow.status == "pending")) or 0)
