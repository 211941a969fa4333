"""HubSpot sink (CRM v3): upsert the contact by e-mail, upsert a deal, associate them.

Requests, each safe to repeat:

1. ``POST /crm/v3/objects/contacts/batch/upsert`` with ``idProperty: "email"``: HubSpot
   creates the contact or updates the one with that address (skipped without e-mail;
   the name and phone then go into the deal's description).
2. ``POST /crm/v3/objects/deals/batch/upsert`` with ``idProperty: "{prefix}id"``, a
   custom deal property marked unique in the portal that holds the lead id: the
   deterministic external id, so a retry or a re-qualification updates the same deal.
   Properties: dealname, pipeline, dealstage (when mapped), {prefix}score, {prefix}tier,
   {prefix}stage, {prefix}priority, {prefix}sla, {prefix}breakdown.
3. ``PUT /crm/v4/objects/deal/{deal}/associations/default/contact/{contact}``.

Portal setup: create the deal properties above (``{prefix}id`` with "unique value").
"""

from __future__ import annotations

import json
from typing import Any

import httpx

from leadqual.delivery.base import (
    DeliveryResult,
    LeadView,
    PermanentDeliveryError,
    idempotency_key,
    lead_view,
)
from leadqual.delivery.config import DeliveryConfig, TierRouting
from leadqual.delivery.http import JsonHttp
from leadqual.errors import ConfigError
from leadqual.pipeline import Qualification


def split_name(name: str | None) -> tuple[str | None, str | None]:
    """First and last name from one string (HubSpot stores them apart)."""
    if not name:
        return None, None
    first, _, last = name.partition(" ")
    return first, last.strip() or None


def contact_properties(lead: LeadView) -> dict[str, str]:
    """HubSpot contact properties of a lead (only the ones we know)."""
    first, last = split_name(lead.name)
    props = {"email": lead.email, "firstname": first, "lastname": last, "phone": lead.phone}
    return {k: v for k, v in props.items() if v}


def deal_properties(qualification: Qualification, lead: LeadView, routing: TierRouting, prefix: str,
                    pipeline: str, dealstages: dict[str, str]) -> dict[str, str]:
    """HubSpot deal properties of a qualified lead. HubSpot takes every value as a string."""
    score = qualification.score
    stage, priority = routing.route(score.tier)
    who = lead.name or lead.email or lead.phone or lead.id
    props = {
        "dealname": f"{who}: {qualification.signals.need.problem_description or 'new lead'}"[:250],
        "pipeline": pipeline,
        f"{prefix}id": lead.id,
        f"{prefix}score": str(score.total),
        f"{prefix}tier": score.tier,
        f"{prefix}stage": stage,
        f"{prefix}priority": priority,
        f"{prefix}sla": score.sla,
        f"{prefix}breakdown": json.dumps(score.breakdown, sort_keys=True),
    }
    if score.tier in dealstages:
        props["dealstage"] = dealstages[score.tier]
    if not lead.email:
        # No e-mail, no contact upsert: keep the reachable details on the deal itself.
        props["description"] = f"Contact: {lead.name or '?'}, phone {lead.phone or '?'}"
    return props


def _first_result(body: Any, what: str) -> dict[str, Any]:
    results = body.get("results") if isinstance(body, dict) else None
    if not results or not isinstance(results[0], dict) or "id" not in results[0]:
        raise PermanentDeliveryError(f"hubspot: {what} answer has no results[0].id: {str(body)[:200]}",
                                     sink="hubspot")
    return results[0]


class HubSpotSink:
    """Pushes each qualified lead to HubSpot as a contact plus a deal."""

    name = "hubspot"

    def __init__(self, token: str, *, base_url: str = "https://api.hubapi.com",
                 routing: TierRouting | None = None, property_prefix: str = "leadqual_",
                 pipeline: str = "default", dealstages: dict[str, str] | None = None,
                 timeout: float = 10.0, transport: httpx.BaseTransport | None = None) -> None:
        self.routing = routing or TierRouting()
        self.prefix = property_prefix
        self.pipeline = pipeline
        self.dealstages = dict(dealstages or {})
        self.http = JsonHttp(self.name, base_url, headers={"Authorization": f"Bearer {token}"},
                             timeout=timeout, transport=transport)

    @classmethod
    def from_config(cls, config: DeliveryConfig, *,
                    transport: httpx.BaseTransport | None = None) -> HubSpotSink:
        """Build from ``[delivery.hubspot]``; the token is required."""
        s = config.hubspot
        if not s.token:
            raise ConfigError("the hubspot sink needs a private app token: set [delivery.hubspot] "
                              "token or LEADQUAL_DELIVERY_HUBSPOT__TOKEN")
        return cls(s.token, base_url=s.base_url, routing=config.tiers, property_prefix=s.property_prefix,
                   pipeline=s.pipeline, dealstages=s.dealstages, timeout=s.timeout, transport=transport)

    def push(self, qualification: Qualification, lead: Any) -> DeliveryResult:
        """Upsert contact and deal, then associate them; returns the deal id."""
        view = lead_view(lead, qualification)
        key = idempotency_key(self.name, view.id, qualification)
        contact_id: str | None = None
        if view.email:
            body = self.http.request(
                "POST", "/crm/v3/objects/contacts/batch/upsert", idempotency_key=f"{key}-contact",
                json={"inputs": [{"id": view.email, "idProperty": "email",
                                  "properties": contact_properties(view)}]})
            contact_id = str(_first_result(body, "contact upsert")["id"])
        props = deal_properties(qualification, view, self.routing, self.prefix, self.pipeline,
                                self.dealstages)
        body = self.http.request(
            "POST", "/crm/v3/objects/deals/batch/upsert", idempotency_key=f"{key}-deal",
            json={"inputs": [{"id": view.id, "idProperty": f"{self.prefix}id", "properties": props}]})
        deal = _first_result(body, "deal upsert")
        deal_id = str(deal["id"])
        if contact_id is not None:
            self.http.request(
                "PUT", f"/crm/v4/objects/deal/{deal_id}/associations/default/contact/{contact_id}",
                idempotency_key=f"{key}-assoc")
        return DeliveryResult(self.name, deal_id, key, created=bool(deal.get("new", True)),
                              detail={"contact_id": contact_id, "deal_id": deal_id})

    def close(self) -> None:
        """Close the HTTP connection pool."""
        self.http.close()
