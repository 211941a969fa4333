"""The pipeline: conversation -> extractor -> grounded signals -> score -> qualification.

Extraction may fail; qualification never does: a lead whose extraction failed gets the
neutral fallback (10 points on every dimension), ``fallback: true`` and the error.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import ThreadPoolExecutor
from datetime import datetime
from typing import Any

from pydantic import BaseModel, ConfigDict, Field

from leadqual.conversation import Conversation, parse_conversation
from leadqual.errors import LeadQualError
from leadqual.extractors import Extractor, create_extractor
from leadqual.leads import BadRecord, Lead
from leadqual.profile import Profile
from leadqual.scoring import Policy, Score, default_policy, score
from leadqual.signals import Signals, ground

FALLBACK_POINTS = 10
"""Points per dimension for a lead that could not be read: neutral, and sent to review."""


class Metadata(BaseModel):
    """How a qualification was made. Extra keys (cascade stage, notes) are kept."""

    model_config = ConfigDict(extra="allow")

    lead_id: str | None = None
    extractor: str
    model: str | None = None
    extraction_ms: float = 0.0
    total_ms: float = 0.0
    policy_version: str
    fallback: bool = False
    error: str | None = None
    input_tokens: int | None = None
    output_tokens: int | None = None
    cost_usd: float | None = None
    dropped_quotes: list[str] = Field(default_factory=list)


class Qualification(BaseModel):
    """One qualified lead, in the contract's output shape."""

    model_config = ConfigDict(extra="forbid")

    id: str | None
    score: Score
    signals: Signals
    metadata: Metadata

    def to_record(self) -> dict[str, Any]:
        """The contract's output object (JSON-ready)."""
        return self.model_dump(mode="json", exclude_none=False)


def fallback_score(policy: Policy) -> Score:
    """The neutral score of a lead that could not be read."""
    breakdown = dict.fromkeys(("budget", "authority", "need", "timeline"), FALLBACK_POINTS)
    total = sum(breakdown.values())
    tier = policy.tier_for(total)
    return Score(total=total, tier=tier, breakdown=breakdown, sla=getattr(policy.sla, tier),
                 needs_review=True)


def resolve_extractor(extractor: str | Extractor) -> Extractor:
    """An extractor instance from a name or an instance."""
    return create_extractor(extractor) if isinstance(extractor, str) else extractor


def fallback_qualification(
    lead_id: str | None, error: str, policy: Policy, extractor: str = "none"
) -> Qualification:
    """The qualification written for a lead that could not be read or extracted."""
    return Qualification(
        id=lead_id,
        score=fallback_score(policy),
        signals=Signals(),
        metadata=Metadata(lead_id=lead_id, extractor=extractor, policy_version=policy.version,
                          fallback=True, error=error),
    )


def qualify(
    conversation: Conversation | str | list[Any],
    profile: Profile,
    extractor: str | Extractor = "rules",
    policy: Policy | None = None,
    *,
    lead_id: str | None = None,
    received_at: datetime | None = None,
) -> Qualification:
    """Qualify one conversation: extract, ground the quotes, score, record metadata."""
    started = time.perf_counter()
    policy = policy or default_policy()
    engine = resolve_extractor(extractor)
    conv = parse_conversation(conversation, received_at)
    if received_at is not None and conv.received_at is None:
        conv = Conversation(conv.messages, received_at)
    try:
        extraction = engine.extract(conv, profile)
    except Exception as exc:  # any failure of one lead's extraction must not stop the batch
        message = str(exc) if isinstance(exc, LeadQualError) else (
            f"the {engine.name} extractor failed unexpectedly ({type(exc).__name__}: {exc}); "
            "the lead got the neutral fallback: report this with the lead's text")
        result = fallback_qualification(lead_id, message, policy, engine.name)
        result.metadata.total_ms = _ms(started)
        # An LLM extractor attaches the calls it made: a failed lead still shows its cost.
        failed_usage = getattr(exc, "usage", None)
        if failed_usage is not None:
            result.metadata.input_tokens = failed_usage.input_tokens
            result.metadata.output_tokens = failed_usage.output_tokens
            result.metadata.cost_usd = failed_usage.cost_usd
        if getattr(exc, "calls", None):
            result.metadata.calls = exc.calls  # type: ignore[attr-defined]
        return result
    extracted = time.perf_counter()
    signals, dropped = ground(extraction.signals, conv.customer_text)
    usage = extraction.usage
    metadata = Metadata(
        lead_id=lead_id,
        extractor=engine.name,
        model=extraction.model,
        extraction_ms=round((extracted - started) * 1000, 3),
        policy_version=policy.version,
        input_tokens=usage.input_tokens if usage else None,
        output_tokens=usage.output_tokens if usage else None,
        cost_usd=usage.cost_usd if usage else None,
        dropped_quotes=dropped,
        **extraction.notes,
    )
    result = Qualification(id=lead_id, score=score(signals, policy), signals=signals,
                           metadata=metadata)
    result.metadata.total_ms = _ms(started)
    return result


def _ms(started: float) -> float:
    return round((time.perf_counter() - started) * 1000, 3)


def qualify_many(
    leads: Iterable[Lead | BadRecord],
    profile: Profile | Callable[[Lead], Profile],
    extractor: str | Extractor = "rules",
    policy: Policy | None = None,
    *,
    concurrency: int = 1,
    rpm: float | None = None,
) -> Iterator[tuple[Lead | BadRecord, Qualification]]:
    """Qualify a stream of leads; results come in input order.

    ``concurrency`` > 1 runs extractions on threads (LLM extractors spend their time
    waiting on the network); the rules extractor is fastest with 1. ``rpm`` limits how
    many leads start per minute, spaced evenly across all threads (a provider's
    requests-per-minute limit; a 429 with ``retry-after`` is still honoured on top).
    """
    from leadqual.extractors.llm import RateLimiter

    policy = policy or default_policy()
    engine = resolve_extractor(extractor)
    limiter = RateLimiter(rpm) if rpm else None

    def one(lead: Lead | BadRecord) -> tuple[Lead | BadRecord, Qualification]:
        if isinstance(lead, BadRecord):
            return lead, fallback_qualification(lead.id, lead.error, policy, engine.name)
        if limiter is not None:
            limiter.acquire()
        chosen = profile if isinstance(profile, Profile) else profile(lead)
        return lead, qualify(lead.conversation, chosen, engine, policy, lead_id=lead.id)

    if concurrency <= 1:
        yield from map(one, leads)
        return
    with ThreadPoolExecutor(max_workers=concurrency) as pool:
        # map() keeps input order; it submits lazily enough for files of any size
        # because the executor's queue holds only futures, not results.
        yield from pool.map(one, leads)
