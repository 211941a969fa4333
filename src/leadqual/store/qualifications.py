"""Saving qualifications (with their outbox rows) and reading a lead's history."""

from __future__ import annotations

import hashlib
import json
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from leadqual.conversation import Conversation
from leadqual.pipeline import Qualification
from leadqual.store.models import DeliveryRow, LeadRow, LlmCallRow, QualificationRow, now_utc, utc


@dataclass(frozen=True)
class SaveResult:
    """What :func:`save_qualification` did."""

    qualification_id: int
    created: bool
    """False when the same lead id with the same conversation was already stored (a no-op)."""
    delivery_ids: list[int] = field(default_factory=list)


def conversation_messages(conversation: Conversation | None) -> list[dict[str, str]]:
    """The conversation as the contract's message list (what is stored)."""
    if conversation is None:
        return []
    return [{"role": m.role, "text": m.text} for m in conversation.messages]


def conversation_sha256(messages: list[dict[str, str]]) -> str:
    """A stable fingerprint of a conversation: same words and speakers, same hash."""
    canonical = json.dumps(messages, ensure_ascii=False, separators=(",", ":"), sort_keys=True)
    return hashlib.sha256(canonical.encode("utf-8")).hexdigest()


def idempotency_key(lead_id: str, conversation_hash: str, sink: str) -> str:
    """The key a sink receives: the same for every retry of one lead version to one sink."""
    return hashlib.sha256(f"{lead_id}\n{conversation_hash}\n{sink}".encode()).hexdigest()[:40]


def _number(value: Any, kind: type[int] | type[float]) -> Any:
    try:
        return kind(value) if value is not None else None
    except (TypeError, ValueError):
        return None


def _call_rows(qualification: Qualification, created_at: datetime) -> list[LlmCallRow]:
    """Rows for ``metadata["calls"]``, or one summary row when only totals are known."""
    meta = qualification.metadata
    calls = getattr(meta, "calls", None) or (meta.model_extra or {}).get("calls") or []
    rows: list[LlmCallRow] = []
    for call in calls if isinstance(calls, list) else []:
        if not isinstance(call, dict):
            continue
        rows.append(LlmCallRow(
            model=str(call.get("model") or meta.model or "unknown"),
            input_tokens=_number(call.get("input_tokens"), int) or 0,
            output_tokens=_number(call.get("output_tokens"), int) or 0,
            cost_usd=_number(call.get("cost_usd"), float),
            ms=_number(call.get("ms", call.get("latency_ms")), float),
            source="call", created_at=created_at,
        ))
    if not rows and meta.model:
        rows.append(LlmCallRow(
            model=meta.model, input_tokens=meta.input_tokens or 0, output_tokens=meta.output_tokens or 0,
            cost_usd=meta.cost_usd, ms=meta.extraction_ms, source="summary", created_at=created_at,
        ))
    return rows


def _existing(session: Session, lead_id: str, digest: str) -> int | None:
    # Only the id: loading whole rows (with their JSON) made re-submitting twice as slow.
    return session.scalar(select(QualificationRow.id).where(
        QualificationRow.lead_id == lead_id, QualificationRow.conversation_sha256 == digest))


def save_qualification(
    session: Session,
    qualification: Qualification,
    conversation: Conversation | None,
    *,
    contact: dict[str, Any] | None = None,
    profile: str | None = None,
    sinks: Sequence[str] = (),
    now: datetime | None = None,
) -> SaveResult:
    """Store a lead and its qualification; a no-op when this conversation is already stored.

    With ``sinks``, one pending outbox row per sink is written in the same transaction,
    so a qualification is never stored without its deliveries (or the other way round).
    The caller commits. ``now`` fixes the timestamps (tests, imports of old history).
    """
    lead_id = qualification.id
    if not lead_id:
        raise ValueError("a qualification needs a lead id to be stored")
    when = utc(now) if now else now_utc()
    messages = conversation_messages(conversation)
    digest = conversation_sha256(messages)
    found = _existing(session, lead_id, digest)
    if found is not None:
        return SaveResult(found, created=False)
    # Two tries: a twin request may create the same new lead (or the same qualification)
    # between our check and our insert. Everything is written inside a savepoint, so losing
    # that race leaves the caller's transaction usable.
    for attempt in (1, 2):
        try:
            with session.begin_nested():
                _upsert_lead(session, lead_id, contact, when)
                row = _qualification_row(qualification, conversation, messages, digest, profile, sinks, when)
                session.add(row)
                session.flush()  # one flush: the row, its call records and its outbox rows
            return SaveResult(row.id, created=True, delivery_ids=[d.id for d in row.deliveries])
        except IntegrityError:
            found = _existing(session, lead_id, digest)
            if found is not None:
                return SaveResult(found, created=False)
            if attempt == 2:
                raise
    raise AssertionError("unreachable")


