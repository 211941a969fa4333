"""The tables: leads, qualifications, LLM calls, outcomes, reviews, deliveries, API keys.

Plain SQLAlchemy 2 declarative models that run unchanged on SQLite and PostgreSQL. The
schema itself is created by the Alembic migrations in ``leadqual.store.migrations``;
these classes must match them (a test compares the two).

Timestamps are stored in UTC. SQLite hands them back naive, so read them through
:func:`utc` before comparing with an aware time.
"""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any, ClassVar

from sqlalchemy import (
    JSON,
    Boolean,
    DateTime,
    Float,
    ForeignKey,
    Index,
    Integer,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship

OUTCOMES: tuple[str, ...] = ("won", "lost", "nurturing", "disqualified")
"""What sales can report back about a lead."""
DECIDED: tuple[str, ...] = ("won", "lost", "disqualified")
"""Outcomes that close a lead; ``nurturing`` is still open."""
DELIVERY_STATUSES: tuple[str, ...] = ("pending", "sent", "dead")


def now_utc() -> datetime:
    """The current time, aware, in UTC."""
    return datetime.now(UTC)


def utc(value: datetime) -> datetime:
    """``value`` as an aware UTC time (SQLite returns naive times, stored as UTC)."""
    return value.replace(tzinfo=UTC) if value.tzinfo is None else value.astimezone(UTC)


class Base(DeclarativeBase):
    """Declarative base of every leadqual table."""

    type_annotation_map: ClassVar[dict[Any, Any]] = {dict[str, Any]: JSON, list[Any]: JSON}


class LeadRow(Base):
    """A lead, by the id its source gave it. Its history is in :class:`QualificationRow`."""

    __tablename__ = "leads"

    id: Mapped[str] = mapped_column(String(200), primary_key=True)
    contact: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=now_utc)
    updated_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=now_utc)

    qualifications: Mapped[list[QualificationRow]] = relationship(
        back_populates="lead", order_by="QualificationRow.id"
    )


class QualificationRow(Base):
    """One qualification of one version of a lead's conversation.

    ``(lead_id, conversation_sha256)`` is unique: submitting the same conversation again
    is a no-op, even from two web workers at once.
    """

    __tablename__ = "qualifications"
    __table_args__ = (
        UniqueConstraint("lead_id", "conversation_sha256", name="uq_qualifications_lead_conversation"),
        Index("ix_qualifications_created_at", "created_at"),
        Index("ix_qualifications_lead_id", "lead_id"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    lead_id: Mapped[str] = mapped_column(ForeignKey("leads.id", ondelete="CASCADE"))
    conversation_sha256: Mapped[str] = mapped_column(String(64))
    conversation: Mapped[list[Any]] = mapped_column(JSON)
    received_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))
    profile: Mapped[str | None] = mapped_column(String(200))
    signals: Mapped[dict[str, Any]] = mapped_column(JSON)
    breakdown: Mapped[dict[str, Any]] = mapped_column(JSON)
    total: Mapped[int] = mapped_column(Integer)
    tier: Mapped[str] = mapped_column(String(20))
    sla: Mapped[str] = mapped_column(String(200), default="")
    needs_review: Mapped[bool] = mapped_column(Boolean, default=False)
    fallback: Mapped[bool] = mapped_column(Boolean, default=False)
    error: Mapped[str | None] = mapped_column(Text)
    extractor: Mapped[str] = mapped_column(String(100))
    model: Mapped[str | None] = mapped_column(String(200))
    policy_version: Mapped[str] = mapped_column(String(100))
    extraction_ms: Mapped[float | None] = mapped_column(Float)
    total_ms: Mapped[float | None] = mapped_column(Float)
    input_tokens: Mapped[int | None] = mapped_column(Integer)
    output_tokens: Mapped[int | None] = mapped_column(Integer)
    cost_usd: Mapped[float | None] = mapped_column(Float)
    meta: Mapped[dict[str, Any]] = mapped_column("metadata", JSON, default=dict)
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=now_utc)

    lead: Mapped[LeadRow] = relationship(back_populates="qualifications")
    calls: Mapped[list[LlmCallRow]] = relationship(order_by="LlmCallRow.id")
    deliveries: Mapped[list[DeliveryRow]] = relationship(order_by="DeliveryRow.id")


