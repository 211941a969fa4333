"""The delivery interfaces: a :class:`Sink` pushes a qualification to a CRM, a
:class:`Notifier` sends an :class:`Alert` to people.

::

    Sink.push(qualification, lead) -> DeliveryResult   (external ref in the CRM)
    Notifier.send(alert)            -> DeliveryResult

A push may be retried any number of times: every sink sends an idempotency key (an
``Idempotency-Key`` header and/or a deterministic external id) so that a retry updates
what the first attempt created instead of creating it twice. A failed push raises a
:class:`DeliveryError` that says whether trying again can help (see
:mod:`leadqual.delivery.retry`).
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date
from typing import Any, Protocol, runtime_checkable

from leadqual.errors import LeadQualError
from leadqual.pipeline import Qualification


class DeliveryError(LeadQualError):
    """A push or an alert failed.

    ``retryable`` says whether the same request may succeed later (timeouts, dropped
    connections, 429, 5xx); ``retry_after`` is the server's requested wait in seconds.
    """

    def __init__(self, message: str, *, retryable: bool, status: int | None = None,
                 retry_after: float | None = None, sink: str | None = None) -> None:
        super().__init__(message)
        self.retryable = retryable
        self.status = status
        self.retry_after = retry_after
        self.sink = sink


class RetryableDeliveryError(DeliveryError):
    """A failure worth retrying: the service was down, slow, or asked us to wait."""

    def __init__(self, message: str, *, status: int | None = None,
                 retry_after: float | None = None, sink: str | None = None) -> None:
        super().__init__(message, retryable=True, status=status, retry_after=retry_after, sink=sink)


class PermanentDeliveryError(DeliveryError):
    """A failure that repeats on every retry (bad token, rejected payload): fix and retry."""

    def __init__(self, message: str, *, status: int | None = None, sink: str | None = None) -> None:
        super().__init__(message, retryable=False, status=status, sink=sink)


@dataclass(frozen=True)
class DeliveryResult:
    """What a push or an alert produced: the sink, the record's id there, and details."""

    sink: str
    external_ref: str | None
    idempotency_key: str
    created: bool = True
    """False when the service already had the record (a retry, or an update)."""
    skipped: bool = False
    """True when the sink chose not to send (e.g. a Slack alert for a COLD lead)."""
    detail: dict[str, Any] = field(default_factory=dict)


@dataclass(frozen=True)
class LeadView:
    """The parts of a lead that delivery reads, whatever object the lead came as."""

    id: str
    contact: dict[str, Any]
    received_at: str | None = None
    source: str | None = None

    @property
    def name(self) -> str | None:
        """The contact's name, or None."""
        return _clean(self.contact.get("name"))

    @property
    def email(self) -> str | None:
        """The contact's e-mail address, lower-cased (CRMs match it case-insensitively)."""
        email = _clean(self.contact.get("email"))
        return email.lower() if email else None

    @property
    def phone(self) -> str | None:
        """The contact's phone number as given, or None."""
        return _clean(self.contact.get("phone"))


def _clean(value: Any) -> str | None:
    if value is None:
        return None
    text = str(value).strip()
    return text or None


def lead_view(lead: Any, qualification: Qualification | None = None) -> LeadView:
    """Read a lead given as :class:`leadqual.leads.Lead`, a store row, or a dict.

    Anything with ``id`` and ``contact`` (attributes or keys) works, so the store and
    the HTTP layer can pass their own objects. Without a lead id the qualification's
    id is used.
    """
    def get(name: str) -> Any:
        if isinstance(lead, Mapping):
            return lead.get(name)
        return getattr(lead, name, None)

    lead_id = get("id") if lead is not None else None
    if lead_id in (None, "") and qualification is not None:
        lead_id = qualification.id
    if lead_id in (None, ""):
        raise DeliveryError("cannot deliver a lead without an id: give the lead or the "
                            "qualification an id", retryable=False)
    contact = get("contact") if lead is not None else None
    received = get("received_at") if lead is not None else None
    return LeadView(
        id=str(lead_id),
        contact=dict(contact) if isinstance(contact, Mapping) else {},
        received_at=received.isoformat() if isinstance(received, date) else _clean(received),
        source=_clean(get("source")) if lead is not None else None,
    )


def idempotency_key(sink: str, lead_id: str, qualification: Qualification) -> str:
    """A key that is the same for every retry of one qualification to one sink.

    It changes when the lead is re-qualified differently (new score, signals or
    policy), so a new reading is delivered as an update while a retry is not.
    """
    fingerprint = json.dumps(
        {"sink": sink, "lead": lead_id, "score": qualification.score.model_dump(mode="json"),
         "signals": qualification.signals.model_dump(mode="json"),
         "policy": qualification.metadata.policy_version},
        sort_keys=True, ensure_ascii=True,
    )
    return "lq_" + hashlib.sha256(fingerprint.encode()).hexdigest()[:40]


@runtime_checkable
class Sink(Protocol):
    """Where qualified leads go (a CRM). ``push`` must be safe to retry."""

    name: str

    def push(self, qualification: Qualification, lead: Any) -> DeliveryResult:
        """Create or update the lead in the destination; raise :class:`DeliveryError`."""
        ...


@dataclass(frozen=True)
class Alert:
    """A message to the sales team about one lead."""

    lead_id: str
    tier: str
    score: int
    breakdown: dict[str, int]
    sla: str
    problem: str
    contact: dict[str, Any]
    idempotency_key: str
    needs_review: bool = False

    @classmethod
    def from_qualification(cls, qualification: Qualification, lead: Any,
                           sink: str = "slack") -> Alert:
        """The alert for a qualified lead."""
        view = lead_view(lead, qualification)
        score = qualification.score
        return cls(
            lead_id=view.id, tier=score.tier, score=score.total, breakdown=dict(score.breakdown),
            sla=score.sla, problem=qualification.signals.need.problem_description,
            contact={"name": view.name, "phone": view.phone, "email": view.email},
            idempotency_key=idempotency_key(sink, view.id, qualification),
            needs_review=score.needs_review,
        )


@runtime_checkable
class Notifier(Protocol):
    """Where alerts go (Slack). ``send`` raises :class:`DeliveryError` on failure."""

    name: str

    def send(self, alert: Alert) -> DeliveryResult:
        """Deliver one alert."""
        ...