def _upsert_lead(session: Session, lead_id: str, contact: dict[str, Any] | None, when: datetime) -> None:
    lead = session.get(LeadRow, lead_id)
    if lead is None:
        session.add(LeadRow(id=lead_id, contact=contact or {}, created_at=when, updated_at=when))
    elif contact:
        lead.contact = {**lead.contact, **contact}
        lead.updated_at = when


def _qualification_row(
    qualification: Qualification, conversation: Conversation | None, messages: list[dict[str, str]],
    digest: str, profile: str | None, sinks: Sequence[str], when: datetime,
) -> QualificationRow:
    lead_id = qualification.id or ""
    score, meta = qualification.score, qualification.metadata
    return QualificationRow(
        lead_id=lead_id, conversation_sha256=digest, conversation=messages,
        received_at=utc(conversation.received_at) if conversation and conversation.received_at else None,
        profile=profile,
        signals=qualification.signals.model_dump(mode="json"), breakdown=dict(score.breakdown),
        total=score.total, tier=score.tier, sla=score.sla, needs_review=score.needs_review,
        fallback=meta.fallback, error=meta.error, extractor=meta.extractor, model=meta.model,
        policy_version=meta.policy_version, extraction_ms=meta.extraction_ms, total_ms=meta.total_ms,
        input_tokens=meta.input_tokens, output_tokens=meta.output_tokens, cost_usd=meta.cost_usd,
        meta=meta.model_dump(mode="json"), created_at=when,
        calls=_call_rows(qualification, when),
        deliveries=[
            DeliveryRow(sink=sink, idempotency_key=idempotency_key(lead_id, digest, sink), status="pending",
                        attempts=0, next_attempt_at=when, created_at=when, updated_at=when)
            for sink in dict.fromkeys(sinks)
        ],
    )


def lead_history(session: Session, lead_id: str) -> list[QualificationRow]:
    """Every qualification of a lead, oldest first."""
    return list(session.scalars(
        select(QualificationRow).where(QualificationRow.lead_id == lead_id).order_by(QualificationRow.id)))


def latest_qualifications(session: Session, since: datetime | None = None) -> list[QualificationRow]:
    """Each lead's newest qualification (optionally only those made at or after ``since``)."""
    newest = select(func.max(QualificationRow.id)).group_by(QualificationRow.lead_id)
    query = select(QualificationRow).where(QualificationRow.id.in_(newest))
    if since is not None:
        query = query.where(QualificationRow.created_at >= utc(since))
    return list(session.scalars(query.order_by(QualificationRow.lead_id)))


@dataclass(frozen=True)
class ModelCost:
    """Calls, tokens and dollars for one model."""

    model: str
    calls: int
    input_tokens: int
    output_tokens: int
    cost_usd: float


def cost_by_model(session: Session, since: datetime | None = None) -> list[ModelCost]:
    """What each model cost, summed in SQL over the stored call records."""
    query = select(
        LlmCallRow.model, func.count(), func.coalesce(func.sum(LlmCallRow.input_tokens), 0),
        func.coalesce(func.sum(LlmCallRow.output_tokens), 0),
        func.coalesce(func.sum(LlmCallRow.cost_usd), 0.0),
    ).group_by(LlmCallRow.model).order_by(LlmCallRow.model)
    if since is not None:
        query = query.where(LlmCallRow.created_at >= utc(since))
    return [ModelCost(m, int(n), int(i), int(o), float(c or 0.0)) for m, n, i, o, c in session.execute(query)]