class LlmCallRow(Base):
    """One model call behind a qualification, so cost can be summed per model in SQL.

    Filled from ``metadata["calls"]``; a qualification whose metadata names a model but
    lists no calls gets one row from its totals (``source = "summary"``).
    """

    __tablename__ = "llm_calls"
    __table_args__ = (Index("ix_llm_calls_model", "model"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    qualification_id: Mapped[int] = mapped_column(
        ForeignKey("qualifications.id", ondelete="CASCADE"), index=True
    )
    model: Mapped[str] = mapped_column(String(200))
    input_tokens: Mapped[int] = mapped_column(Integer, default=0)
    output_tokens: Mapped[int] = mapped_column(Integer, default=0)
    cost_usd: Mapped[float | None] = mapped_column(Float)
    ms: Mapped[float | None] = mapped_column(Float)
    source: Mapped[str] = mapped_column(String(20), default="call")
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=now_utc)


class OutcomeRow(Base):
    """What happened to a lead. One row per lead: the outcome with the latest ``at`` wins."""

    __tablename__ = "outcomes"

    lead_id: Mapped[str] = mapped_column(ForeignKey("leads.id", ondelete="CASCADE"), primary_key=True)
    outcome: Mapped[str] = mapped_column(String(20))
    at: Mapped[datetime] = mapped_column(DateTime(timezone=True))
    recorded_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=now_utc)


class ReviewRow(Base):
    """A human decision on a qualification, kept beside (never over) the machine tier."""

    __tablename__ = "reviews"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    lead_id: Mapped[str] = mapped_column(ForeignKey("leads.id", ondelete="CASCADE"), index=True)
    qualification_id: Mapped[int] = mapped_column(
        ForeignKey("qualifications.id", ondelete="CASCADE"), index=True
    )
    tier: Mapped[str] = mapped_column(String(20))
    reason: Mapped[str] = mapped_column(Text, default="")
    reviewer: Mapped[str | None] = mapped_column(String(200))
    decided_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=now_utc)


class DeliveryRow(Base):
    """Outbox: one qualification to push to one sink, written with the qualification.

    A worker picks ``pending`` rows whose ``next_attempt_at`` has come, pushes them with
    ``idempotency_key`` (so a retry after a crash cannot create a second CRM record), and
    marks them ``sent`` (with the sink's ``external_ref``) or, after too many attempts,
    ``dead``.
    """

    __tablename__ = "deliveries"
    __table_args__ = (Index("ix_deliveries_status_next", "status", "next_attempt_at"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    qualification_id: Mapped[int] = mapped_column(
        ForeignKey("qualifications.id", ondelete="CASCADE"), index=True
    )
    sink: Mapped[str] = mapped_column(String(100))
    idempotency_key: Mapped[str] = mapped_column(String(100), unique=True)
    status: Mapped[str] = mapped_column(String(20), default="pending")
    attempts: Mapped[int] = mapped_column(Integer, default=0)
    next_attempt_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=now_utc)
    last_error: Mapped[str | None] = mapped_column(Text)
    external_ref: Mapped[str | None] = mapped_column(String(500))
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=now_utc)
    updated_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=now_utc)


class ApiKeyRow(Base):
    """An HTTP API key: only its SHA-256 is stored; revoked keys stay for the record."""

    __tablename__ = "api_keys"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    name: Mapped[str] = mapped_column(String(200), unique=True)
    key_sha256: Mapped[str] = mapped_column(String(64), unique=True)
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=now_utc)
    revoked_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))
