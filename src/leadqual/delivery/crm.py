"""The generic REST CRM sink: ``POST {base_url}/api/leads`` with one JSON object per lead.

The payload (stable; add fields, never rename)::

    {"external_id": "hs-001",              # the lead id: the CRM's natural dedupe key
     "idempotency_key": "lq_...",          # also sent as the Idempotency-Key header
     "contact": {"name": ..., "phone": ..., "email": ...},
     "qualification": {"score": 85, "tier": "hot", "breakdown": {...}, "sla": "...",
                       "needs_review": false, "policy_version": "default-1",
                       "extractor": "rules", "fallback": false},
     "pipeline": {"stage": "Sales Qualified", "priority": "urgent"},
     "problem": "...", "signals": {...the contract's extraction schema...},
     "received_at": null, "source": null}

The CRM answers 2xx with ``{"id": ...}``; a retry with the same Idempotency-Key gets the
first answer back instead of a second record.
"""

from __future__ import annotations

from typing import Any

import httpx

from leadqual.delivery.base import DeliveryResult, LeadView, idempotency_key, lead_view
from leadqual.delivery.config import CrmSettings, DeliveryConfig, TierRouting
from leadqual.delivery.http import JsonHttp
from leadqual.errors import ConfigError
from leadqual.pipeline import Qualification


def crm_payload(qualification: Qualification, lead: LeadView, routing: TierRouting,
                key: str) -> dict[str, Any]:
    """The generic CRM payload of one qualified lead."""
    score = qualification.score
    stage, priority = routing.route(score.tier)
    meta = qualification.metadata
    return {
        "external_id": lead.id,
        "idempotency_key": key,
        "contact": {"name": lead.name, "phone": lead.phone, "email": lead.email},
        "qualification": {
            "score": score.total, "tier": score.tier, "breakdown": dict(score.breakdown),
            "sla": score.sla, "needs_review": score.needs_review,
            "policy_version": meta.policy_version, "extractor": meta.extractor,
            "fallback": meta.fallback,
        },
        "pipeline": {"stage": stage, "priority": priority},
        "problem": qualification.signals.need.problem_description,
        "signals": qualification.signals.model_dump(mode="json"),
        "received_at": lead.received_at,
        "source": lead.source,
    }


class RestCrmSink:
    """Pushes each qualified lead to a generic REST CRM."""

    name = "crm"

    def __init__(self, base_url: str, *, token: str | None = None, path: str = "/api/leads",
                 routing: TierRouting | None = None, timeout: float = 10.0,
                 transport: httpx.BaseTransport | None = None) -> None:
        headers = {"Authorization": f"Bearer {token}"} if token else {}
        self.path = path
        self.routing = routing or TierRouting()
        self.http = JsonHttp(self.name, base_url, headers=headers, timeout=timeout, transport=transport)

    @classmethod
    def from_config(cls, config: DeliveryConfig, *,
                    transport: httpx.BaseTransport | None = None) -> RestCrmSink:
        """Build from ``[delivery.crm]``; the base URL is required."""
        settings: CrmSettings = config.crm
        if not settings.base_url:
            raise ConfigError("the crm sink needs a base URL: set [delivery.crm] base_url or "
                              "LEADQUAL_DELIVERY_CRM__BASE_URL")
        return cls(settings.base_url, token=settings.token, path=settings.path,
                   routing=config.tiers, timeout=settings.timeout, transport=transport)

    def push(self, qualification: Qualification, lead: Any) -> DeliveryResult:
        """POST the lead; the same qualification always carries the same key."""
        view = lead_view(lead, qualification)
        key = idempotency_key(self.name, view.id, qualification)
        body = self.http.request("POST", self.path, idempotency_key=key,
                                 json=crm_payload(qualification, view, self.routing, key))
        ref = body.get("id") if isinstance(body, dict) else None
        created = bool(body.get("created", True)) if isinstance(body, dict) else True
        return DeliveryResult(self.name, str(ref) if ref is not None else None, key, created=created)

    def close(self) -> None:
        """Close the HTTP connection pool."""
        self.http.close()
